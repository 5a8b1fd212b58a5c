"""The rapporteur's capture pane: who spoke, on what, what kind, which guiding questions, a summary.

A new intervention starts prefilled from the floor (the speaker, their times, the segment and the
standing items they said they would address, the kind guessed). Ctrl+Enter saves it as an
``InterventionLogged`` event and starts the next one prefilled. What is being typed is saved as a
draft every two seconds (an atomic file, see :mod:`facilitator.store.drafts`) and comes back after
a crash. The whole flow works from the keyboard: Tab moves through the fields, Space ticks a tag,
a question or an answer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.interventions.commands import (
    InterventionDraft,
    draft_from_data,
    draft_of,
    draft_to_data,
    ending_now,
)
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.state import panel_of
from facilitator.core.participants.values import Attendance, Category
from facilitator.ui import labels, words
from facilitator.ui.button_flow import ButtonFlow
from facilitator.ui.checklist import checkable_item, checked_data
from facilitator.ui.widgets import FieldKeys

if TYPE_CHECKING:
    from facilitator.core.fold.changes import Changes
    from facilitator.core.fold.state import MeetingState
    from facilitator.ui.controller import MeetingController

DRAFT_INTERVAL_MS = 2000
_EDITING = "_editing"  # the key, in a saved draft, of the intervention being edited


def _enum(kind: Any, value: object) -> Any:
    """An enum member from a combo's data (Qt hands str enums back as plain text), or None."""
    return None if value is None else kind(value)


