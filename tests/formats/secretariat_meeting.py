"""A meeting rich the way the Secretariat's records are (issue 19): Arabic, French and accented
summaries, an Arabic name, a summary typed with CR LF line breaks, a Q&A with an answer linked to
two questions, a panellist who is also on the list of participants, a segment that ends early (a
negative delay), thirteen turns at the floor (the list of speakers' "#" column reaches two digits),
and the words a PDF's ligatures would break ("Trafficking", "official", "efficient")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Person
from facilitator.core.record import Record, build_record
from tests.core.test_record import Ran, log, new_session

#: An Arabic summary that ends with a full stop (in a right-to-left paragraph it is at the left).
ARABIC = "يجب حماية الضحايا في جميع مراحل الإجراءات."
ARABIC_NAME = "السيدة ليلى حداد"
FRENCH = "Les États doivent protéger les enfants ; l'efficacité des enquêtes en dépend."
CRLF = "First line of the point.\r\nSecond line of the point."
LIGATURES = "Trafficking officials need efficient, affordable offices."
#: A panellist of Panel 1 who registered as a participant too (from academia).
PANELLIST = Person("Dr. Ignatius Fairweather", "Professor", "Kingsbridge Institute")
OTHER_PANELLIST = Person("Ms. Ottilie Brandvold", "Prosecutor")
MODERATOR = Person("H.E. Ms. Rosalind Achterberg", "Ambassador")

PEOPLE = [
    Participant("", ARABIC_NAME, "شبكة حقوق المرأة", Category.NGO, Attendance.ROOM),
    Participant("", "Amélie Dufresne", "Réseau Francophone", Category.NGO, Attendance.ONLINE),
    Participant("", PANELLIST.name, "Kingsbridge Institute", Category.ACADEMIA, Attendance.ROOM),
    Participant("", "Chiara Vettorazzo", "SafeTech Ltd", Category.PRIVATE_SECTOR, Attendance.ROOM),
    *(
        Participant("", f"Speaker Number{n}", f"Org {n}", Category.NGO, Attendance.ROOM)
        for n in range(1, 11)
    ),
]


def run_secretariat_meeting(tmp_path: Path) -> Ran:
    """The trafficking seed's morning: the opening ends five minutes early; thirteen turns in the
    interventions segment; Panel 1's Q&A with two questions answered by one answer of a panellist
    who is a registered participant."""
    db, meeting_id, s, clock = new_session(tmp_path)
    prog = s.programme
    panel = replace(
        prog.segment("seg-5"), panellists=(PANELLIST, OTHER_PANELLIST), moderator=MODERATOR
    )
    s.edit_programme(prog.with_segment(panel))
    s.import_participants(PEOPLE, "registration.csv")
    pid = {p.name: p.id for p in s.state.slices["queue"].participants}
    ids: dict[str, str] = {}

    s.start_sitting()
    s.next()  # seg-1 opening, planned 10 minutes
    clock.advance(minutes=5)
    s.next()  # seg-2 briefing: the opening ended 5 minutes early
    clock.advance(minutes=20)
    s.next()  # seg-3 interventions from the floor
    speakers = [p.name for p in PEOPLE if p.name != PANELLIST.name][:13]
    for name in speakers:
        s.queue_speaker(pid[name])
    for _ in speakers:
        s.call_next()
        clock.advance(seconds=60)
    s.finish_speaker()
    ids["arabic"] = log(s, participant_id=pid[ARABIC_NAME], tags=["seg-3"], summary=ARABIC)
    ids["french"] = log(s, participant_id=pid["Amélie Dufresne"], tags=["seg-3"], summary=FRENCH)
    ids["crlf"] = log(
        s,
        participant_id=pid["Speaker Number1"],
        tags=["seg-3"],
        kind="recommendation",
        summary=CRLF,
        follow_up=True,
    )
    ids["ligatures"] = log(
        s, participant_id=pid["Speaker Number2"], tags=["seg-3"], summary=LIGATURES
    )
    s.next()  # seg-4
    clock.advance(minutes=10)
    s.next()  # seg-5 panel 1
    clock.advance(minutes=50)
    s.next()  # seg-6 Q&A
    ids["q1"] = log(
        s,
        participant_id=pid["Chiara Vettorazzo"],
        tags=["seg-6"],
        kind="question",
        summary="How do platforms detect organ trafficking?",
    )
    ids["q2"] = log(
        s,
        participant_id=pid["Amélie Dufresne"],
        tags=["seg-6"],
        kind="question",
        summary="Who checks the registries?",
    )
    ids["q3"] = log(
        s,
        participant_id=pid["Speaker Number3"],
        tags=["seg-6"],
        kind="question",
        summary="A question nobody answered.",
    )
    ids["a1"] = log(
        s,
        participant_id=pid[PANELLIST.name],
        tags=["seg-6"],
        kind="answer",
        answers=[ids["q1"], ids["q2"]],
        summary="Registries share data with the platforms.",
    )
    clock.advance(minutes=30)
    s.next()
    ids["g1"] = log(
        s,
        participant_id=pid["Amélie Dufresne"],
        tags=["seg-9"],
        questions=[["seg-9", 0]],
        summary="Universalization through outreach.",
    )
    clock.advance(minutes=5)
    return Ran(db, meeting_id, s, clock, ids)


def record(ran: Ran, *, attributed: bool = True) -> Record:
    return build_record(ran.session.state, ran.clock.now(), attributed=attributed)
