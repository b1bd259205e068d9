"""Generate tests/sites/discovery/wp-entry: a WordPress opinion blog (Underscores-style theme).

One columnist's category archive (/columnists/maya-okafor/) with /page/N/ pagination,
"Older posts" + rel=next, Jetpack share links, a "Latest news" rail inside <main> whose
news URLs are dated like the columns, other columnists' columns of the same URL shape in
the sidebar, a site-wide feed (news + others) and the category feed (page 1 columns).

stdlib only, deterministic: python tests/sites/discovery/_make/wp-entry.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

NAME = "wp-entry"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
SITE = "The Harbour Ledger"
AUTHOR = "Maya Okafor"
PAGE = "/columnists/maya-okafor/"

TITLES = [
    ("The city that forgot how to build homes",
     "For forty years we treated housing as something that happens elsewhere. The bill has arrived."),
    ("Bus lanes are not a culture war", "A strip of red paint is a timetable, not a manifesto."),
    ("Rent control, again", "The evidence hasn't changed. The politics have."),
    ("What the harbour flood maps don't tell you",
     "The new maps are better. They are also six years late and missing the estuary."),
    ("Our libraries are doing the work of three departments",
     "Warm rooms, job forms, tax help: the branch library is the city's unofficial front desk."),
    ("Why I changed my mind about congestion charges",
     "I argued against the charge in 2019. Here is what the pilot taught me."),
    ("Zoning is destiny", "Lines drawn in 1962 still decide where your children can afford to live."),
    ("The quiet death of the corner shop", "It wasn't the supermarkets. It was the rates bill."),
    ("A budget that mistakes roads for progress",
     "Three-quarters of the capital plan goes on asphalt. Where does that leave everyone else?"),
    ("Heat pumps, honestly", "I put one in. It was expensive, fiddly and — so far — worth it."),
    ("The council meeting nobody watched — and why you should have",
     "Four hours, two votes and a decision that will shape the east side for a generation."),
    ("Parking minimums are a tax on everyone",
     "Every flat built with two spaces it doesn't need costs all of us."),
    ("Empty offices, full shelters", "Conversion is hard. Doing nothing is harder."),
    ("Trams", "A short word for a long argument."),
    ("Let teenagers have somewhere to go",
     "Youth clubs closed, then we complained about kids in car parks."),
    ("The suburbs are changing faster than our politics",
     "The cul-de-sac is younger, poorer and more diverse than the ward maps assume."),
    ("Who gets to be a neighbour?", "Objections to new homes are rarely about the homes."),
    ("The stadium deal is a bad bet for the east side",
     "Public land, private upside and a traffic plan written on a napkin."),
    ("In defence of the boring bridge", "The best infrastructure is the kind you never notice."),
    ("Ten years of promises on the waterfront",
     "Five plans, three developers and one fenced-off car park."),
    ("Small landlords are not the villains — or the heroes",
     "Most rentals here are owned by people with one or two flats. Policy should notice."),
    ("Cycling to school should not be an act of courage",
     "We ask eleven-year-olds to do what most adults won't."),
    ("Snow days and the limits of the city", "Two inches of snow, and the gritting plan fell over."),
    ("What a good planning department looks like",
     "Hint: it answers the phone, and it has enough planners."),
    ("New year, old housing crisis", "Resolutions are cheap. Permissions are not."),
    ("Street trees", "Shade is infrastructure too."),
    ("The mayor's first hundred days were a warm-up",
     "The easy announcements are done. Now comes the budget."),
]
TAGS = ["housing", "transport", "planning", "climate", "local-government", "budget", "waterfront"]

NEWS = [
    ("2024/01/05", "ferry-timetable-cut-as-crew-shortage-bites"),
    ("2024/01/05", "police-appeal-after-harbour-road-collision"),
    ("2024/01/04", "hospital-waiting-list-falls-for-third-month"),
    ("2024/01/04", "council-tax-rise-of-4-9-per-cent-proposed"),
    ("2024/01/04", "new-primary-school-to-open-in-millbrook"),
    ("2024/01/03", "storm-henk-leaves-2000-homes-without-power"),
]
NEWS_TITLES = [
    "Ferry timetable cut as crew shortage bites",
    "Police appeal after Harbour Road collision",
    "Hospital waiting list falls for third month",
    "Council tax rise of 4.9 per cent proposed",
    "New primary school to open in Millbrook",
    "Storm Henk leaves 2,000 homes without power",
]
MOST_READ = [
    ("2024/01/02", "restaurant-owner-says-goodbye-after-41-years", "Restaurant owner says goodbye after 41 years"),
    ("2024/01/03", "lottery-winner-from-eastgate-claims-prize", "Lottery winner from Eastgate claims prize"),
    ("2024/01/05", "police-appeal-after-harbour-road-collision", "Police appeal after Harbour Road collision"),
    ("2023/12/29", "the-years-best-local-photographs", "The year's best local photographs"),
    ("2024/01/04", "school-run-traffic-plan-scrapped", "School-run traffic plan scrapped"),
]
PICKS = [
    ("2023/12/22", "the-last-lighthouse-keeper-of-the-north-pier", "The last lighthouse keeper of the north pier"),
    ("2023/12/15", "inside-the-food-bank-that-never-closes", "Inside the food bank that never closes"),
    ("2023/12/08", "a-year-on-the-night-bus", "A year on the night bus"),
]
OTHERS = [  # other columnists: page, name, their latest column
    ("daniel-reyes", "Daniel Reyes", "2024/01/04", "the-election-will-be-won-in-the-suburbs",
     "The election will be won in the suburbs"),
    ("ruth-abernathy", "Ruth Abernathy", "2024/01/03", "grief-and-the-group-chat", "Grief and the group chat"),
    ("sam-whitlock", "Sam Whitlock", "2024/01/02", "football-owes-this-town-more",
     "Football owes this town more"),
]
SPONSORED = ("2024/01/02", "sponsored-five-ways-to-cut-your-energy-bill-this-winter",
             "Five ways to cut your energy bill this winter")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


def columns() -> list[dict]:
    out = []
    day = dt.date(2024, 1, 5)
    for i, (title, dek) in enumerate(TITLES):
        slug = slugify(title)
        path = f"/columnists/{day:%Y/%m/%d}/{slug}/"
        out.append({"title": title, "dek": dek, "date": day, "path": path, "id": 4812 - i * 7,
                    "tags": [TAGS[i % len(TAGS)], TAGS[(i * 3 + 1) % len(TAGS)]],
                    "comments": (i * 13) % 37})
        day -= dt.timedelta(days=3 if i % 2 else 4)
    return out


COLS = columns()
PAGES = [COLS[0:10], COLS[10:20], COLS[20:27]]
e = html.escape


def page_url(n: int) -> str:
    return PAGE if n == 1 else f"{PAGE}page/{n}/"


def card(c: dict, hero: bool) -> str:
    url = O + c["path"]
    cls = (f"post-{c['id']} post type-post status-publish format-standard has-post-thumbnail hentry "
           f"category-maya-okafor " + " ".join(f"tag-{t}" for t in c["tags"]))
    if hero:
        cls += " sticky is-featured"
    date = c["date"]
    tags = ", ".join(f'<a href="{O}/tag/{t}/" rel="tag">{t.replace("-", " ")}</a>' for t in c["tags"])
    comments = (f'<a href="{url}#comments">{c["comments"]} Comments<span class="screen-reader-text"> on '
                f'{e(c["title"])}</span></a>' if c["comments"] else
                f'<a href="{url}#respond">Leave a comment<span class="screen-reader-text"> on '
                f'{e(c["title"])}</span></a>')
    h = "h1" if hero else "h2"
    thumb_size = "1200x675" if hero else "640x360"
    share = ""
    if hero or c["id"] % 3 == 0:
        share = (f'\n\t\t<div class="sharedaddy sd-sharing-enabled"><div class="sd-content"><ul>'
                 f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button" '
                 f'href="{url}?share=twitter&amp;nb=1" target="_blank" title="Click to share on X">X</a></li>'
                 f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" '
                 f'href="{url}?share=facebook&amp;nb=1" target="_blank">Facebook</a></li>'
                 f'<li class="share-linkedin"><a class="sd-button" target="_blank" rel="nofollow noopener" '
                 f'href="https://www.linkedin.com/sharing/share-offsite/?url={url}%3Futm_source%3Dlinkedin">LinkedIn</a></li>'
                 f'<li class="share-email"><a class="share-email sd-button" '
                 f'href="mailto:?subject={e(c["title"])}&amp;body={url}%3Futm_source%3Demail%26utm_medium%3Dshare">Email</a></li>'
                 f'</ul></div></div>')
    return f"""
