"""The interface's words about the meeting (facilitator/ui/words.py): the core's values put in
words through Qt's translation, English without a translator, and another language with one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from facilitator.core.agenda.schedule import Outlook, SittingVerdict
from facilitator.core.fold.action import UndoAction
from facilitator.ui import words

# A few French messages, as a .qm file would give them (the interface's .ts files are another
# change's); "%n" messages with their plural forms, French style (0 and 1 singular).
FRENCH = {
    "%n min": ("%n min", "%n min"),
    "%n h": ("%n h", "%n h"),
    "%n s": ("%n s", "%n s"),
    "{minutes} behind": "{minutes} de retard",
    "{minutes} ahead": "{minutes} d'avance",
    "on time": "à l'heure",
    "Import of %n participants": ("Import de %n participant", "Import de %n participants"),
    "Next ({segment})": "Suivant ({segment})",
    "Extend by {amount} ({segment})": "Prolonger de {amount} ({segment})",
}


class FakeFrench(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = FRENCH.get(source) if context == "Words" else None
        if found is None:
            return ""
        if isinstance(found, tuple):
            return found[0 if n in (0, 1) else 1].replace("%n", str(n))
        return found


@pytest.fixture
def french(qapp: QCoreApplication) -> Iterator[None]:
    translator = FakeFrench()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_english_without_a_translator(qapp: QCoreApplication) -> None:
    assert words.minutes(12) == "12 min"
    assert words.minutes(65) == "1 h 5 min"
    assert words.minutes(120) == "2 h"
    assert words.seconds(90) == "1 min 30 s"
    assert words.offset_words(12) == "12 min behind"
    assert words.offset_words(-5) == "5 min ahead"
    assert words.offset_words(0) == "on time"
    verdict = SittingVerdict(Outlook.OVER_CUT, 12)
    assert words.verdict_words(verdict) == "12 min over: cut 12 min from the remaining segments"
    assert words.undo_text(UndoAction("next", "Panel 2")) == "Undo: Next (Panel 2)"
    assert words.redo_text(None) == "Nothing to redo"


def test_the_english_plural_is_right_without_a_translator(qapp: QCoreApplication) -> None:
    assert words.undo_action(UndoAction("import", amount=1)) == "Import of 1 participant"
    assert words.undo_action(UndoAction("import", amount=2)) == "Import of 2 participants"
    assert words.undo_action(UndoAction("import", "list.csv", amount=0)) == (
        "Import of 0 participants (list.csv)"
    )


def test_another_language_through_qt_translation_with_plurals(french: None) -> None:
    assert words.offset_words(12) == "12 min de retard"
    assert words.offset_words(0) == "à l'heure"
    assert words.undo_action(UndoAction("next", "Panel 2")) == "Suivant (Panel 2)"
    assert words.undo_action(UndoAction("extend", "Panel 2", amount=300)) == (
        "Prolonger de 5 min (Panel 2)"
    )
    assert [words.undo_action(UndoAction("import", amount=n)) for n in (0, 1, 2)] == [
        "Import de 0 participant",
        "Import de 1 participant",
        "Import de 2 participants",
    ]
