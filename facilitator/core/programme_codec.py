"""The programme as plain data (dicts, lists, strings, ints) and back, for TOML and JSON files.

:func:`programme_to_data` writes *everything*, ids included, so that a saved programme reopens as
the very same value (the journal refers to segments by id). :func:`programme_from_data` is the
strict reader for files that people edit by hand: any missing, mistyped or misspelt field is a
:class:`ProgrammeError` that names the field's path (``items[2].segments[0].planned_minutes``),
because a typo silently dropped would change the meeting without anyone noticing. Ids may be left
out of a hand-written file; the reader makes fresh ones.

Whatever the input, the reader raises nothing but :class:`ProgrammeError`: it only walks the shapes
it expects and describes unexpected values by their type, never by ``repr`` (which can recurse or
fail on huge numbers).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.core.errors import Phrase
from facilitator.core.programme import (
    AgendaItem,
    MeetingFormat,
    Person,
    Programme,
    ProgrammeError,
    Segment,
    SegmentKind,
    Sitting,
    new_id,
)

FORMAT_VERSION = 1

PROGRAMME_KEYS = (
    "format_version",
    "title",
    "date",
    "timezone",
    "venue",
    "format",
    "online_platform",
    "sittings",
    "items",
)
SITTING_KEYS = ("start", "end")
ITEM_KEYS = ("id", "number", "title", "notes", "segments")
SEGMENT_KEYS = (
    "id",
    "kind",
    "number",
    "title",
    "label",
    "planned_minutes",
    "scheduled_start",
    "for_panel",
    "guiding_questions",
    "moderator",
    "panellists",
)
PERSON_KEYS = ("name", "role", "organization")

MAX_MINUTES = 24 * 60
# TOML integers are 64-bit; a larger panel number could be written but not portably read back.
MAX_NUMBER = 999  # panels and standing items: the same bound as Programme.validate()

_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?")

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")


# ============================================================================ writing
def programme_to_data(programme: Programme) -> dict[str, Any]:
    """The complete programme as TOML- and JSON-ready data.

    Keys whose value is ``None`` or an empty list are left out (TOML has no null, and a file a
    person edits should not be padded with empty fields); the reader restores them as defaults.
    The key order is the order in which a person reading the file wants to meet the fields.
    """
    return _compact(
        {
            "format_version": FORMAT_VERSION,
            "title": programme.title,
            "date": programme.date.isoformat() if programme.date is not None else None,
            "timezone": programme.timezone,
            "venue": programme.venue,
            "format": programme.format.value if programme.format is not None else None,
            "online_platform": programme.online_platform,
            "sittings": [_sitting_to_data(s) for s in programme.sittings],
            "items": [_item_to_data(item) for item in programme.items],
        }
    )


def _sitting_to_data(sitting: Sitting) -> dict[str, Any]:
    return {"start": _time_text(sitting.start), "end": _time_text(sitting.end)}


def _item_to_data(item: AgendaItem) -> dict[str, Any]:
    return _compact(
        {
            "id": item.id,
            "number": item.number,
            "title": item.title,
            "notes": list(item.notes),
            "segments": [_segment_to_data(s) for s in item.segments],
        }
    )


def _segment_to_data(segment: Segment) -> dict[str, Any]:
    return _compact(
        {
            "id": segment.id,
            "kind": segment.kind.value,
            "number": segment.number,
            "title": segment.title,
            "label": segment.label,
            "planned_minutes": segment.planned_minutes,
            "scheduled_start": (
                _time_text(segment.scheduled_start) if segment.scheduled_start is not None else None
            ),
            "for_panel": segment.for_panel,
            "guiding_questions": list(segment.guiding_questions),
            "moderator": (
                _person_to_data(segment.moderator) if segment.moderator is not None else None
            ),
            "panellists": [_person_to_data(p) for p in segment.panellists],
        }
    )


def _person_to_data(person: Person) -> dict[str, Any]:
    return _compact({"name": person.name, "role": person.role, "organization": person.organization})


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop the keys that hold nothing, so that the data fits TOML (no null) and stays short."""
    return {k: v for k, v in data.items() if v is not None and v != []}


def _time_text(value: dt.time) -> str:
    """ "HH:MM" for whole minutes (every real programme); seconds only when the value has them, so
    that a programme built in code still round-trips exactly. Any UTC offset is not written: the
    programme's times are local to its ``timezone``."""
    text = f"{value.hour:02d}:{value.minute:02d}"
    if value.second or value.microsecond:
        text += f":{value.second:02d}"
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text


