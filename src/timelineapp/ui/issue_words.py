"""A load issue in the window's language, worded from its code and arguments.

The model words every issue in English and also keeps what it says as a code and arguments
(``Issue.code``, ``Issue.arguments``): pydantic's error types for schema problems
(:mod:`timelineapp.model.validation_words`), ours for references, provenance and unreadable
documents (:mod:`timelineapp.model.reference_issues`), files that are not JSON as needed
(``model/loading``), and a settings file set aside (``ui/settings``); why a file could not
be read and Python's JSON details are worded in ``ui/read_problem_words``. Here each common
code has its literal ``QCoreApplication.translate`` call, so ``pyside6-lupdate`` sees it,
with ``{placeholders}`` named after the arguments; in English the words give back the
model's message exactly (a test holds the two together).
A code without words here, or an issue without a code, keeps the model's English message:
a problem is never hidden, only less well translated.

Arguments hold the file's own text (``found``): the result is for plain-text widgets only.

Over 500 lines on purpose: one literal ``translate`` call per issue code (``pyside6-lupdate``
sees only literals), so half its length is the number of codes; the other half words their
arguments and location with the same helpers, for the same callers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject

from ..model.issues import Issue, Severity
from ..model.validation_words import is_single_choice
from .date_error_words import date_error_message, worded_date_codes
from .quote_words import window_quotes
from .read_problem_words import decode_reason, json_detail, read_problem, unexpected_reason


class IssueWords(QObject):
    """The plural words: ``pyside6-lupdate`` reads ``%n`` plurals from ``self.tr`` calls."""

    def at_least_characters(self, count: int) -> str:
        return self.tr("expected at least %Ln character(s), found {found}", "", count)

    def at_most_characters(self, count: int) -> str:
        return self.tr("expected at most %Ln character(s), found {found}", "", count)

    def at_least_items(self, count: int) -> str:
        return self.tr("expected at least %Ln item(s), found {found}", "", count)

    def at_most_items(self, count: int) -> str:
        return self.tr("expected at most %Ln item(s), found {found}", "", count)


def _an_object() -> str:
    return QCoreApplication.translate("IssueWords", "expected an object, found {found}")


def _a_list() -> str:
    return QCoreApplication.translate("IssueWords", "expected a list, found {found}")


def _text() -> str:
    return QCoreApplication.translate("IssueWords", "expected text, found {found}")


def _whole_number() -> str:
    return QCoreApplication.translate("IssueWords", "expected a whole number, found {found}")


def _number() -> str:
    return QCoreApplication.translate("IssueWords", "expected a number, found {found}")


def _true_or_false() -> str:
    return QCoreApplication.translate("IssueWords", "expected true or false, found {found}")


def _occurrence(arguments: Mapping[str, str]) -> str:
    """Where a mismatched quote's text does occur in its document, if anywhere."""
    if "occurs_at" in arguments:
        return QCoreApplication.translate(
            "IssueWords", "; the quoted text occurs at start={occurs_at}, end={occurs_end}"
        )
    return QCoreApplication.translate(
        "IssueWords", "; the quoted text does not occur anywhere in the document"
    )


def _suggestion(arguments: Mapping[str, str]) -> str:
    """The closest known id to an unknown one, when the model found one."""
    if "suggestion" not in arguments:
        return ""
    return QCoreApplication.translate("IssueWords", " (did you mean {suggestion}?)")


def _one_of(arguments: Mapping[str, str]) -> str:
    """The allowed values: "expected 1" when there is only one."""
    if is_single_choice(arguments["expected"]):
        return QCoreApplication.translate("IssueWords", "expected {expected}, found {found}")
    return QCoreApplication.translate("IssueWords", "expected one of {expected}, found {found}")


def _counted(
    word: Callable[[IssueWords, int], str], key: str
) -> Callable[[Mapping[str, str]], str]:
    def template(arguments: Mapping[str, str]) -> str:
        count = int(arguments[key])
        return word(IssueWords(), count).replace("%Ln", str(count))

    return template


def _plain(template: Callable[[], str]) -> Callable[[Mapping[str, str]], str]:
    return lambda arguments: template()


