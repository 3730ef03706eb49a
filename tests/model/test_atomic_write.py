"""The one atomic writer: all of the new content or none of it, and no temporary left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timelineapp.model.atomic_write import atomic_folder, atomic_open, atomic_write


class Boom(Exception):
    pass


def test_atomic_write_replaces_the_content_and_keeps_the_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write(target, "new é")
    assert target.read_text(encoding="utf-8") == "new é"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["a.json"]


def test_new_files_are_readable_by_others_not_private(tmp_path: Path) -> None:
    atomic_write(tmp_path / "b.png", b"\x89PNG")
    assert (tmp_path / "b.png").stat().st_mode & 0o777 == 0o644


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")

    def interrupted() -> None:
        with atomic_open(target) as handle:
            handle.write(b"half of the new con")
            raise Boom

    with pytest.raises(Boom):
        interrupted()
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_writing_into_a_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "missing" / "a.json", b"x")


def test_atomic_folder_swaps_the_whole_folder_in(tmp_path: Path) -> None:
    target = tmp_path / "entry"
    target.mkdir()
    (target / "stale.npy").write_bytes(b"stale")
    with atomic_folder(target) as folder:
        (folder / "meta.json").write_text("{}", encoding="utf-8")
        assert not (target / "meta.json").exists()  # nothing visible before the end
    assert sorted(os.listdir(target)) == ["meta.json"]
    assert os.listdir(tmp_path) == ["entry"]


def test_a_failed_folder_leaves_the_previous_one_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "entry"
    target.mkdir()
    (target / "meta.json").write_text("old", encoding="utf-8")

    def interrupted() -> None:
        with atomic_folder(target) as folder:
            (folder / "meta.json").write_text("new", encoding="utf-8")
            raise Boom

    with pytest.raises(Boom):
        interrupted()
    assert (target / "meta.json").read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["entry"]


def test_settings_are_saved_with_the_atomic_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timelineapp.model import atomic_write as module
    from timelineapp.ui.settings import Settings, load_settings, save_settings

    path = tmp_path / "config" / "settings.json"
    save_settings(Settings(theme="dark"), path)
    assert load_settings(path).theme == "dark"

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        save_settings(Settings(theme="light"), path)
    assert load_settings(path).theme == "dark"  # the previous settings are intact
    assert os.listdir(path.parent) == ["settings.json"]  # and no temporary file is left
