"""Generate the h2-livemint-columns discovery fixture (stdlib only, deterministic).

An Indian business daily's section page for one column series (/opinion/columns/, no single
author: every column in the section is truth). Article URLs are slug plus a 14-digit id
("1" + a millisecond timestamp) and ``.html`` -- and the Trending news rail, the Editorials
and Quick reads rails and a partner "brand story" all use exactly that id shape. Div soup
(``div.listingNew > div.headline > a``, ``span.articleInfo``), no <main> element;
infinite-scroll pages /opinion/columns/page-N linked by <link rel="next"> and a hidden
"Next" anchor.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import quote
from pathlib import Path

O = "{{origin}}"
NAME = "h2-livemint-columns"
ROOT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/opinion/columns/"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

e = html.escape


def slugify(text: str) -> str:
    text = text.lower().replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def story_id(moment: dt.datetime) -> str:
    return "1" + str(int(moment.timestamp() * 1000))


def story_path(section: str, moment: dt.datetime, title: str) -> str:
    return f"/{section}/{slugify(title)}-{story_id(moment)}.html"


COLUMNISTS = [
    ("Anjali Deshmukh", "anjali-deshmukh"),
    ("Karthik Iyer", "karthik-iyer"),
    ("Sanjay Bhatia", "sanjay-bhatia"),
    ("Meera Krishnan", "meera-krishnan"),
    ("Arvind Chawla", "arvind-chawla"),
    ("Nandini Sen", "nandini-sen"),
    ("Rohan Kapoor", "rohan-kapoor"),
    ("Farah Qureshi", "farah-qureshi"),
]

TITLES = [
    # page 1 (the first is the lead)
    "India's growth story needs a jobs chapter",
    "The RBI's rate pause is the right call, for now",
    "Why the rupee's stability is worth defending",
    "Quick commerce is rewriting retail's rulebook",
    "Budget 2024: Fiscal prudence should not be a casualty of the election year",
    "Red Sea crisis: India must hedge its trade bets",
    "The semiconductor push needs patience",
    "GST at six: Time for rate rationalization",
    "Private capex revival is still a mirage",
    "Monsoon blues",
    "Our cities need better buses, not more flyovers",
    "What the IPO frenzy tells us about retail investors",
    # page 2
    "Bank credit growth is outpacing deposits. Watch out",
    "India's startups must learn to love profits",
    "Data protection rules: The devil is in the details",
    "Women's workforce participation is rising, but why?",
    "The case for a new index of industrial production",
    "Electric two-wheelers deserve a subsidy rethink",
    "Farm incomes cannot wait for another committee",
    "A sovereign wealth fund for India?",
    "Tariff walls will hurt Indian manufacturing",
    "UPI goes global",
    "The coming squeeze on middle-class savings",
    "Why AI regulation should start with government procurement",
    # page 3
    "Green hydrogen: Big promise, bigger bills",
    "India's services exports are the quiet success story",
    "Reforming the civil service for a digital age",
    "The real cost of cheap onions",
    "Corporate boards need more independent minds",
    "Higher education needs funding, not just rankings",
    "Inflation targeting has served India well",
    "Coal is not going away soon",
    "Lessons from China's property slump",
    "A market without short sellers",
]
PER_PAGE = [12, 12, 10]

SYNOPSES = [
    "Headline GDP numbers look robust, but without labour-intensive growth the demographic dividend could turn into a liability",
    "Inflation is easing, yet the central bank has good reasons to keep its powder dry until food prices settle",
    "A steady currency has helped importers and kept foreign investors calm. Letting it slide would be a mistake",
    "Ten-minute deliveries are forcing kirana stores and big-box chains alike to rethink how they work",
    "The temptation to spend ahead of the polls is strong. The bond market will not be forgiving",
    "Shipping disruptions show how exposed Indian exporters remain to chokepoints far from home",
    "Fabs take a decade to pay off. Policy must be stable for at least that long",
    "The multi-rate structure has outlived its usefulness and breeds litigation",
]
TOPICS = [("RBI", "rbi"), ("Economy", "economy"), ("Budget 2024", "budget-2024"),
          ("Startups", "startups"), ("Trade", "trade"), ("Jobs", "jobs")]

# Columns: one or two a day, going back from 5 January 2024 (IST), ids from the times.
COLUMNS = []
moment = dt.datetime(2024, 1, 5, 22, 34, 53, 417000, tzinfo=IST)
for i, t in enumerate(TITLES):
    name, aslug = COLUMNISTS[(i * 3) % len(COLUMNISTS)]
    COLUMNS.append({
        "title": t, "when": moment, "path": story_path("opinion/columns", moment, t),
        "author": name, "aslug": aslug, "synopsis": SYNOPSES[i % len(SYNOPSES)],
        "id": story_id(moment), "mins": 3 + (i * 2) % 5,
    })
    moment -= dt.timedelta(hours=11 + (i * 7) % 17, minutes=(i * 13) % 60, seconds=(i * 29) % 60,
                           milliseconds=(i * 389) % 1000)

NOW = dt.datetime(2024, 1, 5, 23, 10, 0, tzinfo=IST)
TRENDING = [
    ("news/india", "Ram temple inauguration: Ayodhya gets ready for January 22 ceremony", 0),
    ("news/india", "IMD issues cold wave alert for Delhi, Punjab and Haryana", 1),
    ("market/stock-market-news", "Sensex, Nifty end higher as IT stocks rally", 2),
    ("news/india", "Lakshadweep tourism searches spike after PM's visit", 3),
    ("companies/news", "Tata Motors to raise prices of passenger vehicles from February", 4),
    ("news/india", "Indian Navy foils hijack attempt on ship in Arabian Sea", 5),
]
EDITORIALS = [
    "The fiscal deficit target must be met", "A welcome push for green bonds",
    "Telecom tariffs and the duopoly question", "Securing India's shipping lanes",
]
QUICK_READS = [
    "Why onion prices are falling", "What the new IT rules mean for you",
    "Explained: The interim Budget", "Five charts on India's exports",
]


def ist_label(m: dt.datetime) -> str:
    return m.strftime("%d %b %Y, %I:%M %p IST").replace(" 0", " ")


def news_time(k: int) -> dt.datetime:
    return NOW - dt.timedelta(minutes=17 + k * 41, seconds=k * 7, milliseconds=(k * 613 + 211) % 1000)


def col_href(i: int, c: dict) -> str:
    mode = i % 4
    if mode == 0:
        return O + c["path"]
    if mode == 2:
        return c["path"].rsplit("/", 1)[1]  # relative to /opinion/columns/
    return c["path"]


def lead(c: dict) -> str:
    return f"""
        <div class="cardHolder leadStory" data-weburl="{O}{c['path']}" data-vars-storyid="{c['id']}">
          <figure class="bigImg">
            <a href="{c['path']}" title="{e(c['title'])}"><img src="https://images.livemint.example/img/2024/01/05/1600x900/{c['id']}.jpg" alt="{e(c['title'])}" width="600" height="338"></a>
          </figure>
          <h2 class="imgStory"><a href="{O}{c['path']}">{e(c['title'])}</a></h2>
          <p class="summary">{e(c['synopsis'])}</p>
          <div class="leadMeta">
            <span class="articleInfo author"><a href="/authors/{c['aslug']}">{e(c['author'])}</a></span>
            <span class="articleInfo pubtime">{ist_label(c['when'])}</span>
            <a class="listenBtn" href="{c['path']}#audioPlayer">Listen to this column</a>
          </div>
        </div>"""


def listing(i: int, c: dict) -> str:
    topic, tslug = TOPICS[i % len(TOPICS)]
    premium = '<span class="premiumIcon" title="Mint Premium"><a href="/premium">Premium</a></span>' if i % 5 == 3 else ""
    thumb_q = "?utm_source=columns&amp;utm_medium=listing_thumb" if i % 6 == 1 else ""
    share = O + c["path"]
    return f"""
        <div class="listingNew clearfix impression-candidate" id="listview_{c['id']}" data-weburl="{O}{c['path']}" data-vars-storyid="{c['id']}" data-vars-storytype="story" data-vars-section="columns">
          <div class="thumbnail"><a href="{c['path']}{thumb_q}"><img src="https://images.livemint.example/img/{c['when']:%Y/%m/%d}/90x90/{c['id']}.jpg" alt="" width="90" height="90" loading="lazy"></a></div>
          <div class="headlineSec">
            {premium}
            <div class="headline"><a href="{col_href(i, c)}">{e(c['title'])}</a></div>
            <div class="synopsis">{e(c['synopsis'])}</div>
            <span class="articleInfo author"><a href="/authors/{c['aslug']}">{e(c['author'])}</a></span>
            <span class="articleInfo pubtime"><span class="fl date" data-expandedtime="{ist_label(c['when'])}">{c['mins']} min read</span> &middot; {c['when']:%d %b %Y}</span>
            <span class="articleInfo topic"><a href="/topic/{tslug}">{e(topic)}</a></span>
          </div>
          <div class="bookmarkSec">
            <a class="shareIcon whatsapp" href="https://api.whatsapp.com/send?text={quote(c['title'])}%20{share}%3Futm_source%3Dwhatsapp%26utm_medium%3Dsocial" target="_blank" rel="noopener">WhatsApp</a>
            <a class="shareIcon twitter" href="https://twitter.com/intent/tweet?url={share}&amp;via=livemint" target="_blank" rel="noopener">Twitter</a>
            <span class="bookmark" data-id="{c['id']}" role="button">Save</span>
          </div>
        </div>"""


def head(n: int, total: int, cols: list[dict]) -> str:
    url = O + PAGE + ("" if n == 1 else f"page-{n}")
    links = []
    if n > 1:
        links.append(f'<link rel="prev" href="{O}{PAGE}{"" if n == 2 else f"page-{n - 1}"}">')
    if n < total:
        links.append(f'<link rel="next" href="{O}{PAGE}page-{n + 1}">')
    ld = [
        {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Columns", "url": url,
         "description": "Read the latest opinion columns from Mint's columnists on economy, markets, policy and business."},
        {"@context": "https://schema.org", "@type": "ItemList",
         "itemListElement": [
             {"@type": "ListItem", "position": k + 1, "url": O + c["path"], "name": c["title"]}
             for k, c in enumerate(cols)
         ]},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": O + "/", "name": "Home"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": O + "/opinion", "name": "Opinion"}},
            {"@type": "ListItem", "position": 3, "item": {"@id": O + PAGE, "name": "Columns"}},
        ]},
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Mint", "url": O + "/",
         "logo": {"@type": "ImageObject", "url": "https://images.livemint.example/static/mint-logo.png", "width": 600, "height": 60},
         "sameAs": ["https://www.facebook.com/livemint.example", "https://twitter.com/livemint_example"]},
    ]
    scripts = "\n".join(f'<script type="application/ld+json">{json.dumps(x)}</script>' for x in ld)
    suffix = "" if n == 1 else f" | Page {n}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Columns: Latest Opinion Columns, Views and Analysis{suffix} | Mint</title>
<meta name="description" content="Read the latest opinion columns from Mint's columnists on economy, markets, policy and business.">
<meta name="keywords" content="opinion, columns, mint columns, economy, views">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{url}">
{chr(10).join(links)}
<meta property="og:title" content="Columns | Mint">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="mint">
<link rel="stylesheet" href="/static/css/listing.min.css?v=20240103">
{scripts}
<script>var pageType = "section_listing", sectionName = "opinion", subSectionName = "columns", pageNo = {n};</script>
</head>"""


