"""Generate the h5-joomla-query fixture: a small magazine still on Joomla 1.5 (JA Purity-like
template, SEF URLs off), a columnist's category in list (table) layout, articles identified by
the query (?option=com_content&view=article&id=NNN:alias&catid=9&Itemid=101), &limitstart=N
pagination.

stdlib only, deterministic: python tests/sites/discovery/_make/h5-joomla-query.py
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

NAME = "h5-joomla-query"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Ruth Abernathy"
SITE = "High Desert Journal"
CAT_Q = "option=com_content&view=category&id=9&Itemid=101"
CAT = "/index.php?" + CAT_Q

TITLES = [
    "When the Creek Runs Dry",
    "Winter Owls",
    "The Last Sheep Drive Through Paulina",
    "What the Juniper Knows",
    "A Letter to the County Watermaster",
    "Fence Lines",
    "How We Lost the Grange Hall, and How We Might Get It Back",
    "Cheatgrass Season",
    "The Rancher Who Reads Thoreau",
    "Notes on a Burn Scar, Two Years On",
    "Why I Stopped Counting Sage Grouse",
    "Snow Survey",
    "Old Roads, New Maps",
    "The Trouble With Wild Horse Politics",
    "A Broken Windmill and the Neighbor Who Fixed It",
    "In Praise of the Rural Library",
    "Lambing",
    "The Dam Removal Debate Comes to Our Valley",
    "What Tourists Don't See in August",
    "Elk at the Haystack",
    "Our Schools Are Shrinking. Here Is What That Costs.",
    "A Small Defense of Barbed Wire",
    "The Well Driller's Ledger",
    "Lessons From a Dry Year",
    "First Frost",
    "Why This Column Exists",
]


def alias(title: str) -> str:
    """Joomla 1.5 JFilterOutput::stringURLSafe."""
    s = title.replace("-", " ").lower()
    s = re.sub(r"(\s|[^A-Za-z0-9\-])+", "-", s)
    return s.strip("-")


rng = random.Random(1515)
ids = []
n = 452
for _ in TITLES:
    ids.append(n)
    n -= rng.randint(3, 11)
dates = []
d = datetime(2023, 11, 28, 9, 14)
for _ in TITLES:
    dates.append(d)
    d -= timedelta(days=rng.choice([14, 14, 21, 28, 12]), minutes=rng.randint(0, 300))
ALIASES = [alias(t) for t in TITLES]
ALIASES[22] = "field-notes-column-draft-2"  # an editor re-used a draft: alias unlike the title
HITS = [rng.randint(180, 3900) for _ in TITLES]
WRITERS = [AUTHOR] * len(TITLES)
WRITERS[17] = "Administrator"  # posted by the web editor while Ruth was away
WRITERS[25] = "Administrator"


def art(i: int, catid: int = 9, itemid: int = 101, aid: int | None = None, al: str | None = None) -> str:
    return (f"/index.php?option=com_content&view=article&id={aid if aid is not None else ids[i]}:"
            f"{al if al is not None else ALIASES[i]}&catid={catid}&Itemid={itemid}")


COLUMNS = [art(i) for i in range(len(TITLES))]

used = set(ids)


def other_id(seed: int, lo: int = 300, hi: int = 470) -> int:
    r = random.Random(seed)
    while True:
        v = r.randint(lo, hi)
        if v not in used:
            used.add(v)
            return v


def news(title: str, catid: int, itemid: int, seed: int) -> tuple[str, str]:
    return title, art(0, catid, itemid, other_id(seed), alias(title))


MOST_READ = [  # catid=3, same shape
    news("Commissioners Approve New Landfill Site Near Millican", 3, 55, 1),
    news("Crooked River Roundup 2023: Full Results", 3, 55, 2),
    news("Wildfire Season Outlook: What Ranchers Should Expect", 3, 55, 3),
    news("Obituary: Lyle Dennison, 1938-2023", 3, 55, 4),
    news("County Fair Board Names New Manager", 3, 55, 5),
]
LATEST = [
    news("Deschutes Basin Water Plan Hearing Set for December", 1, 2, 6),
    news("Photo Essay: The Brothers Cattle Auction", 1, 2, 7),
    ("When the Creek Runs Dry", COLUMNS[0]),
    news("Holiday Gift Guide: Twelve Things Made in the High Desert", 4, 58, 8),
    news("Letters: On Wild Horses, Again", 12, 65, 9),
]
NEWSFLASH_TOP = [  # untitled top spotlight: news teasers with readon links
    news("Ranchers and Anglers Find Common Ground on the Upper Crooked", 1, 2, 10),
    news("The Long Road Back for Christmas Valley", 4, 58, 11),
    news("A Hard Winter for the Hay Market", 3, 55, 12),
]
OTHER_CATS = [  # other columnists' categories and their newest pieces: same shape, other catid
    ("Hadley at Large", "Tom Hadley", 10, 102,
     news("The Sheriff's Budget and the Empty Jail", 10, 102, 13)),
    ("Ranch Kitchen", "Dolores Quintana", 11, 103,
     news("Sourdough at 4,000 Feet", 11, 103, 14)),
    ("Range Notes", "Cal Whitaker", 13, 104, news("Grazing Permits, Explained", 13, 104, 15)),
]
SPONSORED = news("Sponsored: Plan Your Stay at Sunriver This Winter", 14, 60, 16)
COMMENTS = [  # JComments latest comments: fragment links onto true columns and others
    (COLUMNS[0] + "#comment-1821", "Jim W.", "Our well dropped eleven feet this year..."),
    (COLUMNS[3] + "#comment-1815", "margaret", "Beautiful piece, Ruth. My grandfather..."),
    (MOST_READ[0][1] + "#comment-1810", "Bend resident", "Nobody asked the people in Millican"),
    (COLUMNS[13] + "#comments", "horsewoman54", "You left out the BLM's side of it."),
]
PROMO = (TITLES[6], COLUMNS[6] + "&utm_source=acymailing&utm_medium=email&utm_campaign=fieldnotes")


def q(p: str) -> str:
    """&amp; in attributes, as Joomla 1.5 writes them."""
    return html.escape(p, quote=True)


e = html.escape

PAGES = [(0, 10), (10, 20), (20, 26)]


def page_url(page: int) -> str:
    return f"{CAT}&limitstart={page * 10}" if page else CAT


def head(page: int) -> str:
    base = "{{origin}}" + page_url(page)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb">

<head>
  <base href="{q(base)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="high desert, central oregon, ranching, water, essays, field notes" />
  <meta name="description" content="Field Notes, a column by Ruth Abernathy. High Desert Journal: stories from east of the Cascades." />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>Field Notes</title>
  <link href="/templates/ja_purity/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <link rel="stylesheet" href="/plugins/system/jcemediabox/css/jcemediabox.css?version=114" type="text/css" />
  <link rel="stylesheet" href="/components/com_jcomments/tpl/default/style.css?v=12" type="text/css" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
  <script type="text/javascript">
		window.addEvent('domready', function(){{ var JTooltips = new Tips($$('.hasTip'), {{ maxTitleChars: 50, fixed: false}}); }});
  </script>

<link rel="stylesheet" href="{{{{origin}}}}/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="{{{{origin}}}}/templates/system/css/general.css" type="text/css" />
<link rel="stylesheet" href="{{{{origin}}}}/templates/ja_purity/css/template.css" type="text/css" />

<script language="javascript" type="text/javascript" src="{{{{origin}}}}/templates/ja_purity/js/ja.script.js"></script>

<!--[if lte IE 6]>
<style type="text/css">
.clearfix {{height: 1%;}}
img {{border: none;}}
</style>
<![endif]-->

<link href="{{{{origin}}}}/templates/ja_purity/css/colors/default.css" rel="stylesheet" type="text/css" />
</head>

<body id="bd" class="fs3 Moz" >
<a name="Top" id="Top"></a>
<ul class="accessibility">
	<li><a href="{q(page_url(page))}#ja-content" title="Skip to content">Skip to content</a></li>
	<li><a href="{q(page_url(page))}#ja-mainnav" title="Skip to main navigation">Skip to main navigation</a></li>
	<li><a href="{q(page_url(page))}#ja-col1" title="Skip to 1st column">Skip to 1st column</a></li>
</ul>

<div id="ja-wrapper">
"""


