"""Generate the h6-irishtimes-arc discovery fixture (held out).

An Irish daily on Arc XP / PageBuilder Fusion: React server-rendered markup with
hashed emotion classes (css-xxxx) mixed with utility classes, a columnist page
/opinion/fintan-otoole/ with a hero then a list, a numbered pager (?page=N) whose
current page is a <button aria-current="page">, and rails whose links share the
column URL shape (/opinion/YYYY/MM/DD/slug/) or nearly (/ireland/..., /opinion/letters/...).

Stdlib only, deterministic: python tests/sites/discovery/_make/h6-irishtimes-arc.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

NAME = "h6-irishtimes-arc"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
PAGE = "/opinion/fintan-otoole/"
AUTHOR = "Fintan O'Toole"
PER_PAGE = [10, 10, 8]


def slugify(text: str, max_words: int | None = None) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("'", "").replace("\u2019", "")
    words = re.findall(r"[a-z0-9]+", text.lower())
    if max_words:
        words = words[:max_words]
    return "-".join(words)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


TITLES = [
    ("The Government is running out of road on housing, and it knows it",
     "Promises of supply have become a ritual. The numbers tell a harsher story about who gets to live where."),
    ("Ireland's neutrality debate is a conversation we keep postponing",
     "A consultative forum produced a report and then a shrug. That is not how a serious state behaves."),
    ("Brexit's long tail",
     "Four years on, the costs are still arriving, quietly and on both sides of the Border."),
    ("What the census tells us about the country we have become",
     "Older, more diverse, more anxious about housing: the figures describe a society in motion."),
    ("Sinn Féin's problem is not its past but its vagueness",
     "Voters are less interested in history than in what a Sinn Féin government would actually do on Monday morning."),
    ("A referendum nobody asked for",
     "The wording was settled in a hurry and explained in a whisper."),
    ("We talk about the health service as if it were weather",
     "Trolley numbers are reported like rainfall, as though nobody could be responsible for them."),
    ("The far right has found a language that works in Ireland. We should be worried",
     "It borrows the vocabulary of grievance that mainstream politics abandoned."),
    ("Stormont is back. Now comes the hard part",
     "Restoring the institutions was the easy bit. Paying for public services in Northern Ireland is not."),
    ("Why the Dáil keeps failing the people it claims to represent",
     "Committee reports pile up unread while the same crises return every winter."),
    ("Enough",
     "There comes a point where patience stops being a virtue."),
    ("The arts are not a luxury, and the budget should stop treating them as one",
     "The basic income pilot showed what a small amount of security can do for artists."),
    ("Trump, again",
     "Irish politicians will troop to Washington in March. What exactly will they say?"),
    ("Our childcare system is a scandal hiding in plain sight",
     "Parents pay some of the highest fees in Europe for a service the State half-funds and barely plans."),
    ("Joyce would have recognised this Dublin",
     "A city of talk, rumour and rent, still walking the same streets a century on."),
    ("The Apple money is a test of political imagination",
     "A windfall of this scale can build something lasting, or it can vanish into the usual holes."),
    ("Climate targets mean nothing without a plan for rural Ireland",
     "Farmers are being asked to carry a transition that nobody has explained to them."),
    ("Letter from a divided Britain",
     "In the English midlands, the mood is not anger so much as exhaustion."),
    ("Fianna Fáil and Fine Gael have become a single party in two coats",
     "The civil war parties now disagree mainly about who should sit in which office."),
    ("The real lesson of the Dublin riots",
     "A night of violence exposed a city whose public spaces have been left to fend for themselves."),
    ("Direct provision was supposed to end. What happened?",
     "The white paper set out a humane system. The tents on Mount Street tell us how far we are from it."),
    ("An Irish unity forum cannot wait for a border poll",
     "If a new Ireland is to be imagined, the imagining has to begin well before anyone votes."),
    ("Cost of living",
     "Once-off payments are a sticking plaster on a wound that keeps reopening."),
    ("The Church has lost its power but not its property",
     "Schools, hospitals and land remain in the hands of orders whose moral authority has collapsed."),
    ("Why Europe needs Ireland to be less smug",
     "Being the good European is easy when the money flows one way."),
    ("Leo Varadkar's legacy will be decided by what comes next",
     "The social revolution he presided over is secure. The economic settlement is not."),
    ("There is nothing inevitable about decline",
     "Town centres across the country show that with planning and nerve, things can be turned around."),
    ("In praise of the public library",
     "The most radical institution in the country is open six days a week and charges nothing."),
]

# Twice a week, Tuesday and Saturday, newest first from Saturday 2 March 2024.
DATES: list[dt.date] = []
_d = dt.date(2024, 3, 2)
while len(DATES) < len(TITLES):
    DATES.append(_d)
    _d -= dt.timedelta(days=4 if _d.weekday() == 5 else 3)

COLUMNS = []
for i, ((title, dek), date) in enumerate(zip(TITLES, DATES)):
    slug = slugify(title, max_words=11 if i % 4 == 1 else None)
    path = f"/opinion/{date:%Y/%m/%d}/{slug}/"
    COLUMNS.append({"title": title, "dek": dek, "date": date, "path": path,
                    "comments": (i * 37 % 211) if i % 3 == 0 else 0,
                    "premium": i % 2 == 0, "img": f"https://cloudfront-eu-central-1.images.arcpublishing.com/irishtimes/{slugify(title)[:12].upper()}{i:02d}.jpg"})

OTHER_OPINION = [  # "Opinion" rail: latest by other columnists, same URL shape, every page
    ("Niamh Keogh", "niamh-keogh", dt.date(2024, 3, 2), "The hospital car park is where the health service shows its true face"),
    ("Ciarán Devlin", "ciaran-devlin", dt.date(2024, 3, 1), "Northern nationalists are done waiting for Dublin"),
    ("Orla Brennan", "orla-brennan", dt.date(2024, 3, 1), "Remote work was the best thing to happen to Irish towns. Don't let it go"),
    ("Eamon Farrell", "eamon-farrell", dt.date(2024, 2, 29), "The budget surplus is a trap"),
    ("Siobhán Molloy", "siobhan-molloy", dt.date(2024, 2, 28), "My daughter's generation will never own a home, and they have stopped pretending otherwise"),
    ("Declan Walsh-Hayes", "declan-walsh-hayes", dt.date(2024, 2, 28), "What the GAA understands about community that politicians don't"),
]

MOST_READ = [
    ("/ireland/2024/03/02/gardai-investigating-after-man-dies-in-early-morning-crash-in-co-tipperary/", "Gardaí investigating after man dies in early-morning crash in Co Tipperary"),
    ("/ireland/2024/03/01/referendum-count-what-time-will-results-be-known/", "Referendum count: What time will results be known?"),
    ("/ireland/2024/03/01/storm-warning-issued-for-western-counties-as-met-eireann-upgrades-alert/", "Storm warning issued for western counties as Met Éireann upgrades alert"),
    ("/ireland/2024/02/29/hse-to-recruit-1000-extra-nurses-under-new-winter-plan/", "HSE to recruit 1,000 extra nurses under new winter plan"),
    ("/ireland/2024/02/29/dublin-bus-network-redesign-next-phase-confirmed-for-april/", "Dublin bus network redesign: next phase confirmed for April"),
]

TRENDING = [  # unlabelled ribbon under the masthead
    ("/ireland/2024/03/02/referendum-turnout-lower-than-expected-in-dublin-constituencies/", "Referendum turnout"),
    ("/world/europe/2024/03/01/eu-leaders-agree-new-aid-package-after-marathon-summit/", "EU summit"),
    ("/business/2024/03/01/house-prices-rise-for-tenth-consecutive-month-cso-figures-show/", "House prices"),
    ("/sport/rugby/2024/03/01/six-nations-ireland-team-named-for-twickenham/", "Six Nations"),
]

EDITORS_PICKS = [
    ("/life-style/people/2024/03/02/i-moved-home-to-mayo-after-twenty-years-in-london-this-is-what-i-found/", "I moved home to Mayo after twenty years in London. This is what I found"),
    ("/culture/books/2024/03/01/the-best-new-irish-fiction-for-spring/", "The best new Irish fiction for spring"),
    ("/life-style/food/2024/02/29/a-perfect-pot-of-stew-for-a-cold-weekend/", "A perfect pot of stew for a cold weekend"),
]

LETTERS = [
    (dt.date(2024, 3, 2), "The wording of the referendums"),
    (dt.date(2024, 3, 1), "Housing targets and the planning system"),
    (dt.date(2024, 3, 1), "Neutrality and the triple lock"),
    (dt.date(2024, 2, 29), "Cycle lanes on the quays"),
]

SPONSORED = [
    ("/sponsored/2024/02/27/how-one-cork-firm-is-helping-homeowners-cut-energy-bills-by-a-third/", "How one Cork firm is helping homeowners cut energy bills by a third", "Energia Home"),
    ("/sponsored/why-more-irish-students-are-choosing-to-study-in-the-netherlands/", "Why more Irish students are choosing to study in the Netherlands", "Study in Holland"),
    ("/sponsored/2024/02/20/the-pension-question-every-self-employed-person-should-ask/", "The pension question every self-employed person should ask", "Irish Life"),
]

TOPICS = [("Politics", "/topics/topics-a-z/politics/"), ("Northern Ireland", "/topics/topics-a-z/northern-ireland/"),
          ("Brexit", "/topics/topics-a-z/brexit/"), ("Housing", "/topics/topics-a-z/housing/"),
          ("Culture", "/topics/topics-a-z/culture/")]


def long_date(d: dt.date) -> str:
    return f"{d:%a %b} {d.day:02d} {d:%Y}"


def head(page: int) -> str:
    canon = f"{O}{PAGE}" + (f"?page={page}" if page > 1 else "")
    title = f"{AUTHOR} | The Irish Times" if page == 1 else f"{AUTHOR} | Page {page} | The Irish Times"
    org = {
        "@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "The Irish Times",
        "url": f"{O}/", "logo": {"@type": "ImageObject", "url": f"{O}/pf/resources/images/logo.png?d=812"},
        "sameAs": ["https://twitter.com/IrishTimes", "https://www.facebook.com/irishtimes"],
    }
    person = {
        "@context": "https://schema.org", "@type": "ProfilePage",
        "mainEntity": {"@type": "Person", "name": AUTHOR, "jobTitle": "Columnist", "url": f"{O}{PAGE}",
                       "sameAs": ["https://twitter.com/fotoole"]},
    }
    return f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="The latest columns and analysis from {esc(AUTHOR)}, Irish Times columnist.">
<link rel="canonical" href="{canon}">
<meta property="og:type" content="profile">
<meta property="og:title" content="{esc(AUTHOR)}">
<meta property="og:url" content="{canon}">
<meta property="og:site_name" content="The Irish Times">
<meta name="twitter:site" content="@IrishTimes">
<link rel="preconnect" href="https://cloudfront-eu-central-1.images.arcpublishing.com">
<link rel="icon" href="/pf/resources/images/favicon.ico?d=812">
<link rel="stylesheet" href="/pf/resources/dist/irishtimes/css/style.css?d=812">
<link rel="manifest" href="/pf/resources/manifest.json?d=812">
<script defer src="/pf/dist/engine/react.js?d=812"></script>
<script defer src="/pf/dist/components/combinations/default.js?d=812"></script>
<script type="application/ld+json">{json.dumps(org)}</script>
<script type="application/ld+json">{json.dumps(person, ensure_ascii=False)}</script>
<style data-emotion="css 1vx3b7g 9k2mq1 q9b2x1 1h4pm0z 7c8s0k">.css-1vx3b7g{{border-bottom:1px solid #d9d9d9}}.css-9k2mq1{{display:grid;grid-template-columns:1fr 300px;gap:24px}}</style>
</head>
"""


