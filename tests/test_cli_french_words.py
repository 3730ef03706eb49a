"""What the commands print with ``--lang fr`` comes from Qt's translations, never from an
English sentence made in the model or the command: ``build -o`` into a missing folder (the
model's ``output_problem`` has codes), ``import --map`` usage errors, and ``validate``'s
English counts written in whole singular and plural forms (no ``'s' *`` suffix)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from msgspec.structs import replace

from timelineapp.cli import main
from timelineapp.model.atomic_write import output_problem
from timelineapp.model.issues import Severity
from timelineapp.model.loading import load_event_file
from timelineapp.resources import example_event_file

DATA = Path(__file__).parent / "data"
SEED = DATA / "build" / "000_651eb735907009b6.txt"
TABLE = DATA / "import" / "acled-niger.csv"

# A stand-in for the French .qm (the coordinator regenerates the real one at merge time).
_FRENCH = {
    "-o: cannot write {output}: {reason}": "-o\u00a0: impossible d’écrire {output}\u00a0: {reason}",
    "folder {folder} does not exist": "le dossier {folder} n’existe pas",
    "it is a folder": "c’est un dossier",
    "--map {item}: expected FIELD=COLUMN, as in --map date=Date": (
        "--map {item}\u00a0: attendu CHAMP=COLONNE, comme --map date=Date"
    ),
    "--map {item}: expected a field among {fields}, found {found}": (
        "--map {item}\u00a0: attendu un champ parmi {fields}, trouvé {found}"
    ),
}


@pytest.fixture
def french(stand_in_french: Callable[..., None]) -> None:
    stand_in_french(_FRENCH)


@pytest.mark.usefixtures("french")
def test_build_into_a_missing_folder_says_why_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "missing" / "folder" / "x.timeline.json"
    assert main(["build", str(SEED), "-o", str(output), "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"timelineapp build: -o\u00a0: impossible d’écrire {output}\u00a0: "
        f"le dossier {output.parent} n’existe pas\n"
    )
    assert not (tmp_path / "missing").exists()
    folder = tmp_path / "taken.timeline.json"
    folder.mkdir()
    assert main(["build", str(SEED), "-o", str(folder), "--lang", "fr"]) == 1
    assert capsys.readouterr().err.endswith("\u00a0: c’est un dossier\n")


def test_the_output_problem_is_a_code_with_english_words(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "x.png"
    problem = output_problem(missing)
    assert problem is not None
    assert (problem.code, problem.folder) == ("no_folder", str(missing.parent))
    assert str(problem) == f"folder {missing.parent} does not exist"
    folder_problem = output_problem(tmp_path)
    assert folder_problem is not None
    assert folder_problem.code == "is_folder"
    assert output_problem(tmp_path / "x.png") is None


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("item", "french_start"),
    [
        # French quotes what was typed « so », not 'so' (QA session 11).
        ("nope", "--map «\u00a0nope\u00a0»\u00a0: attendu CHAMP=COLONNE"),
        ("colour=When", "--map «\u00a0colour=When\u00a0»\u00a0: attendu un champ parmi id, date"),
    ],
)
def test_map_usage_errors_follow_lang(
    item: str, french_start: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "a.timeline.json")
    assert main(["import", str(TABLE), "-o", out, "--map", item, "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"timelineapp import: error: {french_start}"), err
    assert "expected" not in err
    if item == "colour=When":
        assert err.endswith("trouvé «\u00a0colour\u00a0»\n")


@pytest.mark.parametrize("item", ["nope", "colour=When", "{fields}=x"])
def test_map_usage_errors_are_the_same_english_with_and_without_qt(
    item: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    """The English the command writes without Qt is the Qt source the French translates."""
    out = str(tmp_path / "a.timeline.json")
    assert main(["import", str(TABLE), "-o", out, "--map", item]) == 2
    plain = capsys.readouterr().err
    assert main(["import", str(TABLE), "-o", out, "--map", item, "--lang", "en"]) == 2
    assert capsys.readouterr().err == plain
    from timelineapp.import_cli import _map_problem
    from timelineapp.ui import import_usage_words

    field = item.partition("=")[0]
    args = argparse.Namespace(report_lang="fr")
    if "=" not in item:
        qt = import_usage_words.map_not_a_pair(item)
        assert qt == _map_problem(argparse.Namespace(report_lang=None), item)
    else:
        from timelineapp.extract.importers.table_mapping import FIELDS

        fields = ", ".join(FIELDS)
        qt = import_usage_words.map_unknown_field(item, fields, field)
        assert qt == _map_problem(argparse.Namespace(), item, fields, field)
    assert args.report_lang == "fr"
    assert plain == f"timelineapp import: error: {qt}\n"


def test_validate_counts_in_whole_english_forms(tmp_path: Path) -> None:
    from timelineapp.validate_cli import _english_lines

    bad = tmp_path / "bad.timeline.json"
    bad.write_text('{"version": 2}', encoding="utf-8")
    broken = load_event_file(str(bad))
    error = broken.errors[0]
    broken = replace(broken, issues=[error])
    two = replace(broken, issues=[error, error])
    warning = replace(error, severity=Severity.WARNING)
    example = load_event_file(example_event_file())
    assert example.ok
    warned = replace(example, issues=[warning])
    warned_twice = replace(example, issues=[warning, warning])
    results = [broken, two, warned, warned_twice]
    summaries = [_english_lines([result])[-1].rpartition(": ")[2] for result in results]
    assert summaries == ["1 error", "2 errors", "OK (1 warning)", "OK (2 warnings)"]


def test_an_import_report_quotes_the_inputs_words_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA session 11: « modifié : 'late 2023' lu comme 2023 »: an argument the importer
    quoted as Python does. French gets « late 2023 » (the shipped French, not a stand-in)."""
    table = tmp_path / "late.csv"
    table.write_text("id,date,title\nbad id!,late 2023,Something\n", encoding="utf-8")
    out = str(tmp_path / "late.timeline.json")
    assert main(["import", str(table), "-o", out, "--lang", "fr"]) == 0
    said = capsys.readouterr().out
    assert "«\u00a0late 2023\u00a0» lu comme 2023" in said
    assert "«\u00a0bad id!\u00a0»" in said
    assert "'" not in said.replace("’", "")
    assert main(["import", str(table), "-o", out, "--force"]) == 0
    assert "'late 2023' read as 2023" in capsys.readouterr().out  # English as it was
