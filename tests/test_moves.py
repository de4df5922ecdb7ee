"""A paragraph or sentence moved elsewhere is found as a move: its deletion paired with its insertion."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corrections.diff import DELETE, EQUAL, INSERT, new_text, old_text, word_diff
from corrections.diff.moves import MIN_WORDS, find_moves, inner_diff, partners

HEADLINE = "Harbour bridge reopens after three-year restoration"
OPENING = ("The Kestrel Harbour Bridge reopened to traffic on Monday morning after a three-year restoration "
           "that replaced its deck, repainted its steel arches and added a protected cycle lane.")
MAYOR = ("Mayor Dana Whitcombe cut the ribbon shortly after 7 a.m., telling a crowd of several hundred "
         "commuters that the project had come in on time and very nearly on budget.")
HISTORY = ("The bridge, which opened in 1932, carries about 48,000 vehicles a day and links the old town "
           "with the container port on the northern shore.")
CLOSURE = ("During the closure, ferry operators added sailings and the council ran a free shuttle bus "
           "across the river.")
TOLLS = "The council said tolls would not be reintroduced, reversing a proposal made in 2022."
ARTICLE = [HEADLINE, OPENING, MAYOR, HISTORY, CLOSURE, TOLLS]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def moved_texts(diff, moves) -> list[tuple[str, str]]:
    return [(diff[move.deleted][1].strip(), diff[move.inserted][1].strip()) for move in moves]


def test_a_paragraph_moved_word_for_word_is_one_identical_move():
    diff = word_diff(text(ARTICLE), text([HEADLINE, OPENING, HISTORY, CLOSURE, MAYOR, TOLLS]))

    moves = find_moves(diff)

    assert moved_texts(diff, moves) == [(MAYOR, MAYOR)]
    assert moves[0].identical
    assert diff[moves[0].deleted][0] == DELETE and diff[moves[0].inserted][0] == INSERT
    assert partners(moves) == {moves[0].deleted: moves[0].inserted, moves[0].inserted: moves[0].deleted}


def test_a_paragraph_moved_with_one_word_changed_is_a_move_with_changes():
    edited = MAYOR.replace("several hundred", "hundreds of")
    diff = word_diff(text(ARTICLE), text([HEADLINE, OPENING, HISTORY, CLOSURE, edited, TOLLS]))

    [move] = find_moves(diff)

    assert moved_texts(diff, [move]) == [(MAYOR, edited)]
    assert not move.identical and 0.9 <= move.similarity < 1
    changed = [(op, part) for op, part in inner_diff(diff, move) if op != EQUAL and part.strip()]
    assert changed == [(DELETE, "several hundred"), (INSERT, "hundreds of")]


def test_a_sentence_moved_inside_its_paragraph_is_a_move():
    first, second = "Engineers found corrosion in the main cables in 2021.", "The bridge was shut for three years."
    diff = word_diff(f"{first} {second} It reopened on Monday.\n", f"{second} {first} It reopened on Monday.\n")

    assert [(old.strip(), new.strip()) for old, new in moved_texts(diff, find_moves(diff))] in (
        [(first, first)], [(second, second)])


def test_short_common_words_deleted_here_and_typed_there_are_never_moves():
    diff = word_diff("The mayor said the bridge is safe. The council said the tolls are gone.\n",
                     "Mayor said bridge is safe. The council said that the tolls are gone, the end.\n")
    assert (DELETE, "the ") in diff and (INSERT, ", the end") in diff

    assert find_moves(diff) == []
    swapped = word_diff("a b c d\n\nmiddle paragraph here\n", "middle paragraph here\n\na b c d\n")
    assert (DELETE, "a b c d") in swapped and (INSERT, "a b c d") in swapped
    assert len("a b c d".split()) < MIN_WORDS and find_moves(swapped) == []


def test_a_move_among_unrelated_edits_is_found_and_the_edits_stay_edits():
    new = [HEADLINE, OPENING.replace("Monday", "Tuesday"), HISTORY.replace("48,000", "84,000"), CLOSURE, MAYOR,
           TOLLS + " Cyclists will use the new lane from Wednesday."]
    diff = word_diff(text(ARTICLE), text(new))

    moves = find_moves(diff)

    assert moved_texts(diff, moves) == [(MAYOR, MAYOR)]
    moved = set(partners(moves))
    others = [(op, part) for index, (op, part) in enumerate(diff) if op != EQUAL and index not in moved]
    assert (DELETE, "Monday") in others and (INSERT, "Tuesday") in others
    assert (DELETE, "48,000") in others and (INSERT, "84,000") in others


def test_a_rewritten_paragraph_in_its_own_place_is_not_a_move():
    diff = word_diff("One two three four five six seven.\n", "Eight nine ten eleven twelve thirteen.\n")
    assert find_moves(diff) == []


def test_two_paragraphs_swapped_with_a_third_kept_give_moves_that_never_share_an_op():
    diff = word_diff(text(ARTICLE), text([HEADLINE, CLOSURE, HISTORY, MAYOR, OPENING, TOLLS]))

    moves = find_moves(diff)

    assert moves
    indices = [index for move in moves for index in (move.deleted, move.inserted)]
    assert len(indices) == len(set(indices))
    assert all(old == new for old, new in moved_texts(diff, moves))


def test_a_moved_passage_in_a_script_without_spaces_is_found():
    moved = "香港國際機場今日重新開放予所有航班使用並恢復正常服務"
    old = f"{moved}\n\n第一段文字在這裡。\n\n第二段文字在這裡。\n"
    new = f"第一段文字在這裡。\n\n第二段文字在這裡。\n\n{moved[:-2]}航班\n"

    [move] = find_moves(word_diff(old, new))
    assert not move.identical


paragraphs = st.lists(st.sampled_from(ARTICLE + [MAYOR.replace("several", "many"), "Short one.", "x"]),
                      min_size=0, max_size=7)


@given(paragraphs, paragraphs)
@settings(max_examples=200, deadline=None)
def test_the_diff_stays_exact_and_moves_pair_a_deletion_with_a_later_or_earlier_insertion(old, new):
    before, after = text(old), text(new)
    diff = word_diff(before, after)
    original = list(diff)

    moves = find_moves(diff)

    assert diff == original and old_text(diff) == before and new_text(diff) == after
    used = [index for move in moves for index in (move.deleted, move.inserted)]
    assert len(used) == len(set(used))
    for move in moves:
        assert diff[move.deleted][0] == DELETE and diff[move.inserted][0] == INSERT
        between = diff[min(move.deleted, move.inserted):max(move.deleted, move.inserted)]
        assert any(op == EQUAL for op, _ in between), "a move joins two different change hunks"
        assert partners(moves)[move.deleted] == move.inserted and partners(moves)[move.inserted] == move.deleted
        inner = inner_diff(diff, move)
        assert old_text(inner) == diff[move.deleted][1] and new_text(inner) == diff[move.inserted][1]


ops = st.lists(st.tuples(st.sampled_from([DELETE, EQUAL, INSERT]),
                         st.sampled_from(["x", " ", "\n\n", MAYOR, HISTORY, MAYOR + " More.", "one two three"])),
               max_size=12)


@given(ops)
@settings(max_examples=200, deadline=None)
def test_any_list_of_ops_gives_consistent_pairs(diff):
    moves = find_moves(diff)

    used = [index for move in moves for index in (move.deleted, move.inserted)]
    assert len(used) == len(set(used))
    assert all(diff[move.deleted][0] == DELETE and diff[move.inserted][0] == INSERT for move in moves)
    assert moves == sorted(moves, key=lambda move: move.deleted)


def test_the_json_and_text_formats_name_the_move_and_keep_everything_else():
    from corrections.diff_format import move_notes, to_json, to_text

    first, second = "Engineers found corrosion in the main cables in 2021.", "The bridge was shut for three years."
    diff = word_diff(f"Title\n\n{first} {second}\n", f"Title\n\n{second} {first}\n")

    items = to_json(diff)
    [source] = [index for index, item in enumerate(items) if "moved_to" in item]
    assert items[items[source]["moved_to"]]["moved_from"] == source
    assert [(item["op"], item["text"]) for item in items] == [(["delete", "equal", "insert"][op + 1], part)
                                                             for op, part in diff]
    assert "[-" in to_text(diff) and "{+" in to_text(diff)
    [note] = move_notes(diff)
    assert note.startswith("moved: “") and note.endswith("” within line 3")
    paragraph = word_diff(text(ARTICLE), text([HEADLINE, OPENING, HISTORY, CLOSURE, MAYOR, TOLLS]))
    assert move_notes(paragraph) == ["moved: “Mayor Dana Whitcombe cut the ribbon shortly after 7 a.m.,…” "
                                     "from line 5 to line 9"]


def test_a_sentence_of_five_words_is_big_enough_to_move_and_four_words_are_not():
    def moves_of(sentence: str) -> list:
        old = f"{sentence} The bridge reopened on Monday morning.\n\nTolls are gone for good now, said the council.\n"
        new = f"The bridge reopened on Monday morning.\n\nTolls are gone for good now, said the council. {sentence}\n"
        return find_moves(word_diff(old, new))

    assert len(moves_of("The mayor cut the ribbon.")) == 1
    assert moves_of("The mayor cut it.") == []
