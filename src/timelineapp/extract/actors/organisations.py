"""Organisations and armed forces: institutions by name, ministries and agencies by
pattern, armies by phrase (one per state), and acronyms used twice or more."""

from __future__ import annotations

import re
from typing import Final

from ..lexicon import fold
from .countries import cldr_states, demonym_code
from .name_patterns import SP
from .registry import Free, Registry, Take, clean_name, slug, strip_article

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
    rf"(?<![\w.])(?P<name>(?:(?:U\.S\.|[A-Z][\w\-]+){SP}(?:(?:of|for|and|on|the){SP})?){{1,6}}"
    r"(?:Agency|Commission|Council|Office|Administration|Service|Institute|Bureau|Committee|"
    r"Court|Authority|Board|Corps|Foundation|Survey|Center|Laboratory|Fund|Department))"
    rf"(?:{SP}\((?P<acro>[A-Z][A-Za-z&.]{{1,10}})\))?"
)
# Head first, named by its acronym: "Centers for Disease Control and Prevention (CDC)".
_AGENCY_EN_HEAD_FIRST: Final = re.compile(
    rf"(?<![\w.])(?P<name>(?:Centers?|Office|Bureau|Institute|Agency|Council|Commission|"
    rf"Administration|Federal{SP}[A-Z]\w+){SP}(?:of|for|on){SP}(?:the{SP})?[A-Z]\w+"
    rf"(?:{SP}(?:and{SP})?[A-Z]\w+){{0,4}}){SP}\((?P<acro>[A-Z][A-Za-z&.]{{1,10}})\)"
)
_AGENCY_FR: Final = re.compile(
    r"(?<![\w.])(?P<name>(?:Agence|Commission|Conseil|Cour|Office|Comité|Banque|Organisation|"
    r"Autorité|Institut|Direction|Haut-Commissariat|Centre|Fonds|Observatoire|Assemblée|Ville)"
    r"(?:[ \t\u00a0]+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|pour\s+la|pour\s+les|"
    r"et\s+de\s+la)[ \t\u00a0]*)?"
    r"(?:[A-ZÉ][\w’'\-]+|[a-zé][\wé]*(?:al|ale|aux|ien|ienne|ique|aire|el|elle|éen|éenne|ais|"
    r"aise|eur|ité)s?)){1,5})(?:[ \t\u00a0]+\((?P<acro>[A-Z][A-Za-z&.]{1,10})\))?"
)
_COMMISSION_FR: Final = re.compile(
    r"(?<!\w)(?P<name>commission\s+mixte(?:\s+de\s+\w+)?|comité\s+\w+\s+de\s+\w+)",
    re.IGNORECASE,
)
_AUTHORITIES_FR: Final = re.compile(
    r"(?<!\w)(?P<name>(?:nouvelles\s+)?autorités\s+(?P<dem>[a-zéè]+))(?!\w)", re.IGNORECASE
)


def find_armies(text: str, registry: Registry, take: Take, free: Free) -> None:
    patterns = (_ARMY_FR, _ARMY_OF_FR) if registry.language == "fr" else (_ARMY_EN,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("country"):
                code = cldr_states().names.get(clean_name(groups["country"]))
            else:
                code = demonym_code(groups["dem"]) if groups["dem"] not in ("US", "U.S.") else "US"
            if code is None or not free(*match.span()):
                continue
            parent = registry.state(code)
            key = "military:" + code
            phrase = strip_article(clean_name(match.group(0)))
            if groups.get("country"):
                key = "military:" + code + ":" + slug(groups["head"])
            name = phrase
            registry.add(
                key, name, "military", match.start(), match.end(), match.group(0), parent=parent
            )
            take(*match.span())


def find_institutions(text: str, registry: Registry, take: Take, free: Free) -> None:
    lang = registry.language
    for written, names, parent_code in _INSTITUTIONS:
        alternation = "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w.])(?:{alternation})(?![\w])", text):
            if not free(*match.span()):
                continue
            parent = registry.state(parent_code) if parent_code else None
            _add_whole_match(registry, take, match, "org:" + slug(names["en"]), names[lang], parent)
    ministry = _MINISTRY_FR if lang == "fr" else _MINISTRY_EN
    for match in ministry.finditer(text):
        if match.group("head") == "ministre":
            continue  # a minister is a person; the title pattern finds them
        dem = match.group("dem")
        code = None
        if dem:
            code = "US" if dem in ("U.S.", "US") else demonym_code(dem)
            if code is None and lang == "en":
                code = cldr_states().names.get(dem)
        if dem and code is None and lang == "fr":
            continue
        start = match.start()
        if not free(start, match.end()):
            continue
        what = clean_name(match.group("what"))
        parent = registry.state(code) if code else None
        name = clean_name(match.group(0))
        key = "org:" + (code or "") + ":" + slug(what)
        registry.add(key, name, "organization", start, match.end(), match.group(0), parent=parent)
        take(start, match.end())
    agencies = (_AGENCY_FR,) if lang == "fr" else (_AGENCY_EN_HEAD_FIRST, _AGENCY_EN)
    for match in (m for agency in agencies for m in agency.finditer(text)):
        name = clean_name(match.group("name"))
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
                name = clean_name(match.group("name"))
                dem = match.groupdict().get("dem")
                code = demonym_code(dem) if dem else None
                if dem and code is None:
                    continue
                parent = registry.state(code) if code else None
                _add_whole_match(registry, take, match, "org:" + slug(name), name.lower(), parent)
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
        code = demonym_code(dem) if dem else None
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


