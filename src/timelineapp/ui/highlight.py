"""Search matches shown in file text without ever interpreting that text as HTML.

Labels can only highlight runs of text through rich text, so the text is escaped piece by
piece and only our own <span> tags are added around the matches.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from ..model.filtering import find_terms
from ..model.untrusted_text import TEXT_LIMIT, visible
from .mark_colours import MATCH_COLOR, MATCH_TEXT_COLOR


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as escaped HTML with each ``[start, end)`` span marked."""
    parts = []
    position = 0
    for start, end in spans:
        parts.append(html.escape(text[position:start]))
        parts.append(
            # Dark text on the pale match colour in either theme (light text was unreadable).
            f'<span style="background-color:{MATCH_COLOR.name()}; '
            f'color:{MATCH_TEXT_COLOR.name()}">'
            f"{html.escape(text[start:end])}</span>"
        )
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


def set_label_text(label: QLabel, text: str, terms: Sequence[str]) -> None:
    """Plain text, or escaped rich text with the search terms marked when there are any.

    A stranger's field is cut at :data:`TEXT_LIMIT` characters (a 10 MB title laid out in a
    word-wrapped label froze the window for minutes) and its control characters are drawn.
    """
    text = visible(capped_text(text))
    spans = find_terms(text, terms)
    if not spans:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        return
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(highlighted_html(text, spans))


def capped_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text`` up to ``limit`` characters, then a note saying how many more there are."""
    if len(text) <= limit:
        return text
    more = len(text) - limit
    return text[:limit] + "… " + Highlight.tr("(%Ln more character(s), in the file)", "", more)


class Highlight(QObject):
    """The "Highlight" translation context: pyside6-lupdate marks only ``tr()`` calls with a
    count as plurals (see ``provenance_words.Provenance``)."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Highlight", source, disambiguation, n)
