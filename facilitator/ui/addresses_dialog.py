"""Standing items addressed (Ctrl+Shift+T): tick the standing items (or any segments of the same
item) a speaker will address; the tour-de-table's rapporteurs tag their interventions from this."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from facilitator.core.programme import Segment
from facilitator.ui.checklist import checkable_item, checked_data


class AddressesDialog(QDialog):
    """A checklist of ``choices``, ``chosen`` ticked: Space ticks, Enter confirms."""

    def __init__(
        self, choices: Sequence[Segment], chosen: Collection[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Standing items addressed"))
        self.boxes = QListWidget()
        for segment in choices:
            self.boxes.addItem(
                checkable_item(segment.display_title, segment.id, segment.id in chosen)
            )
        self.boxes.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Space ticks, Enter confirms.")))
        layout.addWidget(self.boxes)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def chosen(self) -> tuple[str, ...]:
        """The ids of the segments ticked, in the programme's order."""
        return tuple(str(segment_id) for segment_id in checked_data(self.boxes))
