"""Tooltip text for events. Tooltips render rich text, so file content is escaped first."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QToolTip

from ..model.evidence import evidence_of
from ..model.timeline import Timeline
from ..model.untrusted_text import elided, isolated
from ..render.date_words import describe_date
from ..render.evidence_words import evidence_summary
from .mark_colours import flag_color
from .provenance_words import event_problem_text

_TOOLTIP_ACTORS = 12


def event_tooltip(timeline: Timeline, event: int) -> str:
    """Title, date as written (and in words), actors; all escaped: the file is untrusted."""
    item = timeline.event(event)
    date = timeline.date(event)
    lines = [f"<b>{html.escape(isolated(elided(item.title)))}</b>"]
    if date is not None:
        words = describe_date(date)
        lines.append(
            f"{html.escape(words)} <span style='color:gray'>({html.escape(date.text)})</span>"
        )
    if item.actors:
        # A million actors in one event: the tooltip names the first few, and counts the rest.
        shown = item.actors[:_TOOLTIP_ACTORS]
        names = ", ".join(isolated(elided(timeline.actor_name(ref.actor))) for ref in shown)
        rest = len(item.actors) - len(shown)
        if rest:
            names += " " + Tooltips.tr("and %Ln more", "", rest)
        lines.append(html.escape(names))
    evidence = evidence_summary(evidence_of(item, timeline.documents))  # issue 18
    if evidence:
        lines.append(html.escape(evidence))
    problem = event_problem_text(timeline.provenance, event)
    if problem:
        color = flag_color(QToolTip.palette()).name()
        lines.append(f"<span style='color:{color}'><b>⚠ {html.escape(problem)}</b></span>")
    return "<br>".join(lines)


def document_tooltip(timeline: Timeline, document: int) -> str:
    """The tooltip of a document's ▲ mark on the axis: its title and publication date.

    A tooltip is rendered as rich text whenever it looks like HTML: a title holding
    ``<img src=…>`` would load a local image. Escaped, isolated, and cut to a line's length.
    """
    doc = timeline.documents[document]
    text = QCoreApplication.translate("TimelineWidget", "Published: {title} ({date})").format(
        title=isolated(elided(doc.title)), date=isolated(elided(doc.published or "?"))
    )
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class Tooltips(QObject):
    """The "Tooltips" translation context: pyside6-lupdate marks only ``tr()`` calls with a
    count as plurals (see ``provenance_words.Provenance``)."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Tooltips", source, disambiguation, n)
