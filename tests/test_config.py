"""Configuration: loading, validation messages, and how the CLI picks and reports the file.

Every error must be one line of the form ``<file>:<line>: <dotted.key>: <problem>``, with
``<line>`` the line of the offending key in the TOML text, and the CLI must exit with status 2.
Expected line numbers are computed from the text each test writes, never hard-coded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import byline, byline_process

from byline import config
from byline.errors import ConfigError
from byline.settings import FetchSettings, Settings, Source

# --------------------------------------------------------------------------- helpers


def write(folder: Path, text: str, name: str = "config.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, start: str, occurrence: int = 1, after: int = 0) -> int:
    """1-based number of the `occurrence`-th line past line `after` that starts with `start`."""
    hits = [
        n
        for n, line in enumerate(text.splitlines(), 1)
        if n > after and line.lstrip().startswith(start)
    ]
    assert len(hits) >= occurrence, f"{start!r} not found {occurrence} time(s) in:\n{text}"
    return hits[occurrence - 1]


def load_error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        config.load(path)
    return str(info.value)


def assert_one_line(message: str) -> None:
    assert message, "empty message"
    assert "\n" not in message and "\r" not in message, f"not one line: {message!r}"
    assert "Traceback" not in message


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test depends on the developer's $BYLINE_CONFIG."""
    monkeypatch.delenv(config.ENV_CONFIG, raising=False)
    monkeypatch.delenv("BYLINE_DEBUG", raising=False)


def good_config(folder: Path, archive: Path, names: tuple[str, ...] = ("alpha",)) -> Path:
    """A valid config whose archive is `archive` (absolute), so nothing touches the repo."""
    blocks = "".join(
        f'\n[[sources]]\nname = "{name}"\npages = ["https://{name}.example.org/opinion/"]\n'
        for name in names
    )
    return write(folder, f'[archive]\nroot = "{archive.as_posix()}"\n{blocks}', "good.toml")


# --------------------------------------------------------------------------- valid configs

FULL = """\
[archive]
root = "store/columns"      # relative to this file's folder

[fetch]
user_agent = "byline-test/9 (+https://example.org/contact)"
per_host_delay = 0          # 0 allowed, and an integer is fine for a float
per_host_concurrency = 3
concurrency = 16
timeout = 12.5
max_bytes = 2_000_000
max_redirects = 7
allow_private_networks = true

[[sources]]
name = "china-plus"
pages = ["https://example.org/opinion/columnists/", "https://example.org/opinion/guests/"]
feeds = ["https://example.org/opinion/feed.xml"]
sitemaps = ["https://example.org/sitemap.xml.gz"]
hosts = ["Static.Example.ORG"]
every = "30m"
max_index_pages = 5
link_selector = "ul.columns a"
match = "/opinion/\\\\d{4}/"
exclude = [".columnists", ".share"]

[[sources]]
name = "le_monde.2"
feeds = ["http://lemonde.example/rss"]
cron = "*/30 6-22 * * 1-5"
timezone = "Europe/Paris"

[[sources]]
name = "plain"
sitemaps = ["https://plain.example/sitemap.txt"]
"""


