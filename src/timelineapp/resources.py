"""The one lookup for files shipped in ``resources/`` (examples, schema, fonts, icons)."""

from __future__ import annotations

from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    In an installed wheel, ``resources/`` is packaged as ``timelineapp/resources``. In a
    source checkout (editable install, tests from the tree) it is the repository's top-level
    ``resources/`` folder, two levels above the package.
    """
    # The package's folder from this module's own path, as importlib.resources.files would
    # find it (also in the frozen app) without importing its readers and zipfile: ~4 ms of
    # CPU of each start of the window, before its first paint.
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    base = packaged if packaged.is_dir() else here.parent.parent / "resources"
    return base.joinpath(*parts)


def example_event_file() -> Path:
    """The event file opened when no file is given."""
    return resource_path("examples", "niger-2024", "niger-2024.timeline.json")
