"""Locating a few JSON paths (the C decoder skipping the rest) finds what the whole walk finds.

``value_positions(text, paths)`` descends only into the paths asked for and their ancestors;
the answer must be the whole walk's for those paths, to the column (counted in characters,
so a character beyond the BMP is one column), on any text: escapes, keys given twice (the
later one wins), paths the text does not have, text only the Python scanner reads (an odd
escape, a non-ASCII digit) and text that is no JSON at all.
"""

from __future__ import annotations

import bisect
import json
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timelineapp.model.issues import Issue, IssueKind, Severity, json_path
from timelineapp.model.loading import positions
from timelineapp.model.loading.positions import locate, parse_path, value_positions, with_positions

from ..hypothesis_budget import examples

Path = tuple[int | str, ...]

# A tree: ("lit", token), ("arr", [tree…]), ("obj", [(key, tree)…]) (keys may repeat).
_KEYS = st.text(alphabet='ab/é"\\\n\t𝄞\U0001f600\u2028', max_size=3)
_STRINGS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
_LITERALS = st.one_of(
    st.sampled_from(["true", "false", "null", "0", "-0.5e3", "1E+2", "NaN", "-Infinity"]),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    _STRINGS.map(lambda s: ("str", s)),
)
_TREES = st.recursive(
    _LITERALS.map(lambda token: ("lit", token)),
    lambda children: st.one_of(
        st.lists(children, max_size=4).map(lambda items: ("arr", items)),
        st.lists(st.tuples(_KEYS, children), max_size=4).map(lambda pairs: ("obj", pairs)),
    ),
    max_leaves=25,
)
_SPACES = ["", "", " ", "\n", "\n  ", "\t", "\r\n", " \n\n "]


def _string(text: str, rng: random.Random) -> str:
    """``text`` as a JSON string, each character written plainly or escaped at random."""
    parts = ['"']
    for char in text:
        style = rng.randrange(4)
        if char in '"\\' or (ord(char) < 0x20 and style < 2):
            parts.append(json.dumps(char)[1:-1])
        elif char == "/" and style == 0:
            parts.append("\\/")
        elif style == 3:  # \uXXXX, a surrogate pair beyond the BMP
            parts.append(json.dumps(char, ensure_ascii=True)[1:-1])
        else:
            parts.append(char)  # (a control character too: both scanners take it)
    parts.append('"')
    return "".join(parts)


def _render(tree: Any, rng: random.Random) -> str:
    def space() -> str:
        return rng.choice(_SPACES)

    kind, body = tree
    if kind == "lit":
        return _string(body[1], rng) if isinstance(body, tuple) else str(body)
    if kind == "arr":
        items = [space() + _render(item, rng) + space() for item in body]
        return "[" + (",".join(items) if items else space()) + "]"
    pairs = [
        space() + _string(key, rng) + space() + ":" + space() + _render(value, rng) + space()
        for key, value in body
    ]
    return "{" + (",".join(pairs) if pairs else space()) + "}"


def _reference(text: str) -> dict[Path, tuple[int, int]]:
    """The whole walk, its lines and columns found the plain way (every "\\n" listed)."""
    scanner = positions._Scanner(text)
    try:
        scanner.value(())
    except (ValueError, IndexError):
        return {}
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    located = {}
    for path, offset in scanner.positions.items():
        line = bisect.bisect_right(line_starts, offset)
        located[path] = (line, offset - line_starts[line - 1] + 1)
    return located


def _asked(known: list[Path], rng: random.Random) -> list[Path]:
    """Some paths the text has, and some it has not (under a key, an index, a scalar)."""
    asked = rng.sample(known, min(len(known), rng.randint(0, 4)))
    for path in rng.sample(known, min(len(known), 3)):
        asked.append((*path, rng.choice(["a", "zz", "é", 0, 3, 999])))
    asked.append(("nowhere", 0))
    return asked


