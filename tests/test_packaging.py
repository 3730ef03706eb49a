"""The packaging files agree with the code and with each other: one application id, one MIME
type for event files, icons at the sizes their names promise. Fast checks only: building the
frozen app belongs to CI's packaging stage (packaging/build.sh, packaging/check.sh)."""

from __future__ import annotations

import ast
import configparser
import fnmatch
import functools
import os
import re
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import timelineapp
from timelineapp import APP_ID, __version__
from timelineapp.resources import example_event_file

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = PACKAGING / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return desktop["Desktop Entry"]


def _mime_type() -> ET.Element:
    root = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    mime_types = root.findall(f"{MIME_NS}mime-type")
    assert len(mime_types) == 1
    return mime_types[0]


def _list(value: str) -> list[str]:
    """A desktop-entry list: values separated and terminated by ';'."""
    return [item for item in value.split(";") if item]


def test_desktop_file_and_metainfo_use_the_app_id() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].startswith("timelineapp")
    meta = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"


def test_the_desktop_file_opens_event_files_it_is_given() -> None:
    entry = _desktop_entry()
    assert _list(entry["MimeType"]) == [_mime_type().attrib["type"]]
    # A file manager passes the double-clicked file only where Exec has a field code for it.
    assert re.search(r"\s%[fFuU](\s|$)", entry["Exec"])


def test_the_mime_type_matches_event_files_by_name_and_by_content() -> None:
    mime = _mime_type()
    assert re.fullmatch(r"application/[a-z0-9.+-]+\+json", mime.attrib["type"])
    assert [e.attrib["type"] for e in mime.findall(f"{MIME_NS}sub-class-of")] == [
        "application/json"
    ]
    globs = [e.attrib["pattern"] for e in mime.findall(f"{MIME_NS}glob")]
    assert globs == ["*.timeline.json"]
    example = example_event_file()
    assert fnmatch.fnmatch(example.name, globs[0])
    assert not fnmatch.fnmatch("data.json", globs[0])
    # The magic rule finds the format marker where a saved event file has it.
    (match,) = mime.iter(f"{MIME_NS}match")
    assert match.attrib["type"] == "string"
    start, end = (int(n) for n in match.attrib["offset"].split(":"))
    head = example.read_bytes()[: end + len(match.attrib["value"])]
    assert head.find(match.attrib["value"].encode(), start) >= 0


def test_metainfo_names_the_mime_type_and_the_current_version() -> None:
    meta = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("provides/mediatype") == _mime_type().attrib["type"]
    assert meta.findtext("provides/binary") == "timelineapp"
    releases = [r.attrib["version"] for r in meta.iterfind("releases/release")]
    assert releases[0] == __version__


