"""Write the hand-made bad files of this folder (run once; the files are committed).

Each file is the small valid file of ``tests/model/event_files.py`` with one thing broken,
as an attacker or a clumsy user would break it. ``expected.json`` says, for each file, the
located errors it must get: JSON path, a fragment of the message, and whether a line is
known. Cases that cannot live in git (a FIFO, a device, a file named with markup) are made
by the tests themselves.

    python tests/data/bad/make_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.model.event_files import TEXT, minimal, to_bytes  # noqa: E402

Expect = dict[str, Any]


def err(path: str, message: str, *, line: bool = True) -> Expect:
    return {"path": path, "message": message, "line": line}


def with_quote(field: str, value: object) -> dict[str, Any]:
    data = minimal()
    data["events"][0]["sources"][0]["quotes"][0][field] = value
    return data


def main() -> None:
    cases: dict[str, tuple[bytes, list[Expect]]] = {}
    quote = "events[0].sources[0].quotes[0]"

    data = minimal()
    data["events"][0]["a[b]"] = 1
    cases["key-with-bracket"] = (to_bytes(data), [err('events[0]["a[b]"]', "unknown field")])
    # QA #42: keys that would read as nesting, or as nothing, are quoted and located.
    data = minimal()
    data["events"][0]["a.b"] = 1
    data["events"][0][""] = 2
    data["events"][0]["c d"] = 3
    cases["key-with-dot-or-empty"] = (
        to_bytes(data),
        [
            err('events[0]["a.b"]', "unknown field"),
            err('events[0][""]', "unknown field"),
            err('events[0]["c d"]', "unknown field"),
        ],
    )

    cases["offset-2-63"] = (
        to_bytes(with_quote("start", 2**63)),
        [err(f"{quote}.start", "expected a number at most 2147483647, found the number")],
    )
    cases["offset-2-31"] = (
        to_bytes(with_quote("end", 2**31 + 5)),
        [err(f"{quote}.end", "expected a number at most 2147483647, found the number")],
    )
    data = minimal()
    data["events"][0]["sources"][0]["date_phrase"]["start"] = 2**64 + 1
    cases["date-phrase-offset-2-64"] = (
        to_bytes(data),
        [
            err(
                "events[0].sources[0].date_phrase.start",
                "expected a number at most 2147483647, found the number",
            )
        ],
    )
    cases["offset-as-string"] = (
        to_bytes(with_quote("start", "31")),
        [err(f"{quote}.start", "expected a whole number, found the text '31'")],
    )
    cases["offset-as-true"] = (
        to_bytes(with_quote("end", True)),
        [err(f"{quote}.end", "expected a whole number, found true")],
    )

    data = minimal()
    data["events"][0]["note"] = "PLACEHOLDER"
    text = json.dumps(data, indent=2).replace('"PLACEHOLDER"', "[" * 5000 + "]" * 5000)
    cases["deep-nesting"] = (text.encode(), [err("", "nested")])

    data = minimal()
    del data["documents"][0]["text"]
    del data["documents"][0]["sha256"]
    data["documents"][0]["path"] = "article\u0000.txt"
    cases["nul-in-document-path"] = (
        to_bytes(data),
        [err("documents[0].path", "NUL", line=False)],
    )

    # The clamped slice text[57:200] is the quote: the fast path once accepted it.
    data = minimal()
    data["events"][1]["sources"][0]["quotes"][0]["end"] = 200
    data["events"][1]["sources"][0]["quotes"][0]["text"] = TEXT[57:]
    cases["quote-end-past-document-end"] = (
        to_bytes(data),
        [err("events[1].sources[0].quotes[0]", "the document's length")],
    )

    data = minimal()
    data["events"][0]["date"] = " 2024-05-19"
    cases["date-leading-space"] = (
        to_bytes(data),
        [err("events[0].date", "without surrounding spaces")],
    )

    raw = to_bytes(minimal())
    end = raw.rindex(b"}")
    cases["duplicate-events-key"] = (
        raw[:end].rstrip() + b',\n  "events": []\n}\n',
        [err("events", "found 'events' again")],
    )

    # One header error and two real event errors: all three at once, no "unknown id".
    data = minimal()
    del data["title"]
    data["events"][1]["actors"] = ["nobody"]
    del data["events"][2]["title"]
    cases["cascade-missing-title"] = (
        to_bytes(data),
        [
            err("title", "expected this required field, found nothing"),
            err("events[1].actors[0].actor", "unknown id 'nobody'", line=False),
            err("events[2].title", "expected this required field, found nothing"),
        ],
    )

    # A header number Python reads but msgspec cannot (out of range): the header's ids still
    # count, so its one error brings no "unknown id" for the references (QA #28).
    data = minimal()
    data["events"][1]["actors"] = ["nobody"]
    cases["cascade-version-1e400"] = (
        to_bytes(data).replace(b'"version": 1,', b'"version": 1e400,', 1),
        [
            err("version", "expected 1, found an infinite number"),
            err("events[1].actors[0].actor", "unknown id 'nobody'", line=False),
        ],
    )

    # The format's version is a whole number, as strict as the offsets (QA #29).
    for name, written, found in (("true", b"true", "true"), ("1.0", b"1.0", "the number 1.0")):
        cases[f"version-{name}"] = (
            to_bytes(minimal()).replace(b'"version": 1,', b'"version": ' + written + b",", 1),
            [err("version", f"expected 1, found {found}")],
        )

    # QA #30: a lone surrogate escape in our words, and NaN located like any other value.
    data = minimal()
    data["events"][1]["title"] = "LONE"
    cases["lone-surrogate"] = (
        to_bytes(data).replace(b'"LONE"', b'"\\ud800 lone"', 1),
        [err("events[1].title", "expected text of whole characters")],
    )
    data = minimal()
    data["events"][0]["sources"][0]["credibility"] = 2
    cases["credibility-nan"] = (
        to_bytes(data).replace(b'"credibility": 2', b'"credibility": NaN', 1),
        [err("events[0].sources[0].credibility", "expected a whole number, found NaN")],
    )

    raw = to_bytes(minimal())
    cases["bad-utf8-header"] = (
        raw.replace(b'"Test"', b'"T\xe9st"', 1),
        [err("", "expected UTF-8 text, found byte 0xe9")],
    )
    at = raw.index(b'"Signature"') + 3
    cases["bad-utf8-event"] = (
        raw[:at] + b"\xff" + raw[at + 1 :],
        [err("", "expected UTF-8 text, found byte 0xff")],
    )
    cases["truncated"] = (raw[: len(raw) // 2], [err("", "")])

    data = minimal()
    data["events"][0]["\x1b]0;PWNED\x07"] = 1
    cases["terminal-escape-key"] = (
        to_bytes(data),
        [err("events[0].\\x1b]0;PWNED\\x07", "unknown field")],
    )

    data = minimal()
    data["events"][0]["sources"][0]["document"] = "elsewhere"
    data["events"][1]["id"] = "accord"
    cases["unknown-document-and-duplicate-id"] = (
        to_bytes(data),
        [
            err("events[0].sources[0].document", "unknown id 'elsewhere'", line=False),
            err("events[1].id", "duplicate event id 'accord'", line=False),
        ],
    )

    data = minimal()
    del data["documents"][0]["text"]
    del data["documents"][0]["sha256"]
    data["documents"][0]["path"] = "../../../etc/passwd"
    cases["document-path-outside-folder"] = (
        to_bytes(data),
        [err("documents[0].path", "leads outside", line=False)],
    )

    cases["not-an-object"] = (
        b"[1, 2, 3]\n",
        [err("", "expected an object, found a list [1, 2, 3]")],
    )
    cases["empty"] = (b"", [err("", "")])

    expected: dict[str, list[Expect]] = {}
    for name, (content, errors) in cases.items():
        (HERE / f"{name}.timeline.json").write_bytes(content)
        expected[f"{name}.timeline.json"] = errors
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=True, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
