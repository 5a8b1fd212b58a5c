"""Starting the GUI: the QApplication, the first window, and ``--smoke-test``.

The smoke test starts the real application on a bundled seed programme, waits for the main
window's first paint, prints the time from process start to that paint, and exits 0. CI and the
startup benchmark use it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaintWatcher(QObject):
    """Calls back once, when the watched widget paints for the first time."""

    def __init__(self, widget: QWidget, on_paint: Callable[[], None]) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._on_paint)
        return False


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    return app


def run_gui(*, database: str | None, smoke_test: bool, started: float) -> int:
    """Start the app; with ``smoke_test`` quit after the first paint and report its time."""
    app = application()
    from facilitator.ui.main_window import create_main_window

    window = create_main_window(database=database, smoke_test=smoke_test)
    if smoke_test:

        def report() -> None:
            elapsed = time.perf_counter() - started
            print(f"first paint after {elapsed * 1000:.0f} ms")
            sys.stdout.flush()
            app.quit()

        FirstPaintWatcher(window, report)
    window.show()
    return app.exec()
