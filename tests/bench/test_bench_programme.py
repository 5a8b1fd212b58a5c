"""Parsing a seed programme: budget ≤ 50 ms (issue 2).

Run with figures: ``python3 -m pytest tests/bench/test_bench_programme.py --benchmark-enable``.
In the normal test run benchmarks execute once, as correctness tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.formats.programme.files import read_programme
from facilitator.formats.programme.text_reader import parse_text


@pytest.mark.parametrize("seed", ["seed_tip", "seed_som"])
def test_bench_parse_seed_text(benchmark, request: pytest.FixtureRequest, seed: str) -> None:  # type: ignore[no-untyped-def]
    path: Path = request.getfixturevalue(seed)
    text = path.read_text(encoding="utf-8")
    programme = benchmark(parse_text, text, source=str(path))
    assert len(programme.items) == 5
    assert programme.planned_minutes == 360


def test_bench_read_seed_file(benchmark, seed_som: Path) -> None:  # type: ignore[no-untyped-def]
    programme = benchmark(read_programme, seed_som)
    assert [len(s.guiding_questions) for s in programme.items[3].segments] == [4, 4, 5]


def test_bench_import_word_timetable(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A Word programme laid out as a table (Time | Agenda item | Speakers): budget ≤ 50 ms."""
    from facilitator.formats.programme.importer import import_programme
    from tests.formats.programme_corpus_docx import BUILDERS

    path = tmp_path / "timetable.docx"
    BUILDERS["docx_table_time_item_speakers"](path)
    result = benchmark(import_programme, path)
    assert result.programme.items and not result.report.unread


def test_bench_a_multi_megabyte_text_is_answered_fast(benchmark) -> None:  # type: ignore[no-untyped-def]
    """4.5 MB of wrapped prose (a pasted report, not a programme): refused in well under a
    second, never freezing the start screen (it was quadratic: 1.4 s, then minutes for more)."""
    from facilitator.core.programme import ProgrammeError
    from facilitator.formats.programme.importer import import_text

    line = " ".join(["cooperation", "evidence", "borders", "firearms"] * 30)
    text = "Title of the meeting\n" + "\n".join(line for _ in range(4998))

    def attempt() -> str:
        try:
            import_text(text)
        except ProgrammeError as exc:
            return str(exc)
        return ""

    assert "no agenda items found" in benchmark(attempt)