MAINNAV = [
    ("Home", "index.php?option=com_content&view=frontpage&Itemid=1"),
    ("News", "index.php?option=com_content&view=section&id=1&Itemid=2"),
    ("Features", "index.php?option=com_content&view=section&id=4&Itemid=58"),
    ("Opinion", "index.php?option=com_content&view=section&id=2&Itemid=53"),
    ("Photo Essays", "index.php?option=com_content&view=section&id=5&Itemid=59"),
    ("Events", "index.php?option=com_jevents&view=month&task=month.calendar&Itemid=61"),
    ("More", "index.php?option=com_content&view=section&id=7&Itemid=70"),
]


def header() -> str:
    items = []
    for k, (t, h) in enumerate(MAINNAV):
        cls = f"menu-item{k}" + (" first-item" if k == 0 else "") + (" last-item" if k == len(MAINNAV) - 1 else "")
        if t == "Opinion":
            cls += " active"
        li_cls = ' class="havechild active"' if t == "Opinion" else ""
        items.append(f'<li{li_cls}><a href="{q(h)}" class="{cls}" id="menu{k + 1}" title="{t}"><span class="menu-title">{t}</span></a></li>')
    return f"""<!-- BEGIN: HEADER -->
<div id="ja-headerwrap">
	<div id="ja-header" class="clearfix" style="background: url({{{{origin}}}}/templates/ja_purity/images/header/header3.jpg) no-repeat top right;">

	<div class="ja-headermask">&nbsp;</div>

			<h1 class="logo">
			<a href="/index.php" title="{SITE}"><span>{SITE}</span></a>
		</h1>
	
			<ul class="ja-usertools-font">
	      <li><img style="cursor: pointer;" title="Increase font size" src="{{{{origin}}}}/templates/ja_purity/images/user-increase.png" alt="Increase font size" id="ja-tool-increase" onclick="switchFontSize('ja_purity_ja_font','inc'); return false;" /></li>
		  <li><img style="cursor: pointer;" title="Default font size" src="{{{{origin}}}}/templates/ja_purity/images/user-reset.png" alt="Default font size" id="ja-tool-reset" onclick="switchFontSize('ja_purity_ja_font',3); return false;" /></li>
		  <li><img style="cursor: pointer;" title="Decrease font size" src="{{{{origin}}}}/templates/ja_purity/images/user-decrease.png" alt="Decrease font size" id="ja-tool-decrease" onclick="switchFontSize('ja_purity_ja_font','dec'); return false;" /></li>
		</ul>
	
			<div id="ja-search">
			<form action="index.php" method="post">
	<div class="search">
		<input name="searchword" id="mod_search_searchword" maxlength="20" alt="Search" class="inputbox" type="text" size="20" value="search..."  onblur="if(this.value=='') this.value='search...';" onfocus="if(this.value=='search...') this.value='';" />	</div>
	<input type="hidden" name="task"   value="search" />
	<input type="hidden" name="option" value="com_search" />
	<input type="hidden" name="Itemid" value="101" />
</form>
		</div>
	
	</div>
</div>
<!-- END: HEADER -->

<!-- BEGIN: MAIN NAVIGATION -->
<div id="ja-mainnavwrap">
	<div id="ja-mainnav" class="clearfix">
	<ul id="ja-cssmenu" class="clearfix">
{chr(10).join(items)}
</ul>
	</div>
</div>
<!-- END: MAIN NAVIGATION -->
"""


