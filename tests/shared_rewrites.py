"""xdist workers share the rewriting of the test modules' asserts: each rewrites a share.

pytest rewrites every test module's ``assert`` statements as it imports it (3 s of CPU for this
suite), and every xdist worker imports every module. Its cache of rewritten modules does not
help: this environment sets PYTHONDONTWRITEBYTECODE (so nothing is cached) and CI runs on a
fresh clone. So, before collecting, worker *i* of *n* rewrites every *n*-th module from the
*i*-th into a folder of the run, and pytest's cache is pointed at that folder: collecting then
reads the other workers' shares from there. pytest checks each cached module against its
source's hash and rewrites it itself when it is missing (another worker not there yet), so the
worst case is the work of before. Only pytest's own functions do the rewriting; should their
private names change, the workers rewrite everything as before.
"""

from __future__ import annotations

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
    shared = Path(basetemp).parent / "rewritten-tests"

    def cache_dir(file_path: Path) -> Path:
        try:
            return shared / file_path.parent.relative_to(root)
        except ValueError:  # not under the invocation folder: pytest's own place
            return default_cache_dir(file_path)

    rewrite.get_cache_dir = cache_dir
    index = int(worker[2:])
    for module in modules[index % count :: count]:
        try:
            source_hash, code = rewrite_test(module, config)
        except (OSError, SyntaxError):
            continue  # collecting it reports the error, as it would have
        folder = cache_dir(module)
        folder.mkdir(parents=True, exist_ok=True)
        write_pyc(state, code, source_hash, folder / (module.name[:-3] + tail))


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
