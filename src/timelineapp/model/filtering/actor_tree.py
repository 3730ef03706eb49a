"""The actor hierarchy ("armée de terre du Niger" belongs to "Niger"), as arrays.

The filter and the actor pane share it: which actors an actor covers, sums over subtrees,
lowest common ancestors (for counting each event once per actor).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..actor_columns import actor_ids_of, actor_number, parent_ids
from ..id_index import numbers_of

if TYPE_CHECKING:
    from ..file_format import Actor
    from ..timeline import Timeline

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


class ActorTree:
    """Actors as a forest following ``parent``, numbered as in the file.

    Subtrees are contiguous runs of the depth-first order, so "this actor and all its
    members" is a slice, and marking the members of many actors is one cumulative sum.
    """

    def __init__(
        self,
        ids: Sequence[str],
        parents: Sequence[int] | npt.ArrayLike,
        index_of: Mapping[str, int] | None = None,
    ) -> None:
        """``index_of``: each id's index, when the file's actors hold it already (one dict of
        a million ids, not one per user of it)."""
        count = len(ids)
        self.ids: Sequence[str] = ids  # the file's column itself (a million ids: no copy)
        if index_of is None:
            index_of = dict(zip(self.ids, range(count), strict=True))
        self.index_of: Mapping[str, int] = index_of
        parent = np.asarray(parents, dtype=np.int64).reshape(-1).copy()
        if parent.size != count:
            raise ValueError(f"expected {count} parents, found {parent.size}")
        parent[(parent < 0) | (parent >= count)] = -1
        while (unreached := self._arrange(parent)) is not None:
            # The loader rejects parent cycles; arrays built elsewhere may not, and a cycle
            # would leave actors unreachable. Cut it: the first unreached actor becomes a root.
            parent[int(np.flatnonzero(unreached)[0])] = -1

    def _arrange(self, parent: IntArray) -> BoolArray | None:
        """Number the forest with numpy passes, one per level.

        Returns None, or when ``parent`` has a cycle, the actors that reach no root. A file
        with a million actors spent half a minute in a per-actor Python walk here.
        """
        count = parent.size
        nodes = np.arange(count, dtype=np.int64)
        is_root = parent < 0
        if bool(is_root.all()):
            # No actor has a parent (a million distinct actors, typically): each is its own
            # row, position and preorder, one read-only array shared, without the passes.
            # The constant columns are read-only views of one number (no memory per actor).
            nodes.setflags(write=False)
            zeros = np.broadcast_to(np.int64(0), (count + 1,))
            self._set(
                np.broadcast_to(np.int64(-1), (count,)), nodes, nodes[:0], zeros,
                nodes, nodes, zeros[:count], np.broadcast_to(np.int64(1), (count,)), nodes,
            )  # fmt: skip
            return None
        # Pointer doubling: after k rounds each node points 2^k steps up; a node that never
        # reaches a root sits on a cycle.
        up = np.where(is_root, nodes, parent)
        for _ in range(max(1, count.bit_length()) + 1):
            up = up[up]
        if count and not bool(is_root[up].all()):
            unreached: BoolArray = ~is_root[up]
            return unreached
        # Children grouped by parent, in file order (a stable sort); the roots sort first.
        order = np.argsort(parent, kind="stable")
        first_child = int(np.searchsorted(parent[order], 0))
        roots = order[:first_child]
        kids = order[first_child:]
        kid_parent = parent[kids]
        child_ptr = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(kid_parent, minlength=count), out=child_ptr[1:])
        depth = np.zeros(count, dtype=np.int64)
        climbing = np.flatnonzero(~is_root)
        above = parent[climbing]
        while climbing.size:
            depth[climbing] += 1
            above = parent[above]
            keep = above >= 0
            climbing, above = climbing[keep], above[keep]
        # Subtree sizes, deepest level first; then preorder positions, top level first: a
        # node comes right after its parent and the subtrees of its earlier siblings.
        by_depth = kids[np.argsort(depth[kids], kind="stable")]
        level_bounds = np.searchsorted(depth[by_depth], np.arange(int(depth.max(initial=0)) + 2))
        levels = [
            by_depth[level_bounds[d] : level_bounds[d + 1]] for d in range(level_bounds.size - 1)
        ]
        size = np.ones(count, dtype=np.int64)
        for level in reversed(levels):
            np.add.at(size, parent[level], size[level])
        position = np.zeros(count, dtype=np.int64)
        position[roots] = np.cumsum(size[roots]) - size[roots]
        before = np.cumsum(size[kids]) - size[kids]
        sibling_offset = np.zeros(count, dtype=np.int64)
        sibling_offset[kids] = before - before[child_ptr[kid_parent]] if kids.size else before
        for level in levels:
            position[level] = position[parent[level]] + 1 + sibling_offset[level]
        preorder = np.empty(count, dtype=np.int64)
        preorder[position] = nodes
        row = np.zeros(count, dtype=np.int64)
        row[roots] = np.arange(roots.size, dtype=np.int64)
        row[kids] = np.arange(kids.size, dtype=np.int64) - child_ptr[kid_parent]
        self._set(parent, roots, kids, child_ptr, preorder, position, depth, size, row)
        return None

    def _set(
        self,
        parent: IntArray,
        roots: IntArray,
        kids: IntArray,
        child_ptr: IntArray,
        preorder: IntArray,
        position: IntArray,
        depth: IntArray,
        size: IntArray,
        row: IntArray,
    ) -> None:
        self.parent: IntArray = parent
        # An array, not a tuple of ints: a million top-level actors were 38 MB as a tuple.
        self.roots: IntArray = roots
        self.root_array: IntArray = roots
        self._kids = kids  # every non-root, grouped by parent: kids[child_ptr[p]:child_ptr[p+1]]
        self._child_ptr = child_ptr
        self.preorder: IntArray = preorder
        self.position: IntArray = position
        self.depth: IntArray = depth
        self.subtree_size: IntArray = size
        self.row: IntArray = row  # an actor's row among its siblings, as a tree view shows it

    @property
    def flat(self) -> bool:
        """Whether no actor has a parent (every actor is top-level)."""
        return not self._kids.size

    def top_ancestors(self) -> IntArray:
        """Each actor's top-level ancestor (itself for a top-level actor).

        A subtree is a run of the preorder starting at its root, so an actor's top-level
        ancestor is the last root at or before it in that order: one binary search each.
        """
        if self.flat:
            return self.preorder  # every actor is its own (read-only: no array per call)
        roots = self.root_array[np.argsort(self.position[self.root_array])]
        found: IntArray = roots[
            np.searchsorted(self.position[roots], self.position, side="right") - 1
        ]
        return found

    def members(self, node: int) -> IntArray:
        """The direct members of actor ``node``, in file order (a read-only view)."""
        found: IntArray = self._kids[int(self._child_ptr[node]) : int(self._child_ptr[node + 1])]
        return found

    def child(self, node: int, row: int) -> int:
        """The ``row``-th member of actor ``node``."""
        return int(self._kids[int(self._child_ptr[node]) + row])

    @property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """Each actor's members, in file order (a tuple per actor: for small trees)."""
        ptr = self._child_ptr.tolist()
        kids = self._kids.tolist()
        return tuple(tuple(kids[ptr[n] : ptr[n + 1]]) for n in range(len(self.ids)))

    @classmethod
    def from_actors(cls, actors: Sequence[Actor]) -> ActorTree:
        # Columns (a file may declare a million actors, most without parent), numbered once.
        ids, parent_of = actor_ids_of(actors), parent_ids(actors)
        number: Mapping[str, int] | None = actor_number(actors)
        parents = np.full(len(ids), -1, dtype=np.int64)
        if not parent_of:
            return cls(ids, parents, number)
        if number is None:
            number = dict(zip(ids, range(len(ids)), strict=True))
        parents[list(parent_of)] = numbers_of(number, list(parent_of.values()))
        return cls(ids, parents, number)

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
        if not include_descendants or self.flat:  # (flat: no actor has members)
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
        """Per actor, the sum of ``values`` over the actor and all its members (``values``
        itself when no actor has members: a million actors made five arrays of a number
        each for nothing, 40 MB at the peak of opening)."""
        if self.flat:
            return values
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
