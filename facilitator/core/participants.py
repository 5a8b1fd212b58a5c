"""Who can take the floor: registered participants and guests added on the fly.

A :class:`Participant` has a stable id ("p-1", "p-2", … for those this module numbers; an importer
may bring its own), a name, an organization, a stakeholder :class:`Category` and an
:class:`Attendance` (in the room or online). Gender and youth are self-declared, optional, and used
only for the balance figures.

Participants live in the journal like everything else, so they survive a crash and can be undone:

* :class:`ParticipantsImported`: a whole registration list in one event (atomic: a list is in the
  meeting entirely or not at all; one undo takes it back);
* :class:`ParticipantAdded`: one participant (a guest without registration, or a late one);
* :class:`ParticipantEdited`: one participant replaced whole (a corrected name or category).

The plain-data form of a participant (:func:`participant_to_data`, :func:`participant_from_data`)
is what the journal stores and what an importer produces. The folded registry is a
:class:`ParticipantRegistry`; the speaker-queue slice (:mod:`facilitator.core.queue`) folds these
events, so the queue, its undo labels and its figures read names without a second copy.

This module is pure Python and imports nothing of the fold, so an importer can use it alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from facilitator.core.codec import Using
from facilitator.core.events import Event

#: Longest name, organization or gender text kept (longer text is refused, not cut).
MAX_TEXT = 300


class Category(StrEnum):
    """The stakeholder category (the record counts attendance and interventions by it)."""

    NGO = "ngo"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private_sector"
    STATE_PARTY = "state_party"
    INTERGOVERNMENTAL = "intergovernmental"
    UN_ENTITY = "un_entity"
    OTHER = "other"

    @property
    def label(self) -> str:
        """As a Co-Chair reads it: "NGO", "Intergovernmental organization"…"""
        return _CATEGORY_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Category | None:
        """The category a registration list means by ``text`` (its value, its label, or a common
        synonym: "Civil society", "University", "IGO", "Member State"…); None if unknown."""
        return _CATEGORY_WORDS.get(_key(text))


_CATEGORY_LABELS = {
    Category.NGO: "NGO",
    Category.ACADEMIA: "Academia",
    Category.PRIVATE_SECTOR: "Private sector",
    Category.STATE_PARTY: "State party",
    Category.INTERGOVERNMENTAL: "Intergovernmental organization",
    Category.UN_ENTITY: "UN entity",
    Category.OTHER: "Other",
}


class Attendance(StrEnum):
    """Where a participant follows the meeting from."""

    ROOM = "room"
    ONLINE = "online"

    @property
    def label(self) -> str:
        """In words: "in the room" or "online"."""
        return "in the room" if self is Attendance.ROOM else "online"

    @property
    def short(self) -> str:
        """For a column or a badge on the room display: "Room" or "Online"."""
        return "Room" if self is Attendance.ROOM else "Online"

    @classmethod
    def parse(cls, text: str) -> Attendance | None:
        """The attendance a registration list means by ``text`` ("In person", "Remote",
        "Teams"…); None if unknown."""
        return _ATTENDANCE_WORDS.get(_key(text))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


_CATEGORY_WORDS: dict[str, Category] = {
    _key(word): category
    for category, words in {
        Category.NGO: (
            "ngo",
            "ngos",
            "non governmental organization",
            "non governmental organisation",
            "nongovernmental organization",
            "civil society",
            "civil society organization",
            "civil society organisation",
            "cso",
            "foundation",
        ),
        Category.ACADEMIA: (
            "academia",
            "academic",
            "university",
            "research",
            "research institute",
            "think tank",
        ),
        Category.PRIVATE_SECTOR: (
            "private sector",
            "private_sector",
            "private",
            "business",
            "company",
            "industry",
        ),
        Category.STATE_PARTY: (
            "state party",
            "state_party",
            "state parties",
            "member state",
            "government",
            "state",
        ),
        Category.INTERGOVERNMENTAL: (
            "intergovernmental",
            "intergovernmental organization",
            "intergovernmental organisation",
            "igo",
            "international organization",
            "international organisation",
        ),
        Category.UN_ENTITY: (
            "un entity",
            "un_entity",
            "united nations entity",
            "un",
            "united nations",
            "un agency",
        ),
        Category.OTHER: ("other", "others"),
    }.items()
    for word in words
}

_ATTENDANCE_WORDS: dict[str, Attendance] = {
    _key(word): attendance
    for attendance, words in {
        Attendance.ROOM: (
            "room",
            "in the room",
            "in person",
            "in-person",
            "on site",
            "onsite",
            "physical",
            "present",
            "vic",
        ),
        Attendance.ONLINE: ("online", "remote", "remotely", "virtual", "teams", "zoom", "web"),
    }.items()
    for word in words
}


@dataclass(frozen=True, slots=True)
class Participant:
    """One person who may take the floor. ``id`` is empty only before the meeting numbers it
    (see :func:`facilitator.core.queue_commands.import_participants`)."""

    id: str
    name: str
    organization: str = ""
    category: Category = Category.OTHER
    attendance: Attendance = Attendance.ROOM
    gender: str | None = None  # self-declared, free text; None when not declared
    youth: bool | None = None  # self-declared; None when not declared
    guest: bool = False  # added on the fly, without registration

    @property
    def display(self) -> str:
        """As lists show them: "Ms. A (NGO X)", or the name alone without an organization."""
        return f"{self.name} ({self.organization})" if self.organization else self.name

    @property
    def online(self) -> bool:
        return self.attendance is Attendance.ONLINE


class ParticipantDataError(ValueError):
    """A participant's data that cannot be taken: the message says which field and why."""


