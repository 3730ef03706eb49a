"""Review mode: unreviewed events one after another, one key each to judge them.

V marks the selected event verified, D disputed, Delete removes it; N and Shift+N go to the
next and previous unreviewed event (in date order, undated last). Each verdict records who
gave it (the settings' user name) and when, and is one undoable step. The keys are plain
letters, so they act only while review mode is on, and only while a widget that takes no text
has the focus (:meth:`ReviewMode.keys_work_in`: the timeline, the Events table, the document's
text): never while typing in a field, nor while a field's list of matches is open (QA #117).
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

import numpy as np
from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from ...model import edits
from ...model.format_rules import ReviewState
from ...model.time_index import REVIEW_CODES
from ..controller import TimelineController
from ..focus_keys import while_focused
from ..settings import Settings
from .command_names import short_title
from .edit_flow import EditFlow


def reviewer_name(settings: Settings) -> str:
    if settings.user_name:
        return settings.user_name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class ReviewMode(QObject):
    progress_changed = Signal(str)  # "12 of 40 reviewed"

    def __init__(
        self,
        controller: TimelineController,
        flow: EditFlow,
        window: QWidget,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self._controller = controller
        self._flow = flow
        self._window = window
        self._settings = settings
        self.progress_label = QLabel(window)

        def action(text: str, shortcut: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            # Not the window's: a window shortcut also fires while a field's popup list has
            # the focus, which claims no letter (QA #117). The keys work in keys_work_in's
            # widgets; until then, only from the menu.
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            return act

        self.mode_action = QAction(self.tr("&Review Mode"), self)
        self.mode_action.setCheckable(True)
        self.mode_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_action = action(self.tr("Mark &Verified"), "V")
        self.dispute_action = action(self.tr("Mark &Disputed"), "D")
        self.delete_action = action(self.tr("De&lete Event"), "Delete")
        self.next_action = action(self.tr("&Next Unreviewed"), "N")
        self.previous_action = action(self.tr("&Previous Unreviewed"), "Shift+N")
        self.reviewer_action = QAction(self.tr("Reviewer &Name…"), self)
        self.mode_action.toggled.connect(self.on_mode_toggled)
        self.verify_action.triggered.connect(lambda: self.judge(ReviewState.VERIFIED))
        self.dispute_action.triggered.connect(lambda: self.judge(ReviewState.DISPUTED))
        self.delete_action.triggered.connect(self.delete)
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.reviewer_action.triggered.connect(self.on_reviewer_name)
        controller.file_loaded.connect(self.on_file_changed)
        self.on_mode_toggled(False)
        self.on_file_changed()

    @property
    def keys(self) -> list[QAction]:
        return [
            self.verify_action,
            self.dispute_action,
            self.delete_action,
            self.next_action,
            self.previous_action,
        ]

    def keys_work_in(self, *widgets: QWidget) -> None:
        """Let the review keys act while one of ``widgets`` has the focus: widgets where a
        letter or Delete is not text (a field claims its letters, but a list of matches
        popped up under it does not, so the keys are never the whole window's)."""
        for widget in widgets:
            while_focused(widget, *self.keys)

    def start(self) -> None:
        """Review mode on, at the earliest unreviewed event (a freshly built draft opens so)."""
        if self.mode_action.isChecked():
            self.on_mode_toggled(True)  # already on: back to the start of the queue
        else:
            self.mode_action.setChecked(True)

    # --- slots ---------------------------------------------------------------------------------
    def on_mode_toggled(self, on: bool) -> None:
        for act in self.keys:
            act.setEnabled(on)
        if on:
            self._controller.select(None)  # the queue starts at the earliest unreviewed
            self.step(1)
            self.progress_changed.emit(self.progress_text())

    def on_file_changed(self) -> None:
        text = self.progress_text()
        self.progress_label.setText(text)
        self.progress_changed.emit(text)

    def on_reviewer_name(self) -> None:
        name, ok = QInputDialog.getText(
            self._window,
            self.tr("Reviewer Name"),
            self.tr("Name recorded with each review verdict:"),
            text=reviewer_name(self._settings),
        )
        if ok:
            self._settings.user_name = name.strip()

    # --- reviewing ----------------------------------------------------------------------------
    def progress_text(self) -> str:
        timeline = self._controller.timeline
        if timeline is None or not timeline.index.count:
            return ""
        review = timeline.index.review
        done = int(np.count_nonzero(review != REVIEW_CODES[ReviewState.UNREVIEWED]))
        locale = QLocale()  # the UI language's (app.py sets it as the default)
        return self.tr("{done} of {total} reviewed").format(
            done=locale.toString(done), total=locale.toString(int(review.size))
        )

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) unreviewed event in date order, wrapping."""
        timeline = self._controller.timeline
        if timeline is None:
            return
        index = timeline.index
        unreviewed = np.flatnonzero(index.review == REVIEW_CODES[ReviewState.UNREVIEWED])
        if not unreviewed.size:
            self._flow.message.emit(self.tr("Every event is reviewed"))
            return
        ranks = index.date_rank[unreviewed]
        order = unreviewed[np.argsort(ranks, kind="stable")]
        sorted_ranks = np.sort(ranks)
        current = self._controller.selection
        if current is None or current >= index.count:
            k = 0 if direction > 0 else order.size - 1
        elif direction > 0:
            k = int(np.searchsorted(sorted_ranks, index.date_rank[current], side="right"))
            k %= order.size
        else:
            k = int(np.searchsorted(sorted_ranks, index.date_rank[current], side="left")) - 1
            k %= order.size
        self._controller.select(int(order[k]))

    def judge(self, verdict: ReviewState) -> bool:
        index = self._controller.selection
        draft = self._controller.draft
        if index is None or draft is None:
            return False
        title = short_title(draft.events[index].title)
        text = (
            self.tr("Mark '%1' verified")
            if verdict is ReviewState.VERIFIED
            else self.tr("Mark '%1' disputed")
        ).replace("%1", title)
        by = reviewer_name(self._settings)
        at = datetime.now(UTC).replace(microsecond=0)
        done = self._flow.run(lambda d: edits.set_review(d, index, verdict, by, at), text)
        if done:
            self.step(1)
        return done

    def delete(self) -> bool:
        done = self._flow.delete_selected()
        if done:
            self.step(1)
        return done
