"""A fair floor in the session record (issue 21): attendance and speaking time by gender and by
youth beside the stakeholder categories, each segment's time budgets against the time its groups
used, and the points of order and rights of reply given the floor.

Gender is counted in the fixed set of :mod:`facilitator.core.participants.gender` (free text of
older journals mapped when read), "not stated" included, so that each table adds up to the
total; youth likewise. Attributed and unattributed records hold the same figures (they name
nobody); a point of order in an unattributed record names the speaker by their category.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.gender import Gender, Youth, gender_of, youth_of
from facilitator.core.participants.values import Category, Participant
from facilitator.core.queue.budgets import budgets_of, used_by_group
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group (a gender, youth or not) in the record: participants registered and heard, and
    the speaking time of its turns."""

    key: str
    label: str
    registered: int
    heard: int
    speakers: int  # distinct participants who had the floor
    turns: int
    seconds: int


@dataclass(frozen=True, slots=True)
class BudgetRecord:
    """A stakeholder group's time budget on one segment's list, against the time it used."""

    segment: str  # the segment's short title
    group: str  # the category's label
    budget_seconds: int
    used_seconds: int

    @property
    def left_seconds(self) -> int:
        return self.budget_seconds - self.used_seconds


@dataclass(frozen=True, slots=True)
class InterjectionRecord:
    """A point of order or a right of reply that had the floor."""

    kind: str  # "Point of order", "Right of reply"
    kind_value: str
    speaker: str  # a name, "" when not named, or "A representative of …" unattributed
    organization: str
    segment: str
    start: dt.datetime | None
    spoken_seconds: int
    interrupted: str  # who it interrupted (named as the speaker is), "" if nobody


@dataclass(frozen=True, slots=True)
class FloorRecord:
    by_gender: tuple[GroupRow, ...] = ()
    by_youth: tuple[GroupRow, ...] = ()
    budgets: tuple[BudgetRecord, ...] = ()
    interjections: tuple[InterjectionRecord, ...] = ()


#: How a record names a speaker: (name, category) → the name, or "A representative of …".
Naming = Callable[[str, Category | None], str]


def _turns(queue: QueueState) -> list[Speaker]:
    return [s for lst in queue.lists.values() for s in lst.heard()]


def _rows(
    queue: QueueState,
    heard_ids: set[str],
    keys: Sequence[tuple[str, str]],
    key_of: Callable[[Participant | None], str],
    now: dt.datetime,
) -> tuple[GroupRow, ...]:
    participants = list(queue.participants)
    turns = _turns(queue)
    rows = []
    for key, label in keys:
        mine = [s for s in turns if key_of(queue.participant(s.participant_id)) == key]
        rows.append(
            GroupRow(
                key,
                label,
                sum(1 for p in participants if key_of(p) == key),
                sum(1 for p in participants if p.id in heard_ids and key_of(p) == key),
                len({s.participant_id for s in mine}),
                len(mine),
                sum(int(s.elapsed(now).total_seconds()) for s in mine),
            )
        )
    return tuple(rows)


def floor_record(
    state: MeetingState,
    queue: QueueState,
    now: dt.datetime,
    heard_ids: set[str],
    naming: Naming,
    organization: Callable[[str], str],
    title: Callable[[str], str],
) -> FloorRecord:
    """The fair-floor parts of the record (``heard_ids``: who the attendance counts as heard;
    ``naming``, ``organization`` and ``title`` name speakers and segments as the record does)."""
    by_gender = _rows(
        queue,
        heard_ids,
        [(g.value, g.label) for g in Gender],
        lambda p: gender_of(p).value,
        now,
    )
    by_youth = _rows(
        queue, heard_ids, [(y.value, y.label) for y in Youth], lambda p: youth_of(p).value, now
    )
    order = state.agenda.order
    budgets = []
    all_budgets = budgets_of(state)
    for segment_id in sorted(all_budgets.segments, key=lambda s: (order.get(s, 1 << 30), s)):
        used = used_by_group(queue, segment_id, now)
        for group, seconds in all_budgets.of(segment_id).items():
            budgets.append(
                BudgetRecord(title(segment_id), group.label, seconds, used.get(group, 0))
            )
    interjections = []
    for lst in queue.lists.values():
        for speaker in lst.heard():
            if not speaker.kind.interjection:
                continue
            interrupted = ""
            start = speaker.first_start
            # Who it interrupted: on the same list, the speech whose runs stop when it starts.
            for other in lst.entries.values():
                if other.kind.interjection or start is None:
                    continue
                if any(r.end == start for r in other.runs) and any(
                    r.start > start for r in other.runs
                ):
                    who = queue.participant(other.participant_id)
                    interrupted = naming(
                        who.name if who else other.participant_id, who.category if who else None
                    )
            participant = queue.participant(speaker.participant_id)
            interjections.append(
                InterjectionRecord(
                    speaker.kind.label,
                    speaker.kind.value,
                    naming(participant.name, participant.category) if participant else "",
                    organization(participant.organization) if participant else "",
                    title(lst.segment_id),
                    start,
                    int(speaker.elapsed(now).total_seconds()),
                    interrupted,
                )
            )
    interjections.sort(key=lambda i: (i.start or now, i.kind_value))
    return FloorRecord(by_gender, by_youth, tuple(budgets), tuple(interjections))
