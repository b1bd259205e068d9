"""Generate the h2-forbes-sites discovery fixture (stdlib only, deterministic).

An American business magazine's contributor page (/sites/danielharper/) in the style of a
contributor network: columns at /sites/<contributor>/YYYY/MM/DD/slug/, stream cards
``<div class="stream-item">`` with ``<h3><a data-ga-track>``, image links carrying the
site's ``?sh=`` tracking hash, a "Load More" anchor whose href carries ``sh`` too, an
Editors' Picks rail and BrandVoice "Paid Program" cards with the very same URL shape, Forbes
Advisor affiliate cards, and the contributor's own RSS feed advertised in <head>.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from email.utils import format_datetime
from pathlib import Path

O = "{{origin}}"
NAME = "h2-forbes-sites"
ROOT = Path(__file__).resolve().parent.parent / NAME
SLUG = "danielharper"
PAGE = f"/sites/{SLUG}/"
AUTHOR = "Daniel Harper"
SH = "5f2a1b"
FEED = f"/sites/{SLUG}/feed.xml"

e = html.escape


def slugify(text: str) -> str:
    text = text.lower().replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def sh_for(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def post_path(contrib: str, d: dt.date, title: str) -> str:
    return f"/sites/{contrib}/{d:%Y/%m/%d}/{slugify(title)}/"


TITLES = [
    # page 1
    "Why The Four-Day Week Is Winning Over Skeptical CEOs",
    "Quiet Cutting Is The New Layoff",
    "Five Leadership Lessons From A Year Of Chaos",
    "The Return-To-Office Fight Is Really About Trust",
    "Middle Managers Are Burning Out. Here\u2019s What Fixes It",
    "AI Won\u2019t Take Your Job. A Colleague Using AI Might",
    "Stop Calling Them Soft Skills",
    "How To Give Feedback That Actually Lands",
    "The Hidden Cost Of Always-On Slack Culture",
    "What Gen Z Wants From A Boss",
    # page 2
    "Boomerang Employees Are Back\u2014Should You Rehire Them?",
    "Pay Transparency Laws Are Changing Salary Talks",
    "The Case For Boring Meetings",
    "Why Your Best People Quit In January",
    "Hybrid Work Needs Better Rules, Not More Office Days",
    "Leading Through Layoffs Without Losing Your Team",
    "Burnout Is A Systems Problem",
    "Mentorship Is Broken. Sponsorship Can Fix It",
    "Holiday Bonuses Vs. Raises: What Workers Actually Prefer",
    "The CEO Apology Playbook",
    # page 3
    "Skills-Based Hiring Is Finally Going Mainstream",
    "Four Questions To Ask Before Accepting A Promotion",
    "Psychological Safety, Explained",
    "Remote Workers Are Getting Passed Over For Raises",
    "The Rise Of The Fractional Executive",
    "Why Employee Engagement Surveys Fail",
    "Unlimited PTO Is A Trap",
    "Deskless Workers Deserve Better Tech",
]
PER_PAGE = [10, 10, 8]

DEKS = [
    "New data from more than 300 companies suggests the experiment is sticking\u2014and the holdouts are running out of arguments.",
    "Companies are trimming headcount without announcing it. Employees notice anyway.",
    "What executives told me about steering teams through a year nobody planned for.",
    "Badge swipes are a proxy. The real question is whether leaders believe their people are working.",
    "They absorb pressure from above and below. A few simple changes can help.",
    "The productivity gap between workers who use AI tools and those who don\u2019t is widening fast.",
    "Communication, judgment and empathy are the hardest skills to teach\u2014and the most valuable.",
    "Most feedback fails because of timing, not content.",
    "Constant pings feel like collaboration. The research says otherwise.",
    "Younger employees want clarity, flexibility and a manager who actually knows them.",
    "Rehiring former staff is cheaper than you think, but it comes with traps.",
]
TOPICS = ["Leadership", "Careers", "Future Of Work", "Leadership Strategy", "Careers"]

STEPS = [2, 3, 4, 3, 5, 2, 4]
dates = []
d = dt.date(2024, 1, 5)
for i in range(len(TITLES)):
    dates.append(d)
    d -= dt.timedelta(days=STEPS[i % len(STEPS)])

COLUMNS = [
    {"title": t, "date": dd, "path": post_path(SLUG, dd, t), "dek": DEKS[i % len(DEKS)],
     "topic": TOPICS[i % len(TOPICS)], "id": f"blogandpostid/blog/post/5432-{sh_for(t)[:8]}"}
    for i, (t, dd) in enumerate(zip(TITLES, dates))
]

EDITORS_PICKS = [
    ("meganbrooks", "Megan Brooks", "Forbes Staff", dt.date(2024, 1, 5),
     "The Billionaire Who Wants To Fix Childcare In America"),
    ("rajpatel", "Raj Patel", "Senior Contributor", dt.date(2024, 1, 5),
     "Inside The Race To Build A Cheaper EV Battery"),
    ("lauraschmidt", "Laura Schmidt", "Contributor", dt.date(2024, 1, 4),
     "Why Small Businesses Are Finally Embracing AI"),
    ("tomwhitaker", "Tom Whitaker", "Forbes Staff", dt.date(2024, 1, 4),
     "The 30 Under 30 Founders Rethinking Healthcare"),
]
TRENDING = [
    ("forbesstaffnews", dt.date(2024, 1, 5), "Stock Market Today: Dow Falls As Jobs Report Beats Forecasts"),
    ("forbesstaffnews", dt.date(2024, 1, 5), "Powerball Jackpot Climbs To $810 Million"),
    ("mattsolomon", dt.date(2024, 1, 5), "Apple Vision Pro Release Date Finally Confirmed"),
    ("forbesstaffnews", dt.date(2024, 1, 4), "Student Loan Forgiveness: What Changes This Month"),
    ("janecolton", dt.date(2024, 1, 4), "\u2018Golden Bachelor\u2019 Wedding Draws Record Ratings"),
]
BRANDVOICE = [
    ("sap", "SAP", dt.date(2024, 1, 5), "How AI Is Reshaping The Modern Supply Chain"),
    ("delltechnologies", "Dell Technologies", dt.date(2024, 1, 4), "Five Ways Edge Computing Cuts Costs For Retailers"),
    ("ibm", "IBM", dt.date(2024, 1, 3), "The CFO\u2019s Guide To Generative AI Governance"),
]
ADVISOR = [
    ("/advisor/banking/savings/best-high-yield-savings-accounts/", "Best High-Yield Savings Accounts Of January 2024"),
    ("/advisor/credit-cards/best/travel/", "Best Travel Credit Cards Of 2024"),
    ("/advisor/mortgages/mortgage-rates/", "Today\u2019s Mortgage Rates"),
    ("/advisor/investing/best-online-brokers/", "Best Online Brokers For Stock Trading"),
]


def epoch_ms(d: dt.date) -> int:
    moment = dt.datetime(d.year, d.month, d.day, 11, 0, tzinfo=dt.timezone.utc)
    return int(moment.timestamp()) * 1000


def us_date(d: dt.date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


def list_href(n: int) -> str:
    return f"{PAGE}?sh={SH}&page={n}"


def stream_item(i: int, c: dict, pos: int) -> str:
    mode = i % 3
    href = O + c["path"] if mode == 0 else c["path"]
    sh = sh_for(c["path"])
    comments = ""
    if i % 4 == 1:
        comments = f'<a class="stream-item__comments" href="{c["path"]}#comments" data-ga-track="Author Stream - Comments - {pos}">{3 + i * 5 % 40} Comments</a>'
    return f"""
        <div class="stream-item" data-id="{c['id']}" data-type="post">
          <a class="stream-item__image" href="{O}{c['path']}?sh={sh}" data-ga-track="Author Stream - Image - {pos}" aria-hidden="true" tabindex="-1">
            <progressive-image class="stream-item__img" background-image="https://imageio.forbes.example/specials-images/imageserve/{sh}/0x0.jpg?crop=1200,675"></progressive-image>
          </a>
          <div class="stream-item__text">
            <div class="stream-item__eyebrow"><a class="stream-item__channel" href="/{slugify(c['topic'])}/">{e(c['topic'])}</a></div>
            <h3 class="stream-item__title"><a data-ga-track="Author Stream - Title - {pos}" href="{href}">{e(c['title'])}</a></h3>
            <div class="stream-item__description">{e(c['dek'])}</div>
            <div class="stream-item__meta">
              <span class="stream-item__date" data-date="{epoch_ms(c['date'])}">{us_date(c['date'])}</span>
              <span class="byline">By <a class="byline__name" href="{PAGE}" data-ga-track="Author Stream - Byline - {pos}">{AUTHOR}</a>, Senior Contributor</span>
              {comments}
            </div>
          </div>
        </div>"""


def trending_block() -> str:
    """Unlabelled recirculation module dropped into the middle of the stream."""
    rows = []
    for k, (contrib, dd, t) in enumerate(TRENDING):
        p = post_path(contrib, dd, t)
        href = p if k % 2 else O + p
        rows.append(
            f'<li class="_1qZkL"><span class="_3nVx8">{k + 1}</span><a class="_2aDkS" href="{href}" data-ga-track="Recirc - Trending - {k + 1}">{e(t)}</a></li>'
        )
    return f"""
        <div class="_9d0Kq fbs-recirc" data-module="recirc" data-recirc-type="rc3">
          <svg class="_4hT2w" aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path d="M3 17l6-6 4 4 8-8"/></svg>
          <ol class="_1bXqE">{''.join(rows)}</ol>
        </div>
        <div class="fbs-ad fbs-ad--mobile-medianet" data-ad-position="stream-2"><iframe src="https://ads.example-network.com/serve?slot=stream_2&amp;site=fbs" title="Advertisement" width="300" height="250"></iframe></div>"""


def head(n: int) -> str:
    person = {
        "@context": "http://schema.org",
        "@type": "ProfilePage",
        "url": O + PAGE,
        "mainEntity": {
            "@type": "Person",
            "name": AUTHOR,
            "url": O + PAGE,
            "jobTitle": "Senior Contributor",
            "description": "I write about leadership, workplace culture and the future of work.",
            "sameAs": ["https://twitter.com/danharperwork", "https://www.linkedin.com/in/danielharper-example"],
        },
        "publisher": {"@type": "Organization", "name": "Forbes", "url": O + "/",
                       "logo": {"@type": "ImageObject", "url": "https://imageio.forbes.example/i/forbes-logo.png"}},
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Daniel Harper - Leadership, workplace culture and the future of work | Forbes</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Daniel Harper is a Forbes senior contributor writing about leadership, workplace culture and the future of work.">
<link rel="canonical" href="{O}{PAGE}">
<meta property="og:type" content="profile">
<meta property="og:site_name" content="Forbes">
<meta property="og:title" content="Daniel Harper">
<meta property="og:url" content="{O}{PAGE}">
<meta name="twitter:site" content="@forbes">
<link rel="alternate" type="application/rss+xml" title="Daniel Harper - Forbes" href="{O}{FEED}">
<link rel="preconnect" href="https://imageio.forbes.example">
<link rel="stylesheet" href="/assets/author.7f3c9e2.css">
<script type="application/ld+json">{json.dumps(person)}</script>
<script>window.forbes = {{"page-type": "author", "author": "{SLUG}", "page": {n}, "sh": "{SH}"}};</script>
</head>"""


