"""The filter in words (status bar, exports), in the language of the installed translators.

Every word is a literal ``QCoreApplication.translate`` call in the ``FilterWords`` context,
so ``pyside6-lupdate`` sees it; the language is the window's, an export's own (inside
``export_text.export_language``), or English on the command line unless ``--lang`` is given.
Never the event file's: a French window on an English file describes its filter in French.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from timelineapp.model.actor_columns import parent_ids
from timelineapp.model.dates import DateError, DateKind, parse_date
from timelineapp.model.filtering import FilterSpec
from timelineapp.model.format_rules import ReviewState

from .date_word_parts import fill, orthography
from .date_words import with_article

if TYPE_CHECKING:
    from timelineapp.model.timeline import Timeline


class FilterPlurals(QObject):
    """The words with ``%n`` plurals (``pyside6-lupdate`` reads them from ``self.tr``)."""

    def at_least_sources(self, n: int) -> str:
        return self.tr("at least %Ln independent source(s)", "", n)


def _members(members: bool, several: bool) -> str:
    """ "%1 (and its members)" and its three siblings, by inclusion and number."""
    if members and several:
        return QCoreApplication.translate("FilterWords", "%1 (and their members)")
    if members:
        return QCoreApplication.translate("FilterWords", "%1 (and its members)")
    if several:
        return QCoreApplication.translate("FilterWords", "%1 (without their members)")
    return QCoreApplication.translate("FilterWords", "%1 (without its members)")


def _actor_words(spec: FilterSpec, timeline: Timeline) -> str:
    has_members = set(parent_ids(timeline.actors).values())
    groups: list[str] = []
    count = 0
    for chosen, members in ((spec.actors, spec.include_descendants), (spec.actors_alone, False)):
        if not chosen:
            continue
        names = _actor_names(chosen, timeline)
        count += len(names)
        listed = ", ".join(names)
        if any(a in has_members for a in chosen):
            # Say so only when it matters: an actor with members that are (not) included.
            listed = fill(_members(members, len(names) > 1), listed)
        groups.append(listed)
    listed = ", ".join(groups)
    if spec.all_actors and count > 1:
        listed = fill(QCoreApplication.translate("FilterWords", "all of %1"), listed)
    if spec.include_no_actor:
        no_actor = QCoreApplication.translate("FilterWords", "(no actor)")
        listed = ", ".join(p for p in (listed, no_actor) if p)
    return fill(QCoreApplication.translate("FilterWords", "actors: %1"), listed)


def _date_words(spec: FilterSpec) -> str:
    low = None if spec.date_from is None else _bound(spec.date_from)
    high = None if spec.date_to is None else _bound(spec.date_to)
    if low is not None and high is not None:
        span = fill(QCoreApplication.translate("FilterWords", "between %1 and %2"), low, high)
    elif low is not None:
        span = fill(QCoreApplication.translate("FilterWords", "from %1"), low)
    else:
        span = fill(QCoreApplication.translate("FilterWords", "until %1"), str(high))
    if spec.within == "certainly":
        within = QCoreApplication.translate("FilterWords", "certainly")
    else:
        within = QCoreApplication.translate("FilterWords", "possibly")
    dates = QCoreApplication.translate("FilterWords", "dates: %1 %2")
    return orthography(fill(dates, within, span))


def describe_filter(spec: FilterSpec, timeline: Timeline) -> str:
    """The filter in words, with a capital first letter; "" for no filter."""
    parts: list[str] = []
    if spec.actors or spec.actors_alone or spec.include_no_actor:
        parts.append(_actor_words(spec, timeline))
    if spec.role is not None:
        parts.append(fill(QCoreApplication.translate("FilterWords", "role “%1”"), spec.role))
    if spec.text.strip():
        text = " ".join(spec.text.split())
        parts.append(fill(QCoreApplication.translate("FilterWords", "text “%1”"), text))
    if spec.has_dates:
        parts.append(_date_words(spec))
    parts.extend(_evidence_words(spec))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


_PLAIN_DATE = re.compile(r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _bound(text: str) -> str:
    """A filter bound in words, as the window's other dates are: "2024-06" -> "June 2024",
    "2024-04-01" -> "1 April 2024" (French "le 1er avril 2024"). Only plain years, months
    and days: they read right after "from", "between", "until"; anything else (a season, an
    interval, a typo) is shown as typed."""
    if _PLAIN_DATE.fullmatch(text.strip()) is None:
        return text
    try:
        date = parse_date(text.strip())
    except DateError:
        return text
    if date.kind is not DateKind.SINGLE or date.start is None:
        return text
    return with_article(date.start)


def _review_word(state: ReviewState) -> str:
    if state is ReviewState.VERIFIED:
        return QCoreApplication.translate("FilterWords", "verified")
    if state is ReviewState.DISPUTED:
        return QCoreApplication.translate("FilterWords", "disputed")
    return QCoreApplication.translate("FilterWords", "unreviewed")


def _evidence_words(spec: FilterSpec) -> list[str]:
    parts = []
    if spec.min_sources:
        parts.append(FilterPlurals().at_least_sources(spec.min_sources))
    if spec.single_source:
        parts.append(QCoreApplication.translate("FilterWords", "single source"))
    if spec.min_grade is not None:
        grade = QCoreApplication.translate("FilterWords", "grade %1 or better")
        parts.append(fill(grade, spec.min_grade.strip().upper()))
    if spec.conflicts_only:
        parts.append(QCoreApplication.translate("FilterWords", "sources disagree on the date"))
    if spec.review:
        # Always in the format's order, whatever order they were ticked in.
        states = [_review_word(state) for state in ReviewState if state in spec.review]
        review = QCoreApplication.translate("FilterWords", "review: %1")
        parts.append(fill(review, ", ".join(states)))
    return parts


def _actor_names(actor_ids: Iterable[str], timeline: Timeline) -> list[str]:
    # File order, so the same filter always reads the same.
    number = timeline.actor_number
    chosen = sorted(actor_ids, key=lambda a: (number.get(a, len(number)), a))
    return [timeline.actor_name(a) for a in chosen]
