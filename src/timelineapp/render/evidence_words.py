"""The evidence of an event in the window's language: grades, origins, lag, claims.

One place for these words, used by the Sources and Event panes and the export footer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ..model.evidence import RELIABILITY_CODES, UNKNOWN, EventEvidence, ReportingLag
from ..model.plain_header import has_text

if TYPE_CHECKING:
    from ..model.plain_header import DocumentLike as Document


def reliability_words(code: int) -> str:
    words = (
        QCoreApplication.translate("EvidenceWords", "completely reliable"),
        QCoreApplication.translate("EvidenceWords", "usually reliable"),
        QCoreApplication.translate("EvidenceWords", "fairly reliable"),
        QCoreApplication.translate("EvidenceWords", "not usually reliable"),
        QCoreApplication.translate("EvidenceWords", "unreliable"),
        QCoreApplication.translate("EvidenceWords", "reliability cannot be judged"),
    )
    return (
        words[code]
        if code < UNKNOWN
        else QCoreApplication.translate("EvidenceWords", "reliability not graded")
    )


def credibility_words(code: int) -> str:
    words = (
        QCoreApplication.translate("EvidenceWords", "confirmed by other sources"),
        QCoreApplication.translate("EvidenceWords", "probably true"),
        QCoreApplication.translate("EvidenceWords", "possibly true"),
        QCoreApplication.translate("EvidenceWords", "doubtful"),
        QCoreApplication.translate("EvidenceWords", "improbable"),
        QCoreApplication.translate("EvidenceWords", "truth cannot be judged"),
    )
    return (
        words[code]
        if code < UNKNOWN
        else QCoreApplication.translate("EvidenceWords", "credibility not graded")
    )


def grade_words(grade: str, reliability: int, credibility: int) -> str:
    """ "B2 (usually reliable, probably true)"; ungraded says so, never a good default."""
    if reliability >= UNKNOWN and credibility >= UNKNOWN:
        return QCoreApplication.translate("EvidenceWords", "not graded")
    return f"{grade} ({reliability_words(reliability)}, {credibility_words(credibility)})"


def grade_scale() -> str:
    """What a grade such as "B2" or "F?" means: the scale's name and both sides (a tooltip)."""
    return QCoreApplication.translate(
        "EvidenceWords",
        "Admiralty grade (NATO): the letter is the document's reliability, A (completely "
        "reliable) to F (cannot be judged); the digit is the credibility of what this source "
        "says, 1 (confirmed by other sources) to 6 (cannot be judged); ? means not graded yet "
        "(Sources pane › Grade Sources…).",
    )


class EvidenceWords(QObject):
    """The plural words: ``pyside6-lupdate`` reads ``%n`` plurals from ``self.tr`` calls, not
    from ``QCoreApplication.translate``; the context is this class's name, as for the rest."""

    def documents(self, count: int) -> str:
        return self.tr("%Ln document(s)", "", count)

    def origins(self, count: int) -> str:
        return self.tr("%Ln independent origin(s)", "", count)

    def origins_not_recorded(self, count: int) -> str:
        return self.tr("origin(s) not recorded", "", count)

    def cited_unquoted(self, count: int) -> str:
        return self.tr("%Ln document(s) cited, backing nothing (no quoted words)", "", count)

    def more_unquoted(self, count: int) -> str:
        return self.tr("%Ln more cited, backing nothing", "", count)

    def days_later(self, count: int) -> str:
        return self.tr("reported %Ln day(s) later", "", count)

    def days_before(self, count: int) -> str:
        return self.tr("reported %Ln day(s) before", "", count)

    def within_days(self, count: int) -> str:
        return self.tr("reported within %Ln day(s)", "", count)

    def days(self, count: int) -> str:
        return self.tr("%Ln day(s)", "", count)

    def months(self, count: int) -> str:
        return self.tr("%Ln month(s)", "", count)

    def years(self, count: int) -> str:
        return self.tr("%Ln year(s)", "", count)


def relations_recorded(evidence: EventEvidence) -> bool:
    """Whether any backing document of the event is recorded as relying on or translating
    another: only then does the origins' count rest on something recorded."""
    return any(set(group.origins) != set(group.documents) for group in evidence.groups)


