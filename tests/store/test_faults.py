"""What the store does when the world misbehaves: damaged files, a full disk, read-only places,
a locked database, a second Facilitator. Each is a typed error that says what to do, and none of
them loses or alters what was committed.

About root: these tests run as root, for whom ``chmod`` stops nothing. The read-only cases are
therefore played in a child process that keeps uid 0 but has lost the capabilities that let root
ignore permissions (``setpriv --bounding-set -dac_override,...``): for it, ``chmod a-w`` means what
it means for a user. When the tests run as a normal user, the child needs no such help. Where
neither is possible the test is skipped, saying why. The read-only *connection* path (``mode=ro``)
is also tested in-process in ``test_database.py``.
"""

from __future__ import annotations

import os
import random
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.store import (
    Database,
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    list_backups,
    open_database,
    restore_backup,
)
from tests.store.helpers import (
    event,
    expect_line,
    integrity,
    programme,
    raw_rows,
    sha256,
    spawn,
    tell,
    url_of,
)

# ---------------------------------------------------------------------------- damaged files


def _random_bytes(path: Path) -> bytes:
    return random.Random(7).randbytes(8192)


def _text_file(path: Path) -> bytes:
    return b"Meeting notes\nNothing to see here.\n" * 200


def _truncated_to_half(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def _truncated_inside_the_header(path: Path) -> bytes:
    return path.read_bytes()[:60]


def _truncated_after_two_pages(path: Path) -> bytes:
    return path.read_bytes()[: 2 * 4096 + 1000]


def _garbage_in_the_middle(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = random.Random(11).randbytes(8192)
    return bytes(data)


def _emptied(path: Path) -> bytes:
    return b""


DAMAGE = [
    _random_bytes,
    _text_file,
    _truncated_to_half,
    _truncated_inside_the_header,
    _truncated_after_two_pages,
    _garbage_in_the_middle,
    _emptied,
]


@pytest.fixture
def backed_up(db_path: Path, clock: FakeClock) -> Path:
    """A database with a real journal (several hundred pages), closed, with two backups."""
    with open_database(url_of(db_path), clock=clock) as db:
        meeting_id = db.create_meeting(programme())
        for n in range(1, 301):
            db.append_event(meeting_id, event(n))
    clock.advance(minutes=10)
    with open_database(url_of(db_path), clock=clock):
        pass
    assert [b.reason for b in list_backups(db_path)] == ["open", "close"]
    return db_path


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__.strip("_") for d in DAMAGE])
def test_a_damaged_file_is_refused_kept_intact_and_the_newest_backup_offered(
    backed_up: Path, clock: FakeClock, damage: object
) -> None:
    path = backed_up
    path.write_bytes(damage(path))  # type: ignore[operator]
    damaged = sha256(path)
    newest = list_backups(path)[0]

    for _ in range(2):  # the second try meets the same answer, not a stale lock
        with pytest.raises(DatabaseCorrupt) as raised:
            open_database(url_of(path), clock=clock)
        error = raised.value
        assert error.newest_backup == newest
        assert error.backups == list_backups(path)
        assert "damaged" in error.message
        assert "newest backup" in error.message
        assert sha256(path) == damaged
    with pytest.raises(DatabaseCorrupt):
        open_database(url_of(path), read_only=True)
    assert sha256(path) == damaged

    aside = restore_backup(error.newest_backup, path)  # type: ignore[arg-type]
    assert aside is not None
    assert sha256(aside) == damaged
    with open_database(url_of(path), clock=clock) as db:
        assert [e.seq for e in db.load_meeting(1).events] == list(range(1, 301))


def test_a_damaged_file_without_backups_says_there_are_none(tmp_path: Path) -> None:
    path = tmp_path / "found.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    with pytest.raises(DatabaseCorrupt, match="no backup") as raised:
        open_database(url_of(path))
    assert raised.value.backups == []
    assert raised.value.newest_backup is None


# -------------------------------------------------------------------------------- disk full
def test_a_full_disk_fails_the_command_and_the_journal_keeps_exactly_what_was_committed(
    db_path: Path, clock: FakeClock
) -> None:
    with open_database(url_of(db_path), clock=clock) as db:
        meeting_id = db.create_meeting(programme())
        committed = [db.append_event(meeting_id, event(n)) for n in range(1, 4)]
    [(pages,)] = raw_rows(db_path, "PRAGMA page_count")

    with open_database(
        url_of(db_path), clock=clock, backups=False, sqlite_pragmas={"max_page_count": pages + 2}
    ) as db:
        with pytest.raises(DiskFull) as raised:
            for n in range(4, 10_000):
                committed.append(db.append_event(meeting_id, event(n)))
        assert "full" in raised.value.message
        assert "not saved" in raised.value.message
        assert len(committed) > 3  # some fitted before the disk filled
        # Still full: still refused, and still nothing half-written.
        with pytest.raises(DiskFull):
            db.append_event(meeting_id, event(10_001))
        assert db.load_meeting(meeting_id).events == committed

    with open_database(url_of(db_path), clock=clock) as db:
        assert db.load_meeting(meeting_id).events == committed
        assert db.append_event(meeting_id, event(20_000)).seq == len(committed) + 1
    assert integrity(db_path) == [("ok",)]


