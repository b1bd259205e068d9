"""Generate the h2-blogger-old discovery fixture (stdlib only, deterministic).

An old Blogger/Blogspot personal opinion blog ("Simple" layout, widget sections)
at /: posts /YYYY/MM/slug.html, 7 per page, "Older Posts" at
/search?updated-max=...%2B01:00&max-results=7 (served from
search@updated-max=...+01:00&max-results=7.html: the server unquotes the query),
3 pages, and the Atom feed /feeds/posts/default.xml (+ ?alt=rss) with the 25
newest posts.  The sidebar is full of the author's OWN older posts (Popular
Posts, Featured Post, Blog Archive, related posts) in the same URL shape.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

NAME = "h2-blogger-old"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Gerald Ashworth"
BLOG = "Notes from the Dordogne"
BLOG_ID = "7364519028471635219"
PROFILE = "https://www.blogger.com/profile/04417263910285533817"
PER_PAGE = 7
PAGES = 3
FEED = "/feeds/posts/default.xml"
PARIS_WINTER, PARIS_SUMMER = dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2))

# Older posts of the author that are NOT on the listing pages nor in the feed.
OLD = {
    "boulangerie": ("/2023/03/day-they-closed-boulangerie.html", "The day they closed the boulangerie",
                    "Forty years of baguettes, and then a handwritten note on the door."),
    "miss": ("/2022/11/what-i-miss-about-england-and-what-i.html", "What I miss about England (and what I don't)",
             "Proper bacon, yes. The M25, no."),
    "ten": ("/2021/06/ten-years-in-dordogne.html", "Ten years in the Dordogne",
            "A decade ago we arrived with a van, two cats and no French to speak of."),
    "lockdown": ("/2020/03/lockdown-diary-day-one.html", "Lockdown diary, day one",
                 "The gendarmes want an attestation to walk the dog."),
    "sejour": ("/2019/10/brexit-and-carte-de-sejour.html", "Brexit and the carte de séjour",
               "A morning at the préfecture, and what it taught me about paperwork."),
    "referendum": ("/2023/06/seven-years-after-referendum.html", "Seven years after the referendum",
                   "Seven years on, nobody I know has changed their mind."),
    "heatwave": ("/2023/07/heatwave-and-hosepipe-ban.html", "The heatwave and the hosepipe ban",
                 "The commune has banned watering gardens. The golf course is still green."),
    "bureaucracy": ("/2022/05/in-praise-of-french-bureaucracy-no.html", "In praise of French bureaucracy (no, really)",
                    "Three forms, two stamps and one surprisingly kind civil servant."),
    "sponsored": ("/2022/12/week-with-gites-du-perigord-sponsored.html",
                  "A week with Gîtes du Périgord (sponsored)", "A sponsored stay, and an honest review."),
}

# (title, date, labels, first paragraph, comments, jump break)
POSTS = [
    ("Watching Westminster from a French kitchen", (2024, 1, 19), ["politics", "brexit"],
     "There is something about hearing the Today programme over a French breakfast that makes British politics sound even stranger than it is. This week it sounded very strange indeed.", 3, False),
    ("Why I still buy a paper newspaper", (2024, 1, 11), ["media"],
     "Every morning I walk to the tabac for Sud Ouest and, twice a week, a day-old English paper that costs more than a bottle of decent wine. My wife thinks I'm mad.", 7, True),
    ("On being told to 'move on' from Brexit", (2024, 1, 4), ["brexit", "politics"],
     "A reader writes to tell me, not for the first time, that I should move on. I would love to. The 90-day rule, the renewals and the bank letters will not let me.", 12, False),
    ("Christmas markets and civic pride", (2023, 12, 21), ["village life"],
     "Our village Christmas market had eleven stalls this year, two more than last year, and the mayor made a speech as if we had hosted the Olympics. Good for him.", 2, False),
    ("The mairie has lost the plot on parking", (2023, 12, 14), ["local politics"],
     "Someone at the mairie has discovered yellow paint. The result is a square where you may park on Tuesdays, but only facing the church.", 5, True),
    ("Bins. Again.", (2023, 12, 8), ["village life", "local politics"],
     "I promised I would not write about the bins again. I lied. The new collection calendar arrived, and it is a work of fiction.", 9, False),
    ("A letter I didn't send to my old MP", (2023, 12, 1), ["politics"],
     "I wrote it on the train to Bordeaux, read it back on the way home, and put it in a drawer. Here it is, lightly edited, because somebody ought to read it.", 4, True),
    ("Energy bills and the pensioner's winter", (2023, 11, 24), ["economy"],
     "Our neighbour Madame Roux has stopped heating her upstairs rooms. She is eighty-four. Governments on both sides of the Channel should be ashamed.", 6, False),
    ("The trouble with consultations", (2023, 11, 17), ["local politics"],
     "The département has launched a consultation on the new roundabout. The roundabout, I notice, is already half built.", 1, False),
    ("Remembrance, and why it still matters", (2023, 11, 10), ["history"],
     "Every village here has its monument aux morts, and every November somebody reads out the names. The list in ours is longer than the list of people who now live here.", 8, True),
    ("Teachers deserve better than this", (2023, 11, 3), ["education"],
     "My daughter teaches in Leeds. Her description of a normal week would make a French union call a general strike by lunchtime.", 11, False),
    ("Is anyone listening in Paris?", (2023, 10, 27), ["france", "politics"],
     "Rural France votes, and rural France feels ignored. Those two facts are going to collide at the next election, and Paris does not seem to have noticed.", 3, True),
    ("The village school must not close", (2023, 10, 20), ["education", "village life"],
     "Nineteen pupils, one teacher and a dinner lady who has been there since 1987. The académie says that is not viable. I say it is the only thing that is.", 14, False),
    ("Notes on a wet October", (2023, 10, 13), ["village life"],
     "It has rained for eleven days. The cèpes are magnificent, the cellar is flooded and the dog refuses to go out.", 0, False),
    ("Potholes, a taxonomy", (2023, 10, 6), ["local politics"],
     "After a decade of careful study I can now classify the potholes on our road into five families, each with its own personality.", 4, False),
    ("The new lotissement and the old church", (2023, 9, 29), ["village life"],
     "Twenty-two new houses are going up on the field behind the church. Nobody asked the village, and nobody has asked where the water will come from.", 6, True),
    ("Why I left the expat Facebook group", (2023, 9, 22), ["expat life", "media"],
     "Eight thousand members, three topics: septic tanks, the price of bacon and who is to blame for everything. I lasted nine years.", 21, False),
    ("What the by-election tells us", (2023, 9, 15), ["politics"],
     "I watched the by-election results on a laptop balanced on the log pile. From a distance the swing looks even bigger.", 5, False),
    ("Local news is dying and we should care", (2023, 9, 8), ["media"],
     "The local paper has closed its office in town. The court reports, the council meetings and the obituaries will simply stop being written.", 7, True),
    ("The bus that never comes", (2023, 9, 1), ["local politics"],
     "There is a bus timetable at the end of our lane. I have lived here for twelve years and I have seen the bus twice.", 2, False),
    ("Vendanges thoughts", (2023, 8, 25), ["village life"],
     "The grape harvest started early again this year. The vignerons say it is the heat; the old men in the bar say it is the government.", 1, False),
    ("Trains, again", (2023, 8, 18), ["france"],
     "The TER to Périgueux was cancelled three times this week. At least, unlike at home, the strike was announced in advance.", 3, False),
    ("Heat pumps: a sceptic's diary", (2023, 8, 11), ["economy"],
     "We had a heat pump fitted in the spring. These are my notes, written in a spirit of scientific enquiry and mounting irritation.", 9, True),
    ("The 90-day rule is a small cruelty", (2023, 8, 4), ["brexit", "expat life"],
     "Our friends from Norfolk had to leave on day 89 and miss their granddaughter's christening here. Nobody voted for that.", 16, False),
    ("Tourist season, and a few grumbles", (2023, 7, 28), ["village life"],
     "The population of the village has tripled, the boulangerie runs out of bread by ten and someone has parked a motorhome across my gate.", 2, False),
]

FILLER = {
    "politics": "I have no vote in France and, after fifteen years away, no vote at home either. That does not stop me having opinions, and it certainly does not stop my neighbours asking me to explain what on earth is going on.",
    "brexit": "The practical consequences are not dramatic; they are a hundred small frictions. A form here, a fee there, a queue at the border that was not there before.",
    "media": "A newspaper is a habit, and habits are how communities hold together. When the habit goes, something else goes with it, and we only notice much later.",
    "village life": "None of this will make the national news, of course. But it is the stuff of life in a place like this, and it is why I keep writing.",
    "local politics": "I went to the conseil municipal to ask about it. I was thanked for my question, which was noted, and which will be considered in due course.",
    "economy": "The figures are easy to find. What is harder to find is anyone in charge who seems to understand what they mean for people who live on a fixed income.",
    "history": "We forget how recent all of this is. There are people in the village whose parents remember the occupation, and the stories are still told over the fence.",
    "education": "A school is not just a building where children are taught. It is where a village meets itself at the gate every morning.",
    "france": "The French complain about their public services with a passion that would astonish the English. Then again, they have more of them to complain about.",
    "expat life": "Living abroad teaches you that every country is a little absurd. It just takes a while to notice the absurdities of your own.",
}

# Which older post (or earlier true post) a body links to, by post index.
BODY_LINKS = {0: "referendum", 2: "sejour", 4: "bureaucracy", 6: "miss", 12: "ten", 16: "lockdown",
              19: "boulangerie", 22: "heatwave"}
RELATED = [("ten", "miss", "boulangerie"), ("referendum", "sejour", "ten"), ("lockdown", "bureaucracy", "miss")]


def slug(title: str) -> str:
    t = title.lower().replace("'", "").replace("é", "e").replace("è", "e")
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", t).split() if w not in {"a", "an", "the"}]
    out = ""
    for w in words:
        cand = f"{out}-{w}" if out else w
        if len(cand) > 40:
            break
        out = cand
    return out


def tz_for(y, m, d):
    # Europe/Paris: CEST from the last Sunday of March to the last Sunday of October.
    return PARIS_SUMMER if (4 <= m <= 9 or (m == 10 and d < 29) or (m == 3 and d >= 26)) else PARIS_WINTER


def when_of(ymd) -> dt.datetime:
    return dt.datetime(*ymd, 10, 0, tzinfo=tz_for(*ymd))


def post_path(title: str, ymd) -> str:
    s = slug(title)
    if title == "Bins. Again.":
        s += "_8"  # Blogger's suffix for a slug already taken that month
    return f"/{ymd[0]}/{ymd[1]:02d}/{s}.html"


def post_id(i: int) -> str:
    return str(4021958837061744000 + i * 7919913 + (i * i * 1031) % 9973)


ITEMS = []
for i, (title, ymd, labels, p1, ncom, jump) in enumerate(POSTS):
    ITEMS.append({"i": i, "title": title, "ymd": ymd, "labels": labels, "p1": p1, "comments": ncom,
                  "jump": jump, "path": post_path(title, ymd), "when": when_of(ymd), "id": post_id(i)})


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def iso(d: dt.datetime) -> str:
    return d.isoformat(timespec="seconds")


def iso_ms(d: dt.datetime) -> str:
    return d.isoformat(timespec="milliseconds")


def updated_max(d: dt.datetime) -> str:
    return iso(d).replace("+", "%2B")


def body_html(it, full: bool) -> str:
    """The post body: a specific paragraph, maybe a link to an older post, filler."""
    i = it["i"]
    parts = [f"<p>{esc(it['p1'])}</p>"]
    if it["jump"] and not full:
        return parts[0]
    if i in BODY_LINKS:
        path, title, _ = OLD[BODY_LINKS[i]]
        parts.append(f'<p>I wrote about this before, in <a href="{{{{origin}}}}{path}">{esc(title.lower())}</a>, '
                     f"and I am sorry to say little has changed.</p>")
    elif i + 1 < len(ITEMS) and i % 3 == 1:
        prev = ITEMS[i + 1]
        parts.append(f'<p>(Regular readers will remember <a href="{{{{origin}}}}{prev["path"]}">last week\'s '
                     f"post</a>; this is, I suppose, a sequel.)</p>")
    if i % 5 == 2:
        parts.append('<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi' + f'{i:03d}' + '/s1600/IMG_' + f'{2200 + i * 37}' + '.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="240" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi' + f'{i:03d}' + '/s320/IMG_' + f'{2200 + i * 37}' + '.jpg" width="320" /></a></div>')
    parts.append(f"<p>{esc(FILLER[it['labels'][0]])}</p>")
    if i % 4 == 0:
        parts.append('<p>There is a good piece on this in <a href="https://www.lemonde.fr/politique/article/2023/11/14/un-exemple_6200000_823448.html">Le Monde</a>, '
                     'and a rather less good one <a href="https://www.bbc.co.uk/news/uk-politics-67000000">on the BBC</a>.</p>')
    if i == 6:
        parts.append('<p>(If the link in my sidebar sends you to <a href="https://notesfromthedordogne.blogspot.fr/2022/11/what-i-miss-about-england-and-what-i.html">the .fr version</a> of this blog, blame Google, not me.)</p>')
    parts.append("<p>More next week, weather and bins permitting. — G.</p>")
    return "\n".join(parts)


def comment_text(n: int) -> str:
    return "No comments" if n == 0 else ("1 comment" if n == 1 else f"{n} comments")


def post_block(it) -> str:
    url = "{{origin}}" + it["path"]
    pid = it["id"]
    body = body_html(it, full=False)
    jump = (f'\n<div class="jump-link">\n<a href="{url}#more" title="{esc(it["title"])}">Read more &#187;</a>\n</div>'
            if it["jump"] else "")
    labels = ", ".join(f'<a href="{{{{origin}}}}/search/label/{l.replace(" ", "%20")}" rel="tag">{l}</a>'
                       for l in it["labels"])
    rel = RELATED[it["i"] % 3]
    related = "".join(
        f'<li><a href="{{{{origin}}}}{OLD[k][0]}"><img alt="" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/rel-{k}/s72-c/thumb.jpg" />{esc(OLD[k][1])}</a></li>'
        for k in rel)
    share = "".join(
        f'<a class="goog-inline-block share-button sb-{t}" href="https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target={t}" target="_blank" title="{lbl}"><span class="share-button-link-text">{lbl}</span></a>'
        for t, lbl in [("email", "Email This"), ("blog", "BlogThis!"), ("twitter", "Share to Twitter"),
                       ("facebook", "Share to Facebook"), ("pinterest", "Share to Pinterest")])
    return f"""<div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEi{it['i']:03d}/s1600/IMG.jpg" itemprop="image_url" />
