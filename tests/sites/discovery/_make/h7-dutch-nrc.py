"""Generate the h7-dutch-nrc discovery fixture (stdlib only, deterministic)."""
import json
import unicodedata
from pathlib import Path

NAME = "h7-dutch-nrc"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/auteur/marike-stellinga/"
AUTHOR = "Marike Stellinga"

TITLES = [
    "De woningmarkt is geen markt meer, het is een loterij",
    "Belastingplan",
    "Waarom de hypotheekrenteaftrek nog steeds heilig is in Den Haag",
    "Het kabinet rekent zich rijk met een begroting vol gaten",
    "Stikstof, maar dan over geld",
    "Wie betaalt de energietransitie? Niet de grootverbruiker",
    "Een minimumloon waar je niet van kunt leven, is geen minimumloon",
    "De Nederlandsche Bank waarschuwt weer, niemand luistert",
    "Pensioenakkoord: een stille revolutie die niemand begrijpt",
    "Toeslagen, toeslagen, toeslagen",
    "Waarom economen het zo vaak mis hebben over inflatie",
    "Het eerlijke verhaal over de zorgpremie",
    "De polder bestaat nog, maar praat niet meer",
    "Brussel wil begrotingsdiscipline. Den Haag doet alsof het niet hoort",
    "Vermogen belasten is makkelijker gezegd dan gedaan",
    "Schiphol krimpt niet, en dat was ook nooit het plan",
    "Arbeidsmigratie is een economische keuze, geen natuurverschijnsel",
    "Zeg het maar: wat kost een huis in 2030?",
    "Boxtrois",
    "De staatsschuld is laag. Dat is geen reden om te juichen",
    "Waarom de middenklasse zich verraden voelt",
    "Groei is geen doel, brede welvaart evenmin",
    "Over de dividendbelasting hoort u niemand meer",
    "Het CPB als scheidsrechter: handig, maar niet neutraal",
    "Kinderopvang gratis? Reken eerst even mee",
    "Het gas is op, de rekening nog niet",
    "Na de verkiezingen begint het echte rekenwerk",
]
TEASERS = [
    "Column Wie een huis wil kopen, moet vooral geluk hebben.",
    "Column Het kabinet schuift de pijn door naar later.",
    "Column De cijfers kloppen niet, en iedereen weet het.",
    "Column Een kleine wijziging met grote gevolgen.",
]
MOST_READ = [
    ("2024/01/05", "Storm Henk legt treinverkeer plat, NS rijdt vrijdag beperkt", "a4186571"),
    ("2024/01/05", "Rechter: gemeente Amsterdam moet woonboten gedogen", "a4186566"),
    ("2024/01/04", "Boeren blokkeren opnieuw snelwegen in Gelderland", "a4186529"),
    ("2024/01/05", "Onderzoek naar fraude bij jeugdzorg breidt zich uit", "a4186558"),
    ("2024/01/04", "Nieuwe uitbraak vogelgriep in Barneveld", "a4186512"),
]
OOK = [
    ("2024/01/04", "Floor Rusman", "floor-rusman", "Waarom niemand meer wil vergaderen", "a4186520"),
    ("2024/01/03", "Tom-Jan Meeus", "tom-jan-meeus", "Het Binnenhof verhuist, de politiek blijft hetzelfde", "a4186488"),
    ("2024/01/02", "Rosanne Hertzberger", "rosanne-hertzberger", "Bacteriën zijn beter georganiseerd dan het kabinet", "a4186460"),
]
LETTER = ("2024/01/04", "Brieven: over woningnood, toeslagen en de trein", "a4186503")
SPONSORED = ("2024/01/03", "Duurzaam beleggen begint bij jezelf", "a4186477")

def slug(t):
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    out, prev = [], ""
    for ch in t:
        if ch.isalnum():
            out.append(ch); prev = ch
        elif prev != "-":
            out.append("-"); prev = "-"
    return "".join(out).strip("-")

