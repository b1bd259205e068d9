"""Generate tests/sites/discovery/columnists-article: an Irish daily's columnist pages.

Two config pages on one site: /comment/columnists/aoife-brennan/ (columns at
/comment/columnists/article/<slug>-<id9>) and /comment/columnists/rory-gallagher/ (his
Sunday-edition columns keep the sister title's /opinion/columnists/article/<n>/<slug> shape).
Whole-card links, ?page=N pagination by an svg arrow labelled only by aria-label="Next page",
a "More from our columnists" block (other columnists' pages and latest columns), an
"Editors' picks" rail with an old archive column, letters with a look-alike URL, etc.

stdlib only, deterministic: python tests/sites/discovery/_make/columnists-article.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

NAME = "columnists-article"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
SITE = "The Leinster Post"
e = html.escape

AOIFE = [
    ("A generation has been locked out, and the Dáil knows it",
     "Every party now talks about housing like a natural disaster. It was a policy choice, and it can be undone"),
    ("The neutrality debate deserves better than slogans", "Neither side is being straight with voters"),
    ("Sláintecare, six years on", "A plan everyone signed up to and nobody delivered"),
    ("Why the citizens' assembly model still works", "Ninety-nine strangers keep doing what the Oireachtas won't"),
    ("Dublin after dark is a city that has lost its nerve",
     "Closing times, empty streets and a night-time economy run by committee"),
    ("The referendum campaign nobody wanted to run", "A vote on the family, and a government that went missing"),
    ("Childcare costs are a tax on ambition", "Parents are doing the maths and leaving the workforce"),
    ("Stormont is back. Now the hard part", "Restored institutions will be judged on waiting lists, not ceremonies"),
    ("Emigration", "The airport goodbyes are back, and this time they are by choice"),
    ("Leo Varadkar's legacy will be written in rent receipts", "A reforming taoiseach who never fixed the big thing"),
    ("Our schools are running on goodwill", "Teachers are buying the glue sticks again"),
    ("The cost of a hospital trolley", "Behind every overcrowding figure is someone's parent in a corridor"),
    ("Tidy Towns and the art of small pride", "The best of us is on display in hanging baskets"),
    ("Politicians keep promising broadband. Rural Ireland keeps waiting",
     "The national plan is years late and the villages have noticed"),
    ("Who speaks for carers?", "Half a million people do unpaid care. They have no lobby"),
    ("A united Ireland conversation needs more listening", "Persuasion starts with hearing the other side out"),
    ("The budget surplus is not a windfall", "Treat corporation tax like a lottery win and you'll spend it like one"),
    ("Direct provision was a failure we chose", "We knew for twenty years. We looked away"),
    ("Let's be honest about the Irish language", "Compulsory isn't the same as cherished"),
    ("Halloween, and a country that still loves a bonfire", "The Celtic new year survives every health and safety memo"),
    ("Gardaí can't police their way out of this", "Knife crime is a youth services problem first"),
    ("Remote work saved towns. Don't kill it", "Main streets in the midlands have a second life"),
    ("Our obsession with property ladders", "A home is not a pension plan"),
    ("Why I'm still proud of the marriage vote", "Eight years on, the yes still echoes"),
    ("Apple tax billions: spend it well", "A once-off should build something that lasts"),
    ("Cork deserves a metro", "The second city is planning like a town"),
    ("Summer of strikes", "Nurses, bus drivers and junior doctors have a point"),
]
RORY = [
    ("The Central Bank is right to keep the brakes on",
     "Loosening mortgage rules now would feed prices, not supply"),
    ("Multinational tax receipts are a bubble, not a plan", "Ten companies pay half the bill. That is a risk"),
    ("Farmers face a reckoning on nitrates", "The derogation fight is about the future of dairy"),
    ("Pubs", "Fewer, dearer and still at the heart of things"),
    ("Inflation is falling but the squeeze isn't over", "Prices stop rising long before wages catch up"),
    ("Why Irish start-ups still move to London", "Capital, not craic, decides where founders go"),
    ("The pension auto-enrolment scheme is overdue", "A decade of delay has cost savers dearly"),
    ("Ryanair and the limits of cheap", "The airline's model depends on everyone else paying more"),
    ("Credit unions should be allowed to lend more", "Billions sit idle while small firms are refused"),
    ("What the ESB price cut really means", "A headline cut on a bill that is still 70% higher than 2021"),
    ("Data centres are eating the grid", "A fifth of our electricity, and rising"),
    ("A four-day week would suit Irish firms", "The trials are in and productivity held up"),
    ("Shannon airport needs a plan", "Stopovers are gone. What's next for the west?"),
    ("Mortgage rules are working", "Don't dismantle the one thing that did its job"),
    ("Hospitality's VAT cliff", "The 9% rate ended, and so did a lot of menus"),
]
OTHER = [  # (page slug, name, latest title, latest path)
    ("declan-moore", "Declan Moore", "The GAA's split season has split the country",
     "/comment/columnists/article/gaa-split-season-divides-country-p4k7w2m9q"),
    ("siobhan-keane", "Siobhán Keane", "Menopause at work is still a taboo",
     "/opinion/columnists/article/3245871/menopause-work-taboo"),
]
MOST_READ = [
    ("/news/irish-news/article/storm-isha-red-warning-issued-for-west-coast-r7t2k9w4e", "Storm Isha: red warning issued for west coast"),
    ("/news/crime/article/man-arrested-after-drogheda-stabbing-h2m8q4x1z", "Man arrested after Drogheda stabbing"),
    ("/sport/gaa/article/dublin-name-unchanged-side-for-league-opener-k9d3v7b2n", "Dublin name unchanged side for league opener"),
    ("/news/politics/article/harris-tipped-as-next-taoiseach-w5c1n8r3j", "Harris tipped as next taoiseach"),
    ("/business/article/ptsb-to-cut-variable-mortgage-rates-f6y2p9t7a", "PTSB to cut variable mortgage rates"),
    ("/news/irish-news/article/three-counties-on-boil-water-notice-m3q8z5w6k", "Three counties on boil-water notice"),
]
PICKS = [
    ("/lifestyle/article/the-last-thatcher-in-county-clare-b8n4r2t6y", "The last thatcher in Co Clare"),
    ("/news/article/inside-the-night-shift-at-tallaght-hospital-z1x5c9v3b", "Inside the night shift at Tallaght hospital"),
    ("/opinion/columnists/article/2981455/celtic-tiger-lessons", "From the archive: Rory Gallagher on what the Celtic Tiger never taught us"),
]
SPONSORED = ("/business/article/brand-partner-how-irish-homes-are-cutting-energy-use-s0n5p0r4d",
             "How Irish homes are cutting their energy use")
LETTER = ("/comment/letters/article/housing-is-not-a-natural-disaster-l3t7e2r9s",
          "Letters: Housing is not a natural disaster")


def slugify(text: str) -> str:
    import unicodedata
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower().replace("'", "")).strip("-")


def id9(n: int) -> str:
    import hashlib
    alphabet = "abcdefghjkmnpqrstvwxyz0123456789"
    x = int.from_bytes(hashlib.sha1(f"leinster-{n}".encode()).digest()[:8], "big")
    out = ""
    for _ in range(9):
        out += alphabet[x % 32]
        x //= 32
    return out


def build() -> dict[str, dict]:
    aoife, rory = [], []
    day = dt.date(2024, 1, 6)
    for i, (t, dek) in enumerate(AOIFE):
        aoife.append({"title": t, "dek": dek, "date": day,
                      "path": f"/comment/columnists/article/{slugify(t)}-{id9(i + 11)}"})
        day -= dt.timedelta(days=7 if i % 3 == 2 else 3)
    day = dt.date(2024, 1, 7)
    num = 3246012
    for i, (t, dek) in enumerate(RORY):
        words = [w for w in slugify(t).split("-") if w not in {"the", "a", "is", "to", "on", "and", "of"}]
        rory.append({"title": t, "dek": dek, "date": day,
                     "path": f"/opinion/columnists/article/{num}/{'-'.join(words[:5])}"})
        day -= dt.timedelta(days=7)
        num -= 4137 + (i * 389) % 900
    return {
        "aoife-brennan": {"name": "Aoife Brennan", "cols": aoife, "per": [10, 10, 7],
                          "bio": "Aoife Brennan is the Post's political columnist. Her column appears on Wednesdays and Saturdays.",
                          "topics": ["housing", "health", "politics", "education"], "abs": False},
        "rory-gallagher": {"name": "Rory Gallagher", "cols": rory, "per": [9, 6],
                           "bio": "Rory Gallagher writes on business and the economy for the Sunday Post.",
                           "topics": ["economy", "business", "farming", "energy"], "abs": True},
    }


PEOPLE = build()
ARROW_R = ('<svg class="icon icon--chevron-right" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" '
           'focusable="false"><path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2"/></svg>')
ARROW_L = ('<svg class="icon icon--chevron-left" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" '
           'focusable="false"><path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2"/></svg>')


def nice(d: dt.date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def lead(c: dict, name: str, slug: str) -> str:
    url = O + c["path"]
    return f"""
			<div class="lead-story">
				<a class="lead-story__link" href="{url}">
					<figure class="lead-story__media"><img src="{O}/img/2024/01/{id9(len(c['title']))}-1280x720.jpg" alt="" width="1280" height="720"></figure>
					<span class="lead-story__label">{name}</span>
					<h2 class="lead-story__headline">{e(c['title'])}</h2>
					<p class="lead-story__standfirst">{e(c['dek'])}</p>
				</a>
				<div class="lead-story__meta">By <a class="byline" href="{O}/authors/{slug}/">{name}</a> &middot; <time datetime="{c['date']}T05:30:00Z">{nice(c['date'])}</time> &middot; <a href="{url}#comments" class="comments-count">Comments (38)</a></div>
				<ul class="share-bar" aria-label="Share this column">
					<li><a class="share-bar__x" href="https://twitter.com/intent/tweet?url={url}%3Futm_source%3Dtwitter%26utm_medium%3Dsocial&amp;text={e(c['title'])}" target="_blank" rel="noopener">Share on X</a></li>
					<li><a class="share-bar__fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Share on Facebook</a></li>
					<li><a class="share-bar__wa" href="https://wa.me/?text={url}%3Futm_source%3Dwhatsapp">Share on WhatsApp</a></li>
					<li><a class="share-bar__gift" href="{c['path']}?gift=8f2a1c77e0" data-premium="true">Gift this article</a></li>
				</ul>
			</div>"""


def teaser(c: dict, name: str, k: int) -> str:
    url = c["path"] if k % 2 else O + c["path"]
    comments = f'<a class="teaser__comments" href="{url}#comments" aria-label="Comments">{(k * 17) % 60 + 3}</a>' if k % 3 else ""
    prem = '<span class="teaser__premium" title="Subscriber only">Premium</span>' if k % 4 == 1 else ""
    return f"""
				<div class="teaser teaser--columnist">
					<a class="teaser__link" href="{url}">
						<figure class="teaser__media"><img src="{O}/img/thumbs/{id9(k + len(c['title']))}-400x225.jpg" alt="" loading="lazy"></figure>
						<div class="teaser__text">
							<span class="teaser__label">{name}</span>{prem}
							<h3 class="teaser__headline">{e(c['title'])}</h3>
							<p class="teaser__standfirst">{e(c['dek'])}</p>
						</div>
					</a>
					<div class="teaser__meta"><time datetime="{c['date']}T05:30:00Z">{nice(c['date'])}</time>{comments}</div>
				</div>"""


NAV = [("News", "/news/"), ("Sport", "/sport/"), ("Business", "/business/"), ("Comment", "/comment/"),
       ("Lifestyle", "/lifestyle/"), ("Entertainment", "/entertainment/"), ("Farming", "/farming/"),
       ("More", "/sections/")]


def document(slug: str, n: int) -> str:
    p = PEOPLE[slug]
    name, per = p["name"], p["per"]
    start = sum(per[: n - 1])
    cols = p["cols"][start:start + per[n - 1]]
    base = f"/comment/columnists/{slug}/"
    here = base if n == 1 else f"{base}?page={n}"
    total = len(per)
    body = []
    for k, c in enumerate(cols):
        body.append(lead(c, name, slug) if (n == 1 and k == 0) else teaser(c, name, k))
    # arrow pager
    prev = ""
    if n > 1:
        prev_href = base if n == 2 else f"?page={n - 1}"
        prev = f'<a class="pager__arrow pager__arrow--prev" href="{prev_href}" aria-label="Previous page">{ARROW_L}</a>'
    else:
        prev = f'<span class="pager__arrow pager__arrow--prev is-disabled" aria-disabled="true">{ARROW_L}</span>'
    if n < total:
        nxt_href = f"{O}{base}?page={n + 1}" if p["abs"] else f"?page={n + 1}"
        nxt = f'<a class="pager__arrow pager__arrow--next" href="{nxt_href}" aria-label="Next page">{ARROW_R}</a>'
    else:
        nxt = f'<span class="pager__arrow pager__arrow--next is-disabled" aria-disabled="true">{ARROW_R}</span>'
    pager = f'<nav class="pager" aria-label="Pagination">{prev}<span class="pager__status">{n} / {total}</span>{nxt}</nav>'
    # other columnists block (everyone but this one)
    others = []
    for oslug, op in PEOPLE.items():
        if oslug != slug:
            latest = op["cols"][0]
            others.append((oslug, op["name"], latest["title"], latest["path"]))
    others += OTHER
    more = "\n".join(
        f'\t\t\t\t<li class="columnist-strip__item"><a class="columnist-strip__person" href="/comment/columnists/{os}/">'
        f'<img src="{O}/img/columnists/{os}.png" alt="">{e(on)}</a>'
        f'<a class="columnist-strip__latest" href="{O}{op_}">{e(ot)}</a></li>'
        for os, on, ot, op_ in others)
    current = ' aria-current="true"'
    nav = "\n".join(f'\t\t\t<li><a href="{O}{h}"{current if t == "Comment" else ""}>{t}</a></li>'
                    for t, h in NAV)
    mr = "\n".join(f'\t\t\t\t<li class="rail__item"><span class="rail__num">{i + 1}</span><a href="{h}">{e(t)}</a></li>'
                   for i, (h, t) in enumerate(MOST_READ))
    picks = "\n".join(f'\t\t\t\t<li><a href="{O}{h}">{e(t)}</a></li>' for h, t in PICKS)
    topics = " ".join(f'<a class="chip" href="/topic/{t}/">{t.title()}</a>' for t in p["topics"])
    latest = p["cols"][0]
    ld = [
        {"@context": "https://schema.org", "@type": "CollectionPage", "name": f"{name} | {SITE}",
         "url": f"{O}{here}", "author": {"@type": "Person", "name": name, "url": f"{O}/authors/{slug}/"},
         "publisher": {"@type": "NewsMediaOrganization", "name": SITE, "url": f"{O}/"}},
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{O}/"},
            {"@type": "ListItem", "position": 2, "name": "Comment", "item": f"{O}/comment/"},
            {"@type": "ListItem", "position": 3, "name": "Columnists", "item": f"{O}/comment/columnists/"},
            {"@type": "ListItem", "position": 4, "name": name, "item": f"{O}{base}"}]},
    ]
    head_links = [f'<link rel="canonical" href="{O}{here}">']
    return f"""<!doctype html>
