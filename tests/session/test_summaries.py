"""The start screen lists meetings from the summary each session keeps on the meeting's row
(where it stopped, paused, status, title, date), not by folding every journal; a summary that
is missing or stale is recomputed once by folding, and kept."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator import session as session_module
from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingOverview, MeetingSession, overview
from facilitator.store import open_database
from facilitator.store.database import Database
from tests.conftest import PROGRAMMES_DIR
from tests.store import make_schema_db

TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(f"sqlite:///{tmp_path / 'meetings.sqlite3'}", backups=False) as opened:
        yield opened


def _no_fold(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the start screen folded a journal")

    monkeypatch.setattr(session_module, "fold", refuse)


def _listed(db: Database) -> dict[int, tuple[str, str, bool, str, object]]:
    return {o.summary.id: _shown(o) for o in overview(db)}


def _shown(o: MeetingOverview) -> tuple[str, str, bool, str, object]:
    return (o.status, str(o.where), o.paused, o.title, o.date)


def _folded_overview(db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[int, object]:
    """What the old start screen showed: every meeting folded (no summary used)."""
    with monkeypatch.context() as patch:
        patch.setattr(db, "kept_summaries", _without_summaries(db.kept_summaries))
        return _listed(db)


def _without_summaries(kept_summaries):  # type: ignore[no-untyped-def]
    return lambda kinds: [replace(k, current=False) for k in kept_summaries(kinds)]


def test_each_command_that_changes_the_list_keeps_its_summary(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = db.create_meeting(read_programme(TIP))
    second = db.create_meeting(read_programme(TIP))
    one = MeetingSession(db, first, clock=FakeClock(), actor="Co-Chairs")
    two = MeetingSession(db, second, clock=FakeClock(), actor="Co-Chairs")
    one.start()
    one.next()
    two.start()
    two.pause()
    expected = _folded_overview(db, monkeypatch)
    _no_fold(monkeypatch)
    listed = _listed(db)
    assert listed == expected
    assert listed[second][:3] == ("paused", "paused in: " + listed[second][1][11:], True)
    # Events that do not change the list (a speaker, a capture) leave the summary current.
    one.add_guest("Ms. A", "NGO")
    assert _listed(db) == listed
    # An undo may change it: it is kept after the undo too.
    two.undo()
    assert _listed(db)[second][0] == "running"
    one.edit_programme(replace(one.programme, title="Renamed by the programme"))
    assert _listed(db)[first][3] == "Renamed by the programme"
    db.rename_meeting(first, "Named in the list")  # a name given in the list stays
    assert _listed(db)[first][3] == "Named in the list"


def test_a_stale_summary_is_folded_once_then_kept(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seat that stopped between an event and its summary: the list folds that meeting once."""
    meeting = db.create_meeting(read_programme(TIP))
    session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
    session.start()
    monkeypatch.setattr(db, "keep_summary", lambda *args, **kwargs: None)
    session.next()  # committed, its summary not kept
    monkeypatch.undo()
    expected = _folded_overview(db, monkeypatch)
    assert _listed(db) == expected  # folded, and kept
    _no_fold(monkeypatch)
    assert _listed(db) == expected


def test_an_upgraded_database_lists_its_meetings_and_keeps_their_summaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(make_schema_db.database_path("0001"), path)
    with open_database(f"sqlite:///{path}", backups=False) as db:
        first = _listed(db)  # folds each meeting once (its 25 events are not real events)
        assert first[1][0] == "damaged" and first[3][:2] == ("planned", "not started")
    with sqlite3.connect(path) as raw:
        kept = raw.execute("SELECT id, summary_seq FROM meetings ORDER BY id").fetchall()
    assert kept == [(1, 25), (3, 0)]
    _no_fold(monkeypatch)
    with open_database(f"sqlite:///{path}", backups=False) as db:
        assert _listed(db) == first


def test_a_read_only_database_lists_without_keeping(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(make_schema_db.database_path("0002"), path)
    with open_database(f"sqlite:///{path}", backups=False) as db:
        pass  # upgraded to the newest schema (nothing to do here), then read-only:
    with open_database(f"sqlite:///{path}", read_only=True) as db:
        listed = _listed(db)
        assert listed[3][:2] == ("planned", "not started")  # kept by a 0002 session
        assert listed[1][0] == "damaged"
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT summary_seq FROM meetings WHERE id = 1").fetchone() == (None,)


def test_damage_on_disk_after_the_summary_is_still_listed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = db.create_meeting(read_programme(TIP))
    session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
    session.start()
    session.next()
    session.add_guest("Ms. A", "NGO")
    assert db.path is not None
    with sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE events SET payload = '[1, 2]' WHERE seq = 2")
    _no_fold(monkeypatch)
    listed = overview(db)
    assert listed[0].status == "damaged" and listed[0].damaged_at == 2
    assert "restore a backup" in str(listed[0].where)


@pytest.mark.slow
def test_summaries_on_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several machines on one server: the summary is in the database, as JSON, for all."""
    from tests.postgres_server import postgres_server

    with postgres_server() as url, open_database(url) as db:
        meeting = db.create_meeting(read_programme(TIP))
        session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
        session.start()
        session.pause()
        session.add_guest("Ms. A", "NGO")
        expected = _folded_overview(db, monkeypatch)
        with monkeypatch.context() as patch:
            _no_fold(patch)
            assert _listed(db) == expected
            assert expected[meeting][:3] == ("paused", expected[meeting][1], True)