def masthead() -> str:
    sections = [("News", "/news/"), ("Ireland", "/ireland/"), ("World", "/world/"), ("Opinion", "/opinion/"),
                ("Business", "/business/"), ("Sport", "/sport/"), ("Life &amp; Style", "/life-style/"),
                ("Culture", "/culture/"), ("Podcasts", "/podcasts/")]
    nav = "".join(
        f'<li class="tw-shrink-0"><a class="css-1m5tm4y e1nlpgy70{" css-active" if href == "/opinion/" else ""}" href="{href}">{label}</a></li>'
        for label, href in sections)
    opinion_sub = [("Opinion", "/opinion/"), ("Columnists", "/opinion/columnists/"), ("The Irish Times View", "/opinion/editorials/"),
                   ("Letters", "/opinion/letters/"), ("An Irish Diary", "/opinion/an-irish-diary/"), ("Opinion &amp; Analysis", "/opinion/analysis/")]
    sub = "".join(f'<a class="css-1xq3ofo" href="{h}">{t}</a>' for t, h in opinion_sub)
    trending = "".join(
        f'<a class="css-b0gxj8 tw-text-sm tw-font-semibold" href="{h}">{esc(t)}</a>' for h, t in TRENDING)
    return f"""<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7WQ2M" height="0" width="0" style="display:none"></iframe></noscript>
<div id="fusion-app">
<a class="sr-only focus:not-sr-only" href="#main-content">Skip to main content</a>
<div class="arcad arcad-leaderboard" id="arcad_leaderboard-0" data-ad-name="leaderboard"><a href="https://ads.example-network.com/click?slot=it_leaderboard&amp;cr=44781" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/creative/44781.gif" alt="Advertisement" width="970" height="250"></a></div>
<header class="css-1vx3b7g e1hyq3cd0" data-testid="masthead">
  <div class="tw-flex tw-items-center tw-justify-between tw-px-4">
    <button type="button" class="css-y3o1kp" aria-label="Open menu" aria-expanded="false"><svg width="20" height="20" aria-hidden="true"><use href="#icon-menu"></use></svg></button>
    <a class="css-1ub5yjs" href="/" aria-label="The Irish Times homepage"><svg class="css-9jhy3n" viewBox="0 0 300 40" aria-hidden="true"><use href="#logo"></use></svg></a>
    <div class="tw-flex tw-gap-2">
      <a class="css-pl4ws6 tw-rounded tw-bg-brand" href="/subscribe/?cmp=masthead-subscribe">Subscribe</a>
      <a class="css-x8ow2b" href="/account/sign-in/?redirect=%2Fopinion%2Ffintan-otoole%2F">Sign In</a>
    </div>
  </div>
  <nav class="css-1h4pm0z" aria-label="Main">
    <ul class="tw-flex tw-gap-5 tw-overflow-x-auto">{nav}<li class="tw-shrink-0"><a class="css-1m5tm4y e1nlpgy70" href="/your-money/">More</a></li></ul>
  </nav>
  <div class="css-1n3v8yk" data-testid="section-subnav">{sub}</div>
  <div class="css-q9b2x1 tw-flex tw-gap-4 tw-px-4 tw-py-2">{trending}</div>
</header>
"""


