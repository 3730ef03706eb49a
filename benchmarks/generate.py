"""Seeded generator of realistic synthetic event files for the benchmarks.

``generate(n, seed, folder)`` writes ``<folder>/synthetic-<n>.timeline.json`` and its document
texts in ``<folder>/synthetic-<n>-documents/`` (``path`` documents with their SHA-256), and
returns the event file's path. The same ``n`` and ``seed`` always give the same bytes.

What the files contain, so that every code path of the app is exercised:

* about 500 actors in a three-level hierarchy (states, their organisations, people);
* dates of every supported shape: year, month, day, minute and second precision, about 30 %
  intervals (some open-ended), ``[..A]``/``[A..]`` bounds, ``?``/``~``/``%`` qualifiers, time
  zones, a few BCE years and a few undated events; most events fall in recent decades, with
  a few dense "crisis" periods, like a real chronology;
* titles of 20 to 80 characters and occasional summaries, from a Zipf-distributed vocabulary
  (so a text search hits a realistic share of events);
* 1 to 3 verbatim quotes per event (sometimes split over two documents, sometimes with a date
  phrase), whose offsets match the generated documents: the files pass validation.

It is built for speed (1M events in well under a minute): random draws are made in bulk with
numpy, and JSON is written by string building. Every generated string is drawn from an
alphabet that needs no JSON escaping, which :func:`_check_json_safe` enforces.

Command line: ``python benchmarks/generate.py 100000 -o benchmarks/out/ [--seed 0]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

GENERATOR_VERSION = 3  # 3: documents in paragraphs
DEFAULT_SEED = 0
DEFAULT_FOLDER = Path(__file__).resolve().parent / "out"

ACTOR_COUNT = 500
_STATES = 12
_ORGANISATIONS = 60
_MAX_DOCUMENTS = 300
_EVENTS_PER_DOCUMENT = 3300
_CHUNK = 20_000  # events joined into one string before writing
_QUOTES_PER_PARAGRAPH = 8  # a paragraph break after every eighth quote (all documents together)

# Share of events by date shape (cumulative thresholds on one uniform draw).
_P_UNDATED = 0.01
_P_BOUND = 0.02  # [..A] or [A..]
_P_OPEN = 0.03  # A/.. or ../B
_P_INTERVAL = 0.27  # A/B; with _P_OPEN: 30 % intervals
# Qualifiers on a written point.
_P_UNCERTAIN = 0.04
_P_APPROXIMATE = 0.04
_P_BOTH = 0.01

_COMMON_TEXT = """
accord armée attaque autorités base bilan cessez-le-feu chef commandement communiqué
conférence conseil convoi coopération crise décision déclaration délégation départ
élections embargo émissaires enquête envoyé état-major frontière gouvernement junte
manifestation médiation ministre mission négociations observateurs opération parlement
partenariat porte-parole président pourparlers premier protestations rapport réunion
retrait sanctions sécurité sommet soutien suspension témoins traité transition troupes
visite agreement army attack authorities ceasefire command statement conference council
convoy decision declaration delegation departure elections envoy inquiry border junta
protest mediation minister negotiations observers operation parliament partnership
spokesperson president talks report meeting withdrawal sanctions security summit support
transition troops visit capital airport garrison treaty ultimatum referendum coalition
le la les des du de un une et à au aux dans pour sur par avec sans contre selon après avant
entre vers the of and to in on for with by from after before against between during
a annoncé ont signé a rencontré ont quitté a confirmé a démenti a demandé ont rejoint
announced signed met left confirmed denied requested joined arrived resumed suspended
nouvelles anciennes américaines russes françaises nigériennes régionales internationales
new former American Russian French regional international military civilian diplomatic
"""
_COMMON_WORDS = _COMMON_TEXT.split()

_SYLLABLE_TEXT = (
    "ba be bi bo bu da de di do du ga go ka ke ki ko ku la le li lo lu ma me mi mo mu na ne "
    "ni no nu ra re ri ro ru sa se si so su ta te ti to tu za zo an en in on ou ar er ir or "
    "al el il ol am em im om ya yo wa we"
)
_SYLLABLES = _SYLLABLE_TEXT.split()
_ACCENTED = ("é", "è", "à", "ç", "ô", "ï")

_QUOTE_LEADS = (
    "Selon le communiqué, « ",
    "Le porte-parole a déclaré : « ",
    "D’après nos informations, « ",
    "According to the statement, “",
    "The spokesperson said: “",
    "« ",
)
_QUOTE_ENDS = {"« ": " ». ", "“": "”. "}
_FILLER_RATE = 0.25
_ATTRIBUTION_PHRASES = ("communiqué conjoint", "article", "source diplomatique")
_ROLES = ("signatory", "speaker", "target", "host", "witness")
_TAGS = ("diplomatie", "sécurité", "économie", "élections", "justice", "humanitaire", "energy")
_PLACES = ("Niamey", "Agadez", "Washington", "Paris", "Moscou", "Bamako", "Dakar", "Genève")
_ZONES = ("Z", "+01:00", "+02:00", "-05:00", "+0530", "+03")
_PUBLISHERS = ("Agence Sahel Presse", "Le Quotidien", "World Wire", "Radio Continentale")

# Eras as (weight, first year, last year); a share of modern events falls in hot windows.
# BCE events are placed separately (_BCE_SHARE, at least _MIN_BCE) so that small files have some.
_ERAS = ((0.0, -2999, 0), (0.017, 1, 1499), (0.05, 1500, 1899), (0.18, 1900, 1999))
_BCE_SHARE = 0.003
_MIN_BCE = 3
_MODERN = (2000, 2024)
_HOT_WINDOWS = 12
_HOT_SHARE = 0.25


@dataclass
class _Draws:
    """Bulk random draws per event, as Python lists for fast indexing in the loop."""

    shape: list[float]
    era: list[float]
    when: list[float]
    hot: list[int]
    precision: list[float]
    qualifier: list[float]
    qualifier2: list[float]
    zone: list[int]
    clock: list[int]
    duration: list[float]
    title_pos: list[int]
    title_len: list[int]
    summary: list[float]
    actor_count: list[int]
    quote_count: list[int]
    doc: list[int]
    misc: list[float]


def _vocabulary(rng: np.random.Generator) -> list[str]:
    """Real words plus pseudo-words (some accented), about 3,000 in all."""
    words = list(dict.fromkeys(_COMMON_WORDS))
    seen = set(words)
    syllables = np.array(_SYLLABLES)
    while len(words) < 3000:
        count = int(rng.integers(2, 5))
        word = "".join(syllables[rng.integers(0, len(syllables), count)].tolist())
        if rng.random() < 0.15:
            at = int(rng.integers(1, len(word)))
            word = word[:at] + _ACCENTED[int(rng.integers(0, len(_ACCENTED)))] + word[at:]
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def _word_stream(rng: np.random.Generator, vocabulary: list[str], words: int) -> str:
    """One long text of Zipf-distributed words, sliced for titles, quotes and summaries."""
    ranks = np.arange(len(vocabulary), dtype=np.float64)
    weights = 1.0 / (ranks + 8.0)
    picks = rng.choice(len(vocabulary), size=words, p=weights / weights.sum())
    # Real words are the frequent ones (in a seeded order), pseudo-words the long tail.
    real = len(set(_COMMON_WORDS))
    order = [*rng.permutation(real).tolist(), *range(real, len(vocabulary))]
    table = [vocabulary[i] for i in order]
    return " ".join([table[i] for i in picks.tolist()]) + " "


def _slice(stream: str, start: int, length: int) -> str:
    """At least ``length`` characters of ``stream`` from ``start``, cut at a word boundary."""
    begin = stream.rfind(" ", 0, start) + 1
    return stream[begin : stream.find(" ", begin + length)]


def _year_text(year: int) -> str:
    if year < 0:
        return f"-{-year:04d}"
    return f"{year:04d}"


def _qualifier(u: float) -> str:
    if u < _P_UNCERTAIN:
        return "?"
    if u < _P_UNCERTAIN + _P_APPROXIMATE:
        return "~"
    if u < _P_UNCERTAIN + _P_APPROXIMATE + _P_BOTH:
        return "%"
    return ""


class _Dates:
    """Date expressions from uniform draws; one instance per generated file."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.modern0 = date(_MODERN[0], 1, 1).toordinal()
        self.modern1 = date(_MODERN[1], 12, 31).toordinal()
        span = self.modern1 - self.modern0
        self.hot_starts = (self.modern0 + rng.integers(0, span - 90, _HOT_WINDOWS)).tolist()
        self.max_ordinal = date(9999, 12, 1).toordinal()

    def start(self, era_u: float, when_u: float, hot: int) -> tuple[int | None, int]:
        """(ordinal, year) of a start point; ordinal is None for BCE years."""
        acc = 0.0
        for weight, first, last in _ERAS:
            acc += weight
            if era_u < acc:
                if last <= 0:
                    return None, first + int(when_u * (last - first + 1))
                o0, o1 = date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()
                ordinal = o0 + int(when_u * (o1 - o0))
                return ordinal, date.fromordinal(ordinal).year
        if hot >= 0:
            ordinal = self.hot_starts[hot % _HOT_WINDOWS] + int(when_u * 90)
        else:
            ordinal = self.modern0 + int(when_u * (self.modern1 - self.modern0))
        return ordinal, date.fromordinal(ordinal).year

    @staticmethod
    def precision(prec_u: float, year: int) -> int:
        """1 year, 2 month, 3 day, 4 minute, 5 second; old dates are coarser."""
        if year <= 0:
            return 1 if prec_u < 0.8 else 2
        if year < 1500:
            return 1 if prec_u < 0.7 else (2 if prec_u < 0.9 else 3)
        if prec_u < 0.10:
            return 1
        if prec_u < 0.30:
            return 2
        if prec_u < 0.80:
            return 3
        return 4 if prec_u < 0.97 else 5

    @staticmethod
    def point(ordinal: int | None, year: int, precision: int, clock: int, zone: str) -> str:
        if ordinal is None:  # BCE: year or month precision only
            text = _year_text(year)
            return text if precision == 1 else f"{text}-{1 + clock % 12:02d}"
        iso = date.fromordinal(ordinal).isoformat()
        if precision == 1:
            return iso[:4]
        if precision == 2:
            return iso[:7]
        if precision == 3:
            return iso
        minutes = clock % 1440
        text = f"{iso}T{minutes // 60:02d}:{minutes % 60:02d}"
        if precision == 5:
            text += f":{clock % 60:02d}"
        return text + zone

    def interval_end(
        self, ordinal: int | None, year: int, precision: int, duration: float, clock: int
    ) -> str:
        """The end of an interval starting at the given point, never before it."""
        if ordinal is None:
            end_year = min(0, year + int(duration / 365) + 1)
            return _year_text(end_year) if precision == 1 else f"{_year_text(end_year)}-12"
        if precision == 1:
            return _year_text(min(9999, year + max(1, int(duration / 365))))
        if precision == 2:
            start = date.fromordinal(ordinal)
            months = start.year * 12 + start.month - 1 + max(1, int(duration / 30))
            return f"{min(9999, months // 12):04d}-{months % 12 + 1:02d}"
        if precision == 3:
            end = min(self.max_ordinal, ordinal + max(1, int(duration)))
            return date.fromordinal(end).isoformat()
        minutes = clock % 1440
        start_dt = datetime.fromordinal(ordinal) + timedelta(minutes=minutes)
        end_dt = start_dt + timedelta(minutes=10 + int(duration * 7) % 600)
        return end_dt.strftime("%Y-%m-%dT%H:%M")


