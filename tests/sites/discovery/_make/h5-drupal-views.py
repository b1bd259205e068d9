"""Generate the h5-drupal-views fixture: a regional paper on Drupal 7 (Bartik-like theme),
a columnist's Views listing with a zero-based ?page=N pager, node/NID and pathauto URLs mixed.

stdlib only, deterministic: python tests/sites/discovery/_make/h5-drupal-views.py
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

NAME = "h5-drupal-views"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/opinion/columnists/maria-santos"
AUTHOR = "Maria Santos"
SITE = "The Tri-County Courier"

TITLES = [
    "The bus map nobody asked for is finally here",
    "Rent control, again",
    "Why the council keeps punting on the Fifth Street lot",
    "A landlord, a tenant and a leaky roof: three months in small claims court",
    "Snow days",
    "What the new zoning map means for your block",
    "City Hall's overtime problem is a budget problem, not a people problem",
    "The library levy deserves a yes",
    "Meet the volunteers who count every pothole",
    "Our transit agency needs a boss who rides the bus",
    "Holiday lights on Alder Avenue",
    "The school board's quiet reversal on boundaries",
    "Who pays when the river floods the parking garage?",
    "Ten years after the mill closed",
    "Council term limits are not the cure-all their backers promise",
    "A better way to run the county fair",
    "In defense of the boring budget hearing",
    "The apartment tower that wasn't",
    "Election night, from the back of the room",
    "Yes, the roundabout is working",
    "Housing first, or housing never",
    "The mayor's first hundred days, graded",
    "Downtown doesn't need another parking study",
    "What a 1978 sewer bond teaches us about the next one",
    "Small towns, big lawsuits",
    "Let the food trucks stay",
    "Back to school, back to the crosswalk fight",
]
# which columns got a pathauto alias (the rest are bare node/NID: editors untick the box)
ALIASED = {0, 2, 5, 8, 12, 15, 19, 21, 24}

TEASERS = [
    "Transit planners redrew every route in the county. Riders were the last to hear about it.",
    "The same ordinance is back before the council, with the same arguments and a new sponsor.",
    "Seven meetings, four continuances and one very patient neighborhood association.",
    "I sat in on a season of housing cases in Department 3. Here is what I learned.",
    "A short appreciation of the plow drivers, and a complaint about the sidewalks.",
    "Planners call it an update. For some homeowners it is a rewrite of the rules.",
    "Departments are short-staffed by design, and the overtime line shows it.",
    "The branch on Mill Road is open 38 hours a week. It used to be 60.",
    "Twelve retirees, one spreadsheet and a city that finally listens.",
    "The search committee has a short list. None of them take transit to work.",
    "Some traditions are worth the electric bill.",
    "The board dropped its boundary plan without a vote. Parents deserve an explanation.",
    "The garage was built in a floodplain in 1987. The bill is coming due.",
    "A decade on, the east side is still waiting for the jobs it was promised.",
    "The ballot measure would fix one problem and create two more.",
    "Fewer fees, more 4-H, and a midway that doesn't lose money.",
    "Nobody shows up to the budget hearing. That is exactly why you should.",
    "Twenty-two stories were approved in 2019. The lot is still gravel.",
    "Notes from the county elections office, where the real work happens after 8 p.m.",
    "Crash numbers at Fifth and Main are down by half. Critics owe the engineers a coffee.",
    "The county has tried everything except giving people a place to live.",
    "High marks on transparency, an incomplete on housing.",
    "We have studied downtown parking four times since 2009. The answer never changes.",
    "The last time voters approved sewer money, it came in under budget.",
    "Why rural counties keep losing in court, and who pays for it.",
    "The permit fight on Grant Street is about more than tacos.",
    "Every August, the same intersection, the same petition.",
]
TAGS = [
    [("Transit", "/topics/transit")],
    [("Housing", "/topics/housing"), ("City Council", "/taxonomy/term/211")],
    [("City Council", "/taxonomy/term/211")],
    [("Housing", "/topics/housing"), ("Courts", "/taxonomy/term/198")],
    [("Weather", "/taxonomy/term/64")],
    [("Zoning", "/taxonomy/term/240"), ("Housing", "/topics/housing")],
    [("City Hall", "/taxonomy/term/17")],
    [("Elections", "/topics/elections"), ("Libraries", "/taxonomy/term/305")],
    [("Streets", "/taxonomy/term/122")],
    [("Transit", "/topics/transit")],
    [("Community", "/taxonomy/term/9")],
    [("Education", "/topics/education")],
    [("Flooding", "/taxonomy/term/318"), ("City Hall", "/taxonomy/term/17")],
    [("Economy", "/taxonomy/term/33")],
    [("Elections", "/topics/elections")],
    [("Community", "/taxonomy/term/9")],
    [("City Hall", "/taxonomy/term/17")],
    [("Housing", "/topics/housing"), ("Zoning", "/taxonomy/term/240")],
    [("Elections", "/topics/elections")],
    [("Streets", "/taxonomy/term/122"), ("Transit", "/topics/transit")],
    [("Housing", "/topics/housing")],
    [("City Hall", "/taxonomy/term/17")],
    [("Downtown", "/taxonomy/term/87")],
    [("Utilities", "/taxonomy/term/260")],
    [("Courts", "/taxonomy/term/198")],
    [("Downtown", "/taxonomy/term/87"), ("Business", "/topics/business")],
    [("Education", "/topics/education"), ("Streets", "/taxonomy/term/122")],
]

STOP = set(
    "a an as at before but by for from is in into like of off on onto per since than the this"
    " that to up via with".split()
)


def pathauto(title: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", "", title.lower().replace("-", " ")).split()
    return "-".join(w for w in words if w not in STOP)[:100]


rng = random.Random(7213)
# node ids, newest first, irregular gaps (a busy newsroom creates many nodes a day)
nids = []
n = 48213
for _ in TITLES:
    nids.append(n)
    n -= rng.randint(61, 240)
dates = []
d = datetime(2024, 1, 5, 6, 0)
for i in range(len(TITLES)):
    dates.append(d)
    d -= timedelta(days=rng.choice([3, 4, 4, 3, 7]), hours=rng.choice([0, 0, 1, 2]))

COLUMNS = []
for i, title in enumerate(TITLES):
    if i in ALIASED:
        dd = dates[i]
        path = f"/opinion/{dd:%Y}/{dd:%m}/{dd:%d}/{pathauto(title)}"
    else:
        path = f"/node/{nids[i]}"
    COLUMNS.append(path)
COMMENTS = [rng.choice([0, 0, 1, 2, 3, 5, 8, 11, 14, 23, 41]) for _ in TITLES]

used = set(nids)


def news_nid(seed: int) -> int:
    r = random.Random(seed)
    while True:
        v = r.randint(47900, 48290)
        if v not in used:
            used.add(v)
            return v


NEWS = [
    ("Two hurt in Route 9 crash near Dunmore", news_nid(1)),
    ("Hawks edge Central 61-58 in overtime", news_nid(2)),
    ("County approves 3% raise for sheriff's deputies", news_nid(3)),
    ("Water main break closes Elm Street through Friday", news_nid(4)),
    ("Obituary: Harold 'Hal' Brennan, 1931-2024", news_nid(5)),
    ("Police log: Stolen tractor recovered in Marlow Township", news_nid(6)),
]
ALLTIME = [
    ("Photos: The 2023 Tri-County Fair", news_nid(7)),
    ("Grand jury indicts former county treasurer", news_nid(8)),
    ("Where to find the best sweet corn this summer", news_nid(9)),
]
LASTVIEWED = [("Weather: Lake-effect snow expected this weekend", news_nid(10))]
QUEUE = [  # an untitled nodequeue block in the content region: more news, same shapes
    ("School board names interim superintendent", f"/node/{news_nid(11)}"),
    ("Dunmore plant to add 140 jobs", "/news/2024/01/04/dunmore-plant-add-140-jobs"),
    ("Road work: What to expect on the Route 30 bypass", f"/node/{news_nid(12)}"),
    ("High school wrestling: Lakeview wins its own invitational", f"/node/{news_nid(13)}"),
]
SPONSORED = ("Five signs it's time to replace your furnace", f"/node/{news_nid(14)}")
OTHER_COLS = [  # other columnists' columns: same shapes
    ("Dale Whitcomb", "/opinion/columnists/dale-whitcomb", "Deer season is a rite, not a sport",
     f"/node/{news_nid(15)}"),
    ("Renee Okafor", "/opinion/columnists/renee-okafor",
     "What the hospital merger means for rural patients",
     "/opinion/2024/01/04/what-hospital-merger-means-rural-patients"),
    ("Tom Bielski", "/opinion/columnists/tom-bielski", "The Steelers and me, a eulogy",
     f"/node/{news_nid(16)}"),
]
EDITORIAL = ("Editorial: The county needs a real ethics board",
             "/opinion/2024/01/03/editorial-county-needs-real-ethics-board")
LETTERS = ("Letters: Readers weigh in on the Fifth Street lot", f"/node/{news_nid(17)}")

# the oldest true column is promoted by the columnist's own block with tracking parameters
PROMO = (TITLES[23], COLUMNS[23] + "?utm_source=columnist_page&utm_medium=block&utm_campaign=santos")
PICK = (TITLES[13], COLUMNS[13] + "?ref=editors_picks")

e = html.escape

PER_PAGE = 10
PAGES = [COLUMNS_IDX for COLUMNS_IDX in ([1, 11], [11, 21], [21, 27])]


def href(p: str) -> str:
    return e(p, quote=True)


def head(page: int) -> str:
    canonical = "{{origin}}" + BASE  # metatag's [current-page:url] drops the query: every page
    title = f"Maria Santos | {SITE}" if page == 0 else f"Maria Santos | Page {page + 1} | {SITE}"
    css = "".join(
        f'@import url("{{{{origin}}}}/{p}?m8v1xq");\n'
        for p in [
            "modules/system/system.base.css", "modules/system/system.menus.css",
            "modules/system/system.messages.css", "modules/system/system.theme.css",
            "modules/comment/comment.css", "modules/field/theme/field.css",
            "modules/node/node.css", "modules/user/user.css",
            "sites/all/modules/views/css/views.css",
        ]
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="{SITE} RSS" href="{{{{origin}}}}/rss.xml" />
<link rel="shortcut icon" href="{{{{origin}}}}/sites/default/files/courier_favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="Columns by Maria Santos, who covers City Hall, housing and transit for the Courier." />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{canonical}" />
<link rel="shortlink" href="{{{{origin}}}}/taxonomy/term/1142" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{canonical}" />
<meta property="og:title" content="Maria Santos" />
  <title>{e(title)}</title>
  <style type="text/css" media="all">
{css}</style>
<style type="text/css" media="all">
@import url("{{{{origin}}}}/themes/courier/css/layout.css?m8v1xq");
@import url("{{{{origin}}}}/themes/courier/css/style.css?m8v1xq");
@import url("{{{{origin}}}}/themes/courier/css/colors.css?m8v1xq");
</style>
  <!--[if lte IE 7]>
<link type="text/css" rel="stylesheet" href="{{{{origin}}}}/themes/courier/css/ie6.css?m8v1xq" media="all" />
<![endif]-->
  <script type="text/javascript" src="{{{{origin}}}}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{{{{origin}}}}/misc/jquery.once.js?v=1.2"></script>
<script type="text/javascript" src="{{{{origin}}}}/misc/drupal.js?m8v1xq"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"courier","theme_token":"Hq2rW0c9Zk_8lqPp3vH0e3yq0qQ9sQYH4zZ1sJc3o2E"}},"views":{{"ajax_path":"\\/views\\/ajax","ajaxViews":{{"views_dom_id:5f2c0a9e1b7d3c4a8e6f0b1d2c3a4e5f":{{"view_name":"columnist_archive","view_display_id":"page","view_args":"1142","view_path":"taxonomy\\/term\\/1142","view_base_path":"opinion\\/columnists\\/%","view_dom_id":"5f2c0a9e1b7d3c4a8e6f0b1d2c3a4e5f","pager_element":0}}}}}},"googleanalytics":{{"trackOutbound":1,"trackMailto":1}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in two-sidebars page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-1142" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>
  </div>
"""


