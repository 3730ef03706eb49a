"""The Edit Event pane's box naming an actor to add to an event, listed when first used.

A file can name a million actors. The box is an :class:`.ActorChooser` (a lazy list, searched
as one types, never an item or a string per actor); it is given the file's actors on every
selection but lists them only the first time it gets the focus or opens its list. Text that
names no actor is kept: the pane then offers to make that actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from .actor_chooser import ActorChooser

if TYPE_CHECKING:
    from ...model.file_format import Actor


class ActorChoice(ActorChooser):
    """An editable box over the file's actor names (as shown: one line, visible)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, phrases=True, width=6)
        # Sized from a typical name, never from every name (that reads the whole list).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)

    def set_actors(self, actors: Sequence[Actor], when_used: bool = True) -> None:
        """The file's actors; the box lists them when next used."""
        super().set_actors(actors, when_used)

    def actor_id(self, typed: str) -> str | None:
        """The actor named (or with the id) ``typed``; None when the file has none."""
        self._use()
        found = self.choices.search.named(typed)
        return None if found is None else self.choices.search.ids[found]
