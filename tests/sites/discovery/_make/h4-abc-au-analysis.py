"""Generate the h4-abc-au-analysis discovery fixture (held out).

An Australian public broadcaster's React (Next.js-like) profile page
/news/laura-tingle/8342172: one listing page only, 12 DetailCard cards where the
whole card is an <a> holding <span data-component="Headline">, a script-driven
"Load more" <button> with no href, and the columnist's own RSS feed (20 entries,
8 of them only in the feed).  Top Stories, Just In, an unlabelled popular list,
"More analysis" and a promo all use the very same /news/<date>/<slug>/<id> shape.
Stdlib only, deterministic: python tests/sites/discovery/_make/h4-abc-au-analysis.py
"""

from __future__ import annotations

import datetime
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h4-abc-au-analysis"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/news/laura-tingle/8342172"
AUTHOR = "Laura Tingle"
FEED = "/news/feed/8342172/rss.xml"
SITE_FEED = "/news/feed/51120/rss.xml"
TODAY = "2024-01-05"


def slugify(text: str, max_words: int = 14) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", ""))
    return "-".join(words[:max_words])


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# (date, headline, synopsis, topic, slug override)
COLUMNS = [
    ("2024-01-05", "The year ahead will test whether Albanese can govern for the centre",
     "After a bruising 2023, the Prime Minister returns to a political landscape that rewards caution and punishes it in equal measure.",
     "Federal Government", None),
    ("2023-12-22", "Labor ends 2023 battered, but not beaten",
     "The government limps into the summer break with its majority intact and its authority diminished.",
     "Federal Government", None),
    ("2023-12-15", "The migration numbers that spooked Canberra",
     "A record net overseas migration figure has become the political story of the summer, whether the government likes it or not.",
     "Immigration", "migration-numbers-that-spooked-canberra"),
    ("2023-12-08", "Why the High Court's detention ruling caught the government flat-footed",
     "Ministers knew the case was coming. What they did not have was a plan for losing it.",
     "Law, Crime and Justice", None),
    ("2023-12-01", "Dutton's nuclear gamble",
     "The Opposition Leader is betting that voters care more about power bills than reactors.",
     "Energy", None),
    ("2023-11-24", "Parliament's last sitting fortnight is a mess of its own making",
     "Rushed bills, guillotined debates and a Senate in no mood to help.",
     "Parliament", None),
    ("2023-11-17", "Inflation is the only number that matters now",
     "Everything the government wants to do next year depends on a figure it cannot control.",
     "Economic Trends", None),
    ("2023-11-10", "Albanese's Beijing trip was about more than trade",
     "The symbolism of the visit mattered, but so did what was left unsaid.",
     "Foreign Affairs", None),
    ("2023-11-03", "After the Voice, a government searching for its purpose",
     "Three weeks on from the referendum, Labor is still working out what it stands for.",
     "Federal Government", None),
    ("2023-10-27", "The RBA has a new boss and an old problem",
     "Michele Bullock's first weeks have been dominated by the same question her predecessor could not answer.",
     "Economic Trends", None),
    ("2023-10-20", "What Washington wanted from the Prime Minister",
     "An official visit with all the trimmings still came with a list of requests.",
     "Foreign Affairs", None),
    ("2023-10-14", "The Voice defeat",
     "Australians have said no. The harder conversation starts now.",
     "Indigenous Recognition", "voice-referendum-defeat-analysis"),
    # feed only
    ("2023-10-07", "The final week of the Voice campaign exposed old fault lines",
     "Both camps are talking past each other, and past the voters who have not decided.",
     "Indigenous Recognition", None),
    ("2023-09-30", "Stage three tax cuts are a promise Labor can't escape",
     "The government keeps saying its position hasn't changed. That is exactly the problem.",
     "Tax", None),
    ("2023-09-23", "Housing policy is stuck in the Senate, and so is Labor",
     "The Greens have found a pressure point and they are leaning on it.",
     "Housing", None),
    ("2023-09-15", "Qantas, the Senate and the limits of influence",
     "A chief executive's early exit has not ended the government's problem with the airline.",
     "Aviation", None),
    ("2023-09-08", "Why the Treasurer is quietly pleased",
     "Growth is slowing, but not collapsing. In Canberra, that counts as good news.",
     "Economic Trends", None),
    ("2023-09-01", "A tale of two by-elections",
     "The results in Fadden and Aston told the major parties different stories.",
     "Elections", None),
    ("2023-08-25", "The week the Greens found their leverage",
     "Adam Bandt's party has worked out that delay is its most powerful weapon.",
     "Political Parties", None),
    ("2023-08-18", "Labor's conference, and the art of the deal",
     "Three days in Brisbane showed a party that has learnt to keep its arguments behind closed doors.",
     "Political Parties", None),
]
ON_PAGE = 12


