"""Generate the `lemonde-like` discovery fixture: a French national paper's columnist page.

Page /idees/chroniques/claire-morel/ (+ /2/, /3/), columns
/idees/article/YYYY/MM/DD/<slug>_<id>_3232.html, BEM "teaser" cards wrapped in one link,
a hero teaser on page 1, numbered pager with « Précédent » / « Suivant », French UI, a
"Les plus lus" rail of news with the same /<section>/article/YYYY/MM/DD/..._id_sec.html shape,
"Contenus sponsorisés", inline "Lire aussi", other chroniqueurs whose columns share the URL
shape, and a site-wide "à la une" feed in <head> (news, not truth).  Stdlib only.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import unicodedata
from pathlib import Path

NAME = "lemonde-like"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/idees/chroniques/claire-morel/"
AUTHOR = "Claire Morel"
E = html.escape

TITLES = [
    ("« La réforme des retraites a laissé une plaie ouverte dans le monde du travail »", "Un an après, la colère ne s’est pas dissipée : elle a changé de forme, estime notre chroniqueuse."),
    ("« L’Europe ne peut plus se contenter d’être un grand marché »", "Face à la Chine et aux Etats-Unis, l’Union doit assumer une politique industrielle."),
    ("« Inflation : les classes moyennes paient la facture du silence »", "La hausse des prix a frappé ceux qui ne se plaignent pas, observe Claire Morel."),
    ("« Le vélo, révélateur des fractures urbaines »", "Pistes cyclables d’un côté, voitures de l’autre : la ville se divise."),
    ("« Sobriété, le mot qui fâche »", ""),
    ("« La gauche doit réapprendre à parler aux campagnes »", "Le vote rural n’est pas perdu, il est délaissé."),
    ("« Les jeunes médecins ne veulent plus de l’hôpital d’hier »", "Gardes, hiérarchie, salaires : une génération dit non."),
    ("« Logement : la bombe sociale que personne ne veut désamorcer »", "Les mises en chantier s’effondrent, et le gouvernement regarde ailleurs."),
    ("« Eloge de la lenteur »", ""),
    ("« Intelligence artificielle : l’Europe régule, l’Amérique investit »", "Le règlement européen est une bonne nouvelle, mais il ne remplace pas une stratégie."),
    ("« Le Sénat, cette chambre qu’on redécouvre »", "Longtemps moquée, la Haute Assemblée est devenue le pivot de la législature."),
    ("« Agriculteurs : une colère qui vient de loin »", "Les normes ne sont que la partie visible d’un malaise ancien."),
    ("« Quand la télévision publique doute d’elle-même »", "La réforme de l’audiovisuel public mérite mieux qu’un débat budgétaire."),
    ("« Les déserts médicaux ne sont pas une fatalité »", "Des territoires ont trouvé des solutions. Encore faut-il les écouter."),
    ("« Mayotte, l’oubliée de la République »", "La crise de l’eau révèle un abandon de plusieurs décennies."),
    ("« L’impôt sur la fortune, un totem qui ne dit plus rien »", ""),
    ("« Le télétravail a redessiné la carte de France »", "Les villes moyennes en profitent, les métropoles s’interrogent."),
    ("« Trop de réformes tuent la réforme »", "L’exécutif multiplie les chantiers au risque de n’en achever aucun."),
    ("« La Coupe du monde de rugby et nous »", "Ce que l’enthousiasme populaire dit d’un pays fatigué."),
    ("« Face à l’extrême droite, la tentation du mimétisme »", "Reprendre ses mots ne l’a jamais affaiblie, rappelle notre chroniqueuse."),
    ("« Une rentrée sous le signe de l’inquiétude »", "Prix, climat, école : les Français abordent septembre à reculons."),
    ("« Les vacances, un luxe pour un Français sur trois »", "Le départ en congés reste un marqueur social puissant."),
    ("« Le nucléaire, retour en grâce »", ""),
    ("« Ce que les émeutes disent de nos banlieues »", "Vingt ans après 2005, les mêmes causes produisent les mêmes effets."),
    ("« La dette, ce sujet qu’on esquive »", "Aucun parti ne veut en parler avant les élections européennes."),
    ("« Marseille, laboratoire d’une politique de la ville »", "Le plan « Marseille en grand » donne ses premiers résultats, inégaux."),
    ("« Service public : la fatigue des agents »", "Hôpitaux, écoles, préfectures : le moral est au plus bas."),
]
PER_PAGE = [10, 10, 7]
FIRST = datetime.date(2024, 1, 5)
FIRST_ID = 6209876

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", " ").replace("'", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def art(section: str, date: datetime.date, title: str, ident: int, sec_id: int) -> str:
    return f"/{section}/article/{date:%Y/%m/%d}/{slugify(title)}_{ident}_{sec_id}.html"


COLUMNS = []
for k, (t, d) in enumerate(TITLES):
    date = FIRST - datetime.timedelta(days=7 * k)
    ident = FIRST_ID - 4321 * k - (k * k * 17) % 400
    COLUMNS.append((t, d, date, art("idees", date, t, ident, 3232)))

D5, D4, D3 = datetime.date(2024, 1, 5), datetime.date(2024, 1, 4), datetime.date(2024, 1, 3)
PLUS_LUS = [  # news, same article shape, other sections
    art("politique", D5, "Remaniement : Gabriel Attal nommé premier ministre, le plus jeune de la Ve République", 6209951, 823448),
    art("international", D5, "Guerre Israël-Hamas : ce que l’on sait des frappes de la nuit sur Rafah", 6209940, 3210),
    art("societe", D4, "Tempête Henk : 20 départements en vigilance orange pour crues", 6209812, 3224),
    art("politique", D4, "Loi immigration : le Conseil constitutionnel rendra sa décision le 25 janvier", 6209790, 823448),
    art("economie", D3, "Prix de l’électricité : la hausse de 10 % confirmée au 1er février", 6209655, 3234),
]
PLUS_LUS_TITLES = [
    "Remaniement : Gabriel Attal nommé premier ministre, le plus jeune de la Ve République",
    "Guerre Israël-Hamas : ce que l’on sait des frappes de la nuit sur Rafah",
    "Tempête Henk : 20 départements en vigilance orange pour crues",
    "Loi immigration : le Conseil constitutionnel rendra sa décision le 25 janvier",
    "Prix de l’électricité : la hausse de 10 % confirmée au 1er février",
]
OTHERS = [  # other chroniqueurs: their page and their latest column (same URL shape)
    ("Thomas Girard", "thomas-girard", "« La droite républicaine cherche encore son chef »", 6209801),
    ("Nadia Benali", "nadia-benali", "« L’école inclusive, une promesse tenue à moitié »", 6209733),
    ("Pierre Lemoine", "pierre-lemoine", "« Le marché de l’art ne connaît pas la crise »", 6209690),
]
TRIBUNE = ("Jean-Marc Vidal", "« Réindustrialiser la France suppose d’abord de former des techniciens »", 6209844)
SPONSO_SAME_HOST = art("partenaires", D3, "Assurance-vie : les bons réflexes pour 2024", 6209702, 4500)


def fr_date(d: datetime.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def teaser(k: int, hero: bool = False) -> str:
    title, desc, date, path = COLUMNS[k]
    href = ("{{origin}}" + path) if k % 3 else path
    premium = '<span class="icon__premium" aria-label="Article réservé aux abonnés"></span>' if k % 2 == 0 else ""
    desc_html = f'<p class="teaser__desc">{E(desc)}</p>' if desc else ""
    img = slugify(title)[:24]
    reactions = (
        f' <a class="meta__social meta__social--reactions" href="{E(href)}#reactions" title="Réagir">{(k * 13) % 90 + 12} réactions</a>'
        if k % 4 == 1
        else ""
    )
    if hero:
        return f"""
    <section class="teaser teaser--main teaser--author">
      <a href="{E(href)}" class="teaser__link teaser__link--main">
        <figure class="teaser__media teaser__media--main"><picture class="teaser__picture"><source srcset="https://img.lemde.fr/2024/01/05/0/0/1200/800/1440/960/60/0/{img}.jpg" media="(min-width: 1024px)"><img src="https://img.lemde.fr/2024/01/05/0/0/1200/800/664/0/75/0/{img}.jpg" alt="" class="teaser__img" width="664" height="442"></picture>
          <figcaption class="teaser__caption">SÉVERIN MILLET</figcaption></figure>
        <p class="teaser__kicker">Chronique</p>
        <h2 class="teaser__title teaser__title--main">{premium}{E(title)}</h2>
        {desc_html}
      </a>
      <span class="meta meta__author meta__author--main">Claire Morel</span>
      <p class="meta meta__date-reading"><span class="meta__date">Publié le {fr_date(date)}</span> <span class="meta__reading-time">Lecture 4 min.</span>
        <a class="meta__social meta__social--reactions" href="{E(path)}#reactions" title="Réagir">{(k * 13) % 90 + 12} réactions</a></p>
    </section>"""
    return f"""
    <section class="teaser teaser--inline-picture">
      <a href="{E(href)}" class="teaser__link">
        <figure class="teaser__media"><picture class="teaser__picture"><img src="https://img.lemde.fr/{date:%Y/%m/%d}/0/0/3000/2000/320/0/60/0/{img}.jpg" data-src="https://img.lemde.fr/{date:%Y/%m/%d}/0/0/3000/2000/320/0/60/0/{img}.jpg" alt="" class="teaser__img lazy" width="320" height="213"></picture></figure>
        <h3 class="teaser__title">{premium}{E(title)}</h3>
        {desc_html}
      </a>
      <p class="meta meta__date-reading"><span class="meta__date">Publié le {fr_date(date)}</span><span class="meta__reading-time">Lecture {2 + k % 4} min.</span>{reactions}</p>
    </section>"""


def lire_aussi(k: int) -> str:
    """An inline 'Lire aussi' under a teaser: one to her own older column (tracked), one to a
    guest tribune by somebody else (same URL shape, not truth)."""
    title, _d, _date, path = COLUMNS[k]
    t_name, t_title, t_id = TRIBUNE
    t_path = art("idees", D4, t_title, t_id, 3232)
    return f"""
    <p class="article__link river__link"><span class="icon__premium"></span>Lire aussi la chronique | <a href="{E(path)}?cmp=lire-aussi" class="js-article-read-also">{E(title)}</a></p>
    <p class="article__link river__link">Lire aussi la tribune | <a href="{{{{origin}}}}{E(t_path)}" class="js-article-read-also">{E(t_title)}</a>, par <a href="/signataires/{slugify(t_name)}/">{E(t_name)}</a></p>"""


def pager(n: int, total: int) -> str:
    def href(p: int) -> str:
        return "{{origin}}" + BASE if p == 1 else "{{origin}}" + f"{BASE}{p}/"

    parts = []
    if n > 1:
        prev = BASE if n == 2 else f"{BASE}{n - 1}/"
        parts.append(f'<a class="river__pagination--page river__pagination--prev" href="{prev}" rel="prev">« Précédent</a>')
    for p in range(1, total + 1):
        if p == n:
            parts.append(f'<span class="river__pagination--page river__pagination--page-current" aria-current="page">{p}</span>')
        else:
            parts.append(f'<a class="river__pagination--page" href="{href(p)}">{p}</a>')
    if n < total:
        nxt = f"{n + 1}/" if n == 1 else f"../{n + 1}/"  # relative, as the CMS writes it
        parts.append(f'<a class="river__pagination--page river__pagination--next" href="{nxt}">Suivant »</a>')
    else:
        parts.append('<span class="river__pagination--page river__pagination--next river__pagination--disabled">Suivant »</span>')
    return '<section class="river__pagination" aria-label="Pagination">' + "\n      ".join(parts) + "</section>"


def page(n: int, ks: list[int], total: int) -> str:
    hero = teaser(ks[0], hero=True) if n == 1 else ""
    rest = ks[1:] if n == 1 else ks
    items = []
    for j, k in enumerate(rest):
        items.append(teaser(k))
        if j == 2:
            items.append(lire_aussi(min(k + 11, len(COLUMNS) - 1)))
    plus_lus = "".join(
        f'<li class="aside__item"><span class="aside__rank">{i + 1}</span><a class="aside__link" href="{E(p if i % 2 else "{{origin}}" + p)}">{E(t)}</a></li>'
        for i, (p, t) in enumerate(zip(PLUS_LUS, PLUS_LUS_TITLES))
    )
    others = "".join(
        f"""<div class="author-card"><a class="author-card__name" href="/idees/chroniques/{s}/">{E(nm)}</a>
          <a class="author-card__last" href="{E(art('idees', D4 if i == 0 else D3, t, ident, 3232))}">{E(t)}</a></div>"""
        for i, (nm, s, t, ident) in enumerate(OTHERS)
    )
    canonical = "{{origin}}" + (BASE if n == 1 else f"{BASE}{n}/")
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Idées", "item": "{{origin}}/idees/"},
                {"@type": "ListItem", "position": 2, "name": "Chroniques", "item": "{{origin}}/idees/chroniques/"},
                {"@type": "ListItem", "position": 3, "name": AUTHOR, "item": "{{origin}}" + BASE},
            ],
        },
        {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": "Le Quotidien",
            "url": "{{origin}}/",
            "logo": {"@type": "ImageObject", "url": "{{origin}}/bucket/img/logo.png"},
            "sameAs": ["https://twitter.com/lequotidien", "https://www.facebook.com/lequotidien"],
        },
    ]
    title_suffix = "" if n == 1 else f" - Page {n}"
    prev_link = ""
    if n > 1:
        prev_link = f'<link rel="prev" href="{{{{origin}}}}{BASE if n == 2 else f"{BASE}{n - 1}/"}">'
    next_link = f'<link rel="next" href="{{{{origin}}}}{BASE}{n + 1}/">' if n < total else ""
    return f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
  <meta charset="UTF-8">
  <title>Claire Morel : toutes les chroniques{title_suffix} - Le Quotidien</title>
  <meta name="description" content="Toutes les chroniques de Claire Morel, éditorialiste au « Quotidien ». Retrouvez ses analyses sur la politique, l’économie et la société.">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{canonical}">
  {prev_link}{next_link}
  <link rel="alternate" type="application/rss+xml" title="Le Quotidien.fr - Actualités et Infos en France et dans le monde" href="{{{{origin}}}}/rss/une.xml">
  <meta property="og:site_name" content="Le Quotidien.fr">
  <meta property="og:type" content="website">
  <link rel="stylesheet" href="/bucket/css/river.7f3a9c.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page--river page--author">
  <div class="Banner"><a href="/abonnement/?lmd_medium=header&amp;lmd_campaign=river" class="Banner__link">Offre spéciale : 1 € le premier mois</a></div>
  <header class="Header" role="banner">
    <div class="Header__top">
      <a class="Header__logo" href="{{{{origin}}}}/" title="Le Quotidien.fr - Actualités et Infos en France et dans le monde"><svg class="Header__logo-svg" aria-hidden="true"></svg><span class="sr-only">Le Quotidien</span></a>
      <div class="Header__account">
        <a class="Header__button Header__button--subscribe" href="/abonnement/?lmd_medium=header">S’abonner</a>
        <a class="Header__button Header__button--login" href="https://secure.lequotidien.example/sfuser/connexion">Se connecter</a>
      </div>
    </div>
    <nav class="Nav" aria-label="Rubriques">
      <ul class="Nav__list">
        <li class="Nav__item"><a class="Nav__link" href="/international/">International</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/politique/">Politique</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/societe/">Société</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/les-decodeurs/">Les Décodeurs</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/economie/">Economie</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/planete/">Planète</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/sport/">Sport</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/culture/">Culture</a></li>
        <li class="Nav__item Nav__item--active"><a class="Nav__link" href="/idees/">Idées</a></li>
        <li class="Nav__item"><a class="Nav__link" href="/m-le-mag/">M le mag</a></li>
        <li class="Nav__item Nav__item--more"><a class="Nav__link" href="/rubriques/">Plus</a></li>
      </ul>
    </nav>
  </header>
  <main class="main main--river" id="page">
    <nav class="breadcrumb" aria-label="Fil d’Ariane">
      <a class="breadcrumb__link" href="/idees/">Idées</a> <span class="breadcrumb__sep">›</span>
      <a class="breadcrumb__link" href="/idees/chroniques/">Chroniques</a> <span class="breadcrumb__sep">›</span>
      <span class="breadcrumb__current">Claire Morel</span>
    </nav>
    <section class="page__title title--author">
      <img class="author__picture" src="https://img.lemde.fr/signataires/claire-morel.png" alt="Claire Morel" width="96" height="96">
      <h1 class="title title--author">Claire Morel</h1>
      <p class="author__desc">Editorialiste au « Quotidien ». Elle signe chaque vendredi une chronique sur la vie politique et sociale. Voir aussi <a href="/signataires/claire-morel/" class="author__link">tous ses articles</a>.</p>
      <p class="author__social"><a href="https://twitter.com/clairemorel_lq" rel="noopener">@clairemorel_lq</a></p>
      <ul class="tags">
        <li class="tags__item"><a href="/inflation/" class="tag">Inflation</a></li>
        <li class="tags__item"><a href="/logement/" class="tag">Logement</a></li>
        <li class="tags__item"><a href="/union-europeenne/" class="tag">Union européenne</a></li>
        <li class="tags__item"><a href="/reforme-des-retraites/" class="tag">Réforme des retraites</a></li>
      </ul>
    </section>
    <div class="river__wrapper">
    <section id="river" class="river river--author">{hero}{"".join(items)}
    </section>
    {pager(n, total)}
    </div>
    <aside class="aside aside--river">
      <section class="aside__iso old__aside">
        <h2 class="aside__title">Les plus lus</h2>
        <ol class="aside__list">{plus_lus}</ol>
      </section>
      <section class="aside__iso selection">
        <h2 class="aside__title">À ne pas manquer</h2>
        <a class="aside__link aside__link--picture" href="{{{{origin}}}}{E(art('m-le-mag', D4, 'Les nouveaux visages de la gastronomie bretonne', 6209830, 4497186))}"><img src="https://img.lemde.fr/m/gastro.jpg" alt="" width="120" height="80">Les nouveaux visages de la gastronomie bretonne</a>
        <a class="aside__link aside__link--picture" href="{E(art('culture', D3, 'Au Louvre, une exposition redonne vie aux couleurs de l’Antiquité', 6209611, 3246))}"><img src="https://img.lemde.fr/culture/louvre.jpg" alt="" width="120" height="80">Au Louvre, une exposition redonne vie aux couleurs de l’Antiquité</a>
        <a class="aside__link aside__link--picture" href="{E(art('les-decodeurs', D5, 'Chômage, croissance, dette : le bilan économique de 2023 en cinq graphiques', 6209902, 4355770))}"><img src="https://img.lemde.fr/decodeurs/bilan.jpg" alt="" width="120" height="80">Chômage, croissance, dette : le bilan économique de 2023 en cinq graphiques</a>
      </section>
      <section class="aside__iso authors">
        <h2 class="aside__title">Les chroniqueurs du Quotidien</h2>
        {others}
        <a class="aside__more" href="/idees/chroniques/">Toutes les chroniques</a>
      </section>
      <section class="aside__iso newsletter">
        <h2 class="aside__title">Newsletter « Idées »</h2>
        <p>Chaque samedi, le meilleur des débats et des tribunes.</p>
        <form class="newsletter__form" action="/newsletters/inscription" method="post"><input type="email" name="email" placeholder="Adresse e-mail"><input type="hidden" name="nl" value="idees"><button type="submit">S’inscrire</button></form>
        <a href="/newsletters/?nl=idees" class="newsletter__more">Toutes nos newsletters</a>
      </section>
      <section class="aside__iso courrier">
        <h2 class="aside__title">Courrier des lecteurs</h2>
        <a href="/idees/courrier-des-lecteurs/" class="aside__link">« Vos réactions à nos chroniques de la semaine »</a>
        <a href="mailto:courrier@lequotidien.example" class="aside__link">Écrire à la rédaction</a>
      </section>
    </aside>
    <section class="dfp-sponso" aria-label="Contenus sponsorisés">
      <h2 class="sponso__title">Contenus sponsorisés</h2>
      <div class="sponso__grid">
        <a class="sponso__card" href="https://ads.example-network.com/r/?ob=lq-river&amp;id=88213" rel="sponsored nofollow"><img src="https://ads.example-network.com/img/88213.jpg" alt=""><span class="sponso__text">Cette méthode japonaise pour apprendre une langue fait un carton</span><span class="sponso__brand">Babbelia</span></a>
        <a class="sponso__card" href="https://ads.example-network.com/r/?ob=lq-river&amp;id=88240" rel="sponsored nofollow"><img src="https://ads.example-network.com/img/88240.jpg" alt=""><span class="sponso__text">Pompe à chaleur : les aides 2024 que peu de gens connaissent</span><span class="sponso__brand">Habitat Conseil</span></a>
        <a class="sponso__card" href="{{{{origin}}}}{E(SPONSO_SAME_HOST)}" rel="sponsored"><img src="https://img.lemde.fr/partenaires/assurance.jpg" alt=""><span class="sponso__text">Assurance-vie : les bons réflexes pour 2024</span><span class="sponso__brand">Contenu partenaire · Banque Atlantique</span></a>
      </div>
    </section>
    <div class="share share--river">
      <a class="share__link share__link--twitter" href="https://twitter.com/intent/tweet?url={E('{{origin}}' + BASE)}%3Futm_source%3Dtwitter&amp;text=Les%20chroniques%20de%20Claire%20Morel" rel="noopener" target="_blank">Partager sur Twitter</a>
      <a class="share__link share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u={E('{{origin}}' + BASE)}" rel="noopener" target="_blank">Partager sur Facebook</a>
    </div>
  </main>
  <footer class="Footer">
    <div class="Footer__sections">
      <a href="/actualite-medias/">Médias</a> <a href="/videos/">Vidéos</a> <a href="/podcasts/">Podcasts</a> <a href="/jeux/">Jeux</a> <a href="/archives/">Archives</a>
    </div>
    <div class="Footer__legal">
      <a href="/qui-sommes-nous/">Qui sommes-nous ?</a> <a href="/mentions-legales/">Mentions légales</a> <a href="/cgv/">CGV</a> <a href="/confidentialite/">Politique de confidentialité</a> <a href="/cookies/">Gestion des cookies</a> <a href="/aide/">Aide</a> <a href="/rss/">Flux RSS</a>
    </div>
    <p class="Footer__copy">© Le Quotidien 2024 - Reproduction interdite de tous les articles du site, sauf accord de la rédaction.</p>
  </footer>
  <script src="/bucket/js/river.4b1e2d.js" defer></script>
</body>
</html>
"""


