"""The day's schedule: planned vs projected, late or ahead in words, the sittings' hard ends."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core.agenda import commands as cmd
from facilitator.core.agenda.schedule import (
    Schedule,
    local_moment,
    meeting_date,
    offset_minutes,
    schedule,
    whole_minutes,
)
from facilitator.core.agenda.values import SegmentStatus, SittingStatus
from facilitator.core.clock import FakeClock
from facilitator.core.fold.engine import fold
from facilitator.core.programme import Programme, Sitting
from facilitator.ui.words import minutes as in_minutes
from facilitator.ui.words import offset_words, verdict_words
from tests.core.test_fold import SEED_ROWS, TEN_AM, Desk, seed_like

MIN = dt.timedelta(minutes=1)


def vienna(hour: int, minute: int = 0, day: dt.date = dt.date(2024, 7, 10)) -> dt.datetime:
    """A local time on the meeting's day, as the UTC instant the core works with."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZONE).astimezone(dt.UTC)


ZONE = seed_like().zone()


def local(s: Schedule, moment: dt.datetime | None) -> str | None:
    return None if moment is None else s.local(moment).strftime("%H:%M")


def plan(s: Schedule) -> list[tuple[str | None, str | None]]:
    return [(local(s, e.planned_start), local(s, e.planned_end)) for e in s.segments]


def projected(s: Schedule) -> list[tuple[str | None, str | None]]:
    return [(local(s, e.projected_start), local(s, e.projected_end)) for e in s.segments]


def desk_at(hour: int, minute: int = 0, programme: Programme | None = None) -> Desk:
    return Desk(programme, FakeClock(vienna(hour, minute)))


def run_until(desk: Desk, segment_id: str, hour: int, minute: int = 0) -> None:
    """Move the clock to hh:mm and start ``segment_id`` there."""
    desk.clock.set(vienna(hour, minute))
    desk.do(cmd.jump, segment_id)


# ----------------------------------------------------------------------------- the plan
def test_the_plan_follows_the_sittings() -> None:
    s = schedule(Desk().state, vienna(9))
    assert plan(s) == [
        ("10:00", "10:15"),
        ("10:15", "10:40"),
        ("10:40", "11:05"),
        ("11:05", "11:30"),
        ("11:30", "12:25"),
        ("12:25", "13:00"),
        ("15:00", "15:40"),
        ("15:40", "16:10"),
        ("16:10", "16:45"),
        ("16:45", "17:20"),
        ("17:20", "17:50"),
        ("17:50", "18:00"),
    ]
    assert [e.sitting for e in s.segments] == [0] * 6 + [1] * 6
    assert s.segments[0].planned_start == TEN_AM  # stored and computed in UTC
    assert [local(s, x.hard_start) for x in s.sittings] == ["10:00", "15:00"]
    assert [local(s, x.hard_end) for x in s.sittings] == ["13:00", "18:00"]


def test_a_segment_that_does_not_fit_moves_to_the_next_sitting() -> None:
    rows = list(SEED_ROWS)
    rows[5] = (*rows[5][:3], 45, *rows[5][4:])  # Q&A on panel 1: 45 min no longer fits by 13:00
    s = schedule(Desk(seed_like(rows=rows)).state, vienna(9))
    assert plan(s)[4:7] == [("11:30", "12:25"), ("15:00", "15:45"), ("15:45", "16:25")]
    assert s.segments[5].sitting == 1


def test_a_scheduled_start_wins() -> None:
    programme = seed_like()
    item = programme.items[2]
    panel = replace(item.segments[1], scheduled_start=dt.time(11, 45))
    programme = programme.with_segment(panel)
    s = schedule(Desk(programme).state, vienna(9))
    # The gap before it stays empty; the Q&A after it no longer fits the morning.
    assert plan(s)[3:7] == [
        ("11:05", "11:30"),
        ("11:45", "12:40"),
        ("15:00", "15:35"),
        ("15:35", "16:15"),
    ]
    # Projected, a segment does not start before its scheduled time either.
    desk = Desk(programme, FakeClock(vienna(10)))
    desk.do(cmd.start)
    run_until(desk, "seg-4", 10, 30)
    assert projected(schedule(desk.state, desk.clock.now()))[4] == ("11:45", "12:40")


