"""Generate the h3-japantimes-commentary discovery fixture (stdlib only, deterministic).

A Japanese English-language daily on a WordPress VIP build (not the classic theme):
an author archive at /author/hiroshi-tanaka/ whose items are <div class="article"> blocks
with <p class="article-title"><a> titles (no heading elements in the list), thumbnails in
separate links, a numbered pager with "Next »" at /author/hiroshi-tanaka/page/N/.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h3-japantimes-commentary"
ROOT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Hiroshi Tanaka"
AUTHOR_SLUG = "hiroshi-tanaka"
BASE = f"/author/{AUTHOR_SLUG}/"
PER_PAGE = [10, 10, 8]

# (sub-section, headline, synopsis)
COLUMNS = [
    ("japan", "Noto's lessons",
     "The New Year's Day earthquake exposed how thin the safety net has become in Japan's aging coastal towns."),
    ("japan", "The LDP's slush fund scandal is a test of voters, not just of factions",
     "Prosecutors can count the kickbacks. Only the electorate can decide whether the faction system survives."),
    ("asia-pacific", "Taiwan's election and Tokyo's quiet calculus",
     "Whoever wins in Taipei, Japan has already begun planning for a harder decade in the strait."),
    ("business", "The Bank of Japan's exit will be slower than markets hope",
     "Ending negative rates is the easy part. Shrinking a balance sheet the size of the economy is not."),
    ("japan", "Japan needs immigrants, and it should say so",
     "The technical intern program is being renamed. The hypocrisy at its core should be retired too."),
    ("world", "Beijing's seafood ban was never about science",
     "China's response to the Fukushima release tells us more about leverage than about tritium."),
    ("japan", "A defense budget without a strategy",
     "Doubling spending by 2027 is a number in search of a plan, and taxpayers deserve to see the plan."),
    ("asia-pacific", "What Japan can learn from South Korea's birthrate failure",
     "Seoul spent heavily and got the lowest fertility rate on Earth. Tokyo should study why."),
    ("business", "Osaka Expo overruns",
     "The budget has doubled and the pavilions are late. It is time to ask what the event is for."),
    ("world", "APEC in San Francisco showed a region hedging its bets",
     "Leaders came to talk about trade, and left having mostly talked about each other."),
    ("japan", "Shrinking towns deserve honest planning",
     "Compact-city policies work only when local governments are allowed to say which districts will close."),
    ("business", "Toyota's hydrogen bet looks lonelier every year",
     "The carmaker may yet be proved right, but the rest of the industry is no longer waiting to find out."),
    ("business", "Work-style reform, five years on",
     "Overtime caps have arrived in trucking and medicine. The harder change is in the office culture."),
    ("japan", "Why Tokyo stays affordable when other megacities do not",
     "Permissive national zoning is the least glamorous and most successful housing policy in the rich world."),
    ("business", "The quiet end of lifetime employment",
     "Mid-career hiring has become normal at firms that once promised a job for life. Pensions have not caught up."),
    ("japan", "Fukushima water release: trust is the real cleanup",
     "The IAEA's approval settled the technical argument. The social one will take much longer."),
    ("asia-pacific", "Japan and the Philippines are finally talking like allies",
     "A reciprocal access agreement would formalize what the two coast guards already practice at sea."),
    ("japan", "The My Number fiasco",
     "Linking health insurance to a glitch-ridden ID card was a policy made for a press release."),
    ("world", "Is the G7 still worth hosting?",
     "The club of rich democracies matters less each year, which is exactly why Japan should keep investing in it."),
    ("japan", "An aging Diet for an aging nation",
     "The average lawmaker is older than ever, and it shows in which problems get attention."),
    ("business", "Semiconductor subsidies need an exit plan",
     "Rapidus and TSMC's Kumamoto plant are bold bets. Bold bets also need a date when the state steps back."),
    ("japan", "The case for a four-day week in Kasumigaseki",
     "If the ministries cannot recruit, they will have to compete on the one thing they can still offer: time."),
    ("world", "Ukraine aid tests the limits of Japanese pacifism",
     "Tokyo's generous civilian support is real. So is the line it will not cross on weapons."),
    ("japan", "Inbound tourism without overtourism",
     "Kyoto's buses are full and its residents are angry. Pricing, not slogans, will spread the crowds."),
    ("world", "After Hiroshima, what?",
     "The summit's disarmament statement was historic in setting and modest in substance."),
    ("business", "Wage growth that finally beats inflation? Not yet",
     "The spring wage offensive delivered the biggest raises in three decades, and real wages still fell."),
    ("japan", "Local elections nobody contests",
     "A quarter of town assembly seats were filled without a vote. Democracy at the bottom is hollowing out."),
    ("asia-pacific", "Seoul and Tokyo, one handshake at a time",
     "Yoon and Kishida have repaired more in a year than their predecessors did in a decade. It remains fragile."),
]

GAPS = [4, 10, 7, 7, 8, 6, 9, 7, 12, 7, 6, 8, 10, 7, 9, 7, 14, 8, 7, 9, 6, 11, 7, 8, 10, 7, 9]

OTHER_COMMENTARY = [
    ("/commentary/2024/01/04/world/red-sea-shipping-asia/", "Red Sea attacks are Asia's problem too", "Michael Hart", "michael-hart"),
    ("/commentary/2024/01/04/japan/new-nisa-savers/", "The new NISA will not turn savers into investors overnight", "Kuniko Sato", "kuniko-sato"),
    ("/commentary/2024/01/03/asia-pacific/pacific-islands-forum/", "The Pacific Islands are choosing partners, not sides", "Daniel Moreau", "daniel-moreau"),
    ("/commentary/2024/01/02/world/2024-election-year/", "Half the world votes in 2024", "Rina Okada", "rina-okada"),
    ("/commentary/2024/01/02/business/shunto-2024-outlook/", "What this year's shunto needs to deliver", "Kuniko Sato", "kuniko-sato"),
]
EDITORIALS = [
    ("/commentary/2024/01/05/editorials/quake-relief-priorities/", "Quake relief must reach the isolated peninsula first"),
    ("/commentary/2024/01/03/editorials/haneda-runway-collision/", "Haneda collision demands a hard look at runway procedures"),
]
READER_MAIL = [
    ("/commentary/2024/01/03/reader-mail/english-education-reform/", "English education needs more than new textbooks"),
    ("/commentary/2023/12/28/reader-mail/rural-bus-routes/", "Rural bus routes are a lifeline"),
]
MOST_READ = [
    ("/news/2024/01/05/national/noto-quake-death-toll-rises/", "Noto quake death toll rises as rescuers race to reach isolated villages"),
    ("/news/2024/01/04/business/nikkei-first-session-2024/", "Nikkei slips in first session of 2024 as quake and yen weigh"),
    ("/news/2024/01/05/national/haneda-jal-coast-guard-investigation/", "Investigators recover cockpit voice recorder from coast guard plane"),
    ("/life/2024/01/03/food/osechi-ryori-delivery-boom/", "The osechi delivery boom, explained"),
    ("/sports/2024/01/04/baseball/ohtani-dodgers-press-conference/", "Ohtani says he is ready for spring training after elbow surgery"),
]
LATEST = [
    ("/news/2024/01/05/national/ishikawa-evacuation-centers/", "Ishikawa opens more evacuation centers as cold snap arrives"),
    ("/news/2024/01/05/asia-pacific/taiwan-campaign-final-week/", "Taiwan candidates enter final week of campaign"),
    ("/news/2024/01/05/business/toyota-recall-january/", "Toyota recalls 50,000 vehicles over airbag sensor"),
]
PR_TIMES = [
    ("/pr-times/2024/01/05/business/hokuriku-sake-brewers-crowdfunding/", "Hokuriku sake brewers launch crowdfunding drive"),
    ("https://prtimes.jp/main/html/rd/p/000000412.000031877.html", "New AI translation app for inbound travelers released"),
    ("/pr-times/2024/01/04/corporate/kansai-startup-series-b/", "Kansai logistics startup closes Series B round"),
]


def slugify(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def build_columns():
    out = []
    day = dt.date(2024, 1, 5)
    for i, (sub, title, syn) in enumerate(COLUMNS):
        if i:
            day -= dt.timedelta(days=GAPS[i - 1])
        words = slugify(title).split("-")
        slug = "-".join(words[:9])
        path = f"/commentary/{day:%Y/%m/%d}/{sub}/{slug}/"
        out.append({"path": path, "title": title, "syn": syn, "date": day, "sub": sub, "img": i % 3 != 2})
    return out


def e(s: str) -> str:
    return html.escape(s, quote=True)


def href(p: str) -> str:
    return p if p.startswith("http") else "{{origin}}" + p


def item(c, lead=False) -> str:
    d = c["date"]
    sub_label = {"japan": "Japan", "world": "World", "business": "Business", "asia-pacific": "Asia-Pacific"}[c["sub"]]
    date_txt = f"{d:%b} {d.day}, {d:%Y}"
    cls = "article article--featured" if lead else "article"
    img = ""
    if c["img"] or lead:
        size = "800x533" if lead else "336x224"
        img = (
            f'<div class="article-image"><a href="{href(c["path"])}" tabindex="-1">'
            f'<img src="https://cdn-japantimes.example/wp-content/uploads/{d:%Y/%m}/{slugify(c["title"])[:24]}-{size}.jpg"'
            f' alt="" loading="lazy" width="{size.split("x")[0]}"></a></div>'
        )
    extra = ""
    if lead:
        extra = (
            f'<div class="article-share"><a class="share-x" href="https://twitter.com/intent/tweet?url='
            f'{e("https://www.japantimes.example" + c["path"])}&amp;text={e(c["title"])}" rel="noopener" target="_blank">X</a>'
            f' <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={e("https://www.japantimes.example" + c["path"])}" target="_blank">Facebook</a>'
            f' <a class="comments-count" href="{c["path"]}#comments">Join the discussion</a></div>'
        )
    return f"""      <div class="{cls}">
        {img}
        <div class="article-body">
          <p class="article-hat"><a href="/commentary/{c['sub']}/">{sub_label}</a></p>
          <p class="article-title"><a href="{href(c['path'])}">{e(c['title'])}</a></p>
          <p class="article-synopsis">{e(c['syn'])}</p>
          <div class="article-meta"><span class="credit">by <a href="{BASE}">{AUTHOR}</a></span>
            <span class="publish-date"><time datetime="{d.isoformat()}T05:00:00+09:00">{date_txt}</time></span></div>
          {extra}
        </div>
      </div>
