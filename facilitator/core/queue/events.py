"""The queue's events: a speaker queued, moved, called, held, resumed, extended, finished,
skipped, deferred, withdrawn, restored or edited; a list reordered, closed, reopened, or given a
speaking limit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, ClassVar

from facilitator.core.journal.codec import Fallback, Id, Min
from facilitator.core.journal.event import Event


@dataclass(frozen=True, slots=True)
class ListEvent(Event):
    """An event on the list of speakers of one segment."""

    segment_id: Id


@dataclass(frozen=True, slots=True)
class EntryEvent(Event):
    """An event on one entry of a segment's list of speakers."""

    segment_id: Id
    entry_id: Id


@dataclass(frozen=True, slots=True)
class SpeakerQueued(EntryEvent):
    """A participant asks for the floor: a new entry on a segment's list, waiting at ``position``
    (0-based among those waiting; None: at the end)."""

    type_name: ClassVar[str] = "SpeakerQueued"
    participant_id: Id
    position: Annotated[int, Min(0)] | None = None
    addresses: tuple[Id, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerMoved(EntryEvent):
    """A waiting entry moves to ``position`` (0-based among those waiting; 0 is the top)."""

    type_name: ClassVar[str] = "SpeakerMoved"
    position: Annotated[int, Min(0)]


class ReorderReason(StrEnum):
    """Why a list was reordered as a whole (for the undo label and the record)."""

    MANUAL = "manual"
    UNHEARD_FIRST = "unheard_first"
    ALTERNATE = "alternate"


@dataclass(frozen=True, slots=True)
class SpeakersReordered(ListEvent):
    """The waiting entries take the order ``order`` (computed by a command: "not yet heard
    first", "alternate room and online"). Waiting entries it does not name (queued meanwhile by
    another seat) follow in their order; ids that are not waiting are ignored. A reason of a
    newer version reads as a manual reorder: the order is what counts."""

    type_name: ClassVar[str] = "SpeakersReordered"
    order: tuple[Id, ...] = ()
    reason: Annotated[ReorderReason, Fallback(ReorderReason.MANUAL)] = ReorderReason.MANUAL


@dataclass(frozen=True, slots=True)
class SpeakerCalled(EntryEvent):
    """A waiting entry gets the floor and their clock starts; whoever had it is finished."""

    type_name: ClassVar[str] = "SpeakerCalled"


@dataclass(frozen=True, slots=True)
class SpeakerPaused(EntryEvent):
    """The speaker's clock is held (interpretation, connection trouble); they keep the floor."""

    type_name: ClassVar[str] = "SpeakerPaused"


@dataclass(frozen=True, slots=True)
class SpeakerResumed(EntryEvent):
    """The held speaker's clock runs again."""

    type_name: ClassVar[str] = "SpeakerResumed"


@dataclass(frozen=True, slots=True)
class SpeakerExtended(EntryEvent):
    """The speaker's limit grows by ``seconds`` (shrinks when negative)."""

    type_name: ClassVar[str] = "SpeakerExtended"
    seconds: int


@dataclass(frozen=True, slots=True)
class SpeakerFinished(EntryEvent):
    """The speaker on the floor is done."""

    type_name: ClassVar[str] = "SpeakerFinished"


@dataclass(frozen=True, slots=True)
class SpeakerSkipped(EntryEvent):
    """A waiting entry moves down one place (the one on the floor goes back to waiting, second)."""

    type_name: ClassVar[str] = "SpeakerSkipped"


@dataclass(frozen=True, slots=True)
class SpeakerDeferred(EntryEvent):
    """A waiting entry (or the one on the floor) goes to the end of those waiting."""

    type_name: ClassVar[str] = "SpeakerDeferred"


@dataclass(frozen=True, slots=True)
class SpeakerWithdrawn(EntryEvent):
    """The entry leaves the list (waiting, or on the floor: their turn ends)."""

    type_name: ClassVar[str] = "SpeakerWithdrawn"


@dataclass(frozen=True, slots=True)
class SpeakerRestored(EntryEvent):
    """A withdrawn or done entry waits again, at ``position`` (None: at the end)."""

    type_name: ClassVar[str] = "SpeakerRestored"
    position: Annotated[int, Min(0)] | None = None


@dataclass(frozen=True, slots=True)
class SpeakerEdited(EntryEvent):
    """An entry's standing items and note are replaced."""

    type_name: ClassVar[str] = "SpeakerEdited"
    addresses: tuple[Id, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ListClosed(ListEvent):
    """The list takes no new requests (those on it can still be called)."""

    type_name: ClassVar[str] = "ListClosed"


@dataclass(frozen=True, slots=True)
class ListReopened(ListEvent):
    """The closed list takes requests again."""

    type_name: ClassVar[str] = "ListReopened"


@dataclass(frozen=True, slots=True)
class ListLimitSet(ListEvent):
    """The list's speaking limit, for the speakers called from now on."""

    type_name: ClassVar[str] = "ListLimitSet"
    seconds: Annotated[int, Min(1)]


QUEUE_EVENTS: tuple[type[Event], ...] = (
    SpeakerQueued,
    SpeakerMoved,
    SpeakersReordered,
    SpeakerCalled,
    SpeakerPaused,
    SpeakerResumed,
    SpeakerExtended,
    SpeakerFinished,
    SpeakerSkipped,
    SpeakerDeferred,
    SpeakerWithdrawn,
    SpeakerRestored,
    SpeakerEdited,
    ListClosed,
    ListReopened,
    ListLimitSet,
)
