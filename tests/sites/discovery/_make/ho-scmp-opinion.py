"""Generate the held-out discovery fixture ``ho-scmp-opinion`` (stdlib only, deterministic).

Imitates a Hong Kong English daily's opinion SECTION page (``/comment/opinion``, no trailing
slash, no single author): a Next.js/emotion front end with hashed ``css-*`` class names and
``data-qa`` attributes, columns from many columnists under several subsections
(``/opinion/<sub>/article/<id>/<slug>``), a hero lead story, ``?module=&pgtype=`` tracking on
internal links, arrow-only pagination labelled by ``aria-label``, letters, most-popular news,
native-ad cards and a site-wide news RSS feed advertised in the head.

    python tests/sites/discovery/_make/ho-scmp-opinion.py
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import quote

NAME = "ho-scmp-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
SECTION = "/comment/opinion"
FEED = "/rss/91/feed.xml"

SUBS = {
    "world-opinion": "World Opinion",
    "hong-kong-opinion": "Hong Kong Opinion",
    "china-opinion": "China Opinion",
    "asia-opinion": "Asia Opinion",
}

WRITERS = [
    ("Dennis Tsang Ka-lok", "/author/dennis-tsang-ka-lok", True),
    ("Olivia Chen", "/author/olivia-chen", True),
    ("Mark Holloway", "/author/mark-holloway", False),
    ("Priya Menon", "/author/priya-menon", False),
    ("Zhou Xinyu", "/author/zhou-xinyu", True),
    ("Simon Fairbank", "/author/simon-fairbank", False),
    ("Cheung Wing-sze", "/author/cheung-wing-sze", True),
    ("Tom Okonkwo", "/author/tom-okonkwo", False),
]

# (subsection, id, headline, summary, date, writer index, comments)
COLUMNS = [
    ("world-opinion", 3246012, "Why a US-China detente may not survive America’s election year",
     "Both Washington and Beijing want stability. Neither controls the campaign calendar.", "2024-01-05T07:00:00+08:00", 5, 41),
    ("hong-kong-opinion", 3246013, "Hong Kong’s district council polls reveal a city tired of politics",
     "A record-low turnout should worry officials more than any protest.", "2024-01-05T06:30:00+08:00", 0, 87),
    ("china-opinion", 3245987, "Beijing’s property fix needs more than easy money",
     "Cheaper mortgages will not restore confidence while developers keep defaulting.", "2024-01-04T18:00:00+08:00", 4, 12),
    ("asia-opinion", 3245970, "Taiwan’s election is not the flashpoint the West imagines",
     "Voters on the island care more about wages and housing than about Beijing.", "2024-01-04T12:00:00+08:00", 3, 66),
    ("hong-kong-opinion", 3245958, "Northern Metropolis: a bold plan in search of people",
     "The government has the land. It has yet to explain who will live and work there.", "2024-01-04T07:00:00+08:00", 6, 23),
    ("world-opinion", 3245941, "Gaza ceasefire talks show the limits of American leverage",
     "Washington has influence over Israel, but not the kind it would like.", "2024-01-03T20:00:00+08:00", 7, 104),
    ("china-opinion", 3245923, "Youth unemployment: the data gap",
     "Suspending the statistics did not make the problem go away.", "2024-01-03T11:00:00+08:00", 1, 9),
    ("hong-kong-opinion", 3245910, "Let’s stop pretending the mega-events strategy works",
     "A concert here and a rugby match there will not bring back the tourists of 2018.", "2024-01-03T07:00:00+08:00", 0, 52),
    ("asia-opinion", 3245896, "Japan’s yen gamble",
     "The Bank of Japan is running out of reasons to wait.", "2024-01-02T16:00:00+08:00", 2, 7),
    ("world-opinion", 3245874, "Europe must stop waiting for Washington on Ukraine",
     "If US aid stalls, the EU will have to decide whether it is serious about Kyiv.", "2024-01-02T09:00:00+08:00", 5, 31),
    ("hong-kong-opinion", 3245860, "Article 23 law should be passed with care, not haste",
     "Getting the definitions right matters more than meeting a deadline.", "2024-01-01T10:00:00+08:00", 6, 143),
    ("china-opinion", 3245842, "What Xi’s New Year message left unsaid",
     "The speech acknowledged economic headwinds for the first time. It offered little else.", "2024-01-01T08:00:00+08:00", 4, 58),
    ("asia-opinion", 3245831, "Asean cannot keep ignoring Myanmar",
     "Three years after the coup, the bloc’s five-point consensus is a dead letter.", "2023-12-31T09:00:00+08:00", 3, 14),
    ("hong-kong-opinion", 3245819, "Hong Kong’s talent schemes need a second act",
     "Attracting applicants was the easy part. Keeping them is harder.", "2023-12-30T08:00:00+08:00", 1, 36),
    ("world-opinion", 3245807, "Red Sea attacks are a warning for global shipping",
     "The Houthi campaign exposes how fragile the world’s trade arteries have become.", "2023-12-29T15:00:00+08:00", 7, 20),
    ("china-opinion", 3245790, "Why foreign investors are quietly returning to China",
     "Headlines say capital is fleeing. The deal flow tells a more nuanced story.", "2023-12-29T07:00:00+08:00", 2, 45),
    ("hong-kong-opinion", 3245776, "The 5.6-year wait for public housing is a scandal",
     "Light public housing is a stopgap. The city needs a permanent answer.", "2023-12-28T08:00:00+08:00", 0, 97),
    ("asia-opinion", 3245761, "India’s rise is real, but it is uneven",
     "Growth figures dazzle; jobs figures do not.", "2023-12-27T12:00:00+08:00", 3, 28),
    ("world-opinion", 3245749, "Argentina’s Milei is a shock therapist with no anaesthetic",
     "The new president’s chainsaw may cut inflation. It will also cut support.", "2023-12-27T07:00:00+08:00", 5, 17),
    ("hong-kong-opinion", 3245733, "Lunar New Year fireworks, and what they say about us",
     "A city that loves spectacle should ask what it is celebrating.", "2023-12-26T09:00:00+08:00", 6, 11),
    ("china-opinion", 3245718, "Taking Beijing’s climate pledges seriously",
     "China is building renewables faster than anyone. It is also still building coal plants.", "2023-12-25T10:00:00+08:00", 4, 33),
    ("asia-opinion", 3245702, "South Korea’s birth rate crisis",
     "Cash incentives have failed. The problem is the way Koreans work.", "2023-12-24T08:00:00+08:00", 1, 62),
    ("world-opinion", 3245689, "The AI race is a race for chips, not chatbots",
     "Export controls are shaping the technology more than any model launch.", "2023-12-23T07:00:00+08:00", 7, 26),
    ("hong-kong-opinion", 3245671, "Why the MTR fare rise is fair",
     "The railway is not a charity, and its riders get a good deal.", "2023-12-22T08:00:00+08:00", 2, 188),
    ("china-opinion", 3245655, "China’s local debt problem is a governance problem",
     "No amount of refinancing will fix incentives that reward building over budgeting.", "2023-12-21T09:00:00+08:00", 4, 19),
    ("hong-kong-opinion", 3245640, "Minimum wage review falls short again",
     "A HK$2.10 rise does not keep pace with the cost of living.", "2023-12-20T08:00:00+08:00", 0, 74),
    ("world-opinion", 3245622, "Cop28’s fossil fuel deal: progress on paper",
     "The world agreed to transition away from fossil fuels. Now comes the hard part.", "2023-12-19T12:00:00+08:00", 5, 15),
    ("asia-opinion", 3245607, "Philippines and China on a collision course",
     "Water cannon at Second Thomas Shoal is a warning of worse to come.", "2023-12-18T09:00:00+08:00", 3, 49),
    ("hong-kong-opinion", 3245593, "Bringing back the crowds",
     "Night markets alone will not revive the city’s nightlife.", "2023-12-17T08:00:00+08:00", 6, 8),
    ("world-opinion", 3245578, "Kissinger’s complicated legacy in Asia",
     "He opened the door to China. He also left a trail of wreckage across Southeast Asia.", "2023-12-16T07:00:00+08:00", 7, 37),
    ("china-opinion", 3245560, "Beijing and Washington need more than a hotline",
     "Military communication is a start. Trust requires much more.", "2023-12-15T10:00:00+08:00", 1, 22),
    ("asia-opinion", 3245547, "Indonesia’s election is a referendum on Jokowi’s legacy",
     "The outgoing president is not on the ballot, but his dynasty is.", "2023-12-14T08:00:00+08:00", 2, 13),
]
PAGES = [COLUMNS[0:12], COLUMNS[12:24], COLUMNS[24:32]]

LETTERS = [
    (3245999, "Public transport must do more for elderly riders"),
    (3245981, "District councils: low turnout is a message"),
    (3245963, "Plastic bag levy has not changed our habits"),
    (3245948, "Give the harbourfront back to pedestrians"),
]

MOST_POPULAR = [
    (3246021, "Hong Kong’s first cold snap of winter sends temperatures to 9 degrees"),
    (3246017, "Three arrested over HK$50 million cryptocurrency fraud"),
    (3246009, "Hong Kong to extend tax rebate as budget deficit widens"),
    (3245995, "MTR disruption leaves thousands stranded on Tsuen Wan line"),
    (3245977, "Hong Kong’s Lunar New Year fairs to return at full scale"),
]

NEWS_STRIP = [
    ("/news/china/diplomacy/article/3246031/china-and-us-hold-first-military-talks-in-over-a-year",
     "China and US hold first military talks in over a year", "Diplomacy"),
    ("/news/asia/east-asia/article/3246025/japan-earthquake-death-toll-rises-above-100",
     "Japan earthquake death toll rises above 100", "East Asia"),
    ("/economy/china-economy/article/3246018/chinas-services-activity-expands-at-fastest-pace-in-four-months",
     "China’s services activity expands at fastest pace in four months", "China Economy"),
]

EDITORS_PICKS = [
    ("/magazines/post-magazine/long-reads/article/3245912/the-last-tailors-of-shanghai-street",
     "The last tailors of Shanghai Street"),
    ("/lifestyle/food-drink/article/3245877/hong-kongs-best-new-restaurants-of-2023",
     "Hong Kong’s best new restaurants of 2023"),
    ("/sport/football/article/3245955/why-hong-kongs-asian-cup-squad-has-nothing-to-lose",
     "Why Hong Kong’s Asian Cup squad has nothing to lose"),
]

NAV = [
    ("/news/hong-kong", "Hong Kong"), ("/news/china", "China"), ("/news/asia", "Asia"),
    ("/news/world", "World"), ("/comment", "Opinion"), ("/business", "Business"),
    ("/tech", "Tech"), ("/lifestyle", "Lifestyle"), ("/sport", "Sport"),
    ("/magazines/post-magazine", "Post Mag"), ("/video", "Video"), ("/knowledge", "More"),
]

COMMENT_NAV = [
    ("/comment/opinion", "Opinion"), ("/comment/letters", "Letters"),
    ("/comment/columnists", "Columnists"), ("/comment/harrys-view", "Cartoons"), ("/comment", "More"),
]

FOOTER = [
    ("/about-us", "About Us"), ("/contact-us", "Contact Us"), ("/advertise", "Advertise"),
    ("/privacy-policy", "Privacy Policy"), ("/terms-conditions", "Terms & Conditions"),
    ("/code-of-conduct", "Code of Ethics"), ("/sitemap", "Site Map"), ("/rss", "RSS Feeds"),
    ("/newsletters", "Newsletters"), ("https://www.facebook.com/scmp", "Facebook"),
    ("https://twitter.com/scmpnews", "Twitter"), ("https://www.linkedin.com/company/scmp", "LinkedIn"),
]

e = html.escape


def slugify(text: str) -> str:
    text = text.replace("’", "").replace("'", "").replace("$", "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def col_path(c) -> str:
    return f"/opinion/{c[0]}/article/{c[1]}/{slugify(c[2])}"


def page_url(n: int) -> str:
    return SECTION if n == 1 else f"{SECTION}?page={n}"


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def human(dt: str) -> str:
    y, m, d = dt[:10].split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def head(n: int) -> str:
    ld = [
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Comment", "item": "{{origin}}/comment"},
            {"@type": "ListItem", "position": 2, "name": "Opinion", "item": "{{origin}}/comment/opinion"},
        ]},
        {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Opinion",
         "url": "{{origin}}" + page_url(n),
         "description": "Opinion pieces and columns from the South China Morning Post.",
         "publisher": {"@type": "NewsMediaOrganization", "name": "South China Morning Post"}},
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "South China Morning Post",
         "url": "{{origin}}", "logo": {"@type": "ImageObject", "url": "{{origin}}/images/scmp-logo.png"},
         "sameAs": ["https://www.facebook.com/scmp", "https://twitter.com/scmpnews"]},
        {"@context": "https://schema.org", "@type": "WebSite", "url": "{{origin}}",
         "potentialAction": {"@type": "SearchAction", "target": "{{origin}}/search/{search_term_string}",
                             "query-input": "required name=search_term_string"}},
    ]
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b, ensure_ascii=False)}</script>' for b in ld)
    title = "Opinion | South China Morning Post" if n == 1 else f"Opinion | Page {n} | South China Morning Post"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(title)}</title><meta name="description" content="Opinion pieces and columns on Hong Kong, China, Asia and the world from SCMP columnists and contributors."/><link rel="canonical" href="{{{{origin}}}}{page_url(n)}"/><meta property="og:title" content="Opinion | South China Morning Post"/><meta property="og:url" content="{{{{origin}}}}{page_url(n)}"/><meta property="og:type" content="website"/><meta name="twitter:site" content="@SCMPNews"/><link rel="alternate" type="application/rss+xml" title="News - South China Morning Post" href="{{{{origin}}}}{FEED}"/><link rel="preload" as="font" href="/_next/static/media/Roboto-Regular.woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/_next/static/css/7c1e0f6ab2d43c19.css"/>{scripts}<style data-emotion="css 1k8d3ni 9p0xqz 3vaxwl 1rktzsu q7lv1x 1gl4ltk">.css-1k8d3ni{{display:grid;grid-template-columns:2fr 1fr;}}.css-9p0xqz{{font-size:2rem;}}</style></head>
"""


