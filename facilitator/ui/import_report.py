"""The import report, shown where the Co-Chairs check an imported programme.

The programme editor shows the report three ways: a tab listing every warning and every line of
the document the importer did not understand (with its line number); a note beside the meeting
fields a warning concerns (the date, the sittings); and, for the item or segment selected, the
document's line it was read from and any warning about it. Nothing here changes the programme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator.formats.programme.report import ImportReport, ImportWarning
from facilitator.ui import words
from facilitator.ui.key_text import keys_text

#: Which meeting field each meeting-level warning concerns.
DATE_CODES = ("two-dates", "no-date")
SITTINGS_CODES = ("no-sittings", "overfull")


def note_label() -> QLabel:
    """A wrapped, plain-text label for a note beside a field (hidden until it has text)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("importNote")
    label.setVisible(False)
    return label


def warning_text(warning: ImportWarning) -> str:
    """A warning as a sentence beside a field, in the interface's language: "⚠ The document
    gives …"."""
    return "⚠ " + words.sentence(words.phrase(warning.phrase))


def set_note(label: QLabel, lines: list[str]) -> None:
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def summary(report: ImportReport | None) -> str:
    """One sentence for the top of the editor: what the import wants checked, or ""."""
    if report is None:
        return ""
    warnings, unread = len(report.warnings), len(report.unread)
    if not warnings and not unread:
        return ""
    if warnings and unread:
        # The class's tr() called on the class (these sentences are not the view's own): the
        # context lupdate gives them, with their plural forms.
        found = ImportReportView.tr("%n warning(s) and {0}", "", warnings).format(  # type: ignore[arg-type]
            ImportReportView.tr("%n line(s) not understood", "", unread)  # type: ignore[arg-type]
        )
    elif warnings:
        found = ImportReportView.tr("%n warning(s)", "", warnings)  # type: ignore[arg-type]
    else:
        found = ImportReportView.tr("%n line(s) not understood", "", unread)  # type: ignore[arg-type]
    # The tab's key as the language gives it its mnemonic ("Import &warnings": Alt+W in English,
    # "A&vertissements de l'importation": Alt+V in French), never a key written in the sentence.
    tab = QCoreApplication.translate("ProgrammeEditor", "Import &warnings")
    return QCoreApplication.translate(
        "ImportReportView",
        "The import has {0}: check them in the Import warnings tab ({1}) before keeping the"
        " programme.",
    ).format(found, keys_text([QKeySequence.mnemonic(tab)]))


class ImportReportView(QWidget):
    """Every warning, then every line not understood, each with its line in the document."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("importReport")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for warning in report.warnings:
            where = self.tr("Line {0}: ").format(warning.line) if warning.line else ""
            self.list.addItem(QListWidgetItem(f"⚠ {where}{warning_text(warning)[2:]}"))
        for line, text in report.unread:
            self.list.addItem(
                QListWidgetItem(self.tr("Line {0}, not understood: {1}").format(line, text))
            )
        if not self.list.count():
            self.list.addItem(
                QListWidgetItem(self.tr("Every line of the document was understood."))
            )
        intro = QLabel(
            self.tr(
                "What the import found to check. Lines not understood are in none of the fields:"
                " copy what matters into the programme by hand."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)

    def entries(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
