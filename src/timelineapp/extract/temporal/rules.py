"""The detector's rules by language: each regular expression with the reader of its matches."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import (
    month_pattern,
    number_pattern,
    weekday_pattern,
)
from .cues import APOS, DAY, WORD_END, WORD_START, YEAR
from .period_readers import (
    read_night,
    read_start_of_unit,
    read_year_of_a_deadline,
    read_year_part,
)
from .readers import (
    Handler,
    Rule,
    read_ago,
    read_ahead,
    read_century,
    read_day_range,
    read_day_word,
    read_decade,
    read_en_day_range,
    read_event_shift,
    read_full_date,
    read_iso,
    read_month_alone,
    read_month_range,
    read_month_year,
    read_numeric,
    read_part_of_unit,
    read_part_of_unit_fr,
    read_season,
    read_unit_shift,
    read_unit_shift_fixed,
    read_weekday,
    read_year,
    read_year_range,
)


@cache
def rules_for(language: str) -> tuple[Rule, ...]:
    month = month_pattern(language)
    weekday = weekday_pattern(language)
    number = number_pattern(language)
    flags = re.IGNORECASE
    rules: list[tuple[str, Handler]] = []
    common = [
        (rf"(?<![\d/.\-+()])(?P<year>{YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d\-])", read_iso),
        (
            rf"(?<![\d/.\-+()])(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>{YEAR})"
            r"(?![\d/\-]|\.\d)",
            read_numeric,
        ),
    ]
    if language == "fr":
        day = DAY
        rules += [
            (
                rf"{WORD_START}(?:[Dd]u\s+)(?P<d1>{day})(?:er)?(?:\s+(?P<m1>{month})(?:\s+(?P<y1>{YEAR}))?)?"
                rf"\s+au\s+(?P<d2>{day})(?:er)?\s+(?P<m2>{month})(?:\s+(?P<y2>{YEAR}))?{WORD_END}",
                read_day_range,
            ),
            (
                rf"{WORD_START}(?:[Ee]ntre\s+le\s+)(?P<d1>{day})(?:er)?(?:\s+(?P<m1>{month})"
                rf"(?:\s+(?P<y1>{YEAR}))?)?\s+et\s+le\s+(?P<d2>{day})(?:er)?\s+(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{YEAR}))?{WORD_END}",
                read_day_range,
            ),
            (
                rf"{WORD_START}(?:[Ll]es\s+)(?P<d1>{day})(?:er)?\s+et\s+(?P<d2>{day})\s+(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{YEAR}))?(?P<m1>(?!)x)?(?P<y1>(?!)x)?{WORD_END}",
                read_day_range,
            ),
            (
                rf"{WORD_START}(?:(?:[Ll]e|[Cc]e)\s+)?(?:(?P<wd>{weekday})\s+)?(?P<day>{day})(?:er)?\s+"
                rf"(?P<month>{month})(?:\s+(?P<year>{YEAR}))?(?:\s+(?:dernier|prochain))?{WORD_END}",
                read_full_date,
            ),
            (
                rf"{WORD_START}(?:(?:[Dd]{APOS}|[Dd]e\s+|[Ee]ntre\s+)(?:au\s+moins\s+)?(?P<m1>{month})"
                rf"(?:\s+(?P<y1>{YEAR}))?"
                rf"\s+(?:à|au|et|jusqu{APOS}(?:en|à))\s+(?P<m2>{month})(?:\s+(?P<y2>{YEAR}))?)"
                rf"{WORD_END}",
                read_month_range,
            ),
            (
                rf"{WORD_START}(?:[Ee]n\s+(?P<m1>{month})\s+et\s+(?:en\s+)?(?P<m2>{month})"
                rf"(?:\s+(?P<y2>{YEAR}))?)(?P<y1>(?!)x)?{WORD_END}",
                read_month_range,
            ),
            (
                rf"{WORD_START}(?:(?P<part>début|fin|mi-|courant)\s*|[Ee]n\s+)?(?P<month>{month})\s+"
                rf"(?P<year>{YEAR})",
                read_month_year,
            ),
            (
                rf"{WORD_START}(?:(?P<part>début|fin|mi-)\s*|[Ee]n\s+)?(?P<month>{month}){WORD_END}",
                read_month_alone,
            ),
            (
                rf"{WORD_START}(?:[Dd]e|[Ee]ntre)\s+(?P<y1>{YEAR})\s+(?:à|et)\s+(?P<y2>{YEAR})",
                read_year_range,
            ),
            (rf"{WORD_START}(?:(?P<part>début|fin|mi-)\s*|[Ee]n\s+)?(?P<year>{YEAR})", read_year),
            (
                rf"{WORD_START}(?:(?:(?:dans|durant|pendant)\s+)?les\s+|(?:au\s+)?(?P<part>début|milieu|fin)"
                rf"\s+des\s+)années\s+(?P<decade>\d{{4}}|\d0){WORD_END}",
                read_decade,
            ),
            (
                rf"{WORD_START}(?:(?:au|du)\s+)?(?P<n>[IVXL]+|\d{{1,2}})(?:e|ème|è)\s+siècle",
                read_century,
            ),
            (
                rf"{WORD_START}(?P<dw>avant-hier|après-demain|apres-demain|hier|aujourd{APOS}hui|demain|"
                r"ce\s+matin|cet\s+après-midi|ce\s+soir)"
                # « hier soir »: the part of the day belongs to the phrase (QA #129)
                r"(?:\s+(?:matin|midi|après-midi|soir)(?!\w))?"
                rf"{WORD_END}",
                read_day_word,
            ),
            (
                rf"{WORD_START}(?P<night>cette\s+nuit|la\s+nuit\s+(?:dernière|prochaine)){WORD_END}",
                read_night,
            ),
            (
                rf"{WORD_START}(?:(?P<cue2>ce)\s+)?(?P<wd>{weekday})(?:\s+(?P<cue>dernier|passé|prochain))?"
                # « jeudi soir »: the part of the day belongs to the phrase (QA #95, #111)
                r"(?:\s+(?:matin|midi|après-midi|soir)(?!\w))?"
                rf"{WORD_END}(?!\s*\d)",
                read_weekday,
            ),
            (
                rf"{WORD_START}(?:la|cette)\s+(?P<unit>semaine)(?:\s+(?P<cue>dernière|passée|prochaine)"
                r"|(?<=cette\ssemaine))",
                read_unit_shift,
            ),
            (
                rf"{WORD_START}(?:le\s+(?P<unit>mois)\s+(?P<cue>dernier|passé|prochain)|ce\s+(?P<u2>mois)-ci)",
                lambda m, lang, t: read_unit_shift_fixed(m, lang, "month"),
            ),
            (
                rf"{WORD_START}(?:l{APOS}(?P<unit>année|an)\s+(?P<cue>dernière|passée|prochaine|dernier|"
                r"passé|prochain)|cette\s+année)",
                lambda m, lang, t: read_unit_shift_fixed(m, lang, "year"),
            ),
            (
                # « d'ici la fin de l'année »: this year, read only after such a bound
                rf"(?<=de\s)l{APOS}année(?:\s+en\s+cours)?{WORD_END}(?!\s+(?:dernière|passée|"
                r"prochaine|dernier|passé|prochain|scolaire|universitaire|fiscale|budgétaire|"
                r"judiciaire|\d)|-)",
                read_year_of_a_deadline,
            ),
            (
                rf"{WORD_START}il\s+y\s+a\s+(?P<about>environ|près\s+de)?\s*(?P<n>{number})\s+"
                r"(?P<unit>jours?|semaines?|mois|ans|années?)" + WORD_END,
                read_ago,
            ),
            (
                rf"{WORD_START}dans\s+(?P<n>{number})\s+(?P<unit>jours?|semaines?|mois|ans|années?){WORD_END}",
                read_ahead,
            ),
            (
                rf"{WORD_START}(?:la\s+veille|le\s+(?:sur)?lendemain|l{APOS}avant-veille|"
                rf"(?P<n>{number})\s+(?P<unit>jours?|semaines?|mois|ans|années?)\s+"
                r"(?P<side>plus\s+tard|plus\s+tôt|après|auparavant)|"
                rf"(?:l{APOS}|la\s+|le\s+)(?P<u2>année|an|semaine|mois)\s+(?P<s2>suivante?|précédente?))"
                rf"{WORD_END}",
                read_event_shift,
            ),
            (
                rf"{WORD_START}(?P<side>plus\s+tôt|plus\s+tard)\s+(?:ce\s+(?P<unit>mois)-ci|cette\s+"
                r"(?P<u2>année|semaine))",
                read_part_of_unit_fr,
            ),
            (
                # « depuis le début de l'année »: the year of publication, from its start
                rf"{WORD_START}(?:(?:le|au)\s+)?début\s+(?:de\s+l{APOS}(?P<unit>année|an)(?:\s+"
                r"(?P<cue>dernière|passée|prochaine|dernier|passé|prochain|en\s+cours)|\s+(?P<year>"
                rf"{YEAR}))?|de\s+cette\s+(?P<u2>année)|du\s+(?P<u3>mois)(?:\s+(?P<cue2>dernier|"
                r"passé|prochain|en\s+cours))?|de\s+ce\s+(?P<u4>mois))"
                # « le début du mois de mars » is March's; « de l'année scolaire », a school's
                r"(?!\s+d(?:e|['’])|\s+(?:scolaire|universitaire|fiscale|budgétaire|judiciaire))"
                rf"{WORD_END}",
                read_start_of_unit,
            ),
            (
                # « au troisième trimestre 2024 », « premier semestre de l'année dernière »: a
                # year is written or named (« au premier trimestre » alone may be a school's)
                rf"{WORD_START}(?:(?:au|du|le|ce|pendant\s+le|durant\s+le)\s+)?(?P<ord>premier|1er|"
                r"deuxième|2e|2ème|2nd|second|troisième|3e|3ème|quatrième|4e|4ème|dernier)\s+"
                r"(?P<unit>trimestre|semestre)(?:\s+(?:de\s+(?:l['’]année\s+)?)?(?P<year>"
                rf"{YEAR})|\s+de\s+(?P<rel>cette\s+année|l{APOS}année(?:\s+(?:dernière|passée|"
                rf"prochaine|en\s+cours))?)){WORD_END}",
                read_year_part,
            ),
            (
                rf"{WORD_START}(?:(?:au|du|le)\s+)?(?P<letter>[TS])(?P<n>[1-4])\s+(?P<year>{YEAR})",
                read_year_part,
            ),
            (
                rf"{WORD_START}(?:au|à\s+l{APOS}|l{APOS}|cet|ce|en)\s*(?P<season>printemps|été|automne|"
                rf"hiver)(?:\s+(?P<cue>dernier|prochain)|\s+(?P<year>{YEAR}))?{WORD_END}",
                read_season,
            ),
        ]
    else:
        day = DAY
        rules += [
            (
                rf"{WORD_START}(?:from\s+|between\s+)?(?P<m1>{month})\s+(?P<d1>{day})(?:st|nd|rd|th)?"
                rf"\s*(?:-|–|—|to|through|until|and)\s*(?:(?P<m2>{month})\s+)?(?P<d2>{day})"
                rf"(?:st|nd|rd|th)?(?:,?\s+(?P<y2>{YEAR}))?(?P<y1>(?!)x)?{WORD_END}",
                read_en_day_range,
            ),
            (
                rf"{WORD_START}(?:from\s+|between\s+)?(?P<d1>{day})(?:st|nd|rd|th)?(?:\s+(?P<m1>{month}))?"
                rf"\s*(?:-|–|—|to|through|until|and)\s*(?P<d2>{day})(?:st|nd|rd|th)?\s+"
                rf"(?P<m2>{month})(?:,?\s+(?P<y2>{YEAR}))?(?P<y1>(?!)x)?{WORD_END}",
                read_en_day_range,
            ),
            (
                rf"{WORD_START}(?:(?P<wd>{weekday}),?\s+)?(?P<month>{month})\s+(?P<day>{day})(?:st|nd|rd|th)?"
                rf"(?:,?\s+(?P<year>{YEAR}))?{WORD_END}(?!:)",
                read_full_date,
            ),
            (
                rf"{WORD_START}(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?P<day>{day})(?:st|nd|rd|th)?\s+"
                rf"(?:of\s+)?(?P<month>{month})(?:,?\s+(?P<year>{YEAR}))?{WORD_END}",
                read_full_date,
            ),
            (
                rf"{WORD_START}(?:(?:[Bb]etween|[Ff]rom)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?"
                rf"(?P<m1>{month})(?:,?\s+(?P<y1>{YEAR}))?,?\s+"
                rf"(?:and|to|through|until)\s+(?P<m2>{month})(?:,?\s+(?P<y2>{YEAR}))?){WORD_END}",
                read_month_range,
            ),
            (
                rf"{WORD_START}(?:[Ii]n\s+(?P<m1>{month})\s+and\s+(?P<m2>{month})(?:,?\s+(?P<y2>{YEAR}))?)"
                rf"(?P<y1>(?!)x)?{WORD_END}",
                read_month_range,
            ),
            (
                rf"{WORD_START}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<month>{month}),?\s+"
                rf"(?P<year>{YEAR})",
                read_month_year,
            ),
            (
                rf"{WORD_START}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<month>{month}){WORD_END}",
                read_month_alone,
            ),
            (
                rf"{WORD_START}(?:[Ff]rom|[Bb]etween)\s+(?P<y1>{YEAR})\s+(?:to|and|until|through)\s+"
                rf"(?P<y2>{YEAR})",
                read_year_range,
            ),
            (rf"{WORD_START}(?:(?P<part>early|late|mid-)\s*|[Ii]n\s+)?(?P<year>{YEAR})", read_year),
            (
                rf"{WORD_START}(?:(?:in|during)\s+)?the\s+(?:(?P<part>early|mid|late)(?:-|\s+))?"
                rf"(?P<decade>\d{{3}}0)['’]?s{WORD_END}",
                read_decade,
            ),
            (
                rf"{WORD_START}(?:(?:in|during)\s+)?the\s+(?P<n>\d{{1,2}})(?:st|nd|rd|th)\s+century",
                read_century,
            ),
            (
                rf"{WORD_START}(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                r"yesterday|today|tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)"
                # "yesterday afternoon": the part of the day belongs to the phrase (QA #129)
                r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"
                rf"{WORD_END}",
                read_day_word,
            ),
            (rf"{WORD_START}(?P<night>overnight){WORD_END}", read_night),
            (
                rf"{WORD_START}(?:(?P<cue>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Oo]n|[Pp]ast)\s+)?(?P<wd>{weekday})"
                # "on Friday morning": the part of the day belongs to the phrase (QA #95)
                r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"
                rf"{WORD_END}"
                r"(?!,?\s*(?:\d|" + month + "))(?P<cue2>(?!)x)?",
                read_weekday,
            ),
            (
                rf"{WORD_START}(?:the\s+)?(?P<cue>last|next|this|past|previous|coming)\s+"
                rf"(?P<unit>week|month|year){WORD_END}",
                read_unit_shift,
            ),
            (
                # "by the end of the year": this year, read only after such a bound
                rf"(?<=of\s)the\s+year{WORD_END}(?!['’]s|\s+\d|-)",
                read_year_of_a_deadline,
            ),
            (
                rf"{WORD_START}(?:(?P<about>about|nearly|some|roughly|around)\s+)?(?P<n>{number})\s+"
                rf"(?P<unit>days?|weeks?|months?|years?)\s+ago{WORD_END}",
                read_ago,
            ),
            (
                rf"{WORD_START}in\s+(?P<n>{number})\s+(?P<unit>days|weeks|months|years){WORD_END}",
                read_ahead,
            ),
            (
                rf"{WORD_START}(?:the\s+(?:day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow))|"
                r"(?:previous|next|following)\s+day)|"
                rf"(?:(?P<n>{number}|an?)\s+)(?P<unit>days?|weeks?|months?|years?)\s+"
                # "two years before the war": before another named thing, not an event here
                r"(?P<side>later|earlier|afterwards?|before(?!\s+(?:the|a|an|his|her|its|their)\b))|"
                r"the\s+(?P<s2>following|previous)\s+(?P<u2>week|month|year))"
                rf"{WORD_END}",
                read_event_shift,
            ),
            (
                rf"{WORD_START}(?P<side>earlier|later)\s+this\s+(?P<unit>week|month|year){WORD_END}",
                read_part_of_unit,
            ),
            (
                # "since the start of the year": the year of publication, from its start;
                # "of the year 2024" is 2024's (tried first: "the year" alone would end there)
                rf"{WORD_START}(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the\s+year\s+)?(?P<year>"
                rf"{YEAR})|(?:the|this)\s+(?P<unit>year|month)|(?P<cue>last|next)\s+(?P<u2>year|"
                rf"month)){WORD_END}"
                r"(?!['’]s)",
                read_start_of_unit,
            ),
            (
                # "the third quarter of 2024", "the first half of last year": a year is written
                # or named ("in the third quarter" alone is as often a game's)
                rf"{WORD_START}(?:(?:in|during|for|over|throughout)\s+)?(?:the\s+)?(?P<ord>first|"
                r"second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
                rf"(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<rel>(?:this|the|last|next)\s+year))"
                rf"{WORD_END}",
                read_year_part,
            ),
            (
                rf"{WORD_START}(?:(?:in|during|for)\s+)?(?P<letter>[QH])(?P<n>[1-4])\s+(?P<year>{YEAR})",
                read_year_part,
            ),
            (
                rf"{WORD_START}(?:(?P<cue>last|next|this)\s+|(?:in\s+)?the\s+|in\s+|(?:early|late|mid-)\s*)"
                r"(?P<season>spring|"
                rf"summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?{WORD_END}",
                read_season,
            ),
        ]
    compiled = []
    for pattern, handler in [*common, *rules]:
        case = (
            0
            if handler in (read_weekday, read_full_date, read_month_alone) and language == "en"
            else flags
        )
        compiled.append(Rule(re.compile(pattern, case), handler))
    return tuple(compiled)
