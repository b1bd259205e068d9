"""Generate the h2-telegraph-columnists discovery fixture (stdlib only, deterministic).

A UK broadsheet columnist page in React-ish markup with BEM class names:
/columnists/harriet-vane/ (?page=2, ?page=3), columns at
/columnists/YYYY/MM/DD/slug/ -- the same /columnists/ folder as the listing page
and as every other columnist's columns shown in the rails.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

NAME = "h2-telegraph-columnists"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Harriet Vane"
PAGE = "/columnists/harriet-vane/"

# (headline, standfirst, premium)
COLUMNS = [
    ("The quiet revolt of Middle England has begun",
     "Voters who never used to complain are now furious, and Westminster has not noticed", True),
    ("Net zero is becoming a luxury belief",
     "Those who preach sacrifice loudest are the ones who will never be asked to make it", True),
    ("Why I've stopped watching the news",
     "It is not apathy. It is self-defence", False),
    ("Our universities have lost their nerve",
     "Vice-chancellors who once defended debate now flinch at the first complaint", True),
    ("Britain has become a nation of form-fillers",
     "Every small ambition now requires a portal, a password and a six-week wait", True),
    ("The wrong lessons from the Post Office scandal",
     "It was not just a computer failure. It was a failure of people who refused to listen", True),
    ("Farewell, the pub",
     "Another one on my high street closed this week. Nobody in power seems to mind", False),
    ("Christmas is no time for politics – and yet here we are",
     "The party conferences are long gone, but the campaigning never stops", False),
    ("Pity the poor landlord? Yes, actually",
     "Small landlords are being driven out, and tenants will pay the price", True),
    ("Enough of the four-day week",
     "A country that cannot fix its productivity problem should not be taking Fridays off", True),
    ("The BBC's impartiality problem won't fix itself",
     "Another review, another promise. Licence fee payers deserve more than words", True),
    ("Labour's honeymoon will be shorter than it thinks",
     "An opposition can float on the government's unpopularity. A government cannot", True),
    ("Our children deserve better than a screen in every classroom",
     "The tech evangelists promised a revolution in learning. The results are in", True),
    ("The Cop28 circus proves the point",
     "Private jets, grand pledges and no plan that anyone at home would recognise", True),
    ("Why the grammar school debate never goes away",
     "Parents know something the politicians would rather not admit", True),
    ("Motorists are sick of being treated as villains",
     "Drivers are not a lobby. They are most of the country", False),
    ("Another winter of strikes? The public has had enough",
     "Sympathy for nurses and train drivers is running out, and the unions know it", True),
    ("In praise of the humble allotment",
     "Three seasons of failed courgettes have taught me more than any self-help book", False),
    ("Stop telling pensioners they're the problem",
     "The generation that built this country is now blamed for everything wrong with it", True),
    ("A very British kind of decline",
     "Nothing collapses. Everything just gets slightly worse, slightly more expensive", True),
    ("Brexit was never the end of the argument",
     "Leaving was the easy part. Deciding what to do with our freedom is harder", True),
    ("Who will speak for the countryside now?",
     "Rural voters feel abandoned by both main parties, and they are right", True),
    ("The trouble with 'lived experience'",
     "It has become a way of ending arguments rather than winning them", True),
    ("Our high streets are dying – and councils are holding the knife",
     "Parking charges, business rates and planning rules: a slow murder in three acts", True),
    ("Free speech on campus is not a culture war sideshow",
     "If students cannot hear an argument, they cannot learn to answer it", True),
    ("Home working has made us lonelier, not freer",
     "The office was never just a place to work", False),
    ("Ulez is a tax dressed up as a health policy",
     "Outer London was promised cleaner air. It got a bill", True),
    ("The King's Speech was a missed opportunity",
     "A government with a year left needed a sense of purpose. It offered a shopping list", True),
    ("Nobody asked for smart motorways",
     "The ministers who approved them never have to drive on them", False),
    ("Give parents the right to see what their children are taught",
     "Schools that hide their lesson materials should ask themselves why", True),
    ("Dinner parties are dead. Long live the kitchen supper",
     "Nobody wants three courses and a seating plan any more, thank goodness", False),
    ("London's mayor has declared war on the suburbs",
     "Those who live beyond the North Circular are tired of being an afterthought", True),
    ("Is anyone really in charge?",
     "From the Cabinet Office to the council depot, the same question keeps coming up", True),
    ("The Tories must stop apologising for winning",
     "A party ashamed of its own voters will not keep them for long", True),
]

PER_PAGE = [13, 13, 8]  # page 1 = lead card + 12


def slugify(title: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", "", title.lower().replace("–", " ").replace("'", "")).split()
    return "-".join(words)


def dates(n: int) -> list[dt.datetime]:
    out, d, step = [], dt.datetime(2024, 1, 19, 6, 0), [3, 4]
    for i in range(n):
        out.append(d)
        d -= dt.timedelta(days=step[i % 2])
    return out


def path_of(title: str, when: dt.datetime) -> str:
    return f"/columnists/{when:%Y/%m/%d}/{slugify(title)}/"


DATES = dates(len(COLUMNS))
ITEMS = [(t, s, p, d, path_of(t, d)) for (t, s, p), d in zip(COLUMNS, DATES)]

# Other columnists: (name, slug, latest headline, date)
OTHERS = [
    ("Rupert Ashdown", "rupert-ashdown", "The Bank of England has lost control of the story", "2024/01/18"),
    ("Celia Marchbanks", "celia-marchbanks", "I tried Dry January. It tried me back", "2024/01/17"),
    ("Tom Fennimore", "tom-fennimore", "Cricket's new swagger needs a dose of humility", "2024/01/18"),
    ("Priya Mistry", "priya-mistry", "The immigration numbers nobody in Westminster wants to discuss", "2024/01/16"),
    ("Charles Winterbourne", "charles-winterbourne", "What my father taught me about duty", "2024/01/14"),
]

MOST_VIEWED = [
    ("/news/2024/01/19/storm-isha-weekend-travel-disruption-rail-roads/",
     "Storm Isha: weekend travel chaos as Met Office issues amber warning"),
    ("/politics/2024/01/18/rwanda-bill-passes-commons-third-reading-rebels/",
     "Rwanda Bill clears Commons as rebels back down"),
    ("/columnists/2024/01/18/bank-of-england-has-lost-control-of-the-story/",
     "The Bank of England has lost control of the story"),
    ("/world-news/2024/01/19/red-sea-shipping-attacks-insurance-costs/",
     "Red Sea attacks send shipping insurance soaring"),
    ("/news/2024/01/18/junior-doctors-strike-six-days-february/",
     "Junior doctors announce fresh six-day strike"),
    ("/politics/2024/01/17/chancellor-tax-cuts-spring-budget-hint/",
     "Chancellor hints at tax cuts in spring Budget"),
    ("/money/consumer-affairs/2024/01/19/energy-price-cap-april-forecast/",
     "Energy price cap to fall in April, forecasters say"),
    ("/news/2024/01/17/post-office-horizon-compensation-sub-postmasters/",
     "Sub-postmasters to get £600,000 each under new scheme"),
]

STRIP = [
    ("/news/2024/01/19/school-absence-record-high-figures/", "School absence hits record high"),
    ("/politics/2024/01/19/local-elections-may-polling-conservatives/", "What the polls say about May"),
    ("/business/2024/01/19/retail-sales-december-slump/", "Retail sales slump in December"),
    ("/news/2024/01/18/cost-of-living-pensioners-winter-fuel/", "Pensioners face a cold February"),
]

EDITORS = [
    ("/opinion/2024/01/19/telegraph-view-rwanda-bill-lords/", "The Lords must not wreck the Rwanda plan",
     "Telegraph View", None),
    ("/opinion/2024/01/19/letters-post-office-horizon-accountability/",
     "Letters: Who will answer for the Horizon scandal?", "Letters to the Editor", None),
    ("/columnists/2024/01/17/i-tried-dry-january-it-tried-me-back/", "I tried Dry January. It tried me back",
     "Celia Marchbanks", "/columnists/celia-marchbanks/"),
    ("/news/2024/01/18/the-lost-villages-of-norfolk-coastal-erosion/",
     "The lost villages of Norfolk's crumbling coast", "News", None),
]

SPOTLIGHT = [
    ("/business/2024/01/10/small-firms-cut-energy-bills-partnership/",
     "How small firms are cutting their energy bills", "In partnership with Northgate Energy"),
    ("/travel/destinations/europe/switzerland/2024/01/08/winter-rail-journeys-alps-sponsored/",
     "Five winter rail journeys through the Alps", "Sponsored by Swiss Rail Holidays"),
    ("/health-fitness/2024/01/12/hearing-loss-early-signs-sponsored/",
     "The early signs of hearing loss you shouldn't ignore", "Sponsored by ClearSound"),
]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def fmt_date(d: dt.datetime) -> str:
    return f"{d.day} {d:%B %Y} • {d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}"


def href_variant(path: str, i: int) -> str:
    """Mix root-relative, absolute and relative hrefs, as a real renderer might."""
    if i % 4 == 1:
        return "{{origin}}" + path
    if i % 5 == 3:
        return ".." + path[len("/columnists"):]  # relative to /columnists/harriet-vane/
    return path


def card(item, i: int, lead: bool = False) -> str:
    title, stand, premium, when, path = item
    href = href_variant(path, i)
    media_href = href if href.startswith(("/", "{{")) else path
    comments = 120 + (i * 97) % 900
    prem = ('<span class="card__premium" aria-label="Premium"><svg class="icon icon--premium" '
            'aria-hidden="true" viewBox="0 0 16 16"><use href="#icon-premium"></use></svg></span>'
            if premium else "")
    cls = "card card--lead card--image-top" if lead else "card card--horizontal"
    img_size = "1280x800" if lead else "480x300"
    out = f"""
