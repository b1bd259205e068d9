"""Generate tests/sites/discovery/guardian-like: a Guardian-style contributor profile page.

/profile/tomas-lindqvist with ?page=2/?page=3 (numbered pager, no "next" link, the current
page marked by aria-current), fc-item cards with an empty u-faux-block-link__overlay anchor
plus a heading link wrapping kicker/headline spans, a "Most viewed" rail with hashed dcr-
classes inside <main>, "More from Opinion" of the same /commentisfree/YYYY/mon/DD/slug shape,
a site-wide feed and the columnist's own feed (pages 1-3 plus older feed-only columns).

stdlib only, deterministic: python tests/sites/discovery/_make/guardian-like.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import unicodedata
from pathlib import Path

NAME = "guardian-like"
OUT = Path(__file__).resolve().parent.parent / NAME
O = "{{origin}}"
AUTHOR = "Tomas Lindqvist"
PAGE = "/profile/tomas-lindqvist"
FEED = "/profile/tomas-lindqvist/rss.xml"
e = html.escape

TITLES = [
    ("Europe's green deal is being dismantled one exemption at a time", "Climate crisis",
     "Each carve-out looks reasonable on its own. Together they add up to a retreat that Brussels won't name"),
    ("The far right has stopped pretending", "Europe",
     "A year ago they talked about 'concerns'. Now they talk about remigration, and voters are listening"),
    ("Nordic model? Look closer", "Opinion", "The welfare states the world admires are quietly being rebuilt"),
    ("What Sweden's Nato debate tells us about neutrality's last days", "Nato",
     "Two centuries of non-alignment ended not with a vote but with a shrug"),
    ("Forget the AI summit. The real rules are being written in Brussels", "Artificial intelligence (AI)",
     "Photo-ops at Bletchley Park matter less than a 400-page regulation few people have read"),
    ("Farmers are angry, and they have a point", "Farming",
     "Climate policy that treats rural Europe as an afterthought will fail"),
    ("Christmas in a Baltic border town", "Opinion",
     "In Narva, the festive lights stop at the river, and so does the certainty"),
    ("The carbon price is working. So why is nobody defending it?", "Carbon emissions",
     "Emissions trading is the EU's most successful climate tool and its least loved"),
    ("Britain's Europe question hasn't gone away", "Brexit",
     "Whoever wins the election will inherit a relationship that is neither settled nor stable"),
    ("Electric cars are the easy part", "Transport",
     "Swapping engines is simple next to rethinking how far we need to drive"),
    ("Enough with the 'silent majority'", "Politics",
     "Politicians who claim to speak for the quiet are usually just loud"),
    ("A year of record heat, and a politics stuck in 1990", "Climate crisis",
     "2023 broke every chart. Our debates still sound like the first Rio summit"),
    ("The quiet success of the Danish pension", "Pensions",
     "Boring, funded and trusted: a system that does what it says"),
    ("Wolves", "Wildlife", "They are back in the forests of Europe. Are we ready to share?"),
    ("Populists want you to think climate policy is for elites. Don't let them", "Climate crisis",
     "The people hit hardest by heat and floods are not the ones at Davos"),
    ("I grew up in a company town. I know what 'just transition' must mean", "Energy",
     "When the mill closed, nobody came with a plan. We cannot let that happen again"),
    ("Cop28's final text is weaker than it looks", "Cop28",
     "'Transitioning away' from fossil fuels is a phrase with a lot of room in it"),
    ("Spain's solar boom holds a lesson for everyone else", "Renewable energy",
     "Cheap permits and a grid that was ready: it really is that simple"),
    ("Why is it still so hard to take a train across Europe?", "Rail travel",
     "Booking Stockholm to Milan should not require four websites and a spreadsheet"),
    ("The Dutch election was a warning", "Netherlands",
     "Centrists who borrow the far right's language end up lending it their voters"),
    ("Fast fashion's dirty secret is in the supply chain", "Fashion",
     "The emissions are not in the shop. They are in the dye houses of Bangladesh"),
    ("Polish voters just showed how democracy fights back", "Poland",
     "Record turnout, a lot of young women, and a lesson for the rest of Europe"),
    ("Start with insulation", "Housing", "The cheapest energy is the energy you never burn"),
    ("Rewilding isn't romantic — it's practical", "Conservation",
     "Beavers do flood management for free. We should let them"),
    ("The oil fund paradox", "Norway", "Norway got rich on oil and now invests to escape it"),
    ("Heatwaves are a labour issue", "Workers' rights",
     "Nobody should have to choose between a shift and their health"),
    ("Germany's heating law fiasco was avoidable", "Germany",
     "A good policy was sold badly and then defended worse"),
    ("We need to talk about peat", "Environment",
     "Bogs store more carbon than forests. We have been draining them for centuries"),
    ("The Mediterranean is boiling. Tourism must adapt", "Travel",
     "August on the Costa Brava is becoming unbearable. The industry knows it"),
    ("Borders in the Arctic", "Arctic", "As the ice goes, the map is being redrawn"),
    ("A lesson from Helsinki's war on homelessness", "Homelessness",
     "Housing first was not a slogan in Finland. It was a budget line"),
    ("Nuclear power is back. Is it worth it?", "Nuclear power",
     "The case for new reactors is real, and so are the bills"),
    ("Greta Thunberg was right about the grown-ups", "Greta Thunberg",
     "Five years on, the teenagers' complaint still stands"),
    # feed only (older than page 3)
    ("Summer of smoke", "Wildfires", "Canada's fires reached Europe's skies. The warning reached nobody"),
    ("The Sámi case against a green mine", "Indigenous peoples",
     "Green metals still come from someone's land"),
    ("What happens when a glacier dies", "Glaciers", "In the Alps, they are holding funerals for ice"),
    ("Why I left Stockholm for the north of England", "Opinion",
     "A move for love, and an education in what a region can be"),
]
PER_PAGE = [12, 12, 9]
STOP = {"the", "a", "an", "is", "of", "to", "and", "it", "in", "for", "are", "was", "s", "t", "what", "why",
        "so", "don", "be", "has", "we", "i", "about", "there", "that", "than", "must", "isn", "hasn",
        "one", "at", "time", "just", "how", "who", "you", "them", "still", "mean"}

MOST_VIEWED = [
    ("/world/2024/jan/05/alaska-airlines-flight-door-blows-out-mid-air", "Alaska Airlines flight forced to land after door blows out mid-air"),
    ("/uk-news/2024/jan/05/storm-henk-flood-warnings-england", "Storm Henk: hundreds of flood warnings remain in England"),
    ("/politics/2024/jan/04/sunak-election-date-speculation", "Sunak fuels speculation over spring election date"),
    ("/world/live/2024/jan/05/israel-gaza-war-live-updates", "Israel-Gaza war: live updates"),
    ("/football/2024/jan/05/fa-cup-third-round-talking-points", "FA Cup third round: 10 talking points"),
    ("/commentisfree/2024/jan/04/post-office-scandal-horizon-ministers", "The Post Office scandal is a story about power"),
    ("/lifestyle/2024/jan/03/how-to-actually-keep-a-new-years-resolution", "How to actually keep a new year's resolution"),
    ("/tv-and-radio/2024/jan/04/mr-bates-vs-the-post-office-review", "Mr Bates vs the Post Office review"),
]
MORE_OPINION = [  # other contributors' pieces, same URL shape
    ("/commentisfree/2024/jan/05/the-guardian-view-on-storm-henk-flood-defences", "The Guardian view", "/profile/editorial",
     "The Guardian view on flood defences: a decade of neglect"),
    ("/commentisfree/2024/jan/04/conservatives-election-year-gamble", "Zadie Marlowe", "/profile/zadie-marlowe",
     "The Conservatives' election-year gamble is already failing"),
    ("/commentisfree/2024/jan/04/new-years-honours-list-cronyism", "Owen Barrett", "/profile/owen-barrett",
     "The new year honours show cronyism is now routine"),
    ("/commentisfree/2024/jan/03/dry-january-alcohol-britain", "Priya Nandakumar", "/profile/priya-nandakumar",
     "Dry January is a sign of how we really feel about drink"),
    ("/commentisfree/2024/jan/05/rewilding-isnt-so-simple-letters", "Letters", "/tone/letters",
     "Rewilding isn't as simple as Tomas Lindqvist suggests | Letters"),
]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def slug_for(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^a-z0-9]+", plain.lower().replace("'", "")) if w and w not in STOP]
    return "-".join(words[:7])


def columns() -> list[dict]:
    out = []
    day = dt.date(2024, 1, 5)
    for i, (title, kicker, dek) in enumerate(TITLES):
        path = f"/commentisfree/{day.year}/{MONTHS[day.month - 1]}/{day.day:02d}/{slug_for(title)}"
        out.append({"title": title, "kicker": kicker, "dek": dek, "date": day, "path": path,
                    "comments": (i * 271) % 1900 + 40, "d": f"/p/{'abcdefghjk'[i % 10]}{i * 37 % 100:02d}x{i % 7}"})
        day -= dt.timedelta(days=(4, 3, 7, 4, 3)[i % 5])
    return out


COLS = columns()
PAGES = []
_i = 0
for _n in PER_PAGE:
    PAGES.append(COLS[_i:_i + _n])
    _i += _n
FEED_ONLY = COLS[_i:]


def page_url(n: int) -> str:
    return PAGE if n == 1 else f"{PAGE}?page={n}"


def card(c: dict, showcase: bool) -> str:
    url = O + c["path"]
    mod = "fc-item--showcase fc-item--has-sublinks" if showcase else "fc-item--standard-tablet"
    h = "h2" if showcase else "h3"
    img = ""
    if showcase or c["comments"] % 3 != 0:
        img = (f'<div class="fc-item__media-wrapper"><div class="fc-item__image-container u-responsive-ratio">'
               f'<picture><img class="responsive-img" alt="" loading="lazy" '
               f'src="https://i.guim.example/img/media/{abs(hash_(c["path"])):x}/0_0_5000_3000/master/5000.jpg?width=460&amp;quality=85"></picture>'
               f'</div></div>')
    stand = f'<div class="fc-item__standfirst-wrapper"><div class="fc-item__standfirst">{e(c["dek"])}</div></div>'
    if showcase:
        stand += (f'<div class="fc-item__share social" data-component="social"><a class="social__action social-icon-wrapper" '
                  f'href="https://www.facebook.com/dialog/share?app_id=180444840287&amp;href={url}%3FCMP%3Dshare_btn_fb" '
                  f'target="_blank" data-link-name="facebook">Share on Facebook</a> <a class="social__action social-icon-wrapper" '
                  f'href="https://twitter.com/intent/tweet?text={e(c["title"])}&amp;url={url}%3FCMP%3Dshare_btn_tw" '
                  f'target="_blank" data-link-name="twitter">Share on X</a> <a class="social__action" '
                  f'href="{url}?CMP=share_btn_link" data-link-name="copy link">Copy link</a></div>')
    d = c["date"]
    return f"""
				<li class="fc-slice__item l-row__item">
					<div class="fc-item fc-item--has-image fc-item--pillar-opinion fc-item--type-comment js-fc-item {mod}" data-id="{c['path'][1:]}" data-test-id="facia-card">
						<div class="fc-item__container">
							{img}
							<div class="fc-item__content">
								<div class="fc-item__header">
									<{h} class="fc-item__title"><a href="{url}" class="fc-item__link" data-link-name="article"><span class="fc-item__kicker">{e(c['kicker'])}</span> <span class="u-faux-block-link__cta fc-item__headline"> <span class="js-headline-text">{e(c['title'])}</span></span></a></{h}>
								</div>
								{stand}
								<div class="fc-item__footer--vertical">
									<div class="fc-item__byline">{AUTHOR}</div>
									<aside class="fc-item__meta js-item__meta">
										<time class="fc-item__timestamp" datetime="{d}T06:00:12+0000" data-timestamp="{int(dt.datetime(d.year, d.month, d.day, 6, tzinfo=dt.timezone.utc).timestamp())}000" data-relativeformat="med"><span class="fc-timestamp__text">{d.day} {d:%b} {d.year}</span></time>
										<a class="fc-trail__count fc-trail__count--commentcount" href="{url}#comments" data-discussion-id="{c['d']}" data-link-name="Comment count"><span class="inline-icon__fallback">Comments</span> {c['comments']:,}</a>
									</aside>
								</div>
							</div>
							<a href="{url}" class="u-faux-block-link__overlay js-headline-text" data-link-name="article" tabindex="-1" aria-hidden="true"></a>
						</div>
					</div>
				</li>"""


def hash_(s: str) -> int:
    h = 11
    for ch in s:
        h = (h * 131 + ord(ch)) % 4_294_967_291
    return h


NAV = [("News", "/uk"), ("Opinion", "/uk/commentisfree"), ("Sport", "/uk/sport"), ("Culture", "/uk/culture"),
       ("Lifestyle", "/uk/lifeandstyle"), ("More", "/uk/sections")]
SUBNAV = [("The Guardian view", "/profile/editorial"), ("Columnists", "/index/contributors"),
          ("Cartoons", "/tone/cartoons"), ("Opinion videos", "/type/video+tone/comment"), ("Letters", "/tone/letters")]


def document(n: int) -> str:
    cols = PAGES[n - 1]
    by_month: dict[tuple[int, int], list[dict]] = {}
    for c in cols:
        by_month.setdefault((c["date"].year, c["date"].month), []).append(c)
    containers = []
    first = True
    for (y, m), group in by_month.items():
        items = "".join(card(c, showcase=(n == 1 and first and k == 0)) for k, c in enumerate(group))
        label = dt.date(y, m, 1).strftime("%B %Y")
        containers.append(f"""
		<section class="fc-container fc-container--tag" data-link-name="container | {label}" aria-label="{label}">
			<div class="fc-container__inner">
				<header class="fc-container__header js-container__header"><h2 class="fc-container__header__title"><time datetime="{y}-{m:02d}">{label}</time></h2></header>
				<div class="fc-container__body">
					<ul class="u-unstyled l-row l-row--cols-4 fc-slice fc-slice--q-q-q-q">{items}
					</ul>
				</div>
			</div>
		</section>""")
        first = False
    total = len(PAGES)
    pager_items = []
    for k in range(1, total + 1):
        if k == n:
            pager_items.append(f'<span class="button button--small button--tertiary pagination__action is-active" aria-current="page">{k}</span>')
        else:
            href = PAGE if k == 1 else (f"?page={k}" if k % 2 == 0 else f"{O}{PAGE}?page={k}")
            pager_items.append(f'<a class="button button--small button--tertiary pagination__action" href="{href}" '
                               f'data-link-name="Pagination view page {k}" aria-label="Page {k}">{k}</a>')
    pager = (f'<div class="pagination" data-test-id="pagination"><div class="pagination__legend">Page {n} of {total}</div>'
             f'<div class="pagination__list">{" ".join(pager_items)}</div></div>')
    most = "\n".join(
        f'\t\t\t\t<li class="dcr-1sgb2lz"><a class="dcr-2yd10d" data-link-name="{k + 1} | text" href="{p}">'
        f'<span class="dcr-1w6uej9" aria-hidden="true">{k + 1}</span><div class="dcr-c8z2ds">'
        f'{"<span class=dcr-q9ow1e>Live</span> " if "/live/" in p else ""}<span class="dcr-1n2y2nq">{e(t)}</span></div></a></li>'
        for k, (p, t) in enumerate(MOST_VIEWED))
    more_op = "\n".join(
        f'\t\t\t\t<li class="fc-slice__item"><div class="fc-item fc-item--pillar-opinion fc-item--type-comment">'
        f'<div class="fc-item__container"><div class="fc-item__content"><h3 class="fc-item__title">'
        f'<a href="{O}{p}" class="fc-item__link"><span class="fc-item__kicker">{e(who)}</span> '
        f'<span class="fc-item__headline"><span class="js-headline-text">{e(t)}</span></span></a></h3>'
        f'<div class="fc-item__byline"><a href="{prof}" rel="author">{e(who)}</a></div></div>'
        f'<a href="{O}{p}" class="u-faux-block-link__overlay" tabindex="-1" aria-hidden="true"></a></div></div></li>'
        for p, who, prof, t in MORE_OPINION)
    latest = COLS[0]
    TOPICS = " ".join(f'<li><a class="keyword-list__link" href="{O}{h}" data-link-name="keyword: {t}">{t}</a></li>'
                      for t, h in [("Climate crisis", "/environment/climate-crisis"), ("European Union", "/world/eu"),
                                   ("Energy", "/business/energy-industry"), ("Nordic countries", "/world/nordic")])
    nav = " ".join(f'<li class="pillar-list__item"><a class="pillar-link" href="{O}{h}" data-link-name="nav3 : primary : {t}">{t}</a></li>' for t, h in NAV)
    subnav = " ".join(f'<li class="subnav__item"><a class="subnav-link" href="{h}">{t}</a></li>' for t, h in SUBNAV)
    ld = {"@context": "https://schema.org", "@type": "Organization", "name": "The Guardian", "url": f"{O}/",
          "logo": {"@type": "ImageObject", "url": f"{O}/static/frontend/logos/guardian.png", "width": 300, "height": 60},
          "sameAs": ["https://www.facebook.com/theguardian", "https://twitter.com/guardian"]}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Opinion", "item": f"{O}/uk/commentisfree"},
        {"@type": "ListItem", "position": 2, "name": AUTHOR, "item": f"{O}{PAGE}"}]}
    return f"""<!DOCTYPE html>
