"""Persistence: SQLAlchemy on SQLite (or PostgreSQL), migrations and backups.

The public face of the store; everything the app needs is importable from here::

    from facilitator.store import open_database, StoreError

    with open_database() as db:           # the default SQLite file, created or upgraded
        meeting_id = db.create_meeting(programme)
        stored = db.append_event(meeting_id, record)   # committed when it returns
"""

from facilitator.store.backup_names import BackupInfo, list_backups
from facilitator.store.backups import BACKUP_INTERVAL, restore_backup
from facilitator.store.database import Database, open_database
from facilitator.store.errors import (
    BackupFailed,
    DamagedMeeting,
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    JournalMoved,
    NotFacilitatorDatabase,
    StoreError,
    UnknownMeeting,
)
from facilitator.store.records import LoadedMeeting, MeetingStatus, MeetingSummary

__all__ = [
    "BACKUP_INTERVAL",
    "BackupFailed",
    "BackupInfo",
    "DamagedMeeting",
    "Database",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "JournalMoved",
    "LoadedMeeting",
    "MeetingStatus",
    "MeetingSummary",
    "NotFacilitatorDatabase",
    "StoreError",
    "UnknownMeeting",
    "list_backups",
    "open_database",
    "restore_backup",
]
