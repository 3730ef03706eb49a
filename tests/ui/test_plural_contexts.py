"""A plural string is translated whatever the class of the widget that shows it (QA #146).

PySide6's plural ``self.tr(text, disambiguation, n)`` looks the text up under the runtime
class's name only (the one-argument form walks the base classes too): in a class that is
subclassed, lupdate records the string under the class that holds the call and the window,
showing the subclass, finds nothing. Such a call is written
``QCoreApplication.translate("Holder", text, "", n)``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from pytestqt.qtbot import QtBot

import timelineapp
from timelineapp.model.calendar import to_seconds
from timelineapp.model.issues import Issue, IssueKind, Severity
from timelineapp.model.timeline import Timeline
from timelineapp.resources import resource_path
from timelineapp.ui.controller import TimelineController
from timelineapp.ui.live_reload import BANNER_ISSUES
from timelineapp.ui.settings_banner import SettingsBanner
from timelineapp.ui.timeline_widget import TimelineWidget

SOURCES = Path(timelineapp.__file__).parent


def _base_names(node: ast.ClassDef) -> list[str]:
    return [
        base.id if isinstance(base, ast.Name) else base.attr
        for base in node.bases
        if isinstance(base, ast.Name | ast.Attribute)
    ]


def _plural_self_tr(node: ast.ClassDef) -> list[int]:
    return [
        call.lineno
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "self"
        and len(call.args) + len(call.keywords) >= 3
    ]


_SELF_TR = re.compile(r"\bself[\s\\]*\.[\s\\]*tr\b")


def _classes(text: str) -> list[ast.ClassDef]:
    return [node for node in ast.walk(ast.parse(text)) if isinstance(node, ast.ClassDef)]


def plural_self_tr_in_subclassed_classes(root: Path) -> list[str]:
    """Each plural ``self.tr`` in a class that another class of ``root`` derives from.

    Only what can matter is parsed (the package's sources, read in full, cost ~0.5 s of CPU):
    for the calls, the files whose text says ``self.tr``; for the classes deriving from the
    classes holding one, the files whose text names one of those classes."""
    paths = sorted(root.rglob("*.py"))
    texts = {path: path.read_text(encoding="utf-8") for path in paths}
    holders = [
        (path, node, lines)
        for path in paths
        if _SELF_TR.search(texts[path])
        for node in _classes(texts[path])
        if (lines := _plural_self_tr(node))
    ]
    subclasses: dict[str, list[str]] = {}
    if holders:
        named = re.compile(r"\b(?:" + "|".join(re.escape(n.name) for _, n, _ in holders) + r")\b")
        for path in paths:
            if named.search(texts[path]):
                for node in _classes(texts[path]):
                    for base in _base_names(node):
                        subclasses.setdefault(base, []).append(node.name)
    return [
        f"{path.relative_to(root)}:{line} in {node.name}, subclassed by "
        + ", ".join(subclasses[node.name])
        for path, node, lines in holders
        if node.name in subclasses
        for line in lines
    ]


def test_no_plural_self_tr_in_a_subclassed_class() -> None:
    found = plural_self_tr_in_subclassed_classes(SOURCES)
    assert not found, (
        "write QCoreApplication.translate('<the class>', text, '', n) instead:\n" + "\n".join(found)
    )


def test_the_scan_finds_such_a_call(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "class View(QWidget):\n"
        "    def m(self):\n"
        "        return self.tr('%Ln event(s)', '', 2) + self.tr('one')\n"
    )
    (tmp_path / "b.py").write_text("class Widget(view.View):\n    pass\n")
    found = plural_self_tr_in_subclassed_classes(tmp_path)
    assert found == ["a.py:3 in View, subclassed by Widget"]


@pytest.fixture
def french(install_translator: Callable[[QTranslator], None]) -> None:
    translator = QTranslator()
    assert translator.load(QLocale("fr"), "timelineapp", "_", str(resource_path("translations")))
    install_translator(translator)


@pytest.mark.usefixtures("french")
def test_the_timeline_widget_says_its_empty_period_in_french(
    qtbot: QtBot, niger_timeline: Timeline
) -> None:
    controller = TimelineController()
    controller.set_timeline(niger_timeline)
    view = TimelineWidget(controller)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_range(to_seconds(2016, 1, 1), to_seconds(2016, 12, 31))  # no event then
    found = view.empty_view_message()
    assert found is not None
    text, link, _action = found
    assert text.startswith("Aucun des "), text
    assert "event(s)" not in text
    assert link == "Les montrer (Tout afficher)"


@pytest.mark.usefixtures("french")
def test_the_settings_banner_counts_its_other_problems_in_french(qtbot: QtBot) -> None:
    banner = SettingsBanner()
    qtbot.addWidget(banner)
    issues = [
        Issue(Severity.ERROR, IssueKind.SCHEMA, "settings.json", f"$.k{i}", "m")
        for i in range(BANNER_ISSUES + 2)
    ]
    banner.show_problems("settings.json", issues)
    assert banner.label.text().splitlines()[-1] == "et 2 autres"
