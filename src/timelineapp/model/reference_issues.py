"""Reference and provenance problems as located issues with a code and arguments.

Unknown ids, duplicate ids, cycles, quotes that are not verbatim, changed documents, events
without a source: each is made here, once, with its English message (the command line, the
log, ``validate --json``) and the same content as a code and arguments, so a window words it
in its own language (``ui/issue_words``) without parsing the English. Arguments are the
file's own text (ids, quoted characters), for plain-text widgets only.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from .issues import Issue, IssueKind, Severity

# What an id names, by code: the English of "expected the id of …".
_UNKNOWN: dict[str, str] = {
    "unknown_actor": "an actor",
    "unknown_document": "a document",
    "unknown_parent": "an actor",
}


def _issue(
    kind: IssueKind,
    file: str,
    path: str,
    message: str,
    code: str,
    arguments: dict[str, str],
    severity: Severity = Severity.ERROR,
) -> Issue:
    return Issue(severity, kind, file, path, message, code=code, arguments=tuple(arguments.items()))


def unknown_id(file: str, path: str, code: str, found: str, known: Iterable[str] = ()) -> Issue:
    """An id that names nothing: ``code`` is "unknown_actor", "unknown_document" or
    "unknown_parent"; with the ``known`` ids of its kind, the closest one is suggested
    ("did you mean 'niger'?", argument "suggestion")."""
    message = f"expected the id of {_UNKNOWN[code]}, found unknown id {found!r}"
    arguments = {"id": repr(found)}
    # Here, not at the top: the filtering package imports the loader, which imports this.
    from .filtering.closest import closest_ids

    closest = closest_ids(found, known, n=1)
    if closest:
        arguments["suggestion"] = repr(closest[0])
        message += f" (did you mean {closest[0]!r}?)"
    return _issue(IssueKind.REFERENCE, file, path, message, code, arguments)


def self_link(file: str, path: str, found: str) -> Issue:
    """A document that names itself as its origin or its translation's source."""
    message = f"expected the id of another document, found {found!r}, the document itself"
    return _issue(IssueKind.REFERENCE, file, path, message, "self_link", {"id": repr(found)})


def duplicate_id(file: str, kind: str, index: int, item_id: str, first: int) -> Issue:
    """An id already used by ``kind``s[``first``] (``kind``: document, actor or event)."""
    message = (
        f"duplicate {kind} id {item_id!r}: expected unique ids, "
        f"found it already at {kind}s[{first}]"
    )
    arguments = {"id": repr(item_id), "first": f"{kind}s[{first}]"}
    path = f"{kind}s[{index}].id"
    return _issue(IssueKind.REFERENCE, file, path, message, f"duplicate_{kind}_id", arguments)


def cycle(file: str, path: str, code: str, ids: list[str]) -> Issue:
    """A cycle of parents ("actor_cycle") or of document links ("document_cycle")."""
    shown = " -> ".join(ids)
    if code == "actor_cycle":
        message = f"expected an actor hierarchy without cycles, found the cycle {shown}"
    else:
        message = f"expected documents that do not derive from themselves, found the cycle {shown}"
    return _issue(IssueKind.REFERENCE, file, path, message, code, {"cycle": shown})


def no_source(file: str, event: int, event_id: str) -> Issue:
    """A warning: an event with no quoted document."""
    message = f"event {event_id!r} has no source: expected at least one quoted document"
    return _issue(
        IssueKind.PROVENANCE,
        file,
        f"events[{event}].sources",
        message,
        "no_source",
        {"event": repr(event_id)},
        Severity.WARNING,
    )


def textless_quote(file: str, path: str, document: str) -> Issue:
    """Quotes of a document that has no text (known only through other documents)."""
    message = (
        f"expected quotes only from documents with text, found quotes of {document!r}, which "
        "is known only through other documents: quote the document that quotes it"
    )
    arguments = {"document": repr(document)}
    return _issue(IssueKind.PROVENANCE, file, path, message, "textless_quote", arguments)


