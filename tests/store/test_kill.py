"""Killed at any moment: every event the store said was committed is there after a restart.

A worker process (``kill_script.py``) appends events in a loop and prints each record the store
returned. We SIGKILL it at 50 random points (seeded): while it opens the database, right after,
or after a random number of events. After each kill we reopen the database and check that every
printed record is in the journal, unchanged; that the journal has no gap and holds at most the one
event that was committed but not yet printed; and that ``PRAGMA integrity_check`` is ok. Every
other check opens the database read-only, which leaves the crashed ``-wal`` for the next worker to
recover; the others open it for writing, which checkpoints it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from pathlib import Path

import pytest

from facilitator.core.journal.record import EventRecord
from facilitator.store import open_database
from tests.store.helpers import expect_line, integrity, record_from_json, spawn, tell, url_of

KILLS = 50
SEED = 20240710

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]


def _line(template: object) -> str:
    stdout = template.stdout  # type: ignore[attr-defined]
    line: str = stdout.readline()
    assert line.endswith("\n"), "the kill script stopped unexpectedly"
    return line


def test_every_returned_event_survives_a_kill_at_any_moment(tmp_path: Path) -> None:
    path = tmp_path / "meetings.sqlite3"
    rng = random.Random(SEED)
    printed: dict[int, EventRecord] = {}
    meeting_id: int | None = None
    template = spawn("kill_script.py", str(path), home=tmp_path)
    try:
        expect_line(template, "ready")
        for kill in range(KILLS):
            tell(template, f"run {kill * 10_000}")
            transcript: list[str] = []
            while not (line := _line(template)).startswith("child "):
                transcript.append(line)
            pid = int(line.split()[1])

            point = rng.random()
            where = "while opening"
            if point >= 0.15:
                while not (line := _line(template)).startswith("open "):
                    transcript.append(line)
                transcript.append(line)
                where = "right after opening"
                if point >= 0.25:
                    count = rng.randint(1, 60)
                    where = f"after {count} events"
                    transcript.extend(_line(template) for _ in range(count))
            os.kill(pid, signal.SIGKILL)
            while not (line := _line(template)).startswith(f"reaped {pid} "):
                transcript.append(line)
            assert line.split()[2] == str(int(signal.SIGKILL)), f"the worker died by itself: {line}"

            for line in transcript:
                assert not line.startswith("failed"), line
                if line.startswith("open "):
                    meeting_id = int(line.split()[1])
                    continue
                record = record_from_json(json.loads(line))
                assert record.seq not in printed
                printed[record.seq] = record

            if meeting_id is None:  # killed before the meeting existed
                assert not printed
                continue
            with open_database(url_of(path), read_only=kill % 2 == 1, backups=False) as db:
                journal = db.load_meeting(meeting_id).events
            seqs = [e.seq for e in journal]
            assert seqs == list(range(1, len(journal) + 1)), f"a gap after a kill {where}"
            by_seq = {e.seq: e for e in journal}
            for seq, record in printed.items():
                assert by_seq.get(seq) == record, f"event {seq} lost or changed by a kill {where}"
            assert len(journal) - max(printed, default=0) in (0, 1), where
            assert integrity(path) == [("ok",)], where
        tell(template, "quit")
        assert template.wait(timeout=30) == 0
    finally:
        template.kill()
        template.communicate()
    assert len(printed) > KILLS  # the kills did land between appends, many times
