"""Errors the domain raises; each carries a one-line message fit to show a user."""


class EmendError(Exception):
    """Base for every error Emend reports to a user instead of a traceback."""

    exit_code = 2


class InputError(EmendError):
    """Bad input from the user: a file, an option, a value that cannot be used."""


class PassageNotFound(EmendError):
    """A quoted passage no longer exists in the text it should anchor to."""


class AmbiguousPassage(EmendError):
    """A quoted passage occurs more than once, so the anchor cannot choose."""

    def __init__(self, message: str, count: int):
        super().__init__(message)
        self.count = count


class OverlappingCorrections(EmendError):
    """Two corrections target overlapping spans of the same text."""


class VerificationError(EmendError):
    """The stored history no longer matches its hash chain."""

    exit_code = 1
