"""Generate the held-out discovery fixture ``ho-wapo-dated`` (stdlib only, deterministic).

Imitates an American daily's columnist page (``/people/<slug>/``) built from a React
design system: hashed ``wpds-c-*`` class names, cards as ``<div data-feature-id="homepage/story">``
with a headline link and a separate image link, ``/opinions/YYYY/MM/DD/<slug>/`` URLs that are
shared by other columnists, editorials and letters, pagination only through
``<link rel="next">`` in the head (the visible control is a script "Load more" button), and a
broken pager whose page 3 (and 4) repeats page 2.

    python tests/sites/discovery/_make/ho-wapo-dated.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

NAME = "ho-wapo-dated"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Dana Whitfield"
AUTHOR_PAGE = "/people/dana-whitfield/"

# (date, slug, headline, blurb, comments)
COLUMNS = [
    ("2024/01/05", "house-republicans-shutdown-deadline-johnson",
     "The House GOP’s shutdown gamble is about to come due",
     "Speaker Mike Johnson has two weeks to find votes he doesn’t have.", 2143),
    ("2024/01/03", "jan-6-three-years-democracy-danger",
     "Three years after Jan. 6, the danger hasn’t passed",
     "The people who tried to overturn an election are running for office again. Many will win.", 3871),
    ("2023/12/29", "nikki-haley-civil-war-slavery-answer",
     "Nikki Haley’s Civil War answer was no accident",
     "It was a window into how Republican candidates talk when they think only the base is listening.", 1520),
    ("2023/12/26", "mike-johnson-speaker-impossible-job",
     "Mike Johnson’s impossible job", "Every speaker inherits a conference. This one inherited a civil war.", 874),
    ("2023/12/20", "colorado-supreme-court-trump-ballot-14th-amendment",
     "What Colorado got right",
     "The state’s highest court took the text of the 14th Amendment seriously. The Supreme Court should too.", 4210),
    ("2023/12/15", "border-deal-democrats-ukraine-aid-senate",
     "The border deal Democrats should take",
     "It won’t be pretty, and progressives will hate parts of it. Take it anyway.", 1388),
    ("2023/12/12", "congress-least-productive-year-laws-passed",
     "Congress’s worst year in decades, by the numbers",
     "Twenty-two laws. Three speakers’ worth of chaos. One near-default.", 962),
    ("2023/12/08", "bidenomics-inflation-prices-polls",
     "Bidenomics has a messaging problem. It also has a prices problem.",
     "Voters aren’t wrong that groceries cost more. The White House keeps arguing with them anyway.", 2790),
    ("2023/12/06", "tuberville-military-holds-end-damage",
     "Tommy Tuberville’s blockade ends, but the damage lingers",
     "Hundreds of promotions were delayed for months. The Senate let it happen.", 611),
    ("2023/12/01", "george-santos-expelled-house-vote",
     "Goodbye, George Santos", "The House finally did the obvious thing. It took far too long.", 1902),
    ("2023/11/28", "senate-filibuster-reform-talking-filibuster",
     "The Senate is broken. Here’s one fix.",
     "Make senators who want to block a bill actually stand up and talk.", 1147),
    ("2023/11/21", "iowa-caucuses-trump-voters-loyalty",
     "Iowa voters don’t owe Trump anything",
     "The caucuses are eight weeks away. The race is not as settled as the polls suggest.", 733),
    ("2023/11/17", "speaker-fight-johnson-not-over",
     "Why the speaker fight isn’t really over",
     "The hard-liners who toppled Kevin McCarthy haven’t gone anywhere.", 580),
    ("2023/11/14", "shutdown-postponed-laddered-continuing-resolution",
     "Shutdown, postponed", "Congress kicked the can to January. That’s not a plan.", 402),
    ("2023/11/09", "democrats-off-year-elections-2024-warning",
     "Democrats keep winning off-year elections. Should they worry anyway?",
     "Tuesday’s results were a rebuke to the GOP on abortion. They were not a verdict on Biden.", 2255),
    ("2023/11/08", "ohio-abortion-amendment-vote-gop-warning",
     "Ohio’s abortion vote is a warning for the GOP",
     "A red state voted to protect abortion rights by double digits.", 1876),
    ("2023/10/31", "mcconnell-ukraine-aid-last-stand",
     "Mitch McConnell’s last stand on Ukraine",
     "The Senate Republican leader is running out of time and allies.", 934),
    ("2023/10/25", "mike-johnson-elected-speaker-not-compromise",
     "Mike Johnson is not a compromise",
     "House Republicans didn’t pick a consensus speaker. They picked the last man standing.", 1698),
    ("2023/10/20", "jim-jordan-speaker-vote-fails",
     "Jim Jordan lost. The chaos won.", "Three ballots, three defeats, and still no speaker.", 1244),
    ("2023/10/13", "congress-retirements-wave-2024",
     "The quiet retirement wave in Congress",
     "Lawmakers in both parties are heading for the exits. Pay attention to why.", 388),
    ("2023/10/04", "matt-gaetz-mccarthy-ouster-motion-to-vacate",
     "Matt Gaetz got what he wanted", "And the rest of the House Republican conference gets to live with it.", 2960),
    ("2023/09/29", "dianne-feinstein-legacy-staying-too-long",
     "Dianne Feinstein and the problem of staying too long",
     "Her career was historic. Its final chapter should prompt a hard conversation.", 1511),
]
PAGE1, PAGE2 = COLUMNS[:12], COLUMNS[12:]
GIFT_TOKEN = (
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJyZWFzb24iOiJnaWZ0IiwibmJmIjoxNzA0NDMwODAwLCJpc3MiOiJzdWJz"
    "Y3JpcHRpb25zIiwiZXhwIjoxNzA1ODI3NTk5LCJpYXQiOjE3MDQ0MzA4MDAsImp0aSI6IjhjNmQ0M2E2In0.q3Xv2pL9mT0wR8yK1bN5cZ7sH4dF6gJ2aE0uY3iO9lM"
)

OTHER_WRITERS = [
    ("/opinions/2024/01/05/trump-immunity-appeal-dc-circuit/", "Trump’s immunity claim is as weak as it sounds",
     "Marcus Ellery", "/people/marcus-ellery/"),
    ("/opinions/2024/01/05/taylor-swift-economy-eras-tour/", "The Taylor Swift economy is real. So is the hangover.",
     "Priya Raman", "/people/priya-raman/"),
    ("/opinions/2024/01/04/israel-gaza-war-next-phase/", "What the next phase in Gaza will demand of Israel",
     "Thomas Kerrigan", "/people/thomas-kerrigan/"),
    ("/opinions/2024/01/03/claudine-gay-resignation-harvard/", "Harvard’s president resigned. The fight is just starting.",
     "Ellen Park", "/people/ellen-park/"),
    ("/opinions/2024/01/02/new-years-resolutions-democracy/", "My New Year’s resolution for American democracy",
     "Robert Kagan-Moore", "/people/robert-kagan-moore/"),
]

EDITORIALS = [
    ("/opinions/2024/01/04/editorial-board-ukraine-aid-congress/", "Congress must not abandon Ukraine now"),
    ("/opinions/2024/01/04/editorial-board-dc-crime-bill-council/", "D.C.’s crime bill is a start, not a solution"),
    ("/opinions/2024/01/03/editorial-board-jan-6-anniversary-accountability/", "Three years later, accountability for Jan. 6 is unfinished"),
]

LETTERS = [
    ("/opinions/2024/01/05/letters-shutdown-federal-workers/", "Federal workers deserve better than another shutdown threat"),
    ("/opinions/2024/01/04/letters-colorado-ballot-ruling-readers/", "Readers weigh in on the Colorado ballot ruling"),
]

MOST_READ = [
    ("/politics/2024/01/05/supreme-court-trump-ballot-colorado-case/", "Supreme Court agrees to hear Trump ballot case"),
    ("/politics/2024/01/05/johnson-schumer-spending-topline-deal/", "Johnson and Schumer near deal on spending topline"),
    ("/politics/2024/01/05/biden-valley-forge-speech-democracy/", "Biden, at Valley Forge, casts 2024 as a fight for democracy"),
    ("/politics/2024/01/04/haley-desantis-iowa-debate-cnn/", "Haley and DeSantis set for one-on-one Iowa debate"),
    ("/business/2024/01/05/december-jobs-report-2024/", "Employers added 216,000 jobs in December"),
]

TRENDING = [
    ("/world/2024/01/05/iran-kerman-bombing-islamic-state/", "Islamic State claims Iran bombing"),
    ("/dc-md-va/2024/01/05/snow-forecast-dc-weekend/", "D.C. could see its first inch of snow in two years"),
    ("/technology/2024/01/05/alaska-airlines-boeing-737-max-door/", "Boeing 737 Max door plug blows out mid-flight"),
    ("/sports/2024/01/05/commanders-ron-rivera-future/", "Commanders’ Rivera faces a final week of uncertainty"),
]

NAV = [
    ("/politics/", "Politics"), ("/elections/", "Election 2024"), ("/opinions/", "Opinions"),
    ("/style/", "Style"), ("/investigations/", "Investigations"), ("/climate-environment/", "Climate"),
    ("/wellbeing/", "Well+Being"), ("/business/", "Business"), ("/technology/", "Tech"),
    ("/world/", "World"), ("/local/", "D.C., Md. & Va."), ("/sports/", "Sports"), ("/sections/", "More"),
]

OPINION_NAV = [
    ("/opinions/columnists/", "Columnists"), ("/opinions/the-posts-view/", "The Post’s View"),
    ("/opinions/letters-to-the-editor/", "Letters to the Editor"), ("/opinions/cartoons/", "Cartoons"),
    ("/opinions/guest-opinions/", "Guest opinions"),
]

FOOTER = [
    ("/about-the-post/", "About The Post"), ("/newsroom-policies/", "Policies & Standards"),
    ("/discussions/", "Discussions"), ("/about-the-post/2019/01/23/contact-the-washington-post/", "Contact the Newsroom"),
    ("/subscribe/", "Subscribe"), ("/gift-subscriptions/", "Gift subscriptions"),
    ("/careers/", "Careers"), ("/privacy-policy/", "Privacy Policy"), ("/terms-of-service/", "Terms of Use"),
    ("/sitemap/", "Site Map"), ("/accessibility/", "Accessibility"),
    ("https://www.facebook.com/washingtonpost", "Facebook"), ("https://twitter.com/washingtonpost", "X"),
]

e = html.escape
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def col_path(c) -> str:
    return f"/opinions/{c[0]}/{c[1]}/"


def human(date: str) -> str:
    y, m, d = date.split("/")
    return f"{MONTHS[int(m) - 1]} {int(d)}, {y}"


def page_url(n: int) -> str:
    return AUTHOR_PAGE if n == 1 else f"{AUTHOR_PAGE}?page={n}"


def head(n: int) -> str:
    prev_link = f'\n<link rel="prev" href="{{{{origin}}}}{page_url(n - 1)}">' if n > 1 else ""
    next_link = f'\n<link rel="next" href="{{{{origin}}}}{page_url(n + 1)}">'
    ld = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "name": "Dana Whitfield - The Washington Post",
        "url": "{{origin}}" + AUTHOR_PAGE,
        "mainEntity": {
            "@type": "Person", "name": AUTHOR, "jobTitle": "Columnist",
            "worksFor": {"@type": "NewsMediaOrganization", "name": "The Washington Post"},
            "sameAs": ["https://twitter.com/danawhitfield", "https://www.threads.net/@danawhitfield"],
        },
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Dana Whitfield - The Washington Post</title>
<meta name="description" content="Dana Whitfield is a columnist for The Washington Post who writes about Congress, elections and the state of American democracy."/>
<link rel="canonical" href="{{{{origin}}}}{AUTHOR_PAGE}"/>{prev_link}{next_link}
<meta property="og:title" content="Dana Whitfield"/>
<meta property="og:type" content="profile"/>
<meta property="og:url" content="{{{{origin}}}}{AUTHOR_PAGE}"/>
<meta property="og:image" content="https://www.example-img.com/wp-apps/imrs.php?src=dana-whitfield.png&amp;w=600"/>
<meta name="twitter:site" content="@washingtonpost"/>
<link rel="preload" href="/wp-stat/assets/fonts/PostoniWide-Bold.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/3b9e0f2c1a7d84e5.css"/>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"author":"dana-whitfield","page":{n}}}}},"page":"/people/[slug]","buildId":"wp-2024.01.05-1"}}</script>
</head>
"""


