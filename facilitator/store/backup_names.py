"""Backup files by name: which backups a database has, read from the backup folder alone.

A backup's file name says everything there is to know about it (see
:mod:`facilitator.store.backups`), so listing them needs no index and no database: only this
module, which the error messages use too (a damaged database offers its backups,
:class:`~facilitator.store.errors.DatabaseCorrupt`). It depends on nothing else in the store, so
that the errors, the engine and the backups themselves can all list backups without importing
one another.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from facilitator import paths

_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(
    r"^(?P<prefix>.+)\.(?P<stamp>\d{8}T\d{6}\.\d{6}Z)\.(?P<reason>[a-z0-9-]+)\.sqlite3$"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str


def backup_prefix(database: Path) -> str:
    """The name shared by every backup of ``database`` (its stem and a hash of its full path, so
    that two databases never mix their backups in the one backup folder)."""
    resolved = str(database.expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{database.stem}-{digest}"


def clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"


def backup_name(database: Path, taken_at: dt.datetime, reason: str) -> str:
    stamp = taken_at.astimezone(dt.UTC).strftime(_STAMP_FORMAT)
    return f"{backup_prefix(database)}.{stamp}.{clean_reason(reason)}.sqlite3"


def list_backups(database: Path | None = None, directory: Path | None = None) -> list[BackupInfo]:
    """The backups of ``database`` (default: the default database), newest first."""
    database = database or paths.default_database_path()
    directory = directory or paths.backup_dir()
    prefix = backup_prefix(database)
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(directory))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["prefix"] != prefix:
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
        found.append(BackupInfo(Path(entry.path), taken_at, size, match["reason"]))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found
