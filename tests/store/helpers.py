"""Shared by the store tests and the scripts they run in other processes."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import (
    AgendaItem,
    MeetingFormat,
    Person,
    Programme,
    Segment,
    SegmentKind,
    Sitting,
)

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
START = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def programme(title: str = "Constructive dialogue on trafficking in persons") -> Programme:
    """A small programme built by hand (Unicode, two sittings, a panel with its Q&A)."""
    return Programme(
        title=title,
        date=dt.date(2024, 7, 10),
        timezone="Europe/Vienna",
        sittings=(Sitting(dt.time(10, 0), dt.time(13, 0)), Sitting(dt.time(15, 0), dt.time(18, 0))),
        venue="VIC Boardroom D",
        format=MeetingFormat.HYBRID,
        online_platform="Microsoft Teams",
        items=(
            AgendaItem(
                id="item-1",
                number="I",
                title="Opening of the meeting",
                segments=(
                    Segment(
                        id="seg-1",
                        kind=SegmentKind.REMARKS,
                        title="Opening remarks by the Co-Chairs",
                        planned_minutes=15,
                    ),
                ),
            ),
            AgendaItem(
                id="item-2",
                number="II",
                title="Panel: « victimes » and ‘non-punishment’ — 被害者",
                segments=(
                    Segment(
                        id="seg-2",
                        kind=SegmentKind.PANEL,
                        title="Identifying victims",
                        number=1,
                        planned_minutes=45,
                        panellists=(Person("Ms. Ana Pérez", "Director", "UNODC"),),
                        moderator=Person("Mr. Jean Dupont"),
                        guiding_questions=("What works?", "What does not?"),
                    ),
                    Segment(
                        id="seg-3",
                        kind=SegmentKind.QA,
                        title="Q&A",
                        for_panel=1,
                        planned_minutes=30,
                    ),
                ),
            ),
        ),
    )


def event(n: int, *, at: dt.datetime | None = None, actor: str = "co-chair-1") -> EventRecord:
    """The ``n``-th event of a scripted meeting (deterministic, so other processes agree)."""
    return EventRecord(
        type="InterventionLogged" if n % 3 else "SegmentStarted",
        at=at or START + dt.timedelta(seconds=n, microseconds=(n * 7919) % 1_000_000),
        actor=actor,
        payload={
            "n": n,
            "segment": f"seg-{n % 3 + 1}",
            "summary": f"Intervention {n}: « ça marche » — 发言 ✓",
            "tags": ["question", "statement"][: n % 3],
            "ratio": n / 7,
            "flag": n % 2 == 0,
            "none": None,
        },
    )


def record_to_json(record: EventRecord) -> dict[str, Any]:
    return {
        "seq": record.seq,
        "type": record.type,
        "at": record.at.isoformat(),
        "actor": record.actor,
        "payload": record.payload,
    }


def record_from_json(data: dict[str, Any]) -> EventRecord:
    return EventRecord(
        type=data["type"],
        at=dt.datetime.fromisoformat(data["at"]),
        actor=data["actor"],
        payload=data["payload"],
        seq=data["seq"],
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def raw_rows(path: Path | None, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows straight from SQLite (read-only), bypassing the store."""
    assert path is not None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FACILITATOR_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def spawn(
    script: str, *args: str, home: Path, prefix: list[str] | None = None
) -> subprocess.Popen[str]:
    """Start ``tests/store/<script>`` in another Python process, with pipes for talking to it."""
    return subprocess.Popen(
        [*(prefix or []), sys.executable, str(HERE / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(home),
        cwd=ROOT,
    )


def expect_line(proc: subprocess.Popen[str], expected: str) -> str:
    """Wait for the child's next line and check it starts with ``expected``."""
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith(expected):
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"expected {expected!r} from the child, got {line!r}; stderr:\n{err}")
    return line


def tell(proc: subprocess.Popen[str], command: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
