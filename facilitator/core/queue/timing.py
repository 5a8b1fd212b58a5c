"""A speaker's clock at one instant: elapsed, allotted, remaining, and its phase."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facilitator.core.agenda.timing import Phase, format_remaining
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker, SpeakerList

_ZERO = dt.timedelta(0)


@dataclass(frozen=True, slots=True)
class QueueSettings:
    """When a speaker's countdown turns to warning ("0:30 left") and to danger ("wrap up")."""

    warning_seconds: int = 30
    danger_seconds: int = 10

    def __post_init__(self) -> None:
        if not 0 <= self.danger_seconds <= self.warning_seconds:
            raise ValueError("thresholds: 0 <= danger_seconds <= warning_seconds")

    def phase(self, remaining: dt.timedelta) -> Phase:
        if remaining < _ZERO:
            return Phase.OVERTIME
        if remaining <= dt.timedelta(seconds=self.danger_seconds):
            return Phase.DANGER
        if remaining <= dt.timedelta(seconds=self.warning_seconds):
            return Phase.WARNING
        return Phase.NORMAL


DEFAULT_QUEUE_SETTINGS = QueueSettings()


@dataclass(frozen=True, slots=True)
class SpeakerTiming:
    """A speaker's clock at one instant."""

    segment_id: str
    entry_id: str
    elapsed: dt.timedelta
    allotted: dt.timedelta
    remaining: dt.timedelta  # negative in overtime
    phase: Phase
    held: bool  # on the floor, clock held
    running: bool  # the clock moves

    @property
    def overtime(self) -> dt.timedelta:
        return max(-self.remaining, _ZERO)

    @property
    def display(self) -> str:
        """The speaker's clock: "2:59" counting down, "+0:12" in overtime."""
        return format_remaining(self.remaining)


def timing_of(
    lst: SpeakerList,
    speaker: Speaker,
    now: dt.datetime,
    settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
) -> SpeakerTiming:
    """The clock of any entry of ``lst`` at ``now``."""
    allotted = dt.timedelta(seconds=speaker.allotted_seconds(lst.limit_seconds))
    elapsed = speaker.elapsed(now)
    remaining = allotted - elapsed
    return SpeakerTiming(
        lst.segment_id,
        speaker.entry_id,
        elapsed,
        allotted,
        remaining,
        settings.phase(remaining),
        speaker.held,
        speaker.open_since is not None,
    )


def speaker_timing(
    queue: QueueState, now: dt.datetime, settings: QueueSettings = DEFAULT_QUEUE_SETTINGS
) -> SpeakerTiming | None:
    """The clock of whoever has the floor, or None."""
    lst, speaker = queue.floor_list(), queue.floor_speaker()
    if lst is None or speaker is None:
        return None
    return timing_of(lst, speaker, now, settings)
