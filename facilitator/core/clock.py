"""The one source of "now" for the whole application, injected everywhere.

**The rule: the meeting's time is the room's clock.** The wall clock (the computer's, set by NTP)
is what the room's clock says, and every time shown or stored follows it:

1. Between two readings, time advances by a steady clock, so that the display never jumps or
   freezes for a clock's small noise: ``CLOCK_BOOTTIME`` where the platform has one (Linux; it
   counts the time a closed laptop slept), else the monotonic clock.
2. At every reading the wall clock is compared with the steady clock's account. When the two
   disagree by more than :data:`TOLERANCE` (2 s) the wall clock wins and becomes the new anchor:
   a suspend the steady clock did not count (a closed lid over lunch), NTP correcting a wrong
   clock, somebody setting the time. The jump is kept (:attr:`SystemClock.jumps`) for the session
   to journal as a ``ClockAdjusted`` event, so that the record can explain it.
3. A jump that a suspend cannot explain (any jump backwards; any jump at all where the steady
   clock counts suspend) corrects a clock that was wrong: what was running then keeps the time it
   had run (its open run is moved by the jump), rather than losing or gaining the correction. A
   forward jump that may be a suspend is time that passed: a segment left running over lunch has
   run over lunch.

Timestamps are UTC with microseconds, which is what the journal stores. Tests use
:class:`FakeClock` and never sleep.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

#: How far the wall clock may stray from the steady clock's account before it is followed.
TOLERANCE = dt.timedelta(seconds=2)


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware, in UTC."""
        ...


def steady_clock() -> tuple[Callable[[], float], bool]:
    """The steady clock to advance by, and whether it counts the time a machine slept."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            pass
        else:
            return (lambda: time.clock_gettime(boottime)), True
    return time.monotonic, False


@dataclass(frozen=True, slots=True)
class ClockJump:
    """The wall clock, seen at ``at``, was ``seconds`` away from the steady clock's account."""

    at: dt.datetime
    seconds: float
    corrects: bool  # True: it corrected a wrong clock (open runs keep their time); see rule 3


class SystemClock:
    """The room's clock, by the rule in the module docstring."""

    def __init__(
        self,
        wall: Callable[[], dt.datetime] | None = None,
        monotonic: Callable[[], float] | None = None,
        *,
        counts_suspend: bool | None = None,
    ) -> None:
        """``monotonic`` and ``counts_suspend`` default to :func:`steady_clock`'s."""
        self._wall = wall or (lambda: dt.datetime.now(dt.UTC))
        steady, counts = steady_clock()
        self._steady = monotonic or steady
        self.counts_suspend = counts if counts_suspend is None else counts_suspend
        self._anchor_wall = self._wall()
        self._anchor_steady = self._steady()
        self.jumps: list[ClockJump] = []

    def now(self) -> dt.datetime:
        steady = self._steady()
        account = self._anchor_wall + dt.timedelta(seconds=steady - self._anchor_steady)
        wall = self._wall()
        drift = wall - account
        if abs(drift) <= TOLERANCE:
            return account
        self._anchor_wall, self._anchor_steady = wall, steady
        seconds = drift.total_seconds()
        self.jumps.append(ClockJump(wall, seconds, seconds < 0 or self.counts_suspend))
        return wall

    def take_jumps(self) -> list[ClockJump]:
        """The jumps seen since the last call (for the session to journal)."""
        jumps, self.jumps = self.jumps, []
        return jumps


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
