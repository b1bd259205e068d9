"""The listing rules, one by one, on small pages written the way publishers write them."""

from __future__ import annotations

import json

import pytest

from byline.discover import Scope
from byline.listing import decide, headline_score, read_page
from byline.settings import Source
from byline.urlshape import learn

SITE = "https://paper.example"


def source(*pages: str, **keys) -> Source:
    return Source(name="paper", pages=tuple(SITE + p for p in pages), **keys)


def taken(pages: dict[str, str], **keys) -> tuple[str, ...]:
    """The columns decided over these pages ({path: html}), as paths."""
    src = source(*pages, **keys)
    scope = Scope(src)
    read = [read_page(html, SITE + path, src, scope) for path, html in pages.items()]
    return tuple(url.removeprefix(SITE) for url in decide(read, src).articles)


def verdicts(pages: dict[str, str], **keys) -> dict[str, str]:
    src = source(*pages, **keys)
    scope = Scope(src)
    read = [read_page(html, SITE + path, src, scope) for path, html in pages.items()]
    return {v.url.removeprefix(SITE): v.reason for v in decide(read, src).verdicts}


def page(main: str, head: str = "", chrome: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Columns</title>{head}</head><body>"
        '<header class="site-header"><nav><a href="/">Home</a><a href="/news/">News</a>'
        '<a href="/opinion/">Opinion</a><a href="/more/">More</a></nav></header>'
        f"<main>{main}</main>{chrome}"
        '<footer><a href="/about/">About us</a><a href="/privacy/">Privacy</a></footer>'
        "</body></html>"
    )


def wordpress_card(path: str, title: str) -> str:
    return (
        '<article class="post type-post status-publish hentry category-opinion">'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{path}" rel="bookmark">'
        f"{title}</a></h2>"
        '<div class="entry-meta"><a href="/author/maya/">Maya Okafor</a>'
        f' <a href="{path}#comments">4 Comments</a></div></header>'
        '<div class="entry-summary"><p>A standfirst that runs on for a sentence or two.</p>'
        f'<a href="{path}" class="more-link">Continue reading</a></div>'
        '<footer class="entry-footer"><a href="/tag/cities/" rel="tag">Cities</a></footer>'
        "</article>"
    )


TITLES = [
    "Our buses are a lifeline, not a line item",
    "The quiet cost of cheap flights",
    "Why the library is the last free room in town",
    "Rent caps and the empty flat upstairs",
    "What the flood taught the planners",
    "A modest proposal for the school run",
]


def test_wordpress_cards_with_their_own_header_are_the_listing():
    """A card's own <header> holds its title link: it is not page chrome."""
    cards = "".join(
        wordpress_card(f"/columnists/2024/01/0{n}/{t.lower().replace(' ', '-')[:30]}/", t)
        for n, t in enumerate(TITLES[:4], start=1)
    )
    found = taken({"/columnists/maya-okafor/": page(cards)})
    assert found == tuple(
        f"/columnists/2024/01/0{n}/{t.lower().replace(' ', '-')[:30]}/"
        for n, t in enumerate(TITLES[:4], start=1)
    )


def test_author_tag_and_comment_links_of_a_card_are_not_columns():
    cards = "".join(wordpress_card(f"/c/2024/01/0{n}/col-{n}/", TITLES[n]) for n in range(1, 4))
    why = verdicts({"/columnists/maya-okafor/": page(cards)})
    assert why["/author/maya/"] == "an author, tag or comments link of a listed item"
    assert why["/tag/cities/"] == "an author, tag or comments link of a listed item"
    assert why["/c/2024/01/01/col-1/"] == "in listing block 1"
    assert why["/more/"] == "in the site's nav"


