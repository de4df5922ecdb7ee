"""The word diff: what an editor sees when comparing two versions of an article."""

from __future__ import annotations

import os
from functools import partial

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resources
from corrections.diff import (
    DELETE,
    EQUAL,
    INSERT,
    Change,
    available_backends,
    change_count,
    changes,
    diff_stats,
    new_text,
    old_text,
    tokenize,
    word_diff,
)
from corrections.errors import InputError

ARTICLE = resources.read_text(resources.SAMPLE_ARTICLE)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, woman, girl joined by zero-width joiners
THUMBS_UP_MEDIUM = "\U0001f44d\U0001f3fd"  # with a skin tone modifier
BOTH_BACKENDS = pytest.mark.skipif("fast" not in available_backends(), reason="C++ core not installed")

# Pieces of text from many scripts, to build texts from: words, spaces, punctuation, emoji.
PIECES = [
    "the", "bridge", "reopened", "Monday", "184", "million", "café", "cafe\u0301", "naïve",
    "Ελλάδα", "Москва", "مرحبا", "بالعالم", "שלום", "עולם", "हिन्दी", "भाषा", "日本語", "東京",
    "のテキスト", "ภาษาไทย", "한국어",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f44d\U0001f3fd", "\U0001f1ec\U0001f1e7",
    "\u2764\ufe0f", "\U0001f600",
    " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0",
    ".", ",", "\"", "'", "(", ")", "-", "\u2014", "!", "?", ":", "\u0301",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.text(max_size=60)


@st.composite
def text_and_revision(draw):
    """A text and an edited version of it: pieces deleted, inserted and replaced."""
    pieces = draw(st.lists(st.sampled_from(PIECES), max_size=60))
    revised = list(pieces)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(revised)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert" or at == len(revised):
            revised.insert(at, draw(st.sampled_from(PIECES)))
        elif action == "delete":
            del revised[at]
        else:
            revised[at] = draw(st.sampled_from(PIECES))
    return "".join(pieces), "".join(revised)


def cut_points(diff, other_side: int) -> list[int]:
    """Offsets in one side's text (leaving out the other side's ops) where one op ends and the next begins."""
    points, at = [], 0
    for op, part in diff:
        if op != other_side:
            at += len(part)
            points.append(at)
    return points[:-1]


def splits_a_token(text: str, at: int) -> bool:
    """Whether `at` falls inside a token that is not whitespace."""
    boundaries, position = {0}, 0
    for token in tokenize(text):
        position += len(token)
        boundaries.add(position)
    return at not in boundaries and not (text[at - 1].isspace() or text[at].isspace())


def assert_well_formed(diff, old: str, new: str) -> None:
    assert old_text(diff) == old
    assert new_text(diff) == new
    assert all(part for _, part in diff), "no empty ops"
    assert all(a[0] != b[0] for a, b in zip(diff, diff[1:])), "adjacent ops of a kind are merged"
    assert all(not (a[0] == INSERT and b[0] == DELETE) for a, b in zip(diff, diff[1:])), "deletion first"
    for at in cut_points(diff, INSERT):
        assert not splits_a_token(old, at), (old, at)
    for at in cut_points(diff, DELETE):
        assert not splits_a_token(new, at), (new, at)


# --- what an editor sees ------------------------------------------------------------------


def test_a_corrected_figure_in_an_article_is_one_deletion_and_one_insertion():
    corrected = ARTICLE.replace("184 million", "186 million")
    diff = word_diff(ARTICLE, corrected)
    start = ARTICLE.index("184 million")
    assert diff == [
        (EQUAL, ARTICLE[:start]),
        (DELETE, "184"),
        (INSERT, "186"),
        (EQUAL, ARTICLE[start + 3 :]),
    ]


def test_a_typo_fix_replaces_the_whole_word_not_two_letters():
    diff = word_diff("The brigde reopened.", "The bridge reopened.")
    assert diff == [(EQUAL, "The "), (DELETE, "brigde"), (INSERT, "bridge"), (EQUAL, " reopened.")]


def test_an_inserted_word_comes_with_its_following_space():
    assert word_diff("the old bridge", "the old steel bridge") == [
        (EQUAL, "the old "),
        (INSERT, "steel "),
        (EQUAL, "bridge"),
    ]


def test_neighbouring_replaced_words_read_as_one_change():
    diff = word_diff("The quick brown fox jumps.", "The slow red fox jumps.")
    assert diff == [(EQUAL, "The "), (DELETE, "quick brown"), (INSERT, "slow red"), (EQUAL, " fox jumps.")]


def test_a_new_paragraph_is_inserted_whole_between_paragraph_breaks():
    old = "First paragraph.\n\nLast paragraph.\n"
    new = "First paragraph.\n\nA new paragraph.\n\nLast paragraph.\n"
    assert word_diff(old, new) == [
        (EQUAL, "First paragraph.\n\n"),
        (INSERT, "A new paragraph.\n\n"),
        (EQUAL, "Last paragraph.\n"),
    ]


def test_changes_in_far_apart_paragraphs_stay_separate_and_word_sized():
    paragraphs = [f"Paragraph {n} says the council met on Monday to discuss item {n}." for n in range(200)]
    old = "\n\n".join(paragraphs)
    edited = list(paragraphs)
    for n in (10, 90, 170):
        edited[n] = edited[n].replace("Monday", "Tuesday")
    hunks = changes(word_diff(old, "\n\n".join(edited)))
    assert [(hunk.deleted, hunk.inserted) for hunk in hunks] == [("Monday", "Tuesday")] * 3


def test_a_long_paragraph_without_line_breaks_still_changes_word_by_word():
    sentences = [f"Witness {n} told the inquiry the gates closed at {n} past nine." for n in range(120)]
    old = " ".join(sentences)
    edited = list(sentences)
    for n in (3, 60, 117):
        edited[n] = edited[n].replace("inquiry", "committee")
    hunks = changes(word_diff(old, " ".join(edited)))
    assert [(hunk.deleted, hunk.inserted) for hunk in hunks] == [("inquiry", "committee")] * 3


def test_joining_two_paragraphs_among_edited_ones_keeps_every_change_word_sized():
    paragraphs = [f"Paragraph {n} reports that the council met on Monday about item {n}." for n in range(10)]
    old = "\n\n".join(paragraphs) + "\n"
    edited = [paragraph.replace("Monday", "Tuesday") for paragraph in paragraphs]
    new = "\n\n".join(edited[:4] + [edited[4] + " " + edited[5]] + edited[6:]) + "\n"
    hunks = [(hunk.deleted, hunk.inserted) for hunk in changes(word_diff(old, new))]
    assert hunks == [("Monday", "Tuesday")] * 5 + [("\n\n", " ")] + [("Monday", "Tuesday")] * 5


def test_emoji_sequences_and_accents_change_as_whole_characters():
    old = "Family \U0001f468\u200d\U0001f469\u200d\U0001f467 at the cafe\u0301"
    new = "Family \U0001f468\u200d\U0001f469\u200d\U0001f466 at the cafe\u0300"
    diff = word_diff(old, new)
    assert [(op, part) for op, part in diff if op != EQUAL] == [
        (DELETE, "\U0001f468\u200d\U0001f469\u200d\U0001f467"),
        (INSERT, "\U0001f468\u200d\U0001f469\u200d\U0001f466"),
        (DELETE, "cafe\u0301"),
        (INSERT, "cafe\u0300"),
    ]


def test_chinese_text_changes_by_character():
    diff = word_diff("东京今天下雨。", "东京今天下雪。")
    assert diff == [(EQUAL, "东京今天下"), (DELETE, "雨"), (INSERT, "雪"), (EQUAL, "。")]


def test_right_to_left_words_change_as_words():
    diff = word_diff("שלום עולם יפה", "שלום עולם גדול")
    assert diff == [(EQUAL, "שלום עולם "), (DELETE, "יפה"), (INSERT, "גדול")]


def test_windows_line_endings_are_kept_and_compared_as_they_are():
    old = "One line.\r\nTwo lines.\r\n"
    new = "One line.\nTwo lines.\r\n"
    diff = word_diff(old, new)
    assert diff == [(EQUAL, "One line."), (DELETE, "\r\n"), (INSERT, "\n"), (EQUAL, "Two lines.\r\n")]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("", "", []),
        ("", "New text.", [(INSERT, "New text.")]),
        ("Old text.", "", [(DELETE, "Old text.")]),
        ("Same.", "Same.", [(EQUAL, "Same.")]),
    ],
)
def test_empty_and_identical_texts(old, new, expected):
    assert word_diff(old, new) == expected


