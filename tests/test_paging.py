"""The next page of a listing, in every common kind of pager."""

from __future__ import annotations

import pytest

from byline.discover import Scope
from byline.listing import read_page
from byline.paging import page_number, same_listing
from byline.settings import Source

SITE = "https://paper.example"


def next_of(html: str, path: str) -> str | None:
    src = Source(name="p", pages=(SITE + path,))
    found = read_page(f"<html><body>{html}</body></html>", SITE + path, src, Scope(src)).next_page
    return found.removeprefix(SITE) if found else None


NAV = '<header><nav><a href="/">Home</a><a href="/mehr/">More</a><a href="/more/">Mehr</a></nav></header>'


@pytest.mark.parametrize(
    ("html", "path", "expected"),
    [
        # rel=next, as a <link> in the head and as an anchor
        ('<link rel="next" href="/column/jo?page=2">', "/column/jo", "/column/jo?page=2"),
        ('<a rel="next" href="/blog/page/3/">›</a>', "/blog/page/2/", "/blog/page/3/"),
        # words, in several languages
        ('<a href="/c/maya/page/2/">← Older posts</a>', "/c/maya/", "/c/maya/page/2/"),
        ('<a href="2/">Suivant »</a>', "/idees/claire/", "/idees/claire/2/"),
        (
            '<a href="?offset=10">Weitere Artikel laden</a>',
            "/meinung/jan/",
            "/meinung/jan/?offset=10",
        ),
        (
            '<a href="index_2.html">下一页</a>',
            "/opinion/opedblog/",
            "/opinion/opedblog/index_2.html",
        ),
        ('<a class="button" href="/archive?page=2">Show more</a>', "/archive", "/archive?page=2"),
        # an arrow labelled only by aria-label or title
        (
            '<a class="pagination__arrow" aria-label="Next page" href="?page=2"><svg></svg></a>',
            "/comment/opinion",
            "/comment/opinion?page=2",
        ),
        (
            '<a title="Pagina successiva" href="?page=3">›</a>',
            "/firme/m/?page=2",
            "/firme/m/?page=3",
        ),
        # a numbered pager: the current page marked, or plain text among the links
        (
            '<nav><a href="?page=1">1</a><a aria-current="page" href="?page=2">2</a>'
            '<a href="?page=3">3</a></nav>',
            "/profile/t?page=2",
            "/profile/t?page=3",
        ),
        (
            '<div class="pages"><a href="/x/">1</a><span>2</span><a href="/x/3/">3</a>'
            '<a href="/x/4/">4</a></div>',
            "/x/2/",
            "/x/3/",
        ),
        ('<div><a href="/x/?page=2">2</a><a href="/x/?page=3">3</a></div>', "/x/", "/x/?page=2"),
        # a bare link to the same listing one step on
        ('<p><a href="/x/?page=2">See page two</a></p>', "/x/", "/x/?page=2"),
    ],
)
def test_next_page(html, path, expected):
    assert next_of(NAV + html, path) == expected


@pytest.mark.parametrize(
    ("html", "path"),
    [
        ("", "/x/"),  # the last page
        ('<span class="next disabled">Next</span>', "/x/?page=3"),
        ('<a class="next disabled" aria-disabled="true" href="/x/?page=4">Next</a>', "/x/?page=3"),
        ('<a href="/x/?page=2">« Previous</a>', "/x/?page=3"),  # backwards
        ('<a href="/x/?page=5">5</a>', "/x/"),  # not the next page: a pager's far end
    ],
)
def test_no_next_page(html, path):
    assert next_of(NAV + html, path) is None


def test_a_menu_link_saying_more_is_never_page_two():
    assert next_of(NAV + '<main><a href="/x/more-news/">More</a></main>', "/x/") is None


def test_rel_next_to_another_listing_is_not_followed():
    assert next_of('<link rel="next" href="/2024/01/05/next-article/">', "/opinion/jo/") is None


@pytest.mark.parametrize(
    ("url", "family", "number"),
    [
        ("https://a.example/x/?page=3", "https://a.example/x", 3),
        ("https://a.example/x/page/3/", "https://a.example/x", 3),
        ("https://a.example/x/3/", "https://a.example/x", 3),
        ("https://a.example/x/index_3.html", "https://a.example/x", 3),
        ("https://a.example/x?offset=20&sort=new", "https://a.example/x?sort=new", 20),
        ("https://a.example/x?before=abc123", "https://a.example/x", -1),
        ("https://a.example/x/", "https://a.example/x", 0),
    ],
)
def test_page_number(url, family, number):
    assert page_number(url) == (family, number)


def test_same_listing():
    assert same_listing("https://a.example/x/?page=2", "https://a.example/x/")
    assert not same_listing("https://a.example/y/?page=2", "https://a.example/x/")
    assert not same_listing("https://a.example/x/", "https://a.example/x/")


def test_a_page_parameter_of_any_name_when_it_alone_differs():
    """`?str=2` (Polish), named by no list: the one parameter that sets the link apart,
    a small number, under a label that says next."""
    html = '<a href="/felietony/jan/?str=2" title="Następna strona">Następna strona ›</a>'
    assert next_of(NAV + html, "/felietony/jan/") == "/felietony/jan/?str=2"
    assert not same_listing("https://a.example/x/?str=2&q=a", "https://a.example/x/?q=b")
