"""The agenda's values: a segment's runs and track, the states of a segment and of a sitting as
the console and the record see them, the programme's lookups, and the short names of things."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from facilitator.core.fold.history import History, empty_history
from facilitator.core.programme import Programme, Segment, SegmentKind, hhmm

_ZERO = dt.timedelta(0)


class Run(NamedTuple):
    """One stretch during which a segment's clock ran: ``(start, end)``, ``end`` None while it
    runs. (A named tuple: the fold makes one per start and stop.)"""

    start: dt.datetime
    end: dt.datetime | None = None

    def duration(self, now: dt.datetime) -> dt.timedelta:
        """How long it ran (up to ``now`` if it still runs); never negative."""
        stop = self.end if self.end is not None else now
        return max(stop - self.start, _ZERO)


class SegmentStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    SKIPPED = "skipped"


class SittingStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    ENDED = "ended"


class SegmentTrack(NamedTuple):
    """What the journal says about one segment: its runs and extensions (no status; see
    :meth:`AgendaState.segment`). Immutable; a named tuple because the fold makes one per event."""

    runs: History[Run]
    extensions: History[int]
    used: dt.timedelta = _ZERO  # total of the closed runs
    extension_seconds: int = 0

    @property
    def open_since(self) -> dt.datetime | None:
        last = self.runs.last
        return last.start if last is not None and last.end is None else None

    def started(self, at: dt.datetime) -> SegmentTrack:
        return SegmentTrack(
            self.runs.append(Run(at)), self.extensions, self.used, self.extension_seconds
        )

    def stopped(self, at: dt.datetime) -> SegmentTrack:
        last = self.runs.last
        if last is None or last.end is not None:
            return self
        end = max(at, last.start)  # a wall clock set back between two events: no negative time
        return SegmentTrack(
            self.runs.replace_last(Run(last.start, end)),
            self.extensions,
            self.used + (end - last.start),
            self.extension_seconds,
        )

    def moved(self, delta: dt.timedelta) -> SegmentTrack:
        """The open run, if any, started ``delta`` later: after a correction of the clock, what
        runs keeps the time it had run."""
        last = self.runs.last
        if last is None or last.end is not None:
            return self
        return SegmentTrack(
            self.runs.replace_last(Run(last.start + delta)),
            self.extensions,
            self.used,
            self.extension_seconds,
        )

    def extended(self, seconds: int) -> SegmentTrack:
        return SegmentTrack(
            self.runs, self.extensions.append(seconds), self.used, self.extension_seconds + seconds
        )


#: The track of a segment the journal never touched.
NEW_TRACK = SegmentTrack(empty_history(), empty_history())


@dataclass(frozen=True, slots=True)
class SegmentState:
    """One segment as the console and the record see it."""

    segment_id: str
    status: SegmentStatus
    runs: tuple[Run, ...] = ()
    extensions: tuple[int, ...] = ()
    used: dt.timedelta = _ZERO
    extension_seconds: int = 0

    @property
    def first_start(self) -> dt.datetime | None:
        """When the segment first started (None if it never ran)."""
        return self.runs[0].start if self.runs else None

    @property
    def end(self) -> dt.datetime | None:
        """When it last stopped, once it is done (None while current or never run)."""
        if self.status is not SegmentStatus.DONE or not self.runs:
            return None
        return self.runs[-1].end

    @property
    def open_since(self) -> dt.datetime | None:
        if self.runs and self.runs[-1].end is None:
            return self.runs[-1].start
        return None

    def elapsed(self, now: dt.datetime) -> dt.timedelta:
        """Time used: the closed runs plus the open one up to ``now``."""
        since = self.open_since
        return self.used if since is None else self.used + max(now - since, _ZERO)


@dataclass(frozen=True, slots=True)
class SittingState:
    index: int  # 0-based, as in the programme's sittings
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None

    @property
    def status(self) -> SittingStatus:
        if self.ended_at is not None:
            return SittingStatus.ENDED
        if self.started_at is not None:
            return SittingStatus.RUNNING
        return SittingStatus.NOT_STARTED


def short_title(segment: Segment, limit: int = 48) -> str:
    """A segment's name short enough for a button or an undo label ("Panel 1", "Q&A on Panel 1")."""
    if segment.kind is SegmentKind.PANEL and segment.number is not None:
        return f"Panel {segment.number}"
    if segment.kind is SegmentKind.STANDING_ITEM and segment.number is not None:
        return f"Standing item {segment.number}"
    title = segment.display_title
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def sitting_name(programme: Programme, index: int) -> str:
    """A sitting's name for messages and labels: "Sitting 1 (10:00–13:00)"."""
    if 0 <= index < len(programme.sittings):
        sitting = programme.sittings[index]
        return f"Sitting {index + 1} ({hhmm(sitting.start)}–{hhmm(sitting.end)})"
    return f"Sitting {index + 1}"


class ProgrammeIndex:
    """Lookups derived once per programme: segment order and segments by id."""

    __slots__ = ("ids", "order", "segments")

    def __init__(self, programme: Programme) -> None:
        segments = [segment for _, segment in programme.segments()]
        self.ids: tuple[str, ...] = tuple(s.id for s in segments)
        self.order: dict[str, int] = {sid: i for i, sid in enumerate(self.ids)}
        self.segments: dict[str, Segment] = {s.id: s for s in segments}


def words_for_seconds(seconds: int) -> str:
    """Seconds in words: "5 min", "1 min 30 s", "45 s"."""
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} min" if minutes else f"{rest} s"
