"""Starting the GUI: the QApplication, the database, the start screen, the console.

``--smoke-test`` starts the real application on a bundled seed programme (in a throwaway database
unless ``--database`` is given), waits for the console's first paint, prints the time from process
start to that paint, and exits 0. CI and the startup benchmark use it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from facilitator import __version__, paths
from facilitator.ui.first_paint import FirstPaintWatcher

if TYPE_CHECKING:
    from facilitator.core.clock import Clock
    from facilitator.core.programme import Programme
    from facilitator.formats.programme.report import ImportReport
    from facilitator.seat import Role
    from facilitator.store.database import Database
    from facilitator.store.errors import DamagedMeeting
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController
    from facilitator.ui.quit_signals import QuitOnSignals
    from facilitator.ui.start_screen import StartScreen

T = TypeVar("T")

# The store (and SQLAlchemy, a third of a second to import) is imported only after the first
# window (the start screen) has painted: see ``run_gui``.


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # With two screens (a laptop and its projector) Qt on X11 ignores the work area the desktop
    # publishes and gives each screen's whole rectangle as its available geometry, so windows
    # would open under the taskbar. The work area is what windows must fit (ui/screen_fit.py).
    os.environ.setdefault("QT_RELY_ON_NET_WORKAREA_ATOM", "1")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    describe(app)
    from facilitator.ui.language import install

    install(app)  # the interface's language, before the first window
    return app


def describe(app: QApplication) -> None:
    """Name, version, icon and desktop entry: what the window manager, the task switcher and
    Help → About show."""
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator")  # resources/facilitator.desktop; Wayland's app id
    app.setWindowIcon(QIcon(str(paths.icon_path())))


def process_age(fallback_start: float) -> float:
    """Seconds since this process started (from /proc where there is one)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - fallback_start


