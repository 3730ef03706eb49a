"""Exports in their own language (a French report from an English window, and back), with
French typography, and the uncertainty mark that does not read as a question."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from timelineapp.cli import EXIT_OK, main
from timelineapp.model.filtering import FilterEngine, FilterSpec
from timelineapp.model.time_index import MarkFlag
from timelineapp.model.timeline import Timeline
from timelineapp.render.export import (
    ExportFormat,
    ExportOptions,
    ExportSubject,
    render_export,
    timeline_range,
)
from timelineapp.render.export_layout import plan_export
from timelineapp.render.export_text import export_language
from timelineapp.render.filter_words import describe_filter
from timelineapp.render.scene import label_text
from timelineapp.resources import example_event_file, resource_path
from timelineapp.ui.app import Application
from timelineapp.ui.export_dialog import ExportDialog
from timelineapp.ui.settings import ExportSettings

SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\u00a0"


def _texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return "\n".join("".join(node.itertext()) for node in root.iter(f"{SVG}text"))


def _export(timeline: Timeline, language: str, spec: FilterSpec | None = None) -> str:
    spec = spec or FilterSpec(actors=frozenset({timeline.actors[0].id}))
    mask = FilterEngine.from_timeline(timeline).mask(spec)
    with export_language(language or "en"):
        description = describe_filter(spec, timeline)
    subject = ExportSubject(timeline, mask, timeline.index.cumulative_mask(mask), description)
    options = ExportOptions(format=ExportFormat.SVG, export_date="2026-11-26", language=language)
    return _texts(render_export(subject, timeline_range(timeline, mask), options).data)


def _laid_out_texts(timeline: Timeline, language: str) -> str:
    mask = np.ones(timeline.index.count, dtype=np.bool_)
    spec = FilterSpec(actors=frozenset({timeline.actors[0].id}))
    mask = FilterEngine.from_timeline(timeline).mask(spec)
    subject = ExportSubject(
        timeline, mask, timeline.index.cumulative_mask(mask), describe_filter(spec, timeline)
    )
    options = ExportOptions(export_date="2026-11-26", language=language)
    with export_language(language):
        plan = plan_export(subject, timeline_range(timeline, mask), options, lambda _: None)
    page = plan.pages[0]
    return "\n".join(text.layout.text() for text in (*page.header, *page.footer))


def test_a_french_report_from_an_english_window(
    qapp: QApplication, niger_timeline: Timeline
) -> None:
    english = _export(niger_timeline, "en")
    french = _export(niger_timeline, "fr")
    assert "events shown" in english
    assert "Filter:" in english
    assert "événements affichés" in french
    # French typography: no-break spaces before ":" in what the export itself says.
    assert f"Filtre{NBSP}:" in french
    assert f"Fichier{NBSP}:" in french
    assert f"Filtre{NBSP}:" in _laid_out_texts(niger_timeline, "fr")  # kept when laid out
    assert "Légende" in french or "Marques" in french  # the legend speaks French too
    # The window's own translations are untouched once the export is made.
    assert QCoreApplication.translate("Export", "Filter: {filter}") == "Filter: {filter}"


def test_an_english_report_from_a_french_window(
    qapp: QApplication, niger_timeline: Timeline
) -> None:
    window = QTranslator()
    assert window.load("timelineapp_fr", str(resource_path("translations")))
    QCoreApplication.installTranslator(window)
    try:
        assert QCoreApplication.translate("Export", "Filter: {filter}") != "Filter: {filter}"
        english = _export(niger_timeline, "en")
        assert "Filter:" in english
        assert "events shown" in english
        assert "Filtre" not in english
    finally:
        QCoreApplication.removeTranslator(window)


def test_an_unknown_export_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="no export language"), export_language("de"):
        pass


def test_export_lang_on_the_command_line(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "niger.svg"
    args = ["export", str(example_event_file()), "-o", str(out), "--date", "2026-11-26"]
    assert main([*args, "--lang", "fr"]) == EXIT_OK
    french = _texts(out.read_bytes())
    assert "exporté le 2026-11-26" in french or "exporté" in french
    assert main(args) == EXIT_OK
    assert "exported 2026-11-26" in _texts(out.read_bytes())  # the command line: English


def test_the_uncertainty_mark_does_not_read_as_a_question(niger_timeline: Timeline) -> None:
    uncertain = int(MarkFlag.UNCERTAIN)
    title = "Départ de plus de 269 militaires américains sur 946"
    drawn = label_text(uncertain, title)
    assert not drawn.rstrip().endswith("?")
    assert drawn.startswith("(?)")
    assert label_text(uncertain | int(MarkFlag.APPROXIMATE), title).startswith("~ (?)")
    flagged = np.flatnonzero(niger_timeline.index.flags & uncertain)
    assert flagged.size  # the example has such dates, and its labels say it the same way
    texts = _export(niger_timeline, "fr", FilterSpec())
    assert "(?) " in texts
    assert " ?" not in texts.replace(f"{NBSP}?", "")


@pytest.mark.shared_window
def test_the_export_dialog_has_a_language_of_its_own(app: Application) -> None:
    assert app.opener.open(example_event_file())
    app.filter_state.set_spec(FilterSpec(actors=frozenset({"niger"})))
    source = app.export_flow.source()
    assert source is not None
    settings = ExportSettings(language="fr")
    dialog = ExportDialog(source, settings, app.window)
    options = dialog.options()
    assert options.language == "fr"
    assert source.subject("fr").filter_description.startswith("Acteurs")
    assert source.subject("en").filter_description.startswith("Actors")
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.store(settings)
    assert settings.language == "en"
    dialog.close()