# ============================================================================ reading
def programme_from_data(data: Mapping[str, Any], *, source: str | None = None) -> Programme:
    """Read a programme from plain data (parsed TOML or JSON) and validate it.

    Raises :class:`ProgrammeError`, attributed to ``source``, for anything missing, mistyped,
    unknown or invalid.
    """
    try:
        return _read_programme(data).validate()
    except ProgrammeError as exc:
        raise (exc.located(source) if source else exc) from None


def _read_programme(data: object) -> Programme:
    table = _table(data, "")
    _check_keys(table, PROGRAMME_KEYS, "")
    _read_format_version(table.get("format_version"))
    ids = _IdMaker(_explicit_ids(table))
    return Programme(
        title=_str(_required(table, "title", ""), "title"),
        date=_optional(table, "date", "", _date),
        timezone=_optional(table, "timezone", "", _timezone),
        sittings=tuple(
            _read_sitting(t, path) for t, path in _tables(_get(table, "sittings", []), "sittings")
        ),
        venue=_optional(table, "venue", "", _str),
        format=_optional(table, "format", "", _meeting_format),
        online_platform=_optional(table, "online_platform", "", _str),
        items=tuple(
            _read_item(t, path, ids) for t, path in _tables(_get(table, "items", []), "items")
        ),
    )


def _read_format_version(value: object) -> None:
    """Refuse files from a newer Facilitator rather than misread them; a hand-written file may
    leave the version out."""
    if value is None:
        return
    version = _int(value, "format_version", 1, None)
    if version > FORMAT_VERSION:
        raise ProgrammeError(
            "format_version: this file was written by a newer version of Facilitator (format"
            " {found}); this version reads format {readable}, please update",
            found=_show(version),
            readable=FORMAT_VERSION,
        )
    if version != FORMAT_VERSION:
        raise _wrong("format_version", str(FORMAT_VERSION), version)


def _read_sitting(table: Mapping[str, Any], path: str) -> Sitting:
    _check_keys(table, SITTING_KEYS, path)
    return Sitting(
        start=_time(_required(table, "start", path), _at(path, "start")),
        end=_time(_required(table, "end", path), _at(path, "end")),
    )


def _read_item(table: Mapping[str, Any], path: str, ids: _IdMaker) -> AgendaItem:
    _check_keys(table, ITEM_KEYS, path)
    item_id = ids.read(table, path, "item")
    return AgendaItem(
        id=item_id,
        title=_str(_required(table, "title", path), _at(path, "title")),
        number=_optional(table, "number", path, _str),
        notes=_strings(_get(table, "notes", []), _at(path, "notes")),
        segments=tuple(
            _read_segment(t, p, ids)
            for t, p in _tables(_get(table, "segments", []), _at(path, "segments"))
        ),
    )


def _read_segment(table: Mapping[str, Any], path: str, ids: _IdMaker) -> Segment:
    _check_keys(table, SEGMENT_KEYS, path)
    segment_id = ids.read(table, path, "seg")
    return Segment(
        id=segment_id,
        kind=_enum(_required(table, "kind", path), _at(path, "kind"), SegmentKind, Phrase("kind")),
        title=_str(_required(table, "title", path), _at(path, "title")),
        planned_minutes=_int(
            _get(table, "planned_minutes", 0), _at(path, "planned_minutes"), 0, MAX_MINUTES
        ),
        number=_optional(table, "number", path, _number),
        scheduled_start=_optional(table, "scheduled_start", path, _time),
        guiding_questions=_strings(
            _get(table, "guiding_questions", []), _at(path, "guiding_questions")
        ),
        panellists=tuple(
            _read_person(t, p)
            for t, p in _tables(_get(table, "panellists", []), _at(path, "panellists"))
        ),
        moderator=_optional(table, "moderator", path, _person),
        for_panel=_optional(table, "for_panel", path, _number),
        label=_optional(table, "label", path, _str) or None,
    )


def _person(value: object, path: str) -> Person:
    return _read_person(_table(value, path), path)


def _read_person(table: Mapping[str, Any], path: str) -> Person:
    _check_keys(table, PERSON_KEYS, path)
    return Person(
        name=_str(_required(table, "name", path), _at(path, "name")),
        role=_optional(table, "role", path, _str),
        organization=_optional(table, "organization", path, _str),
    )


