"""The interventions review with 10,000 interventions (issue 6): a filter keystroke ≤ 50 ms, a
one-row change ≤ 16 ms without a model reset, resident memory ≤ 200 MB.

Figures: ``python3 -m pytest tests/bench/test_bench_review.py --benchmark-enable -s``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import resource

from facilitator.core.fold.engine import fold
from facilitator.core.journal.record import EventRecord
from facilitator.formats.programme.files import read_programme
from facilitator.ui.review import ReviewPanel
from tests.ui.conftest import TIP

COUNT = 10_000
WORDS = (
    "trafficking",
    "organ removal",
    "child protection",
    "cooperation",
    "victims",
    "youth",
    "التعاون",
    "שיתוף",
    "universalization",
    "technical assistance",
)


def _state():  # type: ignore[no-untyped-def]
    programme = read_programme(TIP)
    at = dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)
    records = []
    for n in range(1, COUNT + 1):
        records.append(
            EventRecord(
                "InterventionLogged",
                at + dt.timedelta(seconds=n),
                "rapporteur",
                {
                    "id": f"i-{n}",
                    "participant_id": None,
                    "name": f"Delegate {n}",
                    "organization": f"Organization {n % 300}",
                    "category": "ngo",
                    "attendance": "room",
                    "queue_entry": None,
                    "start": None,
                    "end": None,
                    "tags": [f"seg-{9 + n % 3}"],
                    "kind": "statement",
                    "questions": [],
                    "answers": [],
                    "summary": f"Statement {n} on {WORDS[n % len(WORDS)]} and related matters.",
                    "follow_up": False,
                    "quotable": n % 7 == 0,
                },
                seq=n,
            )
        )
    return programme, records


def test_bench_filter_keystroke_over_10000(benchmark, qtbot) -> None:  # type: ignore[no-untyped-def]
    programme, records = _state()
    state = fold(programme, records)
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_state(state)
    assert panel.model.rowCount() == COUNT
    queries = itertools.cycle(["t", "tr", "tra", "traf", "traff", "traffick", "organ", "تعاون", ""])

    def keystroke() -> None:
        panel.text.setText(next(queries))
        panel.apply_filter()

    benchmark.pedantic(keystroke, rounds=45, warmup_rounds=3)
    panel.text.setText("organ removal")
    panel.apply_filter()
    assert panel.model.rowCount() == COUNT // len(WORDS)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    benchmark.extra_info["max_rss_mb"] = round(rss_mb)
    print(f"\nmax resident memory with {COUNT} interventions in the review: {rss_mb:.0f} MB")


def test_bench_one_row_change_in_10000(benchmark, qtbot) -> None:  # type: ignore[no-untyped-def]
    from facilitator.core.fold.engine import Folder

    programme, records = _state()
    folder = Folder(programme)
    folder.extend(records)
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_state(folder.state)
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    changed: list[int] = []
    panel.model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    seq = itertools.count(COUNT + 1)
    at = dt.datetime(2024, 7, 10, 12, 0, tzinfo=dt.UTC)

    def edit() -> None:
        n = next(seq)
        folder.apply(
            EventRecord(
                "InterventionEdited",
                at + dt.timedelta(seconds=n),
                "r",
                {"id": "i-5000", "changes": {"summary": f"Edited {n}"}},
                seq=n,
            )
        )
        panel.show_state(folder.state)

    benchmark.pedantic(edit, rounds=30, warmup_rounds=2)
    assert resets == []
    assert set(changed) == {4999}
