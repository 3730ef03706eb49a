"""The bundled example (Niger 2024) is a sound, well-sourced event file."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from timelineapp.model.dates import DateKind, EdtfDate, Precision, parse_date
from timelineapp.model.file_format import Actor, EventFile, EventStatus
from timelineapp.model.loading import LoadResult, load_event_file
from timelineapp.resources import example_event_file

_GUILLEMETS = re.compile(r"«\s*(.*?)\s*»", re.DOTALL)


@pytest.fixture(scope="module")
def result() -> LoadResult:
    return load_event_file(example_event_file())


@pytest.fixture(scope="module")
def data(result: LoadResult) -> EventFile:
    assert result.loaded is not None, [str(i) for i in result.issues]
    return result.loaded.data


@pytest.fixture(scope="module")
def article(data: EventFile) -> tuple[str, str]:
    """(document id, text read exactly as the loader reads it)."""
    # The article, and the joint communiqué it quotes: known only through those quotations,
    # so a document without text of its own (issue 18).
    assert [d.has_text for d in data.documents] == [True, False]
    assert data.documents[0].derived_from == [data.documents[1].id]
    document = data.documents[0]
    assert document.path is not None
    path = Path(example_event_file()).parent / document.path
    with path.open(encoding="utf-8", newline="") as handle:
        return document.id, handle.read()


def _actor(data: EventFile, name: str) -> Actor:
    matches = [a for a in data.actors if a.name == name]
    assert len(matches) == 1, f"expected one actor named {name!r}, found {len(matches)}"
    return matches[0]


def _dated(data: EventFile) -> list[tuple[str, EventStatus, EdtfDate]]:
    return [(e.id, e.status, parse_date(e.date)) for e in data.events if e.date is not None]


def test_loads_without_any_issue(result: LoadResult) -> None:
    assert result.ok
    assert result.issues == [], [str(i) for i in result.issues]


def test_document_metadata(data: EventFile, article: tuple[str, str]) -> None:
    _, text = article
    document = data.documents[0]
    assert document.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert document.published == "2024-06"
    assert document.language == "fr"
    assert document.url is None
    assert document.publisher is None
    assert document.author is None
    assert document.title in text


def test_every_event_has_a_quote(data: EventFile) -> None:
    assert data.events
    for event in data.events:
        assert sum(len(s.quotes) for s in event.sources) >= 1, event.id


def test_quotes_and_date_phrases_are_verbatim(data: EventFile, article: tuple[str, str]) -> None:
    # Checked here independently of the loader, so a loader regression cannot hide a bad offset.
    doc_id, text = article
    for event in data.events:
        for source in event.sources:
            if source.document != doc_id:
                # The communiqué is cited beside the article's quotations of it: no text, so
                # nothing of its own to quote (issue 18).
                assert source.document == "communique-conjoint"
                assert not source.quotes
                assert source.date_phrase is None
                continue
            spans = [*source.quotes, *([source.date_phrase] if source.date_phrase else [])]
            for span in spans:
                assert text[span.start : span.end] == span.text, (event.id, span.text)


def test_every_guillemet_quotation_is_quoted_and_attributed(
    data: EventFile, article: tuple[str, str]
) -> None:
    doc_id, text = article
    quotations = list(_GUILLEMETS.finditer(text))
    assert len(quotations) == 5
    quotes = [q for e in data.events for s in e.sources if s.document == doc_id for q in s.quotes]
    for match in quotations:
        covering = [q for q in quotes if q.start <= match.start(1) and match.end(1) <= q.end]
        assert covering, f"quotation not covered by any quote: {match.group(1)!r}"
        assert all(q.attributed_to for q in covering), match.group(1)


def test_dates_match_the_text(data: EventFile) -> None:
    dated = _dated(data)
    assert any(
        d.kind is DateKind.SINGLE and d.precision is Precision.YEAR and d.start.year == 2012
        for _, _, d in dated
        if d.start is not None
    )
    assert any(
        d.kind is DateKind.SINGLE
        and d.precision is Precision.DAY
        and (d.start.year, d.start.month, d.start.day) == (2024, 5, 19)
        for _, _, d in dated
        if d.start is not None
    )
    deadlines = [(i, d) for i, status, d in dated if status is EventStatus.DEADLINE]
    assert any(
        d.kind is DateKind.ON_OR_BEFORE
        and d.end is not None
        and (d.end.year, d.end.month, d.end.day) == (2024, 9, 15)
        and d.precision is Precision.DAY
        for _, d in deadlines
    ), deadlines


def test_no_date_is_finer_than_a_day(data: EventFile) -> None:
    # The article never gives a time of day.
    for _, _, d in _dated(data):
        assert d.precision <= Precision.DAY, d.text


def test_some_event_is_undated_or_only_bounded(data: EventFile) -> None:
    assert any(
        e.date is None or parse_date(e.date).kind is DateKind.ON_OR_BEFORE for e in data.events
    )


def test_relative_dates_are_not_resolved_to_an_invented_day(data: EventFile) -> None:
    # Only the month of publication is known, so "vendredi" and "hier" cannot give a day.
    phrases = {"vendredi", "hier"}
    found = set()
    for event in data.events:
        for source in event.sources:
            if source.date_phrase and source.date_phrase.text in phrases:
                found.add(source.date_phrase.text)
                assert event.date is not None, event.id
                assert event.note, event.id
                date = parse_date(event.date)
                # Either a coarse date or one day somewhere in a span: never a single day.
                assert date.latest - date.earliest > 86400, event.id
                assert date.precision <= Precision.MONTH or date.kind is DateKind.ONE_OF
    assert found == phrases


def test_actor_hierarchy(data: EventFile) -> None:
    ekman = _actor(data, "Kenneth Ekman")
    ministry = _actor(data, "ministère américain de la Défense")
    united_states = _actor(data, "États-Unis")
    assert ekman.kind == "person"
    assert ekman.parent == ministry.id
    assert ministry.parent == united_states.id
    assert united_states.kind == "state"
    assert united_states.parent is None

    kiaou = _actor(data, "Mamane Sani Kiaou")
    army = _actor(data, "armée de terre du Niger")
    niger = _actor(data, "Niger")
    assert kiaou.parent == army.id
    assert army.parent == niger.id


def test_capitals_are_aliases_of_their_states(data: EventFile) -> None:
    assert "Washington" in _actor(data, "États-Unis").aliases
    assert "Niamey" in _actor(data, "Niger").aliases
