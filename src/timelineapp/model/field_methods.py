"""The methods ``@dataclass`` generates, written once for the value classes a start makes.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` as
source text and compiles it when the class's module is imported: 1-2 M instructions per
method, ~20 M for the five dataclasses a start imports before its first paint
(``benchmarks/bench_startup.py`` reports the ones that still do). Those classes keep
``@dataclass`` (``dataclasses.replace``, ``fields``, ``asdict`` and mypy see a dataclass) with
``init=False, repr=False, eq=False``: their ``__init__`` is written by hand, and these mixins
give the other methods, over the same fields and with the same results as the generated ones
(``tests/model/test_field_methods.py`` compares them). ``frozen=True`` stays where it was: its
two small methods are still generated.
"""

from __future__ import annotations

import dataclasses
import operator
import reprlib
from collections.abc import Callable
from typing import Any

_Values = Callable[[object], tuple[Any, ...]]
_getters: dict[tuple[type, str], _Values] = {}  # made at first use (a race makes it twice)


def _getter(cls: type, kind: str) -> _Values:
    """The values of ``cls``'s fields that take part in ``kind`` ("repr", "compare",
    "hash"), as one tuple, in the order the fields are declared."""
    found = _getters.get((cls, kind))
    if found is None:
        found = _getters[cls, kind] = _values_of(_names(cls, kind))
    return found


def _names(cls: type, kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if _takes_part(f, kind))


def _values_of(names: tuple[str, ...]) -> _Values:
    if not names:
        return lambda _value: ()
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda value: (one(value),)
    many: _Values = operator.attrgetter(*names)
    return many


def _takes_part(field: dataclasses.Field[Any], kind: str) -> bool:
    if kind == "hash":  # as dataclasses' own rule: hash=None follows compare
        return bool(field.compare if field.hash is None else field.hash)
    return bool(getattr(field, kind))


class FieldRepr:
    """``__repr__`` as ``@dataclass`` writes it: ``Name(field=value, ...)`` over the fields
    with ``repr=True``; ``...`` for a value that contains itself."""

    __slots__ = ()

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        cls = type(self)
        values = _getter(cls, "repr")(self)
        names = _names(cls, "repr")
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, values, strict=True))
        return f"{cls.__qualname__}({shown})"


class FieldEquality:
    """``__eq__`` as ``@dataclass`` writes it (the fields with ``compare=True``, as a tuple,
    against an instance of the very same class), and ``__hash__`` as it writes it for a frozen
    class (a class that is not frozen sets ``__hash__ = None`` itself, as the generated one
    does: it cannot be hashed)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = _getter(type(self), "compare")
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_getter(type(self), "hash")(self))
