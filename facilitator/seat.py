"""What a seat at the meeting offers the windows: the one protocol both the opening meeting and the
meeting session implement.

The windows read through a :class:`Seat` (the state, the clock, the rapporteur's draft) and change
the meeting only through :meth:`facilitator.ui.controller.MeetingController.act`, with a typed
command on the :class:`~facilitator.session.MeetingSession` (``act(lambda s: s.jump(seg))``): no
command is named by a string, so the type checker follows every action to its command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from facilitator.core.intervention_commands import InterventionDraft
from facilitator.core.journal import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.state import MeetingState

Listener = Callable[[EventRecord, MeetingState], None]


class Seat(Protocol):
    """A meeting as a window sees it (see the module docstring)."""

    actor: str

    @property
    def state(self) -> MeetingState: ...

    @property
    def original_programme(self) -> Programme: ...

    def now(self) -> dt.datetime: ...

    def subscribe(self, listener: Listener) -> None: ...

    def journal(self, until: int | None = None) -> Sequence[EventRecord]: ...

    def backup_if_due(self, now: dt.datetime | None = None) -> bool: ...

    def intervention_prefill(self) -> InterventionDraft: ...

    def save_intervention_draft(self, data: Mapping[str, Any]) -> bool: ...

    def load_intervention_draft(self) -> dict[str, Any] | None: ...

    def clear_intervention_draft(self) -> None: ...
