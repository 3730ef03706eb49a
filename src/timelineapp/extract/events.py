"""Candidate events of one article: one per date expression that matters, plus undated quotes.

Each candidate is titled from the clause around its date in the article's own words
(shortened), lists the actors of its sentence, takes the quotations of its sentence as
sources (or the sentence itself when there is none), gets a status from tense and cue words
(occurred, planned, deadline), and a note saying how it was found. A quotation in a sentence
without a date becomes an undated event: never a fake date.

About 530 lines on purpose: the candidate's date, title, status, actors and sources are read
from one sentence context (its clauses, tense and quotations) that each step refines; the
reading rules themselves live elsewhere (``anchoring``, ``titles``, ``quotations``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from timelineapp.model.dates import parse_date

from .actors import ActorMention
from .anchoring import FUTURE, Reference, clause_tense, resolve, sentence_tense
from .article import Article, blanked, story_text
from .cancel import check_cancel
from .lexicon import fold
from .notes import Note, note
from .quotations import Quotation, find_quotations, pronoun_speaker, speaker_phrase
from .sentences import clauses, sentences
from .temporal import Mention, detect
from .temporal.attachment import participle_phrase
from .titles import clause_title, cut_words, shorten, strip_marks

__all__ = [
    "DateReading",
    "DraftEvent",
    "DraftQuote",
    "DraftSource",
    "article_quotations",
    "date_readings",
    "find_events",
    "keywords",
]

ARTICLE_VOICE: Final = "article"


@dataclass(frozen=True, slots=True)
class DraftQuote:
    start: int
    end: int
    text: str
    attributed_to: str | None  # an actor key ("person:…"), a phrase, or "article"


@dataclass(slots=True)
class DraftSource:
    document: str  # the article's name until ids are given
    quotes: list[DraftQuote]
    date_phrase: tuple[int, int, str] | None


@dataclass(slots=True)
class DraftEvent:
    title: str
    date: str | None
    status: str
    actors: list[str]  # actor keys
    sources: list[DraftSource]
    notes: list[Note]
    keywords: frozenset[str]
    position: int  # offset in its first document, for ordering
    tags: list[str] = field(default_factory=list)


_STOP: Final = frozenset(
    fold(w)
    for w in [
        "alors",
        "avant",
        "après",
        "depuis",
        "selon",
        "leurs",
        "leur",
        "cette",
        "entre",
        "contre",
        "pendant",
        "notamment",
        "ainsi",
        "aussi",
        "encore",
        "toutes",
        "toute",
        "tous",
        "comme",
        "était",
        "étaient",
        "avait",
        "avaient",
        "sont",
        "about",
        "after",
        "before",
        "their",
        "there",
        "which",
        "would",
        "could",
        "should",
        "these",
        "those",
        "while",
        "where",
        "being",
        "other",
        "since",
        "during",
        "under",
        "between",
        "still",
        "according",
        "said",
        "says",
        "added",
    ]
)
_DEADLINE_CUES: Final = {"au plus tard", "d'ici", "no later than", "not later than", "by"}
# "WASHINGTON (May 23, 2024) —": a press release's dateline repeats the publication date; it
# is a date of the text, not of an event.
_DATELINE: Final = re.compile(r"(?m)^[A-Z][A-Z .,'’-]{2,40}\((?P<date>[^()\n]{4,40})\)\s*[—–-]")


@lru_cache(maxsize=4096)
def keywords(text: str) -> frozenset[str]:
    """Content words of a passage (folded, five letters or more), for merge proposals."""
    return frozenset(word for word in re.findall(r"[a-z]{5,}", fold(text)) if word not in _STOP)


def _statement_title(quote: DraftQuote, mentions: list[ActorMention], language: str) -> str:
    """ "Michael S. Regan: “Thanks to President Biden’s…”" for an undated statement."""
    named = [m.text for m in mentions if m.key == quote.attributed_to]
    speaker = max(named, key=len) if named else None
    if speaker is None and quote.attributed_to and ":" not in quote.attributed_to:
        speaker = quote.attributed_to
    words = quote.text.split()
    excerpt = cut_words(words, 8) if len(words) > 8 else " ".join(words).rstrip(" ,;:.")
    marked = f"« {excerpt} »" if language == "fr" else f"“{excerpt}”"
    if speaker is None:
        return marked
    return f"{speaker} : {marked}" if language == "fr" else f"{speaker}: {marked}"


def _attribution(
    text: str,
    quotation: Quotation,
    sentence: tuple[int, int],
    language: str,
    mentions: list[ActorMention],
) -> tuple[str | None, str]:
    """Who is quoted (an actor key or a phrase) and how that was decided."""
    span = speaker_phrase(text, quotation, sentence, language)
    if span is None and pronoun_speaker(text, quotation, language):
        persons = [m for m in mentions if m.key.startswith("person:") and m.end <= quotation.start]
        if persons:
            return persons[-1].key, f"« he/she said »: {persons[-1].text}, named before"
    if span is None:
        return None, "no speaker named in its sentence"
    # "a expliqué l’adjointe à la culture, Nathalie Perrin-Gilbert": the name in apposition.
    reach = span[1]
    apposition = re.match(r"(?:\s+[^,.;«»“”]{0,40})?,\s+", text[span[1] : span[1] + 60])
    if apposition is not None:
        reach = span[1] + apposition.end() + 1
    if re.search(r"\b[A-Z][a-z]{0,3}$", text[span[0] : span[1]]):
        reach = span[1] + 16  # "said Maj. Gen. Jane Doe": the phrase stopped at "Maj."
    inside = [m for m in mentions if m.start < reach and m.end > span[0]]
    # "EPA Administrator Michael S. Regan": the person speaks, not the agency in the title.
    inside.sort(key=lambda m: not m.key.startswith("person:"))
    if inside:
        return inside[0].key, f"speaker « {inside[0].text} » named in its sentence"
    phrase = _without_determiner(" ".join(text[span[0] : span[1]].split()))
    return phrase or None, f"speaker « {phrase} » named in its sentence"


_DETERMINER: Final = re.compile(r"(?:le|la|les|un|une|the|a|an)\s+|l['’]\s*", re.IGNORECASE)


def _without_determiner(phrase: str) -> str:
    """``phrase`` without its leading determiner, a whole word ("the union spokesman",
    « l’adjointe »), never the start of a word (QA #116: "union" became "ion", "Unesco"
    "esco"); one before a capital begins a name and stays ("Le Monde", "The Guardian")."""
    found = _DETERMINER.match(phrase)
    if found is None or not phrase[found.end() : found.end() + 1].islower():
        return phrase
    return phrase[found.end() :]


@dataclass(frozen=True, slots=True)
class DateReading:
    """A date expression of the article, its sentence and the value it was given."""

    mention: Mention
    sentence: tuple[int, int]
    tense: int
    value: str | None
    notes: tuple[Note, ...]


# "the longest since the spring of 2019", « la plus forte depuis 1990 »: a comparison with a
# past time, not when something began (QA #95: "The strike the longest" from spring 2019 on).
_COMPARED_SINCE: Final = re.compile(
    r"(?<!\w)(?:longest|biggest|largest|highest|lowest|worst|best|strongest|heaviest|deadliest|"
    r"hottest|coldest|wettest|driest|warmest|fastest|slowest|greatest|first|record|"
    r"(?:most|least)\s+\w+|plus\s+\w+|moins\s+\w+|sans\s+précédent|inédite?s?|"
    r"jamais\s+vue?s?)[\s,]*\Z",
    re.IGNORECASE,
)


def _a_comparison(text: str, timex: Mention) -> bool:
    return timex.modifier == "since" and bool(
        _COMPARED_SINCE.search(text, max(0, timex.start - 40), timex.start)
    )


def date_readings(article: Article, reference: Reference | None) -> list[DateReading]:
    """Every date expression of the article with its value, in reading order."""
    text = article.text
    timexes = detect(story_text(article), article.language)
    readings = []
    spans = sentences(text, article.body_start)
    for timex in timexes:
        check_cancel()
        if _a_comparison(text, timex):
            continue
        sentence = next((s for s in spans if s[0] <= timex.start < s[1]), (timex.start, timex.end))
        tense = sentence_tense(text[sentence[0] : sentence[1]], article.language)
        tense = _clause_tense(text, sentence, timex, article.language) or tense
        resolved = resolve(timex, reference, tense)
        readings.append(DateReading(timex, sentence, tense, resolved.value, resolved.notes))
    # "Milton followed two weeks later, coming ashore … on Oct. 9": a sentence dated by its
    # own words needs no undated event "counted from another event" (QA #124).
    dated = {r.sentence for r in readings if not getattr(r.mention.value, "anchor", "")}
    return [
        r for r in readings if not (getattr(r.mention.value, "anchor", "") and r.sentence in dated)
    ]


def article_quotations(article: Article) -> list[Quotation]:
    """The quotations of the article's body (not of a header line)."""
    return [q for q in find_quotations(story_text(article)) if q.start >= article.body_start]


