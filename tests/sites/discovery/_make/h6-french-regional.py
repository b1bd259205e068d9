"""Generate the h6-french-regional discovery fixture (held out).

A French regional daily in the Ouest-France mould: server-rendered French markup,
article URLs that end in a v1 UUID with no extension (slug-UUID), a columnist page
/opinion/chroniques/jean-dupont/ paginated by ?page=N with <a rel="next"
class="pagination-next">Page suivante</a>; "Les autres chroniques" by other columnists
share the exact URL shape, "À lire aussi" teasers are mixed into the listing itself.

Stdlib only, deterministic: python tests/sites/discovery/_make/h6-french-regional.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

NAME = "h6-french-regional"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/opinion/chroniques/jean-dupont/"
AUTHOR = "Jean Dupont"
PER_PAGE = [10, 10, 7]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("œ", "oe")).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def uuid_for(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    variant = "89ab"[int(h[12], 16) % 4]
    return f"{h[0:8]}-{h[8:12]}-11ee-{variant}{h[13:16]}-{h[16:28]}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def fr_date(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def fr_long(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


TITLES = [
    ("Inflation : les classes moyennes à bout de souffle", "Les salaires suivent, dit-on. Les caddies et les fins de mois racontent une autre histoire."),
    ("Ce que les agriculteurs nous disent vraiment", "Derrière les tracteurs sur les ronds-points, une question simple : qui veut encore nourrir le pays ?"),
    ("Les déserts médicaux ne sont pas une fatalité", "Certaines communautés de communes ont trouvé des solutions. Encore faut-il les écouter."),
    ("Le littoral n'est pas un décor", "Érosion, résidences secondaires, tourisme de masse : la côte bretonne change plus vite que nos règles."),
    ("Éloge de la lenteur", "Et si, pour une fois, on prenait le temps ?"),
    ("Pourquoi les élections européennes nous concernent tous", "Les fonds européens financent nos ports, nos routes et nos fermes. Le scrutin de juin n'a rien d'abstrait."),
    ("La Bretagne face au défi du logement des jeunes", "Étudiants, apprentis, jeunes actifs : se loger à Rennes ou à Vannes devient une épreuve."),
    ("Rennes, ville laboratoire", "Métro, vélo, densité : la capitale bretonne expérimente, et cela ne plaît pas à tout le monde."),
    ("L'école rurale mérite mieux que des fermetures de classes", "Chaque classe fermée est un village qui se vide un peu plus."),
    ("Bilan d'une année agitée", "Réforme des retraites, émeutes, tempête : 2023 aura mis nos nerfs à l'épreuve."),
    ("Ce que Noël dit de nous", "La fête la plus partagée est aussi celle qui révèle le mieux nos solitudes."),
    ("Quand la mer monte, qui paie ?", "Les communes littorales attendent toujours un fonds digne de ce nom."),
    ("La démocratie locale s'essouffle-t-elle ?", "Moins de candidats, moins de votants, plus de démissions : le signal d'alarme est allumé."),
    ("Le train, enfin", "La réouverture des petites lignes est une bonne nouvelle. À condition d'y mettre des trains."),
    ("Sobriété : le mot qui fâche", "On demande aux ménages des efforts qu'on n'exige pas toujours des plus gros consommateurs."),
    ("Nos villages ont besoin de commerces, pas de promesses", "Une boulangerie qui ferme, c'est une place qui meurt."),
    ("L'intelligence artificielle et nous", "Entre fascination et inquiétude, il faudra bien apprendre à vivre avec."),
    ("Tempête Ciaran : les leçons d'une nuit", "Des vents à 200 km/h, des milliers de foyers privés d'électricité, et une solidarité remarquable."),
    ("Une certaine idée de la presse régionale", "Raconter la vie d'ici reste un service public, même quand il n'en porte pas le nom."),
    ("Pêcheurs bretons : la colère et le doute", "Brexit, quotas, prix du gazole : les ports de Cornouaille tanguent."),
    ("Le vote des jeunes, cet inconnu", "Ils s'abstiennent, dit-on. Ils s'engagent surtout autrement."),
    ("Faut-il avoir peur de l'Europe ?", "La question revient à chaque crise. La réponse mérite mieux qu'un slogan."),
    ("Le prix de l'eau", "Sécheresses et pollutions : la ressource la plus banale devient la plus précieuse."),
    ("La laïcité n'est pas une arme", "Principe de liberté, elle est trop souvent brandie comme un instrument d'exclusion."),
    ("Les maires sont fatigués, écoutons-les", "Menaces, normes, budgets contraints : le premier échelon de la République vacille."),
    ("Un Breton à Paris", "Souvenirs d'une rentrée parlementaire, loin de la mer."),
    ("Réforme des retraites : et maintenant ?", "La loi est passée. La fracture, elle, est restée."),
]

# Every Saturday, newest first from 2 March 2024.
DATES = [dt.date(2024, 3, 2) - dt.timedelta(weeks=k) for k in range(len(TITLES))]

COLUMNS = []
for i, ((title, chapo), date) in enumerate(zip(TITLES, DATES)):
    slug = f"chronique-jean-dupont-{slugify(title)}"
    path = f"/opinion/chroniques/{slug}-{uuid_for(slug)}"
    COLUMNS.append({"title": title, "chapo": chapo, "date": date, "path": path,
                    "hour": 6 + (i % 3), "comments": (i * 13 % 47) if i % 4 != 3 else 0,
                    "abonne": i % 3 == 1,
                    "img": f"https://media.example-ouest.fr/v1/pictures/MjAyNDAz{hashlib.md5(slug.encode()).hexdigest()[:16]}.jpg"})


def news(section: str, title: str) -> str:
    slug = slugify(title)
    return f"{section}/{slug}-{uuid_for(section + slug)}"


OTHERS = [  # "Les autres chroniques": same shape, other columnists, same on every page
    ("Marie Lefebvre", "Le vélo, une affaire de classe ?", dt.date(2024, 3, 2)),
    ("Yann Le Goff", "Ce que la Coupe du monde de rugby nous a laissé", dt.date(2024, 3, 1)),
    ("Sophie Kerbrat", "Les Ehpad, angle mort de nos politiques", dt.date(2024, 2, 29)),
    ("Antoine Morel", "Nantes n'est pas Paris, et c'est tant mieux", dt.date(2024, 2, 28)),
    ("Claire Guillou", "Parler breton en 2024", dt.date(2024, 2, 27)),
    ("Philippe Renaud", "La dette, ce tabou français", dt.date(2024, 2, 26)),
]
OTHER_COLS = [(n, f"/opinion/chroniques/{slugify(n)}/",
               (lambda s: f"/opinion/chroniques/{s}-{uuid_for(s)}")(f"chronique-{slugify(n)}-{slugify(t)}"), t, d)
              for n, t, d in OTHERS]

PLUS_LUS = [
    news("/bretagne/rennes-35000", "Rennes : un incendie se déclare dans un immeuble du quartier Villejean, vingt personnes évacuées"),
    news("/bretagne/brest-29200", "Brest : le pont de Recouvrance fermé à la circulation ce week-end"),
    news("/bretagne/rennes-35000", "Rennes : la ligne b du métro de nouveau interrompue, les usagers excédés"),
    news("/pays-de-la-loire/nantes-44000", "Nantes : ce que l'on sait de l'accident sur le périphérique"),
    news("/bretagne/vannes-56000", "Vannes : le marché du samedi déménage pendant les travaux"),
]
PLUS_LUS_TITLES = [
    "Rennes : un incendie se déclare dans un immeuble du quartier Villejean, vingt personnes évacuées",
    "Brest : le pont de Recouvrance fermé à la circulation ce week-end",
    "Rennes : la ligne b du métro de nouveau interrompue, les usagers excédés",
    "Nantes : ce que l'on sait de l'accident sur le périphérique",
    "Vannes : le marché du samedi déménage pendant les travaux",
]

# "À lire aussi" teasers slipped into the listing (different on each page).
A_LIRE = {
    1: [("/societe", "Logement : le nombre de demandes de HLM atteint un record en Bretagne", "Société"),
        (None, None, None)],  # second one: an older chronique of Jean Dupont (filled below)
    2: [("/economie/agriculture", "Colère des agriculteurs : ce que contient le nouveau plan du gouvernement", "Agriculture")],
    3: [("/politique", "Élections européennes 2024 : le calendrier complet du scrutin", "Politique")],
}

COURRIER = [
    ("Courrier des lecteurs. « Nos campagnes méritent mieux »", dt.date(2024, 3, 1)),
    ("Courrier des lecteurs. Le vélo en ville, oui mais pas n'importe comment", dt.date(2024, 2, 28)),
    ("Courrier des lecteurs. À propos de la réforme de l'école", dt.date(2024, 2, 26)),
]

EDITO = ("Éditorial. Agriculture : sortir de l'impasse", dt.date(2024, 3, 2))

SPONSO = ("Ces PME bretonnes qui misent sur l'hydrogène vert", "Région Bretagne")

OUTBRAIN = [  # recommendation widget, no heading of its own
    (news("/leditiondusoir", "Pourquoi les Français boivent de moins en moins de vin") + "?utm_source=outbrain&utm_medium=widget", "Pourquoi les Français boivent de moins en moins de vin"),
    ("https://www.example-voyages.com/bretagne/sejours?utm_source=outbrain&utm_campaign=of", "Séjours en Bretagne : jusqu'à -40 % ce printemps"),
    (news("/sante", "Sommeil : les sept erreurs qui nous empêchent de bien dormir") + "?utm_source=outbrain&utm_medium=widget", "Sommeil : les sept erreurs qui nous empêchent de bien dormir"),
    ("https://www.example-assurance.fr/simulateur?cmp=outbrain", "Assurance habitation : comparez en 2 minutes"),
]

THEMES = [("Politique", "/politique/"), ("Société", "/societe/"), ("Bretagne", "/bretagne/"),
          ("Environnement", "/environnement/"), ("Europe", "/europe/")]


def head(page: int, cols: list[dict]) -> str:
    canon = f"{O}{PAGE}" + (f"?page={page}" if page > 1 else "")
    title = f"Jean Dupont : toutes ses chroniques | Ouest-France" + (f" - page {page}" if page > 1 else "")
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{O}/"},
        {"@type": "ListItem", "position": 2, "name": "Opinion", "item": f"{O}/opinion/"},
        {"@type": "ListItem", "position": 3, "name": "Chroniques", "item": f"{O}/opinion/chroniques/"},
        {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": canon},
    ]}
    item_list = {"@context": "https://schema.org", "@type": "ItemList", "name": f"Chroniques de {AUTHOR}",
                 "itemListElement": [{"@type": "ListItem", "position": k + 1, "url": f"{O}{c['path']}"}
                                     for k, c in enumerate(cols)]}
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Retrouvez toutes les chroniques de Jean Dupont, éditorialiste à Ouest-France : politique, société, Bretagne.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canon}">
<link rel="alternate" type="application/rss+xml" title="Ouest-France - Toute l'actualité" href="{O}/rss/une.xml">
<meta property="og:site_name" content="Ouest-France.fr">
<meta property="og:title" content="Les chroniques de Jean Dupont">
<meta property="og:type" content="website">
<meta property="og:locale" content="fr_FR">
<link rel="stylesheet" href="/static/css/app.9f3c1e.css">
<link rel="preload" as="font" href="/static/fonts/ofsans-bold.woff2" crossorigin>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page_type":"auteur","page_name":"jean-dupont","page_num":{page}}});</script>
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(item_list, ensure_ascii=False)}</script>
<script async src="https://securepubads.example-network.com/tag/js/gpt.js"></script>
</head>
"""


