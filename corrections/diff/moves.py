"""Moved passages in a word diff: a deletion and an insertion elsewhere of the same, or nearly the same, text.

A diff shows a paragraph moved elsewhere as a deletion in one place and an unrelated insertion in
another. `find_moves` pairs them, as MediaWiki's diff does, and leaves the diff as it is. A pair is
one deletion op and one insertion op in different change hunks whose texts, whitespace aside, are the
same, or whose words match for at least SIMILARITY of them (difflib's ratio over the words; over the
tokens for scripts written without spaces). Only passages of MIN_WORDS words or MIN_CHARS characters
take part, so a "the" deleted here and typed there is never a move.

Cost: identical passages are paired through a dictionary of their normalised text. Nearly identical
ones are compared only with the CANDIDATES deletions sharing the most runs of three words with the
insertion, and only for passages of at most NEAR_MAX_TOKENS words, NEAR_BUDGET characters of them
in all; at most MAX_PASSAGES deletions and insertions, the first in the diff, take part. So pairing
costs about one pass over the changed text, whatever its size.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import islice

from corrections.diff import DELETE, EQUAL, INSERT, Diff, is_word, tokenize, word_diff

MIN_WORDS = 5
MIN_CHARS = 40
SIMILARITY = 0.9
MAX_PASSAGES = 5_000
NEAR_MAX_TOKENS = 2_000
NEAR_BUDGET = 250_000
CANDIDATES = 4
_TRIPLE = 3
_POSTINGS = 64  # a word triple shared by more deletions than this is too common to find candidates by
_LOOKUPS = 32  # triples of an insertion looked up to find its candidates
_ASCII_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)+|[A-Za-z0-9_]+")  # the words tokenize finds in ASCII text
_SLIDES = 4  # slid variants of an edit tried each way, a word or so each
_SLIDE_CHARS = 200  # and no further than this
_SPACED = 15  # more characters a word than this on average: a script written without spaces


@dataclass(frozen=True)
class Move:
    """The diff's deletion at index `deleted` reappears as its insertion at index `inserted`."""

    deleted: int
    inserted: int
    similarity: float

    @property
    def identical(self) -> bool:
        """Whether the moved text came back word for word (whitespace aside)."""
        return self.similarity == 1.0


@dataclass
class _Passage:
    """A deletion or an insertion big enough to be a move, with what pairing compares."""

    index: int
    hunk: int
    key: str
    keys: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()


def find_moves(diff: Diff) -> list[Move]:
    """The moved passages of a diff, ordered by their deletion; each op is in at most one move."""
    deletions, insertions = _passages(diff)
    moves = _identical(deletions, insertions)
    paired = {index for move in moves for index in (move.deleted, move.inserted)}
    moves += _nearly_identical([p for p in deletions if p.index not in paired],
                               [p for p in insertions if p.index not in paired])
    return sorted(moves, key=lambda move: move.deleted)


def partners(moves: list[Move]) -> dict[int, int]:
    """Each moved op's index mapped to the index of the op it is paired with, both ways."""
    found = {move.deleted: move.inserted for move in moves}
    found.update({move.inserted: move.deleted for move in moves})
    return found


def inner_diff(diff: Diff, move: Move) -> Diff:
    """The word diff of the moved text from where it was to where it is: what changed on the way. The
    space around it (the paragraph break it left and the one it came with) is diffed apart from its words."""
    old, new = diff[move.deleted][1], diff[move.inserted][1]
    old_core, new_core = old.strip(), new.strip()
    old_lead, new_lead = old[: len(old) - len(old.lstrip())], new[: len(new) - len(new.lstrip())]
    old_tail, new_tail = old[len(old_lead) + len(old_core):], new[len(new_lead) + len(new_core):]
    return _space(old_lead, new_lead) + word_diff(old_core, new_core) + _space(old_tail, new_tail)


def _space(old: str, new: str) -> Diff:
    if old == new:
        return [(EQUAL, old)] if old else []
    return [(op, text) for op, text in ((DELETE, old), (INSERT, new)) if text]


def normalised(text: str) -> str:
    """The text with each run of whitespace one space and none at the ends: what identical means here."""
    return " ".join(text.split())


def _passages(diff: Diff) -> tuple[list[_Passage], list[_Passage]]:
    """The deletions and insertions big enough to take part, each with its change hunk's number."""
    found: dict[int, list[_Passage]] = {DELETE: [], INSERT: []}
    hunk, in_hunk = -1, False
    for index, (op, text) in enumerate(diff):
        if op == EQUAL:
            in_hunk = False
            continue
        if not in_hunk:
            hunk, in_hunk = hunk + 1, True
        if op not in found or len(found[op]) >= MAX_PASSAGES:
            continue
        key = normalised(text) if len(text) >= MIN_WORDS else ""
        if key and _big_enough(key):
            found[op].append(_Passage(index, hunk, key, _slid_keys(diff, index, key)))
    return found[DELETE], found[INSERT]


