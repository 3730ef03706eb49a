"""The Sources pane names a document's language in the window's language, its tag after it:
« Langue : français (fr) », not « Langue : fr » (QA #104)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_file
from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes import SourcesPane
from timelineapp.ui.panes.sources_pane import language_name


@pytest.fixture
def window_language() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("ui", "expected"), [("fr", "français (fr)"), ("en", "French (fr)")])
@pytest.mark.usefixtures("window_language")
def test_the_language_is_named_in_the_windows_language(
    qtbot: QtBot, niger_timeline: Timeline, ui: str, expected: str
) -> None:
    QLocale.setDefault(QLocale(ui))
    controller = TimelineController()
    controller.set_timeline(niger_timeline)
    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    controller.select(0)
    lines = pane.shown_text().splitlines()
    assert expected in lines
    assert "fr" not in [line.strip() for line in lines]  # never the bare tag


BRIDGE = Path(__file__).parents[2] / "data" / "evidence" / "bridge.timeline.json"


@pytest.mark.usefixtures("window_language")
def test_a_translations_original_language_is_named_too(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("en"))
    controller = TimelineController()
    loaded = load_event_file(BRIDGE).loaded
    assert loaded is not None
    controller.set_timeline(Timeline(loaded))
    pane = SourcesPane(controller)
    qtbot.addWidget(pane)
    controller.select(0)  # cites the English translation of a French article
    lines = [line.strip() for line in pane.shown_text().splitlines()]
    assert "French (fr)" in lines
    assert "fr" not in lines  # never the bare tag


@pytest.mark.parametrize(
    ("tag", "ui", "name"),
    [
        ("en-GB", "fr", "anglais (Royaume-Uni)"),
        ("zh-Hant-TW", "en", "Chinese (Traditional, Taiwan)"),
        ("de-CH-1996", "fr", "allemand (Suisse)"),  # German data is not needed (not shipped)
        ("und", "fr", "langue indéterminée"),  # not the English Babel would guess for it
        ("xx", "fr", None),
        ("x-klingon", "en", None),
        ("", "fr", None),
    ],
)
def test_language_names_come_from_cldr_or_not_at_all(tag: str, ui: str, name: str | None) -> None:
    assert language_name(tag, ui) == name
