"""The words the interface says about the meeting, in one place, through Qt's translation.

The core returns values (a :class:`~facilitator.core.board.Board` with a phase, minutes, a
sitting's verdict; an :class:`~facilitator.core.fold.action.UndoAction`); this module turns them
into the sentences the console, the room display, the speakers dock, the agenda and the Edit menu
show: "On time — 12:00 left", "12 min behind", "Undo: Next (Panel 2)". Every sentence goes
through ``QCoreApplication.translate("Words", …)`` (context ``Words``), so that ``lupdate``
extracts it and a ``QTranslator`` gives it in the interface's language; counts use Qt's plural
forms (``%n``). Without a translator the English source comes out, as the tests read it.

Only the sentences are built here; what someone typed (a segment's title, a participant's name)
is put into them as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from facilitator.core.agenda.schedule import Outlook, SittingVerdict
from facilitator.core.agenda.timing import Phase, format_clock
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.board import Board, Idle, SittingLine
from facilitator.core.errors import Phrase
from facilitator.core.fold.action import UndoAction
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.participants.values import Attendance, Category
from facilitator.core.programme import ProgrammeError
from facilitator.core.queue.figures import FIT_MINIMUM_SECONDS, QueueFigures
from facilitator.ui import labels
from facilitator.ui.fair_floor_words import undo_words


def tr(text: str) -> str:
    """``text`` in the interface's language (context ``Words``). Only for a string that is also
    written out literally in a ``translate("Words", …)`` call, so that ``lupdate`` sees it."""
    return QCoreApplication.translate("Words", text)


class Words(QObject):
    """The context ``Words`` as a class, for its plural messages: ``Words.tr(text, "", n)`` is
    the call in which ``pyside6-lupdate`` sees a plural (``numerus``). It marks
    ``QCoreApplication.translate("Words", text, None, n)`` as a plain message when ``n`` is a name,
    and does not extract it at all when ``n`` is an attribute, so that Arabic and Russian said
    "22 min" in English, and French and Spanish "3 waiting"."""


def _min(count: int) -> str:
    return Words.tr("%n min", "", count)  # type: ignore[arg-type]


def _hours(count: int) -> str:
    return Words.tr("%n h", "", count)  # type: ignore[arg-type]


def _sec(count: int) -> str:
    return Words.tr("%n s", "", count)  # type: ignore[arg-type]


def _counted(text: str, count: int, source: str, one: str) -> str:
    """``text``, the translation of the ``%n`` message ``source`` for ``count``; with no
    translation (English), Qt only puts the number in the source, so ``one`` is the singular."""
    if count == 1 and text == source.replace("%n", "1"):
        return one
    return text


# ----------------------------------------------------------------------------- amounts
def minutes(count: int) -> str:
    """A number of minutes: "12 min", "1 h", "1 h 5 min"."""
    hours, rest = divmod(abs(count), 60)
    if not hours:
        return _min(rest)
    if not rest:
        return _hours(hours)
    return QCoreApplication.translate("Words", "{hours} {minutes}").format(
        hours=_hours(hours), minutes=_min(rest)
    )


def seconds(count: int) -> str:
    """A number of seconds: "5 min", "1 min 30 s", "45 s"."""
    whole, rest = divmod(abs(count), 60)
    if whole and rest:
        return QCoreApplication.translate("Words", "{minutes} {seconds}").format(
            minutes=_min(whole), seconds=_sec(rest)
        )
    if whole:
        return _min(whole)
    return _sec(rest)


def long_date(date: dt.date) -> str:
    """ "Wednesday 10 July 2024", in the interface's locale."""
    qdate = QDate(date.year, date.month, date.day)
    return QLocale().toString(qdate, QCoreApplication.translate("Words", "dddd d MMMM yyyy"))


# ----------------------------------------------------------------------------- the clock
def phase_name(phase: Phase) -> str:
    """ "On time", "Warning", "Wrap up", "Overtime"."""
    if phase is Phase.NORMAL:
        return QCoreApplication.translate("Words", "On time")
    if phase is Phase.WARNING:
        return QCoreApplication.translate("Words", "Warning")
    if phase is Phase.DANGER:
        return QCoreApplication.translate("Words", "Wrap up")
    return QCoreApplication.translate("Words", "Overtime")


