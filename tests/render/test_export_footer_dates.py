"""The export footer says publication dates in words, in the export's language."""

from __future__ import annotations

import pytest

from timelineapp.model.timeline import Timeline
from timelineapp.render.export import ExportFormat, ExportOptions

from .test_export import run, svg_texts


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "one day between 31 May 2024 and 28 June 2024"),
        ("fr", "un jour entre le 31 mai 2024 et le 28 juin 2024"),
    ],
)
def test_publication_dates_are_words_not_edtf(niger: Timeline, language: str, words: str) -> None:
    published = {d.published for d in niger.documents}
    assert "[2024-05-31..2024-06-28]" in published  # the communiqué's recorded date
    options = ExportOptions(format=ExportFormat.SVG, width=2400, language=language)
    footer = " ".join(" ".join(svg_texts(run(niger, options).data)).split())
    assert words in footer
    assert "[2024-05-31..2024-06-28]" not in footer