# --------------------------------------------------------------------------- locked database
def test_a_database_locked_by_another_process_fails_after_the_busy_timeout(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    with open_database(url_of(db_path), clock=clock, busy_timeout_ms=200) as db:
        meeting_id = db.create_meeting(programme())
        db.append_event(meeting_id, event(1))
        locker = spawn("store_child.py", "exclusive", str(db_path), home=tmp_path)
        try:
            expect_line(locker, "locked")
            started = time.monotonic()
            with pytest.raises(DatabaseLocked, match=r"0\.2 s") as raised:
                db.append_event(meeting_id, event(2))
            assert time.monotonic() - started >= 0.15  # it waited, then gave up
            assert "Nothing was saved" in raised.value.message
            with pytest.raises(DatabaseLocked):
                db.set_status(meeting_id, "running")
            assert [e.seq for e in db.load_meeting(meeting_id).events] == [1]  # reads go on
            tell(locker, "release")
            expect_line(locker, "released")
        finally:
            locker.kill()
            locker.communicate()
        assert db.append_event(meeting_id, event(2)).seq == 2
        assert [e.seq for e in db.load_meeting(meeting_id).events] == [1, 2]


# ---------------------------------------------------------------------------- second instance
def test_a_second_facilitator_is_refused_or_opens_read_only(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    with open_database(url_of(db_path), clock=clock) as db:
        meeting_id = db.create_meeting(programme())
        db.append_event(meeting_id, event(1))

    holder = spawn("store_child.py", "hold", str(db_path), home=tmp_path)
    try:
        pid = int(expect_line(holder, "ready").split()[1])
        with pytest.raises(DatabaseInUse, match=f"process {pid}") as raised:
            open_database(url_of(db_path), clock=clock)
        assert raised.value.pid == pid
        assert "read-only" in raised.value.message

        with open_database(url_of(db_path), clock=clock, read_only=True) as reader:
            assert reader.read_only
            assert reader.notice is not None
            assert f"process {pid}" in reader.notice
            assert [e.seq for e in reader.load_meeting(meeting_id).events] == [1]
            with pytest.raises(DatabaseReadOnly):
                reader.append_event(meeting_id, event(2))
            tell(holder, f"append {meeting_id} 2")
            expect_line(holder, "appended 2")
            assert [e.seq for e in reader.events_since(meeting_id, 1)] == [2]  # it follows
        tell(holder, "quit")
        expect_line(holder, "closed")
        assert holder.wait(timeout=30) == 0
    finally:
        holder.kill()
        holder.communicate()

    with open_database(url_of(db_path), clock=clock) as db:  # the lock went with the process
        assert [e.seq for e in db.load_meeting(meeting_id).events] == [1, 2]
    assert integrity(db_path) == [("ok",)]


def test_while_we_hold_the_database_another_process_is_refused(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    meeting_id = db.create_meeting(programme())
    db.append_event(meeting_id, event(1))
    refused = spawn("store_child.py", "try", str(db_path), home=tmp_path)
    out, err = refused.communicate(timeout=60)
    assert out.startswith(f"error DatabaseInUse The meeting database at {db_path} is already"), err
    assert f"process {os.getpid()}" in out

    reader = spawn("store_child.py", "try", str(db_path), "ro", home=tmp_path)
    out, err = reader.communicate(timeout=60)
    lines = out.splitlines()
    assert lines[0].startswith("opened read_only=True meetings=1"), err
    assert lines[1].startswith("error DatabaseReadOnly"), err
    assert [e.seq for e in db.load_meeting(meeting_id).events] == [1]
    assert db.append_event(meeting_id, event(2)).seq == 2


# -------------------------------------------------------------------------- read-only places
def _unprivileged_prefix(probe_dir: Path) -> list[str]:
    """A command prefix under which file permissions apply, or skip the test."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv is missing to drop the override capabilities")
    prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner,-linux_immutable"]
    probe = probe_dir / "probe"
    probe.write_text("x")
    probe.chmod(0o444)
    result = subprocess.run(
        [*prefix, sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
        capture_output=True,
        check=False,
    )
    probe.unlink()
    if result.returncode == 0:
        pytest.skip("running as root, and root could not be made to respect permissions here")
    return prefix


@pytest.fixture
def read_only_setup(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Path, list[str]]]:
    place = tmp_path / "place"
    place.mkdir()
    path = place / "meetings.sqlite3"
    with open_database(url_of(path), clock=clock) as db:
        meeting_id = db.create_meeting(programme())
        db.append_event(meeting_id, event(1))
    prefix = _unprivileged_prefix(tmp_path)
    yield path, prefix
    place.chmod(0o755)
    path.chmod(0o644)


def _run_child(prefix: list[str], home: Path, *args: str) -> list[str]:
    child = spawn("store_child.py", *args, home=home, prefix=prefix)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    return out.splitlines()


def test_a_read_only_folder_is_a_clear_error_and_can_be_opened_read_only(
    read_only_setup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, prefix = read_only_setup
    digest = sha256(path)
    path.parent.chmod(0o555)
    assert not os.access(path.parent, os.W_OK) or os.geteuid() == 0

    [line] = _run_child(prefix, tmp_path, "try", str(path))
    assert line.startswith(f"error DatabaseReadOnly The meeting database at {path} cannot be")
    assert "open it read-only" in line
    lines = _run_child(prefix, tmp_path, "try", str(path), "ro")
    assert lines[0].startswith("opened read_only=True meetings=1")
    assert lines[1].startswith("error DatabaseReadOnly")
    assert sha256(path) == digest


def test_a_read_only_file_is_a_clear_error_before_anything_is_shown_as_saved(
    read_only_setup: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, prefix = read_only_setup
    path.parent.chmod(0o777)  # the folder is writable, the file is not
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    digest = sha256(path)

    [line] = _run_child(prefix, tmp_path, "try", str(path))
    assert line.startswith("error DatabaseReadOnly"), line
    lines = _run_child(prefix, tmp_path, "try", str(path), "ro")
    assert lines[0].startswith("opened read_only=True meetings=1")
    assert lines[1].startswith("error DatabaseReadOnly")
    assert sha256(path) == digest
    assert raw_rows(path, "SELECT count(*) FROM events") == [(1,)]