def test_qt_recognises_event_files_with_the_mime_xml(tmp_path: Path) -> None:
    """A real shared-mime-info reader (Qt's) maps the example to our type, and plain JSON not.

    In a child process: Qt reads the MIME database once per process, from XDG_DATA_DIRS.
    """
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{APP_ID}.xml").write_bytes((PACKAGING / f"{APP_ID}.mime.xml").read_bytes())
    plain = tmp_path / "plain.json"
    plain.write_text('{"a": 1}', encoding="utf-8")
    no_suffix = tmp_path / "downloaded"
    no_suffix.write_bytes(example_event_file().read_bytes())
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "print('\\n'.join(db.mimeTypeForFile(f).name() for f in sys.argv[1:]))\n"
    )
    env = {
        **os.environ,
        "XDG_DATA_DIRS": str(tmp_path / "share"),
        "XDG_DATA_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, str(example_event_file()), str(plain), str(no_suffix)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    ours = _mime_type().attrib["type"]
    assert result.stdout.split() == [ours, "application/json", ours]


def _spec_tree() -> ast.Module:
    return ast.parse((PACKAGING / "timelineapp.spec").read_text(encoding="utf-8"))


def test_the_pyinstaller_spec_takes_the_app_id_from_the_package() -> None:
    tree = _spec_tree()
    patterns = {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    # APP_ID = re.search(r'...', _init, re.M).group(1): that pattern must find the real id.
    call = patterns["APP_ID"]
    assert isinstance(call, ast.Call)
    assert isinstance(call.func, ast.Attribute)
    search = call.func.value
    assert isinstance(search, ast.Call)
    pattern = ast.literal_eval(search.args[0])
    init = (ROOT / "src" / "timelineapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(pattern, init, re.MULTILINE)
    assert found
    assert found.group(1) == APP_ID
    # The macOS bundle id is that id, and the per-OS icons named after it exist.
    keywords = {
        kw.arg: kw.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for kw in node.keywords
    }
    bundle_id = keywords["bundle_identifier"]
    assert isinstance(bundle_id, ast.Name)
    assert bundle_id.id == "APP_ID"
    assert (ICONS / f"{APP_ID}.ico").is_file()
    assert (ICONS / f"{APP_ID}.icns").is_file()


def test_the_spec_bundles_resources_where_resource_path_looks() -> None:
    source = (PACKAGING / "timelineapp.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "timelineapp/resources")' in source
    # resource_path() finds "resources" in the timelineapp package folder (an installed
    # wheel, or the frozen app with the line above), else at the top of a source checkout.
    base = example_event_file().resolve().parents[2]
    assert base.name == "resources"
    assert base.parent in (Path(timelineapp.__file__).resolve().parent, ROOT)


@pytest.mark.parametrize("script", ["install.sh", "check.sh"])
def test_the_shell_scripts_use_the_same_ids(script: str) -> None:
    text = (PACKAGING / script).read_text(encoding="utf-8")
    app_id = re.search(r"^ID=(\S+)$", text, re.MULTILINE)
    assert app_id
    assert app_id[1] == APP_ID
    mime = re.search(r"^MIME=(\S+)$", text, re.MULTILINE)
    if mime:
        assert mime[1] == _mime_type().attrib["type"]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_hicolor_pngs_have_the_size_their_folder_names() -> None:
    pngs = sorted((ICONS / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    sizes = {int(p.parts[-3].split("x")[0]) for p in pngs}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
    for png in pngs:
        side = int(png.parts[-3].split("x")[0])
        assert png.parts[-3] == f"{side}x{side}"
        assert _png_size(png.read_bytes()) == (side, side)


def test_ico_and_icns_hold_pngs_of_the_sizes_they_declare() -> None:
    ico = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    ico_sizes = set()
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        side = w or 256
        assert _png_size(ico[offset : offset + length]) == (side, h or 256)
        ico_sizes.add(side)
    assert {16, 32, 48, 256} <= ico_sizes

    icns = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, icns_sizes = 8, {}
    while pos < len(icns):
        ostype, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        icns_sizes[ostype] = _png_size(icns[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(icns)
    assert icns_sizes[b"icp4"] == 16
    assert icns_sizes[b"ic09"] == 512
    assert icns_sizes[b"ic10"] == 1024


@functools.cache
def _qt_modules_imported() -> frozenset[str]:
    """Every PySide6 module that the app's source imports (parsed once: the source does not
    change while the tests run, and each platform's spec check asks twice). A module whose
    text never says ``PySide6.`` imports none of them: only the others are parsed."""
    found = set()
    for path in (ROOT / "src" / "timelineapp").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "PySide6." not in source:
            continue
        for node in _statements(ast.parse(source).body):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(str(node.module))
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("PySide6."))
    return frozenset(found)


def _statements(nodes: list[Any]) -> Iterator[ast.AST]:
    """Every statement of ``nodes`` and of the blocks inside them (functions, classes, ifs,
    trys...): where an import can stand. ``ast.walk`` also visits every expression, 10 times
    the nodes."""
    for node in nodes:
        yield node
        for block in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, block, None)
            if isinstance(inner, list):
                yield from _statements(inner)


class _Step:
    """Stands for one PyInstaller build step (Analysis, EXE, ...): records its arguments."""

    def __init__(self, kind: str, *args: object, **kwargs: object) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[object] = []
        self.scripts: list[object] = []


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[_Step]:
    """Execute the spec as PyInstaller would on ``platform``, with recording stand-ins."""
    steps: list[_Step] = []

    def step(kind: str) -> object:
        def make(*args: object, **kwargs: object) -> _Step:
            steps.append(_Step(kind, *args, **kwargs))
            return steps[-1]

        return make

    # The spec asks PyInstaller for data files and for the libraries a binary links to; the
    # stand-in Analysis has no binaries, and PyInstaller is not installed for the tests.
    for name in (
        "PyInstaller",
        "PyInstaller.depend",
        "PyInstaller.depend.bindepend",
        "PyInstaller.utils",
        "PyInstaller.utils.hooks",
    ):
        module = types.ModuleType(name)
        module.get_imports = lambda filename: set()  # type: ignore[attr-defined]
        module.collect_data_files = lambda package, **options: []  # type: ignore[attr-defined]
        module.copy_metadata = lambda package, **options: []  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    spec_globals = {
        name: step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    } | {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path), "__name__": "__main__"}
    monkeypatch.setattr(sys, "platform", platform)
    source = (PACKAGING / "timelineapp.spec").read_text(encoding="utf-8")
    exec(compile(source, "timelineapp.spec", "exec"), spec_globals)
    return steps


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_spec_builds_each_os_with_its_icon_and_ids(
    platform: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Windows and macOS cannot be built here: at least their branches of the spec run and
    name existing icons, the bundle id and the executables the README promises."""
    steps = _run_spec(platform, monkeypatch, tmp_path)
    exes = [s for s in steps if s.kind == "EXE"]
    names = [e.kwargs["name"] for e in exes]
    icons = {e.kwargs["icon"] for e in exes}
    bundles = [s for s in steps if s.kind == "BUNDLE"]
    (analysis,) = [s for s in steps if s.kind == "Analysis"]
    excludes = analysis.kwargs["excludes"]
    assert isinstance(excludes, list)
    assert "PySide6.QtNetwork" in excludes
    # No Qt module the app imports is left out of the bundle.
    imported = _qt_modules_imported()
    assert imported >= {"PySide6.QtCore", "PySide6.QtWidgets"}
    assert imported.isdisjoint(excludes)
    if platform == "win32":
        assert names == ["timelineapp", "timelineapp-cli"]
        assert [e.kwargs["console"] for e in exes] == [False, True]
        assert icons == {str(ICONS / f"{APP_ID}.ico")}
    elif platform == "darwin":
        assert names == ["timelineapp"]
        assert icons == {str(ICONS / f"{APP_ID}.icns")}
        (bundle,) = bundles
        assert bundle.kwargs["bundle_identifier"] == APP_ID
        assert bundle.kwargs["version"] == __version__
        assert bundle.kwargs["name"] == "timelineapp.app"
    else:
        assert names == ["timelineapp"]
        assert icons == {None}
        assert not bundles
    for icon in icons - {None}:
        assert Path(str(icon)).is_file()


def test_the_macos_bundle_asks_for_the_macos_its_qt_wheels_need(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """LSMinimumSystemVersion follows the bundled Qt wheels' platform tag: Qt 6.10+ needs
    macOS 13, so a fixed "11.0" would let the app start where Qt cannot."""
    import importlib.metadata

    class _Wheel:
        def __init__(self, tag: str) -> None:
            self.tag = tag

        def read_text(self, name: str) -> str:
            return f"Wheel-Version: 1.0\nTag: {self.tag}\n" if name == "WHEEL" else ""

    tags = {
        "PySide6_Essentials": "cp39-abi3-macosx_13_0_universal2",
        "shiboken6": "cp39-abi3-macosx_12_0_universal2",
    }
    monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Wheel(tags[name]))
    steps = _run_spec("darwin", monkeypatch, tmp_path)
    (bundle,) = [s for s in steps if s.kind == "BUNDLE"]
    plist = bundle.kwargs["info_plist"]
    assert isinstance(plist, dict)
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["CFBundleShortVersionString"] == __version__
