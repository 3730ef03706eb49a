"""Leftovers of a killed process: the hidden ``.NAME.XXXX.part`` temporaries of atomic writes.

Every file timelineapp writes goes through :mod:`.atomic_write`, which removes its temporary
on any error, but not when the process is killed (or the machine stops) mid-write. Those
temporaries are found on the next start, in the folders timelineapp writes to (settings,
cache, the recent files' and the last export's folders), and removed. Only our own pattern is
touched (a hidden name ending in ``.part``, a regular file, not a link; a folder too in the
cache, see :func:`clean_leftovers`), and only when it is
older than :data:`MIN_AGE_S`: another running timelineapp may be writing it right now.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .atomic_write import TEMP_SUFFIX

MIN_AGE_S = 15 * 60


@dataclass
class Cleaned:
    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # path, why


def clean_leftovers(
    folders: Iterable[Path], now: float | None = None, cache_folders: Iterable[Path] = ()
) -> Cleaned:
    """Remove stale temporaries in ``folders`` (not below them); say what failed and why.

    In ``cache_folders`` (only timelineapp writes there) a temporary may also be a folder: a
    cache entry being written (``atomic_folder``), up to a few hundred megabytes, which no
    budget counts once its writer is gone. Elsewhere a folder is never touched: a hidden
    ``.….part`` folder beside a user's files is not ours to remove.
    """
    now = time.time() if now is None else now
    cleaned = Cleaned()
    ours = set(cache_folders)
    seen: set[Path] = set()
    for folder in [*folders, *ours]:
        if folder in seen:
            continue
        seen.add(folder)
        try:
            candidates = list(folder.glob(f".*{TEMP_SUFFIX}"))
        except OSError:
            continue
        for path in candidates:
            try:
                info = path.lstat()
            except OSError:
                continue  # gone meanwhile
            whole_folder = stat.S_ISDIR(info.st_mode) and folder in ours
            if not (stat.S_ISREG(info.st_mode) or whole_folder):
                continue
            if now - info.st_mtime < MIN_AGE_S:
                continue
            try:
                if whole_folder:
                    shutil.rmtree(path)
                else:
                    os.unlink(path)
            except OSError as error:
                cleaned.failed.append((path, error.strerror or type(error).__name__))
            else:
                cleaned.removed.append(path)
    return cleaned
