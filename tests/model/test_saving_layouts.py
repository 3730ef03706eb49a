"""Saving keeps the layout of the file as opened, and never writes a file the loader refuses.

A big import is written one event per line (compact) so that a million events stay under the
loader's size limit; a save from the window must keep it so, or the file saved could not be
opened again. The limit is passed small here, so the files stay small.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timelineapp.extract.importers import draft as import_draft
from timelineapp.extract.importers import import_bytes
from timelineapp.extract.importers.writing import write_event_file
from timelineapp.model.draft import Draft
from timelineapp.model.edits import add_event, remove_event, set_review, update_event
from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import LoadedFile, load_event_file
from timelineapp.model.saved_layout import Layout, file_text, opened_layout
from timelineapp.model.saving import FileStamp, SaveError, backup_path, save_draft

from .event_files import minimal, to_bytes

EVENTS = 12


def _open(path: Path) -> tuple[LoadedFile, Draft]:
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return result.loaded, Draft.of_loaded(result.loaded)


def _event_lines(path: Path) -> list[str]:
    """The lines between ``"events": [`` and the closing ``]``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index('  "events": [') + 1
    end = len(lines) - 2
    assert lines[end:] == ["  ]", "}"]
    return lines[start:end]


@pytest.fixture
def imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An import written compact, as a big one is (the threshold lowered to keep it small)."""
    monkeypatch.setattr(import_draft, "COMPACT_ABOVE", 3)
    rows = "".join(
        f"2024-01-{1 + i:02d},Événement {i} « x »,Niger;FAN,occurred\n" for i in range(EVENTS)
    )
    result = import_bytes(("date,title,actors,status\n" + rows).encode(), "t.csv", "csv")
    path = tmp_path / "big.timeline.json"
    write_event_file(result.raw, path)
    assert all("\n" not in json.dumps(json.loads(line.rstrip(","))) for line in _event_lines(path))
    return path


def test_an_imported_compact_file_is_detected(imported: Path) -> None:
    _, draft = _open(imported)
    assert opened_layout(draft) is Layout.COMPACT


def test_a_compact_file_edited_and_saved_stays_one_event_a_line(imported: Path) -> None:
    loaded, draft = _open(imported)
    before = _event_lines(imported)
    update_event(draft, 3, title="Changé « é »", date="2024-06-07").apply(draft)
    set_review(draft, 5, ReviewState.VERIFIED, "Ana", None).apply(draft)
    remove_event(draft, 7).apply(draft)
    add_event(draft, "Nouveau", date="2025")[0].apply(draft)
    expected = draft.materialised()
    save_draft(draft, imported, FileStamp.of(imported, loaded.content_hash))

    after = _event_lines(imported)
    assert len(after) == EVENTS  # one removed, one added
    assert all(json.loads(line.rstrip(","))["id"] for line in after)  # one object a line
    # A line diff shows the edits and nothing else: unchanged events kept their bytes.
    lines = [line.rstrip(",") for line in after]  # the last line gains a comma
    assert [k for k, line in enumerate(before) if line.rstrip(",") not in lines] == [3, 5, 7]
    assert '"status"' not in after[3]
    assert '"quotes"' not in after[3]
    reopened, again = _open(imported)
    assert reopened.materialised() == expected  # the same columns as the window had
    assert opened_layout(again) is Layout.COMPACT
    saved = imported.read_bytes()
    save_draft(again, imported)
    assert imported.read_bytes() == saved
    # An event saved by timelineapp, changed and changed back, is written as it was.
    update_event(again, 3, title="Autre").apply(again)
    update_event(again, 3, title="Changé « é »").apply(again)
    save_draft(again, imported)
    assert imported.read_bytes() == saved


def test_an_unchanged_compact_import_saves_byte_identical(imported: Path) -> None:
    before = imported.read_bytes()
    loaded, draft = _open(imported)
    save_draft(draft, imported, FileStamp.of(imported, loaded.content_hash))
    assert imported.read_bytes() == before
    assert not backup_path(imported).exists()  # nothing written: nothing to back up


def test_an_indented_file_stays_indented_and_byte_identical(tmp_path: Path) -> None:
    data = minimal()
    data["events"] += [{"id": f"e{k}", "title": f"É {k}", "date": "2024"} for k in range(EVENTS)]
    path = tmp_path / "t.timeline.json"
    path.write_bytes(to_bytes(data))
    _, draft = _open(path)
    save_draft(draft, path)
    saved = path.read_bytes()
    _, draft = _open(path)
    assert opened_layout(draft) is Layout.INDENTED
    save_draft(draft, path)
    assert path.read_bytes() == saved
    update_event(draft, 4, title="Changé").apply(draft)
    save_draft(draft, path)
    assert path.read_text(encoding="utf-8") == file_text(draft.materialised())


def test_another_tools_one_event_a_line_file_stays_so(tmp_path: Path) -> None:
    # The layout of benchmarks/generate.py: json.dumps per event, with its spaces.
    data = minimal()
    data["events"] += [{"id": f"e{k}", "title": f"É {k}", "date": "2024"} for k in range(EVENTS)]
    events = ",\n    ".join(json.dumps(e, ensure_ascii=False) for e in data["events"])
    header = json.dumps({**data, "events": []}, ensure_ascii=False, indent=2)
    path = tmp_path / "t.timeline.json"
    path.write_text(header.replace('"events": []', '"events": [\n    ' + events + "\n  ]"))
    original = _event_lines(path)
    _, draft = _open(path)
    update_event(draft, 1, title="Changé").apply(draft)
    save_draft(draft, path)
    lines = _event_lines(path)
    assert [k for k, line in enumerate(original) if line not in lines] == [1]


def test_an_indented_save_over_the_limit_is_written_compact(tmp_path: Path) -> None:
    data = minimal()
    data["events"] += [{"id": f"e{k}", "title": f"É {k}", "date": "2024"} for k in range(EVENTS)]
    path = tmp_path / "t.timeline.json"
    path.write_bytes(to_bytes(data))
    _, draft = _open(path)
    indented = len(file_text(draft.materialised()).encode())
    save_draft(draft, path, max_bytes=indented - 1)
    assert len(path.read_bytes()) < indented
    assert len(_event_lines(path)) == len(data["events"])
    reopened, again = _open(path)
    assert reopened.materialised() == draft.materialised()
    assert opened_layout(again) is Layout.COMPACT


def test_a_save_the_loader_would_refuse_is_refused(imported: Path) -> None:
    before = imported.read_bytes()
    loaded, draft = _open(imported)
    update_event(draft, 0, title="Changé " * 50).apply(draft)
    expected = draft.materialised()
    with pytest.raises(SaveError, match="over 1,000 bytes, the most timelineapp opens"):
        save_draft(draft, imported, FileStamp.of(imported, loaded.content_hash), max_bytes=1000)
    assert imported.read_bytes() == before  # nothing written, no backup made
    assert not backup_path(imported).exists()
    assert sorted(p.name for p in imported.parent.iterdir()) == [imported.name]
    assert draft.materialised() == expected  # the edits are still there to save elsewhere
