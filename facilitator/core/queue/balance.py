"""Balance a list of speakers by who has been heard so far (issue 21).

The stakeholder group (category) least heard so far speaks next: heard is counted today, over
every list, by turns or by speaking time (the Co-Chairs choose), from the speeches only (a point
of order or a right of reply is not a group's turn). Those waiting are then ordered one by one,
as if each spoke in turn: the next is the waiting speaker whose group is least heard, then (as
tie-breakers) whose attendance (room or online) is least heard, then whose gender, then the one
who was earlier on the list; their group, attendance and gender are then counted as heard once
more (a turn, or the list's limit in seconds) before the next is chosen. So groups take turns,
and a group far behind gets several turns first.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from facilitator.core.participants.gender import gender_of
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.floor_events import BalanceMeasure
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker, SpeakerList


@dataclass(frozen=True, slots=True)
class Balanced:
    """A balanced order and what it was computed from: the group that speaks next and how much
    it had been heard, against the group heard most among the others waiting (None if none)."""

    order: tuple[str, ...]
    measure: BalanceMeasure
    next_group: Category
    next_heard: int
    most_group: Category | None
    most_heard: int


def _amount(speaker: Speaker, measure: BalanceMeasure, now: dt.datetime) -> int:
    if measure is BalanceMeasure.TURNS:
        return 1
    return int(speaker.elapsed(now).total_seconds())


def heard_so_far(
    queue: QueueState, measure: BalanceMeasure, now: dt.datetime
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How much each category, attendance and gender has been heard today (speeches only)."""
    categories: Counter[str] = Counter()
    attendances: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    for speaker in queue.heard_entries():
        if speaker.kind.interjection or not speaker.runs:
            continue
        participant = queue.participant(speaker.participant_id)
        amount = _amount(speaker, measure, now)
        category, attendance, gender = _keys(participant)
        categories[category] += amount
        attendances[attendance] += amount
        genders[gender] += amount
    return categories, attendances, genders


def _keys(participant: Participant | None) -> tuple[str, str, str]:
    if participant is None:
        return Category.OTHER.value, Attendance.ROOM.value, gender_of(None).value
    return participant.category.value, participant.attendance.value, gender_of(participant).value


def balanced_order(
    queue: QueueState, lst: SpeakerList, measure: BalanceMeasure, now: dt.datetime
) -> Balanced | None:
    """The order of those waiting on ``lst`` that balances the groups (see the module
    docstring); None when nobody waits."""
    if not lst.waiting:
        return None
    categories, attendances, genders = heard_so_far(queue, measure, now)
    start = Counter(categories)
    step = 1 if measure is BalanceMeasure.TURNS else lst.limit_seconds
    keys = {
        entry_id: _keys(queue.participant(lst.entries[entry_id].participant_id))
        for entry_id in lst.waiting
    }
    place = {entry_id: index for index, entry_id in enumerate(lst.waiting)}
    left = list(lst.waiting)
    order: list[str] = []
    while left:
        chosen = min(
            left,
            key=lambda e: (
                categories[keys[e][0]],
                attendances[keys[e][1]],
                genders[keys[e][2]],
                place[e],
            ),
        )
        left.remove(chosen)
        order.append(chosen)
        category, attendance, gender = keys[chosen]
        categories[category] += step
        attendances[attendance] += step
        genders[gender] += step
    first = Category(keys[order[0]][0])
    others = {Category(keys[e][0]) for e in lst.waiting} - {first}
    most: Category | None = None
    if others:
        most = max(others, key=lambda c: (start[c.value], -list(Category).index(c)))
    return Balanced(
        tuple(order),
        measure,
        first,
        start[first.value],
        most,
        start[most.value] if most is not None else 0,
    )