def header() -> str:
    menu = [
        ("Home", "/", "menu-218 first"), ("News", "/news", "menu-412"),
        ("Sports", "/sports", "menu-413"), ("Business", "/business", "menu-414"),
        ("Opinion", "/opinion", "menu-415 active-trail"), ("Obituaries", "/obituaries", "menu-416"),
        ("e-Edition", "/e-edition", "menu-988"), ("Classifieds", "https://classifieds.tricountycourier-ads.com/", "menu-417"),
        ("More", "/sections", "menu-1201 last"),
    ]
    lis = "\n".join(f'<li class="{c}"><a href="{href(h)}" title="">{t}</a></li>' for t, h, c in menu)
    sec = [("Editorials", "/opinion/editorials"), ("Columnists", "/opinion/columnists"),
           ("Letters", "/opinion/letters"), ("Submit a letter", "/node/add/letter")]
    sec_lis = "\n".join(
        f'<li class="leaf{" first" if i == 0 else ""}"><a href="{h}">{t}</a></li>' for i, (t, h) in enumerate(sec)
    )
    return f"""  <div id="page-wrapper"><div id="page">

  <div id="header" class="without-secondary-menu"><div class="section clearfix">

        <a href="/" title="Home" rel="home" id="logo">
        <img src="{{{{origin}}}}/sites/default/files/courier_logo.png" alt="Home" />
      </a>

    <div class="region region-header">
    <div id="block-block-7" class="block block-block">
  <div class="content">
    <p class="header-links"><a href="/subscribe">Subscribe</a> | <a href="/user/login?destination=taxonomy/term/1142">Log in</a> | <a href="/e-edition">Today's paper</a></p>
  </div>
</div>
<div id="block-search-form" class="block block-search">
  <div class="content">
    <form action="/opinion/columnists/maria-santos" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">Search form</h2>
    <div class="form-item form-type-textfield form-item-search-block-form">
  <label class="element-invisible" for="edit-search-block-form--2">Search </label>
 <input title="Enter the terms you wish to search for." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Search" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" />
</div>
</div></form>  </div>
</div>
  </div>

          <div id="main-menu" class="navigation">
        <h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">{lis}</ul>      </div>

  </div></div> <!-- /.section, /#header -->

  <div id="featured"><div class="section clearfix">
    <div class="region region-featured">
    <div id="block-menu-menu-opinion" class="block block-menu">
  <div class="content">
    <ul class="menu">{sec_lis}</ul>  </div>
</div>
  </div>
  </div></div> <!-- /.section, /#featured -->
"""