<html lang="en" data-page-path="{PAGE[1:]}">
<head>
	<meta charset="utf-8">
	<title>{AUTHOR} | The Guardian</title>
	<meta name="description" content="Latest articles and columns by {AUTHOR}, a Guardian columnist covering Europe and the climate">
	<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
	<link rel="canonical" href="{O}{page_url(n)}">
	<meta property="og:url" content="{O}{PAGE}">
	<meta property="og:title" content="{AUTHOR} | The Guardian">
	<meta property="og:type" content="profile">
	<meta name="twitter:site" content="@guardian">
	<link rel="alternate" type="application/rss+xml" href="{O}/international/rss.xml" title="The Guardian">
	<link rel="alternate" type="application/rss+xml" href="{O}{FEED}" title="{AUTHOR} | The Guardian">
	<link rel="apple-touch-icon" sizes="152x152" href="{O}/static/frontend/icons/homescreen/apple-touch-icon-152.png">
	<script type="application/ld+json">{json.dumps(ld)}</script>
	<script type="application/ld+json">{json.dumps(crumbs)}</script>
	<script>window.guardian = {{"config": {{"page": {{"pageId": "{PAGE[1:]}", "section": "commentisfree", "contentType": "Tag", "isFront": true, "pageNumber": {n}}}}}}};</script>
