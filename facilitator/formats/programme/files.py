"""Open any programme file the Co-Chairs are likely to have: .txt, .md, .docx or our own .toml.

The format is chosen by the file's content first (a Word file renamed .txt is still a Word file)
and its extension second. Whatever goes wrong, the caller gets a :class:`ProgrammeError` that
names the file and says what to do.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.core.programme import Programme, ProgrammeError
from facilitator.formats.programme.report import ImportReport, ImportResult
from facilitator.formats.programme.text_reader import import_text
from facilitator.formats.programme.toml_file import loads_toml
from facilitator.formats.text_decoding import decode_bytes

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".docx", ".toml")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_BYTES = 50 * 1024 * 1024


def read_programme(path: Path | str, *, day: int | None = None) -> Programme:
    """Read a programme from ``path``, whatever its format (``day``: which day of a programme
    that covers several)."""
    return read_with_report(Path(path), day=day).programme


def read_with_report(path: Path, *, day: int | None = None) -> ImportResult:
    """The programme at ``path`` and the report of how it was read."""
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if data.startswith((_ZIP_MAGIC, _OLE_MAGIC)) or suffix == ".docx":
        # Imported here: the Word reader loads lxml and python-docx (36 ms measured after the
        # other readers), which the start screen, importing this module before its first paint,
        # should not wait for.
        from facilitator.formats.programme.docx_reader import import_docx

        return import_docx(path, day=day)
    if suffix == ".toml":
        programme = loads_toml(decode_text(data, source=str(path)), source=str(path))
        return ImportResult(programme, ImportReport(source=str(path)))
    if data.startswith(b"%PDF"):
        raise ProgrammeError(
            "PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)",
            source=str(path),
        )
    return import_text(decode_text(data, source=str(path)), source=str(path), day=day)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ProgrammeError("this is a folder, not a programme file", source=str(path))
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise ProgrammeError(
                "the file is {size} MB: too large to be a programme",
                source=str(path),
                size=size // (1024 * 1024),
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ProgrammeError("no such file", source=str(path)) from exc
    except PermissionError as exc:
        raise ProgrammeError("permission denied: cannot read this file", source=str(path)) from exc
    except OSError as exc:
        raise ProgrammeError(
            "cannot read this file ({reason})", source=str(path), reason=str(exc.strerror)
        ) from exc


def decode_text(data: bytes, *, source: str | None = None) -> str:
    """Text from bytes in whatever encoding a programme was saved in (UTF-8, UTF-16 with or
    without BOM, Windows-1252), refusing binary data."""
    if not data.strip():
        raise ProgrammeError("the file is empty", source=source)
    text = decode_bytes(data)
    if text is None or _looks_binary(text):
        raise ProgrammeError(
            "this is not a text document; save the programme as .txt, .md or .docx",
            source=source,
        )
    return text.lstrip("\ufeff")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)
