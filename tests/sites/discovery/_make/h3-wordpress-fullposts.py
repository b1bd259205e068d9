"""Generate the h3-wordpress-fullposts discovery fixture (stdlib only, deterministic).

A personal WordPress.com opinion blog whose home page shows FULL posts (five a page, every
paragraph, with links inside the bodies to other sites and to the author's older posts),
"← Older posts" pagination at /page/N/, Jetpack share and like widgets, a classic sidebar
(Recent Posts, Recent Comments, Archives, Categories, Top Posts & Pages, Blogroll, Meta) and
an entries feed at /feed.xml with the ten newest posts plus a comments feed.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from pathlib import Path

NAME = "h3-wordpress-fullposts"
ROOT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Margaret Holloway"
AUTHOR_SLUG = "mholloway"
BLOG = "The Holloway Ledger"
HOST = "hollowayledger.wordpress.com"
PER_PAGE = 5
O = "{{origin}}"

OLD_FOURPLEX = "/2021/06/14/the-case-for-fourplexes/"
OLD_STR = "/2022/03/02/i-was-wrong-about-short-term-rentals/"
OLD_RECOUNT = "/2020/11/09/notes-from-a-recount/"

# date, title, categories, tags, comments, paragraphs (HTML; {{origin}} allowed)
POSTS = [
    ("2024-01-05", "Zoning is a moral question", ["Housing", "Politics"], ["housing", "zoning", "city council"], 7, [
        "For most of my eleven years on the council, I treated zoning as a technical subject. It came to us in binders, with maps in four colors and a staff report that nobody outside the chamber read. I have changed my mind about that, and I want to explain why.",
        "Every line on a zoning map is a decision about who gets to live where. When we say a neighborhood is &ldquo;single-family only,&rdquo; we are saying that a nurse, a bus driver or a retired teacher who cannot buy a detached house may not live there at all. The <a href=\"https://www.census.gov/topics/housing.html\">Census housing data</a> shows how few households in our county can afford one any more.",
        "I made the practical argument years ago, in <a href=\"" + O + OLD_FOURPLEX + "\">the case for fourplexes</a>, and I still believe it. But the practical argument has not moved many people. The moral one might. We would not accept a rule that said certain families may not use a public park. We accept exactly that rule for whole neighborhoods.",
        "The council takes up the comprehensive plan again on January 16th. If you have an opinion, go and say it out loud. I wrote last month about <a href=\"" + O + "/2023/12/14/rent-control-again/\">why rent control alone will not save us</a>; zoning is the other half of that argument, and it is the half the council actually controls.",
    ]),
    ("2023-12-29", "What I got wrong in 2023", ["Personal", "Politics"], ["year in review"], 12, [
        "Every December I try to write down the things I was wrong about. It is an uncomfortable habit and I recommend it to anyone who writes opinions for a living, or for free.",
        "I was wrong about the bond measure. I thought voters would pass it comfortably, and I said so in October. They did not, and <a href=\"/2023/11/08/after-the-bond-measure-failed/\">I tried to work out why</a> afterward. The short answer is that we asked for trust we had not earned.",
        "I was wrong about the bus redesign, or at least about how long it would take. I was right that it would be controversial. I was wrong to think the controversy would be about routes. It was about reliability, which is another way of saying it was about money.",
        "And I was wrong, early in the year, to dismiss the school board fights as a passing storm. They were not a storm. They were a climate. More on that in the new year.",
    ]),
    ("2023-12-21", "The bus that never comes", ["Transit"], ["transit", "buses"], 4, [
        "Route 14 is scheduled every twenty minutes. Last Tuesday I waited forty-one minutes for it in the rain, which is not a complaint so much as a data point.",
        "The transit agency's <a href=\"https://www.transit.dot.gov/ntd\">own reporting to the federal database</a> shows on-time performance falling for three years running. The cause is not mysterious: there are not enough drivers, and the drivers we have are leaving for jobs that pay more and start later in the morning.",
        "There is a tendency in local politics to treat transit as a capital problem, something you fix with new shelters and new buses and a ribbon-cutting. It is an operating problem. Paying drivers is not glamorous. It is the whole job.",
    ]),
    ("2023-12-14", "Rent control, again", ["Housing", "Politics"], ["housing", "rent control"], 19, [
        "The rent stabilization ordinance is back on the agenda, and with it the same two camps that have been shouting past each other since I first ran for office.",
        "Here is where I have landed. Rent stabilization protects the people who already have a lease, and that matters: displacement is a real harm, and the families it hits rarely come back. But it does nothing for the people who do not yet have a place, and in a city that builds as little as ours does, that is most of the people who are struggling.",
        "The <a href=\"https://www.brookings.edu/articles/what-does-economic-evidence-tell-us-about-the-effects-of-rent-control/\">economic evidence</a> is more mixed than either camp admits. Modest caps with an exemption for new construction seem to do little harm. Hard caps with no exemptions seem to shrink the supply over time.",
        "So: yes to a cap, yes to the exemption, and yes, loudly, to building more. I wrote about the other half of this problem in <a href=\"" + O + "/2023/11/15/parking-minimums-are-a-hidden-tax/\">my post on parking minimums</a>, which get far less attention than they deserve.",
        "I expect the comments on this one to be lively. Please keep them civil.",
    ]),
    ("2023-12-07", "Why I left the planning commission", ["Politics", "Personal"], ["planning commission", "city council"], 23, [
        "People keep asking, so here it is. I resigned from the planning commission last month because I no longer believed I could do the job well, not because of any single vote.",
        "The commission was designed for a city that was growing slowly and mostly outward. We are now a city that is growing quickly and mostly upward, and the process has not changed. Every project, however small, gets the same hearings, the same appeals and the same delays.",
        "I tried for two years to change that from the inside. I failed. Writing here, and talking to you, seems like a better use of the time I have left in public life. If that sounds self-serving, I understand. Read <a href=\"" + O + OLD_RECOUNT + "\">my notes from the 2020 recount</a> for a reminder that I have been wrong about my own usefulness before.",
    ]),
    ("2023-11-30", "School boards are not culture-war battlefields", ["Education", "Politics"], ["schools", "school board"], 31, [
        "I went to the school board meeting on Monday for the first time in years. It was the most frightening public meeting I have attended, and I once chaired a hearing on a landfill.",
        "Most of the people in the room did not have children in the district. Many of them had driven in from the next county. The board members, who are unpaid and mostly parents themselves, sat through three hours of shouting about books that are not in the curriculum.",
        "The <a href=\"https://www.nsba.org/\">national school boards association</a> has documented a sharp rise in threats against members. Our board has lost four members in two years. The people who replace them will not be braver. They will be angrier, or they will not exist.",
        "If you care about the schools, go to a meeting when nothing controversial is on the agenda. Learn the budget. That is where the real decisions are.",
    ]),
    ("2023-11-22", "A thank-you note to the people who run elections", ["Politics"], ["elections"], 9, [
        "Before the holiday, a short note of gratitude to the poll workers, the county clerks and the volunteers who counted the ballots this month.",
        "Our county counted every ballot within the legal deadline for the eleventh year in a row, with staffing that was cut in the last budget. Nobody will give them a parade. They should at least get a pie.",
        "I have written before about <a href=\"" + O + OLD_RECOUNT + "\">what a recount looks like from the inside</a>. It is slow, careful, dull work. It is also the reason any of the rest of this matters.",
    ]),
    ("2023-11-15", "Parking minimums are a hidden tax", ["Housing", "Transit"], ["housing", "parking", "zoning"], 14, [
        "Our code requires two parking spaces for every new apartment, regardless of where it is or who will live in it. This sounds like a small technical rule. It is one of the most expensive things the city does.",
        "A structured parking space costs somewhere between thirty and fifty thousand dollars to build. The <a href=\"https://www.shoupdogg.com/\">work of Donald Shoup</a> made this argument decades ago, and cities from Buffalo to Minneapolis have since dropped their minimums without the sky falling.",
        "The cost does not disappear. It is folded into the rent, paid by tenants who may not own a car at all. That is a tax, and a regressive one.",
        "Dropping the minimum would not ban parking. Developers would still build it where people want it. They would simply stop building it where nobody does.",
    ]),
    ("2023-11-08", "After the bond measure failed", ["Politics"], ["bond measure", "city council"], 16, [
        "Measure B lost by four points. I supported it, and I think it deserved to pass, but I also think its supporters, including me, made it easy to vote against.",
        "We asked voters for two hundred million dollars and described what it would buy in the vaguest possible terms. &ldquo;Infrastructure&rdquo; is not a promise. A list of streets is a promise.",
        "We also asked at a moment when the council had just spent a year arguing, publicly and badly, about its own pay. Trust is not a line item, but it is on every ballot.",
        "The needs have not gone away. The roads are still failing. Next time, bring the list.",
    ]),
    ("2023-11-01", "Library hours", ["Local"], ["libraries", "budget"], 5, [
        "The branch libraries will close on Sundays starting in January. The savings are about $180,000 a year, which is less than the city spends on consultants for the stadium study.",
        "I do not want to be the kind of writer who compares every cut to some other, less sympathetic expense. But Sunday is the day working families can go to the library, and the <a href=\"https://www.ala.org/tools/research\">research on library use</a> is clear about who relies on it.",
        "Write to your council member. This one can still be reversed in the mid-year budget.",
    ]),
    ("2023-10-25", "The suburbs are already changing, whether we plan for it or not", ["Housing"], ["housing", "suburbs"], 21, [
        "Drive through the subdivisions east of the highway and you will see it: garages converted into apartments, three generations in a ranch house, a tiny home in a back yard that is technically illegal and practically invisible.",
        "The suburbs are densifying already. The only question is whether they do so legally, safely and with the roads and sewers to support it, or whether they keep doing it informally until something goes wrong.",
        "The state's new accessory dwelling law gives us a chance to catch up. We should take it, and we should stop pretending the suburbs are a museum.",
        "I made a version of this argument in 2021, and <a href=\"" + O + OLD_STR + "\">changed my mind about short-term rentals</a> a year later. I have not changed my mind about this.",
    ]),
    ("2023-10-18", "On civility", ["Politics"], ["civility"], 8, [
        "A reader wrote to say that my post about the council's pay debate was &ldquo;uncivil.&rdquo; I reread it. She was right, and I have edited it.",
        "I believe in sharp disagreement. I do not believe in contempt. The line between them is not always clear to me in the moment, and it is clearer the next morning, which is a good argument for not posting at night.",
        "If you think I have crossed it, tell me. The comments are open, and <a href=\"/letters/\">so is the letters page</a>.",
    ]),
    ("2023-10-11", "Property tax relief that actually helps", ["Politics", "Economy"], ["property tax", "budget"], 11, [
        "Every election season brings a proposal to freeze property taxes for seniors. It is popular, it is simple, and it mostly helps people who are already doing fine.",
        "A homeowner who bought in 1985 and now sits on a house worth ten times what they paid is asset-rich, even if they are cash-poor. A <a href=\"https://itep.org/\">circuit-breaker credit</a>, which caps property tax as a share of income, helps the cash-poor without handing a windfall to the asset-rich.",
        "It is less catchy. It is much fairer. And it does not starve the schools, which a blanket freeze eventually does.",
    ]),
    ("2023-10-04", "Heat pumps and the landlord problem", ["Climate", "Housing"], ["climate", "heat pumps", "renters"], 6, [
        "The new state rebates for heat pumps are generous, and homeowners are lining up. Renters, who are nearly half of our city, mostly cannot use them.",
        "This is the old split-incentive problem. The landlord pays for the equipment; the tenant pays the utility bill. Neither has much reason to act alone.",
        "Other cities have tried tying rebates to a promise not to raise rents for a set period. It is worth trying here, and the <a href=\"https://www.energy.gov/save/heat-pump-systems\">federal guidance</a> on heat pump programs leaves room for it.",
        "Climate policy that leaves out renters is not climate policy. It is a subsidy for people who own houses.",
    ]),
    ("2023-09-27", "Why local news matters more than national news", ["Media"], ["local news", "journalism"], 13, [
        "When the weekly paper closed last spring, I expected to miss the obituaries and the high school sports. I did not expect to miss the meeting coverage so much.",
        "Nobody else sits through the water board meeting. Nobody else reads the contract amendments. When a reporter stops doing that, the meetings do not become less important. They become less watched.",
        "<a href=\"https://localnewsinitiative.northwestern.edu/research/state-of-local-news/\">The research</a> on news deserts is grim: turnout falls, borrowing costs rise, and fewer people run for office. I started this blog partly to fill a small piece of that hole. It is not enough. Subscribe to whatever local outlet you still have.",
    ]),
]

TOP_POSTS = [
    (OLD_FOURPLEX, "The case for fourplexes"),
    ("/2023/10/25/the-suburbs-are-already-changing-whether-we-plan-for-it-or-not/", "The suburbs are already changing, whether we plan for it or not"),
    (OLD_STR, "I was wrong about short-term rentals"),
    ("/about/", "About"),
    (OLD_RECOUNT, "Notes from a recount"),
    ("/2019/08/21/what-a-city-council-member-actually-does/", "What a city council member actually does"),
]

BLOGROLL = [
    ("https://strongtowns.example.org/journal", "Strong Towns Journal"),
    ("https://pricetags.example.ca/", "Price Tags"),
    ("https://cityobservatory.example.org/", "City Observatory"),
    ("https://danielpark.substack.example.com/", "Daniel Park&#039;s newsletter"),
    ("https://www.riversidegazette.example/opinion/columnists/ellen-marsh/", "Ellen Marsh at the Gazette"),
    ("https://ruthokafor.wordpress.com/2024/01/02/a-year-of-council-meetings/", "Ruth Okafor: A year of council meetings"),
]

RECENT_COMMENTS = [
    ("Dave R.", 0, 2231),
    ("hollowayledger", 0, 2230),
    ("Priya N.", 3, 2224),
    ("Tom Whitfield", 4, 2219),
    ("Anne", 5, 2207),
]

CATEGORIES = ["Climate", "Economy", "Education", "Housing", "Local", "Media", "Personal", "Politics", "Transit"]


def slugify(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def e(s: str) -> str:
    return html.escape(s, quote=True)


def build():
    posts = []
    for i, (date, title, cats, tags, comments, paras) in enumerate(POSTS):
        d = dt.date.fromisoformat(date)
        path = f"/{d:%Y/%m/%d}/{slugify(title)}/"
        posts.append({"id": 512 - 7 * i, "date": d, "title": title, "cats": cats, "tags": tags,
                      "comments": comments if i % 4 != 2 else 0, "paras": paras, "path": path})
    return posts


def pretty(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def sharing(p) -> str:
    link = O + p["path"]
    pid = p["id"]
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{pid}" class="share-twitter sd-button share-icon" href="{link}?share=twitter&amp;nb=1" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{pid}" class="share-facebook sd-button share-icon" href="{link}?share=facebook&amp;nb=1" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
<li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D%20{e(p['title']).replace(' ', '%20')}&amp;body={link}&amp;share=email" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li>
<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{link}#print" target="_blank" title="Click to print"><span>Print</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-201845322-{pid}-65980c' data-src='https://widgets.wp.com/likes/?ver=13.0#blog_id=201845322&amp;post_id={pid}&amp;origin={HOST}&amp;obj_id=201845322-{pid}-65980c' data-name='like-post-frame-201845322-{pid}-65980c' data-title='Like or Reblog'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"""


