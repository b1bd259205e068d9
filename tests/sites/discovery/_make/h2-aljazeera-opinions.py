"""Generate the h2-aljazeera-opinions discovery fixture (stdlib only, deterministic).

A broadcaster's author page /author/omar_suleiman with one listing page of 10
`article.gc.u-clickable-card` cards and a script-run "Show more" <button>; the
older columns are only in the author's advertised RSS feed
/xml/rss/author/omar_suleiman.xml (25 entries).  Columns live at
/opinions/YYYY/M/D/slug (no zero padding, no trailing slash), the same shape as
the other authors' columns in the Opinion rail and as /news/ and /features/.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from email.utils import format_datetime
from pathlib import Path

NAME = "h2-aljazeera-opinions"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Omar Suleiman"
PAGE = "/author/omar_suleiman"
FEED = "/xml/rss/author/omar_suleiman.xml"
SHOWN = 10

COLUMNS = [
    ("The world is watching Gaza, and it will remember",
     "History will judge those who looked away while a besieged population was starved.", (2024, 1, 18)),
    ("Silence is not neutrality",
     "Institutions that refuse to speak about mass civilian deaths have already taken a side.", (2024, 1, 5)),
    ("Why Muslim Americans are rethinking their vote",
     "A community that once felt courted now feels taken for granted by both parties.", (2023, 12, 21)),
    ("The West's selective outrage",
     "Human rights cannot be a principle that applies only to some people, some of the time.", (2023, 12, 7)),
    ("A ceasefire is the bare minimum",
     "Calls for 'humanitarian pauses' are no substitute for ending the killing.", (2023, 11, 24)),
    ("Students are not the threat",
     "Campus crackdowns on peaceful protest say more about university leaders than about their students.",
     (2023, 11, 10)),
    ("When journalists are killed, truth dies with them",
     "The record number of reporters killed in this war should alarm anyone who values a free press.",
     (2023, 10, 30)),
    ("Islamophobia is being laundered as policy",
     "What was once said only on the fringes is now written into law and official guidance.", (2023, 10, 19)),
    ("Hope is an act of resistance",
     "In the darkest moments, refusing to despair is itself a form of defiance.", (2023, 10, 5)),
    ("Our mosques are not afraid",
     "After another wave of threats, American Muslim congregations are choosing openness over fear.",
     (2023, 9, 21)),
    ("The language of 'human shields' dehumanises",
     "The phrase has become a way to excuse the killing of civilians before the bodies are counted.",
     (2023, 9, 7)),
    ("America's faith leaders must speak up",
     "Pastors, rabbis and imams have a duty to say plainly what their traditions teach about innocent life.",
     (2023, 8, 24)),
    ("The refugees we choose to forget",
     "Sudanese, Rohingya and Syrian refugees have vanished from the headlines, but not from the camps.",
     (2023, 8, 10)),
    ("Muslims are tired of being the example",
     "Every crisis, we are asked to condemn, explain and apologise for things we did not do.", (2023, 7, 27)),
    ("What Malcolm X understood about solidarity",
     "His journey from Harlem to Mecca still has lessons for today's movements for justice.", (2023, 7, 13)),
    ("The cost of speaking out",
     "Doctors, teachers and athletes are losing their jobs for social media posts about Palestine.",
     (2023, 6, 29)),
    ("Double standards at the UN",
     "The Security Council's paralysis is not an accident; it is a design.", (2023, 6, 15)),
    ("Remembering the children",
     "Behind every statistic is a name, a face and a family that will never be whole again.", (2023, 6, 1)),
    ("Dignity is not negotiable",
     "Aid delivered with humiliation is not humanitarianism.", (2023, 5, 18)),
    ("Why interfaith dialogue must be honest",
     "Polite conversations that avoid injustice are not dialogue, they are public relations.", (2023, 5, 4)),
    ("The myth of the 'good Muslim'",
     "Acceptance that depends on silence and gratitude is not acceptance at all.", (2023, 4, 20)),
    ("Sanctions that starve the innocent",
     "Broad economic sanctions punish ordinary families while leaders remain untouched.", (2023, 4, 6)),
    ("France's abaya ban is about control",
     "Policing what Muslim girls wear to school has nothing to do with secularism.", (2023, 3, 23)),
    ("Ramadan lessons for a divided country",
     "A month of fasting teaches patience, empathy and the discipline to listen.", (2023, 3, 9)),
    ("Democracy cannot survive selective empathy",
     "A politics that mourns some victims and ignores others will eventually fail everyone.", (2023, 2, 23)),
]

OTHER_OPINIONS = [
    ("Karim Nasser", "karim_nasser", "The Red Sea crisis is a warning the world is ignoring", (2024, 1, 4)),
    ("Nadia Rahman", "nadia_rahman", "Bangladesh's election was a foregone conclusion", (2024, 1, 4)),
    ("Elena Petrova", "elena_petrova", "Europe is sleepwalking into another energy crisis", (2024, 1, 17)),
    ("James Okoro", "james_okoro", "Nigeria's fuel subsidy gamble is hurting the poor", (2024, 1, 16)),
]

MOST_READ = [
    ("/news/2024/1/19/israel-war-on-gaza-death-toll-rises-as-strikes-hit-khan-younis",
     "Israel's war on Gaza: death toll rises as strikes hit Khan Younis"),
    ("/news/2024/1/18/us-strikes-houthi-targets-in-yemen-for-fifth-time",
     "US strikes Houthi targets in Yemen for fifth time"),
    ("/news/2024/1/19/pakistan-iran-tensions-ease-after-cross-border-strikes",
     "Pakistan, Iran move to ease tensions after cross-border strikes"),
    ("/news/2024/1/18/south-africa-icj-genocide-case-what-happens-next",
     "South Africa's ICJ genocide case: what happens next?"),
    ("/news/2024/1/19/ecuador-prosecutor-investigating-tv-station-attack-shot-dead",
     "Ecuador prosecutor investigating TV station attack shot dead"),
]

TICKER = [
    ("/news/liveblog/2024/1/19/live-israel-bombs-southern-gaza-as-aid-trucks-stuck-at-rafah",
     "LIVE: Israel bombs southern Gaza as aid trucks stuck at Rafah"),
]

FEATURES = [
    ("/features/2024/1/17/in-sudans-darfur-survivors-recount-the-horror-of-el-geneina",
     "In Sudan's Darfur, survivors recount the horror of El Geneina"),
    ("/features/longform/2024/1/14/the-last-fishermen-of-lake-chad",
     "The last fishermen of Lake Chad"),
    ("/features/2024/1/16/photos-winter-arrives-in-the-tents-of-rafah",
     "Photos: Winter arrives in the tents of Rafah"),
    ("/features/2024/1/12/how-taiwans-election-could-reshape-relations-with-china",
     "How Taiwan's election could reshape relations with China"),
]

EXPLAINED = [
    ("/news/2024/1/16/what-are-houthis-and-why-are-they-attacking-red-sea-ships",
     "What are the Houthis and why are they attacking Red Sea ships?"),
]


def slugify(title: str) -> str:
    t = title.lower().replace("'", "").replace("’", "")
    return "-".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def path_of(title: str, ymd) -> str:
    y, m, d = ymd
    return f"/opinions/{y}/{m}/{d}/{slugify(title)}"


ITEMS = [(t, ex, ymd, path_of(t, ymd)) for t, ex, ymd in COLUMNS]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def human(ymd) -> str:
    d = dt.date(*ymd)
    return f"{d.day} {d:%b %Y}"


def card(item, i: int) -> str:
    title, excerpt, ymd, path = item
    featured = i == 0
    href = "{{origin}}" + path if i in (3, 7) else path
    cls = "gc u-clickable-card gc--type-opinion " + ("gc--featured gc--with-image" if featured
                                                      else "gc--list gc--with-image")
    listen = (f'\n      <a class="gc__audio-link" href="{path}#audio-player"><span class="screen-reader-text">'
              f'Listen to this article</span><span aria-hidden="true">Listen (6 mins)</span></a>'
              if featured else "")
    if featured:
        enc = "https%3A%2F%2Fwww.aljazeera.com" + path.replace("/", "%2F")
        listen += (f'\n      <div class="gc__share share-buttons" aria-label="Share">'
                   f'<a class="share-buttons__link" href="https://www.facebook.com/sharer.php?u={enc}" target="_blank" rel="noopener">facebook</a>'
                   f'<a class="share-buttons__link" href="https://twitter.com/intent/tweet?url={enc}&amp;via=AJEnglish" target="_blank" rel="noopener">twitter</a>'
                   f'<a class="share-buttons__link" href="https://api.whatsapp.com/send?text={enc}" target="_blank" rel="noopener">whatsapp</a>'
                   f'<a class="share-buttons__link" href="mailto:?subject={esc(title)}&amp;body={enc}">email</a></div>')
    size = "770%2C513" if featured else "270%2C180"
    return f"""
