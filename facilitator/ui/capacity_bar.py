"""The plan against each sitting's capacity, as a bar and in words.

A Co-Chair editing the programme must see at once whether the day still fits: per sitting, how
many of its minutes the plan uses, and, in words, which segment runs past the sitting's end and by
how much. Colour is never the only signal: every state is also written out ("25 min over"), and the
part of a bar past the capacity is hatched as well as red.

:func:`sitting_loads` does the arithmetic without Qt (it only lays the plan out with
:func:`planned_layout`), so that the words can be checked apart from the widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.core.planning import planned_layout
from facilitator.core.programme import Programme, Segment, SegmentKind, minutes_of
from facilitator.ui.colours import colours
from facilitator.ui.programme_editor_model import hhmm

OK_COLOUR = QColor("#2e7d32")
OVER_COLOUR = QColor("#c62828")
EMPTY_COLOUR = QColor("#e3e6ea")


@dataclass(frozen=True, slots=True)
class Overrun:
    """The first segment of a sitting that ends after the sitting does."""

    title: str
    end: int  # minutes since midnight
    late: int  # minutes past the sitting's end
    more: int  # how many segments after it also end after the sitting
    last_end: int  # when the last of them ends


@dataclass(frozen=True, slots=True)
class Pushed:
    """A segment that did not fit in what was left of a sitting and moved to the next one."""

    title: str
    minutes: int
    free: int  # minutes left in the sitting it did not fit in
    to_sitting: int  # 1-based


@dataclass(frozen=True, slots=True)
class SittingLoad:
    """How one sitting is used by the plan."""

    number: int  # 1-based
    start: int
    end: int
    used: int  # planned minutes of the segments laid out in it
    overrun: Overrun | None = None
    pushed: Pushed | None = None

    @property
    def capacity(self) -> int:
        return self.end - self.start

    @property
    def fits(self) -> bool:
        return self.overrun is None


SHORT_TITLE_CHARS = 48


def short_title(segment: Segment) -> str:
    """A name short enough for a sentence about the plan: "Panel 2", "Standing item 3",
    "Q&A on Panel 1", else the title, cut at a word with "…" when long."""
    if segment.kind is SegmentKind.PANEL and segment.number is not None:
        return QCoreApplication.translate("CapacityPanel", "Panel {0}").format(segment.number)
    if segment.kind is SegmentKind.STANDING_ITEM and segment.number is not None:
        return QCoreApplication.translate("CapacityPanel", "Standing item {0}").format(
            segment.number
        )
    return cut_at_word(segment.display_title, SHORT_TITLE_CHARS)


def cut_at_word(text: str, limit: int) -> str:
    """``text`` when it has at most ``limit`` characters, else cut at a word with "…"."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def sitting_loads(programme: Programme) -> list[SittingLoad]:
    """Lay the plan out and say, per sitting, what it uses and what does not fit."""
    segments = [s for _, s in programme.segments()]
    windows = [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings]
    if not windows:
        return []
    starts = planned_layout(
        [s.planned_minutes for s in segments],
        [minutes_of(s.scheduled_start) if s.scheduled_start else None for s in segments],
        windows,
    )
    groups: list[list[tuple[Segment, int]]] = [[] for _ in windows]
    for segment, start in zip(segments, starts, strict=True):
        groups[_sitting_of(start, windows)].append((segment, start))
    return [
        SittingLoad(
            number=i + 1,
            start=window[0],
            end=window[1],
            used=sum(s.planned_minutes for s, _ in groups[i]),
            overrun=_overrun(groups[i], window[1]),
            pushed=_pushed(groups, windows, i),
        )
        for i, window in enumerate(windows)
    ]


def _sitting_of(start: int, windows: list[tuple[int, int]]) -> int:
    """The last sitting that has begun by ``start`` (the first, for anything earlier)."""
    index = 0
    for i, (begin, _) in enumerate(windows):
        if start >= begin:
            index = i
    return index


def _overrun(group: list[tuple[Segment, int]], end: int) -> Overrun | None:
    late = [(s, start + s.planned_minutes) for s, start in group if start + s.planned_minutes > end]
    if not late:
        return None
    first, first_end = late[0]
    return Overrun(
        title=short_title(first),
        end=first_end,
        late=first_end - end,
        more=len(late) - 1,
        last_end=max(e for _, e in late),
    )


def _pushed(
    groups: list[list[tuple[Segment, int]]], windows: list[tuple[int, int]], index: int
) -> Pushed | None:
    """The segment that opens the next sitting because it did not fit in this one's rest."""
    if index + 1 >= len(windows) or not groups[index + 1]:
        return None
    segment, start = groups[index + 1][0]
    if segment.scheduled_start is not None or start != windows[index + 1][0]:
        return None
    group = groups[index]
    used_until = max(
        (s_start + s.planned_minutes for s, s_start in group), default=windows[index][0]
    )
    free = windows[index][1] - used_until
    if free <= 0 or segment.planned_minutes <= free:
        return None
    return Pushed(short_title(segment), segment.planned_minutes, free, index + 2)


