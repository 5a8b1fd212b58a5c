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
from facilitator.store import open_database
from facilitator.ui import join_dialog
from facilitator.ui.app import App
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.join_dialog import JoinDialog, server_url
from tests.postgres_server import postgres_server
from tests.ui.conftest import TEN_AM_TIP, TIP

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def _fill(dialog: JoinDialog, server: str, *, seat: str = "Ana Ruiz") -> None:
    """The dialog's fields for the throwaway server (a Unix socket in a folder)."""
    parts = urlsplit(server)
    dialog.host.setText(parse_qs(parts.query)["host"][0])
    dialog.port.setValue(5432)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username or "")
    dialog.sslmode.setCurrentText("prefer")
    dialog.seat.setText(seat)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RAPPORTEUR.value))


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

    # The start screen's Ctrl+J runs the same dialog, then opens the console on the server.
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
        # A rapporteur's seat does not move the agenda: refused in words, nothing written.
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


def _accept_as(dialog: JoinDialog, server: str) -> QDialog.DialogCode:
    _fill(dialog, server)
    assert dialog.list_meetings()
    dialog.accept()
    return QDialog.DialogCode.Accepted


def test_enter_connects_first_then_joins(qtbot: QtBot) -> None:
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.connect_button.isDefault() and not ok.isEnabled()
    dialog._ok(True)
    assert ok.isDefault() and not dialog.connect_button.isDefault()
