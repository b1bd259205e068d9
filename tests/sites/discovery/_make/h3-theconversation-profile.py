"""Generate the h3-theconversation-profile discovery fixture (stdlib only, deterministic).

An academic news site (The Conversation style, Rails app): an author profile's
"Articles" tab, `/profiles/jane-mwangi-123456/articles`, 10 articles a page with a
kaminari-like numbered pager ("Next ›", "Last »", `?page=N`) and rel=next/prev in the
head.  Articles live at the site root, `/<slug>-<6-digit id>`; the unlabelled most-read
rail uses the very same shape and repeats on every page, each card has a
`/<slug>-<id>/republish` link, and the author's Atom feed is advertised.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from pathlib import Path

NAME = "h3-theconversation-profile"
OUT = Path(__file__).resolve().parent.parent / NAME
PROFILE = "/profiles/jane-mwangi-123456"
PAGE = PROFILE + "/articles"
AUTHOR = "Jane Mwangi"
INST = ("University of Nairobi", "/institutions/university-of-nairobi-1234")

COAUTHORS = {
    1: ("Peter Otieno", "/profiles/peter-otieno-654321", "Kenyatta University",
        "/institutions/kenyatta-university-2210"),
    6: ("Amina Hassan", "/profiles/amina-hassan-987012", "Pwani University",
        "/institutions/pwani-university-5121"),
    13: ("Peter Otieno", "/profiles/peter-otieno-654321", "Kenyatta University",
         "/institutions/kenyatta-university-2210"),
    19: ("Lars Eriksson", "/profiles/lars-eriksson-440918", "Stockholm University",
         "/institutions/stockholm-university-983"),
}

# (title, standfirst)
ARTICLES = [
    ("Kenya's drought is breaking records – here's what the science says about what comes next",
     "Five failed rainy seasons in a row have pushed millions into hunger. Climate models suggest the pattern is not a fluke."),
    ("Carbon credits from African forests: who really benefits?",
     "Communities living next to offset projects often see little of the money. A study of three Kenyan schemes shows why."),
    ("El Niño is back. Five things East African farmers should know",
     "The weather pattern usually brings heavy rain to the region – and with it both opportunity and danger."),
    ("Nairobi's rivers are choking on plastic – a clean-up plan that could work",
     "Local waste pickers already recover a third of the city's plastic. Recognising them is the first step."),
    ("COP28 is weeks away: what Africa wants from the loss and damage fund",
     "The fund was agreed in principle in Egypt last year. Making it work for the countries that need it most is harder."),
    ("Locusts, again",
     "Swarms are forming in the Horn of Africa for the second time in four years. Warmer seas are part of the story."),
    ("Mangroves store huge amounts of carbon. Kenya's coast shows how to protect them",
     "A community project in Gazi Bay has been selling mangrove carbon credits for a decade."),
    ("Africa's first climate summit: what was agreed, and what wasn't",
     "The Nairobi Declaration sets out an ambitious vision. Financing it is another matter."),
    ("Drought-tolerant maize: what a 20-year experiment in Kenya tells us",
     "New varieties help in dry years, but they are not a substitute for better soils and water."),
    ("Climate finance explained",
     "Who pays, who receives and why the US$100 billion promise still matters."),
    ("Lake Victoria is rising – and scientists are still working out why",
     "Water levels have reached highs not seen since the 1960s, displacing thousands along the shore."),
    ("Solar mini-grids are lighting up rural Kenya. But who pays to maintain them?",
     "Donor-funded systems often fall into disrepair within five years. Pay-as-you-go models are doing better."),
    ("How heatwaves are changing life in East Africa's informal settlements",
     "Tin roofs, crowded rooms and no shade: we measured indoor temperatures in Kibera and Mathare."),
    ("The hidden cost of charcoal",
     "Most urban households in East Africa still cook with it. The toll on forests and lungs is rarely counted."),
    ("Pastoralists are adapting to climate change faster than policy is",
     "Herders in northern Kenya are changing routes, breeds and livelihoods. Governments are struggling to keep up."),
    ("Mount Kenya's glaciers could vanish within a decade",
     "Eleven of the 18 glaciers recorded a century ago are already gone."),
    ("What a warmer Indian Ocean means for East Africa's rainy seasons",
     "A little-known climate driver, the Indian Ocean Dipole, is becoming more extreme."),
    ("Green hydrogen in Kenya: hype or opportunity?",
     "Abundant geothermal power makes the country an attractive producer. Water is the catch."),
    ("Floods in East Africa: why the rains are getting more extreme",
     "Warmer air holds more moisture, and the region's long rains are arriving in shorter, heavier bursts."),
    ("Tree-planting drives often fail. Here's how to make them count",
     "Planting the wrong species in the wrong place can do more harm than good."),
    ("Cities and heat",
     "Africa's cities are growing fast. Designing them for a hotter future has to start now."),
    ("Climate change is making malaria move uphill in Kenya",
     "Highland communities that never needed bed nets are now seeing cases every rainy season."),
    ("Kenya banned plastic bags in 2017 – did it work?",
     "The ban is one of the world's toughest. Five years on, the evidence is mixed."),
    ("How indigenous weather forecasting can complement the science",
     "Elders in western Kenya read birds, trees and winds. Meteorologists are starting to listen."),
    ("Geothermal power has made Kenya a renewable energy leader",
     "Nearly half the country's electricity comes from the heat under the Rift Valley."),
    ("Soil carbon: the climate solution beneath our feet",
     "Farming practices that build soil organic matter could store carbon and raise yields."),
]
PER_PAGE = [10, 10, 6]

# ids newest first, irregular gaps; dates newest first
_IDS, _DATES = [], []
_id, _d = 218734, dt.datetime(2024, 1, 4, 13, 42, 11)
for _n in range(len(ARTICLES)):
    _IDS.append(_id)
    _DATES.append(_d)
    _id -= 1150 + (_n * 2713) % 2900
    _d -= dt.timedelta(days=9 + (_n * 5) % 17, hours=(_n * 7) % 11, minutes=(_n * 13) % 50)


def slugify(text: str) -> str:
    text = text.replace("'", "").replace("’", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("us$", "us")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def art_path(i: int) -> str:
    return f"/{slugify(ARTICLES[i][0])}-{_IDS[i]}"


def pretty(d: dt.datetime) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


e = html.escape

MOST_READ = [
    ("/the-ozempic-effect-why-weight-loss-drugs-are-reshaping-the-food-industry-219001",
     "The Ozempic effect: why weight-loss drugs are reshaping the food industry",
     "Kathryn Bates, University of Leeds"),
    ("/south-africas-case-against-israel-at-the-icj-a-legal-expert-explains-what-happens-next-219044",
     "South Africa's case against Israel at the ICJ: a legal expert explains what happens next",
     "Tshepo Molefe, University of the Witwatersrand"),
    ("/why-do-we-dream-neuroscientists-have-some-new-answers-218870",
     "Why do we dream? Neuroscientists have some new answers",
     "Marta Oliveira, University of Lisbon"),
    ("/nigerias-naira-has-lost-half-its-value-what-went-wrong-218955",
     "Nigeria's naira has lost half its value – what went wrong",
     "Adebayo Okonjo, University of Lagos"),
    ("/five-books-that-explain-modern-africa-218612",
     "Five books that explain modern Africa",
     "Grace Achieng, Maseno University"),
]
EDITORS_PICKS = [
    ("/ghanas-cocoa-farmers-are-quitting-heres-why-218801",
     "Ghana's cocoa farmers are quitting – here's why"),
    ("/the-great-green-wall-is-a-decade-behind-schedule-can-it-still-work-218644",
     "The Great Green Wall is a decade behind schedule. Can it still work?"),
    ("/ai-could-help-african-languages-survive-online-218920",
     "AI could help African languages survive online"),
]
TOPICS = [
    ("Climate change", "/topics/climate-change-27"),
    ("Drought", "/topics/drought-2034"),
    ("Kenya", "/topics/kenya-1356"),
    ("El Niño", "/topics/el-nino-6432"),
    ("COP28", "/topics/cop28-141234"),
    ("Carbon credits", "/topics/carbon-credits-8871"),
]
COLLEAGUES = [
    ("David Kiprop", "/profiles/david-kiprop-332190", "Lecturer in Hydrology",
     "/what-kenyas-new-water-act-means-for-smallholder-farmers-218690",
     "What Kenya's new water act means for smallholder farmers"),
    ("Wanjiru Kamau", "/profiles/wanjiru-kamau-120777", "Professor of Public Health",
     "/kenyas-community-health-workers-are-the-backbone-of-primary-care-218512",
     "Kenya's community health workers are the backbone of primary care"),
    ("Samuel Njoroge", "/profiles/samuel-njoroge-501234", "Senior Lecturer in Economics", None, None),
]


def ld() -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "url": "{{origin}}" + PAGE,
        "mainEntity": {
            "@type": "Person",
            "name": AUTHOR,
            "jobTitle": "Senior Lecturer in Climate Science",
            "affiliation": {"@type": "CollegeOrUniversity", "name": INST[0], "url": "{{origin}}" + INST[1]},
            "url": "{{origin}}" + PROFILE,
            "sameAs": ["https://twitter.com/janemwangi_clim", "https://orcid.org/0000-0002-1825-0097"],
        },
        "publisher": {"@type": "Organization", "name": "The Conversation", "url": "{{origin}}/africa"},
    }
    return json.dumps(data, ensure_ascii=False)


def head(page: int) -> str:
    last = len(PER_PAGE)
    canon = "{{origin}}" + PAGE + ("" if page == 1 else f"?page={page}")
    rels = []
    if page > 1:
        rels.append(f'<link rel="prev" href="{{{{origin}}}}{PAGE}' + ("" if page == 2 else f"?page={page - 1}") + '">')
    if page < last:
        rels.append(f'<link rel="next" href="{{{{origin}}}}{PAGE}?page={page + 1}">')
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Jane Mwangi – The Conversation</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Articles by Jane Mwangi, Senior Lecturer in Climate Science, University of Nairobi">
<link rel="canonical" href="{canon}">
{chr(10).join(rels)}
<link rel="alternate" type="application/atom+xml" title="Jane Mwangi – The Conversation" href="{{{{origin}}}}{PAGE}.atom">
<meta property="og:site_name" content="The Conversation">
<meta property="og:type" content="profile">
<meta property="og:title" content="Jane Mwangi">
<meta property="og:image" content="https://images.theconversation.com/avatars/123456/width238/image-20230511-17-1x9fk2q.jpg">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="pX3vQm8z2yE4r7kT0aN9bH1cW6dL5fJ8sG2uV4iO0eR">
<link rel="stylesheet" media="all" href="https://cdn.theconversation.com/assets/application-8f3c1e20b7d94a5f.css">
<script type="application/ld+json">{ld()}</script>
</head>
"""


