"""Generate the h7-wired-author fixture: a Condé Nast-style tech magazine author page (stdlib only)."""

import datetime as dt
import html
import json
import re
import zlib
from pathlib import Path

NAME = "h7-wired-author"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/author/lily-hay-newman/"
AUTHOR = "Lily Hay Newman"

STORIES = [
    ("The Biggest Hack of 2023 Keeps Getting Bigger", "Security", "The MOVEit breach has now hit more than 2,600 organizations—and the victims keep coming."),
    ("Apple’s iMessage Encryption Gets Post-Quantum Protection", "Security", "A new protocol called PQ3 aims to keep your chats safe even from quantum computers of the future."),
    ("Ransomware Gangs Are Getting Desperate", "Security", "Law enforcement takedowns and falling payouts are pushing cybercriminals to new extremes."),
    ("Patch Now", "Security", "A critical flaw in a popular VPN appliance is being actively exploited."),
    ("How to Stop Google From Tracking Your Location", "Security", "You can’t make it impossible, but you can make it a lot harder."),
    ("A Leaked Document Reveals the Scale of China’s Hacking Industry", "Security", "Files from the contractor i-Soon show how Beijing outsources espionage."),
    ("The Mystery of the Missing Satellite Signals", "Security", "GPS jamming over the Baltic has pilots worried and governments pointing fingers."),
    ("Your Smart TV Is Watching You", "Gear", "Automated content recognition is quietly logging what you view. Here’s how to turn it off."),
    ("Inside the Takedown of LockBit", "Security", "An international police operation turned the ransomware group’s own leak site against it."),
    ("Passkeys Are Here. Use Them", "Security", None),
    ("Microsoft’s Security Woes Are Piling Up", "Security", "A damning government report says a cascade of errors let Chinese hackers into Exchange Online."),
    ("The US Is Finally Getting Serious About Spyware", "Politics", "New visa bans target people who misuse commercial surveillance tools."),
    ("How a Tiny Typo Took Down the Internet’s Phonebook", "Security", "A DNS misconfiguration knocked a top-level domain offline for hours."),
    ("The Hackers Who Breached 23andMe", "Security", "Credential stuffing exposed the ancestry data of nearly 7 million people."),
    ("Signal’s New Usernames Let You Hide Your Phone Number", "Security", "The encrypted messenger finally lets you chat without sharing your digits."),
    ("Zero-Days Are Getting Cheaper", "Security", "Exploit brokers are flooding the market, and defenders are paying the price."),
    ("The Strange Case of the Exploding Pagers", "Security", "Supply chain attacks have crossed a line from digital to physical."),
    ("What the CrowdStrike Outage Teaches Us About Fragility", "Business", "A single faulty update grounded flights and shut hospitals around the world."),
    ("Russia’s Sandworm Hackers Target Ukraine’s Power Grid Again", "Security", "The notorious unit is back with a new strain of wiper malware."),
    ("Delete These Apps Now", "Security", "Researchers found dozens of Android apps secretly harvesting contacts."),
    ("Why You Should Turn On Advanced Data Protection", "Gear", "Apple’s optional end-to-end encryption for iCloud is worth the hassle."),
    ("The Secret History of Stuxnet’s Successor", "Security", "New details emerge about a cyberweapon that sabotaged Iranian centrifuges."),
    ("Hacking Elections Is Easier Than You Think", "Politics", "Voting machines are more secure than ever, but the systems around them aren’t."),
    ("Meet the Bug Bounty Hunters Making Millions", "Security", "A small elite is earning fortunes finding flaws for Big Tech."),
    ("The FBI Wants a Backdoor. Again", "Politics", "The encryption debate is back, and the arguments haven’t changed."),
    ("Hotel Keycards Can Be Cloned in Seconds", "Security", "A flaw in millions of Saflok locks lets hackers open any room."),
    ("The Year in Data Breaches", "Security", "From health care to genetics, 2023 was a record-breaking year for leaks."),
    ("Google’s Chrome Is Killing Third-Party Cookies—Slowly", "Security", "The browser’s Privacy Sandbox is rolling out, but advertisers aren’t ready."),
    ("A Simple Guide to Encrypting Your Email", "Gear", None),
    ("North Korea’s Crypto Heists Hit a Record", "Security", "Pyongyang’s hackers stole more than $600 million in a single year."),
    ("Bluetooth Trackers Are a Stalker’s Best Friend", "Security", "Apple and Google are working on a fix, but it can’t come soon enough."),
    ("The Quiet Fight Over Your Car’s Data", "Security", "Automakers are sharing driving behavior with insurers, often without clear consent."),
]
PER_PAGE = [12, 12, 8]
COAUTHORS = {2: ("Andy Greenberg", "andy-greenberg"), 8: ("Matt Burgess", "matt-burgess"), 16: ("Dell Cameron", "dell-cameron"), 25: ("Andy Greenberg", "andy-greenberg")}