def topsl() -> str:
    cells = []
    for t, h in NEWSFLASH_TOP:
        cells.append(f"""<div class="ja-box column ja-box-left" style="width: 33.3%;">
<table class="contentpaneopen">
<tr>
<td valign="top" ><p><img src="images/stories/spotlight/{alias(t)[:20]}.jpg" border="0" width="120" height="80" style="float: left; margin-right: 6px;" alt="" />{e(t)}. A story from our current print issue, now online.</p></td>
</tr>
<tr>
<td valign="top" >
<a href="{q(h)}" class="readon">
Read more...</a>
</td>
</tr>
</table>
<span class="article_separator">&nbsp;</span>
</div>""")
    return f"""
<!-- BEGIN: TOP SPOTLIGHT -->
<div id="ja-topsl" class="clearfix">
{"".join(cells)}
</div>
<!-- END: TOP SPOTLIGHT -->
"""


def rows(page: int) -> str:
    a, b = PAGES[page]
    out = []
    for k, i in enumerate(range(a, b)):
        cls = f"sectiontableentry{k % 2 + 1}"
        out.append(f"""<tr class="{cls}" >
	<td align="right">
		{a + k + 1}	</td>
		<td>
				<a href="{q(COLUMNS[i])}">
			{e(TITLES[i])}</a>
					</td>
			<td >
		{dates[i]:%d.%m.%y}	</td>
			<td >
		Written by {WRITERS[i]}	</td>
			<td align="center">
		{HITS[i]}	</td>
	</tr>""")
    return "\n".join(out)


