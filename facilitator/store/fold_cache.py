"""Folded meetings kept on this computer, so that reopening a meeting folds only what came after.

A long meeting's journal takes a while to fold (10,000 events: about 0.1 s; 100,000: over a
second). When a seat has folded it, it keeps the folder's state at event N
(:class:`~facilitator.core.fold.engine.FolderSnapshot`) in a file of the user's cache folder;
the next time the meeting opens it reads that back and folds the events after N only.

**Why a local file, and pickle.** The state is a tree of the core's immutable values; pickle
writes and reads it in a fraction of the fold's time without a second description of every
value to keep in step with the code. But unpickling runs code named by the data, so a pickle is
only ever read from where only this user writes: the user's own cache folder, never the meeting
database (on a PostgreSQL server, other machines write there). A JSON form in the database would
be shareable, but it is a second codec of every value of the state, and reading it back would
cost about what the fold does.

**When a snapshot is used.** Its file names the database (a SQLite file by its path, a server by
its address) and the meeting, and says, before the pickle, which fold code wrote it and what its
event N was. It is used only if all of these hold, and otherwise ignored (and never an error for
the user: the meeting is folded from its journal, as without a cache):

* the fold code is the same (:func:`fold_version`: a hash of the sources of
  ``facilitator/core``, where every class of the state and every reducer lives, and of Python's
  version), so a snapshot never outlives the code that wrote it;
* the journal's event N is still the one the snapshot followed (:func:`record_digest`: its
  type, time, actor, payload), so a restored backup, a journal cut short or another database
  at the same path is noticed;
* the file reads back, whole.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import paths
from facilitator.atomic_files import write_atomic
from facilitator.core.fold.bulk import bulk
from facilitator.core.fold.engine import FolderSnapshot
from facilitator.core.journal.record import EventRecord

if TYPE_CHECKING:
    from facilitator.store.database import Database

log = logging.getLogger(__name__)

MAGIC = b"FACILITATOR-FOLD 1\n"
#: The header line before the pickle is short; a longer one is not ours.
_HEADER_MAX = 4096


@functools.cache
def fold_version() -> str:
    """A hash of the fold's code: every source file of ``facilitator/core`` and Python's
    version. A snapshot written by other code is ignored."""
    import facilitator.core

    root = Path(facilitator.core.__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    digest.update(f"pickle {pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def database_identity(db: Database) -> str:
    """The database, as the cache names it: a SQLite file by its full path, a server by its
    address and database name (never its password)."""
    if db.path is not None:
        return f"sqlite:{db.path.resolve()}"
    url = db.url
    where = f"{url.host or ''}:{url.port or ''}/{url.database or ''}"
    return f"{url.get_backend_name()}://{url.username or ''}@{where}"


def record_digest(record: EventRecord) -> str:
    """What identifies a journal's event: its number, type, time, actor and payload."""
    text = json.dumps(
        [record.seq, record.type, record.at.isoformat(), record.actor, record.payload],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _file(db: Database, meeting_id: int) -> Path:
    key = hashlib.sha256(f"{database_identity(db)}\0{meeting_id}".encode()).hexdigest()[:40]
    return paths.cache_dir() / "folds" / f"{key}.fold"


@dataclass(frozen=True)
class CachedFold:
    """A snapshot file whose header matched: the event it follows, and the pickle (not read yet:
    the caller checks the journal first)."""

    seq: int
    digest: str
    data: bytes

    def snapshot(self) -> FolderSnapshot | None:
        """The snapshot, or None if the pickle does not read back as one."""
        try:
            with bulk():
                found = pickle.loads(self.data)
        except Exception:  # a damaged file, a class renamed: ignored, folded from the journal
            log.warning("a fold snapshot could not be read", exc_info=True)
            return None
        if not isinstance(found, FolderSnapshot) or found.last_seq != self.seq:
            return None
        return found


def read(db: Database, meeting_id: int) -> CachedFold | None:
    """The meeting's snapshot file, if one was written by this fold code for this database and
    meeting (None otherwise, and for anything that cannot be read)."""
    try:
        raw = _file(db, meeting_id).read_bytes()
    except OSError:
        return None
    if not raw.startswith(MAGIC):
        return None
    end = raw.find(b"\n", len(MAGIC), len(MAGIC) + _HEADER_MAX)
    if end < 0:
        return None
    try:
        header = json.loads(raw[len(MAGIC) : end])
        seq, digest = int(header["seq"]), str(header["record"])
        matches = (
            header["version"] == fold_version()
            and header["database"] == database_identity(db)
            and header["meeting"] == meeting_id
        )
    except (ValueError, KeyError, TypeError):
        return None
    return CachedFold(seq, digest, raw[end + 1 :]) if matches and seq > 0 else None


def write(db: Database, meeting_id: int, snapshot: FolderSnapshot, last: EventRecord) -> bool:
    """Keep ``snapshot``, the folder's state after ``last`` (its last record). False, and a line
    in the log, when it cannot be written: the cache only saves time."""
    if last.seq != snapshot.last_seq or last.seq <= 0:
        raise ValueError("the snapshot does not follow this record")
    header = {
        "version": fold_version(),
        "database": database_identity(db),
        "meeting": meeting_id,
        "seq": last.seq,
        "record": record_digest(last),
    }
    try:
        data = pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL)
        path = _file(db, meeting_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, MAGIC + json.dumps(header).encode() + b"\n" + data)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        log.warning("the fold snapshot of meeting %s was not written", meeting_id, exc_info=True)
        return False
    return True


def forget(db: Database, meeting_id: int) -> None:
    """Delete the meeting's snapshot file (it no longer matches its journal)."""
    try:
        _file(db, meeting_id).unlink(missing_ok=True)
    except OSError:
        log.warning("the fold snapshot of meeting %s was not deleted", meeting_id, exc_info=True)
