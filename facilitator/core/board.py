"""What the console and the room display show at one instant, as plain text and values.

Both windows paint a :class:`Board`; they compute nothing themselves. Building it is a pure function
of the folded state and ``now``, so it is tested without Qt and every repaint is consistent: the
big clock, the phase word, the offset and the projected end come from the same instant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facilitator.core.programme import SegmentKind
from facilitator.core.schedule import Schedule, schedule
from facilitator.core.state import MeetingState, SegmentStatus, SittingStatus, sitting_name
from facilitator.core.timing import (
    DEFAULT_SETTINGS,
    Phase,
    TimingSettings,
    current_timing,
    format_clock,
    format_elapsed,
)

PHASE_WORDS = {
    Phase.NORMAL: "On time",
    Phase.WARNING: "Warning",
    Phase.DANGER: "Wrap up",
    Phase.OVERTIME: "Overtime",
}


@dataclass(frozen=True, slots=True)
class Board:
    """Everything a Co-Chair reads at a glance."""

    # The current segment (or, between segments, what comes next).
    item_title: str
    segment_title: str
    segment_kind: str
    clock: str  # "12:34", "+1:05", or "--:--" when nothing runs
    phase: Phase | None
    phase_words: str  # "Warning — 4:59 left", "Overtime +1:05", "Paused", "Not started"
    used: str  # "used 12:03 of 25:00"
    used_fraction: float  # 0..1+, for a progress bar
    running: bool
    paused: bool
    # The day.
    local_time: str  # "10:42:05" in the meeting's zone
    zone_name: str
    offset_words: str  # "12 min behind"
    offset_seconds: int  # positive: behind
    sitting_words: str  # "Sitting 1 (10:00–13:00) ends 13:12: 12 min over: cut 12 min …"
    next_title: str  # "Next: Panel 1: … at 11:15", or "" at the end
    status_line: str  # a short summary for the window title / status bar


def build_board(
    state: MeetingState,
    now: dt.datetime,
    settings: TimingSettings = DEFAULT_SETTINGS,
    *,
    plan: Schedule | None = None,
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

    if current is not None and timing is not None:
        item = programme.item_of(current)
        segment = programme.segment(current)
        clock = timing.display
        phase: Phase | None = timing.phase
        used = f"used {format_elapsed(timing.elapsed)} of {format_clock(_secs(timing.allotted))}"
        fraction = timing.elapsed / timing.allotted if timing.allotted > dt.timedelta(0) else 1.0
        paused = agenda.paused
        if paused:
            words = f"Paused — {PHASE_WORDS[timing.phase].lower()}"
        elif timing.phase is Phase.OVERTIME:
            words = f"Overtime {clock}"
        elif timing.phase is Phase.NORMAL:
            words = f"On time — {clock} left"
        else:
            words = f"{PHASE_WORDS[timing.phase]} — {clock} left"
        item_title, segment_title, kind = item.display_title, segment.display_title, segment.kind
    else:
        phase = None
        clock = "--:--"
        used, fraction, paused = "", 0.0, False
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
            words = "Not started"
        elif upcoming is None:
            words = "The meeting has ended"
        elif agenda.running_sitting() is None:
            words = "Break — between sittings"
        else:
            words = "Between segments"

    next_title = ""
    if next_id is not None:
        entry = plan.segment(next_id)
        start = entry.projected_start or entry.planned_start
        at = f" at {plan.local(start):%H:%M}" if start is not None else ""
        next_title = f"Next: {programme.segment(next_id).display_title}{at}"
    if current is None and next_id is not None:
        next_title = next_title.replace("Next: ", "Up next: ", 1)

    offset = plan.offset or dt.timedelta(0)
    return Board(
        item_title=item_title,
        segment_title=segment_title,
        segment_kind=kind.label,
        clock=clock,
        phase=phase,
        phase_words=words,
        used=used,
        used_fraction=float(fraction),
        running=timing.running if timing is not None else False,
        paused=paused,
        local_time=f"{local:%H:%M:%S}",
        zone_name=zone_name,
        offset_words=plan.offset_words,
        offset_seconds=int(offset.total_seconds()),
        sitting_words=_sitting_words(state, plan),
        next_title=next_title,
        status_line=f"{segment_title} · {clock} · {plan.offset_words}",
    )


def _secs(value: dt.timedelta) -> int:
    return int(value.total_seconds())


def _sitting_words(state: MeetingState, plan: Schedule) -> str:
    """The sitting under way (or the next one): its projected end against its hard end."""
    if not plan.sittings:
        return ""
    running = state.agenda.running_sitting()
    index = running if running is not None else state.agenda.next_sitting()
    if index is None:
        last = plan.sittings[-1]
        return f"{sitting_name(state.programme, last.index)}: {last.words}"
    sitting = plan.sittings[index]
    name = sitting_name(state.programme, index)
    if sitting.projected_end is None or sitting.status is SittingStatus.ENDED:
        return f"{name}: {sitting.words}"
    end = plan.local(sitting.projected_end)
    hard = plan.local(sitting.hard_end)
    return f"{name} ends {end:%H:%M} (hard end {hard:%H:%M}): {sitting.words}"


def segment_state_word(status: SegmentStatus, *, is_next: bool) -> str:
    """The agenda tree's state column."""
    if status is SegmentStatus.PENDING and is_next:
        return "next"
    return str(status.value)
