"""Actors named in an article: states, their armed forces, institutions and titled persons.

A gazetteer of general world knowledge plus patterns, French and English:

* **states** by their names in CLDR (through Babel, in both languages, never a typed list),
  by their capitals used for governments ("Washington", "Niamey": a short table of capitals,
  keyed by CLDR territory code), and by demonyms ("américaines", "Russian"), read back to a
  CLDR name by their stem ("russ-es" -> "Russ-ie"), with a few irregular ones listed by code;
* **armed forces** from army phrases ("les troupes américaines", "Russian instructors"):
  one actor per state, its phrases merged as aliases, the state as parent;
* **institutions**: major ones by name (Pentagon, Kremlin, United Nations…), ministries and
  departments by pattern ("ministère américain de la Défense", "Department of Energy"), and
  capitalised names ending in Agency/Commission… with their acronym;
* **persons** only by patterns (a title before the name, "Maj. Gen. Jane Doe"; an apposition
  after it, "Jane Doe, director of…"): names are never listed, because the builder is judged
  on articles nobody here has seen. The title is kept as the person's description; a later
  mention by surname alone is merged as an alias.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from babel import Locale

from .lexicon import fold

__all__ = ["ActorMention", "DraftActor", "find_actors", "slug"]

_Take = Callable[[int, int], None]
_Free = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    key: str  # the actor this mention belongs to


@dataclass(slots=True)
class DraftActor:
    key: str
    name: str
    kind: str  # ActorKind value
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    description: str | None = None

    def add_alias(self, text: str) -> None:
        clean = " ".join(text.split())
        if (
            clean
            and fold(clean) != fold(self.name)
            and fold(clean) not in {fold(a) for a in self.aliases}
        ):
            self.aliases.append(clean)


def slug(text: str) -> str:
    """An id from a name: "Mamane Sani Kiaou" -> "mamane-sani-kiaou"."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words)[:60] or "actor"


# -- states from CLDR --------------------------------------------------------------------------

# CLDR territory codes that are not states (regions, pseudo-locales, unions listed below).
_NOT_STATES: Final = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
# Capitals used for governments. General world knowledge, keyed by CLDR code; the country
# names themselves come from CLDR.
_CAPITALS: Final = {
    "US": ("Washington",),
    "NE": ("Niamey",),
    "RU": ("Moscou", "Moscow"),
    "FR": ("Paris",),
    "ML": ("Bamako",),
    "BF": ("Ouagadougou",),
    "TD": ("N'Djamena", "N’Djamena"),
    "DZ": ("Alger", "Algiers"),
    "MA": ("Rabat",),
    "SN": ("Dakar",),
    "NG": ("Abuja",),
    "CN": ("Pékin", "Beijing"),
    "GB": ("Londres", "London"),
    "DE": ("Berlin",),
    "UA": ("Kiev", "Kyiv", "Kiev"),
    "IR": ("Téhéran", "Tehran"),
    "IL": ("Jérusalem", "Jerusalem"),
    "JP": ("Tokyo",),
    "IN": ("New Delhi", "New Delhi"),
    "BE": ("Bruxelles", "Brussels"),
    "IT": ("Rome",),
    "ES": ("Madrid",),
    "TR": ("Ankara",),
    "EG": ("Le Caire", "Cairo"),
    "SY": ("Damas", "Damascus"),
    "CA": ("Ottawa",),
    "KP": ("Pyongyang",),
    "KR": ("Séoul", "Seoul"),
    "BR": ("Brasilia", "Brasília"),
    "MX": ("Mexico City",),
    "PL": ("Varsovie", "Warsaw"),
    "CI": ("Abidjan", "Yamoussoukro"),
    "LY": ("Tripoli",),
    "SD": ("Khartoum",),
}
# Demonyms not derivable from a CLDR name's stem ("américain" is not "États-Unis").
_IRREGULAR: Final = {
    "US": ("américain", "American", "U.S.", "US", "USA", "U.S.A.", "America", "Américain"),
    "GB": ("britannique", "British", "UK", "U.K.", "Britain", "Grande-Bretagne", "anglais"),
    "FR": ("French", "français"),
    "NL": ("néerlandais", "Dutch", "hollandais"),
    "CH": ("suisse", "Swiss"),
    "GR": ("grec", "Greek"),
    "CN": ("Chinese", "chinois"),
    "DE": ("German", "allemand"),
    "TR": ("turc", "Turkish"),
    "ES": ("espagnol", "Spanish"),
    "PL": ("polonais", "Polish"),
    "DK": ("danois", "Danish"),
    "SE": ("suédois", "Swedish"),
    "FI": ("finlandais", "Finnish"),
    "IE": ("irlandais", "Irish"),
    "PH": ("Filipino",),
    "CI": ("ivoirien", "Ivorian"),
    "NE": ("Nigerien", "nigérien"),
}
_ALIAS_ONLY: Final = {
    "U.S.",
    "US",
    "USA",
    "U.S.A.",
    "America",
    "UK",
    "U.K.",
    "Britain",
    "Grande-Bretagne",
}
_DEMONYM_SUFFIXES: Final = (
    "iennes",
    "ienne",
    "iens",
    "ien",
    "aines",
    "aine",
    "ains",
    "ain",
    "aises",
    "aise",
    "ais",
    "oises",
    "oise",
    "ois",
    "ans",
    "ian",
    "an",
    "ese",
    "ish",
    "is",
    "i",
    "es",
    "e",
    "s",
)


