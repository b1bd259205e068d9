"""Generate the h6-japanese-nikkei discovery fixture (held out).

A Japanese business daily (Nikkei-like, React/CSS-module markup) columnist page:
/opinion/columnist/tanaka-yuki/ with articles at /article/<UPPERCASE-ID>/, the very same
shape as every news story in the ranking, recommendation and columnist rails. Japanese
headlines and UI, a "次へ" link to ?page=N, native "PR" cards inside the list.
Stdlib only, deterministic: python tests/sites/discovery/_make/h6-japanese-nikkei.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import shutil
from pathlib import Path
from urllib.parse import quote

NAME = "h6-japanese-nikkei"
OUT = Path(__file__).resolve().parent.parent / NAME
BASE = "/opinion/columnist/tanaka-yuki/"
AUTHOR = "田中由紀"

# (headline, excerpt)
COLUMNS = [
    ("日銀の政策転換、市場は何を読み違えたか", "マイナス金利解除は織り込み済みのはずだった。それでも長期金利が跳ねた理由を、債券市場の参加者の声からたどる。"),
    ("円安はどこまで続くのか", "日米の金利差だけでは説明できない円の弱さ。経常収支の中身が変わったことに目を向けたい。"),
    ("賃上げの持続力、中小企業が握る鍵", "大企業の満額回答が続くなか、価格転嫁できない中小企業の賃上げ余力は乏しい。"),
    ("新NISA、熱狂の裏側", "口座開設は急増したが、資金の多くは海外株の投資信託へ向かっている。"),
    ("春闘2024、「5%」の重み", "33年ぶりの高水準となった賃上げ要求。実質賃金のプラス転換はいつになるか。"),
    ("長期金利1%時代の家計と企業", "住宅ローンの変動金利はまだ動かない。だが企業の資金調達はすでに変わり始めた。"),
    ("半導体補助金は誰のためか", "巨額の国費を投じる工場誘致。経済安全保障と産業政策の境目はあいまいになっている。"),
    ("マイナス金利解除の「その後」を考える", "追加利上げのペースをめぐり、市場と日銀の対話が試される。"),
    ("東証改革、PBR1倍割れ企業の本気度", "資本コストを意識した経営への要請から1年。開示は増えたが中身には差がある。"),
    ("円の実力", "実質実効為替レートは50年前の水準に近い。数字が映す日本の購買力の低下。"),
    ("物価と賃金の好循環は本物か", "サービス価格の上昇が広がるかどうかが、日銀の判断を左右する。"),
    ("中国経済減速、日本企業への波及", "不動産不況は長期化の様相を見せる。現地に進出した企業の間では戦略の見直しが進む。"),
    ("国債市場の機能は回復したか", "イールドカーブ・コントロールの修正で、ゆがみは解消に向かいつつある。"),
    ("植田日銀の1年", "学者出身の総裁は、慎重な言葉で大きな転換を準備してきた。"),
    ("地銀再編、待ったなし", "人口減少と低金利に苦しんだ地方銀行。金利のある世界は救いになるのか。"),
    ("インバウンド回復が映す日本の弱点", "訪日客は戻ったが、人手不足で受け入れが追いつかない観光地が増えている。"),
    ("財政規律はどこへ", "金利上昇は利払い費の増加に直結する。基礎的財政収支の黒字化目標は現実的か。"),
    ("米利下げ観測と日本株", "海外投資家の買いが続く日本株。米金融政策の転換で流れは変わるのか。"),
    ("人手不足倒産の現実", "求人を出しても人が来ない。後継者難と重なり、黒字のまま廃業する企業も。"),
    ("「貯蓄から投資へ」は進んだか", "家計の金融資産2100兆円。その半分超は今も現預金にとどまる。"),
    ("電力価格と産業競争力", "エネルギーコストの高さは、国内の製造業にとって重い足かせだ。"),
    ("年金運用の次の一手", "世界最大の年金基金GPIFは、運用資産の構成を見直すべき時期にきている。"),
    ("デフレ脱却宣言はいつか", "政府が慎重になる理由は、経済よりも政治の側にあるのかもしれない。"),
    ("企業の現預金、使い道を問う", "過去最高を更新し続ける内部留保。投資と賃金に回らない理由を探る。"),
    ("金融所得課税の行方", "「1億円の壁」をめぐる議論は、資産所得倍増の看板と矛盾しないか。"),
    ("日経平均4万円の条件", "バブル期の高値を超えた株価。持続的な上昇には企業の稼ぐ力が欠かせない。"),
    ("円安メリットの実像", "輸出企業の最高益の陰で、輸入物価の上昇が家計を圧迫している。"),
]
PAGES = [list(range(0, 10)), list(range(10, 20)), list(range(20, 27))]


def art_id(key: str, desk: str, day: int, month: int, year: int = 24) -> str:
    h = hashlib.sha1(key.encode("utf-8")).hexdigest().upper()
    return f"DGXZQO{desk}{day:02d}{h[0:3]}0{h[3:5]}C{year:02d}A{month:X}{h[5]}000000"


def dates() -> list[dt.datetime]:
    d = dt.datetime(2024, 2, 25, 5, 0)
    out = []
    for i in range(len(COLUMNS)):
        out.append(d)
        d -= dt.timedelta(days=3 if i % 2 == 0 else 4)
    return out


DATES = dates()
IDS = [art_id(t, "CD", d.day, d.month, d.year % 100) for (t, _), d in zip(COLUMNS, DATES)]
PATHS = [f"/article/{i}/" for i in IDS]


def news_path(title: str, desk: str, day: int) -> str:
    return f"/article/{art_id(title, desk, day, 2)}/"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def jdate(d: dt.datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}"


def href(i: int, style: str) -> str:
    p = PATHS[i]
    if style == "abs":
        return "{{origin}}" + p
    if style == "rel":
        return "../../.." + p
    return p


RANKING = [
    ("トヨタ、今期純利益4兆円超え　円安追い風", "FK", 24),
    ("日経平均、終値で最高値更新　34年ぶり", "UA", 23),
    ("中国不動産大手に清算命令　香港高裁", "GM", 23),
    ("新型ロケットH3、2号機打ち上げ成功", "UA", 22),
    ("TSMC熊本第1工場が開所　国内半導体の復権なるか", "FK", 21),
]
RECOMMEND = [
    ("「金利のある世界」で変わる住宅ローン選び", "FK", 20),
    ("生成AI、企業の導入率はなぜ伸び悩むのか", "GN", 19),
    ("物流2024年問題、運賃値上げの波", "UA", 18),
]
TICKER = [
    ("円相場、一時1ドル=150円台に下落", "UA", 25),
    ("NY株、ダウ反落　ハイテク株に利益確定売り", "GN", 25),
    ("岸田首相、政治資金規正法の改正に意欲", "UA", 25),
]
OTHER_COLUMNISTS = [
    ("sato-kenji", "佐藤健二", "上級論説委員", "トランプ再来に備える日本外交", "CD", 24),
    ("suzuki-miho", "鈴木美穂", "編集委員", "少子化対策、財源論の空白", "CD", 23),
    ("takahashi-makoto", "高橋誠", "コメンテーター", "AIと雇用、悲観論は本当か", "CD", 22),
    ("ito-aki", "伊藤亜紀", "編集委員", "脱炭素と電力、原発再稼働の現実", "CD", 20),
]

HEADER = """<header class="header_k3f9a">
  <div class="headerInner_p02xe">
    <a class="logo_x81kd" href="{{origin}}/" aria-label="日本経済新聞"><svg aria-hidden="true" width="160" height="24"><use href="#logo"></use></svg></a>
    <div class="headerUtil_b7c2q">
      <a class="headerUtilLink_m4q1z" href="/promotion/?n_cid=DSPRM1AA01">有料会員登録</a>
      <a class="headerUtilLink_m4q1z" href="https://id.example-nikkei.com/lounge/login?url=https%3A%2F%2Fwww.example-nikkei.com%2Fopinion%2Fcolumnist%2Ftanaka-yuki%2F">ログイン</a>
      <button class="searchButton_q9w3e" type="button" aria-label="検索"><svg aria-hidden="true"></svg></button>
    </div>
  </div>
  <nav class="globalNav_r5t6y" aria-label="グローバルナビゲーション">
    <ul class="globalNavList_u7i8o">
      <li><a href="/">トップ</a></li>
      <li><a href="/news/category/">速報</a></li>
      <li><a href="/economy/">経済</a></li>
      <li><a href="/politics/">政治</a></li>
      <li><a href="/business/">ビジネス</a></li>
      <li><a href="/financial/">金融</a></li>
      <li><a href="/markets/">マーケット</a></li>
      <li><a href="/technology/">テック</a></li>
      <li><a href="/international/">国際</a></li>
      <li><a href="/opinion/" aria-current="true">オピニオン</a></li>
      <li><a href="/sports/">スポーツ</a></li>
      <li><a href="/sections/" class="globalNavMore_a1s2d">もっと見る</a></li>
    </ul>
  </nav>
