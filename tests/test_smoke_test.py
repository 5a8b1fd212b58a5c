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


def test_the_smoke_test_is_the_real_start_and_reports_both_paints(tmp_path: Path) -> None:
    """The start screen paints first (what the user sees), then the store opens and a meeting's
    console is opened and painted behind it."""
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--smoke-test"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(" after ")[0] for line in lines] == ["first paint", "console painted"]


def test_the_start_screen_imports_only_what_its_first_paint_needs() -> None:
    """The store (SQLAlchemy, Alembic), the programme model, its readers and importer, the
    meeting's state and the console are imported after the start screen has painted (issue 16:
    start-up budget)."""
    code = (
        "import sys\n"
        "import facilitator.__main__, facilitator.ui.app, facilitator.ui.start_screen\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    loaded = set(done.stdout.split())
    assert "facilitator.ui.start_screen" in loaded, done.stderr
    for heavy in (
        "sqlalchemy",
        "alembic",
        "facilitator.store",
        "facilitator.formats.programme.importer",
        "facilitator.core.fold.state",
        "facilitator.core.programme",
        "facilitator.formats.programme.files",
        "facilitator.ui.console",
        "platformdirs",
        "importlib.resources",
    ):
        assert heavy not in loaded, heavy
