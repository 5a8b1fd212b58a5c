"""Reading a registration list into a plain table of text: CSV in any common encoding and
delimiter, or an Excel workbook (.xlsx).

Nothing in a file is ever evaluated: an Excel formula gives the value Excel saved with it (or
nothing), and a text that starts with ``=`` stays that text. Whatever cannot be read gives a
:class:`RegistrationError` that names the file and says what to do.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from facilitator.core.errors import Grouped, Phrase
from facilitator.formats.text_decoding import decode_bytes

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no registration list comes near it."""
MAX_ROWS = 100_000
"""More rows than this is not a registration list (or is a sheet full of junk)."""
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
"""An .xlsx whose parts would expand to more than this is refused before it is opened."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_XLS_STREAM = "Workbook".encode("utf-16-le")
_XLS5_STREAM = "Book".encode("utf-16-le") + b"\x00\x00"
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)
_DELIMITERS = (",", ";", "\t", "|")
_SEP_LINE = re.compile(r"\A[ \t]*sep=(.)[ \t]*\r?\n", re.IGNORECASE)
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


class RegistrationError(ValueError):
    """A registration list that cannot be read or imported.

    ``source`` names the file and ``row`` (when set) the 1-based row of the file concerned, so the
    message a user sees says where to look and what to do. The sentence is a constant English
    template with its values, kept as :attr:`phrase` so that the interface says it in its
    language; ``message`` is the English and :meth:`describe` adds where, in English.
    """

    def __init__(
        self,
        template: str,
        /,
        *,
        source: str | None = None,
        row: int | None = None,
        **params: object,
    ) -> None:
        self.phrase = Phrase(template, **params)
        self.message = self.phrase.english
        self.source = source
        self.row = row
        super().__init__(self.describe())

    @classmethod
    def saying(
        cls, phrase: Phrase, *, source: str | None = None, row: int | None = None
    ) -> RegistrationError:
        """The error that says ``phrase`` (a template checked where it was written)."""
        return cls(phrase.template, source=source, row=row, **phrase.params)

    def describe(self) -> str:
        where = ""
        if self.source:
            where = self.source + (f", row {self.row}" if self.row else "") + ": "
        elif self.row:
            where = f"row {self.row}: "
        return where + self.message


@dataclass(frozen=True)
class Table:
    """A registration list as text: its column headings and its rows (each padded to the width of
    the headings). ``row_numbers[i]`` is the row of the file where ``rows[i]`` was found (the
    spreadsheet's row, or the CSV line where the record starts), for messages; rows that were
    entirely empty are left out."""

    headers: list[str]
    rows: list[list[str]]
    source: str
    row_numbers: list[int] = field(default_factory=list)
    sheet: str | None = None
    header_row: int = 1
    #: The columns the file gave no heading: named "Column B" (in English) in ``headers``, which
    #: the interface says in its own language.
    unnamed: frozenset[int] = frozenset()

    def row_number(self, index: int) -> int:
        """The file's row number of ``rows[index]``."""
        if index < len(self.row_numbers):
            return self.row_numbers[index]
        return self.header_row + 1 + index


HeaderFinder = Callable[[Sequence[Sequence[str]]], int]
"""Given the first non-empty rows of a sheet, the index of the one that holds the headings, or -1
when none looks like headings (the first row is then taken)."""


def _first_row(rows: Sequence[Sequence[str]]) -> int:
    return 0


@dataclass
class _Grid:
    rows: list[list[str]]
    numbers: list[int]
    sheet: str | None = None


# --------------------------------------------------------------------------------------------
# Entry points


def read_grid_table(
    path: Path | str, *, sheet: str | None = None, find_header: HeaderFinder = _first_row
) -> Table:
    """Read ``path`` (CSV or .xlsx, by content first and extension second) into a :class:`Table`.

    ``sheet`` names the worksheet of a workbook; without it the first visible sheet whose headings
    ``find_header`` recognises is taken (or else the first visible sheet with anything in it).
    """
    path = Path(path)
    source = str(path)
    data = _read_bytes(path)
    kind = _kind(data, path, source)
    if kind == "xlsx":
        return _xlsx_table(data, source, sheet, find_header)
    if sheet is not None:
        raise RegistrationError(
            "this is a text (CSV) file, it has no sheet named {sheet}",
            source=source,
            sheet=repr(sheet),
        )
    grid = _csv_grid(data, source)
    return _to_table(grid, source, find_header)


def list_sheets(path: Path | str) -> list[str]:
    """The names of the visible worksheets of an .xlsx file (``[]`` for a CSV file)."""
    path = Path(path)
    source = str(path)
    data = _read_bytes(path)
    if _kind(data, path, source) != "xlsx":
        return []
    with _workbook(data, source) as wb:
        return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]


