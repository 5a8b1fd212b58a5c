"""The words the interface shows for the core's values, in the interface's language.

The core names things in English (an enum's ``label``, the board's sentences); what the windows
show goes through Qt's translation system here instead (context ``words``). The enum labels are
looked up by member. The board's sentences are made again from the board's values (its phase,
clocks and offset in seconds) where it has them; a sentence the board gives only as text (the
sitting's projection, the day of a meeting opened on another day) is shown as the core wrote it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facilitator.core.agenda.timing import Phase
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.values import ChangeAction
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import SegmentKind
from facilitator.core.queue.values import SpeakerStatus
from facilitator.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from facilitator.core.board import Board


def tr(text: str, n: int = -1) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("words", …)``) in the interface's language."""
    return QCoreApplication.translate("words", text, None, n)


_CATEGORIES = {
    Category.NGO: QT_TRANSLATE_NOOP("words", "NGO"),
    Category.ACADEMIA: QT_TRANSLATE_NOOP("words", "Academia"),
    Category.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("words", "Private sector"),
    Category.STATE_PARTY: QT_TRANSLATE_NOOP("words", "State party"),
    Category.INTERGOVERNMENTAL: QT_TRANSLATE_NOOP("words", "Intergovernmental organization"),
    Category.UN_ENTITY: QT_TRANSLATE_NOOP("words", "UN entity"),
    Category.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
_ATTENDANCE = {
    Attendance.ROOM: QT_TRANSLATE_NOOP("words", "in the room"),
    Attendance.ONLINE: QT_TRANSLATE_NOOP("words", "online"),
}
_INTERVENTION_KINDS = {
    InterventionKind.QUESTION: QT_TRANSLATE_NOOP("words", "Question"),
    InterventionKind.STATEMENT: QT_TRANSLATE_NOOP("words", "Statement"),
    InterventionKind.ANSWER: QT_TRANSLATE_NOOP("words", "Answer (panellist)"),
    InterventionKind.RECOMMENDATION: QT_TRANSLATE_NOOP("words", "Recommendation"),
    InterventionKind.RELATED_ACTIVITIES: QT_TRANSLATE_NOOP("words", "Input on related activities"),
}
_SEGMENT_KINDS = {
    SegmentKind.REMARKS: QT_TRANSLATE_NOOP("words", "Remarks"),
    SegmentKind.BRIEFING: QT_TRANSLATE_NOOP("words", "Briefing"),
    SegmentKind.INTERVENTIONS: QT_TRANSLATE_NOOP("words", "Interventions"),
    SegmentKind.PANEL: QT_TRANSLATE_NOOP("words", "Panel"),
    SegmentKind.QA: QT_TRANSLATE_NOOP("words", "Q&A"),
    SegmentKind.STANDING_ITEM: QT_TRANSLATE_NOOP("words", "Standing item"),
    SegmentKind.DISCUSSION: QT_TRANSLATE_NOOP("words", "Discussion"),
    SegmentKind.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
_SPEAKER_STATES = {
    SpeakerStatus.WAITING: QT_TRANSLATE_NOOP("words", "waiting"),
    SpeakerStatus.SPEAKING: QT_TRANSLATE_NOOP("words", "speaking"),
    SpeakerStatus.PAUSED: QT_TRANSLATE_NOOP("words", "held"),
    SpeakerStatus.DONE: QT_TRANSLATE_NOOP("words", "spoke"),
    SpeakerStatus.WITHDRAWN: QT_TRANSLATE_NOOP("words", "withdrawn"),
}
_SEGMENT_STATES = {
    SegmentStatus.PENDING: QT_TRANSLATE_NOOP("words", "pending"),
    SegmentStatus.RUNNING: QT_TRANSLATE_NOOP("words", "running"),
    SegmentStatus.PAUSED: QT_TRANSLATE_NOOP("words", "paused"),
    SegmentStatus.DONE: QT_TRANSLATE_NOOP("words", "done"),
    SegmentStatus.SKIPPED: QT_TRANSLATE_NOOP("words", "skipped"),
}
_PHASES = {
    Phase.NORMAL: QT_TRANSLATE_NOOP("words", "On time"),
    Phase.WARNING: QT_TRANSLATE_NOOP("words", "Warning"),
    Phase.DANGER: QT_TRANSLATE_NOOP("words", "Wrap up"),
    Phase.OVERTIME: QT_TRANSLATE_NOOP("words", "Overtime"),
}
#: The board's sentences that carry no value, as the core writes them.
_SENTENCES = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("words", "Not started"),
        QT_TRANSLATE_NOOP("words", "The meeting has ended"),
        QT_TRANSLATE_NOOP("words", "Break — between sittings"),
        QT_TRANSLATE_NOOP("words", "Between segments"),
    )
}


