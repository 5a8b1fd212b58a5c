"""Killed at any moment, a scripted meeting comes back exactly as it was.

A real meeting (the bundled seed, real Co-Chair commands through :class:`MeetingSession`) runs in a
subprocess and prints, after each command returns, the event's seq and a digest of the folded
state. We SIGKILL it at 50 random points. After each kill: every printed seq is in the journal,
the journal holds at most the one command that committed but was not yet printed, the fold of the
journal up to the last printed command gives exactly the printed state, and
``PRAGMA integrity_check`` is ok. The script runs one command per line it is sent; the kill comes
right after one more line, so it lands anywhere in that command (or before it starts).
The next run continues the same meeting from the journal.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.fold.engine import fold
from facilitator.store import open_database
from tests.session.meeting_script import digest

KILLS = 50
SCRIPT = Path(__file__).with_name("meeting_script.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def test_a_killed_meeting_restarts_exactly_where_it_was(tmp_path: Path) -> None:
    path = tmp_path / "meetings.sqlite3"
    rng = random.Random(20240715)
    journal_length = 0
    for kill in range(KILLS):
        with subprocess.Popen(
            [sys.executable, str(SCRIPT), str(path), str(kill)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={"FACILITATOR_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        ) as proc:
            assert proc.stdout is not None and proc.stdin is not None
            opened = proc.stdout.readline().split(" ", 2)
            assert opened[0] == "open", proc.communicate()[1]
            meeting_id, restored = int(opened[1]), opened[2].rstrip("\n")
            printed: list[tuple[int, str]] = []
            for _ in range(rng.randint(0, 25)):
                proc.stdin.write("go\n")
                proc.stdin.flush()
                _, seq, state = proc.stdout.readline().rstrip("\n").split(" ", 2)
                printed.append((int(seq), state))
            proc.stdin.write("go\n")  # one more command, killed wherever it has got to
            proc.stdin.flush()
            proc.kill()
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with open_database(f"sqlite:///{path}", read_only=True, backups=False) as db:
            loaded = db.load_meeting(meeting_id)
        events = loaded.events
        assert [e.seq for e in events] == list(range(1, len(events) + 1)), "a gap"
        # The restarted process came back to exactly the state of the journal it found.
        assert digest(fold(loaded.programme, events[:journal_length])) == restored
        if printed:
            last_printed = printed[-1][0]
            assert last_printed <= len(events) <= last_printed + 1
            upto = [e for e in events if e.seq <= last_printed]
            assert digest(fold(loaded.programme, upto)) == printed[-1][1]
        else:
            assert journal_length <= len(events) <= journal_length + 1
        journal_length = len(events)
    assert journal_length > 100, "the script should have run a long meeting"