@pytest.mark.parametrize(
    "paths",
    [
        # opaque ids, no slug
        [
            "/news/articles/c0jq7w2x1ewo",
            "/news/articles/cz4l1w9k2ppo",
            "/news/articles/c7e8r1x0vnmo",
        ],
        # under a columnists segment
        [
            "/comment/columnists/article/our-buses-abc12xyz9",
            "/comment/columnists/article/cheap-flights-q8w7e6r5t",
            "/comment/columnists/article/the-library-z1x2c3v4b",
        ],
        # one or two word slugs
        ["/p/on-trust", "/p/housing", "/p/heat"],
        # unusual suffixes
        [
            "/meinung/article67000001.ece",
            "/meinung/article67000002.ece",
            "/meinung/article67000003.ece",
        ],
    ],
)
def test_a_link_in_the_listing_is_a_column_whatever_its_url(paths):
    items = "".join(
        f'<li class="story"><a href="{p}"><h3>{t}</h3></a><time>5 Jan 2024</time></li>'
        for p, t in zip(paths, TITLES, strict=False)
    )
    assert taken({"/opinion/jane-doe/": page(f'<ul class="stories">{items}</ul>')}) == tuple(paths)


def rail(paths: list[str], cls: str = "x9f2k") -> str:
    return (
        f'<div class="{cls}">'
        + "".join(
            f'<div class="{cls}-i"><a href="{p}">{t}</a></div>'
            for p, t in zip(paths, TITLES, strict=False)
        )
        + "</div>"
    )


def listing(paths: list[str]) -> str:
    return (
        '<ol class="css-1l4spti">'
        + "".join(
            f'<li class="css-ye6x8s"><article><a href="{p}"><h3>{t}</h3></a>'
            "<p>A standfirst long enough to read as one, with words in it.</p></article></li>"
            for p, t in zip(paths, TITLES[::-1], strict=False)
        )
        + "</ol>"
    )


def test_a_rail_that_is_the_same_on_two_pages_is_chrome_whatever_its_classes():
    """The 'most read' rail is inside <main>, its class is a hash, its URLs are shaped like
    the columns': only repeating on page 2 gives it away."""
    most_read = rail([f"/2024/01/05/opinion/other-{n}.html" for n in range(5)])
    one = [f"/2024/01/0{n}/opinion/mine-{n}.html" for n in range(1, 5)]
    two = [f"/2023/12/1{n}/opinion/mine-{n}.html" for n in range(1, 5)]
    pages = {
        "/column/jane-doe": page(listing(one) + most_read),
        "/column/jane-doe?page=2": page(listing(two) + most_read),
    }
    assert set(taken(pages)) == set(one) | set(two)
    why = verdicts(pages)
    assert why["/2024/01/05/opinion/other-0.html"] == (
        "page chrome: the same links on other listing pages"
    )


def test_two_columnists_pages_of_one_site_tell_their_chrome_apart():
    others = rail(
        [
            "/opinion/columnists/article/1/other-a",
            "/opinion/columnists/article/2/other-b",
            "/opinion/columnists/article/3/other-c",
        ]
    )
    a = [f"/opinion/columnists/article/10{n}/anna-{n}" for n in range(4)]
    b = [f"/opinion/columnists/article/20{n}/ben-{n}" for n in range(4)]
    pages = {
        "/columnists/anna/": page(listing(a) + others),
        "/columnists/ben/": page(listing(b) + others),
    }
    assert set(taken(pages)) == set(a) | set(b)


def test_a_pager_that_serves_page_one_again_is_not_taken_for_chrome():
    one = [f"/opinions/2024/01/0{n}/mine-{n}/" for n in range(1, 5)]
    same = page(listing(one))
    assert set(taken({"/people/dana/": same, "/people/dana/?page=2": same})) == set(one)


def test_on_one_page_the_listing_under_the_pages_own_path_beats_a_news_rail():
    news = listing([f"/news/2024/01/05/story-number-{n}/" for n in range(4)])
    mine = listing([f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 5)])
    found = taken(
        {"/opinion/jane-doe/": page(f"<section>{news}</section><section>{mine}</section>")}
    )
    assert found == tuple(f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 5))


def test_sponsored_cards_in_the_grid_are_left_out():
    cards = "".join(
        f'<div class="card"><a href="/views/2024/01/0{n}/col-{n}/"><h3>{TITLES[n]}</h3></a></div>'
        for n in range(1, 5)
    )
    sponsored = (
        '<div class="card"><span class="label">Sponsored</span>'
        '<a href="/views/2024/01/03/why-our-bank-cares-about-you/"><h3>Why our bank cares'
        " about you and your money</h3></a></div>"
    )
    why = verdicts({"/views/jane/": page(f'<div class="grid">{cards}{sponsored}</div>')})
    assert why["/views/2024/01/03/why-our-bank-cares-about-you/"] == "sponsored"
    assert why["/views/2024/01/01/col-1/"] == "in listing block 1"


