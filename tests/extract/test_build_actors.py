"""Actors: CLDR states and demonyms, capitals, armies, institutions, titled persons, aliases."""

from __future__ import annotations

import pytest

from timelineapp.extract.actors import find_actors


def _actors(text: str, language: str) -> dict[str, tuple[str, str, list[str], str | None]]:
    actors, _ = find_actors(text, language)
    return {a.key: (a.name, a.kind, a.aliases, a.parent) for a in actors}


def test_states_in_both_languages_come_from_cldr() -> None:
    # Paraguay and Kyrgyzstan are in no table of ours: only CLDR knows them.
    fr = _actors("Le Paraguay et le Kirghizstan ont signé.", "fr")
    en = _actors("Paraguay and Kyrgyzstan signed.", "en")
    assert fr["state:PY"][:2] == ("Paraguay", "state")
    assert fr["state:KG"][0] == "Kirghizstan"
    assert en["state:KG"][0] == "Kyrgyzstan"


def test_capitals_stand_for_governments() -> None:
    actors = _actors("Les relations entre Washington et Niamey restent bonnes.", "fr")
    assert actors["state:US"][0] == "États-Unis"
    assert "Washington" in actors["state:US"][2]
    assert "Niamey" in actors["state:NE"][2]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Les troupes américaines partent.", "fr", "US"),
        ("Les militaires russes sont arrivés.", "fr", "RU"),
        ("Les soldats nigériens sont rentrés.", "fr", "NE"),
        ("Russian instructors arrived.", "en", "RU"),
        ("Ukrainian forces advanced.", "en", "UA"),
        ("Paraguayan troops paraded.", "en", "PY"),
        ("U.S. forces left.", "en", "US"),
    ],
)
def test_army_phrases_are_the_states_armed_forces(text: str, language: str, state: str) -> None:
    actors = _actors(text, language)
    _name, kind, _, parent = actors["military:" + state]
    assert kind == "military"
    assert parent == "state:" + state
    assert actors[parent][1] == "state"


def test_army_mentions_merge_into_one_actor_with_aliases() -> None:
    text = (
        "Les troupes américaines partent. Les militaires américains sont 946. "
        "Le retrait des forces américaines continue."
    )
    name, _, aliases, _ = _actors(text, "fr")["military:US"]
    assert name == "troupes américaines"
    assert aliases == ["militaires américains", "forces américaines"]


def test_institutions() -> None:
    fr = _actors("Le ministère américain de la Défense et la junte nigérienne.", "fr")
    assert fr["org:US:defense"][0] == "ministère américain de la Défense"
    assert fr["org:US:defense"][3] == "state:US"
    assert fr["org:junta:NE"][3] == "state:NE"
    en = _actors(
        "The Pentagon and the U.S. Environmental Protection Agency (EPA) agreed. EPA said so.",
        "en",
    )
    assert en["org:pentagon"][3] == "state:US"
    agency = en["org:u-s-environmental-protection-agency"]
    assert agency[1] == "organization"
    assert "EPA" in agency[2]


def test_titled_persons_keep_their_title_as_description() -> None:
    fr = _actors(
        "Signé par le colonel Mamane Sani Kiaou et le général de division Kenneth Ekman.", "fr"
    )
    assert fr["person:mamane-sani-kiaou"][:2] == ("Mamane Sani Kiaou", "person")
    actors, _ = find_actors("Signé par le colonel Mamane Sani Kiaou.", "fr")
    assert actors[0].description == "colonel"
    assert fr["person:kenneth-ekman"][2] == ["général de division Kenneth Ekman"]
    en, _ = find_actors("Maj. Gen. Jane Doe visited.", "en")
    assert (en[0].name, en[0].description) == ("Jane Doe", "Maj. Gen.")


def test_a_surname_alone_later_is_the_same_person() -> None:
    text = "Deputy Administrator Janet McCabe visited. “Fine,” McCabe said."
    actors, mentions = find_actors(text, "en")
    (person,) = [a for a in actors if a.kind == "person"]
    assert person.name == "Janet McCabe"
    assert "McCabe" in person.aliases
    assert [m.text for m in mentions if m.key == person.key] == ["Janet McCabe", "McCabe"]


def test_possessive_ends_a_name() -> None:
    actors, _ = find_actors("Thanks to President Biden’s Investing in America agenda.", "en")
    assert [a.name for a in actors if a.kind == "person"] == ["Biden"]