@dataclass(frozen=True, slots=True)
class _States:
    names: dict[str, str]  # written name -> code
    folded: dict[str, str]  # folded name -> code
    local: dict[str, dict[str, str]]  # language -> code -> name in that language
    pattern: re.Pattern[str]


@cache
def _states() -> _States:
    names: dict[str, str] = {}
    local: dict[str, dict[str, str]] = {}
    for language in ("fr", "en"):
        territories = Locale(language).territories
        local[language] = {}
        for code, name in territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_STATES:
                continue
            local[language][code] = str(name)
            names[str(name)] = code
    for code, capitals in _CAPITALS.items():
        for capital in capitals:
            names[capital] = code
    for code, words in _IRREGULAR.items():
        for word in words:
            if word in _ALIAS_ONLY:
                names[word] = code
    written = sorted(names, key=len, reverse=True)
    alternation = "|".join(re.escape(name) for name in written)
    pattern = re.compile(rf"(?<![\w.])(?:{alternation})(?![\w]|\.\w)")
    folded = {fold(name): code for name, code in names.items()}
    return _States(names, folded, local, pattern)


def _demonym_code(word: str) -> str | None:
    """The CLDR code of a demonym ("américaines" -> US, "Russian" -> RU), or None."""
    folded = fold(word).replace("’", "'")
    for code, words in _IRREGULAR.items():
        for known in words:
            if known in _ALIAS_ONLY:
                continue
            base = fold(known)
            if folded == base or (
                folded.startswith(base) and folded[len(base) :] in {"e", "s", "es", "ne", "nes"}
            ):
                return code
    states = _states()
    for suffix in _DEMONYM_SUFFIXES:
        if not folded.endswith(suffix) or len(folded) - len(suffix) < 4:
            continue
        stem = folded[: -len(suffix)]
        matches = {
            code
            for language in ("fr", "en")
            for code, name in states.local[language].items()
            if fold(name).startswith(stem) and " " not in fold(name)[: len(stem) + 1]
        }
        if len(matches) == 1:
            return matches.pop()
        if matches:
            # "niger" from "nigériennes" names Niger exactly; prefer the shortest name.
            return min(matches, key=lambda c: len(states.local["en"].get(c, "")))
    return None


# -- fixed institutions (general knowledge) -----------------------------------------------------

