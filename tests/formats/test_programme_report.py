"""The import report: every line of a document ends up somewhere or in the list of lines not
understood, and each warning fires on the document that deserves it (and not on the others)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.formats.programme.importer import SeveralDaysError, import_programme, import_text
from facilitator.formats.programme.report import UNREAD
from facilitator.formats.programme.text_reader import normalise_text

CORPUS = Path(__file__).parent / "programmes" / "corpus"
TEXTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md") and p.stem != "README")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*\|?[\s:|-]+\|[\s:|-]*$")


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_line_ends_up_somewhere(path: Path) -> None:
    expected_day = 2 if "two_days" in path.stem else None
    report = import_programme(path, day=expected_day).report
    placed = {line for line, _, _ in report.placed}
    text = normalise_text(path.read_text(encoding="utf-8-sig"))
    missing = [
        (number, line)
        for number, line in enumerate(text.split("\n"), 1)
        if line.strip() and not _RULE.match(line) and number not in placed
    ]
    assert missing == []


def test_the_seed_is_read_without_a_warning_or_a_line_lost(seed_tip: Path) -> None:
    report = import_programme(seed_tip).report
    assert report.warnings == []
    assert report.unread == []
    wheres = {where for _, _, where in report.placed}
    assert UNREAD not in wheres
    assert {"title", "meeting data", "agenda item", "segment", "guiding question"} <= wheres


def test_no_date_and_no_sittings_are_said() -> None:
    report = import_text("Workshop on asset recovery\n\n1. Opening\n2. Closing\n").report
    assert sorted(w.code for w in report.warnings) == ["no-date", "no-sittings"]
    assert all(w.message[0].islower() and "Meeting data" in w.message for w in report.warnings)


def test_a_person_read_as_a_segment_is_said() -> None:
    text = (
        "Expert briefing on firearms\n10 March 2025\n\n"
        "10:00 – 10:30 Ms. Jane Okafor, Director, Firearms Programme\n"
        "10:30 – 11:00 Briefing by the Secretariat\n"
    )
    report = import_text(text).report
    [warning] = [w for w in report.warnings if w.code == "person-title"]
    assert warning.line == 4 and "Ms. Jane Okafor" in warning.message


def test_an_exported_record_is_not_taken_for_a_programme(tmp_path: Path) -> None:
    from facilitator.formats.record.markdown_writer import markdown_text
    from tests.core.test_record import record_of, run_meeting

    ran = run_meeting(tmp_path)
    try:
        text = markdown_text(record_of(ran))
    finally:
        ran.db.close()
    report = import_text(text).report
    assert "record" in {w.code for w in report.warnings}


def test_several_days_are_never_merged(tmp_path: Path) -> None:
    path = CORPUS / "en_two_days.txt"
    with pytest.raises(SeveralDaysError) as caught:
        import_programme(path)
    assert [d.number for d in caught.value.days] == [1, 2]
    assert [d.date.isoformat() for d in caught.value.days if d.date] == [
        "2024-07-08",
        "2024-07-09",
    ]
    assert "--day 1 or --day 2" in str(caught.value)
    first, second = (import_programme(path, day=n).programme for n in (1, 2))
    one, two = ({s.title for _, s in p.segments()} for p in (first, second))
    assert "Undercover operations and the use of digital forensics" in one - two
    assert "Technical assistance needs and priorities" in two - one
    with pytest.raises(Exception, match="there is no day 3"):
        import_programme(path, day=3)