<meta content="{BLOG_ID}" itemprop="blogId" />
<meta content="{pid}" itemprop="postId" />
<a name="{pid}"></a>
<h3 class="post-title entry-title" itemprop="name">
<a href="{url}">{esc(it['title'])}</a>
</h3>
<div class="post-header">
<div class="post-header-line-1"></div>
</div>
<div class="post-body entry-content" id="post-body-{pid}" itemprop="description articleBody">
{body}{jump}
<div style="clear: both;"></div>
</div>
<div class="post-footer">
<div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">
Posted by
<span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<meta content="{PROFILE}" itemprop="url" />
<a class="g-profile" href="{PROFILE}" rel="author" title="author profile">
<span itemprop="name">{AUTHOR}</span>
</a>
</span>
</span>
<span class="post-timestamp">
at
<meta content="{url}" itemprop="url" />
<a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso(it['when'])}">10:00</abbr></a>
</span>
<span class="post-comment-link">
<a class="comment-link" href="{url}#comment-form" onclick="">{comment_text(it['comments'])}:
</a>
</span>
<span class="post-icons">
<span class="item-action">
<a href="https://www.blogger.com/email-post.g?blogID={BLOG_ID}&amp;postID={pid}" title="Email Post">
<img alt="" class="icon-action" height="13" src="https://resources.blogblog.com/img/icon18_email.gif" width="18" />
</a>
</span>
<span class="item-control blog-admin pid-1593442741">
<a href="https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={pid}&amp;from=pencil" title="Edit Post">
<img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18" />
</a>
</span>
</span>
<div class="post-share-buttons goog-inline-block">{share}
</div>
</div>
<div class="post-footer-line post-footer-line-2">
<span class="post-labels">
Labels:
{labels}
</span>
</div>
<div class="post-footer-line post-footer-line-3">
<div class="related-posts"><h4>You might also like:</h4><ul>{related}</ul></div>
</div>
</div>
</div>
</div>"""


def date_outer(it) -> str:
    d = it["when"]
    return f"""<div class="date-outer">