def header() -> str:
    nav = "".join(
        f'<li class="wpds-c-hYvQsl"><a class="wpds-c-cEJEba" href="{h}?itid=nav_sections">{e(t)}</a></li>'
        for h, t in NAV
    )
    trending = "".join(
        f'<li class="wpds-c-bXmGtT"><a href="{{{{origin}}}}{h}" class="wpds-c-dNLAtg">{e(t)}</a></li>'
        for h, t in TRENDING
    )
    return f"""<body>
<div id="__next">
<a class="wpds-c-skip" href="#main-content">Skip to main content</a>
<header class="wpds-c-gPCKHb" data-qa="site-header">
  <div class="wpds-c-kOzPGU">
    <button type="button" class="wpds-c-iNQpcP" aria-label="Sections Menu" data-qa="sc-sections-button">Sections</button>
    <a href="{{{{origin}}}}/" aria-label="The Washington Post homepage" class="wpds-c-fHLLjT"><svg class="wpds-c-logo" viewBox="0 0 265 36" aria-hidden="true"><path d="M0 0h265v36H0z"/></svg></a>
    <div class="wpds-c-cGjrPX">
      <a href="/subscribe/?itid=nav_subscribe&amp;s_l=PAYWALL" class="wpds-c-lgBANd" data-qa="sc-subscribe-button">Subscribe</a>
      <a href="/subscribe/signin/?next_url=https%3A%2F%2Fwww.washingtonpost.com%2Fpeople%2Fdana-whitfield%2F" class="wpds-c-cXxNry" data-qa="sc-sign-in-button" rel="nofollow">Sign in</a>
    </div>
  </div>
  <nav aria-label="Sections" class="wpds-c-dhzjXW"><ul class="wpds-c-fgYLWo">{nav}</ul></nav>
  <div class="wpds-c-jLZsRe" data-qa="trending-bar"><ul class="wpds-c-eNgKbA">{trending}</ul></div>
</header>
"""


