"""Shared by the builder's tests: an application for Qt's translators, English note words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timelineapp.extract.notes import DraftWords


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """``timelineapp build`` words its notes through Qt's translators, which need an
    application: pytest-qt's, made before a command would make a bare QCoreApplication that
    the window tests could not use."""


@pytest.fixture
def words() -> Iterator[DraftWords]:
    """The builder's notes in English, as ``timelineapp build`` writes them by default."""
    from timelineapp.ui.draft_note_words import words_in

    with words_in("en") as english:
        yield english