def find_events(
    article: Article, reference: Reference | None, mentions: list[ActorMention]
) -> list[DraftEvent]:
    """The candidate events of one article, in reading order."""
    text = article.text
    readings = date_readings(article, reference)
    quotations = article_quotations(article)
    # What an event is about, for joining and merging: its words without dates ("October"
    # is shared by every event of 29 October, and says nothing of what happened).
    undated = _without_dates(text, readings)
    # Persons the actor rules found, which a title may take as its subject.
    persons = frozenset((m.start, m.end) for m in mentions if m.key.startswith("person:"))
    events: list[DraftEvent] = []
    quoted_in_dated: set[int] = set()
    last_speaker: str | None = None
    datelines = [
        (m.start("date"), m.end("date"), m.end())
        for m in _DATELINE.finditer(text, article.body_start)
    ]
    for sentence in sentences(text, article.body_start):
        check_cancel()
        start, end = sentence
        if (
            "\n\n" in text[max(article.body_start, start - 3) : start]
            or "\n" in text[max(article.body_start, start - 1) : start]
        ):
            last_speaker = None  # a new paragraph: the speaker must be named again
        in_sentence = [
            r
            for r in readings
            if start <= r.mention.start < end
            and not any(a <= r.mention.start < b for a, b, _ in datelines)
        ]
        for _, _, after in datelines:
            if start <= after < end:
                # Titles are made from what follows "WASHINGTON (May 23, 2024) —".
                in_sentence = [replace(r, sentence=(after, end)) for r in in_sentence]
        quotes = [q for q in quotations if q.start < end and q.end > start]
        actor_keys = _actor_keys(mentions, start, end)
        draft_quotes = []
        for quotation in quotes:
            who, _ = _attribution(text, quotation, sentence, article.language, mentions)
            draft_quotes.append(DraftQuote(quotation.start, quotation.end, quotation.text, who))
        named = [q.attributed_to for q in draft_quotes if q.attributed_to]
        # "selon X, … « a » et « b »": X speaks both; a quotation without a speaker in a
        # paragraph that named one goes on in the same voice (news style).
        speaker = named[0] if named else last_speaker
        if speaker:
            draft_quotes = [
                q if q.attributed_to else DraftQuote(q.start, q.end, q.text, speaker)
                for q in draft_quotes
            ]
            last_speaker = speaker
        if not draft_quotes:
            draft_quotes = [DraftQuote(start, end, text[start:end], ARTICLE_VOICE)]
        for reading in in_sentence:
            events.append(
                _dated_event(
                    article,
                    reference,
                    reading,
                    actor_keys,
                    draft_quotes,
                    mentions,
                    undated,
                    persons,
                )
            )
            quoted_in_dated.update(id(q) for q in quotes)
        own = [
            (quotation, draft)
            for quotation, draft in zip(quotes, draft_quotes, strict=False)
            if id(quotation) not in quoted_in_dated and quotation.start >= start
        ]
        if not in_sentence and own:
            events.append(_undated_event(article, own, sentence, actor_keys, mentions))
    return _merge_same_day(events, article.text)


