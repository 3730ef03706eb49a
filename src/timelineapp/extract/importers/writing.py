"""Writing an imported event file: the saved layout, atomically, keeping a ``.bak``.

The layout is the one timelineapp saves in (the model's key order, two-space indent, UTF-8,
no nulls, a final newline), so an imported file saved again by the window diffs cleanly.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from timelineapp.model.file_format import EventFile


def event_file_text(data: EventFile) -> str:
    """An event file in the saved layout."""
    plain = data.model_dump(mode="json", exclude_none=True)
    return json.dumps(plain, indent=2, ensure_ascii=False) + "\n"


def write_event_file(data: EventFile, path: Path) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file renamed over it); an existing
    file is kept as ``path.bak`` first."""
    text = event_file_text(data)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
