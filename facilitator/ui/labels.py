"""The names the interface shows for the core's values (categories, kinds, states, the record's
sections, the export formats, a registration list's fields), in the interface's language.

The core names its enum members in English (their ``label``, which the record translates through
its own catalogue); the windows show them through Qt's translation system here (context
``words``), looked up by member. The sentences about the meeting (phases, offsets, the sitting,
undo) are :mod:`facilitator.ui.words`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.agenda.timing import Phase
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.values import ChangeAction
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import SegmentKind
from facilitator.core.queue.values import SpeakerStatus
from facilitator.ui.marks import QT_TRANSLATE_NOOP


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
#: Room or online as a column or a count says it ("3 Room · 2 Online").
_ATTENDANCE_SHORT = {
    Attendance.ROOM: QT_TRANSLATE_NOOP("words", "Room"),
    Attendance.ONLINE: QT_TRANSLATE_NOOP("words", "Online"),
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
        if where.short == label:
            return tr(_ATTENDANCE_SHORT[where])
    return label


def board_category(label: str) -> str:
    return _category_of_label(label)
