"""Grading an event's evidence as one invertible edit (no Qt): the documents' reliability and
links, each source's credibility and own date, with their notes.

Like :mod:`.edits`, the change is checked first and refused with a reason
(:class:`~.edits.EditError`) when the file would break: an unknown grade, a date that is not
EDTF, a link to an unknown document or one that makes a cycle.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .draft import Batch, Draft, Edit, PutSlot, SetHeader
from .edits import EditError, validated_model
from .evidence_links import document_link_issues
from .file_format import Document, Event, Reliability, Source


@dataclass(frozen=True)
class DocumentGrade:
    """What the analyst says of a document."""

    reliability: Reliability | None = None
    derived_from: tuple[str, ...] = ()
    translated_from: str | None = None
    translated_by: str | None = None
    original_language: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SourceGrade:
    """What the analyst says of one source of an event."""

    credibility: int | None = None
    date: str | None = None
    note: str | None = None


def grade_evidence(
    draft: Draft,
    index: int,
    documents: Mapping[str, DocumentGrade],
    sources: Sequence[SourceGrade],
) -> Edit:
    """The edit giving event ``index``'s documents and sources these grades, as one step.

    ``documents`` maps document ids to their new grading (documents not named keep theirs);
    ``sources`` has one entry per source of the event, in order.
    """
    event = draft.events[index]
    if len(sources) != len(event.sources):
        raise EditError(
            f"expected a grade for each of the {len(event.sources)} sources, found {len(sources)}"
        )
    known = {d.id for d in draft.header.documents}
    unknown = sorted(set(documents) - known)
    if unknown:
        raise EditError(f"expected the id of a document, found unknown id {unknown[0]!r}")
    new_documents: list[Document] = []
    for document in draft.header.documents:
        grade = documents.get(document.id)
        if grade is None:
            new_documents.append(document)
            continue
        fields = document.model_dump()
        fields.update(
            reliability=grade.reliability,
            derived_from=list(grade.derived_from),
            translated_from=grade.translated_from or None,
            translated_by=grade.translated_by or None,
            original_language=grade.original_language or None,
            note=grade.note or None,
        )
        new_documents.append(validated_model(Document, fields))
    header = draft.header.model_copy(update={"documents": new_documents})
    problems = list(document_link_issues(header, ""))
    if problems:
        raise EditError(f"{problems[0].json_path}: {problems[0].message}")
    new_sources: list[Source] = []
    for source, verdict in zip(event.sources, sources, strict=True):
        fields = source.model_dump()
        fields.update(
            credibility=verdict.credibility, date=verdict.date or None, note=verdict.note or None
        )
        new_sources.append(validated_model(Source, fields))
    changed = event.model_copy(update={"sources": new_sources})
    Event.model_validate(changed.model_dump())  # the whole event still holds together
    edits: list[Edit] = []
    if header != draft.header:
        edits.append(SetHeader(header, draft.texts))
    if changed != event:
        edits.append(PutSlot(index, draft.events.intern(changed)))
    return Batch(tuple(edits))