def header() -> str:
    nav = "".join(f'<li class="css-1n4vnvp"><a href="{h}" class="css-7n1jnh">{e(t)}</a></li>' for h, t in NAV)
    cnav = "".join(
        f'<a href="{h}" class="css-q7lv1x css-current" aria-current="page">{e(t)}</a>'
        if h == SECTION
        else f'<a href="{h}" class="css-q7lv1x">{e(t)}</a>'
        for h, t in COMMENT_NAV
    )
    return f"""<body><div id="__next"><div class="css-1dbjc4n" data-qa="Page-container">
<header class="css-1x9fk2q" data-qa="Header"><div class="css-rfxs7s"><button type="button" class="css-13f7dq3" aria-label="Open menu"><svg width="24" height="24" aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18"/></svg></button><a href="{{{{origin}}}}/" class="css-1p3d4se" aria-label="South China Morning Post"><svg width="160" height="28" aria-hidden="true"><path d="M0 0h160v28H0z"/></svg></a><div class="css-hd4e1f"><a href="/subscribe?utm_source=section&amp;utm_medium=header_button" class="css-3vaxwl">Subscribe</a><a href="https://account.example-scmp.com/login?destination=%2Fcomment%2Fopinion" class="css-1rktzsu" rel="nofollow">Sign in</a><a href="/search" class="css-8mp3tb" aria-label="Search"><svg width="20" height="20" aria-hidden="true"><circle cx="9" cy="9" r="7"/></svg></a></div></div><nav class="css-1gl4ltk" aria-label="Main"><ul class="css-1bn4jjc">{nav}</ul></nav></header>
<main class="css-1k8d3ni" data-qa="SectionPage-main"><div class="css-1lr9x3b" data-qa="SectionPage-content">
<nav class="css-11ul3zj" aria-label="breadcrumb" data-qa="Breadcrumb"><a href="/comment" class="css-1fvbd2n">Comment</a><span class="css-1db6u9a" aria-hidden="true">›</span><span class="css-1fvbd2n">Opinion</span></nav>
<div class="css-a73b8z" data-qa="SectionHeader"><h1 class="css-9p0xqz">Opinion</h1><div class="css-xk2d7q" data-qa="SubSectionNav">{cnav}</div><div class="css-hmfq1v" data-qa="SubSectionTopics"><a href="/opinion/hong-kong-opinion" class="css-1iarjtv">Hong Kong Opinion</a><a href="/opinion/china-opinion" class="css-1iarjtv">China Opinion</a><a href="/opinion/asia-opinion" class="css-1iarjtv">Asia Opinion</a><a href="/opinion/world-opinion" class="css-1iarjtv">World Opinion</a><a href="/topics/us-china-relations" class="css-1iarjtv">US-China relations</a><a href="/topics/article-23" class="css-1iarjtv">Article 23</a></div></div>
"""


