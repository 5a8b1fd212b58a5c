"""Knowing that another seat has appended to a meeting's journal: from another process on the same
machine (SQLite) or from another machine (PostgreSQL).

A seat folds what others append by reading the events after its last seq
(:meth:`facilitator.session.MeetingSession.refresh`). This module only says *when* to read. A
wake-up is a hint and the read by seq is the truth: a notification can be missed (a dropped
connection, a seat that was busy), the sequence cannot, so a follower also wakes up every
``timeout`` seconds and the caller reads anyway.

* **PostgreSQL**: every append sends ``NOTIFY`` on the meeting's channel in the same transaction
  (:func:`channel`; PostgreSQL delivers it at the commit, never for a rolled-back append), and a
  follower ``LISTEN``\\ s on a connection of its own, blocked in the driver with the GIL released.
* **SQLite**: ``PRAGMA data_version`` read on a connection of its own changes whenever another
  connection (any process) has committed to the file. It is a counter in the shared memory of the
  WAL: reading it costs microseconds, so it is polled every ``poll`` seconds (50 ms by default).

A follower blocks; the UI runs it on a worker thread (:mod:`facilitator.ui.follow_thread`).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: How often a SQLite follower reads ``data_version`` (seconds): well inside the 250 ms target.
SQLITE_POLL = 0.05


def channel(meeting_id: int) -> str:
    """The meeting's notification channel on PostgreSQL (an identifier: letters, digits, _)."""
    return f"facilitator_meeting_{int(meeting_id)}"


class Follower(Protocol):
    """Waits until the journal may have grown."""

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True as soon as another seat may have appended,
        False when the time ran out (read anyway: a hint can be missed) or the follower closed."""
        ...

    def close(self) -> None:
        """Close the follower's connection: from the thread that waits, once it stops waiting
        (a connection is used by one thread at a time)."""
        ...


class SqliteFollower:
    """``PRAGMA data_version`` of a SQLite file, read on a connection of its own."""

    def __init__(self, path: Path, *, poll: float = SQLITE_POLL) -> None:
        self._poll = poll
        # Read-only, and never the app's own connection: data_version counts the commits of
        # *other* connections, which is exactly "another seat wrote".
        self._conn = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._version = self._read()

    def _read(self) -> int:
        row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self._poll, left))

    def close(self) -> None:
        self._conn.close()


class PostgresFollower:
    """``LISTEN`` on the meeting's channel, on a connection of its own (psycopg 3)."""

    def __init__(self, url: URL, meeting_id: int, *, connect_timeout: int = 5) -> None:
        # psycopg is the optional ``postgres`` extra: a laptop on SQLite never loads it.
        import psycopg

        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(plain, autocommit=True, connect_timeout=connect_timeout)
        self._conn.execute(f"LISTEN {channel(meeting_id)}")

    def wait(self, timeout: float) -> bool:
        for _notice in self._conn.notifies(timeout=timeout, stop_after=1):
            return True
        return False

    def close(self) -> None:
        self._conn.close()


def follower_for(url: URL, path: Path | None, meeting_id: int) -> Follower:
    """The follower for a database: its SQLite file's, or the meeting's channel on a server."""
    if path is not None:
        return SqliteFollower(path)
    return PostgresFollower(url, meeting_id)
