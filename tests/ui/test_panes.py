"""The event, sources, quotes and document panes, driven through a real controller."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from timelineapp.model.loading import load_event_bytes
from timelineapp.model.timeline import Timeline
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.panes import DocumentPane, EventPane, QuotesPane, SourcesPane, TextPositions
from timelineapp.ui.panes.sources_pane import safe_http_url

# WORKAROUND: the offscreen platform warns on every shown top-level widget with a layout; it
# says nothing about our code. Better placed as qt_log_ignore in pyproject.toml.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The emoji (one code point, two UTF-16 units) and the "\r\n" (two code points, one Qt
# position) sit before the quotes, so any offset mix-up moves the selection.
ARTICLE = (
    "Communiqué 😀 : le retrait commencera vendredi, selon Niamey.\r\n\r\n"
    "Les troupes partiront au plus tard le 15 septembre.\n"
    "Fin de l'article."
)
OTHER = "Un autre texte, dont la copie a changé depuis la citation."


def span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def make_timeline(*, other_sha256: str = "0" * 64) -> Timeline:
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Test",
        "language": "fr",
        "documents": [
            {
                "id": "article",
                "title": "Le retrait <i>commence</i>",
                "publisher": "Journal",
                "published": "2024-06",
                "url": "https://example.org/article?a=1&b=<2>",
                "archive_url": "http://archive.example.org/x",
                "language": "fr",
                "text": ARTICLE,
            },
            {"id": "other", "title": "Autre", "text": OTHER, "sha256": other_sha256},
        ],
        "actors": [
            {"id": "niger", "name": "Niger", "description": "<b>État</b>"},
            {"id": "usa", "name": "États-Unis"},
        ],
        "events": [
            {
                "id": "retrait",
                "title": "<b>x</b>",
                "date": "2024-05-19",
                "actors": [{"actor": "niger", "role": "signataire"}, "usa"],
                "place": "Niamey",
                "summary": "Le retrait commence.",
                "tags": ["retrait", "accord"],
                "review": "disputed",
                "note": "Date tirée de « vendredi ».",
                "sources": [
                    {
                        "document": "article",
                        "quotes": [
                            {
                                **span(ARTICLE, "le retrait commencera"),
                                "attributed_to": "niger",
                            }
                        ],
                        "date_phrase": span(ARTICLE, "vendredi"),
                    },
                    {"document": "other", "quotes": [span(OTHER, "autre texte")]},
                ],
            },
            {
                "id": "depart",
                "title": "Départ",
                "date": "[..2024-09-15]",
                "sources": [
                    {
                        "document": "article",
                        "quotes": [
                            {
                                **span(ARTICLE, "Les troupes partiront"),
                                "attributed_to": "communiqué conjoint",
                            }
                        ],
                    }
                ],
            },
            {
                "id": "sans-date",
                "title": "Sans date",
                "sources": [{"document": "other", "quotes": [span(OTHER, "la copie")]}],
            },
        ],
    }
    result = load_event_bytes(json.dumps(data).encode(), "test.timeline.json", None)
    # A changed document is an error of provenance, not of shape: the file still opens.
    assert result.loaded is not None, result.issues
    return Timeline(result.loaded)


@pytest.fixture
def controller() -> TimelineController:
    controller = TimelineController()
    controller.set_timeline(make_timeline())
    return controller


def shown(qtbot: QtBot, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- code point offsets and Qt positions ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "plain ascii", ARTICLE, "😀😀a\r\n\r\nb🎉\rc\u2028d\u2029e", "\r\n", "x\r"],
)
def test_text_positions_agree_with_qt(text: str) -> None:
    positions = TextPositions(text)
    document = QTextDocument()
    document.setPlainText(text)
    assert positions.qt_length == document.characterCount() - 1
    for offset, char in enumerate(text):
        qt = positions.to_qt(offset)
        assert positions.from_qt(qt) == offset or (char == "\n" and text[offset - 1] == "\r")
        if char not in "\r\n\u2029" and ord(char) <= 0xFFFF:
            assert document.characterAt(qt) == char


def test_text_positions_around_an_emoji() -> None:
    positions = TextPositions("a😀b")
    assert [positions.to_qt(o) for o in range(4)] == [0, 1, 3, 4]
    # Inside the surrogate pair (Qt position 2) is the emoji itself.
    assert [positions.from_qt(p) for p in range(5)] == [0, 1, 1, 2, 3]


# --- event pane ----------------------------------------------------------------------------


def test_event_pane_shows_the_selected_event_as_plain_text(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = shown(qtbot, EventPane(controller))
    assert pane.shown_text() == "No event selected"
    controller.select(0)
    title = pane.title_label
    assert title.text() == "<b>x</b>"
    assert title.textFormat() == Qt.TextFormat.PlainText
    # Rendered as markup, the label would be one bold "x" wide.
    assert title.sizeHint().width() > 4 * title.fontMetrics().horizontalAdvance("x")
    assert pane.date_label.text() == "on 19 May 2024"  # the window's language (English)
    text = pane.shown_text()
    for expected in (
        "2024-05-19 (precision: day)",
        "In the source: « vendredi »",
        "Status: Occurred",
        "Niamey",
        "Le retrait commence.",
        "retrait, accord",
        "Date tirée de « vendredi ».",
        "Niger (signataire)",
        "États-Unis",
    ):
        assert expected in text
    assert "Disputed" in pane.review_label.text()
    assert pane.review_label.font().bold()


def test_event_pane_says_undated(qtbot: QtBot, controller: TimelineController) -> None:
    pane = shown(qtbot, EventPane(controller))
    controller.select(2)
    assert pane.date_label.text() == "Undated"
    assert "Disputed" not in pane.review_label.text()
    controller.select(None)
    assert pane.shown_text() == "No event selected"


def test_actor_buttons_emit_the_actor_id(qtbot: QtBot, controller: TimelineController) -> None:
    pane = shown(qtbot, EventPane(controller))
    controller.select(0)
    buttons = pane.actor_buttons
    assert [b.text() for b in buttons] == ["Niger (signataire)", "États-Unis"]
    with qtbot.waitSignal(pane.actor_activated) as blocker:
        qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert blocker.args == ["usa"]


# --- sources pane --------------------------------------------------------------------------


def test_sources_pane_lists_documents_and_warns_on_changed_text(
    qtbot: QtBot, controller: TimelineController
) -> None:
    pane = shown(qtbot, SourcesPane(controller))
    controller.select(0)
    assert len(pane.boxes) == 2
    text = pane.shown_text()
    assert "Le retrait <i>commence</i>" in text  # the title as written, not as markup
    assert "Journal" in text
    assert "in June 2024 (2024-06)" in text
    assert text.count("1 quote(s) from this document") == 2
    warning = "⚠ The text of this document no longer matches its recorded SHA-256"
    assert text.count(warning) == 1
    # The warning belongs to the changed document's box, not the sound one.
    first, second = ([label.text() for label in box.findChildren(QLabel)] for box in pane.boxes)
    assert not any(warning in label for label in first)
    assert any(warning in label for label in second)


def test_sources_pane_no_warning_when_text_matches(qtbot: QtBot) -> None:
    from timelineapp.model.integrity import sha256_text

    controller = TimelineController()
    controller.set_timeline(make_timeline(other_sha256=sha256_text(OTHER)))
    pane = shown(qtbot, SourcesPane(controller))
    controller.select(0)
    assert "SHA-256" not in pane.shown_text()


def test_links_open_only_their_http_url_on_click(
    qtbot: QtBot, controller: TimelineController, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = shown(qtbot, SourcesPane(controller))
    controller.select(0)
    links = pane.links()
    assert [link.url.toString() for link in links] == [
        "https://example.org/article?a=1&b=%3C2%3E",
        "http://archive.example.org/x",
    ]
    assert opened == []  # showing a link opens nothing
    assert "<2>" not in links[0].text()  # the address is escaped in the label's markup
    links[0].linkActivated.emit("javascript:alert(1)")  # whatever the label reports...
    assert opened == ["https://example.org/article?a=1&b=%3C2%3E"]  # ...its own URL opens


@pytest.mark.parametrize(
    "address", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/", "http://", "x"]
)
def test_safe_http_url_refuses_other_schemes(address: str) -> None:
    assert safe_http_url(address) is None


# --- quotes and document panes -------------------------------------------------------------


def test_clicking_a_quote_selects_exactly_it_in_the_document(
    qtbot: QtBot, controller: TimelineController
) -> None:
    quotes = shown(qtbot, QuotesPane(controller))
    document = shown(qtbot, DocumentPane(controller))
    controller.select(1)
    view = quotes.view
    assert view.model().rowCount() == 1
    item = view.model().index(0, 0)
    assert item.data() == (
        "« Les troupes partiront »\n— communiqué conjoint, in Le retrait <i>commence</i>"
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(item).center())
    start = ARTICLE.index("Les troupes partiront")
    end = start + len("Les troupes partiront")
    cursor = document.text_edit.textCursor()
    # Before it, one emoji (Qt counts one more) and two "\r\n" (Qt counts one fewer each).
    assert (cursor.anchor(), cursor.position()) == (start - 1, end - 1)
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start - 1, end - 1)
    assert cursor.selectedText() == "Les troupes partiront"
    assert document.selected_span() == (start, end)


def test_quote_after_emoji_and_other_document(qtbot: QtBot, controller: TimelineController) -> None:
    quotes = shown(qtbot, QuotesPane(controller))
    document = shown(qtbot, DocumentPane(controller))
    controller.select(0)
    assert quotes.model.rowCount() == 2
    assert quotes.model.index(0, 0).data().startswith("« le retrait commencera »\n— Niger, in")
    start = ARTICLE.index("le retrait commencera")
    quotes.view.activated.emit(quotes.model.index(0, 0))  # what Enter does
    cursor = document.text_edit.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start + 1, start + 22)
    assert cursor.selectedText() == "le retrait commencera"
    # The second quote is in another document: the pane switches to it.
    quotes.view.activated.emit(quotes.model.index(1, 0))
    assert document.document_id == "other"
    start = OTHER.index("autre texte")
    assert document.selected_span() == (start, start + len("autre texte"))
    assert document.warning_label.isVisibleTo(document)


def test_document_pane_marks_the_selected_event(
    qtbot: QtBot, controller: TimelineController
) -> None:
    document = shown(qtbot, DocumentPane(controller))
    assert document.combo.isVisibleTo(document)  # the file has two documents
    controller.select(2)
    assert document.document_id == "other"  # the event's first source
    controller.select(0)
    assert document.document_id == "other"  # event 0 cites it too: stay
    document.show_document("article")
    selections = document.text_edit.extraSelections()
    # Event 0's quote and date phrase, and event 1's quote.
    spans = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
        for s in selections
    }
    positions = document.positions

    def qt_span(words: str) -> tuple[int, int]:
        start = ARTICLE.index(words)
        return positions.to_qt(start), positions.to_qt(start + len(words))

    quote, phrase, other = (
        spans[qt_span("le retrait commencera")],
        spans[qt_span("vendredi")],
        spans[qt_span("Les troupes partiront")],
    )
    assert len(spans) == 3
    assert len({quote.name(), phrase.name(), other.name()}) == 3
    assert other.lightness() > 200  # pale grey
    assert other.saturation() < 20
    assert document.text_edit.toPlainText().replace("\r\n", "\n") == ARTICLE.replace("\r\n", "\n")


def test_clicking_a_marked_passage_selects_its_event(
    qtbot: QtBot, controller: TimelineController
) -> None:
    document = shown(qtbot, DocumentPane(controller))
    controller.select(1)
    assert document.document_id == "article"
    edit = document.text_edit

    def click_at(offset: int) -> None:
        cursor = QTextCursor(edit.document())
        cursor.setPosition(document.positions.to_qt(offset))
        rect = edit.cursorRect(cursor)
        qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    clicked = ARTICLE.index("retrait commencera")  # inside "le retrait commencera"
    click_at(clicked)
    assert controller.selection == 0
    # No jump away from where the reader clicked: same document, caret where the click was.
    assert document.document_id == "article"
    assert edit.textCursor().position() == document.positions.to_qt(clicked)
    click_at(ARTICLE.index("Fin de"))  # unmarked text: the selection stays
    assert controller.selection == 0
    click_at(ARTICLE.index("troupes partiront"))
    assert controller.selection == 1


def test_a_long_first_document_is_shown_after_the_window_updates(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a file must not wait for a long text's layout; the text follows at once."""
    from timelineapp.ui.panes import document_pane

    monkeypatch.setattr(document_pane, "_DEFER_CHARS", len(ARTICLE) - 1)
    controller = TimelineController()
    document = shown(qtbot, DocumentPane(controller))
    controller.set_timeline(make_timeline())
    assert document.text_edit.toPlainText() == ""  # not yet: the window paints first
    qtbot.waitUntil(lambda: document.text_edit.toPlainText().startswith("Communiqué"))
    # A file opened meanwhile wins over the deferred document of the previous one.
    controller.set_timeline(make_timeline())
    controller.set_timeline(make_timeline())
    qtbot.waitUntil(lambda: document.text_edit.toPlainText().startswith("Communiqué"))


def test_other_passages_stay_dark_in_a_dark_theme(
    qtbot: QtBot, controller: TimelineController
) -> None:
    from PySide6.QtGui import QColor, QPalette

    document = shown(qtbot, DocumentPane(controller))
    palette = document.text_edit.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    document.text_edit.setPalette(palette)
    controller.select(0)
    document.show_document("article")
    start = ARTICLE.index("Les troupes partiront")
    positions = document.positions
    span = (positions.to_qt(start), positions.to_qt(start + len("Les troupes partiront")))
    colours = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): (
            s.format.background().color(),
            s.format.foreground().color(),
        )
        for s in document.text_edit.extraSelections()
    }
    background, text = colours[span]
    assert background.lightness() < 128
    assert text.lightness() > 128
