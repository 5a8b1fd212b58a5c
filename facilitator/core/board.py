"""What the console and the room display show at one instant, as plain text and values.

Both windows paint a :class:`Board`; they compute nothing themselves. Building it is a pure function
of the folded state and ``now``, so it is tested without Qt and every repaint is consistent: the
big clock, the phase word, the offset and the projected end come from the same instant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypedDict

from facilitator.core.agenda.schedule import Schedule, schedule
from facilitator.core.agenda.timing import (
    DEFAULT_SETTINGS,
    Phase,
    TimingSettings,
    current_timing,
    format_clock,
    format_elapsed,
)
from facilitator.core.agenda.values import SegmentStatus, SittingStatus, sitting_name
from facilitator.core.fold.state import MeetingState
from facilitator.core.programme import SegmentKind
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.timing import DEFAULT_QUEUE_SETTINGS, QueueSettings, speaker_timing

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
    # The floor (the speaker queue); empty when no one has the floor.
    speaker_entry_id: str | None = None
    speaker_name: str = ""
    speaker_organization: str = ""
    speaker_category: str = ""  # "NGO", "Academia"…
    speaker_attendance: str = ""  # "in the room" / "online"
    speaker_clock: str = ""  # "2:59" counting down, "+0:12" in overtime
    speaker_phase: Phase | None = None  # warning at 0:30 left (QueueSettings)
    speaker_held: bool = False  # on the floor, clock held
    speaker_words: str = ""  # "2:59 left", "Warning — 0:25 left", "Overtime +0:12", "Held — …"
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
    offset_text = plan.offset_words
    sitting_text = _sitting_words(state, plan)
    if plan.another_day(now):
        # Opened on another day (a run-through, a check the day before): no offset in thousands
        # of hours, but the day, and the way to practise (File → Rehearse).
        offset, offset_text = dt.timedelta(0), plan.day_words
        sitting_text = "Rehearse it on today's date: File → Rehearse this meeting (Ctrl+Shift+R)"
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
        offset_words=offset_text,
        offset_seconds=int(offset.total_seconds()),
        sitting_words=sitting_text,
        next_title=next_title,
        status_line=f"{segment_title} · {clock} · {offset_text}",
        **_floor_fields(state, now, queue_settings),
    )


class _FloorFields(TypedDict, total=False):
    speaker_entry_id: str | None
    speaker_name: str
    speaker_organization: str
    speaker_category: str
    speaker_attendance: str
    speaker_clock: str
    speaker_phase: Phase | None
    speaker_held: bool
    speaker_words: str
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
        if timing.held or paused:
            word = "Held" if timing.held else "Paused"
            left = "" if timing.phase is Phase.OVERTIME else " left"
            words = f"{word} — {clock}{left}"
        elif timing.phase is Phase.OVERTIME:
            words = f"Overtime {clock}"
        elif timing.phase is Phase.NORMAL:
            words = f"{clock} left"
        else:
            words = f"{PHASE_WORDS[timing.phase]} — {clock} left"
        fields = _FloorFields(
            speaker_entry_id=speaker.entry_id,
            speaker_name=participant.name if participant else speaker.participant_id,
            speaker_organization=participant.organization if participant else "",
            speaker_category=participant.category.label if participant else "",
            speaker_attendance=participant.attendance.label if participant else "",
            speaker_clock=clock,
            speaker_phase=phase,
            speaker_held=timing.held,
            speaker_words=words,
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
