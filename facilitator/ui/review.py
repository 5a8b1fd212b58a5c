"""The review of every intervention: filter as you type, open one to edit it, see its history.

The table is a :class:`~facilitator.ui.keyed_model.KeyedTableModel` (row-level signals), fed by
:class:`~facilitator.core.interventions.search.SearchIndex`, which keeps a normalised search text
per intervention so that a keystroke filters 10,000 interventions without re-reading them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
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

from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import InterventionFilter, SearchIndex
from facilitator.core.interventions.values import Intervention
from facilitator.core.participants.values import Category
from facilitator.ui.colours import colours
from facilitator.ui.keyed_model import KeyedTableModel, Row
from facilitator.ui.widgets import FieldKeys

if TYPE_CHECKING:
    from facilitator.core.fold.state import MeetingState

HEADERS = ("#", "Time", "Speaker", "Organization", "Tags", "Kind", "Summary", "By", "Flags")


class ReviewPanel(QWidget):
    """Filters above, the table, the selected intervention's history below."""

    edit_requested = Signal(str)  # intervention id (Enter or double-click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText("Find in summaries, speakers, organizations…")
        self.text.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem("Any kind", None)
        for kind in InterventionKind:
            self.kind.addItem(kind.label, kind)
        self.tag = QComboBox()
        self.tag.addItem("Any tag", None)
        self.category = QComboBox()
        self.category.addItem("Any category", None)
        for category in Category:
            self.category.addItem(category.label, category.value)
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
        self.model = KeyedTableModel(HEADERS)
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
        self.index = SearchIndex()
        self._state: MeetingState | None = None
        self._shown_of: object = None
        # Rows are built once per intervention object: one edit rebuilds one row.
        self._rows: dict[str, tuple[Intervention, Row]] = {}
        self._titles: dict[str, str] = {}
        self._titles_of: object = None
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

    def show_state(self, state: MeetingState) -> None:
        """Refresh when the interventions (or the programme's tags) changed."""
        ivs = interventions_of(state)
        key = (ivs, state.programme)
        if self._shown_of == key:
            return
        self._shown_of = key
        self._state = state
        current_tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("Any tag", None)
        for _, segment in state.programme.segments():
            self.tag.addItem(segment.display_title, segment.id)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        self.tag.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        if self._state is None:
            return
        found = self.index.filter(self._state, self.criteria())
        programme = self._state.programme
        if self._titles_of is not programme:
            self._titles_of = programme
            self._titles = {s.id: s.display_title for _, s in programme.segments()}
            self._rows.clear()
        rows = []
        cache = self._rows
        for iv in found:
            cached = cache.get(iv.id)
            if cached is None or cached[0] is not iv:
                cached = (iv, _row(iv, self._titles, self._state))
                cache[iv.id] = cached
            rows.append(cached[1])
        self.model.set_rows(rows)
        total = len(interventions_of(self._state).live())
        self.count.setText(f"{len(found)} of {total} interventions")
        self._show_history(self.table.currentIndex().row())  # it may have just changed
        self.unanswered.setText(unanswered_words(self._state, self.tag.currentData()))

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
            lines.append(
                f"{when} {change.actor}: {change.action}" + (f" ({fields})" if fields else "")
            )
        self.history.setText("History — " + "; ".join(lines) if lines else "")


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
        return f"No question has been asked yet in {found[1].display_title}."
    if not open_questions:
        return f"Every question of {found[1].display_title} has an answer."
    names = "; ".join(f"#{q.id.removeprefix('i-')} {q.name}" for q in open_questions[:12])
    more = f" and {len(open_questions) - 12} more" if len(open_questions) > 12 else ""
    return f"Unanswered in {found[1].display_title}: {len(open_questions)} — {names}{more}"


def _row(iv: Intervention, titles: dict[str, str], state: MeetingState) -> Row:
    zone = state.programme.zone()
    when = iv.start or iv.captured_at
    tags = "; ".join(titles.get(t, "(removed)") for t in iv.tags)
    first = iv.summary.strip().splitlines()[0] if iv.summary.strip() else ""
    flags = " ".join(f for f, on in (("follow-up", iv.follow_up), ("quotable", iv.quotable)) if on)
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
            iv.kind.label,
            first[:200],
            iv.rapporteur,
            flags,
        ),
        tooltip=iv.summary[:2000],
        extras=extras,
    )
