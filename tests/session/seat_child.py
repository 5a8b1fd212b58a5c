"""One seat of a meeting, in its own process, for the several-seats tests (issue 18).

    python tests/session/seat_child.py URL MEETING ACTOR [ROLE]

Opens the meeting on ``URL`` (a PostgreSQL server, or a SQLite file read-only for ``follow``) as
``ACTOR`` and answers one command per line on stdin, one line on stdout:

    sync                 fold what the others appended          -> ``at SEQ``
    next | start | toggle | back | finish
                         a Co-Chair's key                       -> ``ok SEQ`` or ``refused WORDS``
    jump SEGMENT         jump to a segment                      -> ``ok SEQ`` or ``refused WORDS``
    extend SECONDS       extend the current segment             -> ``ok SEQ`` or ``refused WORDS``
    undo | redo          this seat's own undo and redo          -> ``ok SEQ`` or ``refused WORDS``
    undo_other           undo the latest step of another seat, as offered by name
                                                                -> ``ok SEQ`` or ``refused WORDS``
    follow LAST          wake on each append (store/follow.py), fold it, print
                         ``seen SEQ MONOTONIC`` per event until LAST is folded -> ``done``
    quit

``ok`` lines carry ``time.monotonic()`` too (``ok SEQ MONOTONIC``): CLOCK_MONOTONIC is one clock
for every process of a machine, so the test can measure seat-to-seat latency.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.journal.record import EventRecord
from facilitator.seat import Role
from facilitator.session import MeetingSession
from facilitator.store import StoreError, open_database
from facilitator.store.follow import follower_for

START = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)
#: The keys a line may press, each the session's typed method.
KEYS: dict[str, Callable[[MeetingSession], EventRecord]] = {
    "next": MeetingSession.next,
    "start": MeetingSession.start,
    "toggle": MeetingSession.toggle,
    "back": MeetingSession.back,
    "finish": MeetingSession.finish,
    "undo": MeetingSession.undo,
    "redo": MeetingSession.redo,
}


def say(line: str) -> None:
    print(line, flush=True)


def main() -> None:
    url, meeting_id, actor = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    role = Role(sys.argv[4]) if len(sys.argv) > 4 else Role.CO_CHAIR
    read_only = url.startswith("sqlite") or "://" not in url
    db = open_database(url, read_only=read_only, backups=False)
    clock = FakeClock(START)
    session = MeetingSession(db, meeting_id, clock=clock, actor=actor, role=role)
    last = session.state.last_event_at
    if last is not None:
        clock.set(last + dt.timedelta(seconds=1))
    say(f"ready {session.state.last_seq}")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "quit":
            break
        if command == "sync":
            try:
                session.refresh()
            except StoreError as exc:  # the server is away: the seat keeps what it has
                say(f"at {session.state.last_seq} ({exc.message})")
                continue
            say(f"at {session.state.last_seq}")
            continue
        if command == "follow":
            follow(session, db, meeting_id, int(args[0]))
            continue
        clock.advance(1)
        try:
            if command == "jump":
                record = session.jump(args[0])
            elif command == "extend":
                record = session.extend(int(args[0]))
            elif command == "undo_other":
                session.refresh()
                other = session.seat_undo().other
                if other is None:
                    say("refused no other seat's step")
                    continue
                record = session.undo_step(other[0])
            else:
                key = KEYS.get(command)
                if key is None:
                    say(f"refused unknown command {command!r}")
                    continue
                record = key(session)
        except (CommandError, StoreError) as exc:
            say(f"refused {getattr(exc, 'message', None) or exc}")
            continue
        say(f"ok {record.seq} {time.monotonic():.6f}")
    db.close()


def follow(session: MeetingSession, db: object, meeting_id: int, last: int) -> None:
    follower = follower_for(session.db.url, session.db.path, meeting_id)
    try:
        while session.state.last_seq < last:
            follower.wait(0.25)
            for record in session.refresh():
                say(f"seen {record.seq} {time.monotonic():.6f}")
    finally:
        follower.close()
    say("done")


if __name__ == "__main__":
    main()
