"""Rolling backups of the SQLite database, taken with SQLite's online backup API.

A backup is a complete, self-contained database file (rollback-journal mode, no ``-wal`` beside it)
that has passed ``PRAGMA integrity_check`` before it gets its final name. It is written under a
temporary name and renamed into place, so a backup interrupted by a crash never looks like a backup.

File names say everything :func:`~facilitator.store.backup_names.list_backups` needs, so there is
no index to keep in step::

    facilitator-1a2b3c4d.20240710T080000.123456Z.open.sqlite3
    ^ database stem + hash of its path
                         ^ when (UTC, µs)           ^ why: open, close, interval, manual,
                                                      upgrade-from-<old schema revision>

The store never runs a thread or a timer: :meth:`Database.backup_due` answers the app's timer
(every :data:`BACKUP_INTERVAL` while something changed), and the database backs itself up when it
opens and when it closes. The newest :data:`KEEP` rolling backups are kept; the backups taken before
a schema upgrade are kept apart from that count, since they are the only way back to the old schema.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from facilitator import paths
from facilitator.store.backup_names import (
    BackupInfo,
    backup_name,
    backup_prefix,
    clean_reason,
    list_backups,
)
from facilitator.store.engine import sqlite_uri
from facilitator.store.errors import BackupFailed, DatabaseCorrupt, StoreError, translate
from facilitator.store.lock import InstanceLock

BACKUP_INTERVAL = dt.timedelta(minutes=5)
KEEP = 10
UPGRADE_REASON_PREFIX = "upgrade-from-"
SIDECARS = ("-wal", "-shm", "-journal")


def take_backup(
    source: sqlite3.Connection,
    database: Path,
    *,
    reason: str,
    now: dt.datetime,
    directory: Path | None = None,
    keep: int = KEEP,
) -> BackupInfo:
    """Copy the live database behind ``source`` into the backup folder, check it, prune old ones."""
    directory = directory or paths.backup_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(directory, detail=str(exc)) from exc
    _remove_partials(database, directory)
    taken_at = now.astimezone(dt.UTC)
    # Two backups in the same microsecond (a fake clock, a coarse one): keep both, in order.
    taken = {b.taken_at for b in list_backups(database, directory)}
    while taken_at in taken:
        taken_at += dt.timedelta(microseconds=1)
    final = directory / backup_name(database, taken_at, reason)
    partial = directory / f".{final.name}.{os.getpid()}.partial"
    try:
        _copy_live(source, partial)
        problems = integrity_problems(partial)
        if problems:
            raise DatabaseCorrupt(
                database, backups=list_backups(database, directory), detail=problems
            )
        _fsync_file(partial)
        os.replace(partial, final)
        _fsync_dir(directory)
    except sqlite3.Error as exc:
        error = translate(exc, path=database)
        if isinstance(error, DatabaseCorrupt):
            raise DatabaseCorrupt(
                database, backups=list_backups(database, directory), detail=error.detail
            ) from exc
        raise BackupFailed(directory, detail=str(exc)) from exc
    except OSError as exc:
        raise BackupFailed(directory, detail=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    prune_backups(database, directory, keep=keep)
    return BackupInfo(final, taken_at, final.stat().st_size, clean_reason(reason))


def _copy_live(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(dest)
        # A backup is one self-contained file: no -wal to lose when it is copied around.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def integrity_problems(path: Path) -> str:
    """``""`` when ``path`` passes ``PRAGMA integrity_check``, else what SQLite found wrong."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":
            return "not a SQLite database file"
        connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, OSError) as exc:
        return str(exc)
    return "" if rows == [("ok",)] else "; ".join(str(row[0]) for row in rows[:5])


def prune_backups(database: Path, directory: Path | None = None, *, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` rolling backups; upgrade backups are kept apart."""
    rolling = [
        b
        for b in list_backups(database, directory)
        if not b.reason.startswith(UPGRADE_REASON_PREFIX)
    ]
    removed = []
    for backup in rolling[keep:]:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def _remove_partials(database: Path, directory: Path) -> None:
    """Backups left half-written by a crash (only one process writes a database's backups)."""
    start = f".{backup_prefix(database)}."
    for entry in os.scandir(directory):
        if entry.name.startswith(start) and entry.name.endswith(".partial"):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def restore_backup(
    backup: Path | BackupInfo,
    target: Path | None = None,
    *,
    now: dt.datetime | None = None,
) -> Path | None:
    """Put ``backup`` in place of the database at ``target`` (default: the default database).

    The current file, damaged or not, is never overwritten: it is moved aside, with its ``-wal`` and
    ``-shm`` beside it, as ``<name>.damaged-<UTC time>`` (whose path is returned; ``None`` when
    there was no file). Refuses a backup that fails its integrity check, and a database that another
    Facilitator has open (:class:`~facilitator.store.errors.DatabaseInUse`).
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    target = (target or paths.default_database_path()).expanduser().resolve()
    problems = integrity_problems(source)
    if problems:
        raise DatabaseCorrupt(source, detail=problems)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(target):
        aside = _free_name(target.with_name(f"{target.name}.damaged-{stamp}"))
        moved = False
        try:
            if target.exists():
                os.rename(target, aside)
                moved = True
            for suffix in SIDECARS:
                # A -wal left beside the restored file would be replayed into it: move it too, so
                # that it stays paired with the file it belongs to.
                sidecar = target.with_name(target.name + suffix)
                if sidecar.exists():
                    os.rename(sidecar, aside.with_name(aside.name + suffix))
            incoming = target.with_name(f".{target.name}.restoring")
            shutil.copyfile(source, incoming)
            _fsync_file(incoming)
            os.replace(incoming, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise StoreError(
                f"The backup {source} could not be put in place of {target} ({exc})."
                " Check that the folder can be written and has free space, then try again.",
                path=target,
                detail=str(exc),
            ) from exc
    return aside if moved else None


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", *SIDECARS)):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