def _draws(rng: np.random.Generator, n: int, stream_len: int, documents: int) -> _Draws:
    era = rng.random(n)
    bce = rng.choice(n, size=min(n, max(_MIN_BCE, round(n * _BCE_SHARE))), replace=False)
    era[bce] = -1.0  # below every era's threshold: the first era, BCE
    hot = np.where(rng.random(n) < _HOT_SHARE, rng.integers(0, _HOT_WINDOWS, n), -1)
    # Interval lengths: log-normal around a month, from a day to decades.
    duration = np.clip(np.exp(rng.normal(np.log(30.0), 1.8, n)), 1.0, 30_000.0)
    return _Draws(
        shape=rng.random(n).tolist(),
        era=era.tolist(),
        when=rng.random(n).tolist(),
        hot=hot.tolist(),
        precision=rng.random(n).tolist(),
        qualifier=rng.random(n).tolist(),
        qualifier2=rng.random(n).tolist(),
        zone=rng.integers(-len(_ZONES), len(_ZONES), n).tolist(),
        clock=rng.integers(0, 86_400, n).tolist(),
        duration=duration.tolist(),
        title_pos=rng.integers(1, stream_len - 2_000, n).tolist(),
        title_len=rng.integers(20, 66, n).tolist(),
        summary=rng.random(n).tolist(),
        actor_count=rng.choice(4, size=n, p=[0.05, 0.45, 0.35, 0.15]).tolist(),
        quote_count=rng.choice([1, 2, 3], size=n, p=[0.5, 0.35, 0.15]).tolist(),
        doc=rng.integers(0, documents, n).tolist(),
        misc=rng.random(n).tolist(),
    )