def rss() -> str:
    items = []
    news = list(zip(PLUS_LUS, PLUS_LUS_TITLES))
    extra = [
        (art("sport", D5, "Open d’Australie : le tableau complet des Français", 6209960, 3242), "Open d’Australie : le tableau complet des Français"),
        (art("culture", D4, "Le Festival d’Angoulême dévoile sa sélection officielle", 6209822, 3246), "Le Festival d’Angoulême dévoile sa sélection officielle"),
        (art("idees", D4, TRIBUNE[1], TRIBUNE[2], 3232), TRIBUNE[1]),
        (art("planete", D3, "Sécheresse : les Pyrénées-Orientales toujours en crise en plein hiver", 6209640, 3244), "Sécheresse : les Pyrénées-Orientales toujours en crise en plein hiver"),
    ]
    for i, (path, title) in enumerate(news + extra):
        items.append(f"""
    <item>
      <title><![CDATA[{title}]]></title>
      <pubDate>Fri, 05 Jan 2024 {17 - i:02d}:{(i * 11) % 60:02d}:00 +0100</pubDate>
      <description><![CDATA[Lire la suite sur Le Quotidien.fr]]></description>
      <guid isPermaLink="true">{{{{origin}}}}{path}</guid>
      <link>{{{{origin}}}}{path}?xtor=RSS-3208</link>
      <media:content url="https://img.lemde.fr/rss/{i}.jpg" width="644" height="322"><media:description type="plain">Photo</media:description></media:content>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Le Quotidien.fr - Actualités et Infos en France et dans le monde</title>
    <description>Le Quotidien.fr - 1er site d’information. Les articles du journal et toute l’actualité en continu.</description>
    <copyright>Le Quotidien - L’utilisation des flux RSS est réservée à un usage strictement personnel.</copyright>
    <link>{{{{origin}}}}/</link>
    <pubDate>Fri, 05 Jan 2024 17:00:00 +0100</pubDate>
    <language>fr</language>{"".join(items)}
  </channel>
</rss>
"""


def main() -> None:
    root = OUT / BASE.strip("/")
    start, chunks = 0, []
    for c in PER_PAGE:
        chunks.append(list(range(start, start + c)))
        start += c
    assert start == len(COLUMNS)
    for n, ks in enumerate(chunks, 1):
        d = root if n == 1 else root / str(n)
        d.mkdir(parents=True, exist_ok=True)
        (d / "index.html").write_text(page(n, ks, len(chunks)), encoding="utf-8")
    (OUT / "rss").mkdir(parents=True, exist_ok=True)
    (OUT / "rss" / "une.xml").write_text(rss(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Le Monde-style French columnist page: BEM teaser cards wrapped in one link, a hero "
            "teaser, numbered pager /2/ /3/ with « Précédent »/« Suivant », and news rails, other "
            "chroniqueurs and a guest tribune whose URLs share the /section/article/Y/M/D/slug_id_sec.html "
            "shape; the advertised feed is the site-wide news feed."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(chunks),
        "author": AUTHOR,
        "columns": [c[3] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
