"""One entry point for every export of the session record, for the CLI and the app alike.

:data:`FORMATS` says what each format is (its label, its file suffix, whether it honours the
record's sections, whether it writes several files) so that the command line, the export dialog
and the tests agree; :func:`export_record` writes one, atomically, and returns the paths written.

The Word and PDF writers are imported only when used (the only imports inside a function in
``formats/record``): they load python-docx and Qt, which cost about 0.12 s (97 ms and 21 ms more,
measured after the other writers), so that exporting Markdown, HTML, CSV or JSON from the command
line never pays for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.record import Record
from facilitator.formats.record.csv_writer import write_csv
from facilitator.formats.record.html_writer import write_html
from facilitator.formats.record.json_file import write_json
from facilitator.formats.record.markdown_writer import write_markdown


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str  # "docx", as the CLI's --format takes it
    label: str  # "Word document (.docx)"
    suffix: str  # ".docx"; for CSV the suffix of each of its files
    document: bool  # a document for people: honours the record's sections
    several_files: bool = False  # CSV: one file per table, named after the path given


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("docx", "Word document (.docx)", ".docx", True),
    ExportFormat("pdf", "PDF, A4 (.pdf)", ".pdf", True),
    ExportFormat("html", "Web page, one file (.html)", ".html", True),
    ExportFormat("md", "Markdown (.md)", ".md", True),
    ExportFormat("csv", "CSV tables for spreadsheets (.csv)", ".csv", False, several_files=True),
    ExportFormat("json", "JSON, complete and re-importable (.json)", ".json", False),
)
FORMAT_KEYS: tuple[str, ...] = tuple(f.key for f in FORMATS)


def export_format(key: str) -> ExportFormat:
    """The format named ``key`` (``ValueError`` naming the known ones otherwise)."""
    for fmt in FORMATS:
        if fmt.key == key:
            return fmt
    raise ValueError(f"unknown export format {key!r}: use one of {', '.join(FORMAT_KEYS)}")


def export_record(
    record: Record,
    key: str,
    path: Path | str,
    *,
    programme: Programme | None = None,
    journal: Sequence[EventRecord] = (),
) -> list[Path]:
    """Write ``record`` as format ``key`` to ``path``; returns the files written.

    JSON also needs the ``programme`` and the ``journal`` (it is re-importable); the other formats
    ignore them. Raises :class:`~facilitator.formats.record.files.ExportError` when a file cannot
    be written, leaving nothing partial behind.
    """
    fmt = export_format(key)
    target = Path(path)
    if fmt.key == "docx":
        from facilitator.formats.record.docx_writer import write_docx

        return [write_docx(record, target)]
    if fmt.key == "pdf":
        from facilitator.formats.record.pdf_writer import write_pdf

        return [write_pdf(record, target)]
    if fmt.key == "html":
        return [write_html(record, target)]
    if fmt.key == "md":
        return [write_markdown(record, target)]
    if fmt.key == "csv":
        return write_csv(record, target)
    return [write_json(record, target, programme=programme, journal=journal)]
