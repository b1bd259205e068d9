"""Generate the `ece-suffix` discovery fixture: a German regional paper on an Escenic-style CMS.

Page /meinung/kolumnen/jan-berger/ (+ ?offset=10, ?offset=20 via "Weitere Artikel laden"),
columns /meinung/article<8 digits>/<slug>.ece, some without slug (/meinung/article<id>.ece).
Teasers have a NON-link headline with a "Weiterlesen" link and an image link beside it.
Distractors: "Mehr" nav link, a "Meistgelesen" list inside <main> with neutral classes and
/politik/article<id>/...ece news links, "Anzeige" paid-content cards on the same host, a
Leitartikel and other Kolumnisten with the same /meinung/article<id>/ shape, Leserbriefe.
Head advertises a site-wide news feed and the columnist's own feed (entries are truth).
Stdlib only, deterministic.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from pathlib import Path

NAME = "ece-suffix"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/meinung/kolumnen/jan-berger/"
AUTHOR = "Jan Berger"
E = html.escape

TITLES = [
    ("Die Ampel regiert am Land vorbei", "Zwischen Berlin-Mitte und dem Rest der Republik liegen Welten. Die Koalition merkt es nicht."),
    ("Die Schuldenbremse ist kein Naturgesetz", "Wer investieren will, muss über Regeln reden dürfen."),
    ("Deutschland, einig Stauland", "Brücken marode, Autobahnen voll, Züge verspätet: eine Bestandsaufnahme."),
    ("Die Bahn braucht keinen neuen Chef, sondern Geld", "Personalwechsel an der Spitze ändern nichts an kaputten Gleisen."),
    ("Heizungsgesetz: Ein Lehrstück in schlechter Kommunikation", "Am Ende war das Gesetz besser als sein Ruf. Zu spät."),
    ("Wer rettet die Innenstädte?", "Leerstand, Billigläden, Baustellen: Die Fußgängerzone stirbt leise."),
    ("Das Ende der Gemütlichkeit", ""),
    ("Warum ich meinen Diesel noch fahre", "Ein Geständnis aus dem ländlichen Raum."),
    ("Bürgergeld – die falsche Debatte", "Über Missbrauch wird gestritten, über Vermittlung kaum."),
    ("Kurzer Prozess", "Die Justiz ist überlastet. Das spüren vor allem die Opfer."),
    ("Die Union hat ein Merz-Problem", "Umfragen gut, Kandidat umstritten: Die CDU sucht ihren Kurs."),
    ("Was der Mittelstand wirklich braucht", "Weniger Formulare, mehr Verlässlichkeit."),
    ("Europa wählt – und keiner schaut hin", "Die Europawahl verdient mehr als Pflichtbesuche im Wahlkampf."),
    ("Fachkräfte gesucht, Bürokratie gefunden", "Warum eine Pflegerin aus Manila acht Monate auf ihr Visum wartet."),
    ("Lob der Provinz", ""),
    ("Die Rente ist sicher? Schön wär's", "Die Babyboomer gehen, die Kasse bleibt leer."),
    ("Klimakleber und die Grenzen des Protests", "Ziviler Ungehorsam braucht Rückhalt. Der schwindet."),
    ("Warum die Wärmepumpe ein Imageproblem hat", "Technik überzeugt, Politik verunsichert."),
    ("Schulen im Verfall", "Toiletten, Dächer, WLAN: Die Bildungsrepublik bröckelt."),
    ("Der Osten ist kein Problemfall", "Dreißig Jahre Klischees helfen niemandem."),
    ("Die Kunst, Nein zu sagen", ""),
    ("Tempolimit: Eine deutsche Glaubensfrage", "Kein Thema spaltet so zuverlässig wie 130 km/h."),
    ("Wohnen wird zum Luxus", "Mieten steigen, Neubau stockt, die Politik verwaltet den Mangel."),
    ("Digitalisierung? Faxgerät!", "Ein Besuch im Bürgeramt, 2023."),
    ("Sommerloch mit Ansage", "Ferienzeit in Berlin: Die Debatten werden lauter, nicht klüger."),
    ("Was vom Wahlkampf übrig bleibt", "Plakate hängen noch, Versprechen sind vergessen."),
]
PER_PAGE = [10, 10, 6]
FIRST = datetime.date(2024, 1, 5)
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def slugify(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("'", "")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


COLUMNS = []  # (title, intro, date, id, path)
for k, (t, intro) in enumerate(TITLES):
    date = FIRST - datetime.timedelta(days=7 * k)
    ident = 67012345 - 48213 * k - (k * 37) % 500
    path = f"/meinung/article{ident}.ece" if k % 4 == 3 else f"/meinung/article{ident}/{slugify(t)}.ece"
    COLUMNS.append((t, intro, date, ident, path))

MEISTGELESEN = [
    ("Haushaltskrise: Lindner legt Sparliste vor", "/politik/article67013020/haushaltskrise-lindner-legt-sparliste-vor.ece"),
    ("Bauernproteste: Traktoren blockieren Autobahnauffahrten im Norden", "/politik/deutschland/article67012877/bauernproteste-traktoren-blockieren-autobahnauffahrten.ece"),
    ("Hochwasser an der Aller: Pegel steigen weiter", "/regional/article67012790.ece"),
    ("GDL kündigt neuen Bahnstreik an", "/wirtschaft/article67012655/gdl-kuendigt-neuen-bahnstreik-an.ece"),
    ("Nahost: Außenministerin reist erneut nach Israel", "/politik/ausland/article67012512/nahost-aussenministerin-reist-erneut-nach-israel.ece"),
]
EMPFEHLUNGEN = [
    ("Leitartikel: Die Bauern haben recht – und übertreiben trotzdem", "/meinung/article67012950/leitartikel-die-bauern-haben-recht-und-uebertreiben-trotzdem.ece", "Chefredaktion"),
    ("Zwischen Deich und Dorf: Eine Reportage aus Ostfriesland", "/regional/article67011200/zwischen-deich-und-dorf.ece", "Maren Thiel"),
    ("Das Theater der Stunde", "/kultur/article67010480/das-theater-der-stunde.ece", "Lukas Brandt"),
]
KOLUMNISTEN = [
    ("Anna Schulz", "anna-schulz", "Schulz’ Zeit", "Die Wirtschaft hat keine Lust mehr auf Krise", 67012600),
    ("Mehmet Kaya", "mehmet-kaya", "Kaya kontert", "Integration braucht Sprache, nicht Symbolpolitik", 67011880),
    ("Heike Vollmer", "heike-vollmer", "Vollmer vor Ort", "Mein Dorf hat jetzt Glasfaser – und keinen Bäcker", 67011450),
]
ANZEIGE_SAME_HOST = ("Ratgeber Geldanlage: So sichern Sie Ihr Erspartes gegen Inflation", "/wirtschaft/article67012001/ratgeber-geldanlage-erspartes-gegen-inflation.ece")
LESERBRIEF = ("Leserbriefe zur Kolumne „Die Ampel regiert am Land vorbei“", "/meinung/leserbriefe/article67012700/leserbriefe-zur-ampel-kolumne.ece")


def de_date(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def teaser(k: int, pos: int) -> str:
    title, intro, date, ident, path = COLUMNS[k]
    href = path if pos % 2 == 0 else "{{origin}}" + path
    plus = '<span class="o-teaser__badge o-teaser__badge--plus" title="Nur für Abonnenten">WA+</span>' if k % 3 == 0 else ""
    intro_html = f'<p class="o-teaser__intro">{E(intro)}</p>' if intro else ""
    comments = (
        f'<a class="o-teaser__comments" href="{E(path)}#comments"><span class="u-icon u-icon--comment"></span>{(k * 17) % 140 + 3} Kommentare</a>'
        if k % 3 != 1
        else ""
    )
    return f"""
      <div class="o-teaser o-teaser--kolumne" data-article-id="{ident}" data-type="kolumne">
        <div class="o-teaser__media"><a href="{E(href)}" tabindex="-1" aria-hidden="true"><img src="/img/meinung/crop{ident}/{ident % 9973}-w640-h360/kolumne-berger.jpg" alt="Jan Berger" width="320" height="180" loading="lazy"></a></div>
        <div class="o-teaser__body">
          <div class="o-teaser__topline"><span class="o-teaser__kicker">Bergers Woche</span>{plus}</div>
          <h3 class="o-teaser__headline">{E(title)}</h3>
          {intro_html}
          <div class="o-teaser__meta">
            <time class="o-teaser__date" datetime="{date.isoformat()}T06:00:00+01:00">{TAGE[date.weekday()]}, {de_date(date)}</time>
            <span class="o-teaser__author">Von <a href="/autor/jan-berger/">Jan Berger</a></span>
            {comments}
          </div>
          <a class="o-teaser__more" href="{E(href)}" aria-label="Weiterlesen: {E(title)}">Weiterlesen</a>
        </div>
      </div>"""


def page(n: int, ks: list[int], total: int) -> str:
    offset = (n - 1) * 10
    teasers = "".join(teaser(k, j) for j, k in enumerate(ks))
    meist = "".join(
        f'<div class="c-list__item"><span class="c-list__num">{i + 1}</span><a class="c-list__link" href="{E(p)}">{E(t)}</a></div>'
        for i, (t, p) in enumerate(MEISTGELESEN)
    )
    empf = "".join(
        f'<li class="c-rec__item"><a href="{{{{origin}}}}{E(p)}" class="c-rec__link"><strong>{E(t)}</strong></a><span class="c-rec__author">Von {E(a)}</span></li>'
        for t, p, a in EMPFEHLUNGEN
    )
    kol = "".join(
        f"""<div class="c-kolumnist"><a class="c-kolumnist__name" href="/meinung/kolumnen/{s}/">{E(nm)}</a><span class="c-kolumnist__rubrik">{E(rub)}</span>
            <a class="c-kolumnist__last" href="/meinung/article{ident}/{slugify(t)}.ece">{E(t)}</a></div>"""
        for nm, s, rub, t, ident in KOLUMNISTEN
    )
    more = (
        f'<div class="c-pagination"><a class="c-button c-button--load-more" href="{BASE}?offset={offset + 10}" data-offset="{offset + 10}" data-limit="10" data-qa="LoadMore">Weitere Artikel laden</a></div>'
        if n < total
        else '<div class="c-pagination"><p class="c-pagination__end">Keine weiteren Artikel</p></div>'
    )
    week = COLUMNS[0]
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": "Weserland Allgemeine",
            "url": "{{origin}}/",
            "logo": {"@type": "ImageObject", "url": "{{origin}}/img/logo-wla.png", "width": 600, "height": 60},
        },
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": "Bergers Woche – Kolumne von Jan Berger",
            "numberOfItems": len(ks),
            "itemListElement": [
                {"@type": "ListItem", "position": j + 1 + offset, "url": "{{origin}}" + COLUMNS[k][4]} for j, k in enumerate(ks)
            ],
        },
    ]
    canonical = "{{origin}}" + BASE + (f"?offset={offset}" if n > 1 else "")
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Jan Berger: Kolumne „Bergers Woche“ | Weserland Allgemeine</title>
<meta name="description" content="Alle Kolumnen von Jan Berger: Jeden Freitag kommentiert unser Hauptstadtkorrespondent die Politik der Woche.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" title="Weserland Allgemeine – Nachrichten" href="/feeds/latest.xml">
<link rel="alternate" type="application/rss+xml" title="Jan Berger – Bergers Woche" href="{{{{origin}}}}{BASE}feed.rss">
<link rel="stylesheet" href="/resources/css/wla.min.css?v=2024.1.3">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"section","section":"meinung/kolumnen","author":"jan-berger","offset":{offset}}});</script>
</head>
<body class="t-section t-meinung">
<a class="u-skip" href="#main">Zum Inhalt springen</a>
<header class="c-header">
  <div class="c-header__bar">
    <a class="c-header__logo" href="/"><img src="/img/logo-wla.svg" alt="Weserland Allgemeine" width="220" height="32"></a>
    <div class="c-header__user">
      <a class="c-header__abo" href="/abo/?cmp=header-button">Abo</a>
      <a class="c-header__login" href="/konto/login?redirect={BASE}">Anmelden</a>
      <a class="c-header__epaper" href="https://epaper.weserland-allgemeine.example/">E-Paper</a>
    </div>
  </div>
  <nav class="c-nav" aria-label="Hauptnavigation">
    <a class="c-nav__item" href="/">Startseite</a>
    <a class="c-nav__item" href="/politik/">Politik</a>
    <a class="c-nav__item" href="/wirtschaft/">Wirtschaft</a>
    <a class="c-nav__item c-nav__item--active" href="/meinung/">Meinung</a>
    <a class="c-nav__item" href="/regional/">Regional</a>
    <a class="c-nav__item" href="/sport/">Sport</a>
    <a class="c-nav__item" href="/kultur/">Kultur</a>
    <a class="c-nav__item" href="/ratgeber/">Ratgeber</a>
    <a class="c-nav__item c-nav__item--more" href="/mehr/">Mehr</a>
  </nav>
</header>
<main id="main" class="l-main">
  <ol class="c-breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Startseite</span></a><meta itemprop="position" content="1"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/meinung/"><span itemprop="name">Meinung</span></a><meta itemprop="position" content="2"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/meinung/kolumnen/"><span itemprop="name">Kolumnen</span></a><meta itemprop="position" content="3"></li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Jan Berger</span><meta itemprop="position" content="4"></li>
  </ol>
  <div class="l-grid">
    <section class="l-grid__main">
      <div class="c-author-header">
        <img class="c-author-header__img" src="/img/autoren/jan-berger-200x200.jpg" alt="" width="100" height="100">
        <h1 class="c-author-header__title">Bergers Woche</h1>
        <p class="c-author-header__text">Jan Berger ist Hauptstadtkorrespondent der Weserland Allgemeinen. Seine Kolumne erscheint jeden Freitag. <a href="/autor/jan-berger/">Mehr über den Autor</a></p>
        <p class="c-author-header__topics">Themen: <a href="/themen/bundesregierung/">Bundesregierung</a>, <a href="/themen/energiewende/">Energiewende</a>, <a href="/themen/deutsche-bahn/">Deutsche Bahn</a>, <a href="/themen/laendlicher-raum/">Ländlicher Raum</a></p>
      </div>
      <div class="c-teaser-list" id="kolumnen-liste">{teasers}
      </div>
      {more}
    </section>
    <section class="l-grid__side">
      <div class="c-box">
        <h2 class="c-box__title">Meistgelesen</h2>
        <div class="c-list c-list--numbered">{meist}</div>
      </div>
      <div class="c-box c-box--paid" data-label="Anzeige">
        <span class="c-box__label">Anzeige</span>
        <a class="c-paid" href="{E(ANZEIGE_SAME_HOST[1])}?cmp=paid-content"><img src="/img/paid/ratgeber-geldanlage.jpg" alt="" width="300" height="169"><span class="c-paid__title">{E(ANZEIGE_SAME_HOST[0])}</span><span class="c-paid__sponsor">Präsentiert von Sparkasse Nordheide</span></a>
        <a class="c-paid" href="https://ads.example-network.com/c?pid=wla-meinung-rr&amp;cr=51123" rel="sponsored nofollow"><img src="https://ads.example-network.com/i/51123.jpg" alt="" width="300" height="169"><span class="c-paid__title">Hörgeräte 2024: Unsichtbar und mit Akku – jetzt testen</span><span class="c-paid__sponsor">Anzeige · Audiofix</span></a>
      </div>
      <div class="c-box">
        <h2 class="c-box__title">Weitere Kolumnen</h2>
        {kol}
        <a class="c-box__more" href="/meinung/kolumnen/">Alle Kolumnisten</a>
      </div>
      <div class="c-box">
        <h2 class="c-box__title">Empfehlungen der Redaktion</h2>
        <ul class="c-rec">{empf}</ul>
      </div>
      <div class="c-box c-box--newsletter">
        <h2 class="c-box__title">Newsletter „Meinungsstark“</h2>
        <p>Die Kolumne der Woche: <a href="{E(week[4])}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=meinungsstark">{E(week[0])}</a></p>
        <form action="/newsletter/anmelden" method="post"><input type="email" name="email" placeholder="Ihre E-Mail-Adresse" required><input type="hidden" name="list" value="meinungsstark"><button type="submit">Jetzt abonnieren</button></form>
      </div>
      <div class="c-box">
        <h2 class="c-box__title">Leserbriefe</h2>
        <a href="{E(LESERBRIEF[1])}">{E(LESERBRIEF[0])}</a>
        <a class="c-box__more" href="/meinung/leserbriefe/">Alle Leserbriefe</a>
        <a class="c-box__more" href="mailto:leserbriefe@weserland-allgemeine.example">Leserbrief schreiben</a>
      </div>
    </section>
  </div>
  <div class="c-share">
    <span>Teilen:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u={E('{{origin}}' + BASE)}" rel="noopener" target="_blank">Facebook</a>
    <a href="https://twitter.com/intent/tweet?url={E('{{origin}}' + BASE)}&amp;via=wla_online" rel="noopener" target="_blank">X</a>
    <a href="https://api.whatsapp.com/send?text={E('{{origin}}' + BASE)}" rel="noopener" target="_blank">WhatsApp</a>
  </div>
</main>
<footer class="c-footer">
  <nav class="c-footer__nav">
    <a href="/services/impressum/">Impressum</a><a href="/services/datenschutz/">Datenschutz</a><a href="/services/agb/">AGB</a><a href="/services/kontakt/">Kontakt</a>
    <a href="/services/mediadaten/">Mediadaten</a><a href="https://karriere.weserland-allgemeine.example/">Jobs</a><a href="/services/rss/">RSS</a><a href="/abo/kuendigen/">Abo kündigen</a>
  </nav>
  <p class="c-footer__copy">© Weserland Allgemeine 2024. Alle Rechte vorbehalten.</p>
</footer>
<script src="/resources/js/loadmore.min.js" defer></script>
</body>
</html>
"""