def test_where_plain_diff_match_patch_runs_out_of_time_the_word_diff_stays_fine_grained():
    words = ARTICLE.split(" ")
    numbered = (f"{word}{n // len(words)}" if n % 7 == 0 else word for n, word in enumerate(words * 12))
    long_text = " ".join(numbered)  # twelve copies of the article, told apart by numbers
    long_words = long_text.split(" ")
    picked = [n for n in range(20, len(long_words), 40) if "\n" not in long_words[n]]
    revised_words = list(long_words)
    for n in picked:
        revised_words[n] = f"CHANGED{n}"
    revised = " ".join(revised_words)

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0.001
    coarse = dmp.diff_main(long_text, revised)
    assert max(len(part) for op, part in coarse if op == DELETE) > 1000  # dmp gave up: a huge block

    hunks = changes(word_diff(long_text, revised))
    assert len(hunks) == len(picked)
    assert [hunk.inserted for hunk in hunks] == [f"CHANGED{n}" for n in picked]
    assert [hunk.deleted for hunk in hunks] == [long_words[n] for n in picked]


# --- properties -------------------------------------------------------------------------------


@given(text_and_revision())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_diff_gives_back_both_texts_and_never_splits_a_word(pair):
    old, new = pair
    assert_well_formed(word_diff(old, new), old, new)


