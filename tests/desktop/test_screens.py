"""Every window fits the screen it opens on: the work area (the screen less the taskbar), on a
1366×768 laptop with a projector beside it and on a 1920×1080 screen at 100 %, 150 % and 200 %
scaling (what Windows and GNOME set on 15″ and 13″ laptops). A window taller than the work area
hides its OK button and its status bar below the taskbar; one wider hides a dock."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop.conftest import CONSOLE, Desktop, Meeting, Window

pytestmark = [pytest.mark.desktop, pytest.mark.slow]


def _fits(desktop: Desktop, window: Window) -> None:
    left, top, width, height = desktop.work_area()
    assert window.inside(left, top, width, height), (window, desktop.work_area())


def _every_window(
    desktop: Desktop, meeting: Meeting, scale: float, shots: Path | None
) -> list[Window]:
    """The start screen, the console with every dock open, the programme editor and the export
    window, opened from the keyboard; each must fit."""
    seen = []
    start = desktop.launch("--database", str(meeting.database), scale=scale)
    screen = desktop.window_named(start, "Facilitator")
    meeting.opened_by(desktop, start)
    desktop.focused("Facilitator")
    _fits(desktop, screen)
    seen.append(screen)
    desktop.key("Return")  # opens the selected (only) meeting
    console = desktop.window_named(start, CONSOLE)
    desktop.focused(CONSOLE)
    desktop.key("ctrl+3", "Escape", "ctrl+4", "Escape")  # the rapporteur's docks too
    console = desktop.window_named(start, CONSOLE)
    _fits(desktop, console)
    seen.append(console)
    if shots is not None:
        desktop.grab(shots / "console.png")
    desktop.key("ctrl+p")
    editor = desktop.window_named(start, "programme")
    _fits(desktop, editor)
    seen.append(editor)
    desktop.key("Escape")
    desktop.focused(CONSOLE)
    desktop.key("ctrl+shift+s")
    export = desktop.window_named(start, "Export")
    _fits(desktop, export)
    seen.append(export)
    return seen


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0], ids=["100%", "150%", "200%"])
def test_every_window_fits_a_full_hd_screen(
    full_hd: Desktop, meeting: Meeting, scale: float
) -> None:
    _every_window(full_hd, meeting, scale, None)


def test_every_window_fits_a_laptop_beside_its_projector(
    desktop: Desktop, meeting: Meeting
) -> None:
    windows = _every_window(desktop, meeting, 1.0, None)
    assert all(w.x < 1366 for w in windows)  # on the laptop, not the projector