def pagination(page: int) -> str:
    def a(title: str, text: str, pg: int) -> str:
        return f'<a title="{title}" href="{q(CAT + "&limitstart=" + str(pg * 10))}" class="pagenav">{text}</a>'

    def s(text: str) -> str:
        return f'<span class="pagenav">{text}</span>'

    parts = []
    if page == 0:
        parts += ["&lt;&lt; " + s("Start"), "&lt; " + s("Prev")]
    else:
        parts += ["&lt;&lt; " + a("Start", "Start", 0), "&lt; " + a("Prev", "Prev", page - 1)]
    nums = " ".join(s(str(pg + 1)) if pg == page else a(str(pg + 1), str(pg + 1), pg) for pg in range(3))
    parts.append(nums)
    if page < 2:
        parts += [a("Next", "Next", page + 1) + " &gt;", a("End", "End", 2) + " &gt;&gt;"]
    else:
        parts += [s("Next") + " &gt;", s("End") + " &gt;&gt;"]
    return " ".join(parts)


def content(page: int) -> str:
    return f"""<div class="componentheading">
	Field Notes</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr>
	<td valign="top" class="contentdescription" colspan="2">
			<img src="{{{{origin}}}}/images/stories/columnists/abernathy.jpg" align="left" hspace="6" alt="abernathy.jpg" />
			<p>Ruth Abernathy ranches with her husband near Post, Oregon, and has written Field Notes for the Journal since 2007. Her book <em>Dry Country</em> is available in our <a href="index.php?option=com_virtuemart&amp;page=shop.product_details&amp;product_id=14&amp;Itemid=66">shop</a>. <a href="index.php?option=com_contact&amp;view=contact&amp;id=7&amp;Itemid=101">Write to Ruth</a> &middot; <a href="/index.php?option=com_comprofiler&amp;task=userProfile&amp;user=62&amp;Itemid=74">Ruth's profile</a></p>
		</td>
</tr>
<tr>
	<td>
	<script language="javascript" type="text/javascript">

	function tableOrdering( order, dir, task )
	{{
		var form = document.adminForm;

		form.filter_order.value 	= order;
		form.filter_order_Dir.value	= dir;
		document.adminForm.submit( task );
	}}
</script>
<form action="{q(page_url(page))}" method="post" name="adminForm">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
	<td align="left" width="60%" nowrap="nowrap">
		Title Filter&nbsp;
		<input type="text" name="filter" value="" class="inputbox" onchange="document.adminForm.submit();" />
	</td>
	<td align="right" width="40%" nowrap="nowrap">
	Display #&nbsp;<select name="limit" id="limit" class="inputbox" size="1" onchange="this.form.submit()">
	<option value="5" >5</option>
	<option value="10"  selected="selected">10</option>
	<option value="15" >15</option>
	<option value="20" >20</option>
	<option value="25" >25</option>
	<option value="30" >30</option>
	<option value="50" >50</option>
	<option value="100" >100</option>
	<option value="0" >All</option>
</select>	</td>
</tr>
</table>
<table class="category" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
	<td class="sectiontableheader" align="right" width="5">
		#	</td>
		<td class="sectiontableheader" width="45%">
		<a href="javascript:tableOrdering('a.title','asc','');" title="Click to sort by this column">Item Title</a>	</td>
			<td class="sectiontableheader" width="25%">
		<a href="javascript:tableOrdering('a.created','asc','');" title="Click to sort by this column">Date</a>	</td>
			<td class="sectiontableheader"  width="20%">
		<a href="javascript:tableOrdering('author','asc','');" title="Click to sort by this column">Author</a>	</td>
			<td align="center" class="sectiontableheader" width="5%" nowrap="nowrap">
		<a href="javascript:tableOrdering('a.hits','asc','');" title="Click to sort by this column">Hits</a>	</td>
	</tr>
{rows(page)}
<tr>
	<td align="center" colspan="5" class="sectiontablefooter">
	<del class="container"><div class="pagination">
{pagination(page)}	</div></del>
	</td>
</tr>
<tr>
	<td colspan="5" align="right">
		Page {page + 1} of 3	</td>
</tr>
</table>

<input type="hidden" name="id" value="9" />
<input type="hidden" name="sectionid" value="2" />
<input type="hidden" name="task" value="category" />
<input type="hidden" name="filter_order" value="" />
<input type="hidden" name="filter_order_Dir" value="" />
<input type="hidden" name="limitstart" value="{page * 10}" />
</form>
	</td>
</tr>
</table>
"""


