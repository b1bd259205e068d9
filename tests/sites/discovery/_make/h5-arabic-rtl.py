"""Generate the `h5-arabic-rtl` discovery fixture (stdlib only, deterministic).

A pan-Arab daily on Drupal (right-to-left): a writer's page is a views list
`<div class="writer-articles"><ul><li><h3><a>`; article URLs carry the
writer's name and the title in Arabic, percent-encoded as browsers send them
(`/home/article/<id>/<writer>/<title>`), and the most-read news and the other
writers' articles live under the very same `/home/article/<id>/...` prefix.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

NAME = "h5-arabic-rtl"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/home/writer/123/ahmad-khalil"
AUTHOR = "أحمد خليل"
PER_PAGE = [12, 12, 8]
PAPER = "المدار"

esc = html.escape

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def slug(text: str) -> str:
    text = re.sub(r"[؟?:،,.«»\"'!؛()]", " ", text)
    return "-".join(text.split())


def enc(path: str) -> str:
    """Percent-encode a path as a browser does (UTF-8, uppercase hex)."""
    return quote(path, safe="/-")


def article(aid: int, title: str, writer: str | None = None) -> str:
    parts = ["home", "article", str(aid)] + ([slug(writer)] if writer else []) + [slug(title)]
    return enc("/" + "/".join(parts))


def ar_date(day: dt.date) -> str:
    return f"{DAYS[day.weekday()]} - {day.day} {MONTHS[day.month - 1]} {day.year} م"


# newest first; two a week (Friday and Tuesday)
COLUMNS_RAW = [
    ("لبنان بين الانهيار والأمل الأخير", "لم يعد السؤال متى يخرج لبنان من أزمته، بل هل بقي من الدولة ما يكفي لإدارة الخروج."),
    ("غزة ومأزق اليوم التالي", "الحرب ستنتهي يوماً، لكن أحداً لا يملك تصوراً واضحاً لما بعدها."),
    ("هل تعود السياسة إلى الشرق الأوسط؟", "بعد عقد من الحروب بالوكالة، تبدو المنطقة أمام فرصة نادرة للتسويات."),
    ("النفط والاقتصاد العالمي في عام صعب", "الأسواق تراهن على التباطؤ، والمنتجون على الانضباط."),
    ("رؤية 2030 وتحولات الخليج", "ما يجري في الرياض اليوم يتجاوز الاقتصاد إلى إعادة تعريف الدولة والمجتمع."),
    ("الانتخابات الأميركية والعالم العربي", "أياً كان الفائز، فإن واشنطن لم تعد تنظر إلى المنطقة بالعين ذاتها."),
    ("عن الصمت", "أحياناً يكون الصمت موقفاً، وأحياناً يكون هروباً من الموقف."),
    ("البحر الأحمر على حافة التصعيد", "الممرات البحرية ليست شأناً إقليمياً، بل شريان للتجارة العالمية."),
    ("السودان: حرب منسية", "ملايين النازحين ولا أحد يتحدث عنهم."),
    ("مصر وأزمة الدولار", "الإصلاح المؤجل أغلى ثمناً من الإصلاح المؤلم."),
    ("إيران والرهان على الوقت", "طهران تجيد لعبة الانتظار، لكن للوقت حدوداً."),
    ("الذكاء الاصطناعي والصحافة العربية", "الآلة لا تكتب الحقيقة، لكنها قد تغرقنا في ما يشبهها."),
    ("سوريا بعد عودتها إلى الجامعة العربية", "العودة إلى المقعد لا تعني العودة إلى الحل."),
    ("أوروبا واللاجئون: باب يضيق", "اليمين الأوروبي يكسب الأصوات على حساب القيم."),
    ("الشباب العربي وسؤال المستقبل", "نصف سكان المنطقة دون الثلاثين، فماذا أعددنا لهم؟"),
    ("العراق بين واشنطن وطهران", "بغداد تحاول أن تكون جسراً لا ساحة."),
    ("ليبيا المقسومة", "حكومتان وبرلمانان وبلد واحد ينتظر."),
    ("تركيا بعد الانتخابات", "أنقرة تعيد ترتيب أولوياتها الخارجية بهدوء."),
    ("قمة المناخ في دبي: ما بعد الوعود", "الاتفاقات الكبرى تقاس بالتنفيذ لا بالبيانات الختامية."),
    ("الصين في الشرق الأوسط", "من الاقتصاد إلى الوساطة، تتقدم بكين بخطى محسوبة."),
    ("الأردن والضغوط الإقليمية", "بلد صغير في قلب العواصف، يصمد بالحكمة أكثر من الموارد."),
    ("اللغة العربية في زمن الشاشات", "أطفالنا يقرأون أكثر من أي جيل سبق، لكن ليس بالعربية."),
    ("تونس والديمقراطية المتعثرة", "التجربة التي ألهمت المنطقة تبحث اليوم عن نفسها."),
    ("أوكرانيا: حرب الاستنزاف", "لا نصر قريباً ولا سلام في الأفق."),
    ("الجزائر والمغرب: القطيعة الطويلة", "حدود مغلقة منذ ثلاثة عقود، وشعبان يدفعان الثمن."),
    ("اليمن وفرص السلام", "الهدنة صامدة، لكن السلام يحتاج إلى أكثر من هدنة."),
    ("ثقافة الحوار", "نختلف كثيراً، ونتحاور قليلاً."),
    ("المدن العربية والتغير المناخي", "الحر الشديد لم يعد استثناءً بل قاعدة."),
    ("فلسطين والذاكرة", "الذاكرة ليست حنيناً إلى الماضي، بل حق في المستقبل."),
    ("الإعلام ووهم الحياد", "لا يوجد إعلام بلا موقف، لكن يوجد إعلام بلا مهنية."),
    ("الخليج والتنويع الاقتصادي", "عصر ما بعد النفط بدأ قبل أن ينتهي النفط."),
    ("مئة عام من الأسئلة", "قرن على نهاية الإمبراطورية، والأسئلة ذاتها تعود."),
]

TAG_POOL = ["لبنان", "الخليج", "الاقتصاد", "إيران", "مصر", "السودان", "الإعلام", "أوروبا"]

COLUMNS = []
aid = 4777777
day = dt.date(2024, 1, 5)
for i, (title, dek) in enumerate(COLUMNS_RAW):
    COLUMNS.append({
        "id": aid, "title": title, "dek": dek, "day": day,
        "path": article(aid, title, AUTHOR),
        "tags": [TAG_POOL[i % len(TAG_POOL)]] + ([TAG_POOL[(i * 3 + 1) % len(TAG_POOL)]] if i % 3 == 0 else []),
        "comments": (i * 5 + 2) % 17,
    })
    aid -= 2400 + (i * 3571) % 3000
    day -= dt.timedelta(days=3 if day.weekday() == 4 else 4)
assert sum(PER_PAGE) == len(COLUMNS)

OTHER_WRITERS = [
    (87, "leila-mansour", "ليلى منصور", 4777790, "حين تصبح الثقافة سياسة"),
    (241, "fahd-alotaibi", "فهد العتيبي", 4777768, "الرياض ودبلوماسية الهدوء"),
    (56, "youssef-elhusseini", "يوسف الحسيني", 4777745, "العالم بعد عام من الحروب"),
    (310, "mariam-alshami", "مريم الشامي", 4777722, "نساء في الصفوف الأولى"),
]
OTHER_WRITERS = [
    (wid, wslug, name, article(a, t, name), t) for wid, wslug, name, a, t in OTHER_WRITERS
]

MOST_READ = [
    (4777701, "الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر"),
    (4777712, "السعودية: إطلاق أكبر مشروع للطاقة الشمسية في المنطقة"),
    (4777733, "مصر ترفع أسعار الوقود للمرة الثانية خلال عام"),
    (4777740, "زلزال بقوة 6 درجات يضرب غرب تركيا"),
    (4777751, "الدوري السعودي: الهلال يواصل الصدارة بفوز كبير"),
    (4777758, "أسعار النفط ترتفع مع تصاعد التوتر في المنطقة"),
    (4777763, "لبنان: تمديد ولاية قائد الجيش بعد جدل نيابي"),
    (4777771, "الأمم المتحدة تحذر من مجاعة في السودان"),
]
MOST_READ = [(t, article(a, t)) for a, t in MOST_READ]
# an opinion piece by another writer ranks among the most read, as on real sites
MOST_READ.insert(5, (OTHER_WRITERS[1][4], OTHER_WRITERS[1][3]))

PICKS = [
    (4777610, "رحلة إلى العلا: حيث يلتقي التاريخ بالصحراء"),
    (4777620, "10 كتب عربية ينتظرها القراء في 2024"),
    (4777631, "أطباق شتوية من المطبخ الشامي"),
]
PICKS = [(t, article(a, t)) for a, t in PICKS]
SPONSORED_LOCAL = ("كيف تستثمر مدخراتك في عام 2024؟ دليل شامل", article(4777655, "كيف تستثمر مدخراتك في عام 2024؟ دليل شامل"))
LETTER = ("رسالة قارئ: مدارسنا تحتاج إلى أكثر من المناهج", article(4777640, "رسالة قارئ: مدارسنا تحتاج إلى أكثر من المناهج"))
WRITER_TOP = [COLUMNS[6], COLUMNS[14], COLUMNS[26]]


def img(seed: int) -> str:
    return f"/sites/default/files/styles/article_teaser_382x215/public/2024-01/{seed}.jpg?itok=Q{seed % 9973:04d}xZ"


def col_href(col: dict, i: int) -> str:
    p = col["path"]
    if i % 3 == 0:
        return p
    if i % 3 == 1:
        return "{{origin}}" + p
    return "../../article/" + p[len("/home/article/"):]


def row(col: dict, i: int) -> str:
    iso = f"{col['day']:%Y-%m-%d}T00:00:00+03:00"
    href = col_href(col, i)
    tags = "".join(
        f'<a href="{enc("/home/tag/" + t)}" hreflang="ar">{t}</a>' for t in col["tags"]
    )
    full = "{{origin}}" + col["path"]
    comments = (
        f'<a class="comments-count" href="{col["path"]}#comments">التعليقات ({col["comments"]})</a>'
        if col["comments"] else ""
    )
    return f"""
        <li class="views-row">
          <div class="views-field views-field-field-image"><a href="{col['path']}"><img src="{img(col['id'])}" alt="{esc(col['title'])}" width="382" height="215" loading="lazy"></a></div>
          <h3><a href="{href}" hreflang="ar">{esc(col['title'])}</a></h3>
          <div class="views-field views-field-body"><p>{esc(col['dek'])}</p></div>
          <div class="views-field views-field-created"><time datetime="{iso}">{ar_date(col['day'])}</time></div>
          <div class="views-field views-field-field-tags">{tags}</div>
          <div class="article-tools">
            {comments}
            <a class="share share--whatsapp" href="https://api.whatsapp.com/send?text={quote(full, safe=':/{}')}" target="_blank" rel="noopener">واتساب</a>
            <a class="share share--x" href="https://twitter.com/intent/tweet?url={quote(full, safe=':/{}')}" target="_blank" rel="noopener">إكس</a>
          </div>
        </li>"""


def pager(n: int, total: int) -> str:
    def href(k: int) -> str:
        return PAGE if k == 1 else f"?page={k}"
    items = []
    if n > 1:
        items.append(f'<li class="pager__item pager__item--first"><a href="{href(1)}" title="الذهاب إلى الصفحة الأولى"><span aria-hidden="true">« الأولى</span></a></li>')
        items.append(f'<li class="pager__item pager__item--previous"><a href="{href(n - 1)}" title="الذهاب إلى الصفحة السابقة" rel="prev"><span aria-hidden="true">‹ السابق</span></a></li>')
    for k in range(1, total + 1):
        if k == n:
            items.append(f'<li class="pager__item is-active"><a href="{href(k)}" title="الصفحة الحالية" aria-current="page"><span class="visually-hidden">الصفحة الحالية</span>{k}</a></li>')
        else:
            items.append(f'<li class="pager__item"><a href="{href(k)}" title="الذهاب إلى الصفحة {k}"><span class="visually-hidden">الصفحة</span>{k}</a></li>')
    if n < total:
        items.append(f'<li class="pager__item pager__item--next"><a href="{href(n + 1)}" title="الذهاب إلى الصفحة التالية" rel="next"><span aria-hidden="true">التالي ›</span></a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="{href(total)}" title="الذهاب إلى الصفحة الأخيرة"><span aria-hidden="true">الأخيرة »</span></a></li>')
    return f"""
      <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
        <h4 id="pagination-heading" class="visually-hidden">ترقيم الصفحات</h4>
        <ul class="pager__items js-pager__items">
          {chr(10).join('          ' + x for x in items).strip()}
        </ul>
      </nav>"""


def header() -> str:
    nav = [("الرئيسية", "/"), ("أخبار", "/home/section/news"), ("العالم العربي", "/home/section/arab-world"),
           ("الخليج", "/home/section/gulf"), ("العالم", "/home/section/world"), ("اقتصاد", "/home/section/economy"),
           ("رأي", "/home/opinion"), ("ثقافة وفنون", "/home/section/culture"), ("رياضة", "/home/section/sport"),
           ("المزيد", "/home/section/misc")]
    links = "".join(
        f'<li class="menu-item{" menu-item--active-trail" if h == "/home/opinion" else ""}"><a href="{h}">{t}</a></li>'
        for t, h in nav
    )
    return f"""
  <header id="header" class="header" role="banner">
    <div class="header__top">
      <span class="header__date">الجمعة 5 يناير 2024 م - 23 جمادى الآخرة 1445 هـ</span>
      <ul class="header__links">
        <li><a href="/user/login?destination=/home/writer/123/ahmad-khalil">تسجيل الدخول</a></li>
        <li><a class="btn-subscribe" href="/subscribe?source=header">اشترك</a></li>
        <li><a href="/pdf-archive">النسخة الورقية</a></li>
        <li><a href="https://english.almadar.example.com/" hreflang="en">English</a></li>
      </ul>
    </div>
    <div class="header__brand"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/madar/logo.svg" alt="{PAPER}" width="210" height="48"></a></div>
    <nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-mainnavigation-menu">القائمة الرئيسية</h2>
      <ul class="menu">{links}</ul>
    </nav>
  </header>"""


def sidebar() -> str:
    most = "".join(
        f'<li><span class="rank">{k}</span><a href="{p if k % 2 else "{{origin}}" + p}" hreflang="ar">{esc(t)}</a></li>'
        for k, (t, p) in enumerate(MOST_READ, 1)
    )
    writers = "".join(
        f"""
            <div class="writer-teaser">
              <a class="writer-teaser__photo" href="/home/writer/{wid}/{wslug}"><img src="/sites/default/files/writers/{wslug}.jpg" alt="{name}" width="64" height="64"></a>
              <div class="writer-teaser__name"><a href="/home/writer/{wid}/{wslug}">{name}</a></div>
              <div class="writer-teaser__title"><a href="{path}" hreflang="ar">{esc(title)}</a></div>
            </div>"""
        for wid, wslug, name, path, title in OTHER_WRITERS
    )
    picks = "".join(
        f'<li><a href="{p}"><img src="/sites/default/files/styles/thumb/public/pick{k}.jpg" alt=""><span>{esc(t)}</span></a></li>'
        for k, (t, p) in enumerate(PICKS)
    )
    top = "".join(
        f'<li><a href="{c["path"]}?itid=writer_top_read" hreflang="ar">{esc(c["title"])}</a></li>'
        for c in WRITER_TOP
    )
    return f"""
    <aside class="layout-sidebar-first" role="complementary">
      <div id="block-mostread" class="block block-views block-views-blockmost-read-block-1">
        <h2 class="block-title">الأكثر قراءة</h2>
        <ol class="most-read-list">{most}</ol>
      </div>

      <div id="block-writertop" class="block block-views">
        <h2 class="block-title">الأكثر قراءة للكاتب</h2>
        <ul>{top}</ul>
      </div>

      <div class="block block-ad"><div class="ad-label">إعلان</div>
        <div id="div-gpt-ad-madar-sidebar-1"><a href="https://ads.example-network.com/c?id=ar-5521&amp;site=madar" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/img/ar-5521.jpg" alt="إعلان" width="300" height="250"></a></div>
      </div>

      <div id="block-otherwriters" class="block block-views block-views-blockwriters-block-2">
        <h2 class="block-title"><a href="/home/writers">كتّاب الرأي</a></h2>{writers}
        <a class="more-link" href="/home/writers">جميع الكتّاب</a>
      </div>

      <div id="block-sponsored" class="block block-sponsored">
        <h2 class="block-title">محتوى مدفوع</h2>
        <ul class="sponsored-list">
          <li><span class="sponsored-label">محتوى مدفوع</span><a href="{SPONSORED_LOCAL[1]}">{esc(SPONSORED_LOCAL[0])}</a><span class="sponsor">بالتعاون مع مصرف الواحة</span></li>
          <li><span class="sponsored-label">محتوى مدفوع</span><a href="https://partner.example-native.com/r/88a7?pub=madar" rel="sponsored noopener" target="_blank">شقق فندقية في دبي بأسعار تبدأ من 3000 درهم</a></li>
          <li><span class="sponsored-label">محتوى مدفوع</span><a href="https://ads.example-network.com/c?id=ar-5530&amp;site=madar" rel="sponsored noopener" target="_blank">عروض الشتاء على رحلات الطيران</a></li>
        </ul>
      </div>

      <div id="block-picks" class="block block-views">
        <h2 class="block-title">اخترنا لكم</h2>
        <ul class="picks">{picks}</ul>
      </div>

      <div id="block-letters" class="block">
        <h2 class="block-title"><a href="/home/section/readers-letters">بريد القراء</a></h2>
        <p><a href="{LETTER[1]}">{esc(LETTER[0])}</a></p>
        <a href="/home/section/readers-letters/submit">أرسل رسالتك</a>
      </div>

      <div id="block-newsletter" class="block block-newsletter">
        <h2 class="block-title">النشرة البريدية</h2>
        <p>اشترك لتصلك أبرز مقالات الرأي كل صباح.</p>
        <form action="/newsletter/subscribe" method="post" class="newsletter-form">
          <input type="email" name="mail" placeholder="البريد الإلكتروني" required>
          <input type="hidden" name="list" value="opinion-daily">
          <button type="submit">اشترك</button>
        </form>
      </div>
    </aside>"""


def footer() -> str:
    links = [("من نحن", "/about-us"), ("اتصل بنا", "/contact-us"), ("أعلن معنا", "/advertise"),
             ("سياسة الخصوصية", "/privacy-policy"), ("الشروط والأحكام", "/terms"), ("الأرشيف", "/archive"),
             ("بريد القراء", "/home/section/readers-letters")]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f"""
  <footer class="site-footer" role="contentinfo">
    <ul class="menu menu--footer">{items}</ul>
    <ul class="social">
      <li><a href="https://twitter.com/almadar_example" rel="noopener">X</a></li>
      <li><a href="https://www.facebook.com/almadar.example" rel="noopener">فيسبوك</a></li>
      <li><a href="https://t.me/almadar_example" rel="noopener">تلغرام</a></li>
    </ul>
    <p class="copyright">جميع الحقوق محفوظة © {PAPER} 2024</p>
  </footer>"""


def page(n: int, cols: list[dict], total: int) -> str:
    canonical = "{{origin}}" + PAGE + ("" if n == 1 else f"?page={n}")
    coll = {
        "@context": "https://schema.org", "@type": "CollectionPage", "name": AUTHOR,
        "url": canonical, "inLanguage": "ar",
        "about": {"@type": "Person", "name": AUTHOR, "url": "{{origin}}" + PAGE},
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": k, "url": "{{origin}}" + c["path"], "name": c["title"]}
                for k, c in enumerate(cols, 1 + sum(PER_PAGE[: n - 1]))
            ],
        },
    }
    crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "رأي", "item": "{{origin}}/home/opinion"},
            {"@type": "ListItem", "position": 3, "name": AUTHOR, "item": "{{origin}}" + PAGE},
        ],
    }
    org = {"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": PAPER,
           "url": "{{origin}}/", "logo": "{{origin}}/themes/custom/madar/logo.png"}
    rows = "".join(row(c, i) for i, c in enumerate(cols))
    rels = ""
    if n > 1:
        rels += f'\n<link rel="prev" href="{{{{origin}}}}{PAGE}{"" if n == 2 else f"?page={n - 1}"}">'
    if n < total:
        rels += f'\n<link rel="next" href="{{{{origin}}}}{PAGE}?page={n + 1}">'
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="content: http://purl.org/rss/1.0/modules/content/ og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{AUTHOR}{'' if n == 1 else f' - الصفحة {n}'} | {PAPER}</title>
<meta name="description" content="مقالات {AUTHOR} في {PAPER}">
<link rel="canonical" href="{canonical}">
<link rel="shortlink" href="{{{{origin}}}}/taxonomy/term/123">{rels}
<meta property="og:site_name" content="{PAPER}">
<meta property="og:type" content="profile">
<meta property="og:url" content="{canonical}">
<meta property="og:title" content="{AUTHOR}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="alternate" hreflang="ar" href="{canonical}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm8dX3kYv1bAF9c.css?s6r0k1">
<script type="application/ld+json">{json.dumps(coll, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(org, ensure_ascii=False)}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"taxonomy\\/term\\/123","currentLanguage":"ar","currentQuery":{json.dumps({} if n == 1 else {"page": str(n)})}}},"views":{{"ajaxViews":{{"views_dom_id:8f3a2c":{{"view_name":"writer_articles","view_display_id":"block_1","view_args":"123","pager_element":0}}}}}}}}</script>
</head>
<body class="path-taxonomy page-writer">
<a href="#main-content" class="visually-hidden focusable skip-link">انتقل إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
{header()}
  <div class="ad-leaderboard"><div class="ad-label">إعلان</div><div id="div-gpt-ad-madar-top"></div></div>
  <div class="layout-container">
    <main role="main" class="layout-content">
      <a id="main-content" tabindex="-1"></a>
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
        <h2 id="system-breadcrumb" class="visually-hidden">مسار التنقل</h2>
        <ol>
          <li><a href="/">الرئيسية</a></li>
          <li><a href="/home/opinion">رأي</a></li>
          <li><a href="/home/writers">كتّاب</a></li>
          <li>{AUTHOR}</li>
        </ol>
      </nav>
      <div class="writer-profile">
        <img class="writer-profile__photo" src="/sites/default/files/writers/ahmad-khalil.jpg" alt="{AUTHOR}" width="120" height="120">
        <h1 class="writer-profile__name">{AUTHOR}</h1>
        <div class="writer-profile__bio">كاتب وصحافي لبناني، عمل مراسلاً في باريس ولندن، ويكتب عن السياسة العربية والشؤون الدولية.</div>
        <div class="writer-profile__social"><a href="https://twitter.com/ahmadkhalil_example" rel="noopener" target="_blank">تابع الكاتب على إكس</a></div>
      </div>
      <div class="views-element-container">
        <div class="view view-writer-articles view-id-writer_articles view-display-id-block_1 js-view-dom-id-8f3a2c">
          <div class="view-header"><h2>مقالات الكاتب</h2></div>
          <div class="writer-articles">
            <ul>{rows}
            </ul>
          </div>
          {pager(n, total)}
        </div>
      </div>
    </main>
{sidebar()}
  </div>
{footer()}
</div>
<script src="/sites/default/files/js/js_Zx81pQw.js?s6r0k1"></script>
</body>
</html>
"""


def main() -> None:
    folder = OUT / "home" / "writer" / "123"
    folder.mkdir(parents=True, exist_ok=True)
    start = 0
    total = len(PER_PAGE)
    for n, count in enumerate(PER_PAGE, 1):
        cols = COLUMNS[start:start + count]
        start += count
        name = "ahmad-khalil.html" if n == 1 else f"ahmad-khalil@page={n}.html"
        (folder / name).write_text(page(n, cols, total), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A pan-Arab daily on Drupal (Asharq Al-Awsat style), right-to-left: a writer's views "
            "list of <li><h3><a> with a Drupal ?page=N pager ('التالي'). Hard: article URLs hold the "
            "writer's name and the title in percent-encoded Arabic, and the most-read news, other "
            "writers' pieces, sponsored content and readers' letters share the /home/article/<id>/ prefix."
        ),
        "held_out": False,
        "pages": [PAGE],
        "max_index_pages": total,
        "author": AUTHOR,
        "columns": [c["path"] for c in COLUMNS],
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
