"""Add Document and Document Properties read the publication date as Edit Event's Date does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_add_document_reads_a_publication_date_in_words(qtbot: QtBot) -> None:
    # QA #108: « 2 octobre 2025 », as the dateline prints it, was refused (EDTF only).
    from timelineapp.ui.editing.dialogs import AddDocumentDialog

    dialog = AddDocumentDialog(True, None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Article")
    dialog.text.setPlainText("Le texte.")
    dialog.fields["published"].setText("2 octobre 2025")
    assert dialog.problem() is None
    assert "2025-10-02" in dialog.published.feedback.text()  # says as what it was read
    assert dialog.metadata()["published"] == "2025-10-02"
    dialog.fields["published"].setText("2 octobre")
    assert dialog.problem() is not None
