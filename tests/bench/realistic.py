"""A realistic journal for the benches: the long day's mix of events, and that day repeated.

The long day (``tests/session/test_long_day.py``) runs the bundled trafficking-in-persons
programme through :class:`~facilitator.session.MeetingSession` on a real SQLite store: 300
speakers, 1,000 interventions, undo and redo, two seats. Its journal (about 2,400 events: 42 %
captures, the rest speaker queue and agenda) is what a bench must fold, render and export, not a
stream of one kind of event. Here it is played once without the checks (a few seconds), kept for
the test session, and repeated ``k`` times for the scale benches: each repetition is the same day
``k`` days later, with its speakers, entries and interventions renamed so that nothing collides
(``p-12`` becomes ``p-12~3``) and its undo targets moved with it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from facilitator.core.clock import FakeClock
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.formats.programme.files import read_programme
from facilitator.store import open_database
from tests.session import test_long_day as long_day

#: Ids a day creates: participants, speaker-list entries, interventions (``seg-N`` are the
#: programme's and stay).
_DAY_ID = re.compile(r"^(?:p|s|i|guest)-\d+$")


class _Unchecked(long_day.LongDay):
    """The long day's script without its per-event checks (they are the test's, not the bench's)."""

    def check(self, state: Any, record: EventRecord) -> None:
        return None

    def check_fold(self, state: Any) -> None:
        return None


@functools.cache
def day() -> tuple[Programme, tuple[EventRecord, ...]]:
    """The long day's programme and journal (records with their sequence numbers)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'day.sqlite3'}"
        clock = FakeClock(long_day.vienna(9, 0))
        with open_database(url, clock=clock, backups=False, sqlite_pragmas=long_day.PRAGMAS) as db:
            meeting_id = db.create_meeting(read_programme(long_day.SEED))
            _Unchecked(db, meeting_id, clock, long_day.RANDOM_SEED).run()
            loaded = db.load_meeting(meeting_id)
    return loaded.programme, tuple(loaded.events)


def _renamed(value: Any, suffix: str) -> Any:
    if isinstance(value, str):
        return value + suffix if _DAY_ID.match(value) else value
    if isinstance(value, list):
        return [_renamed(v, suffix) for v in value]
    if isinstance(value, dict):
        return {k: _renamed(v, suffix) for k, v in value.items()}
    return value


@functools.cache
def days(k: int) -> tuple[EventRecord, ...]:
    """The long day played ``k`` times in one journal, one day after the other."""
    _programme, records = day()
    if k == 1:
        return records
    out: list[EventRecord] = []
    for n in range(k):
        suffix = f"~{n}" if n else ""
        shift = dt.timedelta(days=n)
        offset = n * len(records)
        for record in records:
            payload = _renamed(record.payload, suffix) if n else record.payload
            if record.type in ("Undone", "Redone"):
                payload = {**payload, "target_seq": payload["target_seq"] + offset}
            out.append(
                replace(record, payload=payload, at=record.at + shift, seq=record.seq + offset)
            )
    return tuple(out)


def first(count: int) -> tuple[EventRecord, ...]:
    """The first ``count`` events of the day repeated as often as it takes."""
    _programme, records = day()
    return days(-(-count // len(records)))[:count]