def header() -> str:
    nav = [("En continu", "/actualite-en-continu/"), ("Bretagne", "/bretagne/"), ("Normandie", "/normandie/"),
           ("Pays de la Loire", "/pays-de-la-loire/"), ("Sport", "/sport/"), ("Économie", "/economie/"),
           ("Politique", "/politique/"), ("Société", "/societe/"), ("Opinion", "/opinion/"), ("Culture", "/culture/")]
    items = "".join(f'<li class="nav-principale__item{" is-active" if h == "/opinion/" else ""}"><a class="nav-principale__lien" href="{h}">{t}</a></li>' for t, h in nav)
    return f"""<body class="page-auteur theme-opinion">
<div class="bandeau-pub" data-pub-label="Publicité">
  <span class="pub-label">Publicité</span>
  <div id="div-gpt-ad-banniere" class="pub pub--banniere"><a href="https://ads.example-network.com/click?site=of&amp;pos=banniere&amp;c=88217" rel="sponsored nofollow" target="_blank"><img src="https://ads.example-network.com/img/88217.jpg" alt="" width="970" height="90"></a></div>
</div>
<header class="header-site" role="banner">
  <div class="header-site__haut">
    <a class="header-site__logo" href="/" title="Ouest-France, retour à l'accueil"><img src="/static/img/logo-ouest-france.svg" alt="Ouest-France" width="180" height="40"></a>
    <a class="header-site__journal" href="/journal/">Le journal du jour</a>
    <form class="header-site__recherche" action="/recherche/" method="get" role="search"><input type="search" name="q" placeholder="Rechercher" aria-label="Rechercher"><button type="submit">OK</button></form>
    <a class="btn btn--abonnement" href="https://abonnement.example-ouest.fr/offres/?origine=header&amp;cmp=of_header">S'abonner</a>
    <a class="header-site__connexion" href="/compte/connexion/?redirect=%2Fopinion%2Fchroniques%2Fjean-dupont%2F">Se connecter</a>
  </div>
  <nav class="nav-principale" aria-label="Rubriques">
    <ul class="nav-principale__liste">{items}<li class="nav-principale__item nav-principale__item--plus"><a class="nav-principale__lien" href="/rubriques/">Plus</a></li></ul>
  </nav>
  <div class="sous-nav sous-nav--opinion">
    <a href="/opinion/editorial/">Éditoriaux</a><a href="/opinion/chroniques/">Chroniques</a><a href="/opinion/tribunes/">Tribunes</a><a href="/opinion/courrier-des-lecteurs/">Courrier des lecteurs</a><a href="/opinion/dessins/">Dessins de presse</a>
  </div>
</header>
"""


