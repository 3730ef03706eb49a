"""The filter in words through Qt's translators (render/filter_words.py): the reader's
language (the window's, an export's, English on the command line), never the file's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.model.filtering import FilterSpec
from timelineapp.model.timeline import Timeline
from timelineapp.render.export_text import export_language
from timelineapp.render.filter_words import describe_filter

from ..model.test_filtering import make_timeline


@pytest.fixture(scope="module")
def timeline(qapp: QCoreApplication) -> Timeline:
    return make_timeline()


def words(spec: FilterSpec, timeline: Timeline, language: str | None) -> str:
    """The filter in ``language`` ("fr", "en"); None: no translator, as on the command line."""
    if language is None:
        return describe_filter(spec, timeline)
    with export_language(language.split("-")[0]):
        return describe_filter(spec, timeline)


def test_description_in_french(timeline: Timeline) -> None:
    assert words(FilterSpec(), timeline, "fr") == ""
    spec = FilterSpec(actors=frozenset({"us", "fr"}), text="accord")
    assert (
        words(spec, timeline, "fr")
        == "Acteurs\u00a0: France, États-Unis (et leurs membres) · texte «\u00a0accord\u00a0»"
    )
    spec = FilterSpec(actors=frozenset({"us", "fr"}), all_actors=True)
    assert (
        words(spec, timeline, "fr")
        == "Acteurs\u00a0: tous parmi France, États-Unis (et leurs membres)"
    )
    spec = FilterSpec(actors=frozenset({"ru", "fr-general"}), all_actors=True)
    assert words(spec, timeline, "fr") == "Acteurs\u00a0: tous parmi Général Dupont, Russie"
    spec = FilterSpec(actors=frozenset({"us-dod"}), actors_alone=frozenset({"fr", "us"}))
    assert (
        words(spec, timeline, "fr")
        == "Acteurs\u00a0: Département de la Défense, France, États-Unis (sans leurs membres)"
    )
    spec = FilterSpec(role="signataire", date_from="2012", date_to="2024-06", within="certainly")
    assert (
        words(spec, timeline, "fr")
        == "Rôle «\u00a0signataire\u00a0» · dates\u00a0: certainement entre 2012 et juin 2024"
    )
    spec = FilterSpec(actors=frozenset({"ru"}), include_no_actor=True, date_from="2012")
    assert (
        words(spec, timeline, "fr")
        == "Acteurs\u00a0: Russie, (sans acteur) · dates\u00a0: possiblement à partir de 2012"
    )


def test_description_in_english(timeline: Timeline) -> None:
    spec = FilterSpec(actors=frozenset({"fr"}), role="signataire", date_to="2024")
    assert (
        words(spec, timeline, "en-GB")
        == "Actors: France (and its members) · role “signataire” · dates: possibly until 2024"
    )


def test_description_without_a_language_is_english_whatever_the_file_says(
    timeline: Timeline,
) -> None:
    assert timeline.language.startswith("fr")
    spec = FilterSpec(text="accord")
    assert words(spec, timeline, None) == "Text “accord”"  # the command line without --lang


def test_filter_dates_are_said_in_words_in_the_reader_s_language(timeline: Timeline) -> None:
    spec = FilterSpec(date_from="2024-04-01")
    french = words(spec, timeline, "fr")
    assert french == "Dates\u00a0: possiblement à partir du 1er avril 2024"
    spec = FilterSpec(date_from="2024-04")
    assert words(spec, timeline, "fr") == "Dates\u00a0: possiblement à partir d’avril 2024"
    assert words(spec, timeline, "en") == "Dates: possibly from April 2024"
    # Not one plain date: said as typed rather than guessed at.
    spec = FilterSpec(date_to="2024-04/2024-05")
    assert words(spec, timeline, "en") == "Dates: possibly until 2024-04/2024-05"
    spec = FilterSpec(date_from="2012", date_to="2024-05-03", within="certainly")
    assert words(spec, timeline, "fr") == "Dates\u00a0: certainement entre 2012 et le 3 mai 2024"
    spec = FilterSpec(date_to="2024-05-03")
    assert words(spec, timeline, "fr") == "Dates\u00a0: possiblement jusqu’au 3 mai 2024"
    spec = FilterSpec(date_to="2024-05")
    assert words(spec, timeline, "fr") == "Dates\u00a0: possiblement jusqu’à mai 2024"
    assert words(spec, timeline, "en") == "Dates: possibly until May 2024"


def test_the_evidence_filter_in_words(timeline: Timeline) -> None:
    spec = FilterSpec(
        min_sources=2, min_grade="b2", conflicts_only=True, review={"disputed", "verified"}
    )
    assert words(spec, timeline, "en") == (
        "At least 2 independent sources · grade B2 or better · sources disagree on the date"
        " · review: verified, disputed"
    )
    assert words(FilterSpec(min_sources=1, single_source=True), timeline, "fr") == (
        "Au moins 1 source indépendante · source unique"
    )
