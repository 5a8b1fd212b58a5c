"""Typed errors of the meeting's logic, each with a sentence a Co-Chair understands.

Two families, kept apart on purpose (as qutebrowser keeps ``KnownError`` apart from ``BugError``):

* :class:`CommandError`: a command that makes no sense now ("The meeting is not paused."). The UI
  shows ``str(error)`` as it is; nothing was appended to the journal.
* :class:`MalformedEventError`: a journal record that cannot be read (a payload with a missing or
  mistyped field). It means a damaged journal or a bug, never a user's mistake.
"""

from __future__ import annotations


class CommandError(Exception):
    """A command refused because it makes no sense in the meeting's current state."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class NothingRunningError(CommandError):
    """The command needs a current segment and there is none."""


class AlreadyRunningError(CommandError):
    """The segment (or sitting) asked for is already running."""


class NotPausedError(CommandError):
    """Resume while the current segment is not paused."""


class NotRunningError(CommandError):
    """Pause while the current segment is not running (it is paused already)."""


class NoSuchSegmentError(CommandError):
    """Next past the last segment, back before the first, or a jump to an unknown segment."""


class ExtensionError(CommandError):
    """An extension of zero, or one that would leave the segment less than no time."""


class SittingError(CommandError):
    """A sitting that does not exist, is already started or ended, or is not running."""


class ProgrammeEditError(CommandError):
    """An edit that would remove the running segment, an invalid programme, or no change at all."""


class NothingToUndoError(CommandError):
    """Undo with no effective event left to cancel."""


class NothingToRedoError(CommandError):
    """Redo with nothing undone, or after a new action made the undone one stale."""


class MalformedEventError(ValueError):
    """A journal record of a known type whose payload cannot be read."""

    def __init__(self, message: str, *, type_name: str, seq: int = 0) -> None:
        self.message = message
        self.type_name = type_name
        self.seq = seq
        where = f"event {seq} ({type_name})" if seq else f"a {type_name} event"
        super().__init__(f"The meeting's journal is damaged: {where} {message}.")
