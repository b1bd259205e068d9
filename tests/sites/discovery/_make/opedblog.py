"""Generate the `opedblog` discovery fixture: an Asian English-language paper's op-ed blog,
old table-based layout.

Page /opinion/opedblog/ (whole section, no single author) with index_2.html / index_3.html,
posts /opinion/opedblog/YYYYMMDD/<id>.html linked RELATIVELY (20211125/788836.html), table
rows of link + byline + date cell, a featured post with picture on page 1, bilingual numbered
pager (首页 / 上一页 / 下一页 Next / 末页), rails "Top News" (/world/YYYYMMDD/id.html) and
"Editor's picks" (editorials /opinion/YYYYMMDD/id.html via ../), columnists, readers' letters,
sponsored rows, [n comments] #comments links.  The section RSS feed in <head> is a little
ahead of the static index pages: its 2 newest posts are on no listing page (feed_only).
Stdlib only, deterministic.
"""

from __future__ import annotations

import datetime
import html
import json
from pathlib import Path

NAME = "opedblog"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/opinion/opedblog/"
E = html.escape

FEED_ONLY_TITLES = [
    "Why RCEP matters more than ever for small exporters",
    "Winter Olympics: a chance to rethink urban sport",
]
TITLES = [
    "Common prosperity is not egalitarianism",
    "Lessons from COP26 for developing economies",
    "Double reduction policy: what parents really think",
    "The future of live-streaming commerce",
    "Rural revitalization needs young talent",
    "Tea, trade and the old Silk Road",
    "Why I still take the slow train",
    "Vaccine equity is a test for the world",
    "Singles Day is growing up",
    "Smart cities must remember the elderly",
    "Carbon markets: a slow start, but a start",
    "What the pandemic taught our schools",
    "Panda diplomacy, revisited",
    "The quiet boom of county towns",
    "Cross-border e-commerce after the pandemic",
    "Learning Chinese in Nairobi",
    "A new look at the gig economy",
    "Electric cars and the charging gap",
    "Food waste: from campaign to habit",
    "Why translators deserve more credit",
    "The real value of the digital yuan",
    "Mountain villages bet on tourism",
    "Chip shortage: a wake-up call",
    "Soft power through film",
    "Keeping the Grand Canal alive",
    "Three-child policy needs support",
    "Esports comes of age",
    "The limits of sanctions",
    "On reading in the age of short video",
    "Hydrogen's moment",
    "Ageing well in Shanghai",
    "Green finance goes mainstream",
    "Why the Belt and Road is changing",
    "Notes from a Harbin winter",
]
BLOGGERS = [
    ("Zhang Hua", "zhanghua"),
    ("Michael Barnes", "michaelbarnes"),
    ("Chen Lu", "chenlu"),
    ("Paul Okonjo", "paulokonjo"),
    ("Wang Jing", "wangjing"),
    ("Sara Lindqvist", "saralindqvist"),
]
PER_PAGE = [12, 12, 10]


def _posts() -> tuple[list[tuple], list[tuple]]:
    """(feed-only posts, listed posts): (title, date, id, path, blogger)."""
    day = datetime.date(2021, 11, 26)
    ident = 788901
    feed_only = []
    for j, t in enumerate(FEED_ONLY_TITLES):
        feed_only.append((t, day, ident, f"{BASE}{day:%Y%m%d}/{ident}.html", BLOGGERS[(j + 3) % 6]))
        ident -= 19
    listed = []
    day = datetime.date(2021, 11, 25)
    ident = 788836
    for k, t in enumerate(TITLES):
        listed.append((t, day, ident, f"{BASE}{day:%Y%m%d}/{ident}.html", BLOGGERS[k % 6]))
        ident -= 23 + (k * 7) % 31
        if k % 2 == 1:
            day -= datetime.timedelta(days=1)
    return feed_only, listed


FEED_ONLY, POSTS = _posts()