def col_ids() -> list[int]:
    newest = datetime.date.fromisoformat(COLUMNS[0][0])
    return [
        103287654 - (newest - datetime.date.fromisoformat(c[0])).days * 4987 - (i * 3571) % 900
        for i, c in enumerate(COLUMNS)
    ]


IDS = col_ids()


def col_path(i: int) -> str:
    date, head, _s, _t, slug = COLUMNS[i]
    return f"/news/{date}/{slug or slugify(head)}/{IDS[i]}"


def art(date: str, head: str, aid: int) -> str:
    return f"/news/{date}/{slugify(head)}/{aid}"


TOP_STORIES = [
    ("Bushfire emergency warnings issued for WA's south-west as temperatures soar", 103287601),
    ("Victoria Police confirm body found in search for missing Ballarat woman", 103287422),
    ("Israel-Gaza war: Blinken heads to Middle East as fears of wider conflict grow", 103287190),
    ("Queensland's Gold Coast braces for more storms after deadly Christmas night", 103286933),
    ("Australia v Pakistan: Warner farewelled at SCG as Test cricket career ends", 103287588),
]

JUST_IN = [
    ("5m ago", "Man dies after being pulled from surf at Bondi", 103287811),
    ("14m ago", "ASX closes higher as mining stocks rally", 103287790),
    ("22m ago", "Flood warnings for Gulf Country as monsoon trough deepens", 103287762),
    ("38m ago", "Former Tasmanian premier calls for stadium inquiry", 103287735),
    ("51m ago", "Perth Scorchers beat Sydney Sixers in BBL thriller", 103287719),
    ("1h ago", "Coles and Woolworths accused of slow-walking price cuts", 103287702),
]

POPULAR = [
    ("2024-01-05", "Fake tradie scam leaves Canberra pensioner $40,000 out of pocket", 103287315),
    ("2024-01-04", "Why your power bill could fall in 2024 (but probably won't)", 103283998),
    ("2024-01-05", "Sydney's hottest suburbs named in new heat map", 103286502),
    ("2024-01-04", "What we know about the changes to student visas", 103284410),
    ("2024-01-05", "Shark sighting closes beaches on NSW Central Coast", 103287044),
]

OTHERS = [
    ("david-mcgrath", "David McGrath", 9921034, "2024-01-04",
     "Dutton's summer strategy is simple: say less, wait longer", 103284877),
    ("priya-venkat", "Priya Venkat", 11876542, "2024-01-03",
     "The housing target nobody believes will be met", 103281630),
    ("tom-kirwan", "Tom Kirwan", 101234880, "2024-01-05",
     "China's economy is slowing. Here's what that means for us", 103286118),
]

YOUR_SAY = ("2024-01-04", "Your say: Readers respond on stage three, the Voice and the year that was", 103285009)
PARTNER = ("2023-12-20", "ABC Giving Day: How your donation helps regional newsrooms", 103254410)

TOPICS = [
    ("Federal Government", "federal-government"), ("Elections", "elections"),
    ("Political Parties", "political-parties"), ("Anthony Albanese", "anthony-albanese"),
    ("Peter Dutton", "peter-dutton"), ("Economic Trends", "economic-trends"),
]