def rfc(d: datetime.date, hour: int = 6) -> str:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{wd}, {d.day:02d} {mon} {d.year} {hour:02d}:00:00 +0100"


def author_feed(ks: list[int]) -> str:
    items = "".join(
        f"""
  <item>
    <title>{E(COLUMNS[k][0])}</title>
    <link>{{{{origin}}}}{COLUMNS[k][4]}</link>
    <guid isPermaLink="false">article{COLUMNS[k][3]}</guid>
    <description>{E(COLUMNS[k][1] or COLUMNS[k][0])}</description>
    <dc:creator>Jan Berger</dc:creator>
    <category>Meinung</category>
    <pubDate>{rfc(COLUMNS[k][2])}</pubDate>
  </item>"""
        for k in ks
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Jan Berger – Bergers Woche – Weserland Allgemeine</title>
  <link>{{{{origin}}}}{BASE}</link>
  <atom:link href="{{{{origin}}}}{BASE}feed.rss" rel="self" type="application/rss+xml"/>
  <description>Die Kolumne von Jan Berger</description>
  <language>de-DE</language>
  <lastBuildDate>{rfc(FIRST, 7)}</lastBuildDate>{items}
</channel>
</rss>
"""


def site_feed() -> str:
    news = MEISTGELESEN + [
        ("Handball-EM: DHB-Team gewinnt Test gegen Portugal", "/sport/article67013100/handball-em-dhb-team-gewinnt-test.ece"),
        ("Neue Ausstellung in der Kunsthalle: Expressionismus im Norden", "/kultur/article67013055.ece"),
        (EMPFEHLUNGEN[0][0], EMPFEHLUNGEN[0][1]),
        ("Gaspreise: Versorger senken Tarife zum Februar", "/wirtschaft/article67012980/gaspreise-versorger-senken-tarife.ece"),
    ]
    items = "".join(
        f"""
  <item>
    <title>{E(t)}</title>
    <link>{{{{origin}}}}{p}?cmp=rss</link>
    <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
    <pubDate>Fri, 05 Jan 2024 {18 - i:02d}:{(i * 13) % 60:02d}:00 +0100</pubDate>
  </item>"""
        for i, (t, p) in enumerate(news)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Weserland Allgemeine – Nachrichten</title>
  <link>{{{{origin}}}}/</link>
  <description>Aktuelle Nachrichten aus Politik, Wirtschaft, Sport und der Region</description>
  <language>de-DE</language>{items}
</channel>
</rss>
"""


def main() -> None:
    root = OUT / BASE.strip("/")
    root.mkdir(parents=True, exist_ok=True)
    start, chunks = 0, []
    for c in PER_PAGE:
        chunks.append(list(range(start, start + c)))
        start += c
    assert start == len(COLUMNS)
    for n, ks in enumerate(chunks, 1):
        name = "index.html" if n == 1 else f"index@offset={(n - 1) * 10}.html"
        (root / name).write_text(page(n, ks, len(chunks)), encoding="utf-8")
    (root / "feed.rss").write_text(author_feed(list(range(10))), encoding="utf-8")
    (OUT / "feeds").mkdir(exist_ok=True)
    (OUT / "feeds" / "latest.xml").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A German regional paper on an Escenic-style CMS: /meinung/article<id>/slug.ece mixed with "
            "slug-less /meinung/article<id>.ece, non-link headlines with 'Weiterlesen' and image links, "
            "'Weitere Artikel laden' to ?offset=N, and a Leitartikel, other Kolumnisten, Leserbriefe and "
            "'Meistgelesen'/'Anzeige' items in the same article<id>.ece shape; head has a news feed and the author's feed."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(chunks),
        "author": AUTHOR,
        "columns": [c[4] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