def writer(c):
    return WRITERS[c[5]]


def author_html(c) -> str:
    name, page, columnist = writer(c)
    badge = '<span class="css-1wd6k0d" data-qa="AuthorBadge">Columnist</span>' if columnist else ""
    return f'<div class="css-kv1o6r" data-qa="AuthorName"><a href="{page}" class="css-t6ix1i">{e(name)}</a>{badge}</div>'


def share(c) -> str:
    url = "https://www.scmp.com" + col_path(c)
    u = quote(url, safe="")
    return (
        '<div class="css-2xak6x" data-qa="ShareButtons">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}%3Futm_source%3Dfacebook%26utm_medium%3Dshare_widget" class="css-c3o8jn" target="_blank" rel="noopener noreferrer" aria-label="Share on Facebook"><svg width="20" height="20" aria-hidden="true"><path d="M0 0h20v20H0z"/></svg></a>'
        f'<a href="https://twitter.com/intent/tweet?url={u}%3Futm_source%3Dtwitter%26utm_medium%3Dshare_widget&amp;text={quote(c[2], safe="")}" class="css-c3o8jn" target="_blank" rel="noopener noreferrer" aria-label="Share on X"><svg width="20" height="20" aria-hidden="true"><path d="M0 0h20v20H0z"/></svg></a>'
        f'<a href="https://api.whatsapp.com/send?text={u}%3Futm_source%3Dwhatsapp" class="css-c3o8jn" target="_blank" rel="noopener noreferrer" aria-label="Share on WhatsApp"><svg width="20" height="20" aria-hidden="true"><path d="M0 0h20v20H0z"/></svg></a>'
        f'<a href="{{{{origin}}}}{col_path(c)}?utm_source=copy_link&amp;utm_medium=share_widget&amp;utm_campaign={c[1]}" class="css-c3o8jn" data-qa="CopyLink" aria-label="Copy link"><svg width="20" height="20" aria-hidden="true"><path d="M0 0h20v20H0z"/></svg></a>'
        "</div>"
    )


