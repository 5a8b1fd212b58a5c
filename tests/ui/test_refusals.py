"""The core's refusals in the interface's language (issue 20): the core raises a constant English
template with its values, ui/refusals.py lists every template for lupdate (written from the
core's source by resources/translations/refusals.py), ui/words.py says them, and the console
shows a refused key in French."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt

from facilitator.core.errors import CommandError, NotRunningError, Phrase, SittingError
from facilitator.core.interventions.fields import InterventionKind
from facilitator.seat import REFUSED, Role
from facilitator.ui import refusals, words
from tests.conftest import ROOT
from tests.ui.conftest import Desk


def _lister() -> ModuleType:
    path = ROOT / "resources" / "translations" / "refusals.py"
    spec = importlib.util.spec_from_file_location("refusal_lister", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LISTER = _lister()


# ------------------------------------------------------------------------------ the list
def test_every_template_the_core_raises_is_listed_for_lupdate() -> None:
    """Walk the core's source for each refusal built (``raise XxxError("literal", …)``,
    ``XxxError(…)`` returned or passed, ``Phrase(…)``): every template is in ui/refusals.py, in
    the order written by resources/translations/refusals.py, and none is built from anything but
    a literal (an f-string would not be translated)."""
    templates, loose = LISTER.scan()
    assert not loose, "refusals built from a non-literal template: " + ", ".join(loose)
    assert len(templates) > 140
    assert set(templates) == set(refusals.TEMPLATES)
    assert (ROOT / "facilitator" / "ui" / "refusals.py").read_text(encoding="utf-8") == LISTER.text(
        templates
    ), "run resources/translations/update.sh"
    assert "No segment has run yet: there is nothing to go back to." in templates
    assert "{field} must be a list of ids." in templates  # raise error(…), a class passed in
    assert "Those not yet heard today are already first." in templates  # OrderError(…) passed
    assert "This seat is the room display: it shows the meeting and takes no command." in (
        templates
    )
    # The programme's, a participant's and a registration list's problems, in the core and in
    # the formats, the import reports' warnings, and where a meeting stopped.
    for template in (
        "the programme has no agenda items",  # ProgrammeError, core
        "{path}: expected {expected}, got {value}",  # the codec
        "a whole number from {low} to {high}",  # a phrase inside it
        "not valid TOML: {reason} (line {line_number}, column {column})",  # formats
        "Expected '=' after a key in a key/value pair",  # tomllib's reason
        "{field} is empty",  # ParticipantDataError
        "the organization",
        "the document gives no date: set the meeting's date in Meeting data",  # a warning
        "the same person as row {row}",  # a registration report
        "this is {what}, not an Excel workbook",  # RegistrationError
        "damaged at event {seq}: open it read-only up to event {previous}, or restore a backup",
    ):
        assert template in templates, template


def test_the_walk_flags_an_f_string_and_finds_a_raise_of_a_passed_class(tmp_path: Path) -> None:
    source = tmp_path / "commands.py"
    source.write_text(
        "def f(title, error):\n"
        "    raise NotRunningError(f'{title} is paused.')\n"
        "def g(title):\n"
        "    return SittingError('{sitting} is not running.', sitting=title)\n",
        encoding="utf-8",
    )
    found = list(LISTER.calls(source, LISTER.refusal_names()))
    assert [type(first).__name__ for _, first in found] == ["JoinedStr", "Constant"]


def test_the_walk_flags_any_phrase_of_the_formats_not_written_as_a_literal(
    tmp_path: Path,
) -> None:
    """A programme's, a participant's or a registration list's problem from an f-string or a
    concatenation, and an import warning given as text rather than a phrase, are reported; a
    class built from something else than a template (SeveralDaysError, from days) is not
    looked at."""
    names = LISTER.refusal_names()
    assert {"ProgrammeError", "ParticipantDataError", "RegistrationError", "Phrase"} <= names
    assert "SeveralDaysError" not in names
    source = tmp_path / "reader.py"
    source.write_text(
        "def a(path):\n"
        "    raise ProgrammeError(f'the file {path} is empty', source=path)\n"
        "def b(field):\n"
        "    raise ParticipantDataError('the ' + field + ' is empty')\n"
        "def c(report, n):\n"
        "    report.warn('several-days', f'{n} days')\n"
        "def d(report):\n"
        "    report.warn('no-date', 'the document gives no date')\n"
        "def e(report):\n"
        "    report.warn('no-date', Phrase('the document gives no date'))\n"
        "def f(path):\n"
        "    return RegistrationError('the file is empty', source=path)\n"
        "def g(days):\n"
        "    raise SeveralDaysError(days)\n",
        encoding="utf-8",
    )
    found = sorted(LISTER.calls(source, names), key=lambda call: call[0])
    kinds = [(line, type(first).__name__) for line, first in found]
    assert kinds == [
        (2, "JoinedStr"),
        (4, "BinOp"),
        (6, "JoinedStr"),  # a warning that is text
        (8, "JoinedStr"),  # even a literal one: a warning is a phrase
        (10, "Constant"),
        (12, "Constant"),
    ]


def test_a_refusal_keeps_its_english_message_and_its_class() -> None:
    error = NotRunningError("‘{segment}’ is already paused.", segment="Panel 2")
    assert isinstance(error, NotRunningError)
    assert error.message == str(error) == "‘Panel 2’ is already paused."
    assert error.template == "‘{segment}’ is already paused."
    assert dict(error.params) == {"segment": "Panel 2"}
    sitting = SittingError(
        "{sitting} is not running.", sitting=Phrase("Sitting {number}", number=2)
    )
    assert sitting.message == "Sitting 2 is not running."
    assert CommandError("Braces {kept} when there are no values.").message == (
        "Braces {kept} when there are no values."
    )


# ------------------------------------------------------------------------------ in French
def test_refusals_in_french_with_their_values_said(in_language: object) -> None:
    in_language("fr")  # type: ignore[operator]
    assert words.refusal(NotRunningError("‘{segment}’ is already paused.", segment="Panel 2")) == (
        "« Panel 2 » est déjà suspendu."
    )
    nested = SittingError("{sitting} is not running.", sitting=Phrase("Sitting {number}", number=2))
    assert words.refusal(nested) == "Séance 2 n’est pas en cours."
    kind = CommandError(
        "{intervention} is already deleted.",
        intervention=Phrase(
            "{speaker}’s {kind} ({id})", speaker="Ms. A", kind=InterventionKind.STATEMENT, id="i-3"
        ),
    )
    assert words.refusal(kind) == "L’intervention i-3 de Ms. A (Déclaration) est déjà supprimée."
    assert words.refusal(CommandError.saying(REFUSED[Role.DISPLAY])).startswith(
        "Ce poste est l’affichage en salle"
    )
    long = CommandError("The note is longer than {count} characters: shorten it.", count=12000)
    assert "12\u202f000" in words.refusal(long) or "12\xa0000" in words.refusal(long)


def test_refusals_in_spanish(in_language: object) -> None:
    in_language("es")  # type: ignore[operator]
    assert words.refusal(CommandError("Nothing to undo.")) == "Nada que deshacer."


def test_a_refusal_not_translated_comes_out_in_english(in_language: object) -> None:
    in_language("fr")  # type: ignore[operator]
    error = CommandError("A sentence no catalogue has, about {what}.", what="this")
    assert words.refusal(error) == "A sentence no catalogue has, about this."
    assert words.refusal(ValueError("plain")) == "plain"


def test_the_console_refuses_a_key_in_french(desk: Desk, in_language: object) -> None:
    """Back before anything ran, then Back at the first segment: the console says why in
    French, and nothing is journalled."""
    in_language("fr")  # type: ignore[operator]
    desk.window.close()
    w = desk.open_console()
    desk.qtbot.keyClick(w, Qt.Key.Key_B)
    assert w.error.isVisible()
    assert w.error.text() == "Aucun segment n’a encore eu lieu : il n’y a rien où revenir."
    assert desk.db.load_meeting(desk.meeting_id).events == []
    desk.qtbot.keyClick(w, Qt.Key.Key_Space)
    desk.qtbot.keyClick(w, Qt.Key.Key_B)
    assert w.error.text() == ("Il n’y a aucun segment avant « Opening remarks by the Co-Chairs ».")
    assert len(desk.db.load_meeting(desk.meeting_id).events) == 1
