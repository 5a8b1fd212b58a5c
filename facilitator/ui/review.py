"""The review of every intervention: filter as you type, open one to edit it, see its history.

A meeting can reach tens of thousands of interventions, and the review must keep up with each
capture and each keystroke. So the table's model (:class:`ReviewModel`) holds only the places, in
capture order, of the interventions the filter lets through, and builds a row's text when the view
paints it (once per intervention object). The places come from a
:class:`~facilitator.core.interventions.search.TableIndex`, kept in step with the journal by the
places each event changed (:func:`~facilitator.core.fold.changes.what_changed`): a capture or an
edit is tested against the filter alone and becomes one inserted, changed or removed row; a
keystroke filters within what the previous one found when it can only find fewer.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.fold.changes import Changes, what_changed
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import InterventionFilter, TableIndex
from facilitator.core.interventions.table import InterventionTable
from facilitator.core.interventions.values import Intervention
from facilitator.core.participants.values import Category
from facilitator.ui import labels, words
from facilitator.ui.colours import colours
from facilitator.ui.keyed_model import KEY_ROLE, Row
from facilitator.ui.marks import QT_TRANSLATE_NOOP
from facilitator.ui.widgets import FieldKeys

if TYPE_CHECKING:
    import datetime as dt

    from facilitator.core.fold.state import MeetingState

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("ReviewPanel", "Time"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Speaker"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Organization"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Tags"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Kind"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Summary"),
    QT_TRANSLATE_NOOP("ReviewPanel", "By"),
    QT_TRANSLATE_NOOP("ReviewPanel", "Flags"),
)


class ReviewModel(QAbstractTableModel):
    """The rows of the review: the places (in capture order) of the interventions shown, read
    from a :class:`TableIndex`; a row's cells are built when asked, and kept per intervention
    object (an edit makes a new object: its row is built again, no other)."""

    def __init__(self, index: TableIndex) -> None:
        super().__init__()
        self._index = index
        self._places: list[int] = []
        self._built: dict[str, tuple[Intervention, Row]] = {}
        self._titles: dict[str, str] = {}
        self._zone: dt.tzinfo | None = None

    # ------------------------------------------------------------------------------ updating
    def set_context(self, titles: dict[str, str], zone: dt.tzinfo) -> None:
        """The segments' titles (for the tags) and the meeting's zone (for the times): every
        row is built again, when painted."""
        self._titles, self._zone = titles, zone
        self._built.clear()
        if self._places:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._places) - 1, len(HEADERS) - 1)
            )

    def set_places(self, places: list[int]) -> None:
        """Show the interventions at ``places`` (a new filter): one reset, nothing else to
        compare (the view keeps no row of what it forgets)."""
        if places == self._places:
            return
        self.beginResetModel()
        self._places = places
        self.endResetModel()

    def place_changed(self, place: int, shown: bool) -> None:
        """The intervention at ``place`` changed (or is new) and the filter now lets it through
        (``shown``) or not: one row changed, inserted or removed, or nothing."""
        places = self._places
        row = bisect.bisect_left(places, place)
        there = row < len(places) and places[row] == place
        if there and shown:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        elif there:
            self.beginRemoveRows(QModelIndex(), row, row)
            del places[row]
            self.endRemoveRows()
        elif shown:
            self.beginInsertRows(QModelIndex(), row, row)
            places.insert(row, place)
            self.endInsertRows()

    # ------------------------------------------------------------------------------ reading
    @property
    def places(self) -> list[int]:
        return self._places

    def key(self, row: int) -> Hashable | None:
        if not 0 <= row < len(self._places):
            return None
        return self._index.at(self._places[row]).id

    def row_of(self, key: Hashable) -> int | None:
        place = self._index.position(str(key))
        if place is None:
            return None
        row = bisect.bisect_left(self._places, place)
        return row if row < len(self._places) and self._places[row] == place else None

    def row_at(self, row: int) -> Row:
        intervention = self._index.at(self._places[row])
        built = self._built.get(intervention.id)
        if built is None or built[0] is not intervention:
            assert self._zone is not None
            built = (intervention, _row(intervention, self._titles, self._zone))
            self._built[intervention.id] = built
        return built[1]

    def rows(self) -> list[Row]:
        return [self.row_at(r) for r in range(len(self._places))]

    # ------------------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return _tr(HEADERS[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._places):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.cells[index.column()]
        if role == KEY_ROLE:
            return row.key
        return row.extras.get(role)


class ReviewPanel(QWidget):
    """Filters above, the table, the selected intervention's history below."""

    edit_requested = Signal(str)  # intervention id (Enter or double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find in summaries, speakers, organizations…"))
        self.text.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in InterventionKind:
            self.kind.addItem(labels.intervention_kind(kind), kind)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Any tag"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        for category in Category:
            self.category.addItem(words.category(category), category.value)
        # A letter typed in a filter combo picks an entry; it must not call a speaker (C) or
        # skip one (S). The table keeps the console's keys (Del deletes, Enter edits).
        self._field_keys = FieldKeys(self)
        for combo in (self.kind, self.tag, self.category):
            combo.installEventFilter(self._field_keys)
            # Narrow when the dock is (a tab beside the speakers on a small screen): the entry
            # is cut, the list opens in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.text.setMinimumWidth(120)
        self.index = TableIndex()
        self.model = ReviewModel(self.index)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._edit(index.row()))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.unanswered = QLabel()
        self.unanswered.setWordWrap(True)
        self.unanswered.setTextFormat(Qt.TextFormat.PlainText)
        self.unanswered.setStyleSheet(f"color: {colours().notice.name()};")
        filters = QHBoxLayout()
        filters.addWidget(self.text, 3)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.tag, 2)
        filters.addWidget(self.category, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.unanswered)
        layout.addWidget(self.history)
        self._state: MeetingState | None = None
        self._criteria: InterventionFilter | None = None  # what the places shown were found by
        self._live = 0  # interventions not deleted
        # The search texts are normalised in idle moments, a few hundred at a time, so that the
        # first keystroke does not normalise them all.
        self._warmer = QTimer(self)
        self._warmer.setInterval(0)
        self._warmer.timeout.connect(self._warm)
        # A keystroke filters at once; typing fast coalesces into one filter per 60 ms.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _text: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.tag.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.category.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_history(current.row())
        )

    def criteria(self) -> InterventionFilter:
        kind = self.kind.currentData()
        tag = self.tag.currentData()
        category = self.category.currentData()
        return InterventionFilter(
            categories=frozenset({Category(category)}) if category is not None else frozenset(),
            text=self.text.text(),
            kinds=frozenset({InterventionKind(kind)}) if kind is not None else frozenset(),
            tags=frozenset({tag}) if tag is not None else frozenset(),
        )

    def show_state(self, state: MeetingState, changes: Changes | None = None) -> None:
        """Follow the meeting: ``changes`` what changed since the state shown last (worked out
        here if not given, or not from that state)."""
        if changes is None or changes.old is not self._state or changes.new is not state:
            changes = what_changed(self._state, state)
        if changes.old is state:
            return
        self._state = state
        table = interventions_of(state).table
        if changes.programme:
            self._programme_changed(state)
        if changes.programme or changes.interventions is None or len(changes.interventions) > _MANY:
            self.index.sync(table, changes.interventions)
            self._live = sum(1 for i in table if not i.deleted)
            self.apply_filter(again=True)
            self._warmer.start()
            return
        if changes.interventions:
            self._interventions_changed(table, changes.interventions)
        if changes.agenda or self._touches_questions(changes):
            self.unanswered.setText(unanswered_words(state, self.tag.currentData()))

    def _warm(self) -> None:
        if self.index.warm(_WARM_EACH) == 0:
            self._warmer.stop()

    def _programme_changed(self, state: MeetingState) -> None:
        programme = state.programme
        current_tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for _, segment in programme.segments():
            self.tag.addItem(segment.display_title, segment.id)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        self.tag.blockSignals(False)
        titles = {s.id: s.display_title for _, s in programme.segments()}
        self.model.set_context(titles, programme.zone())

    def _interventions_changed(self, table: InterventionTable, places: Sequence[int]) -> None:
        """Each changed place: one row changed, inserted or removed, the count kept."""
        index = self.index
        before = [index.at(p).deleted if p < len(index) else True for p in places]
        index.sync(table, places)
        criteria = self._criteria or self.criteria()
        for place, was_deleted in zip(places, before, strict=True):
            self._live += int(was_deleted) - int(index.at(place).deleted)
            self.model.place_changed(place, index.matches(place, criteria))
        self._show_count()
        self._show_history(self.table.currentIndex().row())  # it may have just changed

    def _touches_questions(self, changes: Changes) -> bool:
        """Whether a question or an answer was captured or changed (or was one before)."""
        places = changes.interventions or ()
        old = interventions_of(changes.old).table if changes.old is not None else None
        new = interventions_of(changes.new).table
        for place in places:
            if new.at(place).kind in _QA_KINDS:
                return True
            if old is not None and place < len(old) and old.at(place).kind in _QA_KINDS:
                return True
        return False

    def apply_filter(self, *, again: bool = False) -> None:
        """Filter by the fields: within the rows shown when the new criteria can only find
        fewer (a letter more in the text), else over every intervention (``again``: over every
        one, whatever the criteria)."""
        if self._state is None:
            return
        criteria = self.criteria()
        before = self._criteria
        if not again and before is not None and TableIndex.narrows(before, criteria):
            places = self.index.filter(criteria, self.model.places)
        else:
            places = self.index.filter(criteria)
        self._criteria = criteria
        selected = self.selected()
        self.model.set_places(places)
        if selected is not None and self.selected() is None:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)
        self._show_count()
        self._show_history(self.table.currentIndex().row())  # it may have just changed
        self.unanswered.setText(unanswered_words(self._state, self.tag.currentData()))

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("{0} of %n interventions", "", self._live).format(self.model.rowCount())
        )

    def selected(self) -> str | None:
        index = self.table.currentIndex()
        key = self.model.key(index.row()) if index.isValid() else None
        return str(key) if key is not None else None

    def _edit(self, row: int) -> None:
        key = self.model.key(row)
        if key is not None:
            self.edit_requested.emit(str(key))

    def _show_history(self, row: int) -> None:
        key = self.model.key(row)
        if key is None or self._state is None:
            self.history.setText("")
            return
        found = interventions_of(self._state).get(str(key))
        if found is None:
            return
        lines = []
        for change in found.history:
            when = change.at.astimezone(self._state.programme.zone()).strftime("%H:%M:%S")
            fields = ", ".join(f.field for f in change.fields)
            action = labels.change_action(change.action)
            lines.append(f"{when} {change.actor}: {action}" + (f" ({fields})" if fields else ""))
        self.history.setText(self.tr("History — {0}").format("; ".join(lines)) if lines else "")


