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
