"""The one lookup for files shipped in ``resources/`` (examples, schema, fonts, icons)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    In an installed wheel, ``resources/`` is packaged as ``timelineapp/resources``. In a
    source checkout (editable install, tests from the tree) it is the repository's top-level
    ``resources/`` folder, two levels above the package.
    """
    packaged = Path(str(files("timelineapp"))) / "resources"
    base = packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "resources"
    return base.joinpath(*parts)


def example_event_file() -> Path:
    """The event file opened when no file is given."""
    return resource_path("examples", "niger-2024", "niger-2024.timeline.json")