<article class="{cls}">
  <div class="gc__content">
    <div class="gc__header-wrap">
      <div class="gc__label"><span class="post-label__text">Opinion</span></div>
      <h3 class="gc__title"><a class="u-clickable-card__link" href="{href}"><span>{esc(title)}</span></a></h3>
    </div>
    <div class="gc__body-wrap">
      <div class="gc__excerpt"><p>{esc(excerpt)}</p></div>
    </div>
    <footer class="gc__footer">
      <div class="gc__meta">
        <div class="gc__date">
          <div class="gc__date__date"><div class="date-simple"><span class="screen-reader-text">Published On {human(ymd)}</span><span aria-hidden="true">{human(ymd)}</span></div></div>
        </div>
      </div>{listen}
    </footer>
  </div>
  <div class="gc__image-wrap">
    <div class="responsive-image"><img class="gc__image" loading="{'eager' if featured else 'lazy'}" src="/wp-content/uploads/{ymd[0]}/{ymd[1]:02d}/{slugify(title)[:20]}.jpg?resize={size}&amp;quality=80" alt="" width="{size.split('%2C')[0]}" height="{size.split('%2C')[1]}"></div>
  </div>
</article>"""


def rail_card(name, slug, title, ymd, k) -> str:
    path = path_of(title, ymd)
    return f"""
    <article class="gc u-clickable-card gc--type-opinion gc--list gc--with-image">
      <div class="gc__content">
        <div class="gc__header-wrap">
          <div class="gc__label"><span class="post-label__text">Opinion</span></div>
          <h3 class="gc__title"><a class="u-clickable-card__link" href="{path}"><span>{esc(title)}</span></a></h3>
        </div>
        <div class="gc__author"><a class="author-link" href="/author/{slug}">{name}</a></div>
        <footer class="gc__footer"><div class="gc__meta"><div class="gc__date"><div class="gc__date__date"><div class="date-simple"><span class="screen-reader-text">Published On {human(ymd)}</span><span aria-hidden="true">{human(ymd)}</span></div></div></div></div></footer>
      </div>
      <div class="gc__image-wrap"><div class="responsive-image"><img class="gc__image" loading="lazy" src="/wp-content/uploads/{ymd[0]}/{ymd[1]:02d}/op-{k}.jpg?resize=270%2C180" alt=""></div></div>
    </article>"""


def header() -> str:
    nav = [("News", "/news/"), ("Middle East", "/middle-east/"), ("Explained", "/tag/explainer/"),
           ("Opinion", "/opinion/"), ("Sport", "/sports/"), ("Video", "/videos/"), ("More", "/features/")]
    lis = "\n".join(f'        <li class="menu__item menu__item--aje{" menu__item--active" if n == "Opinion" else ""}">'
                    f'<a href="{h}"><span>{n}</span></a></li>' for n, h in nav)
    tick = "".join(f'<a class="ticker-bar__link" href="{p}"><span class="ticker-bar__text">{esc(t)}</span></a>'
                   for p, t in TICKER)
    return f"""