def test_full_config_loads_every_value(tmp_path: Path) -> None:
    path = write(tmp_path / "conf", FULL)
    settings = config.load(path)

    assert isinstance(settings, Settings)
    assert settings.config_path == str(path)
    assert settings.fetch == FetchSettings(
        user_agent="byline-test/9 (+https://example.org/contact)",
        per_host_delay=0.0,
        per_host_concurrency=3,
        concurrency=16,
        timeout=12.5,
        max_bytes=2_000_000,
        max_redirects=7,
        allow_private_networks=True,
    )
    assert [s.name for s in settings.sources] == ["china-plus", "le_monde.2", "plain"]

    china = settings.source("china-plus")
    assert china.pages == (
        "https://example.org/opinion/columnists/",
        "https://example.org/opinion/guests/",
    )
    assert china.feeds == ("https://example.org/opinion/feed.xml",)
    assert china.sitemaps == ("https://example.org/sitemap.xml.gz",)
    assert china.hosts == ("static.example.org",)  # hosts are lower-cased
    assert china.every == "30m"
    assert china.cron is None
    assert china.max_index_pages == 5
    assert china.link_selector == "ul.columns a"
    assert china.match == r"/opinion/\d{4}/"
    assert china.exclude == (".columnists", ".share")

    monde = settings.source("le_monde.2")
    assert monde.cron == "*/30 6-22 * * 1-5"
    assert monde.timezone == "Europe/Paris"
    assert monde.every is None  # a cron schedule replaces the default interval

    assert settings.source("plain") == Source(
        name="plain", sitemaps=("https://plain.example/sitemap.txt",)
    )


def test_defaults_when_tables_and_keys_are_left_out(tmp_path: Path) -> None:
    path = write(tmp_path, '[[sources]]\nname = "solo"\npages = ["https://solo.example/"]\n')
    settings = config.load(path)

    assert settings.fetch == FetchSettings()
    assert settings.fetch.concurrency == 8
    assert settings.fetch.per_host_delay == 1.0
    assert settings.fetch.allow_private_networks is False
    (solo,) = settings.sources
    assert solo.every == "1h"
    assert solo.cron is None
    assert solo.timezone is None
    assert solo.max_index_pages == 3
    assert solo.feeds == solo.sitemaps == solo.hosts == solo.exclude == ()
    assert solo.link_selector is None
    assert solo.match is None
    assert Path(settings.archive_root) == tmp_path.resolve() / "archive"


def test_empty_file_is_a_valid_config_with_no_sources(tmp_path: Path) -> None:
    settings = config.load(write(tmp_path, ""))
    assert settings.sources == ()
    assert settings.fetch == FetchSettings()


def test_relative_root_is_relative_to_the_config_folder_not_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf_dir = tmp_path / "etc" / "byline"
    write(conf_dir, '[archive]\nroot = "data/arch"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    by_absolute_path = config.load(conf_dir / "config.toml")
    assert Path(by_absolute_path.archive_root) == conf_dir.resolve() / "data" / "arch"

    # The config path itself given relative to the cwd: the root still hangs off its folder.
    monkeypatch.chdir(tmp_path)
    by_relative_path = config.load(Path("etc/byline/config.toml"))
    assert Path(by_relative_path.archive_root).is_absolute()
    assert Path(by_relative_path.archive_root) == conf_dir.resolve() / "data" / "arch"


def test_absolute_root_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "somewhere" / "else"
    path = write(tmp_path / "conf", f'[archive]\nroot = "{target.as_posix()}"\n')
    assert Path(config.load(path).archive_root) == target


# --------------------------------------------------------------------------- which file


def test_config_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.config_path() == Path("config.toml")
    monkeypatch.setenv(config.ENV_CONFIG, str(tmp_path / "env.toml"))
    assert config.config_path() == tmp_path / "env.toml"
    assert config.config_path(tmp_path / "flag.toml") == tmp_path / "flag.toml"


def test_load_reads_env_file_then_cwd_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, '[[sources]]\nname = "from-cwd"\npages = ["https://a.example/"]\n')
    env_file = write(
        tmp_path / "env", '[[sources]]\nname = "from-env"\npages = ["https://b.example/"]\n'
    )
    monkeypatch.chdir(tmp_path)
    assert [s.name for s in config.load().sources] == ["from-cwd"]
    monkeypatch.setenv(config.ENV_CONFIG, str(env_file))
    assert [s.name for s in config.load().sources] == ["from-env"]
    assert [s.name for s in config.load(tmp_path / "config.toml").sources] == ["from-cwd"]


# --------------------------------------------------------------------------- error messages

DEFAULT_FETCH = "per_host_delay = 0.5\n"
DEFAULT_SECOND = 'feeds = ["https://news.example.net/feed.xml"]\n# every = "30m"  (commented out)\n'