def profile() -> str:
    onav = "".join(f'<li><a href="{h}">{e(t)}</a></li>' for h, t in OPINION_NAV)
    return f"""<main id="main-content" class="wpds-c-PJLV">
  <div class="wpds-c-bQmeKs" data-qa="opinions-subnav">
    <a href="/opinions/" class="wpds-c-eGMBzj">Opinions</a>
    <ul class="wpds-c-fxNKDi">{onav}</ul>
  </div>
  <nav aria-label="Breadcrumb" class="wpds-c-breadcrumb"><a href="/opinions/">Opinions</a> <span aria-hidden="true">/</span> <a href="/opinions/columnists/">Columnists</a></nav>
  <section class="wpds-c-kSOqLF" data-qa="author-bio">
    <img class="wpds-c-gzSSOe" src="https://www.example-img.com/wp-apps/imrs.php?src=dana-whitfield.png&amp;w=180" width="180" height="180" alt="Dana Whitfield"/>
    <div class="wpds-c-jJXBcz">
      <h1 class="wpds-c-dhAQEG font--headline">Dana Whitfield</h1>
      <p class="wpds-c-hKkSGp">Columnist</p>
      <p class="wpds-c-lfhMXZ">Dana Whitfield writes about Congress, elections and the state of American democracy. Before joining Opinions in 2019, she covered Capitol Hill for 12 years.</p>
      <div class="wpds-c-iMzYjd">
        <button type="button" class="wpds-c-follow" data-author-id="dana-whitfield">Follow</button>
        <a href="https://twitter.com/danawhitfield" class="wpds-c-social" rel="noopener" target="_blank" aria-label="Dana Whitfield on X"></a>
        <a href="mailto:dana.whitfield@example-wapo.com" class="wpds-c-social" aria-label="Email Dana Whitfield"></a>
      </div>
      <ul class="wpds-c-topics" aria-label="Topics">
        <li><a href="/topics/congress/">Congress</a></li><li><a href="/topics/election-2024/">Election 2024</a></li>
        <li><a href="/topics/house-of-representatives/">House</a></li><li><a href="/topics/supreme-court/">Supreme Court</a></li>
      </ul>
    </div>
  </section>
"""


