"""The programme editor: correct the agenda before the meeting, and change it while it runs.

The Co-Chairs use it to fix what an import got wrong and, during the meeting, to move, add, drop
or re-time segments. It is a dialog that takes a :class:`Programme` and gives back a new one; the
caller stores it (before the meeting) or journals it as a ``ProgrammeEdited`` event (during it).
Nothing here touches the store or the journal.

Three parts:

* left, the agenda tree (:class:`ProgrammeTreeModel`), reordered by drag and drop or Alt+Up /
  Alt+Down;
* right, a form for the selected item or segment; every keystroke applies at once, so what the
  tree and the capacity bar show is always what OK would keep;
* bottom, the plan against each sitting (:class:`CapacityPanel`) and why OK is disabled, if it is.

Ids never change: the journal refers to segments by id. New items and segments get fresh ids from
:func:`new_id` over the one id space that items and segments share.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.programme import (
    AgendaItem,
    Person,
    Programme,
    ProgrammeError,
    Segment,
    SegmentKind,
    new_id,
    next_number,
    renumbered,
)
from facilitator.formats.programme.report import ImportReport
from facilitator.ui import words
from facilitator.ui.capacity_bar import CapacityPanel
from facilitator.ui.import_report import (
    ImportReportView,
    note_label,
    set_note,
    summary,
    warning_text,
)
from facilitator.ui.key_text import keys_text
from facilitator.ui.meeting_form import MeetingForm
from facilitator.ui.programme_editor_model import COLUMN_TITLE, ProgrammeTreeModel
from facilitator.ui.screen_fit import fit_to_screen

MAX_PLANNED_MINUTES = 600
NEW_SEGMENT_MINUTES = 10
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.h]\s*(\d{2})\s*$")

#: Kinds whose segments carry a number ("Panel 2", "Standing item 3").
NUMBERED_KINDS = (SegmentKind.PANEL, SegmentKind.STANDING_ITEM)


# ---------------------------------------------------------------------------- text <-> values
def parse_time(text: str) -> dt.time | None:
    """ "10:30", "10.30", "9:05" → a time; "" → None; anything else raises ValueError."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(text)
    return dt.time(int(match[1]), int(match[2]))


def format_person(person: Person | None) -> str:
    return person.display() if person else ""


def parse_person(line: str, known: tuple[Person, ...] = ()) -> Person | None:
    """ "Name, Role, Organization" → a Person (the organization may itself contain commas).

    A line still reading exactly as an existing person was shown gives that person back
    unchanged, so that a person whose role is unknown but organization is known survives an edit
    of another line.
    """
    text = line.strip()
    if not text:
        return None
    for person in known:
        if format_person(person) == text:
            return person
    parts = [part.strip() or None for part in text.split(",", 2)]
    parts += [None] * (3 - len(parts))
    return Person(name=parts[0] or "", role=parts[1], organization=parts[2])


def lines_of(text: str) -> tuple[str, ...]:
    """One entry per non-empty line, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def shortcut_tooltip(action: QAction) -> str:
    """The action's name with its shortcut, as every tooltip in the app shows it."""
    name = action.text().replace("&", "")
    keys = keys_text([action.shortcut()])
    return f"{name} ({keys})" if keys else name


class _ListEdit(QPlainTextEdit):
    """A one-entry-per-line field that Tab leaves (keyboard users move through the form)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)


# ---------------------------------------------------------------------------- forms
class ItemForm(QWidget):
    """Number, title and notes of an agenda item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. III"))
        self.title = QLineEdit()
        self.notes = _ListEdit(self.tr("One note per line"))
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.origin = note_label()
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.origin)  # where in the document it was read, first
        layout.addRow(self.tr("&Number:"), self.number)
        layout.addRow(self.tr("&Title:"), self.title)
        layout.addRow(self.tr("N&otes:"), self.notes)

    def show_item(self, item: AgendaItem) -> None:
        self.number.setText(item.number or "")
        self.title.setText(item.title)
        self.title.setCursorPosition(0)
        self.notes.setPlainText("\n".join(item.notes))

    def fields(self) -> list[QWidget]:
        return [self.number, self.title, self.notes]


