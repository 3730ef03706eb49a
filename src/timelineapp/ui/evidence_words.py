"""The evidence of an event in the window's language: grades, origins, lag, claims.

One place for these words, used by the Sources and Event panes, tooltips and the legend.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model.evidence import UNKNOWN, EventEvidence, ReportingLag


def reliability_words(code: int) -> str:
    translate = QCoreApplication.translate
    words = (
        translate("EvidenceWords", "completely reliable"),
        translate("EvidenceWords", "usually reliable"),
        translate("EvidenceWords", "fairly reliable"),
        translate("EvidenceWords", "not usually reliable"),
        translate("EvidenceWords", "unreliable"),
        translate("EvidenceWords", "reliability cannot be judged"),
    )
    return words[code] if code < UNKNOWN else translate("EvidenceWords", "reliability not graded")


def credibility_words(code: int) -> str:
    translate = QCoreApplication.translate
    words = (
        translate("EvidenceWords", "confirmed by other sources"),
        translate("EvidenceWords", "probably true"),
        translate("EvidenceWords", "possibly true"),
        translate("EvidenceWords", "doubtful"),
        translate("EvidenceWords", "improbable"),
        translate("EvidenceWords", "truth cannot be judged"),
    )
    return words[code] if code < UNKNOWN else translate("EvidenceWords", "credibility not graded")


def grade_words(grade: str, reliability: int, credibility: int) -> str:
    """ "B2 (usually reliable, probably true)"; ungraded says so, never a good default."""
    if reliability >= UNKNOWN and credibility >= UNKNOWN:
        return QCoreApplication.translate("EvidenceWords", "not graded")
    return f"{grade} ({reliability_words(reliability)}, {credibility_words(credibility)})"


def origins_summary(evidence: EventEvidence) -> str:
    """ "3 documents, 2 independent origins"."""
    translate = QCoreApplication.translate
    documents = translate("EvidenceWords", "%n document(s)", "", evidence.documents)
    origins = translate("EvidenceWords", "%n independent origin(s)", "", evidence.independent)
    return translate("EvidenceWords", "%1, %2").replace("%1", documents).replace("%2", origins)


def lag_words(lag: ReportingLag) -> str:
    """ "reported 1 day later", "reported 13 to 42 days later", "reported the same day"."""
    translate = QCoreApplication.translate
    if lag.low == lag.high == 0:
        return translate("EvidenceWords", "reported the same day")
    if lag.low > 0 and lag.low == lag.high:
        return translate("EvidenceWords", "reported %n day(s) later", "", lag.low)
    if lag.low == 0:
        return translate("EvidenceWords", "reported within %n day(s)", "", lag.high)
    if lag.low >= 0:
        return (
            translate("EvidenceWords", "reported %1 to %2 days later")
            .replace("%1", str(lag.low))
            .replace("%2", str(lag.high))
        )
    if lag.high < 0 and lag.low == lag.high:
        return translate("EvidenceWords", "reported %n day(s) before", "", -lag.high)
    if lag.high < 0:
        return (
            translate("EvidenceWords", "reported %1 to %2 days before")
            .replace("%1", str(-lag.high))
            .replace("%2", str(-lag.low))
        )
    return (
        translate("EvidenceWords", "reported between %1 days before and %2 days after")
        .replace("%1", str(-lag.low))
        .replace("%2", str(lag.high))
    )
