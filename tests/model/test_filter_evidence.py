"""The evidence filters: independent sources, grade, conflicts, single source, review state."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from timelineapp.model.filtering import FilterEngine, FilterSpec
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline

TEXT = "Une dépêche, un article, un témoin."


def _source(document: str, credibility: int | None = None, date: str | None = None) -> Any:
    # Quoted: a source backs its event with quoted words (model.evidence, *Backing*).
    quote = {"start": 0, "end": 11, "text": TEXT[:11], "attributed_to": "x"}
    source: dict[str, Any] = {"document": document, "quotes": [quote]}
    if credibility is not None:
        source["credibility"] = credibility
    if date is not None:
        source["date"] = date
    return source


EVENTS = {
    "single": ([_source("article", 2)], "unreviewed"),
    "echo": ([_source("article"), _source("wire")], "unreviewed"),
    "two": ([_source("article", 2), _source("witness", 2)], "verified"),
    "conflict": (
        [_source("witness", date="2024-06-07"), _source("blog", date="2024-06-14")],
        "disputed",
    ),
    "none": ([], "unreviewed"),
    "ungraded": ([_source("blog", 1)], "verified"),
}


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Evidence filters",
        "language": "en",
        "documents": [
            {"id": "wire", "title": "Wire", "text": TEXT, "reliability": "A"},
            {
                "id": "article",
                "title": "A",
                "text": TEXT,
                "reliability": "C",
                "derived_from": ["wire"],
            },
            {"id": "witness", "title": "W", "text": TEXT, "reliability": "B"},
            {"id": "blog", "title": "B", "text": TEXT},
        ],
        "actors": [{"id": "x", "name": "X"}],
        "events": [
            {
                "id": name,
                "title": name,
                "date": "2024-06",
                "review": review,
                "actors": ["x"] if name in ("two", "conflict") else [],
                "sources": sources,
            }
            for name, (sources, review) in EVENTS.items()
        ],
    }
    result = load_event_bytes(json.dumps(data).encode(), "f.timeline.json", None)
    assert result.loaded is not None
    return Timeline(result.loaded)


@pytest.fixture(scope="module")
def engine(timeline: Timeline) -> FilterEngine:
    return FilterEngine.from_timeline(timeline)


def shown(engine: FilterEngine, **spec: Any) -> list[str]:
    mask = engine.mask(FilterSpec(**spec))
    return [name for name, passes in zip(EVENTS, mask, strict=True) if passes]


def test_at_least_n_independent_sources_counts_origins_not_echoes(engine: FilterEngine) -> None:
    assert shown(engine, min_sources=1) == ["single", "echo", "two", "conflict", "ungraded"]
    assert shown(engine, min_sources=2) == ["two", "conflict"]
    assert shown(engine, min_sources=3) == []


def test_single_source_means_one_independent_origin(engine: FilterEngine) -> None:
    assert shown(engine, single_source=True) == ["single", "echo", "ungraded"]


def test_grade_or_better_needs_a_source_good_on_both_sides(engine: FilterEngine) -> None:
    assert shown(engine, min_grade="B2") == ["two"]
    assert shown(engine, min_grade="C2") == ["single", "two"]
    # Unknown credibility never passes, however reliable the document.
    assert shown(engine, min_grade="F6") == ["single", "two"]
    assert shown(engine, min_grade="A1") == []


def test_only_conflicting(engine: FilterEngine) -> None:
    assert shown(engine, conflicts_only=True) == ["conflict"]


def test_review_states(engine: FilterEngine) -> None:
    assert shown(engine, review=frozenset({"verified"})) == ["two", "ungraded"]
    assert shown(engine, review={"verified", "disputed"}) == ["two", "conflict", "ungraded"]
    assert shown(engine, review={"unreviewed"}) == ["single", "echo", "none"]


def test_evidence_filters_compose_with_each_other_and_the_others(engine: FilterEngine) -> None:
    assert shown(engine, min_sources=2, review={"verified"}) == ["two"]
    assert shown(engine, min_sources=2, actors={"x"}, conflicts_only=True) == ["conflict"]
    assert shown(engine, single_source=True, text="ungraded") == ["ungraded"]
    assert shown(engine, min_sources=1, date_from="2025") == []


def test_spec_checks_its_evidence_part() -> None:
    with pytest.raises(ValueError, match="expected a grade such as B2"):
        FilterSpec(min_grade="Z9")
    with pytest.raises(ValueError, match="review states"):
        FilterSpec(review={"maybe"})
    with pytest.raises(ValueError, match="at least 0"):
        FilterSpec(min_sources=-1)
    assert FilterSpec(review={"verified"}) == FilterSpec(review=frozenset({"verified"}))
    assert not FilterSpec(conflicts_only=True).is_empty


def test_an_engine_without_evidence_columns_passes_nothing_on_evidence(
    engine: FilterEngine,
) -> None:
    bare = dataclasses.replace(engine, evidence=None)
    assert not bare.mask(FilterSpec(min_sources=1)).any()
    assert bare.mask(FilterSpec()).all()
