"""Generate the h7-economist-columns fixture: a weekly's Bagehot column page (stdlib only)."""

import datetime as dt
import html
import json
import re
from pathlib import Path

NAME = "h7-economist-columns"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/columns/bagehot"

HEADLINES = [
    ("Why Britain’s politicians cannot stop talking about the 1970s", "Nostalgia for decline has become a strange national pastime"),
    ("The Tories’ last stand", "A party that has governed for 14 years is running out of ideas and time"),
    ("Keir Starmer, the boring revolutionary", "The Labour leader promises change while offering as little as possible"),
    ("Britain’s strange love affair with the hosepipe ban", "A wet country that runs out of water says a lot about its state"),
    ("Whitehall’s quiet war on the spreadsheet", "The civil service is better at measuring things than doing them"),
    ("What the nativity play says about modern Britain", None),
    ("Rishi Sunak and the politics of the long goodbye", "A prime minister who looks like he is already packing"),
    ("Nimbys, yimbys and the battle for the green belt", "Housing is the issue on which British politics will be decided"),
    ("Farage returns", "The insurgent of British politics is back, and the Conservatives are frightened"),
    ("The curse of the by-election", "Voters use them to send messages. Politicians rarely read them"),
    ("Britain is a country run by its pensioners", "The triple lock is the most expensive promise in Westminster"),
    ("In praise of the dull town council", "Local government is broke, but it is where trust survives"),
    ("Scotland’s nationalists have lost the plot", "After Nicola Sturgeon the SNP is a party without a purpose"),
    ("The House of Lords is absurd. It also works", "Reformers should be careful what they wish for"),
    ("Why nobody in Westminster wants to talk about Brexit any more", "The biggest decision in a generation has become unmentionable"),
    ("Red Wall blues", "The seats that won Boris Johnson his majority are drifting away"),
    ("Britain’s railways are a parable of the state", "Everyone is in charge, so nobody is"),
    ("The rise of the political podcast bro", "Westminster’s chatter has moved from the tea room to the microphone"),
    ("A short history of the U-turn", "Changing your mind is a virtue everywhere but in British politics"),
    ("How the NHS became a religion", "A health service that nobody may criticise cannot be reformed"),
    ("Growth, growth, growth", "Every chancellor promises it. None can explain where it will come from"),
    ("The decline of the British pub", None),
    ("What Jeremy Hunt learned from Liz Truss", "The ghost of the mini-budget haunts every fiscal event"),
    ("Britain’s universities are running out of other people’s money", "Foreign students have been subsidising domestic ones for years"),
    ("Lessons from a Welsh laboratory", "Wales offers a preview of what Labour in power might look like"),
    ("The monarchy after the coronation", "King Charles has made a quiet start. Quiet may be what is needed"),
    ("Stop calling it levelling up", "A slogan in search of a policy"),
    ("Britain’s obsession with its own decline", "Declinism is a national habit, and a bad one"),
]
PER_PAGE = [10, 10, 8]

OTHER_BRITAIN = [
    ("2024/01/04", "Britain’s water companies face a reckoning"),
    ("2024/01/04", "Why are so many Britons off work sick?"),
    ("2024/01/03", "The Post Office scandal returns to haunt ministers"),
    ("2024/01/03", "Junior doctors strike again"),
    ("2024/01/02", "How London’s Ulez expansion changed the capital’s air"),
]
POPULAR = [
    ("finance-and-economics/2024/01/03", "Why interest rates will stay higher for longer"),
    ("finance-and-economics/2024/01/02", "The world economy’s surprising resilience"),
    ("united-states/2024/01/04", "Donald Trump and the Colorado ballot"),
    ("china/2024/01/04", "China’s deflation problem is getting worse"),
    ("science-and-technology/2024/01/03", "A new way to make batteries from sodium"),
]
OTHER_COLUMNS = [
    ("lexington", "Lexington", "united-states/2024/01/04", "America’s political violence problem"),
    ("charlemagne", "Charlemagne", "europe/2024/01/04", "Europe’s year of elections"),
    ("banyan", "Banyan", "asia/2024/01/04", "The quiet success of Indonesian democracy"),
    ("buttonwood", "Buttonwood", "finance-and-economics/2024/01/04", "What investors get wrong about bonds"),
]


def slugify(text):
    text = text.replace("’", "").replace("'", "").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def column_paths():
    out = []
    day = dt.date(2024, 1, 4)
    for i, (hed, rubric) in enumerate(HEADLINES):
        out.append((f"/britain/{day:%Y/%m/%d}/{slugify(hed)}", hed, rubric, day))
        day -= dt.timedelta(days=14 if i == 1 else 7)  # the Christmas double issue
    return out


