"""Which actors the actor tree gives its views, level by level (no Qt here).

The search keeps actors whose folded name or aliases hold every term, with their ancestors
(a match is shown in its place) and their members (finding "Niger" shows its army); it looks
at every actor, fetched or not. Each level of the tree (the top level, or an actor's
members) is then given to the views :data:`FETCH_BATCH` rows at a time: a file with a million
actors must not make a view lay out a million rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property

import numpy as np
import numpy.typing as npt

from ..model.filtering import ActorTree

FETCH_BATCH = 500  # rows of one level of the tree fetched at a time
TOP = -1  # the key of the top level among the levels (else an actor: its members)
_SEPARATOR = "\x1f"  # between actors' texts in the joined search text (whitespace)

IntArray = npt.NDArray[np.int64]


class ActorRows:
    """The rows of each level of an actor tree: kept by the search, fetched so far."""

    def __init__(self, tree: ActorTree, search: Callable[[], list[str]]) -> None:
        """``search``: gives per actor its folded name and aliases, asked for only when a
        search needs them (a million names folded on every open cost most of a second)."""
        self.tree = tree
        self._search = search
        self.terms: list[str] = []
        self.no_actor_visible = True  # the "(no actor)" row
        self.row: IntArray = tree.row  # per actor, its row among its shown siblings; -1: hidden
        self._visible: npt.NDArray[np.bool_] | None = None  # actors the search keeps; None: all
        self._rows: dict[int, IntArray] = {}  # level -> its actors, in order
        self._fetched: dict[int, int] = {}  # level -> rows the views have been given

    @cached_property
    def search(self) -> list[str]:
        """Per actor, its folded name and aliases."""
        return self._search()

    @cached_property
    def _joined(self) -> tuple[str, IntArray]:
        return joined_texts(self.search)

    def matching(self, terms: list[str]) -> npt.NDArray[np.bool_]:
        """Per actor, whether its search text holds every term (terms hold no whitespace)."""
        return texts_matching(*self._joined, terms)

    def arrange(self, terms: list[str], no_actor_matches: bool) -> None:
        """Keep what the search ``terms`` find (all for none); nothing is fetched after."""
        tree = self.tree
        self.terms = list(terms)
        self._rows = {}
        self._fetched = {}
        if not terms:
            self._visible = None
            self.no_actor_visible = True
            self.row = tree.row
            return
        matched = self.matching(terms)
        visible = (tree.subtree_sums(matched.astype(np.int64)) > 0) | tree.covered(
            np.flatnonzero(matched)
        )
        self._visible = visible
        self.no_actor_visible = no_actor_matches
        row = np.full(len(tree), -1, dtype=np.int64)
        roots = tree.root_array[visible[tree.root_array]]
        row[roots] = np.arange(roots.size, dtype=np.int64)
        kids = np.flatnonzero(visible & (tree.parent >= 0))
        if kids.size:
            # Rank among visible siblings: members are kept in file order within a parent.
            kids = kids[np.argsort(tree.parent[kids], kind="stable")]
            parents = tree.parent[kids]
            row[kids] = np.arange(kids.size) - np.searchsorted(parents, parents, side="left")
        self.row = row

    def rows_of(self, level: int) -> IntArray:
        """The actors shown at ``level`` (an actor's members, or TOP), in order."""
        found = self._rows.get(level)
        if found is None:
            found = self.tree.root_array if level == TOP else self.tree.members(level)
            if self._visible is not None:
                found = found[self._visible[found]]
            self._rows[level] = found
        return found

    def count(self, level: int) -> int:
        """Rows of ``level`` the views have been given (a first batch when first asked)."""
        fetched = self._fetched.get(level)
        if fetched is None:
            fetched = self._fetched[level] = min(int(self.rows_of(level).size), FETCH_BATCH)
        return fetched

    def set_count(self, level: int, rows: int) -> None:
        self._fetched[level] = rows

    def fetched(self) -> Iterable[tuple[int, int]]:
        """(level, rows given) of every level the views have asked about."""
        return self._fetched.items()

    def chain(self, node: int) -> list[int]:
        """The actor and its ancestors, top-level one last."""
        return [node, *self.tree.ancestors(node)]

    def seen(self, node: int, known: dict[int, bool] | None = None) -> bool:
        """Whether views have been given the row of this actor (fetched and not hidden).

        ``known``: answers found so far, shared by calls about many actors (else each walk
        up a chain of thousands of nested actors would start again)."""
        known = {} if known is None else known
        chain: list[int] = []
        n = node
        while n >= 0 and n not in known:
            chain.append(n)
            n = int(self.tree.parent[n])
        answer = known.get(n, True)  # n < 0: above the top level
        for n in reversed(chain):  # top level first
            if answer:
                row = int(self.row[n])
                up = int(self.tree.parent[n])
                answer = 0 <= row < self._fetched.get(TOP if up < 0 else up, 0)
            known[n] = answer
        return answer


def joined_texts(texts: list[str]) -> tuple[str, IntArray]:
    """Every actor's search text in one string, and where each one starts in it."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    return _SEPARATOR.join(texts), starts


def texts_matching(joined: str, starts: IntArray, terms: list[str]) -> npt.NDArray[np.bool_]:
    """Per text of :func:`joined_texts`, whether it holds every term (terms hold no
    whitespace).

    Each term is looked for once in all the texts joined (in C), not in each text in turn:
    a million actors took 0.4 s a keystroke.
    """
    matched = np.ones(len(starts), dtype=np.bool_)
    for term in terms:
        # A term holds no whitespace, so no occurrence runs from one text into the next, and
        # each text's first occurrence is among these (non-overlapping) ones.
        hits = np.fromiter((m.start() for m in re.finditer(re.escape(term), joined)), np.int64)
        found = np.zeros(len(starts), dtype=np.bool_)
        found[np.searchsorted(starts, hits, side="right") - 1] = True
        matched &= found
    return matched