def fil_ariane() -> str:
    return f"""<nav class="fil-ariane" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="{O}/">Accueil</a></li>
    <li><a href="/opinion/">Opinion</a></li>
    <li><a href="/opinion/chroniques/">Chroniques</a></li>
    <li aria-current="page">Jean Dupont</li>
  </ol>
</nav>
"""


def entete() -> str:
    themes = "".join(f'<li><a class="tag" href="{h}">{t}</a></li>' for t, h in THEMES)
    return f"""  <div class="entete-auteur">
    <img class="entete-auteur__photo" src="https://media.example-ouest.fr/auteurs/jean-dupont.jpg" alt="Jean Dupont" width="96" height="96">
    <div class="entete-auteur__texte">
      <h1 class="entete-auteur__nom">Jean Dupont</h1>
      <p class="entete-auteur__fonction">Éditorialiste et chroniqueur</p>
      <p class="entete-auteur__bio">Jean Dupont a été correspondant à Paris puis chef du service politique. Il signe chaque samedi une chronique sur l'actualité politique et sociale, vue de l'Ouest.</p>
      <p class="entete-auteur__suivre"><a href="https://twitter.com/jeandupont_of" target="_blank" rel="noopener">Suivre sur X</a> · <a href="/opinion/chroniques/jean-dupont/alerte/" class="btn-alerte">Recevoir une alerte à chaque chronique</a></p>
      <ul class="entete-auteur__themes" aria-label="Thèmes">{themes}</ul>
    </div>
  </div>
"""


