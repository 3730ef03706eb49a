"""Evidence fields of the format, and the rules of model/evidence: origins, grades, claims."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from pydantic import ValidationError

from timelineapp.model.evidence import (
    UNKNOWN,
    EvidenceFlag,
    best_grade,
    document_graph,
    event_evidence,
    grade_bit,
    grade_text,
    grades_at_least,
    independent_count,
    parse_grade,
    reporting_lag,
)
from timelineapp.model.file_format import Document, Event, Source
from timelineapp.model.issues import IssueKind, Severity
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.loading.chunks import ChunkContext, ChunkResult, process_chunk

TEXT = "Le communiqué dit : « 269 soldats sont partis le 7 juin »."


def _file(documents: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Evidence",
        "documents": documents,
        "actors": [],
        "events": events,
    }


def _doc(doc_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "title": doc_id, "text": TEXT, **fields}


# A source backs its event with quoted words (model.evidence, *Backing*): the sources made
# here quote the document's first words unless told otherwise (documents "c" and "communique"
# have no text to quote).
QUOTE = {"start": 0, "end": 13, "text": TEXT[:13], "attributed_to": "communiqué"}
TEXTLESS = {"c", "communique"}


def _quoted(source: dict[str, Any]) -> dict[str, Any]:
    if "quotes" in source or source["document"] in TEXTLESS:
        return source
    return {**source, "quotes": [QUOTE]}


def _event(event_id: str, *sources: dict[str, Any], date: str | None = "2024-06") -> dict[str, Any]:
    return {
        "id": event_id,
        "title": event_id,
        "date": date,
        "sources": [_quoted(s) for s in sources],
    }


def _load(data: dict[str, Any]) -> Any:
    raw = json.dumps(data, indent=1, ensure_ascii=False).encode()
    return load_event_bytes(raw, "f.timeline.json", None)


# --- the format ------------------------------------------------------------------------------
def test_version_one_files_without_evidence_fields_stay_valid() -> None:
    result = _load(_file([_doc("a")], [_event("e", {"document": "a"})]))
    assert result.ok
    record = result.loaded.index.evidence[0]
    assert (record["origins"], record["documents"], record["flags"]) == (1, 1, 0)
    # Ungraded: the one grade present is unknown on both sides, never a good default.
    assert int(record["grades"]) == 1 << grade_bit(UNKNOWN, UNKNOWN)


def test_every_new_field_is_read() -> None:
    document = Document.model_validate(
        {
            "id": "fr",
            "title": "Traduction",
            "text": "x",
            "reliability": "B",
            "derived_from": ["wire"],
            "original_language": "en",
            "translated_from": "en-text",
            "translated_by": "machine",
            "note": "grande agence",
        }
    )
    assert document.reliability == "B"
    assert document.derived_from == ["wire"]
    assert (document.translated_from, document.translated_by) == ("en-text", "machine")
    source = Source.model_validate({"document": "fr", "date": "2024-06-07", "credibility": 2})
    assert (source.date, source.credibility) == ("2024-06-07", 2)


def test_a_document_may_have_no_text_of_its_own_but_not_two() -> None:
    assert not Document.model_validate({"id": "c", "title": "Communiqué"}).has_text
    with pytest.raises(ValidationError, match="at most one of 'path' or 'text'"):
        Document.model_validate({"id": "c", "title": "C", "text": "x", "path": "c.txt"})


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        ("reliability", "G", "'A', 'B', 'C', 'D', 'E' or 'F'"),
        ("reliability", "b", "'A', 'B', 'C', 'D', 'E' or 'F'"),
        ("credibility", 7, "expected a number at most 6, found the number 7"),
        ("credibility", 0, "expected a number at least 1, found the number 0"),
        ("credibility", "2", "expected a whole number, found the text"),
        ("date", "2024-13", "month"),
    ],
)
def test_a_bad_grade_or_date_is_a_located_error(where: str, value: Any, expected: str) -> None:
    documents = [_doc("a")]
    source: dict[str, Any] = {"document": "a"}
    if where == "reliability":
        documents[0]["reliability"] = value
        path = "documents[0].reliability"
    else:
        source[where] = value
        path = f"events[0].sources[0].{where}"
    result = _load(_file(documents, [_event("e", source)]))
    assert not result.ok
    (issue,) = result.errors
    assert issue.json_path == path
    assert expected in issue.message
    assert issue.line is not None
    assert issue.column is not None
    assert "found" in issue.message


@pytest.mark.parametrize("field", ["derived_from", "translated_from"])
def test_an_unknown_document_in_a_link_is_a_located_error(field: str) -> None:
    value: Any = ["nowhere"] if field == "derived_from" else "nowhere"
    result = _load(_file([_doc("a", **{field: value})], []))
    (issue,) = result.errors
    suffix = "[0]" if field == "derived_from" else ""
    assert issue.json_path == f"documents[0].{field}{suffix}"
    assert issue.kind is IssueKind.REFERENCE
    assert "expected the id of a document, found unknown id 'nowhere'" in issue.message
    assert issue.line is not None


def test_a_document_deriving_from_itself_is_an_error() -> None:
    result = _load(_file([_doc("a", derived_from=["a"])], []))
    (issue,) = result.errors
    assert "the document itself" in issue.message


def test_cycles_of_links_are_reported_once_with_the_cycle() -> None:
    documents = [
        _doc("a", derived_from=["b"]),
        _doc("b", translated_from="c"),
        _doc("c", derived_from=["a"]),
        _doc("d", derived_from=["a"]),
    ]
    result = _load(_file(documents, []))
    (issue,) = result.errors
    assert issue.json_path == "documents[2].derived_from[0]"
    assert "a -> b -> c -> a" in issue.message


def test_quotes_of_a_document_without_text_are_a_provenance_error() -> None:
    documents = [_doc("article", derived_from=["communique"]), {"id": "communique", "title": "C"}]
    quote = {"start": 0, "end": 2, "text": "Le"}
    events = [
        _event("ok", {"document": "article", "quotes": [quote]}, {"document": "communique"}),
        _event("bad", {"document": "communique", "quotes": [quote]}),
    ]
    result = _load(_file(documents, events))
    assert result.loaded is not None  # it opens: the problem is shown, nothing is lost
    (issue,) = result.issues
    assert issue.severity is Severity.ERROR
    assert issue.json_path == "events[1].sources[0].quotes[0]"
    assert "known only through other documents" in issue.message


# --- origins ---------------------------------------------------------------------------------
def _graph(*documents: dict[str, Any]) -> Any:
    return document_graph([Document.model_validate(d) for d in documents])


def test_echoes_do_not_count_as_independent_sources() -> None:
    graph = _graph(
        _doc("communique"),
        _doc("article", derived_from=["communique"]),
        _doc("depeche", derived_from=["article"]),  # an echo of an echo
        _doc("temoin"),
        _doc("traduction", translated_from="temoin"),
    )
    assert independent_count([0, 1, 2], graph) == 1
    assert independent_count([1, 2], graph) == 1
    assert independent_count([1, 3], graph) == 2
    assert independent_count([3, 4], graph) == 1  # a translation is not a second witness
    assert independent_count([0, 1, 3, 4], graph) == 2
    assert independent_count([1, 1, 1], graph) == 1


def test_a_document_relying_on_two_origins_joins_them() -> None:
    graph = _graph(_doc("x"), _doc("y"), _doc("both", derived_from=["x", "y"]))
    assert independent_count([0, 1], graph) == 2
    # Errs towards fewer: "both" may echo either, so nothing here is independent of it.
    assert independent_count([0, 1, 2], graph) == 1
    assert independent_count([2], graph) == 1


def test_corroboration_columns_from_a_loaded_file_count_origins_not_documents() -> None:
    documents = [
        _doc("communique", reliability="A"),
        _doc("article", derived_from=["communique"], reliability="C"),
        _doc("temoin"),
    ]
    events = [
        _event("echo", {"document": "article"}, {"document": "communique", "quotes": [QUOTE]}),
        _event("two", {"document": "article"}, {"document": "temoin"}),
        _event("none"),
    ]
    result = _load(_file(documents, events))
    assert result.ok
    evidence = result.loaded.index.evidence
    assert evidence["documents"].tolist() == [2, 2, 0]
    assert evidence["origins"].tolist() == [2 - 1, 2, 0]


# --- grades ----------------------------------------------------------------------------------
def test_grades_read_and_compare_without_trusting_unknowns() -> None:
    assert parse_grade("b2") == (1, 1)
    with pytest.raises(ValueError, match="expected a grade such as B2"):
        parse_grade("B7")
    assert grade_text(1, 1) == "B2"
    assert grade_text(UNKNOWN, 1) == "?2"
    assert grade_text(1, UNKNOWN) == "B?"
    b2 = grades_at_least(1, 1)
    assert b2 & (1 << grade_bit(0, 0))
    assert b2 & (1 << grade_bit(1, 1))
    assert not b2 & (1 << grade_bit(2, 0))  # C1: reliability worse
    assert not b2 & (1 << grade_bit(0, 2))  # A3: credibility worse
    assert not b2 & (1 << grade_bit(UNKNOWN, 0))
    assert not b2 & (1 << grade_bit(0, UNKNOWN))
    bits = (1 << grade_bit(2, 0)) | (1 << grade_bit(1, 4))
    assert best_grade(bits) == (1, 4)
    assert best_grade(0) is None


# --- claims ----------------------------------------------------------------------------------
def _claims(*dates: str | None, event_date: str | None = "2024-06") -> Any:
    documents = [Document.model_validate(_doc(f"d{i}")) for i in range(len(dates))]
    event = Event.model_validate(
        _event(
            "e", *({"document": f"d{i}", "date": d} for i, d in enumerate(dates)), date=event_date
        )
    )
    return event_evidence(event, documents, document_graph(documents))


def test_dates_that_do_not_overlap_conflict() -> None:
    found = _claims("2024-06-07", "2024-06-14")
    assert found.conflicting
    assert found.common is None
    assert [c.date for c in found.claims] == ["2024-06-07", "2024-06-14"]


def test_overlapping_dates_of_different_precision_narrow_to_what_all_support() -> None:
    found = _claims("2024-06", "2024-06-07", "2024")
    assert not found.conflicting
    assert found.flags & EvidenceFlag.NARROWED
    day = _claims("2024-06-07").common
    assert found.common == day


def test_the_same_date_twice_neither_conflicts_nor_narrows() -> None:
    found = _claims("2024-06-07", "2024-06-07", None)
    assert found.flags == EvidenceFlag.SOURCE_DATED


def test_open_ends_reach_arbitrarily_far() -> None:
    assert not _claims("2024-05-19/..", "2031-01-01").conflicting
    assert not _claims("[..2024-09-15]", "1990").conflicting
    assert _claims("2024-05-19/..", "2024-05-01").conflicting
    assert _claims("../2024-05", "2024-06-07").conflicting
    open_both = _claims("2024-05-19/..", "../2024-06-30")
    assert not open_both.conflicting
    assert open_both.flags & EvidenceFlag.NARROWED


def test_a_single_dated_source_states_a_date_but_cannot_conflict() -> None:
    found = _claims("2024-06-07", None)
    assert found.flags == EvidenceFlag.SOURCE_DATED
    assert _claims(None, None).flags == 0


def test_conflict_flags_in_the_columns_match_the_event_pane() -> None:
    documents = [_doc("a"), _doc("b")]
    events = [
        _event(
            "conflict",
            {"document": "a", "date": "2024-06-07"},
            {"document": "b", "date": "2024-06-14"},
        ),
        _event(
            "narrow", {"document": "a", "date": "2024-06"}, {"document": "b", "date": "2024-06-07"}
        ),
        _event("agree", {"document": "a", "date": "2024-06-07"}, {"document": "b"}),
    ]
    result = _load(_file(documents, events))
    flags = result.loaded.index.evidence["flags"].tolist()
    parsed = [Document.model_validate(d) for d in documents]
    graph = document_graph(parsed)
    expected = [event_evidence(Event.model_validate(e), parsed, graph).flags for e in events]
    assert flags == expected
    assert flags[0] & EvidenceFlag.CONFLICT
    assert flags[1] & EvidenceFlag.NARROWED


def test_the_fast_pass_and_the_models_give_the_same_evidence_and_errors() -> None:
    events = [
        _event("e1", {"document": "d1", "date": "2024-06-07", "credibility": 2}),
        _event("e2", {"document": "d1", "date": "2024-06-31"}),
    ]
    context = ChunkContext("f.json", {}, {"d1": 0}, 50)
    good = process_chunk(json.dumps(events[:1]).encode(), 0, context)
    assert not good.blocking
    assert good.evidence["flags"].tolist() == [EvidenceFlag.SOURCE_DATED]
    assert int(good.evidence["grades"][0]) == 1 << grade_bit(UNKNOWN, 1)
    bad = process_chunk(json.dumps(events).encode(), 0, context)
    (issue,) = bad.blocking
    assert issue.json_path == "events[1].sources[0].date"
    assert isinstance(bad, ChunkResult)


# --- reporting lag ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("event", "published", "low", "high"),
    [
        ("2024-06-07", "2024-06-08", 1, 1),
        ("2024-06-07", "2024-06-07", 0, 0),
        ("2024-05-19", "2024-06", 13, 42),
        ("2024-05-19/..", "2024-05-21", 2, 2),
        ("2024-09-15", "2024-06-08", -99, -99),
    ],
)
def test_reporting_lag_in_whole_days(event: str, published: str, low: int, high: int) -> None:
    lag = reporting_lag(event, published)
    assert lag is not None
    assert (lag.low, lag.high) == (low, high)
    assert reporting_lag(None, published) is None
    assert reporting_lag(event, None) is None


def test_event_evidence_groups_documents_by_origin_and_gives_lags() -> None:
    documents = [
        Document.model_validate({"id": "communique", "title": "C", "published": "2024-06-07"}),
        Document.model_validate(
            _doc("article", derived_from=["communique"], published="2024-06-08")
        ),
        Document.model_validate(_doc("autre", reliability="B")),
    ]
    event = Event.model_validate(
        _event(
            "e",
            {"document": "article", "credibility": 2},
            {"document": "communique"},
            {"document": "autre", "credibility": 2},
            date="2024-06-07",
        )
    )
    found = event_evidence(event, documents, document_graph(documents))
    assert found.documents == 3
    assert found.independent == 2
    assert [g.documents for g in found.groups] == [("article", "communique"), ("autre",)]
    assert found.groups[0].origins == ("communique",)
    assert found.lags["article"].low == 1
    assert found.lags["communique"].low == 0
    assert "autre" not in found.lags
    assert [c.grade for c in found.claims] == ["?2", "??", "B2"]
    assert found.best_grade == "B2"
    assert np.uint64(found.flags) == 0
