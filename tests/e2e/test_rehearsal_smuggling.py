"""Rehearsal of the smuggling of migrants dialogue (15 July 2024), from its real programme.

From the keyboard on the real windows against a fake clock: the programme imported from the seed's
text (Panel 2's moderator and panellists added in the editor), the registration list imported; the
morning made late by an interpretation failure (a pause) and five more minutes for Panel 1; a
panellist's recommendation outside the Q&A; lunch; the tour-de-table with a connection lost then
called back, a withdrawal while another speaker has the floor, a shorter limit and an overrun; the
app restarted while the rapporteur is typing, the draft coming back; the closing, three minutes
late. The record and every export are then read back and checked against what was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.participants.values import Category
from tests.conftest import SEED_SOM
from tests.e2e.conftest import Panellist, Person, Rehearsal
from tests.e2e.record_checks import check_the_record

NGO, ACADEMIA, PRIVATE = Category.NGO, Category.ACADEMIA, Category.PRIVATE_SECTOR

ALI = Person("Mr. Hassan Ali", "Mixed Migration Centre Network", NGO, online=True)
NOVAK = Person("Ms. Petra Novak", "Central European Law Institute", ACADEMIA)
OKONKWO = Person("Mr. Chidi Okonkwo", "Sahel Migrant Support", NGO, online=True)
MORALES = Person("Ms. Lucia Morales", "Frontera Humanitarian Aid", NGO)
KOWALSKI = Person("Mr. Jan Kowalski", "Maritime Safety Partners", PRIVATE)
RAHMAN = Person("Dr. Anika Rahman", "Dhaka Institute of Migration Studies", ACADEMIA, online=True)
SILVA = Person("Ms. Beatriz Silva", "Rights of Migrant Children Coalition", NGO)
ERIKSSON = Person("Mr. Lars Eriksson", "Shipping Industry Ethics Council", PRIVATE, online=True)
DLAMINI = Person("Ms. Thandiwe Dlamini", "Southern Africa Migration Forum", NGO)
FARAH = Person("Mr. Abdi Farah", "Horn of Africa Youth Network", NGO, online=True)
LEROY = Person("Dr. Camille Leroy", "Refugee Law Clinic of Lyon", ACADEMIA)
NGUYEN = Person("Ms. Linh Nguyen", "Mekong Legal Aid", NGO, online=True)
SCHMIDT = Person("Mr. Felix Schmidt", "Freight Logistics Compliance Group", PRIVATE)
OYELARAN = Person("Ms. Adaeze Oyelaran", "West African Women Lawyers", NGO)
PEREZ = Person("Mr. Diego Pérez", "Andean Migration Observatory", ACADEMIA, online=True)
IVANOVA = Person("Ms. Maria Ivanova", "Black Sea Border Watch", NGO)
REGISTERED = (ALI, NOVAK, OKONKWO, MORALES, KOWALSKI, RAHMAN, SILVA, ERIKSSON, DLAMINI, FARAH,
              LEROY, NGUYEN, SCHMIDT, OYELARAN, PEREZ, IVANOVA)  # fmt: skip

ROSSI = Panellist("Mr. Paolo Rossi", "Moderator", "UNODC Smuggling of Migrants Section")
BELLO = Panellist("Ms. Aisha Bello", "Head of Protection", "Migrant Assistance Agency")
LARSEN = Panellist("Dr. Henrik Larsen", "Researcher", "Nordic Institute for Migration Law")
HADDOU = Panellist("Ms. Yasmin Haddou", "Panellist", "Mediterranean Coast Guard Academy")


def test_a_day_of_the_smuggling_of_migrants_dialogue(
    rehearsal: Callable[[dt.date], Rehearsal], tmp_path: Path
) -> None:
    day = rehearsal(dt.date(2024, 7, 15))

    # 09:45 The programme from the seed's text; Panel 2's people added in the editor.
    programme = day.import_programme(
        SEED_SOM, panellists={"seg-7": (BELLO, LARSEN)}, moderators={"seg-7": ROSSI}
    )
    assert programme.title.endswith(
        "eleventh meeting of the Working Group on the Smuggling of Migrants"
    )
    assert [len(programme.segment(f"seg-{n}").guiding_questions) for n in (9, 10, 11)] == [4, 4, 5]
    day.register(REGISTERED)

    # 10:00 Opening; at 10:27 the interpretation fails during the Secretariat's briefing.
    day.open_the_meeting()
    day.until("10:27")
    day.pause()
    day.advance(minutes=6)
    assert (day.shown()["clock"], day.shown()["offset"]) == ("13:00", "6 min behind")
    day.resume()
    day.until("10:46")
    assert day.shown()["clock"] == "0:00"

    # 10:46 Interventions from the floor: a recommendation and a statement.
    day.next_segment("Interventions and/or questions from non-governmental stakeholders")
    day.request_floor(MORALES, KOWALSKI)
    day.call_next(MORALES)
    day.advance(minutes=2, seconds=30)
    day.capture(
        "Recommended that the review hear organizations assisting migrants at borders.",
        kind=InterventionKind.RECOMMENDATION,
    )
    day.call_next(KOWALSKI)
    day.advance(minutes=2)
    day.capture("Shipping companies rescue migrants at sea and need clear disembarkation rules.")
    day.finish_speaker()
    day.until("11:11")

    # 11:11 The Co-Chairs' briefing; Panel 1, given five more minutes.
    day.next_segment("The Co-Chairs will brief participants")
    day.until("11:36")
    day.next_segment("Panel 1: Preventing and combatting the smuggling of migrants")
    day.until("12:20")
    day.extend_five()
    assert day.shown()["clock"] == "16:00"  # 11 minutes left, and five more
    day.capture(
        "Coast guard academies should train together on rescue and evidence.",
        speaker=HADDOU,
        kind=InterventionKind.RECOMMENDATION,
    )
    day.until("12:36")
    assert day.shown()["clock"] == "0:00"
    day.next_segment("Q&A on Panel 1")
    assert day.shown()["offset"] == "11 min behind"
    assert (
        day.shown()["sitting"] == "Sitting 1 (10:00–13:00) ends 13:11 (hard end 13:00): 11 min over"
    )

    # 12:36 Five questions, two answers (the first answers two questions).
    day.request_floor(NOVAK, OKONKWO, RAHMAN, SILVA, FARAH)
    asked = day.take_questions(
        (NOVAK, 120, "How do courts tell smugglers from the migrants they transport?"),
        (OKONKWO, 95, "What is done about root causes in countries of origin?"),
        (RAHMAN, 130, "Can financial investigations follow smugglers' profits?"),
        (SILVA, 85, "How are unaccompanied children identified at sea?"),
        (FARAH, 105, "Will young migrants be heard in the review?"),
    )
    day.capture(
        "Joint investigation teams and financial intelligence units now share cases.",
        speaker=HADDOU,
        kind=InterventionKind.ANSWER,
        answers=(asked[0].id, asked[2].id),
    )
    day.capture(
        "Youth networks are invited to the next constructive dialogue.",
        speaker=HADDOU,
        kind=InterventionKind.ANSWER,
        answers=(asked[4].id,),
    )
    day.until("13:11")
    day.end_sitting()
    assert (day.shown()["phase"], day.shown()["offset"]) == ("Break — between sittings", "on time")

    # 15:00 Panel 2 and its Q&A: one answer for two questions.
    day.until("15:00")
    day.start_sitting("Panel 2: Protection and assistance measures for smuggled migrants")
    day.until("15:40")
    day.next_segment("Q&A on Panel 2")
    day.request_floor(LEROY, NGUYEN)
    first, second = day.take_questions(
        (LEROY, 140, "Is access to a lawyer guaranteed on arrival?"),
        (NGUYEN, 100, "Who pays for interpreters in protection interviews?"),
    )
    day.capture(
        "Legal aid and interpreters are funded together in the new protection plan.",
        speaker=BELLO,
        kind=InterventionKind.ANSWER,
        answers=(first.id, second.id),
    )
    day.until("16:10")

    # 16:10 The tour-de-table. Standing item 1: a connection lost, held, deferred, called back.
    day.next_segment("Standing item 1: Role of non-governmental stakeholders")
    day.request_floor(ALI, SCHMIDT, OYELARAN, PEREZ)
    day.call_next(ALI)
    day.advance(seconds=50)
    day.hold()
    day.advance(seconds=90)
    day.defer_floor_speaker()
    assert [row[0] for row in day.speakers_shown()] == [
        SCHMIDT.name, OYELARAN.name, PEREZ.name, ALI.name,
    ]  # fmt: skip
    day.call_next(SCHMIDT)
    day.advance(minutes=2, seconds=40)
    day.capture(
        "Freight companies can screen containers for hidden migrants.", questions=[("seg-9", 1)]
    )
    day.call_next(OYELARAN)
    day.advance(minutes=2, seconds=30)
    day.capture(
        "Women lawyers' networks offer legal aid across borders; States should fund them.",
        also_tags=("seg-10",),
        questions=[("seg-9", 0), ("seg-10", 0)],
    )
    day.call_next(PEREZ)
    day.advance(minutes=2, seconds=20)
    day.capture(
        "The single most important measure is safe legal pathways.", questions=[("seg-9", 2)]
    )
    day.call_next(ALI)
    assert day.floor_shown()[1] == "2:10"  # the 50 seconds before the line dropped are kept
    day.advance(minutes=1, seconds=40)
    day.capture("Civil society monitors detention conditions.", questions=[("seg-9", 3)])
    day.finish_speaker()
    day.until("16:45")

    # 16:45 Standing item 2: a speaker withdraws while another has the floor.
    day.next_segment("Standing item 2: States parties' technical assistance needs")
    day.request_floor(DLAMINI, IVANOVA, ERIKSSON, FARAH)
    day.call_next(DLAMINI)
    day.advance(minutes=1)
    day.withdraw(IVANOVA)
    day.advance(minutes=1, seconds=30)
    day.capture("Regional forums can identify protection needs early.", questions=[("seg-10", 3)])
    day.call_next(ERIKSSON)
    day.advance(minutes=2, seconds=50)
    day.capture("Technical assistance should cover port authorities.", questions=[("seg-10", 2)])
    day.call_next(FARAH)
    day.advance(minutes=2, seconds=10)
    day.capture("Youth should help design assistance programmes.")
    day.finish_speaker()
    day.until("17:20")

    # 17:20 Standing item 3, at 2:30 a speaker: an overrun, and a restart mid-sentence.
    day.next_segment("Standing item 3: Gender, youth, human rights and victim-centred")
    day.set_limit("2:30", 150)
    day.request_floor(MORALES, RAHMAN, NOVAK, SILVA)
    day.call_next(MORALES)
    day.advance(minutes=2, seconds=20)
    day.capture("Smuggled women face violence on every route.", questions=[("seg-11", 0)])
    day.call_next(RAHMAN)
    day.advance(minutes=2)
    day.type_unsaved("Gender-sensitive screening should be standard")
    day.restart_app(down_for=40)
    assert day.window.capture.mode.text().endswith("(restored draft)")
    assert day.floor_shown() == (RAHMAN.name, "+0:10", "Overtime +0:10")
    day.advance(seconds=15)
    day.capture(", with female interpreters available.", questions=[("seg-11", 3), ("seg-11", 4)])
    day.call_next(NOVAK)
    day.advance(minutes=2)
    day.capture(
        "Human rights-based approaches must include access to justice.", questions=[("seg-11", 2)]
    )
    day.call_next(SILVA)
    day.advance(minutes=2, seconds=10)
    day.capture("Children need guardians from the first day.", questions=[("seg-11", 3)])
    day.finish_speaker()
    day.until("17:50")

    # 17:50 Closing, three minutes long.
    day.next_segment("The Co-Chairs of the Dialogue will deliver concluding remarks")
    day.until("18:03")
    day.end_sitting()
    assert day.shown()["phase"] == "The meeting has ended"
    assert day.shown()["sitting"] == "Sitting 2 (15:00–18:00): ended 3 min late"

    record = check_the_record(day, tmp_path / "exports")
    overtime = {s.speaker: s.overtime_seconds for s in record.speakers if s.overtime_seconds}
    assert overtime == {RAHMAN.name: 25}
    assert IVANOVA.name not in {s.speaker for s in record.speakers}  # withdrawn: never heard
    assert [s.spoken_seconds for s in record.speakers if s.speaker == ALI.name] == [150]