def idle_words(idle: Idle) -> str:
    if idle is Idle.NOT_STARTED:
        return QCoreApplication.translate("Words", "Not started")
    if idle is Idle.ENDED:
        return QCoreApplication.translate("Words", "The meeting has ended")
    if idle is Idle.BREAK:
        return QCoreApplication.translate("Words", "Break — between sittings")
    return QCoreApplication.translate("Words", "Between segments")


def phase_words(board: Board) -> str:
    """The badge under the big clock: "Warning — 4:59 left", "Overtime +1:05", "Paused — on
    time", "Not started"."""
    if board.idle is not None or board.phase is None:
        return idle_words(board.idle or Idle.BETWEEN)
    if board.paused:
        if board.phase is Phase.NORMAL:
            return QCoreApplication.translate("Words", "Paused — on time")
        if board.phase is Phase.WARNING:
            return QCoreApplication.translate("Words", "Paused — warning")
        if board.phase is Phase.DANGER:
            return QCoreApplication.translate("Words", "Paused — wrap up")
        return QCoreApplication.translate("Words", "Paused — overtime")
    if board.phase is Phase.OVERTIME:
        return QCoreApplication.translate("Words", "Overtime {clock}").format(clock=board.clock)
    if board.phase is Phase.NORMAL:
        return QCoreApplication.translate("Words", "On time — {clock} left").format(
            clock=board.clock
        )
    if board.phase is Phase.WARNING:
        return QCoreApplication.translate("Words", "Warning — {clock} left").format(
            clock=board.clock
        )
    return QCoreApplication.translate("Words", "Wrap up — {clock} left").format(clock=board.clock)


def used_words(board: Board) -> str:
    """ "used 12:03 of 25:00" ("" when nothing runs)."""
    if not board.used_clock:
        return ""
    return QCoreApplication.translate("Words", "used {used} of {allotted}").format(
        used=board.used_clock, allotted=board.allotted_clock
    )


def speaker_words(board: Board) -> str:
    """The badge under the speaker's clock: "2:59 left", "Warning — 0:25 left", "Overtime
    +0:12", "Held — 1:00 left", "Paused — 2:55 left"."""
    if board.speaker_entry_id is None:
        return ""
    clock = board.speaker_clock
    phase = board.speaker_timing_phase
    if board.speaker_held or board.speaker_paused:
        if phase is Phase.OVERTIME:
            if board.speaker_held:
                return QCoreApplication.translate("Words", "Held — {clock}").format(clock=clock)
            return QCoreApplication.translate("Words", "Paused — {clock}").format(clock=clock)
        if board.speaker_held:
            return QCoreApplication.translate("Words", "Held — {clock} left").format(clock=clock)
        return QCoreApplication.translate("Words", "Paused — {clock} left").format(clock=clock)
    if phase is Phase.OVERTIME:
        return QCoreApplication.translate("Words", "Overtime {clock}").format(clock=clock)
    if phase is Phase.WARNING:
        return QCoreApplication.translate("Words", "Warning — {clock} left").format(clock=clock)
    if phase is Phase.DANGER:
        return QCoreApplication.translate("Words", "Wrap up — {clock} left").format(clock=clock)
    return QCoreApplication.translate("Words", "{clock} left").format(clock=clock)


# ----------------------------------------------------------------------------- the day
def offset_words(offset_minutes: int) -> str:
    """ "12 min behind", "5 min ahead", "on time"."""
    if offset_minutes > 0:
        return QCoreApplication.translate("Words", "{minutes} behind").format(
            minutes=minutes(offset_minutes)
        )
    if offset_minutes < 0:
        return QCoreApplication.translate("Words", "{minutes} ahead").format(
            minutes=minutes(offset_minutes)
        )
    return QCoreApplication.translate("Words", "on time")


def verdict_words(verdict: SittingVerdict) -> str:
    """How a sitting ends: "12 min over: cut 12 min from the remaining segments", "ends on
    time", "ended 40 min late"…"""
    outlook, amount = verdict.outlook, minutes(verdict.minutes)
    if outlook is Outlook.ENDED_ON_TIME:
        return QCoreApplication.translate("Words", "ended on time")
    if outlook is Outlook.ENDED_LATE:
        return QCoreApplication.translate("Words", "ended {minutes} late").format(minutes=amount)
    if outlook is Outlook.ENDED_EARLY:
        return QCoreApplication.translate("Words", "ended {minutes} early").format(minutes=amount)
    if outlook is Outlook.OVER_CUT:
        text = QCoreApplication.translate(
            "Words", "{minutes} over: cut {minutes} from the remaining segments"
        )
        return text.format(minutes=amount)
    if outlook is Outlook.OVER:
        return QCoreApplication.translate("Words", "{minutes} over").format(minutes=amount)
    if outlook is Outlook.EARLY:
        return QCoreApplication.translate("Words", "ends {minutes} early").format(minutes=amount)
    return QCoreApplication.translate("Words", "ends on time")