# code -> its words in the current language, with {placeholders} named after the arguments.
_WORDS: dict[str, Callable[[Mapping[str, str]], str]] = {
    "missing": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected this required field, found nothing"
        )
    ),
    "extra_forbidden": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "unknown field: expected only the fields of the format (check its spelling)",
        )
    ),
    "dict_type": _plain(_an_object),
    "model_type": _plain(_an_object),
    "model_attributes_type": _plain(_an_object),
    "list_type": _plain(_a_list),
    "tuple_type": _plain(_a_list),
    "set_type": _plain(_a_list),
    "string_type": _plain(_text),
    "str_type": _plain(_text),
    "string_unicode": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected text of whole characters (a lone surrogate escape is none), found {found}",
        )
    ),
    "int_type": _plain(_whole_number),
    "int_parsing": _plain(_whole_number),
    "int_from_float": _plain(_whole_number),
    "float_type": _plain(_number),
    "float_parsing": _plain(_number),
    "bool_type": _plain(_true_or_false),
    "bool_parsing": _plain(_true_or_false),
    "none_required": _plain(
        lambda: QCoreApplication.translate("IssueWords", "expected null, found {found}")
    ),
    "less_than_equal": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a number at most {le}, found {found}"
        )
    ),
    "less_than": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a number below {lt}, found {found}"
        )
    ),
    "greater_than_equal": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a number at least {ge}, found {found}"
        )
    ),
    "greater_than": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a number above {gt}, found {found}"
        )
    ),
    "string_too_short": _counted(IssueWords.at_least_characters, "min_length"),
    "string_too_long": _counted(IssueWords.at_most_characters, "max_length"),
    "too_short": _counted(IssueWords.at_least_items, "min_length"),
    "too_long": _counted(IssueWords.at_most_items, "max_length"),
    "string_pattern_mismatch": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected text matching {pattern}, found {found}"
        )
    ),
    "blank_text": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected text other than spaces, found {found}"
        )
    ),
    "literal_error": lambda arguments: _one_of(arguments),
    "enum": lambda arguments: _one_of(arguments),
    # Reference and provenance problems (``model/reference_issues``).
    "unknown_actor": lambda arguments: (
        QCoreApplication.translate(
            "IssueWords", "expected the id of an actor, found unknown id {id}"
        )
        + _suggestion(arguments)
    ),
    "unknown_parent": lambda arguments: (
        QCoreApplication.translate(
            "IssueWords", "expected the id of an actor, found unknown id {id}"
        )
        + _suggestion(arguments)
    ),
    "unknown_document": lambda arguments: (
        QCoreApplication.translate(
            "IssueWords", "expected the id of a document, found unknown id {id}"
        )
        + _suggestion(arguments)
    ),
    "self_link": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected the id of another document, found {id}, the document itself"
        )
    ),
    "duplicate_document_id": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "duplicate document id {id}: expected unique ids, found it already at {first}",
        )
    ),
    "duplicate_actor_id": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "duplicate actor id {id}: expected unique ids, found it already at {first}",
        )
    ),
    "duplicate_event_id": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "duplicate event id {id}: expected unique ids, found it already at {first}",
        )
    ),
    "actor_cycle": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected an actor hierarchy without cycles, found the cycle {cycle}"
        )
    ),
    "document_cycle": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected documents that do not derive from themselves, found the cycle {cycle}",
        )
    ),
    "no_source": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "event {event} has no source: expected at least one quoted document"
        )
    ),
    "textless_quote": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected quotes only from documents with text, found quotes of {document}, which "
            "is known only through other documents: quote the document that quotes it",
        )
    ),
    "document_changed": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "document {document} has changed: expected SHA-256 {expected}…, found {found}…",
        )
    ),
    "quote_past_end": lambda arguments: (
        QCoreApplication.translate(
            "IssueWords", "expected end <= {length} (the document's length), found end={end}"
        )
        + _occurrence(arguments)
    ),
    "quote_differs": lambda arguments: (
        QCoreApplication.translate(
            "IssueWords",
            "quoted text differs from the document at character {at} of the quote (document "
            "offset {offset}): the document has {document_char} in …{document_context}…, the "
            "quote has {quote_char} in …{quote_context}…",
        )
        + _occurrence(arguments)
    ),
    # ``timelineapp validate``'s re-reading of the date phrases (``extract/phrase_check``).
    "date_phrase_disagrees": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "the date phrase « {phrase} » reads {reading}, which does not overlap the event's "
            "date {date}: select the words that give the date (or drop the phrase)",
        )
    ),
    "source_date_phrase_disagrees": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "the date phrase « {phrase} » reads {reading}, which does not overlap the "
            "source's own date {date}: select the words that give that date (or drop the phrase)",
        )
    ),
    "date_phrase_says_no_date": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "the date phrase « {phrase} » says no date: select the words that give the date "
            "(or drop the phrase)",
        )
    ),
    # Document files that cannot be read (``model/reference_issues.document_problem``).
    "document_needs_file": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected inline text: a document path needs an event file on disk"
        )
    ),
    "document_path_nul": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a file name, found a NUL character in {path}"
        )
    ),
    "document_outside": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected a path inside the event file's folder, found {path}, which leads outside it",
        )
    ),
    "document_not_found": _plain(
        lambda: QCoreApplication.translate("IssueWords", "document file not found: {path}")
    ),
    "document_unreadable": _plain(
        lambda: QCoreApplication.translate("IssueWords", "cannot read {path}: {reason}")
    ),
    # A bug or an exhausted machine while loading (``ui/file_opener``, ``ui/import_workers``):
    # {reason} from unexpected_reason.
    "loading_failed": _plain(
        lambda: QCoreApplication.translate("IssueWords", "loading failed: {reason}")
    ),
    # The event file itself (``model/loading/pipeline.load``); {reason} from read_problem.
    "file_unreadable": _plain(
        lambda: QCoreApplication.translate("IssueWords", "cannot read the file: {reason}")
    ),
    "document_not_utf8": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected UTF-8 text in {path}, found {reason}"
        )
    ),
    # Files that are not JSON as the format needs it (``model/loading``).
    "json_too_deep": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected at most {limit} nested arrays and objects, found deeper nesting"
        )
    ),
    "not_utf8": _plain(
        lambda: QCoreApplication.translate("IssueWords", "expected UTF-8 text, found byte {byte}")
    ),
    "utf16": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected UTF-8 text, found UTF-16 (byte-order mark {bom}): save it as UTF-8",
        )
    ),
    "empty_file": _plain(
        lambda: QCoreApplication.translate("IssueWords", "expected JSON, found an empty file")
    ),
    "duplicate_key": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected each key once in an object, found {key} again"
        )
    ),
    # {detail} is Python's JSON reader's words, worded by json_detail (the disambiguation
    # is new: the earlier French left the English detail out).
    "not_json": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "not valid JSON: {detail} (found {found})", "detail worded"
        )
    ),
    # A settings file set aside (``ui/settings``): located by the file and the key.
    "settings_too_large": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a file of at most {limit} bytes, found a larger one"
        )
    ),
    "settings_unreadable": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected a readable file, found an error: {reason}"
        )
    ),
    "settings_not_utf8": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected UTF-8 text, found bytes that are not UTF-8"
        )
    ),
    "settings_not_json": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected JSON, found text that is not JSON"
        )
    ),
    "settings_too_deep": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords", "expected at most {limit} levels of nesting, found more"
        )
    ),
    "settings_newer": _plain(
        lambda: QCoreApplication.translate(
            "IssueWords",
            "expected settings version {expected} or older, found version {found} "
            "(written by a newer timelineapp)",
        )
    ),
}