<div class="{cls}" data-test="article-card" data-card-index="{i}">
  <div class="card__media">
    <a class="card__media-link" href="{media_href}" tabindex="-1" aria-hidden="true">
      <picture class="card__picture"><img class="card__image" src="https://www.telegraph-static.example/images/{when:%Y/%m/%d}/{slugify(title)[:24]}-{img_size}.jpg" alt="" loading="{'eager' if lead else 'lazy'}" width="{img_size.split('x')[0]}" height="{img_size.split('x')[1]}"></picture>
    </a>
  </div>
  <div class="card__content">
    {'<span class="card__kicker">Comment</span>' if lead else ''}
    <h{'2' if lead else '3'} class="card__headline{' card__headline--large' if lead else ''}">{prem}<a class="card__link" href="{href}"><span class="card__headline-text">{esc(title)}</span></a></h{'2' if lead else '3'}>
    <p class="card__standfirst">{esc(stand)}</p>
    <div class="card__meta">
      <a class="card__byline" href="/columnists/harriet-vane/" rel="author">{AUTHOR}</a>
      <time class="card__date" datetime="{when:%Y-%m-%dT%H:%M:%SZ}">{fmt_date(when)}</time>
      {f'<a class="card__comments" href="{path}#comments" aria-label="{comments} comments"><svg class="icon icon--comment" aria-hidden="true"><use href="#icon-comment"></use></svg>{comments}</a>' if i % 2 == 0 else ''}
    </div>"""
    if lead:
        out += f"""
    <ul class="share-bar share-bar--card" aria-label="Share this article">
      <li class="share-bar__item"><a class="share-bar__link share-bar__link--twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.telegraph.co.uk{path.replace('/', '%2F')}&amp;text={esc(title).replace(' ', '%20')}" target="_blank" rel="noopener">Share on X</a></li>
      <li class="share-bar__item"><a class="share-bar__link share-bar__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.telegraph.co.uk{path.replace('/', '%2F')}" target="_blank" rel="noopener">Share on Facebook</a></li>
      <li class="share-bar__item"><a class="share-bar__link share-bar__link--whatsapp" href="https://wa.me/?text=https%3A%2F%2Fwww.telegraph.co.uk{path.replace('/', '%2F')}%3FWT.mc_id%3Dtmg_share_wa" target="_blank" rel="noopener">Share on WhatsApp</a></li>
      <li class="share-bar__item"><a class="share-bar__link share-bar__link--email" href="mailto:?subject={esc(title).replace(' ', '%20')}&amp;body=https%3A%2F%2Fwww.telegraph.co.uk{path.replace('/', '%2F')}">Email</a></li>
    </ul>"""
    out += "\n  </div>\n</div>"
    return out


def header(page_no: int) -> str:
    CUR = ' aria-current="true"'
    nav = [("News", "/news/"), ("Politics", "/politics/"), ("Sport", "/sport/"), ("Business", "/business/"),
           ("Money", "/money/"), ("Opinion", "/opinion/"), ("Ukraine", "/world-news/russia-ukraine-war/"),
           ("Travel", "/travel/"), ("Health", "/health-fitness/"), ("Lifestyle", "/lifestyle/"),
           ("Culture", "/culture/"), ("Puzzles", "/puzzles/"), ("More", "/all-sections/")]
    items = "\n".join(
        f'      <li class="primary-nav__item{" primary-nav__item--active" if n == "Opinion" else ""}">'
        f'<a class="primary-nav__link" href="{h}"{CUR if n == "Opinion" else ""}>{n}</a></li>'
        for n, h in nav)
    redirect = "%2Fcolumnists%2Fharriet-vane%2F" + ("" if page_no == 1 else f"%3Fpage%3D{page_no}")
    return f"""
