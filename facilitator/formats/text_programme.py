"""Read a programme written as plain text or Markdown, the way the Secretariat writes them.

The reader is built for the variety of real programmes, not for two files: items numbered "I.",
"1.", "Item 1." or not at all; sub-items "(a)"; one or two sittings; times per segment or none;
panels with panellists and a moderator; "Followed by a Q&A" as a bullet or a line; standing items
marked "❖"; guiding questions with or without bullets; Markdown bold and links.

It works in three passes:

1. :func:`_lines` cleans the text into logical lines (Markdown removed, wrapped lines joined,
   bullets noted), each with its line number for error messages;
2. the header (before the first agenda item) gives title, date, sittings, venue, format, platform;
3. the body is read line by line by :class:`_BodyReader`, a small state machine that knows whether
   it is reading guiding questions or panellists, and turns each line into an item, a segment, a
   question, a person or a note.

Planned minutes come last, from :mod:`facilitator.core.planning`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from facilitator.core.planning import Slot, allocate_minutes
from facilitator.core.programme import (
    AgendaItem,
    MeetingFormat,
    Person,
    Programme,
    ProgrammeError,
    Segment,
    SegmentKind,
    Sitting,
    time_of,
)
from facilitator.formats import timetext

# ----------------------------------------------------------------------------- line cleaning
_BULLETS = "-*•◦▪▫●○■□‣⁃–—·►▶➢➤✓✔o"
_BULLET_RE = re.compile(r"^(?P<bullet>[" + re.escape(_BULLETS.replace("o", "")) + r"]|o(?=\s))\s+")
_STANDING_MARK = "❖◆♦"
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


@dataclass(slots=True)
class Line:
    """One logical line of the document."""

    number: int  # 1-based line number in the source, for messages
    text: str  # cleaned text, without bullet or markup
    bullet: bool = False
    indent: int = 0
    heading: bool = False
    standing_mark: bool = False
    marker: str = ""  # the bullet characters before the text ("-", "-*", "•"), to spot siblings


def clean_inline(text: str) -> str:
    """Remove Markdown emphasis and links, normalise spaces."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = text.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "")
    return _SPACES.sub(" ", text).strip()


def _lines(text: str) -> list[Line]:
    lines: list[Line] = []
    previous_blank = True
    for number, raw in enumerate(text.splitlines(), 1):
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip(" \u00a0"))
        body = expanded.strip()
        heading = bool(_MD_HEADING.match(body))
        body = _MD_HEADING.sub("", body)
        body = clean_inline(body)
        bullet = False
        standing = False
        marker = ""
        # Bullets can stack ("- ❖ Role of …").
        while True:
            match = _BULLET_RE.match(body)
            if match:
                bullet = True
                marker += match.group("bullet")
                body = body[match.end() :]
                continue
            if body[:1] and body[0] in _STANDING_MARK:
                standing = True
                body = body[1:].lstrip()
                continue
            break
        if not body:
            previous_blank = True
            continue
        if (
            lines
            and not previous_blank
            and not bullet
            and not standing
            and not heading
            and _is_continuation(lines[-1].text, body)
        ):
            lines[-1].text = f"{lines[-1].text} {body}"
            continue
        lines.append(Line(number, body, bullet, indent, heading, standing, marker))
        previous_blank = False
    return lines


def _is_continuation(previous: str, current: str) -> bool:
    """A hard-wrapped line: the previous one did not end a sentence, this one starts lower case."""
    return current[:1].islower() and previous[-1:] not in ".:;?!)" and len(previous) > 40


