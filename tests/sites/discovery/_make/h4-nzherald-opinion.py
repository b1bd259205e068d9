"""Generate the h4-nzherald-opinion discovery fixture (held out).

A New Zealand daily on an Arc XP / Fusion-like CMS: an author page
/author/sarah-ngata/ whose columns live at /<section>/<slug>/<26-char id>/,
a "Load more" link to ?page=N, and rails (Latest News, Premium, an unlabelled
ranked list, More Opinion, Sponsored) whose links have the very same shape.
Stdlib only, deterministic: python tests/sites/discovery/_make/h4-nzherald-opinion.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

NAME = "h4-nzherald-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/author/sarah-ngata/"
AUTHOR = "Sarah Ngata"


def arc_id(seed: str) -> str:
    return base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:26]


def slugify(text: str, max_words: int = 14) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    return "-".join(words[:max_words])


def esc(s: str) -> str:
    return html.escape(s, quote=True)


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def nz_date(iso: str, hour: int) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    h12 = hour % 12 or 12
    return f"{d} {MONTHS[m - 1]}, {y} {h12:02d}:00 {'AM' if hour < 12 else 'PM'}"


# (headline, section, date, standfirst, premium, comments, slug override)
COLUMNS = [
    ("Sarah Ngata: The Treaty principles bill is a debate we were never meant to win", "nz",
     "2024-06-21", "The bill will almost certainly fail. That was never the point of it.", True, 212, None),
    ("Matariki is ours. Let's stop apologising for it", "nz", "2024-06-14",
     "Three years in, the public holiday still draws the same tired complaints.", False, None, None),
    ("Sarah Ngata: Kōhanga reo at 42 — what the next generation needs", "nz", "2024-06-03",
     "The movement that saved a language is now short of teachers, buildings and patience.", True, None, None),
    ("Budget 2024: The numbers that don't add up for renters", "business", "2024-05-31",
     "Tax relief arrives in July. So does the next rent rise.", False, 87, None),
    ("Fast-track, slow thinking", "nz", "2024-05-22",
     "Handing three ministers the final say on mines and motorways is not efficiency.", False, None, None),
    ("Sarah Ngata: Our hospitals are running on goodwill. It is running out", "nz", "2024-05-10",
     "Nurses at Middlemore told me what a Friday night looks like now.", True, 64,
     "sarah-ngata-our-hospitals-are-running-on-goodwill"),
    ("The quiet collapse of local news in the regions", "nz", "2024-04-30",
     "When the paper closes, the council meeting goes unreported. Then what?", False, None, None),
    ("Why Wellington's water crisis is everyone's problem", "nz", "2024-04-19",
     "Burst pipes in the capital are a preview for every ageing town in the country.", False, None, None),
    ("Sarah Ngata: What Christopher Luxon still doesn't get about the provinces", "nz", "2024-04-08",
     "The regions voted for change. They did not vote to be ignored.", True, 141, None),
    ("Cost of living: Kai banks can't fill the gap forever", "nz", "2024-03-27",
     "Volunteers in South Auckland are feeding families who both work full-time.", False, None, None),
    # page 2
    ("Sarah Ngata: A ferry fiasco in three acts", "nz", "2024-03-15",
     "First the ships, then the terminals, then the blame.", False, 39, None),
    ("School lunches are not a luxury", "nz", "2024-03-05",
     "Ka Ora, Ka Ako costs less than a tax cut for landlords.", False, None, None),
    ("The referendum nobody asked for", "nz", "2024-02-23",
     "A vote on Treaty principles would divide us and settle nothing.", True, None, None),
    ("Sarah Ngata: Waitangi Day showed the country at its best and worst", "nz", "2024-02-07",
     "On the lower marae, the argument was loud. That is how it should be.", False, 98,
     "sarah-ngata-waitangi-day-showed-the-country-at-its-best-and-worst"),
    ("Te reo on the airwaves: Why the complaints keep coming", "nz", "2024-01-29",
     "A greeting in Māori on the 6pm news should not still be news.", False, None, None),
    ("Housing: Ten years of promises, one generation locked out", "nz", "2024-01-18",
     "My children's friends have stopped talking about buying a house.", True, None, None),
    ("Sarah Ngata: The summer I stopped reading the comments", "nz", "2024-01-09",
     "What a month offline taught me about the debate we think we are having.", False, None, None),
    ("Sarah Ngata: 2023 was the year trust broke", "nz", "2023-12-29",
     "In politics, in institutions and in each other.", False, 55, "sarah-ngata-2023-was-the-year-trust-broke"),
    ("Holiday road toll: We know what works. Why won't we do it?", "nz", "2023-12-20",
     "Median barriers save lives. Slogans do not.", False, None, None),
    ("Gangs, patches and the politics of fear", "nz", "2023-12-08",
     "Banning a patch is easy. Keeping a 15-year-old out of a gang is not.", True, None, None),
    # page 3
    ("Sarah Ngata: Co-governance isn't a dirty word", "nz", "2023-11-24",
     "It is already how we run rivers, mountains and parks. Mostly it works.", False, None, None),
    ("Sarah Ngata: Teachers deserve better than a slogan", "nz", "2023-11-10",
     "'Back to basics' is not a plan for a classroom of 30.", False, None, None),
    ("Election 2023: The kingmaker's dilemma", "nz", "2023-10-16",
     "Winston Peters holds the balance again. We have seen this film before.", True, 176, None),
    ("Why I'm still voting, even now", "nz", "2023-10-06",
     "Turnout in my electorate fell in 2020. Here is why I keep going back.", False, None, None),
    ("Rugby World Cup: A nation holds its breath", "sport", "2023-09-29",
     "For a few weeks, the country talks about the same thing. That matters.", False, None, None),
    ("Power prices", "nz", "2023-09-15",
     "Two words that now decide how warm a Kiwi home is in winter.", False, None, None),
    ("Cyclone Gabrielle: Six months on, Tairāwhiti is still waiting", "nz", "2023-08-14",
     "Roads are still out. So is the money that was promised.", True, None, None),
]

PAGE_SIZES = [10, 10, 7]


def col_path(c) -> str:
    head, section, _date, _sf, _p, _c, slug = c
    slug = slug or slugify(head)
    return f"/{section}/{slug}/{arc_id('sn' + head)}/"


def news(section: str, head: str, extra: str = "") -> str:
    return f"/{section}/{slugify(head)}/{arc_id('news' + head + extra)}/"


LATEST = [
    ("12:41 PM", "Live: Heavy rain warnings for Coromandel as state highway closes"),
    ("12:20 PM", "Man charged after Hamilton East stabbing"),
    ("12:02 PM", "Interislander sailings cancelled as swells hit Cook Strait"),
    ("11:47 AM", "Auckland Transport confirms fare rise from July"),
    ("11:30 AM", "Police name victim of fatal Northland crash"),
    ("11:12 AM", "Whanganui River iwi welcome Crown apology"),
    ("10:58 AM", "KiwiSaver changes: What you need to know"),
    ("10:31 AM", "Boil water notice lifted for Wairoa"),
    ("10:05 AM", "Two arrested after ram raid at Papatoetoe dairy"),
    ("9:44 AM", "Measles case confirmed in Christchurch"),
]

PREMIUM = [
    ("business", "Liam Dann: Why the Reserve Bank may cut sooner than you think"),
    ("nz", "Inside the ministry that spent $40m on consultants"),
    ("world", "The Australian town that bet everything on lithium"),
    ("lifestyle", "The 10 best new restaurants in Auckland right now"),
]

RANKED = [
    ("nz", "Woman found dead in Rotorua home, homicide investigation launched"),
    ("sport", "All Blacks: Scott Robertson names first squad"),
    ("entertainment", "Lorde announces surprise Auckland show"),
    ("nz", "Petrol prices to jump as fuel tax returns"),
    ("business", "Auckland house prices fall for fourth month"),
]

OTHER_COLUMNISTS = [
    ("matiu-paki", "Matiu Paki", "Matiu Paki: The Māori seats are not going anywhere"),
    ("helen-dorsey", "Helen Dorsey", "Helen Dorsey: The Budget's hidden losers"),
    ("james-whitcombe", "James Whitcombe", "James Whitcombe: Luxon's first 100 days, graded"),
    ("anna-leaupepe", "Anna Leaupepe", "Anna Leaupepe: Pasifika families can't wait for the next review"),
]

LETTER = "Letters to the editor: Treaty bill, fuel prices and school lunches"

SPONSORED = [
    ("Why Kiwi homeowners are switching to heat pumps this winter", "Sponsored by Coolair NZ"),
    ("The winter escape: Fiji's quiet islands for under $2000", "Sponsored by Island Air"),
    ("How one Hawke's Bay orchard rebuilt after the cyclone", "In partnership with FarmFirst Bank"),
]

NAV = [
    ("Latest news", "/latest-news/"), ("New Zealand", "/nz/"), ("World", "/world/"),
    ("Business", "/business/"), ("Opinion", "/topic/opinion/"), ("Sport", "/sport/"),
    ("Entertainment", "/entertainment/"), ("Lifestyle", "/lifestyle/"), ("Kahu", "/kahu/"),
    ("Travel", "/travel/"), ("More", "/the-country/"),
]


def header() -> str:
    items = "".join(
        f'<li class="nav-menu__item"><a class="nav-menu__link" href="{h}">{t}</a></li>' for t, h in NAV
    )
    return f"""<header class="site-header" role="banner">
  <div class="site-header__top">
    <button class="site-header__menu-button" type="button" aria-label="Open menu" aria-expanded="false"><span class="icon icon--hamburger"></span></button>
    <a class="site-header__logo" href="{O}/" aria-label="NZ Herald home"><svg class="logo" viewBox="0 0 200 30"><title>NZ Herald</title></svg></a>
    <div class="site-header__actions">
      <a class="button button--subscribe" href="https://subscribe.nzherald-premium.example/?source=header&amp;campaign=author">Subscribe</a>
      <a class="button button--ghost" href="/my-account/login/?redirect=%2Fauthor%2Fsarah-ngata%2F">Log in</a>
      <a class="site-header__search" href="/search/" aria-label="Search"><span class="icon icon--search"></span></a>
    </div>
  </div>
  <nav class="nav-menu" aria-label="Primary"><ul class="nav-menu__list">{items}</ul></nav>
