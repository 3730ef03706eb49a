"""An article whose accents are decomposed (Unicode NFD) drafts as its composed form does,
with offsets into the text as stored (QA #102: 6 actors instead of 13, "commission mixte de
de")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from timelineapp.extract.article import read_article
from timelineapp.extract.build import build_draft, write_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.model.loading import load_event_file

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_a_decomposed_article_drafts_as_the_composed_one(tmp_path: Path) -> None:
    composed = SEED.read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    (tmp_path / "nfd").mkdir()
    nfd_path = tmp_path / "nfd" / "seed.txt"
    nfd_path.write_text(decomposed, encoding="utf-8")
    words = CodeWords()
    nfc_draft = build_draft([read_article(SEED)], words=words).event_file
    nfd_draft = build_draft([read_article(nfd_path)], words=words).event_file

    assert [_nfc(a.name) for a in nfd_draft.actors] == [a.name for a in nfc_draft.actors]
    assert "commission mixte de désengagement" in [a.name for a in nfd_draft.actors]
    assert [(e.title, e.date) for e in nfd_draft.events] == [
        (e.title, e.date) for e in nfc_draft.events
    ]
    for nfd_event, nfc_event in zip(nfd_draft.events, nfc_draft.events, strict=True):
        for nfd_source, nfc_source in zip(nfd_event.sources, nfc_event.sources, strict=True):
            for nfd_quote, nfc_quote in zip(nfd_source.quotes, nfc_source.quotes, strict=True):
                # the words as stored (decomposed), at their offsets in the stored text
                assert decomposed[nfd_quote.start : nfd_quote.end] == nfd_quote.text
                assert _nfc(nfd_quote.text) == nfc_quote.text
            if nfd_source.date_phrase is not None:
                phrase = nfd_source.date_phrase
                assert decomposed[phrase.start : phrase.end] == phrase.text

    output = tmp_path / "nfd" / "seed.timeline.json"
    write_draft(build_draft([read_article(nfd_path)], words=words), output)
    result = load_event_file(output)
    assert result.ok
    assert not result.issues, [str(issue) for issue in result.issues]