def card(c, k: int) -> str:
    date, slug, title, blurb, comments = c
    p = col_path(c)
    comments_txt = f"{comments / 1000:.1f}K".replace(".0K", "K") if comments >= 1000 else str(comments)
    gift = (
        f'\n      <a class="wpds-c-gEjXbc" href="{{{{origin}}}}{p}?pwapi_token={GIFT_TOKEN}" data-qa="gift-share">Gift this article</a>'
        if k < 3
        else ""
    )
    return f"""  <div data-feature-id="homepage/story" class="wpds-c-fwmsRc">
    <div class="wpds-c-bBZvQX card-left">
      <div class="wpds-c-kicker"><span class="wpds-c-eycuHw">Opinion</span></div>
      <a data-pb-local-content-field="web_headline" href="{{{{origin}}}}{p}" class="wpds-c-iiQaMf"><h3 class="wpds-c-iuLyZo font-md font-bold font--headline"><span>{e(title)}</span></h3></a>
      <p class="wpds-c-jGGAaR" data-pb-field="description">{e(blurb)}</p>
      <div class="wpds-c-byline"><span class="wpds-c-fYnsAz">By <a class="wpds-c-knSWeD" href="{AUTHOR_PAGE}">Dana Whitfield</a></span><span class="wpds-c-timestamp" data-testid="timestamp">{human(date)}</span><a class="wpds-c-cmt" href="{p}#comments" aria-label="{comments} comments">{comments_txt}</a></div>{gift}
    </div>
    <div class="wpds-c-hLYgmC card-right">
      <a href="{p}?itid=hp_opinion" tabindex="-1" aria-hidden="true"><img src="https://www.example-img.com/wp-apps/imrs.php?src={slug[:20]}.jpg&amp;w=320&amp;h=213" width="160" height="107" alt="" loading="lazy"/></a>
    </div>
  </div>
"""