<html lang="en-IE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name} | Columnists | {SITE}{f" | Page {n}" if n > 1 else ""}</title>
<meta name="description" content="{e(p['bio'])}">
{chr(10).join(head_links)}
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{name}">
<link rel="preload" as="font" href="{O}/assets/fonts/post-serif.woff2" crossorigin>
<link rel="stylesheet" href="{O}/assets/css/main.3f9c2a.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-columnist section-comment">
<svg style="display:none"><symbol id="icon-search" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"/></symbol></svg>
<div class="masthead">
	<div class="masthead__utility">
		<a href="{O}/account/login?return={base}">Sign in</a>
		<a class="btn btn--subscribe" href="{O}/subscribe/?source=header_columnists">Subscribe</a>
		<a href="{O}/epaper/">ePaper</a>
	</div>
	<a class="masthead__logo" href="{O}/"><img src="{O}/assets/img/leinster-post.svg" alt="{SITE}"></a>
	<nav class="primary-nav" aria-label="Main">
		<ul>
{nav}
		</ul>
	</nav>
</div>
<main id="content" class="columnist-page">
	<ol class="breadcrumbs" aria-label="You are here">
		<li><a href="{O}/">Home</a></li>
		<li><a href="{O}/comment/">Comment</a></li>
		<li><a href="{O}/comment/columnists/">Columnists</a></li>
		<li><span aria-current="page">{name}</span></li>
	</ol>
	<header class="columnist-header">
		<img class="columnist-header__portrait" src="{O}/img/columnists/{slug}.png" alt="{name}">
		<h1 class="columnist-header__name">{name}</h1>
		<p class="columnist-header__bio">{e(p['bio'])}</p>
		<p class="columnist-header__contact"><a href="mailto:{slug.split('-')[0]}@leinsterpost.example">Email {name.split()[0]}</a> &middot; <a href="https://twitter.com/{slug.replace('-', '')}">@{slug.replace('-', '')}</a> &middot; <a href="{O}/authors/{slug}/">All articles by {name}</a></p>
		<div class="columnist-header__topics">Writes about: {topics}</div>
	</header>
	<div class="columnist-layout">
		<section class="columnist-feed" aria-label="Latest columns">
{''.join(body)}
			{pager}
		</section>
		<aside class="columnist-aside">
			<div class="rail rail--numbered">
				<h2 class="rail__title">Most Read</h2>
				<ol class="rail__list">
{mr}
				</ol>
			</div>
			<div class="promo promo--newsletter">
				<h2>The Post Opinion newsletter</h2>
				<p>Our columnists, in your inbox every Saturday. This week: <a href="{latest['path']}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=opinion_weekly">{e(latest['title'])}</a></p>
				<form action="{O}/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button>Sign up</button></form>
			</div>
			<div class="rail rail--picks">
				<h2 class="rail__title">Editors&rsquo; picks</h2>
				<ul>
{picks}
				</ul>
			</div>
			<div class="partner-box">
				<span class="partner-box__label">In association with Bord Gáis Energy</span>
				<a class="partner-box__link" href="{SPONSORED[0]}"><img src="{O}/img/partners/bge.jpg" alt=""><span>{e(SPONSORED[1])}</span></a>
			</div>
			<div class="ad ad--mpu"><a href="https://ads.example-network.com/click?site=leinsterpost&amp;slot=mpu1&amp;cr=10293" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/10293.gif" alt="Advertisement"></a></div>
		</aside>
	</div>
	<section class="columnist-strip" aria-labelledby="more-columnists">
		<h2 id="more-columnists" class="columnist-strip__title">More from our columnists</h2>
		<ul class="columnist-strip__list">
{more}
		</ul>
		<a class="columnist-strip__all" href="{O}/comment/columnists/">All columnists</a>
	</section>
	<section class="letters-promo">
		<h2><a href="{O}/comment/letters/">Letters to the Editor</a></h2>
		<p><a href="{LETTER[0]}">{e(LETTER[1])}</a></p>
		<p><a href="{O}/comment/letters/write/">Write to the Editor</a></p>
	</section>
