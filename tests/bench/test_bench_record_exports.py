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

from typing import Any

import pytest

from facilitator.core.record import Record, build_record
from facilitator.session import MeetingSession
from tests.big_meeting import INTERVENTIONS, big_meeting

DOCUMENT_BUDGET_S = 3.0
DATA_BUDGET_S = 0.5


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
