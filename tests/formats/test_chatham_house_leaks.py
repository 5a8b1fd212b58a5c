"""The leak count: a meeting whose summaries mention every registered name and organization in
the ways an independent check found leaking (an acronym, part of an organization, half of a
hyphenated surname, a short name, accent-less and decomposed spellings, Arabic prefixes, a
moderator's organization given as their role, e-mail addresses, handles), exported unattributed
in every format, searched for every name, name part and organization: zero hits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

import docx

from facilitator.core.clock import FakeClock
from facilitator.core.participants.values import Category, Participant
from facilitator.core.programme import Person
from facilitator.core.record import build_record
from facilitator.formats.programme.files import read_programme
from facilitator.formats.record.export import export_record
from facilitator.session import MeetingSession
from facilitator.store import open_database
from tests.conftest import PROGRAMMES_DIR
from tests.pdf_reading import pdf_pages

PEOPLE = [
    ("Amina Okonkwo-Ríos", "Sahel Rights Network (SRN)"),
    ("Li Wei", "Tech Against Trafficking"),
    ("Zoë Ångström", "Nordic Migration Forum"),
    ("سلمى حداد", "الشبكة العربية"),
    ("Jonas Berg", "University of Oslo"),
]
MODERATOR = Person("Ms. Petra Novak", role="Director, Balkan Anti-Slavery Coalition")
SUMMARIES = [
    "The SRN and the Sahel network asked; Okonkwo said that Rios agreed.",
    "Mr. Li replied for Tech Against Trafficking, as Zoe Angstrom noted.",
    unicodedata.normalize("NFD", "Zoë Ångström and the Nordic forum answered BERG's question."),
    "وسلمى قالت إن الشبكة العربية تدعم المراجعة.",
    "Novak and the Balkan coalition: write to amina@srn.org or follow @sahelrights.",
]
#: What must not appear: each name, each part of it, each organization and its acronym.
NEEDLES = [
    "Amina",
    "Okonkwo",
    "Ríos",
    "Rios",
    "Sahel",
    "SRN",
    "Li Wei",
    "Mr. Li",
    "Tech Against",
    "Zoë",
    "Zoe",
    "Ångström",
    "Angstrom",
    "Nordic",
    "سلمى",
    "حداد",
    "الشبكة العربية",
    "Jonas",
    "Berg",
    "Oslo",
    "Petra",
    "Novak",
    "Balkan",
    "amina@srn.org",
    "@sahelrights",
]


def _meeting(tmp_path: Path):  # type: ignore[no-untyped-def]
    programme = read_programme(PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml")
    items = list(programme.items)
    item = items[2]
    segments = [
        dataclasses.replace(s, moderator=MODERATOR) if s.id == "seg-5" else s for s in item.segments
    ]
    items[2] = dataclasses.replace(item, segments=tuple(segments))
    programme = dataclasses.replace(programme, items=tuple(items))
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False)
    meeting = db.create_meeting(programme)
    clock = FakeClock(dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC))
    session = MeetingSession(db, meeting, clock=clock, actor="Rapporteur")
    session.import_participants(
        [Participant("", name, org, Category.NGO) for name, org in PEOPLE], "registrations"
    )
    session.start()
    for (name, _org), summary in zip(PEOPLE, SUMMARIES, strict=True):
        session.log_intervention({"name": name, "tags": ["seg-1"], "summary": summary})
    return db, session, clock


def _hits(text: str) -> list[str]:
    folded = unicodedata.normalize("NFC", text).casefold()
    return [n for n in NEEDLES if unicodedata.normalize("NFC", n).casefold() in folded]


def test_no_name_or_organization_is_left_in_any_unattributed_format(tmp_path: Path) -> None:
    db, session, clock = _meeting(tmp_path)
    record = build_record(session.state, clock.now(), attributed=False)
    assert record.remaining_names() == []  # nothing left that looks like a name, either
    hits: dict[str, list[str]] = {}
    for key, suffix in (
        ("md", "md"),
        ("html", "html"),
        ("docx", "docx"),
        ("pdf", "pdf"),
        ("csv", "csv"),
        ("json", "json"),
    ):
        written = export_record(record, key, tmp_path / f"record.{suffix}")
        for path in written:
            if path.suffix == ".docx":
                document = docx.Document(str(path))
                cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
                text = "\n".join([*(p.text for p in document.paragraphs), *cells])
            elif path.suffix == ".pdf":
                text = " ".join("".join(pdf_pages(path)).split())
            else:
                text = path.read_text(encoding="utf-8-sig")
            found = _hits(text)
            if found:
                hits[path.name] = found
    assert hits == {}, hits  # the leak count: 0 across 6 formats (8 files)
    db.close()
