"""The programme's editing rules live in the core (the programme editor only applies them)."""

from __future__ import annotations

from facilitator.core.programme import (
    AgendaItem,
    Segment,
    SegmentKind,
    next_number,
    renumbered,
)

PANEL, QA = SegmentKind.PANEL, SegmentKind.QA


def _item(*segments: Segment) -> AgendaItem:
    return AgendaItem("item-1", "Panels", segments=segments)


def test_a_renumbered_panel_takes_its_q_and_a_along() -> None:
    panel = Segment("s1", PANEL, "Evidence", number=1)
    qa = Segment("s2", QA, "Questions", for_panel=1)
    other = Segment("s3", QA, "Questions", for_panel=2)
    changed = renumbered(_item(panel, qa, other), panel, 3)
    assert [(s.id, s.number, s.for_panel) for s in changed] == [
        ("s1", 3, None),
        ("s2", None, 3),
    ]


def test_a_q_and_a_stays_with_another_panel_of_the_old_number() -> None:
    first = Segment("s1", PANEL, "Evidence", number=1)
    twin = Segment("s2", PANEL, "Also numbered 1", number=1)
    qa = Segment("s3", QA, "Questions", for_panel=1)
    assert [s.id for s in renumbered(_item(first, twin, qa), first, 2)] == ["s1"]


def test_a_segment_that_is_not_a_panel_changes_alone() -> None:
    standing = Segment("s1", SegmentKind.STANDING_ITEM, "Role", number=1)
    qa = Segment("s2", QA, "Questions", for_panel=1)
    assert [s.id for s in renumbered(_item(standing, qa), standing, 2)] == ["s1"]


def test_next_number_is_one_past_the_highest_of_the_kind() -> None:
    item = _item(Segment("s1", PANEL, "A", number=4), Segment("s2", SegmentKind.OTHER, "B"))
    assert next_number(item, PANEL) == 5
    assert next_number(item, SegmentKind.STANDING_ITEM) == 1
    assert next_number(None, PANEL) == 1