<header class="site-header" data-component="site-header">
  <div class="site-header__top">
    <button class="site-header__menu-button" aria-expanded="false" aria-controls="mega-menu"><span class="u-visually-hidden">Open menu</span></button>
    <a class="site-header__logo" href="{{{{origin}}}}/" aria-label="The Telegraph home page"><svg class="logo" role="img" aria-hidden="true"><use href="#logo-telegraph"></use></svg></a>
    <div class="site-header__actions">
      <a class="button button--subscribe" href="/customer/subscribe/digitalsub/?ICID=author_page_header_subscribe">Subscribe now</a>
      <a class="site-header__login" href="/customer/secure/login/?redirectTo={redirect}">Log in</a>
      <a class="site-header__search" href="/search/" aria-label="Search"><svg aria-hidden="true"><use href="#icon-search"></use></svg></a>
    </div>
  </div>
  <nav class="primary-nav" aria-label="Primary">
    <ul class="primary-nav__list">
{items}
    </ul>
  </nav>
  <nav class="secondary-nav" aria-label="Opinion">
    <ul class="secondary-nav__list">
      <li class="secondary-nav__item"><a class="secondary-nav__link" href="/opinion/">Opinion home</a></li>
      <li class="secondary-nav__item"><a class="secondary-nav__link secondary-nav__link--active" href="/columnists/">Columnists</a></li>
      <li class="secondary-nav__item"><a class="secondary-nav__link" href="/opinion/telegraph-view/">Telegraph View</a></li>
      <li class="secondary-nav__item"><a class="secondary-nav__link" href="/opinion/letters/">Letters</a></li>
      <li class="secondary-nav__item"><a class="secondary-nav__link" href="/cartoons/matt/">Matt</a></li>
    </ul>
  </nav>
