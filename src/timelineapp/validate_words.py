"""The summary lines of ``timelineapp validate --lang`` ("x.json: OK (2 warnings)")."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ValidateWords(QObject):
    """``pyside6-lupdate`` reads ``%n`` plurals from ``self.tr`` calls: one class for them."""

    def valid(self, name: str, warnings: int) -> str:
        if not warnings:
            return self.tr("{file}: OK").format(file=name)
        return self.tr("{file}: OK (%Ln warning(s))", "", warnings).format(file=name)

    def invalid(self, name: str, errors: int) -> str:
        return self.tr("{file}: %Ln error(s)", "", errors).format(file=name)
