"""Generate the `medium-like` discovery fixture: a Medium-style author profile.

Profile page /@priya.raman, posts /@priya.raman/<slug>-<12 hex>, atomic hashed class names,
every link carrying a ?source=... tracking parameter, "Show more" anchor to ?page=N,
a "Pinned" lead post, an author RSS feed, recommended / staff-picks rails of other
authors' posts with the same URL shape, and profile sub-pages (/@priya.raman/about, lists,
...) that look like posts.  Stdlib only, deterministic: run it to rewrite the folder.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

NAME = "medium-like"
OUT = Path(__file__).resolve().parent.parent / NAME
HANDLE = "@priya.raman"
AUTHOR = "Priya Raman"
UID = "2f8e1c3b9a7d"

# (title, subtitle, date, minutes, tag)
POSTS = [
    ("The Quiet Cost of Free Software", "Somebody always pays. Usually it is a maintainer at 2 a.m.", "Jan 9, 2024", 7, "Open Source"),
    ("Against Streaks", "The little flame icon is not your friend.", "Jan 4, 2024", 4, "Productivity"),
    ("Heat Pumps Won't Save Us Alone", "They are great. They are also not a climate policy.", "Dec 28, 2023", 9, "Climate Change"),
    ("Small Towns, Big Data", "What happens when a county of 8,000 people gets a smart-city contract", "Dec 19, 2023", 11, "Technology"),
    ("On Grief and Group Chats", "My father's number is still pinned at the top of the family thread.", "Dec 12, 2023", 6, "Life"),
    ("The Myth of the Neutral Algorithm", "Every ranking is an opinion with a server bill.", "Dec 5, 2023", 8, "Artificial Intelligence"),
    ("What My Grandmother Knew About Batteries", "Storage is a very old idea. Ask anyone who kept a root cellar.", "Nov 27, 2023", 5, "Energy"),
    ("Remote Work Broke the Office Lunch, and That's Fine", "A eulogy for the sad desk salad, and what replaced it", "Nov 20, 2023", 6, "Remote Work"),
    ("Cities Are Not Startups", "Stop asking mayors to move fast and break things.", "Nov 13, 2023", 7, "Cities"),
    ("The Last Good Search Engine", "Was it ever good, or were we just less demanding?", "Nov 6, 2023", 10, "Technology"),
    ("How a Library Card Changed My Career", "", "Oct 30, 2023", 5, "Life"),
    ("Nobody Reads the Terms, So Write Better Ones", "A modest proposal for 400-word privacy policies", "Oct 23, 2023", 6, "Privacy"),
    ("Electric Buses and the Politics of Boring", "The most radical climate project in my city has a timetable.", "Oct 16, 2023", 8, "Climate Change"),
    ("Notes From a Flooded Suburb", "Three days with no power, one very patient neighbour", "Oct 9, 2023", 12, "Climate Change"),
    ("Teach Kids to Fix Things", "Shop class was never just about shelves.", "Oct 2, 2023", 5, "Education"),
    ("My Year Without a Smartphone Camera", "I remember more. I can prove less.", "Sep 25, 2023", 7, "Life"),
    ("The Carbon Footprint of a Chatbot Answer", "I tried to do the maths so you don't have to", "Sep 18, 2023", 9, "Artificial Intelligence"),
    ("Bring Back the Public Phone Booth", "", "Sep 11, 2023", 4, "Cities"),
    ("We Need Fewer Dashboards", "If every number is urgent, none of them are.", "Sep 4, 2023", 6, "Data Science"),
    ("In Praise of Slow Email", "Reply tomorrow. The world will wait.", "Aug 28, 2023", 5, "Productivity"),
    ("Parking Lots Are the Future of Housing", "We already paved the land. Now build on it.", "Aug 21, 2023", 8, "Housing"),
    ("The Tyranny of the Five-Star Rating", "Why every Uber driver I know is a 4.9", "Aug 14, 2023", 7, "Technology"),
    ("What Monsoon Season Taught Me About Risk", "Growing up in Chennai, we planned for water, not for sunshine.", "Aug 7, 2023", 10, "Climate Change"),
    ("Open Data, Closed Doors", "The city published everything. Nobody could use it.", "Jul 31, 2023", 9, "Data Science"),
    ("Burnout Is a Design Problem", "", "Jul 24, 2023", 6, "Work"),
    ("A Short History of the Spreadsheet Apocalypse", "Excel did not end civilisation. Yet.", "Jul 17, 2023", 8, "Technology"),
]

PER_PAGE = [10, 10, 6]  # page 1 also has the pinned post on top
PINNED = 12  # index in POSTS: an older post pinned on top of page 1 (it also sits on page 2)

OTHERS = [  # recommended / staff picks: other authors, same URL shape
    ("@marcus.obi", "Marcus Obi", "I Quit My Job to Build Furniture. Here's the Spreadsheet.", "Jan 7"),
    ("@lena.fischer", "Lena Fischer", "The Best Product Managers Say No", "Jan 3"),
    ("@dr.sam.okafor", "Sam Okafor", "What Nobody Tells You About Running a Clinic on Solar", "Dec 30, 2023"),
    ("@hollis", "Hollis Wren", "Why Your Tomatoes Split", "Jan 6"),
]
STAFF = [
    ("@anaya.k", "Anaya Kapoor", "Letters to My Younger, Louder Self", "Jan 2"),
    ("@tomas.reyes", "Tomás Reyes", "The Night Shift at the Border Hospital", "Dec 22, 2023"),
    ("@jwbird", "J. W. Bird", "Ten Years of Birdwatching From a Seventh Floor", "Dec 18, 2023"),
]
TRENDING = [  # an unlabelled numbered list in the sidebar: other people's posts, same shape
    ("@nora.quill", "Nora Quill", "I Read Every Apple Privacy Policy Since 2010", "Jan 8"),
    ("towards-data-science", "Towards Data Science", "Stop Using Pie Charts in 2024", "Jan 6"),
    ("@gabe.m", "Gabe Mendes", "The Tiny Habit That Fixed My Sleep", "Jan 5"),
    ("@ruthie.lo", "Ruth Lo", "Everything I Got Wrong About Index Funds", "Jan 2"),
]
PUB_POSTS = [  # publication-hosted posts: /<publication>/<slug>-<hex>
    ("better-humans", "Better Humans", "@kai.liu", "Kai Liu", "How to Read 50 Books a Year Without Trying", "Dec 27, 2023"),
    ("the-letters-page", "The Letters Page", "@readers", "Reader Letters", "Re: The Quiet Cost of Free Software", "Jan 10"),
]


def hexid(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:12]


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")


def post_path(handle: str, title: str) -> str:
    return f"/{handle}/{slug(title)}-{hexid(handle + title)}"


def pub_path(pub: str, title: str) -> str:
    return f"/{pub}/{slug(title)}-{hexid(pub + title)}"


def src(kind: str, n: int) -> str:
    return f"?source={kind}---------{n}----------------------------{UID}---2-------"


E = html.escape


def card(i: int, n: int, pinned: bool = False) -> str:
    title, sub, date, mins, tag = POSTS[i]
    path = post_path(HANDLE, title)
    s = src("user_profile_page", n)
    href = E(path + s)
    absolute = E("{{origin}}" + path + s)
    tag_href = E(f"/tag/{slug(tag)}{src('user_profile_page', n)}")
    subtitle = f'<h3 class="bf b ek z ee iq ir gl gm gn go gp bk pw-subtitle-paragraph">{E(sub)}</h3>' if sub else ""
    pin = (
        '<div class="ab q hc"><svg width="16" height="16" aria-hidden="true"><path d="M9 1l6 6"></path></svg>'
        '<p class="bf b do z ee">Pinned</p></div>'
        if pinned
        else ""
    )
    big = " kx ky kz" if pinned else ""
    img_w = 320 if pinned else 160
    return f"""
