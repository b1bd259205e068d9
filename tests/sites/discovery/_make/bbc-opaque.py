"""Generate tests/sites/discovery/bbc-opaque: a BBC-style columnist topic page.

/news/topics/c1vw6q14rzqt/opinion with "Show more" ?page=2/?page=3 links; every column is
/news/articles/<opaque 12-char id> (no slug), every class is a hashed ssrcss-<hash>-<Component>
name; a "Most read" rail inside <main> uses the very same /news/articles/<id> shape (other ids,
identical on every page), as do other correspondents' pieces and the site-wide news feed;
each page carries a JSON-LD ItemList of its columns.

stdlib only, deterministic: python tests/sites/discovery/_make/bbc-opaque.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import shutil
from pathlib import Path

NAME = "bbc-opaque"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
AUTHOR = "Imogen Hartley"
TOPIC = "c1vw6q14rzqt"
PAGE = f"/news/topics/{TOPIC}/opinion"
e = html.escape

TITLES = [
    ("Why the Bank of England is in no hurry to cut rates",
     "Inflation is falling faster than expected, but the Bank wants to see it stay down", "Business"),
    ("Is the UK economy really flatlining?", "The official figures and the mood on the high street tell different stories", "Business"),
    ("The pension triple lock: can anyone afford to scrap it?", "Both main parties are committed. The maths is getting harder", "Politics"),
    ("Mortgage squeeze", "1.5 million households will come off cheap fixed deals this year", "Business"),
    ("What the autumn statement means for your pay packet", "A cut to national insurance, and a freeze that takes it back", "Politics"),
    ("Why food prices are still rising even as inflation falls", "A slower rise is not a fall, and shoppers know it", "Business"),
    ("Net zero: who pays?", "The cost of the transition is being quietly moved from taxpayers to billpayers", "Science"),
    ("The hidden cost of long-term sickness", "2.6 million people are out of work for health reasons", "Health"),
    ("Can Britain build its way out of the housing crisis?", "300,000 homes a year was the target. We have never hit it", "Politics"),
    ("Strikes cost less than you think", "Days lost to disputes are high, but their effect on growth is small", "Business"),
    ("Is this the end of cheap money?", "A decade of near-zero rates shaped everything from house prices to start-ups", "Business"),
    ("Five charts that explain the cost of living", "Energy, food, rent, mortgages and wages", "Business"),
    ("The productivity puzzle, again", "British workers produce less per hour than French or German ones. Why?", "Business"),
    ("Energy bills: the price cap explained", "What Ofgem's January change means for a typical household", "Business"),
    ("Why the Treasury loves a freeze", "Fiscal drag is the tax rise nobody has to announce", "Politics"),
    ("Brexit and trade, seven years on", "Goods exports to the EU are down. Services tell another story", "Politics"),
    ("Are we heading for a recession?", "Two quarters of contraction is a definition, not a destiny", "Business"),
    ("The student loan changes nobody noticed", "A longer repayment period means most graduates will pay more", "Family & Education"),
    ("What higher interest rates mean for savers", "Finally a return on cash, if you shop around", "Business"),
    ("Minimum wage rise: winners and losers", "A 9.8% rise will help millions and worry small employers", "Business"),
    ("Can AI fix the NHS's productivity problem?", "Hospitals are trialling software to cut waiting lists", "Technology"),
    ("The budget's missing billions", "Spending plans assume cuts no department has been told about", "Politics"),
    ("Why rents are rising so fast", "Landlords are leaving, tenants are staying, and supply is stuck", "Business"),
    ("Wages are finally beating inflation", "For the first time in almost two years, pay is rising in real terms", "Business"),
    ("The pound's strange year", "Sterling has recovered from the mini-budget, but why?", "Business"),
    ("Britain's shrinking workforce", "Fewer working-age adults and a lot of early retirement", "Business"),
    ("Inheritance tax: who actually pays it?", "Fewer than one in 20 estates, and mostly in the south-east", "Politics"),
    ("What the OBR forecast really tells us", "Five-year forecasts are guesses. This one is a gloomy guess", "Politics"),
]
PER_PAGE = [10, 10, 8]

MOST_READ_TITLES = [
    "Man charged after woman dies in Leeds house fire",
    "Storm Henk: Flood warnings remain across England",
    "Alaska Airlines grounds Boeing 737 Max 9 jets after window blowout",
    "Post Office scandal: Former boss to hand back CBE",
    "Paul Vasquez arrested on suspicion of fraud",
    "Eurovision: UK entry to be announced next month",
    "Three people die after car hits tree in Cumbria",
    "Prince Harry loses bid to challenge security decision",
    "Jeremy Hunt: Tax cuts will come 'when we can afford them'",
    "Snow and ice warnings issued for parts of Scotland",
]
OTHER_EDITORS = [  # other correspondents: topic id, name, one piece
    ("cx1m7zg0w5zt", "Chris Mason", "Why the election date matters more than you think"),
    ("c2j4kq8pdx9t", "Faye Whitmore", "The NHS waiting list is falling, slowly"),
    ("c9dl1rx3w8mt", "Rahul Menon", "India's economy is booming. Who is it for?"),
]
FEATURES = [
    ("/future/article/20240104-why-we-find-it-so-hard-to-save", "Why we find it so hard to save"),
    ("/worklife/article/20240103-the-quiet-rise-of-the-four-day-week", "The quiet rise of the four-day week"),
    ("/reel/video/p0h2x1y2/how-a-container-port-works", "Video: How a container port really works"),
]
RELATED_TOPICS = [("cp7r8vgl2lgt", "Cost of living"), ("c4nrpqj3l8rt", "Interest rates"),
                  ("cwlw3xz0lmvt", "UK economy"), ("c8nq32jw8mwt", "Personal finance")]


def oid(seed: str) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    x = int.from_bytes(hashlib.sha1(seed.encode()).digest()[:10], "big")
    body = ""
    for _ in range(10):
        body += alphabet[x % 36]
        x //= 36
    return "c" + body + "o"


def cls(component: str, seed: str = "") -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    x = int.from_bytes(hashlib.md5((component + seed).encode()).digest()[:6], "big")
    h = ""
    for _ in range(6 + x % 2):
        h += alphabet[x % 36]
        x //= 36
    return f"ssrcss-{h}-{component}"


def columns() -> list[dict]:
    out = []
    t = dt.datetime(2024, 1, 5, 6, 1, 12)
    for i, (title, summary, section) in enumerate(TITLES):
        out.append({"title": title, "summary": summary, "section": section, "time": t,
                    "path": f"/news/articles/{oid('hartley-' + str(i))}", "comments": i % 4 == 1})
        t -= dt.timedelta(days=(5, 6, 7, 8)[i % 4], hours=(i * 5) % 11)
    return out


COLS = columns()
PAGES = []
_i = 0
for _n in PER_PAGE:
    PAGES.append(COLS[_i:_i + _n])
    _i += _n
MOST_READ = [(f"/news/articles/{oid('news-' + str(i))}", t) for i, t in enumerate(MOST_READ_TITLES)]


def section_href(section: str) -> str:
    return "/news/" + {"Family & Education": "education", "Technology": "technology"}.get(section, section.lower())


def ago(t: dt.datetime) -> str:
    return f"{t.day} {t:%b} {t.year}"


def promo(c: dict, lead: bool, k: int) -> str:
    href = c["path"] if k % 3 else O + c["path"]
    img = (f'<div class="{cls("PromoImageContainer")}"><div class="{cls("Image")}"><img src="https://ichef.bbci.example/ace/standard/'
           f'{976 if lead else 240}/cpsprodpb/{c["path"][-12:-1]}.jpg" alt="" width="{976 if lead else 240}" loading="lazy"></div></div>')
    head_tag = "h2" if lead else "p"
    comments = ""
    if c["comments"]:
        comments = (f'<li class="{cls("MetadataStripItem")}"><a class="{cls("MetadataLink")}" href="{c["path"]}#comments">'
                    f'<span class="{cls("VisuallyHidden")}">Comments</span><span>{(k + 3) * 142}</span></a></li>')
    share = ""
    if lead:
        share = (f'<div class="{cls("ShareTray")}"><a class="{cls("ShareLink")}" href="https://twitter.com/intent/tweet?text={e(c["title"])}&amp;url={O}{c["path"]}">Share on X</a>'
                 f'<a class="{cls("ShareLink")}" href="{O}{c["path"]}?at_medium=custom7&amp;at_campaign=64&amp;utm_source=share&amp;utm_medium=copy_link">Copy link</a>'
                 f'<a class="{cls("ShareLink")}" href="mailto:?subject={e(c["title"])}&amp;body={O}{c["path"]}">Email</a></div>')
    return f"""
				<li class="{cls('ListItem', 'lead' if lead else '')}">
					<div type="article" class="{cls('Promo', 'lead' if lead else '')} {cls('PromoSwitchLayoutAtBreakpoints')}">
						{img}
						<div class="{cls('PromoContent')}">
							<div class="{cls('Stack')}">
								<{head_tag} class="{cls('PromoHeadline', 'lead' if lead else '')}"><a href="{href}" class="{cls('PromoLink')}"><span aria-hidden="false">{e(c['title'])}</span></a></{head_tag}>
								<p class="{cls('Paragraph')}">{e(c['summary'])}</p>
							</div>
							<ul class="{cls('MetadataStrip')}" role="list">
								<li class="{cls('MetadataStripItem')}"><span class="{cls('MetadataText')}"><span class="{cls('VisuallyHidden')}">Posted</span><time datetime="{c['time'].isoformat()}.000Z">{ago(c['time'])}</time></span></li>
								<li class="{cls('MetadataStripItem')}"><a class="{cls('MetadataLink')}" href="{section_href(c['section'])}"><span class="{cls('VisuallyHidden')}">From</span> {e(c['section'])}</a></li>
								{comments}
							</ul>
							{share}
						</div>
					</div>
				</li>"""


NAV = [("Home", "/"), ("News", "/news"), ("Sport", "/sport"), ("Business", "/business"), ("Innovation", "/innovation"),
       ("Culture", "/culture"), ("Travel", "/travel"), ("Earth", "/future-planet"), ("Video", "/video"), ("Live", "/live"),
       ("More", "/news/more")]
SUBNAV = [("UK", "/news/uk"), ("World", "/news/world"), ("Business", "/news/business"), ("Politics", "/news/politics"),
          ("Tech", "/news/technology"), ("Science", "/news/science_and_environment"), ("Health", "/news/health"),
          ("In Pictures", "/news/in_pictures"), ("BBC Verify", "/news/reality_check")]


def document(n: int) -> str:
    cols = PAGES[n - 1]
    promos = "".join(promo(c, lead=(n == 1 and k == 0), k=k) for k, c in enumerate(cols))
    itemlist = {"@context": "http://schema.org", "@type": "ItemList", "name": f"{AUTHOR} - BBC News",
                "url": f"{O}{PAGE}" + (f"?page={n}" if n > 1 else ""), "numberOfItems": len(cols),
                "itemListElement": [{"@type": "ListItem", "position": k + 1, "url": f"{O}{c['path']}",
                                     "name": c["title"]} for k, c in enumerate(cols)]}
    org = {"@context": "http://schema.org", "@type": "CollectionPage", "name": f"{AUTHOR} - BBC News",
           "url": f"{O}{PAGE}", "about": {"@type": "Person", "name": AUTHOR, "jobTitle": "Economics editor"},
           "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News", "url": f"{O}/news",
                         "logo": {"@type": "ImageObject", "url": f"{O}/bbc_news_logo.png"}}}
    more = ""
    if n < len(PAGES):
        more = (f'<div class="{cls("StyledButtonWrapper")}"><a class="{cls("StyledLink", "more")}" href="?page={n + 1}" '
                f'data-testid="show-more">Show more</a></div>')
    most = "\n".join(
        f'\t\t\t\t<li class="{cls("StyledListItem")}"><span class="{cls("Rank")}" aria-hidden="true">{k + 1}</span>'
        f'<a class="{cls("StyledLink")}" href="{O}{p}"><span>{e(t)}</span></a></li>'
        for k, (p, t) in enumerate(MOST_READ))
    editors = "\n".join(
        f'\t\t\t\t<li class="{cls("ListItem", "ed")}"><a class="{cls("MetadataLink", "ed")}" href="/news/topics/{tid}">{e(name)}</a>'
        f' <a class="{cls("PromoLink", "ed")}" href="/news/articles/{oid("editor-" + tid)}"><span>{e(t)}</span></a></li>'
        for tid, name, t in OTHER_EDITORS)
    features = "\n".join(f'\t\t\t\t<li class="{cls("ListItem", "ft")}"><a class="{cls("PromoLink", "ft")}" href="{O}{p}">{e(t)}</a></li>'
                         for p, t in FEATURES)
    related = " ".join(f'<li class="{cls("StyledTopicListItem")}"><a class="{cls("StyledTopicLink")}" href="/news/topics/{tid}">{e(t)}</a></li>'
                       for tid, t in RELATED_TOPICS)
    nav = "".join(f'<li class="{cls("GlobalNavigationProduct")}"><a class="{cls("NavigationLink")}" href="{O}{h}">{t}</a></li>' for t, h in NAV)
    subnav = "".join(f'<li class="{cls("StyledMenuItem")}"><a class="{cls("StyledLink", "nav")}" href="{h}">{t}</a></li>' for t, h in SUBNAV)
    title = f"{AUTHOR} - BBC News" + (f" - Page {n}" if n > 1 else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title}</title>
<meta name="description" content="The latest analysis and opinion from BBC economics editor {AUTHOR}"/>
<link rel="canonical" href="{O}{PAGE}{f'?page={n}' if n > 1 else ''}"/>
<meta property="og:title" content="{AUTHOR} - BBC News"/>
<meta property="og:site_name" content="BBC News"/>
<link rel="alternate" type="application/rss+xml" title="BBC News - Home" href="{O}/news/rss.xml"/>
<link rel="preconnect" href="https://ichef.bbci.example" crossorigin=""/>
<link rel="stylesheet" href="{O}/bbcx/static/css/app-8c7f1a2.css"/>
<script type="application/ld+json">{json.dumps(org)}</script>
<script type="application/ld+json">{json.dumps(itemlist)}</script>
</head>
<body>
<div id="__next">
<header class="{cls('GlobalNavigationContainer')}" data-e2e="header">
	<a class="{cls('SkipLink')}" href="#main-content">Skip to content</a>
	<div class="{cls('BrandingContainer')}"><a class="{cls('BrandingLink')}" href="{O}/"><svg class="{cls('BbcLogo')}" aria-label="BBC"><use href="#bbc-blocks"/></svg></a></div>
	<div class="{cls('AccountContainer')}"><a class="{cls('AccountLink')}" href="https://session.bbc.example/session?ptrt={O}{PAGE}&amp;userOrigin=NEWS">Sign in</a> <a class="{cls('AccountLink')}" href="https://account.bbc.example/register?ptrt={O}{PAGE}">Register</a></div>
	<nav class="{cls('GlobalNavigation')}" aria-label="BBC"><ul class="{cls('GlobalNavigationProductList')}" role="list">{nav}</ul></nav>
	<nav class="{cls('StyledNav')}" aria-label="News"><ul class="{cls('StyledMenuList')}" role="list">{subnav}</ul></nav>
</header>
<div id="main-content" class="{cls('StyledContainer', 'main')}">
<main role="main" class="{cls('StyledMain')}">
	<nav class="{cls('StyledBreadcrumb')}" aria-label="Breadcrumb"><ol class="{cls('BreadcrumbList')}" role="list"><li><a href="{O}/news">News</a></li><li><a href="/news/business">Business</a></li><li><span aria-current="page">{AUTHOR}</span></li></ol></nav>
	<div class="{cls('Stack', 'header')}">
		<h1 id="main-heading" class="{cls('StyledHeading')}" tabindex="-1">{AUTHOR}</h1>
		<p class="{cls('Paragraph', 'bio')}">Economics editor, BBC News. Analysis and opinion on the economy, your money and the choices facing the government.</p>
		<p class="{cls('Paragraph', 'all')}"><a class="{cls('InlineLink')}" href="/news/topics/{TOPIC}">All coverage by {AUTHOR}</a> &middot; <a class="{cls('InlineLink')}" href="https://twitter.com/imogenhartleybbc">Follow on X</a></p>
	</div>
	<div class="{cls('Stack', 'list')}" data-testid="topic-promos">
		<ul role="list" spacing="responsive" class="{cls('Grid')}">{promos}
		</ul>
		{more}
	</div>
	<section class="{cls('StyledContainer', 'rail')}" aria-labelledby="rail-heading">
		<h2 id="rail-heading" class="{cls('StyledHeading', 'rail')}">Most read</h2>
		<ol class="{cls('StyledOrderedList')}" role="list">
{most}
		</ol>
	</section>
	<section class="{cls('StyledContainer', 'editors')}" aria-label="More from our editors">
		<h2 class="{cls('StyledHeading', 'editors')}">More from our editors</h2>
		<ul class="{cls('Grid', 'editors')}" role="list">
{editors}
		</ul>
	</section>
	<section class="{cls('StyledContainer', 'features')}" aria-label="Features">
		<h2 class="{cls('StyledHeading', 'features')}">Elsewhere on the BBC</h2>
		<ul class="{cls('Grid', 'features')}" role="list">
{features}
		</ul>
	</section>
	<section class="{cls('StyledContainer', 'newsletter')}">
		<h2 class="{cls('StyledHeading', 'newsletter')}">Sign up for our Money Matters newsletter</h2>
		<form action="{O}/newsletters/signup/money-matters" method="post"><input type="email" name="email" aria-label="Email"/><button type="submit">Sign up</button></form>
		<p><a class="{cls('InlineLink')}" href="/news/have_your_say">Have your say</a> &middot; <a class="{cls('InlineLink')}" href="/send/u50853489">Get in touch with {AUTHOR.split()[0]}</a></p>
	</section>
	<div class="{cls('StyledContainer', 'related')}"><h2 class="{cls('StyledHeading', 'related')}">Related topics</h2><ul class="{cls('StyledTopicList')}" role="list">{related}</ul></div>
</main>
<aside class="{cls('StyledAside')}" aria-label="Advertisement">
	<div class="{cls('AdvertContainer')}"><span class="{cls('AdvertLabel')}">Advertisement</span><a href="https://ads.example-network.com/click?site=bbcnews&amp;slot=mpu&amp;cr=55120" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/55120.jpg" alt=""/></a></div>
	<div class="{cls('SponsoredContainer')}"><span class="{cls('AdvertLabel', 'sp')}">Sponsored</span><a class="{cls('PromoLink', 'sp')}" href="{O}/storyworks/future-of-trade/how-ports-are-going-green">How ports are going green</a><a class="{cls('PromoLink', 'sp2')}" href="https://ads.example-network.com/click?cid=9911&amp;dest=wealthfund">Why savers are switching to index funds</a></div>
</aside>
</div>
<footer class="{cls('StyledFooter')}" data-e2e="footer">
	<ul class="{cls('FooterList')}" role="list">
		<li><a href="https://www.bbc.example/usingthebbc/terms">Terms of Use</a></li>
		<li><a href="{O}/aboutthebbc">About the BBC</a></li>
		<li><a href="https://www.bbc.example/usingthebbc/privacy/">Privacy Policy</a></li>
		<li><a href="https://www.bbc.example/usingthebbc/cookies/">Cookies</a></li>
		<li><a href="{O}/accessibility/">Accessibility Help</a></li>
		<li><a href="{O}/contact">Contact the BBC</a></li>
		<li><a href="{O}/news/newsletters">Get BBC News newsletters</a></li>
	</ul>
	<p class="{cls('Copyright')}">Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites.</p>
</footer>
</div>
<script>window.__INITIAL_DATA__="{{\\"page\\":{n},\\"topicId\\":\\"{TOPIC}\\"}}";</script>
</body>
</html>
"""