@given(any_text, any_text)
@settings(max_examples=200, deadline=None)
def test_any_two_strings_diff_into_a_well_formed_diff(old, new):
    assert_well_formed(word_diff(old, new), old, new)


@given(texts)
@settings(max_examples=100, deadline=None)
def test_tokens_join_back_into_the_text(text):
    assert "".join(tokenize(text)) == text


@given(texts)
@settings(max_examples=100, deadline=None)
def test_a_text_against_itself_is_one_equality(text):
    assert word_diff(text, text) == ([(EQUAL, text)] if text else [])


@BOTH_BACKENDS
@given(text_and_revision())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_fast_and_the_python_core_give_the_same_diff(pair):
    old, new = pair
    assert word_diff(old, new, backend="fast") == word_diff(old, new, backend="python")


@BOTH_BACKENDS
@pytest.mark.parametrize(
    ("old", "new"),
    [
        (ARTICLE, ARTICLE.replace("Monday", "Tuesday").replace("bakery", "cafe")),
        (ARTICLE, "\n\n".join(reversed(ARTICLE.split("\n\n")))),
        (ARTICLE, ARTICLE.upper()),
        (ARTICLE, ""),
        ("a b a b a b", "b a b a b a"),
        (" ".join(["The gates closed at nine."] * 300), " ".join(["The gates shut at nine."] * 300)),
        ("東京 👍🏽 cafe\u0301\r\n", "東京 👍🏿 café\n"),
    ],
)
def test_both_cores_agree_on_whole_article_edits(old, new):
    assert word_diff(old, new, backend="fast") == word_diff(old, new, backend="python")


@given(st.text(max_size=300), st.text(max_size=40), st.text(max_size=40), st.integers(0, 400), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_common_start_or_end_of_two_texts_is_measured_exactly(shared, a_rest, b_rest, limit, from_end):
    from corrections.diff.ends import common_length

    a, b = (a_rest + shared, b_rest + shared) if from_end else (shared + a_rest, shared + b_rest)
    read = (lambda text: text[::-1]) if from_end else (lambda text: text)
    expected = len(os.path.commonprefix([read(a), read(b)]))
    assert common_length(a, b, from_end=from_end) == expected
    assert common_length(a, b, limit, from_end=from_end) == min(expected, limit)


# --- tokens ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Bridge, reopened!", ["Bridge", ",", " ", "reopened", "!"]),
        ("cafe\u0301 na\u00efve", ["cafe\u0301", " ", "na\u00efve"]),
        (f"{FAMILY} {THUMBS_UP_MEDIUM}", [FAMILY, " ", THUMBS_UP_MEDIUM]),
        ("\U0001f1ec\U0001f1e7\U0001f1eb\U0001f1f7", ["\U0001f1ec\U0001f1e7", "\U0001f1eb\U0001f1f7"]),
        ("日本語", ["日", "本", "語"]),
        ("हिन्दी भाषा", ["हिन्दी", " ", "भाषा"]),
        ("مرحبا بالعالم", ["مرحبا", " ", "بالعالم"]),
        ("a\r\n\r\nb", ["a", "\r\n\r\n", "b"]),
    ],
)
def test_tokens_are_words_spaces_and_single_symbols(text, tokens):
    assert tokenize(text) == tokens