def clean_text(value: object, field: str, *, required: bool = False) -> str:
    """``value`` as one line of text (whitespace runs, line breaks included, become one space);
    :class:`ParticipantDataError` when it is not text, too long, or empty but ``required``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ParticipantDataError(f"the {field} is not text")
    text = " ".join(value.split())
    if required and not text:
        raise ParticipantDataError(f"the {field} is empty")
    if len(text) > MAX_TEXT:
        raise ParticipantDataError(f"the {field} is longer than {MAX_TEXT} characters")
    if not savable(text):
        raise ParticipantDataError(
            f"the {field} holds a character that cannot be saved (a broken surrogate pair):"
            " delete it and type it again"
        )
    return text


def savable(text: str) -> bool:
    """Whether ``text`` can be stored: a lone surrogate cannot be written as UTF-8."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def cleaned(participant: Participant) -> Participant:
    """``participant`` with its texts on one line and checked (a name is required)."""
    name = clean_text(participant.name, "name", required=True)
    organization = clean_text(participant.organization, "organization")
    gender = clean_text(participant.gender, "gender") or None
    if not isinstance(participant.category, Category):
        raise ParticipantDataError("the category is not one of the stakeholder categories")
    if not isinstance(participant.attendance, Attendance):
        raise ParticipantDataError("the attendance is neither in the room nor online")
    if participant.youth is not None and not isinstance(participant.youth, bool):
        raise ParticipantDataError("the youth status is neither yes nor no")
    if (name, organization, gender) == (
        participant.name,
        participant.organization,
        participant.gender,
    ):
        return participant
    return Participant(
        participant.id,
        name,
        organization,
        participant.category,
        participant.attendance,
        gender,
        participant.youth,
        participant.guest,
    )


# ----------------------------------------------------------------------------- plain data
def participant_to_data(participant: Participant) -> dict[str, Any]:
    """The JSON form: ``id``, ``name``, ``organization``, ``category`` (a :class:`Category`
    value), ``attendance`` ("room"/"online"); ``gender`` and ``youth`` only when declared,
    ``guest`` only when true (a 10,000-row list stays small)."""
    data: dict[str, Any] = {
        "id": participant.id,
        "name": participant.name,
        "organization": participant.organization,
        "category": participant.category.value,
        "attendance": participant.attendance.value,
    }
    if participant.gender is not None:
        data["gender"] = participant.gender
    if participant.youth is not None:
        data["youth"] = participant.youth
    if participant.guest:
        data["guest"] = True
    return data


_CATEGORIES = {c.value: c for c in Category}
_ATTENDANCES = {a.value: a for a in Attendance}