def test_the_real_seed_programme_plans_the_day(seed_tip: Path) -> None:
    text_programme = pytest.importorskip("facilitator.formats.programme.text_reader")
    programme = text_programme.parse_text(seed_tip.read_text(encoding="utf-8"))
    s = schedule(fold(programme, []), vienna(9))
    assert s.date == dt.date(2024, 7, 10)
    assert plan(s)[0][0] == "10:00" and plan(s)[-1][1] == "18:00"
    assert [local(s, x.projected_end) for x in s.sittings] == ["13:00", "18:00"]
    assert [verdict_words(x.verdict) for x in s.sittings] == ["ends on time", "ends on time"]


# ----------------------------------------------------------------------------- projection
def test_before_the_meeting_the_projection_is_the_plan() -> None:
    s = schedule(Desk().state, vienna(8, 30))
    assert projected(s) == plan(s)
    assert s.offset == dt.timedelta(0) and offset_words(s.offset_minutes) == "on time"


def test_a_late_start_makes_the_day_late() -> None:
    s = schedule(Desk().state, vienna(10, 5))
    assert s.offset == 5 * MIN and offset_words(s.offset_minutes) == "5 min behind"
    assert projected(s)[0] == ("10:05", "10:20")
    desk = desk_at(10, 12)
    desk.do(cmd.start)
    s = schedule(desk.state, vienna(10, 20))
    assert offset_words(s.offset_minutes) == "12 min behind"
    assert projected(s)[:2] == [("10:12", "10:27"), ("10:27", "10:52")]
    assert (
        verdict_words(s.sittings[0].verdict)
        == "12 min over: cut 12 min from the remaining segments"
    )
    assert verdict_words(s.sittings[1].verdict) == "ends on time"


def test_within_a_minute_is_on_time() -> None:
    desk = desk_at(10, 0)
    desk.advance(seconds=50)
    desk.do(cmd.start)
    s = schedule(desk.state, desk.clock.now())
    assert s.offset == dt.timedelta(seconds=50) and offset_words(s.offset_minutes) == "on time"
    assert verdict_words(s.sittings[0].verdict) == "ends on time"


def test_moving_on_early_puts_the_day_ahead() -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    desk.clock.set(vienna(10, 10))
    desk.do(cmd.next_segment)
    s = schedule(desk.state, desk.clock.now())
    assert s.offset == -5 * MIN and offset_words(s.offset_minutes) == "5 min ahead"
    assert projected(s)[0] == ("10:00", "10:10")  # done: what actually happened
    assert s.segments[0].delay == -5 * MIN
    assert verdict_words(s.sittings[0].verdict) == "ends 5 min early"


def test_a_paused_meeting_becomes_late() -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    desk.clock.set(vienna(10, 5))
    desk.do(cmd.pause)
    at_pause = schedule(desk.state, vienna(10, 5))
    assert offset_words(at_pause.offset_minutes) == "on time"
    # Time passes, the remaining time does not shrink: every minute paused is a minute late.
    for minutes in (1, 10, 25):
        s = schedule(desk.state, vienna(10, 5) + minutes * MIN)
        assert s.offset == minutes * MIN
        assert s.segments[0].projected_end == vienna(10, 15) + minutes * MIN
        assert s.segments[1].projected_start == vienna(10, 15) + minutes * MIN
    assert offset_words(schedule(desk.state, vienna(10, 30)).offset_minutes) == "25 min behind"


def test_overtime_projects_the_end_at_now() -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    s = schedule(desk.state, vienna(10, 22))
    assert local(s, s.segments[0].projected_end) == "10:22"
    assert offset_words(s.offset_minutes) == "7 min behind"


def test_skipped_segments_take_no_time() -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    run_until(desk, "seg-4", 10, 15)  # seg-2 and seg-3 (50 min) are skipped
    s = schedule(desk.state, desk.clock.now())
    assert [e.status for e in s.segments[:4]] == [
        SegmentStatus.DONE,
        SegmentStatus.SKIPPED,
        SegmentStatus.SKIPPED,
        SegmentStatus.RUNNING,
    ]
    assert projected(s)[1:3] == [(None, None), (None, None)]
    assert offset_words(s.offset_minutes) == "50 min ahead"
    assert verdict_words(s.sittings[0].verdict) == "ends 50 min early"