"""


def pager(n: int, total: int) -> str:
    parts = []
    if n > 1:
        prev = BASE if n == 2 else f"{BASE}page/{n - 1}/"
        parts.append(f'<a class="prev page-numbers" href="{prev}">&laquo; Previous</a>')
    for k in range(1, total + 1):
        url = BASE if k == 1 else f"{BASE}page/{k}/"
        if k == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{url}">{k}</a>')
    if n < total:
        parts.append(f'<a class="next page-numbers" href="{BASE}page/{n + 1}/">Next &raquo;</a>')
    return '<div class="jt-pagination"><div class="nav-links">' + "\n        ".join(parts) + "</div></div>"


def page_html(n: int, total: int, items: list[dict], cols: list[dict]) -> str:
    canonical = "{{origin}}" + (BASE if n == 1 else f"{BASE}page/{n}/")
    title_suffix = "" if n == 1 else f" | Page {n} of {total}"
    pick = cols[3]
    ld = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "mainEntity": {
            "@type": "Person",
            "name": AUTHOR,
            "jobTitle": "Contributing writer",
            "url": "{{origin}}" + BASE,
            "sameAs": ["https://twitter.com/htanaka_tokyo"],
        },
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Japan Times", "url": "{{origin}}/"},
    }
    body_items = "".join(item(c, lead=(n == 1 and i == 0)) for i, c in enumerate(items))
    latest = "\n".join(f'        <li><a href="{p}">{e(t)}</a></li>' for p, t in LATEST)
    most = "\n".join(
        f'          <li class="jt-rank__item"><span class="jt-rank__num">{i}</span><a href="{href(p)}">{e(t)}</a></li>'
        for i, (p, t) in enumerate(MOST_READ, 1)
    )
    other = "\n".join(
        f'''          <div class="commentary-item"><p class="commentary-item__title"><a href="{href(p)}">{e(t)}</a></p>
            <p class="commentary-item__author"><a href="/author/{s}/">{a}</a></p></div>'''
        for p, t, a, s in OTHER_COMMENTARY
    )
    edit = "\n".join(f'          <li><a href="{p}">{e(t)}</a></li>' for p, t in EDITORIALS)
    mail = "\n".join(f'          <li><a href="{p}">{e(t)}</a></li>' for p, t in READER_MAIL)
    pr = "\n".join(
        f'          <li class="pr-item"><span class="pr-label">PR TIMES</span><a href="{href(p)}" rel="sponsored">{e(t)}</a></li>'
        for p, t in PR_TIMES
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{AUTHOR}, Author at The Japan Times{title_suffix}</title>
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="profile">
<meta property="og:title" content="{AUTHOR} | The Japan Times">
<meta property="og:site_name" content="The Japan Times">
<link rel="alternate" type="application/rss+xml" title="The Japan Times &raquo; Top Stories" href="{{{{origin}}}}/feed/topstories.xml">
<link rel="stylesheet" href="https://cdn-japantimes.example/wp-content/themes/jt-vip/dist/main.3fa91c.css">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body class="archive author author-{AUTHOR_SLUG} paged-{n} jt-theme">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="jt-topbar">
  <div class="jt-topbar__inner">
    <span class="jt-date">Friday, January 5, 2024</span>
    <a class="jt-subscribe" href="https://sub.japantimes.example/subscribe/?utm_source=header&amp;utm_medium=button">Subscribe</a>
    <a class="jt-login" href="https://my.japantimes.example/login?redirect_to={e('https://www.japantimes.example' + BASE)}">Log in</a>
    <a href="https://jp.japantimes.example/">日本語</a>
  </div>
</div>
<header class="jt-header">
  <a class="jt-logo" href="/"><img src="https://cdn-japantimes.example/logo.svg" alt="The Japan Times"></a>
  <nav class="jt-nav" aria-label="Main">
    <ul class="menu">
      <li class="menu-item"><a href="{{{{origin}}}}/news/">News</a></li>
      <li class="menu-item"><a href="{{{{origin}}}}/business/">Business</a></li>
      <li class="menu-item current-menu-ancestor"><a href="{{{{origin}}}}/commentary/">Commentary</a></li>
      <li class="menu-item"><a href="{{{{origin}}}}/life/">Life</a></li>
      <li class="menu-item"><a href="{{{{origin}}}}/culture/">Culture</a></li>
      <li class="menu-item"><a href="{{{{origin}}}}/sports/">Sports</a></li>
      <li class="menu-item"><a href="/podcast/">Podcasts</a></li>
      <li class="menu-item menu-item-has-children"><a href="/community/">More</a>
        <ul class="sub-menu">
          <li><a href="/community/">Community</a></li>
          <li><a href="/multimedia/">Multimedia</a></li>
          <li><a href="/special-supplements/">Special Supplements</a></li>
        </ul>
      </li>
    </ul>
  </nav>
  <form class="jt-search" action="/" method="get"><input type="search" name="s" placeholder="Search"><button type="submit">Search</button></form>
</header>
<div class="jt-latest" data-module="ticker">
  <span class="jt-latest__label">LATEST</span>
  <ul class="jt-latest__list">
{latest}
  </ul>
</div>
<div id="content" class="site-content">
  <div class="jt-breadcrumb"><a href="/">Home</a> <span class="sep">/</span> <a href="/commentary/">Commentary</a> <span class="sep">/</span> <span>{AUTHOR}</span></div>
  <div class="content-wrap">
  <main id="main" class="jt-main">
    <div class="author-profile">
      <img class="author-profile__photo" src="https://cdn-japantimes.example/wp-content/uploads/authors/{AUTHOR_SLUG}.jpg" alt="{AUTHOR}">
      <div class="author-profile__text">
        <h1 class="author-profile__name">{AUTHOR}</h1>
        <p class="author-profile__bio">Hiroshi Tanaka is a former economics correspondent and a visiting professor of public policy at a Tokyo university. His column on Japanese politics and the economy appears every other week.</p>
        <p class="author-profile__social"><a href="https://twitter.com/htanaka_tokyo" rel="noopener">@htanaka_tokyo</a></p>
      </div>
    </div>
    <div class="article-list">
{body_items}    </div>
    {pager(n, total)}
  </main>
  <aside class="jt-sidebar">
    <div class="widget widget--pick">
      <div class="widget-title">Editor's pick</div>
      <div class="pick"><a href="{href(pick['path'])}?cmp=editors_pick&amp;utm_source=author_page"><img src="https://cdn-japantimes.example/pick.jpg" alt=""></a>
        <p><a href="{href(pick['path'])}?cmp=editors_pick&amp;utm_source=author_page">{e(pick['title'])}</a></p></div>
    </div>
    <div class="widget widget--ranking">
      <div class="widget-title">Most Read</div>
      <ol class="jt-rank">
{most}
      </ol>
    </div>
    <div class="widget widget--commentary">
      <div class="widget-title"><a href="/commentary/">Commentary</a></div>
      <div class="commentary-rail">
{other}
      </div>
      <div class="widget-subtitle">Editorials</div>
      <ul class="editorials">
{edit}
      </ul>
      <div class="widget-subtitle"><a href="/commentary/reader-mail/">Reader Mail</a></div>
      <ul class="reader-mail">
{mail}
      </ul>
      <p class="write-to-us"><a href="/commentary/reader-mail/submit-a-letter/">Write a letter to the editor</a></p>
    </div>
    <div class="widget widget--newsletter">
      <div class="widget-title">Newsletter</div>
      <p>Sign up for The Japan Times Daily and get the day's top stories in your inbox.</p>
      <a class="btn" href="/newsletters/?utm_source=author_page&amp;utm_medium=widget">Sign up</a>
    </div>
    <div class="widget widget--sponsored">
      <div class="widget-title">Sponsored</div>
      <ul class="pr-list">
{pr}
      </ul>
      <div class="ad-slot" id="div-gpt-ad-rectangle-2"><a href="https://ads.example-network.com/click?slot=jt_rect_2&amp;cid=88213" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/88213.jpg" alt="Advertisement"></a></div>
    </div>
  </aside>
  </div>
  <div class="jt-topics">
    <span>Topics:</span>
    <a href="/tag/japan-politics/">Japan politics</a>
    <a href="/tag/bank-of-japan/">Bank of Japan</a>
    <a href="/tag/japan-china-relations/">Japan-China relations</a>
    <a href="/tag/demographics/">Demographics</a>
  </div>
</div>
<footer class="jt-footer">
  <div class="jt-footer__cols">
    <ul><li><a href="/about-us/">About Us</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/terms-of-service/">Terms of Service</a></li></ul>
    <ul><li><a href="/news/">News</a></li><li><a href="/commentary/">Commentary</a></li><li><a href="/commentary/editorials/">Editorials</a></li><li><a href="/commentary/reader-mail/">Reader Mail</a></li></ul>
    <ul><li><a href="https://www.facebook.com/thejapantimes">Facebook</a></li><li><a href="https://twitter.com/japantimes">X</a></li><li><a href="https://www.instagram.com/thejapantimes/">Instagram</a></li></ul>
  </div>
  <p class="copyright">&copy; The Japan Times, Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""


def feed() -> str:
    items = []
    news = MOST_READ + LATEST
    stamp = dt.datetime(2024, 1, 5, 18, 0)
    for i, (p, t) in enumerate(news + [(OTHER_COMMENTARY[0][0], OTHER_COMMENTARY[0][1]), EDITORIALS[0]]):
        when = stamp - dt.timedelta(hours=3 * i)
        items.append(
            f"""  <item>
    <title>{e(t)}</title>
    <link>{{{{origin}}}}{p}</link>
    <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
    <pubDate>{when:%a, %d %b %Y %H:%M:%S} +0900</pubDate>
    <dc:creator>Staff Writer</dc:creator>
  </item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>The Japan Times &#8211; Top Stories</title>
  <link>{{{{origin}}}}/</link>
  <atom:link href="{{{{origin}}}}/feed/topstories.xml" rel="self" type="application/rss+xml"/>
  <description>News on Japan, Business News, Opinion, Sports, Entertainment and More</description>
  <language>en-US</language>
{body}
</channel>
</rss>
"""


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    cols = build_columns()
    assert len(set(c["path"] for c in cols)) == len(cols) == sum(PER_PAGE)
    total = len(PER_PAGE)
    start = 0
    for n, count in enumerate(PER_PAGE, 1):
        chunk = cols[start : start + count]
        start += count
        out = ROOT / BASE.strip("/") / ("index.html" if n == 1 else f"page/{n}/index.html")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page_html(n, total, chunk, cols), encoding="utf-8")
    (ROOT / "feed").mkdir(parents=True, exist_ok=True)
    (ROOT / "feed" / "topstories.xml").write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Japanese English-language daily on a WordPress VIP build: author archive of "
            "<div class=\"article\"> items titled by <p class=\"article-title\"><a> (no headings), "
            "separate thumbnail links, numbered pager with Next \u00bb; rails of other writers' "
            "commentary, editorials and reader mail share the /commentary/YYYY/MM/DD/sub/slug/ shape."
        ),
        "held_out": True,
        "pages": [BASE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in cols],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