</header>
<div class="breaking-news-banner" role="region" aria-label="Breaking news">
  <span class="breaking-news-banner__label">Breaking</span>
  <a class="breaking-news-banner__link" href="{news('nz', LATEST[0][1])}">{esc(LATEST[0][1])}</a>
</div>
"""


def byline_html() -> str:
    return f'<a class="author-link" href="{PAGE}">{AUTHOR}</a>'


def card(c, i: int, hero: bool = False) -> str:
    head, section, date, sf, premium, comments, _slug = c
    p = col_path(c)
    img_href = O + p if i % 2 == 0 else p
    badge = (
        '<span class="premium-badge" title="Premium"><svg aria-hidden="true" viewBox="0 0 12 12"></svg>'
        '<span class="visually-hidden">Premium</span></span>'
        if premium
        else ""
    )
    kicker_topic = {"business": ("Budget 2024", "/topic/budget-2024/"), "sport": ("Rugby World Cup", "/topic/rugby-world-cup/")}.get(
        section, ("Opinion", "/topic/opinion/")
    )
    extras = []
    if comments:
        extras.append(f'<a class="story-card__comments" href="{p}#comments" aria-label="{comments} comments"><span class="icon icon--comment"></span>{comments}</a>')
    if premium and i % 3 == 0:
        extras.append(f'<a class="story-card__gift" href="{p}?gift=nzh{arc_id(head)[:8].lower()}">Gift this story</a>')
    meta = (
        f'<div class="story-card__meta"><span class="story-card__byline">By {byline_html()}</span>'
        f'<time class="story-card__time" datetime="{date}T{5 + i % 4:02d}:00:00+12:00">{nz_date(date, 5 + i % 4)}</time>'
        f'<span class="story-card__read-time">{4 + i % 5} mins to read</span>{"".join(extras)}</div>'
    )
    if hero:
        share = (
            f'<ul class="share-bar" aria-label="Share">'
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={O}{p}%3Futm_source%3Dfacebook%26utm_medium%3Dsocial">Facebook</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={O}{p}%3Futm_source%3Dtwitter&amp;text={esc(head)}">X</a></li>'
            f'<li><a href="mailto:?subject={esc(head)}&amp;body={O}{p}%3Futm_source%3Demail">Email</a></li></ul>'
        )
        return f"""<div class="hero-story" data-test-ui="hero-story">
  <a class="hero-story__image-link" href="{img_href}" tabindex="-1" aria-hidden="true"><img class="hero-story__image" src="https://www.nzherald-images.example/resizer/v2/{arc_id('img' + head)}.jpg?auth=1f2e&amp;width=1200&amp;height=675" alt=""></a>
  <div class="hero-story__body">
    <span class="story-card__kicker"><a href="{kicker_topic[1]}">{kicker_topic[0]}</a></span>{badge}
    <h2 class="hero-story__heading"><a class="hero-story__link" href="{p}">{esc(head)}</a></h2>
    <p class="hero-story__summary">{esc(sf)}</p>
    {meta}
    {share}
  </div>