def left_col() -> str:
    mainmenu = "".join(
        f'<li class="item{it}{" active" if t == "Opinion" else ""}"><a href="{q(h)}"><span>{t}</span></a></li>'
        for it, (t, h) in zip([1, 2, 58, 53, 59, 61, 70], MAINNAV)
    )
    cols = "".join(
        f'<li class="item{it}"><a href="{q("index.php?option=com_content&view=category&id=" + str(cid) + "&Itemid=" + str(it))}"><span>{cat} <em>({who})</em></span></a></li>'
        for cat, who, cid, it, _ in OTHER_CATS
    )
    cols = f'<li id="current" class="active item101"><a href="{q(CAT)}"><span>Field Notes <em>(Ruth Abernathy)</em></span></a></li>' + cols
    return f"""<!-- BEGIN: LEFT COLUMN -->
<div id="ja-col1">
		<div class="moduletable_menu">
					<h3>Main Menu</h3>
					<ul class="menu">{mainmenu}<li class="item62"><a href="index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=62"><span>About the Journal</span></a></li><li class="item63"><a href="index.php?option=com_content&amp;view=article&amp;id=4&amp;Itemid=63"><span>Submissions</span></a></li></ul>		</div>
			<div class="moduletable">
					<h3>Columnists</h3>
					<ul class="menu">{cols}</ul>		</div>
			<div class="moduletable">
					<h3>Login Form</h3>
					<form action="index.php" method="post" name="login" id="form-login" >
		<fieldset class="input">
	<p id="form-login-username">
		<label for="modlgn_username">Username</label><br />
		<input id="modlgn_username" type="text" name="username" class="inputbox" alt="username" size="18" />
	</p>
	<p id="form-login-password">
		<label for="modlgn_passwd">Password</label><br />
		<input id="modlgn_passwd" type="password" name="passwd" class="inputbox" size="18" alt="password" />
	</p>
		<p id="form-login-remember">
		<label for="modlgn_remember">Remember Me</label>
		<input id="modlgn_remember" type="checkbox" name="remember" class="inputbox" value="yes" alt="Remember Me" />
	</p>
		<input type="submit" name="Submit" class="button" value="Login" />
	</fieldset>
	<ul>
		<li>
			<a href="/index.php?option=com_user&amp;view=reset">
			Forgot your password?</a>
		</li>
		<li>
			<a href="/index.php?option=com_user&amp;view=remind">
			Forgot your username?</a>
		</li>
				<li>
			<a href="/index.php?option=com_user&amp;view=register">
				Create an account</a>
		</li>
			</ul>
	
	<input type="hidden" name="option" value="com_user" />
	<input type="hidden" name="task" value="login" />
	<input type="hidden" name="return" value="L2luZGV4LnBocD9vcHRpb249Y29tX2NvbnRlbnQmdmlldz1jYXRlZ29yeSZpZD05Jkl0ZW1pZD0xMDE=" />
	<input type="hidden" name="a8c3f0e19d2b7b4c6e5f1a0d9c8b7e6f" value="1" /></form>
		</div>
			<div class="moduletable">
					<h3>Subscribe</h3>
					<p>The print Journal comes out four times a year. <a href="index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=71">Subscribe to the print edition</a> or <a href="https://www.paypal.com/cgi-bin/webscr?cmd=_s-xclick&amp;hosted_button_id=HDJ2009SUB">give a gift subscription</a>.</p>		</div>
	
</div><br />
<!-- END: LEFT COLUMN -->
"""