def lead(c) -> str:
    p = col_path(c)
    return f"""<div class="css-1sx4l5v" data-qa="SectionTopStory"><a href="{{{{origin}}}}{p}?module=lead_hero_story&amp;pgtype=section" class="css-ufsb72" aria-label="{e(c[2])}"><div class="css-1dqd2zd"><img src="https://img.example-scmp-cdn.com/1200x800/{c[1]}.jpg" alt="US President Joe Biden and Chinese President Xi Jinping meet in Woodside, California, in November." width="1200" height="800"/></div></a><div class="css-1ga3nyv"><a href="/opinion/{c[0]}" class="css-1l2cwx8" data-qa="SectionLink">{SUBS[c[0]]}</a><a href="{{{{origin}}}}{p}?module=lead_hero_story&amp;pgtype=section" class="css-1bsq1y7"><h2 class="css-1xdhyk6" data-qa="ContentHeadline">{e(c[2])}</h2></a><ul class="css-1mkqbh5" data-qa="ContentSummary"><li>{e(c[3])}</li><li>The coming months will test whether the Woodside understandings were a turning point or a pause</li></ul>{author_html(c)}<div class="css-1f4l2xa"><time dateTime="{c[4]}" class="css-1u2tf7v">{human(c[4])}</time><a href="{p}#comments" class="css-9tb1iv" data-qa="CommentCount" aria-label="{c[6]} comments"><svg width="14" height="14" aria-hidden="true"><path d="M0 0h14v14H0z"/></svg><span>{c[6]}</span></a></div>{share(c)}</div></div>
"""


