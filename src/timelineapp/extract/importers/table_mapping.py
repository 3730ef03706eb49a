"""Which column feeds which event field: detected from common headers, overridden by ``--map``.

A mapping names, for each event field, the column(s) it is read from. It is detected from
common headers (``date``, ``title``, ``actors``…), given by a preset (ACLED, Timesketch:
:mod:`.table_presets`), and overridden by the user (``--map title=Headline``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .base import UnreadableInput
from .messages import listed
from .table import find_column

# Every field a column can feed, and the headers that name it in common exports, English
# then French (a French spreadsheet's « titre », « acteurs »: QA #98). Headers are compared
# folded (case, spaces, _ and - ignored), so « Date de début » is "datededébut"; French words
# come with and without their accents, as spreadsheets are typed both ways.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id", "uid", "unique_id", "identifier", "identifiant"),
    "date": (
        "date",
        "event_date",
        "datetime",
        "when",
        "date_time",
        "time",
        "timestamp_utc",
        "quand",
        "date_heure",
        "date et heure",
        "jour",
    ),
    "start": (
        "start",
        "start_date",
        "begin",
        "from",
        "start date",
        "startdate",
        "début",
        "debut",
        "date de début",
        "date de debut",
        "date_début",
        "date_debut",
    ),
    "end": (
        "end",
        "end_date",
        "until",
        "to",
        "end date",
        "enddate",
        "fin",
        "date de fin",
        "date_fin",
        "jusqu'à",
        "jusqua",
    ),
    "title": (
        "title",
        "headline",
        "event",
        "name",
        "subject",
        "what",
        "message",
        "titre",
        "intitulé",
        "intitule",
        "événement",
        "evenement",
        "nom",
        "sujet",
        "quoi",
    ),
    "summary": (
        "summary",
        "description",
        "text",
        "notes",
        "details",
        "body",
        "résumé",
        "resume",
        "texte",
        "détails",
        "descriptif",
    ),
    "actors": (
        "actors",
        "actor",
        "who",
        "participants",
        "people",
        "group",
        "acteurs",
        "acteur",
        "qui",
        "personnes",
        "protagonistes",
    ),
    "place": (
        "place",
        "location",
        "where",
        "city",
        "country",
        "lieu",
        "localisation",
        "endroit",
        "où",
        "ville",
        "pays",
    ),
    "url": (
        "url",
        "source_url",
        "source_urls",
        "link",
        "source url",
        "sources",
        "href",
        "lien",
        "liens",
        "adresse",
        "url de la source",
    ),
    "source": (
        "source",
        "source_title",
        "source_titles",
        "publication",
        "outlet",
        "document",
        "titre de la source",
        "titre_source",
    ),
    "quote": ("quote", "quotes", "excerpt", "citation", "citations", "extrait"),
    "tags": (
        "tags",
        "tag",
        "category",
        "categories",
        "type",
        "keywords",
        "étiquettes",
        "étiquette",
        "etiquettes",
        "etiquette",
        "catégorie",
        "catégories",
        "categorie",
        "mots-clés",
        "mots clés",
        "mots-cles",
    ),
    "note": (
        "note",
        "comment",
        "comments",
        "remarks",
        "remarque",
        "remarques",
        "commentaire",
        "commentaires",
    ),
    "status": ("status", "statut", "état", "etat"),
    "review": ("review", "relecture", "vérification", "verification"),
}
MULTI_FIELDS = frozenset({"actors", "tags", "url", "source", "note"})


@dataclass
class ColumnMapping:
    """Field -> columns; ``roles`` gives an actor column's role (ACLED's actor1, actor2…)."""

    columns: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        return "; ".join(f"{name}={', '.join(cols)}" for name, cols in self.columns.items())


def detect_mapping(header: list[str]) -> ColumnMapping:
    """The mapping common headers suggest: each column feeds at most one field."""
    mapping = ColumnMapping()
    used: set[str] = set()
    for name, candidates in FIELDS.items():
        found = [c for c in (find_column(header, cand) for cand in candidates) if c]
        found = [c for c in dict.fromkeys(found) if c not in used]
        if found:
            chosen = found if name in MULTI_FIELDS else found[:1]
            mapping.columns[name] = chosen
            used.update(chosen)
    if "date" in mapping.columns and "start" in mapping.columns:
        del mapping.columns["start"]
    return mapping


def apply_overrides(
    mapping: ColumnMapping, overrides: Mapping[str, str], header: list[str], name: str
) -> ColumnMapping:
    """``--map field=column[,column…]`` replaces what was detected for that field."""
    for field_name, columns in overrides.items():
        if field_name not in FIELDS:
            raise UnreadableInput(
                f"--map {field_name}=…: expected one of {', '.join(FIELDS)}, found {field_name!r}"
            )
        chosen: list[str] = []
        for wanted in (c.strip() for c in columns.split(",")):
            if not wanted:
                continue
            found = find_column(header, wanted)
            if found is None:
                columns, more = listed(header)
                if more:
                    columns += f", … ({more} more)"
                raise UnreadableInput(
                    f"{name}:1: --map {field_name}={wanted}: expected a column of the header "
                    f"({columns}), found no {wanted!r}"
                )
            chosen.append(found)
        for other in mapping.columns.values():
            for column in chosen:
                if column in other:
                    other.remove(column)
        mapping.columns[field_name] = chosen
        if field_name == "date":
            mapping.columns.pop("start", None)
    mapping.columns = {k: v for k, v in mapping.columns.items() if v}
    return mapping