</div>
"""
    return f"""<article class="story-card story-card--horizontal{' story-card--premium' if premium else ''}" data-test-ui="story-card">
  <div class="story-card__image-container"><a href="{img_href}" tabindex="-1" aria-hidden="true"><img class="story-card__image" src="https://www.nzherald-images.example/resizer/v2/{arc_id('img' + head)}.jpg?auth=9ab3&amp;width=400&amp;height=225" alt="" loading="lazy"></a></div>
  <div class="story-card__content">
    <span class="story-card__kicker"><a href="{kicker_topic[1]}">{kicker_topic[0]}</a></span>{badge}
    <h3 class="story-card__heading"><a class="story-card__heading-link" href="{p}">{esc(head)}</a></h3>
    <p class="story-card__summary">{esc(sf)}</p>
    {meta}
  </div>
</article>
"""


def rail() -> str:
    latest = "".join(
        f'<li class="latest-news__item"><span class="latest-news__time">{t}</span>'
        f'<a class="latest-news__link" href="{news("nz", h)}">{esc(h)}</a></li>'
        for t, h in LATEST
    )
    premium = "".join(
        f'<article class="story-card story-card--compact story-card--premium">'
        f'<a href="{O}{news(s, h, "p")}" tabindex="-1" aria-hidden="true"><img src="https://www.nzherald-images.example/resizer/v2/{arc_id("pi" + h)}.jpg?width=300" alt=""></a>'
        f'<span class="premium-badge" title="Premium"><span class="visually-hidden">Premium</span></span>'
        f'<h3 class="story-card__heading"><a class="story-card__heading-link" href="{news(s, h, "p")}">{esc(h)}</a></h3></article>'
        for s, h in PREMIUM
    )
    ranked = "".join(
        f'<li class="c-list__item"><span class="c-list__number">{n}</span>'
        f'<a class="c-list__link" href="{news(s, h, "r")}">{esc(h)}</a></li>'
        for n, (s, h) in enumerate(RANKED, 1)
    )
    return f"""<aside class="layout__rail" aria-label="Sidebar">
  <section class="rail-block latest-news" data-test-ui="latest-news">
    <h2 class="rail-block__title"><a href="/latest-news/">Latest News</a></h2>
    <ul class="latest-news__list">{latest}</ul>
    <a class="rail-block__more" href="/latest-news/">View all latest news</a>
  </section>
  <div class="ad-slot ad-slot--mrec" data-ad-pos="rail1"><a href="https://ads.example-network.com/click?zone=nzh-mrec&amp;cb=8891" rel="nofollow sponsored"><img src="https://ads.example-network.com/creative/300x250.png" alt="Advertisement" width="300" height="250"></a></div>
  <section class="rail-block premium-rail" data-test-ui="premium-promo">
    <h2 class="rail-block__title">Premium</h2>
    {premium}
    <a class="button button--subscribe" href="https://subscribe.nzherald-premium.example/?source=premium-rail">Get Premium from $1 a week</a>
  </section>
  <div class="rail-block">
    <ol class="c-list c-list--ranked">{ranked}</ol>
  </div>
