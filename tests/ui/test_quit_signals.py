"""SIGTERM (a logout, a shutdown, ``kill``) and SIGINT (Ctrl+C in the terminal) end the app as
closing it does: the console closes (saving its layout and the rapporteur's draft), the store is
closed, the ``-wal`` file is folded back and the instance lock is let go and removed.

The app runs as a real process on a real database file, with a meeting's console open, and gets a
real signal.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.store import open_database
from facilitator.store.lock import lock_path
from tests.conftest import ROOT


def _until(condition: object, process: subprocess.Popen[str], *, seconds: float = 60) -> None:
    """Wait (on the process, never a sleep) until ``condition()`` holds or the process ends."""
    for _ in range(int(seconds / 0.05)):
        if condition():  # type: ignore[operator]
            return
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        _, err = process.communicate()
        pytest.fail(f"the app ended early ({process.returncode}): {err}")
    process.kill()
    pytest.fail("the app never opened the meeting")


@pytest.mark.slow
@pytest.mark.parametrize(("sent", "status"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_a_signal_closes_the_console_and_the_store(
    sent: signal.Signals,
    status: int,
    seed_tip: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = tmp_path / "meetings.sqlite3"
    assert main(["programme", "import", str(seed_tip), "--database", str(database)]) == 0
    meeting = capsys.readouterr().out.strip()
    home = Path(os.environ["FACILITATOR_HOME"])
    app = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--database", str(database), "--open", meeting],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = lock_path(database)

    def holds_the_store() -> bool:
        try:
            return lock.read_text(encoding="ascii").strip() == str(app.pid)
        except OSError:
            return False

    # The lock carries the pid once the store is being opened, and the WAL file appears once it
    # is open (the store opens off the GUI thread); the console opens in the same step, and the
    # signal is acted on only when the event loop runs again.
    wal = Path(f"{database}-wal")
    try:
        _until(lambda: holds_the_store() and wal.exists(), app)
        app.send_signal(sent)
        _, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:  # a failed check must not leave the app running
            app.kill()
            app.communicate(timeout=60)
    assert app.returncode == status, err
    assert "Traceback" not in err
    assert not lock.exists()
    assert not Path(f"{database}-wal").exists()
    settings = (home / "config" / "facilitator.ini").read_text(encoding="utf-8")
    assert "geometry=" in settings  # the console closed as a window does, saving its layout
    with open_database(str(database)) as db:  # nobody holds it now
        assert [m.id for m in db.list_meetings()] == [int(meeting)]
