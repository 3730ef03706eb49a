"""Writing an imported event file atomically, keeping a ``.bak``.

The bytes come laid out by the importer's :class:`~.draft.Draft`: the saved layout of
:func:`timelineapp.model.saving.file_text` for all but big imports, which are compact (see
:data:`~.draft.COMPACT_ABOVE`). The write goes through the one atomic writer
(:mod:`timelineapp.model.atomic_write`).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from timelineapp.model.atomic_write import atomic_open
from timelineapp.model.file_format import EventFile
from timelineapp.model.format_rules import FILE_SUFFIX
from timelineapp.model.saved_layout import file_text
from timelineapp.model.saving import backup_path


def default_output(source: Path) -> Path:
    """Where an import of ``source`` is written unless told: beside it, every suffix
    dropped ("sahel.timesketch.csv" -> "sahel.timeline.json")."""
    return source.with_name(source.name.split(".", 1)[0] + FILE_SUFFIX)


def event_file_text(data: EventFile) -> str:
    """An event file in the saved layout."""
    return file_text(data)


def write_event_file(data: EventFile | bytes | Sequence[bytes | bytearray], path: Path) -> None:
    """Write an event file (a model, or its bytes already in the layout, whole or in pieces)
    to ``path`` atomically; an existing file is kept as ``NAME.bak`` first, as a save does."""
    if isinstance(data, EventFile):
        pieces: Sequence[bytes | bytearray] = [file_text(data).encode("utf-8")]
    else:
        pieces = [data] if isinstance(data, bytes) else data
    if path.exists():
        shutil.copy2(path, backup_path(path))
    with atomic_open(path) as handle:
        for piece in pieces:
            handle.write(piece)