<div class="site-header">
  <div class="container container--header">
    <div class="site-header__logo"><a href="/" aria-label="Al Jazeera home page"><svg class="site-logo" aria-hidden="true"><use href="#aj-logo"></use></svg></a></div>
    <nav class="site-header__navigation" aria-label="Primary navigation menu">
      <ul class="menu header-menu">
{lis}
      </ul>
    </nav>
    <div class="site-header__live-menu"><a class="live-button" href="/live/"><span>Live</span></a></div>
    <div class="site-header__account">
      <a class="site-header__signin" href="/myaljazeera/login?redirect=%2Fauthor%2Fomar_suleiman">Sign in</a>
      <a class="site-header__newsletter" href="/newsletters">Newsletters</a>
    </div>
    <button class="site-header__search-trigger" type="button" aria-label="Click here to search"><svg aria-hidden="true"><use href="#search"></use></svg></button>
  </div>
</div>
<div class="ticker-bar" role="region">
  <div class="container">{tick}</div>
</div>"""


def author_header() -> str:
    return f"""
<nav class="breadcrumbs" aria-label="breadcrumb">
  <ol class="breadcrumbs__list">
    <li class="breadcrumbs__item"><a href="/">Home</a></li>
    <li class="breadcrumbs__item"><a href="/opinion/">Opinion</a></li>
    <li class="breadcrumbs__item"><span aria-current="page">{AUTHOR}</span></li>
  </ol>