def pretty(day):
    n = day.day
    suffix = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{day:%b} {n}{suffix} {day:%Y}"


def esc(s):
    return html.escape(s, quote=True)


def head(page_no, cols):
    title = "Bagehot | The Economist" if page_no == 1 else f"Bagehot | Page {page_no} | The Economist"
    canonical = "{{origin}}" + PAGE + ("" if page_no == 1 else f"?page={page_no}")
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": i + 1, "url": "{{origin}}" + c[0]}
                for i, c in enumerate(cols)
            ],
        },
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": "The Economist",
            "url": "{{origin}}/",
            "logo": "{{origin}}/engassets/og-logo.png",
        },
    ]
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Bagehot is The Economist’s column on British politics and society">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="The Economist">
<link rel="preconnect" href="https://cdn.infra.economist.com">
<link rel="stylesheet" href="/_next/static/css/4f1c0a2be3d1.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""


def masthead():
    sections = [
        ("/weeklyedition", "Weekly edition"),
        ("/the-world-in-brief", "The world in brief"),
        ("/leaders", "Leaders"),
        ("/united-states", "United States"),
        ("/britain", "Britain"),
        ("/europe", "Europe"),
        ("/china", "China"),
        ("/business", "Business"),
        ("/finance-and-economics", "Finance &amp; economics"),
        ("/science-and-technology", "Science &amp; technology"),
        ("/culture", "Culture"),
        ("/sections", "More"),
    ]
    nav = "\n".join(
        f'      <li class="ds-navigation-list-item"><a class="ds-navigation-link" href="{h}">{t}</a></li>'
        for h, t in sections
    )
    return f"""<body class="ds-layout">
<a class="ds-skip-link" href="#content">Skip to content</a>
<header class="ds-masthead css-1kz7q3e e1x7h2ue0">
  <div class="ds-masthead__top">
    <a class="ds-masthead__logo" href="/" aria-label="The Economist home"><svg viewBox="0 0 60 30"></svg></a>
    <a class="ds-button ds-button--subscribe" href="/api/auth/subscribe?campaign=masthead">Subscribe</a>
    <a class="ds-masthead__login" href="/api/auth/login">Log in</a>
  </div>
  <nav class="ds-navigation" aria-label="Sections">
    <ul class="ds-navigation-list">
{nav}
    </ul>
  </nav>
  <form class="ds-search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
"""


def card(path, hed, rubric, day, n, hero=False):
    # a mix of href spellings, as the site's renderer produces
    if n % 3 == 0:
        href = "{{origin}}" + path
    elif n % 3 == 1:
        href = path
    else:
        href = ".." + path  # relative to /columns/
    rub = f'\n    <p class="css-1d6ku8u e1n0vd0x0 ds-rubric">{esc(rubric)}</p>' if rubric else ""
    if hero:
        return f"""  <section class="css-8kl5gs ds-teaser-hero" data-test-id="lead-teaser">
    <figure class="ds-teaser-hero__image"><a href="{path}" tabindex="-1" aria-hidden="true"><img src="https://www.economist.com/cdn-cgi/image/width=1424/media-assets/image/20240106_BRD000.jpg" alt=""></a></figure>
    <div class="ds-teaser-hero__text">
      <a class="ds-flytitle ds-flytitle--hero" href="{path}"><span>Bagehot</span></a>
      <h2 class="css-1y3s8zq e1bvu9ls0 ds-teaser-hero__headline"><a href="{href}" data-analytics="lead_teaser:headline">{esc(hed)}</a></h2>{rub}
      <div class="ds-teaser-hero__meta"><time datetime="{day.isoformat()}">{pretty(day)}</time> <span class="ds-teaser__edition">From the {pretty(day)} edition</span></div>
    </div>
  </section>
"""
    img = ""
    if n % 2 == 0:
        img = f'\n    <a class="css-4o9pn1 ds-teaser__image" href="{path}" tabindex="-1"><img src="https://www.economist.com/cdn-cgi/image/width=360/media-assets/image/{day:%Y%m%d}_BRD001.jpg" alt="" loading="lazy"></a>'
    return f"""  <div class="css-e6sfh4 e1qjd5lc0 ds-teaser" data-test-id="teaser">{img}
    <div class="css-1y9fk2q">
      <a class="ds-flytitle" href="{path}"><span>Bagehot</span></a>
      <h3 class="css-1v8c0iv e1bvu9ls1"><a class="css-1t0kxqh" href="{href}" data-analytics="column_list:headline_{n}">{esc(hed)}</a></h3>{rub}
      <div class="css-7x5xdy ds-teaser__meta"><time datetime="{day.isoformat()}">{pretty(day)}</time><span class="ds-teaser__separator" aria-hidden="true"> | </span><a class="ds-teaser__section" href="/britain">Britain</a></div>
    </div>
  </div>
"""