<article id="post-{c['id']}" class="{cls}">
	<a class="post-thumbnail" href="{url}" aria-hidden="true" tabindex="-1">
		<img width="{thumb_size.split('x')[0]}" height="{thumb_size.split('x')[1]}" src="{O}/wp-content/uploads/{date:%Y/%m}/{c['id']}-{thumb_size}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" loading="lazy">
	</a>
	<header class="entry-header">
		<{h} class="entry-title"><a href="{url}" rel="bookmark">{e(c['title'])}</a></{h}>
		<div class="entry-meta">
			<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{date}T07:00:00+00:00">{date:%B} {date.day}, {date.year}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="{O}/author/mokafor/">{AUTHOR}</a></span></span>
		</div>
	</header>
	<div class="entry-summary">
		<p>{e(c['dek'])} <a href="{url}#more-{c['id']}" class="more-link">Continue reading<span class="screen-reader-text"> &ldquo;{e(c['title'])}&rdquo;</span> &rarr;</a></p>
	</div>
	<footer class="entry-footer">
		<span class="cat-links">Posted in <a href="{O}{PAGE}" rel="category tag">{AUTHOR}</a></span>
		<span class="tags-links">Tagged {tags}</span>
		<span class="comments-link">{comments}</span>{share}
	</footer>