def origins_summary(evidence: EventEvidence, cited: int | None = None) -> str:
    """ "3 documents, 2 independent origins", counting the documents that back the event.

    Independence is claimed only when relations between documents are recorded: with none
    (``derived_from``, ``translated_from``), "1 document, origin not recorded" (QA #138).
    ``cited``, the documents the event cites, may be more: those that back nothing (no
    quoted words) are said so, and the count agrees with the documents listed (QA #139).
    """
    words = EvidenceWords()
    backing = evidence.documents
    unquoted = max(0, (backing if cited is None else cited) - backing)
    if not backing:
        return words.cited_unquoted(unquoted) if unquoted else words.documents(0)
    origins = (
        words.origins(evidence.independent)
        if relations_recorded(evidence)
        else words.origins_not_recorded(backing)
    )
    text = (
        QCoreApplication.translate("EvidenceWords", "%1, %2")
        .replace("%1", words.documents(backing))
        .replace("%2", origins)
    )
    if unquoted:
        text = (
            QCoreApplication.translate("EvidenceWords", "%1; %2")
            .replace("%1", text)
            .replace("%2", words.more_unquoted(unquoted))
        )
    return text


_DAYS_PER_YEAR = 365.2425
_DAYS_PER_MONTH = _DAYS_PER_YEAR / 12


def lag_words(lag: ReportingLag) -> str:
    """ "reported 1 day later", "reported 13 to 42 days later", "reported the same day";
    a long lag in a unit that fits it, "reported 124 to 225 years later" rather than
    "45566 to 82089 days", and an approximate date's lag "about" (QA #104)."""
    words = EvidenceWords()
    biggest = max(abs(lag.low), abs(lag.high))
    if lag.approximate and biggest > 0:
        middle = (lag.low + lag.high) / 2
        return _about(_amount(words, abs(middle), biggest, round), later=middle >= 0)
    if biggest >= 2 * 365 or (biggest >= 90 and lag.low != lag.high):
        return _long_lag_words(words, lag, biggest)
    if lag.low == lag.high == 0:
        return QCoreApplication.translate("EvidenceWords", "reported the same day")
    if lag.low > 0 and lag.low == lag.high:
        return words.days_later(lag.low)
    if lag.low == 0:
        return words.within_days(lag.high)
    if lag.low >= 0:
        return (
            QCoreApplication.translate("EvidenceWords", "reported %1 to %2 days later")
            .replace("%1", str(lag.low))
            .replace("%2", str(lag.high))
        )
    if lag.high < 0 and lag.low == lag.high:
        return words.days_before(-lag.high)
    if lag.high < 0:
        return (
            QCoreApplication.translate("EvidenceWords", "reported %1 to %2 days before")
            .replace("%1", str(-lag.high))
            .replace("%2", str(-lag.low))
        )
    return (
        QCoreApplication.translate(
            "EvidenceWords", "reported between %1 days before and %2 days after"
        )
        .replace("%1", str(-lag.low))
        .replace("%2", str(lag.high))
    )


def _long_lag_words(words: EvidenceWords, lag: ReportingLag, biggest: int) -> str:
    """A lag of months or years: its ends rounded outwards (never narrower than the days)."""
    low, high = abs(lag.low), abs(lag.high)
    if lag.low < 0 < lag.high:
        return (
            QCoreApplication.translate("EvidenceWords", "reported between %1 before and %2 after")
            .replace("%1", _amount(words, low, biggest, math.ceil))
            .replace("%2", _amount(words, high, biggest, math.ceil))
        )
    near, far = (low, high) if lag.low >= 0 else (high, low)
    first = _count(near, biggest, math.floor)
    last = _count(far, biggest, math.ceil)
    if first == last or lag.low == lag.high:
        return _about(_amount(words, (near + far) / 2, biggest, round), later=lag.low >= 0)
    if lag.low >= 0:
        template = QCoreApplication.translate("EvidenceWords", "reported %1 to %2 later")
    else:
        template = QCoreApplication.translate("EvidenceWords", "reported %1 to %2 before")
    return template.replace("%1", QLocale().toString(first)).replace(
        "%2", _amount(words, far, biggest, math.ceil)
    )