def card(c, k: int, n: int) -> str:
    p = col_path(c)
    # the CMS tags a few headline links with module/pgtype; image links are root-relative or relative
    headline_href = f"{{{{origin}}}}{p}" + ("?module=opinion_listing&amp;pgtype=section" if k % 4 == 2 else "")
    img_href = ".." + p if (k + n) % 3 == 0 else p
    img = (
        f'<a href="{img_href}" class="css-1b2y6wc" tabindex="-1" aria-hidden="true"><img src="https://img.example-scmp-cdn.com/375x250/{c[1]}.jpg" alt="" width="375" height="250" loading="lazy"/></a>'
        if k % 5 != 4
        else ""
    )
    return f"""<div class="css-1oqg5xk" data-qa="ContentItemPrimary">{img}<div class="css-jv8k5s"><a href="/opinion/{c[0]}" class="css-1l2cwx8" data-qa="SectionLink">{SUBS[c[0]]}</a><a href="{headline_href}" class="css-1bsq1y7"><h2 class="css-1k5g0b1" data-qa="ContentHeadline">{e(c[2])}</h2></a><p class="css-1y1mbho" data-qa="ContentSummary">{e(c[3])}</p>{author_html(c)}<div class="css-1f4l2xa"><time dateTime="{c[4]}" class="css-1u2tf7v">{human(c[4])}</time><a href="{{{{origin}}}}{p}#comments" class="css-9tb1iv" data-qa="CommentCount" aria-label="{c[6]} comments"><svg width="14" height="14" aria-hidden="true"><path d="M0 0h14v14H0z"/></svg><span>{c[6]}</span></a></div></div></div>
"""