def rails():
    more = "\n".join(
        f'      <li class="css-12o8ij9"><a class="css-1x2k3j" href="/britain/{d}/{slugify(t)}">{esc(t)}</a></li>'
        for d, t in OTHER_BRITAIN
    )
    pop = "\n".join(
        f'      <li class="css-ek2d0v"><span class="css-m3n1qm">{i}</span><a href="{{{{origin}}}}/{d}/{slugify(t)}" class="css-19ks3qb">{esc(t)}</a></li>'
        for i, (d, t) in enumerate(POPULAR, 1)
    )
    others = "\n".join(
        f'      <div class="css-10pp5oj"><a class="ds-flytitle" href="/columns/{slug}"><span>{name}</span></a>'
        f'<h4 class="css-bq2s9n"><a href="/{d}/{slugify(t)}">{esc(t)}</a></h4></div>'
        for slug, name, d, t in OTHER_COLUMNS
    )
    return f"""<aside class="css-1r1x5bg ds-layout-rail">
  <section class="css-p3k1ld" aria-labelledby="more-from-britain">
    <h2 id="more-from-britain" class="ds-section-headline"><a href="/britain">More from Britain</a></h2>
    <ul class="css-1f0x3ot">
{more}
    </ul>
  </section>
  <section class="css-1vg9z5l">
    <h2 class="ds-section-headline">Most popular</h2>
    <ol class="css-qe8a0n">
{pop}
    </ol>
  </section>
  <section class="css-3b4w9e ds-promo ds-promo--newsletter">
    <span class="ds-promo__label">Subscriber only</span>
    <h2 class="ds-promo__headline">Britain this week</h2>
    <p>Our weekly newsletter on British politics, the economy and society, written by Bagehot and our Britain team.</p>
    <a class="ds-button" href="/newsletters/britain-this-week?cid1=cust/ednew/n/bl/n/2024/01/04n/owned/n/n/nwl/n/n/UK/Bagehot/n">Sign up</a>
  </section>
  <section class="css-9y8cbm">
    <h2 class="ds-section-headline">Other columns</h2>
{others}
    <a class="css-1ra6kgy" href="/columns">All columns</a>
  </section>
  <div class="css-7bpq2o ds-ad-slot">
    <span class="ds-ad__label">Advertisement</span>
    <a href="https://ads.example-network.com/click?cr=88321&amp;site=economist" rel="sponsored nofollow"><img src="https://ads.example-network.com/b/300x250.jpg" alt=""></a>
  </div>
  <section class="css-0mb1xa ds-partner">
    <span class="ds-partner__label">Partner content</span>
    <a class="css-2xr8ma" href="/sponsors/2024/01/02/how-ports-are-powering-britains-green-transition"><h3>How ports are powering Britain’s green transition</h3><p>Sponsored by Associated British Ports</p></a>
    <a class="css-2xr8ma" href="https://impact.economist.com/sustainability/net-zero-and-energy/the-hydrogen-question?utm_source=economist"><h3>The hydrogen question</h3><p>Economist Impact, supported by Shell</p></a>
  </section>
</aside>
"""


def footer():
    return """<footer class="ds-footer css-1vqf9c1">
  <nav aria-label="Footer">
    <ul>
      <li><a href="/about-the-economist">About</a></li>
      <li><a href="/letters">Letters to the editor</a></li>
      <li><a href="/letters/2024/01/04/letters-to-the-editor">This week’s letters</a></li>
      <li><a href="/printedition/covers">Covers</a></li>
      <li><a href="/podcasts">Podcasts</a></li>
      <li><a href="/newsletters">Newsletters</a></li>
      <li><a href="https://economistgroup.com/careers">Working here</a></li>
      <li><a href="/legal/terms-of-use">Terms of use</a></li>
      <li><a href="/legal/privacy">Privacy</a></li>
      <li><a href="/help/accessibilitypolicy">Accessibility</a></li>
    </ul>
  </nav>
  <ul class="ds-footer__social">
    <li><a href="https://twitter.com/TheEconomist">X</a></li>
    <li><a href="https://www.facebook.com/TheEconomist">Facebook</a></li>
    <li><a href="https://www.linkedin.com/company/the-economist">LinkedIn</a></li>
  </ul>
  <p class="ds-footer__copy">Copyright © The Economist Newspaper Limited 2024. All rights reserved.</p>
</footer>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":"column","slug":"bagehot"}},"buildId":"e9k1Qv"}</script>
</body></html>
"""


