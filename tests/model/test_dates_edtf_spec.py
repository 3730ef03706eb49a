"""Every example of the EDTF specification (Library of Congress, 2019; ISO 8601-2), read:
its earliest and latest instants, precision, qualifiers per component, and words in French
and English. Then the invalid forms, each with where and what was expected.

Bounds are strict and half-open: the latest instant given here is the first one *after* the
date. Qualifiers are given per component as year, month, day ("." for none).
"""

from __future__ import annotations

import pytest

from timelineapp.model.calendar import to_seconds
from timelineapp.model.dates import DateError, DateKind, Precision, parse_date

Y, M, D, S = Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.SECOND

SPEC_EXAMPLES = [
    ("1985-04-12", (1985, 4, 12), (1985, 4, 13), D, "...", "le 12 avril 1985", "on 12 April 1985"),
    ("1985-04", (1985, 4, 1), (1985, 5, 1), M, "...", "en avril 1985", "in April 1985"),
    ("1985", (1985, 1, 1), (1986, 1, 1), Y, "...", "en 1985", "in 1985"),
    (
        "1985-04-12T23:20:30",
        (1985, 4, 12, 23, 20, 30),
        (1985, 4, 12, 23, 20, 31),
        S,
        "...",
        "le 12 avril 1985 à 23 h 20 min 30 s",
        "on 12 April 1985 at 23:20:30",
    ),
    (
        "1985-04-12T23:20:30Z",
        (1985, 4, 12, 23, 20, 30),
        (1985, 4, 12, 23, 20, 31),
        S,
        "...",
        "le 12 avril 1985 à 23 h 20 min 30 s UTC",
        "on 12 April 1985 at 23:20:30 UTC",
    ),
    (
        "1985-04-12T23:20:30-04",
        (1985, 4, 13, 3, 20, 30),
        (1985, 4, 13, 3, 20, 31),
        S,
        "...",
        "le 12 avril 1985 à 23 h 20 min 30 s UTC-04:00",
        "on 12 April 1985 at 23:20:30 UTC-04:00",
    ),
    (
        "1985-04-12T23:20:30+04:30",
        (1985, 4, 12, 18, 50, 30),
        (1985, 4, 12, 18, 50, 31),
        S,
        "...",
        "le 12 avril 1985 à 23 h 20 min 30 s UTC+04:30",
        "on 12 April 1985 at 23:20:30 UTC+04:30",
    ),
    ("1964/2008", (1964, 1, 1), (2009, 1, 1), Y, "...", "1964 – 2008", "1964 – 2008"),
    (
        "2004-06/2006-08",
        (2004, 6, 1),
        (2006, 9, 1),
        M,
        "...",
        "juin 2004 – août 2006",
        "June 2004 – August 2006",
    ),
    (
        "2004-02-01/2005-02-08",
        (2004, 2, 1),
        (2005, 2, 9),
        D,
        "...",
        "du 1er février 2004 au 8 février 2005",
        "from 1 February 2004 to 8 February 2005",
    ),
    (
        "2004-02-01/2005-02",
        (2004, 2, 1),
        (2005, 3, 1),
        M,
        "...",
        "du 1er février 2004 à février 2005",
        "from 1 February 2004 to February 2005",
    ),
    (
        "2004-02-01/2005",
        (2004, 2, 1),
        (2006, 1, 1),
        Y,
        "...",
        "du 1er février 2004 à 2005",
        "from 1 February 2004 to 2005",
    ),
    (
        "2005/2006-02",
        (2005, 1, 1),
        (2006, 3, 1),
        Y,
        "...",
        "de 2005 à février 2006",
        "from 2005 to February 2006",
    ),
    (
        "Y170000002",
        (170000002, 1, 1),
        (170000003, 1, 1),
        Y,
        "...",
        "en 170\u202f000\u202f002",
        "in 170,000,002",
    ),
    (
        "Y-170000002",
        (-170000002, 1, 1),
        (-170000001, 1, 1),
        Y,
        "...",
        "en 170\u202f000\u202f003 av. J.-C.",
        "in 170,000,003 BCE",
    ),
    ("2001-21", (2001, 3, 1), (2001, 6, 1), M, "...", "au printemps 2001", "in spring 2001"),
    ("2001-22", (2001, 6, 1), (2001, 9, 1), M, "...", "en été 2001", "in summer 2001"),
    ("2001-23", (2001, 9, 1), (2001, 12, 1), M, "...", "en automne 2001", "in autumn 2001"),
    ("2001-24", (2001, 12, 1), (2002, 3, 1), M, "...", "en hiver 2001–2002", "in winter 2001–2002"),
    ("1984?", (1984, 1, 1), (1985, 1, 1), Y, "?..", "en 1984 (incertain)", "in 1984 (uncertain)"),
    ("2004-06~", (2004, 6, 1), (2004, 7, 1), M, "~~.", "vers juin 2004", "around June 2004"),
    (
        "2004-06-11%",
        (2004, 6, 11),
        (2004, 6, 12),
        D,
        "%%%",
        "vers le 11 juin 2004 (incertain)",
        "around 11 June 2004 (uncertain)",
    ),
    (
        "201X",
        (2010, 1, 1),
        (2020, 1, 1),
        Y,
        "...",
        "une année des années 2010",
        "some year in the 2010s",
    ),
    (
        "20XX",
        (2000, 1, 1),
        (2100, 1, 1),
        Y,
        "...",
        "une année entre 2000 et 2099",
        "some year between 2000 and 2099",
    ),
    ("2004-XX", (2004, 1, 1), (2005, 1, 1), M, "...", "un mois de 2004", "some month in 2004"),
    (
        "1985-04-XX",
        (1985, 4, 1),
        (1985, 5, 1),
        D,
        "...",
        "un jour d’avril 1985",
        "some day in April 1985",
    ),
    ("1985-XX-XX", (1985, 1, 1), (1986, 1, 1), D, "...", "un jour de 1985", "some day in 1985"),
    (
        "1985-04-12/..",
        (1985, 4, 12),
        (1985, 4, 13),
        D,
        "...",
        "depuis le 12 avril 1985",
        "since 12 April 1985",
    ),
    ("1985-04/..", (1985, 4, 1), (1985, 5, 1), M, "...", "depuis avril 1985", "since April 1985"),
    ("1985/..", (1985, 1, 1), (1986, 1, 1), Y, "...", "depuis 1985", "since 1985"),
    (
        "../1985-04-12",
        (1985, 4, 12),
        (1985, 4, 13),
        D,
        "...",
        "jusqu’au 12 avril 1985",
        "until 12 April 1985",
    ),
    ("../1985-04", (1985, 4, 1), (1985, 5, 1), M, "...", "jusqu’en avril 1985", "until April 1985"),
    ("../1985", (1985, 1, 1), (1986, 1, 1), Y, "...", "jusqu’en 1985", "until 1985"),
    (
        "1985-04-12/",
        (1985, 4, 12),
        (1985, 4, 13),
        D,
        "...",
        "depuis le 12 avril 1985",
        "since 12 April 1985",
    ),
    ("1985-04/", (1985, 4, 1), (1985, 5, 1), M, "...", "depuis avril 1985", "since April 1985"),
    ("1985/", (1985, 1, 1), (1986, 1, 1), Y, "...", "depuis 1985", "since 1985"),
    (
        "/1985-04-12",
        (1985, 4, 12),
        (1985, 4, 13),
        D,
        "...",
        "jusqu’au 12 avril 1985",
        "until 12 April 1985",
    ),
    ("/1985-04", (1985, 4, 1), (1985, 5, 1), M, "...", "jusqu’en avril 1985", "until April 1985"),
    ("/1985", (1985, 1, 1), (1986, 1, 1), Y, "...", "jusqu’en 1985", "until 1985"),
    (
        "1984~/2004-06",
        (1984, 1, 1),
        (2004, 7, 1),
        Y,
        "~..",
        "de 1984 environ à juin 2004",
        "from around 1984 to June 2004",
    ),
    (
        "1984/2004-06~",
        (1984, 1, 1),
        (2004, 7, 1),
        Y,
        "...",
        "de 1984 à juin 2004 environ",
        "from 1984 to around June 2004",
    ),
    ("1984~/2004~", (1984, 1, 1), (2005, 1, 1), Y, "~..", "vers 1984 – 2004", "around 1984 – 2004"),
    (
        "1984?/2004%",
        (1984, 1, 1),
        (2005, 1, 1),
        Y,
        "?..",
        "de 1984 (incertain) à 2004 environ (incertain)",
        "from 1984 (uncertain) to around 2004 (uncertain)",
    ),
    (
        "1984-06?/2004-08?",
        (1984, 6, 1),
        (2004, 9, 1),
        M,
        "??.",
        "juin 1984 – août 2004 (incertain)",
        "June 1984 – August 2004 (uncertain)",
    ),
    (
        "1984-06-02?/2004-08-08~",
        (1984, 6, 2),
        (2004, 8, 9),
        D,
        "???",
        "du 2 juin 1984 (incertain) au 8 août 2004 environ",
        "from 2 June 1984 (uncertain) to around 8 August 2004",
    ),
    (
        "1984-06-02?/",
        (1984, 6, 2),
        (1984, 6, 3),
        D,
        "???",
        "depuis le 2 juin 1984 (incertain)",
        "since 2 June 1984 (uncertain)",
    ),
    ("-1985", (-1985, 1, 1), (-1984, 1, 1), Y, "...", "en 1986 av. J.-C.", "in 1986 BCE"),
    (
        "Y-17E7",
        (-170000000, 1, 1),
        (-169999999, 1, 1),
        Y,
        "...",
        "il y a 170\u00a0millions d’années",
        "170 million years ago",
    ),
    (
        "1950S2",
        (1900, 1, 1),
        (2000, 1, 1),
        Y,
        "...",
        "une année entre 1900 et 1999, estimée à 1950",
        "some year between 1900 and 1999, estimated 1950",
    ),
    (
        "Y171010000S3",
        (171000000, 1, 1),
        (172000000, 1, 1),
        Y,
        "...",
        "une année entre 171\u202f000\u202f000 et 171\u202f999\u202f999, "
        "estimée à 171\u202f010\u202f000",
        "some year between 171,000,000 and 171,999,999, estimated 171,010,000",
    ),
    (
        "Y3388E2S3",
        (338000, 1, 1),
        (339000, 1, 1),
        Y,
        "...",
        "une année entre 338\u202f000 et 338\u202f999, estimée à 338\u202f800",
        "some year between 338,000 and 338,999, estimated 338,800",
    ),
    (
        "2001-34",
        (2001, 4, 1),
        (2001, 7, 1),
        M,
        "...",
        "au 2e trimestre 2001",
        "in the second quarter of 2001",
    ),
    (
        "[1667,1668,1670..1672]",
        (1667, 1, 1),
        (1673, 1, 1),
        Y,
        "...",
        "l’une des années 1667, 1668 ou de 1670 à 1672",
        "one of the years 1667, 1668 or 1670 to 1672",
    ),
    (
        "[..1760-12-03]",
        (1760, 12, 3),
        (1760, 12, 4),
        D,
        "...",
        "au plus tard le 3 décembre 1760",
        "by 3 December 1760",
    ),
    (
        "[1760-12..]",
        (1760, 12, 1),
        (1761, 1, 1),
        M,
        "...",
        "au plus tôt en décembre 1760",
        "in or after December 1760",
    ),
    (
        "[1760-01,1760-02,1760-12..]",
        (1760, 1, 1),
        (1761, 1, 1),
        M,
        "...",
        "l’une de ces dates\u00a0: en janvier 1760, en février 1760 "
        "ou au plus tôt en décembre 1760",
        "one of these dates: in January 1760, in February 1760 or in or after December 1760",
    ),
    (
        "[1667,1760-12]",
        (1667, 1, 1),
        (1761, 1, 1),
        Y,
        "...",
        "l’une de ces dates\u00a0: en 1667 ou en décembre 1760",
        "one of these dates: in 1667 or in December 1760",
    ),
    ("[..1984]", (1984, 1, 1), (1985, 1, 1), Y, "...", "au plus tard en 1984", "by 1984"),
    (
        "{1667,1668,1670..1672}",
        (1667, 1, 1),
        (1673, 1, 1),
        Y,
        "...",
        "chacune des années 1667, 1668 et de 1670 à 1672",
        "each of the years 1667, 1668 and 1670 to 1672",
    ),
    (
        "{1960,1961-12}",
        (1960, 1, 1),
        (1962, 1, 1),
        Y,
        "...",
        "toutes ces dates\u00a0: en 1960 et en décembre 1961",
        "all of these dates: in 1960 and in December 1961",
    ),
    (
        "{..1984}",
        (1984, 1, 1),
        (1985, 1, 1),
        Y,
        "...",
        "toutes ces dates\u00a0: jusqu’en 1984",
        "all of these dates: until 1984",
    ),
    (
        "2004?-06-11",
        (2004, 6, 11),
        (2004, 6, 12),
        D,
        "?..",
        "le 11 juin 2004 (année incertaine)",
        "on 11 June 2004 (year uncertain)",
    ),
    (
        "2004-06~-11",
        (2004, 6, 11),
        (2004, 6, 12),
        D,
        "~~.",
        "le 11 juin 2004 (mois et année approximatifs)",
        "on 11 June 2004 (month and year approximate)",
    ),
    (
        "?2004-06-~11",
        (2004, 6, 11),
        (2004, 6, 12),
        D,
        "?.~",
        "le 11 juin 2004 (année incertaine, jour approximatif)",
        "on 11 June 2004 (year uncertain, day approximate)",
    ),
    (
        "2004-%06-11",
        (2004, 6, 11),
        (2004, 6, 12),
        D,
        ".%.",
        "le 11 juin 2004 (mois incertain et approximatif)",
        "on 11 June 2004 (month uncertain and approximate)",
    ),
    (
        "156X-12-25",
        (1560, 12, 25),
        (1569, 12, 26),
        D,
        "...",
        "un 25 décembre des années 1560",
        "a 25 December in the 1560s",
    ),
    (
        "15XX-12-25",
        (1500, 12, 25),
        (1599, 12, 26),
        D,
        "...",
        "un 25 décembre entre 1500 et 1599",
        "a 25 December between 1500 and 1599",
    ),
    (
        "1XXX-XX",
        (1000, 1, 1),
        (2000, 1, 1),
        M,
        "...",
        "un mois d’une année entre 1000 et 1999",
        "some month of some year between 1000 and 1999",
    ),
    (
        "1XXX-12",
        (1000, 12, 1),
        (2000, 1, 1),
        M,
        "...",
        "décembre d’une année entre 1000 et 1999",
        "December of some year between 1000 and 1999",
    ),
    (
        "1984-1X",
        (1984, 10, 1),
        (1985, 1, 1),
        M,
        "...",
        "un mois d’octobre à décembre 1984",
        "some month from October to December 1984",
    ),
    (
        "2004-06-~01/2004-06-~20",
        (2004, 6, 1),
        (2004, 6, 21),
        D,
        "..~",
        "du 1er juin 2004 (jour approximatif) au 20 juin 2004 (jour approximatif)",
        "from 1 June 2004 (day approximate) to 20 June 2004 (day approximate)",
    ),
    (
        "2004-06-XX/2004-07-03",
        (2004, 6, 1),
        (2004, 7, 4),
        D,
        "...",
        "d’un jour de juin 2004 au 3 juillet 2004",
        "from some day in June 2004 to 3 July 2004",
    ),
]


