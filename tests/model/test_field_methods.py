"""The value classes whose dataclass methods are written by hand behave as generated ones."""

from __future__ import annotations

import dataclasses
import inspect
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from timelineapp.model.field_methods import FieldEquality, FieldRepr
from timelineapp.model.filtering.engine import FilterEngine
from timelineapp.model.filtering.spec import FilterSpec
from timelineapp.model.loading.loaded import LoadedFile
from timelineapp.model.timeline import Timeline
from timelineapp.render.timemap import TimeMap

HAND_WRITTEN = (FilterSpec, LoadedFile, Timeline, FilterEngine, TimeMap)


def _generated_twin(cls: type, *, frozen: bool, eq: bool) -> Any:
    """A dataclass with ``cls``'s fields whose methods ``@dataclass`` generates."""
    fields = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    # The Field objects carry defaults and flags; make_dataclass wants fresh ones.
    fresh = [
        (
            name,
            kind,
            dataclasses.field(
                default=f.default,
                default_factory=f.default_factory,
                init=f.init,
                repr=f.repr,
                hash=f.hash,
                compare=f.compare,
            ),
        )
        for name, kind, f in fields
    ]
    return dataclasses.make_dataclass(cls.__name__, fresh, frozen=frozen, eq=eq)


@pytest.mark.parametrize("cls", HAND_WRITTEN)
def test_init_takes_the_init_fields_in_their_order_with_their_defaults(cls: type) -> None:
    if cls is TimeMap:  # its own constructor (start, scale, width): a dataclass's own
        return
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    for param, field in zip(params, fields, strict=True):
        if field.default is not dataclasses.MISSING and cls is not LoadedFile:
            assert param.default == field.default, field.name


def test_filter_spec_compares_hashes_and_shows_as_a_generated_one() -> None:
    twin = _generated_twin(FilterSpec, frozen=True, eq=True)
    values: dict[str, Any] = {
        "actors": frozenset({"a", "b"}),
        "text": "niger",
        "date_from": "2024",
        "min_sources": 2,
    }
    spec, same, other = FilterSpec(**values), FilterSpec(**values), FilterSpec(text="x")
    made = twin(**{f.name: getattr(spec, f.name) for f in dataclasses.fields(FilterSpec)})
    assert repr(spec) == repr(made)
    assert spec == same
    assert spec != other
    assert hash(spec) == hash(same) == hash(made)
    assert spec != made  # another class, as for generated ones
    assert (spec == made) is (made == spec) is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.text = "y"  # type: ignore[misc]
    assert dataclasses.replace(spec, text="y") == FilterSpec(**{**values, "text": "y"})
    # __post_init__ still runs: any set becomes a frozenset, a bad value is refused.
    assert FilterSpec(actors={"a"}).actors == frozenset({"a"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="certainly"):
        FilterSpec(within="maybe")  # type: ignore[arg-type]


def test_time_map_compares_hashes_and_shows_as_a_generated_one() -> None:
    twin = _generated_twin(TimeMap, frozen=True, eq=True)
    tm = TimeMap(1_700_000_000.25, 60.0, 800.0)
    made = twin(tm.origin, tm.offset, tm.seconds_per_pixel, tm.width)
    assert repr(tm) == repr(made)
    assert tm == TimeMap(1_700_000_000.25, 60.0, 800.0)
    assert tm != TimeMap(1_700_000_000.25, 60.0, 801.0)
    assert hash(tm) == hash(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        tm.width = 3.0  # type: ignore[misc]


def test_timeline_and_loaded_file_compare_by_value_and_timeline_is_unhashable() -> None:
    loaded = LoadedFile(
        Path("a.timeline.json"),
        "hash",
        None,
        None,
        data=None,  # type: ignore[arg-type]
    )
    assert loaded.issues == []
    assert loaded.issues is not LoadedFile(None, "", None, None, data=None).issues  # type: ignore[arg-type]
    twin = _generated_twin(LoadedFile, frozen=True, eq=True)
    assert repr(loaded).removeprefix("LoadedFile") == repr(
        twin(Path("a.timeline.json"), "hash", None, None, [], b"", None)
    ).removeprefix("LoadedFile")
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.source = b""  # type: ignore[misc]
    timeline = Timeline(loaded)
    assert timeline == Timeline(loaded)
    assert timeline != Timeline(dataclasses.replace(loaded, content_hash="other", data=None))
    assert repr(timeline) == f"Timeline(loaded={loaded!r})"
    with pytest.raises(TypeError, match="unhashable"):
        hash(timeline)


def test_filter_engine_is_compared_by_identity_and_shows_its_fields() -> None:
    arrays = {
        name: np.zeros(1, dtype=np.int64)
        for name in ("member_actors", "member_roles", "earliest", "latest")
    }
    flags = {name: np.zeros(0, dtype=np.bool_) for name in ("dated", "open_start", "open_end")}
    engine = FilterEngine(
        tree=None,  # type: ignore[arg-type]
        member_ptr=np.zeros(1, dtype=np.int64),
        roles=(),
        **arrays,  # type: ignore[arg-type]
        **flags,  # type: ignore[arg-type]
    )
    assert engine.count == 0  # __post_init__ ran
    assert isinstance(engine._text_lock, type(threading.Lock()))
    assert engine._text_index is None
    twin = _generated_twin(FilterEngine, frozen=False, eq=False)
    made = twin(**{f.name: getattr(engine, f.name) for f in dataclasses.fields(engine) if f.init})
    assert repr(engine) == repr(made)
    assert engine != FilterEngine(
        **{f.name: getattr(engine, f.name) for f in dataclasses.fields(engine) if f.init}
    )
    assert engine == engine


def test_no_method_of_theirs_is_generated_but_the_frozen_ones() -> None:
    for cls in HAND_WRITTEN:
        for name in ("__init__", "__repr__", "__eq__", "__hash__"):
            method = vars(cls).get(name)
            code = getattr(method, "__code__", None)
            assert code is None or code.co_filename != "<string>", (cls, name)
        assert issubclass(cls, FieldRepr)
    assert not issubclass(FilterEngine, FieldEquality)  # compared by identity
