"""Quotations: the words between quotation marks, with the offsets of their inside.

Marks: « … » (French, with or without inner spaces), “ … ” and „ … “, ‹ … ›, and straight
" … " paired within a paragraph. Nested quotes stay inside the outer one. ’ and ' are
apostrophes, never quotation marks ("l’accord", "don't", "the people's"). The inside is
trimmed of spaces and of a closing comma (“We will go,” he said).

Attribution looks in the sentence around the quotation for the usual reporting frames:
"selon X", "a déclaré X", "X a déclaré", "peut-on lire dans X", "X said", "said X",
"according to X", "X told…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Quotation", "find_quotations", "speaker_phrase"]

_PAIRS: Final = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_SPACES: Final = " \t\u00a0\u202f\n"


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int  # first character inside the marks (after spaces)
    end: int  # just past the last character inside
    text: str
    mark_start: int  # the opening mark
    mark_end: int  # just past the closing mark


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations of ``text`` in reading order."""
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []  # (closing mark expected, position of the opening mark)
    for index, char in enumerate(text):
        if char == "\n" and index + 1 < len(text) and text[index + 1] == "\n":
            stack.clear()  # quotes do not run across paragraphs here
            continue
        if stack and char == stack[-1][0] and not (char == '"' and _opens(text, index)):
            _, opened = stack.pop()
            if not stack:
                quotation = _inside(text, opened, index)
                if quotation is not None:
                    found.append(quotation)
            continue
        if char in _PAIRS:
            stack.append((_PAIRS[char], index))
        elif char == '"':
            stack.append(('"', index))
    return found


def _opens(text: str, index: int) -> bool:
    """A straight quote that follows a space and precedes a letter opens a nested quote."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before in _SPACES and after not in _SPACES and after not in ".,;:!?"


def _inside(text: str, opened: int, closed: int) -> Quotation | None:
    start, end = opened + 1, closed
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    if end - start < 2:
        return None
    return Quotation(start, end, text[start:end], opened, closed + 1)


_WHO: Final = r"(?P<who>[^,;:«»“”\"\n]{2,80}?)"
_FR_VERBS: Final = (
    r"déclaré|affirmé|indiqué|ajouté|expliqué|souligné|estimé|précisé|annoncé|dit|assuré|"
    r"martelé|rappelé|confié|lancé|écrit|déclare|affirme|indique|ajoute|explique|souligne|"
    r"estime|précise|dit|assure|rappelle|écrit|raconte|témoigne|confie|poursuit|insiste|"
    r"résume|observe|note|conclut|prévient"
)
_EN_VERBS: Final = r"said|says|added|told|stated|noted|explained|wrote|announced|declared"
_SPEAKER_AFTER: Final = {
    "fr": re.compile(
        r"^\s*[,.]?\s*(?:a\s+|ont\s+|avait\s+)?(?:" + _FR_VERBS + r"|peut-on\s+lire\s+dans|"
        r"lit-on\s+dans|selon)\s+" + _WHO + r"\s*(?=[,.;:«“]|\s+(?:à|au|dans|lors|qui|devant)\b|$)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s*[,.]?\s*(?:"
        + _EN_VERBS
        + r"|according\s+to)\s+"
        + _WHO
        + r"\s*(?=[,.;:“\"]|\s+(?:in|at|on|during|who|to|after|before)\b|$)",
        re.IGNORECASE,
    ),
}
_SPEAKER_AFTER_SUBJECT: Final = {
    "fr": re.compile(
        r"^\s*[,.]?\s*" + _WHO + r"\s+(?:a|ont)\s+(?:" + _FR_VERBS + r")\b", re.IGNORECASE
    ),
    "en": re.compile(r"^\s*[,.]?\s*" + _WHO + r"\s+(?:" + _EN_VERBS + r")\b", re.IGNORECASE),
}
_SPEAKER_BEFORE: Final = {
    "fr": re.compile(
        r"(?:selon|d['’]après)\s+" + _WHO + r"\s*(?:,[^«»“”]*)?$|"
        r"(?P<who2>[^,.;:«»“”\"\n]{2,80}?)\s+(?:a|ont)\s+(?:" + _FR_VERBS + r")\s*"
        r"(?:que|qu['’])?\s*:?\s*$|"
        r"(?P<who3>[^,.;:«»“”\"\n]{2,60}?)\s+(?:renseigne|indique|précise|affirme|souligne|"
        r"explique|déclare|estime|assure|rappelle|annonce)\s+(?:que|qu['’])[^«»“”]*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:according\s+to)\s+" + _WHO + r"\s*(?:,[^“”\"]*)?$|"
        r"(?P<who2>[^,.;:«»“”\"\n]{2,80}?)\s+(?:" + _EN_VERBS + r")(?:\s+\w+)?\s*(?:that)?"
        r"\s*[:,]?\s*$|"
        r"(?P<who3>[^,.;:«»“”\"\n]{2,60}?)\s+(?:says|said|states|stated|notes|noted|"
        r"announced|added)\s+that[^“”\"]*$",
        re.IGNORECASE,
    ),
}
_PRONOUNS: Final = {"il", "elle", "ils", "elles", "he", "she", "they", "it", "we", "on", "nous"}


def speaker_phrase(
    text: str, quotation: Quotation, sentence: tuple[int, int], language: str
) -> tuple[int, int] | None:
    """The span of the words naming who is quoted, from the sentence around the quotation;
    None when the sentence names nobody (a pronoun counts as nobody here)."""
    lang = "fr" if language == "fr" else "en"
    start, end = sentence
    after = text[quotation.mark_end : max(end, quotation.mark_end)]
    before = text[start : quotation.mark_start]
    for pattern in (_SPEAKER_AFTER[lang], _SPEAKER_AFTER_SUBJECT[lang]):
        match = pattern.search(after)
        if match is not None and match.group("who").split()[0].lower() not in _PRONOUNS:
            return quotation.mark_end + match.start("who"), quotation.mark_end + match.end("who")
    match = _SPEAKER_BEFORE[lang].search(before)
    if match is not None:
        for group in ("who", "who2", "who3"):
            if match.groupdict().get(group):
                words = match.group(group).split()
                if words and words[0].lower() not in _PRONOUNS:
                    return start + match.start(group), start + match.end(group)
    return None


_PRONOUN_FRAME: Final = {
    "fr": re.compile(
        r"\s*[,.]?\s*(?:a-t-il|a-t-elle|ont-ils|ont-elles|affirme-t-il|"
        r"affirme-t-elle|dit-il|dit-elle|ajoute-t-il|ajoute-t-elle|"
        r"a\s+(?:déclaré|ajouté|affirmé|dit|expliqué)-t-(?:il|elle))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\s*[,.]?\s*(?:(?:he|she)\s+(?:"
        + _EN_VERBS
        + r")|(?:"
        + _EN_VERBS
        + r")\s+(?:he|she))\b",
        re.IGNORECASE,
    ),
}


def pronoun_speaker(text: str, quotation: Quotation, language: str) -> bool:
    """Whether the quotation is followed by "he said" / "a-t-il déclaré": its speaker is the
    person last named before it."""
    lang = "fr" if language == "fr" else "en"
    return _PRONOUN_FRAME[lang].match(text, quotation.mark_end) is not None
