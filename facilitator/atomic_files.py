"""Writing a file so that it is never half written: the one way every part of the app does it.

The bytes go to a fresh file next to the target, are flushed and fsynced, the file takes the
target's permissions (saving must not change who may read it), is renamed over the target
(``os.replace``: a reader sees the old file or the new one), and the folder is fsynced so that the
rename itself survives a power cut. Used for programmes (TOML), the rapporteur's drafts and the
exported record files.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def write_atomic(path: Path, payload: bytes, *, mode: int | None = None) -> None:
    """Write ``payload`` to ``path`` atomically and durably. ``mode``: the new file's
    permissions (default: those of the file it replaces, or the umask's for a new one)."""
    temp = make_temp(path, payload, mode=mode)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(path.parent)


def make_temp(path: Path, payload: bytes, *, mode: int | None = None) -> Path:
    """The first half of an atomic write: ``payload`` in a fresh, fsynced file beside ``path``
    (to be renamed over it with ``os.replace``, then :func:`fsync_directory`). Several files
    written together make all their temps first, so that a failure leaves every target as it
    was."""
    import secrets  # start-up: 4 ms (hmac, hashlib) before the first paint, which only reads

    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)  # the umask applies, as for any new file
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            with contextlib.suppress(FileNotFoundError):
                mode = stat.S_IMODE(path.stat().st_mode)
        if mode is not None:
            os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); Windows cannot open a directory, and NTFS
    journals the rename itself."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
