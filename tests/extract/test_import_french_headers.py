"""A French spreadsheet's headers are recognised, and a table with no title column says so
once, naming its columns (QA #98: every row was dropped, one line each)."""

from __future__ import annotations

import pytest

from timelineapp.extract.importers import import_bytes
from timelineapp.extract.importers.table_mapping import detect_mapping


def test_qa9s_french_table_imports() -> None:
    raw = "date;titre;acteurs\n2024-05-19;Signature;Niger\n2024-05-20;Retrait;États-Unis\n"
    result = import_bytes(raw.encode("cp1252"), "h3.csv", "csv")
    assert [(e.date, e.title) for e in result.event_file.events] == [
        ("2024-05-19", "Signature"),
        ("2024-05-20", "Retrait"),
    ]
    assert [a.name for a in result.event_file.actors] == ["Niger", "États-Unis"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Titre", "title"),
        ("Intitulé", "title"),
        ("Résumé", "summary"),
        ("resume", "summary"),
        ("Acteurs", "actors"),
        ("Lieu", "place"),
        ("Date de début", "start"),
        ("Date de fin", "end"),
        ("Citation", "quote"),
        ("Étiquettes", "tags"),
        ("Mots-clés", "tags"),
        ("Lien", "url"),
        ("Commentaire", "note"),
        ("Statut", "status"),
    ],
)
def test_french_headers_feed_their_field(header: str, field: str) -> None:
    assert detect_mapping(["x", header]).columns.get(field) == [header]


def test_no_title_column_is_said_once_with_the_columns() -> None:
    raw = b"date;lieu;acteurs\n2024-05-19;Niamey;Niger\n2024-05-20;Niamey;Niger\n"
    result = import_bytes(raw, "t.csv", "csv")
    assert not result.event_file.events
    (entry,) = result.report.entries
    assert entry.code == "no_title_column"
    assert "date, lieu, acteurs" in str(entry)
    assert "--map title=COLUMN" in str(entry)
