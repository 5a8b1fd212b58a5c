"""The one source of "now" for the whole application, injected everywhere.

Inside a running process durations must follow a monotonic clock, so that a change of the system
clock (NTP, a user, daylight saving) never moves a running timer. Across a restart only the wall
clock can say how long the app was down. :class:`SystemClock` does both: it reads the wall clock
once, at start, and from then on advances it by the monotonic clock. Timestamps it gives are UTC
with microseconds, which is what the journal stores.

Tests use :class:`FakeClock` and never sleep.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """Wall clock anchored once, then advanced monotonically."""

    def __init__(
        self,
        wall: Callable[[], dt.datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wall = wall or (lambda: dt.datetime.now(dt.UTC))
        self._monotonic = monotonic
        self._anchor_wall = self._wall()
        self._anchor_mono = monotonic()

    def now(self) -> dt.datetime:
        elapsed = self._monotonic() - self._anchor_mono
        return self._anchor_wall + dt.timedelta(seconds=elapsed)


class FakeClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, seconds: float = 0.0, *, minutes: float = 0.0) -> dt.datetime:
        self._now += dt.timedelta(seconds=seconds, minutes=minutes)
        return self._now

    def set(self, value: dt.datetime) -> None:
        if value.tzinfo is None:
            raise ValueError("FakeClock needs timezone-aware times")
        self._now = value


class ShiftedClock:
    """Another clock's time moved by a fixed offset: a rehearsal's clock, which runs at the real
    pace from the meeting's own day and sitting (10:00 on 10 July 2024) whatever today is."""

    def __init__(self, base: Clock, offset: dt.timedelta) -> None:
        self.base = base
        self.offset = offset

    @classmethod
    def starting_at(cls, base: Clock, start: dt.datetime) -> ShiftedClock:
        """A clock that reads ``start`` now, and runs on from there."""
        return cls(base, start - base.now())

    def now(self) -> dt.datetime:
        return self.base.now() + self.offset
