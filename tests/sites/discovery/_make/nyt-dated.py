"""Generate the `nyt-dated` discovery fixture: a New York Times-style opinion column page.

Page /column/farah-haddad (+ ?page=2, ?page=3), columns /YYYY/MM/DD/opinion/<keywords>.html.
Page 1 opens with a hero card; then an <ol> of <li><article> cards with css-xxxx classes.
Pagination only by <link rel="next"> in <head> (the visible "Show More" is a script button),
plus a __preloadedData blob.  Distractors: an unlabelled list of news inside <main>,
"Editors' Picks" (/YYYY/MM/DD/style/...), "Opinion Today" newsletter, a "More in Opinion"
block (other columnists' pages and their /YYYY/MM/DD/opinion/...html columns, an editorial,
a guest essay) identical on every page, a readers' letter, a Paid Post, and ?smid= /
?unlocked_article_code= variants of true links.  The head advertises the Opinion section
feed (mostly other writers) and the column's own feed.  Stdlib only, deterministic.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

NAME = "nyt-dated"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/column/farah-haddad"
AUTHOR = "Farah Haddad"
E = html.escape

TITLES = [
    ("The Ceasefire Nobody Wants to Talk About", "Both sides say they want quiet. Neither will say what it would cost."),
    ("America’s Universities Have a Free Speech Problem, and It’s Not the One You Think", "The loudest campus fights hide a quieter retreat from hard questions."),
    ("What Beirut Taught Me About Rebuilding", "A city that has been destroyed and remade many times has advice for the rest of us."),
    ("The Myth of the Apolitical Immigrant", "My parents were told to keep their heads down. I was not."),
    ("Why Arab American Voters Are Rethinking 2024", "In Dearborn, loyalty to the Democratic Party is no longer automatic."),
    ("I Was a Refugee. Here’s What the Border Debate Gets Wrong.", "The numbers are real. So are the people behind them."),
    ("Oil Money Won’t Buy Peace", "The Gulf’s sovereign wealth is reshaping diplomacy, but not in the way Washington hopes."),
    ("The Loneliest Job in Washington", "Spare a thought for the State Department’s Middle East desk."),
    ("Grief Has No Borders", ""),
    ("Stop Calling It a Culture War", "Most of what we fight about is policy, and we should argue it as policy."),
    ("Biden’s Gamble in the Gulf", "A security pact with Riyadh could remake the region, or blow up in his face."),
    ("The Case for Boring Diplomacy", "Summits make headlines. Working groups make peace."),
    ("My Mother’s Kitchen in Dearborn", "Every dish she cooks is an argument about home."),
    ("Democracy Is Not an Export", "Twenty years after Iraq, we should have learned this."),
    ("What Happens When the Aid Stops", "In Jordan’s camps, the cuts arrive before the headlines."),
    ("The Students Are Not the Enemy", "Campus protests are messy. Treating students as threats is worse."),
    ("A Map Is Not a Country", ""),
    ("Egypt’s Quiet Crisis", "Inflation, debt and silence in the Arab world’s most populous nation."),
    ("Why I Still Believe in the United Nations", "It is slow and flawed. It is also all we have."),
    ("The Great Unraveling", "The order that held the Middle East together is coming apart."),
    ("Sanctions Hurt the Wrong People", "Ask a pharmacist in Damascus."),
    ("The Summer the Internet Went Dark in Tehran", "What a blackout reveals about a regime’s fears."),
    ("Lessons From a Failed Peace Process", "Oslo’s architects are still arguing about what went wrong."),
    ("Who Gets to Be a Victim?", "Sympathy, it turns out, is rationed."),
    ("The Election Nobody Is Watching", "Turkey’s local races will matter more than Washington thinks."),
    ("On Hope", ""),
    ("Syria Is Not Over", "The war left the news. It did not leave Syria."),
    ("Inside the Mind of a Negotiator", "I spent a week with the people who talk to everyone."),
]
PER_PAGE = [10, 10, 8]
STOP = set(
    "the a an of is it it’s to and in on for what why me i was here’s not no are its my won’t who be about "
    "when you we still has have they that this one than".split()
)


def keywords_slug(title: str) -> str:
    words = [w for w in re.split(r"[^a-z’']+", title.lower()) if w and w not in STOP]
    words = [w.replace("’", "").replace("'", "") for w in words][:5]
    return "-".join(words)


COLUMNS = []  # (title, summary, date, path)
_d = datetime.date(2024, 1, 5)
for k, (t, s) in enumerate(TITLES):
    COLUMNS.append((t, s, _d, f"/{_d:%Y/%m/%d}/opinion/{keywords_slug(t)}.html"))
    _d -= datetime.timedelta(days=3 if _d.weekday() == 4 else 4)  # Tuesdays and Fridays

UNLABELLED_NEWS = [
    ("/2024/01/05/us/politics/trump-ballot-supreme-court.html", "Supreme Court Agrees to Hear Trump Ballot Case"),
    ("/2024/01/05/world/middleeast/red-sea-shipping-attacks.html", "Shipping Giants Reroute as Red Sea Attacks Continue"),
    ("/2024/01/04/nyregion/subway-crash-manhattan.html", "Two Subway Trains Collide on Upper West Side"),
    ("/2024/01/05/business/boeing-737-max-door.html", "Panel Blows Off Boeing Jet Midflight"),
    ("/2024/01/04/science/asteroid-sample-nasa.html", "NASA Finally Opens Its Asteroid Sample Canister"),
]
EDITORS_PICKS = [
    ("/2024/01/04/style/quiet-luxury-winter-coats.html", "The Coat Everyone on the Subway Is Wearing"),
    ("/2024/01/03/well/eat/dry-january-tips.html", "How to Actually Stick to Dry January"),
    ("/2024/01/02/travel/winter-trains-europe.html", "Seven Night Trains Worth the Trip This Winter"),
    ("/2024/01/04/arts/television/best-tv-shows-january.html", "The Best TV Shows to Watch in January"),
]
MORE_IN_OPINION = [  # identical on every page
    ("Daniel Mercer", "/column/daniel-mercer", "/2024/01/05/opinion/iowa-caucus-republicans-primary.html", "Iowa Republicans Have Already Made Up Their Minds"),
    ("Sofia Alvarez", "/column/sofia-alvarez", "/2024/01/04/opinion/housing-costs-millennials-rent.html", "My Generation Will Never Own a Home. Here’s Why That’s Dangerous."),
    ("Ben Adeyemi", "/column/ben-adeyemi", "/2024/01/02/opinion/artificial-intelligence-jobs-workers.html", "The Robots Are Coming for Middle Managers"),
    ("The Editorial Board", "/section/opinion/editorials", "/2024/01/04/opinion/editorials/supreme-court-ballot-colorado.html", "The Supreme Court Should Not Duck This Case"),
    ("Guest Essay · Mara Lindgren", "/by/mara-lindgren", "/2024/01/03/opinion/ai-copyright-artists-lawsuit.html", "I’m an Illustrator. A.I. Stole My Style."),
]
LETTER = ("/2024/01/04/opinion/letters/refugees-border-debate.html", "Readers Respond to ‘I Was a Refugee’")
PAID_POST = ("/paidpost/meridian-bank/the-future-of-everyday-money.html", "The Future of Everyday Money")


def nyt_date(d: datetime.date) -> str:
    months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    return f"{months[d.month - 1]} {d.day}, {d.year}"


def gift_code(path: str) -> str:
    return f"1.OE0.{abs(hash_(path)) % 10**6:06d}.Xk3aQ_{hash_(path[::-1]) % 10**4:04d}"


def hash_(s: str) -> int:
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) % 2**32
    return h


def hero(k: int) -> str:
    title, summ, date, path = COLUMNS[k]
    return f"""
      <section class="css-1ez5fsm" data-testid="hero">
        <article class="css-15cbhtu">
          <figure class="css-1r9n6rm"><a href="{path}" tabindex="-1"><img alt="" class="css-rq4mmj" src="https://static01.nyt.com/images/{date:%Y/%m/%d}/opinion/{date:%d}haddad/{date:%d}haddad-superJumbo.jpg" width="1050" height="700"></a>
            <figcaption class="css-dsvb0u"><span class="css-cnj6d5">Illustration by The New York Times</span></figcaption></figure>
          <div class="css-ulfnhe">
            <p class="css-1q9vyva e1pvjbxy0">Farah Haddad</p>
            <h2 class="css-vlcsyi e1hr934v1"><a class="css-9mylee" href="{{{{origin}}}}{path}">{E(title)}</a></h2>
            <p class="css-tskdi9 e1hr934v5">{E(summ)}</p>
            <div class="css-1wzj1j"><span class="css-1n7hynb">By <a href="/by/farah-haddad" class="css-n8ff4n">Farah Haddad</a></span> <time class="css-1ksm4na" datetime="{date.isoformat()}">{nyt_date(date)}</time></div>
            <div class="css-4skfbu" role="toolbar" aria-label="Social Media Share buttons, Save button, and Comments Panel with current comment count">
              <a class="css-17mpvle" href="{path}#commentsContainer" aria-label="Read 1,204 comments">1204</a>
              <a class="css-1u1psjv" href="{path}?unlocked_article_code={gift_code(path)}&amp;smid=url-share" data-testid="gift-link">Give this article</a>
              <a class="css-1u1psjv" href="{path}?smid=tw-share" data-testid="share-tw">Share on X</a>
              <a class="css-1u1psjv" href="https://twitter.com/intent/tweet?url={E('{{origin}}' + path)}%3Fsmid%3Dtw-ngopinion&amp;text={quote(title)}" rel="noopener noreferrer" target="_blank">Tweet</a>
            </div>
          </div>
        </article>
      </section>"""


def card(k: int, j: int) -> str:
    title, summ, date, path = COLUMNS[k]
    img = f"https://static01.nyt.com/images/{date:%Y/%m/%d}/opinion/{date:%d}haddad/{date:%d}haddad-thumbStandard.jpg"
    summ_html = f'<p class="css-1pga48a e15t083i1">{E(summ)}</p>' if summ else ""
    extra = ""
    if j % 5 == 3:
        extra = f'<a class="css-1u1psjv e1lvw9ra0" href="{{{{origin}}}}{path}?unlocked_article_code={gift_code(path)}&amp;smid=url-share">Gift</a>'
    elif j % 5 == 1:
        extra = f'<a class="css-17mpvle e1lvw9ra1" href="{path}#commentsContainer">{(k * 97) % 1500 + 60} comments</a>'
    return f"""
        <li class="css-18yolpw">
          <article class="css-1cp3ece">
            <div class="css-1i8vfl5">
              <a class="css-8hzhxf" href="{path}"><h3 class="css-1j88qqx e15t083i0">{E(title)}</h3></a>
              {summ_html}
              <p class="css-1nqbnmb e140qd2t0"><span class="css-1n7hynb">By <a class="css-n8ff4n" href="/by/farah-haddad">Farah Haddad</a></span></p>
              {extra}
            </div>
            <figure class="css-tap2ym"><div class="css-79elbk"><img alt="" class="css-rq4mmj" src="{img}" width="75" height="75" loading="lazy"></div></figure>
          </article>
          <div class="css-e1lvw9"><span class="css-17ubb9w" data-testid="todays-date">{nyt_date(date)}</span></div>
        </li>"""


def page(n: int, ks: list[int], total: int) -> str:
    hero_html = hero(ks[0]) if n == 1 else ""
    rest = ks[1:] if n == 1 else ks
    cards = "".join(card(k, j) for j, k in enumerate(rest))
    news = "".join(f'<li class="css-10f9l2b"><a class="css-1b1y07v" href="{p}"><p class="css-8f8m4y">{E(t)}</p></a></li>' for p, t in UNLABELLED_NEWS)
    picks = "".join(
        f'<li class="css-1f5x7u6"><a class="css-9mylee" href="{{{{origin}}}}{p}"><img alt="" src="https://static01.nyt.com/images/pick{i}.jpg" width="150" height="100"><p class="css-1eq6ru4">{E(t)}</p></a></li>'
        for i, (p, t) in enumerate(EDITORS_PICKS)
    )
    more = "".join(
        f"""<li class="css-ye6x8s"><a class="css-1bpcbzs" href="{pg}">{E(nm)}</a><a class="css-1w7k2cx" href="{p}"><h3 class="css-1a1iadw">{E(t)}</h3></a></li>"""
        for nm, pg, p, t in MORE_IN_OPINION
    )
    next_link = f'<link rel="next" href="{{{{origin}}}}{BASE}?page={n + 1}">' if n < total else ""
    prev_link = f'<link rel="prev" href="{{{{origin}}}}{BASE}{"" if n == 2 else f"?page={n - 1}"}">' if n > 1 else ""
    canonical = "{{origin}}" + BASE + ("" if n == 1 else f"?page={n}")
    ld = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "url": "{{origin}}" + BASE,
        "name": f"{AUTHOR} - The New Gazette",
        "description": "Farah Haddad is an Opinion columnist writing about the Middle East, migration and American foreign policy.",
        "publisher": {"@type": "NewsMediaOrganization", "name": "The New Gazette", "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/vi-assets/static-assets/logo.png"}},
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [{"@type": "ListItem", "position": j + 1, "url": "{{origin}}" + COLUMNS[k][3]} for j, k in enumerate(ks)],
        },
    }
    preloaded = {
        "initialState": {
            "LegacyCollection:/column/farah-haddad": {
                "name": AUTHOR,
                "url": "{{origin}}" + BASE,
                "stream": {"pageInfo": {"hasNextPage": n < total, "endCursor": f"YXJyYXljb25uZWN0aW9uOj{n * 10 - 1}"}, "totalCount": 412},
            },
            "ROOT_QUERY": {"userInfo": None, "newsletter": {"id": "opinion-today", "url": "{{origin}}/newsletters/opinion-today"}},
        }
    }
    return f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-section" xmlns:og="http://opengraphprotocol.org/schema/">
  <head>
    <meta charSet="utf-8"/>
    <title data-rh="true">Farah Haddad - The New Gazette</title>
    <meta data-rh="true" name="description" content="Farah Haddad is an Opinion columnist writing about the Middle East, migration and American foreign policy."/>
    <meta data-rh="true" property="og:url" content="{canonical}"/>
    <meta data-rh="true" property="og:type" content="website"/>
    <link data-rh="true" rel="canonical" href="{canonical}"/>
    {next_link}{prev_link}
    <link data-rh="true" rel="alternate" type="application/rss+xml" title="NG > Opinion" href="{{{{origin}}}}/services/xml/rss/ng/Opinion.xml"/>
    <link data-rh="true" rel="alternate" type="application/rss+xml" title="Farah Haddad" href="{{{{origin}}}}/svc/collections/v1/publish/www.newgazette.example/column/farah-haddad/rss.xml"/>
    <link rel="stylesheet" href="/vi-assets/static-assets/global-a8d7c0.css"/>
    <style data-lights-css="1n7hynb 18yolpw 1cp3ece">.css-18yolpw{{border-bottom:1px solid #dfdfdf}}.css-1j88qqx{{font-size:1.25rem}}</style>
    <script data-rh="true" type="application/ld+json">{json.dumps(ld)}</script>
  </head>
  <body>
    <div id="app">
      <div class="css-1xz0bbt">
        <div class="css-1bymuyk e1ucqgw00"><a class="css-1k0zi3f" href="#site-content">Skip to content</a><a class="css-1k0zi3f" href="#site-index">Skip to site index</a></div>
        <header class="css-1bd8bfl e1m0pzr40">
          <section class="css-9kr9i3 e1m0pzr41">
            <div class="css-10488qs"><button type="button" class="css-fzvsed" aria-label="Sections Navigation &amp; Search">Sections</button></div>
            <div class="css-1wr3we4"><a class="css-nhjhh0" href="/" aria-label="New Gazette Logo. Click to visit the homepage"><svg viewBox="0 0 184 25" class="css-1k2r3xb"></svg></a></div>
            <div class="css-103zufb">
              <a class="css-1kj7lfb" href="/subscription?campaignId=8HHXJ&amp;redirect_uri={E('{{origin}}' + BASE)}" data-testid="header-subscribe">Subscribe for $1/week</a>
              <a class="css-1kj7lfb" href="https://myaccount.newgazette.example/auth/login?response_type=cookie&amp;client_id=vi&amp;redirect_uri={E('{{origin}}' + BASE)}" data-testid="login-button">Log in</a>
            </div>
          </section>
          <nav class="css-1tx3nd8" aria-label="Main" data-testid="masthead-mini-nav">
            <ul class="css-1vxc2sl">
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/us">U.S.</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/world">World</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/business">Business</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/arts">Arts</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/spotlight/lifestyle">Lifestyle</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/opinion" aria-current="page">Opinion</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/audio">Audio</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/crosswords">Games</a></li>
              <li class="css-1ee8y2t"><a class="css-1wjnrbv" href="/section/todayspaper">More</a></li>
            </ul>
          </nav>
        </header>
        <main id="site-content" class="css-1u4o3ku">
          <nav class="css-1gk6l0y" aria-label="Breadcrumb">
            <ol class="css-1r7ky0e"><li><a class="css-wgpnp" href="/section/opinion">Opinion</a></li><li><a class="css-wgpnp" href="/section/opinion/columnists">Columnists</a></li></ol>
          </nav>
          <header class="css-1gsqnqm">
            <img class="css-1lfp7ui" alt="Farah Haddad" src="https://static01.nyt.com/images/2023/03/01/opinion/farah-haddad/farah-haddad-thumbLarge.png" width="110" height="110"/>
            <h1 class="css-1mr4gg1 e16wpn5v0">Farah Haddad</h1>
            <p class="css-1ln2xev">Opinion Columnist</p>
            <div class="css-1b53c5n"><p>Farah Haddad became an Opinion columnist in 2021. She was previously a correspondent in Beirut and Amman. She writes about the Middle East, migration and American foreign policy. <a href="/by/farah-haddad">More about Farah Haddad</a></p></div>
            <p class="css-1vxqnze">Topics: <a href="/topic/destination/middle-east">Middle East</a>, <a href="/topic/subject/immigration-and-emigration">Immigration</a>, <a href="/topic/subject/colleges-and-universities">Higher Education</a></p>
            <div class="css-1g7m0tk"><a href="https://twitter.com/farahhaddad" rel="noopener noreferrer" target="_blank">@farahhaddad</a> <button class="css-1m7j0v5" type="button" data-testid="follow-button">Follow</button></div>
          </header>
          <div class="css-1kzvm0c">
            <section class="css-15g2oxy" id="stream-panel">{hero_html}
              <ol class="css-11jjg" aria-live="polite" data-testid="asset-stream">{cards}
              </ol>
              <div class="css-1t62hi8"><button type="button" class="css-1j8i8n6" data-testid="search-show-more-button">Show More</button></div>
            </section>
            <div class="css-1aor85t">
              <ol class="css-1uh7ny8">{news}</ol>
              <section class="css-m4b8zb" aria-labelledby="opinion-today-label">
                <h2 id="opinion-today-label" class="css-fezk0q">Opinion Today</h2>
                <p class="css-6xhk3s">Join Opinion editors for a daily guide to the columns, essays and arguments you need to read.</p>
                <form class="css-1ma2yds" action="/svc/newsletter/subscribe" method="post"><input type="hidden" name="productCode" value="OT"><input type="email" name="email" aria-label="Email address" placeholder="Email address"><button type="submit" class="css-1qsbp10">Sign Up</button></form>
                <a class="css-1e5om0b" href="/newsletters/opinion-today">See sample</a> <a class="css-1e5om0b" href="/newsletters">Manage email preferences</a>
              </section>
              <section class="css-ae0yjg" aria-label="Paid Post">
                <p class="css-1gxbcpy">PAID POST: Meridian Bank</p>
                <a class="css-yj7vxa" href="{PAID_POST[0]}"><p class="css-nmjyq">{E(PAID_POST[1])}</p></a>
                <a class="css-yj7vxa" href="https://ads.example-network.com/clk?dc=ng-opinion-rr&amp;cr=99871" rel="sponsored nofollow"><img src="https://ads.example-network.com/cr/99871.jpg" width="300" height="250" alt="Advertisement"></a>
              </section>
            </div>
          </div>
          <section class="css-1rh6z5a" data-testid="editors-picks">
            <h2 class="css-1fkrp5g">Editors’ Picks</h2>
            <ul class="css-156kfm3">{picks}</ul>
          </section>
          <section class="css-wg3dlc" data-testid="more-in-section">
            <h2 class="css-1fkrp5g"><a href="/section/opinion">More in Opinion</a></h2>
            <ul class="css-1ijvodx">{more}</ul>
            <div class="css-3bcy4f"><a href="{LETTER[0]}" class="css-1w7k2cx"><span class="css-1bpcbzs">Letters</span> {E(LETTER[1])}</a> <a href="/section/opinion/letters" class="css-1bpcbzs">Write to us</a></div>
          </section>
        </main>
        <footer class="css-1kd1r2z" role="contentinfo">
          <nav class="css-1lmj5ja" id="site-index" aria-labelledby="site-index-label">
            <h2 id="site-index-label" class="css-10y2o7n">Site Index</h2>
            <a href="/section/opinion/columnists">Columnists</a> <a href="/section/opinion/editorials">Editorials</a> <a href="/section/opinion/contributors">Guest Essays</a> <a href="/section/opinion/letters">Letters</a> <a href="/section/opinion/sunday">Sunday Opinion</a> <a href="/video/opinion">Opinion Video</a>
          </nav>
          <div class="css-1wxe9pm">
            <a href="https://www.newgazetteco.example/">© 2024 The New Gazette Company</a> <a href="/corrections">Corrections</a> <a href="https://help.newgazette.example/hc/en-us/articles/115014792127-Copyright-notice">Copyright</a>
            <a href="/privacy/privacy-policy">Privacy Policy</a> <a href="/privacy/cookie-policy">Cookie Policy</a> <a href="/terms-of-service">Terms of Service</a> <a href="/sitemap/">Site Map</a> <a href="https://help.newgazette.example/hc/en-us">Help</a> <a href="/subscription?campaignId=37WXW">Subscriptions</a>
          </div>
        </footer>
      </div>
    </div>
    <script>window.__preloadedData = {json.dumps(preloaded)};</script>
    <script async src="/vi-assets/static-assets/main-4f2ac0e9.js"></script>
  </body>
</html>
"""


