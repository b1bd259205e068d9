"""Generate the h4-haaretz-opinion discovery fixture (stdlib only, deterministic).

An Israeli daily's columnist page (/opinion/columnists/gideon-levy, no trailing slash) in a
React app with atomic CSS class names; column URLs are
/opinion/<ISO date>/ty-article-opinion/[.premium/]<timestamp id>; "Load more" is a ?page=N
anchor. Run: python tests/sites/discovery/_make/h4-haaretz-opinion.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from pathlib import Path
from urllib.parse import quote

NAME = "h4-haaretz-opinion"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/opinion/columnists/gideon-levy"
AUTHOR = "Gideon Levy"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def hx(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hz_id(when: dt.datetime, seed: str) -> str:
    """Haaretz-style id: 16 hex digits of a millisecond timestamp, then 4 + 8 random, then 0000."""
    ms = int(when.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    t = f"{ms:016x}"
    r = hx(seed, 12)
    return f"{t[0:8]}-{t[8:12]}-{t[12:16]}-{r[0:4]}-{r[4:12]}0000"


_CLS: dict[str, str] = {}


def c(role: str, n: int = 3) -> str:
    """Deterministic atomic class names (fela-like: 'ab cd ef')."""
    key = f"{role}:{n}"
    if key not in _CLS:
        h = hashlib.md5(role.encode()).digest()
        letters = "abcdefghijklmnopqrstuvwxyz"
        names = []
        for k in range(n):
            a, b = h[2 * k] % 26, h[2 * k + 1] % 26
            names.append(letters[a] + letters[b] if h[2 * k] % 3 else letters[a] + letters[b] + letters[(a + b) % 26])
        _CLS[key] = " ".join(names)
    return _CLS[key]


# (title, subtitle, premium, comments, kind)  kind: "op" opinion column, "tz" Twilight Zone feature
COLUMNS = [
    ("The Quiet Erasure of a Village No One Will Remember",
     "The bulldozers came at dawn, as they always do, and by noon the only thing left standing was the school's water tank", True, 48, "op"),
    ("Israelis Have Stopped Asking Questions", "A society at war has decided that curiosity is a luxury it can no longer afford", True, 112, "op"),
    ("A Funeral in Jenin", "Thousands walked behind the coffin. None of them believed it would be the last", True, 0, "op"),
    ("What the Army Spokesman Won't Tell You", "The official version arrives within minutes. The truth, if it ever arrives, takes months", False, 67, "op"),
    ("Empathy Is Not Treason", "Feeling the pain of the other side does not diminish your own", True, 203, "op"),
    ("The Olive Harvest That Never Came", "For the first time in memory, the farmers of the northern West Bank were kept from their groves", True, 31, "op"),
    ("A Family in Qalandiyah Waits for a Son Who Will Not Return",
     "He left for work at six in the morning. His mother still sets a place for him at the table", True, 19, "tz"),
    ("Israel Still Has No Plan for the Day After", "Four months into the war, the question everyone abroad is asking remains unanswered at home", False, 156, "op"),
    ("Look at the Children", "The photographs are everywhere except on Israeli screens", True, 88, "op"),
    ("Why the Settlers Feel Untouchable", "Impunity is not an accident. It is a policy, renewed every day by silence", True, 241, "op"),
    ("The Media Chose Not to See", "The story was there for anyone who wanted it. Almost no one did", False, 74, "op"),
    ("Checkpoint Diaries, Winter Edition", "Rain, mud and a queue that never seems to move", True, 12, "op"),
    ("There Is No Such Thing as a Temporary Occupation", "After more than half a century, the word 'temporary' has lost all meaning", True, 133, "op"),
    ("Another Demolition Order, Another Shrug", "The paperwork is neat, the procedure is legal, and a family is homeless", False, 27, "op"),
    ("The Left Has Forgotten How to Speak", "Israel's peace camp has lost not only its voters but its vocabulary", True, 190, "op"),
    ("Hebron, Again", "Nothing changes in the city of the patriarchs, except for the worse", True, 44, "op"),
    ("Israel's Moral Compass Is Spinning", "When every act is justified in advance, nothing needs to be justified at all", False, 97, "op"),
    ("A Letter to a Young Soldier", "You were 19 when they sent you there. Here is what I wish someone had told you", True, 305, "op"),
    ("When Grief Has Only One Nationality", "Mourning is universal. Our mourning, it seems, is not", True, 178, "op"),
    ("The Night the Soldiers Came to Beit Ummar",
     "A raid, a shattered door and a 14-year-old taken from his bed: one family's account", True, 8, "tz"),
    ("The Water Wars of the Jordan Valley", "Just a few kilometers apart, two communities live in two different centuries", True, 39, "op"),
    ("No One Is Counting in Tulkarm", "The numbers pile up in the north of the West Bank, and hardly anyone in Israel is paying attention", False, 52, "op"),
    ("Stop Pretending the Status Quo Is Stable", "What looks like calm is merely the interval between two eruptions", True, 86, "op"),
    ("Silence Is Also a Position", "Those who say nothing have already chosen a side", False, 61, "op"),
    ("The Shepherd Who Lost His Hills", "For three generations his family grazed these slopes. Now there is a fence", True, 23, "op"),
    ("Why I Keep Going Back", "Readers ask why I still travel to the territories every week. This is my answer", True, 147, "op"),
    ("Our Collective Amnesia", "Israel remembers everything, except what it does not want to remember", False, 70, "op"),
    ("A Peace Camp Without Peace", "The movement that once filled the squares can barely fill a room", True, 95, "op"),
    ("The Price of Looking Away", "Every year of indifference has a cost, and it is rising", True, 41, "op"),
    ("Revenge Is Not a Strategy", "Anger is understandable. Turning it into policy is a catastrophe", False, 266, "op"),
    ("Ceasefire Now", "There is no military solution, and everyone knows it", True, 389, "op"),
]


def dates() -> list[dt.datetime]:
    """Sunday/Thursday columns back from Sunday 28 January 2024; Twilight Zone on the Friday."""
    out = []
    d = dt.date(2024, 1, 28)
    for i, col in enumerate(COLUMNS):
        pub = d
        if col[4] == "tz":
            pub = d + dt.timedelta(days=1) if d.weekday() == 3 else d - dt.timedelta(days=2)
        out.append(dt.datetime(pub.year, pub.month, pub.day, 3 + i % 4, (i * 17) % 60, (i * 7) % 60))
        d -= dt.timedelta(days=3 if d.weekday() == 6 else 4)
    return out


DATES = dates()


def column_path(i: int) -> str:
    title, _s, premium, _c, kind = COLUMNS[i]
    d = DATES[i]
    ident = hz_id(d, "levy" + title)
    prem = ".premium/" if premium else ""
    if kind == "tz":
        return f"/israel-news/twilight-zone/{d:%Y-%m-%d}/ty-article-magazine/{prem}{ident}"
    return f"/opinion/{d:%Y-%m-%d}/ty-article-opinion/{prem}{ident}"


def img(seed: str, w: int) -> str:
    return (f"https://img.haarets.co.il/bs/{hz_id(dt.datetime(2024, 1, 1) + dt.timedelta(minutes=int(hx(seed, 4), 16)), seed)}"
            f"/{hx('i' + seed, 32)}.jpg?precrop=1200,675,x0,y0&width={w}")


def human(d: dt.datetime) -> str:
    return f"{d:%b} {d.day}, {d.year}"


PREMIUM_ICON = (f'<span class="{c("premium-icon", 2)}" data-testid="premium-icon"><svg viewBox="0 0 16 16" width="14" height="14" '
                'role="img" aria-label="Haaretz Premium"><use href="#zoom-premium"></use></svg></span>')

# ------------------------------------------------------------------------- rails


def _news(section: str, d: dt.datetime, title: str, premium: bool, kind: str = "ty-article") -> str:
    prem = ".premium/" if premium else ""
    return f"/{section}/{d:%Y-%m-%d}/{kind}/{prem}{hz_id(d, title)}"


T0 = DATES[0]
MOST_POPULAR = [
    (_news("israel-news", T0 - dt.timedelta(hours=9), "Hostage talks", True), "Israel Weighs New Hostage Deal Proposal as Pressure Mounts on Cabinet"),
    (_news("israel-news/security-aviation", T0 - dt.timedelta(hours=20), "IDF north", False), "IDF Says It Struck Dozens of Targets in Southern Lebanon Overnight"),
    (_news("israel-news", T0 - dt.timedelta(days=1, hours=3), "Knesset budget", False), "Knesset Passes Wartime Budget After Marathon Session"),
    (_news("middle-east-news", T0 - dt.timedelta(days=1, hours=11), "Houthis", True), "Analysis: Why the Houthis Are Not Backing Down"),
    (_news("world-news/europe", T0 - dt.timedelta(days=2), "ICJ", False), "What the ICJ Ruling Means – and What It Doesn't"),
    (_news("israel-news/elections", T0 - dt.timedelta(days=2, hours=6), "Poll", True), "Poll: Opposition Bloc Would Win 70 Seats if Election Were Held Today"),
]

OTHER_WRITERS = [
    ("Noga Eshel", "noga-eshel", "The Reservists Are Coming Home to a Different Country", True),
    ("Avner Kadosh", "avner-kadosh", "Why the Coalition Will Survive the War", False),
    ("Mira Zelnik", "mira-zelnik", "Tel Aviv's Empty Cafés Tell the Real Economic Story", True),
    ("Eitan Barkai", "eitan-barkai", "The Supreme Court Ruling Was Only the Beginning", True),
    ("Shira Haviv", "shira-haviv", "Evacuees From the North Have Been Forgotten", False),
]
OPINION_RAIL = []
for k, (name, slug, title, prem) in enumerate(OTHER_WRITERS):
    d = T0 - dt.timedelta(days=k // 2, hours=3 * k + 2)
    OPINION_RAIL.append((name, f"/opinion/columnists/{slug}",
                         f"/opinion/{d:%Y-%m-%d}/ty-article-opinion/{'.premium/' if prem else ''}{hz_id(d, title)}", title))
EDITORIAL = (f"/opinion/editorial/{(T0 - dt.timedelta(hours=6)):%Y-%m-%d}/ty-article-opinion/"
             f"{hz_id(T0 - dt.timedelta(hours=6), 'editorial')}", "The Government Must Set a Date for Elections")

RECOMMENDED = [
    (_news("life/books", T0 - dt.timedelta(days=4), "novel review", True, "ty-article-magazine"), "A Debut Novel Set in Jaffa Is the Best Israeli Book of the Year"),
    (_news("israel-news", T0 - dt.timedelta(days=3, hours=2), "kibbutz", True, "ty-article-magazine"),
     "The Kibbutz That Decided to Rebuild – Without the State"),
]

PROMOTED = [
    (f"/labels/{(T0 - dt.timedelta(days=5)):%Y-%m-%d}/ty-article-labels/{hz_id(T0 - dt.timedelta(days=5), 'labels-tech')}",
     "How Israeli Startups Are Rethinking Cyber Defense", "Promoted content · Cyber Week"),
    ("https://paid.outbrain.com/network/redir?p=Hq3k2&c=7813ab&v=3&t=haaretz",
     "Doctors Stunned: This Simple Morning Habit Improves Sleep", "Sponsored · HealthyDaily"),
    ("https://paid.outbrain.com/network/redir?p=Zt81m&c=3a90fe&v=3&t=haaretz",
     "The 10 Most Beautiful Beaches in the Mediterranean", "Sponsored · TravelMag"),
]

NAV = [("Israel News", "/israel-news"), ("Opinion", "/opinion"), ("Israel-Hamas War", "/israel-news/ty-tag/israel-hamas-war-0000018b-0d25-d55c-a1ff-ff6d2d0f0000"),
       ("Middle East", "/middle-east-news"), ("U.S. News", "/us-news"), ("Jewish World", "/jewish"),
       ("Life & Culture", "/life"), ("Podcasts", "/podcasts"), ("More", "/haaretz-today")]

TAGS = [("West Bank", "/ty-tag/west-bank-0000017f-e1ee-d9aa-afff-f9ff0b7a0000"),
        ("Occupied Territories", "/ty-tag/occupied-territories-0000017f-db47-db22-a17f-ff7f0a4e0000"),
        ("Israeli Settlements", "/ty-tag/settlements-0000017f-e7b8-dc7e-adff-f7bd5d6b0000"),
        ("Gaza Strip", "/ty-tag/gaza-strip-0000017f-e21a-d568-ad7f-f37b47b80000")]


def header() -> str:
    lis = "\n".join(f'        <li class="{c("navli", 2)}"><a href="{h}" class="{c("navlink", 4)}">{esc(t)}</a></li>' for t, h in NAV)
    return f"""<header class="{c('masthead', 5)}" data-testid="masthead">
    <div class="{c('mast-row', 3)}">
      <button type="button" class="{c('hamb', 3)}" aria-label="Open menu" aria-expanded="false"><svg width="24" height="24"><use href="#zoom-menu"></use></svg></button>
      <a href="/" class="{c('logo', 2)}" aria-label="Haaretz homepage"><svg viewBox="0 0 120 30" width="120" height="30" role="img"><title>Haaretz</title><use href="#haaretz-logo"></use></svg></a>
      <div class="{c('mast-actions', 3)}">
        <a href="/promotions-page?htm_source=site&amp;htm_medium=button&amp;htm_campaign=subscribe&amp;htm_content=header" class="{c('subscribe', 4)}" data-testid="subscribe-btn">Subscribe</a>
        <a href="https://login.haaretz.com/?returnTo=https%3A%2F%2Fwww.haaretz.com%2Fopinion%2Fcolumnists%2Fgideon-levy" class="{c('login', 3)}" data-testid="login-btn">Log in</a>
        <a href="https://www.haaretz.co.il/" class="{c('lang', 2)}" hreflang="he" lang="he">עברית</a>
      </div>
    </div>
    <nav aria-label="Main navigation" class="{c('mainnav', 3)}">
      <ul class="{c('navul', 3)}">
{lis}
      </ul>
    </nav>
  </header>"""


def writer_header() -> str:
    return f"""<section class="{c('writer-hd', 4)}" data-testid="writer-header">
      <nav aria-label="Breadcrumbs" class="{c('crumbs', 3)}">
        <ol class="{c('crumbs-ol', 2)}">
          <li><a href="/" class="{c('crumb', 2)}">Home</a></li>
          <li><a href="/opinion" class="{c('crumb', 2)}">Opinion</a></li>
          <li><a href="/opinion/columnists" class="{c('crumb', 2)}">Columnists</a></li>
          <li aria-current="page" class="{c('crumb-cur', 2)}">Gideon Levy</li>
        </ol>
      </nav>
      <div class="{c('writer-row', 3)}">
        <img src="{img('levy-portrait', 160)}" alt="Gideon Levy" width="96" height="96" class="{c('writer-img', 3)}">
        <div>
          <h1 class="{c('writer-name', 4)}">Gideon Levy</h1>
          <p class="{c('writer-bio', 3)}">Gideon Levy is a Haaretz columnist and a member of the newspaper's editorial board. His weekly Twilight Zone feature has documented life in the occupied territories for more than three decades.</p>
          <div class="{c('writer-follow', 3)}">
            <button type="button" class="{c('follow-btn', 4)}" data-testid="follow-writer" aria-pressed="false">Follow</button>
            <span class="{c('follow-hint', 2)}">Get email alerts when Gideon Levy publishes a new article</span>
          </div>
          <ul class="{c('writer-tags', 3)}" aria-label="Topics">
{''.join(f'            <li><a href="{h}" class="{c("tag", 3)}">{esc(t)}</a></li>' + chr(10) for t, h in TAGS)}          </ul>
        </div>
      </div>
    </section>"""


def meta_line(i: int) -> str:
    title, _s, premium, comments, kind = COLUMNS[i]
    d = DATES[i]
    cm = (f' <a href="{column_path(i)}#comments" class="{c("cmt", 3)}" aria-label="{comments} comments">'
          f'<svg width="12" height="12" aria-hidden="true"><use href="#zoom-comment"></use></svg>{comments}</a>') if comments and i % 3 != 2 else ""
    return (f'<div class="{c("meta", 3)}"><span class="{c("byline", 2)}" data-testid="teaser-byline">Gideon Levy</span>'
            f'<time datetime="{d:%Y-%m-%dT%H:%M:%S}.000Z" class="{c("time", 2)}">{human(d)}</time>{cm}</div>')


def teaser(i: int) -> str:
    title, sub, premium, _cm, kind = COLUMNS[i]
    url = column_path(i)
    kicker = (f'<a href="/israel-news/twilight-zone" class="{c("kicker", 3)}" data-testid="teaser-kicker">Twilight Zone</a>'
              if kind == "tz" else "")
    return f"""<article class="{c('teaser', 5)}" data-testid="teaser">
        <a href="{url}" class="{c('teaser-img', 3)}" tabindex="-1" aria-hidden="true"><picture class="{c('pic', 2)}"><img src="{img(url, 300)}" alt="" width="300" height="169" loading="lazy" class="{c('img', 2)}"></picture></a>
        <div class="{c('teaser-body', 4)}">
          {kicker}<a href="{url}" class="{c('teaser-title-link', 3)}"><h3 class="{c('teaser-title', 5)}">{PREMIUM_ICON if premium else ''}{esc(title)}</h3></a>
          <p class="{c('teaser-sub', 3)}">{esc(sub)}</p>
          {meta_line(i)}
        </div>
      </article>"""


def hero(i: int) -> str:
    title, sub, premium, _cm, _kind = COLUMNS[i]
    url = column_path(i)
    share = quote("https://www.haaretz.com" + url, safe="")
    gift = hx("gift" + url, 32)
    return f"""<article class="{c('lead', 6)}" data-testid="teaser-lead">
        <a href="{{{{origin}}}}{url}" class="{c('lead-overlay', 4)}" tabindex="-1" aria-hidden="true"></a>
        <picture class="{c('lead-pic', 3)}"><source media="(min-width: 1024px)" srcset="{img(url, 1024)}"><img src="{img(url, 600)}" alt="Palestinians inspect the rubble of a demolished house. Photo: Reuters" width="600" height="338"></picture>
        <div class="{c('lead-body', 4)}">
          <h2 class="{c('lead-title', 6)}"><a href="{{{{origin}}}}{url}" class="{c('lead-title-link', 2)}">{PREMIUM_ICON if premium else ''}{esc(title)}</a></h2>
          <p class="{c('lead-sub', 3)}">{esc(sub)}</p>
          {meta_line(i)}
          <div class="{c('share', 3)}" data-testid="share-bar">
            <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener noreferrer" aria-label="Share on Facebook" class="{c('share-btn', 2)}"><svg width="16" height="16"><use href="#zoom-facebook"></use></svg></a>
            <a href="https://twitter.com/intent/tweet?url={share}&amp;text={quote(title)}&amp;via=haaretzcom" target="_blank" rel="noopener noreferrer" aria-label="Share on X" class="{c('share-btn', 2)}"><svg width="16" height="16"><use href="#zoom-x"></use></svg></a>
            <a href="https://api.whatsapp.com/send?text={share}" target="_blank" rel="noopener noreferrer" aria-label="Share on WhatsApp" class="{c('share-btn', 2)}"><svg width="16" height="16"><use href="#zoom-whatsapp"></use></svg></a>
            <a href="{url}?gift={gift}" class="{c('gift', 3)}" data-testid="gift-link">Send as a gift</a>
          </div>
        </div>
      </article>"""


def most_popular() -> str:
    lis = "\n".join(
        f'          <li class="{c("mp-li", 3)}"><span class="{c("mp-num", 3)}" aria-hidden="true">{n}</span>'
        f'<a href="{p}" class="{c("mp-link", 3)}"><h4 class="{c("mp-title", 3)}">{esc(t)}</h4></a></li>'
        for n, (p, t) in enumerate(MOST_POPULAR, 1)
    )
    return f"""<section class="{c('mp', 4)}" data-testid="list-zoidberg">
        <h2 class="{c('list-title', 3)}">Most Popular</h2>
        <ol class="{c('mp-ol', 2)}">
{lis}
        </ol>
      </section>"""


def recommended() -> str:
    own = column_path(14)  # a column from page 2, with tracking parameters
    items = RECOMMENDED + [(own + "?utm_source=haaretz&utm_medium=recommended&utm_campaign=writer-page", COLUMNS[14][0])]
    cards = "\n".join(
        f'          <a href="{esc(p)}" class="{c("rec-card", 4)}"><img src="{img(p, 200)}" alt="" width="200" height="113" loading="lazy">'
        f'<h4 class="{c("rec-title", 3)}">{esc(t)}</h4></a>'
        for p, t in items
    )
    return f"""<section class="{c('rec', 3)}" data-testid="list-recommended">
        <h2 class="{c('list-title', 3)}">Editors' Picks</h2>
        <div class="{c('rec-grid', 3)}">
{cards}
        </div>
      </section>"""


def opinion_rail() -> str:
    rows = [
        f'          <li class="{c("op-li", 3)}"><a href="{p}" class="{c("op-link", 3)}"><h4 class="{c("op-title", 3)}">{esc(t)}</h4></a>'
        f'<a href="{ap}" class="{c("op-author", 2)}">{esc(a)}</a></li>'
        for a, ap, p, t in OPINION_RAIL
    ]
    rows.insert(2, f'          <li class="{c("op-li", 3)}"><a href="{EDITORIAL[0]}" class="{c("op-link", 3)}"><h4 class="{c("op-title", 3)}">{esc(EDITORIAL[1])}</h4></a>'
                   f'<span class="{c("op-author", 2)}">Haaretz Editorial</span></li>')
    return f"""<section class="{c('oprail', 4)}" data-testid="list-opinion">
        <h2 class="{c('list-title', 3)}"><a href="/opinion" class="{c('list-title-link', 2)}">Opinion</a></h2>
        <ul class="{c('op-ul', 2)}">
{chr(10).join(rows)}
        </ul>
        <div class="{c('op-more', 2)}">
          <a href="/opinion/columnists" class="{c('op-more-link', 2)}">All columnists</a>
          <a href="/opinion/letters-to-the-editor" class="{c('op-more-link', 2)}">Letters to the Editor</a>
          <a href="/opinion/editorial" class="{c('op-more-link', 2)}">Editorials</a>
        </div>
      </section>"""


def newsletter() -> str:
    return f"""<section class="{c('nl', 4)}" data-testid="newsletter-signup">
        <h2 class="{c('nl-title', 3)}">Haaretz Weekly</h2>
        <p class="{c('nl-text', 2)}">The best of Haaretz's news, opinion and analysis, every Friday in your inbox.</p>
        <form action="/newsletters/signup" method="post" class="{c('nl-form', 2)}">
          <input type="hidden" name="segment" value="haaretz-weekly">
          <input type="email" name="email" placeholder="Enter your email" aria-label="Email" required class="{c('nl-input', 3)}">
          <button type="submit" class="{c('nl-btn', 3)}">Sign up</button>
        </form>
        <a href="/newsletters" class="{c('nl-all', 2)}">See all newsletters</a>
      </section>"""


def promoted() -> str:
    cards = "\n".join(
        f'          <a href="{esc(p)}" class="{c("pr-card", 3)}"{" rel=" + chr(34) + "sponsored noopener" + chr(34) + " target=" + chr(34) + "_blank" + chr(34) if p.startswith("http") else ""}>'
        f'<img src="{img(p, 200)}" alt="" width="200" height="113" loading="lazy"><h4 class="{c("pr-title", 2)}">{esc(t)}</h4>'
        f'<span class="{c("pr-label", 2)}">{esc(lbl)}</span></a>'
        for p, t, lbl in PROMOTED
    )
    return f"""<section class="{c('promo', 3)}" data-testid="outbrain-widget">
        <div class="{c('promo-grid', 3)}">
{cards}
        </div>
        <a href="https://www.outbrain.com/what-is/" class="{c('ob-logo', 2)}" rel="nofollow noopener" target="_blank">Recommended by Outbrain</a>
      </section>"""


def footer() -> str:
    cols = [
        [("About Haaretz", "/haaretz-about"), ("Contact us", "/contact-us"), ("Newsletters", "/newsletters"),
         ("Terms and conditions", "/terms-and-conditions"), ("Privacy Policy", "/privacy-policy")],
        [("Haaretz Hebrew", "https://www.haaretz.co.il/"), ("TheMarker", "https://www.themarker.com/"),
         ("Accessibility", "/accessibility"), ("Advertise on Haaretz.com", "/advertise"), ("Archive", "/archive")],
        [("Facebook", "https://www.facebook.com/haaretzcom"), ("X", "https://twitter.com/haaretzcom"),
         ("Instagram", "https://www.instagram.com/haaretz/"), ("App Store", "https://apps.apple.com/app/haaretz/id1139149622")],
    ]
    uls = "\n".join(
        f'      <ul class="{c("ft-ul", 2)}">' + "".join(f'<li><a href="{h}" class="{c("ft-a", 2)}">{esc(t)}</a></li>' for t, h in col) + "</ul>"
        for col in cols
    )
    return f"""<footer class="{c('footer', 4)}" data-testid="footer">
    <div class="{c('ft-grid', 3)}">
{uls}
    </div>
    <p class="{c('ft-copy', 2)}">© Haaretz Daily Newspaper Ltd. All Rights Reserved</p>
  </footer>"""


def jsonld(page: int) -> str:
    url = "{{origin}}" + PAGE + (f"?page={page}" if page > 1 else "")
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "ProfilePage", "@id": url, "url": url, "name": "Gideon Levy - Haaretz.com",
             "mainEntity": {"@type": "Person", "name": AUTHOR, "jobTitle": "Columnist",
                            "worksFor": {"@type": "NewsMediaOrganization", "name": "Haaretz"},
                            "image": img("levy-portrait", 400)}},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "{{origin}}/"},
                {"@type": "ListItem", "position": 2, "name": "Opinion", "item": "{{origin}}/opinion"},
                {"@type": "ListItem", "position": 3, "name": "Columnists", "item": "{{origin}}/opinion/columnists"},
                {"@type": "ListItem", "position": 4, "name": AUTHOR, "item": "{{origin}}" + PAGE}]},
            {"@type": "NewsMediaOrganization", "name": "Haaretz", "url": "{{origin}}/",
             "sameAs": ["https://www.facebook.com/haaretzcom", "https://twitter.com/haaretzcom"]},
        ],
    }
    return '<script type="application/ld+json">' + json.dumps(data) + "</script>"


PAGES = [list(range(0, 12)), list(range(12, 24)), list(range(24, 31))]


def page_html(n: int) -> str:
    idx = PAGES[n - 1]
    parts = []
    if n == 1:
        parts.append(hero(idx[0]))
        idx = idx[1:]
    parts.extend(teaser(i) for i in idx)
    items = "\n      ".join(parts)
    if n < len(PAGES):
        more = (f'<div class="{c("lm-wrap", 3)}" data-testid="load-more-wrapper">'
                f'<a href="?page={n + 1}" class="{c("lm", 5)}" data-testid="load-more">Load more</a></div>')
    else:
        more = f'<div class="{c("lm-wrap", 3)}" data-testid="load-more-wrapper"></div>'
    canonical = "{{origin}}" + PAGE + (f"?page={n}" if n > 1 else "")
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gideon Levy - Haaretz.com</title>
  <meta name="description" content="Read the latest columns and articles by Gideon Levy, Haaretz columnist and author of the Twilight Zone feature.">
  <link rel="canonical" href="{canonical}">
  <meta property="og:type" content="profile">
  <meta property="og:site_name" content="Haaretz.com">
  <meta property="og:title" content="Gideon Levy">
  <meta name="twitter:site" content="@haaretzcom">
  <link rel="alternate" type="application/rss+xml" title="Haaretz.com - Opinion" href="/srv/opinion.xml">
  <link rel="preload" as="font" href="/static/fonts/Haaretz-Sans.woff2" type="font/woff2" crossorigin>
  <link rel="manifest" href="/manifest.json">
  {jsonld(n)}
  <style data-fela-type="RULE">.{c('teaser', 5).split()[0]}{{display:grid}}</style>
</head>
<body>
<div id="__next">
  <a href="#maincontent" class="{c('skip', 2)}">Skip to main content</a>
  {header()}
  <div class="{c('layout', 4)}">
    <main id="maincontent" class="{c('main', 3)}">
      {writer_header()}
      <section aria-label="Articles by Gideon Levy" class="{c('writer-list', 4)}" data-testid="writer-articles">
      {items}
      </section>
      {more}
      {most_popular()}
      {recommended()}
    </main>
    <aside class="{c('rail', 4)}" aria-label="More from Haaretz">
      {opinion_rail()}
      {newsletter()}
      <div class="{c('dfp', 2)}" id="haaretz.com.opinion.writer.box1"><a href="https://ads.example-network.com/click?slot=hdc_writer_box1&amp;cr=5521" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/cr/5521.gif" width="300" height="250" alt="Advertisement"></a></div>
      {promoted()}
    </aside>
  </div>
  {footer()}
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"pageType":"writer","writerId":"0000017f-da2b-d494-a17f-de2bf1ec0000","page":{n}}}}},"page":"/[...path]","buildId":"hdc-4f1e2a"}}</script>
<script src="/_next/static/chunks/main-8a1c2e7d0f.js" defer></script>
</body>
</html>
"""


