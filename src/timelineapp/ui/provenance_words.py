"""The words and marks every pane uses for broken provenance, so they say it the same way.

What is broken is computed once, in :mod:`timelineapp.model.provenance`; here it is only put
into words (translated) and HTML (escaped: quotes and documents come from strangers).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ..model.provenance import Provenance as ProvenanceFacts
from ..model.provenance import difference, summarise
from ..render.date_word_parts import fill
from .mark_colours import MarkLook
from .plain_tooltip import escaped


class Provenance(QObject):
    """The "Provenance" translation context. Plurals go through ``Provenance.tr(text, "", n)``:
    pyside6-lupdate extracts only literal ``tr()``/``translate()`` calls, and marks only
    ``tr()`` calls with a count as plurals (see ``render.export_options.Export``)."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Provenance", source, disambiguation, n)


def event_problem_text(provenance: ProvenanceFacts, event: int, problems: int | None = None) -> str:
    """ "1 quote no longer matches its document" (and date phrases, unreadable documents);
    "" when the event's evidence is sound."""
    found = provenance.event_problems(event)
    quotes, phrases = summarise(found)
    parts = []
    if quotes:
        parts.append(Provenance.tr("%Ln quote(s) no longer match(es) its document", "", quotes))
    if phrases:
        parts.append(
            Provenance.tr("%Ln date phrase(s) no longer match(es) its document", "", phrases)
        )
    if event in provenance.unverifiable:
        parts.append(QCoreApplication.translate("Provenance", "a document it cites cannot be read"))
    return joined(parts)


def joined(parts: list[str]) -> str:
    """Parts of one sentence joined by the language's semicolon (French puts a no-break
    space before it, QA #55)."""
    template = QCoreApplication.translate("Provenance", "%1; %2")
    if "%1" not in template or "%2" not in template:
        template = "%1; %2"
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = fill(template, text, part)
    return text


def quoted_title(title: str) -> str:
    """An event's or a document's title between the language's quotation marks ("“Départ”",
    « Départ » in French)."""
    template = QCoreApplication.translate("Provenance", "“%1”")
    return fill(template if "%1" in template else "“%1”", title)


def located_text(path: str, message: str) -> str:
    """ "events[3].sources[0]: message", with the language's colon."""
    template = QCoreApplication.translate("Provenance", "%1: %2")
    return fill(template if "%2" in template else "%1: %2", path, message)


def problems_count_text(count: int) -> str:
    """The status bar's indicator: "7 provenance problems"."""
    return Provenance.tr("%Ln provenance problem(s)", "", count)


def phrase_warnings_text(disagreeing: int, dateless: int) -> str:
    """How many date phrases cannot mean the date they stand for and how many say no date at
    all (``validate``'s warnings), each counted under its own words; "" when none."""
    parts = []
    if disagreeing:
        parts.append(Provenance.tr("%Ln date phrase(s) do not match their date", "", disagreeing))
    if dateless:
        parts.append(Provenance.tr("%Ln date phrase(s) say no date", "", dateless))
    return " · ".join(parts)


def unsourced_count_text(count: int) -> str:
    """How many events cite no document: "12 events have no source: no quote backs them"."""
    return Provenance.tr("%Ln event(s) have no source: no quote backs them", "", count)


def unsourced_short_text(count: int) -> str:
    """The status bar's quieter indicator: "12 events without a source"."""
    return Provenance.tr("%Ln event(s) without a source", "", count)


def document_problem_text(provenance: ProvenanceFacts, document: str) -> str:
    """Why a document is flagged, or "" when it is not."""
    parts = []
    state = provenance.documents.get(document)
    mismatched = len(provenance.document_passages(document))
    if mismatched:
        parts.append(
            Provenance.tr(
                "%Ln recorded passage(s) no longer match(es) this document's text; "
                "they are marked in red",
                "",
                mismatched,
            )
        )
    if state is not None and state.state == "changed":
        parts.append(
            QCoreApplication.translate("Provenance", "its text differs from the recorded SHA-256")
        )
    if state is not None and state.state == "missing":
        parts.append(
            QCoreApplication.translate(
                "Provenance", "its text cannot be read, so its quotes cannot be checked"
            )
        )
    return ("⚠ " + joined(parts)) if parts else ""


def diff_html(recorded: str, now: str, look: MarkLook, side: str) -> str:
    """``recorded`` (side "recorded") or ``now`` (side "now") as escaped HTML, the characters
    that differ from the other text marked in ``look`` (a background and its text colour)."""
    prefix, suffix = difference(recorded, now)
    text = recorded if side == "recorded" else now
    end = len(text) - suffix
    middle = text[prefix:end]
    marked = (
        f'<span style="background-color:{look.background.name()}; '
        f"color:{look.text.name()}; "
        f'font-weight:bold">'
        f"{escaped(middle)}</span>"
        if middle
        else ""
    )
    return escaped(text[:prefix]) + marked + escaped(text[end:])
