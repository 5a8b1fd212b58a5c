"""The console's actions, as one table.

Each row says everything about one thing the Co-Chair or the rapporteur can do: its name, its menu
text, its keys, its tip, the menu it is in and what it does. The console builds its menus, its
control buttons, its tooltips and its keyboard shortcuts from this table, and the keyboard-shortcuts
sheet (Help → Keyboard shortcuts, F1) is read from it too, so the sheet cannot disagree with the
menus.

A handler takes the console window. A meeting command is a typed call on the
:class:`~facilitator.session.MeetingSession` (``command(lambda s: s.next())``), run through the
controller: no command is named by a string, so the type checker follows every key to its command.

The texts are English source strings, marked for ``pyside6-lupdate`` with ``QT_TRANSLATE_NOOP``; the
console translates them (context ``ConsoleWindow``) when it builds its actions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from facilitator.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from facilitator.session import MeetingSession
    from facilitator.ui.console import ConsoleWindow

Handler = Callable[["ConsoleWindow"], object]

#: Where the keys work: anywhere in the console window (the menu entries), only in the capture pane
#: (and its fields), or only in the interventions list.
Context = Literal["window", "capture", "review"]


@dataclass(frozen=True)
class ConsoleAction:
    """One action of the console (see the module docstring)."""

    name: str
    text: str  # as in its menu, with the mnemonic's "&"
    keys: tuple[str, ...]  # the first is the one a control button shows
    tip: str  # the tooltip and the status bar's words (the tooltip adds the keys)
    handler: Handler
    menu: str = ""  # the menu it is in (one of MENUS); "" for keys that have no menu entry
    separator: bool = False  # a separator above it in its menu
    button: str = ""  # the short name on its control button (see CONTROL_BUTTONS)
    context: Context = "window"


def command(run: Callable[[MeetingSession], object]) -> Handler:
    """A handler that runs a session command through the console's controller (which refuses it
    with a sentence, or commits it and tells the views)."""
    return lambda window: window.controller.act(run)


FILE, MEETING, SPEAKERS, CAPTURE, EDIT, VIEW = (
    QT_TRANSLATE_NOOP("ConsoleWindow", "&File"),
    QT_TRANSLATE_NOOP("ConsoleWindow", "&Meeting"),
    QT_TRANSLATE_NOOP("ConsoleWindow", "&Speakers"),
    QT_TRANSLATE_NOOP("ConsoleWindow", "&Capture"),
    QT_TRANSLATE_NOOP("ConsoleWindow", "&Edit"),
    QT_TRANSLATE_NOOP("ConsoleWindow", "&View"),
)
#: The menus, in the menu bar's order (Help follows them; see facilitator.ui.help).
MENUS = (FILE, MEETING, SPEAKERS, CAPTURE, EDIT, VIEW)

#: Where each context's keys are said to work, in the shortcuts sheet.
CONTEXT_WORDS: dict[Context, str] = {
    "window": QT_TRANSLATE_NOOP("ConsoleWindow", "Anywhere"),
    "capture": QT_TRANSLATE_NOOP("ConsoleWindow", "In the capture pane"),
    "review": QT_TRANSLATE_NOOP("ConsoleWindow", "In the interventions list"),
}

ACTIONS: tuple[ConsoleAction, ...] = (
    # ---------------------------------------------------------------------------------- File
    ConsoleAction(
        "export_record",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Export record…"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow",
            "Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview",
        ),
        lambda w: w.open_export(),
        menu=FILE,
    ),
    ConsoleAction(
        "rehearse",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Rehearse this meeting…"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow",
            "Run through this meeting on a practice copy, on its day's clock; nothing is kept",
        ),
        lambda w: w.request_rehearsal(),
        menu=FILE,
        separator=True,
    ),
    ConsoleAction(
        "meetings",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Meetings…"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow",
            "Back to the list of meetings (asks first while the meeting is under way)",
        ),
        lambda w: w.leave_for_meetings(),
        menu=FILE,
    ),
    ConsoleAction(
        "quit",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Quit Facilitator (the meeting is saved)"),
        lambda w: w.close(),
        menu=FILE,
        separator=True,
    ),
    # ------------------------------------------------------------------------------- Meeting
    ConsoleAction(
        "toggle",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Start / pause"),
        ("Space",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Start the next segment, or pause and resume the current one"
        ),
        command(lambda s: s.toggle()),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Start/Pause"),
    ),
    ConsoleAction(
        "next",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Next segment"),
        ("N", "PgDown"),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Finish this segment and start the next"),
        command(lambda s: s.next()),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Next"),
    ),
    ConsoleAction(
        "back",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Back"),
        ("B", "PgUp"),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Go back to the previous segment; its clock resumes"),
        command(lambda s: s.back()),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Back"),
    ),
    ConsoleAction(
        "jump",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Jump to segment…"),
        ("J",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Start any segment of the day"),
        lambda w: w.choose_jump(),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Jump…"),
    ),
    ConsoleAction(
        "extend1",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Extend by &1 minute"),
        ("+", "="),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Give the current segment one more minute"),
        command(lambda s: s.extend(60)),
        menu=MEETING,
        separator=True,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "+1 min"),
    ),
    ConsoleAction(
        "extend5",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Extend by &5 minutes"),
        ("Shift+E", "Ctrl++"),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Give the current segment five more minutes"),
        command(lambda s: s.extend(300)),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "+5 min"),
    ),
    ConsoleAction(
        "shorten1",
        QT_TRANSLATE_NOOP("ConsoleWindow", "S&horten by 1 minute"),
        ("-",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Take one minute from the current segment"),
        command(lambda s: s.extend(-60)),
        menu=MEETING,
    ),
    ConsoleAction(
        "finish",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Finish segment"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Finish the current segment without starting the next"),
        command(lambda s: s.finish()),
        menu=MEETING,
        separator=True,
    ),
    ConsoleAction(
        "end_sitting",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&End the sitting"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "End the sitting under way (lunch, or the day)"),
        command(lambda s: s.end_sitting()),
        menu=MEETING,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "End sitting"),
    ),
    # ------------------------------------------------------------------------------ Speakers
    ConsoleAction(
        "call_next",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Call the next speaker"),
        ("C",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Give the floor to the first speaker waiting; their clock starts"
        ),
        command(lambda s: s.call_next()),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "call_selected",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Call the selected speaker"),
        ("Shift+C",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Give the floor to the speaker selected in the list"),
        lambda w: w.call_selected(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "hold_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Hold / resume the speaker"),
        ("H",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Hold the speaker's clock (interpretation, connection) and resume it"
        ),
        command(lambda s: s.toggle_speaker_hold()),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "extend_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Give the speaker 30 s more"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Extend the speaker's time by 30 s"),
        command(lambda s: s.extend_speaker(30)),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "finish_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Finish the speaker"),
        ("X",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "The speaker has finished"),
        command(lambda s: s.finish_speaker()),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "skip_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Skip (one place down)"),
        ("S",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Move the selected speaker (or the one on the floor) one place down"
        ),
        lambda w: w.skip_speaker(),
        menu=SPEAKERS,
        separator=True,
    ),
    ConsoleAction(
        "defer_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Defer to the end"),
        ("D",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Move the selected speaker (or the one on the floor) to the end"
        ),
        lambda w: w.defer_speaker(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "withdraw_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Withdraw"),
        ("W",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Take the selected speaker (or the one on the floor) off the list"
        ),
        lambda w: w.withdraw_speaker(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "restore_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Put &back on the list"),
        ("R",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Put a withdrawn or finished speaker back at the end of the list"
        ),
        lambda w: w.restore_selected(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "move_up",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move up"),
        ("Ctrl+Up",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move the selected speaker one place up"),
        lambda w: w.move_selected(lambda s, entry: s.move_speaker_up(entry)),
        menu=SPEAKERS,
        separator=True,
    ),
    ConsoleAction(
        "move_down",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move down"),
        ("Ctrl+Down",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move the selected speaker one place down"),
        lambda w: w.move_selected(lambda s, entry: s.move_speaker_down(entry)),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "move_top",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move to the &top"),
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move the selected speaker to the top of the list"),
        lambda w: w.move_selected(lambda s, entry: s.move_speaker_to_top(entry)),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "prefer_unheard",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Those not yet heard today first"),
        ("Ctrl+Shift+U",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Reorder the list: speakers not yet heard today first"),
        command(lambda s: s.prefer_unheard()),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "alternate",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Alternate room and online"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Reorder the list to alternate speakers in the room and online"
        ),
        command(lambda s: s.alternate_room_online()),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "add_speaker",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Add a speaker…"),
        ("A",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Type a registered name, or “Name, Organization” for a guest"
        ),
        lambda w: w.focus_add_line(),
        menu=SPEAKERS,
        separator=True,
    ),
    ConsoleAction(
        "addresses",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Standing items &addressed…"),
        ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Which standing items the selected speaker will address"
        ),
        lambda w: w.choose_addresses(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "set_limit",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Speaking &limit…"),
        ("L",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Set the speaking time per speaker for this list"),
        lambda w: w.choose_limit(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "close_list",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Close / reopen the &list"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Close the list to new requests, or reopen it"),
        lambda w: w.toggle_list(),
        menu=SPEAKERS,
    ),
    ConsoleAction(
        "import_registrations",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Import registrations…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Add participants from a registration list (.csv, .xlsx)"
        ),
        lambda w: w.import_registrations(),
        menu=SPEAKERS,
        separator=True,
    ),
    # ------------------------------------------------------------------------------- Capture
    ConsoleAction(
        "capture_new",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&New intervention from the floor"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Start capturing the speaker on the floor, prefilled"),
        lambda w: w.capture.new_from_floor(),
        menu=CAPTURE,
    ),
    ConsoleAction(
        "capture_focus",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Go to the &capture"),
        ("Ctrl+3",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Move the keyboard to the summary of the intervention being captured"
        ),
        lambda w: w.focus_capture(),
        menu=CAPTURE,
    ),
    ConsoleAction(
        "review_focus",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Go to the &interventions"),
        ("Ctrl+4",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Find, review and edit what was captured"),
        lambda w: w.focus_review(),
        menu=CAPTURE,
    ),
    ConsoleAction(
        "set_name",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Your &name…"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow",
            "The name recorded with everything you do and capture (a rapporteur's name)",
        ),
        lambda w: w.choose_name(),
        menu=CAPTURE,
        separator=True,
    ),
    ConsoleAction(
        "save_intervention",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Save the intervention"),
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Save the intervention being captured"),
        lambda w: w.capture.save(),
        context="capture",
    ),
    ConsoleAction(
        "leave_field",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Leave the field"),
        ("Escape",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Leave a field: the single keys are the Co-Chair's again"
        ),
        lambda w: w.return_to_console(),
        context="capture",
    ),
    ConsoleAction(
        "delete_intervention",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Delete the intervention"),
        ("Delete",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Delete the selected intervention (Ctrl+Z undoes)"),
        lambda w: w.delete_intervention(),
        context="review",
    ),
    # ---------------------------------------------------------------------------------- Edit
    ConsoleAction(
        "undo",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Undo"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Undo this seat's last action"),
        command(lambda s: s.undo()),
        menu=EDIT,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Undo"),
    ),
    ConsoleAction(
        "undo_other",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Undo another seat's step…"),
        ("Ctrl+Alt+Z",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow",
            "Undo the latest step of another seat, named with who took it (asks first)",
        ),
        lambda w: w.undo_other_seat(),
        menu=EDIT,
    ),
    ConsoleAction(
        "redo",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Redo what this seat undid"),
        command(lambda s: s.redo()),
        menu=EDIT,
        button=QT_TRANSLATE_NOOP("ConsoleWindow", "Redo"),
    ),
    ConsoleAction(
        "edit_programme",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Edit &programme…"),
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Edit items and segments"),
        lambda w: w.request_programme_edit(),
        menu=EDIT,
        separator=True,
    ),
    # ---------------------------------------------------------------------------------- View
    ConsoleAction(
        "room_display",
        QT_TRANSLATE_NOOP("ConsoleWindow", "&Room display"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Show or hide the display for the room, full screen on the last screen"
        ),
        lambda w: w.toggle_room_display(),
        menu=VIEW,
    ),
    ConsoleAction(
        "agenda_focus",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Go to the &agenda"),
        ("Ctrl+1",),
        QT_TRANSLATE_NOOP(
            "ConsoleWindow", "Move the keyboard to the agenda (Enter starts the selected segment)"
        ),
        lambda w: w.focus_agenda(),
        menu=VIEW,
    ),
    ConsoleAction(
        "speakers_focus",
        QT_TRANSLATE_NOOP("ConsoleWindow", "Go to the &speakers"),
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("ConsoleWindow", "Move the keyboard to the list of speakers"),
        lambda w: w.focus_speakers(),
        menu=VIEW,
    ),
)

#: The control buttons under the clock, left to right (each action's ``button`` is its name there).
CONTROL_BUTTONS = (
    "toggle",
    "back",
    "next",
    "jump",
    "extend1",
    "extend5",
    "end_sitting",
    "undo",
    "redo",
)


def in_context(context: Context) -> Iterator[ConsoleAction]:
    """The actions whose keys work in ``context``."""
    return (action for action in ACTIONS if action.context == context)


def in_menu(menu: str) -> Iterator[ConsoleAction]:
    """The entries of ``menu``, in order."""
    return (action for action in ACTIONS if action.menu == menu)


def action(name: str) -> ConsoleAction:
    """The action called ``name``."""
    for candidate in ACTIONS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