<article class="{'la lb' if pinned else 'lc ld'} bh bi bj" data-testid="post-preview">
 <div class="bl bm bn" role="link" data-href="{absolute}" tabindex="0">
  {pin}
  <div class="ab cn">
   <div class="gq gr{big}">
    <div class="ab q bz"><div class="bl"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" rel="noopener follow" href="/{HANDLE}{E(s)}"><p class="bf b ek z dn">{E(AUTHOR)}</p></a></div>
     <span class="bf b ek z dp"><span>·</span></span><span class="bf b ek z dp"><span>{E(date)}</span></span></div>
    <div class="ab cm"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" rel="noopener follow" href="{href}"><div class="hd he"><h2 class="bf gs hf bk bs hg hh hi hj hk hl hm gl gm gn pw-post-title">{E(title)}</h2></div>{subtitle}</a></div>
    <div class="ab ca hn ho hp"><span class="bf b do z dp"><span>{mins} min read</span></span><span class="bf b do z dp">·</span>
     <a class="af ag ah ai aj ak al am an ao ap aq ar as at" rel="noopener follow" href="{tag_href}"><div class="hq hr hs ht">{E(tag)}</div></a>
     <div class="hu ab"><button class="af ag hv" aria-label="clap">{(n * 37 + 11) % 900 + 40}</button>
      <a class="af ag ah ai aj ak al am an ao ap aq ar as at" rel="noopener follow" href="{E(path + s)}#responses" aria-label="responses"><span class="bf b do z dp">{(n * 7) % 40 + 1}</span></a></div>
     <div class="hw"><button aria-controls="addToCatalogBookmarkButton" aria-label="Add to list" class="af ag"><svg width="24" height="24"></svg></button>
      <button class="af ag" aria-label="More options"><svg width="24" height="24"></svg></button></div>
    </div>
   </div>
   <div class="hx hy"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" rel="noopener follow" href="{href}"><div class="hz ia"><img alt="" class="bw ib" width="{img_w}" height="{img_w // 3 * 2}" loading="lazy" src="https://miro.medium.com/v2/resize:fill:{img_w}:{img_w // 3 * 2}/1*{hexid(title)}.jpeg"></div></a></div>
  </div>
 </div>
</article>"""


def mini(handle: str, name: str, title: str, date: str, kind: str, n: int, path: str | None = None) -> str:
    path = path or post_path(handle, title)
    return f"""
   <div class="ab cm ic"><div class="id"><a class="af ag ah" rel="noopener follow" href="/{handle}{E(src(kind, n))}"><img alt="{E(name)}" class="l ie if" src="https://miro.medium.com/v2/resize:fill:20:20/{hexid(handle)}.png" width="20" height="20"></a>
    <a class="af ag ah" rel="noopener follow" href="/{handle}{E(src(kind, n))}"><p class="bf b ig z">{E(name)}</p></a></div>
    <a class="af ag ah ai aj" rel="noopener follow" href="{E(path + src(kind, n))}"><h2 class="bf ih ii bk pw-post-title">{E(title)}</h2></a>
    <p class="bf b do z dp"><span>{E(date)}</span></p></div>"""


def page(n: int, posts: list[int], has_next: bool) -> str:
    pinned = card(PINNED, 0, pinned=True) if n == 1 else ""
    cards = "".join(card(i, k + 1) for k, i in enumerate(posts))
    more_from = "".join(
        mini(HANDLE, AUTHOR, POSTS[i][0], POSTS[i][2], "author_recirc", k) for k, i in enumerate((0, 5, 9))
    )
    recommended = "".join(mini(h, nm, t, d, "read_next_recirc", k) for k, (h, nm, t, d) in enumerate(OTHERS))
    recommended += "".join(
        mini(h, nm, t, d, "read_next_recirc", 9, path=pub_path(pub, t))
        for pub, _pn, h, nm, t, d in PUB_POSTS[:1]
    )
    staff = "".join(mini(h, nm, t, d, "home---------staff_picks", k) for k, (h, nm, t, d) in enumerate(STAFF))
    trending = "".join(
        f'<li class="kf kg"><span class="kh">0{k + 1}</span><a class="af ag ah" href="{E(post_path(h, t) + src("---------trending", k))}">'
        f'<p class="bf b ki">{E(nm)}</p><h2 class="bf b kj pw-post-title">{E(t)}</h2></a><span class="bf b dp">{E(d)}</span></li>'
        for k, (h, nm, t, d) in enumerate(TRENDING)
    )
    letters = PUB_POSTS[1]
    letters_path = pub_path(letters[0], letters[4])
    promoted = post_path("@acme-cloud", "How We Cut Our Cloud Bill by 40 Percent")
    reading_list = f"/{HANDLE}/list/climate-reads-{hexid('climate-reads')}"
    staff_list = f"/@MediumStaff/list/staff-picks-{hexid('staff-picks')}"
    show_more = (
        f'<div class="ab cm jb"><a class="af ag ah ai aj ak al am an ao ap aq ar as at jc jd je" '
        f'href="/{HANDLE}?page={n + 1}" rel="noopener follow"><span class="bf b bg z">Show more</span></a></div>'
        if has_next
        else ""
    )
    canonical = f"{{{{origin}}}}/{HANDLE}" + (f"?page={n}" if n > 1 else "")
    ld = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "mainEntity": {
            "@type": "Person",
            "name": AUTHOR,
            "url": f"{{{{origin}}}}/{HANDLE}",
            "sameAs": ["https://twitter.com/priyaraman_writes"],
        },
    }
    apollo = {
        f"User:{UID}": {"__typename": "User", "id": UID, "name": AUTHOR, "username": "priya.raman"},
        f"Post:{hexid(OTHERS[0][0] + OTHERS[0][2])}": {
            "__typename": "Post",
            "title": OTHERS[0][2],
            "mediumUrl": "{{origin}}" + post_path(OTHERS[0][0], OTHERS[0][2]),
        },
    }
    return f"""<!doctype html><html lang="en"><head><title data-rh="true">{E(AUTHOR)} – Medium</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="profile"><meta data-rh="true" property="og:title" content="{E(AUTHOR)} – Medium">
<meta data-rh="true" name="description" content="Read writing from {E(AUTHOR)} on Medium. Writer on cities, climate and the technology we live inside. Chennai → Toronto.">
<link data-rh="true" rel="canonical" href="{canonical}">
<link data-rh="true" rel="me" href="https://twitter.com/priyaraman_writes">
<link data-rh="true" id="feedLink" rel="alternate" type="application/rss+xml" title="RSS" href="{{{{origin}}}}/feed/{HANDLE}.xml">
<link rel="icon" href="https://miro.medium.com/v2/1*m-R_BkNf1Qjr1YbyOIJY2w.png">
<link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css">
<style>.a{{font-family:medium-content-sans-serif-font,sans-serif}}.bh{{display:block}}.pw-post-title{{font-size:20px}}</style>
<script data-rh="true" type="application/ld+json">{json.dumps(ld)}</script>
</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k">
<div class="l m n o" role="banner"><div class="p q r s t">
 <a class="af ag ah ai aj ak al am an ao ap aq ar as at" aria-label="Homepage" data-testid="headerMediumLogo" href="/?source=---two_column_layout_nav----------------------------------"><svg viewBox="0 0 1043.63 592.71" class="u v"><path d="M588.67 296.36"></path></svg></a>
 <div class="w x"><div class="y z"><input role="combobox" aria-controls="searchResults" aria-expanded="false" placeholder="Search" class="ba bb" value=""></div><a href="/search" class="af ag">Search</a></div>
 <div class="bc bd"><a class="af ag ah ai" data-testid="headerWriteButton" href="/new-story?source=---two_column_layout_nav-----------------------new_post_topnav-----------" rel="noopener follow"><span>Write</span></a>
  <a class="af ag ah ai be" href="/plans?dimension=topnav_upgrade&amp;source=---two_column_layout_nav----------------------------------" rel="noopener follow">Get unlimited access</a>
  <a class="af ag ah ai" data-testid="headerSignUpButton" href="/m/signin?operation=register&amp;redirect=%2F{HANDLE}&amp;source=---two_column_layout_nav-----------------------------------" rel="noopener follow">Sign up</a>
  <a class="af ag ah ai" data-testid="headerSignInButton" href="/m/signin?operation=login&amp;redirect=%2F{HANDLE}&amp;source=---two_column_layout_nav-----------------------------------" rel="noopener follow">Sign in</a></div>
</div>
<nav class="bp bq" aria-label="Topics"><a class="br" href="/tag/technology">Technology</a><a class="br" href="/tag/climate-change">Climate</a><a class="br" href="/tag/cities">Cities</a><a class="br" href="/tag/self-improvement">Self Improvement</a><a class="br" href="/tag/politics">Politics</a><a class="br" href="/explore-topics">More</a></nav>
</div>
<div class="bt bu"><div class="bv bw"><main class="bx by">
 <nav class="ca cb" aria-label="Breadcrumb"><ol class="cc"><li class="cd"><a href="/" class="af ag">Medium</a></li><li class="cd"><span aria-hidden="true">›</span> <a href="/{HANDLE}" class="af ag" aria-current="page">{E(AUTHOR)}</a></li></ol></nav>
 <div class="ce cf"><h1 class="bf cg ch ci">{E(AUTHOR)}</h1><button class="cj ck" aria-label="More options"><svg width="25" height="25"></svg></button></div>
 <div class="cl cm" role="tablist"><div class="co"><a class="af ag ah cp" aria-current="page" href="/{HANDLE}?source=user_profile_page----------------------{UID}----------------------" role="tab">Home</a></div>
  <div class="co"><a class="af ag ah cq" href="/{HANDLE}/lists?source=user_profile_page----------------------{UID}----------------------" role="tab">Lists</a></div>
  <div class="co"><a class="af ag ah cq" href="/{HANDLE}/about?source=user_profile_page----------------------{UID}----------------------" role="tab">About</a></div></div>
 <div class="cr cs">{pinned}{cards}
 {show_more}</div>
</main>
<aside class="ij ik" aria-label="Profile"><div class="il im">
 <a href="/{HANDLE}?source=user_profile_page----------------------{UID}----------------------" rel="noopener follow" class="af ag"><img alt="{E(AUTHOR)}" class="l in io" src="https://miro.medium.com/v2/resize:fill:176:176/1*{UID}.jpeg" width="88" height="88"></a>
 <h2 class="bf ip iq"><a href="/{HANDLE}" class="af ag">{E(AUTHOR)}</a></h2>
 <span class="bf b ir"><a href="/{HANDLE}/followers?source=user_profile_page----------------------{UID}----------------------" class="af ag">12.4K Followers</a></span>
 <p class="bf b is it">Writer on cities, climate and the technology we live inside. Chennai → Toronto. Newsletter: Slow Signals.</p>
 <div class="iu iv"><button class="iw ix" data-testid="followButton">Follow</button>
  <a class="iy iz" href="/{HANDLE}/subscribe" aria-label="Subscribe to get an email whenever {E(AUTHOR)} publishes"><svg width="38" height="38"></svg></a></div>
 <div class="ja"><p class="bf b">Get an email whenever {E(AUTHOR)} publishes.</p>
  <form action="/_/subscribe/user/{UID}" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form></div>
 <div class="jf jg"><h2 class="bf b jh">Following</h2><ul class="ji">
  <li class="jj"><a href="/{OTHERS[0][0]}?source=user_profile_page----------------------{UID}----------------------" class="af ag">{E(OTHERS[0][1])}</a></li>
  <li class="jj"><a href="/{OTHERS[1][0]}?source=user_profile_page----------------------{UID}----------------------" class="af ag">{E(OTHERS[1][1])}</a></li>
  <li class="jj"><a href="/{OTHERS[2][0]}?source=user_profile_page----------------------{UID}----------------------" class="af ag">{E(OTHERS[2][1])}</a></li>
  <li class="jj"><a href="/better-humans?source=user_profile_page----------------------{UID}----------------------" class="af ag">Better Humans</a></li></ul>
  <a href="/{HANDLE}/following?source=user_profile_page----------------------{UID}----------------------" class="af ag jk">See all (214)</a></div>
 <div class="jl"><h2 class="bf b jh">Lists</h2><a href="{E(reading_list)}?source=user_profile_page---------0-------------{UID}----------------------" class="af ag"><p class="bf b">Climate reads</p><p class="bf b dp">18 stories</p></a>
  <a href="/{HANDLE}/list/reading-list?source=user_profile_page----------------------{UID}----------------------" class="af ag"><p class="bf b">Reading list</p></a></div>
 <div class="kb kc"><ol class="kd ke">{trending}</ol></div>
 <div class="jm jn"><h2 class="bf b jh">Staff Picks</h2>{staff}
  <a href="{E(staff_list)}?source=home---------staff_picks----------------------------------" class="af ag"><span>See the full list</span></a></div>
 <div class="jo jp" data-testid="promoted"><p class="bf b dp">Promoted · Acme Cloud</p>
  <a href="{E(promoted)}?source=promoted_sidebar-----------------{hexid('acme')}----" class="af ag"><h2 class="bf b">How We Cut Our Cloud Bill by 40 Percent</h2></a>
  <a href="https://ads.example-network.com/click?cid=medium-sidebar-0193&amp;dest=acme-cloud" rel="sponsored nofollow" class="af ag"><img alt="Acme Cloud" src="https://ads.example-network.com/img/acme-300x250.png" width="300" height="250"></a></div>
 <div class="jq"><p class="bf b dp">From the community</p>
  <a href="{E(letters_path)}?source=user_profile_page----------------------{UID}----------------------" class="af ag"><h2 class="bf b">{E(letters[4])}</h2><p class="bf b dp">{E(letters[3])} in {E(letters[1])}</p></a></div>
 <footer class="jr js"><div class="jt"><a href="https://help.medium.com/hc/en-us?source=user_profile_page----------------------{UID}----------------------" class="af ag">Help</a>
  <a href="https://medium.statuspage.io/?source=user_profile_page----------------------{UID}----------------------" class="af ag">Status</a>
  <a href="/about?autoplay=1&amp;source=user_profile_page----------------------{UID}----------------------" class="af ag">About</a>
  <a href="/jobs-at-medium/work-at-medium-959d1a85284e?source=user_profile_page----------------------{UID}----------------------" class="af ag">Careers</a>
  <a href="https://blog.medium.com/?source=user_profile_page----------------------{UID}----------------------" class="af ag">Blog</a>
  <a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9?source=user_profile_page----------------------{UID}----------------------" class="af ag">Privacy</a>
  <a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f?source=user_profile_page----------------------{UID}----------------------" class="af ag">Terms</a>
  <a href="https://speechify.com/medium?source=user_profile_page----------------------{UID}----------------------" class="af ag">Text to speech</a>
  <a href="/business?source=user_profile_page----------------------{UID}----------------------" class="af ag">Teams</a></div></footer>
</div></aside></div></div>
<div class="ju jv"><div class="jw"><h2 class="bf b jx"><a href="/{HANDLE}?source=author_recirc-----{UID}----------------------------------" class="af ag">More from {E(AUTHOR)}</a></h2>{more_from}
 <a href="/{HANDLE}?source=author_recirc-----{UID}----------------------------------" class="af ag"><span>See all from {E(AUTHOR)}</span></a></div>
 <div class="jy"><h2 class="bf b jx">Recommended from Medium</h2>{recommended}
 <a href="/?source=read_next_recirc-----{UID}----------------------------------" class="af ag"><span>See more recommendations</span></a></div>
 <div class="jz"><a href="https://twitter.com/intent/tweet?url={E('{{origin}}/' + HANDLE)}&amp;text=Priya%20Raman%20on%20Medium" class="af ag" rel="noopener nofollow">Share profile on X</a>
  <a href="https://www.linkedin.com/sharing/share-offsite/?url={E('{{origin}}/' + HANDLE)}" class="af ag" rel="noopener nofollow">Share on LinkedIn</a></div></div>
</div></div></div>
<script>window.__APOLLO_STATE__ = {json.dumps(apollo)}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.a1b2c3d4.js" async></script>
</body></html>
"""


def feed(items: list[int]) -> str:
    entries = []
    for i in items:
        title, sub, date, _m, tag = POSTS[i]
        path = post_path(HANDLE, title)
        guid = f"https://medium.com/p/{hexid(HANDLE + title)}"
        entries.append(f"""
    <item>
      <title><![CDATA[{title}]]></title>
      <link>{{{{origin}}}}{path}?source=rss-{UID}------2</link>
      <guid isPermaLink="false">{guid}</guid>
      <category><![CDATA[{slug(tag)}]]></category>
      <dc:creator><![CDATA[{AUTHOR}]]></dc:creator>
      <pubDate>{rfc(date)}</pubDate>
      <atom:updated>{iso(date)}</atom:updated>
      <content:encoded><![CDATA[<h3>{sub or title}</h3><p>Continue reading on <a href="{{{{origin}}}}{path}?source=rss-{UID}------2">Medium</a> »</p>]]></content:encoded>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:cc="http://cyber.law.harvard.edu/rss/creativeCommonsRssModule.html">
  <channel>
    <title><![CDATA[Stories by {AUTHOR} on Medium]]></title>
    <description><![CDATA[Stories by {AUTHOR} on Medium]]></description>
    <link>{{{{origin}}}}/{HANDLE}?source=rss-{UID}------2</link>
    <image><url>https://cdn-images-1.medium.com/fit/c/150/150/1*{UID}.jpeg</url><title>Stories by {AUTHOR} on Medium</title><link>{{{{origin}}}}/{HANDLE}?source=rss-{UID}------2</link></image>
    <generator>Medium</generator>
    <lastBuildDate>Wed, 10 Jan 2024 08:12:44 GMT</lastBuildDate>
    <atom:link href="{{{{origin}}}}/feed/{HANDLE}.xml" rel="self" type="application/rss+xml"/>
    <webMaster><![CDATA[yourfriends@medium.com]]></webMaster>
    <atom:link href="http://medium.superfeedr.com" rel="hub"/>{''.join(entries)}
  </channel>
</rss>
"""


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ymd(date: str) -> tuple[int, int, int]:
    m, d, y = re.match(r"(\w+) (\d+), (\d+)", date).groups()
    return int(y), MONTHS.index(m) + 1, int(d)


def rfc(date: str) -> str:
    import datetime

    y, m, d = _ymd(date)
    day = datetime.date(y, m, d).strftime("%a")
    return f"{day}, {d:02d} {MONTHS[m - 1]} {y} 14:{(d * 7) % 60:02d}:09 GMT"


def iso(date: str) -> str:
    y, m, d = _ymd(date)
    return f"{y}-{m:02d}-{d:02d}T14:{(d * 7) % 60:02d}:09.118Z"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    prof = OUT / HANDLE
    prof.mkdir(exist_ok=True)
    start = 0
    chunks = []
    for count in PER_PAGE:
        chunks.append(list(range(start, start + count)))
        start += count
    assert start == len(POSTS)
    for n, posts in enumerate(chunks, 1):
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (prof / name).write_text(page(n, posts, n < len(chunks)), encoding="utf-8")
    (OUT / "feed").mkdir(exist_ok=True)
    (OUT / "feed" / f"{HANDLE}.xml").write_text(feed(list(range(10))), encoding="utf-8")
    (OUT / "robots.txt").write_text("User-Agent: *\nDisallow: /m/\nDisallow: /me/\nDisallow: /_/\nAllow: /_/api/users/*/meta\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Medium-style author profile: atomic hashed class names, every post link carries a "
            "?source= tracking parameter (no clean link anywhere, the feed's too), a pinned post, 'Show more' "
            "anchor to ?page=N, and "
            "recommended/staff-picks rails, lists and profile sub-pages with the same /@user/... shape."
        ),
        "held_out": False,
        "pages": [f"/{HANDLE}"],
        "max_index_pages": len(chunks),
        "author": AUTHOR,
        "columns": [post_path(HANDLE, p[0]) for p in POSTS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
