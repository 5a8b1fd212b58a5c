"""Importing a registration list: pick the file, check the column mapping, read the report, import.

Nothing reaches the meeting until *Import*: the report is computed in full first, and the console
journals every accepted participant in one event (undoable as one step), or nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.queue.reducer import queue_of
from facilitator.formats.registration.lists import (
    FIELD_LABELS,
    FIELDS,
    ImportReport,
    Mapping,
    RegistrationError,
    Table,
    guess_mapping,
    import_registrations,
    read_table,
)
from facilitator.formats.registration.table import column_letter
from facilitator.ui import labels, words
from facilitator.ui.marks import QT_TRANSLATE_NOOP
from facilitator.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from facilitator.core.fold.state import MeetingState

FILTER = QT_TRANSLATE_NOOP(
    "RegistrationDialog", "Registration lists (*.csv *.xlsx *.txt);;All files (*)"
)


class RegistrationDialog(QDialog):
    """Column mapping and report for one registration file."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import registrations"))
        self.existing = tuple(queue_of(state).participants.by_id.values())
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.source = ""
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose a file… (Ctrl+O)"))
        choose.setAutoDefault(False)  # Enter imports; it never reopens the file chooser
        choose.clicked.connect(self.choose_file)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in FIELDS:
            combo = QComboBox()
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._remap)
            self.combos[field] = combo
            form.addRow(
                self.tr("{0}:").format(
                    labels.registration_field(field, FIELD_LABELS.get(field, field))
                ),
                combo,
            )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Rows not taken"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Rows not taken, duplicates and values not understood:")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(760, 620))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Registration list"), "", self.tr(FILTER)
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read ``path``, guess the mapping and show the report; a bad file is said in words."""
        try:
            table = read_table(path)
        except RegistrationError as exc:
            self.table, self.report = None, None
            self.file_label.setText(self.problem(exc))
            self.summary.setText("")
            self.problems.clear()
            self.import_button.setEnabled(False)
            return False
        self.table, self.source = table, str(path)
        self.file_label.setText(
            self.tr("{0}: {1} rows, {2} columns").format(
                path.name, len(table.rows), len(table.headers)
            )
        )
        mapping = guess_mapping(table.headers, table.rows[:200])
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column, header in enumerate(table.headers):
                if column in table.unnamed or not header:  # "Colonne B": the sheet's letter
                    header = self.tr("Column {0}").format(column_letter(column))
                combo.addItem(header, column)
            chosen = mapping.column(field)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.setEnabled(True)
            combo.blockSignals(False)
        self._remap()
        return True

    def mapping(self) -> Mapping:
        mapping = Mapping()
        for field, combo in self.combos.items():
            mapping = mapping.with_column(field, combo.currentData())
        return mapping

    def _remap(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        if not mapping.complete:
            self.report = None
            missing = ", ".join(
                labels.registration_field(f, FIELD_LABELS.get(f, f)) for f in mapping.missing()
            )
            self.summary.setText(self.tr("Choose the column for: {0}.").format(missing))
            self.problems.clear()
            self.import_button.setEnabled(False)
            return
        try:
            report = import_registrations(self.table, mapping, existing=self.existing)
        except RegistrationError as exc:
            self.report = None
            self.summary.setText(self.problem(exc))
            self.import_button.setEnabled(False)
            return
        self.report = report
        self.summary.setText(self.summary_text(report))
        self.problems.clear()
        for row, why in (
            *((r.row_number, r.phrase) for r in report.rejected[:500]),
            *((d.row_number, d.phrase) for d in report.duplicates[:500]),
            *((n.row_number, n.phrase) for n in report.notes[:500]),
        ):
            self.problems.addItem(self.tr("Row {0}: {1}").format(row, words.phrase(why)))
        self.import_button.setEnabled(bool(report.participants))

    def problem(self, exc: RegistrationError) -> str:
        """Why the list cannot be read or imported, with its file, in the interface's language
        (``describe()`` is the terminal's English)."""
        reason = words.phrase(exc.phrase)
        if exc.source and exc.row:
            return self.tr("{0}, row {1}: {2}").format(exc.source, exc.row, reason)
        if exc.source:
            return self.tr("{0}: {1}").format(exc.source, reason)
        return words.sentence(reason)

    def summary_text(self, report: ImportReport) -> str:
        """The report in one sentence, with the language's plural forms: "250 participants to
        import from list.xlsx; 2 rows rejected." (``report.summary`` is the English)."""
        name = Path(report.source).name if report.source else self.tr("the list")
        taken = len(report.participants)
        parts = [
            self.tr("%n participant(s) to import from {0}", "", taken).format(name)
            if taken
            else self.tr("No participant to import from {0}").format(name)
        ]
        if report.rejected:
            parts.append(self.tr("%n row(s) rejected", "", len(report.rejected)))
        if report.duplicates:
            parts.append(self.tr("%n duplicate(s) left out", "", len(report.duplicates)))
        if report.notes:
            parts.append(
                self.tr("%n value(s) not understood (defaults used)", "", len(report.notes))
            )
        return self.tr("{0}.").format(self.tr("; ").join(parts))  # "。" in Chinese
