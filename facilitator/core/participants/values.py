"""A participant, their stakeholder category and their attendance, and the words a registration
list uses for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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
    (see :func:`facilitator.core.queue.commands.import_participants`)."""

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
