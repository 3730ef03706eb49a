"""Why a file could not be read, and what Python's JSON reader found wrong, in the
window's language.

The model keeps a read problem as a code and arguments (``model/loading/read.ReadError``,
``model/os_errors``), never the system's own text (in the system's language); a file that
is not JSON keeps Python's English detail, worded here when it is a common one. An
unexpected exception while loading is worded by its class name. ``ui/issue_words`` calls
these when it words an issue's ``{reason}`` or ``{detail}``; the import report words its JSON
details here too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from ..model.issues import Issue, Severity
from ..model.os_errors import os_error_kind, os_error_name

# Why a file could not be read (``model/loading/read.ReadError``): its code, and for an
# operating-system error its kind (``model/os_errors``), never the system's own text.
_OS_ERROR_KINDS: dict[str, Callable[[], str]] = {
    "not_found": lambda: QCoreApplication.translate("ReadProblem", "file not found"),
    "permission_denied": lambda: QCoreApplication.translate("ReadProblem", "permission denied"),
    "is_a_directory": lambda: QCoreApplication.translate("ReadProblem", "it is a folder"),
    "not_a_directory": lambda: QCoreApplication.translate(
        "ReadProblem", "a part of the path is not a folder"
    ),
    "no_space": lambda: QCoreApplication.translate("ReadProblem", "no space left on the device"),
    "read_only": lambda: QCoreApplication.translate("ReadProblem", "the device is read-only"),
    "too_many_open_files": lambda: QCoreApplication.translate(
        "ReadProblem", "too many files are open"
    ),
    "name_too_long": lambda: QCoreApplication.translate("ReadProblem", "the file name is too long"),
    "symlink_loop": lambda: QCoreApplication.translate(
        "ReadProblem", "too many symbolic links in the path"
    ),
    "input_output": lambda: QCoreApplication.translate(
        "ReadProblem", "input/output error (the disk or the network)"
    ),
    "busy": lambda: QCoreApplication.translate("ReadProblem", "the file is busy"),
    "no_memory": lambda: QCoreApplication.translate("ReadProblem", "not enough memory"),
    "timed_out": lambda: QCoreApplication.translate("ReadProblem", "the system timed out"),
}

# ``read._kind``'s English kinds of file that are not regular files.
_FILE_KINDS: dict[str, Callable[[], str]] = {
    "a folder": lambda: QCoreApplication.translate("ReadProblem", "a folder"),
    "a named pipe (FIFO)": lambda: QCoreApplication.translate("ReadProblem", "a named pipe (FIFO)"),
    "a device": lambda: QCoreApplication.translate("ReadProblem", "a device"),
    "a socket": lambda: QCoreApplication.translate("ReadProblem", "a socket"),
    "a special file": lambda: QCoreApplication.translate("ReadProblem", "a special file"),
}


def os_error_words(error: OSError) -> str:
    """Why ``error`` stopped a read or a write, by its kind, in the window's language (the
    system's own text is in the system's language: it goes to the log)."""
    kind = _OS_ERROR_KINDS.get(os_error_kind(error))
    if kind is not None:
        return kind()
    return QCoreApplication.translate("ReadProblem", "system error {errno}").format(
        errno=os_error_name(error) or "?"
    )


def loading_failed(name: str, error: BaseException) -> Issue:
    """The issue for a load that ended in an unexpected exception (already logged with its
    traceback): worded by :func:`unexpected_reason`, never Python's English in the window."""
    from ..model.issues import IssueKind

    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return Issue(
        Severity.ERROR,
        IssueKind.IO,
        name,
        "",
        f"loading failed: {detail}",
        code="loading_failed",
        arguments=(("error", type(error).__name__),),
    )


def unexpected_reason(error: str) -> str:
    """An unexpected exception's class name in words: what the reader can act on."""
    if error == "MemoryError":
        return QCoreApplication.translate("IssueWords", "not enough memory")
    return QCoreApplication.translate(
        "IssueWords", "an unexpected error ({error}); the details are in the log"
    ).format(error=error)


def _size(count: str) -> str:
    # 1024-based with IEC names, as the model's English (``model/loading/read.size_text``
    # says why): the window's English and the command line's agree.
    return QLocale().formattedDataSize(int(count), 1, QLocale.DataSizeFormat.DataSizeIecFormat)