def sitting_name(number: int, hours: tuple[str, str] | None) -> str:
    """ "Sitting 1 (10:00–13:00)", or "Sitting 3" for one the programme no longer has."""
    if hours is None:
        return QCoreApplication.translate("Words", "Sitting {number}").format(number=number)
    return QCoreApplication.translate("Words", "Sitting {number} ({start}–{end})").format(
        number=number, start=hours[0], end=hours[1]
    )


def sitting_words(board: Board) -> str:
    """ "Sitting 1 (10:00–13:00) ends 13:12 (hard end 13:00): 12 min over: cut 12 min …"; on
    another day, how to rehearse it."""
    if board.another_day is not None:
        return QCoreApplication.translate(
            "Words", "Rehearse it on today's date: File → Rehearse this meeting (Ctrl+Shift+R)"
        )
    line: SittingLine | None = board.sitting
    if line is None:
        return ""
    name, verdict = sitting_name(line.number, line.hours), verdict_words(line.verdict)
    if line.ends is None:
        return QCoreApplication.translate("Words", "{sitting}: {verdict}").format(
            sitting=name, verdict=verdict
        )
    return QCoreApplication.translate(
        "Words", "{sitting} ends {end} (hard end {hard_end}): {verdict}"
    ).format(sitting=name, end=line.ends, hard_end=line.hard_end, verdict=verdict)


def day_words(board: Board) -> str:
    """Where the console says how late the day is: "12 min behind"; on another day, "This
    meeting is on Wednesday 10 July 2024"."""
    if board.another_day is not None:
        return QCoreApplication.translate("Words", "This meeting is on {date}").format(
            date=long_date(board.another_day)
        )
    return offset_words(board.offset_minutes)


def next_words(board: Board) -> str:
    """ "Next: Panel 1 at 11:15"; between segments "Up next: …"; "" at the end."""
    if not board.next_title:
        return ""
    if board.up_next:
        if board.next_at:
            return QCoreApplication.translate("Words", "Up next: {title} at {time}").format(
                title=board.next_title, time=board.next_at
            )
        return QCoreApplication.translate("Words", "Up next: {title}").format(
            title=board.next_title
        )
    if board.next_at:
        return QCoreApplication.translate("Words", "Next: {title} at {time}").format(
            title=board.next_title, time=board.next_at
        )
    return QCoreApplication.translate("Words", "Next: {title}").format(title=board.next_title)


def status_line(board: Board) -> str:
    """The window title's summary: "Panel 1 · 12:34 · 12 min behind"."""
    return f"{board.segment_title} · {board.clock} · {day_words(board)}"


def segment_state(status: SegmentStatus, *, is_next: bool) -> str:
    """The agenda's state column: "next", "running", "done"… (:mod:`facilitator.ui.labels`)."""
    return labels.segment_state(status, is_next=is_next)


def item_state(*, in_progress: bool, done: bool) -> str:
    """An agenda item's state column: "in progress", "done" or ""."""
    if in_progress:
        return QCoreApplication.translate("Words", "in progress")
    return QCoreApplication.translate("Words", "done") if done else ""


# ----------------------------------------------------------------------------- participants
def category(value: Category) -> str:
    """A stakeholder category: "NGO", "Intergovernmental organization"…"""
    return labels.category(value)


def attendance(value: Attendance) -> str:
    """ "in the room" or "online"."""
    return labels.attendance(value)


def speaker_details(board: Board, *, with_category: bool = True) -> str:
    """ "UNDP · NGO · online": the speaker's organization, category and where they are."""
    parts = [board.speaker_organization]
    if with_category and board.speaker_category is not None:
        parts.append(category(board.speaker_category))
    if board.speaker_attendance is not None:
        parts.append(attendance(board.speaker_attendance))
    return " · ".join(p for p in parts if p)


