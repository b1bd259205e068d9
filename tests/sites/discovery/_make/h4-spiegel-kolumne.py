"""Generate the h4-spiegel-kolumne discovery fixture (stdlib only, deterministic).

A German news magazine's column-series page (/kultur/kolumne-der-zeitgeist/), Tailwind-ish
utility classes, <article aria-label> teasers, "Mehr laden" anchors to /p2/ and /p3/.
Run: python tests/sites/discovery/_make/h4-spiegel-kolumne.py
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

NAME = "h4-spiegel-kolumne"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/kultur/kolumne-der-zeitgeist/"
AUTHOR = "Johanna Wendt"
AUTHOR_PAGE = "/impressum/autor-8c1d6b0e-2f44-4d1a-9e57-3a0c6b2f91d4"

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def uuid(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[0:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def slugify(text: str) -> str:
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return "-".join(t.split("-")[:9])


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# (title, kicker, standfirst, plus?, comments, slug style)
# slug style: "z" = der-zeitgeist-<title>, "k" = <title>-kolumne, "lit" = /kultur/literatur/
COLUMNS = [
    ("Was der Fußball über uns verrät", "Europameisterschaft",
     "Vier Wochen lang hängen wieder Fahnen an den Balkonen. Über ein Land, das sich nur noch im Stadion einig ist.", True, 214, "z"),
    ("Die Sehnsucht nach dem Dorf", "Stadtflucht",
     "Alle wollen raus aufs Land, niemand will dort leben. Eine Bestandsaufnahme zwischen Lastenrad und Landlust.", False, 98, "z"),
    ("Bitte nicht stören", "Urlaub",
     "Die Abwesenheitsnotiz ist die ehrlichste Textgattung unserer Zeit.", True, 0, "z"),
    ("Warum wir das Zuhören verlernt haben", "Debattenkultur",
     "Jeder redet, keiner hört zu: über eine Gesellschaft, die nur noch sendet und nie empfängt.", True, 341, "k"),
    ("Das Ende der Ironie", "Popkultur",
     "Früher war alles ein Witz. Heute ist alles ernst gemeint, sogar die Memes.", False, 57, "z"),
    ("Wir müssen über Müdigkeit reden", "Arbeitswelt",
     "Erschöpfung ist zum Statussymbol geworden. Das sollte uns zu denken geben.", True, 402, "z"),
    ("Gendern? Ach, lasst mich doch in Ruhe", "Sprache",
     "Der Streit um das Sternchen sagt mehr über die Streitenden als über die Sprache.", True, 1288, "z"),
    ("Ein Lob auf die Langeweile", "Digitale Pause",
     "Wann haben Sie zuletzt einfach aus dem Fenster geschaut? Eben.", False, 76, "z"),
    ("Die Boomer sind nicht an allem schuld", "Generationen",
     "Der Kampf der Jahrgänge ist bequem. Er lenkt davon ab, worum es wirklich geht.", True, 655, "k"),
    ("Nostalgie ist auch keine Lösung", "Retro-Trend",
     "Schallplatten, Polaroids, Röhrenjeans: Warum sich eine ganze Generation zurücksehnt.", False, 44, "z"),
    ("Warum plötzlich alle wieder Tagebuch schreiben", "Achtsamkeit",
     "Das Notizbuch erlebt eine Renaissance. Ein Selbstversuch mit Füller und schlechtem Gewissen.", False, 23, "lit"),
    ("Friede den Balkonen", "Wohnen",
     "Auf zwei Quadratmetern wird in deutschen Städten über Geranien, Grills und Gerechtigkeit verhandelt.", True, 187, "z"),
    ("Der Mythos vom Selfmade-Millionär", "Erbschaften",
     "In Deutschland wird mehr vererbt als je zuvor. Über Leistung redet man trotzdem am liebsten.", True, 903, "z"),
    ("Heimat ist kein Ort", "Identität",
     "Ein Wort, das die einen wärmt und die anderen ausschließt.", False, 312, "z"),
    ("Wer hat Angst vor der KI?", "Künstliche Intelligenz",
     "Die Maschinen schreiben jetzt Gedichte. Die Dichter schreiben Beschwerdebriefe.", True, 268, "k"),
    ("Schluss mit dem Optimierungswahn", "Selbstoptimierung",
     "Schlaf-Tracker, Schrittzähler, Smoothies: Wann ist gut eigentlich gut genug?", False, 131, "z"),
    ("Die Einsamkeit der Vielbeschäftigten", "Freundschaft",
     "Volle Kalender, leere Abende. Warum Freundschaften im Erwachsenenalter so schwer sind.", True, 219, "z"),
    ("Fasten, aber richtig", "Verzicht",
     "Sieben Wochen ohne? Ein paar Vorschläge jenseits von Schokolade.", False, 38, "z"),
    ("Warum ich den Karneval vermisse", "Rheinland",
     "Eine Exil-Kölnerin über Kamelle, Kostüme und die Kunst, einmal im Jahr albern zu sein.", False, 95, "z"),
    ("Liebe Eltern, entspannt euch", "Erziehung",
     "Kinder brauchen keine Förderprogramme ab dem dritten Lebensmonat.", True, 744, "k"),
    ("Alles Wokeness, oder was?", "Kulturkampf",
     "Ein Kampfbegriff auf Wanderschaft: wie ein amerikanisches Wort die deutsche Debatte vergiftet.", True, 1502, "z"),
    ("Das Ende der Gemütlichkeit", "Wirtschaftskrise",
     "Die Deutschen haben es sich lange bequem gemacht. Jetzt wird es ungemütlich.", True, 388, "z"),
    ("Bauern, Trecker, Wut", "Proteste",
     "Was die Blockaden auf den Autobahnen über das Verhältnis von Stadt und Land erzählen.", False, 826, "z"),
    ("Gute Vorsätze", "Neujahr",
     "Dieses Jahr nehme ich mir nichts vor. Das ist auch ein Vorsatz.", False, 61, "z"),
    ("Zwischen den Jahren", "Feiertage",
     "Die seltsamste Woche des Jahres gehört niemandem, und das ist gut so.", False, 29, "k"),
    ("Der Weihnachtsmarkt als letzter sozialer Ort", "Advent",
     "Glühwein verbindet. Über den einzigen Platz, an dem sich noch alle begegnen.", True, 142, "z"),
    ("Schenkt euch doch mal nichts", "Konsum",
     "Über Wunschzettel, Warenkörbe und die Freiheit, mit leeren Händen zu kommen.", True, 473, "z"),
]

# publication dates: every Saturday back from 15 June 2024
import datetime as _dt

FIRST = _dt.datetime(2024, 6, 15, 17, 2)


def column_path(i: int) -> str:
    title, _k, _s, _p, _c, style = COLUMNS[i]
    u = uuid(f"zeitgeist-{i}-{title}")
    if style == "z":
        return f"/kultur/der-zeitgeist-{slugify(title)}-a-{u}"
    if style == "k":
        return f"/kultur/{slugify(title)}-kolumne-a-{u}"
    return f"/kultur/literatur/{slugify(title)}-a-{u}"


def pub(i: int) -> _dt.datetime:
    return FIRST - _dt.timedelta(days=7 * i, minutes=13 * (i % 5))


def de_date(d: _dt.datetime) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}.{d.minute:02d} Uhr"


def de_long(d: _dt.datetime) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def img(seed: str, w: int = 488, ratio: str = "1.778") -> str:
    return f"https://cdn.prod.www.spiegel.de/images/{uuid('img' + seed)}_w{w}_r{ratio}_fpx{40 + len(seed) % 20}_fpy{45 + len(seed) % 15}.jpg"


PLUS_SVG = ('<span class="inline-block align-middle ml-4 text-primary-base" data-contains-flags="paid">'
            '<svg width="20" height="20" viewBox="0 0 20 20" aria-label="SPIEGEL+" role="img">'
            '<title>SPIEGEL+</title><use href="#spiegelplus"></use></svg></span>')

# ---------------------------------------------------------------- rails (same on every page)

MEISTGELESEN = [
    ("/politik/deutschland/bundestag-haushaltsstreit-ampel-einigt-sich-in-der-nacht", "Haushaltsstreit", "Ampel einigt sich nach zwölf Stunden auf Eckpunkte"),
    ("/panorama/justiz/muenchen-prozess-gegen-mutmasslichen-enkeltrick-betrueger-beginnt", "Prozess in München", "Mutmaßlicher Enkeltrick-Betrüger schweigt zum Auftakt"),
    ("/politik/deutschland/cdu-parteitag-merz-rede-analyse", "CDU-Parteitag", "Die Rede, auf die alle gewartet haben"),
    ("/wirtschaft/unternehmen/deutsche-bahn-streik-gdl-fahrplan-chaos", "Bahnstreik", "Was Pendler jetzt wissen müssen"),
    ("/sport/fussball/nationalmannschaft-kader-nagelsmann-ueberraschung", "Nationalmannschaft", "Die Überraschung im Kader"),
]
MEISTGELESEN = [(p + "-a-" + uuid(p), k, t) for p, k, t in MEISTGELESEN]

OTHER_SERIES = [
    # (series name, author, author page, series page, column path, title)
    ("Zwischen den Zeilen", "Ilka Wenger", "/impressum/autor-2a7e90c3-51d8-4b6f-8d02-c4e6a1f7b359",
     "/kultur/kolumne-zwischen-den-zeilen/",
     "/kultur/zwischen-den-zeilen-warum-niemand-mehr-lange-romane-liest", "Warum niemand mehr lange Romane liest"),
    ("Die Sprechstunde", "Dr. Moritz Brandt", "/impressum/autor-d93b1f72-0c6a-4e85-b1a4-7f2d8e9c0a61",
     "/gesundheit/kolumne-die-sprechstunde/",
     "/gesundheit/die-sprechstunde-ist-mittagsschlaf-gesund", "Ist Mittagsschlaf gesund?"),
    ("Fernsehkritik", "Tobias Krell", "/impressum/autor-4f0c2d8a-93e1-4a7b-a6c5-1b8e7d3f2c90",
     "/kultur/tv/kolumne-fernsehkritik/",
     "/kultur/tv/tatort-aus-bremen-fernsehkritik", "Ein »Tatort« wie ein Fiebertraum"),
    ("Das Wirtschaftswunder", "Heiner Albrecht", "/impressum/autor-7b3e5a19-c2d0-4f68-9e14-a5d7c0b2e836",
     "/wirtschaft/kolumne-das-wirtschaftswunder/",
     "/wirtschaft/das-wirtschaftswunder-die-schuldenbremse-ist-ein-fetisch", "Die Schuldenbremse ist ein Fetisch"),
    ("Der Zeitgeist", AUTHOR, AUTHOR_PAGE, BASE, None, None),  # placeholder, skipped
    ("Berliner Runde", "Clara Osterkamp", "/impressum/autor-e5c8a031-6b2f-4d97-8c1e-0a9f3b7d6e24",
     "/politik/deutschland/kolumne-berliner-runde/",
     "/politik/deutschland/berliner-runde-der-kanzler-und-die-kunst-des-schweigens", "Der Kanzler und die Kunst des Schweigens"),
]
OTHER_SERIES = [
    (n, a, ap, sp, (cp + "-a-" + uuid(cp)) if cp else None, t) for n, a, ap, sp, cp, t in OTHER_SERIES if cp
]

ANZEIGE = [
    ("/kultur/hoerbuecher-im-abo-was-die-grossen-anbieter-taugen-a-" + uuid("anz1"),
     "Hörbücher im Abo: Was die großen Anbieter taugen", "Partnerinhalt"),
    ("/gutscheine/", "Gutscheine für Mode, Technik und Reisen", "Gutscheine"),
    ("https://ads.example-network.com/click?cid=88213&pl=spon_kultur_rail&dest=reisen",
     "Sommer an der Ostsee: jetzt Frühbucherrabatt sichern", "Anzeige"),
]

SECTIONS = [("Schlagzeilen", "/schlagzeilen/"), ("Politik", "/politik/"), ("Meinung", "/meinung/"),
            ("Wirtschaft", "/wirtschaft/"), ("Panorama", "/panorama/"), ("Sport", "/sport/"),
            ("Kultur", "/kultur/"), ("Netzwelt", "/netzwelt/"), ("Wissenschaft", "/wissenschaft/"),
            ("Mehr", "/ressorts/")]


def header() -> str:
    nav = "\n".join(
        f'        <li class="shrink-0"><a href="{href}" class="block px-8 py-12 font-sansUI font-bold text-base'
        f'{" text-primary-base" if label == "Kultur" else " text-black"}" data-sara-click-el="nav">{label}</a></li>'
        for label, href in SECTIONS
    )
    return f"""<header data-area="navigation" class="sticky top-0 z-50 bg-white">
  <div class="flex items-center justify-between px-16 h-56">
    <a href="/" title="DER SPIEGEL" class="block w-160"><svg viewBox="0 0 160 24" role="img" aria-label="DER SPIEGEL"><use href="#logo"></use></svg></a>
    <div class="flex gap-8">
      <a href="{{{{origin}}}}/account/anmelden?targetUrl=%2Fkultur%2Fkolumne-der-zeitgeist%2F" class="font-sansUI text-s">Anmelden</a>
      <a href="https://abo.spiegel.de/de/c/spiegel-plus?b=SPOHNAVABO" class="font-sansUI text-s font-bold bg-primary-base text-white px-12 py-4 rounded">SPIEGEL+ abonnieren</a>
    </div>
  </div>
  <nav aria-label="Ressorts" class="overflow-x-auto border-b border-shade-lighter">
    <ul class="flex">
{nav}
    </ul>
  </nav>
