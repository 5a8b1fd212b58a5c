"""One entry point for every export of the session record, for the CLI and the app alike.

:data:`FORMATS` says what each format is (its label, its file suffix, whether it honours the
record's sections, whether it writes several files) so that the command line, the export dialog
and the tests agree; :func:`export_record` writes one, atomically, and returns the paths written.

The Word and PDF writers are imported only when used (with the crash log in the record's
process, the only imports inside a function in ``formats/record``): they load python-docx and Qt,
which cost about 0.12 s (97 ms and 21 ms more, measured after the other writers), so that
exporting Markdown, HTML, CSV or JSON from the command line never pays for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.record import Record
from facilitator.formats.record.csv_writer import csv_parts, write_csv_parts
from facilitator.formats.record.files import write_files
from facilitator.formats.record.html_writer import html_text
from facilitator.formats.record.json_file import json_text
from facilitator.formats.record.localise import in_language
from facilitator.formats.record.markdown_writer import markdown_text


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
    # A document of its own, laid out as a Co-Chairs' summary (formats/record/summary.py): it
    # takes what it needs from the whole record, whatever sections are chosen.
    ExportFormat("summary-docx", "Co-Chairs' summary, draft (Word .docx)", ".docx", False),
)
#: The key of the draft of the Co-Chairs' summary.
SUMMARY_KEY = "summary-docx"
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
    language: str = "en",
) -> list[Path]:
    """Write ``record`` as format ``key`` to ``path``; returns the files written.

    JSON also needs the ``programme`` and the ``journal`` (it is re-importable); the other formats
    ignore them. ``language``: the documents' (a code of
    :data:`~facilitator.formats.record.catalogue.LANGUAGES`); JSON is data, and stays in the
    core's English words, for re-import. Raises
    :class:`~facilitator.formats.record.files.ExportError` when a file cannot be written, leaving
    nothing partial behind.
    """
    parts = render_parts(record, key, programme=programme, journal=journal, language=language)
    return write_parts(key, parts, path)


def render_parts(
    record: Record,
    key: str,
    *,
    programme: Programme | None = None,
    journal: Sequence[EventRecord] = (),
    language: str = "en",
) -> dict[str, bytes]:
    """The bytes of ``record`` as format ``key``, made in memory and not written: CSV's three
    files by name ("interventions"…), every other format's one file under ``""``. The app makes
    them in a process of its own (:mod:`~facilitator.formats.record.record_process`), and writes
    them with :func:`write_parts`."""
    fmt = export_format(key)
    if fmt.key != "json":
        record = in_language(record, language)
    if fmt.key == "docx":
        from facilitator.formats.record.docx_writer import docx_bytes

        return {"": docx_bytes(record)}
    if fmt.key == "pdf":
        from facilitator.formats.record.pdf_writer import pdf_bytes

        return {"": pdf_bytes(record)}
    if fmt.key == SUMMARY_KEY:
        from facilitator.formats.record.docx_writer import summary_docx_bytes

        return {"": summary_docx_bytes(record)}
    if fmt.key == "html":
        return {"": html_text(record).encode("utf-8")}
    if fmt.key == "md":
        return {"": markdown_text(record).encode("utf-8")}
    if fmt.key == "csv":
        return csv_parts(record)
    return {"": json_text(record, programme=programme, journal=journal).encode("utf-8")}


def write_parts(key: str, parts: Mapping[str, bytes], path: Path | str) -> list[Path]:
    """Write what :func:`render_parts` made for format ``key`` to ``path``, atomically (CSV's
    three files all or none); the files written, or :class:`ExportError`."""
    if export_format(key).several_files:
        return write_csv_parts(parts, path)
    return write_files([(Path(path), parts[""])])
