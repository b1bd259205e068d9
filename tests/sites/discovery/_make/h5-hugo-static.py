"""Generate the h5-hugo-static fixture: a personal blog built with Hugo and a PaperMod-like
theme. Post cards have NO title link: the only anchor is an empty overlay `a.entry-link` with
an aria-label. Pagination /posts/page/N/, section feed /posts/index.xml advertised.

stdlib only, deterministic: python tests/sites/discovery/_make/h5-hugo-static.py
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timedelta
from pathlib import Path

NAME = "h5-hugo-static"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Priya Raman"
SITE = "Priya's Notebook"

PINNED = ("Everything I know about running a homelab", "homelab",
          "Five years, three racks, two house moves and one very patient partner. The long version, kept up to date.",
          datetime(2022, 3, 14, 8, 0), 24)

POSTS = [  # (title, slug, summary, reading minutes), newest first
    ("Notes from a week without Slack", "week-without-slack",
     "I turned off every notification at work for five days. My manager noticed on day three, but not for the reason I expected.", 6),
    ("SQLite is enough", "sqlite-is-enough",
     "For the fourth time this year I have talked a team out of running Postgres for an app with eleven users.", 4),
    ("Reading the Go scheduler, slowly", "go-scheduler",
     "A guided walk through runtime/proc.go, one function a day, with the notes I wish I had had.", 17),
    ("On boring software", "boring-software",
     "The tools I trust most are the ones I never think about. A short defence of the unexciting.", 5),
    ("Self-hosting email in 2024 was a mistake", "self-hosting-email",
     "Eight months of SPF, DKIM, DMARC, reverse DNS and begging Microsoft to let my mail through.", 11),
    ("Why I left Kubernetes at home", "why-i-left-kubernetes",
     "k3s was fun until it wasn't. Moving nineteen services back to systemd units and a Makefile.", 9),
    ("2023 in review", "2023-in-review",
     "A new job, a half-marathon, 31 books and the year I finally learned to say no to conference talks.", 8),
    ("A tiny static search engine in 200 lines", "tiny-search",
     "Client-side full-text search for a Hugo site without shipping a 2 MB index.", 12),
    ("Debugging a memory leak in production with eBPF", "ebpf-memory-leak",
     "The heap graphs said everything was fine. The OOM killer disagreed. bpftrace settled it.", 14),
    ("Keyboards", "keyboards",
     "I promised myself I would not become a keyboard person.", 3),
    ("What I learned mentoring twelve junior engineers", "what-i-learned-mentoring-juniors",
     "Most of what I thought I was teaching was not what they needed. Some notes after three years.", 10),
    ("Postgres LISTEN/NOTIFY as a job queue", "postgres-listen-notify-queue",
     "It works better than you would think, and fails in ways you would not guess.", 13),
    ("The case against microservices for small teams", "against-microservices",
     "Five engineers, fourteen services, one on-call rotation. We merged them back and nobody misses them.", 9),
    ("My note-taking system, version four", "note-taking-v4",
     "Plain Markdown files, a git repo and one shell script. Everything else I tried is in the footnotes.", 7),
    ("Moving this blog to Hugo", "hello-hugo",
     "Goodbye Jekyll, goodbye Ruby version managers. Builds went from 40 seconds to 300 milliseconds.", 4),
    ("Writing a Lisp interpreter in Rust, part 2", "rust-lisp-part-2",
     "Environments, closures and my first real fight with the borrow checker.", 16),
    ("Writing a Lisp interpreter in Rust, part 1", "rust-lisp-part-1",
     "Tokens, an AST and a REPL that can add two numbers. It is a start.", 15),
    ("Burnout", "burnout",
     "This is not a post with advice. It is what happened, and what helped a little.", 6),
    ("How our on-call rotation got humane", "humane-on-call",
     "Pages went from forty a week to three. Mostly by deleting alerts nobody acted on.", 8),
    ("Dotfiles, finally tamed", "dotfiles",
     "GNU Stow, one repository, and a bootstrap script that runs on a fresh laptop in four minutes.", 5),
    ("Learning Japanese at thirty-five", "learning-japanese",
     "Six hundred days of Anki, two trips, and conversations that still mostly end with me pointing.", 9),
    ("Three books that changed how I write code", "three-books",
     "None of them are about programming languages.", 4),
    ("A love letter to Makefiles", "makefiles",
     "Forty-year-old software that still runs every project I touch.", 6),
    ("Leaving Big Tech", "leaving-big-tech",
     "After seven years I handed in my badge. Why I left, and why I don't regret it (yet).", 7),
    ("Hello, world", "hello-world",
     "New blog, who dis. What I plan to write about here, and what I promise not to.", 2),
]
d = datetime(2024, 1, 9, 7, 45)
DATES = []
for k, _ in enumerate(POSTS):
    DATES.append(d)
    d -= timedelta(days=[9, 16, 12, 21, 8, 19, 26, 11, 14, 30, 17, 22][k % 12], hours=k % 5)

COLUMNS = ["/posts/" + PINNED[1] + "/"] + [f"/posts/{s}/" for _, s, _, _ in POSTS]
PAGES = [(0, 10), (10, 20), (20, 25)]

NOTES = [  # an unlabelled rail of short notes: another section, same shape
    ("git worktree is underrated", "/notes/git-worktrees/"),
    ("jq one-liners I keep forgetting", "/notes/jq-one-liners/"),
    ("A Nix flakes cheat sheet", "/notes/nix-flakes-cheatsheet/"),
    ("TIL: systemd-run --scope", "/notes/systemd-run-scope/"),
]
START_HERE = [  # tracking variants of true posts
    ("On boring software", "/posts/boring-software/?ref=start-here"),
    ("the email saga", "/posts/self-hosting-email/?utm_source=posts_header&utm_medium=web"),
]
FRIENDS = [  # other writers (blogroll), with one post of each
    ("Mateo Ruiz", "https://mateoruiz.example.org/", "Static sites are a feature", "https://mateoruiz.example.org/2023/12/static-sites-are-a-feature/"),
    ("Hanna Lindqvist", "https://hanna.example.net/", "The joy of small tools", "https://hanna.example.net/posts/small-tools/"),
    ("Sam Oduya", "https://oduya.example.dev/", "What on-call taught me", "https://oduya.example.dev/blog/on-call/"),
]

e = html.escape


def fmt(dt: datetime) -> str:
    return f"{dt:%B} {dt.day}, {dt.year}"


def page_url(page: int) -> str:
    return "/posts/" if page == 0 else f"/posts/page/{page + 1}/"


def card(title: str, slug: str, summary: str, dt: datetime, minutes: int, pinned: bool = False) -> str:
    url = "{{origin}}/posts/" + slug + "/"
    cover = ""
    cls = "post-entry"
    hint = ""
    if pinned:
        cls = "first-entry post-entry pinned"
        cover = (f'<figure class="entry-cover"><img loading="lazy" src="{{{{origin}}}}/posts/{slug}/rack.jpg" '
                 f'alt="A small server rack in a hallway closet"></figure>\n  ')
        hint = ' <span class="entry-hint" title="Featured"><svg xmlns="http://www.w3.org/2000/svg" height="20" viewBox="0 -960 960 960" fill="currentColor"><path d="m640-480 80 80v80H520v240l-40 40-40-40v-240H240v-80l80-80v-280h-40v-80h400v80h-40v280Z"/></svg> Featured</span>'
    return f"""<article class="{cls}">
  {cover}<header class="entry-header">
    <h2 class="entry-hint-parent">{e(title)}{hint}
    </h2>
  </header>
  <div class="entry-content">
    <p>{e(summary)}</p>
  </div>
  <footer class="entry-footer"><span title='{dt:%Y-%m-%d %H:%M:%S} +0000 UTC'>{fmt(dt)}</span>&nbsp;·&nbsp;{minutes} min&nbsp;·&nbsp;{AUTHOR}</footer>
  <a class="entry-link" aria-label="post link to {e(title, quote=True)}" href="{url}"></a>