MOST_POPULAR = [
    ("Politics", "The Race to Build the Perfect Election Deepfake Detector", "Vittoria Elliott", "vittoria-elliott"),
    ("Science", "The Sun Is Acting Weird. Here’s Why", "Ramin Skibba", "ramin-skibba"),
    ("Gear", "The Best Noise-Canceling Headphones", "Parker Hall", "parker-hall"),
    ("Business", "OpenAI’s Sora Is Scary Good", "Will Knight", "will-knight"),
    ("Security", "The Dark Web’s Biggest Marketplace Just Vanished", "Andy Greenberg", "andy-greenberg"),
]
SITE_FEED_NEWS = [
    ("The Chatbot Wars Have a New Front", "Steven Levy"),
    ("Elon Musk’s X Is Losing Advertisers Again", "Vittoria Elliott"),
    ("How to Watch the Total Solar Eclipse", "Ramin Skibba"),
    ("The Best Laptops for Students", "Brenda Stolyar"),
    ("Nvidia’s New Chips Are Absurdly Fast", "Will Knight"),
]


def slugify(text):
    text = text.replace("’", "").replace("'", "").replace("—", " ").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def esc(s):
    return html.escape(s, quote=True)


def stories():
    out, day = [], dt.datetime(2024, 2, 23, 7, 0)
    for i, (hed, rubric, dek) in enumerate(STORIES):
        out.append((f"/story/{slugify(hed)}/", hed, rubric, dek, day, COAUTHORS.get(i)))
        day -= dt.timedelta(days=3 + (i % 4), hours=i % 5)
    return out


def head(page_no):
    canon = "{{origin}}" + PAGE + ("" if page_no == 1 else f"?page={page_no}")
    return f"""<!DOCTYPE html>
<html lang="en-US" data-theme="wired"><head>
<meta charset="utf-8">
<title>{AUTHOR} | WIRED</title>
<meta name="description" content="Lily Hay Newman is a senior writer at WIRED focused on information security, digital privacy, and hacking.">
<link rel="canonical" href="{canon}">
<link rel="alternate" type="application/rss+xml" title="WIRED - Latest" href="{{{{origin}}}}/feed/rss.xml">
<link rel="alternate" type="application/rss+xml" title="Lily Hay Newman | WIRED" href="/feed/author/lily-hay-newman/latest/rss.xml">
<meta property="og:type" content="profile">
<meta property="og:site_name" content="WIRED">
<meta name="twitter:site" content="@WIRED">
<link rel="stylesheet" href="/verso/static/wired/assets/main.9c1d7a.css">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Person","name":"{AUTHOR}","jobTitle":"Senior Writer","url":"{{{{origin}}}}{PAGE}","sameAs":["https://twitter.com/lilyhnewman"],"worksFor":{{"@type":"Organization","name":"WIRED","url":"{{{{origin}}}}/"}}}}</script>
</head>
"""