# ---------------------------------------------------------------------------- ids
class _IdMaker:
    """Keeps the ids of a file unique: explicit ids are reserved up front, so that an id made for
    an early item cannot collide with one written further down."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = taken

    def read(self, table: Mapping[str, Any], path: str, prefix: str) -> str:
        if "id" in table:
            value = _str(table["id"], _at(path, "id"))
            if not value.strip():
                raise ProgrammeError(
                    "{path}: must not be empty (or leave it out)", path=_at(path, "id")
                )
            return value
        # new_id starts counting at len(taken) + 1, so give it only the ids with this prefix:
        # items then get item-1, item-2… rather than numbers shifted by the segment ids.
        marker = prefix + "-"
        made = new_id(prefix, {t for t in self._taken if t.startswith(marker)})
        self._taken.add(made)
        return made


def _explicit_ids(table: Mapping[str, Any]) -> set[str]:
    """Every id written in the file, wherever it is, ignoring malformed parts (the main pass
    reports those with their path)."""
    ids: set[str] = set()
    items = table.get("items")
    for item in items if isinstance(items, list | tuple) else ():
        if not isinstance(item, Mapping):
            continue
        if isinstance(item.get("id"), str):
            ids.add(item["id"])
        segments = item.get("segments")
        for segment in segments if isinstance(segments, list | tuple) else ():
            if isinstance(segment, Mapping) and isinstance(segment.get("id"), str):
                ids.add(segment["id"])
    return ids


# ---------------------------------------------------------------------------- structure
def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _table(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _wrong(path or Phrase("the programme"), Phrase("a table"), value)
    return value


def _tables(value: object, path: str) -> list[tuple[Mapping[str, Any], str]]:
    """The tables of an array of tables, each with its path (``items[2]``)."""
    return [(_table(v, f"{path}[{i}]"), f"{path}[{i}]") for i, v in enumerate(_list(value, path))]


def _list(value: object, path: str) -> Sequence[Any]:
    # A string is a Sequence too, but `notes = "text"` is a mistake, not a list of characters.
    if not isinstance(value, list | tuple):
        raise _wrong(path, Phrase("a list"), value)
    return value


def _check_keys(table: Mapping[Any, Any], allowed: Collection[str], path: str) -> None:
    """Unknown keys are errors: a misspelt ``plannd_minutes`` must not silently become 0."""
    for key in table:
        if isinstance(key, str) and key in allowed:
            continue
        close = difflib.get_close_matches(key, list(allowed), n=1) if isinstance(key, str) else []
        keys = ", ".join(allowed)
        if path and close:
            raise ProgrammeError(
                '{path}: unknown key {key} (did you mean "{close}"?); the keys allowed here are:'
                " {keys}",
                path=path,
                key=_show(key),
                close=close[0],
                keys=keys,
            )
        if path:
            raise ProgrammeError(
                "{path}: unknown key {key}; the keys allowed here are: {keys}",
                path=path,
                key=_show(key),
                keys=keys,
            )
        if close:
            raise ProgrammeError(
                'unknown top-level key {key} (did you mean "{close}"?); the keys allowed here'
                " are: {keys}",
                key=_show(key),
                close=close[0],
                keys=keys,
            )
        raise ProgrammeError(
            "unknown top-level key {key}; the keys allowed here are: {keys}",
            key=_show(key),
            keys=keys,
        )


def _required(table: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in table:
        raise ProgrammeError("{path}: missing", path=_at(path, key))
    return table[key]


def _get(table: Mapping[str, Any], key: str, default: Any) -> Any:
    """The value at ``key``, or ``default`` when it is absent or JSON's null."""
    value = table.get(key)
    return default if value is None else value


def _optional(
    table: Mapping[str, Any], key: str, path: str, read: Callable[[object, str], _T]
) -> _T | None:
    """``read`` the value at ``key``, or ``None`` when the key is absent (TOML has no null; JSON's
    null is accepted as "absent" too)."""
    value = table.get(key)
    return None if value is None else read(value, _at(path, key))


