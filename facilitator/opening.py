"""A meeting that is still opening: shown at once, its commands refused until the store is ready.

Start-up paints the console before the database layer (SQLAlchemy) has even been imported: the
programme is read and folded with no journal, the window painted, and only then is the store opened
and a :class:`~facilitator.session.MeetingSession` attached. Keys pressed meanwhile wait in Qt's
event queue and run once the store is open; a command that reaches this object anyway is refused
with a sentence and nothing happens, so nothing is ever shown as done that was not saved.

It implements :class:`facilitator.seat.Seat`, as the meeting session does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from facilitator.core.clock import Clock
from facilitator.core.errors import CommandError
from facilitator.core.intervention_commands import InterventionDraft, prefill
from facilitator.core.journal import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.state import MeetingState, fold


class StillOpeningError(CommandError):
    def __init__(self) -> None:
        super().__init__("The meeting is still opening; try again in a moment.")


class OpeningSession:
    """The state of a programme (and any journal already read), with every command refused."""

    def __init__(
        self, programme: Programme, events: Iterable[EventRecord] = (), *, clock: Clock
    ) -> None:
        self.clock = clock
        self.actor = ""  # a name chosen while opening passes on to the real session
        self.original_programme = programme
        self._events = list(events)
        self._state = fold(programme, self._events)

    @property
    def state(self) -> MeetingState:
        return self._state

    @property
    def programme(self) -> Programme:
        return self._state.programme

    def now(self) -> dt.datetime:
        return self.clock.now()

    def subscribe(self, listener: Callable[[EventRecord, MeetingState], None]) -> None:
        """Nothing is ever committed here, so listeners are never called."""

    def journal(self, until: int | None = None) -> list[EventRecord]:
        return [e for e in self._events if until is None or e.seq <= until]

    def backup_if_due(self, now: dt.datetime | None = None) -> bool:
        return False

    # Reading is fine while the store opens; only writing waits for it (the controller refuses
    # every command until the real session is attached).
    def intervention_prefill(self) -> InterventionDraft:
        return prefill(self._state, self.clock.now())

    def load_intervention_draft(self) -> dict[str, Any] | None:
        return None  # the draft is read once the store is open (the console asks again)

    def save_intervention_draft(self, data: Mapping[str, Any]) -> bool:
        return False

    def clear_intervention_draft(self) -> None:
        return None
