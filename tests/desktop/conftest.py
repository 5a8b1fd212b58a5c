"""A real desktop for the tests that offscreen Qt cannot see: focus, windows, screens, scaling.

Each test gets an X server of its own (Xvfb) with a window manager (openbox), one or two monitors
(a 1366×768 laptop and a 1280×720 projector beside it, or one 1920×1080 screen), and a 40 px panel
kept free at the bottom of the screen the way a taskbar keeps it (openbox's margins set the work
area, ``_NET_WORKAREA``). The app runs there as a real process on Qt's xcb platform, scaled with
``QT_SCALE_FACTOR`` as a 150 % or 200 % laptop scales it; keys are real X key events sent with
xdotool to whatever window the window manager has focused, as a keyboard's would be; results are
read back from the journal on disk, the window manager's view of the windows, or a screenshot.

The programs come from Debian's packages (``.ci/run`` installs them where missing). Where they
are missing these tests skip on a developer's machine and fail under CI.

Waiting here is on a condition with a deadline (the journal has the event, the window exists):
the app is another process and tells nothing by signal, so there is nothing else to wait on.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from facilitator.__main__ import main as facilitator_cli
from facilitator.core.clock import SystemClock
from facilitator.core.participants.values import Category, Participant
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.lock import lock_path
from tests.conftest import ROOT

#: What the console's title has and no other window's: "segment · clock · offset — Facilitator".
CONSOLE = " · "
PROGRAMS = ("Xvfb", "openbox", "xdotool", "xrandr", "xprop")
PANEL = 40  # the taskbar's height at the bottom of the primary screen, in device pixels
OPENBOX_RC = f"""<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <margins><top>0</top><bottom>{PANEL}</bottom><left>0</left><right>0</right></margins>
  <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
  <placement><policy>Smart</policy><center>yes</center><monitor>Primary</monitor></placement>
</openbox_config>
"""


@dataclass(frozen=True)
class Monitor:
    name: str
    width: int
    height: int
    x: int = 0


LAPTOP_AND_PROJECTOR = (Monitor("laptop", 1366, 768), Monitor("projector", 1280, 720, 1366))
FULL_HD = (Monitor("screen", 1920, 1080),)


@dataclass(frozen=True)
class Window:
    id: str
    name: str
    x: int
    y: int
    width: int
    height: int

    def inside(self, left: int, top: int, width: int, height: int) -> bool:
        return (
            self.x >= left
            and self.y >= top
            and self.x + self.width <= left + width
            and self.y + self.height <= top + height
        )


def wait_for(
    condition: Callable[[], object],
    what: str,
    *,
    process: subprocess.Popen[str] | subprocess.Popen[bytes],
    seconds: float = 30,
) -> object:
    """Wait on ``process`` (an app, or the window manager) until ``condition`` returns something
    true; fail saying ``what`` never came, or at once if the process ends meanwhile."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"waiting for {what}, the process ended ({process.returncode})")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the desktop tests (.ci/run installs them)")
    pytest.skip(reason)


