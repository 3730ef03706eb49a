"""Mutations of the bundled example: every outcome is a loaded file or located issues.

Bounded so that the suite stays fast; ``benchmarks/fuzz_loader.py`` runs the same mutations
for longer and prints the counts.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timelineapp.model.loading import load_event_bytes
from timelineapp.resources import example_event_file

from ..hypothesis_budget import examples

_EXAMPLE = example_event_file()
_RAW = _EXAMPLE.read_bytes()
_DATA = json.loads(_RAW)
_ODD_VALUES = [None, True, 0, -1, 2**63, 1.5, "", " ", "a[b]", "\x00", "\u202e", [], {}, "2024-13"]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*path, index)))
    return found


_PATHS = _paths(_DATA)[1:]


def _mutated_json(path: tuple[Any, ...], value: Any, action: str) -> bytes:
    data = json.loads(_RAW)
    *parents, last = path
    holder = data
    for step in parents:
        holder = holder[step]
    if action == "delete":
        del holder[last]
    elif action == "rename" and isinstance(holder, dict):
        holder[f"{last}[0]"] = holder.pop(last)
    else:
        holder[last] = value
    return json.dumps(data, ensure_ascii=False).encode()


def _mutated_bytes(position: int, replacement: bytes, cut: bool) -> bytes:
    position %= len(_RAW)
    if cut:
        return _RAW[:position]
    return _RAW[:position] + replacement + _RAW[position + len(replacement) :]


_files = st.one_of(
    st.builds(
        _mutated_json,
        st.sampled_from(_PATHS),
        st.sampled_from(_ODD_VALUES),
        st.sampled_from(["set", "delete", "rename"]),
    ),
    st.builds(
        _mutated_bytes,
        st.integers(0, len(_RAW)),
        st.sampled_from([b"{", b"]", b'"', b"\\", b"\xff", b"\xc3", b",", b"[" * 3000, b"\x00"]),
        st.booleans(),
    ),
)


def check_outcome(raw: bytes) -> str:
    """'valid', 'issues' or 'cancelled'; fails on any exception or an unlocated error."""
    result = load_event_bytes(raw, "x.timeline.json", _EXAMPLE.parent)
    for issue in result.errors:
        assert issue.json_path or issue.line is not None, f"unlocated: {issue}"
        assert "unexpected" not in issue.message
    if result.loaded is not None:
        assert len(result.loaded.ids) == len(result.loaded.data.events)
        return "valid" if result.ok else "issues"
    assert result.errors, "no file and no error"
    return "issues"


_FIRST_TITLE = _RAW.index(b'"title"', _RAW.index(b'"events"'))


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_files)
# What the fuzzer found once, checked in every run: a file without documents (the backing rule
# indexed an empty column), invalid UTF-8 inside an event's string (the fast pass crashed), a
# backslash starting an escape inside a key (the locator warned); and deep nesting, a cut file,
# an integer beyond 64 bits, markup-like and control characters where ids and dates go.
@example(_mutated_json(("documents",), None, "delete"))
@example(_mutated_bytes(_FIRST_TITLE + 10, b"\xff", cut=False))
@example(_mutated_bytes(_FIRST_TITLE + 10, b"\xc3", cut=False))
@example(_mutated_bytes(_FIRST_TITLE + 1, b"\\", cut=False))
@example(_mutated_bytes(_RAW.index(b'"events"') + 10, b"[" * 3000, cut=False))
@example(_mutated_bytes(_FIRST_TITLE + 5, b"", cut=True))
@example(_mutated_json(("events", 0, "id"), 2**63, "set"))
@example(_mutated_json(("events", 0, "id"), "a[b]", "set"))
@example(_mutated_json(("events", 0, "date"), "\u202e", "set"))
@example(_mutated_json(("events", 0, "sources"), {}, "set"))
@example(_mutated_json(("actors", 0, "id"), None, "rename"))
def test_every_mutation_of_the_example_loads_or_gives_located_errors(raw: bytes) -> None:
    check_outcome(raw)