<h2 class="date-header"><span>{d:%A}, {d.day} {d:%B %Y}</span></h2>
<div class="date-posts">
{post_block(it)}
</div>
</div>"""


def sidebar() -> str:
    # Blog Archive (hierarchy): only the current month is expanded, as Blogger renders it.
    jan = [it for it in ITEMS if it["ymd"][:2] == (2024, 1)]
    jan_posts = "\n".join(f'<li><a href="{{{{origin}}}}{it["path"]}">{esc(it["title"])}</a></li>' for it in jan)
    months23 = [("December", 12, 4), ("November", 11, 4), ("October", 10, 4), ("September", 9, 5),
                ("August", 8, 4), ("July", 7, 5), ("June", 6, 3), ("May", 5, 4), ("April", 4, 3),
                ("March", 3, 4), ("February", 2, 3), ("January", 1, 4)]
    m23 = "\n".join(f"""<li class="archivedate collapsed">
<a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&#160;</span></a>
<a class="post-count-link" href="{{{{origin}}}}/2023/{m:02d}/">{name}</a>
<span class="post-count" dir="ltr">({n})</span>
</li>""" for name, m, n in months23)
    years = [(2022, 51), (2021, 47), (2020, 58), (2019, 44), (2018, 39), (2017, 41), (2016, 53),
             (2015, 36), (2014, 30), (2013, 27), (2012, 22), (2011, 18)]
    older_years = "\n".join(f"""<li class="archivedate collapsed">