def rss() -> str:
    def rfc(d: dt.datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")

    items = []
    for i in range(3):
        items.append((column_path(i), COLUMNS[i][0], COLUMNS[i][1], AUTHOR, DATES[i]))
    for a, _ap, p, t in OPINION_RAIL:
        d = dt.datetime.strptime(p.split("/")[2], "%Y-%m-%d") + dt.timedelta(hours=4, minutes=len(t))
        items.append((p, t, "", a, d))
    items.append((EDITORIAL[0], EDITORIAL[1], "", "Haaretz Editorial", T0 - dt.timedelta(hours=6)))
    extra = [("Amir Tal", "Tech Won't Save Israel's Economy This Time"), ("Dalia Sharon", "What Mothers of Soldiers Know"),
             ("Yossi Ben-Ami", "The Unbearable Lightness of Coalition Politics")]
    for k, (a, t) in enumerate(extra):
        d = T0 - dt.timedelta(days=2 + k, hours=5)
        items.append((f"/opinion/{d:%Y-%m-%d}/ty-article-opinion/{'.premium/' if k % 2 == 0 else ''}{hz_id(d, t)}", t, "", a, d))
    items.sort(key=lambda x: x[4], reverse=True)
    xml_items = "\n".join(
        f"""    <item>
      <title>{esc(t)}</title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="false">{p.rsplit('/', 1)[1]}</guid>
      <description>{esc(s)}</description>
      <dc:creator>{esc(a)}</dc:creator>
      <category>Opinion</category>
      <pubDate>{rfc(d)}</pubDate>
    </item>"""
        for p, t, s, a, d in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Haaretz.com - Opinion</title>
    <link>{{{{origin}}}}/opinion</link>
    <description>Opinion, analysis and editorials from Haaretz</description>
    <language>en</language>
    <atom:link href="{{{{origin}}}}/srv/opinion.xml" rel="self" type="application/rss+xml"/>
    <lastBuildDate>{rfc(T0)}</lastBuildDate>
{xml_items}
  </channel>
</rss>
"""


def main() -> None:
    d = OUT / "opinion" / "columnists"
    d.mkdir(parents=True, exist_ok=True)
    for n in range(1, len(PAGES) + 1):
        name = "gideon-levy.html" if n == 1 else f"gideon-levy@page={n}.html"
        (d / name).write_text(page_html(n), encoding="utf-8")
    (OUT / "srv").mkdir(parents=True, exist_ok=True)
    (OUT / "srv" / "opinion.xml").write_text(rss(), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /srv/promotions\nDisallow: /*?gift=\nDisallow: /login\n\nSitemap: {{origin}}/sitemap.xml\n",
        encoding="utf-8")
    truth = {
        "template": NAME,
        "description": "An Israeli daily's columnist page (Haaretz style, React app with atomic CSS classes): "
                       "<a><h3> teasers whose URLs are date folder + ty-article-opinion + optional .premium + timestamp id, "
                       "two Twilight Zone features of another shape, an identically shaped 'Opinion' rail of other writers and an "
                       "advertised site-wide opinion feed, news in 'Most Popular', and 'Load more' as ?page=N anchors.",
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": [column_path(i) for i in range(len(COLUMNS))],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