def author_header() -> str:
    topics = "".join(f'<li><a class="css-k0a8t7 tw-rounded-full tw-border" href="{h}">{t}</a></li>' for t, h in TOPICS)
    return f"""  <nav aria-label="Breadcrumb" class="css-7c8s0k">
    <ol class="tw-flex tw-gap-1 tw-text-xs">
      <li><a href="/">Home</a></li>
      <li><a href="{O}/opinion/">Opinion</a></li>
      <li><a href="/opinion/columnists/">Columnists</a></li>
      <li><span aria-current="page">{esc(AUTHOR)}</span></li>
    </ol>
  </nav>
  <div class="css-13r7d3x e14kzb9k0 b-author-bio">
    <img class="css-1d0ibxv" src="https://cloudfront-eu-central-1.images.arcpublishing.com/irishtimes/AUTHOR_FOTOOLE.png" alt="{esc(AUTHOR)}" width="120" height="120">
    <div>
      <h1 class="css-1pu9hbw tw-text-4xl tw-font-serif">{esc(AUTHOR)}</h1>
      <p class="css-8kz5yn">Columnist</p>
      <p class="css-1r6ho5p">Fintan O'Toole is a columnist with The Irish Times, writing on politics, culture and Irish public life. He also writes about theatre and is the author of several books.</p>
      <div class="tw-flex tw-gap-3">
        <a class="css-1bmw2y0" href="https://twitter.com/fotoole" target="_blank" rel="noopener noreferrer" aria-label="Fintan O'Toole on X"><svg aria-hidden="true" width="16" height="16"><use href="#icon-x"></use></svg></a>
        <a class="css-1bmw2y0" href="mailto:fotoole@irishtimes.com" aria-label="Email Fintan O'Toole"><svg aria-hidden="true" width="16" height="16"><use href="#icon-mail"></use></svg></a>
        <button type="button" class="css-1y0l3r2" data-follow-author="fintan-otoole">Follow</button>
      </div>
      <ul class="tw-flex tw-flex-wrap tw-gap-2 css-zn5s2a" aria-label="Topics">{topics}</ul>
    </div>
  </div>
"""


