"""The core's and the formats' phrases in the interface's language (issue 20): a programme that
cannot be read or kept, the import report's warnings, a registration list's report and problems,
and where a meeting stopped, each said in French and Spanish where the interface shows it, while
the terminal's English (``describe()``, ``.message``, ``summary``) stays as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.fold.engine import fold
from facilitator.core.programme import AgendaItem, Programme, ProgrammeError, Segment, SegmentKind
from facilitator.core.queue import commands as queue_commands
from facilitator.formats.programme.files import read_programme
from facilitator.formats.programme.importer import import_programme, import_text
from facilitator.formats.programme.toml_file import loads_toml
from facilitator.session import MeetingSession, overview
from facilitator.store import open_database
from facilitator.ui import words
from facilitator.ui.import_report import ImportReportView
from facilitator.ui.programme_editor import ProgrammeEditor
from facilitator.ui.registration_dialog import RegistrationDialog
from facilitator.ui.start_screen import StartScreen
from tests.ui.conftest import TEN_AM_TIP, TIP

CORPUS = Path(__file__).parents[1] / "formats" / "programmes" / "corpus"
#: The bundled seed with line 6 broken: a key without its "=".
BROKEN_LINE = 6
FRENCH_TOML = (
    "TOML non valide : « = » attendu après une clé dans une paire clé/valeur (ligne 6, colonne 7)"
)
SPANISH_TOML = (
    "TOML no válido: se esperaba «=» después de una clave en un par clave/valor"
    " (línea 6, columna 7)"
)


def _broken_toml(tmp_path: Path) -> Path:
    lines = TIP.read_text(encoding="utf-8").splitlines()
    lines.insert(BROKEN_LINE - 1, 'venue "Boardroom D"')
    path = tmp_path / "programme.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ programmes
def test_a_programme_that_cannot_be_read_is_said_in_french_with_its_file_and_line(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, in_language: object
) -> None:
    """The start screen opens a TOML file broken at line 6: the box says where and why in
    French, tomllib's reason included; the terminal's English is unchanged."""
    path = _broken_toml(tmp_path)
    with pytest.raises(ProgrammeError) as caught:
        read_programme(path)
    english = "not valid TOML: Expected '=' after a key in a key/value pair (line 6, column 7)"
    assert caught.value.message == english
    assert caught.value.describe() == f"{path}:6: {english}"
    in_language("fr")  # type: ignore[operator]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert screen.open_programme(path) is None
    assert shown == [("Impossible d'ouvrir ce programme", f"{path}, ligne 6 : {FRENCH_TOML}")]
    # Without a file (the text itself), the line leads.
    with pytest.raises(ProgrammeError) as unsourced:
        loads_toml(path.read_text(encoding="utf-8"))
    assert words.programme_problem(unsourced.value) == f"Ligne 6 : {FRENCH_TOML}"
    in_language("es")  # type: ignore[operator]
    assert words.programme_problem(unsourced.value) == f"Línea 6: {SPANISH_TOML}"
    assert words.programme_problem(caught.value) == f"{path}, línea 6: {SPANISH_TOML}"


def test_the_reasons_of_a_programme_file_are_translated(in_language: object) -> None:
    """The codec's sentences nest phrases (what was expected, what was found): each part is
    said in the language; what the file holds is shown as written."""
    text = TIP.read_text(encoding="utf-8")
    with pytest.raises(ProgrammeError) as mistyped:
        loads_toml(text.replace("planned_minutes = 15", "planned_minutes = true", 1))
    with pytest.raises(ProgrammeError) as too_long:
        loads_toml(text.replace("planned_minutes = 15", "planned_minutes = 2000", 1))
    where = "items[2].segments[0].planned_minutes"
    assert mistyped.value.message == f"{where}: expected a whole number, got true"
    assert too_long.value.message == (f"{where}: expected a whole number from 0 to 1440, got 2000")
    in_language("fr")  # type: ignore[operator]
    assert (
        words.programme_problem(mistyped.value) == f"{where} : on attend un nombre entier, pas true"
    )
    assert words.programme_problem(too_long.value) == (
        f"{where} : on attend un nombre entier de 0 à 1440, pas 2000"
    )
    with pytest.raises(ProgrammeError) as missing:
        loads_toml(text.replace('title = "', 'titel = "', 1))
    assert words.programme_problem(missing.value).startswith(
        'clé de premier niveau inconnue "titel" (vouliez-vous dire « title » ?) ;'
    )


def test_the_programme_editor_says_why_it_cannot_keep_a_programme_in_french(
    qtbot: QtBot, in_language: object
) -> None:
    in_language("fr")  # type: ignore[operator]
    seed = read_programme(TIP)
    item = seed.items[1]
    untitled = AgendaItem(
        item.id, item.title, item.number, item.notes, (Segment("seg-x", SegmentKind.OTHER, "", 5),)
    )
    broken = Programme(
        seed.title,
        seed.date,
        seed.timezone,
        seed.sittings,
        seed.venue,
        seed.format,
        seed.online_platform,
        (seed.items[0], untitled, *seed.items[2:]),
    )
    editor = ProgrammeEditor(broken)
    qtbot.addWidget(editor)
    assert editor.reason() == (
        "Impossible de garder ces modifications : Dans le point « II » : un segment n’a pas de"
        " titre."
    )


# ------------------------------------------------------------------------------ import report
def test_the_import_warnings_are_shown_in_french_and_spanish(
    qtbot: QtBot, in_language: object
) -> None:
    """An e-mail with two dates: the warning beside the date and in the report's tab is said in
    the language, its dates in the locale's words; ``--json`` keeps the English."""
    result = import_programme(CORPUS / "en_email_paste.txt")
    (warning,) = result.report.warnings
    assert warning.message == (
        "the document gives more than one date: Thursday 4 July 2024 was taken as the meeting's"
        " date, not Friday 28 June 2024. Check it in Meeting data"
    )
    assert result.report.to_dict()["warnings"][0]["message"] == warning.message
    for code, expected in (
        (
            "fr",
            "⚠ Le document donne plus d’une date : le {chosen} a été retenu comme date de la"
            " réunion, et non le {other}. Vérifiez-la dans Données de la réunion",
        ),
        (
            "es",
            "⚠ El documento indica más de una fecha: se tomó el {chosen} como fecha de la"
            " reunión, no el {other}. Compruébela en Datos de la reunión",
        ),
    ):
        in_language(code)  # type: ignore[operator]
        sentence = expected.format(
            chosen=words.long_date(dt.date(2024, 7, 4)), other=words.long_date(dt.date(2024, 6, 28))
        )
        assert words.long_date(dt.date(2024, 7, 4)).startswith(("jeudi", "jueves"))
        editor = ProgrammeEditor(result.programme, report=result.report)
        qtbot.addWidget(editor)
        assert editor.meeting_form.date_note.text() == sentence
        assert editor.report_view is not None
        assert sentence in editor.report_view.entries()