</aside>
"""


def more_opinion() -> str:
    cards = "".join(
        f'<div class="opinion-tile">'
        f'<a class="opinion-tile__avatar" href="/author/{slug}/"><img src="https://www.nzherald-images.example/authors/{slug}.png" alt="{name}"></a>'
        f'<h3 class="opinion-tile__heading"><a href="{news("nz", head, "oc")}">{esc(head)}</a></h3>'
        f'<p class="opinion-tile__byline"><a href="/author/{slug}/">{name}</a></p></div>'
        for slug, name, head in OTHER_COLUMNISTS
    )
    return f"""<section class="more-opinion" aria-labelledby="more-opinion-heading">
  <h2 id="more-opinion-heading" class="section-heading"><a href="/topic/opinion/">More Opinion</a></h2>
  <div class="more-opinion__grid">{cards}
    <div class="opinion-tile opinion-tile--letters">
      <h3 class="opinion-tile__heading"><a href="{news('nz', LETTER, 'l')}">{esc(LETTER)}</a></h3>
      <p><a href="/topic/letters-to-the-editor/">Your Views</a> · <a href="/contact-us/letters/">Write to the editor</a></p>
    </div>
  </div>
  <p class="more-opinion__all"><a href="../../topic/opinion/columnists/">All columnists</a></p>