</article>"""


def head(n: int) -> str:
    links = [f'<link rel="canonical" href="{O}{page_url(n)}">']
    if n > 1:
        links.append(f'<link rel="prev" href="{O}{page_url(n - 1)}">')
    if n < len(PAGES):
        links.append(f'<link rel="next" href="{O}{page_url(n + 1)}">')
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "CollectionPage", "@id": f"{O}{page_url(n)}", "url": f"{O}{page_url(n)}",
             "name": f"{AUTHOR} Archives - {SITE}", "isPartOf": {"@id": f"{O}/#website"},
             "breadcrumb": {"@id": f"{O}{page_url(n)}#breadcrumb"}, "inLanguage": "en-GB"},
            {"@type": "BreadcrumbList", "@id": f"{O}{page_url(n)}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{O}/"},
                {"@type": "ListItem", "position": 2, "name": "Columnists", "item": f"{O}/columnists/"},
                {"@type": "ListItem", "position": 3, "name": AUTHOR}]},
            {"@type": "WebSite", "@id": f"{O}/#website", "url": f"{O}/", "name": SITE,
             "publisher": {"@id": f"{O}/#organization"},
             "potentialAction": [{"@type": "SearchAction", "target": f"{O}/?s={{search_term_string}}",
                                  "query-input": "required name=search_term_string"}]},
            {"@type": "Organization", "@id": f"{O}/#organization", "name": SITE, "url": f"{O}/",
             "logo": f"{O}/wp-content/uploads/2021/03/ledger-logo.png",
             "sameAs": ["https://twitter.com/harbourledger", "https://www.facebook.com/harbourledger"]},
        ],
    }
    title = f"{AUTHOR} Archives" + (f" - Page {n} of {len(PAGES)}" if n > 1 else "") + f" - {SITE}"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{chr(10).join(links)}
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="{AUTHOR} Archives">
<meta property="og:url" content="{O}{page_url(n)}">
<meta property="og:site_name" content="{SITE}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>
<link rel="dns-prefetch" href="//stats.wp.com">
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{O}/feed/rss2.xml">
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Comments Feed" href="{O}/comments/feed/rss2.xml">
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {AUTHOR} Category Feed" href="{O}/columnists/maya-okafor/feed/rss2.xml">
<link rel="stylesheet" id="ledger-style-css" href="{O}/wp-content/themes/ledger/style.css?ver=1.4.2" media="all">
<link rel="https://api.w.org/" href="{O}/wp-json/">
<link rel="alternate" title="JSON" type="application/json" href="{O}/wp-json/wp/v2/categories/14">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{O}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.4.2">
</head>
"""


