"""Generate the h6-ghost-membership discovery fixture (held out).

A Ghost (Casper theme) newsletter with paid membership: the tag page /tag/columns/ lists
columns that live at root slugs (/the-long-view/), the same shape as the site's pages
(/about/, /membership/, /signup/) and its other posts in the "You might also like" feed.
Pagination is only a <link rel="next"> in <head> (Casper's infinite scroll); the tag's own
RSS feed is advertised beside the site-wide one.
Stdlib only, deterministic: python tests/sites/discovery/_make/h6-ghost-membership.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h6-ghost-membership"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/tag/columns/"
SITE = "The Ledger"

AUTHORS = {
    "sam": ("Sam Okafor", "sam-okafor.jpg"),
    "priya": ("Priya Raman", "priya.png"),
}

# (title, author, access, excerpt)  access: public | members | paid
COLUMNS = [
    ("The Long View", "sam", "paid",
     "Every election feels like the most important one. Most of them are not, and that is the point."),
    ("Why We Lost", "priya", "public",
     "A post-mortem nobody in the party wants to read, written by someone who knocked on the doors."),
    ("What the Fed still gets wrong about housing", "sam", "paid",
     "Rate hikes were supposed to cool prices. Instead they froze the market in place."),
    ("The quiet collapse of local news", "priya", "members",
     "When the county paper closed, nobody noticed for three months. Then the school board stopped meeting in public."),
    ("Notes from a swing county", "sam", "public",
     "Four days, two diners and one very patient campaign volunteer in Erie."),
    ("Against the four-day week", "priya", "paid",
     "It works for the people who already had good jobs. It is a trap for everyone else."),
    ("Small towns, big bets", "sam", "paid",
     "The new factories are arriving. The houses for the people who will work in them are not."),
    ("The case for boring politics", "priya", "public",
     "What if the best thing a government could do this year was nothing dramatic at all?"),
    ("Everyone is a landlord now", "sam", "members",
     "Short-term rentals turned a generation of homeowners into small businesses, and voters."),
    ("Tariffs are back. Nobody is ready.", "sam", "paid",
     "Both parties now agree on protectionism. Almost no one agrees on what it costs."),
    ("In defense of the filibuster (sort of)", "priya", "paid",
     "I spent years arguing it should go. Here is why I have changed my mind, a little."),
    ("The suburbs decide", "sam", "public",
     "Again. Here is what the precinct data from 2022 tells us about 2024."),
    ("What I got wrong in 2023", "priya", "public",
     "An annual tradition: the predictions, the misses, and the one I am still proud of."),
    ("Cheap money is never coming back", "sam", "paid",
     "A decade of near-zero rates shaped our politics more than we admit."),
    ("The Rust Belt's second act", "sam", "members",
     "Pittsburgh reinvented itself. Youngstown is trying. The difference is not what you think."),
    ("Polls, again", "priya", "public",
     "Yes, they missed. No, that does not mean you should ignore them."),
    ("How a city goes broke", "sam", "paid",
     "Pensions, bonds and one very bad interest rate swap: a case study."),
    ("The myth of the independent voter", "priya", "paid",
     "Most people who call themselves independent vote like partisans. The rest mostly do not vote."),
    ("Remote work won. Now what?", "sam", "public",
     "Downtowns are emptier, commutes are shorter, and city budgets have a hole in them."),
    ("Letter from Lagos", "priya", "members",
     "A week in a city that is growing faster than anyone can plan for."),
    ("Inflation's long shadow", "sam", "paid",
     "Prices stopped rising quickly. People's anger about them did not stop."),
    ("The last newspaper in town", "priya", "paid",
     "Portrait of a weekly with two reporters, one printer and 4,000 loyal readers."),
    ("Why the youth vote keeps disappointing", "sam", "public",
     "Turnout among under-30s rose in 2020, then fell. Campaigns keep learning the wrong lesson."),
    ("Trust, and how we spend it", "priya", "paid",
     "Institutions do not lose trust all at once. They spend it, a little at a time."),
]
PAGES = [list(range(0, 9)), list(range(9, 18)), list(range(18, 24))]


def slugify(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower().replace("'", "")))


def dates() -> list[dt.datetime]:
    d = dt.datetime(2024, 1, 28, 13, 0)
    out = []
    for i in range(len(COLUMNS)):
        out.append(d)
        d -= dt.timedelta(days=3 if i % 2 == 0 else 4)
    return out


DATES = dates()
PATHS = [f"/{slugify(t)}/" for t, *_ in COLUMNS]
assert PATHS[0] == "/the-long-view/" and PATHS[1] == "/why-we-lost/"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def ghost_id(key: str) -> str:
    return "65" + hashlib.sha1(key.encode()).hexdigest()[:22]


LOCK = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" '
        'aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" d="M16.5 10.5V6.75a4.5 4.5 0 10-9 0v3.75m-.75 '
        '11.25h10.5a2.25 2.25 0 002.25-2.25v-6.75a2.25 2.25 0 00-2.25-2.25H6.75a2.25 2.25 0 00-2.25 2.25v6.75a2.25 2.25 0 002.25 2.25z"/></svg>')
STAR = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2l3 7h7l-5.5 4.5 2 7.5L12 17l-6.5 4 '
        '2-7.5L2 9h7z"/></svg>')


def access_badge(access: str) -> str:
    if access == "public":
        return ""
    label = "Members only" if access == "members" else "Paid-members only"
    return f'\n            <div class="post-card-access">\n                {LOCK}\n                {label}\n            </div>'


def post_card(i: int, k: int) -> str:
    title, author, access, excerpt = COLUMNS[i]
    d = DATES[i]
    url = PATHS[i]
    slug = url.strip("/")
    tags = "tag-columns"
    if author == "sam":
        tags += " tag-economy"
    else:
        tags += " tag-politics"
    featured = i in (0, 7)
    classes = f"post-card post {tags}" + (" featured" if featured else "") + ("" if k % 4 != 3 else " no-image")
    has_image = k % 4 != 3
    image = ""
    if has_image:
        image = f"""
        <a class="post-card-image-link" href="{url}">
            <img class="post-card-image"
                srcset="/content/images/size/w300/2024/01/{slug}.jpg 300w,
                        /content/images/size/w600/2024/01/{slug}.jpg 600w,
                        /content/images/size/w1000/2024/01/{slug}.jpg 1000w"
                sizes="(max-width: 1000px) 400px, 800px"
                src="/content/images/size/w600/2024/01/{slug}.jpg"
                alt="{esc(title)}"
                loading="lazy"
            />{access_badge(access)}
        </a>"""
    no_img_access = "" if has_image or access == "public" else f'\n                    <span class="post-card-access-inline">{LOCK} {"Members" if access == "members" else "Paid"}</span>'
    feat = f'\n                    <span class="post-card-featured">{STAR} Featured</span>' if featured else ""
    name, avatar = AUTHORS[author]
    comments = ""
    if k % 3 == 1:
        comments = f'\n            <a class="post-card-meta-comments" href="{url}#ghost-comments">{3 + i % 9} comments</a>'
    minutes = 4 + (i * 7) % 6
    return f"""
