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
    """Recreate the meeting of a JSON record file in ``db``; its new id. All or nothing: on a
    failure the half-made meeting is deleted. Raises RecordImportError for a file that is not a
    re-importable record."""
    programme, events = read_record_json(path)
    meeting_id = db.create_meeting(programme)
    try:
        for event in events:
            db.append_event(meeting_id, event)
        db.set_status(meeting_id, status_of(fold(programme, events).agenda))
    except BaseException:
        db.delete_meeting(meeting_id)
        raise
    return meeting_id
