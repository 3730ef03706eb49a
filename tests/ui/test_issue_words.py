"""Load issues in the window's language: worded from their code and arguments, located as before."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import shiboken6
from pydantic_core import ErrorDetails

from timelineapp.model.issues import Issue, IssueKind, Severity, json_path
from timelineapp.model.validation_words import word_error
from timelineapp.ui import issue_words, read_problem_words
from timelineapp.ui.app import Application

from .conftest import SharedWindow

# Each test starts from the module's one window, emptied as a new one is (tests/ui/conftest.py).
pytestmark = pytest.mark.shared_window

BAD = Path(__file__).parents[1] / "data" / "bad"

# One sample error per worded code: (ctx, input), as pydantic reports them.
SAMPLES: dict[str, tuple[dict[str, Any], Any]] = {
    "missing": ({}, {}),
    "extra_forbidden": ({}, "x"),
    "dict_type": ({}, [1]),
    "model_type": ({"class_name": "Event"}, "x"),
    "model_attributes_type": ({}, 3),
    "list_type": ({}, {"a": 1}),
    "tuple_type": ({}, "x"),
    "set_type": ({}, "x"),
    "string_type": ({}, 7),
    "str_type": ({}, 7),
    "string_unicode": ({}, "\ud800 lone"),
    "int_type": ({}, "seven"),
    "int_parsing": ({}, "seven"),
    "int_from_float": ({}, 7.5),
    "float_type": ({}, "x"),
    "float_parsing": ({}, "x"),
    "bool_type": ({}, "yes"),
    "bool_parsing": ({}, "yes"),
    "none_required": ({}, 1),
    "less_than_equal": ({"le": 6}, 7),
    "less_than": ({"lt": 6}, 7),
    "greater_than_equal": ({"ge": 0}, -1),
    "greater_than": ({"gt": 0}, 0),
    "string_too_short": ({"min_length": 1}, ""),
    "string_too_long": ({"max_length": 3}, "abcd"),
    "too_short": ({"min_length": 2}, [1]),
    "too_long": ({"max_length": 1}, [1, 2]),
    "string_pattern_mismatch": ({"pattern": "^[a-z]+$"}, "A'b"),
    "literal_error": ({"expected": "'state' or 'person'"}, "cat"),
    "enum": ({"expected": "'a' or 'b'"}, None),
}


def _issue(code: str) -> Issue:
    ctx, value = SAMPLES[code]
    detail: ErrorDetails = {"type": code, "loc": ("events", 0, "x"), "msg": "", "input": value}
    if ctx:
        detail["ctx"] = ctx
    return _worded(detail)


def _worded(detail: ErrorDetails) -> Issue:
    """``detail`` as the loader makes its issue, at f.json:3:5."""
    wording = word_error(detail)
    return Issue(
        Severity.ERROR,
        IssueKind.SCHEMA,
        "f.json",
        json_path(tuple(detail["loc"])),
        wording.message,
        line=3,
        column=5,
        code=wording.code,
        arguments=wording.arguments,
        found=wording.found,
    )


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# A few of fr_frwords' words, standing in for the .qm the coordinator builds.
_FRENCH_WORDS = {
    "expected this required field, found nothing": "attendu ce champ obligatoire, trouvé rien",
    "expected a whole number, found {found}": "attendu un nombre entier, trouvé {found}",
    "the text {value}": "le texte {value}",
    "NaN (not valid JSON)": "NaN (pas du JSON valide)",
    "expected text of whole characters (a lone surrogate escape is none), found {found}": (
        "attendu du texte de caractères entiers, trouvé {found}"
    ),
    "'%1'": "«\u00a0%1\u00a0»",
    " (did you mean {suggestion}?)": " (vouliez-vous dire {suggestion}\u00a0?)",
    "expected the id of an actor, found unknown id {id}": (
        "attendu\u00a0: l’identifiant d’un acteur\u00a0; trouvé\u00a0: l’identifiant inconnu {id}"
    ),
    "error": "erreur",
}


@pytest.fixture
def french(stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH_WORDS, "IssueWords")


@pytest.fixture(scope="module")
def one_window(shared_window: SharedWindow) -> Application:
    """The run's shared window (tests/ui/conftest.py) for the sampled codes: wording an issue
    reads the translators the application installed and changes nothing in the window, so the
    58 cases share it (a window each was 8 s of the suite under load)."""
    return shared_window.reused()


def _dispose(app: Application) -> None:
    """Delete the dialog: a hidden one stays a top-level widget that later tests would find."""
    dialog = app.opener.last_dialog
    app.opener.last_dialog = None
    if dialog is not None:
        dialog.close()
        shiboken6.delete(dialog)


def test_every_worded_code_is_sampled() -> None:
    # Settings and reference problems are sampled in test_settings_words / test_reference_words.
    assert set(SAMPLES) <= issue_words.worded_codes()


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_english_words_give_back_the_model_message(one_window: Application, code: str) -> None:
    issue = _issue(code)
    # %n words read "character(s)" until the coordinator's English .qm gives their plural forms.
    unfilled = re.sub(r"\b(character|item)s?\b", r"\1(s)", issue.message)
    assert issue_words.issue_message(issue) in {issue.message, unfilled}
    assert issue_words.issue_line(issue) in {
        str(issue),
        str(issue).replace(issue.message, unfilled),
    }


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_every_worded_code_uses_only_its_arguments(one_window: Application, code: str) -> None:
    issue = _issue(code)
    words = issue_words.template(code, dict(issue.arguments))
    assert words is not None
    assert _placeholders(words) <= set(dict(issue.arguments))


def test_codes_without_words_keep_the_english_message(app: Application, french: None) -> None:
    issue = Issue(Severity.ERROR, IssueKind.REFERENCE, "f.json", "events[1]", "unknown id 'x'")
    assert issue_words.issue_message(issue) == "unknown id 'x'"
    odd = Issue(Severity.ERROR, IssueKind.SCHEMA, "f.json", "a", "kept", code="no_such_code")
    assert issue_words.issue_message(odd) == "kept"


def test_french_words_keep_the_location_and_the_found_text(app: Application, french: None) -> None:
    issue = _issue("int_type")
    assert issue_words.issue_line(issue) == (
        "f.json:3:5: events[0].x: erreur: attendu un nombre entier, trouvé le texte "
        "«\u00a0seven\u00a0»"
    )


def test_a_french_window_shows_a_missing_title_in_french(app: Application, french: None) -> None:
    app.opener.open(BAD / "cascade-missing-title.timeline.json")
    dialog = app.opener.last_dialog
    assert dialog is not None
    lines = dialog.text.toPlainText().splitlines()
    (title,) = [line for line in lines if ": title: " in line]
    assert title.startswith(str(BAD / "cascade-missing-title.timeline.json") + ":")
    assert title.endswith(": title: erreur: attendu ce champ obligatoire, trouvé rien")
    # (toPlainText gives no-break spaces back as spaces)
    assert any("l’identifiant inconnu « nobody »" in line for line in lines)
    _dispose(app)


def test_a_title_of_spaces_is_worded_by_its_own_code(app: Application, french: None) -> None:
    from timelineapp.model.format_rules import NOT_BLANK

    detail: ErrorDetails = {
        "type": "string_pattern_mismatch",
        "loc": ("events", 1, "title"),
        "msg": "",
        "input": "  ",
        "ctx": {"pattern": NOT_BLANK},
    }
    issue = _worded(detail)
    assert issue.code == "blank_text"
    assert issue.message == "expected text other than spaces, found the text '  '"
    assert NOT_BLANK not in issue_words.issue_message(issue)  # no regex for the reader


def test_an_english_window_shows_the_model_message(app: Application) -> None:
    app.opener.open(BAD / "cascade-missing-title.timeline.json")
    dialog = app.opener.last_dialog
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert ": title: error: expected this required field, found nothing" in text
    _dispose(app)


@pytest.mark.parametrize("module", [issue_words, read_problem_words])
def test_every_translate_call_is_literal_so_lupdate_sees_it(module: ModuleType) -> None:
    """pyside6-lupdate reads only literal calls: a helper taking the text would hide it."""
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"translate", "tr"}
    ]
    assert len(calls) >= 20
    for call in calls:
        texts = call.args[:2] if call.func.attr == "translate" else call.args[:1]  # type: ignore[attr-defined]
        assert all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in texts)


def test_a_single_allowed_value_is_expected_as_itself(one_window: Application) -> None:
    """'"version": 2' is "expected 1", not "expected one of 1" (QA #28)."""
    detail: ErrorDetails = {
        "type": "literal_error",
        "loc": ("version",),
        "msg": "",
        "input": 2,
        "ctx": {"expected": "1"},
    }
    issue = _worded(detail)
    assert issue.message == "expected 1, found the number 2"
    assert issue_words.issue_message(issue) == issue.message


def test_nan_is_found_as_not_json_in_the_window_language(app: Application, french: None) -> None:
    """QA #30: NaN is no number of JSON; said so, in French too (not "the number nan")."""
    detail: ErrorDetails = {
        "type": "int_from_float",
        "loc": ("events", 0, "x"),
        "msg": "",
        "input": float("nan"),
    }
    issue = _worded(detail)
    assert issue.message == "expected a whole number, found NaN (not valid JSON)"
    assert issue_words.issue_message(issue) == (
        "attendu un nombre entier, trouvé NaN (pas du JSON valide)"
    )


def test_french_quotes_the_file_words_with_guillemets(app: Application, french: None) -> None:
    """QA #55: « niger », not 'niger', in a French window; English keeps the model's words."""
    from timelineapp.model.reference_issues import unknown_id

    issue = unknown_id("f.json", "events[0].actors[0]", "unknown_actor", "nigr", ["niger"])
    assert issue_words.issue_message(issue) == (
        "attendu\u00a0: l’identifiant d’un acteur\u00a0; trouvé\u00a0: l’identifiant inconnu "
        "«\u00a0nigr\u00a0» (vouliez-vous dire «\u00a0niger\u00a0»\u00a0?)"
    )


def test_english_keeps_the_straight_quotes(one_window: Application) -> None:
    from timelineapp.model.reference_issues import unknown_id

    issue = unknown_id("f.json", "events[0].actors[0]", "unknown_actor", "nigr", ["niger"])
    assert issue_words.issue_message(issue) == issue.message
    assert "'niger'" in issue.message


def test_a_lone_surrogate_stays_an_escape_between_french_quotes(
    app: Application, french: None
) -> None:
    """A title "\\ud800 lone" must still print (it is no character: its escape is shown)."""
    issue = _worded(
        {"type": "string_unicode", "loc": ("events", 0, "title"), "msg": "", "input": "\ud800 x"}
    )
    message = issue_words.issue_message(issue)
    message.encode("utf-8")  # printable
    assert "«\u00a0\\ud800 x\u00a0»" in issue_words.issue_line(issue)