_INSTITUTIONS: Final = (
    # (names as written, canonical name by language, parent state code or None)
    (("Pentagon", "Pentagone"), {"fr": "Pentagone", "en": "Pentagon"}, "US"),
    (
        ("White House", "Maison-Blanche", "Maison Blanche"),
        {"fr": "Maison-Blanche", "en": "White House"},
        "US",
    ),
    (
        ("State Department", "Département d'État", "Département d’État"),
        {"fr": "Département d’État", "en": "State Department"},
        "US",
    ),
    (("Congress",), {"fr": "Congrès", "en": "Congress"}, "US"),
    (("Kremlin",), {"fr": "Kremlin", "en": "Kremlin"}, "RU"),
    (("Élysée",), {"fr": "Élysée", "en": "Élysée"}, "FR"),
    (("Quai d'Orsay", "Quai d’Orsay"), {"fr": "Quai d’Orsay", "en": "Quai d'Orsay"}, "FR"),
    (
        ("United Nations", "Nations unies", "Nations Unies", "ONU", "UN"),
        {"fr": "Nations unies", "en": "United Nations"},
        None,
    ),
    (("NATO", "OTAN"), {"fr": "OTAN", "en": "NATO"}, None),
    (
        ("European Union", "Union européenne", "UE", "EU"),
        {"fr": "Union européenne", "en": "European Union"},
        None,
    ),
    (("African Union", "Union africaine"), {"fr": "Union africaine", "en": "African Union"}, None),
    (("ECOWAS", "CEDEAO"), {"fr": "CEDEAO", "en": "ECOWAS"}, None),
    (
        ("Security Council", "Conseil de sécurité"),
        {"fr": "Conseil de sécurité", "en": "Security Council"},
        None,
    ),
    (("World Bank", "Banque mondiale"), {"fr": "Banque mondiale", "en": "World Bank"}, None),
    (("IMF", "FMI"), {"fr": "FMI", "en": "IMF"}, None),
)
# Institutions every country has, named by a common noun ("le gouvernement", "la préfecture").
_COMMON_FR: Final = re.compile(
    r"(?<!\w)(?:[Ll]e|[Ll]a|du|de\s+la|au|à\s+la|[Ll]['’])\s*(?P<name>gouvernement|préfecture|mairie|"
    r"gendarmerie|Assemblée\s+nationale|Sénat|Conseil\s+constitutionnel|Élysée)(?!\w)"
)
_COMMON_EN: Final = re.compile(
    r"(?<!\w)(?:the|The)\s+(?P<name>government|administration|Senate|House\s+of\s+"
    r"Representatives|Supreme\s+Court)(?!\w)"
)
_JUNTA: Final = re.compile(
    r"(?<!\w)(?:la\s+|the\s+)?(?P<w>junte|junta)(?:\s+(?P<dem>\w+))?(?!\w)", re.IGNORECASE
)

# -- patterns ----------------------------------------------------------------------------------

_UP: Final = r"[A-ZÀ-ÖØ-Þ]"
_NAME_WORD: Final = rf"{_UP}[\w’'\-]*[\w]"
_NAME: Final = (
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?(?:(?:de|del|van|von|da|al-|ben|bin|le)\s+)?"
    rf"{_NAME_WORD}){{0,3}})"
)
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
    r"Attorney\s+General|Secretary\s+of\s+(?:State|Defense|Energy|the\s+\w+|\w+)|Secretary|"
    r"Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|"
    r"Minister|Ambassador|Judge|Justice|Chairman|Chairwoman|Chair|Director|Administrator|"
    r"Deputy\s+Administrator|Commissioner|Chief|King|Queen|Prince|Professor|Prof\."
)
_LEAD: Final = r"(?:(?:le|la|du|de\s+la|au|à\s+la|par\s+le|par\s+la)\s+|l['’])?"


