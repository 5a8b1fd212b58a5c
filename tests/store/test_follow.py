"""A seat learns that another process appended to the meeting (issue 18, live follow).

The writer is a real second process (``tests/store/store_child.py hold``), as another seat is:
on the same SQLite file (``PRAGMA data_version``), and on a real PostgreSQL server
(``LISTEN``/``NOTIFY``). A wake-up is only a hint; what was appended is read by seq.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.store import Database, open_database
from facilitator.store.engine import parse_url
from facilitator.store.follow import PostgresFollower, SqliteFollower, channel
from tests.postgres_server import postgres_server
from tests.store.helpers import programme, url_of

CHILD = Path(__file__).with_name("store_child.py")


class Writer:
    """Another seat: a process holding the database open, appending when told to."""

    def __init__(self, target: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "hold", target],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        ready = self.proc.stdout.readline()
        assert ready.startswith("ready"), ready + self.proc.stderr.read()  # type: ignore[union-attr]

    def append(self, meeting_id: int, n: int) -> int:
        """Append event ``n`` to the meeting; its seq, once committed."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"append {meeting_id} {n}\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().split()
        assert answer[0] == "appended", answer
        return int(answer[1])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("quit\n")
        self.proc.stdin.flush()
        self.proc.communicate(timeout=30)


def test_sqlite_a_write_by_another_process_wakes_the_follower(db_path: Path) -> None:
    """One machine, two windows: the one that has the file writes, the other follows it
    read-only (SQLite has one writer; see the lock in store/lock.py)."""
    with open_database(url_of(db_path), backups=False) as db:
        meeting_id = db.create_meeting(programme())
    writer = Writer(str(db_path))
    follower = SqliteFollower(db_path)
    try:
        with open_database(url_of(db_path), read_only=True, backups=False) as seat:
            assert follower.wait(0) is False  # nothing new
            seq = writer.append(meeting_id, 1)
            assert follower.wait(5) is True
            assert [e.seq for e in seat.events_since(meeting_id, 0)] == [seq]
            assert follower.wait(0) is False  # the hint was taken; nothing newer
            writer.append(meeting_id, 2)
            writer.append(meeting_id, 3)
            assert follower.wait(5) is True  # two commits, one wake-up: the read gets both
            assert [e.seq for e in seat.events_since(meeting_id, seq)] == [seq + 1, seq + 2]
    finally:
        follower.close()
        writer.close()


def test_sqlite_the_follower_times_out_when_nothing_is_written(db: Database, db_path: Path) -> None:
    db.create_meeting(programme())
    follower = SqliteFollower(db_path, poll=0.01)
    try:
        assert follower.wait(0.03) is False
    finally:
        follower.close()


# ----------------------------------------------------------------------------- PostgreSQL
@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.mark.slow
def test_postgresql_an_append_by_another_process_notifies_the_meetings_channel(
    server: str,
) -> None:
    with open_database(server) as db:
        first = db.create_meeting(programme("First"))
        second = db.create_meeting(programme("Second"))
        writer = Writer(server)
        follow_first = PostgresFollower(parse_url(server), first)
        follow_second = PostgresFollower(parse_url(server), second)
        try:
            assert follow_first.wait(0) is False
            seq = writer.append(first, 1)
            assert follow_first.wait(5) is True
            assert [e.seq for e in db.events_since(first, 0)] == [seq]
            # The other meeting's channel heard nothing of it: its follower wakes for its own
            # append only, once.
            writer.append(second, 1)
            assert follow_second.wait(5) is True
            assert follow_second.wait(0.5) is False
        finally:
            follow_first.close()
            follow_second.close()
            writer.close()


def test_channel_names_are_identifiers() -> None:
    assert channel(12) == "facilitator_meeting_12"
    assert channel(12) != channel(1)
