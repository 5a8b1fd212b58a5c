"""Another process for the store tests to talk to, one command a line on stdin.

    python tests/store/store_child.py hold PATH|URL      open PATH (or a server's URL), keep it open
    python tests/store/store_child.py try PATH [ro]      open PATH (read-only) and report
    python tests/store/store_child.py exclusive PATH     hold an EXCLUSIVE SQLite transaction

Every answer is one line on stdout: ``ready PID``, ``appended SEQ``, ``opened ...``,
``error ClassName message``, ``locked``, ``released``, ``closed``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.store import StoreError, open_database
from tests.store.helpers import event, url_of


def say(line: str) -> None:
    print(line, flush=True)


def hold(target: str) -> None:
    db = open_database(target if "://" in target else url_of(Path(target)), backups=False)
    say(f"ready {os.getpid()}")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "append":
            say(f"appended {db.append_event(int(args[0]), event(int(args[1]))).seq}")
        elif command == "quit":
            break
    db.close()
    say("closed")


def try_open(path: Path, read_only: bool) -> None:
    try:
        db = open_database(url_of(path), read_only=read_only, backups=False)
    except StoreError as exc:
        say(f"error {type(exc).__name__} {exc.message}")
        return
    with db:
        meetings = db.list_meetings()
        say(f"opened read_only={db.read_only} meetings={len(meetings)} notice={db.notice}")
        if meetings:
            try:
                db.append_event(meetings[0].id, event(1000))
                say("appended")
            except StoreError as exc:
                say(f"error {type(exc).__name__} {exc.message}")


def exclusive(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE meetings SET title = title")
    say("locked")
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    say("released")


if __name__ == "__main__":
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode == "hold":
        hold(sys.argv[2])
    elif mode == "try":
        try_open(target, read_only=sys.argv[3:] == ["ro"])
    elif mode == "exclusive":
        exclusive(target)
    else:
        raise SystemExit(f"unknown mode {mode}")
