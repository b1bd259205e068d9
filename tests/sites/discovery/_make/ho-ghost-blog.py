"""Generate the held-out ``ho-ghost-blog`` discovery fixture (stdlib only, deterministic).

A one-person Ghost newsletter: the home page ``/`` is the only listing page (14 posts,
no pagination), posts live at root slugs (``/housing/``, ``/on-trust/``) exactly like the
site's pages (``/about/``, ``/now/``, ``/archive/``...). Cards use an empty overlay
permalink plus a non-link title; a Featured block repeats two posts. The advertised RSS
feed carries those 14 posts and 6 older ones.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timedelta
from pathlib import Path

NAME = "ho-ghost-blog"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Jo Abernathy"
SITE = "Small Hours"

# slug, title, excerpt, primary tag, extra tag, reading minutes, members-only
POSTS = [
    ("housing", "Housing", "Everyone I know is either a landlord, a tenant, or waiting. A long one about the only subject we talk about at dinner any more.", "cities", "money", 14, False),
    ("on-trust", "On Trust", "Why I stopped reading the comments, and then started again.", "essays", None, 6, False),
    ("bus-stops", "Notes from a bus stop", "Forty minutes, three buses, one timetable that was lying.", "cities", "transport", 5, False),
    ("rent", "What rent takes", "It is not only money. It is the years you spend being ready to leave.", "money", "cities", 9, True),
    ("small-towns", "Why I keep going back to small towns", "The high street is closed on Wednesdays, and that is the point.", "places", None, 8, False),
    ("the-quiet-years", "The Quiet Years", "On the decade after thirty, when nothing happens and everything changes.", "essays", "personal", 11, False),
    ("grief", "Grief, administratively", "Nobody tells you how many forms there are.", "personal", None, 7, False),
    ("the-commute", "The commute", "A defence of the worst hour of the day.", "transport", None, 4, False),
    ("libraries", "Libraries are the last free room", "Somewhere to sit that does not want anything from you.", "cities", "essays", 10, False),
    ("on-walking", "On walking", "I walked everywhere for a month. Here is what it did to my idea of distance.", "places", None, 6, True),
    ("neighbours", "My neighbours, the strangers", "Eleven years in the same building and I know two first names.", "cities", "personal", 7, False),
    ("planning", "Who gets to plan a city?", "Consultations, objections and the people who have time to attend them.", "cities", "politics", 12, False),
    ("winter-light", "Winter light", "Short one. It gets dark at four and I have opinions about it.", "personal", None, 2, False),
    ("second-chances", "Second chances", "On towns that were written off and then were not.", "places", "essays", 9, False),
]
OLDER = [  # only in the feed
    ("starting-over", "Starting over", "I moved again. This newsletter moved with me.", "personal", None, 5, False),
    ("the-long-table", "The long table", "Every good thing in my street started with someone carrying a table outside.", "cities", None, 8, False),
    ("mapmaking", "Mapmaking", "Drawing my neighbourhood from memory, badly.", "places", None, 6, False),
    ("on-leaving", "On leaving London", "A city is a deal, and I stopped being able to afford my side of it.", "essays", "money", 13, False),
    ("zoning", "Zoning is a moral document", "What a land-use map says about who a city thinks it is for.", "cities", "politics", 10, False),
    ("hello-again", "Hello again", "The first issue of a newsletter about cities, money and staying put.", "personal", None, 3, False),
]
FEATURED = ["the-quiet-years", "libraries"]
TAG_NAMES = {"cities": "Cities", "money": "Money", "essays": "Essays", "transport": "Transport",
             "places": "Places", "personal": "Personal", "politics": "Politics"}

e = html.escape
NEWEST = datetime(2024, 3, 24, 8, 30)


def when(i: int) -> datetime:
    # roughly every nine days, always a Sunday-ish morning
    return NEWEST - timedelta(days=9 * i + (i % 3), hours=i % 4)


posts = []
for i, row in enumerate(POSTS + OLDER):
    slug, title, excerpt, tag, tag2, minutes, members = row
    posts.append({"slug": slug, "title": title, "excerpt": excerpt, "tag": tag, "tag2": tag2,
                  "minutes": minutes, "members": members, "date": when(i), "home": i < len(POSTS),
                  "uuid": f"{0x65a1f200 + 977 * i:08x}{i:04x}9c2d0e1b"})
by_slug = {p["slug"]: p for p in posts}


def url(slug: str) -> str:
    return "{{origin}}/" + slug + "/"


def feed_card(p: dict, n: int) -> str:
    tags = [f'<a class="feed-tag" href="{{{{origin}}}}/tag/{p["tag"]}/">{TAG_NAMES[p["tag"]]}</a>']
    if p["tag2"]:
        tags.append(f'<a class="feed-tag" href="/tag/{p["tag2"]}/">{TAG_NAMES[p["tag2"]]}</a>')
    lock = '<span class="feed-visibility" title="Members only">&#128274;</span>' if p["members"] else ""
    comments = (f'\n      <a class="feed-comments" href="{url(p["slug"])}#comments">{3 + n * 2} comments</a>'
                if n % 4 == 1 else "")
    # Ghost's own themes mix absolute URLs with the occasional relative one
    link = url(p["slug"]) if n % 5 != 3 else p["slug"] + "/"
    return f"""
    <article class="feed post tag-{p['tag']}{' tag-' + p['tag2'] if p['tag2'] else ''}{' members' if p['members'] else ' public'}" data-month="{p['date'].strftime('%B %Y')}">
      <div class="feed-calendar">
        <div class="feed-calendar-month">{p['date'].strftime('%b')}</div>
        <div class="feed-calendar-day">{p['date'].day}</div>
      </div>
      <h2 class="feed-title">{e(p['title'])}</h2>
      <p class="feed-excerpt">{e(p['excerpt'])}</p>
      <div class="feed-tags">{' '.join(tags)}</div>
      <div class="feed-right">
        {lock}<div class="feed-length">{p['minutes']} min read</div>
      </div>{comments}
      <a class="u-permalink" href="{link}" aria-label="{e(p['title'])}"></a>
    </article>"""


def featured_card(p: dict) -> str:
    return f"""
        <article class="featured-post">
          <a class="featured-image-link" href="{url(p['slug'])}">
            <img class="featured-image u-object-fit" src="{{{{origin}}}}/content/images/size/w600/2024/01/{p['slug']}.jpg" alt="{e(p['title'])}" loading="lazy">
          </a>
          <header class="featured-header">
            <h3 class="featured-title"><a href="{url(p['slug'])}">{e(p['title'])}</a></h3>
            <div class="featured-meta"><a href="{{{{origin}}}}/author/jo/">{AUTHOR}</a> &middot; <time datetime="{p['date'].date().isoformat()}">{p['date'].strftime('%-d %b %Y')}</time></div>
          </header>
        </article>"""


def home() -> str:
    shown = [p for p in posts if p["home"]]
    feed = "".join(feed_card(p, n) for n, p in enumerate(shown))
    featured = "".join(featured_card(by_slug[s]) for s in FEATURED)
    website = {
        "@context": "https://schema.org", "@type": "WebSite",
        "publisher": {"@type": "Organization", "name": SITE, "url": "{{origin}}/",
                      "logo": {"@type": "ImageObject", "url": "{{origin}}/content/images/2023/05/small-hours-icon.png", "width": 60, "height": 60}},
        "url": "{{origin}}/", "name": SITE,
        "image": {"@type": "ImageObject", "url": "{{origin}}/content/images/2023/05/cover.jpg", "width": 2000, "height": 1200},
        "mainEntityOfPage": "{{origin}}/",
        "description": "A newsletter about cities, money and staying put, by Jo Abernathy.",
    }
    newest = shown[0]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{SITE}</title>
    <link rel="stylesheet" type="text/css" href="{{{{origin}}}}/assets/built/screen.css?v=2a7c41e0f6">
    <meta name="description" content="A newsletter about cities, money and staying put, by Jo Abernathy.">
    <link rel="icon" href="{{{{origin}}}}/content/images/size/w256h256/2023/05/small-hours-icon.png" type="image/png">
    <link rel="canonical" href="{{{{origin}}}}/">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="website">
    <meta property="og:title" content="{SITE}">
    <meta property="og:url" content="{{{{origin}}}}/">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:site" content="@joabernathy">
    <script type="application/ld+json">
{json.dumps(website, indent=4)}
    </script>
    <meta name="generator" content="Ghost 5.79">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{{{{origin}}}}/feed.xml">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="{{{{origin}}}}/" data-key="9f3c1b2a7e5d8c4b6a0f1e2d3c" data-api="{{{{origin}}}}/ghost/api/content/" crossorigin="anonymous"></script>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="9f3c1b2a7e5d8c4b6a0f1e2d3c" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{{{{origin}}}}/" crossorigin="anonymous"></script>
    <link href="{{{{origin}}}}/webmentions/receive/" rel="webmention">
</head>
<body class="home-template with-full-cover">
<div class="site">
    <div class="announcement-bar">New essay: <a href="{{{{origin}}}}/{newest['slug']}/?ref=announcement-bar">{e(newest['title'])} &rarr;</a></div>

    <header id="gh-head" class="gh-head gh-outer">
        <div class="gh-head-inner gh-inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo" href="{{{{origin}}}}">{SITE}</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
                <button class="gh-burger" aria-label="Toggle menu"></button>
            </div>
            <nav class="gh-head-menu">
                <ul class="nav">
                    <li class="nav-home nav-current"><a href="{{{{origin}}}}/">Home</a></li>
                    <li class="nav-start-here"><a href="{{{{origin}}}}/start-here/">Start here</a></li>
                    <li class="nav-archive"><a href="{{{{origin}}}}/archive/">Archive</a></li>
                    <li class="nav-cities"><a href="{{{{origin}}}}/tag/cities/">Cities</a></li>
                    <li class="nav-about"><a href="{{{{origin}}}}/about/">About</a></li>
                    <li class="nav-more"><a href="{{{{origin}}}}/tag/essays/">More</a></li>
                </ul>
            </nav>
            <div class="gh-head-actions">
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </div>
        </div>
    </header>

    <div class="site-content">
        <nav class="breadcrumbs" aria-label="You are here"><a href="{{{{origin}}}}/">Home</a> <span>/</span> <span>Latest</span></nav>

        <section class="cover">
            <div class="cover-content">
                <h1 class="cover-title">A newsletter about cities, money and staying put.</h1>
                <p class="cover-description">Every other Sunday, by <a href="{{{{origin}}}}/author/jo/">Jo Abernathy</a>. Join 6,400 readers.</p>
                <form class="cover-form" data-members-form="signup">
                    <input data-members-email type="email" placeholder="jamie@example.com" required>
                    <button class="button button-primary" type="submit">Subscribe</button>
                </form>
                <p class="cover-small"><a href="{{{{origin}}}}/membership/">Become a paying member</a> to read everything and keep this independent.</p>
            </div>
        </section>

        <section class="featured-wrapper">
            <h2 class="featured-section-title">Featured</h2>
            <div class="featured-feed">{featured}
            </div>
        </section>

        <main id="site-main" class="site-main">
            <div class="post-feed">{feed}
            </div>
            <div class="archive-link"><a href="{{{{origin}}}}/archive/">Everything I&rsquo;ve written &rarr;</a></div>
        </main>

        <aside class="sidebar">
            <section class="widget widget-start">
                <h3 class="widget-title">New here?</h3>
                <ul>
                    <li><a href="{{{{origin}}}}/start-here/">Start here: the five essays I would send a friend</a></li>
                    <li><a href="{{{{origin}}}}/now/">What I&rsquo;m doing now</a></li>
                    <li><a href="{{{{origin}}}}/reading-list/">The reading list</a></li>
                    <li><a href="{{{{origin}}}}/talks/">Talks and workshops</a></li>
                </ul>
            </section>
            <section class="widget widget-tags">
                <h3 class="widget-title">Topics</h3>
                <a href="{{{{origin}}}}/tag/cities/">Cities</a>
                <a href="{{{{origin}}}}/tag/money/">Money</a>
                <a href="{{{{origin}}}}/tag/places/">Places</a>
                <a href="{{{{origin}}}}/tag/personal/">Personal</a>
                <a href="{{{{origin}}}}/tag/politics/">Politics</a>
            </section>
            <section class="widget widget-listen">
                <h3 class="widget-title">Listen</h3>
                <a class="episode" href="{{{{origin}}}}/podcast/ep-12-the-housing-trap/">Ep. 12: The housing trap, with Priya Lall</a>
                <a class="episode" href="{{{{origin}}}}/podcast/ep-11-small-towns-big-rents/">Ep. 11: Small towns, big rents</a>
                <a href="https://podcasts.apple.com/podcast/small-hours/id1622334455" rel="noopener">Apple Podcasts</a>
            </section>
            <section class="widget widget-sponsor">
                <h3 class="widget-title">This issue is supported by</h3>
                <a class="sponsor-card" href="{{{{origin}}}}/sponsors/">
                    <strong>Fieldwork Maps</strong> &mdash; hand-drawn maps of your neighbourhood. Readers get 20% off.
                </a>
                <a href="https://fieldworkmaps.example.com/?ref=smallhours" rel="sponsored noopener">fieldworkmaps.example.com</a>
            </section>
            <section class="widget widget-recommendations">
                <h3 class="widget-title">Newsletters I read</h3>
                <ul>
                    <li><a href="https://thestreetlevel.example.com/?ref=smallhours" rel="noopener">Street Level</a> &mdash; planning, plainly.</li>
                    <li><a href="https://rentnotes.example.org/?ref=smallhours" rel="noopener">Rent Notes</a></li>
                    <li><a href="https://tidelines.substack.example/" rel="noopener">Tidelines</a></li>
                </ul>
                <a href="#/portal/recommendations" data-portal="recommendations">See all recommendations</a>
            </section>
        </aside>
    </div>

    <footer class="site-footer gh-outer">
        <div class="gh-inner">
            <section class="footer-cta">
                <h2>Sign up for {SITE}</h2>
                <a class="footer-cta-button" href="#/portal/signup" data-portal="signup">Subscribe, it&rsquo;s free</a>
            </section>
            <nav class="site-footer-nav">
                <a href="{{{{origin}}}}/about/">About</a>
                <a href="{{{{origin}}}}/membership/">Membership</a>
                <a href="{{{{origin}}}}/contact/">Contact</a>
                <a href="{{{{origin}}}}/privacy/">Privacy</a>
                <a href="{{{{origin}}}}/rss/">RSS</a>
            </nav>
            <div class="footer-elsewhere">
                Jo elsewhere:
                <a href="https://joabernathy.photos.example/" rel="me">Photographs</a>
                <a href="https://jo-talks-cities.example.net/" rel="me">Speaking</a>
                <a href="https://mastodon.social/@joabernathy" rel="me">Mastodon</a>
                <a href="https://bsky.app/profile/joabernathy.example" rel="me">Bluesky</a>
                <a href="https://twitter.com/intent/tweet?text=I%20read%20Small%20Hours&amp;url={{{{origin}}}}/">Share this newsletter</a>
            </div>
            <div class="site-footer-copyright">{SITE} &copy; 2024. <a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="{{{{origin}}}}/assets/built/main.min.js?v=2a7c41e0f6"></script>
</body>
</html>
"""


