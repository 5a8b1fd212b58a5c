"""Buttons that wrap into rows: the console's controls and the start screen's meeting buttons.
(Its own module: the start screen paints before the console's widgets are imported.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class ButtonFlow(QWidget):
    """Buttons in as many rows as the width needs: one row at a desk, two or three on a small or
    scaled laptop screen. A row of nine buttons side by side would otherwise set the window's
    minimum width (about 670 pixels), wider than the console's centre has at 200 % scaling."""

    SPACING = 6
    #: What makes a button's size hint change: worked out again then, not on every layout pass
    #: (the console's labels change each second, and each change lays the centre out again).
    RESIZING = (
        QEvent.Type.LayoutRequest,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ChildAdded,
        QEvent.Type.ChildRemoved,
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: list[QWidget] = []
        self._cell_size: QSize | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, button: QWidget) -> None:
        button.setParent(self)
        button.installEventFilter(self)
        self._buttons.append(button)
        self._cell_size = None
        self.updateGeometry()
        self._place()

    def buttons(self) -> list[QWidget]:
        return list(self._buttons)

    def _cell(self) -> QSize:
        if self._cell_size is None:
            width = max((b.sizeHint().width() for b in self._buttons), default=0)
            height = max(
                (max(b.sizeHint().height(), b.minimumHeight()) for b in self._buttons), default=0
            )
            self._cell_size = QSize(width, height)
        return self._cell_size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.RESIZING or event.type() == QEvent.Type.ActionChanged:
            self._cell_size = None
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() in self.RESIZING:
            self._cell_size = None
        return super().event(event)

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
