"""Realistic meetings in a real store: a journal written in bulk, as the app would have left it.

The benches and tests of reopening (issue 17) need databases holding long journals; appending
them one command at a time takes minutes, so the rows are inserted in one transaction with the
store's own encoding (the same JSON, the same microseconds), after the store made the schema and
the meeting.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.store import open_database
from facilitator.store.models import to_micros


def add_meeting(path: Path, programme: Programme, records: Sequence[EventRecord]) -> int:
    """A new meeting of ``programme`` in the SQLite file ``path`` with ``records`` as its
    journal (numbered 1, 2, 3, … whatever their own seq); its id."""
    with open_database(f"sqlite:///{path}", backups=False) as db:
        meeting_id = db.create_meeting(programme)
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        meeting_id,
                        n,
                        r.type,
                        to_micros(r.at),
                        r.actor,
                        json.dumps(r.payload, ensure_ascii=False, separators=(",", ":")),
                    )
                    for n, r in enumerate(records, 1)
                ),
            )
    finally:
        connection.close()
    return meeting_id


def turns_and_captures(
    records: Sequence[EventRecord], interventions: int, turns: int
) -> list[EventRecord]:
    """The realistic journal ``records`` (several days of it) cut to ``interventions`` captures
    and ``turns`` speaker turns (calls): captures past the first ``interventions`` are left out,
    and the journal ends with the ``turns``-th call's turn. Renumbered 1, 2, 3, …, an undo or redo
    following its step (and left out with it)."""
    capture = {"InterventionLogged", "InterventionEdited", "InterventionDeleted"}
    capture.add("InterventionRestored")
    kept: list[EventRecord] = []
    numbers: dict[int, int] = {}
    logged = called = 0
    for record in records:
        if record.type == "InterventionLogged":
            logged += 1
        if record.type in capture and logged > interventions:
            continue
        if record.type == "SpeakerCalled":
            called += 1
            if called > turns:
                break
        payload = record.payload
        if record.type in ("Undone", "Redone"):
            target = numbers.get(payload["target_seq"])
            if target is None:
                continue
            payload = {**payload, "target_seq": target}
        numbers[record.seq] = len(kept) + 1
        kept.append(replace(record, payload=payload, seq=len(kept) + 1))
    return kept
