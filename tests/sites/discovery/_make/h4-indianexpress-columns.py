"""Generate the h4-indianexpress-columns discovery fixture (held out).

An Indian daily on a WordPress-based CMS: the columnist profile
/profile/columnist/pratap-bhanu-mehta/ lists columns at
/article/opinion/columns/<slug>-<7-digit id>/ in <div class="articles"> cards,
paginated /page/N/ with a numbered pager and a "›" next arrow; the sidebar's
"Opinion" rail has the very same URL shape (other columnists), "Most Read" and
"Explained" differ only by section.  The columnist's own feed (feed.xml) and a
site-wide feed are both advertised.
Stdlib only, deterministic: python tests/sites/discovery/_make/h4-indianexpress-columns.py
"""

from __future__ import annotations

import datetime
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h4-indianexpress-columns"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/profile/columnist/pratap-bhanu-mehta/"
AUTHOR = "Pratap Bhanu Mehta"
FEED = PAGE + "feed.xml"


def slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", "")))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# (headline, date, excerpt, premium)
COLUMNS = [
    ('Pratap Bhanu Mehta writes: The election that refused to be a referendum', '2024-06-06',
     'Voters did not reject the government. They rejected the idea that one man could stand in for the whole of politics.', True),
    ('A coalition of compulsions', '2024-05-30',
     'The arithmetic of the next Lok Sabha will discipline ambition more than any manifesto could.', False),
    ('What the verdict says about Indian federalism', '2024-05-23',
     'States have again reminded the Centre that India is a union, not a unitary state with provinces.', False),
    ('Pratap Bhanu Mehta writes: The strange silence of the Indian middle class', '2024-05-16',
     'A class that once defined itself by its political voice now seems content with consumption.', True),
    ('Universities are not factories', '2024-05-09',
     'Rankings, audits and entrance tests have turned higher education into an assembly line.', False),
    ("Pratap Bhanu Mehta writes: Why the Speaker's chair matters more than ever", '2024-05-02',
     'An impartial presiding officer is the first casualty of a Parliament run as a campaign office.', False),
    ('The price of a permanent campaign', '2024-04-25',
     'When every policy is an event, governance becomes a series of announcements.', True),
    ("India's foreign policy needs less theatre", '2024-04-18',
     'Summitry is not strategy, and a photograph is not a partnership.', False),
    ('Pratap Bhanu Mehta writes: On electoral bonds, the court has spoken. Now what?', '2024-03-21',
     'Transparency is the beginning of reform, not its end.', False),
    ('Farmers, again', '2024-02-29',
     'The protests return because the promises of 2021 were never really kept.', False),
    # page 2
    ('Pratap Bhanu Mehta writes: The Governor as a partisan', '2024-02-08',
     "Raj Bhavan has become the Centre's most reliable instrument against elected state governments.", True),
    ('Ayodhya and the idea of the state', '2024-01-25',
     "The consecration was a religious event. The state's role in it was the political one.", False),
    ('The anxiety behind the Uniform Civil Code', '2024-01-11',
     "The code is less about equality than about who gets to define the nation's common sense.", False),
    ('Pratap Bhanu Mehta writes: Manipur is a test the Republic is failing', '2023-12-28',
     'Eight months on, the state is partitioned in all but name.', False),
    ('Growth without jobs is not a model', '2023-12-21',
     'Headline GDP numbers hide an economy that cannot absorb its young.', False),
    ("Delimitation and the south's dilemma", '2023-12-14',
     'Rewarding population growth with seats would punish the states that did what was asked of them.', True),
    ('The courts and the culture of deference', '2023-11-30',
     'Judicial evasion is its own kind of decision.', False),
    ('A new Parliament, old habits', '2023-09-21',
     'A grand building cannot rescue an institution that no longer deliberates.', False),
    ('Pratap Bhanu Mehta writes: What the G20 summit did and did not achieve', '2023-09-14',
     'The Delhi declaration was a diplomatic triumph. Its substance is another matter.', False),
    ("Pratap Bhanu Mehta writes: Why 'One Nation, One Election' is a bad idea", '2023-09-07',
     'Simultaneous polls would centralise politics and weaken accountability.', False),
    # page 3
    ('Reservation, without the data', '2023-08-31',
     'Policy on caste is being made in the dark, and everyone seems to prefer it that way.', False),
    ('Pratap Bhanu Mehta writes: The Chandrayaan moment and its uses', '2023-08-24',
     'Scientific achievement deserves celebration, not conscription into nationalism.', False),
    ('Caste census: Counting is the easy part', '2023-08-17',
     'Numbers will settle nothing unless we agree on what they are for.', True),
    ("Pratap Bhanu Mehta writes: The opposition's alphabet soup", '2023-07-20',
     'INDIA is a name. It is not yet an idea.', False),
    ("Liberalism's long retreat", '2023-07-13',
     'The defenders of liberty have forgotten how to argue for it.', False),
    ('Exam paper leaks are a symptom', '2023-07-06',
     'A system that stakes everything on one test invites its corruption.', False),
]

