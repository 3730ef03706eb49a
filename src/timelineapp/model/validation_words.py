"""Pydantic's validation errors worded like every other load message: "expected …, found …".

Pydantic says "Input should be a valid integer" or "Field required"; the rest of timelineapp says
what it expected and what it found, in the terms of the JSON the user wrote (an object, a list,
true). One table here maps pydantic's error ``type`` (and its ``ctx``) to the expected part; the
found part comes from the input. A type not in the table keeps pydantic's own text, so a new
pydantic error is never lost, only less well worded.

Each wording also comes as a code and arguments (``Wording.code``, ``Wording.arguments``), so a
window can word the same issue in another language without parsing the English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

from .dates import DateError
from .format_rules import NOT_BLANK
from .issues import describe_found

_Expect = Callable[[Mapping[str, Any]], str]


def _const(text: str) -> _Expect:
    return lambda ctx: text


# pydantic v2 error type -> what was expected, from the error's ctx.
# (https://docs.pydantic.dev/latest/errors/validation_errors/)
EXPECTED: dict[str, _Expect] = {
    "dict_type": _const("an object"),
    "model_type": _const("an object"),
    "model_attributes_type": _const("an object"),
    "list_type": _const("a list"),
    "tuple_type": _const("a list"),
    "set_type": _const("a list"),
    "string_type": _const("text"),
    "str_type": _const("text"),
    # A \ud800-\udfff escape not in a pair (a lone surrogate) is no character at all.
    "string_unicode": _const("text of whole characters (a lone surrogate escape is none)"),
    "int_type": _const("a whole number"),
    "int_parsing": _const("a whole number"),
    "int_from_float": _const("a whole number"),
    "int_parsing_size": _const("a whole number small enough to be read"),
    "float_type": _const("a number"),
    "float_parsing": _const("a number"),
    "bool_type": _const("true or false"),
    "bool_parsing": _const("true or false"),
    "none_required": _const("null"),
    "less_than_equal": lambda ctx: f"a number at most {ctx['le']}",
    "less_than": lambda ctx: f"a number below {ctx['lt']}",
    "greater_than_equal": lambda ctx: f"a number at least {ctx['ge']}",
    "greater_than": lambda ctx: f"a number above {ctx['gt']}",
    "string_too_short": lambda ctx: _at_least(ctx["min_length"], "character"),
    "string_too_long": lambda ctx: _at_most(ctx["max_length"], "character"),
    "too_short": lambda ctx: _at_least(ctx["min_length"], "item"),
    "too_long": lambda ctx: _at_most(ctx["max_length"], "item"),
    "string_pattern_mismatch": lambda ctx: f"text matching {ctx['pattern']!r}",
    "literal_error": lambda ctx: _choice(ctx["expected"]),
    "enum": lambda ctx: _choice(ctx["expected"]),
}


def is_single_choice(expected: str) -> bool:
    """Whether pydantic's list of allowed values ("1", "'a', 'b' or 'c'") holds one value."""
    return " or " not in expected


def _choice(expected: str) -> str:
    return expected if is_single_choice(expected) else f"one of {expected}"


def _at_least(n: int, unit: str) -> str:
    return f"at least {n} {unit}{'' if n == 1 else 's'}"


def _at_most(n: int, unit: str) -> str:
    return f"at most {n} {unit}{'' if n == 1 else 's'}"


class Wording(msgspec.Struct, frozen=True):
    """One validation error in words, and as a code with arguments for other languages."""

    message: str
    code: str  # pydantic's error type ("missing", "less_than_equal", …)
    arguments: tuple[tuple[str, str], ...]  # ctx and "found", as text
    # The "found" argument in two parts, so another language words the kind itself:
    # (kind, value), e.g. ("number", "7"); kind is "" for null, true and false. None when
    # nothing was found.
    found: tuple[str, str] | None = None


# A found value's JSON kind -> its English words ("the number 7").
FOUND_KIND_WORDS = {
    "text": "the text",
    "number": "the number",
    "list": "a list",
    "object": "an object",
    # Python's reader takes these, JSON has none (shown with no value after them).
    "nan": "NaN (not valid JSON)",
    "infinity": "an infinite number (Infinity, or one too large, such as 1e400)",
}


def found_parts(value: Any) -> tuple[str, str]:
    """The found value as its JSON kind (a key of :data:`FOUND_KIND_WORDS`, or "") and
    the value itself."""
    if value is None:
        return "", "null"
    if isinstance(value, bool):
        return "", "true" if value else "false"
    if isinstance(value, str):
        return "text", describe_found(value)
    if isinstance(value, float) and value != value:
        return "nan", ""
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "infinity", ""
    if isinstance(value, int | float):
        return "number", describe_found(value)
    if isinstance(value, list | tuple):
        return "list", describe_found(value)
    if isinstance(value, dict):
        return "object", describe_found(value)
    return "", describe_found(value)


def found_text(value: Any) -> str:
    """The found value as the JSON kind the user wrote, then the value itself."""
    kind, shown = found_parts(value)
    if not kind:
        return shown
    return f"{FOUND_KIND_WORDS[kind]} {shown}" if shown else FOUND_KIND_WORDS[kind]


def word_error(detail: ErrorDetails) -> Wording:
    """``detail`` (one entry of ``ValidationError.errors()``) as "expected …, found …"."""
    kind = detail["type"]
    ctx: Mapping[str, Any] = detail.get("ctx") or {}
    arguments = tuple((key, str(value)) for key, value in ctx.items() if key != "error")
    if kind == "missing":
        return Wording("expected this required field, found nothing", kind, arguments)
    if kind == "extra_forbidden":
        message = "unknown field: expected only the fields of the format (check its spelling)"
        return Wording(message, kind, arguments)
    if kind == "value_error":  # our own validators already word what they expected
        message = detail["msg"].removeprefix("Value error, ")
        error = ctx.get("error")
        if isinstance(error, DateError):  # a date: its own code, for another language
            return Wording(message, error.code, error.issue_arguments())
        return Wording(message, kind, arguments)
    parts = found_parts(detail["input"])
    found = found_text(detail["input"])
    arguments += (("found", found),)
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NOT_BLANK:
        # Not the pattern's characters: what a person reads is that it is only spaces.
        return Wording(
            f"expected text other than spaces, found {found}",
            "blank_text",
            (("found", found),),
            parts,
        )
    expect = EXPECTED.get(kind)
    if expect is None:
        return Wording(f"{detail['msg']}, found {found}", kind, arguments, parts)
    return Wording(f"expected {expect(ctx)}, found {found}", kind, arguments, parts)