def _without_dates(text: str, readings: list[DateReading]) -> str:
    """``text`` with its date expressions blanked (offsets kept)."""
    return blanked(text, ((r.mention.start, r.mention.end) for r in readings))


def _actor_keys(mentions: list[ActorMention], start: int, end: int) -> list[str]:
    keys: list[str] = []
    for mention in mentions:
        if start <= mention.start < end and mention.key not in keys:
            keys.append(mention.key)
    return keys


def _dated_event(
    article: Article,
    reference: Reference | None,
    reading: DateReading,
    actor_keys: list[str],
    quotes: list[DraftQuote],
    mentions: list[ActorMention],
    undated: str,
    persons: frozenset[tuple[int, int]],
) -> DraftEvent:
    text = article.text
    timex, sentence = reading.mention, reading.sentence
    status, why = _status(timex, reading.tense, reading.value, reference)
    title = clause_title(text, sentence, (timex.start, timex.end), persons)
    if not title.strip(" .…"):
        # Nothing but punctuation around the date: the sentence, else the date's own words.
        title = shorten(strip_marks(text[sentence[0] : sentence[1]])) or timex.text
    notes = list(reading.notes)
    words = sentence
    clause = next((c for c in clauses(text, sentence) if c[0] <= timex.start < c[1]), None)
    phrase = participle_phrase(text, clause, timex.start, article.language) if clause else None
    if phrase is not None:
        # « l’accord … signé avec X en 2012 »: the date is the accord's, not the sentence's.
        words = (phrase.determiner, timex.end)
        title = shorten(strip_marks(text[phrase.start : timex.start]).rstrip(" ,;:"))
        actor_keys = _actor_keys(mentions, *words)  # only those named in these words
        participle = text[phrase.participle[0] : phrase.participle[1]]
        notes.append(
            note(
                "participle",
                date=timex.text,
                participle=participle,
                phrase=strip_marks(text[phrase.start : phrase.participle[1]]),
            )
        )
    if reference is None:
        notes.append(note("publication_unknown"))
    notes.append(why)
    source = DraftSource(article.name, list(quotes), (timex.start, timex.end, timex.text))
    return DraftEvent(
        title,
        reading.value,
        status,
        list(actor_keys),
        [source],
        notes,
        keywords(undated[words[0] : words[1]]),
        timex.start,
    )


