"""What makes a command stale when another seat committed first (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.core.fold.clash import clashes, first_clash
from facilitator.core.journal.record import EventRecord

AT = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)


def ev(type_name: str, **payload: object) -> EventRecord:
    return EventRecord(type_name, AT, "someone", dict(payload))


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        # Two steps on the agenda: Next against Next, Pause against Next.
        (ev("SegmentStarted", segment_id="seg-2"), ev("SegmentStarted", segment_id="seg-2"), True),
        (ev("SegmentPaused", segment_id="seg-1"), ev("SegmentStarted", segment_id="seg-2"), True),
        # One floor: calling a speaker against another call, in another list too.
        (
            ev("SpeakerCalled", segment_id="seg-3", entry_id="s-1"),
            ev("SpeakerCalled", segment_id="seg-4", entry_id="s-9"),
            True,
        ),
        # Next ends the floor: it clashes with a call (both fold into the queue).
        (ev("SpeakerCalled", segment_id="seg-3", entry_id="s-1"), ev("SegmentStarted"), True),
        # The rapporteur's capture never clashes: checked again it takes the next id.
        (ev("InterventionLogged", id="i-5"), ev("InterventionLogged", id="i-5"), False),
        (ev("InterventionLogged", id="i-5"), ev("SegmentStarted", segment_id="seg-2"), False),
        # Edits clash on the same intervention only.
        (ev("InterventionEdited", id="i-3"), ev("InterventionEdited", id="i-3"), True),
        (ev("InterventionEdited", id="i-3"), ev("InterventionDeleted", id="i-3"), True),
        (ev("InterventionEdited", id="i-3"), ev("InterventionEdited", id="i-4"), False),
        (ev("InterventionEdited", id="i-3"), ev("SegmentStarted", segment_id="seg-2"), False),
        # An agenda step does not clash with a capture.
        (ev("SegmentStarted", segment_id="seg-2"), ev("InterventionLogged", id="i-9"), False),
        # Undo is per seat: another seat's redo clashes with an undo (it may bring back one of
        # this seat's steps); another seat's undo only when it names the same step; a step, no.
        (ev("Undone", target_seq=4), ev("Redone", target_seq=2), True),
        (ev("Undone", target_seq=4), ev("Undone", target_seq=4), True),
        (ev("Undone", target_seq=4), ev("Undone", target_seq=3), False),
        (ev("Redone", target_seq=4), ev("Undone", target_seq=3), False),
        (ev("Undone", target_seq=4), ev("SegmentStarted", segment_id="seg-2"), False),
        # A type this build does not fold is treated as clashing with everything.
        (ev("FromTheFuture"), ev("InterventionLogged", id="i-1"), True),
    ],
)
def test_clashes(mine: EventRecord, theirs: EventRecord, expected: bool) -> None:
    assert clashes(mine, theirs) is expected


def test_first_clash_names_the_event_that_made_the_command_stale() -> None:
    capture = ev("InterventionLogged", id="i-1")
    moved = ev("SegmentStarted", segment_id="seg-2")
    assert first_clash(ev("SegmentStarted", segment_id="seg-2"), [capture, moved]) is moved
    assert first_clash(capture, [moved]) is None