H = {  # hashed CSS-module class names, as a Next.js build would give
    "card": "DetailCard_card__kR3wQ",
    "cardLarge": "DetailCard_card__kR3wQ DetailCard_large__x8Ao1",
    "link": "CardLink_link__vFm9U",
    "head": "Typography_base__k7c9F Typography_sizeDesktop20__Ab3lU Typography_lineHeightDesktop24__pP2t6",
    "headLarge": "Typography_base__k7c9F Typography_sizeDesktop32__Zm4jY",
    "syn": "Typography_base__k7c9F Typography_sizeDesktop16__c0dD2 DetailCard_synopsis__Qr1tS",
    "label": "Label_label__3ZrGz Label_analysis__oH2qe",
    "time": "Timestamp_timestamp__s0aQf",
}


def au_date(iso: str) -> str:
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%a ") + str(d.day) + d.strftime(" %b %Y")


def detail_card(i: int, large: bool) -> str:
    date, head, syn, topic, _slug = COLUMNS[i]
    p = col_path(i)
    href = O + p if i % 3 == 2 else p
    topic_slug = slugify(topic).replace("-and-", "-")
    img_w = 1200 if large else 480
    foot = ""
    if i == 0:
        foot = (
            f'<div data-component="CardFooter" class="DetailCard_footer__u7tQm">'
            f'<a data-component="TopicTag" href="/news/topic/{topic_slug}">{esc(topic)}</a>'
            f'<a data-component="CommentCount" href="{p}#comments">186 comments</a>'
            f'<button data-component="ShareButton" type="button" aria-label="Share this story" data-url="{O}{p}?utm_campaign=abc_news_web&amp;utm_content=link&amp;utm_medium=content_shared&amp;utm_source=abc_news_web"></button>'
            "</div>"
        )
    else:
        foot = (
            f'<div data-component="CardFooter" class="DetailCard_footer__u7tQm">'
            f'<a data-component="TopicTag" href="/news/topic/{topic_slug}">{esc(topic)}</a></div>'
        )
    return f"""<li class="CardList_item__a91Kd"><div data-component="DetailCard" class="{H['cardLarge'] if large else H['card']}">
<a data-component="Link" class="{H['link']}" href="{href}">
<div data-component="CardImage" class="DetailCard_image__Lm2pT"><img src="https://live-production.wcms.abc-cdn.example/{IDS[i] % 9973:x}a1?impolicy=wcms_crop_resize&amp;cropH=1688&amp;cropW=3000&amp;width={img_w}" alt="" loading="{'eager' if large else 'lazy'}"></div>
<div class="DetailCard_body__9Jc2x">
<span data-component="Label" class="{H['label']}">Analysis</span>
<span data-component="Headline" class="{H['headLarge'] if large else H['head']}">{esc(head)}</span>
<div data-component="Synopsis" class="{H['syn']}">{esc(syn)}</div>
<div data-component="Timestamp" class="{H['time']}"><time datetime="{date}T{19 if i % 2 else 4:02d}:00:00.000Z">{au_date(date)}</time></div>
</div>
</a>
{foot}
</div></li>
"""


def masthead() -> str:
    nav = [
        ("Just In", "/news/justin"), ("For You", "/news/for-you"), ("Politics", "/news/politics"),
        ("World", "/news/world"), ("Business", "/news/business"), ("Analysis", "/news/analysis-and-opinion"),
        ("Sport", "/news/sport"), ("Science", "/news/science"), ("Health", "/news/health"),
        ("Arts", "/news/entertainment"), ("Fact Check", "/news/factcheck"), ("More", "/news/lifestyle"),
    ]
    items = "".join(
        f'<li class="NavBar_item__Hq6nZ"><a data-component="NavLink" class="NavBar_link__2WqS1" href="{h}">{t}</a></li>'
        for t, h in nav
    )
    return f"""<header data-component="Masthead" class="Masthead_masthead__r1Xh3">
<div class="Masthead_top__e5jPq">
<a data-component="Link" href="{O}/" class="Masthead_logo__nY0sU" aria-label="ABC homepage"><svg role="img" aria-hidden="true" viewBox="0 0 60 24"></svg></a>
<a data-component="Link" href="/news" class="Masthead_newsLogo__o9qYv"><span>ABC News</span></a>
<div class="Masthead_actions__bG0hV">
<a data-component="SearchLink" href="/news/search" aria-label="Search">Search</a>
<a data-component="LoginLink" href="/account/login?return=%2Fnews%2Flaura-tingle%2F8342172" class="Masthead_login__pC8dN">Log in</a>
</div>
</div>
<nav data-component="NavBar" aria-label="ABC News" class="NavBar_nav__tS3kQ"><ul class="NavBar_list__o2Uq8">{items}</ul></nav>
</header>
"""


