"""Spares the start-up PySide6's reading of our modules' sources (imported by ``ui.app``).

PySide6 replaces ``__import__`` with a hook that, the first time it sees a module, reads the
module's whole source (``inspect.getsource``) to find out whether it names PySide6: such a
module may switch on PySide's ``__feature__`` options (``snake_case``, ``true_property``), so
it is entered in ``shibokensupport.feature.pyside_feature_dict`` as 0 ("uses PySide, no
feature"), any other as -1 ("ignore"). The window's own modules are imported after PySide6,
and reading all their sources costs ~10-15 ms of CPU of each start, before the first paint.

None of our modules selects a ``__feature__``, so the hook is given the answer for them
without reading: "uses PySide" (entered as 0, what it concludes for such a module; the value
only matters to a module that selects features). The modules imported before PySide6 (the
standard library, numpy…), which the hook would read the first time a window module imports
them, get "does not use PySide" (-1, what it concludes for a module that does not name
PySide6; with no feature selected anywhere, the same as 0); so do pydantic's, imported after
PySide6 when the format's models are first used (a start imports neither). The answer is
given where the hook asks for it (its ``_mod_uses_pyside``), when it first sees a module:
nothing is listed or walked at a start. Any other module is read as before. Importing this
module does it, once, before the window's modules are imported. With a PySide6 that has no
such function or table (or a frozen app, whose modules have no source files), nothing is
done.

:func:`plain_imports` goes further while the window's modules are imported: the hook is not
called at all then (each ``import`` statement through it runs Python code, ~3 µs each, ~500
of them before the first paint), and the modules first imported meanwhile are entered as the
hook would have entered them.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType

import PySide6  # noqa: F401  (the hook and its table exist once PySide6 is imported)

FEATURE_MODULE = "shibokensupport.feature"
NO_FEATURE = 0  # the hook's value for a module that uses PySide and selects no feature
IGNORED = -1  # its value for a module that does not name PySide6
OUR_PACKAGE = "timelineapp"

LATER_PACKAGES = ("pydantic", "pydantic_core", "annotated_types", "typing_inspection")
"""Packages imported after PySide6 when first used (the format's models: an edit, a save, a
header the Structs refused), not at start: the hook is told they do not use PySide."""


def known_answer(name: str, earlier: frozenset[str]) -> bool | None:
    """Whether module ``name`` uses PySide, as the hook would conclude from its source, for
    the modules whose answer is known without reading it (None for any other): ours, those of
    :data:`LATER_PACKAGES` and those imported before PySide6 (``earlier``)."""
    top = name.partition(".")[0]
    if top == OUR_PACKAGE:
        return True
    if top in LATER_PACKAGES or name in earlier:
        return False
    return None


def spare_source_scan() -> bool:
    """Answer the hook's question for the modules of :func:`known_answer` (the others are
    still read); True when it was put in place."""
    feature = sys.modules.get(FEATURE_MODULE)
    read: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or read is None or not isinstance(_table(), dict):
        return False
    earlier = frozenset(sys.modules)  # all imported before PySide6's hook: see the docstring

    def uses_pyside(module: ModuleType) -> bool:
        known = known_answer(getattr(module, "__name__", ""), earlier)
        return read(module) if known is None else known

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def _table() -> object:
    return getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports without PySide's hook meanwhile (the window's modules: see the docstring); the
    modules first imported meanwhile are then entered in its table as the hook would have
    entered them (ours as 0, the others as -1: none of them selects a feature)."""
    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    table = _table()
    if plain is None or not isinstance(table, dict):
        yield
        return
    before = set(sys.modules)
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = hooked
        for name in list(sys.modules):  # ours (``ui.app`` too, being imported), the new ones
            ours = name.partition(".")[0] == OUR_PACKAGE
            if name not in table and (ours or name not in before):
                table[name] = NO_FEATURE if ours else IGNORED


# WORKAROUND: PySide6's import hook reads every later module's source (see the docstring).
# This replaces a private PySide function: re-check it on a PySide upgrade
# (tests/ui/test_startup_imports.py fails when the hook reads our modules again).
spare_source_scan()
