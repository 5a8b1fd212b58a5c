"""Windows that fit the screen they open on, frame and all.

A size that suits a 1920×1080 desk (the console at 1366×768, the programme editor at 1200×760) is
too big for a 1366×768 laptop, whose taskbar takes the bottom 40 pixels, and far too big at 150 %
or 200 % scaling, where a 1920×1080 screen is 1280×720 or 960×540 in Qt's logical pixels. A window
taller than the room left hides its OK button and its status bar under the taskbar.

So every top-level window asks for its preferred size through :func:`fit_to_screen`, which gives
it that size or the room there is, whichever is smaller, and centres it in the screen's *available*
geometry (the work area, less the taskbar and docks), allowing for the window manager's frame.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

#: The frame a window manager puts around a window (title bar, borders), in logical pixels, for
#: a window not shown yet whose parent does not tell it. Generous on purpose: too big a guess costs
#: a few pixels of window; too small a one puts the bottom edge under the taskbar.
FRAME_ALLOWANCE = QMargins(6, 34, 6, 6)


def screen_of(window: QWidget) -> QScreen | None:
    """The screen a window opens on: its parent's, else the app's active window's (the console
    opens where the start screen was), else the primary one (the laptop's own, not the
    projector beside it)."""
    screens = QGuiApplication.screens()
    parent = window.parentWidget()
    active = QApplication.activeWindow()
    for other in (parent.window() if parent is not None else None, active):
        if other is None or other is window or not other.isVisible():
            continue
        try:
            screen = other.screen()
        except RuntimeError:  # a window on a screen unplugged meanwhile
            continue
        if screen in screens:
            return screen
    return QGuiApplication.primaryScreen()


def frame_margins(window: QWidget) -> QMargins:
    """The frame the window manager draws (or will draw) around ``window``."""
    for candidate in (window, window.parentWidget()):
        handle = candidate.window().windowHandle() if candidate is not None else None
        if handle is not None and candidate is not None and candidate.window().isVisible():
            margins = handle.frameMargins()
            if margins.top() > 0 or margins.left() > 0:
                return margins
    for other in QApplication.topLevelWidgets():
        handle = other.windowHandle()
        if other.isVisible() and handle is not None and handle.frameMargins().top() > 0:
            return handle.frameMargins()
    return FRAME_ALLOWANCE


def room_for(window: QWidget, screen: QScreen | None = None) -> QRect:
    """The rectangle the window's *contents* may fill: the available geometry less the frame,
    and less a pixel each side for the rounding of a scaled screen's coordinates."""
    screen = screen or screen_of(window)
    if screen is None:
        return QRect(0, 0, 1366, 728)
    return screen.availableGeometry().marginsRemoved(frame_margins(window) + QMargins(1, 1, 1, 1))


def fit_to_screen(window: QWidget, preferred: QSize, screen: QScreen | None = None) -> QSize:
    """Size ``window`` to ``preferred`` or the room there is, whichever is smaller, and centre it
    in the work area; returns the size given."""
    room = room_for(window, screen)
    size = preferred.boundedTo(room.size())
    window.resize(size)
    frame = frame_margins(window)
    # move() places the frame's corner: centre the whole framed window in the work area.
    left = room.left() - frame.left() + max(0, (room.width() - size.width()) // 2)
    top = room.top() - frame.top() + max(0, (room.height() - size.height()) // 2)
    window.move(QPoint(left, top))
    return size


def fits(window: QWidget) -> bool:
    """Whether the shown window, frame included, lies within its screen's work area."""
    screen = window.screen()
    if screen is None:
        return True
    return screen.availableGeometry().contains(window.frameGeometry())
