"""Generate the h7-medium-publication discovery fixture (stdlib only, deterministic)."""
import hashlib
import json
from pathlib import Path

NAME = "h7-medium-publication"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/tagged/opinion"

WRITERS = [("Dana Whitfield", "danawhitfield"), ("Marcus Oyelaran", "moyelaran"),
           ("Priya Raman", "priyaraman"), ("Tom Keogh", "tkeogh"), ("Elena Sorokina", "esorokina")]
TITLES = [
    "The Four-Day Week Is Not a Perk. It’s a Correction.",
    "Stop Calling It Quiet Quitting",
    "Why Every City Should Make Its Buses Free",
    "I Was Wrong About Remote Work, and So Were You",
    "The Loneliness Economy Has a Business Model",
    "Democracy Dies in Group Chats",
    "We Don’t Need Another Productivity App",
    "Tipping Culture Has Gone Too Far — Here’s How We Fix It",
    "In Defense of Boring Politicians",
    "Nobody Reads the Terms of Service. That’s the Point.",
    "Your Landlord Is an Algorithm Now",
    "Fast Fashion, Slow Reckoning",
    "The Case Against Smart Everything",
    "What the Suburbs Got Right",
    "Billionaire Philanthropy Is Still Just Power",
    "AI Won’t Take Your Job. Your Boss Will.",
    "Schools Need Fewer Screens, Not More",
    "On Being Tired",
    "The Myth of the Self-Made Founder",
    "Why I Stopped Arguing With Strangers Online",
    "Public Libraries Are the Last Free Place",
    "Climate Doom Is a Luxury Belief",
    "Let Kids Be Bored",
    "The Gig Economy Was Always a Loan",
    "Airports Are a Moral Failure",
    "Cancel the Commute",
    "Housing Is a Human Right. Act Like It.",
    "Nostalgia Is Ruining Pop Culture",
    "Sports Betting Ads Should Be Banned",
    "The Quiet Death of the Local Newspaper",
]
SUBS = [
    "A modest proposal for a less exhausted workforce.",
    "The language we use shapes how we treat workers.",
    "It pays for itself, and the numbers prove it.",
    "Three years in, it is time to be honest.",
]
STAFF = [
    ("How I Paid Off $60,000 in Student Debt in Three Years", "Lena Park", "lenapark"),
    ("The Science of Why We Procrastinate", "Dr. Aaron Bell", "aaronbell"),
    ("A Field Guide to Urban Birds", "Sam Ortiz", "samortiz"),
    ("Letter to the Editor: You Got the Transit Story Wrong", "Reader Mail", "thecommons-letters"),
]
UNLABELLED = [
    "Senate Passes Stopgap Funding Bill Hours Before Deadline",
    "Heat Wave Breaks Records Across the Midwest",
    "Tech Layoffs Continue Into the Third Quarter",
    "City Council Approves New Bike Lane Network",
]
SPONSORED = "Build a Second Brain With Better Notes (Sponsored)"
TOP = [("Dana Whitfield", "danawhitfield"), ("Lena Park", "lenapark"), ("Omar Haddad", "omarhaddad"), ("Jess Lin", "jesslin")]
RECO = [
    ("https://medium.com/@kbrandt/the-attention-recession-9c2e1d7a4b88", "The Attention Recession", "Kai Brandt"),
    ("https://medium.com/better-humans/sleep-is-a-skill-1a2b3c4d5e6f", "Sleep Is a Skill", "Better Humans"),
    ("https://medium.com/@marianoor/why-we-cant-stop-doomscrolling-7f6e5d4c3b2a", "Why We Can’t Stop Doomscrolling", "Maria Noor"),
]

def slug(t):
    out, prev = [], ""
    for ch in t.lower().replace("’", ""):
        if ch.isascii() and ch.isalnum():
            out.append(ch); prev = ch
        elif prev != "-":
            out.append("-"); prev = "-"
    return "".join(out).strip("-")

def pid(t):
    return hashlib.md5(t.encode()).hexdigest()[:12]

def path(t):
    return f"/{slug(t)}-{pid(t)}"

COLS = [path(t) for t in TITLES]
PER = 10
SRC = "?source=collection_tagged---------{n}----------------------------"

def date(i):
    months = ["Jan", "Feb", "Mar", "Apr"]
    day = 28 - (i * 3) % 27
    return f"{months[3 - i // 8]} {day}"

