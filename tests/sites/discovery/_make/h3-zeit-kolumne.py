"""Generate the h3-zeit-kolumne discovery fixture (stdlib only, deterministic).

A German weekly's website: the page of one column series, /kultur/kolumne-nachgelesen/,
with BEM teasers (<article class="zon-teaser-standard">), paged by ?p=N with a
"Nächste Seite" link and <link rel="next">.  Column URLs are
/kultur/YYYY-MM/kolumne-nachgelesen-<words> (no trailing slash).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path

NAME = "h3-zeit-kolumne"
ROOT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Johanna Berger"
AUTHOR_URL = "/autoren/B/Johanna_Berger/index"
BASE = "/kultur/kolumne-nachgelesen/"
SERIES = "kolumne-nachgelesen"
PER_PAGE = [12, 12, 9]

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]

# (slug words, title, teaser text, comments)
COLUMNS = [
    ("buddenbrooks-thomas-mann-erbe", "Die Buddenbrooks sind wieder da",
     "Thomas Manns Familienroman liest sich im Jahr 2024 wie ein Kommentar zur Erbschaftsdebatte. Man muss ihn nur zu Ende lesen.", 214),
    ("kafka-todestag-prozess", "Kafka, hundert Jahre später",
     "Zum Jubiläum wird Kafka wieder überall zitiert. Dabei lohnt es sich, ihn einfach noch einmal aufzuschlagen.", 96),
    ("heinrich-boell-vergessen", "Warum niemand mehr Böll liest",
     "Der Nobelpreisträger ist aus den Lehrplänen und den Buchhandlungen verschwunden. Zu Unrecht.", 341),
    ("fontane-weihnachten-stechlin", "Weihnachten bei Fontane",
     "Im \u201eStechlin\u201c passiert fast nichts, und genau darum ist er das richtige Buch für die Feiertage.", 58),
    ("winterbuch-stifter", "Ein Winterbuch",
     "Adalbert Stifters \u201eBergkristall\u201c ist kitschig, sagen viele. Sie haben es lange nicht gelesen.", 33),
    ("christa-wolf-was-bleibt", "Christa Wolf und die Frage, was bleibt",
     "Die Debatte um ihre Erzählung war 1990 ein Tribunal. Heute kann man den Text endlich als Literatur lesen.", 127),
    ("zauberberg-pandemie", "Der Zauberberg als Pandemieroman? Bitte nicht",
     "Seit 2020 wird Thomas Mann ständig für Gegenwartsdiagnosen eingespannt. Ein Plädoyer für mehr Geduld mit dem Text.", 189),
    ("ingeborg-bachmann-malina", "Ingeborg Bachmann hat recht behalten",
     "\u201eMalina\u201c galt lange als unlesbar. Heute wirkt der Roman erschreckend klar.", 74),
    ("hermann-hesse-steppenwolf", "Hesse für Erwachsene",
     "Den \u201eSteppenwolf\u201c liest man mit sechzehn. Man sollte ihn mit fünfzig noch einmal lesen.", 402),
    ("effi-briest-scham", "Was uns Effi Briest über Scham erzählt",
     "Fontanes Roman ist Schullektüre und deshalb verhasst. Dabei ist er ein sehr modernes Buch über soziale Kontrolle.", 156),
    ("irmgard-keun-kunstseidene-maedchen", "Irmgard Keun, endlich",
     "\u201eDas kunstseidene Mädchen\u201c ist witziger als fast alles, was heute erscheint.", 41),
    ("buchmesse-nachlese", "Buchmesse-Nachlese: Die Bücher, über die keiner spricht",
     "In Frankfurt ging es um Preise, Politik und Publikum. Eine Liste der Neuerscheinungen, die dabei untergegangen sind.", 88),
    ("uwe-johnson-jahrestage", "Uwe Johnson und das lange Erzählen",
     "Die \u201eJahrestage\u201c haben fast zweitausend Seiten. Ein Jahr mit Gesine Cresspahl ist trotzdem kein verlorenes Jahr.", 62),
    ("guenter-grass-blechtrommel", "Grass ohne Pathos",
     "Die \u201eBlechtrommel\u201c ist besser als ihr Autor. Über das Wiederlesen eines beschädigten Klassikers.", 530),
    ("kafka-verwandlung-homeoffice", "Die Verwandlung im Homeoffice",
     "Gregor Samsa hat nie das Haus verlassen. Vielleicht ist er deshalb der Held unserer Arbeitswelt.", 119),
    ("schiller-raeuber", "Schiller ist nicht langweilig, Sie lesen ihn nur falsch",
     "\u201eDie Räuber\u201c ist ein Stück über wütende junge Männer. Es passt besser in die Gegenwart, als uns lieb ist.", 203),
    ("anna-seghers-transit", "Anna Seghers und die Flucht",
     "\u201eTransit\u201c erzählt von Menschen, die auf Papiere warten. Der Roman ist 80 Jahre alt.", 147),
    ("thomas-bernhard-ausloeschung", "Der Sommer ist vorbei, Thomas Bernhard bleibt",
     "Wer nach dem Urlaub schlechte Laune hat, findet in der \u201eAuslöschung\u201c den besten Verbündeten.", 95),
    ("kleist-michael-kohlhaas", "Kleist im Zug",
     "Michael Kohlhaas will nur sein Recht. Eine Lektüre zwischen Hamburg und München, mit drei Stunden Verspätung.", 276),
    ("goethe-italienische-reise", "Goethes Italienreise, neu gebucht",
     "Die \u201eItalienische Reise\u201c ist das Urbild aller Reiseblogs. Ein Vergleich mit dem, was daraus geworden ist.", 67),
    ("ferienlektuere-ohne-ferien", "Ferienlektüre für Menschen, die keine Ferien haben",
     "Nicht jeder fährt im August weg. Fünf kurze Bücher für den Balkon.", 38),
    ("vicki-baum-menschen-im-hotel", "Vicki Baum hatte ein Hotel",
     "\u201eMenschen im Hotel\u201c war ein Weltbestseller und gilt heute als Unterhaltung. Was ist daran schlimm?", 52),
    ("remarque-im-westen-nichts-neues", "Remarque und das Schweigen der Väter",
     "Ein Roman, den fast jeder kennt und fast niemand gelesen hat. Eine Wiederbegegnung.", 311),
    ("brecht-hauspostille", "Brecht im Biergarten",
     "Die \u201eHauspostille\u201c ist Brechts wildestes Buch. Man sollte es laut lesen, am besten draußen.", 29),
    ("elfriede-jelinek-klavierspielerin", "Wer hat Angst vor Elfriede Jelinek?",
     "\u201eDie Klavierspielerin\u201c ist grausam, komisch und klüger als ihr Ruf.", 184),
    ("robert-musil-mann-ohne-eigenschaften", "Robert Musil, unvollendet",
     "Der \u201eMann ohne Eigenschaften\u201c hat kein Ende. Das ist sein größter Vorzug.", 71),
    ("mascha-kaleko-gedichte", "Das kurze Glück der Mascha Kaléko",
     "Ihre Gedichte werden auf Instagram geteilt wie Kalendersprüche. Sie verdienen mehr.", 46),
    ("sebald-ringe-des-saturn", "Sebald und die Kunst des Umwegs",
     "\u201eDie Ringe des Saturn\u201c ist ein Buch über einen Spaziergang. Es ist das Gegenteil von Eile.", 83),
    ("struwwelpeter", "Der Struwwelpeter ist ein Horrorbuch",
     "Generationen sind damit eingeschlafen. Oder auch nicht.", 412),
    ("erich-kaestner-fabian", "Erich Kästner für Erwachsene",
     "\u201eFabian\u201c ist kein Kinderbuch, sondern ein Roman über das Scheitern der Vernunft.", 104),
    ("joseph-roth-radetzkymarsch", "Joseph Roth trinkt allein",
     "Der \u201eRadetzkymarsch\u201c ist ein Abgesang auf ein Reich. Und auf eine bestimmte Art von Mann.", 57),
    ("lessing-nathan-der-weise", "Lessing, der erste Blogger",
     "Die Ringparabel kennt jeder. Lessings Streitschriften sollte man auch kennen.", 139),
    ("droste-huelshoff-judenbuche", "Annette von Droste-Hülshoff im Moor",
     "\u201eDie Judenbuche\u201c ist ein Kriminalfall ohne Auflösung. Gerade deshalb bleibt sie unheimlich.", 66),
]

OTHER_SERIES = [
    ("/kultur/2024-01/kolumne-fernsehen-tatort-muenster-jubilaeum", "Fernsehen", "Der Tatort aus Münster ist das Problem, nicht die Lösung", "Ulrich Hahn", "/autoren/H/Ulrich_Hahn/index", "/kultur/kolumne-fernsehen/"),
    ("/kultur/2024-01/kolumne-nachgefragt-verlage-ki-uebersetzung", "Nachgefragt", "Übersetzen Maschinen bald unsere Bücher?", "Lea Krüger", "/autoren/K/Lea_Krueger/index", "/kultur/kolumne-nachgefragt/"),
    ("/kultur/2024-01/kolumne-popkultur-taylor-swift-eras-kino", "Popkultur", "Warum wir Taylor Swift im Kino zusehen", "Mira Şahin", "/autoren/S/Mira_Sahin/index", "/kultur/kolumne-popkultur/"),
    ("/kultur/2023-12/kolumne-sprachkritik-wort-des-jahres", "Sprachkritik", "Das Wort des Jahres ist ein Krisenwort", "Peter Vogel", "/autoren/V/Peter_Vogel/index", "/kultur/kolumne-sprachkritik/"),
]

MOST_READ = [
    ("/politik/2024-01/bauernproteste-ampel-agrardiesel-subventionen", "Bauernproteste", "Die Ampel gibt beim Agrardiesel nach"),
    ("/politik/2024-01/afd-geheimtreffen-potsdam-reaktionen", "AfD", "Was über das Treffen in Potsdam bekannt ist"),
    ("/wirtschaft/2024-01/gdl-bahnstreik-weselsky-urabstimmung", "Bahnstreik", "GDL kündigt tagelangen Streik an"),
    ("/gesellschaft/2024-01/hochwasser-niedersachsen-deiche-lage", "Hochwasser", "Die Deiche halten, noch"),
    ("/politik/2024-01/haushalt-2024-schuldenbremse-einigung", "Haushalt", "So will die Koalition die Milliardenlücke schließen"),
]

KULTUR_NEWS = [
    ("/kultur/2024-01/berlinale-2024-wettbewerb-programm", "Berlinale", "Das sind die Filme im Wettbewerb", "Der Festivalleitung zufolge konkurrieren in diesem Jahr 20 Filme um den Goldenen Bären."),
    ("/kultur/2024-01/leipziger-buchmesse-nominierungen-preis", "Leipziger Buchmesse", "Diese Bücher sind für den Preis nominiert", "Die Jury hat 15 Titel in drei Kategorien ausgewählt."),
    ("/kultur/2024-01/documenta-findungskommission-ruecktritt", "Documenta", "Die Findungskommission tritt geschlossen zurück", "Nach Antisemitismusvorwürfen steht die Kunstschau erneut ohne Leitung da."),
]

ADS = [
    ("/angebote/zeitreisen/index?wt_zmc=fix.int.zonpmr.zeitde.teaser.kultur.x", "ZEIT REISEN", "Literarische Reisen nach Weimar und Prag"),
    ("https://ads.example-network.com/click?cmp=zon_kultur_rect&amp;crid=55102", "Verlagsangebot", "Jetzt 4 Wochen die ZEIT lesen"),
    ("/angebote/buchtipps/2024-01/winterlektuere-empfehlungen", "Buchtipps", "Winterlektüre: zwölf Empfehlungen unserer Partnerbuchhandlungen"),
]


def e(s: str) -> str:
    return html.escape(s, quote=True)


def de_date(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def build_columns():
    out = []
    day = dt.date(2024, 1, 19)
    for i, (words, title, text, comments) in enumerate(COLUMNS):
        d = day - dt.timedelta(days=7 * i)
        path = f"/kultur/{d:%Y-%m}/{SERIES}-{words}"
        out.append({"path": path, "title": title, "text": text, "date": d, "comments": comments,
                    "zplus": i % 4 == 1})
    return out


def abs_(p: str) -> str:
    return p if p.startswith("http") else "{{origin}}" + p


def teaser(c, lead=False) -> str:
    b = "zon-teaser-lead" if lead else "zon-teaser-standard"
    d = c["date"]
    z = ' data-zplus="zplus-register"' if c["zplus"] else ' data-zplus="false"'
    zp = f'<span class="{b}__zplus" title="Exklusiv für Abonnenten"><svg class="zplus-logo" aria-label="Z+"></svg></span>' if c["zplus"] else ""
    img_w = "1300" if lead else "660"
    return f"""        <article class="{b}"{z} data-unique-id="{abs_(c['path'])}" data-meetrics="serie">
          <figure class="{b}__media">
            <a class="{b}__faux-link" href="{abs_(c['path'])}" tabindex="-1" aria-hidden="true"></a>
            <img class="{b}__media-item" src="https://img.zeit.example/kultur/{d:%Y-%m}/{c['path'].rsplit('/', 1)[1]}-bild/wide__{img_w}x553" alt="" loading="lazy">
          </figure>
          <div class="{b}__container">
            <h3 class="{b}__heading">
              <a class="{b}__combined-link" href="{abs_(c['path'])}" title="Kolumne - {e(c['title'])}">
                <span class="{b}__kicker">Kolumne</span>{zp}<span class="visually-hidden">: </span>
                <span class="{b}__title">{e(c['title'])}</span>
              </a>
            </h3>
            <p class="{b}__text">{e(c['text'])}</p>
            <div class="{b}__byline">Eine Kolumne von <a href="{AUTHOR_URL}">{AUTHOR}</a></div>
            <div class="{b}__metadata">
              <time class="{b}__datetime" datetime="{d.isoformat()}T06:00:00+01:00">{de_date(d)}</time>
              <a class="{b}__commentcount" href="{abs_(c['path'])}#comments" title="Kommentare anzeigen">{c['comments']} Kommentare</a>
            </div>
          </div>
        </article>
