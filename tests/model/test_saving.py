"""Saving: the stable layout, byte-identical round trips, atomicity, backups, conflicts."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from timelineapp.model import saved_layout, saving
from timelineapp.model.draft import Draft
from timelineapp.model.edits import (
    add_document,
    add_event,
    new_file,
    set_review,
    update_event,
)
from timelineapp.model.file_format import Event, ReviewState
from timelineapp.model.loading import LoadedFile, load_event_file
from timelineapp.model.saved_layout import file_text
from timelineapp.model.saving import (
    ChangedOnDisk,
    FileStamp,
    backup_path,
    changed_on_disk,
    save_draft,
)

from .event_files import minimal, to_bytes


def _open(path: Path) -> tuple[LoadedFile, Draft]:
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    loaded = result.loaded
    return loaded, Draft.of_loaded(loaded)


def _saved_example(tmp_path: Path, events: int = 3) -> Path:
    data = minimal()
    for k in range(events - len(data["events"])):
        data["events"].append({"id": f"e{k}", "title": f"Événement {k} « x »", "date": "2024"})
    path = tmp_path / "t.timeline.json"
    path.write_bytes(to_bytes(data))
    _, draft = _open(path)
    save_draft(draft, path)  # now in timelineapp's layout
    return path


def test_layout_is_the_models_order_two_spaces_no_escapes(tmp_path: Path) -> None:
    path = _saved_example(tmp_path)
    text = path.read_text(encoding="utf-8")
    loaded, _ = _open(path)
    dumped = loaded.materialised().model_dump(mode="json", exclude_none=True)
    assert text == json.dumps(dumped, indent=2, ensure_ascii=False) + "\n"
    assert "\\u" not in text
    assert "’" in text
    assert list(json.loads(text)) == [
        "format",
        "version",
        "title",
        "language",
        "documents",
        "actors",
        "events",
    ]


@pytest.mark.parametrize("events", [3, 2000])
def test_unchanged_saved_file_saves_byte_identical(
    tmp_path: Path, events: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2000 events: the loader keeps them lazily, and the saver copies their bytes.
    path = _saved_example(tmp_path, events)
    before = path.read_bytes()
    backup = backup_path(path).read_bytes()  # the version before timelineapp's layout
    loaded, draft = _open(path)
    made: list[str] = []
    real_event_pieces = saved_layout.event_pieces

    def counted(event: Event) -> Iterator[str]:
        made.append(event.id)
        return real_event_pieces(event)

    # What serialises an event (saving.event_text, patched here before, was never called).
    monkeypatch.setattr(saved_layout, "event_pieces", counted)
    title = draft.events[1].title
    update_event(draft, 1, title="Changé").apply(draft)
    update_event(draft, 1, title=title).apply(draft)  # one event re-made, the same again
    save_draft(draft, path, FileStamp.of(path, loaded.content_hash))
    assert path.read_bytes() == before
    # The unchanged events were copied from the opened bytes: only the layout sample (three
    # events) and the re-made one were serialised.
    assert len(made) <= 4
    # Nothing changed: the .bak keeps the version before the last real change (QA #143).
    assert backup_path(path).read_bytes() == backup


def test_a_save_with_nothing_changed_writes_nothing_and_keeps_the_backup(
    tmp_path: Path,
) -> None:
    """QA #143: saving unchanged bytes replaced NAME.bak (the previous real version, e.g.
    the builder's draft) with a copy of the file."""
    path = _saved_example(tmp_path)
    first = path.read_bytes()
    loaded, draft = _open(path)
    update_event(draft, 0, title="Changé").apply(draft)
    stamp = save_draft(draft, path, FileStamp.of(path, loaded.content_hash))
    edited = path.read_bytes()
    assert edited != first
    assert backup_path(path).read_bytes() == first
    time = path.stat().st_mtime_ns
    again = save_draft(draft, path, stamp)  # nothing changed since
    assert path.read_bytes() == edited
    assert path.stat().st_mtime_ns == time  # not even rewritten
    assert backup_path(path).read_bytes() == first
    assert again.sha256 == stamp.sha256
    assert not changed_on_disk(path, again)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]


@pytest.mark.parametrize("events", [3, 2000])
def test_save_then_reopen_gives_an_equal_model(tmp_path: Path, events: int) -> None:
    path = _saved_example(tmp_path, events)
    loaded, draft = _open(path)
    update_event(draft, 1, title="Changé « é »", date="2024-06-07").apply(draft)
    add_event(draft, "Nouveau", quote=("doc", 3, 10))[0].apply(draft)
    at = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    set_review(draft, 0, ReviewState.VERIFIED, "Ana", at).apply(draft)
    expected = draft.materialised()
    save_draft(draft, path, FileStamp.of(path, loaded.content_hash))
    reopened, again = _open(path)
    assert reopened.materialised() == expected
    assert path.read_text(encoding="utf-8") == file_text(expected)
    assert '"reviewed_at": "2026-11-26T09:30:00Z"' in path.read_text(encoding="utf-8")
    saved = path.read_bytes()
    save_draft(again, path)
    assert path.read_bytes() == saved


