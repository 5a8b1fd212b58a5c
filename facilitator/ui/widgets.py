"""Small widgets shared by the console and the room display: the big clock and the phase badge.

Colour is never the only signal: every phase also has its word ("Warning", "Wrap up", "Overtime"),
and overtime shows a "+" in front of the time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from facilitator.core.agenda.timing import Phase
from facilitator.ui.colours import PhaseColours, colours


class BigClock(QWidget):
    """A time of day or a countdown, as large as the widget allows, in the phase's colour."""

    def __init__(self, fixed: PhaseColours | None = None, parent: QWidget | None = None) -> None:
        """``fixed``: the digits' colours whatever the theme (the room display's white on
        black); by default they follow the window's palette, light or dark."""
        super().__init__(parent)
        self._text = "--:--"
        self._phase: Phase | None = None
        self._fixed = fixed
        self._font = QFont(self.font())
        self._font.setBold(True)
        self._font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 60)
        self.setAccessibleName("Segment clock")

    def text(self) -> str:
        return self._text

    def phase(self) -> Phase | None:
        return self._phase

    def set_time(self, text: str, phase: Phase | None) -> None:
        """Repaint only when what is shown changes (four ticks a second, one change)."""
        if text != self._text or phase != self._phase:
            self._text, self._phase = text, phase
            self.setAccessibleDescription(text)
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont(self._font)
        # Size the font to the widget: the widest text the clock shows is "+00:00:00".
        sample = "+00:00" if len(self._text) <= 6 else "+0:00:00"
        font.setPointSizeF(100)
        metrics = QFontMetricsF(font)
        scale = min(
            self.width() * 0.94 / max(metrics.horizontalAdvance(sample), 1),
            self.height() * 0.92 / max(metrics.height(), 1),
        )
        font.setPointSizeF(max(6.0, 100 * scale))
        painter.setFont(font)
        digits = self._fixed or colours(self.palette()).clock
        painter.setPen(digits[self._phase])
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


class PhaseBadge(QLabel):
    """The phase in words on a coloured badge ("Warning — 4:59 left")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._phase: Phase | str | None = "unset"
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.setFont(font)
        self.setMinimumHeight(36)

    def set_phase(self, words: str, phase: Phase | None) -> None:
        if words != self.text():
            self.setText(words)
        if phase != self._phase:
            self._phase = phase
            colour = colours(self.palette()).badge[phase].name()
            self.setStyleSheet(
                f"QLabel {{ background: {colour}; color: white; border-radius: 6px;"
                " padding: 4px 12px; }"
            )


def elided_label(point_scale: float = 1.0, *, bold: bool = False) -> QLabel:
    """A word-wrapping plain-text label (titles can be long: panels run to three lines)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * point_scale)
    font.setBold(bold)
    label.setFont(font)
    return label


_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class FieldKeys(QObject):
    """An event filter: keys typed without Ctrl, Alt or Meta in the widgets it is installed on
    belong to them (Space ticks a tag, a letter picks a kind in a combo), not to the console's
    single-key shortcuts (Space pauses the meeting, C calls the next speaker…). Esc still goes to
    its shortcut (it leaves the pane)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() != Qt.Key.Key_Escape
            and not event.modifiers() & _COMMAND_MODIFIERS
        ):
            event.accept()  # the key goes to the field, not to a shortcut
            return True
        return False


class ButtonFlow(QWidget):
    """Buttons in as many rows as the width needs: one row at a desk, two or three on a small or
    scaled laptop screen. A row of nine buttons side by side would otherwise set the window's
    minimum width (about 670 pixels), wider than the console's centre has at 200 % scaling."""

    SPACING = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, button: QWidget) -> None:
        button.setParent(self)
        self._buttons.append(button)
        self.updateGeometry()
        self._place()

    def buttons(self) -> list[QWidget]:
        return list(self._buttons)

    def _cell(self) -> QSize:
        width = max((b.sizeHint().width() for b in self._buttons), default=0)
        height = max(
            (max(b.sizeHint().height(), b.minimumHeight()) for b in self._buttons), default=0
        )
        return QSize(width, height)

    def _columns(self, width: int) -> int:
        cell = self._cell().width() + self.SPACING
        return max(1, min(len(self._buttons), (width + self.SPACING) // max(cell, 1)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._buttons:
            return 0
        rows = -(-len(self._buttons) // self._columns(width))
        return rows * self._cell().height() + (rows - 1) * self.SPACING

    def sizeHint(self) -> QSize:
        cell = self._cell()
        count = len(self._buttons)
        return QSize(count * cell.width() + max(0, count - 1) * self.SPACING, cell.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell().width(), self._cell().height())

    def resizeEvent(self, event: QEvent) -> None:
        self._place()

    def _place(self) -> None:
        if not self._buttons:
            return
        columns = self._columns(self.width())
        cell = self._cell()
        width = (self.width() - (columns - 1) * self.SPACING) / columns
        for index, button in enumerate(self._buttons):
            row, column = divmod(index, columns)
            button.setGeometry(
                round(column * (width + self.SPACING)),
                row * (cell.height() + self.SPACING),
                round(width),
                cell.height(),
            )
        needed = self.heightForWidth(self.width())
        if self.height() != needed:
            self.setMinimumHeight(needed)
            self.setMaximumHeight(needed)