PAGE_SIZES = [10, 10, 6]


def ids() -> list[int]:
    newest = datetime.date.fromisoformat(COLUMNS[0][1])
    out = []
    for i, c in enumerate(COLUMNS):
        days = (newest - datetime.date.fromisoformat(c[1])).days
        out.append(9087654 - days * 4013 - (i * 7919) % 1500)
    return out


IDS = ids()


def col_path(i: int) -> str:
    return f"/article/opinion/columns/{slugify(COLUMNS[i][0])}-{IDS[i]}/"


MOST_READ = [
    ("india", "Monsoon to hit Kerala by May 31, says IMD", 9087601),
    ("india", "UPSC prelims 2024 admit card released: Direct link, steps to download", 9087588),
    ("india", "Delhi heatwave: Temperature crosses 47 degrees in Mungeshpur", 9087579),
    ("india", "Lok Sabha Election phase 6: Voter turnout at 5 pm is 57.7%", 9087566),
    ("cities/pune", "Pune Porsche crash: Teen's father, grandfather sent to police custody", 9087542),
]

OPINION_RAIL = [
    ("meera-raghavan", "Meera Raghavan", "Meera Raghavan writes: The RBI's dividend is not a windfall", 9087672),
    ("tavleen-arora", "Tavleen Arora", "Fifth Column: The heat, the dust and the voters", 9087665),
    ("ashok-varadarajan", "Ashok Varadarajan", "Why India's trade deals keep stalling", 9087649),
    ("sanjana-kapur", "Sanjana Kapur", "Sanjana Kapur writes: Cities need mayors with power", 9087638),
    ("rohit-deshpande", "Rohit Deshpande", "The spin bowler's art, and the art of coalition", 9087617),
    ("farah-naqvi-rao", "Farah Naqvi Rao", "What the Karnataka results tell us about welfare", 9087604),
]

EDITORIAL = ("Express View on the heatwave: Cities must plan for the new normal", 9087669)
LETTERS = ("Readers write: On exit polls, heat and a long election", 9087633)

EXPLAINED = [
    ("explained/explained-politics", "How the counting of votes works: From EVMs to VVPAT slips", 9087658),
    ("explained/explained-economics", "Why the RBI paid the government a record dividend", 9087621),
    ("explained/explained-climate", "What is a heat dome, and why is north India so hot?", 9087597),
    ("explained", "Who are the Sinhala Buddhist monks protesting in Colombo?", 9087573),
]

STRIP = [
    ("cities/delhi", "Delhi water crisis: Supreme Court asks Himachal to release surplus water", 9087611),
    ("sports/cricket", "T20 World Cup: India beat Ireland by eight wickets", 9087594),
    ("business", "Sensex hits record high ahead of results", 9087581),
    ("entertainment/bollywood", "Box office: Mr and Mrs Mahi opens to Rs 7 crore", 9087569),
]

OTHER_COLUMNISTS = [
    ("meera-raghavan", "Meera Raghavan", "Senior Fellow, Centre for Policy Studies"),
    ("tavleen-arora", "Tavleen Arora", "Columnist"),
    ("suresh-menon-iyer", "Suresh Menon Iyer", "Former Foreign Secretary"),
    ("sanjana-kapur", "Sanjana Kapur", "Urban policy researcher"),
    ("vikram-sood-bhalla", "Vikram Sood Bhalla", "Contributing Editor"),
]

BRAND = [
    ("How one Rajasthan village went solar in six months", 9087502),
    ("Five reasons term insurance is the first financial product you need", 9087455),
]


def art(section: str, head: str, aid: int) -> str:
    return f"/article/{section}/{slugify(head)}-{aid}/"