# --------------------------------------------------------------------------------------------
# Bytes and file kinds


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        if path.is_dir():
            raise RegistrationError("this is a folder, not a registration list", source=source)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RegistrationError(
                "the file is {size} MB, too large to be a registration list",
                source=source,
                size=size // (1024 * 1024),
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise RegistrationError("there is no such file", source=source) from exc
    except PermissionError as exc:
        raise RegistrationError(
            "permission denied: this file cannot be read (is it open in another program?)",
            source=source,
        ) from exc
    except OSError as exc:
        raise RegistrationError(
            "this file cannot be read ({reason})", source=source, reason=str(exc.strerror)
        ) from exc


def _kind(data: bytes, path: Path, source: str) -> str:
    """``"xlsx"`` or ``"text"``, or a :class:`RegistrationError` saying what the file is."""
    suffix = path.suffix.lower()
    if not data.strip(b" \t\r\n\x00") or data in (
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
    ):
        raise RegistrationError("the file is empty", source=source)
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED in data:
            raise RegistrationError(
                "this Excel file is protected by a password: open it in Excel, remove the "
                "password (File > Info > Protect Workbook > Encrypt with Password), save it "
                "and import it again",
                source=source,
            )
        if _XLS_STREAM in data or _XLS5_STREAM in data:
            raise RegistrationError(
                "this is an old-format Excel file (.xls): open it in Excel and save it as "
                "Excel Workbook (.xlsx) or CSV UTF-8, then import that",
                source=source,
            )
        raise RegistrationError(
            "this is an old-format Office document, not a workbook: registration lists are "
            "read from Excel (.xlsx) or CSV files",
            source=source,
        )
    if data.startswith(_ZIP_MAGIC) or suffix in _EXCEL_SUFFIXES:
        if not data.startswith(_ZIP_MAGIC):
            text = decode_bytes(data)
            if text is not None and not _looks_binary(text):
                raise RegistrationError(
                    "the file is named {suffix} but holds plain text, not an Excel workbook: "
                    "if it is a CSV export, rename it to .csv and import it again",
                    source=source,
                    suffix=suffix,
                )
            raise RegistrationError(
                "this is not an Excel workbook (it may be damaged or only partly downloaded): "
                "open it in Excel and save it again as .xlsx or CSV UTF-8",
                source=source,
            )
        return "xlsx"
    if data.startswith(b"%PDF"):
        raise RegistrationError(
            "this is a PDF: registration lists are read from Excel (.xlsx) or CSV files",
            source=source,
        )
    head = data[:512].removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table")):
        raise RegistrationError(
            "this is a web page or XML file, not a table: open it in Excel and save it as "
            "Excel Workbook (.xlsx) or CSV UTF-8",
            source=source,
        )
    return "text"  # whatever the extension: text is read as CSV, anything else refused there


# --------------------------------------------------------------------------------------------
# CSV


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 200)


def _csv_grid(data: bytes, source: str) -> _Grid:
    text = decode_bytes(data)
    if text is None and not _looks_binary(data.decode("latin-1")):
        raise RegistrationError(
            "the text of this file is in an encoding that cannot be recognised: save it from "
            "Excel as CSV UTF-8 (or as .xlsx) and import it again",
            source=source,
        )
    if text is None or _looks_binary(text):
        raise RegistrationError(
            "this is not a table of text (it looks like binary data): registration lists are "
            "read from Excel (.xlsx) or CSV files",
            source=source,
        )
    text = text.lstrip("\ufeff")
    first_line = 1
    sep = _SEP_LINE.match(text)
    if sep:
        delimiter = sep.group(1)
        text = text[sep.end() :]
        first_line = 2
    else:
        delimiter = sniff_delimiter(text)
    rows: list[list[str]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    previous = 0
    try:
        for record in reader:
            start = previous + first_line
            previous = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) > MAX_ROWS:
                raise RegistrationError.saying(_too_many_rows(), source=source)
            rows.append(record)
            numbers.append(start)
    except csv.Error as exc:
        raise RegistrationError(
            "this file is not a well-formed CSV table near line {line} ({reason}): open it in"
            " Excel and save it again as CSV UTF-8",
            source=source,
            line=str(previous + first_line),
            reason=str(exc),
        ) from exc
    return _Grid(rows, numbers)