</header>"""


def author_profile() -> str:
    topics = [("Conservative Party", "/politics/conservative-party/"), ("Education", "/education/"),
              ("Culture wars", "/topics/culture-wars/"), ("Net zero", "/topics/net-zero/"),
              ("Countryside", "/topics/countryside/")]
    tags = "\n".join(f'        <li class="tag-list__item"><a class="tag" href="{h}">{n}</a></li>' for n, h in topics)
    return f"""
<section class="author-profile" aria-labelledby="author-name">
  <div class="author-profile__media"><img class="author-profile__image" src="https://www.telegraph-static.example/authors/harriet-vane-300x300.png" alt="Harriet Vane" width="150" height="150"></div>
  <div class="author-profile__body">
    <h1 id="author-name" class="author-profile__name">{AUTHOR}</h1>
    <p class="author-profile__role">Columnist and associate editor</p>
    <div class="author-profile__bio">
      <p>Harriet Vane writes on politics, education and the state of the nation every Tuesday and Friday. She presents the <a href="/podcasts/the-week-with-harriet-vane/">The Week with Harriet Vane</a> podcast and is the author of <em>Small Country, Big Ideas</em>.</p>
    </div>
    <ul class="author-profile__social">
      <li><a class="author-profile__social-link" href="https://twitter.com/harrietvanetel" rel="noopener" target="_blank">Follow Harriet on X</a></li>
      <li><a class="author-profile__social-link" href="mailto:harriet.vane@telegraph.example">Email Harriet</a></li>
    </ul>
    <button class="follow-button" data-author-id="harriet-vane" type="button"><span class="follow-button__label">Follow</span></button>
    <div class="author-profile__topics">
      <h2 class="author-profile__topics-title">Writes about</h2>
      <ul class="tag-list">
{tags}
      </ul>
    </div>
  </div>
