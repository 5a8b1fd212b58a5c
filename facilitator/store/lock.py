"""One Facilitator at a time may write a database file: an OS lock on a sidecar file says who.

The lock is taken on ``<database>.instance-lock`` (never on the database itself, whose locking is
SQLite's business) with ``flock`` on POSIX and ``msvcrt.locking`` on Windows. The operating system
drops it when the process ends, however it ends (a SIGKILL, a crash, a closed lid that never came
back), so a file left behind is no stale lock; a Facilitator that closes normally removes it. The
holder writes its process id into the file so that a second instance can say who has it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from facilitator.store.errors import DatabaseInUse, DatabaseReadOnly

_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".instance-lock")


class InstanceLock:
    """An exclusive, non-blocking lock held while a :class:`Database` is open for writing."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseInUse` (:class:`DatabaseReadOnly` if the folder
        cannot be written)."""
        if self._fd is not None:
            return
        for _attempt in range(_ATTEMPTS):
            fd = self._open_and_lock()
            if _still_at(fd, self.path):
                break
            # The holder removed the file as it let go, after we had opened it: a lock on the
            # removed file would not keep anybody out. Open the path again.
            os.close(fd)
        else:
            raise DatabaseInUse(self.database, pid=read_holder_pid(self.path))
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid is only for the message; the lock is what matters
        self._fd = fd

    def _open_and_lock(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise DatabaseReadOnly(self.database, detail=f"{self.path}: {exc}") from exc
            raise
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise DatabaseInUse(self.database, pid=read_holder_pid(self.path)) from exc
        return fd

    def release(self) -> None:
        """Let go, removing the lock file (on POSIX, while still holding it, so that nobody can
        take a lock on it between the two; :meth:`acquire` checks it locked the file that is
        there now)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32" and _still_at(fd, self.path):
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


#: How often :meth:`InstanceLock.acquire` opens the path again after finding the file it locked
#: removed by a holder letting go (once is the rule; more means others are racing for it).
_ATTEMPTS = 5


def _still_at(fd: int, path: Path) -> bool:
    """Whether the open file ``fd`` is the file at ``path`` now (not one removed since)."""
    try:
        there, held = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (there.st_dev, there.st_ino) == (held.st_dev, held.st_ino)


def current_holder(database: Path) -> int | None:
    """The process id of the Facilitator that has ``database`` open for writing, if any.

    The pid written in the lock file is believed only while the lock is really held: a process
    that was killed leaves its pid behind, but not its lock. (Probing takes the lock for an
    instant; a writer opening in that very instant is told the database is in use.)
    """
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDONLY if sys.platform != "win32" else os.O_RDWR)
    except OSError:
        return None
    try:
        try:
            _lock(fd)
        except OSError:
            return read_holder_pid(path) or -1
        _unlock(fd)
        return None
    finally:
        os.close(fd)


def read_holder_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