</head>
<body id="top" class="has-page-skin has-localnav">
	<a class="u-h skip" href="#maincontent" data-link-name="skip : main content">Skip to main content</a>
	<div class="new-header__top-bar">
		<a class="top-bar__item" href="https://support.theguardian.example/contribute?INTCMP=header_support_contribute&amp;acquisitionData=%7B%22source%22%3A%22GUARDIAN_WEB%22%7D">Support us</a>
		<a class="top-bar__item" href="https://profile.theguardian.example/signin?INTCMP=DOTCOM_NEWHEADER_SIGNIN&amp;returnUrl={O}{PAGE}" data-link-name="nav3 : topbar : signin">Sign in</a>
		<a class="top-bar__item" href="{O}/email-newsletters?INTCMP=header_newsletters">Newsletters</a>
		<a class="top-bar__item" href="{O}/help/contact-us">Contact us</a>
	</div>
	<header class="new-header" role="banner">
		<a class="new-header__logo" href="{O}/uk" data-link-name="nav3 : logo"><span class="u-h">The Guardian - Back to home</span></a>
		<nav class="pillars" aria-label="Guardian sections"><ul class="pillars__list">{nav}</ul></nav>
		<nav class="subnav" aria-label="Opinion sub-sections"><ul class="subnav__list">{subnav}</ul></nav>
	</header>
	<div class="ad-slot ad-slot--top-above-nav" data-link-name="ad slot top-above-nav"><a href="https://ads.example-network.com/click?slot=top-above-nav&amp;cr=771203" rel="nofollow sponsored"><img alt="Advertisement" src="https://ads.example-network.com/creative/771203.jpg"></a></div>
	<main id="maincontent" role="main" class="index-page" data-link-name="Tag - {PAGE[1:]}">
		<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list"><li><a href="/uk/commentisfree" data-link-name="breadcrumb : Opinion">Opinion</a></li><li><a href="/index/contributors" data-link-name="breadcrumb : Contributors">Contributors</a></li><li aria-current="location">{AUTHOR}</li></ol></nav>
		<div class="index-page-header">
			<div class="index-page-header__byline-img"><img src="https://i.guim.example/img/uploads/2021/10/tomas-lindqvist.png" alt="{AUTHOR}"></div>
			<h1 class="index-page-header__title">{AUTHOR}</h1>
			<div class="index-page-header__description"><p>{AUTHOR} is a Guardian columnist writing on Europe, the climate and the politics of energy. He was previously Brussels correspondent for <a href="https://www.dn.example/">Dagens Nyheter</a>.</p></div>
			<ul class="index-page-header__keywords" aria-label="Topics">{TOPICS}</ul>
			<ul class="index-page-header__social"><li><a href="https://twitter.com/tlindqvist" data-link-name="twitter">@tlindqvist</a></li><li><a href="https://www.threads.net/@tlindqvist">Threads</a></li></ul>
		</div>
{''.join(containers)}
		{pager}
		<section class="fc-container fc-container--story-package" aria-label="More from Opinion">
			<div class="fc-container__inner">
				<header class="fc-container__header"><h2 class="fc-container__header__title"><a href="{O}/uk/commentisfree" data-link-name="section heading">More from Opinion</a></h2></header>
				<ul class="u-unstyled l-row fc-slice">
{more_op}
				</ul>
			</div>
		</section>
		<section class="dcr-5xi3wu" data-link-name="most-viewed-by-section">
			<h2 class="dcr-1ngfcet">Most viewed</h2>
			<div class="dcr-a1mcbj" role="tablist"><button class="dcr-1f0dm8x" role="tab" aria-selected="true">Across The Guardian</button><button class="dcr-1f0dm8x" role="tab" aria-selected="false">In Opinion</button></div>
			<ol class="dcr-1x9fk2q" data-link-name="tab 1 Across The Guardian">
{most}
			</ol>
		</section>
		<aside class="email-signup js-email-sub" data-link-name="newsletter signup: Tomas Lindqvist">
			<h3 class="email-signup__title">Get {AUTHOR}'s column in your inbox</h3>
			<p>Every Friday. <a href="/commentisfree/{latest['date'].year}/{MONTHS[latest['date'].month - 1]}/{latest['date'].day:02d}/{latest['path'].rsplit('/', 1)[1]}?CMP=opinion_newsletter_promo">Read this week's</a> first.</p>
			<form class="email-signup__form" action="{O}/email/form/plaintone/6021" method="post"><input type="email" name="email" aria-label="Email address"><button type="submit">Sign up</button></form>
		</aside>
		<section class="fc-container fc-container--paid-content" aria-label="Paid content">
			<div class="fc-container__header"><h2><a href="{O}/guardian-labs">Paid content</a></h2> <span class="paid-content-badge">Paid for by Nordhavn Bank</span></div>
			<ul class="u-unstyled"><li><div class="fc-item fc-item--paid-content"><a class="u-faux-block-link__overlay" href="{O}/the-future-of-money/2024/jan/02/how-households-can-invest-in-the-energy-transition" tabindex="-1" aria-hidden="true"></a><h3 class="fc-item__title"><a class="fc-item__link" href="{O}/the-future-of-money/2024/jan/02/how-households-can-invest-in-the-energy-transition"><span class="fc-item__headline">How households can invest in the energy transition</span></a></h3></div></li>
			<li><div class="fc-item fc-item--paid-content"><h3 class="fc-item__title"><a class="fc-item__link" href="https://ads.example-network.com/click?cid=5521&amp;dest=nordhavn">Nordhavn green savings: 4.1% AER</a></h3></div></li></ul>
		</section>
	</main>
	<footer class="l-footer" role="contentinfo">
		<ul class="colophon__list">
			<li><a href="{O}/about" data-link-name="about">About us</a></li>
			<li><a href="{O}/help/contact-us">Contact us</a></li>
			<li><a href="{O}/info/complaints-and-corrections">Complaints &amp; corrections</a></li>
			<li><a href="{O}/info/privacy">Privacy policy</a></li>
			<li><a href="{O}/info/cookies">Cookie policy</a></li>
			<li><a href="{O}/help/terms-of-service">Terms &amp; conditions</a></li>
			<li><a href="{O}/email-newsletters?INTCMP=DOTCOM_FOOTER_NEWSLETTER_UK">All newsletters</a></li>
			<li><a href="https://jobs.theguardian.example/?INTCMP=jobs_uk_web_newheader_dropdown">Search jobs</a></li>
			<li><a href="https://support.theguardian.example/subscribe?INTCMP=footer_subscribe">Subscribe</a></li>
		</ul>
		<div class="really-serious-copyright">&copy; 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</div>
	</footer>
