"""Join a meeting on a server: where the server is, who this seat is, which meeting.

A Secretariat runs one PostgreSQL database for the meeting (README, "Several seats"); each seat
joins it from the start screen (File → Join a meeting on a server…, Ctrl+J). The dialog asks for
the server, the database and the user, connects, lists the meetings there, and gives back the
address and the meeting chosen.

The password is never asked for here and never stored in the settings: PostgreSQL's own client
library reads it from its password file (``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf`` on
Windows) or ``PGPASSWORD``, as every PostgreSQL tool does. What is remembered (host, port,
database, user, the security mode and the seat's name and role) is not secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.seat import Role
from facilitator.ui.colours import colours
from facilitator.ui.marks import QT_TRANSLATE_NOOP
from facilitator.ui.screen_fit import fit_to_screen
from facilitator.ui.settings import app_settings

if TYPE_CHECKING:
    from facilitator.store.records import MeetingSummary

SETTINGS = "join/"


ROLE_WORDS = {
    Role.CO_CHAIR: QT_TRANSLATE_NOOP("JoinDialog", "Co-Chair: runs the agenda and the floor"),
    Role.RAPPORTEUR: QT_TRANSLATE_NOOP("JoinDialog", "Rapporteur: captures and reviews"),
    Role.DISPLAY: QT_TRANSLATE_NOOP(
        "JoinDialog", "Room display: shows the meeting, takes no command"
    ),
}
SSL_MODES = ("require", "verify-full", "prefer", "disable")


@dataclass(frozen=True, slots=True)
class Joining:
    """What the dialog gives back: the database's address, the meeting, and who this seat is."""

    url: str
    meeting_id: int
    seat: str
    role: Role


def server_url(host: str, port: int, database: str, user: str, sslmode: str) -> str:
    """A ``postgresql://`` address without a password (libpq finds it in its password file)."""
    from sqlalchemy.engine import URL  # start-up: the join window is opened, never at start

    query = {"sslmode": sslmode, "connect_timeout": "5", "application_name": "Facilitator"}
    if host.startswith("/"):  # a Unix socket's folder (a server on this machine): libpq's way
        query["host"], host = host, ""
    return URL.create(
        "postgresql",
        username=user or None,
        host=host or None,
        port=port or None,
        database=database or None,
        query=query,
    ).render_as_string(hide_password=False)


class JoinDialog(QDialog):
    """Connect to a server, choose a meeting there, say who this seat is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a meeting on a server"))
        settings = app_settings()

        def remembered(key: str, default: str) -> str:
            return str(settings.value(SETTINGS + key, default))

        self.host = QLineEdit(remembered("host", ""))
        self.host.setPlaceholderText(self.tr("the server's name or address, e.g. 10.0.0.5"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(remembered("port", "5432")))
        self.database = QLineEdit(remembered("database", "facilitator"))
        self.user = QLineEdit(remembered("user", ""))
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(remembered("sslmode", "require"))
        self.seat = QLineEdit(remembered("seat", ""))
        self.seat.setPlaceholderText(self.tr("your name, as the record will show it"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(self.tr(ROLE_WORDS[role]), role.value)
        self.role.setCurrentIndex(max(self.role.findData(remembered("role", "rapporteur")), 0))

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Se&curity:"), self.sslmode)
        form.addRow(self.tr("&Your name:"), self.seat)
        form.addRow(self.tr("&Role:"), self.role)
        password_note = QLabel(
            self.tr(
                "The password comes from PostgreSQL's password file (~/.pgpass) or PGPASSWORD;"
                " Facilitator never stores it."
            )
        )
        password_note.setWordWrap(True)
        password_note.setStyleSheet(f"color: {colours().muted.name()};")

        self.connect_button = QPushButton(self.tr("C&onnect and list the meetings"))
        self.connect_button.setAutoDefault(True)
        self.connect_button.clicked.connect(self.list_meetings)
        self.meetings = QListWidget()
        self.meetings.setObjectName("serverMeetings")
        self.meetings.setAccessibleName(self.tr("Meetings on the server"))
        self.meetings.itemActivated.connect(lambda _item: self.accept())
        # Titles of a series begin alike ("Constructive Dialogue on the UNTOC…"): shown whole.
        self.meetings.setWordWrap(True)
        self.meetings.setSpacing(3)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ok(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(password_note)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.joining: Joining | None = None
        fit_to_screen(self, QSize(560, 620))

    def _ok(self, enabled: bool) -> None:
        """Join is possible (a meeting is listed): Enter joins; until then Enter connects."""
        join = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        join.setEnabled(enabled)
        join.setDefault(enabled)
        self.connect_button.setDefault(not enabled)

    def url(self) -> str:
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.sslmode.currentText(),
        )

    def _say(self, text: str, *, error: bool) -> None:
        colour = colours().error_text if error else colours().muted
        self.status.setStyleSheet(f"color: {colour.name()};")
        self.status.setText(text)

    def list_meetings(self) -> bool:
        """Connect and list the server's meetings; False, with a sentence, when it cannot."""
        from facilitator.store import StoreError, open_database

        self.meetings.clear()
        self._ok(False)
        if not self.database.text().strip():
            self._say(self.tr("Type the database's name (the Secretariat gives it)."), error=True)
            self.database.setFocus()
            return False
        self._say(self.tr("Connecting…"), error=False)
        self.repaint()
        try:
            with open_database(self.url(), read_only=True, backups=False) as db:
                found: list[MeetingSummary] = db.list_meetings()
        except StoreError as exc:
            reason = (exc.detail or "").strip().splitlines()[:1]
            self._say(
                self.tr(
                    "Cannot join: the server did not answer as a Facilitator database ({0})."
                    " Check the server's name, the port, the database and the user (the"
                    " Secretariat gives them), and that this computer is on the meeting's"
                    " network."
                ).format(reason[0] if reason else exc.message),
                error=True,
            )
            return False
        for summary in reversed(found):  # newest first, as on the start screen
            when = summary.date.isoformat() if summary.date else ""
            item = QListWidgetItem(f"{when}  {summary.title}  ({summary.status.value})".strip())
            item.setToolTip(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.meetings.addItem(item)
        if not found:
            self._say(
                self.tr(
                    "There is no meeting on this server yet: the Secretariat copies one there"
                    " first (facilitator copy-meeting MEETING --to ADDRESS)."
                ),
                error=True,
            )
            return False
        self.meetings.setCurrentRow(0)
        self.meetings.setFocus()
        self._say(self.tr("%n meeting(s) on the server.", "", len(found)), error=False)
        self._ok(True)
        return True

    def accept(self) -> None:
        item = self.meetings.currentItem()
        if item is None:
            return
        if not self.seat.text().strip():
            self._say(self.tr("Type your name: every event records who did it."), error=True)
            self.seat.setFocus()
            return
        role = Role(self.role.currentData())
        self.joining = Joining(
            self.url(), int(item.data(Qt.ItemDataRole.UserRole)), self.seat.text().strip(), role
        )
        settings = app_settings()
        for key, value in (
            ("host", self.host.text().strip()),
            ("port", str(self.port.value())),
            ("database", self.database.text().strip()),
            ("user", self.user.text().strip()),
            ("sslmode", self.sslmode.currentText()),
            ("seat", self.joining.seat),
            ("role", role.value),
        ):
            settings.setValue(SETTINGS + key, value)
        super().accept()