NAV = [("News", "/news/"), ("Opinion", "/opinion/"), ("Columnists", "/columnists/"), ("Business", "/business/"),
       ("Sport", "/sport/"), ("Culture", "/culture/"), ("Letters", "/letters/"), ("More", "/sections/")]


def header() -> str:
    items = "\n".join(
        f'\t\t<li id="menu-item-{101 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
        f'{" current-menu-ancestor" if label == "Columnists" else ""} menu-item-{101 + i}">'
        f'<a href="{O}{href}">{label}</a></li>'
        for i, (label, href) in enumerate(NAV))
    return f"""<body class="archive category category-maya-okafor category-14 wp-embed-responsive hfeed">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
	<div class="top-bar">
		<span class="top-bar__date">Friday 5 January 2024</span>
		<a href="{O}/my-account/?redirect_to=%2Fcolumnists%2Fmaya-okafor%2F">Log in</a>
		<a class="button button--subscribe" href="{O}/subscribe/?ref=topbar">Subscribe from &pound;1</a>
	</div>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="{O}/" rel="home">{SITE}</a></p>
			<p class="site-description">Independent news for the harbour towns since 1887</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<ul id="primary-menu" class="menu">
{items}
			</ul>
		</nav>
	</header>
"""


def main_area(n: int) -> str:
    cols = PAGES[n - 1]
    arts = "".join(card(c, hero=(n == 1 and i == 0)) for i, c in enumerate(cols))
    nav_links = []
    if n < len(PAGES):
        nav_links.append(f'<div class="nav-previous"><a href="{O}{page_url(n + 1)}" >Older posts</a></div>')
    if n > 1:
        newer = "../../" if n == 2 else f"{O}{page_url(n - 1)}"
        nav_links.append(f'<div class="nav-next"><a href="{newer}" >Newer posts</a></div>')
    news = "\n".join(
        f'\t\t\t<li><a href="/{d}/{s}/">{e(t)}</a> <span class="post-date">{d.replace("/", "-")}</span></li>'
        for (d, s), t in zip(NEWS, NEWS_TITLES))
    desc = ""
    if n == 1:
        desc = (f'<div class="archive-description"><p>{AUTHOR} writes about cities, housing and the way we get '
                f'around, every Tuesday and Friday. Follow her on <a href="https://twitter.com/mayaokafor">X</a> '
                f'or read <a href="{O}/about/maya-okafor/">her biography</a>.</p></div>')
    return f"""
	<div id="content" class="site-content">
	<main id="primary" class="site-main">
		<nav class="yoast-breadcrumbs" aria-label="Breadcrumb"><span><span><a href="{O}/">Home</a></span> &raquo; <span><a href="{O}/columnists/">Columnists</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{AUTHOR}</span></span></nav>
		<header class="page-header">
			<h1 class="page-title">Category: <span>{AUTHOR}</span></h1>
			{desc}
		</header><!-- .page-header -->
{arts}

	<nav class="navigation posts-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Posts navigation</h2>
		<div class="nav-links">{''.join(nav_links)}</div>
	</nav>

		<section class="wp-block-group latest-rail">
			<h2 class="wp-block-heading">Latest news</h2>
			<ul class="wp-block-latest-posts__list wp-block-latest-posts">
{news}
			</ul>
			<p><a href="/news/">All news &rarr;</a></p>
		</section>
	</main><!-- #main -->
"""


