"""The error of a date that cannot be read, and the small helpers that word its sentences."""

from __future__ import annotations

from typing import Final

QUALIFIER_HINT: Final = "a qualifier ('?', '~' or '%')"
END_HINT: Final = "the end of the text"


class DateError(ValueError):
    """A date string that is not in the supported EDTF subset.

    ``position`` is the 0-based index in ``text`` where parsing failed (``None`` when the
    problem is not tied to one place); ``expected`` and ``found`` are short human phrases, so
    the UI can show them separately or use ``str(error)`` as a whole sentence (the command
    line's English).

    ``code`` and ``arguments`` say the same for another language (``ui/date_error_words``):
    the code names what was expected ("date_day_for_month"), the arguments its numbers, as
    text. The generic code "date_expected" carries only the English ``expected`` phrase.
    ``found`` is :data:`END_HINT`, "nothing", or the input's own characters.
    """

    def __init__(
        self,
        text: str,
        position: int | None,
        expected: str,
        found: str,
        code: str = "date_expected",
        arguments: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        self.found = found
        self.code = code
        self.arguments = arguments
        shown = shorten(text, 60)
        super().__init__(f"invalid date {shown!r}: expected {expected}, found {found}")

    def issue_arguments(self) -> tuple[tuple[str, str], ...]:
        """The arguments of the load issue: the date as shown, what was found, the rest."""
        return (("date", shorten(self.text, 60)), ("found", self.found), *self.arguments)

    def __reduce__(
        self,
    ) -> tuple[type[DateError], tuple[str, int | None, str, str, str, tuple[tuple[str, str], ...]]]:
        # The default exception pickling replays ``args`` (the message) into ``__init__``, which
        # takes more arguments; errors must survive being sent between worker processes.
        return (
            type(self),
            (self.text, self.position, self.expected, self.found, self.code, self.arguments),
        )


def choices(items: list[str]) -> str:
    """'a, b or c' for error messages."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def article(word: str) -> str:
    return "an" if word[0] in "aeiouh" else "a"


def shorten(text: str, limit: int = 24) -> str:
    # Keep error messages readable when someone pastes a thousand digits.
    return text if len(text) <= limit else text[: limit - 4] + "…"
