"""Reopening a meeting from its fold snapshot (facilitator.store.fold_cache): the same state as
folding its whole journal, and a snapshot that does not match is ignored, never an error."""

from __future__ import annotations

import pickle
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.fold.engine import fold
from facilitator.session import MeetingSession
from facilitator.store import fold_cache, open_database
from facilitator.store.database import Database
from tests.bench.realistic import day
from tests.bench.stored import add_meeting

CUT = 1800  # the journal when the meeting was closed; the rest of the day comes after


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, int]:
    programme, records = day()
    path = tmp_path / "meetings.sqlite3"
    return path, add_meeting(path, programme, records[:CUT])


def _session(db: Database, meeting_id: int) -> MeetingSession:
    _programme, records = day()
    return MeetingSession(db, meeting_id, clock=FakeClock(records[-1].at), actor="Rapporteur")


def _append(path: Path, meeting_id: int, start: int, end: int) -> None:
    _programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        for record in records[start:end]:
            db.append_event(meeting_id, record)


def test_a_reopened_meeting_folds_only_what_came_after_its_snapshot(
    stored: tuple[Path, int],
) -> None:
    path, meeting_id = stored
    programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        session = _session(db, meeting_id)
        assert session._snapshot_seq == 0  # nothing kept yet: folded from the journal
        assert session.save_snapshot() and not session.save_snapshot()  # nothing new the 2nd time
    _append(path, meeting_id, CUT, len(records))  # another seat went on
    with open_database(f"sqlite:///{path}", backups=False) as db:
        reopened = _session(db, meeting_id)
        assert reopened._snapshot_seq == CUT  # resumed after event CUT
        assert reopened.state == fold(programme, records)
        # It goes on as any session: an undo of the last step, then one reaching before the
        # snapshot (the journal is read again, once).
        before = reopened.state
        reopened.undo()
        assert reopened.state.undo.can_redo
        assert reopened.state == fold(programme, reopened.journal())
        assert reopened.state != before


def test_an_undo_right_after_reopening_reaches_before_the_snapshot(
    stored: tuple[Path, int],
) -> None:
    path, meeting_id = stored
    programme, _records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        _session(db, meeting_id).close()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        reopened = _session(db, meeting_id)
        assert reopened._snapshot_seq == CUT
        for _ in range(3):
            reopened.undo()
            assert reopened.state == fold(programme, reopened.journal())
        reopened.redo()
        assert reopened.state == fold(programme, reopened.journal())


def test_a_journal_changed_under_the_snapshot_is_folded_whole(stored: tuple[Path, int]) -> None:
    """An older backup restored, and the meeting run on from it: the event the snapshot
    followed is another one now."""
    path, meeting_id = stored
    programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        _session(db, meeting_id).close()
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events WHERE seq > ?", (CUT - 300,))
    with open_database(f"sqlite:///{path}", backups=False) as db:
        for record in records[CUT - 300 : CUT + 5]:  # the same events, at other times
            db.append_event(meeting_id, replace(record, at=record.at.replace(second=1)))
    with open_database(f"sqlite:///{path}", backups=False) as db:
        reopened = _session(db, meeting_id)
        assert reopened._snapshot_seq == 0  # not resumed
        assert reopened.state == fold(programme, db.load_meeting(meeting_id).events)
        assert fold_cache.read(db, meeting_id) is None  # and the stale snapshot forgotten


def test_a_journal_cut_short_under_the_snapshot_is_folded_whole(stored: tuple[Path, int]) -> None:
    path, meeting_id = stored
    programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        _session(db, meeting_id).close()
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM events WHERE seq > ?", (CUT - 10,))
    with open_database(f"sqlite:///{path}", backups=False) as db:
        reopened = _session(db, meeting_id)
        assert reopened._snapshot_seq == 0
        assert reopened.state == fold(programme, records[: CUT - 10])
        reopened.undo()  # and the store numbers the next event right
        assert reopened.state.last_seq == CUT - 9


def _snapshot_file(db: Database, meeting_id: int) -> Path:
    return fold_cache._file(db, meeting_id)


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "other version", "other meeting", "not a snapshot", "empty"],
)
def test_a_snapshot_that_does_not_read_back_is_ignored(
    stored: tuple[Path, int], damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, meeting_id = stored
    programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        _session(db, meeting_id).close()
        file = _snapshot_file(db, meeting_id)
    data = file.read_bytes()
    head, _, body = data.partition(b"\n")
    header = body.partition(b"\n")[0]
    if damage == "garbage":
        data = head + b"\n" + header + b"\n" + b"\x80\x05garbage"
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "other version":
        data = data.replace(fold_cache.fold_version().encode(), b"0" * 64)
    elif damage == "other meeting":
        data = data.replace(b'"meeting": %d' % meeting_id, b'"meeting": 99')
    elif damage == "not a snapshot":
        data = head + b"\n" + header + b"\n" + pickle.dumps({"states": ()})
    else:
        data = b""
    file.write_bytes(data)
    if damage in ("other version", "other meeting", "empty"):
        # Never unpickled: what another version or another meeting wrote is not read at all.
        monkeypatch.setattr(pickle, "loads", _refuse)
    with open_database(f"sqlite:///{path}", backups=False) as db:
        reopened = _session(db, meeting_id)
        assert reopened._snapshot_seq == 0
        assert reopened.state == fold(programme, records[:CUT])


def _refuse(*args: object, **kwargs: object) -> object:
    raise AssertionError("unpickled")


def test_a_snapshot_that_cannot_be_written_is_a_line_in_the_log(
    stored: tuple[Path, int], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path, meeting_id = stored
    with open_database(f"sqlite:///{path}", backups=False) as db:
        session = _session(db, meeting_id)
        folder = _snapshot_file(db, meeting_id).parent
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.write_text("a file where the folder should be")
        assert not session.save_snapshot()
    assert "not written" in caplog.text


def test_snapshots_are_kept_once_enough_events_came(stored: tuple[Path, int]) -> None:
    """What the backup timer asks (``MeetingController.backup_if_due``, on the GUI thread)."""
    path, meeting_id = stored
    _programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        session = _session(db, meeting_id)
        session.save_snapshot_if_due()
        assert session._snapshot_seq == CUT
        session.append(records[CUT])
        session.save_snapshot_if_due()
        assert session._snapshot_seq == CUT  # one event is not enough
        for record in records[CUT + 1 : CUT + 501]:
            session.append(record)
        session.save_snapshot_if_due()
        assert session._snapshot_seq == CUT + 501


def test_the_backup_timer_keeps_the_snapshot_on_the_gui_thread(
    stored: tuple[Path, int], qtbot: Any
) -> None:
    """The controller keeps the snapshot before its backup thread starts (the folder is never
    read from another thread), and again when the console closes."""
    from facilitator.ui.controller import MeetingController

    path, meeting_id = stored
    _programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        session = _session(db, meeting_id)
        controller = MeetingController(session)
        controller.backup_if_due()
        qtbot.waitUntil(lambda: not controller.backing_up)
        assert session._snapshot_seq == CUT
        session.append(records[CUT])
        controller.shutdown()  # the console closes: whatever came since is kept
        assert session._snapshot_seq == CUT + 1


def test_a_read_only_opening_up_to_an_event_ignores_snapshots(stored: tuple[Path, int]) -> None:
    path, meeting_id = stored
    programme, records = day()
    with open_database(f"sqlite:///{path}", backups=False) as db:
        _session(db, meeting_id).close()
        limited = MeetingSession(db, meeting_id, clock=FakeClock(records[-1].at), until=100)
        assert limited.state == fold(programme, records[:100])
        assert not limited.save_snapshot()