def head(page):
    canon = PAGE if page == 1 else f"{PAGE}?page={page}"
    ld = {"@context": "http://schema.org", "@type": "CollectionPage", "name": "Opinion – The Commons",
          "url": "{{origin}}" + canon,
          "publisher": {"@type": "Organization", "name": "The Commons", "url": "{{origin}}/",
                        "logo": {"@type": "ImageObject", "url": "https://miro.medium.com/v2/resize:fit:152/1*commons.png"}}}
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Opinion – The Commons</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta name="description" content="Read stories about Opinion on The Commons, a Medium publication about how we live together.">
<link rel="canonical" href="{{{{origin}}}}{canon}">
<meta property="og:site_name" content="The Commons">
<meta name="twitter:app:url:iphone" content="medium://the-commons/tagged/opinion">
<link rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml">
<link rel="icon" href="https://miro.medium.com/v2/1*commons-icon.png">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style>.ab{{display:flex}}.bf{{max-width:680px}}.ng{{font-weight:700}}</style>
</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o p q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/?source=post_page---top_nav_layout_nav----------------------------------" aria-label="Homepage">Medium</a>
<div class="ab cn"><a class="af ag ah ai" href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fthecommons.example%2Ftagged%2Fopinion&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------">Sign up</a>
<a class="af ag ah ai" href="https://medium.com/m/signin?operation=login&amp;redirect=https%3A%2F%2Fthecommons.example%2Ftagged%2Fopinion&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------">Sign in</a></div></div>
<header class="ab co cp cq"><a class="cr cs" href="/"><img alt="The Commons" class="ct cu" src="https://miro.medium.com/v2/resize:fit:320/1*commons-logo.png" width="160" height="40"></a>
<nav class="ab cv cw" aria-label="Publication">
<a class="cx cy cz" href="/">Home</a>
<a class="cx cy cz" href="/tagged/politics">Politics</a>
<a class="cx cy cz" href="/tagged/work">Work</a>
<a class="cx cy cz da" href="/tagged/opinion" aria-current="page">Opinion</a>
<a class="cx cy cz" href="/tagged/culture">Culture</a>
<a class="cx cy cz" href="/tagged/cities">Cities</a>
<a class="cx cy cz" href="/archive">More</a>
<a class="cx cy cz" href="/about">About</a>
<a class="cx cy cz" href="/submit-to-the-commons-8e1f0a2b3c4d">Write for us</a>
</nav>
<div class="ab db"><a class="dc dd de" href="/subscribe?source=publication_header">Get our newsletter</a>
<button class="df dg" data-action="toggle-follow-collection">Follow</button></div></header>
<div class="dh di"><a class="dj" href="/">The Commons</a> <span class="dk">›</span> <span class="dl">Opinion</span></div>
<div class="dm dn do"><main class="dp dq"><h1 class="dr ds dt">Opinion</h1>
<p class="du dv">Arguments, provocations and second thoughts from our writers.</p>
<div class="dw dx" aria-label="Related tags"><a class="dy dz" href="/tagged/politics">Politics</a><a class="dy dz" href="/tagged/society">Society</a><a class="dy dz" href="/tagged/economics">Economics</a><a class="dy dz" href="https://medium.com/tag/opinion">Opinion on Medium</a></div>
"""

def card(i, n, hero=False):
    t = TITLES[i]
    p = COLS[i]
    h = pid(t)
    name, handle = WRITERS[(i * 2) % len(WRITERS)]
    src = SRC.format(n=n)
    hl = p + src if i % 3 else "{{origin}}" + p + src
    claps = (i * 37) % 900 + 12
    resp = (i * 5) % 30
    member = '<span class="ng nh" aria-label="Member-only story">★</span>' if i % 4 == 1 else ""
    img = ""
    if i % 2 == 0 or hero:
        img = f'<a class="af ag ah ai aj" href="{p}{src}" tabindex="-1"><img class="ou ov" src="https://miro.medium.com/v2/resize:fill:{320 if not hero else 1000}:214/1*{h}.jpeg" alt="" loading="lazy"></a>'
    if hero:
        return f"""<section class="ew ex ey" data-post-id="{h}">
<div class="fa fb">{img}</div>
<a class="af ag ah ai aj" href="{hl}"><h2 class="fc fd ng">{t}</h2><h3 class="fe ff">{SUBS[i % 4]}</h3></a>
<div class="ab fg"><a class="fh fi" href="/@{handle}?source=collection_tagged---------{n}----------------------------">{name}</a> <span class="fj">in</span> <a class="fh fi" href="/">The Commons</a>
<span class="fk">· {date(i)}</span> {member}</div>
</section>
<div class="fl fm"><hr class="fn"></div>
"""
    resp_link = f'<a class="ph pi" href="{p}?responsesOpen=true&amp;sortBy=REVERSE_CHRON&amp;source=collection_tagged---------{n}----------------------------" aria-label="responses">{resp}</a>' if resp else ""
    return f"""<div class="postArticle ab ca cb" data-post-id="{h}" data-source="collection_tagged---------{n}----------------------------">
 <div class="cc cd">
  <div class="ab ce"><a class="cf cg" href="/@{handle}?source=collection_tagged---------{n}----------------------------"><img class="ch ci" src="https://miro.medium.com/v2/resize:fill:40:40/1*{handle}.jpeg" alt="{name}" width="20" height="20"></a>
  <a class="cj ck" href="/@{handle}?source=collection_tagged---------{n}----------------------------"><p class="be b ck z">{name}</p></a></div>
  <a class="af ag ah ai aj" href="{hl}"><h2 class="be oz pa ng pb">{t}</h2><h3 class="be b pc pd pe">{SUBS[i % 4]}</h3></a>
  <div class="ab pf"><span class="pg">{member} {date(i)}</span> <span class="pg">{claps}</span> {resp_link}
  <a class="pj" href="https://medium.com/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fbookmark%2Fp%2F{h}&amp;operation=register&amp;source=collection_tagged-----{h}---------------------bookmark_preview" aria-label="Save">Save</a></div>
 </div>
 <div class="pk pl">{img}</div>
