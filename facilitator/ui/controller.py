"""The bridge between the Qt views and a :class:`~facilitator.session.MeetingSession`.

Views call :meth:`MeetingController.act` with a typed session command
(``controller.act(lambda s: s.jump(segment_id))``); the controller runs it (check in core, commit in
the store, fold) and emits :attr:`state_changed` only after the event is on disk, or :attr:`failed`
with a sentence for the user. Nothing else in the UI changes meeting data.

With each new state it also emits :attr:`changed`, what changed since the state before
(:func:`~facilitator.core.fold.changes.what_changed`): the agenda, which lists of speakers,
which interventions… so that each view updates only when, and where, a change concerns it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from facilitator.core.board import Board, build_board
from facilitator.core.errors import CommandError
from facilitator.core.fold.changes import what_changed
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.opening import OpeningSession, StillOpeningError
from facilitator.seat import Seat

if TYPE_CHECKING:
    from facilitator.session import MeetingSession

log = logging.getLogger(__name__)


class MeetingController(QObject):
    """Runs the Co-Chairs' commands and tells the views what changed."""

    state_changed = Signal(object)  # MeetingState, after an event is committed and folded
    event_committed = Signal(object)  # EventRecord
    failed = Signal(str)  # a sentence the user can act on
    changed = Signal(object)  # Changes: from the state before to the new one (after state_changed)

    def __init__(self, session: Seat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Seat = session
        self._seen: MeetingState | None = session.state  # what the last ``changed`` was about
        session.subscribe(self._committed)

    @property
    def ready(self) -> bool:
        """Whether commands can run (the store is open), rather than a meeting still opening."""
        return not isinstance(self.session, OpeningSession)

    def attach(self, session: MeetingSession) -> None:
        """Replace a still-opening meeting by the real session, once the store is open."""
        if self.session.actor:
            session.actor = self.session.actor
        self.session = session
        session.subscribe(self._committed)
        self.state_changed.emit(session.state)
        self._changed(session.state)

    @property
    def state(self) -> MeetingState:
        return self.session.state

    def now(self) -> dt.datetime:
        return self.session.now()

    def board(self) -> Board:
        now = self.session.now()  # first: a jump of the clock is journaled, then folded
        return build_board(self.session.state, now)

    def act(self, command: Callable[[MeetingSession], object]) -> bool:
        """Run ``command`` on the meeting session (``lambda s: s.next()``); False (and
        :attr:`failed`) when it was refused or could not be saved, or the meeting is still opening.
        The journal is unchanged in that case."""
        if not self.ready:
            self.failed.emit(str(StillOpeningError()))
            return False
        try:
            command(cast("MeetingSession", self.session))
        except CommandError as exc:
            self.failed.emit(str(exc))
            return False
        except Exception as exc:
            if not _is_store_error(exc):
                raise
            log.warning("store error: %s", getattr(exc, "detail", None) or exc)
            self.failed.emit(exc.message)  # type: ignore[attr-defined]
            return False
        return True

    def backup_if_due(self) -> None:
        try:
            self.session.backup_if_due()
        except Exception as exc:
            if not _is_store_error(exc):
                raise
            self.failed.emit(exc.message)  # type: ignore[attr-defined]

    def _committed(self, record: EventRecord, state: MeetingState) -> None:
        self.event_committed.emit(record)
        self.state_changed.emit(state)
        self._changed(state)

    def _changed(self, state: MeetingState) -> None:
        changes = what_changed(self._seen, state)
        self._seen = state
        self.changed.emit(changes)


def _is_store_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a StoreError, without importing the store (and SQLAlchemy) at start-up:
    a store error can only exist once the store module was loaded."""
    import sys

    errors = sys.modules.get("facilitator.store.errors")
    return errors is not None and isinstance(exc, errors.StoreError)
