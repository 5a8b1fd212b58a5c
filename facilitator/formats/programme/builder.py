"""Build a programme from the blocks of a document (see :mod:`programme_blocks`).

The builder reads the layout, not keywords scattered in lines:

1. **Days.** "Day 1 – Monday, 8 July 2024" (or "Jour 2", "Día 1", "Second day") splits a programme
   that covers several days; one day is built at a time, and the report lists the days.
2. **Where the agenda starts, and what an item is.** Numbered items when the document numbers them
   in sequence (typed "I.", "1.", "Item 1", or Word's list numbers); else its headings; else each
   timed row. Everything before the first item is the header.
3. **The header** gives the title (the document's words), the date, the sittings, the venue, the
   format and the platform. A date in an e-mail's "Sent:" line is not the meeting's date, and more
   than one date is reported.
4. **The body** is read block by block. A segment's kind comes from its structure (a "Panel 1"
   line, a "❖" standing item, a line that *begins* "Followed by …") and its leading words
   (:mod:`programme_words`), never from a word elsewhere in the line. People (honorific lines, a
   "Speakers:" list, a table's speakers column) belong to the segment above them, on any segment.
   Titles are the document's own words.

Every block ends up somewhere (the report's ``placed``), or in the list of lines not understood.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.core.errors import Grouped, Phrase
from facilitator.core.planning import Slot, allocate_minutes
from facilitator.core.programme import (
    AgendaItem,
    MeetingFormat,
    Programme,
    ProgrammeError,
    Segment,
    SegmentKind,
    Sitting,
    time_of,
)
from facilitator.formats.programme import timetext
from facilitator.formats.programme.blocks import HEADER, PEOPLE, Block
from facilitator.formats.programme.body import BodyReader, ItemDraft, finish_item
from facilitator.formats.programme.lines import (
    is_person,
    kind_of,
    label_value,
    panel_of,
    roman_value,
    strip_end,
)
from facilitator.formats.programme.report import (
    DAY,
    MARKER,
    MEETING_DATA,
    TITLE,
    UNREAD,
    Day,
    ImportReport,
    ImportResult,
)
from facilitator.formats.programme.words import words

#: More agenda entries than a day can hold: the planning of minutes grows with their square.
MAX_SEGMENTS = 300


class SeveralDaysError(ProgrammeError):
    """The programme covers several days and the caller did not say which one to import.

    Its sentence names the command line's options; the interface never shows it, it asks which
    day to import (``ui/start_screen.py``) from :attr:`days`."""

    def __init__(self, days: Sequence[Day], *, source: str | None = None) -> None:
        self.days = tuple(days)
        super().__init__(
            "this programme covers {count} days ({days}); a meeting is one day: import one day"
            " at a time ({options})",
            source=source,
            count=len(days),
            days="; ".join(d.describe() for d in days),
            options=" or ".join(f"--day {d.number}" for d in days),
        )


@dataclass(slots=True)
class _Header:
    title: str | None = None
    date: dt.date | None = None
    dates: list[tuple[int, dt.date, str]] = field(default_factory=list)
    sittings: list[tuple[int, int]] = field(default_factory=list)
    venue: str | None = None
    format: MeetingFormat | None = None
    platform: str | None = None
    timezone: str | None = None


_PLATFORMS = [
    (re.compile(r"\b(?:microsoft|ms)\s+teams\b|\bteams\b", re.I), "Microsoft Teams"),
    (re.compile(r"\bzoom\b", re.I), "Zoom"),
    (re.compile(r"\bwebex\b", re.I), "Webex"),
    (re.compile(r"\binterprefy\b", re.I), "Interprefy"),
    (re.compile(r"\bkudo\b", re.I), "KUDO"),
    (re.compile(r"\bgoogle\s+meet\b", re.I), "Google Meet"),
]
_ZONES = [
    (re.compile(r"\b(?:VIC|Vienna|Vienne|Viena|Wien)\b", re.I), "Europe/Vienna"),
    (re.compile(r"\b(?:Geneva|Genève|Ginebra|Palais des Nations)\b", re.I), "Europe/Zurich"),
    (re.compile(r"\bNew York\b|\bNueva York\b|\bE[DS]T\b", re.I), "America/New_York"),
    (re.compile(r"\bNairobi\b|\bEAT\b"), "Africa/Nairobi"),
    (re.compile(r"\bBangkok\b|\bICT\b"), "Asia/Bangkok"),
    (re.compile(r"\bCEST\b|\bCET\b|\bCentral European\b", re.I), "Europe/Vienna"),
    (re.compile(r"\bUTC\b|\bGMT\b"), "UTC"),
]
#: Words that make a line a place, even with "Conference" in it ("Conference Room C3").
_ROOM = re.compile(
    r"\b(?:room|boardroom|board room|salle|sala|hall|building|bâtiment|edificio|auditorium|"
    r"plenary|VIC|Vienna International Cent(?:re|er)|Centre international de Vienne|"
    r"Centro Internacional de Viena|Palais des Nations)\b",
    re.I,
)
#: Header lines that place an event rather than name it.
_CONTEXT_LINE = re.compile(
    r"^(?:side event|evento paralelo|manifestation parall[eè]le|événement parallèle|"
    r"organi[sz]ed by|co-organi[sz]ed by|organisée? par|organizad[oa] por|hosted by|"
    r"on the margins|in the margins|en marge|al margen|united nations|nations unies|"
    r"naciones unidas|in cooperation with|en coopération avec|en cooperación con)\b",
    re.I,
)
#: The lines an e-mail's header starts with, in the languages of the vocabulary files.
_EMAIL_START = re.compile(
    r"^(?:from|sent|subject|de|envoyé|objet|enviado(?: el)?|asunto)\s?:\s", re.I
)
_EMAIL_HEADER = re.compile(r"^[^\W\d_][\w' ]{0,20}?\s?:\s")
_RECORD_SECTIONS = (
    "meeting data",
    "attendance",
    "timetable: planned and actual",
    "list of speakers",
    "speaking time by stakeholder category",
    "annex",
)
_DAY_MARKER = re.compile(
    r"^(?P<word>[^\W\d_]+)\s+(?P<num>\d{1,2}|one|two|three|four|five|I{1,3}|IV|V)\b", re.I
)
_DAY_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


# ----------------------------------------------------------------------------- the builder
class ProgrammeBuilder:
    """Builds one day's programme from a document's blocks (see the module docstring)."""

    def __init__(self, blocks: Sequence[Block], *, source: str | None = None) -> None:
        self.blocks = list(blocks)
        self.source = source
        self.report = ImportReport(source=source)
        self.vocab = words()
        self.body_sittings: set[tuple[int, int]] = set()  # from sitting lines among the items
        self.email_dates: list[tuple[int, dt.date]] = []  # dates of an e-mail's header lines

    # -- entry point
    def build(self, day: int | None = None) -> ImportResult:
        try:
            return self._build_day(day)
        except SeveralDaysError:
            raise
        except ProgrammeError as exc:
            record = self._record_message()
            if record:  # say what the file is, not what failed in reading it as a programme
                raise ProgrammeError.saying(record, source=self.source) from exc
            raise

    def _build_day(self, day: int | None) -> ImportResult:
        blocks = self._drop_email(self.blocks)
        days = self._days(blocks)
        if days:
            self.report.days = [d for d, _ in days]
            if day is None:
                raise SeveralDaysError(self.report.days, source=self.source)
            if not 1 <= day <= len(days):
                raise ProgrammeError(
                    "there is no day {day}: the programme covers {count} days",
                    source=self.source,
                    day=day,
                    count=len(days),
                )
            self.report.day = day
            first = days[0][1]
            header_blocks = blocks[:first]
            start = days[day - 1][1]
            stop = days[day][1] if day < len(days) else len(blocks)
            chosen = days[day - 1][0]
            for _other_day, index in days:
                self.report.place_block(blocks[index], DAY)
            for index in [*range(first, start), *range(stop, len(blocks))]:
                if index not in {i for _, i in days}:
                    self.report.place_block(blocks[index], f"{DAY} (not imported)")
            body = blocks[start + 1 : stop]
            self.report.warn(
                "several-days",
                Phrase(
                    "this programme covers {count} days; day {day} ({label}) was imported. Import"
                    " the others one at a time as meetings of their own",
                    count=len(days),
                    day=day,
                    label=chosen.label,
                ),
            )
            day_marker = blocks[start]
        else:
            if day not in (None, 1):
                raise ProgrammeError(
                    "there is no day {day}: the programme covers one day",
                    source=self.source,
                    day=day,
                )
            header_blocks, body, day_marker, chosen = [], blocks, None, None
        start_index = self._body_start(body)
        if start_index is None:
            raise ProgrammeError(
                "no agenda items found: expected numbered items such as 'I. Opening of the"
                " meeting' or '1. Opening', headings, or timed rows such as '10:00 - 10:15"
                " Opening'",
                source=self.source,
            )
        header_blocks = [*header_blocks, *body[:start_index]]
        header = self._header(header_blocks, day_marker, chosen)
        items = self._body(body[start_index:])
        return self._finish(header, items)

    # -- e-mail headers, quoted mail and signatures
    def _drop_email(self, blocks: list[Block]) -> list[Block]:
        """Leave out an e-mail's header lines (From:, Sent:, To:, Subject:) and its signature;
        they are reported as not understood, and their dates are not the meeting's."""
        vocab = self.vocab
        kept: list[Block] = []
        email_dates: list[tuple[int, dt.date]] = []
        signed = False
        body_seen = False
        is_email = any(_EMAIL_START.match(b.text) for b in blocks[:15])
        for block in blocks:
            text = block.text
            header_like = (
                is_email and bool(_EMAIL_HEADER.match(text)) and vocab.email_headers.lead(text)
            )
            if header_like and (
                not body_seen or text.casefold().startswith(("from:", "de :", "de:"))
            ):
                self.report.place_block(block, UNREAD)
                email_dates.extend((block.line, d) for _, d in timetext.find_dates(text))
                continue
            if re.match(
                r"^-{2,}\s*(?:original message|message d.origine|mensaje original)", text, re.I
            ):
                self.report.place_block(block, UNREAD)
                continue
            if (
                body_seen
                and not block.bullet
                and not block.label
                and not block.row
                and len(text) < 40
                and vocab.signature.lead(text)
                and not re.search(r"\d", text)
            ):
                signed = True
            if signed:
                self.report.place_block(block, UNREAD)
                continue
            if block.label or block.heading or block.row:
                body_seen = True
            kept.append(block)
        self.email_dates = email_dates
        return kept

    # -- days
    def _days(self, blocks: list[Block]) -> list[tuple[Day, int]]:
        found: list[tuple[Day, int]] = []
        for index, block in enumerate(blocks):
            number = self._day_number(block.text)
            if number is None:
                continue
            date = timetext.parse_date(block.text)
            found.append((Day(number, strip_end(block.text), date, block.line), index))
        numbers = [d.number for d, _ in found]
        if len(found) < 2 or numbers != list(range(1, len(found) + 1)):
            return []
        # Days without their own date follow the header's first date.
        first_date = timetext.parse_date(" ".join(b.text for b in blocks[: found[0][1]]))
        out = []
        for day, index in found:
            if day.date is None and first_date is not None:
                day = Day(
                    day.number, day.label, first_date + dt.timedelta(days=day.number - 1), day.line
                )
            out.append((day, index))
        return out

    def _day_number(self, text: str) -> int | None:
        vocab = self.vocab
        lowered = text.casefold()
        for phrase, number in vocab.day_ordinals.items():
            if lowered.startswith(phrase) and len(text) < 120:
                return number
        match = _DAY_MARKER.match(text)
        if not match or not vocab.day_words.lead(match.group("word")) or len(text) > 120:
            return None
        if vocab.day_words.lead(match.group("word")) != match.group("word"):
            return None
        rest = text[match.end() :]
        if rest and not re.match(r"^\s*(?:[:.,\-–—(]|$)", rest):
            return None
        raw = match.group("num")
        return _DAY_NUMBERS.get(raw.lower()) or (
            int(raw) if raw.isdigit() else roman_value(raw.upper())
        )

    # -- where the agenda starts
    def _body_start(self, blocks: list[Block]) -> int | None:
        self.scheme, self.item_blocks = self._scheme(blocks)
        for index, block in enumerate(blocks):
            if id(block) in self.item_blocks:
                return index
        return None

    def _scheme(self, blocks: list[Block]) -> tuple[str, set[int]]:
        numbered = self._numbered(blocks)
        if numbered:
            return "numbered", numbered
        headings = self._headings(blocks)
        if headings:
            return "headings", headings
        rows = {
            id(b)
            for b in blocks
            if (self._is_timed_row(b) and not b.bullet and b.role != PEOPLE)
            or (b.row and b.start is not None)
        }
        breaks = {id(b) for b in blocks if self._is_break(b.text) or self.is_sitting_marker(b.text)}
        rows -= breaks
        # The questions after a panel belong to the panel's item ("11:00 Panel 1: …", "12:30
        # Q&A"): a Co-Chair expects "Q&A on Panel 1", not an item of its own.
        previous: Block | None = None
        for block in blocks:
            if id(block) not in rows:
                continue
            text = self._row_text(block)
            if (
                previous is not None
                and kind_of(text) is SegmentKind.QA
                and panel_of(self._row_text(previous))
            ):
                rows.discard(id(block))
            previous = block
        return "rows", rows

    @staticmethod
    def _row_text(block: Block) -> str:
        start, _, rest = timetext.leading_time(block.text)
        return rest.strip(" |–—-:") if start is not None else block.text

    def is_sitting_marker(self, text: str) -> bool:
        """A line that names a sitting and its times ("MORNING SESSION (10.00 – 13.00)",
        "Séance de l'après-midi : 15 h – 18 h"): it gives the sittings, it is not an item."""
        ranges = timetext.find_ranges(text)
        if not ranges:
            return False
        words = timetext.TIME_RANGE.sub(" ", text)
        words = re.sub(r"[()\[\]:,;.–—-]", " ", words).strip()
        rest = self.vocab.sittings.rest(words)
        return rest is not None and not re.search(r"[^\W\d_]{3,}", rest)

    def _is_break(self, text: str) -> bool:
        start, _, rest = timetext.leading_time(text)
        rest = rest.strip(" |–—-:") if start is not None else text
        return bool(self.vocab.breaks.lead(rest)) and len(rest) < 80

    def _numbered(self, blocks: list[Block]) -> set[int]:
        """The blocks of the longest run of items numbered in sequence (I, II, III or 1, 2, 3)."""
        candidates = []
        for block in blocks:
            if block.bullet or block.role or not block.label or block.level > 0:
                continue
            value = label_value(block.label)
            if value is None or value[0] in ("letter", "sub"):
                continue
            if block.text.rstrip().endswith("?"):
                continue
            candidates.append((block, value))
        best: list[Block] = []
        for style in {v[0] for _, v in candidates}:
            run: list[Block] = []
            following: int | None = None
            for block, (block_style, number) in candidates:
                if block_style != style:
                    continue
                if following is None or number == following:
                    run.append(block)
                    following = number + 1
                elif number == 1 and len(run) < 2:
                    run, following = [block], 2
            if len(run) > len(best):
                best = run
        if len(best) >= 2 or (
            len(best) == 1 and label_value(best[0].label) in (("roman", 1), ("decimal", 1))
        ):
            return {id(b) for b in best}
        return set()

    def _headings(self, blocks: list[Block]) -> set[int]:
        headings = [
            b
            for b in blocks
            if b.heading
            and not self.is_meta(b.text)
            and not self.vocab.breaks.lead(b.text)
            and not timetext.weekday_or_date_only(b.text)
            and not self.is_sitting_marker(b.text)
        ]
        if not headings:
            return set()
        # The first and shallowest heading before any time or date is the meeting's title.
        first_timed = next(
            (
                i
                for i, b in enumerate(blocks)
                if self._is_timed_row(b) or timetext.find_dates(b.text)
            ),
            len(blocks),
        )
        if (
            headings
            and blocks.index(headings[0]) <= first_timed
            and (
                len(headings) == 1
                or headings[0].heading < min(h.heading for h in headings[1:])
                or blocks.index(headings[0]) < first_timed
            )
        ):
            headings = headings[1:]
        if len(headings) < 2:
            return set()
        top = min(h.heading for h in headings)
        return {id(h) for h in headings if h.heading == top}

    def _is_timed_row(self, block: Block) -> bool:
        """A timetable row: a time and words ("10:00 - 10:15 Opening", "Opening (10:00)"), not a
        line of sittings ("10 AM – 1 PM; 3 PM – 6 PM (CEST)")."""
        if block.row and block.start is not None:
            return True
        start, _, rest = timetext.leading_time(block.text)
        if start is None:
            start, _, rest = timetext.trailing_time(block.text)
        if start is None or timetext.find_ranges(rest) or timetext.parse_date(rest):
            return False
        letters = re.findall(r"[^\W\d_]{3,}", rest)
        return bool(letters) and not re.fullmatch(
            r"\W*(?:[A-Z]{2,5}|\(?[^\W\d_]+\s+time\)?|heure de \w+|hora de \w+)\W*", rest, re.I
        )

    def is_meta(self, text: str) -> bool:
        stripped = text.strip("()[] *")
        return bool(
            self.vocab.markers.lead(stripped) and len(self.vocab.markers.rest(stripped) or "") < 3
        ) or timetext.weekday_or_date_only(stripped)

    # -- the header
    def _header(self, blocks: list[Block], day_marker: Block | None, day: Day | None) -> _Header:
        header = _Header()
        vocab = self.vocab
        title_parts: list[list[Block]] = []
        for block in blocks:
            text = block.text
            if block.role == HEADER:
                self.report.place_block(block, MARKER)
                continue
            if self.is_sitting_marker(text):  # "MORNING SESSION (10.00 – 13.00)"
                header.sittings.extend(
                    r for r in timetext.find_ranges(text) if r not in header.sittings
                )
                self.report.place_block(block, MEETING_DATA)
                continue
            where: list[str] = []
            dates = timetext.find_dates(text)
            ranges = timetext.find_ranges(text)
            labelled = vocab.date_labels.lead(text) or vocab.time_labels.lead(text)
            is_title_words = bool(vocab.title_words.search(text))
            meta_line = (
                self.is_meta(text)
                or bool(labelled)
                or (ranges and not is_title_words)
                or (dates and not is_title_words)
                or (
                    dates
                    and len(text) < 60
                    and timetext.weekday_or_date_only(
                        re.sub(r"\(.*?\)|\d{1,2}[:.h]\d{2}.*$", "", text)
                    )
                )
            )
            for _, date in dates:
                header.dates.append((block.line, date, text))
            if ranges and not is_title_words:
                for span in ranges:
                    if span not in header.sittings:
                        header.sittings.append(span)
                where.append(MEETING_DATA)
            venue = self._venue(text)
            if venue and not header.venue:
                header.venue = venue
                where.append(MEETING_DATA)
            if self._format_words(text):
                where.append(MEETING_DATA)
            if any(p.search(text) for p, _ in _PLATFORMS):
                where.append(MEETING_DATA)
            if dates and not is_title_words:
                where.append(MEETING_DATA)
            if self.is_meta(text):
                where.append(MARKER)
            if not meta_line and not where:
                if (
                    title_parts
                    and not block.blank_before
                    and not block.heading
                    and not _is_sentence(text)
                    and not _is_sentence(title_parts[-1][-1].text)
                ):
                    title_parts[-1].append(block)
                else:
                    title_parts.append([block])
                continue
            self.report.place_block(block, where[0] if where else MEETING_DATA)
        if day_marker is not None:
            for span in timetext.find_ranges(day_marker.text):
                if span not in header.sittings:
                    header.sittings.append(span)
        header.sittings.sort()
        text = "\n".join(b.text for b in blocks)
        header.platform = next((name for p, name in _PLATFORMS if p.search(text)), None)
        header.format = self._format(blocks, header.venue, header.platform)
        header.timezone = next((zone for p, zone in _ZONES if p.search(text)), None)
        header.title = self._title(title_parts)
        self._date(header, day)
        return header

    def _title(self, parts: list[list[Block]]) -> str | None:
        """The meeting's title: a heading when the header has one (Markdown "#", Word's heading
        styles), else the first paragraph that names the kind of event ("Constructive Dialogue on
        …"), else the longest; never a sentence ("Interpretation will not be provided.", an
        e-mail's message). The other paragraphs are reported as not understood."""
        texts = [" ".join(b.text for b in part) for part in parts]
        titles = [i for i, t in enumerate(texts) if not _is_sentence(t)] or list(range(len(texts)))
        headed = [i for i in titles if parts[i][0].heading]
        chosen = None
        if headed:
            chosen = min(headed, key=lambda i: (parts[i][0].heading, i))
        if chosen is None and titles:
            chosen = max(titles, key=lambda i: (self._title_score(texts[i]), -i))
        for index, part in enumerate(parts):
            for block in part:
                self.report.place_block(block, TITLE if index == chosen else UNREAD)
        return strip_end(texts[chosen]).rstrip(".") if chosen is not None else None

    def _title_score(self, text: str) -> int:
        """How much a header paragraph looks like the meeting's title: it names the kind of
        event; it is not a line that places the event ("Side event on the margins of …",
        "Organized by …")."""
        score = 1 if self.vocab.title_words.search(text) else 0
        if _CONTEXT_LINE.match(text):
            score -= 2
        return score

    def _date(self, header: _Header, day: Day | None) -> None:
        if day is not None and day.date is not None:
            header.date = day.date
        elif header.dates:
            header.date = header.dates[0][1]
        days = {d.date for d in self.report.days if d.date}
        distinct = {d for _, d, _ in header.dates if d not in days} | {
            d for _, d in self.email_dates
        }
        others = sorted(distinct - {header.date})
        if header.date is None and others:
            header.date = others.pop(0)
        if header.date is None:
            self.report.warn(
                "no-date",
                Phrase("the document gives no date: set the meeting's date in Meeting data"),
            )
        elif others:
            same_line = {
                d
                for line, d, _ in header.dates
                if any(line == n for n, c, _ in header.dates if c == header.date)
            }
            if set(others) <= same_line and all(d > header.date for d in others):
                self.report.warn(
                    "two-dates",
                    Phrase(
                        "the document covers several days ({first} to {last}) without saying"
                        " which entries are on which day: {first} was taken as the meeting's"
                        " date. Check it in Meeting data, and import each day's programme as a"
                        " meeting of its own",
                        first=header.date,
                        last=max(others),
                    ),
                )
                return
            self.report.warn(
                "two-dates",
                Phrase(
                    "the document gives more than one date: {date} was taken as the meeting's"
                    " date, not {others}. Check it in Meeting data",
                    date=header.date,
                    others=tuple(others),
                ),
            )

    def _venue(self, text: str) -> str | None:
        vocab = self.vocab
        rest = vocab.venue_labels.rest(text)
        candidates = [rest] if rest else [*re.findall(r"\(([^()]*)\)", text), text]
        for candidate in candidates:
            if not candidate:
                continue
            part = self._strip_format(candidate.strip())
            room = bool(_ROOM.search(part)) and len(part) < 100
            if not vocab.venue_words.search(part) or (
                vocab.title_words.search(part) and not rest and not room
            ):
                continue
            if timetext.find_ranges(part) and not rest:
                continue
            venue = re.split(
                r"\s+(?:and|with|plus|&|et|y)\s+(?:online|virtual|remote|en ligne|en línea)"
                r"|\s*[;(]|\s+through\s+|\s+via\s+|\s+par\s+|\s+por\s+|,\s*(?:and\s+)?(?:online|virtual)",
                part,
                maxsplit=1,
                flags=re.I,
            )[0]
            venue = self._strip_format(venue.strip(" .,:"))
            # A date glued to the venue ("VIC, Boardroom D, 10 July 2024") is not the venue.
            for _, _date in timetext.find_dates(venue):
                venue = re.split(r",?\s*(?:\w+day,?\s*)?\d{1,2}\s", venue, maxsplit=1)[0]
            if venue and vocab.venue_words.search(venue):
                return venue.strip(" .,")
        return None

    def _strip_format(self, text: str) -> str:
        return re.sub(
            r"^(?:hybrid|hybride|híbrido|híbrida|in[-\s]person|on[-\s]site|online|virtual|en ligne|"
            r"en línea|presencial|en présentiel)"
            r"(?:\s+(?:format|meeting|event|formato))?\s*[:,\-–]?\s*",
            "",
            text,
            flags=re.I,
        )

    def _format_words(self, text: str) -> bool:
        """Whether a header line says the meeting's format: "Hybrid format", "(online
        participation through …)", "In-person meeting"; not "Online Child Sexual Exploitation"
        in a title."""
        return bool(
            self._says(text, self.vocab.hybrid)
            or self._says(text, self.vocab.online)
            or self._says(text, self.vocab.in_person)
        )

    def _says(self, text: str, pattern: re.Pattern[str]) -> bool:
        for match in pattern.finditer(text):
            before = text[: match.start()].rstrip()
            after = text[match.end() :].lstrip()
            if pattern is self.vocab.hybrid:
                return True
            if before.endswith(("(", ":", ",", ";", " and", " et", " y", " or")):
                return True
            if not before and len(text.split()) <= 4:
                return True
            if re.match(
                r"^(?:participation|format|meeting|event|only|via|through|sur|par|por|"
                r"platform|session|réunion|reunión|formato)\b",
                after,
                re.I,
            ):
                return True
        return False

    def _format(
        self, blocks: list[Block], venue: str | None, platform: str | None
    ) -> MeetingFormat | None:
        vocab = self.vocab
        if any(self._says(b.text, vocab.hybrid) for b in blocks):
            return MeetingFormat.HYBRID
        online = any(self._says(b.text, vocab.online) for b in blocks) or bool(platform)
        in_person = any(self._says(b.text, vocab.in_person) for b in blocks) or bool(venue)
        if online and in_person:
            return MeetingFormat.HYBRID
        if online:
            return MeetingFormat.ONLINE
        if in_person:
            return MeetingFormat.IN_PERSON
        return None

    # -- the body
    def _body(self, blocks: list[Block]) -> list[ItemDraft]:
        reader = BodyReader(self, blocks)
        reader.read_all()
        return reader.items

    # -- the whole
    def _finish(self, header: _Header, items: list[ItemDraft]) -> ImportResult:
        items = [item for item in items if item.title]
        if not items:
            raise ProgrammeError("no agenda items found", source=self.source)
        for item in items:
            finish_item(item)
        count = sum(len(item.segments) for item in items)
        if count > MAX_SEGMENTS:
            raise ProgrammeError(
                "the document reads as {count} agenda entries, more than a meeting's day holds"
                " (at most {most}): is it the programme? Open the programme itself",
                source=self.source,
                count=Grouped(count),
                most=MAX_SEGMENTS,
            )
        stated = sorted(set(header.sittings) | self.body_sittings)
        sittings = stated or _infer_sittings(items)
        title = header.title or (items[0].title if self.scheme != "numbered" else None)
        if not title:
            raise ProgrammeError(
                "the programme has no title before its first agenda item", source=self.source
            )
        self._check(header, stated, sittings, items)
        programme = _build(header, title, sittings, items)
        for item, built in zip(items, programme.items, strict=True):
            self.report.origins[built.id] = item.line
            for seg, segment in zip(item.segments, built.segments, strict=True):
                self.report.origins[segment.id] = seg.line
        try:
            programme.validate()
        except ProgrammeError as exc:
            raise ProgrammeError.saying(exc.phrase, source=self.source) from exc
        return ImportResult(programme, self.report)

    def _check(
        self,
        header: _Header,
        stated: list[tuple[int, int]],
        sittings: list[tuple[int, int]],
        items: list[ItemDraft],
    ) -> None:
        segments = [s for item in items for s in item.segments]
        timed = [s for s in segments if s.start is not None]
        if not sittings and not timed:
            self.report.warn(
                "no-sittings",
                Phrase(
                    "the document gives no sittings and no times: set the sittings in Meeting"
                    " data, or the plan cannot place the day"
                ),
            )
        if stated and timed:
            capacity = sum(e - s for s, e in stated)
            latest = max((s.end or s.start or 0) for s in timed)
            planned = sum(
                (s.end - s.start) for s in timed if s.end is not None and s.start is not None
            )
            if latest > max(e for _, e in stated) or planned > capacity:
                self.report.warn(
                    "overfull",
                    Phrase(
                        "the times in the programme run to {latest} ({planned} minutes"
                        " planned), past the sittings ({sittings}, {capacity} minutes): check"
                        " the sittings and the times in Meeting data",
                        latest=f"{latest // 60:02d}:{latest % 60:02d}",
                        planned=planned,
                        sittings=_sittings_text(stated),
                        capacity=capacity,
                    ),
                )
        for seg in segments:
            if is_person(seg.title):
                self.report.warn(
                    "person-title",
                    Phrase(
                        "the segment “{title}” looks like a person's name, not an agenda entry:"
                        " check where this line belongs",
                        title=seg.title,
                    ),
                    seg.line,
                )
        record = self._record_message()
        if record:
            self.report.warn("record", record)

    def _record_message(self) -> Phrase | None:
        """What to say when the document is a meeting's exported record, not a programme."""
        found = {
            b.text.casefold().strip(" :")
            for b in self.blocks
            if b.text.casefold().strip(" :") in _RECORD_SECTIONS
        }
        if len(found) < 2:
            return None
        return Phrase(
            "this looks like a meeting's exported record (it has {sections}), not a programme:"
            " open the programme the meeting was run from",
            sections=", ".join(f"“{s}”" for s in sorted(found)),
        )


