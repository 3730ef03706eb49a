"""The event filter: which events involve chosen actors, fall within dates, or contain words.

:class:`FilterSpec` is the filter as the user set it (plain, hashable, comparable, so that an
undo stack can hold it). :class:`FilterEngine` is built once per file and turns a spec into a
boolean mask over the events with numpy only: no Python loop runs per event, so a million
events filter in tens of milliseconds. :class:`ActorTree` is the actor hierarchy ("armée de
terre du Niger" belongs to "Niger") that the filter and the actor pane share.

Text matching ignores case and accents through :func:`fold`, which is one per-character
mapping: the engine applies the same mapping to all event texts at once with numpy, so a query
folded with :func:`fold` matches exactly what it should.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
import numpy.typing as npt

from .dates import parse_date
from .file_format import Actor, Event
from .folding import EVENT_SEPARATOR, fold, fold_char, fold_large, fold_texts
from .loading.chunks import search_text
from .time_index import MarkFlag

if TYPE_CHECKING:
    from .timeline import Timeline

__all__ = [
    "ActorTree",
    "FilterEngine",
    "FilterSpec",
    "Within",
    "closest_ids",
    "describe_filter",
    "event_search_text",
    "fold",
    "fold_large",
    "search_terms",
]

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

Within = Literal["certainly", "possibly"]
# The events' searchable texts, or the same already folded into one blob.
SearchTexts = Iterable[str] | bytes | npt.NDArray[np.uint8]

# --- folding ----------------------------------------------------------------------------------


def find_terms(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the folded ``terms`` occur in ``text``: sorted, merged ``[start, end)`` spans.

    Offsets are into the original text (code points), so that matches found without case or
    accents ("etats") can be highlighted where they stand ("États").
    """
    if not terms or not text:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the original index it came from
    for i, char in enumerate(text):
        piece = fold_char(char) if not char.isascii() else char.lower()
        folded.append(piece)
        origin.extend([i] * len(piece))
    flat = "".join(folded)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = flat.find(term)
        while start >= 0 and term:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = flat.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def search_terms(text: str) -> list[str]:
    """The folded words of a query, each of which an event must contain (in any order)."""
    return list(dict.fromkeys(fold(text).split()))


def event_search_text(event: Event) -> str:
    """The words of an event that text search looks through (as the loader collects them)."""
    return search_text(event)


# --- the filter as set by the user ----------------------------------------------------------


@dataclass(frozen=True)
class FilterSpec:
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

    def __post_init__(self) -> None:
        # Callers may pass any set; the spec must stay hashable and immutable.
        for name in ("actors", "actors_alone"):
            if not isinstance(getattr(self, name), frozenset):
                object.__setattr__(self, name, frozenset(getattr(self, name)))
        if self.within not in ("certainly", "possibly"):
            raise ValueError(f"expected 'certainly' or 'possibly', found {self.within!r}")
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
    def terms(self) -> list[str]:
        return search_terms(self.text)

    @property
    def is_empty(self) -> bool:
        """True when the spec lets every event through."""
        return not (self.has_actor_part or self.has_dates or self.terms)


# --- the actor hierarchy ----------------------------------------------------------------------