# The kind of a found value (``Issue.found``, see ``validation_words.found_parts``) -> its
# words in the current language.
_FOUND_KINDS: dict[str, Callable[[], str]] = {
    "text": lambda: QCoreApplication.translate("IssueWords", "the text {value}"),
    "number": lambda: QCoreApplication.translate("IssueWords", "the number {value}"),
    "list": lambda: QCoreApplication.translate("IssueWords", "a list {value}"),
    "object": lambda: QCoreApplication.translate("IssueWords", "an object {value}"),
    "nan": lambda: QCoreApplication.translate("IssueWords", "NaN (not valid JSON)"),
    "infinity": lambda: QCoreApplication.translate(
        "IssueWords", "an infinite number (Infinity, or one too large, such as 1e400)"
    ),
}


def worded_codes() -> frozenset[str]:
    """The codes this module words (the others keep the model's English message)."""
    return frozenset(_WORDS)


def template(code: str, arguments: Mapping[str, str]) -> str | None:
    """``code``'s words with their ``{placeholders}``, or None when it has no words here."""
    words = _WORDS.get(code)
    if words is None:
        return None
    try:
        worded = words(arguments)
    except (KeyError, ValueError):  # arguments not as expected: the English message instead
        return None
    # An empty translation (a broken .qm, a stand-in translator) must not hide the problem.
    return worded if worded.strip() else None


# Arguments that hold a Python repr of the file's text ('niger'): shown between the window's
# quotation marks (« niger » in French, QA #55); English keeps the model's words.
_QUOTED = frozenset(
    {
        "id",
        "suggestion",
        "document",
        "event",
        "path",
        "document_char",
        "quote_char",
        "document_context",
        "quote_context",
    }
)