_SENTENCE = re.compile(
    r"[.!]\s*$|[.!?]\s+[A-Z]|\b(?:will|shall|is|are|was|were|be|please|sera|seront|est|sont|"
    r"será|serán|es|son|dear|chers?|chères?|estimad[oa]s?)\b|,\s*$",
    re.I,
)


def _is_sentence(text: str) -> bool:
    """A sentence (a note, a greeting, an e-mail's message), not a title."""
    return bool(_SENTENCE.search(text))


def _sittings_text(sittings: Sequence[tuple[int, int]]) -> str:
    return "; ".join(f"{s // 60:02d}:{s % 60:02d}–{e // 60:02d}:{e % 60:02d}" for s, e in sittings)


def _infer_sittings(items: list[ItemDraft]) -> list[tuple[int, int]]:
    """Sittings from per-segment times when the header gives none: a gap of an hour or more
    (lunch) splits the day."""
    spans = sorted(
        ((s.start, s.end) for item in items for s in item.segments if s.start is not None),
        key=lambda span: span[0],
    )
    if not spans:
        return []
    sittings: list[list[int]] = []
    for start, end in spans:
        if sittings and start - sittings[-1][1] < 60:
            sittings[-1][1] = max(sittings[-1][1], end or start)
        else:
            sittings.append([start, end or start])
    out = [(s, max(e, s + 15)) for s, e in sittings]
    # A last segment with no end runs to the end of its sitting: round up to the half hour.
    return [(s, e if e % 30 == 0 else e + (30 - e % 30)) for s, e in out]


