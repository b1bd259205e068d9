"""Generate tests/sites/discovery/substack-like: a Substack newsletter's /archive on a custom domain.

The archive shows a pinned welcome post and only the 8 newest posts; "Load more" is a
script <button> with no href, so the older posts are reachable only through the advertised
feed (/feed.xml, 25 entries). Post URLs are /p/<1-3 word slug>; distractors are /about,
/subscribe, /s/<section> links, /p/<slug>/comments, ?utm_source=substack&utm_medium=email and
?r=abc12 referral variants, cross-posts and recommendations on other hosts with /p/ paths.

stdlib only, deterministic: python tests/sites/discovery/_make/substack-like.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path

NAME = "substack-like"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PUB = "Common Ground"
AUTHOR = "Hannah Voss"
HANDLE = "hannahvoss"
SHOWN = 8
e = html.escape

POSTS = [  # newest first: (slug, title, subtitle)
    ("on-trust", "On trust", "Why we stopped believing each other, and how we might start again"),
    ("housing", "Housing, and the lie of the ladder", "Owning a home was supposed to be the reward. It became the test"),
    ("the-long-goodbye", "The long goodbye", "My father, his memory, and the care system that wasn't there"),
    ("small-towns", "Why small towns vote the way they do", "It isn't ignorance. It's arithmetic"),
    ("quiet-quitting", "Quiet quitting was never the problem", "Work got worse. Workers noticed"),
    ("after-the-flood", "After the flood", "Three months on in the valley, the insurance letters are arriving"),
    ("notes-on-anger", "Notes on anger", "A year of reader mail, and what it taught me"),
    ("the-commute", "The commute is the job now", "Two hours a day, unpaid, and nobody counts it"),
    ("school-choice", "School choice isn't a choice for most parents", "Catchments, buses and the myth of the league table"),
    ("loneliness", "Loneliness is a policy problem", "We closed the places where people met, then blamed their phones"),
    ("two-cheers", "Two cheers for the civil service", "Slow, cautious and mostly right"),
    ("the-grid", "The grid can't wait", "Every clean-energy plan runs into the same queue"),
    ("midwinter", "Midwinter", "Short days, long lists, and a small defence of doing less"),
    ("against-nostalgia", "Against nostalgia", "The past was not better. It was just ours"),
    ("rent", "What rent does to a person", "Nine moves in twelve years"),
    ("local-news", "Who will cover the council now?", "The last reporter in town is leaving"),
    ("mothers", "Mothers and the labour market", "The penalty starts on day one and never quite ends"),
    ("the-bypass", "The bypass", "A road that took forty years, and a town that changed while it waited"),
    ("good-enough", "Good enough is good enough", "On perfectionism in politics"),
    ("the-swing-voter", "The swing voter is a myth", "Elections are won by turnout, not conversion"),
    ("libraries", "In praise of libraries", "Still free, still warm, still full"),
    ("heat", "Heat", "Our houses were built for a climate we no longer have"),
    ("public-toilets", "The politics of public toilets", "A surprisingly good measure of a decent city"),
    ("year-one", "Year one: what I got wrong", "Twelve months of this newsletter, and a few corrections"),
    ("trust-fall", "Trust fall", "What a village fete taught me about institutions"),
]
WELCOME = ("welcome", "Welcome to Common Ground", "What this newsletter is, and why I'm writing it")
CROSS = ("https://northwindletter.substack.com/p/the-case-for-ferries", "The case for ferries", "Northwind Letter", "Ailsa Crane")
RECS = [
    ("https://citydesk.substack.com", "City Desk", "Tom Okoro", "https://citydesk.substack.com/p/zoning-explained", "Zoning, explained"),
    ("https://northwindletter.substack.com", "Northwind Letter", "Ailsa Crane", "https://northwindletter.substack.com/p/island-economics", "Island economics"),
    ("https://thepolicyshed.example", "The Policy Shed", "Martin Udal", "https://thepolicyshed.example/p/the-budget", "The budget"),
]


def posts() -> list[dict]:
    out = []
    t = dt.datetime(2024, 1, 4, 12, 1)
    for i, (slug, title, sub) in enumerate(POSTS):
        out.append({"slug": slug, "title": title, "sub": sub, "time": t, "path": f"/p/{slug}",
                    "id": 140298311 - i * 1_377_113, "likes": (i * 37) % 180 + 12, "comments": (i * 11) % 49})
        t -= dt.timedelta(days=7, hours=(i % 3) * 2)
    return out


ALL = posts()
SHOWN_POSTS = ALL[:SHOWN]
WELCOME_POST = {"slug": WELCOME[0], "title": WELCOME[1], "sub": WELCOME[2], "time": dt.datetime(2022, 7, 14, 8, 0),
                "path": f"/p/{WELCOME[0]}", "id": 64110872, "likes": 311, "comments": 58}


def short(t: dt.datetime) -> str:
    return f"{t:%b} {t.day}" + ("" if t.year == 2024 else f", {t.year}")


def preview(p: dict, k: int, pinned: bool = False) -> str:
    url = O + p["path"] if k % 2 == 0 else p["path"]
    pin = ('<div class="pencraft pc-display-flex pc-gap-4 pc-reset pinned-label"><svg class="lucide lucide-pin" '
           'width="14" height="14" aria-hidden="true"><use href="#pin"/></svg>Pinned</div>') if pinned else ""
    img = ""
    if k % 3 != 2:
        img = (f'<a class="post-preview-image-link" href="{url}" tabindex="-1" aria-hidden="true"><picture>'
               f'<img class="post-preview-image" width="150" height="150" loading="lazy" alt="" '
               f'src="https://substackcdn.example/image/fetch/w_300,h_300,c_fill/https%3A%2F%2Fsubstack-post-media.example%2Fpublic%2Fimages%2F{p["id"]:x}.jpeg"></picture></a>')
    referral = ""
    if k % 2 == 1 or pinned:
        referral = (f'<a class="post-ufi-button style-compressed share" href="{O}{p["path"]}?r=abc12&amp;utm_campaign=post&amp;utm_medium=web" '
                    f'aria-label="Share"><svg width="20" height="20"><use href="#share"/></svg></a>')
    comments = ""
    if p["comments"]:
        comments = (f'<a class="post-ufi-button style-compressed post-ufi-comment-button" href="{O}{p["path"]}/comments" '
                    f'aria-label="View comments ({p["comments"]})"><svg width="20" height="20"><use href="#comment"/></svg>'
                    f'<span class="label">{p["comments"]}</span></a>')
    return f"""
			<div class="post-preview portable-archive-post{' pinned' if pinned else ''} {'has-image' if img else ''}" data-testid="post-preview">
				<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-8 pc-reset post-preview-content">
					{pin}
					<div><a class="post-preview-title newsletter" href="{url}" data-testid="post-preview-title">{e(p['title'])}</a></div>
					<div class="post-preview-description"><a class="_color-secondary_1k0ma_1 _decoration-hover-underline_1k0ma_9" href="{url}">{e(p['sub'])}</a></div>
					<div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset post-preview-byline">
						<div class="_profile-hover-wrapper_13t5b_1"><a class="pencraft _decoration-hover-underline_1k0ma_9" href="https://substack.com/@{HANDLE}">{AUTHOR.upper()}</a></div>
						<span class="pencraft pc-reset _color-secondary_1k0ma_1">&middot;</span>
						<time datetime="{p['time'].isoformat()}:00.000Z" class="date _color-secondary_1k0ma_1">{short(p['time'])}</time>
					</div>
					<div class="post-ufi style-compressed">
						<a class="post-ufi-button style-compressed like-button-container" href="{O}{p['path']}?utm_source=substack&amp;utm_medium=email" role="button" aria-label="Like ({p['likes']})"><svg width="20" height="20"><use href="#heart"/></svg><span class="label">{p['likes']}</span></a>
						{comments}
						<a class="post-ufi-button style-compressed restack" href="https://substack.com/restack?post_id={p['id']}" aria-label="Restack"><svg width="20" height="20"><use href="#restack"/></svg></a>
						{referral}
					</div>
				</div>
				{img}
			</div>"""


def cross_post() -> str:
    href, title, pub, who = CROSS
    return f"""
			<div class="post-preview portable-archive-post cross-post" data-testid="post-preview">
				<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-8 pc-reset post-preview-content">
					<div class="pencraft pc-reset cross-post-label _color-secondary_1k0ma_1">Cross-posted from <a href="https://northwindletter.substack.com">{pub}</a></div>
					<div><a class="post-preview-title newsletter" href="{href}">{e(title)}</a></div>
					<div class="pencraft pc-display-flex pc-gap-4 pc-reset post-preview-byline"><a href="https://substack.com/@ailsacrane">{who.upper()}</a> &middot; <time datetime="2023-12-29T09:00:00.000Z">Dec 29, 2023</time></div>
				</div>
			</div>"""


def preloads() -> str:
    data = {
        "isEU": False, "language": "en",
        "pub": {"id": 1032277, "name": PUB, "subdomain": "commonground", "custom_domain": "{{origin}}",
                "base_url": f"{O}", "author_name": AUTHOR, "hero_text": "Politics, places and the people in between."},
        "posts": [{"id": p["id"], "slug": p["slug"], "title": p["title"], "subtitle": p["sub"],
                   "canonical_url": f"{O}{p['path']}", "post_date": p["time"].isoformat() + ":00.000Z",
                   "audience": "everyone", "type": "newsletter", "reaction_count": p["likes"],
                   "comment_count": p["comments"]} for p in [WELCOME_POST] + SHOWN_POSTS],
        "recommendations": [{"name": n, "base_url": b, "author_name": a} for b, n, a, _, _ in RECS],
        "archive_limit": SHOWN, "archive_next_offset": SHOWN,
    }
    return json.dumps(json.dumps(data))


def document() -> str:
    items = preview(WELCOME_POST, 0, pinned=True)
    for k, p in enumerate(SHOWN_POSTS):
        items += preview(p, k + 1)
        if k == 4:
            items += cross_post()
    recs = "\n".join(
        f'\t\t\t<div class="recommendation"><a class="recommendation-pub" href="{b}?utm_source=recommendations_page&amp;utm_campaign=1032277">'
        f'<img src="https://substackcdn.example/logo/{n.lower().replace(" ", "")}.png" alt="">{e(n)}</a>'
        f'<span class="recommendation-author">By {e(a)}</span>'
        f'<a class="recommendation-post" href="{pu}">{e(pt)}</a></div>'
        for b, n, a, pu, pt in RECS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">
	<link rel="preconnect" href="https://substackcdn.example">
	<title data-rh="true">Archive - {PUB}</title>
	<meta data-rh="true" name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
	<meta data-rh="true" property="og:type" content="website">
	<meta data-rh="true" property="og:title" content="{PUB} | {AUTHOR} | Substack">
	<meta data-rh="true" property="og:url" content="{O}/archive">
	<meta data-rh="true" name="description" content="Politics, places and the people in between. Click to read {PUB}, by {AUTHOR}, a Substack publication with tens of thousands of subscribers.">
	<meta data-rh="true" name="twitter:card" content="summary">
	<link data-rh="true" rel="canonical" href="{O}/archive">
	<link rel="alternate" type="application/rss+xml" href="{O}/feed.xml" title="{PUB}">
	<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.6f2e1c.css">
	<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": PUB, "url": f"{O}", "description": "Politics, places and the people in between.", "founder": {"@type": "Person", "name": AUTHOR, "url": f"https://substack.com/@{HANDLE}"}})}</script>
</head>
<body class="pc-root">
<div id="entry">
<div id="main" class="main typography use-theme-bg">
	<div class="topbar-spacer"></div>
	<div class="main-menu" data-testid="navbar">
		<div class="topbar-content">
			<a class="logo-container" href="{O}/"><img class="logo" src="https://substackcdn.example/image/fetch/w_80/commonground-logo.png" alt="{PUB}"></a>
			<h1 class="navbar-title"><a class="navbar-title-link" href="{O}/">{PUB}</a></h1>
			<div class="navbar-buttons">
				<a class="button primary subscribe-btn" href="{O}/subscribe?utm_source=menu&amp;simple=true&amp;next={O}%2Farchive" data-testid="noncontributor-cta-button">Subscribe</a>
				<a class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Farchive&amp;for_pub=commonground">Sign in</a>
			</div>
		</div>
		<div class="section-bar">
			<a class="pencraft pc-reset section-link" href="{O}/">Home</a>
			<a class="pencraft pc-reset section-link" href="/s/podcast">Podcast</a>
			<a class="pencraft pc-reset section-link" href="{O}/s/housing-notes">Housing Notes</a>
			<a class="pencraft pc-reset section-link active" href="/archive" aria-current="page">Archive</a>
			<a class="pencraft pc-reset section-link" href="{O}/about">About</a>
			<a class="pencraft pc-reset section-link" href="/s/mailbag">More</a>
		</div>
	</div>
	<div class="container">
		<div class="portable-archive">
			<div class="portable-archive-header">
				<div class="pencraft pc-display-flex pc-gap-12 pc-reset archive-tabs" role="tablist">
					<a class="archive-tab selected" href="/archive?sort=new" role="tab" aria-selected="true">Latest</a>
					<a class="archive-tab" href="/archive?sort=top" role="tab" aria-selected="false">Top</a>
					<a class="archive-tab" href="/archive?sort=community" role="tab" aria-selected="false">Discussions</a>
				</div>
				<form class="archive-search" action="/archive" method="get"><input name="search" placeholder="Search" type="search"></form>
			</div>
			<div class="portable-archive-list" data-testid="archive-list">{items}
			</div>
			<div class="pencraft pc-display-flex pc-justifyContent-center pc-reset archive-load-more">
				<button type="button" class="button primary load-more" data-testid="archive-load-more" data-offset="{SHOWN}">Load more</button>
			</div>
		</div>
		<div class="subscribe-widget">
			<p class="subscribe-widget-title">Subscribe to {PUB}</p>
			<p>Politics, places and the people in between. Every Thursday.</p>
			<form class="form subscribe-email-form" action="/api/v1/free?nojs=true" method="post" novalidate>
				<input type="email" name="email" placeholder="Type your email..." aria-label="Email"><input type="hidden" name="source" value="archive_page"><button type="submit" class="button primary">Subscribe</button>
			</form>
		</div>
		<div class="recommendations-section">
			<h3 class="recommendations-title">Recommendations</h3>
{recs}
			<a class="recommendations-view-all" href="{O}/recommendations">View all 9</a>
		</div>
		<div class="sponsor-box">
			<span class="sponsor-label">This week&rsquo;s issues are supported by</span>
			<a href="https://ads.example-network.com/click?nl=commonground&amp;cid=4410" rel="sponsored nofollow">Fieldwork Coffee &mdash; roasted in small batches</a>
		</div>
	</div>
	<div class="footer-wrap publication-footer">
		<div class="footer">
			<div class="copyright">&copy; 2024 {AUTHOR}</div>
			<div class="footer-buttons">
				<a class="footer-link" href="https://substack.com/privacy">Privacy</a> &middot;
				<a class="footer-link" href="https://substack.com/tos">Terms</a> &middot;
				<a class="footer-link" href="https://substack.com/ccpa#personal-data-collected">Collection notice</a>
			</div>
			<a class="footer-substack-cta" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start writing</a>
			<a class="footer-substack-cta" href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Get the app</a>
			<p class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</p>
		</div>
	</div>
</div>
</div>
<script>window._preloads = JSON.parse({preloads()})</script>
<script>
  document.querySelector('.load-more').addEventListener('click', function (ev) {{
    var offset = +ev.target.dataset.offset;
    fetch('/api/v1/archive?sort=new&search=&offset=' + offset + '&limit=12').then(function (r) {{ return r.json(); }})
      .then(function (posts) {{ window.__renderArchive(posts); ev.target.dataset.offset = offset + 12; }});
  }});
</script>
<script src="https://substackcdn.example/bundle/static/js/main.8f21a6c4.js" charset="utf-8" async></script>
</body>
</html>
"""


