"""Generate the h2-corriere-opinioni discovery fixture (stdlib only, deterministic).

An Italian daily's columnist page (/opinioni/firme/marco-bellini/) in the style of a big
Milan newspaper CMS: columns live under an Italian date folder (``24_gennaio_05``) with a
slug plus a time-based UUID and ``.shtml``; the "Le altre firme" rail links other
columnists' columns of exactly the same shape; a numbered pager whose next arrow is only
labelled by ``title="Pagina successiva"``, plus a script-run "Carica altri" button.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

O = "{{origin}}"
NAME = "h2-corriere-opinioni"
ROOT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/opinioni/firme/marco-bellini/"
AUTHOR = "Marco Bellini"

MESI = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("'", " ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def uuid_for(key: str) -> str:
    h = hashlib.md5(key.encode()).hexdigest()
    variant = "89ab"[int(h[16], 16) % 4]
    return f"{h[:8]}-{h[8:12]}-11ee-{variant}{h[17:20]}-{h[20:32]}"


def folder(d: dt.date) -> str:
    return f"{d.year % 100:02d}_{MESI[d.month - 1]}_{d.day:02d}"


def tz(d: dt.date) -> str:
    return "+02:00" if 4 <= d.month <= 10 else "+01:00"


def italian_date(d: dt.date) -> str:
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def article_path(section: str, d: dt.date, title: str) -> str:
    slug = slugify(title)
    return f"/{section}/{folder(d)}/{slug}-{uuid_for(section + slug)}.shtml"


e = html.escape

TITLES = [
    # page 1 (the first is the lead)
    "Il debito pubblico e le promesse che non possiamo più permetterci",
    "Europa, l'occasione mancata",
    "Le pensioni e il patto tra generazioni",
    "Perché i giovani lasciano il Sud",
    "Il silenzio dei moderati",
    "La transizione verde non è un pranzo di gala",
    "Sanità, la riforma che nessuno vuole scrivere",
    "Il Pnrr e la corsa contro il tempo",
    "Salari fermi",
    "Quello che la legge di Bilancio non dice",
    "Intelligenza artificiale, regole senza paura",
    "Il Paese delle riforme annunciate",
    # page 2
    "L'inflazione scende, la fiducia no",
    "Banche e tassa sugli extraprofitti: un errore di metodo",
    "Il lavoro povero e la trappola del part-time",
    "Autonomia differenziata, i conti che non tornano",
    "Scuola, il merito non è una parola proibita",
    "La lezione di Lampedusa",
    "Il prezzo dell'energia e la memoria corta",
    "Cara Bce",
    "Natalità, servono asili più che slogan",
    "Il Mezzogiorno non è una zavorra",
    "Fisco, la tregua infinita con gli evasori",
    "Perché l'Italia non cresce",
    # page 3
    "Superbonus, la sbornia è finita",
    "Il ritorno dello Stato imprenditore",
    "Medio Oriente, la diplomazia dei piccoli passi",
    "Tassi alti e mutui: chi paga il conto",
    "La giustizia lenta frena le imprese",
    "Il voto europeo si avvicina",
    "Case vuote e affitti impossibili",
    "Industria, il declino che si può evitare",
    "Una politica industriale per l'auto",
]
PER_PAGE = [12, 12, 9]

SUMMARIES = [
    "Il governo rinvia ancora le scelte difficili. Ma i mercati, e i nostri figli, non aspettano.",
    "Una stagione di annunci non basta: servono numeri, tempi certi e qualcuno che se ne assuma la responsabilità.",
    "Le cifre dell'Istat raccontano un Paese che invecchia e che non riesce a trattenere i suoi talenti.",
    "Bruxelles chiede coerenza. Roma risponde con un decreto dopo l'altro.",
    "Il dibattito pubblico si è ridotto a uno scambio di slogan. Eppure le soluzioni esistono.",
    "Non è una questione di destra o di sinistra: è una questione di aritmetica.",
    "Chi paga il conto delle misure temporanee che diventano permanenti?",
    "Dalle imprese arriva un segnale che la politica farebbe bene ad ascoltare.",
    "Il confronto con Francia e Germania è impietoso, ma non tutto è perduto.",
    "Una riforma vera richiede coraggio e, soprattutto, pazienza.",
    "Tra promesse elettorali e vincoli europei, lo spazio di manovra è sempre più stretto.",
]
KICKERS = [
    ("Conti pubblici", "conti-pubblici"), ("Europa", "europa"), ("Lavoro", "lavoro"),
    ("Fisco", "fisco"), ("Il commento", None), ("Mezzogiorno", "mezzogiorno"),
    ("L'editoriale", None), ("Economia", "economia"),
]

# Dates: the lead is 5 January 2024, then back in steps of 3-5 days.
STEPS = [3, 4, 5, 4, 3, 5]
dates = []
d = dt.date(2024, 1, 5)
for i in range(len(TITLES)):
    dates.append(d)
    d -= dt.timedelta(days=STEPS[i % len(STEPS)])

COLUMNS = [
    {"title": t, "date": dd, "path": article_path("opinioni", dd, t)}
    for t, dd in zip(TITLES, dates)
]

OTHER_FIRME = [
    ("Giulia Ferraris", "Il coraggio di dire no alla guerra dei dazi", dt.date(2024, 1, 4)),
    ("Antonio Russo", "Roma e i cantieri infiniti del Giubileo", dt.date(2024, 1, 4)),
    ("Francesca De Luca", "La solitudine degli anziani nelle nostre città", dt.date(2024, 1, 4)),
    ("Luca Marchetti", "Il calcio e i bilanci in rosso", dt.date(2024, 1, 3)),
    ("Elena Sartori", "Cosa ci insegna la crisi del Mar Rosso", dt.date(2024, 1, 4)),
]

PIU_LETTI = [
    ("cronaca", "Incidente sull'A1, code di dieci chilometri tra Firenze e Bologna"),
    ("cronaca", "Neve in Appennino, scuole chiuse in tre regioni"),
    ("cronaca", "Truffa dei falsi carabinieri, dodici arresti"),
    ("milano/cronaca", "Incendio in via Padova, evacuate venti famiglie"),
    ("cronaca", "Befana, il meteo del weekend: pioggia al Nord e sole al Sud"),
    ("cronaca", "Lotteria Italia, tutti i biglietti vincenti"),
]
TODAY = dt.date(2024, 1, 5)


def col_href(i: int, c: dict) -> str:
    """Title link of card i: absolute, root-relative or relative, as the CMS mixes them."""
    mode = i % 3
    if mode == 0:
        return O + c["path"]
    if mode == 1:
        return c["path"]
    # relative to /opinioni/firme/marco-bellini/ -> ../../24_gennaio_05/...
    return "../../" + c["path"].split("/opinioni/", 1)[1]


def lead_card(c: dict) -> str:
    share = O + c["path"]
    return f"""
      <article class="bck-media-news bck-media-news--lead" data-type="opinione">
        <a class="bck-media-news__img" href="{c['path']}" tabindex="-1">
          <picture><img src="https://images2.corriereobjects.example/{uuid_for(c['path'])[:8]}.jpg" alt="" width="940" height="528" loading="eager"></picture>
        </a>
        <div class="bck-media-news__content">
          <span class="bck-media-news__kicker">L'editoriale</span>
          <h2 class="bck-media-news__title bck-media-news__title--xl"><a href="{O}{c['path']}">{e(c['title'])}</a></h2>
          <p class="bck-media-news__summary">Tra promesse elettorali e vincoli europei, lo spazio di manovra
            &egrave; sempre pi&ugrave; stretto. E il conto arriver&agrave; a chi oggi ha vent'anni.</p>
          <div class="bck-media-news__meta">
            <span class="author">di <a href="{PAGE}">{AUTHOR}</a></span>
            <time datetime="{c['date'].isoformat()}T06:45:00{tz(c['date'])}">{italian_date(c['date'])}</time>
            <a class="comments-count" href="{c['path']}#commenti" aria-label="Commenti">87</a>
          </div>
          <ul class="share-bar" aria-label="Condividi">
            <li><a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Facebook</a></li>
            <li><a href="https://twitter.com/intent/tweet?url={share}&amp;text={e(c['title'])}" target="_blank" rel="noopener">X</a></li>
            <li><a href="https://api.whatsapp.com/send?text={share}%3Futm_source%3Dwhatsapp" target="_blank" rel="noopener">WhatsApp</a></li>
            <li><a href="mailto:?subject={e(c['title'])}&amp;body={share}">Email</a></li>
          </ul>
        </div>
      </article>"""


def card(i: int, c: dict) -> str:
    kicker, tag = KICKERS[i % len(KICKERS)]
    kick = (
        f'<a class="bck-media-news__kicker" href="/argomenti/{tag}/">{e(kicker)}</a>'
        if tag else f'<span class="bck-media-news__kicker">{e(kicker)}</span>'
    )
    img = ""
    if i % 2 == 0:
        img = (
            f'<a class="bck-media-news__img bck-media-news__img--sm" href="{c["path"]}" tabindex="-1" aria-hidden="true">'
            f'<img src="https://images2.corriereobjects.example/{uuid_for(c["path"])[:8]}_t.jpg" alt="" width="300" height="169" loading="lazy"></a>'
        )
    comments = ""
    if i % 3 != 1:
        n = 5 + (i * 7) % 60
        frag = "#commenti" if i % 2 else "#comments"
        comments = f'<a class="comments-count" href="{c["path"]}{frag}" aria-label="{n} commenti">{n}</a>'
    return f"""
        <article class="bck-media-news">
          {img}
          <div class="bck-media-news__content">
            {kick}
            <h3 class="bck-media-news__title"><a href="{col_href(i, c)}">{e(c['title'])}</a></h3>
            <p class="bck-media-news__summary">{e(SUMMARIES[i % len(SUMMARIES)])}</p>
            <div class="bck-media-news__meta">
              <span class="author">di <a href="{PAGE}">{AUTHOR}</a></span>
              <time datetime="{c['date'].isoformat()}T07:00:00{tz(c['date'])}">{italian_date(c['date'])}</time>
              {comments}
            </div>
          </div>
        </article>"""


def pager(n: int, total: int) -> str:
    def href(k: int) -> str:
        return PAGE if k == 1 else f"?page={k}"

    items = []
    if n > 1:
        items.append(
            f'<li class="pagination__item pagination__item--arrow"><a href="{href(n - 1)}" title="Pagina precedente">&lsaquo;</a></li>'
        )
    for k in range(1, total + 1):
        if k == n:
            items.append(f'<li class="pagination__item is-current"><span>{k}</span></li>')
        else:
            target = f"{PAGE}?page={k}" if (k == 3 and k != 1) else href(k)
            items.append(f'<li class="pagination__item"><a href="{target}">{k}</a></li>')
    if n < total:
        items.append(
            f'<li class="pagination__item pagination__item--arrow"><a href="?page={n + 1}" title="Pagina successiva">&rsaquo;</a></li>'
        )
    else:
        items.append(
            '<li class="pagination__item pagination__item--arrow is-disabled"><span title="Pagina successiva" aria-disabled="true">&rsaquo;</span></li>'
        )
    return '<nav class="pagination" role="navigation"><ul class="pagination__list">' + "".join(items) + "</ul></nav>"


def head(n: int) -> str:
    canonical = O + PAGE + ("" if n == 1 else f"?page={n}")
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Corriere della Sera", "item": O + "/"},
            {"@type": "ListItem", "position": 2, "name": "Opinioni", "item": O + "/opinioni/"},
            {"@type": "ListItem", "position": 3, "name": "Firme", "item": O + "/opinioni/firme/"},
            {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": O + PAGE},
        ],
    }
    person = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "mainEntity": {
            "@type": "Person",
            "name": AUTHOR,
            "jobTitle": "Editorialista",
            "url": O + PAGE,
            "sameAs": ["https://twitter.com/marcobellini_cds"],
            "worksFor": {"@type": "NewsMediaOrganization", "name": "Corriere della Sera", "url": O + "/"},
        },
    }
    title = f"Marco Bellini: editoriali e commenti | Corriere della Sera" + ("" if n == 1 else f" - Pagina {n}")
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Tutti gli articoli, gli editoriali e i commenti di Marco Bellini sul Corriere della Sera.">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="profile">
<meta property="og:title" content="Marco Bellini - Corriere della Sera">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="Corriere della Sera">
<link rel="alternate" type="application/rss+xml" title="Corriere della Sera - Homepage" href="{O}/rss/homepage.xml">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.12.0">
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(person, ensure_ascii=False)}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
</head>"""