TEMPLATE = """\
# byline test configuration
[archive]
root = "archive"

[fetch]
{fetch}
[[sources]]
name = "first"
pages = ["https://example.org/opinion/"]
{first}
[[sources]]
{name}{second}
{tail}"""


@dataclass(frozen=True)
class Case:
    key: str  # the dotted key the message must name
    at: str  # start of the line the message must point at
    says: tuple[str, ...]  # fragments the problem text must contain
    fetch: str = DEFAULT_FETCH
    first: str = ""
    name: str | None = "second"  # None leaves the 2nd source without a name
    second: str = DEFAULT_SECOND
    tail: str = ""
    occurrence: int = 1  # which line starting with `at` (within the key's source, if any)

    def text(self) -> str:
        name = "" if self.name is None else f'name = "{self.name}"\n'
        return TEMPLATE.format(
            fetch=self.fetch, first=self.first, name=name, second=self.second, tail=self.tail
        )

    def line(self, text: str) -> int:
        """The line the message must give: `at`, looked up inside the key's own source."""
        after = 0
        source = re.match(r"sources\[(\d+)\]\.", self.key)
        if source and not self.at.startswith("["):  # table headers count over the whole file
            after = line_of(text, "[[sources]]", int(source.group(1)) + 1)
        return line_of(text, self.at, self.occurrence, after)


def _second(extra: str) -> str:
    return DEFAULT_SECOND + extra