"""


def page_url(k: int) -> str:
    return BASE if k == 1 else f"{BASE}?p={k}"


def pager(n: int, total: int) -> str:
    lis = []
    for k in range(1, total + 1):
        if k == n:
            lis.append(f'<li class="pager__page pager__page--current"><span aria-current="page">{k}</span></li>')
        else:
            href = BASE if k == 1 else f"?p={k}"
            lis.append(f'<li class="pager__page"><a href="{href}" aria-label="Seite {k}">{k}</a></li>')
    buttons = ""
    if n > 1:
        prev = BASE if n == 2 else f"?p={n - 1}"
        buttons += f'<a class="pager__button pager__button--previous" href="{prev}">Vorherige Seite</a>\n'
    if n < total:
        buttons += f'<a class="pager__button pager__button--next" href="?p={n + 1}">Nächste Seite</a>\n'
    return f"""<nav class="pager" aria-label="Seitennavigation">
        {buttons}<ul class="pager__pages">{''.join(lis)}</ul>
      </nav>"""


def page_html(n: int, total: int, items: list[dict], cols: list[dict]) -> str:
    head_links = ""
    if n > 1:
        head_links += f'<link rel="prev" href="{{{{origin}}}}{page_url(n - 1)}">\n'
    if n < total:
        head_links += f'<link rel="next" href="{{{{origin}}}}{page_url(n + 1)}">\n'
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": "Nachgelesen",
            "url": "{{origin}}" + page_url(n),
            "author": {"@type": "Person", "name": AUTHOR, "url": "{{origin}}" + AUTHOR_URL},
            "mainEntity": {
                "@type": "ItemList",
                "itemListElement": [
                    {"@type": "ListItem", "position": i + 1 + sum(PER_PAGE[: n - 1]), "url": "{{origin}}" + c["path"]}
                    for i, c in enumerate(items)
                ],
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Startseite", "item": "{{origin}}/index"},
                {"@type": "ListItem", "position": 2, "name": "Kultur", "item": "{{origin}}/kultur/index"},
                {"@type": "ListItem", "position": 3, "name": "Nachgelesen", "item": "{{origin}}" + BASE},
            ],
        },
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "ZEIT ONLINE",
         "url": "{{origin}}/index", "logo": "https://img.zeit.example/static/img/zo-icon-512.png"},
    ]
    lead_first = n == 1
    teasers = "".join(teaser(c, lead=(lead_first and i == 0)) for i, c in enumerate(items))
    newest = cols[0]
    ranking = "\n".join(
        f"""          <li class="ranking__item">
            <a class="ranking__link" href="{abs_(p)}"><span class="ranking__kicker">{e(k)}</span> <span class="ranking__title">{e(t)}</span></a>
          </li>"""
        for p, k, t in MOST_READ
    )
    other = "\n".join(
        f"""          <article class="zon-teaser-small">
            <h3 class="zon-teaser-small__heading"><a class="zon-teaser-small__combined-link" href="{abs_(p)}">
              <span class="zon-teaser-small__kicker">Kolumne</span><span class="visually-hidden">: </span>
              <span class="zon-teaser-small__title">{e(t)}</span></a></h3>
            <div class="zon-teaser-small__byline">{e(series)} · Eine Kolumne von <a href="{au}">{e(a)}</a></div>
            <a class="zon-teaser-small__series" href="{sp}">Alle Folgen</a>
          </article>"""
        for p, series, t, a, au, sp in OTHER_SERIES
    )
    kultur = "\n".join(
        f"""        <article class="zon-teaser-standard" data-zplus="false">
          <div class="zon-teaser-standard__container">
            <h3 class="zon-teaser-standard__heading"><a class="zon-teaser-standard__combined-link" href="{abs_(p)}">
              <span class="zon-teaser-standard__kicker">{e(k)}</span><span class="visually-hidden">: </span>
              <span class="zon-teaser-standard__title">{e(t)}</span></a></h3>
            <p class="zon-teaser-standard__text">{e(x)}</p>
            <div class="zon-teaser-standard__metadata"><a class="zon-teaser-standard__commentcount" href="{abs_(p)}#comments">{12 + 31 * i} Kommentare</a></div>
          </div>
        </article>"""
        for i, (p, k, t, x) in enumerate(KULTUR_NEWS)
    )
    ads = "\n".join(
        f"""        <div class="ad-card">
          <span class="ad-card__label">Anzeige</span>
          <a class="ad-card__link" href="{abs_(p) if not p.startswith('http') else p}" rel="sponsored"><span class="ad-card__brand">{e(b)}</span> <span class="ad-card__title">{e(t)}</span></a>
        </div>"""
        for p, b, t in ADS
    )
    title_suffix = "" if n == 1 else f" | Seite {n}"
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js">
<head>
<meta charset="utf-8">
<title>Nachgelesen: Kolumne von {AUTHOR}{title_suffix} | ZEIT ONLINE</title>
<meta name="description" content="Johanna Berger liest Klassiker noch einmal und fragt, was sie uns heute sagen. Jeden Freitag auf ZEIT ONLINE.">
<meta name="robots" content="index,follow,noarchive,max-image-preview:large">
<link rel="canonical" href="{{{{origin}}}}{page_url(n)}">
{head_links}<link rel="alternate" type="application/rss+xml" title="ZEIT ONLINE | Nachrichten" href="{{{{origin}}}}/news/index.xml">
<link rel="alternate" type="application/rss+xml" title="ZEIT ONLINE | Kultur" href="/kultur/index.xml">
<meta property="og:site_name" content="ZEIT ONLINE">
<meta property="og:type" content="website">
<link rel="stylesheet" href="https://static.zeit.example/static/latest/css/web.site/screen.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body data-page-type="centerpage" data-ressort="kultur" data-serie="nachgelesen">
<div class="page">
<header class="header" data-ct-area="topnav">
  <a class="header__logo" href="{{{{origin}}}}/index" title="ZEIT ONLINE">ZEIT ONLINE</a>
  <div class="header__account">
    <a class="header__abo" href="https://abo.zeit.example/angebote/?utm_source=zon&amp;utm_medium=header">Abo</a>
    <a class="header__login" href="https://meine.zeit.example/anmelden?url={e('https://www.zeit.example' + BASE)}&amp;entry_service=sonstige">Anmelden</a>
  </div>
  <nav class="nav" aria-label="Ressorts">
    <ul class="nav__ressorts-list">
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/politik/index">Politik</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/gesellschaft/index">Gesellschaft</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/wirtschaft/index">Wirtschaft</a></li>
      <li class="nav__ressorts-item nav__ressorts-item--current"><a class="nav__ressorts-link" href="{{{{origin}}}}/kultur/index" aria-current="true">Kultur</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/wissen/index">Wissen</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/digital/index">Digital</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/campus/index">Campus</a></li>
      <li class="nav__ressorts-item"><a class="nav__ressorts-link" href="{{{{origin}}}}/sport/index">Sport</a></li>
      <li class="nav__ressorts-item nav__ressorts-item--more"><a class="nav__ressorts-link" href="{{{{origin}}}}/zeit-magazin/index" aria-haspopup="true">Mehr</a>
        <ul class="nav__dropdown">
          <li><a href="{{{{origin}}}}/zeit-magazin/index">ZEITmagazin</a></li>
          <li><a href="{{{{origin}}}}/arbeit/index">Arbeit</a></li>
          <li><a href="{{{{origin}}}}/entdecken/index">Entdecken</a></li>
          <li><a href="{{{{origin}}}}/podcasts/index">Podcasts</a></li>
        </ul>
      </li>
    </ul>
  </nav>
  <div class="nav__tags" aria-label="Aktuelle Themen">
    <a href="{{{{origin}}}}/thema/buchmesse">Buchmesse</a>
    <a href="{{{{origin}}}}/thema/literatur">Literatur</a>
    <a href="{{{{origin}}}}/thema/klassiker">Klassiker</a>
  </div>
</header>
<main class="main main--centerpage" id="main">
  <nav class="breadcrumbs" aria-label="Brotkrumen">
    <ol class="breadcrumbs__list">
      <li class="breadcrumbs__item"><a href="{{{{origin}}}}/index">Startseite</a></li>
      <li class="breadcrumbs__item"><a href="{{{{origin}}}}/kultur/index">Kultur</a></li>
      <li class="breadcrumbs__item"><span>Nachgelesen</span></li>
    </ol>
  </nav>
  <div class="cp-region cp-region--serie">
    <header class="serie-header">
      <span class="serie-header__kicker">Kolumne</span>
      <h1 class="serie-header__title">Nachgelesen</h1>
      <p class="serie-header__text">Johanna Berger liest Klassiker noch einmal und fragt, was sie uns heute sagen. Jeden Freitag.</p>
      <div class="serie-header__author">
        <img src="https://img.zeit.example/autoren/B/Johanna_Berger/johanna-berger/square__96x96" alt="">
        <a href="{AUTHOR_URL}">{AUTHOR}</a> ist Literaturredakteurin im Ressort Kultur.
      </div>
      <button class="serie-header__follow" type="button" data-follow="serie-nachgelesen">Serie folgen</button>
    </header>
    <div class="cp-area cp-area--serie-list" data-ct-area="serie">
{teasers}    </div>
    {pager(n, total)}
  </div>
  <div class="cp-region cp-region--solo" data-ct-area="topic-kultur">
    <div class="cp-area cp-area--duo">
{kultur}
    </div>
  </div>
  <aside class="cp-region cp-region--aside">
    <section class="cp-area cp-area--ranking" data-ct-area="mostread">
      <h2 class="cp-area__title">Meistgelesen</h2>
      <ol class="ranking">
{ranking}
      </ol>
    </section>
    <section class="cp-area cp-area--kolumnen" data-ct-area="serien">
      <h2 class="cp-area__title">Weitere Kolumnen</h2>
{other}
    </section>
    <section class="newsletter-box">
      <h2 class="newsletter-box__title">Nachgelesen als Newsletter</h2>
      <p>Jeden Freitag die neue Folge in Ihrem Postfach. Die aktuelle Folge: <a href="{abs_(newest['path'])}?utm_source=zon&amp;utm_medium=newsletterbox&amp;utm_campaign=nachgelesen">{e(newest['title'])}</a></p>
      <a class="newsletter-box__button" href="{{{{origin}}}}/newsletter/nachgelesen?wt_zmc=fix.int.zonpme.zeitde.serie.newsletter.x">Newsletter abonnieren</a>
    </section>
    <section class="leserbriefe">
      <h2 class="cp-area__title">Leserbriefe</h2>
      <p><a href="/community/2024-01/leserbrief-buddenbrooks-erbschaft-gerechtigkeit">Leserbrief: Erben ist kein Verdienst</a></p>
      <p><a href="/community/2024-01/leserbrief-kafka-schule-lehrplan">Leserbrief: Kafka gehört in jede Schule</a></p>
      <a href="/hilfe/leserbrief-schreiben">Schreiben Sie uns</a>
    </section>
    <section class="ad-area" aria-label="Anzeige">
{ads}
      <div class="ad-container" id="ad-desktop-7"><a href="https://ads.example-network.com/click?slot=zon_kultur_sky&amp;crid=88120" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/88120.jpg" alt="Anzeige"></a></div>
    </section>
  </aside>
</main>
<footer class="footer">
  <div class="footer__share">Serie teilen:
    <a href="https://www.facebook.com/sharer/sharer.php?u={e('https://www.zeit.example' + BASE)}">Facebook</a>
    <a href="https://twitter.com/intent/tweet?url={e('https://www.zeit.example' + BASE)}&amp;text=Nachgelesen">X</a>
    <a href="mailto:?subject=Nachgelesen&amp;body={e('https://www.zeit.example' + BASE)}">E-Mail</a>
  </div>
  <ul class="footer__links">
    <li><a href="{{{{origin}}}}/impressum/index">Impressum</a></li>
    <li><a href="{{{{origin}}}}/hilfe/datenschutz">Datenschutz</a></li>
    <li><a href="{{{{origin}}}}/administratives/agb-kommentare-artikel">AGB</a></li>
    <li><a href="{{{{origin}}}}/hilfe/hilfe">Hilfe und Kontakt</a></li>
    <li><a href="https://jobs.zeit.example/">Stellenmarkt</a></li>
    <li><a href="{{{{origin}}}}/news/index">Nachrichten</a></li>
    <li><a href="{{{{origin}}}}/serie/index">Alle Serien</a></li>
  </ul>
  <p>&copy; ZEIT ONLINE GmbH</p>
</footer>
</div>
</body>
</html>
"""


