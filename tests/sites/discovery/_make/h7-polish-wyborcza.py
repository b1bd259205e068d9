"""Generate the h7-polish-wyborcza discovery fixture (stdlib only, deterministic)."""
import json
import unicodedata
from pathlib import Path

NAME = "h7-polish-wyborcza"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/felietony/jan-kowalski/"

TITLES = [
    "Rząd obiecał tanie mieszkania. Dostaliśmy kolejny kredyt dla banków",
    "Sejm po nocy",
    "Dlaczego boimy się rozmawiać o podatkach? Bo każdy myśli, że zapłaci sąsiad",
    "Prezydent weta nie zawaha się użyć. Pytanie, po co mu ono",
    "Szkoła bez zadań domowych to nie koniec świata",
    "Listopad w Warszawie, czyli polityka na mrozie",
    "Samorządy tonąc chwytają się brzytwy. I to nie jest metafora",
    "Kto jeszcze pamięta o Odrze?",
    "Koalicja 15 października ma problem z kalendarzem",
    "Moja babcia i sztuczna inteligencja",
    "Polska wieś nie potrzebuje litości, tylko autobusu",
    "Trybunał, którego nie ma",
    "Opozycja gra na czas, a czas gra przeciwko niej",
    "Ceny prądu: kto naprawdę zapłaci za transformację",
    "Pochwała nudy w polityce",
    "Lekarze odchodzą z powiatów. Minister udaje, że tego nie widzi",
    "Wybory za rok, kampania od wczoraj",
    "Czego nauczyła mnie powódź w Kłodzku",
    "Media publiczne po raz trzeci",
    "Nie każdy protest rolników jest o Ukrainie",
    "Polityka historyczna na sterydach",
    "Emeryci nie są walutą wyborczą",
    "Dwa lata po zmianie władzy: bilans bez złudzeń",
    "Kraków się korkuje",
    "Wolność słowa kończy się tam, gdzie zaczyna się hejt? Niekoniecznie",
    "O mieszkaniach komunalnych, których nikt nie chce budować",
    "Partia, która zapomniała o młodych",
    "Zima przyjdzie, a my znowu będziemy zaskoczeni",
    "Budżet na 2025 rok to budżet strachu",
    "Jak nie przegrać z populizmem, nie stając się populistą",
]
LEADS = [
    "Felietonista „Wyborczej” o tym, co zostaje z obietnic po wyborach.",
    "Nocne głosowania stały się rytuałem. Nikt już nie udaje, że to przypadek.",
    "Rozmowa o podatkach to w Polsce wciąż temat tabu.",
    "Weto stało się narzędziem, a nie ostatecznością.",
    "Kilka uwag po pierwszym semestrze reformy.",
]
MOST_READ = [
    (30567801, "Wichura nad Pomorzem. Tysiące domów bez prądu"),
    (30567744, "Nowe przepisy o L4 od stycznia. Co się zmienia dla pracowników"),
    (30567702, "Tragiczny wypadek na S8. Droga zablokowana w obu kierunkach"),
    (30567655, "Ceny masła biją rekordy. Ekonomiści tłumaczą dlaczego"),
    (30567610, "Policja zatrzymała podejrzanego o podpalenie hali w Markach"),
]
MORE_COLUMNS = [
    ("Anna Nowak", "anna-nowak", 30567790, "Kobiety nie będą czekać kolejnych trzydziestu lat"),
    ("Piotr Zieliński", "piotr-zielinski", 30567733, "Europa bez Ameryki? Lepiej zacznijmy się uczyć"),
    ("Magdalena Wróbel", "magdalena-wrobel", 30567688, "Teatr w czasach TikToka"),
    ("Tomasz Lis-Kaczmarek", "tomasz-lis-kaczmarek", 30567640, "Futbol, pieniądze i nasza naiwność"),
]
SPONSORED = (30567720, "Jak zaoszczędzić na ogrzewaniu domu tej zimy? Poradnik")
LETTER = (30566001, "List czytelnika: Panie Janie, nie zgadzam się z Panem")

def slug(t):
    t = t.replace("ł", "l").replace("Ł", "L")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    out, prev = [], ""
    for ch in t:
        if ch.isalnum():
            out.append(ch); prev = ch
        elif prev != "-":
            out.append("-"); prev = "-"
    return "".join(out).strip("-")

