"""The crash log: where an unexpected error's details go, so that the user gets one sentence and
the team gets the traceback. Used by the command line and by the windows alike (its own module so
that the UI does not import the command line)."""

from __future__ import annotations

import logging
import time
import traceback
from pathlib import Path

from facilitator import paths


def log_crash(error: BaseException | None = None) -> Path:
    """Append the exception being handled (or ``error``, one caught on another thread) to
    ``crash.log`` in the log folder; its path (the path it would have had, when the folder cannot
    be written)."""
    directory = paths.log_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        log = directory / "crash.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            if error is None:
                handle.write(traceback.format_exc())
            else:
                handle.write("".join(traceback.format_exception(error)))
        return log
    except OSError:
        logging.exception("could not write the crash log")
        return directory / "crash.log"
