"""Planned minutes: from the document's times, else shared out by kind within the sittings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.planning import KIND_CAPS, Slot, allocate_minutes, planned_layout
from facilitator.core.programme import SegmentKind as K

DAY = [(600, 780), (900, 1080)]
SEED = [
    K.REMARKS,
    K.BRIEFING,
    K.INTERVENTIONS,
    K.BRIEFING,
    K.PANEL,
    K.QA,
    K.PANEL,
    K.QA,
    K.STANDING_ITEM,
    K.STANDING_ITEM,
    K.STANDING_ITEM,
    K.REMARKS,
]


def test_untimed_day_fills_both_sittings_without_crossing_lunch() -> None:
    minutes = allocate_minutes([Slot(k) for k in SEED], DAY)
    assert sum(minutes) == 360
    starts = planned_layout(minutes, [None] * len(minutes), DAY)
    for start, length in zip(starts, minutes, strict=True):
        assert (start >= 600 and start + length <= 780) or (start >= 900 and start + length <= 1080)
    assert all(m % 5 == 0 and m >= 5 for m in minutes)
    # The panel and its Q&A stay in the morning; the afternoon starts with Panel 2.
    assert starts[6] == 900


def test_remarks_are_capped_when_few_segments_share_a_sitting() -> None:
    minutes = allocate_minutes(
        [Slot(K.REMARKS), Slot(K.DISCUSSION), Slot(K.REMARKS)], [(900, 1080)]
    )
    assert minutes[0] <= KIND_CAPS[K.REMARKS] and minutes[2] <= KIND_CAPS[K.REMARKS]
    assert sum(minutes) == 180


def test_explicit_ranges_are_taken_exactly() -> None:
    slots = [Slot(K.REMARKS, 600, 615), Slot(K.BRIEFING, 615, 700), Slot(K.PANEL, 700, 790)]
    assert allocate_minutes(slots, DAY) == [15, 85, 90]


def test_a_run_between_two_known_starts_shares_the_gap() -> None:
    slots = [Slot(K.BRIEFING, 600), Slot(K.PANEL), Slot(K.QA), Slot(K.REMARKS, 720)]
    minutes = allocate_minutes(slots, [(600, 780)])
    assert sum(minutes[:3]) == 120
    assert minutes[1] > minutes[2] > 0
    assert minutes[3] == 60  # the last segment runs to the end of the sitting


def test_scheduled_start_wins_in_the_layout() -> None:
    assert planned_layout([10, 20, 30], [None, 700, None], DAY) == [600, 700, 720]


def test_a_segment_that_does_not_fit_moves_to_the_next_sitting() -> None:
    assert planned_layout([150, 60, 30], [None, None, None], DAY) == [600, 900, 960]


def test_no_sittings_and_no_times_gives_the_typical_minutes() -> None:
    assert allocate_minutes([Slot(K.PANEL), Slot(K.QA)], []) == [45, 30]


@given(
    st.lists(st.sampled_from(list(K)), min_size=1, max_size=40),
    st.sampled_from([[(600, 780)], DAY, [(540, 720), (840, 1020), (1050, 1200)], [(900, 1080)]]),
)
def test_shared_out_plans_always_fit_their_sittings(
    kinds: list[K], sittings: list[tuple[int, int]]
) -> None:
    minutes = allocate_minutes([Slot(k) for k in kinds], sittings)
    capacity = sum(e - s for s, e in sittings)
    assert all(m >= 0 for m in minutes)
    assert sum(minutes) <= capacity
    starts = planned_layout(minutes, [None] * len(kinds), sittings)
    for start, length in zip(starts, minutes, strict=True):
        assert any(s <= start and start + length <= e for s, e in sittings) or length == 0