def _clause_tense(text: str, sentence: tuple[int, int], timex: Mention, language: str) -> int:
    """The tense of the clause holding the date, which beats the sentence's: in "signé en
    2012, il ne devrait pas…" the conditional is not about 2012."""
    for start, end in clauses(text, sentence):
        if start <= timex.start < end:
            return clause_tense(text[start:end], timex.start - start, language)
    return 0


def _status(
    timex: Mention, tense: int, value: str | None, reference: Reference | None
) -> tuple[str, Note]:
    """The event's status and the note saying why."""
    cue = " ".join(fold(timex.cue).split())
    if timex.modifier == "not_after" and any(cue.startswith(c) for c in _DEADLINE_CUES):
        return "deadline", note("status_deadline", cue=timex.cue.strip())
    if reference is not None and value is not None and _ends_before(value, reference):
        return "occurred", note("status_occurred_before")
    if tense == FUTURE:
        return "planned", note("status_planned_future")
    if value is not None and reference is not None:
        try:
            parsed = parse_date(value)
        except ValueError:
            return "occurred", note("status_occurred_default")
        if parsed.start is not None and parsed.earliest // 86400 > reference.last:
            return "planned", note("status_planned_after")
    return "occurred", note("status_occurred_tense")


def _ends_before(value: str, reference: Reference) -> bool:
    try:
        parsed = parse_date(value)
    except ValueError:
        return False
    return not parsed.open_end and parsed.latest // 86400 <= reference.first


