"""The programme editor's agenda tree: items → segments, as a Qt item model that can be edited.

A :class:`Programme` is immutable, but an editor changes one field at a time and a Qt view wants
row-level signals (a one-row change must not reset the view, which would lose the selection and
the scroll position). So the model keeps a small mutable working copy — a list of items, each with
a list of segments — and rebuilds an immutable :class:`Programme` on demand. Every change goes
through a method that emits the matching Qt signal (``dataChanged``, ``rowsInserted``,
``rowsMoved``, ``rowsRemoved``) and then :attr:`ProgrammeTreeModel.programmeChanged`.

Indexes carry a stable key in ``internalId``: 0 for an item row, and for a segment row the key of
its item. Keys never change when rows move, so Qt's persistent indexes (the view's selection and
current index) stay right after a move.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from facilitator.core.planning import planned_layout
from facilitator.core.programme import AgendaItem, Programme, Segment, minutes_of
from facilitator.ui import labels

#: The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment.
AGENDA_MIME = "application/x-facilitator-agenda-id"

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMN_TITLE, COLUMN_KIND, COLUMN_START, COLUMN_MINUTES = range(4)
_ITEM_ROW = 0  # internalId of a top-level (item) index
_ROOT = QModelIndex()


def hhmm(minutes: int) -> str:
    """Minutes since midnight as "HH:MM"."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(eq=False)
class _ItemNode:
    """One agenda item of the working copy; ``item.segments`` is ignored in favour of the list."""

    key: int
    item: AgendaItem
    segments: list[Segment] = field(default_factory=list)