class CapacityMeter(QWidget):
    """A bar: the sitting's capacity, filled by the plan; what overflows is red and hatched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._used = 0
        self._capacity = 1
        self._over = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(300, max(14, self.fontMetrics().height()))

    @property
    def over(self) -> bool:
        """Whether the bar shows the sitting overrun (red, with the overflow hatched)."""
        return self._over

    def set_load(self, used: int, capacity: int, over: bool) -> None:
        self._used, self._capacity, self._over = used, max(capacity, 1), over
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        scale = rect.width() / max(self._used, self._capacity)
        capacity_x = rect.left() + self._capacity * scale
        painter.fillRect(
            QRectF(rect.left(), rect.top(), capacity_x - rect.left(), rect.height()),
            colours(self.palette()).panel if colours(self.palette()).dark else EMPTY_COLOUR,
        )
        inside = min(self._used, self._capacity) * scale
        colour = OVER_COLOUR if self._over else OK_COLOUR
        painter.fillRect(QRectF(rect.left(), rect.top(), inside, rect.height()), colour)
        if self._used > self._capacity:
            overflow = QRectF(capacity_x, rect.top(), rect.right() - capacity_x, rect.height())
            painter.fillRect(overflow, OVER_COLOUR.lighter(150))
            painter.fillRect(overflow, QBrush(OVER_COLOUR.darker(130), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.drawRect(rect)
        painter.setPen(QPen(self.palette().windowText().color(), 2))
        painter.drawLine(int(capacity_x), int(rect.top()), int(capacity_x), int(rect.bottom()))


class CapacityPanel(QWidget):
    """One line, bar and note per sitting, and a line for the whole day; updated on every edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, CapacityMeter, QLabel]] = []
        self.day = QLabel()
        self.day.setWordWrap(True)
        self.day.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.day)

    # ------------------------------------------------------------------ public
    def show_programme(self, programme: Programme) -> None:
        """Lay the plan out against the sittings and say what fits and what does not."""
        loads = sitting_loads(programme)
        self._ensure_rows(len(loads))
        for load, (label, meter, note) in zip(loads, self.rows, strict=True):
            label.setText(self.sitting_text(load))
            meter.set_load(load.used, load.capacity, not load.fits)
            meter.setAccessibleName(label.text())
            notes = self.notes(load)
            note.setText("\n".join(notes))
            note.setVisible(bool(notes))
        self.day.setText(self.day_text(programme, loads))
        self.setAccessibleDescription(self.text())

    def text(self) -> str:
        """Everything the panel says, line by line (for tests and screen readers)."""
        lines: list[str] = []
        for label, _, note in self.rows:
            lines.append(label.text())
            if note.text():
                lines.extend(note.text().splitlines())
        lines.append(self.day.text())
        return "\n".join(lines)

    # ------------------------------------------------------------------ words
    def sitting_text(self, load: SittingLoad) -> str:
        """ "Sitting 1 10:00–13:00: 170 of 180 min — 10 min free"."""
        head = self.tr("Sitting {n} {start}–{end}: {used} of {capacity} min").format(
            n=load.number,
            start=hhmm(load.start),
            end=hhmm(load.end),
            used=load.used,
            capacity=load.capacity,
        )
        if load.overrun is not None:
            return head + self.tr(" — runs {late} min over").format(
                late=load.overrun.last_end - load.end
            )
        if load.used >= load.capacity:
            return head + self.tr(" — full")
        return head + self.tr(" — {free} min free").format(free=load.capacity - load.used)

    def notes(self, load: SittingLoad) -> list[str]:
        """What does not fit in this sitting, in sentences."""
        notes: list[str] = []
        over = load.overrun
        if over is not None:
            text = self.tr("{title} ends at {end}, {late} min after the sitting ends").format(
                title=over.title, end=hhmm(over.end), late=over.late
            )
            if over.more:
                text += self.tr(" (and {n} more after it, until {end})").format(
                    n=over.more, end=hhmm(over.last_end)
                )
            notes.append(text)
        pushed = load.pushed
        if pushed is not None:
            notes.append(
                self.tr(
                    "{title} ({minutes} min) does not fit in the {free} min left "
                    "and moves to sitting {to}"
                ).format(
                    title=pushed.title,
                    minutes=pushed.minutes,
                    free=pushed.free,
                    to=pushed.to_sitting,
                )
            )
        return notes

    def day_text(self, programme: Programme, loads: list[SittingLoad]) -> str:
        """The whole day: how much longer (or shorter) the plan is than the sittings."""
        planned = programme.planned_minutes
        if not loads:
            return self.tr("No sittings are set: {planned} min planned.").format(planned=planned)
        capacity = sum(load.capacity for load in loads)
        if planned > capacity:
            return self.tr(
                "The plan is {over} min longer than the day ({planned} of {cap} min)."
            ).format(over=planned - capacity, planned=planned, cap=capacity)
        if not all(load.fits for load in loads):
            return self.tr(
                "The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out."
            ).format(planned=planned, cap=capacity)
        if planned == capacity:
            return self.tr("The plan fills the day exactly ({cap} min).").format(cap=capacity)
        return self.tr("The plan fits, with {free} min to spare ({planned} of {cap} min).").format(
            free=capacity - planned, planned=planned, cap=capacity
        )

    # ------------------------------------------------------------------ rows
    def _ensure_rows(self, count: int) -> None:
        while len(self.rows) < count:
            row = len(self.rows)
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            meter = CapacityMeter()
            note = QLabel()
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            palette = note.palette()
            palette.setColor(note.foregroundRole(), colours(palette).error_text)
            note.setPalette(palette)
            self._grid.addWidget(label, 2 * row, 0)
            self._grid.addWidget(meter, 2 * row, 1)
            self._grid.addWidget(note, 2 * row + 1, 0, 1, 2)
            self.rows.append((label, meter, note))
        while len(self.rows) > count:
            for widget in self.rows.pop():
                widget.deleteLater()