def sidebar() -> str:
    most = "\n".join(f'\t\t\t\t<li><a href="{O}/{d}/{s}/">{e(t)}</a></li>' for d, s, t in MOST_READ)
    picks = "\n".join(
        f'\t\t\t<li><a href="/{d}/{s}/"><img src="{O}/wp-content/uploads/{d[:7]}/{s[:12]}-150x150.jpg" alt="">'
        f'</a> <a href="/{d}/{s}/">{e(t)}</a></li>' for d, s, t in PICKS)
    others = "\n".join(
        f'\t\t\t<li><a class="columnist-name" href="{O}/columnists/{p}/">{name}</a> '
        f'<a class="columnist-latest" href="{O}/columnists/{d}/{s}/">{e(t)}</a></li>'
        for p, name, d, s, t in OTHERS)
    sd, ss, st = SPONSORED
    latest = COLS[0]
    return f"""
	<aside id="secondary" class="widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{O}/">
			<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label>
			<input type="submit" class="search-submit" value="Search"></form></section>
		<section id="block-7" class="widget widget_block">
			<div class="wp-block-group is-layout-flow">
				<ol class="wp-block-list ranked">
{most}
				</ol>
			</div>
		</section>
		<section id="block-9" class="widget widget_block">
			<h2 class="widget-title">Our columnists</h2>
			<ul class="columnist-widget">
{others}
			<li><a class="columnist-name" href="{O}/columnists/maya-okafor/">{AUTHOR}</a> <a class="columnist-latest" href="{O}{latest['path']}?utm_source=sidebar&amp;utm_medium=widget">{e(latest['title'])}</a></li>
			</ul>
		</section>
		<section id="custom_html-3" class="widget_text widget widget_custom_html">
			<h2 class="widget-title">Editors&rsquo; picks</h2>
			<ul class="picks">
{picks}
			</ul>
		</section>
		<section id="custom_html-4" class="widget_text widget widget_custom_html partner">
			<span class="partner-label">Sponsored</span>
			<a href="/{sd}/{ss}/"><img src="{O}/wp-content/uploads/2024/01/partner-gas.jpg" alt=""><strong>{e(st)}</strong></a>
			<p>Paid for by Northshore Energy</p>
			<a href="https://ads.example-network.com/click?cid=88231&amp;site=harbourledger" rel="sponsored nofollow">Ad: Find a fixed tariff today</a>
		</section>
		<section id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget">
			<h2 class="widget-title">Get Maya&rsquo;s column by email</h2>
			<form id="mc4wp-form-1" class="mc4wp-form" method="post" action="https://harbourledger.us12.list-manage.com/subscribe/post?u=5f1c2&amp;id=9ad3e">
				<input type="email" name="EMAIL" placeholder="Your email address" required><input type="submit" value="Sign up">
			</form>
			<p>Read our <a href="{O}/privacy-policy/">privacy policy</a>.</p>
		</section>
		<section id="text-5" class="widget widget_text">
			<h2 class="widget-title">Have your say</h2>
			<div class="textwidget"><p>Write to us: <a href="{O}/letters/submit/">send a letter to the editor</a>, or read <a href="/letters/2024/01/04/readers-on-the-bus-lane-row/">this week&rsquo;s letters</a>.</p></div>
		</section>
		<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Topics</h2><div class="tagcloud">
			{' '.join(f'<a href="{O}/tag/{t}/" class="tag-cloud-link">{t.replace("-", " ")}</a>' for t in TAGS)}
		</div></section>
	</aside><!-- #secondary -->
	</div><!-- #content -->
"""


def footer() -> str:
    return f"""
	<footer id="colophon" class="site-footer">
		<nav class="footer-navigation"><ul class="footer-menu">
			<li><a href="{O}/about/">About us</a></li>
			<li><a href="{O}/contact/">Contact</a></li>
			<li><a href="{O}/advertise/">Advertise</a></li>
			<li><a href="{O}/privacy-policy/">Privacy policy</a></li>
			<li><a href="{O}/terms/">Terms</a></li>
			<li><a href="{O}/subscribe/?ref=footer">Subscribe</a></li>
		</ul></nav>
		<div class="social"><a href="https://twitter.com/harbourledger">X</a> <a href="https://www.facebook.com/harbourledger">Facebook</a> <a href="https://www.instagram.com/harbourledger/">Instagram</a></div>
		<div class="site-info">&copy; 2024 {SITE}. <a href="https://wordpress.org/">Proudly powered by WordPress</a></div>
	</footer>
</div><!-- #page -->
<script src="{O}/wp-content/themes/ledger/js/navigation.js?ver=1.4.2" id="ledger-navigation-js"></script>
<script src="https://stats.wp.com/e-202401.js" id="jetpack-stats-js" defer></script>
</body>
</html>
"""


