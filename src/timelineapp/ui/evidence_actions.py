"""The View menu's evidence action: reporting-lag lines on the timeline, on demand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from .timeline_widget import TimelineWidget


def reporting_lag_action(parent: QObject, timeline: TimelineWidget) -> QAction:
    """A checkable "Show Reporting Lag" (Ctrl+Shift+L), off by default: lines from each
    event to its documents' publication marks would clutter every view if always drawn."""
    action = QAction(QCoreApplication.translate("EvidenceActions", "Show Reporting &Lag"), parent)
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    action.setStatusTip(
        QCoreApplication.translate(
            "EvidenceActions",
            "Draw a line from each event to the publication of each document that reports it",
        )
    )
    action.toggled.connect(timeline.set_show_lag)
    return action
