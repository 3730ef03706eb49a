"""Whole-file rules: unique ids, resolvable references, acyclic actor hierarchy, provenance.

Each check yields :class:`Issue` values with the JSON path of the offending field; nothing
raises, so a loader can report every problem in one pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence

from .evidence_links import document_link_issues
from .file_format import EventFile, Span
from .issues import Issue, IssueKind, Severity

_CONTEXT = 12


def check_header_references(data: EventFile, file: str) -> Iterator[Issue]:
    """Duplicate document and actor ids, unknown parents, parent cycles."""
    id_lists: tuple[tuple[str, list[str]], ...] = (
        ("document", [d.id for d in data.documents]),
        ("actor", [a.id for a in data.actors]),
    )
    for kind, ids in id_lists:
        yield from duplicate_ids(kind, ids, file)
    actor_ids = {a.id for a in data.actors}
    parents: dict[str, str] = {}
    for i, actor in enumerate(data.actors):
        if actor.parent is None:
            continue
        if actor.parent not in actor_ids:
            yield _reference_error(
                file,
                f"actors[{i}].parent",
                f"expected the id of an actor, found unknown id {actor.parent!r}",
            )
        else:
            parents[actor.id] = actor.parent
    yield from _check_cycles(data, parents, file)
    yield from document_link_issues(data, file)


def _reference_error(file: str, path: str, message: str) -> Issue:
    return Issue(Severity.ERROR, IssueKind.REFERENCE, file, path, message)


def duplicate_ids(kind: str, ids: Sequence[str], file: str) -> Iterator[Issue]:
    """Ids that occur twice among ``ids`` (documents, actors or events)."""
    seen: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id in seen:
            yield _reference_error(
                file,
                f"{kind}s[{i}].id",
                f"duplicate {kind} id {item_id!r}: expected unique ids, "
                f"found it already at {kind}s[{seen[item_id]}]",
            )
        else:
            seen[item_id] = i


def _check_cycles(data: EventFile, parents: Mapping[str, str], file: str) -> Iterator[Issue]:
    index = {a.id: i for i, a in enumerate(data.actors)}
    reported: set[str] = set()
    for start in parents:
        chain: list[str] = []
        node: str | None = start
        while node is not None and node not in chain:
            chain.append(node)
            node = parents.get(node)
        if node is None or node in reported:
            continue
        cycle = chain[chain.index(node) :]
        reported.update(cycle)
        yield Issue(
            Severity.ERROR,
            IssueKind.REFERENCE,
            file,
            f"actors[{index[node]}].parent",
            "expected an actor hierarchy without cycles, found the cycle "
            + " -> ".join([*cycle, node]),
        )


def sha256_text(text: str) -> str:
    """SHA-256 of a document text, as stored in ``Document.sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span_matches(text: str, start: int, end: int, quoted: str) -> bool:
    """Whether ``quoted`` is the document's ``text[start:end]``, offsets inside the text.

    The fast check of every quote: a slice past the end is clamped by Python, so a quote
    whose ``end`` is beyond the document could match its shorter slice without this bound.
    """
    return 0 <= start <= end <= len(text) and text[start:end] == quoted


def span_mismatch(text: str, span: Span) -> str | None:
    """Why ``span.text`` is not ``text[start:end]``, naming the characters that differ; or None."""
    if span.end > len(text):
        return (
            f"expected end <= {len(text)} (the document's length), found end={span.end}"
            + _suggestion(text, span)
        )
    actual = text[span.start : span.end]
    if actual == span.text:
        return None
    at = next(
        (i for i, (a, b) in enumerate(zip(actual, span.text, strict=False)) if a != b),
        min(len(actual), len(span.text)),
    )
    doc_char = actual[at : at + 1] or "(end of span)"
    quote_char = span.text[at : at + 1] or "(end of quote)"
    return (
        f"quoted text differs from the document at character {at} of the quote "
        f"(document offset {span.start + at}): the document has {doc_char!r} "
        f"in …{actual[max(0, at - _CONTEXT) : at + _CONTEXT]!r}…, the quote has {quote_char!r} "
        f"in …{span.text[max(0, at - _CONTEXT) : at + _CONTEXT]!r}…" + _suggestion(text, span)
    )


def _suggestion(text: str, span: Span) -> str:
    found = text.find(span.text)
    if found < 0:
        return "; the quoted text does not occur anywhere in the document"
    return f"; the quoted text occurs at start={found}, end={found + len(span.text)}"
