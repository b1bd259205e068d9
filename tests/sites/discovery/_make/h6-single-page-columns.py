"""Generate the h6-single-page-columns discovery fixture (held out).

A think-tank / policy-magazine expert page: ONE page, /people/amara-okoye/columns, listing
all 18 of her commentary pieces in a CSS grid of BEM <div class="card"> cards with
<a class="card__link"><h3>; no pagination and no feed. On the same page a "Related
commentary" block of 6 pieces by other experts uses the identical card markup and the same
root-level /commentary/slug shape; a partner-content card also reuses the card markup.

Stdlib only, deterministic: python tests/sites/discovery/_make/h6-single-page-columns.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h6-single-page-columns"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/people/amara-okoye/columns"
AUTHOR = "Amara Okoye"
ME = "/people/amara-okoye"


def slugify(text: str) -> str:
    text = text.replace("\u2014", " ").replace("'", "").replace("\u2019", "")
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def us_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


# title, summary, topic, co-author, originally published in
COLS = [
    ("Why the loss and damage fund needs more than pledges",
     "Seven hundred million dollars is a start. Without predictable replenishment, the fund will disappoint the countries it was built for.",
     "Climate Finance", None, None),
    ("Debt swaps won't save the climate on their own",
     "Debt-for-nature deals are fashionable again. They are too small and too slow to substitute for real debt relief.",
     "Sovereign Debt", None, ("Financial Review", "https://www.example-finreview.com/opinion/debt-swaps-climate-okoye")),
    ("Africa's critical minerals moment",
     "Cobalt, lithium and graphite give African governments leverage they have rarely had. How they use it will shape the next decade.",
     "Trade", None, None),
    ("The IMF is finally talking about climate. Will it act?",
     "The Resilience and Sustainability Trust is a welcome innovation, but its conditionality risks repeating old mistakes.",
     "Global Economy", "Daniel Brandt", None),
    ("What COP28 got right\u2014and what it ducked",
     "The transition away from fossil fuels made it into the text. The money to pay for it did not.",
     "Climate Finance", None, None),
    ("Carbon markets need a credibility reset",
     "A string of scandals has left voluntary carbon markets with a trust deficit. Rules, not rhetoric, will close it.",
     "Climate Finance", None, None),
    ("Green industrial policy comes to Nairobi",
     "Kenya wants to be a hub for clean manufacturing. The ambition is right; the financing model is untested.",
     "Africa", None, None),
    ("Lessons from Ghana's debt restructuring",
     "The Common Framework was supposed to speed things up. Ghana's experience shows why it still takes years.",
     "Sovereign Debt", None, None),
    ("The missing middle of adaptation finance",
     "Small projects get grants and megaprojects get loans. Mid-sized municipal investments get nothing.",
     "Climate Finance", None, None),
    ("Trade rules are becoming climate rules",
     "From carbon border taxes to deforestation regulations, trade policy is quietly rewriting climate policy.",
     "Trade", None, None),
    ("Beyond aid",
     "Official development assistance will not finance the energy transition. It can still unlock what will.",
     "Development", None, None),
    ("How to make multilateral development banks bolder",
     "Capital adequacy reforms could free up hundreds of billions in new lending. Shareholders need to say yes.",
     "Global Economy", None, ("Project Syndicate", "https://www.example-syndicate.org/commentary/mdb-reform-okoye")),
    ("Nigeria's fuel subsidy gamble, one year on",
     "Removing the subsidy was brave. Protecting the poor from its effects has proved far harder.",
     "Africa", None, None),
    ("The case for a global solidarity levy",
     "A small tax on aviation and shipping could raise more than all climate pledges combined.",
     "Climate Finance", None, None),
    ("Who pays for Africa's energy transition?",
     "The continent holds a fifth of the world's people and receives two percent of clean energy investment.",
     "Energy", None, None),
    ("Border carbon taxes and the Global South",
     "Europe's carbon border adjustment will hit some of the poorest exporters hardest. There are ways to soften it.",
     "Trade", None, None),
    ("A new Bretton Woods moment?",
     "Eighty years on, calls to redesign the global financial architecture are growing louder. What would it take?",
     "Global Economy", None, None),
    ("Resilience is a budget line",
     "Finance ministries, not environment ministries, will decide whether countries adapt.",
     "Development", None, None),
]
DATES = [dt.date(2024, 2, 20) - dt.timedelta(days=36 * k + (k * 7) % 11) for k in range(len(COLS))]

PEOPLE = {
    "Daniel Brandt": "/people/daniel-brandt", "Priya Raman": "/people/priya-raman",
    "Tomasz Wielgus": "/people/tomasz-wielgus", "Helen Achterberg": "/people/helen-achterberg",
    "Kwame Mensah": "/people/kwame-mensah", "Lucía Ferreyra": "/people/lucia-ferreyra",
}

RELATED = [  # same shape and markup, other authors
    ("The Fed's next move and what it means for emerging markets", "Rate cuts in Washington would ease pressure on frontier borrowers, but not for long.",
     "Global Economy", "Daniel Brandt", dt.date(2024, 2, 15)),
    ("India's G20 legacy", "New Delhi used its presidency to put the Global South's priorities on the table. Some stayed there.",
     "Development", "Priya Raman", dt.date(2024, 2, 9)),
    ("Europe's green deal faces a backlash", "Farmers' protests and far-right gains are testing Brussels' climate resolve.",
     "Energy", "Tomasz Wielgus", dt.date(2024, 2, 6)),
    ("Why sovereign credit ratings still matter", "The big three agencies shape borrowing costs for entire continents. Their methods deserve scrutiny.",
     "Sovereign Debt", "Helen Achterberg", dt.date(2024, 1, 30)),
    ("West Africa's coups and the economics of instability", "Sanctions have done little to restore civilian rule. What might work instead?",
     "Africa", "Kwame Mensah", dt.date(2024, 1, 24)),
    ("Lithium triangle, or lithium trap?", "Argentina, Bolivia and Chile each want more than extraction from the battery boom.",
     "Trade", "Lucía Ferreyra", dt.date(2024, 1, 18)),
]

EVENTS = [
    ("/events/financing-the-transition-2024", "Financing the Transition: Spring Policy Forum 2024", dt.date(2024, 4, 16), "Washington, DC and online"),
    ("/events/book-launch-the-new-development-state", "Book launch: The New Development State", dt.date(2024, 3, 21), "Online"),
    ("/events/debt-and-climate-roundtable", "Debt, Climate and the Common Framework: A Roundtable", dt.date(2024, 3, 7), "London"),
]

REPORTS = [
    ("/research/african-climate-finance-tracker-2024", "African Climate Finance Tracker 2024", "Report"),
    ("/research/sovereign-debt-and-adaptation", "Sovereign Debt and Adaptation: Breaking the Doom Loop", "Working paper"),
    ("/research/critical-minerals-value-chains-africa", "Beyond the Mine: Critical Minerals and African Value Chains", "Policy brief"),
]

PRESS = [  # unlabelled strip of news items, inside <main>
    ("/news/meridian-names-new-director-of-climate-program", "Meridian names new director of climate program"),
    ("/news/statement-on-the-world-bank-capital-increase", "Statement on the World Bank capital increase"),
    ("/news/meridian-experts-testify-before-senate-foreign-relations-committee", "Meridian experts testify before Senate Foreign Relations Committee"),
    ("/news/new-fellowship-for-african-economists-announced", "New fellowship for African economists announced"),
]

PICKS = [
    ("/analysis/the-year-in-geoeconomics", "The year in geoeconomics"),
    ("/analysis/ten-charts-that-explain-the-global-debt-crisis", "Ten charts that explain the global debt crisis"),
    ("/analysis/what-to-watch-at-the-imf-spring-meetings", "What to watch at the IMF spring meetings"),
]

LETTERS = [
    ("/letters/carbon-markets-are-not-beyond-repair", "Carbon markets are not beyond repair", "Responding to \u201cCarbon markets need a credibility reset\u201d"),
    ("/letters/a-solidarity-levy-would-hurt-island-economies", "A solidarity levy would hurt island economies", "Responding to \u201cThe case for a global solidarity levy\u201d"),
]


def columns() -> list[dict]:
    out = []
    for (title, summary, topic, coauthor, orig), d in zip(COLS, DATES):
        out.append({"title": title, "summary": summary, "topic": topic, "coauthor": coauthor, "orig": orig,
                    "date": d, "path": f"/commentary/{slugify(title)}"})
    return out


COLUMNS = columns()


def topic_href(t: str) -> str:
    return f"/topics/{slugify(t)}"


def img(slug: str, w: int = 640) -> str:
    return f'<img class="card__img" src="/sites/default/files/styles/card_{w}/public/{slug[:24]}.jpg?itok=x{len(slug):03d}Q" alt="" loading="lazy" width="{w}" height="{w * 9 // 16}">'


def card(path_html: str, path: str, title: str, summary: str, topic: str, authors_html: str, d: dt.date,
         extra_cls: str = "", extra: str = "", image: str = "") -> str:
    return f"""        <div class="card{extra_cls}">
          <div class="card__media">{image or img(slugify(title))}</div>
          <div class="card__body">
            <p class="card__eyebrow"><a class="card__topic" href="{topic_href(topic)}">{esc(topic)}</a></p>
            <a class="card__link" href="{path_html}"><h3 class="card__title">{esc(title)}</h3></a>
            <p class="card__summary">{esc(summary)}</p>
            <div class="card__meta"><span class="card__byline">{authors_html}</span> <time class="card__date" datetime="{d.isoformat()}">{us_date(d)}</time></div>{extra}
          </div>
        </div>
