"""Exporting a record of 2,000 interventions (issue 7): ≤ 3 s to DOCX and to PDF, ≤ 0.5 s to HTML,
Markdown, CSV and JSON.

The record is built once per module from a meeting run through the real commands (the trafficking
seed; 450 participants of every category; 1,550 turns from the lists of speakers; panels with
questions and the panellists' answers linked to them; the standing items' guiding questions;
summaries of a few sentences), on an in-memory journal so that building it takes seconds, not
the minutes of 8,000 synchronous SQLite commits. Each format's bytes are built in memory (the
atomic write is the same for all and measured by the store's benches).

Figures: ``python3 -m pytest tests/bench/test_bench_record_exports.py --benchmark-enable -q``.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from facilitator.core.clock import FakeClock
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Programme
from facilitator.core.record import Record, build_record
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store.records import MeetingStatus
from tests.core.test_record import MODERATOR, PANELLISTS, SEED, TEN_AM

INTERVENTIONS = 2000
PARTICIPANTS = 450
DOCUMENT_BUDGET_S = 3.0
DATA_BUDGET_S = 0.5

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

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.events: list[EventRecord] = []

    def load_meeting(self, meeting_id: int, *, until: int | None = None) -> Any:
        summary = SimpleNamespace(status=MeetingStatus.PLANNED)
        return SimpleNamespace(summary=summary, programme=self.programme, events=[])

    def append_event(self, meeting_id: int, record: EventRecord) -> EventRecord:
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
    url = make_url("sqlite://")

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


@pytest.fixture(scope="module")
def meeting() -> MeetingSession:
    return big_meeting()


@pytest.fixture(scope="module")
def record(meeting: MeetingSession) -> Record:
    built = build_record(meeting.state, meeting.now())
    assert built.intervention_count == INTERVENTIONS
    assert len(built.speakers) == 300 + 300 + 150 + 750
    return built


def _check(benchmark: Any, budget: float) -> None:
    stats = getattr(benchmark, "stats", None)
    if stats is not None:  # only with --benchmark-enable
        assert stats.stats.median <= budget


def test_bench_docx_2000(benchmark: Any, record: Record, qapp: Any) -> None:
    from facilitator.formats.record.docx_writer import docx_bytes

    data = benchmark.pedantic(docx_bytes, args=(record,), rounds=3, warmup_rounds=1)
    assert data[:2] == b"PK"
    _check(benchmark, DOCUMENT_BUDGET_S)


def test_bench_pdf_2000(benchmark: Any, record: Record, qapp: Any) -> None:
    from facilitator.formats.record.pdf_writer import pdf_bytes

    data = benchmark.pedantic(pdf_bytes, args=(record,), rounds=3, warmup_rounds=1)
    assert data.startswith(b"%PDF-")
    _check(benchmark, DOCUMENT_BUDGET_S)


def test_bench_html_2000(benchmark: Any, record: Record) -> None:
    from facilitator.formats.record.html_writer import html_text

    text = benchmark.pedantic(html_text, args=(record,), rounds=5, warmup_rounds=1)
    assert "<svg" in text
    _check(benchmark, DATA_BUDGET_S)


def test_bench_markdown_2000(benchmark: Any, record: Record) -> None:
    from facilitator.formats.record.markdown_writer import markdown_text

    text = benchmark.pedantic(markdown_text, args=(record,), rounds=5, warmup_rounds=1)
    assert "█" in text
    _check(benchmark, DATA_BUDGET_S)


def test_bench_csv_2000(benchmark: Any, record: Record) -> None:
    from facilitator.formats.record.csv_writer import interventions_csv, speakers_csv, timetable_csv

    def csv_files() -> list[str]:
        return [interventions_csv(record), speakers_csv(record), timetable_csv(record)]

    files = benchmark.pedantic(csv_files, rounds=5, warmup_rounds=1)
    assert files[0].count("\r\n") >= INTERVENTIONS + 1
    _check(benchmark, DATA_BUDGET_S)


def test_bench_json_2000(benchmark: Any, record: Record, meeting: MeetingSession) -> None:
    """The complete document: the record, the programme and the whole journal."""
    from facilitator.formats.record.json_file import json_text

    programme = meeting.original_programme
    journal = meeting.db.events  # type: ignore[attr-defined]
    text = benchmark.pedantic(
        lambda: json_text(record, programme=programme, journal=journal), rounds=5, warmup_rounds=1
    )
    assert text.startswith("{") and len(journal) > 4 * len(record.speakers)
    _check(benchmark, DATA_BUDGET_S)