TOP_NEWS = [
    ("/world/20211125/788801.html", "Leaders pledge faster vaccine deliveries to Africa"),
    ("/world/20211125/788790.html", "Germany's new coalition unveils climate plan"),
    ("/china/20211125/788812.html", "Beijing metro opens three new lines before Games"),
    ("/business/20211124/788754.html", "Exports beat forecasts for October"),
    ("/world/20211124/788731.html", "Typhoon season ends with record rainfall"),
]
EDITORS_PICKS = [
    ("../20211125/788700.html", "/opinion/20211125/788700.html", "Editorial: Global recovery needs open markets"),
    ("../20211124/788655.html", "/opinion/20211124/788655.html", "Editorial: Protect the rights of delivery riders"),
    ("{{origin}}/opinion/20211123/788590.html", "/opinion/20211123/788590.html", "Editorial: Climate finance promises must be kept"),
]
COLUMNISTS = [
    ("Li Wei", "/opinion/columnists/liwei/", "/opinion/columnists/20211124/788650.html", "The middle-income trap is a myth"),
    ("Andrew Moody", "/opinion/columnists/andrewmoody/", "/opinion/columnists/20211122/788512.html", "What foreign investors are telling me"),
]
LETTER = ("/opinion/letters/20211124/788610.html", "Reader: More bike lanes, please")
SPONSORED = ("/business/20211124/788600.html", "Sponsored: Discover Hainan's free trade port opportunities")


def row(k: int, rel: bool) -> str:
    title, day, ident, path, (bname, bslug) = POSTS[k]
    href = f"{day:%Y%m%d}/{ident}.html" if rel else "{{origin}}" + path
    ncom = (k * 5) % 17
    # the comment counter comes from a separate widget that writes root-relative links
    com = f' <a href="{path}#comments" class="cmt">[{ncom} comment{"" if ncom == 1 else "s"}]</a>'
    return f"""
          <tr>
            <td class="bt2" height="26"><img src="/images/dot_red.gif" width="5" height="5" align="absmiddle"> <a href="{href}" target="_blank">{E(title)}</a><font color="#888888" size="1"> &nbsp;By <a href="blogger/{bslug}/" class="blogger">{E(bname)}</a></font>{com}</td>
            <td class="bt3" width="85" align="right"><font color="#999999">{day:%Y-%m-%d}</font></td>
          </tr>"""


def featured(k: int) -> str:
    title, day, ident, path, (bname, bslug) = POSTS[k]
    href = f"{day:%Y%m%d}/{ident}.html"
    return f"""
          <tr>
            <td colspan="2" class="featured">
              <table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#F4F4F4"><tr>
                <td width="210" valign="top"><a href="{href}" target="_blank"><img src="/images/attachement/jpg/site1/{day:%Y%m%d}/{ident}_thumb.jpg" width="200" height="140" border="0" alt="{E(title)}"></a></td>
                <td valign="top"><a href="{href}" target="_blank" class="f16b">{E(title)}</a><br>
                  <font color="#666666">By <a href="blogger/{bslug}/">{E(bname)}</a> | {day:%Y-%m-%d}</font><br><br>
                  <span class="intro">China's push for common prosperity is widely misread abroad. It is about raising the floor, not lowering the ceiling, argues our blogger.</span>
                  <a href="{href}" target="_blank">[Full text]</a> <a href="{href}#comments">[Comments]</a></td>
              </tr></table>
            </td>
          </tr>"""


def pager(n: int, total: int) -> str:
    def name(p: int) -> str:
        return "index.html" if p == 1 else f"index_{p}.html"

    parts = [f'<a href="{name(1)}">首页 First</a>']
    parts.append(f'<a href="{name(n - 1)}">上一页 Prev</a>' if n > 1 else '<font color="#BBBBBB">上一页 Prev</font>')
    for p in range(1, total + 1):
        parts.append(f'<b><font color="#CC0000">{p}</font></b>' if p == n else f'<a href="{name(p)}">[{p}]</a>')
    parts.append(f'<a href="{name(n + 1)}">下一页 Next</a>' if n < total else '<font color="#BBBBBB">下一页 Next</font>')
    parts.append(f'<a href="{name(total)}">末页 Last</a>')
    return '<div class="pager" align="center">' + " &nbsp;".join(parts) + "</div>"


def page(n: int, ks: list[int], total: int) -> str:
    rows = featured(ks[0]) + "".join(row(k, j % 4 != 2) for j, k in enumerate(ks[1:])) if n == 1 else "".join(
        row(k, j % 4 != 2) for j, k in enumerate(ks)
    )
    top = "".join(
        f'<tr><td class="rail" height="22">· <a href="{("{{origin}}" + p) if i % 2 else p}" target="_blank">{E(t)}</a></td></tr>'
        for i, (p, t) in enumerate(TOP_NEWS)
    )
    picks = "".join(f'<tr><td class="rail" height="22">· <a href="{h}" target="_blank">{E(t)}</a></td></tr>' for h, _p, t in EDITORS_PICKS)
    hot = "".join(
        f'<tr><td class="rail" height="22">{i + 1}. <a href="{POSTS[k][3]}?ref=hotposts" target="_blank">{E(POSTS[k][0])}</a></td></tr>'
        for i, k in enumerate((1, 3, 6))
    )
    cols = "".join(
        f'<tr><td class="rail"><a href="{pg}"><b>{E(nm)}</b></a><br>· <a href="{p}" target="_blank">{E(t)}</a></td></tr>'
        for nm, pg, p, t in COLUMNISTS
    )
    title_n = "" if n == 1 else f" (Page {n})"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Op-Ed Blog{title_n} - Opinion - Asia Daily Herald</title>
