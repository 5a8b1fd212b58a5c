"""Stage a meeting and save screenshots of the windows, for the README and for looking at them.

    QT_QPA_PLATFORM=offscreen python -m tests.tools.screenshots resources/screenshots
    QT_QPA_PLATFORM=offscreen python -m tests.tools.screenshots --languages resources/screenshots
    QT_QPA_PLATFORM=offscreen python -m tests.tools.screenshots --seats resources/screenshots

(``--seats``: only the two seats side by side, a Co-Chair's and a rapporteur's consoles on one
meeting on a throwaway PostgreSQL server, see :func:`two_seats`; made with the rest too.)

The trafficking seed is run with a fake clock to 11:12 CEST, in the last two minutes of the
Co-Chairs' briefing (warning phase), in a throwaway database. Each window is saved at 1920×1080 and
1366×768.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

SIZES = ((1920, 1080), (1366, 768))
SEED = "2024-07-10-trafficking-in-persons.toml"


def _save(widget: QWidget, out: Path, name: str, size: tuple[int, int]) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    from facilitator.ui.console import ConsoleWindow

    if isinstance(widget, ConsoleWindow):
        widget._shown_key = None
        widget.refresh_clock()
    QApplication.processEvents()
    path = out / f"{name}-{size[0]}x{size[1]}.png"
    widget.grab().save(str(path))
    return path


def _settle(ms: int = 300) -> None:
    """Run the event loop for a moment, so that timers (a text layout in steps) fire."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _until(done: Callable[[], bool], limit_s: float = 30.0) -> None:
    """Run the event loop until ``done()`` (a preview built on a worker thread)."""
    import time

    deadline = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready in time")
        _settle(20)


SPEAKERS = (
    ("Ms. Amina Diallo", "Free the Slaves", "ngo", "room"),
    ("Mr. Jonas Berg", "University of Oslo", "academia", "online"),
    ("Ms. Lucía Pérez", "Fundación Esperanza", "ngo", "online"),
    ("Dr. Wei Chen", "Tech Against Trafficking", "private_sector", "room"),
    ("Mr. Omar Haddad", "Arab Network for Migrants' Rights", "ngo", "room"),
    ("Ms. Sarah Klein", "International Organization for Migration", "intergovernmental", "online"),
)


def _stage_questions(session: object, clock: object) -> None:
    """Panel 1 done, its Q&A running: one speaker heard, the second in warning, four waiting."""
    from facilitator.core.participants.values import Attendance, Category, Participant

    people = [
        Participant("", name, org, Category(category), Attendance(where))
        for name, org, category, where in SPEAKERS
    ]
    session.import_participants(people, "registrations.xlsx")  # type: ignore[attr-defined]
    clock.advance(minutes=2)  # type: ignore[attr-defined]
    session.next()  # type: ignore[attr-defined]  # Panel 1
    clock.advance(minutes=62)  # type: ignore[attr-defined]
    session.next()  # type: ignore[attr-defined]  # Q&A on Panel 1
    for n in range(1, len(SPEAKERS) + 1):
        session.queue_speaker(f"p-{n}")  # type: ignore[attr-defined]
    clock.advance(minutes=1)  # type: ignore[attr-defined]
    session.call_next()  # type: ignore[attr-defined]
    clock.advance(seconds=195)  # type: ignore[attr-defined]
    session.call_next()  # type: ignore[attr-defined]
    clock.advance(seconds=158)  # type: ignore[attr-defined]


