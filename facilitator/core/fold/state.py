"""The whole live state of a meeting after some prefix of its journal: each slice's state, the
undo status, and what the journal's records say about time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.agenda.state import AgendaState
from facilitator.core.fold.slice import S, Slice
from facilitator.core.fold.undo import NO_UNDO, UndoStatus
from facilitator.core.programme import Programme


@dataclass(frozen=True)
class MeetingState:
    """The whole live state after some prefix of the journal. Immutable; compare with ``==``."""

    slices: Mapping[str, Any]
    undo: UndoStatus = NO_UNDO
    last_seq: int = 0
    first_event_at: dt.datetime | None = None
    last_event_at: dt.datetime | None = None
    #: Records of types no slice folds (newer versions, later features): kept, counted, ignored.
    ignored: int = 0

    @property
    def agenda(self) -> AgendaState:
        return cast(AgendaState, self.slices[AGENDA.name])

    @property
    def programme(self) -> Programme:
        """The programme as edited so far."""
        return self.agenda.programme

    def slice(self, of: Slice[S]) -> S:
        """The state of slice ``of``, typed."""
        return cast(S, self.slices[of.name])