</article>
"""


def page_html(page: int) -> str:
    a, b = PAGES[page]
    cards = ""
    if page == 0:
        cards += card(PINNED[0], PINNED[1], PINNED[2], PINNED[3], PINNED[4], pinned=True)
    for i in range(a, b):
        t, s, summ, m = POSTS[i]
        cards += card(t, s, summ, DATES[i], m)
    nav = []
    if page > 0:
        nav.append(f'<a class="prev" href="{page_url(page - 1)}">\n      «&nbsp;Prev&nbsp;\n    </a>')
    if page < 2:
        nav.append(f'<a class="next" href="{page_url(page + 1)}">Next&nbsp;&nbsp;»\n    </a>')
    pagination = f"""<footer class="page-footer">
  <nav class="pagination">
    {"".join(nav)}
  </nav>
</footer>"""
    canonical = "{{origin}}" + page_url(page)
    title = "Posts | " + SITE if page == 0 else f"Posts | Page {page + 1} | {SITE}"
    notes = "\n".join(f'      <li><a href="{h}">{e(t)}</a></li>' for t, h in NOTES)
    friends = "\n".join(
        f'      <li><a href="{site}" rel="noopener">{who}</a>: <a href="{post}" rel="noopener">{e(pt)}</a></li>'
        for who, site, pt, post in FRIENDS
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Posts", "item": "{{origin}}/posts/"},
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{e(title)}</title>
<meta name="keywords" content="">
<meta name="description" content="Posts - {e(SITE)}">
<meta name="author" content="{AUTHOR}">
<link rel="canonical" href="{canonical}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="{{{{origin}}}}/favicon.ico">
<link rel="icon" type="image/png" sizes="16x16" href="{{{{origin}}}}/favicon-16x16.png">
<link rel="apple-touch-icon" href="{{{{origin}}}}/apple-touch-icon.png">
<link rel="mask-icon" href="{{{{origin}}}}/safari-pinned-tab.svg">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<link rel="alternate" type="application/rss+xml" href="{{{{origin}}}}/posts/index.xml">
<link rel="alternate" hreflang="en" href="{canonical}">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}

    </style>
</noscript><meta property="og:title" content="Posts" />
<meta property="og:description" content="Writing about software, self-hosting and the occasional life update." />
<meta property="og:type" content="website" />
<meta property="og:url" content="{canonical}" />
<meta name="twitter:card" content="summary"/>
<meta name="twitter:title" content="Posts"/>
<script type="application/ld+json">
{json.dumps(ld, indent=2)}
</script>
<meta name="generator" content="Hugo 0.121.1">
</head>

<body class="list" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }} else if (localStorage.getItem("pref-theme") === "light") {{
        document.body.classList.remove('dark')
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="{{{{origin}}}}/" accesskey="h" title="{e(SITE, quote=True)} (Alt + H)">{e(SITE)}</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
                        stroke-linejoin="round">
                        <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path>
                    </svg>
                </button>
            </div>
        </div>
        <ul id="menu">
            <li>
                <a href="/posts/" title="Posts">
                    <span class="active">Posts</span>
                </a>
            </li>
            <li>
                <a href="/archives/" title="Archive">
                    <span>Archive</span>
                </a>
            </li>
            <li>
                <a href="/search/" title="Search (Alt &#43; /)" accesskey=/>
                    <span>Search</span>
                </a>
            </li>
            <li>
                <a href="/tags/" title="Tags">
                    <span>Tags</span>
                </a>
            </li>
            <li>
                <a href="/categories/" title="Categories">
                    <span>Categories</span>
                </a>
            </li>
            <li>
                <a href="/about/" title="About">
                    <span>About</span>
                </a>
            </li>
            <li>
                <a href="/notes/" title="More">
                    <span>More</span>
                </a>
            </li>
        </ul>
    </nav>
</header>
<main class="main"> 
<header class="page-header"><div class="breadcrumbs"><a href="{{{{origin}}}}/">Home</a></div>
  <h1>
    Posts
    <a href="/posts/index.xml" title="RSS" aria-label="RSS">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round" stroke-linejoin="round" height="23">
        <path d="M4 11a9 9 0 0 1 9 9" />
        <path d="M4 4a16 16 0 0 1 16 16" />
        <circle cx="5" cy="19" r="1" />
      </svg>
    </a>
  </h1>
  <div class="post-description">
    Long-form writing by <a href="/about/">{AUTHOR}</a>. New here? Start with <a href="{START_HERE[0][1]}">{START_HERE[0][0]}</a> or <a href="{START_HERE[1][1]}">{START_HERE[1][0]}</a>. Shorter things live in <a href="/notes/">notes</a>; topics: <a href="/tags/go/">go</a>, <a href="/tags/rust/">rust</a>, <a href="/tags/self-hosting/">self-hosting</a>, <a href="/tags/career/">career</a>, <a href="/categories/essays/">essays</a>.
  </div>
</header>

{cards}{pagination}
<aside class="sidenotes">
  <ul>
{notes}
  </ul>
  <p>💬 Still arguing about it: <a href="/posts/against-microservices/#comments">the microservices post</a> · <a href="https://news.ycombinator.com/item?id=38512291">on Hacker News</a></p>
</aside>
<div class="sponsor-note">
  <p>This blog is ad-free. It is kept online with help from <a href="/sponsors/">readers</a> and, this quarter, by <a href="/sponsors/fly-io-thanks/">Fly.io — thank you for sponsoring</a>. <a href="https://srv.carbonads.example.net/ads/click/x/GTND42JWCEBD6KQYCKSLYKQNCKYIPK3JCWSDVZ3JCWYI4K7JCA7IV23KC6BDVKQMCTYI42JECAYIVKJNCEYDKK3EHJNCLSIZ?segment=placement:priyanotebook">Ads via Carbon</a>.</p>
</div>
<section class="newsletter">
  <h3>Get new posts by email</h3>
  <form action="https://buttondown.email/api/emails/embed-subscribe/priyaraman" method="post" target="popupwindow" class="embeddable-buttondown-form">
    <label for="bd-email">Email</label>
    <input type="email" name="email" id="bd-email" placeholder="you@example.com">
    <input type="submit" value="Subscribe">
  </form>
  <p>Or <a href="/subscribe/">other ways to follow</a> (RSS, Mastodon). Want to reply? <a href="/contact/">Write to me</a>; I answer most mail.</p>
</section>
    </main>
    
<footer class="footer">
    <div class="blogroll">
    <h3>Friends' blogs</h3>
    <ul>
{friends}
      <li><a href="https://webring.example.net/prev?from=priya">← prev</a> · <a href="https://webring.example.net/">devring</a> · <a href="https://webring.example.net/next?from=priya">next →</a></li>
    </ul>
    </div>
    <span>&copy; 2024 <a href="{{{{origin}}}}/">{e(SITE)}</a></span> ·
    <span><a href="/index.xml">RSS</a> · <a rel="me" href="https://hachyderm.io/@priyaraman">Mastodon</a> · <a href="https://github.com/priyaraman">GitHub</a> · <a href="https://twitter.com/intent/tweet?url={{{{origin}}}}/posts/&amp;text=Priya%27s%20Notebook">Share</a></span> ·
    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}
</script>
</body>

</html>
"""