def row(i: int, k: int, last: bool) -> str:
    zebra = "odd" if k % 2 == 1 else "even"
    cls = f"views-row views-row-{k} views-row-{zebra}"
    if k == 1:
        cls += " views-row-first"
    if last:
        cls += " views-row-last"
    p = COLUMNS[i]
    d = dates[i]
    tags = ", ".join(
        f'<a href="{h}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{t}</a>'
        for t, h in TAGS[i]
    )
    c = COMMENTS[i]
    if c:
        cc = f'<a href="{p}#comments">{c} comment{"s" if c != 1 else ""}</a>'
    else:
        cc = f'<a href="/comment/reply/{nids[i]}#comment-form">Add new comment</a>'
    return f"""  <div class="{cls}">
      
  <div class="views-field views-field-title">        <span class="field-content"><a href="{p}">{e(TITLES[i])}</a></span>  </div>  
  <div class="views-field views-field-created">        <span class="field-content">{d:%a, %m/%d/%Y - %H:%M}</span>  </div>  
  <div class="views-field views-field-body">        <div class="field-content"><p>{e(TEASERS[i])}</p></div>  </div>  
  <div class="views-field views-field-field-tags">    <span class="views-label views-label-field-tags">Topics: </span>    <div class="field-content">{tags}</div>  </div>  
  <div class="views-field views-field-comment-count">        <span class="field-content">{cc}</span>  </div>  
  <div class="views-field views-field-view-node">        <span class="field-content"><a href="{p}">Read more</a></span>  </div>  </div>
"""