ids, n = [], 30567891
for i in range(len(TITLES)):
    ids.append(n)
    n -= 3917 + (i * 733) % 2100
COLS = [f"/7,75968,{i},{slug(t)}.html" for i, t in zip(ids, TITLES)]
DATES = []
d, m = 28, 11
for i in range(len(TITLES)):
    DATES.append(f"2024-{m:02d}-{d:02d}")
    d -= 4 if i % 2 else 3
    if d < 1:
        d += 30; m -= 1
PER = 10

def head(page):
    q = "" if page == 1 else f"?str={page}"
    nxt = f'<link rel="next" href="{{{{origin}}}}{PAGE}?str={page+1}">' if page < 3 else ""
    prv = ""
    if page > 1:
        prv = f'<link rel="prev" href="{{{{origin}}}}{PAGE}' + (f'?str={page-1}' if page > 2 else "") + '">'
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "Gazeta Wyborcza", "url": "{{origin}}/0,0.html",
             "logo": "{{origin}}/static/img/gw-logo.png"},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Wyborcza", "item": "{{origin}}/0,0.html"},
                {"@type": "ListItem", "position": 2, "name": "Felietony", "item": "{{origin}}/0,75968.html"},
                {"@type": "ListItem", "position": 3, "name": "Jan Kowalski", "item": "{{origin}}" + PAGE}]},
            {"@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Jan Kowalski",
             "jobTitle": "publicysta"}},
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Jan Kowalski - felietony{' - strona ' + str(page) if page > 1 else ''} | Wyborcza.pl</title>
<meta name="description" content="Felietony Jana Kowalskiego w Gazecie Wyborczej. Polityka, gospodarka, codzienność.">
<link rel="canonical" href="{{{{origin}}}}{PAGE}{q}">
{prv}
{nxt}
<link rel="alternate" type="application/rss+xml" title="Wyborcza.pl - najnowsze" href="/pub/rss/najnowsze_wyborcza.xml">
<meta property="og:site_name" content="Wyborcza.pl">
<meta property="og:type" content="profile">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.gazeta_pl = window.gazeta_pl || {{}}; gazeta_pl.rootSectionId = 75968; gazeta_pl.pageType = "authorList";</script>
</head>
<body class="gw author-page">
<div id="adUnit-001-TOPBOARD" class="adviewDFPBanner"><span class="banLabel">Reklama</span>
<a href="https://ad.adview.pl/click?cid=55213&amp;bid=991" rel="nofollow sponsored"><img src="https://ad.adview.pl/img/55213.jpg" alt=""></a></div>
<header id="gazeta_header" class="gw-header">
 <div class="gw-header__top">
  <a class="gw-logo" href="/0,0.html" title="Wyborcza.pl"><img src="/static/img/gw-logo.svg" alt="Wyborcza.pl"></a>
  <a class="gw-header__subscribe" href="/prenumerata?utm_source=header&amp;utm_medium=button">Kup prenumeratę</a>
  <a class="gw-header__login" href="https://secure.wyborcza.example/logowanie?back=%2Ffelietony%2Fjan-kowalski%2F">Zaloguj się</a>
 </div>
 <nav class="gw-nav" aria-label="Działy">
  <ul>
   <li><a href="/0,0.html">Wyborcza</a></li>
   <li><a href="/0,75398.html">Kraj</a></li>
   <li><a href="/0,75399.html">Świat</a></li>
   <li><a href="/0,155287.html">Gospodarka</a></li>
   <li class="on"><a href="/0,75968.html">Opinie</a></li>
   <li><a href="/0,75410.html">Kultura</a></li>
   <li><a href="/0,154903.html">Nauka</a></li>
   <li><a href="/0,156282.html">Sport</a></li>
   <li class="more"><a href="/0,0.html#dzialy">Więcej</a>
    <ul class="sub"><li><a href="/0,159911.html">Listy do redakcji</a></li><li><a href="/0,162657.html">Magazyn</a></li><li><a href="/0,173236.html">Podcasty</a></li></ul></li>
  </ul>
 </nav>