def byline() -> str:
    return f'<span class="css-1h1e6bb e1lhbnfc0">By <a class="css-ofbcj6" href="{PAGE}">{esc(AUTHOR)}</a></span>'


def hero(c: dict) -> str:
    share_url = f"https%3A%2F%2Fwww.irishtimes.com{c['path'].replace('/', '%2F')}"
    return f"""  <div class="css-1s4ynbu e1y2blt60 b-lead-art" data-testid="promo-lead">
    <a class="css-10sy3hl" href="../{c['path'][len('/opinion/'):]}" aria-hidden="true" tabindex="-1"><img class="css-1r8xk1c" src="{c['img']}?auth=7f2c&amp;width=1200&amp;height=675" alt="" width="1200" height="675"></a>
    <div class="css-1c2m5ep tw-mt-3">
      <span class="css-sj7xq5 tw-uppercase tw-text-xs">Opinion</span>
      <h2 class="css-1ijtg1h e1u6d3ys0 tw-text-3xl"><a class="css-1gsdvse" href="{O}{c['path']}"><span>{esc(c['title'])}</span></a></h2>
      <p class="css-o8ehcm tw-text-lg">{esc(c['dek'])}</p>
      <div class="tw-flex tw-gap-2 tw-items-center">{byline()}<time class="css-1as2zz2" datetime="{c['date']:%Y-%m-%d}T05:00:00Z">{long_date(c['date'])}</time></div>
      <div class="css-1oxk8he" role="group" aria-label="Share this article">
        <a class="css-r8w0y" href="https://twitter.com/intent/tweet?url={share_url}&amp;text={esc(c['title']).replace(' ', '%20')}" target="_blank" rel="noopener">Share on X</a>
        <a class="css-r8w0y" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Share on Facebook</a>
        <a class="css-r8w0y" href="mailto:?subject={esc(c['title']).replace(' ', '%20')}&amp;body={share_url}">Email</a>
        <a class="css-r8w0y" href="{c['path']}?utm_source=copy_link&amp;utm_medium=share&amp;utm_campaign=author_page" data-copy-link="true">Copy link</a>
      </div>
    </div>
  </div>
"""