</section>
"""


def recommended() -> str:
    # an editors' picks strip; one of Sarah's columns appears with a tracking parameter
    picks = [
        (col_path(COLUMNS[4]) + "?ref=readmore", COLUMNS[4][0]),
        (news("world", "Why Pacific leaders are losing patience with Canberra", "rec"),
         "Why Pacific leaders are losing patience with Canberra"),
        (news("nz", "The nurse who drove 400km to keep a clinic open", "rec"),
         "The nurse who drove 400km to keep a clinic open"),
    ]
    items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in picks)
    return f"""<section class="editors-picks" data-test-ui="recommended">
  <h2 class="section-heading">Editor's Picks</h2>
  <ul class="editors-picks__list">{items}</ul>
</section>
"""


def sponsored() -> str:
    cards = "".join(
        f'<article class="story-card story-card--sponsored">'
        f'<span class="story-card__label">{esc(by)}</span>'
        f'<h3 class="story-card__heading"><a class="story-card__heading-link" href="/sponsored-stories/{slugify(h)}/{arc_id("sp" + h)}/">{esc(h)}</a></h3></article>'
        for h, by in SPONSORED
    )
    return f"""<section class="sponsored-stories" aria-label="Sponsored">
  <h2 class="section-heading">Sponsored</h2>
  <div class="sponsored-stories__grid">{cards}</div>
</section>
"""


def newsletter() -> str:
    return """<section class="newsletter-signup">
  <h2 class="newsletter-signup__title">Get the Opinion newsletter</h2>
  <p>Our best columnists, in your inbox every Saturday morning.</p>
  <form class="newsletter-signup__form" action="/newsletters/subscribe/" method="post">
    <label for="nl-email" class="visually-hidden">Email</label><input id="nl-email" type="email" name="email" placeholder="Email address">
    <input type="hidden" name="list" value="opinion-weekly"><button type="submit">Sign up</button>
  </form>
  <a class="newsletter-signup__all" href="/newsletters/?source=author-page">See all newsletters</a>
</section>
"""


def footer() -> str:
    links = [
        ("About NZME", "/about-nzme/"), ("Contact us", "/contact-us/"), ("Advertise with us", "/advertising/"),
        ("Subscriptions", "/subscriptions/"), ("Help &amp; support", "/help/"), ("Privacy policy", "/privacy-policy/"),
        ("Terms of use", "/terms-of-use/"), ("Competition terms", "/competition-terms/"), ("Our journalism", "/our-journalism/"),
        ("Sitemap", "/sitemap/"),
    ]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    social = (
        '<a href="https://www.facebook.com/nzherald.example">Facebook</a>'
        '<a href="https://twitter.com/nzherald_example">X</a>'
        '<a href="https://www.instagram.com/nzherald.example">Instagram</a>'
    )
    return f"""<footer class="site-footer">
  <div class="site-footer__social">{social}</div>
  <ul class="site-footer__links">{items}</ul>
  <p class="site-footer__copyright">© Copyright 2024, NZME Publishing Limited</p>