# ----------------------------------------------------------------------------- lunch
def test_lunch_absorbs_lateness_up_to_the_afternoon_sitting() -> None:
    desk = desk_at(10)
    desk.do(cmd.start_sitting)
    desk.do(cmd.start)
    run_until(desk, "seg-5", 12, 10)  # panel 1 starts 40 minutes late
    s = schedule(desk.state, desk.clock.now())
    assert offset_words(s.offset_minutes) == "40 min behind"
    assert projected(s)[4:7] == [("12:10", "13:05"), ("13:05", "13:40"), ("15:00", "15:40")]
    assert (
        verdict_words(s.sittings[0].verdict)
        == "40 min over: cut 40 min from the remaining segments"
    )
    assert verdict_words(s.sittings[1].verdict) == "ends on time"
    assert local(s, s.sittings[1].projected_end) == "18:00"


@pytest.mark.parametrize(
    ("start", "afternoon_start", "afternoon_words"),
    [
        ((13, 30), "15:00", "ends on time"),  # 2 h late: the morning ends at 15:00 sharp
        ((13, 40), "15:10", "10 min over: cut 10 min from the remaining segments"),
    ],
)
def test_lunch_absorbs_no_more_than_the_break(
    start: tuple[int, int], afternoon_start: str, afternoon_words: str
) -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    run_until(desk, "seg-5", *start)
    s = schedule(desk.state, desk.clock.now())
    assert projected(s)[6][0] == afternoon_start
    assert verdict_words(s.sittings[1].verdict) == afternoon_words


def test_during_lunch_the_afternoon_is_on_time() -> None:
    desk = desk_at(10)
    desk.do(cmd.start_sitting)
    desk.do(cmd.start)
    run_until(desk, "seg-6", 13, 5)
    desk.clock.set(vienna(13, 40))
    desk.do(cmd.end_sitting)
    s = schedule(desk.state, vienna(13, 45))
    assert s.sittings[0].status is SittingStatus.ENDED
    assert verdict_words(s.sittings[0].verdict) == "ended 40 min late"
    assert projected(s)[6] == ("15:00", "15:40")
    assert offset_words(s.offset_minutes) == "on time"
    assert verdict_words(s.sittings[1].verdict) == "ends on time"


def test_segments_left_when_a_sitting_ends_move_to_the_next_one() -> None:
    desk = desk_at(10)
    desk.do(cmd.start_sitting)
    desk.do(cmd.start)
    run_until(desk, "seg-5", 12, 10)
    desk.clock.set(vienna(13))
    desk.do(cmd.end_sitting)  # the Q&A on panel 1 did not happen in the morning
    s = schedule(desk.state, vienna(13, 5))
    assert s.segments[5].sitting == 1
    assert projected(s)[5:7] == [("15:00", "15:35"), ("15:35", "16:15")]
    assert verdict_words(s.sittings[0].verdict) == "ended on time"
    assert (
        verdict_words(s.sittings[1].verdict)
        == "35 min over: cut 35 min from the remaining segments"
    )
    assert offset_words(s.offset_minutes) == "35 min behind"
    # The afternoon sitting opens, the Q&A runs first.
    desk.clock.set(vienna(15))
    desk.do(cmd.start_sitting)
    desk.do(cmd.next_segment)
    assert desk.agenda.current == "seg-6"
    assert schedule(desk.state, vienna(15, 1)).segments[5].sitting == 1


def test_at_the_end_of_the_day_the_offset_is_the_last_sitting_s() -> None:
    desk = desk_at(10)
    desk.do(cmd.start)
    desk.clock.set(vienna(13))
    desk.do(cmd.end_sitting)
    run_until(desk, "seg-12", 17, 50)  # opens the afternoon sitting
    desk.clock.set(vienna(18, 3))
    desk.do(cmd.finish)
    s = schedule(desk.state, vienna(18, 30))
    assert offset_words(s.offset_minutes) == "3 min behind"
    assert local(s, s.sittings[1].projected_end) == "18:03"
    assert verdict_words(s.sittings[1].verdict) == "3 min over"  # nothing left to cut