def test_a_lead_column_styled_apart_is_taken_by_its_url_shape():
    lead = (
        '<div class="hero"><a href="/idees/article/2024/01/06/the-lead_6209999_3232.html">'
        '<h1 class="hero__title">The lead column is styled apart from the rest</h1></a></div>'
    )
    rest = [f"/idees/article/2024/01/0{n}/col-{n}_620990{n}_3232.html" for n in range(1, 5)]
    found = taken({"/idees/claire/": page(lead + listing(rest))})
    assert found[0] == "/idees/article/2024/01/06/the-lead_6209999_3232.html" or (
        "/idees/article/2024/01/06/the-lead_6209999_3232.html" in found
    )
    assert set(rest) < set(found)


def test_an_inline_read_also_teaser_is_not_of_the_listing():
    rest = [f"/idees/article/2024/01/0{n}/col-{n}_620990{n}_3232.html" for n in range(1, 5)]
    teaser = (
        '<p class="article__lire"><span>Lire aussi</span> <a href="/idees/article/2024/01/02/'
        'une-tribune_6209800_3232.html">Une tribune sur un autre sujet encore</a></p>'
    )
    why = verdicts({"/idees/claire/": page(listing(rest) + teaser)})
    assert not why["/idees/article/2024/01/02/une-tribune_6209800_3232.html"].startswith("in ")


def test_a_schema_org_item_list_is_taken():
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "url": SITE + "/a/loaded-by-script-1"},
            {"@type": "ListItem", "position": 2, "item": {"@id": SITE + "/a/loaded-by-script-2"}},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    why = verdicts({"/opinion/x/": page("<div id='app'></div>", head=head)})
    assert why["/a/loaded-by-script-1"] == "in the page's ItemList"
    assert why["/a/loaded-by-script-2"] == "in the page's ItemList"


def test_advertised_feeds_own_and_site_wide():
    head = (
        '<link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml">'
        '<link rel="alternate" type="application/rss+xml" title="Jane Doe" '
        'href="/profile/jane-doe/rss">'
        '<link rel="alternate" type="application/atom+xml" href="/feeds/opinion/atom.xml">'
        '<link rel="alternate" type="application/rss+xml" href="https://elsewhere.example/r">'
    )
    src = source("/profile/jane-doe")
    read = read_page(page("", head=head), SITE + "/profile/jane-doe", src, Scope(src))
    assert read.feeds == (SITE + "/profile/jane-doe/rss",)
    assert read.other_feeds == (SITE + "/rss.xml", SITE + "/feeds/opinion/atom.xml")


def test_a_page_that_is_an_article_says_so():
    head = '<meta property="og:type" content="article">'
    src = source("/opinion/2024/01/05/a-column/")
    read = read_page(
        page("<p>text</p>", head=head), SITE + "/opinion/2024/01/05/a-column/", src, Scope(src)
    )
    assert read.article == "og:type is article"


def test_link_selector_wins_and_match_filters():
    items = listing(["/opinion/a-b-c", "/news/d-e-f", "/opinion/g-h-i"])
    assert taken({"/opinion/": page(items)}, link_selector="li a") == (
        "/opinion/a-b-c",
        "/news/d-e-f",
        "/opinion/g-h-i",
    )
    assert taken({"/opinion/": page(items)}, match="/opinion/") == (
        "/opinion/a-b-c",
        "/opinion/g-h-i",
    )


def test_learned_templates_pick_the_listing_when_the_page_alone_cannot():
    """Two blocks alike in every way but their links; the source's archived columns were
    all /views/{slug}-{id}: that block is the listing."""
    a = listing([f"/views/column-words-{n}-a1b2c{n}" for n in range(4)])
    b = listing([f"/stories/story-words-{n}-a1b2c{n}" for n in range(4)])
    src = source("/people/jo/")
    read = read_page(
        page(f"<section>{b}</section><section>{a}</section>"), SITE + "/people/jo/", src, Scope(src)
    )
    learned = learn([SITE + f"/views/old-one-{n}-f0f0f{n}" for n in range(5)], min_examples=3)
    found = decide([read], src, learned).articles
    assert all("/views/" in url for url in found) and len(found) == 4


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Read more", 0.0, 0.0),
        ("12 comments", 0.0, 0.0),
        ("»", 0.0, 0.0),
        ("Opinion", 0.1, 0.1),
        ("Jane Doe", 0.3, 0.4),
        ("The quiet cost of cheap flights", 1.0, 1.0),
        ("城市的公共空间正在消失", 1.0, 1.0),
    ],
)
def test_headline_score(text, low, high):
    assert low <= headline_score(text) <= high


