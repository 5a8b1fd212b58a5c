"""Rolling backups: taken on open, on close and when due; checked; pruned; listed; restorable."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.core.clock import FakeClock
from facilitator.store import (
    BACKUP_INTERVAL,
    BackupFailed,
    Database,
    DatabaseCorrupt,
    DatabaseInUse,
    list_backups,
    open_database,
    restore_backup,
)
from facilitator.store import backups as backups_module
from tests.store.helpers import event, integrity, programme, raw_rows, sha256, url_of


def _fill(db: Database, events: int = 3) -> int:
    meeting_id = db.create_meeting(programme())
    for n in range(1, events + 1):
        db.append_event(meeting_id, event(n))
    return meeting_id


def test_a_backup_is_a_checked_self_contained_copy_of_the_live_database(
    db: Database, clock: FakeClock
) -> None:
    meeting_id = _fill(db)
    clock.advance(seconds=1.5)
    path = db.backup_now("manual")

    assert path.parent == paths.backup_dir()
    assert integrity(path) == [("ok",)]
    assert raw_rows(path, "PRAGMA journal_mode") == [("delete",)]
    assert not path.with_name(path.name + "-wal").exists()
    assert raw_rows(path, "SELECT count(*) FROM events WHERE meeting_id = ?", meeting_id) == [(3,)]
    [info] = db.list_backups()
    assert info.path == path
    assert info.reason == "manual"
    assert info.taken_at == clock.now()
    assert info.size == path.stat().st_size
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".partial")]


def test_backups_are_taken_on_open_and_on_close_when_something_changed(
    db_path: Path, clock: FakeClock
) -> None:
    with open_database(url_of(db_path), clock=clock) as db:
        assert db.list_backups() == []  # a new database: nothing worth keeping yet
        _fill(db)
    assert [b.reason for b in list_backups(db_path)] == ["close"]

    clock.advance(minutes=1)
    with open_database(url_of(db_path), clock=clock) as db:
        assert [b.reason for b in db.list_backups()] == ["open", "close"]
        db.list_meetings()  # reading changes nothing
    assert [b.reason for b in list_backups(db_path)] == ["open", "close"]

    clock.advance(minutes=1)
    with open_database(url_of(db_path), clock=clock) as db:
        db.append_event(1, event(4))
    latest = list_backups(db_path)[0]
    assert latest.reason == "close"
    assert raw_rows(latest.path, "SELECT max(seq) FROM events") == [(4,)]


def test_a_backup_is_due_every_five_minutes_while_things_change(
    db_path: Path, clock: FakeClock
) -> None:
    with open_database(url_of(db_path), clock=clock) as db:
        _fill(db)
    clock.advance(minutes=1)
    with open_database(url_of(db_path), clock=clock) as db:  # backed up on open
        assert not db.backup_due(clock.now() + dt.timedelta(hours=1))  # nothing changed
        db.append_event(1, event(4))
        assert not db.backup_due(clock.now())
        assert not db.backup_due(clock.now() + BACKUP_INTERVAL - dt.timedelta(microseconds=1))
        clock.advance(minutes=5)
        assert db.backup_due(clock.now())
        db.backup_now("interval")
        assert not db.backup_due(clock.now() + BACKUP_INTERVAL)  # nothing changed since
        db.append_event(1, event(5))
        assert db.backup_due(clock.now() + BACKUP_INTERVAL)
    assert dt.timedelta(minutes=5) == BACKUP_INTERVAL


def test_the_newest_ten_rolling_backups_are_kept_and_upgrade_backups_apart(
    db: Database, clock: FakeClock
) -> None:
    _fill(db)
    upgrade = db.backup_now("upgrade-from-0000")
    taken = []
    for _ in range(13):
        clock.advance(minutes=5)
        taken.append(db.backup_now("interval"))
    kept = db.list_backups()
    assert [b.path for b in kept if b.reason == "interval"] == taken[::-1][:10]
    assert [b.path for b in kept if b.reason != "interval"] == [upgrade]
    assert all(p.exists() == (p in taken[3:]) for p in taken)


def test_backups_of_different_databases_do_not_mix(tmp_path: Path, clock: FakeClock) -> None:
    one, two = tmp_path / "a" / "meetings.sqlite3", tmp_path / "b" / "meetings.sqlite3"
    for path in (one, two):
        with open_database(url_of(path), clock=clock) as db:
            _fill(db)
    assert len(list_backups(one)) == len(list_backups(two)) == 1
    assert list_backups(one)[0].path != list_backups(two)[0].path
    for _ in range(12):
        with open_database(url_of(two), clock=clock) as db:
            clock.advance(seconds=1)
            db.append_event(1, event(9))
    assert len(list_backups(one)) == 1


def test_two_backups_in_the_same_microsecond_are_both_kept(db: Database) -> None:
    _fill(db)
    first, second = db.backup_now(), db.backup_now()
    assert first != second
    assert [b.path for b in db.list_backups()] == [second, first]


def test_a_backup_that_fails_its_check_is_not_kept(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db)
    good = db.backup_now()
    monkeypatch.setattr(backups_module, "integrity_problems", lambda path: "page 3: bad")
    clock.advance(minutes=5)
    with pytest.raises(DatabaseCorrupt) as raised:
        db.backup_now()
    assert raised.value.newest_backup is not None
    assert raised.value.newest_backup.path == good
    assert [b.path for b in db.list_backups()] == [good]
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]


def test_a_half_written_backup_left_by_a_crash_is_cleared(db: Database) -> None:
    _fill(db)
    assert db.path is not None
    directory = paths.backup_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stale = directory / f".{backups_module.backup_prefix(db.path)}.x.sqlite3.999.partial"
    stale.write_bytes(b"half")
    path = db.backup_now()
    assert sorted(p.name for p in directory.iterdir()) == [path.name]


def test_a_backup_folder_that_cannot_be_made_is_a_backup_error(
    tmp_path: Path, clock: FakeClock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with open_database(
        url_of(tmp_path / "m.sqlite3"), clock=clock, backup_dir=blocker / "backups"
    ) as db:
        _fill(db)
        with pytest.raises(BackupFailed, match="The meeting itself is saved"):
            db.backup_now()
        db._changed = False  # so that closing does not try again


def test_restoring_moves_the_current_file_aside_and_puts_the_backup_in_place(
    db_path: Path, clock: FakeClock
) -> None:
    with open_database(url_of(db_path), clock=clock) as db:
        _fill(db, events=3)
    backup = list_backups(db_path)[0]
    with open_database(url_of(db_path), clock=clock) as db:
        db.append_event(1, event(4))
        # Leave a -wal behind, as a crash would, to see that it travels with its file.
        keep_open = db.engine.raw_connection()
        keep_open.cursor().execute("SELECT 1").fetchall()
    current = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    wal_bytes = wal.read_bytes() if wal.exists() else None
    keep_open.close()

    aside = restore_backup(backup, db_path, now=dt.datetime(2024, 7, 10, 9, 30, tzinfo=dt.UTC))

    assert aside == db_path.with_name(f"{db_path.name}.damaged-20240710T093000.000000Z")
    assert aside.read_bytes() == current
    if wal_bytes is not None:
        assert aside.with_name(aside.name + "-wal").read_bytes() == wal_bytes
    assert not wal.exists()
    assert db_path.read_bytes() == backup.path.read_bytes()
    with open_database(url_of(db_path), clock=clock) as db:
        assert [e.seq for e in db.load_meeting(1).events] == [1, 2, 3]

    # Restoring again never overwrites the first file set aside.
    again = restore_backup(backup, db_path, now=dt.datetime(2024, 7, 10, 9, 30, tzinfo=dt.UTC))
    assert again is not None
    assert again != aside
    assert aside.read_bytes() == current


def test_restoring_refuses_a_database_that_is_open(db_path: Path, db: Database) -> None:
    _fill(db)
    backup = db.backup_now()
    before = sha256(db_path)
    with pytest.raises(DatabaseInUse):
        restore_backup(backup, db_path)
    assert sha256(db_path) == before
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_restoring_refuses_a_damaged_backup(db_path: Path, db: Database) -> None:
    _fill(db)
    backup = db.backup_now()
    db.close()
    with backup.open("r+b") as handle:  # every page after the first: garbage
        handle.seek(4096)
        handle.write(os.urandom(backup.stat().st_size - 4096))
    before = sha256(db_path)
    with pytest.raises(DatabaseCorrupt):
        restore_backup(backup, db_path)
    assert sha256(db_path) == before


def test_a_failed_backup_is_a_warning_never_a_refusal_to_open_or_close(
    tmp_path: Path, clock: FakeClock
) -> None:
    """A full disk (here: a backup folder that cannot be made) once refused to open a meeting
    and made close() raise after every write was committed."""
    path = tmp_path / "m.sqlite3"
    with open_database(url_of(path), clock=clock) as db:
        _fill(db)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    db = open_database(url_of(path), clock=clock, backup_dir=blocker / "backups")
    assert db.notice is not None and "could not be made" in db.notice  # said, not refused
    db.append_event(1, event(9))
    db.close()  # the backup on close fails too: a warning in the log, no exception
    with open_database(url_of(path), clock=clock, backups=False) as again:
        assert again.load_meeting(1).events[-1].payload == event(9).payload  # kept


# ----------------------------------------------------------------------------- on a worker thread
def test_what_is_written_while_a_backup_runs_is_in_the_next_one(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app takes its rolling backup on a worker thread while the meeting goes on: an event
    committed during the copy may be missing from it, so the database stays "changed"."""
    meeting_id = _fill(db)
    real = backups_module.take_backup

    def copy_while_writing(*args: object, **kwargs: object) -> object:
        db.append_event(meeting_id, event(4))  # the GUI thread commits meanwhile
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups_module, "take_backup", copy_while_writing)
    db.backup_now("running")
    clock.advance(BACKUP_INTERVAL.total_seconds())
    assert db.backup_due(clock.now())  # the event may not be in it: the next one is due
    monkeypatch.setattr(backups_module, "take_backup", real)
    db.backup_now("running")
    clock.advance(BACKUP_INTERVAL.total_seconds())
    assert not db.backup_due(clock.now())