# ----------------------------------------------------------------------------- dates and zones
@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (dt.date(2024, 1, 15), 9),  # CET, UTC+1
        (dt.date(2024, 7, 10), 8),  # CEST, UTC+2
        (dt.date(2024, 3, 31), 8),  # the day clocks go forward (at 02:00)
        (dt.date(2024, 10, 27), 9),  # the day clocks go back (at 03:00)
    ],
)
def test_local_times_follow_daylight_saving(day: dt.date, utc_hour: int) -> None:
    s = schedule(Desk(seed_like(date=day)).state, dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    assert s.date == day
    assert s.segments[0].planned_start == dt.datetime.combine(day, dt.time(utc_hour), dt.UTC)
    assert local(s, s.segments[0].planned_start) == "10:00"
    assert local(s, s.sittings[1].hard_end) == "18:00"


def test_a_sitting_across_the_clock_change_is_an_hour_shorter() -> None:
    night = seed_like(date=dt.date(2024, 3, 31), sittings=(Sitting(dt.time(1), dt.time(4)),))
    s = schedule(Desk(night).state, dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    sitting = s.sittings[0]
    assert sitting.hard_end - sitting.hard_start == dt.timedelta(hours=2)
    assert local_moment(dt.date(2024, 3, 31), 60, ZONE) == dt.datetime(
        2024, 3, 31, 0, 0, tzinfo=dt.UTC
    )


def test_without_a_date_the_day_is_the_first_event_s_in_the_meeting_zone() -> None:
    undated = seed_like(date=None)
    late_evening_utc = dt.datetime(2024, 7, 10, 22, 30, tzinfo=dt.UTC)  # 00:30 on 11 July in Vienna
    assert meeting_date(fold(undated, []), late_evening_utc) == dt.date(2024, 7, 11)
    desk = Desk(undated, FakeClock(dt.datetime(2024, 9, 2, 8, 5, tzinfo=dt.UTC)))
    desk.do(cmd.start)
    later = dt.datetime(2024, 9, 3, 12, 0, tzinfo=dt.UTC)
    s = schedule(desk.state, later)
    assert s.date == dt.date(2024, 9, 2)
    assert s.segments[0].planned_start == dt.datetime(2024, 9, 2, 8, 0, tzinfo=dt.UTC)


def test_a_programme_without_sittings_or_times_has_no_plan_but_a_projection() -> None:
    bare = seed_like(sittings=(), timezone=None)
    desk = Desk(bare, FakeClock(dt.datetime(2024, 7, 10, 9, 0, tzinfo=dt.UTC)))
    desk.do(cmd.start)
    s = schedule(desk.state, dt.datetime(2024, 7, 10, 9, 5, tzinfo=dt.UTC))
    assert s.zone == dt.UTC and s.sittings == ()
    assert all(e.planned_start is None for e in s.segments)
    assert s.offset is None and offset_words(s.offset_minutes) == "on time"
    assert s.segments[1].projected_start == dt.datetime(2024, 7, 10, 9, 15, tzinfo=dt.UTC)
    assert s.segment("seg-2").projected_end == dt.datetime(2024, 7, 10, 9, 40, tzinfo=dt.UTC)
    with pytest.raises(KeyError):
        s.segment("nope")


# ----------------------------------------------------------------------------- words
@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "on time"),
        (59, "on time"),
        (-59, "on time"),
        (60, "1 min behind"),
        (89, "1 min behind"),
        (90, "2 min behind"),
        (-300, "5 min ahead"),
        (12 * 60, "12 min behind"),
        (65 * 60, "1 h 5 min behind"),
        (-120 * 60, "2 h ahead"),
    ],
)
def test_offset_words(seconds: int, words: str) -> None:
    assert offset_words(offset_minutes(dt.timedelta(seconds=seconds))) == words


def test_minutes_words_round_up_for_what_must_be_cut() -> None:
    assert in_minutes(whole_minutes(dt.timedelta(seconds=61), round_up=True)) == "2 min"
    assert in_minutes(whole_minutes(dt.timedelta(seconds=61))) == "1 min"
    assert offset_words(offset_minutes(None)) == "on time"
