"""``timelineapp build``: articles in, a valid draft out; HTML, header dates, merges."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.cli import main
from timelineapp.extract.article import ArticleError, article_from_text, read_article
from timelineapp.extract.build import MERGE_TAG, build_draft, write_draft
from timelineapp.extract.notes import CodeWords, DraftWords
from timelineapp.model.integrity import sha256_text
from timelineapp.model.loading import load_event_file

from ..hypothesis_budget import examples

DATA = Path(__file__).parents[1] / "data" / "build"
ARTICLES = sorted(DATA.glob("*.txt"))
SEED = DATA / "000_651eb735907009b6.txt"


def _published(article: Path) -> list[str]:
    gold = json.loads(article.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return ["--published", gold["published"]]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_every_built_file_validates(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "draft.timeline.json"
    assert main(["build", str(article), "-o", str(output), *_published(article)]) == 0
    result = load_event_file(output)
    assert result.ok, [str(i) for i in result.issues]
    assert not result.issues
    data = json.loads(output.read_text(encoding="utf-8"))
    (document,) = data["documents"]
    stored = (tmp_path / document["path"]).read_text(encoding="utf-8")
    assert stored == article.read_text(encoding="utf-8")
    assert document["sha256"] == sha256_text(stored)
    assert data["events"]
    for event in data["events"]:
        assert event["review"] == "unreviewed"
        assert event["note"].startswith("Found by timelineapp build")
        for source in event["sources"]:
            for quote in source["quotes"]:
                assert stored[quote["start"] : quote["end"]] == quote["text"]
            phrase = source.get("date_phrase")
            if phrase:
                assert stored[phrase["start"] : phrase["end"]] == phrase["text"]
    assert "draft events" in capsys.readouterr().out


def test_header_date_line_gives_the_publication_date() -> None:
    article = read_article(SEED)
    assert (article.published, article.published_from) == ("2024-06", "header line")
    assert article.text.startswith(" date 2024-06 Le retrait")
    assert article.text[article.body_start :].startswith("Le retrait")
    assert article.title == "Le retrait des troupes américaines en place au Niger a commencé."


def test_the_option_beats_the_header_line() -> None:
    article = read_article(SEED, published="2024-06-08")
    assert (article.published, article.published_from) == ("2024-06-08", "option")


def test_seed_draft_finds_the_dates_of_the_hand_made_example(
    tmp_path: Path, words: DraftWords
) -> None:
    draft = build_draft([read_article(SEED)], words=words).event_file
    dates = {e.date for e in draft.events}
    assert {
        "2012",
        "2024-05-19",
        "[..2024-09-15]",
        "2024-04/2024-05",
        "[2024-05-31..2024-06-28]",
    } <= dates
    deadline = next(e for e in draft.events if e.date == "[..2024-09-15]")
    assert deadline.status == "deadline"
    assert deadline.sources[0].date_phrase is not None
    assert deadline.sources[0].date_phrase.text == "au plus tard, le 15 septembre 2024"


_HTML = """<!DOCTYPE html><html lang="en"><head><title>Agency opens grants</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-05-23T10:00:00Z">
</head><body><nav>Home | About | Contact</nav><article><h1>Agency opens grants</h1>
<p>The agency opened the grants competition on May 14. “We are ready,” said Director
Ann Smith. The applications close no later than Oct. 31, 2024, the agency said.</p>
<p>Last week, the agency met school districts in Richmond to explain the new rules,
which were adopted in 2022 after a long public consultation.</p>
</article><footer>Copyright 2024</footer></body></html>"""


def test_html_is_reduced_to_its_text_and_offsets_point_into_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_HTML, encoding="utf-8")
    output = tmp_path / "out" / "draft.timeline.json"
    output.parent.mkdir()  # build refuses a missing folder, as export does
    assert main(["build", str(page), "-o", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    (document,) = data["documents"]
    assert document["path"] == "page.txt"
    assert document["published"] == "2024-05-23"
    stored = (output.parent / "page.txt").read_text(encoding="utf-8")
    assert "<p>" not in stored
    assert "opened the grants competition" in stored
    phrases = [s["date_phrase"] for e in data["events"] for s in e["sources"] if "date_phrase" in s]
    assert {"2024-05-14", "[..2024-10-31]"} <= {e.get("date") for e in data["events"]}
    for phrase in phrases:
        assert stored[phrase["start"] : phrase["end"]] == phrase["text"]
    assert load_event_file(output).ok


def test_merge_proposals_across_articles_are_marked_for_review(
    tmp_path: Path, words: DraftWords
) -> None:
    first = article_from_text(
        "Le colonel Mamane Sani Kiaou a signé l’accord de retrait le 19 mai 2024 à Niamey.",
        "a.txt",
        language="fr",
        published="2024-06",
    )
    second = article_from_text(
        "L’accord de retrait a été signé le 19 mai 2024 par le colonel Mamane Sani Kiaou.",
        "b.txt",
        language="fr",
        published="2024-06",
    )
    draft = build_draft([first, second], words=words).event_file
    merged = [e for e in draft.events if MERGE_TAG in e.tags]
    assert len(merged) == 1
    (event,) = merged
    assert {s.document for s in event.sources} == {"a", "b"}
    assert event.note is not None
    assert "Merge proposal" in event.note
    assert "review" in event.note
    assert event.review == "unreviewed"
    written = write_draft(build_draft([first, second], words=words), tmp_path / "two.timeline.json")
    assert load_event_file(tmp_path / "two.timeline.json").ok
    assert len(written.event_file.documents) == 2


def test_different_events_on_one_day_are_not_merged(words: DraftWords) -> None:
    first = article_from_text("La France a voté le 19 mai 2024.", "a.txt", language="fr")
    second = article_from_text(
        "Un séisme a frappé le Chili le 19 mai 2024.", "b.txt", language="fr"
    )
    draft = build_draft([first, second], words=words).event_file
    assert not any(MERGE_TAG in e.tags for e in draft.events)
    assert len([e for e in draft.events if e.date == "2024-05-19"]) == 2


def test_an_undated_quotation_becomes_an_undated_event(words: DraftWords) -> None:
    article = article_from_text(
        "« Nous ne laisserons personne au bord du chemin », a déclaré le ministre.",
        "a.txt",
        language="fr",
        published="2024-03-15",
    )
    (event,) = build_draft([article], words=words).event_file.events
    assert event.date is None
    assert event.sources[0].quotes[0].text == "Nous ne laisserons personne au bord du chemin"
    assert event.note is not None
    assert "undated" in event.note


def test_an_existing_different_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / SEED.name).write_text("someone else's text", encoding="utf-8")
    output = tmp_path / "seed.timeline.json"
    assert main(["build", str(SEED), "-o", str(output)]) == 0
    assert (tmp_path / SEED.name).read_text(encoding="utf-8") == "someone else's text"
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["documents"][0]["path"] != SEED.name
    assert load_event_file(output).ok


def test_building_twice_into_the_same_folder_reuses_the_stored_text(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    output = tmp_path / "seed.timeline.json"
    assert main(["build", str(tmp_path / SEED.name), "-o", str(output)]) == 0
    assert main(["build", str(tmp_path / SEED.name), "-o", str(output)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [SEED.name, "seed.timeline.json", "seed.timeline.json.bak"]


def test_errors_are_one_line_and_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = str(tmp_path / "x.timeline.json")
    assert main(["build", str(tmp_path / "missing.txt"), "-o", output]) == 1
    assert "missing.txt: cannot read" in capsys.readouterr().err
    assert main(["build", str(SEED), "-o", output, "--published", "2024-13"]) == 2
    assert "--published" in capsys.readouterr().err
    assert main(["build", str(SEED), "-o", str(tmp_path / "x.json")]) == 2
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["build", str(bad), "-o", output]) == 1
    assert "expected UTF-8" in capsys.readouterr().err


def test_unreadable_article_raises_a_located_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty"):
        read_article(empty)


def test_the_extract_layer_imports_without_qt(qt_free_run: dict[str, Any]) -> None:
    # build, score and command imported, and the seed article read, in a fresh interpreter with
    # PySide6 and shiboken6 blocked (tests/qt_free_run.py reads this file's SEED).
    assert qt_free_run["parts"]["extract"] == "ok", qt_free_run["parts"]["extract"]
    assert not qt_free_run["qt_modules"]


def test_one_url_names_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = str(tmp_path / "x.timeline.json")
    args = ["build", str(SEED), str(SEED), "-o", output, "--url", "https://example.org/a"]
    assert main(args) == 2
    assert "--url" in capsys.readouterr().err
    assert main(["build", str(SEED), "-o", output, "--url", "https://example.org/a"]) == 0
    data = json.loads(Path(output).read_text(encoding="utf-8"))
    assert data["documents"][0]["url"] == "https://example.org/a"


def test_two_copies_of_one_article_are_two_documents(tmp_path: Path) -> None:
    output = tmp_path / "two.timeline.json"
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEED, other / SEED.name)
    assert main(["build", str(SEED), str(other / SEED.name), "-o", str(output)]) == 0
    data = json.loads(output.read_text(encoding="utf-8"))
    paths = [d["path"] for d in data["documents"]]
    assert len(set(paths)) == 2
    assert load_event_file(output).ok
    # The same story twice: every dated event is proposed as one, for review.
    merged = [e for e in data["events"] if MERGE_TAG in e.get("tags", [])]
    assert merged
    assert all(len({s["document"] for s in e["sources"]}) == 2 for e in merged)


_WORDS = st.sampled_from(
    [
        "le", "19", "mai", "2024", "May", "Friday", "vendredi", "hier", "yesterday", "«", "»",
        "“", "”", '"', "’", "'", ",", ".", "\n\n", "colonel", "Jean", "Dupont", "said",
        "a déclaré", "les", "troupes", "américaines", "Russian", "forces", "since", "depuis",
        "au plus tard", "du", "au", "3", "5", "juin", "between", "and", "March", "1990s",
        "années", "il y a", "deux", "ans", "ago", "last", "week", "Niger", "Washington",
        "80 %", "base", "101", "(", ")", "—", "WASHINGTON", "XIXe", "siècle", "Mai", "é",
    ]
)  # fmt: skip


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(_WORDS, min_size=1, max_size=80),
    st.sampled_from(["fr", "en"]),
    st.sampled_from([None, "2024", "2024-06", "2024-06-15"]),
)
# In every run: a date with nothing but punctuation around it (it once got no title), a quote
# spanning paragraphs, relative dates with and without a publication date, in both languages.
@example(["«", "19", "mai", "2024", "»"], "fr", None)
@example([",", "3", "juin", ".", "(", ")"], "fr", "2024-06")
@example(["“", "Jean", "Dupont", "said", "\n\n", "yesterday", "”", "."], "en", "2024-06-15")
@example(["le", "colonel", "a déclaré", "«", "hier", "»", "depuis", "deux", "ans"], "fr", None)
@example(["between", "March", "and", "May", "2024", "last", "week", "1990s", "ago"], "en", "2024")
@example(["XIXe", "siècle", "au plus tard", "du", "3", "au", "5", "juin"], "fr", "2024-06-15")
def test_any_text_gives_a_valid_draft(
    words: list[str], language: str, published: str | None
) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    article = article_from_text(text, "a.txt", language=language, published=published)
    draft = build_draft([article], words=CodeWords())
    for event in draft.event_file.events:
        for source in event.sources:
            for quote in source.quotes:
                assert text[quote.start : quote.end] == quote.text
            if source.date_phrase is not None:
                phrase = source.date_phrase
                assert text[phrase.start : phrase.end] == phrase.text
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        write_draft(draft, Path(folder) / "x.timeline.json")
        result = load_event_file(Path(folder) / "x.timeline.json")
        assert result.ok, [str(i) for i in result.issues]
        assert not result.issues


def test_a_date_with_only_punctuation_around_it_still_gets_a_title(words: DraftWords) -> None:
    # Found by fuzzing: the clause around "05/06/2024" held nothing but marks.
    article = article_from_text(
        "» next mai of Niger troupes . 05/06/2024 .", "a.txt", language="en", published="2024"
    )
    for event in build_draft([article], words=words).event_file.events:
        assert event.title.strip()


def test_building_again_keeps_the_previous_draft_as_bak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "seed.timeline.json"
    assert main(["build", str(SEED), "-o", str(output)]) == 0
    assert "replaced" not in capsys.readouterr().err
    first = output.read_text(encoding="utf-8")
    assert main(["build", str(SEED), "-o", str(output), "--title", "Second"]) == 0
    assert (tmp_path / "seed.timeline.json.bak").read_text(encoding="utf-8") == first
    assert json.loads(output.read_text(encoding="utf-8"))["title"] == "Second"
    # QA #82: replacing an event file is said, with where its previous version is.
    assert f"note: {output} was replaced; its previous version is kept as {output}.bak" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(("language", "role"), [("en", "speaker"), ("fr", "locuteur")])
def test_the_quoted_actor_is_the_events_speaker(language: str, role: str) -> None:
    """Its role is the builder's word, in the builder's language like the notes."""
    from timelineapp.ui.draft_note_words import words_in

    article = article_from_text(
        "« Nous partirons le 15 septembre 2024 », a déclaré le colonel Mamane Sani Kiaou.",
        "a.txt",
        language="fr",
        published="2024-06",
    )
    with words_in(language) as words:
        draft = build_draft([article], words=words).event_file
    (event,) = draft.events
    roles = {ref.actor: ref.role for ref in event.actors}
    assert roles["mamane-sani-kiaou"] == role
    assert event.sources[0].quotes[0].attributed_to == "mamane-sani-kiaou"


def test_an_article_given_twice_is_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "x.timeline.json"
    assert main(["build", str(SEED), str(SEED), "-o", str(output)]) == 0
    assert "given twice" in capsys.readouterr().err
    assert len(json.loads(output.read_text(encoding="utf-8"))["documents"]) == 1


def test_an_article_saved_with_a_bom_gives_a_valid_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA #86: the BOM-less text was taken for the article file's own (which the loader reads
    with its BOM), so every offset of the draft was one short."""
    article = tmp_path / "bom.txt"
    article.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    output = tmp_path / "bom.timeline.json"
    assert main(["build", str(article), "-o", str(output)]) == 0
    result = load_event_file(output)
    assert result.ok, [str(i) for i in result.issues]
    assert not result.issues
    assert article.read_bytes().startswith(b"\xef\xbb\xbf")  # the article is never changed
    (document,) = json.loads(output.read_text(encoding="utf-8"))["documents"]
    assert not (tmp_path / document["path"]).read_bytes().startswith(b"\xef\xbb\xbf")
