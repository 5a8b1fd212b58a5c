"""Budget (issue 5): importing a registration list of 10,000 rows (read the file, guess the
mapping, build the report) takes at most 2 s, from CSV and from Excel.

Two workbooks: one as Excel saves it (texts in the shared-strings table) and one as openpyxl and
some web exports write it (texts inline in the sheet, slower to read: the worse case). Run with
``--benchmark-enable`` for the figures; in the normal test run each benchmark runs once, as a
correctness test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from facilitator.core.participants.values import Category
from facilitator.formats.registration.lists import ImportReport, read_registrations
from tests.formats.registration_builders import (
    many_rows,
    use_shared_strings,
    write_csv,
    write_xlsx,
)

ROWS = 10_000
BUDGET_SECONDS = 2.0


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("registrations")
    rows = many_rows(ROWS)
    return {
        "csv": write_csv(folder / "registrations.csv", rows, encoding="utf-8-sig", delimiter=";"),
        "xlsx": use_shared_strings(
            write_xlsx(folder / "registrations.xlsx", {"Registrations": rows})
        ),
        "xlsx-inline": write_xlsx(folder / "inline.xlsx", {"Registrations": rows}),
    }


def _import(path: Path) -> ImportReport:
    return read_registrations(path)[2]


@pytest.mark.parametrize("kind", ["csv", "xlsx", "xlsx-inline"])
def test_import_10k_registrations(
    benchmark: BenchmarkFixture, lists: dict[str, Path], kind: str
) -> None:
    report = benchmark(_import, lists[kind])
    assert len(report.participants) == ROWS
    assert (report.rejected, report.duplicates, report.notes) == ([], [], [])
    assert {p.category for p in report.participants} == {
        Category.NGO,
        Category.ACADEMIA,
        Category.PRIVATE_SECTOR,
        Category.INTERGOVERNMENTAL,
        Category.UN_ENTITY,
        Category.OTHER,
    }
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= BUDGET_SECONDS
