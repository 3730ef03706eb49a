"""``build --published DATE`` reads words as the window does, and says when it overrides the
article's own date (QA #121: the dateline was overridden silently, the vote dated 2023-12-28)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timelineapp.cli import main
from timelineapp.extract.article import read_article

ARTICLE = (
    "Port strike ends\nPublished 14 March 2025, by Lena Maes\n\n"
    "Dockworkers voted on Thursday to end the strike.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "p3.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _build(article: Path, *options: str) -> tuple[int, dict[str, Any]]:
    output = article.with_name("p.timeline.json")
    code = main(["build", str(article), "-o", str(output), *options])
    return code, json.loads(output.read_text(encoding="utf-8")) if code == 0 else {}


def _note_and_date(data: dict[str, Any]) -> tuple[str, str]:
    (event,) = data["events"]
    return event["note"], event["date"]


def test_a_date_that_disagrees_with_the_dateline_is_used_and_said(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data = _build(article, "--published", "2024-01-01")
    assert code == 0
    err = capsys.readouterr().err
    assert (
        "note: p3.txt: --published 2024-01-01 given, but the article itself says 2025-03-14: "
        "its relative dates are read from 2024-01-01"
    ) in err
    note, date = _note_and_date(data)
    assert date == "2023-12-28"  # the option wins, as asked; the reader is told
    assert (
        "publication date 2024-01-01 (from the option; the article itself says 2025-03-14" in note
    )


@pytest.mark.parametrize("given", ["2025-03-14", "2025-03", "2025"])
def test_a_date_that_agrees_is_not_remarked(
    article: Path, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    code, data = _build(article, "--published", given)
    assert code == 0
    assert "article itself says" not in capsys.readouterr().err
    assert "article itself says" not in _note_and_date(data)[0]
    assert read_article(article, published=given).own_published is None


@pytest.mark.parametrize(
    ("given", "language"), [("14 March 2025", "en"), ("14 mars 2025", "en"), ("14 mars 2025", "fr")]
)
def test_a_date_in_words_is_read_as_the_window_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, language: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Dockworkers voted on Thursday to end the strike.\n", encoding="utf-8")
    output = tmp_path / "a.timeline.json"
    assert (
        main(
            ["build", str(path), "-o", str(output), "--published", given, "--notes-lang", language]
        )
        == 0
    )
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] == "2025-03-14"
    assert data["events"][0]["date"] == "2025-03-13"


def test_a_date_no_reader_takes_is_refused(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = article.with_name("p.timeline.json")
    assert main(["build", str(article), "-o", str(output), "--published", "sometime"]) == 2
    assert "--published: invalid date 'sometime'" in capsys.readouterr().err
    assert not output.exists()