def ie_date(iso: str, i: int) -> str:
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y") + f" {6 + i % 3:02d}:{(i * 13) % 60:02d} IST"


def header() -> str:
    nav = [
        ("Home", "/"), ("ePaper", "https://epaper.indianexpress-example.com/"), ("India", "/section/india/"),
        ("Explained", "/section/explained/"), ("Opinion", "/section/opinion/"), ("Business", "/section/business/"),
        ("Entertainment", "/section/entertainment/"), ("Sports", "/section/sports/"), ("Politics", "/section/political-pulse/"),
        ("UPSC", "/section/upsc-current-affairs/"), ("Lifestyle", "/section/lifestyle/"), ("Tech", "/section/technology/"),
        ("More", "/section/trending/"),
    ]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in nav)
    strip = "".join(f'<li><a href="{O}{art(s, h, a)}">{esc(h)}</a></li>' for s, h, a in STRIP)
    return f"""<div class="top-bar">
  <ul class="top-links"><li><a href="https://epaper.indianexpress-example.com/">ePaper</a></li><li><a href="/section/today-paper/">Today's Paper</a></li><li><a href="/newsletters/">Newsletters</a></li></ul>
  <div class="user-links"><a class="signin" href="/login/?redirect=%2Fprofile%2Fcolumnist%2Fpratap-bhanu-mehta%2F">Sign In</a> <a class="subscribe-btn" href="/subscribe/?utm_source=profile&amp;utm_medium=header">Subscribe</a></div>
</div>
<header id="header">
  <div class="logo"><a href="{O}/"><img src="/wp-content/themes/indianexpress/images/indian-express-logo-n.svg" alt="The Indian Express"></a></div>
  <nav class="mainnav"><ul class="nav-list">{items}</ul></nav>
</header>
<div class="m-strip"><ul>{strip}</ul></div>
"""


def card(i: int, hero: bool) -> str:
    head, date, excerpt, premium = COLUMNS[i]
    p = col_path(i)
    img = f"https://images.indianexpress-example.com/2024/{IDS[i] % 12 + 1:02d}/pbm-{IDS[i]}.jpg?w=414"
    prem = '<span class="ie-premium"><img src="/wp-content/themes/indianexpress/images/premium.svg" alt="Premium"></span>' if premium else ""
    comments = f' <a class="comment-count" href="{p}#comments">{(IDS[i] % 37) + 3} Comments</a>' if i % 4 == 1 else ""
    if hero:
        share = (
            '<div class="ie-share">'
            f'<a href="https://api.whatsapp.com/send?text={esc(head)}%20{O}{p}%3Futm_source%3Dwhatsapp%26utm_medium%3Dsocial" class="whatsapp">WhatsApp</a>'
            f'<a href="https://twitter.com/intent/tweet?url={O}{p}&amp;via=IndianExpress_example" class="twitter">Twitter</a>'
            f'<a href="https://www.facebook.com/sharer.php?u={O}{p}" class="facebook">Facebook</a>'
            f'<a href="{p}?utm_source=copylink&amp;utm_medium=share" class="copy-link" data-clipboard="true">Copy link</a>'
            "</div>"
        )
        return f"""<div class="articles first ie-first-story">
  <div class="snaps"><a href="{O}{p}"><img src="{img.replace('w=414', 'w=820')}" alt="{esc(head)}" width="820" height="457"></a></div>
  <div class="img-context">
    {prem}<h2 class="title"><a href="{p}" title="{esc(head)}">{esc(head)}</a></h2>
    <div class="date">{ie_date(date, i)}</div>
    <p>{esc(excerpt)}</p>
    {share}
  </div>
</div>
"""
    return f"""<div class="articles">
  <div class="snaps"><a href="{O}{p}"><img src="{img}" alt="{esc(head)}" width="414" height="230" loading="lazy"></a></div>
  <div class="img-context">
    {prem}<div class="title"><a href="{p}" title="{esc(head)}">{esc(head)}</a></div>
    <div class="date">{ie_date(date, i)}{comments}</div>
    <p>{esc(excerpt)}</p>
  </div>
</div>
"""


def pager(n: int) -> str:
    def href(k: int) -> str:
        return PAGE if k == 1 else f"{PAGE}page/{k}/"

    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}">‹</a>')
    for k in range(1, len(PAGE_SIZES) + 1):
        if k == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
    if n < len(PAGE_SIZES):
        parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">›</a>')
    return '<div class="pagination ie-pagination">' + "\n".join(parts) + "</div>"