</header>"""


def breadcrumb() -> str:
    return """<nav data-area="breadcrumb" aria-label="Brotkrumen" class="font-sansUI text-s text-shade-dark px-16 pt-16">
      <a href="/" class="hover:underline">Startseite</a> <span aria-hidden="true">›</span>
      <a href="/kultur/" class="hover:underline">Kultur</a> <span aria-hidden="true">›</span>
      <a href="/kolumnen/" class="hover:underline">Kolumnen</a> <span aria-hidden="true">›</span>
      <span class="text-black">Der Zeitgeist</span>
    </nav>"""


def intro() -> str:
    return f"""<section data-area="intro" class="px-16 py-24 border-b border-shade-lighter">
      <div class="flex items-start gap-16">
        <a href="{AUTHOR_PAGE}" title="{AUTHOR}" class="shrink-0"><img src="https://cdn.prod.www.spiegel.de/images/{uuid('portrait')}_w160_r1_fpx52_fpy38.jpg" alt="{AUTHOR}" width="80" height="80" class="rounded-full"></a>
        <div>
          <span class="text-shade-dark font-sansUI text-s font-bold uppercase">Kolumne</span>
          <h1 class="font-brandUI text-4xl font-bold leading-tight">Der Zeitgeist</h1>
          <p class="font-serifUI text-l leading-normal mt-8">Jeden Samstag seziert <a href="{AUTHOR_PAGE}" class="underline">{AUTHOR}</a> die Stimmungen, Moden und Marotten der Republik. Scharf, komisch, manchmal ungerecht.</p>
          <ul class="flex flex-wrap gap-8 mt-12 font-sansUI text-s" aria-label="Themen">
            <li><a href="/thema/gesellschaft/" class="border border-shade-light rounded-full px-8 py-2">Gesellschaft</a></li>
            <li><a href="/thema/popkultur/" class="border border-shade-light rounded-full px-8 py-2">Popkultur</a></li>
            <li><a href="/thema/debattenkultur/" class="border border-shade-light rounded-full px-8 py-2">Debattenkultur</a></li>
          </ul>
          <div class="flex gap-12 mt-12 font-sansUI text-s">
            <a href="/kolumnen/" class="font-bold text-primary-base">Alle Kolumnen</a>
            <a href="{AUTHOR_PAGE}" class="text-shade-dark">Mehr über {AUTHOR}</a>
            <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.spiegel.de%2Fkultur%2Fkolumne-der-zeitgeist%2F" rel="noopener" target="_blank" title="Bei Facebook teilen">Facebook</a>
            <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.spiegel.de%2Fkultur%2Fkolumne-der-zeitgeist%2F&amp;text=Der%20Zeitgeist" rel="noopener" target="_blank" title="Bei X teilen">X</a>
            <a href="mailto:?subject=Der%20Zeitgeist&amp;body=https%3A%2F%2Fwww.spiegel.de%2Fkultur%2Fkolumne-der-zeitgeist%2F" title="Per E-Mail teilen">E-Mail</a>
          </div>
        </div>
      </div>
    </section>"""


def teaser(i: int) -> str:
    title, kicker, sf, plus, comments, _ = COLUMNS[i]
    url = column_path(i)
    d = pub(i)
    plus_html = PLUS_SVG if plus else ""
    comments_html = (
        f'\n        <a href="{url}#comments" title="Zu den Kommentaren" class="inline-flex items-center gap-4 ml-8">'
        f'<svg width="16" height="16" aria-hidden="true"><use href="#comment"></use></svg><span>{comments}</span></a>'
        if comments else ""
    )
    href = url if i % 3 else "{{origin}}" + url
    return f"""<article aria-label="{esc(title)}" class="relative flex flex-row-reverse md:flex-row gap-16 py-24 border-b border-shade-lighter" data-block-el="articleTeaser">
      <div class="shrink-0 w-4/12">
        <a href="{href}" title="{esc(title)}" tabindex="-1" target="_self" class="block"><picture><img src="{img(url)}" alt="" width="488" height="274" loading="lazy" class="rounded"></picture></a>
      </div>
      <div class="w-8/12">
        <header class="mb-8">
          <span class="text-shade-dark dark:text-shade-light font-sansUI font-bold text-base block mb-4">{esc(kicker)}</span>
          <h2 class="w-full"><a href="{href}" title="{esc(title)}" target="_self" class="text-black dark:text-shade-lightest block"><span class="align-middle font-brandUI font-bold text-xl leading-tight">{esc(title)}</span>{plus_html}</a></h2>
        </header>
        <section class="font-serifUI text-shade-darker text-base leading-loose"><a href="{href}" title="{esc(title)}" tabindex="-1" class="block"><span>{esc(sf)}</span></a></section>
        <footer class="font-sansUI text-shade-dark text-s mt-8"><span>Eine Kolumne von {AUTHOR}</span> <span aria-hidden="true">•</span> <span>{de_date(d)}</span>{comments_html}
        </footer>
      </div>
    </article>"""


def hero(i: int) -> str:
    title, kicker, sf, plus, comments, _ = COLUMNS[i]
    url = column_path(i)
    d = pub(i)
    return f"""<div data-block-el="leadTeaser" class="relative bg-shade-lightest px-16 py-24">
      <article aria-label="{esc(title)}" class="lg:flex lg:flex-col">
        <a href="{{{{origin}}}}{url}?utm_source=kolumnenseite&amp;utm_medium=leadteaser" title="{esc(title)}" tabindex="-1" class="block mb-16"><picture><source srcset="{img(url, 1280, '2.33')}" media="(min-width: 1024px)"><img src="{img(url, 900, '1.778')}" alt="Illustration: {AUTHOR} / DER SPIEGEL" width="900" height="506"></picture></a>
        <span class="text-shade-dark font-sansUI font-bold text-l block mb-8">{esc(kicker)}</span>
        <h2 class="font-brandUI font-extrabold text-5xl leading-none"><a href="{url}" title="{esc(title)}" target="_self" class="text-black"><span class="align-middle">{esc(title)}</span>{PLUS_SVG if plus else ''}</a></h2>
        <p class="font-serifUI text-xl leading-normal mt-12">{esc(sf)}</p>
        <footer class="font-sansUI text-shade-dark text-s mt-12">Eine Kolumne von <a href="{AUTHOR_PAGE}" class="underline">{AUTHOR}</a> <span aria-hidden="true">•</span> <time datetime="{d.isoformat()}+02:00">{de_long(d)}</time>
          <a href="{url}#comments" class="ml-8">{comments} Beiträge</a>
          <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fwww.spiegel.de{url.replace('/', '%2F')}" rel="noopener" target="_blank" class="ml-8" title="Bei WhatsApp teilen">Teilen</a>
        </footer>
      </article>
    </div>"""


def rail_meistgelesen() -> str:
    items = "\n".join(
        f'          <li class="flex gap-12 py-12 border-b border-shade-lighter"><span class="font-brandUI text-3xl text-primary-base">{n}</span>'
        f'<a href="{p}" title="{esc(t)}" class="block"><span class="text-shade-dark font-sansUI text-s font-bold block">{esc(k)}</span>'
        f'<span class="font-brandUI font-bold text-base">{esc(t)}</span></a></li>'
        for n, (p, k, t) in enumerate(MEISTGELESEN, 1)
    )
    return f"""<section data-area="block>topic-list" class="px-16 py-24 bg-shade-lightest">
        <h2 class="font-sansUI font-bold text-l uppercase mb-12">Meistgelesen</h2>
        <ol class="list-none">
{items}
        </ol>
      </section>"""


def rail_empfehlungen() -> str:
    # editors' picks: one news piece, one other-series column, one own column with a ref parameter
    own = column_path(13)
    return f"""<section data-area="block>recommendation" class="px-16 py-24">
        <h2 class="font-sansUI font-bold text-l mb-12">Empfehlungen der Redaktion</h2>
        <div class="grid grid-cols-3 gap-16">
          <article aria-label="Ein Dorf gegen den Windpark"><a href="/wissenschaft/natur/windkraft-ein-dorf-gegen-den-windpark-a-{uuid('empf1')}" title="Ein Dorf gegen den Windpark" class="block"><img src="{img('empf1', 320)}" alt="" width="320" height="180" loading="lazy"><span class="text-shade-dark font-sansUI text-s block">Energiewende</span><span class="font-brandUI font-bold">Ein Dorf gegen den Windpark</span></a></article>
          <article aria-label="{esc(OTHER_SERIES[0][5])}"><a href="{OTHER_SERIES[0][4]}?ref=empfehlung" title="{esc(OTHER_SERIES[0][5])}" class="block"><img src="{img('empf2', 320)}" alt="" width="320" height="180" loading="lazy"><span class="text-shade-dark font-sansUI text-s block">{OTHER_SERIES[0][0]}</span><span class="font-brandUI font-bold">{esc(OTHER_SERIES[0][5])}</span></a></article>
          <article aria-label="{esc(COLUMNS[13][0])}"><a href="{own}?ref=empfehlung" title="{esc(COLUMNS[13][0])}" class="block"><img src="{img('empf3', 320)}" alt="" width="320" height="180" loading="lazy"><span class="text-shade-dark font-sansUI text-s block">Der Zeitgeist</span><span class="font-brandUI font-bold">{esc(COLUMNS[13][0])}</span></a></article>
        </div>
      </section>"""


EXT = ' rel="sponsored noopener" target="_blank"'


def rail_anzeige() -> str:
    cards = "\n".join(
        f'          <div class="border border-shade-lighter rounded p-12"><span class="text-shade-dark font-sansUI text-xs uppercase">Anzeige</span>'
        f'<a href="{p}" title="{esc(t)}" class="block mt-4"{EXT if p.startswith("http") else ""}>'
        f'<span class="text-shade-dark font-sansUI text-s block">{esc(k)}</span><span class="font-brandUI font-bold">{esc(t)}</span></a></div>'
        for p, t, k in ANZEIGE
    )
    return f"""<aside data-area="ad-rail" aria-label="Anzeige" class="px-16 py-24">
        <div class="grid grid-cols-3 gap-16">
{cards}
        </div>
      </aside>"""


def rail_weitere() -> str:
    items = "\n".join(
        f'          <article aria-label="{esc(t)}" class="py-12 border-b border-shade-lighter">'
        f'<a href="{sp}" class="text-shade-dark font-sansUI text-s font-bold">{esc(n)}</a>'
        f'<h3><a href="{cp}" title="{esc(t)}" class="font-brandUI font-bold text-base text-black"><span>{esc(t)}</span></a></h3>'
        f'<p class="font-sansUI text-s text-shade-dark">Von <a href="{ap}">{esc(a)}</a></p></article>'
        for n, a, ap, sp, cp, t in OTHER_SERIES
    )
    return f"""<section data-area="block>more-columns" class="px-16 py-24">
        <h2 class="font-sansUI font-bold text-l mb-12">Weitere Kolumnen</h2>
        <div class="grid grid-cols-2 gap-x-24">
{items}
        </div>
        <a href="/kolumnen/" class="inline-block mt-16 font-sansUI font-bold text-primary-base">Alle Kolumnen</a>
      </section>"""


def newsletter() -> str:
    newest = column_path(0)
    return f"""<section data-area="newsletter" class="px-16 py-24 bg-primary-lightest">
        <h2 class="font-brandUI font-bold text-xl">Der Zeitgeist als Newsletter</h2>
        <p class="font-serifUI">Die Kolumne jeden Samstag in Ihrem Postfach. <a href="{newest}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=zeitgeist" class="underline">Die aktuelle Folge lesen</a></p>
        <form action="/newsletter/anmeldung" method="post" class="flex gap-8 mt-12">
          <input type="hidden" name="newsletter" value="zeitgeist">
          <input type="email" name="email" placeholder="Ihre E-Mail-Adresse" required class="flex-1 border px-8 py-4">
          <button type="submit" class="bg-black text-white px-12 py-4 font-sansUI font-bold">Kostenlos anmelden</button>
        </form>
        <p class="font-sansUI text-xs text-shade-dark mt-8"><a href="/datenschutz-spiegel-online-a-{uuid('dsgvo')}">Datenschutzerklärung</a> · <a href="/newsletter/">Alle Newsletter</a> · <a href="/leserbriefe/">Leserbriefe an die Redaktion</a></p>
      </section>"""


def footer() -> str:
    links = [("Impressum", "/impressum"), ("Datenschutz", "/datenschutz-spiegel-online-a-" + uuid("dsgvo")),
             ("Nutzungsbedingungen", "/nutzungsbedingungen"), ("Kontakt", "/kontakt"),
             ("Hilfe", "https://hilfe.spiegel.de/"), ("Abo kündigen", "/kuendigen"),
             ("Mediadaten", "https://www.spiegel.media/"), ("Jobs", "https://www.spiegelgruppe.de/karriere"),
             ("RSS", "/dienste/besser-surfen-auf-spiegel-online-so-funktioniert-rss-a-1040321.html"),
             ("Facebook", "https://www.facebook.com/derspiegel"), ("Instagram", "https://www.instagram.com/derspiegel/")]
    lis = "\n".join(f'        <li><a href="{h}" class="hover:underline">{t}</a></li>' for t, h in links)
    return f"""<footer data-area="footer" class="bg-black text-shade-lighter font-sansUI text-s px-16 py-32">
    <ul class="flex flex-wrap gap-x-16 gap-y-8">
{lis}
    </ul>
    <p class="mt-16">© DER SPIEGEL GmbH &amp; Co. KG</p>
  </footer>"""


def jsonld(page: int) -> str:
    url = "{{origin}}" + BASE + (f"p{page}/" if page > 1 else "")
    data = [
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "DER SPIEGEL",
         "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/public/spon/images/logos/der-spiegel-h60.png"}},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Startseite", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "Kultur", "item": "{{origin}}/kultur/"},
            {"@type": "ListItem", "position": 3, "name": "Kolumnen", "item": "{{origin}}/kolumnen/"},
            {"@type": "ListItem", "position": 4, "name": "Der Zeitgeist", "item": url}]},
        {"@context": "https://schema.org", "@type": "WebPage", "name": "Der Zeitgeist – die Kolumne von " + AUTHOR,
         "url": url, "inLanguage": "de-DE", "isAccessibleForFree": False},
    ]
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


PAGES = [list(range(0, 10)), list(range(10, 20)), list(range(20, 27))]


def page_html(n: int) -> str:
    idx = PAGES[n - 1]
    here = BASE + (f"p{n}/" if n > 1 else "")
    links = [f'<link rel="canonical" href="{{{{origin}}}}{here}">']
    if n > 1:
        prev = BASE + (f"p{n - 1}/" if n > 2 else "")
        links.append(f'<link rel="prev" href="{{{{origin}}}}{prev}">')
    if n < len(PAGES):
        links.append(f'<link rel="next" href="{{{{origin}}}}{BASE}p{n + 1}/">')
    head_links = "\n  ".join(links)
    body = []
    if n == 1:
        body.append(hero(idx[0]))
        idx = idx[1:]
    body.extend(teaser(i) for i in idx)
    teasers = "\n    ".join(body)
    if n < len(PAGES):
        more = (f'<div data-area="pagination" class="flex justify-center py-24">\n'
                f'      <a href="{BASE}p{n + 1}/" class="font-sansUI font-bold border-2 border-black rounded px-24 py-8" data-sara-click-el="load_more">Mehr laden</a>\n'
                f'    </div>')
    else:
        more = ('<div data-area="pagination" class="flex justify-center py-24">\n'
                f'      <a href="/kolumnen/" class="font-sansUI text-s text-shade-dark">Alle Kolumnen im Überblick</a>\n'
                '    </div>')
    title_suffix = f" – Seite {n}" if n > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="de" class="no-js" data-theme="light">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Der Zeitgeist – Kolumne von {AUTHOR}{title_suffix} - DER SPIEGEL</title>
  <meta name="description" content="Alle Folgen der SPIEGEL-Kolumne »Der Zeitgeist« von {AUTHOR}: Gesellschaft, Popkultur und die Marotten der Republik.">
  <meta name="robots" content="index, follow, noarchive, max-snippet:-1, max-image-preview:large">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="DER SPIEGEL">
  <meta property="og:title" content="Der Zeitgeist – Kolumne von {AUTHOR}">
  {head_links}
  <link rel="alternate" type="application/rss+xml" title="DER SPIEGEL - Kultur" href="{{{{origin}}}}/kultur/index.rss">
  <link rel="alternate" type="application/rss+xml" title="DER SPIEGEL - Schlagzeilen" href="/schlagzeilen/index.rss">
  <link rel="preconnect" href="https://cdn.prod.www.spiegel.de">
  <link rel="stylesheet" href="/public/spon/css/main.6d1f0a3c.css">
  {jsonld(n)}
</head>
<body class="bg-white font-serifUI">
  <a href="#Inhalt" class="sr-only focus:not-sr-only">Zum Inhalt springen</a>
  {header()}
  <div id="wrapper" class="lg:flex lg:max-w-screen-xl mx-auto">
  <main id="Inhalt" class="lg:w-8/12">
    {breadcrumb()}
    {intro() if n == 1 else '<h1 class="font-brandUI text-3xl font-bold px-16 pt-16">Der Zeitgeist <span class="text-shade-dark font-sansUI text-l">– Seite ' + str(n) + '</span></h1>'}
    <section data-area="article-teaser-list" class="px-16">
    {teasers}
    </section>
    {more}
    <div class="lg:hidden">
      {rail_meistgelesen()}
    </div>
    {rail_empfehlungen()}
    {rail_anzeige()}
    {rail_weitere()}
    {newsletter()}
  </main>
  <div class="hidden lg:block lg:w-4/12 lg:pl-24" data-area="sidebar">
    <div data-area="ad-slot" class="py-16"><a href="https://ads.example-network.com/serve?slot=spon_kultur_sky&amp;c=1192" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/creative/1192.jpg" alt="Anzeige" width="300" height="600"></a></div>
  </div>
  </div>
  {footer()}
  <script src="/public/spon/js/main.a91c44f2.js" defer></script>
</body>
</html>
"""