def unanswered_words(state: MeetingState, tag: str | None) -> str:
    """The questions of a Q&A still without an answer: of the Q&A chosen in the tag filter, else
    of the current segment when it is a Q&A."""
    from facilitator.core.interventions.search import questions_with_answers
    from facilitator.core.programme import SegmentKind

    segment_id = tag or state.agenda.current
    found = state.programme.find_segment(segment_id) if segment_id else None
    if not found or found[1].kind is not SegmentKind.QA or segment_id is None:
        return ""
    asked = questions_with_answers(state, segment_id)
    open_questions = [question for question, answers in asked if not answers]
    if not asked:
        return QCoreApplication.translate(
            "ReviewPanel", "No question has been asked yet in {0}."
        ).format(found[1].display_title)
    if not open_questions:
        return QCoreApplication.translate(
            "ReviewPanel", "Every question of {0} has an answer."
        ).format(found[1].display_title)
    names = "; ".join(f"#{q.id.removeprefix('i-')} {q.name}" for q in open_questions[:12])
    if len(open_questions) > 12:
        more = len(open_questions) - 12
        names = ReviewPanel.tr("{0} and %n more", "", more).format(names)  # type: ignore[arg-type]
    return QCoreApplication.translate("ReviewPanel", "Unanswered in {0}: {1} — {2}").format(
        found[1].display_title, len(open_questions), names
    )


