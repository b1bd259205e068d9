"""Generate the h7-nation-africa fixture: a Kenyan daily's columnist page (stdlib only)."""

import datetime as dt
import html
import json
import re
from pathlib import Path

NAME = "h7-nation-africa"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/kenya/blogs-opinion/opinion/columnists/jane-wanjiku"
BASE = "/kenya/blogs-opinion/opinion/"
AUTHOR = "Jane Wanjiku"

TITLES = [
    "Finance Bill protests show Gen Z will no longer be ignored",
    "Housing levy: Who really pays?",
    "Why our universities are broke and what to do about it",
    "The quiet crisis in Kenya’s public hospitals",
    "Matatu culture is our national art gallery",
    "Teachers deserve better than endless promises",
    "Nairobi floods were a disaster foretold",
    "Dear MPs, stop raising your own pay",
    "What Ruto must learn from the doctors’ strike",
    "Hustler Fund: A year later, the numbers don’t add up",
    "Our girls are still missing school over sanitary pads",
    "Devolution at ten: Counties need more than money",
    "Tax the rich, not the boda boda rider",
    "Sing, Kenya",
    "The CBC debate is about our children, not politics",
    "Social media has become our new parliament",
    "Corruption is not a culture. It is a choice",
    "Why I still believe in the Kenyan dream",
    "Land grabbing is back, and the poor pay the price",
    "Let us talk honestly about mental health",
    "Farmers need fair prices, not free fertiliser photos",
    "Our roads are killing us",
    "Power cuts are a tax on small business",
    "Eurobond debt will haunt the next generation",
    "Women in politics: Still fighting for a seat at the table",
    "The price of unga",
]
PER_PAGE = [10, 10, 6]
OLDER_IN_BOX = [  # the "From the same columnist" box also shows two older columns of hers
    "Kenya must stop borrowing to pay salaries",
    "When will we take road safety seriously?",
]

TRENDING = [
    ("Ruto reshuffles Cabinet in surprise move", 4489001),
    ("Heavy rains: Met warns of flash floods in Nairobi", 4488976),
    ("KCSE 2023 results: Top schools and candidates", 4488932),
    ("Shilling gains against dollar for fifth week", 4488901),
    ("Police launch manhunt after Kitengela robbery", 4488877),
]
OTHER_OPINION = [
    ("Macharia Gaitho", "macharia-gaitho", "The opposition has lost its voice", 4489087),
    ("Nanjala Nyabola", "nanjala-nyabola", "Digital IDs without safeguards are a threat", 4489063),
    ("Peter Kagwanja", "peter-kagwanja", "Kenya’s diplomatic gamble in Haiti", 4489041),
    ("Mutahi Ngunyi", "mutahi-ngunyi", "Tribe still decides our elections", 4489019),
]


def slugify(text):
    text = text.replace("’", "").replace("'", "").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def esc(s):
    return html.escape(s, quote=True)


def columns():
    out, ident, day = [], 4489214, dt.date(2024, 1, 6)
    for i, t in enumerate(TITLES + OLDER_IN_BOX):
        out.append((f"{BASE}{slugify(t)}-{ident}", t, day))
        ident -= 7800 + (i * 613) % 2100
        day -= dt.timedelta(days=7 if i % 3 else 4)
    return out


