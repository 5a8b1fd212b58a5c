"""The Co-Chairs' console: where are we, how long has this segment got, are we late, what next.

Layout: the day bar across the top (local time, offset, projected end of the sitting, next
segment), the current segment with its big clock in the middle, the controls below it, and the
agenda in a dock. Every control is a QAction with a keyboard shortcut shown in its menu entry and
tooltip. A QTimer only asks the views to repaint; every time shown is computed from the journal and
the clock.

Two paths update what is shown, and each does only its share. After an event
(:meth:`ConsoleWindow._show_changes`), each view is told what changed
(:class:`~facilitator.core.fold.changes.Changes`) and updates only if it concerns it, by rows.
Each second (:meth:`ConsoleWindow.refresh_clock`), only what the clock moves is repainted: the
day bar, the big clock, the running segment's row, the speaker's clock and the queue figures.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.agenda.schedule import schedule
from facilitator.core.board import Board, build_board
from facilitator.core.fold.changes import Changes, what_changed
from facilitator.core.fold.state import MeetingState
from facilitator.seat import Role
from facilitator.ui import actions, words
from facilitator.ui.agenda_model import AgendaModel
from facilitator.ui.button_flow import ButtonFlow
from facilitator.ui.colours import colours, with_selection
from facilitator.ui.controller import MeetingController
from facilitator.ui.first_paint import FirstPaintWatcher
from facilitator.ui.help import add_help_menu
from facilitator.ui.key_text import Shortcut, keys_text, plain_text
from facilitator.ui.relanguage import language_menu, switch_console_language
from facilitator.ui.screen_fit import fit_to_screen, room_for
from facilitator.ui.settings import app_settings
from facilitator.ui.widgets import BigClock, PhaseBadge, Steady, elided_label

if TYPE_CHECKING:
    from facilitator.session import MeetingSession
    from facilitator.ui.capture import CapturePane
    from facilitator.ui.export_dialog import ExportDialog
    from facilitator.ui.review import ReviewPanel
    from facilitator.ui.room_display import RoomDisplay

TICK_MS = 250
#: Words of a banner: as they are, or a function that says them in the interface's language.
Words = str | Callable[[], str]


class ConsoleWindow(QMainWindow):
    """The main window during a meeting."""

    closed = Signal()
    programme_edit_requested = Signal()
    meetings_requested = Signal()
    rehearsal_requested = Signal()
    #: The console built again in another language (View → Language), which takes this one's
    #: place on the same controller (ui/relanguage.py); whoever wired this one wires it too.
    replaced = Signal(object)

    def __init__(
        self,
        controller: MeetingController,
        *,
        title: str | None = None,
        rehearsal: Words | None = None,
        read_only: Words | None = None,
        joined: bool = False,
    ) -> None:
        """``rehearsal``: the words of the banner of a practice copy (see facilitator.rehearsal);
        ``read_only``: the words of the banner of a meeting opened read-only (a damaged one, up
        to its damage); both None for the real meeting at work, and either a function that says
        them in the interface's language (called again for a console built in another one).
        ``joined``: a seat joined on a server, whose events are recorded under the name and role
        given when joining, not this computer's saved seat name."""
        super().__init__()
        self.controller = controller
        # How it was built, to build it again in another language (:meth:`successor`).
        self._built_with = functools.partial(
            type(self), title=title, rehearsal=rehearsal, read_only=read_only, joined=joined
        )
        self.rehearsal = rehearsal() if callable(rehearsal) else rehearsal
        self.read_only = read_only() if callable(read_only) else read_only
        self.setObjectName("ConsoleWindow")
        self.setWindowTitle(title or self.tr("Facilitator — console"))
        self.room_display: RoomDisplay | None = None
        self.export_dialog: ExportDialog | None = None
        self.database_label: str | None = None  # for Help → About; the app sets it
        self._shown_key: tuple[int, int] | None = None
        self._shown_state: MeetingState | None = None  # the state the views show
        self._capture_state: MeetingState | None = None  # the state the capture pane follows
        self.actions_by_name: dict[str, QAction] = {}
        self._capture: CapturePane | None = None
        self._review: ReviewPanel | None = None
        self.connection_why = ""  # why the seat is not following the others ("": it is)
        self._retired = False
        self._build_central()
        self._build_agenda_dock()
        self._build_speakers_dock()
        saved_name = app_settings().value("seat/name")
        if isinstance(saved_name, str) and saved_name and not joined:
            controller.session.actor = saved_name
        self._build_rapporteur_docks()
        self._build_actions()
        self._build_menus_and_controls()
        self.statusBar().setSizeGripEnabled(True)
        controller.changed.connect(self._show_changes)
        controller.failed.connect(self.show_error)
        controller.following.connect(self.show_connection)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh_clock)
        self._timer.start()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(controller.backup_if_due)
        self._backup_timer.start()
        self._offset_colour: QColor | None = None
        self._colours_dark: bool | None = None
        self.apply_colours()
        self._colours_dark = colours(self.palette()).dark
        self._state_changed(controller.state)  # the words first: they make the centre's size
        self._restore_layout()
        # The rapporteur's panes (hidden at start) are built once the console is on the screen.
        FirstPaintWatcher(self, self._build_rapporteur_panes)

    # ------------------------------------------------------------------------------ building
    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.rehearsal_banner = rehearsal_banner(self.rehearsal, read_only=self.read_only)
        layout.addWidget(self.rehearsal_banner)
        # Issue 18: a seat that cannot follow the others says so at once, in the same amber band
        # (its clocks keep running from the journal it has; what is typed stays local).
        self.connection_banner = rehearsal_banner(None)
        self.connection_banner.setObjectName("connectionBanner")
        self.connection_banner.setStyleSheet(
            self.connection_banner.styleSheet().replace("#rehearsalBanner", "#connectionBanner")
        )
        layout.addWidget(self.connection_banner)

        day = QFrame()
        day.setObjectName("dayBar")
        self.day_bar = day
        day_layout = QHBoxLayout(day)
        day_layout.setContentsMargins(12, 8, 12, 8)
        self.local_time = elided_label(1.6, bold=True)
        self.local_time.setWordWrap(False)
        self.local_time.setAccessibleName(self.tr("Time in the meeting's time zone"))
        self.offset = elided_label(1.4, bold=True)  # wraps ("12 min / behind") when narrow
        self.offset.setAccessibleName(self.tr("Running offset"))
        right = QVBoxLayout()
        self.sitting = elided_label(1.05)
        self.next_segment = elided_label(1.05)
        right.addWidget(self.sitting)
        right.addWidget(self.next_segment)
        day_layout.addWidget(Steady(self.local_time))
        day_layout.addSpacing(24)
        day_layout.addWidget(self.offset, 2)  # shares the width with the sitting's words, and
        day_layout.addSpacing(24)  # the bar grows as tall as its wrapped words need
        day_layout.addLayout(right, 3)
        day.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(day)

        self.item_title = elided_label(1.15)
        self.segment_title = elided_label(1.9, bold=True)
        self.segment_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.clock = BigClock(opaque=True)
        self.phase = PhaseBadge()
        self.used = QLabel()
        self.used.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        layout.addWidget(self.item_title)
        layout.addWidget(self.segment_title)
        layout.addWidget(self.clock, 1)
        phase_row = QHBoxLayout()
        phase_row.addWidget(Steady(self.phase), 1)
        phase_row.addSpacing(16)
        phase_row.addWidget(Steady(self.used))
        layout.addLayout(phase_row)
        layout.addWidget(self.progress)
        self.controls = ButtonFlow()
        layout.addWidget(self.controls)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCentralWidget(central)

    def _build_agenda_dock(self) -> None:
        self.agenda_model = AgendaModel(self.controller.state, self.controller.now())
        self.agenda = QTreeView()
        self.agenda.setObjectName("agendaTree")
        self.agenda.setModel(self.agenda_model)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        header = self.agenda.header()
        # Sized to the contents once per shape, not on every tick: a ResizeToContents column
        # re-reads every row of the model on each dataChanged.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.agenda_model.modelReset.connect(self._size_agenda_columns)
        header.setMinimumSectionSize(40)
        self.agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda.setIndentation(14)
        self.agenda.expandAll()
        self.agenda.viewport().installEventFilter(self)
        self._size_agenda_columns()
        self.agenda.activated.connect(self._agenda_activated)
        self.agenda_model.modelReset.connect(self.agenda.expandAll)
        dock = QDockWidget(self.tr("Agenda"), self)
        dock.setObjectName("agendaDock")
        dock.setWidget(self.agenda)
        dock.setMinimumWidth(240)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.agenda_dock = dock

    def _build_speakers_dock(self) -> None:
        from facilitator.ui.speakers import SpeakersPanel

        self.speakers = SpeakersPanel()
        self.speakers.add_requested.connect(self.add_speaker)
        self.speakers.table.doubleClicked.connect(lambda _index: self.call_selected())
        self.speakers.model.move_requested.connect(
            lambda entry, position: self.controller.act(lambda s: s.move_speaker(entry, position))
        )
        dock = QDockWidget(self.tr("Speakers"), self)
        dock.setObjectName("speakersDock")
        dock.setWidget(self.speakers)
        dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.speakers_dock = dock
        from facilitator.ui import fair_floor

        fair_floor.install(self)

    def _build_rapporteur_docks(self) -> None:
        """The docks of the capture pane and the interventions list. The Co-Chairs' console starts
        without them; a rapporteur opens them (Ctrl+3, Ctrl+4) and the layout is kept from then on.
        Their panes are built after the first paint (see :meth:`_build_rapporteur_panes`)."""
        dock = QDockWidget(self.tr("Capture"), self)
        dock.setObjectName("captureDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.capture_dock = dock
        review = QDockWidget(self.tr("Interventions"), self)
        review.setObjectName("reviewDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, review)
        self.tabifyDockWidget(dock, review)
        dock.raise_()
        self.review_dock = review
        dock.hide()
        review.hide()
        for shell in (dock, review):  # shown before the first paint (a kept layout): built now
            shell.visibilityChanged.connect(self._rapporteur_dock_shown)

    def _rapporteur_dock_shown(self, visible: bool) -> None:
        """A rapporteur's dock shown (the View menu, a kept layout): its panes are built, and the
        review catches up with what it missed while hidden. Not from within the dock's own
        showing: filling a dock whose layout Qt is laying out crashed (Ctrl+3 before the first
        paint had built the panes); so from the event loop, at once after."""
        if visible:
            QTimer.singleShot(0, self._rapporteur_dock_settled)

    def _rapporteur_dock_settled(self) -> None:
        self._build_rapporteur_panes()
        if self.capture_dock.isVisible():
            self._follow_capture()
        if self._review is not None and self.review_dock.isVisible():
            self._review.show_state(self.controller.state)  # what it missed while hidden

    @property
    def capture(self) -> CapturePane:
        """The capture pane (built on first use, if the first paint has not built it yet), up to
        date (see :meth:`_follow_capture`)."""
        if self._capture is None:
            self._build_rapporteur_panes()
        assert self._capture is not None
        self._follow_capture()
        return self._capture

    @property
    def capture_pane(self) -> CapturePane | None:
        """The capture pane if it has been built, as it is (no catching up)."""
        return self._capture

    @property
    def review(self) -> ReviewPanel:
        """The interventions list (built on first use, as the capture pane), up to date: while its
        dock is hidden it does not follow each event, and catches up when shown or asked for."""
        if self._review is None:
            self._build_rapporteur_panes()
        assert self._review is not None
        self._review.show_state(self.controller.state)
        return self._review

    def _build_rapporteur_panes(self) -> None:
        """Fill the capture and interventions docks, once: after the console's first paint, or as
        soon as something needs them."""
        if self._capture is not None:
            return
        # Start-up: these modules are 6–8 ms, the panes 14 ms more, after the console's first paint.
        from PySide6.QtWidgets import QScrollArea

        from facilitator.ui.capture import CapturePane
        from facilitator.ui.review import ReviewPanel

        capture = CapturePane(self.controller)
        self._capture = capture
        capture.saved.connect(lambda message: self.statusBar().showMessage(message, 5000))
        scroller = QScrollArea()  # never forces the window taller than the screen
        scroller.setWidget(capture)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.capture_dock.setWidget(scroller)
        review = ReviewPanel()
        self._review = review
        review.edit_requested.connect(self._edit_intervention)
        self.review_dock.setWidget(review)
        targets: dict[actions.Context, tuple[QWidget, Qt.ShortcutContext]] = {
            "capture": (capture, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            "review": (review.table, Qt.ShortcutContext.WidgetShortcut),
        }
        for context, (widget, scope) in targets.items():
            for spec in actions.in_context(context):
                for keys in spec.keys:
                    QShortcut(QKeySequence(keys), widget, self._runner(spec), context=scope)
        review.table.setPalette(with_selection(self.palette(), colours(self.palette())))
        review.show_state(self.controller.state)
        if not capture.restore_draft():
            capture.new_from_floor(focus=False)
            capture._dirty = False
        self._capture_state = self.controller.state
        if self.isVisible():  # measured with the panes in them now
            self._fit_docks(room_for(self).size())

    def choose_name(self) -> None:
        """The rapporteur's (or Co-Chair's) name, kept in the settings and recorded with every
        event from this seat from now on."""
        from facilitator.ui.prompts import ask_name  # start-up: 3–7 ms

        name = ask_name(self, self.controller.session.actor)
        if name is not None:
            self.set_actor(name)

    def set_actor(self, name: str) -> None:
        settings = app_settings()
        settings.setValue("seat/name", name)
        settings.sync()
        self.controller.session.actor = name
        self.statusBar().showMessage(self.tr("Recorded as: {0}").format(name), 5000)

    def _edit_intervention(self, intervention_id: str) -> None:
        self._build_rapporteur_panes()
        self.capture_dock.show()
        self.capture_dock.raise_()
        self.capture.edit(intervention_id)

    def delete_intervention(self) -> None:
        selected = self.review.selected()
        if selected is None:
            self.show_error(self.tr("Select an intervention in the list first."))
        else:
            self.controller.act(lambda s: s.delete_intervention(selected))

    def request_rehearsal(self) -> None:
        self.rehearsal_requested.emit()

    def request_programme_edit(self) -> None:
        self.programme_edit_requested.emit()

    def focus_agenda(self) -> None:
        self.agenda.setFocus()

    def focus_speakers(self) -> None:
        self.speakers.table.setFocus()

    def focus_capture(self) -> None:
        self._build_rapporteur_panes()  # before the dock shows (see _rapporteur_dock_shown)
        self.capture_dock.show()
        self.capture_dock.raise_()
        self.capture.summary.setFocus()

    def focus_review(self) -> None:
        self._build_rapporteur_panes()
        self.review_dock.show()
        self.review_dock.raise_()
        self.review.text.setFocus()

    def _size_agenda_columns(self) -> None:
        metrics = self.agenda.fontMetrics()
        widths = {1: "00:00 000′", 2: "00:00 0:00:00", 3: "in progress"}
        self._agenda_widths = {
            column: metrics.horizontalAdvance(sample) + 18 for column, sample in widths.items()
        }
        for column, width in self._agenda_widths.items():
            self.agenda.setColumnWidth(column, width)
        self._fit_agenda_columns()

    def _fit_agenda_columns(self) -> None:
        """In a narrow dock the titles matter most: hide the actual times (and then the planned
        ones) rather than squeeze the titles away."""
        width = self.agenda.viewport().width()
        metrics = self.agenda.fontMetrics()
        title_room = metrics.horizontalAdvance("Standing item 1: Role of") + 40
        planned, actual, state = (self._agenda_widths[c] for c in (1, 2, 3))
        for column, hide in (
            (2, width < title_room + planned + actual + state),
            (1, width < title_room + planned + state),
        ):
            if hide != self.agenda.isColumnHidden(column):
                self.agenda.setColumnHidden(column, hide)
                if not hide:
                    self.agenda.setColumnWidth(column, self._agenda_widths[column])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.agenda.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_agenda_columns()
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        """A QAction for each action of the table that works anywhere in the window (see
        :mod:`facilitator.ui.actions`): its keys, its tooltip with the keys, its status tip."""
        for spec in actions.in_context("window"):
            action = QAction(_tr(spec.text), self)
            action.setObjectName(spec.name)
            action.setShortcuts([QKeySequence(keys) for keys in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = _tr(spec.tip)
            keys = keys_text(spec.keys)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            if spec.button:
                # The control buttons show a short name and the key: the keys are learnt by sight.
                action.setIconText(f"{_tr(spec.button)}\n{keys_text(spec.keys[:1])}")
            action.setStatusTip(tip)
            action.triggered.connect(self._runner(spec))
            self.addAction(action)
            self.actions_by_name[spec.name] = action

    def _runner(self, spec: actions.ConsoleAction) -> Callable[[], None]:
        def run() -> None:
            spec.handler(self)

        return run

    def shortcut_rows(self) -> list[Shortcut]:
        """The keyboard-shortcuts sheet's rows: every action of the table that has keys, where it
        is (its menu, or where its keys work), what it does, and its keys."""
        rows: list[Shortcut] = []
        for spec in actions.ACTIONS:
            if spec.keys:
                where = _tr(spec.menu) if spec.menu else _tr(actions.CONTEXT_WORDS[spec.context])
                rows.append((plain_text(where), plain_text(_tr(spec.text)), keys_text(spec.keys)))
        return rows

    def _build_menus_and_controls(self) -> None:
        a = self.actions_by_name
        view_menu = None
        for title in actions.MENUS:
            menu = self.menuBar().addMenu(_tr(title))
            for spec in actions.in_menu(title):
                if spec.separator:
                    menu.addSeparator()
                menu.addAction(a[spec.name])
            view_menu = menu
        self.help_actions = add_help_menu(self, lambda: self.database_label, self.shortcut_rows)
        assert view_menu is not None
        menu = view_menu
        menu.addAction(self.agenda_dock.toggleViewAction())  # the View menu
        menu.addAction(self.speakers_dock.toggleViewAction())
        menu.addAction(self.capture_dock.toggleViewAction())
        menu.addAction(self.review_dock.toggleViewAction())
        self.screen_menu = menu.addMenu(self.tr("Room display &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.language_menu = language_menu(menu, self.switch_language)
        rapporteur = self.controller.session.role is Role.RAPPORTEUR
        for name in actions.CONTROL_BUTTONS:
            if rapporteur and name not in ("undo", "redo"):
                # The agenda's and the floor's buttons are the Co-Chairs' (their keys are refused
                # at a rapporteur's seat, in words); its own undo and redo stay.
                continue
            button = QToolButton()
            button.setDefaultAction(a[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.controls.add(button)

    # ------------------------------------------------------------------------------ updating
    def _state_changed(self, state: MeetingState) -> None:
        """Show ``state``: what changed since the state shown (everything, the first time)."""
        self._show(what_changed(self._shown_state, state))

    def _show_changes(self, changes: Changes) -> None:
        """The controller's news of an event (worked out again if the views missed one)."""
        if changes.old is not self._shown_state:
            changes = what_changed(self._shown_state, changes.new)
        self._show(changes)

    def _show(self, changes: Changes) -> None:
        """Update each view for what changed, and only the views it concerns."""
        state = changes.new
        self._shown_state = state
        self.error.hide()
        if self._capture is not None and self.capture_dock.isVisible():
            self._follow_capture(changes)
        now = self.controller.now()  # first: a jump of the clock is journaled, then folded
        if self.controller.state is not state:
            return  # the jump was journaled: its own news has shown the newer state
        plan = schedule(state, now)
        board = build_board(state, now, plan=plan)
        self._shown_key = (state.last_seq, int(now.timestamp()))
        self.show_board(board)
        if changes.agenda or changes.programme:
            self.agenda_model.refresh(state, now, plan)
        else:
            self.agenda_model.refresh_time(state, now, plan)
        self.speakers.show_state(state, now, board, plan)
        if self._review is not None and self.review_dock.isVisible():
            self._review.show_state(state, changes)
        if self.room_display is not None and self.room_display.isVisible():
            self.room_display.show_board(board)
        if changes.undo:
            self._show_undo()
        if changes.agenda:
            self._show_agenda_position(state)

    def _show_undo(self) -> None:
        """The Edit menu's undo, redo and another seat's step, for this seat (undo per seat)."""
        seat = self.controller.session.seat_undo()
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(seat.undo_label is not None)
        undo.setText(
            self.tr("Undo: {0}").format(words.undo_action(seat.undo_label))
            if seat.undo_label
            else self.tr("&Undo")
        )
        redo.setEnabled(seat.redo_label is not None)
        redo.setText(
            self.tr("Redo: {0}").format(words.undo_action(seat.redo_label))
            if seat.redo_label
            else self.tr("&Redo")
        )
        other = self.actions_by_name["undo_other"]
        other.setEnabled(seat.other is not None)
        other.setText(
            self.tr("Undo {0}’s step: {1}…").format(seat.other[2], words.undo_action(seat.other[1]))
            if seat.other is not None
            else self.tr("Undo another seat's step…")
        )

    def undo_other_seat(self) -> None:
        """Offer the latest step of another seat by name, with who took it; undo it if the user
        says so (never silently)."""
        from facilitator.ui.prompts import confirm_undo_other

        other = self.controller.session.seat_undo().other
        if other is None:
            self.show_error(self.tr("No other seat has a step to undo."))
            return
        seq, label, who = other
        if confirm_undo_other(self, who, words.undo_action(label)):
            self.controller.act(lambda s: s.undo_step(seq))

    def _follow_capture(self, changes: Changes | None = None) -> None:
        """The capture pane follows the meeting: its draft read once the store is open, and the
        next intervention prefilled from the floor while nothing is typed. While its dock is
        hidden it does not follow each event; it catches up when shown or asked for."""
        capture = self._capture  # None until built (after the first paint): nothing to follow
        state = self.controller.state
        if capture is None or self._capture_state is state:
            return
        if changes is None or changes.old is not self._capture_state or changes.new is not state:
            changes = what_changed(self._capture_state, state)
        self._capture_state = state
        if capture.editing is None and not capture.summary.toPlainText().strip():
            capture.follow_floor(changes)  # nothing typed yet: follow the floor

    def _show_agenda_position(self, state: MeetingState) -> None:
        toggle = self.actions_by_name["toggle"]
        agenda = state.agenda
        if agenda.current is None:
            toggle.setText(self.tr("&Start"))
        elif agenda.paused:
            toggle.setText(self.tr("&Resume"))
        else:
            toggle.setText(self.tr("&Pause"))
        current = agenda.current
        if current is not None:
            index = self.agenda_model.index_of(current)
            if index.isValid():
                self.agenda.setCurrentIndex(index)
                self.agenda.scrollTo(index)

    def refresh_clock(self) -> None:
        """Repaint what the clock moves (the timer's tick), from the state and the clock's now;
        the views follow the state too if it is not the one they show."""
        now = self.controller.now()  # first: a jump of the clock is journaled, then folded
        state = self.controller.state
        if state is not self._shown_state:
            self._state_changed(state)
            return
        key = (state.last_seq, int(now.timestamp()))
        if key == self._shown_key:
            return  # the timer ticks four times a second; what is shown changes once
        self._shown_key = key
        plan = schedule(state, now)
        board = build_board(state, now, plan=plan)
        self.show_board(board)
        self.agenda_model.refresh_time(state, now, plan)
        self.speakers.show_state(state, now, board, plan)
        if self.room_display is not None and self.room_display.isVisible():
            self.room_display.show_board(board)

    def apply_colours(self) -> None:
        """The colours of the system palette's kind, light or dark (see ui/colours.py); again
        whenever the palette changes (the user switches the desktop's theme)."""
        roles = colours(self.palette())
        self.day_bar.setStyleSheet(
            f"QFrame#dayBar {{ background: {roles.panel.name()}; border-radius: 8px; }}"
            f" QLabel {{ color: {roles.panel_text.name()}; }}"
        )
        self.item_title.setStyleSheet(f"color: {roles.muted.name()};")
        self.error.setStyleSheet(
            f"QLabel {{ background: {roles.error_background.name()};"
            f" color: {roles.error_text.name()}; border: 1px solid {roles.error_border.name()};"
            " border-radius: 6px; padding: 6px; }"
        )
        self.speakers.apply_colours(roles)
        views = [self.agenda, self.speakers.table]
        if self._review is not None:
            views.append(self._review.table)
        for view in views:
            view.setPalette(with_selection(self.palette(), roles))
        self._offset_colour = None  # repainted with the new roles at the next tick
        self._shown_key = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._colours_dark is not None:
            dark = colours(self.palette()).dark
            if dark != self._colours_dark:
                self._colours_dark = dark
                self.apply_colours()
                self.refresh_clock()

    def show_board(self, board: Board) -> None:
        self.local_time.setText(f"{board.local_time} {board.zone_name}".strip())
        self.offset.setText(words.day_words(board))
        roles = colours(self.palette())
        colour = roles.behind if board.offset_seconds >= 60 else roles.on_time
        if board.offset_seconds <= -60:
            colour = roles.ahead
        if colour != self._offset_colour:
            self._offset_colour = colour
            self.offset.setStyleSheet(f"color: {colour.name()};")
        self.sitting.setText(words.sitting_words(board))
        self.next_segment.setText(words.next_words(board))
        self.item_title.setText(board.item_title)
        self.segment_title.setText(board.segment_title)
        self.clock.set_time(board.clock, board.phase)
        self.phase.set_phase(words.phase_words(board), board.phase)
        self.used.setText(words.used_words(board))
        value = int(min(board.used_fraction, 1.0) * 1000)
        if value != self.progress.value():
            # QProgressBar.setValue repaints at once (the window beneath it too) when the bar
            # grows by a pixel: 2 ms outside the one paint of the event loop. Updates are held
            # while it is set; enabling them again marks the bar for that one paint.
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(value)
            self.progress.setUpdatesEnabled(True)
        prefix = self.tr("REHEARSAL") + " · " if self.rehearsal else ""
        if self.read_only:
            prefix = self.tr("READ-ONLY") + " · "
        self.setWindowTitle(f"{prefix}{words.status_line(board)} — Facilitator")

    def show_connection(self, why: str) -> None:
        """The band that says this seat is not following the others just now ("" hides it)."""
        self.connection_why = why
        self.connection_banner.setText(
            self.tr(
                "NOT CONNECTED — the other seats' changes are not reaching this one ({0})."
                " Reconnecting by itself; keys that change the meeting are refused meanwhile,"
                " and what you type is kept."
            ).format(why)
            if why
            else ""
        )
        self.connection_banner.setVisible(bool(why))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.statusBar().showMessage(message, 8000)

    # ------------------------------------------------------------------------------ actions
    def _agenda_activated(self, index: QModelIndex) -> None:
        segment_id = self.agenda_model.segment_id(index)
        if segment_id is not None and segment_id != self.controller.state.agenda.current:
            self.controller.act(lambda s: s.jump(segment_id))

    def choose_jump(self) -> None:
        from facilitator.ui.jump_dialog import ask_segment  # start-up: 3–7 ms

        chosen = ask_segment(self.controller.state, self)
        if chosen:
            self.controller.act(lambda s: s.jump(chosen))

    # ------------------------------------------------------------------------------ speakers
    def call_selected(self) -> None:
        entry = self.speakers.selected_entry()
        if entry is None:
            self.controller.act(lambda s: s.call_next())
        else:
            self.controller.act(lambda s: s.call_speaker(entry))

    def _need_selection(self) -> None:
        self.show_error(self.tr("Select a speaker in the list first (Ctrl+2, then the arrows)."))

    def _selected_or_floor(self) -> str | None:
        """The speaker a skip, defer or withdraw acts on: the selected one, else the one on the
        floor (as the menu says); None when there is neither (skip and defer then take the first
        waiting, withdraw asks for a selection)."""
        from facilitator.core.queue.reducer import queue_of

        entry = self.speakers.selected_entry()
        if entry is None:
            floor = queue_of(self.controller.state).floor
            entry = floor.entry_id if floor is not None else None
        return entry

    def skip_speaker(self) -> None:
        """S: the selected speaker (or the one on the floor) one place down."""
        entry = self._selected_or_floor()
        self.controller.act(lambda s: s.skip_speaker(entry))

    def defer_speaker(self) -> None:
        """D: the selected speaker (or the one on the floor) to the end of the list."""
        entry = self._selected_or_floor()
        self.controller.act(lambda s: s.defer_speaker(entry))

    def withdraw_speaker(self) -> None:
        entry = self._selected_or_floor()
        if entry is None:
            self._need_selection()
        else:
            self.controller.act(lambda s: s.withdraw_speaker(entry))

    def move_selected(self, command: Callable[[MeetingSession, str], object]) -> None:
        """Move the selected speaker (``command``: up, down or to the top of the list)."""
        entry = self.speakers.selected_entry()
        if entry is None:
            self._need_selection()
        else:
            self.controller.act(lambda s: command(s, entry))

    def restore_selected(self) -> None:
        """R: put the selected withdrawn or finished speaker back at the end of the list."""
        entry = self.speakers.selected_entry()
        if entry is None:
            self._need_selection()
        else:
            self.controller.act(lambda s: s.restore_speaker(entry))

    def toggle_list(self) -> None:
        from facilitator.core.queue.reducer import queue_of
        from facilitator.ui.speakers import list_segment

        segment_id = list_segment(self.controller.state)
        if segment_id is None:
            self.show_error(self.tr("There is no segment to keep a list of speakers for."))
            return
        closed = queue_of(self.controller.state).list_of(segment_id).closed
        if closed:
            self.controller.act(lambda s: s.reopen_list(segment_id))
        else:
            self.controller.act(lambda s: s.close_list(segment_id))

    def focus_add_line(self) -> None:
        self.speakers_dock.show()
        self.speakers.add_line.setFocus()
        self.speakers.add_line.selectAll()

    def add_speaker(self, text: str) -> bool:
        """Queue a registered participant (as the completer shows them) or a guest given as
        "Name, Organization"."""
        from facilitator.ui.speakers import list_segment, split_guest

        text = text.strip()
        guest = split_guest(text)
        if not text:
            return False
        segment_id = list_segment(self.controller.state)
        participant = self.speakers.participant_for(text)
        if participant is not None:
            done = self.controller.act(lambda s: s.queue_speaker(participant, segment_id))
        elif guest is not None:
            name, organization = guest
            done = self.controller.act(lambda s: s.queue_guest(name, organization, segment_id))
        else:
            found = len(self.speakers.matches(text))
            if found > 1:
                message = self.tr(
                    "{0} registered participants match “{1}”. Pick one from the list (Down, then"
                    " Enter), or type more of the name."
                ).format(found, text)
            else:
                message = self.tr(
                    "“{0}” is not a registered participant. Choose a name from the list, or add"
                    " a guest as “Name, Organization”."
                ).format(text)
            self.show_error(message)
            return False
        if done:
            self.speakers.add_line.clear()
            self.speakers.table.setFocus()  # the single keys (C, H, X, Space) work again
        return done

    def leave_for_meetings(self) -> bool:
        """Back to the start screen; while a segment runs or is paused, only once the Co-Chair
        says so (the room display would go dark in front of the room)."""
        state = self.controller.state
        current = state.agenda.current
        if current is not None:
            from facilitator.ui.prompts import confirm_leaving  # start-up: 3–7 ms

            if not confirm_leaving(self, state.programme.segment(current).display_title):
                return False
        self.meetings_requested.emit()
        return True

    def return_to_console(self) -> None:
        """Esc from any field of the console or its docks: the keyboard is the Co-Chair's again,
        for the single-key shortcuts (Space, N, C…)."""
        central = self.centralWidget()
        if central is not None:
            central.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Fields ignore Esc (a popup open on a field takes it first, and closes), so it reaches
        # the window here, whichever dock the field is in.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.return_to_console()
            event.accept()
            return
        super().keyPressEvent(event)

    def choose_addresses(self) -> None:
        """Tick the standing items (or any segments of the same item) the selected speaker will
        address; the tour-de-table's rapporteurs tag their interventions from this."""
        from facilitator.core.programme import SegmentKind
        from facilitator.core.queue.reducer import queue_of
        from facilitator.ui.addresses_dialog import AddressesDialog  # start-up: 3–7 ms
        from facilitator.ui.speakers import list_segment

        entry_id = self.speakers.selected_entry()
        segment_id = list_segment(self.controller.state)
        if entry_id is None or segment_id is None:
            self._need_selection()
            return
        state = self.controller.state
        entry = queue_of(state).list_of(segment_id).speaker(entry_id)
        if entry is None:
            self._need_selection()
            return
        item = state.programme.item_of(segment_id)
        choices = [s for s in item.segments if s.kind is SegmentKind.STANDING_ITEM] or list(
            item.segments
        )
        dialog = AddressesDialog(choices, entry.addresses, self)
        self.addresses_list = dialog.boxes
        if dialog.exec() != AddressesDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        self.controller.act(lambda s: s.edit_speaker(entry_id, chosen))

    def choose_limit(self) -> None:
        from facilitator.core.queue.reducer import queue_of

        # start-up: the dialog modules, 3–7 ms, are imported when opened
        from facilitator.ui.prompts import ask_speaking_limit, parse_minutes_seconds
        from facilitator.ui.speakers import list_segment

        segment_id = list_segment(self.controller.state)
        if segment_id is None:
            self.show_error(self.tr("There is no segment to set a speaking limit for."))
            return
        current = queue_of(self.controller.state).list_of(segment_id).limit_seconds
        text = ask_speaking_limit(self, current)
        if text is not None:
            seconds = parse_minutes_seconds(text)
            if seconds is None:
                self.show_error(self.tr("Write the limit as minutes:seconds, e.g. 2:30."))
            else:
                self.controller.act(lambda s: s.set_speaking_limit(seconds, segment_id))

    def import_registrations(self) -> None:
        from facilitator.ui.registration_dialog import RegistrationDialog

        dialog = RegistrationDialog(self.controller.state, self)
        report = dialog.report if dialog.exec() == RegistrationDialog.DialogCode.Accepted else None
        if report is not None:
            people, source = list(report.participants), dialog.source
            self.controller.act(lambda s: s.import_participants(people, source))

    def open_export(self) -> ExportDialog:
        """The export dialog, beside the console (not modal: the meeting goes on)."""
        from facilitator.ui.export_dialog import ExportDialog

        dialog = self.export_dialog
        if dialog is None or not (dialog.isVisible() or dialog.busy):
            if dialog is not None:
                dialog.deleteLater()
            dialog = ExportDialog(self.controller, self)
            dialog.notice.connect(
                lambda text, error: (
                    self.show_error(text) if error else self.statusBar().showMessage(text, 8000)
                )
            )
            self.closed.connect(dialog.shutdown)
            self.export_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def toggle_room_display(self) -> None:
        if self.room_display is None:
            from facilitator.ui.room_display import RoomDisplay

            self.room_display = RoomDisplay(rehearsal=self.rehearsal is not None)
            self.room_display.focus_returned.connect(self.take_keyboard_back)
        if self.room_display.isVisible():
            self.room_display.hide()
            return
        self.room_display.show_board(self.controller.board())
        self.room_display.show_on(self.room_screen())
        self.take_keyboard_back()

    def take_keyboard_back(self) -> None:
        """The console keeps the keyboard while the room display is up (see RoomDisplay)."""
        self.raise_()
        self.activateWindow()

    def room_screen(self) -> QScreen | None:
        """The screen chosen for the room display (saved), else the last one: the projector."""
        screens = QGuiApplication.screens()
        wanted = app_settings().value("room_display/screen")
        for screen in screens:
            if screen.name() == wanted:
                return screen
        return screens[-1] if screens else None

    def choose_room_screen(self, name: str) -> None:
        """Remember the room display's screen and move the display there if it is showing."""
        settings = app_settings()
        settings.setValue("room_display/screen", name)
        settings.sync()
        if self.room_display is not None and self.room_display.isVisible():
            self.room_display.show_on(self.room_screen())

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.room_screen()
        for number, screen in enumerate(QGuiApplication.screens(), 1):
            geometry = screen.geometry()
            action = self.screen_menu.addAction(
                f"&{number} {screen.name()} ({geometry.width()}×{geometry.height()})"
            )
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self.choose_room_screen(n))

    # ------------------------------------------------------------------------------ layout
    def _restore_layout(self) -> None:
        """The layout as the Co-Chair left it, if it fits the screen the console opens on now;
        else the default one, sized to the screen (see :mod:`facilitator.ui.screen_fit`)."""
        settings = app_settings()
        geometry = settings.value("console/geometry")
        state = settings.value("console/state")
        room = room_for(self)
        if geometry is not None and self.restoreGeometry(geometry):
            if self.width() > room.width() or self.height() > room.height():
                fit_to_screen(self, self.sizeHint())
        else:
            fit_to_screen(self, self.sizeHint())
            # The docks share the width the screen gives: about a quarter for the agenda and a
            # third for the speakers' names.
            width = self.width()
            self.resizeDocks(
                [self.agenda_dock, self.speakers_dock],
                [max(240, width * 24 // 100), max(300, width * 32 // 100)],
                Qt.Orientation.Horizontal,
            )
        if state is not None:
            self.restoreState(state)
        self._fit_docks(room.size())
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the minimum size the docks leave, now, not at the next event
        if self.width() > room.width() or self.height() > room.height():
            fit_to_screen(self, self.size())  # the docks now let it be as small as the room

    def _fit_docks(self, room: QSize) -> None:
        """Where the screen is too small for the docks side by side and below (a 1920×1080 screen
        at 150 % or 200 % scaling), put them on top of each other as tabs on the right, so that
        the console never grows past the screen when a dock is opened. Measured on the console
        as it shows the meeting (the day bar's words make the centre's size)."""
        central = self.centralWidget()
        if central is None:  # not yet built: nothing to measure
            return
        left, right = self.agenda_dock, self.speakers_dock
        bottom_docks = (self.capture_dock, self.review_dock)
        chrome = self.menuBar().sizeHint().height() + self.statusBar().sizeHint().height()
        bottom = max(d.minimumSizeHint().height() for d in bottom_docks) + 32  # and its tabs
        if (
            chrome + central.sizeHint().height() + bottom > room.height()
            and self.dockWidgetArea(self.capture_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        ):
            for dock in bottom_docks:
                self._tabify_right(dock)
        on_right = [right] + [
            d for d in bottom_docks if self.dockWidgetArea(d) == self.dockWidgetArea(right)
        ]
        right_width = max(d.minimumSizeHint().width() for d in on_right)
        if (
            central.minimumSizeHint().width() + left.minimumSizeHint().width() + right_width + 24
            > room.width()
            and self.dockWidgetArea(left) != self.dockWidgetArea(right)
        ):
            self._tabify_right(left)
        right.raise_()

    def _tabify_right(self, dock: QDockWidget) -> None:
        """Move ``dock`` into the speakers' dock area, as a tab; hidden docks stay hidden."""
        shown = dock.isVisibleTo(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.speakers_dock, dock)
        dock.setVisible(shown)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("console/geometry", self.saveGeometry())
        settings.setValue("console/state", self.saveState())
        settings.sync()

    # ------------------------------------------------------------------------------ language
    def switch_language(self, code: str) -> ConsoleWindow | None:
        """The interface in ``code`` now, the meeting untouched (see ui/relanguage.py)."""
        return switch_console_language(self, code)

    def prepare_replacement(self) -> None:
        """Before a console takes this one's place: the layout saved for it to restore, the
        clock's timer stopped (the successor's takes over)."""
        self.save_layout()
        self._timer.stop()

    def resume(self) -> None:
        """After a switch that failed: the clock's timer again."""
        self._timer.start()
        self.refresh_clock()

    def successor(self) -> ConsoleWindow:
        """This console built again, in the language installed now, on the same controller."""
        successor = self._built_with(self.controller)
        if self.controller.parent() is self:
            self.controller.setParent(successor)
        return successor

    def retire(self) -> None:
        """Gone, once a successor has taken over: hidden without a close (which would shut the
        controller down, close the room display and end a rehearsal), then deleted."""
        self._retired = True
        self._backup_timer.stop()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._retired:
            super().closeEvent(event)
            return
        if self._capture is not None:
            self._capture.save_draft()
        self.save_layout()
        self._timer.stop()
        if self.room_display is not None:
            self.room_display.close()
        self.closed.emit()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)


def rehearsal_banner(words: str | None, *, read_only: str | None = None) -> QLabel:
    """The REHEARSAL band across the top of a practice copy's console, or the READ-ONLY band of
    a meeting opened read-only (hidden for a real meeting at work): amber, in words, never to be
    taken for the real thing."""
    banner = QLabel()
    banner.setObjectName("rehearsalBanner")
    banner.setWordWrap(True)
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setStyleSheet(
        "QLabel#rehearsalBanner { background: #92400e; color: #ffffff; font-weight: bold;"
        " border-radius: 6px; padding: 6px 10px; }"
    )
    if words:
        banner.setText(QApplication.translate("console", "REHEARSAL — ") + words)
    elif read_only:
        banner.setText(QApplication.translate("console", "READ-ONLY — ") + read_only)
    banner.setVisible(bool(words or read_only))
    return banner


def _tr(text: str) -> str:
    """A text of the action table, translated as the console's own (context ConsoleWindow)."""
    return QCoreApplication.translate("ConsoleWindow", text)
