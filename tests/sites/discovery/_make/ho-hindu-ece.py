"""Generate the held-out ``ho-hindu-ece`` discovery fixture (stdlib only, deterministic).

An Indian English daily on an Escenic-style CMS: a columnist's page at
``/opinion/columns/<columnist>/`` lists columns at
``/opinion/columns/<title-slug>/articleNNNNNNNN.ece``; a lead hero card, then a 2-column
grid; a numbered ``?page=N`` pager (current page a plain span, « » arrows); rails
inside the main column (Trending news, From the Editorial, Letters, other columnists)
that are refreshed between page loads.
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

NAME = "ho-hindu-ece"
OUT = Path(__file__).resolve().parent.parent / NAME
SLUG = "anjali-raghunathan"
AUTHOR = "Anjali Raghunathan"
PAGE = f"/opinion/columns/{SLUG}/"
PROFILE = "/profile/author/Anjali-Raghunathan-20141/"
SITE = "The Coromandel Herald"

COLUMNS = [
    ("The quiet collapse of India's urban water commons",
     "Lakes, tanks and stepwells were never just infrastructure; they were shared institutions. Their decline tells us how our cities stopped governing together"),
    ("Why the Finance Commission needs a rethink",
     "The formula that divides the divisible pool rewards some States for the wrong reasons"),
    ("Federalism's fault lines",
     "Disputes over Governors, funds and agencies are symptoms of a deeper imbalance"),
    ("A Budget that speaks in two voices",
     "The interim Budget promises restraint in one paragraph and largesse in the next"),
    ("The gig worker is not a partner",
     "Platform companies cannot keep calling their workers partners while denying them the basics of a wage"),
    ("Coastal erosion and the politics of sea walls",
     "Hard engineering along the coast has shifted the problem to the next village"),
    ("Reading the monsoon ledger",
     "A normal rainfall average can hide a season of floods and droughts"),
    ("Of fiscal prudence and electoral arithmetic",
     "Freebies are easy to condemn and hard to define"),
    ("Delimitation: the debate India postponed",
     "Freezing seats in 1976 bought time. That time is running out for the southern States"),
    ("The classroom after the pandemic",
     "Learning losses were real, and so is the quiet recovery led by government schoolteachers"),
    ("Cheap talk",
     "Consensus on climate finance at summits has not translated into money"),
    ("What the heat action plans leave out",
     "Most city heat plans are written for people with roofs, fans and time off"),
    ("Can Indian cities learn to walk again?",
     "Footpaths are the cheapest transport infrastructure we keep refusing to build"),
    ("The MGNREGA wage puzzle",
     "Why do wages under the rural jobs scheme lag the minimum wage in so many States?"),
    ("Nutrition is a governance question",
     "Stunting figures move when anganwadis are funded and staffed, not when slogans change"),
    ("A tale of two Tamil Nadus",
     "The State's industrial corridors and its dry interior districts are drifting apart"),
    ("Why State universities are starving",
     "Central funding has flowed to a few elite institutions while State universities run on guest lecturers"),
    ("The return of the ration card",
     "Free grain has made the public distribution system the most important welfare scheme again"),
    ("Healthcare, one district at a time",
     "The districts that improved maternal health did it with nurses, not apps"),
    ("Trust deficit",
     "Citizens who do not trust the data will not trust the policy built on it"),
    ("The many lives of the Goods and Services Tax",
     "Six years on, GST is neither the good nor the simple tax that was promised"),
    ("Groundwater is everybody's problem and nobody's job",
     "No department owns the aquifer, which is why every department can ignore it"),
    ("Rethinking the Smart Cities Mission",
     "The mission built command centres. It did not build city governments"),
    ("Migrants without a vote",
     "Millions of internal migrants are effectively disenfranchised every election"),
    ("The science budget we deserve",
     "Research spending as a share of GDP has barely moved in two decades"),
    ("Lessons from Kerala's floods, five years on",
     "Rebuilding better meant rebuilding elsewhere, and that proved the hardest part"),
    ("Crop insurance and the farmer's fine print",
     "Claims that take a year to settle are not insurance, they are a lottery"),
    ("Local bodies, hollow powers",
     "Three decades after the 73rd and 74th Amendments, panchayats still wait for funds, functions and functionaries"),
    ("Water wars in the Cauvery basin",
     "A distress-sharing formula is overdue, and the monsoon will not wait for one"),
    ("On the idea of a welfare State",
     "The debate over 'revdis' hides a more basic question about what citizens are owed"),
]

TOPICS = ["water", "federalism", "economy", "labour", "environment", "climate-change",
          "elections", "education", "urban-planning", "rural-development", "health",
          "tamil-nadu", "higher-education", "welfare", "taxation", "science", "kerala",
          "agriculture", "local-government"]

# (section path, slug words) for news; ids assigned below
TRENDING = [
    ("news/national", "Supreme Court refers electoral bonds review plea to larger Bench"),
    ("news/national", "IMD forecasts heatwave in Odisha, Andhra Pradesh for next three days"),
    ("news/cities/chennai", "Metro Rail phase II: tunnelling work in Porur to begin next week"),
    ("news/national", "Election Commission announces schedule for Lok Sabha polls"),
    ("news/international", "Ceasefire talks resume in Cairo as aid trucks wait at Rafah crossing"),
    ("sport/cricket", "Ranji Trophy final: Mumbai take first innings lead against Vidarbha"),
    ("news/national", "Centre notifies rules for Citizenship Amendment Act"),
    ("business/Economy", "Retail inflation eases to 5.09 per cent in February"),
]
EDITORIALS = [
    "A welcome reprieve: on the RBI's decision to hold rates",
    "Flawed design: on the electoral bonds scheme",
    "Burning question: on forest fires in the Western Ghats",
]
LETTERS = [
    "Letters to the Editor — March 29, 2024",
    "Electoral bonds and transparency",
    "Heatwave warnings",
]
LEADS = [  # editors' picks: other op-ed pieces
    ("opinion/lead", "India's place in a fractured global trade order"),
    ("opinion/op-ed", "The case for a national urban employment guarantee"),
    ("opinion/interview", "Interview: 'The census delay is hurting planning'"),
]
OTHER_COLUMNISTS = [
    ("suresh-menon", "Suresh Menon", "The spin doctors of the IPL auction"),
    ("farah-naqvi-rao", "Farah Naqvi Rao", "What the Supreme Court said about Governors"),
    ("p-venkatraman", "P. Venkatraman", "The rupee's long, slow slide"),
    ("lakshmi-iyer", "Lakshmi Iyer", "A library in every panchayat"),
]
PARTNER = [
    "How Coimbatore's MSMEs are adopting solar rooftops at scale",
    "Study in Australia: scholarships open for Indian students in 2024",
]

rng = random.Random(20240329)


def slugify(title: str) -> str:
    s = title.lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def article_id() -> int:
    return rng.randrange(67000000, 67999999)


# -- the columns: newest first, weekly on Fridays, ids descending -------------------
newest = date(2024, 3, 29)
ids = sorted({rng.randrange(67200000, 67999999) for _ in range(60)}, reverse=True)[: len(COLUMNS)]
cols = []
for i, (title, dek) in enumerate(COLUMNS):
    d = newest - timedelta(days=7 * i)
    path = f"/opinion/columns/{slugify(title)}/article{ids[i]}.ece"
    cols.append({
        "title": title, "dek": dek, "date": d, "path": path, "id": ids[i],
        "topic": TOPICS[i % len(TOPICS)], "comments": rng.choice([0, 0, 3, 7, 12, 19, 41]),
    })

PAGES = [cols[0:11], cols[11:23], cols[23:30]]


def news_path(section: str, title: str) -> str:
    return f"/{section}/{slugify(title)}/article{article_id()}.ece"


trending = [(t, news_path(s, t)) for s, t in TRENDING]
editorials = [(t, news_path("opinion/editorial", t)) for t in EDITORIALS]
letters = [(t, news_path("opinion/letters", t)) for t in LETTERS]
leads = [(t, news_path(s, t)) for s, t in LEADS]
others = [(slug, name, t, news_path("opinion/columns", t)) for slug, name, t in OTHER_COLUMNISTS]
partner = [(t, news_path("brandhub", t)) for t in PARTNER]
site_feed_items = trending[:6] + editorials[:2]

# the trending rail is refreshed: page 2 drops one story, gains another, reorders two
TRENDING_BY_PAGE = [
    [0, 1, 2, 3, 4, 5],
    [0, 2, 1, 3, 6, 5],
    [0, 2, 3, 1, 6, 7],
]

e = html.escape


def fmt_date(d: date) -> str:
    return d.strftime("%B %d, %Y")


def iso(d: date, hh: str = "00:08") -> str:
    return f"{d.isoformat()}T{hh}:00+05:30"


def href_variants(c: dict, n: int) -> str:
    """Mix absolute, root-relative and relative links as the CMS templates do."""
    if n % 3 == 0:
        return "{{origin}}" + c["path"]
    return c["path"]


def rel_href(c: dict) -> str:
    # relative to /opinion/columns/<columnist>/
    return "../" + c["path"].split("/opinion/columns/", 1)[1]


def img(c: dict, w: int, h: int) -> str:
    return (f'<img class="lazy" data-original="https://th-i.example-cdn.in/public/incoming/{c["id"] % 9973:x}/'
            f'{c["id"]}/{w}x{h}.jpg" src="/theme/images/th-online/1x1_spacer.png" width="{w}" height="{h}" '
            f'alt="{e(c["title"])}">')


def hero(c: dict) -> str:
    p = c["path"]
    share = "{{origin}}" + p
    return f"""
      <div class="lead-story storyCard ct-lead">
        <div class="picture big">
          <a href="{rel_href(c)}">{img(c, 1200, 675)}</a>
          <span class="label-premium">Premium</span>
        </div>
        <div class="story-content">
          <div class="label"><a href="/topic/{c['topic']}/" class="section-name">{c['topic'].replace('-', ' ').title()}</a></div>
          <h1 class="title big"><a href="{p}">{e(c['title'])}</a></h1>
          <p class="sub-text">{e(c['dek'])}</p>
          <div class="author-name"><a href="{PROFILE}" class="person-name lnk">{AUTHOR}</a></div>
          <div class="publish-time"><span class="dateline" data-published="{iso(c['date'])}">Published - {fmt_date(c['date'])} 12:08 am IST</span></div>
          <div class="story-actions">
            <a class="comments-count" href="{p}#comments"><i class="icon-comment"></i> {c['comments']} Comments</a>
            <ul class="share-icons">
              <li><a rel="nofollow noopener" target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={share}">Facebook</a></li>
              <li><a rel="nofollow noopener" target="_blank" href="https://twitter.com/intent/tweet?url={share}&amp;text={e(c['title'])}&amp;via=CoromandelHerald">X</a></li>
              <li><a rel="nofollow noopener" target="_blank" href="https://api.whatsapp.com/send?text={share}?utm_source=whatsapp%26utm_medium=social">WhatsApp</a></li>
              <li><a rel="nofollow noopener" target="_blank" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share}">LinkedIn</a></li>
              <li><button type="button" class="copy-link" data-url="{share}?utm_source=copy-link&amp;utm_medium=share">Copy link</button></li>
            </ul>
          </div>
        </div>
      </div>"""


def grid_card(c: dict, n: int) -> str:
    p = href_variants(c, n)
    comments = (f'\n              <a class="cmt" href="{c["path"]}#comments">{c["comments"]}</a>'
                if c["comments"] else "")
    return f"""
          <div class="element row-element">
            <div class="picture">
              <a href="{rel_href(c)}">{img(c, 380, 214)}</a>
            </div>
            <div class="right-content">
              <h3 class="title"><a href="{p}">{e(c['title'])}</a></h3>
              <p class="sub-text">{e(c['dek'])}</p>
              <div class="author-name"><a href="{PROFILE}">{AUTHOR}</a></div>
              <div class="news-time time" data-published="{iso(c['date'])}">{fmt_date(c['date'])}</div>{comments}
            </div>
          </div>"""


def pager(page: int, total: int) -> str:
    def url(n: int) -> str:
        return PAGE if n == 1 else f"?page={n}"
    parts = []
    if page > 1:
        parts.append(f'<li class="page-item"><a class="page-link" href="{url(page - 1)}">&laquo;</a></li>')
    else:
        parts.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
    for n in range(1, total + 1):
        if n == page:
            parts.append(f'<li class="page-item"><span class="page-link">{n}</span></li>')
        else:
            parts.append(f'<li class="page-item"><a class="page-link" href="{url(n)}">{n}</a></li>')
    if page < total:
        parts.append(f'<li class="page-item"><a class="page-link" href="{url(page + 1)}">&raquo;</a></li>')
    else:
        parts.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
    return '<ul class="pagination">\n          ' + "\n          ".join(parts) + "\n        </ul>"


def trending_rail(page: int) -> str:
    items = []
    for rank, idx in enumerate(TRENDING_BY_PAGE[page - 1], 1):
        t, p = trending[idx]
        href = "{{origin}}" + p if rank % 2 else p
        items.append(f'<li><span class="num">{rank}</span><a href="{href}" class="ct-link">{e(t)}</a></li>')
    return ('<div class="ct-rail cmpt-2">\n          <h4 class="heading4">Trending</h4>\n          <ul class="ct-list">\n            '
            + "\n            ".join(items) + "\n          </ul>\n        </div>")


def editorial_rail() -> str:
    items = "\n            ".join(
        f'<li><h5 class="title"><a href="{p}">{e(t)}</a></h5><span class="tag">Editorial</span></li>'
        for t, p in editorials)
    return f"""<div class="ct-rail cmpt-3">
          <h4 class="heading4"><a href="/opinion/editorial/">From the Editorial</a></h4>
          <ul class="ed-list">
            {items}
          </ul>
        </div>"""


def letters_rail() -> str:
    items = "\n            ".join(f'<li><a href="{p}">{e(t)}</a></li>' for t, p in letters)
    return f"""<div class="ct-rail cmpt-4">
          <h4 class="heading4"><a href="/opinion/letters/">Letters</a></h4>
          <ul class="ed-list">
            {items}
          </ul>
          <a class="more-link" href="mailto:letters@coromandelherald.example">Write to the Editor</a>
        </div>"""


def other_columnists() -> str:
    rows = "\n            ".join(
        f'<div class="col-card"><a class="col-name" href="/opinion/columns/{slug}/">{e(name)}</a>'
        f'<h5 class="title"><a href="{p}">{e(t)}</a></h5></div>'
        for slug, name, t, p in others)
    return f"""<div class="ct-rail cmpt-5 other-columns">
          <h4 class="heading4">More Columns</h4>
          <div class="col-cards">
            {rows}
          </div>
          <a class="more-link" href="/opinion/columns/">More</a>
        </div>"""


def picks_rail() -> str:
    # editors' picks: two op-eds and one of this columnist's older columns with a tracking query
    pick = cols[4]
    rows = [f'<li><a href="{p}">{e(t)}</a></li>' for t, p in leads]
    rows.insert(1, f'<li><a href="{pick["path"]}?utm_source=editorspick&amp;utm_medium=referral&amp;utm_campaign=opinion">{e(pick["title"])}</a></li>')
    return ('<div class="ct-rail cmpt-6">\n          <h4 class="heading4">Editor\'s Picks</h4>\n          <ul class="pick-list">\n            '
            + "\n            ".join(rows) + "\n          </ul>\n        </div>")


def partner_rail() -> str:
    rows = "\n          ".join(
        f'<div class="element brand-card"><span class="brand-label">Partner Content</span>'
        f'<h5 class="title"><a href="{p}" rel="sponsored">{e(t)}</a></h5></div>' for t, p in partner)
    return f"""<div class="brandhub-widget">
          {rows}
          <a class="ad-slot" href="https://ads.example-network.com/click?zone=th-opinion-300x250&amp;cb=8812" rel="nofollow sponsored"><img src="https://ads.example-network.com/serve/300x250.jpg" alt="Advertisement"></a>
        </div>"""


HEADER = """  <div class="top-header">
    <a href="https://epaper.coromandelherald.example/" class="epaper">e-Paper</a>
    <a href="/todays-paper/">Today's Paper</a>
    <a href="/subscription/?utm_source=header&amp;utm_medium=web" class="btn-subscribe">Subscribe</a>
    <a href="https://accounts.coromandelherald.example/login?redirect=%2Fopinion%2Fcolumns%2F" class="login">Login</a>
  </div>
  <header class="header">
    <a class="logo" href="{{origin}}/"><img src="/theme/images/logo.svg" alt="The Coromandel Herald"></a>
    <nav class="menu-navigation">
      <ul class="navbar-nav">
        <li><a href="/news/">News</a></li>
        <li><a href="/news/national/">India</a></li>
        <li><a href="/news/international/">World</a></li>
        <li><a href="/news/states/">States</a></li>
        <li><a href="/opinion/" class="active">Opinion</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/entertainment/">Entertainment</a></li>
        <li><a href="/sci-tech/">Sci-Tech</a></li>
        <li><a href="/life-and-style/">Life &amp; Style</a></li>
        <li><a href="/more/">More</a></li>
      </ul>
    </nav>
    <nav class="sub-menu">
      <a href="/opinion/editorial/">Editorial</a>
      <a href="/opinion/columns/">Columns</a>
      <a href="/opinion/lead/">Lead</a>
      <a href="/opinion/op-ed/">Comment</a>
      <a href="/opinion/interview/">Interview</a>
      <a href="/opinion/letters/">Letters</a>
      <a href="/opinion/open-page/">Open Page</a>
      <a href="/opinion/cartoon/">Cartoon</a>
    </nav>
  </header>"""

def ticker() -> str:
    c = cols[0]
    return f"""  <div class="top-picks-strip">
    <span class="strip-label">Top in Opinion</span>
    <a href="{editorials[0][1]}">{e(editorials[0][0])}</a>
    <a href="{c['path']}?homepage=true">{e(c['title'])}</a>
    <a href="{leads[1][1]}">{e(leads[1][0])}</a>
  </div>"""

FOOTER = """  <div class="newsletter-block">
    <h4>Sign up for View from the South, our weekly opinion newsletter</h4>
    <form action="/newsletters/subscribe/" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form>
    <a href="/newsletters/?utm_source=opinion-page&amp;utm_medium=widget">See all newsletters</a>
  </div>
  <footer class="footer">
    <div class="footer-links">
      <a href="/aboutus/">About Us</a>
      <a href="/contact-us/">Contact Us</a>
      <a href="/archive/">Archive</a>
      <a href="/rssfeeds/">RSS Feeds</a>
      <a href="/sitemap/">Sitemap</a>
      <a href="/terms-of-use/">Terms of Use</a>
      <a href="/privacy-policy/">Privacy Policy</a>
      <a href="/code-of-editorial-values/">Code of Editorial Values</a>
      <a href="/careers/">Careers</a>
    </div>
    <div class="group-sites">
      <a href="https://www.coromandelbusinessline.example/">BusinessLine</a>
      <a href="https://frontline.coromandelherald.example/">Frontline</a>
      <a href="https://tamil.coromandelherald.example/">Tamil edition</a>
    </div>
    <div class="social">
      <a href="https://www.facebook.com/coromandelherald" rel="nofollow">Facebook</a>
      <a href="https://twitter.com/CoromandelHerald" rel="nofollow">X</a>
      <a href="https://www.instagram.com/coromandelherald/" rel="nofollow">Instagram</a>
      <a href="https://www.youtube.com/@coromandelherald" rel="nofollow">YouTube</a>
    </div>
    <p class="copyright">Copyright&copy; 2024, The Coromandel Herald Ltd. or its affiliated companies. All rights reserved.</p>
  </footer>"""


def page_html(page: int) -> str:
    items = PAGES[page - 1]
    total = len(PAGES)
    canonical = "{{origin}}" + PAGE + ("" if page == 1 else f"?page={page}")
    title = f"{AUTHOR} | Columns" + ("" if page == 1 else f" | Page {page}")
    breadcrumb = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "Opinion", "item": "{{origin}}/opinion/"},
            {"@type": "ListItem", "position": 3, "name": "Columns", "item": "{{origin}}/opinion/columns/"},
            {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": "{{origin}}" + PAGE},
        ],
    }
    org = {
        "@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": SITE,
        "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/theme/images/logo.png"},
        "sameAs": ["https://www.facebook.com/coromandelherald", "https://twitter.com/CoromandelHerald"],
    }
    if page == 1:
        lead, rest = items[0], items[1:]
        lead_html = hero(lead)
    else:
        rest = items
        lead_html = ""
    cards = "".join(grid_card(c, n) for n, c in enumerate(rest))
    bio = ""
    if page == 1:
        bio = f"""
      <div class="author-profile">
        <img src="https://th-i.example-cdn.in/public/authors/20141.jpg" alt="{AUTHOR}" class="author-img">
        <div class="author-details">
          <h1 class="author-title">{AUTHOR}</h1>
          <p class="designation">Senior Fellow, Madras Institute of Public Policy</p>
          <p>Anjali Raghunathan writes a fortnightly column on cities, water and the fiscal relationship between the Centre and the States.</p>
          <a href="https://twitter.com/anjali_r_writes" rel="nofollow" class="follow">Follow @anjali_r_writes</a>
          <a href="{PROFILE}" class="view-profile">View profile</a>
          <button type="button" class="follow-btn" data-author-id="20141">+ Follow</button>
        </div>
      </div>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {SITE}</title>
  <meta name="description" content="Read the latest columns by {AUTHOR} in {SITE}: opinion on cities, water, federalism and public finance.">
  <link rel="canonical" href="{canonical}">
  <link rel="alternate" type="application/rss+xml" title="{SITE} - Home" href="{{{{origin}}}}/feeder/default.rss">
  <meta property="og:type" content="website">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{canonical}">
  <link rel="stylesheet" href="/theme/css/th-section.min.css?v=3.41">
  <script type="application/ld+json">{json.dumps(breadcrumb)}</script>
  <script type="application/ld+json">{json.dumps(org)}</script>
  <script async src="https://securepubads.example-network.com/tag/js/gpt.js"></script>
