"""Schema migrations: create, upgrade after a backup, refuse what is too new, never lose events."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from facilitator.core.clock import FakeClock
from facilitator.store import (
    DatabaseTooNew,
    MeetingStatus,
    NotFacilitatorDatabase,
    list_backups,
    migrate,
    open_database,
)
from facilitator.store.models import Base
from tests.store import make_schema_db
from tests.store.helpers import event, integrity, raw_rows, sha256, url_of

STORED = sorted(make_schema_db.DATABASES.glob("*.sqlite3"))


def test_the_revision_list_matches_the_migration_scripts() -> None:
    assert migrate.script_revisions() == list(migrate.REVISIONS)
    assert migrate.REVISIONS[-1] == migrate.HEAD


def test_the_models_describe_exactly_what_the_migrations_create(db_path: Path) -> None:
    with open_database(url_of(db_path)) as db, db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            migrate.HEAD
        )


def test_every_released_schema_has_a_stored_database() -> None:
    stored = {p.stem for p in STORED}
    assert stored == set(migrate.REVISIONS), (
        "keep a database of every released schema: python tests/store/make_schema_db.py REV"
    )


@pytest.mark.parametrize("stored", STORED, ids=[p.stem for p in STORED])
def test_every_stored_database_upgrades_and_reads_back(
    stored: Path, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(stored, path)
    backups_dir = tmp_path / "backups"

    with open_database(url_of(path), clock=clock, backup_dir=backups_dir) as db:
        summaries = db.list_meetings()
        expected = make_schema_db.expected(stored.stem)
        assert [s.id for s in summaries] == [fields["id"] for fields, _, _ in expected]
        for summary, (fields, programme, events) in zip(summaries, expected, strict=True):
            assert (summary.title, summary.date, summary.status) == (
                fields["title"],
                fields["date"],
                MeetingStatus(fields["status"]),
            )
            assert summary.event_count == len(events)
            loaded = db.load_meeting(summary.id)
            assert loaded.programme == programme
            assert loaded.events == events
        # The journal goes on where it stopped, and deleted ids stay deleted.
        assert db.append_event(1, event(99)).seq == len(expected[0][2]) + 1
        assert db.create_meeting(expected[0][1]) == max(f["id"] for f, _, _ in expected) + 1
    assert integrity(path) == [("ok",)]
    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [(migrate.HEAD,)]
    if stored.stem != migrate.HEAD:
        upgrade_backups = [b for b in list_backups(path, backups_dir) if "upgrade" in b.reason]
        assert [b.reason for b in upgrade_backups] == [f"upgrade-from-{stored.stem}"]


# ----------------------------------------------------------------------------- a next schema
#: The revision after this version's newest, as a next version of Facilitator would add it.
NEXT = f"{int(migrate.HEAD) + 1:04d}"
NEXT_REVISION = f"""
    revision = "{NEXT}"
    down_revision = "{migrate.HEAD}"
    branch_labels = None
    depends_on = None


    def upgrade():
        # A table rebuild, as SQLite batch mode does it: copy, drop "meetings", rename.
        with op.batch_alter_table("meetings", recreate="always") as batch:
            batch.add_column(sa.Column("venue", sa.Text(), nullable=True))
        {{extra}}


    def downgrade():
        with op.batch_alter_table("meetings") as batch:
            batch.drop_column("venue")
"""


@pytest.fixture
def next_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the migrations with a next revision that rebuilds the ``meetings`` table."""
    location = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, NEXT))
    monkeypatch.setattr(migrate, "HEAD", NEXT)
    return location


def _write_next(location: Path, extra: str = "") -> None:
    body = textwrap.dedent(NEXT_REVISION).replace("{extra}", extra)
    (location / "versions" / f"{NEXT}_next.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n" + body, encoding="utf-8"
    )


