"""A table model of keyed rows that tells its views exactly what changed.

The speaker queue and the interventions table can grow to thousands of rows, and a model reset
makes a view forget its selection and scroll position and repaint everything. So
:meth:`KeyedTableModel.set_rows` compares the new rows with the old by key and emits the smallest
set of signals Qt knows: ``dataChanged`` for rows whose cells changed, ``rowsInserted``,
``rowsRemoved`` and ``rowsMoved`` for one row coming, going or moving (the common cases: a speaker
queued, withdrawn, moved to the top), and ``layoutChanged`` with persistent indexes moved for any
other reordering. A reset happens only when the model is emptied or filled from empty, or its
rows are replaced by rows of which none was there before (another list altogether).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True, slots=True)
class Row:
    """One row: its key, the text of each column, and optional per-role extras."""

    key: Hashable
    cells: tuple[str, ...]
    tooltip: str = ""
    extras: dict[int, object] = field(default_factory=dict, compare=True, hash=False)


class KeyedTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._rows: list[Row] = []
        self._where: dict[Hashable, int] = {}

    # ------------------------------------------------------------------------------ updating
    def set_rows(self, rows: Sequence[Row]) -> None:
        new = list(rows)
        old = self._rows
        if not old or not new:
            if old or new:
                self.beginResetModel()
                self._replace(new)
                self.endResetModel()
            return
        old_keys = [r.key for r in old]
        new_keys = [r.key for r in new]
        if old_keys != new_keys:
            self._reshape(old_keys, new_keys, new)
        self._changed_cells(new)

    def _replace(self, rows: list[Row]) -> None:
        self._rows = rows
        self._where = {row.key: i for i, row in enumerate(rows)}

    def _reshape(self, old_keys: list[Hashable], new_keys: list[Hashable], new: list[Row]) -> None:
        """Bring the keys into the new order; cells are compared afterwards."""
        old_set, new_set = set(old_keys), set(new_keys)
        if old_set.isdisjoint(new_set):
            # Another list altogether (the next segment's speakers): nothing to keep, and a
            # reset costs the view less than moving every persistent index.
            self.beginResetModel()
            self._replace(new)
            self.endResetModel()
            return
        by_key = {row.key: row for row in self._rows}
        added = [k for k in new_keys if k not in old_set]
        removed = [k for k in old_keys if k not in new_set]
        if len(added) == 1 and not removed and _without(new_keys, added[0]) == old_keys:
            position = new_keys.index(added[0])
            self.beginInsertRows(QModelIndex(), position, position)
            rows = list(self._rows)
            rows.insert(position, new[position])
            self._replace(rows)
            self.endInsertRows()
            return
        if len(removed) == 1 and not added and _without(old_keys, removed[0]) == new_keys:
            position = old_keys.index(removed[0])
            self.beginRemoveRows(QModelIndex(), position, position)
            rows = list(self._rows)
            del rows[position]
            self._replace(rows)
            self.endRemoveRows()
            return
        if not added and not removed:
            moved = _single_move(old_keys, new_keys)
            if moved is not None:
                source, target = moved
                # Qt's destination is the row *before which* the row lands, in the old numbering.
                destination = target + 1 if target > source else target
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
                self._replace([by_key[k] for k in new_keys])
                self.endMoveRows()
                return
        # Anything else: keep what can be kept (selection, current row) through a layout change.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [old_keys[i.row()] if 0 <= i.row() < len(old_keys) else None for i in persistent]
        merged = [by_key.get(k, row) for k, row in zip(new_keys, new, strict=True)]
        self._replace(merged)
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._where[k], i.column()) if k in self._where else QModelIndex()
                for k, i in zip(keys, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _changed_cells(self, new: list[Row]) -> None:
        last_column = len(self._headers) - 1
        for row_number, row in enumerate(new):
            if self._rows[row_number] != row:
                self._rows[row_number] = row
                self.dataChanged.emit(
                    self.index(row_number, 0), self.index(row_number, last_column)
                )

    # ------------------------------------------------------------------------------ reading
    def key(self, row: int) -> Hashable | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int | None:
        return self._where.get(key)

    def rows(self) -> list[Row]:
        return list(self._rows)

    # ------------------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.cells[index.column()]
        if role == KEY_ROLE:
            return row.key
        return row.extras.get(role)


def _without(keys: list[Hashable], key: Hashable) -> list[Hashable]:
    return [k for k in keys if k != key]


def _single_move(old: list[Hashable], new: list[Hashable]) -> tuple[int, int] | None:
    """(source, target) if ``new`` is ``old`` with exactly one key moved, else None."""
    n = len(old)
    first = next((i for i in range(n) if old[i] != new[i]), None)
    if first is None:
        return None
    last = next(i for i in range(n - 1, -1, -1) if old[i] != new[i])
    # One move is a rotation of old[first..last] by one place, in either direction.
    if old[first + 1 : last + 1] == new[first:last] and old[first] == new[last]:
        return first, last  # moved down
    if old[first:last] == new[first + 1 : last + 1] and old[last] == new[first]:
        return last, first  # moved up
    return None