HEADER = """<body class="profiles articles edition-africa">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header id="header" class="site-header">
  <div class="top-bar">
    <a class="brand" href="/africa"><img alt="The Conversation" src="https://cdn.theconversation.com/assets/logos/theconversation-africa-logo.svg" width="196" height="40"></a>
    <p class="tagline">Academic rigour, journalistic flair</p>
    <div class="editions">
      <span>Edition:</span>
      <a href="/africa" class="current">Africa</a> <a href="/au">Australia</a> <a href="/ca">Canada</a> <a href="/uk">United Kingdom</a> <a href="/us">United States</a> <a href="https://theconversation.com/fr">France</a>
    </div>
    <div class="user-links">
      <a class="donate" href="/africa/donate?utm_source=theconversation.com&amp;utm_medium=website&amp;utm_campaign=header">Donate</a>
      <a class="newsletter" href="/africa/newsletters/the-daily-3">Get newsletter</a>
      <a class="sign-in" href="/sign_in">Sign in</a>
      <a class="become-author" href="/become-an-author">Become an author</a>
      <form class="search" action="/africa/search" method="get"><input type="search" name="q" placeholder="Search analysis, research, academics…"><button type="submit">Search</button></form>
    </div>
  </div>
  <nav class="sections" aria-label="Sections">
    <ul>
      <li><a href="/africa">Home</a></li>
      <li><a href="/africa/arts">Arts</a></li>
      <li><a href="/africa/business">Business + Economy</a></li>
      <li><a href="/africa/education">Education</a></li>
      <li><a href="/africa/environment">Environment</a></li>
      <li><a href="/africa/health">Health</a></li>
      <li><a href="/africa/politics">Politics + Society</a></li>
      <li><a href="/africa/technology">Science + Technology</a></li>
      <li><a href="/africa/en-francais">En français</a></li>
      <li class="more"><a href="/africa/world">More</a></li>
    </ul>
  </nav>
</header>
"""


