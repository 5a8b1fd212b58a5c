"""The interface in the UN's languages (issue 20): every string translated in French, Spanish,
Arabic, Chinese and Russian, placeholders and accelerators kept, each language's plural forms, the
windows shown in each language with no English left, and Arabic laid out right to left with its
clocks readable and its key names whole."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.ui import language
from tests.conftest import ROOT
from tests.ui.conftest import Desk
from tests.ui.windows import every_window, texts

TRANSLATIONS = ROOT / "resources" / "translations"
#: What a window may show in English in any language: proper names, Qt's own words where its
#: translation keeps them, time zones and the like.
ALLOWED = {"Facilitator", "Facilitator {0}", "OK", "Menu", "Action", "Min", "+1 min", "+5 min"}


def messages(code: str) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, message) of each message of ``code``'s .ts."""
    root = ET.parse(TRANSLATIONS / f"facilitator_{code}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translations(message: ET.Element) -> list[str]:
    """A message's translation (each plural form); [] when unfinished or empty."""
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
        return []
    forms = [form.text or "" for form in element.iter("numerusform")]
    forms = forms or [element.text or ""]
    return forms if all(forms) else []


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%n", text))


def test_the_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate over the code finds no string that the .ts files do not hold: a string
    added to the code fails here until it is extracted (resources/translations/update.sh)."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on the PATH")
    copy = tmp_path / "facilitator_fr.ts"
    shutil.copy(TRANSLATIONS / "facilitator_fr.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "facilitator").rglob("*.py"))
    done = subprocess.run(
        [lupdate, "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new" in done.stdout, done.stdout
    assert copy.read_text(encoding="utf-8") == (TRANSLATIONS / "facilitator_fr.ts").read_text(
        encoding="utf-8"
    ), "run resources/translations/update.sh"


def test_every_language_offered_is_complete() -> None:
    """Each language the interface offers besides English is complete: none is left partial."""
    assert sorted(language.COMPLETE) == sorted(set(language.LANGUAGES) - {language.SOURCE})
    assert not language.PARTIAL


@pytest.mark.parametrize("code", language.COMPLETE)
def test_every_string_has_a_translation(code: str) -> None:
    """No message is unfinished or empty (lupdate's guesses from the same text elsewhere are
    unfinished, so a string added to the code fails here until it is translated)."""
    missing = [f"{c}: {s!r}" for c, s, m in messages(code) if not translations(m)]
    assert not missing


@pytest.mark.parametrize("code", [*language.COMPLETE, "en"])
def test_placeholders_and_accelerators_are_kept(code: str) -> None:
    wrong = []
    for context, source, message in messages(code):
        for form in translations(message):
            wanted = placeholders(source)
            if placeholders(form) not in (wanted, [p for p in wanted if p != "%n"]):
                wrong.append(f"{context}: {source!r} → {form!r}")
            if ("&" in source.replace("&&", "").replace("Q&A", "")) != (
                "&" in form.replace("&&", "")
            ) and "Q&A" not in source:
                wrong.append(f"accelerator: {context}: {source!r} → {form!r}")
    assert not wrong


#: Qt's plural forms per language (lrelease's numerus rules).
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6, "zh": 1, "ru": 3}


@pytest.mark.parametrize("code", language.COMPLETE)
def test_plural_messages_have_the_languages_plural_forms(code: str) -> None:
    """French and Spanish two forms, Arabic six (0, 1, 2, 3–10, 11–99, 100…), Chinese one,
    Russian three (1, 2–4, 5…)."""
    plural = [(s, m) for _, s, m in messages(code) if m.get("numerus") == "yes"]
    assert plural
    wrong = [s for s, m in plural if len(translations(m)) != PLURAL_FORMS[code]]
    assert not wrong


# ------------------------------------------------------------------------------ running


def _english_sources(code: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """The sources ``code`` translates to something else, as texts and as patterns (their
    placeholders stand for anything), accelerators taken out."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for _, source, message in messages(code):
        forms = translations(message)
        if not forms or source in ALLOWED or all(f == source for f in forms):
            continue
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if placeholders(plain):
            if not re.search(r"[A-Za-z]{4,}", re.sub(r"\{\w*\}|%n", "", plain)):
                continue  # only placeholders and punctuation ("{sitting}: {verdict}")
            pattern = re.escape(plain)
            pattern = re.sub(r"\\\{\w*\\\}", "[^:]+", pattern).replace("%n", r"\d+")
            if len(plain) > 12:
                patterns.append(re.compile(pattern, re.DOTALL))
        else:
            exact.add(plain.strip())
    return exact, patterns


def english_left(window: QWidget, code: str) -> list[str]:
    """What ``window`` still shows in English that ``code`` translates: "where | 'text'" each
    (every text, tooltip, placeholder, entry, header and menu entry, line by line)."""
    exact, patterns = _english_sources(code)
    left = []
    for where, text in texts(window):
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        for line in plain.splitlines() or [plain]:
            line = line.strip()
            if line in exact or any(p.fullmatch(line) for p in patterns):
                left.append(f"{where} | {line!r}")
    return left


@pytest.mark.parametrize("code", language.COMPLETE)
def test_every_window_shows_no_english_source(desk: Desk, in_language: object, code: str) -> None:
    """Each window opened in each language (French, Spanish, Arabic, Chinese, Russian): no widget
    text, tooltip, placeholder, combo entry, header or menu entry is still an English source that
    the language translates."""
    in_language(code)  # type: ignore[operator]
    desk.window.close()
    desk.open_console()
    english = []
    opened = []
    for name, window in every_window(desk):
        opened.append(window)
        english += [f"{name} | {left}" for left in english_left(window, code)]
    for window in opened[2:]:
        window.close()
    assert not english, "\n".join(english)


def test_the_console_speaks_french_and_spanish(desk: Desk, in_language: object) -> None:
    for code, menu, toggle in (("fr", "&Réunion", "&Démarrer"), ("es", "&Reunión", "&Iniciar")):
        in_language(code)  # type: ignore[operator]
        desk.window.close()
        window = desk.open_console()
        titles = [action.text() for action in window.menuBar().actions()]
        assert menu in titles
        assert window.actions_by_name["toggle"].text() == toggle
        assert QLocale().language() == QLocale(code).language()


def test_plural_forms_in_each_language(in_language: object) -> None:
    from facilitator.ui.import_report import ImportReportView

    shown = {}
    for code in ("en", "fr", "es", "ar", "zh", "ru"):
        in_language(code)  # type: ignore[operator]
        shown[code] = [
            ImportReportView.tr("%n warning(s)", "", n)  # type: ignore[arg-type]
            for n in (0, 1, 2, 5, 11, 21, 100)
        ]
    assert shown["en"][1:3] == ["1 warning", "2 warnings"]
    assert shown["fr"][1:3] == ["1 avertissement", "2 avertissements"]
    assert shown["es"][1:3] == ["1 advertencia", "2 advertencias"]
    assert shown["ar"] == [
        "لا تحذيرات",
        "تحذير واحد",
        "تحذيران",
        "5 تحذيرات",
        "11 تحذيرًا",
        "21 تحذيرًا",
        "100 تحذير",
    ]
    assert shown["zh"][1:4] == ["1 条警告", "2 条警告", "5 条警告"]
    assert shown["ru"][1:6] == [
        "1 предупреждение",
        "2 предупреждения",
        "5 предупреждений",
        "11 предупреждений",
        "21 предупреждение",
    ]


def test_the_programme_editor_and_the_export_window_name_kinds_and_formats_in_the_language(
    desk: Desk, in_language: object, qtbot: QtBot
) -> None:
    """The agenda tree's kind column and the export window's note under the preview said the
    English name of the segment's kind ("Remarks") and of the format ("Word document (.docx)") in
    every language: they come from the core, and are said by ui/labels.py."""
    from facilitator.ui.programme_editor import ProgrammeEditor
    from facilitator.ui.programme_editor_model import COLUMN_KIND

    for code, kind, fmt in (
        ("fr", "Déclarations", "Document Word (.docx)"),
        ("ar", "ملاحظات", "مستند Word (.docx)"),
    ):
        in_language(code)  # type: ignore[operator]
        programme = desk.window.controller.state.programme
        editor = ProgrammeEditor(programme)
        qtbot.addWidget(editor)
        item = editor.model.index(0, 0)
        segment = editor.model.index(0, COLUMN_KIND, item)
        assert programme.items[0].segments[0].kind.label == "Remarks"
        assert segment.data() == kind
        editor.close()
        dialog = desk.window.open_export()
        dialog.set_format("docx")
        assert fmt in dialog.preview_note.text()
        assert "Word document" not in dialog.preview_note.text()
        dialog.close()


def test_the_board_words_in_french(desk: Desk, in_language: object) -> None:
    from facilitator.core.board import build_board
    from facilitator.ui import words

    in_language("fr")  # type: ignore[operator]
    session = desk.window.controller.session
    session.start()
    desk.advance(minutes=20)  # the opening runs 10 minutes over
    board = build_board(session.state, desk.clock.now())
    assert words.phase_words(board).startswith("Dépassement +")
    assert words.day_words(board).endswith("de retard")
    assert words.next_words(board).startswith("Ensuite : ")


# ------------------------------------------------------------------------------ Arabic
def test_arabic_lays_the_windows_out_right_to_left_and_the_clock_reads_the_same(
    desk: Desk, in_language: object, qtbot: QtBot
) -> None:
    """With Arabic the application and every window run right to left; the big clock's digits are
    painted the same as in a left-to-right window (not mirrored), and the room display's words
    are Arabic beside the Latin names."""
    from facilitator.ui.colours import ROOM_CLOCK
    from facilitator.ui.room_display import RoomDisplay
    from facilitator.ui.widgets import BigClock
    from tests.ui.windows import run_a_little

    run_a_little(desk)
    board = desk.window.controller.board()

    def clock_picture(text: str = "12:34") -> object:
        clock = BigClock(ROOM_CLOCK)
        qtbot.addWidget(clock)
        clock.resize(600, 200)
        clock.set_time(text, board.phase)
        return clock.grab().toImage()

    before = clock_picture()
    overtime = clock_picture("+1:05")

    in_language("ar")  # type: ignore[operator]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    room = RoomDisplay()
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show_board(board)
    room.show()
    qtbot.waitExposed(room)
    assert room.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert room.clock.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert clock_picture() == before  # the digits as in English, not their mirror image
    assert clock_picture("+1:05") == overtime  # the sign before the digits, not "1:05+"
    assert "متبقٍ" in room.speaker_words.text()  # "… left", in Arabic
    assert board.speaker_name == room.speaker.text()  # the Latin name as it is
    # The queue: the Arabic heading above the Latin names, each line in its own direction.
    assert room.queue.text().startswith("المتكلمون التالون")
    desk.window.close()
    console = desk.open_console()
    assert console.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_ts_edited_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The .qm carries a digest of its .ts: an edited .ts is compiled again, never stale."""
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    source = tmp_path / "facilitator_fr.ts"
    shutil.copy(TRANSLATIONS / "facilitator_fr.ts", source)
    first = language.compiled("fr")
    assert first is not None and first.is_file()
    assert language.compiled("fr") == first  # compiled once
    source.write_text(
        source.read_text(encoding="utf-8").replace("Orateurs", "Intervenants"), encoding="utf-8"
    )
    second = language.compiled("fr")
    assert second is not None and second != first and not first.exists()


def test_the_system_locale_chooses_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(language.ENVIRONMENT)
    assert language.language_of("fr_CH") == "fr"
    assert language.language_of("es-419") == "es"
    assert language.language_of("zh-Hans-CN") == "zh"
    assert language.language_of("de_DE") is None
    language.choose_language("es")
    assert language.wanted_language() == "es"
    language.choose_language("")
    assert language.wanted_language() == language.system_language()
    monkeypatch.setenv(language.ENVIRONMENT, "ar")
    assert language.wanted_language() == "ar"


def test_room_and_online_counts_are_said_in_the_language(in_language: object) -> None:
    """ "Heard today: … — 1 Room · 1 Online" read "1 Room" in French (the queue's short labels
    were not translated)."""
    from facilitator.ui import labels

    in_language("fr")  # type: ignore[operator]
    assert (labels.board_category("Room"), labels.board_category("Online")) == ("Salle", "En ligne")
    in_language("es")  # type: ignore[operator]
    assert labels.board_category("Room") == "Sala"


def test_the_coverage_figures_count_what_is_translated() -> None:
    """resources/translations/coverage.py (the figures the README quotes): the interface complete
    in every language, as the .ts files hold it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("coverage", TRANSLATIONS / "coverage.py")
    assert spec is not None and spec.loader is not None
    coverage = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(coverage)
    figures = coverage.table()
    total = sum(1 for _ in messages("fr"))
    assert total > 1000
    assert set(figures) == set(language.LANGUAGES)
    for code in language.LANGUAGES:
        assert figures[code]["interface"] == (total, total), code


def test_lupdates_unfinished_guesses_are_not_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_language: object
) -> None:
    """A string added to the code and not yet translated holds lupdate's guess from the same text
    elsewhere, marked unfinished (here the programme editor's "Agenda", guessed from the
    console's); it is not compiled, so a window is not shown half in a guessed language."""
    tree = ET.parse(TRANSLATIONS / "facilitator_ar.ts")
    guessed = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if (context.findtext("name"), message.findtext("source")) == (
                "ProgrammeEditor",
                "Agenda",
            ):
                translation = message.find("translation")
                assert translation is not None and translation.text == "جدول الأعمال"
                translation.set("type", "unfinished")
                guessed.append(message)
    assert len(guessed) == 1
    tree.write(tmp_path / "facilitator_ar.ts", encoding="utf-8", xml_declaration=True)
    shutil.copy(TRANSLATIONS / "facilitator_en.ts", tmp_path / "facilitator_en.ts")
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    in_language("ar")  # type: ignore[operator]
    assert QApplication.translate("ConsoleWindow", "Agenda") == "جدول الأعمال"
    assert QApplication.translate("ProgrammeEditor", "Agenda") == "Agenda"


def test_key_names_read_left_to_right_in_arabic(desk: Desk, in_language: object) -> None:
    """Keys are Latin names inside Arabic words: isolated left to right (LRI … PDI) wherever the
    interface writes them (the buttons, the tooltips, the shortcuts sheet), so that "Ctrl++"
    is not reordered; in a left-to-right language they are as they were."""
    from facilitator.ui.key_text import keys_text

    assert keys_text(["Ctrl++", "Shift+E"]) == "Ctrl++, Shift+E"
    in_language("ar")  # type: ignore[operator]
    assert keys_text(["Ctrl++", "Shift+E"]) == "\u2066Ctrl++, Shift+E\u2069"
    desk.window.close()
    window = desk.open_console()
    rows = window.shortcut_rows()
    assert rows and all(keys.startswith("\u2066") for _, _, keys in rows if keys)
    assert window.actions_by_name["toggle"].iconText().endswith("\u2066Space\u2069")
