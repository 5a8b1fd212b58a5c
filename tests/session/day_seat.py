"""One seat of the simulated three-seat day, in its own process (tests/session/test_three_seats.py).

    python tests/session/day_seat.py URL MEETING ACTOR ROLE TURN

Opens the meeting on the PostgreSQL server at ``URL`` as ``ACTOR`` in ``ROLE`` and follows it
live, as a seat's window does: a thread waits on the meeting's ``LISTEN`` channel
(:mod:`facilitator.store.follow`) and the seat folds what the others committed as it comes, and
every few tenths of a second anyway. The room display's seat (``ROLE`` display) is the app's own
window, offscreen (:func:`display_window`): the display seat's window, its controller and the
app's follow thread. **Every state it folds**, after its own events and the
other seats', is checked against the long day's invariants (``long_day_invariants.py``, as
``test_long_day.py`` checks them, at the event's time; in order, while the seat has nothing else
to do, for a key press is answered first): one floor, each entry in one place, the
segment and speaker clocks, the interventions; the queue's figures when the queue changed; the
session record after each undo and redo; and, the two dearest checks, taken in turns by the three
seats (``TURN`` 0, 1, 2) so that the journal as a whole is checked as often as the one-process
long day checks it: the session record every ``RECORD_EVERY`` events (this seat every
``SEATS * RECORD_EVERY``), and the seat's state against a fold of the journal read back from the
server every ``FOLD_EVERY`` events (this seat every ``SEATS * FOLD_EVERY``). The three folds are
compared with each other and with the whole journal's at the end (test_three_seats.py).

One request per line on stdin, one answer per line on stdout (Python values pickled, base64):

    call DATA   DATA = (name, args, kwargs, now, head): set the seat's clock to ``now``, fold up
                to event ``head`` (what the person at this seat has seen on the screen), then run
                the session's ``name`` -> ``ok DATA`` (its result) or ``refused WORDS``
    final SEQ   fold up to event SEQ, check the state against the journal's fold once more
                -> ``final DATA`` (the state, the seqs checked, how many records, figures and
                folds were checked, and the last event it had folded as it followed)
    quit

The display seat answers ``keys`` too (every console key pressed on its window). A failed check
ends the process with the traceback on stderr, which the test reports.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import pickle
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.core.queue.figures import queue_figures
from facilitator.core.queue.reducer import queue_of
from facilitator.core.record import build_record
from facilitator.seat import Role
from facilitator.session import MeetingSession
from facilitator.store import StoreError, open_database
from facilitator.store.database import Database
from facilitator.store.follow import follower_for
from tests.session import long_day_invariants as inv

RECORD_EVERY = 10  # as test_long_day.py
FOLD_EVERY = 100
SEATS = 3
LOOK_EVERY = 0.25  # a missed notification is caught within this (the app's is 2 s)


def encode(value: Any) -> str:
    return base64.b64encode(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)).decode()


def decode(text: str) -> Any:
    return pickle.loads(base64.b64decode(text))


def say(line: str) -> None:
    print(line, flush=True)


class Checks:
    """The long day's invariants on every state this seat folds."""

    def __init__(self, db: Database, meeting_id: int, session: MeetingSession, turn: int) -> None:
        self.db = db
        self.turn = turn
        self.meeting_id = meeting_id
        self.programme = session.programme
        self.checked: MeetingState | None = None
        self.seqs: list[int] = []
        self.records = self.figures = self.folds = 0

    def __call__(self, record: EventRecord, state: MeetingState) -> None:
        assert record.seq == len(self.seqs) + 1, f"event {record.seq} folded out of turn"
        assert state.last_seq == record.seq
        now, turn = record.at, self.turn
        checked, self.checked = self.checked, state
        inv.check_one_floor(state)
        inv.check_entries_in_one_place(state)
        inv.check_segment_clocks(state, now)
        inv.check_speaker_clocks(state, now, checked)
        inv.check_interventions(state, self.programme, checked)
        undo_redo = record.type in ("Undone", "Redone")
        with_record = undo_redo or record.seq % (SEATS * RECORD_EVERY) == turn * RECORD_EVERY
        if with_record or checked is None or queue_of(checked) is not queue_of(state):
            figures = queue_figures(state, now)
            inv.check_queue_totals(figures)
            self.figures += 1
            if with_record:
                built = build_record(state, now)
                inv.check_record_totals(built)
                inv.check_views_agree(state, figures, built)
                self.records += 1
        if record.seq % (SEATS * FOLD_EVERY) == self.turn * FOLD_EVERY:
            self.fold(state)
        self.seqs.append(record.seq)

    def fold(self, state: MeetingState) -> None:
        """This seat's state against a fold of the journal as the server has it up to there."""
        loaded = self.db.load_meeting(self.meeting_id, until=state.last_seq)
        inv.check_journal_fold(loaded.events, loaded.programme, state)
        self.folds += 1


def _command(name: str) -> Callable[..., object]:
    """The session's public method ``name`` (the day's script names it across the pipe), from
    the class's own table: a name that is not one of its methods is refused, not looked up."""
    found = _SESSION_METHODS.get(name)
    if found is None:
        raise CommandError("{name} is not a command of a seat.", name=name)
    return found


_SESSION_METHODS: dict[str, Callable[..., object]] = {
    name: member
    for name, member in vars(MeetingSession).items()
    if callable(member) and not name.startswith("_")
}


