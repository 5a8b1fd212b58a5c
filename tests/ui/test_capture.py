"""A rapporteur captures a Q&A of ten questions and three answers, then a tour-de-table of twenty
interventions, from the keyboard; the app restarts in the middle and the draft comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import unanswered_questions
from facilitator.core.participants.values import Attendance, Category, Participant
from tests.ui.conftest import TEN_AM_TIP, TIP, Desk, make_desk

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
HOSTILE = "<script>alert(1)</script> =cmd|' /C calc'!A0 — مرحبا שלום 🌍\x00 end"


def press(
    desk: Desk, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    desk.qtbot.keyClick(desk.window, key, modifier)


def register(desk: Desk, count: int) -> None:
    people = [
        Participant(
            "",
            f"Delegate {n:02d}",
            f"Organization {n:02d}",
            Category.NGO if n % 2 else Category.ACADEMIA,
            Attendance.ONLINE if n % 3 == 0 else Attendance.ROOM,
        )
        for n in range(1, count + 1)
    ]
    assert desk.window.controller.act(lambda s: s.import_participants(people, "list.csv"))


def jump(desk: Desk, segment_id: str) -> None:
    assert desk.window.controller.act(lambda s: s.jump(segment_id))


def capture(desk: Desk, summary: str, *, kind: InterventionKind | None = None) -> None:
    """Ctrl+3 to the summary, type (or paste, for text no keyboard types), Ctrl+Enter."""
    w = desk.window
    press(desk, Key.Key_3, CTRL)
    pane = w.capture
    assert pane.summary.hasFocus()
    if "\x00" in summary:
        pane.summary.setPlainText(summary)  # pasted
    else:
        desk.qtbot.keyClicks(pane.summary, summary)
    if kind is not None:
        pane.kind.setCurrentIndex(pane.kind.findData(kind))
    desk.qtbot.keyClick(pane.summary, Key.Key_Return, CTRL)


def test_a_q_and_a_and_a_tour_de_table_captured_from_the_keyboard(desk: Desk) -> None:
    w = desk.window
    register(desk, 30)
    press(desk, Key.Key_Space)
    jump(desk, "seg-6")  # Q&A on Panel 1
    for n in range(1, 11):
        w.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))

    # Ten questions: each speaker called (C), captured, prefilled from the floor.
    for n in range(1, 11):
        w.setFocus()
        press(desk, Key.Key_C)
        desk.advance(seconds=100)
        assert w.capture.name.text() == f"Delegate {n:02d}"  # prefilled from the floor
        assert w.capture.current_kind() is InterventionKind.QUESTION
        capture(desk, f"Question {n} on organ removal." if n != 4 else HOSTILE)
    ivs = interventions_of(w.controller.state)
    questions = [iv for iv in ivs if iv.kind is InterventionKind.QUESTION]
    assert len(questions) == 10
    assert questions[3].summary == HOSTILE  # stored exactly as typed
    assert all(iv.tags[0] == "seg-6" for iv in questions)
    assert questions[0].rapporteur == "Co-Chair"
    assert len(unanswered_questions(w.controller.state, "seg-6")) == 10

    # Three answers from the panel, each linked to the questions it answers (Space ticks).
    for first in (0, 3, 6):
        pane = w.capture
        press(desk, Key.Key_3, CTRL)
        pane.name.setText("Ms. Panellist")
        pane.organization.setText("UNODC")
        pane.kind.setCurrentIndex(pane.kind.findData(InterventionKind.ANSWER))
        for row in range(first, first + 3):
            pane.answers.item(row).setCheckState(Qt.CheckState.Checked)
        desk.qtbot.keyClicks(pane.summary, "The panel answered.")
        desk.qtbot.keyClick(pane.summary, Key.Key_Return, CTRL)
    assert len(unanswered_questions(w.controller.state, "seg-6")) == 1
    press(desk, Key.Key_4, CTRL)
    assert w.review.unanswered.text() == "Unanswered in Q&A on Panel 1: 1 — #10 Delegate 10"

    # The tour-de-table: twenty interventions, each on two standing items.
    jump(desk, "seg-9")
    for n in range(11, 31):
        w.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))
    for n in range(11, 31):
        w.setFocus()
        press(desk, Key.Key_C)
        desk.advance(seconds=150)
        pane = w.capture
        tags = [pane.tags.item(r).data(Qt.ItemDataRole.UserRole) for r in range(pane.tags.count())]
        pane.tags.item(tags.index("seg-10")).setCheckState(Qt.CheckState.Checked)
        if n == 20:
            # Half-way, a restart: what was typed is saved as a draft and comes back.
            press(desk, Key.Key_3, CTRL)
            desk.qtbot.keyClicks(pane.summary, "Unsaved words about child protection")
            assert pane.save_draft()
            w.close()
            w = desk.open_console()
            assert w.capture.summary.toPlainText() == "Unsaved words about child protection"
            assert w.capture.mode.text().endswith("(restored draft)")
            press(desk, Key.Key_3, CTRL)
            desk.qtbot.keyClick(w.capture.summary, Key.Key_Return, CTRL)
            continue
        capture(desk, f"Statement {n} on universalization.")
    ivs = interventions_of(w.controller.state)
    tour = [iv for iv in ivs if "seg-9" in iv.tags]
    assert len(tour) == 20
    assert all(iv.tags == ("seg-9", "seg-10") for iv in tour)
    assert all(iv.kind is InterventionKind.STATEMENT for iv in tour)
    assert any(iv.summary == "Unsaved words about child protection" for iv in tour)


def test_review_filters_edits_with_history_and_deletes_with_undo(desk: Desk) -> None:
    w = desk.window
    register(desk, 3)
    press(desk, Key.Key_Space)
    for n, text in enumerate(("On child trafficking", "On organ removal", "On cooperation"), 1):
        w.controller.act(lambda s, n=n: s.queue_speaker(f"p-{n}"))
        w.setFocus()
        press(desk, Key.Key_C)
        desk.advance(seconds=60)
        capture(desk, text)
    press(desk, Key.Key_4, CTRL)
    review = w.review
    assert review.text.hasFocus()
    assert review.model.rowCount() == 3
    desk.qtbot.keyClicks(review.text, "removal")
    review.apply_filter()
    assert review.model.rowCount() == 1
    assert review.model.data(review.model.index(0, 6)) == "On organ removal"
    # Enter opens it in the capture pane; an edit is an InterventionEdited with its history.
    review.table.setCurrentIndex(review.model.index(0, 0))
    desk.qtbot.keyClick(review.table, Key.Key_Return)
    pane = w.capture
    assert pane.editing == "i-2"
    pane.summary.setPlainText("On organ removal, and on consent.")
    pane.follow_up.setChecked(True)
    desk.qtbot.keyClick(pane.summary, Key.Key_Return, CTRL)
    edited = interventions_of(w.controller.state).get("i-2")
    assert edited is not None and edited.follow_up
    assert edited.summary == "On organ removal, and on consent."
    assert [c.action for c in edited.history][-1] == "edited"
    assert {f.field for f in edited.history[-1].fields} == {"summary", "follow_up"}
    review.table.setCurrentIndex(review.model.index(0, 0))
    assert "edited (summary, follow_up)" in review.history.text()
    # Delete, then undo brings it back.
    review.table.setFocus()
    desk.qtbot.keyClick(review.table, Key.Key_Delete)
    assert review.model.rowCount() == 0
    press(desk, Key.Key_Z, CTRL)
    assert review.model.rowCount() == 1


def test_the_rapporteurs_name_is_recorded_and_kept(desk: Desk) -> None:
    w = desk.window
    register(desk, 1)
    press(desk, Key.Key_Space)
    w.set_actor("Ms. Rapporteur One")
    w.capture.name.setText("Mr. Walk-in")  # nobody has the floor: the rapporteur types the name
    capture(desk, "A first statement.")
    first = next(iter(interventions_of(w.controller.state)))
    assert first.rapporteur == "Ms. Rapporteur One"
    w.close()
    again = desk.open_console()  # a new run of the app on this seat
    assert again.controller.session.actor == "Ms. Rapporteur One"
    # The category filter of the review.
    again.review.category.setCurrentIndex(again.review.category.findData("ngo"))
    assert again.review.model.rowCount() == 0  # the speaker was not a participant: no category
    again.review.category.setCurrentIndex(0)
    assert again.review.model.rowCount() == 1


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Guiding &questions:" → "q"), None when there is none."""
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].casefold() if index >= 0 else None


