"""A date that cannot be read is worded in the window's language from its code and arguments
(QA s5 #5/#6: "invalid date '2024-02-30': …" stayed English in a French window)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import TypeAdapter, ValidationError
from pytestqt.qtbot import QtBot

from timelineapp.model.dates import DateError, parse_date
from timelineapp.model.file_format import EdtfText
from timelineapp.model.issues import Issue, IssueKind, Severity
from timelineapp.model.validation_words import word_error
from timelineapp.ui import date_error_words, issue_words
from timelineapp.ui.app import Application

# One date per code (and a few more forms of the common ones).
BAD_DATES = {
    "": "date_empty",
    " 2024": "date_spaces",
    "2024-02-30": "date_day_for_month",
    "2023-02-29": "date_day_for_month",
    "2024-X2-35": "date_day_range",
    "2024-06-7": "date_day_digits",
    "2024-2X": "date_month_range",
    "2024-13": "date_month_or_season",
    "2024-6": "date_month_digits",
    "2024-21-03": "date_season_day",
    "2024-06-01T25:00": "date_hour_range",
    "2024-06-01T10:61": "date_minute_range",
    "2024-06-01T10:30:75": "date_second_range",
    "2024-06-01T1": "date_hour_digits",
    "2024-06-01T10:3": "date_minute_digits",
    "2024-06-01T10:30:7": "date_second_digits",
    "2024-06-01T10": "date_minutes_colon",
    "2024-06-01?T10:00": "date_time_after_unknown_day",
    "Y99999999999999": "date_year_range",
    "24": "date_year_digits",
    "12345": "date_year_long",
    "19uu": "date_year_u",
    "XXXX": "date_unknown_year",
    "-0000": "date_negative_zero",
    "Y12345-06": "date_y_year_month",
    "2023-02-3X": "date_no_matching_day",
    "2024-06/2024-05": "date_end_before_start",
    "[2024-06..2024-05]": "date_last_before_first",
    # A stray character after a date, the most common typo (QA #107: left in English).
    "2024-05-19x": "date_expected",
    "2024-05x": "date_expected",
    "2024x": "date_expected",
    "2024-05-19T10:00x": "date_expected",
    "[2024-05,2024-06x": "date_expected",
}


def _issue(text: str) -> Issue:
    try:
        TypeAdapter(EdtfText).validate_python(text)
    except ValidationError as error:
        wording = word_error(error.errors(include_url=False)[0])
    else:
        raise AssertionError(f"{text!r} is a valid date")
    return Issue(
        Severity.ERROR,
        IssueKind.SCHEMA,
        "f.json",
        "events[0].date",
        wording.message,
        code=wording.code,
        arguments=wording.arguments,
    )


@pytest.mark.parametrize("text", sorted(BAD_DATES))
def test_each_date_error_has_its_code(text: str) -> None:
    assert _issue(text).code == BAD_DATES[text]


# Dates in words the EDTF reader never sees, refused by the typed-date reader (QA #142).
BAD_WORDS = {"Monday 29 October 2024": "date_weekday", "30 février 2024": "date_day_for_month"}


def test_every_date_code_is_worded() -> None:
    codes = set(BAD_DATES.values()) | set(BAD_WORDS.values())
    assert codes == date_error_words.worded_date_codes()


@pytest.mark.parametrize("text", sorted(BAD_WORDS))
def test_english_words_give_back_the_words_reader_message(qapp: object, text: str) -> None:
    from timelineapp.extract.typed_dates import typed_date

    with pytest.raises(DateError) as caught:
        typed_date(text)
    assert caught.value.code == BAD_WORDS[text]
    assert date_error_words.date_error_text(caught.value) == str(caught.value)


@pytest.mark.parametrize("text", sorted(BAD_DATES))
def test_english_words_give_back_the_model_message(qapp: object, text: str) -> None:
    issue = _issue(text)
    assert issue.message.startswith("invalid date ")
    assert issue_words.issue_message(issue) == issue.message


def test_a_date_error_survives_pickling_with_its_code() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-02-30")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.code, copy.arguments, str(copy)) == (
        caught.value.code,
        caught.value.arguments,
        str(caught.value),
    )


_FRENCH = {
    ("DateWords", "en"): "fr",
    (
        "DateErrorWords",
        "invalid date {date!r}: expected a day between 1 and {last} for {month} {year}, "
        "found {found}",
    ): "date invalide « {date} » : jour attendu entre 1 et {last} pour {month} {year}, "
    "trouvé {found}",
    (
        "DateErrorWords",
        "invalid date {date!r}: expected a date such as 2024, 2024-06 or 2024-06-07, found {found}",
    ): "date invalide « {date} » : date attendue, trouvé {found}",
    ("DateErrorWords", "nothing"): "rien",
}


@pytest.fixture
def french(stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH, english_otherwise=True)


def test_a_french_window_words_the_day_and_the_month(french: None) -> None:
    assert issue_words.issue_message(_issue("2024-02-30")) == (
        "date invalide « 2024-02-30 » : jour attendu entre 1 et 29 pour février 2024, trouvé 30"
    )
    assert issue_words.issue_message(_issue("")) == (
        "date invalide «  » : date attendue, trouvé rien"
    )


def test_a_code_without_french_keeps_the_english_message(french: None) -> None:
    issue = _issue("2024-06-01T25:00")
    assert issue_words.issue_message(issue) == issue.message


_FRENCH[
    (
        "DateErrorWords",
        "invalid date {date!r}: expected a month between 01 and 12 or a season between 21 and "
        "41, found {found}",
    )
] = (
    "date invalide « {date} » : mois attendu entre 01 et 12 ou saison entre 21 et 41, "
    "trouvé {found}"
)
_FRENCH[("ImportReport", "text")] = "texte"
_FRENCH[("ImportReport", "expected an object, found {found}")] = "objet attendu, {found} trouvé"


def test_an_import_report_words_the_date_error_and_the_kind_found(french: None) -> None:
    from timelineapp.extract.importers import import_file
    from timelineapp.ui.import_report_words import report_lines

    sahel = Path(__file__).parents[1] / "data" / "import" / "timelinejs-sahel.json"
    lines = report_lines(import_file(sahel).report, summary=False)
    (undated,) = [line for line in lines if "events[7]:" in line]
    assert undated.endswith(
        "date invalide « 2024-13 » : mois attendu entre 01 et 12 ou saison entre 21 et 41, "
        "trouvé 13"
    )
    (dropped,) = [line for line in lines if "events[8]:" in line]
    assert dropped.endswith(": objet attendu, texte trouvé")


def test_the_command_line_says_the_kind_found_in_json_terms() -> None:
    from timelineapp.extract.importers import import_file

    sahel = Path(__file__).parents[1] / "data" / "import" / "timelinejs-sahel.json"
    messages = [str(entry) for entry in import_file(sahel).report.entries]
    assert any(m.endswith("expected an object, found text") for m in messages)


def test_word_date_errors_replaces_only_the_reader_own_sentence(french: None) -> None:
    english = str(_error("2024-13"))
    text = f"impossible date ({english}); kept undated"
    assert date_error_words.word_date_errors(text) == (
        "impossible date (date invalide « 2024-13 » : mois attendu entre 01 et 12 ou saison "
        "entre 21 et 41, trouvé 13); kept undated"
    )
    forged = "invalid date '2024-13': expected nothing, found 13"
    assert date_error_words.word_date_errors(forged) == forged


def _error(text: str) -> DateError:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    return caught.value


def test_a_french_line_puts_the_same_colon_before_the_path_and_the_severity(
    french: None,
) -> None:
    """QA s5 #10: "147:15 : erreur" beside "263:12: events[3].date : erreur"."""
    _FRENCH[("IssueWords", "{place}: {path}")] = "{place}\u00a0: {path}"
    _FRENCH[("IssueWords", "{location}: {severity}: {message}")] = (
        "{location}\u00a0: {severity}\u00a0: {message}"
    )
    try:
        issue = Issue(
            Severity.ERROR, IssueKind.SCHEMA, "f.json", "events[3].date", "m", line=263, column=12
        )
        assert issue_words.issue_line(issue) == (
            "f.json:263:12\u00a0: events[3].date\u00a0: error\u00a0: m"
        )
        no_path = Issue(Severity.ERROR, IssueKind.SYNTAX, "f.json", "", "m", line=147, column=15)
        assert issue_words.issue_line(no_path) == "f.json:147:15\u00a0: error\u00a0: m"
    finally:
        del _FRENCH[("IssueWords", "{place}: {path}")]
        del _FRENCH[("IssueWords", "{location}: {severity}: {message}")]