</footer>
"""


def fusion(cols) -> str:
    gc = {
        "type": "results",
        "count": len(COLUMNS) + 112,
        "next": len(cols),
        "content_elements": [
            {
                "_id": col_path(c).rstrip("/").rsplit("/", 1)[1],
                "type": "story",
                "canonical_url": col_path(c),
                "headlines": {"basic": c[0]},
                "description": {"basic": c[3]},
                "display_date": f"{c[2]}T05:00:00.000Z",
                "credits": {"by": [{"_id": "sarah-ngata", "name": AUTHOR, "url": PAGE}]},
                "content_restrictions": {"content_code": "premium" if c[4] else "free"},
            }
            for c in cols
        ],
    }
    cache = {
        "latest-news": {
            "content_elements": [
                {"canonical_url": news("nz", h), "headlines": {"basic": h}} for _t, h in LATEST
            ]
        }
    }
    return (
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
        'Fusion.arcSite="nzh";Fusion.contextPath="";Fusion.deployment="2841";'
        f'Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};'
        f'Fusion.contentCache={json.dumps(cache, ensure_ascii=False)};</script>'
    )


def page(n: int) -> str:
    start = sum(PAGE_SIZES[: n - 1])
    cols = COLUMNS[start : start + PAGE_SIZES[n - 1]]
    canonical = PAGE if n == 1 else f"{PAGE}?page={n}"
    body = []
    for i, c in enumerate(cols):
        body.append(card(c, i + start, hero=(n == 1 and i == 0)))
    more = (
        f'<div class="load-more"><a class="load-more__button button" href="?page={n + 1}" data-page="{n + 1}">Load more</a></div>'
        if n < len(PAGE_SIZES)
        else '<div class="load-more load-more--end"><p>You have reached the end.</p></div>'
    )
    ld = [
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "NZ Herald",
         "url": f"{O}/", "logo": {"@type": "ImageObject", "url": f"{O}/pf/resources/images/logo.png"},
         "sameAs": ["https://www.facebook.com/nzherald.example", "https://twitter.com/nzherald_example"]},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{O}/"},
            {"@type": "ListItem", "position": 2, "name": "Opinion", "item": f"{O}/topic/opinion/"},
            {"@type": "ListItem", "position": 3, "name": AUTHOR, "item": f"{O}{PAGE}"}]},
        {"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {
            "@type": "Person", "name": AUTHOR, "jobTitle": "Columnist", "url": f"{O}{PAGE}",
            "sameAs": ["https://twitter.com/sarahngata_example"]}},
    ]
    lds = "\n".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>' for x in ld)
    return f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sarah Ngata{'' if n == 1 else f' - Page {n}'} - NZ Herald</title>
<meta name="description" content="Read the latest columns by Sarah Ngata, NZ Herald columnist writing on politics, te ao Māori and social policy.">
<link rel="canonical" href="{O}{canonical}">
<meta property="og:type" content="profile">
<meta property="og:title" content="Sarah Ngata - NZ Herald">
<meta property="og:url" content="{O}{canonical}">
<meta property="og:site_name" content="NZ Herald">
<meta name="twitter:site" content="@nzherald_example">
<link rel="alternate" type="application/rss+xml" title="NZ Herald - New Zealand" href="/arc/outboundfeeds/rss/section/nz.xml">
<link rel="preconnect" href="https://www.nzherald-images.example">
<link rel="stylesheet" href="/pf/dist/engine/react.css?d=2841&amp;mxId=00000000">
{lds}
</head>
<body class="author-page">
<div id="fusion-app" class="layout-root">
<a class="skip-link" href="#main">Skip to content</a>
{header()}
<main id="main" class="page-content">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol class="breadcrumbs__list">
      <li><a href="{O}/">Home</a></li>
      <li><a href="../../topic/opinion/">Opinion</a></li>
      <li><a href="/topic/opinion/columnists/">Columnists</a></li>
      <li aria-current="page">Sarah Ngata</li>
    </ol>
  </nav>
  <section class="author-header">
    <img class="author-header__image" src="https://www.nzherald-images.example/authors/sarah-ngata.png" alt="Sarah Ngata">
    <div class="author-header__text">
      <h1 class="author-header__name">Sarah Ngata</h1>
      <p class="author-header__role">Columnist</p>
      <p class="author-header__bio">Sarah Ngata (Ngāti Porou) writes on politics, te ao Māori and social policy. She was previously a press gallery reporter and a teacher in Gisborne.</p>
      <ul class="author-header__social">
        <li><a href="https://twitter.com/sarahngata_example">Follow on X</a></li>
        <li><a href="mailto:sarah.ngata@nzherald.example">Email Sarah</a></li>
      </ul>
      <ul class="author-header__topics" aria-label="Topics">
        <li><a href="/topic/politics/">Politics</a></li>
        <li><a href="/topic/te-tiriti-o-waitangi/">Te Tiriti o Waitangi</a></li>
        <li><a href="/topic/education/">Education</a></li>
        <li><a href="/topic/health/">Health</a></li>
      </ul>
    </div>
  </section>
  <div class="layout layout--two-col">
    <div class="layout__main">
      <div class="section-heading section-heading--bar"><h2>Latest from Sarah Ngata</h2></div>
      <div class="story-list" data-test-ui="author-feed">
{''.join(body)}      </div>
      {more}
    </div>
{rail()}
  </div>
{recommended()}
{more_opinion()}
{sponsored()}
{newsletter()}
</main>
{footer()}
</div>
{fusion(cols)}
<script src="/pf/dist/engine/react.js?d=2841" defer></script>
</body>
</html>
"""


