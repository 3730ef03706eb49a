"""The shipped example is already in the saved layout: opening a copy and saving it without a
change writes the same bytes (a first Ctrl+S is not a rewrite of the whole file)."""

from __future__ import annotations

import shutil
from pathlib import Path

from timelineapp.model.draft import Draft
from timelineapp.model.loading import load_event_file
from timelineapp.model.saving import save_draft
from timelineapp.resources import example_event_file


def test_saving_an_unmodified_copy_of_the_example_changes_no_byte(tmp_path: Path) -> None:
    shipped = Path(example_event_file())
    for item in shipped.parent.iterdir():
        shutil.copy(item, tmp_path / item.name)
    copy = tmp_path / shipped.name
    result = load_event_file(copy)
    assert result.loaded is not None, result.issues
    save_draft(Draft.of_loaded(result.loaded), copy)
    assert copy.read_bytes() == shipped.read_bytes()
    # The same bytes: nothing written, no .bak made (QA #143).
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in shipped.parent.iterdir()
    )
