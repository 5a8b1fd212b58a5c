"""The first window: pick a programme (bundled or from a file) and see its outline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from facilitator.core.programme import Programme, ProgrammeError
from facilitator.formats.programmes import read_programme
from facilitator.ui.programme_view import ProgrammeOutline

FILE_FILTER = "Programmes (*.txt *.md *.docx *.toml);;All files (*)"


class ProgrammeWindow(QMainWindow):
    """Bundled programmes on the left, the chosen programme's outline on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Facilitator"))
        self.resize(1200, 760)
        self.programme: Programme | None = None

        self.bundled = QListWidget()
        self.bundled.setAccessibleName(self.tr("Bundled programmes"))
        self.bundled.currentItemChanged.connect(self._bundled_chosen)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.outline = ProgrammeOutline()

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.outline, 1)
        splitter = QSplitter()
        splitter.addWidget(self.bundled)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        self.setCentralWidget(splitter)

        open_action = QAction(self.tr("&Open programme…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_file)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(open_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        for action in (open_action, quit_action):
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
        self._load_bundled()

    def _load_bundled(self) -> None:
        for path in sorted(paths.bundled_programmes_dir().glob("*.toml")):
            try:
                programme = read_programme(path)
            except ProgrammeError:
                continue
            entry = QListWidgetItem(f"{programme.date or ''}  {programme.title}".strip())
            entry.setData(Qt.ItemDataRole.UserRole, str(path))
            entry.setToolTip(programme.title)
            self.bundled.addItem(entry)
        if self.bundled.count():
            self.bundled.setCurrentRow(0)

    def _bundled_chosen(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.open_path(Path(current.data(Qt.ItemDataRole.UserRole)))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open programme"), "", FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Show the programme in ``path``; a bad file gives the importer's message, and nothing
        else changes."""
        try:
            programme = read_programme(path)
        except ProgrammeError as exc:
            QMessageBox.warning(self, self.tr("Cannot open programme"), exc.describe())
            return False
        self.show_programme(programme)
        return True

    def show_programme(self, programme: Programme) -> None:
        self.programme = programme
        self.title.setText(programme.title)
        facts = []
        if programme.date:
            facts.append(programme.date.strftime("%A %d %B %Y"))
        if programme.sittings:
            facts.append("; ".join(f"{s.start:%H:%M}–{s.end:%H:%M}" for s in programme.sittings))
        if programme.venue:
            facts.append(programme.venue)
        if programme.format:
            facts.append(programme.format.value.replace("_", " "))
        self.facts.setText(" · ".join(facts))
        self.outline.show_programme(programme)


def create_main_window(*, database: str | None, smoke_test: bool) -> QMainWindow:
    """The window the app opens with."""
    del database, smoke_test  # the programme browser needs no database
    return ProgrammeWindow()
