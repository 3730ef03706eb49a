"""The builder's notes are codes worded in the builder's language (QA #11): French notes from a
French window or ``build --lang fr``, no English left in them; English as before otherwise."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from timelineapp.cli import main
from timelineapp.extract.article import read_article
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CODES, Note, note
from timelineapp.ui.draft_note_words import DraftNoteWords, worded_codes, words_in

DATA = Path(__file__).parents[1] / "data" / "build"
ARTICLES = sorted(DATA.glob("*.txt"))
SEED = DATA / "000_651eb735907009b6.txt"

# Words the French notes keep on purpose: the command's name, EDTF and language codes.
_KEPT = {"timelineapp build", "XXXX"}


def _english_fragments() -> set[str]:
    """Runs of two words or more from every English template, placeholders taken out."""
    with words_in("en") as english:
        assert isinstance(english, DraftNoteWords)
        # Unfilled, every placeholder stays as "{name}": the template itself.
        templates = [english.note(Note(code, (), 2)) for code in sorted(CODES)]
        templates.append(english.description(2))
    fragments: set[str] = set()
    for text in templates:
        for piece in re.split(r"\{[a-z]+\}|[«»()=;:,.'\"/~?0-9-]", text):
            words = piece.split()
            if len(words) >= 2 and " ".join(words) not in _KEPT:
                fragments.add(" ".join(words))
    return fragments


def _placeholders(code: str) -> list[str]:
    with words_in("en") as english:
        assert isinstance(english, DraftNoteWords)
        template = english.note(Note(code, (), 2))
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def _filled(code: str) -> Note:
    """A note of ``code`` with every argument filled."""
    arguments: dict[str, str | Note] = {}
    for name in _placeholders(code):
        if name == "weekday":
            arguments[name] = "4"
        elif name in ("day", "first", "last") and code.startswith("weekday_"):
            arguments[name] = "2024-06-01"
        elif name == "reading":
            arguments[name] = note("open_weekday_last", weekday=4)
        elif name == "unit":
            arguments[name] = note("unit_week")
        elif name == "season":
            arguments[name] = note("season_summer")
        elif name == "published" and code.startswith("found_"):
            arguments[name] = note("published_header", date="2024-06")
        else:
            arguments[name] = "X1"
    return note(code, 2, **arguments)


def test_every_code_has_words() -> None:
    assert worded_codes() == CODES


def test_every_note_in_french_has_no_english_left() -> None:
    fragments = _english_fragments()
    assert "before publication" in fragments  # the check can fail
    with words_in("fr") as french:
        assert isinstance(french, DraftNoteWords)
        for code in sorted(CODES):
            if code in ("open_calendar", "open_years", "open_range"):
                continue  # EDTF only, no words
            text = french.note(_filled(code))
            assert "{" not in text, (code, text)
            left = [f for f in fragments if f in text]
            assert not left, (code, text, left)


def test_french_days_and_weekdays_are_in_words() -> None:
    with words_in("fr") as french:
        text = french.note(_filled("weekday_before_between"))
    assert text.startswith("le vendredi de la publication ou d’avant")  # weekday 4: Friday
    assert "entre le 1er juin 2024 et le 1er juin 2024" in text


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_a_french_build_has_french_notes(article: Path) -> None:
    fragments = _english_fragments()
    with words_in("fr") as french:
        draft = build_draft([read_article(article)], words=french).event_file
    assert draft.description is not None
    assert draft.description.startswith("Brouillon fait automatiquement")
    for event in draft.events:
        assert event.note is not None
        assert event.note.startswith("Trouvé par timelineapp build")
        left = [f for f in fragments if f in event.note]
        assert not left, (event.note, left)


def test_an_english_build_keeps_its_english_notes() -> None:
    with words_in("en") as english:
        draft = build_draft([read_article(SEED)], words=english).event_file
    notes = [event.note or "" for event in draft.events]
    assert all(n.startswith("Found by timelineapp build (rules, fr) in article 1") for n in notes)
    assert any(
        "the Friday on or before publication (from the tense), between 31 May 2024 and "
        "28 June 2024" in n
        for n in notes
    )
    assert any("1 day before publication, which is only known as 2024-06" in n for n in notes)
    assert draft.description == (
        "Draft built automatically by timelineapp build from 1 article: review before use. "
        "Every event is unreviewed; its note says how it was found."
    )


def _notes(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [event["note"] for event in data["events"]]


def test_the_command_line_is_english_unless_lang_fr(tmp_path: Path) -> None:
    english, french, asked = (tmp_path / f"{n}.timeline.json" for n in ("en", "fr", "notes"))
    assert main(["build", str(SEED), "-o", str(english)]) == 0
    assert main(["build", str(SEED), "-o", str(french), "--lang", "fr"]) == 0
    assert main(["build", str(SEED), "-o", str(asked), "--lang", "fr", "--notes-lang", "en"]) == 0
    assert all(n.startswith("Found by") for n in _notes(english))
    assert all(n.startswith("Trouvé par") for n in _notes(french))
    assert "statut survenu\u00a0:" in " ".join(_notes(french))
    assert _notes(asked) == _notes(english)
    description = json.loads(french.read_text(encoding="utf-8"))["description"]
    assert description.startswith("Brouillon")