def profile_header() -> str:
    topics = " ".join(f'<li><a href="{p}">{e(t)}</a></li>' for t, p in TOPICS)
    star = art_path(2)
    return f"""<div id="main-content" class="content-wrapper" role="main">
<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
  <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/africa"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
  <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/africa/experts"><span itemprop="name">Experts</span></a><meta itemprop="position" content="2"></li>
  <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{PROFILE}"><span itemprop="name">Jane Mwangi</span></a><meta itemprop="position" content="3"></li>
  <li><span>Articles</span></li>
</ol>
<div class="profile-header clearfix">
  <img class="avatar" alt="Jane Mwangi" src="https://images.theconversation.com/avatars/123456/width170/image-20230511-17-1x9fk2q.jpg" width="170" height="170">
  <div class="author-details">
    <h1 class="author-name">Jane Mwangi</h1>
    <p class="role">Senior Lecturer in Climate Science, <a href="{INST[1]}">{INST[0]}</a></p>
    <div class="bio">
      <p>Jane Mwangi is a climate scientist in the Department of Earth and Climate Sciences at the University of Nairobi. Her research looks at rainfall variability over East Africa, drought early-warning systems and how smallholder farmers adapt to a changing climate.</p>
      <p>She was a lead author on the IPCC Sixth Assessment Report's Africa chapter and advises Kenya's National Drought Management Authority. Her most read piece is <a href="{star}?source=profile">{e(ARTICLES[2][0])}</a>.</p>
    </div>
    <ul class="social-links">
      <li><a class="twitter" href="https://twitter.com/janemwangi_clim">Twitter</a></li>
      <li><a class="orcid" href="https://orcid.org/0000-0002-1825-0097">ORCID</a></li>
      <li><a class="linkedin" href="https://www.linkedin.com/in/jane-mwangi-climate">LinkedIn</a></li>
    </ul>
    <a class="button contact" href="{PROFILE}/contact">Contact Jane</a>
    <a class="button follow" href="/sign_in?return_to=%2Fprofiles%2Fjane-mwangi-123456%2Ffollow">Follow</a>
  </div>
  <ul class="profile-tabs" role="tablist">
    <li><a href="{{{{origin}}}}{PROFILE}">Profile</a></li>
    <li class="active"><a href="{PAGE}" aria-selected="true">Articles</a></li>
    <li><a href="{PROFILE}/activity">Activity</a></li>
    <li><a href="{PROFILE}/comments">Comments</a></li>
  </ul>
  <div class="expertise">
    <h3>Writes about</h3>
    <ul class="topic-list">{topics}</ul>
  </div>
</div>
"""


