"""A fair floor in the record's documents (issue 21), in English, French and Spanish, attributed
and not: gender and youth tables, budgets against the time used, points of order marked."""

from __future__ import annotations

import datetime as dt

from facilitator.core.fold.state import MeetingState
from facilitator.core.participants.values import Category
from facilitator.core.queue import commands as qc
from facilitator.core.queue import floor_commands as fc
from facilitator.core.record import build_record
from facilitator.formats.record.localise import in_language
from facilitator.formats.record.markdown_writer import markdown_text
from tests.core.test_queue import line_up, meeting


def _day() -> tuple[MeetingState, dt.datetime]:
    desk = meeting(6)  # p-1 NGO man, p-2 academia (not stated), p-3 private sector woman…
    desk.do(fc.set_budget, Category.NGO, 240)
    line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.advance(seconds=100)
    desk.do(fc.point_of_order, "p-3")
    desk.advance(seconds=30)
    desk.do(qc.finish_speaker)  # Speaker 1 resumes
    desk.advance(seconds=200)  # NGO 300 s of 240
    desk.do(qc.call_next)
    desk.advance(seconds=60)
    desk.do(qc.finish_speaker)
    return desk.state, desk.clock.now()


def test_the_record_in_english_attributed_and_not() -> None:
    state, now = _day()
    record = build_record(state, now)
    text = markdown_text(record)
    assert "| Gender | Participants | Heard |" in text
    assert "| Woman | 2 | 1 |" in text and "| Man | 2 | 1 |" in text
    assert "| Youth | Participants | Heard |" in text
    assert "### Time budgets by stakeholder group" in text
    assert "| Standing item 1 | NGO | 4:00 | 5:00 | over by 1:00 |" in text
    assert "## Points of order and rights of reply" in text
    assert (
        "- 10:01 — Point of order — Speaker 3 (Org 3), Standing item 1, 0:30;"
        " Speaker 1 resumed after it"
    ) in text
    assert "| 2 | Point of order: Speaker 3 (Org 3) |" in text
    anonymous = markdown_text(build_record(state, now, attributed=False))
    assert "Speaker 3" not in anonymous and "Org 3" not in anonymous
    assert (
        "Point of order — A representative of the private sector, Standing item 1, 0:30;"
        " A representative of an NGO resumed after it"
    ) in anonymous


def test_the_record_in_french_and_spanish() -> None:
    state, now = _day()
    record = build_record(state, now)
    french = markdown_text(in_language(record, "fr"))
    assert "## Motions d'ordre et droits de réponse" in french
    assert "Motion d'ordre — Speaker 3 (Org 3)" in french
    assert " ; Speaker 1 a repris ensuite" in french
    assert "| Motion d'ordre : Speaker 3 (Org 3) |" in french
    assert "| Femme | 2 | 1 |" in french and "dépassé de 1:00" in french
    spanish = markdown_text(in_language(record, "es"))
    assert "## Cuestiones de orden y derechos de respuesta" in spanish
    assert "| Mujer | 2 | 1 |" in spanish and "superado en 1:00" in spanish