def _found(found: tuple[str, str]) -> str:
    kind, value = found
    words = _FOUND_KINDS.get(kind)
    if kind == "text":
        value = window_quotes(value)
    return value if words is None else words().replace("{value}", value)


def _choices(expected: str) -> str:
    """Pydantic's "'a', 'b' or 'c'" with the window's "or" and quotation marks."""
    values = re.split(r", (?=')| or (?=')", expected)
    if len(values) < 2 or not all(v.startswith("'") for v in values):
        return expected
    values = [window_quotes(v) for v in values]
    last = QCoreApplication.translate("IssueWords", "{choices} or {last}")
    if "{last}" not in last:  # no usable translation: pydantic's words
        return expected
    return last.replace("{choices}", ", ".join(values[:-1])).replace("{last}", values[-1])


def _arguments(issue: Issue) -> dict[str, str]:
    shown = dict(issue.arguments)
    for key in _QUOTED & shown.keys():
        if shown[key]:
            shown[key] = window_quotes(shown[key])
    if "found" in shown and issue.found is not None:  # else the model's English words
        shown["found"] = _found(issue.found)
    if issue.code == "string_pattern_mismatch" and "pattern" in shown:
        shown["pattern"] = repr(shown["pattern"])  # quoted, as the model words it
    if issue.code in ("enum", "literal_error") and "expected" in shown:
        shown["expected"] = _choices(shown["expected"])
    if issue.code == "not_json" and not shown.get("found"):
        shown["found"] = QCoreApplication.translate("IssueWords", "'end of file'")
    elif issue.code == "not_json":
        shown["found"] = window_quotes(shown["found"])  # the file's text: « } ]} » in French
    if issue.code == "not_json" and "detail" in shown:
        shown["detail"] = json_detail(shown["detail"])
    if issue.code == "loading_failed":
        shown["reason"] = unexpected_reason(shown.get("error", ""))
    if issue.code in ("file_unreadable", "document_unreadable"):
        shown["reason"] = read_problem(shown) or shown.get("reason", "")
    if issue.code == "document_not_utf8" and "reason" in shown:
        reason = decode_reason(shown["reason"])
        if reason is not None:
            shown["reason"] = reason
    if issue.code == "quote_differs":
        # An empty character is the end of the span or of the quote.
        if not shown.get("document_char"):
            shown["document_char"] = QCoreApplication.translate("IssueWords", "(end of span)")
        if not shown.get("quote_char"):
            shown["quote_char"] = QCoreApplication.translate("IssueWords", "(end of quote)")
    return shown


def issue_message(issue: Issue) -> str:
    """What ``issue`` says, in the window's language when its code has words."""
    arguments = dict(issue.arguments)
    if issue.code in worded_date_codes():  # a date that cannot be read
        return date_error_message(issue.code, arguments, issue.message) or issue.message
    words = template(issue.code, arguments)
    if words is None:
        return issue.message
    shown = _arguments(issue)
    try:
        return words.format_map(shown)
    except (KeyError, ValueError, IndexError):  # a translation with a stray brace
        return issue.message


def severity_word(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("IssueWords", "error")
    return QCoreApplication.translate("IssueWords", "warning")


def _location(issue: Issue) -> str:
    """``file:line:column: JSON path`` with the window's colon before the path (French puts a
    no-break space before it, as before the severity; the line:column colons are numbers')."""
    if not issue.json_path:
        return issue.location
    place = issue.location.removesuffix(f": {issue.json_path}")
    template = QCoreApplication.translate("IssueWords", "{place}: {path}")
    if "{place}" not in template or "{path}" not in template:  # no usable translation
        return issue.location
    parts = {"place": place, "path": issue.json_path}
    return re.sub(r"\{(place|path)\}", lambda m: parts[m.group(1)], template)


def issue_line(issue: Issue) -> str:
    """``file:line:column: JSON path: severity: message``, like ``str(issue)``, worded (the
    separators too: French puts a no-break space before the colons that follow words)."""
    line = QCoreApplication.translate("IssueWords", "{location}: {severity}: {message}")
    if "{message}" not in line:  # no usable translation
        line = "{location}: {severity}: {message}"
    parts = {
        "location": _location(issue),
        "severity": severity_word(issue.severity),
        "message": issue_message(issue),
    }
    # One pass: a file named "{message}.json" stays as it is named.
    return re.sub(r"\{(location|severity|message)\}", lambda m: parts[m.group(1)], line)