_CHANGE_ACTIONS = {
    ChangeAction.LOGGED: QT_TRANSLATE_NOOP("words", "logged"),
    ChangeAction.EDITED: QT_TRANSLATE_NOOP("words", "edited"),
    ChangeAction.DELETED: QT_TRANSLATE_NOOP("words", "deleted"),
    ChangeAction.RESTORED: QT_TRANSLATE_NOOP("words", "restored"),
}


_SECTIONS = {
    "meeting": QT_TRANSLATE_NOOP("words", "Meeting data"),
    "attendance": QT_TRANSLATE_NOOP("words", "Attendance"),
    "proceedings": QT_TRANSLATE_NOOP("words", "Proceedings (agenda items and interventions)"),
    "timetable": QT_TRANSLATE_NOOP("words", "Annex: timetable planned and actual"),
    "speakers": QT_TRANSLATE_NOOP("words", "Annex: list of speakers"),
    "chart": QT_TRANSLATE_NOOP("words", "Annex: speaking time by stakeholder category"),
}
_FORMATS = {
    "docx": QT_TRANSLATE_NOOP("words", "Word document (.docx)"),
    "pdf": QT_TRANSLATE_NOOP("words", "PDF, A4 (.pdf)"),
    "html": QT_TRANSLATE_NOOP("words", "Web page, one file (.html)"),
    "md": QT_TRANSLATE_NOOP("words", "Markdown (.md)"),
    "csv": QT_TRANSLATE_NOOP("words", "CSV tables for spreadsheets (.csv)"),
    "json": QT_TRANSLATE_NOOP("words", "JSON, complete and re-importable (.json)"),
    "summary-docx": QT_TRANSLATE_NOOP("words", "Co-Chairs' summary, draft (Word .docx)"),
}
_REGISTRATION_FIELDS = {
    "name": QT_TRANSLATE_NOOP("words", "Name"),
    "first_name": QT_TRANSLATE_NOOP("words", "First name"),
    "last_name": QT_TRANSLATE_NOOP("words", "Last name"),
    "organization": QT_TRANSLATE_NOOP("words", "Organization"),
    "category": QT_TRANSLATE_NOOP("words", "Stakeholder category"),
    "attendance": QT_TRANSLATE_NOOP("words", "Attendance (room/online)"),
    "gender": QT_TRANSLATE_NOOP("words", "Gender"),
    "youth": QT_TRANSLATE_NOOP("words", "Youth"),
}


def record_section(key: str, label: str) -> str:
    """A section of the record (by its value), as the export window offers it."""
    return tr(_SECTIONS[key]) if key in _SECTIONS else label


def export_format(key: str, label: str) -> str:
    """An export format (by its key), as the export window offers it."""
    return tr(_FORMATS[key]) if key in _FORMATS else label


def registration_field(key: str, label: str) -> str:
    """A field of a registration list, as the mapping step names it."""
    return tr(_REGISTRATION_FIELDS[key]) if key in _REGISTRATION_FIELDS else label


def change_action(value: ChangeAction) -> str:
    """An intervention's history: "logged", "edited"…"""
    return tr(_CHANGE_ACTIONS[value])


def category(value: Category) -> str:
    return tr(_CATEGORIES[value])


def attendance(value: Attendance) -> str:
    return tr(_ATTENDANCE[value])


def intervention_kind(value: InterventionKind) -> str:
    return tr(_INTERVENTION_KINDS[value])


def segment_kind(value: SegmentKind) -> str:
    return tr(_SEGMENT_KINDS[value])


def speaker_state(value: SpeakerStatus) -> str:
    return tr(_SPEAKER_STATES[value])


def segment_state(value: SegmentStatus, *, is_next: bool) -> str:
    """The agenda's state column ("next" for the pending segment that comes next)."""
    if value is SegmentStatus.PENDING and is_next:
        return tr(QT_TRANSLATE_NOOP("words", "next"))
    return tr(_SEGMENT_STATES[value])


def phase(value: Phase) -> str:
    return tr(_PHASES[value])


def _category_of_label(label: str) -> str:
    """A category or attendance as the board gives it (its English label), translated."""
    for member, text in _CATEGORIES.items():
        if member.label == label:
            return tr(text)
    for where, text in _ATTENDANCE.items():
        if where.label == label:
            return tr(text)
    return label


def board_category(label: str) -> str:
    return _category_of_label(label)


