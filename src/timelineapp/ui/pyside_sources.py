"""Spares the start-up PySide6's reading of our modules' sources (imported by ``ui.app``).

PySide6 replaces ``__import__`` with a hook that, the first time it sees a module, reads the
module's whole source (``inspect.getsource``) to find out whether it names PySide6: such a
module may switch on PySide's ``__feature__`` options (``snake_case``, ``true_property``), so
it is entered in ``shibokensupport.feature.pyside_feature_dict`` as 0 ("uses PySide, no
feature"), any other as -1 ("ignore"). The window's own modules are imported after PySide6,
and reading all their sources costs ~10-15 ms of CPU of each start, before the first paint.

None of our modules selects a ``__feature__``, so each is entered as what the hook concludes
for a module that uses PySide without features: 0 (the value only matters to a module that
selects features). The modules imported before PySide6 (the standard library, numpy…),
which the hook would read the first time a window module imports them, are entered as -1,
what it concludes for a module that does not name PySide6 (and, with no feature selected
anywhere, the same as 0); so are pydantic's, imported after PySide6 when the format's models
are first used (a start imports neither). Importing this module does it, once, before the
window's modules are imported; the hook then finds them known and reads nothing. With a
PySide6 that keeps no such table (or a frozen app, whose modules have no source files),
nothing is done.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import PySide6  # noqa: F401  (the hook and its table exist once PySide6 is imported)

FEATURE_MODULE = "shibokensupport.feature"
NO_FEATURE = 0  # the hook's value for a module that uses PySide and selects no feature
IGNORED = -1  # its value for a module that does not name PySide6


def our_module_names() -> list[str]:
    """The names of the ``timelineapp`` package and of all its modules and packages on disk."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return _names_on_disk(os.path.basename(package), package)


LATER_PACKAGES = ("pydantic", "pydantic_core", "annotated_types", "typing_inspection")
"""Packages imported after PySide6 when first used (the format's models: an edit, a save, a
header the Structs refused), not at start: entered as -1 before their import."""


def package_module_names(top: str) -> list[str]:
    """The names of package ``top``'s modules and packages on disk (none when it is not
    installed as files), found without importing it."""
    spec = importlib.util.find_spec(top)
    folders = spec.submodule_search_locations if spec is not None else None
    return [name for folder in folders or () for name in _names_on_disk(top, folder)]


def _names_on_disk(top: str, package: str) -> list[str]:
    names = []
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        prefix = top + folder[len(package) :].replace(os.sep, ".")
        names.append(prefix)  # a package, or a namespace package (ui/ has no __init__.py)
        for file in files:
            if file.endswith(".py") and file != "__init__.py":
                names.append(f"{prefix}.{file[:-3]}")
    return names


def spare_source_scan() -> int:
    """Enter our modules, those already imported and those of :data:`LATER_PACKAGES` in
    PySide's feature table (those not already there); how many."""
    table = getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    entered = 0
    for name in our_module_names():
        if name not in table:
            table[name] = NO_FEATURE
            entered += 1
    for name in (name for top in LATER_PACKAGES for name in package_module_names(top)):
        if name not in table:
            table[name] = IGNORED
            entered += 1
    for name in list(sys.modules):  # all imported before PySide6: see the module's doc
        if name not in table:
            table[name] = IGNORED
            entered += 1
    return entered


# WORKAROUND: PySide6's import hook reads every later module's source (see the docstring).
# This edits a private PySide table: re-check it on a PySide upgrade
# (tests/ui/test_startup_imports.py fails when the hook reads our modules again).
spare_source_scan()
