"""Writing a small static site into one folder through the one safe writer, and nowhere else.

Every file lands inside the folder: a link (symbolic) in the way, for a subfolder or a file, is refused, as is
an existing file of the site unless `force`, and all of that is checked before the first file is written.
With `force`, files the site wrote before (as `owned` recognises them) in its own subfolders that it no longer
has are removed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath

from corrections.files.reader import shown
from corrections.files.writer import OutputRefused, check_output, history_files, refuse_history_file, write_file


def write_site(folder: str | os.PathLike, files: Mapping[str, bytes], *, protect: Iterable[str | os.PathLike] = (),
               force: bool = False, owned: Callable[[str, Path], bool] | None = None,
               subfolders: Iterable[str] = ()) -> Path:
    """Write `files` (relative POSIX paths to bytes, in order) into `folder`, made if missing; returns the folder.

    `owned(relative, path)` says whether a file already in one of the site's `subfolders` is a page the site
    wrote: with `force` those the site no longer has are removed, so a remade site holds no stale page."""
    protected = list(protect)
    root = _root(folder, protected)
    targets = {relative: _inside(root, relative) for relative in files}
    own_folders = [_inside(root, name) for name in subfolders]
    for target in reversed(targets.values()):  # the last written (the index) is the one a refusal names
        if target.parent.is_dir():  # a file in a folder still to be made is new
            _refuse_special(target, root)
            check_output(target, protect=protected, force=force)
    for target in targets.values():
        _make_folders(root, target.parent)
    for relative, data in files.items():
        write_file(targets[relative], data, protect=protected, force=force)
    if force and owned is not None:
        _remove_stale(root, own_folders, set(targets.values()), owned, protected)
    return root


def _root(folder: str | os.PathLike, protected: list) -> Path:
    """The site's folder, made if missing (its parent must exist), with links in its own path followed; never
    at a name of the history's own files."""
    given = Path(os.path.expanduser(os.fspath(folder)))
    refuse_history_file(given, protected, what="folder")
    if not os.path.exists(given):  # os.path's checks, unlike Path's, say False for a name too long as well
        if os.path.islink(given):
            raise OutputRefused(f"{shown(given)} is a link to nothing; give a folder")
        if not os.path.isdir(given.parent):
            raise OutputRefused(f"the folder {shown(given.parent)} does not exist")
        try:
            given.mkdir()
        except OSError as error:
            raise OutputRefused(f"cannot make the folder {shown(given)}: {error.strerror or error}") from None
    if not os.path.isdir(given):
        raise OutputRefused(f"{shown(given)} is a file, not a folder; give a folder for the site")
    return given.resolve()


def _inside(root: Path, relative: str) -> Path:
    """Where a file of the site goes: a plain path under the folder, with no link anywhere on the way."""
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or any(part in ("", ".", "..") for part in parts):
        raise OutputRefused(f"{shown(relative)} is not a file name inside the site's folder")
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise OutputRefused(f"{shown(path)} is a link; the site writes only inside {shown(root)}, "
                                "so remove the link or choose another folder")
    return path


def _refuse_special(target: Path, root: Path) -> None:
    """A pipe, device or socket where a page goes: the site has no standard output to write to instead."""
    if os.path.lexists(target) and not (os.path.isfile(target) or os.path.isdir(target)):
        raise OutputRefused(f"{shown(target)} is not a regular file (a device, pipe or socket); remove it or "
                            f"choose another folder than {shown(root)}")


def _make_folders(root: Path, folder: Path) -> None:
    if folder == root or folder.is_dir():
        return
    if folder.exists():
        raise OutputRefused(f"{shown(folder)} is a file; the site needs a folder of that name")
    _make_folders(root, folder.parent)
    try:
        folder.mkdir()
    except OSError as error:
        raise OutputRefused(f"cannot make the folder {shown(folder)}: {error.strerror or error}") from None


def _remove_stale(root: Path, folders: list[Path], written: set[Path], owned: Callable[[str, Path], bool],
                  protected: list) -> None:
    """Remove the pages the site wrote before, in its subfolders, that it did not write now."""
    spared = [own for guarded in protected for own in history_files(guarded)]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path in written or not stat.S_ISREG(path.lstat().st_mode):
                continue
            if any(own.exists() and os.path.samefile(path, own) for own in spared):
                continue
            if owned(path.relative_to(root).as_posix(), path):
                path.unlink()