<a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&#160;</span></a>
<a class="post-count-link" href="{{{{origin}}}}/{y}/">{y}</a>
<span class="post-count" dir="ltr">({n})</span>
</li>""" for y, n in years)
    popular = [OLD["ten"], OLD["miss"], (ITEMS[16]["path"], ITEMS[16]["title"], "Eight thousand members, three topics."),
               OLD["referendum"]]
    pop = "\n".join(f"""<li>
<div class="item-content">
<div class="item-thumbnail"><a href="{{{{origin}}}}{p}" target="_blank"><img alt="" border="0" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/pop-{k}/w72-h72-p-k-no-nu/thumb.jpg" /></a></div>
<div class="item-title"><a href="{{{{origin}}}}{p}">{esc(t)}</a></div>
<div class="item-snippet">{esc(s)}</div>
</div>
<div style="clear: both;"></div>
</li>""" for k, (p, t, s) in enumerate(popular))
    labels = [("brexit", 88), ("economy", 41), ("education", 23), ("expat life", 67), ("france", 54),
              ("history", 19), ("local politics", 102), ("media", 36), ("politics", 131), ("recipes", 12),
              ("village life", 148)]
    cloud = "\n".join(f'<span class="label-size label-size-{1 + n // 40}"><a dir="ltr" href="{{{{origin}}}}/search/label/{l.replace(" ", "%20")}">{l}</a><span class="label-count" dir="ltr">({n})</span></span>'
                      for l, n in labels)
    recent_comments = [
        (0, 1705661234000, "4829103948271", "Marjorie P.", "Spot on as always, Gerald. We listen to it in the car"),
        (2, 1704460800000, "7710298364512", "Anonymous", "Move on? Easier said than done when you're the one"),
        (5, 1702119600000, "1199384756620", "Dave in Bergerac", "Ours come on a Wednesday. Sometimes."),
        (1, 1705002000000, "6650183927734", "Sue", "My husband is the same with the Sunday papers"),
    ]
    rc = "\n".join(
        f'<li><a href="{{{{origin}}}}{ITEMS[i]["path"]}?showComment={ms}#c{cid}">{esc(who)}</a> on '
        f'<i>{esc(ITEMS[i]["title"])}</i>: {esc(txt)}&#8230;</li>'
        for i, ms, cid, who, txt in recent_comments)
    bloglist = [
        ("The Lot and Beyond", "https://thelotandbeyond.blogspot.com/", "https://thelotandbeyond.blogspot.com/2024/01/cost-of-living-in-lot.html",
         "The cost of living in the Lot", "2 days ago"),
        ("A Norfolk Notebook", "https://www.anorfolknotebook.co.uk/", "https://www.anorfolknotebook.co.uk/2024/01/hedges-and-hedge-funds.html",
         "Hedges and hedge funds", "4 days ago"),
        ("Brittany Grumbles", "https://brittanygrumbles.blogspot.com/", "https://brittanygrumbles.blogspot.com/2024/01/the-ferry-fares-again.html",
         "The ferry fares, again", "1 week ago"),
        ("Jeremy Holt writes", "https://jeremyholt.substack.example/", "https://jeremyholt.substack.example/p/why-the-shires-are-angry",
         "Why the shires are angry", "1 week ago"),
    ]
    bl = "\n".join(f"""<li>