def teaser(c: dict, i: int, large: bool = False) -> str:
    href = f"{O}{c['path']}" if i % 4 == 0 else c["path"]
    media_href = c["path"] + ("?ref=auteur-media" if i % 5 == 2 else "")
    abonne = '<span class="teaser-premium" title="Réservé aux abonnés">Abonné</span>' if c["abonne"] else ""
    comments = (f' · <a class="teaser-comments" href="{c["path"]}#commentaires">{c["comments"]} commentaire{"s" if c["comments"] > 1 else ""}</a>'
                if c["comments"] else "")
    cls = "teaser teaser--large" if large else "teaser"
    width = "960" if large else "320"
    dek = f'<p class="teaser-chapo">{esc(c["chapo"])}</p>'
    return f"""    <article class="{cls}" data-id="{'-'.join(c['path'].rsplit('-', 5)[-5:])}">
      <a class="teaser-media-link" href="{media_href}" tabindex="-1" aria-hidden="true"><img src="{c['img']}?width={width}&amp;focuspoint=50%2C25" alt="" loading="lazy" width="{width}" height="{int(width) * 9 // 16}"></a>
      <div class="teaser-body">
        <span class="teaser-kicker">Chronique</span>{abonne}
        <h2 class="teaser-title"><a href="{href}">{esc(c['title'])}</a></h2>
        {dek}
        <div class="teaser-meta">
          <a class="teaser-author" href="{PAGE}">Jean Dupont</a> · <time datetime="{c['date']:%Y-%m-%d}T{c['hour']:02d}:30:00+01:00">Publié le {fr_date(c['date'])} à {c['hour']:02d}h30</time>{comments}
        </div>
      </div>
    </article>
"""