def _record_pages(session: object, clock: object, out: Path) -> list[Path]:
    """The record as PDF, its first and last pages (the chart) as PNG, via poppler's pdftoppm
    (skipped with a note where it is not installed)."""
    import shutil
    import subprocess

    from facilitator.core.record import build_record
    from facilitator.formats.record.pdf_writer import write_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian: poppler-utils): no record pages", file=sys.stderr)
        return []
    record = build_record(session.state, clock.now())  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory(prefix="facilitator-record-") as folder:
        pdf = write_pdf(record, Path(folder) / "record.pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        pages = int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages:" in line))
        saved = []
        for name, page in (("record-page-1", 1), ("record-page-last", pages)):
            stem = out / name
            pick = ["-f", str(page), "-l", str(page)]
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-singlefile", *pick, str(pdf), str(stem)],
                check=True,
            )
            saved.append(stem.with_suffix(".png"))
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    languages = "--languages" in args
    seats_only = "--seats" in args
    args = [a for a in args if a not in ("--languages", "--seats")]
    out = Path(args[0] if args else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="facilitator-shots-") as scratch:
        os.environ["FACILITATOR_HOME"] = scratch
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
            # Qt's offscreen screen is 800×800: the console would lay its docks out as for a
            # small screen. Give it a desk's screen.
            config = Path(scratch) / "screens.json"
            config.write_text(
                '{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080,'
                ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
                encoding="utf-8",
            )
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        if not seats_only:
            for path in (stage_languages if languages else stage)(Path(scratch), out):
                print(path)
        if not languages:
            print(two_seats(out))
    return 0


def stage_languages(scratch: Path, out: Path) -> list[Path]:
    """The Q&A on Panel 1 as in ``console-speakers``: the console in French, the room display in
    Arabic (issue 20)."""
    from facilitator import paths
    from facilitator.core.clock import FakeClock
    from facilitator.formats.programme.files import read_programme
    from facilitator.session import MeetingSession
    from facilitator.store import open_database
    from facilitator.ui import language
    from facilitator.ui.app import application
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController
    from facilitator.ui.room_display import RoomDisplay

    app = application()
    saved: list[Path] = []
    with open_database(f"sqlite:///{scratch / 'shots.sqlite3'}", backups=False) as db:
        programme = read_programme(paths.bundled_programmes_dir() / SEED)
        meeting_id = db.create_meeting(programme)
        clock = FakeClock(dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC))
        session = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        session.start()
        for minutes in (12, 27, 20):
            clock.advance(minutes=minutes)
            session.next()
        clock.advance(minutes=13)
        _stage_questions(session, clock)
        language.install(app, "fr")
        console = ConsoleWindow(MeetingController(session), title=programme.title)
        saved.append(_save(console, out, "console-fr", (1366, 768)))
        board = console.controller.board()
        console = console.switch_language("ar") or console  # View → Language, as a user does
        saved.append(_save(console, out, "console-ar", (1366, 768)))
        console.close()
        room = RoomDisplay()
        room.show_board(board)
        saved.append(_save(room, out, "room-display-ar", (1366, 768)))
        room.close()
        language.install(app, "en")
    return saved