def read_problem(arguments: Mapping[str, str]) -> str | None:
    """Why a file could not be read, in the window's language, from the arguments of a
    "file_unreadable"/"document_unreadable" issue ("why" is ``ReadError.code``); None when
    they do not say (the model's English reason is shown instead)."""
    why = arguments.get("why", "")
    try:
        if why == "os_error":
            kind = _OS_ERROR_KINDS.get(arguments.get("kind", ""))
            if kind is not None:
                return kind()
            return QCoreApplication.translate("ReadProblem", "system error {errno}").format(
                errno=arguments.get("errno") or "?"
            )
        if why == "not_regular":
            found = _FILE_KINDS.get(arguments.get("kind", ""))
            text = QCoreApplication.translate(
                "ReadProblem", "expected a regular file, found {kind}"
            )
            return text.format(kind=found() if found else arguments["kind"])
        if why == "too_big":
            text = QCoreApplication.translate(
                "ReadProblem", "expected at most {limit}, found {size}: the file is too big to open"
            )
            return text.format(limit=_size(arguments["limit"]), size=_size(arguments["size"]))
        if why == "growing":
            text = QCoreApplication.translate(
                "ReadProblem", "expected at most {limit}, found more: the file is growing"
            )
            return text.format(limit=_size(arguments["limit"]))
        if why == "nul_in_path":
            return QCoreApplication.translate("ReadProblem", "the path holds a NUL character")
    except (KeyError, ValueError, IndexError):  # arguments or a translation not as expected
        return None
    return None


# Python's own words for text that is not UTF-8 (``UnicodeDecodeError.reason``).
_DECODE_REASONS: dict[str, Callable[[], str]] = {
    "invalid start byte": lambda: QCoreApplication.translate("ReadProblem", "invalid start byte"),
    "invalid continuation byte": lambda: QCoreApplication.translate(
        "ReadProblem", "invalid continuation byte"
    ),
    "unexpected end of data": lambda: QCoreApplication.translate(
        "ReadProblem", "unexpected end of data"
    ),
}

# Python's JSON reader's words (``json.JSONDecodeError.msg``), the common ones.
_JSON_DETAILS: dict[str, Callable[[], str]] = {
    "Expecting value": lambda: QCoreApplication.translate("JsonProblem", "Expecting value"),
    "Expecting property name enclosed in double quotes": lambda: QCoreApplication.translate(
        "JsonProblem", "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": lambda: QCoreApplication.translate(
        "JsonProblem", "Expecting ':' delimiter"
    ),
    "Expecting ',' delimiter": lambda: QCoreApplication.translate(
        "JsonProblem", "Expecting ',' delimiter"
    ),
    "Unterminated string starting at": lambda: QCoreApplication.translate(
        "JsonProblem", "Unterminated string starting at"
    ),
    "Extra data": lambda: QCoreApplication.translate("JsonProblem", "Extra data"),
    "Invalid \\uXXXX escape": lambda: QCoreApplication.translate(
        "JsonProblem", "Invalid \\uXXXX escape"
    ),
    "Illegal trailing comma before end of object": lambda: QCoreApplication.translate(
        "JsonProblem", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": lambda: QCoreApplication.translate(
        "JsonProblem", "Illegal trailing comma before end of array"
    ),
}


def json_detail(detail: str) -> str:
    """Python's JSON words in the window's language; the two that quote a character keep it."""
    words = _JSON_DETAILS.get(detail)
    if words is not None:
        return words()
    for prefix, template in (
        ("Invalid control character ", _control_character),
        ("Invalid \\escape: ", _invalid_escape),
    ):
        if detail.startswith(prefix):
            found = detail[len(prefix) :].removesuffix(" at")
            return template().replace("{found}", found)
    return detail  # a rarer one: Python's English, never nothing


def _control_character() -> str:
    return QCoreApplication.translate("JsonProblem", "Invalid control character {found}")


def _invalid_escape() -> str:
    return QCoreApplication.translate("JsonProblem", "Invalid \\escape: {found}")


def decode_reason(reason: str) -> str | None:
    """Python's words for text that is not UTF-8 in the window's language; None for a rarer one."""
    words = _DECODE_REASONS.get(reason)
    return None if words is None else words()