def phase_words(board: Board) -> str:
    """The segment's phase in words: "Warning — 4:59 left", "Overtime +1:05", "Not started"."""
    if board.phase is None:
        return (
            tr(_SENTENCES[board.phase_words])
            if board.phase_words in _SENTENCES
            else (board.phase_words)
        )
    clock = board.clock
    if board.paused:
        return tr(QT_TRANSLATE_NOOP("words", "Paused — {0}")).format(phase(board.phase).lower())
    if board.phase is Phase.OVERTIME:
        return tr(QT_TRANSLATE_NOOP("words", "Overtime {0}")).format(clock)
    if board.phase is Phase.NORMAL:
        return tr(QT_TRANSLATE_NOOP("words", "On time — {0} left")).format(clock)
    return tr(QT_TRANSLATE_NOOP("words", "{0} — {1} left")).format(phase(board.phase), clock)


def speaker_words(board: Board) -> str:
    """The speaker's clock in words: "2:59 left", "Warning — 0:25 left", "Held — 1:10 left"."""
    if board.speaker_entry_id is None:
        return ""
    clock = board.speaker_clock
    over = clock.startswith("+")
    if board.speaker_held or board.speaker_phase is None:
        if board.speaker_held:
            text = (
                QT_TRANSLATE_NOOP("words", "Held — {0}")
                if over
                else (QT_TRANSLATE_NOOP("words", "Held — {0} left"))
            )
        else:
            text = (
                QT_TRANSLATE_NOOP("words", "Paused — {0}")
                if over
                else (QT_TRANSLATE_NOOP("words", "Paused — {0} left"))
            )
        return tr(text).format(clock)
    if board.speaker_phase is Phase.OVERTIME:
        return tr(QT_TRANSLATE_NOOP("words", "Overtime {0}")).format(clock)
    if board.speaker_phase is Phase.NORMAL:
        return tr(QT_TRANSLATE_NOOP("words", "{0} left")).format(clock)
    return tr(QT_TRANSLATE_NOOP("words", "{0} — {1} left")).format(
        phase(board.speaker_phase), clock
    )


_NEXT = re.compile(r"(Up next|Next): (.*?)(?: at (\d{1,2}:\d\d))?", re.DOTALL)


def next_title(board: Board) -> str:
    """ "Next: Panel 1 at 11:15" (between segments, "Up next: …"), or ""."""
    found = _NEXT.fullmatch(board.next_title)
    if found is None:
        return board.next_title
    up, title, at = found.groups()
    if at is None:
        text = (
            QT_TRANSLATE_NOOP("words", "Up next: {0}")
            if up == "Up next"
            else QT_TRANSLATE_NOOP("words", "Next: {0}")
        )
        return tr(text).format(title)
    text = (
        QT_TRANSLATE_NOOP("words", "Up next: {0} at {1}")
        if up == "Up next"
        else QT_TRANSLATE_NOOP("words", "Next: {0} at {1}")
    )
    return tr(text).format(title, at)


_USED = re.compile(r"used (\S+) of (\S+)")


def used(board: Board) -> str:
    """ "used 12:03 of 25:00", or ""."""
    found = _USED.fullmatch(board.used)
    if found is None:
        return board.used
    return tr(QT_TRANSLATE_NOOP("words", "used {0} of {1}")).format(*found.groups())


_OFFSET = re.compile(r"on time|(?:\d+ h(?: \d+ min)?|\d+ min) (?:behind|ahead)")


def duration(minutes: int) -> str:
    """A number of minutes in words: "12 min", "1 h 5 min", "2 h"."""
    hours, minutes = divmod(abs(minutes), 60)
    if hours and minutes:
        return tr(QT_TRANSLATE_NOOP("words", "{0} h {1} min")).format(hours, minutes)
    if hours:
        return tr(QT_TRANSLATE_NOOP("words", "{0} h")).format(hours)
    return tr(QT_TRANSLATE_NOOP("words", "{0} min")).format(minutes)


def offset(board: Board) -> str:
    """The running offset: "12 min behind", "5 min ahead", "on time"; the core's sentence where
    the board's offset is no offset (a meeting opened on another day says which day it is)."""
    if _OFFSET.fullmatch(board.offset_words) is None:
        return board.offset_words
    seconds = board.offset_seconds
    if abs(seconds) < 60:
        return tr(QT_TRANSLATE_NOOP("words", "on time"))
    minutes = (abs(seconds) * 1_000_000 + 30_000_000) // 60_000_000
    if seconds > 0:
        return tr(QT_TRANSLATE_NOOP("words", "{0} behind")).format(duration(minutes))
    return tr(QT_TRANSLATE_NOOP("words", "{0} ahead")).format(duration(minutes))


def status_line(board: Board) -> str:
    """The window title's summary: the segment, its clock, the offset."""
    return f"{board.segment_title} · {board.clock} · {offset(board)}"