def test_interrupted_save_leaves_the_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _saved_example(tmp_path)
    before = path.read_bytes()
    _, draft = _open(path)
    update_event(draft, 0, title="Changé").apply(draft)

    def failing(draft: Draft, *args, **kwargs):  # type: ignore[no-untyped-def]
        yield b"{"
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(saving, "draft_chunks", failing)
    with pytest.raises(RuntimeError):
        save_draft(draft, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]


def test_external_change_is_detected(tmp_path: Path) -> None:
    path = _saved_example(tmp_path)
    loaded, draft = _open(path)
    stamp = FileStamp.of(path, loaded.content_hash)
    assert not changed_on_disk(path, stamp)
    os.utime(path, ns=(stamp.mtime_ns + 5_000_000_000,) * 2)
    assert not changed_on_disk(path, stamp)  # touched, same content
    path.write_bytes(path.read_bytes().replace(b'"Test"', b'"Autre"'))
    assert changed_on_disk(path, stamp)
    with pytest.raises(ChangedOnDisk):
        save_draft(draft, path, stamp)
    assert b'"Autre"' in path.read_bytes()
    save_draft(draft, path, stamp, force=True)
    assert b'"Test"' in path.read_bytes()


def test_new_file_with_a_document_copy(tmp_path: Path) -> None:
    draft = new_file("Nouveau", "fr")
    add_document(draft, "Article", "Texte 🎉 é\n", path="article.txt")[0].apply(draft)
    add_event(draft, "Fête", quote=("article", 6, 7))[0].apply(draft)
    path = tmp_path / "new.timeline.json"
    save_draft(draft, path)
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == "Texte 🎉 é\n"
    assert not backup_path(path).exists()
    loaded, _ = _open(path)
    assert not loaded.issues
    assert loaded.materialised().events[0].sources[0].quotes[0].text == "🎉"


def test_existing_document_files_are_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("autre", encoding="utf-8")
    draft = new_file("N")
    add_document(draft, "Article", "Texte", path="article.txt")[0].apply(draft)
    save_draft(draft, tmp_path / "n.timeline.json")
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == "autre"


def test_a_stranger_s_file_of_the_same_name_gets_the_document_another_name(
    tmp_path: Path,
) -> None:
    # QA #63: the copy was skipped and the saved file pointed at the stranger's file.
    (tmp_path / "article.txt").write_text("UNRELATED FILE, must survive", encoding="utf-8")
    draft = new_file("N")
    add_document(draft, "Article", "Texte 🎉 é\n", path="article.txt")[0].apply(draft)
    add_event(draft, "Fête", quote=("article", 6, 7))[0].apply(draft)
    path = tmp_path / "n.timeline.json"
    save_draft(draft, path)
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == "UNRELATED FILE, must survive"
    assert (tmp_path / "article-2.txt").read_text(encoding="utf-8") == "Texte 🎉 é\n"
    assert [d.path for d in draft.header.documents] == ["article-2.txt"]  # kept for the next save
    loaded, _ = _open(path)
    assert not loaded.issues
    assert loaded.materialised().documents[0].path == "article-2.txt"
    save_draft(draft, path)  # saved again: the same file, nothing new written
    assert sorted(p.name for p in tmp_path.glob("article*")) == ["article-2.txt", "article.txt"]


def test_the_same_text_already_there_is_reused(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Texte", encoding="utf-8")
    draft = new_file("N")
    add_document(draft, "Article", "Texte", path="article.txt")[0].apply(draft)
    save_draft(draft, tmp_path / "n.timeline.json")
    assert [d.path for d in draft.header.documents] == ["article.txt"]
    assert not (tmp_path / "article-2.txt").exists()


def test_events_added_to_an_empty_file_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "empty.timeline.json"
    save_draft(new_file("Vide"), path)
    _, draft = _open(path)
    add_event(draft, "Premier")[0].apply(draft)
    save_draft(draft, path)
    reopened, _ = _open(path)
    assert [e.title for e in reopened.materialised().events] == ["Premier"]


def test_a_file_opened_through_a_link_is_saved_through_it(tmp_path: Path) -> None:
    # QA #64: the save replaced the link with a new file; the real file never got the edit.
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    draft = new_file("Lié", "fr")
    add_document(draft, "Article", "Texte", path="article.txt")[0].apply(draft)
    real = real_folder / "real.timeline.json"
    save_draft(draft, real)
    link = tmp_path / "link.timeline.json"  # another folder: the documents are beside real
    link.symlink_to(real)
    loaded, opened = _open(link)
    assert not loaded.issues  # the document is found beside the real file
    add_event(opened, "Nouveau", quote=("article", 0, 5))[0].apply(opened)
    save_draft(opened, link)
    assert link.is_symlink()
    assert "Nouveau" in real.read_text(encoding="utf-8")
    assert backup_path(real).exists()
    assert not (tmp_path / "article.txt").exists()  # no copy beside the link