def test_the_report_tab_says_each_warning_in_french_with_its_line(in_language: object) -> None:
    """The tab lists a warning about the meeting (the sittings overfull) and one about a line
    of the document (a person read as a segment), each in French, the line's "Ligne 4 :" too."""
    overfull = import_programme(CORPUS / "en_overfull.txt")
    person = import_text(
        "Expert briefing on firearms\n10 March 2025\n\n"
        "10:00 – 10:30 Ms. Jane Okafor, Director, Firearms Programme\n"
        "10:30 – 11:00 Briefing by the Secretariat\n"
    )
    in_language("fr")  # type: ignore[operator]
    entries = ImportReportView(overfull.report).entries()
    assert entries[0] == (
        "⚠ Les horaires du programme vont jusqu’à 17:40 (340 minutes prévues), au-delà des"
        " séances (10:00–13:00, 180 minutes) : vérifiez les séances et les horaires dans Données"
        " de la réunion"
    )
    entries = ImportReportView(person.report).entries()
    assert (
        "⚠ Ligne 4 : Le segment « Ms. Jane Okafor, Director, Firearms Programme » ressemble au nom"
        " d’une personne, pas à une entrée de l’ordre du jour : vérifiez où cette ligne doit"
        " aller"
    ) in entries
    assert not [e for e in entries if "looks like" in e or "check " in e]