def hero() -> str:
    i = 0
    p = COLUMNS[i]
    return f"""<div class="attachment attachment-before">
      <div class="view view-columnist-archive view-id-columnist_archive view-display-id-attachment_1 view-dom-id-0c1b2a39e8f7d6c5b4a3928170f6e5d4">
        
  
  
      <div class="view-content">
        <div class="views-row views-row-1 views-row-odd views-row-first views-row-last lead-column">
      
  <div class="views-field views-field-field-image">        <div class="field-content"><a href="{p}"><img typeof="foaf:Image" src="{{{{origin}}}}/sites/default/files/styles/large/public/field/image/bus-map-0105.jpg?itok=V7p0dXq2" width="640" height="360" alt="The new county bus map" /></a></div>  </div>  
  <div class="views-field views-field-title">        <h2 class="field-content"><a href="{p}">{e(TITLES[i])}</a></h2>  </div>  
  <div class="views-field views-field-created">        <span class="field-content">{dates[i]:%A, %B %-d, %Y - %-I:%M%p}</span>  </div>  
  <div class="views-field views-field-body">        <div class="field-content"><p>{e(TEASERS[i])} The new network goes live Jan. 22, and most riders still do not know which of the 41 routes will change.</p></div>  </div>  
  <div class="views-field views-field-comment-count">        <span class="field-content"><a href="{p}#comments">{COMMENTS[i]} comments</a></span>  </div>  </div>
    </div>
  
  
  
  
  
  
</div>    </div>
"""