</head>
<body class="section-page opinion columns">
{HEADER}
{ticker()}
  <div class="container">
    <div class="breadcrumb-wrap">
      <ol class="breadcrumb">
        <li><a href="/">Home</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li><a href="/opinion/columns/">Columns</a></li>
        <li class="active">{AUTHOR}</li>
      </ol>
    </div>
    <div class="row">
      <div class="col-xl-9 col-lg-8 section-main">{bio}
      <div class="section-heading"><h2 class="sec-title">Columns by {AUTHOR}</h2></div>
{lead_html}
        <div class="row-element-wrapper two-col">{cards}
        </div>
        {trending_rail(page)}
        <nav class="pagination-wrap" aria-label="pagination">
        {pager(page, total)}
        </nav>
        {other_columnists()}
        {editorial_rail()}
        {letters_rail()}
        <div class="related-topics">
          <h4>Related Topics</h4>
          <a href="/topic/urban-planning/">urban planning</a> /
          <a href="/topic/water/">water</a> /
          <a href="/topic/federalism/">federalism</a> /
          <a href="/topic/economy/">economy, business and finance</a>
        </div>
      </div>
      <aside class="col-xl-3 col-lg-4 right-rail">
        {picks_rail()}
        {partner_rail()}
      </aside>
    </div>
  </div>
{FOOTER}
</body>
</html>
"""


def site_feed() -> str:
    items = []
    for n, (t, p) in enumerate(site_feed_items):
        d = newest - timedelta(hours=3 * n)
        items.append(f"""    <item>
      <title><![CDATA[{t}]]></title>
      <description><![CDATA[{t}.]]></description>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="false">article-{p.rsplit('article', 1)[1][:-4]}</guid>
      <category><![CDATA[{p.split('/')[1].title()}]]></category>
      <pubDate>{d.strftime('%a, %d %b %Y')} 18:{10 + n:02d}:00 +0530</pubDate>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <title><![CDATA[{SITE} - Home]]></title>
    <link>{{{{origin}}}}/</link>
    <description><![CDATA[News from {SITE}]]></description>
    <atom:link href="{{{{origin}}}}/feeder/default.rss" rel="self" type="application/rss+xml"/>
    <language>en-in</language>
{chr(10).join(items)}
  </channel>
</rss>
"""


def main() -> None:
    base = OUT / "opinion" / "columns" / SLUG
    base.mkdir(parents=True, exist_ok=True)
    for page in range(1, len(PAGES) + 1):
        name = "index.html" if page == 1 else f"index@page={page}.html"
        (base / name).write_text(page_html(page), encoding="utf-8")
    (OUT / "feeder").mkdir(parents=True, exist_ok=True)
    (OUT / "feeder" / "default.rss").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("An Indian English daily on an Escenic-style CMS: columns at "
                        "/opinion/columns/<title-slug>/articleNNNNNNNN.ece, a hero then a 2-column grid, "
                        "a numbered ?page=N pager with a plain-span current page and \u00ab \u00bb arrows; the "
                        "Trending/Editorial/Letters/other-columnist rails sit inside the main column, use the same "
                        ".ece shape (other columnists' columns even the same folder) and Trending is refreshed between pages."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [c["path"] for c in cols],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