</div>
"""

def rails():
    staff = "\n".join(
        f'<li class="qa qb"><a class="qc qd" href="/@{h}?source=read_next_recirc">{a}</a><a class="af ag ah" href="{path(t)}?source=read_next_recirc-----{pid(t)}----0---------------------"><h4 class="qe qf">{t}</h4></a></li>'
        for t, a, h in STAFF)
    top = "\n".join(
        f'<li class="qg"><a class="qh" href="/@{h}"><img src="https://miro.medium.com/v2/resize:fill:32:32/1*{h}.jpeg" alt=""></a><a class="qh qi" href="/@{h}">{n}</a><button class="qj">Follow</button></li>'
        for n, h in TOP)
    unl = "\n".join(
        f'<div class="rk rl"><span class="rm">0{k+1}</span><a class="rn ro" href="{path(t)}?source=collection_home---4------{k}-----------------------"><h4 class="rp">{t}</h4></a></div>'
        for k, t in enumerate(UNLABELLED))
    reco = "\n".join(
        f'<article class="sa sb"><a class="sc" href="{u}?source=read_next_recirc-----" rel="noopener follow"><h3 class="sd">{t}</h3></a><a class="se" href="https://medium.com/@{b.lower().replace(" ", "")}">{b}</a></article>'
        for u, t, b in RECO)
    return f"""<aside class="ra rb"><div class="rc rd">
<section class="re rf"><h2 class="rg">Staff picks</h2><ul class="rh">
{staff}
</ul><a class="ri" href="/tagged/staff-picks">See the full list</a></section>
<div class="rj">
{unl}
</div>
<section class="re rf"><div class="sp"><span class="sq">Sponsored</span> · In partnership with Notely</div><a class="af ag ah" href="{path(SPONSORED)}?source=partner_module"><h4 class="qe">{SPONSORED}</h4></a></section>
<section class="re rf"><h2 class="rg">Top writers</h2><ul class="rh">
{top}
</ul></section>
<section class="re rf"><h2 class="rg">Never miss a story</h2><p>Get The Commons in your inbox every Sunday.</p><a class="sr ss" href="/subscribe?source=sidebar">Subscribe</a> <a class="sr" href="https://medium.com/membership?source=collection_sidebar">Become a member</a></section>
</div></aside></div>
<section class="sf sg"><h2 class="sh">Recommended from Medium</h2><div class="si sj">
{reco}
</div><a class="sk" href="https://medium.com/?source=read_next_recirc">See more recommendations</a></section>
<footer class="tf tg"><a href="https://help.medium.com/hc/en-us?source=publication_footer">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="/about">About</a> <a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a> <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a> <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a> <a href="https://speechify.com/medium?source=post_page">Text to speech</a></footer>
</div></div></div>
<script>window.__APOLLO_STATE__ = {{"ROOT_QUERY":{{"collectionByDomainOrSlug({{\\"domainOrSlug\\":\\"thecommons.example\\"}})":{{"__ref":"Collection:8e1f0a2b3c4d"}}}}}};</script>
</body></html>
"""

def more(page):
    if page < 3:
        return f'<div class="ua ub"><a class="uc ud ue" href="/tagged/opinion?page={page+1}" data-action="load-more">Load more</a></div>\n</main>'
    return '<div class="ua ub"><p class="uf">You’ve reached the end.</p></div>\n</main>'

def build():
    (OUT / "tagged").mkdir(parents=True, exist_ok=True)
    for page in (1, 2, 3):
        html = [head(page), '<div class="ea eb">']
        for k, i in enumerate(range((page - 1) * PER, page * PER)):
            html.append(card(i, i, hero=(page == 1 and k == 0)))
        html.append("</div>")
        html.append(more(page))
        html.append(rails())
        name = "opinion.html" if page == 1 else f"opinion@page={page}.html"
        (OUT / "tagged" / name).write_text("\n".join(html), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "Medium publication on a custom domain, tag page /tagged/opinion: stories at root-level slug-<12 hex> by several writers in cards with hashed atomic classes and ?source= on every link; staff picks, an unlabelled trending list and a sponsored story share the same URL shape; 'Load more' ?page=N.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": 3,
        "columns": COLS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

build()
