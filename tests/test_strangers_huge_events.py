"""One event holding thousands of actors, quotes or a huge summary: the window builds a
screenful, builds the event once per selection, and never sizes anything from all of it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import app  # noqa: F401  (the shared window fixture)
from timelineapp.model.file_format import Event
from timelineapp.model.filtering.actor_tree import ActorTree
from timelineapp.ui import actor_model
from timelineapp.ui.app import Application
from timelineapp.ui.editing import lazy_list, long_text

from .model.event_files import minimal

ACTORS = 3_000  # enough for several batches of every lazy list, quick to load


def _write(folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = minimal()
    change(data)
    path = folder / "huge.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _many_actors(data: dict[str, Any]) -> None:
    data["actors"] += [{"id": f"a{i}", "name": f"Acteur {i}"} for i in range(ACTORS)]
    data["events"][0]["actors"] = [f"a{i}" for i in range(ACTORS)]


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every event built from its bytes, by size."""
    built: list[int] = []
    original = Event.model_validate_json

    def counting(data: bytes, *args: Any, **kwargs: Any) -> Event:
        built.append(len(data))
        return original(data, *args, **kwargs)

    monkeypatch.setattr(Event, "model_validate_json", counting)
    return built


def test_the_crowded_event_is_built_once_and_its_lists_are_lazy(
    app: Application,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _count_builds(monkeypatch)
    assert app.opener.open(_write(tmp_path, _many_actors))
    QApplication.processEvents()  # the table paints and measures its cells
    assert built == []  # cells come from the index, the titles and the date alone
    table = app.window.events_pane.model
    assert table.index(0, 2).data().startswith("Acteur 0, Acteur 1")
    assert table.index(0, 2).data().endswith(", …")
    app.window.docks["editor"].raise_()
    app.controller.select(0)
    QApplication.processEvents()
    assert len(built) == 1  # the Event pane, the Sources, the editor: one build
    editor = app.window.event_editor
    assert editor.actors_model.rowCount() == lazy_list.FETCH_BATCH
    assert editor.actors_model.total == ACTORS
    assert editor.actors_model.canFetchMore(QModelIndex())
    editor.actors_model.fetchMore(QModelIndex())
    assert editor.actors_model.rowCount() == 2 * lazy_list.FETCH_BATCH
    assert editor.actors_model.index(lazy_list.FETCH_BATCH, 0).data() == "Acteur 200"
    # Removing a fetched row removes that reference, and only it.
    editor.actors.setCurrentIndex(editor.actors_model.index(250, 0))
    editor.on_remove_actor()
    draft = app.controller.draft
    assert draft is not None
    refs = [ref.actor for ref in draft.events[0].actors]
    assert len(refs) == ACTORS - 1
    assert "a250" not in refs
    # The actor names are given to the choice box only once it is used.
    assert editor.actor_choice.count() == 0
    # (No showPopup here: with a focused box of thousands of items it crashes offscreen Qt,
    # with or without this change.)
    editor.actor_choice.setFocus()
    assert editor.actor_choice.count() == ACTORS + 2


def test_the_actor_tree_fetches_rows_in_batches_and_searches_them_all(
    app: Application,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert app.opener.open(_write(tmp_path, _many_actors))
    pane = app.window.actor_pane
    proxy = pane.proxy
    top = QModelIndex()
    # One batch of top-level actors, then "(no actor)".
    assert proxy.rowCount(top) == actor_model.FETCH_BATCH + 1
    assert proxy.index(actor_model.FETCH_BATCH, 0).data() == "(no actor)"
    assert proxy.canFetchMore(top)
    proxy.fetchMore(top)
    assert proxy.rowCount(top) == 2 * actor_model.FETCH_BATCH + 1
    # An actor far down the file is found by the search, whatever was fetched.
    pane._search.setText("acteur 2999")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount(top))] == ["Acteur 2999"]
    pane._search.setText("")
    # Checking every actor reaches all of them, fetched or not.
    pane.model.select_all()
    actors, _alone = pane.model.checked()
    assert "a2999" in actors
    assert len(actors) == ACTORS + 1  # and Niger (with its army)
    # Asking for an unfetched actor fetches the rows down to it.
    index = pane.model.index_of("a2999")
    assert index.isValid()
    assert pane.model.actor_id(index) == "a2999"


