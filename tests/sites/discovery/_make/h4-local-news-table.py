"""Generate the h4-local-news-table discovery fixture (stdlib only, deterministic).

A small-town weekly's 2005 ASP site: one big layout <TABLE>, uppercase tags, <FONT>, no
classes; the columnist page is /opinion/columns.asp?author=14 and a column is identified by
its query, /opinion/column.asp?id=NNNN. "Next 10 >>" pages with &start=10 / &start=20.
Run: python tests/sites/discovery/_make/h4-local-news-table.py
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

NAME = "h4-local-news-table"
OUT = Path(__file__).resolve().parent.parent / NAME
AUTHOR = "Ed Kowalski"
AUTHOR_ID = 14
PAGE = f"/opinion/columns.asp?author={AUTHOR_ID}"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


# newest first; biweekly, every other Thursday from Nov. 24, 2005
COLUMNS = [
    ("A Thanksgiving Thank-You to the Volunteer Firemen", 4),
    ("Deer Season and Other Hazards", 0),
    ("Halloween on Maple Avenue", 2),
    ("Leaf Peepers, Welcome Back", 0),
    ("Football Friday Nights", 7),
    ("The Levy Vote: Do the Math", 12),
    ("Back to School", 0),
    ("County Fair Pie Contest Scandal (Not Really)", 3),
    ("Dog Days", 0),
    ("Heat Wave Memories From 1955", 1),
    ("The Fourth of July Parade, Reviewed", 5),
    ("Potholes on Route 9: A Love Story", 9),
    ("Graduation Speeches I'd Like to Hear", 0),
    ("Memorial Day", 2),
    ("The Town Council Needs a Bigger Room", 6),
    ("Spring Cleaning the Attic, and My Conscience", 0),
    ("Mud Season", 0),
    ("Why We Need the Library Bond", 4),
    ("Maple Sugaring With Grandpa", 1),
    ("March Madness Comes to the Millbrook Gym", 0),
    ("Cabin Fever", 0),
    ("Snowplow Etiquette for Beginners", 3),
    ("The Great Blizzard of '78, Revisited", 2),
    ("New Year's Resolutions From a Grump", 0),
    ("A Christmas Card From Main Street", 1),
    ("The Old Grange Hall Deserves Better", 8),
    ("Thanksgiving at the VFW", 0),
    ("Veterans Day: Uncle Stan's Letters", 3),
]

# ids are shared with the other columnists' and editorial pieces, so they have gaps
GAPS = [9, 11, 8, 13, 10, 7, 12, 9, 14, 8, 10, 11, 9, 7, 13, 10, 8, 12, 11, 9, 10, 14, 8, 9, 12, 10, 11]
IDS = [4512]
for g in GAPS:
    IDS.append(IDS[-1] - g)
FIRST = dt.date(2005, 11, 24)
DATES = [FIRST - dt.timedelta(days=14 * i) for i in range(len(COLUMNS))]

PAGES = [list(range(0, 10)), list(range(10, 20)), list(range(20, 28))]


def truth_path(i: int) -> str:
    return f"/opinion/column.asp?id={IDS[i]}"


def ap_date(d: dt.date) -> str:
    months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    return f"{months[d.month - 1]} {d.day}, {d.year}"


NAV = [("Home", "/default.asp"), ("News", "/news/default.asp"), ("Sports", "/sports/default.asp"),
       ("Opinion", "/opinion/default.asp"), ("Obituaries", "/obits/default.asp"),
       ("Community", "/community/default.asp"), ("Calendar", "/community/calendar.asp"),
       ("Classifieds", "/classifieds/default.asp"), ("Photo Gallery", "/photos/gallery.asp"),
       ("Archives", "/archives/search.asp"), ("More...", "/sections.asp"), ("Contact Us", "/contact.asp")]

MOST_VIEWED = [
    ("/news/story.asp?id=8821", "Selectmen OK new fire truck purchase"),
    ("/news/story.asp?id=8817", "Route 9 bridge to close for repairs in spring"),
    ("/sports/story.asp?id=2214", "Millbrook Mustangs fall in regional final, 21-14"),
    ("/news/story.asp?id=8809", "School board weighs later start times"),
    ("/news/story.asp?id=8803", "Police log: Nov. 14-20"),
]
DONT_MISS = [
    ("/news/story.asp?id=8790", "Centennial Farm Celebrates 100 Years"),
    ("/photos/gallery.asp?g=114", "PHOTOS: Harvest Festival 2005"),
]
OTHER_COLUMNISTS = [(9, "Marge Tully", "Garden Notes"), (22, "Rev. Paul Hendricks", "Faith &amp; Family"),
                    (5, "Bill Dorsey", "Rod &amp; Gun")]
ALSO_OPINION = [
    ("column.asp?id=4515", "EDITORIAL: Vote yes on the firehouse article", "Courier Editorial Board"),
    ("column.asp?id=4510", "Putting the garden to bed", "Marge Tully"),
    ("column.asp?id=4506", "Giving thanks in hard times", "Rev. Paul Hendricks"),
]
CLASSIFIEDS = [("/classifieds/ad.asp?id=77", "FOR SALE: 1998 Ford F-150, 4x4, plow incl."),
               ("/classifieds/ad.asp?id=81", "HELP WANTED: Part-time cook, Millbrook Diner"),
               ("/classifieds/ad.asp?id=92", "FIREWOOD - seasoned, cut &amp; split, delivered")]
OBITS = [("/obits/obit.asp?id=3301", "Dorothy M. Pease, 87"),
         ("/obits/obit.asp?id=3299", "Harold \"Hal\" Brennan, 74"),
         ("/obits/obit.asp?id=3298", "Louise A. Tremblay, 91")]


def left_nav() -> str:
    rows = "\n".join(
        f'<TR><TD BGCOLOR="#E8E8D0" HEIGHT="22">&nbsp;<IMG SRC="/images/arrow.gif" WIDTH="7" HEIGHT="7" BORDER="0">&nbsp;'
        f'<A HREF="{h}"><FONT FACE="Verdana, Arial, Helvetica" SIZE="2" COLOR="#003366"><B>{t}</B></FONT></A></TD></TR>\n'
        f'<TR><TD BGCOLOR="#FFFFFF"><IMG SRC="/images/spacer.gif" WIDTH="1" HEIGHT="1"></TD></TR>'
        for t, h in NAV
    )
    return f"""<TABLE WIDTH="150" BORDER="0" CELLSPACING="0" CELLPADDING="2">
{rows}
</TABLE>
<BR>
<CENTER>
<A HREF="http://www.weather.com/weather/local/05753?par=millbrook" TARGET="_blank"><IMG SRC="/images/weather_button.gif" WIDTH="120" HEIGHT="60" BORDER="0" ALT="Local Weather"></A>
<BR><BR>
<FONT FACE="Verdana" SIZE="1">Visitors since 1999:<BR>
<IMG SRC="/cgi-bin/Count.cgi?df=opinion_columns.dat&amp;dd=C&amp;ft=0" WIDTH="90" HEIGHT="20" ALT="hit counter"></FONT>
</CENTER>"""


def masthead() -> str:
    return """<TABLE WIDTH="770" BORDER="0" CELLSPACING="0" CELLPADDING="0">
