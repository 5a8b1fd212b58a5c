"""``facilitator --smoke-test`` on a database another Facilitator has open says so and exits 2;
it used to hang for ever (the error was raised inside the first-paint callback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator.store import open_database
from tests.conftest import ROOT


def test_the_smoke_test_on_a_database_in_use_ends_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "meetings.sqlite3"
    with open_database(f"sqlite:///{path}", backups=False):  # this process holds it
        done = subprocess.run(
            [sys.executable, "-m", "facilitator", "--smoke-test", "--database", str(path)],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2, done.stderr
    assert "first paint after" in done.stdout
    errors = [line for line in done.stderr.splitlines() if line.startswith("facilitator: error:")]
    assert len(errors) == 1 and f"(process {os.getpid()})" in errors[0]  # who has it
    assert "Traceback" not in done.stderr