NAV = [
    ("Billionaires", "/billionaires/"), ("Innovation", "/innovation/"), ("Leadership", "/leadership/"),
    ("Money", "/money/"), ("Business", "/business/"), ("Small Business", "/small-business/"),
    ("Lifestyle", "/lifestyle/"), ("Lists", "/lists/"), ("Advisor", "/advisor/"),
]


def header() -> str:
    nav = "".join(f'<li><a href="{h}" data-ga-track="Header - Nav - {t}">{t}</a></li>' for t, h in NAV)
    return f"""
<body class="author-page">
<div class="top-ad-container"><iframe src="https://ads.example-network.com/serve?slot=top&amp;site=fbs" title="Advertisement" width="970" height="90"></iframe></div>
<header class="header header--author">
  <div class="header__inner">
    <button class="header__menu" type="button" aria-label="Open navigation menu">Menu</button>
    <a class="header__logo" href="/" aria-label="Forbes Home">Forbes</a>
    <nav class="header__channels" aria-label="Channels"><ul>{nav}
      <li class="header__more"><a href="/sections/" data-ga-track="Header - Nav - More">More</a></li></ul></nav>
    <div class="header__user">
      <a class="header__search" href="/search/">Search</a>
      <a class="header__subscribe" href="https://account.forbes.example/subscribe?sourcetype=header&amp;cmp=author-header">Subscribe: Less than $1.50/wk</a>
      <a class="header__signin" href="https://account.forbes.example/signin?redirect={O}{PAGE}">Sign In</a>
    </div>
  </div>
</header>"""


