"""The small pieces dates are said with, through Qt: the words' locale (month names and
numbers from ``QLocale``), years, day numbers, lists, and French elision.

Every word is a literal ``QCoreApplication.translate`` call, so ``pyside6-lupdate`` puts it
in the ``.ts`` files; the words follow the installed translators (the window's language, or
an export's through ``export_text.export_language``; English when none is installed, as on
the command line without ``--lang``). Shared by :mod:`.date_words` and :mod:`.date_form_words`.

Several French forms differ where English has one (``"until %1"`` is "jusqu’au …" for a day
and "jusqu’en …" for a month), so such strings come in one context per grammatical case:
``DateWordsDay`` (a day or a time), ``DateWordsSpring`` (a season or grouping that takes
"au": printemps, trimestre), ``DateWordsGrouping`` (an English "the second quarter"),
``DateWordsRange`` (an end of a range), ``DateWordsPlural`` (several components).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale

from timelineapp.model.calendar import display_year

DASH: Final = " – "


def _locale_name() -> str:
    return QCoreApplication.translate("DateWords", "en")


@cache
def _locale(name: str) -> QLocale:
    return QLocale(name)


@cache
def _months(name: str) -> tuple[str, ...]:
    locale = _locale(name)
    return tuple(locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13))


def words_locale() -> QLocale:
    """The locale of the words being written: the translators' language (a translatable
    locale name), so an export in French has French month names in an English window."""
    return _locale(_locale_name())


def month_name(month: int) -> str:
    """The month's name in the words' language ("juin", "June"), from ``QLocale``."""
    return _months(_locale_name())[month - 1]


def number(value: int, locale: QLocale | None = None) -> str:
    """A whole number as the words' locale (or ``locale``) writes it, grouped from 10,000
    on ("10,000", "170 000 002" with no-break spaces); four-digit years stay plain. The
    axis's year labels say years the same way (``calendar_names.LocaleNames``)."""
    if value < 10_000:
        return str(value)
    return (locale or words_locale()).toString(value)


def decimal(text: str) -> str:
    """A decimal written with "." in the words' locale ("13.8" -> "13,8" in French)."""
    return text.replace(".", words_locale().decimalPoint() or ".")


def bce(years: str) -> str:
    """ "500 BCE" / "500 av. J.-C." for a year (or range of years) before the common era."""
    return QCoreApplication.translate("DateWords", "%1 BCE").replace("%1", years)


def format_year(year: int) -> str:
    """An astronomical year in words: 2024 -> "2024", -499 -> "500 BCE" / "500 av. J.-C.".

    There is no year zero in historical numbering: 0 is "1 BCE".
    """
    value, before = display_year(year)
    return bce(number(value)) if before else number(value)


def day_number(day: int) -> str:
    """A day of the month: "19"; the first is an ordinal in French ("1er")."""
    if day == 1:
        return QCoreApplication.translate("DateWordsFirstDay", "1")
    return str(day)


@cache
def _placeholder() -> re.Pattern[str]:
    """``%1`` … ``%9``, compiled at the first use (the patterns of this module are not
    needed by a start's first frame in English: ~0.7 ms of CPU at import)."""
    return re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2`` … replaced in one pass, so a value holding "%1" (a
    name from a file) stays as written; a placeholder without a value stays too."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if index <= len(values) else match.group(0)

    return _placeholder().sub(value, template)


def listed(items: list[str], all_of: bool) -> str:
    """ "a, b or c" / "a, b ou c"; "a, b and c" / "a, b et c"."""
    if len(items) == 1:
        return items[0]
    head = ", ".join(items[:-1])
    if all_of:
        return fill(QCoreApplication.translate("DateWords", "%1 and %2"), head, items[-1])
    return fill(QCoreApplication.translate("DateWords", "%1 or %2"), head, items[-1])


# French elision and contraction are orthography, like its no-break spaces: the translations
# write "de %1" and "le %1", and the composed phrase gets "d’avril", "l’été", "du 19 mai",
# "jusqu’au 1er juin" here. The patterns are French words, so they never match English.
@cache
def _french() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The elision and the contractions, compiled at the first French phrase."""
    elided = re.compile(r"\b(de|le|que|jusque) (?=[aeiouyàâäéèêëîïôöùûüh])", re.IGNORECASE)
    contracted = (
        (re.compile(r"\bde le "), "du "),
        (re.compile(r"\bà le "), "au "),
        (re.compile(r"\bde les "), "des "),
        (re.compile(r"\bà les "), "aux "),
    )
    return elided, contracted


def orthography(text: str) -> str:
    """The phrase with the words' language's elisions and contractions applied."""
    if words_locale().language() != QLocale.Language.French:
        return text
    elided, contracted = _french()
    text = elided.sub(lambda match: match.group(1)[:-1] + "’", text)
    for pattern, replacement in contracted:
        text = pattern.sub(replacement, text)
    return text