def test_an_unknown_id_suggests_the_closest_known_one(french: None) -> None:
    """QA s5 #26: "nigerr" when "niger" exists."""
    from timelineapp.model.reference_issues import unknown_id

    issue = unknown_id("f.json", "events[5].actors[0].actor", "unknown_actor", "nigerr", ["niger"])
    assert issue.message == (
        "expected the id of an actor, found unknown id 'nigerr' (did you mean 'niger'?)"
    )
    _FRENCH[("IssueWords", " (did you mean {suggestion}?)")] = " (vouliez-vous dire {suggestion} ?)"
    try:
        assert issue_words.issue_message(issue).endswith(
            "found unknown id 'nigerr' (vouliez-vous dire 'niger' ?)"
        )
    finally:
        del _FRENCH[("IssueWords", " (did you mean {suggestion}?)")]
    far = unknown_id("f.json", "a", "unknown_actor", "zzz", ["niger"])
    assert far.message == "expected the id of an actor, found unknown id 'zzz'"
    assert issue_words.issue_message(far) == far.message


def test_the_provenance_pane_quotes_titles_in_the_window_language(
    qtbot: QtBot, tmp_path: Path, french: None
) -> None:
    """QA s5 #23: "“Départ”" in a French window, where French says « Départ »."""
    from timelineapp.ui.controller import TimelineController
    from timelineapp.ui.provenance_pane import ProvenancePane

    from ..provenance_files import load, tampered_copy

    _FRENCH[("Provenance", "“%1”")] = "«\u00a0%1\u00a0»"
    _FRENCH[("Provenance", "%1: %2")] = "%1\u00a0: %2"
    try:
        controller = TimelineController()
        controller.set_timeline(load(tampered_copy(tmp_path, keep_hash=True)))
        pane = ProvenancePane(controller)
        qtbot.addWidget(pane)
        texts = [pane.list_widget.item(r).text() for r in range(pane.list_widget.count())]
    finally:
        del _FRENCH[("Provenance", "“%1”")]
        del _FRENCH[("Provenance", "%1: %2")]
    assert texts
    assert all(text.startswith("«\u00a0") for text in texts if "“" in text or "«" in text)
    assert not any("“" in text.split("\n")[0] for text in texts)
    assert any("\u00a0: " in text.split("\n")[1] for text in texts)


