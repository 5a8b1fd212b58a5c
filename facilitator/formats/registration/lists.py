"""Registration lists: from a CSV or Excel file to the meeting's participants, in three steps the
UI shows one after the other.

1. :func:`read_table` reads the file into a :class:`Table` of text (headings and rows).
2. :func:`guess_mapping` proposes a :class:`Mapping`, which column gives each field; the user
   checks it and may change it (a Mapping is a plain value: ``dataclasses.replace`` it).
3. :func:`import_registrations` turns the rows into :class:`~facilitator.core.participants.
   Participant` values (without ids: the meeting numbers them when the list is journaled) and an
   :class:`ImportReport` of what it took, what it refused and why, and what it left out as a
   duplicate. Nothing is imported here: the caller journals all ``report.participants`` in one
   event, or nothing.

How values are read (see :mod:`facilitator.formats.registration.words` for the words):

* **name**: the name column, or the first-name and last-name columns joined by a space; required.
  Kept as written (any script, direction marks, emoji), only trimmed, its runs of spaces and line
  breaks made one space and its control characters (NUL…) removed.
* **organization**: required, cleaned the same way.
* **category**: "NGO", "Civil society", "CSO", "University", "Business", "Member State", "IGO",
  "UN", "United Nations …", "UNODC"… in English, French or Spanish. A value that names no
  category, and an empty cell, give *Other*; a value not understood is noted in the report.
* **attendance**: "In person", "Onsite", "Room", "VIC" → in the room; "Online", "Virtual",
  "Remote", "Teams", "Zoom" → online. Empty gives *in the room*; a value not understood
  ("Hybrid", "In person or online") gives *in the room* too and is noted in the report: a
  registered person is never refused for it, and the Co-Chairs can correct it in the list.
* **gender**: mapped to woman, man, non-binary or other, or not stated, from the words of the six
  UN languages and common abbreviations (F/M, Mme, ж/м, 女/男…: see
  :mod:`facilitator.core.participants.gender`); empty (or "n/a", "prefer not to say") → not
  stated; a value not understood → not stated and noted in the report. Never required.
* **youth**: yes/no/true/false/1/0/x/✓ (and oui/non, sí/no, نعم/لا, 是/否, да/нет), "under 30",
  an age (youth when under 30, i.e. 29 or less), an age range ("18-24" yes, "25-34" not
  understood, "35-44" no), "30+"; empty or "prefer not to say" → not declared; anything else (a
  date of birth) → not declared and noted.
* a row with an empty name or organization, or one longer than
  :data:`~facilitator.core.participants.data.MAX_TEXT` characters, is **rejected** with the reason;
* a row whose name and organization are those of an earlier row (or of a participant already in
  the meeting), compared without case, accents, punctuation or extra spaces, is a **duplicate**:
  the first is kept, the others listed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.core.errors import Phrase
from facilitator.core.participants.data import MAX_TEXT, field_words, participant_to_data
from facilitator.core.participants.gender import Gender, parse_gender, youth_word
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.formats.registration import words
from facilitator.formats.registration.table import (
    MAX_ROWS,
    RegistrationError,
    Table,
    list_sheets,
    read_grid_table,
)
from facilitator.formats.registration.words import FIELDS, YOUTH_AGE_LIMIT

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "MAX_ROWS",
    "SUPPORTED_SUFFIXES",
    "YOUTH_AGE_LIMIT",
    "Duplicate",
    "ImportReport",
    "Mapping",
    "Note",
    "RegistrationError",
    "Rejected",
    "Table",
    "guess_mapping",
    "import_registrations",
    "list_sheets",
    "read_registrations",
    "read_table",
]

SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")
"""What a file dialog offers (any file is read by its content, whatever its extension)."""

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "organization": "Organization",
    "category": "Stakeholder category",
    "attendance": "Attendance (room/online)",
    "gender": "Gender",
    "youth": "Youth",
}
"""How the mapping step names each field."""


# ---------------------------------------------------------------------------------------------
# Mapping


@dataclass(frozen=True)
class Mapping:
    """Which column (0-based index into :attr:`Table.headers`) gives each field; None when no
    column does. The name comes from ``name``, or from ``first_name`` and ``last_name`` joined
    (either may be missing); ``organization`` is required too; the others are optional."""

    name: int | None = None
    first_name: int | None = None
    last_name: int | None = None
    organization: int | None = None
    category: int | None = None
    attendance: int | None = None
    gender: int | None = None
    youth: int | None = None

    def column(self, field_name: str) -> int | None:
        """The column of ``field_name`` (one of :data:`FIELDS`)."""
        if field_name not in FIELDS:
            raise KeyError(field_name)
        value: int | None = getattr(self, field_name)
        return value

    def with_column(self, field_name: str, column: int | None) -> Mapping:
        """This mapping with ``field_name`` taken from ``column`` (None: from no column)."""
        if field_name not in FIELDS:
            raise KeyError(field_name)
        return dataclasses.replace(self, **{field_name: column})

    def missing(self) -> list[str]:
        """The required fields no column gives: ``"name"`` and/or ``"organization"``."""
        missing = []
        if self.name is None and self.first_name is None and self.last_name is None:
            missing.append("name")
        if self.organization is None:
            missing.append("organization")
        return missing

    @property
    def complete(self) -> bool:
        """Whether every required field has a column."""
        return not self.missing()

    def to_dict(self) -> dict[str, int]:
        """The fields that have a column, as plain data (to remember a mapping in settings)."""
        return {f: c for f in FIELDS if (c := getattr(self, f)) is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """The mapping ``to_dict`` gave; unknown keys and values that are not column numbers are
        ignored."""
        return cls(**{f: v for f, v in data.items() if f in FIELDS and type(v) is int and v >= 0})


def guess_mapping(headers: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> Mapping:
    """The mapping the column headings suggest (English, French and Spanish; case, spacing,
    accents and punctuation do not matter). With ``rows``, a column whose heading says nothing
    but whose values are attendances ("In person", "Online") or stakeholder categories is taken
    for that field."""
    best: dict[str, tuple[int, int]] = {}  # field -> (-score, column)
    bare: dict[str, int] = {}
    for column, header in enumerate(headers):
        found = words.header_field(header)
        if found is None:
            continue
        field_name, score = found
        key = (-score, column)
        if field_name not in best or key < best[field_name]:
            best[field_name] = key
        if words.fold(header) in words.BARE_NAMES:
            bare[field_name] = column
    columns = {f: c for f, (_, c) in best.items()}
    # "Nom" beside "Prénom" is the last name; "Nombre" beside "Apellidos" the first name.
    name = columns.get("name")
    if name is not None and bare.get("name") == name:
        if "first_name" in columns and "last_name" not in columns:
            columns["last_name"] = columns.pop("name")
        elif "last_name" in columns and "first_name" not in columns:
            columns["first_name"] = columns.pop("name")
    if rows:
        _guess_from_values(columns, len(headers), rows)
    return Mapping(**columns)


def _guess_from_values(columns: dict[str, int], width: int, rows: Sequence[Sequence[str]]) -> None:
    taken = set(columns.values())
    sample = rows[:200]
    for field_name, recognise in (
        ("attendance", words.attendance_key),
        ("category", words.category_key),
    ):
        if field_name in columns:
            continue
        for column in range(width):
            if column in taken:
                continue
            values = [r[column] for r in sample if column < len(r) and r[column].strip()]
            if len(values) < 3:
                continue
            known = sum(1 for v in values if recognise(v) not in (None, "OTHER"))
            if known >= 0.8 * len(values):
                columns[field_name] = column
                taken.add(column)
                break


def _find_header(rows: Sequence[Sequence[str]]) -> int:
    """The first of ``rows`` whose headings give a name and an organization (a title or a blank
    line above the headings is skipped), or -1."""
    for index, row in enumerate(rows):
        if guess_mapping(row).complete:
            return index
    return -1


def read_table(path: Path | str, *, sheet: str | None = None) -> Table:
    """Read a registration list (.csv or .xlsx, recognised by content) into a :class:`Table`.

    CSV: UTF-8 with or without BOM, UTF-16 or Windows-1252; comma, semicolon, tab or bar,
    whichever splits the rows consistently (or Excel's ``sep=`` line). Excel: the sheet named
    ``sheet``, else the first visible sheet whose headings name a name and an organization
    (else the first visible sheet with anything in it); cells as their text, dates as ISO dates,
    formulas as the value Excel saved with them (never evaluated), a text starting with "="
    as that text. Title lines above the headings are skipped. Raises
    :class:`RegistrationError`."""
    return read_grid_table(path, sheet=sheet, find_header=_find_header)


# ---------------------------------------------------------------------------------------------
# Import


@dataclass(frozen=True)
class Rejected:
    """A row that was not taken: its row number in the file, why (a phrase the interface says
    in its language; ``reason`` is the English), and its cells as read."""

    row_number: int
    phrase: Phrase
    raw: tuple[str, ...]

    @property
    def reason(self) -> str:
        return self.phrase.english


@dataclass(frozen=True)
class Duplicate:
    """A row left out because its name and organization are already there: in an earlier row
    (``first_row``) or among the meeting's participants (``existing_id``)."""

    row_number: int
    name: str
    organization: str
    first_row: int | None
    existing_id: str | None
    raw: tuple[str, ...]

    @property
    def phrase(self) -> Phrase:
        """Why the row was left out, as a phrase the interface says in its language."""
        if self.first_row is not None:
            return Phrase("the same person as row {row}", row=str(self.first_row))
        return Phrase("already among the meeting's participants")

    @property
    def reason(self) -> str:
        return self.phrase.english


@dataclass(frozen=True)
class Note:
    """A value of a taken row that was not understood, and what was done instead (a phrase the
    interface says in its language; ``message`` is the English)."""

    row_number: int
    field: str
    value: str
    phrase: Phrase

    @property
    def message(self) -> str:
        return self.phrase.english


@dataclass(frozen=True)
class ImportReport:
    """What an import would do. ``participants`` have no id yet (the meeting numbers them);
    ``row_numbers[i]`` is the file row of ``participants[i]``."""

    participants: list[Participant]
    rejected: list[Rejected]
    duplicates: list[Duplicate]
    notes: list[Note]
    source: str
    row_numbers: list[int] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One sentence, in English, for a script or the terminal (the import dialog says the
        same counts in the interface's language, with its plural forms)."""
        name = Path(self.source).name if self.source else "the list"
        taken = len(self.participants)
        parts = [
            f"{_count(taken, 'participant')} to import from {name}"
            if taken
            else f"No participant to import from {name}"
        ]
        if self.rejected:
            parts.append(f"{_count(len(self.rejected), 'row')} rejected")
        if self.duplicates:
            parts.append(f"{_count(len(self.duplicates), 'duplicate')} left out")
        if self.notes:
            parts.append(f"{_count(len(self.notes), 'value')} not understood (defaults used)")
        return "; ".join(parts) + "."

    def participants_data(self) -> list[dict[str, Any]]:
        """The participants as plain data (``participant_to_data``, ids empty)."""
        return [participant_to_data(p) for p in self.participants]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


_ATTENDANCE = {"ROOM": Attendance.ROOM, "ONLINE": Attendance.ONLINE}


class _Values:
    """Value readers with a cache: a list has few distinct categories and attendances."""

    def __init__(self, youth_age_limit: int) -> None:
        self.age_limit = youth_age_limit
        self.categories: dict[str, Category | None] = {}
        self.attendances: dict[str, Attendance | None] = {}
        self.youths: dict[str, bool | words.Unknown | None] = {}

    def category(self, text: str) -> Category | None:
        try:
            return self.categories[text]
        except KeyError:
            key = words.category_key(text)
            found = Category[key] if key is not None else Category.parse(text)
            self.categories[text] = found
            return found

    def attendance(self, text: str) -> Attendance | None:
        try:
            return self.attendances[text]
        except KeyError:
            key = words.attendance_key(text)
            found = _ATTENDANCE[key] if key is not None else Attendance.parse(text)
            self.attendances[text] = found
            return found

    def youth(self, text: str) -> bool | words.Unknown | None:
        try:
            return self.youths[text]
        except KeyError:
            found = words.youth_value(text, age_limit=self.age_limit)
            self.youths[text] = found
            return found


def import_registrations(
    table: Table,
    mapping: Mapping,
    *,
    existing: Iterable[Any] = (),
    youth_age_limit: int = YOUTH_AGE_LIMIT,
) -> ImportReport:
    """The participants ``table``'s rows give through ``mapping``, and a report of the rest.

    ``existing`` holds the meeting's participants (anything with ``name`` and ``organization``,
    and an ``id``): a row that repeats one of them is a duplicate. The report is computed whole
    and nothing is changed; the caller journals all its participants at once, or none.

    Raises :class:`RegistrationError` when the mapping lacks the name or the organization, or
    points past the table's columns."""
    _check_mapping(table, mapping)
    values = _Values(youth_age_limit)
    seen: dict[tuple[str, str], tuple[int | None, str | None]] = {}
    for person in existing:
        pname, porg = _attr(person, "name"), _attr(person, "organization")
        if pname:
            pid = _attr(person, "id") or None
            seen.setdefault(_identity(pname, porg), (None, pid))

    participants: list[Participant] = []
    numbers: list[int] = []
    rejected: list[Rejected] = []
    duplicates: list[Duplicate] = []
    notes: list[Note] = []
    header_keys = _header_identity(table, mapping)
    width = len(table.headers)
    m = mapping

    def cell(row: list[str], column: int | None) -> str:
        if column is None or column >= len(row):
            return ""
        return words.clean(row[column])

    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        if len(row) < width:
            row = row + [""] * (width - len(row))
        name = cell(row, m.name)
        if not name:
            name = " ".join(p for p in (cell(row, m.first_name), cell(row, m.last_name)) if p)
        organization = cell(row, m.organization)
        reason = _refusal(name, organization)
        if reason is None and header_keys and _identity(name, organization) == header_keys:
            reason = Phrase("this row repeats the column headings")
        if reason is not None:
            rejected.append(Rejected(number, reason, tuple(row)))
            continue

        key = _identity(name, organization)
        first = seen.get(key)
        if first is not None:
            duplicates.append(Duplicate(number, name, organization, first[0], first[1], tuple(row)))
            continue
        seen[key] = (number, None)

        category = Category.OTHER
        text = cell(row, m.category)
        if text and not words.not_given(text):
            found = values.category(text)
            if found is None:
                notes.append(
                    Note(
                        number,
                        "category",
                        text,
                        Phrase("category {value} not recognised: Other", value=repr(text)),
                    )
                )
            else:
                category = found

        attendance = Attendance.ROOM
        text = cell(row, m.attendance)
        if text and not words.not_given(text):
            found_attendance = values.attendance(text)
            if found_attendance is None:
                notes.append(
                    Note(
                        number,
                        "attendance",
                        text,
                        Phrase(
                            "attendance {value} is neither in the room nor online: taken as in"
                            " the room",
                            value=repr(text),
                        ),
                    )
                )
            else:
                attendance = found_attendance

        gender: str | None = cell(row, m.gender)
        if not gender or words.not_given(gender):
            gender = None
        elif len(gender) > MAX_TEXT:
            notes.append(
                Note(
                    number, "gender", gender[:40] + "…", Phrase("gender too long: left undeclared")
                )
            )
            gender = None
        else:
            gender = _mapped_gender(gender, number, notes)

        youth: bool | None = None
        text = cell(row, m.youth)
        if text:
            found_youth = values.youth(text)
            if isinstance(found_youth, words.Unknown):  # yes or no in Arabic, Chinese, Russian?
                in_words = youth_word(text)
                found_youth = words.UNKNOWN if in_words is None else in_words
            if isinstance(found_youth, words.Unknown):
                notes.append(
                    Note(
                        number,
                        "youth",
                        text,
                        Phrase("youth {value} not understood: left undeclared", value=repr(text)),
                    )
                )
            else:
                youth = found_youth

        participants.append(
            Participant("", name, organization, category, attendance, gender, youth)
        )
        numbers.append(number)

    return ImportReport(participants, rejected, duplicates, notes, table.source, numbers)


def read_registrations(
    path: Path | str, *, sheet: str | None = None, existing: Iterable[Any] = ()
) -> tuple[Table, Mapping, ImportReport]:
    """Read, guess the mapping and import in one go (for scripts and tests; the UI lets the user
    check the mapping between the steps). Raises :class:`RegistrationError`, also when the
    guessed mapping is incomplete."""
    table = read_table(path, sheet=sheet)
    mapping = guess_mapping(table.headers, table.rows)
    return table, mapping, import_registrations(table, mapping, existing=existing)


def _check_mapping(table: Table, mapping: Mapping) -> None:
    missing = mapping.missing()
    if missing:
        columns = ", ".join(f"“{h}”" for h in table.headers) or Phrase("none")
        if missing == ["name"]:
            raise RegistrationError(
                "no column gives the participant's name (columns found: {columns}): choose the"
                " column for name in the mapping step",
                source=table.source,
                columns=columns,
            )
        if missing == ["organization"]:
            raise RegistrationError(
                "no column gives the organization (columns found: {columns}): choose the column"
                " for organization in the mapping step",
                source=table.source,
                columns=columns,
            )
        raise RegistrationError(
            "no column gives the participant's name and the organization (columns found:"
            " {columns}): choose the column for name and organization in the mapping step",
            source=table.source,
            columns=columns,
        )
    width = len(table.headers)
    for field_name in FIELDS:
        column = getattr(mapping, field_name)
        if column is not None and not 0 <= column < width:
            # A script's mapping (the dialog offers only the table's columns): the field is
            # named as the mapping names it.
            field, number = FIELD_LABELS[field_name].lower(), str(column + 1)
            if width == 1:
                raise RegistrationError(
                    "the {field} is mapped to column {column}, but the table has 1 column",
                    source=table.source,
                    field=field,
                    column=number,
                )
            raise RegistrationError(
                "the {field} is mapped to column {column}, but the table has {count} columns",
                source=table.source,
                field=field,
                column=number,
                count=width,
            )


def _refusal(name: str, organization: str) -> Phrase | None:
    """Why a row is rejected, in the words of the participant's own checks
    (:func:`~facilitator.core.participants.data.clean_text`); None when it is taken."""
    if not name and not organization:
        return Phrase("the name and the organization are empty")
    for field_name, text in (("name", name), ("organization", organization)):
        if not text:
            return Phrase("{field} is empty", field=field_words(field_name))
    for field_name, text in (("name", name), ("organization", organization)):
        if len(text) > MAX_TEXT:
            return Phrase(
                "{field} is longer than {count} characters",
                field=field_words(field_name),
                count=MAX_TEXT,
            )
    return None


def _identity(name: str, organization: str) -> tuple[str, str]:
    return words.identity_key(name), words.identity_key(organization)


def _header_identity(table: Table, mapping: Mapping) -> tuple[str, str] | None:
    headers = table.headers
    if mapping.name is not None:
        name = headers[mapping.name]
    else:
        name = " ".join(
            headers[c] for c in (mapping.first_name, mapping.last_name) if c is not None
        )
    if mapping.organization is None:
        return None
    return _identity(words.clean(name), words.clean(headers[mapping.organization]))


def _attr(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
    return value if isinstance(value, str) else ""


def _mapped_gender(text: str, number: int, notes: list[Note]) -> str | None:
    """The gender ``text`` means, as a :class:`Gender` value (None: not stated); a text that
    maps to none of them is noted for the import report and left not stated."""
    found = parse_gender(text)
    if found is None:
        notes.append(
            Note(
                number,
                "gender",
                text,
                Phrase("gender {value} not understood: recorded as not stated", value=repr(text)),
            )
        )
        return None
    return None if found is Gender.NOT_STATED else found.value