# ----------------------------------------------------------------------------- recognisers
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_ITEM_PATTERNS = [
    re.compile(
        r"^(?:agenda\s+)?item\s+(?P<num>\d{1,2}|" + _ROMAN + r")\s*[.:)\-–—]?\s+(?P<title>\S.*)$",
        re.I,
    ),
    re.compile(r"^(?P<num>(?=[IVX])" + _ROMAN + r")\s*[.)]\s*(?P<title>\S.*)$"),
    re.compile(r"^(?P<num>\d{1,2})\s*[.)]\s*(?P<title>[^\d\s].*)$"),
]
_SUB_ITEM = re.compile(r"^\(?(?P<letter>[a-z])\)\s*(?P<title>\S.*)$")
_PANEL = re.compile(
    r"^panel(?:\s+discussion)?(?:\s+(?P<num>\d{1,2}|[IVX]{1,4}|one|two|three|four|five))?"
    r"\s*(?:[:.\-–—]\s*(?P<title>.*))?$",
    re.I,
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_STANDING_ITEM = re.compile(
    r"^standing\s+(?:agenda\s+)?item\s*(?P<num>\d{1,2})?\s*[:.\-–—]\s*(?P<title>\S.*)$", re.I
)
_QUESTIONS_HEADER = re.compile(
    r"^(?:suggested\s+)?(?:guiding|key|discussion|possible)\s+questions?"
    r"(?:\s+for\s+(?:the\s+)?(?:discussion|panel|session))?\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_PANELLISTS_HEADER = re.compile(
    r"^(?:panell?ists?|speakers?|panel\s+members|discussants|presenters?)\s*:\s*(?P<rest>.*)$", re.I
)
_MODERATOR = re.compile(
    r"^(?:moderat(?:or|ed\s+by)|chaired\s+by|facilitator)\s*:?\s+(?P<rest>\S.*)$", re.I
)
_QA = re.compile(
    r"^(?:followed\s+by\s+)?(?:an?\s+)?(?:q\s*&\s*a|q\s*and\s*a|questions?\s+and\s+answers?|"
    r"question[-\s]and[-\s]answer|interactive\s+(?:discussion|dialogue|exchange))",
    re.I,
)
_BREAK = re.compile(r"^(?:lunch|coffee|tea)?\s*break\b|^lunch\b", re.I)
_HONORIFIC = re.compile(
    r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|H\.\s?E|Ambassador|Judge|Justice|Sir|Dame)\b\.?\s",
)
_MARKERS = re.compile(
    r"^(?:provisional\s+|draft\s+|annotated\s+)?(?:programme|program|agenda|"
    r"programme\s+of\s+work|order\s+of\s+the\s+day)\s*:?$",
    re.I,
)
_PLATFORMS = [
    (re.compile(r"\b(?:microsoft|ms)\s+teams\b|\bteams\b", re.I), "Microsoft Teams"),
    (re.compile(r"\bzoom\b", re.I), "Zoom"),
    (re.compile(r"\bwebex\b", re.I), "Webex"),
    (re.compile(r"\binterprefy\b", re.I), "Interprefy"),
    (re.compile(r"\bkudo\b", re.I), "KUDO"),
    (re.compile(r"\bgoogle\s+meet\b", re.I), "Google Meet"),
]
_VENUE_WORDS = re.compile(
    r"\b(?:VIC|Vienna\s+International\s+Cent(?:re|er)|Palais\s+des\s+Nations|"
    r"Conference\s+(?:Room|Hall|Centre|Center)|Board\s?room|Meeting\s+Room|Room|Hall|Building|"
    r"Headquarters|Plenary|Auditorium)\b",
    re.I,
)
_ZONES = [
    (re.compile(r"\b(?:VIC|Vienna)\b", re.I), "Europe/Vienna"),
    (re.compile(r"\b(?:Geneva|Palais des Nations)\b", re.I), "Europe/Zurich"),
    (re.compile(r"\bNew York\b|\bE[DS]T\b", re.I), "America/New_York"),
    (re.compile(r"\bNairobi\b|\bEAT\b"), "Africa/Nairobi"),
    (re.compile(r"\bBangkok\b|\bICT\b"), "Asia/Bangkok"),
    (re.compile(r"\bCEST\b|\bCET\b|\bCentral European\b", re.I), "Europe/Vienna"),
    (re.compile(r"\bUTC\b|\bGMT\b"), "UTC"),
]
_TITLE_WORDS = re.compile(
    r"\b(?:dialogue|meeting|conference|session|workshop|consultation|forum|seminar|webinar|"
    r"symposium|roundtable|round-table|briefing|event|summit)\b",
    re.I,
)


def _item_match(text: str) -> tuple[str, str] | None:
    for pattern in _ITEM_PATTERNS:
        match = pattern.match(text)
        if match and match.group("num"):
            title = match.group("title").strip()
            if title and not title.endswith("?"):
                return match.group("num").upper(), title
    return None


