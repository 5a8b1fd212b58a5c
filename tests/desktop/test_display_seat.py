"""The projector's computer as a display seat, on a real desktop (issue 18): started as a
Secretariat would start it (``--open MEETING --role display``), it shows the room display full
screen on the projector (the screen that is not the primary; the one screen if there is one),
follows the Co-Chair's seat, and no key pressed on it changes the meeting; Esc leaves full
screen, F11 goes back to it, Ctrl+Q ends it.

The Co-Chair's seat is this test's own session on the meeting file (the display opens it
read-only, as a second window on a laptop does); keys are X key events sent by xdotool to the
window the window manager has focused, as a keyboard's would be.
"""

from __future__ import annotations

import pytest

from facilitator.core.clock import SystemClock
from facilitator.session import MeetingSession
from facilitator.store import open_database
from tests.desktop.conftest import Desktop, Meeting, Window

pytestmark = [pytest.mark.desktop, pytest.mark.slow]

TITLE = "Room display — "
#: What a Co-Chair's hands would press, and more: none of it may reach the meeting from here.
KEYS = (
    "space",
    "n",
    "p",
    "b",
    "c",
    "x",
    "h",
    "s",
    "d",
    "a",
    "Return",
    "Delete",
    "ctrl+z",
    "ctrl+y",
    "ctrl+shift+z",
    "ctrl+d",
    "ctrl+e",
    "ctrl+j",
    "ctrl+p",
    "ctrl+shift+s",
    "ctrl+3",
    "alt+m",
    "F5",
    "F10",
)


def _full_screen(desktop: Desktop, window: Window) -> bool:
    state = desktop.run("xprop", "-id", window.id, "_NET_WM_STATE")
    return "_NET_WM_STATE_FULLSCREEN" in state


def _display_seat(
    desktop: Desktop, meeting: Meeting, screen: tuple[int, int, int, int]
) -> tuple[Window, MeetingSession]:
    """Start the display seat; wait until it is full screen on ``screen`` (x, y, width, height);
    the Co-Chair's session on the same meeting."""
    app = desktop.launch(
        "--database", str(meeting.database), "--open", str(meeting.id), "--role", "display"
    )
    room = desktop.window_named(app, TITLE)

    def placed() -> Window | None:
        now = next((w for w in desktop.windows(app) if TITLE in w.name), None)
        if now is None or not _full_screen(desktop, now):
            return None
        return now if (now.x, now.y, now.width, now.height) == screen else None

    room = desktop.wait_for(placed, f"the room display full screen on {screen}")  # type: ignore[assignment]
    assert [w.name for w in desktop.windows(app)] == [room.name]  # no console, no start screen
    db = open_database(str(meeting.database), backups=False)
    return room, MeetingSession(db, meeting.id, clock=SystemClock(), actor="Co-Chair")


def test_the_display_seat_fills_the_projector_follows_and_takes_no_key(
    desktop: Desktop, meeting: Meeting
) -> None:
    room, chair = _display_seat(desktop, meeting, (1366, 0, 1280, 720))  # the projector
    try:
        app = desktop.apps[-1]
        chair.start()
        chair.next()
        briefing = chair.programme.segment("seg-2").display_title
        desktop.window_named(app, f"{TITLE}{briefing}")  # it follows the Co-Chair's seat
        desktop.focused(TITLE)
        desktop.key(*KEYS)
        # Once it has followed one more step of the Co-Chair's, it has taken every key above.
        chair.next()
        desktop.window_named(app, f"{TITLE}{chair.programme.segment('seg-3').display_title}")
        assert meeting.types() == ["SegmentStarted"] * 3  # the Co-Chair's, and nothing else
        assert app.poll() is None and _full_screen(desktop, room)

        desktop.key("Escape")
        desktop.wait_for(lambda: not _full_screen(desktop, room), "Esc to leave full screen")
        desktop.key("F11")
        desktop.wait_for(lambda: _full_screen(desktop, room), "F11 to go back to full screen")
        assert meeting.types() == ["SegmentStarted"] * 3
        desktop.key("ctrl+q")  # the seat ends; the meeting goes on at the other seats
        _, stderr = app.communicate(timeout=20)
        assert app.returncode == 0, stderr
        assert meeting.types() == ["SegmentStarted"] * 3
    finally:
        chair.db.close()


def test_on_a_computer_with_one_screen_the_display_fills_it(
    full_hd: Desktop, meeting: Meeting
) -> None:
    _room, chair = _display_seat(full_hd, meeting, (0, 0, 1920, 1080))
    chair.db.close()
