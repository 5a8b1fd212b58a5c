"""A read-only outline of a programme: items, their segments, planned times, questions, people.

Used to preview a programme before a meeting is created from it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from facilitator.core.planning import planned_layout
from facilitator.core.programme import Programme, minutes_of


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class ProgrammeOutline(QTreeWidget):
    """The programme as a tree: item → segment → guiding questions and people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Agenda"), self.tr("Kind"), self.tr("Start"), self.tr("Min")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)

    def show_programme(self, programme: Programme) -> None:
        self.clear()
        segments = [s for _, s in programme.segments()]
        starts = planned_layout(
            [s.planned_minutes for s in segments],
            [minutes_of(s.scheduled_start) if s.scheduled_start else None for s in segments],
            [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings],
        )
        start_of = dict(zip((s.id for s in segments), starts, strict=True))
        for item in programme.items:
            node = QTreeWidgetItem(self, [item.display_title, "", "", ""])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for segment in item.segments:
                child = QTreeWidgetItem(
                    node,
                    [
                        segment.display_title,
                        segment.kind.label,
                        _hhmm(start_of[segment.id]),
                        str(segment.planned_minutes),
                    ],
                )
                child.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
                child.setToolTip(0, segment.display_title)
                if segment.moderator:
                    QTreeWidgetItem(child, [self.tr("Moderator: ") + segment.moderator.display()])
                for person in segment.panellists:
                    QTreeWidgetItem(child, [self.tr("Panellist: ") + person.display()])
                for number, question in enumerate(segment.guiding_questions, 1):
                    leaf = QTreeWidgetItem(child, [f"Q{number}. {question}"])
                    leaf.setToolTip(0, question)
        self.expandToDepth(0)
