"""Generate the h3-dawn-opinion discovery fixture (stdlib only, deterministic).

A Pakistani daily (Dawn style): the author page `/authors/1234/ayesha-siddiqa`, with
old-school bootstrap-era markup, `<article class="story">` cards whose headline is
`<h2 class="story__title"><a class="story__link">`, and a "Load more" anchor (class
`btn`) to `?page=2`, `?page=3`.  Every article on the site, news, editorial or column,
is `/news/<7-digit id>/<slug>`; the "Most Popular", "Editorial" and "Columnists" rails
use the very same card markup and repeat on every page; there is no <main>.  A
site-wide RSS feed (news) is advertised.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

NAME = "h3-dawn-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/authors/1234/ayesha-siddiqa"
AUTHOR = "Ayesha Siddiqa"

COLUMNS = [
    ("The hybrid regime's second coming",
     "The arrangement that was supposed to end in 2022 has returned with fewer pretences and more power."),
    ("Elections without choice",
     "A poll in which the outcome is known in advance does little to settle the question of legitimacy."),
    ("A military's economy",
     "From real estate to cereal, the business empire keeps expanding while the state keeps borrowing."),
    ("Who speaks for Balochistan?",
     "The long march to Islamabad shows a generation that no longer trusts the province's traditional elite."),
    ("The SIFC model",
     "A new council promises investment. It also rewrites who takes economic decisions in Pakistan."),
    ("Imran's long shadow",
     "Behind bars and off the ballot, the former prime minister still defines the terms of politics."),
    ("Nawaz returns, again",
     "The fourth homecoming of the PML-N leader is as much about the establishment as about him."),
    ("Foreign policy on a budget",
     "A cash-strapped state cannot afford grand strategic ambitions, yet it keeps pursuing them."),
    ("The caretakers who won't leave",
     "An interim set-up meant to hold elections has taken on the look of a permanent government."),
    ("Afghan refugees as bargaining chips",
     "Deporting families who have lived here for decades is a message to Kabul, paid for by the weakest."),
    # page 2
    ("The judiciary's unfinished battle",
     "The court's divisions mirror those of a political class that cannot agree on the rules."),
    ("Defence budgets and hungry citizens",
     "Another rise in military spending comes as food inflation stays above 40 per cent."),
    ("Dissent in the age of 'fifth-generation warfare'",
     "A vague doctrine has become a convenient label for anyone who asks awkward questions."),
    ("What May 9 changed",
     "The riots gave the state a pretext to dismantle a party. The costs will be felt for years."),
    ("The army and the economy: an old romance",
     "Every economic crisis brings the generals closer to the finance ministry."),
    ("Water wars at home",
     "Punjab and Sindh fight over canals while the Indus delta disappears."),
    ("The PDM's Faustian bargain",
     "Sixteen months in power bought the alliance little except the blame."),
    ("Silencing the press, one notice at a time",
     "Censorship no longer needs martial law. A phone call and an advertising budget suffice."),
    ("Strategic depth revisited", ""),
    ("Beyond the IMF",
     "A ninth bailout will not fix an economy built around rent-seeking."),
    # page 3
    ("A nation of contractors",
     "The state has outsourced everything except its own survival."),
    ("Why Punjab matters",
     "Whoever controls Lahore controls Islamabad. That arithmetic has not changed since 1985."),
    ("The general's extension",
     "Tenure extensions have become the single most destabilising ritual of Pakistani politics."),
    ("Missing persons", ""),
    ("Between Washington and Beijing",
     "Pakistan wants the money of one and the protection of the other. It may get neither."),
    ("The cost of political engineering",
     "Manufactured majorities make for fragile governments."),
    ("Religion, the state and the TLP",
     "A party born on the street has learnt how to hold the state to ransom."),
    ("Can civilians ever win?",
     "History suggests the answer depends less on elections than on the economy."),
    ("A budget for the few", ""),
]
PER_PAGE = [10, 10, 9]

_IDS, _DATES = [], []
_id, _d = 1801512, dt.datetime(2024, 1, 5, 7, 12, 43)
for _n in range(len(COLUMNS)):
    _IDS.append(_id)
    _DATES.append(_d)
    _id -= 1700 + (_n * 331) % 700
    _d -= dt.timedelta(days=7, minutes=(_n * 17) % 40 - 20)


def slugify(text: str) -> str:
    text = text.lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def col_path(i: int) -> str:
    return f"/news/{_IDS[i]}/{slugify(COLUMNS[i][0])}"


def pub(d: dt.datetime) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def iso(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+05:00")


e = html.escape

MOST_POPULAR = [
    ("/news/1801299/pti-loses-bat-symbol-as-sc-upholds-ecp-decision",
     "PTI loses 'bat' symbol as SC upholds ECP decision"),
    ("/news/1801340/petrol-price-cut-by-rs8-per-litre",
     "Petrol price cut by Rs8 per litre"),
    ("/news/1801187/karachi-shivers-as-mercury-drops-to-8c",
     "Karachi shivers as mercury drops to 8°C"),
    ("/news/1801266/nawaz-to-contest-from-two-lahore-constituencies",
     "Nawaz to contest from two Lahore constituencies"),
    ("/news/1801051/babar-azam-steps-down-as-test-captain",
     "Babar Azam steps down as Test captain"),
]
EDITORIAL = [
    ("/news/1801100/a-level-playing-field", "A level playing field"),
    ("/news/1801101/polio-setback", "Polio setback"),
    ("/news/1801102/smog-season", "Smog season"),
]
COLUMNISTS = [
    ("Zahid Hussain", "/authors/3421/zahid-hussain",
     "/news/1801205/the-politics-of-disqualification", "The politics of disqualification"),
    ("Khurram Husain", "/authors/2188/khurram-husain",
     "/news/1800998/the-real-budget-deficit", "The real budget deficit"),
    ("Huma Yusuf", "/authors/875/huma-yusuf",
     "/news/1801077/digital-rights-at-the-ballot-box", "Digital rights at the ballot box"),
    ("Arifa Noor", "/authors/5160/arifa-noor", None, None),
]
PRISM = [
    ("/news/1800877/the-lost-villages-of-the-indus-delta",
     "The lost villages of the Indus delta"),
    ("/news/1800741/inside-karachis-informal-water-economy",
     "Inside Karachi's informal water economy"),
]
SPONSORED = ("/news/1801401/how-digital-banking-is-reaching-pakistans-unbanked",
             "How digital banking is reaching Pakistan's unbanked")

# site-wide feed: today's news (not her columns, except that the newest one made the feed)
NEWS_FEED = [
    ("/news/1801560/govt-notifies-new-ecp-schedule-for-general-elections", "Govt notifies new ECP schedule for general elections"),
    ("/news/1801557/sbp-keeps-policy-rate-unchanged-at-22pc", "SBP keeps policy rate unchanged at 22pc"),
    ("/news/1801551/six-soldiers-martyred-in-north-waziristan-attack", "Six soldiers martyred in North Waziristan attack"),
    ("/news/1801549/lahore-air-quality-worst-in-the-world-again", "Lahore air quality worst in the world, again"),
    ("/news/1801540/imf-team-to-visit-islamabad-next-month", "IMF team to visit Islamabad next month"),
    ("/news/1801533/karachi-police-arrest-suspects-in-bank-heist", "Karachi police arrest suspects in bank heist"),
    ("/news/1801528/pakistan-set-new-zealand-target-in-third-t20i", "Pakistan set New Zealand target in third T20I"),
    ("/news/1801520/pm-kakar-meets-saudi-investment-minister", "PM Kakar meets Saudi investment minister"),
    ("/news/1801340/petrol-price-cut-by-rs8-per-litre", "Petrol price cut by Rs8 per litre"),
    ("/news/1801299/pti-loses-bat-symbol-as-sc-upholds-ecp-decision", "PTI loses 'bat' symbol as SC upholds ECP decision"),
    ("/news/1801100/a-level-playing-field", "A level playing field"),
]


def head(page: int) -> str:
    q = "" if page == 1 else f"?page={page}"
    return f"""<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Ayesha Siddiqa - DAWN.COM</title>