# ----------------------------------------------------------------------------- the list's figures
def figures_line(figures: QueueFigures) -> str:
    """One line: "7 waiting · 26 min at 3:00 (+0:40 average overrun) · 18 min left · a limit of
    1:45 would fit"."""
    parts: list[str] = []
    to_hear = minutes(_whole_minutes(figures.to_hear_seconds))
    limit = format_clock(figures.limit_seconds)
    if figures.waiting:
        waiting = Words.tr("%n waiting", "", figures.waiting)  # type: ignore[arg-type]
        parts.append(waiting)
        if figures.average_overrun_seconds:
            parts.append(
                QCoreApplication.translate(
                    "Words", "{minutes} at {limit} (+{overrun} average overrun)"
                ).format(
                    minutes=to_hear,
                    limit=limit,
                    overrun=format_clock(figures.average_overrun_seconds),
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("Words", "{minutes} at {limit}").format(
                    minutes=to_hear, limit=limit
                )
            )
    else:
        parts.append(QCoreApplication.translate("Words", "No one waiting"))
    if figures.time_left_seconds is not None:
        left = minutes(_whole_minutes(figures.time_left_seconds))
        if figures.hard_end is not None:
            parts.append(
                QCoreApplication.translate(
                    "Words", "{minutes} left to the sitting's hard end"
                ).format(minutes=left)
            )
        else:
            parts.append(QCoreApplication.translate("Words", "{minutes} left").format(minutes=left))
        if figures.waiting:
            if figures.fits:
                parts.append(QCoreApplication.translate("Words", "all fit"))
            elif figures.fitting_limit_seconds is not None:
                parts.append(
                    QCoreApplication.translate("Words", "a limit of {limit} would fit").format(
                        limit=format_clock(figures.fitting_limit_seconds)
                    )
                )
            else:
                parts.append(
                    QCoreApplication.translate("Words", "none fits, even at {limit}").format(
                        limit=format_clock(FIT_MINIMUM_SECONDS)
                    )
                )
    return " · ".join(parts)


def _whole_minutes(value: int) -> int:
    """Seconds to the nearest minute."""
    return (abs(value) + 30) // 60


# ----------------------------------------------------------------------------- undo
def _intervention_kind(sort: str) -> str:
    return {
        "question": QCoreApplication.translate("Words", "question"),
        "statement": QCoreApplication.translate("Words", "statement"),
        "answer": QCoreApplication.translate("Words", "answer"),
        "recommendation": QCoreApplication.translate("Words", "recommendation"),
        "related_activities": QCoreApplication.translate("Words", "input on related activities"),
    }.get(sort, sort)


def _field(name: str) -> str:
    """An intervention's field, in an undo label: "summary", "follow-up"…"""
    return {
        "participant_id": QCoreApplication.translate("Words", "participant"),
        "name": QCoreApplication.translate("Words", "name"),
        "organization": QCoreApplication.translate("Words", "organization"),
        "category": QCoreApplication.translate("Words", "category"),
        "attendance": QCoreApplication.translate("Words", "room or online"),
        "queue_entry": QCoreApplication.translate("Words", "queue entry"),
        "start": QCoreApplication.translate("Words", "start"),
        "end": QCoreApplication.translate("Words", "end"),
        "tags": QCoreApplication.translate("Words", "tags"),
        "kind": QCoreApplication.translate("Words", "kind"),
        "questions": QCoreApplication.translate("Words", "guiding questions"),
        "answers": QCoreApplication.translate("Words", "answers to"),
        "summary": QCoreApplication.translate("Words", "summary"),
        "follow_up": QCoreApplication.translate("Words", "follow-up"),
        "quotable": QCoreApplication.translate("Words", "quotable"),
        "deleted": QCoreApplication.translate("Words", "deleted"),
    }.get(name, name)


def _whose(action: UndoAction) -> str:
    """ "Speaker 1’s statement", "an unnamed speaker’s question" (the intervention's id when it
    is gone)."""
    if not action.sort:
        return action.subject
    kind = _intervention_kind(action.sort)
    if action.subject:
        return QCoreApplication.translate("Words", "{name}’s {kind}").format(
            name=action.subject, kind=kind
        )
    return QCoreApplication.translate("Words", "an unnamed speaker’s {kind}").format(kind=kind)


def undo_action(action: UndoAction) -> str:
    """What undoing a step takes back, in words: "Next (Panel 2)", "Call Ms. A", "Import of 250
    participants (list.xlsx)"."""
    kind, subject, segment = action.kind, action.subject, action.segment
    amount = action.amount
    # The agenda: a verb and the segment.
    verbs = {
        "start": QCoreApplication.translate("Words", "Start ({segment})"),
        "next": QCoreApplication.translate("Words", "Next ({segment})"),
        "back": QCoreApplication.translate("Words", "Back ({segment})"),
        "jump": QCoreApplication.translate("Words", "Jump ({segment})"),
        "pause": QCoreApplication.translate("Words", "Pause ({segment})"),
        "resume": QCoreApplication.translate("Words", "Resume ({segment})"),
        "finish": QCoreApplication.translate("Words", "Finish ({segment})"),
    }
    if kind in verbs:
        return verbs[kind].format(segment=subject)
    if kind in ("extend", "shorten"):
        text = (
            QCoreApplication.translate("Words", "Extend by {amount} ({segment})")
            if kind == "extend"
            else QCoreApplication.translate("Words", "Shorten by {amount} ({segment})")
        )
        return text.format(amount=seconds(amount), segment=subject)
    if kind in ("sitting_start", "sitting_end"):
        hours = (action.details[0], action.details[1]) if len(action.details) == 2 else None
        name = sitting_name(amount, hours)
        name = name[:1].lower() + name[1:]
        if kind == "sitting_start":
            return QCoreApplication.translate("Words", "Start of {sitting}").format(sitting=name)
        return QCoreApplication.translate("Words", "End of {sitting}").format(sitting=name)
    if kind == "programme_edit":
        return QCoreApplication.translate("Words", "Programme edit")
    # The participants and the lists of speakers.
    if kind == "import":
        source = "Import of %n participants"
        imported = Words.tr("Import of %n participants", "", amount)  # type: ignore[arg-type]
        text = _counted(imported, amount, source, "Import of 1 participant")
        return f"{text} ({subject})" if subject else text
    speaker_verbs = {
        "guest": QCoreApplication.translate("Words", "Guest {name}"),
        "new_participant": QCoreApplication.translate("Words", "New participant {name}"),
        "edit_participant": QCoreApplication.translate("Words", "Edit of {name}"),
        "move_to_top": QCoreApplication.translate("Words", "Move {name} to the top"),
        "move": QCoreApplication.translate("Words", "Move {name}"),
        "call": QCoreApplication.translate("Words", "Call {name}"),
        "hold": QCoreApplication.translate("Words", "Hold {name}"),
        "resume_speaker": QCoreApplication.translate("Words", "Resume {name}"),
        "finish_speaker": QCoreApplication.translate("Words", "Finish {name}"),
        "skip": QCoreApplication.translate("Words", "Skip {name}"),
        "defer": QCoreApplication.translate("Words", "Defer {name}"),
        "withdraw": QCoreApplication.translate("Words", "Withdraw {name}"),
        "restore_speaker": QCoreApplication.translate("Words", "Restore {name}"),
        "edit_speaker": QCoreApplication.translate("Words", "Edit {name}"),
    }
    if kind in speaker_verbs:
        return speaker_verbs[kind].format(name=subject)
    if kind == "queue":
        return QCoreApplication.translate("Words", "Queue {name} ({segment})").format(
            name=subject, segment=segment
        )
    list_verbs = {
        "reorder": QCoreApplication.translate("Words", "Reorder the list ({segment})"),
        "unheard_first": QCoreApplication.translate("Words", "Not yet heard first ({segment})"),
        "alternate": QCoreApplication.translate("Words", "Alternate room and online ({segment})"),
        "close_list": QCoreApplication.translate("Words", "Close the list ({segment})"),
        "reopen_list": QCoreApplication.translate("Words", "Reopen the list ({segment})"),
    }
    if kind in list_verbs:
        return list_verbs[kind].format(segment=segment)
    if kind == "limit":
        return QCoreApplication.translate("Words", "Speaking limit {limit} ({segment})").format(
            limit=format_clock(amount), segment=segment
        )
    if kind in ("extend_speaker", "shorten_speaker"):
        text = (
            QCoreApplication.translate("Words", "Extend {name} by {amount}")
            if kind == "extend_speaker"
            else QCoreApplication.translate("Words", "Shorten {name} by {amount}")
        )
        return text.format(name=subject, amount=seconds(amount))
    # The interventions.
    if kind == "capture":
        return QCoreApplication.translate("Words", "Capture of {what}").format(what=_whose(action))
    if kind == "edit_intervention":
        what = _whose(action)
        if action.details:
            fields = QCoreApplication.translate("Words", ", ").join(
                _field(f) for f in action.details
            )
            return QCoreApplication.translate("Words", "Edit of {what} ({fields})").format(
                what=what, fields=fields
            )
        return QCoreApplication.translate("Words", "Edit of {what}").format(what=what)
    if kind == "delete_intervention":
        return QCoreApplication.translate("Words", "Delete {what}").format(what=_whose(action))
    if kind == "restore_intervention":
        return QCoreApplication.translate("Words", "Restore {what}").format(what=_whose(action))
    found = undo_words(action)  # a balance, a point of order, a budget
    if found is not None:
        return found
    return subject or kind  # an event no slice names: its type


def undo_text(action: UndoAction | None) -> str:
    """The Edit menu's undo: "Undo: Next (Panel 2)", or "Nothing to undo"."""
    if action is None:
        return QCoreApplication.translate("Words", "Nothing to undo")
    return QCoreApplication.translate("Words", "Undo: {action}").format(action=undo_action(action))


def redo_text(action: UndoAction | None) -> str:
    """The Edit menu's redo: "Redo: Next (Panel 2)", or "Nothing to redo"."""
    if action is None:
        return QCoreApplication.translate("Words", "Nothing to redo")
    return QCoreApplication.translate("Words", "Redo: {action}").format(action=undo_action(action))


# ----------------------------------------------------------------------------- refusals
def phrase(words: Phrase) -> str:
    """A :class:`~facilitator.core.errors.Phrase` of the core in the interface's language
    (context ``Refusals``; its templates are marked in :mod:`facilitator.ui.refusals`): the
    template translated, then its values put in, each said as the interface says it (a phrase in
    turn, an enum member by its label, a number in the locale's digits, typed text as it is)."""
    text = QCoreApplication.translate("Refusals", words.template)
    if not words.params:
        return text
    values = {name: _value(value) for name, value in words.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is right
        return words.template.format(**values)


def sentence(text: str) -> str:
    """``text`` with a capital first letter: a phrase said on its own (a reason, a warning)
    starts lower-case, to follow "Line 6: " as well."""
    return text[:1].upper() + text[1:]


def located(problem: str, source: str | None, line: int | None) -> str:
    """A problem found in a file, with where it is, in the interface's language:
    "programme.toml, line 6: …", "programme.docx: …", "Line 6: …" (the terminal's English is
    ``ProgrammeError.describe()``)."""
    if source and line:
        return QCoreApplication.translate("Words", "{file}, line {line}: {problem}").format(
            file=source, line=line, problem=problem
        )
    if source:
        return QCoreApplication.translate("Words", "{file}: {problem}").format(
            file=source, problem=problem
        )
    if line:
        return QCoreApplication.translate("Words", "Line {line}: {problem}").format(
            line=line, problem=problem
        )
    return problem


def programme_problem(error: ProgrammeError) -> str:
    """Why a programme cannot be read or kept, with the file and line it concerns, in the
    interface's language."""
    return located(phrase(error.phrase), error.source, error.line)


def refusal(exc: BaseException) -> str:
    """Why a command was refused (a :class:`~facilitator.core.errors.CommandError`, or a store
    error that carries a phrase), in the interface's language; else its message as it is."""
    words = getattr(exc, "phrase", None)
    if isinstance(words, Phrase):
        return phrase(words)
    return str(getattr(exc, "message", None) or exc)


def _value(value: object) -> str:
    if isinstance(value, Phrase):
        return phrase(value)
    if isinstance(value, tuple):
        return QCoreApplication.translate("Words", ", ").join(_value(v) for v in value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return long_date(value)
    if isinstance(value, InterventionKind):
        return labels.intervention_kind(value)
    if isinstance(value, Category):
        return labels.category(value)
    if isinstance(value, Attendance):
        return labels.attendance(value)
    if isinstance(value, Phase):
        return labels.phase(value)
    if isinstance(value, int) and not isinstance(value, bool):
        locale = QLocale()
        if abs(value) < 10_000:
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale.toString(value)
    return str(value)
