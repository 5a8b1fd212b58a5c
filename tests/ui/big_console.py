"""The console on the day of 2,000 interventions (tests/big_meeting.py) in a real SQLite file,
and its export window: for the GUI-thread tests and benches (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.session import MeetingSession
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.controller import MeetingController
from facilitator.ui.export_dialog import ExportDialog
from tests.big_meeting import into_database

WAIT_MS = 120_000


@contextmanager
def big_console(big: MeetingSession, folder: Path, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    """The console on ``big``'s meeting, copied into a SQLite file in ``folder``."""
    db, meeting_id = into_database(big, folder / "big.sqlite3")
    session = MeetingSession(db, meeting_id, clock=FakeClock(big.now()), actor="Rapporteur")
    window = ConsoleWindow(MeetingController(session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        db.close()


def open_export(window: ConsoleWindow, qtbot: QtBot) -> ExportDialog:
    """The export window, its first preview shown."""
    dialog = window.open_export()
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        qtbot.waitExposed(dialog)
    return dialog


def capture(window: ConsoleWindow, summary: str) -> None:
    """A rapporteur's capture on the first segment (whose entries come first in the record, so
    the preview shows it however long the day)."""
    fields = {"name": "Ms. Stream", "tags": ["seg-1"], "summary": summary}
    assert window.controller.act(lambda s: s.log_intervention(fields))
