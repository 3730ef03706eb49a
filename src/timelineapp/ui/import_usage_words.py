"""The ``--map`` usage errors of ``timelineapp import`` in the language of ``--lang``.

Without ``--lang`` (or with ``en``) the command says them itself, in English, without Qt
(``import_cli``); these are the same sentences as Qt sources, so ``--lang fr`` says them in
French like the rest of the report. A test holds the two English texts together.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .quote_words import quoted_argument


def map_not_a_pair(item: str) -> str:
    """``--map`` given something that is not ``FIELD=COLUMN``."""
    text = QCoreApplication.translate(
        "ImportCommand", "--map {item}: expected FIELD=COLUMN, as in --map date=Date"
    )
    return _filled(text, {"{item}": quoted_argument(item)})


def map_unknown_field(item: str, fields: str, found: str) -> str:
    """``--map`` naming a field events do not have."""
    text = QCoreApplication.translate(
        "ImportCommand", "--map {item}: expected a field among {fields}, found {found}"
    )
    quoted = {"{item}": quoted_argument(item), "{found}": quoted_argument(found)}
    return _filled(text, {**quoted, "{fields}": fields})


def _filled(text: str, parts: dict[str, str]) -> str:
    """One pass, so an item holding "{fields}" stays as it was typed."""
    pieces = re.split("(" + "|".join(map(re.escape, parts)) + ")", text)
    return "".join(parts.get(piece, piece) for piece in pieces)