def test_the_shipped_table_of_combining_marks_is_what_unicodedata_says():
    import unicodedata

    from corrections import mark_ranges
    from corrections.diff import tokens

    if unicodedata.unidata_version != mark_ranges.UNICODE_VERSION:
        pytest.skip("this Python's Unicode version has no shipped table; the tokenizer scans")
    assert list(mark_ranges.MARK_RANGES) == tokens._scan_mark_ranges()


# --- reading a diff ---------------------------------------------------------------------------


def test_changes_give_offsets_to_jump_to_in_both_versions():
    old = "The mayor cut the ribbon on Monday at 7 a.m."
    new = "The mayor cut the ribbon on Tuesday at 8 a.m. sharp"
    hunks = changes(word_diff(old, new))
    assert hunks == [
        Change(old_start=28, old_end=34, new_start=28, new_end=35, deleted="Monday", inserted="Tuesday"),
        Change(old_start=38, old_end=39, new_start=39, new_end=40, deleted="7", inserted="8"),
        Change(old_start=44, old_end=44, new_start=45, new_end=51, deleted="", inserted=" sharp"),
    ]
    assert change_count(word_diff(old, new)) == 3


@given(text_and_revision())
@settings(max_examples=100, deadline=None)
def test_each_change_names_the_text_at_its_offsets(pair):
    old, new = pair
    for hunk in changes(word_diff(old, new)):
        assert old[hunk.old_start : hunk.old_end] == hunk.deleted
        assert new[hunk.new_start : hunk.new_end] == hunk.inserted
        assert hunk.deleted or hunk.inserted


def test_stats_count_words_not_spaces_or_punctuation():
    stats = diff_stats(word_diff("The bridge, which opened in 1932, is old.", "The bridge is old and rusty."))
    assert (stats.words_deleted, stats.words_inserted) == (4, 2)  # which opened in 1932 / and rusty
    assert stats.changes == 2
    assert stats.chars_deleted == len(", which opened in 1932,")
    assert stats.chars_inserted == len(" and rusty")


# --- bad input and limits ---------------------------------------------------------------------


def test_an_unknown_backend_is_a_clear_error():
    with pytest.raises(InputError, match="unknown diff backend 'turbo'"):
        word_diff("a", "b", backend="turbo")


def test_a_diff_needs_two_texts():
    with pytest.raises(InputError, match="two texts"):
        word_diff(b"bytes", "text")


def test_more_distinct_words_than_the_basic_multilingual_plane_has_characters_still_diff_exactly():
    words = [f"w{n}" for n in range(70_000)]
    old = " ".join(words)
    edited = list(words)
    edited[10], edited[69_990] = "first", "last"
    new = " ".join(edited)
    backends = [name for name in ("fast", "python") if name in available_backends()]
    results = [word_diff(old, new, backend=name) for name in backends]
    assert [(hunk.deleted, hunk.inserted) for hunk in changes(results[0])] == [("w10", "first"), ("w69990", "last")]
    assert all(result == results[0] for result in results)


@pytest.mark.slow
def test_a_change_with_more_distinct_words_than_unicode_has_code_points_comes_out_whole():
    old = " ".join(f"w{n}" for n in range(560_000))
    new = " ".join(f"v{n}" for n in range(560_000))
    assert word_diff(old, new) == [(DELETE, old), (INSERT, new)]


def test_edits_across_many_paragraphs_diff_the_same_when_the_shared_word_alphabet_runs_out(monkeypatch):
    import corrections.diff as diff
    from corrections.diff import codes

    paragraphs = ARTICLE.split("\n\n")
    edited = [paragraph.replace("the", "a", 1).replace(",", ";", 1) for paragraph in paragraphs]
    old, new = "\n\n".join(paragraphs), "\n\n".join(edited)
    expected = word_diff(old, new)
    # word_diff's shared word alphabet, limited to 40 codes: each paragraph's run then needs its own
    monkeypatch.setattr(diff, "Alphabet", partial(codes.Alphabet, capacity=40))
    assert word_diff(old, new) == expected
    assert {(hunk.deleted, hunk.inserted) for hunk in changes(expected)} == {("the", "a"), (",", ";")}

