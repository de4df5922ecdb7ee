"""`emend corrections-page`: the newsroom's public log of corrections as plain files, read back the way readers'
software reads them: a feed client (feedparser) takes the Atom feed, the links of every page lead to files the
site wrote, `emend verify --against` takes the receipts, and no user string escapes its place."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest

from corrections.corrections_page.palette import DARK, LIGHT, STYLE_SHEET, TEXT_ON
from tests.forger import unguarded

TITLE = "Harbour bridge reopens"
HOSTILE = "Council <script>alert(1)</script> votes \u202eevil on budget"
HOSTILE_ARTICLE = f"{HOSTILE}\n\nThe council voted 7-2 on Monday to approve the budget.\n"
UUID_PAGE = re.compile(r"articles/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.html")


@pytest.fixture
def emend(cli, db_path):
    """`emend --db <the test's history> ARGS...`; returns (exit code, stdout, stderr)."""
    return lambda *args: cli("--db", db_path, *args)


def publish(emend, article: str, quote: str, replacement: str, kind: str = "correction", *,
            on: str | None = None) -> None:
    """One correction, saved and published with its notice (at 09:00 UTC on the day `on`, when given)."""
    import db.publishing

    assert emend("correct", article, "--quote", quote, "--replace", replacement, "--kind", kind)[0] == 0
    assert emend("save", article, "-m", f"{kind}: {replacement}")[0] == 0
    with pytest.MonkeyPatch.context() as patch:
        if on:
            patch.setattr(db.publishing, "utc_now", lambda: f"{on}T09:00:00.000000Z")
        code, _, err = emend("publish", article, "--author", "Standards desk")
    assert code == 0, err


@pytest.fixture
def three_corrections(emend, sample_path):
    """The sample article with three published corrections, published in January, February and March 2026."""
    assert emend("import", sample_path, "--title", TITLE)[0] == 0
    publish(emend, "1", "48,000 vehicles", "84,000 vehicles", "correction", on="2026-01-10")
    publish(emend, "1", "opened in 1932", "first opened in 1932", "clarification", on="2026-02-10")
    publish(emend, "1", "from Wednesday", "from Thursday", "update", on="2026-03-10")


def site_of(emend, folder: Path, *options: str) -> Path:
    code, out, err = emend("corrections-page", "-o", folder, *options)
    assert code == 0, err
    return folder


class Links(HTMLParser):
    """Every href and src of a page, the text of its h1s, and the elements it holds."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.tags: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        self.links += [values[name] for name in ("href", "src") if values.get(name)]


def read_page(path: Path) -> Links:
    page = Links()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_a_feed_reader_reads_three_published_corrections_as_three_entries(emend, three_corrections, tmp_path):
    site = site_of(emend, tmp_path / "site")

    feed = feedparser.parse(str(site / "feed.atom"))

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Corrections"  # the house style's title
    assert feed.feed.id.startswith("urn:uuid:")
    assert any(link.rel == "self" for link in feed.feed.links)
    assert [entry.title for entry in feed.entries] == [f"Update: {TITLE}", f"Clarification: {TITLE}",
                                                       f"Correction: {TITLE}"]  # newest first
    assert all(entry.id.startswith("urn:uuid:") for entry in feed.entries)
    assert [entry.updated[:10] for entry in feed.entries] == ["2026-03-10", "2026-02-10", "2026-01-10"]
    assert "84,000 vehicles" in feed.entries[2].summary
    for entry in feed.entries:
        assert (site / urlsplit(entry.link).path).is_file()

    again = feedparser.parse(str(site_of(emend, tmp_path / "site", "--force") / "feed.atom"))
    assert again.feed.id == feed.feed.id  # a feed reader sees the same feed and the same entries when remade
    assert [entry.id for entry in again.entries] == [entry.id for entry in feed.entries]