def aside() -> str:
    top = "".join(
        f'<li class="css-1r0oqh1"><a data-component="Link" class="css-12xbfyp" href="{art(TODAY, h, a)}"><span data-component="Headline" class="{H["head"]}">{esc(h)}</span></a></li>'
        for h, a in TOP_STORIES
    )
    just = "".join(
        f'<li class="css-1r0oqh1"><span class="css-9kq2uw">{ago}</span><a data-component="Link" class="css-12xbfyp" href="{art(TODAY, h, a)}">{esc(h)}</a></li>'
        for ago, h, a in JUST_IN
    )
    pop = "".join(
        f'<li class="css-y1gt6f"><a class="css-1f3n5jb" href="{O}{art(d, h, a)}"><span class="css-3k2h1z">{k}</span><span data-component="Headline" class="{H["head"]}">{esc(h)}</span></a></li>'
        for k, (d, h, a) in enumerate(POPULAR, 1)
    )
    return f"""<aside class="ContentLayout_aside__m3WqG" aria-label="More from ABC News">
<section data-component="TopStories" class="css-8atqhb">
<h2 class="css-1lq0fhd"><a data-component="Link" href="/news">Top Stories</a></h2>
<ol class="css-o9b79t">{top}</ol>
</section>
<section data-component="JustIn" class="css-8atqhb">
<h2 class="css-1lq0fhd"><a data-component="Link" href="/news/justin">Just In</a></h2>
<ul class="css-o9b79t">{just}</ul>
<a data-component="Link" class="css-w4ld3p" href="/news/justin">More Just In</a>
</section>
<div class="css-14mxlwk"><ol class="css-1b2nkq4">{pop}</ol></div>
</aside>
"""


def more_analysis() -> str:
    cards = "".join(
        f'<div data-component="ProfileCard" class="ProfileCard_card__E3r0K">'
        f'<a data-component="Link" class="ProfileCard_avatar__p1Lmn" href="/news/{slug}/{pid}"><img src="https://live-production.wcms.abc-cdn.example/profiles/{pid}.png" alt=""><span>{name}</span></a>'
        f'<a data-component="Link" class="{H["link"]}" href="{art(d, h, a)}"><span data-component="Headline" class="{H["head"]}">{esc(h)}</span></a>'
        f"</div>"
        for slug, name, pid, d, h, a in OTHERS
    )
    yd, yh, ya = YOUR_SAY
    return f"""<section data-component="CollectionList" aria-labelledby="more-analysis" class="css-1gq5ap4">
<h2 id="more-analysis" class="css-1lq0fhd">More analysis</h2>
<div class="css-13km4hq">{cards}
<div data-component="DetailCard" class="{H['card']}"><a data-component="Link" class="{H['link']}" href="{art(yd, yh, ya)}"><span data-component="Label" class="Label_label__3ZrGz">Your say</span><span data-component="Headline" class="{H['head']}">{esc(yh)}</span></a></div>
</div>
<a data-component="Link" class="css-w4ld3p" href="/news/analysis-and-opinion">All analysis &amp; opinion</a>
</section>
"""


def topics() -> str:
    links = "".join(
        f'<li><a data-component="TopicTag" class="css-dx3kfb" href="{"../topic/" + s if k % 2 else "/news/topic/" + s}">{t}</a></li>'
        for k, (t, s) in enumerate(TOPICS)
    )
    return f"""<section data-component="RelatedTopics" class="css-1gq5ap4">
<h2 class="css-1lq0fhd">Related topics</h2>
<ul class="css-5n4u1r">{links}</ul>
</section>
"""


