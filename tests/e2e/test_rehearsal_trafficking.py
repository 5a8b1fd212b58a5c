"""Rehearsal of the trafficking in persons dialogue (10 July 2024), from its real programme.

From the keyboard on the real windows against a fake clock: the programme imported from the seed's
text through the start screen and the programme editor (where Panel 1's moderator and panellists
are added), the registration list imported, the morning run late on purpose by Panel 1, lunch,
Panel 2, the tour-de-table with a withdrawal, an overrun and a connection lost then called back,
the app restarted with a speaker on the floor, the closing. The record and every export are then
read back and checked against what was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.participants.values import Category
from tests.conftest import SEED_TIP
from tests.e2e.conftest import Panellist, Person, Rehearsal
from tests.e2e.record_checks import check_the_record

NGO, ACADEMIA, PRIVATE = Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR
ANSWER = InterventionKind.ANSWER

DIALLO = Person("Ms. Amina Diallo", "Coalition Against Child Exploitation", NGO, gender="F")
HERRERA = Person(
    "Mr. Tomás Herrera", "Instituto de Estudios sobre Trata", ACADEMIA, online=True, gender="Hombre"
)
FISCHER = Person("Dr. Lena Fischer", "Transplant Ethics Observatory", ACADEMIA, gender="female")
RAMAN = Person("Ms. Priya Raman", "Safe Migration Network", NGO, online=True, gender="Woman")
MENSAH = Person("Mr. Kwame Mensah", "West Africa Child Rights Forum", NGO, gender="M")
LINDQVIST = Person(
    "Ms. Sofia Lindqvist", "Nordic Tech for Good", PRIVATE, online=True, gender="Femme"
)
TANAKA = Person("Mr. Hiroshi Tanaka", "Responsible Supply Chains Alliance", PRIVATE, gender="男")
HADDAD = Person("Ms. Nadia Haddad", "Survivors' Voices Collective", NGO, gender="أنثى")
MENDES = Person(
    "Dr. Carlos Mendes",
    "Lisbon Centre for Criminal Justice",
    ACADEMIA,
    online=True,
    gender="masculino",
)
ACHIENG = Person(
    "Ms. Grace Achieng", "Youth Against Trafficking Kenya", NGO, online=True, gender="F"
)
DUBOIS = Person("Mr. Olivier Dubois", "Medical Professionals for Human Rights", NGO, gender="Homme")
PETROVA = Person(
    "Ms. Elena Petrova", "Balkan Anti-Trafficking Hub", NGO, online=True, gender="Женщина"
)
COSTA = Person("Mr. Rafael Costa", "Fintech Integrity Forum", PRIVATE, gender="male")
SATO = Person(
    "Dr. Yuki Sato", "Institute for Child Protection Studies", ACADEMIA, gender="non-binary"
)
BENALI = Person(
    "Ms. Fatima Benali", "Maghreb Women's Rights Network", NGO, online=True, gender="mujer"
)
OKORO = Person("Mr. Daniel Okoro", "Legal Aid for Migrants", NGO, gender="Man")
BERG = Person(
    "Ms. Ingrid Berg",
    "Hotel Industry Child Safeguarding Initiative",
    PRIVATE,
    gender="Prefer not to say",
)
ADEYEMI = Person("Mr. Samuel Adeyemi", "Pan-African Transplant Society", ACADEMIA, online=True)
REGISTERED = (DIALLO, HERRERA, FISCHER, RAMAN, MENSAH, LINDQVIST, TANAKA, HADDAD, MENDES,
              ACHIENG, DUBOIS, PETROVA, COSTA, SATO, BENALI, OKORO, BERG, ADEYEMI)  # fmt: skip

JENSEN = Panellist("Ms. Clara Jensen", "Moderator", "UNODC Human Trafficking Section")
OKAFOR = Panellist("Dr. Mira Okafor", "Professor of Transplant Law", "University of Nairobi")
WEBER = Panellist("Mr. Jonas Weber", "Prosecutor", "Federal Prosecution Service")
ALVAREZ = Panellist("Ms. Rosa Alvarez", "Director", "Child Protection Agency")


def test_a_day_of_the_trafficking_in_persons_dialogue(
    rehearsal: Callable[[dt.date], Rehearsal], tmp_path: Path
) -> None:
    day = rehearsal(dt.date(2024, 7, 10))

    # 09:45 The programme from the seed's text; Panel 1's people added in the editor.
    programme = day.import_programme(
        SEED_TIP, panellists={"seg-5": (OKAFOR, WEBER)}, moderators={"seg-5": JENSEN}
    )
    assert programme.title.endswith(
        "fourteenth meeting of the Working Group on Trafficking in Persons"
    )
    # The text's minutes (a 15-minute opening), not the bundled programme's.
    assert [s.planned_minutes for _, s in programme.segments()] == [
        15, 25, 25, 25, 55, 35, 40, 30, 35, 35, 30, 10,
    ]  # fmt: skip
    assert [p.name for p in programme.segment("seg-5").panellists] == [OKAFOR.name, WEBER.name]
    day.register(REGISTERED)
    assert (
        day.shown()["next"]
        == "Up next: The Co-Chairs of the Dialogue will deliver introductory remarks at 10:00"
    )

    # 10:00 I. Opening; II. the Secretariat's briefing, then two interventions from the floor.
    day.open_the_meeting()
    day.until("10:40")
    day.next_segment("Interventions and/or questions from non-governmental stakeholders")
    day.request_floor(DIALLO, HERRERA)
    day.call_next(DIALLO)
    day.advance(minutes=2, seconds=40)
    day.capture("Asked that country visits of the review hear survivor-led organizations.")
    day.call_next(HERRERA)
    day.advance(minutes=2, seconds=10)
    day.capture(
        "Offered the institute's data on prosecutions in Latin America to the review.",
        kind=InterventionKind.RELATED_ACTIVITIES,
    )
    day.finish_speaker()
    day.until("11:05")

    # 11:05 III. The Co-Chairs' briefing; Panel 1 runs twelve minutes long.
    day.next_segment("The Co-Chairs will brief participants")
    day.until("11:30")
    day.next_segment("Panel 1: Trafficking in persons for the removal of organs")
    day.until("12:37")
    assert day.shown()["phase"] == "Overtime +12:00"
    day.next_segment("Q&A on Panel 1")
    assert day.shown()["offset"] == "12 min behind"
    assert (
        day.shown()["sitting"] == "Sitting 1 (10:00–13:00) ends 13:12 (hard end 13:00): 12 min over"
    )

    # 12:37 The Q&A: two minutes a question, five questions, two answers from the panel.
    day.set_limit("2:00", 120)
    day.request_floor(FISCHER, RAMAN, MENSAH, LINDQVIST, HADDAD)
    asked = day.take_questions(
        (FISCHER, 95, "How can transplant registries flag purchased organs?"),
        (RAMAN, 110, "What protection do migrants recruited as organ donors receive?"),
        (MENSAH, 80, "Is the removal of organs from children prosecuted as trafficking?"),
        (LINDQVIST, 125, "Can platforms detect online advertisements for organs?"),
        (HADDAD, 100, "How are survivors compensated after an organ was removed?"),
    )
    assert day.floor_shown()[0] == "Nobody has the floor"
    day.capture(
        "Registries and hospital ethics boards must report suspicious transplants; thanks to "
        "Dr. Fischer for raising it.",
        speaker=OKAFOR,
        kind=ANSWER,
        answers=(asked[0].id, asked[2].id),
    )
    day.capture(
        "Platforms can be required to remove such advertisements and keep the evidence.",
        speaker=WEBER,
        kind=ANSWER,
        answers=(asked[3].id,),
    )
    day.until("13:12")

    # 13:12 The morning ends; lunch absorbs the lateness.
    day.end_sitting()
    assert day.shown()["phase"] == "Break — between sittings"
    assert day.shown()["offset"] == "on time"
    assert day.shown()["sitting"] == (
        "Sitting 2 (15:00–18:00) ends 18:00 (hard end 18:00): ends on time"
    )

    # 15:00 Panel 2 and its Q&A.
    day.until("15:00")
    day.start_sitting("Panel 2: National issues and priorities concerning child trafficking")
    day.until("15:40")
    day.next_segment("Q&A on Panel 2")
    day.request_floor(ACHIENG)
    (youth,) = day.take_questions(
        (ACHIENG, 110, "How can children's views be heard in national referral mechanisms?")
    )
    day.capture(
        "Child advisory boards now review the national action plan every year.",
        speaker=ALVAREZ,
        kind=ANSWER,
        answers=(youth.id,),
    )
    day.until("16:10")

    # 16:10 IV. The tour-de-table. Standing item 1: budgets for NGOs and academia; one speaker
    # withdraws before their turn; the list is balanced (academia was heard twice, NGOs five
    # times); a point of order interrupts Ms. Petrova, who then resumes with her clock as it was.
    day.next_segment("Standing item 1: Role of non-governmental stakeholders")
    day.set_budget(NGO, 10)
    day.set_budget(ACADEMIA, 2)
    day.request_floor(DUBOIS, PETROVA, COSTA, SATO)
    day.withdraw(COSTA)
    assert day.balance() == "Academia next: 2 heard against 5 for NGO"
    assert [n for n, state, _ in day.speakers_shown() if state == "waiting"] == [
        SATO.name,
        PETROVA.name,  # online: the room had been heard as often, and Dr. Sato is in the room
        DUBOIS.name,
    ]
    day.call_next(SATO)
    day.advance(minutes=2, seconds=50)
    day.capture(
        "Universities can train child protection officers; children must be consulted.",
        also_tags=("seg-11",),
        questions=[("seg-9", 0), ("seg-11", 1)],
    )
    day.call_next(PETROVA)
    day.advance(minutes=1)
    day.point_of_order(MENSAH)
    assert day.floor_shown() == (f"Point of order: {MENSAH.name}", "1:00", "1:00 left")
    day.advance(seconds=40)
    day.finish_speaker()  # the point of order is over: Ms. Petrova resumes
    assert day.floor_shown()[:2] == (PETROVA.name, "2:00")
    day.advance(minutes=1, seconds=30)
    day.capture(
        "Joint inspections with labour inspectors worked in the Western Balkans.",
        questions=[("seg-9", 1), ("seg-9", 2)],
    )
    day.call_next(DUBOIS)
    day.advance(minutes=2, seconds=45)
    day.capture(
        "Medical associations can carry the Protocol to health ministries.",
        questions=[("seg-9", 0)],
    )
    day.finish_speaker()
    assert COSTA.name in {n for n, state, _ in day.speakers_shown() if state == "withdrawn"}
    assert day.budgets_shown() == (
        "Budgets: NGO: 5:15 of 10:00 used, 4:45 left · Academia: over budget by 0:50 (2:50 of 2:00)"
    )
    day.until("16:45")

    # 16:45 Standing item 2: the app restarts while a speaker has the floor; they overrun.
    day.next_segment("Standing item 2: States parties' technical assistance needs")
    day.request_floor(BENALI, OKORO, BERG, MENDES)
    day.call_next(BENALI)
    day.advance(minutes=2, seconds=20)
    day.capture(
        "Women's shelters need funding to identify victims early.", questions=[("seg-10", 0)]
    )
    day.call_next(OKORO)
    day.advance(minutes=2)
    before = day.shown()
    day.restart_app(down_for=50)
    assert day.shown()["segment"] == before["segment"]
    assert day.floor_shown() == (OKORO.name, "0:10", "Wrap up — 0:10 left")
    day.advance(seconds=55)
    assert day.floor_shown() == (OKORO.name, "+0:45", "Overtime +0:45")
    day.capture(
        "Legal aid lawyers should be trained with prosecutors, not apart from them.",
        questions=[("seg-10", 2)],
    )
    day.call_next(BERG)
    day.advance(minutes=2, seconds=30)
    day.capture(
        "Hotels can report suspected child exploitation through one national line.",
        questions=[("seg-10", 1)],
    )
    day.call_next(MENDES)
    day.advance(minutes=2, seconds=40)
    day.capture("Technical assistance should include data on organ trafficking cases.")
    day.finish_speaker()
    day.until("17:20")

    # 17:20 Standing item 3: an online speaker's connection drops; held, deferred, called back.
    day.next_segment("Standing item 3: Gender, youth, human rights")
    day.request_floor(RAMAN, TANAKA, ACHIENG, DIALLO)
    day.call_next(RAMAN)
    day.advance(seconds=40)
    day.hold()
    day.advance(seconds=60)
    assert day.floor_shown() == (RAMAN.name, "2:20", "Held — 2:20 left")
    day.defer_floor_speaker()
    day.call_next(TANAKA)
    day.advance(minutes=2, seconds=30)
    day.capture("Supply chain audits should check the age of workers.", questions=[("seg-11", 0)])
    day.call_next(ACHIENG)
    day.advance(minutes=2, seconds=20)
    day.capture(
        "Young survivors want to design the campaigns aimed at them.", questions=[("seg-11", 1)]
    )
    day.call_next(DIALLO)
    day.advance(minutes=2)
    day.capture("Girls are most at risk in the informal sector.")
    day.call_next(RAMAN)  # last in line, her connection back
    assert day.floor_shown()[1] == "2:20"  # her time before the connection dropped is kept
    day.advance(minutes=1, seconds=50)
    day.capture(
        "Victim-centred approaches need interpreters for migrant victims.",
        questions=[("seg-11", 2)],
    )
    day.finish_speaker()
    day.until("17:50")

    # 17:50 V. Closing; 18:00 the meeting ends.
    day.next_segment("The Co-Chairs of the Dialogue will deliver concluding remarks")
    day.until("18:00")
    day.end_sitting()
    assert day.shown()["phase"] == "The meeting has ended"
    assert day.shown()["sitting"] == "Sitting 2 (15:00–18:00): ended on time"

    record = check_the_record(day, tmp_path / "exports")
    overtime = {s.speaker: s.overtime_seconds for s in record.speakers if s.overtime_seconds}
    assert overtime == {LINDQVIST.name: 5, OKORO.name: 45}
    assert COSTA.name not in {s.speaker for s in record.speakers}  # withdrawn: never heard
    assert [s.spoken_seconds for s in record.speakers if s.speaker == RAMAN.name] == [110, 150]

    # A fair floor, read back: the point of order marked, budgets against the time used, and
    # attendance and speaking time by gender (the list's "F", "Homme", "Женщина", "أنثى"…).
    assert [
        (s.kind, s.speaker, s.spoken_seconds, s.allotted_seconds) for s in record.speakers if s.kind
    ] == [("Point of order", MENSAH.name, 40, 60)]
    (poo,) = record.floor.interjections
    assert (poo.kind, poo.speaker, poo.interrupted, poo.spoken_seconds) == (
        "Point of order",
        MENSAH.name,
        PETROVA.name,
        40,
    )
    assert [
        (b.segment, b.group, b.budget_seconds, b.used_seconds) for b in record.floor.budgets
    ] == [
        ("Standing item 1", "NGO", 600, 315),
        ("Standing item 1", "Academia", 120, 170),
    ]
    assert [(g.label, g.registered, g.heard) for g in record.floor.by_gender] == [
        ("Woman", 8, 8),
        ("Man", 7, 6),
        ("Non-binary or other", 1, 1),
        ("Not stated", 2, 1),
    ]
    # …and the documents say so: the Markdown export, read back.
    (markdown,) = (tmp_path / "exports" / "attributed").glob("*.md")
    text = markdown.read_text(encoding="utf-8")
    assert "## Points of order and rights of reply" in text
    assert (
        f"16:13 — Point of order — {MENSAH.name} ({MENSAH.organization}), Standing item 1, 0:40;"
        f" {PETROVA.name} resumed after it"
    ) in text
    assert "| Standing item 1 | Academia | 2:00 | 2:50 | over by 0:50 |" in text
    assert f"| Point of order: {MENSAH.name} ({MENSAH.organization}) |" in text
