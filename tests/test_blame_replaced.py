"""An editor asks who changed a passage and learns what it replaced, the correction's note and the notice.

Blame's JSON keeps its keys and gains `replaced` (the exact words the change removed: "" for a pure
insertion, null for text of the first version, which replaced nothing), `correction_note` and
`correction_kind` (null when no correction made the change) and `notice` (the wording that told
readers, null when none has).
"""

from __future__ import annotations

import json

from corrections.blame import VersionInfo, blame

# Two paragraphs of the real article users correct, NATO where the European Union was meant.
ARTICLE = (
    "EU raises threat over Ukraine's membership\n\n"
    "Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of "
    "expediting Ukraine’s membership in NATO to enhance its negotiating position with Russia.\n\n"
    "Politico did not mention that the EU and NATO do not have entirely the same membership countries, with "
    "the European nations of Norway and the UK being members of the latter but not the former.\n"
)
NOTE = "An earlier version said Ukraine’s membership in NATO; it is membership of the European Union."
OLD_KEYS = {"start", "end", "text", "version", "author", "created_at", "note"}


def span_with(spans, words: str):
    """The one span whose text, stripped, is `words`."""
    return next(span for span in spans if span["text"].strip() == words)


def test_a_replacement_names_the_exact_words_it_replaced():
    corrected = ARTICLE.replace("membership in NATO", "membership in the European Union")
    spans = blame([VersionInfo(1, ARTICLE, "Ann", "2026-01-01T09:00:00Z"),
                   VersionInfo(2, corrected, "Bob", "2026-01-01T10:00:00Z")])
    changed = [span for span in spans if span.version == 2]
    assert [(span.text, span.replaced) for span in changed] == [("the European Union ", "NATO")]
    assert {span.replaced for span in spans if span.version == 1} == {None}


def history(*texts: str) -> list[VersionInfo]:
    return [VersionInfo(n, text, f"editor {n}", "2026-01-01T09:00:00Z") for n, text in enumerate(texts, start=1)]


CRASH = "Police said the driver was not injured in the crash.\n"
HURT = CRASH.replace("not injured in", "seriously hurt in")


def test_words_replacing_a_phrase_name_the_whole_phrase_with_its_spaces():
    spans = blame(history(CRASH, HURT))
    assert [(span.text, span.replaced) for span in spans if span.version == 2] == [("seriously hurt ", "not injured")]


def test_words_put_back_belong_to_the_first_version_again_which_replaced_nothing():
    reverted = CRASH.replace("crash", "collision")
    spans = blame(history(CRASH, HURT, reverted))
    assert [(span.text.strip(), span.version, span.replaced) for span in spans] == [
        ("Police said the driver was not injured in the", 1, None), ("collision", 3, "crash"), (".", 1, None)]


def test_blame_json_says_what_a_published_correction_replaced_with_its_note_and_notice(cli, tmp_path):
    article = tmp_path / "ukraine.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert cli("import", article)[0] == 0
    assert cli("correct", "1", "--quote", "membership in NATO", "--replace", "membership in the European Union",
               "--kind", "correction", "--note", NOTE)[0] == 0
    assert cli("save", "1", "-m", "EU, not NATO")[0] == 0

    code, out, _ = cli("blame", "1", "--json")
    assert code == 0
    spans = json.loads(out)
    assert all(OLD_KEYS | {"replaced", "correction_note", "correction_kind", "notice"} == set(span)
               for span in spans)
    changed = span_with(spans, "the European Union")
    assert (changed["version"], changed["replaced"], changed["correction_note"], changed["correction_kind"]) == (
        2, "NATO", NOTE, "correction")
    assert changed["note"] == f"Correction: {NOTE}"  # the version's note, as before
    assert changed["notice"] is None  # not published yet: no reader was told

    assert cli("publish", "1")[0] == 0
    changed = span_with(json.loads(cli("blame", "1", "--json")[1]), "the European Union")
    assert changed["notice"].startswith(f"Correction: {NOTE}")
    first = json.loads(cli("blame", "1", "--json")[1])[0]
    assert (first["version"], first["replaced"], first["correction_note"], first["notice"]) == (1, None, None, None)

    code, out, _ = cli("blame", "1")
    line = next(line for line in out.splitlines() if line.startswith("v2\t"))
    assert line.split("\t")[3:] == ["the European Union", f"replaced 'NATO'; correction: {NOTE}"]
    assert all(len(line.split("\t")) == 4 for line in out.splitlines() if line.startswith("v1\t"))


def test_blame_json_gives_an_empty_replaced_for_words_only_added_by_a_plain_edit(cli, tmp_path):
    article = tmp_path / "ukraine.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    cli("import", article)
    edited = tmp_path / "edited.txt"
    edited.write_text(ARTICLE.replace("nations of Norway and", "nations of Norway, Iceland and"), encoding="utf-8")
    assert cli("save", "1", "-m", "Added Iceland", "--text-file", edited)[0] == 0

    added = span_with(json.loads(cli("blame", "1", "--json")[1]), ", Iceland")
    assert (added["version"], added["replaced"], added["correction_note"], added["notice"]) == (2, "", None, None)
    assert added["note"] == "Added Iceland"
    line = next(line for line in cli("blame", "1")[1].splitlines() if line.startswith("v2\t"))
    assert line.endswith("\t, Iceland\tinserted")


def test_a_correction_saved_with_other_edits_is_told_apart_from_them(history):
    from db import audit, publishing

    article = history.import_article(ARTICLE, title="EU raises threat", author="Ann")
    history.add_correction(article.id, kind="correction", quote="membership in NATO",
                           replacement="membership in the European Union", author="Bob", public_note=NOTE)
    history.add_correction(article.id, kind="style", quote="Politico did", replacement="Politico, did", author="Bob")
    edited = "Update: " + history.text(article.id).replace("nations of Norway", "nations of Norway, Iceland")
    history.save_version(article.id, message="EU, not NATO; Iceland", author="Bob", text=edited)
    publishing.publish(history, article.id, author="Desk")

    spans = {span.text.strip(): span for span in audit.blame_article(history, article.id) if span.version == 2}
    assert {words: (span.replaced, span.correction_kind) for words, span in spans.items()} == {
        "Update:": ("", None), "the European Union": ("NATO", "correction"), ",": ("", "style"),
        ", Iceland": ("", None)}
    assert spans["the European Union"].notice.startswith(f"Correction: {NOTE}")
    assert spans[","].notice is None and spans[","].correction_note == ""  # a style fix is never in a notice
    assert spans["Update:"].notice is None and spans["Update:"].correction_note is None