def promos() -> str:
    pd, ph, pa = PARTNER
    picks = [
        (col_path(3) + "?utm_source=abc_news_web&utm_medium=internal&utm_campaign=editors_picks", COLUMNS[3][1]),
        (art("2024-01-03", "The photos that defined 2023, chosen by our photographers", 103279951),
         "The photos that defined 2023, chosen by our photographers"),
    ]
    pick_html = "".join(
        f'<li><a data-component="Link" class="css-12xbfyp" href="{esc(h)}">{esc(t)}</a></li>' for h, t in picks
    )
    return f"""<section data-component="EditorsPicks" class="css-1gq5ap4">
<h2 class="css-1lq0fhd">Editor's picks</h2>
<ul class="css-o9b79t">{pick_html}</ul>
</section>
<section data-component="PromoBand" class="css-1y8j9fd" aria-label="From across the ABC">
<div data-component="PromoCard" class="css-rl3xzz"><a href="https://iview.abc-example.net.au/show/7-30?utm_source=abc_news_web&amp;utm_medium=promo">Watch 7.30 on ABC iview</a></div>
<div data-component="PromoCard" class="css-rl3xzz"><a href="https://www.abc-example.net.au/listen/programs/party-room">Listen: Party Room podcast</a></div>
<div data-component="PromoCard" class="css-rl3xzz"><span class="css-4x1a0b">Partner</span><a href="{art(pd, ph, pa)}">{esc(ph)}</a></div>
<div data-component="PromoCard" class="css-rl3xzz"><span class="css-4x1a0b">ABC Shop</span><a href="https://shop.abc-example.net.au/products/bluey-2024-calendar?ref=abcnews">Bluey 2024 calendar, now $15</a></div>
</section>
<section data-component="NewsletterSignup" class="css-1ub5f6l">
<h2 class="css-1lq0fhd">Get the ABC News newsletter</h2>
<p>Our top stories, analysis and more, delivered to your inbox each weekday morning.</p>
<form action="/news/newsletters/subscribe" method="post"><input type="email" name="email" aria-label="Email address"><button type="submit">Subscribe</button></form>
<a data-component="Link" href="/news/newsletters">See all newsletters</a>
</section>
"""


def footer() -> str:
    links = [
        ("About the ABC", "/about"), ("ABC News contacts", "/news/contact"), ("Editorial policies", "/edpols"),
        ("Corrections &amp; clarifications", "/news/corrections"), ("Accessibility", "/accessibility"),
        ("Help", "/help"), ("Privacy policy", "/privacy"), ("Terms of use", "/conditions"),
    ]
    items = "".join(f'<li><a data-component="Link" href="{h}">{t}</a></li>' for t, h in links)
    return f"""<footer data-component="Footer" class="Footer_footer__Ui8c2">
<p class="Footer_acknowledgement__V0e1r">We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p>
<ul class="Footer_links__kW0fp">{items}</ul>
<ul class="Footer_social__qA2n8"><li><a href="https://www.facebook.com/abcnews.example">Facebook</a></li><li><a href="https://www.instagram.com/abcnews_example">Instagram</a></li><li><a href="https://www.youtube.com/@abcnews-example">YouTube</a></li></ul>
<p>This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and cannot be reproduced.</p>
</footer>
"""


def next_data() -> str:
    def item(i: int) -> dict:
        date, head, syn, topic, _s = COLUMNS[i]
        return {"id": str(IDS[i]), "contentType": "Article", "canonicalURL": f"{O}{col_path(i)}",
                "title": {"children": head}, "synopsis": syn, "dates": {"firstPublished": f"{date}T04:00:00+00:00"},
                "label": "Analysis", "topic": topic}

    data = {
        "props": {"pageProps": {
            "componentProps": {
                "profile": {"id": "8342172", "name": AUTHOR, "title": "Chief political correspondent, 7.30"},
                "collection": {"items": [item(i) for i in range(ON_PAGE)], "offset": ON_PAGE,
                               "pagination": {"size": ON_PAGE, "loadMoreUrl": None}},
                "topStories": [{"id": str(a), "canonicalURL": f"{O}{art(TODAY, h, a)}", "title": h} for h, a in TOP_STORIES],
            },
        }},
        "page": "/news/[slug]/[id]", "query": {"slug": "laura-tingle", "id": "8342172"},
        "buildId": "Kx3c0v9N2hZp1aQe", "isFallback": False, "gssp": True,
    }
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'