def _instant(parts: tuple[int, ...]) -> int:
    return to_seconds(*parts)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "qualifiers", "french", "english"),
    SPEC_EXAMPLES,
)
def test_specification_example(
    text: str,
    earliest: tuple[int, ...],
    latest: tuple[int, ...],
    precision: Precision,
    qualifiers: str,
    french: str,
    english: str,
) -> None:
    date = parse_date(text)
    assert date.earliest == _instant(earliest)
    assert date.latest == _instant(latest)
    assert date.precision is precision
    point = date.start or date.end
    assert point is not None
    written = (point.year_qualifier, point.month_qualifier, point.day_qualifier)
    assert "".join(q or "." for q in written) == qualifiers
    # ``french`` and ``english`` are the words, tested with Qt's translators in
    # tests/ui/test_date_words_spec.py (the model has no words).


def test_an_unknown_end_is_drawn_open_and_an_open_end_too() -> None:
    for text in ("1985-04-12/", "1985-04-12/.."):
        date = parse_date(text)
        assert date.kind is DateKind.INTERVAL
        assert date.open_end
        assert not date.open_start


def test_a_qualifier_on_a_component_applies_leftwards_only_when_written_after() -> None:
    right = parse_date("2004-06~-11").start
    left = parse_date("2004-~06-11").start
    assert right is not None
    assert left is not None
    assert (right.year_qualifier, right.month_qualifier, right.day_qualifier) == ("~", "~", "")
    assert (left.year_qualifier, left.month_qualifier, left.day_qualifier) == ("", "~", "")
    both = parse_date("?2004~-06-11").start
    assert both is not None
    assert both.year_qualifier == "%"  # uncertain on the left, approximate on the right