def rss(title: str, self_path: str, entries: list[tuple[str, str, str, str]]) -> str:
    items = []
    stamp = dt.datetime(2024, 1, 19, 20, 0)
    for i, (p, t, desc, who) in enumerate(entries):
        when = stamp - dt.timedelta(hours=5 * i)
        items.append(
            f"""  <item>
    <title>{e(t)}</title>
    <link>{{{{origin}}}}{p}</link>
    <guid>{{{{origin}}}}{p}</guid>
    <description>{e(desc)}</description>
    <pubDate>{when:%a, %d %b %Y %H:%M:%S} +0100</pubDate>
    <dc:creator>{e(who)}</dc:creator>
  </item>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{e(title)}</title>
  <link>{{{{origin}}}}/index</link>
  <atom:link href="{{{{origin}}}}{self_path}" rel="self" type="application/rss+xml"/>
  <description>Aktuelle Nachrichten, Kommentare, Analysen und Hintergrundberichte</description>
  <language>de-de</language>
{chr(10).join(items)}
</channel>
</rss>
"""


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    cols = build_columns()
    assert len({c["path"] for c in cols}) == len(cols) == sum(PER_PAGE)
    total = len(PER_PAGE)
    start = 0
    base_dir = ROOT / BASE.strip("/")
    base_dir.mkdir(parents=True, exist_ok=True)
    for n, count in enumerate(PER_PAGE, 1):
        chunk = cols[start : start + count]
        start += count
        name = "index.html" if n == 1 else f"index@p={n}.html"
        (base_dir / name).write_text(page_html(n, total, chunk, cols), encoding="utf-8")
    news = [(p, f"{k}: {t}", t, "ZEIT ONLINE, dpa") for p, k, t in MOST_READ]
    (ROOT / "news").mkdir(parents=True, exist_ok=True)
    (ROOT / "news" / "index.xml").write_text(rss("ZEIT ONLINE | Nachrichten", "/news/index.xml", news), encoding="utf-8")
    kultur = [(p, f"{k}: {t}", x, "ZEIT ONLINE") for p, k, t, x in KULTUR_NEWS]
    kultur.insert(1, (cols[0]["path"], f"Kolumne Nachgelesen: {cols[0]['title']}", cols[0]["text"], AUTHOR))
    kultur += [(p, f"Kolumne {s}: {t}", t, a) for p, s, t, a, _, _ in OTHER_SERIES]
    (ROOT / "kultur").mkdir(parents=True, exist_ok=True)
    (ROOT / "kultur" / "index.xml").write_text(rss("ZEIT ONLINE | Kultur", "/kultur/index.xml", kultur), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A German weekly's column-series page (ZEIT ONLINE style): BEM zon-teaser cards with an "
            "empty faux link plus a heading link, paged by ?p=N ('Nächste Seite', rel=next); the same "
            "teaser markup and /kultur/YYYY-MM/slug shape are reused for other column series and "
            "Kultur news below and beside the list, and the advertised feeds are site and section feeds."
        ),
        "held_out": True,
        "pages": [BASE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in cols],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
