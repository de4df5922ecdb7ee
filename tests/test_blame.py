"""An editor asks "who changed this?" and blame names the version that wrote each word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corrections.blame
from corrections.blame import BlameSpan, VersionInfo, blame, to_json, who_changed
from corrections.errors import InputError

FIRST = "The bridge opened in 1932.\nIt carries 48,000 vehicles a day.\n"
YEAR_FIXED = FIRST.replace("1932", "1931")
CLARIFIED = YEAR_FIXED.replace("The ", "The new ")

HISTORY = [
    VersionInfo(1, FIRST, "Ann", "2024-03-01T09:00:00Z", "First publication"),
    VersionInfo(2, YEAR_FIXED, "Bob", "2024-03-01T10:00:00Z", "Correction: opening year"),
    VersionInfo(3, CLARIFIED, "Cy", "2024-03-02T08:00:00Z", "Clarification"),
    VersionInfo(4, CLARIFIED.replace("48,", "52,"), "Dee", "2024-03-03T08:00:00Z", "Correction: traffic figure"),
]

ARTICLE = (
    "Harbour bridge reopens after restoration\n\n"
    "The Kestrel Harbour Bridge reopened to traffic on Monday morning.\n\n"
    "Mayor Dana Whitcombe cut the ribbon shortly after 7 a.m.\n\n"
    "The restoration cost 184 million pounds, according to the city council.\n"
)


def story(*texts: str) -> list[VersionInfo]:
    """A history whose version n was written by 'editor n'."""
    return [VersionInfo(n, text, f"editor {n}", f"2024-05-0{n}T12:00:00Z") for n, text in enumerate(texts, start=1)]


def plain(spans: list[BlameSpan]) -> list[tuple[int, int, str, int]]:
    return [(span.start, span.end, span.text, span.version) for span in spans]


def test_each_word_is_credited_to_the_version_that_wrote_it():
    assert plain(blame(HISTORY)) == [
        (0, 4, "The ", 1),
        (4, 8, "new ", 3),
        (8, 25, "bridge opened in ", 1),
        (25, 29, "1931", 2),
        (29, 42, ".\nIt carries ", 1),
        (42, 44, "52", 4),
        (44, 65, ",000 vehicles a day.\n", 1),
    ]


def test_a_span_carries_the_author_time_and_note_of_its_version():
    correction = blame(HISTORY)[3]
    assert correction == BlameSpan(25, 29, "1931", 2, "Bob", "2024-03-01T10:00:00Z", "Correction: opening year")


def test_blame_of_an_older_version_ignores_later_ones():
    assert plain(blame(HISTORY, upto=2)) == [
        (0, 21, "The bridge opened in ", 1),
        (21, 25, "1931", 2),
        (25, 61, ".\nIt carries 48,000 vehicles a day.\n", 1),
    ]


def test_a_word_removed_and_then_restored_keeps_its_first_author():
    history = story(
        "Police said the driver was not injured.\n",
        "Police said the driver was injured.\n",
        "Police said the driver was not injured.\n",
    )
    assert plain(blame(history)) == [(0, 40, "Police said the driver was not injured.\n", 1)]


def test_a_common_word_put_back_elsewhere_belongs_to_the_new_writer():
    history = story(
        "Shops will open on Monday and Tuesday.\n",
        "Shops will open on Monday.\n",
        "Shops will open on Monday and on Friday.\n",
    )
    assert plain(blame(history)) == [
        (0, 26, "Shops will open on Monday ", 1),
        (26, 39, "and on Friday", 3),
        (39, 41, ".\n", 1),
    ]


def test_reverting_vandalism_gives_the_whole_text_back_to_its_author():
    history = story(ARTICLE, "lol this bridge is rubbish\n", ARTICLE)
    assert plain(blame(history)) == [(0, len(ARTICLE), ARTICLE, 1)]


def test_restoring_a_blanked_article_gives_it_back_to_its_author():
    history = story(ARTICLE, "", ARTICLE.replace("Monday", "Tuesday"))
    spans = blame(history)
    assert [span.text for span in spans if span.version == 3] == ["Tuesday "]
    assert {span.version for span in spans} == {1, 3}


def test_a_withdrawn_correction_restores_the_original_wording():
    corrected = ARTICLE.replace("184 million pounds", "148 million pounds")
    history = story(ARTICLE, corrected, ARTICLE)
    assert plain(blame(history)) == [(0, len(ARTICLE), ARTICLE, 1)]


def test_a_moved_paragraph_keeps_its_authors():
    headline, opening, mayor, cost = ARTICLE.rstrip("\n").split("\n\n")
    edited = "\n\n".join([headline, opening, mayor.replace("7 a.m.", "8 a.m."), cost]) + "\n"
    moved = "\n\n".join([headline, opening, cost, mayor.replace("7 a.m.", "8 a.m.")]) + "\n"
    spans = blame(story(ARTICLE, edited, moved))
    assert plain(spans) == [
        (0, moved.index("8 a.m."), moved[: moved.index("8 a.m.")], 1),
        (moved.index("8 a.m."), moved.index("8 a.m.") + 2, "8 ", 2),
        (moved.index("8 a.m.") + 2, len(moved), moved[moved.index("8 a.m.") + 2 :], 1),
    ]


def test_rewrapping_whitespace_changes_no_attribution():
    rewrapped = "  Leading words   stay with\ntheir author.\n"
    history = story("Leading words stay\nwith their author.\n", rewrapped)
    assert plain(blame(history)) == [(0, len(rewrapped), rewrapped, 1)]


def test_a_resaved_unchanged_version_takes_credit_for_nothing():
    history = HISTORY + [VersionInfo(5, HISTORY[-1].text, "Eve", "2024-03-04T08:00:00Z", "Resaved")]
    assert blame(history) == blame(history, upto=4)


def test_unicode_words_emoji_and_right_to_left_text_are_blamed_whole():
    history = story(
        "Café 🎉 opens near 東京駅 on شارع الحمراء\nTeam 👩\u200d💻 wins for 🇳🇿\n",
        "Café 🎊 opens near 東京站 on شارع الحمراء\nTeam 👨\u200d💻 wins for 🇦🇺\n",
        "Café 🎊 opens near 東京站 on شارع النيل\nTeam 👨\u200d💻 wins for 🇦🇺\n",
    )
    assert plain(blame(history)) == [
        (0, 5, "Café ", 1),
        (5, 7, "🎊 ", 2),
        (7, 20, "opens near 東京", 1),
        (20, 22, "站 ", 2),
        (22, 30, "on شارع ", 1),
        (30, 36, "النيل\n", 3),
        (36, 41, "Team ", 1),
        (41, 45, "👨\u200d💻 ", 2),
        (45, 54, "wins for ", 1),
        (54, 57, "🇦🇺\n", 2),
    ]


def test_a_combining_accent_belongs_to_its_word():
    history = story("Meet Rene at noon.\n", "Meet Rene\u0301 at noon.\n")
    assert plain(blame(history)) == [(0, 5, "Meet ", 1), (5, 11, "Rene\u0301 ", 2), (11, 20, "at noon.\n", 1)]


def test_without_the_compiled_diff_engine_blame_is_the_same(monkeypatch):
    histories = [HISTORY, story(ARTICLE, "lol this bridge is rubbish\n", ARTICLE.replace("184", "148"))]
    expected = [blame(history) for history in histories]
    monkeypatch.setattr(corrections.blame, "fast_diff_match_patch", None)
    assert [blame(history) for history in histories] == expected


def test_who_changed_lists_the_spans_under_a_selection():
    spans = blame(HISTORY)
    text = HISTORY[-1].text
    start = text.index("new")
    end = text.index("1931") + 2
    assert [(span.text, span.author) for span in who_changed(spans, start, end)] == [
        ("new ", "Cy"),
        ("bridge opened in ", "Ann"),
        ("1931", "Bob"),
    ]


def test_who_changed_at_the_cursor_names_the_span_under_it():
    spans = blame(HISTORY)
    cursor = HISTORY[-1].text.index("52") + 1
    assert [(span.text, span.version) for span in who_changed(spans, cursor, cursor)] == [("52", 4)]


def test_who_changed_refuses_a_backwards_selection():
    with pytest.raises(InputError, match="forwards"):
        who_changed(blame(HISTORY), 10, 5)


def test_spans_become_plain_records_for_json():
    record = to_json(blame(HISTORY))[1]
    assert record == {
        "start": 4,
        "end": 8,
        "text": "new ",
        "version": 3,
        "author": "Cy",
        "created_at": "2024-03-02T08:00:00Z",
        "note": "Clarification",
        "replaced": "",
        "correction_note": None,
        "correction_kind": None,
        "notice": None,
    }


def test_an_empty_version_has_no_spans_and_a_blank_one_has_one():
    assert blame(story(ARTICLE, "")) == []
    assert plain(blame(story(ARTICLE, "\n\n"))) == [(0, 2, "\n\n", 2)]


@pytest.mark.parametrize(
    ("versions", "upto", "message"),
    [
        ([], None, "no version"),
        (story("a", "b"), 7, "no version 7"),
        ([VersionInfo(2, "a", "x", "t"), VersionInfo(1, "b", "y", "t")], None, "oldest first"),
        ([VersionInfo(1, "a", "x", "t"), VersionInfo(1, "b", "y", "t")], None, "oldest first"),
    ],
)
def test_a_history_that_cannot_be_blamed_is_refused_in_one_line(versions, upto, message):
    with pytest.raises(InputError, match=message):
        blame(versions, upto)


WORDS = st.sampled_from(
    ["the", "bridge", "1932", "1,931", "a.m.", "Café", "東京", "شارع", "🎉", "👩\u200d💻", "🇳🇿", "e\u0301", "ภาษาไทย", "—", "!"]
)
SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", ""])
TEXTS = st.lists(st.tuples(WORDS, SPACES), max_size=25).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6), st.data())
def test_spans_tile_the_chosen_text_for_any_history(texts, data):
    history = story(*texts)
    upto = data.draw(st.integers(min_value=1, max_value=len(texts)))
    spans = blame(history, upto)
    text = texts[upto - 1]
    assert "".join(span.text for span in spans) == text
    assert [span.start for span in spans] == [0] * bool(text) + [span.end for span in spans[:-1]]
    assert all(text[span.start : span.end] == span.text and span.start < span.end for span in spans)
    assert all(1 <= span.version <= upto for span in spans)
    assert all(left.version != right.version for left, right in zip(spans, spans[1:]))


def test_a_removal_older_than_the_pool_remembers_comes_back_as_new_words(monkeypatch):
    monkeypatch.setattr(corrections.blame, "_POOL_WORDS", 40)
    kept = "The bridge reopened on Monday."
    early = " ".join(f"early{n}" for n in range(10))
    later = " ".join(f"later{n}" for n in range(10))
    filler = " ".join(f"filler{n}" for n in range(30))
    history = story(
        f"{kept}\n\n{early}\n\n{later}\n",
        f"{kept}\n\n{later}\n",
        f"{kept}\n\n{filler}\n",
        f"{kept}\n",
        f"{kept}\n\n{early}\n\n{later}\n",
    )
    assert [(span.text, span.version) for span in blame(history)] == [
        (f"{kept}\n\n", 1),
        (f"{early}\n\n", 5),
        (f"{later}\n", 1),
    ]
