"""Process-wide settings the program chooses for itself when it starts (never at import).

:func:`configure_environment` must run before numpy or pydantic is imported; the command
line calls it first thing. A value already in the environment (even an empty one) wins.
Worker processes (spawned to load big files) inherit the environment.
"""

from __future__ import annotations

import os
import sys
import types

DEFAULTS = {
    # No third-party pydantic plugins: they would observe every file we validate (files from
    # strangers included), and looking for them scans the entry points of every installed
    # distribution when the first model class is built (10-25 ms of each start).
    "PYDANTIC_DISABLE_PLUGINS": "__all__",
    # One OpenBLAS thread: numpy's OpenBLAS starts a thread per core when imported, and they
    # spin for work that never comes (we do no linear algebra). On a 2-core machine that is
    # ~50 ms of CPU per start, which start-up waits for when the other core is busy.
    "OPENBLAS_NUM_THREADS": "1",
}


def configure_environment() -> None:
    """Set the defaults above where the user has not chosen otherwise."""
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
    skip_plugin_discovery()


PYDANTIC_PLUGIN_LOADER = "pydantic.plugin._loader"
"""pydantic's plugin finder, which :func:`skip_plugin_discovery` stands in for."""

PLUGINS_DISABLED = ("__all__", "1", "true")  # the values pydantic's own finder obeys


def skip_plugin_discovery() -> bool:
    """While pydantic plugins are disabled, spare each start pydantic's plugin finder.

    Building the first model imports ``pydantic.plugin._loader`` even when
    ``PYDANTIC_DISABLE_PLUGINS`` says there are none, and that module imports
    ``importlib.metadata`` at its top, and with it ``email``, ``socket``, ``csv``, ``zipfile``…
    (~10 ms of CPU before the window's first paint), for a ``get_plugins()`` that then
    returns ``()`` without using any of it. A module whose ``get_plugins`` returns ``()``
    takes its place, only while plugins are disabled and pydantic has not loaded its own;
    ``tests/model/test_process_setup.py`` checks that it answers as pydantic's does and
    that pydantic imports nothing else from it. Returns True when it was put in place.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in PLUGINS_DISABLED:
        return False
    if PYDANTIC_PLUGIN_LOADER in sys.modules:
        return False
    stand_in = types.ModuleType(PYDANTIC_PLUGIN_LOADER, "Stands in for pydantic's plugin finder.")
    stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[PYDANTIC_PLUGIN_LOADER] = stand_in
    return True


def _no_plugins() -> tuple[()]:
    """No plugins: what pydantic's ``get_plugins`` returns while they are disabled."""
    return ()
