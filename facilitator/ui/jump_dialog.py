"""Jump to segment (J): type a few letters of a segment, Enter to start it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.fold.state import MeetingState
from facilitator.ui import words


class JumpDialog(QDialog):
    """Type a few letters of a segment, Enter to start it."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jump to segment"))
        self.segment_id: str | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter, Enter to start"))
        self.list = QListWidget()
        for item, segment in state.programme.segments():
            status = words.segment_state(state.agenda.status(segment.id), is_next=False)
            entry = QListWidgetItem(
                f"{item.number + '. ' if item.number else ''}{segment.display_title}  [{status}]"
            )
            entry.setData(Qt.ItemDataRole.UserRole, segment.id)
            self.list.addItem(entry)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.installEventFilter(self)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.resize(640, 420)
        self._filter("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter move through the list, so the hands stay on the keys."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key()
            in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first_visible = None
        for row in range(self.list.count()):
            entry = self.list.item(row)
            visible = all(word in entry.text().lower() for word in words)
            entry.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)

    def _accept(self) -> None:
        entry = self.list.currentItem()
        if entry is not None and not entry.isHidden():
            self.segment_id = entry.data(Qt.ItemDataRole.UserRole)
            self.accept()


def ask_segment(state: MeetingState, parent: QWidget | None = None) -> str | None:
    """The segment chosen to start, or None when the dialog was cancelled."""
    dialog = JumpDialog(state, parent)
    return dialog.segment_id if dialog.exec() == QDialog.DialogCode.Accepted else None