def _date_text(d: _Draws, i: int, dates: _Dates) -> str | None:
    shape = d.shape[i]
    if shape < _P_UNDATED:
        return None
    ordinal, year = dates.start(d.era[i], d.when[i], d.hot[i])
    precision = dates.precision(d.precision[i], year)
    zone_pick = d.zone[i]
    zone = _ZONES[zone_pick] if zone_pick >= 0 else ""
    clock = d.clock[i]
    if shape < _P_UNDATED + _P_BOUND + _P_OPEN + _P_INTERVAL:
        # Intervals stay at day precision or coarser, except a few times of day.
        is_time = precision >= 4 and d.misc[i] < 0.3
        precision = 4 if is_time else min(precision, 3)
    start = dates.point(ordinal, year, precision, clock, "" if precision < 4 else zone)
    start += _qualifier(d.qualifier[i])
    if shape < _P_UNDATED + _P_BOUND:
        return f"[..{start}]" if d.misc[i] < 0.5 else f"[{start}..]"
    if shape < _P_UNDATED + _P_BOUND + _P_OPEN:
        return f"{start}/.." if d.misc[i] < 0.6 else f"../{start}"
    if shape < _P_UNDATED + _P_BOUND + _P_OPEN + _P_INTERVAL:
        end = dates.interval_end(ordinal, year, precision, d.duration[i], clock)
        if precision == 4:
            end += zone  # the same zone on both ends, so the end never precedes the start
        return f"{start}/{end}{_qualifier(d.qualifier2[i])}"
    return start


