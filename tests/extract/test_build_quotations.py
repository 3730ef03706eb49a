"""Quotations: every mark style, nesting, apostrophes, and who is quoted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timelineapp.extract.actors import find_actors
from timelineapp.extract.article import article_from_text
from timelineapp.extract.events import find_events
from timelineapp.extract.quotations import find_quotations
from timelineapp.extract.sentences import sentences


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Il a dit : « Nous partirons » hier.", "Nous partirons"),
        ("Il a dit : «Nous partirons» hier.", "Nous partirons"),
        ("He said “we will leave,” and left.", "we will leave"),
        ('He said "we will leave," and left.', "we will leave"),
        ("Er sagte „wir gehen“ dann.", "wir gehen"),
        ("Il a dit ‹ bientôt › puis rien.", "bientôt"),
    ],
)
def test_each_mark_style_gives_the_inside(text: str, inside: str) -> None:
    (quotation,) = find_quotations(text)
    assert quotation.text == inside
    assert text[quotation.start : quotation.end] == inside


def test_nested_quotes_stay_in_the_outer_one() -> None:
    text = "« L’État sera là, “quoi qu’il arrive”, jusqu’au bout », a-t-il dit."
    (quotation,) = find_quotations(text)
    assert quotation.text == "L’État sera là, “quoi qu’il arrive”, jusqu’au bout"
    text = "He said \"they called it 'the plan' then\" and left."
    (quotation,) = find_quotations(text)
    assert quotation.text == "they called it 'the plan' then"


def test_apostrophes_are_never_quote_marks() -> None:
    text = "L’accord d’aujourd’hui, c’est l’État. Don't say the people's 'plan' isn't."
    assert find_quotations(text) == []


@given(st.text(alphabet="abc ’'.,\n", max_size=200))
def test_text_with_only_apostrophes_has_no_quotations(text: str) -> None:
    assert find_quotations(text) == []


@given(
    st.lists(st.text(alphabet="abcdef ’'", min_size=2, max_size=20).filter(str.strip), max_size=5)
)
def test_every_quotation_inside_is_verbatim(parts: list[str]) -> None:
    text = " puis ".join(f"« {part} »" for part in parts)
    for quotation in find_quotations(text):
        assert text[quotation.start : quotation.end] == quotation.text
        assert quotation.text == quotation.text.strip()


def _speakers(text: str, language: str) -> dict[str, str | None]:
    article = article_from_text(text, "a.txt", language=language, published="2024-06-15")
    _, mentions = find_actors(text, language)
    result = {}
    for event in find_events(article, None, mentions):
        for source in event.sources:
            for quote in source.quotes:
                if quote.attributed_to != "article":
                    result[quote.text] = quote.attributed_to
    return result


@pytest.mark.parametrize(
    ("text", "language", "quote", "speaker"),
    [
        (
            "« Nous partirons », a déclaré le colonel Mamane Sani Kiaou.",
            "fr",
            "Nous partirons",
            "person:mamane-sani-kiaou",
        ),
        (
            "Selon le communiqué, les parties s’engagent « à coopérer ».",
            "fr",
            "à coopérer",
            "communiqué",
        ),
        (
            "« Le retrait a commencé », peut-on lire dans le communiqué.",
            "fr",
            "Le retrait a commencé",
            "communiqué",
        ),
        ("“We will leave,” Maj. Gen. Jane Doe said.", "en", "We will leave", "person:jane-doe"),
        ("“We will leave,” said Maj. Gen. Jane Doe.", "en", "We will leave", "person:jane-doe"),
        (
            "According to the Pentagon, “troops are moving.”",
            "en",
            "troops are moving.",
            "org:pentagon",
        ),
        ("“It is done,” said Keisha May, a parent.", "en", "It is done", "person:keisha-may"),
    ],
)
def test_attribution(text: str, language: str, quote: str, speaker: str) -> None:
    assert _speakers(text, language)[quote] == speaker


def test_he_said_is_the_person_named_before() -> None:
    text = "Le préfet Jacques Billant a parlé. « Nous serons là », a-t-il ajouté."
    assert _speakers(text, "fr")["Nous serons là"] == "person:jacques-billant"


def test_a_sentence_stays_whole_around_its_quotation() -> None:
    text = "« Nous partirons. Bientôt », a déclaré le ministre. Puis il est parti."
    assert [text[s:e] for s, e in sentences(text)] == [
        "« Nous partirons. Bientôt », a déclaré le ministre.",
        "Puis il est parti.",
    ]
