"""The queue's live figures: how many wait, how long they will take, what limit would fit, who has
been heard. A pure function of the folded state and ``now`` (recomputed on each repaint).

Definitions (every sum is taken in microseconds, so nothing rounds twice):

* **waiting**: the entries waiting on the list;
* **average overrun**: over the turns finished today (any list), the mean of
  ``max(0, spoken - limit)``, where ``limit`` is the limit the speaker was called with
  (extensions do not count: the figure predicts how long speakers really take); rounded to the
  second;
* **time to hear them all**: ``waiting × (limit + average overrun)`` plus what is left of the
  turn of the speaker on the floor of this list (nothing once in overtime);
* **time left**: the segment's allotment less its time used (never below zero), as its clock shows
  it (rounded up to the second); or, when it is shorter, the time until the hard end of the
  sitting the segment runs in (13:00 for the morning): a list cannot run past lunch, whatever the
  segment's own clock says;
* **the limit that would fit**: ``(time left - the floor's remaining) / waiting - average overrun``,
  floored to 15 s; "none fits" when that is below 30 s;
* **heard today**: the turns that had the floor (done, or on the floor now: counted live) by
  stakeholder category, by room/online, and by gender and youth where the participant declared
  them; each group counts distinct speakers, turns, and speaking time (holds excluded; each turn
  in whole seconds, rounded down as the record lists it, so that the groups add up to the total).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from facilitator.core.agenda.schedule import Schedule, minutes_words, schedule
from facilitator.core.agenda.timing import format_clock, segment_timing
from facilitator.core.agenda.values import SittingStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import DEFAULT_LIMIT_SECONDS, Speaker, SpeakerStatus

#: The limit that would fit is floored to this step…
FIT_STEP_SECONDS = 15
#: …and is never proposed below this.
FIT_MINIMUM_SECONDS = 30

_SECOND = 1_000_000  # microseconds


def _micro(value: dt.timedelta) -> int:
    return (value.days * 86_400 + value.seconds) * _SECOND + value.microseconds


def _ceil_seconds(micro: int) -> int:
    return -(-micro // _SECOND)


@dataclass(frozen=True, slots=True)
class HeardGroup:
    """Who has been heard in one group (a category, room or online, a declared gender…)."""

    key: str
    label: str
    speakers: int  # distinct participants
    turns: int
    seconds: int  # speaking time, whole seconds

    @property
    def time(self) -> str:
        """Speaking time as "12:05"."""
        return format_clock(self.seconds)


@dataclass(frozen=True, slots=True)
class QueueFigures:
    """The figures of one list at one instant (see the module docstring for the definitions)."""

    segment_id: str | None
    waiting: int
    limit_seconds: int
    finished: int  # turns finished today: what the average overrun is taken over
    average_overrun_seconds: int
    floor_remaining_seconds: int  # left of the turn on the floor of this list (0: none / over)
    to_hear_seconds: int
    time_left_seconds: int | None  # None without a segment
    hard_end: dt.datetime | None  # the sitting's hard end, when it cuts the time left short
    fits: bool | None  # whether those waiting fit in the time left (None: no segment)
    fitting_limit_seconds: int | None  # the limit that would fit (None: none fits, or no one)
    none_fits: bool  # not even a 0:30 limit would fit
    heard_speakers: int
    heard_turns: int
    heard_seconds: int
    by_category: tuple[HeardGroup, ...]  # every category, in the enum's order
    by_attendance: tuple[HeardGroup, ...]  # room, then online
    by_gender: tuple[HeardGroup, ...]  # the declared genders, by label
    by_youth: tuple[HeardGroup, ...]  # "Youth", "Not youth" where declared
    gender_undeclared: int  # speakers heard who did not declare a gender
    youth_undeclared: int
    summary: str


#: The list the figures are about by default: the one in view (:func:`list_in_view`).
figures_segment = list_in_view


def _groups(
    turns: list[tuple[Speaker, Participant | None, int]],
    keys: Iterable[tuple[str, str]],
    key_of: Callable[[Participant | None], str | None],
    *,
    keep_empty: bool,
) -> tuple[HeardGroup, ...]:
    by_key: dict[str, tuple[set[str], int, int]] = {}
    for speaker, participant, micro in turns:
        key = key_of(participant)
        if key is None:
            continue
        people, count, total = by_key.get(key, (set(), 0, 0))
        people.add(speaker.participant_id)
        by_key[key] = (people, count + 1, total + micro)
    groups = []
    for key, label in keys:
        people, count, total = by_key.get(key, (set(), 0, 0))
        if count or keep_empty:
            groups.append(HeardGroup(key, label, len(people), count, total // _SECOND))
    return tuple(groups)


def queue_figures(
    state: MeetingState,
    now: dt.datetime,
    segment_id: str | None = None,
    plan: Schedule | None = None,
) -> QueueFigures:
    """The figures of the list of ``segment_id`` (by default :func:`figures_segment`) at ``now``;
    ``plan`` is the schedule at ``now`` if the caller has it (else it is worked out)."""
    queue = queue_of(state)
    sid = segment_id if segment_id is not None else figures_segment(state)
    lst = queue.list_of(sid) if sid is not None else None
    limit = lst.limit_seconds if lst is not None else DEFAULT_LIMIT_SECONDS
    waiting = len(lst.waiting) if lst is not None else 0

    # Overrun of the turns finished today, and who has been heard.
    finished = 0
    overrun = 0
    turns: list[tuple[Speaker, Participant | None, int]] = []
    for each in queue.lists.values():
        for speaker in each.entries.values():
            if not speaker.heard or not speaker.runs:
                continue
            spoken = _micro(speaker.elapsed(now))
            # Each turn counts in whole seconds, as the record's list of speakers shows it, so
            # that the groups add up to the total (a sum of floors is not the floor of a sum).
            whole = spoken - spoken % _SECOND
            turns.append((speaker, queue.participant(speaker.participant_id), whole))
            if speaker.status is SpeakerStatus.DONE:
                finished += 1
                overrun += max(0, spoken - speaker.limit(each.limit_seconds) * _SECOND)
    average = (overrun // finished + _SECOND // 2) // _SECOND if finished else 0

    floor_left = 0
    floor = queue.floor_speaker()
    if (
        floor is not None
        and lst is not None
        and queue.floor is not None
        and queue.floor.segment_id == lst.segment_id
    ):
        floor_left = _ceil_seconds(max(0, _micro(floor.remaining(now, lst.limit_seconds))))
    to_hear = waiting * (limit + average) + floor_left

    time_left: int | None = None
    fits: bool | None = None
    fitting: int | None = None
    none_fits = False
    hard_end: dt.datetime | None = None
    if sid is not None and sid in state.agenda.order:
        remaining = segment_timing(state, sid, now).remaining
        to_end = _to_hard_end(plan or schedule(state, now), sid, now)
        if to_end is not None and to_end[1] < remaining:
            hard_end, remaining = to_end
        time_left = _ceil_seconds(max(0, _micro(remaining)))
        fits = to_hear <= time_left
        if waiting:
            per = (time_left - floor_left) // waiting - average
            candidate = per - per % FIT_STEP_SECONDS
            if candidate >= FIT_MINIMUM_SECONDS:
                fitting = candidate
            else:
                none_fits = True

    def gender_key(p: Participant | None) -> str | None:
        return p.gender.casefold() if p is not None and p.gender else None

    genders: dict[str, str] = {}
    for _, participant, _ in turns:
        key = gender_key(participant)
        if key is not None and participant is not None and participant.gender:
            genders.setdefault(key, participant.gender)
    people = {speaker.participant_id: participant for speaker, participant, _ in turns}

    by_category = _groups(
        turns,
        ((c.value, c.label) for c in Category),
        lambda p: (p.category if p is not None else Category.OTHER).value,
        keep_empty=True,
    )
    by_attendance = _groups(
        turns,
        ((a.value, a.short) for a in Attendance),
        lambda p: (p.attendance if p is not None else Attendance.ROOM).value,
        keep_empty=True,
    )
    by_gender = _groups(
        turns,
        sorted(genders.items(), key=lambda kv: kv[1].casefold()),
        gender_key,
        keep_empty=False,
    )
    by_youth = _groups(
        turns,
        (("youth", "Youth"), ("not_youth", "Not youth")),
        lambda p: None if p is None or p.youth is None else ("youth" if p.youth else "not_youth"),
        keep_empty=False,
    )

    figures = QueueFigures(
        segment_id=sid,
        waiting=waiting,
        limit_seconds=limit,
        finished=finished,
        average_overrun_seconds=average,
        floor_remaining_seconds=floor_left,
        to_hear_seconds=to_hear,
        time_left_seconds=time_left,
        hard_end=hard_end,
        fits=fits,
        fitting_limit_seconds=fitting,
        none_fits=none_fits,
        heard_speakers=len(people),
        heard_turns=len(turns),
        heard_seconds=sum(micro for _, _, micro in turns) // _SECOND,
        by_category=by_category,
        by_attendance=by_attendance,
        by_gender=by_gender,
        by_youth=by_youth,
        gender_undeclared=sum(1 for p in people.values() if p is None or not p.gender),
        youth_undeclared=sum(1 for p in people.values() if p is None or p.youth is None),
        summary="",
    )
    return _with_summary(figures)


def _to_hard_end(
    plan: Schedule, segment_id: str, now: dt.datetime
) -> tuple[dt.datetime, dt.timedelta] | None:
    """The hard end of the sitting ``segment_id`` runs (or will run) in, and the time from now
    (or from the sitting's start, if later) until it; None without sittings, or once ended."""
    try:
        entry = plan.segment(segment_id)
    except KeyError:
        return None
    if entry.sitting is None or not 0 <= entry.sitting < len(plan.sittings):
        return None
    sitting = plan.sittings[entry.sitting]
    if sitting.status is SittingStatus.ENDED:
        return None
    return sitting.hard_end, sitting.hard_end - max(now, sitting.hard_start)


def summary_line(figures: QueueFigures) -> str:
    """One line: "7 waiting · 26 min at 3:00 (+0:40 average overrun) · 18 min left · a limit of
    1:45 would fit"."""
    parts: list[str] = []
    if figures.waiting:
        parts.append(f"{figures.waiting} waiting")
        hear = f"{minutes_words(dt.timedelta(seconds=figures.to_hear_seconds))} at "
        hear += format_clock(figures.limit_seconds)
        if figures.average_overrun_seconds:
            hear += f" (+{format_clock(figures.average_overrun_seconds)} average overrun)"
        parts.append(hear)
    else:
        parts.append("No one waiting")
    if figures.time_left_seconds is not None:
        left = f"{minutes_words(dt.timedelta(seconds=figures.time_left_seconds))} left"
        if figures.hard_end is not None:
            left += " to the sitting's hard end"
        parts.append(left)
        if figures.waiting:
            if figures.fits:
                parts.append("all fit")
            elif figures.fitting_limit_seconds is not None:
                limit = format_clock(figures.fitting_limit_seconds)
                parts.append(f"a limit of {limit} would fit")
            else:
                parts.append(f"none fits, even at {format_clock(FIT_MINIMUM_SECONDS)}")
    return " · ".join(parts)


def _with_summary(figures: QueueFigures) -> QueueFigures:
    return replace(figures, summary=summary_line(figures))


def heard_today(queue: QueueState) -> list[Speaker]:
    """Every turn that had the floor today, in the order they were first called."""
    heard = [s for s in queue.heard_entries() if s.runs]
    heard.sort(key=lambda s: (s.first_start, s.entry_id))
    return heard