def rss(title: str, link: str, self_href: str, items: list[tuple[str, str, dt.date, str, str]]) -> str:
    body = "".join(f"""
	<item>
		<title>{e(t)}</title>
		<link>{O}{p}</link>
		<dc:creator><![CDATA[{a}]]></dc:creator>
		<pubDate>{d:%a, %d %b %Y} 07:00:00 +0000</pubDate>
		<category><![CDATA[{cat}]]></category>
		<guid isPermaLink="false">{O}/?p={abs(hash_(p)) % 9000 + 1000}</guid>
		<description><![CDATA[{e(t)} [&#8230;]]]></description>
	</item>""" for t, p, d, a, cat in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>{e(title)}</title>
	<atom:link href="{O}{self_href}" rel="self" type="application/rss+xml" />
	<link>{O}{link}</link>
	<description>Independent news for the harbour towns since 1887</description>
	<lastBuildDate>Fri, 05 Jan 2024 09:12:44 +0000</lastBuildDate>
	<language>en-GB</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=6.4.2</generator>{body}
</channel>
</rss>
"""


def hash_(s: str) -> int:
    h = 7
    for ch in s:
        h = (h * 31 + ord(ch)) % 1_000_003
    return h


def write(rel: str, text: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for n in range(1, len(PAGES) + 1):
        doc = head(n) + header() + main_area(n) + sidebar() + footer()
        rel = "columnists/maya-okafor/index.html" if n == 1 else f"columnists/maya-okafor/page/{n}/index.html"
        write(rel, doc)
    # site-wide feed: news, other columnists, and Maya's two latest
    site_items = [(t, f"/{d}/{s}/", dt.date.fromisoformat(d.replace("/", "-")), "Staff Reporter", "News")
                  for (d, s), t in zip(NEWS, NEWS_TITLES)]
    site_items.insert(1, (COLS[0]["title"], COLS[0]["path"], COLS[0]["date"], AUTHOR, AUTHOR))
    for p, name, d, s, t in OTHERS:
        site_items.append((t, f"/columnists/{d}/{s}/", dt.date.fromisoformat(d.replace("/", "-")), name, name))
    site_items.append((COLS[1]["title"], COLS[1]["path"], COLS[1]["date"], AUTHOR, AUTHOR))
    write("feed/rss2.xml", rss(SITE, "/", "/feed/rss2.xml", site_items))
    cat_items = [(c["title"], c["path"], c["date"], AUTHOR, AUTHOR) for c in PAGES[0]]
    write("columnists/maya-okafor/feed/rss2.xml",
          rss(f"{AUTHOR} Archives - {SITE}", PAGE, "/columnists/maya-okafor/feed/rss2.xml", cat_items))
    comment_items = [
        (f"Comment on {COLS[0]['title']} by Jim Pattison", COLS[0]["path"] + "#comment-20411", COLS[0]["date"],
         "Jim Pattison", "comment"),
        (f"Comment on {OTHERS[0][4]} by A. Reader", f"/columnists/{OTHERS[0][2]}/{OTHERS[0][3]}/#comment-20409",
         dt.date(2024, 1, 4), "A. Reader", "comment"),
        (f"Comment on {NEWS_TITLES[3]} by harbourmum", f"/{NEWS[3][0]}/{NEWS[3][1]}/#comment-20402",
         dt.date(2024, 1, 4), "harbourmum", "comment"),
        (f"Comment on {COLS[2]['title']} by Colm", COLS[2]["path"] + "#comment-20390", COLS[2]["date"],
         "Colm", "comment"),
    ]
    write("comments/feed/rss2.xml",
          rss(f"Comments for {SITE}", "/", "/comments/feed/rss2.xml", comment_items))
    write("robots.txt", f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                        f"Sitemap: {O}/wp-sitemap.xml\n")
    truth = {
        "template": NAME,
        "description": ("A WordPress (Underscores-style) opinion blog: one columnist's category archive with "
                        "/page/N/ pagination ('Older posts' + rel=next), entry-title cards, Jetpack ?share= links, "
                        "a 'Latest news' rail inside <main> with dated news URLs, and other columnists' columns "
                        "of the very same /columnists/YYYY/MM/DD/slug/ shape in the sidebar; the page advertises "
                        "a site feed, a comments feed and the category feed."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [c["path"] for c in COLS],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