def test_a_jsonl_line_that_is_not_json_says_what_was_found(french: None) -> None:
    """QA s5 #25: "found an error: Expecting value" said nothing of the line."""
    from timelineapp.extract.importers import import_file
    from timelineapp.ui.import_report_words import report_lines

    sketch = Path(__file__).parents[1] / "data" / "import" / "timesketch.jsonl"
    report = import_file(sketch).report
    (entry,) = [e for e in report.entries if e.code == "jsonl_error"]
    assert str(entry).endswith(
        "expected a JSON object, found 'not json at all', which is not valid JSON (Expecting value)"
    )
    _FRENCH[("JsonProblem", "Expecting value")] = "valeur attendue"
    try:
        lines = report_lines(report, summary=False)
    finally:
        del _FRENCH[("JsonProblem", "Expecting value")]
    assert any(
        line.endswith("'not json at all', which is not valid JSON (valeur attendue)")
        for line in lines
    )


@pytest.mark.shared_window
def test_the_import_preview_says_dates_in_words_with_the_edtf_in_the_tooltip(
    app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA s5 #12: the Preview tab showed "Y-13800000000" where the window says dates in words."""
    from timelineapp.ui.import_dialog import ImportDialog
    from timelineapp.ui.import_flow import ImportFlow

    monkeypatch.setattr(ImportDialog, "open", lambda self: None)
    flow = ImportFlow(app.window, app.controller, app.settings, app.opener.open)
    flow.run(Path(__file__).parents[1] / "data" / "import" / "timelinejs-sahel.json", None)
    dialog = flow.dialog
    assert dialog is not None
    preview = dialog.preview
    dates = [preview.item(r, 0) for r in range(preview.rowCount())]
    deep = [item for item in dates if "Y-13800000000" in item.toolTip()]
    assert deep
    assert all(item.text() == "13.8 billion years ago" for item in deep)
    assert not any(item.text().startswith(("Y", "[")) for item in dates)


def test_an_import_report_line_has_the_language_colons(french: None) -> None:
    """The Problems tab and Copy Report put French colons before the path and the outcome,
    like the open-error dialog (QA s5 #10's typography)."""
    from timelineapp.extract.importers import import_file
    from timelineapp.ui.import_report_words import report_lines

    sahel = Path(__file__).parents[1] / "data" / "import" / "timelinejs-sahel.json"
    report = import_file(sahel).report
    english = report_lines(report, summary=False)
    assert english[0].startswith(f"{sahel}: events[7]: changed: ")
    _FRENCH[("ImportReport", "{place}: {path}")] = "{place}\u00a0: {path}"
    _FRENCH[("ImportReport", "{where}: {outcome}: {message}")] = (
        "{where}\u00a0: {outcome}\u00a0: {message}"
    )
    try:
        lines = report_lines(report, summary=False)
    finally:
        del _FRENCH[("ImportReport", "{place}: {path}")]
        del _FRENCH[("ImportReport", "{where}: {outcome}: {message}")]
    assert lines[0].startswith(f"{sahel}\u00a0: events[")
    assert "\u00a0: changed\u00a0: " in lines[0] or "\u00a0: dropped\u00a0: " in lines[0]


def test_the_date_editor_words_its_problem_in_the_window_language(
    qtbot: QtBot, french: None
) -> None:
    """The Edit Event date field (and the filter bar, build and evidence dialogs) said the
    reader's English under --lang fr."""
    from timelineapp.ui.editing.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.set_text("2024-02-30")
    assert field.problem() == (
        "date invalide « 2024-02-30 » : jour attendu entre 1 et 29 pour février 2024, trouvé 30"
    )


def test_a_stray_character_after_a_date_is_worded_in_french(
    stand_in_french: Callable[..., None],
) -> None:
    """QA #107: « invalid date '2024-05-19x': expected 'T' and a time, … » in a French window."""
    stand_in_french(
        {
            ("DateErrorWords", "invalid date {date!r}: expected {expected}, found {found}"): (
                "date invalide « {date} » : attendu {expected} ; trouvé {found}"
            ),
            ("DateErrorWords", "'T' and a time"): "'T' et une heure",
            ("DateErrorWords", "a qualifier ('?', '~' or '%')"): "un qualificatif (?, ~ ou %)",
            ("DateErrorWords", "'/' and an end date"): "'/' et une date de fin",
            ("DateErrorWords", "the end of the text"): "la fin du texte",
            ("DateErrorWords", "%1 or %2"): "%1 ou %2",
        },
        english_otherwise=True,
    )
    assert issue_words.issue_message(_issue("2024-05-19x")) == (
        "date invalide « 2024-05-19x » : attendu 'T' et une heure, un qualificatif (?, ~ ou %), "
        "'/' et une date de fin ou la fin du texte ; trouvé 'x'"
    )
    with pytest.raises(DateError) as caught:
        parse_date("2024-05-19x")
    assert date_error_words.date_error_text(caught.value).startswith("date invalide")


def test_a_wrong_day_or_weekday_in_words_says_so_in_french(
    qtbot: QtBot, stand_in_french: Callable[..., None], tmp_path: Path
) -> None:
    """QA #142: « 30 février 2024 » was refused for its year (EDTF's "expected a 4-digit
    year, found '30'"), a wrong weekday with the generic "expected an EDTF date …"."""
    from timelineapp.extract.importers import import_file
    from timelineapp.ui.editing.date_field import DateField
    from timelineapp.ui.import_report_words import report_lines

    words = dict(_FRENCH)
    words[
        (
            "DateErrorWords",
            "invalid date {date!r}: expected {weekday}, the weekday of {day} {month} {year}, "
            "found {found}",
        )
    ] = "date invalide « {date} » : le {day} {month} {year} est un {weekday}, pas un {found}"
    stand_in_french(words, english_otherwise=True)
    field = DateField()
    qtbot.addWidget(field)
    field.set_text("30 février 2024")
    assert field.problem() == (
        "date invalide « 30 février 2024 » : jour attendu entre 1 et 29 pour février 2024, "
        "trouvé 30"
    )
    field.set_text("lundi 19 mai 2024")
    assert field.problem() == (
        "date invalide « lundi 19 mai 2024 » : le 19 mai 2024 est un dimanche, pas un lundi"
    )

    table = tmp_path / "words.csv"
    table.write_text("date,title\n30 février 2024,b\nMonday 29 October 2024,c\n", "utf-8")
    lines = "\n".join(report_lines(import_file(table).report, summary=False))
    assert "date invalide « 30 février 2024 » : jour attendu entre 1 et 29 pour février" in lines
    assert (
        "date invalide « Monday 29 October 2024 » : le 29 octobre 2024 est un mardi, pas un lundi"
    ) in lines
    assert "expected an EDTF date" not in lines
