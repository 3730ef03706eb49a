"""Small event files for tests, built as Python dicts and serialised to bytes."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

TEXT = "Le 19 mai 2024, Niamey et Washington ont signé l’accord. Vendredi, 269 soldats sont partis."


def minimal() -> dict[str, Any]:
    """A valid file: one inline document, two actors, three events (one undated)."""
    return copy.deepcopy(
        {
            "format": "timelineapp/events",
            "version": 1,
            "title": "Test",
            "language": "fr",
            "documents": [
                {
                    "id": "doc",
                    "title": "Article",
                    "published": "2024-06",
                    "text": TEXT,
                    "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
                }
            ],
            "actors": [
                {"id": "niger", "name": "Niger", "kind": "state", "aliases": ["Niamey"]},
                {"id": "armee", "name": "Armée", "kind": "military", "parent": "niger"},
            ],
            "events": [
                {
                    "id": "accord",
                    "title": "Signature",
                    "date": "2024-05-19",
                    "actors": ["niger", {"actor": "armee", "role": "signataire"}],
                    "sources": [
                        {
                            "document": "doc",
                            "quotes": [
                                {
                                    "start": 0,
                                    "end": 56,
                                    "text": TEXT[0:56],
                                    "attributed_to": "article",
                                }
                            ],
                            "date_phrase": {"start": 0, "end": 14, "text": TEXT[0:14]},
                        }
                    ],
                },
                {
                    "id": "depart",
                    "title": "Départ",
                    "date": "2024-06?",
                    "sources": [
                        {
                            "document": "doc",
                            "quotes": [{"start": 57, "end": 90, "text": TEXT[57:90]}],
                        }
                    ],
                },
                {
                    "id": "sans-date",
                    "title": "Sans date",
                    "sources": [
                        {
                            "document": "doc",
                            "quotes": [{"start": 67, "end": 78, "text": TEXT[67:78]}],
                        }
                    ],
                },
            ],
        }
    )


def to_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