NAV = [
    ("Cronache", "/cronache/"), ("Politica", "/politica/"), ("Esteri", "/esteri/"),
    ("Economia", "/economia/"), ("Opinioni", "/opinioni/"), ("Sport", "/sport/"),
    ("Cultura", "/cultura/"), ("Spettacoli", "/spettacoli/"), ("Salute", "/salute/"),
    ("Tecnologia", "/tecnologia/"), ("Milano", "/milano/"), ("Roma", "/roma/"),
]


def header() -> str:
    nav = "".join(f'<li class="main-nav__item"><a href="{h}">{t}</a></li>' for t, h in NAV)
    return f"""
<body class="page-firma">
<div id="rcsad_TopLeft" class="adv adv--masthead"><iframe src="https://ads.example-network.com/serve?slot=masthead&amp;site=cds" title="pubblicit&agrave;" width="970" height="250"></iframe></div>
<header class="header" role="banner">
  <div class="header__top">
    <button class="header__hamburger" type="button" aria-label="Apri il menu">&#9776;</button>
    <a class="header__logo" href="{O}/" title="Corriere della Sera"><img src="/assets/img/logo-corriere.svg" alt="Corriere della Sera"></a>
    <div class="header__actions">
      <a class="btn btn--search" href="/ricerca/">Cerca</a>
      <a class="btn btn--subscribe" href="https://abbonamenti.corriere.example/offerte/?ref=header_abbonati">Abbonati</a>
      <a class="btn btn--login" href="/account/login/?ref=header">Accedi</a>
    </div>
  </div>
  <nav class="main-nav" aria-label="Sezioni">
    <ul class="main-nav__list">
      <li class="main-nav__item"><a href="/">Home</a></li>
      {nav}
      <li class="main-nav__item main-nav__item--more"><a href="/sezioni/">More</a></li>
    </ul>
  </nav>
  <div class="header__ticker"><span class="ticker__label">Ultim'ora</span>
    <a href="/ultima-ora/">Le notizie di oggi in tempo reale</a></div>
</header>"""


