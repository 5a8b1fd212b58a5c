"""A scripted meeting in its own process, for the kill test.

    python tests/session/meeting_script.py DB_PATH SEED

Opens (or creates, from the bundled seed) the meeting, then runs Co-Chair commands chosen by a
seeded random generator against a fake clock that advances a few seconds per command. After each
command returns it prints ``ok SEQ DIGEST``: the seq the store gave the event and a digest of the
folded state. A printed line is a command the UI would have shown as done.

It runs one command for each line read on its standard input, so the test knows how far it may
have gone when it is killed: at most one command past the last line printed. (Running freely, it
would commit several more while the test reads and kills.)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import open_database

ROOT = Path(__file__).resolve().parents[2]
SEED_PROGRAMME = ROOT / "data" / "programmes" / "2024-07-10-trafficking-in-persons.toml"
START = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)


def digest(state: MeetingState) -> str:
    """Everything the Co-Chairs see of the agenda, as one comparable string."""
    agenda = state.agenda
    parts = [f"cur={agenda.current}", f"paused={agenda.paused}", f"last={state.last_seq}"]
    for segment in agenda.segments():
        runs = ";".join(
            f"{r.start.isoformat()}-{r.end.isoformat() if r.end else ''}" for r in segment.runs
        )
        parts.append(f"{segment.status}|{runs}|{segment.extension_seconds}")
    parts.extend(f"s{s.index}:{s.status}" for s in agenda.sittings)
    parts.append(f"undo={state.undo.undo_seq},{state.undo.redo_seq}")
    return "/".join(parts)


#: The keys the script presses at random (Next twice as often), each the session's typed method.
COMMANDS: list[Callable[..., EventRecord]] = [
    MeetingSession.toggle,
    MeetingSession.next,
    MeetingSession.next,
    MeetingSession.extend,  # by 1 or 5 minutes, chosen when pressed
    MeetingSession.undo,
    MeetingSession.redo,
    MeetingSession.back,
    lambda session: session.end_sitting(),
    lambda session: session.start_sitting(),
    MeetingSession.pause,
    MeetingSession.resume,
]


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    db = open_database(f"sqlite:///{path}", backups=False)
    meetings = db.list_meetings()
    meeting_id = meetings[0].id if meetings else db.create_meeting(read_programme(SEED_PROGRAMME))
    probe = MeetingSession(db, meeting_id, clock=FakeClock(START))
    last = probe.state.last_event_at or START
    clock = FakeClock(last + dt.timedelta(seconds=1))
    session = MeetingSession(db, meeting_id, clock=clock, actor="kill-test")
    print(f"open {meeting_id} {digest(session.state)}", flush=True)
    rng = random.Random(seed)
    for _go in sys.stdin:
        record = run_one(session, clock, rng)
        print(f"ok {record.seq} {digest(session.state)}", flush=True)


def run_one(session: MeetingSession, clock: FakeClock, rng: random.Random) -> EventRecord:
    """Random commands until one is accepted (a refused one changes nothing)."""
    while True:
        clock.advance(rng.randint(1, 90))
        press = rng.choice(COMMANDS)
        try:
            if press is MeetingSession.extend:
                record = session.extend(60 * rng.choice([1, 5]))
            else:
                record = press(session)
        except CommandError:
            continue
        return record


if __name__ == "__main__":
    main()