def _slid_keys(diff: Diff, index: int, key: str) -> tuple[str, ...]:
    """The op's normalised text, and that of the same edit slid along the equal text either side, as the
    diff's clean-up may have slid it differently at the two places ("[-mayor spoke. The -]" is "The mayor
    spoke. " slid by the "The " before it). Slides stop at a space, at most _SLIDES each way."""
    text = diff[index][1]
    before = diff[index - 1][1] if index > 0 and diff[index - 1][0] == EQUAL else ""
    after = diff[index + 1][1] if index + 1 < len(diff) and diff[index + 1][0] == EQUAL else ""
    keys = {key: None}
    for shift in _slides(before[-_SLIDE_CHARS:][::-1], text[-_SLIDE_CHARS:][::-1], len(before)):
        keys.setdefault(normalised(before[-shift:] + text[:-shift]))
    for shift in _slides(after[:_SLIDE_CHARS], text[:_SLIDE_CHARS], len(after)):
        keys.setdefault(normalised(text[shift:] + after[:shift]))
    return tuple(keys)


def _slides(equal: str, text: str, whole: int) -> list[int]:
    """How far an edit can slide into the equal text beside it (`equal` and `text` read from the side where
    they meet; `whole`: the equal text's full length) and stop at a space or at the equal text's end."""
    shifts = []
    for at in range(min(len(equal), len(text))):
        if equal[at] != text[at] or len(shifts) >= _SLIDES:
            break
        if equal[at].isspace() or at + 1 == whole:
            shifts.append(at + 1)
    return shifts


def _big_enough(key: str) -> bool:
    """MIN_CHARS characters, or MIN_WORDS words (the tokens that are words: in a script without spaces,
    a character each). Plain ASCII text shorter than MIN_WORDS one-letter words and the marks between
    them is not tokenized at all."""
    if len(key) >= MIN_CHARS:
        return True
    if key.isascii():
        return len(key) >= 2 * MIN_WORDS - 1 and len(_ASCII_WORD.findall(key)) >= MIN_WORDS
    return len(key) >= MIN_WORDS and sum(is_word(token) for token in tokenize(key)) >= MIN_WORDS


def _identical(deletions: list[_Passage], insertions: list[_Passage]) -> list[Move]:
    """Insertions paired, in order, with the first unpaired deletion of the same normalised text
    (either of them possibly slid), in another change hunk."""
    waiting: dict[str, deque[_Passage]] = defaultdict(deque)
    for passage in deletions:
        for key in passage.keys:
            waiting[key].append(passage)
    taken: set[int] = set()
    moves = []
    for passage in insertions:
        match = None
        for key in passage.keys:
            queue = waiting.get(key)
            while queue and queue[0].index in taken:
                queue.popleft()
            if queue:
                match = next((candidate for candidate in islice(queue, CANDIDATES)
                              if candidate.index not in taken and candidate.hunk != passage.hunk), None)
            if match is not None:
                taken.add(match.index)
                moves.append(Move(match.index, passage.index, 1.0))
                break
    return moves


def _nearly_identical(deletions: list[_Passage], insertions: list[_Passage]) -> list[Move]:
    """Pairs whose token similarity reaches SIMILARITY, best first, among candidates sharing word triples."""
    deletions = _with_tokens(deletions)
    insertions = _with_tokens(insertions)
    if not deletions or not insertions:
        return []
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, passage in enumerate(deletions):
        for triple in _triples(passage.tokens):
            if len(postings[triple]) <= _POSTINGS:
                postings[triple].append(number)
    scored = []
    for passage in insertions:
        shared = Counter()
        for triple in _sampled(_triples(passage.tokens)):
            found = postings.get(triple)
            if found and len(found) <= _POSTINGS:
                shared.update(found)
        for number, _count in shared.most_common(CANDIDATES):
            deletion = deletions[number]
            if deletion.hunk == passage.hunk:
                continue
            similarity = _similarity(deletion.tokens, passage.tokens)
            if similarity >= SIMILARITY:
                scored.append((similarity, deletion.index, passage.index))
    moves, taken = [], set()
    for similarity, deleted, inserted in sorted(scored, key=lambda item: (-item[0], item[1], item[2])):
        if deleted not in taken and inserted not in taken:
            taken.update((deleted, inserted))
            moves.append(Move(deleted, inserted, similarity))
    return moves


def _with_tokens(passages: list[_Passage]) -> list[_Passage]:
    """The passages to compare word by word, their words filled in: each at most NEAR_MAX_TOKENS words,
    all of them NEAR_BUDGET characters at most, the first in the diff."""
    kept, budget = [], NEAR_BUDGET
    for passage in passages:
        key = passage.key
        if len(key) > budget or len(key) > NEAR_MAX_TOKENS * 20:
            continue
        tokens = key.split(" ")
        if len(key) > _SPACED * len(tokens):  # a script written without spaces: its tokens instead
            tokens = [token for token in tokenize(key) if token != " "]
        if len(tokens) <= NEAR_MAX_TOKENS:
            budget -= len(key)
            passage.tokens = tuple(tokens)
            kept.append(passage)
    return kept


def _triples(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The passage's distinct runs of three tokens, in order (a short passage is its own run)."""
    if len(tokens) < _TRIPLE:
        return [tokens]
    return list(dict.fromkeys(zip(tokens, tokens[1:], tokens[2:])))


def _sampled(triples: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """At most _LOOKUPS triples spread evenly over the passage: enough to find a near copy's candidates."""
    if len(triples) <= _LOOKUPS:
        return triples
    step = len(triples) / _LOOKUPS
    return [triples[int(at * step)] for at in range(_LOOKUPS)]


def _similarity(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """difflib's ratio of the two token sequences, skipped (0) where their lengths alone rule it out."""
    if 2 * min(len(first), len(second)) < SIMILARITY * (len(first) + len(second)):
        return 0.0
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
        return 0.0
    return matcher.ratio()
