"""The keyboard stays with the console, whatever other windows come up: the room display on the
projector, and the fields of the docks (a single-key shortcut never types into a field)."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import Desktop, Meeting

pytestmark = [pytest.mark.desktop, pytest.mark.slow]


def _console(desktop: Desktop, meeting: Meeting) -> None:
    app = desktop.launch("--database", str(meeting.database), "--open", str(meeting.id))
    desktop.window_named(app, "behind")  # the console's title carries the offset
    desktop.focused("behind")


def test_the_room_display_on_the_projector_leaves_the_keyboard_to_the_console(
    desktop: Desktop, meeting: Meeting
) -> None:
    _console(desktop, meeting)
    desktop.key("space")
    meeting.types_when(desktop, lambda t: t == ["SegmentStarted"], "Space to open the meeting")
    desktop.key("ctrl+d")
    room = desktop.window_named(desktop.apps[-1], "Room display")
    assert (room.x, room.y, room.width, room.height) == (1366, 0, 1280, 720)  # the projector
    desktop.key("n")
    meeting.types_when(desktop, lambda t: t.count("SegmentStarted") == 2, "N to reach Panel 1")
    # A window manager may give the display the focus anyway, or somebody clicks on it.
    desktop.run("xdotool", "windowactivate", room.id)
    desktop.run("xdotool", "mousemove", "2000", "300", "click", "1")
    desktop.focused("behind")
    desktop.key("n")
    meeting.types_when(desktop, lambda t: t.count("SegmentStarted") == 3, "N after a click")
