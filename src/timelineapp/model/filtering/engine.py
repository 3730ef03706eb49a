"""The filter engine: a :class:`~.spec.FilterSpec` as a boolean mask over one file's events.

Built once per file; no Python loop runs per event, so a million events filter in tens of
milliseconds (numpy only).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import msgspec
import numpy as np
import numpy.typing as npt

from ..dates import parse_date
from ..field_methods import FieldRepr
from ..folding import fold_texts
from ..time_index import MarkFlag
from .actor_tree import ActorTree
from .evidence_filter import evidence_mask
from .spec import FilterSpec, Within
from .text_search import TextIndex, event_search_text, search_terms

if TYPE_CHECKING:
    from ..timeline import Timeline

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
# The events' searchable texts, or the same already folded into one blob.
SearchTexts = Iterable[str] | bytes | npt.NDArray[np.uint8]


def _timeline_search_blob(timeline: Timeline) -> bytes | npt.NDArray[np.uint8]:
    # The loader folds each event's searchable text while validating (in its worker processes
    # for big files), so that nothing is left to do here but in odd cases: then fold the events.
    blob = timeline.loaded.search_blob
    if blob is not None:
        return blob
    return fold_texts(map(event_search_text, timeline.events))


class _CountPlan(msgspec.Struct, frozen=True):
    """What counts each event once per actor, however many members it names.

    For an event naming actors a1..ak (sorted in depth-first order), adding 1 at each ai and
    subtracting 1 at the lowest common ancestor of each consecutive pair, then summing over
    subtrees, counts the event exactly once at every actor whose subtree holds any ai. The
    "plus" side is the index's own membership (``member_actors``, each member's event by its
    row of ``member_ptr``): the plan keeps nothing per member but the few "minus" pairs (a
    million members were two more 8 MB arrays, made as the file opened).
    """

    minus_actor: IntArray
    minus_event: IntArray


# eq=False: arrays do not compare with ==; engines are compared by identity. Its methods are
# not generated: see field_methods.
@dataclass(init=False, repr=False, eq=False)
class FilterEngine(FieldRepr):
    """Turns a :class:`FilterSpec` into a mask over one file's events (all numpy).

    Build it with :meth:`from_timeline`, or from arrays (benchmarks, synthetic data).
    ``member_ptr`` / ``member_actors`` / ``member_roles`` are the CSR actor membership of the
    :class:`~timelineapp.model.time_index.TimeIndex`. ``texts`` are the events' searchable
    texts, or their folded blob (:func:`~.folding.fold_texts`), or a function returning
    either: the search index is built on the first search.
    """

    tree: ActorTree
    member_ptr: IntArray
    member_actors: npt.NDArray[np.int32]
    member_roles: npt.NDArray[np.int32]
    roles: tuple[str, ...]
    earliest: IntArray
    latest: IntArray
    dated: BoolArray
    open_start: BoolArray
    open_end: BoolArray
    texts: SearchTexts | Callable[[], SearchTexts] = ()
    # The index's evidence records and review codes (None: no evidence part can pass).
    evidence: npt.NDArray[np.void] | None = None
    review: npt.NDArray[np.int8] | None = None
    _text_index: TextIndex | None = field(default=None, init=False, repr=False)
    # Search indexes are built on a background thread after opening; a search that comes
    # first waits for that build instead of starting a second one.
    _text_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _count_plan: _CountPlan | None = field(default=None, init=False, repr=False)
    _totals: IntArray | None = field(default=None, init=False, repr=False)
    # Each member's event, made by the first count under a filter (none as a file opens).
    _member_event: IntArray | None = field(default=None, init=False, repr=False)

    def __init__(
        self,
        tree: ActorTree,
        member_ptr: IntArray,
        member_actors: npt.NDArray[np.int32],
        member_roles: npt.NDArray[np.int32],
        roles: tuple[str, ...],
        earliest: IntArray,
        latest: IntArray,
        dated: BoolArray,
        open_start: BoolArray,
        open_end: BoolArray,
        texts: SearchTexts | Callable[[], SearchTexts] = (),
        evidence: npt.NDArray[np.void] | None = None,
        review: npt.NDArray[np.int8] | None = None,
    ) -> None:
        self.tree = tree
        self.member_ptr = member_ptr
        self.member_actors = member_actors
        self.member_roles = member_roles
        self.roles = roles
        self.earliest = earliest
        self.latest = latest
        self.dated = dated
        self.open_start = open_start
        self.open_end = open_end
        self.texts = texts
        self.evidence = evidence
        self.review = review
        # The fields left out of __init__ keep their class defaults, but this one.
        self._text_lock = threading.Lock()
        self.__post_init__()

    def __post_init__(self) -> None:
        self.count = int(self.member_ptr.size - 1)
        self.role_number = {role: i for i, role in enumerate(self.roles)}
        self.no_actor: BoolArray = self.member_ptr[1:] == self.member_ptr[:-1]

    @classmethod
    def from_timeline(cls, timeline: Timeline) -> FilterEngine:
        index = timeline.index
        return cls(
            tree=ActorTree.from_timeline(timeline),
            member_ptr=index.actor_ptr,
            member_actors=index.actor_ids,
            member_roles=index.actor_roles,
            roles=index.roles,
            earliest=index.earliest,
            latest=index.latest,
            dated=index.dated,
            open_start=(index.flags & MarkFlag.OPEN_START) != 0,
            open_end=(index.flags & MarkFlag.OPEN_END) != 0,
            texts=lambda: _timeline_search_blob(timeline),
            evidence=index.evidence,
            review=index.review,
        )

    # --- masks ---------------------------------------------------------------------------
    def mask(self, spec: FilterSpec) -> BoolArray:
        """Per event (file order): does it pass ``spec``?"""
        result = np.ones(self.count, dtype=np.bool_)
        if spec.has_actor_part:
            result &= self.actor_mask(spec)
        if spec.has_dates:
            result &= self.date_mask(spec.date_from, spec.date_to, spec.within)
        if spec.terms:
            result &= self.search(spec.text)
        if spec.has_evidence:
            result &= self.evidence_mask(spec)
        return result

    def evidence_mask(self, spec: FilterSpec) -> BoolArray:
        """The evidence part of ``spec`` alone (sources, grade, conflicts, review)."""
        if self.evidence is None or self.review is None:
            return np.zeros(self.count, dtype=np.bool_)
        return evidence_mask(spec, self.evidence, self.review)

    def actor_mask(self, spec: FilterSpec) -> BoolArray:
        """The actor and role part of ``spec`` alone."""
        role_ok: BoolArray | None = None
        if spec.role is not None:
            number = self.role_number.get(spec.role, -2)  # unknown role: no mention counts
            role_ok = self.member_roles == number
        # Each checked entry is a set of actors: one with its members, or one alone.
        index_of = self.tree.index_of
        entries = [(a, spec.include_descendants) for a in sorted(spec.actors)]
        entries += [(a, False) for a in sorted(spec.actors_alone)]
        # An id the file does not know is an actor no event involves.
        known = [(index_of[a], members) for a, members in entries if a in index_of]
        if not entries and not spec.include_no_actor:
            hits = np.ones(self.member_actors.size, dtype=np.bool_) if role_ok is None else role_ok
            result = self._any_per_event(hits)
        elif spec.all_actors and entries:
            if len(known) < len(entries):
                result = np.zeros(self.count, dtype=np.bool_)
            else:
                # One pass per checked actor: an event must involve each.
                result = np.ones(self.count, dtype=np.bool_)
                for actor, members in known:
                    selected = self.tree.covered([actor], members)
                    result &= self._involving(selected, role_ok)
        else:
            with_members = [actor for actor, members in known if members]
            selected = self.tree.covered(with_members)
            selected[[actor for actor, members in known if not members]] = True
            result = self._involving(selected, role_ok)
        if spec.include_no_actor:
            result |= self.no_actor
        return result

    def _involving(self, selected: BoolArray, role_ok: BoolArray | None) -> BoolArray:
        """Events naming one of the ``selected`` actors (in the role, if one is set)."""
        hits = selected[self.member_actors]
        if role_ok is not None:
            hits &= role_ok
        return self._any_per_event(hits)

    def _any_per_event(self, hits: BoolArray) -> BoolArray:
        # A running count of hits over the CSR members: an event has a hit when the count
        # grows across its row. Unlike reduceat, this is right for events naming nobody.
        # Counted in 32 bits when they fit (below two billion mentions: always): a million
        # events' 1.6 million mentions took 10 ms in 64 bits, 3.5 ms so.
        wide = hits.size >= np.iinfo(np.int32).max
        running = np.zeros(hits.size + 1, dtype=np.int64 if wide else np.int32)
        np.cumsum(hits, out=running[1:], dtype=running.dtype)
        grew: BoolArray = np.greater(running[self.member_ptr[1:]], running[self.member_ptr[:-1]])
        return grew

    def date_mask(self, date_from: str | None, date_to: str | None, within: Within) -> BoolArray:
        """Events certainly (whole extent) or possibly (any overlap) within the dates."""
        low = None if date_from is None else parse_date(date_from).earliest
        high = None if date_to is None else parse_date(date_to).latest
        result = self.dated.copy()
        if within == "certainly":
            # An open side reaches arbitrarily far: never certainly inside on that side.
            if low is not None:
                result &= ~self.open_start & (self.earliest >= low)
            if high is not None:
                result &= ~self.open_end & (self.latest <= high)
        else:
            if low is not None:
                result &= self.open_end | (self.latest > low)
            if high is not None:
                result &= self.open_start | (self.earliest < high)
        return result

    # --- text ----------------------------------------------------------------------------
    def prepare_search(self) -> None:
        """Build the search index now rather than on the first search (thread-safe)."""
        with self._text_lock:
            if self._text_index is None:
                texts = self.texts() if callable(self.texts) else self.texts
                if not isinstance(texts, bytes | np.ndarray):
                    texts = fold_texts(texts)
                self._text_index = TextIndex(texts, self.count)
                self.texts = ()  # the folded copy is all that is needed from now on

    def search(self, text: str) -> BoolArray:
        """Events whose text contains every word of ``text``, ignoring case and accents."""
        result = np.ones(self.count, dtype=np.bool_)
        terms = search_terms(text)
        if not terms:
            return result
        self.prepare_search()
        assert self._text_index is not None
        for term in sorted(terms, key=len, reverse=True):  # longest first: fewest candidates
            result &= self._text_index.contains(term)
            if not result.any():
                break
        return result

    # --- counts --------------------------------------------------------------------------
    def prepare_counts(self) -> None:
        """Build the per-actor counting plan now (it takes a while on big files)."""
        self._plan()

    def counts_by_actor(self, mask: BoolArray) -> tuple[IntArray, IntArray]:
        """Per actor, events involving it or a member: in the whole file, and among ``mask``.

        Both are read-only (a file just opened, nothing filtered out: the same array twice,
        not a copy of one count per actor)."""
        plan = self._plan()
        if self._totals is None:
            self._totals = self._counts(plan, None)
            self._totals.setflags(write=False)
        if mask.all():  # nothing filtered out (a file just opened): no second count
            return self._totals, self._totals
        shown = self._counts(plan, mask)
        shown.setflags(write=False)
        return self._totals, shown

    def no_actor_counts(self, mask: BoolArray) -> tuple[int, int]:
        """Events naming no actor: in the whole file, and among ``mask``."""
        return int(np.count_nonzero(self.no_actor)), int(np.count_nonzero(self.no_actor & mask))

    def _counts(self, plan: _CountPlan, mask: BoolArray | None) -> IntArray:
        size = len(self.tree)
        if mask is None:
            plus = self.member_actors
            minus = plan.minus_actor
        else:
            if self._member_event is None:
                # Kept from the first filter on: a gather by it is twice as fast as a repeat
                # of the mask over the members.
                self._member_event = self._member_events()
            plus = self.member_actors[mask[self._member_event]]
            minus = plan.minus_actor[mask[plan.minus_event]]
        direct = np.bincount(plus, minlength=size)
        if minus.size:
            direct -= np.bincount(minus, minlength=size)
        return self.tree.subtree_sums(direct.astype(np.int64, copy=False))

    def _plan(self) -> _CountPlan:
        if self._count_plan is not None:
            return self._count_plan
        size = max(len(self.tree), 1)
        if self.tree.flat:
            # No two actors share an ancestor: only an actor named twice by one event is
            # discounted (its own common ancestor), found by sorting (event, actor) pairs as
            # one number each, sorted in place: one array of a number per member, for a
            # moment (the ancestor search took 85 MB of temporaries for a million members).
            pairs = self._member_events() * size
            pairs += self.member_actors
            pairs.sort()
            again = pairs[1:][pairs[1:] == pairs[:-1]]
            del pairs
            self._count_plan = _CountPlan(again % size, again // size)
            return self._count_plan
        actors = self.member_actors.astype(np.int64)
        events = self._member_events()
        order = np.argsort(events * size + self.tree.position[actors], kind="stable")
        sorted_actors = actors[order]
        sorted_events = events[order]
        del actors, events, order
        pairs = np.flatnonzero(sorted_events[1:] == sorted_events[:-1])
        common = self.tree.lowest_common_ancestors(sorted_actors[pairs], sorted_actors[pairs + 1])
        joined = common >= 0  # actors in different trees share no ancestor to discount
        self._count_plan = _CountPlan(
            minus_actor=common[joined], minus_event=sorted_events[pairs][joined]
        )
        return self._count_plan

    def _member_events(self) -> IntArray:
        """Each member's event (its row of ``member_ptr``), made when a plan is built."""
        ptr = self.member_ptr
        return np.repeat(np.arange(self.count, dtype=np.int64), np.diff(ptr))


def engine_for(timeline: Timeline) -> FilterEngine:
    """The filter engine of an opened timeline: :attr:`Timeline.filter_engine`."""
    return timeline.filter_engine
