"""Planned minutes for a programme: from the document's times where it gives them, else shared out.

Real programmes give times in every possible way, or not at all. This module takes, for each
segment in order, its kind and whatever the document said about its start and end (minutes since
midnight, local time), plus the day's sittings, and returns planned minutes such that:

* a segment with a start and an end gets exactly that;
* a run of segments between two known times shares the time between them;
* segments with no times at all share the sittings' time by kind, with weights a Co-Chair would find
  sensible (a panel is longer than opening remarks), so that the plan fills the sittings;
* no segment crosses a break between sittings: a run that spans the lunch break is split between
  the two sittings where the split best fits the weights.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.core.programme import SegmentKind

#: Typical minutes for each kind of segment: the relative weights used to share out time.
KIND_WEIGHTS: dict[SegmentKind, int] = {
    SegmentKind.REMARKS: 10,
    SegmentKind.BRIEFING: 20,
    SegmentKind.INTERVENTIONS: 20,
    SegmentKind.PANEL: 45,
    SegmentKind.QA: 30,
    SegmentKind.STANDING_ITEM: 35,
    SegmentKind.DISCUSSION: 30,
    SegmentKind.OTHER: 15,
}

MIN_SEGMENT_MINUTES = 5

#: The longest a kind of segment gets when time is shared out: nobody plans 35 minutes of opening
#: remarks because an afternoon has few segments; the time goes to the discussion instead.
KIND_CAPS: dict[SegmentKind, int] = {
    SegmentKind.REMARKS: 15,
    SegmentKind.BRIEFING: 40,
    SegmentKind.INTERVENTIONS: 60,
}


@dataclass(frozen=True, slots=True)
class Slot:
    """What the document said about one segment's timing (minutes since local midnight)."""

    kind: SegmentKind
    start: int | None = None
    end: int | None = None


Window = tuple[int, int]


def allocate_minutes(slots: Sequence[Slot], sittings: Sequence[Window]) -> list[int]:
    """Planned minutes for each slot, in order (see the module docstring for the rules)."""
    minutes = [0] * len(slots)
    for first, last in _groups(slots):
        begin = _group_begin(slots, first, sittings)
        end = _group_end(slots, last, sittings)
        kinds = [slots[i].kind for i in range(first, last + 1)]
        weights = [KIND_WEIGHTS[kind] for kind in kinds]
        if first == last and slots[first].start is not None and slots[first].end is not None:
            shares = [max(0, (slots[first].end or 0) - (slots[first].start or 0))]
        elif begin is None or end is None or end <= begin:
            shares = list(weights)
        else:
            windows = _windows(begin, end, sittings)
            shares = _share_over_windows(kinds, windows)
        minutes[first : last + 1] = shares
    return minutes


def _groups(slots: Sequence[Slot]) -> list[tuple[int, int]]:
    """Runs of slots between two points of known time: a known start opens a run, a known end
    closes it."""
    groups: list[tuple[int, int]] = []
    first = 0
    for i, slot in enumerate(slots):
        if i > first and (slot.start is not None or slots[i - 1].end is not None):
            groups.append((first, i - 1))
            first = i
    if slots:
        groups.append((first, len(slots) - 1))
    return groups


def _group_begin(slots: Sequence[Slot], first: int, sittings: Sequence[Window]) -> int | None:
    if slots[first].start is not None:
        return slots[first].start
    if first > 0 and slots[first - 1].end is not None:
        return slots[first - 1].end
    if first == 0 and sittings:
        return sittings[0][0]
    return None


def _group_end(slots: Sequence[Slot], last: int, sittings: Sequence[Window]) -> int | None:
    if slots[last].end is not None:
        return slots[last].end
    if last + 1 < len(slots) and slots[last + 1].start is not None:
        return slots[last + 1].start
    if last + 1 == len(slots) and sittings:
        return max(sittings[-1][1], _group_begin_floor(slots, last))
    return None


def _group_begin_floor(slots: Sequence[Slot], last: int) -> int:
    """The latest known start at or before ``last`` (so a trailing run never ends before it
    begins)."""
    for i in range(last, -1, -1):
        if slots[i].start is not None:
            return slots[i].start or 0
    return 0


def _windows(begin: int, end: int, sittings: Sequence[Window]) -> list[Window]:
    """The parts of [begin, end) that fall inside sittings; the whole span if none do (the
    document's own times win over the header's sittings)."""
    parts = [(max(begin, s), min(end, e)) for s, e in sittings if min(end, e) - max(begin, s) > 0]
    return parts or [(begin, end)]