NAV = [
    ("Latest", "/latest-news"), ("Markets", "/market"), ("News", "/news"), ("Money", "/money"),
    ("Technology", "/technology"), ("Companies", "/companies"), ("Opinion", "/opinion"),
    ("Industry", "/industry"), ("AI", "/ai"), ("Politics", "/politics"), ("Elections", "/elections"),
]
SUBNAV = [
    ("Columns", "/opinion/columns"), ("Views", "/opinion/online-views"),
    ("Editorials", "/opinion/editorials"), ("Quick Reads", "/opinion/quick-reads"),
    ("First Person", "/opinion/first-person"), ("Blogs", "/opinion/blogs"),
    ("Cartoons", "/opinion/cartoons"), ("Letters", "/opinion/letters-to-the-editor"),
]


def header() -> str:
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in NAV)
    active = ' class="active"'
    sub = "".join(
        f'<li{active if t == "Columns" else ""}><a href="{h}">{t}</a></li>' for t, h in SUBNAV
    )
    return f"""
<body class="listing opinion">
<div id="mySiteContent" class="mainContainer">
<div class="topAdSec"><div id="div-gpt-ad-top"><iframe src="https://ads.example-network.com/serve?slot=lm_top&amp;site=lm" title="Advertisement" width="728" height="90"></iframe></div></div>
<div class="headerSec">
  <div class="headerTop">
    <span class="hamburger" role="button" aria-label="Menu"></span>
    <a class="logo" href="{O}/"><img src="https://images.livemint.example/static/mint-logo.svg" alt="Mint"></a>
    <div class="headerRight">
      <a class="epaper" href="https://epaper.livemint.example/">E-Paper</a>
      <a class="btnSubscribe" href="/premium-plans?utm_source=header&amp;utm_medium=subscribe_btn">Subscribe</a>
      <a class="btnLogin" href="https://accounts.livemint.example/login?redirectUrl={O}{PAGE}">Sign in</a>
    </div>
  </div>
  <div class="navSec"><ul class="navList"><li><a href="/">Home</a></li>{nav}<li class="moreNav"><a href="/mint-lounge">More</a></li></ul></div>
  <div class="subNavSec"><ul class="subNav">{sub}</ul></div>
</div>"""


