"""The console's budgets (issue 4): start-up to first paint (the start screen, what the user sees
first) against a bare PySide6 window in the same run, one clock repaint, and no drift over a
simulated six-hour day.

Figures: ``python3 -m pytest tests/bench/test_bench_console.py --benchmark-enable -s``.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Desk

BARE = """
import os, sys
def age():
    with open('/proc/self/stat') as h:
        fields = h.read().rsplit(')', 1)[1].split()
    with open('/proc/uptime') as h:
        uptime = float(h.read().split()[0])
    return uptime - int(fields[19]) / os.sysconf('SC_CLK_TCK')
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel('A bare PySide6 window'))
window.resize(1366, 768)
class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f'first paint after {age() * 1000:.0f} ms', flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
"""
FIRST_PAINT = re.compile(r"first paint after (\d+) ms")
CONSOLE_PAINTED = re.compile(r"console painted after (\d+) ms")


def _run(command: list[str], home: Path) -> str:
    """One start, in a process of its own, with Python's bytecode cache on (as an installed app
    has it): ``PYTHONDONTWRITEBYTECODE``, which a test environment may set, would have every start
    compile the app's modules again, which no user's start does."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, check=True, timeout=60
    )
    return result.stdout


def _ms(pattern: re.Pattern[str], output: str) -> int:
    match = pattern.search(output)
    assert match, output
    return int(match.group(1))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process age comes from /proc")
def test_bench_startup_against_a_bare_window(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the user sees first, ``facilitator``'s start screen, painted, against a bare PySide6
    window, both timed from their process's start, alternately in one run. ``--smoke-test`` is
    the real start (the start screen, then the store and a meeting's console behind it); the
    time until that console has painted is reported too."""
    app_cmd = [sys.executable, "-m", "facilitator", "--smoke-test"]
    bare_cmd = [sys.executable, "-c", BARE]
    _run(bare_cmd, tmp_path)  # once unmeasured each: the bytecode cache written, as after an
    _run(app_cmd, tmp_path)  # install (a fresh checkout has none)
    rounds = 7 if benchmark.enabled else 1
    app, console, bare = [], [], []
    for _ in range(rounds):  # alternate, so both see the same machine load
        bare.append(_ms(FIRST_PAINT, _run(bare_cmd, tmp_path)))
        output = _run(app_cmd, tmp_path)
        app.append(_ms(FIRST_PAINT, output))
        console.append(_ms(CONSOLE_PAINTED, output))
    ratio = statistics.median(app) / statistics.median(bare)
    console_ratio = statistics.median(console) / statistics.median(bare)
    benchmark.extra_info.update(
        app_first_paint_ms=statistics.median(app),
        bare_first_paint_ms=statistics.median(bare),
        ratio=round(ratio, 2),
        console_painted_ms=statistics.median(console),
        console_ratio=round(console_ratio, 2),
    )
    print(
        f"\nfirst paint: app median {statistics.median(app)} ms, bare window median "
        f"{statistics.median(bare)} ms, ratio ×{ratio:.2f} (budget ×1.6)"
        f"\nconsole painted (store opened, meeting made and opened): median "
        f"{statistics.median(console)} ms, ×{console_ratio:.2f} the bare window"
    )
    benchmark.pedantic(lambda: None, rounds=1)
    assert all(a > 0 for a in app) and all(b > 0 for b in bare)
    assert all(c > a for c, a in zip(console, app, strict=True))
    if benchmark.enabled:  # the budget (issue 16): measured side by side, so load cancels out
        assert ratio <= 1.6, f"start-up ×{ratio:.2f} a bare window (budget ×1.6)"


def test_bench_one_clock_repaint(benchmark, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """Repainting the big clock when its text changes (budget ≤ 2 ms)."""
    from PySide6.QtCore import Qt

    desk.qtbot.keyClick(desk.window, Qt.Key.Key_Space)
    clock = desk.window.clock
    texts = iter(f"{m}:{s:02d}" for m in range(59, -1, -1) for s in range(59, -1, -1))

    def repaint() -> None:
        clock.set_time(next(texts), clock.phase())
        clock.repaint()

    benchmark.pedantic(repaint, rounds=300, warmup_rounds=5)
    assert clock.text() != "10:00"


def test_bench_one_tick_when_the_second_changes(benchmark, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """All the work of a tick that shows a new second: schedule, board, labels, agenda row, and
    the clock's repaint."""
    from PySide6.QtCore import Qt

    desk.qtbot.keyClick(desk.window, Qt.Key.Key_Space)

    def tick() -> None:
        desk.clock.advance(1)
        desk.window.refresh_clock()
        desk.window.clock.repaint()

    benchmark(tick)
    assert desk.window.clock.text() != "10:00"  # the clock moved


def test_console_does_not_drift_over_six_hours(desk: Desk, qtbot: QtBot) -> None:
    """Tick every 15 s through a six-hour segment: the clock always shows exactly planned − now."""
    from PySide6.QtCore import Qt

    desk.qtbot.keyClick(desk.window, Qt.Key.Key_Space)
    desk.qtbot.keyClick(desk.window, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)  # +5 min
    allotted = 15 * 60
    for tick in range(1, 6 * 240 + 1):
        desk.advance(seconds=15)
        used = tick * 15
        left = allotted - used
        expected = (
            f"{left // 60}:{left % 60:02d}"
            if left >= 0
            else "+"
            + (
                f"{(-left) // 3600}:{(-left) % 3600 // 60:02d}:{(-left) % 60:02d}"
                if -left >= 3600
                else f"{(-left) // 60}:{(-left) % 60:02d}"
            )
        )
        assert desk.window.clock.text() == expected, tick