def test_every_link_of_every_page_leads_to_a_file_the_site_wrote(emend, three_corrections, tmp_path):
    site = site_of(emend, tmp_path / "site")
    pages = [site / "index.html", *sorted((site / "articles").iterdir())]
    assert len(pages) == 2
    assert UUID_PAGE.fullmatch(pages[1].relative_to(site).as_posix())

    for page in pages:
        parsed = read_page(page)
        assert parsed.lang == "en"
        assert parsed.tags.count("h1") == 1 and "h2" in parsed.tags
        assert "script" not in parsed.tags  # plain files: nothing to run
        assert parsed.links
        for link in parsed.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc and not link.startswith("/"), link  # relative only
            if parts.path:
                assert (page.parent / unquote(parts.path)).resolve().is_file(), (page.name, link)

    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.index("from Thursday") < index.index("84,000 vehicles")  # newest first
    article = pages[1].read_text(encoding="utf-8")
    assert "<del>48,000</del>" in article and "<ins>84,000</ins>" in article  # the word diff of the change
    assert article.count("Record hash") == 3


def test_the_receipts_it_publishes_are_those_of_emend_receipts_and_verify(emend, three_corrections, tmp_path):
    site = site_of(emend, tmp_path / "site")
    article = next((site / "articles").iterdir())

    published = json.loads((site / "receipts.json").read_text(encoding="utf-8"))
    assert published == json.loads(emend("receipts", "--json")[1])
    for receipt in published:
        assert receipt["chain_sha256"] in article.read_text(encoding="utf-8")  # each version's record hash
    assert emend("verify", "--against", site / "receipts.json", site / "index.html", article)[:2] == (0, "ok\n")


def test_a_headline_with_markup_and_direction_controls_is_shown_as_text_and_kept_in_its_place(
        emend, tmp_path):
    source = tmp_path / "council.txt"
    source.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    assert emend("import", source, "--title", HOSTILE)[0] == 0
    publish(emend, "1", "7-2", "8-1")
    site = site_of(emend, tmp_path / "site", "--title", "Fixes <b>& notes</b>")

    for page in [site / "index.html", *(site / "articles").iterdir()]:
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html and "<b>" not in html
        assert "Council &lt;script&gt;alert(1)&lt;/script&gt; votes &#x202e;evil on budget</bdi>" in html
        assert "\u202e" not in html  # the override is a character reference, inside its <bdi>
        assert "Fixes &lt;b&gt;&amp; notes&lt;/b&gt;" in html
    feed = feedparser.parse(str(site / "feed.atom"))
    assert feed.bozo == 0
    assert feed.feed.title == "Fixes <b>& notes</b>"
    assert feed.entries[0].title == f"Correction: \u2068{HOSTILE}\u2069"  # isolated, as <bdi> isolates it


def test_since_keeps_the_notices_published_on_or_after_the_day(emend, three_corrections, tmp_path):
    site = site_of(emend, tmp_path / "site", "--since", "2026-02-10")

    feed = feedparser.parse(str(site / "feed.atom"))
    assert [entry.updated[:10] for entry in feed.entries] == ["2026-03-10", "2026-02-10"]
    assert "84,000 vehicles" not in (site / "index.html").read_text(encoding="utf-8")

    later = site_of(emend, tmp_path / "later", "--since", "2026-03-11")
    assert feedparser.parse(str(later / "feed.atom")).entries == []
    assert "No corrections have been published." in (later / "index.html").read_text(encoding="utf-8")
    assert not (later / "articles").exists()


@pytest.mark.parametrize("since", ["2026-02-30", "10/02/2026", "yesterday", "2026-02"])
def test_a_since_that_is_not_a_date_is_refused_in_one_line(emend, three_corrections, tmp_path, since):
    code, out, err = emend("corrections-page", "-o", tmp_path / "site", "--since", since)

    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "YYYY-MM-DD" in err
    assert not (tmp_path / "site").exists()


def test_an_empty_title_is_refused(emend, three_corrections, tmp_path):
    code, _, err = emend("corrections-page", "-o", tmp_path / "site", "--title", "  ")
    assert code == 2 and err == "emend: --title is empty; leave it out for the house style's title\n"


