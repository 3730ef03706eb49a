"""One rule judges a date phrase for ``validate`` and the Event pane
(``phrase_check.event_phrase_disagreements``): which sources are skipped, which language."""

from __future__ import annotations

from pathlib import Path

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.phrase_check import (
    date_phrase_disagreements,
    event_phrase_disagreements,
)
from timelineapp.model.file_format import EventFile

SEED = Path(__file__).parent.parent / "data" / "build" / "000_651eb735907009b6.txt"


def _file(**document_changes: str) -> EventFile:
    article = article_from_text(SEED.read_text(encoding="utf-8"), SEED.name)
    data = build_draft([article], words=CodeWords()).event_file.model_dump(
        mode="json", exclude_none=True
    )
    for event in data["events"]:
        if event.get("date") == "2012":
            event["date"] = "2024-03"
    for document in data["documents"]:
        document.update(document_changes)
    return EventFile.model_validate(data)


def _per_event(event_file: EventFile) -> list[tuple[int, int, str, str, str]]:
    documents = {d.id: d for d in event_file.documents}
    return [
        (f.event, f.source, f.phrase, f.reading, f.date)
        for i, event in enumerate(event_file.events)
        if event.date is not None
        for f in event_phrase_disagreements(
            i, event.date, event.sources, documents, event_file.language
        )
    ]


def test_the_whole_file_and_one_event_at_a_time_agree() -> None:
    event_file = _file()
    whole = [
        (f.event, f.source, f.phrase, f.reading, f.date)
        for f in date_phrase_disagreements(event_file)
    ]
    assert whole == _per_event(event_file)
    assert [(p, r, d) for _, _, p, r, d in whole] == [("en 2012", "2012", "2024-03")]


def test_a_regional_language_tag_reads_as_its_language() -> None:
    assert _per_event(_file(language="fr-FR")) == _per_event(_file())


def test_a_source_with_its_own_date_or_an_unknown_document_is_not_judged() -> None:
    event_file = _file()
    (found,) = date_phrase_disagreements(event_file)
    event = event_file.events[found.event]
    documents = {d.id: d for d in event_file.documents}
    own_date = [
        s.model_copy(update={"date": "2012"}) if k == found.source else s
        for k, s in enumerate(event.sources)
    ]
    assert list(event_phrase_disagreements(found.event, "2024-03", own_date, documents, "fr")) == []
    assert list(event_phrase_disagreements(found.event, "2024-03", event.sources, {}, "fr")) == []
