"""Follow the other seats: a worker thread that waits for their appends and tells the window.

The waiting (``LISTEN`` on a server, ``PRAGMA data_version`` on a SQLite file: see
:mod:`facilitator.store.follow`) blocks, so it runs here, off the GUI thread; the GUI thread only
reads the new events by seq and folds them (:meth:`MeetingController.refresh`), as it does its own.
A wake-up is a hint: the thread also says "look" every :data:`CATCH_UP_SECONDS`, so a missed
notification costs at most that long, never an event.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    from facilitator.store.follow import Follower

log = logging.getLogger(__name__)

#: How long a seat goes without looking when no notification came (a missed one is caught then).
CATCH_UP_SECONDS = 2.0
#: The longest one wait blocks, so that closing the window never waits longer for the thread.
STOP_WITHIN = 0.25


class FollowThread(QThread):
    """Emits :attr:`moved` when another seat may have appended (and every few seconds anyway).

    ``connect`` makes the follower inside the thread (its connection then belongs to it); if it
    cannot (the server is unreachable), :attr:`lost` says why and the thread tries again."""

    moved = Signal()
    lost = Signal(str)  # a sentence: why the seat cannot follow just now

    def __init__(
        self,
        connect: Callable[[], Follower],
        *,
        parent: QObject | None = None,
        catch_up: float = CATCH_UP_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._connect = connect
        self._catch_up = catch_up
        self._stopping = threading.Event()

    def stop(self) -> None:
        """Ask the thread to end (within one wait) and wait for it."""
        self._stopping.set()
        self.wait()

    def run(self) -> None:
        follower: Follower | None = None
        last_look = time.monotonic()
        while not self._stopping.is_set():
            if follower is None:
                try:
                    follower = self._connect()
                except Exception as exc:  # any failure to connect is said, retried
                    log.warning("cannot follow the meeting: %s", exc)
                    self.lost.emit(str(exc))
                    self._stopping.wait(self._catch_up)
                    continue
                last_look = time.monotonic()
                self.moved.emit()  # whatever happened while not following
            try:
                woken = follower.wait(STOP_WITHIN)
            except Exception as exc:  # a dropped connection: reconnect
                log.warning("lost the meeting's notifications: %s", exc)
                self.lost.emit(str(exc))
                _close(follower)
                follower = None
                continue
            due = time.monotonic() - last_look >= self._catch_up
            if (woken or due) and not self._stopping.is_set():
                last_look = time.monotonic()
                self.moved.emit()
        if follower is not None:
            _close(follower)


def _close(follower: Follower) -> None:
    try:
        follower.close()
    except Exception:  # closing a dead connection may fail; it is gone either way
        log.debug("closing a follower failed", exc_info=True)
