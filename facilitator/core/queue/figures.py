"""The queue's live figures: how many wait, how long they will take, what limit would fit, who has
been heard. A pure function of the folded state and ``now``; a :class:`FiguresCache` keeps what
does not depend on ``now`` between calls, so that a repaint each second costs the same at the end
of a day of 2,000 speakers as at its start.

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
  in whole seconds, rounded down as the record lists it, so that the groups add up to the total);
  genders are the fixed set of :mod:`facilitator.core.participants.gender` ("female", "F",
  "femme" and "mujer" are one group), free text of older journals mapped when read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from facilitator.core.agenda.schedule import Schedule, schedule
from facilitator.core.agenda.timing import format_clock, segment_timing
from facilitator.core.agenda.values import SittingStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.gender import Gender, gender_of
from facilitator.core.participants.registry import ParticipantRegistry
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import (
    DEFAULT_LIMIT_SECONDS,
    Speaker,
    SpeakerList,
    SpeakerStatus,
)

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


#: The list the figures are about by default: the one in view (:func:`list_in_view`).
figures_segment = list_in_view

# ============================================================================ who has been heard
# The heard figures count every turn of every list: thousands by the end of a long meeting. Only
# the turn of the speaker on the floor (its run open) depends on ``now``; every other turn is
# settled. So a :class:`FiguresCache` keeps a tally of the settled turns and follows the state by
# identity (states are immutable: an unchanged list, entry or participant is the same object):
# a list that is the same object is skipped, and in a changed one only the entries that are other
# objects are taken out of the tally and put back. Each call adds the open turns' time at ``now``.

#: The dimensions the heard figures are grouped by.
_DIMENSIONS = ("category", "attendance", "gender", "youth")

_Keys = tuple[str | None, str | None, str | None, str | None]


def _keys(participant: Participant | None) -> _Keys:
    """The group of a participant in each of :data:`_DIMENSIONS` (None: not declared)."""
    if participant is None:
        return Category.OTHER.value, Attendance.ROOM.value, None, None
    found = gender_of(participant)  # free text of older journals mapped when read
    gender = None if found is Gender.NOT_STATED else found.value
    youth = None if participant.youth is None else ("youth" if participant.youth else "not_youth")
    return participant.category.value, participant.attendance.value, gender, youth


def _count(counts: dict[Any, int], key: Any, by: int) -> None:
    """Add ``by`` (±1) to a multiset, forgetting what falls to zero."""
    n = counts.get(key, 0) + by
    if n:
        counts[key] = n
    else:
        del counts[key]


class _Turn:
    """One heard turn's share of the tally (what :meth:`_Tally.take` takes back out)."""

    __slots__ = ("keys", "live", "overrun", "participant", "speaker", "whole")

    def __init__(self, speaker: Speaker, participant: Participant | None, list_limit: int) -> None:
        self.speaker = speaker
        self.participant = participant
        self.keys = _keys(participant)
        self.live = list_limit if speaker.open_since is not None else None
        self.whole = 0
        self.overrun: int | None = None  # a settled finished turn's overrun
        if self.live is None:
            spoken = _micro(speaker.used)
            # Each turn counts in whole seconds, as the record's list of speakers shows it, so
            # that the groups add up to the total (a sum of floors is not the floor of a sum).
            self.whole = spoken - spoken % _SECOND
            if speaker.status is SpeakerStatus.DONE:
                self.overrun = max(0, spoken - speaker.limit(list_limit) * _SECOND)


