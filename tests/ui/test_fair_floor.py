"""A fair floor from the keyboard (issue 21): Ctrl+B balances the list and says why in words,
budgets set in the speakers dock show each group's time used and left, P gives the floor to a
point of order and the interrupted speaker resumes with their clock as it was; Ctrl+Z undoes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.values import TurnKind
from facilitator.ui import fair_floor
from tests.ui.conftest import Desk
from tests.ui.test_speakers import CTRL, Key, go_to_standing_item_1, press, table

GROUPS = [Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR]


def register(desk: Desk) -> None:
    people = [
        Participant(
            "",
            f"Speaker {n:02d}",
            f"Organization {n:02d}",
            GROUPS[n % 3],
            Attendance.ONLINE if n % 2 == 0 else Attendance.ROOM,
            ("F", "homme", "mujer")[n % 3],
        )
        for n in range(1, 13)
    ]
    assert desk.window.controller.act(lambda s: s.import_participants(people, "list.csv"))


def queue_names(desk: Desk, *numbers: int) -> None:
    for n in numbers:
        pid = f"p-{n}"
        assert desk.window.controller.act(lambda s, pid=pid: s.queue_speaker(pid))


def test_balance_budgets_and_a_point_of_order_from_the_keyboard(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    w = desk.window
    register(desk)
    desk.clock.set(desk.clock.now().replace(hour=14, minute=20))
    go_to_standing_item_1(desk)
    panel = w.speakers
    # Speaker 03 (NGO) and Speaker 06 (NGO) are heard; then academia and the private sector ask.
    queue_names(desk, 3, 6)
    press(desk, Key.Key_C)
    desk.advance(seconds=100)
    press(desk, Key.Key_C)
    desk.advance(seconds=100)
    press(desk, Key.Key_X)
    queue_names(desk, 9, 1, 2)  # NGO, academia, private sector
    assert [row[1] for row in table(desk) if row[2] == "waiting"] == [
        "Speaker 09",
        "Speaker 01",
        "Speaker 02",
    ]

    # Ctrl+B: the groups never heard first (room or online breaking the tie), NGO last.
    press(desk, Key.Key_B, CTRL)
    assert not w.error.isVisible(), w.error.text()
    assert [row[1] for row in table(desk) if row[2] == "waiting"] == [
        "Speaker 01",
        "Speaker 02",
        "Speaker 09",
    ]
    assert w.statusBar().currentMessage() == "Academia next: 0 heard against 2 for NGO"
    assert (
        w.actions_by_name["undo"]
        .text()
        .startswith("Undo: Balance the list by turns (Standing item 1")
    )
    press(desk, Key.Key_Z, CTRL)  # one undoable step
    assert next(row[1] for row in table(desk) if row[2] == "waiting") == "Speaker 09"
    press(desk, Key.Key_B, CTRL)

    # A budget for academia, set in the dock: 5 minutes.
    box = panel.fair
    box.group_box.setCurrentIndex(box.group_box.findData(Category.ACADEMIA.value))
    box.minutes.setValue(5)
    desk.qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    assert not w.error.isVisible(), w.error.text()
    assert w.actions_by_name["undo"].text() == "Undo: Budget of Academia: 5 min"
    assert box.budgets.text() == (
        "Budgets: Academia: 0:00 of 5:00 used, 5:00 left, a limit of 5:00 fits the 1 waiting"
    )
    w.setFocus()
    press(desk, Key.Key_C)  # Speaker 01 (academia)
    desk.advance(seconds=70)

    # P: a point of order at once; Speaker 01 is interrupted with 1:10 spoken.
    monkeypatch.setattr(fair_floor, "ask_who", lambda window, kind: "p-5")
    press(desk, Key.Key_P)
    assert not w.error.isVisible(), w.error.text()
    assert panel.speaker_name.text() == "Point of order: Speaker 05"
    assert panel.speaker_clock.text() == "1:00"
    assert w.statusBar().currentMessage() == "Point of order: Speaker 01 resumes after it (X)"
    assert w.actions_by_name["undo"].text() == "Undo: Point of order (Speaker 05), 1:00"
    floor = queue_of(w.controller.state).floor_speaker()
    assert floor is not None and floor.kind is TurnKind.POINT_OF_ORDER
    desk.advance(seconds=40)
    press(desk, Key.Key_C)  # refused: finish the point of order first
    assert w.error.text() == (
        "A point of order has the floor. Finish it first: Speaker 01 then resumes."
    )
    press(desk, Key.Key_X)
    assert panel.speaker_name.text() == "Speaker 01"
    assert panel.speaker_clock.text() == "1:50"  # 3:00 less the 1:10 spoken: as it was
    desk.advance(seconds=250)  # 5:20 spoken: academia over its budget
    assert box.budgets.text() == "Budgets: Academia: over budget by 0:20 (5:20 of 5:00)"
    menu = w.menuBar().actions()[2].menu()
    assert {"&Point of order\tP", "Right of repl&y\tY", "&Balance the list\tCtrl+B"} <= {
        a.text() + ("\t" + a.shortcut().toString() if not a.shortcut().isEmpty() else "")
        for a in menu.actions()
    }

    # The dock, grabbed for a look.
    panel.grab().save(str(Path(os.environ.get("GRAB_DIR", tmp_path)) / "speakers-dock.png"))
