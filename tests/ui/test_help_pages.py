"""The help pages: the French guide kept in step with the README, chosen by the window's
language, and readable on a 1024×700 screen without scrolling sideways."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from timelineapp.ui.help_dialogs import HelpDialog, file_format_dialog, user_guide_dialog

ROOT = Path(__file__).resolve().parents[2]


def _make_help() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_help", ROOT / "packaging" / "make_help.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_help", module)
    spec.loader.exec_module(module)
    return module


make_help = _make_help()
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = make_help.FRENCH.read_text(encoding="utf-8")


def test_the_french_guide_is_in_step_with_the_readme() -> None:
    problems = make_help.out_of_step(README, GUIDE)
    assert not problems, "docs/guide.fr.md is out of step with README.md:\n" + "\n".join(problems)


def test_an_english_subsection_without_its_french_is_named() -> None:
    readme = README.replace(
        "### Filtering and search",
        "### Something new\n\n- a new bullet\n\n### Filtering and search",
    )
    problems = make_help.out_of_step(readme, GUIDE)
    assert any("« Using it » changed since it was translated" in p for p in problems)
    assert any(
        "French of « Using it » is not shaped like the English" in p and "heading ###" in p
        for p in problems
    )


def test_a_changed_code_block_or_table_is_not_the_same_shape() -> None:
    readme = README.replace(
        "timelineapp schema                       print", "timelineapp schemas print"
    )
    assert readme != README
    problems = make_help.out_of_step(readme, GUIDE)
    assert any("French of « Command line »" in p and "code block" in p for p in problems)
    shorter = make_help.shape("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert shorter == ["table of 1 rows × 2 columns"]


def test_a_missing_french_section_is_named_and_shown_in_english() -> None:
    guide = GUIDE.split("<!-- en: Command line")[0]
    problems = make_help.out_of_step(README, guide)
    assert "English section « Command line » has no French in docs/guide.fr.md" in problems
    page = make_help.pages(README, guide)["user-guide.fr.md"]
    assert "## Ligne de commande" not in page
    assert "## Command line" in page


def test_stamping_records_the_english_text_now() -> None:
    readme = README.replace("Filtering and search", "Filtering and searching")
    stamped = make_help.stamp(readme, GUIDE)
    assert make_help.out_of_step(readme, stamped) == []
    assert make_help.stamp(README, GUIDE) == GUIDE


def test_french_typography_in_the_guide() -> None:
    prose = [
        line
        for section in make_help.french_sections(GUIDE)
        for line in section[2].splitlines()
        if "`" not in line and not line.startswith("|")
    ]
    assert not [line for line in prose if any(f" {mark}" in line for mark in ":;?!»")]
    assert not [line for line in prose if "« " in line]


def _parent(qtbot: QtBot, language: str) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLocale(QLocale(language))
    return parent


def _reference(dialog: HelpDialog) -> QTextBrowser:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    page = tabs.widget(0)
    assert isinstance(page, QTextBrowser)
    return page


@pytest.mark.parametrize(
    ("language", "guide_heading", "format_heading"),
    [
        ("fr", "Filtrer et rechercher", "Le format des fichiers d’événements"),
        ("en", "Filtering and search", "The event file format"),
        ("de", "Filtering and search", "The event file format"),  # no German: English
    ],
)
def test_the_pages_follow_the_window_language(
    qtbot: QtBot, language: str, guide_heading: str, format_heading: str
) -> None:
    parent = _parent(qtbot, language)
    guide = user_guide_dialog(parent)
    browser = guide.findChild(QTextBrowser)
    assert browser is not None
    assert guide_heading in browser.toPlainText()
    formats = file_format_dialog(parent)
    assert format_heading in _reference(formats).toPlainText()
    guide.close()
    formats.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_scrolls_sideways_at_1024_by_700(qtbot: QtBot, language: str) -> None:
    parent = _parent(qtbot, language)
    for dialog, browser in (
        (guide := user_guide_dialog(parent), guide.findChild(QTextBrowser)),
        (formats := file_format_dialog(parent), _reference(formats)),
    ):
        assert browser is not None
        dialog.resize(820, 650)  # what HelpDialog takes of a 1024×700 screen
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        assert browser.horizontalScrollBar().maximum() == 0, dialog.windowTitle()
        assert browser.document().idealWidth() <= browser.viewport().width() + 1
        dialog.close()


def test_pages_load_nothing_and_follow_no_link(qtbot: QtBot) -> None:
    parent = _parent(qtbot, "fr")
    guide = user_guide_dialog(parent)
    browser = guide.findChild(QTextBrowser)
    assert browser is not None
    assert not browser.openLinks()
    assert not browser.openExternalLinks()
    shipped = ROOT / "resources" / "help" / "user-guide.fr.md"
    assert "![" not in shipped.read_text(encoding="utf-8")
    guide.close()


def test_help_pages_link_only_to_the_web() -> None:
    # A link to a repository path (the schema, an example) did nothing when clicked in an
    # installed app (QA #66): the page shows its words instead.
    import re

    from timelineapp.resources import resource_path

    pages = sorted(resource_path("help").glob("*.md"))
    assert pages
    for page in pages:
        targets = re.findall(r"\]\(([^)]*)\)", page.read_text(encoding="utf-8"))
        assert all(t.startswith(("http://", "https://")) for t in targets), (page.name, targets)
    text = resource_path("help", "file-format.md").read_text(encoding="utf-8")
    assert "resources/schema/timelineapp-events-v1.schema.json" in text  # the words stay