def page() -> str:
    cards = "".join(detail_card(i, large=(i == 0)) for i in range(ON_PAGE))
    ld = {"@context": "https://schema.org", "@type": "ProfilePage", "url": f"{O}{PAGE}",
          "mainEntity": {"@type": "Person", "name": AUTHOR, "jobTitle": "Chief political correspondent, 7.30",
                         "worksFor": {"@type": "NewsMediaOrganization", "name": "ABC News", "url": f"{O}/news"}},
          "publisher": {"@type": "Organization", "name": "Australian Broadcasting Corporation"}}
    return f"""<!DOCTYPE html><html lang="en-AU"><head>
<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Laura Tingle - ABC News</title>
<meta name="description" content="Laura Tingle is 7.30's chief political correspondent. Read her latest analysis."/>
<link rel="canonical" href="{O}{PAGE}"/>
<meta property="og:type" content="profile"/><meta property="og:url" content="{O}{PAGE}"/><meta property="og:title" content="Laura Tingle"/>
<meta property="og:site_name" content="ABC News"/>
<link rel="alternate" type="application/rss+xml" title="Just In" href="{SITE_FEED}"/>
<link rel="alternate" type="application/rss+xml" title="Laura Tingle" href="{FEED}"/>
<link rel="preload" href="/news/_next/static/css/7b1e2c0f3a9d.css" as="style"/>
<link rel="stylesheet" href="/news/_next/static/css/7b1e2c0f3a9d.css"/>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body><div id="__next">
<a class="SkipLinks_link__xQ2r1" href="#content">Skip to main content</a>
<a class="SkipLinks_link__xQ2r1" href="#navigation">Skip to navigation</a>
{masthead()}
<nav data-component="Breadcrumb" aria-label="Breadcrumb" class="Breadcrumb_nav__n3Hxq"><ol>
<li><a data-component="Link" href="/news">ABC News</a></li>
<li><a data-component="Link" href="/news/analysis-and-opinion">Analysis &amp; Opinion</a></li>
<li aria-current="page">Laura Tingle</li></ol></nav>
<main id="content" class="ContentLayout_main__bQ3zV">
<div data-component="ProfileHeader" class="ProfileHeader_header__Z3x0m">
<img src="https://live-production.wcms.abc-cdn.example/profiles/8342172.png" alt="Laura Tingle" width="120" height="120"/>
<div>
<h1 data-component="Heading" class="Typography_base__k7c9F Typography_sizeDesktop40__Tx4iR">Laura Tingle</h1>
<p class="ProfileHeader_title__o5nFw">Chief political correspondent, 7.30</p>
<div data-component="RichText" class="ProfileHeader_bio__Fd2pE"><p>Laura Tingle is 7.30's chief political correspondent, based in Parliament House. She has covered federal politics and economics for more than three decades.</p></div>
<ul class="ProfileHeader_social__pO8wS"><li><a href="https://twitter.com/lauratingle_example" aria-label="Laura Tingle on X">X</a></li><li><a href="{FEED}" data-component="RssLink">RSS</a></li></ul>
</div>
</div>
<div class="ContentLayout_grid__V4jfE">
<section data-component="ProfileCollection" aria-labelledby="latest" class="ContentLayout_primary__p2Cy7">
<h2 id="latest" class="css-1lq0fhd">Latest from Laura Tingle</h2>
<ul data-component="CardList" class="CardList_list__Wk7a0">
{cards}</ul>
<div class="Pagination_wrapper__Tq2Gk"><button data-component="PaginationButton" type="button" class="Button_button__6h3qS Button_secondary__p1aZr" aria-controls="latest">Load more</button></div>
</section>
{aside()}
</div>
{topics()}
{more_analysis()}
{promos()}
</main>
{footer()}
</div>
{next_data()}
<script src="/news/_next/static/chunks/main-4f1b0c2a.js" defer=""></script>
<script src="/news/_next/static/chunks/pages/news/%5Bslug%5D/%5Bid%5D-9a8d7e6f.js" defer=""></script>
</body></html>
"""


