"""The one ``__getitem__`` of the read-only sequences that make each item when it is read.

A subclass gives ``__len__`` and ``_item(position)``; indexing (negative positions count
from the end, IndexError past it) and slicing (a list) are written here once, typed for
mypy by the two overloads every such class used to copy.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from typing import TypeVar, overload

T_co = TypeVar("T_co", covariant=True)


class LazySequence(Sequence[T_co]):
    """A read-only sequence whose item ``position`` is ``_item(position)``, made when read."""

    __slots__ = ()

    @abstractmethod
    def _item(self, position: int) -> T_co:
        """The item at ``position``, already in ``[0, len(self))``."""

    @overload
    def __getitem__(self, i: int) -> T_co: ...
    @overload
    def __getitem__(self, i: slice) -> list[T_co]: ...
    def __getitem__(self, i: int | slice) -> T_co | list[T_co]:
        if isinstance(i, slice):
            return [self._item(k) for k in range(*i.indices(len(self)))]
        # Negative positions count from the end. Written out here rather than called:
        # titles and ids are read one at a time, and a call is a sixth of the cost.
        length = len(self)
        position = i + length if i < 0 else i
        if not 0 <= position < length:
            raise IndexError(i)
        return self._item(position)
