"""The interventions' events: logged, edited (only the fields that changed), deleted and
restored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar

from facilitator.core.interventions.fields import FIELDS, InterventionFields, QuestionRef
from facilitator.core.journal.codec import Id, PayloadError, Using, codec_of
from facilitator.core.journal.event import Event


@dataclass(frozen=True, slots=True)
class InterventionEvent(Event):
    """An event on one intervention, named by its id ("i-N")."""

    id: Id


@dataclass(frozen=True, slots=True)
class InterventionLogged(InterventionFields[QuestionRef], InterventionEvent):
    """A rapporteur captured an intervention (every field; the actor is the rapporteur)."""

    type_name: ClassVar[str] = "InterventionLogged"


def _changes_to_data(changes: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    fields_ = codec_of(InterventionLogged).by_name
    return {name: fields_[name].encode(value) for name, value in changes}


def _changes_from_data(data: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    fields_ = codec_of(InterventionLogged).by_name
    changes = []
    for name in FIELDS:
        if name in data:
            try:
                changes.append((name, fields_[name].decode(data[name])))
            except PayloadError as exc:
                raise exc.at(name) from None
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class InterventionEdited(InterventionEvent):
    """Fields of an intervention changed: ``changes`` holds only those, with their new values,
    in the order of :data:`FIELDS` (a payload keeps them as an object, each value in its
    field's form). A field this version does not know (written by a newer one) is left out when
    read."""

    type_name: ClassVar[str] = "InterventionEdited"
    changes: Annotated[
        tuple[tuple[str, Any], ...], Using(_changes_to_data, _changes_from_data, shape=dict)
    ]

    @classmethod
    def of(cls, intervention_id: str, changes: Mapping[str, Any]) -> InterventionEdited:
        """The event for ``changes`` (field → new value), in the order of :data:`FIELDS`."""
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise KeyError(f"not fields of an intervention: {sorted(unknown)}")
        return cls(intervention_id, tuple((f, changes[f]) for f in FIELDS if f in changes))

    def changed(self) -> dict[str, Any]:
        return dict(self.changes)


@dataclass(frozen=True, slots=True)
class InterventionDeleted(InterventionEvent):
    """An intervention is marked deleted (kept, with its history: undo or restore brings it
    back)."""

    type_name: ClassVar[str] = "InterventionDeleted"


@dataclass(frozen=True, slots=True)
class InterventionRestored(InterventionEvent):
    """A deleted intervention is back (when undo is no longer the latest step)."""

    type_name: ClassVar[str] = "InterventionRestored"


INTERVENTION_EVENTS: tuple[type[Event], ...] = (
    InterventionLogged,
    InterventionEdited,
    InterventionDeleted,
    InterventionRestored,
)


def intervention_number(intervention_id: str) -> int | None:
    """N for an id "i-N" (the ids the commands hand out), else None."""
    if intervention_id.startswith("i-"):
        digits = intervention_id[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None
