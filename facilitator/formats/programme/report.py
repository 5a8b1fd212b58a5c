"""What an import did with a document: where each line went, what it did not understand, and the
warnings a Co-Chair must see before trusting the programme.

The report travels with the programme from the reader to whoever shows it: ``programme show`` and
``programme import`` print its warnings on stderr (``--json`` includes them), the start screen shows
them when a programme is opened. Warnings have a stable ``code`` (for tests and for the data) and a
sentence that says what was found and what to check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from facilitator.core.errors import Phrase
from facilitator.core.programme import Programme

if TYPE_CHECKING:
    from facilitator.formats.programme.blocks import Block

#: Where a line of the document went.
TITLE = "title"
MEETING_DATA = "meeting data"
DAY = "day"
ITEM = "agenda item"
SEGMENT = "segment"
NOTE = "note"
QUESTION = "guiding question"
PERSON = "person"
BREAK = "break"
MARKER = "heading"
UNREAD = "not understood"


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something the Co-Chairs must check: ``code`` is stable, ``phrase`` says it in words (a
    constant template and its values, which the interface says in its language; ``message`` is
    the English, for the terminal and ``--json``)."""

    code: str
    phrase: Phrase
    line: int | None = None

    @property
    def message(self) -> str:
        return self.phrase.english

    def describe(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True, slots=True)
class Day:
    """One day of a programme that covers several."""

    number: int
    label: str
    date: dt.date | None
    line: int

    @property
    def phrase(self) -> Phrase:
        """ "day 2: Day 2 – Tuesday 9 July 2024", with the date when the label has none."""
        # Imported here: timetext compiles the date patterns of every language file when it is
        # imported (27 ms measured), and the command line imports this module at every start.
        from facilitator.formats.programme.timetext import parse_date

        if self.date is None or parse_date(self.label) is not None:
            return Phrase("day {number}: {label}", number=self.number, label=self.label)
        return Phrase(
            "day {number}: {label} ({date})", number=self.number, label=self.label, date=self.date
        )

    def describe(self) -> str:
        return self.phrase.english


def day_text(date: dt.date | None) -> str:
    """ "Tuesday 9 July 2024"."""
    return f"{date:%A} {date.day} {date:%B %Y}" if date else ""


@dataclass(slots=True)
class ImportReport:
    """Where every line went (``placed``), what was not understood, and the warnings."""

    source: str | None = None
    warnings: list[ImportWarning] = field(default_factory=list)
    placed: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, where)
    days: list[Day] = field(default_factory=list)
    day: int | None = None
    #: The document's line each item and segment was read from (by id), for the editor.
    origins: dict[str, int] = field(default_factory=dict)

    def place(self, line: int, text: str, where: str) -> None:
        self.placed.append((line, text, where))

    def place_block(self, block: Block, where: str) -> None:
        """Every source line of ``block`` (a wrapped paragraph covers several) went ``where``."""
        self.place(block.line, block.raw or block.text, where)
        for line in range(block.line + 1, block.last_line + 1):
            self.place(line, "", where)

    def warn(self, code: str, phrase: Phrase, line: int | None = None) -> None:
        """Warn once of ``phrase`` (a constant template with its values, never a sentence put
        together here, so that the interface can translate it)."""
        if not any(w.code == code and w.phrase == phrase for w in self.warnings):
            self.warnings.append(ImportWarning(code, phrase, line))

    def source_line(self, line: int) -> str:
        """The document's text at ``line`` (as the report placed it)."""
        return next((text for number, text, _ in self.placed if number == line and text), "")

    def warnings_at(self, line: int) -> list[ImportWarning]:
        return [w for w in self.warnings if w.line == line]

    def meeting_warnings(self, *codes: str) -> list[ImportWarning]:
        """The warnings about the meeting's data with one of ``codes`` (all when none given)."""
        return [w for w in self.warnings if w.line is None and (not codes or w.code in codes)]

    @property
    def unread(self) -> list[tuple[int, str]]:
        """The lines the importer did not understand (kept nowhere in the programme)."""
        return [(line, text) for line, text, where in self.placed if where == UNREAD and text]

    def lines_text(self) -> list[str]:
        """The warnings and the lines not understood, one sentence each, for a terminal."""
        out = [f"warning: {w.describe()}" for w in self.warnings]
        unread = self.unread
        if unread:
            out.append(
                f"note: {len(unread)} line{'s' if len(unread) != 1 else ''} not understood"
                " (not in the programme):"
            )
            out.extend(f"  line {line}: {text}" for line, text in unread)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "warnings": [
                {"code": w.code, "message": w.message, "line": w.line} for w in self.warnings
            ],
            "not_understood": [{"line": line, "text": text} for line, text in self.unread],
            "days": [
                {
                    "number": d.number,
                    "label": d.label,
                    "date": d.date.isoformat() if d.date else None,
                }
                for d in self.days
            ],
            "day": self.day,
        }


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A programme read from a document, and the report of how it was read."""

    programme: Programme
    report: ImportReport