</nav>
<div class="author-page-header">
  <div class="author-page-header__image"><img src="/wp-content/uploads/2021/05/omar-suleiman-profile.jpg?resize=180%2C180" alt="{AUTHOR}" width="90" height="90"></div>
  <div class="author-page-header__content">
    <h1 class="author-page-header__name">{AUTHOR}</h1>
    <p class="author-page-header__job">Writer and scholar</p>
    <div class="author-page-header__bio"><p>Omar Suleiman is a writer and commentator on faith, civil rights and US foreign policy, and an adjunct professor of Islamic studies.</p></div>
    <ul class="author-social-links">
      <li><a class="author-social-links__link" href="https://twitter.com/omarsuleiman504" target="_blank" rel="noopener">Follow on X</a></li>
      <li><a class="author-social-links__link" href="https://www.instagram.com/imamomarsuleiman/" target="_blank" rel="noopener">Instagram</a></li>
    </ul>
    <div class="author-page-header__topics">
      <span class="author-page-header__topics-label">Writes about:</span>
      <a class="topic-pill" href="/tag/israel-palestine-conflict/">Israel-Palestine conflict</a>
      <a class="topic-pill" href="/tag/islamophobia/">Islamophobia</a>
      <a class="topic-pill" href="/tag/human-rights/">Human Rights</a>
      <a class="topic-pill" href="/where/unitedstates/">United States</a>
    </div>
  </div>
</div>"""


def sidebar() -> str:
    lis = "\n".join(f"""        <li class="trending-articles__list-item">
          <span class="trending-articles__number">{k}</span>
          <a class="article-trending" href="{p}"><h3 class="article-trending__title"><span>{esc(t)}</span></h3></a>
        </li>""" for k, (p, t) in enumerate(MOST_READ, 1))
    return f"""
<aside class="sidebar-container" aria-label="Sidebar">
  <div class="trending-articles">
    <h2 class="trending-articles__title">Most Read</h2>
    <ol class="trending-articles__list">
{lis}
    </ol>
  </div>
  <div class="ad-container ad-container--mpu"><a href="https://ads.example-network.com/click?site=aje&amp;slot=mpu_1&amp;cr=31107" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/31107.png" alt="Advertisement" width="300" height="250"></a></div>
  <div class="podcast-promo">
    <a class="podcast-promo__link" href="/program/the-take/2024/1/18/can-anyone-stop-the-war-in-sudan">
      <span class="podcast-promo__label">Podcast</span>
      <span class="podcast-promo__title">The Take: Can anyone stop the war in Sudan?</span>
    </a>
    <a class="podcast-promo__all" href="/program/the-take/">All episodes</a>
  </div>
</aside>"""


def opinion_rail() -> str:
    cards = "".join(rail_card(n, s, t, ymd, k) for k, (n, s, t, ymd) in enumerate(OTHER_OPINIONS))
    return f"""
<section class="more-section more-section--opinion" aria-labelledby="more-opinion">
  <div class="more-section__header"><h2 id="more-opinion" class="more-section__title"><a href="/opinion/">Opinion</a></h2></div>
  <div class="more-section__articles">{cards}
  </div>
  <a class="more-section__link" href="/opinion/">More from Opinion</a>