def stage(scratch: Path, out: Path) -> list[Path]:
    from facilitator import paths
    from facilitator.core.clock import FakeClock
    from facilitator.formats.programme.files import read_programme
    from facilitator.session import MeetingSession, overview
    from facilitator.store import open_database
    from facilitator.ui.app import application
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController
    from facilitator.ui.start_screen import StartScreen

    application()
    saved: list[Path] = []
    with open_database(f"sqlite:///{scratch / 'shots.sqlite3'}", backups=False) as db:
        programme = read_programme(paths.bundled_programmes_dir() / SEED)
        other = read_programme(
            paths.bundled_programmes_dir() / "2024-07-15-smuggling-of-migrants.toml"
        )
        db.create_meeting(other)
        meeting_id = db.create_meeting(programme)
        clock = FakeClock(dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC))
        session = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        session.start()
        for minutes in (12, 27, 20):
            clock.advance(minutes=minutes)
            session.next()
        clock.advance(minutes=13)
        screen = StartScreen(overview(db))
        console = ConsoleWindow(MeetingController(session), title=programme.title)
        for size in SIZES:
            saved.append(_save(screen, out, "start-screen", size))
            saved.append(_save(console, out, "console-warning", size))
        # Then the Q&A on Panel 1, with six speakers in the room and online.
        _stage_questions(session, clock)
        for size in SIZES:
            saved.append(_save(console, out, "console-speakers", size))
        # The rapporteur's view: the capture pane open on the speaker with the floor.
        console.capture_dock.show()
        console.review_dock.show()
        console.capture_dock.raise_()
        console.speakers_dock.hide()
        console.agenda_dock.hide()
        console.capture.new_from_floor()
        console.capture.summary.setPlainText(
            "Asked how States parties could involve survivor-led organizations in the review "
            "of national action plans on organ trafficking, and whether UNODC could share "
            "examples of good practice.\n\nSuggested a follow-up session online."
        )
        console.capture.follow_up.setChecked(True)
        for size in SIZES:
            saved.append(_save(console, out, "capture-pane", size))
        # The export dialog, on a record with a few interventions captured.
        for participant, kind, summary in (
            ("p-1", "question", "How can survivor-led organizations take part in the review?"),
            ("p-2", "statement", "Offered research data on online recruitment."),
        ):
            session.log_intervention(
                {"participant_id": participant, "tags": ["seg-6"], "kind": kind, "summary": summary}
            )
        dialog = console.open_export()
        _until(lambda: dialog.shown_preview is not None)  # built off the GUI thread
        for size in SIZES:
            dialog.resize(*size)
            _settle()  # the preview lays a long record out in steps, on timers
            saved.append(_save(dialog, out, "export-dialog", size))
        dialog.close()
        saved += _record_pages(session, clock, out)
        console.toggle_room_display()
        room = console.room_display
        assert room is not None
        for size in SIZES:
            room.showNormal()
            room.show_board(console.controller.board())
            saved.append(_save(room, out, "room-display", size))
        room.close()
        # The programme editor's Meeting data tab.
        from facilitator.ui.programme_editor import ProgrammeEditor

        editor = ProgrammeEditor(session.programme)
        editor.tabs.setCurrentIndex(1)
        saved.append(_save(editor, out, "meeting-data", (1366, 768)))
        editor.close()
        # The programme editor as an import leaves it: the seed's text, Panel 1 selected, the
        # document's line it was read from above its fields.
        from facilitator.formats.programme.importer import import_programme

        imported = import_programme(paths.bundled_programmes_dir() / SEED.replace(".toml", ".txt"))
        editor = ProgrammeEditor(imported.programme, report=imported.report)
        editor.select(imported.programme.items[2].segments[1].id)
        for size in SIZES:
            saved.append(_save(editor, out, "programme-editor", size))
        editor.close()
        # Under a dark system palette.
        from facilitator.ui.colours import dark_palette

        app = application()
        light = app.palette()
        app.setPalette(dark_palette())
        console.capture_dock.hide()
        console.review_dock.hide()
        console.speakers_dock.show()
        console.agenda_dock.show()
        saved.append(_save(console, out, "console-dark", (1366, 768)))
        app.setPalette(light)
        console.close()
        screen.close()
        saved += _rehearsal(db, meeting_id, out)
    return saved