def breadcrumb(n: int) -> str:
    tail = "Columns" if n == 1 else f"Columns - Page {n}"
    return f"""
<div class="breadcrumb"><a href="/">Home</a> <span>/</span> <a href="/opinion">Opinion</a> <span>/</span> <strong>{tail}</strong></div>
<div class="sectionHeading"><h1>Columns</h1>
  <p class="sectionDesc">Views and analysis from Mint's columnists on the economy, markets and policy.</p>
  <div class="columnistStrip"><span>Our columnists:</span>
    {' '.join(f'<a href="/authors/{s}">{e(nm)}</a>' for nm, s in COLUMNISTS[:6])}
    <a class="viewAll" href="/opinion/columnists">View all</a>
  </div>
</div>"""


def right_rail() -> str:
    trend = []
    for sec, t, k in TRENDING:
        p = story_path(sec, news_time(k), t)
        trend.append(
            f'<div class="trendingList"><span class="trendNo">{k + 1}</span><div class="headline"><a href="{p if k % 2 else O + p}">{e(t)}</a></div></div>'
        )
    eds = []
    for k, t in enumerate(EDITORIALS):
        p = story_path("opinion/editorials", news_time(k + 20) - dt.timedelta(days=k), t)
        eds.append(f'<li><div class="headline"><a href="{p}">{e(t)}</a></div><span class="articleInfo">Mint Editorial</span></li>')
    qr = []
    for k, t in enumerate(QUICK_READS):
        p = story_path("opinion/quick-reads", news_time(k + 30) - dt.timedelta(hours=5 * k), t)
        qr.append(f'<li><a href="{p}">{e(t)}</a></li>')
    recommended_cols = [COLUMNS[15], COLUMNS[27]]
    rec = "".join(
        f'<li><a href="{c["path"]}?utm_source=recommended&amp;utm_medium=rhs&amp;utm_campaign=columns">{e(c["title"])}</a> <span class="articleInfo">{e(c["author"])}</span></li>'
        for c in recommended_cols
    )
    rec_news = story_path("money/personal-finance", news_time(9), "How to save tax under the new regime in 2024")
    rec += f'<li><a href="{rec_news}?utm_source=recommended&amp;utm_medium=rhs">How to save tax under the new regime in 2024</a> <span class="articleInfo">Personal Finance</span></li>'
    brand = story_path("brand-stories", news_time(40) - dt.timedelta(days=1), "How a Pune startup is making home loans paperless")
    return f"""
  <div class="rightSec">
    <div class="adBox"><iframe src="https://ads.example-network.com/serve?slot=lm_rhs1&amp;site=lm" title="Advertisement" width="300" height="250"></iframe></div>
    <div class="rhsBox trending">
      <div class="rhsHeading"><h2>Trending</h2></div>
      {''.join(trend)}
    </div>
    <div class="rhsBox editorial">
      <div class="rhsHeading"><h2><a href="/opinion/editorials">Editorial</a></h2></div>
      <ul>{''.join(eds)}</ul>
    </div>
    <div class="rhsBox quickReads">
      <div class="rhsHeading"><h2><a href="/opinion/quick-reads">Quick reads</a></h2></div>
      <ul>{''.join(qr)}</ul>
    </div>
    <div class="rhsBox recommended">
      <div class="rhsHeading"><h2>Recommended For You</h2></div>
      <ul>{rec}</ul>
    </div>
    <div class="rhsBox partner">
      <div class="rhsHeading"><h2>Partner content</h2></div>
      <div class="partnerCard"><a href="{brand}"><img src="https://images.livemint.example/img/brand/pune-loans.jpg" alt=""><span>How a Pune startup is making home loans paperless</span></a><span class="brandLabel">Brand Post</span></div>
      <div class="partnerCard"><a href="https://ads.example-network.com/click?cid=lm2291&amp;dest=mutual-fund-sip" rel="sponsored nofollow" target="_blank"><span>Start a SIP with just Rs 500 a month</span></a><span class="brandLabel">Sponsored</span></div>
      <div class="partnerCard"><a href="https://trc.example-recs.com/livemint/?itemid=88213&amp;utm_source=livemint" rel="sponsored nofollow" target="_blank"><span>Doctors are stunned by this simple knee trick</span></a><span class="brandLabel">Sponsored Links</span></div>
    </div>
    <div class="rhsBox newsletter">
      <div class="rhsHeading"><h2>Newsletters</h2></div>
      <p>Get Mint's Opinion newsletter in your inbox every evening.</p>
      <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Enter your email"><button type="submit">Sign up</button></form>
      <a href="/newsletters">Explore all newsletters</a>
    </div>
  </div>"""