</section>"""


def features_rail() -> str:
    cards = "".join(f"""
    <article class="gc u-clickable-card gc--type-feature gc--with-image">
      <div class="gc__content">
        <div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="{p}"><span>{esc(t)}</span></a></h3></div>
      </div>
      <div class="gc__image-wrap"><div class="responsive-image"><img class="gc__image" loading="lazy" src="/wp-content/uploads/2024/01/feat-{k}.jpg?resize=270%2C180" alt=""></div></div>
    </article>""" for k, (p, t) in enumerate(FEATURES + EXPLAINED))
    return f"""
<section class="more-section more-section--features" aria-labelledby="more-features">
  <div class="more-section__header"><h2 id="more-features" class="more-section__title"><a href="/features/">Features</a></h2></div>
  <div class="more-section__articles">{cards}
  </div>
</section>"""


def partner_and_newsletter() -> str:
    latest = ITEMS[0][3]
    return f"""
<section class="recommended-strip" data-widget="rc-strip">
  <h2 class="recommended-strip__title">Recommended</h2>
  <ul class="recommended-strip__list">
    <li><a href="{latest}?utm_source=author_page&amp;utm_medium=recommended&amp;utm_campaign=rc_strip">{esc(ITEMS[0][0])}</a></li>
    <li><a href="/program/inside-story/2024/1/10/is-the-us-losing-credibility-in-the-middle-east">Inside Story: Is the US losing credibility in the Middle East?</a></li>
    <li class="recommended-strip__item--sponsored"><span class="sponsored-label">Sponsored</span> <a href="/sponsored/2024/1/12/qatar-national-museum-winter-season-exhibitions" rel="sponsored">A winter of exhibitions at Qatar's national museum</a></li>
    <li class="recommended-strip__item--sponsored"><span class="sponsored-label">Sponsored</span> <a href="https://ads.example-network.com/click?site=aje&amp;slot=native_2&amp;cr=77310" rel="sponsored nofollow">The smarter way to send money home</a></li>
  </ul>
</section>
<div class="newsletter-signup">
  <h2 class="newsletter-signup__title">Sign up for Al Jazeera</h2>
  <p class="newsletter-signup__text">Weekly Opinion newsletter: the week's most thought-provoking columns, including new writing from {AUTHOR}.</p>
  <form class="newsletter-signup__form" action="/newsletter/subscribe" method="post">
    <input type="email" name="email" placeholder="E-mail address" aria-label="E-mail address">
    <input type="hidden" name="list" value="opinion-weekly">
    <button class="newsletter-signup__button" type="submit">Subscribe</button>
  </form>
  <p class="newsletter-signup__legal">By signing up, you agree to our <a href="/privacy-policy">Privacy Policy</a></p>
</div>
<div class="submission-box">
  <p>Have an opinion? <a href="/opinion-submission-guidelines">Read our submission guidelines</a> or <a href="mailto:opinions@aljazeera.example">write to the Opinion editors</a>.</p>
</div>"""


def footer() -> str:
    groups = {
        "About": [("About Us", "/about-us"), ("Code of Ethics", "/code-of-ethics"),
                  ("Terms and Conditions", "/terms-and-conditions"), ("EU/EEA Regulatory Notice", "/eu-eea-regulatory-notice"),
                  ("Privacy Policy", "/privacy-policy"), ("Cookie Policy", "/cookie-policy"),
                  ("Work for us", "https://careers.aljazeera.net/"), ("HTML Sitemap", "/sitemap")],
        "Connect": [("Contact Us", "/contact-us"), ("User Accounts Help", "/user-accounts-help"),
                    ("Advertise with us", "/advertise"), ("Stay Connected", "/stay-connected"),
                    ("Newsletters", "/newsletters"), ("Channel Finder", "/channel-finder"),
                    ("TV Schedule", "/schedule"), ("Podcasts", "/audio/podcasts"), ("Submit a Tip", "/tips")],
        "Our Channels": [("Al Jazeera Arabic", "https://www.aljazeera.net/"), ("Al Jazeera English", "/"),
                         ("Al Jazeera Investigative Unit", "/investigations/"), ("Al Jazeera Mubasher", "https://mubasher.aljazeera.net/"),
                         ("Al Jazeera Documentary", "https://doc.aljazeera.net/")],
    }
    cols = "".join(
        f'\n    <div class="site-footer__col"><h3 class="site-footer__heading">{g}</h3><ul>'
        + "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in links) + "</ul></div>"
        for g, links in groups.items())
    return f"""
