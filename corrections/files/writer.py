"""The one way Emend writes a file: beside the target, flushed to disk, then renamed into place.

On any failure the old file is untouched and the temporary file removed. A target that is (or
resolves to, through links) one of the protected files — the history and its -wal, -shm and
-journal — is refused, and so is an existing file unless the caller says to replace it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from corrections.errors import InputError
from corrections.files.reader import resolved, shown

SIDECARS = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database, named after it."""


class OutputRefused(InputError):
    """An output file that cannot or must not be written; nothing was changed."""


def write_file(path: str | os.PathLike, data: bytes, *, protect: Iterable[str | os.PathLike] = (),
               force: bool = False, private: bool = False) -> Path:
    """Write `data` to `path` atomically; returns the file written (links followed). A `private` file
    (unsaved work kept for recovery) is readable by its owner only."""
    with atomic_output(path, protect=protect, force=force) as temporary:
        if private:
            os.chmod(temporary, 0o600)
        with open(temporary, "wb") as stream:
            stream.write(data)
    return resolved(path)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, *, protect: Iterable[str | os.PathLike] = (),
                  force: bool = False) -> Iterator[Path]:
    """Yield a temporary path in the target's folder for the caller (or a library) to write; then
    fsync it and move it onto the target. Without `force` an existing target is never replaced."""
    protected = list(protect)
    target = _checked(path, protected, force)
    temporary = _new_temporary(target)
    try:
        yield temporary
        _sync(temporary)
        _checked(path, protected, force)  # the target may have changed while the output was made
        _place(temporary, target, force)
        _sync_folder(target.parent)
    except OSError as error:
        raise _refusal(error, target) from None
    finally:
        temporary.unlink(missing_ok=True)


def _new_temporary(target: Path) -> Path:
    """An empty file beside the target, made with the permissions a new file there gets (the umask
    applies), or those of the file it will replace."""
    for _attempt in range(100):
        temporary = target.with_name(f".{target.name[:60]}.{secrets.token_hex(4)}.partial")
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise _refusal(error, target) from None
        try:
            if target.exists():
                os.fchmod(handle, stat.S_IMODE(target.stat().st_mode))
        except OSError:
            pass
        finally:
            os.close(handle)
        return temporary
    raise OutputRefused(f"cannot write {shown(target)}: no free temporary name beside it")


def free_path(folder: str | os.PathLike, stem: str, extension: str) -> Path:
    """`folder/stem.ext`, or `stem-2.ext`, `stem-3.ext`… the first name not taken."""
    folder = Path(folder)
    suffix = f".{extension.lstrip('.')}"
    candidate, number = folder / f"{stem}{suffix}", 1
    while os.path.lexists(candidate):
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def history_files(history_path: str | os.PathLike) -> list[Path]:
    """A SQLite history and the files SQLite keeps beside it, all of which an output must spare."""
    base = Path(history_path)
    return [base] + [base.with_name(base.name + extra) for extra in SIDECARS]


def check_output(path: str | os.PathLike, *, protect: Iterable[str | os.PathLike] = (), force: bool = False) -> Path:
    """Refuse now what writing `path` later would refuse, before slow work is done; writes nothing."""
    return _checked(path, list(protect), force)


def _checked(path: str | os.PathLike, protected: list, force: bool) -> Path:
    """The real file to write, after every refusal that can be told before writing."""
    given = Path(os.path.expanduser(os.fspath(path)))
    try:
        given.lstat()
        given.stat()
    except FileNotFoundError:
        pass  # a new file, or a link to a file still to be made
    except OSError as error:
        raise _refusal(error, given) from None
    target = resolved(given)
    if not target.parent.is_dir():
        raise OutputRefused(f"the folder {shown(target.parent)} does not exist")
    refuse_history_file(path, protected)
    try:
        info = target.stat()
    except FileNotFoundError:
        return target
    except OSError as error:
        raise _refusal(error, target) from None
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefused(f"{shown(path)} is a folder; give the output a file name")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(f"{shown(path)} is not a regular file (a device, pipe or socket); "
                            "leave out the output option to write to standard output")
    if not force:
        raise OutputRefused(f"{shown(path)} already exists; use --force to replace it")
    return target


def refuse_history_file(path: str | os.PathLike, protect: Iterable[str | os.PathLike], *, what: str = "file") -> None:
    """Refuse a `path` that is a protected history or one of its -wal, -shm and -journal names (links followed),
    even while that file does not exist: a folder made there would stop SQLite opening the history."""
    target = resolved(path)
    for guarded in protect:
        for own in history_files(guarded) + history_files(resolved(guarded)):
            if target == resolved(own) or _same_file(target, own):
                raise OutputRefused(f"{shown(path)} is the history itself ({shown(own.name)}); "
                                    f"write the output to another {what}")
        if _sidecar_of(target, guarded):
            raise OutputRefused(f"{shown(path)} belongs to the history (SQLite's {target.name.rsplit('-', 1)[1]} "
                                f"file beside it); write the output to another {what}")


def _sidecar_of(target: Path, history: str | os.PathLike) -> bool:
    """Whether `target` is an -wal, -shm or -journal beside any name of the history's file (a hard link
    to the history has its own)."""
    for suffix in SIDECARS:
        if target.name.endswith(suffix) and _same_file(target.with_name(target.name[:-len(suffix)]), Path(history)):
            return True
    return False


def _same_file(target: Path, own: Path) -> bool:
    try:
        return os.path.samefile(target, own)
    except OSError:
        return False


def _place(temporary: Path, target: Path, force: bool) -> None:
    """Rename over the target when replacing is allowed; else link, which fails if the name was taken."""
    if force:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise OutputRefused(f"{shown(target)} already exists; use --force to replace it") from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        if os.path.lexists(target):  # a file system without hard links: check, then rename
            raise OutputRefused(f"{shown(target)} already exists; use --force to replace it") from None
        os.replace(temporary, target)


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot sync a folder, which is no failure."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _refusal(error: OSError, path: Path) -> OutputRefused:
    reason = error.strerror or str(error)
    if error.errno == errno.ENOSPC:
        return OutputRefused(f"cannot write {shown(path)}: the disk is full; the old file, if any, is unchanged")
    if error.errno == errno.EROFS:
        return OutputRefused(f"cannot write {shown(path)}: the file system is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return OutputRefused(f"cannot write {shown(path)}: permission denied")
    return OutputRefused(f"cannot write {shown(path)}: {reason}")