def feed() -> str:
    items = [(t, p) for p, t in MOST_READ]
    items += [(t, f"/news/articles/{oid('editor-' + tid)}") for tid, _, t in OTHER_EDITORS]
    items += [(f"News story {k}", f"/news/articles/{oid('feed-' + str(k))}") for k in range(6)]
    titles = ["Train strikes: What dates are affected?", "Greggs to open 160 new shops in 2024",
              "Weather: Yellow warning for ice in Northern Ireland", "Thousands of homes without water in Kent",
              "US jobs growth beats expectations", "Girl, 14, dies after being hit by bus"]
    items = items[:13] + [(titles[k], items[13 + k][1]) for k in range(6)]
    body = "".join(f"""
        <item>
            <title><![CDATA[{t}]]></title>
            <description><![CDATA[{t}.]]></description>
            <link>{O}{p}</link>
            <guid isPermaLink="false">{O}{p}#{k}</guid>
            <pubDate>Fri, 05 Jan 2024 {9 - k // 3:02d}:{(k * 7) % 60:02d}:00 GMT</pubDate>
        </item>""" for k, (t, p) in enumerate(items))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
    <channel>
        <title><![CDATA[BBC News]]></title>
        <description><![CDATA[BBC News - News Front Page]]></description>
        <link>{O}/news</link>
        <generator>RSS for Node</generator>
        <lastBuildDate>Fri, 05 Jan 2024 09:55:31 GMT</lastBuildDate>
        <atom:link href="{O}/news/rss.xml" rel="self" type="application/rss+xml"/>
        <copyright><![CDATA[Copyright: (C) British Broadcasting Corporation]]></copyright>
        <language><![CDATA[en-gb]]></language>
        <ttl>15</ttl>{body}
    </channel>
</rss>
"""


def write(rel: str, text: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    assert len({c["path"] for c in COLS} | {p for p, _ in MOST_READ}) == len(COLS) + len(MOST_READ)
    for n in range(1, len(PAGES) + 1):
        write(f"news/topics/{TOPIC}/opinion.html" if n == 1 else f"news/topics/{TOPIC}/opinion@page={n}.html", document(n))
    write("news/rss.xml", feed())
    truth = {
        "template": NAME,
        "description": ("A BBC-style topic page for one columnist: opaque /news/articles/<id> URLs with no slug, "
                        "only hashed ssrcss-<hash>-<Component> classes, a 'Show more' ?page=N link, a JSON-LD "
                        "ItemList per page; the 'Most read' rail in <main>, other editors' pieces and the "
                        "advertised site-wide news feed all use the same /news/articles/<id> shape."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [c["path"] for c in COLS],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