<footer class="site-footer">
  <div class="site-footer__columns">{cols}
  </div>
  <div class="site-footer__social">
    <a href="https://www.facebook.com/aljazeera" aria-label="facebook"></a>
    <a href="https://twitter.com/AJEnglish" aria-label="twitter"></a>
    <a href="https://www.youtube.com/user/AlJazeeraEnglish" aria-label="youtube"></a>
    <a href="{{{{origin}}}}/xml/rss/all.xml" aria-label="rss"></a>
  </div>
  <p class="site-footer__copyright">© 2024 Al Jazeera Media Network</p>
</footer>"""


def jsonld() -> str:
    data = [
        {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Al Jazeera",
         "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/images/logo_aje.png"},
         "sameAs": ["https://www.facebook.com/aljazeera", "https://twitter.com/AJEnglish"]},
        {"@context": "https://schema.org", "@type": "ItemList", "name": f"{AUTHOR} - articles",
         "itemListElement": [{"@type": "ListItem", "position": k, "url": "{{origin}}" + it[3]}
                             for k, it in enumerate(ITEMS[:SHOWN], 1)]},
    ]
    return "\n".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in data)


def listing() -> str:
    cards = "".join(card(it, k) for k, it in enumerate(ITEMS[:SHOWN]))
    cfg = {"endpoint": "/graphql?wp-site=aje&operationName=ArchipelagoAuthorPostsQuery",
           "variables": {"author": "omar_suleiman", "offset": SHOWN, "quantity": 10},
           "total": 87}
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{AUTHOR} | Today's latest from Al Jazeera</title>
<meta name="description" content="Stay on top of {AUTHOR} latest developments on the ground with Al Jazeera's fact-based news, exclusive video footage, photos and updated maps.">
<link rel="canonical" href="{{{{origin}}}}{PAGE}">
<meta property="og:type" content="website">
<meta property="og:title" content="{AUTHOR}">
<meta property="og:url" content="{{{{origin}}}}{PAGE}">
<meta property="og:site_name" content="Al Jazeera">
<meta name="twitter:site" content="@AJEnglish">
<link rel="alternate" type="application/rss+xml" href="{{{{origin}}}}/xml/rss/all.xml" title="Al Jazeera – Breaking News, World News and Video from Al Jazeera">
<link rel="alternate" type="application/rss+xml" href="{FEED}" title="{AUTHOR}">
<link rel="alternate" hreflang="ar" href="https://www.aljazeera.net/">
<link rel="preload" as="font" href="/fonts/AJ-Sans/AlJazeeraSans-Regular.woff2" crossorigin>
<link rel="stylesheet" href="/static/styles/main.6a2fd0b1.css">
{jsonld()}
</head>
<body class="page-author">
<div id="root">
<a class="skip-link" href="#main-content-area">Skip to Content</a>
{header()}
<div class="container container--white container--author">
{author_header()}
<main id="main-content-area" class="l-col l-col--8">
  <section id="news-feed-container" class="section-articles-list" aria-label="{AUTHOR} articles">{cards}
  </section>
  <button class="show-more-button big-margin" type="button" data-testid="show-more-button" aria-label="Show more"><span class="show-more-button__text">Show more</span></button>
{partner_and_newsletter()}
{opinion_rail()}
{features_rail()}
</main>
{sidebar()}
</div>
{footer()}
</div>
<script>window.__AJ_AUTHOR_FEED__ = {json.dumps(cfg)};</script>
<script>
document.querySelector('.show-more-button').addEventListener('click', function () {{
  var c = window.__AJ_AUTHOR_FEED__;
  fetch(c.endpoint + '&variables=' + encodeURIComponent(JSON.stringify(c.variables)), {{headers: {{'wp-site': 'aje'}}}})
    .then(function (r) {{ return r.json(); }})
    .then(function (d) {{ c.variables.offset += c.variables.quantity; window.AJ.renderCards(d.data.articles); }});
}});
</script>
<script src="/static/scripts/main.0c4e3f2d.js" defer></script>
</body>
</html>
"""


def rfc822(ymd, hour=9) -> str:
    y, m, d = ymd
    return format_datetime(dt.datetime(y, m, d, hour, 24, 31, tzinfo=dt.timezone.utc))