def rss() -> str:
    items = []
    for p in posts:
        cats = [TAG_NAMES[p["tag"]]] + ([TAG_NAMES[p["tag2"]]] if p["tag2"] else [])
        cat_xml = "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
        body = (f"<p>{e(p['excerpt'])}</p>" if p["members"] else
                f"<p>{e(p['excerpt'])}</p><p>The rest of this issue, in full, for everyone.</p>")
        items.append(f"""<item><title><![CDATA[{p['title']}]]></title><description><![CDATA[{p['excerpt']}]]></description><link>{{{{origin}}}}/{p['slug']}/</link><guid isPermaLink="false">{p['uuid']}</guid>{cat_xml}<dc:creator><![CDATA[{AUTHOR}]]></dc:creator><pubDate>{p['date'].strftime('%a, %d %b %Y %H:%M:%S')} GMT</pubDate><media:content url="{{{{origin}}}}/content/images/2024/01/{p['slug']}.jpg" medium="image"/><content:encoded><![CDATA[{body}]]></content:encoded></item>""")
    built = NEWEST + timedelta(hours=2)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[{SITE}]]></title><description><![CDATA[A newsletter about cities, money and staying put, by Jo Abernathy.]]></description><link>{{{{origin}}}}/</link><image><url>{{{{origin}}}}/favicon.png</url><title>{SITE}</title><link>{{{{origin}}}}/</link></image><generator>Ghost 5.79</generator><lastBuildDate>{built.strftime('%a, %d %b %Y %H:%M:%S')} GMT</lastBuildDate><atom:link href="{{{{origin}}}}/feed.xml" rel="self" type="application/rss+xml"/><ttl>60</ttl>{''.join(items)}</channel></rss>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "index.html").write_text(home(), encoding="utf-8")
    (OUT / "feed.xml").write_text(rss(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("A one-person Ghost newsletter: the home page is the only listing (no pagination), posts sit at "
                        "root slugs exactly like the site's own pages (/about/, /now/, /archive/, /privacy/, /rss/), cards "
                        "are an empty overlay permalink beside a non-link title, and six older posts are only in the feed."),
        "held_out": False,
        "pages": ["/"],
        "max_index_pages": 1,
        "author": AUTHOR,
        "columns": [f"/{p['slug']}/" for p in posts],
        "feed_only": [f"/{p['slug']}/" for p in posts if not p["home"]],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