def _old_database(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(make_schema_db.database_path("0001"), path)
    return path


def test_an_older_database_is_backed_up_then_upgraded_without_losing_events(
    tmp_path: Path, next_schema: Path, clock: FakeClock
) -> None:
    _write_next(next_schema)
    path = _old_database(tmp_path)
    before = raw_rows(path, "SELECT * FROM events ORDER BY id")
    backups_dir = tmp_path / "backups"

    with open_database(
        url_of(path), clock=clock, backup_dir=backups_dir, script_location=next_schema
    ) as db:
        assert len(db.load_meeting(1).events) == 25

    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [(NEXT,)]
    assert "venue" in {row[1] for row in raw_rows(path, "PRAGMA table_info(meetings)")}
    # Rebuilding "meetings" with foreign keys on would have cascaded into the journal.
    assert raw_rows(path, "SELECT * FROM events ORDER BY id") == before
    [backup] = [b for b in list_backups(path, backups_dir) if b.reason.startswith("upgrade")]
    assert backup.reason == "upgrade-from-0001"
    assert backup.taken_at == clock.now()
    assert raw_rows(backup.path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert raw_rows(backup.path, "SELECT * FROM events ORDER BY id") == before
    assert integrity(backup.path) == [("ok",)]


def test_with_foreign_keys_on_the_same_rebuild_would_empty_the_journal(
    tmp_path: Path, next_schema: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why the upgrade switches foreign keys off: this is what happens otherwise."""
    _write_next(next_schema)
    path = _old_database(tmp_path)
    monkeypatch.setattr(migrate, "foreign_keys_off", _foreign_keys_left_on)
    with open_database(url_of(path), backups=False, script_location=next_schema):
        pass
    assert raw_rows(path, "SELECT count(*) FROM events") == [(0,)]


class _foreign_keys_left_on:
    def __init__(self, conn: object) -> None:
        pass

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_a_migration_that_fails_halfway_leaves_the_old_schema_whole(
    tmp_path: Path, next_schema: Path
) -> None:
    _write_next(
        next_schema,
        extra='op.create_table("half", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    raise RuntimeError("the migration broke")',
    )
    path = _old_database(tmp_path)
    with pytest.raises(RuntimeError, match="the migration broke"):
        open_database(url_of(path), backups=False, script_location=next_schema)
    assert raw_rows(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    tables = {row[0] for row in raw_rows(path, "SELECT name FROM sqlite_master")}
    assert "half" not in tables
    assert "venue" not in {row[1] for row in raw_rows(path, "PRAGMA table_info(meetings)")}
    assert raw_rows(path, "SELECT count(*) FROM events") == [(25,)]
    assert integrity(path) == [("ok",)]


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    with open_database(url_of(db_path)) as db:
        db.create_meeting(make_schema_db.expected("0001")[0][1])
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    digest = sha256(db_path)

    for _ in range(2):  # and the lock was released: the second try says the same
        with pytest.raises(DatabaseTooNew, match="newer version of Facilitator") as raised:
            open_database(url_of(db_path))
        assert (raised.value.revision, raised.value.head) == ("0999", migrate.HEAD)
    assert sha256(db_path) == digest
    with pytest.raises(DatabaseTooNew):
        open_database(url_of(db_path), read_only=True)


def test_another_programs_database_is_refused_and_left_alone(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    digest = sha256(db_path)
    with pytest.raises(NotFacilitatorDatabase, match="not one of Facilitator's"):
        open_database(url_of(db_path))
    assert sha256(db_path) == digest


def test_the_migrations_render_for_postgresql() -> None:
    """The same scripts produce PostgreSQL DDL (offline mode: no server needed)."""
    import io

    from alembic import command

    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", "postgresql://facilitator@localhost/facilitator")
    buffer = io.StringIO()
    config.output_buffer = buffer
    command.upgrade(config, "head", sql=True)
    ddl = buffer.getvalue()
    assert "CREATE TABLE meetings" in ddl
    assert "id SERIAL NOT NULL" in ddl
    assert "ON DELETE CASCADE" in ddl
    assert "CONSTRAINT uq_events_meeting_id_seq UNIQUE (meeting_id, seq)" in ddl


def _structure(path: Path) -> dict[str, object]:
    """Tables, columns, indexes and foreign keys of a SQLite file, as SQLite itself reports them."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        shape: dict[str, object] = {}
        for table in tables:
            shape[table] = {
                "columns": conn.execute(f"PRAGMA table_info({table})").fetchall(),
                "indexes": sorted(
                    (
                        row[1],
                        row[2],
                        tuple(c[2] for c in conn.execute(f"PRAGMA index_info({row[1]})")),
                    )
                    for row in conn.execute(f"PRAGMA index_list({table})")
                ),
                "foreign_keys": conn.execute(f"PRAGMA foreign_key_list({table})").fetchall(),
                "autoincrement": "AUTOINCREMENT"
                in (
                    conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[
                        0
                    ]
                    or ""
                ).upper(),
                "checks": "CHECK"
                in (
                    conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[
                        0
                    ]
                    or ""
                ).upper(),
            }
        shape["version"] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return shape


def test_a_fresh_database_is_the_migrated_schema(tmp_path: Path) -> None:
    """New databases skip Alembic (start-up time); they must be exactly what migrating gives."""
    from facilitator.store import migrate, open_database

    fresh, migrated = tmp_path / "fresh.sqlite3", tmp_path / "migrated.sqlite3"
    open_database(f"sqlite:///{fresh}", backups=False).close()
    db = open_database(
        f"sqlite:///{migrated}", backups=False, script_location=migrate.MIGRATIONS_DIR
    )
    db.close()
    assert _structure(fresh) == _structure(migrated)
    assert _structure(fresh)["version"] == [(migrate.HEAD,)]
