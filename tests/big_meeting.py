"""A meeting of 2,000 interventions, for the benches of the record's exports and for the tests that
the GUI thread stays free while such a record is previewed and written.

The meeting is run through the real commands (the trafficking seed; 450 participants of every
category; 1,550 turns from the lists of speakers; panels with questions and the panellists'
answers linked to them; the standing items' guiding questions; summaries of a few sentences), on an
in-memory journal so that building it takes about a second, not the minutes of 8,000 synchronous
SQLite commits. :func:`into_database` then copies its journal into a real SQLite file in one
transaction, for a console that commits as the app's does.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy.engine import make_url

from facilitator.core.clock import FakeClock
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Programme
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import Database, open_database
from facilitator.store.models import to_micros
from facilitator.store.records import MeetingStatus
from tests.core.test_record import MODERATOR, PANELLISTS, SEED, TEN_AM

INTERVENTIONS = 2000
PARTICIPANTS = 450

_CATEGORIES = (
    [Category.NGO] * 5
    + [Category.ACADEMIA] * 2
    + [Category.STATE_PARTY] * 2
    + [Category.PRIVATE_SECTOR, Category.INTERGOVERNMENTAL, Category.UN_ENTITY, Category.OTHER]
)
_OPENINGS = (
    "The speaker welcomed the review process and thanked the Co-Chairs.",
    "The representative stressed the role of civil society in reaching victims.",
    "The speaker described a national referral mechanism for child victims.",
    "The delegate called for more technical assistance to States parties.",
    "The speaker shared lessons learned from a regional cooperation project.",
)
_MIDDLES = (
    "Data on organ trafficking remain scarce, and cases are seldom prosecuted.",
    "Online recruitment of young people has grown since the last meeting.",
    "Survivors should be heard when programmes are designed and evaluated.",
    "Cooperation between prosecutors across borders needs simpler procedures.",
    "Training for labour inspectors had raised the number of identified victims.",
    "Funding for shelters is short, especially outside the capital cities.",
    "التعاون الدولي ضروري لحماية الضحايا.",  # Arabic, right to left
)
_CLOSINGS = (
    "The speaker asked how the Working Group would follow up.",
    "The representative offered to share the methodology with interested States.",
    "The delegate recommended that the Secretariat compile good practices.",
    "",
)


class _MemoryStore:
    """What :class:`MeetingSession` needs of a database, kept in memory (payloads go through
    JSON as the real store's do)."""

    url = make_url("sqlite://")  # what the rapporteur's drafts are keyed by

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.events: list[EventRecord] = []

    def load_meeting(self, meeting_id: int, *, until: int | None = None) -> Any:
        summary = SimpleNamespace(status=MeetingStatus.PLANNED)
        return SimpleNamespace(summary=summary, programme=self.programme, events=[])

    def append_event(
        self, meeting_id: int, record: EventRecord, *, after: int | None = None
    ) -> EventRecord:
        assert after is None or after == len(self.events)  # one seat: never stale
        payload = json.loads(json.dumps(record.payload, ensure_ascii=False))
        saved = replace(record, seq=len(self.events) + 1, payload=payload)
        self.events.append(saved)
        return saved

    def events_since(self, meeting_id: int, seq: int) -> list[EventRecord]:
        return self.events[seq:]

    def set_status(self, meeting_id: int, status: object) -> None:
        pass

    # Issue 17: a session keeps its meeting's summary and looks for a fold snapshot, by path.
    path = None

    def keep_summary(self, meeting_id: int, *args: object) -> None:
        pass


def _summary(rng: random.Random) -> str:
    parts = [rng.choice(_OPENINGS), rng.choice(_MIDDLES), rng.choice(_MIDDLES)]
    return " ".join(p for p in (*parts, rng.choice(_CLOSINGS)) if p)


def big_meeting() -> MeetingSession:
    """The seed day with 2,000 interventions (see the module docstring)."""
    rng = random.Random(2024)
    programme = read_programme(SEED)
    for panel_id in ("seg-5", "seg-7"):
        programme = programme.with_segment(
            replace(programme.segment(panel_id), panellists=PANELLISTS, moderator=MODERATOR)
        )
    clock = FakeClock(TEN_AM)
    session = MeetingSession(_MemoryStore(programme), 1, clock=clock, actor="Rapporteur")  # type: ignore[arg-type]
    people = [
        Participant(
            "",
            f"Delegate {rng.choice('ABCDEFGHKLMNPRSTVZ')}. Name{n:03d}",
            f"Organization {n % 140}",
            _CATEGORIES[n % len(_CATEGORIES)],
            Attendance.ONLINE if n % 3 == 0 else Attendance.ROOM,
        )
        for n in range(1, PARTICIPANTS + 1)
    ]
    session.import_participants(people, "registration.xlsx")
    ids = [p.id for p in session.state.slices["queue"].participants]
    count = 0

    def turn(segment: str, **fields: Any) -> str:
        nonlocal count
        pid = ids[rng.randrange(len(ids))]
        session.queue_speaker(pid)
        session.call_next()
        clock.advance(seconds=rng.randint(40, 200))
        session.finish_speaker()
        count += 1
        record = session.log_intervention(
            {"participant_id": pid, "tags": [segment], "summary": _summary(rng), **fields}
        )
        return str(record.payload["id"])

    def capture(**fields: Any) -> str:
        nonlocal count
        count += 1
        clock.advance(seconds=rng.randint(20, 90))
        return str(session.log_intervention(fields).payload["id"])

    session.start_sitting()
    session.next()  # seg-1
    clock.advance(minutes=10)
    session.next()  # seg-2
    clock.advance(minutes=25)
    session.next()  # seg-3: interventions from the floor
    for _ in range(300):
        turn("seg-3")
    for panel, qa, questions in (("seg-5", "seg-6", 300), ("seg-7", "seg-8", 150)):
        session.jump(panel)
        for _ in range(25):
            capture(
                name=PANELLISTS[count % 2].name,
                tags=[panel],
                kind="statement",
                summary=_summary(rng),
            )
        session.jump(qa)
        for _ in range(questions):
            question = turn(qa, kind="question")
            capture(
                name=PANELLISTS[count % 2].name,
                tags=[qa],
                kind="answer",
                answers=[question],
                summary=_summary(rng),
            )
    for standing in ("seg-9", "seg-10", "seg-11"):
        session.jump(standing)
        for n in range(250):
            asked = [[standing, n % 3]] if n % 5 else []
            turn(standing, questions=asked)
    assert count == INTERVENTIONS, count
    return session


def into_database(
    session: MeetingSession, path: Path, *, copies: int = 1, backups: bool = False
) -> tuple[Database, int]:
    """A SQLite database at ``path`` holding ``session``'s meeting (its starting programme and
    every event, written in bulk), ``copies`` times over (a file of several days), open (with
    ``backups``: the app's rolling backups, in the default folder); the last copy's id."""
    db = open_database(f"sqlite:///{path}", backups=False)
    ids = [db.create_meeting(session.original_programme) for _ in range(copies)]
    db.close()
    connection = sqlite3.connect(path)
    with connection:
        for meeting_id in ids:
            connection.executemany(
                "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        meeting_id,
                        e.seq,
                        e.type,
                        to_micros(e.at),
                        e.actor,
                        json.dumps(e.payload, ensure_ascii=False, separators=(",", ":")),
                    )
                    for e in session.db.events  # type: ignore[attr-defined]
                ),
            )
    connection.close()
    return open_database(f"sqlite:///{path}", backups=backups), ids[-1]