<meta name="keywords" content="opinion, op-ed, blog, commentary, China, Asia Daily Herald">
<meta name="description" content="Op-Ed Blog: views and commentary from Asia Daily Herald bloggers.">
<link rel="alternate" type="application/rss+xml" title="Asia Daily Herald - Op-Ed Blog" href="{{{{origin}}}}/rss/opedblog.xml">
<link href="/css/2011/global.css" rel="stylesheet" type="text/css">
<link href="/css/2011/opinion.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/2011/jquery-1.4.2.min.js"></script>
<script language="javascript">var channel_id = "opedblog"; var page_no = {n};</script>
</head>
<body topmargin="0" leftmargin="0">
<a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="260" height="70"><a href="/"><img src="/images/2011/logo.gif" width="250" height="60" border="0" alt="Asia Daily Herald"></a></td>
    <td align="right" valign="top" class="toplinks"><a href="/member/login.shtml">Sign in</a> | <a href="/member/register.shtml">Register</a> | <a href="/subscription/?cmp=topbar">Subscribe</a> | <a href="http://cn.asiadailyherald.example/">中文</a> | <a href="/mobile/">Mobile</a>
      <form name="search" action="http://search.asiadailyherald.example/search" method="get" style="margin:4px 0 0 0"><input type="text" name="query" size="18"><input type="submit" value="Search"></form></td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#003366" class="nav">
  <tr>
    <td height="30" class="navtxt">
      <a href="/">HOME</a> | <a href="/china/">CHINA</a> | <a href="/world/">WORLD</a> | <a href="/business/">BUSINESS</a> | <a href="/lifestyle/">LIFESTYLE</a> | <a href="/culture/">CULTURE</a> | <a href="/travel/">TRAVEL</a> | <a href="/sports/">SPORTS</a> | <a href="/opinion/"><b>OPINION</b></a> | <a href="/regional/">REGIONAL</a> | <a href="/more/">More</a>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E9EEF3">
  <tr><td height="24" class="subnav">&nbsp;<a href="/opinion/editorials/">Editorials</a> | <a href="/opinion/columnists/">Columnists</a> | <a href="{BASE}"><b>Op-Ed Blog</b></a> | <a href="/opinion/cartoons/">Cartoons</a> | <a href="/opinion/letters/">Letters</a> | <a href="/opinion/forum/">Forum</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="28" class="crumb">You are here: <a href="/">Home</a> &gt; <a href="/opinion/">Opinion</a> &gt; <a href="{BASE}">Op-Ed Blog</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="660" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" background="/images/2011/title_bg.gif" class="coltitle">&nbsp;<b>Op-Ed Blog</b> &nbsp;<a href="/rss/opedblog.xml"><img src="/images/rss.gif" width="27" height="14" border="0" alt="RSS" align="absmiddle"></a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3" class="list">{rows}
      </table>
      <br>
      {pager(n, total)}
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="4" class="tags">
        <tr><td>Hot tags: <a href="/topics/2021cop26/">COP26</a> <a href="/topics/rcep/">RCEP</a> <a href="/topics/commonprosperity/">Common prosperity</a> <a href="/topics/beijing2022/">Beijing 2022</a> <a href="/topics/covid19/">COVID-19</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="share">Share this page: <a href="http://service.weibo.com/share/share.php?url={E('{{origin}}' + BASE)}&amp;title=Op-Ed%20Blog" target="_blank">Weibo</a> <a href="https://www.facebook.com/sharer.php?u={E('{{origin}}' + BASE)}" target="_blank">Facebook</a> <a href="https://twitter.com/share?url={E('{{origin}}' + BASE)}" target="_blank">Twitter</a> <a href="https://www.linkedin.com/shareArticle?url={E('{{origin}}' + BASE)}" target="_blank">LinkedIn</a></td></tr>
      </table>
    </td>
    <td width="20">&nbsp;</td>
    <td width="300" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td class="boxtitle" height="28">&nbsp;Top News</td></tr>{top}
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td class="boxtitle" height="28">&nbsp;Editor's picks</td></tr>{picks}
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td class="boxtitle" height="28">&nbsp;Hot posts</td></tr>{hot}
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td class="boxtitle" height="28">&nbsp;<a href="/opinion/columnists/">Columnists</a></td></tr>{cols}
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
        <tr><td class="boxtitle" height="28">&nbsp;<a href="/opinion/letters/">Readers' letters</a></td></tr>
        <tr><td class="rail">· <a href="{LETTER[0]}" target="_blank">{E(LETTER[1])}</a></td></tr>
        <tr><td class="rail">Write to us: <a href="mailto:letters@asiadailyherald.example">letters@asiadailyherald.example</a></td></tr>
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box ad">
        <tr><td class="adlabel"><font size="1" color="#999999">Sponsored</font></td></tr>
        <tr><td class="rail"><a href="{SPONSORED[0]}" target="_blank">{E(SPONSORED[1])}</a></td></tr>
        <tr><td><a href="https://ads.example-network.com/adclick.php?zone=opinion_r1&amp;n=a3f2" target="_blank"><img src="https://ads.example-network.com/adview.php?zone=opinion_r1&amp;n=a3f2" width="300" height="250" border="0" alt=""></a></td></tr>
      </table>
      <br>
      <table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#F0F0F0">
        <tr><td><b>Newsletter</b><br>Get our daily headlines by email<form action="/newsletter/subscribe.html" method="post"><input type="text" name="email" size="22"> <input type="submit" value="Sign up"></form></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center" height="60">
    <a href="/static/aboutus.html">About Us</a> | <a href="/static/contactus.html">Contact Us</a> | <a href="/static/copyright.html">Copyright</a> | <a href="/static/privacy.html">Privacy Policy</a> | <a href="/static/adinfo.html">Advertise</a> | <a href="/sitemap.html">Site Map</a> | <a href="#top">Top</a><br>
    Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Asia Daily Herald.<br>
    <a href="https://beian.miit.gov.cn/" target="_blank">京ICP备13028878号-6</a>
  </td></tr>
