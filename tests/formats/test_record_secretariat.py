"""Issue 19: the record as the Secretariat opens it, each defect read back the way its program
reads the file: the CSV through a reader that types numbers as a spreadsheet does, the Word file's
XML, the HTML's print style, the PDF's text with poppler's pdftotext (no normalisation)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest

from facilitator.formats.record.csv_writer import csv_parts, neutralise
from facilitator.formats.record.html_writer import html_text
from tests.formats.secretariat_meeting import (
    PANELLIST,
    Ran,
    record,
    run_secretariat_meeting,
)


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    result = run_secretariat_meeting(tmp_path_factory.mktemp("secretariat"))
    yield result
    result.db.close()


# ----------------------------------------------------------------------------- CSV
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def typed_rows(data: bytes) -> list[dict[str, object]]:
    """A CSV file as a spreadsheet reads it: UTF-8 with its BOM, each cell that is a number typed
    as one (``-3`` is the number -3; ``'-3`` is text)."""
    text = data.decode("utf-8-sig")
    rows = csv.DictReader(io.StringIO(text, newline=""))
    return [{k: (float(v) if _NUMBER.fullmatch(v) else v) for k, v in row.items()} for row in rows]


def test_negative_delays_are_numbers_in_the_csv(ran: Ran) -> None:
    timetable = typed_rows(csv_parts(record(ran))["timetable"])
    delays = [row["delay_minutes"] for row in timetable if row["delay_minutes"] != ""]
    assert delays[:3] == [-5.0, -10.0, -22.0]
    assert all(isinstance(d, float) for d in delays)  # a column to sum and sort


@pytest.mark.parametrize("number", ["-3", "-3.5", "+2", "0"])
def test_a_number_is_not_neutralised(number: str) -> None:
    assert neutralise(number) == number
    assert neutralise(int(number.replace(".5", ""))) == str(int(number.replace(".5", "")))


@pytest.mark.parametrize("formula", ["-2+3", "-A1", "+A1*2", "-cmd|' /C calc'!A0", "-3 ", "--3"])
def test_text_a_spreadsheet_would_run_is_still_neutralised(formula: str) -> None:
    assert neutralise(formula) == "'" + formula


def test_interventions_csv_says_which_questions_an_answer_answers(ran: Ran) -> None:
    rows = typed_rows(csv_parts(record(ran))["interventions"])
    by_id = {row["id"]: row for row in rows}
    assert by_id[ran.ids["a1"]]["answers_questions"] == f"{ran.ids['q1']}; {ran.ids['q2']}"
    assert by_id[ran.ids["q3"]]["answers_questions"] == ""
    assert all("answers_questions" in row for row in rows)


# ----------------------------------------------------------------------------- unattributed
def test_a_registered_panellist_s_answer_is_panellist_n_when_unattributed(ran: Ran) -> None:
    anonymous = record(ran, attributed=False)
    panel = anonymous.items[2].panels[0]
    answers = {a.speaker for qa in panel.questions for a in qa.answers}
    assert answers == {"Panellist 1"}
    assert panel.panellists[0] == "Panellist 1"
    assert PANELLIST.name not in repr(anonymous)
    heard = record(ran)
    assert {a.speaker for qa in heard.items[2].panels[0].questions for a in qa.answers} == {
        PANELLIST.name
    }


# ----------------------------------------------------------------------------- HTML
def test_html_prints_on_a4(ran: Ran) -> None:
    text = html_text(record(ran))
    style = text[text.index("<style>") : text.index("</style>")]
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", style)
