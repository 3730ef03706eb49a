"""The evidence of an event in the window's language: grades, origins, lag, claims.

One place for these words, used by the Sources and Event panes and the export footer.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..model.evidence import RELIABILITY_CODES, UNKNOWN, EventEvidence, ReportingLag
from ..model.file_format import Document


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


def reliability_letter_words(document: Document) -> str:
    """ "reliability B (usually reliable)"; "reliability not graded"."""
    translate = QCoreApplication.translate
    if document.reliability is None:
        return translate("EvidenceWords", "reliability not graded")
    code = RELIABILITY_CODES[document.reliability]
    if code == UNKNOWN - 1:  # "F (reliability cannot be judged)" would say it twice
        return translate("EvidenceWords", "reliability F (cannot be judged)")
    return (
        translate("EvidenceWords", "reliability %1 (%2)")
        .replace("%2", reliability_words(code))
        .replace("%1", str(document.reliability))
    )


def footer_evidence(
    document: Document, numbers: Mapping[str, int], titles: Mapping[str, str]
) -> str:
    """What an export's footer adds to a document's line: its grade, whether it is an
    independent origin or relies on others (by their footer numbers), its original."""
    translate = QCoreApplication.translate

    def named(document_id: str) -> str:
        number = numbers.get(document_id)
        return f"[{number}]" if number is not None else titles.get(document_id, document_id)

    parts = [reliability_letter_words(document)]
    if document.derived_from:
        parts.append(
            translate("EvidenceWords", "relies on %1").replace(
                "%1", ", ".join(named(d) for d in document.derived_from)
            )
        )
    elif document.translated_from is None:
        parts.append(translate("EvidenceWords", "independent origin"))
    if document.translated_from is not None:
        original = named(document.translated_from)
        if document.translated_by:
            parts.append(
                translate("EvidenceWords", "translation of %1 by %2")
                .replace("%2", document.translated_by)
                .replace("%1", original)
            )
        else:
            parts.append(translate("EvidenceWords", "translation of %1").replace("%1", original))
    if not document.has_text:
        parts.append(translate("EvidenceWords", "known only through quotations"))
    return " · ".join(parts)