def article(p, n_on_page: int) -> str:
    d = p["date"]
    cls = " ".join(
        ["post-%d" % p["id"], "post", "type-post", "status-publish", "format-standard", "hentry"]
        + ["category-" + slugify(c) for c in p["cats"]]
        + ["tag-" + slugify(t) for t in p["tags"]]
    )
    body = "\n".join(f"<p>{x}</p>" for x in p["paras"])
    cats = ", ".join(f'<a href="{O}/category/{slugify(c)}/" rel="category tag">{c}</a>' for c in p["cats"])
    tags = ", ".join(f'<a href="{O}/tag/{slugify(t)}/" rel="tag">{t}</a>' for t in p["tags"])
    if p["comments"]:
        word = "Comment" if p["comments"] == 1 else "Comments"
        comments = f'<a href="{O}{p["path"]}#comments">{p["comments"]} {word}<span class="screen-reader-text"> on {e(p["title"])}</span></a>'
    else:
        comments = f'<a href="{O}{p["path"]}#respond">Leave a comment<span class="screen-reader-text"> on {e(p["title"])}</span></a>'
    ad = ""
    if n_on_page == 1:
        ad = f"""
<div class="wordads-ad-wrapper"><div class="wordads-tag">Advertisements</div>
<div class="wordads-ad"><a href="https://ads.example-network.com/click?pub=wpcom&amp;site=201845322&amp;slot=belowpost" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/wpcom-300x250.jpg" alt=""></a></div>
<div class="wordads-report"><a href="https://wordpress.com/abuse/?report=ad&amp;url={e('https://' + HOST + '/')}">Report this ad</a></div></div>"""
    return f"""
<article id="post-{p['id']}" class="{cls}">
	<header class="entry-header">
		<h2 class="entry-title"><a href="{O}{p['path']}" rel="bookmark">{e(p['title'])}</a></h2>
		<div class="entry-meta">
			<span class="posted-on">Posted on <a href="{O}{p['path']}" rel="bookmark"><time class="entry-date published" datetime="{d.isoformat()}T07:30:00-08:00">{pretty(d)}</time><time class="updated" datetime="{d.isoformat()}T09:12:44-08:00">{pretty(d)}</time></a></span>
			<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{O}/author/{AUTHOR_SLUG}/">{AUTHOR}</a></span></span>
		</div>
	</header>
	<div class="entry-content">
{body}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">{sharing(p)}</div>
	</div>
	<footer class="entry-footer">
		<span class="cat-links">Posted in {cats}</span>
		<span class="tags-links">Tagged {tags}</span>
		<span class="comments-link">{comments}</span>
	</footer>
</article>{ad}
"""


