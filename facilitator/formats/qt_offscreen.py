"""A Qt application for the exports that draw (the chart's picture, the PDF), from the command line
as from the app.

Painting text into a ``QImage`` or a ``QPdfWriter`` needs a GUI application object (fonts live in
it). The app already has one; the command line (``facilitator export --format pdf``) does not, and
may run where there is no screen at all (a server, CI), where Qt's default platform would abort
the process. :func:`ensure_gui_application` returns the existing application, or creates one: on
Qt's ``offscreen`` platform when the environment names no display and no platform, else the normal
one.

It creates a ``QApplication`` (widgets) rather than a bare ``QGuiApplication`` when QtWidgets is
installed: a process holds one application object for its whole life, and one that later shows a
widget (the app opened after an export, a test suite) needs the widgets kind.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication

try:
    from PySide6.QtWidgets import QApplication
except ImportError:  # a Qt without widgets: a GUI application is all drawing needs
    _APPLICATION: type[QGuiApplication] = QGuiApplication
else:
    _APPLICATION = QApplication

#: The application this module created (kept so that it lives as long as the process).
_created: list[QGuiApplication] = []


def headless(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """Whether Qt should draw offscreen: on Linux and the other X11/Wayland systems, when neither
    ``QT_QPA_PLATFORM`` nor a display (``DISPLAY``, ``WAYLAND_DISPLAY``) is set. Windows and macOS
    always have a platform of their own."""
    env = os.environ if environ is None else environ
    if sys.platform.startswith(("win", "darwin")):
        return False
    if env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The process's GUI application, created (offscreen when headless) if there is none yet.

    Raises ``RuntimeError`` if the process already has a non-GUI ``QCoreApplication``: Qt allows
    only one application object, and it cannot draw."""
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError(
                "cannot draw the record: this process already runs a non-GUI Qt application"
            )
        return existing
    argv = ["facilitator"]
    if headless():
        argv += ["-platform", "offscreen"]
    app = _APPLICATION(argv)
    _created.append(app)
    return app