def sidebar() -> str:
    mr = "".join(
        f'<li><span class="num">{k}</span><a href="{art(s, h, a)}">{esc(h)}</a></li>'
        for k, (s, h, a) in enumerate(MOST_READ, 1)
    )
    op = "".join(
        f'<li><div class="op-title"><a href="{art("opinion/columns", h, a)}">{esc(h)}</a></div>'
        f'<div class="op-author"><a href="/profile/columnist/{slug}/">{name}</a></div></li>'
        for slug, name, h, a in OPINION_RAIL
    )
    op += (
        f'<li><div class="op-title"><a href="{art("opinion/editorials", EDITORIAL[0], EDITORIAL[1])}">{esc(EDITORIAL[0])}</a></div>'
        f'<div class="op-author"><a href="/section/opinion/editorials/">Editorial</a></div></li>'
        f'<li><div class="op-title"><a href="{art("opinion/letters-to-editor", LETTERS[0], LETTERS[1])}">{esc(LETTERS[0])}</a></div>'
        f'<div class="op-author"><a href="/section/opinion/letters-to-editor/">Letters to the Editor</a></div></li>'
    )
    ex = "".join(
        f'<div class="ex-story"><a href="{O}{art(s, h, a)}"><img src="https://images.indianexpress-example.com/2024/05/ex-{a}.jpg?w=200" alt=""></a>'
        f'<h4><a href="{art(s, h, a)}">{esc(h)}</a></h4></div>'
        for s, h, a in EXPLAINED
    )
    return f"""<div class="rightpanel">
  <div class="ie-ads ad-300"><a href="https://ads.example-network.com/click?slot=ie_rhs_1&amp;ord=73381" rel="nofollow sponsored"><img src="https://ads.example-network.com/300x250/ie.png" alt="Advertisement"></a></div>
  <div class="most-read-stories">
    <div class="head"><h3>Most Read</h3></div>
    <ol>{mr}</ol>
  </div>
  <div class="opinion-rhs">
    <div class="head"><h3><a href="/section/opinion/">Opinion</a></h3></div>
    <ul>{op}</ul>
    <a class="more-link" href="/section/opinion/columns/">More Columns</a>
  </div>
  <div class="explained-rhs">
    <div class="head"><h3><a href="/section/explained/">Explained</a></h3></div>
    {ex}
  </div>
  <div class="newsletter-box">
    <h3>The Opinion newsletter</h3>
    <p>The sharpest columns of the week, every Sunday.</p>
    <form action="/newsletters/subscribe/" method="post"><input type="email" name="email" placeholder="Your email"><input type="hidden" name="nl" value="opinion"><button type="submit">Subscribe</button></form>
    <a href="/newsletters/?ref=profile_rhs">All newsletters</a>
  </div>
</div>
"""


def below() -> str:
    oc = "".join(
        f'<li><a class="oc-img" href="/profile/columnist/{slug}/"><img src="https://images.indianexpress-example.com/authors/{slug}.jpg" alt="{name}"></a>'
        f'<a class="oc-name" href="{O}/profile/columnist/{slug}/">{name}</a><span class="oc-desig">{desig}</span></li>'
        for slug, name, desig in OTHER_COLUMNISTS
    )
    brand = "".join(
        f'<div class="brand-card"><span class="brand-tag">Brand Solutions</span>'
        f'<a href="{art("brand-solutions", h, a)}">{esc(h)}</a></div>'
        for h, a in BRAND
    )
    promoted = (
        '<div class="taboola-feed" id="taboola-below-article">'
        '<a href="https://trc.example-recs.com/ie/click?item=88123&amp;redir=https%3A%2F%2Fwww.smartloans.example%2Foffer">Doctors stunned: this simple trick lowers EMI by 40%</a>'
        '<a href="https://trc.example-recs.com/ie/click?item=88124&amp;redir=https%3A%2F%2Fwww.villas-goa.example%2F">Goa sea-view villas from Rs 1.2 crore</a>'
        "</div>"
    )
    return f"""<div class="other-columnists">
  <h3 class="section-head">Other Columnists</h3>
  <ul>{oc}</ul>
  <a href="/profile/columnist/">View all columnists</a>
</div>
<div class="ie-brand-solutions">{brand}</div>
{promoted}
"""


