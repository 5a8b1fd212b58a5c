"""The same store on PostgreSQL, for several seats on one meeting.

A throwaway server is started in a temporary folder, listening on a Unix socket only. The tests are
skipped where PostgreSQL's programs or the ``psycopg`` driver are not installed (neither is a
dependency of the app: a deployment with a server installs its own driver).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from facilitator.core.journal import EventRecord
from facilitator.store import DatabaseTooNew, StoreError, migrate, open_database
from tests.store.helpers import event, programme

pytestmark = pytest.mark.slow


def _as_postgres_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("PostgreSQL will not run as root, and setpriv is missing to drop to nobody")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL's initdb/pg_ctl are not installed")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("the psycopg driver is not installed")
    prefix = _as_postgres_user()
    place = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    if prefix:
        shutil.chown(place, "nobody")
    data = place / "data"
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", "facilitator", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *prefix,
            pg_ctl,
            "-D",
            str(data),
            "-l",
            str(place / "log"),
            "-w",
            "start",
            "-o",
            f"-k {place} -c listen_addresses='' -c fsync=off",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://facilitator@/postgres?host={place}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(place, ignore_errors=True)


@pytest.fixture
def url(server: str) -> Iterator[str]:
    yield server
    engine = create_engine(server)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS events, meetings, alembic_version CASCADE"))
    engine.dispose()


def test_the_whole_api_works_on_postgresql(url: str) -> None:
    with open_database(url) as db:
        assert db.path is None
        assert not db.backups_enabled
        assert db.backup_due(db.clock.now()) is False
        meeting_id = db.create_meeting(programme())
        returned = [db.append_event(meeting_id, event(n)) for n in range(1, 6)]
        loaded = db.load_meeting(meeting_id)
        assert loaded.programme == programme()
        assert loaded.events == returned
        assert db.events_since(meeting_id, 3) == returned[3:]
        db.set_status(meeting_id, "running")
        assert db.list_meetings()[0].status == "running"
        assert db.list_meetings()[0].last_event_at == event(5).at
        with pytest.raises(StoreError, match="SQLite database files only"):
            db.backup_now()
        db.delete_meeting(meeting_id)
        assert db.list_meetings() == []


def test_several_seats_append_to_one_journal_without_gaps_or_duplicates(url: str) -> None:
    with open_database(url) as db:
        meeting_id = db.create_meeting(programme())
    seats = [open_database(url) for _ in range(3)]
    results: list[list[EventRecord]] = [[] for _ in seats]
    start = threading.Barrier(len(seats))

    def seat(index: int) -> None:
        start.wait()
        for n in range(40):
            actor = f"seat-{index}"
            results[index].append(seats[index].append_event(meeting_id, event(n, actor=actor)))

    threads = [threading.Thread(target=seat, args=(i,)) for i in range(len(seats))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    journal = seats[0].load_meeting(meeting_id).events
    for database in seats:
        database.close()

    assert [e.seq for e in journal] == list(range(1, 3 * 40 + 1))
    assert sorted(r.seq for rs in results for r in rs) == [e.seq for e in journal]
    by_seq = {e.seq: e for e in journal}
    assert all(by_seq[r.seq] == r for rs in results for r in rs)


def test_a_newer_schema_on_the_server_is_refused(url: str) -> None:
    with open_database(url) as db, db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(DatabaseTooNew):
        open_database(url)
    assert migrate.HEAD != "0999"
