"""A segment's clock: computed from the journal and "now", exact to the microsecond, no drift."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.schedule import schedule
from facilitator.core.agenda.timing import (
    DEFAULT_SETTINGS,
    Phase,
    TimingSettings,
    current_timing,
    format_clock,
    format_elapsed,
    format_remaining,
    segment_timing,
)
from facilitator.core.clock import SystemClock
from facilitator.core.fold.engine import Folder, fold
from facilitator.core.programme import Programme
from facilitator.ui.words import offset_words, verdict_words
from tests.core.test_fold import TEN_AM, Desk, seed_like

MIN = dt.timedelta(minutes=1)
SEC = dt.timedelta(seconds=1)


def test_elapsed_and_remaining_are_computed_from_now() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=4, seconds=30)
    timing = current_timing(desk.state, desk.clock.now())
    assert timing is not None
    assert timing.segment_id == "seg-1" and timing.running
    assert timing.elapsed == dt.timedelta(minutes=4, seconds=30)
    assert timing.allotted == 15 * MIN
    assert timing.remaining == dt.timedelta(minutes=10, seconds=30)
    assert timing.phase is Phase.NORMAL and timing.display == "10:30"
    # Nothing was counted: asking again later gives the later answer.
    later = current_timing(desk.state, desk.clock.now() + 11 * MIN)
    assert later is not None and later.remaining == -30 * SEC
    assert later.phase is Phase.OVERTIME and later.display == "+0:30"
    assert later.overtime == 30 * SEC


def test_no_current_segment_has_no_clock() -> None:
    assert current_timing(Desk().state, TEN_AM) is None


def test_a_pause_stops_the_clock_and_resume_continues_it() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=5)
    desk.do(cmd.pause)
    desk.advance(minutes=20)
    paused = current_timing(desk.state, desk.clock.now())
    assert paused is not None and not paused.running
    assert paused.elapsed == 5 * MIN and paused.remaining == 10 * MIN
    desk.do(cmd.resume)
    desk.advance(minutes=2)
    resumed = current_timing(desk.state, desk.clock.now())
    assert resumed is not None and resumed.elapsed == 7 * MIN


def test_an_extension_moves_the_deadline() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=16)
    desk.do(cmd.extend, 5 * 60)
    timing = current_timing(desk.state, desk.clock.now())
    assert timing is not None
    assert timing.allotted == 20 * MIN and timing.remaining == 4 * MIN
    assert timing.phase is Phase.WARNING


def test_back_resumes_the_clock_from_the_time_used() -> None:
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=12)
    desk.do(cmd.next_segment)
    desk.advance(minutes=3)
    desk.do(cmd.back)
    desk.advance(minutes=1)
    timing = segment_timing(desk.state, "seg-1", desk.clock.now())
    assert timing.elapsed == 13 * MIN and timing.remaining == 2 * MIN
    assert segment_timing(desk.state, "seg-2", desk.clock.now()).elapsed == 3 * MIN


@pytest.mark.parametrize(
    ("allotted_min", "remaining", "phase"),
    [
        (15, dt.timedelta(minutes=3, seconds=1), Phase.NORMAL),
        (15, dt.timedelta(minutes=3), Phase.WARNING),  # 20 % of 15 min
        (15, dt.timedelta(minutes=1, seconds=1), Phase.WARNING),
        (15, dt.timedelta(minutes=1), Phase.DANGER),
        (15, dt.timedelta(0), Phase.DANGER),
        (15, -dt.timedelta(microseconds=1), Phase.OVERTIME),
        (55, dt.timedelta(minutes=5, seconds=1), Phase.NORMAL),  # capped at 5 min
        (55, dt.timedelta(minutes=5), Phase.WARNING),
        (5, dt.timedelta(minutes=1), Phase.WARNING),  # 20 % of 5 min
        (5, dt.timedelta(seconds=31), Phase.WARNING),
        (5, dt.timedelta(seconds=30), Phase.DANGER),  # half the warning time
        (0, dt.timedelta(0), Phase.DANGER),
        (0, -SEC, Phase.OVERTIME),
    ],
)
def test_phases(allotted_min: int, remaining: dt.timedelta, phase: Phase) -> None:
    assert DEFAULT_SETTINGS.phase(remaining, allotted_min * MIN) is phase


def test_thresholds_are_settings() -> None:
    strict = TimingSettings(warning_fraction=0.5, warning_max=10 * MIN, danger_max=2 * MIN)
    assert strict.thresholds(10 * MIN) == (5 * MIN, 2 * MIN)
    assert strict.phase(6 * MIN, 10 * MIN) is Phase.NORMAL
    assert strict.phase(5 * MIN, 10 * MIN) is Phase.WARNING
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=10)
    timing = current_timing(desk.state, desk.clock.now(), strict)
    assert timing is not None and timing.phase is Phase.WARNING
    with pytest.raises(ValueError):
        TimingSettings(warning_fraction=1.5)
    with pytest.raises(ValueError):
        TimingSettings(danger_max=-MIN)


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (dt.timedelta(minutes=12, seconds=34), "12:34"),
        (dt.timedelta(minutes=12, seconds=33, milliseconds=1), "12:34"),  # rounded up
        (dt.timedelta(milliseconds=300), "0:01"),
        (dt.timedelta(0), "0:00"),
        (-dt.timedelta(milliseconds=300), "+0:00"),
        (-dt.timedelta(minutes=1, seconds=5), "+1:05"),
        (-dt.timedelta(minutes=1, seconds=5, milliseconds=999), "+1:05"),  # rounded down
        (dt.timedelta(minutes=59, seconds=59), "59:59"),
        (dt.timedelta(hours=1, minutes=2, seconds=3), "1:02:03"),
        (-dt.timedelta(hours=1, minutes=2, seconds=3), "+1:02:03"),
        (dt.timedelta(hours=25), "25:00:00"),
    ],
)
def test_format_remaining(remaining: dt.timedelta, text: str) -> None:
    assert format_remaining(remaining) == text


def test_format_clock_and_elapsed() -> None:
    assert format_clock(0) == "0:00" and format_clock(754) == "12:34"
    assert format_clock(3723) == "1:02:03" and format_clock(-65) == "1:05"
    assert format_elapsed(dt.timedelta(minutes=4, seconds=59, milliseconds=999)) == "4:59"
    assert format_elapsed(dt.timedelta(hours=1)) == "1:00:00"
    assert format_elapsed(-SEC) == "0:00"


# ----------------------------------------------------------------------------- drift
def _programme(source: str, seed: Path) -> Programme:
    if source == "hand-built":
        return seed_like()
    text_programme = pytest.importorskip("facilitator.formats.programme.text_reader")
    return cast(Programme, text_programme.parse_text(seed.read_text(encoding="utf-8")))


@pytest.mark.parametrize("source", ["hand-built", "seed"])
def test_a_simulated_six_hour_day_has_no_drift(source: str, seed_tip: Path) -> None:
    """Step the fake clock second by second through the whole day, moving on exactly when each
    segment's plan is used up, with lunch between the sittings; every clock must be exact to the
    microsecond all along, and the day's clocks add up to exactly six hours."""
    programme = _programme(source, seed_tip)
    desk = Desk(programme)
    plan = schedule(desk.state, desk.clock.now())
    segments = [s for _, s in programme.segments()]
    desk.do(cmd.start_sitting)
    desk.do(cmd.start)
    started = desk.clock.now()
    ticks = 0
    for index, segment in enumerate(segments):
        run_start = desk.clock.now()
        allotted = dt.timedelta(minutes=segment.planned_minutes)
        for second in range(1, segment.planned_minutes * 60 + 1):
            now = desk.clock.advance(1)
            ticks += 1
            if second % 7 == 0 or second == segment.planned_minutes * 60:
                timing = current_timing(desk.state, now)
                assert timing is not None and timing.segment_id == segment.id
                assert timing.elapsed == now - run_start == second * SEC
                assert timing.remaining == allotted - second * SEC
        if index + 1 == len(segments):
            desk.do(cmd.finish)
        elif plan.segments[index + 1].planned_sitting != plan.segments[index].planned_sitting:
            desk.do(cmd.end_sitting)  # lunch: the afternoon opens at its planned time
            desk.clock.set(plan.segments[index + 1].planned_start or desk.clock.now())
            desk.do(cmd.start_sitting)
            desk.do(cmd.start)
        else:
            desk.do(cmd.next_segment)
    assert ticks == 6 * 3600
    state = desk.state
    used = [state.agenda.segment(s.id).used for s in segments]
    assert used == [dt.timedelta(minutes=s.planned_minutes) for s in segments]
    assert sum(used, dt.timedelta(0)) == dt.timedelta(hours=6)  # drift: 0 ms
    assert desk.clock.now() - started == dt.timedelta(hours=8)
    day = schedule(state, desk.clock.now())
    assert [e.projected_end for e in day.segments] == [e.planned_end for e in day.segments]
    assert offset_words(day.offset_minutes) == "on time"
    assert [verdict_words(x.verdict) for x in day.sittings] == ["ended on time", "ends on time"]
    assert fold(programme, desk.journal) == state


def test_across_a_restart_the_wall_clock_carries_the_timer() -> None:
    """The app was down for 7 minutes: the meeting went on, and so did the segment's clock."""
    desk = Desk()
    desk.do(cmd.start)
    desk.advance(minutes=3)
    restarted = SystemClock(wall=lambda: TEN_AM + dt.timedelta(minutes=10), monotonic=lambda: 5.0)
    folder = Folder(desk.programme)
    folder.extend(desk.journal)
    timing = current_timing(folder.state, restarted.now())
    assert timing is not None and timing.elapsed == 10 * MIN
