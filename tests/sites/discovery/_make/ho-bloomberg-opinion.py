"""Generate the held-out ``ho-bloomberg-opinion`` discovery fixture (stdlib only, deterministic).

An American business site on a Next.js front end: the columnist page is
``/opinion/authors/<opaque-id>/<slug>`` (no trailing slash), columns are
``/opinion/articles/YYYY-MM-DD/<slug>``, every class is a CSS-module hash, each card is
an <a> wrapping the whole card with <div> headlines, "Load more" is a plain link to
``?offset=10`` then ``?offset=20``. Rails: Most Read news (``/news/articles/...``), More
From Ledger Opinion (other columnists, the SAME shape as the truth, with the same card
component), Paid Post cards (``/news/sponsored/...``), and tracking variants of true links
(``?srnd=opinion``, ``?cmpid=...``, ``?accessToken=...``, ``#xj4y7vzkg``).
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, timedelta
from pathlib import Path

NAME = "ho-bloomberg-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Nora Castellanos"
AUTHOR_ID = "AS7tq2Xk1Vo"
AUTHOR_SLUG = "nora-castellanos"
PAGE = f"/opinion/authors/{AUTHOR_ID}/{AUTHOR_SLUG}"
SITE = "Ledger"
PER_PAGE = 10

COLUMNS = [
    ("Private Credit Has a Valuation Problem", "Funds mark their loans at par right up until they don't.", "Markets"),
    ("The Fed Is Running Out of Excuses", "Inflation has been sticky for a year. At some point that's the story.", "Economics"),
    ("Buybacks, Again", "Companies keep buying their own stock, and politicians keep being mad about it.", "Finance"),
    ("Regional Banks Still Haven't Fixed Their Bond Books", "A year after the failures, the unrealized losses are smaller but not gone.", "Banks"),
    ("Why Every Company Wants to Be an AI Company Now", "Earnings calls mention AI more than revenue. That tells you something.", "Technology"),
    ("The SEC's Climate Rule Pleased No One", "A watered-down disclosure rule is still headed to court.", "Regulation"),
    ("Insider Trading Is Weirder Than You Think", "You can't trade on your own company's secrets. What about someone else's?", "Law"),
    ("Commercial Real Estate's Slow-Motion Reckoning", "Office towers are being sold at 70% discounts, one at a time.", "Real Estate"),
    ("Bitcoin ETFs Are Boring, and That's the Point", "The crypto trade that Wall Street finally likes is a fund that holds coins.", "Crypto"),
    ("A Short Seller's Guide to Accounting Footnotes", "The interesting numbers are never in the press release.", "Markets"),
    ("Japan's Negative Rates Are Finally Over", "The last central bank holdout has moved. The yen shrugged.", "Economics"),
    ("Activists Are Back at the Big Banks", "Shareholder proposals are getting more specific and more annoying.", "Banks"),
    ("Meme Stocks Never Really Left", "Retail traders are quieter now, but the options volume says otherwise.", "Markets"),
    ("Boeing's Problem Isn't a Door Plug", "It's a culture that treated engineering as a cost center.", "Industrials"),
    ("Who Actually Owns Treasuries Now?", "Hedge funds, money-market funds and a lot of basis trades.", "Markets"),
    ("The Case Against Quarterly Earnings", "Ninety days is an arbitrary unit of corporate time.", "Finance"),
    ("Stablecoins Want to Be Banks Without the Rules", "Tether's profits look a lot like net interest margin.", "Crypto"),
    ("Soft Landing?", "The economy did the thing economists said it couldn't. Mostly.", "Economics"),
    ("Mergers Are Hard Again", "Antitrust enforcers are suing more, and winning some.", "Deals"),
    ("Proxy Advisers Have Too Much Power", "Two firms effectively decide a lot of corporate elections.", "Governance"),
    ("The Trouble With Pension Fund Returns", "Smoothing private-asset marks makes everyone look like a genius.", "Finance"),
    ("What Silicon Valley Bank Taught Nobody", "Deposit runs now happen at the speed of a group chat.", "Banks"),
    ("Index Funds Are Eating the Vote", "Passive managers hold a quarter of many companies and don't want to pick sides.", "Governance"),
    ("Oil Traders Love Volatility", "A chaotic year for crude has been a very good year for Vitol.", "Commodities"),
    ("Bond Math for Everyone", "Duration, convexity and why your 'safe' fund lost 15%.", "Markets"),
    ("SPACs, One Last Time", "The blank-check boom is over. The lawsuits are not.", "Deals"),
    ("Can ESG Survive the Backlash?", "Asset managers are quietly renaming their funds.", "Governance"),
]

MOST_READ = [
    ("2024-03-28", "Treasury Yields Jump as Traders Pare Bets on June Rate Cut"),
    ("2024-03-28", "Apple Faces EU Probe Over App Store Rules Under New Tech Law"),
    ("2024-03-27", "Oil Heads for Third Monthly Gain as OPEC+ Keeps Supply Tight"),
    ("2024-03-27", "Biggest US Office Landlord Warns of Further Writedowns"),
    ("2024-03-26", "Nvidia Rally Pushes Market Value Past $2.3 Trillion"),
]
MORE_OPINION = [  # other columnists, same URL shape as the truth
    ("2024-03-28", "the-uk-election-is-already-decided", "The UK Election Is Already Decided", "Hugo Marchbanks", "ARs0pL9aQ2c", "hugo-marchbanks"),
    ("2024-03-27", "china-s-property-slump-has-no-bottom-yet", "China's Property Slump Has No Bottom Yet", "Wen Li Okafor", "AQ1mZr5Tt0E", "wen-li-okafor"),
    ("2024-03-27", "the-electric-vehicle-price-war-is-here", "The Electric-Vehicle Price War Is Here", "Dale Ferreira", "ARxN3vQe8hY", "dale-ferreira"),
    ("2024-03-26", "medicare-can-t-negotiate-its-way-out-of-this", "Medicare Can't Negotiate Its Way Out of This", "Ruth Adebayo", "AP9kW2sLm4U", "ruth-adebayo"),
    ("2024-03-25", "stop-blaming-greedflation", "Stop Blaming Greedflation", "Editorial Board", "AOe7Yt6Pq1B", "editorial-board"),
]
SPONSORED = [
    ("2024-03-20", "How Mid-Market Companies Are Rethinking Treasury Management", "Paid Post by Halvard Bank"),
    ("2024-03-12", "The Next Decade of Infrastructure Investing", "Paid Post by Crestline Partners"),
]
VIDEOS = [("2024-03-27", "Nora Castellanos on Private Credit's Hidden Risks")]

e = html.escape


def slugify(title: str) -> str:
    s = title.lower().replace("'", "-").replace("\u2019", "-")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


# two columns a week, Tuesdays and Thursdays, newest first
d = date(2024, 3, 28)
cols = []
for i, (title, dek, topic) in enumerate(COLUMNS):
    path = f"/opinion/articles/{d.isoformat()}/{slugify(title)}"
    cols.append({"title": title, "dek": dek, "topic": topic, "date": d, "path": path,
                 "minutes": 4 + (i * 7) % 6})
    d -= timedelta(days=2 if d.weekday() == 3 else 5)

pages = [cols[i:i + PER_PAGE] for i in range(0, len(cols), PER_PAGE)]
most_read = [(t, f"/news/articles/{day}/{slugify(t)}") for day, t in MOST_READ]
more_opinion = [(t, f"/opinion/articles/{day}/{slug}", who, f"/opinion/authors/{aid}/{aslug}")
                for day, slug, t, who, aid, aslug in MORE_OPINION]
sponsored = [(t, f"/news/sponsored/{day}/{slugify(t)}", by) for day, t, by in SPONSORED]
videos = [(t, f"/news/videos/{day}/{slugify(t)}") for day, t in VIDEOS]


def human(d: date) -> str:
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def story_card(c: dict, n: int) -> str:
    href = ("{{origin}}" + c["path"]) if n % 4 == 2 else c["path"]
    return f"""
            <a class="styles_storyBlock__3kq" href="{href}" data-component="story-list-story" data-tracking-type="Story">
              <div class="styles_eyebrow__Qz81a">{e(c['topic'])}</div>
              <div class="styles_headline__x7Pq2" data-testid="headline">{e(c['title'])}</div>
              <div class="styles_summary__4Kd0w">{e(c['dek'])}</div>
              <div class="styles_meta__r9Ts1"><span class="styles_byline__2mAqe">{AUTHOR}</span><time class="styles_time__Ux9p3" datetime="{c['date'].isoformat()}T10:00:00.000Z">{human(c['date'])}</time><span class="styles_readTime__h3LmB">{c['minutes']} min read</span></div>
            </a>"""


def hero(c: dict) -> str:
    share = "{{origin}}" + c["path"]
    return f"""
          <div class="styles_hero__Wq4k1">
            <a class="styles_storyBlock__3kq styles_lede__8xNn2" href="{c['path']}" data-component="lede-story">
              <div class="styles_media__0pQ3v"><img src="https://assets.ledger-cdn.example/image/v1/ledger/{c['date'].isoformat()}/1200x-1.webp" alt=""></div>
              <div class="styles_eyebrow__Qz81a">{e(c['topic'])}</div>
              <div class="styles_headline__x7Pq2 styles_large__1Bv5r" data-testid="headline">{e(c['title'])}</div>
              <div class="styles_summary__4Kd0w">{e(c['dek'])}</div>
              <div class="styles_meta__r9Ts1"><span class="styles_byline__2mAqe">{AUTHOR}</span><time class="styles_time__Ux9p3" datetime="{c['date'].isoformat()}T10:00:00.000Z">{human(c['date'])}</time></div>
            </a>
            <div class="styles_shareBar__Ee2z7" role="group" aria-label="Share this story">
              <a class="styles_shareBtn__m1Xo4" href="https://twitter.com/intent/tweet?url={share}%3Fsref%3DQm7vPzXa&amp;text={e(c['title'])}" rel="noopener" target="_blank" aria-label="Share on X"></a>
              <a class="styles_shareBtn__m1Xo4" href="https://www.linkedin.com/sharing/share-offsite/?url={share}%3Fsref%3DQm7vPzXa" rel="noopener" target="_blank" aria-label="Share on LinkedIn"></a>
              <a class="styles_shareBtn__m1Xo4" href="mailto:?subject={e(c['title'])}&amp;body={share}%3Fsref%3DQm7vPzXa" aria-label="Share by email"></a>
              <a class="styles_giftBtn__Zr60p" href="{c['path']}?accessToken=eyJhbGciOiJIUzI1NiJ9.eyJzb3VyY2UiOiJTdWJzY3JpYmVyR2lmdGVkQXJ0aWNsZSJ9.h2bQ" aria-label="Gift this article">Gift this article</a>
            </div>
          </div>"""


def most_read_rail() -> str:
    rows = "\n".join(
        f'              <li class="styles_item__Jx3Ba"><span class="styles_rank__0LqcW">{n}</span>'
        f'<a class="styles_link__pV81s" href="{p if n % 2 else "{{origin}}" + p}"><div class="styles_headline__x7Pq2">{e(t)}</div></a></li>'
        for n, (t, p) in enumerate(most_read, 1))
    return f"""
          <section class="styles_rail__Zx81d" data-zone="rail-a" data-component="ranked-list">
            <h3 class="styles_railTitle__nE0yb">Most Read</h3>
            <ol class="styles_list__Ca7qD">
{rows}
            </ol>
          </section>"""


def more_opinion_rail() -> str:
    cards = "\n".join(f"""            <div class="styles_moreItem__kk2Pz">
              <a class="styles_storyBlock__3kq" href="{p}" data-component="story-list-story">
                <div class="styles_headline__x7Pq2">{e(t)}</div>
              </a>
              <a class="styles_authorLink__Gm3o0" href="{ap}">{e(who)}</a>
            </div>""" for t, p, who, ap in more_opinion)
    return f"""
        <section class="styles_moreFrom__9fGq1" data-component="module" data-zone="module-4">
          <h2 class="styles_sectionTitle__3ePnR"><a href="/opinion">More From {SITE} Opinion</a></h2>
          <div class="styles_grid__Vb6sE">
{cards}
          </div>
        </section>"""


def paid_rail() -> str:
    cards = "\n".join(f"""          <a class="styles_storyBlock__3kq styles_paid__Tt2xQ" href="{p}" data-component="paid-post" rel="sponsored">
            <div class="styles_eyebrow__Qz81a">{e(by)}</div>
            <div class="styles_headline__x7Pq2">{e(t)}</div>
          </a>""" for t, p, by in sponsored)
    return f"""
        <div class="styles_paidPosts__Lk0Pa" data-ad-zone="paid-post">
          <div class="styles_adLabel__3rW1y">Paid Post</div>
{cards}
          <a href="https://ad.doubleclick.example/ddm/trackclk/N1234.ledger/B3141592;dc_trk_aid=55012" rel="nofollow sponsored" class="styles_adSlot__yq7T0"><img src="https://ad.doubleclick.example/ddm/ad/300x250.jpg" alt="Advertisement"></a>
        </div>"""


def topnav() -> str:
    return """
    <header class="styles_navbar__Xk2Pq" data-component="navbar">
      <div class="styles_top__N0v5e">
        <a class="styles_logo__hF3s9" href="{{origin}}/" aria-label="Ledger home"><svg width="110" height="22" aria-hidden="true"></svg></a>
        <nav class="styles_primary__uY7qE" aria-label="Main">
          <a class="styles_navLink__2Oq9j" href="/live/us">Live TV</a>
          <a class="styles_navLink__2Oq9j" href="/markets">Markets</a>
          <a class="styles_navLink__2Oq9j" href="/economics">Economics</a>
          <a class="styles_navLink__2Oq9j" href="/technology">Technology</a>
          <a class="styles_navLink__2Oq9j" href="/politics">Politics</a>
          <a class="styles_navLink__2Oq9j" href="/green">Green</a>
          <a class="styles_navLink__2Oq9j styles_active__a0Lq8" href="/opinion">Opinion</a>
          <a class="styles_navLink__2Oq9j" href="/businessweek">Businessweek</a>
          <a class="styles_navLink__2Oq9j" href="/industries">More</a>
        </nav>
        <div class="styles_account__qW6t0">
          <a class="styles_subscribe__Pp4rV" href="/subscriptions?in_source=nav-opinion&amp;leadSource=uverify%20wall">Subscribe</a>
          <a class="styles_signIn__U2gX8" href="/account/signin?in_source=nav">Sign In</a>
        </div>
      </div>
      <nav class="styles_subnav__Kx01s" aria-label="Opinion">
        <a href="/opinion">Opinion</a>
        <a href="/opinion/latest">Latest</a>
        <a href="/opinion/authors">Columnists</a>
        <a href="/opinion/editorial-board">Editorial Board</a>
        <a href="/opinion/newsletters">Newsletters</a>
        <a href="/opinion/podcasts">Podcasts</a>
      </nav>
    </header>"""


def footer() -> str:
    return """
    <footer class="styles_footer__c4Ljs" data-component="footer">
      <div class="styles_newsletter__Rq7aM">
        <div class="styles_nlTitle__v0Bx4">Get Nora Castellanos's newsletter, The Margin, in your inbox.</div>
        <a class="styles_nlButton__Wm1sT" href="/account/newsletters/the-margin?source=author-page">Sign up</a>
      </div>
      <nav class="styles_footerNav__g3Hx2">
        <a href="/company/">Ledger L.P.</a>
        <a href="/company/press/">Press</a>
        <a href="/feedback">Contact Us</a>
        <a href="/help">Help</a>
        <a href="/notices/tos">Terms of Service</a>
        <a href="/notices/privacy-policy">Privacy Policy</a>
        <a href="/notices/trademarks">Trademarks</a>
        <a href="/company/careers/">Careers</a>
        <a href="/sitemap">Site Map</a>
        <a href="https://www.ledger-professional.example/">Ledger Terminal</a>
        <a href="https://www.ledger-media.example/advertise/">Advertise</a>
      </nav>
      <div class="styles_social__d7Ao2">
        <a href="https://twitter.com/LedgerOpinion" rel="noopener">X</a>
        <a href="https://www.facebook.com/LedgerOpinion" rel="noopener">Facebook</a>
        <a href="https://www.linkedin.com/company/ledger-opinion" rel="noopener">LinkedIn</a>
      </div>
      <p class="styles_copyright__A1vQz">&copy;2024 Ledger L.P. All Rights Reserved.</p>
    </footer>"""


def next_data(items: list[dict], page: int) -> str:
    data = {
        "props": {"pageProps": {
            "author": {"id": AUTHOR_ID, "name": AUTHOR, "slug": AUTHOR_SLUG,
                       "url": "{{origin}}" + PAGE, "twitter": "NoraCastellanos"},
            "stories": [{"id": f"SB{n + page * PER_PAGE:04d}KX",
                         "headline": c["title"], "summary": c["dek"], "url": c["path"],
                         "publishedAt": c["date"].isoformat() + "T10:00:00.000Z"} for n, c in enumerate(items)],
            "mostRead": [{"headline": t, "url": p} for t, p in most_read],
            "offset": page * PER_PAGE, "limit": PER_PAGE,
            "hasMore": page < len(pages) - 1,
        }},
        "page": "/opinion/authors/[id]/[slug]", "query": {"id": AUTHOR_ID, "slug": AUTHOR_SLUG},
        "buildId": "Wq1bT0x9pLmN", "isFallback": False, "gssp": True,
    }
    return json.dumps(data, separators=(",", ":"))


def page_html(page: int) -> str:
    items = pages[page]
    offset = page * PER_PAGE
    if page == 0:
        body = hero(items[0]) + "\n          <div class=\"styles_list__Rb3hN\">" + "".join(
            story_card(c, n) for n, c in enumerate(items[1:], 1)) + "\n          </div>"
    else:
        body = "\n          <div class=\"styles_list__Rb3hN\">" + "".join(
            story_card(c, n) for n, c in enumerate(items)) + "\n          </div>"
    if page < len(pages) - 1:
        more = f'\n          <div class="styles_loadMore__Hc5m0"><a class="styles_loadMoreButton__qN2k8" href="?offset={offset + PER_PAGE}" data-component="load-more">Load more</a></div>'
    else:
        more = ""
    person = {
        "@context": "https://schema.org", "@type": "ProfilePage",
        "mainEntity": {"@type": "Person", "name": AUTHOR, "url": "{{origin}}" + PAGE,
                       "jobTitle": f"{SITE} Opinion columnist",
                       "sameAs": ["https://twitter.com/NoraCastellanos"]},
        "publisher": {"@type": "Organization", "name": SITE, "url": "{{origin}}/"},
    }
    newest, second, third = cols[0], cols[1], cols[2]
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{AUTHOR} - {SITE} Opinion</title>
  <meta name="description" content="{AUTHOR} is a {SITE} Opinion columnist covering Wall Street, banks and corporate finance.">
  <link rel="canonical" href="{{{{origin}}}}{PAGE}">
  <meta property="og:url" content="{{{{origin}}}}{PAGE}">
  <meta property="og:type" content="profile">
  <meta name="parsely-type" content="index">
  <link rel="preload" href="/_next/static/css/7a91c0b3e2f4d5a6.css" as="style">
  <link rel="stylesheet" href="/_next/static/css/7a91c0b3e2f4d5a6.css">
  <script type="application/ld+json">{json.dumps(person)}</script>
</head>
<body>
  <div id="__next">
    <div class="styles_ticker__yR5pZ" data-component="opinion-ticker">
      <span class="styles_tickerLabel__Lf3mQ">Top Opinion</span>
      <a class="styles_tickerLink__0sWw1" href="{newest['path']}?srnd=opinion">{e(newest['title'])}</a>
      <a class="styles_tickerLink__0sWw1" href="{more_opinion[0][1]}?srnd=opinion">{e(more_opinion[0][0])}</a>
      <a class="styles_tickerLink__0sWw1" href="{second['path']}?cmpid=BBD032824_OPINION&amp;utm_medium=email&amp;utm_source=newsletter&amp;utm_term=240328&amp;utm_campaign=opinion">{e(second['title'])}</a>
      <a class="styles_tickerLink__0sWw1" href="{{{{origin}}}}{third['path']}#xj4y7vzkg">{e(third['title'])}</a>
    </div>
{topnav()}
    <main class="styles_main__Tn9yC">
      <nav class="styles_breadcrumbs__oP2m4" aria-label="Breadcrumb">
        <a href="/opinion">Opinion</a><span aria-hidden="true">/</span><a href="/opinion/authors">Columnists</a><span aria-hidden="true">/</span><span aria-current="page">{AUTHOR}</span>
      </nav>
      <section class="styles_authorHeader__4Wm2c">
        <img class="styles_headshot__Jq0Ut" src="https://assets.ledger-cdn.example/image/v1/authors/{AUTHOR_ID}/160x160.png" alt="{AUTHOR}">
        <div>
          <h1 class="styles_authorName__u1Rc8">{AUTHOR}</h1>
          <div class="styles_authorBio__S8rdF">{AUTHOR} is a {SITE} Opinion columnist covering Wall Street, banks and corporate finance. She was previously a securities lawyer and a credit analyst.</div>
          <div class="styles_topics__bM0x7">Writes about: <a href="/topics/banks">Banks</a>, <a href="/topics/private-credit">Private Credit</a>, <a href="/topics/financial-regulation">Financial Regulation</a></div>
          <div class="styles_follow__J2v0s">
            <a href="https://twitter.com/NoraCastellanos" rel="noopener">@NoraCastellanos</a>
            <button class="styles_followBtn__t9Ed2" type="button" data-author="{AUTHOR_ID}">Follow</button>
            <a href="/account/newsletters/the-margin?source=author-header">Newsletter</a>
          </div>
        </div>
      </section>
      <div class="styles_columns__ZbM3d">
        <div class="styles_content__nQ4vA" data-zone="author-stories">{body}{more}
        </div>
        <aside class="styles_sidebar__X1b6R">{most_read_rail()}
          <section class="styles_rail__Zx81d" data-zone="video">
            <h3 class="styles_railTitle__nE0yb">Video</h3>
            <a class="styles_link__pV81s" href="{videos[0][1]}"><div class="styles_headline__x7Pq2">{e(videos[0][0])}</div></a>
          </section>
        </aside>
      </div>
{more_opinion_rail()}
{paid_rail()}
    </main>
{footer()}
  </div>
  <script id="__NEXT_DATA__" type="application/json">{next_data(items, page)}</script>
  <script src="/_next/static/chunks/pages/opinion/authors/%5Bid%5D/%5Bslug%5D-3c9e1f0a.js" defer></script>
</body>
</html>
"""


def main() -> None:
    base = OUT / "opinion" / "authors" / AUTHOR_ID
    base.mkdir(parents=True, exist_ok=True)
    for page in range(len(pages)):
        name = f"{AUTHOR_SLUG}.html" if page == 0 else f"{AUTHOR_SLUG}@offset={page * PER_PAGE}.html"
        (base / name).write_text(page_html(page), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("An American business site on Next.js: author page /opinion/authors/<id>/<slug>, columns "
                        "/opinion/articles/YYYY-MM-DD/<slug>, hashed CSS-module classes, whole-card <a> links with <div> "
                        "headlines, a 'Load more' ?offset=N link; the More From Opinion rail reuses the same card class "
                        "and URL shape for other columnists, Most Read news shares the dated shape, and ?srnd= is a "
                        "non-standard tracking param."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(pages),
        "author": AUTHOR,
        "columns": [c["path"] for c in cols],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
