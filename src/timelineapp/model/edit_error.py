"""The error of an edit that would break the file, apart from :mod:`.edits` (which imports the
format's models): the window catches it, and a start imports no model."""

from __future__ import annotations


class EditError(ValueError):
    """A change that would break the file; the message says why, for the user."""


__all__ = ["EditError"]