def footer() -> str:
    return """
<div class="footerSec">
  <div class="footerLinks">
    <a href="/aboutus">About Us</a> <a href="/contactus">Contact Us</a> <a href="/termsofuse">Terms of Use</a>
    <a href="/privacypolicy">Privacy Policy</a> <a href="/rss">RSS</a> <a href="/sitemap">Sitemap</a>
    <a href="/epaper">E-Paper</a> <a href="/opinion/letters-to-the-editor">Write to us</a>
  </div>
  <div class="footerSocial">
    <a href="https://www.facebook.com/livemint.example" target="_blank" rel="noopener">Facebook</a>
    <a href="https://twitter.com/livemint_example" target="_blank" rel="noopener">Twitter</a>
    <a href="https://www.linkedin.com/company/livemint-example" target="_blank" rel="noopener">LinkedIn</a>
  </div>
  <p class="copyright">Copyright &copy; HT Digital Streams Ltd All Right Reserved</p>
</div>
</div>
<script src="/static/js/listing-infinite.min.js?v=20240103" defer></script>
</body>
</html>
"""


def page(n: int, total: int) -> str:
    start = sum(PER_PAGE[: n - 1])
    cols = COLUMNS[start : start + PER_PAGE[n - 1]]
    parts = []
    if n == 1:
        parts.append(lead(cols[0]))
        rest = list(enumerate(cols[1:], start + 1))
    else:
        rest = list(enumerate(cols, start))
    for k, (i, c) in enumerate(rest):
        parts.append(listing(i, c))
        if k == 5:
            parts.append('<div class="adBox inListing"><iframe src="https://ads.example-network.com/serve?slot=lm_listing_mid&amp;site=lm" title="Advertisement" width="300" height="250"></iframe></div>')
    nxt = ""
    if n < total:
        nxt = (
            f'<div id="infiniteScroll" class="loadMoreSec" data-next-url="{PAGE}page-{n + 1}" data-page="{n}">'
            f'<a class="nextPage" href="{PAGE}page-{n + 1}" style="display:none" aria-hidden="true">Next</a>'
            f'<span class="loader"></span></div>'
        )
    return (
        head(n, total, cols)
        + header()
        + breadcrumb(n)
        + f"""
<div class="mainSec clearfix">
  <div class="leftSec" id="listing">
{''.join(parts)}
    {nxt}
  </div>
{right_rail()}
</div>"""
        + footer()
    )


def main() -> None:
    total = len(PER_PAGE)
    assert sum(PER_PAGE) == len(COLUMNS) and len({c["id"] for c in COLUMNS}) == len(COLUMNS)
    base = ROOT / PAGE.strip("/")
    base.mkdir(parents=True, exist_ok=True)
    (base / "index.html").write_text(page(1, total), encoding="utf-8")
    # every story id on the page belongs to one story only
    found = re.findall(r"/([a-z0-9-]+)-(1\d{13})\.html", (base / "index.html").read_text(encoding="utf-8"))
    by_id: dict[str, set[str]] = {}
    for slug, sid in found:
        by_id.setdefault(sid, set()).add(slug)
    assert all(len(v) == 1 for v in by_id.values()), by_id
    for n in range(2, total + 1):
        (base / f"page-{n}.html").write_text(page(n, total), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "An Indian business daily's column-series section page (no single author): div soup"
            " with no <main>, slug-plus-14-digit-id .html URLs that the Trending news, Editorial,"
            " Quick reads, Recommended and partner 'brand story' rails share; infinite-scroll"
            " pages /opinion/columns/page-N linked only by <link rel=next> and a hidden Next anchor."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": total,
        "columns": [c["path"] for c in COLUMNS],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