</header>"""


def ticker() -> str:
    lis = "".join(
        f'<li class="tickerItem_f3g4h"><a href="{news_path(t, desk, day)}">{esc(t)}</a></li>' for t, desk, day in TICKER
    )
    return f'<div class="ticker_j5k6l"><ul>{lis}</ul></div>'


BREADCRUMB = """<nav class="breadcrumb_z1x2c" aria-label="パンくずリスト">
      <ol>
        <li><a href="{{origin}}/">トップ</a></li>
        <li><a href="/opinion/">オピニオン</a></li>
        <li><a href="/opinion/columnist/">コラムニスト</a></li>
        <li><span aria-current="page">田中由紀</span></li>
      </ol>
    </nav>"""

PROFILE = """<section class="profile_v3b4n">
      <img class="profileImage_m5n6b" src="https://article-image.example-nikkei.com/columnist/tanaka-yuki.jpg" alt="" width="120" height="120">
      <div class="profileBody_c7v8x">
        <h1 class="profileName_z9a0s"><span>田中 由紀</span><span class="profileRuby_d1f2g">たなか・ゆき</span></h1>
        <p class="profileTitle_h3j4k">編集委員</p>
        <p class="profileText_l5z6x">1995年日本経済新聞社入社。経済部、ニューヨーク支局などを経て現職。金融政策と市場を担当。著書に「金利のある世界」。</p>
        <button type="button" class="followButton_q1w2e" data-follow-id="tanaka-yuki">フォローする</button>
        <ul class="profileTopics_r3t4y" aria-label="関連トピック">
          <li><a href="/topic/boj/">#日銀</a></li>
          <li><a href="/topic/monetary-policy/">#金融政策</a></li>
          <li><a href="{{origin}}/topic/yen/">#円相場</a></li>
          <li><a href="/topic/shunto/">#春闘</a></li>
        </ul>
      </div>
    </section>"""


def pr_card_inline() -> str:
    return """<article class="card_ab12 cardPr_s8d7f">
          <span class="prLabel_g6h5j">PR</span>
          <a class="title_cd34" href="/pr/brand/mitsuboshi-bank/2402/" rel="sponsored"><span>人生100年時代の資産づくり、いま始めるべき3つのこと</span></a>
          <p class="excerpt_ef56">三星銀行</p>
        </article>"""


def card(i: int, k: int, *, hero: bool = False) -> str:
    t, ex = COLUMNS[i]
    d = DATES[i]
    style = ["root", "abs", "root", "rel", "root", "abs", "root", "root", "abs", "rel"][k % 10]
    h = href(i, style)
    meta = (
        f'<div class="meta_gh78"><time class="date_k2l3z" datetime="{d:%Y-%m-%dT%H:%M:00}+09:00">{jdate(d)}</time>'
        f'<a class="author_ij90" href="/opinion/columnist/tanaka-yuki/">田中由紀</a>'
    )
    if k % 3 == 2:
        meta += f'<a class="think_x4c5v" href="{PATHS[i]}#k-think-comment" aria-label="Think!のコメント">Think! {2 + i % 4}件</a>'
    meta += "</div>"
    if hero:
        url = "https://www.example-nikkei.com" + PATHS[i]
        return f"""<article class="card_ab12 cardLarge_n6m7q">
          <a class="image_b8v9c" href="{{{{origin}}}}{PATHS[i]}" tabindex="-1" aria-hidden="true"><img src="https://article-image.example-nikkei.com/{IDS[i]}/main.jpg" alt="" width="640" height="360"></a>
          <span class="label_w1e2r">コラム「金融インサイト」</span>
          <a class="title_cd34 titleLarge_t3y4u" href="{h}"><span>{esc(t)}</span></a>
          <p class="excerpt_ef56">{esc(ex)}</p>
          {meta}
          <ul class="share_i5o6p" aria-label="共有">
            <li><a href="https://twitter.com/intent/tweet?url={quote(url, safe='')}%3Fn_cid%3DSNSTW001&amp;text={quote(t)}" target="_blank" rel="noopener">X</a></li>
            <li><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}" target="_blank" rel="noopener">Facebook</a></li>
            <li><a href="https://social-plugins.line.me/lineit/share?url={quote(url, safe='')}" target="_blank" rel="noopener">LINE</a></li>
            <li><a class="gift_a7s8d" href="{PATHS[i]}?gift=KQmd82Jx">ギフトする</a></li>
          </ul>
        </article>"""
    img = ""
    if k % 2 == 0:
        img = (f'<a class="thumb_o9p0a" href="{PATHS[i]}" tabindex="-1" aria-hidden="true">'
               f'<img src="https://article-image.example-nikkei.com/{IDS[i]}/thumb.jpg" alt="" width="160" height="90" loading="lazy"></a>')
    return f"""<article class="card_ab12">
          {img}
          <a class="title_cd34" href="{h}"><span>{esc(t)}</span></a>
          <p class="excerpt_ef56">{esc(ex)}</p>
          {meta}
        </article>"""


def ranking() -> str:
    lis = "\n".join(
        f'          <li class="rankingItem_q2w3e"><span class="rankingNum_r4t5y">{n}</span>'
        f'<a class="rankingLink_u6i7o" href="{("{{origin}}" if n % 2 else "") + news_path(t, desk, day)}">{esc(t)}</a></li>'
        for n, (t, desk, day) in enumerate(RANKING, 1)
    )
    return f"""<section class="sideBox_p8a9s">
        <h2 class="sideBoxTitle_d0f1g">よく読まれている記事</h2>
        <div class="tabs_h2j3k" role="tablist"><button role="tab" aria-selected="true">総合</button><button role="tab" aria-selected="false">経済</button></div>
        <ol class="ranking_l4z5x">
{lis}
        </ol>
        <a class="sideBoxMore_c6v7b" href="/ranking/">もっと見る</a>
      </section>"""


def recommend() -> str:
    lis = []
    for n, (t, desk, day) in enumerate(RECOMMEND):
        p = news_path(t, desk, day)
        if n == 1:
            p += "?n_cid=DSREA001"
        lis.append(f'          <li><a class="recLink_n8m9q" href="{p}">{esc(t)}</a></li>')
    body = "\n".join(lis)
    return f"""<section class="recommend_w0e1r">
      <h2 class="sectionTitle_t2y3u">編集部のおすすめ</h2>
      <ul>
{body}
      </ul>
    </section>"""


def columnists() -> str:
    lis = []
    for slug, name, role, t, desk, day in OTHER_COLUMNISTS:
        p = news_path(t, desk, day)
        lis.append(
            f"""          <li class="columnistItem_i4o5p">
            <a class="columnistName_a6s7d" href="/opinion/columnist/{slug}/"><img src="https://article-image.example-nikkei.com/columnist/{slug}.jpg" alt="" width="40" height="40"><span>{esc(name)}</span><small>{esc(role)}</small></a>
            <a class="columnistLatest_f8g9h" href="{p}">{esc(t)}</a>
          </li>"""
        )
    body = "\n".join(lis)
    return f"""<section class="sideBox_p8a9s">
        <h2 class="sideBoxTitle_d0f1g">コラムニスト</h2>
        <ul class="columnistList_j0k1l">
{body}
        </ul>
        <a class="sideBoxMore_c6v7b" href="/opinion/columnist/">もっと見る</a>
      </section>"""


PR_BOX = """<section class="sideBox_p8a9s sideBoxPr_z2x3c">
        <h2 class="sideBoxTitle_d0f1g">PR</h2>
        <ul class="prList_v4b5n">
          <li><a href="/pr/brand/kaito-securities/2402/" rel="sponsored"><img src="https://article-image.example-nikkei.com/pr/kaito.jpg" alt="" width="80" height="45"><span>新NISAで始める長期投資、プロが教える銘柄選び</span></a><small>海斗証券</small></li>
          <li><a href="{{origin}}/pr/special/dx-forum-2024/" rel="sponsored"><span>DXフォーラム2024　経営者が語る変革の現場</span></a><small>日経DXフォーラム</small></li>
          <li><a href="https://ad.example-network.com/click?cid=88213&amp;site=nikkei" rel="sponsored noopener" target="_blank"><span>法人カードなら経費精算がゼロに</span></a><small>広告</small></li>
        </ul>
      </section>"""

LETTERS = """<section class="letters_m6q7w">
      <h2 class="sectionTitle_t2y3u">読者の声</h2>
      <p>記事へのご意見をお寄せください。<a href="/opinion/letters/submit/">投稿する</a></p>
      <a href="/opinion/shikentakken/">私見卓見（読者投稿）の一覧</a>
    </section>"""


def newsletter() -> str:
    return f"""<section class="newsletter_e8r9t">
        <h2 class="sectionTitle_t2y3u">田中由紀の「金融インサイト」をメールで</h2>
        <p>新しいコラムが公開されたらお知らせします。<a href="{PATHS[0]}?n_cid=NMAIL007_20240225">最新回を読む</a></p>
        <form action="/newsletter/subscribe/" method="post">
          <input type="hidden" name="nl" value="columnist-tanaka-yuki">
          <label class="srOnly_y0u1i" for="nl-mail">メールアドレス</label>
          <input id="nl-mail" type="email" name="mail" placeholder="メールアドレス">
          <button type="submit">登録する</button>
        </form>
        <a href="/newsletter/">ニュースレター一覧</a>
      </section>"""


FOOTER = """<footer class="footer_o2p3a">
  <nav aria-label="フッター">
    <ul class="footerLinks_s4d5f">
      <li><a href="/info/about/">日経電子版について</a></li>
      <li><a href="/info/help/">ヘルプセンター</a></li>
      <li><a href="/info/privacy/">個人情報保護方針</a></li>
      <li><a href="/info/terms/">利用規約</a></li>
      <li><a href="/info/copyright/">著作権について</a></li>
      <li><a href="https://www.example-nikkei.co.jp/nikkeiinfo/">会社概要</a></li>
      <li><a href="https://asia.example-nikkei.com/">Nikkei Asia</a></li>
    </ul>
  </nav>
  <ul class="footerSns_g6h7j">
    <li><a href="https://twitter.com/example_nikkei">X</a></li>
    <li><a href="https://www.facebook.com/example.nikkei">Facebook</a></li>
    <li><a href="https://line.me/R/ti/p/@example_nikkei">LINE</a></li>
  </ul>
  <small>No reproduction without permission. Nikkei Inc.</small>
