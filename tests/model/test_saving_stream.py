"""Saving streams: the file is written in pieces, never built as one string, and the pieces
are exactly the saved layout (``json.dumps(indent=2, ensure_ascii=False)`` of the models,
or one event a line), whatever the file holds: the example, a generated file, many actors
written from their columns and an event naming thousands of them. A failure in the middle
of the write leaves the old file, its backup, and no temporary file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from timelineapp.model import saved_layout, saving
from timelineapp.model.actor_columns import HeaderActors
from timelineapp.model.draft import Draft
from timelineapp.model.edits import update_event
from timelineapp.model.event_json import LazyRefs
from timelineapp.model.file_format import EventFile
from timelineapp.model.loading import load_event_file
from timelineapp.model.saved_layout import Layout, draft_chunks
from timelineapp.model.saving import SaveError, save_draft

from .event_files import minimal, to_bytes

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "niger-2024"
ACTORS = 9_000  # more than two batches of the column writers (4,096 actors)


def _many_actors() -> dict[str, object]:
    data = minimal()
    data["actors"] += [
        {
            "id": f"a{i}",
            "name": f"Acteur « {i} » é\t",
            **({"kind": "person"} if i % 3 == 0 else {}),
            **({"aliases": [f"x{i}", "ÿ"]} if i % 5 == 0 else {}),
            **({"parent": "niger"} if i % 7 == 1 else {}),
            **({"description": "ligne\nautre"} if i % 11 == 2 else {}),
        }
        for i in range(ACTORS)
    ]
    refs: list[object] = [f"a{i}" for i in range(ACTORS)]
    refs[4] = {"actor": "a4", "role": "témoin"}
    data["events"][1]["actors"] = refs
    return data


def _opened(path: Path) -> Draft:
    result = load_event_file(path)
    assert result.loaded is not None, result.issues[:3]
    return Draft.of_loaded(result.loaded)


# The references made so far, by the models' dump they were made from: ``json.dumps`` with an
# indent runs in Python (~0.5 s for the generated file), and equal dumps give equal bytes.
_LAYOUTS: list[tuple[dict[str, object], bytes]] = []


def _layout(draft: Draft) -> bytes:
    """The saved layout as the models and ``json.dumps`` define it (the reference)."""
    dumped = draft.materialised().model_dump(mode="json", exclude_none=True)
    for earlier, layout in _LAYOUTS:
        if earlier == dumped:
            return layout
    layout = (json.dumps(dumped, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    _LAYOUTS.append((dumped, layout))
    return layout


@pytest.fixture(scope="module")
def many_actors_file() -> bytes:
    """The bytes of ``_many_actors()``, made once: each test opens its own draft of them."""
    return to_bytes(_many_actors())


@pytest.fixture(params=["example", "generated"])
def opened(request: pytest.FixtureRequest, tmp_path: Path, many_actors_file: bytes) -> Draft:
    if request.param == "example":
        folder = tmp_path / "example"
        shutil.copytree(EXAMPLE, folder)
        return _opened(next(folder.glob("*.timeline.json")))
    path = tmp_path / "many.timeline.json"
    path.write_bytes(many_actors_file)
    draft = _opened(path)
    assert isinstance(draft.header.actors, HeaderActors)
    assert isinstance(draft.events[1].actors, LazyRefs)
    return draft


def test_the_pieces_are_the_saved_layout(opened: Draft, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saved_layout, "_BLOCK_CHARACTERS", 1 << 14)
    chunks = [bytes(chunk) for chunk in draft_chunks(opened, Layout.INDENTED, copy=False)]
    assert b"".join(chunks) == _layout(opened)
    whole = sum(map(len, chunks))
    if whole > 1 << 20:  # the generated file: written in pieces, none of them most of it
        assert max(map(len, chunks)) < whole // 2


def test_the_compact_pieces_are_one_event_a_line(opened: Draft) -> None:
    written = b"".join(draft_chunks(opened, Layout.COMPACT, copy=False)).decode("utf-8")
    assert EventFile.model_validate_json(written) == opened.materialised()
    events = written[written.index('"events": [') :].splitlines()[1:-2]
    assert len(events) == len(opened.events)
    assert all(line.startswith("    {") for line in events)


def test_saved_then_copied_gives_the_same_bytes(opened: Draft, tmp_path: Path) -> None:
    path = tmp_path / "saved.timeline.json"
    opened.header = opened.header.model_copy(
        update={"documents": [d.model_copy(update={"path": None}) for d in opened.header.documents]}
    )
    save_draft(opened, path)
    first = path.read_bytes()
    assert first == _layout(opened)
    save_draft(_opened(path), path)  # unchanged events copied from the opened bytes
    assert path.read_bytes() == first


def test_a_failure_in_the_middle_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, many_actors_file: bytes
) -> None:
    path = tmp_path / "many.timeline.json"
    path.write_bytes(many_actors_file)
    draft = _opened(path)
    save_draft(draft, path)
    before, backup = path.read_bytes(), saving.backup_path(path).read_bytes()
    update_event(draft, 0, title="Changé").apply(draft)
    monkeypatch.setattr(saved_layout, "_BLOCK_CHARACTERS", 1 << 12)
    real = HeaderActors.saved_pieces
    written: list[int] = []

    def failing(actors: HeaderActors) -> object:
        for k, piece in enumerate(real(actors)):
            written.append(k)
            if k == 3:
                raise OSError(28, "No space left on device")
            yield piece

    monkeypatch.setattr(HeaderActors, "saved_pieces", failing)
    with pytest.raises(SaveError):
        save_draft(draft, path)
    assert written[-1] == 3  # some pieces were written to the temporary file first
    assert path.read_bytes() == before
    assert saving.backup_path(path).read_bytes() == backup
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]