def contributor_header() -> str:
    return f"""
  <nav class="breadcrumbs" aria-label="breadcrumb">
    <a href="/">Forbes</a> <span aria-hidden="true">&rsaquo;</span>
    <a href="/leadership/">Leadership</a> <span aria-hidden="true">&rsaquo;</span>
    <span class="breadcrumbs__current">{AUTHOR}</span>
  </nav>
  <div class="contrib-header">
    <img class="contrib-header__avatar" src="https://imageio.forbes.example/specials-images/imageserve/dh-avatar/0x0.jpg" alt="{AUTHOR}" width="100" height="100">
    <div class="contrib-header__body">
      <h1 class="contrib-header__name">{AUTHOR}</h1>
      <p class="contrib-header__type">Senior Contributor</p>
      <p class="contrib-header__disclaimer">Opinions expressed by Forbes Contributors are their own.</p>
      <div class="contrib-header__bio">
        <p>I write about leadership, workplace culture and the future of work. I spent twelve years
        in HR at two Fortune 500 companies before becoming a journalist, and I now advise startups on
        people strategy. My book, <em>The Humane Office</em>, was published in 2022.</p>
      </div>
      <button class="follow-button" type="button" data-follow="{SLUG}">Follow</button>
      <ul class="contrib-header__social">
        <li><a href="https://twitter.com/danharperwork" rel="noopener" target="_blank" aria-label="Twitter">Twitter</a></li>
        <li><a href="https://www.linkedin.com/in/danielharper-example" rel="noopener" target="_blank" aria-label="LinkedIn">LinkedIn</a></li>
        <li><a href="https://danielharper.example.com/" rel="noopener" target="_blank">Website</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u={O}{PAGE}" target="_blank" rel="noopener" aria-label="Share on Facebook">Share</a></li>
      </ul>
      <p class="contrib-header__topics">Topics:
        <a href="/leadership/">Leadership</a>, <a href="/leadership/careers/">Careers</a>,
        <a href="/future-of-work/">Future Of Work</a></p>
    </div>
  </div>"""