_ACRONYM: Final = re.compile(r"(?<![\w.])[A-Z]{3,6}(?![\w.]|\.\w)")
# "Spain's weather agency AEMET", "l’agence météorologique AEMET": an acronym named once is
# an organisation when a noun for one stands just before it (English puts the noun's
# adjectives before it, French mostly after).
_ORG_NOUN_BEFORE: Final = {
    "en": re.compile(
        r"(?<![\w'’-])(?P<noun>(?:(?!(?:the|a|an|its|their|his|her|and|or)\s)[a-z][\w-]*\s+)"
        r"{0,2}(?:agency|service|authority|company|firm|group|party|union|institute|regulator|"
        r"organi[sz]ation|body|broadcaster|network|operator)),?\s+$"
    ),
    "fr": re.compile(
        r"(?<![\w-])(?P<noun>(?:agence|autorité|société|entreprise|groupe|parti|syndicat|"
        r"institut|organisme|régulateur|opérateur|service)(?:\s+[a-zà-ÿ][\w-]*){0,2}),?\s+$"
    ),
}
_NOT_ACRONYMS: Final = {"CEO", "GMT", "UTC", "EST", "EDT", "PDT", "PST", "CET", "USD", "EUR", "TV"}


def find_acronyms(text: str, registry: Registry, take: Take, free: Free) -> None:
    """An upper-case acronym used twice or more (NASA) names an organisation."""
    counts: dict[str, list[tuple[int, int]]] = {}
    for match in _ACRONYM.finditer(text):
        counts.setdefault(match.group(0), []).append(match.span())
    known = {fold(a) for actor in registry.actors.values() for a in (actor.name, *actor.aliases)}
    for acronym, spans in counts.items():
        if acronym in _NOT_ACRONYMS or fold(acronym) in known:
            continue
        named = _ORG_NOUN_BEFORE[registry.language].search(
            text, max(0, spans[0][0] - 60), spans[0][0]
        )
        if len(spans) < 2 and named is None:
            continue
        if _roman_like(acronym) or acronym in cldr_states().names:
            continue
        for span in spans:
            if free(*span):
                description = " ".join(named.group("noun").split()) if named else None
                registry.add(
                    "org:" + slug(acronym),
                    acronym,
                    "organization",
                    *span,
                    acronym,
                    description=description,
                )
                take(*span)


def _roman_like(word: str) -> bool:
    return set(word) <= set("IVXLCDM")


def _add_whole_match(
    registry: Registry,
    take: Take,
    match: re.Match[str],
    key: str,
    name: str,
    parent: str | None,
) -> None:
    """An organisation mentioned by the whole of ``match``, whose span is then taken."""
    registry.add(
        key, name, "organization", match.start(), match.end(), match.group(0), parent=parent
    )
    take(*match.span())


# Words that say a name is not a person's: its head noun, in French or English (not those
# that are also first names or surnames: "Marine", "Court", "Service").
_MILITARY_WORDS: Final = re.compile(
    r"(?<!\w)(?:army|armée|troops|troupes|forces|soldiers|soldats|navy|marines|air\s+force|"
    r"military|militaires|contingent|gendarmerie)(?!\w)",
    re.IGNORECASE,
)
_ORGANISATION_WORDS: Final = re.compile(
    r"(?<!\w)(?:unions?|syndicats?|ministry|ministère|department|authorit(?:y|ies)|autorités?|"
    r"agency|agence|commission|council|conseil|committee|comité|company|compagnie|société|"
    r"party|parti|association|federation|fédération|tribunal|police|university|"
    r"université|bank|banque|office|institute|institut|group|groupe|inc|corp|ltd|"
    r"government|gouvernement|administration|assembl(?:y|ée)|senate|sénat|parliament|"
    r"parlement|ngo|ong|foundation|fondation|center|centre)(?!\w)",
    re.IGNORECASE,
)


def kind_of_name(name: str) -> str | None:
    """The kind of actor a bare name says it is, by the builder's words ("ABVV union" an
    organization, "armée de terre du Niger" military, "Belgique" a state), None when the
    words do not say (a person's name, most often)."""
    if cldr_states().names.get(clean_name(name)) is not None:
        return "state"
    if _MILITARY_WORDS.search(name):
        return "military"
    if _ORGANISATION_WORDS.search(name) or _AGENCY_FR.match(name) or _MINISTRY_EN.search(name):
        return "organization"
    return None
