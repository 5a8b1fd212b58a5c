"""The session record as JSON: complete, versioned, re-importable.

    {"format": "facilitator-record", "version": 1,
     "meeting": {"title", "date", "attributed", "generated_at"},
     "programme": programme_to_data(the programme the meeting started from),
     "journal": [{"seq", "type", "at", "actor", "payload"}, …every event, in order],
     "record": the record as data}

:func:`facilitator.meetings.import_record` recreates the meeting from ``programme`` and
``journal``: the same programme and the very same events (type, time to the microsecond, actor,
payload, seq), so the folded state is equal. An **unattributed** export leaves ``programme`` and
``journal`` out (both name people; the Chatham House rule forbids it), so it is a record to read,
not to re-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from facilitator.core.fold.engine import fold
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme, ProgrammeError
from facilitator.core.programme_codec import programme_from_data, programme_to_data
from facilitator.core.record import Record
from facilitator.formats.record.files import write_text

FORMAT = "facilitator-record"
VERSION = 1


class RecordImportError(ValueError):
    """A record file that cannot be imported; the message says why."""


# ----------------------------------------------------------------------------- writing
_PLAIN = (str, int, float, bool, type(None))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A record dataclass's fields as JSON holds them (``zone``, ``sections`` and ``language``
    left out: JSON is always complete, its times carry their offset, and its words are the
    core's, in English, for re-import)."""
    omitted = ("zone", "sections", "language")
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in omitted)


def _data(value: Any, record: Record) -> Any:
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, dt.datetime):
        return record.local(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.tzinfo):
        return None
    if isinstance(value, (tuple, list)):
        return [_data(v, record) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _data(getattr(value, name), record) for name in _field_names(type(value))}
    return value


def record_to_data(record: Record) -> dict[str, Any]:
    """The record as JSON-ready data (times in the meeting's zone, ISO 8601 with offset)."""
    data: dict[str, Any] = _data(record, record)
    data["intervention_count"] = record.intervention_count
    return data


def event_to_data(event: EventRecord) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "type": event.type,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "payload": event.payload,
    }


def json_data(
    record: Record,
    *,
    programme: Programme | None = None,
    journal: Sequence[EventRecord] = (),
) -> dict[str, Any]:
    """The whole document. ``programme`` is the one the meeting started from (the store's, not the
    edited one: the journal's edits are replayed on it) and ``journal`` every event."""
    attributed = record.attributed
    return {
        "format": FORMAT,
        "version": VERSION,
        "meeting": {
            "title": record.meeting.title,
            "date": record.meeting.date.isoformat(),
            "attributed": attributed,
            "generated_at": record.generated_at.isoformat(),
        },
        "programme": programme_to_data(programme) if attributed and programme else None,
        "journal": [event_to_data(e) for e in journal] if attributed else None,
        "record": record_to_data(record),
    }


#: Without ``indent`` the standard library encodes in C; with it, in Python, four times slower
#: (0.18 s of the 0.22 s of 2,000 interventions' JSON went to ``indent=1``).
_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def json_text(
    record: Record, *, programme: Programme | None = None, journal: Sequence[EventRecord] = ()
) -> str:
    """The document as text: each top-level field on a line of its own, and each event of the
    journal too (a file a person can still page through, or diff), each line compact."""
    data = json_data(record, programme=programme, journal=journal)
    lines = ["{"]
    last = len(data) - 1
    for n, (key, value) in enumerate(data.items()):
        comma = "," if n < last else ""
        if key == "journal" and value:
            events = [f"  {_ENCODE(event)}," for event in value]
            events[-1] = events[-1][:-1]
            lines += [f" {_ENCODE(key)}: [", *events, f" ]{comma}"]
        else:
            lines.append(f" {_ENCODE(key)}: {_ENCODE(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_json(
    record: Record,
    path: Path | str,
    *,
    programme: Programme | None = None,
    journal: Sequence[EventRecord] = (),
) -> Path:
    """Write the JSON document to ``path`` atomically (:class:`ExportError` if it cannot)."""
    return write_text(path, json_text(record, programme=programme, journal=journal))


# ----------------------------------------------------------------------------- reading
def _event(data: object, position: int) -> EventRecord:
    where = f"journal entry {position + 1}"
    if not isinstance(data, Mapping):
        raise RecordImportError(f"{where} is not an object")
    seq, type_, at, actor, payload = (
        data.get(k) for k in ("seq", "type", "at", "actor", "payload")
    )
    if type(seq) is not int or seq != position + 1:
        raise RecordImportError(f"{where} has seq {seq!r}; the journal must count 1, 2, 3…")
    if not isinstance(type_, str) or not type_:
        raise RecordImportError(f"{where} has no type")
    if not isinstance(actor, str):
        raise RecordImportError(f"{where} has an actor that is not text")
    if not isinstance(payload, dict):
        raise RecordImportError(f"{where} has a payload that is not an object")
    try:
        moment = dt.datetime.fromisoformat(at) if isinstance(at, str) else None
        if moment is None or moment.tzinfo is None:
            raise ValueError
        return EventRecord(type_, moment.astimezone(dt.UTC), actor, payload, seq)
    except ValueError:
        raise RecordImportError(f"{where} has a time that is not ISO 8601 with a zone") from None


def read_record_json(path: Path | str) -> tuple[Programme, list[EventRecord]]:
    """The starting programme and the journal of a record file; :class:`RecordImportError`."""
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RecordImportError(f"cannot read {source}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordImportError(f"{source} is not a JSON file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RecordImportError(f"{source} is not a Facilitator record")
    if data.get("version") != VERSION:
        raise RecordImportError(
            f"{source} is a version {data.get('version')!r} record; this Facilitator reads"
            f" version {VERSION}"
        )
    if data.get("programme") is None or data.get("journal") is None:
        raise RecordImportError(
            f"{source} is an unattributed record: it has no journal to import"
            " (export it with names to re-import it)"
        )
    try:
        programme = programme_from_data(data["programme"], source=str(source))
    except ProgrammeError as exc:
        raise RecordImportError(exc.describe()) from exc
    journal = data["journal"]
    if not isinstance(journal, list):
        raise RecordImportError(f"{source}: the journal is not a list")
    events = [_event(entry, n) for n, entry in enumerate(journal)]
    try:
        fold(programme, events)
    except ValueError as exc:  # MalformedEventError and friends
        raise RecordImportError(f"{source}: the journal cannot be replayed ({exc})") from exc
    return programme, events