def news_strip() -> str:
    items = "".join(
        f'<div class="css-5e8kbr"><span class="css-mw1k6o">{e(s)}</span><a href="{h}?module=perpetual_scroll_0&amp;pgtype=section" class="css-1bsq1y7"><h3 class="css-1s6jwwj">{e(t)}</h3></a></div>'
        for h, t, s in NEWS_STRIP
    )
    return f'<div class="css-gq5z8p" data-qa="Carousel-container">{items}</div>\n'


def native_ad() -> str:
    return """<div class="css-1u6wwz3" data-qa="AdSlot-container"><div class="css-1sbb6xg">Advertisement</div><div id="div-gpt-ad-section-opinion-native1" class="css-8lq5ly"><a href="/native/business/article/3245777/how-family-offices-are-rethinking-asia?module=native_ad&amp;pgtype=section" class="css-1oqg5xk"><img src="https://img.example-scmp-cdn.com/375x250/native-3245777.jpg" alt="" width="375" height="250"/><span class="css-1a1ugli">Paid Post · Presented by Lumen Private Bank</span><h2 class="css-1k5g0b1">How family offices are rethinking Asia</h2></a></div></div>
"""


def pager(n: int, total: int) -> str:
    svg_l = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"/></svg>'
    svg_r = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6"/></svg>'
    if n == 1:
        prev = f'<span class="pagination__arrow pagination__arrow--disabled" aria-label="Previous page" aria-disabled="true">{svg_l}</span>'
    else:
        prev_href = SECTION if n == 2 else f"?page={n - 1}"
        prev = f'<a class="pagination__arrow" aria-label="Previous page" href="{prev_href}">{svg_l}</a>'
    if n < total:
        nxt = f'<a class="pagination__arrow" aria-label="Next page" href="?page={n + 1}">{svg_r}</a>'
    else:
        nxt = f'<span class="pagination__arrow pagination__arrow--disabled" aria-label="Next page" aria-disabled="true">{svg_r}</span>'
    return f'<nav class="pagination css-1r8xmnw" data-qa="Pagination">{prev}{nxt}</nav>\n'


