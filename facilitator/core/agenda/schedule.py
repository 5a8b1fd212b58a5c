"""The day's schedule: planned against projected times, the running offset, the sittings' ends.

**Planned** times come from the programme alone: segments follow one another from the first
sitting's start; one that does not fit in what is left of its sitting moves to the next sitting's
start; a segment's ``scheduled_start`` wins (:func:`facilitator.core.planning.planned_layout`).
They are laid out in the meeting's local wall-clock time (date + zone, Europe/Vienna for the seeds)
and converted to UTC through :mod:`zoneinfo`, so a summer and a winter date differ by an hour as
they should.

**Projected** times, as Ontime does it, from what happened and ``now``:

* a done segment keeps its actual first start and end; a skipped one takes no time (None);
* the current segment ends at ``now + max(remaining, 0)``: while it is paused, ``now`` moves and
  the remaining time does not, so a pause is lateness;
* each later segment follows the previous one, never before ``now``, never before the start of
  its sitting (nor its scheduled start): the lunch break absorbs lateness up to the start of the
  afternoon sitting, and no more. A segment whose sitting was ended before it ran moves to the next
  sitting.

The **offset** is how late the day is: the projected end of the sitting under way (at lunch, of
the next one) against the planned end of that sitting's segments. Within a sitting this is the
current segment's lateness carried to the end; at lunch, what the break absorbed is gone; segments
carried over from an earlier sitting count. Positive is behind. (A programme without sittings uses
the current segment's projected end against its planned end.)

If the programme has no date, the day is the date of the journal's first event, or of ``now``, in
the meeting's time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from facilitator.core.agenda.state import AgendaState
from facilitator.core.agenda.values import SegmentStatus, SittingStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.planning import planned_layout
from facilitator.core.programme import minutes_of

_ZERO = dt.timedelta(0)
_MINUTE = dt.timedelta(minutes=1)


class Outlook(Enum):
    """How a sitting ends against its hard end (:class:`SittingVerdict`)."""

    ENDED_ON_TIME = "ended on time"
    ENDED_LATE = "ended late"
    ENDED_EARLY = "ended early"
    OVER_CUT = "over, segments to cut"  # over its hard end, with segments left to shorten
    OVER = "over"  # over, nothing left to cut
    EARLY = "ends early"
    ON_TIME = "ends on time"


@dataclass(frozen=True, slots=True)
class SittingVerdict:
    """A sitting's outlook and its minutes (late, early, or to cut; 0 when on time)."""

    outlook: Outlook
    minutes: int = 0


@dataclass(frozen=True, slots=True)
class SegmentSchedule:
    segment_id: str
    status: SegmentStatus
    sitting: int | None  # the sitting it ran in, or for pending ones where it will now run
    planned_sitting: int | None
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    projected_start: dt.datetime | None  # None when skipped
    projected_end: dt.datetime | None

    @property
    def delay(self) -> dt.timedelta | None:
        """Projected against planned end (positive: late)."""
        if self.projected_end is None or self.planned_end is None:
            return None
        return self.projected_end - self.planned_end


@dataclass(frozen=True, slots=True)
class SittingSchedule:
    index: int
    status: SittingStatus
    hard_start: dt.datetime
    hard_end: dt.datetime
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    projected_end: dt.datetime | None  # actual end once ended; None with nothing in it
    pending_segments: int  # segments still to run in it

    @property
    def overrun(self) -> dt.timedelta:
        """How far past its hard end the sitting ends (negative: early; zero if unknown)."""
        return _ZERO if self.projected_end is None else self.projected_end - self.hard_end

    @property
    def verdict(self) -> SittingVerdict:
        """How it ends against its hard end, in minutes: ended late, over with segments to cut,
        ends on time… (the UI and the record put it in words)."""
        over = self.overrun
        if self.status is SittingStatus.ENDED:
            if abs(over) < _MINUTE:
                return SittingVerdict(Outlook.ENDED_ON_TIME)
            late = over > _ZERO
            return SittingVerdict(
                Outlook.ENDED_LATE if late else Outlook.ENDED_EARLY, whole_minutes(over)
            )
        if over >= _MINUTE:
            cut = whole_minutes(over, round_up=True)
            return SittingVerdict(Outlook.OVER_CUT if self.pending_segments else Outlook.OVER, cut)
        if over <= -_MINUTE:
            return SittingVerdict(Outlook.EARLY, whole_minutes(over))
        return SittingVerdict(Outlook.ON_TIME)


