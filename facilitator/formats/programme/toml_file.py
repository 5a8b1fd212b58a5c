"""Programmes as TOML files: the structured form the Co-Chairs (or the Secretariat) edit by hand.

The layout is fixed so that a person can find their way: the meeting's own fields first, then one
``[[sittings]]`` table per sitting, then each ``[[items]]`` followed by its ``[[items.segments]]``.
``tomli_w`` formats every value (quoting, escapes); this module only decides where the sections go,
because ``tomli_w`` alone would inline whichever segments happen to fit on one line.

Reading is strict (see :mod:`facilitator.core.programme_codec`); a TOML syntax error names its line.
Writing is atomic: a crash mid-save leaves the previous file, never half of the new one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.atomic_files import write_atomic
from facilitator.core.errors import Phrase
from facilitator.core.programme import Programme, ProgrammeError, SegmentKind
from facilitator.core.programme_codec import programme_from_data, programme_to_data

MAX_BYTES = 50 * 1024 * 1024

_HEADER = f"""\
# Facilitator programme. Times are local to `timezone`, written "HH:MM".
# Segment kinds: {", ".join(kind.value for kind in SegmentKind)}.
# Ids may be left out of new items and segments; do not change existing ones.
"""

_LOCATION_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END_RE = re.compile(r"\s*\(at end of document\)\s*$")


# ============================================================================ reading
def loads_toml(text: str, *, source: str | None = None) -> Programme:
    """Read a programme from TOML text; any problem is a :class:`ProgrammeError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(str(exc), text, source) from None
    except RecursionError:
        raise ProgrammeError(
            "the TOML is nested too deeply to be a programme", source=source
        ) from None
    except ValueError:
        # tomllib lets int() refuse numbers of more than 4300 digits.
        raise ProgrammeError(
            "the TOML holds a number that is far too long", source=source
        ) from None
    return programme_from_data(data, source=source)


def read_toml(path: Path | str) -> Programme:
    """Read a programme from a UTF-8 TOML file (a leading byte-order mark is allowed)."""
    path = Path(path)
    source = str(path)
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgrammeError(
            "this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor",
            source=source,
            line=data[: exc.start].count(b"\n") + 1,
            byte=f"{data[exc.start]:02x}",
        ) from None
    return loads_toml(text, source=source)


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ProgrammeError("the file is too large to be a programme", source=source)
        return path.read_bytes()
    except FileNotFoundError:
        raise ProgrammeError("no such file", source=source) from None
    except IsADirectoryError:
        raise ProgrammeError("this is a folder, not a programme file", source=source) from None
    except PermissionError:
        raise ProgrammeError("permission denied: cannot read this file", source=source) from None
    except OSError as exc:
        raise ProgrammeError(
            "cannot read this file ({reason})", source=source, reason=str(exc.strerror)
        ) from None


def _syntax_error(message: str, text: str, source: str | None) -> ProgrammeError:
    """tomllib (3.11) has no ``lineno`` attribute: the line is in the message, "(at line 3,
    column 5)" or "(at end of document)". Move it to ``line`` so every error reads the same."""
    if match := _LOCATION_RE.search(message):
        line, column = int(match.group(1)), int(match.group(2))
        return ProgrammeError(
            "not valid TOML: {reason} (line {line_number}, column {column})",
            source=source,
            line=line,
            reason=_toml_reason(message[: match.start()]),
            line_number=str(line),
            column=str(column),
        )
    line = text.count("\n") + 1
    return ProgrammeError(
        "not valid TOML: {reason} (at the end of the file, line {line_number})",
        source=source,
        line=line,
        reason=_toml_reason(_END_RE.sub("", message)),
        line_number=str(line),
    )


#: tomllib's reasons (Python 3.11 to 3.13), as phrases with the same English, so that the
#: interface can say them in its language.
_TOML_REASONS = {
    phrase.template: phrase
    for phrase in (
        Phrase("Cannot overwrite a value"),
        Phrase("Escaped character is not a Unicode scalar value"),
        Phrase("Expected '=' after a key in a key/value pair"),
        Phrase("Expected ']' at the end of a table declaration"),
        Phrase("Expected ']]' at the end of an array declaration"),
        Phrase("Expected newline or end of document after a statement"),
        Phrase("Invalid date or datetime"),
        Phrase("Invalid hex value"),
        Phrase("Invalid initial character for a key part"),
        Phrase("Invalid statement"),
        Phrase("Invalid value"),
        Phrase("Unclosed array"),
        Phrase("Unclosed inline table"),
        Phrase("Unterminated string"),
    )
}
_TOML_REASON_RE = re.compile(
    r"(?P<declare>Cannot declare (?P<k1>.+) twice)"
    r"|(?P<mutate>Cannot mutate immutable namespace (?P<k2>.+))"
    r"|(?P<redefine>Cannot redefine namespace (?P<k3>.+))"
    r"|(?P<duplicate>Duplicate inline table key (?P<k4>.+))"
    r"|(?P<invalid>Found invalid character (?P<c1>.+))"
    r"|(?P<illegal>Illegal character (?P<c2>.+))"
    r"|(?P<expected>Expected (?P<e>.+))",
    re.S,
)


def _toml_reason(reason: str) -> str | Phrase:
    """tomllib's reason as a phrase the interface translates; a reason this module does not
    know (a later Python's) is kept as it is, in English."""
    known = _TOML_REASONS.get(reason)
    if known is not None:
        return known
    match = _TOML_REASON_RE.fullmatch(reason)
    if match is None:
        return reason
    if match["declare"]:
        return Phrase("Cannot declare {key} twice", key=match["k1"])
    if match["mutate"]:
        return Phrase("Cannot mutate immutable namespace {key}", key=match["k2"])
    if match["redefine"]:
        return Phrase("Cannot redefine namespace {key}", key=match["k3"])
    if match["duplicate"]:
        return Phrase("Duplicate inline table key {key}", key=match["k4"])
    if match["invalid"]:
        return Phrase("Found invalid character {character}", character=match["c1"])
    if match["illegal"]:
        return Phrase("Illegal character {character}", character=match["c2"])
    return Phrase("Expected {expected}", expected=match["e"])


# ============================================================================ writing
def dumps_toml(programme: Programme) -> str:
    """The programme as TOML text, in the fixed human-friendly layout."""
    return _HEADER + "\n" + "\n".join(_sections(programme_to_data(programme), name=""))


def write_toml(programme: Programme, path: Path | str) -> None:
    """Save the programme to ``path`` atomically.

    The text is read back before anything touches the disk: a programme that would not reopen as
    itself (invalid, or holding text no file can store) is refused with a :class:`ProgrammeError`
    instead of being saved. Disk errors propagate as :class:`OSError`.
    """
    path = Path(path)
    text = dumps_toml(programme)
    try:
        same = loads_toml(text) == programme
    except ProgrammeError as exc:
        raise ProgrammeError(
            "cannot save this programme: {reason}", source=str(path), reason=exc.phrase
        ) from exc
    if not same:
        raise ProgrammeError(
            "cannot save this programme: it would not read back the same", source=str(path)
        )
    write_atomic(path, text.encode("utf-8"))


def _sections(table: Mapping[str, Any], name: str) -> Iterator[str]:
    """The TOML sections for ``table``: its plain values first, then a ``[sub]`` section per
    sub-table and a ``[[list]]`` section per element of a list of tables."""
    plain = {k: v for k, v in table.items() if not _is_table(v) and not _is_table_list(v)}
    if plain or not name:
        yield tomli_w.dumps(plain)
    for key, value in table.items():
        child = f"{name}.{key}" if name else key
        if _is_table(value):
            yield f"[{child}]\n" + "".join(_sections(value, child))
        elif _is_table_list(value):
            for element in value:
                yield f"[[{child}]]\n" + "\n".join(_sections(element, child))


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping)


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)