def right_col() -> str:
    mostread = "".join(f'<li class="mostread"><a href="{q(h)}" class="mostread">\n\t\t\t{e(t)}</a>\n\t</li>' for t, h in MOST_READ)
    latest = "".join(f'<li class="latestnews"><a href="{q(h)}" class="latestnews">\n\t\t\t{e(t)}</a>\n\t</li>' for t, h in LATEST)
    comments = "".join(
        f'<li><a class="jcl_comment" href="{q(h)}" title="{e(txt)}">{e(txt)}</a><br /><span class="jcl_author">{e(who)}</span></li>'
        for h, who, txt in COMMENTS
    )
    others = "".join(
        f'<li><a href="{q(p)}">{e(t)}</a> <span class="small">&mdash; {who}</span></li>' for _, who, _, _, (t, p) in OTHER_CATS
    )
    tags = " ".join(
        f'<a href="{q("index.php?option=com_tag&task=tag&tag=" + t.replace(" ", "-") + "&Itemid=75")}" class="tag{w}">{t}</a>'
        for t, w in [("water", 5), ("ranching", 4), ("wildfire", 3), ("wild horses", 2), ("schools", 1),
                     ("sage grouse", 2), ("history", 3), ("Paulina", 1)]
    )
    return f"""<!-- BEGIN: RIGHT COLUMN -->
<div id="ja-col2">
		<div class="jamod module" id="Mod18">
			<div>
				<div>
					<div>
												<h3 class="show"><span>Most Read</span></h3>
																	<div class="jamod-content"><ul class="mostread">{mostread}</ul></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod19">
			<div>
				<div>
					<div>
												<h3 class="show"><span>Latest News</span></h3>
																	<div class="jamod-content"><ul class="latestnews">{latest}</ul></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod31">
			<div>
				<div>
					<div>
												<h3 class="show"><span>Also in Opinion</span></h3>
																	<div class="jamod-content"><ul>{others}</ul>
<p><a href="index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=65">Letters to the Editor</a> &middot; <a href="index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=64">Write a letter</a></p></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod44">
			<div>
				<div>
					<div>
												<h3 class="show"><span>Latest Comments</span></h3>
																	<div class="jamod-content"><ul class="jclist">{comments}</ul></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod52">
			<div>
				<div>
					<div>
												<h3 class="show"><span>From the Newsletter</span></h3>
																	<div class="jamod-content"><p>This month Ruth revisits <a href="{q(PROMO[1])}">{e(PROMO[0])}</a>.</p>
<form action="index.php?option=com_acymailing&amp;ctrl=sub" method="post" name="formAcymailing1" id="formAcymailing1"><p><input id="user_email_formAcymailing1" type="text" name="user[email]" value="E-mail" class="inputbox" /> <input type="submit" class="button subbutton" value="Subscribe" name="Submit" /></p><input type="hidden" name="task" value="notask" /></form></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod27">
			<div>
				<div>
					<div>
												<h3 class="show"><span>Tags</span></h3>
																	<div class="jamod-content"><div class="tagcloud">{tags}</div></div>
					</div>
				</div>
			</div>
		</div>
			<div class="jamod module" id="Mod33">
			<div>
				<div>
					<div>
																	<div class="jamod-content"><div class="bannergroup">

<div class="banneritem"><a href="{q("index.php?option=com_banners&task=click&bid=4")}" target="_blank"><img src="{{{{origin}}}}/images/banners/redmond-feed-supply.gif" alt="Banner" /></a><div class="clr"></div>
	</div>
<div class="banneritem"><small>Partner content</small><br /><a href="{q(SPONSORED[1])}">{e(SPONSORED[0])}</a><div class="clr"></div>
	</div>
<div class="banneritem"><a href="https://ads.example-network.com/www/delivery/ck.php?oaparams=2__bannerid=311__zoneid=7__cb=5e1f0a2b3c__oadest=http%3A%2F%2Fwww.example-outfitters.com%2F" target="_blank"><img src="https://ads.example-network.com/www/delivery/avw.php?zoneid=7&amp;cb=8821" border="0" alt="" /></a><div class="clr"></div>
	</div>
	<div class="bannerfooter">
		<a href="index.php?option=com_content&amp;view=article&amp;id=6&amp;Itemid=72">Advertise with us</a>	</div>
</div></div>
					</div>
				</div>
			</div>
		</div>
	
</div><br />
<!-- END: RIGHT COLUMN -->
"""


