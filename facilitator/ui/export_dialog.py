"""Export the session record from the app: format, mode, sections, a preview, then the files.

Opened from the console (File → Export record…) as a non-modal window, so the meeting's clocks and
the console's keys keep working while it is open. Nothing slow happens in the app's process while
it is: the record is built, previewed and rendered by a **process of its own**
(:mod:`facilitator.formats.record.record_process`), started when the window is shown, which keeps
a mirror of the meeting (sent the journal once, then each event as it is committed). Measured, a
thread was not enough: Python runs one thread at a time, so a worker building 2,000 interventions
stretched a capture on the GUI thread from 14 ms to 120 ms, and Qt's PDF layout, in C++, kept the
GUI thread's Python waiting 0.7 s.

- The **preview** is asked for only while the window is shown, once the choices settle, and at
  most once a second however fast the meeting moves (the last change is always shown). The GUI
  thread only sets its HTML, which is kept short: a long record's preview stops after
  :data:`~facilitator.formats.record.preview.ENTRIES` entries and
  :data:`~facilitator.formats.record.preview.ROWS` rows per table, and the note above it says so
  (Qt takes a second to set the HTML of 2,000 interventions, on the thread that paints the
  clocks). In an unattributed record the process also lists what still looks like a name.
- The **files**: an :class:`ExportThread` asks the process for their bytes and writes them,
  atomically, so a long export shows a busy bar and never freezes the window, and a process that
  dies leaves nothing half-written.

What it remembers (in the app's settings): the last folder written to, the format and the mode.
The sections start all ticked every time: leaving one out is a choice made per export.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import math
import re
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    QSize,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QHideEvent,
    QImage,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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

from facilitator.core.record import ALL_SECTIONS, Record, Section
from facilitator.formats.record import export as record_export
from facilitator.formats.record.catalogue import COMPLETE, LANGUAGES
from facilitator.formats.record.catalogue import DEFAULT as DEFAULT_LANGUAGE
from facilitator.formats.record.export import FORMATS, ExportFormat, export_format
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.preview import ENTRIES, ROWS, Preview
from facilitator.formats.record.record_process import (
    Crashed,
    FilesReply,
    OutOfStep,
    PreviewReply,
    RecordOptions,
    RecordProcess,
    Refused,
    Reply,
)
from facilitator.ui import labels
from facilitator.ui.colours import colours
from facilitator.ui.screen_fit import fit_to_screen
from facilitator.ui.settings import app_settings

if TYPE_CHECKING:
    from facilitator.core.journal.record import EventRecord
    from facilitator.ui.controller import MeetingController

FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"
MODE_KEY = "export/mode"  # "attributed" or "unattributed"
LANGUAGE_KEY = "export/language"  # the record's language: "en", "fr"… (catalogue.LANGUAGES)
#: How long the choices must settle (a few boxes unticked in a row) before the preview is built.
PREVIEW_SETTLE_MS = 250
#: The preview is built at most once per this interval, however fast captures come in.
PREVIEW_INTERVAL_MS = 1000
#: A long record's preview stops after this many entries and rows per table (see
#: formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts).
PREVIEW_ENTRIES = ENTRIES
PREVIEW_ROWS = ROWS


def _style(colour: QColor) -> str:
    """A label's text colour (a role of ui/colours.py)."""
    return f"QLabel {{ color: {colour.name()}; }}"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL | re.IGNORECASE)
_PICTURE_SCHEME = "record-picture"
#: Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that
#: holds a zero-width space.
_SEAM = '<p style="margin: 0">&#8203;</p>'


def _seam_formats() -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The seam's paragraph and character formats, made when needed (not at import, which may
    come before the Qt application exists)."""
    block = QTextBlockFormat()
    block.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    chars = QTextCharFormat()
    chars.setFontPointSize(1)
    return block, chars


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


def log_crash(error: BaseException | None = None) -> Path:
    """Log the exception being handled (or ``error``, caught on another thread) the way the
    command line does (``crash.log`` in the log folder) and return the log's path."""
    from facilitator.crash_log import log_crash

    return log_crash(error)


def _failure(error: BaseException) -> tuple[str, str | None]:
    """What the window says of an error met on another thread: the store's own sentence (no
    log: it is not a bug), or what went wrong and the crash log with its traceback."""
    message = getattr(error, "message", None)
    if _is_store_error(error) and isinstance(message, str):
        return message, None
    return f"{type(error).__name__}: {error}", str(log_crash(error))


class _Relay(QObject):
    """Hands a finished Future from the record process's reader thread to the GUI thread. It
    has no parent: if the window goes first, the connection goes with it."""

    done = Signal(object)  # Future