<meta name="description" content="Ayesha Siddiqa is a research associate at SOAS, University of London, and author of Military Inc.">
<link rel="canonical" href="{{{{origin}}}}{PAGE}{q}">
<link rel="alternate" type="application/rss+xml" title="Dawn - Home" href="{{{{origin}}}}/feeds/home.xml">
<meta property="og:site_name" content="DAWN.COM">
<meta property="og:title" content="Ayesha Siddiqa">
<meta property="og:url" content="{{{{origin}}}}{PAGE}">
<meta property="og:image" content="https://i.dawn.com/thumbnail/2019/05/5cd8e0a3ec1a1.jpg">
<meta property="fb:app_id" content="1449830708646429">
<meta name="twitter:site" content="@dawn_com">
<link rel="shortcut icon" href="https://www.dawn.com/_img/favicon.ico">
<link rel="stylesheet" href="https://www.dawn.com/_css/bootstrap.min.css?v=3.3.7">
<link rel="stylesheet" href="https://www.dawn.com/_css/dawn.css?v=2023.12.18.1">
<script type="text/javascript" src="https://www.dawn.com/_js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
  var googletag = googletag || {{}}; googletag.cmd = googletag.cmd || [];
  var dawn = {{ page: "author", author_id: 1234, page_no: {page} }};