def a_lire_aussi(path: str, title: str, kicker: str) -> str:
    return f"""    <div class="bloc-a-lire-aussi" data-module="related-inline">
      <p class="bloc-a-lire-aussi__label">À lire aussi</p>
      <article class="teaser teaser--inline">
        <div class="teaser-body">
          <span class="teaser-kicker">{esc(kicker)}</span>
          <h2 class="teaser-title"><a href="{path}">{esc(title)}</a></h2>
        </div>
      </article>
    </div>
"""


def sponsored_teaser() -> str:
    t, brand = SPONSO
    path = news("/contenus-sponsorises", t)
    return f"""    <article class="teaser teaser--sponsorise" data-module="native-ad">
      <a class="teaser-media-link" href="{path}" tabindex="-1" aria-hidden="true"><img src="https://media.example-ouest.fr/partenaires/hydrogene.jpg" alt="" loading="lazy" width="320" height="180"></a>
      <div class="teaser-body">
        <span class="teaser-kicker teaser-kicker--partenaire">Contenu partenaire · Publicité</span>
        <h2 class="teaser-title"><a href="{path}">{esc(t)}</a></h2>
        <div class="teaser-meta">Proposé par {esc(brand)}</div>
      </div>
    </article>
"""


def pagination(page: int, total: int) -> str:
    parts = []
    if page > 1:
        prev = PAGE if page == 2 else f"?page={page - 1}"
        parts.append(f'<a rel="prev" class="pagination-prev" href="{prev}">Page précédente</a>')
    parts.append(f'<span class="pagination-current">Page {page} sur {total}</span>')
    if page < total:
        nxt = f"?page={page + 1}" if page == 1 else f"{O}{PAGE}?page={page + 1}"
        parts.append(f'<a rel="next" class="pagination-next" href="{nxt}">Page suivante</a>')
    else:
        parts.append('<span class="pagination-next pagination-next--disabled" aria-disabled="true">Page suivante</span>')
    return '  <nav class="pagination" aria-label="Pagination">\n    ' + "\n    ".join(parts) + "\n  </nav>\n"


