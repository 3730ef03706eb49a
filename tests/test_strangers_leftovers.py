"""Leftovers of a killed run (hidden .part temporaries) are removed on the next start."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from timelineapp.model.leftovers import MIN_AGE_S, clean_leftovers
from timelineapp.ui.leftovers import clean_at_start
from timelineapp.ui.settings import Settings


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_only_old_temporaries_of_our_own_pattern_are_removed(tmp_path: Path) -> None:
    old = tmp_path / ".export.png.abcd1234.part"
    old.write_bytes(b"half a png")
    _aged(old, MIN_AGE_S + 60)
    empty = tmp_path / ".settings.json.x1.part"
    empty.write_bytes(b"")
    _aged(empty, MIN_AGE_S + 60)
    fresh = tmp_path / ".busy.json.y2.part"
    fresh.write_bytes(b"another instance is writing")
    visible = tmp_path / "report.part"  # not hidden: the user's own file
    visible.write_bytes(b"mine")
    _aged(visible, MIN_AGE_S + 60)
    folder = tmp_path / ".folder.part"
    folder.mkdir()
    _aged(folder, MIN_AGE_S + 60)
    cleaned = clean_leftovers([tmp_path, tmp_path])
    assert sorted(cleaned.removed) == sorted([old, empty])
    assert not cleaned.failed
    assert fresh.exists()
    assert visible.exists()
    assert folder.exists()


def test_a_cache_entry_left_half_written_is_removed_from_the_cache_folder_only(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    half = cache / ".events-0123abcd.k3j2.part"  # atomic_folder's temporary, killed mid-save
    (half / "spans.npy").parent.mkdir()
    (half / "spans.npy").write_bytes(b"half an array")
    _aged(half, MIN_AGE_S + 60)
    busy = cache / ".events-4567ef01.q9.part"  # another instance writing it now
    busy.mkdir()
    beside = tmp_path / ".photos.part"  # a folder beside the user's files: not ours
    beside.mkdir()
    _aged(beside, MIN_AGE_S + 60)
    cleaned = clean_leftovers([tmp_path], cache_folders=[cache])
    assert cleaned.removed == [half]
    assert not half.exists()
    assert busy.exists()
    assert beside.exists()


def test_a_leftover_that_cannot_be_removed_is_said_in_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    stuck = locked / ".x.timeline.json.z.part"
    stuck.write_bytes(b"")
    _aged(stuck, MIN_AGE_S + 60)
    recent = locked / "x.timeline.json"
    settings = Settings(recent_files=[str(recent)])
    status = QStatusBar()
    qtbot.addWidget(status)
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):  # root may write anywhere
            cleaned = clean_at_start(settings, tmp_path / "settings.json", None, status)
            assert cleaned.removed == [stuck]
            return
        cleaned = clean_at_start(settings, tmp_path / "settings.json", None, status)
    finally:
        os.chmod(locked, 0o700)
    assert cleaned.failed
    assert "leftover" in status.full_message()
    assert ".x.timeline.json.z.part" in status.full_message()