def test_the_days_to_choose_from_are_said_in_french(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, in_language: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    in_language("fr")  # type: ignore[operator]
    offered: list[list[str]] = []

    def answer(*args: object) -> tuple[str, bool]:
        offered.append(list(args[3]))  # type: ignore[call-overload]
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert screen.open_programme(CORPUS / "en_two_days.txt") is None
    assert [label.split(" : ")[0] for label in offered[0]] == ["Jour 1", "Jour 2"]


# ------------------------------------------------------------------------------ registrations
REGISTRATIONS = (
    "Name,Organization,Category\n"
    "Ms. A,NGO A,NGO\n"
    ",NGO B,NGO\n"
    "Mr. C,University C,Xyzzy\n"
    "Ms. A,NGO A,NGO\n"
)


@pytest.mark.parametrize(
    ("code", "summary", "problems"),
    [
        (
            "fr",
            "2 participants à importer depuis liste.csv ; 1 ligne rejetée ; 1 doublon écarté ;"
            " 1 valeur non comprise (valeur par défaut utilisée).",
            [
                "Ligne 3 : le nom est vide",
                "Ligne 5 : la même personne qu’à la ligne 2",
                "Ligne 4 : catégorie 'Xyzzy' non reconnue : Autre",
            ],
        ),
        (
            "es",
            "2 participantes para importar de liste.csv; 1 fila rechazada; 1 duplicado omitido;"
            " 1 valor no comprendido (se usó el valor predeterminado).",
            [
                "Fila 3: el nombre está en blanco",
                "Fila 5: la misma persona que en la fila 2",
                "Fila 4: categoría 'Xyzzy' no reconocida: Otra",
            ],
        ),
    ],
)
def test_a_registration_report_in_the_interface_language(
    tmp_path: Path,
    qtbot: QtBot,
    in_language: object,
    code: str,
    summary: str,
    problems: list[str],
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(REGISTRATIONS, encoding="utf-8")
    in_language(code)  # type: ignore[operator]
    dialog = RegistrationDialog(fold(read_programme(TIP), []))
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.summary.text() == summary
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == problems
    # The report's English, for scripts and the terminal, is as it was.
    assert dialog.report is not None
    assert dialog.report.summary == (
        "2 participants to import from liste.csv; 1 row rejected; 1 duplicate left out;"
        " 1 value not understood (defaults used)."
    )
    assert [r.reason for r in dialog.report.rejected] == ["the name is empty"]


def test_a_registration_summary_ends_as_each_language_ends_a_sentence(
    tmp_path: Path, qtbot: QtBot, in_language: object
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(REGISTRATIONS, encoding="utf-8")
    for code, end in (("zh", "。"), ("ru", "."), ("ar", ".")):
        in_language(code)  # type: ignore[operator]
        dialog = RegistrationDialog(fold(read_programme(TIP), []))
        qtbot.addWidget(dialog)
        assert dialog.load(path)
        text = dialog.summary.text()
        assert text.endswith(end) and not text.endswith("。.") and "liste.csv" in text, text


def test_a_column_without_a_heading_is_named_in_the_language(
    tmp_path: Path, qtbot: QtBot, in_language: object
) -> None:
    """A list whose second column has no heading: the column lists name it by its letter, in
    French "Colonne B" (the reader's English "Column B" stays for scripts)."""
    path = tmp_path / "liste.csv"
    path.write_text("Name,,Organization\nAna Lima,x,Youth Forum\n", encoding="utf-8")
    in_language("fr")  # type: ignore[operator]
    dialog = RegistrationDialog(fold(read_programme(TIP), []))
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.table is not None and dialog.table.headers[1] == "Column B"
    combo = next(iter(dialog.combos.values()))
    entries = [combo.itemText(i) for i in range(combo.count())]
    assert "Colonne B" in entries and "Column B" not in entries, entries


def test_a_registration_file_that_cannot_be_read_is_said_in_french(
    tmp_path: Path, qtbot: QtBot, in_language: object
) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    in_language("fr")  # type: ignore[operator]
    dialog = RegistrationDialog(fold(read_programme(TIP), []))
    qtbot.addWidget(dialog)
    assert not dialog.load(empty)
    assert dialog.file_label.text() == f"{empty} : le fichier est vide"


def test_a_participants_reason_inside_a_refusal_is_translated(in_language: object) -> None:
    state = fold(read_programme(TIP), [])
    with pytest.raises(CommandError) as long_name:
        queue_commands.add_guest(state, "x" * 301, "NGO", now=TEN_AM_TIP, actor="Co-Chairs")
    assert long_name.value.message == (
        "The guest cannot be added: the name is longer than 300 characters."
    )
    in_language("fr")  # type: ignore[operator]
    assert words.refusal(long_name.value) == (
        "L’invité ne peut pas être ajouté : le nom dépasse 300 caractères."
    )
    in_language("es")  # type: ignore[operator]
    assert words.refusal(long_name.value) == (
        "No se puede añadir al invitado: el nombre supera los 300 caracteres."
    )


# ------------------------------------------------------------------------------ start screen
def test_where_a_meeting_stopped_is_said_in_french_on_the_start_screen(
    tmp_path: Path, qtbot: QtBot, in_language: object
) -> None:
    with open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False) as db:
        planned = db.create_meeting(read_programme(TIP))
        running = db.create_meeting(read_programme(TIP))
        session = MeetingSession(db, running, clock=FakeClock(TEN_AM_TIP))
        session.start()
        session.pause()
        listed = overview(db)
    assert [str(row.where) for row in listed] == [
        "paused in: Opening remarks by the Co-Chairs",
        "not started",
    ]
    in_language("fr")  # type: ignore[operator]
    screen = StartScreen(listed)
    qtbot.addWidget(screen)
    model = screen.meetings_model
    rows = [[model.data(model.index(r, c)) for c in (2, 3)] for r in range(2)]
    assert model.meeting_id(0) == running and model.meeting_id(1) == planned
    assert rows == [
        ["suspendue", "suspendue pendant : Opening remarks by the Co-Chairs"],
        ["prévue", "pas commencée"],
    ]
    assert QLocale().language() is QLocale.Language.French


@pytest.mark.parametrize(("code", "key"), [("en", "Alt+W"), ("fr", "Alt+V"), ("es", "Alt+A")])
def test_the_editor_names_the_key_each_language_gives_its_tabs(
    qtbot: QtBot, in_language: object, code: str, key: str
) -> None:
    """ "Check them in the Import warnings tab (Alt+W)": the key is the one the tab's title has
    in the language (French "A&vertissements de l'importation": Alt+V), and it opens the tab;
    the same for the meeting data's tooltip."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    in_language(code)  # type: ignore[operator]
    result = import_programme(CORPUS / "en_email_paste.txt")
    editor = ProgrammeEditor(result.programme, report=result.report)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert f"({key})" in editor.report_summary.text()
    meeting_key = QKeySequence.mnemonic(editor.tabs.tabText(1)).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert editor.tabs.tabToolTip(1).endswith(f"({meeting_key})")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key(ord(key[-1])), Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentWidget() is editor.report_view
