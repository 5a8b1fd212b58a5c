"""What can go wrong with the meeting database, in words a Co-Chair can act on.

Like qutebrowser's ``misc/sql.py``, failures caused by the environment (a full disk, a locked or
damaged file, a read-only folder) become typed :class:`StoreError` subclasses whose ``message`` is
one or two sentences saying what happened and what to do. Anything else (a bug in our SQL, a
constraint we did not expect) is not translated and propagates as the original exception, so that it
is reported as a bug and not dressed up as the user's problem.

Every store call either commits and returns, or raises with the transaction rolled back: an error
always means "this was not saved".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from facilitator.store.backup_names import BackupInfo, list_backups

# Primary SQLite result codes we know how to word (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
PG_DISK_FULL = "53100"
PG_OUT_OF_MEMORY = "53200"
PG_READ_ONLY_TRANSACTION = "25006"
PG_LOCK_NOT_AVAILABLE = "55P03"
PG_DEADLOCK = "40P01"
PG_DATA_CORRUPTED = "XX001"
PG_INDEX_CORRUPTED = "XX002"


def _where(path: Path | None) -> str:
    return f" at {path}" if path else ""


class StoreError(Exception):
    """A failure of the meeting database that the user can act on.

    ``message`` is the sentence to show; ``path`` the database file (``None`` for a server);
    ``detail`` the technical text from SQLite or the server, for the log.
    """

    def __init__(self, message: str, *, path: Path | None = None, detail: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class DatabaseCorrupt(StoreError):
    """The file is not a SQLite database, or its pages are damaged.

    ``backups`` lists the backups that could replace it, newest first; the damaged file itself has
    been left exactly as it was.
    """

    def __init__(
        self,
        path: Path | None,
        *,
        backups: Sequence[BackupInfo] = (),
        detail: str | None = None,
    ) -> None:
        self.backups: list[BackupInfo] = list(backups)
        if self.backups:
            newest = self.backups[0]
            offer = (
                f" Open the newest backup (taken {newest.taken_at:%Y-%m-%d %H:%M} UTC) to go on"
                " from there; the damaged file will be kept aside, never overwritten."
            )
        else:
            offer = (
                " There is no backup of it yet. The damaged file has been left untouched;"
                " choose another database, or start a new one."
            )
        super().__init__(
            f"The meeting database{_where(path)} is damaged and cannot be opened.{offer}",
            path=path,
            detail=detail,
        )

    @property
    def newest_backup(self) -> BackupInfo | None:
        return self.backups[0] if self.backups else None


class DatabaseLocked(StoreError):
    """Another program holds the database for longer than the busy timeout."""

    def __init__(
        self, path: Path | None, *, timeout_ms: int | None = None, detail: str | None = None
    ) -> None:
        waited = f" for more than {timeout_ms / 1000:g} s" if timeout_ms else ""
        super().__init__(
            f"The meeting database{_where(path)} is busy: another program has held it{waited}."
            " Nothing was saved. Close any other program that uses this database, then try again.",
            path=path,
            detail=detail,
        )


class DatabaseInUse(DatabaseLocked):
    """Another Facilitator already has this database open for writing."""

    def __init__(self, path: Path, *, pid: int | None = None) -> None:
        who = f"another Facilitator (process {pid})" if pid else "another Facilitator"
        StoreError.__init__(
            self,
            f"The meeting database at {path} is already open in {who}. Switch to that window,"
            " or open this database read-only to follow the meeting without changing it.",
            path=path,
        )
        self.pid = pid


class DatabaseReadOnly(StoreError):
    """The file or its folder cannot be written (or this instance opened it read-only)."""

    def __init__(
        self, path: Path | None, *, message: str | None = None, detail: str | None = None
    ) -> None:
        super().__init__(
            message
            or (
                f"The meeting database{_where(path)} cannot be written: the file or its folder"
                " is read-only. Nothing was saved. Move the database to a folder you can write"
                " to, or open it read-only to view it."
            ),
            path=path,
            detail=detail,
        )


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full; the last change was not saved."""

    def __init__(self, path: Path | None, *, detail: str | None = None) -> None:
        super().__init__(
            f"The disk holding the meeting database{_where(path)} is full, so the last action"
            " was not saved. Free some space on that disk, then repeat the action.",
            path=path,
            detail=detail,
        )


class DatabaseTooNew(StoreError):
    """The database was written by a newer Facilitator, with a schema this one does not know."""

    def __init__(self, path: Path | None, *, revision: str, head: str) -> None:
        super().__init__(
            f"The meeting database{_where(path)} was written by a newer version of Facilitator"
            f" (schema {revision}; this version knows up to {head}). Update Facilitator to open"
            " it; it has not been changed.",
            path=path,
        )
        self.revision = revision
        self.head = head


