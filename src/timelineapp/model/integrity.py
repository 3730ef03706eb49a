"""Whole-file rules: unique ids, resolvable references, acyclic actor hierarchy, provenance.

Each check yields :class:`Issue` values with the JSON path of the offending field; nothing
raises, so a loader can report every problem in one pass.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from .actor_columns import actor_ids_of, actor_number, parent_ids
from .digests import sha256_hex
from .evidence_links import document_link_issues
from .issues import Issue
from .reference_issues import cycle, duplicate_id, unknown_id

if TYPE_CHECKING:
    from .file_format import Span
    from .plain_header import HeaderLike

_CONTEXT = 12


def check_header_references(data: HeaderLike, file: str) -> Iterator[Issue]:
    """Duplicate document and actor ids, unknown parents, parent cycles.

    A header may hold a million actors: ids and parents are gathered with ``map`` (in C) and
    the per-actor Python loops run only over the actors that have a parent.
    """
    actor_id_list = actor_ids_of(data.actors)
    yield from duplicate_ids("document", list(map(_ID, data.documents)), file)
    # The header's one dict of actor ids when it has one (HeaderActors), else a set.
    actor_ids: Collection[str] = actor_number(data.actors) or set(actor_id_list)
    if len(actor_ids) != len(actor_id_list):
        yield from duplicate_ids("actor", actor_id_list, file)
    parents: dict[str, str] = {}
    for i, parent in parent_ids(data.actors).items():
        if parent not in actor_ids:
            path = f"actors[{i}].parent"
            yield unknown_id(file, path, "unknown_parent", parent, actor_ids)
        else:
            parents[actor_id_list[i]] = parent
    yield from _check_cycles(actor_id_list, parents, file)
    yield from document_link_issues(data, file)


_ID = attrgetter("id")


def duplicate_ids(kind: str, ids: Sequence[str], file: str) -> Iterator[Issue]:
    """Ids that occur twice among ``ids`` (documents, actors or events)."""
    if len(set(ids)) == len(ids):  # the usual case, decided in C
        return
    seen: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id in seen:
            yield duplicate_id(file, kind, i, item_id, seen[item_id])
        else:
            seen[item_id] = i


def _check_cycles(ids: Sequence[str], parents: Mapping[str, str], file: str) -> Iterator[Issue]:
    reported: set[str] = set()
    for start in parents:
        chain: list[str] = []
        node: str | None = start
        while node is not None and node not in chain:
            chain.append(node)
            node = parents.get(node)
        if node is None or node in reported:
            continue
        chain_cycle = chain[chain.index(node) :]
        reported.update(chain_cycle)
        # The last actor with that id, as a dict of id -> index would say.
        where = len(ids) - 1 - list(ids)[::-1].index(node)
        yield cycle(file, f"actors[{where}].parent", "actor_cycle", [*chain_cycle, node])


def sha256_text(text: str) -> str:
    """SHA-256 of a document text, as stored in ``Document.sha256``."""
    return sha256_hex(text.encode("utf-8"))


def span_matches(text: str, start: int, end: int, quoted: str) -> bool:
    """Whether ``quoted`` is the document's ``text[start:end]``, offsets inside the text.

    The fast check of every quote: a slice past the end is clamped by Python, so a quote
    whose ``end`` is beyond the document could match its shorter slice without this bound.
    """
    return 0 <= start <= end <= len(text) and text[start:end] == quoted


def span_mismatch(text: str, span: Span) -> tuple[str, dict[str, str]] | None:
    """Why ``span.text`` is not ``text[start:end]``, naming the characters that differ, as an
    English message and its arguments (with their ``code``: "quote_past_end" or
    "quote_differs"); or None when it is."""
    occurs = _occurrence(text, span)
    if span.end > len(text):
        arguments = {"code": "quote_past_end", "length": str(len(text)), "end": str(span.end)}
        message = f"expected end <= {len(text)} (the document's length), found end={span.end}"
        return message + _suggestion(occurs), arguments | occurs
    actual = text[span.start : span.end]
    if actual == span.text:
        return None
    at = next(
        (i for i, (a, b) in enumerate(zip(actual, span.text, strict=False)) if a != b),
        min(len(actual), len(span.text)),
    )
    doc_char = actual[at : at + 1]
    quote_char = span.text[at : at + 1]
    arguments = {
        "code": "quote_differs",
        "at": str(at),
        "offset": str(span.start + at),
        "document_char": repr(doc_char) if doc_char else "",
        "document_context": repr(actual[max(0, at - _CONTEXT) : at + _CONTEXT]),
        "quote_char": repr(quote_char) if quote_char else "",
        "quote_context": repr(span.text[max(0, at - _CONTEXT) : at + _CONTEXT]),
    }
    message = (
        f"quoted text differs from the document at character {at} of the quote "
        f"(document offset {span.start + at}): the document has "
        f"{arguments['document_char'] or '(end of span)'} in …{arguments['document_context']}…, "
        f"the quote has {arguments['quote_char'] or '(end of quote)'} "
        f"in …{arguments['quote_context']}…"
    )
    return message + _suggestion(occurs), arguments | occurs


def _occurrence(text: str, span: Span) -> dict[str, str]:
    """Where the quoted text occurs in the document: {"occurs_at": start, "occurs_end": end},
    or {} when it occurs nowhere."""
    found = text.find(span.text)
    if found < 0:
        return {}
    return {"occurs_at": str(found), "occurs_end": str(found + len(span.text))}


def _suggestion(occurs: dict[str, str]) -> str:
    if not occurs:
        return "; the quoted text does not occur anywhere in the document"
    return f"; the quoted text occurs at start={occurs['occurs_at']}, end={occurs['occurs_end']}"