def test_comments_anywhere_in_the_page_are_harmless():
    items = listing([f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 4)])
    html = "<!-- before everything --><!doctype html>" + page(
        "<!-- a comment in main --><div><!-- first child -->" + items + "</div>"
    ).replace('<li class="css-ye6x8s">', '<li class="css-ye6x8s"><!-- an item\'s first child -->')
    assert taken({"/opinion/jane/": html}) == tuple(
        f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 4)
    )


def test_control_characters_and_broken_links_are_harmless():
    items = listing([f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 4)])
    broken = (
        "<a href='http://[::1/x'>an IPv6 literal left open</a>"
        "<a href='http://127.0.0.1:99999/x'>a port out of range</a><a href='//'>no host</a>"
    )
    html = page("\x00\x01" + items + broken + "\x1f")
    assert taken({"/opinion/jane/": html}) == tuple(
        f"/opinion/2024/01/0{n}/column-number-{n}/" for n in range(1, 4)
    )


def test_a_list_of_short_link_texts_is_a_listing_when_its_urls_read_as_articles():
    """ "Column 12" or a date is no headline, but a list of them to article-shaped URLs
    is the listing; a menu of short texts to sections is not."""
    items = "".join(
        f'<li><a href="/opinion/2025/06/0{n}/the-words-of-column-{n}/">Column {n}</a></li>'
        for n in range(1, 6)
    )
    menu = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in ("world", "sport", "arts"))
    found = taken({"/opinion/columnists/": page(f"<ul>{menu}</ul><ul>{items}</ul>")})
    assert found == tuple(f"/opinion/2025/06/0{n}/the-words-of-column-{n}/" for n in range(1, 6))


def test_a_block_by_several_other_writers_beside_one_writers_listing_is_theirs():
    """One page only: the rail has the listing's URL shape, its markup and no heading that
    says so; its items' bylines name three other writers."""
    mine = "".join(
        f'<article class="gc"><h3><a href="/opinions/2024/1/{n}/mine-words-{n}">{TITLES[n]}</a>'
        "</h3></article>"
        for n in range(1, 5)
    )
    theirs = "".join(
        f'<article class="gc"><h3><a href="/opinions/2024/1/{n}/other-words-{n}">{TITLES[n]}</a>'
        f'</h3><a href="/author/writer-{n}">Writer {n}</a></article>'
        for n in range(1, 4)
    )
    html = page(f'<section class="list">{mine}</section><section class="more">{theirs}</section>')
    found = taken({"/author/omar": html})
    assert found == tuple(f"/opinions/2024/1/{n}/mine-words-{n}" for n in range(1, 5))


def test_a_link_in_the_prose_of_a_post_is_not_a_column():
    posts = "".join(
        f'<li><a href="/2024/01/post-words-{n}.html">{TITLES[n]}</a></li>' for n in range(1, 4)
    )
    intro = (
        "<div class='intro'><p>Welcome to the blog. If you are new here, start with "
        "<a href='/2019/10/an-old-post-of-mine.html'>an old post of mine about it</a>, which "
        "says why I write.</p></div>"
    )
    why = verdicts({"/": page(f"{intro}<ul>{posts}</ul>")})
    assert why["/2024/01/post-words-1.html"] == "in listing block 1"
    assert why["/2019/10/an-old-post-of-mine.html"] == "outside the listing (label prose)"


