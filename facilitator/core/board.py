"""What the console and the room display show at one instant, as values.

Both windows paint a :class:`Board`; they compute nothing themselves. Building it is a pure function
of the folded state and ``now``, so it is tested without Qt and every repaint is consistent: the
big clock, the phase word, the offset and the projected end come from the same instant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import TypedDict

from facilitator.core.agenda.schedule import Schedule, SittingVerdict, schedule
from facilitator.core.agenda.timing import (
    DEFAULT_SETTINGS,
    Phase,
    TimingSettings,
    current_timing,
    format_clock,
    format_elapsed,
)
from facilitator.core.agenda.values import SittingStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import SegmentKind, hhmm
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.timing import DEFAULT_QUEUE_SETTINGS, QueueSettings, speaker_timing


class Idle(Enum):
    """What the board says when no segment is current."""

    NOT_STARTED = "not started"
    ENDED = "ended"  # the meeting has ended
    BREAK = "break"  # between sittings
    BETWEEN = "between segments"


@dataclass(frozen=True, slots=True)
class SittingLine:
    """The sitting under way (or the next one, or the last): its number and hours, how it ends
    against its hard end, and, while it is still to end, its projected and hard ends ("13:12",
    "13:00"); the UI says "Sitting 1 (10:00–13:00) ends 13:12 (hard end 13:00): …"."""

    number: int  # from 1
    hours: tuple[str, str] | None  # the programme's "10:00", "13:00" (None: not in it)
    verdict: SittingVerdict
    ends: str | None = None  # the projected end, local "13:12"; None once ended
    hard_end: str = ""


@dataclass(frozen=True, slots=True)
class Board:
    """Everything a Co-Chair reads at a glance, as values: the UI puts them in words
    (:mod:`facilitator.ui.words`)."""

    # The current segment (or, between segments, what comes next).
    item_title: str
    segment_title: str
    segment_kind: SegmentKind
    clock: str  # "12:34", "+1:05", or "--:--" when nothing runs
    phase: Phase | None
    idle: Idle | None  # None while a segment is current
    used_clock: str  # "12:03" (time used), "" when nothing runs
    allotted_clock: str  # "25:00"
    used_fraction: float  # 0..1+, for a progress bar
    running: bool
    paused: bool
    # The day.
    local_time: str  # "10:42:05" in the meeting's zone
    zone_name: str
    offset_minutes: int  # positive: behind; 0 on time (within a minute)
    offset_seconds: int  # positive: behind
    another_day: dt.date | None  # the meeting's date, when opened on another day
    sitting: SittingLine | None  # None without sittings
    next_title: str  # the next segment's title, "" at the end
    next_at: str  # its (projected) start, local "11:15", or ""
    up_next: bool  # between segments: what comes next rather than after this one
    # The floor (the speaker queue); empty when no one has the floor.
    speaker_entry_id: str | None = None
    speaker_name: str = ""
    speaker_organization: str = ""
    speaker_category: Category | None = None
    speaker_attendance: Attendance | None = None
    speaker_clock: str = ""  # "2:59" counting down, "+0:12" in overtime
    speaker_phase: Phase | None = None  # warning at 0:30 left (QueueSettings); None: held
    speaker_timing_phase: Phase | None = None  # the clock's own phase, even when held
    speaker_held: bool = False  # on the floor, clock held
    speaker_paused: bool = False  # the meeting is paused, and the speaker's clock with it
    # The list shown: the floor's, else the current segment's, else the next one's.
    next_speakers: tuple[str, ...] = ()  # the next three waiting: "Ms. A (NGO X)"
    waiting_count: int = 0
    list_closed: bool = False


def build_board(
    state: MeetingState,
    now: dt.datetime,
    settings: TimingSettings = DEFAULT_SETTINGS,
    *,
    plan: Schedule | None = None,
    queue_settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
) -> Board:
    """The board at ``now``; pass ``plan`` when the caller already computed the schedule."""
    plan = plan or schedule(state, now)
    agenda = state.agenda
    programme = state.programme
    timing = current_timing(state, now, settings)
    current = agenda.current
    local = plan.local(now)
    zone_name = local.tzname() or ""
    next_id = agenda.next_id()

    idle: Idle | None = None
    if current is not None and timing is not None:
        item = programme.item_of(current)
        segment = programme.segment(current)
        clock = timing.display
        phase: Phase | None = timing.phase
        used, allotted = format_elapsed(timing.elapsed), format_clock(_secs(timing.allotted))
        fraction = timing.elapsed / timing.allotted if timing.allotted > dt.timedelta(0) else 1.0
        paused = agenda.paused
        item_title, segment_title, kind = item.display_title, segment.display_title, segment.kind
    else:
        phase = None
        clock = "--:--"
        used, allotted, fraction, paused = "", "", 0.0, False
        upcoming = next_id
        if upcoming is not None:
            item = programme.item_of(upcoming)
            segment = programme.segment(upcoming)
            item_title, segment_title, kind = (
                item.display_title,
                segment.display_title,
                segment.kind,
            )
        else:
            item_title, segment_title, kind = "", "", SegmentKind.OTHER
        if not agenda.started:
            idle = Idle.NOT_STARTED
        elif upcoming is None:
            idle = Idle.ENDED
        elif agenda.running_sitting() is None:
            idle = Idle.BREAK
        else:
            idle = Idle.BETWEEN

    next_title = next_at = ""
    if next_id is not None:
        entry = plan.segment(next_id)
        start = entry.projected_start or entry.planned_start
        next_at = f"{plan.local(start):%H:%M}" if start is not None else ""
        next_title = programme.segment(next_id).display_title

    offset = plan.offset or dt.timedelta(0)
    offset_min = plan.offset_minutes
    sitting = _sitting_line(state, plan)
    another_day: dt.date | None = None
    if plan.another_day(now):
        # Opened on another day (a run-through, a check the day before): no offset in thousands
        # of hours, but the day, and the way to practise (File → Rehearse).
        offset, offset_min, another_day, sitting = dt.timedelta(0), 0, plan.date, None
    return Board(
        item_title=item_title,
        segment_title=segment_title,
        segment_kind=kind,
        clock=clock,
        phase=phase,
        idle=idle,
        used_clock=used,
        allotted_clock=allotted,
        used_fraction=float(fraction),
        running=timing.running if timing is not None else False,
        paused=paused,
        local_time=f"{local:%H:%M:%S}",
        zone_name=zone_name,
        offset_minutes=offset_min,
        offset_seconds=int(offset.total_seconds()),
        another_day=another_day,
        sitting=sitting,
        next_title=next_title,
        next_at=next_at,
        up_next=current is None,
        **_floor_fields(state, now, queue_settings),
    )


class _FloorFields(TypedDict, total=False):
    speaker_entry_id: str | None
    speaker_name: str
    speaker_organization: str
    speaker_category: Category | None
    speaker_attendance: Attendance | None
    speaker_clock: str
    speaker_phase: Phase | None
    speaker_timing_phase: Phase | None
    speaker_held: bool
    speaker_paused: bool
    next_speakers: tuple[str, ...]
    waiting_count: int
    list_closed: bool


def _floor_fields(state: MeetingState, now: dt.datetime, settings: QueueSettings) -> _FloorFields:
    """The speaker part of the board."""
    queue: QueueState = queue_of(state)
    fields: _FloorFields = {}
    timing = speaker_timing(queue, now, settings)
    speaker = queue.floor_speaker()
    if timing is not None and speaker is not None:
        participant = queue.participant(speaker.participant_id)
        clock = timing.display
        # The meeting paused (Space) stops the speaker's clock too: say so, in grey, as for a hold.
        paused = not timing.held and state.agenda.current is not None and state.agenda.paused
        phase: Phase | None = None if paused else timing.phase
        fields = _FloorFields(
            speaker_entry_id=speaker.entry_id,
            speaker_name=participant.name if participant else speaker.participant_id,
            speaker_organization=participant.organization if participant else "",
            speaker_category=participant.category if participant else None,
            speaker_attendance=participant.attendance if participant else None,
            speaker_clock=clock,
            speaker_phase=phase,
            speaker_timing_phase=timing.phase,
            speaker_held=timing.held,
            speaker_paused=paused,
        )
    shown = list_in_view(state)
    if shown is not None:
        lst = queue.list_of(shown)
        fields["next_speakers"] = tuple(
            queue.display(lst.entries[entry_id].participant_id) for entry_id in lst.waiting[:3]
        )
        fields["waiting_count"] = len(lst.waiting)
        fields["list_closed"] = lst.closed
    return fields


def _secs(value: dt.timedelta) -> int:
    return int(value.total_seconds())


def _sitting_line(state: MeetingState, plan: Schedule) -> SittingLine | None:
    """The sitting under way (or the next one, or the last): its projected end against its hard
    end."""
    if not plan.sittings:
        return None
    running = state.agenda.running_sitting()
    index = running if running is not None else state.agenda.next_sitting()
    sittings = state.programme.sittings
    if index is None:
        last = plan.sittings[-1]
        return SittingLine(last.index + 1, _hours(state, last.index), last.verdict)
    sitting = plan.sittings[index]
    hours = _hours(state, index) if index < len(sittings) else None
    if sitting.projected_end is None or sitting.status is SittingStatus.ENDED:
        return SittingLine(index + 1, hours, sitting.verdict)
    end = plan.local(sitting.projected_end)
    hard = plan.local(sitting.hard_end)
    return SittingLine(index + 1, hours, sitting.verdict, f"{end:%H:%M}", f"{hard:%H:%M}")


def _hours(state: MeetingState, index: int) -> tuple[str, str] | None:
    """A sitting's hours as the programme sets them ("10:00", "13:00")."""
    sittings = state.programme.sittings
    if not 0 <= index < len(sittings):
        return None
    return (hhmm(sittings[index].start) or "", hhmm(sittings[index].end) or "")
