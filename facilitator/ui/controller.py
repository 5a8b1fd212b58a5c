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

import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from facilitator.core.board import Board, build_board
from facilitator.core.errors import CommandError
from facilitator.core.fold.changes import what_changed
from facilitator.core.fold.state import MeetingState
from facilitator.core.journal.record import EventRecord
from facilitator.seat import Seat
from facilitator.ui import words
from facilitator.ui.follow_thread import FollowThread

if TYPE_CHECKING:
    from facilitator.session import MeetingSession
    from facilitator.store.follow import Follower

log = logging.getLogger(__name__)


class MeetingController(QObject):
    """Runs the Co-Chairs' commands and tells the views what changed."""

    state_changed = Signal(object)  # MeetingState, after an event is committed and folded
    event_committed = Signal(object)  # EventRecord
    failed = Signal(str)  # a sentence the user can act on
    following = Signal(str)  # "" while other seats' events arrive; else why they cannot
    #: A rolling backup has ended (True if one was taken); on the GUI thread.
    backup_ended = Signal(bool)
    _backup_done = Signal(bool, str)  # from the backup's thread: taken, what went wrong
    changed = Signal(object)  # Changes: from the state before to the new one (after state_changed)

    def __init__(self, session: Seat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Seat = session
        self._seen: MeetingState | None = session.state  # what the last ``changed`` was about
        session.subscribe(self._committed)
        self._follow: FollowThread | None = None
        self._lost = ""
        self._backup: threading.Thread | None = None
        self._backup_done.connect(self._backup_finished)  # queued: it comes from the thread

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
        :attr:`failed`) when it was refused or could not be saved. The journal is unchanged in
        that case."""
        try:
            command(cast("MeetingSession", self.session))
        except CommandError as exc:
            self.failed.emit(words.refusal(exc))
            return False
        except Exception as exc:
            if not _is_store_error(exc):
                raise
            log.warning("store error: %s", getattr(exc, "detail", None) or exc)
            self.failed.emit(words.refusal(exc))
            return False
        return True

    def follow(self, connect: Callable[[], Follower]) -> None:
        """Fold the other seats' events as they are committed (issue 18): a worker thread waits
        for them (``connect`` makes its follower) and :meth:`refresh` reads them here."""
        thread = FollowThread(connect, parent=self)
        thread.moved.connect(self.refresh)
        thread.lost.connect(self._follow_lost)
        self._follow = thread
        thread.start()

    def refresh(self) -> None:
        """Read and fold what other seats appended since this seat's last event; the views
        follow through :attr:`state_changed`, event by event, as for this seat's own."""
        try:
            self.session.refresh()
        except Exception as exc:
            if not _is_store_error(exc):
                raise
            self._follow_lost(exc.message)  # type: ignore[attr-defined]
            return
        if self._lost:
            self._lost = ""
            self.following.emit("")

    def _follow_lost(self, why: str) -> None:
        log.warning("not following the other seats: %s", why)
        self._lost = why or "the connection was lost"
        self.following.emit(self._lost)

    @property
    def follows_others(self) -> bool:
        """Whether it follows the other seats' events (until :meth:`shutdown`)."""
        return self._follow is not None

    def shutdown(self) -> None:
        """The window is closing: stop following (the worker thread ends within a quarter of a
        second) and keep the fold's snapshot for the next opening."""
        if self._follow is not None:
            self._follow.stop()
            self._follow = None
        self._keep_snapshot(due=False)

    def _keep_snapshot(self, *, due: bool = True) -> None:
        """Keep the fold's snapshot (when enough came since the last, if ``due``); never an
        error to the user: without one the next opening folds the whole journal."""
        try:
            if due:
                self.session.save_snapshot_if_due()
            else:
                self.session.save_snapshot()
        except Exception:
            log.warning("the fold's snapshot was not kept", exc_info=True)

    def backup_if_due(self) -> None:
        """Take the rolling backup if it is due, on a worker thread: copying and checking the
        database file takes a fifth of a second with a few days in it, during which the clocks
        would stand still. SQLite's backup and integrity check let other threads run (measured:
        a 50 ms timer on the GUI thread never late by more than a millisecond meanwhile). One
        backup at a time; a failure is said as before (:attr:`failed`); :meth:`wait_for_backup`
        (and closing the database) waits for the one under way."""
        # The fold's snapshot is kept on the same timer, here on the GUI thread that folds (the
        # folder is not to be read while another thread changes it), off the commands' path.
        self._keep_snapshot()
        if self._backup is not None and self._backup.is_alive():
            return
        now = self.session.now()  # the room's clock is read here, where its jumps are journaled
        # Not a daemon: the interpreter does not exit in the middle of a backup.
        self._backup = threading.Thread(
            target=self._back_up, args=(self.session, now), name="backup", daemon=False
        )
        self._backup.start()

    def _back_up(self, session: Seat, now: dt.datetime) -> None:
        taken, problem = False, ""
        try:
            taken = session.backup_if_due(now)
        except Exception as exc:
            message = getattr(exc, "message", None)
            if _is_store_error(exc) and isinstance(message, str):
                problem = message
            else:  # a bug: the log gets the traceback, the user a sentence
                from facilitator.crash_log import log_crash

                log = log_crash()
                what = f"{type(exc).__name__}: {exc}"
                problem = f"The backup could not be taken ({what}). The details are in {log}."
        with contextlib.suppress(RuntimeError):  # the window (and this object) are gone
            self._backup_done.emit(taken, problem)

    def _backup_finished(self, taken: bool, problem: str) -> None:
        if problem:
            self.failed.emit(problem)
        self.backup_ended.emit(taken)

    @property
    def backing_up(self) -> bool:
        return self._backup is not None and self._backup.is_alive()

    def wait_for_backup(self) -> None:
        """Wait for a backup under way (the window is closing)."""
        if self._backup is not None:
            self._backup.join()

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
