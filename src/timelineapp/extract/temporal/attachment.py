"""Which words a date belongs to when it closes a participle phrase.

In "la dénonciation de l’accord de coopération militaire signé avec les États-Unis en 2012",
« en 2012 » dates « signé »: the accord was signed in 2012; the denunciation, the sentence's
own event, is undated. A date right after a past participle that follows a noun phrase
(« l’accord … signé avec X en 2012 », "the agreement signed with X in 2012") dates that noun
phrase, not the clause around it: the event is the accord's signing, titled from
« accord … signé avec X », with the actors named in those words only.

Rules over the written words, like the rest of the package: the participle must follow a
content word (not an auxiliary: « a signé en 2012 » is the clause's own verb), the noun phrase
must start with a determiner a few words before, and only a prepositional complement may
stand between the participle and the date. English "-ed" forms are also simple pasts ("The
army signed in 2012"), so there the noun phrase must not open the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..lexicon import fold

__all__ = ["ParticiplePhrase", "participle_phrase"]

_WORD: Final = re.compile(r"\w+['’]|[\w-]+")
_MAX_COMPLEMENT: Final = 8  # words between the participle and the date
_MAX_NOUN_PHRASE: Final = 8  # words between the determiner and the participle


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


_FR_PARTICIPLE: Final = re.compile(
    r"\w{2,}(?:é|ée|és|ées)|(?:con|ex)clue?s?|établie?s?|obtenue?s?|rendue?s?|prévue?s?|"
    r"prise?s?|mise?s?|faite?s?|ouverte?s?|construite?s?|produite?s?|dissous|dissoute|"
    r"élue?s?|reçue?s?"
)
_EN_PARTICIPLE: Final = re.compile(
    r"\w{2,}ed|made|held|built|taken|given|won|lost|sold|bought|set|struck|drawn|written|"
    r"begun|broken|chosen|sworn|laid|paid|sent|brought|fought"
)
_DETERMINERS: Final = {
    "fr": _folded(
        "le la les l' l’ un une des du au aux ce cet cette ces son sa ses leur leurs "
        "notre nos votre vos"
    ),
    "en": _folded("the a an this that these those its their his her our your"),
}
_PREPOSITIONS: Final = {
    "fr": _folded("avec par à au aux en entre dans pour sur chez contre lors auprès sous depuis"),
    "en": _folded("with by at in on between for from under among to"),
}
# Words that cannot stand just before a participle of a noun phrase: auxiliaries (a compound
# tense is the clause's own verb), pronouns, negation, prepositions, conjunctions.
_NOT_BEFORE: Final = {
    "fr": _folded(
        "a ont as ai avons avez avait avaient avais aura auront aurait est sont es "
        "suis été était étaient sera seront serait être avoir se s' s’ ne n' n’ pas plus "
        "il elle ils elles on qui que qu' qu’ de d' d’ et ou mais"
    ),
    "en": _folded(
        "has have had having was were is are be been being not who which that and or but "
        "of it they he she we"
    ),
}
_STOPS_IN_COMPLEMENT: Final = {
    "fr": _folded("qui que qu' qu’ dont où mais puis"),
    "en": _folded("who which that whom whose where but then"),
}


# Adjectives that make one verb with the participle before them ("rendu public", "made
# public"): the participle keeps its noun phrase.
_FIXED_COMPLEMENTS: Final = {
    "fr": _folded("public publique publics publiques officiel officielle officiels officielles"),
    "en": _folded("public official"),
}
_OF: Final = frozenset({"de", "d'", "du", "des", "of"})
_JOINING: Final = {lang: words | {"et", "and", "ou", "or"} for lang, words in _PREPOSITIONS.items()}


@dataclass(frozen=True, slots=True)
class ParticiplePhrase:
    """The words a date belongs to: ``determiner`` starts the noun phrase, ``start`` its
    first word after the determiner, ``participle`` the participle's span; the phrase runs
    to the date."""

    determiner: int
    start: int
    participle: tuple[int, int]


def _is_participle(word: str, language: str) -> bool:
    pattern = _FR_PARTICIPLE if language == "fr" else _EN_PARTICIPLE
    return pattern.fullmatch(word.lower()) is not None


def participle_phrase(
    text: str, clause: tuple[int, int], date_start: int, language: str
) -> ParticiplePhrase | None:
    """The participle phrase the date starting at ``date_start`` closes, inside ``clause``,
    or None when the date belongs to the clause itself (see the module doc)."""
    if language not in _DETERMINERS:
        return None
    words = [
        (m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text, clause[0], date_start)
    ]
    prepositions = _PREPOSITIONS[language]
    stops = _STOPS_IN_COMPLEMENT[language]
    for p in range(len(words) - 1, max(-1, len(words) - 2 - _MAX_COMPLEMENT), -1):
        start, end, folded = words[p]
        if _is_participle(text[start:end], language):
            break
        if folded in stops:
            return None
    else:
        return None
    complement = words[p + 1 :]
    participle_end = words[p][1]
    if complement and complement[0][2] in _FIXED_COMPLEMENTS[language]:
        # « le communiqué rendu public hier »: one verb in two words
        participle_end = complement[0][1]
        complement = complement[1:]
    if complement and complement[0][2] not in prepositions:
        return None  # "signé un accord en 2012": the participle has an object, a verb
    if complement and complement[-1][2] in _OF:
        return None  # « touchées par les inondations de l’hiver »: the date is the noun's
    determiners = _DETERMINERS[language]
    for k in range(1, len(complement)):
        if complement[k][2] in determiners and complement[k - 1][2] not in _JOINING[language]:
            # « consacrée aux langues créoles ouvrira ses portes »: a determiner after a
            # verb, so the date belongs to the clause's verb, not to the participle.
            return None
    if p == 0 or words[p - 1][2] in _NOT_BEFORE[language]:
        return None
    if words[p - 1][2] in determiners:
        return None  # « l’armée en 2012 »: a noun that looks like a participle
    for d in range(p - 2, max(-1, p - 2 - _MAX_NOUN_PHRASE), -1):
        folded = words[d][2]
        if folded in determiners:
            break
        if folded in _NOT_BEFORE[language] and folded not in ("de", "d'", "d’", "of"):
            return None  # a verb or a pronoun before the participle: not a noun phrase
    else:
        return None
    if language == "en" and d == 0:
        return None  # "The army signed …": a simple past as likely as a participle
    if "\n" in text[words[d][0] : date_start]:
        return None
    return ParticiplePhrase(words[d][0], words[d + 1][0], (words[p][0], participle_end))