def author_feed() -> str:
    items = "".join(f"""
    <item>
      <link>{{{{origin}}}}{path}</link>
      <title>{esc(title)}</title>
      <description><![CDATA[{excerpt}]]></description>
      <pubDate>{rfc822(ymd)}</pubDate>
      <category>Opinion</category>
      <guid isPermaLink="false">{{{{origin}}}}/?t={int(dt.datetime(*ymd, 9, 24, 31, tzinfo=dt.timezone.utc).timestamp())}</guid>
    </item>""" for title, excerpt, ymd, path in ITEMS)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{AUTHOR} | Today's latest from Al Jazeera</title>
    <link>{{{{origin}}}}{PAGE}</link>
    <description>Stay on top of {AUTHOR} latest developments on the ground with Al Jazeera's fact-based news, exclusive video footage, photos and updated maps.</description>
    <atom:link href="{{{{origin}}}}{FEED}" rel="self" type="application/rss+xml"/>
    <language>en-us</language>
    <lastBuildDate>{rfc822(ITEMS[0][2], 12)}</lastBuildDate>{items}
  </channel>
</rss>
"""


def site_feed() -> str:
    entries = [
        (TICKER[0][0], TICKER[0][1], (2024, 1, 19)),
        (MOST_READ[0][0], MOST_READ[0][1], (2024, 1, 19)),
        (MOST_READ[2][0], MOST_READ[2][1], (2024, 1, 19)),
        (MOST_READ[4][0], MOST_READ[4][1], (2024, 1, 19)),
        (ITEMS[0][3], ITEMS[0][0], ITEMS[0][2]),
        (MOST_READ[1][0], MOST_READ[1][1], (2024, 1, 18)),
        (MOST_READ[3][0], MOST_READ[3][1], (2024, 1, 18)),
        (path_of(OTHER_OPINIONS[2][2], OTHER_OPINIONS[2][3]), OTHER_OPINIONS[2][2], OTHER_OPINIONS[2][3]),
        (FEATURES[0][0], FEATURES[0][1], (2024, 1, 17)),
        (EXPLAINED[0][0], EXPLAINED[0][1], (2024, 1, 16)),
        (path_of(OTHER_OPINIONS[3][2], OTHER_OPINIONS[3][3]), OTHER_OPINIONS[3][2], OTHER_OPINIONS[3][3]),
        (FEATURES[2][0], FEATURES[2][1], (2024, 1, 16)),
    ]
    items = "".join(f"""
    <item>
      <link>{{{{origin}}}}{p}</link>
      <title>{esc(t)}</title>
      <pubDate>{rfc822(ymd, 18 - k)}</pubDate>
      <guid isPermaLink="false">{{{{origin}}}}/?t={1705600000 + k * 3371}</guid>
    </item>""" for k, (p, t, ymd) in enumerate(entries))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Al Jazeera – Breaking News, World News and Video from Al Jazeera</title>
    <link>{{{{origin}}}}/</link>
    <description>Breaking News, World News and Video from Al Jazeera</description>
    <atom:link href="{{{{origin}}}}/xml/rss/all.xml" rel="self" type="application/rss+xml"/>
    <language>en-us</language>{items}
  </channel>
</rss>
"""


def main() -> None:
    (OUT / "author").mkdir(parents=True, exist_ok=True)
    (OUT / "xml" / "rss" / "author").mkdir(parents=True, exist_ok=True)
    (OUT / "author" / "omar_suleiman.html").write_text(listing(), encoding="utf-8")
    (OUT / "xml" / "rss" / "author" / "omar_suleiman.xml").write_text(author_feed(), encoding="utf-8")
    (OUT / "xml" / "rss" / "all.xml").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("A broadcaster's author page (Al Jazeera style) with one page of 10 "
                        "article.gc.u-clickable-card cards and a script-run 'Show more' button; the 15 "
                        "older columns are only in the author's advertised RSS feed (whose guids are "
                        "?t= non-article URLs), beside a site-wide feed, while /opinions/Y/M/D/slug "
                        "cards of other authors sit in identical markup in an Opinion rail."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": [it[3] for it in ITEMS],
        "feed_only": [it[3] for it in ITEMS[SHOWN:]],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