class ActorTree:
    """Actors as a forest following ``parent``, numbered as in the file.

    Subtrees are contiguous runs of the depth-first order, so "this actor and all its
    members" is a slice, and marking the members of many actors is one cumulative sum.
    """

    def __init__(self, ids: Sequence[str], parents: Sequence[int] | npt.ArrayLike) -> None:
        count = len(ids)
        self.ids: tuple[str, ...] = tuple(ids)
        self.index_of: dict[str, int] = {a: i for i, a in enumerate(self.ids)}
        parent = np.asarray(parents, dtype=np.int64).reshape(-1).copy()
        if parent.size != count:
            raise ValueError(f"expected {count} parents, found {parent.size}")
        parent[(parent < 0) | (parent >= count)] = -1
        children: list[list[int]] = [[] for _ in range(count)]
        for child, up in enumerate(parent.tolist()):
            if up >= 0:
                children[up].append(child)
        roots = [i for i in range(count) if parent[i] < 0]
        preorder: list[int] = []
        depth = np.zeros(count, dtype=np.int64)
        seen = np.zeros(count, dtype=np.bool_)
        start = 0
        while True:
            self._walk(roots[start:], children, preorder, depth, seen)
            if len(preorder) == count:
                break
            # The loader rejects parent cycles; arrays built elsewhere may not, and a cycle
            # would leave actors unreachable. Cut it: the first unreached actor becomes a root.
            start = len(roots)
            cut = int(np.flatnonzero(~seen)[0])
            children[int(parent[cut])].remove(cut)
            parent[cut] = -1
            roots.append(cut)
        self.parent: IntArray = parent
        self.children: tuple[tuple[int, ...], ...] = tuple(tuple(c) for c in children)
        self.roots: tuple[int, ...] = tuple(roots)
        self.preorder: IntArray = np.asarray(preorder, dtype=np.int64)
        self.position: IntArray = np.empty(count, dtype=np.int64)
        self.position[self.preorder] = np.arange(count, dtype=np.int64)
        self.depth: IntArray = depth
        # Subtree sizes, leaves first: every child follows its parent in preorder.
        size = np.ones(count, dtype=np.int64)
        for node in reversed(preorder):
            if parent[node] >= 0:
                size[parent[node]] += size[node]
        self.subtree_size: IntArray = size
        # Row of each actor among its siblings, as a tree view shows it.
        self.row: IntArray = np.zeros(count, dtype=np.int64)
        for group in (self.roots, *self.children):
            self.row[list(group)] = np.arange(len(group), dtype=np.int64)

    @staticmethod
    def _walk(
        starts: Sequence[int],
        children: list[list[int]],
        preorder: list[int],
        depth: IntArray,
        seen: BoolArray,
    ) -> None:
        # Iterative: a chain of thousands of nested actors must not hit the recursion limit.
        stack = [(node, 0) for node in reversed(starts)]
        while stack:
            node, level = stack.pop()
            if seen[node]:
                continue
            seen[node] = True
            depth[node] = level
            preorder.append(node)
            stack.extend((child, level + 1) for child in reversed(children[node]))

    @classmethod
    def from_actors(cls, actors: Sequence[Actor]) -> ActorTree:
        number = {a.id: i for i, a in enumerate(actors)}
        parents = [-1 if a.parent is None else number.get(a.parent, -1) for a in actors]
        return cls([a.id for a in actors], parents)

    @classmethod
    def from_timeline(cls, timeline: Timeline) -> ActorTree:
        return cls.from_actors(timeline.actors)

    def __len__(self) -> int:
        return len(self.ids)

    def descendants(self, actor: int) -> IntArray:
        """The actor and all its members, the actor first, in depth-first order."""
        start = int(self.position[actor])
        return self.preorder[start : start + int(self.subtree_size[actor])]

    def ancestors(self, actor: int) -> list[int]:
        """Parent, grandparent, ... up to the root."""
        found: list[int] = []
        node = int(self.parent[actor])
        while node >= 0:
            found.append(node)
            node = int(self.parent[node])
        return found

    def covered(self, actors: Iterable[int], include_descendants: bool = True) -> BoolArray:
        """Per actor: is it one of ``actors`` (or, with descendants, a member of one)?"""
        chosen = np.fromiter(actors, dtype=np.int64)
        result = np.zeros(len(self.ids), dtype=np.bool_)
        if not include_descendants:
            result[chosen] = True
            return result
        # +1 where each chosen subtree starts in preorder, -1 where it ends: a running sum
        # is positive exactly inside some chosen subtree.
        edges = np.zeros(len(self.ids) + 1, dtype=np.int64)
        np.add.at(edges, self.position[chosen], 1)
        np.add.at(edges, self.position[chosen] + self.subtree_size[chosen], -1)
        result[self.preorder] = np.cumsum(edges[:-1]) > 0
        return result

    def included(self, with_members: Iterable[int], alone: Iterable[int]) -> BoolArray:
        """Per actor: do its own events count, given actors with members and actors alone?"""
        result = self.covered(with_members)
        result[np.fromiter(alone, dtype=np.int64)] = True
        return result

    def checked_sets(self, included: BoolArray) -> tuple[list[int], list[int]]:
        """The shortest (with members, alone) pair of actor lists giving ``included``.

        An actor goes "with members" when its whole subtree is included and its parent's is
        not; "alone" when it is included but some member is not.
        """
        whole = self.subtree_sums(included.astype(np.int64)) == self.subtree_size
        parent_whole = np.zeros(len(self.ids), dtype=np.bool_)
        rooted = self.parent >= 0
        parent_whole[rooted] = whole[self.parent[rooted]]
        with_members = np.flatnonzero(whole & ~parent_whole).tolist()
        alone = np.flatnonzero(included & ~whole).tolist()
        return with_members, alone

    def subtree_sums(self, values: npt.NDArray[np.int64]) -> IntArray:
        """Per actor, the sum of ``values`` over the actor and all its members."""
        running = np.zeros(len(self.ids) + 1, dtype=np.int64)
        np.cumsum(values[self.preorder], out=running[1:])
        sums: IntArray = running[self.position + self.subtree_size] - running[self.position]
        return sums

    def lowest_common_ancestors(self, u: IntArray, v: IntArray) -> IntArray:
        """Element-wise lowest common ancestor (-1 when in different trees); vectorised."""
        u = u.astype(np.int64, copy=True)
        v = v.astype(np.int64, copy=True)
        du = self.depth[u]
        dv = self.depth[v]
        # Lift the deeper side until both are at the same depth, then both together: as many
        # numpy passes as the hierarchy is deep (a handful), whatever the number of pairs.
        for a, da, db in ((u, du, dv), (v, dv, du)):
            deeper = np.flatnonzero(da > db)
            while deeper.size:
                a[deeper] = self.parent[a[deeper]]
                da[deeper] -= 1
                deeper = deeper[da[deeper] > db[deeper]]
        apart = np.flatnonzero(u != v)
        while apart.size:
            u[apart] = self.parent[u[apart]]
            v[apart] = self.parent[v[apart]]
            apart = apart[u[apart] != v[apart]]
        return u