def head(page_no):
    canon = "{{origin}}" + PAGE + ("" if page_no == 1 else f"?page={page_no}")
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Kenya", "item": "{{origin}}/kenya"},
                {"@type": "ListItem", "position": 2, "name": "Blogs & Opinion", "item": "{{origin}}/kenya/blogs-opinion"},
                {"@type": "ListItem", "position": 3, "name": "Opinion", "item": "{{origin}}/kenya/blogs-opinion/opinion"},
                {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": "{{origin}}" + PAGE},
            ],
        },
        {
            "@context": "https://schema.org",
            "@type": "NewsMediaOrganization",
            "name": "Nation",
            "url": "{{origin}}/kenya",
            "parentOrganization": {"@type": "Organization", "name": "Nation Media Group"},
        },
    ]
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Jane Wanjiku | Nation</title>
<meta name="description" content="Latest columns by Jane Wanjiku - Nation">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{canon}">
<link rel="stylesheet" type="text/css" href="/resource/css/nation-default.css?v=3.14.2">
<link rel="shortcut icon" href="/resource/img/nation/favicon.ico">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var dataLayer=[{{"pageType":"author","section":"blogs-opinion/opinion","author":"Jane Wanjiku"}}];</script>
</head>
"""


def header():
    secs = [
        ("/kenya/news", "News"),
        ("/kenya/counties", "Counties"),
        ("/kenya/business", "Business"),
        ("/kenya/blogs-opinion", "Opinion"),
        ("/kenya/sports", "Sports"),
        ("/kenya/life-and-style", "Life &amp; Style"),
        ("/kenya/health", "Health"),
        ("/kenya/gender", "Gender"),
        ("/kenya/brand-book", "Brand Book"),
    ]
    li = "\n".join(f'      <li><a href="{h}">{t}</a></li>' for h, t in secs)
    return f"""<body class="body-author">
<div id="page">
<div class="ad-leaderboard"><a href="https://ads.example-network.com/nmg?zone=leader&amp;cb=1704531" target="_blank" rel="nofollow"><img src="https://ads.example-network.com/728x90.gif" width="728" height="90" alt=""></a></div>
<div class="top-bar">
  <span class="top-bar_date">Saturday, January 06, 2024</span>
  <a href="https://epaper.nation.africa/?utm_source=nation&amp;utm_medium=topbar">ePaper</a>
  <a class="top-bar_subscribe" href="/kenya/subscribe">Subscribe</a>
  <a class="top-bar_login" href="/kenya/account/login?redirect={PAGE}">Sign in</a>
</div>
<header class="main-header">
  <a class="logo" href="/kenya"><img src="/resource/img/nation/logo.png" alt="Nation"></a>
  <nav class="main-menu">
    <ul class="main-menu_list">
{li}
      <li class="main-menu_more"><a href="/kenya/sections">More</a></li>
    </ul>
  </nav>
  <div class="sub-menu">
    <a href="/kenya/blogs-opinion/editorials">Editorials</a> |
    <a href="/kenya/blogs-opinion/opinion">Opinion</a> |
    <a href="/kenya/blogs-opinion/letters">Letters</a> |
    <a href="/kenya/blogs-opinion/cartoons">Cartoons</a> |
    <a href="/kenya/blogs-opinion/blogs">Blogs</a>
  </div>
</header>
"""


def teaser(path, title, day, n, hero=False):
    rel = "../" + path[len(BASE):]  # relative to .../opinion/columnists/
    href = [path, "{{origin}}" + path, rel][n % 3]
    date = f"{day:%A, %B} {day.day:02d}, {day:%Y}"
    if hero:
        return f"""      <li class="story-teaser story-teaser--lead" itemscope itemtype="https://schema.org/NewsArticle">
        <meta itemprop="url" content="{{{{origin}}}}{path}">
        <a href="{href}">
          <figure class="article-picture"><img src="/resource/image/{path[-7:]}/landscape_ratio16x9/960/540/lead.jpg" alt="{esc(title)}"></figure>
          <h2 class="teaser-image-large_title title-large">{esc(title)}</h2>
        </a>
        <p class="teaser-image-large_summary">In this week’s column, {esc(AUTHOR)} argues that {esc(title[0].lower() + title[1:])}.</p>
        <p class="teaser-meta"><span class="author">By <a href="{PAGE}">Jane Wanjiku</a></span> <span class="date">{date}</span> <a class="comments" href="{path}#comments"><span>23</span> comments</a></p>
      </li>
"""
    img = ""
    if n % 2:
        img = f'<figure class="article-picture"><img src="/resource/image/{path[-7:]}/landscape_ratio3x2/320/213/thumb.jpg" alt=""></figure>'
    extra = ""
    if n % 4 == 1:
        extra = f' <a class="comments" href="{path}#comments"><span>{(n * 7) % 40 + 2}</span></a>'
    return f"""      <li class="story-teaser" itemscope itemtype="https://schema.org/NewsArticle">
        <meta itemprop="url" content="{{{{origin}}}}{path}">
        <a href="{href}">{img}<h3 class="teaser-image-large_title">{esc(title)}</h3></a>
        <span class="date">{date}</span>{extra}
      </li>