def nav(n: int, total: int) -> str:
    parts = []
    if n < total:
        parts.append(f'<div class="nav-previous"><a href="{O}/page/{n + 1}/" >&larr; Older posts</a></div>')
    if n > 1:
        newer = f"{O}/" if n == 2 else f"{O}/page/{n - 1}/"
        parts.append(f'<div class="nav-next"><a href="{newer}" >Newer posts &rarr;</a></div>')
    return f"""
	<nav class="navigation posts-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Posts navigation</h2>
		<div class="nav-links">{''.join(parts)}</div>
	</nav>"""


def sidebar(posts) -> str:
    recent = "\n".join(f'\t\t<li><a href="{O}{p["path"]}">{e(p["title"])}</a></li>' for p in posts[:5])
    rc = "\n".join(
        f'\t\t<li class="recentcomments"><span class="comment-author-link">{e(who) if who != "hollowayledger" else f"<a href={chr(34)}{O}/{chr(34)} class={chr(34)}url{chr(34)} rel={chr(34)}ugc{chr(34)}>hollowayledger</a>"}</span> on <a href="{O}{posts[i]["path"]}#comment-{cid}">{e(posts[i]["title"])}</a></li>'
        for who, i, cid in RECENT_COMMENTS
    )
    months = []
    m = dt.date(2024, 1, 1)
    for _ in range(14):
        months.append(m)
        m = (m - dt.timedelta(days=1)).replace(day=1)
    archives = "\n".join(f'\t\t<li><a href="{O}/{x:%Y/%m}/">{x:%B %Y}</a></li>' for x in months)
    archives += f'\n\t\t<li><a href="{O}/2021/">2021</a></li>\n\t\t<li><a href="{O}/2020/">2020</a></li>\n\t\t<li><a href="{O}/2019/">2019</a></li>'
    cats = "\n".join(f'\t\t<li class="cat-item"><a href="{O}/category/{slugify(c)}/">{c}</a></li>' for c in CATEGORIES)
    top = "\n".join(
        f'\t\t<li><a href="{O}{p}" class="bump-view" data-bump-view="tp">{t}</a></li>' for p, t in TOP_POSTS
    )
    roll = "\n".join(f'\t\t<li><a href="{u}" rel="noopener" target="_blank">{t}</a></li>' for u, t in BLOGROLL)
    return f"""
<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{O}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
	<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title">Follow Blog via Email</h2>
		<form action="#" method="post" accept-charset="utf-8" id="subscribe-blog"><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p>
		<p><input type="email" name="email" placeholder="Email Address"></p><p><button type="submit" name="jetpack_subscriptions_widget">Follow</button></p></form>
	</section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
	<ul>
{recent}
	</ul></section>
	<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>
	<ul id="recentcomments">
{rc}
	</ul></section>
	<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">Top Posts &amp; Pages</h2>
	<ul>
{top}
	</ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>
	<ul>
{archives}
	</ul></section>
	<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
	<ul>
{cats}
	</ul></section>
	<section id="linkcat-1356" class="widget widget_links"><h2 class="widget-title">Blogroll</h2>
	<ul class='xoxo blogroll'>
{roll}
	</ul></section>
	<section id="text-4" class="widget widget_text"><h2 class="widget-title">Elsewhere</h2>
		<div class="textwidget"><p>I also write a monthly column for the <a href="https://www.riversidegazette.example/opinion/columnists/margaret-holloway/">Riverside Gazette</a>. Letters about this blog are welcome on the <a href="{O}/letters/">letters page</a>.</p></div>
	</section>
	<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2>
	<ul>
		<li><a href="https://wordpress.com/start?ref=wplogin">Register</a></li>
		<li><a href="https://wordpress.com/log-in?redirect_to=https%3A%2F%2F{HOST}%2F">Log in</a></li>
		<li><a href="{O}/feed.xml">Entries feed</a></li>
		<li><a href="{O}/comments/feed.xml">Comments feed</a></li>
		<li><a href="https://wordpress.com/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress.com</a></li>
	</ul></section>
</aside>"""


