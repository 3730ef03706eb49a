"""Settings: round trip, files that cannot be used set aside with a notice, the config folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.settings import (
    CONFIG_DIR_VARIABLE,
    SETTINGS_VERSION,
    FileView,
    Settings,
    UiTheme,
    default_settings_path,
    read_settings,
    save_settings,
)
from timelineapp.ui.settings_banner import settings_banner
from timelineapp.ui.view_memory import spec_from_json, spec_to_json

from .conftest import wait_for_panes
from .window_start import WindowStart


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    settings = Settings(theme=UiTheme.DARK, language="fr", window_maximized=True)
    settings.remember_file("/data/a.timeline.json")
    settings.remember_view(
        "/data/a.timeline.json",
        FileView(
            start=10.0,
            end=20.0,
            filter=spec_to_json(FilterSpec(actors=frozenset({"niger"}), text="retrait")),
            selected_event="e1",
            dock_state="AAAA",
        ),
    )
    save_settings(settings, path)
    loaded = read_settings(path)
    assert not loaded.problem
    assert loaded.settings == settings
    spec = spec_from_json(loaded.settings.views["/data/a.timeline.json"].filter)
    assert spec == FilterSpec(actors=frozenset({"niger"}), text="retrait")


def test_no_file_is_a_first_run(tmp_path: Path) -> None:
    loaded = read_settings(tmp_path / "settings.json")
    assert loaded.first_run
    assert not loaded.problem
    assert loaded.settings == Settings()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "expected an object, found a list [1, 2]"),
        (json.dumps({"version": SETTINGS_VERSION + 1}).encode(), "newer timelineapp"),
        (json.dumps({"theme": "solarized"}).encode(), "invalid at theme"),
        (b'{"views": ' + b"[" * 40 + b"]" * 40 + b"}", "levels of nesting, found more"),
        (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "levels of nesting, found more"),
    ],
)
def test_unusable_settings_are_set_aside(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = read_settings(path)
    assert reason in loaded.problem
    assert loaded.settings == Settings()
    assert not path.exists()  # the next save writes fresh settings there
    assert loaded.set_aside is not None
    assert loaded.set_aside.parent == tmp_path
    assert loaded.set_aside.read_bytes() == content  # nothing the user had is lost


def test_setting_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    moved = []
    for n in range(3):
        path.write_text(f"{{broken {n}", encoding="utf-8")
        moved.append(read_settings(path).set_aside)
    assert len({str(m) for m in moved}) == 3
    assert {m.read_text(encoding="utf-8") for m in moved if m} == {
        "{broken 0",
        "{broken 1",
        "{broken 2",
    }


def test_version_1_settings_are_read(tmp_path: Path) -> None:
    """The dead show_legend and show_filtered_faded are dropped; the paper theme is light."""
    path = tmp_path / "settings.json"
    old = {"version": 1, "theme": "print", "show_legend": False, "recent_files": ["/a.json"]}
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = read_settings(path)
    assert not loaded.problem
    assert loaded.settings.theme is UiTheme.LIGHT
    assert loaded.settings.recent_files == ["/a.json"]
    assert "show_legend" not in msgspec.structs.asdict(loaded.settings)


@pytest.mark.parametrize("defer_panes", [False, True])
def test_a_notice_says_the_settings_were_set_aside(
    qtbot: QtBot, tmp_path: Path, defer_panes: bool
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    app = Application(create_qapplication(), path, defer_panes=defer_panes)
    qtbot.addWidget(app.window)
    banner = settings_banner(app.window)
    if defer_panes:  # as a start: the notice is in the first frame and stays after it
        app.window.show()
        assert "newer timelineapp" in banner.label.text()
        wait_for_panes(qtbot, app)
    app.window.show()
    message = banner.label.text()
    assert banner.isVisible()
    assert "newer timelineapp" in message
    assert ".unused.json" in message
    app.on_about_to_quit()
    assert read_settings(path).settings.version == SETTINGS_VERSION


def test_environment_variable_chooses_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path / "portable"))
    assert default_settings_path() == tmp_path / "portable" / "settings.json"


# The starts are shared with the --lang tests (tests/ui/window_start.py): "fr" chooses the
# folder with --config-dir, "en" with TIMELINEAPP_CONFIG_DIR.
_STARTS = {"option": "fr", "variable": "en"}


@pytest.mark.parametrize("how", ["option", "variable"])
def test_config_dir_holds_the_settings(
    window_start: Callable[[str], WindowStart], how: str
) -> None:
    started = window_start(_STARTS[how])
    assert started.returncode == 0, started.stderr
    saved = json.loads((started.config_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["last_file"].endswith("niger-2024.timeline.json")  # the first run's example
    assert not (started.home / "config").exists()


def test_every_filter_field_survives_the_settings_file() -> None:
    """Each field of FilterSpec set away from its default comes back from JSON as it was."""
    import dataclasses

    changed: dict[str, object] = {}
    for field in dataclasses.fields(FilterSpec):
        default = getattr(FilterSpec(), field.name)
        if field.name == "review":
            changed[field.name] = frozenset({"verified", "disputed"})
        elif isinstance(default, frozenset):
            changed[field.name] = frozenset({"a", "b"})
        elif isinstance(default, bool):
            changed[field.name] = not default
        elif isinstance(default, int):
            changed[field.name] = default + 2
        elif field.name == "within":
            changed[field.name] = "certainly"
        elif field.name == "min_grade":
            changed[field.name] = "B2"
        else:
            changed[field.name] = "2024-06"
    spec = FilterSpec(**changed)  # type: ignore[arg-type]
    assert spec_from_json(json.loads(json.dumps(spec_to_json(spec)))) == spec


def test_one_bad_value_resets_only_itself(tmp_path: Path) -> None:
    """QA #43: every valid setting is kept; each invalid value is reset (a list loses only
    the bad item) and said, located; the file as it was is still set aside."""
    path = tmp_path / "settings.json"
    content = json.dumps(
        {
            "version": SETTINGS_VERSION,
            "theme": "neon",
            "cache_budget": -5,
            "recent_files": ["/a.timeline.json", "<b>x</b>", None],
            "user_name": "Ana",
            "language": "fr",
            "export": {"width": "big", "height": 500},
        }
    ).encode()
    path.write_bytes(content)
    loaded = read_settings(path)
    settings = loaded.settings
    assert settings.user_name == "Ana"
    assert settings.language == "fr"
    assert settings.recent_files == ["/a.timeline.json", "<b>x</b>"]
    assert settings.export.height == 500
    assert settings.export.width == Settings().export.width
    assert settings.theme is UiTheme.SYSTEM
    assert settings.cache_budget == Settings().cache_budget
    assert [i.json_path for i in loaded.reset] == [
        "recent_files[2]",
        "theme",
        "cache_budget",
        "export.width",
    ]
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_bytes() == content
    assert not path.exists()


def test_the_notice_of_reset_values_is_shown_whole_in_a_banner(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "neon", "cache_budget": -5}), encoding="utf-8")
    app = Application(create_qapplication(), path)
    qtbot.addWidget(app.window)
    app.window.show()
    banner = settings_banner(app.window)
    assert banner.isVisible()
    text = banner.label.text()
    assert "theme: expected one of 'system', 'light' or 'dark', found the text 'neon'" in text
    assert "cache_budget: expected a number at least 0, found the number -5" in text
    assert ".unused.json" in text
    assert str(path) in text
    assert "settings" not in app.window.status.currentMessage()
    app.on_about_to_quit()


def test_settings_that_cannot_be_saved_are_said_once(qtbot: QtBot, tmp_path: Path) -> None:
    """QA #54: a settings folder that is a file: one notice in the window, not one per write."""
    folder = tmp_path / "not-a-folder"
    folder.write_text("", encoding="utf-8")
    app = Application(create_qapplication(), folder / "settings.json")
    qtbot.addWidget(app.window)
    app.window.show()
    banner = settings_banner(app.window)
    assert not banner.isVisible()
    app.save_settings()
    assert banner.isVisible()
    assert f"cannot be saved in {folder}: it is a file, not a folder" in (banner.label.text())
    banner.hide()
    app.save_settings()
    assert not banner.isVisible()  # said once
    app.on_about_to_quit()


def test_config_dir_naming_a_file_is_refused_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from timelineapp.cli import main

    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    assert main(["--config-dir", str(file)]) == 2
    assert f"--config-dir: expected a folder, found a file: {file}" in capsys.readouterr().err