def href(i: int) -> str:
    p = art_path(i)
    r = i % 4
    if r == 0:
        return p
    if r == 1:
        return "{{origin}}" + p
    if r == 2:
        return "../.." + p  # the page is /profiles/jane-mwangi-123456/articles
    return p


def byline(i: int) -> str:
    me = f'<a class="author" href="{PROFILE}">Jane Mwangi</a>, <a class="institution" href="{INST[1]}">{INST[0]}</a>'
    if i in COAUTHORS:
        n, pp, inst, ip = COAUTHORS[i]
        return f'{me} and <a class="author" href="{pp}">{e(n)}</a>, <a class="institution" href="{ip}">{e(inst)}</a>'
    return me


def card(i: int) -> str:
    title, stand = ARTICLES[i]
    d = _DATES[i]
    p = art_path(i)
    comments = (i * 17 + 3) % 46
    img = (f'<figure><a href="{href(i)}" tabindex="-1"><img alt="" src="https://images.theconversation.com/files/'
           f'{(_IDS[i] * 3) % 600000}/original/file-20231211-{i:02d}-k3b9pq.jpg?ixlib=rb-1.1.0&amp;rect=0%2C0%2C3000%2C2000&amp;w=300&amp;fit=clip" '
           f'width="300" height="200"></a></figure>') if i % 3 != 2 else ""
    com = (f'<a class="comments" href="{p}#comments">{comments} Comments</a>' if comments
           else f'<a class="comments" href="{p}#comments">Comment</a>')
    return f"""<article class="clearfix">
  <div class="article--header">
    <header>
      <h2><a href="{href(i)}">{e(title)}</a></h2>
      <div class="byline">
        <p class="byline">{byline(i)}</p>
        <time datetime="{d.isoformat()}Z">{pretty(d)}</time>
      </div>
    </header>
  </div>
  <div class="content">
    {img}
    <span>{e(stand)}</span>
  </div>
  <footer class="article--footer">
    {com}
    <a class="republish" href="{p}/republish" rel="nofollow">Republish</a>
  </footer>
</article>
"""