def _build(
    header: _Header, title: str, sittings: list[tuple[int, int]], items: list[ItemDraft]
) -> Programme:
    segs = [seg for item in items for seg in item.segments]
    minutes = allocate_minutes([Slot(s.kind, s.start, s.end) for s in segs], sittings)
    planned = iter(minutes)
    counter = itertools.count(1)
    built_items = []
    for item_index, item in enumerate(items, 1):
        built = []
        for seg in item.segments:
            built.append(
                Segment(
                    id=f"seg-{next(counter)}",
                    kind=seg.kind,
                    title=seg.title or item.title,
                    planned_minutes=max(0, next(planned)),
                    number=seg.number
                    if seg.kind in (SegmentKind.PANEL, SegmentKind.STANDING_ITEM)
                    else None,
                    scheduled_start=time_of(seg.start) if seg.start is not None else None,
                    guiding_questions=tuple(seg.questions),
                    panellists=tuple(seg.people),
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
                segments=tuple(built),
            )
        )
    return Programme(
        title=title,
        date=header.date,
        timezone=header.timezone,
        sittings=tuple(Sitting(time_of(s), time_of(e)) for s, e in sittings if e > s),
        venue=header.venue,
        format=header.format,
        online_platform=header.platform,
        items=tuple(built_items),
    )


def import_blocks(
    blocks: list[Block], *, source: str | None = None, day: int | None = None
) -> ImportResult:
    """Build the programme of the document whose layout is ``blocks``."""
    try:
        return ProgrammeBuilder(blocks, source=source).build(day)
    except ProgrammeError as exc:
        raise (exc.located(source) if source else exc) from None
    except RecursionError as exc:  # pragma: no cover - defensive
        raise ProgrammeError("the document is too deeply nested to read", source=source) from exc