def _check(text: str, asked: list[Path]) -> None:
    whole = _reference(text)
    assert value_positions(text) == whole  # the whole walk, lines now counted by str.count
    found = value_positions(text, asked)
    wanted = {path[:cut] for path in asked for cut in range(len(path) + 1)}
    assert found == {path: at for path, at in whole.items() if path in wanted}
    for path in asked:
        assert locate(found, path) == locate(whole, path), path


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TREES, st.randoms(use_true_random=False))
def test_the_paths_asked_for_are_where_the_whole_walk_finds_them(
    tree: Any, rng: random.Random
) -> None:
    text = rng.choice(_SPACES) + _render(tree, rng) + rng.choice(["", "\n", " trailing"])
    _check(text, _asked(list(_reference(text)), rng))


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TREES, st.randoms(use_true_random=False), st.sampled_from(["cut", "drop", "junk"]))
def test_text_that_is_no_json_is_located_nowhere_as_before(
    tree: Any, rng: random.Random, damage: str
) -> None:
    text = _render(tree, rng)
    known = list(_reference(text))
    at = rng.randrange(len(text) + 1)
    if damage == "cut":
        text = text[:at]
    elif damage == "drop":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + rng.choice([",", "]", "}", ":", '"', "x", "\\"]) + text[at:]
    _check(text, _asked(known, rng))


@pytest.mark.parametrize(
    "text",
    [
        '{"a": "\\x", "b": {"c": [1, {"c": 2}]}}',  # an escape JSON does not know
        '{"a": [1\u0662, 3], "b": {"c": 2}}',  # a non-ASCII digit (\\d in the scanner)
        '{"a": 1e\u0663, "b": {"c": 2}}',
        '{"a": "\\u12", "b": {"c": 2}}',  # a short \\u escape
        '{"a": {"x": "\\q"}, "a": {"y": 1}, "b": {"c": 2}}',  # and keys given twice
        '{"a": [NaN, -Infinity, Infinity], "b": {"c": 2}} trailing',
    ],
)
def test_what_only_the_python_scanner_reads_is_walked_by_it(text: str) -> None:
    whole = _reference(text)
    assert whole[("b", "c")]
    _check(text, [("b", "c"), ("a", "x"), ("a", "y"), ("a", 1)])


def test_a_later_key_wins_and_an_earlier_ones_children_stay() -> None:
    text = '{"a": [10, 20, 30],\n "a": [40]}'
    found = value_positions(text, [("a", 0), ("a", 2)])
    assert found == {(): (1, 1), ("a",): (2, 7), ("a", 0): (2, 8), ("a", 2): (1, 16)}
    _check(text, [("a", 0), ("a", 2)])


def test_columns_count_characters_beyond_the_bmp_as_one() -> None:
    text = '{"\U0001d11e\U0001f600": "\U0001f600", "k": [\n  "\U0001f600", 7]}'
    found = value_positions(text, [("k", 1)])
    assert found[("k",)] == (1, 18)
    assert found[("k", 1)] == (2, 8)
    _check(text, [("k", 1), ("\U0001d11e\U0001f600",)])


def test_deep_nesting_fails_or_is_located_as_the_whole_walk_does() -> None:
    for depth in (50, 400, 3000):
        text = "[" * depth + "1" + "]" * depth + ',{"a": 1}'
        path: Path = (0,) * depth
        try:
            whole = value_positions(text)
        except RecursionError:
            with pytest.raises(RecursionError):
                value_positions(text, [path])
            continue
        assert value_positions(text, [path]) == {
            p: at for p, at in whole.items() if p == path[: len(p)]
        }


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TREES, st.randoms(use_true_random=False))
def test_issues_are_given_the_whole_walks_line_and_column(tree: Any, rng: random.Random) -> None:
    text = _render(("obj", [("events", tree)]), rng)
    whole = _reference(text)
    asked = _asked(list(whole), rng)

    def issue(path: Path, line: int | None = None, column: int | None = None) -> Issue:
        return Issue(Severity.ERROR, IssueKind.SCHEMA, "f", json_path(path), "m", line, column)

    issues = [issue(path) for path in asked] + [issue(("events",), 99), issue((), None, 5)]
    located = with_positions(issues, text)
    for before, after in zip(issues, located, strict=True):
        line, column = locate(whole, parse_path(before.json_path))
        assert after.line == (line if before.line is None else before.line)
        assert after.column == (column if before.column is None else before.column)