</section>"""


def pagination(page_no: int, last: int) -> str:
    def link(n: int) -> str:
        if n == 1:
            return "/columnists/harriet-vane/"
        return f"?page={n}" if n != 3 else "/columnists/harriet-vane/?page=3"

    nums = []
    for n in range(1, last + 1):
        if n == page_no:
            nums.append(f'<li class="pagination__item"><a class="pagination__link pagination__link--current" '
                        f'href="{link(n)}" aria-current="page">{n}</a></li>')
        else:
            nums.append(f'<li class="pagination__item"><a class="pagination__link" href="{link(n)}" '
                        f'aria-label="Page {n}">{n}</a></li>')
    prev = ""
    if page_no > 1:
        prev_href = f"?page={page_no - 1}"  # ?page=1 on page 2: the server falls back to page 1
        prev = f'<a class="pagination__prev" href="{prev_href}">Previous</a>'
    nxt = (f'<a class="pagination__next" href="?page={page_no + 1}">Next</a>' if page_no < last
           else '<span class="pagination__next pagination__next--disabled" aria-disabled="true">Next</span>')
    return f"""
<nav aria-label="pagination" class="pagination">
  {prev}
  <ul class="pagination__list">
    {"".join(nums)}
  </ul>
  {nxt}
</nav>"""


def sidebar() -> str:
    mv = "\n".join(
        f'      <li class="tpl-list__item"><span class="tpl-list__num">{i}</span>'
        f'<a class="tpl-list__link" href="{p}"><span class="tpl-list__text">{esc(t)}</span></a></li>'
        for i, (p, t) in enumerate(MOST_VIEWED, 1))
    cols = []
    for name, slug, head, day in OTHERS[:4]:
        p = f"/columnists/{day}/{slugify(head)}/"
        cols.append(f"""
      <li class="columnist-card">
        <a class="columnist-card__image-link" href="/columnists/{slug}/" aria-label="{name}"><img class="columnist-card__image" src="https://www.telegraph-static.example/authors/{slug}-150x150.png" alt="" width="64" height="64"></a>
        <div class="columnist-card__content">
          <a class="columnist-card__name" href="/columnists/{slug}/">{name}</a>
          <h3 class="columnist-card__headline"><a class="columnist-card__link" href="{p}">{esc(head)}</a></h3>
        </div>
      </li>""")
    return f"""
<aside class="page-layout__sidebar" aria-label="Sidebar">
  <div class="advert advert--mpu" data-slot="mpu-1"><a href="https://ads.example-network.com/click?slot=tmg-mpu-1&amp;cr=88412" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/88412.jpg" alt="Advertisement" width="300" height="250"></a></div>
  <section class="tpl-rail" data-component="rail-list">
    <h2 class="tpl-rail__title">Most viewed</h2>
    <ol class="tpl-list">
{mv}
    </ol>
  </section>
  <section class="columnists-box" aria-labelledby="columnists-box-title">
    <h2 id="columnists-box-title" class="columnists-box__title"><a href="/columnists/">Columnists</a></h2>
    <ul class="columnists-box__list">{"".join(cols)}
    </ul>
    <a class="columnists-box__more" href="/columnists/">See all columnists</a>
  </section>
  <section class="puzzles-promo">
    <a class="puzzles-promo__link" href="https://puzzles.telegraph.co.uk/?icid=author_page_puzzles_promo">
      <span class="puzzles-promo__title">Telegraph Puzzles</span>
      <span class="puzzles-promo__text">Try the Cryptic Crossword, Sudoku and more. New puzzles every day.</span>
      <span class="puzzles-promo__cta">Play now</span>
    </a>
    <a class="puzzles-promo__secondary" href="/puzzles/">All puzzles</a>
  </section>
  <section class="recommended-promo">
    <h2 class="recommended-promo__title">Telegraph Recommended</h2>
    <ul class="recommended-promo__list">
      <li><a href="/recommended/home/best-electric-blankets/">The best electric blankets, tested</a></li>
      <li><a href="/recommended/leisure/best-walking-boots-men-women/">Best walking boots for winter</a></li>
    </ul>
  </section>
  <div class="advert advert--mpu" data-slot="mpu-2"><a href="https://ads.example-network.com/click?slot=tmg-mpu-2&amp;cr=90117" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/90117.jpg" alt="Advertisement" width="300" height="600"></a></div>
