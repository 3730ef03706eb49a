"""View › Theme switched while the app runs: every pane takes the new colours at once (QA #112).

Light → dark → light with the Events pane holding the focus (its dock then has the active
title's style sheet, which used to freeze the table and the count line in the old colours),
an event selected (its actors are link buttons in the Event pane) and its document shown
(the passages are marks whose colours derive from the text's palette).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.panes.document_pane import DocumentPane
from timelineapp.ui.panes.event_pane import EventPane
from timelineapp.ui.panes.events_pane import EventsPane
from timelineapp.ui.settings import UiTheme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1, 1.4.3


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


def colours(app: Application) -> dict[str, tuple[QColor, QColor]]:
    """Each (text, background) pair the QA finding saw unreadable, by what it is."""
    window = app.window
    events = window.findChild(EventsPane)
    assert events is not None
    table = events.findChild(QTableView)
    assert table is not None
    count = next(label for label in events.findChildren(QLabel) if "undated" in label.text())
    cells, line = table.viewport().palette(), count.palette()
    found = {
        "events table": (cells.color(Role.Text), cells.color(Role.Base)),
        "events count": (line.color(Role.WindowText), line.color(Role.Window)),
    }
    document = window.findChild(DocumentPane)
    assert document is not None
    text = document.text_edit
    found["document text"] = (text.palette().color(Role.Text), text.palette().color(Role.Base))
    inactive = text.palette()
    found["document selection, pane not focused"] = (
        inactive.color(Group.Inactive, Role.HighlightedText),
        inactive.color(Group.Inactive, Role.Highlight),
    )
    marks = text.extraSelections()
    assert marks
    for n, mark in enumerate(marks):
        found[f"passage {n}"] = (mark.format.foreground().color(), mark.format.background().color())
    pane = window.findChild(EventPane)
    assert pane is not None
    links = [b for b in pane.findChildren(QToolButton) if b.property("actor_id") is not None]
    assert links
    for n, link in enumerate(links):
        holder = link.parentWidget()
        assert isinstance(holder, QWidget)
        found[f"actor link {n}"] = (
            link.palette().color(Role.ButtonText),
            holder.palette().color(Role.Window),
        )
    return found


@pytest.mark.shared_window
def test_a_theme_switch_recolours_every_pane_at_once(app: Application, qtbot: QtBot) -> None:
    assert app.opener.open(example_event_file())
    app.controller.select(3)  # an event with actors, quoted in its document
    window = app.window
    window.activateWindow()
    table = window.findChild(EventsPane).findChild(QTableView)  # type: ignore[union-attr]
    assert table is not None
    table.setFocus()
    qtbot.waitUntil(lambda: window.active_pane.active is window.docks["events"])
    seen: dict[UiTheme, dict[str, tuple[QColor, QColor]]] = {}
    document = window.findChild(DocumentPane)
    assert document is not None
    for choice in (UiTheme.LIGHT, UiTheme.DARK, UiTheme.LIGHT):
        # The document's marks are made again a moment after the change (its timer).
        with qtbot.waitSignal(document._remark.timeout, timeout=5_000):
            window.theme_actions[choice].trigger()
            QApplication.processEvents()
        now = colours(app)
        dark = choice is UiTheme.DARK
        window_colour = QApplication.palette().color(Role.Window)
        assert (window_colour.lightness() < 128) == dark
        for what, (foreground, background) in now.items():
            assert contrast(foreground, background) >= MIN_TEXT_CONTRAST, (choice, what)
        for what in ("events table", "events count", "document text"):
            # The background itself follows the theme, not only the text on it.
            assert (now[what][1].lightness() < 128) == dark, (choice, what)
        if choice in seen:
            assert {k: (f.name(), b.name()) for k, (f, b) in now.items()} == {
                k: (f.name(), b.name()) for k, (f, b) in seen[choice].items()
            }  # back to light: exactly light's colours again
        seen[choice] = now
    light, dark_colours = seen[UiTheme.LIGHT], seen[UiTheme.DARK]
    for what in ("events table", "events count", "document text", "actor link 0"):
        assert light[what] != dark_colours[what], what

    def passages(found: dict[str, tuple[QColor, QColor]]) -> set[str]:
        return {b.name() for k, (_, b) in found.items() if k.startswith("passage")}

    # Other events' passages are a tint of the text's own background: no pale patches in
    # the dark theme, no dark ones back in the light theme.
    assert passages(light) != passages(dark_colours)


@pytest.mark.shared_window
def test_a_documents_link_takes_the_new_link_colour(app: Application, qtbot: QtBot) -> None:
    """The Sources pane's address links are rich text, whose colour is fixed when laid out:
    after Light → Dark it stayed dark blue on the dark pane."""
    from collections import Counter

    from PySide6.QtCore import QUrl

    from timelineapp.ui.panes.sources_pane import LinkLabel

    link = LinkLabel(QUrl("https://example.org/a/long/enough/address"))
    qtbot.addWidget(link)
    link.resize(320, 30)
    link.show()

    def drawn() -> tuple[QColor, QColor]:
        image = link.grab().toImage()
        counts = Counter(
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        )
        (background, _), (text, _) = counts.most_common(2)
        return QColor(text), QColor(background)

    seen = {}
    for choice in (UiTheme.LIGHT, UiTheme.DARK, UiTheme.LIGHT):
        app.window.theme_actions[choice].trigger()
        QApplication.processEvents()
        text, background = drawn()
        assert text.name() == QApplication.palette().color(Role.Link).name(), choice
        assert contrast(text, background) >= MIN_TEXT_CONTRAST, choice
        seen[choice] = text.name()
    assert seen[UiTheme.LIGHT] != seen[UiTheme.DARK]
