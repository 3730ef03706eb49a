"""The actor hierarchy ("armée de terre du Niger" belongs to "Niger"), as arrays.

The filter and the actor pane share it: which actors an actor covers, sums over subtrees,
lowest common ancestors (for counting each event once per actor).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..file_format import Actor

if TYPE_CHECKING:
    from ..timeline import Timeline

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


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
