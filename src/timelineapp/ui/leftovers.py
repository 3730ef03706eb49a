"""At start: the leftovers of a killed run are removed, and what could not be is said."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar

from ..model.leftovers import Cleaned, clean_leftovers
from ..model.untrusted_text import shown
from .settings import Settings

_log = logging.getLogger(__name__)


def folders_written(settings: Settings, settings_path: Path, cache_dir: Path | None) -> list[Path]:
    """The folders timelineapp writes to: where leftovers of a killed write can be."""
    folders = [settings_path.parent]
    if cache_dir is not None:
        folders.append(cache_dir)
    folders += [Path(p).parent for p in settings.recent_files if p]
    if settings.export.folder:
        folders.append(Path(settings.export.folder))
    return folders


def clean_at_start(
    settings: Settings, settings_path: Path, cache_dir: Path | None, status: QStatusBar
) -> Cleaned:
    cache_folders = [cache_dir] if cache_dir is not None else []
    cleaned = clean_leftovers(
        folders_written(settings, settings_path, cache_dir), None, cache_folders
    )
    for path in cleaned.removed:
        _log.info("removed the leftover %s of an interrupted write", path)
    for path, reason in cleaned.failed:
        _log.warning("cannot remove the leftover %s: %s", path, reason)
    if cleaned.failed:
        path, reason = cleaned.failed[0]
        text = Leftovers.tr(
            "Cannot remove %Ln leftover temporary file(s), such as {path}: {why}",
            "",
            len(cleaned.failed),
        )
        status.showMessage(text.format(path=shown(str(path)), why=reason), 30_000)
    return cleaned


class Leftovers(QObject):
    """The "Leftovers" translation context: pyside6-lupdate marks only ``tr()`` calls with a
    count as plurals (see ``provenance_words.Provenance``)."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Leftovers", source, disambiguation, n)
