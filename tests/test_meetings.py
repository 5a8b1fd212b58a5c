"""Whole meetings: a rehearsal's practice copy on a clock moved to the meeting's day, duplicate,
rename, delete with a backup first, and a programme imported twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.core.board import build_board
from facilitator.core.clock import FakeClock, ShiftedClock
from facilitator.core.participants.values import Category, Participant
from facilitator.core.queue.reducer import queue_of
from facilitator.formats.programme.files import read_programme
from facilitator.meetings import delete_meeting, duplicate_meeting, same_programme
from facilitator.rehearsal import LEAD, rehearse
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.errors import StoreError, UnknownMeeting
from facilitator.ui.words import day_words, sitting_words
from tests.conftest import PROGRAMMES_DIR

TIP = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"
DEC_6 = dt.datetime(2026, 12, 6, 19, 30, tzinfo=dt.UTC)  # a rehearsal, two years on


@pytest.fixture
def setting(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'meetings.sqlite3'}", backup_dir=tmp_path / "b")
    meeting = db.create_meeting(read_programme(TIP))
    clock = FakeClock(DEC_6)
    session = MeetingSession(db, meeting, clock=clock, actor="Secretariat")
    session.import_participants([Participant("", "Ana Lima", "Sahel Network", Category.NGO)])
    yield db, meeting, clock
    db.close()


def test_the_real_meeting_on_another_day_says_its_day_in_words(setting) -> None:  # type: ignore[no-untyped-def]
    db, meeting, clock = setting
    state = MeetingSession(db, meeting, clock=clock).state
    board = build_board(state, clock.now())
    assert day_words(board) == "This meeting is on Wednesday 10 July 2024"
    assert board.offset_seconds == 0 and "Rehearse" in sitting_words(board)


def test_a_rehearsal_runs_on_the_meetings_day_and_never_touches_its_journal(setting) -> None:  # type: ignore[no-untyped-def]
    db, meeting, clock = setting
    before = db.load_meeting(meeting).events
    practice = rehearse(db, meeting, clock, actor="Co-Chairs")
    session = practice.session
    zone = session.programme.zone()
    assert practice.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") == "2024-07-10 09:55"
    assert dt.timedelta(minutes=5) == LEAD
    people = queue_of(session.state).participants.by_id.values()
    assert [p.name for p in people] == ["Ana Lima"]  # the registrations come along
    clock.advance(minutes=5)  # real time passes; the rehearsal's clock runs with it
    session.toggle()  # 10:00 on the meeting's day: the opening starts
    board = build_board(session.state, session.now())
    assert board.local_time == "10:00:00" and day_words(board) == "on time"
    assert db.load_meeting(meeting).events == before  # the real journal: untouched
    assert [m.id for m in db.list_meetings()] == [meeting]  # and no meeting added to the list
    folder = Path(str(practice._database.path)).parent
    practice.close()
    assert not folder.exists()


def test_a_shifted_clock_runs_at_the_real_pace() -> None:
    base = FakeClock(DEC_6)
    shifted = ShiftedClock.starting_at(base, dt.datetime(2024, 7, 10, 7, 55, tzinfo=dt.UTC))
    base.advance(seconds=90)
    assert shifted.now() == dt.datetime(2024, 7, 10, 7, 56, 30, tzinfo=dt.UTC)


def test_duplicate_rename_and_delete(setting, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, meeting, clock = setting
    copy = duplicate_meeting(db, meeting, clock, actor="Secretariat")
    summaries = {m.id: m for m in db.list_meetings()}
    assert summaries[copy].title.endswith("(copy)")
    copied = MeetingSession(db, copy, clock=clock)
    assert copied.programme == MeetingSession(db, meeting, clock=clock).programme
    db.rename_meeting(copy, "  Rehearsal   day ")
    assert db.meeting_summary(copy).title == "Rehearsal day"
    with pytest.raises(StoreError, match="needs a name"):
        db.rename_meeting(copy, "   ")
    backup = delete_meeting(db, copy)
    assert backup is not None and backup.is_file() and "delete" in backup.name
    with open_database(f"sqlite:///{backup}", read_only=True, backups=False) as old:
        assert copy in [m.id for m in old.list_meetings()]  # still there, in the backup
    assert [m.id for m in db.list_meetings()] == [meeting]
    with pytest.raises(UnknownMeeting):
        delete_meeting(db, copy)


def test_a_programme_imported_twice_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert main(["programme", "import", str(TIP), "--database", url]) == 0
    assert "imported before" not in capsys.readouterr().err
    assert main(["programme", "import", str(TIP), "--database", url]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "2"
    assert "this programme was imported before, as meeting 1" in out.err
    with open_database(url) as db:
        assert same_programme(db, read_programme(TIP)) == [1, 2]
