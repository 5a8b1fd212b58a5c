"""Export the session record from the app: format, mode, sections, a preview, then the files.

Opened from the console (File → Export record…) as a non-modal window, so the meeting's clocks and
the console's keys keep working while it is open. The record is built on the GUI thread (the
meeting's state lives there and building it is fast); the files are written by an
:class:`ExportThread`, so a long export shows a busy bar and never freezes the window. PDF too:
QTextDocument and QPainter on a QPdfWriter/QPrinter are documented as usable outside the GUI thread
(each export creates its own objects).

What it remembers (in the app's settings): the last folder written to, the format and the mode.
The sections start all ticked every time: leaving one out is a choice made per export.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.errors import CommandError
from facilitator.core.record import ALL_SECTIONS, Record, Section, build_record, vocabulary
from facilitator.formats.record import export as record_export
from facilitator.formats.record.export import FORMATS, ExportFormat, export_format
from facilitator.formats.record.files import ExportError
from facilitator.ui.colours import colours
from facilitator.ui.screen_fit import fit_to_screen
from facilitator.ui.settings import app_settings

if TYPE_CHECKING:
    from facilitator.core.journal.record import EventRecord
    from facilitator.core.programme import Programme
    from facilitator.ui.controller import MeetingController

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"
MODE_KEY = "export/mode"  # "attributed" or "unattributed"
PREVIEW_DELAY_MS = 250


def _style(colour: QColor) -> str:
    """A label's text colour (a role of ui/colours.py)."""
    return f"QLabel {{ color: {colour.name()}; }}"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL | re.IGNORECASE)
_PICTURE_SCHEME = "record-picture"
_WEAK_ENDINGS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def file_stem(title: str, date: dt.date | None, limit: int = 40) -> str:
    """A file name for the record, without suffix: "2024-07-10 Constructive Dialogue on the UNTOC"
    (the date, then the title cut at a word within ``limit`` characters, safe on every system)."""
    words = _UNSAFE.sub(" ", title).split()
    short = ""
    for word in words:
        candidate = f"{short} {word}".strip()
        if len(candidate) > limit:
            break
        short = candidate
    if not short and words:
        short = words[0][:limit]
    kept = short.split()
    while len(kept) > 1 and kept[-1].lower() in _WEAK_ENDINGS:
        kept.pop()
    short = " ".join(kept).rstrip(" .")  # Windows refuses a name ending in a dot or a space
    stem = f"{date.isoformat()} {short}".strip() if date is not None else short
    return stem or "Session record"


def with_suffix(text: str, suffix: str) -> str:
    """``text`` (a path as typed) ending in ``suffix``: another format's suffix is replaced, a
    name without one gets it; anything else typed is kept."""
    known = {f.suffix for f in FORMATS}
    name = Path(text).name
    if not name or text.endswith(("/", "\\")):
        return text
    current = Path(name).suffix
    if current.lower() == suffix:
        return text
    if current.lower() in known:
        return text[: -len(current)] + suffix
    return text + suffix


def documents_folder() -> Path:
    """The user's documents folder where there is one (many a Linux account has no
    ``~/Documents``), else the home folder: a default that can always be written to."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def log_crash() -> Path:
    """Log the exception being handled the way the command line does (``crash.log`` in the log
    folder) and return the log's path."""
    from facilitator.crash_log import log_crash

    return log_crash()


