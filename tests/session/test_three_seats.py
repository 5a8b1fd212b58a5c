"""A simulated meeting day with three seats as separate processes on a real PostgreSQL server
(issue 18, "Tests").

The long day of ``test_long_day.py`` (the bundled trafficking-in-persons programme, six hours,
300 speakers, 1,000 interventions, undo and redo; about 2,400 events) is played by three seats,
each its own process (``tests/session/day_seat.py``) with its own connection to the server, as
on three machines in the room:

* the **Co-Chair** (role co-chair): the agenda and the speakers' lists;
* the **rapporteur** (role rapporteur): the captures, the corrections during lunch and after;
* the **room display** (role display): the display seat's own window (ui/display_seat.py,
  offscreen) following the meeting with the app's follow thread, read-only; every so often every
  key of the console (Space, N, Ctrl+Z…) is pressed on it, and nothing is written. At the end
  its window shows the day's end, full screen.

This test runs the day's script (:class:`tests.session.test_long_day.LongDay`, the same seeded
script) and sends each of its key presses to the seat that would make it; each seat folds up to
what its screen showed, runs the command, and answers. The script reads the meeting from its own
folds of the journal (one per seat it speaks for), as the Co-Chair and the rapporteur read their
screens. Every seat follows the others live (``LISTEN``/``NOTIFY``) and checks the long day's
invariants on its own fold **after every event**, its own and the others' (see day_seat.py).
At the end the three seats' folds are equal, to each other and to a fold of the whole journal,
and every seat has checked every event once, in order.

Undo is per seat: the rapporteur's Ctrl+Z takes back its own capture or correction at its own
seat, the Co-Chair's its own step, whatever the other seat did meanwhile.

It fails, not skips, under CI when PostgreSQL cannot start (tests/postgres_server.py).
"""

from __future__ import annotations

import base64
import contextlib
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.agenda.values import SegmentStatus, SittingStatus
from facilitator.core.board import build_board
from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.fold.engine import fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.journal.record import EventRecord
from facilitator.formats.programme.files import read_programme
from facilitator.seat import Role
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.database import Database
from tests.bench import realistic
from tests.postgres_server import postgres_server
from tests.session import test_long_day as long_day

pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("day_seat.py")
#: A key pressed on the room display's seat every this many events of the day.
DISPLAY_PRESS_EVERY = 150


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


class SeatProcess:
    """A seat's process: one request per line in, one answer out (day_seat.py)."""

    def __init__(self, url: str, meeting_id: int, actor: str, role: Role, turn: int) -> None:
        self.actor = actor
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), url, str(meeting_id), actor, role.value, str(turn)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # the display seat's window
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.read() == "ready 0"

    def ended(self) -> None:
        """Fail saying why the seat's process ended (a failed check ends it, with its traceback)."""
        self.proc.wait(timeout=60)
        stderr = self.proc.stderr.read() if self.proc.stderr else ""
        pytest.fail(f"the {self.actor} seat ended ({self.proc.returncode}):\n{stderr}")

    def read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.ended()
        return line.rstrip("\n")

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            self.ended()

    def call(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], **seen: Any) -> Any:
        """Run session command ``name`` on the seat; its result, or CommandError in its words."""
        self.send(f"call {_encode((name, args, kwargs, seen['now'], seen['head']))}")
        answer, _, data = self.read().partition(" ")
        if answer == "refused":
            raise CommandError(_decode(data))
        assert answer == "ok", answer
        return _decode(data)

    def final(self, last: int) -> tuple[Any, ...]:
        """The seat's state, what it checked, and (the display) what its window shows."""
        self.send(f"final {last}")
        answer, _, data = self.read().partition(" ")
        assert answer == "final", answer
        return _decode(data)  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(BrokenPipeError):
                self.send("quit")
        try:
            self.proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()