def page_html(n: int, total: int, chunk, posts) -> str:
    title = f"{BLOG} &#8211; Notes on housing, transit and city hall" if n == 1 else f"{BLOG} &#8211; Page {n} &#8211; Notes on housing, transit and city hall"
    canonical = f"{O}/" if n == 1 else f"{O}/page/{n}/"
    crumb = '<span class="current">Latest posts</span>' if n == 1 else f'<span class="current">Page {n}</span>'
    arts = "".join(article(p, i) for i, p in enumerate(chunk))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{title}</title>
<link rel='dns-prefetch' href='//s0.wp.com'>
<link rel="alternate" type="application/rss+xml" title="{BLOG} &raquo; Feed" href="{O}/feed.xml" />
<link rel="alternate" type="application/rss+xml" title="{BLOG} &raquo; Comments Feed" href="{O}/comments/feed.xml" />
<link rel='stylesheet' id='all-css-0' href='https://s0.wp.com/_static/??-eJx9jEEOwjAMBD9E6oOm3n-AQ.css' type='text/css' media='all' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress.com" />
<link rel="canonical" href="{canonical}" />
<link rel='shortlink' href='https://wp.me/9abcD' />
<meta property="og:type" content="website" />
<meta property="og:title" content="{BLOG}" />
<meta property="og:description" content="Notes on housing, transit and city hall" />
<meta property="og:url" content="{canonical}" />
<meta property="og:site_name" content="{BLOG}" />
<link rel="search" type="application/opensearchdescription+xml" href="https://{HOST}/osd.xml" title="{BLOG}" />
</head>
<body class="home blog{' paged paged-%d' % n if n > 1 else ''} wp-custom-logo customizer-styles-applied highlander-enabled highlander-light">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="{O}/" rel="home">{BLOG}</a></p>
			<p class="site-description">Notes on housing, transit and city hall</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-primary-container"><ul id="primary-menu" class="menu">
				<li class="menu-item current-menu-item"><a href="{O}/" aria-current="page">Home</a></li>
				<li class="menu-item"><a href="{O}/about/">About</a></li>
				<li class="menu-item"><a href="{O}/published-elsewhere/">Published elsewhere</a></li>
				<li class="menu-item"><a href="{O}/letters/">Letters</a></li>
				<li class="menu-item"><a href="{O}/contact/">Contact</a></li>
				<li class="menu-item menu-item-has-children"><a href="{O}/category/local/">More</a>
					<ul class="sub-menu">
						<li class="menu-item"><a href="{O}/category/housing/">Housing</a></li>
						<li class="menu-item"><a href="{O}/category/transit/">Transit</a></li>
						<li class="menu-item"><a href="{O}/category/education/">Schools</a></li>
					</ul>
				</li>
			</ul></div>
		</nav>
	</header>
	<div id="content" class="site-content">
	<div class="breadcrumbs" typeof="BreadcrumbList"><a href="{O}/" property="item">Home</a> &raquo; {crumb}</div>
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
{arts}
{nav(n, total)}
		</main>
	</div>
{sidebar(posts)}
	</div>
	<footer id="colophon" class="site-footer">
		<div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>
		<span class="sep"> | </span><a href="https://wordpress.com/themes/independent-publisher-2/" rel="designer">Theme: Independent Publisher 2</a></div>
	</footer>