def _actors(rng: np.random.Generator, vocabulary: list[str]) -> list[dict[str, object]]:
    """States, then organisations under them, then people under organisations or states."""

    def name(parts: int) -> str:
        picked = rng.integers(0, len(vocabulary), parts).tolist()
        return " ".join(vocabulary[p].capitalize() for p in picked)

    actors: list[dict[str, object]] = []
    kinds = ("organization", "military", "group")
    for i in range(ACTOR_COUNT):
        actor: dict[str, object] = {"id": f"act-{i:03d}"}
        if i < _STATES:
            actor |= {"name": f"République {name(1)}", "kind": "state"}
            actor["aliases"] = [name(1)]
        elif i < _STATES + _ORGANISATIONS:
            kind = kinds[i % len(kinds)]
            actor |= {"name": f"{name(1)} {name(2)}", "kind": kind}
            actor["parent"] = f"act-{int(rng.integers(0, _STATES)):03d}"
        else:
            actor |= {"name": name(2), "kind": "person"}
            upper = _STATES + _ORGANISATIONS
            actor["parent"] = f"act-{int(rng.integers(0, upper)):03d}"
            if rng.random() < 0.3:
                actor["description"] = f"{name(1)} of {name(1)}"
        actors.append(actor)
    return actors


def _check_json_safe(text: str) -> None:
    """Strings are written into JSON without escaping; make sure none is needed."""
    if json.dumps(text, ensure_ascii=False) != f'"{text}"':
        raise ValueError(f"generated text would need JSON escaping: {text!r}")


def output_path(n: int, folder: str | Path) -> Path:
    """Where :func:`generate` writes the event file for ``n`` events."""
    return Path(folder) / f"synthetic-{n}.timeline.json"


def manifest_path(n: int, folder: str | Path) -> Path:
    """A small JSON written last: its presence means the files are complete."""
    return Path(folder) / f"synthetic-{n}.manifest.json"


