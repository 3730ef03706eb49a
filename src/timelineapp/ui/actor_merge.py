"""Events › Merge Actors…: which actor absorbs which, and how many events the merge touches.

The dialog starts on the actor selected in the Actors pane (the one the user was looking at)
and says, before OK, how many events name each of the two actors and how many of those were
reviewed, since the merge sets their review back to unreviewed (QA #84, #109b).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ..model.file_format import Actor, ReviewState
from ..model.time_index import REVIEW_CODES
from ..model.timeline import Timeline
from .editing.actor_chooser import ActorChooser


class ActorEvents:
    """The events that name each actor of a file (as one of its actors, any role), read from
    the time index's membership columns: no event model is built, at any size."""

    def __init__(self, timeline: Timeline) -> None:
        index = timeline.index
        self._number = timeline.actor_number
        # The event of each membership row (CSR: event i owns actor_ptr[i]:actor_ptr[i+1]).
        self._event_of = np.repeat(np.arange(index.count, dtype=np.int64), np.diff(index.actor_ptr))
        self._actor_of = index.actor_ids
        self._reviewed = index.review != REVIEW_CODES[ReviewState.UNREVIEWED]

    def events(self, *actor_ids: str) -> npt.NDArray[np.int64]:
        """The events naming any of these actors, each once, in file order."""
        numbers = [self._number[a] for a in actor_ids if a in self._number]
        if not numbers:
            return np.zeros(0, dtype=np.int64)
        rows = np.isin(self._actor_of, numbers)
        return np.unique(self._event_of[rows])

    def reviewed(self, events: npt.NDArray[np.int64]) -> int:
        """How many of ``events`` carry a review (verified, disputed…)."""
        return int(np.count_nonzero(self._reviewed[events]))


class MergeActorsDialog(QDialog):
    """Which actor absorbs which, and what that changes."""

    def __init__(
        self,
        actors: Sequence[Actor],
        parent: QWidget | None = None,
        *,
        timeline: Timeline | None = None,
        merge: str | None = None,
    ) -> None:
        """``timeline``: the open file, for the counts (none without it); ``merge``: the
        actor to propose as the one absorbed (the Actors pane's current one)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Actors"))
        self._events = ActorEvents(timeline) if timeline is not None else None
        self.absorb = ActorChooser(self, with_ids=True)
        # "Into" starts on no actor: a merge is not undone by reading a proposal too fast,
        # and OK (the default button) waits for a choice (QA #84: Enter merged Niger into
        # the United States, the second actor of the list).
        self.keep = ActorChooser(self, none="", with_ids=True)
        for combo in (self.absorb, self.keep):
            combo.set_actors(actors)
        self.keep.setCurrentIndex(0)
        if merge is not None:
            self.absorb.choose(merge)
        # What to do, as a placeholder: as the box's text it was typed after (QA #109b).
        keep_line = self.keep.lineEdit()
        if keep_line is not None:
            keep_line.setPlaceholderText(self.tr("(choose the actor to keep)"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Merge:"), self.absorb)
        form.addRow(self.tr("&Into:"), self.keep)
        note = QLabel(
            self.tr("Its events, quotes and names follow; it becomes an alias of the other."),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)  # it names actors of the file
        self.counts.setWordWrap(True)
        form.addRow(self.counts)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form.addRow(self._buttons)
        self.absorb.currentIndexChanged.connect(self.on_changed)
        self.keep.currentIndexChanged.connect(self.on_changed)
        self.on_changed()

    def on_changed(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        keep = self.keep.currentData()
        absorb = self.absorb.currentData()
        ok.setEnabled(keep is not None and absorb != keep)
        self.counts.setText(self._counts_text(absorb, keep))
        self.counts.setVisible(bool(self.counts.text()))

    def _counts_text(self, absorb: object, keep: object) -> str:
        """How many events name each actor, and the reviews the merge resets."""
        if self._events is None or not isinstance(absorb, str):
            return ""
        absorbed = self._events.events(absorb)
        lines = [self._named_by(self.absorb.currentText(), absorbed.size)]
        if isinstance(keep, str) and keep != absorb:
            lines.append(self._named_by(self.keep.currentText(), self._events.events(keep).size))
            together = self._events.events(absorb, keep).size
            lines.append(
                self.tr("After the merge, %Ln event(s) will name the actor kept.", "", together)
            )
        reviewed = self._events.reviewed(absorbed)
        if reviewed:
            lines.append(
                self.tr(
                    "%Ln of the merged actor's events has a review, which the merge sets back "
                    "to unreviewed.",
                    "",
                    reviewed,
                )
            )
        return "\n".join(lines)

    def _named_by(self, name: str, count: int) -> str:
        return self.tr("« %1 » itself is named by %Ln event(s).", "", count).replace("%1", name)
