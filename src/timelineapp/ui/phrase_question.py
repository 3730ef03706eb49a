"""Use as Date Phrase on words that cannot mean the event's date: asked, not recorded silently.

A date phrase tells a reader which words gave the event's date; words that read another date
(« en 2012 » chosen for an event of 19 May 2024) would tell them the source says what it does
not (QA #99); words that hold no date at all (« sur les », a drag that missed « en 2012 »)
tell them nothing (QA #120). The judgement is ``extract.phrase_check.phrase_disagrees``, the
rule of ``timelineapp validate`` and of the Event pane's ⚠ line, so all three agree.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..model.file_format import Event, EventFile


def phrase_question(
    header: EventFile, event: Event, document_id: str, words: str, parent: QWidget | None
) -> QMessageBox | None:
    """A question for recording ``words`` of ``document_id`` as ``event``'s date phrase when
    they cannot mean the date they would stand for (the source's own date when it has one,
    else the event's) or say no date at all; None when they can, or cannot be judged."""
    # The date tagger, imported at the first date phrase chosen.
    from ..extract.phrase_check import NO_DATE, phrase_disagrees

    document = next((d for d in header.documents if d.id == document_id), None)
    source = next((s for s in event.sources if s.document == document_id), None)
    own = source.date if source is not None else None
    date = own if own is not None else event.date
    if document is None:
        return None
    reading = phrase_disagrees(words, document, header.language, date)
    if reading is None:
        return None
    if reading == NO_DATE:
        template = QCoreApplication.translate(
            "PhraseQuestion",
            "« %1 » says no date: no day, month, year or other word of time.\n\n"
            "A date phrase shows the words that give the date: record these anyway?",
        )
    elif own is not None:
        template = QCoreApplication.translate(
            "PhraseQuestion",
            "« %1 » reads %2, which does not overlap the source's own date, %3.\n\n"
            "A date phrase shows the words that give the date: record these anyway?",
        )
    else:
        template = QCoreApplication.translate(
            "PhraseQuestion",
            "« %1 » reads %2, which does not overlap the event's date, %3.\n\n"
            "A date phrase shows the words that give the date: record these anyway, or cancel "
            "and change the date first?",
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PhraseQuestion", "Use as Date Phrase"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the words are a stranger's
    # One pass: the words may hold "%2" themselves.
    values = {"1": " ".join(words.split()), "2": reading, "3": date or ""}
    box.setText(re.sub(r"%([123])", lambda m: values[m[1]], template))
    box.addButton(
        QCoreApplication.translate("PhraseQuestion", "&Record Anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    return box


def phrase_recorded_anyway(box: QMessageBox) -> bool:
    """Whether the user chose Record Anyway in ``box`` (after ``exec``)."""
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