CASES = {
    # unknown keys
    "unknown key in [fetch]": Case(
        "fetch.retry_count",
        "retry_count =",
        ("unknown key",),
        fetch=DEFAULT_FETCH + "retry_count = 3\n",
    ),
    "unknown key in 2nd source": Case(
        "sources[1].colour", "colour =", ("unknown key",), second=_second('colour = "blue"\n')
    ),
    "unknown top-level table": Case(
        "fetcher", "[fetcher]", ("unknown key",), tail="[fetcher]\nconcurrency = 2\n"
    ),
    # wrong types
    "concurrency is a string": Case(
        "fetch.concurrency",
        "concurrency =",
        ("integer", "'eight'"),
        fetch=DEFAULT_FETCH + 'concurrency = "eight"\n',
    ),
    "pages is a string, not a list": Case(
        "sources[1].pages", "pages =", ("list", "'https://x'"), second='pages = "https://x"\n'
    ),
    "allow_private_networks is a string": Case(
        "fetch.allow_private_networks",
        "allow_private_networks =",
        ("boolean", "'yes'"),
        fetch=DEFAULT_FETCH + 'allow_private_networks = "yes"\n',
    ),
    "max_index_pages is a float": Case(
        "sources[1].max_index_pages",
        "max_index_pages =",
        ("integer", "2.5"),
        second=_second("max_index_pages = 2.5\n"),
    ),
    # bad URLs
    "ftp page": Case(
        "sources[1].pages[1]",
        "pages =",
        ("'ftp://example.org/x'", "URL"),
        second='pages = ["https://ok.example/", "ftp://example.org/x"]\n',
    ),
    "page without host": Case(
        "sources[1].pages[0]",
        "pages =",
        ("'https:///opinion/'", "URL"),
        second='pages = ["https:///opinion/"]\n',
    ),
    "page that is not a url": Case(
        "sources[1].pages[0]",
        "pages =",
        ("'not a url'", "URL"),
        second='pages = ["not a url"]\n',
    ),
    "bad url in a multi-line pages array": Case(
        "sources[1].pages[2]",
        "pages = [",
        ("'example.org/no-scheme'", "URL"),
        second='pages = [\n  "https://a.example/",\n  "https://b.example/",\n'
        '  "example.org/no-scheme",\n]\n',
    ),
    "feed without scheme": Case(
        "sources[1].feeds[0]",
        "feeds =",
        ("'news.example.net/feed.xml'", "URL"),
        second='feeds = ["news.example.net/feed.xml"]\n',
    ),
    "sitemap with ftp": Case(
        "sources[1].sitemaps[0]",
        "sitemaps =",
        ("'ftp://example.org/sitemap.xml'", "URL"),
        second=_second('sitemaps = ["ftp://example.org/sitemap.xml"]\n'),
    ),
    # schedules
    "every in words": Case(
        "sources[1].every",
        "every =",
        ("'5 minutes'", "interval"),
        second=_second('every = "5 minutes"\n'),
    ),
    "every zero": Case(
        "sources[1].every", "every =", ("'0s'", "interval"), second=_second('every = "0s"\n')
    ),
    "every unknown unit": Case(
        "sources[1].every", "every =", ("'10x'", "interval"), second=_second('every = "10x"\n')
    ),
    "every in the first source": Case(
        "sources[0].every",
        "every =",
        ("'soon'", "interval"),
        first='every = "soon"\n',
        second=_second('every = "2h"\n'),
    ),
    "every is a number": Case(
        "sources[1].every", "every =", ("string", "5"), second=_second("every = 5\n")
    ),
    "unknown timezone": Case(
        "sources[1].timezone",
        "timezone =",
        ("'Mars/Olympus_Mons'", "time zone"),
        second=_second('cron = "0 6 * * *"\ntimezone = "Mars/Olympus_Mons"\n'),
    ),
    # whole-source problems are reported on the source's [[sources]] header
    "both every and cron": Case(
        "sources[1]",
        "[[sources]]",
        ("every", "cron", "not both"),
        second=_second('every = "1h"\ncron = "0 * * * *"\n'),
        occurrence=2,
    ),
    "no pages, feeds or sitemaps": Case(
        "sources[1]",
        "[[sources]]",
        ("pages", "feeds", "sitemaps"),
        second='hosts = ["example.net"]\n',
        occurrence=2,
    ),
    # names
    "invalid source name": Case("sources[1].name", "name =", ("'My Source'",), name="My Source"),
    "missing source name": Case(
        "sources[1].name", "[[sources]]", ("required key is missing",), name=None, occurrence=2
    ),
    # ranges
    "negative per_host_delay": Case(
        "fetch.per_host_delay",
        "per_host_delay =",
        ("greater than or equal to 0", "-1"),
        fetch="per_host_delay = -1.0\n",
    ),
    "zero concurrency": Case(
        "fetch.concurrency",
        "concurrency =",
        ("greater than or equal to 1", "0"),
        fetch=DEFAULT_FETCH + "concurrency = 0\n",
    ),
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_error_names_file_line_and_key_on_one_line(tmp_path: Path, case: Case) -> None:
    text = case.text()
    path = write(tmp_path, text)
    message = load_error(path)

    assert_one_line(message)
    line = case.line(text)
    assert message.startswith(f"{path}:{line}: {case.key}: "), message
    for fragment in case.says:
        assert fragment in message, f"{fragment!r} not in {message!r}"


# Problems in values that need a parser of their own (cron, regex, CSS) or a look across
# sources (duplicate names): the message names the key itself and points at its line.
KEY_GAPS = {
    "cron with minute 61": Case(
        "sources[1].cron",
        "cron =",
        ("'61 * * * *'", "cron"),
        second=_second('cron = "61 * * * *"\n'),
    ),
    "cron with four fields": Case(
        "sources[1].cron", "cron =", ("'* * * *'", "cron"), second=_second('cron = "* * * *"\n')
    ),
    "cron with three fields": Case(
        "sources[1].cron", "cron =", ("'* * *'", "cron"), second=_second('cron = "* * *"\n')
    ),
    "bad regex in match": Case(
        "sources[1].match",
        "match =",
        ("'(unclosed'", "regular expression"),
        second=_second('match = "(unclosed"\n'),
    ),
    "bad CSS selector in exclude": Case(
        "sources[1].exclude[1]",
        "exclude =",
        ("'a['", "CSS selector"),
        second=_second('exclude = [".share", "a["]\n'),
    ),
    "bad CSS selector in link_selector": Case(
        "sources[1].link_selector",
        "link_selector =",
        ("'ul >> a'", "CSS selector"),
        second=_second('link_selector = "ul >> a"\n'),
    ),
    "duplicate source names": Case("sources[1].name", "name =", ("'first'",), name="first"),
}


@pytest.mark.parametrize("case", list(KEY_GAPS.values()), ids=list(KEY_GAPS))
def test_error_names_the_key_for_cross_field_checks(tmp_path: Path, case: Case) -> None:
    test_error_names_file_line_and_key_on_one_line(tmp_path, case)


@pytest.mark.parametrize("case_id", list(KEY_GAPS))
def test_cross_field_errors_name_file_source_and_value(tmp_path: Path, case_id: str) -> None:
    """The file, the source and the offending value, on one line."""
    case = KEY_GAPS[case_id]
    text = case.text()
    path = write(tmp_path, text)
    message = load_error(path)

    first_line = message.splitlines()[0]
    assert first_line.startswith(f"{path}:"), message
    assert first_line.startswith(f"{path}:{case.line(text)}: sources[1]"), message
    assert_one_line(message)
    for fragment in case.says:
        assert fragment in message, f"{fragment!r} not in {message!r}"


def test_bad_css_selector_message_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, Case("", "", (), second=_second('exclude = ["a["]\n')).text())
    assert_one_line(load_error(path))