def footer() -> str:
    return f"""
<!-- BEGIN: FOOTER -->
<div id="ja-footerwrap">
<div id="ja-footer" class="clearfix">

	<div id="ja-footnav">
		<ul id="mainlevel-nav"><li><a href="index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=62" class="mainlevel-nav" >About Us</a></li><li><a href="index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=64" class="mainlevel-nav" >Contact</a></li><li><a href="index.php?option=com_content&amp;view=article&amp;id=6&amp;Itemid=72" class="mainlevel-nav" >Advertise</a></li><li><a href="index.php?option=com_xmap&amp;sitemap=1&amp;Itemid=73" class="mainlevel-nav" >Site Map</a></li></ul>
	</div>

	<div class="copyright">
		<div>Copyright &copy; 2023 {SITE}. All Rights Reserved.</div>
<div><a href="http://www.joomla.org">Joomla!</a> is Free Software released under the <a href="http://www.gnu.org/licenses/gpl-2.0.html">GNU/GPL License.</a></div>
	</div>

	<div class="ja-cert">
		<div class="syndicate">
<a href="/index.php?option=com_content&amp;view=frontpage&amp;format=feed&amp;type=rss">
	<img src="/images/M_images/livemarks.png" alt="feed image"  align="top" />			<span>Feed Entries</span>
</a></div>
		<a href="https://www.facebook.com/sharer.php?u={{{{origin}}}}/index.php%3Foption%3Dcom_content%26view%3Dcategory%26id%3D9%26Itemid%3D101" target="_blank" title="Share on Facebook">Facebook</a>
		<a href="http://www.addthis.com/bookmark.php?v=250&amp;pub=highdesertjournal" target="_blank" title="Bookmark and Share">Share</a>
	</div>

	<br />
</div>
</div>
<!-- END: FOOTER -->

</div>

<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
</body>

</html>
"""


def page_html(page: int) -> str:
    pathway = (
        f'<strong>You are here: </strong><span class="breadcrumbs pathway">\n'
        f'<a href="{{{{origin}}}}/" class="pathway">Home</a> <img src="{{{{origin}}}}/templates/ja_purity/images/arrow.png" alt=""  /> '
        f'<a href="{q("/index.php?option=com_content&view=section&id=2&Itemid=53")}" class="pathway">Opinion</a> '
        f'<img src="{{{{origin}}}}/templates/ja_purity/images/arrow.png" alt=""  /> Field Notes</span>'
    )
    return (
        head(page) + header() + """
<div id="ja-containerwrap-fr">
<div id="ja-containerwrap2">
	<div id="ja-container">
	<div id="ja-container2" class="clearfix">

		<div id="ja-mainbody-fr" class="clearfix">

		<!-- BEGIN: CONTENT -->
		<div id="ja-contentwrap">
		<div id="ja-content">

			
			<div id="ja-pathway">
				""" + pathway + """
			</div>
""" + topsl() + content(page) + """
			
		</div>
		</div>
		<!-- END: CONTENT -->

		""" + left_col() + """
		</div>
		""" + right_col() + """
	</div>
	</div>
</div>
</div>
""" + footer()
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("index.php@*"):
        old.unlink()
    (OUT / f"index.php@{CAT_Q}.html").write_text(page_html(0), encoding="utf-8")
    # Joomla links "Start" as &limitstart=0: the same first page
    (OUT / f"index.php@{CAT_Q}&limitstart=0.html").write_text(page_html(0), encoding="utf-8")
    (OUT / f"index.php@{CAT_Q}&limitstart=10.html").write_text(page_html(1), encoding="utf-8")
    (OUT / f"index.php@{CAT_Q}&limitstart=20.html").write_text(page_html(2), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
        "Disallow: /images/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
        "Disallow: /libraries/\nDisallow: /media/\nDisallow: /modules/\nDisallow: /plugins/\n"
        "Disallow: /templates/\nDisallow: /tmp/\nDisallow: /xmlrpc/\n",
        encoding="utf-8",
    )
    truth = {
        "template": NAME,
        "description": (
            "A small magazine still on Joomla 1.5 with SEF URLs off: a columnist's category in list "
            "layout (a table of title/date/author/hits), every page at /index.php told apart only by "
            "the query, articles identified by id=NNN:alias with the same option/view/catid/Itemid, "
            "&limitstart=N pagination with Start/Prev/Next/End; Most Read, Latest News, other "
            "columnists and a partner article use the same article query with other catids, "
            "relative hrefs resolve against a <base href>, and no feed is advertised."
        ),
        "held_out": False,
        "pages": [CAT],
        "max_index_pages": 3,
        "author": AUTHOR,
        "columns": COLUMNS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