def author_hero() -> str:
    return f"""
  <nav class="breadcrumb" aria-label="Percorso di navigazione">
    <ol>
      <li><a href="/">Corriere della Sera</a></li>
      <li><a href="/opinioni/">Opinioni</a></li>
      <li><a href="/opinioni/firme/">Firme</a></li>
      <li aria-current="page">{AUTHOR}</li>
    </ol>
  </nav>
  <section class="author-hero">
    <img class="author-hero__photo" src="https://images2.corriereobjects.example/firme/bellini.png" alt="{AUTHOR}" width="120" height="120">
    <div class="author-hero__text">
      <h1 class="author-hero__name">{AUTHOR}</h1>
      <p class="author-hero__role">Editorialista, cura la rubrica <em>I conti in tasca</em></p>
      <p class="author-hero__bio">Economista di formazione, scrive di finanza pubblica, lavoro ed Europa.
        Dal 2011 firma i commenti del Corriere sui temi economici. Ha insegnato all'Universit&agrave; di Pavia.</p>
      <ul class="author-hero__links">
        <li><a href="https://twitter.com/marcobellini_cds" rel="me noopener" target="_blank">Segui su X</a></li>
        <li><a href="mailto:mbellini@corriere.example">Scrivi a Marco Bellini</a></li>
        <li><a href="/opinioni/rubriche/i-conti-in-tasca/">La rubrica</a></li>
      </ul>
      <div class="author-hero__tags"><span>Argomenti:</span>
        <a href="/argomenti/conti-pubblici/">conti pubblici</a>
        <a href="/argomenti/europa/">Europa</a>
        <a href="/argomenti/lavoro/">lavoro</a>
        <a href="/argomenti/fisco/">fisco</a>
        <a href="/argomenti/pensioni/">pensioni</a>
      </div>
    </div>
  </section>"""