def test_a_summary_too_long_to_edit_is_shown_cut_and_never_written_back(
    app: Application,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(long_text, "EDIT_LIMIT", 5_000)
    summary = "Résumé " * 2_000  # 14,000 characters, one paragraph

    def long_summary(data: dict[str, Any]) -> None:
        data["events"][0]["summary"] = summary

    assert app.opener.open(_write(tmp_path, long_summary))
    app.window.docks["editor"].raise_()
    app.controller.select(0)
    QApplication.processEvents()
    field = app.window.event_editor.summary
    assert field.is_cut
    assert field.isReadOnly()
    assert len(field.toPlainText()) <= 4_000
    assert field.notice.isVisibleTo(app.window)
    assert field.notice.text().startswith(QLocale().toString(14_000) + " characters")
    field.editing_finished.connect(lambda: pytest.fail("a cut text was applied"))
    field.setFocus()
    app.window.event_editor.title.setFocus()  # the summary loses the focus: nothing applied
    QApplication.processEvents()
    assert not app.controller.modified
    # A short summary is editable again.
    app.controller.select(1)
    QApplication.processEvents()
    assert not field.is_cut
    assert not field.isReadOnly()
    assert not field.notice.isVisibleTo(app.window)


def _reference_preorder(parents: list[int]) -> list[int]:
    """Depth-first order of a forest, members in file order (a recursive walk)."""
    children: dict[int, list[int]] = {}
    for child, up in enumerate(parents):
        children.setdefault(up, []).append(child)
    order: list[int] = []

    def walk(node: int) -> None:
        order.append(node)
        for child in children.get(node, []):
            walk(child)

    for root in children.get(-1, []):
        walk(root)
    return order


@st.composite
def forests(draw: st.DrawFn) -> list[int]:
    count = draw(st.integers(0, 40))
    # Parents come earlier in the file here, so there is no cycle; then shuffle the numbers.
    parents = [draw(st.integers(-1, i - 1)) if i else -1 for i in range(count)]
    permutation = draw(st.permutations(range(count)))
    shuffled = [-1] * count
    for old, new in enumerate(permutation):
        shuffled[new] = -1 if parents[old] < 0 else permutation[parents[old]]
    return shuffled


@given(forests())
def test_the_actor_tree_numbers_a_forest_depth_first(parents: list[int]) -> None:
    tree = ActorTree([str(i) for i in range(len(parents))], parents)
    order = _reference_preorder(parents)
    assert tree.preorder.tolist() == order
    for node in range(len(parents)):
        members = [c for c, up in enumerate(parents) if up == node]
        assert tree.members(node).tolist() == members
        assert tree.subtree_size[node] == 1 + sum(int(tree.subtree_size[m]) for m in members)
        depth, up = 0, parents[node]
        while up >= 0:
            depth, up = depth + 1, parents[up]
        assert tree.depth[node] == depth
    siblings = [n for n in range(len(parents)) if parents[n] < 0]
    assert [int(tree.row[n]) for n in siblings] == list(range(len(siblings)))


def test_a_parent_cycle_is_cut_and_a_long_chain_is_numbered() -> None:
    tree = ActorTree(["a", "b", "c"], [2, 0, 1])  # a -> c -> b -> a
    assert sorted(tree.preorder.tolist()) == [0, 1, 2]
    assert int((tree.parent < 0).sum()) == 1
    chain = ActorTree([str(i) for i in range(5_000)], [i - 1 for i in range(5_000)])
    assert chain.preorder.tolist() == list(range(5_000))
    assert int(chain.depth[-1]) == 4_999
    assert np.array_equal(chain.subtree_size, np.arange(5_000, 0, -1))
