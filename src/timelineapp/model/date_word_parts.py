"""The small pieces dates are said with, in French and English: month names, years, day
numbers, number grouping and lists (shared by :mod:`.date_words` and
:mod:`.date_form_words`)."""

from __future__ import annotations

from typing import Final

from timelineapp.model.calendar import ENGLISH_MONTHS, display_year

NBSP: Final = "\u00a0"

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": ENGLISH_MONTHS,
}

BCE: Final = {"fr": "av. J.-C.", "en": "BCE"}
# "de" elides before a vowel: "d’avril", "d’août", "d’octobre", "d’une année".
FR_VOWELS: Final = frozenset("aeiouyàâäéèêëîïôöùûü")
# Deep-time years are unreadable as bare digit runs; French groups thousands with a no-break
# space (so "170 000 002" never wraps), English with commas. Four-digit years stay plain.
_GROUP_SEPARATOR: Final = {"fr": NBSP, "en": ","}


def language_of(language: str) -> str:
    """Primary subtag of a BCP-47 tag ("fr-CA" -> "fr"), falling back to English."""
    primary = language.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in MONTHS else "en"


def number(value: int, lang: str) -> str:
    if value < 10_000:
        return str(value)
    return f"{value:,}".replace(",", _GROUP_SEPARATOR[lang])


def format_year(year: int, language: str) -> str:
    """An astronomical year in words: 2024 -> "2024", -499 -> "500 av. J.-C." / "500 BCE".

    There is no year zero in historical numbering: 0 is "1 av. J.-C." / "1 BCE".
    """
    lang = language_of(language)
    value, bce = display_year(year)
    if bce:
        return f"{number(value, lang)} {BCE[lang]}"
    return number(value, lang)


def day_number(day: int, lang: str) -> str:
    # French writes the first of the month as an ordinal: "1er juin".
    return "1er" if lang == "fr" and day == 1 else str(day)


def de(text: str) -> str:
    """French "de" before ``text``, elided before a vowel: "de juin", "d’avril"."""
    return ("d’" if text[:1].lower() in FR_VOWELS else "de ") + text


def listed(items: list[str], lang: str, conjunction: str) -> str:
    """ "a, b ou c" / "a, b or c" (``conjunction`` is the last joiner's word)."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]
