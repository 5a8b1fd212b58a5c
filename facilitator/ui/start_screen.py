"""The start screen: reopen a recent meeting, or start a new one from a programme.

Recent meetings show their date, title, status and where they stopped. A new meeting starts from a
bundled programme (``data/programmes``) or from a file (.txt, .md, .docx, .toml); a file that cannot
be read gives the importer's message in a dialog, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from facilitator.ui.button_flow import ButtonFlow
from facilitator.ui.colours import colours
from facilitator.ui.help import add_help_menu
from facilitator.ui.marks import QT_TRANSLATE_NOOP
from facilitator.ui.relanguage import language_menu
from facilitator.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from facilitator.core.programme import Programme
    from facilitator.formats.programme.report import Day, ImportReport
    from facilitator.session import MeetingOverview

FILE_FILTER = QT_TRANSLATE_NOOP(
    "StartScreen", "Programmes (*.txt *.md *.docx *.toml);;All files (*)"
)
Index = QModelIndex | QPersistentModelIndex
#: A meeting's status as the list says it (``MeetingOverview.status``).
STATUSES = {
    "planned": QT_TRANSLATE_NOOP("StartScreen", "planned"),
    "running": QT_TRANSLATE_NOOP("StartScreen", "running"),
    "paused": QT_TRANSLATE_NOOP("StartScreen", "paused"),
    "ended": QT_TRANSLATE_NOOP("StartScreen", "ended"),
    "damaged": QT_TRANSLATE_NOOP("StartScreen", "damaged"),
}


class MeetingsModel(QAbstractTableModel):
    """The recent meetings, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("StartScreen", "Date"),
        QT_TRANSLATE_NOOP("StartScreen", "Title"),
        QT_TRANSLATE_NOOP("StartScreen", "Status"),
        QT_TRANSLATE_NOOP("StartScreen", "Where it stopped"),
    )

    def __init__(self, rows: list[MeetingOverview]) -> None:
        super().__init__()
        self._rows = rows

    def set_rows(self, rows: list[MeetingOverview]) -> None:
        self.beginResetModel()  # the whole list is read again when the screen is shown
        self._rows = rows
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        return self._rows[row].summary.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StartScreen", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return row.date.isoformat() if row.date else ""
            if column == 1:
                return row.title
            if column == 2:
                status = STATUSES.get(row.status)
                return QCoreApplication.translate("StartScreen", status) if status else row.status
            # Imported here: the words bring the meeting's model, which the start screen's first
            # paint does without (the list has rows only once the database is open).
            from facilitator.ui import words

            return words.phrase(row.where)
        return None