def feed(title: str, path: str, items: list[tuple[str, str, str, _dt.datetime]]) -> str:
    def rfc(d: _dt.datetime) -> str:
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return f"{days[d.weekday()]}, {d.day:02d} {mons[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:00 +0200"

    xml_items = "\n".join(
        f"""    <item>
      <title>{esc(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <description>{esc(s)}</description>
      <guid>{{{{origin}}}}{p}</guid>
      <pubDate>{rfc(d)}</pubDate>
      <enclosure url="{img(p, 520)}" type="image/jpeg" length="0"/>
    </item>"""
        for p, t, s, d in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{title}</title>
    <link>{{{{origin}}}}/</link>
    <description>Deutschlands führende Nachrichtenseite. Alles Wichtige aus Politik, Wirtschaft, Sport, Kultur, Wissenschaft, Technik und mehr.</description>
    <language>de</language>
    <pubDate>{rfc(FIRST)}</pubDate>
    <lastBuildDate>{rfc(FIRST)}</lastBuildDate>
    <atom:link href="{{{{origin}}}}{path}" rel="self" type="application/rss+xml"/>
{xml_items}
  </channel>
</rss>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for n in range(1, len(PAGES) + 1):
        d = OUT / BASE.strip("/") / (f"p{n}" if n > 1 else "")
        d.mkdir(parents=True, exist_ok=True)
        (d / "index.html").write_text(page_html(n), encoding="utf-8")

    t0 = FIRST
    kultur_news = [
        ("/kultur/musik/taylor-swift-in-gelsenkirchen-konzertkritik-a-" + uuid("k1"), "Drei Stunden, vierundvierzig Songs, null Pausen", "Konzertkritik aus Gelsenkirchen."),
        ("/kultur/kino/berlinale-neue-leitung-stellt-programm-vor-a-" + uuid("k2"), "Neue Berlinale-Leitung stellt Pläne vor", "Weniger Filme, mehr Publikum."),
        ("/kultur/literatur/deutscher-buchpreis-longlist-2024-a-" + uuid("k3"), "Das ist die Longlist des Deutschen Buchpreises", "20 Romane im Rennen."),
        ("/kultur/tv/eurovision-song-contest-quote-ard-a-" + uuid("k4"), "Rekordquote für den ESC", "Millionen sahen zu."),
        ("/kultur/kunst/documenta-findungskommission-a-" + uuid("k5"), "Documenta sucht neue Findungskommission", "Nach dem Rücktritt."),
    ]
    items = [(column_path(0), COLUMNS[0][0], COLUMNS[0][2], pub(0))]
    items += [(p, t, s, t0 - _dt.timedelta(hours=5 * (k + 1))) for k, (p, t, s) in enumerate(kultur_news)]
    items.insert(3, (OTHER_SERIES[0][4], OTHER_SERIES[0][5], "Kolumne von " + OTHER_SERIES[0][1], t0 - _dt.timedelta(hours=12)))
    items.sort(key=lambda x: x[3], reverse=True)
    (OUT / "kultur").mkdir(parents=True, exist_ok=True)
    (OUT / "kultur" / "index.rss").write_text(feed("DER SPIEGEL - Kultur", "/kultur/index.rss", items), encoding="utf-8")

    news = [(p, t, k, t0 - _dt.timedelta(hours=2 * (j + 1))) for j, (p, k, t) in enumerate(MEISTGELESEN)]
    news.append(("/ausland/frankreich-parlamentswahl-ergebnisse-a-" + uuid("s1"), "Frankreich wählt: Die Ergebnisse im Überblick", "Wahl", t0 - _dt.timedelta(hours=14)))
    (OUT / "schlagzeilen").mkdir(parents=True, exist_ok=True)
    (OUT / "schlagzeilen" / "index.rss").write_text(feed("DER SPIEGEL - Schlagzeilen", "/schlagzeilen/index.rss", news), encoding="utf-8")

    (OUT / "robots.txt").write_text("User-agent: *\nDisallow: /account/\nDisallow: /gutscheine/suche\nSitemap: {{origin}}/sitemaps/news-de.xml\n", encoding="utf-8")

    truth = {
        "template": NAME,
        "description": "A German news magazine's column-series page (SPIEGEL style): utility-class <article aria-label> teasers with kicker spans, "
                       "slug-a-UUID URLs that a 'Meistgelesen' news rail, an Anzeige card and a 'Weitere Kolumnen' rail of other series share, "
                       "'Mehr laden' anchors to /p2/ and /p3/ beside a 'Mehr' nav link, and two advertised site-wide feeds that are not the column's.",
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [column_path(i) for i in range(len(COLUMNS))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