def _about(amount: str, *, later: bool) -> str:
    """ "reported about 3 months later" (or "before"): a lag said as one rounded amount."""
    template = (
        QCoreApplication.translate("EvidenceWords", "reported about %1 later")
        if later
        else QCoreApplication.translate("EvidenceWords", "reported about %1 before")
    )
    return template.replace("%1", amount)


def _count(days: float, biggest: int, rounding: Callable[[float], int]) -> int:
    """``days`` in the unit a lag of ``biggest`` days is said in (years from two years on,
    else months)."""
    per = _DAYS_PER_YEAR if biggest >= 2 * 365 else _DAYS_PER_MONTH
    return int(rounding(days / per)) if biggest >= 90 else int(rounding(days))


def _amount(
    words: EvidenceWords, days: float, biggest: int, rounding: Callable[[float], int]
) -> str:
    """ "225 years", "3 months", "12 days": the count with its unit, in the window's words."""
    count = _count(days, biggest, rounding)
    if biggest >= 2 * 365:
        return words.years(count)
    if biggest >= 90:
        return words.months(count)
    return words.days(count)


def reliability_letter_words(document: Document) -> str:
    """ "reliability B (usually reliable)"; "reliability not graded"."""
    if document.reliability is None:
        return QCoreApplication.translate("EvidenceWords", "reliability not graded")
    code = RELIABILITY_CODES[document.reliability]
    if code == UNKNOWN - 1:  # "F (reliability cannot be judged)" would say it twice
        return QCoreApplication.translate("EvidenceWords", "reliability F (cannot be judged)")
    return (
        QCoreApplication.translate("EvidenceWords", "reliability %1 (%2)")
        .replace("%2", reliability_words(code))
        .replace("%1", str(document.reliability))
    )


def footer_evidence(
    document: Document, numbers: Mapping[str, int], titles: Mapping[str, str]
) -> str:
    """What an export's footer adds to a document's line: its grade, whether it is an
    independent origin or relies on others (by their footer numbers), its original."""

    def named(document_id: str) -> str:
        number = numbers.get(document_id)
        return f"[{number}]" if number is not None else titles.get(document_id, document_id)

    parts = [reliability_letter_words(document)]
    if document.derived_from:
        parts.append(
            QCoreApplication.translate("EvidenceWords", "relies on %1").replace(
                "%1", ", ".join(named(d) for d in document.derived_from)
            )
        )
    elif document.translated_from is None:
        # Nothing recorded is no finding: never "independent origin" by default (QA #138).
        parts.append(QCoreApplication.translate("EvidenceWords", "origin not recorded"))
    if document.translated_from is not None:
        original = named(document.translated_from)
        if document.translated_by:
            parts.append(
                QCoreApplication.translate("EvidenceWords", "translation of %1 by %2")
                .replace("%2", document.translated_by)
                .replace("%1", original)
            )
        else:
            parts.append(
                QCoreApplication.translate("EvidenceWords", "translation of %1").replace(
                    "%1", original
                )
            )
    if not has_text(document):
        parts.append(QCoreApplication.translate("EvidenceWords", "known only through quotations"))
    return " · ".join(parts)


def evidence_summary(evidence: EventEvidence) -> str:
    """One line for a mark's tooltip: "3 documents, 2 independent origins · best grade A2 ·
    the sources disagree on the date"; "" for an event without sources."""
    if not evidence.claims:
        return ""
    parts = [origins_summary(evidence)]
    best = evidence.best_grade
    if best is not None and best != "??":
        parts.append(
            QCoreApplication.translate("EvidenceWords", "best grade %1").replace("%1", best)
        )
    else:
        parts.append(QCoreApplication.translate("EvidenceWords", "not graded"))
    if evidence.conflicting:
        parts.append(
            QCoreApplication.translate("EvidenceWords", "the sources disagree on the date")
        )
    return " · ".join(parts)