def test_url_with_out_of_range_port_is_rejected(tmp_path: Path) -> None:
    case = Case(
        "sources[1].sitemaps[0]",
        "sitemaps =",
        ("99999",),
        second=_second('sitemaps = ["https://example.org:99999/s.xml"]\n'),
    )
    test_error_names_file_line_and_key_on_one_line(tmp_path, case)


def test_several_problems_report_the_first_and_count_the_rest(tmp_path: Path) -> None:
    fetch = 'per_host_delay = 0.5\nconcurrency = "eight"\ntimeout = "soon"\n'
    text = Case("", "", (), fetch=fetch).text()
    path = write(tmp_path, text)
    message = load_error(path)
    assert_one_line(message)
    assert message.startswith(f"{path}:{line_of(text, 'concurrency =')}: fetch.concurrency: ")
    assert message.endswith("(and 1 more problem)")


def test_toml_syntax_error_names_file_and_toml_line(tmp_path: Path) -> None:
    text = '[fetch]\nconcurrency = 4\n\n[[sources]]\nname = "a"\npages = ["https://a.example/"\n'
    text += "every = 1h\n"
    path = write(tmp_path, text)
    message = load_error(path)
    assert_one_line(message)
    # tomllib reports the unterminated array where it gives up: the `every` line.
    assert message.startswith(f"{path}:{line_of(text, 'every =')}: not valid TOML: "), message


def test_duplicate_key_is_a_toml_error(tmp_path: Path) -> None:
    text = "[fetch]\nconcurrency = 4\nconcurrency = 5\n"
    path = write(tmp_path, text)
    message = load_error(path)
    assert_one_line(message)
    line = line_of(text, "concurrency", 2)
    assert message.startswith(f"{path}:{line}: not valid TOML: "), message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope" / "config.toml"
    message = load_error(path)
    assert_one_line(message)
    assert message == f"{path}: no such configuration file"


def test_missing_default_file_names_config_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=r"^config\.toml: no such configuration file$"):
        config.load()


def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[fetch]\nuser_agent = "\xff\xfe"\n')
    message = load_error(path)
    assert_one_line(message)
    assert message.startswith(f"{path}: ")


# --------------------------------------------------------------------------- CLI, in process