</main>
<footer class="site-footer">
	<nav aria-label="Footer">
		<a href="{O}/about-us/">About us</a> <a href="{O}/contact-us/">Contact us</a> <a href="{O}/advertise/">Advertise</a>
		<a href="{O}/terms-and-conditions/">Terms and conditions</a> <a href="{O}/privacy-statement/">Privacy statement</a>
		<a href="{O}/cookie-policy/">Cookie policy</a> <a href="{O}/subscribe/?source=footer">Subscribe</a>
	</nav>
	<p>&copy; {SITE} 2024. Published by Leinster Media DAC, registered in Ireland.</p>
</footer>
<script src="{O}/assets/js/main.3f9c2a.js" defer></script>
</body>
</html>
"""


def write(rel: str, text: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for slug, p in PEOPLE.items():
        for n in range(1, len(p["per"]) + 1):
            rel = f"comment/columnists/{slug}/index.html" if n == 1 else f"comment/columnists/{slug}/index@page={n}.html"
            write(rel, document(slug, n))
        assert sum(p["per"]) == len(p["cols"])
    truth = {
        "template": NAME,
        "description": ("An Irish daily's columnist pages, two columnists of one site with two article URL shapes "
                        "(/comment/columnists/article/<slug>-<id> and the Sunday title's "
                        "/opinion/columnists/article/<n>/<slug>); whole-card links, a ?page=N svg arrow labelled "
                        "only by aria-label, and a 'More from our columnists' strip, editors' picks (with an old "
                        "archive column) and a letters promo in look-alike URL shapes."),
        "held_out": False,
        "pages": [f"/comment/columnists/{slug}/" for slug in PEOPLE],
        "max_index_pages": max(len(p["per"]) for p in PEOPLE.values()),
        "columns": [c["path"] for p in PEOPLE.values() for c in p["cols"]],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
