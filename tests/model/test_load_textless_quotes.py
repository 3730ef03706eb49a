"""The load pass warns of every quote or date phrase of a document that has no text of its
own, at its source, in file order, whether its event has one source or several."""

from __future__ import annotations

import json
from pathlib import Path

from timelineapp.model.loading import load_event_file

TEXT = "Le communiqué dit ceci."
QUOTE = {"start": 0, "end": 2, "text": "Le"}


def test_quotes_of_textless_documents_are_flagged_at_their_source(tmp_path: Path) -> None:
    events = [
        {"id": "e0", "title": "One textless source",
         "sources": [{"document": "communique", "quotes": [QUOTE]}]},
        {"id": "e1", "title": "A source without quotes is not flagged",
         "sources": [{"document": "communique"}]},
        {"id": "e2", "title": "Several sources",
         "sources": [{"document": "article", "quotes": [QUOTE]},
                     {"document": "communique", "quotes": [QUOTE, QUOTE]},
                     {"document": "communique",
                      "date_phrase": {"start": 0, "end": 2, "text": "Le"}}]},
        {"id": "e3", "title": "Only an article", "sources": [{"document": "article"}]},
    ]  # fmt: skip
    data = {
        "format": "timelineapp/events",
        "version": 1,
        "title": "Textless",
        "documents": [
            {"id": "article", "title": "Article", "text": TEXT},
            {"id": "communique", "title": "Communiqué"},
        ],
        "events": events,
    }
    path = tmp_path / "textless.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = load_event_file(path)
    assert result.loaded is not None
    flagged = [i.json_path for i in result.issues if i.code == "textless_quote"]
    assert flagged == [
        "events[0].sources[0].quotes[0]",
        "events[2].sources[1].quotes[0]",
        "events[2].sources[2].date_phrase",
    ]
    evidence = result.loaded.index.evidence
    # A source that quotes nothing backs nothing (QA #91): e1 and e3 count no document.
    assert evidence["documents"].tolist() == [1, 0, 2, 0]
