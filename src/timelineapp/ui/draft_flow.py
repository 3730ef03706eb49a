"""File › New from Article… in the window: the action, the dialog it opens, and the banner
over the draft once it is open ("built automatically: review before use"), which then starts
review mode. The dialog is :mod:`.build_dialog`; the build runs in :mod:`.build_worker`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model.untrusted_text import elided, visible
from .build_dialog import BuildDialog
from .controller import TimelineController

__all__ = ["DraftBanner", "install_build_action"]


class DraftBanner(QFrame):
    """ "Draft built automatically: review before use", shown above the timeline while the
    draft is the open file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#draft-banner { background: #fff4ce; border: 1px solid #e0b400; }"
            "#draft-banner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(self.tr("Draft built automatically: review before use"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self._every = self.tr(
            "Every event is unreviewed; its note says how its date, actors and quotes were found."
        )
        self.detail = detail = QLabel(self._every)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        # Both wrap: on one line each the banner was wider than the timeline at 1024 px.
        self.label.setWordWrap(True)
        detail.setWordWrap(True)
        close = QToolButton()
        close.setText(self.tr("Hide"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        # The title above its detail, both across the banner: side by side, each was a narrow
        # column of five lines over the timeline at 1024 px.
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.label)
        words.addWidget(detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addLayout(words, 1)
        layout.addWidget(close)
        self.setToolTip(self._every)
        self.hide()

    def show_summary(self, summary: str, undated_articles: Sequence[str] = ()) -> None:
        """Say what the draft holds ("7 events drafted (1 undated). 13 actors found."), the
        reminder that every event is unreviewed kept as the banner's tooltip; and which
        articles had no publication date, whose relative dates are then left undated
        (QA #92: the command line said so, the window did not)."""
        lines = [summary or self._every]
        if undated_articles:
            names = ", ".join(visible(elided(name, 80)) for name in undated_articles[:5])
            if len(undated_articles) > 5:
                names += ", …"
            lines.append(
                self.tr(
                    "No publication date found in %1: relative dates (“on Thursday”) are "
                    "left undated. Give it under Published in New from Article… and build "
                    "again."
                ).replace("%1", names)
            )
        self.detail.setText("\n".join(lines))


class _DraftFlow(QObject):
    """Runs the dialog for a window and, when the draft is open, shows the banner and starts
    reviewing it (``on_draft_opened``, given by the window)."""

    def __init__(
        self,
        window: QMainWindow,
        controller: TimelineController,
        folder: str,
        on_draft_opened: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._folder = folder
        self._armed = False
        self._draft_path: Path | None = None  # the open draft's path, while it is open
        self._summary = ""  # what the last draft built holds, in words
        self._on_draft_opened = on_draft_opened
        self.banner = DraftBanner(window)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        controller.file_loaded.connect(self.on_file_loaded)
        self.dialog: BuildDialog | None = None

    def start(self) -> None:
        dialog = BuildDialog(
            self._window,
            self._folder,
            self._controller.path,
            self._controller.modified,
            self._let_go,
        )
        dialog.draft_built.connect(self.on_draft_built)
        self.dialog = dialog
        dialog.open()

    def _let_go(self) -> bool:
        """The window's question about unsaved changes (True: saved, discarded or none)."""
        save_flow = getattr(self._window, "save_flow", None)
        maybe_save = getattr(save_flow, "maybe_save", None)
        return bool(maybe_save()) if maybe_save is not None else True

    def on_draft_built(self, path: str, summary: str = "") -> None:
        if self._controller.modified:
            # The changes were let go before the build (discarded, or the open file replaced
            # on an explicit answer): opening the draft must not ask again, where "Save"
            # would now write the old edits over the new draft.
            self._controller.undo_stack.setClean()
        self._folder = str(Path(path).parent)
        self._armed = True
        self._summary = summary  # shown once the draft is open (with what it says)
        open_requested = getattr(self._window, "open_requested", None)
        if open_requested is not None:
            open_requested.emit(path)

    def _undated_articles(self) -> list[str]:
        """The draft's articles without a publication date (none was found or given)."""
        timeline = self._controller.timeline
        if timeline is None:
            return []
        return [
            Path(d.path).name if d.path else d.title
            for d in timeline.documents
            if d.published is None
        ]

    def on_file_loaded(self) -> None:
        # The first file loaded after a build is the draft. An edit of it (a new event, actor
        # or document reloads the draft) or a reload of its path keeps the banner (QA #106:
        # the first new event hid it, every other event still unreviewed); another file
        # hides it.
        draft = self._armed
        self._armed = False
        if draft:
            self._draft_path = self._controller.path
        elif self._controller.reloading_after_edit or (
            self._draft_path is not None and self._controller.path == self._draft_path
        ):
            return
        else:
            self._draft_path = None
        if draft:
            self.banner.show_summary(self._summary, self._undated_articles())
        self.banner.setVisible(draft)
        if draft and self._on_draft_opened is not None:
            self._on_draft_opened()


def install_build_action(
    window: QMainWindow,
    menu: QMenu,
    controller: TimelineController,
    folder: str = "",
    on_draft_opened: Callable[[], None] | None = None,
) -> QAction:
    """Add File › New from Article… to ``menu`` of ``window`` where the hook is called (the one
    hook in MainWindow). The draft opens through ``window.open_requested``; once it is open,
    ``on_draft_opened`` runs (the window starts review mode: every drafted event is
    unreviewed)."""
    flow = _DraftFlow(window, controller, folder, on_draft_opened)
    action = QAction(QCoreApplication.translate("BuildDialog", "New from &Article…"), window)
    action.setObjectName("action-new-from-article")
    action.triggered.connect(flow.start)
    menu.addAction(action)
    return action
