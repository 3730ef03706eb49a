"""Persons, found only by patterns (never a list of names), French and English.

A title before the name ("Maj. Gen. Jane Doe"), an apposition after it ("Jane Doe, director
of…"), a speaker ("said Keisha May"), a nationality noun ("le Slovène Tadej Pogačar"); a later
mention by surname alone is merged as an alias.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ..lexicon import fold, month_numbers, weekday_numbers
from .countries import cldr_states, demonym_code
from .name_patterns import NAME, NAME2, NAME_WORD, SP
from .registry import ActorMention, Free, Registry, Take, clean_name, slug

_FR_TITLES: Final = (
    r"général(?:e)?\s+de\s+(?:division|brigade|corps\s+d['’]armée|l['’]armée\s+de\s+l['’]air)|"
    r"général|générale|lieutenant-colonel|colonel|commandant|capitaine|lieutenant|sergent|"
    r"amiral|vice-amiral|contre-amiral|président|présidente|Premier\s+ministre|"
    r"première\s+ministre|ministre|porte-parole|secrétaire\s+d['’]État|secrétaire\s+général|"
    r"secrétaire|ambassadeur|ambassadrice|directeur|directrice|juge|sénateur|sénatrice|"
    r"députée|député|maire|M\.|Mme|Dr|professeur|professeure|chef\s+de\s+l['’]État|"
    r"sous-préfète|sous-préfet|préfète|préfet|procureure|procureur|commissaire|gouverneur|"
    r"recteur|rectrice|bâtonnier|évêque|archevêque|adjointe|adjoint|conseillère|conseiller|"
    r"chef\s+d['’]état-major|roi|reine|prince|cheikh|imam|général\s+d['’]armée"
)
_EN_TITLES: Final = (
    r"Lt\.\s+Gen\.|Maj\.\s+Gen\.|Brig\.\s+Gen\.|Lt\.\s+Col\.|Rear\s+Adm\.|Vice\s+Adm\.|Gen\.|"
    r"Adm\.|Col\.|Maj\.|Capt\.|Lt\.|Sgt\.|Cmdr\.|Major\s+General|Lieutenant\s+General|"
    r"Brigadier\s+General|General|Admiral|Colonel|Captain|Lieutenant|Sergeant|"
    r"Vice\s+President|President|Prime\s+Minister|Deputy\s+Secretary|Assistant\s+Secretary|"
    r"Attorney\s+General|Secretary\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?|Secretary|"
    r"Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|"
    r"Minister|Ambassador|Judge|Justice|Chairman|Chairwoman|Chair|Director|Administrator|"
    r"Deputy\s+Administrator|Commissioner|Chief|King|Queen|Prince|Professor|Prof\."
)
_LEAD: Final = r"(?:(?:le|la|du|de\s+la|au|à\s+la|par\s+le|par\s+la)\s+|l['’])?"


# Office nouns of an apposition written before the name ("the regional president, Carlos
# Mazón,"; "le président régional, Carlos Mazón,"), lower case as running text writes them.
_EN_OFFICES: Final = (
    r"director|secretary|administrator|spokesperson|spokesman|spokeswoman|chief|president|"
    r"minister|commander|head|chair|chairman|chairwoman|official|ambassador|professor|mayor|"
    r"governor|manager|founder|leader|premier|prosecutor|judge|senator|general|colonel|"
    r"deputy|envoy|commissioner|chancellor|king|queen|prince"
)
_FR_OFFICES: Final = (
    r"directeur|directrice|porte-parole|ministre|président|présidente|chef|responsable|"
    r"maire|secrétaire|ambassadeur|ambassadrice|professeur|professeure|fondateur|fondatrice|"
    r"général|colonel|commandant|procureur|procureure|juge|préfet|préfète|gouverneur|"
    r"sénateur|sénatrice|député|députée|envoyé|envoyée|chancelier|chancelière|roi|reine"
)


@cache
def _office_first_pattern(language: str) -> re.Pattern[str]:
    """ "The regional president, Carlos Mazón, resigned": the office before the name, both
    between commas (the closing comma, or a "said", is what makes it an apposition)."""
    if language == "fr":
        lead, offices, said = (
            r"(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)",
            _FR_OFFICES,
            r"a\s+déclaré|a\s+dit",
        )
    else:
        lead = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z]\w+['’]s)\s+"
        offices, said = _EN_OFFICES, r"said|says|told"
    return re.compile(
        rf"(?<!\w){lead}(?P<title>(?:[^\W\d][^,.;:«»“”\"()\n]{{0,50}}?\s)?(?:{offices})\b"
        rf"[^,.;:«»“”\"()\n]{{0,40}}?),\s+{NAME}(?=\s*,|\s+(?:{said})\b)"
    )


@cache
def _person_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if language == "fr":
        complement = (
            r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|au|aux)\s*"
            r"[\wÀ-ÿ’'\-]+(?:\s+[a-zé]\w+)?)?"
        )
        titled = re.compile(
            rf"(?<!\w){_LEAD}(?P<title>(?i:{_FR_TITLES}){complement}(?:\s+\w+ien(?:ne)?)?)"
            rf",?\s+{NAME}"
        )
        apposition = re.compile(
            rf"(?<![\w.]){NAME},\s+(?P<title>(?:le|la|l['’])?\s*(?:directeur|directrice|"
            r"porte-parole|ministre|président|présidente|chef|responsable|maire|secrétaire|"
            r"ambassadeur|ambassadrice|professeur|professeure|chercheur|chercheuse|"
            r"fondateur|fondatrice|général|colonel|commandant)[^,.;«»]{0,70})"
        )
    else:
        titled = re.compile(
            rf"(?<![\w.])(?:(?P<org>[A-Z][A-Z.]{{1,8}})\s+)?(?P<title>{_EN_TITLES})"
            rf"\s+{NAME}"
        )
        apposition = re.compile(
            rf"(?<![\w.]){NAME},\s+(?P<title>(?:the\s+|a\s+|an\s+)?[\w\s.'-]{{0,40}}?"
            r"(?:director|secretary|administrator|spokesperson|spokesman|spokeswoman|chief|"
            r"president|minister|commander|head|chair|chairman|official|ambassador|professor|"
            r"mayor|governor|manager|researcher|scientist|officer|founder|analyst|leader)"
            r"\b[^,.;“”\"]{0,70})"
        )
    return titled, apposition


_NOT_NAMES: Final = {
    "le",
    "la",
    "les",
    "the",
    "a",
    "an",
    "this",
    "that",
    "il",
    "elle",
    "he",
    "she",
    "they",
    "in",
    "on",
    "at",
    "en",
    "dans",
    "and",
    "et",
    "but",
    "mais",
    "de",
    "du",
    "des",
    "pour",
    "for",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


# Words that make a capitalised run an institution, not a person ("Justice Department",
# "le président de la République").
_INSTITUTION_WORDS: Final = frozenset(
    [
        "République",
        "Republic",
        "Culture",
        "Défense",
        "Defense",
        "Justice",
        "Santé",
        "Health",
        "État",
        "State",
        "Nation",
        "Nations",
        "Assemblée",
        "Sénat",
        "Senate",
        "Cité",
        "Ville",
        "Department",
        "Ministry",
        "Ministère",
        "Agency",
        "Agence",
        "Office",
        "Council",
        "Conseil",
        "Commission",
        "Initiative",
        "Program",
        "Programme",
        "Service",
        "Center",
        "Centre",
        "Institute",
        "Institut",
        "Court",
        "Cour",
        "Committee",
        "Comité",
        "Bureau",
        "Administration",
        "Parliament",
        "Parlement",
        "Congress",
        "Congrès",
        "Union",
        "Government",
        "Gouvernement",
        "Army",
        "Armée",
        "Police",
        "Foundation",
        "Fondation",
        "University",
        "Université",
    ]
)


def _person_name(raw: str) -> str | None:
    words = clean_name(raw).split()
    if any(word in _INSTITUTION_WORDS for word in words):
        return None
    # "President Biden’s Investing…": the possessive ends the name.
    for index, word in enumerate(words):
        if word.endswith(("’s", "'s")):
            words = [*words[:index], word[:-2]]
            break
    # A sentence may start right after the name: drop trailing words that are not names.
    while words and fold(words[-1]) in _NOT_NAMES:
        words.pop()
    if not words:
        return None
    if cldr_states().names.get(" ".join(words)) is not None:
        return None
    return " ".join(words)


def find_persons(text: str, registry: Registry, take: Take, free: Free) -> None:
    titled, apposition = _person_patterns(registry.language)
    for pattern in (titled, apposition, _office_first_pattern(registry.language)):
        for match in pattern.finditer(text):
            name = _person_name(match.group("name"))
            if name is None:
                continue
            start = match.start("name")
            end = start + len(name)
            if not free(start, end):
                continue
            title = " ".join(match.group("title").split()).strip(" ,;:")
            org = match.groupdict().get("org")
            if org:
                title = f"{org} {title}"
            key = "person:" + slug(name)
            whole_start = min(match.start("title"), start)
            phrase = text[whole_start:end] if match.start("title") < start else name
            registry.add(key, name, "person", start, end, name, description=title)
            if phrase != name and "," not in phrase:
                # "Maj. Gen. Jane Doe" is a way to name her; "the regional president,
                # Carlos Mazón" is a phrase around her name.
                registry.actors[key].add_alias(phrase)
            take(start, end)


def merge_surnames(text: str, registry: Registry) -> None:
    """A later "Kiaou" or "Regan said" is the person named in full before: one actor."""
    persons = [a for a in registry.actors.values() if a.kind == "person"]
    surnames: dict[str, str] = {}
    for person in persons:
        words = person.name.split()
        if len(words) >= 2:
            surnames.setdefault(words[-1], person.key)
    # "Secretary Blinken" after "Antony J. Blinken": the one-word name joins the full one.
    for person in persons:
        full = surnames.get(person.name)
        if len(person.name.split()) != 1 or full is None or full == person.key:
            continue
        target = registry.actors[full]
        for alias in (person.name, *person.aliases):
            target.add_alias(alias)
        target.description = target.description or person.description
        registry.mentions = [
            ActorMention(m.start, m.end, m.text, full) if m.key == person.key else m
            for m in registry.mentions
        ]
        del registry.actors[person.key]
    taken = [(m.start, m.end) for m in registry.mentions]
    calendar_words = set(month_numbers(registry.language)) | set(weekday_numbers(registry.language))
    for surname, key in surnames.items():
        if fold(surname) in calendar_words:
            continue  # "Keisha May": "May 14" is a date, not her
        for found in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])(?!\s+\d)", text):
            if any(s <= found.start() < e for s, e in taken):
                continue
            registry.mentions.append(ActorMention(found.start(), found.end(), surname, key))
            registry.actors[key].add_alias(surname)


_SPEAKER_VERBS: Final = {
    "fr": (
        r"a\s+déclaré|a\s+affirmé|a\s+ajouté|a\s+indiqué|a\s+précisé|a\s+expliqué|raconte|"
        r"explique|témoigne|souligne|ajoute|estime|selon|d['’]après|a\s+dit|dit"
    ),
    "en": r"said|says|told|added|explained|wrote|according\s+to|stated|noted",
}


@cache
def _speaker_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _SPEAKER_VERBS[language]
    return (
        re.compile(rf"(?<!\w)(?:{verbs})\s+{NAME2}(?![\w’'])"),
        re.compile(rf"(?<![\w.]){NAME2},?\s+(?:{verbs})(?!\w)"),
    )


_NATIONALITY_FR: Final = re.compile(
    rf"(?<!\w)(?:[Ll]e|[Ll]a){SP}(?P<dem>[A-ZÉ][a-zéèêëàâîïôûüç]+){SP}"
    rf"(?P<name>{NAME_WORD}(?:{SP}{NAME_WORD}){{1,3}})"
)


def find_nationals(text: str, registry: Registry, take: Take, free: Free) -> None:
    """ "Le Slovène Tadej Pogačar": a capitalised demonym noun before a name is a person's
    nationality (French writes the noun with a capital, the adjective without)."""
    if registry.language != "fr":
        return
    for match in _NATIONALITY_FR.finditer(text):
        if demonym_code(match.group("dem")) is None:
            continue
        name = _person_name(match.group("name"))
        if name is None or len(name.split()) < 2:
            continue
        start = match.start("name")
        end = start + len(name)
        if not free(start, end):
            continue
        registry.add("person:" + slug(name), name, "person", start, end, name,
                     description=match.group("dem"))  # fmt: skip
        take(start, end)


def find_speakers(text: str, registry: Registry, take: Take, free: Free) -> None:
    """Persons named as speakers without a title: "said Keisha May", "raconte Mai Nguyen"."""
    states = cldr_states()
    for pattern in _speaker_patterns(registry.language):
        for match in pattern.finditer(text):
            name = _person_name(match.group("name"))
            if name is None or len(name.split()) < 2:
                continue
            first = fold(name.split()[0])
            if first in _NOT_NAMES or any(word in states.names for word in name.split()):
                continue
            start = match.start("name")
            end = start + len(name)
            if not free(start, end):
                continue
            registry.add("person:" + slug(name), name, "person", start, end, name)
            take(start, end)