</script>
</head>
"""


HEADER = """<body class="author-page">
<div id="fb-root"></div>
<div class="top-bar hidden-xs">
  <div class="container">
    <span class="date">Friday, January 5, 2024 | Jamadi-us-Sani 23, 1445</span>
    <ul class="top-links list-inline pull-right">
      <li><a href="https://epaper.dawn.com/" target="_blank">E-Paper</a></li>
      <li><a href="https://www.dawnnews.tv/" target="_blank">DawnNews TV</a></li>
      <li><a href="https://images.dawn.com/" target="_blank">Images</a></li>
      <li><a href="https://aurora.dawn.com/" target="_blank">Aurora</a></li>
      <li><a href="https://herald.dawn.com/" target="_blank">Herald</a></li>
      <li><a href="/subscribe">Subscribe</a></li>
      <li><a href="/login?next=%2Fauthors%2F1234%2Fayesha-siddiqa">Sign in</a></li>
    </ul>
  </div>
</div>
<div class="header">
  <div class="container">
    <div class="logo"><a href="{{origin}}/"><img src="https://www.dawn.com/_img/logo.png" alt="DAWN.COM" width="220" height="48"></a></div>
    <div class="leaderboard"><a href="https://ads.example-network.com/click?slot=dawn-leader&amp;cr=31144" target="_blank" rel="nofollow"><img src="https://ads.example-network.com/creative/31144.gif" width="728" height="90" alt=""></a></div>
  </div>
</div>
<div class="navbar navbar-default nav--main" role="navigation">
  <div class="container">
    <ul class="nav navbar-nav">
      <li><a href="/">Home</a></li>
      <li><a href="/latest-news">Latest</a></li>
      <li><a href="/pakistan">Pakistan</a></li>
      <li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li>
      <li class="active"><a href="/opinion">Opinion</a></li>
      <li><a href="/letters">Letters</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/prism">Prism</a></li>
      <li><a href="/tech">Tech</a></li>
      <li><a href="/newspaper/editorial">Editorial</a></li>
      <li class="dropdown"><a href="/magazines" class="dropdown-toggle">More</a>
        <ul class="dropdown-menu">
          <li><a href="/magazines/eos">Eos</a></li><li><a href="/magazines/icon">Icon</a></li>
          <li><a href="/magazines/young-world">Young World</a></li><li><a href="/multimedia">Multimedia</a></li>
          <li><a href="/archive">Archive</a></li>
        </ul>
      </li>
    </ul>
  </div>
</div>
<div class="trending-bar">
  <div class="container">
    <strong>Trending:</strong>
    <a href="/trends/elections-2024">Elections 2024</a> |
    <a href="/trends/imf">IMF</a> |
    <a href="/trends/pti">PTI</a> |
    <a href="/trends/gaza">Gaza</a> |
    <a href="/trends/smog">Smog</a>
  </div>
