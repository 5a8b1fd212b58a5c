"""The room display's own seat (issue 18): the projector's computer joins the meeting as a display.

A Secretariat drives the boardroom screen from a computer of its own: it joins the meeting as
**Room display** (the join window's role, or ``--role display`` on the command line) and shows
nothing but the room display, full screen, on the screen it opens on (the projector's computer
usually has one; with two, the one that is not the primary). It follows the meeting live like any
seat, from the Co-Chairs' and rapporteurs' events as they are committed, and its clocks run from
the journal between them.

It takes no command, and offers none: there is no console behind it, no menu, no button, and no
key of the console's (Space, N, Ctrl+Z…) does anything here; the core refuses a display seat's
commands anyway (:data:`facilitator.seat.ALLOWED`), and the database is opened read-only. What
the person at the projector's computer can do is about the window only: Esc or F11 leaves full
screen (to reach the desktop, or move the window to another screen), F11 goes back to it, and
Ctrl+Q or closing the window ends the seat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.core.fold.changes import Changes
from facilitator.ui import words
from facilitator.ui.controller import MeetingController
from facilitator.ui.room_display import RoomDisplay

S = TypeVar("S")

# How often the clocks are repainted (they are worked out from the journal and the clock).
TICK_MS = 250


def display_screen(screens: Sequence[S], primary: S | None) -> S | None:
    """Where a display seat shows the meeting: the one screen there is, else the first one that
    is not the primary (the projector beside the computer's own), else the primary."""
    if len(screens) <= 1:
        return screens[0] if screens else primary
    return next((s for s in screens if s != primary), primary)


class DisplaySeat(RoomDisplay):
    """The room display as the whole window of a display seat (see the module docstring)."""

    closed = Signal()

    def __init__(self, controller: MeetingController, *, rehearsal: bool = False) -> None:
        super().__init__(rehearsal=rehearsal)
        # Unlike the console's room display, this window is the seat's only one: it takes the
        # keyboard (for Esc, F11 and Ctrl+Q; nothing else answers).
        self.setWindowFlags(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controller = controller
        # Says, small, at the bottom, that the picture is not following the meeting just now
        # (the clocks keep running from what the seat has): for the Secretariat, not the room.
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.connection.setTextFormat(Qt.TextFormat.PlainText)
        self.connection.setWordWrap(True)
        self.connection.setStyleSheet("QLabel#connection { color: #fbbf24; }")
        self.connection.hide()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.connection)
        controller.changed.connect(self._changed)
        controller.following.connect(self.show_connection)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._shown: tuple[int, int] | None = None
        self.refresh()

    def _changed(self, _changes: Changes) -> None:
        self._shown = None
        self.refresh()

    def refresh(self) -> None:
        """Show the meeting as it is now (repainted when an event came or the second changed)."""
        now = self.controller.now()
        state = self.controller.state
        key = (state.last_seq, int(now.timestamp()))
        if key == self._shown:
            return
        self._shown = key
        board = self.controller.board()
        self.show_board(board)
        self.setWindowTitle(self.tr("Room display — {0}").format(words.status_line(board)))

    def show_connection(self, why: str) -> None:
        self.connection.setText(
            self.tr(
                "Not connected to the meeting ({0}); reconnecting. The clocks run on from the"
                " last events received."
            ).format(why)
            if why
            else ""
        )
        self.connection.setVisible(bool(why))

    def open_full_screen(self) -> None:
        """Full screen where a display seat shows the meeting (:func:`display_screen`)."""
        screen: QScreen | None = display_screen(
            QGuiApplication.screens(), QGuiApplication.primaryScreen()
        )
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc and F11 leave full screen, F11 goes back; Ctrl+Q ends the seat. No other key does
        anything: none may move the meeting from here."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        elif event.matches(QKeySequence.StandardKey.Quit) or (
            key == Qt.Key.Key_Q and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.close()
        event.accept()  # never passed on

    def changeEvent(self, event: QEvent) -> None:
        QWidget.changeEvent(self, event)  # not RoomDisplay's: there is no console to hand back to

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)
