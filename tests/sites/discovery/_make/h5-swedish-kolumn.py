"""Generate the `h5-swedish-kolumn` discovery fixture (stdlib only, deterministic).

A Swedish daily on a Next.js front end (hashed CSS-module class names): the
columnist page `/av/<name>/` shows teaser cards that are one big link each,
a "Visa fler" anchor to `?offset=12`, and advertises the columnist's RSS feed
beside the site-wide one.  Column URLs are `/<section>/<name>-<title words>/`,
and the most-read news, other columnists, letters and a native ad have the
same two-segment shape.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

NAME = "h5-swedish-kolumn"
OUT = Path(__file__).resolve().parent.parent / NAME
SLUG = "karin-lindqvist"
PAGE = f"/av/{SLUG}/"
AUTHOR = "Karin Lindqvist"
PAPER = "Svenska Morgonposten"
STEP = 12
COUNTS = [12, 12, 9]

esc = html.escape
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]


def slugify(text: str) -> str:
    text = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return "-".join(text.split())


def path_of(section: str, title: str, author_slug: str | None = None) -> str:
    words = slugify(title)
    return f"/{section}/{author_slug}-{words}/" if author_slug else f"/{section}/{words}/"


COLUMNS_RAW = [
    ("kultur", "Vi har glömt hur man läser långsamt", "Skärmen har lärt oss att skumma. Romanen kräver något helt annat av oss."),
    ("ledare", "Skolans kris är en kris för demokratin", "När läsförståelsen rasar tappar vi mer än bara betyg."),
    ("debatt", "Tystnaden efter Almedalen", "Politikerna talade i en vecka. Sedan blev det tyst om allt som spelar roll."),
    ("kultur", "Biblioteken är inte en lyx", "Varje nedlagd filial är ett svek mot dem som behöver den mest."),
    ("ledare", "Regeringens budget saknar mod", "Siffrorna går ihop, men visionen lyser med sin frånvaro."),
    ("debatt", "Därför måste public service försvaras", "Oberoende journalistik är ingen självklarhet, inte ens i Sverige."),
    ("kultur", "Höstens bästa romaner", "Fem böcker som förtjänar dina mörka kvällar."),
    ("kultur", "Ensamheten är vår tids folksjukdom", "Var femte svensk saknar någon att prata med. Det borde vara en politisk fråga."),
    ("ledare", "Norrland förtjänar mer än vindkraft", "Industrisatsningarna är välkomna, men vem bygger bostäderna och skolorna?"),
    ("kultur", "Kulturarvet är inget museum", "Traditioner lever bara om vi tillåter dem att förändras."),
    ("debatt", "Skärmarna tar våra barns sommarlov", "Vuxenvärlden har abdikerat. Det är dags att ta tillbaka ansvaret."),
    ("kultur", "Om att sakna en stad", "Jag flyttade från Sundsvall för tjugo år sedan. Staden har aldrig flyttat från mig."),
    ("ledare", "Elpriset", "Ännu en vinter där hushållen får betala för politikens kortsiktighet."),
    ("ledare", "Integrationen kräver ärlighet", "Varken naivitet eller hårda tag har fungerat. Vad återstår?"),
    ("kultur", "Det svenska vemodet", "Varför trivs vi så bra i det halvmörka?"),
    ("debatt", "Polisen kan inte lösa allt", "Gängvåldet måste mötas av hela samhället, inte bara av fler poliser."),
    ("kultur", "Teatern som vägrar dö", "I en källarlokal i Gävle spelas det fortfarande Strindberg för fullt hus."),
    ("debatt", "Vem äger sanningen på sociala medier?", "Plattformarna har blivit vår tids tidningar, utan ansvarig utgivare."),
    ("ledare", "Glesbygden är ingen periferi", "Det är där maten, energin och skogen finns."),
    ("kultur", "Nobelpriset och den tysta läsaren", "Litteraturpriset handlar till sist om den som läser, inte om den som vinner."),
    ("kultur", "Svenskan förändras – och det är bra", "Språkpoliserna har fel. Ett levande språk rör sig."),
    ("kultur", "Midsommar i kristider", "Sill, jordgubbar och en oro som inte går att dansa bort."),
    ("kultur", "När AI skriver våra dikter", "Maskinen kan rimma. Men kan den längta?"),
    ("ledare", "Bostadsbristen är ett politiskt val", "Ingen naturlag hindrar oss från att bygga."),
    ("debatt", "Klimatet har inga semesterveckor", "Skogsbränderna i söder borde ha väckt oss för länge sedan."),
    ("kultur", "Alla borde läsa Moberg igen", "Utvandrarna är mer aktuell än någonsin."),
    ("kultur", "Tack, Stig Dagerman", "Vår längtan kan inte stillas, skrev han. Den meningen har följt mig hela livet."),
    ("kultur", "Kärleken till radion", "I en värld av poddar och flöden är P1 fortfarande mitt hem."),
    ("debatt", "Idrottens pengar och makt", "När spelbolagen äger tröjorna, vem äger då sporten?"),
    ("kultur", "Vintern är en konstform", "Ingen målar ljuset som den som har levt i mörkret."),
    ("ledare", "Vården måste få ta tid", "Effektivitet är inte samma sak som omsorg."),
    ("kultur", "Filmåret som gick", "Svensk film vågade mer än på länge. Här är mina favoriter."),
    ("kultur", "Ord", "Om de små orden som bär de stora sakerna."),
]

COLUMNS = []
day = dt.date(2024, 1, 5)
for i, (section, title, lead) in enumerate(COLUMNS_RAW):
    COLUMNS.append({
        "section": section, "title": title, "lead": lead, "day": day,
        "path": path_of(section, title, SLUG),
        "premium": i % 3 == 1,
        "comments": (i * 11 + 4) % 37 if section == "debatt" else 0,
    })
    day -= dt.timedelta(days=3 if day.weekday() == 4 else 4)
assert sum(COUNTS) == len(COLUMNS)

OTHER_COLUMNISTS = [
    ("erik-sandberg", "Erik Sandberg", "kultur", "Därför älskar vi deckare"),
    ("anna-holm", "Anna Holm", "ledare", "Riksbanken måste vara tydligare"),
    ("johan-berg", "Johan Berg", "kultur", "Skivan som förändrade allt"),
    ("lena-ahlgren", "Lena Ahlgren", "debatt", "Låt äldre bestämma över sin vård"),
    ("mikael-strand", "Mikael Strand", "kultur", "Konsten att misslyckas på scen"),
]
OTHER_COLUMNISTS = [(s, n, sec, t, path_of(sec, t, s)) for s, n, sec, t in OTHER_COLUMNISTS]

MOST_READ = [
    ("sverige", "Kraftig snöstorm väntas över Norrland"),
    ("ekonomi", "Elpriset rusar inför helgen"),
    ("sport", "Tre Kronor klara för semifinal"),
    ("varlden", "Stort jordskalv i Japan – dödssiffran stiger"),
    ("sverige", "SL inför nya biljettpriser"),
    ("kultur", "Recension: Ny Bergman-biografi imponerar"),
    ("ekonomi", "Bolåneräntan sjunker för första gången på två år"),
    ("sverige", "Skolor i Malmö stänger efter vattenläcka"),
]
MOST_READ = [(t, path_of(s, t)) for s, t in MOST_READ]

PICKS = [
    ("livsstil", "Så klarar du januari utan stress"),
    ("kultur", "Intervju: Författaren som skrev om sin mamma"),
    ("sverige", "Reportage: Sista bussen från Pajala"),
]
PICKS = [(t, path_of(s, t)) for s, t in PICKS]
LETTERS = [
    "Insändare: Låt biblioteken ha öppet på kvällen",
    "Insändare: Bussen till byn får inte försvinna",
]
LETTERS = [(t, path_of("debatt", t)) for t in LETTERS]
NATIVE = ("Upptäck skärgården i vinter – fem turer du inte visste fanns", path_of("resor", "Upptäck skärgården i vinter"))
AUTHOR_TOP = [COLUMNS[7], COLUMNS[15], COLUMNS[26]]
NEWS_FEED = [
    ("sverige", "Regeringen presenterar ny plan mot gängvåld"),
    ("varlden", "Valet i Taiwan: oppositionen vinner mark"),
    ("ekonomi", "Inflationen fortsätter att falla"),
    ("sport", "Sverige till final i handbolls-EM"),
] + [(p.split("/")[1], t) for t, p in MOST_READ[:4]]


def img(seed: str, w: int = 480) -> str:
    return f"https://images.morgonposten.example.se/{abs(hash_(seed)) % 10**9:09d}.jpg?w={w}&amp;q=70&amp;fm=webp"


def hash_(s: str) -> int:
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


def sv_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def href_for(col: dict, i: int) -> str:
    if i % 4 == 1:
        return "{{origin}}" + col["path"]
    if i % 4 == 3:
        return "../.." + col["path"]
    return col["path"]


def hero(col: dict) -> str:
    full = "{{origin}}" + col["path"]
    return f"""
        <div class="TeaserHero_root__4bNm1">
          <a class="TeaserHero_link__Zp2Qe" href="{col['path']}">
            <figure class="TeaserHero_figure__k2Lx0"><img src="{img(col['path'], 1200)}" alt="" width="1200" height="675"></figure>
            <div class="TeaserHero_text__G8vQp">
              <span class="Kicker_root__u1Ywe">Krönika</span>
              <h2 class="TeaserHero_title__9mTfB">{esc(col['title'])}</h2>
              <p class="TeaserHero_lead__Cq0Rs">{esc(col['lead'])}</p>
            </div>
          </a>
          <div class="TeaserHero_meta__bR5xN">
            <time class="Timestamp_root__x0p2D" datetime="{col['day']:%Y-%m-%d}T06:00:00+01:00">{sv_date(col['day'])}</time>
            <a class="GiftButton_root__Ue3kA" href="{col['path']}?gift=KL24-8f3a91" rel="nofollow">Ge bort artikeln</a>
            <a class="ShareLink_root__n6Vgq" href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener">Dela på Facebook</a>
            <a class="ShareLink_root__n6Vgq" href="https://twitter.com/intent/tweet?url={full}&amp;via=morgonposten" target="_blank" rel="noopener">Dela på X</a>
            <a class="ShareLink_root__n6Vgq" href="https://www.linkedin.com/sharing/share-offsite/?url={full}" target="_blank" rel="noopener">Dela på LinkedIn</a>
          </div>
        </div>"""


def teaser(col: dict, i: int) -> str:
    badge = '<span class="PremiumBadge_root__LmQ2w" aria-label="Premium">Premium</span>' if col["premium"] else ""
    kicker = {"kultur": "Kultur", "ledare": "Ledare", "debatt": "Debatt"}[col["section"]]
    comments = (
        f'<a class="CommentCount_root__e8Zt1" href="{col["path"]}#comments">{col["comments"]} kommentarer</a>'
        if col["comments"] else ""
    )
    return f"""
          <li class="TeaserList_item__Pd7kq">
            <a class="Teaser_root__3kF9x Teaser_horizontal__q8LmZ" href="{href_for(col, i)}">
              <div class="Teaser_text__Zp1Aa">
                <span class="Teaser_kicker__0sWm3">{kicker}</span>
                <h3 class="Teaser_title__jR5nE">{esc(col['title'])}</h3>
                <p class="Teaser_lead__yT8Qx">{esc(col['lead'])}</p>
                <div class="Teaser_meta__Vb4Hd"><span class="Teaser_byline__hH2wq">{AUTHOR}</span><time datetime="{col['day']:%Y-%m-%d}T06:00:00+01:00">{col['day'].day} {MONTHS_SHORT[col['day'].month - 1]}</time>{badge}</div>
              </div>
              <figure class="Teaser_image__Ue7Gg"><img src="{img(col['path'])}" alt="" width="480" height="270" loading="lazy"></figure>
            </a>{comments}
          </li>"""


def native() -> str:
    title, path = NATIVE
    return f"""
          <li class="TeaserList_item__Pd7kq TeaserList_native__Wc2s0">
            <a class="Teaser_root__3kF9x Teaser_horizontal__q8LmZ Teaser_sponsored__Mz7fD" href="{path}">
              <div class="Teaser_text__Zp1Aa">
                <span class="Teaser_kicker__0sWm3 Teaser_adLabel__oP3sd">Annons</span>
                <h3 class="Teaser_title__jR5nE">{esc(title)}</h3>
                <p class="Teaser_lead__yT8Qx">I samarbete med Skärgårdsrederiet</p>
              </div>
              <figure class="Teaser_image__Ue7Gg"><img src="{img('native')}" alt="" width="480" height="270" loading="lazy"></figure>
            </a>
          </li>"""


def header() -> str:
    nav = [("Nyheter", "/nyheter/"), ("Sverige", "/sverige/"), ("Världen", "/varlden/"),
           ("Ekonomi", "/ekonomi/"), ("Kultur", "/kultur/"), ("Ledare", "/ledare/"),
           ("Debatt", "/debatt/"), ("Sport", "/sport/"), ("Mer", "/sektioner/")]
    items = "".join(
        f'<li class="Header_navItem__Ab2c8"><a class="Header_navLink__Kq9dF" href="{h}">{t}</a></li>' for t, h in nav
    )
    return f"""
  <header class="Header_root__kq1fT">
    <a class="Header_logo__8Ux3s" href="/" aria-label="{PAPER} – till startsidan"><svg width="180" height="28" aria-hidden="true"><use href="#logo"></use></svg></a>
    <nav class="Header_nav__3mZpA" aria-label="Huvudmeny"><ul class="Header_navList__s1Ty0">{items}</ul></nav>
    <div class="Header_actions__r7Hq2">
      <a class="Header_search__6gQpk" href="/sok/" aria-label="Sök"><svg aria-hidden="true" width="20" height="20"><use href="#search"></use></svg></a>
      <a class="Header_login__Qp0v1" href="/konto/logga-in/?redirect=%2Fav%2Fkarin-lindqvist%2F">Logga in</a>
      <a class="Button_root__7yFqS Button_primary__hX3kd" href="/kundservice/prenumerera/?source=header">Prenumerera</a>
    </div>
  </header>"""


def sidebar() -> str:
    most = "".join(
        f'<li class="MostRead_item__b8LzK"><span class="MostRead_rank__s0Hc2">{k}</span>'
        f'<a class="MostRead_link__Vj1Qm" href="{p if k % 3 else "{{origin}}" + p}">{esc(t)}</a></li>'
        for k, (t, p) in enumerate(MOST_READ, 1)
    )
    others = "".join(
        f"""
          <li class="TeaserList_item__Pd7kq">
            <a class="Teaser_root__3kF9x Teaser_compact__4tYwB" href="{p}">
              <div class="Teaser_text__Zp1Aa">
                <span class="Teaser_kicker__0sWm3">{sec.capitalize()}</span>
                <h3 class="Teaser_title__jR5nE">{esc(t)}</h3>
                <div class="Teaser_meta__Vb4Hd"><span class="Teaser_byline__hH2wq">{n}</span></div>
              </div>
            </a>
            <a class="AuthorChip_root__c3Nn8" href="/av/{s}/">Fler texter av {n}</a>
          </li>"""
        for s, n, sec, t, p in OTHER_COLUMNISTS
    )
    picks = "".join(
        f'<li><a class="Picks_link__Yx4Ew" href="{p}"><img src="{img(p, 160)}" alt="" width="160" height="90"><span>{esc(t)}</span></a></li>'
        for t, p in PICKS
    )
    letters = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in LETTERS)
    top = "".join(
        f'<li><a href="{c["path"]}?ref=karins-mest-lasta">{esc(c["title"])}</a></li>' for c in AUTHOR_TOP
    )
    return f"""
    <aside class="Sidebar_root__Wn6eP">
      <div class="Ad_root__x8Pq1" data-ad-unit="/2256/morgonposten/kultur/insider1">
        <span class="Ad_label__aK2m9">Annons</span>
        <a href="https://ads.example-network.com/click?c=sv-4410&amp;p=morgonposten" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/sv-4410.jpg" alt="Annons" width="300" height="600"></a>
      </div>

      <section class="MostRead_root__pL4sE" aria-labelledby="mest-last">
        <h2 id="mest-last" class="SectionTitle_root__R2v9k">Mest läst</h2>
        <ol class="MostRead_list__d9KxF">{most}</ol>
      </section>

      <section class="AuthorTop_root__Hq6Vb">
        <h2 class="SectionTitle_root__R2v9k">Karins mest lästa</h2>
        <ol>{top}</ol>
      </section>

      <section class="MoreColumns_root__Tz7Ra" aria-labelledby="fler-kronikor">
        <h2 id="fler-kronikor" class="SectionTitle_root__R2v9k">Fler krönikor</h2>
        <ul class="TeaserList_list__7Gx0c">{others}</ul>
        <a class="MoreColumns_all__u2Dk1" href="/kultur/kronikorer/">Alla krönikörer</a>
      </section>

      <section class="Picks_root__Fj8bS">
        <h2 class="SectionTitle_root__R2v9k">Redaktionen rekommenderar</h2>
        <ul>{picks}</ul>
      </section>

      <section class="Letters_root__p0Qk3">
        <h2 class="SectionTitle_root__R2v9k"><a href="/debatt/insandare/">Insändare</a></h2>
        <ul>{letters}</ul>
        <a href="/debatt/skriv-insandare/">Skriv en insändare</a>
      </section>

      <section class="Newsletter_root__Zb5sW">
        <h2 class="SectionTitle_root__R2v9k">Kulturbrevet</h2>
        <p>Karin Lindqvist och kulturredaktionen varje fredag i din inkorg.</p>
        <form class="Newsletter_form__m3Rt7" action="/nyhetsbrev/prenumerera/" method="post">
          <input type="hidden" name="list" value="kulturbrevet">
          <label>E-postadress <input type="email" name="email" required></label>
          <button class="Button_root__7yFqS Button_primary__hX3kd" type="submit">Prenumerera</button>
        </form>
      </section>
    </aside>"""


def footer() -> str:
    links = [("Om oss", "/om-oss/"), ("Kundservice", "/kundservice/"), ("Annonsera", "/annonsera/"),
             ("Tipsa oss", "/tipsa/"), ("Cookies", "/cookies/"), ("Personuppgiftspolicy", "/personuppgifter/"),
             ("RSS-flöden", "/rss/"), ("E-tidningen", "https://etidning.morgonposten.example.se/")]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f"""
  <footer class="Footer_root__S5kYp">
    <ul class="Footer_links__f1Nn3">{items}</ul>
    <ul class="Footer_social__Xn0Ld">
      <li><a href="https://www.facebook.com/morgonposten.example" rel="noopener">Facebook</a></li>
      <li><a href="https://www.instagram.com/morgonposten.example/" rel="noopener">Instagram</a></li>
    </ul>
    <p>Ansvarig utgivare: Maria Ekström. &copy; {PAPER} 2024</p>
  </footer>"""


def page(n: int, cols: list[dict], total: int) -> str:
    offset = (n - 1) * STEP
    canonical = "{{origin}}" + PAGE + ("" if n == 1 else f"?offset={offset}")
    items = []
    rest = cols
    hero_html = ""
    if n == 1:
        hero_html = hero(cols[0])
        rest = cols[1:]
    for i, col in enumerate(rest):
        items.append(teaser(col, i))
        if i == 4:
            items.append(native())
    more = (
        f'<div class="LoadMore_root__N2kq8"><a class="Button_root__7yFqS Button_secondary__2LpQx" '
        f'href="?offset={offset + STEP}" data-testid="load-more">Visa fler</a></div>'
        if n < total else '<p class="LoadMore_end__b4Vt0">Inga fler texter att visa</p>'
    )
    profile = {
        "@context": "https://schema.org", "@type": "ProfilePage", "url": canonical,
        "mainEntity": {
            "@type": "Person", "name": AUTHOR, "jobTitle": "Kulturskribent och krönikör",
            "url": "{{origin}}" + PAGE, "worksFor": {"@type": "NewsMediaOrganization", "name": PAPER},
            "sameAs": ["https://twitter.com/karinlindqvist_ex"],
        },
    }
    next_data = {
        "props": {"pageProps": {"author": {"name": AUTHOR, "slug": SLUG, "id": "a-20931"},
                                "offset": offset, "limit": STEP, "total": sum(COUNTS)}},
        "page": "/av/[slug]", "query": {"slug": SLUG, **({"offset": str(offset)} if n > 1 else {})},
        "buildId": "x7Yq2mKf0aB1", "isFallback": False, "gssp": True,
    }
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{AUTHOR} – krönikor och texter | {PAPER}</title>
<meta name="description" content="Läs alla texter av {AUTHOR}, kulturskribent och krönikör på {PAPER}.">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="profile">
<meta property="og:title" content="{AUTHOR}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="{PAPER}">
<meta property="og:locale" content="sv_SE">
<link rel="alternate" type="application/rss+xml" title="{PAPER} – Senaste nytt" href="{{{{origin}}}}/feeds/senaste.xml">
<link rel="alternate" type="application/rss+xml" title="{AUTHOR} – {PAPER}" href="{PAGE}rss.xml">
<link rel="preload" href="/_next/static/css/9c1e4a7d2b.css" as="style">
<link rel="stylesheet" href="/_next/static/css/9c1e4a7d2b.css">
<script type="application/ld+json">{json.dumps(profile, ensure_ascii=False)}</script>
</head>
<body>
<div id="__next">
  <a class="SkipLink_root__2kd9s" href="#main">Hoppa till innehållet</a>
{header()}
  <div class="Ad_root__x8Pq1 Ad_panorama__f4Gn2" data-ad-unit="/2256/morgonposten/kultur/panorama1"><span class="Ad_label__aK2m9">Annons</span></div>
  <div class="Layout_grid__V3qLm">
    <main id="main" class="AuthorPage_main__9dLqk">
      <nav class="Breadcrumbs_root__1wTxe" aria-label="Brödsmulor">
        <ol>
          <li><a href="/">Startsida</a></li>
          <li><a href="/kultur/">Kultur</a></li>
          <li><a href="/kultur/kronikorer/">Krönikörer</a></li>
          <li><span aria-current="page">{AUTHOR}</span></li>
        </ol>
      </nav>
      <section class="AuthorHeader_root__Lk3sQ">
        <img class="AuthorHeader_image__r0Wb7" src="https://images.morgonposten.example.se/byline/karin-lindqvist.png?w=160" alt="{AUTHOR}" width="160" height="160">
        <h1 class="AuthorHeader_name__J5pXe">{AUTHOR}</h1>
        <p class="AuthorHeader_title__B2mQn">Kulturskribent och krönikör</p>
        <p class="AuthorHeader_bio__Z9cTu">Skriver varje tisdag och fredag om litteratur, samhälle och det svenska vemodet. Tidigare kulturchef på Sundsvalls Morgonblad.</p>
        <ul class="AuthorHeader_links__m8Hd1">
          <li><a href="mailto:karin.lindqvist@morgonposten.example.se">E-post</a></li>
          <li><a href="https://twitter.com/karinlindqvist_ex" rel="noopener" target="_blank">X</a></li>
          <li><a href="{PAGE}rss.xml">RSS</a></li>
        </ul>
        <button class="Button_root__7yFqS Button_follow__Qm1tA" type="button">Följ</button>
        <div class="TopicChips_root__p2Rt5" aria-label="Ämnen">
          <a class="TopicChips_chip__Ls9k2" href="/amne/litteratur/">Litteratur</a>
          <a class="TopicChips_chip__Ls9k2" href="/amne/skola/">Skola</a>
          <a class="TopicChips_chip__Ls9k2" href="/amne/kulturpolitik/">Kulturpolitik</a>
          <a class="TopicChips_chip__Ls9k2" href="/amne/norrland/">Norrland</a>
        </div>
      </section>
      <section class="AuthorPage_feed__c7Nqa" aria-label="Texter av {AUTHOR}">{hero_html}
        <ul class="TeaserList_list__7Gx0c">{''.join(items)}
        </ul>
        {more}
      </section>
      <section class="PaywallTeaser_root__Hn4xW">
        <span class="PaywallTeaser_badge__q2Lz8">Premium</span>
        <h2 class="PaywallTeaser_title__Dk8sV">Läs allt från {AUTHOR}</h2>
        <p class="PaywallTeaser_text__W1pAc">Bli prenumerant – 1 kr första månaden. Ingen bindningstid, avsluta när du vill.</p>
        <a class="Button_root__7yFqS Button_primary__hX3kd" href="/kundservice/erbjudande/?cmp=av-sida&amp;source=paywall-teaser">Ta del av erbjudandet</a>
        <a class="PaywallTeaser_login__zR6vN" href="/konto/logga-in/?redirect=%2Fav%2Fkarin-lindqvist%2F">Redan prenumerant? Logga in</a>
      </section>
    </main>
{sidebar()}
  </div>
{footer()}
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/pages/av/%5Bslug%5D-3f2a9b1c.js" defer></script>
</body>
</html>
"""