def header():
    nav = [
        ("/category/security/", "Security"),
        ("/category/politics/", "Politics"),
        ("/category/gear/", "Gear"),
        ("/category/backchannel/", "The Big Story"),
        ("/category/business/", "Business"),
        ("/category/science/", "Science"),
        ("/category/culture/", "Culture"),
        ("/category/ideas/", "Ideas"),
        ("/about/merch/", "Merch"),
        ("/most-recent/", "More"),
    ]
    items = "".join(
        f'<li class="NavigationListItemWrapper-bmDCSl navigation__list-item"><a class="NavigationListItemLink-jbTkvi navigation__link" href="{h}">{t}</a></li>'
        for h, t in nav
    )
    return f"""<body>
<div id="app-root">
<div class="StickyHeroAdWrapper-kXJxCV"><div class="ad ad--hero" data-slot="hero"><a href="https://ads.example-network.com/c?slot=wired-hero&amp;cr=55120" rel="sponsored"><img src="https://ads.example-network.com/970x250.png" alt="Advertisement"></a></div></div>
<header class="HeaderWrapper-fxyLLt site-header" role="banner">
  <a class="SiteHeaderLogo-jcbKPz" href="/" aria-label="WIRED"><svg></svg></a>
  <nav class="NavigationWrapper-bFftAs navigation" aria-label="main"><ul class="NavigationListWrapper-deACbE navigation__list">{items}</ul></nav>
  <div class="SiteHeaderUtility-gHOsqg">
    <a class="ButtonWrapper-xCepQ button--utility" href="https://www.wired.com/v2/offers/wir001?source=HCL_WIR_NAV_HEADER_0">Subscribe</a>
    <a class="AccountLink-kGqvYq" href="/account/sign-in?redirectURL=%2Fauthor%2Flily-hay-newman%2F">Sign In</a>
    <a class="SearchLink-eYxnak" href="/search/">Search</a>
  </div>
</header>
"""


def bio():
    return """<main id="main-content" class="page__main-content">
<nav class="BreadcrumbWrapper-bHqbHh breadcrumb" aria-label="breadcrumb"><a href="/">WIRED</a> <span>/</span> <a href="/about/masthead/">Staff</a> <span>/</span> <span>Lily Hay Newman</span></nav>
<div class="ContributorBioWrapper-iyHPFW contributor-bio">
  <img class="ResponsiveImage-dfpQhK" src="https://media.wired.com/photos/lily-hay-newman.jpg" alt="Lily Hay Newman">
  <h1 class="ContributorBioName-ebQkZn contributor-bio__name">Lily Hay Newman</h1>
  <p class="ContributorBioTitle-bJuAhz">Senior Writer</p>
  <div class="ContributorBioBio-gFKPjm contributor-bio__bio"><p>Lily Hay Newman is a senior writer at WIRED focused on information security, digital privacy, and hacking. She previously worked as a technology reporter at Slate, and was the staff writer for Future Tense. She often works with <a href="/author/andy-greenberg/">Andy Greenberg</a> and <a href="/author/matt-burgess/">Matt Burgess</a> on the security desk.</p></div>
  <ul class="SocialIconsList-cOoQyf">
    <li><a href="https://twitter.com/lilyhnewman" aria-label="X">X</a></li>
    <li><a href="https://www.threads.net/@lilyhaynewman" aria-label="Threads">Threads</a></li>
  </ul>
  <a class="contributor-bio__feed" href="/feed/author/lily-hay-newman/latest/rss.xml">RSS</a>
</div>
"""