def test_a_related_list_under_every_post_does_not_outweigh_the_posts():
    """Seven posts, each with three related posts under it: 21 related links in seven
    small lists, against one list of seven."""
    posts = "".join(
        f'<div class="post"><h3><a href="/2024/01/post-{n}.html">{TITLES[n % 6]} {n}</a></h3>'
        "<p>Some words of the post itself.</p><ul class='rel'>"
        + "".join(
            f'<li><a href="/2019/0{k}/older-post-{k}.html">An older post, number {k}</a></li>'
            for k in range(1, 4)
        )
        + "</ul></div>"
        for n in range(1, 8)
    )
    found = taken({"/": page(f'<div class="posts">{posts}</div>')})
    assert found == tuple(f"/2024/01/post-{n}.html" for n in range(1, 8))


def test_a_lead_column_in_the_layout_column_that_holds_the_list_is_taken():
    """The lead card and the list sit in one column of the layout, which repeats among
    the page's other columns (a breadcrumb, a profile): the lead is a lone link."""
    rest = "".join(
        f'<article class="c"><h2><a href="/opinioni/24_gennaio_0{n}/col-{n}-8f3a2c1e.shtml">'
        f"{TITLES[n]}</a></h2></article>"
        for n in range(1, 6)
    )
    layout = (
        '<div class="crumbs"><a href="/">Home</a><a href="/opinioni/">Opinioni</a></div>'
        '<div class="hero"><a href="/opinioni/firme/marco/">Marco</a><a href="/rss/">RSS</a></div>'
        '<div class="layout"><article class="lead"><h1><a href="/opinioni/24_gennaio_06/'
        'the-lead-9f3a2c1e.shtml">The lead column of the day is styled apart</a></h1></article>'
        f'<div class="list">{rest}</div></div>'
    )
    found = taken({"/opinioni/firme/marco/": page(layout)})
    assert "/opinioni/24_gennaio_06/the-lead-9f3a2c1e.shtml" in found
    assert len(found) == 6


def test_a_parameter_repeated_across_articles_identifies_nothing():
    items = "".join(
        f'<li><a href="/opinion/article/{n}/col-words-{n}?module=listing&pgtype=section">'
        f"{TITLES[n]}</a></li>"
        for n in range(1, 4)
    )
    items += '<li><a href="/opinion/article/9/col-words-9?id=9">The ninth column is here</a></li>'
    found = taken({"/comment/opinion": page(f"<ul>{items}</ul>")})
    assert found == (
        "/opinion/article/1/col-words-1",
        "/opinion/article/2/col-words-2",
        "/opinion/article/3/col-words-3",
        "/opinion/article/9/col-words-9?id=9",
    )


def test_columns_told_apart_by_their_query_keep_it_and_print_links_are_not_them():
    """An old CMS: `column.asp?id=N` names the column (one path, many values of `id`);
    `&print=1` and `comments.asp?id=N` are services of the same column."""
    rows = "".join(
        f'<tr><td><b><a href="column.asp?id=45{n}">Dog Days {n}</a></b><br>Jan {n}, 2024'
        f' <a href="column.asp?id=45{n}&print=1">Print this page</a>'
        f' <a href="comments.asp?id=45{n}">3 comments</a></td></tr>'
        for n in range(10, 15)
    )
    found = taken({"/opinion/columns.asp?author=14": page(f"<table>{rows}</table>")})
    assert found == tuple(f"/opinion/column.asp?id=45{n}" for n in range(10, 15))


def test_a_rail_whose_bylines_are_pages_like_this_one_is_other_writers():
    """Her page is /news/laura-tingle/8342172; the rail's items link /news/<name>/<id>."""
    mine = "".join(
        f'<div class="c"><a href="/news/2024-01-0{n}/mine-words-{n}/10328{n}"><span>{TITLES[n]}'
        "</span></a></div>"
        for n in range(1, 5)
    )
    theirs = "".join(
        f'<div class="c"><a href="/news/2024-01-0{n}/other-words-{n}/10327{n}"><span>{TITLES[n]}'
        f'</span></a><a href="/news/writer-{n}/84526{n}">Writer Number {n}</a></div>'
        for n in range(1, 4)
    )
    html = page(f'<section class="a">{mine}</section><section class="b">{theirs}</section>')
    found = taken({"/news/laura-tingle/8342172": html})
    assert found == tuple(f"/news/2024-01-0{n}/mine-words-{n}/10328{n}" for n in range(1, 5))


