"""A fair floor in the console (issue 21): the speakers dock's balance and budget controls, the
words of the budgets and of a balance, and the handlers of the keys that balance the list and
give the floor to a point of order or a right of reply.

Every visible string goes through Qt's translation (context ``FairFloor``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.agenda.timing import format_clock
from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.values import Category
from facilitator.core.queue.budgets import BudgetLine, budget_lines, budgets_of
from facilitator.core.queue.floor_events import BalanceMeasure, SpeakersBalanced
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.values import TurnKind
from facilitator.ui import words
from facilitator.ui.fair_floor_words import _MEASURES, kind_label, tr

if TYPE_CHECKING:
    from facilitator.core.journal.record import EventRecord
    from facilitator.session import MeetingSession
    from facilitator.ui.console import ConsoleWindow


# ============================================================================ words
def budget_line_words(line: BudgetLine) -> str:
    """ "NGO: 12:30 of 40:00 used, 27:30 left, a limit of 3:15 fits" or "Academia: over budget by
    2:10 (27:10 of 25:00)"."""
    group = words.category(line.group)
    used, budget = format_clock(line.used_seconds), format_clock(line.budget_seconds)
    if line.over:
        return (
            QCoreApplication.translate("FairFloor", "%1: over budget by %2 (%3 of %4)")
            .replace("%1", group)
            .replace("%2", format_clock(-line.left_seconds))
            .replace("%3", used)
            .replace("%4", budget)
        )
    text = (
        QCoreApplication.translate("FairFloor", "%1: %2 of %3 used, %4 left")
        .replace("%1", group)
        .replace("%2", used)
        .replace("%3", budget)
        .replace("%4", format_clock(line.left_seconds))
    )
    if line.waiting:
        if line.fitting_limit_seconds is not None:
            text += (
                QCoreApplication.translate("FairFloor", ", a limit of %1 fits the %2 waiting")
                .replace("%1", format_clock(line.fitting_limit_seconds))
                .replace("%2", str(line.waiting))
            )
        else:
            text += QCoreApplication.translate(
                "FairFloor", ", no limit fits the %1 waiting"
            ).replace("%1", str(line.waiting))
    return text


def budgets_words(lines: tuple[BudgetLine, ...]) -> str:
    if not lines:
        return QCoreApplication.translate("FairFloor", "No time budgets for this segment.")
    return QCoreApplication.translate("FairFloor", "Budgets: %1").replace(
        "%1", " · ".join(budget_line_words(b) for b in lines)
    )


def _heard_amount(measure: BalanceMeasure, amount: int) -> str:
    shown = str(amount) if measure is BalanceMeasure.TURNS else format_clock(amount)
    return QCoreApplication.translate("FairFloor", "%1 heard").replace("%1", shown)


def balance_words(event: SpeakersBalanced) -> str:
    """Why the list has this order: "NGO next: 2 heard against 5 for Academia"."""
    group = words.category(event.next_group)
    heard = _heard_amount(event.measure, event.next_heard)
    if event.most_group is None:
        return (
            QCoreApplication.translate("FairFloor", "%1 next: %2, the only group waiting")
            .replace("%1", group)
            .replace("%2", heard)
        )
    most = (
        str(event.most_heard)
        if event.measure is BalanceMeasure.TURNS
        else format_clock(event.most_heard)
    )
    return (
        QCoreApplication.translate("FairFloor", "%1 next: %2 against %3 for %4")
        .replace("%1", group)
        .replace("%2", heard)
        .replace("%3", most)
        .replace("%4", words.category(event.most_group))
    )


