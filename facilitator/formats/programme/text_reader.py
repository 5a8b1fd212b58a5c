"""Read a programme written as plain text or Markdown.

The text is normalised (line endings, a word processor's hyphens), laid out as blocks
(:func:`facilitator.formats.programme.blocks.text_blocks`: Markdown headings, bullets, typed list
numbers, wrapped lines joined) and built by :mod:`facilitator.formats.programme.builder`, the same
builder a Word document goes through. :func:`parse_text` gives the programme alone; the report of
how it was read comes from :func:`facilitator.formats.programme.importer.import_text`.
"""

from __future__ import annotations

from facilitator.core.programme import Programme

#: Typography a word processor puts in that means the same as plain text to the reader: the
#: non-breaking and typographic hyphens (Word's Ctrl+Shift+-) as "-", the soft hyphen and the
#: zero-width characters as nothing, the typographic spaces as spaces. Dashes (– —) stay: they
#: separate times and titles. Curly quotes stay too: they are the document's words.
_TYPOGRAPHY = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
    }
)


#: More lines (paragraphs, in Word) than any meeting's programme has (a one-day programme runs to
#: a few hundred): a longer document is refused at once rather than read for seconds.
MAX_LINES = 5_000


def normalise_text(text: str) -> str:
    """Line endings (CR LF, CR, and the Unicode line and paragraph separators) as LF, and the
    typography above, before anything is read: "Co‑Chairs" with a non-breaking hyphen is the
    Co-Chairs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    return text.translate(_TYPOGRAPHY)


def parse_text(text: str, *, source: str | None = None, day: int | None = None) -> Programme:
    """Read a programme from text. Raises ProgrammeError for anything it cannot read."""
    from facilitator.formats.programme.importer import import_text

    return import_text(text, source=source, day=day).programme


__all__ = ["MAX_LINES", "normalise_text", "parse_text"]
