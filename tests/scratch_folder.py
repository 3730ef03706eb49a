"""The run's temporary files (``tmp_path`` and the like) go to memory where Linux has room.

The tests write and delete ~4,400 files a run (cache entries of ~40 arrays each, saved
files, their backups), syncing some to disk as the app does. Under ``/tmp`` on a disk mounted
with ``discard`` each deletion cost ~0.5 ms and each sync a few: the cache tests spent more
time in the file system than in the app (81 cache and save tests: 4.3 -> 3.0 s, CPU 2.9 ->
2.2 s, on ``/dev/shm``). What the tests check does not depend on the file system: files,
folders, links, FIFOs, renames and watches behave alike on tmpfs.

So when nothing else was chosen (``--basetemp``, or pytest's ``PYTEST_DEBUG_TEMPROOT``) and
``/dev/shm`` is a tmpfs with room to spare (not a container's 64 MB), pytest's temporary root
is put there: its numbered ``pytest-of-USER/pytest-N`` folders and their clean-up are as
under ``/tmp``. A run keeps ~10 MB there (the last three runs are kept, as always).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

MEMORY = Path("/dev/shm")
ROOM = 2 << 30  # free bytes wanted: the run's files are ~100 MB at their peak


def scratch_in_memory() -> None:
    """Point pytest's temporary root at ``/dev/shm`` if it is a roomy, writable tmpfs and no
    root was chosen. Must run before the run's base temporary folder is made."""
    if "PYTEST_DEBUG_TEMPROOT" in os.environ or not sys.platform.startswith("linux"):
        return
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
        tmpfs = any(line.split()[1:3] == [str(MEMORY), "tmpfs"] for line in mounts)
        roomy = shutil.disk_usage(MEMORY).free >= ROOM
    except (OSError, IndexError):
        return
    if tmpfs and roomy and os.access(MEMORY, os.W_OK | os.X_OK):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(MEMORY)