class StartScreen(QMainWindow):
    """Choose a meeting to run."""

    meeting_chosen = Signal(int)
    programme_chosen = Signal(object)  # Programme
    rehearsal_chosen = Signal(int)
    rename_requested = Signal(int)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    join_requested = Signal()
    #: View → Language: the app builds the start screen again in it (App.switch_start_language).
    language_chosen = Signal(str)

    def __init__(
        self, meetings: list[MeetingOverview], *, notice: str = "", programmes: bool = True
    ) -> None:
        """``programmes``: list the bundled programmes now; the app's start passes False and
        lists them (:meth:`list_programmes`) right after the screen's first paint."""
        super().__init__()
        self.setObjectName("StartScreen")
        self.setWindowTitle(self.tr("Facilitator"))
        heading = QLabel(self.tr("Facilitator"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        heading.setFont(font)
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.notice.setStyleSheet(f"color: {colours().notice.name()};")

        self.meetings_model = MeetingsModel(meetings)
        self.meetings = QTableView()
        self.meetings.setObjectName("meetings")
        self.meetings.setModel(self.meetings_model)
        self.meetings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings.verticalHeader().hide()
        self.meetings.setWordWrap(False)
        # Cut in the middle: a series' titles share their start ("Constructive Dialogue on the
        # UNTOC and Protocols' review process following…") and differ at their end.
        self.meetings.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.meetings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 280)
        self.meetings.activated.connect(self._meeting_activated)
        open_meeting = QPushButton(self.tr("Open meeting (Enter)"))
        open_meeting.clicked.connect(self.open_selected_meeting)
        self.open_meeting_button = open_meeting
        # What else can be done to the selected meeting: each a button, a key and a menu entry.
        self.meeting_buttons = [open_meeting]
        meeting_menu_actions = []
        for text, keys, signal in (
            (self.tr("&Rehearse"), "Ctrl+R", self.rehearsal_chosen),
            (self.tr("Re&name…"), "F2", self.rename_requested),
            (self.tr("D&uplicate"), "Ctrl+D", self.duplicate_requested),
            (self.tr("&Delete…"), "Del", self.delete_requested),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, sig=signal: self._for_selected(sig))
            self.addAction(action)
            meeting_menu_actions.append(action)
            label = text.replace("&", "").removesuffix("…")
            button = QPushButton(
                f"{label} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.meeting_buttons.append(button)
        self.meeting_actions = meeting_menu_actions
        for button in self.meeting_buttons:
            button.setEnabled(bool(meetings))

        self.import_report: ImportReport | None = None  # of the programme last opened
        self.programmes = QListWidget()
        self.programmes.setObjectName("programmes")
        self.programmes.setWordWrap(True)
        self.programmes.setSpacing(4)
        self.programmes.setAlternatingRowColors(True)
        self.programmes.itemActivated.connect(self._programme_activated)
        if programmes:
            self.list_programmes()
        open_file = QAction(self.tr("Open programme &file…"), self)
        open_file.setShortcut(QKeySequence("Ctrl+O"))
        open_file.setToolTip(
            self.tr("Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)")
        )
        open_file.triggered.connect(self.choose_file)
        self.addAction(open_file)
        file_button = QPushButton(self.tr("Open programme file… (Ctrl+O)"))
        file_button.clicked.connect(open_file.trigger)
        focus_meetings = QAction(self, shortcut=QKeySequence("Ctrl+1"))
        focus_meetings.triggered.connect(self.meetings.setFocus)
        focus_programmes = QAction(self, shortcut=QKeySequence("Ctrl+2"))
        focus_programmes.triggered.connect(self.programmes.setFocus)
        self.addActions([focus_meetings, focus_programmes])
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        join = QAction(self.tr("&Join a meeting on a server…"), self)
        join.setShortcut(QKeySequence("Ctrl+J"))
        join.setToolTip(self.tr("Take a seat at a meeting run on the Secretariat's server"))
        join.triggered.connect(self.join_requested)
        self.addAction(join)
        self.join_action = join
        join_button = QPushButton(self.tr("Join a meeting on a server… (Ctrl+J)"))
        join_button.setAutoDefault(False)
        join_button.clicked.connect(join.trigger)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(open_file)
        menu.addAction(join)
        menu.addSeparator()
        menu.addAction(quit_action)
        meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        meeting_menu.addActions(self.meeting_actions)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = language_menu(view_menu, self.language_chosen.emit)
        add_help_menu(self)

        left = QVBoxLayout()
        left.addWidget(self._caption(self.tr("Recent meetings (Ctrl+1)")))
        left.addWidget(self.meetings, 1)
        row = ButtonFlow()  # in two rows where the screen is narrow (a laptop at 200 %)
        for button in self.meeting_buttons:
            row.add(button)
        left.addWidget(row)
        right = QVBoxLayout()
        right.addWidget(self._caption(self.tr("New meeting from a programme (Ctrl+2)")))
        right.addWidget(self.programmes, 1)
        right.addWidget(file_button)
        right.addWidget(join_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        self.setCentralWidget(central)
        fit_to_screen(self, QSize(1366, 768))
        if meetings:
            self.meetings.selectRow(0)
            self.meetings.setFocus()
        else:
            self.programmes.setCurrentRow(0)
            self.programmes.setFocus()

    def list_programmes(self) -> None:
        """List the bundled programmes (``data/programmes``), each read and checked: one that
        cannot be read is left out."""
        # Start-up: reading them (the programme model, the TOML reader, two files) is 25 ms that
        # the start screen's first paint does without; the app lists them just after it.
        from facilitator.core.programme import ProgrammeError
        from facilitator.formats.programme.files import read_programme

        self.programmes.clear()
        for path in sorted(paths.bundled_programmes_dir().glob("*.toml")):
            try:
                programme = read_programme(path)
            except ProgrammeError:
                continue
            entry = QListWidgetItem(f"{programme.date or ''}  {programme.title}".strip())
            entry.setData(Qt.ItemDataRole.UserRole, str(path))
            entry.setToolTip(programme.title)
            self.programmes.addItem(entry)
        if self.meetings_model.rowCount() == 0:
            self.programmes.setCurrentRow(0)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        return label

    def set_notice(self, notice: str) -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    def set_meetings(self, meetings: list[MeetingOverview], *, select: int | None = None) -> None:
        self.meetings_model.set_rows(meetings)
        for button in self.meeting_buttons:
            button.setEnabled(bool(meetings))
        if select is not None:
            for row, meeting in enumerate(meetings):
                if meeting.summary.id == select:
                    self.meetings.selectRow(row)
                    self.meetings.setFocus()
                    return
        if meetings:
            self.meetings.selectRow(0)
            self.meetings.setFocus()

    def selected_meeting(self) -> int | None:
        index = self.meetings.currentIndex()
        return self.meetings_model.meeting_id(index.row()) if index.isValid() else None

    def _for_selected(self, signal: Signal) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            signal.emit(meeting)  # type: ignore[attr-defined]

    def open_selected_meeting(self) -> None:
        index = self.meetings.currentIndex()
        if index.isValid():
            self.meeting_chosen.emit(self.meetings_model.meeting_id(index.row()))

    def _meeting_activated(self, index: QModelIndex) -> None:
        self.meeting_chosen.emit(self.meetings_model.meeting_id(index.row()))

    def _programme_activated(self, entry: QListWidgetItem) -> None:
        self.open_programme(Path(entry.data(Qt.ItemDataRole.UserRole)))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open programme"), "", self.tr(FILE_FILTER)
        )
        if name:
            self.open_programme(Path(name))

    def open_programme(self, path: Path, *, day: int | None = None) -> Programme | None:
        """Read ``path``; a bad file gives the importer's message and nothing else changes. A
        programme of several days asks which day to import (a meeting is one day)."""
        # Start-up: the importer (its patterns and word lists) is 40 ms of imports before the
        # start screen's first paint; it is needed only once a programme is opened.
        from facilitator.core.programme import ProgrammeError
        from facilitator.formats.programme.importer import SeveralDaysError, import_programme

        try:
            result = import_programme(path, day=day)
        except SeveralDaysError as several:
            chosen = self.choose_day(several.days)
            if chosen is None:
                return None
            return self.open_programme(path, day=chosen)
        except ProgrammeError as exc:
            from facilitator.ui import words

            QMessageBox.warning(
                self, self.tr("Cannot open this programme"), words.programme_problem(exc)
            )
            return None
        self.import_report = result.report
        self.programme_chosen.emit(result.programme)
        return result.programme

    def choose_day(self, days: Sequence[Day]) -> int | None:
        """Ask which day of a programme of several days to import; None when cancelled."""
        from facilitator.ui import words

        labels = [words.sentence(words.phrase(day.phrase)) for day in days]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Which day?"),
            self.tr(
                "This programme covers {n} days. A meeting is one day: choose the day to import"
                " (import the others the same way, as meetings of their own)."
            ).format(n=len(days)),
            labels,
            0,
            False,
        )
        return days[labels.index(label)].number if ok and label in labels else None
