"""Tooltip text for events. Tooltips render rich text, so file content is escaped first."""

from __future__ import annotations

import html

from ..model.date_words import describe_date
from ..model.timeline import Timeline
from .provenance_words import FLAG_COLOR, event_problem_text


def event_tooltip(timeline: Timeline, event: int) -> str:
    """Title, date as written (and in words), actors; all escaped: the file is untrusted."""
    item = timeline.event(event)
    date = timeline.date(event)
    lines = [f"<b>{html.escape(item.title)}</b>"]
    if date is not None:
        words = describe_date(date, timeline.language)
        lines.append(
            f"{html.escape(words)} <span style='color:gray'>({html.escape(date.text)})</span>"
        )
    if item.actors:
        names = ", ".join(timeline.actor_name(ref.actor) for ref in item.actors)
        lines.append(html.escape(names))
    problem = event_problem_text(timeline.provenance, event)
    if problem:
        color = FLAG_COLOR.name()
        lines.append(f"<span style='color:{color}'><b>⚠ {html.escape(problem)}</b></span>")
    return "<br>".join(lines)