def load_more() -> str:
    return """  <div class="wpds-c-ldMore">
    <button type="button" class="wpds-c-kSOqLF wpds-c-kSOqLF-ikFyhzm-css" data-qa="load-more">Load more</button>
  </div>
"""


def promo() -> str:
    c = COLUMNS[0]
    return f"""  <section class="wpds-c-nl" data-qa="newsletter-promo">
    <h2 class="wpds-c-bFZpNC">Dana Whitfield’s newsletter</h2>
    <p>A weekly look at what Congress is doing, and why it matters. In this week’s edition: <a href="{{{{origin}}}}{col_path(c)}?utm_campaign=wp_opinions&amp;utm_medium=email&amp;utm_source=newsletter&amp;wpisrc=nl_opinions">{e(c[2])}</a></p>
    <a href="/newsletters/opinions/dana-whitfield/?itid=ap_newsletter" class="wpds-c-signup">Sign up</a>
  </section>
"""


def aside() -> str:
    others = "".join(
        f"""
      <li class="wpds-c-cIyCBV"><a href="{{{{origin}}}}{h}" class="wpds-c-dJhwpE">{e(t)}</a><span class="wpds-c-fYnsAz"><a href="{ap}">{e(a)}</a></span></li>"""
        for h, t, a, ap in OTHER_WRITERS
    )
    eds = "".join(
        f"""
      <li><a href="{h}" class="wpds-c-dJhwpE">{e(t)}</a><span class="wpds-c-fYnsAz">The Editorial Board</span></li>"""
        for h, t in EDITORIALS
    )
    letters = "".join(f'\n      <li><a href="{h}">{e(t)}</a></li>' for h, t in LETTERS)
    most = "".join(
        f'\n      <li class="wpds-c-hUnKIT"><span class="wpds-c-num">{i + 1}</span><a href="{{{{origin}}}}{h}?itid=mr_opinions_{i + 1}">{e(t)}</a></li>'
        for i, (h, t) in enumerate(MOST_READ)
    )
    return f"""<aside class="wpds-c-gjXhNP">
  <section data-qa="other-writers" class="wpds-c-ezcJyR">
    <h2 class="wpds-c-bFZpNC">Opinions by other writers</h2>
    <ul class="wpds-c-gTKyRR">{others}
    </ul>
    <a href="/opinions/columnists/" class="wpds-c-more">All columnists</a>
  </section>
  <section data-qa="posts-view" class="wpds-c-ezcJyR">
    <h2 class="wpds-c-bFZpNC"><a href="/opinions/the-posts-view/">The Post’s View</a></h2>
    <ul class="wpds-c-gTKyRR">{eds}
    </ul>
  </section>
  <section data-qa="letters" class="wpds-c-ezcJyR">
    <h2 class="wpds-c-bFZpNC"><a href="/opinions/letters-to-the-editor/">Letters to the Editor</a></h2>
    <ul>{letters}
    </ul>
    <a href="/opinions/2019/03/01/how-submit-letter-editor/">Submit a letter</a>
  </section>
  <div class="wpds-c-ad" data-qa="ad-slot" id="slug_right_rail_1"><span class="wpds-c-adlabel">Advertisement</span></div>
  <section data-qa="most-read" class="wpds-c-ezcJyR">
    <div class="wpds-c-bFZpNC">Most Read</div>
    <ol class="wpds-c-lbkjhA">{most}
    </ol>
  </section>
  <section data-qa="editors-picks" class="wpds-c-ezcJyR">
    <h2 class="wpds-c-bFZpNC">Editor’s picks</h2>
    <div class="wpds-c-fwmsRc"><a href="/style/2024/01/04/capitol-hill-staffers-burnout/?itid=ep_1"><img src="https://www.example-img.com/wp-apps/imrs.php?src=ep1.jpg&amp;w=160" alt=""/><span>Inside the burnout epidemic among Capitol Hill staffers</span></a></div>
    <div class="wpds-c-fwmsRc"><a href="/food/2024/01/03/best-soup-recipes-winter/?itid=ep_2"><img src="https://www.example-img.com/wp-apps/imrs.php?src=ep2.jpg&amp;w=160" alt=""/><span>17 soups to get you through January</span></a></div>
    <div class="wpds-c-fwmsRc"><a href="/magazine/2024/01/02/small-town-newspaper-revival/?itid=ep_3"><img src="https://www.example-img.com/wp-apps/imrs.php?src=ep3.jpg&amp;w=160" alt=""/><span>The unlikely revival of a small-town newspaper</span></a></div>
  </section>
  <section data-qa="brand-studio" class="wpds-c-bs">
    <span class="wpds-c-adlabel">Content from Northwind Capital</span>
    <a href="/brand-studio/wp/2024/01/05/retirement-planning-in-an-election-year/?itid=bs_opinions" class="wpds-c-dJhwpE">Retirement planning in an election year: what to know</a>
    <a href="https://ads.example-network.com/click?cid=55120&amp;site=wapo&amp;slot=rr2" rel="sponsored nofollow" class="wpds-c-dJhwpE">These 5 credit cards have 0% interest until 2025</a>
  </section>
</aside>
"""


