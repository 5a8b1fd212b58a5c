"""One damaged event must not take every meeting down: 11 bytes of one event's payload
overwritten in the file (SQLite's integrity check still passes) make that meeting "damaged", in
words, everywhere; every other meeting opens as before, and the damaged one opens read-only up to
the event before the damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession, overview
from facilitator.store import DamagedMeeting, StoreError, open_database
from tests.conftest import PROGRAMMES_DIR

TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"


def _two_meetings(path: Path) -> tuple[int, int]:
    with open_database(f"sqlite:///{path}", backups=False) as db:
        healthy = db.create_meeting(read_programme(TIP))
        damaged = db.create_meeting(read_programme(TIP))
        for meeting in (healthy, damaged):
            session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
            session.start()
            session.next()
            session.extend(60)
    return healthy, damaged


def _overwrite_payload_bytes(path: Path, meeting: int, seq: int) -> None:
    """11 bytes of the stored payload overwritten in place, as a bad sector would: the row is
    still a row, the JSON no longer JSON."""
    with sqlite3.connect(path) as connection:
        (payload,) = connection.execute(
            "SELECT payload FROM events WHERE meeting_id = ? AND seq = ?", (meeting, seq)
        ).fetchone()
        broken = "\x00garbage\x01}" + payload[11:]
        connection.execute(
            "UPDATE events SET payload = ? WHERE meeting_id = ? AND seq = ?", (broken, meeting, seq)
        )
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "meetings.sqlite3"
    healthy, damaged = _two_meetings(path)
    _overwrite_payload_bytes(path, damaged, 2)
    return path, healthy, damaged


def test_the_damaged_meeting_is_said_and_the_others_open(store: tuple[Path, int, int]) -> None:
    path, healthy, damaged = store
    with open_database(f"sqlite:///{path}", backups=False) as db:
        rows = {row.summary.id: row for row in overview(db)}
        assert rows[damaged].status == "damaged" and rows[damaged].damaged_at == 2
        assert str(rows[damaged].where).startswith(
            "damaged at event 2: open it read-only up to event 1"
        )
        assert rows[healthy].status == "running"
        assert MeetingSession(db, healthy, clock=FakeClock()).state.agenda.current == "seg-2"
        with pytest.raises(DamagedMeeting, match="event 2 cannot be read") as caught:
            MeetingSession(db, damaged, clock=FakeClock())
        assert isinstance(caught.value, StoreError) and caught.value.seq == 2
        # Read-only, up to the event before: what was recorded can be seen, nothing changed.
        viewed = MeetingSession(db, damaged, clock=FakeClock(), until=1)
        assert viewed.state.agenda.current == "seg-1"
        with pytest.raises(StoreError, match="read-only"):
            viewed.next()
        assert len(db.load_meeting(damaged, until=1).events) == 1


def test_the_cli_says_so_in_one_line(
    store: tuple[Path, int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, healthy, damaged = store
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "export",
                str(damaged),
                "--format",
                "md",
                "--output",
                str(tmp_path / "r.md"),
                "--database",
                str(path),
            ]
        )
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Meeting 2 is damaged: its event 2 cannot be read" in err
    assert "Traceback" not in err and "unexpected" not in err
    assert (
        main(
            [
                "export",
                str(healthy),
                "--format",
                "md",
                "--output",
                str(tmp_path / "h.md"),
                "--database",
                str(path),
            ]
        )
        == 0
    )
    assert main(["meetings", "--database", str(path)]) == 0
    assert "running" in capsys.readouterr().out


def test_a_payload_that_is_json_but_not_its_event_is_damage_too(tmp_path: Path) -> None:
    path = tmp_path / "meetings.sqlite3"
    _healthy, damaged = _two_meetings(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE events SET payload = ? WHERE meeting_id = ? AND seq = ?",
            ('{"segment_id": 42}', damaged, 3),
        )
    with open_database(f"sqlite:///{path}", backups=False) as db:
        with pytest.raises(DamagedMeeting) as caught:
            MeetingSession(db, damaged, clock=FakeClock())
        assert caught.value.seq == 3
        assert {row.summary.id: row.status for row in overview(db)}[damaged] == "damaged"
