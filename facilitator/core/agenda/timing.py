"""A segment's clock, computed from the journal and "now", never counted by ticks.

``elapsed`` is the sum of the segment's runs (the open one up to ``now``); ``remaining`` is
``allotted - elapsed`` and goes negative in overtime, which counts up and never stops by itself.
All arithmetic is on :class:`datetime.timedelta` (whole microseconds), so nothing drifts however
long the day: a QTimer only asks the view to repaint.

Phases (thresholds in :class:`TimingSettings`):

* **warning** when what is left is at most 20 % of the allotment, capped at 5 min
  (a 15-min segment warns at 3:00, a 55-min panel at 5:00);
* **danger** when at most 1 min is left, but never more than half the warning time
  (a 5-min segment: warning at 1:00, danger at 0:30);
* **overtime** once the allotment is used up (remaining below zero);
* **normal** otherwise. At exactly 0:00 the phase is danger; a second later "+0:01" is overtime.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from facilitator.core.agenda.values import SegmentState
from facilitator.core.fold.state import MeetingState

_ZERO = dt.timedelta(0)


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


@dataclass(frozen=True, slots=True)
class TimingSettings:
    """When a countdown turns to warning and danger."""

    warning_fraction: float = 0.2
    warning_max: dt.timedelta = dt.timedelta(minutes=5)
    danger_max: dt.timedelta = dt.timedelta(minutes=1)

    def __post_init__(self) -> None:
        if not 0 <= self.warning_fraction <= 1:
            raise ValueError("warning_fraction must be between 0 and 1")
        if self.warning_max < _ZERO or self.danger_max < _ZERO:
            raise ValueError("thresholds cannot be negative")

    def thresholds(self, allotted: dt.timedelta) -> tuple[dt.timedelta, dt.timedelta]:
        """(warning, danger): the remaining times at which each phase begins."""
        warning = min(allotted * self.warning_fraction, self.warning_max)
        danger = min(self.danger_max, warning / 2)
        return warning, danger

    def phase(self, remaining: dt.timedelta, allotted: dt.timedelta) -> Phase:
        if remaining < _ZERO:
            return Phase.OVERTIME
        warning, danger = self.thresholds(allotted)
        if remaining <= danger:
            return Phase.DANGER
        if remaining <= warning:
            return Phase.WARNING
        return Phase.NORMAL


DEFAULT_SETTINGS = TimingSettings()


@dataclass(frozen=True, slots=True)
class SegmentTiming:
    """A segment's clock at one instant."""

    segment_id: str
    elapsed: dt.timedelta
    allotted: dt.timedelta
    remaining: dt.timedelta  # negative in overtime
    phase: Phase
    running: bool  # the clock moves (current and not paused)

    @property
    def overtime(self) -> dt.timedelta:
        """How far past the allotment (zero when not in overtime)."""
        return max(-self.remaining, _ZERO)

    @property
    def display(self) -> str:
        """The big clock: "12:34" counting down, "+1:05" in overtime."""
        return format_remaining(self.remaining)


def segment_timing(
    state: MeetingState,
    segment_id: str,
    now: dt.datetime,
    settings: TimingSettings = DEFAULT_SETTINGS,
) -> SegmentTiming:
    """The clock of any segment of the programme at ``now``."""
    agenda = state.agenda
    segment: SegmentState = agenda.segment(segment_id)
    elapsed = segment.elapsed(now)
    allotted = dt.timedelta(seconds=agenda.allotted_seconds(segment_id))
    remaining = allotted - elapsed
    return SegmentTiming(
        segment_id,
        elapsed,
        allotted,
        remaining,
        settings.phase(remaining, allotted),
        segment.open_since is not None,
    )


def current_timing(
    state: MeetingState, now: dt.datetime, settings: TimingSettings = DEFAULT_SETTINGS
) -> SegmentTiming | None:
    """The clock of the current (running or paused) segment, or None between segments."""
    current = state.agenda.current
    return None if current is None else segment_timing(state, current, now, settings)


# ----------------------------------------------------------------------------- formatting
def format_clock(seconds: int) -> str:
    """Whole seconds as "m:ss", or "h:mm:ss" from one hour on (sign ignored)."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def _microseconds(value: dt.timedelta) -> int:
    return (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds


def format_remaining(remaining: dt.timedelta) -> str:
    """A countdown: "12:34" while time is left, "+1:05" in overtime, "1:02:03" from an hour on.

    Time left is rounded up (the clock shows 0:00 only when nothing is left); overtime is rounded
    down (+0:01 after a full second over).
    """
    micro = _microseconds(remaining)
    if micro >= 0:
        return format_clock(-(-micro // 1_000_000))
    return "+" + format_clock(-micro // 1_000_000)


def format_elapsed(elapsed: dt.timedelta) -> str:
    """Time used, rounded down: "4:59", "1:00:00"."""
    return format_clock(max(_microseconds(elapsed), 0) // 1_000_000)