def colonne() -> str:
    plus = "".join(
        f'<li class="plus-lus__item"><span class="plus-lus__rang">{n}</span><a href="{p}">{esc(t)}</a></li>'
        for n, (p, t) in enumerate(zip(PLUS_LUS, PLUS_LUS_TITLES), 1))
    autres = "".join(
        f'<li class="autres-chroniques__item"><a class="autres-chroniques__auteur" href="{ap}">{esc(n)}</a>'
        f'<a class="autres-chroniques__titre" href="{cp}">{esc(t)}</a>'
        f'<time datetime="{d:%Y-%m-%d}">{fr_long(d)}</time></li>'
        for n, ap, cp, t, d in OTHER_COLS)
    courrier = "".join(
        f'<li><a href="{news("/opinion/courrier-des-lecteurs", t)}">{esc(t)}</a></li>' for t, d in COURRIER)
    edito_t, _ = EDITO
    return f"""  <aside class="colonne-droite">
    <section class="plus-lus">
      <h2 class="titre-bloc">Les plus lus</h2>
      <ol class="plus-lus__liste">{plus}</ol>
      <a class="plus-lus__voir" href="/bretagne/rennes-35000/">Voir plus</a>
    </section>
    <div class="pub pub--pave" data-pub-label="Publicité"><span class="pub-label">Publicité</span><a href="https://ads.example-network.com/click?site=of&amp;pos=pave1&amp;c=90412" rel="sponsored nofollow" target="_blank"><img src="https://ads.example-network.com/img/90412.jpg" alt="" width="300" height="250"></a></div>
    <section class="autres-chroniques">
      <h2 class="titre-bloc">Les autres chroniques</h2>
      <ul>{autres}</ul>
      <a class="autres-chroniques__tout" href="/opinion/chroniques/">Toutes les chroniques</a>
    </section>
    <section class="bloc-edito">
      <h2 class="titre-bloc"><a href="/opinion/editorial/">L'éditorial</a></h2>
      <p><a href="{news('/opinion/editorial', edito_t)}">{esc(edito_t)}</a></p>
    </section>
    <section class="bloc-courrier">
      <h2 class="titre-bloc">Courrier des lecteurs</h2>
      <ul>{courrier}</ul>
      <a href="/opinion/courrier-des-lecteurs/ecrire/">Écrire à la rédaction</a>
    </section>
    <section class="bloc-newsletter">
      <h2 class="titre-bloc">Newsletter Opinion</h2>
      <p>Chaque samedi, les éditoriaux et chroniques de la rédaction dans votre boîte mail.</p>
      <form action="/newsletters/inscription/" method="post"><input type="hidden" name="newsletter" value="opinion"><input type="email" name="email" placeholder="Votre adresse e-mail" aria-label="Votre adresse e-mail"><button type="submit">Je m'inscris</button></form>
      <a href="/newsletters/?utm_source=site&amp;utm_medium=bloc&amp;utm_campaign=nl_opinion">Toutes nos newsletters</a>
    </section>
  </aside>
"""


def outbrain() -> str:
    items = "".join(
        f'<li class="ob-dynamic-rec-container"><a class="ob-dynamic-rec-link" href="{h.replace("&", "&amp;")}" rel="{"nofollow sponsored" if h.startswith("http") else "nofollow"}">'
        f'<span class="ob-rec-text">{esc(t)}</span></a></li>' for h, t in OUTBRAIN)
    return f"""  <div class="OUTBRAIN" data-widget-id="AR_2" data-src="{O}{PAGE}">
    <ul class="ob-widget-items-container">{items}</ul>
    <a class="ob_what" href="https://www.outbrain.com/what-is/" rel="nofollow">Recommandé par Outbrain</a>
  </div>
"""


def footer() -> str:
    groups = [
        ("Ouest-France", [("Qui sommes-nous ?", "/groupe/qui-sommes-nous/"), ("Nous contacter", "/contact/"),
                          ("Charte éditoriale", "/groupe/charte-editoriale/"), ("Recrutement", "/groupe/recrutement/")]),
        ("Services", [("Avis de décès", "https://www.example-avisdeces.fr/"), ("Petites annonces", "/annonces/"),
                      ("Météo", "/meteo/"), ("Jeux", "/jeux/")]),
        ("Informations légales", [("Mentions légales", "/mentions-legales/"), ("Conditions générales", "/cgu/"),
                                  ("Politique de confidentialité", "/confidentialite/"), ("Gérer mes cookies", "#cookies")]),
    ]
    cols = "".join(f'<div class="footer__col"><p class="footer__titre">{g}</p><ul>' + "".join(
        f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in links) + "</ul></div>" for g, links in groups)
    return f"""<footer class="footer" role="contentinfo">
  {cols}
  <div class="footer__reseaux"><a href="https://www.facebook.com/ouestfrance" rel="noopener">Facebook</a> <a href="https://twitter.com/OuestFrance" rel="noopener">X</a> <a href="https://www.instagram.com/ouestfrance/" rel="noopener">Instagram</a></div>
  <p class="footer__copyright">© Ouest-France 2024</p>
</footer>
</body>
</html>
"""


