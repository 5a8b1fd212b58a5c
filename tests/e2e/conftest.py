"""A rehearsal of a whole meeting day through the real windows, from the keyboard, on a fake clock.

:class:`Rehearsal` is what the seed tests drive. Its methods are named after what the Co-Chairs and
the rapporteur do (import the programme, register the participants, start the sitting, give the
floor, capture an intervention, end the sitting, restart the app), and each presses the keys a
person would press on the real start screen, programme editor, dialogs and console: keys go to
whatever has the keyboard focus, as they would on a desk.

As it drives, it keeps a :class:`Notebook`: what was done and when by the fake clock, written down
independently of the app. The record and every export are then checked against the notebook
(:mod:`tests.e2e.record_checks`).

Direct calls stand in for a person only where the app has no keyboard path, and each says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.core.agenda.values import short_title
from facilitator.core.clock import FakeClock
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.values import Intervention
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import Programme, SegmentKind
from facilitator.core.queue.reducer import queue_of
from facilitator.store import open_database
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.programme_editor import ProgrammeEditor
from facilitator.ui.registration_dialog import RegistrationDialog
from tests.e2e import store_reader

VIENNA = ZoneInfo("Europe/Vienna")
Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
USER = Qt.ItemDataRole.UserRole

#: The plan of the day as both seeds import it (the text gives no times per segment: the importer's
#: minutes fill 10:00–13:00 and 15:00–18:00), in Vienna time.
PLANNED = {
    "seg-1": ("10:00", "10:15"),
    "seg-2": ("10:15", "10:40"),
    "seg-3": ("10:40", "11:05"),
    "seg-4": ("11:05", "11:30"),
    "seg-5": ("11:30", "12:25"),
    "seg-6": ("12:25", "13:00"),
    "seg-7": ("15:00", "15:40"),
    "seg-8": ("15:40", "16:10"),
    "seg-9": ("16:10", "16:45"),
    "seg-10": ("16:45", "17:20"),
    "seg-11": ("17:20", "17:50"),
    "seg-12": ("17:50", "18:00"),
}
SITTINGS = (("10:00", "13:00"), ("15:00", "18:00"))
DEFAULT_LIMIT = 180  # the speaking limit of a list nobody changed

_POLL_MS = 10
_MODAL_PATIENCE_S = 20.0
_ANSWERED = "e2eAnswered"


# ============================================================================ who is in the room
@dataclass(frozen=True)
class Person:
    """A registered stakeholder, as the registration list has them."""

    name: str
    organization: str
    category: Category
    online: bool = False
    gender: str = ""  # as the registration list writes it, in any UN language ("F", "Homme")

    @property
    def completion(self) -> str:
        """As the add-a-speaker completer offers them."""
        return f"{self.name} ({self.organization})"

    @property
    def attendance(self) -> Attendance:
        return Attendance.ONLINE if self.online else Attendance.ROOM


@dataclass(frozen=True)
class Panellist:
    """A panellist or moderator, typed into the programme editor ("Name, Role, Organization")."""

    name: str
    role: str
    organization: str

    @property
    def line(self) -> str:
        return f"{self.name}, {self.role}, {self.organization}"


# ============================================================================ the notebook
@dataclass
class Turn:
    """One turn at the floor, timed by the Co-Chair."""

    person: Person
    segment_id: str
    start: dt.datetime
    limit: int
    spoken: float = 0.0
    held: bool = False
    ended: dt.datetime | None = None  # when they last left the floor
    kind: str = ""  # "Point of order", "Right of reply"; "" for a speech from the list

    @property
    def overtime(self) -> int:
        return max(int(self.spoken) - self.limit, 0)


@dataclass
class Noted:
    """One intervention, as the rapporteur meant to capture it."""

    id: str
    speaker: str
    organization: str
    category: str  # the category's label, or ""
    attendance: str  # "Room", "Online" or ""
    kind: InterventionKind
    tags: tuple[str, ...]  # segment ids
    questions: tuple[tuple[str, int], ...]  # (segment id, 0-based guiding question)
    summary: str
    start: dt.datetime | None  # when the speaker was first called (None: typed in, no turn)
    end: dt.datetime | None  # captured while they spoke: then; else when they finished
    answers: tuple[str, ...] = ()  # the ids of the questions it answers


@dataclass
class Notebook:
    """Everything the rehearsal did, by the fake clock."""

    started: dict[str, dt.datetime] = field(default_factory=dict)
    ended: dict[str, dt.datetime] = field(default_factory=dict)
    ran: dict[str, float] = field(default_factory=dict)  # seconds each segment's clock ran
    sittings: list[list[dt.datetime]] = field(default_factory=list)  # [start, end]
    registered: list[Person] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    withdrawn: list[Person] = field(default_factory=list)
    interventions: list[Noted] = field(default_factory=list)
    panellists: dict[str, tuple[Panellist, ...]] = field(default_factory=dict)
    moderators: dict[str, Panellist] = field(default_factory=dict)

    def heard(self) -> set[Person]:
        return {turn.person for turn in self.turns}

    def names(self) -> set[str]:
        """Every name and organization of a person the day had: none may appear unattributed."""
        people: list[Person | Panellist] = [*self.registered, *self.moderators.values()]
        for panel in self.panellists.values():
            people += panel
        found = {p.name for p in people} | {p.organization for p in people}
        found |= {p.name.split()[-1] for p in people}  # the surname alone, too
        found |= {n.speaker for n in self.interventions} | {
            n.organization for n in self.interventions
        }
        return {name for name in found if name}


# ============================================================================ the rehearsal
class Rehearsal:
    """A Co-Chair (who is also the rapporteur) at the console for one day, from the keyboard."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, day: dt.date) -> None:
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.day = day
        self.url = f"sqlite:///{tmp_path / 'meetings.sqlite3'}"
        self.db = open_database(self.url, backups=False)
        self.clock = FakeClock(self.local("09:45"))
        self.app: App | None = None
        self.window: ConsoleWindow = None  # type: ignore[assignment]  # once imported
        self.meeting_id = 0
        self.notes = Notebook()
        self.current: str | None = None  # the segment running, as the Co-Chair sees it
        self.paused = False
        self.floor: Turn | None = None
        self.interrupted: Turn | None = None  # who a point of order interrupted
        self.limits: dict[str, int] = {}
        self.unsaved = ""  # a summary typed and not saved yet

    # ------------------------------------------------------------------ what the app holds
    @property
    def state(self) -> MeetingState:
        return self.window.controller.state

    @property
    def programme(self) -> Programme:
        return self.state.programme

    def shown(self) -> dict[str, str]:
        """What the console's day bar and centre say now."""
        w = self.window
        return {
            "time": w.local_time.text(),
            "offset": w.offset.text(),
            "sitting": w.sitting.text(),
            "next": w.next_segment.text(),
            "segment": w.segment_title.text(),
            "clock": w.clock.text(),
            "phase": w.phase.text(),
        }

    def floor_shown(self) -> tuple[str, str, str]:
        """The speakers dock's floor: who, their clock, its words."""
        panel = self.window.speakers
        return panel.speaker_name.text(), panel.speaker_clock.text(), panel.speaker_words.text()

    def speakers_shown(self) -> list[tuple[str, str, str]]:
        """The speakers table's rows: name, state, time spoken."""
        model = self.window.speakers.model
        return [
            (
                str(model.data(model.index(row, 1))),
                str(model.data(model.index(row, 6))),
                str(model.data(model.index(row, 7))),
            )
            for row in range(model.rowCount())
        ]

    # ------------------------------------------------------------------ the clock
    def local(self, hhmm: str) -> dt.datetime:
        hours, minutes = (int(part) for part in hhmm.split(":"))
        return dt.datetime.combine(self.day, dt.time(hours, minutes), VIENNA).astimezone(dt.UTC)

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> None:
        """Time passes: the segment's clock and the speaker's run (as the notebook times them)."""
        delta = seconds + 60 * minutes
        assert delta >= 0
        self.clock.advance(delta)
        self._account(delta)
        if self.window is not None and self.window.isVisible():
            self.window.refresh_clock()  # what the console's 250 ms timer does

    def until(self, hhmm: str) -> None:
        """Let the meeting run to ``hhmm`` (Vienna)."""
        self.advance((self.local(hhmm) - self.clock.now()).total_seconds())

    def _account(self, seconds: float) -> None:
        if self.current is not None and not self.paused:
            self.notes.ran[self.current] = self.notes.ran.get(self.current, 0.0) + seconds
            if self.floor is not None and not self.floor.held:
                self.floor.spoken += seconds

    # ------------------------------------------------------------------ the keyboard
    def activate(self, window: QWidget) -> None:
        """Make ``window`` the active one. The offscreen platform activates nothing when a dialog
        closes; a desktop's window manager gives the keyboard back to the window below."""
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        """One key, to whatever has the keyboard focus in the console (as a person types)."""
        self.press_in(self.window, key, modifier)

    def press_in(self, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.activate(window)
        self.qtbot.keyClick(_keyboard() or window, key, modifier)

    def type_in(self, text: str) -> None:
        """Type ``text`` where the keyboard is. QTest types ASCII only: a letter like "á" is sent
        as the key event a keyboard layout with it would send."""
        for char in text:
            focus = _keyboard()
            assert focus is not None
            if char.isascii():
                self.qtbot.keyClicks(focus, char)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, focus, Qt.Key(ord(char.upper())), char, NONE
                )

    def retype(self, text: str) -> None:
        """Select what the focused field holds and type over it."""
        self.qtbot.keyClick(_keyboard(), Key.Key_A, CTRL)
        self.type_in(text)

    def tab_to(self, widget: QWidget, *, backwards: bool = False, at_most: int = 20) -> None:
        """Tab (or Shift+Tab) until ``widget`` has the keyboard focus."""
        for _ in range(at_most):
            if widget.hasFocus():
                return
            if backwards:
                self.qtbot.keyClick(_keyboard(), Key.Key_Backtab, SHIFT)
            else:
                self.qtbot.keyClick(_keyboard(), Key.Key_Tab)
        assert widget.hasFocus(), (
            f"Tab never reached {widget!r}; focus: {QApplication.focusWidget()!r}"
        )

    @contextlib.contextmanager
    def answering(
        self, *answers: tuple[type[QWidget], Callable[[QWidget], None]]
    ) -> Iterator[None]:
        """Answer, in order, the modal windows the keys pressed in the block open: each answer is
        the window's type and what to type into it. A window that never opens, or an answer that
        fails, fails the test (the window is closed, so nothing hangs)."""
        pending = list(answers)
        problems: list[BaseException] = []
        over = False
        deadline = time.monotonic() + _MODAL_PATIENCE_S

        def poll() -> None:
            if over or not pending:
                return
            modal = QApplication.activeModalWidget()
            if modal is not None and not modal.property(_ANSWERED):
                if not modal.isActiveWindow():
                    modal.activateWindow()  # as above: the window manager's job
                elif isinstance(modal, pending[0][0]):
                    modal.setProperty(_ANSWERED, True)
                    _, answer = pending.pop(0)
                    QTimer.singleShot(_POLL_MS, poll)  # the answer may open the next window
                    try:
                        answer(modal)
                    except BaseException as exc:  # reported after the block
                        problems.append(exc)
                        _close(modal)
                    return
            if time.monotonic() > deadline:
                problems.append(AssertionError(f"no {pending[0][0].__name__}; modal: {modal!r}"))
                if modal is not None:
                    _close(modal)
                return
            QTimer.singleShot(_POLL_MS, poll)

        QTimer.singleShot(0, poll)
        try:
            yield
        finally:
            over = True
        if problems:
            raise problems[0]
        assert not pending, f"never opened: {[kind.__name__ for kind, _ in pending]}"

    def _type_file_name(self, path: Path) -> Callable[[QWidget], None]:
        def answer(dialog: QWidget) -> None:
            line = dialog.findChild(QLineEdit, "fileNameEdit")
            assert line is not None and line.hasFocus()
            self.type_in(str(path))
            self.qtbot.keyClick(_keyboard(), Key.Key_Return)

        return answer

    # ------------------------------------------------------------------ before the meeting
    def import_programme(
        self,
        seed: Path,
        *,
        panellists: Mapping[str, Sequence[Panellist]] | None = None,
        moderators: Mapping[str, Panellist] | None = None,
    ) -> Programme:
        """Start screen, Ctrl+O, the seed's file name, Enter; in the programme editor, add the
        panels' moderators and panellists (the programme names none), then Ctrl+Enter keeps it
        and the console opens on the new meeting."""
        copy = self.tmp_path / seed.name
        shutil.copyfile(seed, copy)
        self.app = App(self.db, clock=self.clock, actor="Co-Chair")
        self.app.show_start()
        screen = self.app.start_screen
        assert screen is not None
        self.qtbot.addWidget(screen)
        self.qtbot.waitExposed(screen)
        panellists = dict(panellists or {})
        moderators = dict(moderators or {})

        def review_and_keep(editor: QWidget) -> None:
            assert isinstance(editor, ProgrammeEditor)
            assert editor.status.text() == "No changes yet."
            for segment_id in sorted({*panellists, *moderators}):
                self._edit_panel(
                    editor, segment_id, moderators.get(segment_id), panellists.get(segment_id, ())
                )
            assert editor.ok_button.isEnabled(), editor.reason()
            self.qtbot.keyClick(_keyboard(), Key.Key_Return, CTRL)  # keep

        with self.answering(
            (QFileDialog, self._type_file_name(copy)), (ProgrammeEditor, review_and_keep)
        ):
            self.press_in(screen, Key.Key_O, CTRL)  # Open programme file…
        console = self.app.console
        assert isinstance(console, ConsoleWindow)
        self._adopt(console)
        (meeting,) = self.db.list_meetings()
        self.meeting_id = meeting.id
        self.notes.panellists = {k: tuple(v) for k, v in panellists.items()}
        self.notes.moderators = moderators
        return self.programme

    def _edit_panel(
        self,
        editor: ProgrammeEditor,
        segment_id: str,
        moderator: Panellist | None,
        people: Sequence[Panellist],
    ) -> None:
        """Down the agenda tree to the panel, Tab to its moderator and panellists, type them."""
        self.tab_to(editor.tree, backwards=True)
        for _ in range(30):
            if editor.selected_id() == segment_id:
                break
            self.qtbot.keyClick(editor.tree, Key.Key_Down)
        assert editor.selected_id() == segment_id
        form = editor.segment_form
        self.tab_to(form.moderator)
        if moderator is not None:
            self.retype(moderator.line)
        self.tab_to(form.panellists)
        for n, person in enumerate(people):
            if n:
                self.qtbot.keyClick(form.panellists, Key.Key_Return)
            self.type_in(person.line)

    def register(self, people: Sequence[Person]) -> None:
        """Ctrl+I, then in the dialog Ctrl+O and the list's file name; the mapping is guessed and
        the report read; Tab off the "Choose a file…" button, Enter imports."""
        path = self.tmp_path / "registrations.csv"
        rows = ["Name;Organization;Stakeholder category;Participation;Gender"] + [
            f"{p.name};{p.organization};{p.category.label};"
            f"{'Online' if p.online else 'In person'};{p.gender}"
            for p in people
        ]
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")

        def import_list(dialog: QWidget) -> None:
            assert isinstance(dialog, RegistrationDialog)
            self.press_in(dialog, Key.Key_O, CTRL)  # Choose a file…
            self.activate(dialog)
            expected = f"{len(people)} participants to import from {path.name}."
            assert dialog.summary.text() == expected
            self.qtbot.keyClick(_keyboard(), Key.Key_Tab)
            self.qtbot.keyClick(_keyboard(), Key.Key_Return)  # Import

        with self.answering(
            (RegistrationDialog, import_list), (QFileDialog, self._type_file_name(path))
        ):
            self.press(Key.Key_I, CTRL)
        self.back_to_the_agenda()
        participants = queue_of(self.state).participants
        assert sorted(p.name for p in participants) == sorted(p.name for p in people)
        self.notes.registered = list(people)

    # ------------------------------------------------------------------ the agenda
    def back_to_the_agenda(self) -> None:
        """Ctrl+1: the keyboard on the agenda, where the single keys are the Co-Chair's. Done
        after each dialog: once a dialog closed, the offscreen platform has been seen to give the
        console's keyboard back to the add-speaker line (where "A" types a letter)."""
        self.press(Key.Key_1, CTRL)
        assert self.window.agenda.hasFocus()

    def start_sitting(self, title: str) -> None:
        """Space: the sitting starts with its first segment."""
        self.press(Key.Key_Space)
        self.notes.sittings.append([self.clock.now(), self.clock.now()])
        self._running(title)

    def next_segment(self, title: str) -> None:
        """N: this segment ends and the next starts."""
        self.press(Key.Key_N)
        self._running(title)

    def open_the_meeting(self) -> None:
        """10:00 Space: the Co-Chairs' opening remarks, their 15 minutes as planned; at 10:15 N
        gives the floor to the Secretariat's briefing."""
        self.until("10:00")
        self.start_sitting("The Co-Chairs of the Dialogue will deliver introductory remarks")
        self.until("10:15")
        self.next_segment("The Secretariat will provide an overview")

    def pause(self) -> None:
        """Space pauses the segment's clock (and Space again resumes it)."""
        self.press(Key.Key_Space)
        self.paused = not self.paused
        assert self.window.phase.text().startswith("Paused") == self.paused

    resume = pause

    def extend_five(self) -> None:
        """Shift+E: five more minutes for the segment."""
        self.press(Key.Key_E, SHIFT)

    def end_sitting(self) -> None:
        """Ctrl+E: the sitting (and the segment running) ends."""
        self.press(Key.Key_E, CTRL)
        now = self.clock.now()
        assert self.current is not None
        self.notes.ended[self.current] = now
        self.notes.sittings[-1][1] = now
        self.current = None
        self._floor_ends()  # with its sitting

    def _running(self, title: str) -> None:
        shown = self.window.segment_title.text()
        assert shown.startswith(title), shown
        now = self.clock.now()
        if self.current is not None:
            self.notes.ended[self.current] = now
        current = self.state.agenda.current  # the app's id of what the console shows
        assert current is not None
        self.current = current
        self.notes.started.setdefault(current, now)
        self.paused = False
        self._floor_ends()  # with its segment

    # ------------------------------------------------------------------ the speakers
    def request_floor(self, *people: Person) -> None:
        """For each: A (the keyboard goes to the add line), the name as the completer offers it,
        and Enter; the line then lets go of the keyboard, so the single keys are the Co-Chair's
        again; Ctrl+1 then puts it on the agenda."""
        for person in people:
            self.press(Key.Key_A)  # Add a speaker
            assert self.window.speakers.add_line.hasFocus()
            self.type_in(person.completion)
            self.press(Key.Key_Return)
            assert not self.window.error.isVisible(), self.window.error.text()
            assert not self.window.speakers.add_line.hasFocus()
            assert self.window.speakers.add_line.text() == ""
        self.back_to_the_agenda()

    def set_limit(self, text: str, seconds: int) -> None:
        """L, the time per speaker, Enter."""

        def answer(dialog: QWidget) -> None:
            self.retype(text)
            self.qtbot.keyClick(_keyboard(), Key.Key_Return)

        with self.answering((QInputDialog, answer)):
            self.press(Key.Key_L)
        self.back_to_the_agenda()
        assert self.current is not None
        self.limits[self.current] = seconds
        assert f"· limit {text} ·" in self.window.speakers.heading.text()

    def call_next(self, person: Person) -> None:
        """C: the first waiting speaker has the floor (whoever had it is done)."""
        self.press(Key.Key_C)
        name, _, words = self.floor_shown()
        assert name == person.name, (name, person.name)
        assert not words.startswith("Held"), words
        assert self.current is not None
        self._floor_ends()
        earlier = [
            t for t in self.notes.turns if t.person == person and t.segment_id == self.current
        ]
        if earlier:  # called back: their time so far is kept
            self.floor = earlier[-1]
            self.floor.held = False
        else:
            limit = self.limits.get(self.current, DEFAULT_LIMIT)
            self.floor = Turn(person, self.current, self.clock.now(), limit)
            self.notes.turns.append(self.floor)

    def _floor_ends(self) -> None:
        if self.floor is not None:
            self.floor.ended = self.clock.now()
            self.floor = None

    def take_questions(self, *asked: tuple[Person, float, str]) -> list[Noted]:
        """A Q&A's round of questions: each speaker called in turn, timed, their question
        captured; the last one finished."""
        noted = []
        for person, seconds, question in asked:
            self.call_next(person)
            self.advance(seconds)
            noted.append(self.capture(question))
        self.finish_speaker()
        return noted

    def hold(self) -> None:
        """H holds the speaker's clock (connection, interpretation); H again lets it run."""
        self.press(Key.Key_H)
        assert self.floor is not None
        self.floor.held = not self.floor.held
        assert self.floor_shown()[2].startswith("Held") == self.floor.held

    def finish_speaker(self) -> None:
        """X: the speaker has finished (after a point of order, the one it interrupted
        resumes)."""
        self.press(Key.Key_X)
        self._floor_ends()
        if self.interrupted is not None:
            self.floor, self.interrupted = self.interrupted, None
            self.floor.held = False
            assert self.floor_shown()[0] == self.floor.person.name
            return
        assert self.floor_shown()[0] == "Nobody has the floor"

    # ------------------------------------------------------------------ a fair floor
    def set_budget(self, category: Category, minutes: int) -> None:
        """In the speakers dock: the group chosen, its minutes typed, Enter."""
        box = self.window.speakers.fair
        box.group_box.setCurrentIndex(box.group_box.findData(category.value))
        self.activate(self.window)
        box.minutes.setFocus()
        self.retype(str(minutes))
        self.qtbot.keyClick(_keyboard(), Key.Key_Return)
        assert not self.window.error.isVisible(), self.window.error.text()
        assert f"{category.label}: " in self.budgets_shown(), self.budgets_shown()
        self.back_to_the_agenda()

    def budgets_shown(self) -> str:
        return self.window.speakers.fair.budgets.text()

    def balance(self) -> str:
        """Ctrl+B: the list balanced; what the status bar says of it."""
        self.press(Key.Key_B, CTRL)
        assert not self.window.error.isVisible(), self.window.error.text()
        return self.window.statusBar().currentMessage()

    def point_of_order(self, person: Person) -> None:
        """P, the name of who raises it, Enter: they have the floor at once (1:00); the speaker
        interrupted is held as they were."""

        def answer(dialog: QWidget) -> None:
            self.retype(person.completion)
            self.qtbot.keyClick(_keyboard(), Key.Key_Return)

        with self.answering((QInputDialog, answer)):
            self.press(Key.Key_P)
        assert not self.window.error.isVisible(), self.window.error.text()
        assert self.current is not None
        self.interrupted = self.floor
        if self.interrupted is not None:
            self.interrupted.held = True
        self.floor = Turn(person, self.current, self.clock.now(), 60, kind="Point of order")
        self.notes.turns.append(self.floor)
        assert self.floor_shown()[0] == f"Point of order: {person.name}"
        self.back_to_the_agenda()

    def defer_floor_speaker(self) -> None:
        """Ctrl+2 to the list, Ctrl+Home to the speaker on the floor (the top row), D: back to
        the end of those waiting, their time so far kept."""
        assert self.floor is not None
        self._select_speaker(self.floor.person)
        self.press(Key.Key_D)
        self._floor_ends()
        self.back_to_the_agenda()

    def withdraw(self, person: Person) -> None:
        """Ctrl+2, the arrows to the speaker, W: off the list."""
        self._select_speaker(person)
        self.press(Key.Key_W)
        assert (person.name, "withdrawn", "") in self.speakers_shown()
        self.notes.withdrawn.append(person)
        self.back_to_the_agenda()

    def _select_speaker(self, person: Person) -> None:
        self.press(Key.Key_2, CTRL)  # Go to the speakers
        table = self.window.speakers.table
        assert table.hasFocus()
        self.press(Key.Key_Home, CTRL)
        names = [row[0] for row in self.speakers_shown()]
        for _ in range(names.index(person.name)):
            self.press(Key.Key_Down)
        assert names[table.currentIndex().row()] == person.name

    # ------------------------------------------------------------------ the capture
    def capture(
        self,
        summary: str,
        *,
        speaker: Panellist | None = None,
        kind: InterventionKind | None = None,
        also_tags: Sequence[str] = (),
        questions: Sequence[tuple[str, int]] = (),
        answers: Sequence[str] = (),
    ) -> Noted:
        """Ctrl+3 to the capture pane, prefilled from the floor (or Shift+Tab back to type a
        panellist's name), the kind chosen with the arrows, tags, guiding questions and answered
        questions ticked with Space, the summary typed, Ctrl+Enter saves, Esc leaves the pane."""
        pane = self.window.capture
        self.press(Key.Key_3, CTRL)
        assert pane.summary.hasFocus()
        if speaker is not None:
            self.tab_to(pane.name, backwards=True)
            self.retype(speaker.name)
            self.tab_to(pane.organization)
            self.retype(speaker.organization)
        if kind is not None:
            self.press(Key.Key_K, ALT)  # &Kind
            assert pane.kind.hasFocus()
            self.press(Key.Key_Home)  # arrows, not letters: QTest types faster than the
            for _ in range(pane.kind.findData(kind)):  # combo's type-ahead tells words apart
                self.press(Key.Key_Down)
            assert pane.current_kind() is kind
        for segment_id in also_tags:
            self._tick_tag(segment_id)
        if questions:
            self.press(Key.Key_T, ALT)
            self.tab_to(pane.questions)
            for question in questions:
                self._tick(pane.questions, list(question))
        if answers:
            self.press(Key.Key_A, ALT)  # &Answers
            assert pane.answers.hasFocus()
            for question_id in answers:
                self._tick(pane.answers, question_id)
        self.press(Key.Key_3, CTRL)
        assert pane.summary.toPlainText() == self.unsaved
        if self.unsaved:  # begun before a restart and restored: go on at its end
            self.press(Key.Key_End, CTRL)
        self.type_in(summary)
        summary, self.unsaved = self.unsaved + summary, ""
        before = len(interventions_of(self.state).live())
        self.press(Key.Key_Return, CTRL)  # save
        live = interventions_of(self.state).live()
        assert len(live) == before + 1, self.window.error.text()
        self.press(Key.Key_Escape)  # leave the pane: the single keys are the Co-Chair's again
        assert not pane.summary.hasFocus()
        noted = self._noted(live[-1].id, summary, speaker, kind, also_tags, questions, answers)
        _assert_saved_as_noted(live[-1], noted)
        self.notes.interventions.append(noted)
        return noted

    def _noted(
        self,
        intervention_id: str,
        summary: str,
        speaker: Panellist | None,
        kind: InterventionKind | None,
        also_tags: Sequence[str],
        questions: Sequence[tuple[str, int]],
        answers: Sequence[str],
    ) -> Noted:
        assert self.current is not None
        in_qa = self.programme.segment(self.current).kind is SegmentKind.QA
        guessed = InterventionKind.QUESTION if in_qa else InterventionKind.STATEMENT
        common = {
            "id": intervention_id,
            "kind": kind or guessed,
            "tags": (self.current, *also_tags),
            "questions": tuple(questions),
            "summary": summary,
            "answers": tuple(answers),
        }
        if speaker is not None:
            return Noted(
                speaker=speaker.name,
                organization=speaker.organization,
                category="",
                attendance="",
                start=None,
                end=None,
                **common,  # type: ignore[arg-type]
            )
        turn = self.floor or self.notes.turns[-1]  # on the floor, or the last one heard
        person = turn.person
        return Noted(
            speaker=person.name,
            organization=person.organization,
            category=person.category.label,
            attendance=person.attendance.short,
            start=turn.start,
            end=self.clock.now() if turn is self.floor else turn.ended,
            **common,  # type: ignore[arg-type]
        )

    def _tick_tag(self, segment_id: str) -> None:
        """Alt+T, type the tag's name to filter, Tab to the tags, Space ticks it; then clear the
        filter."""
        pane = self.window.capture
        self.press(Key.Key_T, ALT)
        assert pane.tag_filter.hasFocus()
        self.retype(short_title(self.programme.segment(segment_id)))
        self.tab_to(pane.tags)
        assert pane.tags.currentItem().data(USER) == segment_id
        self.press(Key.Key_Space)
        assert pane.tags.currentItem().checkState() == Qt.CheckState.Checked
        assert self.window.phase.text().startswith("Paused") == self.paused
        self.press(Key.Key_T, ALT)
        self.retype("")
        self.press(Key.Key_Backspace)

    def _tick(self, checklist: QListWidget, data: object) -> None:
        """Home, Down to the row, Space ticks it."""
        rows = [checklist.item(r).data(USER) for r in range(checklist.count())]
        assert data in rows, (data, rows)
        self.press(Key.Key_Home)
        for _ in range(rows.index(data)):
            self.press(Key.Key_Down)
        self.press(Key.Key_Space)  # ticks the row; it does not pause the meeting
        assert checklist.currentItem().data(USER) == data
        assert checklist.currentItem().checkState() == Qt.CheckState.Checked
        assert self.window.phase.text().startswith("Paused") == self.paused

    def type_unsaved(self, text: str) -> None:
        """Ctrl+3 and begin a summary, not saved yet (the next :meth:`capture` goes on with it)."""
        self.press(Key.Key_3, CTRL)
        self.type_in(text)
        self.unsaved = text

    # ------------------------------------------------------------------ a restart
    def restart_app(self, *, down_for: float) -> None:
        """Ctrl+Q quits (the meeting is saved) and the store is closed. While the app is down for
        ``down_for`` seconds and the meeting goes on, another process reads the meeting from the
        file alone and must find what the console showed. Then the app starts again on the store
        reopened from its file, shows its recent meetings, and Enter reopens this one."""
        shown = store_reader.summary(self.state)
        self.press(Key.Key_Q, CTRL)
        assert not self.window.isVisible()
        self.db.close()
        child = subprocess.run(
            [sys.executable, "-m", "tests.e2e.store_reader", self.url, str(self.meeting_id)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert child.returncode == 0, child.stderr
        assert json.loads(child.stdout) == json.loads(json.dumps(shown, ensure_ascii=False))
        self.clock.advance(down_for)
        self._account(down_for)
        self.db = open_database(self.url, backups=False)
        self.app = App(self.db, clock=self.clock, actor="Co-Chair")
        self.app.show_start()
        screen = self.app.start_screen
        assert screen is not None
        self.qtbot.addWidget(screen)
        self.qtbot.waitExposed(screen)
        assert screen.meetings_model.rowCount() == 1
        self.activate(screen)
        assert screen.meetings.hasFocus()  # the meeting is selected: Enter opens it
        self.press_in(screen, Key.Key_Return)  # open the selected meeting
        console = self.app.console
        assert isinstance(console, ConsoleWindow) and console is not self.window
        self._adopt(console)

    def _adopt(self, console: ConsoleWindow) -> None:
        self.qtbot.addWidget(console)
        self.qtbot.waitExposed(console)
        self.activate(console)
        self.window = console

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        self.db.close()


def _keyboard() -> QWidget | None:
    """Where a key goes: an open popup (a completer's list) takes the keyboard, as the platform
    routes it; else the widget with the focus. (QTest sends to the widget it is given.)"""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def _close(modal: QWidget) -> None:
    if isinstance(modal, QDialog):
        modal.done(QDialog.DialogCode.Rejected)  # not reject(): it may ask to confirm
    else:
        modal.close()


def _assert_saved_as_noted(saved: Intervention, noted: Noted) -> None:
    """What Ctrl+Enter saved is what the keys were meant to enter."""
    assert saved.name == noted.speaker
    assert saved.organization == noted.organization
    assert saved.kind is noted.kind
    assert tuple(saved.tags) == noted.tags
    assert tuple((q.segment_id, q.index) for q in saved.questions) == noted.questions
    assert tuple(saved.answers) == noted.answers
    assert saved.summary == noted.summary


@pytest.fixture
def rehearsal(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[dt.date], Rehearsal]]:
    """``rehearsal(date)``: a fresh database and a fake clock at 09:45 in Vienna on that day."""
    made: list[Rehearsal] = []

    def make(day: dt.date) -> Rehearsal:
        made.append(Rehearsal(qtbot, tmp_path, day))
        return made[-1]

    yield make
    for rehearsal in made:
        rehearsal.close()
