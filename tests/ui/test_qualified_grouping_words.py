"""A qualified quarter, four-month period or half is worded as that unit, not as a season
(render/date_form_words.component_note): "2024-?35" is "third quarter of 2024 (quarter
uncertain)", never "(season uncertain)"; true seasons keep their season words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.model.dates import parse_date
from timelineapp.render.date_words import describe_date
from timelineapp.render.export_text import export_language

# The French of the new strings, until the coordinator fills the shipped .qm.
_FRENCH = {
    ("DateWords", "quarter uncertain"): "trimestre incertain",
    ("DateWords", "quarter approximate"): "trimestre approximatif",
    ("DateWords", "quarter uncertain and approximate"): "trimestre incertain et approximatif",
    ("DateWords", "four-month period uncertain"): "quadrimestre incertain",
    ("DateWords", "half uncertain"): "semestre incertain",
    ("DateWords", "half approximate"): "semestre approximatif",
    ("DateWords", "quarter"): "trimestre",
    ("DateWords", "half"): "semestre",
}


@pytest.fixture(autouse=True)
def _french(qapp: QCoreApplication, stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH)


def _words(language: str, text: str) -> str:
    with export_language(language):
        return describe_date(parse_date(text))


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        (
            "2024-?35",
            "in the third quarter of 2024 (quarter uncertain)",
            "au 3e trimestre 2024 (trimestre incertain)",
        ),
        (
            "2024-~41",
            "in the second half of 2024 (half approximate)",
            "au 2e semestre 2024 (semestre approximatif)",
        ),
        (
            "2024-%33",
            "in the first quarter of 2024 (quarter uncertain and approximate)",
            "au 1er trimestre 2024 (trimestre incertain et approximatif)",
        ),
        (
            "2024-?38",
            "in the second four-month period of 2024 (four-month period uncertain)",
            "au 2e quadrimestre 2024 (quadrimestre incertain)",
        ),
        (
            "2024?-~35",
            "in the third quarter of 2024 (year uncertain, quarter approximate)",
            "au 3e trimestre 2024 (année incertaine, trimestre approximatif)",
        ),
        (
            "2024~-?41",
            "in the second half of 2024 (half uncertain, year approximate)",
            "au 2e semestre 2024 (semestre incertain, année approximative)",
        ),
    ],
)
def test_a_qualified_grouping_is_worded_as_its_unit(text: str, english: str, french: str) -> None:
    assert _words("en", text) == english
    assert _words("fr", text) == french
    for language in ("en", "fr"):
        words = _words(language, text)
        assert "season" not in words
        assert "saison" not in words


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        ("2024-?21", "in spring 2024 (season uncertain)", "au printemps 2024 (saison incertaine)"),
        ("2024-~22", "in summer 2024 (season approximate)", "en été 2024 (saison approximative)"),
        (
            "2024-%24",
            "in winter 2024–2025 (season uncertain and approximate)",
            None,
        ),
    ],
)
def test_a_qualified_season_keeps_its_season_words(
    text: str, english: str, french: str | None
) -> None:
    assert _words("en", text) == english
    if french is not None:
        assert _words("fr", text) == french
    assert "saison" in _words("fr", text)