def pager(page: int) -> str:
    def url(pg: int) -> str:
        return BASE if pg == 0 else f"{BASE}?page={pg}"

    lis = []
    if page > 0:
        lis.append(f'<li class="pager-first first"><a title="Go to first page" href="{url(0)}">« first</a></li>')
        lis.append(f'<li class="pager-previous"><a title="Go to previous page" href="{url(page - 1)}">‹ previous</a></li>')
    for pg in range(3):
        first = " first" if pg == 0 and page == 0 else ""
        last = " last" if pg == 2 and page == 2 else ""
        if pg == page:
            lis.append(f'<li class="pager-current{first}{last}">{pg + 1}</li>')
        else:
            lis.append(f'<li class="pager-item{first}"><a title="Go to page {pg + 1}" href="{url(pg)}">{pg + 1}</a></li>')
    if page < 2:
        lis.append(f'<li class="pager-next"><a title="Go to next page" href="{url(page + 1)}">next ›</a></li>')
        lis.append(f'<li class="pager-last last"><a title="Go to last page" href="{url(2)}">last »</a></li>')
    return '<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">' + "".join(lis) + "</ul></div>"


def content(page: int) -> str:
    a, b = PAGES[page]
    idx = list(range(a, b))
    rows = "".join(row(i, k + 1, k == len(idx) - 1) for k, i in enumerate(idx))
    hero_html = hero() if page == 0 else ""
    queue = "\n".join(
        f'<li class="views-row views-row-{k + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="{h}">{e(t)}</a></span></div></li>'
        for k, (t, h) in enumerate(QUEUE)
    )
    return f"""  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">

          <div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/opinion">Opinion</a> » <a href="/opinion/columnists">Columnists</a></div></div>
    
    <div id="content" class="column"><div class="section">
            <a id="main-content"></a>
                    <h1 class="title" id="page-title">
          Maria Santos        </h1>
                          <div class="tabs">
                  </div>
                          <div class="region region-content">
    <div id="block-system-main" class="block block-system">

    
  <div class="content">
    <div class="view view-columnist-archive view-id-columnist_archive view-display-id-page view-dom-id-5f2c0a9e1b7d3c4a8e6f0b1d2c3a4e5f">
            <div class="view-header">
      <div class="columnist-bio"><img typeof="foaf:Image" src="{{{{origin}}}}/sites/default/files/styles/thumbnail/public/columnists/santos.jpg?itok=Qx3b9Zk1" width="100" height="100" alt="Maria Santos" /><p><strong>Maria Santos</strong> has covered City Hall, housing and transit for the Courier since 2011. Her column runs Tuesdays and Fridays. Reach her at <a href="mailto:msantos@tricountycourier.com">msantos@tricountycourier.com</a> or follow her on Twitter <a href="https://twitter.com/mariasantosTCC">@mariasantosTCC</a>. <a href="/users/msantos" title="View user profile.">Staff profile</a></p></div>    </div>
  
  
      {hero_html}
      <div class="view-content">
      {rows}    </div>
  
      {pager(page)}
  
  
  
      <div class="feed-icon">
      <a href="{{{{origin}}}}/rss.xml" class="feed-icon" title="Subscribe to {SITE} RSS"><img typeof="foaf:Image" src="{{{{origin}}}}/misc/feed.png" width="16" height="16" alt="Subscribe to {SITE} RSS" /></a>    </div>
  
</div>  </div>
</div>
<div id="block-views-nodequeue-3-block" class="block block-views">

    
  <div class="content">
    <div class="view view-nodequeue-3 view-id-nodequeue_3 view-display-id-block view-dom-id-9a8b7c6d5e4f30211f2e3d4c5b6a7980">
        
  
  
      <div class="view-content">
      <div class="item-list">    <ul>{queue}</ul></div>    </div>
  
  
  
  
  
  
</div>  </div>
</div>
<div id="block-block-12" class="block block-block">
  <div class="content">
    <div class="addthis_toolbox addthis_default_style"><a href="https://www.facebook.com/sharer/sharer.php?u={{{{origin}}}}{BASE}" class="addthis_button_facebook">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url={{{{origin}}}}{BASE}&amp;text=Maria%20Santos%20columns" class="addthis_button_twitter">Tweet</a> <a href="mailto:?subject=Maria%20Santos&amp;body={{{{origin}}}}{BASE}" class="addthis_button_email">Email</a></div>  </div>
</div>
  </div>
      
    </div></div> <!-- /.section, /#content -->
"""


