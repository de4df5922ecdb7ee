"""Each version in the audit report is shown as what changed, with a few words of its paragraph around it."""

from __future__ import annotations

from corrections.audit_report import excerpt_html
from corrections.diff import DELETE, EQUAL, INSERT, word_diff
from corrections.diff_excerpts import excerpts

OLD = ("The mayor opened the bridge on Monday morning after a restoration that took three years in all.\n\n"
       "It cost 184 million pounds, according to the council, against an estimate of 171 million pounds "
       "that was made when the work was first planned in the spring of 2019 by the old council.\n\n"
       "Cyclists will use the new lane from Wednesday.\n")


def test_a_change_comes_with_a_few_words_of_its_paragraph_and_the_paragraph_number():
    new = OLD.replace("184 million", "148 million")

    [excerpt] = excerpts(word_diff(OLD, new), context=4)

    assert excerpt.paragraph == 2
    assert excerpt.parts == ((EQUAL, "It cost "), (DELETE, "184"), (INSERT, "148"),
                             (EQUAL, " million pounds, according to"))
    assert (excerpt.cut_before, excerpt.cut_after) == (False, True)


def test_changes_far_apart_or_in_other_paragraphs_make_separate_excerpts_and_near_ones_share():
    new = OLD.replace("Monday", "Tuesday").replace("171", "170").replace("2019", "2018").replace("new lane", "lane")

    found = excerpts(word_diff(OLD, new), context=3)

    assert [e.paragraph for e in found] == [1, 2, 2, 3]
    near = excerpts(word_diff(OLD, OLD.replace("three", "four").replace("in all", "in total")), context=3)
    assert len(near) == 1 and near[0].cut_before and not near[0].cut_after


def test_the_first_version_is_one_excerpt_of_its_whole_text_and_no_change_is_none():
    assert excerpts(word_diff(OLD, OLD)) == []
    [whole] = excerpts(word_diff("", OLD))
    assert whole.parts == ((INSERT, OLD),) and whole.paragraph == 1


def test_a_change_of_spacing_alone_is_shown_by_a_mark_in_the_report():
    [joined] = excerpts(word_diff("The bridge reopened.\n\nIt cost more.", "The bridge reopened. It cost more."))

    html = excerpt_html(joined)

    assert "<del>¶</del> <ins>␣</ins>" in html and "Paragraph 1" in html