<div class="blog-icon"><img height="16" src="https://lh3.googleusercontent.com/blogger_img_proxy/ic{k}" width="16" /></div>
<div class="blog-content">
<div class="blog-title"><a href="{home}" target="_blank">{esc(name)}</a></div>
<div class="item-content"><span class="item-title"><a href="{post}" target="_blank">{esc(pt)}</a></span>
<div class="item-time">{ago}</div></div>
</div>
<div style="clear: both;"></div>
</li>""" for k, (name, home, post, pt, ago) in enumerate(bloglist))
    feat = OLD["boulangerie"]
    return f"""<div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1">
<h2>About Me</h2>
<div class="widget-content">
<a href="{PROFILE}"><img alt="My photo" class="profile-img" height="80" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/profile/s80/gerald.jpg" width="60" /></a>
<dl class="profile-datablock">
<dt class="profile-data"><a class="profile-name-link g-profile" href="{PROFILE}" rel="author" style="background-image: url(//www.blogger.com/img/logo-16.png);">{AUTHOR}</a></dt>
<dd class="profile-textblock">Retired schoolmaster, Yorkshireman, resident of the Dordogne since 2011. I write about politics on both sides of the Channel, village life and whatever else annoys me that week.</dd>
</dl>
<a class="profile-link" href="{PROFILE}" rel="author">View my complete profile</a>
<div class="clear"></div>
</div>
</div>
<div class="widget FollowByEmail" data-version="1" id="FollowByEmail1">
<h2 class="title">Follow by Email</h2>
<div class="widget-content">
<div class="follow-by-email-inner">
<form action="https://feedburner.google.com/fb/a/mailverify" method="post" target="popupwindow">
<input class="follow-by-email-address" name="email" placeholder="Email address..." type="text" />
<input class="follow-by-email-submit" type="submit" value="Submit" />
<input name="uri" type="hidden" value="NotesFromTheDordogne" />
<input name="loc" type="hidden" value="en_GB" />
</form>
</div>
</div>
</div>
<div class="widget FeaturedPost" data-version="1" id="FeaturedPost1">
<div class="widget-content">
<div class="post-summary">
<h3><a href="{{{{origin}}}}{feat[0]}">{esc(feat[1])}</a></h3>
<p>{esc(feat[2])}</p>
<img class="image" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/feat/s640/boulangerie.jpg" />
</div>
</div>
</div>
<div class="widget HTML" data-version="1" id="HTML2">
<h2 class="title">Start here</h2>
<div class="widget-content">
New to the blog? This month's most-shared post is <a href="/{ITEMS[0]['path'].lstrip('/')}?utm_source=blog&amp;utm_medium=sidebar&amp;utm_campaign=start_here">{esc(ITEMS[0]['title'])}</a>. For the back story, read <a href="{OLD['ten'][0]}">how we ended up here</a>. Readers' letters are on the <a href="/p/letters.html">letters page</a>, or write to me at <a href="mailto:gerald.ashworth.dordogne@example.com">gerald.ashworth.dordogne@example.com</a>.
</div>
</div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1">
<h2>Popular Posts</h2>
<div class="widget-content popular-posts">
<ul>
{pop}
</ul>
<div class="clear"></div>
</div>
</div>
<div class="widget HTML" data-version="1" id="HTML3">
<h2 class="title">Recent Comments</h2>
<div class="widget-content">
<ul class="recent-comments">
{rc}
</ul>
</div>
</div>
<div class="widget Label" data-version="1" id="Label1">
<h2>Labels</h2>
<div class="widget-content cloud-label-widget-content">
{cloud}
<div class="clear"></div>
</div>
</div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1">
<h2>Blog Archive</h2>
<div class="widget-content">
<div id="ArchiveList">
<div id="BlogArchive1_ArchiveList">
<ul class="hierarchy">
<li class="archivedate expanded">
<a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&#160;</span></a>
<a class="post-count-link" href="{{{{origin}}}}/2024/">2024</a>
<span class="post-count" dir="ltr">({len(jan)})</span>
<ul class="hierarchy">
<li class="archivedate expanded">
<a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&#160;</span></a>
<a class="post-count-link" href="{{{{origin}}}}/2024/01/">January</a>
<span class="post-count" dir="ltr">({len(jan)})</span>
<ul class="posts">
{jan_posts}
</ul>
</li>
</ul>
</li>
</ul>
<ul class="hierarchy">
<li class="archivedate collapsed">
<a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&#160;</span></a>
<a class="post-count-link" href="{{{{origin}}}}/2023/">2023</a>
<span class="post-count" dir="ltr">(47)</span>
<ul class="hierarchy">
{m23}
</ul>
</li>
</ul>
<ul class="hierarchy">
{older_years}
</ul>
</div>
</div>
<div class="clear"></div>
</div>
</div>
<div class="widget BlogList" data-version="1" id="BlogList1">
<h2 class="title">Blogs I read</h2>
<div class="widget-content">
<div class="blog-list-container" id="BlogList1_container">
<ul id="BlogList1_blogs">
{bl}
</ul>
</div>
</div>
</div>
<div class="widget LinkList" data-version="1" id="LinkList1">
<h2>Partners</h2>
<div class="widget-content">
<ul>
<li><a href="{{{{origin}}}}{OLD['sponsored'][0]}">Gîtes du Périgord – my sponsored review</a></li>
<li><a href="https://www.dordogne-wine-tours.example/?ref=notesfromthedordogne" rel="sponsored">Dordogne Wine Tours</a></li>
<li><a href="https://www.amazon.co.uk/dp/B0C1234567?tag=notesdordogne-21" rel="sponsored">My book: A Yorkshireman in the Périgord</a></li>
</ul>
</div>
</div>
<div class="widget HTML" data-version="1" id="HTML1">
<h2 class="title">Advertisement</h2>
<div class="widget-content">
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4410293847561029" data-ad-slot="1928374650"></ins>
<a href="https://ads.example-network.com/click?pub=ca-pub-4410293847561029&amp;slot=1928374650" rel="sponsored nofollow"><img src="https://ads.example-network.com/creative/ad-300x250.gif" alt="" width="300" height="250" /></a>
</div>
</div>
<div class="widget Followers" data-version="1" id="Followers1">
<h2 class="title">Followers</h2>
<div class="widget-content">
<div id="Followers1-wrapper"><div style="margin-right:2px;"><div><a href="https://www.blogger.com/follow-blog.g?blogID={BLOG_ID}">Follow</a> &#183; <a href="https://www.blogger.com/home">Sign in</a></div></div></div>
</div>
</div>
</div>"""


def pager(page_no: int) -> str:
    parts = []
    if page_no > 1:
        first_on_page = ITEMS[(page_no - 1) * PER_PAGE]["when"]
        parts.append(f'<span id="blog-pager-newer-link">\n<a class="blog-pager-newer-link" href="{{{{origin}}}}/search?updated-min={updated_max(first_on_page)}&amp;max-results={PER_PAGE}&amp;reverse-paginate=true" id="Blog1_blog-pager-newer-link" title="Newer Posts">Newer Posts</a>\n</span>')
    if page_no < PAGES:
        last_on_page = ITEMS[page_no * PER_PAGE - 1]["when"]
        parts.append(f'<span id="blog-pager-older-link">\n<a class="blog-pager-older-link" href="{{{{origin}}}}/search?updated-max={updated_max(last_on_page)}&amp;max-results={PER_PAGE}" id="Blog1_blog-pager-older-link" title="Older Posts">Older Posts</a>\n</span>')
    parts.append('<a class="home-link" href="{{origin}}/">Home</a>')
    return '<div class="blog-pager" id="blog-pager">\n' + "\n".join(parts) + "\n</div>"


def page(page_no: int) -> str:
    items = ITEMS[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    posts = "\n".join(date_outer(it) for it in items)
    if page_no == 1:
        canon = "{{origin}}/"
    else:
        canon = f"{{{{origin}}}}/search?updated-max={updated_max(ITEMS[(page_no - 1) * PER_PAGE - 1]['when'])}&amp;max-results={PER_PAGE}"
    pages_nav = [("Home", "{{origin}}/"), ("About", "{{origin}}/p/about.html"),
                 ("Letters from readers", "{{origin}}/p/letters.html"), ("Books", "{{origin}}/p/books.html"),
                 ("Recipes", "{{origin}}/search/label/recipes"), ("More", "{{origin}}/search/label/essays")]
    pl = "\n".join(
        ('<li class="selected">' if (n == "Home" and page_no == 1) else "<li>") + f'<a href="{h}">{n}</a></li>'
        for n, h in pages_nav)
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport" />
<meta content="IE=EmulateIE7" http-equiv="X-UA-Compatible" />
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="blogger" name="generator" />
<link href="{{{{origin}}}}/favicon.ico" rel="icon" type="image/x-icon" />
<link href="{canon}" rel="canonical" />
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{{{{origin}}}}{FEED}" />
<link rel="alternate" type="application/rss+xml" title="{BLOG} - RSS" href="{{{{origin}}}}{FEED}?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://www.blogger.com/rsd.g?blogID={BLOG_ID}" />
<link rel="me" href="{PROFILE}" />
<link rel="openid.server" href="https://www.blogger.com/openid-server.g" />
<link rel="openid.delegate" href="{{{{origin}}}}/" />
<meta content="{{{{origin}}}}/" property="og:url" />
<meta content="{BLOG}" property="og:title" />
<meta content="Opinions, grumbles and the occasional recipe from an Englishman in south-west France." property="og:description" />
<title>{BLOG}</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css" />
<style id="page-skin-1" type="text/css"><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
body {{ font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #222222; background: #f5efe0; }}
.date-header span {{ text-transform: uppercase; letter-spacing: .1em; }}
.sidebar .widget {{ margin: 30px 0; }}
--></style>
<script type="text/javascript">(function() {{ var b = window, f = "chrome", g = "tick", k = "jstiming"; }})();</script>
</head>
<body class="loading">
<div class="navbar section" id="navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if (window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
  </script>
<div id="navbar-iframe-container"></div>
<iframe src="https://www.blogger.com/navbar.g?targetBlogID={BLOG_ID}&amp;blogName=Notes+from+the+Dordogne&amp;publishMode=PUBLISH_MODE_BLOGSPOT&amp;navbarType=TAN&amp;layoutType=LAYOUTS&amp;blogLocale=en_GB&amp;v=2" height="30" width="100%" frameborder="0" scrolling="no"></iframe>
</div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content">
<div class="content-outer">
<header>
<div class="header-outer">
<div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1">
<div id="header-inner">
<div class="titlewrapper">
<h1 class="title"><a href="{{{{origin}}}}/">{BLOG}</a></h1>
</div>
<div class="descriptionwrapper">
<p class="description"><span>Opinions, grumbles and the occasional recipe from an Englishman in south-west France.</span></p>
</div>
</div>
</div></div>
</div>
</header>
<div class="tabs-outer">
<div class="tabs section" id="crosscol"><div class="widget PageList" data-version="1" id="PageList1">
<h2>Pages</h2>
<div class="widget-content">
<ul>
{pl}
</ul>
<div class="clear"></div>
</div>
</div></div>
</div>
<div class="main-outer">
<div class="columns fauxcolumns">
<div class="columns-inner">
<div class="column-center-outer">
<div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">
<div class="breadcrumbs"><a href="{{{{origin}}}}/">Home</a> &#187; <span>{'Latest posts' if page_no == 1 else 'Older posts'}</span></div>
<div class="blog-posts hfeed">
{posts}
</div>
{pager(page_no)}
<div class="clear"></div>
<div class="blog-feeds">
<div class="feed-links">
Subscribe to:
<a class="feed-link" href="{{{{origin}}}}{FEED}" target="_blank" type="application/atom+xml">Posts (Atom)</a>
</div>
</div>
</div></div>
</div>
</div>
<div class="column-right-outer">
<div class="column-right-inner">
<aside>
{sidebar()}
</aside>
</div>
</div>
</div>
</div>
</div>
<footer>
<div class="footer-outer">
<div class="foot section" id="footer-1"><div class="widget Attribution" data-version="1" id="Attribution1">
<div class="widget-content" style="text-align: center;">
&#169; Gerald Ashworth 2011–2024. <a href="/p/about.html">About</a> &#183; <a href="/p/privacy.html">Privacy &amp; cookies</a>. Simple theme. Theme images by <a href="https://www.istockphoto.com/portfolio/gaffera?platform=blogger" target="_blank">gaffera</a>. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.
</div>
<div class="clear"></div>
</div></div>
</div>
</footer>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script type="text/javascript">
window['__wavt'] = 'AOuZoY5example:1705660000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BLOG_ID}','//notesfromthedordogne.blogspot.com/','{BLOG_ID}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BLOG_ID}', 'title': '{BLOG}', 'pageType': '{'index' if page_no == 1 else 'index'}'}}}}]);
</script>
</body>
</html>
"""