def _share_over_windows(kinds: list[SegmentKind], windows: list[Window]) -> list[int]:
    """Split the run of segments into contiguous parts, one per window, then scale each part to
    fill its window. The split minimises how far each window's scale is from 1:1."""
    weights = [KIND_WEIGHTS[kind] for kind in kinds]
    n, k = len(weights), len(windows)
    if k == 1:
        return _fill(kinds, windows[0][1] - windows[0][0])
    prefix = [0]
    for w in weights:
        prefix.append(prefix[-1] + w)
    inf = math.inf
    # best[j][i]: least cost of placing the first i weights in the first j windows.
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    choice = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        capacity = windows[j - 1][1] - windows[j - 1][0]
        for i in range(n + 1):
            for h in range(i + 1):
                if best[j - 1][h] == inf:
                    continue
                cost = best[j - 1][h] + _window_cost(prefix[i] - prefix[h], capacity)
                if cost < best[j][i]:
                    best[j][i] = cost
                    choice[j][i] = h
    shares: list[int] = []
    bounds: list[tuple[int, int]] = []
    i = n
    for j in range(k, 0, -1):
        h = choice[j][i]
        bounds.append((h, i))
        i = h
    for (h, i), window in zip(reversed(bounds), windows, strict=True):
        shares.extend(_fill(kinds[h:i], window[1] - window[0]))
    return shares


def _fill(kinds: list[SegmentKind], capacity: int) -> list[int]:
    """Share ``capacity`` among segments of these kinds: by weight, but no kind above its cap
    while another segment can take the time."""
    weights = [KIND_WEIGHTS[kind] for kind in kinds]
    shares = _scale(weights, capacity)
    capped: dict[int, int] = {}
    while True:
        over = [
            i
            for i, (kind, share) in enumerate(zip(kinds, shares, strict=True))
            if i not in capped and kind in KIND_CAPS and share > KIND_CAPS[kind]
        ]
        free = [i for i in range(len(kinds)) if i not in capped and i not in over]
        if not over or not free:
            return shares
        for i in over:
            capped[i] = KIND_CAPS[kinds[i]]
        rest = capacity - sum(capped.values())
        free = [i for i in range(len(kinds)) if i not in capped]
        scaled = _scale([weights[i] for i in free], rest)
        shares = [capped.get(i, 0) for i in range(len(kinds))]
        for i, share in zip(free, scaled, strict=True):
            shares[i] = share


def _window_cost(weight: int, capacity: int) -> float:
    if weight == 0:
        return 4.0  # an unused sitting is possible, but only when nothing better fits
    return math.log(capacity / weight) ** 2


def _scale(weights: list[int], capacity: int) -> list[int]:
    """Whole minutes proportional to ``weights`` that add up to ``capacity`` exactly, in steps of 5
    when the capacity allows it, each at least :data:`MIN_SEGMENT_MINUTES` where possible."""
    if not weights:
        return []
    step = 5 if capacity % 5 == 0 and capacity >= 5 * len(weights) else 1
    units = capacity // step
    total = sum(weights)
    raw = [w / total * units for w in weights]
    shares = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - shares[i], -i), reverse=True)
    for i in order[: units - sum(shares)]:
        shares[i] += 1
    floor = max(1, MIN_SEGMENT_MINUTES // step)
    if units >= floor * len(shares):
        # Lift segments below the minimum, taking from the largest ones.
        for i in range(len(shares)):
            while shares[i] < floor:
                donor = max(range(len(shares)), key=lambda j: shares[j])
                shares[donor] -= 1
                shares[i] += 1
    return [share * step for share in shares]


def planned_layout(
    minutes: Sequence[int],
    starts: Sequence[int | None],
    sittings: Sequence[Window],
) -> list[int]:
    """Planned start (minutes since midnight) of each segment of the day, in order.

    Segments follow one another from the first sitting's start; a segment that does not fit in
    what is left of its sitting moves to the next sitting's start; a scheduled start wins.
    """
    layout: list[int] = []
    sitting = 0
    cursor = sittings[0][0] if sittings else (next((s for s in starts if s is not None), 0))
    for length, scheduled in zip(minutes, starts, strict=True):
        if scheduled is not None:
            cursor = scheduled
            while sitting + 1 < len(sittings) and cursor >= sittings[sitting][1]:
                sitting += 1
        elif sittings:
            while (
                sitting + 1 < len(sittings)
                and cursor + length > sittings[sitting][1]
                and cursor >= sittings[sitting][0]
            ):
                sitting += 1
                cursor = max(cursor, sittings[sitting][0])
        layout.append(cursor)
        cursor += length
    return layout