def rfc822(day: dt.date, hour: int = 6) -> str:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]
    return f"{wd}, {day.day:02d} {mon} {day.year} {hour:02d}:00:00 +0100"


def author_feed() -> str:
    items = "".join(
        f"""
    <item>
      <title>{esc(c['title'])}</title>
      <link>{{{{origin}}}}{c['path']}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=av-{SLUG}</link>
      <guid isPermaLink="true">{{{{origin}}}}{c['path']}</guid>
      <description>{esc(c['lead'])}</description>
      <category>{c['section'].capitalize()}</category>
      <dc:creator>{AUTHOR}</dc:creator>
      <pubDate>{rfc822(c['day'])}</pubDate>
    </item>"""
        for c in COLUMNS
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{AUTHOR} – {PAPER}</title>
    <link>{{{{origin}}}}{PAGE}</link>
    <atom:link href="{{{{origin}}}}{PAGE}rss.xml" rel="self" type="application/rss+xml"/>
    <description>Texter av {AUTHOR}</description>
    <language>sv-SE</language>
    <lastBuildDate>{rfc822(COLUMNS[0]['day'], 7)}</lastBuildDate>{items}
  </channel>
</rss>
"""


def site_feed() -> str:
    entries = [(t, path_of(s, t), "Redaktionen") for s, t in NEWS_FEED]
    entries.insert(3, (COLUMNS[0]["title"], COLUMNS[0]["path"], AUTHOR))
    entries.insert(6, (OTHER_COLUMNISTS[0][3], OTHER_COLUMNISTS[0][4], OTHER_COLUMNISTS[0][1]))
    items = "".join(
        f"""
    <item>
      <title>{esc(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
      <dc:creator>{esc(who)}</dc:creator>
      <pubDate>{rfc822(dt.date(2024, 1, 5), 12 - k)}</pubDate>
    </item>"""
        for k, (t, p, who) in enumerate(entries)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{PAPER} – Senaste nytt</title>
    <link>{{{{origin}}}}/</link>
    <description>De senaste artiklarna från {PAPER}</description>
    <language>sv-SE</language>{items}
  </channel>
</rss>
"""


def main() -> None:
    folder = OUT / "av" / SLUG
    folder.mkdir(parents=True, exist_ok=True)
    (OUT / "feeds").mkdir(parents=True, exist_ok=True)
    start = 0
    total = len(COUNTS)
    for n, count in enumerate(COUNTS, 1):
        cols = COLUMNS[start:start + count]
        start += count
        name = "index.html" if n == 1 else f"index@offset={(n - 1) * STEP}.html"
        (folder / name).write_text(page(n, cols, total), encoding="utf-8")
    (folder / "rss.xml").write_text(author_feed(), encoding="utf-8")
    (OUT / "feeds" / "senaste.xml").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Swedish daily on a Next.js front end (SvD/DN style): whole-card teaser links with hashed "
            "CSS-module classes, a 'Visa fler' anchor to ?offset=12/24, the columnist's RSS feed (links "
            "carry utm parameters) advertised beside a site-wide one. Hard: the most-read news, other "
            "columnists, letters, reviews and a native ad all have the same /section/words/ shape."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
