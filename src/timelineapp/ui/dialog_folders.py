"""Where file dialogs open: a folder the user chose before, else the event file's, else home.

Never the process's current folder (a file dialog given "" opens there: for an app started
from a menu that is ``/`` or the home folder, from a terminal whatever folder that was), and
never the folder of the bundled example, which is the app's own read-only install folder.
"""

from __future__ import annotations

from pathlib import Path

from ..resources import resource_path


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is a file shipped with the app (the example is a template)."""
    try:
        return path.resolve().is_relative_to(resource_path().resolve())
    except (OSError, ValueError):
        return False


def start_folder(*remembered: str, event_file: Path | None = None) -> Path:
    """The first of ``remembered`` folders that still exists, else the open event file's
    folder (unless it is the bundled example), else the home folder."""
    for folder in remembered:
        if folder and Path(folder).is_dir():
            return Path(folder)
    if event_file is not None and not is_bundled(event_file) and event_file.parent.is_dir():
        return event_file.parent
    return Path.home()