</aside>"""


def strip() -> str:
    items = "\n".join(
        f'    <a class="strip-card" href="{p}"><span class="strip-card__text">{esc(t)}</span></a>'
        for p, t in STRIP)
    return f"""
<div class="strip" data-component="strip-3">
{items}
</div>"""


def editors_choice() -> str:
    cards = []
    for i, (p, t, label, byline) in enumerate(EDITORS):
        by = (f'<a class="card__byline" href="{byline}" rel="author">{label}</a>' if byline
              else f'<span class="card__kicker">{label}</span>')
        cards.append(f"""
    <li class="card-row__item">
      <div class="card card--vertical" data-test="article-card">
        <div class="card__content">
          <h3 class="card__headline"><a class="card__link" href="{p}"><span class="card__headline-text">{esc(t)}</span></a></h3>
          <div class="card__meta">{by}</div>
        </div>
      </div>
    </li>""")
    return f"""
<section class="card-row" aria-labelledby="editors-choice">
  <h2 id="editors-choice" class="section-heading">Editor's choice</h2>
  <ul class="card-row__list">{"".join(cards)}
  </ul>
</section>"""


def spotlight() -> str:
    cards = "".join(f"""
    <li class="card-row__item">
      <div class="card card--sponsored" data-test="article-card">
        <div class="card__media"><a class="card__media-link" href="{p}" tabindex="-1" aria-hidden="true"><img class="card__image" src="https://www.telegraph-static.example/spotlight/{i}.jpg" alt="" loading="lazy"></a></div>
        <div class="card__content">
          <span class="card__sponsor">{esc(sp)}</span>
          <h3 class="card__headline"><a class="card__link" href="{p}"><span class="card__headline-text">{esc(t)}</span></a></h3>
        </div>
      </div>
    </li>""" for i, (p, t, sp) in enumerate(SPOTLIGHT))
    return f"""
<section class="card-row card-row--spotlight" aria-labelledby="spotlight-title">
  <h2 id="spotlight-title" class="section-heading section-heading--spotlight">Spotlight</h2>
  <p class="card-row__label">Sponsored content</p>
  <ul class="card-row__list">{cards}
  </ul>
</section>"""


def newsletter() -> str:
    latest = ITEMS[0][4]
    return f"""
<section class="newsletter-promo">
  <h2 class="newsletter-promo__title">Harriet Vane's Week</h2>
  <p class="newsletter-promo__text">Harriet's sharpest thoughts on the week in politics, in your inbox every Saturday. <a href="{latest}?utm_source=author_page&amp;utm_medium=newsletter_promo&amp;utm_campaign=harriet_vane_week">Read this week's column</a></p>
  <form class="newsletter-promo__form" action="/newsletters/signup/" method="post">
    <label class="u-visually-hidden" for="nl-email">Email address</label>
    <input id="nl-email" class="newsletter-promo__input" type="email" name="email" placeholder="Your email address">
    <input type="hidden" name="newsletter" value="harriet-vane-week">
    <button class="button button--primary" type="submit">Sign up</button>
  </form>
  <a class="newsletter-promo__more" href="/newsletters/">See all our newsletters</a>