def pager(page_no, last):
    prev = (
        f'<a class="ds-pagination__prev" href="{PAGE if page_no == 2 else f"?page={page_no - 1}"}">Previous</a>'
        if page_no > 1
        else '<span class="ds-pagination__prev ds-pagination__prev--disabled" aria-disabled="true">Previous</span>'
    )
    nxt = (
        f'<a class="ds-pagination__next" href="?page={page_no + 1}">Next</a>'
        if page_no < last
        else '<span class="ds-pagination__next ds-pagination__next--disabled" aria-disabled="true">Next</span>'
    )
    return f"""  <nav class="ds-pagination css-1wd6xmm" aria-label="Pagination">
    {prev}
    <span class="ds-pagination__status">Page {page_no} of {last}</span>
    {nxt}
  </nav>
"""


def build():
    cols = column_paths()
    pages, start = [], 0
    for n in PER_PAGE:
        pages.append(cols[start : start + n])
        start += n
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "columns" / "bagehot").mkdir(parents=True, exist_ok=True)
    for page_no, chunk in enumerate(pages, 1):
        body = [head(page_no, chunk), masthead()]
        body.append(
            """<main id="content" class="css-1y7f7he ds-layout-main">
  <nav class="ds-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/columns">Columns</a></li><li><span aria-current="page">Bagehot</span></li></ol></nav>
  <header class="css-3j1p0h ds-column-header">
    <h1 class="ds-column-header__title">Bagehot</h1>
    <p class="ds-column-header__description">Our columnist on British politics, named after Walter Bagehot, the 19th-century editor of The Economist. Currently written by <a href="/topics/duncan-robinson">Duncan Robinson</a>.</p>
    <ul class="ds-topics"><li><a href="/topics/uk-politics">UK politics</a></li><li><a href="/topics/conservative-party">Conservative Party</a></li><li><a href="/topics/labour-party">Labour Party</a></li></ul>
    <a class="ds-follow" href="/api/auth/login?redirect=/columns/bagehot&amp;action=follow">Follow</a>
  </header>
"""
        )
        items = []
        for i, (path, hed, rub, day) in enumerate(chunk):
            items.append(card(path, hed, rub, day, i, hero=(page_no == 1 and i == 0)))
            if page_no == 1 and i == 0:
                items.append('  <div class="css-1ct1xdx ds-teaser-list" role="list">\n')
            if i == 3:
                items.append(
                    f'  <div class="css-5mhq1r ds-share"><a href="https://twitter.com/intent/tweet?url={{{{origin}}}}{path}&amp;text={esc(hed)}">Share on X</a>'
                    f' <a href="{path}?utm_source=twitter&amp;utm_medium=social&amp;utm_campaign=bagehot">Permalink</a>'
                    f' <a href="{path}?giftId=8c1e2a44-7f31-4cd2-a0d1-2b3b9a1f0e77">Gift this article</a></div>\n'
                )
            if i == 5:
                items.append(
                    f'  <p class="css-1m2o0ub ds-letters-teaser">Readers respond: <a href="/letters/{day:%Y/%m/%d}/on-bagehot-housing-and-the-tories">On Bagehot, housing and the Tories</a> · <a href="{path}#comments">Join the conversation</a></p>\n'
                )
        if page_no != 1:
            items.insert(0, '  <div class="css-1ct1xdx ds-teaser-list" role="list">\n')
        items.append("  </div>\n")
        body.extend(items)
        body.append(pager(page_no, len(pages)))
        body.append(
            f"""  <div class="css-8bx3qa ds-newsletter-inline">
    <h2>Stay informed with Bagehot</h2>
    <p>Get the column in your inbox every Thursday.</p>
    <a class="ds-button ds-button--secondary" href="/newsletters/britain-this-week?ref=column-page">Sign up</a>
    <a href="{pages[0][0][0]}?cmp=nl_bagehot">Read this week’s column</a>
  </div>
</main>
"""
        )
        body.append(rails())
        body.append(footer())
        name = "index.html" if page_no == 1 else f"index@page={page_no}.html"
        (OUT / "columns" / "bagehot" / name).write_text("".join(body), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "Imitates The Economist's column page (Next.js, hashed css- classes plus ds- BEM): "
        "cards with a flytitle link and a headline link to the same article, a disabled Next on the last page; "
        "hard: 'More from Britain' and 'Other columns' rails carry the very same /section/yyyy/mm/dd/slug shape.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(pages),
        "author": "Bagehot",
        "columns": [c[0] for c in cols],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
