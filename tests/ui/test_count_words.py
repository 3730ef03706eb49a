"""Every count in a translated sentence is written through the locale (``%Ln``): "100,000
events" in English, "100 000 événements" in French, never "100000" (QA #17)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import timelineapp
from timelineapp.ui.import_report_words import ImportReport
from timelineapp.validate_words import ValidateWords

BARE_N = re.compile(r"(?<!%L)%n")
_NAMED = re.compile(r"\b(?:tr|translate)\b")


def _translated_sources() -> list[tuple[str, int, str]]:
    """(file, line, source) of every literal given to ``tr``/``translate`` in the package."""
    found = []
    root = Path(timelineapp.__file__).parent
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not _NAMED.search(text):
            continue  # no call named tr or translate (a third of the sources), not parsed
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in {"tr", "translate"}:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((str(path.relative_to(root)), node.lineno, arg.value))
    return found


def test_no_translated_string_uses_a_bare_percent_n() -> None:
    sources = _translated_sources()
    assert len(sources) > 100  # the walk found the package's strings
    bare = [f"{file}:{line}: {text!r}" for file, line, text in sources if BARE_N.search(text)]
    assert bare == [], "use %Ln (grouped by the locale), not %n:\n" + "\n".join(bare)


@pytest.mark.parametrize(("language", "grouped"), [("en", "100,000"), ("fr", "100\u202f000")])
def test_import_and_validate_counts_group_thousands(
    qapp: object, language: str, grouped: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert ImportReport().counted("events", 100000).startswith(grouped + " ")
        assert ValidateWords().invalid("x.json", 100000).startswith("x.json: " + grouped + " ")
    finally:
        QLocale.setDefault(before)
