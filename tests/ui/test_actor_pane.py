"""The actor tree model (checks, counts) and the actor pane (search, options, Alt+click)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from timelineapp.model.filtering import ActorTree, FilterEngine, FilterSpec
from timelineapp.model.timeline import Timeline
from timelineapp.ui.actor_model import ActorIdRole, ActorTreeModel, Column, SortRole
from timelineapp.ui.actor_pane import ActorPane
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.filter_state import FilterState

from ..model.test_filtering import make_timeline

# WORKAROUND: the offscreen platform warns on every shown top-level widget with a layout; it
# says nothing about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CHECKED = Qt.CheckState.Checked
PARTIAL = Qt.CheckState.PartiallyChecked
UNCHECKED = Qt.CheckState.Unchecked


@pytest.fixture
def timeline() -> Timeline:
    return make_timeline()


@pytest.fixture
def controller(timeline: Timeline) -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(timeline)
    return controller


@pytest.fixture
def state(controller: TimelineController) -> FilterState:
    return FilterState(controller)


@pytest.fixture
def pane(qtbot: QtBot, controller: TimelineController, state: FilterState) -> ActorPane:
    pane = ActorPane(controller, state)
    qtbot.addWidget(pane)
    return pane


def check_state(model: ActorTreeModel, actor_id: str | None) -> Qt.CheckState:
    return Qt.CheckState(model.index_of(actor_id).data(Qt.ItemDataRole.CheckStateRole))


def click_box(model: ActorTreeModel, actor_id: str | None, value: Qt.CheckState) -> None:
    # As QStyledItemDelegate does: the new state as an int.
    assert model.setData(model.index_of(actor_id), value.value, Qt.ItemDataRole.CheckStateRole)


def shown_ids(controller: TimelineController) -> list[str]:
    timeline = controller.timeline
    assert timeline is not None
    return [timeline.events[int(i)].id for i in np.flatnonzero(controller.mask)]


def visible_names(proxy: QSortFilterProxyModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    names: list[str] = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        names.append(index.data())
        names.extend(visible_names(proxy, index))
    return names


# --- the model ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")  # the model draws its kind icons with QPainter
def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, timeline: Timeline) -> None:
    model = ActorTreeModel()
    qtmodeltester.check(model)  # empty
    engine = FilterEngine.from_timeline(timeline)
    model.set_actors(timeline.actors, engine.tree)
    total, shown = engine.counts_by_actor(np.ones(7, dtype=np.bool_))
    model.set_counts(total, shown, (1, 1))
    model.set_checked({"fr-army"}, (), no_actor=True)
    qtmodeltester.check(model)


def test_pane_proxy_passes_qt_model_tester(qtmodeltester: ModelTester, pane: ActorPane) -> None:
    pane.proxy.set_query("dupont")
    qtmodeltester.check(pane.proxy)


@pytest.mark.usefixtures("qapp")
def test_model_rows_follow_parents(timeline: Timeline) -> None:
    model = ActorTreeModel()
    model.set_actors(timeline.actors, ActorTree.from_timeline(timeline))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "France",
        "États-Unis",
        "Russie",
        "(no actor)",
    ]
    army = model.index_of("fr-army")
    assert army.parent() == model.index_of("fr")
    assert model.index(0, 0, army).data(ActorIdRole) == "fr-general"
    assert model.actor_id(model.index_of(None)) is None
    assert model.is_no_actor(model.index_of(None))


def test_checking_a_parent_checks_its_subtree(
    pane: ActorPane, state: FilterState, controller: TimelineController
) -> None:
    model = pane.model
    click_box(model, "fr", CHECKED)
    assert [check_state(model, a) for a in ("fr", "fr-army", "fr-general", "us")] == [
        CHECKED,
        CHECKED,
        CHECKED,
        UNCHECKED,
    ]
    assert state.spec.actors == {"fr"}
    assert shown_ids(controller) == ["e0", "e1", "e2", "e5"]


def test_unchecking_a_member_keeps_its_parents_own_events(
    pane: ActorPane, state: FilterState, controller: TimelineController
) -> None:
    model = pane.model
    click_box(model, "fr", CHECKED)
    click_box(model, "fr-general", UNCHECKED)
    assert check_state(model, "fr") == PARTIAL
    assert check_state(model, "fr-army") == PARTIAL
    assert check_state(model, "fr-general") == UNCHECKED
    assert state.spec.actors == set()
    assert state.spec.actors_alone == {"fr", "fr-army"}
    assert shown_ids(controller) == ["e0", "e1", "e5"]  # not e2, the general's visit
    click_box(model, "fr", CHECKED)  # a partly checked box checks fully
    assert state.spec.actors == {"fr"}
    assert state.spec.actors_alone == set()


def test_parent_is_partly_checked_when_a_member_is(pane: ActorPane, state: FilterState) -> None:
    click_box(pane.model, "us-dod", CHECKED)
    assert check_state(pane.model, "us") == PARTIAL
    assert state.spec.actors == {"us-dod"}


def test_no_actor_row(pane: ActorPane, state: FilterState, controller: TimelineController) -> None:
    click_box(pane.model, None, CHECKED)
    assert state.spec.include_no_actor
    assert shown_ids(controller) == ["e3"]


def test_counts_columns(pane: ActorPane, state: FilterState) -> None:
    model = pane.model

    def counts(actor_id: str | None) -> tuple[int, int]:
        index = model.index_of(actor_id)
        return (
            index.siblingAtColumn(Column.TOTAL).data(SortRole),
            index.siblingAtColumn(Column.SHOWN).data(SortRole),
        )

    assert counts("fr") == (4, 4)
    assert counts(None) == (1, 1)
    state.set_spec(FilterSpec(actors=frozenset({"ru"})))
    assert counts("fr") == (4, 1)  # e5 names Russia and the French army
    assert counts("fr-general") == (1, 0)
    assert counts("us") == (3, 0)
    assert counts(None) == (1, 0)


@pytest.mark.parametrize(("language", "grouped"), [("en", "17,738"), ("fr", "17\u202f738")])
def test_counts_shown_grouped_sorted_as_numbers(
    pane: ActorPane, timeline: Timeline, language: str, grouped: str
) -> None:
    model = pane.model
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    model.set_locale(QLocale())  # one QLocale per model and language, not per cell
    try:
        actors = model.rowCount()  # top-level rows, "(no actor)" last
        total = np.zeros(len(timeline.actors), dtype=np.int64)
        total[:] = 900
        tops = [model.index(row, 0) for row in range(actors - 1)]
        nodes = [index.internalId() for index in tops]
        total[nodes[0]] = 17738
        total[nodes[1]] = 9
        model.set_counts(total, total.copy(), (100, 0))
        first = tops[0].siblingAtColumn(Column.TOTAL)
        assert first.data() == grouped  # as the window's language writes numbers
        assert first.data(SortRole) == 17738
        assert tops[0].siblingAtColumn(Column.SHOWN).data() == grouped
        assert model.index_of(None).siblingAtColumn(Column.TOTAL).data() == "100"

        pane.proxy.sort(Column.TOTAL, Qt.SortOrder.AscendingOrder)
        order = [
            pane.proxy.index(row, Column.TOTAL).data(SortRole)
            for row in range(pane.proxy.rowCount())
        ]
        assert order == sorted(order)  # 9 < 100 < 900 < 17738, not "100" < "17,738" < "9"
        assert order[0] == 9
        assert order[-1] == 17738
    finally:
        QLocale.setDefault(before)


def test_select_all_none_invert(pane: ActorPane, state: FilterState) -> None:
    pane.model.select_all()
    # All is no actor filter (QA #109c: it listed today's actors, hiding one added later),
    # its boxes left checked.
    assert not state.spec.has_actor_part
    assert check_state(pane.model, "fr") == CHECKED
    assert pane.model.no_actor_checked()
    click_box(pane.model, "ru", UNCHECKED)  # one taken out: a filter again
    assert state.spec.actors == {"fr", "us"}
    assert state.spec.include_no_actor
    pane.model.select_none()
    assert not state.spec.has_actor_part
    click_box(pane.model, "fr-army", CHECKED)
    pane.model.invert()
    assert state.spec.actors == {"us", "ru"}
    assert state.spec.actors_alone == {"fr"}
    assert state.spec.include_no_actor


def test_state_changes_show_in_the_tree(pane: ActorPane, state: FilterState) -> None:
    state.only_actor("ru")
    assert check_state(pane.model, "ru") == CHECKED
    assert check_state(pane.model, "fr") == UNCHECKED
    state.undo()
    assert check_state(pane.model, "ru") == UNCHECKED


# --- the pane ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("etats", ["États-Unis", "Département de la Défense"]),  # members of a match stay
        ("WASHINGTON", ["États-Unis", "Département de la Défense"]),  # an alias
        ("dupont", ["France", "Armée française", "Général Dupont"]),  # ancestors stay
        ("general", ["France", "Armée française", "Général Dupont"]),
        ("no actor", ["(no actor)"]),
        ("zzz", []),
    ],
)
def test_search_matches_names_and_aliases(pane: ActorPane, query: str, expected: list[str]) -> None:
    pane._search.setText(query)
    assert visible_names(pane.proxy) == expected


def test_all_together_and_role(pane: ActorPane, state: FilterState) -> None:
    roles = [pane._role.itemText(i) for i in range(pane._role.count())]
    assert roles == ["Any role", "signataire", "visiteur"]
    pane._all_together.setChecked(True)
    assert state.spec.all_actors
    pane._role.setCurrentIndex(2)
    assert state.spec.role == "visiteur"
    state.undo()
    assert state.spec.role is None
    assert pane._role.currentIndex() == 0


def test_alt_click_shows_only_that_actor(qtbot: QtBot, pane: ActorPane, state: FilterState) -> None:
    pane.resize(400, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.tree.expandAll()
    click_box(pane.model, "fr", CHECKED)
    index = pane.proxy.mapFromSource(pane.model.index_of("us-dod"))
    rect = pane.tree.visualRect(index)
    qtbot.mouseClick(
        pane.tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.AltModifier,
        rect.center(),
    )
    assert state.spec.actors == {"us-dod"}


def test_only_from_the_context_menu_path(pane: ActorPane, state: FilterState) -> None:
    pane.only(pane.proxy.mapFromSource(pane.model.index_of(None)))
    assert state.spec.include_no_actor
    assert not state.spec.actors
    pane.only(pane.proxy.mapFromSource(pane.model.index_of("fr")))
    assert state.spec.actors == {"fr"}
    assert not state.spec.include_no_actor


def test_faded_checkbox_emits(qtbot: QtBot, pane: ActorPane) -> None:
    with qtbot.waitSignal(pane.show_faded_changed) as blocker:
        pane._faded.setChecked(True)
    assert blocker.args == [True]
    assert pane.show_faded


def test_new_file_resets_the_tree(
    pane: ActorPane, state: FilterState, controller: TimelineController
) -> None:
    click_box(pane.model, "fr", CHECKED)
    controller.set_timeline(
        make_timeline(actors=[{"id": "x", "name": "X"}], events=[{"id": "a", "title": "A"}])
    )
    assert pane.model.rowCount() == 2
    assert check_state(pane.model, "x") == UNCHECKED
    assert state.spec == FilterSpec()
    assert not state.can_undo