</div>
"""


def profile() -> str:
    return """<div class="container" id="content">
<ol class="breadcrumb">
  <li><a href="/">Home</a></li>
  <li><a href="/opinion">Opinion</a></li>
  <li><a href="/authors">Authors</a></li>
  <li class="active">Ayesha Siddiqa</li>
</ol>
<div class="author-profile clearfix">
  <img class="author-profile__image img-circle pull-left" src="https://i.dawn.com/thumbnail/2019/05/5cd8e0a3ec1a1.jpg" width="110" height="110" alt="Ayesha Siddiqa">
  <div class="author-profile__details">
    <h1 class="author-profile__name">Ayesha Siddiqa</h1>
    <p class="author-profile__bio">The writer is a research associate at SOAS, University of London, and author of <i>Military Inc.</i> She writes a fortnightly column for Dawn on politics, security and the military&#39;s role in the economy.</p>
    <p class="author-profile__links">
      <a href="https://twitter.com/iamthedrifter" target="_blank" rel="nofollow"><span class="icon icon--twitter"></span> @iamthedrifter</a>
    </p>
  </div>
</div>
"""


def share(i: int) -> str:
    u = "https%3A%2F%2Fwww.dawn.com" + col_path(i).replace("/", "%2F")
    return (f'<span class="story__share">'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" class="share--facebook" title="Share on Facebook"></a>'
            f'<a href="https://twitter.com/intent/tweet?url={u}&amp;text={quote(COLUMNS[i][0])}&amp;via=dawn_com" target="_blank" class="share--twitter" title="Tweet"></a>'
            f'<a href="whatsapp://send?text={u}" class="share--whatsapp visible-xs-inline" title="Share on WhatsApp"></a>'
            f'</span>')


def href(i: int) -> str:
    p = col_path(i)
    return {0: "{{origin}}" + p, 1: p, 2: "{{origin}}" + p, 3: "../.." + p}[i % 4]


def card(i: int, lead: bool = False) -> str:
    title, excerpt = COLUMNS[i]
    d = _DATES[i]
    h = href(i)
    comments = (i * 29 + 11) % 180
    cls = "story story--lead box mb-4 border-b pb-4" if lead else "story box mb-4 border-b pb-4"
    tcls = "story__title text-9 font-bold font-merriweather" if lead else "story__title text-6 font-bold font-merriweather pt-1 pb-2"
    img = ""
    if lead:
        img = (f'<figure class="media media--lead"><div class="media__item"><a href="{col_path(i)}?ref=author-lead" class="story__link">'
               f'<img src="https://i.dawn.com/large/2024/01/659770a1c2f3e.jpg" alt="{e(title)}" class="img-responsive"></a></div>'
               f'<figcaption class="media__caption">File photo</figcaption></figure>\n  ')
    elif i % 2 == 0:
        img = (f'<figure class="media media--thumb pull-right"><div class="media__item"><a href="{h}?ref=author_thumb" class="story__link">'
               f'<img src="https://www.dawn.com/_img/opinion-default.jpg" data-src="https://i.dawn.com/thumbnail/2019/05/5cd8e0a3ec1a1.jpg" alt="" width="120" class="lazyload"></a></div></figure>\n  ')
    exc = f'\n  <div class="story__excerpt">{e(excerpt)}</div>' if excerpt else ""
    return f"""<article class="{cls}" data-id="{_IDS[i]}" data-layout="story">
  {img}<h2 class="{tcls}"><a class="story__link" href="{h}">{e(title)}</a></h2>
  <span class="story__byline"><a href="{PAGE}" class="story__byline__link">Ayesha Siddiqa</a></span>
  <span class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp--time timeago" title="{iso(d)}">{pub(d)}</span></span>{exc}
  <div class="story__meta">
    <a href="{col_path(i)}#comments" class="story__comments"><span class="glyphicon glyphicon-comment"></span> {comments}</a>
    {share(i)}
  </div>