def atom_entry(it) -> str:
    url = "{{origin}}" + it["path"]
    pid = it["id"]
    cats = "".join(f'<category scheme="http://www.blogger.com/atom/ns#" term="{esc(l)}"/>' for l in it["labels"])
    content = esc(body_html(it, full=True))
    when = iso_ms(it["when"])
    upd = iso_ms(it["when"] + dt.timedelta(hours=2, minutes=13))
    return f"""<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{pid}</id><published>{when}</published><updated>{upd}</updated>{cats}<title type="text">{esc(it['title'])}</title><content type="html">{content}</content><link rel="replies" type="application/atom+xml" href="{{{{origin}}}}/feeds/{pid}/comments/default" title="Post Comments"/><link rel="replies" type="text/html" href="{url}#comment-form" title="{comment_text(it['comments'])}"/><link rel="edit" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}"/><link rel="self" type="application/atom+xml" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{pid}"/><link rel="alternate" type="text/html" href="{url}" title="{esc(it['title'])}"/><author><name>{AUTHOR}</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email><gd:image rel="http://schemas.google.com/g/2005#thumbnail" width="16" height="16" src="https://img1.blogblog.com/img/b16-rounded.gif"/></author><thr:total>{it['comments']}</thr:total></entry>"""


def atom_feed() -> str:
    entries = "".join(atom_entry(it) for it in ITEMS)
    upd = iso_ms(ITEMS[0]["when"] + dt.timedelta(hours=2, minutes=13))
    return f"""<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="https://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{upd}</updated><category term="village life"/><category term="politics"/><category term="local politics"/><category term="brexit"/><title type='text'>{BLOG}</title><subtitle type='html'>Opinions, grumbles and the occasional recipe from an Englishman in south-west France.</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{{{{origin}}}}{FEED}'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/><link rel='alternate' type='text/html' href='{{{{origin}}}}/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/><link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default?start-index=26&amp;max-results=25'/><author><name>{AUTHOR}</name><uri>{PROFILE}</uri><email>noreply@blogger.com</email><gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>612</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{entries}</feed>
"""


