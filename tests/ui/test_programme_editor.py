"""The programme editor, driven with the keyboard on the bundled trafficking-in-persons seed.

Seed layout (ids): item-1 [seg-1] · item-2 [seg-2, seg-3] · item-3 [seg-4 … seg-8] ·
item-4 [seg-9, seg-10, seg-11] · item-5 [seg-12]. Both sittings are exactly full (180 + 180 min).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitator.core.programme import Person, Programme, ProgrammeError, Segment, SegmentKind
from facilitator.formats.programme.files import read_programme
from facilitator.ui.capacity_bar import short_title, sitting_loads
from facilitator.ui.programme_editor import ProgrammeEditor, parse_person, parse_time

SEED = Path(__file__).resolve().parents[2] / "data" / "programmes"
TIP = SEED / "2024-07-10-trafficking-in-persons.toml"

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may block on a message box: closing an edited dialog at teardown asks whether to
    discard, and the answer here is yes. Tests that check a question patch it again."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)


@pytest.fixture(scope="module")
def seed() -> Programme:
    return read_programme(TIP)


def open_editor(qtbot: QtBot, programme: Programme, running: str | None = None) -> ProgrammeEditor:
    editor = ProgrammeEditor(programme, running_segment_id=running)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


@pytest.fixture
def editor(qtbot: QtBot, seed: Programme) -> ProgrammeEditor:
    return open_editor(qtbot, seed)


def press(
    widget: QWidget | None,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """One key, as qtbot.keyClick sends it (QTest, typed)."""
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


def type_text(widget: QWidget, text: str) -> None:
    """Keys typed one by one, as qtbot.keyClicks sends them."""
    QTest.keyClicks(widget, text)


def order(programme: Programme) -> list[tuple[str, list[str]]]:
    return [(item.id, [s.id for s in item.segments]) for item in programme.items]


def focus_tree_on(qtbot: QtBot, editor: ProgrammeEditor, ident: str) -> None:
    assert editor.select(ident)
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)


def untouched(before: Programme, after: Programme, *, changed: set[str]) -> None:
    """Every segment not in ``changed`` is identical (dataclass equality) to the original."""
    old = {s.id: s for _, s in before.segments()}
    new = {s.id: s for _, s in after.segments()}
    for ident, segment in old.items():
        if ident not in changed:
            assert new[ident] == segment, ident


# ---------------------------------------------------------------------------- editing fields
def test_title_and_minutes_edited_with_the_keyboard(
    qtbot: QtBot, editor: ProgrammeEditor, seed: Programme
) -> None:
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    assert editor.selected_id() == "item-1"
    for _ in range(3):  # item-1 → seg-1 → item-2 → seg-2
        press(editor.tree, Qt.Key.Key_Down)
    assert editor.selected_id() == "seg-2"

    press(editor.tree, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.segment_form.kind
    press(editor.segment_form.kind, Qt.Key.Key_Tab)
    title = editor.segment_form.title
    assert editor.focusWidget() is title
    press(title, Qt.Key.Key_A, CTRL)
    type_text(title, "Briefing by UNODC")
    press(title, Qt.Key.Key_Tab)
    label = editor.segment_form.label  # the short label comes next: clear it
    assert editor.focusWidget() is label and label.text() == "Briefing by the Secretariat"
    press(label, Qt.Key.Key_A, CTRL)
    press(label, Qt.Key.Key_Delete)
    press(label, Qt.Key.Key_Tab)
    minutes = editor.segment_form.minutes
    assert editor.focusWidget() is minutes
    press(minutes, Qt.Key.Key_A, CTRL)
    type_text(minutes, "40")

    result = editor.programme()
    segment = result.segment("seg-2")
    assert segment.title == "Briefing by UNODC"
    assert segment.label is None
    assert segment.planned_minutes == 40
    untouched(seed, result, changed={"seg-2"})
    # The tree shows the row as edited, and the day's later starts moved by 15 min.
    row = editor.model.index_of_id("seg-2")
    assert row.data() == "Briefing by UNODC"
    assert row.siblingAtColumn(3).data() == "40"
    assert editor.model.index_of_id("seg-3").siblingAtColumn(2).data() == "10:50"


def test_enter_in_a_field_does_not_close_the_dialog(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.select("seg-2")
    title = editor.segment_form.title
    title.setFocus()
    press(title, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.result() == 0


def test_kind_number_follows_panel_and_people(
    qtbot: QtBot, editor: ProgrammeEditor, seed: Programme
) -> None:
    form = editor.segment_form
    editor.select("seg-4")  # Briefing by the Co-Chairs → becomes Panel 3
    form.kind.setFocus()
    form.kind.setCurrentIndex(form.kind.findData(SegmentKind.PANEL))
    assert editor.model.programme().segment("seg-4").number == 3
    assert form.is_row_shown(form.number)
    assert not form.is_row_shown(form.follows)

    editor.select("seg-6")  # Q&A on panel 1 can follow panel 1, 2 or 3 of its item
    assert form.is_row_shown(form.follows)
    panels = [form.follows.itemData(i) for i in range(form.follows.count())]
    assert panels == [None, 3, 1, 2]
    form.follows.setCurrentIndex(form.follows.findData(3))
    assert editor.model.programme().segment("seg-6").for_panel == 3

    editor.select("seg-7")  # renumbering panel 2 carries its Q&A along
    form.number.setFocus()
    press(form.number, Qt.Key.Key_A, CTRL)
    type_text(form.number, "4")
    programme = editor.programme()
    assert programme.segment("seg-7").number == 4
    assert programme.segment("seg-8").for_panel == 4

    form.moderator.setFocus()
    type_text(form.moderator, "Jane Doe, Chief, Ministry of Justice, Italy")
    form.panellists.setFocus()
    type_text(form.panellists, "Ann Lee, Professor")
    press(form.panellists, Qt.Key.Key_Return)
    type_text(form.panellists, "Bo Chen")
    press(form.panellists, Qt.Key.Key_Return)  # a trailing empty line is no one
    panel = editor.programme().segment("seg-7")
    assert panel.moderator == Person("Jane Doe", "Chief", "Ministry of Justice, Italy")
    assert panel.panellists == (Person("Ann Lee", "Professor"), Person("Bo Chen"))
    untouched(seed, editor.programme(), changed={"seg-4", "seg-6", "seg-7", "seg-8"})


def test_questions_notes_and_item_fields(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.select("seg-12")
    questions = editor.segment_form.questions
    questions.setFocus()
    type_text(questions, "What next?")
    press(questions, Qt.Key.Key_Return)
    type_text(questions, "Who follows up?")
    assert editor.programme().segment("seg-12").guiding_questions == (
        "What next?",
        "Who follows up?",
    )
    editor.select("item-5")
    form = editor.item_form
    form.number.setFocus()
    press(form.number, Qt.Key.Key_A, CTRL)
    type_text(form.number, "VI")
    form.notes.setFocus()
    press(form.notes, Qt.Key.Key_End, CTRL)
    press(form.notes, Qt.Key.Key_Return)
    type_text(form.notes, "Adoption of the summary")
    item = editor.programme().items[-1]
    assert item.number == "VI"
    assert item.notes[-1] == "Adoption of the summary"
    assert editor.model.index_of_id("item-5").data() == "VI. Closing of the meeting"


def test_scheduled_start_is_checked_and_applied(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.select("seg-9")
    start = editor.segment_form.start
    start.setFocus()
    type_text(start, "25:00")
    assert not editor.ok_button.isEnabled()
    assert "time like 10:30" in editor.reason()
    press(start, Qt.Key.Key_A, CTRL)
    type_text(start, "16:30")
    assert editor.ok_button.isEnabled()
    assert editor.programme().segment("seg-9").scheduled_start == dt.time(16, 30)
    assert editor.model.index_of_id("seg-9").siblingAtColumn(2).data() == "16:30"


# ---------------------------------------------------------------------------- reordering
def test_alt_down_moves_a_segment_within_and_across_items(
    qtbot: QtBot, editor: ProgrammeEditor, seed: Programme
) -> None:
    focus_tree_on(qtbot, editor, "seg-2")
    press(editor.tree, Qt.Key.Key_Down, ALT)
    assert order(editor.programme())[1] == ("item-2", ["seg-3", "seg-2"])
    press(editor.tree, Qt.Key.Key_Down, ALT)  # past the last: into the next item
    programme = editor.programme()
    assert order(programme)[1] == ("item-2", ["seg-3"])
    assert order(programme)[2] == ("item-3", ["seg-2", "seg-4", "seg-5", "seg-6", "seg-7", "seg-8"])
    assert editor.selected_id() == "seg-2"  # the selection follows the moved row
    press(editor.tree, Qt.Key.Key_Up, ALT)  # and back, to the end of item-2
    assert order(editor.programme())[1] == ("item-2", ["seg-3", "seg-2"])
    untouched(seed, editor.programme(), changed=set())


def test_alt_up_moves_an_item_and_stops_at_the_top(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    focus_tree_on(qtbot, editor, "item-2")
    press(editor.tree, Qt.Key.Key_Up, ALT)
    assert [i.id for i in editor.programme().items][:2] == ["item-2", "item-1"]
    press(editor.tree, Qt.Key.Key_Up, ALT)  # already first: nothing moves
    assert [i.id for i in editor.programme().items][:2] == ["item-2", "item-1"]
    focus_tree_on(qtbot, editor, "seg-1")
    press(editor.tree, Qt.Key.Key_Up, ALT)  # first segment of item-1 → end of item-2
    assert order(editor.programme())[0] == ("item-2", ["seg-2", "seg-3", "seg-1"])


def test_drag_and_drop_through_the_model(editor: ProgrammeEditor, seed: Programme) -> None:
    model = editor.model
    move = Qt.DropAction.MoveAction
    data = model.mimeData([model.index_of_id("seg-12")])
    assert data is not None
    item_1 = model.index_of_id("item-1")
    assert model.canDropMimeData(data, move, 0, 0, item_1)
    assert model.dropMimeData(data, move, 0, 0, item_1)
    assert order(editor.programme())[0] == ("item-1", ["seg-12", "seg-1"])
    assert order(editor.programme())[4] == ("item-5", [])

    # Dropped onto a segment: it goes after that segment.
    data = model.mimeData([model.index_of_id("seg-9")])
    assert data is not None
    assert model.dropMimeData(data, move, -1, -1, model.index_of_id("seg-3"))
    assert order(editor.programme())[1] == ("item-2", ["seg-2", "seg-3", "seg-9"])

    # An item dropped between items at the top level.
    data = model.mimeData([model.index_of_id("item-4")])
    assert data is not None
    assert model.dropMimeData(data, move, 0, 0, QModelIndex())
    assert [i.id for i in editor.programme().items] == [
        "item-4",
        "item-1",
        "item-2",
        "item-3",
        "item-5",
    ]
    # After a move the view asks the model to remove the source rows: it must not.
    assert not model.removeRows(0, 1, QModelIndex())
    untouched(seed, editor.programme(), changed=set())


# ---------------------------------------------------------------------------- adding, removing
def test_add_segment_and_item_get_new_unique_ids(
    qtbot: QtBot, editor: ProgrammeEditor, seed: Programme
) -> None:
    focus_tree_on(qtbot, editor, "seg-5")
    press(editor.tree, Qt.Key.Key_N, CTRL)
    assert editor.selected_id() == "seg-13"
    title = editor.segment_form.title
    assert title.hasFocus() and title.selectedText() == "New segment"
    type_text(title, "Video message")
    programme = editor.programme()
    assert order(programme)[2][1][:3] == ["seg-4", "seg-5", "seg-13"]
    assert programme.segment("seg-13").title == "Video message"

    press(title, Qt.Key.Key_N, CTRL_SHIFT)  # from the form: a new item after item-3
    assert editor.selected_id() == "item-6"
    type_text(editor.item_form.title, "Any other business")
    press(editor.item_form.title, Qt.Key.Key_N, CTRL)  # a segment into the new item
    programme = editor.programme()
    assert [i.id for i in programme.items] == [
        "item-1",
        "item-2",
        "item-3",
        "item-6",
        "item-4",
        "item-5",
    ]
    assert programme.items[3].title == "Any other business"
    assert [s.id for s in programme.items[3].segments] == ["seg-14"]
    ids = [i.id for i in programme.items] + programme.segment_ids()
    assert len(ids) == len(set(ids))
    untouched(seed, programme, changed=set())


def test_remove_a_segment(qtbot: QtBot, editor: ProgrammeEditor, seed: Programme) -> None:
    focus_tree_on(qtbot, editor, "seg-3")
    press(editor.tree, Qt.Key.Key_Delete)
    programme = editor.programme()
    assert "seg-3" not in programme.segment_ids()
    assert order(programme)[1] == ("item-2", ["seg-2"])
    assert editor.selected_id() == "seg-2"  # the neighbour is selected
    untouched(seed, programme, changed={"seg-3"})
    assert "Sitting 1 10:00–13:00: 155 of 180 min — 25 min free" in editor.capacity.text()


def test_removing_an_item_asks_first(
    qtbot: QtBot, editor: ProgrammeEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    answers.append(QMessageBox.StandardButton.Discard)  # closing the edited dialog at teardown
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    focus_tree_on(qtbot, editor, "item-2")
    press(editor.tree, Qt.Key.Key_Delete)
    assert "item-2" in [i.id for i in editor.programme().items]
    press(editor.tree, Qt.Key.Key_Delete)
    assert "item-2" not in [i.id for i in editor.programme().items]
    assert "its 2 segments?" in asked[0]


def test_the_running_segment_cannot_be_removed(
    qtbot: QtBot, seed: Programme, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, seed, running="seg-5")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    focus_tree_on(qtbot, editor, "seg-5")
    press(editor.tree, Qt.Key.Key_Delete)
    assert "seg-5" in editor.programme().segment_ids()
    assert len(shown) == 1 and "is running now and cannot be removed" in shown[0]
    focus_tree_on(qtbot, editor, "item-3")
    press(editor.tree, Qt.Key.Key_Delete)
    assert "item-3" in [i.id for i in editor.programme().items]
    assert "holds the segment running now" in shown[1]
    # It can still be edited and moved.
    focus_tree_on(qtbot, editor, "seg-5")
    press(editor.tree, Qt.Key.Key_Up, ALT)
    assert order(editor.programme())[2][1][:2] == ["seg-5", "seg-4"]
    assert "running" in editor.model.index_of_id("seg-5").siblingAtColumn(1).data()


# ---------------------------------------------------------------------------- capacity
def test_capacity_bar_when_the_plan_fits(editor: ProgrammeEditor) -> None:
    text = editor.capacity.text().splitlines()
    assert text == [
        "Sitting 1 10:00–13:00: 180 of 180 min — full",
        "Sitting 2 15:00–18:00: 180 of 180 min — full",
        "The plan fills the day exactly (360 min).",
    ]
    assert not any(meter.over for _, meter, _ in editor.capacity.rows)


def test_capacity_bar_says_what_does_not_fit(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.select("seg-5")  # Panel 1: 60 → 120 min
    minutes = editor.segment_form.minutes
    minutes.setFocus()
    press(minutes, Qt.Key.Key_A, CTRL)
    type_text(minutes, "120")
    lines = editor.capacity.text().splitlines()
    assert lines[0] == "Sitting 1 10:00–13:00: 75 of 180 min — 105 min free"
    assert lines[1] == "Panel 1 (120 min) does not fit in the 105 min left and moves to sitting 2"
    assert lines[2] == "Sitting 2 15:00–18:00: 345 of 180 min — runs 165 min over"
    assert lines[3] == (
        "Panel 2 ends at 18:30, 30 min after the sitting ends (and 5 more after it, until 20:45)"
    )
    assert lines[4] == "The plan is 60 min longer than the day (420 of 360 min)."
    meters = [meter.over for _, meter, _ in editor.capacity.rows]
    assert meters == [False, True]
    # Back to 60: it fits again, on the next keystrokes.
    press(minutes, Qt.Key.Key_A, CTRL)
    type_text(minutes, "60")
    assert editor.capacity.text().endswith("The plan fills the day exactly (360 min).")


def test_sitting_overrun_from_a_scheduled_start(seed: Programme) -> None:
    late = seed.with_segment(
        Segment("seg-6", SegmentKind.QA, "Q&A", 45, scheduled_start=dt.time(12, 40), for_panel=1)
    )
    loads = sitting_loads(late)
    over = loads[0].overrun
    assert over is not None and (over.title, over.end, over.late) == ("Q&A on Panel 1", 805, 25)


# ---------------------------------------------------------------------------- validity, OK, Esc
def test_ok_is_disabled_with_the_reason_for_an_invalid_programme(
    qtbot: QtBot, editor: ProgrammeEditor
) -> None:
    assert editor.ok_button.isEnabled()
    editor.select("seg-2")
    title = editor.segment_form.title
    title.setFocus()
    press(title, Qt.Key.Key_A, CTRL)
    press(title, Qt.Key.Key_Backspace)
    assert not editor.ok_button.isEnabled()
    assert editor.reason() == "Cannot keep these changes: In item 'II': a segment has no title."
    assert editor.status.text() == editor.reason()
    with pytest.raises(ProgrammeError):
        editor.programme()
    press(title, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter does nothing while invalid
    assert editor.isVisible()
    type_text(title, "Briefing")
    assert editor.ok_button.isEnabled() and editor.reason() == ""


def test_ctrl_enter_keeps_the_changes(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    editor.select("seg-12")
    title = editor.segment_form.title
    title.setFocus()
    press(title, Qt.Key.Key_End)
    type_text(title, " and adoption")
    with qtbot.waitSignal(editor.accepted):
        press(title, Qt.Key.Key_Return, CTRL)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.programme().segment("seg-12").title.endswith("concluding remarks and adoption")


def test_esc_asks_before_discarding_changes(
    qtbot: QtBot, editor: ProgrammeEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    focus_tree_on(qtbot, editor, "seg-2")
    press(editor.tree, Qt.Key.Key_Down, ALT)
    press(editor.tree, Qt.Key.Key_Escape)
    assert editor.isVisible()  # "Cancel": keep editing
    with qtbot.waitSignal(editor.rejected):
        press(editor.tree, Qt.Key.Key_Escape)
    assert not answers


def test_esc_without_changes_closes_without_asking(
    qtbot: QtBot, editor: ProgrammeEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    editor.tree.setFocus()
    with qtbot.waitSignal(editor.rejected):
        press(editor.tree, Qt.Key.Key_Escape)


def test_tab_order_runs_tree_form_buttons(qtbot: QtBot, editor: ProgrammeEditor) -> None:
    focus_tree_on(qtbot, editor, "seg-1")  # remarks: no number or "follows panel" rows
    form = editor.segment_form
    expected = [
        form.kind,
        form.title,
        form.label,
        form.minutes,
        form.start,
        form.moderator,
        form.panellists,
        form.questions,
        editor.ok_button,
        editor.cancel_button,
    ]
    for widget in expected:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_actions_show_their_shortcuts(editor: ProgrammeEditor) -> None:
    tips = {
        editor.add_item_action: "Ctrl+Shift+N",
        editor.add_segment_action: "Ctrl+N",
        editor.remove_action: "Del",
        editor.move_up_action: "Alt+Up",
        editor.move_down_action: "Alt+Down",
    }
    for action, keys in tips.items():
        assert f"({keys})" in action.toolTip()
        assert action in editor.toolbar.actions()
    assert "Ctrl+Enter" in editor.ok_button.toolTip()


# ---------------------------------------------------------------------------- the model
def test_tree_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, editor: ProgrammeEditor
) -> None:
    model = editor.model
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    # The tester stays connected: every change below is checked as it happens.
    assert model.move_down(model.index_of_id("seg-3"))
    assert model.move_up(model.index_of_id("item-3"))
    editor.select("seg-5")
    editor.add_segment()
    editor.add_item()
    model.remove(model.index_of_id("seg-1"))
    model.remove(model.index_of_id("item-1"))
    editor.select("seg-7")
    editor.segment_form.minutes.setValue(50)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_untouched_programme_comes_back_identical(editor: ProgrammeEditor, seed: Programme) -> None:
    assert editor.programme() == seed
    assert not editor.is_modified()


# ---------------------------------------------------------------------------- layout
@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1920, 1080)])
def test_dialog_fits_common_screens(
    qtbot: QtBot, editor: ProgrammeEditor, size: QSize, tmp_path: Path
) -> None:
    hint = editor.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height() - 60
    editor.resize(size)
    editor.select("seg-9")
    assert editor.grab().save(str(tmp_path / "editor.png"))
    assert editor.capacity.isVisible() and editor.ok_button.isVisible()


# ---------------------------------------------------------------------------- parsing helpers
def test_short_titles_in_capacity_sentences(seed: Programme) -> None:
    names = [short_title(s) for _, s in seed.segments()]
    assert names[4:7] == ["Panel 1", "Q&A on Panel 1", "Panel 2"]
    assert names[8] == "Standing item 1"
    assert names[2] == "Interventions from non-governmental stakeholders"  # 48 chars: whole
    long = Segment(
        "x", SegmentKind.OTHER, "Exchange of views on the draft recommendations, in plenary"
    )
    assert short_title(long) == "Exchange of views on the draft recommendations…"


def test_parse_time_and_person() -> None:
    assert parse_time("9.05") == dt.time(9, 5)
    assert parse_time("") is None
    with pytest.raises(ValueError):
        parse_time("10")
    known = (Person("Ann", None, "UNODC"),)
    assert parse_person("Ann, UNODC", known) is known[0]  # shown as "Ann, UNODC", kept as is
    assert parse_person("Ann, UNODC") == Person("Ann", "UNODC")
    assert parse_person("Ann, , UNODC") == Person("Ann", None, "UNODC")
    assert parse_person("   ") is None