# ---------------------------------------------------------------------------- values
def _str(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise _wrong(path, Phrase("text"), value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (possible in JSON) could never be saved to a file or a database.
        raise ProgrammeError(
            "{path}: contains a character that is not valid text", path=path
        ) from None
    return value


def _strings(value: object, path: str) -> tuple[str, ...]:
    return tuple(_str(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path)))


def _int(value: object, path: str, low: int, high: int | None) -> int:
    """A whole number in ``low..high``; ``true`` and ``10.0`` are not whole numbers here."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise _wrong(path, Phrase("a whole number"), value)
    if high is not None and not low <= value <= high:
        expected = Phrase("a whole number from {low} to {high}", low=str(low), high=str(high))
        raise _wrong(path, expected, value)
    if value < low:
        raise _wrong(path, Phrase("a whole number of at least {low}", low=str(low)), value)
    return int(value)


def _number(value: object, path: str) -> int:
    """A panel or standing-item number: 1 or more, and within TOML's 64-bit integers."""
    number = _int(value, path, 1, None)
    if number > MAX_NUMBER:
        raise ProgrammeError(
            "{path}: {number} is too large for a number", path=path, number=_show(number)
        )
    return number


def _date(value: object, path: str) -> dt.date:
    if isinstance(value, dt.datetime):  # a datetime is a date too; the time would be lost
        raise _wrong(path, _A_DATE, value)
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, str) and (match := _DATE_RE.fullmatch(value)):
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            raise ProgrammeError(
                "{path}: {value} is not a real date", path=path, value=_show(value)
            ) from None
    raise _wrong(path, _A_DATE, value)


def _time(value: object, path: str) -> dt.time:
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise _wrong(path, Phrase('a local time without UTC offset ("10:00")'), value)
        return dt.time(value.hour, value.minute, value.second, value.microsecond)
    if isinstance(value, str) and (match := _TIME_RE.fullmatch(value)):
        hour, minute, second, fraction = match.groups()
        micro = int((fraction or "0").ljust(6, "0"))
        try:
            return dt.time(int(hour), int(minute), int(second or 0), micro)
        except ValueError:
            raise ProgrammeError(
                "{path}: {value} is not a time of day", path=path, value=_show(value)
            ) from None
    raise _wrong(path, Phrase('a time ("10:00")'), value)


def _enum(value: object, path: str, enum: type[_E], what: Phrase) -> _E:
    allowed = [member.value for member in enum]
    if isinstance(value, str) and value in allowed:
        return enum(value)
    if isinstance(value, str):
        raise ProgrammeError(
            "{path}: unknown {what} {value}; expected one of: {allowed}",
            path=path,
            what=what,
            value=_show(value),
            allowed=", ".join(allowed),
        )
    raise _wrong(path, Phrase("one of: {allowed}", allowed=", ".join(allowed)), value)


def _meeting_format(value: object, path: str) -> MeetingFormat:
    return _enum(value, path, MeetingFormat, Phrase("format"))


def _timezone(value: object, path: str) -> str:
    """An IANA zone name that this machine knows. Checked here, because ``ZoneInfo`` can raise
    OSError (e.g. ``"Europe"`` is a directory) which :meth:`Programme.validate` does not expect."""
    name = _str(value, path)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ProgrammeError(
            '{path}: unknown time zone {zone} (expected a name like "Europe/Vienna")',
            path=path,
            zone=_show(name),
        ) from None
    return name


# ---------------------------------------------------------------------------- messages
_A_DATE = Phrase('a date ("2024-07-10")')


def _wrong(path: str | Phrase, expected: str | Phrase, value: object) -> ProgrammeError:
    return ProgrammeError(
        "{path}: expected {expected}, got {value}", path=path, expected=expected, value=_show(value)
    )


def _show(value: object) -> str | Phrase:
    """A short, safe description of any value for an error message: never ``repr`` a container
    (it may be huge or recursive) and never print a huge int (``str`` refuses past 4300 digits).
    What the file holds is shown as written (quoted text, a number, true); a kind of value is
    said in words (a :class:`Phrase`), which the interface translates."""
    if value is None:
        return Phrase("nothing (null)")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value)) if value.bit_length() <= 128 else Phrase("a very large number")
    if isinstance(value, float):
        return float.__repr__(value)
    if isinstance(value, str):
        text = str.__str__(value)
        shown = json.dumps(text[:60], ensure_ascii=False)
        return shown[:-1] + '…"' if len(text) > 60 else shown
    if isinstance(value, dt.datetime):
        return Phrase("a date and time")
    if isinstance(value, dt.date):
        return Phrase("the date {date}", date=dt.date.isoformat(value))
    if isinstance(value, dt.time):
        return Phrase("the time {time}", time=f"{value.hour:02d}:{value.minute:02d}")
    if isinstance(value, Mapping):
        return Phrase("a table")
    if isinstance(value, list | tuple):
        return Phrase("a list")
    return Phrase("a value of type {type}", type=type(value).__name__)