def sidebar_first() -> str:
    def lst(items: list[tuple[str, int]]) -> str:
        n = len(items)
        return "".join(
            f'<li class="{"first" if k == 0 else ""}{" last" if k == n - 1 else ""}"><a href="/node/{nid}">{e(t)}</a></li>'
            for k, (t, nid) in enumerate(items)
        )

    comments = [
        (9912, "Spot on, Maria", "2 hours 5 min"), (9910, "The 14 bus used to run every 20 minutes", "3 hours 41 min"),
        (9907, "Who is going to pay for this?", "5 hours 12 min"), (9903, "Deer season", "9 hours 2 min"),
        (9899, "Re: Rent control, again", "1 day 1 hour"),
    ]
    com = "".join(
        f'<li class="{"first" if k == 0 else ""}{" last" if k == len(comments) - 1 else ""}"><a href="/comment/{cid}#comment-{cid}">{e(s)}</a> <span>{ago} ago</span></li>'
        for k, (cid, s, ago) in enumerate(comments)
    )
    others = "".join(
        f'<li class="views-row"><a href="{page}">{name}</a><br /><span class="latest"><a href="{cp}">{e(ct)}</a></span></li>'
        for name, page, ct, cp in OTHER_COLS
    )
    return f"""          <div id="sidebar-first" class="column sidebar"><div class="section">
          <div class="region region-sidebar-first">
    <div id="block-statistics-popular" class="block block-statistics">

        <h2>Popular content</h2>
    
  <div class="content">
    <div class="item-list"><h3>Today's:</h3><ul>{lst(NEWS)}</ul></div><br /><div class="item-list"><h3>All time:</h3><ul>{lst(ALLTIME)}</ul></div><br /><div class="item-list"><h3>Last viewed:</h3><ul>{lst(LASTVIEWED)}</ul></div>  </div>
</div>
<div id="block-views-columnists-block-1" class="block block-views">

        <h2>Our columnists</h2>
    
  <div class="content">
    <div class="view view-columnists view-id-columnists view-display-id-block_1">
      <div class="view-content"><div class="item-list"><ul>{others}</ul></div></div>
      <div class="more-link"><a href="/opinion/columnists">All columnists</a></div>
    </div>  </div>
</div>
<div id="block-comment-recent" class="block block-comment">

        <h2>Recent comments</h2>
    
  <div class="content">
    <div class="item-list"><ul>{com}</ul></div>  </div>
</div>
<div id="block-user-online" class="block block-user">

        <h2>Who's online</h2>
    
  <div class="content">
    <p>There are currently 2 users and 214 guests online.</p><h2 class="element-invisible">Online users</h2><div class="item-list"><ul><li class="first"><a href="/users/jkowalski" title="View user profile." class="username" xml:lang="" about="/users/jkowalski" typeof="sioc:UserAccount" property="foaf:name" datatype="">jkowalski</a></li><li class="last"><a href="/user/2214" title="View user profile." class="username" xml:lang="" about="/user/2214" typeof="sioc:UserAccount" property="foaf:name" datatype="">pattyb</a></li></ul></div>  </div>
</div>
  </div>
      </div></div> <!-- /.section, /#sidebar-first -->
"""