def promo(c: dict, i: int) -> str:
    href = f"{O}{c['path']}" if i % 3 == 0 else c["path"]
    rel_img = "../" + c["path"][len("/opinion/"):] if i % 2 else c["path"]
    premium = '<span class="css-1ffc8q7" aria-label="Subscriber only"><svg width="12" height="12" aria-hidden="true"><use href="#icon-premium"></use></svg></span>' if c["premium"] else ""
    comments = (f'<a class="css-1q0ibd2 tw-text-xs" href="{c["path"]}#comments" aria-label="{c["comments"]} comments">'
                f'<svg width="12" height="12" aria-hidden="true"><use href="#icon-comment"></use></svg>{c["comments"]}</a>') if c["comments"] else ""
    return f"""      <div class="c-stack b-results-list__item css-1w6v5u3 tw-flex tw-gap-4 tw-py-4 tw-border-b" data-style-direction="horizontal">
        <div class="tw-flex-1">
          <h2 class="css-8m1ve3 e1u6d3ys0 tw-font-serif tw-text-xl">{premium}<a class="css-1gsdvse" href="{href}"><span>{esc(c['title'])}</span></a></h2>
          <p class="css-12e5h4k tw-text-sm tw-text-gray-700">{esc(c['dek'])}</p>
          <div class="css-1ts6eys tw-flex tw-gap-2 tw-text-xs">{byline()}<time datetime="{c['date']:%Y-%m-%d}T05:00:00Z">{long_date(c['date'])}</time>{comments}</div>
        </div>
        <a class="css-1ntt0lu tw-w-32" href="{rel_img}" aria-hidden="true" tabindex="-1"><img loading="lazy" src="{c['img']}?auth=7f2c&amp;width=320&amp;height=213" alt="" width="160" height="107"></a>
      </div>
"""


