"""`emend import` of a text copied from a news page: the story becomes version 1, the related-story box
and reader footer are left out and named on stderr, and `--keep-furniture` imports the file as written."""

from __future__ import annotations

from tests.test_text_furniture import REAL_ARTICLE, RELATED_HEADLINE_TEXT, STORY


def article_file(tmp_path, name: str = "real_article.txt"):
    path = tmp_path / name
    path.write_text(REAL_ARTICLE, encoding="utf-8")
    return path


def test_importing_a_copied_article_leaves_out_its_furniture_and_says_what_went(cli, tmp_path):
    db = tmp_path / "history.sqlite"

    code, out, err = cli("--db", db, "import", article_file(tmp_path), "--author", "Ana")

    assert (code, out) == (0, "1\n")
    assert cli("--db", db, "show", "1", "1")[1] == STORY
    lines = err.splitlines()
    assert lines[0] == "emend: left out 4 blocks of page furniture (related stories, reader footer)"
    assert "emend:   related-stories heading: “Other Topics of Interest”" in lines
    assert any(line.startswith("emend:   reader footer") and "To suggest a correction" in line for line in lines)
    assert lines[-1] == "emend: --keep-furniture imports them as written"


def test_the_title_defaults_to_a_headline_not_the_whole_first_paragraph(cli, tmp_path):
    db = tmp_path / "history.sqlite"
    cli("--db", db, "import", article_file(tmp_path))

    [row] = cli("--db", db, "list")[1].splitlines()

    assert row.split("\t")[1] == "In response to delays in American and European assistance to Ukraine, the Biden…"


def test_keep_furniture_imports_the_file_as_written(cli, tmp_path):
    db = tmp_path / "history.sqlite"

    code, out, err = cli("--db", db, "import", article_file(tmp_path, "real_article.md"), "--keep-furniture",
                         "--title", "Biden administration adjusts Ukraine approach", "-m", "From the wire")

    assert (code, out) == (0, "1\n")
    text = cli("--db", db, "show", "1", "1")[1]
    assert text == REAL_ARTICLE and "Other Topics of Interest" in text and RELATED_HEADLINE_TEXT in text
    assert err == ("emend: kept 4 blocks of page furniture that the import would leave out "
                   "(related stories, reader footer)\n")
    assert "Biden administration adjusts Ukraine approach" in cli("--db", db, "list")[1]


def test_a_story_without_furniture_imports_silently_and_unchanged(cli, tmp_path):
    db = tmp_path / "history.sqlite"
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry fares to rise\n\nFares rise by 8% from April.\n\nWhat passengers can do\n\n"
                    "Season tickets keep the old price.\n", encoding="utf-8")

    assert cli("--db", db, "import", path) == (0, "1\n", "")
    assert cli("--db", db, "show", "1")[1] == path.read_text(encoding="utf-8")