def evidenza() -> str:
    a, b = COLUMNS[3], COLUMNS[14]
    return f"""
  <div class="strip-evidenza">
    <span class="strip-evidenza__label">Da non perdere</span>
    <a href="{a['path']}?utm_source=firme&amp;utm_medium=strip&amp;utm_campaign=evidenza">{e(a['title'])}</a>
    <a href="{O}{b['path']}?ref=evidenza_firme">{e(b['title'])}</a>
  </div>"""


def aside() -> str:
    letti = []
    for k, (sec, t) in enumerate(PIU_LETTI, 1):
        p = article_path(sec, TODAY, t)
        href = O + p if k % 2 else p
        letti.append(f'<li class="rank-list__item"><span class="rank-list__n">{k}</span><a href="{href}">{e(t)}</a></li>')
    firme = []
    for k, (name, t, dd) in enumerate(OTHER_FIRME):
        p = article_path("opinioni", dd, t)
        prof = f"/opinioni/firme/{slugify(name)}/"
        href = p if k % 2 else "../../" + p.split("/opinioni/", 1)[1]
        firme.append(
            f'<div class="firma-box"><a class="firma-box__name" href="{prof}">{e(name)}</a>'
            f'<a class="firma-box__title" href="{href}">{e(t)}</a></div>'
        )
    letter = article_path("opinioni/lettere-al-corriere", TODAY, "La sanità che non risponde al telefono")
    native = article_path("native-adv", TODAY, "Risparmiare in bolletta: le soluzioni per la casa")
    return f"""
    <aside class="layout__aside">
      <div class="adv adv--box"><iframe src="https://ads.example-network.com/serve?slot=box1&amp;site=cds" title="pubblicit&agrave;" width="300" height="250"></iframe></div>
      <section class="box box--ranking">
        <h2 class="box__title">I pi&ugrave; letti</h2>
        <ol class="rank-list">{''.join(letti)}</ol>
      </section>
      <section class="box box--firme">
        <h2 class="box__title">Le altre firme</h2>
        {''.join(firme)}
        <a class="box__more" href="/opinioni/firme/">Tutte le firme</a>
      </section>
      <section class="box box--lettere">
        <h2 class="box__title"><a href="/opinioni/lettere-al-corriere/">Lettere al Corriere</a></h2>
        <p class="box__kicker">risponde Paolo Ferri</p>
        <a href="{letter}">La sanit&agrave; che non risponde al telefono</a>
        <a class="box__cta" href="/opinioni/lettere-al-corriere/scrivi/">Scrivi una lettera</a>
      </section>
      <section class="box box--native">
        <p class="box__label">Contenuto sponsorizzato</p>
        <div class="native-card">
          <a href="{native}"><img src="https://images2.corriereobjects.example/native/bolletta.jpg" alt="">
          <span class="native-card__title">Risparmiare in bolletta: le soluzioni per la casa</span></a>
          <span class="native-card__brand">In collaborazione con EnergiaPi&ugrave;</span>
        </div>
        <div class="native-card">
          <a href="https://ads.example-network.com/click?cid=8841&amp;pub=cds&amp;dest=suv-ibrido" rel="sponsored nofollow" target="_blank">
          <span class="native-card__title">Il nuovo SUV ibrido: prova gratuita nel weekend</span></a>
          <span class="native-card__brand">Sponsor</span>
        </div>
        <div class="native-card">
          <a href="https://partner.example-adv.it/guida-investire-2024?utm_source=corriere&amp;utm_medium=native" rel="sponsored nofollow" target="_blank">
          <span class="native-card__title">Investire nel 2024: la guida gratuita</span></a>
          <span class="native-card__brand">Contenuto sponsorizzato</span>
        </div>
      </section>
      <section class="box box--newsletter">
        <h2 class="box__title">Newsletter</h2>
        <p>Il Punto: ogni mattina le notizie e le opinioni che contano.</p>
        <form action="/newsletter/iscrizione/" method="post">
          <input type="email" name="email" placeholder="La tua email" required>
          <button type="submit">Iscriviti</button>
        </form>
        <a href="/newsletter/">Tutte le newsletter</a>
      </section>
    </aside>"""


