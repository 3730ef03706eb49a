"""``timelineapp --lang fr``: menus, panes, legend, axis and export footer all in French."""

from __future__ import annotations

from collections.abc import Callable

from .window_start import WindowStart


def test_lang_fr_shows_everything_in_french(window_start: Callable[[str], WindowStart]) -> None:
    # The real entry point with --lang fr on an English system (tests/ui/window_start.py).
    started = window_start("fr")
    assert started.returncode == 0, started.stderr
    shown = started.shown
    assert shown["menus"][:2] == ["&Fichier", "É&dition"] or shown["menus"][0] == "&Fichier"
    assert "Aide" in [m.replace("&", "") for m in shown["menus"]]
    # Each top-level menu has its own Alt letter (Affichage and Aide both took A once).
    letters = [m[m.index("&") + 1].lower() for m in shown["menus"] if "&" in m]
    assert len(letters) == len(shown["menus"])
    assert len(set(letters)) == len(letters), shown["menus"]
    assert {"Événement", "Acteurs", "Légende", "Citations"} <= set(shown["docks"])
    legend = " ".join(shown["legend"])
    assert "Marques" in legend or "Événement" in legend
    assert "Marks" not in legend
    months = {"févr.", "mars", "avr.", "mai", "juin", "juil.", "février", "avril", "juillet"}
    assert months & set(shown["axis"]), shown["axis"]
    footer = "\n".join(shown["export"])
    assert "Fichier\u00a0:" in footer or "Fichier :" in footer
    assert "exporté le 2026-11-26" in footer