def sidebar() -> str:
    popular = [COLUMNS[2], COLUMNS[12], COLUMNS[21]]
    pop = "".join(
        f'<li><a href="{c["path"]}?utm_source=contributorpage&amp;utm_medium=sidebar&amp;utm_campaign=popular" data-ga-track="Sidebar - Popular - {k}">{e(c["title"])}</a></li>'
        for k, c in enumerate(popular, 1)
    )
    picks = []
    for k, (slug, name, role, dd, t) in enumerate(EDITORS_PICKS, 1):
        p = post_path(slug, dd, t)
        picks.append(f"""
        <div class="card card--pick">
          <a class="card__img" href="{p}?sh={sh_for(p)}" tabindex="-1"><img src="https://imageio.forbes.example/specials-images/imageserve/{sh_for(p)}/300x0.jpg" alt=""></a>
          <h4 class="card__title"><a href="{O if k % 2 else ''}{p}" data-ga-track="Editors Picks - {k}">{e(t)}</a></h4>
          <span class="card__byline">By <a href="/sites/{slug}/">{e(name)}</a>, {role}</span>
        </div>""")
    advisor = "".join(
        f'<li class="advisor-card"><a href="{p}?utm_source=forbes&amp;utm_medium=recirc&amp;utm_campaign=author-rail" rel="sponsored">{e(t)}</a></li>'
        for p, t in ADVISOR
    )
    brand = []
    for k, (slug, label, dd, t) in enumerate(BRANDVOICE, 1):
        p = post_path(slug, dd, t)
        brand.append(f"""
        <div class="card card--brandvoice">
          <span class="card__label">{label} BrandVoice | Paid Program</span>
          <h4 class="card__title"><a href="{p}" data-ga-track="BrandVoice - {k}">{e(t)}</a></h4>
          <span class="card__byline">By <a href="/sites/{slug}/">{label}</a>, BrandVoice</span>
        </div>""")
    return f"""
    <aside class="author-rail">
      <div class="fbs-ad" data-ad-position="rail-top"><iframe src="https://ads.example-network.com/serve?slot=rail_top&amp;site=fbs" title="Advertisement" width="300" height="600"></iframe></div>
      <section class="rail-module rail-module--popular">
        <h3 class="rail-module__title">Popular With Daniel\u2019s Readers</h3>
        <ol>{pop}</ol>
      </section>
      <section class="rail-module rail-module--picks">
        <h3 class="rail-module__title">Editors\u2019 Picks</h3>{''.join(picks)}
      </section>
      <section class="rail-module rail-module--advisor">
        <h3 class="rail-module__title"><a href="/advisor/">Forbes Advisor</a></h3>
        <p class="advisor-disclosure"><a href="/advisor/advertiser-disclosure/">Advertiser Disclosure</a></p>
        <ul>{advisor}</ul>
      </section>
      <section class="rail-module rail-module--paid">
        <h3 class="rail-module__title">Paid Program</h3>{''.join(brand)}
      </section>
      <section class="rail-module rail-module--newsletter">
        <h3 class="rail-module__title">Forbes Careers Newsletter</h3>
        <p>Weekly advice from our contributors on getting ahead at work.</p>
        <form action="/newsletters/signup/" method="post"><input type="hidden" name="list" value="careers">
          <input type="email" name="email" placeholder="Email address"><button type="submit">Sign Up</button></form>
        <a href="/newsletters/">See all newsletters</a>
      </section>
    </aside>"""


