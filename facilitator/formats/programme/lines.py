"""What one line of a programme says: the number it is listed under, the people it names, and
the kind of segment it begins (from its structure and leading words, never from a word elsewhere
in it). Pure functions of a line, used by :mod:`programme_builder` and the table reader.
"""

from __future__ import annotations

import re

from facilitator.core.programme import Person, SegmentKind
from facilitator.formats.programme.words import words

# ----------------------------------------------------------------------------- small readers
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int | None:
    if not numeral or any(ch not in _ROMAN_VALUES for ch in numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if following > value else value
    return total


#: The words a typed item number may carry: "Item 3", "Agenda item 3", "Session 2", "Point 4".
_LABEL_WORDS = re.compile(
    r"^(?:agenda\s+)?(?:item|point|punto|tema|session|séance|sesión|part|partie|parte|module|"
    r"módulo)\b",
    re.I,
)


def label_value(label: str | None) -> tuple[str, int] | None:
    """A list number's style and value: "II." → ("roman", 2), "3)" → ("decimal", 3), "(b)" →
    ("letter", 2), "Item 4" → ("decimal", 4)."""
    if not label:
        return None
    core = _LABEL_WORDS.sub("", label)
    core = core.strip(" .:)(-–—")
    core = re.sub(r"^de\s+l.ordre\s+du\s+jour\s+", "", core, flags=re.I)
    if re.fullmatch(r"\d{1,2}\.\d", core):
        return "sub", int(core.split(".")[1])
    if core.isdigit():
        return "decimal", int(core)
    if re.fullmatch(r"[IVXLC]+", core):
        value = roman_value(core)
        return ("roman", value) if value else None
    if re.fullmatch(r"[a-z]", core):
        return "letter", ord(core) - 96
    if re.fullmatch(r"[A-Z]", core):
        return "upper", ord(core) - 64
    return None


def item_number(label: str | None) -> str | None:
    """An item's number as the outline shows it: "II." → "II", "Item 3:" → "3"."""
    if not label:
        return None
    core = _LABEL_WORDS.sub("", label)
    core = re.sub(r"^\s*de\s+l.ordre\s+du\s+jour\s+", "", core, flags=re.I)
    return core.strip(" .:)(-–—") or None


def strip_end(text: str) -> str:
    return text.strip().rstrip(".;:,").strip()


def is_person(text: str) -> bool:
    """A line that names a person: an honorific, then a capitalised name ("Ms. Jane Okafor",
    "H.E. Mr. …", "M. Dupont", "Sra. Ana López")."""
    match = words().honorifics.pattern.match(text)
    if not match:
        return False
    lead = match.group(0)
    rest = text[match.end() :]
    if not lead.endswith(".") and not rest[:1].isspace():
        return False
    rest = rest.lstrip(" .")
    return bool(rest[:1]) and rest[0].isupper()


_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|de|da|do|dos|del|della|van|von|der|bin|al|el|la|le)$"
)


def looks_like_name_line(text: str) -> bool:
    """A bullet that names a person without an honorific ("Jane Okafor, Director, UNODC"): two to
    four capitalised words, then a comma and who they are; never a line that starts an entry."""
    head, sep, rest = text.partition(",")
    names = head.split()
    if not sep or not rest.strip() or not 2 <= len(names) <= 4 or re.search(r"\d", head):
        return False
    if not names[0][:1].isupper() or not names[-1][:1].isupper():
        return False
    if kind_of(text) is not None or words().breaks.lead(text) or panel_of(text):
        return False
    if _looks_like_organization(head):  # "International Cooperation Unit, UNODC"
        return False
    return all(_NAME_WORD.match(word) for word in names)


_PERSON_SPLIT = re.compile(r"\s*;\s*|\s+\|\s+")


def people(text: str) -> list[Person]:
    """The people a line names: "Mr. B (NGO), Ms. C (Academia)" → two; "Ms. A, Director, UNODC"
    → one, with a role and an organization."""
    out: list[Person] = []
    for part in _PERSON_SPLIT.split(text):
        chunks = _split_commas_before_people(part)
        out.extend(person(chunk) for chunk in chunks if chunk.strip(" ,.;"))
    return out


