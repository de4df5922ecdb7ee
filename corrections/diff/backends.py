"""The diff-match-patch cores a word diff can run on, C++ or Python, picked by backend name."""

from __future__ import annotations

from diff_match_patch import diff_match_patch

from corrections.diff.ops import DELETE, EQUAL, INSERT, Diff
from corrections.errors import InputError

try:
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - the C++ core is a declared dependency
    _fast = None

BACKENDS = ("auto", "fast", "python")

_FAST_OPS = {"-": DELETE, "=": EQUAL, "+": INSERT}


def available_backends() -> tuple[str, ...]:
    """The diff cores importable here: "fast" (the C++ core) and always "python"."""
    return ("fast", "python") if _fast is not None else ("python",)


def _python_dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no deadline: never the degraded diff
    return dmp


DMP = _python_dmp()


def core_fast(a: str, b: str) -> Diff:
    """The C++ core's diff of two code strings, without a deadline or cleanup."""
    result = _fast.diff(a, b, timelimit=0, checklines=False, cleanup="No", counts_only=False)
    return [(_FAST_OPS[op], text) for op, text in result]


def core_python(a: str, b: str) -> Diff:
    """The Python core's diff of two code strings, without a deadline or cleanup."""
    return list(DMP.diff_main(a, b, False))


def core_for(backend: str):
    """The core a backend name stands for ("auto": the C++ one where it imports)."""
    if backend not in BACKENDS:
        raise InputError(f"unknown diff backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "python" or (backend == "auto" and _fast is None):
        return core_python
    if _fast is None:
        raise InputError("the fast diff backend needs the fast-diff-match-patch package")
    return core_fast
