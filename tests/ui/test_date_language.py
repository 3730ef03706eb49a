"""Dates in words follow the window's language, never the event file's (issue 15).

A French window on an English file says its dates in French; an English window on the
French Niger example says them in English. Dates are worded through the window's
translators (``render/date_words``), which the window loads for its locale.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import FilterSpec
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions, render_export, timeline_range
from timelineapp.render.export_text import export_language
from timelineapp.resources import example_event_file
from timelineapp.ui.app import Application
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.events_model import Column, EventsTableModel
from timelineapp.ui.panes import EventPane
from timelineapp.ui.tooltips import event_tooltip

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
_SVG = "{http://www.w3.org/2000/svg}"


def _window_in(locale: QLocale, language: str) -> Iterator[None]:
    """The window as ``--lang`` makes it: ``locale`` is the default and its translations are
    installed, for the test only."""
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        with export_language(language):
            yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def french_window(qapp: QCoreApplication) -> Iterator[None]:
    yield from _window_in(QLocale(QLocale.Language.French, QLocale.Country.France), "fr")


@pytest.fixture
def english_window(qapp: QCoreApplication) -> Iterator[None]:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    yield from _window_in(english, "en")


def english_file() -> Timeline:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Withdrawal",
        "language": "en",
        "events": [
            {"id": "e0", "title": "Talks", "date": "2024-04"},
            {"id": "e1", "title": "Deadline", "date": "[..2024-09-15]"},
        ],
    }
    result = load_event_bytes(json.dumps(data).encode(), "en.timeline.json", None)
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


def date_cell(model: EventsTableModel, event: int) -> object:
    return model.index(model.row_of(event), Column.DATE).data(Qt.ItemDataRole.DisplayRole)


def test_a_french_window_says_an_english_file_s_dates_in_french(
    qtbot: QtBot, french_window: None
) -> None:
    timeline = english_file()
    model = EventsTableModel(timeline)
    assert date_cell(model, 0) == "en avril 2024"
    assert date_cell(model, 1) == "au plus tard le 15 septembre 2024"
    controller = TimelineController()
    controller.set_timeline(timeline)
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    controller.select(1)
    assert pane.date_label.text() == "au plus tard le 15 septembre 2024"
    assert "en avril 2024" in event_tooltip(timeline, 0)


def test_an_english_window_says_the_french_example_s_dates_in_english(
    qtbot: QtBot, english_window: None, niger_timeline: Timeline
) -> None:
    assert niger_timeline.language.startswith("fr")
    model = EventsTableModel(niger_timeline)
    controller = TimelineController()
    controller.set_timeline(niger_timeline)
    pane = EventPane(controller)
    qtbot.addWidget(pane)
    dated = [e for e in range(len(niger_timeline.events)) if niger_timeline.date(e) is not None]
    assert dated
    french = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"}
    french |= {"septembre", "octobre", "novembre", "décembre", "le", "en", "vers", "du", "au"}
    for event in dated:
        controller.select(event)
        words = pane.date_label.text()
        assert words == date_cell(model, event)
        assert not french & set(words.split()), words
    months = ("January", "February", "March", "April", "May", "June", "July", "August")
    months += ("September", "October", "November", "December")
    assert any(any(m in str(date_cell(model, e)) for m in months) for e in dated)


def _svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return "\n".join("".join(node.itertext()) for node in root.iter(f"{_SVG}text"))


@pytest.mark.shared_window
def test_an_export_in_french_from_an_english_window_says_its_dates_in_french(
    app: Application, english_window: None
) -> None:
    assert app.opener.open(example_event_file())
    app.filter_state.set_spec(FilterSpec(date_from="2024-04"))
    assert "from April 2024" in app.controller.filter_description  # the window: English
    source = app.export_flow.source()
    assert source is not None
    subject = source.subject("fr")
    assert "à partir d’avril 2024" in subject.filter_description
    options = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-26", language="fr")
    timeline = subject.timeline
    data = render_export(subject, timeline_range(timeline, subject.mask), options).data
    texts = _svg_texts(data)
    assert "avril 2024" in texts
    assert "April" not in texts
    # "As the window": the window's language, English.
    assert "from April 2024" in source.subject("").filter_description
