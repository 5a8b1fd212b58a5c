"""The record's exports: Markdown escaped, CSV neutralised and readable back, JSON re-importable
(the folded states equal), no names in any unattributed export, atomic writes, the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.__main__ import main
from facilitator.core.fold.engine import fold
from facilitator.core.record import build_record
from facilitator.formats.record.csv_writer import neutralise, write_csv
from facilitator.formats.record.files import ExportError
from facilitator.formats.record.json_file import (
    RecordImportError,
    json_text,
    write_json,
)
from facilitator.formats.record.markdown_writer import escape, markdown_text, write_markdown
from facilitator.meetings import import_record as import_record_json
from tests.core.test_record import (
    BIG,
    HOSTILE_FORMULA,
    NAMES,
    RTL,
    Ran,
    new_session,
    record_of,
    run_meeting,
)


@pytest.fixture
def ran(tmp_path: Path) -> Iterator[Ran]:
    result = run_meeting(tmp_path)
    yield result
    result.db.close()


def _read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(4_000_000)  # the 1 MB summary
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# ----------------------------------------------------------------------------- Markdown
def test_markdown_has_the_headings_and_escapes_captured_text(ran: Ran, tmp_path: Path) -> None:
    text = markdown_text(record_of(ran))
    for heading in (
        "## Meeting data",
        "## Attendance",
        "## I. Opening of the meeting",
        "### Panel 1: Trafficking in persons for the removal of organs and related conduct",
        "#### Questions and answers",
        "#### Q1. How can non-governmental stakeholders",
        "#### Other interventions",
        "## Interventions on removed segments",
        "### Briefing by the Co-Chairs",
        "### Timetable: planned and actual",
        "### List of speakers",
        "### Speaking time by stakeholder category",
    ):
        assert any(line.startswith(heading) for line in text.splitlines()), heading
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "\\*\\*bold\\*\\*" in text and "\\# not a heading \\| pipe \\[link\\]" in text
    assert escape(HOSTILE_FORMULA) in text and RTL in text
    assert "| 1 | Amina Zoubeir (Hope Foundation) | NGO | Room |" in text
    path = write_markdown(record_of(ran), tmp_path / "record.md")
    assert path.read_text(encoding="utf-8") == text


def test_markdown_escape_neutralises_block_structure() -> None:
    assert escape("- item") == "\\- item"
    assert escape("+ item") == "\\+ item"
    assert escape("=== ") == "\\==="
    assert escape("1. first") == "1\\. first"
    assert escape("    code") == "code"
    assert escape("> quote") == "\\> quote"
    assert escape("a\n# b") == "a \\# b"
    assert escape("Ça va, café") == "Ça va, café"


# ----------------------------------------------------------------------------- CSV
def test_csv_three_files_neutralised_and_readable(ran: Ran, tmp_path: Path) -> None:
    written = write_csv(record_of(ran), tmp_path / "out")
    assert sorted(p.name for p in written) == ["interventions.csv", "speakers.csv", "timetable.csv"]
    rows = _read_csv(tmp_path / "out" / "interventions.csv")
    by_id = {r["id"]: r for r in rows}
    assert by_id[ran.ids["floor"]]["summary"] == "'" + HOSTILE_FORMULA
    assert by_id[ran.ids["rtl"]]["summary"] == RTL
    assert by_id[ran.ids["q1"]]["speaker"] == "Chiara Vettorazzo"
    assert by_id[ran.ids["removed"]]["segments"] == "Briefing by the Co-Chairs (removed)"
    assert by_id[ran.ids["g13"]]["summary"] == BIG
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    speakers = _read_csv(tmp_path / "out" / "speakers.csv")
    assert speakers[0]["speaker"] == "Amina Zoubeir" and speakers[0]["overtime_seconds"] == "20"
    timetable = _read_csv(tmp_path / "out" / "timetable.csv")
    assert timetable[0]["planned_start"] == "2024-07-10T10:00:00+02:00"
    assert timetable[0]["actual_minutes"] == "12"
    prefixed = write_csv(record_of(ran), tmp_path / "day.csv")
    assert [p.name for p in prefixed] == [
        "day-interventions.csv",
        "day-speakers.csv",
        "day-timetable.csv",
    ]


@pytest.mark.parametrize("cell", ["=1+1", "+A1", "-1+1", "@SUM(A1)", "\tx", "\rx", "＝1"])
def test_neutralise(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise("plain") == "plain" and neutralise(12) == "12"


# ----------------------------------------------------------------------------- JSON
def test_json_round_trip_gives_the_same_state(ran: Ran, tmp_path: Path) -> None:
    loaded = ran.db.load_meeting(ran.meeting_id)
    path = write_json(
        record_of(ran), tmp_path / "r.json", programme=loaded.programme, journal=loaded.events
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("facilitator-record", 1)
    assert len(data["journal"]) == len(loaded.events)
    assert data["record"]["meeting"]["zone_name"] == "Europe/Vienna"
    new_id = import_record_json(path, ran.db)
    again = ran.db.load_meeting(new_id)
    assert again.events == loaded.events
    assert again.programme == loaded.programme
    assert fold(again.programme, again.events) == fold(loaded.programme, loaded.events)
    assert again.summary.status == loaded.summary.status


def test_import_refuses_a_broken_file_and_leaves_no_meeting(ran: Ran, tmp_path: Path) -> None:
    loaded = ran.db.load_meeting(ran.meeting_id)
    data = json.loads(json_text(record_of(ran), programme=loaded.programme, journal=loaded.events))
    data["journal"][3]["seq"] = 99
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = len(ran.db.list_meetings())
    with pytest.raises(RecordImportError, match="journal entry 4"):
        import_record_json(bad, ran.db)
    unattributed = tmp_path / "u.json"
    write_json(record_of(ran, attributed=False), unattributed, journal=loaded.events)
    with pytest.raises(RecordImportError, match="unattributed"):
        import_record_json(unattributed, ran.db)
    assert len(ran.db.list_meetings()) == before


# ----------------------------------------------------------------------------- Chatham House
def test_no_unattributed_export_names_anyone(ran: Ran, tmp_path: Path) -> None:
    record = record_of(ran, attributed=False)
    loaded = ran.db.load_meeting(ran.meeting_id)
    outputs = [
        markdown_text(record),
        json_text(record, programme=loaded.programme, journal=loaded.events),
    ]
    for path in write_csv(record, tmp_path / "csv"):
        outputs.append(path.read_text(encoding="utf-8-sig"))
    for output in outputs:
        folded = output.casefold()
        for name in NAMES:
            assert name.casefold() not in folded, name
    assert "A representative of an NGO" in outputs[0]


# ----------------------------------------------------------------------------- degenerate, failures
def test_a_meeting_with_no_interventions_exports_fine(tmp_path: Path) -> None:
    db, meeting_id, s, clock = new_session(tmp_path)
    try:
        record = build_record(s.state, clock.now())
        text = markdown_text(record)
        assert "Nobody took the floor" in text
        write_csv(record, tmp_path / "empty")
        assert len(_read_csv(tmp_path / "empty" / "interventions.csv")) == 0
        loaded = db.load_meeting(meeting_id)
        path = write_json(record, tmp_path / "e.json", programme=loaded.programme, journal=[])
        assert import_record_json(path, db) != meeting_id
    finally:
        db.close()


def test_an_unwritable_path_raises_and_leaves_nothing(ran: Ran, tmp_path: Path) -> None:
    record = record_of(ran)
    missing = tmp_path / "no" / "such" / "folder" / "r.md"
    with pytest.raises(ExportError, match=r"r\.md"):
        write_markdown(record, missing)
    assert not missing.parent.exists()
    # A file where a folder should be: unwritable for every user, root included.
    blocker = tmp_path / "blocker"
    blocker.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="blocker"):
        write_markdown(record, blocker / "r.md")
    with pytest.raises(ExportError):
        write_csv(record, blocker / "csv")
    assert blocker.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(ExportError, match="folder"):
        write_markdown(record, tmp_path)  # a folder, not a file
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="does not exist"):
        write_markdown(record, a_file / "r.md")  # its "folder" is a file
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# ----------------------------------------------------------------------------- CLI
def test_cli_export_and_import_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_meeting(tmp_path)
    ran.db.close()
    url = f"sqlite:///{tmp_path / 'record.db'}"
    out = tmp_path / "r.md"
    assert (
        main(
            [
                "--database",
                url,
                "export",
                str(ran.meeting_id),
                "--format",
                "md",
                "--output",
                str(out),
                "--unattributed",
            ]
        )
        == 0
    )
    assert "Amina" not in out.read_text(encoding="utf-8")
    assert (
        main(
            [
                "--database",
                url,
                "export",
                str(ran.meeting_id),
                "--format",
                "json",
                "--output",
                str(tmp_path / "r.json"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--database",
                url,
                "export",
                str(ran.meeting_id),
                "--format",
                "csv",
                "--output",
                str(tmp_path / "csv"),
            ]
        )
        == 0
    )
    assert (tmp_path / "csv" / "speakers.csv").exists()
    capsys.readouterr()
    assert main(["--database", url, "import-record", str(tmp_path / "r.json")]) == 0
    assert capsys.readouterr().out.strip().isdigit()
    pdf = tmp_path / "x.pdf"
    argv = ["--database", url, "export", str(ran.meeting_id), "--format", "pdf"]
    assert main([*argv, "--output", str(pdf)]) == 0
    assert capsys.readouterr().out.strip() == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.read_bytes().rstrip().endswith(b"%%EOF")
    for argv, message in (
        (["export", "999", "--format", "md", "--output", str(tmp_path / "x.md")], "no meeting"),
        (
            [
                "export",
                str(ran.meeting_id),
                "--format",
                "md",
                "--output",
                str(tmp_path / "nope" / "x.md"),
            ],
            "does not exist",
        ),
        (["import-record", str(tmp_path / "missing.json")], "cannot read"),
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(["--database", url, *argv])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert message in err and len(err.strip().splitlines()) == 1, err


def test_a_failed_write_leaves_neither_a_temporary_nor_a_partial_file(
    ran: Ran, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk in the middle of the CSV export: none of the three files appears."""
    record = record_of(ran)
    calls: list[str] = []

    def failing_fsync(fd: int) -> None:
        calls.append("fsync")
        if len(calls) == 3:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="No space left"):
        write_csv(record, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    target = tmp_path / "r.md"
    target.write_text("old", encoding="utf-8")
    calls.clear()
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(ExportError, match=r"r\.md"):
        write_markdown(record, target)
    assert target.read_text(encoding="utf-8") == "old"  # the old file untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.md")] == []


def test_an_export_is_readable_as_the_umask_says_and_a_replaced_file_keeps_its_mode(
    tmp_path: Path,
) -> None:
    """A new export is not left private like the temporary file it was written as (0600): the
    user's umask decides, as for any file they save; replacing a file keeps its permissions."""
    from facilitator.formats.record import files as record_files

    new = record_files.write_text(tmp_path / "new.md", "# Record\n")
    assert new.stat().st_mode & 0o777 == 0o666 & ~record_files._UMASK
    kept = tmp_path / "kept.md"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    record_files.write_text(kept, "# Record\n")
    assert kept.stat().st_mode & 0o777 == 0o640
    assert kept.read_text(encoding="utf-8") == "# Record\n"
