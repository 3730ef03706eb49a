"""The app's modules are byte-compiled once per run, for every process of the run to read.

This environment sets PYTHONDONTWRITEBYTECODE, so every interpreter of a run compiled the
whole of ``timelineapp`` from source again as it imported it: each xdist worker (~0.3 s of
CPU) and each of the ~40 commands and windows the tests start in a fresh interpreter (~0.1 s
each). Installed from a wheel, as users run it, the app has its bytecode (pip writes it), and
the start-up benchmarks write it too (``benchmarks/run.py``). So before the workers start,
the run writes what is missing or stale into the package's ``__pycache__`` folders (ignored
by git); the variable forbids only writing, and Python checks each file against its source's
time and size before using it. A later run finds them current and compiles nothing.
"""

from __future__ import annotations

import compileall
import importlib.util


def compile_the_app() -> None:
    """Write the bytecode of every ``timelineapp`` module that has none or a stale one."""
    spec = importlib.util.find_spec("timelineapp")
    if spec is None or not spec.submodule_search_locations:
        return
    for folder in spec.submodule_search_locations:
        # A file it cannot write (a read-only checkout) is left to be compiled as before.
        compileall.compile_dir(folder, quiet=2)