def participant_from_data(data: Mapping[str, Any], *, require_id: bool = True) -> Participant:
    """A participant from its JSON form (see :func:`participant_to_data`).

    ``category`` and ``attendance`` are the enum values; missing, they default to "other" and
    "room". ``organization``, ``gender``, ``youth`` and ``guest`` may be missing. Texts are put on
    one line. Raises :class:`ParticipantDataError` saying what is wrong. With ``require_id=False``
    an importer may leave ``id`` out (or empty) and let the meeting number the participants."""
    if not isinstance(data, Mapping):
        raise ParticipantDataError("a participant is not an object")
    pid = data.get("id", "")
    if not isinstance(pid, str):
        raise ParticipantDataError("the id is not text")
    if require_id and not pid:
        raise ParticipantDataError("the id is empty")
    raw = data.get("category", "other")
    category = _CATEGORIES.get(raw) if isinstance(raw, str) else None
    if category is None:
        raise ParticipantDataError(f"the category {data.get('category')!r} is not known")
    raw = data.get("attendance", "room")
    attendance = _ATTENDANCES.get(raw) if isinstance(raw, str) else None
    if attendance is None:
        raise ParticipantDataError(f"the attendance {data.get('attendance')!r} is not known")
    youth = data.get("youth")
    if youth is not None and not isinstance(youth, bool):
        raise ParticipantDataError("the youth status is neither true nor false")
    guest = data.get("guest", False)
    if not isinstance(guest, bool):
        raise ParticipantDataError("the guest flag is neither true nor false")
    name = data.get("name")
    organization = data.get("organization", "")
    gender = data.get("gender")
    # The journal's own form is already clean: skip the text checks for it (10,000 rows fold fast).
    if not (
        type(name) is str
        and type(organization) is str
        and (gender is None or type(gender) is str)
        and name
        and len(name) <= MAX_TEXT
        and len(organization) <= MAX_TEXT
        and " ".join(name.split()) == name
        and " ".join(organization.split()) == organization
        and (gender is None or (gender and " ".join(gender.split()) == gender))
    ):
        name = clean_text(name, "name", required=True)
        organization = clean_text(organization, "organization")
        gender = clean_text(gender, "gender") or None
    return Participant(pid, name, organization, category, attendance, gender, youth, guest)


# ----------------------------------------------------------------------------- the registry
def id_number(pid: str) -> int | None:
    """N for an id "p-N" (the ids this module hands out), else None."""
    if pid.startswith("p-"):
        digits = pid[2:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return None


@dataclass(frozen=True, slots=True)
class ParticipantRegistry:
    """Every participant of the meeting by id, in the order they came. Immutable: each event makes
    a new one (sharing the participants that did not change)."""

    by_id: Mapping[str, Participant]
    #: The N of the next id :meth:`next_id` hands out: one more than any "p-N" seen.
    next_number: int = 1

    EMPTY: ClassVar[ParticipantRegistry]

    def get(self, pid: str) -> Participant | None:
        return self.by_id.get(pid)

    def __contains__(self, pid: object) -> bool:
        return pid in self.by_id

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Participant]:
        return iter(self.by_id.values())

    def next_id(self) -> str:
        """The id for one new participant ("p-N")."""
        return f"p-{self.next_number}"

    def fresh_ids(self, count: int) -> list[str]:
        """Ids for ``count`` new participants, none in use."""
        return [f"p-{self.next_number + i}" for i in range(count)]

    def name(self, pid: str) -> str:
        """The participant's name (the id when unknown: a journal from a newer seat)."""
        found = self.by_id.get(pid)
        return found.name if found is not None else pid

    # ------------------------------------------------------------------ reducers
    def with_added(self, participants: Sequence[Participant]) -> ParticipantRegistry:
        """The registry with ``participants`` added; unchanged if any id is empty, already
        taken, or given twice (all or nothing)."""
        by_id = self.by_id
        fresh: dict[str, Participant] = {}
        number = self.next_number
        for participant in participants:
            pid = participant.id
            if not pid or pid in by_id or pid in fresh:
                return self
            fresh[pid] = participant
            n = id_number(pid)
            if n is not None and n >= number:
                number = n + 1
        if not fresh:
            return self
        return ParticipantRegistry({**by_id, **fresh}, number)

    def with_replaced(self, participant: Participant) -> ParticipantRegistry:
        """The registry with the participant of the same id replaced (unchanged if unknown)."""
        if participant.id not in self.by_id or self.by_id[participant.id] == participant:
            return self
        by_id = dict(self.by_id)
        by_id[participant.id] = participant  # keeps its place in the order
        return ParticipantRegistry(by_id, self.next_number)


ParticipantRegistry.EMPTY = ParticipantRegistry({})


# ----------------------------------------------------------------------------- events
#: A participant in a payload: its plain-data form (:func:`participant_to_data`).
ParticipantData = Annotated[
    Participant, Using(participant_to_data, participant_from_data, shape=dict)
]


@dataclass(frozen=True, slots=True)
class ParticipantsImported(Event):
    """A whole registration list joins the meeting, atomically. ``source`` names the file."""

    type_name: ClassVar[str] = "ParticipantsImported"
    participants: tuple[ParticipantData, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class ParticipantAdded(Event):
    """One participant joins (a guest added on the fly, or a late registration)."""

    type_name: ClassVar[str] = "ParticipantAdded"
    participant: ParticipantData


@dataclass(frozen=True, slots=True)
class ParticipantEdited(Event):
    """A participant's details are replaced whole (same id)."""

    type_name: ClassVar[str] = "ParticipantEdited"
    participant: ParticipantData


PARTICIPANT_EVENTS: tuple[type[Event], ...] = (
    ParticipantsImported,
    ParticipantAdded,
    ParticipantEdited,
)