@dataclass
class Desktop:
    """One X server with openbox, and the apps started on it."""

    display: str
    monitors: tuple[Monitor, ...]
    folder: Path
    manager: subprocess.Popen[bytes]
    apps: list[subprocess.Popen[str]] = field(default_factory=list)

    def wait_for(self, condition: Callable[[], object], what: str) -> object:
        """Wait until ``condition`` holds, on the newest app (else on the window manager)."""
        return wait_for(condition, what, process=self.apps[-1] if self.apps else self.manager)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return env

    def run(self, *argv: str) -> str:
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=30, check=False
        )
        if done.returncode != 0:
            raise AssertionError(f"{argv} failed: {done.stderr}")
        return done.stdout

    def key(self, *keys: str) -> None:
        """Press keys on the keyboard (X key events to the focused window), one after another."""
        self.run("xdotool", "key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "40", text)

    # ------------------------------------------------------------------ windows
    def active_window(self) -> str:
        try:
            return self.run("xdotool", "getactivewindow", "getwindowname").strip()
        except AssertionError:
            return ""

    def windows(self, app: subprocess.Popen[str]) -> list[Window]:
        """The app's visible top-level windows, each with its frame (as the window manager placed
        it, title bar included)."""
        try:
            ids = self.run("xdotool", "search", "--onlyvisible", "--pid", str(app.pid)).split()
        except AssertionError:
            return []  # xdotool exits 1 when it finds none
        found = []
        for window_id in ids:
            try:
                name = self.run("xdotool", "getwindowname", window_id).strip()
            except AssertionError:
                continue  # gone meanwhile
            frame = self._frame(window_id)
            if frame is not None and name:
                found.append(Window(window_id, name, *frame))
        return found

    def _frame(self, window_id: str) -> tuple[int, int, int, int] | None:
        """The window's outer rectangle: its geometry plus the frame extents openbox reports
        (None for a window gone meanwhile)."""
        try:
            info = self.run("xwininfo", "-id", window_id)
            extents = self.run("xprop", "-id", window_id, "_NET_FRAME_EXTENTS")
        except AssertionError:
            return None
        values = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            values[key] = value.strip()
        try:
            x, y = int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"])
            width, height = int(values["Width"]), int(values["Height"])
        except (KeyError, ValueError):
            return None
        if "=" in extents:
            left, right, top, bottom = (int(v) for v in extents.split("=")[1].split(","))
            return x - left, y - top, width + left + right, height + top + bottom
        return x, y, width, height

    def work_area(self) -> tuple[int, int, int, int]:
        """The primary monitor less the panel: where windows must fit."""
        primary = self.monitors[0]
        return primary.x, 0, primary.width, primary.height - PANEL

    def grab(self, path: Path) -> Path:
        done = subprocess.run(
            [sys.executable, "-m", "tests.desktop.grab", str(path)],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return path

    # ------------------------------------------------------------------ the app
    def launch(self, *argv: str, scale: float = 1.0) -> subprocess.Popen[str]:
        env = self.env
        if scale != 1.0:
            env["QT_SCALE_FACTOR"] = str(scale)
        app = subprocess.Popen(
            [sys.executable, "-m", "facilitator", *argv],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.apps.append(app)
        return app

    def window_named(self, app: subprocess.Popen[str], part: str) -> Window:
        def find() -> Window | None:
            if app.poll() is not None:
                pytest.fail(f"the app ended ({app.returncode}): {app.communicate()[1]}")
            return next(
                (w for w in self.windows(app) if part.casefold() in w.name.casefold()), None
            )

        return self.wait_for(find, f"a window named {part!r}")  # type: ignore[return-value]

    def focused(self, part: str) -> None:
        """Wait until the window manager has given the keyboard to a window named ``part``."""
        self.wait_for(lambda: part in self.active_window(), f"{part!r} to have the keyboard")

    def stop_apps(self) -> None:
        for app in self.apps:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)
                try:
                    app.communicate(timeout=20)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.communicate()


class Meeting:
    """A meeting in a database file of its own, created from a bundled programme with the CLI,
    and its journal as the app leaves it on disk."""

    def __init__(self, folder: Path, programme: Path) -> None:
        self.database = folder / "meetings.sqlite3"
        assert (
            facilitator_cli(
                ["programme", "import", str(programme), "--database", str(self.database)]
            )
            == 0
        )
        self.id = 1

    def register(self, *people: tuple[str, str]) -> None:
        """Registered participants (name, organization), as a registration list brings them."""
        with open_database(str(self.database), backups=False) as db:
            session = MeetingSession(db, self.id, clock=SystemClock(), actor="Secretariat")
            session.import_participants(
                [Participant("", name, organization, Category.NGO) for name, organization in people]
            )

    def events(self) -> list[tuple[str, str]]:
        """Every event's type and payload, in order (read-only, while the app writes)."""
        connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
        try:
            return list(connection.execute("SELECT type, payload FROM events ORDER BY seq"))
        finally:
            connection.close()

    def opened_by(self, desktop: Desktop, app: subprocess.Popen[str]) -> None:
        """Wait until ``app`` has the store open (its pid in the instance lock): the start screen
        lists the meetings in the same step."""
        lock = lock_path(self.database)

        def holds() -> bool:
            try:
                return lock.read_text(encoding="ascii").strip() == str(app.pid)
            except OSError:
                return False

        desktop.wait_for(holds, "the app to open the meeting database")

    def types(self) -> list[str]:
        return [kind for kind, _ in self.events()]

    def types_when(
        self, desktop: Desktop, wanted: Callable[[list[str]], bool], what: str
    ) -> list[str]:
        """The journal's event types, once ``wanted`` holds for them."""

        def ready() -> list[str] | None:
            types = self.types()
            return types if wanted(types) else None

        return desktop.wait_for(ready, what)  # type: ignore[return-value]


def _start_desktop(folder: Path, monitors: tuple[Monitor, ...]) -> Iterator[Desktop]:
    missing = [p for p in PROGRAMS if shutil.which(p) is None]
    if missing:
        _unavailable(f"the desktop tests need {', '.join(missing)} (Debian packages)")
    width = max(m.x + m.width for m in monitors)
    height = max(m.height for m in monitors)
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-noreset",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        _unavailable("Xvfb did not start")
    rc = folder / "openbox-rc.xml"
    rc.write_text(OPENBOX_RC, encoding="utf-8")
    manager = subprocess.Popen(
        ["openbox", "--config-file", str(rc)],
        env={**os.environ, "DISPLAY": f":{number}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = Desktop(f":{number}", monitors, folder, manager)
    try:
        desktop.wait_for(
            lambda: "window id" in desktop.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
            "openbox to manage the screen",
        )
        if len(monitors) > 1:
            # RandR monitors on the one Xvfb screen: the first (primary) takes Xvfb's output.
            for number_, monitor in enumerate(monitors):
                name = f"*{monitor.name}" if number_ == 0 else monitor.name
                output = "screen" if number_ == 0 else "none"
                geometry = (
                    f"{monitor.width}/{monitor.width * 254 // 960}x"
                    f"{monitor.height}/{monitor.height * 254 // 960}+{monitor.x}+0"
                )
                desktop.run("xrandr", "--setmonitor", name, geometry, output)
        yield desktop
    finally:
        desktop.stop_apps()
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """A laptop (1366×768, the primary screen) with a projector (1280×720) to its right."""
    yield from _start_desktop(tmp_path, LAPTOP_AND_PROJECTOR)


@pytest.fixture
def full_hd(tmp_path: Path) -> Iterator[Desktop]:
    """One 1920×1080 screen, for 100 %, 150 % and 200 % scaling."""
    yield from _start_desktop(tmp_path, FULL_HD)


@pytest.fixture
def meeting(tmp_path: Path) -> Meeting:
    return Meeting(
        tmp_path, ROOT / "data" / "programmes" / "2024-07-10-trafficking-in-persons.toml"
    )
