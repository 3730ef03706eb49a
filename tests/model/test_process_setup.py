"""Importing changes nothing in the process; the entry points set up environment and logs."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_IMPORT_ALL = """
import gc, json, logging, os, pkgutil, importlib
import timelineapp, timelineapp.model, timelineapp.extract
for package in (timelineapp.model, timelineapp.extract):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
from timelineapp.model.loading import load_event_file
from timelineapp.resources import example_event_file
load_event_file(example_event_file())
print(json.dumps({
    "env": [n for n in ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS") if n in os.environ],
    "collecting": gc.isenabled(),
    "handlers": len(logging.getLogger().handlers) + len(logging.getLogger("timelineapp").handlers),
}))
"""


def test_importing_and_loading_leave_the_process_as_it_was() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS")
    }
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"env": [], "collecting": True, "handlers": 0}


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("timelineapp")
    saved = (list(logger.handlers), logger.level)
    yield logger
    for handler in logger.handlers:
        if handler not in saved[0]:
            handler.close()
    logger.handlers[:] = saved[0]
    logger.setLevel(saved[1])


def test_the_window_logs_to_a_rotating_file(tmp_path: Path, clean_logger: logging.Logger) -> None:
    from timelineapp.logs import log_to_file

    path = log_to_file(tmp_path / "logs")
    assert path == tmp_path / "logs" / "timelineapp.log"
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("timelineapp.ui.x").exception("it failed")
    for handler in clean_logger.handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "ERROR timelineapp.ui.x" in written
    assert "Traceback" in written
    assert "ValueError: boom" in written


def test_an_unwritable_log_folder_does_not_stop_the_app(
    tmp_path: Path, clean_logger: logging.Logger
) -> None:
    from timelineapp.logs import log_to_file

    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert log_to_file(tmp_path / "file" / "logs") is None


def test_a_cli_bug_is_one_line_without_v_and_a_traceback_with_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clean_logger: logging.Logger,
) -> None:
    from timelineapp import cli

    def broken(files: object, as_json: bool) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "_validate", broken)
    assert cli.main(["validate", "x.json"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err == "timelineapp validate: error: unexpected RuntimeError: a bug\n"
    clean_logger.handlers.clear()
    assert cli.main(["validate", "-v", "x.json"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "RuntimeError: a bug" in err


_PLUGIN_FINDER = """
import json, sys
from timelineapp.environment import PYDANTIC_PLUGIN_LOADER, configure_environment
configure_environment()
from pydantic import BaseModel

class Point(BaseModel):
    x: int

Point(x=1)
finder = sys.modules[PYDANTIC_PLUGIN_LOADER]
print(json.dumps({
    "stand_in": not hasattr(finder, "__file__"),
    "plugins": list(finder.get_plugins()),
    "metadata": "importlib.metadata" in sys.modules,
}))
"""


def _run_json(code: str, **env: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_with_plugins_disabled_pydantic_s_plugin_finder_is_not_loaded() -> None:
    # The stand-in answers as pydantic's own finder does when plugins are disabled, and
    # spares the start-up importlib.metadata (see environment.skip_plugin_discovery).
    found = _run_json(_PLUGIN_FINDER, PYDANTIC_DISABLE_PLUGINS="__all__")
    assert found == {"stand_in": True, "plugins": [], "metadata": False}


def test_with_plugins_allowed_pydantic_s_own_finder_is_used() -> None:
    found = _run_json(_PLUGIN_FINDER, PYDANTIC_DISABLE_PLUGINS="some-plugin")
    assert isinstance(found, dict)
    assert found["stand_in"] is False


def test_pydantic_imports_only_get_plugins_from_its_finder() -> None:
    # The stand-in provides get_plugins alone: a pydantic that imports anything else from
    # its finder (or imports it another way) must fail here, not in a user's window.
    import pydantic

    root = Path(pydantic.__file__).parent
    uses = sorted(
        f"{path.relative_to(root)}: {line.strip()}"
        for path in root.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if "_loader" in line and "import" in line
    )
    assert uses == ["plugin/_schema_validator.py: from ._loader import get_plugins"]
