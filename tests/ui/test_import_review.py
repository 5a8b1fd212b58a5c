"""Opening a programme shows what the import found: the day of a programme of several days is
asked for, the warnings sit beside the fields they concern, each item and segment shows the
document's line it was read from, and the Co-Chairs can give a segment a short label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from facilitator.formats.programme.importer import import_programme
from facilitator.ui.programme_editor import ProgrammeEditor
from facilitator.ui.start_screen import StartScreen

CORPUS = Path(__file__).parents[1] / "formats" / "programmes" / "corpus"


def test_a_programme_of_two_days_asks_which_day(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    asked: list[list[str]] = []

    def answer(parent: object, title: str, label: str, items: list[str], *args: object):
        asked.append(items)
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    chosen: list[object] = []
    screen.programme_chosen.connect(chosen.append)
    programme = screen.open_programme(CORPUS / "en_two_days.txt")
    assert asked and len(asked[0]) == 2 and "Tuesday, 9 July 2024" in asked[0][1]
    assert programme is not None and programme.date is not None
    assert programme.date.isoformat() == "2024-07-09"
    assert chosen == [programme]
    assert screen.import_report is not None and screen.import_report.day == 2


def test_cancelling_the_day_opens_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = StartScreen([])
    qtbot.addWidget(screen)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("", False))
    chosen: list[object] = []
    screen.programme_chosen.connect(chosen.append)
    assert screen.open_programme(CORPUS / "en_two_days.txt") is None
    assert chosen == []


def test_warnings_beside_their_fields_and_the_documents_line(qtbot: QtBot) -> None:
    result = import_programme(CORPUS / "en_email_paste.txt")
    editor = ProgrammeEditor(result.programme, report=result.report)
    qtbot.addWidget(editor)
    # The summary at the top, and the date warning under the date field.
    assert "1 warning" in editor.report_summary.text()
    assert "lines not understood" in editor.report_summary.text()
    assert not editor.report_summary.isHidden()
    form = editor.meeting_form
    assert "more than one date" in form.date_note.text() and not form.date_note.isHidden()
    assert form.sittings_note.isHidden()
    # The tab lists every warning and every line not understood, with its line.
    assert editor.report_view is not None
    entries = editor.report_view.entries()
    assert any(e.startswith("⚠ The document gives more than one date") for e in entries)
    assert any(e.startswith("Line 2, not understood: Sent:") for e in entries)
    # A segment shows the document's line it was read from.
    segment = result.programme.items[0].segments[0]
    assert editor.select(segment.id)
    line = result.report.origins[segment.id]
    origin = editor.segment_form.origin.text()
    assert origin.startswith(f"From the document, line {line}: “")
    assert segment.title in origin


def test_a_clean_import_shows_no_report(qtbot: QtBot) -> None:
    result = import_programme(CORPUS / "fr_dialogue.txt")
    assert not result.report.warnings and not result.report.unread
    editor = ProgrammeEditor(result.programme, report=result.report)
    qtbot.addWidget(editor)
    assert editor.report_summary.isHidden()
    assert editor.report_view is None
    assert editor.tabs.count() == 2


def test_the_short_label_is_kept_apart_from_the_title(qtbot: QtBot) -> None:
    result = import_programme(CORPUS / "en_speakers_any_segment.txt")
    editor = ProgrammeEditor(result.programme, report=result.report)
    qtbot.addWidget(editor)
    segment = result.programme.items[0].segments[0]
    assert editor.select(segment.id)
    field = editor.segment_form.label
    field.setFocus()
    qtbot.keyClicks(field, "Welcome")
    edited = editor.programme().segment(segment.id)
    assert edited.label == "Welcome" and edited.display_title == "Welcome"
    assert edited.title == segment.title  # the document's words stay
    assert editor.segment_form.label in editor.segment_form.fields()
