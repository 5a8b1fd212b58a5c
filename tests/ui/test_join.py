"""Joining a meeting on a server from the start screen (issue 18): a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.formats.programme.files import read_programme
from facilitator.seat import Role
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.ui import join_dialog
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.display_seat import DisplaySeat
from facilitator.ui.join_dialog import JoinDialog, server_url
from facilitator.ui.settings import app_settings
from tests.postgres_server import postgres_server
from tests.ui.conftest import TEN_AM_TIP, TIP

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def _fill(
    dialog: JoinDialog, server: str, *, seat: str = "Ana Ruiz", role: Role = Role.RAPPORTEUR
) -> None:
    """The dialog's fields for the throwaway server (a Unix socket in a folder)."""
    parts = urlsplit(server)
    dialog.host.setText(parse_qs(parts.query)["host"][0])
    dialog.port.setValue(5432)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username or "")
    dialog.sslmode.setCurrentText("prefer")
    dialog.seat.setText(seat)
    dialog.role.setCurrentIndex(dialog.role.findData(role.value))


def test_the_address_carries_no_password_and_asks_for_the_security_chosen() -> None:
    url = server_url("10.0.0.5", 5432, "dialogue", "rapporteur", "require")
    assert url.startswith("postgresql://rapporteur@10.0.0.5:5432/dialogue?")
    assert "sslmode=require" in url and ":@" not in url and "password" not in url


def test_a_server_that_cannot_be_reached_is_said_in_words(qtbot: QtBot) -> None:
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("no-such-host.invalid")
    dialog.database.setText("facilitator")
    assert dialog.list_meetings() is False
    assert dialog.status.text() and "Traceback" not in dialog.status.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_rapporteur_joins_the_meeting_on_the_server_and_acts_under_their_name(
    server: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(server) as db:
        meeting_id = db.create_meeting(read_programme(TIP))
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, server)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.meetings.count() == 1, dialog.status.text()
    assert "Trafficking in Persons" in dialog.meetings.item(0).text()
    dialog.accept()
    joining = dialog.joining
    assert joining is not None and joining.meeting_id == meeting_id
    assert joining.seat == "Ana Ruiz" and joining.role is Role.RAPPORTEUR

    # The start screen's Ctrl+J runs the same dialog, then opens the console on the server; the
    # laptop's own seat name (Meeting → Seat name…, for its own meetings) is not the seat's here.
    app_settings().setValue("seat/name", "Laptop owner")
    monkeypatch.setattr(join_dialog.JoinDialog, "exec", lambda self: _accept_as(self, server))
    local = open_database(tmp_path / "laptop.sqlite3", backups=False)
    app = App(local, clock=FakeClock(TEN_AM_TIP), actor="Laptop user")
    try:
        app.show_start()
        assert app.start_screen is not None
        qtbot.addWidget(app.start_screen)
        app.start_screen.join_action.trigger()
        console = app.console
        assert isinstance(console, ConsoleWindow)
        qtbot.addWidget(console)
        # A rapporteur's seat does not move the agenda: it has no buttons for it, and the keys
        # are refused in words, nothing written.
        shown = [b.defaultAction().objectName() for b in console.controls.buttons()]
        assert shown == ["undo", "redo"]
        failures: list[str] = []
        console.controller.failed.connect(failures.append)
        assert not console.controller.act(lambda s: s.start_sitting())
        assert failures and "rapporteur's seat" in failures[-1]
        # It captures, under the rapporteur's name and role.
        draft = replace(
            console.controller.session.intervention_prefill(),
            name="Ms. Amina Diallo",
            organization="Global Initiative",
            summary="Victims first.",
            tags=("seg-1",),
        )
        assert console.controller.act(lambda s: s.log_intervention(draft)), failures
        with open_database(server) as db:
            events = db.load_meeting(meeting_id).events
        assert [(e.type, e.actor) for e in events] == [
            ("InterventionLogged", "Ana Ruiz (rapporteur)")
        ]
        console.close()
    finally:
        for joined in app.servers:
            joined.close()
        local.close()


def _accept_as(dialog: JoinDialog, server: str, role: Role = Role.RAPPORTEUR) -> QDialog.DialogCode:
    _fill(dialog, server, seat="Projector" if role is Role.DISPLAY else "Ana Ruiz", role=role)
    assert dialog.list_meetings()
    dialog.accept()
    return QDialog.DialogCode.Accepted


def test_a_display_seat_joins_full_screen_read_only_and_follows_the_co_chairs(
    server: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The projector's computer joins as the room display: the room display alone, full screen,
    on a read-only connection, following the Co-Chair's seat through LISTEN/NOTIFY."""
    with open_database(server) as db:
        meeting_id = db.create_meeting(read_programme(TIP))
    monkeypatch.setattr(
        join_dialog.JoinDialog, "exec", lambda self: _accept_as(self, server, Role.DISPLAY)
    )
    local = open_database(tmp_path / "projector.sqlite3", backups=False)
    app = App(local, clock=FakeClock(TEN_AM_TIP), actor="Projector computer")
    chair_db = open_database(server)
    try:
        app.show_start()
        assert app.start_screen is not None
        qtbot.addWidget(app.start_screen)
        app.start_screen.join_action.trigger()
        display = app.console
        assert isinstance(display, DisplaySeat)
        qtbot.addWidget(display)
        assert display.isFullScreen() and not app.start_screen.isVisible()
        assert [joined.read_only for joined in app.servers] == [True]
        chair = MeetingSession(chair_db, meeting_id, clock=FakeClock(TEN_AM_TIP), actor="Co-Chair")
        chair.start()
        chair.next()
        briefing = chair.programme.segment("seg-2").display_title
        qtbot.waitUntil(lambda: display.segment.text() == briefing, timeout=5000)
        display.close()
        assert [e.actor for e in chair_db.load_meeting(meeting_id).events] == ["Co-Chair"] * 2
    finally:
        for joined in app.servers:
            joined.close()
        chair_db.close()
        local.close()


def test_enter_connects_first_then_joins(qtbot: QtBot) -> None:
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.connect_button.isDefault() and not ok.isEnabled()
    dialog._ok(True)
    assert ok.isDefault() and not dialog.connect_button.isDefault()