</section>"""


def footer() -> str:
    links = [("About us", "/about-us/"), ("Contact us", "/contact-us/"), ("Reader Prints", "/prints/"),
             ("Branded content", "/branded-content/"), ("Syndication and Commissioning", "/syndication/"),
             ("Guidelines", "/editorial-guidelines/"), ("Privacy", "/privacy-and-cookie-policy/"),
             ("Terms and Conditions", "/terms-and-conditions/"), ("Advertising terms", "/advertising-terms/"),
             ("Fantasy Sport", "https://fantasyfootball.telegraph.co.uk/"), ("UK Voucher Codes", "/vouchercodes/"),
             ("Modern Slavery", "/modern-slavery-statement/"), ("Tax strategy", "/tax-strategy/"),
             ("Broadband and Mobile Deals", "/broadband-deals/"), ("The Chelsea Magazine Company", "https://www.chelseamagazines.example/"),
             ("Newsletters", "/newsletters/"), ("Download the Telegraph App", "/apps/")]
    lis = "\n".join(f'      <li class="site-footer__item"><a class="site-footer__link" href="{h}">{n}</a></li>'
                    for n, h in links)
    return f"""
<footer class="site-footer">
  <div class="site-footer__social">
    <a href="https://www.facebook.com/TELEGRAPH.CO.UK" aria-label="Facebook"></a>
    <a href="https://twitter.com/telegraph" aria-label="X"></a>
    <a href="https://www.instagram.com/telegraph/" aria-label="Instagram"></a>
  </div>
  <nav aria-label="Footer">
    <ul class="site-footer__list">
{lis}
    </ul>
  </nav>
  <p class="site-footer__copyright">© Telegraph Media Group Holdings Limited 2024</p>
</footer>"""


def jsonld(page_no: int) -> str:
    canon = "{{origin}}" + PAGE + ("" if page_no == 1 else f"?page={page_no}")
    data = [
        {"@context": "https://schema.org", "@type": "ProfilePage", "url": canon,
         "name": f"{AUTHOR} - The Telegraph",
         "mainEntity": {"@type": "Person", "name": AUTHOR, "jobTitle": "Columnist",
                        "url": "{{origin}}" + PAGE, "sameAs": ["https://twitter.com/harrietvanetel"],
                        "worksFor": {"@type": "NewsMediaOrganization", "name": "The Telegraph",
                                     "url": "{{origin}}/"}}},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "Opinion", "item": "{{origin}}/opinion/"},
            {"@type": "ListItem", "position": 3, "name": "Columnists", "item": "{{origin}}/columnists/"},
            {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": "{{origin}}" + PAGE}]},
    ]
    return "\n".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in data)


def page(page_no: int, items, last: int) -> str:
    title = f"{AUTHOR} | The Telegraph" if page_no == 1 else f"{AUTHOR} | Page {page_no} | The Telegraph"
    canon = "{{origin}}" + PAGE + ("" if page_no == 1 else f"?page={page_no}")
    start = 0
    body = []
    if page_no == 1:
        body.append(f'<div class="lead-slot">{card(items[0], 0, lead=True)}\n</div>')
        start = 1
    lis = "".join(f'\n<li class="article-list__item">{card(it, k)}\n</li>'
                  for k, it in enumerate(items[start:], start + (page_no - 1) * 13))
    state = {"page": {"type": "author", "authorId": "harriet-vane", "pageNumber": page_no,
                      "totalPages": last, "nextPage": (f"?page={page_no + 1}" if page_no < last else None)},
             "user": {"loggedIn": False}, "ads": {"enabled": True, "section": "opinion/columnists"}}
    links = [f'<link rel="canonical" href="{canon}">']
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="tmg-html">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="The latest columns, comment and analysis from Harriet Vane, columnist for The Telegraph.">
{links[0]}
<meta property="og:type" content="profile">
<meta property="og:title" content="{AUTHOR}">
<meta property="og:url" content="{canon}">
<meta property="og:site_name" content="The Telegraph">
<meta name="twitter:site" content="@Telegraph">
<link rel="alternate" type="application/rss+xml" title="The Telegraph - Latest news" href="{{{{origin}}}}/rss.xml">
<link rel="preconnect" href="https://www.telegraph-static.example">
<link rel="stylesheet" href="/static/css/main.4f1c9a2e.css">
<link rel="icon" href="/etc/designs/telegraph/core/clientlibs/core/icons/favicon.ico">
{jsonld(page_no)}
<script>window.__PRELOADED_STATE__ = {json.dumps(state)};</script>
</head>
<body class="tmg-body tmg-body--author">
<div id="root">
<a class="skip-link" href="#main-content">Skip to main content</a>
{header(page_no)}
<div class="page-layout">
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol class="breadcrumb__list">
    <li class="breadcrumb__item"><a class="breadcrumb__link" href="/">Home</a></li>
    <li class="breadcrumb__item"><a class="breadcrumb__link" href="/opinion/">Opinion</a></li>
    <li class="breadcrumb__item"><a class="breadcrumb__link" href="/columnists/">Columnists</a></li>
    <li class="breadcrumb__item" aria-current="page"><span>{AUTHOR}</span></li>
  </ol>
</nav>
{author_profile()}
<main id="main-content" class="page-layout__main">
<section class="article-list" aria-labelledby="latest-heading">
  <h2 id="latest-heading" class="section-heading">Latest from {AUTHOR}{'' if page_no == 1 else f' <span class="section-heading__page">– page {page_no}</span>'}</h2>
{"".join(body)}
  <ul class="article-list__items">{lis}
  </ul>
</section>
{pagination(page_no, last)}
{strip()}
{editors_choice()}
{newsletter()}
{spotlight()}
</main>
{sidebar()}
</div>
{footer()}
</div>
<script src="/static/js/vendor.81be3f0a.js" defer></script>
<script src="/static/js/main.c93d1e77.js" defer></script>
</body>
</html>
"""


