"""The progress dialog shown while a worker thread loads or imports a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

# Short jobs finish before the dialog would appear: no flash for a file that loads quickly.
SHOW_AFTER_MS = 300


def worker_progress(
    parent: QWidget | None, label: str, title: str, cancel: str | None, maximum: int = 1000
) -> QProgressDialog:
    """A window-modal progress dialog (``maximum`` 0: busy, no known end).

    ``cancel`` is the Cancel button's text, or None for a job that cannot be cancelled.
    The caller connects the worker's progress and the dialog's ``canceled`` signal.
    """
    dialog = QProgressDialog(label, cancel or "", 0, maximum, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    return dialog


def retire(worker: QThread | None, dialog: QProgressDialog | None) -> None:
    """Wait for a finished (or cancelled) worker and close its progress dialog, both deleted
    later by Qt; the caller forgets its references to them."""
    if worker is not None:
        worker.wait()
        worker.deleteLater()
    if dialog is not None:
        dialog.reset()
        dialog.deleteLater()
