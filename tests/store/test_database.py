"""The database API: one transaction per call, exact round trips, plain values out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from facilitator import paths
from facilitator.core.clock import FakeClock
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.store import (
    Database,
    DatabaseReadOnly,
    JournalMoved,
    LoadedMeeting,
    MeetingStatus,
    MeetingSummary,
    StoreError,
    UnknownMeeting,
    open_database,
)
from facilitator.store.lock import lock_path
from facilitator.store.models import from_micros, to_micros
from tests.store.helpers import START, event, programme, raw_rows, url_of


def test_a_new_meeting_is_listed_and_loads_back(db: Database, sample_programme: Programme) -> None:
    meeting_id = db.create_meeting(sample_programme)

    [summary] = db.list_meetings()
    assert summary == MeetingSummary(
        id=meeting_id,
        title=sample_programme.title,
        date=dt.date(2024, 7, 10),
        status=MeetingStatus.PLANNED,
        last_event_at=None,
        event_count=0,
    )
    loaded = db.load_meeting(meeting_id)
    assert loaded == LoadedMeeting(summary=summary, programme=sample_programme, events=[])


def test_appended_events_come_back_identical_and_numbered(db: Database) -> None:
    meeting_id = db.create_meeting(programme())
    returned = [db.append_event(meeting_id, event(n)) for n in range(1, 6)]

    assert [r.seq for r in returned] == [1, 2, 3, 4, 5]
    for n, record in enumerate(returned, 1):
        assert dataclasses.replace(record, seq=0) == event(n)
    assert db.load_meeting(meeting_id).events == returned
    assert db.events_since(meeting_id, 3) == returned[3:]
    assert db.events_since(meeting_id, 5) == []
    [summary] = db.list_meetings()
    assert summary.event_count == 5
    assert summary.last_event_at == event(5).at


@pytest.mark.parametrize(
    "at",
    [
        dt.datetime(2024, 7, 10, 8, 0, 0, 1, tzinfo=dt.UTC),
        dt.datetime(2024, 7, 10, 8, 0, 0, 999_999, tzinfo=dt.UTC),
        dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
        dt.datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 31, 1, 0, 0, 500_000, tzinfo=dt.timezone(dt.timedelta(0))),
    ],
)
def test_event_times_round_trip_exactly(db: Database, at: dt.datetime) -> None:
    meeting_id = db.create_meeting(programme())
    stored = db.append_event(meeting_id, EventRecord("X", at, "me", {}))
    [loaded] = db.load_meeting(meeting_id).events
    for record in (stored, loaded):
        assert record.at == at
        assert record.at.tzinfo is dt.UTC
        assert (record.at.year, record.at.microsecond) == (at.year, at.microsecond)


@settings(max_examples=300, deadline=None)
@given(st.datetimes(timezones=st.just(dt.UTC)))
def test_microseconds_since_the_epoch_are_exact(at: dt.datetime) -> None:
    assert from_micros(to_micros(at)) == at
    assert from_micros(to_micros(at)).utcoffset() == dt.timedelta(0)


def test_an_aware_time_in_another_zone_is_rejected_by_the_record() -> None:
    with pytest.raises(ValueError):
        EventRecord(
            "X", dt.datetime(2024, 7, 10, 10, tzinfo=dt.timezone(dt.timedelta(hours=2))), "a"
        )


def test_the_payload_comes_back_as_stored_json(db: Database) -> None:
    meeting_id = db.create_meeting(programme())
    payload = {"tuple": (1, 2), "nested": {"a": [1, {"b": None}]}, "z": "ünï 🗣", "1": 1.5}
    stored = db.append_event(meeting_id, EventRecord("X", START, "me", payload))
    assert stored.payload == {
        "tuple": [1, 2],
        "nested": {"a": [1, {"b": None}]},
        "z": "ünï 🗣",
        "1": 1.5,
    }
    assert list(stored.payload) == ["tuple", "nested", "z", "1"]
    assert db.load_meeting(meeting_id).events == [stored]


@pytest.mark.parametrize("payload", [{"x": object()}, {"x": float("nan")}, {1: {2, 3}}])
def test_a_payload_that_is_not_json_is_refused_and_nothing_is_written(
    db: Database, payload: dict[str, object]
) -> None:
    meeting_id = db.create_meeting(programme())
    db.append_event(meeting_id, event(1))
    with pytest.raises(ValueError, match="JSON"):
        db.append_event(meeting_id, EventRecord("X", START, "me", payload))
    assert [e.seq for e in db.load_meeting(meeting_id).events] == [1]
    assert db.append_event(meeting_id, event(2)).seq == 2


def test_the_given_seq_is_ignored(db: Database) -> None:
    meeting_id = db.create_meeting(programme())
    assert db.append_event(meeting_id, dataclasses.replace(event(1), seq=42)).seq == 1


def test_each_meeting_has_its_own_sequence(db: Database) -> None:
    first, second = db.create_meeting(programme("A")), db.create_meeting(programme("B"))
    assert [db.append_event(first, event(n)).seq for n in range(3)] == [1, 2, 3]
    assert [db.append_event(second, event(n)).seq for n in range(2)] == [1, 2]
    assert db.append_event(first, event(9)).seq == 4
    assert [(s.title, s.event_count) for s in db.list_meetings()] == [("A", 4), ("B", 2)]


def test_status_and_programme_updates(db: Database, clock: FakeClock) -> None:
    meeting_id = db.create_meeting(programme())
    clock.advance(minutes=5)
    db.set_status(meeting_id, MeetingStatus.RUNNING)
    assert db.list_meetings()[0].status is MeetingStatus.RUNNING
    db.set_status(meeting_id, "ended")
    assert db.list_meetings()[0].status is MeetingStatus.ENDED
    with pytest.raises(ValueError):
        db.set_status(meeting_id, "paused")

    clock.advance(minutes=5)
    db.rename_meeting(meeting_id, "Renamed")
    loaded = db.load_meeting(meeting_id)
    assert loaded.programme == programme()  # the programme changes only through the journal
    assert loaded.summary.title == "Renamed"
    created, updated = raw_rows(
        db.path, "SELECT created_at_us, updated_at_us FROM meetings WHERE id = ?", meeting_id
    )[0]
    assert from_micros(created) == START
    assert from_micros(updated) == START + dt.timedelta(minutes=10)


def test_deleting_a_meeting_deletes_its_journal_and_its_id_is_never_reused(db: Database) -> None:
    doomed, kept = db.create_meeting(programme("A")), db.create_meeting(programme("B"))
    for n in range(3):
        db.append_event(doomed, event(n))
        db.append_event(kept, event(n))
    db.delete_meeting(kept)
    assert raw_rows(db.path, "SELECT count(*) FROM events WHERE meeting_id = ?", kept) == [(0,)]
    assert [m.id for m in db.list_meetings()] == [doomed]
    assert db.create_meeting(programme("C")) == kept + 1
    with pytest.raises(UnknownMeeting):
        db.append_event(kept, event(4))


@pytest.mark.parametrize(
    "call",
    [
        lambda db: db.load_meeting(99),
        lambda db: db.meeting_summary(99),
        lambda db: db.append_event(99, event(1)),
        lambda db: db.events_since(99, 0),
        lambda db: db.set_status(99, "running"),
        lambda db: db.rename_meeting(99, "Renamed"),
        lambda db: db.delete_meeting(99),
    ],
)
def test_an_unknown_meeting_is_a_typed_error(db: Database, call: object) -> None:
    db.create_meeting(programme())
    with pytest.raises(UnknownMeeting, match="no meeting 99") as raised:
        call(db)  # type: ignore[operator]
    assert raised.value.meeting_id == 99
    assert raw_rows(db.path, "SELECT count(*) FROM events") == [(0,)]


def test_only_plain_values_leave_the_store(db: Database) -> None:
    meeting_id = db.create_meeting(programme())
    db.append_event(meeting_id, event(1))
    loaded = db.load_meeting(meeting_id)
    values: list[object] = [loaded, loaded.summary, *loaded.events, *db.list_meetings()]
    for value in values:
        assert dataclasses.is_dataclass(value)
        assert type(value).__module__.startswith(("facilitator.store.records", "facilitator.core"))
    assert not hasattr(loaded.summary, "_sa_instance_state")


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    with db.engine.connect() as first, db.engine.connect() as second:
        for conn in (first, second):
            settings = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
            assert settings == {
                "journal_mode": "wal",
                "synchronous": 2,  # FULL
                "foreign_keys": 1,
                "busy_timeout": 5000,
            }


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
                " VALUES (404, 1, 'X', 0, 'me', '{}')"
            )
        )


def test_a_stale_last_seq_is_corrected_by_the_unique_constraint(db: Database) -> None:
    """Another writer (a second seat) appended behind our back: we retry, never duplicate."""
    meeting_id = db.create_meeting(programme())
    db.append_event(meeting_id, event(1))
    other = sqlite3.connect(str(db.path), isolation_level=None)
    other.execute(
        "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
        " VALUES (?, 2, 'FromElsewhere', 0, 'seat-2', '{}')",
        (meeting_id,),
    )
    other.close()

    assert db.append_event(meeting_id, event(3)).seq == 3
    assert [(e.seq, e.type) for e in db.load_meeting(meeting_id).events] == [
        (1, event(1).type),
        (2, "FromElsewhere"),
        (3, event(3).type),
    ]


def test_a_constraint_failure_that_is_not_a_race_is_not_hidden(db: Database) -> None:
    meeting_id = db.create_meeting(programme())
    db.append_event(meeting_id, event(1))
    broken = EventRecord.__new__(EventRecord)
    for name, value in dataclasses.asdict(event(2)).items():
        object.__setattr__(broken, name, value)
    object.__setattr__(broken, "type", None)
    with pytest.raises(IntegrityError, match="NOT NULL"):
        db.append_event(meeting_id, broken)
    assert db.append_event(meeting_id, event(2)).seq == 2


def test_opened_read_only_it_reads_but_refuses_every_change(
    db_path: Path, db: Database, sample_programme: Programme
) -> None:
    meeting_id = db.create_meeting(sample_programme)
    db.append_event(meeting_id, event(1))
    db.close()

    with open_database(url_of(db_path), read_only=True) as reader:
        assert reader.read_only
        assert reader.notice and "read-only" in reader.notice
        assert reader.load_meeting(meeting_id).events[0].seq == 1
        for change in (
            lambda: reader.append_event(meeting_id, event(2)),
            lambda: reader.create_meeting(sample_programme),
            lambda: reader.set_status(meeting_id, "running"),
            lambda: reader.delete_meeting(meeting_id),
        ):
            with pytest.raises(DatabaseReadOnly, match="read-only"):
                change()
        # Not even SQLite would let it write: the connection itself is mode=ro.
        with pytest.raises(DatabaseReadOnly), reader._transaction(write=False) as conn:
            conn.execute(text("DELETE FROM events"))
    assert raw_rows(db_path, "SELECT count(*) FROM events") == [(1,)]


def test_a_closed_database_says_so(db: Database) -> None:
    db.close()
    db.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        db.list_meetings()


def test_the_default_database_lives_in_the_data_folder(sample_programme: Programme) -> None:
    assert not paths.data_dir().exists()
    with open_database() as db:
        assert db.path == paths.default_database_path()
        db.create_meeting(sample_programme)
    assert paths.default_database_path().is_file()


def test_an_in_memory_database_works_for_quick_tools(sample_programme: Programme) -> None:
    with open_database("sqlite://") as db:
        meeting_id = db.create_meeting(sample_programme)
        assert db.append_event(meeting_id, event(1)).seq == 1
        assert not db.backups_enabled
        assert db.list_backups() == []


def test_a_bad_address_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a database address"):
        open_database("nosuch://somewhere/db")
    with pytest.raises(StoreError, match="not a database address"):
        open_database("postgresql://[::1")


def test_a_lock_file_left_by_a_killed_process_does_not_block(db_path: Path) -> None:
    with open_database(url_of(db_path)) as db:
        db.create_meeting(programme())
    # A killed Facilitator leaves its pid in the lock file, but the OS has dropped its lock.
    lock_path(db_path).write_text("999999\n")
    with open_database(url_of(db_path), read_only=True) as reader:
        assert reader.notice is not None
        assert "as asked" in reader.notice
        assert "999999" not in reader.notice
    with open_database(url_of(db_path)) as db:
        assert len(db.list_meetings()) == 1
        assert lock_path(db_path).read_text().strip() == str(os.getpid())
    assert not lock_path(db_path).exists()  # closing removes it


@pytest.mark.skipif(os.name != "posix", reason="flock and removing an open file: POSIX")
def test_a_lock_file_removed_by_its_holder_keeps_nobody_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    from facilitator.store import lock as lock_module
    from facilitator.store.errors import DatabaseInUse

    database = tmp_path / "m.sqlite3"
    holder = lock_module.InstanceLock(database)
    holder.acquire()
    # Another instance opened the lock file an instant before the holder let go of it...
    late = os.open(lock_path(database), os.O_RDWR)
    holder.release()
    assert not lock_path(database).exists()
    fcntl.flock(late, fcntl.LOCK_EX | fcntl.LOCK_NB)  # ...and locks the removed file
    opened = iter([late])
    real = lock_module.InstanceLock._open_and_lock

    def racing(self: lock_module.InstanceLock) -> int:
        return next(opened, None) or real(self)

    monkeypatch.setattr(lock_module.InstanceLock, "_open_and_lock", racing)
    second = lock_module.InstanceLock(database)
    second.acquire()  # sees that its lock is on a removed file, and opens the path again
    assert second.held and lock_path(database).read_text().strip() == str(os.getpid())
    with pytest.raises(DatabaseInUse):
        lock_module.InstanceLock(database).acquire()
    second.release()
    assert not lock_path(database).exists()


def test_a_plain_file_path_means_a_sqlite_file(tmp_path: Path, sample_programme: Programme) -> None:
    for place in (tmp_path / "a.sqlite3", str(tmp_path / "b.sqlite3")):
        with open_database(place) as db:
            assert db.path == Path(place)
            db.create_meeting(sample_programme)
        assert Path(place).is_file()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a meeting database"):
        open_database(url_of(tmp_path))
    with pytest.raises(StoreError, match="is a folder"):
        open_database(url_of(tmp_path), read_only=True)
    assert list(tmp_path.parent.glob("*.instance-lock")) == []


def test_an_append_checked_against_an_older_state_is_refused_and_writes_nothing(
    db: Database,
) -> None:
    """Issue 18: a command checked against seq N is appended only while N is the last seq."""
    meeting_id = db.create_meeting(programme())
    first = db.append_event(meeting_id, event(1), after=0)
    assert first.seq == 1
    with pytest.raises(JournalMoved) as moved:
        db.append_event(meeting_id, event(2), after=0)  # another seat's event 1 came first
    assert moved.value.last_seq == 1
    assert [e.seq for e in db.load_meeting(meeting_id).events] == [1]
    assert db.append_event(meeting_id, event(2), after=1).seq == 2  # caught up: it goes in
