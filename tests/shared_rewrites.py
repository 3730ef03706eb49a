"""xdist workers share the rewriting of the test modules' asserts: each rewrites a share.

pytest rewrites every test module's ``assert`` statements as it imports it (3 s of CPU for this
suite), and every xdist worker imports every module. So, before collecting, worker *i* of *n*
rewrites every *n*-th module from the *i*-th: collecting then reads the other workers' shares.
Where they are kept depends on whether bytecode may be written:

- it may (PYTHONDONTWRITEBYTECODE unset, as in CI and the timed runs): in pytest's own cache
  (``__pycache__`` beside each module, ignored by git), which outlives the run. A worker
  rewrites only the modules of its share whose cached code is missing or stale (pytest's
  header and source hash), so a run after one that changed no test module rewrites none
  (~1.3 s of CPU a worker), and a fresh clone shares the work as before;
- it may not (this environment sets PYTHONDONTWRITEBYTECODE): in a folder of the run, where
  pytest's cache is pointed, since pytest would keep nothing.

pytest checks each cached module against its source's hash and rewrites it itself when it is
missing (another worker not there yet), so the worst case is the work of before. Only pytest's
own functions do the rewriting; should their private names change, the workers rewrite
everything as before.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest


def rewrite_share_of_the_modules(session: pytest.Session) -> None:
    """In an xdist worker collecting whole folders, rewrite its share of their test modules
    into the run's shared folder and point pytest's cache of rewritten modules there."""
    config = session.config
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    basetemp = config.option.basetemp  # the worker's, inside the run's folder (set by xdist)
    if not worker.startswith("gw") or count < 2 or not basetemp:
        return
    if config.getoption("assertmode") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite

        rewrite_test = rewrite._rewrite_test
        write_pyc = rewrite._write_pyc
        state = config.stash[rewrite.assertstate_key]
        tail = rewrite.PYC_TAIL
        default_cache_dir: Callable[[Path], Path] = rewrite.get_cache_dir
    except (ImportError, AttributeError, KeyError):
        return
    root = config.invocation_params.dir
    folders = [root / arg for arg in config.args]
    if not folders or not all(folder.is_dir() for folder in folders):
        return  # named files: few modules, nothing worth sharing
    modules = sorted(
        {m for f in folders for m in f.rglob("test_*.py") if "__pycache__" not in m.parts}
    )
    cache_dir = default_cache_dir
    if sys.dont_write_bytecode:  # pytest keeps nothing: the run's folder, shared by its workers
        shared = Path(basetemp).parent / "rewritten-tests"

        def cache_dir(file_path: Path) -> Path:
            try:
                return shared / file_path.parent.relative_to(root)
            except ValueError:  # not under the invocation folder: pytest's own place
                return default_cache_dir(file_path)

        rewrite.get_cache_dir = cache_dir
    index = int(worker[2:])
    for module in modules[index % count :: count]:
        pyc = cache_dir(module) / (module.name[:-3] + tail)
        try:
            if _current(pyc, module):
                continue  # rewritten by an earlier run
            source_hash, code = rewrite_test(module, config)
            pyc.parent.mkdir(parents=True, exist_ok=True)
        except (OSError, SyntaxError):
            continue  # collecting it reports the error (or rewrites it), as it would have
        write_pyc(state, code, source_hash, pyc)


def _current(pyc: Path, source: Path) -> bool:
    """Whether ``pyc`` holds pytest's rewritten code of ``source`` as it is now: the header
    ``_pytest.assertion.rewrite._read_pyc`` checks (magic, hash-based flags, source hash)."""
    try:
        with pyc.open("rb") as cached:
            header = cached.read(16)
    except OSError:
        return False
    expected = importlib.util.MAGIC_NUMBER + b"\x03\x00\x00\x00"
    return header == expected + importlib.util.source_hash(source.read_bytes())[:8]


def leave_hypothesis_as_installed(config: pytest.Config) -> None:
    """Import Hypothesis from its own bytecode, its asserts not rewritten.

    pytest rewrites the asserts of every module of a distribution that declares a plugin, and
    Hypothesis' declares one: each process of a run (the xdist controller, which imports it
    for the report's header, and every worker) rewrote and compiled its ~75 modules again,
    0.7 s of CPU each, for asserts inside the library, never the tests' own. Must run before
    anything imports ``hypothesis``; should pytest's private names change, nothing changes.
    """
    hook = config.pluginmanager.rewrite_hook
    marked = getattr(hook, "_must_rewrite", None)
    remembered = getattr(hook, "_marked_for_rewrite_cache", None)
    if isinstance(marked, set) and isinstance(remembered, dict) and "hypothesis" not in sys.modules:
        marked.discard("hypothesis")
        remembered.clear()
