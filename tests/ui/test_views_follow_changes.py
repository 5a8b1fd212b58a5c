"""Each view updates only for what concerns it (issue 17): the per-second tick touches the clocks
and the running segment's row, nothing else; an event on the speaker queue leaves the agenda and
the interventions alone; a capture leaves the agenda and the speakers alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel

from facilitator.core.participants.values import Attendance, Category, Participant
from tests.ui.conftest import Desk


class Signals:
    """Every change signal a model sends, by name."""

    NAMES = ("dataChanged", "rowsInserted", "rowsRemoved", "rowsMoved", "layoutChanged")

    def __init__(self, model: QAbstractItemModel) -> None:
        self.seen: list[str] = []
        for name in (*self.NAMES, "modelReset"):
            getattr(model, name).connect(lambda *_a, name=name: self.seen.append(name))

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return seen


@pytest.fixture
def seat(desk: Desk) -> Iterator[tuple[Desk, Signals, Signals, Signals]]:
    """A segment running with a speaker on the floor and two waiting, the interventions shown."""
    window = desk.window
    act = window.controller.act
    people = [
        Participant("", f"Delegate {n}", "NGO", Category.NGO, Attendance.ROOM) for n in (1, 2, 3)
    ]
    assert act(lambda s: s.import_participants(people, "registration"))
    assert act(lambda s: s.jump("seg-9"))
    for pid in ("p-1", "p-2", "p-3"):
        assert act(lambda s, pid=pid: s.queue_speaker(pid))
    assert act(lambda s: s.call_next())
    window.review_dock.show()
    window.review_dock.raise_()
    desk.advance(seconds=1)
    yield (
        desk,
        Signals(window.agenda_model),
        Signals(window.speakers.model),
        Signals(window.review.model),
    )


def test_the_tick_touches_the_clocks_and_the_running_row_only(
    seat: tuple[Desk, Signals, Signals, Signals],
) -> None:
    desk, agenda, speakers, review = seat
    window = desk.window
    shown = (window.clock.text(), window.speakers.speaker_clock.text())
    for _ in range(3):
        desk.advance(seconds=1)
        assert agenda.take() == ["dataChanged"]  # "used" of the running segment, one row
        assert speakers.take() == [] and review.take() == []
    assert (window.clock.text(), window.speakers.speaker_clock.text()) != shown
    current = window.agenda_model.index_of("seg-9")
    assert window.agenda_model.data(current.siblingAtColumn(2)).endswith("0:04")


def test_a_queue_event_leaves_the_agenda_and_the_interventions_alone(
    seat: tuple[Desk, Signals, Signals, Signals],
) -> None:
    desk, agenda, speakers, review = seat
    act = desk.window.controller.act
    assert act(lambda s: s.move_speaker_to_top("s-3"))
    assert agenda.take() == [] and review.take() == []
    assert speakers.take() == ["rowsMoved"]
    assert act(lambda s: s.call_next())
    assert agenda.take() == [] and review.take() == []
    assert set(speakers.take()) <= {"rowsMoved", "dataChanged"}


def test_a_capture_leaves_the_agenda_and_the_speakers_alone(
    seat: tuple[Desk, Signals, Signals, Signals],
) -> None:
    desk, agenda, speakers, review = seat
    capture = desk.window.capture
    capture.summary.setPlainText("On cooperation.")
    assert capture.save()
    assert agenda.take() == [] and speakers.take() == []
    assert review.take() == ["rowsInserted"]
    assert desk.window.controller.act(lambda s: s.edit_intervention("i-1", summary="Edited."))
    assert agenda.take() == [] and speakers.take() == []
    assert review.take() == ["dataChanged"]
    assert desk.window.review.model.data(desk.window.review.model.index(0, 6)) == "Edited."