def aside() -> str:
    popular = "".join(
        f'<li class="css-1w6z3zv"><span class="css-b0vy7y">{i + 1}</span><a href="{{{{origin}}}}/news/hong-kong/article/{aid}/{slugify(t)}?module=most_popular&amp;pgtype=section" class="css-1bsq1y7"><h3 class="css-1s6jwwj">{e(t)}</h3></a></li>'
        for i, (aid, t) in enumerate(MOST_POPULAR)
    )
    letters = "".join(
        f'<div class="css-5e8kbr"><a href="/comment/letters/article/{aid}/{slugify(t)}" class="css-1bsq1y7"><h3 class="css-1s6jwwj">{e(t)}</h3></a><span class="css-kv1o6r">Letters</span></div>'
        for aid, t in LETTERS
    )
    cols = "".join(
        f'<li><a href="{p}" class="css-t6ix1i"><img src="https://img.example-scmp-cdn.com/author/{p.rsplit("/", 1)[-1]}.png" alt="" width="40" height="40"/>{e(nm)}</a></li>'
        for nm, p, is_col in WRITERS
        if is_col
    )
    picks = "".join(
        f'<a href="{h}" class="css-1oqg5xk"><img src="https://img.example-scmp-cdn.com/200x133/{h.split("/article/")[1].split("/")[0]}.jpg" alt="" width="200" height="133"/><h3 class="css-1s6jwwj">{e(t)}</h3></a>'
        for h, t in EDITORS_PICKS
    )
    return f"""<aside class="css-1w2vgoj" data-qa="SectionPage-aside"><div class="css-1u6wwz3" data-qa="AdSlot-container"><div class="css-1sbb6xg">Advertisement</div><div id="div-gpt-ad-section-opinion-mrec1" class="css-8lq5ly" style="min-height:250px"></div></div>
<section class="css-1y3f0ms" data-qa="MostPopular"><h2 class="css-1l7ywhm">Most Popular</h2><ol class="css-xq2d5m">{popular}</ol></section>
<section class="css-1y3f0ms" data-qa="Letters"><h2 class="css-1l7ywhm"><a href="/comment/letters">Letters</a></h2>{letters}<a href="/comment/letters" class="css-1v5x5pu">More letters</a><a href="/letters-to-the-editor-submit" class="css-1v5x5pu">Write to us</a></section>
<section class="css-1y3f0ms" data-qa="Columnists"><h2 class="css-1l7ywhm">Our columnists</h2><ul class="css-1jg3n4o">{cols}</ul><a href="/comment/columnists" class="css-1v5x5pu">All columnists</a></section>
<section class="css-1y3f0ms" data-qa="EditorsPicks"><h2 class="css-1l7ywhm">Editor’s Picks</h2>{picks}</section>
<div class="css-1u6wwz3" data-qa="AdSlot-container"><div class="css-1sbb6xg">Advertisement</div><a href="https://ads.example-network.com/click?cid=77310&amp;site=scmp&amp;pos=rr_native" rel="sponsored nofollow" class="css-1oqg5xk"><img src="https://ads.example-network.com/img/77310.jpg" alt="" width="300" height="200"/><span class="css-1a1ugli">Sponsored · Harbourview Residences</span><h3 class="css-1s6jwwj">Sea-view homes in Tseung Kwan O from HK$6.8 million</h3></a></div>
<section class="css-1y3f0ms" data-qa="NewsletterWidget"><h2 class="css-1l7ywhm">Opinion newsletter</h2><p>Get the week’s best commentary in your inbox every Saturday.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"/><input type="hidden" name="list" value="opinion-weekly"/><button type="submit" class="css-3vaxwl">Sign up</button></form><a href="/newsletters" class="css-1v5x5pu">See all newsletters</a></section>
</aside>
"""