def summary_item(s, n, hero=False):
    path, hed, rubric, dek, day, co = s
    rub_slug = rubric.lower()
    href = path if n % 3 else "{{origin}}" + path
    if n % 4 == 2:
        href = "../.." + path  # relative to /author/lily-hay-newman/
    byline = f'<a class="BylineLink-gEnFiw byline__name-link" href="/author/lily-hay-newman/">Lily Hay Newman</a>'
    if co:
        byline += f' <span>and</span> <a class="BylineLink-gEnFiw byline__name-link" href="/author/{co[1]}/">{co[0]}</a>'
    dek_html = f'\n    <div class="SummaryItemDek-CRfsi summary-item__dek">{esc(dek)}</div>' if dek else ""
    date = f"{day:%B} {day.day}, {day:%Y}"
    mod = " summary-item--layout-placement-side-by-side-desktop-only summary-item--has-border" if not hero else " summary-item--layout-position-image-left summary-item--hero"
    tag = "h2" if hero else "h3"
    img = f'<a class="SummaryItemImageLink-dshqxb summary-item__image-link" href="{path}" tabindex="-1" aria-hidden="true"><span class="SpanWrapper-umhxW"><img class="ResponsiveImage-dfpQhK" src="https://media.wired.com/photos/{zlib.crc32(hed.encode()) % 10**8:08d}/master/w_{1280 if hero else 320}.jpg" alt=""></span></a>'
    return f"""  <div class="SummaryItemWrapper-iwvBff summary-item{mod}" data-testid="SummaryItemWrapper" data-item="{n}">
    <div class="SummaryItemAssetContainer-gwhFWP summary-item__asset-container">{img}</div>
    <div class="SummaryItemContent-eiDYMl summary-item__content">
    <a class="RubricLink-hjUZuQ rubric__link" href="/category/{rub_slug}/"><span class="RubricName-fVtemz rubric__name">{rubric}</span></a>
    <a class="SummaryItemHedLink-civMjp summary-item__hed-link" href="{href}"><{tag} class="SummaryItemHedBase-hiFYpQ summary-item__hed" data-testid="SummaryItemHed">{esc(hed)}</{tag}></a>{dek_html}
    <div class="SummaryItemBylineWrapper-jbRxtJ summary-item__byline"><p class="BylineWrapper-jWHrLH byline"><span class="BylinePreamble-iJolpQ">By</span> {byline}</p></div>
    <time class="SummaryItemBylinePublishDate-ctLSIQ summary-item__publish-date" datetime="{day.isoformat()}Z">{date}</time>
    </div>
  </div>
"""


def rails():
    pop = "\n".join(
        f"""    <div class="SummaryItemWrapper-iwvBff summary-item summary-item--layout-placement-text-below summary-item--numbered">
      <span class="SummaryItemNumber-hjXhRT">{i}</span>
      <a class="RubricLink-hjUZuQ rubric__link" href="/category/{r.lower()}/"><span class="rubric__name">{r}</span></a>
      <a class="SummaryItemHedLink-civMjp summary-item__hed-link" href="/story/{slugify(h)}/"><h3 class="SummaryItemHedBase-hiFYpQ summary-item__hed">{esc(h)}</h3></a>
      <p class="byline"><span>By</span> <a href="/author/{aslug}/">{a}</a></p>
    </div>"""
        for i, (r, h, a, aslug) in enumerate(MOST_POPULAR, 1)
    )
    return f"""<aside class="SidebarWrapper-kZnyuW page__sidebar">
  <section class="SummaryCollectionGridWrapper-dwbzPa" data-section-title="Most Popular">
    <header class="SectionTitleWrapper-bPkvia"><h2 class="SectionTitleHed-cyuSWK">Most Popular</h2></header>
{pop}
  </section>
  <section class="CouponsRailWrapper-fzSdPZ" aria-label="WIRED Coupons">
    <h2 class="SectionTitleHed-cyuSWK">WIRED Coupons</h2>
    <ul class="coupons-list">
      <li><a href="/coupons/nordvpn">NordVPN Coupon: 60% off two-year plans</a></li>
      <li><a href="/coupons/dell">Dell Coupon Codes: 10% off</a></li>
      <li><a href="/coupons/samsung">Samsung Promo Code: Up to 30% off</a></li>
      <li><a href="/coupons/">All coupons</a></li>
    </ul>
  </section>
  <section class="GearRailWrapper-kfCPhr affiliate-rail" data-vendor="commerce">
    <h2 class="SectionTitleHed-cyuSWK"><a href="/category/gear/">Gear</a></h2>
    <div class="SummaryItemWrapper-iwvBff summary-item summary-item--product"><a class="summary-item__hed-link" href="/gallery/best-vpns/"><h3 class="summary-item__hed">The Best VPN Services</h3></a><p class="summary-item__dek">Tested and reviewed by our security experts.</p></div>
    <div class="SummaryItemWrapper-iwvBff summary-item summary-item--product"><a class="summary-item__hed-link" href="/gallery/best-password-managers/"><h3 class="summary-item__hed">The Best Password Managers</h3></a></div>
    <div class="SummaryItemWrapper-iwvBff summary-item summary-item--product"><a class="summary-item__hed-link" href="{{{{origin}}}}/gallery/best-security-keys/?utm_source=onsite-share&amp;utm_medium=email"><h3 class="summary-item__hed">Our Favorite Hardware Security Keys</h3></a></div>
  </section>
  <section class="SponsoredContentWrapper-eRPsvt" data-ad-label="Sponsored">
    <span class="SponsoredLabel-kqGJnM">Sponsored</span>
    <a class="summary-item__hed-link" href="/sponsored/story/the-future-of-zero-trust-networking/"><h3 class="summary-item__hed">The Future of Zero-Trust Networking</h3></a>
    <p class="byline">By WIRED Brand Lab for Cisco</p>
  </section>
</aside>
"""