def pager(page: int) -> str:
    last = len(PER_PAGE)

    def url(n: int) -> str:
        return PAGE if n == 1 else f"{PAGE}?page={n}"

    parts = ['<nav class="pagination" role="navigation" aria-label="pager">']
    if page > 1:
        parts.append(f'  <span class="first"><a href="{url(1)}">« First</a></span>')
        parts.append(f'  <span class="prev"><a rel="prev" href="{url(page - 1)}">‹ Prev</a></span>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'  <span class="page current">{n}</span>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            q = url(n) if n == 1 else f"?page={n}"
            parts.append(f'  <span class="page"><a{rel} href="{q}">{n}</a></span>')
    if page < last:
        parts.append(f'  <span class="next"><a rel="next" href="{url(page + 1)}">Next ›</a></span>')
        parts.append(f'  <span class="last"><a href="{url(last)}">Last »</a></span>')
    parts.append("</nav>")
    return "\n".join(parts) + "\n"


def sidebar() -> str:
    mr = "\n".join(
        f'      <li><a href="{p}"><span class="b4x2-title">{e(t)}</span></a><span class="b4x2-by">{e(a)}</span></li>'
        for p, t, a in MOST_READ
    )
    ep = "\n".join(
        f'      <li><a href="{{{{origin}}}}{p}">{e(t)}</a></li>' for p, t in EDITORS_PICKS
    )
    ep += (f'\n      <li><a href="{art_path(0)}?utm_source=theconversation.com&amp;utm_medium=website&amp;utm_campaign=editors_picks">'
           f'{e(ARTICLES[0][0])}</a></li>')
    col = []
    for n, pp, role, ap, at in COLLEAGUES:
        item = f'      <li><a class="author" href="{pp}">{e(n)}</a> <span class="role">{e(role)}</span>'
        if ap:
            item += f'<br><a class="latest" href="{ap}">{e(at)}</a>'
        col.append(item + "</li>")
    return f"""<aside class="sidebar">
  <div class="b4x2 b4x2--ranked">
    <ol>
{mr}
    </ol>
  </div>
  <section class="sidebar-module editors-picks">
    <h2>Editor's picks</h2>
    <ul>
{ep}
    </ul>
  </section>
  <section class="sidebar-module colleagues">
    <h2>More experts from <a href="{INST[1]}">{INST[0]}</a></h2>
    <ul>
{chr(10).join(col)}
    </ul>
    <a class="all" href="{INST[1]}/experts">All experts</a>
  </section>
  <section class="sidebar-module partner">
    <p class="label">Sponsored</p>
    <a class="partner-card" href="/how-digital-tools-are-transforming-african-agribusiness-219512">
      <img alt="" src="https://images.theconversation.com/files/partners/agrifin-logo.png" width="120">
      <h3>How digital tools are transforming African agribusiness</h3>
      <p>Presented by AgriFin Africa</p>
    </a>
    <a class="partner-link" href="/africa/partners/agrifin-africa">Our partners</a>
  </section>
  <section class="sidebar-module newsletter-signup">
    <h2>Get the best of The Conversation Africa, daily</h2>
    <form action="/africa/newsletters/the-daily-3/subscribe" method="post" class="newsletter-form">
      <input type="email" name="subscriber[email]" placeholder="Email address" required>
      <button type="submit">Sign up</button>
    </form>
  </section>
  <div class="ad-slot"><a href="https://ads.example-network.com/click?slot=tc-mpu&amp;cr=50771" rel="nofollow sponsored"><img src="https://ads.example-network.com/creative/50771.png" alt="Advertisement"></a></div>
  <section class="sidebar-module events">
    <h2>Events</h2>
    <ul><li><a href="/africa/events/climate-research-webinar-nairobi-2024">Climate research webinar: East Africa's rains</a></li></ul>
    <a href="/africa/jobs">Jobs</a>
  </section>
</aside>
"""


FOOTER = """</div>
<footer id="footer" class="site-footer">
  <div class="footer-links">
    <ul>
      <li><a href="/africa/who-we-are">Who we are</a></li>
      <li><a href="/africa/charter">Our charter</a></li>
      <li><a href="/africa/team">Our team</a></li>
      <li><a href="/africa/partners">Partners and funders</a></li>
      <li><a href="/africa/republishing-guidelines">Republishing guidelines</a></li>
      <li><a href="/africa/letters">Readers' letters</a></li>
      <li><a href="/africa/corrections">Corrections</a></li>
      <li><a href="/africa/contact-us">Contact us</a></li>
    </ul>
    <ul>
      <li><a href="/africa/privacy-policy">Privacy policy</a></li>
      <li><a href="/africa/terms-and-conditions">Terms and conditions</a></li>
      <li><a href="/africa/community-standards">Community standards</a></li>
      <li><a href="/africa/donate">Donate</a></li>
    </ul>
  </div>
  <ul class="social">
    <li><a href="https://twitter.com/TC_Africa">Twitter</a></li>
    <li><a href="https://www.facebook.com/ConversationAFRICA">Facebook</a></li>
    <li><a href="https://www.linkedin.com/company/the-conversation-africa">LinkedIn</a></li>
  </ul>
  <p class="copyright">Copyright © 2010–2024, The Conversation Africa, Inc.</p>
</footer>
<script src="https://cdn.theconversation.com/assets/application-2c91e0d4f7a3b815.js" defer></script>
</body>
</html>
"""


def page_html(page: int) -> str:
    start = sum(PER_PAGE[: page - 1])
    cards = "".join(card(i) for i in range(start, start + PER_PAGE[page - 1]))
    count = sum(PER_PAGE)
    return (head(page) + HEADER + profile_header()
            + '<div class="grid">\n<div class="main-column">\n'
            + f'<h2 class="section-title">Articles <span class="count">({count})</span></h2>\n'
            + f'<p class="pagination-info">Displaying articles {start + 1} - {start + PER_PAGE[page - 1]} of {count} in total</p>\n'
            + '<div class="articles">\n' + cards + "</div>\n" + pager(page) + "</div>\n"
            + sidebar() + "</div>\n" + FOOTER)


def atom() -> str:
    entries = []
    for i in range(20):
        d = _DATES[i]
        title, stand = ARTICLES[i]
        authors = f"<author><name>{AUTHOR}</name><uri>{{{{origin}}}}{PROFILE}</uri></author>"
        if i in COAUTHORS:
            authors += f"<author><name>{COAUTHORS[i][0]}</name><uri>{{{{origin}}}}{COAUTHORS[i][1]}</uri></author>"
        content = e(f"<p>{stand}</p><p><em>{AUTHOR} does not work for, consult, own shares in or receive funding "
                    f"from any company or organisation that would benefit from this article.</em></p>")
        entries.append(f"""  <entry>
    <id>tag:theconversation.com,2011:article/{_IDS[i]}</id>
    <published>{d.isoformat()}Z</published>
    <updated>{(d + dt.timedelta(hours=3)).isoformat()}Z</updated>
    <link rel="alternate" type="text/html" href="{{{{origin}}}}{art_path(i)}"/>
    <title>{e(title)}</title>
    <content type="html">{content}</content>
    <summary>{e(stand)}</summary>
    {authors}
  </entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:theconversation.com,2011:{PAGE}</id>
  <link rel="alternate" type="text/html" href="{{{{origin}}}}{PAGE}"/>
  <link rel="self" type="application/atom+xml" href="{{{{origin}}}}{PAGE}.atom"/>
  <title>Jane Mwangi – The Conversation</title>
  <updated>{(_DATES[0] + dt.timedelta(hours=3)).isoformat()}Z</updated>
{chr(10).join(entries)}
</feed>
"""


def main() -> None:
    d = OUT / PROFILE.strip("/")
    d.mkdir(parents=True, exist_ok=True)
    for page in range(1, len(PER_PAGE) + 1):
        name = "articles.html" if page == 1 else f"articles@page={page}.html"
        (d / name).write_text(page_html(page), encoding="utf-8")
    (d / "articles.atom").write_text(atom(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": ("The Conversation-style academic news profile 'Articles' tab: article.clearfix "
                        "cards with root-level /slug-123456 URLs, co-author and institution links, "
                        "/republish and #comments links per card, kaminari numbered pager with 'Next ›'; "
                        "an unlabelled most-read rail with the same /slug-id shape repeats on every page; "
                        "the author's Atom feed is advertised."),
        "held_out": True,
        "pages": [PAGE],
        "max_index_pages": len(PER_PAGE),
        "author": AUTHOR,
        "columns": [art_path(i) for i in range(sum(PER_PAGE))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
