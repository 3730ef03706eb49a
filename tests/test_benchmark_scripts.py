"""Every script of ``benchmarks/`` still runs: each at a tiny size, in this process.

The benchmarks run only on an idle machine after a session, so a script that a change broke
(a renamed function, a new field) used to stay broken, unseen, until then. Here each one does
its work on a few dozen events; what needs a window and a fresh process of its own (the
window's stalls, strangers' files, start-up) is checked for the names it reaches for, and
start-up runs for real in ``test_benchmark_startup.py``.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(path.stem for path in BENCH.glob("*.py"))
EVENTS = 60


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The scripts importable by name, as they import each other (``from _common import``);
    the path and the modules are put back afterwards."""
    before = set(sys.modules)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "path", [str(BENCH), *sys.path])
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield importlib.import_module("_common")
    for name in set(sys.modules) - before:
        if getattr(sys.modules[name], "__file__", None) and name in SCRIPTS:
            del sys.modules[name]


@pytest.fixture(scope="module")
def events_file(bench: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated benchmark file of a few dozen events (documents beside it)."""
    folder = tmp_path_factory.mktemp("bench-data")
    path: Path = importlib.import_module("generate").generate(EVENTS, folder=folder)
    return path


def _timelineapp_imports(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """``(module, name)`` of every ``from timelineapp… import name`` in ``tree``, at any depth,
    except the fallbacks for older checkouts (under ``except ImportError``)."""
    fallbacks = {
        id(node)
        for handler in ast.walk(tree)
        if isinstance(handler, ast.ExceptHandler)
        for node in ast.walk(handler)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and id(node) not in fallbacks:
            module = node.module or ""
            if node.level == 0 and module.split(".")[0] == "timelineapp":
                yield from ((module, alias.name) for alias in node.names)


def _worker_scripts(path: Path) -> Iterator[str]:
    """The Python programs a script hands to fresh interpreters (``python -c``): module-level
    strings named ``_…WORKER`` (each literal part of one is a whole program's text)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("WORKER") for t in node.targets
        ):
            for part in ast.walk(node.value):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield part.value


def _numbers(text: str) -> list[int]:
    return [int(number) for number in re.findall(r"\d+", text)]


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_name_a_script_imports_from_the_app_exists(script: str) -> None:
    path = BENCH / f"{script}.py"
    trees = [ast.parse(path.read_text(encoding="utf-8"))]
    trees += [ast.parse(program) for program in _worker_scripts(path)]
    for tree in trees:
        for module, name in _timelineapp_imports(tree):
            found = importlib.import_module(module)
            assert hasattr(found, name) or importlib.util.find_spec(f"{module}.{name}"), (
                f"{script}.py: from {module} import {name}"
            )


@pytest.mark.usefixtures("bench")
def test_the_runner_still_reads_a_whole_run_s_results() -> None:
    run = importlib.import_module("run")
    # The newest of the runs kept in the repository ("2026-11-27-s9": date, then session).
    saved = max((BENCH / "results").glob("*.json"), key=lambda p: _numbers(p.stem))
    table = run.markdown(run.rows_for(json.loads(saved.read_text(encoding="utf-8"))))
    assert "| open: load_event_file + Timeline" in table


def test_open_view_and_naive_figures_on_a_small_file(
    events_file: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench_open = importlib.import_module("bench_open")
    bench_view = importlib.import_module("bench_view")
    bench_naive = importlib.import_module("bench_naive")
    timeline, figures = bench_open.open_file(events_file)
    assert figures["events"] == EVENTS
    assert bench_open.open_in_thread(events_file)[1]["longest_stall_seconds"] >= 0
    for name in ("ZOOM_STEPS", "PAN_STEPS", "HOVERS_PER_SCENE", "FILTER_ROUNDS"):
        monkeypatch.setattr(bench_view, name, 1)
    monkeypatch.setattr(bench_view, "PAN_SPANS", {"1 day": 86400.0})
    monkeypatch.setattr(bench_view, "EXPORT_SIZE", (960, 720))  # room for legend, footer
    view = bench_view.run_view(timeline, export_repeats=1)
    assert [part.get("available", True) for part in view.values()] == [True] * 4, view
    scene, origin = bench_naive.build_naive_scene(timeline)
    renderer = bench_view.Renderer(timeline, 200, 100)
    image = renderer.image
    assert bench_naive.render_naive(scene, image, renderer.fit_all(), origin, 100.0) >= 0


def test_save_load_cpu_and_date_phrase_figures_on_a_small_file(
    events_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench_save = importlib.import_module("bench_save")
    monkeypatch.setattr(bench_save, "OUT", events_file.parent)  # the generated file is reused
    assert bench_save.measure(EVENTS)["unchanged_identical"]
    phrases = importlib.import_module("bench_validate_phrases").measure(events_file)
    assert phrases["events"] == EVENTS
    from timelineapp.model.loading import parallel

    # The script makes every load run in its process: put back afterwards.
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", parallel.PARALLEL_BYTES)
    monkeypatch.setattr(sys, "argv", ["bench_load_cpu.py", str(events_file)])
    importlib.import_module("bench_load_cpu").main()
    assert "json.loads" in capsys.readouterr().out


@pytest.mark.usefixtures("bench")
def test_builder_import_evidence_and_filter_figures_at_tiny_sizes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench_build = importlib.import_module("bench_build")
    built = bench_build._time_build(bench_build._article_text("fr", 100), "fr", 1)
    assert built["events"] > 0
    imported = importlib.import_module("bench_import").run(40, 0, tmp_path)
    assert imported["events"] > 0
    assert imported["open_s"] is not None
    evidence = importlib.import_module("bench_evidence").run(300, 60, 1)
    assert evidence["rows"] == 60
    bench_filter = importlib.import_module("bench_filter")
    vocabulary = bench_filter.make_vocabulary  # 20,000 words take half a second
    monkeypatch.setattr(bench_filter, "make_vocabulary", lambda rng: vocabulary(rng, 300))
    out = tmp_path / "filter.json"
    assert bench_filter.main(["--events", "300", "--runs", "1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["events"] == 300


@pytest.mark.usefixtures("bench")
def test_the_loader_fuzzer_and_strangers_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))  # the fuzzer adds the repository
    monkeypatch.setattr(sys, "argv", ["fuzz_loader.py", "--count", "3"])
    assert importlib.import_module("fuzz_loader").main() == 0
    strangers = importlib.import_module("bench_strangers")
    data = strangers._base()
    strangers._actors(3)(data)
    strangers._quotes(3)(data)
    from timelineapp.model.loading import load_event_bytes

    result = load_event_bytes(json.dumps(data).encode(), "strangers.timeline.json", None)
    assert result.ok, result.issues
