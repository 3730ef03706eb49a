"""A file's text as the words of a menu item or a button, never a keyboard mnemonic.

Qt reads "&x" in an action's or a button's text as a mnemonic (Alt+X, the "&" hidden and the
"x" underlined): a title "A & B" would show as "A  B" and steal a shortcut. "&&" draws one "&".
"""

from __future__ import annotations

from ..model.untrusted_text import shown


def literal_ampersands(text: str) -> str:
    """``text`` with each "&" doubled, so Qt draws it rather than making a mnemonic."""
    return text.replace("&", "&&")


def menu_label(text: str) -> str:
    """One field from a file as a menu item's or a button's text: cut and made visible as
    elsewhere in the window (:func:`~timelineapp.model.untrusted_text.shown`), "&" kept."""
    return literal_ampersands(shown(text))
