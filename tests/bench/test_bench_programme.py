"""Parsing a seed programme: budget ≤ 50 ms (issue 2).

Run with figures: ``python3 -m pytest tests/bench/test_bench_programme.py --benchmark-enable``.
In the normal test run benchmarks execute once, as correctness tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.formats.programmes import read_programme
from facilitator.formats.text_programme import parse_text


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
