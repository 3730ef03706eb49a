"""No module over about 500 lines without its reason written at its top (issue 10): a long
module says "on purpose" in its docstring, and why."""

from __future__ import annotations

import ast
from pathlib import Path

import timelineapp

LIMIT = 500
PACKAGE = Path(timelineapp.__file__).parent


def test_every_long_module_says_why_at_its_top() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= LIMIT:
            continue
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if "on purpose" not in docstring:
            unexplained.append(f"{path.relative_to(PACKAGE)} ({text.count(chr(10))} lines)")
    assert not unexplained, "long modules without a reason at their top: " + ", ".join(unexplained)