</header>
<div class="breadcrumbs"><a href="/0,0.html">Wyborcza</a> › <a href="/0,75968.html">Opinie</a> › <a href="/felietony/">Felietony</a> › <span>Jan Kowalski</span></div>
<div id="gazeta_content" class="gw-content">
<section class="author-box">
 <img class="author-box__photo" src="/static/authors/jan-kowalski.jpg" alt="Jan Kowalski">
 <h1 class="author-box__name">Jan Kowalski</h1>
 <p class="author-box__bio">Publicysta, od 1998 r. w „Gazecie Wyborczej”. Pisze o polityce krajowej, samorządach i o tym, jak państwo działa (albo nie działa) na prowincji. Autor książki <a href="https://ksiazki.agora.example/jan-kowalski-panstwo-z-dykty">„Państwo z dykty”</a>.</p>
 <p class="author-box__social"><a href="https://twitter.com/jankowalski_gw">Twitter</a> · <a href="mailto:jan.kowalski@wyborcza.example">e-mail</a></p>
</section>
"""

def card(i, hero=False):
    t, href, date = TITLES[i], COLS[i], DATES[i]
    lead = LEADS[i % len(LEADS)]
    variant = i % 4
    link = href if variant != 1 else "{{origin}}" + href
    com = f'<a class="entry__comments" href="{href}#opinions">{7 + (i * 13) % 90} komentarzy</a>'
    if hero:
        return f"""<div class="entry entry--lead">
 <a class="entry__img" href="{href}?squid_js=false#s=BoxOpImg1"><img src="https://bi.im-g.example/im/{ids[i] % 1000}/lead.jpg" alt="{t}"></a>
 <h2><a href="{link}">{t}</a></h2>
 <p class="entry__lead">{lead}</p>
 <div class="entry__meta"><span class="entry__author">Jan Kowalski</span> <time datetime="{date}T06:00:00+01:00">{date[8:10]}.{date[5:7]}.{date[:4]}</time> {com}</div>
</div>
"""
    extra = ""
    if variant == 2:
        extra = f' <a class="entry__share" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwyborcza.example{href.replace(",", "%2C")}">Udostępnij</a>'
    if variant == 3:
        extra = f' <a class="entry__more" href="{href}?utm_source=author_page&amp;utm_medium=list&amp;utm_campaign=felietony">Czytaj dalej</a>'
    return f"""<li class="entry">
 <h2><a href="{link}">{t}</a></h2>
 <p class="entry__lead">{lead}</p>
 <div class="entry__meta"><time datetime="{date}T06:00:00+01:00">{date[8:10]}.{date[5:7]}.{date[:4]}</time> · {com}{extra}</div>
</li>
"""

def pager(page):
    parts = ['<nav class="pagination" aria-label="Stronicowanie"><ul>']
    if page > 1:
        prev = "./" if page == 2 else f"?str={page-1}"
        parts.append(f'<li class="prev"><a href="{prev}">Poprzednia strona</a></li>')
    for p in (1, 2, 3):
        if p == page:
            parts.append(f'<li class="active"><span>{p}</span></li>')
        else:
            h = PAGE if p == 1 else f"?str={p}"
            parts.append(f'<li><a href="{h}">{p}</a></li>')
    if page < 3:
        parts.append(f'<li class="next"><a href="{PAGE}?str={page+1}" title="Następna strona">Następna strona ›</a></li>')
    else:
        parts.append('<li class="next disabled"><span>Następna strona ›</span></li>')
    parts.append("</ul></nav>")
    return "\n".join(parts)

def rails():
    mr = "\n".join(
        f'<li><span class="nr">{k+1}</span><a href="/7,75398,{i},{slug(t)}.html#s=BoxNewsMostRead">{t}</a></li>'
        for k, (i, t) in enumerate(MOST_READ))
    more = "\n".join(
        f'<li><a class="ico" href="/felietony/{s}/"><img src="/static/authors/{s}.jpg" alt="{n}"></a>'
        f'<a class="au" href="/felietony/{s}/">{n}</a><h3><a href="/7,75968,{i},{slug(t)}.html">{t}</a></h3></li>'
        for n, s, i, t in MORE_COLUMNS)
    sp_id, sp_t = SPONSORED
    lt_id, lt_t = LETTER
    return f"""<aside class="gw-sidebar">
