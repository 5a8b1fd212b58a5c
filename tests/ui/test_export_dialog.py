"""The export dialog on the real console: a little meeting is run, then its record is previewed and
exported in every format, attributed and not, with sections left out, to paths that cannot be
written; the writing happens off the GUI thread while the window keeps working."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from facilitator import paths
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue.reducer import queue_of
from facilitator.core.record import Section
from facilitator.formats.record import export as record_export
from facilitator.formats.record.catalogue import LANGUAGES as RECORD_LANGUAGES
from facilitator.formats.record.export import FORMAT_KEYS, export_format
from facilitator.session import MeetingSession
from facilitator.ui.export_dialog import (
    FOLDER_KEY,
    FORMAT_KEY,
    LANGUAGE_KEY,
    MODE_KEY,
    ExportDialog,
    file_stem,
    with_suffix,
)
from facilitator.ui.settings import app_settings
from tests.ui.conftest import Desk

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

PEOPLE = [
    Participant("", "Amina Zoubeir", "Hope Foundation", Category.NGO, Attendance.ROOM),
    Participant("", "Bertrand Quillet", "Université Lumière", Category.ACADEMIA, Attendance.ONLINE),
    Participant("", "Chiara Vettorazzo", "SafeTech Ltd", Category.PRIVATE_SECTOR, Attendance.ROOM),
]
#: What an unattributed record must never show.
NAMES = [
    *(p.name for p in PEOPLE),
    *(p.organization for p in PEOPLE),
    "Zoubeir",
    "Quillet",
    "Vettorazzo",
]
WAIT_MS = 20_000


def run_little_meeting(desk: Desk) -> None:
    """Opening, briefing, then three speakers from the floor, each captured (one summary names
    another speaker, as summaries do)."""
    session = desk.window.controller.session
    assert isinstance(session, MeetingSession)
    session.import_participants(PEOPLE, "registrations.csv")
    ids = {p.name: p.id for p in queue_of(session.state).participants}
    session.start()
    desk.advance(minutes=10)
    session.next()  # briefing by the Secretariat
    desk.advance(minutes=25)
    session.next()  # interventions from non-governmental stakeholders
    summaries = {
        "Amina Zoubeir": "Called for survivor-led organizations to join the review.",
        "Bertrand Quillet": "Supported Zoubeir's proposal and offered research data.",
        "Chiara Vettorazzo": "Described tools that detect online recruitment.",
    }
    for name, summary in summaries.items():
        session.queue_speaker(ids[name])
        session.call_next()
        desk.advance(seconds=150)
        session.finish_speaker()
        session.log_intervention(
            {"participant_id": ids[name], "tags": ["seg-3"], "summary": summary}
        )


def open_dialog(desk: Desk) -> ExportDialog:
    """Ctrl+Shift+S on the console, as a Co-Chair would."""
    desk.window.activateWindow()
    desk.qtbot.waitUntil(desk.window.isActiveWindow)
    desk.qtbot.keyClick(desk.window, Key.Key_S, CTRL | SHIFT)
    dialog = desk.window.export_dialog
    assert dialog is not None
    desk.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    desk.qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture
def dialog(desk: Desk) -> ExportDialog:
    run_little_meeting(desk)
    return open_dialog(desk)


def export(qtbot: QtBot, dialog: ExportDialog, path: Path | str) -> None:
    """Type the path, press Enter, wait until the dialog shows how the export ended."""
    dialog.path_edit.setText(str(path))
    dialog.path_edit.setFocus()
    with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
        qtbot.keyClick(dialog.path_edit, Key.Key_Return)


def preview_text(qtbot: QtBot, dialog: ExportDialog) -> str:
    """The preview once its (debounced) refresh has run."""
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        dialog.schedule_preview()
    return dialog.preview.toPlainText()


# ----------------------------------------------------------------------------- opening
def test_opens_with_its_shortcut_beside_a_running_meeting(desk: Desk) -> None:
    run_little_meeting(desk)
    action = desk.window.actions_by_name["export_record"]
    assert "Ctrl+Shift+S" in action.toolTip()
    file_menu = desk.window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and action in file_menu.actions()
    dialog = open_dialog(desk)
    assert dialog.isVisible() and not dialog.isModal()
    assert QApplication.activeModalWidget() is None
    # The meeting goes on: the console's clock still moves with the dialog open.
    before = desk.window.clock.text()
    desk.advance(seconds=5)
    assert desk.window.clock.text() != before
    # The default: every section, the file named after the date and the title, with the suffix
    # of the format; the preview shows the record.
    assert all(box.isChecked() and box.isEnabled() for box in dialog.section_boxes.values())
    path = Path(dialog.path_edit.text())
    assert path.name == f"2024-07-10 Constructive Dialogue on the UNTOC{dialog.format().suffix}"
    text = preview_text(desk.qtbot, dialog)
    assert "Meeting data" in text and "Amina Zoubeir" in text
    assert dialog.preview_note.text() == (
        f"Preview shows the content; the file is {dialog.format().label}."
    )
    assert not dialog.preview.openLinks() and not dialog.preview.openExternalLinks()
    # The same shortcut again brings the same window forward.
    assert open_dialog(desk) is dialog


# ----------------------------------------------------------------------------- every format
@pytest.mark.parametrize("key", FORMAT_KEYS)
def test_every_format_is_exported(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, key: str
) -> None:
    dialog.set_format(key)
    fmt = export_format(key)
    target = tmp_path / "out" / f"record{fmt.suffix}"
    target.parent.mkdir()
    export(qtbot, dialog, target)
    assert dialog.status.text().startswith("Saved"), dialog.status.text()
    assert "991b1b" not in dialog.status.styleSheet()
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    if key == "csv":
        assert written == [
            "record-interventions.csv",
            "record-speakers.csv",
            "record-timetable.csv",
        ]
    else:
        assert written == [f"record{fmt.suffix}"]
    for name in written:
        assert (tmp_path / "out" / name).stat().st_size > 0, name
    assert sorted(dialog.last_written) == [tmp_path / "out" / name for name in written]
    assert dialog.open_folder_button.isVisible()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()


def test_the_suffix_follows_the_format_and_csv_json_are_always_complete(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog.path_edit.setText(str(tmp_path / "day.docx"))
    dialog.set_format("md")
    assert dialog.path_edit.text() == str(tmp_path / "day.md")
    dialog.set_format("csv")
    assert dialog.path_edit.text() == str(tmp_path / "day.csv")
    assert not any(box.isEnabled() for box in dialog.section_boxes.values())
    assert dialog.sections_note.isVisible()
    assert "day-interventions.csv" in dialog.path_hint.text()
    assert dialog.preview_note.text().startswith("Preview shows the content; the files are CSV")
    dialog.set_format("json")
    assert dialog.path_edit.text() == str(tmp_path / "day.json")
    dialog.set_format("html")
    assert all(box.isEnabled() for box in dialog.section_boxes.values())
    assert not dialog.sections_note.isVisible()
    # A name the user typed without a known suffix keeps what they typed.
    dialog.path_edit.setText(str(tmp_path / "Record v1.2"))
    dialog.set_format("md")
    assert dialog.path_edit.text() == str(tmp_path / "Record v1.2.md")


# ----------------------------------------------------------------------------- mode, sections
def test_unattributed_names_nobody_in_the_preview_or_the_file(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    attributed = preview_text(qtbot, dialog)
    assert "Amina Zoubeir" in attributed and "Hope Foundation" in attributed
    dialog.unattributed.setChecked(True)
    unattributed = preview_text(qtbot, dialog)
    assert "A representative of an NGO" in unattributed
    for name in NAMES:
        assert name not in unattributed, name
    for key in ("md", "html", "docx", "csv"):
        dialog.set_format(key)
        export(qtbot, dialog, tmp_path / f"chatham{export_format(key).suffix}")
        text = "\n".join(file_text(path) for path in dialog.last_written)
        assert "A representative of an NGO" in text, key
        for name in NAMES:
            assert name not in text, (key, name)


def file_text(path: Path) -> str:
    """The words of an exported file (a Word document's paragraphs and table cells)."""
    if path.suffix != ".docx":
        return path.read_text(encoding="utf-8-sig")
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_sections_left_out_leave_the_preview_and_the_markdown(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog.set_format("md")
    full = preview_text(qtbot, dialog)
    assert "Attendance" in full and "List of speakers" in full
    # Unticking is debounced: the preview changes once, after the changes settle.
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        dialog.section_boxes[Section.ATTENDANCE].setChecked(False)
        dialog.section_boxes[Section.SPEAKERS].setChecked(False)
        assert "Attendance" in dialog.preview.toPlainText()  # not on every click
    shown = dialog.preview.toPlainText()
    assert "Attendance" not in shown and "List of speakers" not in shown
    assert "Meeting data" in shown and "Timetable: planned and actual" in shown
    export(qtbot, dialog, tmp_path / "part.md")
    lines = (tmp_path / "part.md").read_text(encoding="utf-8").splitlines()
    assert "## Meeting data" in lines
    assert not any(line.startswith(("## Attendance", "### List of speakers")) for line in lines)
    # No section at all: nothing to write, and the dialog says so.
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog.export()
    assert "at least one section" in dialog.status.text()
    assert not dialog.busy


def test_the_preview_draws_the_chart_and_fetches_nothing(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage, QTextDocument

    text = preview_text(qtbot, dialog)
    # Qt's rich text cannot draw inline SVG: the chart is a picture, not its labels as text.
    assert "<svg" not in dialog.preview.toHtml()
    assert "%)" not in text  # the bars' labels ("2:30 (33%)") are drawn, not written
    image = QTextDocument.ResourceType.ImageResource.value
    picture = dialog.preview.loadResource(image, QUrl("record-picture:0"))
    assert isinstance(picture, QImage) and not picture.isNull()
    secret = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(secret))
    assert dialog.preview.loadResource(image, QUrl.fromLocalFile(str(secret))) is None
    assert dialog.preview.loadResource(image, QUrl("https://example.org/x.png")) is None


# ----------------------------------------------------------------------------- when it is built
def capture(desk: Desk, summary: str) -> None:
    fields = {"name": "Ms. Late", "tags": ["seg-1"], "summary": summary}
    assert desk.window.controller.act(lambda s: s.log_intervention(fields))


def test_a_burst_of_captures_is_one_preview_and_the_last_is_shown(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot
) -> None:
    preview_text(qtbot, dialog)
    built = dialog.previews_built
    for n in range(1, 11):
        capture(desk, f"Burst capture {n}.")
    qtbot.waitUntil(lambda: "Burst capture 10." in dialog.preview.toPlainText(), timeout=WAIT_MS)
    assert dialog.previews_built == built + 1


def test_the_preview_is_built_at_most_once_a_second(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import export_dialog

    preview_text(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._preview_future is None, timeout=WAIT_MS)  # nothing building
    dialog._preview_timer.stop()
    monkeypatch.setattr(export_dialog, "PREVIEW_INTERVAL_MS", 60_000)  # a long second
    built = dialog.previews_built
    capture(desk, "Too soon.")
    timer = dialog._preview_timer
    assert timer.isActive() and timer.remainingTime() > 30_000
    for n in range(5):  # more changes do not put it off further, nor build sooner
        capture(desk, f"Still too soon {n}.")
        dialog.section_boxes[Section.CHART].toggle()
    assert timer.remainingTime() > 30_000 and dialog.previews_built == built
    monkeypatch.setattr(export_dialog, "PREVIEW_INTERVAL_MS", 0)
    timer.stop()
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        dialog.schedule_preview()
    assert dialog.previews_built == built + 1
    assert "Still too soon 4." in dialog.preview.toPlainText()


def test_no_preview_is_built_while_the_window_is_hidden(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot
) -> None:
    preview_text(qtbot, dialog)
    dialog.hide()
    built = dialog.previews_built
    for n in range(3):
        capture(desk, f"Unseen capture {n}.")
    assert dialog.previews_built == built and not dialog._preview_timer.isActive()
    assert dialog._process is None  # the record's process ends with the window
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        dialog.show()
    assert dialog.previews_built == built + 1
    assert "Unseen capture 2." in dialog.preview.toPlainText()


def test_a_long_records_preview_is_cut_and_says_so(
    desk: Desk, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui import export_dialog

    monkeypatch.setattr(export_dialog, "PREVIEW_ENTRIES", 2)  # the little meeting, as if long
    monkeypatch.setattr(export_dialog, "PREVIEW_ROWS", 1)
    run_little_meeting(desk)
    dialog = open_dialog(desk)
    dialog.set_format("pdf")
    text = preview_text(qtbot, dialog)
    assert dialog.preview_note.text() == (
        "Preview shows the first 2 of 3 entries and 1 rows of each table, to stay quick; the file"
        " is PDF, A4 (.pdf) and will hold them all."
    )
    assert "Amina Zoubeir" in text and "Bertrand Quillet" in text
    assert "Chiara Vettorazzo" not in text.split("Timetable")[0]
    assert "… 1 more entry in the file, not shown in the preview." in text
    dialog.set_format("csv")
    assert dialog.preview_note.text().endswith(
        "the files are CSV tables for spreadsheets (.csv) and will hold them all."
    )


def test_a_record_process_that_died_is_started_again(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot
) -> None:
    preview_text(qtbot, dialog)
    process = dialog._process
    assert process is not None
    process.process.kill()
    qtbot.waitUntil(lambda: not process.running, timeout=WAIT_MS)
    capture(desk, "After the crash.")
    qtbot.waitUntil(lambda: "After the crash." in dialog.preview.toPlainText(), timeout=WAIT_MS)
    assert dialog._process is not process and dialog._process is not None


def test_a_preview_that_cannot_be_built_is_a_sentence_and_a_crash_log(
    dialog: ExportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future

    from facilitator.formats.record.record_process import RecordProcess, RecordProcessStopped

    def stopped(self: RecordProcess, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(RecordProcessStopped("the process making the record stopped"))
        return future

    preview_text(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog._preview_future is None, timeout=WAIT_MS)
    monkeypatch.setattr(RecordProcess, "preview", stopped)
    text = preview_text(qtbot, dialog)
    log = paths.log_dir() / "crash.log"
    assert text == (
        "The preview could not be shown (RecordProcessStopped: the process making the record"
        f" stopped). The details are in {log}."
    )
    assert "RecordProcessStopped" in log.read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- failures
@pytest.mark.parametrize("where", ["missing folder", "folder is a file"])
def test_an_unwritable_path_shows_the_message_and_leaves_nothing(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    dialog.set_format("md")
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "notes.txt"
    blocker.write_text("a file, not a folder")
    parent = out / "nowhere" if where == "missing folder" else blocker
    before = sorted(out.rglob("*"))
    export(qtbot, dialog, parent / "record.md")
    message = dialog.status.text()
    assert "cannot write" in message and str(parent) in message, message
    assert "Traceback" not in message
    assert "991b1b" in dialog.status.styleSheet()  # red
    assert not dialog.open_folder_button.isVisible()
    assert sorted(out.rglob("*")) == before
    assert app_settings().value(FOLDER_KEY) is None  # nothing was remembered either


def test_an_unexpected_error_is_a_sentence_and_a_crash_log(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> list[Path]:
        raise RuntimeError("the writer fell over")

    monkeypatch.setattr(record_export, "write_parts", broken)
    export(qtbot, dialog, tmp_path / "record.docx")
    message = dialog.status.text()
    log = paths.log_dir() / "crash.log"
    assert message.startswith("Something unexpected went wrong and the record was not exported")
    assert "RuntimeError: the writer fell over" in message and str(log) in message
    assert "Traceback" not in message
    assert "RuntimeError: the writer fell over" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert dialog.export_button.isEnabled()


# ----------------------------------------------------------------------------- the thread
def test_the_file_is_written_off_the_gui_thread_while_the_window_works(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = record_export.write_parts
    release = threading.Event()
    seen: dict[str, int] = {}

    def slow(*args: Any, **kwargs: Any) -> list[Path]:
        seen["thread"] = threading.get_ident()
        assert release.wait(WAIT_MS / 1000)  # a long export: it waits for the test
        return real(*args, **kwargs)

    monkeypatch.setattr(record_export, "write_parts", slow)
    dialog.set_format("md")
    dialog.path_edit.setText(str(tmp_path / "slow.md"))
    with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS) as ended:
        qtbot.keyClick(dialog.path_edit, Key.Key_Return)
        # The writer is blocked, yet the GUI thread runs its event loop: a timer fires, the
        # console repaints, the dialog shows its busy bar and refuses a second export.
        assert dialog.busy and dialog.progress.isVisible()
        assert not dialog.export_button.isEnabled()
        with qtbot.waitSignal(_tick(dialog), timeout=WAIT_MS):
            pass
        before = desk.window.clock.text()
        desk.advance(seconds=3)
        assert desk.window.clock.text() != before
        dialog.export()  # Enter again while busy: ignored
        dialog.set_format("html")  # a change of mind while it writes: not what was exported
        qtbot.waitUntil(lambda: "thread" in seen, timeout=WAIT_MS)
        assert seen["thread"] != threading.get_ident()
        release.set()
    assert ended.signal_triggered
    assert dialog.last_worker_ident == seen["thread"]
    assert (tmp_path / "slow.md").stat().st_size > 0
    assert sorted(p.name for p in tmp_path.glob("slow*")) == ["slow.md"]  # no html
    assert app_settings().value(FORMAT_KEY) == "md"
    assert not dialog.busy and not dialog.progress.isVisible()


def test_word_and_pdf_are_made_by_the_records_process_not_the_app(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Their writers hold the GIL (Qt's layout in C++; lxml; the fonts found the first time, 1.4 s
    on the GUI thread): in the app's process they are never called."""
    from facilitator.formats.record import docx_writer, pdf_writer

    def not_here(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("a Word or PDF file was made in the app's process")

    monkeypatch.setattr(docx_writer, "docx_bytes", not_here)
    monkeypatch.setattr(pdf_writer, "pdf_bytes", not_here)
    for key in ("docx", "pdf"):
        dialog.set_format(key)
        export(qtbot, dialog, tmp_path / f"made-elsewhere.{key}")
        assert dialog.status.text().startswith("Saved"), dialog.status.text()
        assert (tmp_path / f"made-elsewhere.{key}").read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")


def test_the_sessions_state_is_read_on_the_gui_thread_only(
    desk: Desk, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folded state is built lazily as events come: read from another thread, it could be
    built from a half-folded event and kept. The record's process reads the journal from the
    store alone."""
    readers: set[int] = set()
    real = MeetingSession.state

    def state(self: MeetingSession) -> Any:
        readers.add(threading.get_ident())
        return real.fget(self)  # type: ignore[attr-defined]

    monkeypatch.setattr(MeetingSession, "state", property(state))
    run_little_meeting(desk)
    dialog = open_dialog(desk)
    preview_text(qtbot, dialog)
    dialog.set_format("json")
    export(qtbot, dialog, tmp_path / "record.json")
    assert dialog.status.text().startswith("Saved")
    assert readers == {threading.get_ident()}


def _tick(parent: QWidget) -> Any:
    """A timer's timeout, started now: it can only fire if the event loop is running."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(10)
    timer.start()
    return timer.timeout


def test_an_export_still_running_when_the_dialog_closes_reports_to_the_console(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = record_export.write_parts
    release = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> list[Path]:
        assert release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(record_export, "write_parts", slow)
    dialog.set_format("md")
    dialog.path_edit.setText(str(tmp_path / "late.md"))
    with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
        dialog.export()
        qtbot.keyClick(dialog, Key.Key_Escape)
        assert not dialog.isVisible()
        assert open_dialog(desk) is dialog  # still busy: the same window comes back
        dialog.reject()
        release.set()
    assert "Record exported" in desk.window.statusBar().currentMessage()
    assert (tmp_path / "late.md").exists()


# ----------------------------------------------------------------------------- settings, folder
def test_the_last_folder_format_and_mode_are_remembered(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    dialog.set_format("md")
    dialog.unattributed.setChecked(True)
    export(qtbot, dialog, folder / "day.md")
    settings = app_settings()
    assert settings.value(FOLDER_KEY) == str(folder)
    assert settings.value(FORMAT_KEY) == "md"
    assert settings.value(MODE_KEY) == "unattributed"
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert not dialog.isVisible()
    again = open_dialog(desk)
    assert again is not dialog  # a fresh window, set up from the settings
    assert again.format().key == "md" and again.unattributed.isChecked()
    path = Path(again.path_edit.text())
    assert path.parent == folder and path.suffix == ".md"
    # The old window is gone for good; the meeting going on does not reach for it.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert desk.window.controller.act(lambda s: s.next())


def test_the_record_s_language_is_chosen_previewed_written_and_remembered(
    desk: Desk, dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    assert dialog.language() == "en"
    dialog.set_language("fr")
    assert dialog.options().language == "fr"
    assert "Données de la réunion" in preview_text(qtbot, dialog)
    dialog.set_format("md")
    export(qtbot, dialog, tmp_path / "compte-rendu.md")
    assert "## Données de la réunion" in (tmp_path / "compte-rendu.md").read_text("utf-8")
    assert app_settings().value(LANGUAGE_KEY) == "fr"
    qtbot.keyClick(dialog, Key.Key_Escape)
    again = open_dialog(desk)
    assert again.language() == "fr"
    # All six complete: each by its own name, none marked "(headings)".
    combo = again.language_combo
    assert [combo.itemText(n) for n in range(combo.count())] == list(RECORD_LANGUAGES.values())
    again.set_language("zh")
    shown = preview_text(qtbot, again)
    assert "会议信息" in shown and "Meeting data" not in shown
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_open_folder_shows_the_folder_written_to(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    dialog.set_format("csv")
    export(qtbot, dialog, tmp_path / "tables.csv")
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


# ----------------------------------------------------------------------------- keyboard
def test_every_control_is_reached_with_tab_and_mnemonics(
    dialog: ExportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)

    press(Key.Key_F, ALT)
    assert dialog.format_radios[dialog.format().key].hasFocus()
    press(Key.Key_Down)  # arrows choose among the formats
    assert dialog.format().key == "pdf"
    press(Key.Key_U, ALT)  # a button's mnemonic clicks it (Qt animates the click)
    qtbot.waitUntil(dialog.unattributed.isChecked)
    press(Key.Key_A, ALT)
    qtbot.waitUntil(dialog.attributed.isChecked)
    press(Key.Key_S, ALT)
    assert dialog.section_boxes[Section.MEETING].hasFocus()
    press(Key.Key_Space)
    assert not dialog.section_boxes[Section.MEETING].isChecked()
    press(Key.Key_V, ALT)
    assert dialog.path_edit.hasFocus()
    press(Key.Key_P, ALT)
    assert dialog.preview.hasFocus()
    reached: list[QWidget] = []
    press(Key.Key_F, ALT)
    for _ in range(30):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
        press(Key.Key_Tab)
    wanted = [
        dialog.attributed,
        *dialog.section_boxes.values(),
        dialog.path_edit,
        dialog.browse_button,
        dialog.preview,
        dialog.export_button,
        dialog.close_button,
    ]
    for widget in wanted:
        assert widget in reached, widget.objectName() or type(widget).__name__
    # Enter anywhere exports; Esc closes.
    dialog.set_format("md")
    dialog.path_edit.setText(str(tmp_path / "keys.md"))
    dialog.section_boxes[Section.MEETING].setFocus()
    with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
        press(Key.Key_Return)
    assert (tmp_path / "keys.md").exists()
    dialog.path_edit.setText(str(tmp_path / "again.md"))
    dialog.preview.setFocus()
    with qtbot.waitSignal(dialog.export_ended, timeout=WAIT_MS):
        press(Key.Key_E, ALT)
    assert (tmp_path / "again.md").exists()
    press(Key.Key_Escape)
    assert not dialog.isVisible()


# ----------------------------------------------------------------------------- helpers
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Constructive Dialogue on the UNTOC and Protocols' review process following the "
            "conclusion of the fourteenth meeting",
            "2024-07-10 Constructive Dialogue on the UNTOC",
        ),
        ('Review: "A/B" <draft>?', "2024-07-10 Review A B draft"),
        ("", "2024-07-10"),
        ("Averyveryveryveryveryveryveryveryveryverylongword and more", None),
    ],
)
def test_file_stem(title: str, expected: str | None) -> None:
    import datetime as dt

    stem = file_stem(title, dt.date(2024, 7, 10))
    if expected is None:
        assert stem.startswith("2024-07-10 Averyvery") and len(stem) <= 51
    else:
        assert stem == expected
    assert file_stem("", None) == "Session record"


@pytest.mark.parametrize(
    ("typed", "suffix", "expected"),
    [
        ("/x/day.docx", ".pdf", "/x/day.pdf"),
        ("/x/day", ".md", "/x/day.md"),
        ("/x/day.MD", ".md", "/x/day.MD"),
        ("/x/v1.2", ".md", "/x/v1.2.md"),
        ("/x/folder/", ".md", "/x/folder/"),
    ],
)
def test_with_suffix(typed: str, suffix: str, expected: str) -> None:
    assert with_suffix(typed, suffix) == expected


def test_names_nobody_registered_are_listed_and_withheld_unless_kept(
    desk: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    run_little_meeting(desk)
    session = desk.window.controller.session
    assert isinstance(session, MeetingSession)
    session.log_intervention(
        {
            "name": "Amina Zoubeir",
            "tags": ["seg-3"],
            "summary": "Quoted Ms. Dupont of Amnesty International on the review.",
        }
    )
    dialog = open_dialog(desk)
    assert not dialog.remaining.isVisible()  # attributed: nothing to check
    dialog.set_format("md")
    # Exported at once, before the preview's thread has listed anything: withheld all the same.
    dialog.unattributed.setChecked(True)
    assert dialog.remaining.count() == 0
    export(qtbot, dialog, tmp_path / "at-once.md")
    text = file_text(dialog.last_written[0])
    assert "Dupont" not in text and "Amnesty" not in text
    # The list comes with the preview (built off the GUI thread).
    qtbot.waitUntil(lambda: dialog.remaining.count() > 0, timeout=WAIT_MS)
    listed = [dialog.remaining.item(r).text() for r in range(dialog.remaining.count())]
    assert "Ms. Dupont" in listed and any("Amnesty International" in n for n in listed)
    assert dialog.remaining.isVisible() and sorted(dialog.withheld()) == sorted(listed)
    export(qtbot, dialog, tmp_path / "withheld.md")
    text = file_text(dialog.last_written[0])
    assert "Dupont" not in text and "Amnesty" not in text
    # The rapporteur keeps one: it stays, the other is still withheld.
    dupont = dialog.remaining.findItems("Ms. Dupont", Qt.MatchFlag.MatchExactly)[0]
    dupont.setCheckState(Qt.CheckState.Unchecked)
    export(qtbot, dialog, tmp_path / "kept.md")
    text = file_text(dialog.last_written[0])
    assert "Ms. Dupont" in text and "Amnesty" not in text
