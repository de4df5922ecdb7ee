"""The common head and tail of two texts, measured fast and cut back to token boundaries."""

from __future__ import annotations


def common_length(a: str, b: str, limit: int | None = None, *, from_end: bool = False) -> int:
    """Length of the common start of two strings (their common end with `from_end`), at most `limit`.

    It compares chunks of growing size, then halves the chunk holding the first difference. The
    chunk [at, end) counts from the start, or from the end; the comparison is written out in place
    for both, since a helper function for it made the scan a quarter slower.
    """
    a_length, b_length = len(a), len(b)
    limit = min(a_length, b_length, a_length if limit is None else limit)
    if limit <= 0 or (a[-1] != b[-1] if from_end else a[0] != b[0]):
        return 0
    at, step = 1, 32
    while at < limit:
        end = min(limit, at + step)
        if not (
            a.endswith(b[b_length - end : b_length - at], 0, a_length - at)
            if from_end
            else a.startswith(b[at:end], at)
        ):
            while end - at > 1:  # the first difference is in [at, end): halve the range
                middle = (at + end) >> 1
                if (
                    a.endswith(b[b_length - middle : b_length - at], 0, a_length - at)
                    if from_end
                    else a.startswith(b[at:middle], at)
                ):
                    at = middle
                else:
                    end = middle
            return at
        at, step = end, step * 2
    return limit


def _is_cut(text: str, at: int) -> bool:
    """Whether a token boundary surely falls at `at`: the edge, or between space and non-space."""
    return at == 0 or at == len(text) or text[at - 1].isspace() != text[at].isspace()


_SHORT_ENDS = 8000  # up to this many characters, _common_ends beats two common_length scans


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common start and common end of two short strings, in one go.

    The strings as integers, XORed: the lowest set bit is in the first differing character,
    read from the start (little-endian) or from the end (big-endian).
    """
    if a.isascii() and b.isascii():
        a_bytes, b_bytes, shift = a.encode("ascii"), b.encode("ascii"), 3
    else:
        a_bytes = a.encode("utf-32-le", "surrogatepass")
        b_bytes, shift = b.encode("utf-32-le", "surrogatepass"), 5
    limit = min(len(a), len(b))
    x = int.from_bytes(a_bytes, "little") ^ int.from_bytes(b_bytes, "little")
    prefix = min(limit, ((x & -x).bit_length() - 1) >> shift) if x else limit
    x = int.from_bytes(a_bytes, "big") ^ int.from_bytes(b_bytes, "big")
    suffix = min(limit, ((x & -x).bit_length() - 1) >> shift) if x else limit
    return prefix, suffix


def trim(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common head and tail of two texts, both ending on token boundaries."""
    old_length, new_length = len(old), len(new)
    if old_length + new_length <= _SHORT_ENDS:
        head, tail = _common_ends(old, new)
    else:
        head, tail = common_length(old, new), None
    while head and not (_is_cut(old, head) and _is_cut(new, head)):
        head -= 1
    limit = min(old_length, new_length) - head
    tail = common_length(old, new, limit, from_end=True) if tail is None else min(tail, limit)
    # Past the head, the tail's start in either text is a cut at the head or at the text's end.
    while tail and not (
        (old_length - tail == head or _is_cut(old, old_length - tail))
        and (new_length - tail == head or _is_cut(new, new_length - tail))
    ):
        tail -= 1
    return head, tail
