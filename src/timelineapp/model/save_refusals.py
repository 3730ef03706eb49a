"""Why a save was refused, as a code and its arguments.

The model stays free of Qt: a :class:`.saving.SaveError` keeps an English sentence (the log,
the command line) and one of these codes with its arguments, which the window words in its
own language (``ui/save_refusal_words``). Arguments are plain strings: names, paths, ids and
a size in bytes (``limit``), which the window formats the way it formats every size.
"""

from __future__ import annotations

PATH_OUTSIDE = "path_outside"
"""A document's ``path`` leads outside the event file's folder (``path``, ``folder``)."""

OTHER_FILE = "other_file"
"""The file at a document's ``path`` holds other text, and the document's own text is not at
hand to write under a free name (``path``, ``folder``, ``document``)."""

NO_TEXT = "no_text"
"""A document has no file at its ``path`` and its text is not at hand to write one
(``document``, ``path``, ``folder``)."""

TOO_BIG = "too_big"
"""The file would be bigger than timelineapp opens, even one event a line (``name``,
``limit``: bytes)."""

CHANGED_ON_DISK = "changed_on_disk"
"""The file was changed by another program since it was opened (``name``)."""

SYSTEM = "system"
"""The system refused a read or a write (``name``); the ``OSError`` is the error's cause."""

CODES = frozenset({PATH_OUTSIDE, OTHER_FILE, NO_TEXT, TOO_BIG, CHANGED_ON_DISK, SYSTEM})
