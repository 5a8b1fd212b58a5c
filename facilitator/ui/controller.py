"""The bridge between the Qt views and a :class:`~facilitator.session.MeetingSession`.

Views call :meth:`MeetingController.act` with the name of a session command; the controller runs
it (check in core, commit in the store, fold) and emits :attr:`state_changed` only after the event
is on disk, or :attr:`failed` with a sentence for the user. Nothing else in the UI changes meeting
data.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from facilitator.core.board import Board, build_board
from facilitator.core.errors import CommandError
from facilitator.core.journal import EventRecord
from facilitator.core.state import MeetingState
from facilitator.session import MeetingSession
from facilitator.store.errors import StoreError

log = logging.getLogger(__name__)


class MeetingController(QObject):
    """Runs the Co-Chairs' commands and tells the views what changed."""

    state_changed = Signal(object)  # MeetingState, after an event is committed and folded
    event_committed = Signal(object)  # EventRecord
    failed = Signal(str)  # a sentence the user can act on

    def __init__(self, session: MeetingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.subscribe(self._committed)

    @property
    def state(self) -> MeetingState:
        return self.session.state

    def now(self) -> dt.datetime:
        return self.session.now()

    def board(self) -> Board:
        return build_board(self.session.state, self.session.now())

    def act(self, command: str, *args: Any) -> bool:
        """Run ``session.<command>(*args)``; False (and :attr:`failed`) when it was refused or could
        not be saved. The journal is unchanged in that case."""
        try:
            getattr(self.session, command)(*args)
        except CommandError as exc:
            self.failed.emit(str(exc))
            return False
        except StoreError as exc:
            log.warning("store error on %s: %s", command, exc.detail or exc)
            self.failed.emit(exc.message)
            return False
        return True

    def backup_if_due(self) -> None:
        try:
            self.session.backup_if_due()
        except StoreError as exc:
            self.failed.emit(exc.message)

    def _committed(self, record: EventRecord, state: MeetingState) -> None:
        self.event_committed.emit(record)
        self.state_changed.emit(state)