class CapturePane(QWidget):
    """One intervention at a time: a new one, or an existing one being edited."""

    saved = Signal(str)  # a sentence for the status bar

    def __init__(self, controller: MeetingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.editing: str | None = None  # the id of the intervention being edited
        self._loading = False
        self._dirty = False
        self.mode = QLabel()
        self.mode.setStyleSheet("font-weight: bold;")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Speaker"))
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("Organization"))
        self.category = QComboBox()
        self.category.addItem(self.tr("(category)"), None)
        for category in Category:
            self.category.addItem(words.category(category), category)
        self.attendance = QComboBox()
        self.attendance.addItem(self.tr("(room / online)"), None)
        for attendance in Attendance:
            self.attendance.addItem(words.attendance(attendance), attendance)
        self.kind = QComboBox()
        for kind in InterventionKind:
            self.kind.addItem(labels.intervention_kind(kind), kind)
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("Tags: type to filter, Space ticks"))
        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Guiding questions answered"))
        self.answers = QListWidget()
        self.answers.setAccessibleName(self.tr("Questions this answer answers"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("Summary (Ctrl+Enter saves)"))
        self.follow_up = QCheckBox(self.tr("F&ollow-up needed"))
        self.quotable = QCheckBox(self.tr("Q&uotable"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("New from the floor (Ctrl+Shift+F)"))
        self.new_button.clicked.connect(self.new_from_floor)

        # Two by two, so that the pane reads in a narrow dock too (a tab beside the speakers on a
        # small or scaled screen); the combos shrink to their entries' first letters there.
        speaker = QGridLayout()
        speaker.addWidget(self.name, 0, 0)
        speaker.addWidget(self.organization, 0, 1)
        speaker.addWidget(self.category, 1, 0)
        speaker.addWidget(self.attendance, 1, 1)
        for combo in (self.category, self.attendance, self.kind):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        top.addRow(self.tr("Speaker:"), speaker)
        top.addRow(self.tr("&Kind:"), self.kind)
        summary_label = QLabel(self.tr("Summar&y:"))
        summary_label.setBuddy(self.summary)
        top.addRow(summary_label, self.summary)
        flags = QHBoxLayout()
        flags.addWidget(self.follow_up)
        flags.addWidget(self.quotable)
        flags.addStretch(1)
        top.addRow("", flags)
        buttons = ButtonFlow()  # side by side, or one above the other in a narrow dock
        buttons.add(self.new_button)
        buttons.add(self.save_button)
        top.addRow("", buttons)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in (
            (self.tr("&Tags:"), self.tag_filter),
            ("", self.tags),
            (self.tr("Guiding &questions:"), self.questions),
            (self.tr("&Answers:"), self.answers),
        ):
            label = QLabel(text)
            if text:
                label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.mode)
        layout.addLayout(top, 1)
        layout.addLayout(form)
        self.tags.setMinimumHeight(70)
        self.questions.setMinimumHeight(48)
        self.answers.setMinimumHeight(36)
        self.summary.setMinimumHeight(90)

        self.tag_filter.textChanged.connect(self._filter_tags)
        self.tags.itemChanged.connect(self._tags_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.name.textChanged,
            self.organization.textChanged,
            self.summary.textChanged,
            self.category.currentIndexChanged,
            self.attendance.currentIndexChanged,
            self.follow_up.toggled,
            self.quotable.toggled,
            self.questions.itemChanged,
            self.answers.itemChanged,
        ):
            signal.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setInterval(DRAFT_INTERVAL_MS)
        self._timer.timeout.connect(self.save_draft)
        self._timer.start()
        self._base = InterventionDraft()
        self._field_keys = FieldKeys(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self._field_keys)

    # ------------------------------------------------------------------------------ the draft
    def draft(self) -> InterventionDraft:
        """The intervention as the fields hold it now."""
        return InterventionDraft(
            participant_id=self._base.participant_id
            if self.name.text().strip() == self._base.name
            else None,
            name=self.name.text().strip(),
            organization=self.organization.text().strip(),
            category=_enum(Category, self.category.currentData()),
            attendance=_enum(Attendance, self.attendance.currentData()),
            queue_entry=self._base.queue_entry,
            start=self._base.start,
            end=self._base.end,
            tags=tuple(checked_data(self.tags)),
            kind=self.current_kind(),
            questions=tuple(tuple(q) for q in checked_data(self.questions)),
            answers=tuple(checked_data(self.answers)),
            summary=self.summary.toPlainText(),
            follow_up=self.follow_up.isChecked(),
            quotable=self.quotable.isChecked(),
        )

    def load(self, draft: InterventionDraft, *, editing: str | None = None) -> None:
        """Show ``draft`` in the fields (a new intervention, or ``editing`` an existing one)."""
        self._loading = True
        try:
            self._base = draft
            self.editing = editing
            self.mode.setText(
                self.tr("Editing {0}").format(editing) if editing else self.tr("New intervention")
            )
            self.name.setText(draft.name)
            self.organization.setText(draft.organization)
            self.category.setCurrentIndex(max(0, self.category.findData(draft.category)))
            self.attendance.setCurrentIndex(max(0, self.attendance.findData(draft.attendance)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
            self._fill_tags(set(draft.tags))
            self._fill_questions(set(draft.questions))
            self._fill_answers(set(draft.answers))
            self.summary.setPlainText(draft.summary)
            self.follow_up.setChecked(draft.follow_up)
            self.quotable.setChecked(draft.quotable)
        finally:
            self._loading = False
        self._dirty = False

    def take_over(self, old: CapturePane) -> None:
        """Hold what ``old`` holds, as typed: the pane of a console built again in another
        language (ui/relanguage.py) goes on with the same intervention, typed or not."""
        dirty = old._dirty
        self.load(old.draft(), editing=old.editing)
        self._base = old._base  # what it was prefilled from: the floor's speaker and times
        self._dirty = dirty

    def current_kind(self) -> InterventionKind:
        """The kind chosen (Qt hands enum values back as plain text)."""
        return InterventionKind(self.kind.currentData())

    def _state(self) -> MeetingState:
        return self.controller.state

    def _fill_tags(self, chosen: set[str]) -> None:
        self.tags.blockSignals(True)
        self.tags.clear()
        for item, segment in self._state().programme.segments():
            number = f"{item.number}. " if item.number else ""
            self.tags.addItem(
                checkable_item(f"{number}{segment.display_title}", segment.id, segment.id in chosen)
            )
        self.tags.blockSignals(False)
        self._filter_tags(self.tag_filter.text())
        for row in range(self.tags.count()):
            if self.tags.item(row).checkState() == Qt.CheckState.Checked:
                self.tags.setCurrentRow(row)
                self.tags.scrollToItem(self.tags.item(row))
                break

    def _related(self, tags: list[str]) -> list[str]:
        """The tagged segments, and for a Q&A the panel it follows (its questions are asked
        there)."""
        programme = self._state().programme
        related = list(tags)
        for segment_id in tags:
            panel = panel_of(programme, segment_id)  # the core's rule, "nearest panel" included
            if panel is not None:
                related.append(panel.id)
        return list(dict.fromkeys(related))

    def _fill_questions(self, chosen: set[tuple[str, int]]) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        programme = self._state().programme
        for segment_id in self._related(checked_data(self.tags)):
            found = programme.find_segment(segment_id)
            if not found:
                continue
            for index, question in enumerate(found[1].guiding_questions):
                key = (segment_id, index)
                self.questions.addItem(
                    checkable_item(
                        self.tr("Q{0}. {1}").format(index + 1, question), list(key), key in chosen
                    )
                )
        self.questions.blockSignals(False)

    def _fill_answers(self, chosen: set[str]) -> None:
        self.answers.blockSignals(True)
        self.answers.clear()
        tags = set(self._related(checked_data(self.tags)))
        if self.current_kind() is InterventionKind.ANSWER:
            for iv in interventions_of(self._state()).live():
                if iv.kind is InterventionKind.QUESTION and not iv.deleted and tags & set(iv.tags):
                    first = iv.summary.strip().splitlines()[0] if iv.summary.strip() else ""
                    self.answers.addItem(
                        checkable_item(f"{iv.id} {iv.name}: {first[:80]}", iv.id, iv.id in chosen)
                    )
        self.answers.blockSignals(False)
        self.answers.setEnabled(self.current_kind() is InterventionKind.ANSWER)

    def _filter_tags(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.tags.count()):
            entry = self.tags.item(row)
            visible = all(w in entry.text().lower() for w in words)
            entry.setHidden(not visible)
            if visible and first is None:
                first = row
        if first is not None and words:
            self.tags.setCurrentRow(first)

    def _tags_changed(self) -> None:
        if self._loading:
            return
        self._fill_questions({tuple(q) for q in checked_data(self.questions)})
        self._fill_answers(set(checked_data(self.answers)))
        self._changed()

    def _kind_changed(self) -> None:
        if not self._loading:
            self._fill_answers(set(checked_data(self.answers)))
            self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self._dirty = True

    # ------------------------------------------------------------------------------ actions
    def new_from_floor(self, *, focus: bool = True) -> None:
        """Start the next intervention, prefilled from the floor."""
        self.load(self.controller.session.intervention_prefill())
        self._dirty = True
        if focus:
            self.summary.setFocus()

    def follow_floor(self, changes: Changes) -> None:
        """Nothing typed yet: after an event, the next intervention follows the floor. Loaded
        again only when something it shows may have changed: its prefill (another speaker, the
        segment), a field touched, the programme (the tags) or the interventions (the questions
        an answer can answer); its end time alone is set when it is saved (``ending_now``)."""
        prefill = self.controller.session.intervention_prefill()
        if (
            self._dirty
            or changes.programme
            or changes.any_intervention
            or replace(prefill, end=None) != replace(self._base, end=None)
        ):
            self.load(prefill)
        self._dirty = False

    def save(self) -> bool:
        """Ctrl+Enter: log the new intervention (or the edit), then start the next one."""
        draft = self.draft()
        if self.editing is not None:
            ok = self._save_edit(self.editing, draft)
            message = self.tr("Saved the changes to {0}.").format(self.editing)
        else:
            ok = self.controller.act(
                lambda s: s.log_intervention(
                    ending_now(self._state(), draft, self.controller.now())
                )
            )
            message = self.tr("Intervention saved.")
        if not ok:
            return False
        self.controller.session.clear_intervention_draft()
        self.saved.emit(message)
        self.new_from_floor()
        self._dirty = False
        return True

    def _save_edit(self, intervention_id: str, draft: InterventionDraft) -> bool:
        current = interventions_of(self._state()).get(intervention_id)
        if current is None:
            return self.controller.act(lambda s: s.edit_intervention(intervention_id, {}))
        before = draft_of(current).values()
        after = draft.values()
        changes = {k: v for k, v in after.items() if before.get(k) != v}
        return self.controller.act(lambda s: s.edit_intervention(intervention_id, changes))

    def edit(self, intervention_id: str) -> None:
        found = interventions_of(self._state()).get(intervention_id)
        if found is not None:
            self.load(draft_of(found), editing=intervention_id)
            self.summary.setFocus()

    def save_draft(self) -> bool:
        """What is typed, saved at least every two seconds (only when something changed)."""
        if not self._dirty:
            return False
        data = draft_to_data(self.draft())
        data[_EDITING] = self.editing
        ok = self.controller.session.save_intervention_draft(data)
        if ok:
            self._dirty = False
        return ok

    def restore_draft(self) -> bool:
        """After a restart: bring back what was being typed, if anything was."""
        data = self.controller.session.load_intervention_draft()
        if not data:
            return False
        editing = data.pop(_EDITING, None)
        self.load(draft_from_data(data), editing=editing if isinstance(editing, str) else None)
        self.mode.setText(self.tr("{0} (restored draft)").format(self.mode.text()))
        return True