def sidebar_second() -> str:
    return f"""          <div id="sidebar-second" class="column sidebar"><div class="section">
          <div class="region region-sidebar-second">
    <div id="block-block-3" class="block block-block">
  <div class="content">
    <div class="ad ad-300x250"><a href="https://ads.example-network.com/click?zone=courier_opinion_rr1&amp;cb=839201"><img src="https://ads.example-network.com/serve?zone=courier_opinion_rr1&amp;size=300x250" alt="Advertisement" width="300" height="250" /></a></div>  </div>
</div>
<div id="block-block-15" class="block block-block">

        <h2>From Maria</h2>
    
  <div class="content">
    <p>Maria's most-discussed column this year: <a href="{href(PROMO[1])}">{e(PROMO[0])}</a></p>
<p>Got a tip about City Hall? <a href="/contact/maria-santos">Send it to Maria</a>.</p>  </div>
</div>
<div id="block-nodequeue-5" class="block block-nodequeue">

        <h2>Editors' picks</h2>
    
  <div class="content">
    <div class="item-list"><ul><li class="first"><a href="{EDITORIAL[1]}">{e(EDITORIAL[0])}</a></li><li><a href="{href(PICK[1])}">{e(PICK[0])}</a></li><li class="last"><a href="{LETTERS[1]}">{e(LETTERS[0])}</a></li></ul></div>  </div>
</div>
<div id="block-views-sponsored-block" class="block block-views">

        <h2>Partner content</h2>
    
  <div class="content">
    <div class="view view-sponsored"><div class="view-content"><div class="views-row views-row-1 views-row-odd views-row-first views-row-last"><div class="views-field views-field-field-sponsor"><span class="field-content">Sponsored by Keystone Heating &amp; Air</span></div><div class="views-field views-field-title"><span class="field-content"><a href="{SPONSORED[1]}">{e(SPONSORED[0])}</a></span></div></div></div></div>  </div>
</div>
<div id="block-simplenews-27" class="block block-simplenews">

        <h2>Opinion newsletter</h2>
    
  <div class="content">
          <p>Columns and editorials in your inbox every Saturday morning.</p>
  
      <form class="simplenews-subscribe" action="/opinion/columnists/maria-santos" method="post" id="simplenews-block-form-27" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-mail">
  <label for="edit-mail">E-mail <span class="form-required" title="This field is required.">*</span></label>
 <input type="text" id="edit-mail" name="mail" value="" size="20" maxlength="128" class="form-text required" />
</div>
<input type="submit" id="edit-submit--2" name="op" value="Subscribe" class="form-submit" /><input type="hidden" name="form_id" value="simplenews_block_form_27" />
</div></form>  
      <div class="issues-link"><a href="/newsletter/opinion">Previous issues</a></div>  </div>
</div>
<div id="block-user-login" class="block block-user">

        <h2>User login</h2>
    
  <div class="content">
    <form action="/opinion/columnists/maria-santos?destination=taxonomy/term/1142" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Username <span class="form-required" title="This field is required.">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" />
</div>
<div class="form-item form-type-password form-item-pass">
  <label for="edit-pass">Password <span class="form-required" title="This field is required.">*</span></label>
 <input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" />
</div>
<div class="item-list"><ul><li class="first"><a href="/user/register" title="Create a new user account.">Create new account</a></li>
<li class="last"><a href="/user/password" title="Request new password via e-mail.">Request new password</a></li>
</ul></div><input type="hidden" name="form_id" value="user_login_block" />
<div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--3" name="op" value="Log in" class="form-submit" /></div></div></form>  </div>
</div>
  </div>
      </div></div> <!-- /.section, /#sidebar-second -->
"""


def footer() -> str:
    links = [("About us", "/about-us"), ("Contact", "/contact"), ("Advertise", "/advertise"),
             ("Letters to the editor", "/opinion/letters"), ("Submit an obituary", "/node/add/obituary"),
             ("Terms of use", "/terms-of-use"), ("Privacy policy", "/privacy-policy"), ("RSS feeds", "/rss-feeds")]
    lis = "".join(f'<li class="leaf"><a href="{h}">{t}</a></li>' for t, h in links)
    return f"""
  </div></div> <!-- /#main, /#main-wrapper -->

  <div id="footer-wrapper"><div class="section">

          <div id="footer" class="clearfix">
          <div class="region region-footer">
    <div id="block-menu-menu-footer" class="block block-menu">
  <div class="content">
    <ul class="menu">{lis}</ul>  </div>
</div>
<div id="block-block-1" class="block block-block">
  <div class="content">
    <p>© 2024 {SITE}, 120 N. Main St., Dunmore. All rights reserved. Follow us on <a href="https://www.facebook.com/TriCountyCourier">Facebook</a> and <a href="https://twitter.com/TCCourier">Twitter</a>.</p>  </div>
</div>
  </div>
      </div> <!-- /#footer -->
    
  </div></div> <!-- /.section, /#footer-wrapper -->

</div></div> <!-- /#page, /#page-wrapper -->
<script type="text/javascript">
<!--//--><![CDATA[//><!--
var _gaq = _gaq || [];_gaq.push(["_setAccount", "UA-1234567-1"]);_gaq.push(["_trackPageview"]);(function() {{var ga = document.createElement("script");ga.type = "text/javascript";ga.async = true;ga.src = ("https:" == document.location.protocol ? "https://ssl" : "http://www") + ".google-analytics.com/ga.js";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(ga, s);}})();
//--><!]]>
</script>
</body>
</html>
"""