def two_seats(out: Path) -> Path:
    """A rapporteur's seat beside a Co-Chair's: two consoles, two connections, one meeting on a
    throwaway PostgreSQL server (tests/postgres_server.py). The Co-Chair runs the Q&A on Panel 1
    (the agenda and the speakers); the rapporteur has captured two interventions (the review)
    and types the third, prefilled from the floor (the capture pane). Each console is grabbed at
    1366×768 and the two are put side by side in one picture, each with its seat's name above."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from facilitator import paths
    from facilitator.core.clock import FakeClock
    from facilitator.formats.programme.files import read_programme
    from facilitator.seat import Role
    from facilitator.session import MeetingSession
    from facilitator.store import open_database
    from facilitator.ui.app import application
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController
    from tests.postgres_server import postgres_server

    application()
    size = (1366, 768)
    seats = (("Ms. Elena Marković", Role.CO_CHAIR), ("Ana Ruiz", Role.RAPPORTEUR))
    with postgres_server() as url:
        with open_database(url, backups=False) as db:
            meeting_id = db.create_meeting(read_programme(paths.bundled_programmes_dir() / SEED))
        clock = FakeClock(dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC))
        connections = [open_database(url, backups=False) for _ in seats]
        sessions = [
            MeetingSession(db, meeting_id, clock=clock, actor=f"{name} ({role.value})", role=role)
            for db, (name, role) in zip(connections, seats, strict=True)
        ]
        chair, rapporteur = sessions
        chair.start()
        for minutes in (12, 27, 20):
            clock.advance(minutes=minutes)
            chair.next()
        clock.advance(minutes=13)
        _stage_questions(chair, clock)
        rapporteur.refresh()
        for participant, kind, summary in (
            ("p-1", "question", "How can survivor-led organizations take part in the review?"),
            ("p-2", "statement", "Offered research data on online recruitment by text message."),
        ):
            rapporteur.log_intervention(
                {"participant_id": participant, "tags": ["seg-6"], "kind": kind, "summary": summary}
            )
        chair.refresh()
        consoles = [
            ConsoleWindow(MeetingController(s), title=s.programme.title, joined=True)
            for s in sessions
        ]
        writing = consoles[1]
        writing.capture_dock.show()
        writing.review_dock.show()
        writing.capture_dock.raise_()
        writing.speakers_dock.hide()
        writing.agenda_dock.hide()
        writing.capture.new_from_floor()
        writing.capture.summary.setPlainText(
            "Asked whether States parties could open their national referral mechanisms to"
            " survivor-led organizations, and how UNODC could support"
        )
        grabs = []
        for console in consoles:
            console.resize(*size)
            console.show()
            _settle()
            console._shown_key = None
            console.refresh_clock()
            _settle()
            grabs.append(console.grab().toImage())
        for console in consoles:
            console.close()
        for db in connections:
            db.close()
    gap, band = 24, 44
    width = sum(g.width() for g in grabs) + gap * 3
    height = max(g.height() for g in grabs) + band + gap
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f2937"))
    painter = QPainter(picture)
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#f9fafb"))
    x = gap
    for grab, (name, role) in zip(grabs, seats, strict=True):
        words = "Co-Chair's seat" if role is Role.CO_CHAIR else "Rapporteur's seat"
        painter.drawText(
            QRect(x, 0, grab.width(), band),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{words}: {name}",
        )
        painter.drawImage(x, band, grab)
        x += grab.width() + gap
    painter.end()
    path = out / "two-seats-co-chair-and-rapporteur.png"
    picture.save(str(path))
    return path


def _rehearsal(db: object, meeting_id: int, out: Path) -> list[Path]:
    """A rehearsal of the meeting, two years on: the console on the meeting's own day."""
    from facilitator.core.clock import FakeClock
    from facilitator.rehearsal import rehearse
    from facilitator.ui.console import ConsoleWindow
    from facilitator.ui.controller import MeetingController

    practice = rehearse(
        db,  # type: ignore[arg-type]
        meeting_id,
        FakeClock(dt.datetime(2026, 12, 6, 14, 0, tzinfo=dt.UTC)),
        actor="Co-Chairs",
    )
    start = practice.starts_at.astimezone(practice.session.programme.zone())
    console = ConsoleWindow(
        MeetingController(practice.session),
        rehearsal=f"a practice copy on the meeting's day, {start:%A} {start.day} {start:%B %Y},"
        f" from {start:%H:%M}; nothing done here is kept",
    )
    saved = [_save(console, out, "console-rehearsal", (1366, 768))]
    console.close()
    practice.close()
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