<TR>
<TD BGCOLOR="#003366" HEIGHT="20" ALIGN="LEFT"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF">&nbsp;Thursday, November 24, 2005</FONT></TD>
<TD BGCOLOR="#003366" ALIGN="RIGHT"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF">
<A HREF="/circulation/subscribe.asp"><FONT COLOR="#FFFFFF">Subscribe</FONT></A> |
<A HREF="/eedition/login.asp"><FONT COLOR="#FFFFFF">E-Edition Login</FONT></A> |
<A HREF="/advertise.asp"><FONT COLOR="#FFFFFF">Advertise</FONT></A> |
<A HREF="/contact.asp"><FONT COLOR="#FFFFFF">Contact Us</FONT></A>&nbsp;</FONT></TD>
</TR>
<TR>
<TD COLSPAN="2" HEIGHT="90"><A HREF="/default.asp"><IMG SRC="/images/masthead_2005.gif" WIDTH="770" HEIGHT="90" BORDER="0" ALT="The Millbrook Courier - Serving Millbrook, East Hollis and Cedar Falls since 1887"></A></TD>
</TR>
</TABLE>"""


def lead_box(i: int) -> str:
    pid = IDS[i]
    return f"""<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="6" BORDERCOLOR="#CCCC99" BGCOLOR="#FFFFF0">
