"""A stranger's text shown as what it is: on a terminal and on the screen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timelineapp.model.untrusted_text import FSI, PDI, isolated, terminal_safe, visible


def test_terminal_output_escapes_every_control_character() -> None:
    assert terminal_safe("\x1b]0;PWNED\x07") == "\\x1b]0;PWNED\\x07"
    assert terminal_safe("a\nb\tc\x9b") == "a\\x0ab\\x09c\\x9b"
    assert terminal_safe("Invoice \u202egnp.exe") == "Invoice \\u202egnp.exe"
    assert terminal_safe("Niamey, l’accord «\u00a0signé\u00a0» ٢٠٢٤") == (
        "Niamey, l’accord «\u00a0signé\u00a0» ٢٠٢٤"
    )


def test_the_screen_shows_control_characters_as_symbols_and_keeps_lines() -> None:
    assert visible("\x1b]0;PWNED\x07") == "␛]0;PWNED␇"
    assert visible("a\nb\tc") == "a\nb\tc"
    assert visible("Invoice \u202egnp.exe") == "Invoice ⟨U+202E⟩gnp.exe"


def test_an_isolated_string_cannot_close_its_own_isolate() -> None:
    shown = isolated(f"x{PDI}{PDI}y")
    assert shown.startswith(FSI)
    assert shown.endswith(PDI)
    assert shown.count(PDI) == 1


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    out = terminal_safe(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in out)
    assert not any(c in out for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    inner = isolated(text)[1:-1]
    assert not any(c in inner for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
