"""The first window: programmes open and show; a bad file gives the importer's message and
nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.ui.main_window import ProgrammeWindow


@pytest.fixture
def window(qtbot: QtBot) -> ProgrammeWindow:
    win = ProgrammeWindow()
    qtbot.addWidget(win)
    return win


def test_opening_a_seed_shows_its_outline(window: ProgrammeWindow, seed_tip: Path) -> None:
    assert window.open_path(seed_tip)
    assert window.title.text().startswith("Constructive Dialogue on the UNTOC")
    assert "10:00–13:00; 15:00–18:00" in window.facts.text()
    tree = window.outline
    assert tree.topLevelItemCount() == 5
    assert tree.topLevelItem(0).text(0) == "I. Opening of the meeting"
    panel = tree.topLevelItem(2).child(1)
    assert panel.text(0).startswith("Panel 1: Trafficking in persons")
    assert panel.text(1) == "Panel"
    standing = tree.topLevelItem(3).child(0)
    assert standing.childCount() == 3  # its guiding questions
    assert tree.topLevelItem(4).child(0).text(2) == "17:50"


def test_bad_file_shows_the_message_and_keeps_the_programme(
    window: ProgrammeWindow, seed_tip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(seed_tip)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text) or 0)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    assert not window.open_path(bad)
    assert len(shown) == 1 and str(bad) in shown[0] and "not a text document" in shown[0]
    assert window.title.text().startswith("Constructive Dialogue on the UNTOC")
    assert window.outline.topLevelItemCount() == 5