<TR><TD>
<FONT FACE="Verdana" SIZE="1" COLOR="#990000"><B>THIS WEEK'S COLUMN</B></FONT><BR>
<FONT FACE="Georgia, Times New Roman" SIZE="4"><B><A HREF="{{{{origin}}}}/opinion/column.asp?id={pid}">{esc(COLUMNS[i][0])}</A></B></FONT><BR>
<FONT FACE="Georgia, Times New Roman" SIZE="2">Every year about this time I make the rounds of the three firehouses in town with a box of
doughnuts from Sal's, and every year somebody asks me why. Here's why. When the Pattersons' barn went up on Cedar Hill Road last March,
fourteen men and two women were there inside of nine minutes...
<A HREF="column.asp?id={pid}"><B>Read more &raquo;</B></A></FONT><BR>
<FONT FACE="Verdana" SIZE="1"><A HREF="column.asp?id={pid}#comments">Reader comments ({COLUMNS[i][1]})</A> |
<A HREF="/opinion/comment.asp?id={pid}">Post a comment</A> |
<A HREF="/cgi-bin/sendpage.asp?page=/opinion/column.asp%3Fid%3D{pid}">E-mail to a friend</A></FONT>
</TD></TR>
</TABLE>
<BR>"""


def rows(idx: list[int]) -> str:
    out = []
    for i in idx:
        pid = IDS[i]
        title, comments = COLUMNS[i]
        extra = f' &nbsp;<a href="column.asp?id={pid}#comments">{comments} comment{"s" if comments != 1 else ""}</a>' if comments >= 5 else ""
        out.append(
            f'<tr><td><font face="Verdana, Arial" size="2"><b><a href="column.asp?id={pid}">{esc(title)}</a></b><br>'
            f'<font size="1" color="#666666">{ap_date(DATES[i])}{extra}</font></font></td>'
            f'<td align="right" valign="top" width="20"><a href="/opinion/column.asp?id={pid}&print=1">'
            f'<img src="/images/icons/printer.gif" width="16" height="14" border="0" alt="Print this page"></a></td></tr>\n'
            f'<tr><td colspan="2"><img src="/images/dotline.gif" width="440" height="1"></td></tr>'
        )
    return "\n".join(out)


def pager(n: int) -> str:
    def href(k: int) -> str:
        return f"columns.asp?author={AUTHOR_ID}" + (f"&start={10 * (k - 1)}" if k > 1 else "")

    nums = " ".join(f"<B>{k}</B>" if k == n else f'<A HREF="{href(k)}">{k}</A>' for k in range(1, len(PAGES) + 1))
    prev = f'<A HREF="{href(n - 1)}">&lt;&lt; Previous 10</A> &nbsp;' if n > 1 else ""
    nxt = f'&nbsp; <A HREF="{href(n + 1)}">Next 10 &gt;&gt;</A>' if n < len(PAGES) else ""
    return f'<CENTER><FONT FACE="Verdana" SIZE="2">{prev} Page: {nums} {nxt}</FONT></CENTER>'


def right_col() -> str:
    mv = "\n".join(f'<LI><A HREF="{h}">{t}</A></LI>' for h, t in MOST_VIEWED)
    dm = "\n".join(f'<A HREF="{h}"><B>{t}</B></A><BR><BR>' for h, t in DONT_MISS)
    own = IDS[17]  # an older column of his (page 2), promoted with a ref parameter
    cl = "\n".join(f'<A HREF="{h}">{t}</A><BR>' for h, t in CLASSIFIEDS)
    ob = "\n".join(f'<A HREF="{h}">{t}</A><BR>' for h, t in OBITS)
    return f"""<TABLE WIDTH="160" BORDER="0" CELLSPACING="0" CELLPADDING="4">