def test_the_house_style_names_the_page_and_its_language(emend, three_corrections, tmp_path):
    style = tmp_path / "house.toml"
    style.write_text('[page]\ntitle = "Corrections and clarifications"\nlanguage = "en-GB"\n', encoding="utf-8")
    site = site_of(emend, tmp_path / "site", "--house-style", style)

    assert read_page(site / "index.html").lang == "en-GB"
    assert feedparser.parse(str(site / "feed.atom")).feed.title == "Corrections and clarifications"


def test_a_house_style_language_that_is_no_language_tag_is_refused(emend, three_corrections, tmp_path):
    style = tmp_path / "house.toml"
    style.write_text('[page]\nlanguage = "en\\" onload=\\"x"\n', encoding="utf-8")

    code, _, err = emend("corrections-page", "-o", tmp_path / "site", "--house-style", style)

    assert code == 2 and "[page] language must be a language tag" in err
    assert not (tmp_path / "site").exists()


def test_a_second_run_is_refused_without_force_and_remakes_the_site_with_it(emend, three_corrections, sample_path,
                                                                          tmp_path):
    site = site_of(emend, tmp_path / "site")
    first_page = next((site / "articles").iterdir())
    own_notes = site / "articles" / "notes.html"
    own_notes.write_text("the web desk's own page", encoding="utf-8")

    code, _, err = emend("corrections-page", "-o", site)
    assert code == 2
    assert err == f"emend: '{site / 'index.html'}' already exists; use --force to replace it\n"

    assert emend("import", sample_path, "--title", "A second story", "--again")[0] == 0
    publish(emend, "2", "Monday morning", "Tuesday morning", on="2026-05-10")
    site_of(emend, site, "--force", "--since", "2026-04-01")  # only the new story's notice now

    pages = list((site / "articles").glob("*-*.html"))
    assert len(pages) == 1 and pages[0] != first_page  # the page the site no longer links to is gone
    assert own_notes.read_text(encoding="utf-8") == "the web desk's own page"  # not the site's: left alone
    assert len(feedparser.parse(str(site / "feed.atom")).entries) == 1

    site_of(emend, site, "--force", "--since", "2099-01-01")  # no notice at all: no article page either
    assert list((site / "articles").iterdir()) == [own_notes]


def test_a_link_inside_the_folder_is_refused_and_nothing_is_written_through_it(emend, three_corrections, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / "articles").symlink_to(elsewhere, target_is_directory=True)

    code, _, err = emend("corrections-page", "-o", site)

    assert code == 2 and "is a link" in err and len(err.splitlines()) == 1
    assert list(elsewhere.iterdir()) == [] and list(site.iterdir()) == [site / "articles"]


def test_a_history_kept_where_the_index_goes_is_never_written_over(cli, sample_path, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    history = site / "index.html"
    assert cli("--db", history, "import", sample_path)[0] == 0
    before = history.read_bytes()

    code, _, err = cli("--db", history, "corrections-page", "-o", site, "--force")

    assert code == 2 and "is the history itself" in err
    assert history.read_bytes() == before


def test_a_history_that_does_not_verify_gets_no_corrections_page(emend, three_corrections, db_path, tmp_path):
    with unguarded(db_path) as db:
        db.execute("update notices set text = replace(text, '84,000', '94,000')")

    code, _, err = emend("corrections-page", "-o", tmp_path / "site")

    assert code == 1 and "does not verify" in err
    assert not (tmp_path / "site" / "index.html").exists()


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_of_the_site_meets_wcag_aa_on_its_background(palette):
    for foreground, background in TEXT_ON:
        assert contrast(palette[foreground], palette[background]) >= 4.5, (foreground, background)
    assert "@media (prefers-color-scheme: dark)" in STYLE_SHEET
    used = set(re.findall(r"var\(--([a-z-]+)\)", STYLE_SHEET))
    assert used <= set(palette)  # no colour the check does not know


def test_the_pages_need_no_server(emend, three_corrections, tmp_path):
    """Relative links and inline style only: the folder works from file://, any web server or a CDN."""
    site = site_of(emend, tmp_path / "site")
    for path in site.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert str(tmp_path) not in text and "http://localhost" not in text
    assert os.path.isfile(site / "receipts.json")
