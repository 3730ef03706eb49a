"""A big file's views after a one-event edit: patched columns equal those of a full load."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from timelineapp.model.draft import Draft, Edit
from timelineapp.model.draft_patch import patch_event
from timelineapp.model.draft_view import load_draft
from timelineapp.model.edits import (
    add_actor,
    add_quote,
    remove_quote,
    update_event,
)
from timelineapp.model.file_format import ReviewState
from timelineapp.model.loading import LoadedFile, load_event_bytes

from .event_files import TEXT, minimal, to_bytes


def _loaded() -> tuple[LoadedFile, Draft]:
    data = minimal()
    for k in range(40):
        data["events"].append(
            {
                "id": f"e{k}",
                "title": f"Événement {k}",
                "date": f"20{10 + k % 15}-0{1 + k % 9}",
                "actors": [{"actor": "niger", "role": f"r{k % 3}"}] if k % 2 else [],
                "sources": [
                    {"document": "doc", "quotes": [{"start": 0, "end": 5, "text": TEXT[:5]}]}
                ]
                if k % 3
                else [],
            }
        )
    result = load_event_bytes(to_bytes(data), "t.timeline.json", None)
    assert result.loaded is not None
    return result.loaded, Draft.of_loaded(result.loaded)


EDITS: list[Callable[[Draft], Edit]] = [
    lambda d: update_event(d, 5, title="Nouveau « titre »", date="2024-06-07"),
    lambda d: update_event(d, 7, actors=[{"actor": "armee", "role": "rôle neuf"}]),
    lambda d: update_event(d, 0, actors=[], date=None, review=ReviewState.DISPUTED),
    lambda d: add_quote(d, 12, "doc", 20, 40),
    lambda d: remove_quote(d, 4, 0, 0),
    lambda d: update_event(d, 42, summary="accord signé à Niamey", tags=["a", "b"]),
    lambda d: update_event(d, 9, date="{199X, 2001-21}"),  # the date_form column too
]


def _same(a: LoadedFile, b: LoadedFile) -> None:
    for name in (
        "earliest",
        "latest",
        "core0",
        "core1",
        "precision",
        "flags",
        "date_form",
        "status",
        "review",
        "dated",
        "order",
        "sorted_t0",
        "sorted_t1",
        "class_positions",
        "class_bounds",
        "actor_ptr",
        "actor_ids",
        "undated",
    ):
        assert np.array_equal(getattr(a.index, name), getattr(b.index, name)), name
    roles_a = [a.index.roles[r] if r >= 0 else None for r in a.index.actor_roles.tolist()]
    roles_b = [b.index.roles[r] if r >= 0 else None for r in b.index.actor_roles.tolist()]
    assert roles_a == roles_b
    assert list(a.titles) == list(b.titles)
    assert list(a.ids) == list(b.ids)
    assert bytes(a.search_blob) == bytes(b.search_blob)
    assert sorted(map(tuple, a.passage_rows.tolist())) == sorted(
        map(tuple, b.passage_rows.tolist())
    )
    assert sorted((i.json_path, i.message) for i in a.issues) == sorted(
        (i.json_path, i.message) for i in b.issues
    )
    assert a.materialised() == b.materialised()


@pytest.mark.parametrize("make", EDITS)
def test_patched_columns_equal_a_full_load(make: Callable[[Draft], Edit]) -> None:
    shown, draft = _loaded()
    edit = make(draft)
    undo = edit.apply(draft)
    assert hasattr(edit, "index")
    patched = patch_event(shown, draft, edit.index)
    assert patched is not None
    full = load_draft(draft, None, "t.timeline.json").loaded
    assert full is not None
    _same(patched, full)
    undo.apply(draft)  # and back: the patch of the patch is the file as opened
    again = patch_event(patched, draft, edit.index)
    assert again is not None
    _same(again, shown)


def test_header_changes_are_not_patched() -> None:
    shown, draft = _loaded()
    add_actor(draft, "Nouveau")[0].apply(draft)
    assert patch_event(shown, draft, 0) is None


def test_an_index_out_of_range_is_not_patched() -> None:
    shown, draft = _loaded()
    assert patch_event(shown, draft, len(draft.events)) is None
