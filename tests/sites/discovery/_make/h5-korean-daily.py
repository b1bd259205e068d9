"""Generate the `h5-korean-daily` discovery fixture (stdlib only, deterministic).

A Korean national daily on an Arc-XP-like CMS: a columnist's page lists his
columns as BEM `story-card`s whose URLs are date folders plus an uppercase id;
the other columnists' columns, the editorials, the letters and the most-read
news all share that same date-id shape.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
from pathlib import Path

NAME = "h5-korean-daily"
OUT = Path(__file__).resolve().parent.parent / NAME
PAGE = "/opinion/column/kimminsu/"
AUTHOR = "김민수"
PER_PAGE = [10, 10, 7]
PAPER = "한빛일보"

esc = html.escape


def arc_id(seed: str) -> str:
    return base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:26]


def dated(section: str, day: dt.date, seed: str) -> str:
    return f"/{section}/{day:%Y/%m/%d}/{arc_id(seed)}/"


# (headline, standfirst); newest first, one a week (Fridays)
COLUMNS_RAW = [
    ("[김민수 칼럼] 저출산 대책은 왜 실패하는가",
     "지난 16년간 380조 원을 쏟아부었지만 출산율은 세계 최저로 떨어졌다. 돈이 아니라 구조의 문제다."),
    ("[김민수 칼럼] 총선 100일 앞, 정치는 어디에 있나",
     "공천 잡음과 신당 창당 소식만 요란하다. 유권자가 듣고 싶은 건 정책이다."),
    ("[김민수 칼럼] 의대 증원, 숫자보다 중요한 것",
     "의사 수를 늘리는 것만으로 지역 의료는 살아나지 않는다."),
    ("침묵의 비용", "말해야 할 때 침묵한 대가는 결국 공동체가 치른다."),
    ("[김민수 칼럼] 부동산 PF 위기, 누가 책임질 것인가",
     "프로젝트파이낸싱 부실이 금융권 전체로 번질 조짐이다. 폭탄 돌리기는 끝내야 한다."),
    ("[김민수 칼럼] 청년은 왜 지방을 떠나는가",
     "일자리와 문화, 교육이 수도권에 몰린 나라에서 청년의 선택은 지극히 합리적이다."),
    ("[김민수 칼럼] 반도체 전쟁의 다음 전선",
     "미국과 중국 사이에서 한국 반도체가 설 자리는 어디인가."),
    ("[김민수 칼럼] 검찰 개혁, 다시 원점에서",
     "권력이 바뀔 때마다 되풀이되는 논쟁, 이번에는 달라야 한다."),
    ("[김민수 칼럼] 노인 빈곤율 OECD 1위라는 부끄러움",
     "노인 10명 중 4명이 빈곤층인 나라에서 연금은 무엇을 했나."),
    ("[김민수 칼럼] 한일 관계, 봄은 오는가",
     "셔틀외교는 복원됐지만 국민 감정의 골은 여전히 깊다."),
    ("[김민수 칼럼] 교권 추락의 교실",
     "교사가 교실에서 무력해지면 가장 큰 피해자는 학생이다."),
    ("[김민수 칼럼] 가계부채 1900조 원 시대의 경고",
     "빚으로 버티는 경제는 오래가지 못한다. 연착륙의 시간이 많지 않다."),
    ("[김민수 칼럼] 다시, 공정을 묻는다",
     "공정이 정치 구호가 된 사이 청년들의 박탈감은 더 커졌다."),
    ("[김민수 칼럼] 인공지능이 일자리를 빼앗을 것인가",
     "생성형 AI는 일자리를 없애기보다 일하는 방식을 바꿀 것이다. 준비된 사회만이 기회를 잡는다."),
    ("[김민수 칼럼] 전세사기 피해자들의 겨울",
     "피해자 구제는 더디고 가해자 처벌은 가볍다."),
    ("[김민수 칼럼] 국회의원 특권 내려놓기는 언제",
     "여야 모두 공약했던 특권 내려놓기는 어디로 갔나."),
    ("[김민수 칼럼] 출산율 0.7의 의미",
     "합계출산율 0.7명은 통계가 아니라 국가의 존립을 묻는 숫자다."),
    ("[김민수 칼럼] 북한의 도발과 우리의 대응",
     "단호한 대응과 대화의 문은 함께 갈 수 있다."),
    ("[김민수 칼럼] 연금개혁, 더 미룰 수 없다",
     "개혁을 미룰수록 미래 세대의 부담은 눈덩이처럼 불어난다."),
    ("자영업자의 눈물", "고금리와 고물가에 골목상권이 무너지고 있다."),
    ("[김민수 칼럼] 기후위기 앞에 선 한국 농업",
     "폭염과 폭우가 일상이 된 시대, 식량 안보를 다시 생각해야 한다."),
    ("지방소멸", "228개 시군구 가운데 절반이 사라질 위기에 놓였다."),
    ("[김민수 칼럼] 플랫폼 규제의 딜레마",
     "혁신을 살리면서 독과점을 막는 해법은 있는가."),
    ("[김민수 칼럼] 잼버리 파행, 책임은 누구에게",
     "국제 행사의 파행은 준비 부족이 아니라 책임 회피의 결과였다."),
    ("[김민수 칼럼] 늘봄학교는 답이 될 수 있을까",
     "돌봄의 공백을 학교에 떠넘기는 것이 정답일까."),
    ("[김민수 칼럼] 수능 킬러문항 논란이 남긴 것",
     "입시 제도를 흔드는 것만으로 사교육은 줄지 않는다."),
    ("[김민수 칼럼] 언론의 자유와 책임",
     "언론이 신뢰를 잃으면 민주주의도 흔들린다."),
]

FIRST = dt.date(2024, 1, 5)
COLUMNS = []
for i, (title, dek) in enumerate(COLUMNS_RAW):
    day = FIRST - dt.timedelta(weeks=i)
    COLUMNS.append({
        "title": title, "dek": dek, "day": day,
        "path": dated("opinion/column", day, "kim" + title),
        "comments": (i * 7 + 3) % 41,
    })
assert sum(PER_PAGE) == len(COLUMNS)

MOST_READ = [
    ("economy", 5, "중견 건설사 워크아웃 신청…PF 위기 확산"),
    ("politics", 5, "여야, 선거구 획정 협상 또 결렬"),
    ("national", 5, "새해 첫 주 한파…서울 체감 영하 15도"),
    ("international", 5, "일본 노토반도 지진 사망자 90명 넘어"),
    ("sports", 5, "축구대표팀, 아시안컵 최종 명단 발표"),
    ("economy", 5, "삼성전자 4분기 영업이익 2.8조…반등 신호"),
    ("economy", 4, "서울 아파트값 6주 연속 하락"),
    ("national", 4, "수도권 GTX 노선 발표 임박"),
    ("international", 5, "美 12월 고용 21만6000명 증가…금리 인하 기대 후퇴"),
    ("entertainments", 5, "드라마 '봄날의 약속' 시즌2 제작 확정"),
]
MOST_READ = [(t, dated(s, dt.date(2024, 1, d), "mr" + t)) for s, d, t in MOST_READ]

INLINE_NEWS = [
    ("economy", 5, "전기차 보조금 개편안 나왔다"),
    ("national", 5, "설 연휴 KTX 예매 9일부터"),
    ("international", 5, "대만 총통 선거 D-8, 판세는"),
    ("national", 4, "겨울 산행 저체온증 주의보"),
]
INLINE_NEWS = [(t, dated(s, dt.date(2024, 1, d), "in" + t)) for s, d, t in INLINE_NEWS]

# the "오피니언" box: other columnists, editorials, a contribution, a letter
OTHERS = [
    ("이지영", "leejiyoung", "문화부장", "[이지영 칼럼] 극장의 불이 다시 켜지려면", 4),
    ("박준호", "parkjunho", "경제에디터", "[박준호의 경제읽기] 금리 인하 기대는 이르다", 4),
    ("최수진", "choisujin", "국제부 선임기자", "[최수진 칼럼] 2024년, 세계 선거의 해", 3),
    ("정태웅", "jungtaewoong", "정치부장", "[정태웅 칼럼] 제3지대는 성공할 수 있을까", 2),
]
OTHERS = [
    (n, slug, role, t, dated("opinion/column", dt.date(2024, 1, d), "oth" + t))
    for n, slug, role, t, d in OTHERS
]
EDITORIALS = [
    ("[사설] 새해 예산 집행, 속도보다 효율이다",
     dated("opinion/editorials", dt.date(2024, 1, 5), "ed1")),
    ("[사설] 北 해안포 사격, 9·19 합의 무력화 노림수",
     dated("opinion/editorials", dt.date(2024, 1, 5), "ed2")),
]
CONTRIB = ("[기고] 지역 의대 신설이 답이다", "홍길동 한빛대 의대 교수",
           dated("opinion/contribution", dt.date(2024, 1, 4), "contrib"))
LETTERS = [
    ("[독자 투고] 버스 노선 개편, 노인 목소리도 들어야",
     dated("opinion/letters", dt.date(2024, 1, 5), "letter1")),
    ("[독자 투고] 동네 책방이 사라지는 이유",
     dated("opinion/letters", dt.date(2024, 1, 4), "letter2")),
]
PICKS = [
    ("서울 근교 겨울 온천 여행지 5곳",
     dated("culture-life/travel", dt.date(2024, 1, 5), "pick1")),
    ("[인터뷰] 데뷔 30년 소설가가 말하는 글쓰기",
     dated("culture-life/book", dt.date(2024, 1, 4), "pick2")),
    ("새해 다이어트, 이것만은 피하세요",
     dated("culture-life/health", dt.date(2024, 1, 3), "pick3")),
]
NATIVE_AD = ("[광고] 새해 건강검진, 이제 집 근처 병원에서 예약하세요",
             dated("economy", dt.date(2024, 1, 3), "native-ad"))
POPULAR_OF_AUTHOR = [COLUMNS[3], COLUMNS[12], COLUMNS[21]]

WEEKDAY = "월화수목금토일"


def img(seed: str, w: int = 400, h: int = 225) -> str:
    return (f"https://img.hanbit.example.kr/resizer/{arc_id('img' + seed)[:20]}="
            f"/{w}x{h}/smart/filters:focal(0x0:0x0)/cloudfront/{arc_id(seed)}.jpg")


def col_href(col: dict, index: int) -> str:
    """Mix absolute, root-relative and relative links, as a real page does."""
    path = col["path"]
    if index % 3 == 0:
        return "{{origin}}" + path
    if index % 3 == 1:
        return path
    return "../" + path[len("/opinion/column/"):]


def card(col: dict, index: int, lead: bool = False) -> str:
    day = col["day"]
    stamp = f"{day:%Y.%m.%d} 03:00"
    iso = f"{day:%Y-%m-%d}T03:00:00+09:00"
    href = col_href(col, index)
    thumb_href = col["path"] + ("?utm_source=column_list&amp;utm_medium=thumbnail" if index % 4 == 2 else "")
    mod = " story-card--lead" if lead else ""
    size = (860, 484) if lead else (300, 169)
    comments = (
        f'<a class="story-card__comment" href="{col["path"]}#comments" aria-label="댓글">'
        f'<i class="icon-comment"></i>{col["comments"]}</a>'
        if col["comments"] else ""
    )
    dek = f'<p class="story-card__description">{esc(col["dek"])}</p>' if (lead or index % 5 != 4) else ""
    return f"""
      <div class="story-card{mod}" data-story-id="{col['path'].rstrip('/').rsplit('/', 1)[1]}">
        <div class="story-card__image-wrap">
          <a class="story-card__image" href="{thumb_href}" tabindex="-1" aria-hidden="true"><img src="{img(col['path'], *size)}" alt="" loading="lazy" width="{size[0]}" height="{size[1]}"></a>
        </div>
        <div class="story-card__body">
          {'<span class="story-card__kicker">김민수 칼럼</span>' if lead else ''}
          <div class="story-card__headline"><a href="{href}"><span>{esc(col['title'])}</span></a></div>
          {dek}
          <div class="story-card__meta">
            <span class="story-card__byline"><a href="/people/kimminsu/">김민수 논설위원</a></span>
            <span class="story-card__date"><time datetime="{iso}">{stamp} ({WEEKDAY[day.weekday()]})</time></span>
            {comments}
          </div>
        </div>
      </div>"""


def native_ad() -> str:
    title, path = NATIVE_AD
    return f"""
      <div class="story-card story-card--sponsored">
        <div class="story-card__image-wrap"><a class="story-card__image" href="{path}"><img src="{img('ad')}" alt="" width="300" height="169"></a></div>
        <div class="story-card__body">
          <span class="story-card__label">광고</span>
          <div class="story-card__headline"><a href="{path}"><span>{esc(title)}</span></a></div>
          <div class="story-card__meta"><span class="story-card__byline">한빛메디컬 제공</span></div>
        </div>
      </div>"""


def inline_rail() -> str:
    items = "".join(
        f'<li class="css-9k2mfa"><a class="css-1x7dq0h" href="{p}"><img src="{img(p, 160, 90)}" alt="">'
        f'<span class="css-p1h3zr">{esc(t)}</span></a></li>'
        for t, p in INLINE_NEWS
    )
    return f"""
      <div class="css-1h3k9qz e1n8kpyt0" data-testid="inline-recirc">
        <ul class="css-4o2w7b">{items}</ul>
      </div>"""


def pager(n: int, total: int) -> str:
    parts = []
    if n == 1:
        parts.append('<span class="pagination__prev is-disabled" aria-disabled="true">이전</span>')
    else:
        prev = "?page=1" if n - 1 == 1 else f"?page={n - 1}"
        parts.append(f'<a class="pagination__prev" href="{prev}">이전</a>')
    for k in range(1, total + 1):
        if k == n:
            parts.append(f'<strong class="pagination__num is-active" aria-current="page">{k}</strong>')
        else:
            parts.append(f'<a class="pagination__num" href="?page={k}">{k}</a>')
    if n < total:
        parts.append(f'<a class="pagination__next" href="?page={n + 1}">다음</a>')
    else:
        parts.append('<span class="pagination__next is-disabled" aria-disabled="true">다음</span>')
    return '<div class="pagination" role="navigation" aria-label="페이지">\n        ' + "\n        ".join(parts) + "\n      </div>"


def aside() -> str:
    ranking = "".join(
        f'<li class="ranking__item"><span class="ranking__num">{i}</span>'
        f'<a class="ranking__link" href="{"{{origin}}" + p if i % 2 else p}">{esc(t)}</a></li>'
        for i, (t, p) in enumerate(MOST_READ, 1)
    )
    opinion_cards = "".join(
        f"""
          <div class="story-card story-card--sm">
            <div class="story-card__body">
              <div class="story-card__headline"><a href="{p}"><span>{esc(t)}</span></a></div>
              <div class="story-card__meta"><span class="story-card__byline"><a href="/opinion/column/{slug}/">{n} {role}</a></span></div>
            </div>
          </div>"""
        for n, slug, role, t, p in OTHERS
    )
    editorials = "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in EDITORIALS
    )
    popular = "".join(
        f'<li><a href="{c["path"]}?utm_source=hanbit&amp;utm_medium=author_popular&amp;utm_campaign=column">'
        f'{esc(c["title"])}</a></li>'
        for c in POPULAR_OF_AUTHOR
    )
    letters = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in LETTERS)
    picks = "".join(
        f'<li class="pick"><a href="{p}"><img src="{img(p, 120, 80)}" alt=""><span>{esc(t)}</span></a></li>'
        for t, p in PICKS
    )
    return f"""
    <aside class="layout__aside" aria-label="사이드바">
      <div class="ad-slot ad-slot--rect" id="div-gpt-ad-1704412800-0" data-ad-unit="/21690/hanbit/opinion_rt1">
        <span class="ad-slot__label">광고</span>
        <a href="https://ads.example-network.com/click?cid=88213&amp;pub=hanbit&amp;slot=rt1" rel="sponsored noopener" target="_blank"><img src="https://ads.example-network.com/creative/88213.jpg" alt="광고" width="300" height="250"></a>
      </div>

      <section class="ranking" data-module="most-viewed">
        <h3 class="ranking__title">많이 본 뉴스</h3>
        <ol class="ranking__list">{ranking}</ol>
      </section>

      <section class="opinion-box">
        <h3 class="opinion-box__title"><a href="/opinion/">오피니언</a></h3>
        <ul class="opinion-box__editorials">{editorials}</ul>
        <div class="opinion-box__cards">{opinion_cards}
          <div class="story-card story-card--sm">
            <div class="story-card__body">
              <div class="story-card__headline"><a href="{CONTRIB[2]}"><span>{esc(CONTRIB[0])}</span></a></div>
              <div class="story-card__meta"><span class="story-card__byline">{esc(CONTRIB[1])}</span></div>
            </div>
          </div>
        </div>
        <a class="opinion-box__more" href="/opinion/">오피니언 더보기</a>
      </section>

      <section class="author-popular">
        <h3 class="author-popular__title">김민수 논설위원 인기 칼럼</h3>
        <ol>{popular}</ol>
      </section>

      <section class="letters-box">
        <h3><a href="/opinion/letters/">독자의 목소리</a></h3>
        <ul>{letters}</ul>
        <a class="letters-box__write" href="/opinion/letters/write/">투고하기</a>
      </section>

      <section class="editor-pick">
        <h3>에디터 추천</h3>
        <ul>{picks}</ul>
      </section>

      <section class="newsletter-box">
        <h3>뉴스레터 &lsquo;김민수의 세상읽기&rsquo;</h3>
        <p>매주 금요일 아침, 칼럼과 못다 한 이야기를 메일로 보내드립니다.</p>
        <form action="/newsletter/subscribe/" method="post">
          <input type="hidden" name="nl" value="kimminsu">
          <input type="email" name="email" placeholder="이메일 주소" required>
          <button type="submit">구독하기</button>
        </form>
      </section>
    </aside>"""


def header() -> str:
    nav = [("정치", "/politics/"), ("경제", "/economy/"), ("사회", "/national/"),
           ("국제", "/international/"), ("오피니언", "/opinion/"), ("문화·라이프", "/culture-life/"),
           ("스포츠", "/sports/"), ("연예", "/entertainments/"), ("더보기", "/special/")]
    gnb = "".join(
        f'<li class="gnb__item{" is-active" if h == "/opinion/" else ""}"><a href="{h}">{t}</a></li>'
        for t, h in nav
    )
    sub = [("사설", "/opinion/editorials/"), ("칼럼", "/opinion/column/"),
           ("기고", "/opinion/contribution/"), ("독자 투고", "/opinion/letters/"),
           ("만평", "/opinion/cartoon/"), ("논설위원실", "/opinion/editorial-board/")]
    lnb = "".join(
        (f'<li class="is-active"><a href="{h}">{t}</a></li>' if h == "/opinion/column/" else f'<li><a href="{h}">{t}</a></li>')
        for t, h in sub
    )
    return f"""
  <header class="site-header">
    <div class="site-header__top">
      <button class="site-header__menu" type="button" aria-label="전체메뉴 열기">전체메뉴</button>
      <a class="site-header__logo" href="/"><img src="/resources/img/logo-hanbit.svg" alt="{PAPER}" width="180" height="36"></a>
      <ul class="site-header__util">
        <li><a href="/member/login/?returnUrl=%2Fopinion%2Fcolumn%2Fkimminsu%2F">로그인</a></li>
        <li><a href="/member/join/">회원가입</a></li>
        <li><a class="btn-subscribe" href="/subscribe/?source=gnb">구독신청</a></li>
        <li><a href="https://epaper.hanbit.example.kr/">지면보기</a></li>
        <li><a href="/search/" aria-label="검색"><i class="icon-search"></i></a></li>
      </ul>
    </div>
    <nav class="gnb" aria-label="주요 섹션"><ul class="gnb__list">{gnb}</ul></nav>
    <nav class="lnb" aria-label="오피니언 메뉴"><ul class="lnb__list">{lnb}</ul></nav>
  </header>"""


def author_box() -> str:
    tags = ["저출산", "연금개혁", "지방소멸", "부동산", "교육"]
    from urllib.parse import quote
    tag_links = "".join(f'<li><a href="/topics/{quote(t)}/">#{t}</a></li>' for t in tags)
    share = "{{origin}}" + PAGE
    return f"""
      <div class="author-header">
        <img class="author-header__photo" src="https://img.hanbit.example.kr/people/kimminsu.jpg" alt="김민수" width="96" height="96">
        <div class="author-header__info">
          <h1 class="author-header__name">김민수 칼럼</h1>
          <p class="author-header__role"><a href="/people/kimminsu/">김민수 논설위원</a></p>
          <p class="author-header__bio">정치부와 경제부를 거쳐 워싱턴 특파원, 사회부장을 지냈다. 인구와 복지, 지역 문제를 주로 쓴다. 매주 금요일 연재.</p>
          <a class="author-header__email" href="mailto:kimminsu@hanbit.example.kr">kimminsu@hanbit.example.kr</a>
          <button class="author-header__follow" type="button" data-author="kimminsu">구독</button>
        </div>
        <ul class="author-header__keywords" aria-label="주요 키워드">{tag_links}</ul>
        <div class="share-tools">
          <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener" aria-label="페이스북 공유">f</a>
          <a href="https://twitter.com/intent/tweet?url={share}&amp;text=%EA%B9%80%EB%AF%BC%EC%88%98%20%EC%B9%BC%EB%9F%BC" target="_blank" rel="noopener" aria-label="X 공유">X</a>
          <a href="https://story.kakao.com/share?url={share}" target="_blank" rel="noopener" aria-label="카카오스토리 공유">K</a>
          <button type="button" class="share-tools__copy" data-url="{share}?utm_source=copy&amp;utm_medium=share">링크 복사</button>
        </div>
      </div>"""


def footer() -> str:
    links = [("회사소개", "/company/"), ("고객센터", "/help/"), ("광고안내", "/company/ad/"),
             ("이용약관", "/policy/terms/"), ("개인정보처리방침", "/policy/privacy/"),
             ("청소년보호정책", "/policy/youth/"), ("저작권 정책", "/policy/copyright/"),
             ("RSS", "/rss/"), ("기사제보", "/report/")]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return f"""
  <footer class="site-footer">
    <ul class="site-footer__links">{items}</ul>
    <ul class="site-footer__sns">
      <li><a href="https://www.facebook.com/hanbitilbo" rel="noopener">페이스북</a></li>
      <li><a href="https://www.youtube.com/@hanbitilbo" rel="noopener">유튜브</a></li>
      <li><a href="https://pf.kakao.com/_hanbit" rel="noopener">카카오톡 채널</a></li>
    </ul>
    <address>서울특별시 중구 세종대로 000 {PAPER} | 등록번호 서울 가00000 | 발행·편집인 홍길동</address>
    <p class="site-footer__copy">Copyright &copy; {PAPER}. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지</p>
  </footer>"""


def page(n: int, cols: list[dict], total: int) -> str:
    canonical = "{{origin}}" + PAGE + ("" if n == 1 else f"?page={n}")
    crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "홈", "item": "{{origin}}/"},
            {"@type": "ListItem", "position": 2, "name": "오피니언", "item": "{{origin}}/opinion/"},
            {"@type": "ListItem", "position": 3, "name": "칼럼", "item": "{{origin}}/opinion/column/"},
            {"@type": "ListItem", "position": 4, "name": "김민수 칼럼", "item": "{{origin}}" + PAGE},
        ],
    }
    org = {
        "@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": PAPER,
        "url": "{{origin}}/", "logo": {"@type": "ImageObject", "url": "{{origin}}/resources/img/logo-hanbit.png"},
        "sameAs": ["https://www.facebook.com/hanbitilbo", "https://www.youtube.com/@hanbitilbo"],
    }
    body = []
    for i, col in enumerate(cols):
        body.append(card(col, i, lead=(n == 1 and i == 0)))
        if i == 3:
            body.append(native_ad())
        if i == 5:
            body.append(inline_rail())
    prev_next = ""
    if n > 1:
        prev_next += f'\n<link rel="prev" href="{{{{origin}}}}{PAGE}{"" if n == 2 else f"?page={n - 1}"}">'
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>김민수 칼럼{'' if n == 1 else f' - {n}페이지'} | {PAPER}</title>
<meta name="description" content="김민수 논설위원의 칼럼 모음. 인구, 복지, 지역, 정치 현안을 짚습니다.">
<link rel="canonical" href="{canonical}">{prev_next}
<meta property="og:type" content="website">
<meta property="og:site_name" content="{PAPER}">
<meta property="og:title" content="김민수 칼럼">
<meta property="og:url" content="{canonical}">
<meta property="og:image" content="https://img.hanbit.example.kr/people/kimminsu-og.jpg">
<link rel="alternate" type="application/rss+xml" title="{PAPER} 전체기사" href="{{{{origin}}}}/rss/allArticle.xml">
<link rel="icon" href="/resources/img/favicon.ico">
<link rel="stylesheet" href="/pf/resources/css/main.3f9a1c.css?d=412">
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(org, ensure_ascii=False)}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"author","section":"opinion","author":"kimminsu","page":{n}}});</script>
</head>
<body class="page-author">
<div id="fusion-app" class="layout">
  <a class="skip-link" href="#main-content">본문 바로가기</a>
{header()}
  <div class="ad-slot ad-slot--top" id="div-gpt-ad-1704412800-1"><span class="ad-slot__label">광고</span></div>
  <div class="layout__container">
    <main id="main-content" class="layout__main">
      <nav class="breadcrumb" aria-label="현재 위치">
        <ol>
          <li><a href="/">홈</a></li>
          <li><a href="/opinion/">오피니언</a></li>
          <li><a href="/opinion/column/">칼럼</a></li>
          <li aria-current="page">김민수 칼럼</li>
        </ol>
      </nav>
{author_box()}
      <div class="story-list" id="story-list">
        <h2 class="story-list__title">칼럼 목록 <span class="story-list__count">총 {sum(PER_PAGE) + 112}건</span></h2>{''.join(body)}
      </div>
      {pager(n, total)}
    </main>
{aside()}
  </div>
{footer()}
</div>
</body>
</html>
"""