</div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-independent-publisher-2 actnbr-has-follow">
	<ul>
		<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href="https://subscribe.wordpress.com/?blog_id=201845322&amp;source=actionbar">Subscribe</a></li>
		<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-reblog" href="https://wordpress.com/reader/feeds/201845322">Reader</a></li>
		<li class="actnbr-ellipsis actnbr-hidden"><div class="actnbr-popover"><ul>
			<li><a href="https://wordpress.com/log-in?redirect_to=https%3A%2F%2F{HOST}%2F&amp;signup_flow=account">Log in</a></li>
			<li><a href="https://wordpress.com/abuse/?report_url=https://{HOST}/">Report this content</a></li>
			<li><a href="https://wordpress.com/reader/blogs/201845322">View site in Reader</a></li>
		</ul></div></li>
	</ul>
</div>
</body>
</html>
"""


def rfc822(d: dt.date) -> str:
    return dt.datetime(d.year, d.month, d.day, 15, 30).strftime("%a, %d %b %Y %H:%M:%S +0000")


def feed(posts) -> str:
    items = []
    for p in posts[:10]:
        content = "\n".join(f"<p>{x}</p>" for x in p["paras"])
        first = re.sub(r"<[^>]+>", "", p["paras"][0])
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in p["cats"] + p["tags"])
        items.append(f"""	<item>
		<title>{e(p['title'])}</title>
		<link>{O}{p['path']}</link>
		<comments>{O}{p['path']}#respond</comments>
		<dc:creator><![CDATA[{AUTHOR}]]></dc:creator>
		<pubDate>{rfc822(p['date'])}</pubDate>{cats}
		<guid isPermaLink="false">http://{HOST}/?p={p['id']}</guid>
		<description><![CDATA[{first} [&#8230;]]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<wfw:commentRss>{O}{p['path']}feed/</wfw:commentRss>
		<slash:comments>{p['comments']}</slash:comments>
	</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{BLOG}</title>
	<atom:link href="{O}/feed.xml" rel="self" type="application/rss+xml" />
	<link>{O}</link>
	<description>Notes on housing, transit and city hall</description>
	<lastBuildDate>{rfc822(posts[0]['date'])}</lastBuildDate>
	<language>en</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>http://wordpress.com/</generator>
	<cloud domain='{HOST}' port='80' path='/?rsscloud=notify' registerProcedure='' protocol='http-post' />
	<image><url>https://s0.wp.com/i/buttonw-com.png</url><title>{BLOG}</title><link>{O}</link></image>
	<atom:link rel="search" type="application/opensearchdescription+xml" href="https://{HOST}/osd.xml" title="{BLOG}" />
{chr(10).join(items)}
</channel>
</rss>
"""


def comments_feed(posts) -> str:
    texts = {
        2231: "The moral framing is exactly right. I grew up in one of those single-family neighborhoods and could never afford to live there now.",
        2230: "Thanks, Dave. See you at the hearing on the 16th.",
        2224: "The exemption for new construction is the key detail that keeps getting lost in the debate.",
        2219: "Sorry to see you go from the commission, but this blog is a good consolation prize.",
        2207: "I went to the board meeting too. You are not exaggerating.",
    }
    items = []
    for who, i, cid in RECENT_COMMENTS:
        p = posts[i]
        items.append(f"""	<item>
		<title>Comment on {e(p['title'])} by {e(who)}</title>
		<link>{O}{p['path']}#comment-{cid}</link>
		<dc:creator><![CDATA[{who}]]></dc:creator>
		<pubDate>{rfc822(posts[0]['date'])}</pubDate>
		<guid isPermaLink="false">http://{HOST}/?p={p['id']}#comment-{cid}</guid>
		<description><![CDATA[{texts[cid]}]]></description>
	</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>Comments for {BLOG}</title>
	<atom:link href="{O}/comments/feed.xml" rel="self" type="application/rss+xml" />
	<link>{O}</link>
	<description>Notes on housing, transit and city hall</description>
	<generator>http://wordpress.com/</generator>
{chr(10).join(items)}
</channel>
</rss>
"""


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    posts = build()
    assert len({p["path"] for p in posts}) == len(posts)
    pages = [posts[i : i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    total = len(pages)
    for n, chunk in enumerate(pages, 1):
        out = ROOT / ("index.html" if n == 1 else f"page/{n}/index.html")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page_html(n, total, chunk, posts), encoding="utf-8")
    (ROOT / "feed.xml").write_text(feed(posts), encoding="utf-8")
    (ROOT / "comments").mkdir(parents=True, exist_ok=True)
    (ROOT / "comments" / "feed.xml").write_text(comments_feed(posts), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A personal WordPress.com opinion blog whose home page shows full posts, five a page, with "
            "in-body links to other sites and to the author's older posts, Jetpack share/like blocks, "
            "'Older posts' paging and a busy sidebar (Recent Posts, Recent Comments #comment links, "
            "month archives, Top Posts with old posts not in the stream); full-text feed at /feed.xml."
        ),
        "held_out": True,
        "pages": ["/"],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [p["path"] for p in posts],
    }
    (ROOT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
