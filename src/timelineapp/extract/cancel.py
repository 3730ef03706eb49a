"""Stopping a build when asked: the window's Cancel during a long article (QA session 11).

:func:`~.build.build_draft` is given a ``cancelled`` callable (the worker's flag); while it
runs, :func:`check_cancel` asks it and raises :class:`BuildCancelled` once it says yes. The
tagger, the actor finders and the event loops call :func:`check_cancel` often (per rule, per
match, per sentence, per event), so that a 200 KB article stops within a fraction of a second
instead of running to its end; a call costs a context-variable read when nobody can cancel.

The request is a :class:`~contextvars.ContextVar`, set only for the duration of one
``build_draft`` (none at import, none outside a build): the rules are shared with the phrase
check and the typed dates, which are never cancelled, and keep their signatures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["BuildCancelled", "cancellable", "check_cancel"]


class BuildCancelled(Exception):
    """The build was asked to stop; nothing it made is kept."""


_CANCELLED: ContextVar[Callable[[], bool] | None] = ContextVar("build_cancelled", default=None)


def check_cancel() -> None:
    """Raise :class:`BuildCancelled` when the running build was asked to stop."""
    cancelled = _CANCELLED.get()
    if cancelled is not None and cancelled():
        raise BuildCancelled


@contextmanager
def cancellable(cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Meanwhile, :func:`check_cancel` asks ``cancelled`` (None: nobody can cancel)."""
    token = _CANCELLED.set(cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)