class NotFacilitatorDatabase(StoreError):
    """A valid SQLite file that holds some other program's tables."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            f"The file{_where(path)} is a SQLite database, but not one of Facilitator's."
            " It has not been changed. Choose another file, or a new name to start a database.",
            path=path,
        )


class UnknownMeeting(StoreError):
    """The meeting asked for is not (or no longer) in the database."""

    def __init__(self, meeting_id: int) -> None:
        super().__init__(
            f"There is no meeting {meeting_id} in the database; it may have been deleted."
            " Choose a meeting from the list."
        )
        self.meeting_id = meeting_id


class JournalMoved(StoreError):
    """Another seat appended to the meeting after the state a command was checked against: the
    command was not written. The seat catches up (events after its last seq) and checks the
    command again; the user sees a sentence only if it no longer makes sense."""

    def __init__(self, meeting_id: int, last_seq: int) -> None:
        super().__init__(
            "Another seat changed the meeting at the same moment; nothing was saved."
            " Look at the meeting as it is now and try again."
        )
        self.meeting_id = meeting_id
        self.last_seq = last_seq


class DamagedMeeting(StoreError):
    """One meeting's journal has an event that cannot be read (its bytes were damaged on disk,
    or it was written by something else). The rest of the database, and every other meeting, is
    sound: this meeting can be opened up to the event before, read-only, or a backup restored."""

    def __init__(self, meeting_id: int, seq: int, *, detail: str | None = None) -> None:
        super().__init__(
            f"Meeting {meeting_id} is damaged: its event {seq} cannot be read. Restore a backup"
            f" of the database, or open the meeting read-only up to event {seq - 1}.",
            detail=detail,
        )
        self.meeting_id = meeting_id
        self.seq = seq


class BackupFailed(StoreError):
    """A backup could not be written or read; the meeting database itself is unaffected."""

    def __init__(self, path: Path | None, *, detail: str | None = None) -> None:
        super().__init__(
            f"A backup of the meeting database could not be made{_where(path)}"
            + (f" ({detail})" if detail else "")
            + ". The meeting itself is saved. Free some space on that disk, or check that the"
            " backup folder can be written, and Facilitator will try again.",
            path=path,
            detail=detail,
        )


# ----------------------------------------------------------------------------- translation
def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (or of the driver error it wraps)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(
    exc: BaseException,
    *,
    path: Path | None,
    timeout_ms: int | None = None,
    backup_dir: Path | None = None,
) -> StoreError | None:
    """The :class:`StoreError` for a driver error, or ``None`` when it is not the user's problem.

    ``exc`` is a :mod:`sqlite3` error, a SQLAlchemy ``DBAPIError`` wrapping one, or a PostgreSQL
    driver error (anything with a ``pgcode``/``sqlstate``).
    """
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", exc)
    detail = str(orig)
    code = sqlite_code(exc)
    if code is not None:
        return _translate_sqlite(
            code, detail, path=path, timeout_ms=timeout_ms, backup_dir=backup_dir
        )
    if isinstance(orig, sqlite3.Error):
        # Errors raised by the sqlite3 module itself (closed connection, bad parameter): bugs.
        return None
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(sqlstate, str):
        return _translate_sqlstate(sqlstate, detail, path=path)
    if getattr(exc, "connection_invalidated", False) or type(orig).__name__ == "OperationalError":
        return StoreError(
            "The database server cannot be reached, so the last action was not saved."
            " Check the network connection and the --database address, then try again.",
            path=path,
            detail=detail,
        )
    return None


def _translate_sqlite(
    code: int,
    detail: str,
    *,
    path: Path | None,
    timeout_ms: int | None,
    backup_dir: Path | None,
) -> StoreError | None:
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLocked(path, timeout_ms=timeout_ms, detail=detail)
    if code == SQLITE_READONLY:
        return DatabaseReadOnly(path, detail=detail)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        backups = list_backups(path, backup_dir) if path else []
        return DatabaseCorrupt(path, backups=backups, detail=detail)
    if code == SQLITE_FULL:
        return DiskFull(path, detail=detail)
    if code == SQLITE_CANTOPEN:
        return StoreError(
            f"The meeting database{_where(path)} cannot be opened. Check that its folder exists"
            " and that you may write to it, or choose another location.",
            path=path,
            detail=detail,
        )
    if code == SQLITE_IOERR:
        return StoreError(
            f"The disk reported an error while using the meeting database{_where(path)}, so the"
            " last action was not saved. Check the disk (is it removable, or a network drive"
            " that went away?), then try again.",
            path=path,
            detail=detail,
        )
    return None


def _translate_sqlstate(sqlstate: str, detail: str, *, path: Path | None) -> StoreError | None:
    if sqlstate in (PG_DISK_FULL, PG_OUT_OF_MEMORY):
        return DiskFull(path, detail=detail)
    if sqlstate == PG_READ_ONLY_TRANSACTION:
        return DatabaseReadOnly(path, detail=detail)
    if sqlstate in (PG_LOCK_NOT_AVAILABLE, PG_DEADLOCK):
        return DatabaseLocked(path, detail=detail)
    if sqlstate in (PG_DATA_CORRUPTED, PG_INDEX_CORRUPTED):
        return DatabaseCorrupt(path, detail=detail)
    if sqlstate.startswith("57P"):  # the server shut down, restarting, or not accepting yet
        return StoreError(
            "The database server is restarting or was stopped, so the last action was not saved."
            " Facilitator reconnects by itself: try again in a moment.",
            path=path,
            detail=detail,
        )
    if sqlstate.startswith("08"):  # connection exceptions
        return StoreError(
            "The database server cannot be reached, so the last action was not saved."
            " Check the network connection and the --database address, then try again.",
            path=path,
            detail=detail,
        )
    return None
