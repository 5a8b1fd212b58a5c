"""A participant's plain-data form (what the journal stores and an importer produces), and the
checks and clean-up of their texts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator.core.construct import maker
from facilitator.core.errors import Phrase
from facilitator.core.participants.values import Attendance, Category, Participant

#: Longest name, organization or gender text kept (longer text is refused, not cut).
MAX_TEXT = 300


class ParticipantDataError(ValueError):
    """A participant's data that cannot be taken: the message says which field and why.

    Its sentence is a constant English template with its values (``ParticipantDataError(
    "{field} is empty", field=TEXT_FIELDS["name"])``), kept as :attr:`phrase` so that the
    interface says it in its language (a refusal's ``{reason}``); ``message`` is the English.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.phrase = Phrase(template, **params)
        self.message = self.phrase.english
        super().__init__(self.message)


#: A participant's text fields as a reason names them ("the name is empty"): a phrase each, so
#: that a language puts its own article ("le nom", "l’organisation").
TEXT_FIELDS: dict[str, Phrase] = {
    "name": Phrase("the name"),
    "organization": Phrase("the organization"),
    "gender": Phrase("the gender"),
}


def field_words(field: str) -> Phrase:
    """The field ``field`` ("name", "organization", "gender") as a reason names it ("the
    name")."""
    return TEXT_FIELDS[field]


def clean_text(value: object, field: str, *, required: bool = False) -> str:
    """``value`` as one line of text (whitespace runs, line breaks included, become one space);
    :class:`ParticipantDataError` when it is not text, too long, or empty but ``required``."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ParticipantDataError("{field} is not text", field=field_words(field))
    text = " ".join(value.split())
    if required and not text:
        raise ParticipantDataError("{field} is empty", field=field_words(field))
    if len(text) > MAX_TEXT:
        raise ParticipantDataError(
            "{field} is longer than {count} characters", field=field_words(field), count=MAX_TEXT
        )
    if not savable(text):
        raise ParticipantDataError(
            "{field} holds a character that cannot be saved (a broken surrogate pair): delete it"
            " and type it again",
            field=field_words(field),
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
        raise ParticipantDataError(
            "the category {value} is not known", value=repr(data.get("category"))
        )
    raw = data.get("attendance", "room")
    attendance = _ATTENDANCES.get(raw) if isinstance(raw, str) else None
    if attendance is None:
        raise ParticipantDataError(
            "the attendance {value} is not known", value=repr(data.get("attendance"))
        )
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
    return _make_participant(pid, name, organization, category, attendance, gender, youth, guest)


# A registration list folds 10,000 of these: made without the frozen __init__ (core/construct).
_make_participant = maker(Participant)
