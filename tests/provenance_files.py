"""A copy of the Niger example whose article was edited after quoting ("19 mai" -> "20 mai").

The reproducer of issue 13: seven quotes and date phrases no longer match their document.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.resources import example_event_file


def tampered_copy(folder: Path, keep_hash: bool = True, tamper: bool = True) -> Path:
    """Copy the example into ``folder``, change its article, return the event file's path."""
    source = example_event_file()
    target = folder / "niger"
    shutil.copytree(source.parent, target)
    path = target / source.name
    if tamper:
        for article in target.glob("*.txt"):
            raw = article.read_bytes()  # bytes: line ends stay exactly as they were
            assert b"19 mai" in raw
            article.write_bytes(raw.replace(b"19 mai", b"20 mai"))
    if not keep_hash:
        data = json.loads(path.read_text(encoding="utf-8"))
        for document in data["documents"]:
            document.pop("sha256", None)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def load(path: Path) -> Timeline:
    result = load_event_file(path)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)
