"""The console's small questions: a seat's name, a speaking limit, leaving a meeting under way.
Each asks and returns the answer; the console acts on it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from facilitator.core.agenda.timing import format_clock


def ask_name(parent: QWidget, current: str) -> str | None:
    """The rapporteur's (or Co-Chair's) name; None when cancelled or left empty."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("prompts", "Your name"),
        QCoreApplication.translate("prompts", "Name:"),
        text=current,
    )
    return name.strip() if ok and name.strip() else None


def ask_speaking_limit(parent: QWidget, current_seconds: int) -> str | None:
    """The time per speaker as typed (see :func:`parse_minutes_seconds`); None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("prompts", "Speaking limit"),
        QCoreApplication.translate("prompts", "Time per speaker (m:ss):"),
        text=format_clock(current_seconds),
    )
    return text if ok else None


def parse_minutes_seconds(text: str) -> int | None:
    """ "2:30" → 150, "3" → 180 (minutes), "90s" → 90; None when it is not a time."""
    text = text.strip().lower()
    if match := re.fullmatch(r"(\d{1,3}):([0-5]\d)", text):
        return int(match.group(1)) * 60 + int(match.group(2))
    if match := re.fullmatch(r"(\d{1,3})\s*(?:m|min)?", text):
        return int(match.group(1)) * 60
    if match := re.fullmatch(r"(\d{1,4})\s*s", text):
        return int(match.group(1))
    return None


def confirm_leaving(parent: QWidget, title: str) -> bool:
    """Whether to leave the segment ``title``, under way, for the list of meetings."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("prompts", "Leave the meeting?"),
        QCoreApplication.translate(
            "prompts",
            "“{0}” is under way. Leave it for the list of meetings? Its clocks go on,"
            " and the room display closes until you open the meeting again.",
        ).format(title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_undo_other(parent: QWidget, who: str, label: str) -> bool:
    """Whether to undo another seat's step ``label``, taken by ``who`` (undo per seat: never
    silently)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("prompts", "Undo another seat's step?"),
        QCoreApplication.translate(
            "prompts",
            "The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.",
        ).format(who, label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