def pager(page: int, total: int) -> str:
    items = []
    for n in range(1, total + 1):
        if n == page:
            items.append(f'<button type="button" class="css-a4cb0y tw-font-bold" aria-current="page" aria-label="Page {n}">{n}</button>')
        else:
            if n == 1:
                href = PAGE
            elif n == 2:
                href = "?page=2"
            else:
                href = f"{PAGE}?page={n}"
            items.append(f'<a class="css-1ql0pg0" href="{href}" aria-label="Page {n}">{n}</a>')
    return f"""    <nav class="css-n1w8i6 tw-flex tw-justify-center tw-gap-2 tw-my-8" aria-label="Pagination">
      {"".join(items)}
    </nav>
"""


def rails() -> str:
    most = "".join(
        f'<li class="css-1n2zk6v tw-flex tw-gap-3"><span class="css-k6fzbu tw-text-3xl" aria-hidden="true">{n}</span>'
        f'<a class="css-1mvp1by" href="{h}">{esc(t)}</a></li>'
        for n, (h, t) in enumerate(MOST_READ[:2] + [(COLUMNS[0]["path"], COLUMNS[0]["title"])] + MOST_READ[2:], 1))
    opin = "".join(
        f'<li class="css-1k7p1ar tw-py-3 tw-border-b"><h3 class="css-1r7hqfk tw-font-serif"><a href="{O}/opinion/{d:%Y/%m/%d}/{slugify(t)}/">{esc(t)}</a></h3>'
        f'<span class="css-1h1e6bb">By <a class="css-ofbcj6" href="/opinion/{s}/">{esc(n)}</a></span></li>'
        for n, s, d, t in OTHER_OPINION)
    letters = "".join(
        f'<li class="tw-py-2"><a class="css-1mvp1by" href="/opinion/letters/{d:%Y/%m/%d}/{slugify(t)}/">{esc(t)}</a></li>'
        for d, t in LETTERS)
    spons = "".join(
        f'<div class="css-1fd2h9r tw-py-3"><span class="css-1k2x3v4 tw-text-xs tw-uppercase">Sponsored</span>'
        f'<a class="css-1mvp1by" href="{h}"><span>{esc(t)}</span></a><span class="css-pm0f7p tw-text-xs">In association with {esc(b)}</span></div>'
        for h, t, b in SPONSORED)
    picks = "".join(
        f'<li class="tw-py-2"><a class="css-1mvp1by" href="{h}">{esc(t)}</a></li>' for h, t in EDITORS_PICKS)
    return f"""  <aside class="css-1fwxpsr tw-flex tw-flex-col tw-gap-8" data-testid="right-rail">
    <section class="css-y9w9pj" data-feature="most-read">
      <h2 class="css-1xl9ug7 tw-uppercase">Most Read</h2>
      <ol class="css-1x3s1c0">{most}</ol>
    </section>
    <div class="arcad arcad-mpu" id="arcad_mpu-1"><a href="https://ads.example-network.com/click?slot=it_mpu_1&amp;cr=51902" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/creative/51902.jpg" alt="Advertisement" width="300" height="250"></a></div>
    <section class="css-y9w9pj" data-feature="opinion-latest">
      <h2 class="css-1xl9ug7 tw-uppercase"><a href="/opinion/">Opinion</a></h2>
      <ul class="css-1x3s1c0">{opin}</ul>
    </section>
    <section class="css-y9w9pj" data-feature="letters">
      <h2 class="css-1xl9ug7 tw-uppercase"><a href="/opinion/letters/">Letters</a></h2>
      <ul>{letters}</ul>
      <a class="css-9o1wq2 tw-text-sm" href="/opinion/letters/submit/">Write a letter to the Editor</a>
    </section>
    <section class="css-y9w9pj" data-feature="editors-picks">
      <h2 class="css-1xl9ug7 tw-uppercase">Editor's Picks</h2>
      <ul>{picks}</ul>
    </section>
    <section class="css-1kq1qbx" data-feature="newsletter-signup">
      <h2 class="css-1xl9ug7">Opinion newsletter</h2>
      <p>The week's best columns, analysis and letters, every Saturday morning.</p>
      <form action="/newsletters/subscribe/" method="post"><input type="hidden" name="list" value="opinion"><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Enter your email"><button type="submit">Sign up</button></form>
      <a class="tw-text-xs" href="/newsletters/?cmp=author-page-rail">See all newsletters</a>
    </section>
    <section class="css-y9w9pj" data-feature="sponsored">
      <h2 class="css-1xl9ug7 tw-uppercase">Sponsored</h2>
      {spons}
    </section>
  </aside>
"""