class ExportThread(QThread):
    """Has the record process make one export's files, then writes them, off the GUI thread;
    exactly one of its three signals follows ``run``."""

    written = Signal(object)  # list[Path]
    refused = Signal(str)  # an ExportError's message, or the store's sentence
    crashed = Signal(str, str)  # what went wrong, the crash log's path

    def __init__(
        self,
        process: RecordProcess,
        options: RecordOptions,
        key: str,
        path: Path,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.process = process
        self.options = options
        self.key = key
        self.path = path
        self.worker_ident: int | None = None  # the thread that wrote (tests check it)

    def run(self) -> None:
        self.worker_ident = threading.get_ident()
        try:
            reply = self.process.export(self.options, self.key).result()
            match reply:
                case FilesReply():
                    written = record_export.write_parts(self.key, reply.parts, self.path)
                case Refused():
                    raise ExportError(reply.message)
                case Crashed():  # the process logged its traceback
                    self.crashed.emit(reply.what, reply.log)
                    return
                case _:
                    raise RuntimeError(f"the record's process answered {reply!r}")
        except ExportError as exc:
            self.refused.emit(str(exc))
        except Exception as exc:  # the user gets a sentence, the log gets the traceback
            what, log = _failure(exc)
            if log is None:
                self.refused.emit(what)
            else:
                self.crashed.emit(what, log)
        else:
            self.written.emit(list(written))


class RecordPreview(QTextBrowser):
    """A read-only rendering of the record's HTML that never loads anything: no link is followed,
    no resource is fetched, whatever the captured text says. The one exception is the record's
    own pictures: Qt's rich text cannot draw inline SVG (the chart), so each ``<svg>`` is swapped
    for an image that this widget draws from memory.

    A preview comes in parts (:meth:`show_parts`), added to the document one per turn of the event
    loop, so that the GUI thread, where the clocks are painted, is never busy for long."""

    #: The last part of the preview given to :meth:`show_parts` is in.
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._pictures: dict[str, bytes] = {}
        self._drawn: dict[bytes, QImage] = {}  # the pictures drawn, kept while they are shown
        self._parts: list[str] = []
        self._position = 0  # where the reader was when the preview being added was given
        self._adding = False
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.setInterval(0)
        self._step.timeout.connect(self._add_part)

    def show_html(self, text: str) -> None:
        """Show ``text`` (a whole HTML document) at once, keeping the reader's place."""
        self._stop_adding()
        self._pictures = {}
        text = _SVG.sub(self._picture, text)
        self._forget_drawings()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        bar.setValue(position)

    def show_text(self, text: str) -> None:
        """Show a sentence (what went wrong) in place of the preview."""
        self._stop_adding()
        self._pictures = {}
        self.setPlainText(text)

    def show_parts(self, style: str, parts: Sequence[str]) -> None:
        """Show a preview: ``parts`` of HTML (whole elements each) in the ``style`` sheet, added
        one per turn of the event loop. The widget is not repainted until the last is in, so the
        reader never sees it half-built, and keeps their place; then :attr:`shown`."""
        if not self._adding:
            self._position = self.verticalScrollBar().value()
            self._adding = True
            self.setUpdatesEnabled(False)
        self._pictures = {}
        self.clear()
        self.document().setDefaultStyleSheet(style)
        self._parts = list(parts)
        self._step.start()

    def _add_part(self) -> None:
        if self._parts:
            # Every captured string in the record's HTML is escaped: "<svg" is only ever ours.
            part = _SVG.sub(self._picture, self._parts.pop(0))
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            if not self.document().isEmpty():
                # Qt merges the first paragraph of inserted HTML into the one at the cursor, which
                # then keeps its own format (a heading would lose its size, a list item its list):
                # a seam, one pixel high, takes that merge, and the part's own paragraphs follow
                # it whole.
                cursor.insertBlock(*_seam_formats())
                part = _SEAM + part
            # In a body of its own: the style sheet's body rule (the font, the line height)
            # applies to a part only if it has one.
            cursor.insertHtml(f"<html><body>{part}</body></html>")
        if self._parts:
            self._step.start()
            return
        self._forget_drawings()
        self._stop_adding()
        self.verticalScrollBar().setValue(self._position)
        self.shown.emit()

    def _stop_adding(self) -> None:
        self._step.stop()
        self._parts = []
        if self._adding:
            self._adding = False
            self.setUpdatesEnabled(True)

    def _picture(self, match: re.Match[str]) -> str:
        name = f"{_PICTURE_SCHEME}:{len(self._pictures)}"
        self._pictures[name] = match.group(0).encode("utf-8")
        return f'<img src="{name}">'

    def _forget_drawings(self) -> None:
        """Keep the drawings of the pictures shown only: the same chart is not drawn again at
        every capture."""
        shown = set(self._pictures.values())
        self._drawn = {svg: image for svg, image in self._drawn.items() if svg in shown}

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        key = name.toString() if isinstance(name, QUrl) else str(name)
        data = self._pictures.get(key)
        if data is None:
            return None
        image = self._drawn.get(data)
        if image is None:
            image = QImage.fromData(data)  # an SVG, told by its content
            if image.isNull():
                return None
            self._drawn[data] = image
        return image


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
        self._language = DEFAULT_LANGUAGE  # and its language
        self.last_worker_ident: int | None = None
        self.last_written: list[Path] = []
        # The record's process (see the module docstring), started when the window is shown, and
        # the last event sent to its mirror of the meeting.
        self._process: RecordProcess | None = None
        self._process_seat: object = None
        self._sent_seq = 0
        self._relay = _Relay()
        self._relay.done.connect(self._preview_done)
        # The preview: wanted since the last build started, one build at a time, at most once
        # per PREVIEW_INTERVAL_MS.
        self._preview_wanted = False
        self._preview_future: Future[Reply] | None = None
        self._preview_options: RecordOptions | None = None
        self._preview_started_at: float | None = None  # time.monotonic() of the last build
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._start_preview)
        self.shown_preview: Preview | None = None
        self.previews_built = 0  # builds started (tests count them)

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
        saved_language = settings.value(LANGUAGE_KEY)
        start_language = saved_language if saved_language in LANGUAGES else DEFAULT_LANGUAGE

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._build_formats(start_key))
        left.addWidget(self._build_mode(attributed))
        left.addWidget(self._build_language(start_language))
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
        self.preview.shown.connect(self.preview_updated)
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
        self.language_combo.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        for box in self.section_boxes.values():
            box.toggled.connect(lambda _on: self.schedule_preview())
        self.path_edit.textChanged.connect(lambda _text: self._show_path_hint())
        controller.state_changed.connect(self._state_changed)  # a method: gone with the window
        controller.event_committed.connect(self._event_committed)
        self._format_changed(update_path=False)
        self.show_remaining(())
        self.remaining.itemChanged.connect(lambda _item: self.schedule_preview())
        fit_to_screen(self, QSize(1100, 720))

    # ------------------------------------------------------------------------------ building
    def _build_formats(self, start_key: str) -> QGroupBox:
        group = QGroupBox(self.tr("&Format"))
        layout = QVBoxLayout(group)
        self.format_buttons = QButtonGroup(self)
        self.format_radios: dict[str, QRadioButton] = {}
        for number, fmt in enumerate(FORMATS):
            radio = QRadioButton(labels.export_format(fmt.key, fmt.label).replace("&", "&&"))
            radio.setObjectName(f"format_{fmt.key}")
            radio.setChecked(fmt.key == start_key)
            self.format_buttons.addButton(radio, number)
            self.format_radios[fmt.key] = radio
            layout.addWidget(radio)
        return group

    def _build_language(self, start: str) -> QGroupBox:
        """The record's language, independent of the interface's: all six complete (a language
        the record's catalogue gave only in part would be marked "(headings)")."""
        group = QGroupBox(self.tr("Record &language"))
        layout = QVBoxLayout(group)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("recordLanguage")
        self.language_combo.setAccessibleName(self.tr("The record's language"))
        for code, name in LANGUAGES.items():
            shown = name if code in COMPLETE else self.tr("{0} (headings)").format(name)
            self.language_combo.addItem(shown, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(start), 0))
        layout.addWidget(self.language_combo)
        return group

    def language(self) -> str:
        """The record's language chosen (a code: "en", "fr"…)."""
        code = self.language_combo.currentData()
        return code if isinstance(code, str) else DEFAULT_LANGUAGE

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

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
        self.unattributed.toggled.connect(lambda _on: self._mode_toggled())
        return group

    def withheld(self) -> list[str]:
        """The strings ticked to be withheld in an unattributed record."""
        return [
            self.remaining.item(row).text()
            for row in range(self.remaining.count())
            if self.remaining.item(row).checkState() == Qt.CheckState.Checked
        ]

    def kept(self) -> frozenset[str]:
        """The strings unticked: they stay in an unattributed record."""
        return frozenset(
            self.remaining.item(row).text()
            for row in range(self.remaining.count())
            if self.remaining.item(row).checkState() != Qt.CheckState.Checked
        )

    def show_remaining(self, names: Sequence[str]) -> None:
        """List ``names``, what still looks like a name in an unattributed record (found by the
        preview's thread). A name already listed keeps its tick; a new one comes ticked."""
        shown = not self.is_attributed() and bool(names)
        listed = [self.remaining.item(r).text() for r in range(self.remaining.count())]
        if list(names) != listed:
            ticks = {
                self.remaining.item(r).text(): self.remaining.item(r).checkState()
                for r in range(self.remaining.count())
            }
            self.remaining.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(ticks.get(name, Qt.CheckState.Checked))
                self.remaining.addItem(item)
        for widget in (self.remaining_label, self.remaining):
            widget.setVisible(shown)

    def _mode_toggled(self) -> None:
        if self.is_attributed():
            self.show_remaining(())  # nothing to check: the list goes at once
        self.schedule_preview()  # unattributed: the preview's thread finds what to check

    def _build_sections(self) -> QGroupBox:
        group = QGroupBox(self.tr("&Sections"))
        layout = QVBoxLayout(group)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(labels.record_section(section.value, section.label).replace("&", "&&"))
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            self.section_boxes[section] = box
            layout.addWidget(box)
        self.sections_note = QLabel(
            self.tr(
                "CSV and JSON are always complete: every section is exported. The Co-Chairs'"
                " summary takes what it needs from the whole record."
            )
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
            self.language_combo,
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

    def options(self) -> RecordOptions:
        """The record as it will be written, to be built: the meeting now, in the chosen mode,
        with the chosen sections."""
        return RecordOptions(
            self.controller.now(),
            self.is_attributed(),
            frozenset() if self.is_attributed() else self.kept(),
            self.sections(),
            self.controller.state.last_seq,
            self.language(),
        )

    def build(self) -> Record:
        """:meth:`options` built here, on the GUI thread (for tools, never for the window)."""
        return self.options().build(self.controller.state)

    # ------------------------------------------------------------------------------ the process
    def _record_process(self) -> RecordProcess:
        """The record's process, its mirror of the meeting up to date: started (again) when there
        is none, when it has ended, or when it missed an event or the meeting's session changed
        (a meeting that was still opening)."""
        seat = self.controller.session
        last = self.controller.state.last_seq
        process = self._process
        if (
            process is None
            or not process.running
            or self._process_seat is not seat
            or self._sent_seq != last
        ):
            if process is not None:
                process.close()
            # The journal is read on the process's writer thread: from the store alone (the
            # session's folded state is this thread's, built as it changes).
            process = RecordProcess(seat.original_programme, lambda: seat.journal(last), last)
            self._process, self._process_seat, self._sent_seq = process, seat, last
        return process

    def _event_committed(self, record: EventRecord) -> None:
        """Pass each committed event on to the mirror (one missed: the next request restarts it)."""
        if self._process is not None and record.seq == self._sent_seq + 1:
            self._process.send_events([record])
            self._sent_seq = record.seq

    def _stop_process(self) -> None:
        """No preview while the window is hidden, and no export under way: the process ends."""
        if self._process is not None and self._thread is None:
            self._process.close()
            self._process = None
            self._process_seat = None

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
        # The format as the window names it, in the interface's language (fmt.label is English).
        name = labels.export_format(fmt.key, fmt.label)
        number = QLocale().toString
        shown = self.shown_preview
        if shown is not None and shown.cut:
            # What a long record's preview leaves out (see formats/record/preview.py), so that
            # nobody takes the cut for a record that stops there.
            if fmt.several_files:
                text = self.tr(
                    "Preview shows the first {0} of {1} entries and {2} rows of each table, to "
                    "stay quick; the files are {3} and will hold them all."
                )
            else:
                text = self.tr(
                    "Preview shows the first {0} of {1} entries and {2} rows of each table, to "
                    "stay quick; the file is {3} and will hold them all."
                )
            note = text.format(
                number(shown.entries_shown), number(shown.entries), number(shown.rows), name
            )
        elif fmt.several_files:
            note = self.tr("Preview shows the content; the files are {0}.").format(name)
        else:
            note = self.tr("Preview shows the content; the file is {0}.").format(name)
        if fmt.document and not self.sections():
            note += " " + self.tr("Tick at least one section.")
        self.preview_note.setText(note)

    def _state_changed(self, _state: object) -> None:
        self.schedule_preview()  # hidden, it only notes that the preview is out of date

    def schedule_preview(self) -> None:
        """Ask for a fresh preview. It is built on a worker thread once the choices have settled
        for :data:`PREVIEW_SETTLE_MS`, at most once per :data:`PREVIEW_INTERVAL_MS` (a burst of
        captures is one build), never while the window is hidden; a change made while a build
        runs is built next, so the last change is always shown."""
        self._preview_wanted = True
        self._plan_preview(PREVIEW_SETTLE_MS)

    def _plan_preview(self, settle_ms: int) -> None:
        """Start the preview's timer, unless it runs or a build does (its end plans the next)."""
        if not self.isVisible() or self._preview_future is not None:
            return
        if self._preview_timer.isActive():
            return  # a stream of changes must not put the preview off for ever
        wait = settle_ms
        if self._preview_started_at is not None:
            since_ms = (time.monotonic() - self._preview_started_at) * 1000
            wait = max(wait, math.ceil(PREVIEW_INTERVAL_MS - since_ms))
        self._preview_timer.start(max(wait, 0))

    def _start_preview(self) -> None:
        if not self._preview_wanted or not self.isVisible() or self._preview_future is not None:
            return
        self._preview_wanted = False
        self._preview_started_at = time.monotonic()
        self.previews_built += 1
        options = self.options()
        future = self._record_process().preview(
            options, entries=PREVIEW_ENTRIES, rows=PREVIEW_ROWS, key=self.format().key
        )
        self._preview_future, self._preview_options = future, options
        relay = self._relay
        future.add_done_callback(lambda done: _hand_over(relay, done))

    def _preview_done(self, future: Future[Reply]) -> None:
        """Show what the record's process built: cheap (a short HTML), on the GUI thread."""
        if future is not self._preview_future:
            return
        options = self._preview_options
        self._preview_future = self._preview_options = None
        try:
            self._show_reply(future, options)
        finally:
            if self._preview_wanted:
                self._plan_preview(0)

    def _show_reply(self, future: Future[Reply], options: RecordOptions | None) -> None:
        error = future.exception()
        reply = future.result() if error is None else None
        if options is not None and options.attributed != self.is_attributed():
            return  # the mode changed while it was built: never names under "unattributed"
        if options is not None and options.language != self.language():
            return  # the language changed while it was built: the next build shows it
        if isinstance(reply, OutOfStep):  # a missed event: the next build starts the mirror over
            self._sent_seq = -1
            self._preview_wanted = True
            return
        if isinstance(reply, PreviewReply):
            self.show_remaining(reply.remaining)
            self.shown_preview = reply.preview
            self._show_preview_note()
            # Added in parts: preview_updated once the last is in.
            self.preview.show_parts(reply.preview.style, reply.preview.parts)
            return
        else:
            if isinstance(reply, Crashed):
                what, log = reply.what, reply.log
            elif isinstance(reply, Refused):
                what, log = reply.message, None
            else:
                what, log = _failure(error or RuntimeError(f"unexpected answer {reply!r}"))
            self.shown_preview = None
            text = (
                self.tr("The preview could not be shown ({0}).").format(what)
                if log is None
                else self.tr(
                    "The preview could not be shown ({0}). The details are in {1}."
                ).format(what, log)
            )
            self.preview.show_text(text)
        self._show_preview_note()
        self.preview_updated.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A fresh preview as soon as the window is shown (the meeting may have moved on since it
        # was last shown), without waiting for the choices to settle.
        self._preview_wanted = True
        self._plan_preview(0)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._preview_timer.stop()
        self._stop_process()

    # ------------------------------------------------------------------------------ actions
    def browse(self) -> None:
        fmt = self.format()
        current = self.target_path() or self._folder
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the session record"),
            str(current),
            f"{labels.export_format(fmt.key, fmt.label)} (*{fmt.suffix})",
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
        thread = ExportThread(self._record_process(), self.options(), fmt.key, path, parent=self)
        self._mode = "attributed" if self.is_attributed() else "unattributed"  # as exported
        self._language = self.language()
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
            settings.setValue(LANGUAGE_KEY, self._language)
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
        if not self.isVisible():
            self._stop_process()
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
        and a preview under way end, then close."""
        self._preview_timer.stop()
        self._preview_wanted = False
        if self._thread is not None:
            self._thread.wait()
        self.close()
        self._stop_process()


def _is_store_error(exc: BaseException) -> bool:
    import sys

    errors = sys.modules.get("facilitator.store.errors")
    return errors is not None and isinstance(exc, errors.StoreError)


def _hand_over(relay: _Relay, future: Future[Reply]) -> None:
    """On the record process's reader thread: pass ``future`` to the GUI thread."""
    with contextlib.suppress(RuntimeError):  # the window, and its relay, are gone
        relay.done.emit(future)