def test_alt_keys_in_the_capture_pane_clash_with_nothing(desk: Desk) -> None:
    """Alt+letter in the capture pane goes to one place: no two of its labels and no menu of the
    console share a letter (Alt+S was both "Summary" and the Speakers menu)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    w = desk.window
    letters = [_mnemonic(a.text()) for a in w.menuBar().actions()]
    pane = w.capture
    letters += [_mnemonic(label.text()) for label in pane.findChildren(QLabel)]
    letters += [_mnemonic(button.text()) for button in pane.findChildren(QAbstractButton)]
    used = [letter for letter in letters if letter]
    assert len(used) >= 10
    assert sorted(used) == sorted(set(used)), sorted(used)


def test_a_letter_in_a_review_filter_does_not_call_a_speaker(desk: Desk) -> None:
    """Typing "C" or "S" in the review's kind filter picks a kind; it does not call the next
    speaker or skip one, and Space there does not pause the meeting."""
    from facilitator.core.queue.reducer import queue_of
    from tests.ui.test_speakers import go_to_standing_item_1, register_thirty

    register_thirty(desk)
    go_to_standing_item_1(desk)
    desk.window.controller.act(lambda s: s.queue_speaker("p-1"))
    events = desk.window.controller.state.last_seq
    combo = desk.window.review.kind
    combo.setFocus()
    for key in (Qt.Key.Key_C, Qt.Key.Key_S, Qt.Key.Key_Space):
        desk.qtbot.keyClick(combo, key)
    assert queue_of(desk.window.controller.state).floor is None
    assert desk.window.controller.state.last_seq == events


def test_a_q_and_a_that_follows_no_panel_by_number_offers_the_nearest_panels_questions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The programme editor's default for a Q&A is an empty "follows panel": the capture pane
    then offers the questions of the nearest panel before it, as the core and the record attach
    them (it used to offer none)."""
    toml = TIP.read_text(encoding="utf-8")
    toml = toml.replace(
        'title = "Trafficking in persons for the removal of organs and related conduct"\n',
        'title = "Trafficking in persons for the removal of organs and related conduct"\n'
        'guiding_questions = ["What works?", "What does not?"]\n',
        1,
    ).replace("planned_minutes = 45\nfor_panel = 1\n", "planned_minutes = 45\n", 1)
    path = tmp_path / "programme.toml"
    path.write_text(toml, encoding="utf-8")
    desk = make_desk(qtbot, tmp_path, path, TEN_AM_TIP)
    try:
        assert desk.window.controller.state.programme.segment("seg-6").for_panel is None
        press(desk, Key.Key_Space)
        jump(desk, "seg-6")
        press(desk, Key.Key_3, CTRL)
        pane = desk.window.capture
        offered = [pane.questions.item(i).text() for i in range(pane.questions.count())]
        assert offered == ["Q1. What works?", "Q2. What does not?"]
    finally:
        desk.window.close()
        desk.db.close()