def build(page: int) -> str:
    start = sum(PER_PAGE[: page - 1])
    cols = COLUMNS[start:start + PER_PAGE[page - 1]]
    blocks = [teaser(c, start + k, large=(page == 1 and k == 0)) for k, c in enumerate(cols)]
    # slot "À lire aussi" teasers among the columns (inserted from the last position back)
    positions = {1: (3, 7), 2: (4,), 3: (3,)}[page]
    for pos, (sec, t, kicker) in sorted(zip(positions, A_LIRE[page]), reverse=True):
        if sec is None:
            old = COLUMNS[-2]  # an older column of his, listed on page 3
            blocks.insert(pos, a_lire_aussi(old["path"], old["title"], "Chronique"))
        else:
            blocks.insert(pos, a_lire_aussi(news(sec, t), t, kicker))
    blocks.insert(5 if page != 3 else 4, sponsored_teaser())
    title = "Les chroniques de Jean Dupont" + (f" <span class=\"liste-chroniques__page\">(page {page})</span>" if page > 1 else "")
    return (head(page, cols) + header() + fil_ariane()
            + '<main class="contenu contenu--deux-colonnes" id="contenu">\n<div class="colonne-principale">\n' + entete()
            + f'  <section class="liste-chroniques">\n    <h2 class="liste-chroniques__titre">{title}</h2>\n'
            + "".join(blocks) + "  </section>\n" + pagination(page, len(PER_PAGE)) + outbrain()
            + "</div>\n" + colonne() + "</main>\n" + footer())


def feed() -> str:
    items = [
        ("/bretagne/rennes-35000", PLUS_LUS_TITLES[0], dt.date(2024, 3, 2)),
        ("/bretagne/brest-29200", PLUS_LUS_TITLES[1], dt.date(2024, 3, 2)),
        ("/societe", "Logement : le nombre de demandes de HLM atteint un record en Bretagne", dt.date(2024, 3, 2)),
        ("/economie/agriculture", "Colère des agriculteurs : ce que contient le nouveau plan du gouvernement", dt.date(2024, 3, 1)),
        ("/politique", "Élections européennes 2024 : le calendrier complet du scrutin", dt.date(2024, 3, 1)),
        ("/sport/football/stade-rennais", "Stade Rennais : le groupe pour le déplacement à Lille", dt.date(2024, 3, 1)),
        ("/pays-de-la-loire/nantes-44000", PLUS_LUS_TITLES[3], dt.date(2024, 2, 29)),
        ("/normandie/caen-14000", "Caen : la future ligne de tram dévoile son tracé définitif", dt.date(2024, 2, 29)),
    ]
    out = []
    for sec, t, d in items:
        link = f"{O}{news(sec, t)}"
        out.append(f"""  <item>
    <title>{esc(t)}</title>
    <link>{link}</link>
    <guid isPermaLink="true">{link}</guid>
    <pubDate>{d:%a, %d %b %Y} 07:15:00 +0100</pubDate>
    <category>{esc(sec.strip('/').split('/')[0].capitalize())}</category>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Ouest-France - Toute l'actualité</title>
  <link>{O}/</link>
  <atom:link href="{O}/rss/une.xml" rel="self" type="application/rss+xml"/>
  <description>L'actualité en continu de l'Ouest et du monde</description>
  <language>fr-FR</language>
  <lastBuildDate>Sat, 02 Mar 2024 08:00:00 +0100</lastBuildDate>
{chr(10).join(out)}
</channel>
</rss>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "opinion" / "chroniques" / "jean-dupont"
    d.mkdir(parents=True)
    for page in range(1, len(PER_PAGE) + 1):
        name = "index.html" if page == 1 else f"index@page={page}.html"
        (d / name).write_text(build(page), encoding="utf-8")
    (OUT / "rss").mkdir()
    (OUT / "rss" / "une.xml").write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("French regional daily (Ouest-France style): slug-UUID article URLs with no extension, French UI "
                        "('Page suivante', 'Les plus lus', 'À lire aussi', 'Publicité'); other columnists' chroniques in a rail use "
                        "the same /opinion/chroniques/chronique-...-uuid shape, and 'À lire aussi' and sponsored teasers "
                        "sit inside the listing with the same teaser markup; the advertised RSS is site-wide news."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PER_PAGE),
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