@pytest.mark.parametrize(
    "case_id", ["unknown key in 2nd source", "every in words", "ftp page", "unknown timezone"]
)
def test_cli_config_error_exits_2_with_one_line(tmp_path: Path, case_id: str) -> None:
    case = CASES[case_id]
    text = case.text()
    path = write(tmp_path, text)
    code, out, err = byline(path, "sources")

    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert err.startswith(f"byline: {path}:{case.line(text)}: {case.key}: "), err
    assert "Traceback" not in err


def test_cli_env_var_picks_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "[fetch]\nconcurrency = 8\nconcurency = 8\n"
    broken = write(tmp_path, text, "broken.toml")
    write(tmp_path, "")  # a valid ./config.toml that must not be the one read
    monkeypatch.chdir(tmp_path)
    code, _, err = byline(None, "sources", env={config.ENV_CONFIG: str(broken)})
    assert code == 2
    assert err == f"byline: {broken}:{line_of(text, 'concurency')}: fetch.concurency: unknown key\n"


def test_cli_missing_config_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    code, out, err = byline(path, "sources")
    assert code == 2
    assert out == ""
    assert err == f"byline: {path}: no such configuration file\n"


def test_cli_run_unknown_source_exits_2(tmp_path: Path) -> None:
    path = good_config(tmp_path, tmp_path / "archive", ("alpha", "beta"))
    code, out, err = byline(path, "run", "nosuchsource")
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert "'nosuchsource'" in err
    assert "unknown source" in err
    assert "alpha" in err and "beta" in err  # tells what would have worked
    assert not (tmp_path / "archive").exists()  # failed before any work


def test_cli_env_var_file_is_the_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = good_config(tmp_path / "conf", tmp_path / "archive", ("from-env",))
    monkeypatch.chdir(tmp_path)
    result = byline(None, "sources", env={config.ENV_CONFIG: str(good)})
    assert result.returncode == 0, result.stderr
    assert "from-env" in result.stdout
    assert (tmp_path / "archive").is_dir()  # the env file's root, not the repo


def test_cli_flag_wins_over_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = write(tmp_path / "conf", '[fetch]\nconcurrency = "eight"\n', "broken.toml")
    good = good_config(tmp_path / "conf", tmp_path / "archive", ("from-flag",))
    monkeypatch.chdir(tmp_path)
    result = byline(good, "sources", env={config.ENV_CONFIG: str(broken)})
    assert result.returncode == 0, result.stderr
    assert "from-flag" in result.stdout
    assert result.stderr == ""


# --------------------------------------------------------------------------- CLI, real process


@pytest.mark.parametrize("case_id", ["concurrency is a string", "every in words"])
def test_byline_subprocess_config_error(tmp_path: Path, case_id: str) -> None:
    """`python -m byline` in a fresh interpreter: the status the shell sees is 2 and the
    one line on stderr is all it prints (no warning, no traceback from start-up)."""
    case = CASES[case_id]
    text = case.text()
    path = write(tmp_path / "conf", text)
    result = byline_process(path, "sources", cwd=tmp_path)

    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, repr(result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"byline: {path}:{case.line(text)}: {case.key}: ")
    assert not (tmp_path / "conf" / "archive").exists()


def test_fetch_and_source_politeness_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        """[fetch]
retries = 5
backoff = 0.5
max_retry_after = 30
respect_robots = false
failure_backoff = 60
max_failures = 3
allow_private_hosts = ["Intranet.Example:8080"]

[[sources]]
name = "slow"
pages = ["https://a.example/"]
per_host_delay = 4.5
per_host_concurrency = 1
respect_robots = true
""",
        encoding="utf-8",
    )
    settings = config.load(path)
    fetch = settings.fetch
    assert (fetch.retries, fetch.backoff, fetch.max_retry_after) == (5, 0.5, 30)
    assert (fetch.failure_backoff, fetch.max_failures) == (60, 3)
    assert fetch.allow_private_hosts == ("intranet.example:8080",)
    policy = settings.sources[0].policy(fetch)
    assert (policy.delay, policy.limit, policy.respect_robots) == (4.5, 1, True)
    plain = Source(name="x", pages=("https://x.example/",))
    assert plain.policy(fetch).respect_robots is False  # inherits [fetch]