</article>
"""


def rail_card(path: str, title: str, extra: str = "", number: int | None = None) -> str:
    num = f'<span class="story__number">{number}</span>' if number else ""
    return (f'  <article class="story story--small border-b pb-2" data-layout="sidebar">{num}'
            f'<h2 class="story__title text-4 font-bold"><a class="story__link" href="{path}">{e(title)}</a></h2>{extra}</article>\n')


def sidebar() -> str:
    pop = "".join(rail_card(p, t, number=n) for n, (p, t) in enumerate(MOST_POPULAR, 1))
    ed = "".join(rail_card("{{origin}}" + p, t, '<span class="story__byline">Editorial</span>') for p, t in EDITORIAL)
    cols = ""
    for name, ap, cp, ct in COLUMNISTS:
        extra = f'<span class="story__byline"><a href="{ap}" class="story__byline__link">{e(name)}</a></span>'
        if cp:
            cols += rail_card(cp, ct, extra)
        else:
            cols += f'  <p class="columnist"><a href="{ap}">{e(name)}</a></p>\n'
    prism = "".join(rail_card(p, t) for p, t in PRISM)
    sp_path, sp_title = SPONSORED
    return f"""<div class="col-sm-4 col-md-4 sidebar">
<div class="box widget">
  <h4 class="widget__title">Most Popular</h4>
{pop}</div>
<div class="ad-box text-center"><a href="https://ads.example-network.com/click?slot=dawn-mpu&amp;cr=61290" target="_blank" rel="nofollow"><img src="https://ads.example-network.com/creative/61290.jpg" width="300" height="250" alt=""></a></div>
<div class="box widget">
  <h4 class="widget__title"><a href="/newspaper/editorial">Editorial</a></h4>
{ed}</div>
<div class="box widget">
  <h4 class="widget__title"><a href="/opinion">Columnists</a></h4>
{cols}</div>
<div class="box widget">
  <h4 class="widget__title"><a href="/prism">Recommended</a></h4>
{prism}</div>
<div class="box widget widget--sponsored">
  <span class="label label-default">Sponsored</span>
  <article class="story story--small" data-layout="sidebar"><h2 class="story__title text-4"><a class="story__link" href="{sp_path}">{e(sp_title)}</a></h2><span class="story__byline">Partner content</span></article>
  <ul class="list-unstyled promoted">
    <li><a href="https://ads.example-network.com/click?c=pk-lux-villas&amp;src=dawn" target="_blank" rel="nofollow sponsored">Luxury villas in Bahria Town starting at Rs2 crore</a></li>
    <li><a href="https://ads.example-network.com/click?c=ielts-coaching&amp;src=dawn" target="_blank" rel="nofollow sponsored">Score 8 bands in IELTS in 6 weeks</a></li>
  </ul>
</div>
<div class="box widget newsletter">
  <h4 class="widget__title">Dawn newsletter</h4>
  <p>The day&#39;s top stories, in your inbox every morning.</p>
  <form action="/newsletter/subscribe" method="post"><input type="email" name="email" class="form-control" placeholder="Your email"><button type="submit" class="btn btn-primary">Subscribe</button></form>
</div>
</div>
"""


FOOTER = """<br clear="all">
</div>
<div class="footer">
  <div class="container">
    <div class="row">
      <div class="col-sm-3"><ul class="list-unstyled">
        <li><a href="/pakistan">Pakistan</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
        <li><a href="/opinion">Opinion</a></li><li><a href="/letters">Letters to the editor</a></li><li><a href="/newspaper/editorial">Editorial</a></li>
      </ul></div>
      <div class="col-sm-3"><ul class="list-unstyled">
        <li><a href="/about">About us</a></li><li><a href="/contact">Contact us</a></li><li><a href="/advertise">Advertise</a></li>
        <li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/comments-policy">Comments policy</a></li>
      </ul></div>
      <div class="col-sm-3"><ul class="list-unstyled">
        <li><a href="/rss">RSS feeds</a></li><li><a href="/archive">Archive</a></li><li><a href="/careers">Careers</a></li>
      </ul></div>
      <div class="col-sm-3 social">
        <a href="https://www.facebook.com/DawnDotCom" target="_blank">Facebook</a>
        <a href="https://twitter.com/dawn_com" target="_blank">Twitter</a>
        <a href="https://www.youtube.com/dawnnewspakistan" target="_blank">YouTube</a>
      </div>
    </div>
    <p class="copyright">Copyright &copy; 2024, Dawn</p>
  </div>
