"""The keyboard stays with the console, whatever other windows come up: the room display on the
projector, and the fields of the docks (a single-key shortcut never types into a field)."""

from __future__ import annotations

import pytest

from tests.desktop.conftest import CONSOLE, Desktop, Meeting

pytestmark = [pytest.mark.desktop, pytest.mark.slow]


def _console(desktop: Desktop, meeting: Meeting) -> None:
    app = desktop.launch("--database", str(meeting.database), "--open", str(meeting.id))
    desktop.window_named(app, CONSOLE)  # the console, by its title
    desktop.focused(CONSOLE)


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
    desktop.focused(CONSOLE)
    desktop.key("n")
    meeting.types_when(desktop, lambda t: t.count("SegmentStarted") == 3, "N after a click")


def test_a_speaker_added_from_the_keyboard_leaves_the_single_keys_working(
    desktop: Desktop, meeting: Meeting
) -> None:
    meeting.register(("Omar Haddad", "Sahel Rights Network"), ("Jonas Berg", "Nordic Forum"))
    _console(desktop, meeting)
    desktop.key("space")
    meeting.types_when(desktop, lambda t: "SegmentStarted" in t, "Space to open the meeting")
    # A few letters that match one registered participant, and Enter: no Down needed.
    desktop.key("a")
    desktop.type("oma")
    desktop.key("Return")
    meeting.types_when(desktop, lambda t: t.count("SpeakerQueued") == 1, "Omar on the list")
    desktop.key("c")  # the field let go of the keyboard: C calls him
    meeting.types_when(desktop, lambda t: "SpeakerCalled" in t, "C to call Omar")
    # A guest as "Name, Organization", then H holds the speaker on the floor.
    desktop.key("a")
    desktop.type("Ana Lima, Youth Forum")
    desktop.key("Return")
    meeting.types_when(desktop, lambda t: t.count("SpeakerQueued") == 2, "the guest on the list")
    desktop.key("h")
    meeting.types_when(desktop, lambda t: "SpeakerPaused" in t, "H to hold the floor")
    # Picked from the completion list with Down and Enter: added once, and the field is empty.
    desktop.key("a")
    desktop.type("berg")
    desktop.key("Down", "Return")
    meeting.types_when(desktop, lambda t: t.count("SpeakerQueued") == 3, "Jonas on the list")
    desktop.key("x")  # X ends Omar's turn
    types = meeting.types_when(desktop, lambda t: "SpeakerFinished" in t, "X to end the turn")
    assert types.count("SpeakerQueued") == 3  # nothing added twice
    queued = [payload for kind, payload in meeting.events() if kind == "SpeakerQueued"]
    assert not any('"a' in payload.lower() and "jonas" in payload.lower() for payload in queued)


def test_esc_from_any_dock_field_gives_the_single_keys_back(
    desktop: Desktop, meeting: Meeting
) -> None:
    _console(desktop, meeting)
    desktop.key("space")
    meeting.types_when(desktop, lambda t: t == ["SegmentStarted"], "Space to open the meeting")
    # The add-speaker line (A), every field of the review (Ctrl+4, its filters) and of the capture
    # pane (Ctrl+3 lands in the summary; Tab walks the rest): Esc, then Space pauses/resumes.
    fields = [("a", 0)] + [("ctrl+4", n) for n in range(5)] + [("ctrl+3", n) for n in range(16)]
    for pauses, (start, tabs) in enumerate(fields, 1):
        desktop.key(start, *(["Tab"] * tabs))
        desktop.key("Escape", "space")
        meeting.types_when(
            desktop,
            lambda t, n=pauses: t.count("SegmentPaused") + t.count("SegmentResumed") == n,
            f"Space after Esc from {start} and {tabs} Tab(s)",
        )


def test_a_change_of_language_keeps_the_keyboard_and_the_room_display_where_they_were(
    desktop: Desktop, meeting: Meeting
) -> None:
    """View → Language with the room display up: the console is built again in French (issue
    20), the keyboard stays with it, and the projector keeps the same window, full screen."""
    _console(desktop, meeting)
    desktop.key("space")
    meeting.types_when(desktop, lambda t: t == ["SegmentStarted"], "Space to open the meeting")
    desktop.key("ctrl+d")
    app = desktop.apps[-1]
    room = desktop.window_named(app, "Room display")
    desktop.key("alt+v", "l")  # View → Language: the system's, English, Français…
    desktop.key("Down", "Down", "Return")
    french = desktop.window_named(app, "Affichage en salle")
    assert french.id == room.id  # the same window: the room sees no flicker
    assert (french.x, french.y, french.width, french.height) == (1366, 0, 1280, 720)
    desktop.focused(CONSOLE)
    desktop.key("n")
    meeting.types_when(desktop, lambda t: t.count("SegmentStarted") == 2, "N in French")
    assert meeting.types().count("SegmentStarted") == 2  # nothing else was written