class App(QObject):
    """The windows of one run: the start screen, then a console per opened meeting."""

    def __init__(
        self,
        db: Database,
        *,
        clock: Clock,
        actor: str,
        start_screen: StartScreen | None = None,
        role: Role | None = None,
    ) -> None:
        """``role``: the seat's role for the meetings opened here (``--role``; a Co-Chair's
        by default); a seat joined from the join window takes the role chosen there."""
        super().__init__()
        self.db = db
        self.clock = clock
        self.actor = actor
        self.role = role
        self.start_screen: StartScreen | None = None
        self.console: QWidget | None = None
        self.servers: list[Database] = []  # the servers joined (closed with the app)
        if start_screen is not None:
            self._adopt(start_screen)

    def _adopt(self, screen: StartScreen) -> None:
        screen.meeting_chosen.connect(self.open_meeting)
        screen.programme_chosen.connect(
            lambda programme: self.new_meeting(programme, report=screen.import_report)
        )
        screen.rehearsal_chosen.connect(self.rehearse)
        screen.rename_requested.connect(self.rename_meeting)
        screen.duplicate_requested.connect(self.duplicate_meeting)
        screen.delete_requested.connect(self.delete_meeting)
        screen.join_requested.connect(self.join)
        screen.language_chosen.connect(self.switch_start_language)
        self.start_screen = screen

    def switch_start_language(self, code: str) -> StartScreen | None:
        """View → Language on the start screen: the interface in ``code``, and the start screen
        built again in it where the old one was, the same meeting chosen."""
        from facilitator.ui.language import install
        from facilitator.ui.start_screen import StartScreen

        old = self.start_screen
        app = QApplication.instance()
        if old is None or not isinstance(app, QApplication):
            return None
        chosen = old.selected_meeting()
        geometry, visible = old.geometry(), old.isVisible()
        install(app, code)
        screen = StartScreen([])
        self._adopt(screen)
        screen.setGeometry(geometry)
        if visible:
            self.show_start(select=chosen)  # the meetings as the database has them, shown
            screen.activateWindow()
        old.hide()
        old.deleteLater()
        return screen

    def show_start(self, select: int | None = None) -> None:
        """Show the start screen with the meetings as the database has them now."""
        from facilitator.session import overview
        from facilitator.ui.start_screen import StartScreen

        if self.start_screen is None:
            self._adopt(StartScreen([]))
        assert self.start_screen is not None
        self.start_screen.set_meetings(overview(self.db), select=select)
        self.start_screen.set_notice(self.db.notice or "")
        self.start_screen.show()
        self.start_screen.raise_()

    def new_meeting(
        self, programme: Programme, *, report: ImportReport | None = None
    ) -> int | None:
        """Review the imported programme (with the import's warnings beside the fields they
        concern), then create the meeting and open its console. A programme imported before is
        said so, and its meeting offered."""
        from facilitator.meetings import same_programme
        from facilitator.store.errors import StoreError
        from facilitator.ui.programme_editor import ProgrammeEditor

        before = same_programme(self.db, programme)
        if before:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Programme imported before"),
                self.tr(
                    "This programme was imported before, as meeting {0} (“{1}”). Open that"
                    " meeting, or import the programme again as a new meeting?"
                ).format(before[-1], self.db.meeting_summary(before[-1]).title),
                parent=self.start_screen,
            )
            open_it = box.addButton(
                self.tr("&Open meeting {0}").format(before[-1]), QMessageBox.ButtonRole.AcceptRole
            )
            again = box.addButton(self.tr("&Import again"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(open_it)
            box.exec()
            if box.clickedButton() is open_it:
                self.open_meeting(before[-1])
                return before[-1]
            if box.clickedButton() is not again:
                return None
        editor = ProgrammeEditor(programme, report=report, parent=self.start_screen)
        editor.setWindowTitle(self.tr("Check the imported programme"))
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            meeting_id = self.db.create_meeting(editor.programme())
        except StoreError as exc:
            QMessageBox.critical(
                self.start_screen, self.tr("Cannot create the meeting"), exc.message
            )
            return None
        self.open_meeting(meeting_id)
        return meeting_id

    def join(self) -> QWidget | None:
        """Take a seat at a meeting on a server (File → Join a meeting on a server…)."""
        from facilitator.seat import Role
        from facilitator.store import StoreError, open_database
        from facilitator.ui.join_dialog import JoinDialog

        dialog = JoinDialog(self.start_screen)
        if dialog.exec() != JoinDialog.DialogCode.Accepted or dialog.joining is None:
            return None
        joining = dialog.joining
        try:
            # A display seat never writes: it reads the server, and cannot write there either.
            read_only = joining.role is Role.DISPLAY
            server = open_database(
                joining.url, clock=self.clock, backups=False, read_only=read_only
            )
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot join the meeting"), exc.message)
            return None
        self.servers.append(server)
        actor = f"{joining.seat} ({joining.role.value})"
        return self.open_meeting(joining.meeting_id, db=server, actor=actor, role=joining.role)

    def open_meeting(
        self,
        meeting_id: int,
        *,
        db: Database | None = None,
        actor: str | None = None,
        role: Role | None = None,
    ) -> QWidget | None:
        """The meeting's console, on this app's database or ``db`` (a server joined), for a
        seat of ``role`` (the app's, else a Co-Chair's); for a display seat, the room display
        alone, full screen (ui/display_seat.py)."""
        from facilitator.seat import Role
        from facilitator.session import MeetingSession
        from facilitator.store.errors import DamagedMeeting, StoreError
        from facilitator.ui.console import ConsoleWindow
        from facilitator.ui.controller import MeetingController

        db = db or self.db
        role = role or self.role or Role.CO_CHAIR
        try:
            session = MeetingSession(
                db, meeting_id, clock=self.clock, actor=actor or self.actor, role=role
            )
            session.check_clock()
        except DamagedMeeting as exc:
            return self.open_damaged(exc)
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot open the meeting"), exc.message)
            return None
        controller = MeetingController(session)
        if role is Role.DISPLAY:
            return self._open_display(controller, db, meeting_id)
        console = ConsoleWindow(controller, title=session.programme.title, joined=actor is not None)
        console.database_label = db.url.render_as_string(hide_password=True)
        controller.setParent(console)
        self._follow_other_seats(controller, db, meeting_id)

        def wire(console: ConsoleWindow) -> None:
            console.closed.connect(controller.shutdown)
            console.programme_edit_requested.connect(lambda: self.edit_programme(console))
            console.meetings_requested.connect(lambda: self._back_to_start(console))
            console.rehearsal_requested.connect(lambda: self._rehearse_from(console, meeting_id))

        return self._show_console(console, wire)

    def _open_display(
        self, controller: MeetingController, db: Database, meeting_id: int
    ) -> QWidget:
        """A display seat: the room display, full screen, following the meeting; no console
        (nothing there could be used: the seat takes no command)."""
        from facilitator.ui.display_seat import DisplaySeat

        display = DisplaySeat(controller)
        controller.setParent(display)
        self._follow_other_seats(controller, db, meeting_id)
        display.closed.connect(controller.shutdown)
        self.console = display
        display.open_full_screen()
        if self.start_screen is not None:
            self.start_screen.hide()
        return display

    def _follow_other_seats(
        self, controller: MeetingController, db: Database, meeting_id: int
    ) -> None:
        """Another window on this machine (read-only on the same file) or a seat on another
        machine (a server) appends to this meeting: fold its events as they come (issue 18)."""
        from facilitator.store.follow import follower_for

        url, path = db.url, db.path
        controller.follow(lambda: follower_for(url, path, meeting_id))

    def _show_console(
        self, console: ConsoleWindow, wire: Callable[[ConsoleWindow], None]
    ) -> QWidget:
        """The console takes the start screen's place. ``wire`` connects what the app does when
        the console asks (back to the meetings, a rehearsal, its closing); a console built again
        in another language (View → Language) is wired the same way."""
        self._wire(console, wire)
        self.console = console
        console.show()
        if self.start_screen is not None:
            self.start_screen.hide()
        return console

    def _wire(self, console: ConsoleWindow, wire: Callable[[ConsoleWindow], None]) -> None:
        wire(console)
        console.replaced.connect(lambda successor: self._replaced(console, successor, wire))

    def _replaced(
        self, old: ConsoleWindow, successor: ConsoleWindow, wire: Callable[[ConsoleWindow], None]
    ) -> None:
        """A console built again in another language: it is the app's console now, and the
        start screen (hidden meanwhile) is built again in that language when next shown."""
        self._wire(successor, wire)
        if self.console is old:
            self.console = successor
        screen = self.start_screen
        if screen is not None and not screen.isVisible():
            self.start_screen = None
            screen.deleteLater()

    def open_damaged(self, damage: DamagedMeeting) -> QWidget | None:
        """A damaged meeting: say so, and offer it read-only up to the event before the damage
        (everything recorded until then can be seen and exported)."""
        from facilitator.session import MeetingSession
        from facilitator.store.errors import StoreError
        from facilitator.ui.console import ConsoleWindow
        from facilitator.ui.controller import MeetingController

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("This meeting is damaged"),
            damage.message + "\n\n" + self.tr("Backups are in {0}.").format(self.db.backup_dir),
            parent=self.start_screen,
        )
        view = box.addButton(
            self.tr("Open &read-only up to event {0}").format(damage.seq - 1),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(view)
        box.exec()
        if box.clickedButton() is not view:
            return None
        try:
            session = MeetingSession(
                self.db,
                damage.meeting_id,
                clock=self.clock,
                actor=self.actor,
                until=damage.seq - 1,
            )
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot open the meeting"), exc.message)
            return None
        console = ConsoleWindow(
            MeetingController(session),
            title=session.programme.title,
            read_only=lambda: self.tr(
                "up to event {0}; event {1} is damaged. Nothing can be changed here; restore a"
                " backup to go on with the meeting."
            ).format(damage.seq - 1, damage.seq),
        )
        console.database_label = self.db.url.render_as_string(hide_password=True)

        def wire(console: ConsoleWindow) -> None:
            console.meetings_requested.connect(lambda: self._back_to_start(console))

        return self._show_console(console, wire)

    def rehearse(self, meeting_id: int) -> QWidget | None:
        """A practice copy of the meeting, on a clock moved to its day (facilitator.rehearsal);
        its console replaces the start screen, and closing it throws the copy away."""
        from facilitator.rehearsal import rehearse
        from facilitator.store.errors import StoreError
        from facilitator.ui.console import ConsoleWindow
        from facilitator.ui.controller import MeetingController

        try:
            practice = rehearse(self.db, meeting_id, self.clock, actor=self.actor)
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot rehearse"), exc.message)
            return None
        zone = practice.session.programme.zone()
        start = practice.starts_at.astimezone(zone)
        from facilitator.ui.words import long_date

        def words() -> str:  # in the interface's language, whichever it is when asked
            day = long_date(start.date())
            return self.tr(
                "a practice copy on the meeting's day, {0}, from {1}; nothing done here is kept"
            ).format(day, f"{start:%H:%M}")

        console = ConsoleWindow(
            MeetingController(practice.session),
            title=practice.session.programme.title,
            rehearsal=words,
        )

        def wire(console: ConsoleWindow) -> None:
            console.database_label = self.tr("a practice copy (not kept)")
            console.closed.connect(practice.close)
            console.closed.connect(lambda: self.show_start(select=meeting_id))
            console.meetings_requested.connect(console.close)
            console.rehearsal_requested.connect(lambda: None)  # already one

        if self.console is not None and self.console.isVisible():
            self.console.close()
        return self._show_console(console, wire)

    def rename_meeting(self, meeting_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        from facilitator.store.errors import StoreError

        title = self.db.meeting_summary(meeting_id).title
        name, ok = QInputDialog.getText(
            self.start_screen,
            self.tr("Rename the meeting"),
            self.tr("Name in the list:"),
            text=title,
        )
        if not ok:
            return
        try:
            self.db.rename_meeting(meeting_id, name)
        except StoreError as exc:
            QMessageBox.warning(self.start_screen, self.tr("Rename the meeting"), exc.message)
            return
        self.show_start(select=meeting_id)

    def duplicate_meeting(self, meeting_id: int) -> int | None:
        from facilitator.meetings import duplicate_meeting
        from facilitator.store.errors import StoreError

        try:
            copy_id = duplicate_meeting(self.db, meeting_id, self.clock, actor=self.actor)
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot duplicate"), exc.message)
            return None
        self.show_start(select=copy_id)
        return copy_id

    def delete_meeting(self, meeting_id: int) -> bool:
        from facilitator.meetings import delete_meeting
        from facilitator.store.errors import StoreError

        summary = self.db.meeting_summary(meeting_id)
        answer = QMessageBox.question(
            self.start_screen,
            self.tr("Delete the meeting?"),
            self.tr(
                "Delete “{0}” ({1}) and everything recorded in it? A backup of the database is"
                " taken first."
            ).format(summary.title, summary.date or self.tr("no date")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            backup = delete_meeting(self.db, meeting_id)
        except StoreError as exc:
            QMessageBox.critical(self.start_screen, self.tr("Cannot delete"), exc.message)
            return False
        self.show_start()
        if self.start_screen is not None and backup is not None:
            self.start_screen.set_notice(
                self.tr("Deleted “{0}”. The backup taken first is {1}.").format(
                    summary.title, backup
                )
            )
        return True

    def edit_programme(self, console: QWidget) -> None:
        from facilitator.ui.programme_editor import ProgrammeEditor

        controller = console.controller  # type: ignore[attr-defined]
        state = controller.state
        editor = ProgrammeEditor(
            state.programme, running_segment_id=state.agenda.current, parent=console
        )
        if editor.exec() == QDialog.DialogCode.Accepted:
            edited = editor.programme()
            if edited != state.programme:
                controller.act(lambda s: s.edit_programme(edited))

    def _rehearse_from(self, console: QWidget, meeting_id: int) -> None:
        console.close()
        self.rehearse(meeting_id)

    def _back_to_start(self, console: QWidget) -> None:
        console.close()
        self.show_start()


#: How long an action waits for another program's hold on the database before it says "busy":
#: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window).
GUI_BUSY_TIMEOUT_MS = 250

#: The seat's name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with
#: every event and shown in the review and the record, so never the computer's login name.
DEFAULT_SEAT = "Co-Chairs"


def seat_name(role: Role | None = None) -> str:
    """The name this seat's events are recorded under: the one chosen, else :data:`DEFAULT_SEAT`;
    with the role when one was given (``--role``), as a seat joined from the join window."""
    from facilitator.ui.settings import app_settings

    saved = app_settings().value("seat/name")
    name = saved if isinstance(saved, str) and saved.strip() else DEFAULT_SEAT
    return name if role is None else f"{name} ({role.value})"


def open_database_interactively(url: str | None, *, read_only: bool = False) -> Database | None:
    """Open the database, offering the way out of each problem in a dialog. Opening checks the
    whole file and backs it up (a fifth of a second with a few days in it): that runs on a worker
    thread, while the window keeps painting (see :func:`in_background`). ``read_only``: opened
    to be read only (a display seat's), beside the program that writes it."""
    from facilitator.store import open_database as open_now
    from facilitator.store.backups import restore_backup
    from facilitator.store.errors import (
        DatabaseCorrupt,
        DatabaseInUse,
        DatabaseReadOnly,
        StoreError,
    )

    def open_database(url: str | None, **options: Any) -> Database:
        return in_background(lambda: open_now(url, **options))

    if read_only:
        try:
            return open_database(url, read_only=True)
        except StoreError as exc:
            QMessageBox.critical(None, "Facilitator", exc.message)
            return None
    try:
        return open_database(url, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS)
    except DatabaseReadOnly as exc:  # a read-only file, folder or disk: offer what can be done
        answer = QMessageBox.question(
            None,
            "Facilitator",
            exc.message
            + "\n\n"
            + QCoreApplication.translate("App", "Open it read-only, to view and export?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return open_database(url, read_only=True)
        except StoreError as again:
            QMessageBox.critical(None, "Facilitator", again.message)
            return None
    except DatabaseInUse as exc:
        answer = QMessageBox.question(
            None,
            "Facilitator",
            exc.message + "\n\n" + QCoreApplication.translate("App", "Open it read-only?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return open_database(url, read_only=True)
        return None
    except DatabaseCorrupt as exc:
        newest = exc.newest_backup
        if newest is None:
            QMessageBox.critical(None, "Facilitator", exc.message)
            return None
        answer = QMessageBox.question(
            None,
            "Facilitator",
            exc.message + "\n\n" + QCoreApplication.translate("App", "Open the newest backup?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        in_background(lambda: restore_backup(newest))
        return open_database(url, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS)
    except StoreError as exc:
        QMessageBox.critical(None, "Facilitator", exc.message)
        return None


def in_background(work: Callable[[], T]) -> T:
    """``work()`` run on a worker thread while the GUI thread's event loop goes on (windows paint,
    timers fire); its result, or its exception raised here. For the store's slow calls made from
    the GUI (opening the database: an integrity check and a backup), which release Python's GIL
    while SQLite works. Keys and clicks meanwhile wait in Qt's queue, as they did while the GUI
    thread itself worked: they reach the windows once ``work`` is done and its result shown (Enter
    pressed on the start screen while the database opens opens the meeting listed); so does a
    SIGTERM or Ctrl+C (its socket notifier, see ui/quit_signals.py), which then closes the
    console that opened meanwhile, saving it, as quitting does."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as exc:
            error.append(exc)

    from facilitator.ui.quit_signals import held

    worker = threading.Thread(target=run, name="store", daemon=False)
    worker.start()
    with held():
        _wait_for(worker)
    if error:
        raise error[0]
    return result[0]


def _wait_for(worker: threading.Thread) -> None:
    """Run the event loop (user input and sockets aside) until ``worker`` has ended."""
    if QCoreApplication.instance() is not None:
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
        poll.start()
        if worker.is_alive():
            waiting = QEventLoop.ProcessEventsFlag
            loop.exec(waiting.ExcludeUserInputEvents | waiting.ExcludeSocketNotifiers)
        poll.stop()
    worker.join()  # the loop also ends when the app quits: the work is finished all the same


def run_gui(
    *,
    database: str | None,
    smoke_test: bool,
    started: float,
    meeting: int | None = None,
    role: Role | None = None,
) -> int:
    """Start the app: paint the start screen, then open the database and list the meetings (and
    open ``meeting``'s console straight away, if one is given). However the run ends (the last
    window closed, Ctrl+Q, SIGTERM at a logout, Ctrl+C in the terminal) the store is closed.

    ``role``: the seat's role for the meetings opened (``--role``); a display seat opens the
    database read-only (it never writes) and shows the room display alone, full screen.

    ``smoke_test``: the same start, timed (see :class:`SmokeTest`)."""
    app = application()
    from facilitator.ui.start_screen import StartScreen

    smoke = SmokeTest(app, started, database) if smoke_test else None
    screen = StartScreen(
        [],
        notice=QCoreApplication.translate("App", "Opening the meeting database…"),
        programmes=False,
    )
    opened: list[App] = []
    quitting: list[QuitOnSignals] = []

    def after_first_paint() -> None:
        if smoke is not None:
            smoke.report("first paint")
        screen.list_programmes()
        QTimer.singleShot(0, finish_opening)  # once the list has painted

    def finish_opening() -> None:
        # Start-up: 6 ms (socket) after the first paint, but before the store is opened, which
        # is all a signal has to close.
        from facilitator.ui.quit_signals import QuitOnSignals

        quitting.append(QuitOnSignals(app))
        display = role is not None and role.value == "display"  # the store is not imported yet
        db = (
            open_database_interactively(database, read_only=display)
            if smoke is None
            else smoke.open_database()
        )
        if db is None:
            app.exit(2)
            return
        from facilitator.core.clock import SystemClock  # start-up: 3 ms before the first paint

        facilitator = App(
            db, clock=SystemClock(), actor=seat_name(role), start_screen=screen, role=role
        )
        opened.append(facilitator)
        try:
            facilitator.show_start()
            if smoke is not None:
                smoke.open_a_meeting(facilitator)
            elif meeting is not None:
                facilitator.open_meeting(meeting)
        except Exception:  # the last line of defence: a message, never a start screen that hangs
            from facilitator.crash_log import log_crash

            log_file = log_crash()
            if smoke is not None:
                print(f"facilitator: error: details are in {log_file}", file=sys.stderr)
                app.exit(1)
                return
            screen.set_notice(
                QCoreApplication.translate(
                    "App", "Something went wrong while listing the meetings; details are in {0}."
                ).format(log_file)
            )
            screen.show()

    FirstPaintWatcher(screen, after_first_paint)
    screen.show()
    try:
        return app.exec()
    finally:
        for facilitator in opened:
            for server in facilitator.servers:
                server.close()
            facilitator.db.close()
        for handler in quitting:
            handler.uninstall()
        if smoke is not None:
            smoke.cleanup()


class SmokeTest:
    """``facilitator --smoke-test``: the real start, timed, with no one at the keyboard. The start
    screen paints (its time from process start is printed: the user's first sight of the app),
    the store is opened behind it (a throwaway database unless ``--database`` is given; a problem
    is one line on stderr and exit status 2, never a dialog), a meeting is made from the first
    bundled programme and its console opened as the start screen opens one; once the console has
    painted (its time printed too) it is closed and the app exits 0. CI and the start-up
    benchmark (tests/bench/test_bench_console.py) use it."""

    def __init__(self, app: QApplication, started: float, database: str | None) -> None:
        self.app = app
        self.started = started
        self._scratch = tempfile.TemporaryDirectory(prefix="facilitator-smoke-")
        self.url = database or f"sqlite:///{Path(self._scratch.name) / 'smoke.sqlite3'}"

    def report(self, what: str) -> None:
        print(f"{what} after {process_age(self.started) * 1000:.0f} ms", flush=True)

    def open_database(self) -> Database | None:
        from facilitator.store import open_database
        from facilitator.store.errors import StoreError

        try:
            return open_database(self.url, backups=False, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS)
        except StoreError as exc:  # another instance has it, a read-only file…: said, exit 2
            print(f"facilitator: error: {exc.message}", file=sys.stderr, flush=True)
            return None

    def open_a_meeting(self, facilitator: App) -> None:
        from facilitator.formats.programme.files import read_programme

        seed = sorted(paths.bundled_programmes_dir().glob("*.toml"))[0]
        meeting_id = facilitator.db.create_meeting(read_programme(seed))
        console = facilitator.open_meeting(meeting_id)
        if console is None:
            self.app.exit(1)
            return

        def painted() -> None:
            self.report("console painted")
            console.close()
            self.app.exit(0)

        FirstPaintWatcher(console, painted)

    def cleanup(self) -> None:
        self._scratch.cleanup()