# --- text search ------------------------------------------------------------------------------


_SCAN_BLOCK = 1 << 22  # bytes of the search text compared at a time


class _TextIndex:
    """All events' folded text as one UTF-8 byte array, and where each event starts in it."""

    def __init__(self, folded: bytes | npt.NDArray[np.uint8], count: int) -> None:
        """``folded`` is the blob of :func:`~.folding.fold_texts` over the ``count`` events."""
        self.data: npt.NDArray[np.uint8] = np.frombuffer(folded, dtype=np.uint8)
        separators = self._places(ord(EVENT_SEPARATOR), -1, 0, self.data.size)
        self.starts: IntArray = np.concatenate(([0], separators + 1)).astype(np.int64)
        if self.starts.size != max(count, 1):
            raise ValueError(f"expected {count} event texts, found {self.starts.size}")
        # Roughly how often each byte and each pair of adjacent bytes occur (a sample is
        # enough and many times faster): a term is anchored on its rarest pair.
        sample = np.arange(0, max(self.data.size - 1, 0), 61)
        self.byte_counts: IntArray = np.bincount(self.data[sample], minlength=256)
        pairs = self.data[sample].astype(np.int64) * 256 + self.data[sample + 1]
        self.pair_counts: IntArray = np.bincount(pairs, minlength=65536)
        self.count = count

    def contains(self, term: str) -> BoolArray:
        """Per event: does its folded text contain ``term`` (already folded)?"""
        result = np.zeros(self.count, dtype=np.bool_)
        pattern = np.frombuffer(term.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        size = pattern.size
        data = self.data
        if not size or size > data.size or not self.count:
            return result
        # Candidates are the places of the pattern's rarest pair of bytes; the other bytes
        # then narrow them down. All vectorised: the cost follows the size of the text and
        # how common that pair is, never the number of events or of matches.
        last = data.size - size + 1  # number of places the pattern could start
        if size == 1:
            anchor = 0
            starts = self._places(int(pattern[0]), -1, 0, last)
        else:
            codes = pattern[:-1].astype(np.int64) * 256 + pattern[1:]
            anchor = int(np.argmin(self.pair_counts[codes]))
            pair = (int(pattern[anchor]), int(pattern[anchor + 1]))
            starts = self._places(*pair, anchor, last)
        for k in np.argsort(self.byte_counts[pattern], kind="stable").tolist():
            if k in (anchor, anchor + 1):
                continue
            starts = starts[data[starts + k] == pattern[k]]
            if not starts.size:
                return result
        result[np.searchsorted(self.starts, starts, side="right") - 1] = True
        return result

    def _places(self, first: int, second: int, shift: int, last: int) -> IntArray:
        """Each ``p < last`` where byte ``first`` is at ``p + shift`` (and ``second``, unless
        it is -1, right after it). Scanned block by block: whole-text temporaries would be
        hundreds of megabytes, and touching fresh memory made the first search seconds long.
        """
        data = self.data
        found = []
        for begin in range(0, last, _SCAN_BLOCK):
            end = min(last, begin + _SCAN_BLOCK)
            hits = data[begin + shift : end + shift] == first
            if second >= 0:
                hits &= data[begin + shift + 1 : end + shift + 1] == second
            found.append(np.flatnonzero(hits) + begin)
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


# --- the engine -------------------------------------------------------------------------------


def _timeline_search_blob(timeline: Timeline) -> bytes | npt.NDArray[np.uint8]:
    # The loader folds each event's searchable text while validating (in its worker processes
    # for big files), so that nothing is left to do here but in odd cases: then fold the events.
    blob = timeline.loaded.search_blob
    if blob is not None:
        return blob
    return fold_texts(map(event_search_text, timeline.events))


@dataclass(frozen=True)
class _CountPlan:
    """Precomputed pairs that count each event once per actor, however many members it names.

    For an event naming actors a1..ak (sorted in depth-first order), adding 1 at each ai and
    subtracting 1 at the lowest common ancestor of each consecutive pair, then summing over
    subtrees, counts the event exactly once at every actor whose subtree holds any ai.
    """

    plus_actor: IntArray
    plus_event: IntArray
    minus_actor: IntArray
    minus_event: IntArray


@dataclass(eq=False)  # arrays do not compare with ==; engines are compared by identity
class FilterEngine:
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
    _text_index: _TextIndex | None = field(default=None, init=False, repr=False)
    # Search indexes are built on a background thread after opening; a search that comes
    # first waits for that build instead of starting a second one.
    _text_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _count_plan: _CountPlan | None = field(default=None, init=False, repr=False)
    _totals: IntArray | None = field(default=None, init=False, repr=False)

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
        return result

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
        running = np.zeros(hits.size + 1, dtype=np.int64)
        np.cumsum(hits, out=running[1:])
        return running[self.member_ptr[1:]] > running[self.member_ptr[:-1]]

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
                self._text_index = _TextIndex(texts, self.count)
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
        """Per actor, events involving it or a member: in the whole file, and among ``mask``."""
        plan = self._plan()
        if self._totals is None:
            self._totals = self._counts(plan, None)
        return self._totals, self._counts(plan, mask)

    def no_actor_counts(self, mask: BoolArray) -> tuple[int, int]:
        """Events naming no actor: in the whole file, and among ``mask``."""
        return int(np.count_nonzero(self.no_actor)), int(np.count_nonzero(self.no_actor & mask))

    def _counts(self, plan: _CountPlan, mask: BoolArray | None) -> IntArray:
        size = len(self.tree)
        plus = plan.plus_actor if mask is None else plan.plus_actor[mask[plan.plus_event]]
        minus = plan.minus_actor if mask is None else plan.minus_actor[mask[plan.minus_event]]
        direct = np.bincount(plus, minlength=size) - np.bincount(minus, minlength=size)
        return self.tree.subtree_sums(direct.astype(np.int64))

    def _plan(self) -> _CountPlan:
        if self._count_plan is not None:
            return self._count_plan
        ptr = self.member_ptr
        actors = self.member_actors.astype(np.int64)
        events = np.repeat(np.arange(self.count, dtype=np.int64), np.diff(ptr))
        size = max(len(self.tree), 1)
        order = np.argsort(events * size + self.tree.position[actors], kind="stable")
        sorted_actors = actors[order]
        sorted_events = events[order]
        pairs = np.flatnonzero(sorted_events[1:] == sorted_events[:-1])
        common = self.tree.lowest_common_ancestors(sorted_actors[pairs], sorted_actors[pairs + 1])
        joined = common >= 0  # actors in different trees share no ancestor to discount
        self._count_plan = _CountPlan(
            plus_actor=actors,
            plus_event=events,
            minus_actor=common[joined],
            minus_event=sorted_events[pairs][joined],
        )
        return self._count_plan


# --- words ------------------------------------------------------------------------------------

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
        "from": "à partir de {}",
        "until": "jusqu’à {}",
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
    },
}


def describe_filter(spec: FilterSpec, timeline: Timeline, language: str | None = None) -> str:
    """The filter in words, in the file's language (French or English); "" for no filter.

    Not Qt's translation: these words go with the file's titles and summaries, whatever
    language the application's menus are in.
    """
    code = (language if language is not None else timeline.language).split("-")[0].lower()
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
        if spec.date_from is not None and spec.date_to is not None:
            span = words["between"].format(spec.date_from, spec.date_to)
        elif spec.date_from is not None:
            span = words["from"].format(spec.date_from)
        else:
            span = words["until"].format(spec.date_to)
        parts.append(words["dates"].format(words[spec.within], span))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


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


def engine_for(timeline: Timeline) -> FilterEngine:
    """The filter engine of an opened timeline, built once and kept with it.

    The loading thread calls this so that the counting plan is ready before the timeline
    reaches the window; the GUI thread then gets the same engine without waiting.
    """
    engine = getattr(timeline, "_filter_engine", None)
    if not isinstance(engine, FilterEngine):
        engine = FilterEngine.from_timeline(timeline)
        engine.prepare_counts()
        timeline._filter_engine = engine  # type: ignore[attr-defined]
    return engine
