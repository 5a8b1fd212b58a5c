"""The words of a fair floor (issue 21) that other views need too: genders, youth, the kinds of
turn, and what undoing a balance, a point of order or a budget takes back. Context ``FairFloor``.
Kept apart from :mod:`facilitator.ui.fair_floor` (the dock's controls), so that
:mod:`facilitator.ui.words` can say these undo labels without importing the widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.core.agenda.timing import format_clock
from facilitator.core.fold.action import UndoAction
from facilitator.core.participants.gender import Gender, Youth
from facilitator.core.participants.values import Category
from facilitator.core.queue.floor_events import BalanceMeasure
from facilitator.core.queue.values import TurnKind
from facilitator.ui import labels
from facilitator.ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "FairFloor"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


_GENDERS = {
    Gender.WOMAN: QT_TRANSLATE_NOOP("FairFloor", "Woman"),
    Gender.MAN: QT_TRANSLATE_NOOP("FairFloor", "Man"),
    Gender.OTHER: QT_TRANSLATE_NOOP("FairFloor", "Non-binary or other"),
    Gender.NOT_STATED: QT_TRANSLATE_NOOP("FairFloor", "Not stated"),
}
_YOUTH = {
    Youth.YOUTH: QT_TRANSLATE_NOOP("FairFloor", "Youth"),
    Youth.NOT_YOUTH: QT_TRANSLATE_NOOP("FairFloor", "Not youth"),
    Youth.NOT_STATED: QT_TRANSLATE_NOOP("FairFloor", "Not stated"),
}
#: The groups as the heading of a count ("Women: 3"): plural-safe in every language.
_GROUP_HEADINGS = {
    "woman": QT_TRANSLATE_NOOP("FairFloor", "Women"),
    "man": QT_TRANSLATE_NOOP("FairFloor", "Men"),
    "other": QT_TRANSLATE_NOOP("FairFloor", "Non-binary or other"),
    "not_stated": QT_TRANSLATE_NOOP("FairFloor", "Not stated"),
    "youth": QT_TRANSLATE_NOOP("FairFloor", "Youth"),
    "not_youth": QT_TRANSLATE_NOOP("FairFloor", "Not youth"),
}
_KINDS = {
    TurnKind.SPEECH: QT_TRANSLATE_NOOP("FairFloor", "Speech"),
    TurnKind.POINT_OF_ORDER: QT_TRANSLATE_NOOP("FairFloor", "Point of order"),
    TurnKind.RIGHT_OF_REPLY: QT_TRANSLATE_NOOP("FairFloor", "Right of reply"),
}
_MEASURES = {
    BalanceMeasure.TURNS: QT_TRANSLATE_NOOP("FairFloor", "turns"),
    BalanceMeasure.TIME: QT_TRANSLATE_NOOP("FairFloor", "speaking time"),
}


def gender_label(key: str) -> str:
    """A gender group's key ("woman") in words."""
    try:
        return tr(_GENDERS[Gender(key)])
    except ValueError:
        return key


def youth_label(key: str) -> str:
    try:
        return tr(_YOUTH[Youth(key)])
    except ValueError:
        return key


def group_count(key: str, count: int) -> str:
    """A gender or youth group and how many were heard: "Women: 3" ("3 Woman" before)."""
    heading = tr(_GROUP_HEADINGS[key]) if key in _GROUP_HEADINGS else key
    return QCoreApplication.translate("FairFloor", "{group}: {count}").format(
        group=heading, count=count
    )


def kind_label(kind: TurnKind) -> str:
    return tr(_KINDS[kind])


def undo_words(action: UndoAction) -> str | None:
    """What undoing a fair floor's step takes back: "Balance the list by turns (Standing item
    1)", "Point of order (Ms. A), 1:00", "Budget of NGO: 40 min"; None for another step."""
    kind = action.kind
    if kind == "balance":
        measure = action.details[0] if action.details else BalanceMeasure.TURNS.value
        by = tr(_MEASURES.get(BalanceMeasure(measure), _MEASURES[BalanceMeasure.TURNS]))
        return (
            QCoreApplication.translate("FairFloor", "Balance the list by %1 (%2)")
            .replace("%1", by)
            .replace("%2", action.segment)
        )
    if kind in (TurnKind.POINT_OF_ORDER.value, TurnKind.RIGHT_OF_REPLY.value):
        text = kind_label(TurnKind(kind))
        if action.subject:
            text += f" ({action.subject})"
        return f"{text}, {format_clock(action.amount)}"
    if kind == "budget":
        try:
            group = labels.category(Category(action.subject))
        except ValueError:
            group = action.subject
        if not action.amount:
            return QCoreApplication.translate("FairFloor", "Remove the budget of %1").replace(
                "%1", group
            )
        return (
            QCoreApplication.translate("FairFloor", "Budget of %1: %2 min")
            .replace("%1", group)
            .replace("%2", str(action.amount // 60))
        )
    return None