def test_seasons_and_groupings_cover_their_months() -> None:
    expected = {
        21: ((2001, 3), (2001, 6)),
        24: ((2001, 12), (2002, 3)),
        29: ((2001, 9), (2001, 12)),
        30: ((2001, 12), (2002, 3)),
        33: ((2001, 1), (2001, 4)),
        36: ((2001, 10), (2002, 1)),
        37: ((2001, 1), (2001, 5)),
        39: ((2001, 9), (2002, 1)),
        40: ((2001, 1), (2001, 7)),
        41: ((2001, 7), (2002, 1)),
    }
    for code, (first, after) in expected.items():
        date = parse_date(f"2001-{code}")
        assert date.start is not None
        assert date.start.season == code
        assert (date.earliest, date.latest) == (to_seconds(*first), to_seconds(*after))


def test_x_digits_pick_only_real_dates() -> None:
    leap = parse_date("156X-02-29")  # 1560, 1564, 1568 are leap years
    assert (leap.earliest, leap.latest) == (to_seconds(1560, 2, 29), to_seconds(1568, 3, 1))
    bce = parse_date("-019X")  # years -199 to -190
    assert (bce.earliest, bce.latest) == (to_seconds(-199), to_seconds(-189))


def test_the_big_bang_parses() -> None:
    date = parse_date("Y-13800000000")
    assert date.earliest == to_seconds(-13_800_000_000)


