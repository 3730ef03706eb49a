"""The Windows and macOS build workflow agrees with the spec and the repository.

It cannot run here (no Windows or Mac): these checks keep it from rotting unseen. It names
the executables the spec makes on each system, every path it uses exists, and the README
says plainly that it has never run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_packaging import _run_spec

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "desktop-builds.yml"


def _matrix() -> dict[str, dict[str, str]]:
    """``os`` -> its matrix entry (``app``, ``gui``, ``bundle``), read from the YAML text
    (no YAML library is a dependency; the entries are flat ``key: value`` lines)."""
    entries: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in WORKFLOW.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\s+(- )?(os|app|gui|bundle): (\S+)$", line)
        if not match:
            continue
        key, value = match.group(2), match.group(3)
        if key == "os":
            current = entries.setdefault(value, {})
        elif current is not None:
            current[key] = value
    return entries


def test_the_workflow_builds_on_windows_and_macos_and_says_it_never_ran() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert set(_matrix()) == {"windows-latest", "macos-latest"}
    assert "NOT YET RUN" in text
    assert "PYTHON=python bash packaging/build.sh" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert "not yet run" in install.lower()
    assert ".github/workflows/desktop-builds.yml" in install


@pytest.mark.parametrize(
    ("os_name", "platform"), [("windows-latest", "win32"), ("macos-latest", "darwin")]
)
def test_the_workflow_runs_the_executables_the_spec_makes(
    os_name: str, platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    steps = _run_spec(platform, monkeypatch, tmp_path)
    exes = {str(s.kwargs["name"]): s.kwargs for s in steps if s.kind == "EXE"}
    bundles = [str(s.kwargs["name"]) for s in steps if s.kind == "BUNDLE"]
    entry = _matrix()[os_name]
    if platform == "win32":
        # Windows: the command line is the console twin, the GUI the windowed one.
        assert entry["app"] == "dist/timelineapp/timelineapp-cli.exe"
        assert exes["timelineapp-cli"]["console"] is True
        assert entry["gui"] == "dist/timelineapp/timelineapp.exe"
        assert exes["timelineapp"]["console"] is False
        assert entry["bundle"] == "dist/timelineapp"
    else:
        (bundle,) = bundles
        assert entry["bundle"] == f"dist/{bundle}"
        assert entry["app"] == f"dist/{bundle}/Contents/MacOS/timelineapp"
        assert set(exes) == {"timelineapp"}


def test_every_repository_path_the_workflow_uses_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    used = r"(?<![\w/.-])((?:resources|benchmarks|tests|packaging)/[\w./-]+)"
    paths = set(re.findall(used, text))
    assert {"packaging/build.sh", "benchmarks/generate.py"} <= paths
    for path in paths:
        assert (ROOT / path.rstrip("/*")).exists(), path
