"""Import a programme with its report: the one entry point for every programme file.

:func:`import_programme` reads a .txt, .md, .docx or .toml file and returns the programme and the
:class:`~facilitator.formats.programme.report.ImportReport` of how it was read. A programme that
covers several days raises :class:`SeveralDaysError` (listing the days) unless ``day`` says which
one to import: a meeting is one day, and two days are never merged silently.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.programme import ProgrammeError
from facilitator.formats.programme.blocks import Block, text_blocks
from facilitator.formats.programme.builder import ProgrammeBuilder, SeveralDaysError
from facilitator.formats.programme.report import ImportReport, ImportResult

__all__ = [
    "ImportReport",
    "ImportResult",
    "SeveralDaysError",
    "import_blocks",
    "import_programme",
    "import_text",
]


def import_programme(path: Path | str, *, day: int | None = None) -> ImportResult:
    """Read the programme at ``path`` (any supported format) with its import report."""
    from facilitator.formats.programme.files import read_with_report

    return read_with_report(Path(path), day=day)


def import_text(text: str, *, source: str | None = None, day: int | None = None) -> ImportResult:
    """Read a programme written as plain text or Markdown."""
    from facilitator.formats.programme.text_reader import MAX_LINES, normalise_text

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
    blocks = text_blocks(text)
    if not blocks:
        raise ProgrammeError("the document is empty", source=source)
    return import_blocks(blocks, source=source, day=day)


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