def _roman_value(numeral: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not numeral or any(ch not in values for ch in numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = values[ch]
        if i + 1 < len(numeral) and values[numeral[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def _number_value(number: str) -> int | None:
    if number.isdigit():
        return int(number)
    return _roman_value(number.upper())


# ----------------------------------------------------------------------------- the header
@dataclass(slots=True)
class _Header:
    title: str | None = None
    date: object | None = None
    sittings: list[tuple[int, int]] = field(default_factory=list)
    venue: str | None = None
    format: MeetingFormat | None = None
    platform: str | None = None
    timezone: str | None = None


def _read_header(lines: list[Line]) -> _Header:
    header = _Header()
    text = "\n".join(line.text for line in lines)
    header.date = timetext.parse_date(text)
    for line in lines:
        ranges = timetext.find_ranges(line.text)
        if ranges and not header.sittings:
            header.sittings = ranges
    header.platform = next((name for pattern, name in _PLATFORMS if pattern.search(text)), None)
    header.venue = _find_venue(lines)
    header.format = _find_format(text, header.venue)
    header.timezone = next((zone for pattern, zone in _ZONES if pattern.search(text)), None)
    header.title = _find_title(lines)
    return header


def _find_title(lines: list[Line]) -> str | None:
    """The first paragraph of the header that is not a date, a time, the venue or a marker; prefer
    one that names the kind of event ("Constructive Dialogue on …")."""
    blocks: list[list[str]] = []
    last_number = -10
    for line in lines:
        text = line.text
        if _is_meta_line(text):
            last_number = -10
            continue
        if blocks and line.number == last_number + 1:
            blocks[-1].append(text)
        else:
            blocks.append([text])
        last_number = line.number
    candidates = [" ".join(block) for block in blocks]
    for candidate in candidates:
        if _TITLE_WORDS.search(candidate):
            return candidate
    return max(candidates, key=len) if candidates else None


def _is_meta_line(text: str) -> bool:
    stripped = text.strip("()[] ")
    return bool(
        _MARKERS.match(stripped)
        or timetext.parse_date(text)
        or timetext.find_ranges(text)
        or re.match(r"^(?:hybrid|online|virtual|in[-\s]person)\b", stripped, re.I)
        or re.match(r"^(?:venue|location|format|date|time)\s*:", stripped, re.I)
        or (_VENUE_WORDS.search(stripped) and len(stripped) < 120 and text.startswith("("))
    )


def _find_venue(lines: list[Line]) -> str | None:
    for line in lines:
        text = line.text
        labelled = re.match(r"^(?:venue|location)\s*:\s*(?P<v>.+)$", text, re.I)
        candidate = labelled.group("v") if labelled else None
        if candidate is None:
            for part in [*re.findall(r"\(([^()]*)\)", text), text]:
                part = _FORMAT_PREFIX.sub("", part.strip())
                if _VENUE_WORDS.match(part) or (
                    _VENUE_WORDS.search(part) and not _TITLE_WORDS.search(part)
                ):
                    candidate = part
                    break
        if candidate:
            venue = re.split(
                r"\s+(?:and|with|plus|&)\s+(?:online|virtual|remote)|\s*[;(]|\s+through\s+"
                r"|\s+via\s+|,\s*(?:and\s+)?(?:online|virtual)",
                candidate,
                maxsplit=1,
                flags=re.I,
            )[0]
            venue = _FORMAT_PREFIX.sub("", venue.strip(" .,:"))
            if venue and _VENUE_WORDS.search(venue):
                return venue.strip(" .,")
    return None


_FORMAT_PREFIX = re.compile(
    r"^(?:hybrid|in[-\s]person|on[-\s]site|online|virtual)(?:\s+(?:format|meeting|event))?"
    r"\s*[:,\-–]?\s*",
    re.I,
)


def _find_format(text: str, venue: str | None) -> MeetingFormat | None:
    if re.search(r"\bhybrid\b", text, re.I):
        return MeetingFormat.HYBRID
    online = bool(
        re.search(r"\b(?:online|virtual|remote(?:ly)?|webinar)\b", text, re.I)
        or any(pattern.search(text) for pattern, _ in _PLATFORMS)
    )
    in_person = bool(re.search(r"\bin[-\s]person\b|\bon[-\s]site\b", text, re.I)) or bool(venue)
    if online and in_person:
        return MeetingFormat.HYBRID
    if online:
        return MeetingFormat.ONLINE
    if in_person:
        return MeetingFormat.IN_PERSON
    return None


# ----------------------------------------------------------------------------- the body
@dataclass(slots=True)
class _Seg:
    kind: SegmentKind
    title: str
    line: int
    number: int | None = None
    start: int | None = None
    end: int | None = None
    questions: list[str] = field(default_factory=list)
    panellists: list[Person] = field(default_factory=list)
    moderator: Person | None = None
    for_panel: int | None = None


@dataclass(slots=True)
class _Item:
    number: str | None
    title: str
    line: int
    notes: list[str] = field(default_factory=list)
    segments: list[_Seg] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    standing_intro: bool = False


_QUESTIONED_KINDS = (
    SegmentKind.PANEL,
    SegmentKind.STANDING_ITEM,
    SegmentKind.DISCUSSION,
    SegmentKind.QA,
)


class _BodyReader:
    """Turns the body's lines into items and segments (see the module docstring)."""

    def __init__(self, numbered: bool) -> None:
        self.numbered = numbered
        self.items: list[_Item] = []
        self.mode: str | None = None  # "questions" | "panellists" | None
        self.panel_count = 0
        self.standing_count = 0
        self.pending_time: tuple[int | None, int | None] = (None, None)
        self.pending_moderator: Person | None = None
        self.standing_marker: str | None = None  # how this document bullets its standing items

    # -- helpers
    @property
    def item(self) -> _Item | None:
        return self.items[-1] if self.items else None

    def last_segment(self) -> _Seg | None:
        item = self.item
        return item.segments[-1] if item and item.segments else None

    def add_segment(self, seg: _Seg) -> _Seg:
        item = self.item
        assert item is not None
        if self.pending_time != (None, None):
            seg.start, seg.end = seg.start or self.pending_time[0], seg.end or self.pending_time[1]
            self.pending_time = (None, None)
        if seg.kind is SegmentKind.PANEL and self.pending_moderator:
            seg.moderator, self.pending_moderator = self.pending_moderator, None
        item.segments.append(seg)
        self.mode = None
        return seg

    def new_item(self, number: str | None, title: str, line: Line) -> None:
        start, end, title = timetext.trailing_time(title)
        item = _Item(number, _strip_end(title), line.number)
        if self.pending_time != (None, None) and start is None:
            start, end = self.pending_time
        self.pending_time = (None, None)
        item.start, item.end = start, end
        self.items.append(item)
        self.mode = None

    # -- the dispatcher
    def read(self, line: Line) -> None:
        start, end, text = timetext.leading_time(line.text)
        if start is not None and not text:
            self.pending_time = (start, end)  # a time on a line of its own applies to the next
            return
        if start is None:
            start, end, text = timetext.trailing_time(text)
        if start is not None:
            self.pending_time = (start, end)
        if self._read_item(line, text):
            return
        if self.item is None:
            self.pending_time = (None, None)
            return
        if _BREAK.match(text):
            self._read_break(start)
            return
        self._read_content(line, text)
        self.pending_time = (None, None)

    def _read_item(self, line: Line, text: str) -> bool:
        if self.mode == "questions" and text.endswith("?"):
            return False
        found = _item_match(text)
        if found and self.numbered and not (line.bullet and self.items):
            number, title = found
            if self._is_next_number(number):
                self.new_item(number, title, line)
                return True
        if not self.numbered and not line.bullet and not line.standing_mark:
            timed = self.pending_time[0] is not None
            if (
                (timed or line.heading)
                and not _BREAK.match(text)
                and not self._qa_after_panel(text)
            ):
                self.new_item(None, text, line)
                # The row itself may be a panel or a standing item: read it as content too.
                self.pending_time = (self.items[-1].start, self.items[-1].end)
                if self._read_structure(line, text):
                    self.items[-1].start = self.items[-1].end = None
                else:
                    self.pending_time = (None, None)
                return True
        return False

    def _qa_after_panel(self, text: str) -> bool:
        last = self.last_segment()
        return bool(_QA.match(text)) and last is not None and last.kind is SegmentKind.PANEL

    def _is_next_number(self, number: str) -> bool:
        if not self.items:
            return True
        previous = self.items[-1].number
        value, before = _number_value(number), _number_value(previous or "")
        if value is None or before is None:
            return False
        same_style = number.isdigit() == (previous or "").isdigit()
        return same_style and value == before + 1

    def _read_break(self, start: int | None) -> None:
        last = self.last_segment()
        if last is not None and start is not None and last.end is None:
            last.end = start
        self.pending_time = (None, None)
        self.mode = None

    def _read_content(self, line: Line, text: str) -> None:
        item = self.item
        assert item is not None
        sub = _SUB_ITEM.match(text)
        if sub and not line.bullet:
            text = sub.group("title")
        if self._read_structure(line, text):
            return
        if sub and not line.bullet:
            self._add_sub_item(line, text)
            return
        if (
            self.mode == "questions"
            and self.standing_marker
            and line.marker == self.standing_marker
            and not text.endswith("?")
        ):
            self._add_standing(text, line)
            return
        if self.mode == "questions":
            self._add_question(line, text)
            return
        if self.mode == "panellists" or (_HONORIFIC.match(text) and self._last_panel_open()):
            panel = self.last_segment()
            if panel is not None and panel.kind is SegmentKind.PANEL:
                panel.panellists.extend(_people(text))
                return
        last = self.last_segment()
        if text.endswith("?") and last is not None and last.kind in _QUESTIONED_KINDS:
            self._add_question(line, text)  # questions listed without a "Guiding questions" line
            return
        if item.standing_intro and (line.bullet or sub) and not text.endswith(":"):
            self.standing_marker = line.marker or None
            self._add_standing(text, line)
            return
        self._read_description(line, text)

    def _read_structure(self, line: Line, text: str) -> bool:
        """Lines that change what comes next: panels, Q&A, standing items, questions, people."""
        if line.standing_mark or _STANDING_ITEM.match(text):
            match = _STANDING_ITEM.match(text)
            self._add_standing(match.group("title") if match else text, line, match)
            return True
        questions = _QUESTIONS_HEADER.match(text)
        if questions and (text.rstrip().endswith(":") or not questions.group("rest")):
            self.mode = "questions"
            if questions.group("rest"):
                self._add_question(line, questions.group("rest"))
            return True
        panel = _PANEL.match(text)
        if panel and (panel.group("num") or (panel.group("title") and text[5:6] in ":.-–—")):
            self._add_panel(panel, line)
            return True
        if _QA.match(text) and not text.endswith(":"):
            self._add_qa(text, line)
            return True
        moderator = _MODERATOR.match(text)
        if moderator:
            person = _person(moderator.group("rest"))
            panel_seg = self.last_segment()
            if (
                panel_seg is not None
                and panel_seg.kind is SegmentKind.PANEL
                and not panel_seg.moderator
            ):
                panel_seg.moderator = person
            else:
                self.pending_moderator = person
            return True
        panellists = _PANELLISTS_HEADER.match(text)
        if panellists and self._last_panel_open():
            self.mode = "panellists"
            rest = panellists.group("rest")
            if rest:
                panel_seg = self.last_segment()
                assert panel_seg is not None
                panel_seg.panellists.extend(_people(rest))
            return True
        return False

    def _last_panel_open(self) -> bool:
        last = self.last_segment()
        return last is not None and last.kind is SegmentKind.PANEL

    def _add_question(self, line: Line, text: str) -> None:
        target = self.last_segment()
        if target is not None and target.kind is SegmentKind.QA and target.for_panel is not None:
            item = self.item
            assert item is not None
            target = next(
                s
                for s in item.segments
                if s.kind is SegmentKind.PANEL and s.number == target.for_panel
            )
        if target is None:
            target = self.add_segment(
                _Seg(
                    SegmentKind.DISCUSSION,
                    _strip_end(self.item.title) if self.item else "Discussion",
                    line.number,
                )
            )
            self.mode = "questions"
        if target.questions and not line.bullet and text[:1].islower():
            target.questions[-1] = f"{target.questions[-1]} {text}"
        else:
            target.questions.append(text)

    def _add_panel(self, match: re.Match[str], line: Line) -> None:
        raw = match.group("num")
        if raw:
            number = _WORD_NUMBERS.get(raw.lower()) or _number_value(raw.upper()) or 0
        else:
            number = self.panel_count + 1
        self.panel_count = max(self.panel_count, number)
        title = _strip_end(match.group("title") or f"Panel {number}")
        self.add_segment(_Seg(SegmentKind.PANEL, title, line.number, number=number))

    def _add_qa(self, text: str, line: Line) -> None:
        item = self.item
        assert item is not None
        answered = {s.for_panel for s in item.segments if s.kind is SegmentKind.QA}
        panels = [s for s in item.segments if s.kind is SegmentKind.PANEL]
        last = self.last_segment()
        for_panel = None
        if last is not None and last.kind is SegmentKind.PANEL and last.number not in answered:
            for_panel = last.number
        title = re.sub(r"^followed\s+by\s+(?:an?\s+)?", "", text, flags=re.I)
        title = _capitalise(_strip_end(title))
        if for_panel is None and panels and not text.lower().startswith("followed"):
            for_panel = None
        self.add_segment(_Seg(SegmentKind.QA, title, line.number, for_panel=for_panel))

    def _add_standing(self, text: str, line: Line, match: re.Match[str] | None = None) -> None:
        item = self.item
        assert item is not None
        if match and match.group("num"):
            number = int(match.group("num"))
        else:
            number = self.standing_count + 1
        self.standing_count = max(self.standing_count, number)
        item.standing_intro = True
        self.add_segment(
            _Seg(SegmentKind.STANDING_ITEM, _strip_end(text), line.number, number=number)
        )

    def _add_sub_item(self, line: Line, text: str) -> None:
        """A sub-item "(a) …" is a segment of its own: a standing item in a tour-de-table or an
        interactive exchange with stakeholders, otherwise whatever its words say."""
        item = self.item
        assert item is not None
        context = " ".join([item.title, *item.notes]).lower()
        if item.standing_intro or re.search(
            r"tour[- ]de[- ]table|standing|interactive exchange|stakeholders", context
        ):
            self._add_standing(_strip_end(text), line)
            return
        kind = _classify(text) or SegmentKind.DISCUSSION
        item.notes.append(text)
        self.add_segment(_Seg(kind, _segment_title(kind, text), line.number))

    def _read_description(self, line: Line, text: str) -> None:
        item = self.item
        assert item is not None
        lowered = text.lower()
        if "standing agenda item" in lowered or "standing item" in lowered:
            item.standing_intro = True
        if text.endswith(":"):
            item.notes.append(text)
            self.mode = None
            return
        kind = _classify(text)
        if kind is None:
            if line.bullet or self.pending_time[0] is not None:
                kind = SegmentKind.OTHER
            else:
                item.notes.append(text)
                return
        item.notes.append(text)
        self.add_segment(_Seg(kind, _segment_title(kind, text), line.number))


def _classify(text: str) -> SegmentKind | None:
    lowered = text.lower()
    if re.search(
        r"\bremarks\b|\bwelcom|\bopening statement|\bclosing statement|\bconcluding", lowered
    ):
        return SegmentKind.REMARKS
    if re.search(
        r"\binterventions?\b|\bstatements?\b|\bquestions from\b|\bfloor\b|\bcontributions from\b",
        lowered,
    ):
        return SegmentKind.INTERVENTIONS
    if re.search(r"\bbrief|\boverview\b|\bpresent|\bupdate\b|\breport\b|\bkeynote\b", lowered):
        return SegmentKind.BRIEFING
    if re.search(
        r"\bdiscussion|\bdialogue\b|\bexchange\b|\bdebate\b|\broundtable\b|tour[- ]de[- ]table",
        lowered,
    ):
        return SegmentKind.DISCUSSION
    return None


def _segment_title(kind: SegmentKind, text: str) -> str:
    """A short title for the console; the full sentence stays in the item's notes."""
    lowered = text.lower()
    by = ""
    for who, label in (
        ("co-chair", "the Co-Chairs"),
        ("secretariat", "the Secretariat"),
        ("chair", "the Chair"),
        ("moderator", "the moderator"),
    ):
        if who in lowered:
            by = f" by {label}"
            break
    if kind is SegmentKind.REMARKS:
        if re.search(r"introduc|opening|welcom", lowered):
            return "Opening remarks" + by
        if re.search(r"conclud|closing", lowered):
            return "Closing remarks" + by
        return "Remarks" + by
    if kind is SegmentKind.BRIEFING and by:
        return "Briefing" + by
    if kind is SegmentKind.INTERVENTIONS:
        if "stakeholder" in lowered:
            return "Interventions from non-governmental stakeholders"
        return "Interventions from the floor"
    return _capitalise(_strip_end(text))


def _strip_end(text: str) -> str:
    return text.strip().rstrip(".;:,").strip()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(text: str) -> Person:
    """ "Ms. Jane Doe, Director, Organization" → name, role, organization."""
    text = _strip_end(text)
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
            r"Initiative|Company|Corporation|Inc|Ltd|Bank|Department|Unit)\b",
            text,
        )
    )


def _people(text: str) -> list[Person]:
    return [_person(part) for part in re.split(r";|\s\|\s", text) if part.strip()]


# ----------------------------------------------------------------------------- the whole
def parse_text(text: str, *, source: str | None = None) -> Programme:
    """Read a programme from text. Raises :class:`ProgrammeError` for anything it cannot read."""
    try:
        return _parse(text, source)
    except ProgrammeError as exc:
        raise (exc.located(source) if source else exc) from None
    except RecursionError as exc:  # pragma: no cover - defensive
        raise ProgrammeError("the document is too deeply nested to read", source=source) from exc


#: Typography a word processor puts in that means the same as plain text to the reader: the
#: non-breaking and typographic hyphens (Word's Ctrl+Shift+-) as "-", the soft hyphen as
#: nothing. Dashes (– —) stay: they separate times and titles.
_TYPOGRAPHY = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": None})


def normalise_text(text: str) -> str:
    """Line endings (CR LF, CR, and the Unicode line and paragraph separators) as LF, and the
    typography above, before anything is read: "Co‑Chairs" with a non-breaking hyphen is the
    Co-Chairs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text.translate(_TYPOGRAPHY)


#: More lines than any meeting's programme has (a one-day programme runs to a few hundred): a
#: longer text is refused at once rather than read for minutes.
MAX_LINES = 5_000
#: More agenda entries than a day can hold: the planning of minutes grows with their square.
MAX_SEGMENTS = 300


def _parse(text: str, source: str | None) -> Programme:
    if "\x00" in text:
        raise ProgrammeError("this is not a text document (it contains binary data)", source=source)
    text = normalise_text(text)
    count = text.count("\n") + 1
    if count > MAX_LINES:
        raise ProgrammeError(
            f"the document has {count:,} lines, more than a meeting's programme has (at most"
            f" {MAX_LINES:,}): is it the programme? Open the programme itself",
            source=source,
        )
    lines = _lines(text)
    if not lines:
        raise ProgrammeError("the document is empty", source=source)
    numbered = _has_numbered_items(lines)
    start = _body_start(lines, numbered)
    if start is None:
        raise ProgrammeError(
            "no agenda items found: expected numbered items such as 'I. Opening of the meeting' "
            "or '1. Opening', or timed rows such as '10:00 - 10:15 Opening'",
            source=source,
        )
    header = _read_header(lines[:start])
    reader = _BodyReader(numbered)
    for line in lines[start:]:
        reader.read(line)
    items = [item for item in reader.items if item.title]
    if not items:
        raise ProgrammeError("no agenda items found", source=source)
    for item in items:
        _finish_item(item)
    segments = sum(len(item.segments) for item in items)
    if segments > MAX_SEGMENTS:
        raise ProgrammeError(
            f"the document reads as {segments:,} agenda entries, more than a meeting's day holds"
            f" (at most {MAX_SEGMENTS}): is it the programme? Open the programme itself",
            source=source,
        )
    sittings = header.sittings or _infer_sittings(items)
    title = header.title or (items[0].title if not numbered else None)
    if not title:
        raise ProgrammeError(
            "the programme has no title before its first agenda item", source=source
        )
    programme = _build(header, title, sittings, items)
    try:
        return programme.validate()
    except ProgrammeError as exc:
        raise ProgrammeError(exc.message, source=source) from exc


def _has_numbered_items(lines: list[Line]) -> bool:
    """Whether the document numbers its items: at least two item-like lines in sequence."""
    numbers = [found[0] for line in lines if (found := _item_match(line.text)) and not line.bullet]
    values = [_number_value(n) for n in numbers]
    return any(a is not None and b == a + 1 for a, b in itertools.pairwise(values)) or (
        len(numbers) == 1 and values[0] == 1
    )


def _body_start(lines: list[Line], numbered: bool) -> int | None:
    for index, line in enumerate(lines):
        if numbered:
            found = _item_match(line.text)
            if found and not line.bullet and _number_value(found[0]) == 1:
                return index
        elif index > 0 and not line.bullet and _is_timed_row(line.text):
            return index
    if numbered:
        for index, line in enumerate(lines):
            if _item_match(line.text) and not line.bullet:
                return index
    return None


def _is_timed_row(text: str) -> bool:
    """A timetable row: a time and then words ("10:00 - 10:15 Opening", "Opening (10:00)"), not a
    header line of sittings ("10 AM – 1 PM; 3 PM – 6 PM (CEST)")."""
    start, _, rest = timetext.leading_time(text)
    if start is None:
        start, _, rest = timetext.trailing_time(text)
    if start is None or timetext.find_ranges(rest) or timetext.parse_date(rest):
        return False
    words = re.findall(r"[^\W\d_]{3,}", rest)
    return len(words) >= 1 and not re.fullmatch(r"\W*[A-Z]{2,5}\W*", rest)


def _finish_item(item: _Item) -> None:
    """An item with no segment line gets one from its title; intro lines stay as notes; the item's
    own times go to its first and last segments."""
    if not item.segments:
        kind = _classify(item.title) or _item_kind(item.title)
        title = _segment_title(kind, item.title) if kind is SegmentKind.REMARKS else item.title
        item.segments.append(_Seg(kind, _strip_end(title), item.line))
    if item.start is not None and item.segments[0].start is None:
        item.segments[0].start = item.start
    if item.end is not None and item.segments[-1].end is None:
        item.segments[-1].end = item.end


def _item_kind(title: str) -> SegmentKind:
    lowered = title.lower()
    if re.search(r"\bopening\b|\bclosing\b|\bclose\b|\bwelcome\b", lowered):
        return SegmentKind.REMARKS
    return SegmentKind.OTHER


def _infer_sittings(items: list[_Item]) -> list[tuple[int, int]]:
    """Sittings from per-segment times when the header gives none: a gap of an hour or more
    (lunch) splits the day."""
    spans = [
        (seg.start, seg.end) for item in items for seg in item.segments if seg.start is not None
    ]
    if not spans:
        return []
    sittings: list[list[int]] = []
    for start, end in spans:
        if sittings and start - sittings[-1][1] < 60 and start >= sittings[-1][0]:
            sittings[-1][1] = max(sittings[-1][1], end or start)
        else:
            sittings.append([start, end or start])
    result = []
    for start, end in sittings:
        result.append((start, max(end, start + 15)))
    # A last segment with no end runs to the end of its sitting: round up to the hour.
    return [(s, e if e % 30 == 0 else e + (30 - e % 30)) for s, e in result]


def _build(
    header: _Header, title: str, sittings: list[tuple[int, int]], items: list[_Item]
) -> Programme:
    segs = [seg for item in items for seg in item.segments]
    minutes = allocate_minutes([Slot(s.kind, s.start, s.end) for s in segs], sittings)
    planned = iter(minutes)
    seg_counter = 0
    built_items = []
    for item_index, item in enumerate(items, 1):
        built_segments = []
        for seg in item.segments:
            seg_counter += 1
            built_segments.append(
                Segment(
                    id=f"seg-{seg_counter}",
                    kind=seg.kind,
                    title=seg.title or seg.kind.label,
                    planned_minutes=max(0, next(planned)),
                    number=seg.number
                    if seg.kind in (SegmentKind.PANEL, SegmentKind.STANDING_ITEM)
                    else None,
                    scheduled_start=time_of(seg.start) if seg.start is not None else None,
                    guiding_questions=tuple(_strip_question(q) for q in seg.questions),
                    panellists=tuple(seg.panellists),
                    moderator=seg.moderator,
                    for_panel=seg.for_panel,
                )
            )
        built_items.append(
            AgendaItem(
                id=f"item-{item_index}",
                title=item.title,
                number=item.number,
                notes=tuple(item.notes),
                segments=tuple(built_segments),
            )
        )
    date = header.date
    return Programme(
        title=title,
        date=date if date is not None else None,  # type: ignore[arg-type]
        timezone=header.timezone,
        sittings=tuple(Sitting(time_of(s), time_of(e)) for s, e in sittings if e > s),
        venue=header.venue,
        format=header.format,
        online_platform=header.platform,
        items=tuple(built_items),
    )


_QUESTION_NUMBER = re.compile(r"^(?:Q\s?\d{1,2}|\d{1,2}|[a-z]|[ivx]{1,4})\s*[.):]\s+(?=\S)", re.I)


def _strip_question(text: str) -> str:
    """A guiding question without its list number ("1. How …" → "How …")."""
    return _QUESTION_NUMBER.sub("", text.strip(), count=1)


__all__ = ["Line", "clean_inline", "parse_text", "replace"]
