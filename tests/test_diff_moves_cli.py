"""An editor moves a paragraph of the sample article: `emend diff` names it a move, blame keeps its author."""

from __future__ import annotations

import json
import re

import pytest

MAYOR = "Mayor Dana Whitcombe cut the ribbon"


def moved_paragraph(text: str, starting: str, after: str, change: tuple[str, str] = ("", "")) -> str:
    """The text with the paragraph starting with `starting` taken out and put after the one starting with `after`."""
    paragraphs = text.rstrip("\n").split("\n\n")
    [moving] = [p for p in paragraphs if p.startswith(starting)]
    paragraphs.remove(moving)
    if change[0]:
        moving = moving.replace(*change)
    at = next(i for i, p in enumerate(paragraphs) if p.startswith(after)) + 1
    paragraphs.insert(at, moving)
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def moved(cli, sample_path, tmp_path):
    """Ana imports the sample article; Ben moves the mayor's paragraph below the baker's quote (version 2)."""
    assert cli("import", sample_path, "--author", "Ana")[0] == 0
    original = cli("show", "1")[1]
    edited = tmp_path / "edited.txt"
    edited.write_text(moved_paragraph(original, MAYOR, '"We lost our morning trade'), encoding="utf-8")
    code, out, err = cli("save", "1", "-m", "Mayor's paragraph lower down", "--author", "Ben",
                         "--text-file", edited)
    assert (code, out) == (0, "2\n"), err
    return original, edited.read_text(encoding="utf-8")


def test_moving_one_paragraph_gives_exactly_one_move_in_the_json_diff(cli, moved):
    original, edited = moved

    code, out, err = cli("diff", "1", "--format", "json")

    assert code == 0, err
    items = json.loads(out)
    sources = [index for index, item in enumerate(items) if "moved_to" in item]
    targets = [index for index, item in enumerate(items) if "moved_from" in item]
    assert len(sources) == len(targets) == 1
    [source], [target] = sources, targets
    assert items[source]["op"] == "delete" and items[source]["moved_to"] == target
    assert items[target]["op"] == "insert" and items[target]["moved_from"] == source
    assert items[source]["text"].strip().startswith(MAYOR)
    assert items[source]["text"].strip() == items[target]["text"].strip()
    assert "".join(item["text"] for item in items if item["op"] != "insert") == original
    assert "".join(item["text"] for item in items if item["op"] != "delete") == edited
    assert all(set(item) <= {"op", "text", "moved_to", "moved_from"} for item in items)


def test_the_text_diff_keeps_its_marks_and_names_the_move_after_them(cli, moved):
    original, edited = moved

    code, out, err = cli("diff", "1", "1", "2")

    assert code == 0, err
    diff, _, notes = out.rpartition("\n\n")
    assert re.search(rf"\[-\s*{MAYOR}", diff) and re.search(rf"\{{\+\s*{MAYOR}", diff)
    new_line = edited.splitlines().index(next(line for line in edited.splitlines() if line.startswith(MAYOR))) + 1
    old_line = original.splitlines().index(next(line for line in original.splitlines() if line.startswith(MAYOR))) + 1
    assert re.fullmatch(f"moved: “{MAYOR}[^”\n]*…” from line {old_line} to line {new_line}\n", notes), notes


def test_a_moved_paragraph_with_a_word_changed_is_a_move_with_changes(cli, sample_path, tmp_path):
    assert cli("import", sample_path)[0] == 0
    edited = tmp_path / "edited.txt"
    edited.write_text(moved_paragraph(cli("show", "1")[1], MAYOR, "The council said tolls",
                                      ("several hundred", "hundreds of")), encoding="utf-8")
    assert cli("save", "1", "-m", "Moved and reworded", "--text-file", edited)[0] == 0

    items = json.loads(cli("diff", "1", "--format", "json")[1])
    assert sum("moved_to" in item for item in items) == 1
    assert "moved with changes: “Mayor Dana" in cli("diff", "1")[1]


def test_a_diff_without_a_move_reads_as_before(cli, corrected):
    out = cli("diff", "1")[1]
    items = json.loads(cli("diff", "1", "--format", "json")[1])

    assert "moved" not in out and out.count("[-") == 1
    assert all(set(item) == {"op", "text"} for item in items)


def test_blame_of_a_moved_paragraph_keeps_the_author_who_wrote_it(cli, moved):
    _original, edited = moved

    spans = json.loads(cli("blame", "1", "--json")[1])

    start = edited.index(MAYOR)
    end = edited.index("\n\n", start)
    covering = [span for span in spans if span["start"] < end and span["end"] > start]
    assert {(span["version"], span["author"]) for span in covering} == {(1, "Ana")}
    assert {span["author"] for span in spans} == {"Ana"}
