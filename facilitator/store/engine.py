"""The one place where engines are made: SQLite pragmas, transaction modes.

SQLite is driven the way its documentation recommends for an application that must not lose data:

- every connection gets ``busy_timeout``, ``journal_mode=WAL``, ``synchronous=FULL`` (a commit is on
  the disk, WAL included, before it returns) and ``foreign_keys=ON``, from a ``connect`` listener;
- the driver's own implicit transactions are switched off (``isolation_level=None``) and the
  store says ``BEGIN IMMEDIATE`` for a transaction that will write, ``BEGIN`` for one that only
  reads, from a ``begin`` listener. Taking the write lock up front means two writers queue on the
  busy timeout instead of failing halfway with ``SQLITE_BUSY_SNAPSHOT``, and DDL is
  transactional, so a migration that is interrupted leaves the old schema, never half of the new.

Nothing here is SQLite-only outside ``if sqlite``: a PostgreSQL URL gets a plain engine.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import QueuePool, StaticPool

from facilitator.store.errors import StoreError

log = logging.getLogger(__name__)

#: Execution option that marks a connection whose next transaction will write.
WRITE = "facilitator_write"

DEFAULT_BUSY_TIMEOUT_MS = 5000
_PRAGMA_NAME = re.compile(r"^[a-z_]+$")


#: URL schemes that name PostgreSQL without a driver, and the driver they get. SQLAlchemy 2.0
#: takes ``postgresql://`` to mean psycopg2 (2.1 means psycopg 3); the app installs and supports
#: psycopg 3 only (the ``postgres`` extra), so a plain URL means the same in every version.
_POSTGRES_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def parse_url(url: str | URL | Path) -> URL:
    """A SQLAlchemy URL; a plain file path (no ``scheme://``) means a SQLite file, and a
    ``postgresql://`` (or ``postgres://``) URL means PostgreSQL through psycopg 3."""
    if isinstance(url, Path) or (isinstance(url, str) and "://" not in url and url.strip()):
        return URL.create("sqlite", database=str(Path(url).expanduser().resolve()))
    try:
        parsed = make_url(url)
        driver = _POSTGRES_SCHEMES.get(parsed.drivername)
        if driver is not None:
            parsed = parsed.set(drivername=driver)
        parsed.get_dialect()  # an unknown database kind fails here, with a usable message
        return parsed
    except Exception as exc:  # sqlalchemy raises ArgumentError; be generous about what we catch
        raise StoreError(
            f"{url!s} is not a database address. Give a file path as sqlite:///PATH, or a"
            " server as postgresql://USER@HOST/NAME."
        ) from exc


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL (absolute), or ``None`` for an in-memory database."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database).expanduser().resolve()


def sqlite_uri(path: Path, *, read_only: bool, immutable: bool = False) -> str:
    mode = "ro" if read_only else "rwc"
    flags = "&immutable=1" if immutable else ""
    return f"file:{urllib.parse.quote(path.as_posix())}?mode={mode}{flags}"


def needs_immutable(path: Path) -> bool:
    """Whether a read-only open of ``path`` must say ``immutable=1``.

    Reading a WAL database needs a ``-shm`` file beside it; in a folder that cannot be written
    (a read-only share, a CD, a locked-down USB stick) SQLite cannot create one. When nothing is
    waiting in a ``-wal`` either, the file is all there is, and ``immutable=1`` reads it as it is.
    """
    if os.access(path.parent, os.W_OK):
        return False
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def create_store_engine(
    url: URL,
    *,
    read_only: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    sqlite_pragmas: Mapping[str, int | str] | None = None,
) -> Engine:
    """An engine for ``url``, with the pragmas and transaction handling described above."""
    if not is_sqlite(url):
        try:
            return create_engine(url, pool_pre_ping=True)
        except ImportError as exc:
            raise StoreError(
                f"The driver for {url.get_backend_name()} databases ({exc.name}) is not"
                f" installed. Install it (for PostgreSQL: pip install 'psycopg[binary]'),"
                " or use a SQLite file.",
                detail=str(exc),
            ) from exc

    path = sqlite_file(url)
    immutable = read_only and path is not None and needs_immutable(path)
    extra = dict(sqlite_pragmas or {})
    for name, value in extra.items():
        if not _PRAGMA_NAME.match(name) or not isinstance(value, int | str):
            raise ValueError(f"not a pragma setting: {name}={value!r}")

    def connect() -> sqlite3.Connection:
        if path is None:
            target = ":memory:"
        else:
            target = sqlite_uri(path, read_only=read_only, immutable=immutable)
        return sqlite3.connect(
            target,
            uri=path is not None,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite+pysqlite://" if path is None else URL.create("sqlite+pysqlite", database=str(path)),
        creator=connect,
        poolclass=StaticPool if path is None else QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if path is not None and not read_only:
                mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
                if mode is None or str(mode[0]).lower() != "wal":
                    log.warning("SQLite refused WAL mode for %s (got %r)", path, mode)
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            for name, value in extra.items():
                setting = value if isinstance(value, int) else repr(value)
                cursor.execute(f"PRAGMA {name} = {setting}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        writes = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes and not read_only else "BEGIN")

    return engine