def sniff_delimiter(text: str) -> str:
    """The delimiter (comma, semicolon, tab or bar) that splits the first records of ``text`` into
    the most consistent number of columns (more than one); comma when none does."""
    sample = text[:65536]
    if len(text) > len(sample):
        cut = sample.rfind("\n")
        if cut > 0:
            sample = sample[:cut]
    best = (0, 0, 0)
    chosen = ","
    for rank, delimiter in enumerate(reversed(_DELIMITERS)):
        lengths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    lengths.append(len(_trim(record)))
                if len(lengths) >= 50:
                    break
        except csv.Error:
            continue
        counts = Counter(n for n in lengths if n > 1)
        if not counts:
            continue
        width, count = max(counts.items(), key=lambda item: (item[1], item[0]))
        score = (count, width, rank)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _trim(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _too_many_rows() -> Phrase:
    return Phrase(
        "the table has more than {most} rows: this is not a registration list (check that the"
        " right sheet or file was chosen)",
        most=Grouped(MAX_ROWS),
    )


# --------------------------------------------------------------------------------------------
# Excel


@contextlib.contextmanager
def _workbook(data: bytes, source: str) -> Iterator[Any]:
    """openpyxl's read-only workbook, opened with formulas as their saved values and without
    external links or macros, closed on exit, its warnings silenced (they are not the user's)."""
    _check_zip(data, source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
            )
        except Exception as exc:
            raise _damaged(source, exc) from exc
        try:
            yield book
        finally:
            book.close()


def _damaged(source: str, exc: BaseException) -> RegistrationError:
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return RegistrationError(
        "this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded:"
        " open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that",
        source=source,
        reason=detail,
    )


def _check_zip(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _damaged(source, exc) from exc
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            what = Phrase("a Word document")
        elif "content.xml" in names:
            what = Phrase("an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8")
        elif "ppt/presentation.xml" in names:
            what = Phrase("a PowerPoint presentation")
        else:
            what = Phrase("a ZIP archive")
        raise RegistrationError("this is {what}, not an Excel workbook", source=source, what=what)
    if total > MAX_UNZIPPED_BYTES:
        raise RegistrationError(
            "this workbook expands to more than {size} MB: it is not a registration list",
            source=source,
            size=MAX_UNZIPPED_BYTES // (1024 * 1024),
        )


def _xlsx_table(data: bytes, source: str, sheet: str | None, find_header: HeaderFinder) -> Table:
    with _workbook(data, source) as wb:
        try:
            sheets = list(wb.worksheets)
            if sheet is not None:
                chosen = [ws for ws in sheets if ws.title == sheet]
                if not chosen:
                    names = ", ".join(repr(ws.title) for ws in sheets)
                    raise RegistrationError(
                        "the workbook has no sheet named {sheet} (its sheets: {names})",
                        source=source,
                        sheet=repr(sheet),
                        names=names or Phrase("none"),
                    )
                grid = _sheet_grid(chosen[0], source)
                if not grid.rows:
                    raise RegistrationError(
                        "the sheet {sheet} is empty", source=source, sheet=repr(sheet)
                    )
                return _to_table(grid, source, find_header)
            visible = [ws for ws in sheets if ws.sheet_state == "visible"] or sheets[:1]
            fallback: _Grid | None = None
            for ws in visible:
                grid = _sheet_grid(ws, source)
                if not grid.rows:
                    continue
                if fallback is None:
                    fallback = grid
                if len(visible) == 1 or find_header(grid.rows[:20]) >= 0:
                    return _to_table(grid, source, find_header)
            if fallback is None:
                raise RegistrationError("the workbook's sheets are all empty", source=source)
            return _to_table(fallback, source, find_header)
        except RegistrationError:
            raise
        except Exception as exc:
            raise _damaged(source, exc) from exc


def _sheet_grid(ws: Any, source: str) -> _Grid:
    ws.reset_dimensions()  # some writers record wrong dimensions; read what is there
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, values in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), 1):
        if not values:
            continue
        row = [_cell_text(value) for value in values]
        if not any(cell.strip() for cell in row):
            continue
        if len(rows) > MAX_ROWS:
            raise RegistrationError.saying(_too_many_rows(), source=source)
        rows.append(row)
        numbers.append(number)
    return _Grid(rows, numbers, sheet=ws.title)


def _cell_text(value: object) -> str:
    """A cell's value as the text Excel shows (near enough): integers without ``.0``, dates in
    ISO form, TRUE/FALSE; error values (#N/A, #REF!…) as nothing."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "" if value in _EXCEL_ERRORS else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return str(value)


# --------------------------------------------------------------------------------------------
# Grid to table


def _to_table(grid: _Grid, source: str, find_header: HeaderFinder) -> Table:
    if not grid.rows:
        raise RegistrationError("the file is empty", source=source)
    at = find_header(grid.rows[:20])
    at = max(at, 0)
    headers = _trim(list(grid.rows[at]))
    body = grid.rows[at + 1 :]
    numbers = grid.numbers[at + 1 :]
    if not body:
        raise RegistrationError(
            "the file has column headings but no registrations under them", source=source
        )
    width = max(len(headers), *(len(_trim(row)) for row in body))
    headers = [h.strip() for h in headers] + [""] * (width - len(headers))
    unnamed = frozenset(i for i, h in enumerate(headers) if not h)
    headers = [h or f"Column {column_letter(i)}" for i, h in enumerate(headers)]
    rows = [(row + [""] * (width - len(row))) if len(row) < width else row[:width] for row in body]
    return Table(
        headers=headers,
        rows=rows,
        source=source,
        row_numbers=numbers,
        sheet=grid.sheet,
        header_row=grid.numbers[at],
        unnamed=unnamed,
    )


def column_letter(index: int) -> str:
    """A spreadsheet's letter for the column at ``index`` (0: "A", 26: "AA")."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