def test_a_failed_backup_leaves_the_database_changed(
    db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db)

    def full_disk(*args: object, **kwargs: object) -> object:
        raise BackupFailed(db.backup_dir, detail="No space left on device")

    monkeypatch.setattr(backups_module, "take_backup", full_disk)
    with pytest.raises(BackupFailed):
        db.backup_now("running")
    clock.advance(BACKUP_INTERVAL.total_seconds())
    assert db.backup_due(clock.now())


def test_closing_waits_for_a_backup_under_way(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    _fill(db)
    copying, finish = threading.Event(), threading.Event()
    real = backups_module.take_backup
    order: list[str] = []

    def slow(*args: object, **kwargs: object) -> object:
        copying.set()
        assert finish.wait(30)
        info = real(*args, **kwargs)  # type: ignore[arg-type]
        order.append("copied")
        return info

    monkeypatch.setattr(backups_module, "take_backup", slow)
    backup = threading.Thread(target=db.backup_now, args=("running",))
    backup.start()
    assert copying.wait(30)
    closing = threading.Thread(target=lambda: (db.close(), order.append("closed")))
    closing.start()
    closing.join(0.2)
    assert closing.is_alive() and order == []  # closing waits
    finish.set()
    backup.join(30)
    closing.join(30)
    assert order == ["copied", "closed"] and db.closed
    assert [b.reason for b in db.list_backups()] == ["running"]