class SegmentForm(QWidget):
    """Every field of a segment; rows that do not apply to its kind are hidden."""

    def __init__(self, kind_labels: dict[SegmentKind, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, label in kind_labels.items():
            self.kind.addItem(label, kind.value)
        self.title = QLineEdit()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Optional: a short label for the console"))
        self.label.setToolTip(
            self.tr(
                "What the console and the room display show instead of the title, e.g. "
                "“Opening remarks by the Co-Chairs”; the title stays the document's words"
            )
        )
        self.origin = note_label()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_PLANNED_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("none"))
        self.follows = QComboBox()
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("HH:MM, or empty to follow on"))
        self.start.setMaxLength(5)
        self.moderator = QLineEdit()
        self.moderator.setPlaceholderText(self.tr("Name, Role, Organization"))
        self.panellists = _ListEdit(self.tr("One per line: Name, Role, Organization"))
        self.questions = _ListEdit(self.tr("One question per line"))
        self.questions.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addRow(self.origin)  # where in the document it was read, first
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Title:"), self.title),
            (self.tr("Short &label:"), self.label),
            (self.tr("&Planned:"), self.minutes),
            (self.tr("N&umber:"), self.number),
            (self.tr("&Follows panel:"), self.follows),
            (self.tr("&Scheduled start:"), self.start),
            (self.tr("&Moderator:"), self.moderator),
            (self.tr("Pa&nellists:"), self.panellists),
            (self.tr("&Guiding questions:"), self.questions),
        ]
        for label, widget in rows:
            self.layout_.addRow(label, widget)

    def fields(self) -> list[QWidget]:
        return [
            self.kind,
            self.title,
            self.label,
            self.minutes,
            self.number,
            self.follows,
            self.start,
            self.moderator,
            self.panellists,
            self.questions,
        ]

    def show_segment(self, segment: Segment, item: AgendaItem | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(segment.kind.value)))
        self.title.setText(segment.title)
        self.title.setCursorPosition(0)
        self.title.setToolTip(segment.title)
        self.label.setText(segment.label or "")
        self.minutes.setValue(segment.planned_minutes)
        self.number.setValue(segment.number or 0)
        self.show_panels(segment, item)
        self.start.setText(
            f"{segment.scheduled_start:%H:%M}" if segment.scheduled_start is not None else ""
        )
        self.moderator.setText(format_person(segment.moderator))
        self.panellists.setPlainText("\n".join(format_person(p) for p in segment.panellists))
        self.questions.setPlainText("\n".join(segment.guiding_questions))
        self.show_rows_for(segment.kind)

    def show_panels(self, segment: Segment, item: AgendaItem | None) -> None:
        """The panels of the segment's item that a Q&A can follow, and the one it follows."""
        self.follows.clear()
        self.follows.addItem(self.tr("none"), None)
        panels = [
            s for s in (item.segments if item else ()) if s.kind is SegmentKind.PANEL and s.number
        ]
        for panel in panels:
            self.follows.addItem(panel.display_title, panel.number)
        if segment.for_panel is not None and self.follows.findData(segment.for_panel) < 0:
            self.follows.addItem(
                self.tr("Panel {n} (not in this item)").format(n=segment.for_panel),
                segment.for_panel,
            )
        self.follows.setCurrentIndex(max(0, self.follows.findData(segment.for_panel)))

    def show_rows_for(self, kind: SegmentKind) -> None:
        """A number only for panels and standing items; "follows panel" only for a Q&A."""
        self._show_row(self.number, kind in NUMBERED_KINDS)
        self._show_row(self.follows, kind is SegmentKind.QA)

    def is_row_shown(self, field: QWidget) -> bool:
        return not field.isHidden()

    def _show_row(self, field: QWidget, shown: bool) -> None:
        """Hide a field and its label (a hidden row takes no space in a QFormLayout).

        Not ``QFormLayout.setRowVisible``: in PySide6 6.12 every call drops a reference to
        ``None`` and the interpreter soon aborts ("none_dealloc").
        """
        label = self.layout_.labelForField(field)
        if label is not None:
            label.setVisible(shown)
        field.setVisible(shown)


