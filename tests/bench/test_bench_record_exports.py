"""Exporting a record of 2,000 interventions (issues 7 and 17): ≤ 3 s to DOCX and to PDF, ≤ 0.5 s
to HTML, Markdown, CSV and JSON.

The meeting is tests/big_meeting.py's: the trafficking seed run through the real commands with
450 participants, 1,550 turns from the lists of speakers, panels with questions and answers, the
standing items' guiding questions, summaries of a few sentences; 6,512 events.

Two kinds of figures:

- ``test_bench_<format>_2000``: each writer's bytes, built in memory from a record built once;
- ``test_bench_whole_path``: what the user waits for, from Enter in the export window to the
  window saying "Saved": the record built (at the moment of the click) and rendered by the
  record's process (formats/record/record_process.py, started when the window opened), its bytes
  sent back, the file written atomically. Its median and p99 are in ``extra_info``.

Figures: ``python3 -m pytest tests/bench/test_bench_record_exports.py --benchmark-enable -q``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from facilitator.core.record import Record, build_record
from facilitator.formats.record.export import FORMAT_KEYS, export_format
from facilitator.session import MeetingSession
from tests.big_meeting import INTERVENTIONS, big_meeting
from tests.ui.big_console import WAIT_MS, big_console, open_export

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
        data = sorted(stats.stats.data)
        p99 = data[min(len(data) - 1, round(0.99 * (len(data) - 1)))]
        benchmark.extra_info.update(
            median_ms=round(stats.stats.median * 1000, 1), p99_ms=round(p99 * 1000, 1)
        )
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


# ----------------------------------------------------------------------------- the whole path
@pytest.mark.parametrize("key", FORMAT_KEYS)
def test_bench_whole_path(
    benchmark: Any, meeting: MeetingSession, qtbot: QtBot, tmp_path: Path, key: str
) -> None:
    """Enter in the export window → "Saved", on the console of the 2,000-intervention day."""
    budget = DOCUMENT_BUDGET_S if key in ("docx", "pdf", "summary-docx") else DATA_BUDGET_S
    with big_console(meeting, tmp_path, qtbot) as window:
        dialog = open_export(window, qtbot)
        if dialog.format().key != key:
            with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
                dialog.set_format(key)
        target = tmp_path / "out" / f"record{export_format(key).suffix}"
        target.parent.mkdir()
        dialog.path_edit.setText(str(target))

        def export() -> str:
            with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
                dialog.export()
            return dialog.status.text()

        rounds = 3 if budget == DOCUMENT_BUDGET_S else 5
        said = benchmark.pedantic(export, rounds=rounds, warmup_rounds=1)
        assert said.startswith("Saved"), said
        least = 50_000 if key == "summary-docx" else 100_000  # the draft is shorter than the record
        assert sum(p.stat().st_size for p in target.parent.iterdir()) > least
    _check(benchmark, budget)