def footer() -> str:
    cols = [
        [("About Us", "/about-us/"), ("Contact Us", "/contact-us/"), ("Advertise", "/advertise/"), ("Careers", "/careers/")],
        [("Terms &amp; Conditions", "/about-us/terms-conditions/"), ("Privacy Policy", "/about-us/privacy-policy/"),
         ("Cookie Policy", "/about-us/cookie-policy/"), ("Manage Cookies", "#manage-cookies")],
        [("Subscribe", "/subscribe/?cmp=footer"), ("ePaper", "https://epaper.irishtimes.com/"), ("Gift a subscription", "/gift/"),
         ("Help Centre", "https://help.irishtimes.com/")],
    ]
    ul = "".join("<ul class=\"tw-flex tw-flex-col tw-gap-2\">" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in col) + "</ul>" for col in cols)
    return f"""<footer class="css-2e8pn8 tw-bg-black tw-text-white">
  <div class="tw-grid tw-grid-cols-3 tw-gap-6">{ul}</div>
  <div class="tw-flex tw-gap-4"><a href="https://twitter.com/IrishTimes" aria-label="X">X</a><a href="https://www.facebook.com/irishtimes" aria-label="Facebook">Facebook</a><a href="https://www.instagram.com/irishtimes/" aria-label="Instagram">Instagram</a></div>
  <p class="tw-text-xs">&copy; 2024 The Irish Times DAC</p>
</footer>
</div>
"""