def test_discovery_and_source_author_keys(tmp_path: Path) -> None:
    text = (
        '[discovery]\nstrip_params = ["sessionid", "trk_*"]\n\n'
        '[[sources]]\nname = "a"\npages = ["https://a.example/x/"]\n'
        'author = "Jane Doe"\nfind_feeds = false\n'
    )
    settings = config.load(write(tmp_path, text))
    assert settings.discovery.strip_params == ("sessionid", "trk_*")
    (source,) = settings.sources
    assert source.author == "Jane Doe" and source.find_feeds is False


def test_bad_strip_param_names_file_line_and_key(tmp_path: Path) -> None:
    text = '[discovery]\nstrip_params = ["ok", "no spaces"]\n'
    message = load_error(write(tmp_path, text))
    assert_one_line(message)
    assert message.startswith(f"{tmp_path / 'config.toml'}:2: discovery.strip_params[1]: ")
    assert "'no spaces' is not a query parameter name" in message


# Values that validated once and then hung or crashed every run: each is now refused with
# one line naming the key, before any work.
SOURCE = '[[sources]]\nname = "s"\npages = ["https://s.example/"]\n'
UNWORKABLE = {
    "infinite per_host_delay": (
        "[fetch]\nper_host_delay = inf\n",
        "fetch.per_host_delay",
        "finite",
    ),
    "nan timeout": ("[fetch]\ntimeout = nan\n", "fetch.timeout", "finite"),
    "a per_host_delay of a year": (
        "[fetch]\nper_host_delay = 31536000\n",
        "fetch.per_host_delay",
        "less than or equal to 86400",
    ),
    "failure_backoff of 1e308": (
        "[fetch]\nfailure_backoff = 1e308\n",
        "fetch.failure_backoff",
        "less than or equal",
    ),
    "max_bytes of 2**70": (
        f"[fetch]\nmax_bytes = {2**70}\n",
        "fetch.max_bytes",
        "less than or equal to 2147483648",
    ),
    "a 400-digit timeout": ("[fetch]\ntimeout = 1" + "0" * 400 + "\n", "fetch.timeout", ""),
    "user_agent with a line break": (
        '[fetch]\nuser_agent = "byline\\r\\nX-Injected: 1"\n',
        "fetch.user_agent",
        "control characters",
    ),
    "an exclude lxml cannot apply": (
        SOURCE + 'exclude = ["div:not(.a, .b)"]\n',
        "sources[0].exclude[0]",
        "not a CSS selector byline can use",
    ),
    "every of 99999999999 days": (
        SOURCE + 'every = "99999999999d"\n',
        "sources[0].every",
        "longer than the longest allowed, 366d",
    ),
    "recheck of 99999999999 days": (
        SOURCE + 'recheck = "99999999999d"\n',
        "sources[0].recheck",
        "longer than the longest allowed, 36525d",
    ),
    "an infinite stop_timeout": ("[daemon]\nstop_timeout = inf\n", "daemon.stop_timeout", "finite"),
}


@pytest.mark.parametrize(("text", "key", "says"), list(UNWORKABLE.values()), ids=list(UNWORKABLE))
def test_a_value_that_cannot_work_is_refused_naming_its_key(tmp_path, text, key, says):
    path = write(tmp_path, text)
    message = load_error(path)
    assert_one_line(message)
    assert message.startswith(f"{path}:"), message
    assert f": {key}: " in message, message
    assert says in message, message


def test_an_array_nested_5000_deep_is_one_line_not_a_crash(tmp_path):
    path = write(tmp_path, "x = " + "[" * 5000 + "]" * 5000 + "\n")
    message = load_error(path)
    assert_one_line(message)
    assert message == f"{path}: not a configuration: arrays or tables nested too deep"