def footer() -> str:
    links = "".join(f'<li><a href="{h}">{e(t)}</a></li>' for h, t in FOOTER)
    return f"""<footer class="wpds-c-jPnMsL" data-qa="site-footer">
  <a href="/" aria-label="The Washington Post"><svg viewBox="0 0 265 36" aria-hidden="true"><path d="M0 0h265v36H0z"/></svg></a>
  <ul class="wpds-c-fGxLqZ">{links}</ul>
  <p>© 1996-2024 The Washington Post</p>
</footer>
</div>
<script src="/_next/static/chunks/webpack-1a2b3c4d5e6f.js" async=""></script>
<script src="/_next/static/chunks/pages/people/%5Bslug%5D-9f8e7d6c.js" async=""></script>
</body>
</html>
"""


def listing(n: int, cols) -> str:
    cards = "".join(card(c, k) for k, c in enumerate(cols))
    return (
        head(n)
        + header()
        + '<div class="wpds-c-layout">\n'
        + profile()
        + '  <section class="wpds-c-gHtBpm" data-qa="author-stories">\n  <h2 class="wpds-c-bFZpNC">Latest from Dana Whitfield</h2>\n'
        + cards
        + "  </section>\n"
        + load_more()
        + promo()
        + "</main>\n"
        + aside()
        + "</div>\n"
        + footer()
    )


def main() -> None:
    d = OUT / AUTHOR_PAGE.strip("/")
    d.mkdir(parents=True, exist_ok=True)
    (d / "index.html").write_text(listing(1, PAGE1), encoding="utf-8")
    (d / "index@page=2.html").write_text(listing(2, PAGE2), encoding="utf-8")
    # the broken pager: past the last page the server keeps answering with page 2's stories
    (d / "index@page=3.html").write_text(listing(3, PAGE2), encoding="utf-8")
    (d / "index@page=4.html").write_text(listing(4, PAGE2), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "An American daily's columnist page built from a React design system (hashed wpds-c-* "
            "classes, data-feature-id story cards with a headline link and an ?itid= image link); "
            "pagination only through <link rel=next> in the head with a broken pager whose page 3 "
            "repeats page 2, and rails of other columnists, editorials and letters that share the "
            "/opinions/YYYY/MM/DD/slug/ shape, plus ?pwapi_token= gift and ?utm_campaign= variants."
        ),
        "held_out": False,
        "pages": [AUTHOR_PAGE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": [col_path(c) for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