def test_a_list_inside_a_form_is_still_a_listing_and_pager_links_are_not_columns():
    """Joomla wraps its list of articles in a <form>, ASP.NET the whole page; the pager
    links back to page 1 by `limitstart=0`."""
    rows = "".join(
        f'<tr><td><a href="/index.php?view=article&amp;id={n}:col-{n}&amp;catid=9">'
        f"{TITLES[n]}</a></td></tr>"
        for n in range(1, 5)
    )
    pager = (  # the pager is the table's last row, among the articles
        '<tr><td><a href="/index.php?view=category&amp;id=9&amp;limitstart=0">Start</a>'
        '<a href="/index.php?view=category&amp;id=9&amp;limitstart=20">3</a></td></tr>'
    )
    listing_page = page(f"<form><table>{rows}{pager}</table></form>")
    found = taken({"/index.php?view=category&id=9": listing_page})
    assert found == tuple(f"/index.php?catid=9&id={n}%3Acol-{n}&view=article" for n in range(1, 5))


def test_a_comment_link_or_a_byline_is_never_a_cards_headline():
    cards = "".join(
        f'<div class="row"><span><a href="/node/482{n}">Snow days</a></span>'
        f'<a href="/people/maria/">Maria Santos Columnist</a>'
        f'<a href="/comments/new/482{n}">Add new comment</a></div>'
        for n in range(10, 14)
    )
    found = taken({"/opinion/columnists/maria": page(f"<div class='view'>{cards}</div>")})
    assert found == tuple(f"/node/482{n}" for n in range(10, 14))


def test_a_lead_column_above_the_listing_among_other_parts_of_a_view():
    rows = "".join(
        f'<div class="views-row"><a href="/node/48{n}">{TITLES[n]}</a><p>A teaser of words.</p>'
        "</div>"
        for n in range(1, 6)
    )
    view = (
        '<div class="view"><div class="attachment"><h2><a href="/node/4899">The lead column of'
        ' this week, set apart</a></h2></div><div class="view-header"><a href="/opinion/">All'
        f' opinion</a><a href="/rss.xml">Feed</a></div><div class="view-content">{rows}</div>'
        '<div class="view-footer"><a href="/news/2024/01/05/a-story-of-the-news-desk">A story'
        " from the news desk below</a></div></div>"
    )
    found = taken({"/opinion/columnists/maria": page(view)})
    assert "/node/4899" in found
    assert "/news/2024/01/05/a-story-of-the-news-desk" not in found


def test_a_kicker_in_a_heading_is_a_topic_link_and_a_combined_label_says_sponsored():
    items = "".join(
        f'<li><div class="w"><div><h3><a href="/topicos/juros/">Juros</a></h3></div>'
        f'<div><a href="/colunas/ana/2024/01/col-{n}.shtml"><h2>{TITLES[n]}</h2></a></div>'
        "</div></li>"
        for n in range(1, 5)
    )
    ad = (
        '<li><div class="w"><div><span>Contenu partenaire · Publicité</span></div><div><a href='
        '"/colunas/ana/2024/01/col-9.shtml"><h2>A partner wrote this one for money</h2></a>'
        "</div></div></li>"
    )
    found = taken({"/colunas/ana/": page(f"<ol>{items}{ad}</ol>")})
    assert found == tuple(f"/colunas/ana/2024/01/col-{n}.shtml" for n in range(1, 5))


def test_a_class_that_says_side_by_side_is_not_a_sidebar():
    cards = "".join(
        f'<div class="summary-item summary-item--layout-side-by-side"><a href="/story/s-{n}-w/">'
        f"<h3>{TITLES[n]}</h3></a></div>"
        for n in range(1, 5)
    )
    assert taken({"/author/lily/": page(f"<section>{cards}</section>")}) == tuple(
        f"/story/s-{n}-w/" for n in range(1, 5)
    )


def test_a_lead_at_the_root_of_a_site_of_root_slugs_with_ids_is_taken():
    rest = listing([f"/the-words-of-story-{n}-{n}33ff287f80c" for n in range(1, 5)])
    lead = '<div class="hero"><a href="/a-lead-story-here-999ff287f80c"><h1>The lead story of the day set apart</h1></a></div>'
    found = taken({"/tagged/opinion": page(lead + rest)})
    assert "/a-lead-story-here-999ff287f80c" in found and len(found) == 5