def rss_item(title: str, link: str, dt: datetime, summary: str) -> str:
    return f"""    <item>
      <title>{e(title)}</title>
      <link>{{{{origin}}}}{link}</link>
      <pubDate>{dt:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
      
      <guid>{{{{origin}}}}{link}</guid>
      <description>{e(summary)}</description>
    </item>"""


def posts_feed() -> str:
    entries = [(t, f"/posts/{s}/", DATES[i], summ) for i, (t, s, summ, _) in enumerate(POSTS)]
    entries.append((PINNED[0], "/posts/" + PINNED[1] + "/", PINNED[3], PINNED[2]))
    entries.sort(key=lambda x: x[2], reverse=True)
    items = "\n".join(rss_item(*x) for x in entries)
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Posts on {e(SITE)}</title>
    <link>{{{{origin}}}}/posts/</link>
    <description>Recent content in Posts on {e(SITE)}</description>
    <generator>Hugo -- 0.121.1</generator>
    <language>en</language>
    <lastBuildDate>{DATES[0]:%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate><atom:link href="{{{{origin}}}}/posts/index.xml" rel="self" type="application/rss+xml" />
{items}
  </channel>
</rss>
"""


def site_feed() -> str:
    """/index.xml: the whole site (posts, notes, pages); linked in the footer, not advertised."""
    entries = [(t, f"/posts/{s}/", DATES[i], summ) for i, (t, s, summ, _) in enumerate(POSTS[:8])]
    nd = DATES[0] + timedelta(days=2)
    for t, h in NOTES:
        entries.append((t, h, nd, "A short note."))
        nd -= timedelta(days=5)
    entries.append(("About", "/about/", datetime(2023, 6, 1), "Who I am and what this is."))
    entries.append(("Now", "/now/", DATES[0] + timedelta(days=3), "What I'm doing now."))
    entries.sort(key=lambda x: x[2], reverse=True)
    items = "\n".join(rss_item(*x) for x in entries)
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{e(SITE)}</title>
    <link>{{{{origin}}}}/</link>
    <description>Recent content on {e(SITE)}</description>
    <generator>Hugo -- 0.121.1</generator>
    <language>en</language>
    <lastBuildDate>{(DATES[0] + timedelta(days=3)):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate><atom:link href="{{{{origin}}}}/index.xml" rel="self" type="application/rss+xml" />
{items}
  </channel>
</rss>
"""


def main() -> None:
    posts = OUT / "posts"
    (posts / "page" / "2").mkdir(parents=True, exist_ok=True)
    (posts / "page" / "3").mkdir(parents=True, exist_ok=True)
    (posts / "index.html").write_text(page_html(0), encoding="utf-8")
    (posts / "page" / "2" / "index.html").write_text(page_html(1), encoding="utf-8")
    (posts / "page" / "3" / "index.html").write_text(page_html(2), encoding="utf-8")
    # Hugo writes an alias page for page 1 of every paginated list
    (posts / "page" / "1").mkdir(parents=True, exist_ok=True)
    (posts / "page" / "1" / "index.html").write_text(
        '<!DOCTYPE html><html lang="en"><head><title>{{origin}}/posts/</title>'
        '<link rel="canonical" href="{{origin}}/posts/"><meta name="robots" content="noindex">'
        '<meta charset="utf-8"><meta http-equiv="refresh" content="0; url={{origin}}/posts/"></head></html>',
        encoding="utf-8",
    )
    (posts / "index.xml").write_text(posts_feed(), encoding="utf-8")
    (OUT / "index.xml").write_text(site_feed(), encoding="utf-8")
    (OUT / "robots.txt").write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A personal Hugo blog with a PaperMod-like theme: post cards whose title is plain text and "
            "whose only link is an empty overlay a.entry-link labelled by aria-label, a pinned Featured "
            "post on page 1, /posts/page/N/ pagination with a.next, the section feed /posts/index.xml "
            "advertised; an unlabelled rail of /notes/ posts, a sponsor page, tracking-parameter "
            "'start here' links and a blogroll are the distractors."
        ),
        "held_out": False,
        "pages": ["/posts/"],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": COLUMNS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
