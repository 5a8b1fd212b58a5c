"""A lone surrogate ("Ana\\ud800", which a paste or a broken input method can produce) can never
be written as UTF-8: every text that reaches the store is refused in words first, wherever it is
typed; nothing raises a raw UnicodeEncodeError from sqlite3."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import StoreError, open_database
from tests.conftest import PROGRAMMES_DIR

BROKEN = "Ana\ud800 Lima"


@pytest.fixture
def session(tmp_path: Path) -> MeetingSession:
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False)
    meeting = db.create_meeting(
        read_programme(PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml")
    )
    session = MeetingSession(db, meeting, clock=FakeClock(), actor="Co-Chairs")
    session.start()
    return session


def test_a_guest_a_queued_guest_and_an_edited_speaker_refuse_it(session: MeetingSession) -> None:
    before = len(session.journal())
    with pytest.raises(CommandError, match="cannot be saved"):
        session.add_guest(BROKEN, "NGO")
    with pytest.raises(CommandError, match="cannot be saved"):
        session.queue_guest(BROKEN, "NGO")
    with pytest.raises(CommandError, match="cannot be saved"):
        session.queue_guest("Ana Lima", "N\udc00GO")
    record = session.queue_guest("Ana Lima", "NGO")
    with pytest.raises(CommandError, match="cannot be saved"):
        session.edit_speaker(str(record.payload["entry_id"]), note="\ud83d")
    assert len(session.journal()) == before + 2  # only the good guest: added, then queued


def test_the_store_itself_refuses_it_in_words(session: MeetingSession) -> None:
    from facilitator.core.journal.record import EventRecord

    record = EventRecord(
        "SegmentExtended", session.now(), "x", {"segment_id": "seg-1\ud800", "seconds": 60}
    )
    with pytest.raises(StoreError, match="cannot be saved"):
        session.db.append_event(session.meeting_id, record)