<TR><TD BGCOLOR="#003366"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF"><B>MOST VIEWED THIS WEEK</B></FONT></TD></TR>
<TR><TD BGCOLOR="#F4F4EA"><FONT FACE="Verdana" SIZE="1"><OL>
{mv}
</OL></FONT></TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD BGCOLOR="#003366"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF"><B>DON'T MISS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Verdana" SIZE="1">
{dm}
<A HREF="/opinion/column.asp?id={own}&ref=dontmiss"><B>Kowalski: {esc(COLUMNS[17][0])}</B></A><BR><BR>
</FONT></TD></TR>
<TR><TD BGCOLOR="#003366"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF"><B>LOCAL BUSINESS SPOTLIGHT</B></FONT></TD></TR>
<TR><TD ALIGN="CENTER"><FONT FACE="Verdana" SIZE="1" COLOR="#999999">Sponsored</FONT><BR>
<A HREF="/business/spotlight.asp?id=12"><IMG SRC="/images/biz/hartleys.jpg" WIDTH="150" HEIGHT="100" BORDER="0" ALT="Hartley's Hardware"><BR>
<FONT FACE="Verdana" SIZE="1"><B>Hartley's Hardware: 50 years on Main Street</B></FONT></A><BR><BR>
<A HREF="http://ads.example-network.com/adclick.php?n=a3f81c&amp;zone=7" TARGET="_blank"><IMG SRC="http://ads.example-network.com/adview.php?what=zone:7&amp;n=a3f81c" WIDTH="150" HEIGHT="150" BORDER="0" ALT="Advertisement"></A>
</TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD BGCOLOR="#003366"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF"><B>CLASSIFIEDS</B></FONT></TD></TR>
<TR><TD><FONT FACE="Verdana" SIZE="1">
{cl}
<A HREF="/classifieds/default.asp">All classifieds</A> | <A HREF="/classifieds/placead.asp">Place an ad</A>
</FONT></TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD BGCOLOR="#003366"><FONT FACE="Verdana" SIZE="1" COLOR="#FFFFFF"><B>OBITUARIES</B></FONT></TD></TR>
<TR><TD><FONT FACE="Verdana" SIZE="1">
{ob}
<A HREF="/obits/default.asp">More obituaries</A>
</FONT></TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD BGCOLOR="#E8E8D0"><FONT FACE="Verdana" SIZE="1"><B>Get Courier headlines by e-mail</B><BR>
<FORM ACTION="/newsletter/subscribe.asp" METHOD="POST">
<INPUT TYPE="TEXT" NAME="email" SIZE="14"><BR>
<INPUT TYPE="SUBMIT" VALUE="Sign Up">
</FORM></FONT></TD></TR>
</TABLE>"""


def main_col(n: int) -> str:
    idx = PAGES[n - 1]
    first, last = idx[0] + 1, idx[-1] + 1
    others = "\n".join(f'<A HREF="columns.asp?author={a}">{nm}</A> - <I>{col}</I><BR>' for a, nm, col in OTHER_COLUMNISTS)
    also = "\n".join(f'<A HREF="{h}">{t}</A> <FONT COLOR="#666666">- {by}</FONT><BR>' for h, t, by in ALSO_OPINION)
    return f"""<FONT FACE="Verdana" SIZE="1"><A HREF="/default.asp">Home</A> &gt; <A HREF="/opinion/default.asp">Opinion</A> &gt; <A HREF="/opinion/columnists.asp">Columnists</A> &gt; Off Main Street</FONT>
<BR><BR>
<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="0">
<TR>
<TD WIDTH="90" VALIGN="TOP"><IMG SRC="/images/columnists/kowalski_sm.jpg" WIDTH="80" HEIGHT="100" BORDER="1" ALT="Ed Kowalski"></TD>
<TD VALIGN="TOP"><FONT FACE="Georgia, Times New Roman" SIZE="5" COLOR="#003366"><B>Off Main Street</B></FONT><BR>
<FONT FACE="Verdana" SIZE="2">by <A HREF="/opinion/bio.asp?author={AUTHOR_ID}"><B>{AUTHOR}</B></A></FONT><BR>
<FONT FACE="Verdana" SIZE="1">Ed Kowalski taught history at Millbrook High School for 31 years. His column appears every other week.
E-mail him at <A HREF="mailto:ekowalski@millbrookcourier.com">ekowalski@millbrookcourier.com</A></FONT><BR>
<FONT FACE="Verdana" SIZE="1">Topics: <A HREF="/news/topic.asp?t=towncouncil">Town Council</A> | <A HREF="/news/topic.asp?t=schools">Schools</A> | <A HREF="/news/topic.asp?t=history">Local History</A></FONT>
</TD>
</TR>
</TABLE>
<BR>
{lead_box(idx[0]) if n == 1 else ""}
<FONT FACE="Verdana" SIZE="2"><B>Columns by {AUTHOR}</B></FONT>
<FONT FACE="Verdana" SIZE="1" COLOR="#666666">(showing {first} - {last} of {len(COLUMNS)})</FONT><BR>
<IMG SRC="/images/spacer.gif" WIDTH="1" HEIGHT="6"><BR>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
{rows(idx)}
</table>
<BR>
{pager(n)}
<BR>
<FONT FACE="Verdana" SIZE="1"><A HREF="javascript:window.print()">Print this page</A> |
Bookmark: <A HREF="http://del.icio.us/post?url=http://www.millbrookcourier.com/opinion/columns.asp%3Fauthor%3D14&amp;title=Off+Main+Street" TARGET="_blank">del.icio.us</A> |
<A HREF="http://digg.com/submit?phase=2&amp;url=http://www.millbrookcourier.com/opinion/columns.asp%3Fauthor%3D14" TARGET="_blank">Digg</A></FONT>
<BR><BR>
<TABLE WIDTH="100%" BORDER="0" CELLSPACING="0" CELLPADDING="4">
<TR>
<TD WIDTH="50%" VALIGN="TOP" BGCOLOR="#F4F4EA"><FONT FACE="Verdana" SIZE="1" COLOR="#990000"><B>OTHER COLUMNISTS</B></FONT><BR>
<FONT FACE="Verdana" SIZE="1">
{others}
<A HREF="/opinion/columnists.asp">All columnists &raquo;</A>
</FONT></TD>
<TD WIDTH="50%" VALIGN="TOP" BGCOLOR="#F4F4EA"><FONT FACE="Verdana" SIZE="1" COLOR="#990000"><B>ALSO ON THE OPINION PAGE</B></FONT><BR>
<FONT FACE="Verdana" SIZE="1">
{also}
<A HREF="/opinion/letters.asp?week=11/24/2005">Letters to the Editor</A><BR>
<A HREF="/opinion/letterform.asp">Write a letter to the editor</A>
</FONT></TD>
</TR>
</TABLE>"""


def footer() -> str:
    links = " | ".join(f'<A HREF="{h}">{t}</A>' for t, h in NAV[:5] + [("Classifieds", "/classifieds/default.asp"),
                                                                          ("Privacy Policy", "/privacy.asp"),
                                                                          ("Advertise", "/advertise.asp"),
                                                                          ("Contact Us", "/contact.asp")])
    return f"""<TABLE WIDTH="770" BORDER="0" CELLSPACING="0" CELLPADDING="6">
