"""Edit › Preferences: the load cache's folder, size, budget and clearing; theme and language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import cache as load_cache
from timelineapp.ui.app import Application
from timelineapp.ui.preferences_dialog import GB, PreferencesDialog, size_text
from timelineapp.ui.settings import Settings, UiTheme, load_settings, save_settings


def fake_entry(cache: Path, name: str, size: int, used: float) -> Path:
    """A cache entry folder as ``cache.entries`` sees one: files of ``size`` bytes in all."""
    folder = cache / f"events-{name}"
    folder.mkdir(parents=True)
    with open(folder / "data.npy", "wb") as data:
        data.truncate(size - 2)  # sparse: a big size without writing it
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    os.utime(folder / "meta.json", (used, used))
    return folder


def dialog_for(qtbot: QtBot, settings: Settings, cache: Path) -> PreferencesDialog:
    from PySide6.QtGui import QAction

    actions = {theme: QAction(theme.value.title()) for theme in UiTheme}
    dialog = PreferencesDialog(settings, cache, actions)
    dialog._keep_actions = actions  # type: ignore[attr-defined]  # alive as long as it is
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_the_folder_and_the_size(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fake_entry(cache, "a", 3000, 1)
    fake_entry(cache, "b", 5000, 2)
    dialog = dialog_for(qtbot, Settings(), cache)
    assert dialog.folder_label.text() == str(cache)
    assert dialog.size_label.text() == size_text(8000)
    assert size_text(8000) != size_text(0)
    assert dialog.clear_button.isEnabled()


def test_a_changed_budget_is_saved_read_back_and_applied(qtbot: QtBot, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = fake_entry(cache, "old", 600_000_000, 1)
    new = fake_entry(cache, "new", 600_000_000, 2)
    settings = Settings()
    dialog = dialog_for(qtbot, settings, cache)
    assert dialog.budget_spin.value() == pytest.approx(settings.cache_budget / GB)
    dialog.budget_spin.setValue(1.0)
    dialog.reject()  # Close: what was changed applies
    path = tmp_path / "settings.json"
    save_settings(settings, path)
    assert load_settings(path).cache_budget == GB
    # 1.2 GB in a 1 GB budget: the entry used least recently went, at once.
    assert not old.exists()
    assert new.exists()
    again = dialog_for(qtbot, load_settings(path), cache)
    assert again.budget_spin.value() == pytest.approx(1.0)


def test_clearing_empties_the_cache_after_confirmation(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    for name in "abc":
        fake_entry(cache, name, 1000, 1)
    (cache / "not-an-entry.txt").write_text("kept", encoding="utf-8")
    dialog = dialog_for(qtbot, Settings(), cache)
    monkeypatch.setattr(dialog, "confirm_clear", lambda: False)
    dialog.clear_button.click()
    assert len(load_cache.entries(cache)) == 3  # cancelled: nothing removed
    monkeypatch.setattr(dialog, "confirm_clear", lambda: True)
    dialog.clear_button.click()
    assert sorted(p.name for p in cache.iterdir()) == ["not-an-entry.txt"]
    assert dialog.size_label.text() == size_text(0)
    assert not dialog.clear_button.isEnabled()


def test_preferences_action_opens_the_dialog_and_saves_settings(
    app: Application, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    action = app.window.preferences_action
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert not action.shortcut().isEmpty()
    app.cache_dir = tmp_path / "cache"
    dialog = app.on_preferences()
    dialog.budget_spin.setValue(2.5)
    index = dialog.theme_combo.findData(UiTheme.DARK.value)
    dialog.theme_combo.setCurrentIndex(index)
    dialog.theme_combo.activated.emit(index)
    assert app.window.theme_actions[UiTheme.DARK].isChecked()  # View › Theme's own path
    dialog.reject()
    saved = load_settings(tmp_path / "settings.json")
    assert saved.cache_budget == round(2.5 * GB)
    assert saved.theme is UiTheme.DARK