import datetime
COLS, DATES = [], []
d = datetime.date(2024, 1, 5)
aid = 4186543
for i, t in enumerate(TITLES):
    COLS.append(f"/nieuws/{d:%Y/%m/%d}/{slug(t)}-a{aid}")
    DATES.append(d)
    d -= datetime.timedelta(days=7 if i % 3 else 6)
    aid -= 2300 + (i * 577) % 1400
PER = 9
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

def nl(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"

def head(page):
    canon = PAGE + ("" if page == 1 else f"?page={page}")
    nxt = f'<link rel="next" href="{PAGE}?page={page+1}">' if page < 3 else ""
    return f"""<!doctype html>
<html lang="nl" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marike Stellinga - NRC</title>
<link rel="canonical" href="{{{{origin}}}}{canon}">
{nxt}
<link rel="alternate" type="application/rss+xml" title="NRC - Alle artikelen" href="{{{{origin}}}}/rss/nieuws.xml">
<link rel="alternate" type="application/rss+xml" title="Marike Stellinga - NRC" href="{{{{origin}}}}/auteur/marike-stellinga/rss.xml">
<meta property="og:title" content="Marike Stellinga">
<meta property="og:site_name" content="NRC">
<script>window.dataLayer=[{{"pageType":"author","author":"marike-stellinga","page":{page}}}];</script>
</head>
<body class="page--author">
<a class="skiplink" href="#main">Direct naar de inhoud</a>
<header class="nmt-header">
 <a class="nmt-header__logo" href="/" aria-label="NRC homepage"><svg width="80" height="24"></svg></a>
 <nav class="nmt-nav" aria-label="Hoofdmenu">
  <a class="nmt-nav__item" href="/">Voorpagina</a>
  <a class="nmt-nav__item" href="/sectie/binnenland/">Binnenland</a>
  <a class="nmt-nav__item" href="/sectie/buitenland/">Buitenland</a>
  <a class="nmt-nav__item" href="/sectie/economie/">Economie</a>
  <a class="nmt-nav__item nmt-nav__item--active" href="/sectie/opinie/">Opinie</a>
  <a class="nmt-nav__item" href="/sectie/cultuur/">Cultuur</a>
  <a class="nmt-nav__item" href="/sectie/wetenschap/">Wetenschap</a>
  <a class="nmt-nav__item" href="/rubriek/podcasts/">Podcasts</a>
  <a class="nmt-nav__item nmt-nav__item--more" href="/sectie/">Meer</a>
 </nav>
 <div class="nmt-header__user"><a href="https://login.nrc.example/?redirect=/auteur/marike-stellinga/">Inloggen</a> <a class="button button--primary" href="/abonnementen/?utm_source=nrc&amp;utm_medium=header">Abonneren</a></div>
</header>
<div class="ad ad--leaderboard" data-ad-slot="top"><span class="ad__label">Advertentie</span><a href="https://adserver.example-network.com/click/nrc/top" rel="sponsored nofollow"><img src="https://adserver.example-network.com/b/728x90.jpg" alt=""></a></div>
<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/">NRC</a></li><li><a href="/sectie/opinie/">Opinie</a></li><li><a href="/rubriek/columns/">Columns</a></li><li aria-current="page">Marike Stellinga</li></ol></nav>
<main id="main" class="author">
<header class="author__header">
 <img class="author__photo" src="https://images.nrc.example/auteurs/marike-stellinga.jpg" alt="">
 <h1 class="author__name">Marike Stellinga</h1>
 <p class="author__bio">Marike Stellinga is economisch redacteur en columnist van NRC. Ze schrijft over belastingen, de woningmarkt en overheidsfinanciën. Elke vrijdag in de krant.</p>
 <ul class="author__links"><li><a href="https://twitter.com/marikestellinga">X</a></li><li><a href="mailto:m.stellinga@nrc.example">Mail</a></li><li><a class="author__rss" href="rss.xml">RSS</a></li></ul>
 <div class="author__topics"><a href="/onderwerp/economie/">Economie</a> <a href="/onderwerp/woningmarkt/">Woningmarkt</a> <a href="/onderwerp/belastingen/">Belastingen</a></div>
</header>
<section class="author__articles" aria-label="Artikelen van Marike Stellinga">
<div class="nmt-list">
"""

def card(i, lead=False):
    href = COLS[i]
    t = TITLES[i]
    d = DATES[i]
    mod = " nmt-item--lead" if lead else ""
    v = i % 5
    link = href if v != 2 else "{{origin}}" + href
    if v == 4:
        link = href + "?utm_source=auteurpagina&utm_medium=referral&utm_campaign=auteur"
        link = link.replace("&", "&amp;")
        canon_extra = f'<a class="nmt-item__comments" href="{href}#reacties">{(i * 7) % 40 + 3} reacties</a>'
    else:
        canon_extra = ""
    byline = f'<a class="nmt-item__author" href="/auteur/marike-stellinga/">{AUTHOR}</a>'
    if i == 6:
        byline += ' en <a class="nmt-item__author" href="/auteur/jeroen-wester/">Jeroen Wester</a>'
    share = ""
    if v == 1:
        share = f'<button class="nmt-item__share" data-share-url="https://www.nrc.example{href}">Deel</button> <a class="nmt-item__gift" href="{href}?giftToken=e{i}f93a2c">Cadeau geven</a>'
    return f"""<article class="nmt-item{mod}" data-article-id="{href.rsplit('-a', 1)[1]}">
 <a class="nmt-item__link" href="{link}">
  <figure class="nmt-item__image"><img src="https://images.nrc.example/{href.rsplit('-a', 1)[1]}/400x225.jpg" alt="" loading="lazy"></figure>
  <div class="nmt-item__text">
   <span class="nmt-item__kicker">Column</span>
   <h3 class="nmt-item__headline">{t}</h3>
   <p class="nmt-item__teaser">{TEASERS[i % len(TEASERS)]}</p>
  </div>
 </a>
 <footer class="nmt-item__meta">{byline} <time datetime="{d.isoformat()}T18:00:00+01:00">{nl(d)}</time> {canon_extra} {share}</footer>
</article>
"""

def pager(page):
    if page < 3:
        return f"""</div>
<div class="nmt-list__more"><a class="button button--secondary js-load-more" href="{PAGE}?page={page+1}" data-page="{page+1}">Meer laden</a></div>
<nav class="pager" aria-label="Paginering"><a class="pager__next" href="?page={page+1}" aria-label="Volgende"><span aria-hidden="true">→</span></a></nav>
</section>
"""
    return """</div>
<p class="nmt-list__end">Dit zijn alle artikelen van Marike Stellinga.</p>
</section>
"""

def rails():
    mr = "\n".join(
        f'<li class="vertical-list__item"><span class="vertical-list__num">{k+1}</span><a class="vertical-list__link" href="/nieuws/{p}/{slug(t)}-{a}">{t}</a></li>'
        for k, (p, t, a) in enumerate(MOST_READ))
    ook = "\n".join(
        f"""<article class="nmt-item nmt-item--small">
 <a class="nmt-item__link" href="/nieuws/{p}/{slug(t)}-{a}"><div class="nmt-item__text"><span class="nmt-item__kicker">Column</span><h3 class="nmt-item__headline">{t}</h3></div></a>
 <footer class="nmt-item__meta"><a class="nmt-item__author" href="/auteur/{s}/">{n}</a></footer>
</article>""" for p, n, s, t, a in OOK)
    lp, lt, la = LETTER
    sp, st, sa = SPONSORED
    return f"""<aside class="rail">
<section class="rail__block"><h2 class="rail__title">Meest gelezen</h2>
<ol class="vertical-list">
{mr}
</ol></section>
<section class="rail__block rail__block--partner"><span class="ad__label">Advertentie</span>
<article class="nmt-item nmt-item--partner"><a class="nmt-item__link" href="/nieuws/{sp}/{slug(st)}-{sa}"><div class="nmt-item__text"><span class="nmt-item__kicker">Partnerbijdrage</span><h3 class="nmt-item__headline">{st}</h3></div></a></article>
</section>
<section class="rail__block"><h2 class="rail__title">Brieven</h2><a class="vertical-list__link" href="/nieuws/{lp}/{slug(lt)}-{la}">{lt}</a> <a href="/rubriek/brieven/">Alle brieven</a></section>
<section class="rail__block rail__block--newsletter"><h2 class="rail__title">Nieuwsbrief Economie</h2><p>Elke week het belangrijkste economienieuws.</p><a class="button" href="/nieuwsbrieven/economie/?utm_source=auteur">Aanmelden</a></section>
</aside>
</main>
<section class="related" aria-labelledby="ook">
<h2 id="ook">Ook interessant</h2>
<div class="nmt-list nmt-list--row">
{ook}
</div>
<a href="/rubriek/columns/">Alle columns</a>
</section>
"""

FOOT = """<footer class="nmt-footer">
 <div class="ad ad--footer"><span class="ad__label">Advertentie</span><a href="https://adserver.example-network.com/click/nrc/foot" rel="sponsored">Bekijk het aanbod</a></div>
 <ul><li><a href="/over-nrc/">Over NRC</a></li><li><a href="/colofon/">Colofon</a></li><li><a href="/klantenservice/">Klantenservice</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/rss/">RSS-feeds</a></li><li><a href="https://www.nrcmedia.example/vacatures">Vacatures</a></li></ul>
 <p>© 2024 NRC Media</p>
</footer>
<script src="/static/js/load-more.js" defer></script>
</body>
</html>
"""

def build():
    base = OUT / "auteur" / "marike-stellinga"
    base.mkdir(parents=True, exist_ok=True)
    for page in (1, 2, 3):
        chunk = range((page - 1) * PER, page * PER)
        html = [head(page)]
        for k, i in enumerate(chunk):
            html.append(card(i, lead=(page == 1 and k == 0)))
            if k == 5:
                html.append('<div class="ad ad--inline"><span class="ad__label">Advertentie</span><a href="https://adserver.example-network.com/click/nrc/inline" rel="sponsored nofollow"><img src="https://adserver.example-network.com/b/300x250.jpg" alt=""></a></div>')
        html.append(pager(page))
        html.append(rails())
        html.append(FOOT)
        name = "index.html" if page == 1 else f"index@page={page}.html"
        (base / name).write_text("\n".join(html), encoding="utf-8")
    items = []
    for i in range(20):
        d = DATES[i]
        items.append(f"""<item>
 <title>{TITLES[i]}</title>
 <link>{{{{origin}}}}{COLS[i]}</link>
 <guid isPermaLink="false">{COLS[i].rsplit('-', 1)[1]}</guid>
 <dc:creator>{AUTHOR}</dc:creator>
 <pubDate>{d:%a}, {d.day:02d} {d:%b} {d.year} 18:00:00 +0100</pubDate>
 <description>{TEASERS[i % len(TEASERS)]}</description>
</item>""")
    (base / "rss.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n'
        f"<title>Marike Stellinga - NRC</title><link>{{{{origin}}}}{PAGE}</link><description>Artikelen van Marike Stellinga</description><language>nl</language>\n"
        + "\n".join(items) + "\n</channel></rss>\n", encoding="utf-8")
    news = "\n".join(
        f"<item><title>{t}</title><link>{{{{origin}}}}/nieuws/{p}/{slug(t)}-{a}</link></item>" for p, t, a in MOST_READ)
    (OUT / "rss").mkdir(exist_ok=True)
    (OUT / "rss" / "nieuws.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>NRC - Alle artikelen</title><link>{{{{origin}}}}/</link>\n{news}\n</channel></rss>\n',
        encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "NRC-style Dutch author page: columns at /nieuws/YYYY/MM/DD/slug-aNNNNNNN in whole-card links, 'Meer laden' ?page=N; the most-read, partner, letters and 'Ook interessant' rails use the exact same URL shape and card markup; both a site-wide and the author's RSS are advertised.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": COLS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

build()