def _split_commas_before_people(text: str) -> list[str]:
    """Split at commas (outside brackets) that are followed by another person, or by "and Ms …"."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            following = text[index + 1 :].lstrip()
            following = re.sub(r"^(?:and|et|y)\s+", "", following)
            if is_person(following):
                pieces.append(text[start:index])
                start = index + 1
    pieces.append(text[start:])
    return [re.sub(r"^\s*(?:and|et|y)\s+", "", p).strip() for p in pieces]


def person(text: str) -> Person:
    """ "Ms. Jane Doe, Director, Organization" → name, role, organization."""
    text = strip_end(text)
    organization = None
    bracket = re.search(r"\(([^()]+)\)\s*$", text)
    if bracket:
        organization = bracket.group(1).strip()
        text = text[: bracket.start()].strip()
    parts = [p.strip() for p in re.split(r",|\s[–—-]\s", text) if p.strip()]
    if not parts:
        return Person(name=text or "Unnamed")
    name, rest = parts[0], parts[1:]
    role = None
    if rest and organization is None:
        if len(rest) == 1 and _looks_like_organization(rest[0]):
            organization = rest[0]
        else:
            role, organization = rest[0], ", ".join(rest[1:]) or None
    elif rest:
        role = ", ".join(rest)
    return Person(name=name, role=role, organization=organization)


def _looks_like_organization(text: str) -> bool:
    return bool(
        re.search(r"\b[A-Z]{2,}\b", text)
        or re.search(
            r"\b(?:Organi[sz]ation|University|Institute|Foundation|Office|Ministry|Association|"
            r"Network|Council|Centre|Center|Agency|Commission|Society|Coalition|Group|"
            r"Initiative|Company|Corporation|Inc|Ltd|Bank|Department|Unit|Université|"
            r"Universidad|Ministère|Ministerio|Fondation|Fundación|Instituto|Institut)\b",
            text,
        )
    )


# ----------------------------------------------------------------------------- kinds
_DETERMINERS = re.compile(
    r"^(?:(?:a|an|the|some|their|its|his|her|un|une|le|la|les|des|du|de|el|los|las|unos|unas)\s+)+",
    re.I,
)
_VERB = re.compile(r"^[^\W\d_]+\s+")


def kind_of(text: str) -> SegmentKind | None:
    """A segment's kind from the leading words of ``text`` (None when they say nothing)."""
    vocab = words()
    following = vocab.followed_by.rest(text)
    if following is not None:
        lowered = set(re.findall(r"[^\W\d_]+(?:[-&][^\W\d_]+)?", following.casefold()))
        if lowered & vocab.qa_words or "q&a" in following.casefold():
            return SegmentKind.QA
        return kind_of(_DETERMINERS.sub("", following)) or SegmentKind.OTHER
    for kind in ("qa", "standing_item", "remarks", "briefing", "interventions", "discussion"):
        if vocab.kinds[kind].lead(text):
            return SegmentKind(kind)
    # "The Co-Chairs will deliver introductory remarks", "La Secretaría presentará un informe".
    match = re.search(
        r"^[^.;:?!]{0,80}?\s(?P<verb>" + vocab.future.pattern.pattern[1:].rstrip(r"\.?") + r")\s",
        text,
        re.I,
    )
    if match:
        predicate = text[match.end() :]
        for candidate in (predicate, _VERB.sub("", predicate, count=1)):
            candidate = _DETERMINERS.sub("", candidate)
            for kind in ("remarks", "briefing", "interventions", "discussion", "qa"):
                if vocab.kinds[kind].lead(candidate):
                    return SegmentKind(kind)
    return None


def panel_of(text: str) -> tuple[int | None, str] | None:
    """ "Panel 1: Title" → (1, "Title"); "Panel discussion: Title" → (None, "Title"); "Panel 2"
    → (2, "Panel 2"). None when the line is not a panel's heading ("Panel discussions to …")."""
    rest = words().kinds["panel"].rest(text)
    if rest is None:
        return None
    number_match = re.match(
        r"^(?P<num>\d{1,2}|[IVX]{1,4}|one|two|three|four|five)\b\.?", rest, re.I
    )
    separated = bool(re.match(r"^\s*[:.\-–—]", text[len(text) - len(rest) - 2 :][:2])) or bool(
        re.search(r"[:\-–—]\s*$", text[: len(text) - len(rest)])
    )
    if number_match:
        raw = number_match.group("num")
        number = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(raw.lower())
        number = number or (int(raw) if raw.isdigit() else roman_value(raw.upper()))
        title = rest[number_match.end() :].lstrip(" :.-–—")
        return number, strip_end(title) or strip_end(text)
    if separated and rest:
        return None, strip_end(rest)
    return None


def standing_of(text: str) -> tuple[int | None, str] | None:
    """ "Standing agenda item 2: Title" → (2, "Title")."""
    rest = words().kinds["standing_item"].rest(text)
    if rest is None:
        return None
    match = re.match(r"^(?P<num>\d{1,2})\b\s*[:.\-–—]?\s*", rest)
    if match:
        return int(match.group("num")), strip_end(rest[match.end() :]) or strip_end(text)
    return (None, strip_end(rest)) if rest else None