def _encode(value: Any) -> str:
    return base64.b64encode(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def _decode(text: str) -> Any:
    return pickle.loads(base64.b64decode(text))


class RemoteSeat:
    """What the day's script holds as a seat: the meeting as this seat's screen shows it (a fold
    of the journal in this process, ``mirror``), and its keys, which run on the seat's process."""

    def __init__(self, mirror: MeetingSession, process: SeatProcess, day: ThreeSeatDay) -> None:
        self.mirror = mirror
        self.process = process
        self.day = day
        self.actor = mirror.actor

    @property
    def state(self) -> MeetingState:
        return self.mirror.state

    @property
    def programme(self) -> Any:
        return self.mirror.programme

    def refresh(self) -> list[EventRecord]:
        return self.mirror.refresh()

    def __getattr__(self, name: str) -> Any:
        def press(*args: Any, **kwargs: Any) -> Any:
            head = self.day.head()
            result = self.process.call(name, args, kwargs, now=self.day.clock.now(), head=head)
            self.mirror.refresh()  # this seat's screen shows what it just did
            self.day.pressed(self)
            return result

        return press


class ThreeSeatDay(long_day.LongDay):
    """The long day's script, its key presses sent to three seat processes."""

    def __init__(self, db: Database, meeting_id: int, clock: FakeClock, url: str) -> None:
        super().__init__(db, meeting_id, clock, long_day.RANDOM_SEED)
        self.processes = {
            "chair": SeatProcess(url, meeting_id, "Co-Chair", Role.CO_CHAIR, 0),
            "rapporteur": SeatProcess(url, meeting_id, "Rapporteur", Role.RAPPORTEUR, 1),
            "display": SeatProcess(url, meeting_id, "Room display", Role.DISPLAY, 2),
        }
        # The script's two seats (their folds here, subscribed to by the script's own tracking)
        # become the Co-Chair's and the rapporteur's processes.
        self.chair = RemoteSeat(self.chair, self.processes["chair"], self)  # type: ignore[assignment]
        self.rapporteur = RemoteSeat(  # type: ignore[assignment]
            self.rapporteur, self.processes["rapporteur"], self
        )
        self.presses = 0
        self.display_keys = 0  # how often every console key was pressed on the display

    def head(self) -> int:
        """The journal's last event: every one is appended by a key press of this script, and
        folded here by the seat that pressed it before the next press."""
        return self.journal_seq

    def check(self, state: MeetingState, record: EventRecord) -> None:
        """Each seat checks every event on its own fold (day_seat.py); here only counted."""
        self.checks += 1

    def check_fold(self, state: MeetingState) -> None:
        return None  # each seat folds the journal read back from the server (day_seat.py)

    def pressed(self, seat: RemoteSeat) -> None:
        """After each key press: now and then every console key on the room display's window
        too (Space, N, Ctrl+Z…): none may reach the meeting."""
        self.presses += 1
        for process in self.processes.values():
            if process.proc.poll() is not None:  # a seat that follows only fails between presses
                process.ended()
        if self.presses % DISPLAY_PRESS_EVERY:
            return
        display, head = self.processes["display"], self.head()
        assert self.db.events_since(self.meeting_id, head) == []
        display.send("keys")
        answer, seq = display.read().split()
        assert answer == "pressed" and int(seq) <= head, (answer, seq)
        self.display_keys += 1
        assert self.db.events_since(self.meeting_id, head) == [], "the room display wrote"

    def close(self) -> None:
        for process in self.processes.values():
            process.close()


def _undo_type(kind: str) -> bool:
    return kind in ("Undone", "Redone")


def _undo(event: EventRecord) -> bool:
    return _undo_type(event.type)


def test_a_meeting_day_with_three_seats_on_a_server(server: str) -> None:
    started = time.monotonic()
    clock = FakeClock(long_day.vienna(9, 0))
    with open_database(server, clock=clock, backups=False) as db:
        meeting_id = db.create_meeting(read_programme(long_day.SEED))
        day = ThreeSeatDay(db, meeting_id, clock, server)
        try:
            day.run()
            last = day.head()
            finals = {name: p.final(last) for name, p in day.processes.items()}
        finally:
            day.close()
        loaded = db.load_meeting(meeting_id)
    elapsed = time.monotonic() - started

    events = loaded.events
    assert [e.seq for e in events] == list(range(1, last + 1))
    whole = fold(loaded.programme, events)
    states = {name: final[0] for name, final in finals.items()}
    for name, state in states.items():
        assert state == whole, f"the {name}'s fold differs from the journal's"
    assert states["chair"] == states["rapporteur"] == states["display"]
    # Every seat checked every event once, in order: its own as it appended them, the others'
    # as it followed them. The record every 10 events, and the state against the journal's fold
    # every 100, by the seats in turns (day_seat.py); each seat's fold at the end, above.
    undo_redo = sum(1 for e in events if _undo(e))
    for turn, (name, (_, (seqs, records, figures, folds, live), *_)) in enumerate(finals.items()):
        assert seqs == list(range(1, last + 1)), name
        mine = range(turn * 10, last + 1, 30)
        assert records == undo_redo + sum(1 for e in events if e.seq in mine and not _undo(e))
        assert figures > 0, name
        assert folds == len(range(turn * 100 or 300, last + 1, 300)) + 1, name
        # It followed the day live: when the end was asked for, it had folded all but the last
        # few events as they came (read on a notification, or at its next look).
        assert last - live <= 20, (name, live, last)

    # The same day as the one-process long day (test_long_day.py, tests/bench/realistic.py):
    # no command was refused or changed because its seat had not yet followed the others.
    _, alone = realistic.day()
    assert [(e.type, e.at, e.payload) for e in events] == [
        (e.type, e.at, e.payload) for e in alone
    ], "three seats did not play the same day as one process"

    # The day ran whole, by the seats in their roles.
    agenda = whole.agenda
    assert [s.status for s in agenda.sittings] == [SittingStatus.ENDED] * 2
    assert all(s.status is SegmentStatus.DONE for s in agenda.segments())
    assert len(interventions_of(whole)) == long_day.CAPTURES
    by_actor: dict[str, set[str]] = {}
    for event in events:
        by_actor.setdefault(event.actor, set()).add(event.type)
    assert set(by_actor) == {"Co-Chair", "Rapporteur"}  # never the room display
    assert all(t.startswith("Intervention") or _undo_type(t) for t in by_actor["Rapporteur"])
    assert any(_undo_type(t) for t in by_actor["Rapporteur"])
    # The room display's window shows the end of the day, full screen, and never tried to act.
    _, _, (segment, upcoming, full_screen), failures = finals["display"]
    board = build_board(whole, events[-1].at)
    assert (segment, upcoming, full_screen) == (board.segment_title, board.next_title, True)
    assert failures == [] and day.display_keys >= last // (2 * DISPLAY_PRESS_EVERY)
    print(
        f"\nthree seats on PostgreSQL: {last} events in {elapsed:.1f} s; each seat checked"
        f" every event; every console key pressed {day.display_keys} times on the room display;"
        f" {sum(1 for e in events if _undo(e) and e.actor == 'Rapporteur')} undo/redo by the"
        " rapporteur's seat of its own steps"
    )