def footer() -> str:
    links = "".join(f'<li><a href="{h}" class="css-1h7pg2j">{e(t)}</a></li>' for h, t in FOOTER)
    return f"""<footer class="css-1vrq3yj" data-qa="Footer"><a href="/" aria-label="SCMP"><svg width="120" height="20" aria-hidden="true"><path d="M0 0h120v20H0z"/></svg></a><ul class="css-14l3j0r">{links}</ul><p class="css-5jq5t3">Copyright © 2024 South China Morning Post Publishers Ltd. All rights reserved.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{{"page":"/section/[...slug]","query":{{"slug":["comment","opinion"]}},"buildId":"scmp-web-20240105"}}</script><script src="/_next/static/chunks/main-4c1f9b2a.js" async=""></script></body></html>
"""


def listing(n: int) -> str:
    cols = PAGES[n - 1]
    parts = [head(n), header()]
    body = []
    for k, c in enumerate(cols):
        if n == 1 and k == 0:
            body.append(lead(c))
            body.append('<div class="css-1n0ru7r" data-qa="ContentItems">\n')
            continue
        if k == 0:
            body.append('<div class="css-1n0ru7r" data-qa="ContentItems">\n')
        body.append(card(c, k, n))
        if k == 5:
            body.append(news_strip())
        if k == 3:
            body.append(native_ad())
    body.append("</div>\n")
    parts.extend(body)
    parts.append(pager(n, len(PAGES)))
    parts.append("</div>\n")
    parts.append(aside())
    parts.append("</main>\n")
    parts.append(footer())
    return "".join(parts)


def feed() -> str:
    news = [
        (f"/news/hong-kong/article/{aid}/{slugify(t)}", t) for aid, t in MOST_POPULAR
    ] + [(h, t) for h, t, _s in NEWS_STRIP] + [
        ("/news/hong-kong/politics/article/3246040/john-lee-to-brief-lawmakers-on-article-23-timetable",
         "John Lee to brief lawmakers on Article 23 timetable"),
        ("/news/world/europe/article/3246036/eu-leaders-prepare-plan-b-for-ukraine-funding",
         "EU leaders prepare ‘plan B’ for Ukraine funding"),
    ]
    days = ["Fri, 05 Jan 2024", "Fri, 05 Jan 2024", "Thu, 04 Jan 2024", "Thu, 04 Jan 2024", "Wed, 03 Jan 2024"]
    items = []
    for i, (p, t) in enumerate(news):
        items.append(
            f"""    <item>
      <title>{e(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="false">{p.split('/article/')[1].split('/')[0]} at https://www.scmp.com</guid>
      <description>{e(t)}.</description>
      <pubDate>{days[i % len(days)]} {10 - i % 9:02d}:{(i * 7) % 60:02d}:00 +0800</pubDate>
      <author>SCMP Reporter</author>
      <media:thumbnail url="https://img.example-scmp-cdn.com/750x500/{p.split('/article/')[1].split('/')[0]}.jpg"/>
    </item>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>News - South China Morning Post</title>
    <link>{{{{origin}}}}/news</link>
    <description>The latest news from Hong Kong, China, Asia and the world.</description>
    <language>en</language>
    <atom:link href="{{{{origin}}}}{FEED}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>Fri, 05 Jan 2024 10:30:00 +0800</lastBuildDate>
{chr(10).join(items)}
  </channel>
</rss>
"""


def main() -> None:
    (OUT / "comment").mkdir(parents=True, exist_ok=True)
    (OUT / "comment" / "opinion.html").write_text(listing(1), encoding="utf-8")
    for n in range(2, len(PAGES) + 1):
        (OUT / "comment" / f"opinion@page={n}.html").write_text(listing(n), encoding="utf-8")
    feed_file = OUT / FEED.strip("/")
    feed_file.parent.mkdir(parents=True, exist_ok=True)
    feed_file.write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Hong Kong English daily's opinion SECTION page (/comment/opinion, no single author) on a "
            "Next.js/emotion front end with hashed css-* classes; columns from many writers under "
            "several /opinion/<sub>/article/<id>/<slug> subsections, a hero lead, ?module=&pgtype= "
            "tracking, arrow-only pagination named by aria-label, and letters, most-popular news, "
            "native ads and a site-wide news RSS feed as distractors."
        ),
        "held_out": False,
        "pages": [SECTION],
        "max_index_pages": len(PAGES),
        "columns": [col_path(c) for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
