"""URL templates learned from examples, the tracking parameters taken off URLs, and the
author check of `author = "..."`."""

from __future__ import annotations

import pytest

from byline.extract import same_author
from byline.urls import normalize
from byline.urlshape import Template, learn, segment_kind

SITE = "https://paper.example"


@pytest.mark.parametrize(
    ("segment", "kind"),
    [
        ("2024", "num"),
        ("jan", "month"),
        ("c0jq7w2x1ewo", "id"),
        ("article67000000.ece", "id"),
        ("some-words-of-it", "slug"),
        ("titre_6209876_3232.html", "slug"),
        ("housing", "word"),
        ("788836.html", "num"),
    ],
)
def test_segment_kind(segment, kind):
    assert segment_kind(segment) == kind


def test_learn_keeps_what_every_example_shares():
    urls = [
        SITE + "/commentisfree/2024/jan/05/first-column",
        SITE + "/commentisfree/2023/dec/29/another-one-here",
        SITE + "/commentisfree/2023/nov/02/wolves",
    ]
    (template,) = learn(urls)
    assert str(template) == "/commentisfree/{num}/{month}/{num}/{slug|word}"
    assert template.matches(SITE + "/commentisfree/2022/feb/01/yet-another")
    assert template.matches("https://www.paper.example/commentisfree/2022/feb/01/x")
    assert not template.matches(SITE + "/world/2022/feb/01/yet-another")
    assert not template.matches("https://other.example/commentisfree/2022/feb/01/yet-another")


def test_learn_one_template_per_path_length_and_a_suffix_kept():
    urls = [SITE + f"/meinung/article6701{n}/kolumne-titel-{n}.ece" for n in range(3)]
    urls += [SITE + "/meinung/article67019999.ece"]
    first, second = learn(urls)
    assert (str(first), first.examples) == ("/meinung/{id}/{slug}.ece", 3)
    assert (str(second), second.examples) == ("/meinung/{id}.ece", 1)
    assert not first.matches(SITE + "/meinung/article1/kolumne-titel.html")
    assert learn(urls, min_examples=2) == [first]


def test_a_lone_example_keeps_only_its_plain_words():
    (template,) = learn([SITE + "/p/on-trust"])
    assert template == Template("paper.example", ("p", "{slug}"), 1)
    assert template.matches(SITE + "/p/the-long-goodbye")
    assert not template.matches(SITE + "/s/the-long-goodbye")
    # A one-word segment fits only where the examples had one too.
    assert not template.matches(SITE + "/p/housing")
    (both,) = learn([SITE + "/p/on-trust", SITE + "/p/housing"])
    assert both.matches(SITE + "/p/heat") and both.matches(SITE + "/p/a-b-c")


@pytest.mark.parametrize(
    "param",
    [
        "utm_source=x",
        "source=home",
        "itid=hp_opinion",
        "ref=nav",
        "gift=abc",
        "shareToken=xyz",
        "cmp=share_btn",
        "ito=123",
        "fbclid=1",
        "gclid=2",
        "smid=tw-share",
        "unlocked_article_code=AA",
        "at_medium=custom7",
        "r=abc12",
    ],
)
def test_tracking_parameters_go(param):
    assert normalize(f"{SITE}/a/b-c/?{param}&id=7#comments") == f"{SITE}/a/b-c/?id=7"


def test_extra_parameters_and_prefixes_go_too():
    url = f"{SITE}/a/?visit=9&trk_x=1&trk_y=2&page=2"
    assert normalize(url, ["VISIT", "trk_*"]) == f"{SITE}/a/?page=2"
    assert normalize(url) == f"{SITE}/a/?page=2&trk_x=1&trk_y=2&visit=9"


def test_a_path_keeps_its_at_sign_and_semicolon():
    assert normalize("https://medium.example/@jo.doe/a-post-1a2b?source=home") == (
        "https://medium.example/@jo.doe/a-post-1a2b"
    )


@pytest.mark.parametrize(
    ("columnist", "author", "same"),
    [
        ("Jane Doe", "Jane Doe", True),
        ("Jane Doe", "By JANE DOE, Columnist", True),
        ("Jane Doe", "Jane Doe and John Smith", True),
        ("Lucía Méndez", "Lucia Mendez", True),
        ("Jane Doe", "J. Doe", True),
        ("Jane Doe", "John Smith", False),
        ("Jane Doe", "Jane Smith", False),
        ("Jane Doe", "", True),  # nothing to compare with
    ],
)
def test_same_author(columnist, author, same):
    assert same_author(columnist, author) is same
