"""How an undoable command names the event it changed: "Change date of 'Signature de l'acc…'"."""

from __future__ import annotations

_SHORT = 32


def short_title(title: str) -> str:
    """A title short enough for a menu entry: "Signature de l'accord…"."""
    return title if len(title) <= _SHORT else title[: _SHORT - 1].rstrip() + "…"