def footer() -> str:
    return """
<footer class="footer" role="contentinfo">
  <div class="footer__logo"><a href="/">Corriere della Sera</a></div>
  <ul class="footer__links">
    <li><a href="/corporate/chi-siamo/">Chi siamo</a></li>
    <li><a href="/corporate/redazione/">La redazione</a></li>
    <li><a href="/servizi/contatti/">Contatti</a></li>
    <li><a href="/privacy/">Privacy</a></li>
    <li><a href="/cookie-policy/">Cookie policy</a></li>
    <li><a href="/servizi/pubblicita/">Pubblicit&agrave;</a></li>
    <li><a href="/rss/">RSS</a></li>
    <li><a href="https://www.rcsmediagroup.example/" target="_blank" rel="noopener">RCS MediaGroup</a></li>
  </ul>
  <ul class="footer__social">
    <li><a href="https://www.facebook.com/corrieredellasera.example">Facebook</a></li>
    <li><a href="https://twitter.com/corriere_example">X</a></li>
    <li><a href="https://www.instagram.com/corriere_example/">Instagram</a></li>
  </ul>
  <p class="footer__copy">Copyright 2024 &copy; RCS Mediagroup S.p.a. Tutti i diritti sono riservati | Per la pubblicit&agrave;: CAIRORCS MEDIA SpA</p>
</footer>
<div id="cmp-banner" class="cmp" hidden><p>Questo sito utilizza cookie.</p><button type="button">Accetta</button></div>
</body>
</html>
"""


