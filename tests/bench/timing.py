"""What every bench of issue 17 reports: the median and the 99th percentile of its rounds."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any


def percentile_99(data: Sequence[float]) -> float:
    ordered = sorted(data)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def median_p99(benchmark: Any, name: str = "") -> tuple[float, float] | None:
    """The median and p99 of the benchmark's rounds in seconds, kept in its ``extra_info``
    (``median_ms``, ``p99_ms``, prefixed with ``name``); None when the benchmarks are disabled
    (each ran once, as a test: there is no figure to assert)."""
    if benchmark.stats is None:
        return None
    data = list(benchmark.stats.stats.data)
    median, p99 = statistics.median(data), percentile_99(data)
    prefix = f"{name}_" if name else ""
    benchmark.extra_info.update(
        {f"{prefix}median_ms": round(median * 1e3, 2), f"{prefix}p99_ms": round(p99 * 1e3, 2)}
    )
    return median, p99


def report(capsys: Any, text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")