@pytest.mark.parametrize(
    ("text", "position", "expected", "found"),
    [
        ("2024-13", 5, "a month between 01 and 12 or a season between 21 and 41", "13"),
        ("2024-42", 5, "a season between 21 and 41", "42"),
        ("2024-06-39", 8, "a day between 1 and 30 for June 2024", "39"),
        ("-0000", 0, "year zero written without '-'", "'-0000'"),
        ("Y2024", 1, "more than four digits after 'Y'", "'2024'"),
        ("(2004)?-06-11", 0, "the 2012 draft's parentheses are not EDTF", "'('"),
        ("2004-(06)?-11", 5, "the 2012 draft's parentheses are not EDTF", "'('"),
        ("2004-06-(11)~", 8, "the 2012 draft's parentheses are not EDTF", "'('"),
        ("199u", 0, "'X' for unknown digits (the 2012 draft's 'u')", "'199u'"),
        ("XXXX-12-XX", 0, "a year with at least its first digit known", "'XXXX'"),
        ("2001-21-05", 7, "a season has no day", "'-'"),
        ("1999-2X", 5, "a month between 01 and 12", "2X"),
        ("2024-02-3X", 0, "'X' digits that some calendar date matches", "'2024-02-3X'"),
        ("199XS2", 4, "no significant digits on a year with 'X'", "'S2'"),
        ("1950S5", 5, "significant digits from 1 to 4", "'5'"),
        ("1950S2-06", 6, "the end of the text", "'-'"),
        ("Y17E7-06", 5, "a 'Y' year has no month or day", "'-06'"),
        ("Y12345-06", 6, "a 'Y' year has no month or day", "'-06'"),
        ("Y17X", 3, "digits only in a 'Y' year", "'X'"),
        ("[1667, [1668]]", 7, "sets do not nest", "'['"),
        ("{2001/2002}", 5, "not intervals", "'/'"),
        ("[1667.., 1668]", 7, "only the last member of a set can be open", "','"),
        ("[1667, ..1668]", 7, "only the first member of a set can be open", "'.'"),
        ("[1990..1980]", 7, "a last date on or after the first", "1980"),
        ("2004/[2005, 2006]", 5, "a set cannot be the end of an interval", "'['"),
        ("[1667, 1668", 11, "']'", "the end of the text"),
        ("2004-06-11?T10:30", 11, "a time only follows a fully known day", "'T10'"),
        ("Y-100000000001", 0, "a year between -100000000000 and 100000000000", "-100000000001"),
    ],
)
def test_invalid_forms(text: str, position: int, expected: str, found: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    error = caught.value
    assert (error.position, error.found) == (position, found)
    assert expected in error.expected


def test_a_season_of_an_unspecified_year_spans_every_such_season() -> None:
    date = parse_date("199X-21")
    assert (date.earliest, date.latest) == (to_seconds(1990, 3), to_seconds(1999, 6))