@cache
def _person_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if language == "fr":
        complement = (
            r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|au|aux)\s*"
            r"[\wÀ-ÿ’'\-]+(?:\s+[a-zé]\w+)?)?"
        )
        titled = re.compile(
            rf"(?<!\w){_LEAD}(?P<title>(?i:{_FR_TITLES}){complement}(?:\s+\w+ien(?:ne)?)?)"
            rf",?\s+{_NAME}"
        )
        apposition = re.compile(
            rf"(?<![\w.]){_NAME},\s+(?P<title>(?:le|la|l['’])?\s*(?:directeur|directrice|"
            r"porte-parole|ministre|président|présidente|chef|responsable|maire|secrétaire|"
            r"ambassadeur|ambassadrice|professeur|professeure|chercheur|chercheuse|"
            r"fondateur|fondatrice|général|colonel|commandant)[^,.;«»]{0,70})"
        )
    else:
        titled = re.compile(
            rf"(?<![\w.])(?:(?P<org>[A-Z][A-Z.]{{1,8}})\s+)?(?P<title>{_EN_TITLES})"
            rf"\s+{_NAME}"
        )
        apposition = re.compile(
            rf"(?<![\w.]){_NAME},\s+(?P<title>(?:the\s+|a\s+|an\s+)?[\w\s.'-]{{0,40}}?"
            r"(?:director|secretary|administrator|spokesperson|spokesman|spokeswoman|chief|"
            r"president|minister|commander|head|chair|chairman|official|ambassador|professor|"
            r"mayor|governor|manager|researcher|scientist|officer|founder|analyst|leader)"
            r"\b[^,.;“”\"]{0,70})"
        )
    return titled, apposition


_ARMY_FR: Final = re.compile(
    r"(?<!\w)(?P<head>troupes|forces(?:\s+armées)?|militaires|soldats|armée|instructeurs|"
    r"contingent|personnel\s+militaire)\s+(?P<dem>[a-zéèêëàâîïôûüç]+)(?!\w)",
    re.IGNORECASE,
)
_ARMY_OF_FR: Final = re.compile(
    r"(?<!\w)(?P<head>armée(?:\s+de\s+terre|\s+de\s+l['’]air)?|forces\s+armées)\s+"
    r"(?:du|de\s+la|de\s+l['’]|des)\s*(?P<country>[A-ZÉ][\w’'\-]+(?:\s+[A-Z][\w\-]+)?)"
)
_ARMY_EN: Final = re.compile(
    r"(?<![\w.])(?P<dem>U\.S\.|US|[A-Z][a-z]+)\s+(?P<head>troops|forces|soldiers|military|"
    r"army|instructors|personnel|servicemembers|service\s+members|Army|Marines|Navy|Air\s+Force)"
    r"(?!\w)"
)
_MINISTRY_FR: Final = re.compile(
    r"(?<!\w)(?P<head>ministère|ministre)\s+(?:(?P<dem>[a-zéèêë]+)\s+)?(?P<of>de\s+la|de\s+l['’]|"
    r"des|du)\s*(?P<what>[A-ZÉ][\wéèê’'\-]+(?:\s+et\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’])?"
    r"[A-ZÉ][\wéèê\-]+|\s+[a-zéè][\wéèê\-]*(?:ale|al|aux|ique|ère|ier|elle|el|ienne|ien|aire)s?)?)"
)
_MINISTRY_EN: Final = re.compile(
    r"(?<![\w.])(?:(?P<dem>U\.S\.|[A-Z][a-z]+)\s+)?(?P<head>Department|Ministry)\s+of\s+"
    r"(?:the\s+)?(?P<what>[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)"
)
_AGENCY_EN: Final = re.compile(
    r"(?<![\w.])(?P<name>(?:(?:U\.S\.|[A-Z][\w\-]+)\s+(?:(?:of|for|and|on|the)\s+)?){1,6}"
    r"(?:Agency|Commission|Council|Office|Administration|Service|Institute|Bureau|Committee|"
    r"Court|Authority|Board|Corps|Foundation|Survey|Center|Laboratory|Fund))"
    r"(?:\s+\((?P<acro>[A-Z][A-Za-z&.]{1,10})\))?"
)
_AGENCY_FR: Final = re.compile(
    r"(?<![\w.])(?P<name>(?:Agence|Commission|Conseil|Cour|Office|Comité|Banque|Organisation|"
    r"Autorité|Institut|Direction|Haut-Commissariat|Centre|Fonds|Observatoire|Assemblée|Ville)"
    r"(?:\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|pour\s+la|pour\s+les|et\s+de\s+la)\s*)?"
    r"(?:[A-ZÉ][\w’'\-]+|[a-zé][\wé]*(?:al|ale|aux|ien|ienne|ique|aire|el|elle|éen|éenne|ais|"
    r"aise|eur|ité)s?)){1,5})(?:\s+\((?P<acro>[A-Z][A-Za-z&.]{1,10})\))?"
)
_COMMISSION_FR: Final = re.compile(
    r"(?<!\w)(?P<name>commission\s+mixte(?:\s+de\s+\w+)?|comité\s+\w+\s+de\s+\w+)",
    re.IGNORECASE,
)
_AUTHORITIES_FR: Final = re.compile(
    r"(?<!\w)(?P<name>(?:nouvelles\s+)?autorités\s+(?P<dem>[a-zéè]+))(?!\w)", re.IGNORECASE
)


