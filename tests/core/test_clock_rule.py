"""The meeting's time is the room's clock (facilitator.core.clock): a steady clock between
readings, the wall clock whenever the two disagree by more than 2 s, the jump journaled, and a
correction of a wrong clock leaving what runs with the time it had run.

The clocks here are fakes that move the wall and the steady readings apart, as a suspend, NTP or a
person setting the time does; ``tests/core/test_clock_faketime.py`` does the same to a real
process with libfaketime.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.timing import current_timing
from facilitator.core.clock import SystemClock
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import open_database
from tests.conftest import PROGRAMMES_DIR

TEN_AM = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)  # 10:00 in Vienna
TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"


class Machine:
    """A computer's two clocks, moved by hand."""

    def __init__(self) -> None:
        self.wall_time = TEN_AM
        self.steady_time = 5000.0

    def wall(self) -> dt.datetime:
        return self.wall_time

    def steady(self) -> float:
        return self.steady_time

    def runs(self, seconds: float) -> None:
        """Time passes, awake: both clocks move."""
        self.wall_time += dt.timedelta(seconds=seconds)
        self.steady_time += seconds

    def sleeps(self, seconds: float) -> None:
        """A closed lid: the wall clock moves, a steady clock that ignores suspend does not."""
        self.wall_time += dt.timedelta(seconds=seconds)

    def set_wall(self, delta: dt.timedelta) -> None:
        """NTP or a person moves the wall clock; the steady clock does not notice."""
        self.wall_time += delta


def _session(tmp_path: Path, clock: SystemClock) -> MeetingSession:
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False)
    meeting = db.create_meeting(read_programme(TIP))
    return MeetingSession(db, meeting, clock=clock, actor="Co-Chairs")


def _elapsed(session: MeetingSession) -> dt.timedelta:
    now = session.now()  # first: reading the clock may journal a jump, which the state folds
    timing = current_timing(session.state, now)
    assert timing is not None
    return timing.elapsed


def test_small_noise_is_ignored_and_the_steady_clock_carries_the_time() -> None:
    machine = Machine()
    clock = SystemClock(machine.wall, machine.steady, counts_suspend=False)
    machine.runs(60)
    machine.set_wall(dt.timedelta(seconds=1.5))  # NTP slewing: within the tolerance
    assert clock.now() == TEN_AM + dt.timedelta(seconds=60)
    assert clock.jumps == []


def test_a_closed_lid_over_lunch_is_time_that_passed(tmp_path: Path) -> None:
    """Seen with libfaketime: the wall clock 10 minutes on, the monotonic clock unmoved; the app
    counted 1 s of about 601. Now it follows the wall clock."""
    machine = Machine()
    clock = SystemClock(machine.wall, machine.steady, counts_suspend=False)
    session = _session(tmp_path, clock)
    session.start()
    machine.runs(1)
    machine.sleeps(600)
    assert _elapsed(session) == dt.timedelta(seconds=601)
    assert session.now() == TEN_AM + dt.timedelta(seconds=601)
    (jump,) = [e for e in session.journal() if e.type == "ClockAdjusted"]
    assert jump.payload == {"milliseconds": 600_000, "corrects": False}
    # The afternoon is stamped by the room's clock: 90 minutes later, not 90 minutes early.
    machine.sleeps(90 * 60)
    record = session.pause()
    assert record.at == TEN_AM + dt.timedelta(seconds=601 + 90 * 60)


def test_a_clock_that_counts_suspend_sees_no_jump_over_lunch() -> None:
    machine = Machine()
    clock = SystemClock(machine.wall, machine.steady, counts_suspend=True)
    machine.runs(90 * 60)  # CLOCK_BOOTTIME moved with the wall clock while the lid was closed
    assert clock.now() == TEN_AM + dt.timedelta(minutes=90) and clock.jumps == []


def test_a_correction_forward_keeps_the_running_segments_time(tmp_path: Path) -> None:
    """NTP fixes a clock 5 minutes slow: the room's clock is followed from then on, and the
    segment that was running has still run 2 minutes, not 7."""
    machine = Machine()
    clock = SystemClock(machine.wall, machine.steady, counts_suspend=True)
    session = _session(tmp_path, clock)
    session.start()
    machine.runs(120)
    machine.set_wall(dt.timedelta(minutes=5))
    assert _elapsed(session) == dt.timedelta(seconds=120)
    assert session.now() == TEN_AM + dt.timedelta(minutes=7)
    machine.runs(60)
    assert _elapsed(session) == dt.timedelta(seconds=180)
    types = [e.type for e in session.journal()]
    assert types == ["SegmentStarted", "ClockAdjusted"]


def test_a_clock_set_back_neither_freezes_nor_loses_a_pause(tmp_path: Path) -> None:
    """Seen: the clock set back 30 minutes froze the running segment (elapsed clamped to 0) and a
    pause in that window recorded 0 s."""
    machine = Machine()
    clock = SystemClock(machine.wall, machine.steady, counts_suspend=False)
    session = _session(tmp_path, clock)
    session.start()
    machine.runs(300)
    machine.set_wall(-dt.timedelta(minutes=30))
    assert _elapsed(session) == dt.timedelta(seconds=300)  # not frozen at 0
    machine.runs(60)
    assert _elapsed(session) == dt.timedelta(seconds=360)
    session.pause()
    machine.runs(120)
    session.resume()
    machine.runs(30)
    assert _elapsed(session) == dt.timedelta(seconds=390)  # the pause counted as a pause


def test_a_restart_after_the_clock_was_set_back_goes_on_from_the_journal(tmp_path: Path) -> None:
    machine = Machine()
    session = _session(tmp_path, SystemClock(machine.wall, machine.steady))
    session.start()
    machine.runs(600)
    session.extend(60)  # the journal's last event: 10:10
    # The app closes; the clock is set back 30 minutes; the app opens the meeting again.
    machine.set_wall(-dt.timedelta(minutes=30))
    reopened = MeetingSession(
        session.db, session.meeting_id, clock=SystemClock(machine.wall, machine.steady)
    )
    assert current_timing(reopened.state, reopened.now()).elapsed == dt.timedelta(0)  # type: ignore[union-attr]
    reopened.check_clock()  # what the app does when it opens a meeting for work
    assert _elapsed(reopened) == dt.timedelta(seconds=600)
    machine.runs(30)
    assert _elapsed(reopened) == dt.timedelta(seconds=630)
    assert cmd.clock_behind_journal(reopened.state, reopened.now()) is None  # once only
