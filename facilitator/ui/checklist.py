"""Lists of ticks (tags, guiding questions, answers, standing items addressed): one way to make
them and read them back, so every checklist behaves alike (Space ticks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def checkable_item(text: str, data: object, checked: bool) -> QListWidgetItem:
    row = QListWidgetItem(text)
    row.setData(Qt.ItemDataRole.UserRole, data)
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return row


def checked_data(widget: QListWidget) -> list[Any]:
    """The data of the ticked rows, in order."""
    return [
        widget.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(widget.count())
        if widget.item(r).checkState() == Qt.CheckState.Checked
    ]
