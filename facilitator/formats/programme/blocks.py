"""The layout of a programme, whatever file it came from: a list of blocks.

Every reader (text and Markdown in :mod:`~facilitator.formats.programme.text_reader`, Word in
:mod:`~facilitator.formats.programme.docx_reader`) turns its document into the same structure,
keeping what the layout says: the heading level, the list level and the number a list shows ("I.",
"1.", "(a)") apart from the words, the bullet, a table row with the role of each of its cells (time,
agenda item, speakers) and the time span of a time column. The programme is built from this
structure (:mod:`~facilitator.formats.programme.builder`), never from lines flattened into text, so
that a Word table's speakers are not glued onto its titles and a heading numbered by its style is
still an item. This module is the structure and the inline clean-up both readers share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The roles a block can have besides ordinary text.
PEOPLE = "people"  # a paragraph of a table's speakers column
CELL = "cell"  # a later paragraph of a table row's agenda-item cell
HEADER = "header"  # a table's header row ("Time | Agenda item | Speakers")


@dataclass(slots=True)
class Block:
    """One paragraph of the document, as its layout presents it."""

    line: int  # 1-based line (text) or paragraph (Word) where it starts, for messages
    text: str  # the words, without bullet, list number or Markdown
    raw: str = ""  # the line as written, for the import report
    label: str | None = None  # the list or outline number shown before it: "I.", "1.", "(a)"
    level: int = 0  # list or indentation level, 0 at the left margin
    bullet: str = ""  # the bullet glyphs before it ("-", "•", "❖"); "" when not a bullet
    heading: int = 0  # heading level (Markdown "#", Word "Heading 1"); 0 for body text
    blank_before: bool = True  # a new paragraph (text: a blank line before it)
    row: bool = False  # the first block of a table row (its agenda-item cell)
    role: str = ""  # PEOPLE, CELL or "" (see above)
    start: int | None = None  # the time a table's time column gives, minutes since midnight
    end: int | None = None
    end_line: int = 0  # the last source line a wrapped paragraph covers

    @property
    def standing_mark(self) -> bool:
        return "❖" in self.bullet or "◆" in self.bullet or "♦" in self.bullet

    @property
    def last_line(self) -> int:
        return max(self.line, self.end_line)


# ----------------------------------------------------------------------------- words
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_INVISIBLE = str.maketrans({"\ufeff": None, "\u200e": None, "\u200f": None, "\u200b": None})

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
#: List numbers typed into the text: "I.", "1.", "1)", "Item 1.", "Agenda item 1:", "(a)", "a)".
_LABELS = [
    re.compile(
        r"^(?P<label>(?:(?:agenda\s+)?item|point(?:\s+de\s+l.ordre\s+du\s+jour)?|punto|tema|"
        r"session|séance|sesión|part|partie|parte|module|módulo)\s+"
        r"(?P<num>\d{1,2}|" + _ROMAN + r")(?<!\s)\s*[.:)\-–—]?)\s+(?=\S)",
        re.I,
    ),
    re.compile(r"^(?P<label>(?P<num>(?=[IVX])" + _ROMAN + r")\s*[.)])\s*(?=\S)"),
    re.compile(r"^(?P<label>(?P<num>\d{1,2})\s*[.)])\s*(?=[^\d\s.])"),
    # "1.1 Welcome remarks", "2.3. Discussion": a sub-item of item 1, 2 (one digit after the
    # point: "10.15 Briefing" is a time).
    re.compile(r"^(?P<label>(?P<num>\d{1,2}\.\d)\.?)\s+(?=[^\W\d_])"),
    re.compile(r"^(?P<label>\(?(?P<num>[a-z])\))\s*(?=\S)"),
]


def clean_inline(text: str) -> str:
    """Words without Markdown emphasis and links, with spaces normalised."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


def split_label(text: str) -> tuple[str | None, str]:
    """A typed list number and the words after it: "II. Briefing" → ("II.", "Briefing")."""
    for pattern in _LABELS:
        match = pattern.match(text)
        if match and match.group("num"):
            return match.group("label").strip(), text[match.end() :]
    return None, text
