"""What the start screen does to whole meetings: duplicate, delete (with a backup first), and
notice a programme imported a second time. Qt-free, so the command line can do the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from facilitator.core.clock import Clock
from facilitator.core.fold.engine import fold
from facilitator.core.programme import Programme
from facilitator.core.queue.reducer import queue_of
from facilitator.formats.record.json_file import read_record_json
from facilitator.session import MeetingSession, status_of
from facilitator.store import Database


def duplicate_meeting(db: Database, meeting_id: int, clock: Clock, *, actor: str) -> int:
    """A new meeting with the programme as it stands now (edits included) and the registered
    participants, named "… (copy)"; nothing of what happened in the original. Its id."""
    loaded = db.load_meeting(meeting_id)
    state = fold(loaded.programme, loaded.events)
    copy_id = db.create_meeting(state.programme)
    db.rename_meeting(copy_id, f"{loaded.summary.title} (copy)")
    people = [replace(p, id="") for p in queue_of(state).participants.by_id.values() if not p.guest]
    if people:
        MeetingSession(db, copy_id, clock=clock, actor=actor).import_participants(
            people, f"meeting {meeting_id}"
        )
    return copy_id


def delete_meeting(db: Database, meeting_id: int) -> Path | None:
    """Delete the meeting after a backup of the whole database (a SQLite file; a server is
    backed up with its own tools); the backup's path, so that the user can be told where the
    meeting can still be found."""
    db.meeting_summary(meeting_id)  # an unknown meeting is said before any backup is taken
    backup = db.backup_now(f"delete-{meeting_id}") if db.path is not None else None
    db.delete_meeting(meeting_id)
    return backup


def same_programme(db: Database, programme: Programme) -> list[int]:
    """The meetings created from this very programme (as imported, before any edit)."""
    return [m.id for m in db.list_meetings() if db.load_meeting(m.id).programme == programme]


def import_record(path: Path | str, db: Database) -> int:
    """Recreate the meeting of a JSON record file in ``db``; its new id. All or nothing (one
    transaction). Raises RecordImportError for a file that is not a re-importable record."""
    programme, events = read_record_json(path)
    status = status_of(fold(programme, events).agenda)
    return db.create_meeting_with_journal(programme, events, status=status)


def copy_meeting(source: Database, meeting_id: int, target: Database) -> int:
    """Copy a meeting with its whole journal to another database (a laptop's file to the
    meeting's server, so that more seats can join; or back, for the record afterwards); its id
    there. All or nothing. The original is left as it was: nothing is ever deleted by a copy.

    The copy is read back and folded: it must give the very state the original gives, or it is
    deleted again and :class:`MeetingCopyError` says so."""
    loaded = source.load_meeting(meeting_id)
    state = fold(loaded.programme, loaded.events)
    copy_id = target.create_meeting_with_journal(
        loaded.programme,
        loaded.events,
        title=loaded.summary.title,
        status=status_of(state.agenda),
    )
    again = target.load_meeting(copy_id)
    if again.events != loaded.events or fold(again.programme, again.events) != state:
        target.delete_meeting(copy_id)
        raise MeetingCopyError(meeting_id)
    return copy_id


class MeetingCopyError(Exception):
    """The copy did not read back as the original (nothing was kept of it)."""

    def __init__(self, meeting_id: int) -> None:
        super().__init__(
            f"Meeting {meeting_id} could not be copied exactly (the copy read back differently),"
            " so the copy was removed; the original is unchanged. Try again, and if it happens"
            " again, export the meeting as a JSON record and import that."
        )
