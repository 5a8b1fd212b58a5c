"""The interventions review follows each event by rows (ui/review.py): one capture is one row
inserted, one edit one row changed, a deletion one row removed, and after any event the rows are
those a plain search over every intervention finds."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facilitator.core.fold.engine import Folder
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import SearchIndex, TableIndex
from facilitator.ui.review import ReviewPanel, _row
from tests.bench.realistic import day


def _fresh_rows(panel: ReviewPanel) -> list[object]:
    """The rows a review opened afresh would show: every intervention the filter lets through
    (a plain search over all of them), each row built from its intervention."""
    state = panel._state
    assert state is not None
    criteria = panel.criteria()
    programme = state.programme
    titles = {s.id: s.display_title for _, s in programme.segments()}
    found = SearchIndex().filter(state, criteria)
    live = sum(1 for i in interventions_of(state) if not i.deleted)
    assert panel.count.text() == f"{len(found)} of {live} interventions"
    rows = [_row(i, titles, programme.zone()) for i in found]
    return [(r.key, r.cells, r.extras) for r in rows]


def test_the_review_follows_the_day_row_by_row(qtbot: QtBot) -> None:
    programme, records = day()
    folder = Folder(programme)
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    signals: list[str] = []
    model = panel.model
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda _p, a, b: signals.append(f"insert {b - a + 1}"))
    model.rowsRemoved.connect(lambda _p, a, b: signals.append(f"remove {b - a + 1}"))
    model.dataChanged.connect(lambda a, b: signals.append(f"change {b.row() - a.row() + 1}"))
    seen: dict[str, int] = {}
    for n, record in enumerate(records[:1500]):
        folder.apply(record)
        signals.clear()
        panel.show_state(folder.state)
        kind = record.type
        filtered = bool(panel.text.text())
        if kind == "InterventionLogged":
            assert signals == ["insert 1"] or (filtered and signals == []), (n, signals)
        elif kind in ("InterventionEdited", "InterventionRestored"):
            assert signals in (["change 1"], ["insert 1"], ["remove 1"], []), (n, signals)
            assert filtered or signals, n
        elif kind == "InterventionDeleted":
            assert signals == ["remove 1"] or (filtered and signals == []), (n, signals)
        elif kind.startswith(("Speaker", "Segment", "List")):
            assert signals == [], (n, signals)
        seen[kind] = seen.get(kind, 0) + 1
        if n == 700:
            panel.text.setText("the")  # a filter from now on (and narrowed, then widened)
            panel.apply_filter()
            panel.text.setText("they")
            panel.apply_filter()
            assert model.rowCount() < len(interventions_of(folder.state))
        if n == 1100:
            panel.text.setText("")
            panel.apply_filter()
        if n % 50 == 0 or kind in ("Undone", "Redone", "InterventionDeleted"):
            shown = [(r.key, r.cells, r.extras) for r in model.rows()]
            assert shown == _fresh_rows(panel), n
    assert seen["InterventionLogged"] > 300 and seen["InterventionEdited"] > 10


def test_a_narrower_filter_looks_only_at_what_the_last_one_found(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme, records = day()
    folder = Folder(programme)
    folder.extend(records)
    panel = ReviewPanel()
    qtbot.addWidget(panel)
    panel.show_state(folder.state)
    looked: list[int | None] = []
    filter_ = TableIndex.filter

    def counting(self, criteria, within=None):  # type: ignore[no-untyped-def]
        looked.append(None if within is None else len(within))
        return filter_(self, criteria, within)

    monkeypatch.setattr(TableIndex, "filter", counting)
    shown_before = panel.model.rowCount()
    for text in ("t", "tr", "tra", "traf", "ta"):
        panel.text.setText(text)
        panel.apply_filter()
    # "t" within every row shown, each letter more within what the last one found…
    assert looked[0] == shown_before
    assert None not in looked[:4] and looked[:4] == sorted(looked[:4], reverse=True)  # type: ignore[type-var]
    assert looked[-1] is None  # …but "ta" does not narrow "traf": every intervention again
