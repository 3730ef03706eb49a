"""The filter as the user set it: plain, hashable and comparable, so an undo stack can hold it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..dates import parse_date
from ..evidence import grade_text, parse_grade
from ..field_methods import FieldEquality, FieldRepr
from ..format_rules import ReviewState
from .text_search import search_terms

Within = Literal["certainly", "possibly"]


# Its methods but the frozen ones are not generated: see field_methods.
@dataclass(frozen=True, init=False, repr=False, eq=False)
class FilterSpec(FieldEquality, FieldRepr):
    """What the user asked to see. The default value shows every event.

    ``actors`` are actor ids; an event passes when it involves one of them (or all of them
    with ``all_actors``), where involving an actor means naming it or, with
    ``include_descendants``, one of its members. ``actors_alone`` count without their
    members: a parent whose members are only partly checked keeps its own events that way,
    while its checked members are in ``actors``. ``role`` restricts which mentions count; with
    no actor checked it keeps events that name anyone in that role. ``include_no_actor`` lets
    events that name no actor through as well (in either mode: "no actor" cannot be combined
    with "all of"). Dates are EDTF text; ``date_from`` counts from the earliest instant of its
    date, ``date_to`` up to the latest (so "2024-06" includes June). Undated events never pass
    a date filter.

    The evidence part: ``min_sources`` independent origins at least (see :mod:`..evidence`);
    ``min_grade`` ("B2"): at least one source graded that well or better on both sides
    (ungraded sources never pass); ``conflicts_only``: sources' own dates that do not meet;
    ``single_source``: exactly one independent origin; ``review``: the review states shown
    (empty: all).
    """

    actors: frozenset[str] = frozenset()
    actors_alone: frozenset[str] = frozenset()
    include_no_actor: bool = False
    all_actors: bool = False
    include_descendants: bool = True
    role: str | None = None
    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    within: Within = "possibly"
    min_sources: int = 0
    min_grade: str | None = None
    conflicts_only: bool = False
    single_source: bool = False
    review: frozenset[str] = frozenset()

    def __init__(
        self,
        actors: frozenset[str] = frozenset(),
        actors_alone: frozenset[str] = frozenset(),
        include_no_actor: bool = False,
        all_actors: bool = False,
        include_descendants: bool = True,
        role: str | None = None,
        text: str = "",
        date_from: str | None = None,
        date_to: str | None = None,
        within: Within = "possibly",
        min_sources: int = 0,
        min_grade: str | None = None,
        conflicts_only: bool = False,
        single_source: bool = False,
        review: frozenset[str] = frozenset(),
    ) -> None:
        # Frozen: the fields are set in the instance's dict, as the generated __init__ does.
        self.__dict__.update(
            actors=actors,
            actors_alone=actors_alone,
            include_no_actor=include_no_actor,
            all_actors=all_actors,
            include_descendants=include_descendants,
            role=role,
            text=text,
            date_from=date_from,
            date_to=date_to,
            within=within,
            min_sources=min_sources,
            min_grade=min_grade,
            conflicts_only=conflicts_only,
            single_source=single_source,
            review=review,
        )
        self.__post_init__()

    def __post_init__(self) -> None:
        # Callers may pass any set; the spec must stay hashable and immutable.
        for name in ("actors", "actors_alone", "review"):
            if not isinstance(getattr(self, name), frozenset):
                object.__setattr__(self, name, frozenset(getattr(self, name)))
        if self.within not in ("certainly", "possibly"):
            raise ValueError(f"expected 'certainly' or 'possibly', found {self.within!r}")
        unknown = self.review - set(ReviewState)
        if unknown:
            states = ", ".join(sorted(ReviewState))
            raise ValueError(f"expected review states among {states}, found {sorted(unknown)}")
        if self.min_sources < 0:
            raise ValueError(f"expected at least 0 sources, found {self.min_sources}")
        if self.min_grade is not None:  # "b2 " and "B2" are one filter
            object.__setattr__(self, "min_grade", grade_text(*parse_grade(self.min_grade)))
        # A spec holding an unreadable date would fail later, far from its cause.
        for text in (self.date_from, self.date_to):
            if text is not None:
                parse_date(text)

    @property
    def has_actor_part(self) -> bool:
        chosen = self.actors or self.actors_alone or self.include_no_actor
        return bool(chosen) or self.role is not None

    @property
    def has_dates(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    @property
    def has_evidence(self) -> bool:
        return bool(
            self.min_sources
            or self.min_grade
            or self.conflicts_only
            or self.single_source
            or self.review
        )

    @property
    def terms(self) -> list[str]:
        return search_terms(self.text)

    @property
    def is_empty(self) -> bool:
        """True when the spec lets every event through."""
        return not (self.has_actor_part or self.has_dates or self.terms or self.has_evidence)


# --- the actor hierarchy ----------------------------------------------------------------------
