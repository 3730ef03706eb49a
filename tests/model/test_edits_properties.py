"""Any sequence of edits undoes to exactly the file it started from, and saves what it shows."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timelineapp.model.draft import Draft, Edit
from timelineapp.model.edits import (
    EditError,
    add_actor,
    add_event,
    add_quote,
    attribute_quote,
    remove_event,
    remove_quote,
    set_date_phrase,
    update_event,
)
from timelineapp.model.loading import load_event_bytes
from timelineapp.model.saved_layout import file_text

from .event_files import TEXT, minimal, to_bytes

_TITLES = st.text(alphabet="aé 🎉e\u0301-ß", min_size=1, max_size=12).filter(str.strip)
_OFFSETS = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 20))


def _draft() -> Draft:
    result = load_event_bytes(to_bytes(minimal()), "t", None)
    assert result.loaded is not None
    return Draft.of_loaded(result.loaded)


@st.composite
def _steps(draw: st.DrawFn) -> list[tuple[str, object, object]]:
    kinds = ["add", "remove", "title", "date", "quote", "unquote", "attribute", "phrase", "actor"]
    return draw(
        st.lists(st.tuples(st.sampled_from(kinds), _TITLES, _OFFSETS), min_size=1, max_size=8)
    )


def _edit(draft: Draft, kind: str, title: str, span: tuple[int, int]) -> Edit:
    count = len(draft.events)
    i = span[0] % max(count, 1)
    start, length = span
    end = min(len(TEXT), start + length)
    if kind == "add":
        return add_event(draft, title, quote=("doc", start, end))[0]
    if kind == "remove":
        return remove_event(draft, i)
    if kind == "title":
        return update_event(draft, i, title=title)
    if kind == "date":
        return update_event(draft, i, date=f"2024-0{1 + start % 9}")
    if kind == "quote":
        return add_quote(draft, i, "doc", start, end)
    if kind == "unquote":
        return remove_quote(draft, i, 0, 0)
    if kind == "attribute":
        return attribute_quote(draft, i, 0, 0, title)
    if kind == "phrase":
        return set_date_phrase(draft, i, "doc", start, end)
    return add_actor(draft, title)[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_steps())
def test_undo_all_gives_back_the_same_file_and_saves_reload_equal(
    steps: list[tuple[str, tuple[int, int] | str, tuple[int, int]]],
) -> None:
    draft = _draft()
    before = draft.materialised()
    undo: list[Edit] = []
    for kind, title, span in steps:
        try:
            edit = _edit(draft, kind, str(title), span)  # type: ignore[arg-type]
        except (EditError, IndexError):
            continue  # refused: nothing changed
        undo.append(edit.apply(draft))
        # Whatever the edits, the file stays loadable with every quote verbatim.
        reloaded = load_event_bytes(file_text(draft.materialised()).encode(), "t", Path("."))
        assert reloaded.loaded is not None, reloaded.issues
        assert not reloaded.errors, reloaded.errors
        assert reloaded.loaded.materialised() == draft.materialised()
    for edit in reversed(undo):
        edit.apply(draft)
    assert draft.materialised() == before