def rss_feed() -> str:
    def rfc(d: dt.datetime) -> str:
        u = d.astimezone(dt.timezone.utc)
        return u.strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"""<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{it['id']}</guid><pubDate>{rfc(it['when'])}</pubDate><atom:updated>{iso_ms(it['when'] + dt.timedelta(hours=2, minutes=13))}</atom:updated>{''.join(f"<category domain='http://www.blogger.com/atom/ns#'>{esc(l)}</category>" for l in it['labels'])}<title>{esc(it['title'])}</title><description>{esc(body_html(it, full=True))}</description><link>{{{{origin}}}}{it['path']}</link><author>noreply@blogger.com ({AUTHOR})</author><thr:total>{it['comments']}</thr:total></item>"""
                    for it in ITEMS)
    return f"""<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd="http://schemas.google.com/g/2005" xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel><atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><lastBuildDate>{rfc(ITEMS[0]['when'])}</lastBuildDate><category>village life</category><category>politics</category><title>{BLOG}</title><description>Opinions, grumbles and the occasional recipe from an Englishman in south-west France.</description><link>{{{{origin}}}}/</link><managingEditor>noreply@blogger.com ({AUTHOR})</managingEditor><generator>Blogger</generator><openSearch:totalResults>612</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{items}</channel></rss>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "index.html").write_text(page(1), encoding="utf-8")
    for n in range(2, PAGES + 1):
        boundary = ITEMS[(n - 1) * PER_PAGE - 1]["when"]
        # The server unquotes the query before the file lookup: %2B01:00 -> +01:00.
        name = f"search@updated-max={iso(boundary)}&max-results={PER_PAGE}.html"
        (OUT / name).write_text(page(n), encoding="utf-8")
    feeds = OUT / "feeds" / "posts"
    feeds.mkdir(parents=True, exist_ok=True)
    (feeds / "default.xml").write_text(atom_feed(), encoding="utf-8")
    (feeds / "default@alt=rss.xml").write_text(rss_feed(), encoding="utf-8")
    on_pages = [it["path"] for it in ITEMS[:PER_PAGE * PAGES]]
    truth = {
        "template": NAME,
        "description": ("An old Blogger/Blogspot personal opinion blog (Simple layout, widget sections) whose "
                        "posts /YYYY/MM/slug.html page by 'Older Posts' /search?updated-max=...&max-results=7 "
                        "links; hard because the sidebar (Popular Posts, Featured Post, Blog Archive, related "
                        "posts, recent comments with ?showComment=) is full of the author's own posts in the "
                        "same URL shape, and the Atom feed's entries carry five links each."),
        "held_out": False,
        "pages": ["/"],
        "max_index_pages": PAGES,
        "author": AUTHOR,
        "columns": [it["path"] for it in ITEMS],
        "feed_only": [it["path"] for it in ITEMS if it["path"] not in on_pages],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
