"""The meeting session: check in core, commit in the store, then fold. What is shown is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.core.agenda.timing import Phase, current_timing
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError, NothingToUndoError, NotPausedError
from facilitator.core.fold.engine import fold
from facilitator.core.interventions.commands import InterventionDraft
from facilitator.core.interventions.reducer import interventions_of
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.errors import DiskFull
from facilitator.store.records import MeetingStatus
from tests.conftest import PROGRAMMES_DIR

SEED = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"
TEN_AM = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)  # 10:00 in Vienna (CEST)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'meetings.sqlite3'}"


def _new_meeting(db_url: str) -> int:
    with open_database(db_url) as db:
        return db.create_meeting(read_programme(SEED))


def test_commands_are_committed_before_they_are_shown(db_url: str) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    seen: list[int] = []
    with open_database(db_url) as db:
        session = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair A")
        session.subscribe(
            lambda record, state: seen.append(len(db.load_meeting(meeting_id).events))
        )
        session.start()
        clock.advance(minutes=4)
        session.pause()
        assert seen == [1, 2]  # each listener call saw its event already on disk
        assert session.state.last_seq == 2
        assert db.meeting_summary(meeting_id).status is MeetingStatus.RUNNING


def test_an_invalid_command_changes_nothing(db_url: str) -> None:
    meeting_id = _new_meeting(db_url)
    with open_database(db_url) as db:
        session = MeetingSession(db, meeting_id, clock=FakeClock(TEN_AM))
        with pytest.raises(NothingToUndoError):
            session.undo()
        session.start()
        with pytest.raises(NotPausedError, match="not paused"):
            session.resume()
        assert [e.type for e in db.load_meeting(meeting_id).events] == ["SegmentStarted"]


def test_restart_brings_back_the_same_state_and_the_clock_kept_running(db_url: str) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        session = MeetingSession(db, meeting_id, clock=clock)
        session.start()
        clock.advance(minutes=12)
        session.next()  # opening remarks (10 min) ran 12 min; now the Secretariat's briefing
        clock.advance(minutes=5)
        before = session.state
    clock.advance(minutes=3)  # the app was down for three minutes
    with open_database(db_url) as db:
        again = MeetingSession(db, meeting_id, clock=clock)
        assert again.state.agenda == before.agenda
        timing = current_timing(again.state, clock.now())
        assert timing is not None
        assert timing.elapsed == dt.timedelta(minutes=8)
        assert timing.remaining == dt.timedelta(minutes=17)
        assert timing.phase is Phase.NORMAL


def test_a_full_disk_fails_the_command_and_the_state_stays_what_the_journal_holds(
    tmp_path: Path, db_url: str
) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        session = MeetingSession(db, meeting_id, clock=clock)
        session.start()
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    with open_database(db_url, sqlite_pragmas={"max_page_count": int(pages or 0)}) as db:
        session = MeetingSession(db, meeting_id, clock=clock)
        before = session.state
        big = session.programme
        with pytest.raises(DiskFull, match="full"):
            for n in range(2000):  # fill the last page, then one more
                clock.advance(1)
                session.extend(60) if n % 2 == 0 else session.undo()
        journal = db.load_meeting(meeting_id).events
        assert session.state.last_seq == journal[-1].seq
        assert fold(big, journal).agenda == session.state.agenda
        assert session.state.agenda.current == before.agenda.current


def test_meeting_status_follows_the_journal(db_url: str) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        session = MeetingSession(db, meeting_id, clock=clock)
        assert db.meeting_summary(meeting_id).status is MeetingStatus.PLANNED
        session.start()
        for _ in range(11):
            clock.advance(minutes=30)
            session.next()
        clock.advance(minutes=10)
        session.finish()
        assert all(
            session.state.agenda.status(s.id) is SegmentStatus.DONE
            for _, s in session.programme.segments()
        )
        assert db.meeting_summary(meeting_id).status is MeetingStatus.ENDED
        session.undo()
        assert db.meeting_summary(meeting_id).status is MeetingStatus.RUNNING


def test_two_seats_on_one_journal_see_each_other(db_url: str, tmp_path: Path) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        chair = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair A")
        other = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair B")
        chair.start()
        assert other.refresh()[0].actor == "Co-Chair A"
        clock.advance(minutes=2)
        other.pause()
        chair.refresh()
        assert chair.state.agenda == other.state.agenda
        with pytest.raises(CommandError):
            chair.pause()  # already paused by the other seat


def test_a_command_after_another_seats_commands_folds_them_in_order(db_url: str) -> None:
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        chair = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair A")
        other = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair B")
        other.start()  # seq 1, which chair has not seen
        clock.advance(minutes=1)
        # Checked against chair's (stale) state, the guest does not touch the agenda: chair folds
        # seq 1 first, checks the command again, and it goes in as seq 2.
        chair.add_guest("Ms. Late Arrival", "An NGO")
        assert chair.state.last_seq == 2
        assert chair.refresh() == []
        assert (
            chair.state.agenda == fold(chair.programme, db.load_meeting(meeting_id).events).agenda
        )
        assert chair.state.agenda.current == "seg-1"


def test_two_co_chairs_pressing_start_at_once_start_the_meeting_once(db_url: str) -> None:
    """Issue 18: the second press was checked against a meeting not started yet; it is refused
    in words, and the meeting is started once."""
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        first = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair A")
        second = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair B")
        first.start()
        with pytest.raises(CommandError, match=r"already moved to .* \(Co-Chair A was first\)"):
            second.start()
        events = db.load_meeting(meeting_id).events
        assert [e.type for e in events] == ["SegmentStarted"]
        assert second.state.last_seq == 1  # the refusal came with the other's step folded
        second.next()  # now checked against the meeting as it is: it goes in
        assert [e.actor for e in db.load_meeting(meeting_id).events] == ["Co-Chair A", "Co-Chair B"]


def test_two_rapporteurs_capturing_at_once_both_keep_their_intervention(db_url: str) -> None:
    """Issue 18: captures never clash (each takes the next free id), and both are kept; two
    edits of the same intervention do: the later one is refused in words, not lost silently."""
    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        one = MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur 1")
        two = MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur 2")
        guest = one.add_guest("Ms. Speaker", "An NGO")
        two.refresh()
        pid = str(guest.payload["participant"]["id"])

        def draft(seat: MeetingSession, words: str) -> InterventionDraft:
            prefill = seat.intervention_prefill()
            return replace(prefill, participant_id=pid, summary=words, tags=("seg-1",))

        first = one.log_intervention(draft(one, "Victims first."))
        second = two.log_intervention(draft(two, "Data sharing."))  # checked before `first`
        assert first.payload["id"] != second.payload["id"]
        events = db.load_meeting(meeting_id).events
        logged = {e.payload["summary"] for e in events if e.type == "InterventionLogged"}
        assert logged == {"Victims first.", "Data sharing."}
        one.edit_intervention(str(first.payload["id"]), summary="Victims first, always.")
        with pytest.raises(CommandError, match="Rapporteur 1 has just changed this intervention"):
            two.edit_intervention(str(first.payload["id"]), summary="Something else.")
        kept = [e for e in db.load_meeting(meeting_id).events if e.type == "InterventionEdited"]
        assert [e.actor for e in kept] == ["Rapporteur 1"]


def test_a_seats_role_says_what_it_may_do(db_url: str) -> None:
    """Issue 18: a rapporteur's seat captures but does not move the agenda or the floor (its
    Space does not pause the meeting); the room display takes no command at all."""
    from facilitator.seat import Role

    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        chair = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        rapporteur = MeetingSession(
            db, meeting_id, clock=clock, actor="Ana (rapporteur)", role=Role.RAPPORTEUR
        )
        display = MeetingSession(db, meeting_id, clock=clock, actor="Projector", role=Role.DISPLAY)
        chair.start()
        for refused in (rapporteur.toggle, rapporteur.next, lambda: rapporteur.call_next()):
            with pytest.raises(CommandError, match="rapporteur's seat"):
                refused()
        with pytest.raises(CommandError, match="room display"):
            display.toggle()
        draft = replace(
            rapporteur.intervention_prefill(),
            name="Ms. Amina Diallo",
            organization="Global Initiative",
            summary="Victims first.",
            tags=("seg-1",),
        )
        rapporteur.log_intervention(draft)
        with pytest.raises(CommandError, match="room display"):
            display.log_intervention(draft)
        events = db.load_meeting(meeting_id).events
        assert [(e.type, e.actor) for e in events] == [
            ("SegmentStarted", "Co-Chair"),
            ("InterventionLogged", "Ana (rapporteur)"),
        ]


def test_a_seat_that_may_not_journal_a_clock_jump_opens_all_the_same(db_url: str) -> None:
    """The projector's computer (or a rapporteur's) whose clock reads a few minutes behind the
    Co-Chairs' opens the meeting: the jump is the Co-Chairs' seat's to journal, not a refused
    command that stops the seat from opening (it raised the display's refusal before)."""
    from facilitator.seat import Role

    meeting_id = _new_meeting(db_url)
    with open_database(db_url) as db:
        MeetingSession(db, meeting_id, clock=FakeClock(TEN_AM), actor="Co-Chair").start()
        behind = FakeClock(TEN_AM - dt.timedelta(minutes=5))
        for role in (Role.DISPLAY, Role.RAPPORTEUR):
            seat = MeetingSession(db, meeting_id, clock=behind, actor=str(role), role=role)
            seat.check_clock()
            assert seat.now() == behind.now()
        assert [e.type for e in db.load_meeting(meeting_id).events] == ["SegmentStarted"]


def test_a_rapporteur_undoes_and_redoes_its_own_captures_only(db_url: str) -> None:
    """Undo per seat at a rapporteur's seat: its Ctrl+Z takes back its own latest capture (it was
    refused as an agenda command), never the Co-Chair's step that came after it, and another
    seat's step is not its to undo."""
    from facilitator.seat import Role

    meeting_id = _new_meeting(db_url)
    clock = FakeClock(TEN_AM)
    with open_database(db_url) as db:
        chair = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        rapporteur = MeetingSession(
            db, meeting_id, clock=clock, actor="Ana (rapporteur)", role=Role.RAPPORTEUR
        )
        chair.start()
        rapporteur.refresh()
        draft = replace(
            rapporteur.intervention_prefill(),
            name="Ms. Amina Diallo",
            organization="Global Initiative",
            summary="Victims first.",
            tags=("seg-1",),
        )
        captured = rapporteur.log_intervention(draft)
        clock.advance(30)
        chair.next()  # the Co-Chair's step comes after the capture
        undone = rapporteur.undo()
        assert undone.payload["target_seq"] == captured.seq
        assert rapporteur.state.agenda.current == "seg-2"  # the agenda is as the Co-Chair left it
        assert not [i for i in interventions_of(rapporteur.state) if not i.deleted]
        rapporteur.redo()
        assert [i.summary for i in interventions_of(rapporteur.state)] == ["Victims first."]
        others = rapporteur.state.undo.latest_of_others("Ana (rapporteur)")
        assert others is not None and others[0] == "Co-Chair"
        with pytest.raises(CommandError, match="rapporteur's seat"):
            rapporteur.undo_step(others[1])
        types = [e.type for e in db.load_meeting(meeting_id).events]
        assert types == [
            "SegmentStarted",
            "InterventionLogged",
            "SegmentStarted",
            "Undone",
            "Redone",
        ]