_QA_KINDS = (InterventionKind.QUESTION, InterventionKind.ANSWER)
#: More changed interventions than this (a review catching up after its dock was hidden):
#: filter again, one reset, rather than a row signal each.
_MANY = 64
#: Search texts normalised per idle moment (about a millisecond's work).
_WARM_EACH = 250

_FOLLOW_UP = QT_TRANSLATE_NOOP("ReviewPanel", "follow-up")
_QUOTABLE = QT_TRANSLATE_NOOP("ReviewPanel", "quotable")


def _tr(text: str, n: int = -1) -> str:
    """``text`` in the interface's language (context ``ReviewPanel``)."""
    return QCoreApplication.translate("ReviewPanel", text, None, n)


def _row(iv: Intervention, titles: dict[str, str], zone: dt.tzinfo) -> Row:
    when = iv.start or iv.captured_at
    tags = "; ".join(
        titles.get(t) or QCoreApplication.translate("ReviewPanel", "(removed)") for t in iv.tags
    )
    first = iv.summary.strip().splitlines()[0] if iv.summary.strip() else ""
    flags = " ".join(
        _tr(f) for f, on in ((_FOLLOW_UP, iv.follow_up), (_QUOTABLE, iv.quotable)) if on
    )
    extras: dict[int, object] = {}
    if iv.deleted:
        extras[int(Qt.ItemDataRole.ForegroundRole)] = QBrush(colours().finished)
    return Row(
        iv.id,
        (
            iv.id.removeprefix("i-"),  # the capture's number; "i-" is the journal's business
            when.astimezone(zone).strftime("%H:%M"),
            iv.name,
            iv.organization,
            tags,
            labels.intervention_kind(iv.kind),
            first[:200],
            iv.rapporteur,
            flags,
        ),
        tooltip=iv.summary[:2000],
        extras=extras,
    )