def feed() -> str:
    items = []
    news = MOST_READ[:6] + INLINE_NEWS[:2]
    entries = [(t, p, "한빛일보", dt.date(2024, 1, 5)) for t, p in news]
    entries.insert(2, (COLUMNS[0]["title"], COLUMNS[0]["path"], "김민수 논설위원", COLUMNS[0]["day"]))
    entries.insert(5, (EDITORIALS[0][0], EDITORIALS[0][1], "한빛일보", dt.date(2024, 1, 5)))
    entries.insert(7, (OTHERS[0][3], OTHERS[0][4], "이지영 문화부장", dt.date(2024, 1, 4)))
    for k, (t, p, who, day) in enumerate(entries):
        stamp = dt.datetime(day.year, day.month, day.day, 9, 0) - dt.timedelta(minutes=17 * k)
        items.append(f"""    <item>
      <title><![CDATA[{t}]]></title>
      <link>{{{{origin}}}}{p}</link>
      <guid isPermaLink="true">{{{{origin}}}}{p}</guid>
      <dc:creator><![CDATA[{who}]]></dc:creator>
      <pubDate>{stamp:%a, %d %b %Y %H:%M:%S} +0900</pubDate>
    </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{PAPER} 전체기사</title>
    <link>{{{{origin}}}}/</link>
    <description>{PAPER}의 최신 기사</description>
    <language>ko</language>
{chr(10).join(items)}
  </channel>
</rss>
"""


def main() -> None:
    folder = OUT / PAGE.strip("/")
    folder.mkdir(parents=True, exist_ok=True)
    (OUT / "rss").mkdir(parents=True, exist_ok=True)
    start = 0
    total = len(PER_PAGE)
    for n, count in enumerate(PER_PAGE, 1):
        cols = COLUMNS[start:start + count]
        start += count
        name = "index.html" if n == 1 else f"index@page={n}.html"
        (folder / name).write_text(page(n, cols, total), encoding="utf-8")
    (OUT / "rss" / "allArticle.xml").write_text(feed(), encoding="utf-8")
    truth = {
        "template": NAME,
        "description": (
            "A Korean national daily on an Arc-XP-like CMS (Chosun-style): Hangul headlines, BEM "
            "story-cards, a numbered ?page=N pager with a '다음' link. Hard: the other columnists' "
            "columns (same story-card component), editorials, letters and the most-read news all "
            "share the /section/YYYY/MM/DD/ID/ shape, and a native ad sits among the cards."
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