</table>
<script language="javascript" src="/js/2011/stat.js"></script>
</body>
</html>
"""


def feed() -> str:
    entries = FEED_ONLY + POSTS[:8]
    items = "".join(
        f"""
<item>
<title><![CDATA[{t}]]></title>
<link>{{{{origin}}}}{p}</link>
<description><![CDATA[{t} - by {b[0]}]]></description>
<author>{b[0]}</author>
<pubDate>{d:%a, %d %b %Y} {(9 + i) % 24:02d}:{(i * 17) % 60:02d}:00 +0800</pubDate>
</item>"""
        for i, (t, d, _id, p, b) in enumerate(entries)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>Asia Daily Herald - Op-Ed Blog</title>
<link>{{{{origin}}}}{BASE}</link>
<description>Views and commentary from Asia Daily Herald bloggers</description>
<language>en-us</language>
<copyright>Copyright Asia Daily Herald</copyright>
<lastBuildDate>Fri, 26 Nov 2021 10:17:00 +0800</lastBuildDate>{items}
</channel>
</rss>
"""


def main() -> None:
    root = OUT / BASE.strip("/")
    root.mkdir(parents=True, exist_ok=True)
    start, chunks = 0, []
    for c in PER_PAGE:
        chunks.append(list(range(start, start + c)))
        start += c
    assert start == len(POSTS)
    for n, ks in enumerate(chunks, 1):
        name = "index.html" if n == 1 else f"index_{n}.html"
        (root / name).write_text(page(n, ks, len(chunks)), encoding="utf-8")
    (OUT / "rss").mkdir(exist_ok=True)
    (OUT / "rss" / "opedblog.xml").write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "An old table-layout Asian English-language paper's op-ed blog section (several bloggers): "
            "relative date-folder links 20211125/788836.html in table rows, a bilingual numbered pager "
            "index_N.html, and Top News / editorials / columnists / letters sharing the YYYYMMDD/id.html "
            "shape; the section feed is ahead of the static index (2 feed-only posts)."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(chunks),
        "columns": [p[3] for p in FEED_ONLY + POSTS],
        "feed_only": [p[3] for p in FEED_ONLY],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