def editors_pick() -> str:
    # one of this columnist's older columns, linked with a referral tag, above the list
    i = 13
    return (
        '<div class="editors-pick"><span class="ep-tag">Editor\'s Pick</span>'
        f'<a href="{col_path(i)}?ref=editors_pick_profile">{esc(COLUMNS[i][0])}</a></div>'
    )


def footer() -> str:
    links = [
        ("About Us", "/about-us/"), ("Contact Us", "/contact-us/"), ("Advertise with us", "/advertise/"),
        ("Privacy Policy", "/privacy-policy/"), ("Terms of Use", "/terms-of-use/"), ("Careers", "/careers/"),
        ("Sitemap", "/sitemap/"), ("Archive", "/archive/"),
    ]
    items = " | ".join(f'<a href="{h}">{t}</a>' for t, h in links)
    return f"""<footer id="footer">
  <div class="footer-links">{items}</div>
  <div class="social"><a href="https://www.facebook.com/indianexpress.example">Facebook</a> <a href="https://twitter.com/IndianExpress_example">Twitter</a> <a href="https://www.youtube.com/@indianexpress.example">YouTube</a></div>
  <p class="copyright">Copyright © 2024 The Indian Express [P] Ltd. All Rights Reserved</p>
</footer>
"""


def page(n: int) -> str:
    start = sum(PAGE_SIZES[: n - 1])
    idx = list(range(start, start + PAGE_SIZES[n - 1]))
    canonical = PAGE if n == 1 else f"{PAGE}page/{n}/"
    cards = "".join(card(i, hero=(n == 1 and k == 0)) for k, i in enumerate(idx))
    ld = [
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "The Indian Express",
         "url": f"{O}/", "logo": {"@type": "ImageObject", "url": f"{O}/wp-content/themes/indianexpress/images/logo.png", "width": 600, "height": 60}},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{O}/"},
            {"@type": "ListItem", "position": 2, "name": "Profile", "item": f"{O}/profile/"},
            {"@type": "ListItem", "position": 3, "name": "Columnist", "item": f"{O}/profile/columnist/"},
            {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": f"{O}{PAGE}"}]},
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": k + 1, "url": f"{O}{col_path(i)}", "name": COLUMNS[i][0]}
            for k, i in enumerate(idx)]},
    ]
    lds = "\n".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>' for x in ld)
    title = f"{AUTHOR} | The Indian Express" if n == 1 else f"{AUTHOR} | Page {n} of {len(PAGE_SIZES)} | The Indian Express"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Pratap Bhanu Mehta: Read the latest opinion columns and articles by Pratap Bhanu Mehta, Contributing Editor, on The Indian Express.">