"""


def sidebar(box):
    trend = "\n".join(
        f'      <li><span class="num">{i}</span><a href="/kenya/news/{slugify(t)}-{ident}">{esc(t)}</a></li>'
        for i, (t, ident) in enumerate(TRENDING, 1)
    )
    same = "\n".join(
        f'      <li><a href="{p}"><h4>{esc(t)}</h4></a></li>' for p, t, _ in box
    )
    other = "\n".join(
        f"""      <li class="story-teaser story-teaser--small">
        <a href="{BASE}{slugify(t)}-{ident}"><h3 class="teaser-image-large_title">{esc(t)}</h3></a>
        <span class="author"><a href="{BASE}columnists/{slug}">{name}</a></span>
      </li>"""
        for name, slug, t, ident in OTHER_OPINION
    )
    return f"""  <aside class="col-sidebar">
    <div class="box box-trending">
      <h2 class="box_title">Trending</h2>
      <ol class="list-numbered">
{trend}
      </ol>
    </div>
    <div class="box box-author-more">
      <h2 class="box_title">From the same columnist</h2>
      <ul>
{same}
      </ul>
    </div>
    <div class="box box-opinion">
      <h2 class="box_title"><a href="/kenya/blogs-opinion/opinion">Opinion</a></h2>
      <ul class="teaser-list">
{other}
      </ul>
      <a class="box_more" href="/kenya/blogs-opinion/opinion">More opinion</a>
    </div>
    <div class="box box-sponsored">
      <h2 class="box_title">Brand Book</h2>
      <ul>
        <li><a href="/brand-book/how-safaricom-is-bridging-the-digital-divide-4488120"><span class="label">Sponsored</span> How Safaricom is bridging the digital divide</a></li>
        <li><a href="/brand-book/invest-in-your-future-with-a-sacco-4487555"><span class="label">Sponsored</span> Invest in your future with a Sacco</a></li>
        <li><a href="/kenya/blogs-opinion/opinion/partner-content-the-case-for-green-bonds-4488640"><span class="label">Partner content</span> The case for green bonds</a></li>
      </ul>
    </div>
    <div class="box box-letters">
      <h2 class="box_title">Letters</h2>
      <ul>
        <li><a href="/kenya/blogs-opinion/letters/fix-the-sgr-pricing-mess-4488812">Fix the SGR pricing mess</a></li>
        <li><a href="/kenya/blogs-opinion/letters/reply-to-jane-wanjiku-on-housing-4488790">Reply to Jane Wanjiku on housing</a></li>
      </ul>
    </div>
    <div class="box box-newsletter">
      <h2 class="box_title">Get the Nation newsletter</h2>
      <form action="/kenya/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><input type="submit" value="Sign up"></form>
    </div>
    <div class="ad-mpu"><a href="https://ads.example-network.com/nmg?zone=mpu&amp;cb=1704531" rel="nofollow"><img src="https://ads.example-network.com/300x250.gif" alt=""></a></div>
  </aside>
"""


def pager(page_no, last):
    nums = []
    for k in range(1, last + 1):
        href = PAGE if k == 1 else f"?page={k}"
        if k == page_no:
            nums.append(f'<li class="pager-current"><span>{k}</span></li>')
        else:
            nums.append(f'<li><a href="{href}">{k}</a></li>')
    more = (
        f'<div class="load-more"><a class="btn load-more_button" href="?page={page_no + 1}">Load more</a></div>\n'
        if page_no < last
        else ""
    )
    return f"""    {more}    <ul class="pager">{"".join(nums)}</ul>