class ExportThread(QThread):
    """Writes one export off the GUI thread; exactly one of its three signals follows ``run``."""

    written = Signal(object)  # list[Path]
    refused = Signal(str)  # an ExportError's message
    crashed = Signal(str, str)  # what went wrong, the crash log's path

    def __init__(
        self,
        record: Record,
        key: str,
        path: Path,
        *,
        programme: Programme | None,
        journal: Sequence[EventRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.key = key
        self.path = path
        self.programme = programme
        self.journal = journal
        self.worker_ident: int | None = None  # the thread that wrote (tests check it)

    def run(self) -> None:
        self.worker_ident = threading.get_ident()
        try:
            written = record_export.export_record(
                self.record, self.key, self.path, programme=self.programme, journal=self.journal
            )
        except ExportError as exc:
            self.refused.emit(str(exc))
        except Exception as exc:  # the user gets a sentence, the log gets the traceback
            log = log_crash()
            self.crashed.emit(f"{type(exc).__name__}: {exc}", str(log))
        else:
            self.written.emit(list(written))


class RecordPreview(QTextBrowser):
    """A read-only rendering of the record's HTML that never loads anything: no link is followed,
    no resource is fetched, whatever the captured text says. The one exception is the record's
    own pictures: Qt's rich text cannot draw inline SVG (the chart), so :meth:`show_html` swaps
    each ``<svg>`` for an image that this widget draws from memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._pictures: dict[str, bytes] = {}

    def show_html(self, text: str) -> None:
        """Show ``text`` (the record's HTML), keeping the reader's place."""
        pictures: dict[str, bytes] = {}

        def picture(match: re.Match[str]) -> str:
            name = f"{_PICTURE_SCHEME}:{len(pictures)}"
            pictures[name] = match.group(0).encode("utf-8")
            return f'<img src="{name}">'

        # Every captured string in the record's HTML is escaped, so "<svg" is only ever ours.
        text = _SVG.sub(picture, text)
        self._pictures = pictures
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        bar.setValue(position)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        key = name.toString() if isinstance(name, QUrl) else str(name)
        data = self._pictures.get(key)
        if data is None:
            return None
        image = QImage.fromData(data)  # an SVG, told by its content
        return None if image.isNull() else image


class ExportDialog(QDialog):
    """Choose a format, the mode and the sections; see the record; write it in the background."""

    exported = Signal(object)  # list[Path], after a successful export
    export_ended = Signal()  # after every export, once the dialog shows how it ended
    preview_updated = Signal()
    #: An export that ended after the dialog was closed: (sentence, is_error), for the console.
    notice = Signal(str, bool)

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export the session record"))
        self.setModal(False)
        self._thread: ExportThread | None = None
        self._mode = ""  # the mode of the export under way
        self.last_worker_ident: int | None = None
        self.last_written: list[Path] = []
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        settings = app_settings()
        saved_folder = settings.value(FOLDER_KEY)
        self._folder = (
            Path(saved_folder)
            if isinstance(saved_folder, str) and saved_folder and Path(saved_folder).is_dir()
            else documents_folder()
        )
        saved_format = settings.value(FORMAT_KEY)
        keys = [f.key for f in FORMATS]
        start_key = saved_format if saved_format in keys else keys[0]
        attributed = settings.value(MODE_KEY) != "unattributed"

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._build_formats(start_key))
        left.addWidget(self._build_mode(attributed))
        left.addWidget(self._build_sections())
        left.addStretch(1)
        path_row = self._build_path(start_key)
        choices = QWidget()
        choices.setLayout(left)
        # On a short screen (a laptop at 150 % or 200 %) the choices scroll, rather than push the
        # Export button below the taskbar.
        left_box = QScrollArea()
        left_box.setWidget(choices)
        left_box.setWidgetResizable(True)
        left_box.setFrameShape(QFrame.Shape.NoFrame)
        left_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_box.setMinimumWidth(choices.minimumSizeHint().width() + 20)
        left_box.setMaximumWidth(480)
        left_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        right = QVBoxLayout()
        preview_label = QLabel(self.tr("&Preview"))
        font = preview_label.font()
        font.setBold(True)
        preview_label.setFont(font)
        self.preview = RecordPreview()
        self.preview.setObjectName("exportPreview")
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Preview of the record"))
        self.preview.setMinimumSize(300, 160)
        preview_label.setBuddy(self.preview)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_note.setStyleSheet(_style(colours().muted))
        right.addWidget(preview_label)
        right.addWidget(self.preview_note)
        right.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(left_box)
        body.addLayout(right, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: one file is written at a time, its size unknown
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName(self.tr("Export in progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.hide()
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.setToolTip(self.tr("Show the files written in the file manager"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Write the record (Enter)"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(body, 1)
        layout.addLayout(path_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._set_tab_order()
        self.format_buttons.idToggled.connect(self._format_toggled)
        self.attributed.toggled.connect(lambda _on: self.schedule_preview())
        for box in self.section_boxes.values():
            box.toggled.connect(lambda _on: self.schedule_preview())
        self.path_edit.textChanged.connect(lambda _text: self._show_path_hint())
        controller.state_changed.connect(self._state_changed)  # a method: gone with the window
        self._format_changed(update_path=False)
        self.refresh_remaining()
        self.remaining.itemChanged.connect(lambda _item: self.schedule_preview())
        fit_to_screen(self, QSize(1100, 720))

    # ------------------------------------------------------------------------------ building
    def _build_formats(self, start_key: str) -> QGroupBox:
        group = QGroupBox(self.tr("&Format"))
        layout = QVBoxLayout(group)
        self.format_buttons = QButtonGroup(self)
        self.format_radios: dict[str, QRadioButton] = {}
        for number, fmt in enumerate(FORMATS):
            radio = QRadioButton(fmt.label.replace("&", "&&"))
            radio.setObjectName(f"format_{fmt.key}")
            radio.setChecked(fmt.key == start_key)
            self.format_buttons.addButton(radio, number)
            self.format_radios[fmt.key] = radio
            layout.addWidget(radio)
        return group

    def _build_mode(self, attributed: bool) -> QGroupBox:
        group = QGroupBox(self.tr("&Mode"))
        layout = QVBoxLayout(group)
        self.attributed = QRadioButton(self.tr("&Attributed: speakers by name and organization"))
        self.unattributed = QRadioButton(self.tr("&Unattributed (Chatham House rule)"))
        (self.attributed if attributed else self.unattributed).setChecked(True)
        note = QLabel(
            self.tr(
                "Unattributed: no name or organization appears anywhere, summaries included; "
                "speakers are shown by stakeholder category."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(_style(colours().muted))
        note.setContentsMargins(22, 0, 0, 0)
        layout.addWidget(self.attributed)
        layout.addWidget(self.unattributed)
        layout.addWidget(note)
        # No redaction knows a name nobody registered: what still looks like one is listed here,
        # ticked to be withheld; the rapporteur unticks what may stay.
        self.remaining_label = QLabel(
            self.tr("Still looks like a name or an organization (ticked: withheld):")
        )
        self.remaining_label.setWordWrap(True)
        self.remaining = QListWidget()
        self.remaining.setObjectName("remainingNames")
        self.remaining.setAccessibleName(self.tr("Names left in the summaries"))
        self.remaining.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        layout.addWidget(self.remaining_label)
        layout.addWidget(self.remaining)
        self.unattributed.toggled.connect(lambda _on: self.refresh_remaining())
        return group

    def withheld(self) -> list[str]:
        """The strings ticked to be withheld in an unattributed record."""
        return [
            self.remaining.item(row).text()
            for row in range(self.remaining.count())
            if self.remaining.item(row).checkState() == Qt.CheckState.Checked
        ]

    def refresh_remaining(self) -> None:
        """List what still looks like a name in an unattributed record (kept ticks stay)."""
        shown = not self.is_attributed()
        ticks = {
            self.remaining.item(r).text(): self.remaining.item(r).checkState()
            for r in range(self.remaining.count())
        }
        names: list[str] = []
        if shown:
            state = self.controller.state
            record = build_record(state, self.controller.now(), attributed=False)
            names = record.remaining_names(vocabulary(state.programme))
        self.remaining.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(ticks.get(name, Qt.CheckState.Checked))
            self.remaining.addItem(item)
        for widget in (self.remaining_label, self.remaining):
            widget.setVisible(bool(names))

    def _build_sections(self) -> QGroupBox:
        group = QGroupBox(self.tr("&Sections"))
        layout = QVBoxLayout(group)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(section.label.replace("&", "&&"))
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            self.section_boxes[section] = box
            layout.addWidget(box)
        self.sections_note = QLabel(
            self.tr("CSV and JSON are always complete: every section is exported.")
        )
        self.sections_note.setWordWrap(True)
        self.sections_note.setStyleSheet(_style(colours().muted))
        layout.addWidget(self.sections_note)
        return group

    def _build_path(self, start_key: str) -> QGridLayout:
        label = QLabel(self.tr("Sa&ve to:"))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("File to write"))
        label.setBuddy(self.path_edit)
        fmt = export_format(start_key)
        state = self.controller.state
        stem = file_stem(
            state.programme.title, state.programme.date or self.controller.now().date()
        )
        self.path_edit.setText(str(self._folder / f"{stem}{fmt.suffix}"))
        self.path_edit.setCursorPosition(0)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.setToolTip(self.tr("Choose the folder and the file name"))
        self.browse_button.clicked.connect(self.browse)
        self.path_hint = QLabel()
        self.path_hint.setWordWrap(True)
        self.path_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.path_hint.setStyleSheet(_style(colours().muted))
        self.path_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.path_hint, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.format_radios.values(),
            self.attributed,
            self.unattributed,
            *self.section_boxes.values(),
            self.preview,
            self.path_edit,
            self.browse_button,
            self.open_folder_button,
            self.export_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------------------ reading
    def format(self) -> ExportFormat:
        return FORMATS[max(self.format_buttons.checkedId(), 0)]

    def set_format(self, key: str) -> None:
        self.format_radios[key].setChecked(True)

    def is_attributed(self) -> bool:
        return self.attributed.isChecked()

    def sections(self) -> frozenset[Section]:
        """The sections the file will hold (every one for CSV and JSON)."""
        if not self.format().document:
            return ALL_SECTIONS
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def target_path(self) -> Path | None:
        """The path typed (a relative one is taken in the last folder), or None when empty."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self._folder / path

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def build(self) -> Record:
        """The record as it will be written: now, in the chosen mode, with the chosen sections."""
        record = build_record(
            self.controller.state,
            self.controller.now(),
            attributed=self.is_attributed(),
            withheld=() if self.is_attributed() else self.withheld(),
        )
        return record.only(self.sections())

    # ------------------------------------------------------------------------------ reacting
    def _format_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._format_changed(update_path=True)

    def _format_changed(self, *, update_path: bool) -> None:
        fmt = self.format()
        for box in self.section_boxes.values():
            box.setEnabled(fmt.document)
        self.sections_note.setVisible(not fmt.document)
        if update_path:
            text = self.path_edit.text()
            if text.strip():
                self.path_edit.setText(with_suffix(text, fmt.suffix))
        self._show_path_hint()
        self.schedule_preview()

    def _show_path_hint(self) -> None:
        fmt = self.format()
        path = self.target_path()
        hint = ""
        if path is not None and fmt.several_files:
            from facilitator.formats.record.csv_writer import csv_paths

            names = ", ".join(p.name for p in csv_paths(path).values())
            hint = self.tr("Three files: {0}.").format(names)
        elif path is not None and path.is_dir():
            hint = self.tr("This is a folder: add a file name.")
        elif path is not None and path.exists():
            hint = self.tr("A file with this name exists and will be replaced.")
        self.path_hint.setText(hint)
        self.path_hint.setVisible(bool(hint))
        self._show_preview_note()

    def _show_preview_note(self) -> None:
        fmt = self.format()
        if fmt.several_files:
            note = self.tr("Preview shows the content; the files are {0}.").format(fmt.label)
        else:
            note = self.tr("Preview shows the content; the file is {0}.").format(fmt.label)
        if fmt.document and not self.sections():
            note += " " + self.tr("Tick at least one section.")
        self.preview_note.setText(note)

    def _state_changed(self, _state: object) -> None:
        if self.isVisible():
            self.schedule_preview()

    def schedule_preview(self) -> None:
        """Refresh the preview once the choices settle (a burst of changes refreshes once)."""
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        from facilitator.formats.record.html_writer import html_text

        self._preview_timer.stop()
        self._show_preview_note()
        try:
            text = html_text(self.build())
        except Exception as exc:  # never a traceback in the window: a sentence, and the log
            log = log_crash()
            self.preview.setPlainText(
                self.tr("The preview could not be shown ({0}). The details are in {1}.").format(
                    f"{type(exc).__name__}: {exc}", log
                )
            )
            self.preview_updated.emit()
            return
        self.preview.show_html(text)
        self.preview_updated.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Fill the preview as soon as the window is painted (the meeting may have moved on since
        # it was last shown), without waiting for the debounce; and what may still name people.
        QTimer.singleShot(0, self.refresh_preview)
        QTimer.singleShot(0, self.refresh_remaining)

    # ------------------------------------------------------------------------------ actions
    def browse(self) -> None:
        fmt = self.format()
        current = self.target_path() or self._folder
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the session record"),
            str(current),
            f"{fmt.label} (*{fmt.suffix})",
        )
        if chosen:
            self.path_edit.setText(with_suffix(chosen, fmt.suffix))

    def export(self) -> None:
        """Build the record now and write it in the background (Enter)."""
        if self.busy:
            return
        fmt = self.format()
        path = self.target_path()
        if path is None:
            self._show_status(self.tr("Choose where to save the record."), error=True)
            self.path_edit.setFocus()
            return
        if fmt.document and not self.sections():
            self._show_status(self.tr("Tick at least one section to export."), error=True)
            return
        try:
            record = self.build()
            programme: Programme | None = None
            journal: Sequence[EventRecord] = ()
            if fmt.key == "json":  # re-importable: the programme as created and every event
                journal = self.controller.session.journal()
                programme = self.controller.session.original_programme
        except CommandError as exc:
            self._show_status(str(exc), error=True)
            return
        except Exception as exc:
            message = getattr(exc, "message", None)
            if _is_store_error(exc) and isinstance(message, str):
                self._show_status(message, error=True)
            else:
                self._crashed(f"{type(exc).__name__}: {exc}", str(log_crash()))
            return
        thread = ExportThread(
            record, fmt.key, path, programme=programme, journal=journal, parent=self
        )
        self._mode = "attributed" if self.is_attributed() else "unattributed"  # as exported
        thread.written.connect(self._written)
        thread.refused.connect(self._refused)
        thread.crashed.connect(self._crashed)
        thread.finished.connect(self._thread_finished)
        self._thread = thread
        self._set_busy(True)
        self._show_status(self.tr("Writing {0}…").format(path.name), error=None)
        thread.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.export_button.setEnabled(not busy)
        if busy:
            self.open_folder_button.hide()

    def _show_status(self, text: str, *, error: bool | None) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(
            _style(colours().error_text)
            if error
            else _style(colours().done)
            if error is False
            else "QLabel { }"
        )
        self.status.setVisible(bool(text))

    def _written(self, written: list[Path]) -> None:
        self.last_written = list(written)
        folder = written[0].parent if written else None
        if folder is not None and self._thread is not None:
            # What was exported, even if the choices were changed while it was written.
            settings = app_settings()
            settings.setValue(FOLDER_KEY, str(folder))
            settings.setValue(FORMAT_KEY, self._thread.key)
            settings.setValue(MODE_KEY, self._mode)
            settings.sync()
            self._folder = folder
        if len(written) == 1:
            text = self.tr("Saved: {0}").format(written[0])
        else:
            names = "\n".join(f"  {p.name}" for p in written)
            text = self.tr("Saved {0} files in {1}:\n{2}").format(len(written), folder, names)
        self._show_status(text, error=False)
        self.open_folder_button.setVisible(folder is not None)
        self._show_path_hint()
        self.exported.emit(list(written))
        if not self.isVisible() and written:
            self.notice.emit(self.tr("Record exported: {0}").format(written[0]), False)

    def _refused(self, message: str) -> None:
        self._show_status(message, error=True)
        if not self.isVisible():
            self.notice.emit(self.tr("The record was not exported: {0}").format(message), True)

    def _crashed(self, what: str, log: str) -> None:
        message = self.tr(
            "Something unexpected went wrong and the record was not exported ({0}). "
            "The details are in {1}."
        ).format(what, log)
        self._show_status(message, error=True)
        if not self.isVisible():
            self.notice.emit(message, True)

    def _thread_finished(self) -> None:
        thread = self._thread
        self._thread = None
        if thread is not None:
            thread.wait()
            self.last_worker_ident = thread.worker_ident
            thread.deleteLater()
        self._set_busy(False)
        self.export_ended.emit()

    def open_folder(self) -> bool:
        """Show the folder of the files just written in the system's file manager."""
        if not self.last_written:
            return False
        folder = self.last_written[0].parent
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self._show_status(self.tr("Could not open the folder {0}.").format(folder), error=True)
        return False

    def shutdown(self) -> None:
        """The console is closing: let an export under way finish (it cannot be half-written),
        then close."""
        if self._thread is not None:
            self._thread.wait()
        self.close()


def _is_store_error(exc: BaseException) -> bool:
    import sys

    errors = sys.modules.get("facilitator.store.errors")
    return errors is not None and isinstance(exc, errors.StoreError)