@dataclass(frozen=True, slots=True)
class Schedule:
    date: dt.date
    zone: dt.tzinfo
    segments: tuple[SegmentSchedule, ...]
    sittings: tuple[SittingSchedule, ...]
    offset: dt.timedelta | None  # positive: behind; None when the plan has no times

    @property
    def offset_minutes(self) -> int:
        """The offset to the nearest minute (positive: behind; 0 within a minute, or unknown)."""
        return offset_minutes(self.offset)

    def another_day(self, now: dt.datetime) -> bool:
        """Whether ``now`` falls on another day than the meeting's, in the meeting's zone: then
        every offset and projection is in thousands of hours, and means nothing."""
        return self.local(now).date() != self.date

    def segment(self, segment_id: str) -> SegmentSchedule:
        for entry in self.segments:
            if entry.segment_id == segment_id:
                return entry
        raise KeyError(segment_id)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` in the meeting's time zone, for display."""
        return moment.astimezone(self.zone)


# ----------------------------------------------------------------------------- minutes
def whole_minutes(delta: dt.timedelta, *, round_up: bool = False) -> int:
    """abs(delta) in whole minutes (to the nearest minute, or up): what the UI and the record
    say as "12 min", "1 h 5 min"."""
    micro = abs(delta) // dt.timedelta(microseconds=1)
    unit = 60_000_000
    return -(-micro // unit) if round_up else (micro + unit // 2) // unit


def offset_minutes(offset: dt.timedelta | None) -> int:
    """How late the day is in whole minutes (positive: behind; 0 "on time": within a minute)."""
    if offset is None or abs(offset) < _MINUTE:
        return 0
    minutes = whole_minutes(offset)
    return minutes if offset > _ZERO else -minutes


# ----------------------------------------------------------------------------- dates
def meeting_date(state: MeetingState, now: dt.datetime) -> dt.date:
    """The programme's date; else the day of the first event (or of ``now``) in the meeting's
    zone."""
    programme = state.programme
    if programme.date is not None:
        return programme.date
    moment = state.first_event_at or now
    return moment.astimezone(programme.zone()).date()


def local_moment(date: dt.date, minutes: int, zone: dt.tzinfo) -> dt.datetime:
    """The UTC instant of local wall time ``minutes`` after midnight on ``date`` in ``zone``."""
    wall = dt.datetime.combine(date, dt.time(0), tzinfo=zone) + dt.timedelta(minutes=minutes)
    return wall.astimezone(dt.UTC)


def _sitting_of(minute: int, windows: list[tuple[int, int]]) -> int:
    """The sitting a planned local minute falls in (the last one started before it)."""
    found = 0
    for index, (start, _) in enumerate(windows):
        if start <= minute:
            found = index
    return found


# ----------------------------------------------------------------------------- the schedule
def schedule(state: MeetingState, now: dt.datetime) -> Schedule:
    """Planned and projected times of every segment and sitting at ``now``."""
    agenda = state.agenda
    programme = agenda.programme
    zone = programme.zone()
    date = meeting_date(state, now)
    segments = [segment for _, segment in programme.segments()]
    windows = [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings]
    starts = [minutes_of(s.scheduled_start) if s.scheduled_start else None for s in segments]

    planned: list[tuple[dt.datetime, dt.datetime] | None] = [None] * len(segments)
    planned_sitting: list[int | None] = [None] * len(segments)
    if windows or any(m is not None for m in starts):
        layout = planned_layout([s.planned_minutes for s in segments], starts, windows)
        for i, (segment, begin) in enumerate(zip(segments, layout, strict=True)):
            planned[i] = (
                local_moment(date, begin, zone),
                local_moment(date, begin + segment.planned_minutes, zone),
            )
            planned_sitting[i] = _sitting_of(begin, windows) if windows else None

    hard = [(local_moment(date, a, zone), local_moment(date, b, zone)) for a, b in windows]
    first_open = next(
        (s.index for s in agenda.sittings if s.status is not SittingStatus.ENDED),
        len(windows) - 1 if windows else None,
    )
    running_sitting = agenda.running_sitting()

    entries: list[SegmentSchedule] = []
    cursor = now
    for i, segment in enumerate(segments):
        sid = segment.id
        status = agenda.status(sid)
        sitting = planned_sitting[i]
        start: dt.datetime | None = None
        end: dt.datetime | None = None
        if status is SegmentStatus.DONE:
            state_ = agenda.segment(sid)
            start, end = state_.first_start, state_.end
            sitting = _sitting_ran_in(agenda, start, sitting)
        elif status in (SegmentStatus.RUNNING, SegmentStatus.PAUSED):
            state_ = agenda.segment(sid)
            remaining = dt.timedelta(seconds=agenda.allotted_seconds(sid)) - state_.elapsed(now)
            start, end = state_.first_start, now + max(remaining, _ZERO)
            cursor = max(cursor, end)
            if running_sitting is not None:
                sitting = running_sitting
        elif status is SegmentStatus.PENDING:
            if first_open is not None:
                sitting = first_open if sitting is None else max(sitting, first_open)
            floor = hard[sitting][0] if sitting is not None else cursor
            if segment.scheduled_start is not None:
                floor = max(floor, local_moment(date, minutes_of(segment.scheduled_start), zone))
            start = max(cursor, floor)
            end = start + dt.timedelta(seconds=agenda.allotted_seconds(sid))
            cursor = end
        plan = planned[i]
        entries.append(
            SegmentSchedule(
                sid,
                status,
                sitting,
                planned_sitting[i],
                plan[0] if plan else None,
                plan[1] if plan else None,
                start,
                end,
            )
        )

    sittings = tuple(
        _sitting_schedule(agenda, index, hard[index], entries) for index in range(len(windows))
    )
    return Schedule(date, zone, tuple(entries), sittings, _offset(agenda, entries, sittings))


def _sitting_ran_in(
    agenda: AgendaState, start: dt.datetime | None, planned: int | None
) -> int | None:
    """The sitting that was open when a segment first started (else its planned one)."""
    if start is None:
        return planned
    for sitting in agenda.sittings:
        if (
            sitting.started_at is not None
            and sitting.started_at <= start
            and (sitting.ended_at is None or start < sitting.ended_at)
        ):
            return sitting.index
    return planned


def _sitting_schedule(
    agenda: AgendaState,
    index: int,
    hard: tuple[dt.datetime, dt.datetime],
    entries: list[SegmentSchedule],
) -> SittingSchedule:
    sitting = agenda.sittings[index]
    mine = [e for e in entries if e.sitting == index]
    if sitting.ended_at is not None:
        projected: dt.datetime | None = sitting.ended_at
    else:
        ends = [e.projected_end for e in mine if e.projected_end is not None]
        projected = max(ends) if ends else None
    pending = sum(1 for e in mine if e.status is SegmentStatus.PENDING)
    return SittingSchedule(
        index,
        sitting.status,
        hard[0],
        hard[1],
        sitting.started_at,
        sitting.ended_at,
        projected,
        pending if sitting.ended_at is None else 0,
    )


def _offset(
    agenda: AgendaState, entries: list[SegmentSchedule], sittings: tuple[SittingSchedule, ...]
) -> dt.timedelta | None:
    """How late the sitting under way (or the next one) will end against its plan.

    Within a sitting this is the current segment's delay carried to the end (gaps in the plan
    absorb some of it); at lunch it is the afternoon's, so lateness the break absorbed is gone,
    and segments carried over from the morning count."""
    if not sittings:
        return _segment_offset(agenda, entries)
    relevant = agenda.running_sitting()
    if relevant is None:
        relevant = next(
            (x.index for x in sittings if x.status is not SittingStatus.ENDED), sittings[-1].index
        )
    sitting = sittings[relevant]
    plan_ends = [
        e.planned_end
        for e in entries
        if e.planned_sitting == relevant and e.planned_end is not None
    ]
    if sitting.projected_end is None:
        return None
    return sitting.projected_end - (max(plan_ends) if plan_ends else sitting.hard_end)


def _segment_offset(agenda: AgendaState, entries: list[SegmentSchedule]) -> dt.timedelta | None:
    """Without sittings: the current segment's delay, else the next one's, else the last one's."""
    if agenda.current is not None:
        return next(e.delay for e in entries if e.segment_id == agenda.current)
    for entry in entries:
        if entry.status is SegmentStatus.PENDING:
            if entry.projected_start is None or entry.planned_start is None:
                return None
            return entry.projected_start - entry.planned_start
    done = [
        (e.projected_end, e.delay)
        for e in entries
        if e.status is SegmentStatus.DONE and e.projected_end is not None and e.delay is not None
    ]
    return max(done)[1] if done else None