def main() -> None:
    url, meeting_id, actor, role = sys.argv[1], int(sys.argv[2]), sys.argv[3], Role(sys.argv[4])
    turn = int(sys.argv[5])
    # The display seat never writes: it opens the server read-only, as the app opens it.
    db = open_database(url, read_only=role is Role.DISPLAY, backups=False)
    clock = FakeClock(dt.datetime(2024, 7, 10, 7, 0, tzinfo=dt.UTC))
    session = MeetingSession(db, meeting_id, clock=clock, actor=actor, role=role)
    checks = Checks(db, meeting_id, session, turn)
    if role is Role.DISPLAY:
        display_window(db, meeting_id, session, checks, clock)
        return
    # Each state folded is checked, in order, while the seat has nothing else to do: a key press
    # is answered first (the states are immutable: checking one later checks it as it was).
    pending: list[tuple[EventRecord, MeetingState]] = []
    session.subscribe(lambda record, state: pending.append((record, state)))

    def check_pending() -> None:
        while pending:
            checks(*pending.pop(0))

    inbox: queue.Queue[str | None] = queue.Queue()  # lines from stdin; None: look for events
    stopping = threading.Event()
    look = threading.Event()  # a look is asked for and not made yet: one is enough

    def read_stdin() -> None:
        for line in sys.stdin:
            inbox.put(line)
        inbox.put("quit")

    def follow() -> None:
        follower = follower_for(db.url, db.path, meeting_id)
        try:
            while not stopping.is_set():
                follower.wait(LOOK_EVERY)  # woken by a commit, or looks anyway
                if not look.is_set():
                    look.set()
                    inbox.put(None)
        finally:
            follower.close()

    threading.Thread(target=read_stdin, daemon=True).start()
    follower = threading.Thread(target=follow, daemon=True)
    follower.start()
    say(f"ready {session.state.last_seq}")
    while True:
        if pending and inbox.empty():
            checks(*pending.pop(0))
            continue
        line = inbox.get()
        if line is None:
            look.clear()
            session.refresh()
            continue
        request, _, data = line.strip().partition(" ")
        if request == "quit":
            break
        if request == "final":
            last, live = int(data), session.state.last_seq  # folded live, as it came
            while session.state.last_seq < last:
                session.refresh()
            check_pending()
            checks.fold(session.state)
            counts = (checks.seqs, checks.records, checks.figures, checks.folds, live)
            say(f"final {encode((session.state, counts))}")
            continue
        name, args, kwargs, now, head = decode(data)
        clock.set(now)
        while session.state.last_seq < head:  # what the screen showed before the key press
            session.refresh()
        try:
            result = _command(name)(session, *args, **kwargs)
        except (CommandError, StoreError) as exc:
            say(f"refused {encode(getattr(exc, 'message', None) or str(exc))}")
            continue
        say(f"ok {encode(result)}")
    stopping.set()
    follower.join()
    db.close()


def display_window(
    db: Database, meeting_id: int, session: MeetingSession, checks: Checks, clock: FakeClock
) -> None:
    """The room display's seat as the app opens it (ui/display_seat.py, offscreen): its window,
    its controller following the meeting with the app's own follow thread (ui/follow_thread.py),
    and the checks on each event it folds. Requests:

        keys        every console key pressed on the window -> ``pressed SEQ`` (its last event)
        final SEQ   as for the other seats, with what the window shows
        quit
    """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.ui import actions
    from facilitator.ui.controller import MeetingController
    from facilitator.ui.display_seat import DisplaySeat

    app = QApplication([])

    def checked(record: EventRecord, state: MeetingState) -> None:
        clock.set(max(clock.now(), record.at))  # the room's time: the latest event's
        try:
            checks(record, state)
        except BaseException:  # Qt would print it and carry on: the seat ends instead
            traceback.print_exc()
            sys.stderr.flush()
            os._exit(3)

    session.subscribe(checked)
    controller = MeetingController(session)
    failures: list[str] = []
    controller.failed.connect(failures.append)
    display = DisplaySeat(controller)
    controller.follow(lambda: follower_for(db.url, db.path, meeting_id))
    display.open_full_screen()
    window_keys = {"Esc", "Escape", "F11", "Ctrl+Q"}  # about the window, not the meeting
    keys = sorted({k for spec in actions.ACTIONS for k in spec.keys} - window_keys)

    class Lines(QObject):
        line = Signal(str)

    lines = Lines()

    def answer(line: str) -> None:
        request, _, data = line.strip().partition(" ")
        if request == "keys":
            for text in keys:
                combination = QKeySequence(text)[0]
                QTest.keyClick(display, combination.key(), combination.keyboardModifiers())
            say(f"pressed {session.state.last_seq}")
        elif request == "final":
            last, live = int(data), session.state.last_seq
            while session.state.last_seq < last:
                controller.refresh()
            checks.fold(session.state)
            display.refresh()
            shown = (display.segment.text(), display.next.text(), display.isFullScreen())
            counts = (checks.seqs, checks.records, checks.figures, checks.folds, live)
            say(f"final {encode((session.state, counts, shown, failures))}")
        else:
            display.close()
            controller.shutdown()
            app.quit()

    lines.line.connect(answer)

    def read_stdin() -> None:
        for line in sys.stdin:
            lines.line.emit(line)
        lines.line.emit("quit")

    threading.Thread(target=read_stdin, daemon=True).start()
    say(f"ready {session.state.last_seq}")
    app.exec()
    db.close()


if __name__ == "__main__":
    main()
