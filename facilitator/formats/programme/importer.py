"""Import a programme with its report: the one entry point for every programme file.

:func:`import_programme` reads a .txt, .md, .docx or .toml file and returns the programme and the
:class:`~facilitator.formats.programme.report.ImportReport` of how it was read. A programme that
covers several days raises :class:`SeveralDaysError` (listing the days) unless ``day`` says which
one to import: a meeting is one day, and two days are never merged silently.

The readers themselves sit below it (:mod:`~facilitator.formats.programme.files` picks one by the
file's content; text in :mod:`~facilitator.formats.programme.text_reader`, Word in
:mod:`~facilitator.formats.programme.docx_reader`, both built by
:func:`~facilitator.formats.programme.builder.import_blocks`), so that none of them imports this
module back; the names they define are re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.formats.programme.builder import SeveralDaysError, import_blocks
from facilitator.formats.programme.files import read_with_report
from facilitator.formats.programme.report import ImportReport, ImportResult
from facilitator.formats.programme.text_reader import import_text

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
    return read_with_report(Path(path), day=day)