</body>
</html>
"""


def rss(title: str, link: str, items: list[tuple[str, str, dt.date, str, str]]) -> str:
    body = "".join(f"""
    <item>
      <title>{e(t)}</title>
      <link>{O}{p}</link>
      <description>{e(dek)}</description>
      <category domain="{O}/profile/tomas-lindqvist">{e(a)}</category>
      <pubDate>{d:%a, %d %b %Y} 06:00:12 GMT</pubDate>
      <guid>{O}{p}</guid>
      <dc:creator>{e(a)}</dc:creator>
      <dc:date>{d}T06:00:12Z</dc:date>
    </item>""" for t, p, d, a, dek in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
  <channel>
    <title>{e(title)}</title>
    <link>{O}{link}</link>
    <description>Latest news, sport, business, comment, analysis and reviews from the Guardian</description>
    <language>en-gb</language>
    <copyright>Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. 2024</copyright>
    <pubDate>Fri, 05 Jan 2024 09:41:20 GMT</pubDate>
    <dc:date>2024-01-05T09:41:20Z</dc:date>
    <dc:language>en-gb</dc:language>{body}
  </channel>
</rss>
"""


def write(rel: str, text: str) -> None:
    path = OUT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for n in range(1, len(PAGES) + 1):
        write("profile/tomas-lindqvist.html" if n == 1 else f"profile/tomas-lindqvist@page={n}.html", document(n))
    write(FEED[1:], rss(f"{AUTHOR} | The Guardian", PAGE,
                        [(c["title"], c["path"], c["date"], AUTHOR, c["dek"]) for c in COLS]))
    site = [(t, p, dt.date(2024, 1, 5), "Guardian staff", t) for p, t in MOST_VIEWED]
    site.insert(2, (COLS[0]["title"], COLS[0]["path"], COLS[0]["date"], AUTHOR, COLS[0]["dek"]))
    site += [(t, p, dt.date(2024, 1, 4), who, t) for p, who, prof, t in MORE_OPINION]
    write("international/rss.xml", rss("The Guardian", "/international", site))
    truth = {
        "template": NAME,
        "description": ("A Guardian-style contributor profile: fc-item cards with an empty overlay anchor plus a "
                        "kicker/headline heading link, month-grouped containers, a numbered ?page=N pager with no "
                        "'next' link (current page aria-current), a hashed-class 'Most viewed' rail and other "
                        "writers' /commentisfree/ pieces inside <main>; it advertises a site-wide feed and the "
                        "columnist's own feed, which also carries older columns beyond page 3."),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [c["path"] for c in COLS],
        "feed_only": [c["path"] for c in FEED_ONLY],
    }
    write("truth.json", json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