def is_current(n: int, seed: int, folder: str | Path) -> bool:
    """Whether generated files for ``n`` and ``seed`` exist, complete and up to date."""
    try:
        manifest = json.loads(manifest_path(n, folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("version") != GENERATOR_VERSION or manifest.get("seed") != seed:
        return False
    if manifest.get("n") != n or not output_path(n, folder).is_file():
        return False
    base = Path(folder)
    return all((base / p).is_file() for p in manifest.get("documents", []))


def generate(n: int, seed: int = DEFAULT_SEED, folder: str | Path = DEFAULT_FOLDER) -> Path:
    """Write a synthetic event file of ``n`` events and its documents; return its path."""
    if n < 1:
        raise ValueError(f"expected at least one event, found n={n}")
    folder = Path(folder)
    doc_folder_name = f"synthetic-{n}-documents"
    (folder / doc_folder_name).mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng([seed, n])
    vocabulary = _vocabulary(np.random.default_rng(seed))
    for word in vocabulary:
        _check_json_safe(word)
    stream = _word_stream(rng, vocabulary, max(200_000, min(4_000_000, n * 4)))
    documents = max(2, min(_MAX_DOCUMENTS, n // _EVENTS_PER_DOCUMENT))
    actors = _actors(rng, vocabulary)
    draws = _draws(rng, n, len(stream), documents)
    dates = _Dates(rng)

    # Per document: the text parts and its running length in code points (quote offsets).
    parts: list[list[str]] = [[] for _ in range(documents)]
    lengths = [0] * documents
    for k in range(documents):
        intro = f"Document {k + 1}. " + _slice(stream, int(rng.integers(1, 10_000)), 200) + ". "
        parts[k].append(intro)
        lengths[k] = len(intro)
    # Secondary draws used inside the loop, made in bulk.
    total_quotes = sum(draws.quote_count)
    q_pos = rng.integers(1, len(stream) - 2_000, total_quotes).tolist()
    q_len = rng.integers(30, 107, total_quotes).tolist()
    q_u = rng.random(total_quotes).tolist()
    q_doc = rng.integers(0, documents, total_quotes).tolist()
    actor_u = rng.random((n, 3)) ** 2.2  # popular actors are quoted far more often
    actor_pick = (actor_u * ACTOR_COUNT).astype(np.int64).tolist()
    filler_u = rng.random(total_quotes).tolist()

    chunks: list[str] = []
    chunk: list[str] = []
    q = 0
    for i in range(n):
        event = [f'{{"id":"ev{i:07d}","title":"']
        title = _slice(stream, draws.title_pos[i], draws.title_len[i])
        event.append(title[0].upper() + title[1:])
        event.append('"')
        date_text = _date_text(draws, i, dates)
        if date_text is not None:
            event.append(f',"date":"{date_text}"')
        misc = draws.misc[i]
        if misc < 0.03:
            event.append(',"status":"planned"')
        elif misc > 0.99:
            event.append(',"status":"deadline"')
        names = list(dict.fromkeys(f"act-{a:03d}" for a in actor_pick[i][: draws.actor_count[i]]))
        if names:
            refs = [
                f'{{"actor":"{a}","role":"{_ROLES[j]}"}}' if misc * 7 % 1 < 0.15 else f'"{a}"'
                for j, a in enumerate(names)
            ]
            event.append(f',"actors":[{",".join(refs)}]')
        if 0.3 < misc < 0.45:
            event.append(f',"place":"{_PLACES[int(misc * 1000) % len(_PLACES)]}"')
        if draws.summary[i] < 0.15:
            summary = _slice(stream, draws.title_pos[i] + 500, 80 + int(draws.summary[i] * 800))
            event.append(f',"summary":"{summary}."')
        if 0.5 < misc < 0.7:
            event.append(f',"tags":["{_TAGS[int(misc * 100) % len(_TAGS)]}"]')
        if 0.8 < misc < 0.83:
            event.append(',"review":"verified"')
        elif 0.83 <= misc < 0.84:
            event.append(',"review":"disputed"')

        # Quotes: the first goes to the event's document; a later one may go to another.
        by_doc: dict[int, list[str]] = {}
        phrase: tuple[int, str] | None = None
        for j in range(draws.quote_count[i]):
            doc = draws.doc[i] if j == 0 or q_u[q] < 0.7 else q_doc[q]
            text_parts = parts[doc]
            if j == 0 and date_text is not None and q_u[q] > 0.9:
                lead_phrase = f"Le {date_text}, "
                phrase = (lengths[doc] + 3, date_text)
                text_parts.append(lead_phrase)
                lengths[doc] += len(lead_phrase)
            lead = _QUOTE_LEADS[int(q_u[q] * 1000) % len(_QUOTE_LEADS)]
            quote = _slice(stream, q_pos[q], q_len[q])
            start = lengths[doc] + len(lead)
            end = start + len(quote)
            closing = _QUOTE_ENDS["“" if lead.endswith("“") else "« "]
            text_parts.append(lead)
            text_parts.append(quote)
            text_parts.append(closing)
            lengths[doc] = end + len(closing)
            if filler_u[q] < _FILLER_RATE:
                filler = _slice(stream, q_pos[q] + 300, 60 + int(filler_u[q] * 400)) + ". "
                text_parts.append(filler)
                lengths[doc] += len(filler)
            if q % _QUOTES_PER_PARAGRAPH == _QUOTES_PER_PARAGRAPH - 1:
                # Articles come in paragraphs: one line of 700 kB is no document anyone reads,
                # and laying it out is a different (pathological) cost for a text view.
                text_parts.append("\n\n")
                lengths[doc] += 2
            attribution = ""
            if names and q_u[q] < 0.3:
                attribution = f',"attributed_to":"{names[0]}"'
            elif q_u[q] > 0.95:
                attribution = f',"attributed_to":"{_ATTRIBUTION_PHRASES[q % 3]}"'
            by_doc.setdefault(doc, []).append(
                f'{{"start":{start},"end":{end},"text":"{quote}"{attribution}}}'
            )
            q += 1
        sources = []
        for s, (doc, quotes) in enumerate(by_doc.items()):
            source = f'{{"document":"doc-{doc:03d}","quotes":[{",".join(quotes)}]'
            if s == 0 and phrase is not None:
                p_start, p_text = phrase
                source += (
                    f',"date_phrase":{{"start":{p_start},"end":{p_start + len(p_text)},'
                    f'"text":"{p_text}"}}'
                )
            sources.append(source + "}")
        event.append(f',"sources":[{",".join(sources)}]}}')
        chunk.append("".join(event))
        if len(chunk) >= _CHUNK:
            chunks.append(",\n    ".join(chunk))
            chunk = []
    if chunk:
        chunks.append(",\n    ".join(chunk))

    doc_entries = _write_documents(parts, folder, doc_folder_name, n, rng, dates)
    path = output_path(n, folder)
    tmp = path.with_name(path.name + ".tmp")
    header = {
        "format": "timelineapp/events",
        "version": 1,
        "title": f"Synthetic chronology, {n:,} events",
        "description": f"Generated by benchmarks/generate.py (seed {seed}) for benchmarks.",
        "language": "fr",
    }
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        for key, value in header.items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write('  "documents": [\n    ')
        out.write(",\n    ".join(json.dumps(d, ensure_ascii=False) for d in doc_entries))
        out.write('\n  ],\n  "actors": [\n    ')
        out.write(",\n    ".join(json.dumps(a, ensure_ascii=False) for a in actors))
        out.write('\n  ],\n  "events": [\n    ')
        out.write(",\n    ".join(chunks))
        out.write("\n  ]\n}\n")
    os.replace(tmp, path)
    manifest = {
        "version": GENERATOR_VERSION,
        "seed": seed,
        "n": n,
        "documents": [str(d["path"]) for d in doc_entries],
    }
    manifest_path(n, folder).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return path


def _write_documents(
    parts: list[list[str]],
    folder: Path,
    doc_folder_name: str,
    n: int,
    rng: np.random.Generator,
    dates: _Dates,
) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for k, text_parts in enumerate(parts):
        text = "".join(text_parts)
        data = text.encode("utf-8")
        name = f"doc-{k:03d}.txt"
        (folder / doc_folder_name / name).write_bytes(data)
        published = date.fromordinal(
            dates.modern0 + int(rng.integers(0, dates.modern1 - dates.modern0))
        )
        entries.append(
            {
                "id": f"doc-{k:03d}",
                "title": f"Revue de presse n° {k + 1} ({n:,} événements)",
                "publisher": _PUBLISHERS[k % len(_PUBLISHERS)],
                "published": published.isoformat()[: 10 if k % 3 else 7],
                "language": "fr",
                "url": f"https://example.org/press/{k + 1}",
                "path": f"{doc_folder_name}/{name}",
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="number of events, e.g. 100000")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_FOLDER, help="folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    path = generate(args.n, args.seed, args.output)
    size = path.stat().st_size / 1e6
    print(f"{path} ({size:.1f} MB) in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
