"""What the window's start-up imports, and in which order (start-up time depends on both)."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.export_flow import ExportFlow

# Run in a fresh interpreter: the test session has imported everything long before. With
# "show", the window is built and shown with the example open, as run_app does.
_START = """
import gc, json, os, sys, tempfile
from pathlib import Path
from timelineapp import cli
from timelineapp.resources import example_event_file
app_module = cli.import_gui()
if sys.argv[1] == "show":
    qapp = app_module.create_qapplication()
    app = app_module.Application(qapp, Path(tempfile.mkdtemp()) / "settings.json")
    app.window.show()
    assert app.opener.open(example_event_file())
    qapp.processEvents()
print(json.dumps({
    "modules": list(sys.modules),
    "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
    "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
    "collecting": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
}))
"""


def _start(what: str = "import", env: dict[str, str] | None = None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _START, what],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


_CHOSEN = ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS")


def _user_environment() -> dict[str, str]:
    """The environment of a user who has chosen neither setting (the test session has both,
    set by its own import of timelineapp)."""
    return {k: v for k, v in os.environ.items() if k not in _CHOSEN}


@functools.cache
def _plain_start() -> dict[str, object]:
    """One plain start-up, shared by the tests that only read what it reports: the same command
    in the same environment gives the same report, so three interpreters were two too many."""
    return _start(env=_user_environment())


@functools.cache
def _shown_start() -> dict[str, object]:
    """One start with the window shown and the example open, shared likewise."""
    return _start("show")


def test_qt_free_layers_are_imported_before_pyside() -> None:
    # sys.modules keeps the order in which imports began. Modules imported after PySide6 have
    # their source read by its import hook, which cost ~50 ms for numpy, pydantic and the model.
    # pydantic (the format's models) is not imported at start at all: the load checks the
    # header without it; ui/pyside_sources.py enters its modules for when it is (an edit).
    modules = _plain_start()["modules"]
    assert isinstance(modules, list)
    first_qt = modules.index("PySide6")
    for name in ("numpy", "timelineapp.model.loading", "timelineapp.render.scene"):
        assert modules.index(name) < first_qt, name
    assert "pydantic.main" not in modules[first_qt:]


def test_the_collector_is_on_after_the_import_and_spares_what_it_made() -> None:
    started = _plain_start()
    assert started["collecting"] is True
    frozen = started["frozen"]
    assert isinstance(frozen, int)
    assert frozen > 10_000


def test_start_up_loads_nothing_for_later_dialogs() -> None:
    modules = _shown_start()["modules"]
    assert isinstance(modules, list)
    later = {
        "timelineapp.ui.export_flow",
        "timelineapp.render.export",
        "PySide6.QtSvg",
        "timelineapp.ui.preferences_dialog",
    }
    assert later.isdisjoint(modules)


def test_the_window_s_import_leaves_the_panes_and_menus_for_after_the_first_paint() -> None:
    # MainWindow.build_panes imports them once the timeline has been painted. An edit of the
    # file, a load problem worded for the user, a "did you mean" suggestion: none happens
    # before the first paint either (their modules are imported where they are used).
    modules = _plain_start()["modules"]
    assert isinstance(modules, list)
    later = {
        "timelineapp.ui.panes.event_pane",
        "timelineapp.ui.panes.events_pane",
        "timelineapp.ui.panes.document_pane",
        "timelineapp.ui.editing.edit_flow",
        "timelineapp.ui.actor_pane",
        "timelineapp.ui.legend_pane",
        "timelineapp.ui.file_actions",
        "timelineapp.ui.build_dialog",
        "timelineapp.model.draft_patch",
        "timelineapp.model.draft_view",
        "timelineapp.ui.issue_words",
        "timelineapp.ui.read_problem_words",
        "timelineapp.model.filtering.closest",
        "difflib",
        # The Events pane's table model (its plain_tooltip has its own module), the
        # timeline's tooltips and cluster menu, the Open dialog's folder.
        "timelineapp.ui.events_model",
        "timelineapp.ui.tooltips",
        "timelineapp.ui.mnemonics",
        "timelineapp.ui.dialog_folders",
        # A date error in words (the filter's From/To) and the window's quotes.
        "timelineapp.ui.date_error_words",
        "timelineapp.ui.quote_words",
    }
    assert later.isdisjoint(modules)
    assert "timelineapp.ui.timeline_widget" in modules


def test_start_up_settings_have_defaults_the_user_can_override() -> None:
    # No pydantic plugin scan, one OpenBLAS thread: see timelineapp/__init__.py.
    env = _user_environment()
    defaults = _plain_start()
    assert (defaults["plugins"], defaults["blas_threads"]) == ("__all__", "1")
    chosen = _start(env={**env, "PYDANTIC_DISABLE_PLUGINS": "", "OPENBLAS_NUM_THREADS": "4"})
    assert (chosen["plugins"], chosen["blas_threads"]) == ("", "4")


def test_export_flow_is_built_at_the_first_request(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[ExportFlow] = []
    monkeypatch.setattr(ExportFlow, "start", lambda flow: started.append(flow))
    app = Application(create_qapplication(), tmp_path / "settings.json")
    qtbot.addWidget(app.window)
    assert app._export_flow is None
    app.window.export_action.setEnabled(True)  # as once a file is open
    app.window.export_action.trigger()
    app.window.export_action.trigger()
    assert len(started) == 2
    assert started[0] is started[1] is app.export_flow


def test_start_up_loads_no_package_metadata_and_no_log_handlers_module() -> None:
    # pydantic's plugin finder (importlib.metadata, email, socket…) is not loaded while
    # plugins are disabled, and the log file's handler module waits for the first record.
    modules = _shown_start()["modules"]
    assert isinstance(modules, list)
    assert {"importlib.metadata", "logging.handlers", "email"}.isdisjoint(modules)
    # Nor numpy's masked arrays (~7 ms), which a plain np.unique imports to ask whether its
    # array is masked: the first load's evidence columns count distinct values by a sort.
    assert "numpy.ma" not in modules


_SCANNED = """
import json, sys
import PySide6
feature = sys.modules["shibokensupport.feature"]
scanned, scan = [], feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or scan(module)
from timelineapp import cli
cli.import_gui()
from timelineapp.model.file_format import EventFile  # pydantic after PySide6, as an edit has it
table = feature.pyside_feature_dict
modules = list(sys.modules)  # in the order their imports began
after = modules[modules.index("timelineapp.ui.pyside_sources") + 1 :]
ours = [name for name in after if name.startswith("timelineapp.")]
print(json.dumps({
    "scanned": scanned,
    "later": [name for name in after if name.split(".")[0] in ("pydantic", "pydantic_core")],
    "ours": ours,
    "entered": [table.get(name) for name in ours],
}))
"""


def test_pyside_s_import_hook_reads_none_of_the_window_s_sources() -> None:
    # ui/pyside_sources.py answers the hook for our modules without reading them, and the
    # window's modules are imported without the hook: all are entered in its table as the
    # hook would enter them (0: uses PySide, selects no feature).
    done = subprocess.run(
        [sys.executable, "-c", _SCANNED], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert len(found["ours"]) > 30  # the window's modules, imported after it
    assert set(found["ours"]).isdisjoint(found["scanned"])
    assert found["later"]  # pydantic, first imported after PySide6: entered likewise
    assert set(found["later"]).isdisjoint(found["scanned"])
    assert set(found["entered"]) == {0}
    assert any(n.startswith("numpy") for n in found["scanned"])  # the hook still runs


def test_our_module_names_cover_every_module_the_window_imports() -> None:
    # Every module of ours the window imports is answered for without reading its source
    # (as "uses PySide, no feature"), whatever its name: the answer goes by the package.
    from timelineapp.ui.pyside_sources import known_answer

    imported = {n for n in _plain_start()["modules"] if str(n).startswith("timelineapp")}  # type: ignore[attr-defined]
    assert {"timelineapp", "timelineapp.ui", "timelineapp.ui.app"} <= imported
    assert {name: known_answer(name, frozenset()) for name in imported} == dict.fromkeys(
        imported, True
    )


@pytest.mark.parametrize(
    "text", ["", "plain", "<b>&amp;</b>", "\"quoted\" and 'single'", "a < b > c & d", "&&<<"]
)
def test_the_first_frame_s_escape_is_html_s(text: str) -> None:
    # ui/plain_tooltip.py escapes without importing html (its entity table waits for the
    # panes): the same characters, the same entities, in the same order.
    import html

    from timelineapp.ui.plain_tooltip import escaped

    assert escaped(text) == html.escape(text)


def test_a_start_without_arguments_has_the_parser_s_defaults() -> None:
    # cli builds the window's parser only when there are arguments (its help texts cost
    # each start a gettext catalogue search): without, the same namespace as the parser's.
    from timelineapp import cli

    assert cli._gui_defaults() == cli._gui_parser().parse_args([])