# ---------------------------------------------------------------------------- the dialog
class ProgrammeEditor(QDialog):
    """Edit a programme's items and segments; :meth:`programme` gives the result.

    ``running_segment_id`` names the segment running now (during a meeting): it can be edited and
    moved, but not removed.
    """

    #: Emitted after every edit, with the programme as it now is (it may be invalid).
    programmeChanged = Signal(object)

    def __init__(
        self,
        programme: Programme,
        *,
        running_segment_id: str | None = None,
        report: ImportReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Edit programme"))
        self.setModal(True)
        fit_to_screen(self, QSize(1200, 760))
        self._original = programme
        self._running = running_segment_id
        self._populating = False
        self._field_error: str | None = None
        self._valid = False
        self.model = ProgrammeTreeModel(
            programme, running_segment_id=running_segment_id, parent=self
        )
        self._build_actions()
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.tree.expandAll()
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._programme_changed(self.model.programme())
        self.tree.setFocus()

    # ------------------------------------------------------------------ public API
    def programme(self) -> Programme:
        """The edited programme, validated (raises :class:`ProgrammeError` while invalid)."""
        return self.model.programme().validate()

    def is_modified(self) -> bool:
        """Whether anything differs from the programme the dialog was opened with."""
        return self.model.programme() != self._original

    def select(self, ident: str) -> bool:
        """Select the item or segment with this id (e.g. the running one)."""
        index = self.model.index_of_id(ident)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        return self.model.id_at(self.tree.currentIndex())

    def reason(self) -> str:
        """Why OK is disabled, in a sentence ("" when it is enabled)."""
        return "" if self._valid else self.status.text()

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        def make(
            text: str, keys: QKeySequence | str, slot: Callable[[], None], tip: str
        ) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            action.setToolTip(shortcut_tooltip(action) + " — " + tip)
            action.setStatusTip(tip)
            return action

        self.add_item_action = make(
            self.tr("Add &item"),
            "Ctrl+Shift+N",
            self.add_item,
            self.tr("A new agenda item after the selected one"),
        )
        self.add_segment_action = make(
            self.tr("Add &segment"),
            "Ctrl+N",
            self.add_segment,
            self.tr("A new segment after the selected one"),
        )
        self.remove_action = make(
            self.tr("&Remove"),
            QKeySequence(Qt.Key.Key_Delete),
            self.remove_selected,
            self.tr("Remove the selected item or segment"),
        )
        self.move_up_action = make(
            self.tr("Move &up"), "Alt+Up", self.move_up, self.tr("Move the selection one place up")
        )
        self.move_down_action = make(
            self.tr("Move &down"),
            "Alt+Down",
            self.move_down,
            self.tr("Move the selection one place down"),
        )
        self.keep_action = QAction(self.tr("Keep changes"), self)
        self.keep_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.keep_action.triggered.connect(self.accept)
        self.addAction(self.keep_action)

    def _build_widgets(self) -> None:
        self.heading = QLabel(self._original.title)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.toolbar = QToolBar(self.tr("Agenda"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.add_item_action)
        self.toolbar.addAction(self.add_segment_action)
        self.toolbar.addAction(self.remove_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.move_up_action)
        self.toolbar.addAction(self.move_down_action)

        self.tree = self._make_tree()

        kind_labels = self._kind_labels()
        self.item_form = ItemForm()
        self.segment_form = SegmentForm(kind_labels)
        self.empty_form = QLabel(self.tr("Select an item or a segment to edit it."))
        self.empty_form.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_title = QLabel()
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        self.form_title.setFont(self.heading.font())
        self.forms = QStackedWidget()
        for page in (self.empty_form, self.item_form, self.segment_form):
            self.forms.addWidget(page)

        self.meeting_form = MeetingForm(self._original)
        self.meeting_form.show_import_warnings(self.report)
        self.report_summary = note_label()
        set_note(self.report_summary, [s for s in [summary(self.report)] if s])
        self._meeting_problem: str | None = None
        self.capacity = CapacityPanel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setToolTip(self.tr("Keep the edited programme (Ctrl+Enter)"))
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.cancel_button.setToolTip(self.tr("Discard the edits (Esc)"))
        for button in (self.ok_button, self.cancel_button):
            button.setDefault(False)
            button.setAutoDefault(False)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setAccessibleName(self.tr("Agenda"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setExpandsOnDoubleClick(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for action in self._tree_actions():
            # Delete and Alt+arrows act on the tree only: in a text field they edit text, and
            # Alt+Down opens a combo box.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tree.addAction(action)
        return tree

    def _tree_actions(self) -> list[QAction]:
        return [self.remove_action, self.move_up_action, self.move_down_action]

    def _kind_labels(self) -> dict[SegmentKind, str]:
        """The kind labels, through tr() one by one so that they can be translated."""
        labels = {
            SegmentKind.REMARKS: self.tr("Remarks"),
            SegmentKind.BRIEFING: self.tr("Briefing"),
            SegmentKind.INTERVENTIONS: self.tr("Interventions"),
            SegmentKind.PANEL: self.tr("Panel"),
            SegmentKind.QA: self.tr("Q&A"),
            SegmentKind.STANDING_ITEM: self.tr("Standing item"),
            SegmentKind.DISCUSSION: self.tr("Discussion"),
            SegmentKind.OTHER: self.tr("Other"),
        }
        return {kind: labels.get(kind, kind.label) for kind in SegmentKind}

    def _build_layout(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(self.forms, 1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.tree, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        capacity_box = QFrame()
        capacity_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(capacity_box)
        box_layout.addWidget(self.capacity)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, self.tr("&Agenda"))
        meeting_page = QScrollArea()
        meeting_page.setWidget(self.meeting_form)
        meeting_page.setWidgetResizable(True)
        meeting_page.setFrameShape(QFrame.Shape.NoFrame)
        meeting_tab = self.tr("&Meeting data")
        self.tabs.addTab(meeting_page, meeting_tab)
        self.tabs.setTabToolTip(
            1,
            self.tr(
                "Title, date, time zone, sittings, venue, format, online platform ({0})"
            ).format(
                keys_text([QKeySequence.mnemonic(meeting_tab)])  # the key the language gives it
            ),
        )
        self.report_view: ImportReportView | None = None
        if self.report is not None and (self.report.warnings or self.report.unread):
            self.report_view = ImportReportView(self.report)
            index = self.tabs.addTab(self.report_view, self.tr("Import &warnings"))
            self.tabs.setTabToolTip(
                index,
                self.tr("What the import found to check, and the lines it did not understand"),
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.report_summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(capacity_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tree → the form's fields → OK → Cancel (hidden fields are skipped by Qt)."""
        chain: list[QWidget] = [
            self.tree,
            *self.item_form.fields(),
            *self.segment_form.fields(),
            *self.meeting_form.fields(),
            self.ok_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.model.programmeChanged.connect(self._programme_changed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._connect_item_form()
        self._connect_segment_form()
        self.meeting_form.edited.connect(self._meeting_edited)
        self.meeting_form.problem.connect(self._meeting_problem_changed)

    def _connect_item_form(self) -> None:
        form = self.item_form
        form.number.textEdited.connect(lambda text: self._edit_item(number=text.strip() or None))
        form.title.textEdited.connect(lambda text: self._edit_item(title=text))
        form.notes.textChanged.connect(
            lambda: self._edit_item(notes=lines_of(form.notes.toPlainText()))
        )

    def _connect_segment_form(self) -> None:
        form = self.segment_form
        form.kind.currentIndexChanged.connect(self._kind_edited)
        form.title.textEdited.connect(lambda text: self._edit_segment(title=text))
        form.label.textEdited.connect(
            lambda text: self._edit_segment(label=" ".join(text.split()) or None)
        )
        form.minutes.valueChanged.connect(lambda value: self._edit_segment(planned_minutes=value))
        form.number.valueChanged.connect(self._number_edited)
        form.follows.currentIndexChanged.connect(
            lambda _: self._edit_segment(for_panel=form.follows.currentData())
        )
        form.start.textEdited.connect(self._start_edited)
        form.moderator.textEdited.connect(self._moderator_edited)
        form.panellists.textChanged.connect(self._panellists_edited)
        form.questions.textChanged.connect(
            lambda: self._edit_segment(guiding_questions=lines_of(form.questions.toPlainText()))
        )

    # ------------------------------------------------------------------ selection → form
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._field_error = None
        self._show_form(current)
        self._update_validity()

    def _show_form(self, index: QModelIndex) -> None:
        """Fill the form for the selection, without the fills counting as edits."""
        self._populating = True
        try:
            segment = self.model.segment_at(index)
            item = self.model.item_at(index)
            if segment is not None:
                owner = self.model.item_of_segment(segment.id)
                self.segment_form.show_segment(segment, owner)
                set_note(self.segment_form.origin, self._origin(segment.id))
                self.forms.setCurrentWidget(self.segment_form)
                self.form_title.setText(self._segment_heading(segment))
            elif item is not None:
                self.item_form.show_item(item)
                set_note(self.item_form.origin, self._origin(item.id))
                self.forms.setCurrentWidget(self.item_form)
                self.form_title.setText(self.tr("Agenda item"))
            else:
                self.forms.setCurrentWidget(self.empty_form)
                self.form_title.setText("")
        finally:
            self._populating = False

    def _origin(self, ident: str) -> list[str]:
        """The document's line an item or segment was read from, and the warnings about it."""
        if self.report is None or ident not in self.report.origins:
            return []
        line = self.report.origins[ident]
        # A tab ("I.<tab>Opening") would split the line in right-to-left text (a tab takes the
        # paragraph's direction whatever surrounds it): "Opening … I." in Arabic.
        text = " ".join(self.report.source_line(line).split())
        out = [self.tr("From the document, line {n}: “{text}”").format(n=line, text=text)]
        out += [warning_text(w) for w in self.report.warnings_at(line)]
        return out

    def _segment_heading(self, segment: Segment) -> str:
        if segment.id == self._running:
            return self.tr("Segment (running now: it can be changed but not removed)")
        return self.tr("Segment")

    # ------------------------------------------------------------------ form → model
    def _meeting_edited(self, changes: dict[str, Any]) -> None:
        self.model.set_meeting_data(**changes)
        if "title" in changes:
            self.heading.setText(changes["title"])

    def _meeting_problem_changed(self, problem: str | None) -> None:
        self._meeting_problem = problem
        self._update_validity()

    def _edit_item(self, **changes: Any) -> None:
        if self._populating:
            return
        item = self.model.item_at(self.tree.currentIndex())
        if item is not None:
            self.model.set_item(replace(item, **changes))

    def _edit_segment(self, **changes: Any) -> None:
        if self._populating:
            return
        segment = self.model.segment_at(self.tree.currentIndex())
        if segment is not None:
            self.model.set_segment(replace(segment, **changes))

    def _current_segment(self) -> Segment | None:
        return None if self._populating else self.model.segment_at(self.tree.currentIndex())

    def _kind_edited(self, _: int) -> None:
        """A new kind; a Q&A link or a number that no longer applies is adjusted with it."""
        segment = self._current_segment()
        value = self.segment_form.kind.currentData()
        if segment is None or value not in set(SegmentKind):
            return
        kind = SegmentKind(value)
        changes: dict[str, Any] = {"kind": kind}
        if kind is not SegmentKind.QA:
            changes["for_panel"] = None
        if kind in NUMBERED_KINDS and segment.number is None:
            changes["number"] = self._next_number(segment.id, kind)
        self.model.set_segment(replace(segment, **changes))
        self._show_form(self.tree.currentIndex())

    def _next_number(self, segment_id: str, kind: SegmentKind) -> int:
        """One past the highest number of this kind in the segment's item."""
        return next_number(self.model.item_of_segment(segment_id), kind)

    def _number_edited(self, value: int) -> None:
        """A panel renumbered from n to m: the Q&A that followed panel n now follows m."""
        segment = self._current_segment()
        if segment is None:
            return
        item = self.model.item_of_segment(segment.id)
        if item is None:
            return
        for changed in renumbered(item, segment, value or None):  # the rule is the core's
            self.model.set_segment(changed)

    def _start_edited(self, text: str) -> None:
        if self._current_segment() is None:
            return
        try:
            start = parse_time(text)
        except ValueError:
            self._field_error = self.tr("The scheduled start must be a time like 10:30, or empty.")
            self._update_validity()
            return
        self._field_error = None
        self._edit_segment(scheduled_start=start)
        self._update_validity()

    def _moderator_edited(self, text: str) -> None:
        segment = self._current_segment()
        if segment is not None:
            known = (segment.moderator,) if segment.moderator else ()
            self._edit_segment(moderator=parse_person(text, known))

    def _panellists_edited(self) -> None:
        segment = self._current_segment()
        if segment is None:
            return
        text = self.segment_form.panellists.toPlainText()
        people = (parse_person(line, segment.panellists) for line in text.splitlines())
        self._edit_segment(panellists=tuple(p for p in people if p is not None))

    # ------------------------------------------------------------------ actions
    def add_item(self) -> None:
        """A new agenda item after the selected one (or at the end), with its title selected."""
        index = self.tree.currentIndex()
        row = self._item_row(index)
        position = len(self.model.programme().items) if row is None else row + 1
        item = AgendaItem(id=new_id("item", self.model.taken_ids()), title=self.tr("New item"))
        new = self.model.insert_item(position, item)
        self._select_and_edit(new, self.item_form.title)

    def add_segment(self) -> None:
        """A new segment after the selected one (at the end of a selected item)."""
        if not self.model.programme().items:
            self.add_item()
        index = self.tree.currentIndex()
        item_row = self._item_row(index)
        if item_row is None:
            item_row = self.model.rowCount() - 1
        segment = self.model.segment_at(index)
        count = self.model.rowCount(self.model.index(item_row, 0))
        position = index.row() + 1 if segment is not None else count
        new_segment = Segment(
            id=new_id("seg", self.model.taken_ids()),
            kind=SegmentKind.OTHER,
            title=self.tr("New segment"),
            planned_minutes=NEW_SEGMENT_MINUTES,
        )
        new = self.model.insert_segment(item_row, position, new_segment)
        self.tree.expand(new.parent())
        self._select_and_edit(new, self.segment_form.title)

    def remove_selected(self) -> None:
        """Remove the selection; the running segment (or its item) is refused, in words."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        refusal = self._removal_refused(index)
        if refusal:
            QMessageBox.warning(self, self.tr("Cannot remove"), refusal)
            return
        item = self.model.item_at(index)
        if item is not None and item.segments and not self._confirm_item_removal(item):
            return
        neighbour = self._neighbour_id(index)
        self.model.remove(index)
        if neighbour is not None:
            self.select(neighbour)

    def move_up(self) -> None:
        self._move(self.model.move_up)

    def move_down(self) -> None:
        self._move(self.model.move_down)

    # ------------------------------------------------------------------ action helpers
    def _item_row(self, index: QModelIndex) -> int | None:
        """The row of the item that the index is, or belongs to."""
        if not index.isValid():
            return None
        parent = index.parent()
        return parent.row() if parent.isValid() else index.row()

    def _select_and_edit(self, index: QModelIndex, field: QLineEdit) -> None:
        """Select a new row and put the cursor in its title, selected, ready to be typed over."""
        index = index.siblingAtColumn(COLUMN_TITLE)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def _removal_refused(self, index: QModelIndex) -> str | None:
        running = self._running
        if running is None:
            return None
        segment = self.model.segment_at(index)
        if segment is not None and segment.id == running:
            return self.tr(
                "“{title}” is running now and cannot be removed. End it or move to another "
                "segment first."
            ).format(title=segment.display_title)
        item = self.model.item_at(index)
        if item is not None and any(s.id == running for s in item.segments):
            return self.tr(
                "Item “{title}” holds the segment running now and cannot be removed."
            ).format(title=item.display_title)
        return None

    def _confirm_item_removal(self, item: AgendaItem) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove “{title}” and its %n segment(s)?", "", len(item.segments)).format(
                title=item.display_title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _neighbour_id(self, index: QModelIndex) -> str | None:
        """What to select once a row is gone: the next sibling, else the previous, else the
        parent."""
        parent = index.parent()
        for row in (index.row() + 1, index.row() - 1):
            if 0 <= row < self.model.rowCount(parent):
                return self.model.id_at(self.model.index(row, 0, parent))
        return self.model.id_at(parent)

    def _move(self, step: Callable[[QModelIndex], bool]) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        ident = self.model.id_at(index)
        if not step(index):
            QApplication.beep()
            return
        if ident is not None:
            moved = self.model.index_of_id(ident)
            if moved.parent().isValid():
                self.tree.expand(moved.parent())
            self.tree.scrollTo(moved)

    # ------------------------------------------------------------------ validity
    def _programme_changed(self, programme: Programme) -> None:
        self.capacity.show_programme(programme)
        self._update_validity(programme)
        self.programmeChanged.emit(programme)

    def _update_validity(self, programme: Programme | None = None) -> None:
        """OK only for a valid programme; the status line says why not, or what OK does."""
        programme = programme if programme is not None else self.model.programme()
        problem = self._field_error or self._meeting_problem
        if problem is None:
            try:
                programme.validate()
            except ProgrammeError as error:
                problem = words.sentence(words.phrase(error.phrase)) + "."
        self._valid = problem is None
        self.ok_button.setEnabled(self._valid)
        if problem is not None:
            self.status.setText(
                self.tr("Cannot keep these changes: {problem}").format(problem=problem)
            )
            self._set_status_colour(error=True)
        else:
            changed = programme != self._original
            self.status.setText(
                self.tr("Edited. Ctrl+Enter keeps the changes, Esc discards them.")
                if changed
                else self.tr("No changes yet.")
            )
            self._set_status_colour(error=False)

    def _set_status_colour(self, *, error: bool) -> None:
        palette = self.status.palette()
        colour = (
            palette.color(palette.ColorGroup.Normal, palette.ColorRole.WindowText)
            if not error
            else Qt.GlobalColor.darkRed
        )
        palette.setColor(self.status.foregroundRole(), colour)
        self.status.setPalette(palette)

    # ------------------------------------------------------------------ accept / reject
    def accept(self) -> None:
        """Close with the edited programme, only when it is valid."""
        if not self._valid:
            QApplication.beep()
            return
        super().accept()

    def reject(self) -> None:
        """Close without keeping the edits, after asking when there are any."""
        if self.is_modified() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Discard your changes to the programme?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A bare Enter in a field must not close the dialog (Qt's dialogs press their default
        button on Enter): only Ctrl+Enter keeps the edits. On a focused button, Enter presses
        it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)