<div class="adviewDFPBanner" id="adUnit-010-RECTANGLE"><span class="banLabel">Reklama</span><a href="https://ad.adview.pl/click?cid=55219" rel="nofollow"><img src="https://ad.adview.pl/img/55219.jpg" alt=""></a></div>
<section class="box box--mostread"><h2 class="box__title">Najczęściej czytane</h2>
<ol>
{mr}
</ol></section>
<section class="box box--promo"><span class="box__label">Materiał promocyjny</span>
<h3><a href="/7,156282,{sp_id},{slug(sp_t)}.html">{sp_t}</a></h3><p>Partner: EnergoDom</p></section>
<section class="box box--letters"><h2 class="box__title"><a href="/0,159911.html">Listy do redakcji</a></h2>
<h3><a href="/7,159911,{lt_id},{slug(lt_t)}.html">{lt_t}</a></h3></section>
<section class="box box--newsletter"><h2 class="box__title">Newsletter „Opinie”</h2>
<form action="/newsletter/zapisz" method="post"><input type="email" name="email" placeholder="Twój e-mail"><button>Zapisz się</button></form>
<a href="/newsletter/?utm_source=author_page">Wszystkie newslettery</a></section>
</aside>
<section class="more-columns"><h2>Więcej felietonów</h2>
<ul>
{more}
</ul>
<a class="more-columns__all" href="/felietony/">Wszyscy felietoniści</a></section>
"""

def tags():
    return """<div class="tags"><span>Tematy:</span> <a href="/0,128956.html?tag=polityka">polityka</a> <a href="/0,128956.html?tag=samorzad">samorząd</a> <a href="/0,128956.html?tag=Sejm">Sejm</a> <a href="/0,128956.html?tag=gospodarka">gospodarka</a></div>"""

FOOT = """</div>
<footer class="gw-footer">
 <ul><li><a href="/0,0.html">Wyborcza.pl</a></li><li><a href="/redakcja">Redakcja</a></li><li><a href="/kontakt">Kontakt</a></li>
 <li><a href="/regulamin">Regulamin</a></li><li><a href="/prywatnosc">Polityka prywatności</a></li><li><a href="/prenumerata?utm_source=footer">Prenumerata</a></li>
 <li><a href="https://www.agora.example/">Agora SA</a></li><li><a href="/pub/rss/najnowsze_wyborcza.xml">RSS</a></li></ul>
 <p>© Agora SA</p>
</footer>
</body>
</html>
"""

def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for page in (1, 2, 3):
        chunk = list(range((page - 1) * PER, page * PER))
        body = [head(page), tags(), '<main class="gw-main"><h2 class="sr-only">Felietony</h2>']
        items = chunk
        if page == 1:
            body.append(card(chunk[0], hero=True))
            items = chunk[1:]
        body.append('<ul class="entries">')
        for k, i in enumerate(items):
            body.append(card(i))
            if k == 4:
                body.append('<li class="entry entry--ad"><span class="banLabel">Reklama</span><a href="https://ads.example-network.com/c?z=gw-list&amp;p=5" rel="sponsored"><img src="https://ads.example-network.com/i/5.jpg" alt=""></a></li>')
        body.append("</ul>")
        body.append(pager(page))
        body.append("</main>")
        body.append(rails())
        body.append(FOOT)
        name = "index.html" if page == 1 else f"index@str={page}.html"
        (OUT / "felietony" / "jan-kowalski").mkdir(parents=True, exist_ok=True)
        (OUT / "felietony" / "jan-kowalski" / name).write_text("\n".join(body), encoding="utf-8")
    # site-wide news feed (not truth)
    items = "\n".join(
        f"<item><title>{t}</title><link>{{{{origin}}}}/7,75398,{i},{slug(t)}.html</link><guid>{{{{origin}}}}/7,75398,{i},{slug(t)}.html</guid></item>"
        for i, t in MOST_READ)
    (OUT / "pub" / "rss").mkdir(parents=True, exist_ok=True)
    (OUT / "pub" / "rss" / "najnowsze_wyborcza.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wyborcza.pl - najnowsze</title><link>{{{{origin}}}}/0,0.html</link>\n{items}\n</channel></rss>\n',
        encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "Gazeta Wyborcza (Agora CMS) columnist page: articles at /7,SECTION,ID,slug.html at the root; the most-read rail and other columnists' box use the very same URL shape, pagination is ?str=N with 'Następna strona'.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "author": "Jan Kowalski",
        "columns": COLS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

build()