# ============================================================================ the dock's controls
class FairFloorBox(QWidget):
    """Below the list: balance it (by turns or by speaking time), and the segment's budgets per
    stakeholder group, set here, with their time used and left."""

    balance_requested = Signal(str)  # a BalanceMeasure value
    budget_requested = Signal(str, int)  # a Category value, seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fairFloor")
        self.measure_box = QComboBox()
        self.measure_box.setObjectName("balanceMeasure")
        for measure, text in _MEASURES.items():
            self.measure_box.addItem(tr(text), measure.value)
        self.measure_box.setAccessibleName(QCoreApplication.translate("FairFloor", "Balance by"))
        self.balance_button = QPushButton(
            QCoreApplication.translate("FairFloor", "Balance the list")
        )
        self.balance_button.setObjectName("balanceList")
        self.balance_button.setToolTip(
            QCoreApplication.translate(
                "FairFloor", "Put the stakeholder group least heard so far next (Ctrl+B)"
            )
        )
        self.balance_button.clicked.connect(lambda: self.balance_requested.emit(self.measure()))
        self.group_box = QComboBox()
        self.group_box.setObjectName("budgetGroup")
        for category in Category:
            self.group_box.addItem(words.category(category), category.value)
        self.group_box.setAccessibleName(
            QCoreApplication.translate("FairFloor", "Stakeholder group")
        )
        self.minutes = QSpinBox()
        self.minutes.setObjectName("budgetMinutes")
        self.minutes.setRange(0, 480)
        self.minutes.setSuffix(QCoreApplication.translate("FairFloor", " min"))
        self.minutes.setAccessibleName(
            QCoreApplication.translate("FairFloor", "Budget in minutes (0: none)")
        )
        self.set_button = QPushButton(QCoreApplication.translate("FairFloor", "Set budget"))
        self.set_button.setObjectName("setBudget")
        self.set_button.setToolTip(
            QCoreApplication.translate(
                "FairFloor", "The group's speaking time for this segment (0: no budget)"
            )
        )
        self.set_button.clicked.connect(
            lambda: self.budget_requested.emit(self.group(), self.minutes.value() * 60)
        )
        # Enter in the minutes sets the budget too (the keyboard's way: Space is Start/pause).
        self.minutes.lineEdit().returnPressed.connect(self.set_button.click)
        self.group_box.currentIndexChanged.connect(self._show_budget)
        self.budgets = QLabel()
        self.budgets.setObjectName("budgetWords")
        self.budgets.setWordWrap(True)
        self.budgets.setAccessibleName(QCoreApplication.translate("FairFloor", "Time budgets"))
        balance = QHBoxLayout()
        balance.addWidget(QLabel(QCoreApplication.translate("FairFloor", "Balance by")))
        balance.addWidget(self.measure_box)
        balance.addWidget(self.balance_button)
        balance.addStretch(1)
        budget = QHBoxLayout()
        budget.addWidget(QLabel(QCoreApplication.translate("FairFloor", "Budget")))
        budget.addWidget(self.group_box, 1)
        budget.addWidget(self.minutes)
        budget.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(balance)
        layout.addLayout(budget)
        layout.addWidget(self.budgets)
        self._current: dict[Category, int] = {}

    def measure(self) -> str:
        return str(self.measure_box.currentData())

    def group(self) -> str:
        return str(self.group_box.currentData())

    def _show_budget(self) -> None:
        self.minutes.setValue(self._current.get(Category(self.group()), 0) // 60)

    def refresh(self, state: MeetingState, now: dt.datetime, segment_id: str | None) -> None:
        lines = budget_lines(state, segment_id, now)
        text = budgets_words(lines) if segment_id is not None else ""
        if self.budgets.text() != text:
            self.budgets.setText(text)
        current = budgets_of(state).of(segment_id) if segment_id is not None else {}
        if current != self._current:
            self._current = current
            if not self.minutes.hasFocus():
                self._show_budget()


# ======================================================================= the console's handlers
def install(window: ConsoleWindow) -> None:
    """Connect the dock's controls to the meeting."""
    box = window.speakers.fair
    box.balance_requested.connect(lambda measure: balance(window, measure))
    box.budget_requested.connect(lambda group, seconds: set_budget(window, group, seconds))


def balance(window: ConsoleWindow, measure: str | None = None) -> None:
    """Ctrl+B: balance the list in view; the status bar says why the order is what it is."""
    chosen = BalanceMeasure(measure or window.speakers.fair.measure())
    done: list[EventRecord] = []

    def run(s: MeetingSession) -> None:
        done.append(s.balance_list(chosen))

    if window.controller.act(run) and done:
        event = SpeakersBalanced.from_payload(done[0].payload)
        window.statusBar().showMessage(balance_words(event), 10000)


def set_budget(window: ConsoleWindow, group: str, seconds: int) -> None:
    segment_id = list_in_view(window.controller.state)  # the dock's list
    category = Category(group)
    window.controller.act(lambda s: s.set_budget(category, seconds, segment_id))


def ask_who(window: ConsoleWindow, kind: TurnKind) -> str | None:
    """Who raises the point of order (or asks for the right of reply): a participant's id, ""
    when not named (Enter at once), None when cancelled."""
    queue = queue_of(window.controller.state)
    not_named = QCoreApplication.translate("FairFloor", "(not named)")
    names = sorted((p.display for p in queue.participants), key=str.casefold)
    text, ok = QInputDialog.getItem(
        window,
        kind_label(kind),
        QCoreApplication.translate("FairFloor", "Who has the floor?"),
        [not_named, *names],
        0,
        True,
    )
    if not ok:
        return None
    text = text.strip()
    if not text or text == not_named:
        return ""
    found = window.speakers.participant_for(window.speakers.resolve(text))
    return found if found is not None else ""


def interject(window: ConsoleWindow, kind: TurnKind) -> None:
    """P or Y: give the floor at once to a point of order or a right of reply; the speaker it
    interrupts resumes when it is finished (X)."""
    who = ask_who(window, kind)
    if who is None:
        return
    if kind is TurnKind.POINT_OF_ORDER:
        ok = window.controller.act(lambda s: s.point_of_order(who))
    else:
        ok = window.controller.act(lambda s: s.right_of_reply(who))
    if ok:
        queue = queue_of(window.controller.state)
        back = queue.interrupted
        found = queue.entry(back.segment_id, back.entry_id) if back is not None else None
        text = kind_label(kind)
        if found is not None:
            text = (
                QCoreApplication.translate("FairFloor", "%1: %2 resumes after it (X)")
                .replace("%1", text)
                .replace("%2", queue.name(found[1].participant_id))
            )
        window.statusBar().showMessage(text, 10000)
