"""The notice shown when the settings file was set aside, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .issue_words import issue_message
from .settings import LoadedSettings


def settings_notice(loaded: LoadedSettings) -> str:
    """What the window says when the settings file could not be used: where (file, key,
    line), what was expected and what was found, and where the file was kept."""
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