</div>
<script type="text/javascript" src="https://www.dawn.com/_js/dawn.min.js?v=2023.12.18.1"></script>
<script type="text/javascript">$(function(){ $('.timeago').timeago(); });</script>
</body>
</html>
"""


def page_html(page: int) -> str:
    start = sum(PER_PAGE[: page - 1])
    idx = range(start, start + PER_PAGE[page - 1])
    cards = "".join(card(i, lead=(page == 1 and i == 0)) for i in idx)
    if page < len(PER_PAGE):
        more = (f'<div class="text-center load-more-wrap">\n  <a href="{{{{origin}}}}{PAGE}?page={page + 1}" '
                f'class="btn btn-default btn--load-more" data-page="{page + 1}">Load more</a>\n</div>\n')
    else:
        more = ""
    return (head(page) + HEADER + profile()
            + '<div class="row">\n<div class="col-sm-8 col-md-8">\n'
            + '<h3 class="section-heading">Latest from Ayesha Siddiqa</h3>\n'
            + '<div class="story-list" id="author-stories">\n' + cards + "</div>\n" + more
            + "</div>\n" + sidebar() + "</div>\n" + FOOTER)


def rss() -> str:
    items = []
    feed = NEWS_FEED[:8] + [(col_path(0), COLUMNS[0][0])] + NEWS_FEED[8:]
    base = dt.datetime(2024, 1, 5, 12, 40, 0)
    for n, (p, t) in enumerate(feed):
        when = base - dt.timedelta(minutes=37 * n)
        if p == col_path(0):
            when = _DATES[0]
            author = AUTHOR
            desc = COLUMNS[0][1]
        else:
            author = "Dawn.com" if n % 3 else "Our Correspondent"
            desc = t + "."
        items.append(f"""    <item>
      <title>{e(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
      <author>{e(author)}</author>
      <pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S')} +0500</pubDate>
      <description>{e(desc)}</description>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Dawn - Home</title>
    <link>{{{{origin}}}}/</link>
    <atom:link href="{{{{origin}}}}/feeds/home.xml" rel="self" type="application/rss+xml"/>
    <description>Dawn.com - Latest news from Pakistan</description>
    <language>en-gb</language>
    <lastBuildDate>Fri, 05 Jan 2024 12:40:00 +0500</lastBuildDate>
{chr(10).join(items)}
  </channel>
</rss>
"""


def main() -> None:
    d = OUT / "authors" / "1234"
    d.mkdir(parents=True, exist_ok=True)
    for page in range(1, len(PER_PAGE) + 1):
        name = "ayesha-siddiqa.html" if page == 1 else f"ayesha-siddiqa@page={page}.html"
        (d / name).write_text(page_html(page), encoding="utf-8")
    (OUT / "feeds").mkdir(exist_ok=True)
    (OUT / "feeds" / "home.xml").write_text(rss(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /login\nDisallow: /search\nDisallow: /newsletter/\n\n"
        "Sitemap: {{origin}}/sitemap.xml\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("Dawn-style Pakistani daily author page with old bootstrap markup and no <main>: "
                        "article.story / h2.story__title / a.story__link cards, 'Load more' anchor (.btn) to "
                        "?page=N; every rail (Most Popular, Editorial, Columnists, sponsored) uses the same "
                        "/news/<id>/<slug> shape and card markup, distinguishable only by structure and by "
                        "repeating on every page; a site-wide news RSS is advertised."),
        "held_out": True,
        "pages": [PAGE],
        "max_index_pages": len(PER_PAGE),
        "author": AUTHOR,
        "columns": [col_path(i) for i in range(sum(PER_PAGE))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