<article class="{classes}">
{image}
    <div class="post-card-content">

        <a class="post-card-content-link" href="{url}">
            <header class="post-card-header">
                <div class="post-card-tags">
                    <span class="post-card-primary-tag">Columns</span>{feat}{no_img_access}
                </div>
                <h2 class="post-card-title">
                    {esc(title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{esc(excerpt)}</div>
        </a>

        <footer class="post-card-meta">
            <ul class="author-list">
                <li class="author-list-item">
                    <a href="/author/{author}/" class="static-avatar" aria-label="{esc(name)}"><img class="author-profile-image" src="/content/images/size/w100/2023/05/{avatar}" alt="{esc(name)}" /></a>
                </li>
            </ul>
            <span class="post-card-byline-content"><a href="/author/{author}/">{esc(name)}</a></span>
            <time class="post-card-meta-date" datetime="{d:%Y-%m-%d}">{d:%b} {d.day}, {d.year}</time>
                <span class="post-card-meta-length">{minutes} min read</span>{comments}
        </footer>

    </div>

</article>"""


OTHER_POSTS = [  # "You might also like": other tags' posts, same root-slug shape
    ("/senate-passes-stopgap-spending-bill/", "tag-news", "News", "Senate passes stopgap spending bill, averting shutdown until March",
     "dana", "The vote was 77-18. The real fight over appropriations starts next month."),
    ("/letters-to-the-editor-january/", "tag-letters", "Letters", "Letters to the editor: January",
     "priya", "Readers on the four-day week, local news and Sam's tariff column."),
    ("/partner-how-northwind-thinks-about-rates/", "tag-hash-sponsored tag-partner", "Partner",
     "How Northwind Bank thinks about rates in 2024", "ledger", "A message from this month's sponsor."),
]

FEATURED_NEWS = [  # unlabelled strip at the top of <main>
    ("/state-budget-deal-what-is-in-it/", "State budget deal: what's in it, and what isn't"),
    ("/the-ledger-podcast-episode-41/", "The Ledger Podcast, episode 41: the primary calendar"),
    ("/mayor-announces-transit-fare-freeze/", "Mayor announces transit fare freeze through 2025"),
]


def read_more() -> str:
    cards = []
    for url, tagcls, tagname, title, author, excerpt in OTHER_POSTS:
        if author == "ledger":
            byline = '<span class="post-card-byline-content">Sponsored</span>'
        else:
            nm = {"dana": "Dana Whitfield", "priya": "Priya Raman"}[author]
            byline = f'<span class="post-card-byline-content"><a href="/author/{author}/">{nm}</a></span>'
        cards.append(f"""
<article class="post-card post {tagcls}">
    <a class="post-card-image-link" href="{url}">
        <img class="post-card-image" src="/content/images/size/w600/2024/01{url.rstrip('/')}.jpg" alt="{esc(title)}" loading="lazy" />
    </a>
    <div class="post-card-content">
        <a class="post-card-content-link" href="{url}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">{tagname}</span></div>
                <h2 class="post-card-title">{esc(title)}</h2>
            </header>
            <div class="post-card-excerpt">{esc(excerpt)}</div>
        </a>
        <footer class="post-card-meta">{byline}<time class="post-card-meta-date" datetime="2024-01-26">Jan 26, 2024</time></footer>
    </div>
</article>""")
    return f"""<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <h3 class="read-more-title">You might also like</h3>
        <div class="read-more-feed">{"".join(cards)}
        </div>
    </div>
</aside>"""


def featured_strip() -> str:
    items = "\n".join(
        f'        <a class="gh-featured-item" href="{{{{origin}}}}{u}"><span class="gh-featured-title">{esc(t)}</span></a>'
        for u, t in FEATURED_NEWS
    )
    return f"""<div class="gh-featured-feed">
{items}
    </div>"""


def head_nav() -> str:
    return """<header id="gh-head" class="gh-head outer is-head-left-logo">
    <div class="gh-head-inner inner">
        <div class="gh-head-brand">
            <a class="gh-head-logo" href="{{origin}}"><img src="{{origin}}/content/images/2023/05/ledger-logo.png" alt="The Ledger"></a>
            <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
            <button class="gh-burger" aria-label="Toggle menu"></button>
        </div>

        <nav class="gh-head-menu">
            <ul class="nav">
    <li class="nav-home"><a href="{{origin}}/">Home</a></li>
    <li class="nav-columns nav-current"><a href="{{origin}}/tag/columns/">Columns</a></li>
    <li class="nav-news"><a href="{{origin}}/tag/news/">News</a></li>
    <li class="nav-podcast"><a href="{{origin}}/tag/podcast/">Podcast</a></li>
    <li class="nav-about"><a href="{{origin}}/about/">About</a></li>
    <li class="nav-membership"><a href="{{origin}}/membership/">Membership</a></li>
    <li class="nav-more"><a href="{{origin}}/tag/features/">More</a></li>
</ul>

        </nav>

        <div class="gh-head-actions">
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
                <div class="gh-head-members">
                            <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                            <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                </div>
        </div>
    </div>
</header>"""


ANNOUNCEMENT = """<div class="gh-announcement-bar" data-announcement-bar>
    <p>New this week: Sam on why the big elections matter less than you think. <a href="{{origin}}/the-long-view/?ref=announcement-bar">Read The Long View</a> &middot; <a href="/signup/">Get 20% off an annual plan</a></p>
</div>"""

BREADCRUMB = """<nav class="gh-breadcrumbs" aria-label="Breadcrumb">
            <a href="{{origin}}/">Home</a> <span aria-hidden="true">/</span>
            <a href="/tags/">Topics</a> <span aria-hidden="true">/</span>
            <span aria-current="page">Columns</span>
        </nav>"""

TAG_HEADER = """<section class="post-card post-card-large">

            <div class="post-card-image-link">
                <img class="post-card-image"
                    srcset="/content/images/size/w300/2023/05/columns-cover.jpg 300w,
                            /content/images/size/w600/2023/05/columns-cover.jpg 600w"
                    sizes="(max-width: 1000px) 400px, 800px"
                    src="/content/images/size/w600/2023/05/columns-cover.jpg"
                    alt="Columns" />
            </div>

            <div class="post-card-content">
            <div class="post-card-content-link">
                <header class="post-card-header">
                    <h2 class="post-card-title">Columns</h2>
                </header>
                <div class="post-card-excerpt">
                    Weekly opinion from <a href="/author/sam/">Sam Okafor</a> on the economy and <a href="/author/priya/">Priya Raman</a> on politics. Most columns are for paying members; one a week is free.
                    <span class="tag-post-count">A collection of 61 posts</span>
                </div>
            </div>
            </div>

        </section>"""


def sponsor() -> str:
    return """<div class="gh-sponsor-card">
            <span class="gh-sponsor-label">Supported by</span>
            <a href="https://www.example-northwind-bank.com/business/?utm_source=theledger&amp;utm_medium=newsletter" rel="sponsored noopener" target="_blank"><img src="/content/images/2024/01/northwind-logo.png" alt="Northwind Bank"></a>
            <p>Northwind Bank helps small businesses plan for higher rates. <a href="/partner-how-northwind-thinks-about-rates/">Read the partner post</a></p>
        </div>"""


def recommendations() -> str:
    return """<section class="gh-recommendations">
        <h3 class="gh-recommendations-title">Recommended by The Ledger</h3>
        <ul>
            <li><a href="https://example-citybureau.ghost.io/?ref=theledger" rel="noopener" target="_blank">City Bureau Weekly</a> <span>Local accountability reporting from the Midwest</span></li>
            <li><a href="https://example-ratesandrents.substack.com/?ref=theledger" rel="noopener" target="_blank">Rates &amp; Rents</a> <span>Housing economics, every Thursday</span></li>
            <li><a href="#/portal/recommendations" data-portal="recommendations">See all recommendations</a></li>
        </ul>
    </section>"""


def footer() -> str:
    return f"""<section class="footer-cta outer">
        <div class="inner">
            <h2 class="footer-cta-title">Sign up for more like this.</h2>
            <p>Free subscribers get one column a week, like <a href="{{{{origin}}}}{PATHS[1]}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly-free">{esc(COLUMNS[1][0])}</a>. Members get everything.</p>
            <form class="footer-cta-form" data-members-form="subscribe">
                <input data-members-email type="email" placeholder="Your email address" required>
                <button type="submit">Subscribe</button>
                <div class="message-success">Great! Check your inbox and click the link to confirm your subscription.</div>
            </form>
            <a class="footer-cta-button" href="#/portal/signup" data-portal="signup">
                <div class="footer-cta-input">Enter your email</div>
                <span>Subscribe</span>
            </a>
        </div>
    </section>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{{{{origin}}}}">{SITE}</a> &copy; 2024</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/signup">Sign up</a></li>
    <li class="nav-account"><a href="#/portal/account">Account</a></li>
    <li class="nav-letters"><a href="{{{{origin}}}}/tag/letters/">Letters</a></li>
    <li class="nav-economy"><a href="{{{{origin}}}}/tag/economy/">Economy</a></li>
    <li class="nav-politics"><a href="{{{{origin}}}}/tag/politics/">Politics</a></li>
    <li class="nav-contact"><a href="{{{{origin}}}}/contact/">Contact</a></li>
    <li class="nav-privacy"><a href="{{{{origin}}}}/privacy/">Privacy</a></li>
    <li class="nav-twitter"><a href="https://twitter.com/example_ledger">X / Twitter</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>"""


def page_url(n: int) -> str:
    return BASE if n == 1 else f"{BASE}page/{n}/"


def jsonld(n: int) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Series",
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "url": "{{origin}}/",
            "logo": {"@type": "ImageObject", "url": "{{origin}}/content/images/2023/05/ledger-logo.png", "width": 600, "height": 120},
        },
        "url": "{{origin}}" + page_url(n),
        "image": {"@type": "ImageObject", "url": "{{origin}}/content/images/2023/05/columns-cover.jpg", "width": 2000, "height": 1200},
        "name": "Columns",
        "mainEntityOfPage": "{{origin}}" + page_url(n),
    }
    return ('<script type="application/ld+json">\n'
            + json.dumps(data, indent=4)
            + "\n    </script>")


def page(n: int) -> str:
    total = len(PAGES)
    rel = []
    if n > 1:
        rel.append(f'<link rel="prev" href="{{{{origin}}}}{page_url(n - 1)}">')
    if n < total:
        rel.append(f'<link rel="next" href="{{{{origin}}}}{page_url(n + 1)}">')
    cards = "".join(post_card(i, k) for k, i in enumerate(PAGES[n - 1]))
    title = "Columns - The Ledger" if n == 1 else f"Columns (Page {n}) - The Ledger"
    body_class = "tag-template tag-columns" + ("" if n == 1 else " paged")
    tag_header = TAG_HEADER if n == 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>

    <title>{title}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="{{{{origin}}}}/assets/built/screen.css?v=4c8e1d2b7a" />
    <link rel="preload" as="script" href="{{{{origin}}}}/assets/built/casper.js?v=4c8e1d2b7a" />
    <link rel="stylesheet" type="text/css" href="{{{{origin}}}}/assets/built/screen.css?v=4c8e1d2b7a" />
    <link rel="alternate" type="application/rss+xml" title="Columns - {SITE}" href="{{{{origin}}}}/tag/columns/rss.xml" />

    <meta name="description" content="Weekly opinion from Sam Okafor and Priya Raman.">
    <link rel="icon" href="{{{{origin}}}}/content/images/size/w256h256/2023/05/favicon.png" type="image/png">
    <link rel="canonical" href="{{{{origin}}}}{page_url(n)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    {chr(10).join("    " + r for r in rel).strip()}

    <meta property="og:site_name" content="{SITE}">
    <meta property="og:type" content="website">
    <meta property="og:title" content="Columns - {SITE}">
    <meta property="og:description" content="Weekly opinion from Sam Okafor and Priya Raman.">
    <meta property="og:url" content="{{{{origin}}}}{page_url(n)}">
    <meta property="og:image" content="{{{{origin}}}}/content/images/2023/05/columns-cover.jpg">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="Columns - {SITE}">
    <meta name="twitter:url" content="{{{{origin}}}}{page_url(n)}">
    <meta name="twitter:site" content="@example_ledger">

    {jsonld(n)}

    <meta name="generator" content="Ghost 5.75">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{{{{origin}}}}/rss.xml">

    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.36/umd/portal.min.js" data-i18n="false" data-ghost="{{{{origin}}}}/" data-key="3c1f4e0a9b8d7c6e5f4a3b2c1d" data-api="{{{{origin}}}}/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display:flex;flex-direction:column;align-items:center}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3c1f4e0a9b8d7c6e5f4a3b2c1d" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{{{{origin}}}}/" crossorigin="anonymous"></script>
    <script defer src="https://cdn.jsdelivr.net/ghost/announcement-bar@~1.1/umd/announcement-bar.min.js" data-announcement-bar="{{{{origin}}}}/" data-api-url="{{{{origin}}}}/members/api/announcement/" crossorigin="anonymous"></script>
    <link href="{{{{origin}}}}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=4c8e1d2b7a"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=4c8e1d2b7a">
    <script defer src="/public/member-attribution.min.js?v=4c8e1d2b7a"></script>
    <style>:root {{--ghost-accent-color: #1a5c4a;}}</style>

</head>
<body class="{body_class} is-head-left-logo has-cover">
<div class="viewport">
{ANNOUNCEMENT}

{head_nav()}

    <div class="site-content">

<main id="site-main" class="site-main outer">
<div class="inner posts">
    {featured_strip()}
    {BREADCRUMB}

    <div class="post-feed">
        {tag_header}
{cards}

    </div>

    {sponsor()}
</div>
</main>

{read_more()}

{recommendations()}

    </div>

    {footer()}

</div>

<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"></div>

<script
    src="https://code.jquery.com/jquery-3.5.1.min.js"
    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
    crossorigin="anonymous">
</script>
<script src="{{{{origin}}}}/assets/built/casper.js?v=4c8e1d2b7a"></script>
<script>
// Casper infinite scroll: fetches link[rel=next] and appends its .post-card elements
(function () {{ var next = document.querySelector('link[rel=next]'); if (!next) return; window.pagination && window.pagination(true); }})();
</script>

</body>
</html>
"""


def tag_feed() -> str:
    items = []
    for i in range(15):
        title, author, access, excerpt = COLUMNS[i]
        d = DATES[i]
        name, avatar = AUTHORS[author]
        slug = PATHS[i].strip("/")
        if access == "public":
            content = (f"<p>{esc(excerpt)}</p><p>This week's free column. If you value it, "
                       f"<a href=\"{{{{origin}}}}/membership/\">become a member</a>.</p>")
        else:
            content = f"<p>{esc(excerpt)}</p>"
        items.append(f"""<item><title><![CDATA[{title}]]></title><description><![CDATA[{excerpt}]]></description><link>{{{{origin}}}}{PATHS[i]}</link><guid isPermaLink="false">{ghost_id(slug)}</guid><category><![CDATA[Columns]]></category><dc:creator><![CDATA[{name}]]></dc:creator><pubDate>{d:%a, %d %b %Y %H:%M:%S} GMT</pubDate><media:content url="{{{{origin}}}}/content/images/2024/01/{slug}.jpg" medium="image"/><content:encoded><![CDATA[<img src="{{{{origin}}}}/content/images/2024/01/{slug}.jpg" alt="{esc(title)}">{content}]]></content:encoded></item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[Columns - {SITE}]]></title><description><![CDATA[Weekly opinion from Sam Okafor and Priya Raman.]]></description><link>{{{{origin}}}}/</link><image><url>{{{{origin}}}}/favicon.png</url><title>Columns - {SITE}</title><link>{{{{origin}}}}/</link></image><generator>Ghost 5.75</generator><lastBuildDate>Sun, 28 Jan 2024 14:02:11 GMT</lastBuildDate><atom:link href="{{{{origin}}}}/tag/columns/rss.xml" rel="self" type="application/rss+xml"/><ttl>60</ttl>{"".join(items)}</channel></rss>"""


def site_feed() -> str:
    """The site-wide feed: the newest posts of every tag (news, podcast, columns)."""
    entries = [
        ("/state-budget-deal-what-is-in-it/", "State budget deal: what's in it, and what isn't", "Dana Whitfield", "News",
         dt.datetime(2024, 1, 28, 18, 0)),
        (PATHS[0], COLUMNS[0][0], "Sam Okafor", "Columns", DATES[0]),
        ("/the-ledger-podcast-episode-41/", "The Ledger Podcast, episode 41: the primary calendar", "Dana Whitfield", "Podcast",
         dt.datetime(2024, 1, 27, 9, 0)),
        ("/senate-passes-stopgap-spending-bill/", "Senate passes stopgap spending bill, averting shutdown until March",
         "Dana Whitfield", "News", dt.datetime(2024, 1, 26, 21, 0)),
        ("/letters-to-the-editor-january/", "Letters to the editor: January", "Priya Raman", "Letters",
         dt.datetime(2024, 1, 26, 8, 0)),
        (PATHS[1], COLUMNS[1][0], "Priya Raman", "Columns", DATES[1]),
        ("/mayor-announces-transit-fare-freeze/", "Mayor announces transit fare freeze through 2025", "Dana Whitfield",
         "News", dt.datetime(2024, 1, 24, 16, 0)),
        ("/partner-how-northwind-thinks-about-rates/", "How Northwind Bank thinks about rates in 2024", "The Ledger",
         "#sponsored", dt.datetime(2024, 1, 23, 12, 0)),
    ]
    items = "".join(
        f"""<item><title><![CDATA[{t}]]></title><link>{{{{origin}}}}{u}</link><guid isPermaLink="false">{ghost_id(u)}</guid><category><![CDATA[{c}]]></category><dc:creator><![CDATA[{a}]]></dc:creator><pubDate>{d:%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>"""
        for u, t, a, c, d in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[{SITE}]]></title><description><![CDATA[Politics and the economy, explained.]]></description><link>{{{{origin}}}}/</link><generator>Ghost 5.75</generator><lastBuildDate>Sun, 28 Jan 2024 18:02:11 GMT</lastBuildDate><atom:link href="{{{{origin}}}}/rss.xml" rel="self" type="application/rss+xml"/><ttl>60</ttl>{items}</channel></rss>"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    base = OUT / "tag" / "columns"
    base.mkdir(parents=True)
    (base / "index.html").write_text(page(1), encoding="utf-8")
    for n in range(2, len(PAGES) + 1):
        d = base / "page" / str(n)
        d.mkdir(parents=True)
        (d / "index.html").write_text(page(n), encoding="utf-8")
    (base / "rss.xml").write_text(tag_feed(), encoding="utf-8")
    (OUT / "rss.xml").write_text(site_feed(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nSitemap: {{origin}}/sitemap.xml\nDisallow: /ghost/\nDisallow: /email/\nDisallow: /members/api/comments/counts/\nDisallow: /r/\nDisallow: /webmentions/receive/\n",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": (
            "A Ghost (Casper 5) membership newsletter's tag page /tag/columns/: columns at root slugs, like the "
            "site's /about/, /membership/ and /signup/ pages and the other tags' posts in 'You might also like'; "
            "member-only lock badges, portal #/ links, pagination only by <link rel=next> to /tag/columns/page/N/, "
            "and the tag's own RSS advertised beside the site-wide feed of news."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(PAGES),
        "columns": PATHS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