def footer() -> str:
    return """
<footer class="footer">
  <a class="footer__logo" href="/">Forbes</a>
  <ul class="footer__links">
    <li><a href="/fdc/terms.html">Terms and Conditions</a></li>
    <li><a href="/fdc/privacy.html">Privacy Statement</a></li>
    <li><a href="/fdc/contactus.html">Contact Us</a></li>
    <li><a href="/fdc/mediakit.html">Advertise</a></li>
    <li><a href="/connect/">Forbes Contributor Network</a></li>
    <li><a href="/fdc/sitemap.html">Sitemap</a></li>
    <li><a href="/help/">Help</a></li>
    <li><a href="https://www.forbesmagazine.example/digital-editions?cmp=footer">Digital Editions</a></li>
  </ul>
  <ul class="footer__social">
    <li><a href="https://www.facebook.com/forbes.example">Facebook</a></li>
    <li><a href="https://twitter.com/forbes_example">Twitter</a></li>
    <li><a href="https://www.instagram.com/forbes_example/">Instagram</a></li>
  </ul>
  <p>&copy; 2024 Forbes Media LLC. All Rights Reserved.</p>
</footer>
<script src="/assets/author-stream.7f3c9e2.js" defer></script>
</body>
</html>
"""


def page(n: int, total: int) -> str:
    start = sum(PER_PAGE[: n - 1])
    cols = COLUMNS[start : start + PER_PAGE[n - 1]]
    items = []
    for k, c in enumerate(cols):
        items.append(stream_item(start + k, c, start + k + 1))
        if k == 4:
            items.append(trending_block())
    more = (
        f'<a class="load-more" href="{list_href(n + 1)}" data-ga-track="Author Stream - Load More">Load More</a>'
        if n < total else ""
    )
    return (
        head(n)
        + header()
        + f"""
<main class="main-content main-content--author">
  {contributor_header()}
  <div class="author-body">
    <section class="author-stream" aria-label="Stories by {AUTHOR}">
      <h2 class="author-stream__heading">Latest</h2>
      <div class="stream">{''.join(items)}
      </div>
      {more}
    </section>
    {sidebar()}
  </div>
</main>"""
        + footer()
    )


def feed() -> str:
    items = []
    for k, c in enumerate(COLUMNS):
        when = dt.datetime(c["date"].year, c["date"].month, c["date"].day, 6 + k % 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        items.append(f"""    <item>
      <title>{e(c['title'])}</title>
      <link>{O}{c['path']}</link>
      <guid isPermaLink="false">{c['id']}</guid>
      <pubDate>{format_datetime(when)}</pubDate>
      <dc:creator>{AUTHOR}</dc:creator>
      <category>{e(c['topic'])}</category>
      <description>{e(c['dek'])}</description>
      <media:content url="https://imageio.forbes.example/specials-images/imageserve/{sh_for(c['path'])}/0x0.jpg" medium="image"/>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Daniel Harper - Forbes</title>
    <link>{O}{PAGE}</link>
    <atom:link href="{O}{FEED}" rel="self" type="application/rss+xml"/>
    <description>Leadership, workplace culture and the future of work</description>
    <language>en-us</language>
    <lastBuildDate>Fri, 05 Jan 2024 14:02:11 -0500</lastBuildDate>
{chr(10).join(items)}
  </channel>
</rss>
"""


def main() -> None:
    total = len(PER_PAGE)
    assert sum(PER_PAGE) == len(COLUMNS) and len(set(c["path"] for c in COLUMNS)) == len(COLUMNS)
    base = ROOT / PAGE.strip("/")
    base.mkdir(parents=True, exist_ok=True)
    (base / "index.html").write_text(page(1, total), encoding="utf-8")
    for n in range(2, total + 1):
        body = page(n, total)
        # The site serves the page whatever the order of its query, and without `sh`.
        for q in (f"sh={SH}&page={n}", f"page={n}&sh={SH}", f"page={n}"):
            (base / f"index@{q}.html").write_text(body, encoding="utf-8")
    (base / "feed.xml").write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A US business magazine's contributor-network page: /sites/<contributor>/YYYY/MM/DD/slug/"
            " stream-item cards whose image links carry a ?sh= tracking hash, a 'Load More' anchor"
            " (?sh=...&page=N) whose pages all claim the page-1 canonical, Editors' Picks and"
            " BrandVoice 'Paid Program' cards with the same URL shape under other /sites/ folders,"
            " an unlabelled hashed-class trending block inside the stream, and the contributor's own RSS feed."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