def footer():
    return """<div class="NewsletterSubscribeFormWrapper-cCpGvH newsletter-subscribe">
  <h2>Get WIRED’s Security newsletter</h2>
  <p>Your weekly roundup of the best stories on security, privacy, and surveillance.</p>
  <form action="/newsletter/security" method="post"><input type="email" name="email"><button type="submit">Sign Up</button></form>
  <a href="/newsletter/?sourceCode=author_page">More newsletters</a>
</div>
<footer class="StackedNavigationWrapper-kpbGsS site-footer">
  <ul>
    <li><a href="/about/wired-subscription-faqs/">FAQ</a></li>
    <li><a href="/about/press/">Press Center</a></li>
    <li><a href="/about/masthead/">Masthead</a></li>
    <li><a href="/about/ethics/">Ethics Policy</a></li>
    <li><a href="/about/letters-to-the-editor/">Letters to the Editor</a></li>
    <li><a href="/about/user-agreement/">User Agreement</a></li>
    <li><a href="/about/privacy-policy/">Privacy Policy</a></li>
    <li><a href="https://www.condenast.com/careers">Careers</a></li>
    <li><a href="https://www.wired.com/feed/rss">RSS</a></li>
  </ul>
  <p>© 2024 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.</p>
</footer>
</div>
<script>window.__PRELOADED_STATE__ = {"transformed":{"contributor":{"slug":"lily-hay-newman"}}};</script>
</body></html>
"""


def rss_item(path, title, author, day, origin="{{origin}}"):
    return f"""    <item>
      <title>{esc(title)}</title>
      <link>{origin}{path}</link>
      <guid isPermaLink="false">{zlib.crc32(path.encode()) % 10**12:012x}</guid>
      <pubDate>{day:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
      <dc:creator>{esc(author)}</dc:creator>
      <category>Security</category>
      <description>{esc(title)}</description>
    </item>
"""


