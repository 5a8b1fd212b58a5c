"""Checking a SQLite database file before anything writes to it: sound, and where its schema
stands.

It reads the file through a ``mode=ro`` connection of its own, with the engine's URI helpers; it
needs the schema's revisions (:mod:`facilitator.store.migrate`) and, for a damaged file, the list of
its backups (:mod:`facilitator.store.backup_names`), neither of which the engine itself needs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator.store.backup_names import list_backups
from facilitator.store.engine import needs_immutable, sqlite_uri
from facilitator.store.errors import DatabaseCorrupt, StoreError, translate
from facilitator.store.migrate import VERSION_TABLE, SchemaState, classify

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_sqlite_file(
    path: Path, *, busy_timeout_ms: int, backup_dir: Path | None = None
) -> tuple[SchemaState, str | None]:
    """Check an existing database file before anything writes to it; where its schema stands.

    A missing or empty file is :attr:`SchemaState.EMPTY`. A file that is not a sound SQLite
    database raises :class:`DatabaseCorrupt` (offering the backups). Everything is read through a
    ``mode=ro`` connection, so a file that turns out damaged, too new or someone else's is never
    written to: not by a journal-mode switch, not by a checkpoint.
    """

    def corrupt(detail: str) -> DatabaseCorrupt:
        return DatabaseCorrupt(path, backups=list_backups(path, backup_dir), detail=detail)

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return SchemaState.EMPTY, None
    if size == 0:
        # Facilitator never leaves an empty file: this one had a database in it once.
        if list_backups(path, backup_dir):
            raise corrupt("the file is empty")
        return SchemaState.EMPTY, None

    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except IsADirectoryError as exc:
        raise StoreError(
            f"{path} is a folder, not a meeting database. Give the path of a database file.",
            path=path,
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"The meeting database at {path} cannot be read ({exc.strerror}). Check that you"
            " may read it, or choose another file.",
            path=path,
            detail=str(exc),
        ) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise corrupt("the file does not start with a SQLite header")
    try:
        connection = sqlite3.connect(
            sqlite_uri(path, read_only=True, immutable=needs_immutable(path)),
            uri=True,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        raise _store_error(exc, path, busy_timeout_ms, backup_dir) from exc
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise corrupt("; ".join(str(row[0]) for row in rows[:5]))
        query = "SELECT name FROM sqlite_master WHERE type = 'table'"
        tables = {str(row[0]) for row in connection.execute(query)}
        revisions = []
        if VERSION_TABLE in tables:
            query = f"SELECT version_num FROM {VERSION_TABLE}"
            revisions = [str(row[0]) for row in connection.execute(query)]
    except sqlite3.Error as exc:
        raise _store_error(exc, path, busy_timeout_ms, backup_dir) from exc
    finally:
        connection.close()
    return classify(tables, revisions)


def _store_error(
    exc: BaseException, path: Path, busy_timeout_ms: int, backup_dir: Path | None
) -> BaseException:
    return translate(exc, path=path, timeout_ms=busy_timeout_ms, backup_dir=backup_dir) or exc
