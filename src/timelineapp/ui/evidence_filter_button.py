"""The filter bar's "Evidence" button: a menu of evidence filters (sources, grade, conflicts,
review state) that edits that part of the :class:`FilterSpec` through :class:`FilterState`."""

from __future__ import annotations

import dataclasses
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSpinBox

from ..model.evidence import grade_text
from ..model.filtering import FilterSpec
from ..model.format_rules import ReviewState
from .filter_state import FilterState


def _row(parent: QWidget, label: str, field: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(8, 2, 8, 2)
    text = QLabel(label, row)
    text.setBuddy(field)
    layout.addWidget(text)
    layout.addWidget(field)
    layout.addStretch(1)
    return row


class EvidenceFilterButton(QToolButton):
    """A drop-down of the evidence filters; its text says how many are on."""

    def __init__(self, filter_state: FilterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = filter_state
        self._syncing = False
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(
            self.tr(
                "Filter by the weight of the evidence: independent sources, grade, "
                "conflicting dates, review state"
            )
        )
        # The menu's rows are made when it is first shown (or a row is first asked for),
        # not with the button: a start paints its first frame without them (~2 ms).
        menu = QMenu(self)
        menu.aboutToShow.connect(self._make_rows)
        self.setMenu(menu)
        filter_state.spec_changed.connect(self.on_spec_changed)
        self.on_spec_changed(filter_state.spec)

    def _make_rows(self) -> None:
        self._rows  # noqa: B018  (made once: a cached property)

    @cached_property
    def _rows(self) -> _Rows:
        """The menu's rows, made once (see ``__init__``), showing the filter as it is."""
        from PySide6.QtWidgets import QSpinBox, QWidgetAction

        menu = self.menu()
        assert menu is not None
        min_sources = QSpinBox(menu)
        min_sources.setRange(0, 99)
        min_sources.setSpecialValueText(self.tr("any"))
        min_sources.setToolTip(
            self.tr("Documents that copy, quote or translate one origin count once")
        )
        sources_action = QWidgetAction(menu)
        sources_action.setDefaultWidget(
            _row(menu, self.tr("Independent sources, at least:"), min_sources)
        )
        menu.addAction(sources_action)
        min_grade = QComboBox(menu)
        min_grade.addItem(self.tr("any grade"), None)
        for reliability in range(6):
            for credibility in range(6):
                grade = grade_text(reliability, credibility)
                min_grade.addItem(self.tr("%1 or better").replace("%1", grade), grade)
        min_grade.setMaxVisibleItems(12)
        min_grade.setToolTip(
            self.tr(
                "Admiralty grade: source reliability A (completely reliable) to F (cannot be "
                "judged), information credibility 1 (confirmed) to 6 (cannot be judged).\n"
                "An event passes when one of its sources is graded this well or better on "
                "both; ungraded sources never pass."
            )
        )
        grade_action = QWidgetAction(menu)
        grade_action.setDefaultWidget(_row(menu, self.tr("Grade:"), min_grade))
        menu.addAction(grade_action)
        menu.addSeparator()
        conflicts = self._check(menu, self.tr("Only Conflicting Dates"))
        conflicts.setToolTip(self.tr("Events whose sources' own dates do not overlap"))
        single = self._check(menu, self.tr("Only Single-Source"))
        single.setToolTip(self.tr("Events backed by one independent origin"))
        menu.addSection(self.tr("Review"))
        review = {
            ReviewState.UNREVIEWED: self._check(menu, self.tr("Unreviewed")),
            ReviewState.VERIFIED: self._check(menu, self.tr("Verified")),
            ReviewState.DISPUTED: self._check(menu, self.tr("Disputed")),
        }
        menu.addSeparator()
        clear_action = menu.addAction(self.tr("Clear Evidence Filters"))

        min_sources.valueChanged.connect(self.apply_now)
        min_grade.activated.connect(self.apply_now)
        for action in (conflicts, single, *review.values()):
            action.toggled.connect(self.apply_now)
        clear_action.triggered.connect(self.clear)
        made = _Rows(min_sources, min_grade, conflicts, single, review, clear_action)
        self._show_in_rows(made, self._state.spec)
        return made

    @property
    def min_sources(self) -> QSpinBox:
        return self._rows.min_sources

    @property
    def min_grade(self) -> QComboBox:
        return self._rows.min_grade

    @property
    def conflicts(self) -> QAction:
        return self._rows.conflicts

    @property
    def single(self) -> QAction:
        return self._rows.single

    @property
    def review(self) -> dict[ReviewState, QAction]:
        return self._rows.review

    @property
    def clear_action(self) -> QAction:
        return self._rows.clear_action

    def _check(self, menu: QMenu, text: str) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        return action

    # --- actions --------------------------------------------------------------------------
    def apply_now(self) -> None:
        if self._syncing:
            return
        self._state.set_spec(self.with_evidence(self._state.spec))

    def clear(self) -> None:
        self._state.set_spec(
            dataclasses.replace(
                self._state.spec,
                min_sources=0,
                min_grade=None,
                conflicts_only=False,
                single_source=False,
                review=frozenset(),
            )
        )

    def with_evidence(self, spec: FilterSpec) -> FilterSpec:
        """``spec`` with the evidence part as the menu shows it."""
        return dataclasses.replace(
            spec,
            min_sources=self.min_sources.value(),
            min_grade=self.min_grade.currentData(),
            conflicts_only=self.conflicts.isChecked(),
            single_source=self.single.isChecked(),
            review=frozenset(str(s) for s, a in self.review.items() if a.isChecked()),
        )

    # --- slots ----------------------------------------------------------------------------
    def on_spec_changed(self, spec: FilterSpec) -> None:
        if "_rows" in vars(self):  # made: they show the filter too
            self._show_in_rows(self._rows, spec)
        active = _active_filters(spec)
        if active:
            self.setText(self.tr("Evidence (%Ln)", "", active))
        else:
            self.setText(self.tr("Evidence"))
        font = self.font()
        font.setBold(bool(active))
        self.setFont(font)

    def _show_in_rows(self, rows: _Rows, spec: FilterSpec) -> None:
        self._syncing = True
        try:
            rows.min_sources.setValue(spec.min_sources)
            rows.min_grade.setCurrentIndex(max(rows.min_grade.findData(spec.min_grade), 0))
            rows.conflicts.setChecked(spec.conflicts_only)
            rows.single.setChecked(spec.single_source)
            for state, action in rows.review.items():
                action.setChecked(state in spec.review)
            rows.clear_action.setEnabled(bool(_active_filters(spec)))
        finally:
            self._syncing = False


def _active_filters(spec: FilterSpec) -> int:
    """How many evidence filters ``spec`` has on."""
    return sum(
        (
            bool(spec.min_sources),
            spec.min_grade is not None,
            spec.conflicts_only,
            spec.single_source,
            bool(spec.review),
        )
    )


class _Rows:
    """The widgets of the menu's rows (see ``EvidenceFilterButton._rows``)."""

    def __init__(
        self,
        min_sources: QSpinBox,
        min_grade: QComboBox,
        conflicts: QAction,
        single: QAction,
        review: dict[ReviewState, QAction],
        clear_action: QAction,
    ) -> None:
        self.min_sources = min_sources
        self.min_grade = min_grade
        self.conflicts = conflicts
        self.single = single
        self.review = review
        self.clear_action = clear_action