class ProgrammeTreeModel(QAbstractItemModel):
    """Agenda items and their segments, with planned start and minutes, editable by methods."""

    #: Emitted after every change, with the (possibly invalid) programme as it now is.
    programmeChanged = Signal(object)

    def __init__(
        self,
        programme: Programme,
        *,
        running_segment_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base = programme
        self._running = running_segment_id
        self._keys = itertools.count(1)
        self._items: list[_ItemNode] = [
            _ItemNode(next(self._keys), item, list(item.segments)) for item in programme.items
        ]
        self._starts: dict[str, int] = {}
        self._refresh_starts(repaint=False)
        self._headers = [self.tr("Agenda"), self.tr("Kind"), self.tr("Start"), self.tr("Min")]

    # ------------------------------------------------------------------ the programme
    def programme(self) -> Programme:
        """The programme as edited so far (not validated)."""
        items = tuple(replace(node.item, segments=tuple(node.segments)) for node in self._items)
        return replace(self._base, items=items)

    def taken_ids(self) -> set[str]:
        """Every id in use: items and segments share one id space."""
        ids = {node.item.id for node in self._items}
        ids.update(s.id for node in self._items for s in node.segments)
        return ids

    @property
    def running_segment_id(self) -> str | None:
        return self._running

    def planned_start(self, segment_id: str) -> int | None:
        """The planned start (minutes since midnight) of a segment in the current layout."""
        return self._starts.get(segment_id)

    # ------------------------------------------------------------------ lookups
    def item_at(self, index: AnyIndex) -> AgendaItem | None:
        """The agenda item of an item row (segments as edited), else None."""
        node = self._item_node(index)
        return replace(node.item, segments=tuple(node.segments)) if node else None

    def segment_at(self, index: AnyIndex) -> Segment | None:
        """The segment of a segment row, else None."""
        if not index.isValid() or index.internalId() == _ITEM_ROW:
            return None
        node = self._node_by_key(index.internalId())
        if node is None or not 0 <= index.row() < len(node.segments):
            return None
        return node.segments[index.row()]

    def item_of_segment(self, segment_id: str) -> AgendaItem | None:
        for node in self._items:
            if any(s.id == segment_id for s in node.segments):
                return replace(node.item, segments=tuple(node.segments))
        return None

    def index_of_id(self, ident: str, column: int = 0) -> QModelIndex:
        """The index of the item or segment with this id (invalid if there is none)."""
        for row, node in enumerate(self._items):
            if node.item.id == ident:
                return self.createIndex(row, column, id=_ITEM_ROW)
            for srow, segment in enumerate(node.segments):
                if segment.id == ident:
                    return self.createIndex(srow, column, id=node.key)
        return QModelIndex()

    def id_at(self, index: AnyIndex) -> str | None:
        segment = self.segment_at(index)
        if segment is not None:
            return segment.id
        item = self._item_node(index)
        return item.item.id if item else None

    # ------------------------------------------------------------------ Qt model interface
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=_ITEM_ROW)
        node = self._item_node(parent)
        if node is None:
            return QModelIndex()
        return self.createIndex(row, column, id=node.key)

    def parent(self, index: AnyIndex | None = None) -> Any:
        """The parent of an index; without one, the QObject parent (both are called
        ``parent``)."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == _ITEM_ROW:
            return QModelIndex()
        for row, node in enumerate(self._items):
            if node.key == index.internalId():
                return self.createIndex(row, 0, id=_ITEM_ROW)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._items)
        if parent.column() != 0:
            return 0
        node = self._item_node(parent)
        return len(node.segments) if node else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return len(self._headers)

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= COLUMN_START:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        segment = self.segment_at(index)
        if segment is not None:
            return self._segment_data(segment, index.column(), role)
        node = self._item_node(index)
        return self._item_data(node, index.column(), role) if node else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.internalId() != _ITEM_ROW:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # ------------------------------------------------------------------ display
    def _segment_data(self, segment: Segment, column: int, role: int) -> Any:
        running = segment.id == self._running
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COLUMN_TITLE:
                return segment.display_title
            if column == COLUMN_KIND:
                label = labels.segment_kind(segment.kind)  # kind.label is English
                return self.tr("{kind} · running").format(kind=label) if running else label
            if column == COLUMN_START:
                start = self._starts.get(segment.id)
                return hhmm(start) if start is not None else ""
            if column == COLUMN_MINUTES:
                return str(segment.planned_minutes)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_TITLE:
            tip = segment.display_title
            return tip + "\n" + self.tr("Running now: it cannot be removed.") if running else tip
        if role == Qt.ItemDataRole.FontRole and running:
            font = QFont()
            font.setBold(True)
            return font
        return self._alignment(column) if role == Qt.ItemDataRole.TextAlignmentRole else None

    def _item_data(self, node: _ItemNode, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COLUMN_TITLE:
                return node.item.display_title
            if column == COLUMN_START:
                start = self._starts.get(node.segments[0].id) if node.segments else None
                return hhmm(start) if start is not None else ""
            if column == COLUMN_MINUTES:
                return str(sum(s.planned_minutes for s in node.segments))
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_TITLE:
            return node.item.display_title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return self._alignment(column) if role == Qt.ItemDataRole.TextAlignmentRole else None

    @staticmethod
    def _alignment(column: int) -> int | None:
        if column in (COLUMN_START, COLUMN_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------------ edits
    def set_segment(self, segment: Segment) -> None:
        """Replace the segment with ``segment.id`` (its row, and the planned starts, update)."""
        for node in self._items:
            for row, old in enumerate(node.segments):
                if old.id == segment.id:
                    if old == segment:
                        return
                    node.segments[row] = segment
                    last = self.index(row, self.columnCount() - 1, self._node_index(node))
                    self.dataChanged.emit(last.siblingAtColumn(0), last)
                    self._item_row_changed(node)
                    self._changed()
                    return
        raise KeyError(segment.id)

    def set_meeting_data(self, **changes: Any) -> None:
        """Replace the meeting's own fields (title, date, time zone, sittings, venue, format,
        online platform); a change of sittings moves the planned starts."""
        base = replace(self._base, **changes)
        if base == self._base:
            return
        self._base = base
        self._changed()

    def set_item(self, item: AgendaItem) -> None:
        """Replace the item's own fields (number, title, notes); its segments stay as they are."""
        for node in self._items:
            if node.item.id == item.id:
                fields = replace(item, segments=())
                if fields == replace(node.item, segments=()):
                    return
                node.item = fields
                self._item_row_changed(node)
                self._changed()
                return
        raise KeyError(item.id)

    def insert_item(self, row: int, item: AgendaItem) -> QModelIndex:
        """Insert a new item (with its segments) at ``row``; returns its index."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, _ItemNode(next(self._keys), item, list(item.segments)))
        self.endInsertRows()
        self._changed()
        return self.index(row, 0)

    def insert_segment(self, item_row: int, row: int, segment: Segment) -> QModelIndex:
        """Insert a new segment into the item at ``item_row``, at ``row``; returns its index."""
        node = self._items[item_row]
        row = max(0, min(row, len(node.segments)))
        parent = self.index(item_row, 0)
        self.beginInsertRows(parent, row, row)
        node.segments.insert(row, segment)
        self.endInsertRows()
        self._item_row_changed(node)
        self._changed()
        return self.index(row, 0, parent)

    def remove(self, index: AnyIndex) -> None:
        """Remove an item (with its segments) or a segment. The caller checks what may go."""
        if not index.isValid():
            return
        row = index.row()
        if index.internalId() == _ITEM_ROW:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
        else:
            node = self._node_by_key(index.internalId())
            if node is None:
                return
            self.beginRemoveRows(self._node_index(node), row, row)
            del node.segments[row]
            self.endRemoveRows()
            self._item_row_changed(node)
        self._changed()

    # ------------------------------------------------------------------ moves
    def move_item(self, row: int, destination: int) -> bool:
        """Move the item at ``row`` to before the item now at ``destination`` (Qt's convention:
        ``destination`` counts rows before the move; ``len`` means the end)."""
        if not 0 <= row < len(self._items) or not 0 <= destination <= len(self._items):
            return False
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        node = self._items.pop(row)
        self._items.insert(destination - 1 if destination > row else destination, node)
        self.endMoveRows()
        self._changed()
        return True

    def move_segment(self, item_row: int, row: int, to_item_row: int, destination: int) -> bool:
        """Move a segment, within its item or into another, with Qt's ``destination`` convention
        (rows before the move)."""
        if not (0 <= item_row < len(self._items) and 0 <= to_item_row < len(self._items)):
            return False
        source, target = self._items[item_row], self._items[to_item_row]
        if not 0 <= row < len(source.segments) or not 0 <= destination <= len(target.segments):
            return False
        source_index, target_index = self.index(item_row, 0), self.index(to_item_row, 0)
        if not self.beginMoveRows(source_index, row, row, target_index, destination):
            return False
        segment = source.segments.pop(row)
        if source is target and destination > row:
            destination -= 1
        target.segments.insert(destination, segment)
        self.endMoveRows()
        self._item_row_changed(source)
        if target is not source:
            self._item_row_changed(target)
        self._changed()
        return True

    def move_up(self, index: AnyIndex) -> bool:
        """One place up; a first segment moves to the end of the previous item."""
        return self._step(index, -1)

    def move_down(self, index: AnyIndex) -> bool:
        """One place down; a last segment moves to the start of the next item."""
        return self._step(index, +1)

    def _step(self, index: AnyIndex, step: int) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        if index.internalId() == _ITEM_ROW:
            return self.move_item(row, row + step if step < 0 else row + 2)
        node = self._node_by_key(index.internalId())
        if node is None:
            return False
        item_row = self._items.index(node)
        if 0 <= row + step < len(node.segments):
            return self.move_segment(item_row, row, item_row, row + step if step < 0 else row + 2)
        neighbour = item_row + step
        if not 0 <= neighbour < len(self._items):
            return False
        at = len(self._items[neighbour].segments) if step < 0 else 0
        return self.move_segment(item_row, row, neighbour, at)

    # ------------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        """The dragged row's id (the tree drags one row at a time)."""
        ids = [ident for index in indexes if (ident := self.id_at(index)) is not None]
        if not ids:
            return None
        data = QMimeData()
        data.setData(AGENDA_MIME, QByteArray(ids[0].encode("utf-8")))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged row where it was dropped.

        The move happens here, with ``beginMoveRows``; the view then asks to remove the source
        rows, which this model does not allow through ``removeRows`` (it is not overridden), so
        the moved row survives.
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        source, to_item, destination = target
        if source[1] is None:
            self.move_item(source[0], destination)
        else:
            self.move_segment(source[0], source[1], to_item, destination)
        return True

    def _drop_target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[tuple[int, int | None], int, int] | None:
        """Where a drop lands: ((item row, segment row or None), target item row, destination)."""
        if not data.hasFormat(AGENDA_MIME):
            return None
        source = self._locate(bytes(data.data(AGENDA_MIME).data()).decode("utf-8", "replace"))
        if source is None:
            return None
        item_row, segment_row = source
        if segment_row is None:
            return source, -1, self._item_destination(item_row, row, parent)
        placed = self._segment_destination(row, parent)
        return None if placed is None else (source, *placed)

    def _item_destination(self, item_row: int, row: int, parent: AnyIndex) -> int:
        """Between items at top level; dropped on (or into) an item, it takes that item's place."""
        if not parent.isValid():
            return row if row >= 0 else len(self._items)
        over = parent.row() if parent.internalId() == _ITEM_ROW else parent.parent().row()
        return over if item_row > over else over + 1

    def _segment_destination(self, row: int, parent: AnyIndex) -> tuple[int, int] | None:
        """Into an item at ``row`` (or its end); on a segment, after it; between items, at the
        end of the item above (or the start of the first)."""
        if parent.isValid() and parent.internalId() == _ITEM_ROW:
            count = len(self._items[parent.row()].segments)
            return parent.row(), row if row >= 0 else count
        if parent.isValid():
            return parent.parent().row(), parent.row() + 1
        if not self._items:
            return None
        if row < 0 or row >= len(self._items):
            return len(self._items) - 1, len(self._items[-1].segments)
        if row == 0:
            return 0, 0
        return row - 1, len(self._items[row - 1].segments)

    # ------------------------------------------------------------------ internals
    def _locate(self, ident: str) -> tuple[int, int | None] | None:
        for item_row, node in enumerate(self._items):
            if node.item.id == ident:
                return item_row, None
            for row, segment in enumerate(node.segments):
                if segment.id == ident:
                    return item_row, row
        return None

    def _item_node(self, index: AnyIndex) -> _ItemNode | None:
        if not index.isValid() or index.internalId() != _ITEM_ROW:
            return None
        return self._items[index.row()] if 0 <= index.row() < len(self._items) else None

    def _node_by_key(self, key: int) -> _ItemNode | None:
        return next((node for node in self._items if node.key == key), None)

    def _node_index(self, node: _ItemNode, column: int = 0) -> QModelIndex:
        return self.createIndex(self._items.index(node), column, id=_ITEM_ROW)

    def _item_row_changed(self, node: _ItemNode) -> None:
        """An item's row shows its segments' total and first start: repaint it."""
        self.dataChanged.emit(self._node_index(node), self._node_index(node, COLUMN_MINUTES))

    def _changed(self) -> None:
        self._refresh_starts()
        self.programmeChanged.emit(self.programme())

    def _refresh_starts(self, *, repaint: bool = True) -> None:
        """Recompute the planned layout; repaint the start of every row whose start moved."""
        segments = [s for node in self._items for s in node.segments]
        sittings = [(minutes_of(s.start), minutes_of(s.end)) for s in self._base.sittings]
        starts = planned_layout(
            [s.planned_minutes for s in segments],
            [minutes_of(s.scheduled_start) if s.scheduled_start else None for s in segments],
            sittings,
        )
        new = dict(zip((s.id for s in segments), starts, strict=True))
        old, self._starts = self._starts, new
        if not repaint:
            return
        for item_row, node in enumerate(self._items):
            parent = self.createIndex(item_row, COLUMN_START, id=_ITEM_ROW)
            moved = [r for r, s in enumerate(node.segments) if old.get(s.id) != new.get(s.id)]
            if moved:
                self.dataChanged.emit(
                    self.createIndex(moved[0], COLUMN_START, id=node.key),
                    self.createIndex(moved[-1], COLUMN_START, id=node.key),
                )
                self.dataChanged.emit(parent, parent)