def document_changed(file: str, index: int, document: str, expected: str, found: str) -> Issue:
    """A document whose text no longer has the SHA-256 the file records."""
    message = (
        f"document {document!r} has changed: expected SHA-256 {expected[:12]}…, found {found[:12]}…"
    )
    arguments = {"document": repr(document), "expected": expected[:12], "found": found[:12]}
    path = f"documents[{index}].sha256"
    return _issue(IssueKind.PROVENANCE, file, path, message, "document_changed", arguments)


def quote_mismatch(file: str, path: str, message: str, arguments: dict[str, str]) -> Issue:
    """A quote that is not the document's text at its offsets (see ``integrity.span_mismatch``
    for the message and its arguments; their code is ``arguments["code"]``)."""
    shown = {key: value for key, value in arguments.items() if key != "code"}
    return _issue(IssueKind.PROVENANCE, file, path, message, arguments["code"], shown)


class DocumentProblem(msgspec.Struct, frozen=True):
    """Why a document's file could not be read: the English message and its code and
    arguments ("document_not_found" with ("path", "'a.txt'"), …)."""

    message: str
    code: str
    arguments: tuple[tuple[str, str], ...] = ()

    def issue(self, file: str, index: int) -> Issue:
        path = f"documents[{index}].path"
        return Issue(
            Severity.ERROR,
            IssueKind.IO,
            file,
            path,
            self.message,
            code=self.code,
            arguments=self.arguments,
        )


def document_problem(
    code: str, path: str, reason: str = "", more: tuple[tuple[str, str], ...] = ()
) -> DocumentProblem:
    """A document file that cannot be read, by ``code``; ``reason`` in English words, and
    ``more`` what the window words it from (``ReadError.code`` as "why", its arguments)."""
    shown = repr(path)
    messages = {
        "document_needs_file": "expected inline text: a document path needs an event file on disk",
        "document_path_nul": f"expected a file name, found a NUL character in {shown}",
        "document_outside": (
            f"expected a path inside the event file's folder, found {shown}, which leads outside it"
        ),
        "document_not_found": f"document file not found: {shown}",
        "document_unreadable": f"cannot read {shown}: {reason}",
        "document_not_utf8": f"expected UTF-8 text in {shown}, found {reason}",
    }
    arguments = (("path", shown), ("reason", reason)) if reason else (("path", shown),)
    return DocumentProblem(messages[code], code, (*arguments, *more))


def date_phrase_disagrees(
    file: str, path: str, phrase: str, reading: str, date: str, *, of_source: bool = False
) -> Issue:
    """A date phrase whose readings share no instant with the date it stands for: its
    event's (« en 2012 » beside 2024-03), or its source's own date when ``of_source`` (code
    "source_date_phrase_disagrees", QA #99); ``extract.phrase_check`` finds them for
    ``timelineapp validate`` and the Event pane."""
    if of_source:
        message = (
            f"the date phrase « {phrase} » reads {reading}, which does not overlap the "
            f"source's own date {date}: select the words that give that date (or drop the phrase)"
        )
    else:
        message = (
            f"the date phrase « {phrase} » reads {reading}, which does not overlap the event's "
            f"date {date}: select the words that give the date (or drop the phrase)"
        )
    arguments = {"phrase": phrase, "reading": reading, "date": date}
    return _issue(
        IssueKind.PROVENANCE,
        file,
        path,
        message,
        "source_date_phrase_disagrees" if of_source else "date_phrase_disagrees",
        arguments,
        Severity.WARNING,
    )


def date_phrase_says_no_date(file: str, path: str, phrase: str) -> Issue:
    """A date phrase with no date words in it (« sur les »: no digit, no word of time,
    nothing the date tagger reads; QA #120); ``extract.phrase_check`` finds them."""
    message = (
        f"the date phrase « {phrase} » says no date: select the words that give the date "
        "(or drop the phrase)"
    )
    return _issue(
        IssueKind.PROVENANCE,
        file,
        path,
        message,
        "date_phrase_says_no_date",
        {"phrase": phrase},
        Severity.WARNING,
    )
