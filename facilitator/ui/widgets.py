"""Small widgets shared by the console and the room display: the big clock and the phase badge.

Colour is never the only signal: every phase also has its word ("Warning", "Wrap up", "Overtime"),
and overtime shows a "+" in front of the time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from facilitator.ui.colours import PhaseColours, colours

if TYPE_CHECKING:
    from facilitator.core.agenda.timing import Phase


class BigClock(QWidget):
    """A time of day or a countdown, as large as the widget allows, in the phase's colour."""

    def __init__(
        self,
        fixed: PhaseColours | None = None,
        parent: QWidget | None = None,
        *,
        opaque: bool = False,
    ) -> None:
        """``fixed``: the digits' colours whatever the theme (the room display's white on
        black); by default they follow the window's palette, light or dark. ``opaque``: the
        clock paints its own background, the palette's window colour (where that is what lies
        beneath it: the console), so that its repaint each second does not repaint the window
        and the dock below it too."""
        super().__init__(parent)
        self._opaque = opaque
        if opaque:
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._text = "--:--"
        self._phase: Phase | None = None
        self._fixed = fixed
        self._font = QFont(self.font())
        self._font.setBold(True)
        self._font.setStyleHint(QFont.StyleHint.SansSerif)
        self._sized: tuple[tuple[int, int, str, str], QFont] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 60)
        self.setAccessibleName(self.tr("Segment clock"))

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
        if self._opaque:
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # Size the font to the widget: the widest text the clock shows is "+00:00:00". Worked
        # out once per size (it repaints every second).
        sample = "+00:00" if len(self._text) <= 6 else "+0:00:00"
        key = (self.width(), self.height(), sample, self._font.key())
        if self._sized is None or self._sized[0] != key:
            font = QFont(self._font)
            font.setPointSizeF(100)
            metrics = QFontMetricsF(font)
            scale = min(
                self.width() * 0.94 / max(metrics.horizontalAdvance(sample), 1),
                self.height() * 0.92 / max(metrics.height(), 1),
            )
            font.setPointSizeF(max(6.0, 100 * scale))
            self._sized = (key, font)
        painter.setFont(self._sized[1])
        digits = self._fixed or colours(self.palette()).clock
        painter.setPen(digits[self._phase])
        # A clock reads left to right in every language: in Arabic's right-to-left windows the
        # overtime's "+1:05" would otherwise be painted "1:05+".
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
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


class Steady(QWidget):
    """Holds a one-line label whose text changes every second (a time, a countdown) so that
    the change repaints the label alone.

    Qt re-lays out a label's whole window each time its text changes (``QLabel.setText`` asks
    its parent's layout to recompute, up to the main window and its docks): that was most of
    the per-second tick. Held here, the label's request stops at this holder, which has no
    layout: it gives the label all its room and tells its own layout of a new size only when
    the text needs more room than any before (so the row never jitters between "9:59" and
    "10:00" either). The holder takes the label's size policy; the label stays the widget
    that is read, styled and found by tests.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self._hint = QSize(0, 0)
        self._minimum = QSize(0, 0)
        self._grow()
        label.installEventFilter(self)

    def _grow(self) -> bool:
        """Take the label's hints where they are larger; whether either grew."""
        hint = self._hint.expandedTo(self.label.sizeHint())
        minimum = self._minimum.expandedTo(self.label.minimumSizeHint())
        grew = hint != self._hint or minimum != self._minimum
        self._hint, self._minimum = hint, minimum
        return grew

    # The hints are taken again each time a layout asks: before the holder is shown, the
    # label's changes (its text, its style sheet's font) do not reach it as events.
    def sizeHint(self) -> QSize:
        self._grow()
        return self._hint

    def minimumSizeHint(self) -> QSize:
        self._grow()
        return self._minimum

    def resizeEvent(self, event: QEvent) -> None:
        self.label.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text or font changed
            if self._grow():
                self.updateGeometry()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            # A new font or style sheet can make the label smaller too: start again from it.
            self._hint = QSize(0, 0)
            self._minimum = QSize(0, 0)
            self._grow()
            self.updateGeometry()
        return False