def page(n: int, total: int) -> str:
    start = sum(PER_PAGE[: n - 1])
    cols = COLUMNS[start : start + PER_PAGE[n - 1]]
    body = []
    if n == 1:
        body.append(lead_card(cols[0]))
        rest = list(enumerate(cols[1:], start + 1))
    else:
        rest = list(enumerate(cols, start))
    cards = "".join(card(i, c) for i, c in rest)
    more = ""
    if n < total:
        more = (
            f'<div class="load-more"><button class="btn btn--load-more" type="button" '
            f'data-module="loadMore" data-page="{n + 1}" data-container="#listFirma">Carica altri</button></div>'
        )
    title_sec = "Gli articoli di Marco Bellini" if n == 1 else f"Gli articoli di Marco Bellini &middot; pagina {n}"
    return (
        head(n)
        + header()
        + f"""
<main id="main" class="main" role="main">
  {author_hero()}
  {evidenza()}
  <div class="layout">
    <div class="layout__main">
      <h2 class="section-title">{title_sec}</h2>
      {''.join(body)}
      <div id="listFirma" class="list-news">{cards}
      </div>
      {more}
      {pager(n, total)}
    </div>
    {aside()}
  </div>
</main>"""
        + footer()
    )


def homepage_feed() -> str:
    items = []
    news = PIU_LETTI + [
        ("politica", "Manovra, il governo prepara il decreto Milleproroghe"),
        ("esteri", "Mar Rosso, nuovi attacchi alle navi mercantili"),
        ("economia", "Borsa, Piazza Affari apre in rialzo: bene le banche"),
    ]
    for k, (sec, t) in enumerate(news):
        p = article_path(sec, TODAY, t)
        items.append(
            f"""  <item>
    <title>{e(t)}</title>
    <link>{O}{p}</link>
    <guid isPermaLink="true">{O}{p}</guid>
    <pubDate>Fri, 05 Jan 2024 {8 + k:02d}:15:00 +0100</pubDate>
    <category>{e(sec.split('/')[-1])}</category>
  </item>"""
        )
    other = OTHER_FIRME[0]
    p = article_path("opinioni", other[2], other[1])
    items.append(
        f"""  <item>
    <title>{e(other[1])}</title>
    <link>{O}{p}</link>
    <guid isPermaLink="true">{O}{p}</guid>
    <pubDate>Thu, 04 Jan 2024 21:40:00 +0100</pubDate>
    <category>opinioni</category>
  </item>"""
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Corriere della Sera - Homepage</title>
  <link>{O}/</link>
  <description>Le ultime notizie del Corriere della Sera</description>
  <language>it-it</language>
  <lastBuildDate>Fri, 05 Jan 2024 17:00:00 +0100</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""


def main() -> None:
    total = len(PER_PAGE)
    assert sum(PER_PAGE) == len(COLUMNS)
    base = ROOT / PAGE.strip("/")
    base.mkdir(parents=True, exist_ok=True)
    (base / "index.html").write_text(page(1, total), encoding="utf-8")
    for n in range(2, total + 1):
        (base / f"index@page={n}.html").write_text(page(n, total), encoding="utf-8")
    (ROOT / "rss").mkdir(parents=True, exist_ok=True)
    (ROOT / "rss" / "homepage.xml").write_text(homepage_feed(), encoding="utf-8")
    (ROOT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /ricerca/\nDisallow: /account/\n\nSitemap: {{origin}}/sitemap_index.xml\n",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": (
            "An Italian daily's columnist page (big Milan newspaper CMS): columns under Italian"
            " date folders with slug+UUID .shtml; an 'Le altre firme' rail links other"
            " columnists' columns of the very same shape, 'I più letti' news also dated .shtml,"
            " a site-wide news RSS in <head>, and a numbered ?page=N pager whose next arrow is"
            " labelled only by title='Pagina successiva' (plus a script-run 'Carica altri' button)."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