def fusion(page: int, cols: list[dict]) -> str:
    global_content = {
        "type": "results", "_id": f"author-fintan-otoole-{page}", "count": sum(PER_PAGE), "next": page * 10 if page < len(PER_PAGE) else None,
        "content_elements": [{"_id": f"{abs(hash_s(c['path'])):X}"[:26], "type": "story",
                              "canonical_url": c["path"], "headlines": {"basic": c["title"]},
                              "display_date": f"{c['date']:%Y-%m-%d}T05:00:00.000Z",
                              "credits": {"by": [{"_id": "fintan-otoole", "name": AUTHOR}]}} for c in cols],
    }
    cache = {"most-read": {"data": [{"canonical_url": h, "headline": t} for h, t in MOST_READ]}}
    return (f'<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};'
            f'Fusion.arcSite="irishtimes";Fusion.contextPath="/pf";Fusion.deployment="812";'
            f'Fusion.globalContent={json.dumps(global_content, ensure_ascii=False)};'
            f'Fusion.globalContentConfig={{"source":"author-feed","query":{{"author":"fintan-otoole","page":"{page}"}}}};'
            f'Fusion.contentCache={json.dumps(cache, ensure_ascii=False)};</script>\n')


def hash_s(s: str) -> int:
    h = 1469598103934665603
    for ch in s.encode():
        h = ((h ^ ch) * 1099511628211) % (1 << 64)
    return h


def build_page(page: int) -> str:
    start = sum(PER_PAGE[: page - 1])
    cols = COLUMNS[start:start + PER_PAGE[page - 1]]
    body = []
    if page == 1:
        body.append(hero(cols[0]))
        listed = cols[1:]
    else:
        listed = cols
    items = [promo(c, start + k) for k, c in enumerate(listed)]
    ad = ('      <div class="arcad arcad-inline" id="arcad_inline-2"><span class="tw-text-xs">Advertisement</span>'
          '<a href="https://ads.example-network.com/click?slot=it_inline_2&amp;cr=60213" rel="sponsored noopener" target="_blank">'
          '<img src="https://ads.example-network.com/creative/60213.jpg" alt="" width="728" height="90"></a></div>\n')
    items.insert(4, ad)
    heading = "Latest from Fintan O'Toole" if page == 1 else f"Fintan O'Toole &mdash; page {page}"
    return (head(page) + masthead()
            + '<main id="main-content" class="css-9k2mq1 tw-max-w-6xl tw-mx-auto">\n<div class="css-1dj0v1t">\n'
            + author_header() + "".join(body)
            + f'    <section class="b-results-list css-1bv8k2n" data-testid="results-list">\n      <h2 class="css-1xl9ug7 tw-sr-only">{heading}</h2>\n'
            + "".join(items) + "    </section>\n" + pager(page, len(PER_PAGE))
            + "</div>\n" + rails() + "</main>\n" + footer() + fusion(page, cols) + "</body>\n</html>\n")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / "opinion" / "fintan-otoole"
    d.mkdir(parents=True)
    for page in range(1, len(PER_PAGE) + 1):
        name = "index.html" if page == 1 else f"index@page={page}.html"
        (d / name).write_text(build_page(page), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /pf/api/\nDisallow: /account/\nDisallow: /search\n"
        "Sitemap: {{origin}}/arc/outboundfeeds/sitemap-index/index.xml\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("Irish daily on Arc XP: React markup with hashed css-* and tw-* utility classes, hero then list, "
                        "numbered ?page=N pager whose current page is a button; an 'Opinion' rail of other columnists "
                        "uses the exact same /opinion/YYYY/MM/DD/slug/ shape on every page, letters sit under /opinion/letters/, "
                        "and Most Read includes one of the columnist's own pieces."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PER_PAGE),
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