def _undated_event(
    article: Article,
    quoted: list[tuple[Quotation, DraftQuote]],
    sentence: tuple[int, int],
    actor_keys: list[str],
    mentions: list[ActorMention],
) -> DraftEvent:
    quotation = quoted[0][0]
    title = _statement_title(quoted[0][1], mentions, article.language)
    notes = [note("undated_statement")]
    source = DraftSource(article.name, [quote for _, quote in quoted], None)
    return DraftEvent(
        title,
        None,
        "occurred",
        list(actor_keys),
        [source],
        notes,
        keywords(" ".join(q.text for q, _ in quoted)),
        quotation.start,
    )


def shared_words(first: DraftEvent, second: DraftEvent, most: int, texts: list[str]) -> str:
    """The content words two events share, as ``texts`` (their articles) write them
    ("communiqué", "matériel"): keywords are folded for matching, a note shows the words."""
    shared = sorted(first.keywords & second.keywords)[:most]
    written: dict[str, str] = {}
    wanted = set(shared)
    for text in texts:
        for match in re.finditer(r"\w{5,}", text):
            folded = fold(match.group())
            if folded in wanted and folded not in written:
                written[folded] = match.group()
                if len(written) == len(wanted):
                    break
    return ", ".join(written.get(word, word) for word in shared)


def _merge_same_day(events: list[DraftEvent], text: str) -> list[DraftEvent]:
    """Within one article, a later mention of the same day about the same thing ("l'accord du
    19 mai" after "le 19 mai 2024") joins the first event as another source.

    "The same thing" is a word both passages use that is neither a date nor a name: two facts
    of one day and one place ("AEMET issued a red warning on October 29" and "Valencia sent
    its alert too late on 29 October", both in Spain) stay two drafts, the later one saying
    which event shares its day, for the reviewer to join if they are one fact."""
    names = _names(text)
    kept: list[DraftEvent] = []
    for event in events:
        check_cancel()
        same_day = [
            other
            for other in kept
            if event.date is not None and other.date == event.date and _precise_to_day(event.date)
        ]
        twin = next(
            (other for other in same_day if (other.keywords & event.keywords) - names), None
        )
        phrase = event.sources[0].date_phrase
        if twin is None:
            if same_day:
                event.notes.append(
                    note(
                        "same_day_not_joined",
                        phrase=phrase[2] if phrase else "",
                        other=same_day[0].title,
                    )
                )
            kept.append(event)
            continue
        shared = shared_words(twin, event, 4, [text])
        twin.notes.append(
            note("same_day_joined", phrase=phrase[2] if phrase else "", shared=shared)
        )
        known = {(q.start, q.end) for s in twin.sources for q in s.quotes}
        for quote in event.sources[0].quotes:
            if (quote.start, quote.end) not in known:
                twin.sources[0].quotes.append(quote)
        for key in event.actors:
            if key not in twin.actors:
                twin.actors.append(key)
    return kept


def _names(text: str) -> frozenset[str]:
    """The words (folded, as :func:`keywords` has them) that ``text`` writes with a capital
    only: names of places, persons and bodies, which two different facts share as easily as
    a date."""
    capital: set[str] = set()
    lower: set[str] = set()
    for match in re.finditer(r"[^\W\d_]{5,}", text):
        word = match.group()
        (capital if word[0].isupper() else lower).add(fold(word))
    return frozenset(capital - lower)


def _precise_to_day(value: str) -> bool:
    return re.fullmatch(r"-?\d{4}-\d{2}-\d{2}", value) is not None
