"""The Chatham House rule in free text: every known name and organization, however it is written.

An unattributed record names nobody. Speakers become their stakeholder category; what remains is
the free text (summaries, questions, titles), where the rapporteur wrote what was said, names
included. :class:`Redactor` removes from it every registered name and organization (and every
panellist's and moderator's), as people write them:

* the whole name, and each part of it (a hyphenated surname's halves too); a part shorter than
  three letters only after a title ("Mr. Li"), so that "He" or "Al" elsewhere stays;
* an organization whole, without its bracketed acronym, the acronym alone, and each distinctive
  word of its name (a capitalised word that is not a common word of organizations' names or of
  the meeting's subjects: "Sahel" of the "Sahel Rights Network", not "Network" or "Trafficking");
* in any case and with or without accents (matching is done on text case-folded and stripped of
  accents, NFKD, and the original span is replaced), with an Arabic conjunction or article
  attached (و, ف, ب, ل, ك, ال);
* e-mail addresses and @handles, whoever they belong to.

No redaction can know a name nobody registered ("Ms. Dupont of Amnesty International"), so
:func:`remaining_names` lists what still looks like a name or an organization in a text (a title
and the capitalised words after it, runs of capitalised words, e-mail addresses, handles), for the
rapporteur to look at before an unattributed record leaves the building.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

REDACTED = "[…]"  # a name or organization withheld (the Chatham House rule)

#: Titles before a name.
TITLES = (
    "Mr",
    "Ms",
    "Mrs",
    "Miss",
    "Dr",
    "Prof",
    "H.E",
    "HE",
    "Sir",
    "Madam",
    "Mme",
    "M",
    "Sr",
    "Sra",
    "Dña",
    "Don",
)
_TITLE_WORDS = frozenset(t.casefold() for t in TITLES) | {t.casefold() + "." for t in TITLES}

#: Words of organizations' names and of the meeting's subjects that say nothing of who spoke:
#: never redacted on their own (an organization's whole name still is).
_GENERIC_WORDS = """
a an and at by de del des du for from in la le les of on the to und with
academy action agency alliance association board bureau center centre chamber coalition
collective commission committee community company confederation conference congress council
department development division federation forum foundation fund group initiative institute
institution international league ministry mission movement national network office
organisation organization partnership platform programme program project secretariat service
services society union university watch working world global regional local general
human rights persons person people migrants migrant migration refugees refugee women men
children child youth victims victim survivors survivor trafficking smuggling crime crimes
criminal justice law legal police security safety health research studies study data
policy public private civil social economic united nations states state government
protection support assistance cooperation prevention against free freedom peace
europe european africa african asia asian america american arab latin pacific north south
east west central new
"""
GENERIC = frozenset(_GENERIC_WORDS.split())

_ARABIC_PREFIX = "(?:[وفبلك]?(?:ال)?)"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}(?![\w(])")  # "@SUM(A1)" is a formula, not a handle
_ACRONYM = re.compile(r"\(([^()]{2,15})\)")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded and stripped of accents (NFKD), and for each folded character the
    index of the original character it came from."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(piece):
                continue
            for folded in piece.casefold():
                out.append(folded)
                where.append(index)
    return "".join(out), where


def _folded(text: str) -> str:
    return fold(text)[0]


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


@dataclass(frozen=True)
class Known:
    """A person or an organization the record must not name."""

    name: str = ""
    organization: str = ""


class Redactor:
    """Removes known names and organizations from free text (see the module docstring)."""

    def __init__(self, known: Iterable[Known]) -> None:
        terms: set[str] = set()
        short: set[str] = set()
        for entry in known:
            self._add_name(entry.name, terms, short)
            self._add_organization(entry.organization, terms)
        alternatives = [
            (_ARABIC_PREFIX if _is_arabic(t) else "") + re.escape(t)
            for t in sorted(terms, key=len, reverse=True)
        ]
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)") if terms else None
        )
        titles = "|".join(re.escape(t.casefold()) for t in sorted(TITLES, key=len, reverse=True))
        self._short = (
            re.compile(
                rf"(?<!\w)(?:{titles})\.?\s+(?:"
                + "|".join(re.escape(s) for s in sorted(short, key=len, reverse=True))
                + r")(?!\w)"
            )
            if short
            else None
        )

    @staticmethod
    def _add_name(name: str, terms: set[str], short: set[str]) -> None:
        words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
        words = [w for w in words if w.casefold() not in _TITLE_WORDS]
        if not words:
            return
        terms.add(_folded(" ".join(words)))
        for word in words:
            for part in {word, *word.split("-")}:
                part = part.strip(".'’")
                if len(part) >= 3:
                    terms.add(_folded(part))
                elif part and part[0].isalpha():
                    short.add(_folded(part))

    @staticmethod
    def _add_organization(organization: str, terms: set[str]) -> None:
        organization = " ".join(organization.split())
        if not organization:
            return
        terms.add(_folded(organization))
        for acronym in _ACRONYM.findall(organization):
            terms.add(_folded(acronym.strip()))
        bare = " ".join(_ACRONYM.sub(" ", organization).split())
        if bare:
            terms.add(_folded(bare))
        for word in re.findall(r"\w[\w'’-]*", bare):
            if len(word) >= 4 and word[0].isupper() and word.casefold() not in GENERIC:
                terms.add(_folded(word))
            elif word.isupper() and len(word) >= 2 and word.isalpha():
                terms.add(_folded(word))  # an acronym in the name itself ("UNHCR")

    def text(self, value: str) -> str:
        """``value`` with every known name, organization, e-mail address and handle withheld."""
        if not value:
            return value
        value = _EMAIL.sub(REDACTED, value)
        value = _HANDLE.sub(REDACTED, value)
        folded, where = fold(value)
        spans: list[tuple[int, int]] = []
        for pattern in (self._short, self._pattern):
            if pattern is None:
                continue
            for match in pattern.finditer(folded):
                if match.end() > match.start():
                    spans.append((where[match.start()], where[match.end() - 1] + 1))
        if not spans:
            return value
        out, last = [], 0
        for start, end in sorted(spans):
            if start < last:
                if end > last:
                    last = end
                continue
            out += [value[last:start], REDACTED]
            last = end
        out.append(value[last:])
        return "".join(out)


# ----------------------------------------------------------------------------- what remains
_TITLED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(t) for t in TITLES)
    + r")\.?\s+[^\W\d_][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)
_CAPITALISED_RUN = re.compile(
    r"(?<![\w.])(?:[A-Z][\w'’-]+)(?:\s+(?:of|for|the|and|de|du)?\s*[A-Z][\w'’-]+)+"
)


def remaining_names(text: str) -> list[str]:
    """What still looks like a person or an organization in ``text``: a title and the words
    after it, runs of two or more capitalised words, e-mail addresses and @handles. In order of
    appearance, each once; a run that begins with a titled name is listed without it ("Ms.
    Dupont" and "Amnesty International", not "Dupont of Amnesty International")."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_EMAIL, _HANDLE, _TITLED, _CAPITALISED_RUN):
        for match in pattern.finditer(text):
            start, end = match.span()
            for first, last in taken:
                if first <= start < last:
                    start = last
            candidate = text[start:end].strip()
            candidate = re.sub(r"^(?:(?:of|for|the|and|de|du)\s+)+", "", candidate).strip()
            if pattern is _CAPITALISED_RUN:
                tokens = candidate.split()
                cut = next(
                    (i for i, t in enumerate(tokens) if t.casefold().rstrip(".") in _TITLE_WORDS),
                    len(tokens),
                )
                candidate = " ".join(tokens[:cut])  # a title begins another name
                if len(tokens[:cut]) < 2:
                    continue  # one capitalised word alone: a sentence's start, most often
            if not candidate or REDACTED in candidate or candidate in found:
                continue
            words = [w for w in candidate.split() if w.casefold().strip(".") not in GENERIC]
            if pattern is _CAPITALISED_RUN and not words:
                continue  # "United Nations", "Human Rights": the meeting's own vocabulary
            taken.append(match.span())
            found.append(candidate)
    return found


def remaining_names_in(texts: Iterable[str], vocabulary: Iterable[str] = ()) -> list[str]:
    """:func:`remaining_names` over ``texts``, less what the meeting's own ``vocabulary`` (its
    programme: titles, guiding questions) accounts for word by word ("Working Group", "Panel")."""
    known = {w for text in vocabulary for w in _folded(text).split()}
    found: list[str] = []
    for text in texts:
        for candidate in remaining_names(text):
            words = [w.strip(".,;:'’") for w in _folded(candidate).split()]
            if candidate not in found and not all(w in known or w in GENERIC for w in words):
                found.append(candidate)
    return found
