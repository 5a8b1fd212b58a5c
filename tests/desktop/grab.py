"""Run as its own process on an X display: save what the screens show, as one PNG.

    python -m tests.desktop.grab OUT.png

Grabs the root window through Qt's xcb platform (no ImageMagick or xwd needed), so the picture is
what a person in front of the screens would see, window manager's frames included.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(out: str) -> int:
    app = QGuiApplication(["grab", "-platform", "xcb"])
    screen = app.primaryScreen()
    every = screen.virtualGeometry()  # the root window spans every screen of the desktop
    picture = screen.grabWindow(0, every.x(), every.y(), every.width(), every.height())
    return 0 if picture.save(out, "PNG") else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
