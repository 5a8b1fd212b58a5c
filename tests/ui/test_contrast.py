"""Every text the Co-Chair reads stands out from what it is drawn on, under a light and a dark
system palette: at least 4.5:1, and 3:1 for the big clocks (WCAG 2.1, 1.4.3 and 1.4.11).

The console is painted as a whole (``grab``), and each text is measured where it lands: the
background is the commonest colour of the text's rectangle, the text's colour the one of its
pixels that stands out most. So a colour written for a light window and left on a dark one is
caught wherever it comes from: a style sheet, a model's brush, a painted clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from facilitator.core.participants.values import Category, Participant
from facilitator.ui.colours import contrast, dark_palette
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.widgets import BigClock
from tests.ui.conftest import Desk


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def _measure(image: QImage, rect: QRect) -> float:
    """The contrast of the text in ``rect`` against its background (see the module docstring)."""
    rect = rect.intersected(image.rect())
    assert not rect.isEmpty()
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(p)) for p in counts)


def _texts(window: ConsoleWindow) -> Iterator[tuple[str, QWidget, float]]:
    """Every visible label with words, and the clocks, with the contrast each must reach."""
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and not label.visibleRegion().isEmpty():
            yield label.text()[:40], label, 4.5
    for clock in window.findChildren(BigClock):
        if clock.isVisible():
            yield f"clock {clock.text()}", clock, 3.0


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_every_text_of_the_console_has_enough_contrast(desk: Desk, theme: str) -> None:
    w = desk.window
    assert w.controller.act(
        lambda s: s.import_participants(
            [Participant("", "Ana Lima", "Sahel Network", Category.NGO)]
        )
    )
    assert w.controller.act(lambda s: s.toggle())
    desk.advance(minutes=13)  # the opening's 15 minutes: a warning
    assert w.controller.act(lambda s: s.queue_speaker("p-1", None))
    assert w.controller.act(lambda s: s.call_next())
    desk.advance(seconds=20)
    w.resize(1366, 768)
    desk.qtbot.waitUntil(lambda: w.speakers.speaker_name.text() == "Ana Lima")
    image = w.grab().toImage()
    low = []
    for what, widget, needed in _texts(w):
        ratio = _measure(image, _rect_in(w, widget))
        if ratio < needed:
            low.append((what, round(ratio, 2), needed))
    # the table rows: the speaker with the floor (its highlighted row), and the agenda's running
    table = w.speakers.table
    floor_row = table.visualRect(table.model().index(0, 1))
    floor_row.translate(table.viewport().mapTo(w, floor_row.topLeft()) - floor_row.topLeft())
    low += [("floor row", round(r, 2), 4.5) for r in [_measure(image, floor_row)] if r < 4.5]
    w.agenda_dock.show()
    w.agenda_dock.raise_()  # a tab behind the speakers where the screen is small
    desk.qtbot.waitUntil(lambda: not w.agenda.visibleRegion().isEmpty())
    image = w.grab().toImage()
    agenda = w.agenda
    running = agenda.visualRect(w.agenda_model.index_of("seg-1"))
    running.translate(agenda.viewport().mapTo(w, running.topLeft()) - running.topLeft())
    low += [("agenda row", round(r, 2), 4.5) for r in [_measure(image, running)] if r < 4.5]
    assert low == [], theme


def test_the_room_display_reads_from_the_back_of_the_room(desk: Desk, theme: str) -> None:
    w = desk.window
    assert w.controller.act(lambda s: s.toggle())
    desk.advance(minutes=16)  # overtime: the red clock on black
    w.toggle_room_display()
    room = w.room_display
    assert room is not None
    room.resize(1280, 720)
    w.refresh_clock()
    image = room.grab().toImage()
    low = []
    for label in room.findChildren(QLabel):
        if label.isVisible() and label.text().strip():
            ratio = _measure(image, _rect_in(room, label))
            if ratio < 4.5:
                low.append((label.text()[:40], round(ratio, 2)))
    assert _measure(image, _rect_in(room, room.clock)) >= 3.0
    assert low == []
    room.close()


def test_every_phase_has_its_colours() -> None:
    """The phase colours are keyed by the phase name (see ui/colours.py): a Phase finds its own."""
    from facilitator.core.agenda.timing import Phase
    from facilitator.ui.colours import DARK_COLOURS, LIGHT_COLOURS, ROOM_CLOCK

    for table in (LIGHT_COLOURS.clock, LIGHT_COLOURS.badge, DARK_COLOURS.clock, ROOM_CLOCK):
        assert set(table) == {None, *Phase}
        assert all(table[phase] is table[phase.value] for phase in Phase)
