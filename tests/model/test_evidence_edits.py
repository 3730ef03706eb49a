"""Grading an event's evidence as one undoable edit that never breaks the file."""

from __future__ import annotations

import pytest

from timelineapp.model.draft import Draft
from timelineapp.model.edits import EditError
from timelineapp.model.evidence_edits import DocumentGrade, SourceGrade, grade_evidence
from timelineapp.model.file_format import Reliability
from timelineapp.model.loading import load_event_bytes

from .event_files import minimal, to_bytes


def _draft() -> Draft:
    data = minimal()
    data["documents"].append({"id": "communique", "title": "Communiqué"})  # no text
    result = load_event_bytes(to_bytes(data), "test", None)
    assert result.loaded is not None, result.issues
    return Draft.of_loaded(result.loaded)


def test_grades_are_one_step_that_undoes_exactly() -> None:
    draft = _draft()
    before = draft.materialised()
    sources = [SourceGrade(credibility=2, date="2024-05-19", note="dit la date")] * len(
        draft.events[0].sources
    )
    documents = {
        "doc": DocumentGrade(Reliability.C, ("communique",), note="reprend le communiqué"),
        "communique": DocumentGrade(Reliability.B, note="officiel"),
    }
    undo = grade_evidence(draft, 0, documents, sources).apply(draft)
    after = draft.materialised()
    doc, communique = after.documents
    assert (doc.reliability, doc.derived_from, doc.note) == (
        "C",
        ["communique"],
        "reprend le communiqué",
    )
    assert communique.reliability == "B"
    source = after.events[0].sources[0]
    assert (source.credibility, source.date, source.note) == (2, "2024-05-19", "dit la date")
    undo.apply(draft)
    assert draft.materialised() == before


@pytest.mark.parametrize(
    ("documents", "sources", "message"),
    [
        ({"nowhere": DocumentGrade()}, None, "unknown id 'nowhere'"),
        ({"doc": DocumentGrade(derived_from=("doc",))}, None, "the document itself"),
        ({"doc": DocumentGrade(derived_from=("elsewhere",))}, None, "unknown id 'elsewhere'"),
        (
            {
                "doc": DocumentGrade(derived_from=("communique",)),
                "communique": DocumentGrade(translated_from="doc"),
            },
            None,
            "cycle doc -> communique -> doc",
        ),
        ({}, [SourceGrade(credibility=7)], "expected a number at most 6, found the number 7"),
        ({}, [SourceGrade(date="2024-13")], "month"),
        ({}, [], "expected a grade for each of the 1 sources"),
    ],
)
def test_a_grade_that_would_break_the_file_is_refused(
    documents: dict[str, DocumentGrade], sources: list[SourceGrade] | None, message: str
) -> None:
    draft = _draft()
    before = draft.materialised()
    if sources is None:
        sources = [SourceGrade()] * len(draft.events[0].sources)
    with pytest.raises(EditError, match=message):
        grade_evidence(draft, 0, documents, sources)
    assert draft.materialised() == before
