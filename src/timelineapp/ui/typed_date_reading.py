"""A date typed in the window (the filter's From and To, Edit Event's and New Event's Date),
read by ``extract.typed_dates`` in the window's language first, with the readers loaded in a
thread the first time a date field gets the focus.

One place for what both kinds of field need: the filter and the editor read "mai 2024" the
same way, as the builder and the importer do (QA #51, #85).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale

from ..extract.typed_dates import TypedDate, typed_date, warm_up

__all__ = ["TypedDate", "read_typed_date", "warm_date_readers"]

_warm = threading.Event()


def window_languages() -> tuple[str, str]:
    """Month names are tried in the window's language first ("06/07/2024" aside)."""
    return ("fr", "en") if QLocale().name().startswith("fr") else ("en", "fr")


def read_typed_date(text: str) -> TypedDate | None:
    """What ``text`` means (None when blank); DateError when no reader takes it as a date."""
    text = text.strip()
    if not text:
        return None
    return typed_date(text, window_languages())


def warm_date_readers() -> None:
    """Load the date readers in a thread, once: the first date typed in words would
    otherwise wait ~0.3 s for them (Qt-free modules; the window's garbage collection runs on
    its own thread, ui/gui_collector)."""
    if _warm.is_set():
        return
    _warm.set()
    threading.Thread(target=warm_up, name="date-readers", daemon=True).start()
