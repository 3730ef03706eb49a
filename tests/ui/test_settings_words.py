"""A settings file set aside is said with its place (file, key, line), what was expected and
what was found, in the window's language."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from timelineapp.ui import issue_words
from timelineapp.ui.settings import SETTINGS_VERSION, read_settings
from timelineapp.ui.settings_words import settings_notice

# One unusable settings file per code: what makes it unusable, and the key it names.
CASES: dict[str, tuple[bytes, str]] = {
    "settings_not_json": (b'{\n  "theme": light\n}', ""),
    "settings_not_utf8": (b"\xff\xfe{}", ""),
    "settings_too_deep": (b'{"views": ' + b"[" * 40 + b"]" * 40 + b"}", ""),
    "settings_newer": (json.dumps({"version": SETTINGS_VERSION + 1}).encode(), "version"),
    "enum": (json.dumps({"theme": "solarized"}).encode(), "theme"),
    "greater_than_equal": (json.dumps({"cache_budget": -1}).encode(), "cache_budget"),
    "dict_type": (b"[1, 2]", ""),
}


def test_every_settings_code_is_sampled() -> None:
    settings_codes = {c for c in issue_words.worded_codes() if c.startswith("settings_")}
    # Too large and unreadable need a 4 MB file or a permission the test user may not lack.
    assert settings_codes - {"settings_too_large", "settings_unreadable"} <= set(CASES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_problem_is_located_and_coded(tmp_path: Path, code: str) -> None:
    content, key = CASES[code]
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = read_settings(path)
    assert loaded.issue is not None
    assert loaded.issue.code == code
    assert loaded.issue.file == str(path)
    assert loaded.issue.json_path == key
    assert loaded.issue.message.startswith("expected ")
    assert ", found " in loaded.issue.message


def test_a_json_error_gives_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(CASES["settings_not_json"][0])
    issue = read_settings(path).issue
    assert issue is not None
    assert (issue.line, issue.column) == (2, 12)


@pytest.mark.parametrize("code", sorted(CASES))
def test_english_notice_names_file_key_expected_and_found(
    qapp: QCoreApplication, tmp_path: Path, code: str
) -> None:
    content, key = CASES[code]
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = read_settings(path)
    assert loaded.issue is not None
    notice = settings_notice(loaded)
    assert str(path) in notice
    assert loaded.issue.message in notice  # the English words are the model's message
    assert (f"{key}: " in notice) if key else True
    assert loaded.set_aside is not None
    assert loaded.set_aside.name in notice


# Stands in for the French .qm the coordinator builds from /work/team/i18n.
_FRENCH_WORDS = {
    "expected one of {expected}, found {found}": (
        "attendu : l’un de {expected} ; trouvé : {found}"
    ),
    "the text {value}": "le texte {value}",
    "{choices} or {last}": "{choices} ou {last}",
    "'%1'": "«\u00a0%1\u00a0»",
    "expected settings version {expected} or older, found version {found} "
    "(written by a newer timelineapp)": "attendu : version {expected} ou antérieure ; "
    "trouvé : version {found} (écrits par un timelineapp plus récent)",
    "Your settings could not be used ({reason}); they were kept as {file} and the "
    "defaults are used.": "Vos réglages n’ont pas pu servir ({reason}) ; conservés sous "
    "{file}, les réglages par défaut sont utilisés.",
    "Some of your settings in {path} could not be used and were reset to their defaults; the "
    "others are kept. The file as it was is kept as {file}.": "Certains réglages de {path} "
    "étaient inutilisables : ils reprennent leur valeur par défaut, les autres sont gardés. "
    "Le fichier tel qu’il était est gardé sous le nom {file}.",
    "{key}: {message}": "{key} : {message}",
}


@pytest.fixture
def french(stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH_WORDS)


@pytest.mark.parametrize("code", ["enum", "settings_newer"])
def test_a_french_window_words_the_notice_in_french(
    tmp_path: Path, french: None, code: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(CASES[code][0])
    loaded = read_settings(path)
    notice = settings_notice(loaded)
    assert "attendu" in notice
    assert "expected" not in notice
    assert "found" not in notice
    assert " or " not in notice
    assert "Your settings" not in notice
    if code == "enum":  # the choices and the found text between French quotation marks
        assert "«\u00a0system\u00a0», «\u00a0light\u00a0» ou «\u00a0dark\u00a0»" in notice
        assert "«\u00a0solarized\u00a0»" in notice