def rss_date(iso: str, hour: int) -> str:
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y") + f" {hour:02d}:00:00 +1100"


def own_feed() -> str:
    items = []
    for i, (date, head, syn, topic, _s) in enumerate(COLUMNS):
        link = f"{O}{col_path(i)}"
        items.append(
            f"<item>\n<title><![CDATA[{head}]]></title>\n<link>{link}</link>\n"
            f"<description><![CDATA[<p>{syn}</p>]]></description>\n"
            f"<pubDate>{rss_date(date, 5)}</pubDate>\n<guid isPermaLink=\"false\">{link}</guid>\n"
            f"<dc:creator>{AUTHOR}</dc:creator>\n<category>{esc(topic)}</category>\n<category>Analysis</category>\n"
            f'<media:thumbnail url="https://live-production.wcms.abc-cdn.example/{IDS[i] % 9973:x}a1?width=144" width="144" height="81"/>\n'
            "</item>\n"
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Laura Tingle</title>
<link>{O}{PAGE}</link>
<description>Analysis by Laura Tingle, 7.30's chief political correspondent.</description>
<language>en-AU</language>
<copyright>Copyright 2024, Australian Broadcasting Corporation</copyright>
<atom:link href="{O}{FEED}" rel="self" type="application/rss+xml"/>
<lastBuildDate>{rss_date(COLUMNS[0][0], 6)}</lastBuildDate>
{''.join(items)}</channel>
</rss>
"""


def site_feed() -> str:
    entries = [(art(TODAY, h, a), h, "ABC News") for _ago, h, a in JUST_IN]
    entries.insert(4, (col_path(0), COLUMNS[0][1], AUTHOR))
    entries += [(art(TODAY, h, a), h, "ABC News") for h, a in TOP_STORIES]
    entries += [(art(d, h, a), h, "ABC News") for d, h, a in POPULAR[:3]]
    entries.append((art(OTHERS[2][3], OTHERS[2][4], OTHERS[2][5]), OTHERS[2][4], OTHERS[2][1]))
    items = "".join(
        f"<item><title><![CDATA[{h}]]></title><link>{O}{p}</link>"
        f"<pubDate>Fri, 05 Jan 2024 {16 - k // 2:02d}:{(k * 17) % 60:02d}:00 +1100</pubDate>"
        f'<guid isPermaLink="false">{O}{p}</guid><dc:creator>{by}</dc:creator></item>\n'
        for k, (p, h, by) in enumerate(entries)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Just In</title>
<link>{O}/news/justin</link>
<description>The latest news from ABC News</description>
<language>en-AU</language>
<atom:link href="{O}{SITE_FEED}" rel="self" type="application/rss+xml"/>
{items}</channel>
</rss>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "news" / "laura-tingle"
    d.mkdir(parents=True)
    (d / "8342172.html").write_text(page(), encoding="utf-8")
    for feed, text in ((FEED, own_feed()), (SITE_FEED, site_feed())):
        f = OUT / feed.strip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "ABC News (AU)-like React profile page: one page of 12 DetailCard cards whose whole card "
            "is an <a>, a script-only 'Load more' button, and the columnist's own RSS feed with 8 "
            "older columns; Top Stories, Just In, an unlabelled popular list and other analysts' "
            "pieces share the /news/<date>/<slug>/<id> shape, and a site-wide Just In feed is also advertised."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": [col_path(i) for i in range(len(COLUMNS))],
        "feed_only": [col_path(i) for i in range(ON_PAGE, len(COLUMNS))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
