"""Writing an imported event file: the saved layout, atomically, keeping a ``.bak``.

The layout is the one timelineapp saves in (:func:`timelineapp.model.saving.file_text`), so an
imported file saved again by the window diffs cleanly; the write goes through the one atomic
writer (:mod:`timelineapp.model.atomic_write`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from timelineapp.model.atomic_write import atomic_write
from timelineapp.model.file_format import EventFile
from timelineapp.model.saving import backup_path, file_text


def event_file_text(data: EventFile) -> str:
    """An event file in the saved layout."""
    return file_text(data)


def write_event_file(data: EventFile | bytes, path: Path) -> None:
    """Write an event file (a model, or its bytes already in the layout) to ``path``
    atomically; an existing file is kept as ``NAME.bak`` first, as a save does."""
    raw = data if isinstance(data, bytes) else file_text(data).encode("utf-8")
    if path.exists():
        shutil.copy2(path, backup_path(path))
    atomic_write(path, raw)
