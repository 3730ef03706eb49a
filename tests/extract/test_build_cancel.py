"""Cancel stops a long build at once (QA session 11): the builder asks its ``cancelled``
callable in the tagger, the actor finders and the event loops, and stops at the first yes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.cancel import BuildCancelled, check_cancel
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.sentences import sentences

SEED = Path(__file__).parents[1] / "data" / "build" / "000_651eb735907009b6.txt"


def _long_article(size: int = 50_000) -> str:
    """The seed article's paragraphs repeated to ``size`` characters (50 KB of text: every
    assertion here is about where the questions are asked, which the length does not change:
    the QA report's 200 KB article asks the same questions, four times as many)."""
    text = SEED.read_text(encoding="utf-8")
    copies = size // len(text) + 1
    return "\n\n".join([text.strip()] * copies)[:size].rsplit("\n", 1)[0] + "\n"


class _Asked:
    """A ``cancelled`` callable that says yes from its ``yes_from``-th question on, and
    records which module asked each question."""

    def __init__(self, yes_from: int | None = None) -> None:
        self.yes_from = yes_from
        self.calls = 0
        self.modules: Counter[str] = Counter()

    def __call__(self) -> bool:
        import sys

        self.calls += 1
        caller = sys._getframe(2).f_globals.get("__name__", "")
        self.modules[caller] += 1
        return self.yes_from is not None and self.calls >= self.yes_from


@pytest.fixture(scope="module")
def article() -> object:
    return article_from_text(_long_article(), "long.txt", language="fr", published="2024-06")


@pytest.fixture(scope="module")
def whole_build(article: object) -> _Asked:
    """The questions a whole build of ``article`` asks (built once for the module)."""
    asked = _Asked()
    draft = build_draft([article], words=CodeWords(), cancelled=asked)  # type: ignore[list-item]
    assert draft.event_file.events
    return asked


def test_the_rules_ask_all_along_a_long_article(article: object, whole_build: _Asked) -> None:
    asked = whole_build
    # Every stage asks, and the event loops at least once per sentence: nothing long runs
    # without a question (before, the build only looked at the flag between articles).
    stages = {name.rsplit(".", 1)[-1] for name in asked.modules}
    assert {"temporal", "actors", "events", "build"} <= stages
    text = article.text  # type: ignore[attr-defined]
    assert asked.modules["timelineapp.extract.events"] >= len(sentences(text, 0))


@pytest.mark.parametrize("fraction", [0.0, 0.05, 0.3, 0.6, 0.95])
def test_a_build_asked_to_stop_stops_at_once(
    article: object, whole_build: _Asked, fraction: float
) -> None:
    asked = _Asked(yes_from=max(1, int(whole_build.calls * fraction)))
    with pytest.raises(BuildCancelled):
        build_draft([article], words=CodeWords(), cancelled=asked)  # type: ignore[list-item]
    assert asked.calls == asked.yes_from  # not one question (nor any work) after the yes


def test_outside_a_build_nothing_is_asked() -> None:
    check_cancel()  # no build running: no request, no exception
    asked = _Asked(yes_from=1)
    with pytest.raises(BuildCancelled):
        build_draft(
            [article_from_text("Titre\n\nSigné en 2012.\n", "a.txt", language="fr")],
            words=CodeWords(),
            cancelled=asked,
        )
    check_cancel()  # the request ended with its build