def rss_date(iso: str, hour: int) -> str:
    import datetime

    d = datetime.date.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y") + f" {hour:02d}:00:00 +0000"


def site_feed() -> str:
    items = []
    entries = [("nz", h, "Staff Reporter", "") for _t, h in LATEST[:6]]
    entries.insert(3, ("nz", None, AUTHOR, ""))  # Sarah's newest column is in the section feed
    entries += [("nz", h, n, "oc") for _s, n, h in OTHER_COLUMNISTS[:2]]
    entries += [("nz", h, "NZ Herald", "r") for s, h in RANKED if s == "nz"]
    for k, (s, h, by, extra) in enumerate(entries):
        if h is None:
            h, link = COLUMNS[0][0], col_path(COLUMNS[0])
        else:
            link = news(s, h, extra)
        items.append(
            f"<item><title><![CDATA[{h}]]></title><link>{O}{link}</link>"
            f'<guid isPermaLink="false">{link.rstrip("/").rsplit("/", 1)[1]}</guid>'
            f"<dc:creator><![CDATA[{by}]]></dc:creator>"
            f"<description><![CDATA[{h}.]]></description>"
            f"<pubDate>{rss_date('2024-06-21', 23 - k)}</pubDate></item>\n"
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>NZ Herald - New Zealand</title>
<link>{O}/nz/</link>
<atom:link href="{O}/arc/outboundfeeds/rss/section/nz.xml" rel="self" type="application/rss+xml"/>
<description>Latest New Zealand news from the NZ Herald</description>
<language>en-NZ</language>
<lastBuildDate>{rss_date('2024-06-21', 23)}</lastBuildDate>
{''.join(items)}</channel>
</rss>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "author" / "sarah-ngata"
    d.mkdir(parents=True)
    for n in range(1, len(PAGE_SIZES) + 1):
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (d / name).write_text(page(n), encoding="utf-8")
    feed = OUT / "arc" / "outboundfeeds" / "rss" / "section"
    feed.mkdir(parents=True)
    (feed / "nz.xml").write_text(site_feed(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /my-account/\nDisallow: /search/\nSitemap: {{origin}}/arc/outboundfeeds/sitemap-index/\n",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": (
            "NZ Herald-like Arc/Fusion author page: columns at /<section>/<slug>/<26-char id>/, "
            "'Load more' link to ?page=N; Latest News, Premium, ranked, More Opinion and Sponsored "
            "rails use the very same URL shape (mostly /nz/), repeated on every page."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGE_SIZES),
        "author": AUTHOR,
        "columns": [col_path(c) for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