"""


def footer():
    return """<footer class="main-footer">
  <div class="footer-links">
    <a href="/kenya/about-us">About us</a>
    <a href="/kenya/contact-us">Contact us</a>
    <a href="/kenya/editorial-policy">Editorial policy</a>
    <a href="/kenya/blogs-opinion/letters/write-to-us">Write to the editor</a>
    <a href="/kenya/terms-and-conditions">Terms &amp; conditions</a>
    <a href="/kenya/privacy-policy">Privacy policy</a>
    <a href="https://www.nationmedia.com/careers">Careers</a>
  </div>
  <div class="footer-social">
    <a href="https://www.facebook.com/DailyNation">Facebook</a>
    <a href="https://twitter.com/dailynation">Twitter</a>
    <a href="https://www.youtube.com/@NTVKenya">YouTube</a>
  </div>
  <p>&copy; 2024 Nation Media Group. All rights reserved.</p>
</footer>
</div>
<script src="/resource/js/nation-default.js?v=3.14.2"></script>
</body>
</html>
"""


def build():
    cols = columns()
    listed = cols[: sum(PER_PAGE)]
    pages, start = [], 0
    for n in PER_PAGE:
        pages.append(listed[start : start + n])
        start += n
    box = [cols[12], cols[15], cols[-2], cols[-1]]
    d = OUT / PAGE.strip("/")
    d.mkdir(parents=True, exist_ok=True)
    for page_no, chunk in enumerate(pages, 1):
        parts = [head(page_no), header()]
        parts.append(
            f"""<div class="container">
  <ol class="breadcrumb"><li><a href="/kenya">Home</a></li><li><a href="/kenya/blogs-opinion">Blogs &amp; Opinion</a></li><li><a href="/kenya/blogs-opinion/opinion">Opinion</a></li><li>Jane Wanjiku</li></ol>
  <div class="col-main">
    <div class="author-profile">
      <img class="author-profile_photo" src="/resource/image/4122051/portrait_ratio1x1/200/200/jane-wanjiku.jpg" alt="Jane Wanjiku">
      <h1 class="author-profile_name">Jane Wanjiku</h1>
      <p class="author-profile_bio">Jane Wanjiku is a Nairobi-based writer on governance, public finance and social policy. She writes every Saturday. Email: jwanjiku@ke.nationmedia.com</p>
      <p class="author-profile_social"><a href="https://twitter.com/janewanjiku_ke">@janewanjiku_ke</a></p>
    </div>
    <div class="topics">Topics: <a href="/kenya/topics/finance-bill">Finance Bill</a> <a href="/kenya/topics/housing-levy">Housing levy</a> <a href="/kenya/topics/devolution">Devolution</a></div>
    <ul class="story-teasers-list">
"""
        )
        for i, (p, t, day) in enumerate(chunk):
            parts.append(teaser(p, t, day, i, hero=(page_no == 1 and i == 0)))
            if i == 3:
                parts.append(
                    f'      <li class="share-row"><a href="https://www.facebook.com/sharer/sharer.php?u={{{{origin}}}}{p}">Share</a> '
                    f'<a href="https://api.whatsapp.com/send?text={{{{origin}}}}{p}">WhatsApp</a> '
                    f'<a href="{p}?utm_source=whatsapp&amp;utm_medium=social">Link</a></li>\n'
                )
            if i == 6:
                parts.append(
                    f'      <li class="promo-inline"><a href="{{{{origin}}}}{p}?ref=homepage">Most read this week: {esc(t)}</a></li>\n'
                )
        parts.append("    </ul>\n")
        parts.append(pager(page_no, len(pages)))
        parts.append("  </div>\n")
        parts.append(sidebar(box))
        parts.append("</div>\n")
        parts.append(footer())
        name = "index.html" if page_no == 1 else f"index@page={page_no}.html"
        (d / name).write_text("".join(parts), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "Imitates a Kenyan daily (Nation Africa) on an old Escenic-style CMS: li.story-teaser cards whose link wraps "
        "an h3, 'Load more' plus a numbered pager; hard: the 'Opinion' rail of other columnists, partner content and letters "
        "share the columns' /kenya/blogs-opinion/.../slug-1234567 shape.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(pages),
        "author": AUTHOR,
        "columns": [c[0] for c in cols],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
