"""``timelineapp --lang fr`` shows the window in French whatever the system locale."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .window_start import WindowStart


# The real entry point, started once per language for the session (tests/ui/window_start.py):
# "fr" on an English system, "en" on a French one.
@pytest.mark.parametrize(("lang", "file_menu"), [("fr", "&Fichier"), ("en", "&File")])
def test_lang_option_chooses_the_window_language(
    window_start: Callable[[str], WindowStart], lang: str, file_menu: str
) -> None:
    started = window_start(lang)
    assert started.returncode == 0, started.stderr
    menus = started.shown["menus"]
    assert menus[0] == file_menu
