"""What a rapporteur is typing, kept on disk so that a crash never costs more than two seconds.

The capture pane saves its draft at least every 2 seconds; after a crash (a killed process, a
closed lid, a power cut) the app finds it again. One small JSON file per (meeting, rapporteur)
under ``paths.data_dir()/drafts/``, named after the rapporteur and a hash of both keys.

**Written atomically**: the new content goes to a temporary file in the same directory, which is
flushed and fsynced, then renamed over the old one (``os.replace``), and the directory is fsynced
so the rename itself survives a power cut. A crash at any moment leaves either the previous draft
or the new one, whole; never a mix, never nothing.

**Read forgivingly**: :func:`load_draft` never raises. A file that cannot be read as a draft (cut
short by a disk error, edited by hand, written by a program that is not Facilitator) is renamed
aside with the suffix ``.damaged`` (kept for whoever wants to look) and the app starts a fresh
draft.

The content is whatever JSON object the caller gives (the capture pane gives
:func:`facilitator.core.interventions.commands.draft_to_data`), kept exactly: text with NUL bytes,
emoji, right-to-left scripts and even unpaired surrogates comes back identical.

This module uses neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from facilitator import paths
from facilitator.atomic_files import fsync_directory, write_atomic

#: The ``format`` field of a draft file.
FORMAT = "facilitator-draft"
#: The version of the file's envelope this build writes.
VERSION = 1
#: A draft file larger than this is not a draft (a 1 MB summary takes at most 4 MB of JSON).
MAX_BYTES = 32 * 1024 * 1024
#: A temporary file older than this is left over from a crash, and removed.
STALE_TEMP_SECONDS = 60.0

_SLUG = re.compile(r"[^A-Za-z0-9_-]+")
#: What this process last wrote to each draft file (a digest of its data), to skip rewriting the
#: same draft every 2 seconds while the rapporteur listens.
_written: dict[Path, str] = {}


class DraftError(Exception):
    """A draft that could not be saved or cleared; the message says what to do."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        self.message = message
        self.detail = detail
        super().__init__(message)


# ----------------------------------------------------------------------------- where
def drafts_dir() -> Path:
    return paths.data_dir() / "drafts"


def meeting_key(database: object, meeting_id: int) -> str:
    """The key of a meeting's drafts: its database (a path or URL) and its id in it."""
    return f"{database}#{meeting_id}"


def draft_path(meeting: str | int, rapporteur: str) -> Path:
    """The file of the draft of ``rapporteur`` in ``meeting`` (a :func:`meeting_key`)."""
    key = f"{meeting}\n{rapporteur}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(key).hexdigest()[:24]
    slug = _SLUG.sub("-", rapporteur).strip("-")[:40] or "draft"
    return drafts_dir() / f"{slug}-{digest}.json"


# ----------------------------------------------------------------------------- writing
def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _remove_stale_temps(path: Path) -> None:
    """Temporary files of ``path`` left by a crash between writing and renaming."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in path.parent.glob(f".{path.stem}.*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()


def _save_error(exc: OSError) -> DraftError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = (
            "The disk is full: the draft could not be saved. Free some space; what you typed is "
            "still in the pane, save the intervention as soon as you can."
        )
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS):
        message = (
            f"The draft could not be saved: {drafts_dir()} cannot be written. Check the folder’s "
            "permissions; what you typed is still in the pane."
        )
    else:
        message = (
            f"The draft could not be saved ({exc.strerror or exc}). What you typed is still in "
            "the pane: save the intervention as soon as you can."
        )
    return DraftError(message, detail=repr(exc))


def save_draft(meeting: str | int, rapporteur: str, data: Mapping[str, Any]) -> bool:
    """Save the draft of ``rapporteur`` in ``meeting`` (a JSON object), atomically; True when
    written, False when the file already holds exactly this draft.

    Raises :class:`DraftError` when it cannot be written (the previous draft is then intact),
    and :class:`TypeError` or :class:`ValueError` for data that is not JSON (a bug)."""
    if not isinstance(data, Mapping):
        raise TypeError("a draft is a JSON object")
    body = _encode(dict(data))
    digest = hashlib.sha256(body).hexdigest()
    path = draft_path(meeting, rapporteur)
    if _written.get(path) == digest and path.exists():
        return False
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "meeting": str(meeting),
        "rapporteur": rapporteur,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(),
        "data": dict(data),
    }
    blob = _encode(envelope)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(path)
        write_atomic(path, blob)
    except OSError as exc:
        _written.pop(path, None)
        raise _save_error(exc) from exc
    _written[path] = digest
    return True


# ----------------------------------------------------------------------------- reading
def _set_aside(path: Path) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(f"{path.name}.{stamp}.damaged"))
        fsync_directory(path.parent)


def _read(path: Path, meeting: str, rapporteur: str) -> dict[str, Any] | None:
    """The draft's data; None when the file is not a draft of this meeting and rapporteur.
    Raises OSError when it cannot be read at all."""
    with path.open("rb") as handle:
        blob = handle.read(MAX_BYTES + 1)
    if len(blob) > MAX_BYTES:
        return None
    try:
        envelope = json.loads(blob.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        return None
    version = envelope.get("version")
    if type(version) is not int or version < 1:
        return None
    if envelope.get("meeting") != meeting or envelope.get("rapporteur") != rapporteur:
        return None
    data = envelope.get("data")
    return data if isinstance(data, dict) else None


def load_draft(meeting: str | int, rapporteur: str) -> dict[str, Any] | None:
    """The draft of ``rapporteur`` in ``meeting``, or None when there is none. Never raises: a
    damaged file is set aside (renamed ``….damaged``) and None returned."""
    try:
        path = draft_path(meeting, rapporteur)
        _remove_stale_temps(path)
        if not path.is_file():
            return None
        try:
            data = _read(path, str(meeting), rapporteur)
        except OSError:
            return None  # unreadable now (permissions, a disk error): leave it for later
        if data is None:
            _written.pop(path, None)
            _set_aside(path)
        return data
    except Exception:  # never let a draft stop the app from opening the meeting
        return None


def clear_draft(meeting: str | int, rapporteur: str) -> None:
    """Forget the draft (the intervention was saved, or the rapporteur discarded it). Raises
    :class:`DraftError` if the file is there and cannot be removed."""
    path = draft_path(meeting, rapporteur)
    _written.pop(path, None)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise DraftError(
            f"The draft could not be removed ({exc.strerror or exc}): it may come back when the "
            "meeting is opened again.",
            detail=repr(exc),
        ) from exc
    fsync_directory(path.parent)
