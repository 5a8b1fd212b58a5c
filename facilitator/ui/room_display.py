"""The room display: a second window for the boardroom screen and the webcast.

Large type, white on black, the clock in the phase's colour *and* the phase in words. It shows a
:class:`~facilitator.core.board.Board` that the console builds, so it follows the console within
the same repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.core.board import Board
from facilitator.ui import words
from facilitator.ui.colours import ROOM_CLOCK
from facilitator.ui.widgets import BigClock

_STYLE = """
RoomDisplay { background: #000000; }
QLabel { color: #f9fafb; }
QLabel#item { color: #d1d5db; }
QLabel#phase { color: #000000; border-radius: 10px; padding: 6px 24px; }
QLabel#next { color: #d1d5db; }
QLabel#rehearsal { color: #000000; background: #fbbf24; border-radius: 10px; padding: 4px; }
"""


class RoomDisplay(QWidget):
    """Shown full screen on the screen the Co-Chairs choose.

    It never takes the keyboard: the Co-Chairs press N and Space at the console while the room
    watches this window. It asks the window manager not to give it focus (no input hint on X11,
    shown without activating), and should a window manager give it the focus anyway (a click on
    the projector's picture, a manager that ignores the hint) it hands the focus straight back
    by emitting :attr:`focus_returned`, which the console answers by activating itself.
    """

    focus_returned = Signal()

    def __init__(self, parent: QWidget | None = None, *, rehearsal: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("RoomDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.item = self._label("item", 0.030)
        self.segment = self._label("segment", 0.050, bold=True)
        self.clock = BigClock(ROOM_CLOCK)
        self.phase = self._label("phase", 0.036, bold=True)
        self.phase.setWordWrap(False)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = self._label("next", 0.028)
        # A rehearsal says so to the room too: nobody must take a run-through for the meeting.
        self.rehearsal = self._label("rehearsal", 0.030, bold=True)
        self.rehearsal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal.setVisible(rehearsal)
        # The floor: the speaker, their clock, and the next three.
        self.speaker = self._label("speaker", 0.042, bold=True)
        self.speaker_details = self._label("item", 0.026)
        self.speaker_clock = BigClock(ROOM_CLOCK)
        self.speaker_clock.setMinimumHeight(60)
        self.speaker_words = self._label("phase", 0.030, bold=True)
        self.speaker_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker_words.setWordWrap(False)
        self.queue = self._label("next", 0.028)
        floor_box = QWidget()
        floor = QHBoxLayout(floor_box)
        floor.setContentsMargins(0, 0, 0, 0)
        who = QVBoxLayout()
        who.addWidget(self.speaker)
        who.addWidget(self.speaker_details)
        who.addWidget(self.queue)
        floor.addLayout(who, 3)
        clock_column = QVBoxLayout()
        clock_column.addWidget(self.speaker_clock, 1)
        clock_column.addWidget(self.speaker_words)
        floor.addLayout(clock_column, 2)
        self.floor_box = floor_box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.rehearsal)
        layout.addWidget(self.item)
        layout.addWidget(self.segment)
        layout.addWidget(self.clock, 5)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.phase)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.floor_box, 3)
        layout.addWidget(self.next)
        self._scaled: list[tuple[QLabel, float]] = [
            (self.item, 0.030),
            (self.segment, 0.050),
            (self.phase, 0.036),
            (self.next, 0.028),
            (self.speaker, 0.042),
            (self.speaker_details, 0.026),
            (self.speaker_words, 0.030),
            (self.queue, 0.028),
            (self.rehearsal, 0.030),
        ]
        self._board: Board | None = None
        self.retranslate()
        self.resize(1280, 720)

    def retranslate(self) -> None:
        """Its words in the interface's language: at start, and again when the language changes
        while it is up (the same window stays on the projector; see ui/relanguage.py)."""
        self.setWindowTitle(self.tr("Room display"))
        self.rehearsal.setText(self.tr("REHEARSAL"))
        if self._board is not None:
            self.show_board(self._board)

    def _label(self, name: str, scale: float, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        return label

    def resizeEvent(self, event: object) -> None:
        """Type scales with the screen, so it reads from the back of the room on any projector."""
        height = max(self.height(), 300)
        for label, scale in self._scaled:
            font = label.font()
            font.setPixelSize(max(14, int(height * scale)))
            label.setFont(font)

    def show_board(self, board: Board) -> None:
        self._board = board
        self.item.setText(board.item_title)
        self.segment.setText(board.segment_title)
        self.clock.set_time(board.clock, board.phase)
        self.phase.setText(words.phase_words(board))
        colour = ROOM_CLOCK[board.phase].name()
        self.phase.setStyleSheet(f"QLabel#phase {{ background: {colour}; }}")
        self.next.setText(words.next_words(board))
        self._show_floor(board)

    def _show_floor(self, board: Board) -> None:
        """The current speaker with their clock and the next three; hidden when nobody has the
        floor and nobody is waiting."""
        speaking = board.speaker_entry_id is not None
        self.floor_box.setVisible(speaking or bool(board.next_speakers))
        if speaking:
            self.speaker.setText(board.speaker_name)
            self.speaker_details.setText(words.speaker_details(board, with_category=False))
            self.speaker_clock.set_time(board.speaker_clock, board.speaker_phase)
            self.speaker_clock.show()
            self.speaker_words.setText(words.speaker_words(board))
            colour = ROOM_CLOCK[board.speaker_phase].name()
            self.speaker_words.setStyleSheet(f"QLabel#phase {{ background: {colour}; }}")
            self.speaker_words.show()
        else:
            self.speaker.setText(self.tr("Next speakers") if board.next_speakers else "")
            self.speaker_details.setText("")
            self.speaker_clock.hide()
            self.speaker_words.hide()
        # Right to left, each line is isolated (FSI … PDI): a Latin name keeps its number on its
        # left, an Arabic one reads right to left.
        line = "\u2068{0}. {1}\u2069" if self.isRightToLeft() else "{0}. {1}"
        upcoming = "\n".join(line.format(n, name) for n, name in enumerate(board.next_speakers, 1))
        self.queue.setText(
            self.tr("Next speakers:") + "\n" + upcoming if upcoming and speaking else upcoming
        )

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the last one, i.e. the projector, by default)."""
        screens = QGuiApplication.screens()
        target = screen or (screens[-1] if screens else None)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        # Not showFullScreen(): it also activates the window, taking the console's keyboard.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.focus_returned.emit()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
