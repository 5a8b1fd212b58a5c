"""The agenda as a Qt tree model: items, their segments, planned and actual times, state.

The model keeps the text of every row from the last refresh and, when the agenda changes, emits
``dataChanged`` for the rows whose text changed, and only for them. When only the clock moves,
only the running segment's row can change (its time used): :meth:`AgendaModel.refresh_time`
works out that row alone. A programme edit that adds, removes or moves segments changes the
tree's shape: that, and only that, resets the model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from facilitator.core.agenda.schedule import Schedule, schedule
from facilitator.core.agenda.timing import format_elapsed
from facilitator.core.agenda.values import SegmentStatus
from facilitator.core.fold.state import MeetingState
from facilitator.core.programme import Segment
from facilitator.ui import words
from facilitator.ui.colours import colours
from facilitator.ui.marks import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Agenda"),
    QT_TRANSLATE_NOOP("AgendaModel", "Planned"),
    QT_TRANSLATE_NOOP("AgendaModel", "Actual"),
    QT_TRANSLATE_NOOP("AgendaModel", "State"),
)
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = 0


@dataclass(frozen=True, slots=True)
class _Row:
    texts: tuple[str, str, str, str]
    status: SegmentStatus | None
    tooltip: str


class AgendaModel(QAbstractItemModel):
    """Items at the top level (internal id 0), segments below (internal id = item row + 1)."""

    def __init__(self, state: MeetingState, now: dt.datetime) -> None:
        super().__init__()
        self._shape: list[tuple[str, list[str]]] = []  # (item id, [segment ids])
        self._rows: dict[str, _Row] = {}
        self._current: str | None = None
        self._build(state, now)

    # ------------------------------------------------------------------ building and refreshing
    def _build(self, state: MeetingState, now: dt.datetime) -> None:
        programme = state.programme
        self._shape = [(item.id, [s.id for s in item.segments]) for item in programme.items]
        self._rows = self._texts(state, now)
        self._current = state.agenda.current

    def refresh(self, state: MeetingState, now: dt.datetime, plan: Schedule | None = None) -> None:
        """Bring the rows up to date; row-level signals unless the tree's shape changed."""
        shape = [(item.id, [s.id for s in item.segments]) for item in state.programme.items]
        if shape != self._shape:
            self.beginResetModel()
            self._build(state, now)
            self.endResetModel()
            return
        fresh = self._texts(state, now, plan)
        self._current = state.agenda.current
        for item_row, (item_id, segment_ids) in enumerate(self._shape):
            if fresh[item_id] != self._rows[item_id]:
                self._rows[item_id] = fresh[item_id]
                self._changed(self.index(item_row, 0), self.index(item_row, len(COLUMNS) - 1))
            parent = self.index(item_row, 0)
            for row, segment_id in enumerate(segment_ids):
                if fresh[segment_id] != self._rows[segment_id]:
                    self._rows[segment_id] = fresh[segment_id]
                    self._changed(
                        self.index(row, 0, parent), self.index(row, len(COLUMNS) - 1, parent)
                    )

    def refresh_time(self, state: MeetingState, now: dt.datetime, plan: Schedule) -> None:
        """The clock moved, nothing else: the running segment's row (its time used), if its
        text changed. The state must be the one of the last :meth:`refresh`."""
        current = state.agenda.current
        if current is None or current not in self._rows:
            return
        found = state.programme.find_segment(current)
        if found is None:
            return
        fresh = _segment_row(state, plan, found[1], now, state.agenda.next_id())
        if fresh != self._rows[current]:
            self._rows[current] = fresh
            index = self.index_of(current)
            parent = index.parent()
            self._changed(index, self.index(index.row(), len(COLUMNS) - 1, parent))

    def _changed(self, first: QModelIndex, last: QModelIndex) -> None:
        self.dataChanged.emit(first, last)

    def _texts(
        self, state: MeetingState, now: dt.datetime, plan: Schedule | None = None
    ) -> dict[str, _Row]:
        plan = plan or schedule(state, now)
        agenda = state.agenda
        next_id = agenda.next_id()
        rows: dict[str, _Row] = {}
        for item in state.programme.items:
            minutes = sum(s.planned_minutes for s in item.segments)
            statuses = [agenda.status(s.id) for s in item.segments]
            item_state = _item_state(statuses)
            rows[item.id] = _Row(
                (item.display_title, f"{minutes}′", "", item_state), None, item.display_title
            )
            for segment in item.segments:
                rows[segment.id] = _segment_row(state, plan, segment, now, next_id)
        return rows

    # ------------------------------------------------------------------------ the model API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._shape)
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return 0
        return len(self._shape[parent.row()][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def segment_id(self, index: Index) -> str | None:
        """The segment at ``index`` (None for an item row)."""
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._shape[index.internalId() - 1][1][index.row()]

    def index_of(self, segment_id: str) -> QModelIndex:
        for item_row, (_, segment_ids) in enumerate(self._shape):
            if segment_id in segment_ids:
                return self.index(segment_ids.index(segment_id), 0, self.index(item_row, 0))
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key = self._key(index)
        row = self._rows[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == SEGMENT_ID_ROLE:
            return self.segment_id(index)
        if role == Qt.ItemDataRole.FontRole:
            is_item = index.internalId() == _NO_PARENT
            if is_item or row.status in (SegmentStatus.RUNNING, SegmentStatus.PAUSED):
                font = QFont()
                font.setBold(True)
                return font
        running = row.status in (SegmentStatus.RUNNING, SegmentStatus.PAUSED)
        if role == Qt.ItemDataRole.ForegroundRole:
            if running:
                return QBrush(colours().panel_text)
            if row.status in (SegmentStatus.DONE, SegmentStatus.SKIPPED):
                return QBrush(colours().finished)
        if role == Qt.ItemDataRole.BackgroundRole and running:
            return QBrush(colours().floor_row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _key(self, index: Index) -> str:
        if index.internalId() == _NO_PARENT:
            return self._shape[index.row()][0]
        return self._shape[index.internalId() - 1][1][index.row()]


def _segment_row(
    state: MeetingState, plan: Schedule, segment: Segment, now: dt.datetime, next_id: str | None
) -> _Row:
    status = state.agenda.status(segment.id)
    return _Row(
        (
            segment.display_title,
            _planned(plan, segment.id, segment.planned_minutes),
            _actual(state, plan, segment.id, now),
            words.segment_state(status, is_next=segment.id == next_id),
        ),
        status,
        segment.display_title,
    )


def _item_state(statuses: list[SegmentStatus]) -> str:
    if any(s in (SegmentStatus.RUNNING, SegmentStatus.PAUSED) for s in statuses):
        return words.item_state(in_progress=True, done=False)
    if statuses and all(s in (SegmentStatus.DONE, SegmentStatus.SKIPPED) for s in statuses):
        return words.item_state(in_progress=False, done=True)
    if any(s is SegmentStatus.DONE for s in statuses):
        return words.item_state(in_progress=True, done=False)
    return ""


def _planned(plan: Schedule, segment_id: str, minutes: int) -> str:
    entry = plan.segment(segment_id)
    if entry.planned_start is None:
        return f"{minutes}′"
    return f"{plan.local(entry.planned_start):%H:%M} {minutes}′"


def _actual(state: MeetingState, plan: Schedule, segment_id: str, now: dt.datetime) -> str:
    segment = state.agenda.segment(segment_id)
    start = segment.first_start
    if start is None:
        return ""
    used = format_elapsed(segment.elapsed(now))
    end = segment.end
    if end is not None and segment.open_since is None:
        return f"{plan.local(start):%H:%M}–{plan.local(end):%H:%M}"
    return f"{plan.local(start):%H:%M} {used}"
