"""Rehearsals: a practice copy of a meeting, on a clock moved to the meeting's own day.

The Co-Chairs run through a meeting the day before, or a Secretariat trains a new Co-Chair on a
past programme. Their run-through must never write into the real meeting's journal, and its
clocks must read as on the day (10:00 at the start of the morning sitting), not as an offset of
thousands of hours. So a rehearsal is a copy of the meeting's programme and participants in a
throwaway database of its own, with a :class:`~facilitator.core.clock.ShiftedClock` that reads
the start of the chosen sitting when the rehearsal begins and runs at the real pace from there.
Closing it throws the copy away.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from facilitator.core.agenda.schedule import local_moment
from facilitator.core.clock import Clock, ShiftedClock
from facilitator.core.fold.engine import fold
from facilitator.core.programme import minutes_of
from facilitator.core.queue.reducer import queue_of
from facilitator.session import MeetingSession
from facilitator.store import Database, open_database

#: The rehearsal's clock starts this long before the sitting, time to put the display up.
LEAD = dt.timedelta(minutes=5)


@dataclass
class Rehearsal:
    """A practice copy, open: its session (on the shifted clock) and what to throw away."""

    session: MeetingSession
    real_meeting_id: int
    starts_at: dt.datetime  # what the rehearsal's clock read when it began
    _database: Database
    _folder: Path

    def close(self) -> None:
        """Throw the copy away: nothing of it is kept (its rapporteur's draft neither)."""
        self.session.clear_intervention_draft()
        self._database.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def rehearse(
    db: Database, meeting_id: int, clock: Clock, *, sitting: int = 0, actor: str
) -> Rehearsal:
    """A practice copy of meeting ``meeting_id`` of ``db``: its programme as it stands (edits
    included) and its registered participants, nothing else; the clock reads ``sitting``'s start
    (less :data:`LEAD`) on the meeting's date, in its time zone."""
    loaded = db.load_meeting(meeting_id)
    state = fold(loaded.programme, loaded.events)
    programme = state.programme
    date = programme.date or clock.now().astimezone(programme.zone()).date()
    if programme.sittings:
        chosen = programme.sittings[min(max(sitting, 0), len(programme.sittings) - 1)]
        start = local_moment(date, minutes_of(chosen.start), programme.zone())
    else:
        start = local_moment(date, 10 * 60, programme.zone())
    shifted = ShiftedClock.starting_at(clock, start - LEAD)
    folder = Path(tempfile.mkdtemp(prefix="facilitator-rehearsal-"))
    practice = open_database(f"sqlite:///{folder / 'rehearsal.sqlite3'}", backups=False)
    try:
        copy_id = practice.create_meeting(programme)
        session = MeetingSession(practice, copy_id, clock=shifted, actor=actor)
        people = [
            replace(p, id="") for p in queue_of(state).participants.by_id.values() if not p.guest
        ]
        if people:
            session.import_participants(people, "the meeting's registrations")
    except BaseException:
        practice.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Rehearsal(session, meeting_id, shifted.now(), practice, folder)
