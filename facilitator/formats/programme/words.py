"""The words programmes are written with, per language, loaded from data files.

Each UN language the importer reads has a TOML file in ``formats/languages/`` (English, French and
Spanish complete; months and weekdays of Arabic, Chinese and Russian in ``dates.toml``). Adding a
phrasing or a language is a change to data, not to code. The files are merged: a programme may mix
languages ("Panel 1 : Table ronde sur …"), and the phrases of different languages do not collide.

Phrases are matched at the *start* of a text, as whole words, case-insensitively: a segment's kind
comes from its leading words, never from a word somewhere in the line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True, slots=True)
class Phrases:
    """A set of phrases, matched at the start of a text as whole words."""

    pattern: re.Pattern[str]

    @classmethod
    def of(cls, phrases: list[str]) -> Phrases:
        ordered = sorted({p.casefold() for p in phrases if p}, key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or r"(?!x)x"
        return cls(re.compile(rf"^(?:{body})(?![^\W_])\.?", re.I))

    def lead(self, text: str) -> str | None:
        """The phrase ``text`` begins with, or None."""
        match = self.pattern.match(text.replace("’", "'"))
        return match.group(0) if match else None

    def rest(self, text: str) -> str | None:
        """What follows the leading phrase (None when ``text`` does not begin with one)."""
        match = self.pattern.match(text.replace("’", "'"))
        return text[match.end() :].lstrip(" :.,-–—\t") if match else None


@dataclass(frozen=True, slots=True)
class Words:
    """Every language's words, merged, ready to match."""

    months: dict[str, int]
    weekdays: frozenset[str]
    range_words: tuple[str, ...]
    hour_words: tuple[str, ...]
    day_words: Phrases
    day_ordinals: dict[str, int]
    kinds: dict[str, Phrases]
    followed_by: Phrases
    breaks: Phrases
    qa_words: frozenset[str]
    future: Phrases
    honorifics: Phrases
    speakers: Phrases
    moderator: Phrases
    question_labels: Phrases
    markers: Phrases
    sittings: Phrases
    title_words: re.Pattern[str]
    venue_words: re.Pattern[str]
    venue_labels: Phrases
    hybrid: re.Pattern[str]
    online: re.Pattern[str]
    in_person: re.Pattern[str]
    date_labels: Phrases
    time_labels: Phrases
    email_headers: Phrases
    signature: Phrases
    notes: Phrases


def _load(name: str) -> dict[str, Any]:
    data = (
        resources.files("facilitator.formats.programme")
        .joinpath("languages", name)
        .read_text("utf-8")
    )
    return tomllib.loads(data)


def _anywhere(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.casefold() for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.I)


@cache
def words() -> Words:
    """The merged vocabulary of every language file (read once)."""
    files = [_load(f"{code}.toml") for code in LANGUAGES]
    extra = _load("dates.toml")
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for data in [*files, *extra.values()]:
        for number, names in enumerate(data["months"], 1):
            for name in names:
                months[name.casefold()] = number
        weekdays.update(day.casefold() for day in data["weekdays"])

    def merged(section: str, key: str) -> list[str]:
        return [p for data in files for p in (data[section][key] if section else data[key])]

    ordinals: dict[str, int] = {}
    for data in files:
        for index, phrase in enumerate(data["day_ordinals"]):
            ordinals[phrase.casefold()] = index % 3 + 1 if data["language"] != "en" else index + 1
    kinds = {
        kind: Phrases.of(merged("kinds", kind))
        for kind in (
            "panel",
            "qa",
            "standing_item",
            "remarks",
            "briefing",
            "interventions",
            "discussion",
        )
    }
    return Words(
        months=months,
        weekdays=frozenset(weekdays),
        range_words=tuple(sorted(set(merged("", "range_words")), key=len, reverse=True)),
        hour_words=tuple(sorted(set(merged("", "hour_words")), key=len, reverse=True)),
        day_words=Phrases.of(merged("", "day_words")),
        day_ordinals=ordinals,
        kinds=kinds,
        followed_by=Phrases.of(merged("kinds", "followed_by")),
        breaks=Phrases.of(merged("kinds", "breaks")),
        qa_words=frozenset(w.casefold() for w in merged("kinds", "qa_words")),
        future=Phrases.of(merged("kinds", "future")),
        honorifics=Phrases.of(merged("people", "honorifics")),
        speakers=Phrases.of(merged("people", "speakers")),
        moderator=Phrases.of(merged("people", "moderator")),
        question_labels=Phrases.of(merged("questions", "labels")),
        markers=Phrases.of(merged("header", "markers")),
        sittings=Phrases.of(merged("header", "sittings")),
        title_words=_anywhere(merged("header", "title_words")),
        venue_words=_anywhere(merged("header", "venue_words")),
        venue_labels=Phrases.of(merged("header", "venue_labels")),
        hybrid=_anywhere(merged("header", "hybrid")),
        online=_anywhere(merged("header", "online")),
        in_person=_anywhere(merged("header", "in_person")),
        date_labels=Phrases.of(merged("header", "date_labels")),
        time_labels=Phrases.of(merged("header", "time_labels")),
        email_headers=Phrases.of(merged("header", "email_headers")),
        signature=Phrases.of(merged("header", "signature")),
        notes=Phrases.of(merged("header", "notes")),
    )