def build():
    all_s = stories()
    pages, start = [], 0
    for n in PER_PAGE:
        pages.append(all_s[start : start + n])
        start += n
    d = OUT / "author" / "lily-hay-newman"
    d.mkdir(parents=True, exist_ok=True)
    for page_no, chunk in enumerate(pages, 1):
        parts = [head(page_no), header(), bio()]
        parts.append('<section class="SummaryRiverWrapper-jPfzMU summary-river" data-testid="SummaryRiver">\n')
        if page_no == 1:
            parts.append('  <header class="SectionTitleWrapper-bPkvia"><h2 class="SectionTitleHed-cyuSWK">Latest</h2></header>\n')
        for i, s in enumerate(chunk):
            parts.append(summary_item(s, i, hero=(page_no == 1 and i == 0)))
            if i == 4:
                parts.append(
                    '  <div class="AdWrapper-dQtivb ad ad--in-content"><a href="https://ads.example-network.com/c?slot=wired-river&amp;cr=77301" rel="sponsored nofollow">Advertisement</a></div>\n'
                )
            if i == 6:
                p = s[0]
                parts.append(
                    f'  <div class="SocialShareWrapper-hFtuFy share"><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.wired.com{p}">Share on X</a>'
                    f' <a href="mailto:?subject={esc(s[1])}&amp;body={{{{origin}}}}{p}">Email</a>'
                    f' <a href="{p}?mbid=social_twitter&amp;utm_social-type=owned">Copy link</a>'
                    f' <a href="{{{{origin}}}}{p}#comments">Comments</a></div>\n'
                )
        parts.append("</section>\n")
        if page_no == 1:
            s = chunk[1]
            parts.append(
                f'<div class="CalloutWrapper-hgYvJw callout"><p>Editor’s pick from Lily: <a href="{s[0]}?utm_source=author-page&amp;utm_medium=callout">{esc(s[1])}</a></p></div>\n'
            )
        if page_no < len(pages):
            parts.append(
                f'<div class="SummaryRiverPagination-cClKgv summary-river__pagination"><a class="BaseButton-bLlsy ButtonWrapper-xCepQ button button--secondary" href="?page={page_no + 1}" data-event-click=\'{{"element":"Button","outcome":"load more"}}\'>More Stories</a></div>\n'
            )
        parts.append("</main>\n")
        parts.append(rails())
        parts.append(footer())
        name = "index.html" if page_no == 1 else f"index@page={page_no}.html"
        (d / name).write_text("".join(parts), encoding="utf-8")

    # the author's own feed: her newest 10 stories (all on page 1)
    feed_dir = OUT / "feed" / "author" / "lily-hay-newman" / "latest"
    feed_dir.mkdir(parents=True, exist_ok=True)
    items = "".join(rss_item(s[0], s[1], AUTHOR if not s[5] else f"{AUTHOR}, {s[5][0]}", s[4]) for s in all_s[:10])
    (feed_dir / "rss.xml").write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Lily Hay Newman | WIRED</title>
    <link>{{{{origin}}}}{PAGE}</link>
    <atom:link href="{{{{origin}}}}/feed/author/lily-hay-newman/latest/rss.xml" rel="self" type="application/rss+xml"/>
    <description>Latest stories by Lily Hay Newman</description>
    <language>en-US</language>
{items}  </channel>
</rss>
""",
        encoding="utf-8",
    )
    # the site-wide feed: mostly news by others, with one of hers
    news_day = dt.datetime(2024, 2, 24, 12, 0)
    news = [
        rss_item(f"/story/{slugify(t)}/", t, a, news_day - dt.timedelta(hours=3 * i))
        for i, (t, a) in enumerate(SITE_FEED_NEWS)
    ]
    news.insert(2, rss_item(all_s[0][0], all_s[0][1], AUTHOR, all_s[0][4]))
    (OUT / "feed").mkdir(parents=True, exist_ok=True)
    (OUT / "feed" / "rss.xml").write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>WIRED</title>
    <link>{{{{origin}}}}/</link>
    <description>The latest from WIRED</description>
{"".join(news)}  </channel>
</rss>
""",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": "Imitates a Condé Nast (WIRED) author page: summary-item cards with hashed styled-components "
        "classes, a 'More Stories' button--secondary ?page=N link, an author feed and a site-wide news feed; "
        "hard: the 'Most Popular' rail and the site feed use the very same /story/slug/ shape.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(pages),
        "author": AUTHOR,
        "columns": [s[0] for s in all_s],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