def page_html(page: int) -> str:
    return head(page) + header() + content(page) + sidebar_first() + sidebar_second() + footer()


def rss() -> str:
    items = [(t, f"/node/{nid}", "Local") for t, nid in NEWS[:4]]
    items.insert(1, (TITLES[0], COLUMNS[0], "Opinion"))
    items.append((EDITORIAL[0], EDITORIAL[1], "Opinion"))
    items += [(t, h, "Local") for t, h in QUEUE[:2]]
    items.append((OTHER_COLS[1][2], OTHER_COLS[1][3], "Opinion"))
    out = []
    d = datetime(2024, 1, 5, 9, 30)
    for k, (t, h, cat) in enumerate(items):
        nid = re.sub(r"\D", "", h)[-5:] if h.startswith("/node/") else str(49000 - k)
        if h == COLUMNS[0]:
            nid = str(nids[0])
        creator = "Maria Santos" if h == COLUMNS[0] else ("Renee Okafor" if "hospital" in h else "Courier staff")
        out.append(f"""  <item>
    <title>{e(t)}</title>
    <link>{{{{origin}}}}{h}</link>
    <description>{e("<p>" + t + "</p>")}</description>
     <comments>{{{{origin}}}}{h}#comments</comments>
 <category domain="{{{{origin}}}}/{cat.lower()}">{cat}</category>
 <pubDate>{d:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
 <dc:creator>{creator}</dc:creator>
 <guid isPermaLink="false">{nid} at {{{{origin}}}}</guid>
  </item>""")
        d -= timedelta(hours=2, minutes=17)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{{{{origin}}}}" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{SITE}</title>
    <link>{{{{origin}}}}</link>
    <description>News from Dunmore and the tri-county area</description>
    <language>en</language>
{chr(10).join(out)}
  </channel>
</rss>
"""


def main() -> None:
    d = OUT / "opinion" / "columnists" / "maria-santos"
    d.mkdir(parents=True, exist_ok=True)
    (d / "index.html").write_text(page_html(0), encoding="utf-8")
    (d / "index@page=1.html").write_text(page_html(1), encoding="utf-8")
    (d / "index@page=2.html").write_text(page_html(2), encoding="utf-8")
    (OUT / "rss.xml").write_text(rss(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
        "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
        "User-agent: *\n# Directories\nDisallow: /includes/\nDisallow: /misc/\n"
        "Disallow: /modules/\nDisallow: /profiles/\nDisallow: /scripts/\nDisallow: /themes/\n"
        "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\nDisallow: /filter/tips/\n"
        "Disallow: /node/add/\nDisallow: /search/\nDisallow: /user/register/\nDisallow: /user/password/\n"
        "Disallow: /user/login/\nDisallow: /user/logout/\n# Paths (no clean URLs)\nDisallow: /?q=admin/\n"
        "Disallow: /?q=comment/reply/\nDisallow: /?q=node/add/\nDisallow: /?q=user/login/\n",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": (
            "A regional paper on Drupal 7: a columnist's Views listing whose column links are mostly "
            "bare /node/NID (some pathauto aliases), with a zero-based ?page=N pager and a canonical "
            "that drops the page parameter; sidebars (Popular content, Editors' picks, partner content, "
            "other columnists) link news and other writers' pieces of exactly the same /node/NID shape, "
            "and the only advertised feed is the site-wide front-page /rss.xml."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": COLUMNS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
