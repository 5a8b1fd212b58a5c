"""The same store on PostgreSQL, for several seats on one meeting.

A throwaway server is started in a temporary folder (:mod:`tests.postgres_server`), and the
tests give the store the plain ``postgresql://`` URL a user would. Where PostgreSQL or the
``psycopg`` driver is missing they skip on a developer's machine and fail under CI.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from facilitator.__main__ import main
from facilitator.core.journal.record import EventRecord
from facilitator.store import (
    Database,
    DatabaseTooNew,
    JournalMoved,
    StoreError,
    migrate,
    open_database,
)
from facilitator.store.engine import parse_url
from tests.postgres_server import postgres_server
from tests.store.helpers import event, programme

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture
def url(server: str) -> Iterator[str]:
    yield server
    engine = create_engine(parse_url(server))
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


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_a_plain_postgresql_url_means_psycopg_3(scheme: str) -> None:
    """SQLAlchemy 2.0 reads ``postgresql://`` as psycopg2, which the app does not install."""
    parsed = parse_url(f"{scheme}://me:secret@server.example/meetings?sslmode=require")
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.username, parsed.password, parsed.host, parsed.database) == (
        "me",
        "secret",
        "server.example",
        "meetings",
    )
    assert parsed.query == {"sslmode": "require"}
    assert create_engine(parsed).dialect.driver == "psycopg"
    assert (
        parse_url("postgresql+psycopg2://me@h/db").drivername == "postgresql+psycopg2"
    )  # as asked


def test_the_cli_imports_and_lists_a_meeting_on_a_server(
    url: str, seed_tip: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["programme", "import", str(seed_tip), "--database", url]) == 0
    meeting_id = capsys.readouterr().out.strip()
    assert main(["meetings", "--database", url]) == 0
    listed = capsys.readouterr().out
    assert re.search(rf"^{meeting_id}\s+2024-07-10\s+planned\s", listed, re.MULTILINE)
    assert "Trafficking in Persons" in listed


def _press_together(seats: list[Database], meeting_id: int, after: int) -> list[str]:
    """Every seat appends at once, each checked against ``after``; what each was told."""
    start = threading.Barrier(len(seats))
    outcomes: list[str] = []

    def press(index: int) -> None:
        start.wait()
        try:
            seats[index].append_event(meeting_id, event(after, actor=f"seat-{index}"), after=after)
            outcomes.append("in")
        except JournalMoved as exc:
            outcomes.append(f"moved to {exc.last_seq}")

    threads = [threading.Thread(target=press, args=(i,)) for i in range(len(seats))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_seats_checked_against_the_same_state_append_exactly_once(url: str) -> None:
    """Issue 18: three seats press at the same moment, each checked against the same last seq;
    the meeting row's lock lets one in, the others are told the journal moved."""
    with open_database(url) as db:
        meeting_id = db.create_meeting(programme())
    seats = [open_database(url) for _ in range(3)]
    try:
        for after in range(20):
            moved = f"moved to {after + 1}"
            assert _press_together(seats, meeting_id, after) == ["in", moved, moved]
        with open_database(url) as db:
            assert [e.seq for e in db.load_meeting(meeting_id).events] == list(range(1, 21))
    finally:
        for seat in seats:
            seat.close()


def test_database_init_creates_then_finds_the_schema_up_to_date(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: the Secretariat prepares the server once; running it again changes nothing."""
    assert main(["database", "init", url]) == 0
    first = capsys.readouterr().out
    assert "Created the Facilitator tables (schema" in first
    assert "Seats join with: facilitator --database 'postgresql" in first
    with open_database(url) as db:
        db.create_meeting(programme())
    assert main(["database", "init", url]) == 0
    again = capsys.readouterr().out
    assert "is up to date (schema" in again and "with 1 meeting(s)" in again


def test_a_laptops_meeting_moves_to_the_server_and_back(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: a Secretariat starts alone on its laptop, then moves the meeting to the server
    for more seats, and brings it back for the record: the whole journal, folded the same."""
    from facilitator.core.fold.engine import fold
    from tests.bench.realistic import day

    seed, journal = day()  # the long day: 2,400 events of every kind, with undo and redo
    laptop = tmp_path / "laptop.sqlite3"
    with open_database(str(laptop), backups=False) as db:
        local = db.create_meeting_with_journal(seed, journal, title="Day one (laptop)")
    assert main(["copy-meeting", str(local), "--database", str(laptop), "--to", url]) == 0
    on_server = int(capsys.readouterr().out)
    back = tmp_path / "back.sqlite3"
    assert main(["copy-meeting", str(on_server), "--database", url, "--to", str(back)]) == 0
    returned = int(capsys.readouterr().out)
    expected = fold(seed, journal)
    for where, meeting_id in ((url, on_server), (str(back), returned), (str(laptop), local)):
        with open_database(where, backups=False) as db:
            loaded = db.load_meeting(meeting_id)
            assert loaded.summary.title == "Day one (laptop)"
            assert [(e.seq, e.type, e.at, e.actor, e.payload) for e in loaded.events] == [
                (e.seq, e.type, e.at, e.actor, e.payload) for e in journal
            ]
            assert fold(loaded.programme, loaded.events) == expected
            if where != str(laptop):  # a copy says where the meeting stands
                assert loaded.summary.status == "ended"
