"""QLocale-backed :class:`~timelineapp.render.ticks.CalendarNames` for axis labels.

The tick generator is pure Python and only needs a few names; this adapter feeds it the
user's locale through Qt so month and weekday names follow the desktop language.

Years are formatted here rather than with ``QDate``, which cannot express BCE years the
way a timeline needs (astronomical numbering, no year zero); their numbers are written as
dates in words write them (``date_word_parts.number``: plain up to 9999, then grouped by
the locale, "50,000" / "50 000"), so the axis and an event's label agree (QA #100).  The
era ("BCE", French "av. J.-C.") and
the deep-time context words come from Qt's translations, like every other word; deep-time
labels ("−13.8 Ga") take the locale's decimal separator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from timelineapp.model.calendar import display_year
from timelineapp.render.date_word_parts import bce, number
from timelineapp.render.ticks import CalendarNames


def _format(short: bool) -> QLocale.FormatType:
    return QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat


class LocaleNames(CalendarNames):
    """Month, weekday and year names from a :class:`QLocale` (default: the system's).

    Standalone month/day forms are used because most axis labels show a name on its own
    or as a heading ("juin 2024", "Jun").  Known trade-off: languages that inflect a month
    inside a full date (Russian "7 июня", Polish...) get the nominative in the hour-level
    context label "7 июнь 2024"; fixing that needs an "in a date" flag on
    ``CalendarNames.month_name``.
    """

    def __init__(self, locale: QLocale | None = None) -> None:
        # Copy: QLocale() snapshots the default at construction, so a later
        # QLocale.setDefault() does not silently change labels under a live view.
        self._locale = QLocale(locale) if locale is not None else QLocale()

    @property
    def locale(self) -> QLocale:
        """The locale the names come from (a copy)."""
        return QLocale(self._locale)

    def month_name(self, month: int, short: bool) -> str:
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1-12, got {month}")
        return self._locale.standaloneMonthName(month, _format(short))

    def weekday_name(self, iso_weekday: int, short: bool) -> str:
        # QLocale numbers days like ISO 8601 (1 = Monday ... 7 = Sunday).
        if not 1 <= iso_weekday <= 7:
            raise ValueError(f"iso_weekday must be 1-7, got {iso_weekday}")
        return self._locale.standaloneDayName(iso_weekday, _format(short))

    def year(self, astronomical_year: int) -> str:
        value, before = display_year(astronomical_year)
        # The era in the installed translators' language, and the number grouped as dates
        # in words group it ("50,000 BCE" beside an event "in 50,000 BCE", QA #100).
        shown = number(value, self._locale)
        return bce(shown) if before else shown

    def common_era_year(self, astronomical_year: int) -> str:
        years = number(astronomical_year, self._locale)
        return QCoreApplication.translate("Axis", "%1 CE").replace("%1", years)

    def decimal_point(self) -> str:
        return self._locale.decimalPoint() or "."

    def deep_time_note(self, unit: int) -> str:
        # The symbols are SI-style and the same in French; the words are translated.
        if unit >= 10**9:
            return QCoreApplication.translate(
                "Axis", "Ga: billions of years before (−) or after (+) 1950"
            )
        if unit >= 10**6:
            return QCoreApplication.translate(
                "Axis", "Ma: millions of years before (−) or after (+) 1950"
            )
        return QCoreApplication.translate(
            "Axis", "ka: thousands of years before (−) or after (+) 1950"
        )
