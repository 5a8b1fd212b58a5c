"""SIGTERM and SIGINT end the app the way closing its windows does.

A logout, a system shutdown or ``kill`` sends SIGTERM; Ctrl+C in the terminal that started the app
sends SIGINT. Python's default for SIGTERM ends the process on the spot, and its default for SIGINT
raises ``KeyboardInterrupt`` wherever the interpreter happens to be, which inside Qt's event loop
is nowhere useful. Either way the store was never closed: the ``-wal`` file and the instance lock
were left behind and the backup on close was never taken.

Here both signals close every window (the console saves the rapporteur's draft and its layout as
it closes) and leave the event loop with a status, so that :func:`facilitator.ui.app.run_gui`
closes the store as it does after a normal quit. Python runs a signal handler only when the
interpreter gets control, and while Qt waits for events it does not; so the signal also writes a
byte to a socket (:func:`signal.set_wakeup_fd`) that a :class:`QSocketNotifier` watches, which
wakes the event loop at once.

While the start works in the background (opening the database: ui/app.py ``in_background``, under
:func:`held`), a signal is acted on once that work is done and its windows are open, as it was
when the GUI thread itself did it: the console that opened meanwhile closes as quitting closes it.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

#: The exit status after each signal: SIGTERM is an orderly end (0); SIGINT keeps the shell's
#: convention for an interrupted program (128 + 2).
EXIT_STATUS = {signal.SIGTERM: 0, signal.SIGINT: 130}


#: How many pieces of background work of the start are under way (see :func:`held`).
_held = 0
#: How often a signal held back looks again whether it may be acted on.
HELD_RETRY_MS = 20


@contextmanager
def held() -> Iterator[None]:
    """While the block runs, a signal received is acted on only afterwards."""
    global _held
    _held += 1
    try:
        yield
    finally:
        _held -= 1


class QuitOnSignals(QObject):
    """Installed once per run; :meth:`uninstall` puts the previous handlers back."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.received: signal.Signals | None = None
        self._wake_read, self._wake_write = socket.socketpair()
        for end in (self._wake_read, self._wake_write):
            end.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(
            self._wake_write.fileno(), warn_on_full_buffer=False
        )
        self._notifier = QSocketNotifier(self._wake_read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {number: signal.signal(number, self._handle) for number in EXIT_STATUS}

    def _drain(self) -> None:
        """Empty the wake-up socket; the Python handler itself has run (or runs) by now."""
        try:
            while self._wake_read.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        if self.received is not None:
            return  # already on the way out
        self.received = signal.Signals(number)
        # Not from inside the handler (it can run between any two bytecodes): from the loop.
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        assert self.received is not None
        if _held:
            QTimer.singleShot(HELD_RETRY_MS, self._quit)
            return
        self._app.closeAllWindows()
        self._app.exit(EXIT_STATUS[self.received])

    def uninstall(self) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._notifier.setEnabled(False)
        self._wake_read.close()
        self._wake_write.close()