def site_feed() -> str:
    entries = [
        (MOST_VIEWED[0][0], MOST_VIEWED[0][1], "Telegraph Reporters"),
        (MOST_VIEWED[1][0], MOST_VIEWED[1][1], "Political Staff"),
        (ITEMS[0][4], ITEMS[0][0], AUTHOR),
        (STRIP[0][0], STRIP[0][1], "Education Editor"),
        (EDITORS[0][0], EDITORS[0][1], "Telegraph View"),
        (MOST_VIEWED[3][0], MOST_VIEWED[3][1], "World Staff"),
        (f"/columnists/{OTHERS[2][3]}/{slugify(OTHERS[2][2])}/", OTHERS[2][2], OTHERS[2][0]),
        (MOST_VIEWED[4][0], MOST_VIEWED[4][1], "Health Staff"),
        (STRIP[2][0], STRIP[2][1], "Business Staff"),
        (MOST_VIEWED[6][0], MOST_VIEWED[6][1], "Money Staff"),
    ]
    items = "".join(f"""
  <item>
    <title>{esc(t)}</title>
    <link>{{{{origin}}}}{p}</link>
    <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
    <dc:creator>{esc(a)}</dc:creator>
    <pubDate>Fri, 19 Jan 2024 {6 + k:02d}:00:00 GMT</pubDate>
  </item>""" for k, (p, t, a) in enumerate(entries))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>The Telegraph - Latest news</title>
  <link>{{{{origin}}}}/</link>
  <description>Latest news, business, sport, comment and analysis from The Telegraph</description>
  <atom:link href="{{{{origin}}}}/rss.xml" rel="self" type="application/rss+xml"/>
  <language>en-gb</language>{items}
</channel>
</rss>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    d = OUT / "columnists" / "harriet-vane"
    d.mkdir(parents=True, exist_ok=True)
    pos = 0
    last = len(PER_PAGE)
    for n, count in enumerate(PER_PAGE, 1):
        chunk = ITEMS[pos:pos + count]
        pos += count
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (d / name).write_text(page(n, chunk, last), encoding="utf-8")
    assert pos == len(ITEMS)
    (OUT / "rss.xml").write_text(site_feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("A UK broadsheet columnist page in React-style BEM markup (card__content/card__headline) "
                        "with ?page=N pagination under a pagination nav; hard because the Columnists box, "
                        "Most viewed rail, Editor's choice row and a site-wide feed hold other columnists' "
                        "columns in the very same /columnists/YYYY/MM/DD/slug/ folder, in identical card markup."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": last,
        "author": AUTHOR,
        "columns": [it[4] for it in ITEMS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
