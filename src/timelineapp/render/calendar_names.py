"""QLocale-backed :class:`~timelineapp.render.ticks.CalendarNames` for axis labels.

The tick generator is pure Python and only needs a few names; this adapter feeds it the
user's locale through Qt so month and weekday names follow the desktop language.

Years are formatted here rather than with ``QLocale.toString``: Qt's ``QDate`` cannot
express BCE years the way a timeline needs (astronomical numbering, no year zero), and
locale number formatting would insert group separators ("10 000"), which read badly as
years; only years of six digits and more are grouped, by narrow spaces, as the SI and
French typography do (``ticks.group_digits``).  The era ("BCE", French "av. J.-C.") and
the deep-time context words come from Qt's translations, like every other word; deep-time
labels ("−13.8 Ga") take the locale's decimal separator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from timelineapp.model.calendar import display_year
from timelineapp.render.date_word_parts import bce
from timelineapp.render.ticks import CalendarNames, group_digits


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
        number, before = display_year(astronomical_year)
        # The era in the installed translators' language, as dates in words say it.
        return bce(group_digits(number)) if before else group_digits(number)

    def common_era_year(self, astronomical_year: int) -> str:
        years = group_digits(astronomical_year)
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