"""


def my_card(c: dict, i: int) -> str:
    me = f'<a href="{ME}">Amara Okoye</a>' if i % 3 else f'<a href="{O}{ME}">Amara Okoye</a>'
    authors = f"By {me}" + (f' and <a href="{PEOPLE[c["coauthor"]]}">{esc(c["coauthor"])}</a>' if c["coauthor"] else "")
    href = c["path"] if i % 4 else f"{O}{c['path']}"
    if i == 5:
        href = "../.." + c["path"]  # relative to /people/amara-okoye/columns
    extra = ""
    if c["orig"]:
        pub, url = c["orig"]
        extra = f'\n            <p class="card__note">Originally published in <a href="{url}" rel="noopener" target="_blank"><em>{esc(pub)}</em></a></p>'
    image = ""
    cls = ""
    if i == 0:
        cls = " card--featured"
        image = (f'<a class="card__media-link" href="{c["path"]}?itid=expert_columns_feature_img" tabindex="-1" aria-hidden="true">'
                 f'{img(slugify(c["title"]), 1280)}</a>')
        extra += f'\n            <a class="card__more" href="{c["path"]}?source=expert-columns">Read the commentary</a>'
    return card(href, c["path"], c["title"], c["summary"], c["topic"], authors, c["date"], cls, extra, image)


def related_card(r: tuple) -> str:
    title, summary, topic, author, d = r
    path = f"/commentary/{slugify(title)}"
    return card(path, path, title, summary, topic, f'By <a href="{PEOPLE[author]}">{esc(author)}</a>', d)


def partner_card() -> str:
    title = "Blended finance, explained"
    path = "/partner-content/blended-finance-explained"
    return f"""        <div class="card card--partner">
          <div class="card__media">{img('blended-finance')}</div>
          <div class="card__body">
            <p class="card__eyebrow card__eyebrow--partner">Partner content &middot; Sponsored by Northgate Capital</p>
            <a class="card__link" href="{path}"><h3 class="card__title">{esc(title)}</h3></a>
            <p class="card__summary">How public money can de-risk private investment in emerging markets.</p>
          </div>
        </div>
