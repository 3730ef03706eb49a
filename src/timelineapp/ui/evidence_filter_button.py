"""The filter bar's "Evidence" button: a menu of evidence filters (sources, grade, conflicts,
review state) that edits that part of the :class:`FilterSpec` through :class:`FilterState`."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

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
        menu = QMenu(self)
        self.min_sources = QSpinBox(menu)
        self.min_sources.setRange(0, 99)
        self.min_sources.setSpecialValueText(self.tr("any"))
        self.min_sources.setToolTip(
            self.tr("Documents that copy, quote or translate one origin count once")
        )
        sources_action = QWidgetAction(menu)
        sources_action.setDefaultWidget(
            _row(menu, self.tr("Independent sources, at least:"), self.min_sources)
        )
        menu.addAction(sources_action)
        self.min_grade = QComboBox(menu)
        self.min_grade.addItem(self.tr("any grade"), None)
        for reliability in range(6):
            for credibility in range(6):
                grade = grade_text(reliability, credibility)
                self.min_grade.addItem(self.tr("%1 or better").replace("%1", grade), grade)
        self.min_grade.setMaxVisibleItems(12)
        self.min_grade.setToolTip(
            self.tr(
                "Admiralty grade: source reliability A (completely reliable) to F (cannot be "
                "judged), information credibility 1 (confirmed) to 6 (cannot be judged).\n"
                "An event passes when one of its sources is graded this well or better on "
                "both; ungraded sources never pass."
            )
        )
        grade_action = QWidgetAction(menu)
        grade_action.setDefaultWidget(_row(menu, self.tr("Grade:"), self.min_grade))
        menu.addAction(grade_action)
        menu.addSeparator()
        self.conflicts = self._check(menu, self.tr("Only Conflicting Dates"))
        self.conflicts.setToolTip(self.tr("Events whose sources' own dates do not overlap"))
        self.single = self._check(menu, self.tr("Only Single-Source"))
        self.single.setToolTip(self.tr("Events backed by one independent origin"))
        menu.addSection(self.tr("Review"))
        self.review = {
            ReviewState.UNREVIEWED: self._check(menu, self.tr("Unreviewed")),
            ReviewState.VERIFIED: self._check(menu, self.tr("Verified")),
            ReviewState.DISPUTED: self._check(menu, self.tr("Disputed")),
        }
        menu.addSeparator()
        self.clear_action = menu.addAction(self.tr("Clear Evidence Filters"))
        self.setMenu(menu)

        self.min_sources.valueChanged.connect(self.apply_now)
        self.min_grade.activated.connect(self.apply_now)
        for action in (self.conflicts, self.single, *self.review.values()):
            action.toggled.connect(self.apply_now)
        self.clear_action.triggered.connect(self.clear)
        filter_state.spec_changed.connect(self.on_spec_changed)
        self.on_spec_changed(filter_state.spec)

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
        self._syncing = True
        try:
            self.min_sources.setValue(spec.min_sources)
            self.min_grade.setCurrentIndex(max(self.min_grade.findData(spec.min_grade), 0))
            self.conflicts.setChecked(spec.conflicts_only)
            self.single.setChecked(spec.single_source)
            for state, action in self.review.items():
                action.setChecked(state in spec.review)
            active = sum(
                (
                    bool(spec.min_sources),
                    spec.min_grade is not None,
                    spec.conflicts_only,
                    spec.single_source,
                    bool(spec.review),
                )
            )
            self.clear_action.setEnabled(bool(active))
            if active:
                self.setText(self.tr("Evidence (%Ln)", "", active))
            else:
                self.setText(self.tr("Evidence"))
            font = self.font()
            font.setBold(bool(active))
            self.setFont(font)
        finally:
            self._syncing = False