class _Tally:
    """The settled part of the heard figures, as multisets that a turn can be added to and taken
    out of, and the turns whose time still runs."""

    __slots__ = ("finished", "groups", "live", "overrun", "people", "settled", "spellings", "turns")

    def __init__(self) -> None:
        self.turns = 0
        self.settled = 0  # microseconds, each settled turn in whole seconds
        self.finished = 0
        self.overrun = 0  # microseconds, over the settled finished turns
        self.people: dict[str, int] = {}  # participant → turns
        #: Per dimension: group key → [participant → turns, turns, settled microseconds].
        self.groups: tuple[dict[str, list[Any]], ...] = tuple({} for _ in _DIMENSIONS)
        self.spellings: dict[str, dict[str, int]] = {}  # casefolded gender → spelling → turns
        self.live: dict[tuple[str, str], _Turn] = {}  # (list, entry) → an open turn

    def add(self, at: tuple[str, str], turn: _Turn, by: int = 1) -> None:
        """Count ``turn`` (``by`` -1: take it back out)."""
        pid = turn.speaker.participant_id
        self.turns += by
        _count(self.people, pid, by)
        if turn.keys[2] is not None and turn.participant is not None:
            spellings = self.spellings.setdefault(turn.keys[2], {})
            _count(spellings, turn.participant.gender, by)
            if not spellings:
                del self.spellings[turn.keys[2]]
        if turn.live is not None:
            if by > 0:
                self.live[at] = turn
            else:
                del self.live[at]
        self.settled += by * turn.whole
        if turn.overrun is not None:
            self.finished += by
            self.overrun += by * turn.overrun
        for groups, key in zip(self.groups, turn.keys, strict=True):
            if key is None:
                continue
            group = groups.get(key)
            if group is None:
                group = groups[key] = [{}, 0, 0]
            _count(group[0], pid, by)
            group[1] += by
            group[2] += by * turn.whole
            if not group[1]:
                del groups[key]

    def undeclared(self, participants: ParticipantRegistry) -> tuple[int, int]:
        """How many of the people heard declared no gender, and no youth."""
        gender = youth = 0
        for pid in self.people:
            p = participants.get(pid)
            gender += gender_of(p) is Gender.NOT_STATED
            youth += p is None or p.youth is None
        return gender, youth


class FiguresCache:
    """What :func:`queue_figures` keeps between calls: the heard tally, and the lists, entries
    and participants it was counted from. Keep one per view that shows the figures (the speakers
    dock does): a call after an event counts again only the entries that event changed; a call
    on the next second counts nothing again."""

    __slots__ = ("_lists", "_participants", "_seen", "_tally", "_turns", "_undeclared")

    def __init__(self) -> None:
        self._tally = _Tally()
        self._lists: Mapping[str, SpeakerList] | None = None
        self._participants: ParticipantRegistry | None = None
        self._seen: dict[str, SpeakerList] = {}
        self._turns: dict[tuple[str, str], _Turn] = {}
        self._undeclared = (0, 0)

    def tally(self, queue: QueueState) -> tuple[_Tally, tuple[int, int]]:
        """The heard tally of every list of ``queue``, and the people heard who declared no
        gender and no youth."""
        participants = queue.participants
        if queue.lists is self._lists and participants is self._participants:
            return self._tally, self._undeclared
        same_people = participants is self._participants
        for segment_id, lst in queue.lists.items():
            old = self._seen.get(segment_id)
            if old is lst and same_people:
                continue
            self._follow(lst, old, participants)
            self._seen[segment_id] = lst
        for segment_id in [s for s in self._seen if s not in queue.lists]:
            self._follow(SpeakerList(segment_id), self._seen.pop(segment_id), participants)
        self._lists, self._participants = queue.lists, participants
        self._undeclared = self._tally.undeclared(participants)
        return self._tally, self._undeclared

    def _follow(
        self, lst: SpeakerList, old: SpeakerList | None, participants: ParticipantRegistry
    ) -> None:
        """Count again the entries of ``lst`` that are not the objects ``old`` had (or whose
        participant is another object)."""
        tally, turns = self._tally, self._turns
        sid = lst.segment_id
        before = old.entries if old is not None else {}
        relimited = old is not None and old.limit_seconds != lst.limit_seconds
        for entry_id, speaker in lst.entries.items():
            at = (sid, entry_id)
            turn = turns.get(at)
            if turn is not None:
                if (
                    turn.speaker is speaker
                    and not relimited
                    and participants.get(speaker.participant_id) is turn.participant
                ):
                    continue
                tally.add(at, turn, -1)
                del turns[at]
            elif before.get(entry_id) is speaker and not relimited:
                continue  # not heard, and unchanged
            if speaker.heard and speaker.runs:
                turn = _Turn(speaker, participants.get(speaker.participant_id), lst.limit_seconds)
                turns[at] = turn
                tally.add(at, turn)
        if len(lst.entries) < len(before):  # entries gone (never, today): take them out too
            for entry_id in before:
                at = (sid, entry_id)
                if entry_id not in lst.entries and at in turns:
                    tally.add(at, turns.pop(at), -1)