def feed() -> str:
    items = "".join(f"""
    <item>
      <title><![CDATA[{p['title']}]]></title>
      <description><![CDATA[{p['sub']}]]></description>
      <link>{O}{p['path']}</link>
      <guid isPermaLink="false">{O}{p['path']}</guid>
      <dc:creator><![CDATA[{AUTHOR}]]></dc:creator>
      <pubDate>{p['time']:%a, %d %b %Y %H:%M:%S} GMT</pubDate>
      <enclosure url="https://substack-post-media.example/public/images/{p['id']:x}.jpeg" length="0" type="image/jpeg"/>
      <content:encoded><![CDATA[<p>{e(p['sub'])}.</p><p class="button-wrapper"><a class="button primary" href="{O}/subscribe?utm_source=rss&amp;utm_medium=email"><span>Subscribe now</span></a></p><p><a href="{O}{p['path']}/comments">Leave a comment</a></p>]]></content:encoded>
    </item>""" for p in ALL)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0">
  <channel>
    <title><![CDATA[{PUB}]]></title>
    <description><![CDATA[Politics, places and the people in between.]]></description>
    <link>{O}</link>
    <image><url>https://substackcdn.example/image/fetch/w_256/commonground-logo.png</url><title>{PUB}</title><link>{O}</link></image>
    <generator>Substack</generator>
    <lastBuildDate>Thu, 04 Jan 2024 12:30:11 GMT</lastBuildDate>
    <atom:link href="{O}/feed" rel="self" type="application/rss+xml"/>
    <author><![CDATA[{AUTHOR}]]></author>
    <copyright><![CDATA[{AUTHOR}]]></copyright>
    <language><![CDATA[en]]></language>
    <webMaster><![CDATA[commonground@substack.com]]></webMaster>
    <itunes:owner><itunes:email><![CDATA[commonground@substack.com]]></itunes:email><itunes:name><![CDATA[{AUTHOR}]]></itunes:name></itunes:owner>
    <itunes:author><![CDATA[{AUTHOR}]]></itunes:author>{items}
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
    assert len(ALL) == 25
    write("archive.html", document())
    write("feed.xml", feed())
    write("robots.txt", f"User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\n\nSitemap: {O}/sitemap.xml\n")
    truth = {
        "template": NAME,
        "description": ("A Substack newsletter's /archive on a custom domain: a pinned welcome post plus only the 8 "
                        "newest /p/<slug> posts, 'Load more' a script <button> with no href, the rest only in the "
                        "advertised /feed.xml; distractors are /p/<slug>/comments, ?utm_source=substack and ?r= "
                        "referral variants, /s/ sections, /about, /subscribe and /p/ posts on other hosts."),
        "held_out": False,
        "pages": ["/archive"],
        "max_index_pages": 1,
        "author": AUTHOR,
        "columns": [WELCOME_POST["path"]] + [p["path"] for p in ALL],
        "feed_only": [p["path"] for p in ALL[SHOWN:]],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
