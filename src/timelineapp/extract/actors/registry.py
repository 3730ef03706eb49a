"""The actors found so far in a text and their mentions, merged by key (one per actor)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..lexicon import fold
from .countries import cldr_states

Take = Callable[[int, int], None]
"""Marks a span of the text as taken by an actor mention."""
Free = Callable[[int, int], bool]
"""Whether a span of the text is free of earlier mentions."""


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


class Registry:
    """Actors being collected, and their mentions, merged by key."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.actors: dict[str, DraftActor] = {}
        self.mentions: list[ActorMention] = []

    def state(self, code: str) -> str:
        key = "state:" + code
        if key not in self.actors:
            states = cldr_states()
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


def clean_name(text: str) -> str:
    return " ".join(text.replace("\n", " ").split()).strip(" ,.;:")


def strip_article(text: str) -> str:
    return re.sub(r"^(?:les|le|la|l['’]|des|du|de\s+la|the)\s+", "", text, flags=re.IGNORECASE)
