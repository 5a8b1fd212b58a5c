"""A Co-Chair runs a tour-de-table of 30 speakers from the keyboard, against a fake clock.

Assertions read the widgets: the floor (name, clock, phase words), the table's rows and states,
the figures line, the room display.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import queue_of
from facilitator.ui.registration_dialog import RegistrationDialog
from tests.ui.conftest import Desk

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CATEGORIES = [Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR, Category.NGO]


def press(
    desk: Desk, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    desk.qtbot.keyClick(desk.window, key, modifier)


def register_thirty(desk: Desk) -> None:
    people = [
        Participant(
            "",
            f"Speaker {n:02d}",
            f"Organization {n:02d}",
            CATEGORIES[n % 4],
            Attendance.ONLINE if n % 3 == 0 else Attendance.ROOM,
        )
        for n in range(1, 31)
    ]
    assert desk.window.controller.act(lambda s: s.import_participants(people, "registrations.csv"))


def go_to_standing_item_1(desk: Desk) -> None:
    """The afternoon sitting (its hard end is 18:00), on standing item 1."""
    w = desk.window
    assert w.controller.act(lambda s: s.start_sitting(1))
    w.agenda.setCurrentIndex(w.agenda_model.index_of("seg-9"))
    desk.qtbot.keyClick(w.agenda, Key.Key_Return)
    assert w.segment_title.text().startswith("Standing item 1")
    w.activateWindow()
    w.setFocus()


def add_by_typing(desk: Desk, text: str) -> None:
    press(desk, Key.Key_A)
    line = desk.window.speakers.add_line
    assert line.hasFocus()
    desk.qtbot.keyClicks(line, text)
    desk.qtbot.keyClick(line, Key.Key_Return)


def table(desk: Desk) -> list[tuple[str, str, str]]:
    model = desk.window.speakers.model
    return [
        (
            model.data(model.index(r, 0)),
            model.data(model.index(r, 1)),
            model.data(model.index(r, 6)),
        )
        for r in range(model.rowCount())
    ]  # type: ignore[misc]


def select(desk: Desk, name: str) -> None:
    w = desk.window
    model = w.speakers.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == name)
    w.speakers.table.selectRow(row)
    w.speakers.table.setCurrentIndex(model.index(row, 0))


def test_a_tour_de_table_of_thirty_speakers(desk: Desk, qtmodeltester: ModelTester) -> None:
    w = desk.window
    register_thirty(desk)
    desk.clock.set(desk.clock.now().replace(hour=14, minute=20))  # 16:20 CEST
    go_to_standing_item_1(desk)
    panel = w.speakers
    assert panel.heading.text().startswith("Speakers — Standing item 1: Role of non-governmental")
    # The programme's sentence is cut at a word in the dock, and whole in its tooltip.
    assert "… · limit 3:00 · list open" in panel.heading.text()
    assert panel.heading.toolTip().endswith("trafficking in persons for the removal of organs")
    assert panel.speaker_name.text() == "Nobody has the floor"

    # Thirty requests for the floor, typed: 28 registered names, then two guests.
    for n in range(1, 29):
        add_by_typing(desk, f"Speaker {n:02d} (Organization {n:02d})")
    add_by_typing(desk, "Ms. Guest One, Civil Society Hub")
    add_by_typing(desk, "Mr. Guest Two, Youth Network")
    assert not w.error.isVisible(), w.error.text()
    assert len(table(desk)) == 30
    assert table(desk)[0] == ("1", "Speaker 01", "waiting")
    assert table(desk)[29] == ("30", "Mr. Guest Two", "waiting")
    qtmodeltester.check(panel.model)
    # Not a registered name, no organization: a message, nothing added.
    add_by_typing(desk, "Somebody Unknown")
    assert "not a registered participant" in w.error.text()
    assert len(table(desk)) == 30
    w.setFocus()

    # C calls the first speaker; their 3:00 clock runs while the segment's goes on.
    press(desk, Key.Key_C)
    assert panel.speaker_name.text() == "Speaker 01"
    assert panel.speaker_clock.text() == "3:00"
    desk.advance(seconds=155)
    assert panel.speaker_clock.text() == "0:25"
    assert panel.speaker_words.text() == "Warning — 0:25 left"
    desk.advance(seconds=40)  # an overrun
    assert panel.speaker_clock.text() == "+0:15"
    assert panel.speaker_words.text().startswith("Overtime")
    assert w.clock.text() == "26:45"  # the segment's clock kept its own time: 30:00 − 3:15

    # C again: Speaker 01 is done, Speaker 02 has the floor.
    press(desk, Key.Key_C)
    assert panel.speaker_name.text() == "Speaker 02"
    assert ("", "Speaker 01", "spoke") in table(desk)
    assert panel.figures.text() == (
        "28 waiting · 1 h 34 min at 3:00 (+0:15 average overrun) · 27 min left · "
        "a limit of 0:30 would fit"
    )
    # H holds the clock for a connection problem; the segment's clock goes on.
    desk.advance(seconds=30)
    press(desk, Key.Key_H)
    desk.advance(seconds=60)
    assert panel.speaker_clock.text() == "2:30"
    assert panel.speaker_words.text().startswith("Held")
    assert w.clock.text() == "25:15"
    press(desk, Key.Key_H)
    desk.advance(seconds=150)
    press(desk, Key.Key_X)  # finished, on time
    assert panel.speaker_name.text() == "Nobody has the floor"

    # S skips Speaker 03 one place down; D defers Speaker 04 to the end; W withdraws Speaker 05.
    select(desk, "Speaker 03")
    press(desk, Key.Key_S)
    assert [r[1] for r in table(desk)[:3]] == ["Speaker 04", "Speaker 03", "Speaker 05"]
    select(desk, "Speaker 04")
    press(desk, Key.Key_D)
    assert table(desk)[-3][1] == "Speaker 04"  # last of those waiting, before who spoke
    select(desk, "Speaker 05")
    press(desk, Key.Key_W)
    assert ("", "Speaker 05", "withdrawn") in table(desk)
    # Acting on the withdrawn speaker: a clear message, the journal unchanged.
    events = len(desk.db.load_meeting(desk.meeting_id).events)
    select(desk, "Speaker 05")
    press(desk, Key.Key_S)
    assert "withdrawn" in w.error.text()
    assert len(desk.db.load_meeting(desk.meeting_id).events) == events
    # Ctrl+T moves the guest to the top; the room display shows the next three.
    select(desk, "Ms. Guest One")
    press(desk, Key.Key_T, CTRL)
    assert table(desk)[0] == ("1", "Ms. Guest One", "waiting")
    press(desk, Key.Key_D, CTRL)
    room = w.room_display
    assert room is not None and room.isVisible()
    assert room.speaker.text() == "Next speakers"
    assert room.queue.text().startswith("1. Ms. Guest One (Civil Society Hub)\n2. Speaker 03")

    # A mistaken call is one undo away: the floor is empty again, the guest first in line.
    press(desk, Key.Key_C)
    assert room.speaker.text() == "Ms. Guest One"
    assert room.speaker_clock.text() == "3:00"
    press(desk, Key.Key_Z, CTRL)
    assert panel.speaker_name.text() == "Nobody has the floor"
    assert table(desk)[0] == ("1", "Ms. Guest One", "waiting")
    press(desk, Key.Key_Z, CTRL | SHIFT)  # redo: she has the floor again
    assert panel.speaker_name.text() == "Ms. Guest One"

    # The rest of the list, each speaking 2:40; Ctrl+L closes the list to new requests.
    press(desk, Key.Key_L, CTRL)
    assert panel.heading.text().endswith("list closed")
    add_by_typing(desk, "Ms. Late Comer, Some NGO")
    assert "closed" in w.error.text().lower()
    w.setFocus()
    while panel.speaker_name.text() != "Nobody has the floor" or table(desk)[0][2] == "waiting":
        desk.advance(seconds=160)
        press(desk, Key.Key_C) if table(desk)[0][2] == "waiting" else press(desk, Key.Key_X)
    states = [r[2] for r in table(desk)]
    assert states.count("spoke") == 29 and states.count("withdrawn") == 1
    assert panel.figures.text() == "No one waiting · 0 min left"


def test_a_guest_typed_with_an_arabic_or_chinese_comma(desk: Desk) -> None:
    """The guest's hint says "Name, Organization" in each language, and each script types its
    own comma: Arabic ، and Chinese ， separate the organization as the Latin one does."""
    from facilitator.core.queue.reducer import queue_of
    from facilitator.ui.speakers import split_guest

    assert split_guest("Ms. A, B, C") == ("Ms. A", "B, C")
    assert split_guest("أحمد علي، منظمة الأمل، فرع عمان") == ("أحمد علي", "منظمة الأمل، فرع عمان")
    assert split_guest("王芳，青年论坛") == ("王芳", "青年论坛")
    assert split_guest("Somebody Unknown") is None
    desk.window.controller.session.start()
    line = desk.window.speakers.add_line
    for typed in ("أحمد علي، منظمة الأمل", "王芳，青年论坛"):  # as an input method commits it
        press(desk, Key.Key_A)
        line.insert(typed)  # (QTest's key clicks know no key for these letters)
        desk.qtbot.keyClick(line, Key.Key_Return)
    assert not desk.window.error.isVisible(), desk.window.error.text()
    guests = {(p.name, p.organization) for p in queue_of(desk.window.controller.state).participants}
    assert {("أحمد علي", "منظمة الأمل"), ("王芳", "青年论坛")} <= guests


def test_one_move_in_a_long_list_is_one_row_signal(desk: Desk) -> None:
    register_thirty(desk)
    go_to_standing_item_1(desk)
    for n in range(1, 31):
        desk.window.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))
    model = desk.window.speakers.model
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.layoutChanged.connect(lambda *a: seen.append("layout"))
    model.rowsMoved.connect(lambda *a: seen.append("move"))
    select(desk, "Speaker 20")
    press(desk, Key.Key_T, CTRL)
    assert "move" in seen and "reset" not in seen and "layout" not in seen
    assert (
        desk.window.speakers.selected_entry()
        == queue_of(desk.window.controller.state).list_of("seg-9").waiting[0]
    )  # the selection followed the moved row


def test_registration_dialog_maps_reports_and_imports(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    csv = tmp_path / "registrations.csv"
    csv.write_text(
        "Full name;Organisation;Stakeholder type;Participation\n"
        "Ms. Ana Lima;Instituto Igarapé;NGO;Online\n"
        "Mr. Karl Weber;Universität Wien;Academia;In person\n"
        ";No Name Org;NGO;Online\n"
        "Ms. Ana Lima;Instituto Igarapé;NGO;Online\n"
        "=cmd|' /C calc'!A0;Formula Inc;Private sector;Online\n",
        encoding="utf-8",
    )
    dialog = RegistrationDialog(desk.window.controller.state)
    qtbot.addWidget(dialog)
    assert dialog.load(csv)
    assert dialog.combos["name"].currentText() == "Full name"
    assert dialog.combos["organization"].currentText() == "Organisation"
    report = dialog.report
    assert report is not None
    assert [p.name for p in report.participants] == [
        "Ms. Ana Lima",
        "Mr. Karl Weber",
        "=cmd|' /C calc'!A0",
    ]
    assert "1 row rejected" in dialog.summary.text() and "1 duplicate" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    # Unmapping the organization: import is refused until a column is chosen again.
    dialog.combos["organization"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "Organization" in dialog.summary.text()
    dialog.combos["organization"].setCurrentIndex(2)
    assert dialog.import_button.isEnabled()
    desk.window.controller.act(
        lambda s: s.import_participants(list(dialog.report.participants), dialog.source)
    )  # type: ignore[union-attr]
    participants = queue_of(desk.window.controller.state).participants.by_id
    assert len(participants) == 3
    assert participants["p-3"].name == "=cmd|' /C calc'!A0"  # kept as text, never evaluated
    # One event for the whole list: one undo takes it all back.
    desk.window.controller.act(lambda s: s.undo())
    assert queue_of(desk.window.controller.state).participants.by_id == {}


def test_a_bad_registration_file_is_said_in_words(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(b"\x00\x01 not a spreadsheet" * 20)
    dialog = RegistrationDialog(desk.window.controller.state)
    qtbot.addWidget(dialog)
    assert not dialog.load(bad)
    assert str(bad) in dialog.file_label.text()
    assert not dialog.import_button.isEnabled()


def test_drag_and_drop_moves_a_speaker_through_the_journal(desk: Desk) -> None:
    register_thirty(desk)
    go_to_standing_item_1(desk)
    for n in range(1, 6):
        desk.window.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))
    model = desk.window.speakers.model
    mime = model.mimeData([model.index(3, 0)])  # Speaker 04
    assert model.flags(model.index(3, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    # Dropped on the first row: the table does not move it itself, the committed event does.
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0)) is False
    assert [r[1] for r in table(desk)] == [
        "Speaker 04",
        "Speaker 01",
        "Speaker 02",
        "Speaker 03",
        "Speaker 05",
    ]
    assert desk.db.load_meeting(desk.meeting_id).events[-1].type == "SpeakerMoved"
    # Someone on the floor cannot be dragged.
    press(desk, Key.Key_C)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_standing_items_addressed_and_who_was_heard(desk: Desk, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    register_thirty(desk)
    go_to_standing_item_1(desk)
    desk.window.controller.act(lambda s: s.queue_speaker("p-1"))
    select(desk, "Speaker 01")

    def tick_second_and_third(dialog: QDialog) -> QDialog.DialogCode:
        boxes = desk.window.addresses_list
        for row in (1, 2):
            boxes.item(row).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", tick_second_and_third)
    press(desk, Key.Key_T, CTRL | SHIFT)
    model = desk.window.speakers.model
    assert (
        model.data(model.index(0, 5)) == "Standing item 2: States pa…; Standing item 3: Gender, y…"
    )
    panel = desk.window.speakers
    assert panel.heard.text() == "Nobody heard yet today."
    press(desk, Key.Key_C)
    desk.advance(seconds=90)
    press(desk, Key.Key_X)
    assert panel.heard.text() == "Heard today: 1 Academia — 1 Room"


def test_defer_with_nothing_selected_acts_on_the_speaker_on_the_floor(desk: Desk) -> None:
    """A held online speaker whose connection failed is deferred with D, nothing selected: the
    speaker on the floor goes to the end, not the first one waiting (as the menu says)."""
    register_thirty(desk)
    go_to_standing_item_1(desk)
    for n in range(1, 5):
        desk.window.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))
    press(desk, Key.Key_C)
    press(desk, Key.Key_H)
    desk.window.speakers.table.setCurrentIndex(desk.window.speakers.model.index(-1, 0))
    assert desk.window.speakers.selected_entry() is None
    press(desk, Key.Key_D)
    assert [r[1] for r in table(desk)] == ["Speaker 02", "Speaker 03", "Speaker 04", "Speaker 01"]
    assert queue_of(desk.window.controller.state).floor is None
    press(desk, Key.Key_S)  # nobody on the floor, nothing selected: the first waiting moves down
    assert [r[1] for r in table(desk)][:2] == ["Speaker 03", "Speaker 02"]


def test_a_few_letters_of_one_name_and_enter_add_that_participant(desk: Desk) -> None:
    register_thirty(desk)
    go_to_standing_item_1(desk)
    w = desk.window
    add_by_typing(desk, "speaker 07")  # one match, not picked from the list: added all the same
    assert not w.error.isVisible(), w.error.text()
    assert w.speakers.add_line.text() == "" and not w.speakers.add_line.hasFocus()
    queue = queue_of(w.controller.state)
    waiting = queue.lists["seg-9"].waiting_speakers()
    assert [queue.name(e.participant_id) for e in waiting] == ["Speaker 07"]
    add_by_typing(desk, "speaker 1")  # Speaker 10 to 19: which one is not for the app to guess
    assert w.error.isVisible() and "10 registered participants match" in w.error.text()
    assert w.speakers.add_line.hasFocus() and w.speakers.add_line.text() == "speaker 1"
    press(desk, Key.Key_Escape)  # gives the single keys back
    assert not w.speakers.add_line.hasFocus()


def test_a_narrow_speakers_dock_keeps_the_name_and_the_category(qtbot: QtBot) -> None:
    from facilitator.ui.speakers import HEADERS, SpeakersPanel

    panel = SpeakersPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    shown = lambda: [h for c, h in enumerate(HEADERS) if not panel.table.isColumnHidden(c)]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == len(HEADERS))
    panel.resize(430, 500)  # the dock on a 1366×768 laptop
    qtbot.waitUntil(lambda: "Addresses" not in shown())
    assert {"#", "Speaker", "Category", "State"} <= set(shown())
    assert panel.table.columnWidth(1) >= panel.fontMetrics().horizontalAdvance("Ms. Valentina")
    panel.resize(1000, 500)
    qtbot.waitUntil(lambda: len(shown()) == len(HEADERS))


def test_heard_today_says_gender_and_youth_as_headed_counts(qapp: object) -> None:
    """ "Women: 3 · Men: 2 — Youth: 1" (it read "3 Woman · 2 Man"): a heading and a count is
    right in every language, whatever the number."""
    from types import SimpleNamespace

    from facilitator.core.queue.figures import HeardGroup
    from facilitator.ui.speakers import heard_words

    figures = SimpleNamespace(
        heard_speakers=6,
        by_category=(HeardGroup("ngo", "NGO", 6, 6, 600),),
        by_attendance=(HeardGroup("room", "Room", 6, 6, 600),),
        by_gender=(HeardGroup("woman", "Woman", 3, 3, 300), HeardGroup("man", "Man", 2, 2, 200)),
        by_youth=(HeardGroup("youth", "Youth", 1, 1, 100),),
    )
    assert heard_words(figures) == (  # type: ignore[arg-type]
        "Heard today: 6 NGO — 6 Room — Women: 3 · Men: 2 · Youth: 1"
    )
