"""The speakers dock: who has the floor and for how long, who is waiting, the live figures.

The list shown is the current segment's (between segments, the next one's). The table is a
:class:`~facilitator.ui.keyed_model.KeyedTableModel`: rebuilt from the state only when that list
(or the participants, or the programme) is another object than the one shown, and then with
row-level signals (a speaker called, moved or withdrawn is one row). Between events only the
speaker's clock and the figures are repainted, the figures from a
:class:`~facilitator.core.queue.figures.FiguresCache` (each second costs the same at the end of
a long day as at its start).

Everything is reachable from the keyboard; the console owns the actions (see ``QUEUE_ACTIONS`` in
:mod:`facilitator.ui.console`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.agenda.schedule import Schedule
from facilitator.core.agenda.timing import format_clock
from facilitator.core.board import Board
from facilitator.core.participants.values import Participant
from facilitator.core.programme import Programme
from facilitator.core.queue.figures import FiguresCache, HeardGroup, QueueFigures, queue_figures
from facilitator.core.queue.reducer import list_in_view, queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker, SpeakerStatus
from facilitator.ui import labels, words
from facilitator.ui.capacity_bar import cut_at_word
from facilitator.ui.colours import Colours, colours
from facilitator.ui.fair_floor import FairFloorBox
from facilitator.ui.fair_floor_words import group_count, kind_label
from facilitator.ui.keyed_model import KEY_ROLE, Index, KeyedTableModel, Row
from facilitator.ui.marks import QT_TRANSLATE_NOOP
from facilitator.ui.widgets import BigClock, Steady, elided_label

if TYPE_CHECKING:
    from facilitator.core.fold.state import MeetingState

# What separates a guest's name from their organization ("Name, Organization"): the comma of
# every script the interface is typed in (Latin and Cyrillic, Arabic ،, full-width Chinese ，).
# (Not a "#:" comment: lupdate would take it for a note to the translators of HEADERS.)
GUEST_SEPARATORS = (",", "\u060c", "\uff0c")


def split_guest(text: str) -> tuple[str, str] | None:
    """A guest typed as "Name, Organization" (any of :data:`GUEST_SEPARATORS`, the first one
    typed), as (name, organization); None when the text has no separator."""
    found = [i for i in (text.find(sep) for sep in GUEST_SEPARATORS) if i >= 0]
    if not found:
        return None
    at = min(found)
    return text[:at].strip(), text[at + 1 :].strip()


HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("SpeakersPanel", "Speaker"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "Organization"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "Category"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "Where"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "Addresses"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "State"),
    QT_TRANSLATE_NOOP("SpeakersPanel", "Spoke"),
)
_ORDER = {
    SpeakerStatus.SPEAKING: 0,
    SpeakerStatus.PAUSED: 0,
    SpeakerStatus.WAITING: 1,
    SpeakerStatus.DONE: 2,
    SpeakerStatus.WITHDRAWN: 3,
}


#: The list the dock shows: the floor's, else the current segment's, else the next one's.
list_segment = list_in_view


STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 20
ENTRY_MIME = "application/x-facilitator-speaker"


class QueueTableModel(KeyedTableModel):
    """The speakers table: "#" is each waiting speaker's place, computed from the row (the floor
    is on top), so a move or a call changes one row, not every row below it."""

    move_requested = Signal(str, int)  # entry id, 0-based place among those waiting

    def __init__(self) -> None:
        super().__init__(tuple(_tr(header) for header in HEADERS))
        self._floor_rows = 0
        #: The light or dark roles the rows are painted in (the panel sets them with the theme).
        self.roles: Colours = colours()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._floor_rows = sum(
            1
            for r in rows[:2]
            if r.extras.get(STATUS_ROLE) in (SpeakerStatus.SPEAKING, SpeakerStatus.PAUSED)
        )
        super().set_rows(rows)

    # Drag and drop: only waiting speakers move, and only among those waiting. The drop becomes
    # a command (move_requested); the table changes when the event is committed, not before.
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if self._status(index.row()) is SpeakerStatus.WAITING:
            return _MOVABLE
        return _FIXED

    def _status(self, row: int) -> object:
        """The status of the speaker of ``row`` (asked for every cell the view paints)."""
        rows = self._rows
        return rows[row].extras.get(STATUS_ROLE) if 0 <= row < len(rows) else None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        keys = {str(self.key(i.row())) for i in indexes if i.isValid()}
        if len(keys) == 1:
            mime.setData(ENTRY_MIME, QByteArray(keys.pop().encode()))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return data.hasFormat(ENTRY_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        entry_id = bytes(data.data(ENTRY_MIME).data()).decode()
        target = parent.row() if parent.isValid() else (row if row >= 0 else self.rowCount())
        waiting = [
            self.key(r)
            for r in range(self.rowCount())
            if KeyedTableModel.data(self, self.index(r, 0), STATUS_ROLE) is SpeakerStatus.WAITING
        ]
        position = max(0, min(target - self._floor_rows, len(waiting) - 1))
        self.move_requested.emit(entry_id, position)
        return False  # nothing is moved here: the committed event moves the row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES or not index.isValid():
            return None  # the delegate asks a dozen roles a cell as it paints: answer fast
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            if self._status(index.row()) is SpeakerStatus.WAITING:
                return str(index.row() - self._floor_rows + 1)
            return ""
        if role in _COLOUR_ROLES:
            return row_colour(self._status(index.row()), role, self.roles)
        return super().data(index, role)


#: The roles the table answers (every other one is None).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        KEY_ROLE,
        STATUS_ROLE,
    }
)
_COLOUR_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)
_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MOVABLE = _FIXED | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_brushes: dict[tuple[int, object, int], QBrush | None] = {}


def row_colour(status: object, role: int, roles: Colours | None = None) -> QBrush | None:
    """The floor's row stands out, rows that are over recede, in the light or dark ``roles``
    (by default the application palette's), asked at paint time; each brush made once per set
    of roles."""
    roles = roles or colours()
    key = (id(roles), status, role)
    if key not in _brushes:
        _brushes[key] = _row_brush(roles, status, role)
    return _brushes[key]


def _row_brush(roles: Colours, status: object, role: int) -> QBrush | None:
    on_floor = isinstance(status, SpeakerStatus) and status.on_floor
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(roles.floor_row) if on_floor else None
    if on_floor:
        return QBrush(roles.panel_text)
    if status in (SpeakerStatus.DONE, SpeakerStatus.WITHDRAWN):
        return QBrush(roles.finished)
    return None


class SpeakerRows:
    """The table's rows: on the floor first, then those waiting in order, then who spoke, then
    who withdrew. A row is rebuilt only when its entry, its participant or its place changed, so
    one event in a 1,000-speaker list rebuilds one or two rows, not a thousand."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[object, object, int | None, object, Row]] = {}

    def rows(self, state: MeetingState, segment_id: str | None) -> list[Row]:
        if segment_id is None:
            return []
        queue = queue_of(state)
        speakers = queue.list_of(segment_id)
        waiting_place = {entry_id: n for n, entry_id in enumerate(speakers.waiting, 1)}
        programme = state.programme
        cache = self._cache
        entries = sorted(
            speakers.entries.values(),
            key=lambda e: (_ORDER[e.status], waiting_place.get(e.entry_id, 0)),
        )
        rows = []
        for entry in entries:
            participant = queue.participant(entry.participant_id)
            cached = cache.get(entry.entry_id)
            if (
                cached is not None
                and cached[0] is entry
                and cached[1] is participant
                and cached[3] is programme
            ):
                rows.append(cached[4])
                continue
            row = _row(entry, participant, programme)
            cache[entry.entry_id] = (entry, participant, None, programme, row)
            rows.append(row)
        return rows


def _row(entry: Speaker, participant: Participant | None, programme: Programme) -> Row:
    """A row of the table. Its "#" (place in the queue) is not in the row: it changes for every
    row below a move, so :class:`QueueTableModel` works it out when asked."""
    name = participant.name if participant else entry.participant_id
    if entry.kind.interjection:  # "Point of order: Ms. A", marked as such
        name = f"{kind_label(entry.kind)}: {name}" if name else kind_label(entry.kind)
    organization = participant.organization if participant else ""
    category = words.category(participant.category) if participant else ""
    where = words.attendance(participant.attendance) if participant else ""
    spoke = format_clock(int(entry.used.total_seconds())) if entry.runs else ""
    if entry.on_floor:
        spoke = QCoreApplication.translate("SpeakersPanel", "on the floor")
    addresses = "; ".join(_short(_title(programme, a)) for a in entry.addresses)
    extras: dict[int, object] = {STATUS_ROLE: entry.status}
    return Row(
        entry.entry_id,
        (
            "",
            name,
            organization,
            category,
            where,
            addresses,
            labels.speaker_state(entry.status),
            spoke,
        ),
        tooltip=f"{name} ({organization})" + (f" — {entry.note}" if entry.note else ""),
        extras=extras,
    )


def _same(key: tuple[object, ...], old: tuple[object, ...] | None) -> bool:
    """Whether the rows' key is the one shown: the same segment id, and the very same objects
    (list, participants, programme) as before."""
    if old is None or key[0] != old[0]:
        return False
    return all(a is b for a, b in zip(key[1:], old[1:], strict=True))


def _title(programme: Programme, segment_id: str) -> str:
    found = programme.find_segment(segment_id)
    return (
        found[1].display_title
        if found
        else QCoreApplication.translate("SpeakersPanel", "(removed)")
    )


def heard_words(figures: QueueFigures) -> str:
    """Who has been heard today, by category, room/online, and gender and youth where declared:
    "Heard today: 5 NGO · 2 Academia — 4 Room · 3 Online — Women: 3 · Men: 2 — Youth: 2"."""
    if not figures.heard_speakers:
        return QCoreApplication.translate("SpeakersPanel", "Nobody heard yet today.")

    def groups(items: Sequence[HeardGroup]) -> str:
        return " · ".join(
            f"{g.speakers} {labels.board_category(g.label)}" for g in items if g.speakers
        )

    def counted(items: Sequence[HeardGroup]) -> str:
        return " · ".join(group_count(g.key, g.speakers) for g in items if g.speakers)

    parts = [groups(figures.by_category), groups(figures.by_attendance)]
    declared = " · ".join(p for p in (counted(figures.by_gender), counted(figures.by_youth)) if p)
    if declared:
        parts.append(declared)
    return QCoreApplication.translate("SpeakersPanel", "Heard today: {0}").format(
        " — ".join(p for p in parts if p)
    )


def _tr(text: str) -> str:
    """``text`` in the interface's language (context ``SpeakersPanel``)."""
    return QCoreApplication.translate("SpeakersPanel", text)


def _short(title: str) -> str:
    return title if len(title) <= 28 else title[:26] + "…"


class SpeakersPanel(QWidget):
    """The dock's contents."""

    add_requested = Signal(str)  # the text typed in the add line, on Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = elided_label(1.1, bold=True)
        self.speaker_name = elided_label(1.5, bold=True)
        self.speaker_details = elided_label(1.0)
        self.speaker_clock = BigClock(opaque=True)
        self.speaker_clock.setMinimumSize(140, 56)
        self.speaker_clock.setMaximumHeight(90)
        self.speaker_clock.setAccessibleName(self.tr("Speaker clock"))
        self.speaker_words = QLabel()
        self.speaker_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker_words.setMinimumWidth(150)
        self.model = QueueTableModel()
        self.table = QTableView()
        self.table.setObjectName("speakersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Speakers"))
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in {
            0: "000",
            2: "Organization name ok",
            3: "Intergovernmental",
            4: "in the room",
            5: "Standing item 1",
            6: "withdrawn",
            7: "on the floor",
        }.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self._column_widths = {c: self.table.columnWidth(c) for c in range(len(HEADERS))}
        self._name_room = metrics.horizontalAdvance("Ms. Valentina Okonkwo") + 16
        self.table.viewport().installEventFilter(self)
        self.figures = elided_label(0.95)
        self.heard = elided_label(0.9)
        self.heard.setAccessibleName(self.tr("Who has been heard today"))
        self.add_line = QLineEdit()
        self.add_line.setObjectName("addSpeaker")
        self.add_line.setPlaceholderText(
            self.tr("Add a speaker (A): type a name and Enter; a guest as “Name, Organization”")
        )
        self.add_line.setClearButtonEnabled(True)
        self._names = QStringListModel()
        self._participant_ids: dict[str, str] = {}
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_line.setCompleter(completer)
        # Enter in the field, or a name picked from the list (Enter or a click on it): both add.
        self.add_line.returnPressed.connect(lambda: self._submit(self.add_line.text()))
        completer.activated.connect(self._submit)

        floor = QHBoxLayout()
        who = QVBoxLayout()
        who.addWidget(self.speaker_name)
        who.addWidget(self.speaker_details)
        floor.addLayout(who, 3)
        clock = QVBoxLayout()
        clock.addWidget(self.speaker_clock)
        clock.addWidget(Steady(self.speaker_words))
        floor.addLayout(clock, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addLayout(floor)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.figures)
        layout.addWidget(self.heard)
        self.fair = FairFloorBox(self)  # balance and budgets (issue 21)
        layout.addWidget(self.fair)
        layout.addWidget(self.add_line)
        self._submitted = ""
        self._rows_key: tuple[object, ...] | None = None
        self._names_of: object = None
        self._row_builder = SpeakerRows()
        self._figures_cache = FiguresCache()

    def apply_colours(self, roles: Colours) -> None:
        self.model.roles = roles
        self.table.viewport().update()
        for label in (self.figures, self.heard):
            label.setStyleSheet(f"color: {roles.muted.name()};")

    #: Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair
    #: needs at a glance is the place, the name, the stakeholder category and the state; the
    #: category goes last, in a dock too narrow for anything else (a tab on a small screen).
    HIDE_FIRST = (5, 2, 4, 7, 3)  # addresses, organization (in the tooltip), where, spoke

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Hide the least needed columns while the names would be squeezed below
        :attr:`_name_room`; show them again as the dock widens."""
        width = self.table.viewport().width()
        hidden: set[int] = set()
        for column in (None, *self.HIDE_FIRST):
            if column is not None:
                hidden.add(column)
            shown = [c for c in self._column_widths if c != 1 and c not in hidden]
            if sum(self._column_widths[c] for c in shown) + self._name_room <= width:
                break
        for column in self._column_widths:
            hide = column in hidden
            if hide != self.table.isColumnHidden(column):
                self.table.setColumnHidden(column, hide)
                if not hide:
                    self.table.setColumnWidth(column, self._column_widths[column])

    # ------------------------------------------------------------------------------ reading
    def selected_entry(self) -> str | None:
        index = self.table.currentIndex()
        key = self.model.key(index.row()) if index.isValid() else None
        return str(key) if key is not None else None

    def participant_for(self, text: str) -> str | None:
        """The participant id of a completer entry ("Name (Organization)"), if it is one."""
        return self._participant_ids.get(text.strip())

    def matches(self, text: str) -> list[str]:
        """The completer's entries that contain ``text`` (case-insensitive), as the list shows."""
        wanted = text.strip().casefold()
        if not wanted:
            return []
        return [label for label in self._participant_ids if wanted in label.casefold()]

    def resolve(self, text: str) -> str:
        """What a typed text means: an entry as it is, else the one entry it matches (a few
        letters of one registered name need no Down key), else the text itself."""
        text = text.strip()
        if text in self._participant_ids or split_guest(text) is not None:
            return text
        found = self.matches(text)
        return found[0] if len(found) == 1 else text

    def _submit(self, text: str) -> None:
        """Emit :attr:`add_requested` once per Enter or pick (a pick may also end in Enter)."""
        text = text.strip()
        if not text or text == self._submitted:
            return
        self._submitted = text
        QTimer.singleShot(0, self._forget_submitted)  # the same name may be added again later
        self.add_requested.emit(self.resolve(text))

    def _forget_submitted(self) -> None:
        self._submitted = ""

    # ------------------------------------------------------------------------------ updating
    def show_state(
        self, state: MeetingState, now: dt.datetime, board: Board, plan: Schedule | None = None
    ) -> None:
        """Everything that changes with the clock: the floor and the figures; the table, its
        heading and the names only when the list shown, the participants or the programme are
        other objects than those shown (states are immutable: an event that did not touch them
        left them as they were). ``plan``: the schedule at ``now``, if worked out."""
        segment_id = list_segment(state)
        queue = queue_of(state)
        shown = queue.lists.get(segment_id) if segment_id is not None else None
        key = (segment_id, shown, queue.participants, state.programme)
        if not _same(key, self._rows_key):
            self._rows_key = key
            selected = self.selected_entry()
            self.model.set_rows(self._row_builder.rows(state, segment_id))
            if selected is not None and (row := self.model.row_of(selected)) is not None:
                self.table.selectRow(row)
            self._update_names(queue_of(state))
            self._update_heading(state, segment_id)
        self._update_floor(board)
        on_floor = queue.floor_speaker()
        if on_floor is not None and on_floor.kind.interjection:  # "Point of order: Ms. A"
            name = f"{kind_label(on_floor.kind)}: {board.speaker_name}".rstrip(": ")
            if self.speaker_name.text() != name:
                self.speaker_name.setText(name)
        figures = queue_figures(state, now, segment_id, plan, self._figures_cache)
        self.figures.setText(words.figures_line(figures) if segment_id else "")
        self.heard.setText(heard_words(figures))
        self.fair.refresh(state, now, segment_id)

    def _update_heading(self, state: MeetingState, segment_id: str | None) -> None:
        if segment_id is None:
            self.heading.setText(self.tr("Speakers"))
            return
        speakers = queue_of(state).list_of(segment_id)
        found = state.programme.find_segment(segment_id)
        # A programme's own sentence can run to three lines: the dock cuts it at a word and keeps
        # the whole title in its tooltip.
        title = cut_at_word(found[1].display_title, 64) if found else self.tr("(removed segment)")
        self.heading.setToolTip(found[1].display_title if found else "")
        heading = (
            self.tr("Speakers — {0} · limit {1} · list closed")
            if speakers.closed
            else self.tr("Speakers — {0} · limit {1} · list open")
        )
        self.heading.setText(heading.format(title, format_clock(speakers.limit_seconds)))

    def _update_floor(self, board: Board) -> None:
        if board.speaker_entry_id is None:
            self.speaker_name.setText(self.tr("Nobody has the floor"))
            self.speaker_details.setText(
                self.tr("%n waiting", "", board.waiting_count)
                + (self.tr(" · list closed") if board.list_closed else "")
            )
            self.speaker_clock.set_time("--:--", None)
            self.speaker_words.setText("")
            if self.speaker_words.styleSheet():
                self.speaker_words.setStyleSheet("")
            return
        self.speaker_name.setText(board.speaker_name)
        self.speaker_details.setText(words.speaker_details(board))
        self.speaker_clock.set_time(board.speaker_clock, board.speaker_phase)
        self.speaker_words.setText(words.speaker_words(board))
        colour = colours(self.palette()).badge[board.speaker_phase].name()
        sheet = (
            f"QLabel {{ background: {colour}; color: white; border-radius: 4px;"
            " padding: 2px 8px; }"
        )
        if sheet != self.speaker_words.styleSheet():  # a new style sheet re-polishes the label
            self.speaker_words.setStyleSheet(sheet)

    def _update_names(self, queue: QueueState) -> None:
        """The completer's names, rebuilt only when the participants changed (10,000 of them)."""
        if self._names_of is queue.participants:
            return
        self._names_of = queue.participants
        labels: dict[str, str] = {}
        for participant in queue.participants.by_id.values():
            label = participant.display
            labels.setdefault(label, participant.id)
        if set(labels) != set(self._participant_ids):
            self._participant_ids = labels
            self._names.setStringList(sorted(labels, key=str.casefold))