def rfc(d: datetime.date, hh: int = 10) -> str:
    return d.strftime("%a, %d %b %Y") + f" {hh:02d}:00:06 +0000"


def rss(title: str, link: str, self_href: str, items: list[tuple[str, str, str, datetime.date, str]]) -> str:
    body = "".join(
        f"""
    <item>
      <title>{E(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
      <atom:link href="{{{{origin}}}}{p}" rel="standout"/>
      <description>{E(s)}</description>
      <dc:creator>{E(a)}</dc:creator>
      <pubDate>{rfc(d)}</pubDate>
      <category domain="http://www.newgazette.example/namespaces/keywords/des">Opinion</category>
    </item>"""
        for t, s, p, d, a in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
  <channel>
    <title>{E(title)}</title>
    <atom:link href="{{{{origin}}}}{self_href}" rel="self" type="application/rss+xml"/>
    <link>{{{{origin}}}}{link}</link>
    <description/>
    <language>en-us</language>
    <copyright>Copyright 2024 The New Gazette Company</copyright>
    <lastBuildDate>Fri, 05 Jan 2024 12:31:04 +0000</lastBuildDate>{body}
  </channel>
</rss>
"""


def main() -> None:
    root = OUT / BASE.strip("/")
    root.mkdir(parents=True, exist_ok=True)
    start, chunks = 0, []
    for c in PER_PAGE:
        chunks.append(list(range(start, start + c)))
        start += c
    assert start == len(COLUMNS)
    for n, ks in enumerate(chunks, 1):
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (root / name).write_text(page(n, ks, len(chunks)), encoding="utf-8")
    own_path = "/svc/collections/v1/publish/www.newgazette.example/column/farah-haddad/rss.xml"
    own = [(t, s, p, d, AUTHOR) for t, s, d, p in COLUMNS[:12]]
    f = OUT / own_path.strip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(rss("Farah Haddad", BASE, own_path, own), encoding="utf-8")
    d5, d4, d3 = datetime.date(2024, 1, 5), datetime.date(2024, 1, 4), datetime.date(2024, 1, 3)
    section = [
        (MORE_IN_OPINION[0][3], "", MORE_IN_OPINION[0][2], d5, "Daniel Mercer"),
        (COLUMNS[0][0], COLUMNS[0][1], COLUMNS[0][3], COLUMNS[0][2], AUTHOR),
        ("Dispatch From a Flooded Delta", "", "/2024/01/05/opinion/bangladesh-flooding-climate.html", d5, "Rafiq Chowdhury"),
        (MORE_IN_OPINION[1][3], "", MORE_IN_OPINION[1][2], d4, "Sofia Alvarez"),
        (MORE_IN_OPINION[3][3], "", MORE_IN_OPINION[3][2], d4, "The Editorial Board"),
        (LETTER[1], "", LETTER[0], d4, ""),
        (MORE_IN_OPINION[4][3], "", MORE_IN_OPINION[4][2], d3, "Mara Lindgren"),
        ("Why the Fed Should Wait", "", "/2024/01/03/opinion/federal-reserve-interest-rates.html", d3, "Paul Whitcomb"),
        (MORE_IN_OPINION[2][3], "", MORE_IN_OPINION[2][2], datetime.date(2024, 1, 2), "Ben Adeyemi"),
        (COLUMNS[1][0], COLUMNS[1][1], COLUMNS[1][3], COLUMNS[1][2], AUTHOR),
    ]
    sec_path = "/services/xml/rss/ng/Opinion.xml"
    f = OUT / sec_path.strip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text(rss("NG > Opinion", "/section/opinion", sec_path, section), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A New York Times-style column page: /YYYY/MM/DD/opinion/keywords.html, hero card then "
            "<li><article> css-xxxx cards, pagination only by <link rel=next> in head (?page=N; the "
            "visible Show More is a button); other columnists' columns, an editorial, a guest essay and a "
            "letter share the dated opinion shape, plus ?smid=/?unlocked_article_code= variants; the head "
            "advertises the section feed (mostly other writers) and the column's own feed."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(chunks),
        "author": AUTHOR,
        "columns": [c[3] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