def test_a_country_inside_another_name_is_not_the_state() -> None:
    keys = set(_actors("Il a gagné le Tour de France puis la Coupe de Russie.", "fr"))
    assert "state:FR" not in keys
    assert "state:RU" not in keys
    assert "state:FR" in _actors("La République de France et la France ont signé.", "fr")


def test_a_capital_as_a_place_is_not_its_government() -> None:
    assert "state:FR" not in _actors("L’épreuve ne se termine pas à Paris.", "fr")
    assert "state:FR" in _actors("Paris a protesté auprès de Niamey.", "fr")


def test_a_french_nationality_noun_before_a_name_is_a_person() -> None:
    actors, _ = find_actors(
        "Le Slovène Tadej Pogačar a gagné devant le Danois Jonas Vingegaard.", "fr"
    )
    persons = {a.name: a.description for a in actors if a.kind == "person"}
    assert persons == {"Tadej Pogačar": "Slovène", "Jonas Vingegaard": "Danois"}


def test_long_titles_and_a_later_title_with_the_surname() -> None:
    text = (
        "Secretary of State Antony J. Blinken met Secretary of Homeland Security Alejandro "
        "N. Mayorkas. Secretary Blinken left."
    )
    actors, _ = find_actors(text, "en")
    persons = {a.name: a.aliases for a in actors if a.kind == "person"}
    assert set(persons) == {"Antony J. Blinken", "Alejandro N. Mayorkas"}
    assert "Secretary Blinken" in persons["Antony J. Blinken"]


def test_an_agency_named_head_first_with_its_acronym() -> None:
    actors = _actors("according to the Centers for Disease Control and Prevention (CDC).", "en")
    _, kind, aliases, _ = actors["org:centers-for-disease-control-and-prevention"]
    assert kind == "organization"
    assert aliases == ["CDC"]


def test_names_do_not_run_across_lines() -> None:
    actors, _ = find_actors("Visit to Ottawa and Mexico City\n\nOffice of the Spokesperson", "en")
    assert all("\n" not in a.name for a in actors)
    assert not any(a.name.startswith("Ottawa and") for a in actors)


def test_institution_words_are_not_person_names() -> None:
    en, _ = find_actors("The Justice Department announced charges in New Jersey.", "en")
    assert [(a.name, a.kind) for a in en] == [("Justice Department", "organization")]
    fr, _ = find_actors("Inaugurée par le président de la République.", "fr")
    assert not [a for a in fr if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "name", "description"),
    [
        # QA #69: the office before the name, both between commas
        (
            "The regional president, Carlos Mazón, resigned.",
            "en",
            "Carlos Mazón",
            "regional president",
        ),
        (
            "Its chief executive, Jane Roe, said it would close.",
            "en",
            "Jane Roe",
            "chief executive",
        ),
        (
            "Le président régional, Carlos Mazón, a démissionné.",
            "fr",
            "Carlos Mazón",
            "président régional",
        ),
    ],
)
def test_an_office_written_before_the_name_in_apposition(
    text: str, language: str, name: str, description: str
) -> None:
    actors, _ = find_actors(text, language)
    (person,) = [a for a in actors if a.kind == "person"]
    assert (person.name, person.description) == (name, description)
    assert all("," not in alias for alias in person.aliases)


def test_an_apposition_that_names_no_person_is_none() -> None:
    actors, _ = find_actors("The head of state, Niger, said. The president, however, left.", "en")
    assert not [a for a in actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "description"),
    [
        ("Spain's weather agency AEMET had issued a red warning.", "en", "weather agency"),
        ("L’agence météorologique AEMET a lancé une alerte.", "fr", "agence météorologique"),
    ],
)
def test_an_acronym_named_once_after_a_noun_for_an_organisation(
    text: str, language: str, description: str
) -> None:
    """QA #69: "AEMET" is written once, right after "weather agency"."""
    actors, _ = find_actors(text, language)
    (aemet,) = [a for a in actors if a.name == "AEMET"]
    assert (aemet.kind, aemet.description) == ("organization", description)


def test_an_acronym_named_once_without_such_a_noun_is_no_actor() -> None:
    actors, _ = find_actors("The agency said NOTE would follow.", "en")
    assert not [a for a in actors if a.name == "NOTE"]