<link rel="canonical" href="{O}{canonical}">
<link rel="alternate" type="application/rss+xml" title="The Indian Express &raquo; Feed" href="{O}/feed.xml">
<link rel="alternate" type="application/rss+xml" title="The Indian Express &raquo; Pratap Bhanu Mehta Feed" href="{O}{FEED}">
<link rel="amphtml" href="{O}{canonical}lite/">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{O}{canonical}">
<meta property="og:site_name" content="The Indian Express">
<link rel="stylesheet" href="/wp-content/themes/indianexpress/css/profile.css?ver=8.4.2">
{lds}
</head>
<body class="archive author author-pratap-bhanu-mehta{'' if n == 1 else ' paged paged-' + str(n)}">
{header()}
<div class="container">
  <div class="breadcrumb"><a href="/">Home</a> / <a href="/profile/">Profile</a> / <a href="{'../' if n == 1 else '../../../'}">Columnist</a> / <span>{AUTHOR}</span></div>
  <div class="row">
    <div class="leftpanel">
      <div class="author-profile">
        <div class="author-img"><img src="https://images.indianexpress-example.com/authors/pratap-bhanu-mehta.jpg" alt="{AUTHOR}"></div>
        <div class="author-details">
          <h1>{AUTHOR}</h1>
          <p class="designation">Contributing Editor</p>
          <p class="bio">Pratap Bhanu Mehta is a contributing editor at The Indian Express. He writes on politics, constitutional law and the history of ideas.</p>
          <div class="author-follow"><a href="https://twitter.com/pbmehta_example">Follow</a> <a href="{FEED}">RSS</a></div>
          <ul class="author-tags"><li><a href="/about/indian-politics/">Indian politics</a></li><li><a href="/about/supreme-court/">Supreme Court</a></li><li><a href="/about/democracy/">Democracy</a></li></ul>
        </div>
      </div>
      {editors_pick()}
      <div class="author-articles">
        <h2 class="section-head">Latest by {AUTHOR}</h2>
{cards}      </div>
      {pager(n)}
    </div>
{sidebar()}
  </div>
{below()}
</div>
{footer()}
<script src="/wp-content/themes/indianexpress/js/main.min.js?ver=8.4.2" defer></script>
</body>
</html>
"""


def rfc822(iso: str, i: int) -> str:
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%a, %d %b %Y") + f" {1 + i % 3:02d}:{(i * 13) % 60:02d}:00 +0000"


def own_feed() -> str:
    items = []
    for i in range(12):
        head, date, excerpt, _p = COLUMNS[i]
        link = f"{O}{col_path(i)}"
        items.append(
            f"<item>\n<title>{esc(head)}</title>\n<link>{link}</link>\n"
            f"<dc:creator><![CDATA[{AUTHOR}]]></dc:creator>\n<pubDate>{rfc822(date, i)}</pubDate>\n"
            f"<category><![CDATA[Columns]]></category>\n<guid isPermaLink=\"false\">{O}/?p={IDS[i]}</guid>\n"
            f"<description><![CDATA[{excerpt}]]></description>\n</item>\n"
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
<title>{AUTHOR} &#8211; The Indian Express</title>
<atom:link href="{O}{FEED}" rel="self" type="application/rss+xml" />
<link>{O}{PAGE}</link>
<description>Latest columns by {AUTHOR}</description>
<lastBuildDate>{rfc822(COLUMNS[0][1], 0)}</lastBuildDate>
<language>en-US</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
{''.join(items)}</channel>
</rss>
"""


def site_feed() -> str:
    entries = [(art(s, h, a), h, "Express News Service", "India") for s, h, a in MOST_READ[:3]]
    entries.insert(1, (col_path(0), COLUMNS[0][0], AUTHOR, "Columns"))
    entries += [(art("opinion/columns", h, a), h, name, "Columns") for _s, name, h, a in OPINION_RAIL[:3]]
    entries += [(art(s, h, a), h, "Express Web Desk", "Explained") for s, h, a in EXPLAINED[:2]]
    entries += [(art(s, h, a), h, "Express Sports Desk", "Sports") for s, h, a in STRIP[:2]]
    entries.append((art("opinion/editorials", EDITORIAL[0], EDITORIAL[1]), EDITORIAL[0], "Editorial", "Editorials"))
    items = "".join(
        f"<item><title>{esc(h)}</title><link>{O}{p}</link><dc:creator><![CDATA[{by}]]></dc:creator>"
        f"<pubDate>Thu, 06 Jun 2024 {12 - k:02d}:{(k * 7) % 60:02d}:00 +0000</pubDate>"
        f"<category><![CDATA[{cat}]]></category><guid isPermaLink=\"true\">{O}{p}</guid></item>\n"
        for k, (p, h, by, cat) in enumerate(entries)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>The Indian Express</title>
<atom:link href="{O}/feed.xml" rel="self" type="application/rss+xml" />
<link>{O}/</link>
<description>Latest news from India and the world</description>
<language>en-US</language>
{items}</channel>
</rss>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / PAGE.strip("/")
    d.mkdir(parents=True)
    (d / "index.html").write_text(page(1), encoding="utf-8")
    for n in range(2, len(PAGE_SIZES) + 1):
        pd = d / "page" / str(n)
        pd.mkdir(parents=True)
        (pd / "index.html").write_text(page(n), encoding="utf-8")
    (d / "feed.xml").write_text(own_feed(), encoding="utf-8")
    (OUT / "feed.xml").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "Indian Express-like columnist profile: div.articles cards, /page/N/ numbered pager with "
            "a '›' next arrow; the sidebar Opinion rail of other columnists has the identical "
            "/article/opinion/columns/<slug>-<id>/ shape and close ids, and both a site-wide and "
            "the columnist's own feed are advertised."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGE_SIZES),
        "author": AUTHOR,
        "columns": [col_path(i) for i in range(len(COLUMNS))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
