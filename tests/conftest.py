"""Test set-up shared by every test: Qt runs offscreen, settings never touch the user's."""

from __future__ import annotations

import gc
import os

# Must happen before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .once_per_run import once_per_run
from .qt_free_run import run_without_qt
from .scratch_folder import scratch_in_memory
from .shared_bytecode import compile_the_app
from .shared_rewrites import leave_hypothesis_as_installed, rewrite_share_of_the_modules

if TYPE_CHECKING:  # Qt is imported by the fixtures that use it
    from PySide6.QtCore import QCoreApplication, QTranslator


@pytest.hookimpl(tryfirst=True)  # before Hypothesis' plugin may import it
def pytest_configure(config: pytest.Config) -> None:
    leave_hypothesis_as_installed(config)
    if "PYTEST_XDIST_WORKER" not in os.environ:
        compile_the_app()  # before the workers start: every process of the run reads it
        scratch_in_memory()  # before the run's temporary folder is made (xdist's workers get it)
    if (
        config.getoption("numprocesses", None)
        and "PYTEST_XDIST_WORKER" not in os.environ
        and not config.getoption("--hypothesis-profile", None)
    ):
        return  # the xdist controller runs no test: its workers start without waiting for this
    from hypothesis import settings

    from .hypothesis_budget import register_profiles

    # An ordinary run draws a share of each property test's examples; HYPOTHESIS_PROFILE=thorough
    # (or --hypothesis-profile=thorough, which Hypothesis' plugin loads after this) all of them.
    register_profiles()
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "timelineapp"))


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """No automatic collection while the test modules are imported: rewriting their asserts
    makes millions of short-lived AST nodes, which are freed by reference counting, and the
    collector's passes over them cost each xdist worker ~1.3 s (of ~5.5 s collecting)."""
    gc.disable()
    try:
        rewrite_share_of_the_modules(session)
        return (yield)
    finally:
        gc.enable()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What importing and collecting made (modules, rewritten test code, strategies) lives as
    long as the session: frozen out of the collector, whose full passes then walk only what
    the tests make (GC time of tests/model + tests/render: 6.2 -> 4.3 s under load)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def qt_free_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One interpreter's report of importing and loading with Qt blocked (``qt_free_run.py``),
    shared by the layer, process and Qt-free import tests (and by the xdist workers)."""
    data = Path(__file__).parent / "data"
    seed = data / "build" / "000_651eb735907009b6.txt"
    return once_per_run(
        tmp_path_factory, "qt-free-run", lambda _folder: run_without_qt(seed, data / "import")
    )


@pytest.fixture
def install_translator(qapp: QCoreApplication) -> Iterator[Callable[[QTranslator], None]]:
    """Install translators for the rest of the test; removed at its end, so no other test
    sees them."""
    from PySide6.QtCore import QCoreApplication

    installed: list[QTranslator] = []

    def install(translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    try:
        yield install
    finally:
        for translator in reversed(installed):
            QCoreApplication.removeTranslator(translator)


@pytest.fixture
def stand_in_french(install_translator: Callable[[QTranslator], None]) -> Callable[..., None]:
    """Install a ``stand_in_french.StandInFrench`` (same arguments) for the rest of the test."""

    from .stand_in_french import StandInFrench

    def install(
        words: Mapping[object, str], context: str | None = None, *, english_otherwise: bool = False
    ) -> None:
        install_translator(StandInFrench(words, context, english_otherwise=english_otherwise))

    return install
