"""The desktop citizen: views remembered per file, themes, keyboard focus, accessibility, help."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application, create_qapplication
from timelineapp.ui.help_dialogs import AboutDialog, file_format_dialog, user_guide_dialog
from timelineapp.ui.settings import UiTheme
from timelineapp.ui.theme import is_dark
from timelineapp.ui.timeline_accessible import focused_event_words
from timelineapp.ui.window_geometry import MINIMUM, fitted

# The tests taking ``app`` empty and reuse the module's one window (tests/ui/conftest.py);
# the others start windows of their own.
pytestmark = pytest.mark.shared_window


def _copy_example(tmp_path: Path) -> Path:
    source = example_event_file().parent
    target = tmp_path / "niger"
    shutil.copytree(source, target)
    return target / example_event_file().name


def _close(app: Application) -> None:
    app.controller.undo_stack.setClean()
    app.window.close()
    app.on_about_to_quit()
    app.window.deleteLater()


def test_each_file_opens_as_it_was_left(qtbot: QtBot, tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    path = _copy_example(tmp_path)
    first = Application(create_qapplication(), settings)
    first.window.show()
    assert first.opener.open(path)
    spec = FilterSpec(text="retrait")
    first.filter_state.set_spec(spec)
    shown = [i for i in range(first.controller.mask.size) if first.controller.mask[i]]
    first.controller.select(shown[-1])
    selected_id = first.controller.timeline.event(shown[-1]).id  # type: ignore[union-attr]
    first.window.timeline.show_window(1.7e9, 1.72e9)
    first.window.docks["legend"].hide()
    window = first.window.timeline.timemap
    _close(first)

    second = Application(create_qapplication(), settings)
    second.window.show()
    assert second.open_at_start(None)  # no file given: the last one
    assert second.controller.path == path.resolve()
    assert second.filter_state.spec == spec
    timeline = second.controller.timeline
    assert timeline is not None
    assert second.controller.selection is not None
    assert timeline.event(second.controller.selection).id == selected_id
    restored = second.window.timeline.timemap
    assert restored.start == pytest.approx(window.start, rel=1e-6)
    assert restored.end == pytest.approx(window.end, rel=1e-6)
    assert not second.window.docks["legend"].isVisible()
    # Another file knows nothing of it: it opens fitted, unfiltered.
    assert second.opener.open(example_event_file())
    assert second.filter_state.spec == FilterSpec()
    _close(second)


def test_first_run_opens_the_example(qtbot: QtBot, tmp_path: Path) -> None:
    app = Application(create_qapplication(), tmp_path / "settings.json")
    app.window.show()
    assert app.open_at_start(None)
    assert app.controller.path == example_event_file()
    _close(app)


def test_a_missing_last_file_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    first = Application(create_qapplication(), settings)
    first.settings.last_file = str(tmp_path / "gone.timeline.json")
    first.settings.recent_files = [first.settings.last_file]
    first.on_about_to_quit()
    first.window.deleteLater()
    second = Application(create_qapplication(), settings)
    second.window.show()
    assert second.open_at_start(None)
    assert second.controller.timeline is None
    assert "gone.timeline.json" in second.window.status.full_message()
    _close(second)


@pytest.mark.parametrize("choice", [UiTheme.DARK, UiTheme.LIGHT])
def test_theme_covers_the_panes(app: Application, choice: UiTheme) -> None:
    app.window.theme_actions[choice].trigger()
    QApplication.processEvents()  # the palette reaches widgets through posted events
    dark = choice is UiTheme.DARK
    assert app.settings.theme is choice
    assert app.window.timeline.theme.name.value == choice.value
    panes: list[QWidget] = [d.widget() for d in app.window.docks.values() if d.widget()]
    panes += app.window.findChildren(QTableView)
    for widget in (*panes, app.window.menuBar(), app.window.status):
        palette = widget.palette()
        assert is_dark(palette) == dark, widget
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        assert abs(background.lightness() - text.lightness()) > 120  # readable
    app.window.theme_actions[UiTheme.SYSTEM].trigger()
    QApplication.processEvents()
    assert not is_dark(app.window.palette())  # the offscreen platform's palette is light


def test_key_widgets_have_accessible_names(app: Application) -> None:
    window = app.window
    for widget in (window.timeline, window.overview, window.filter_bar):
        assert widget.accessibleName()
        assert widget.accessibleDescription()
    for key, dock in window.docks.items():
        pane = dock.widget()
        assert pane is not None
        assert pane.accessibleName() == dock.windowTitle(), key
        assert pane.accessibleDescription(), key
    for table in window.findChildren(QTableView):
        assert not table.tabKeyNavigation()  # one Tab stop; arrows move inside


def test_the_timeline_tells_the_focused_event(app: Application) -> None:
    assert app.opener.open(example_event_file())
    interface = QAccessible.queryAccessibleInterface(app.window.timeline)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == app.window.timeline.accessibleName()
    assert interface.text(QAccessible.Text.Value) == "No event selected"
    timeline = app.controller.timeline
    assert timeline is not None
    number = next(i for i in range(len(timeline.events)) if timeline.event(i).actors)
    app.controller.select(number)
    words = interface.text(QAccessible.Text.Value)
    event = timeline.event(number)
    assert words == focused_event_words(app.controller)
    assert words.startswith(event.title)
    assert timeline.actor_name(event.actors[0].actor) in words
    assert str(timeline.date(number).text) not in words or "20" in words  # type: ignore[union-attr]


def test_f6_cycles_between_the_timeline_and_the_panes(app: Application, qtbot: QtBot) -> None:
    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.timeline)
    areas = window._focus_areas()
    assert len(areas) >= 5
    visited = []
    for _ in range(len(areas)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(window.focus_cycle.current(areas))
    assert visited == [*range(1, len(areas)), 0]  # every area once, then back to the timeline
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.focus_cycle.current(areas) == len(areas) - 1


def test_the_window_fits_its_screen(qtbot: QtBot, tmp_path: Path) -> None:
    app = Application(create_qapplication(), tmp_path / "settings.json")
    app.window.show_restored()
    available = app.window.screen().availableGeometry()
    assert available.contains(app.window.frameGeometry())
    assert app.window.minimumWidth() <= available.width()
    _close(app)


def test_a_saved_geometry_larger_than_the_screen_is_fitted() -> None:
    small = QRect(0, 0, 1024, 700)
    placed = fitted(QRect(-200, 300, 2560, 1440), small)
    assert small.contains(placed)
    assert placed.size() == QSize(1024, 700)
    tiny = QRect(0, 0, 640, 480)
    assert fitted(QRect(0, 0, 100, 100), tiny).size() == QSize(MINIMUM.width(), 480).boundedTo(
        tiny.size()
    )


def test_1024_by_700_shows_the_timeline_the_event_pane_and_the_status_bar(
    app: Application, qtbot: QtBot
) -> None:
    window = app.window
    window.resize(1024, 700)
    window.reset_layout()
    assert app.opener.open(example_event_file())
    qtbot.wait(50)
    assert window.size() == QSize(1024, 700)
    assert window.timeline.height() >= 300
    assert window.timeline.width() >= 400
    assert window.event_pane.isVisible()
    assert window.event_pane.width() >= 280
    assert window.status.isVisible()
    assert window.status.geometry().bottom() < window.height()


def test_help_pages_are_local_and_complete(app: Application) -> None:
    guide = user_guide_dialog(app.window)
    browser = guide.findChild(QTextBrowser)
    assert browser is not None
    assert "Filtering and search" in browser.toPlainText()
    assert not browser.openLinks()
    formats = file_format_dialog(app.window)
    tabs = formats.findChild(QTabWidget)
    assert tabs is not None
    assert tabs.count() == 2
    schema = tabs.widget(1)
    assert isinstance(schema, QTextBrowser)
    assert '"$schema"' in schema.toPlainText()
    guide.close()
    formats.close()


def test_about_lists_the_libraries_and_their_licences(app: Application) -> None:
    about = AboutDialog(app.window)
    rows = {
        about.libraries.topLevelItem(i).text(0).lower(): about.libraries.topLevelItem(i).text(2)
        for i in range(about.libraries.topLevelItemCount())
    }
    assert "pydantic" in rows
    assert rows["pydantic"] == "MIT"
    assert any(name.startswith("pyside6") for name in rows)
    assert all(rows.values())
    about.close()


def test_help_pages_match_the_readme() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "packaging" / "make_help.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_the_maximised_state_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    first = Application(create_qapplication(), settings)
    first.window.showMaximized()
    qtbot.waitUntil(first.window.isMaximized)
    _close(first)
    second = Application(create_qapplication(), settings)
    assert second.settings.window_maximized
    second.window.show_restored()
    qtbot.waitUntil(second.window.isMaximized)
    _close(second)


def test_the_pane_holding_the_focus_is_marked(app: Application, qtbot: QtBot) -> None:
    window = app.window
    assert app.opener.open(example_event_file())
    window.activateWindow()
    window.events_pane.setFocus()
    qtbot.keyClick(window.events_pane, Qt.Key.Key_F6)  # whatever comes next: a pane
    focused = QApplication.focusWidget()
    assert focused is not None
    active = window.active_pane.active
    assert active is not None
    assert active.isAncestorOf(focused)
    assert "highlight" in active.styleSheet()
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.active_pane.active is None)
    assert active.styleSheet() == ""


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, 0, 1024, 700), QSize(1024, 700)),  # small screens: all of it
        (QRect(0, 0, 1366, 768), QSize(1366, 768)),
        (QRect(0, 0, 1920, 1080), QSize(1728, 972)),
        (QRect(0, 0, 2560, 1440), QSize(2304, 1296)),  # a big screen: most of it, not 1500 px
        (QRect(2560, 32, 1920, 1048), QSize(1728, 950)),  # a second screen, below a panel
    ],
)
def test_the_first_window_takes_a_share_of_the_screen_and_never_more(
    screen: QRect, expected: QSize
) -> None:
    from timelineapp.ui.window_geometry import first_geometry

    placed = first_geometry(screen)
    assert placed.size() == expected
    assert screen.contains(placed)
    assert placed.center().x() - screen.center().x() in (-1, 0, 1)  # centred
