"""The filter in words (status bar, exports) and the closest ids (for error messages)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..date_word_parts import de, language_of
from ..date_words import describe_point
from ..dates import DateError, DateKind, parse_date
from ..file_format import ReviewState
from ..folding import fold
from .spec import FilterSpec

if TYPE_CHECKING:
    from ..timeline import Timeline


_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "actors": "acteurs : {}",
        "all_of": "tous parmi {}",
        "members_one": "{} (et ses membres)",
        "members_many": "{} (et leurs membres)",
        "without_members_one": "{} (sans ses membres)",
        "without_members_many": "{} (sans leurs membres)",
        "no_actor": "(sans acteur)",
        "role": "rôle « {} »",
        "text": "texte « {} »",
        "dates": "dates : {} {}",
        "certainly": "certainement",
        "possibly": "possiblement",
        "between": "entre {} et {}",
        "from": "à partir {}",  # with "de" elided as the date needs: "à partir d’avril 2024"
        "until": "jusqu’{}",  # "jusqu’à juin 2024", "jusqu’au 3 mai 2024"
        "min_sources_one": "au moins {} source indépendante",
        "min_sources_many": "au moins {} sources indépendantes",
        "min_grade": "cotation {} ou mieux",
        "conflicts": "sources en désaccord sur la date",
        "single_source": "source unique",
        "review": "relecture : {}",
        "unreviewed": "non relus",
        "verified": "vérifiés",
        "disputed": "contestés",
    },
    "en": {
        "actors": "actors: {}",
        "all_of": "all of {}",
        "members_one": "{} (and its members)",
        "members_many": "{} (and their members)",
        "without_members_one": "{} (without its members)",
        "without_members_many": "{} (without their members)",
        "no_actor": "(no actor)",
        "role": "role “{}”",
        "text": "text “{}”",
        "dates": "dates: {} {}",
        "certainly": "certainly",
        "possibly": "possibly",
        "between": "between {} and {}",
        "from": "from {}",
        "until": "until {}",
        "min_sources_one": "at least {} independent source",
        "min_sources_many": "at least {} independent sources",
        "min_grade": "grade {} or better",
        "conflicts": "sources disagree on the date",
        "single_source": "single source",
        "review": "review: {}",
        "unreviewed": "unreviewed",
        "verified": "verified",
        "disputed": "disputed",
    },
}


def describe_filter(spec: FilterSpec, timeline: Timeline, language: str | None = None) -> str:
    """The filter in words in ``language`` (French or English); "" for no filter.

    The language is the reader's, never the file's (issue 15, one language at a time): the
    window passes its own (:func:`timelineapp.render.language.ui_language`), an export its
    export language, the command line ``--lang``; ``None`` (a caller with no language, such
    as the command line without ``--lang``) reads English. The words are a table, not Qt's
    translation, because the model has no Qt.
    """
    code = language_of(language or "en")
    words = _WORDS.get(code, _WORDS["en"])
    parts: list[str] = []
    if spec.actors or spec.actors_alone or spec.include_no_actor:
        has_members = {a.parent for a in timeline.actors if a.parent is not None}
        groups: list[str] = []
        count = 0
        for chosen, members in (
            (spec.actors, spec.include_descendants),
            (spec.actors_alone, False),
        ):
            if not chosen:
                continue
            names = _actor_names(chosen, timeline)
            count += len(names)
            listed = ", ".join(names)
            with_members = [a for a in chosen if a in has_members]
            if with_members:
                # Say so only when it matters: an actor with members that are (not) included.
                key = "members" if members else "without_members"
                listed = words[key + ("_one" if len(names) == 1 else "_many")].format(listed)
            groups.append(listed)
        listed = ", ".join(groups)
        if spec.all_actors and count > 1:
            listed = words["all_of"].format(listed)
        if spec.include_no_actor:
            listed = ", ".join(p for p in (listed, words["no_actor"]) if p)
        parts.append(words["actors"].format(listed))
    if spec.role is not None:
        parts.append(words["role"].format(spec.role))
    if spec.text.strip():
        parts.append(words["text"].format(" ".join(spec.text.split())))
    if spec.has_dates:
        low = None if spec.date_from is None else _bound(spec.date_from, code)
        high = None if spec.date_to is None else _bound(spec.date_to, code)
        if low is not None and high is not None:
            span = words["between"].format(low, high)
        elif low is not None:
            span = words["from"].format(_from(low, code))
        else:
            span = words["until"].format(_until(str(high), code))
        parts.append(words["dates"].format(words[spec.within], span))
    parts.extend(_evidence_words(spec, words))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


_PLAIN_DATE = re.compile(r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _bound(text: str, language: str) -> str:
    """A filter bound in words, as the window's other dates are: "2024-06" -> "juin 2024" /
    "June 2024", "2024-04-01" -> "le 1er avril 2024" / "1 April 2024". Only plain years,
    months and days: they read right after "à partir de", "entre", "jusqu’à"; anything else
    (a season, an interval, a typo) is shown as typed."""
    if _PLAIN_DATE.fullmatch(text.strip()) is None:
        return text
    try:
        date = parse_date(text.strip())
    except DateError:
        return text
    if date.kind is not DateKind.SINGLE or date.start is None:
        return text
    words = describe_point(date.start, language)
    return "le " + words if language == "fr" and date.start.day is not None else words


def _from(bound: str, language: str) -> str:
    if language != "fr":
        return bound
    return "du " + bound.removeprefix("le ") if bound.startswith("le ") else de(bound)


def _until(bound: str, language: str) -> str:
    if language != "fr":
        return bound
    return "au " + bound.removeprefix("le ") if bound.startswith("le ") else "à " + bound


def _evidence_words(spec: FilterSpec, words: dict[str, str]) -> list[str]:
    parts = []
    if spec.min_sources:
        key = "min_sources_one" if spec.min_sources == 1 else "min_sources_many"
        parts.append(words[key].format(spec.min_sources))
    if spec.single_source:
        parts.append(words["single_source"])
    if spec.min_grade is not None:
        parts.append(words["min_grade"].format(spec.min_grade.strip().upper()))
    if spec.conflicts_only:
        parts.append(words["conflicts"])
    if spec.review:
        # Always in the format's order, whatever order they were ticked in.
        states = [words[state] for state in ReviewState if state in spec.review]
        parts.append(words["review"].format(", ".join(states)))
    return parts


def _actor_names(actor_ids: Iterable[str], timeline: Timeline) -> list[str]:
    # File order, so the same filter always reads the same.
    number = timeline.actor_number
    chosen = sorted(actor_ids, key=lambda a: (number.get(a, len(number)), a))
    return [timeline.actor_name(a) for a in chosen]


def closest_ids(unknown: str, valid: Iterable[str], n: int = 5) -> list[str]:
    """Up to ``n`` ids of ``valid`` that look like ``unknown``, closest first (for errors)."""
    target = fold(unknown)
    scored: list[tuple[float, str]] = []
    for candidate in dict.fromkeys(valid):
        folded = fold(candidate)
        score = difflib.SequenceMatcher(None, target, folded).ratio()
        if target and (target in folded or folded in target):
            score += 0.5  # "russ" for "russie": a fragment is a strong hint
        if score >= 0.6:
            scored.append((score, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [candidate for _, candidate in scored[:n]]