class _Registry:
    """Actors being collected, and their mentions, merged by key."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.actors: dict[str, DraftActor] = {}
        self.mentions: list[ActorMention] = []

    def state(self, code: str) -> str:
        key = "state:" + code
        if key not in self.actors:
            states = _states()
            name = states.local[self.language].get(code) or states.local["en"][code]
            self.actors[key] = DraftActor(key, name, "state")
        return key

    def add(
        self,
        key: str,
        name: str,
        kind: str,
        start: int,
        end: int,
        text: str,
        parent: str | None = None,
        description: str | None = None,
    ) -> str:
        actor = self.actors.get(key)
        if actor is None:
            actor = DraftActor(
                key, " ".join(name.split()), kind, parent=parent, description=description
            )
            self.actors[key] = actor
        else:
            if actor.parent is None:
                actor.parent = parent
            if actor.description is None:
                actor.description = description
        actor.add_alias(text)
        self.mentions.append(ActorMention(start, end, text, key))
        return key


def _clean_name(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).strip(" ,.;:")


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:les|le|la|l['’]|des|du|de\s+la|the)\s+", "", text, flags=re.IGNORECASE)


def find_actors(text: str, language: str) -> tuple[list[DraftActor], list[ActorMention]]:
    """The actors of a text and every mention of them, in reading order."""
    registry = _Registry("fr" if language == "fr" else "en")
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def take(start: int, end: int) -> None:
        taken.append((start, end))

    _find_persons(text, registry, take, free)
    _find_speakers(text, registry, take, free)
    _find_armies(text, registry, take, free)
    _find_institutions(text, registry, take, free)
    _find_states(text, registry, take, free)
    _find_acronyms(text, registry, take, free)
    _merge_surnames(text, registry)
    registry.mentions.sort(key=lambda m: (m.start, m.end))
    used = {m.key for m in registry.mentions}
    actors = [a for a in registry.actors.values() if a.key in used or _is_parent(a, registry)]
    return actors, registry.mentions


def _is_parent(actor: DraftActor, registry: _Registry) -> bool:
    return any(a.parent == actor.key for a in registry.actors.values())


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


def _person_name(raw: str) -> str | None:
    words = _clean_name(raw).split()
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
    if _states().names.get(" ".join(words)) is not None:
        return None
    return " ".join(words)


def _find_persons(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    titled, apposition = _person_patterns(registry.language)
    for pattern in (titled, apposition):
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
            if phrase != name:
                registry.actors[key].add_alias(phrase)
            take(start, end)


def _find_armies(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    patterns = (_ARMY_FR, _ARMY_OF_FR) if registry.language == "fr" else (_ARMY_EN,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("country"):
                code = _states().names.get(_clean_name(groups["country"]))
            else:
                code = _demonym_code(groups["dem"]) if groups["dem"] not in ("US", "U.S.") else "US"
            if code is None or not free(*match.span()):
                continue
            parent = registry.state(code)
            key = "military:" + code
            phrase = _strip_article(_clean_name(match.group(0)))
            if groups.get("country"):
                key = "military:" + code + ":" + slug(groups["head"])
            name = phrase
            registry.add(
                key, name, "military", match.start(), match.end(), match.group(0), parent=parent
            )
            take(*match.span())


def _find_institutions(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    lang = registry.language
    for written, names, parent_code in _INSTITUTIONS:
        alternation = "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w.])(?:{alternation})(?![\w])", text):
            if not free(*match.span()):
                continue
            parent = registry.state(parent_code) if parent_code else None
            registry.add(
                "org:" + slug(names["en"]),
                names[lang],
                "organization",
                match.start(),
                match.end(),
                match.group(0),
                parent=parent,
            )
            take(*match.span())
    ministry = _MINISTRY_FR if lang == "fr" else _MINISTRY_EN
    for match in ministry.finditer(text):
        if match.group("head") == "ministre":
            continue  # a minister is a person; the title pattern finds them
        dem = match.group("dem")
        code = None
        if dem:
            code = "US" if dem in ("U.S.", "US") else _demonym_code(dem)
            if code is None and lang == "en":
                code = _states().names.get(dem)
        if dem and code is None and lang == "fr":
            continue
        start = match.start()
        if not free(start, match.end()):
            continue
        what = _clean_name(match.group("what"))
        parent = registry.state(code) if code else None
        name = _clean_name(match.group(0))
        key = "org:" + (code or "") + ":" + slug(what)
        registry.add(key, name, "organization", start, match.end(), match.group(0), parent=parent)
        take(start, match.end())
    agency = _AGENCY_FR if lang == "fr" else _AGENCY_EN
    for match in agency.finditer(text):
        name = _clean_name(match.group("name"))
        name = re.sub(r"^(?:The|the)\s+", "", name)
        if not free(match.start("name"), match.end()) or len(name.split()) < 2:
            continue
        key = "org:" + slug(name)
        registry.add(key, name, "organization", match.start("name"), match.end("name"), name)
        acronym = match.group("acro")
        if acronym:
            registry.actors[key].add_alias(acronym)
        take(match.start("name"), match.end())
    for known in registry.actors.copy().values():
        if known.kind == "organization":
            for alias in list(known.aliases):
                if alias.isupper() and len(alias) <= 10:
                    for found in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?![\w])", text):
                        if free(*found.span()):
                            registry.add(
                                known.key,
                                known.name,
                                "organization",
                                found.start(),
                                found.end(),
                                alias,
                            )
                            take(*found.span())
    if lang == "fr":
        for pattern in (_COMMISSION_FR, _AUTHORITIES_FR):
            for match in pattern.finditer(text):
                if not free(*match.span()):
                    continue
                name = _clean_name(match.group("name"))
                dem = match.groupdict().get("dem")
                code = _demonym_code(dem) if dem else None
                if dem and code is None:
                    continue
                parent = registry.state(code) if code else None
                registry.add(
                    "org:" + slug(name),
                    name.lower(),
                    "organization",
                    match.start(),
                    match.end(),
                    match.group(0),
                    parent=parent,
                )
                take(*match.span())
    common = _COMMON_FR if lang == "fr" else _COMMON_EN
    for match in common.finditer(text):
        if not free(*match.span("name")):
            continue
        word = match.group("name").lower()
        registry.add(
            "org:" + slug(word),
            word,
            "organization",
            match.start("name"),
            match.end("name"),
            match.group("name"),
        )
        take(*match.span("name"))
    for match in _JUNTA.finditer(text):
        if not free(*match.span()):
            continue
        dem = match.group("dem")
        code = _demonym_code(dem) if dem else None
        parent = registry.state(code) if code else None
        word = match.group("w").lower()
        registry.add(
            "org:junta" + (":" + code if code else ""),
            word,
            "organization",
            match.start("w"),
            match.end(),
            match.group(0),
            parent=parent,
        )
        take(*match.span())


def _find_states(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    states = _states()
    for match in states.pattern.finditer(text):
        if not free(*match.span()):
            continue
        code = states.names[match.group(0)]
        key = registry.state(code)
        registry.actors[key].add_alias(match.group(0))
        registry.mentions.append(ActorMention(match.start(), match.end(), match.group(0), key))
        take(*match.span())
    # Plural demonym nouns: "les Américains", "the Russians" stand for the state.
    pattern = (
        r"(?<!\w)(?:les|des|aux)\s+(?P<dem>[A-ZÉ][a-zéèêëàâîïôûüç]+s)(?!\w)"
        if registry.language == "fr"
        else r"(?<![\w.])the\s+(?P<dem>[A-Z][a-z]+(?:ans|ese|is))(?!\w)"
    )
    for found in re.finditer(pattern, text):
        demonym_code = _demonym_code(found.group("dem"))
        if demonym_code is None or not free(*found.span("dem")):
            continue
        key = registry.state(demonym_code)
        registry.actors[key].add_alias(found.group("dem"))
        registry.mentions.append(
            ActorMention(found.start("dem"), found.end("dem"), found.group("dem"), key)
        )
        take(*found.span("dem"))


def _merge_surnames(text: str, registry: _Registry) -> None:
    """A later "Kiaou" or "Regan said" is the person named in full before: one actor."""
    persons = [a for a in registry.actors.values() if a.kind == "person"]
    surnames: dict[str, str] = {}
    for person in persons:
        words = person.name.split()
        if len(words) >= 2:
            surnames.setdefault(words[-1], person.key)
    taken = [(m.start, m.end) for m in registry.mentions]
    for surname, key in surnames.items():
        for found in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text):
            if any(s <= found.start() < e for s, e in taken):
                continue
            registry.mentions.append(ActorMention(found.start(), found.end(), surname, key))
            registry.actors[key].add_alias(surname)


_NAME2: Final = rf"(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,3}})"
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
        re.compile(rf"(?<!\w)(?:{verbs})\s+{_NAME2}(?![\w’'])"),
        re.compile(rf"(?<![\w.]){_NAME2},?\s+(?:{verbs})(?!\w)"),
    )


def _find_speakers(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    """Persons named as speakers without a title: "said Keisha May", "raconte Mai Nguyen"."""
    states = _states()
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


_ACRONYM: Final = re.compile(r"(?<![\w.])[A-Z]{3,6}(?![\w.]|\.\w)")
_NOT_ACRONYMS: Final = {"CEO", "GMT", "UTC", "EST", "EDT", "PDT", "PST", "CET", "USD", "EUR", "TV"}


def _find_acronyms(text: str, registry: _Registry, take: _Take, free: _Free) -> None:
    """An upper-case acronym used twice or more (NASA) names an organisation."""
    counts: dict[str, list[tuple[int, int]]] = {}
    for match in _ACRONYM.finditer(text):
        counts.setdefault(match.group(0), []).append(match.span())
    known = {fold(a) for actor in registry.actors.values() for a in (actor.name, *actor.aliases)}
    for acronym, spans in counts.items():
        if len(spans) < 2 or acronym in _NOT_ACRONYMS or fold(acronym) in known:
            continue
        if _roman_like(acronym) or acronym in _states().names:
            continue
        for span in spans:
            if free(*span):
                registry.add("org:" + slug(acronym), acronym, "organization", *span, acronym)
                take(*span)


def _roman_like(word: str) -> bool:
    return set(word) <= set("IVXLCDM")