"""


def jsonld() -> str:
    org = {"@context": "https://schema.org", "@type": "Organization", "name": "Meridian Council on Global Affairs",
           "url": f"{O}/", "logo": f"{O}/themes/meridian/logo.svg",
           "sameAs": ["https://twitter.com/MeridianCouncil", "https://www.linkedin.com/company/meridian-council"]}
    person = {"@context": "https://schema.org", "@type": "ProfilePage", "url": f"{O}{PAGE}",
              "mainEntity": {"@type": "Person", "name": AUTHOR, "jobTitle": "Senior Fellow, Climate and Development Program",
                             "url": f"{O}{ME}", "worksFor": {"@type": "Organization", "name": "Meridian Council on Global Affairs"}}}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{O}/"},
        {"@type": "ListItem", "position": 2, "name": "Experts", "item": f"{O}/people"},
        {"@type": "ListItem", "position": 3, "name": AUTHOR, "item": f"{O}{ME}"},
        {"@type": "ListItem", "position": 4, "name": "Columns"}]}
    return "".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>\n' for x in (org, person, crumbs))


def build() -> str:
    nav = [("Research", "/research"), ("Commentary", "/commentary"), ("Events", "/events"), ("Experts", "/people"),
           ("Topics", "/topics"), ("Regions", "/regions"), ("About", "/about")]
    nav_html = "".join(f'<li class="site-nav__item"><a class="site-nav__link" href="{h}">{t}</a></li>' for t, h in nav)
    tabs = [("Overview", ME), ("Columns", None), ("Research", f"{ME}/research"), ("Events", f"{ME}/events"), ("In the media", f"{ME}/media")]
    tabs_html = "".join(
        f'<li class="tabs__item"><a class="tabs__link" href="{h}">{t}</a></li>' if h else
        f'<li class="tabs__item tabs__item--active"><span class="tabs__link" aria-current="page">{t}</span></li>' for t, h in tabs)
    mine = "".join(my_card(c, i) for i, c in enumerate(COLUMNS))
    related = "".join(related_card(r) for r in RELATED)
    events = "".join(
        f'<li class="event-list__item"><time class="event-list__date" datetime="{d.isoformat()}"><span>{d:%b}</span> <span>{d.day}</span></time>'
        f'<div><a class="event-list__title" href="{h}">{esc(t)}</a><p class="event-list__place">{esc(p)}</p></div></li>'
        for h, t, d, p in EVENTS)
    reports = "".join(
        f'<li class="report-list__item"><span class="report-list__type">{k}</span> <a href="{h}">{esc(t)}</a></li>' for h, t, k in REPORTS)
    press = "".join(f'<li><a class="u-link-plain" href="{h}">{esc(t)}</a></li>' for h, t in PRESS)
    picks = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in PICKS)
    letters = "".join(f'<li><a href="{h}">{esc(t)}</a><p class="u-small">{esc(n)}</p></li>' for h, t, n in LETTERS)
    topics = sorted({c["topic"] for c in COLUMNS})
    topics_html = "".join(f'<li><a class="chip" href="{topic_href(t)}">{esc(t)}</a></li>' for t in topics)
    latest = COLUMNS[0]
    share_url = "https%3A%2F%2Fwww.meridiancouncil.org%2Fpeople%2Famara-okoye%2Fcolumns"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Columns by Amara Okoye | Meridian Council on Global Affairs</title>
<meta name="description" content="Commentary by Amara Okoye, senior fellow in the Climate and Development Program at the Meridian Council.">
<link rel="canonical" href="{O}{PAGE}">
<link rel="shortlink" href="{O}/node/48213">
<meta property="og:title" content="Columns by Amara Okoye">
<meta property="og:type" content="profile">
<meta property="og:url" content="{O}{PAGE}">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" media="all" href="/themes/meridian/dist/css/main.css?s8k2lq">
<script src="/themes/meridian/dist/js/main.js?s8k2lq" defer></script>
{jsonld()}</head>
<body class="path-people page-node-type-expert">
<a href="#main" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="utility-bar">
  <a class="utility-bar__link" href="/newsletters">Newsletters</a>
  <a class="utility-bar__link" href="/account/login?destination=/people/amara-okoye/columns">Sign in</a>
  <a class="button button--donate" href="/support?cmp=utility-bar">Donate</a>
</div>
<header class="site-header" role="banner">
  <a class="site-header__logo" href="/" rel="home"><img src="/themes/meridian/logo.svg" alt="Meridian Council on Global Affairs" width="220" height="48"></a>
  <nav class="site-nav" aria-label="Main navigation">
    <ul class="site-nav__list">{nav_html}<li class="site-nav__item site-nav__item--more"><a class="site-nav__link" href="/programs">More</a></li></ul>
  </nav>
  <form class="site-search" action="/search" method="get"><label class="visually-hidden" for="q">Search</label><input id="q" type="search" name="keys"><button type="submit">Search</button></form>
</header>
<main id="main" class="layout layout--expert">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol class="breadcrumb__list">
      <li class="breadcrumb__item"><a href="/">Home</a></li>
      <li class="breadcrumb__item"><a href="/people">Experts</a></li>
      <li class="breadcrumb__item"><a href="../amara-okoye">Amara Okoye</a></li>
      <li class="breadcrumb__item" aria-current="page">Columns</li>
    </ol>
  </nav>
  <section class="expert-hero">
    <img class="expert-hero__photo" src="/sites/default/files/styles/headshot/public/experts/okoye_amara.jpg?itok=Zk3f9Q" alt="Amara Okoye" width="200" height="200">
    <div class="expert-hero__text">
      <h1 class="expert-hero__name">Amara Okoye</h1>
      <p class="expert-hero__title">Senior Fellow, <a href="/programs/climate-and-development">Climate and Development Program</a></p>
      <p class="expert-hero__bio">Amara Okoye works on climate finance, sovereign debt and the reform of the international financial architecture, with a focus on sub-Saharan Africa. She previously served as an adviser at the African Development Bank.</p>
      <p class="expert-hero__latest">Latest: <a href="{latest['path']}?utm_source=expert_page&amp;utm_medium=latest_link">{esc(latest['title'])}</a></p>
      <ul class="expert-hero__contact">
        <li><a href="https://twitter.com/amaraokoye" rel="noopener">@amaraokoye</a></li>
        <li><a href="mailto:media@meridiancouncil.org?subject=Interview%20request%3A%20Amara%20Okoye">Media inquiries</a></li>
        <li><a href="/people/amara-okoye/cv.pdf">Download CV</a></li>
      </ul>
      <ul class="expert-hero__topics chips">{topics_html}</ul>
      <div class="share" aria-label="Share">
        <a class="share__link" href="https://twitter.com/intent/tweet?url={share_url}&amp;text=Columns%20by%20Amara%20Okoye">Share on X</a>
        <a class="share__link" href="https://www.linkedin.com/sharing/share-offsite/?url={share_url}">Share on LinkedIn</a>
      </div>
    </div>
  </section>
  <nav class="tabs" aria-label="Expert sections"><ul class="tabs__list">{tabs_html}</ul></nav>

  <div class="layout__content">
    <section class="listing listing--columns" aria-labelledby="columns-heading">
      <div class="listing__header">
        <h2 id="columns-heading" class="section-heading">Columns</h2>
        <p class="listing__count">{len(COLUMNS)} results</p>
        <div class="listing__sort" role="group" aria-label="Sort"><button type="button" class="button--link is-active" data-sort="date-desc">Newest</button> <button type="button" class="button--link" data-sort="date-asc">Oldest</button></div>
      </div>
      <div class="grid grid--cols-3">
{mine}      </div>
    </section>

    <div class="module module--strip">
      <ul class="u-list-inline">{press}</ul>
    </div>

    <section class="listing listing--related" aria-labelledby="related-heading">
      <h2 id="related-heading" class="section-heading">Related commentary</h2>
      <div class="grid grid--cols-3">
{related}      </div>
      <a class="link-arrow" href="/commentary">All commentary</a>
    </section>
  </div>

  <aside class="layout__sidebar">
    <section class="module">
      <h2 class="module__heading">Events</h2>
      <ul class="event-list">{events}</ul>
      <a class="link-arrow" href="/events">All events</a>
    </section>
    <section class="module">
      <h2 class="module__heading">Reports</h2>
      <ul class="report-list">{reports}</ul>
      <a class="link-arrow" href="{ME}/research">More research by Amara Okoye</a>
    </section>
    <section class="module">
      <h2 class="module__heading">Editors&rsquo; picks</h2>
      <ul class="u-list-plain">{picks}</ul>
    </section>
{partner_card()}    <section class="module">
      <h2 class="module__heading">Reader responses</h2>
      <ul class="u-list-plain">{letters}</ul>
      <a href="/letters/submit">Write to the editors</a>
    </section>
    <section class="module module--newsletter">
      <h2 class="module__heading">The Meridian Brief</h2>
      <p>Our experts&rsquo; sharpest commentary on the global economy, every Thursday.</p>
      <form action="/newsletters/subscribe" method="post"><input type="email" name="email" aria-label="Email address" placeholder="Email address"><input type="hidden" name="list" value="meridian-brief"><button type="submit">Subscribe</button></form>
    </section>
  </aside>
</main>
<footer class="site-footer" role="contentinfo">
  <ul class="site-footer__links">
    <li><a href="/about">About Meridian</a></li><li><a href="/about/funding">Funding and transparency</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="/contact">Contact</a></li>
  </ul>
  <ul class="site-footer__legal"><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  <ul class="site-footer__social"><li><a href="https://twitter.com/MeridianCouncil">X</a></li><li><a href="https://www.linkedin.com/company/meridian-council">LinkedIn</a></li><li><a href="https://www.youtube.com/@meridiancouncil">YouTube</a></li></ul>
  <p>&copy; 2024 Meridian Council on Global Affairs. A nonpartisan, independent research organization.</p>
</footer>
</body>
</html>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "people" / "amara-okoye"
    d.mkdir(parents=True)
    (d / "columns.html").write_text(build(), encoding="utf-8")
    (OUT / "robots.txt").write_text("User-agent: *\nDisallow: /account/\nDisallow: /search\nDisallow: /node/\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("Think-tank expert page (Drupal-style BEM cards): a single page of 18 columns in a grid of "
                        "<div class=\"card\"> with <a class=\"card__link\"><h3>, no pagination and no feed; a 'Related "
                        "commentary' block by other experts and a partner card use identical card markup and the same "
                        "/commentary/slug shape (partner: /partner-content/), beside events, reports and news."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