<TR><TD BGCOLOR="#E8E8D0" ALIGN="CENTER"><FONT FACE="Verdana" SIZE="1">
{links}<BR><BR>
Copyright &copy; 2005 Millbrook Publishing Co., 14 Depot Street, Millbrook. All rights reserved.<BR>
Site by <A HREF="http://www.townnetwebdesign.example/" TARGET="_blank">TownNet Web Design</A>
</FONT></TD></TR>
</TABLE>"""


def page_html(n: int) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<TITLE>The Millbrook Courier - Opinion - Off Main Street by {AUTHOR}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="keywords" CONTENT="Millbrook, Courier, newspaper, opinion, columns, Ed Kowalski, Off Main Street">
<META NAME="description" CONTENT="The Millbrook Courier - your hometown weekly newspaper">
<LINK REL="stylesheet" HREF="/styles/courier.css" TYPE="text/css">
<SCRIPT LANGUAGE="JavaScript" TYPE="text/javascript">
<!--
function popUp(URL) {{
  day = new Date(); id = day.getTime();
  eval("page" + id + " = window.open(URL, '" + id + "', 'toolbar=0,scrollbars=1,location=0,statusbar=0,menubar=0,resizable=1,width=500,height=400');");
}}
//-->
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TOPMARGIN="0" LEFTMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0" LINK="#003366" VLINK="#663399" ALINK="#990000">
<CENTER>
{masthead()}
<TABLE WIDTH="770" BORDER="0" CELLSPACING="0" CELLPADDING="0">
<TR>
<TD WIDTH="150" VALIGN="TOP" BGCOLOR="#E8E8D0">
{left_nav()}
</TD>
<TD WIDTH="10"><IMG SRC="/images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>
<TD WIDTH="440" VALIGN="TOP"><BR>
{main_col(n)}
<BR>
</TD>
<TD WIDTH="10"><IMG SRC="/images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>
<TD WIDTH="160" VALIGN="TOP"><BR>
{right_col()}
</TD>
</TR>
</TABLE>
{footer()}
</CENTER>
</BODY>
</HTML>
"""


def main() -> None:
    d = OUT / "opinion"
    d.mkdir(parents=True, exist_ok=True)
    for n in range(1, len(PAGES) + 1):
        q = f"author={AUTHOR_ID}" + (f"&start={10 * (n - 1)}" if n > 1 else "")
        (d / f"columns.asp@{q}.html").write_text(page_html(n), encoding="utf-8")
    (OUT / "robots.txt").write_text("User-agent: *\nDisallow: /cgi-bin/\nDisallow: /eedition/\n", encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "A small-town weekly's 2005 ASP site: one layout table, uppercase tags, <font>, no classes; columns are "
                       "identified only by column.asp?id=N (relative links), beside print (&print=1), #comments and &ref= variants, "
                       "same-shaped ad.asp?id= / obit.asp?id= / story.asp?id= links, other columnists' column.asp?id= pieces, "
                       "and 'Next 10 >>' pagination by &start=.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [truth_path(i) for i in range(len(COLUMNS))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
