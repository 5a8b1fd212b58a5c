"""Schema versions: what a database holds, and bringing it up to date with Alembic.

The migrations live in the package (``facilitator/store/migrations``) and run from code: the
Alembic ``Config`` is built here, no ``alembic.ini`` is read at run time.

Alembic is only imported when a database must be upgraded or its scripts read: importing it costs
about 0.1 s on top of the store's own imports (93 ms measured, 0.27 s from cold), which opening a
database that is up to date cannot afford every time. These are the store's only imports inside
functions. Telling "up to date" from "older" and "newer" needs only the list of revisions this
version of Facilitator knows, :data:`REVISIONS`; a test checks it against the migration scripts.

On SQLite the upgrade runs with ``PRAGMA foreign_keys=OFF``, the way SQLite's documentation says a
table must be rebuilt: a batch migration copies a table, drops the old one and renames the copy, and
with foreign keys on, dropping ``meetings`` would first delete every event through ``ON DELETE
CASCADE``. ``PRAGMA foreign_key_check`` runs before the commit instead.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from facilitator.store.engine import WRITE
from facilitator.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"

#: Every schema revision this version knows, oldest first. Add each new migration here.
REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]


class SchemaState(enum.Enum):
    EMPTY = "empty"  # no tables: a new database
    CURRENT = "current"
    OLDER = "older"  # a revision we know, before HEAD: upgrade after a backup
    NEWER = "newer"  # a revision we do not know: written by a newer Facilitator
    FOREIGN = "foreign"  # tables, but not ours


def schema_revision(conn: Connection) -> tuple[SchemaState, str | None]:
    """Where the database behind ``conn`` stands, and its revision."""
    tables = set(inspect(conn).get_table_names())
    revisions: list[str] = []
    if VERSION_TABLE in tables:
        query = text(f"SELECT version_num FROM {VERSION_TABLE}")
        revisions = [str(r) for r in conn.execute(query).scalars()]
    return classify(tables, revisions)


def classify(tables: set[str], revisions: list[str]) -> tuple[SchemaState, str | None]:
    """The state of a database with these ``tables`` and these rows in the version table."""
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if VERSION_TABLE not in tables:
        return (SchemaState.EMPTY if not tables else SchemaState.FOREIGN), None
    if not revisions:
        return (SchemaState.EMPTY if tables == {VERSION_TABLE} else SchemaState.FOREIGN), None
    if len(revisions) > 1:
        unknown = [r for r in revisions if r not in REVISIONS]
        return SchemaState.NEWER, (unknown or revisions)[0]
    revision = revisions[0]
    if revision == HEAD:
        return SchemaState.CURRENT, revision
    if revision in REVISIONS:
        return SchemaState.OLDER, revision
    return SchemaState.NEWER, revision


def alembic_config(
    connection: Connection | None = None, *, script_location: Path | None = None
) -> Config:
    """Alembic's configuration, built in code."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_revisions(script_location: Path | None = None) -> list[str]:
    """The revisions of the migration scripts, oldest first (imports Alembic)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


@contextmanager
def foreign_keys_off(conn: Connection) -> Iterator[None]:
    """Switch SQLite's foreign keys off around a migration (a no-op on other databases).

    The pragma has no effect inside a transaction, so it is set on the driver connection before
    the migration's transaction begins, and set back on afterwards whatever happens.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    if conn.in_transaction():
        raise RuntimeError("foreign keys can only be switched off outside a transaction")
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"the migration broke foreign keys: {problems[:5]}")


def create_fresh(engine: Engine) -> None:
    """Create the current schema in an empty database, stamped as :data:`HEAD`, without Alembic.

    A new database needs no migration history, and not importing Alembic saves about 0.1 s of
    start-up. The models and the migrations describe the same schema (a test checks that a fresh
    database and a fully migrated one are identical, table by table, index by index).
    """
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            Base.metadata.create_all(conn)
            conn.execute(
                text(
                    f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
                    f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
                )
            )
            conn.execute(
                text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:head)"), {"head": HEAD}
            )


def upgrade(engine: Engine, revision: str = "head", *, script_location: Path | None = None) -> None:
    """Run the migrations up to ``revision`` in one transaction (all or nothing)."""
    from alembic import command

    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with foreign_keys_off(conn), conn.begin():
            command.upgrade(alembic_config(conn, script_location=script_location), revision)
            check_foreign_keys(conn)
