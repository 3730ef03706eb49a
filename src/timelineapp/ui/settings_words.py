"""The notice shown when the settings file was set aside, in the window's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .issue_words import issue_message
from .read_problem_words import os_error_words
from .settings import LoadedSettings


def settings_notice(loaded: LoadedSettings) -> str:
    """What the window says when the settings file could not be used: where (file, key,
    line), what was expected and what was found, and where the file was kept."""
    if loaded.reset:
        return _reset_notice(loaded)
    reason = loaded.problem
    if loaded.issue is not None:
        reason = f"{loaded.issue.location}: {issue_message(loaded.issue)}"
    if loaded.set_aside is not None:
        return QCoreApplication.translate(
            "Application",
            "Your settings could not be used ({reason}); they were kept as {file} and the "
            "defaults are used.",
        ).format(reason=reason, file=loaded.set_aside.name)
    return QCoreApplication.translate(
        "Application", "Your settings could not be used ({reason}); the defaults are used."
    ).format(reason=reason)


def _reset_notice(loaded: LoadedSettings) -> str:
    """Some values reset, the rest kept: which ones and why, one per line."""
    path = loaded.reset[0].file
    if loaded.set_aside is not None:
        head = QCoreApplication.translate(
            "Application",
            "Some of your settings in {path} could not be used and were reset to their "
            "defaults; the others are kept. The file as it was is kept as {file}.",
        ).format(path=path, file=loaded.set_aside.name)
    else:
        head = QCoreApplication.translate(
            "Application",
            "Some of your settings in {path} could not be used and were reset to their "
            "defaults; the others are kept.",
        ).format(path=path)
    line = QCoreApplication.translate("Application", "{key}: {message}")
    if "{key}" not in line or "{message}" not in line:  # no usable translation
        line = "{key}: {message}"
    lines = [
        line.replace("{message}", issue_message(issue)).replace("{key}", issue.json_path)
        for issue in loaded.reset
    ]
    return "\n".join([head, *lines])


def save_failed_notice(path: Path, error: OSError) -> str:
    """Settings that cannot be written: where, why (in the window's language), and what the
    user loses."""
    return QCoreApplication.translate(
        "Application",
        "Your settings cannot be saved in {folder}: {reason}. Recent files, the layout and "
        "your preferences will not be kept after timelineapp closes.",
    ).format(folder=path.parent, reason=_save_reason(path, error))


def _save_reason(path: Path, error: OSError) -> str:
    if path.parent.is_file():  # --config-dir is refused then; $TIMELINEAPP_CONFIG_DIR is not
        return QCoreApplication.translate("Application", "it is a file, not a folder")
    return os_error_words(error)
