"""The programme editor's "Meeting data" page: the title, date, time zone, sittings, venue,
format and online platform, which an import can get wrong and nothing else can correct.

Each field applies as it is typed, like the rest of the editor: :attr:`MeetingForm.edited`
carries the programme fields it changes, :attr:`MeetingForm.problem` a sentence about a field
that cannot be read yet (a date or a sitting half typed), or None. During a meeting the editor's
result is journaled as any programme edit is.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.programme import MeetingFormat, Programme, Sitting
from facilitator.formats.programme.report import ImportReport
from facilitator.ui.import_report import (
    DATE_CODES,
    SITTINGS_CODES,
    note_label,
    set_note,
    warning_text,
)
from facilitator.ui.marks import QT_TRANSLATE_NOOP

#: Offered in the time-zone list (any IANA name can be typed).
ZONES = (
    "Europe/Vienna",
    "Europe/Geneva",
    "Europe/Paris",
    "Europe/London",
    "America/New_York",
    "Africa/Nairobi",
    "Asia/Bangkok",
    "UTC",
)
FORMAT_LABELS = {
    None: QT_TRANSLATE_NOOP("MeetingForm", "Not given"),
    MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("MeetingForm", "Hybrid (in the room and online)"),
    MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("MeetingForm", "In person"),
    MeetingFormat.ONLINE: QT_TRANSLATE_NOOP("MeetingForm", "Online"),
}
_TIME = r"(\d{1,2})[:.h](\d{2})"
_SITTING = re.compile(rf"^\s*{_TIME}\s*(?:-|–|—|to)\s*{_TIME}\s*$")


def parse_sittings(text: str) -> tuple[Sitting, ...]:
    """One sitting a line, "10:00–13:00" (also 10.00-13.00, 10h00 to 13h00); ValueError with a
    sentence for a line that is not one."""
    sittings = []
    for number, line in enumerate((ln for ln in text.splitlines() if ln.strip()), 1):
        found = _SITTING.match(line)
        try:
            if found is None:
                raise ValueError
            h1, m1, h2, m2 = (int(g) for g in found.groups())
            sittings.append(Sitting(dt.time(h1, m1), dt.time(h2, m2)))
        except ValueError:
            raise ValueError(
                QCoreApplication.translate(
                    "MeetingForm",
                    "Sitting {0} must be written like 10:00–13:00 (one sitting a line).",
                ).format(number)
            ) from None
    return tuple(sittings)


def sittings_text(sittings: tuple[Sitting, ...]) -> str:
    return "\n".join(f"{s.start:%H:%M}–{s.end:%H:%M}" for s in sittings)


class MeetingForm(QWidget):
    edited = Signal(object)  # dict: programme field → new value (object: values stay typed)
    problem = Signal(object)  # str | None

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(programme.title)
        self.date = QLineEdit(programme.date.isoformat() if programme.date else "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, e.g. 2024-07-10"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(ZONES))
        self.zone.setCurrentText(programme.timezone or "")
        self.sittings = QPlainTextEdit(sittings_text(programme.sittings))
        self.sittings.setPlaceholderText(self.tr("One sitting a line: 10:00–13:00"))
        self.sittings.setTabChangesFocus(True)
        self.sittings.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.venue = QLineEdit(programme.venue or "")
        self.format = QComboBox()
        for value, label in FORMAT_LABELS.items():
            self.format.addItem(self.tr(label), value)
        self.format.setCurrentIndex(self.format.findData(programme.format))
        self.platform = QLineEdit(programme.online_platform or "")
        self.platform.setPlaceholderText(self.tr("e.g. Microsoft Teams"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields at the top, not spread over the page
        self.date_note = note_label()
        self.sittings_note = note_label()
        self.general_note = note_label()
        form.addRow(self.general_note)
        for label, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("Dat&e:"), self.date),
            (self.tr("Time &zone:"), self.zone),
            (self.tr("Sittin&gs:"), self.sittings),
            (self.tr("&Venue:"), self.venue),
            (self.tr("&Format:"), self.format),
            (self.tr("Online &platform:"), self.platform),
        ):
            note = {id(self.date): self.date_note, id(self.sittings): self.sittings_note}.get(
                id(field)
            )
            if note is None:
                form.addRow(label, field)
                continue
            # The field and, just under it, what the import says about it.
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(note)
            form.addRow(label, cell)
            label_widget = form.labelForField(cell)
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(field)
        self._problems: dict[str, str] = {}
        self.title.textEdited.connect(lambda text: self._emit(title=" ".join(text.split())))
        self.date.textEdited.connect(self._date_edited)
        self.zone.currentTextChanged.connect(lambda text: self._emit(timezone=text.strip() or None))
        self.sittings.textChanged.connect(self._sittings_edited)
        self.venue.textEdited.connect(lambda text: self._emit(venue=text.strip() or None))
        self.format.currentIndexChanged.connect(lambda _: self._emit(format=self.chosen_format()))
        self.platform.textEdited.connect(
            lambda text: self._emit(online_platform=text.strip() or None)
        )

    def show_import_warnings(self, report: ImportReport | None) -> None:
        """The import's warnings beside the fields they concern: the date, the sittings, and
        the rest (several days, a record, …) above the form."""
        if report is None:
            return
        set_note(self.date_note, [warning_text(w) for w in report.meeting_warnings(*DATE_CODES)])
        set_note(
            self.sittings_note,
            [warning_text(w) for w in report.meeting_warnings(*SITTINGS_CODES)],
        )
        others = [
            w
            for w in report.meeting_warnings()
            if w.code not in DATE_CODES and w.code not in SITTINGS_CODES
        ]
        set_note(self.general_note, [warning_text(w) for w in others])

    def chosen_format(self) -> MeetingFormat | None:
        """The format chosen (Qt hands a string enum's member back as a plain string)."""
        data = self.format.currentData()
        return MeetingFormat(data) if data else None

    def fields(self) -> list[QWidget]:
        return [
            self.title,
            self.date,
            self.zone,
            self.sittings,
            self.venue,
            self.format,
            self.platform,
        ]

    def _emit(self, **changes: Any) -> None:
        self.edited.emit(changes)

    def _report(self, field: str, message: str | None) -> None:
        if message is None:
            self._problems.pop(field, None)
        else:
            self._problems[field] = message
        self.problem.emit(next(iter(self._problems.values()), None))

    def _date_edited(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._report("date", None)
            self._emit(date=None)
            return
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            self._report("date", self.tr("The date must be written like 2024-07-10, or empty."))
            return
        self._report("date", None)
        self._emit(date=date)

    def _sittings_edited(self) -> None:
        try:
            sittings = parse_sittings(self.sittings.toPlainText())
        except ValueError as error:
            self._report("sittings", str(error))
            return
        self._report("sittings", None)
        self._emit(sittings=sittings)
