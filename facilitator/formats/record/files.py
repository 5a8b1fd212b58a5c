"""Writing export files atomically, for every record format.

A file is written to a temporary file in the same folder and moved over the target with
:func:`os.replace`, so a reader sees the old file or the new one, never half of one; on any failure
the temporary file is removed and :class:`ExportError` names the path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.atomic_files import fsync_directory, make_temp

if TYPE_CHECKING:
    from facilitator.core.record import Record


class ExportError(ValueError):
    """An export that could not be written; the message names the path and says why."""


# Characters XML 1.0 (Word, SVG) and Qt's text documents cannot hold; tab, line feed and carriage
# return are allowed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` with the characters XML cannot hold replaced by U+FFFD, everything else kept:
    captured text can hold anything, and Word, SVG and PDF must still get a valid file."""
    return _NOT_XML.sub("\ufffd", text)


#: Bidirectional classes that make a text sway what follows it: right-to-left letters and the
#: embedding, override and isolate controls.
_SWAYING = frozenset({"R", "AL", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"})
FSI, PDI = "\u2068", "\u2069"
#: The explicit embeddings and overrides: their effect runs on past the text that holds them.
_OVERRIDES = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF"})


def isolate(text: str) -> str:
    """Captured text (a name, an organization, a line of a summary) that holds right-to-left
    script or direction controls, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: its
    direction is its own and ends with it. A right-to-left override typed inside a name once
    reversed the rest of the line in the PDF ("Dana txet yrammus"). Text that cannot sway
    anything is returned as it is."""
    if text.isascii() or not any(unicodedata.bidirectional(c) in _SWAYING for c in text):
        return text
    return _isolate_lines(text)


#: A line break as captured text may hold it (CR LF, CR or LF), kept by :func:`re.split`.
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


def _isolate_lines(text: str) -> str:
    """Each line of ``text`` between FSI and PDI (its line breaks, CR LF too, outside them: an
    isolate never holds a line break); an empty line, or one isolated already, as it is."""
    return "".join(
        part
        if not part or _LINE_BREAK.fullmatch(part) or (part[0] == FSI and part[-1] == PDI)
        else f"{FSI}{part}{PDI}"
        for part in _LINE_BREAK.split(text)
    )


def for_right_to_left(text: str) -> str:
    """Captured text (a name, a title, a summary) for a right-to-left document (Arabic), line by
    line. A line that reads left to right (its first strongly directional character is Latin…) is
    isolated: otherwise an English summary's full stop, a question mark or a closing bracket at
    its end takes the document's direction and stands at its left (".Trafficking … offices"). A
    line that reads right to left is left bare (:func:`isolate`'s isolates taken off): it runs in
    the document's own direction, and LibreOffice draws the neutral that follows an isolate of
    Arabic in an Arabic paragraph over it (the colon after a speaker's name vanished). A line
    holding embeddings or overrides, or isolates that do not close, stays isolated."""
    return "".join(_for_right_to_left(part) for part in _LINE_BREAK.split(text))


def _for_right_to_left(line: str) -> str:
    if not line or _LINE_BREAK.fullmatch(line):
        return line
    isolated = line[0] == FSI and line[-1] == PDI
    inner = line[1:-1] if isolated else line
    if not _self_contained(inner):
        return line if isolated else f"{FSI}{line}{PDI}"
    for char in inner:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return f"{FSI}{inner}{PDI}"
        if kind in ("R", "AL"):
            return inner
    return inner


def _self_contained(text: str) -> bool:
    """Whether ``text``'s direction controls end within it: no embedding or override, every
    isolate closed."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _OVERRIDES:
            return False
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def cells(text: str) -> int:
    """How many character cells ``text`` takes: a Chinese, Japanese or Korean character (wide or
    full-width) two, any other one. The widths of tables' columns and of the chart's labels are
    reckoned in these, so that "非政府组织" gets the room of ten Latin letters, not five."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def right_to_left(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strongly directional character is Arabic,
    Hebrew… (as a paragraph's direction is found, Unicode's rule P2)."""
    if text.isascii():
        return False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def local_hhmm(record: Record, moment: dt.datetime | None) -> str:
    """A time of the record as the meeting's clock showed it ("10:42"), or "–" when unknown.
    Shared by every human-readable export, so they never disagree."""
    return record.local(moment).strftime("%H:%M") if moment is not None else "–"


def clock_minutes(seconds: int) -> str:
    """A duration as "m:ss" (speaking time, limits, overtime)."""
    minutes, rest = divmod(max(seconds, 0), 60)
    return f"{minutes}:{rest:02d}"


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import on the main thread: os.umask() can only be read by setting it, which would
# race with an export written on a worker thread.
_UMASK = _read_umask()


def _mode_for(path: Path) -> int:
    """The permissions a new export gets: the replaced file's, else what the user's umask gives a
    new file (a temporary file starts private, which would hide it from colleagues on a share)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_files(files: Sequence[tuple[Path, bytes]]) -> list[Path]:
    """Write every ``(path, data)``: all temporary files first, then each moved into place. If
    any temporary file cannot be written, none of the targets is touched."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            folder = path.parent
            if not folder.is_dir():
                raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
            try:
                temps.append((make_temp(path, data, mode=_mode_for(path)), path))
            except OSError as exc:
                raise ExportError(f"cannot write {path}: {_describe(exc)}") from exc
        for temp, path in temps:
            if path.is_dir():
                raise ExportError(f"cannot write {path}: it is a folder")
            try:
                os.replace(temp, path)
            except OSError as exc:
                raise ExportError(f"cannot write {path}: {_describe(exc)}") from exc
        for folder in {path.parent for _, path in temps}:
            fsync_directory(folder)  # the renames themselves survive a power cut
    finally:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return [path for path, _ in files]


def write_text(path: Path | str, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically."""
    target = Path(path)
    return write_files([(target, text.encode(encoding))])[0]