def _heard_groups(
    tally: _Tally, live: list[tuple[_Turn, int]]
) -> tuple[tuple[HeardGroup, ...], ...]:
    """The groups of each dimension, the open turns' time at ``now`` added (``live``: each open
    turn with its whole microseconds). A gender is labelled by the first of the spellings its
    speakers declared (``Woman`` before ``woman``), whatever the order they were heard in."""
    genders = [(g.value, g.label) for g in Gender if g is not Gender.NOT_STATED]
    labels: tuple[tuple[Iterable[tuple[str, str]], bool], ...] = (
        (((c.value, c.label) for c in Category), True),
        (((a.value, a.short) for a in Attendance), True),
        (genders, False),
        ((("youth", "Youth"), ("not_youth", "Not youth")), False),
    )
    out = []
    for dimension, (groups, (keys, keep_empty)) in enumerate(
        zip(tally.groups, labels, strict=True)
    ):
        result = []
        for key, label in keys:
            group = groups.get(key)
            if group is None:
                if keep_empty:
                    result.append(HeardGroup(key, label, 0, 0, 0))
                continue
            micro = group[2] + sum(whole for turn, whole in live if turn.keys[dimension] == key)
            result.append(HeardGroup(key, label, len(group[0]), group[1], micro // _SECOND))
        out.append(tuple(result))
    return tuple(out)


def queue_figures(
    state: MeetingState,
    now: dt.datetime,
    segment_id: str | None = None,
    plan: Schedule | None = None,
    cache: FiguresCache | None = None,
) -> QueueFigures:
    """The figures of the list of ``segment_id`` (by default :func:`figures_segment`) at ``now``;
    ``plan`` is the schedule at ``now`` if the caller has it (else it is worked out); ``cache``
    keeps the heard tally between calls (without it, every turn of the day is walked)."""
    queue = queue_of(state)
    sid = segment_id if segment_id is not None else figures_segment(state)
    lst = queue.list_of(sid) if sid is not None else None
    limit = lst.limit_seconds if lst is not None else DEFAULT_LIMIT_SECONDS
    waiting = len(lst.waiting) if lst is not None else 0

    # Overrun of the turns finished today, and who has been heard: the settled tally, and the
    # turns whose run is open counted at ``now``.
    tally, (gender_undeclared, youth_undeclared) = (cache or FiguresCache()).tally(queue)
    finished, overrun, heard = tally.finished, tally.overrun, tally.settled
    live = []
    for turn in tally.live.values():
        speaker = turn.speaker
        spoken = _micro(speaker.elapsed(now))
        whole = spoken - spoken % _SECOND
        heard += whole
        live.append((turn, whole))
        if speaker.status is SpeakerStatus.DONE:
            finished += 1
            overrun += max(0, spoken - speaker.limit(turn.live or 0) * _SECOND)
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

    by_category, by_attendance, by_gender, by_youth = _heard_groups(tally, live)
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
        heard_speakers=len(tally.people),
        heard_turns=tally.turns,
        heard_seconds=heard // _SECOND,
        by_category=by_category,
        by_attendance=by_attendance,
        by_gender=by_gender,
        by_youth=by_youth,
        gender_undeclared=gender_undeclared,
        youth_undeclared=youth_undeclared,
    )
    return figures


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


def heard_today(queue: QueueState) -> list[Speaker]:
    """Every turn that had the floor today, in the order they were first called."""
    heard = [s for s in queue.heard_entries() if s.runs]
    heard.sort(key=lambda s: (s.first_start, s.entry_id))
    return heard