</footer>"""


def page_url(n: int) -> str:
    return BASE if n == 1 else f"{BASE}?page={n}"


def pager(n: int, total: int) -> str:
    prev = ""
    if n > 1:
        ph = "./" if n == 2 else f"?page={n - 1}"
        prev = f'<a class="pagerPrev_k8l9z" href="{ph}">前へ</a>'
    else:
        prev = '<span class="pagerPrev_k8l9z disabled_x0c1v" aria-disabled="true">前へ</span>'
    if n < total:
        nxt = f'<a class="pagerNext_b2n3m" href="?page={n + 1}">次へ</a>'
    else:
        nxt = '<span class="pagerNext_b2n3m disabled_x0c1v" aria-disabled="true">次へ</span>'
    return f"""<nav class="pager_q4w5e" aria-label="ページ送り">
      {prev}
      <span class="pagerCount_r6t7y">{n} / {total}</span>
      {nxt}
    </nav>"""


def jsonld(n: int) -> str:
    items = PAGES[n - 1]
    data = [
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "トップ", "item": "{{origin}}/"},
                {"@type": "ListItem", "position": 2, "name": "オピニオン", "item": "{{origin}}/opinion/"},
                {"@type": "ListItem", "position": 3, "name": "コラムニスト", "item": "{{origin}}/opinion/columnist/"},
                {"@type": "ListItem", "position": 4, "name": "田中由紀"},
            ],
        },
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "itemListElement": [
                {"@type": "ListItem", "position": k + 1, "url": "{{origin}}" + PATHS[i]}
                for k, i in enumerate(items)
            ],
        },
    ]
    return "\n".join(f'<script type="application/ld+json">{json.dumps(x, ensure_ascii=False)}</script>' for x in data)


def page(n: int) -> str:
    total = len(PAGES)
    idx = PAGES[n - 1]
    cards = []
    for k, i in enumerate(idx):
        cards.append(card(i, k, hero=(n == 1 and k == 0)))
        if k == 4:
            cards.append(pr_card_inline())
    body = "\n        ".join(cards)
    title = "田中由紀 編集委員のコラム一覧" + ("" if n == 1 else f"（{n}ページ目）")
    links = [f'<link rel="canonical" href="{{{{origin}}}}{page_url(n)}">']
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} - 日本経済新聞</title>
<meta name="description" content="日本経済新聞編集委員、田中由紀のコラム「金融インサイト」の記事一覧です。日銀の金融政策、為替、株式市場の動きを読み解きます。">
<meta property="og:title" content="田中由紀 編集委員のコラム一覧">
<meta property="og:type" content="website">
<meta property="og:url" content="{{{{origin}}}}{page_url(n)}">
<meta property="og:site_name" content="日本経済新聞">
{chr(10).join(links)}
<link rel="alternate" hreflang="en" href="https://asia.example-nikkei.com/Opinion/Columnists/Yuki-Tanaka">
<link rel="preload" as="font" href="/_next/static/media/NotoSansJP.woff2" crossorigin>
<link rel="stylesheet" href="/_next/static/css/8f3a2c1d9e.css">
{jsonld(n)}
</head>
<body>
<div id="__next">
{HEADER}
{ticker()}
<div class="container_a3s4d">
  <main class="main_f5g6h">
    {BREADCRUMB}
    {PROFILE}
    <section class="articleList_j7k8l" aria-label="コラム一覧">
      <h2 class="sectionTitle_t2y3u">記事一覧</h2>
      <div class="cards_z9x0c">
        {body}
      </div>
    </section>
    {pager(n, total)}
    {recommend()}
    {LETTERS}
  </main>
  <aside class="aside_v1b2n">
    <div class="adSlot_m3q4w" id="div-gpt-ad-1234-0"><a href="https://ad.example-network.com/click?cid=77120&amp;site=nikkei&amp;pos=side1" rel="sponsored noopener" target="_blank"><img src="https://ad.example-network.com/b/300x250.jpg" alt="広告" width="300" height="250"></a></div>
    {ranking()}
    {columnists()}
    {PR_BOX}
    {newsletter()}
  </aside>
</div>
{FOOTER}
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"columnistId":"tanaka-yuki","page":{n}}}}},"page":"/opinion/columnist/[slug]","query":{{"slug":"tanaka-yuki"}},"buildId":"a1b2c3d4"}}</script>
<script src="/_next/static/chunks/main-3f2a1b.js" defer></script>
</body>
</html>
"""


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    d = OUT / BASE.strip("/")
    d.mkdir(parents=True)
    for n in range(1, len(PAGES) + 1):
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (d / name).write_text(page(n), encoding="utf-8")
    (OUT / "robots.txt").write_text(
        "User-agent: *\nDisallow: /search/\nDisallow: /api/\nDisallow: /_next/\n", encoding="utf-8"
    )
    truth = {
        "template": NAME,
        "description": (
            "A Japanese business daily (Nikkei-style Next.js page with CSS-module class names, Japanese headlines "
            "and UI) columnist page: every article, column or news, is /article/<UPPERCASE-ID>/, so the ranking, "
            "recommendation and other-columnist rails share the columns' shape; native PR cards sit inside the "
            "list and pagination is a '次へ' link to ?page=N."
        ),
        "held_out": False,
        "pages": [BASE],
        "max_index_pages": len(PAGES),
        "author": AUTHOR,
        "columns": PATHS,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
