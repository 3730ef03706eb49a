"""Process-wide settings the program chooses for itself when it starts (never at import).

:func:`configure_environment` must run before numpy or pydantic is imported; the command
line calls it first thing. A value already in the environment (even an empty one) wins.
Worker processes (spawned to load big files) inherit the environment.
"""

from __future__ import annotations

import os

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
