"""Benchmark texts: news-style articles of any size, and edited versions of them, made reproducibly.

The texts are grown from the prose in `resources/bench/prose.txt` with a word-pair Markov
chain, so a 1 MB text reads like news copy, repeats no paragraph, and is the same on every run.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from functools import lru_cache

import resources

PROSE = "bench/prose.txt"
SIZES = {"2 KB": 2_000, "35 KB": 35_000, "350 KB": 350_000, "1 MB": 1_000_000}
PROFILES = ("one typo", "1% words", "10% words", "30% words", "paragraph moved", "unrelated text")

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?][\"')]*$")


class Chain:
    """Which word may follow each pair of words in the source prose, sentence by sentence."""

    def __init__(self, prose: str):
        self.starts: list[tuple[str, str]] = []
        self.next: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.vocabulary: list[str] = sorted(set(_WORD.findall(prose)))
        for paragraph in prose.split("\n\n"):
            words = paragraph.split()
            if len(words) < 8 or not _SENTENCE_END.search(words[-1]):
                continue  # headlines: too short to learn sentences from
            start = 0
            for at, word in enumerate(words):
                if _SENTENCE_END.search(word) and at - start >= 2:
                    self.starts.append((words[start], words[start + 1]))
                    start = at + 1
            for first, second, third in zip(words, words[1:], words[2:]):
                self.next[(first, second)].append(third)

    def sentence(self, rng: random.Random, limit: int = 45) -> str:
        first, second = rng.choice(self.starts)
        words = [first, second]
        while not _SENTENCE_END.search(words[-1]) and len(words) < limit:
            followers = self.next.get((words[-2], words[-1]))
            if not followers:
                break
            words.append(rng.choice(followers))
        if not _SENTENCE_END.search(words[-1]):
            words[-1] += "."
        return " ".join(words)

    def headline(self, rng: random.Random) -> str:
        words = self.sentence(rng).rstrip(".!?\"')").split()[: rng.randint(5, 9)]
        return " ".join(words)

    def paragraph(self, rng: random.Random) -> str:
        return " ".join(self.sentence(rng) for _ in range(rng.randint(1, 3)))


@lru_cache(maxsize=1)
def chain() -> Chain:
    return Chain(resources.read_text(PROSE))


def _fresh(make, seen: set[str], tries: int = 20) -> str:
    """A paragraph not made before, if one turns up within a few tries."""
    for _ in range(tries):
        paragraph = make()
        if paragraph not in seen:
            break
    seen.add(paragraph)
    return paragraph


@lru_cache(maxsize=16)
def text(size: int, seed: int = 1) -> str:
    """A news-style text of about `size` characters: articles of a headline and 4-9 paragraphs."""
    rng = random.Random(seed)
    the_chain = chain()
    seen: set[str] = set()
    paragraphs: list[str] = []
    length = 0
    while length < size:
        article = [_fresh(lambda: the_chain.headline(rng), seen)]
        article += [_fresh(lambda: the_chain.paragraph(rng), seen) for _ in range(rng.randint(4, 9))]
        paragraphs += article
        length += sum(len(paragraph) + 2 for paragraph in article)
    whole = "\n\n".join(paragraphs) + "\n"
    cut = whole.rfind("\n\n", 0, size)
    return whole[: cut + 1] if cut > size // 2 else whole[:size]


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def with_typo(text: str, rng: random.Random) -> str:
    """The text with two letters swapped inside one longish word near the middle."""
    words = [match for match in _words(text) if len(match.group()) >= 5]
    match = words[len(words) // 2 + rng.randrange(-len(words) // 10 - 1, len(words) // 10 + 1)]
    at = match.start() + 2
    return text[:at] + text[at + 1] + text[at] + text[at + 2 :]


def with_words_rewritten(text: str, fraction: float, rng: random.Random) -> str:
    """The text with a share of its words, picked at random, replaced by other words."""
    words = _words(text)
    picked = sorted(rng.sample(range(len(words)), max(1, round(len(words) * fraction))))
    vocabulary = chain().vocabulary
    parts: list[str] = []
    at = 0
    for index in picked:
        match = words[index]
        replacement = rng.choice(vocabulary)
        while replacement == match.group():
            replacement = rng.choice(vocabulary)
        parts += [text[at : match.start()], replacement]
        at = match.end()
    parts.append(text[at:])
    return "".join(parts)


def with_paragraph_moved(text: str) -> str:
    """The text with the paragraph a quarter of the way in moved to three quarters of the way."""
    paragraphs = text.rstrip("\n").split("\n\n")
    moved = paragraphs.pop(len(paragraphs) // 4)
    paragraphs.insert(len(paragraphs) * 3 // 4, moved)
    return "\n\n".join(paragraphs) + "\n"


def case(size: int, profile: str) -> tuple[str, str]:
    """The old and new text of one benchmark case."""
    old = text(size)
    rng = random.Random(f"{size}:{profile}")
    if profile == "one typo":
        return old, with_typo(old, rng)
    if profile.endswith("% words"):
        return old, with_words_rewritten(old, int(profile.split("%")[0]) / 100, rng)
    if profile == "paragraph moved":
        return old, with_paragraph_moved(old)
    if profile == "unrelated text":
        return old, text(size, seed=2)
    raise ValueError(f"unknown edit profile {profile!r}")
