"""The README states the year range event files hold once, and it is the code's."""

from __future__ import annotations

import re
from pathlib import Path

from timelineapp.model.dates import MAX_ABS_YEAR

README = Path(__file__).parents[1] / "README.md"


def test_every_year_limit_in_the_readme_is_max_abs_year() -> None:
    text = README.read_text(encoding="utf-8")
    stated = {int(n.replace(",", "")) for n in re.findall(r"±(\d{1,3}(?:,\d{3}){3,})", text)}
    words = set(re.findall(r"±(\d+) (billion|million)", text))
    scale = {"billion": 1_000_000_000, "million": 1_000_000}
    stated |= {int(n) * scale[unit] for n, unit in words}
    assert stated  # the limit is stated (in digits or in words)
    assert stated == {MAX_ABS_YEAR}
