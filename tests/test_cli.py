"""The command line: `programme show` (outline and JSON) and its one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.__main__ import main
from tests.formats.seed_expectations import assert_seed_outline

SEGMENT_KEYS = {
    "kind",
    "title",
    "number",
    "planned_minutes",
    "scheduled_start",
    "guiding_questions",
    "panellists",
    "moderator",
    "for_panel",
    "label",
}


def test_show_json_has_exactly_the_documented_shape(
    seed_som: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["programme", "show", "--json", str(seed_som)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "title",
        "date",
        "timezone",
        "sittings",
        "venue",
        "format",
        "online_platform",
        "items",
        "import_report",
    }
    assert set(data["import_report"]) == {"warnings", "not_understood", "days", "day"}
    assert data["import_report"]["warnings"] == []
    for item in data["items"]:
        assert set(item) == {"number", "title", "notes", "segments"}
        for segment in item["segments"]:
            assert set(segment) == SEGMENT_KEYS
    assert_seed_outline(data, "som")


def test_show_prints_a_readable_outline(seed_tip: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["programme", "show", str(seed_tip)]) == 0
    out = capsys.readouterr().out
    assert "I. Opening of the meeting" in out
    assert "Panel 1: Trafficking in persons for the removal of organs" in out
    assert "Planned 360 min of 360 min in the sittings: fits" in out
    assert "  15:00 " in out  # the afternoon starts at 15:00


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02binary" * 50, b"just some unrelated words\n"]
)
def test_bad_programme_exits_2_with_one_line(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "bad.txt"
    target.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "programme", "show", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("facilitator: error: ")
    assert str(target) in lines[0]
    assert "Traceback" not in result.stderr


def test_import_creates_meetings_and_meetings_lists_them(
    seed_tip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert main(["--database", url, "meetings"]) == 0
    assert "No meetings yet" in capsys.readouterr().out
    assert main(["--database", url, "programme", "import", str(seed_tip)]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["--database", url, "programme", "import", str(seed_tip)]) == 0
    second = capsys.readouterr().out.strip()
    assert (first, second) == ("1", "2")
    assert main(["--database", url, "meetings"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "STATUS", "LAST", "EVENT", "(UTC)", "TITLE"]
    assert lines[1].split()[:4] == ["1", "2024-07-10", "planned", "-"]
    assert "Working Group on Trafficking in Persons" in lines[2]


@pytest.mark.parametrize(
    "argv",
    [
        ["--database", "{url}", "COMMAND"],
        ["COMMAND", "--database", "{url}"],
        ["--database", "{other}", "COMMAND", "--database", "{url}"],  # the last one said wins
    ],
    ids=["before", "after", "both"],
)
def test_global_options_go_before_or_after_the_command(
    argv: list[str], seed_tip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator import paths

    url = f"sqlite:///{tmp_path / 'chosen.sqlite3'}"
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"

    def run(*command: str) -> str:
        words: list[str] = []
        for word in argv:
            words += list(command) if word == "COMMAND" else [word.format(url=url, other=other)]
        assert main(words) == 0, words
        return capsys.readouterr().out

    meeting = run("programme", "import", str(seed_tip)).strip()
    assert meeting == "1"
    assert "Trafficking in Persons" in run("meetings")
    out = tmp_path / "record.md"
    assert run("export", meeting, "--format", "md", "--output", str(out)).strip() == str(out)
    assert "Trafficking in Persons" in out.read_text(encoding="utf-8")
    assert (tmp_path / "chosen.sqlite3").exists()
    assert not (tmp_path / "other.sqlite3").exists()
    assert not paths.default_database_path().exists()


def test_meetings_default_database_is_in_facilitator_home(
    seed_som: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator import paths

    assert main(["programme", "import", str(seed_som)]) == 0
    assert paths.default_database_path().exists()
    assert str(paths.default_database_path()).startswith(str(paths.home()))
    capsys.readouterr()
    assert main(["meetings"]) == 0
    assert "Smuggling of Migrants" in capsys.readouterr().out


def test_a_damaged_database_is_one_clear_line(tmp_path: Path) -> None:
    damaged = tmp_path / "m.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--database", f"sqlite:///{damaged}", "meetings"],
        capture_output=True,
        text=True,
        check=False,
        env={**__import__("os").environ, "FACILITATOR_HOME": str(tmp_path)},
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_an_unattributed_export_lists_what_still_looks_like_a_name(
    seed_tip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.core.clock import FakeClock
    from facilitator.session import MeetingSession
    from facilitator.store import open_database

    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert main(["programme", "import", str(seed_tip), "--database", url]) == 0
    capsys.readouterr()
    with open_database(url, backups=False) as db:
        session = MeetingSession(db, 1, clock=FakeClock(), actor="Rapporteur")
        session.start()
        session.log_intervention(
            {
                "name": "Ana Lima",
                "kind": "statement",
                "tags": ["seg-1"],
                "summary": "Agreed with Ms. Dupont of Amnesty International on the Working Group.",
            }
        )
    out = tmp_path / "record.md"
    argv = ["export", "1", "--format", "md", "--output", str(out), "--unattributed"]
    with pytest.raises(SystemExit) as refused:
        main([*argv, "--database", url])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "“Ms. Dupont”" in err and "Amnesty International" in err and "--accept-remaining" in err
    assert "Working Group" not in err.split("organization:")[1]  # the programme's own words
    assert not out.exists()
    assert main([*argv, "--accept-remaining", "--database", url]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Ana Lima" not in text and "Ms. Dupont" in text  # kept, as asked


def test_a_zero_byte_database_says_what_to_do_with_options_the_cli_has(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "Open it without --read-only once", an option the command line does not have."""
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(SystemExit) as refused:
        main(["meetings", "--database", str(empty)])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "--read-only" not in err
    assert "facilitator programme import FILE" in err and "(the file is empty)" in err


def test_database_init_on_a_file_creates_it_and_refuses_what_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "meetings.sqlite3"
    assert main(["database", "init", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Created the Facilitator tables (schema")
    assert "Seats join" not in out  # a file is one machine's
    assert main(["database", "init", str(target)]) == 0
    assert "is up to date" in capsys.readouterr().out
    other = tmp_path / "notes.txt"
    other.write_text("not a database\n" * 100)
    with pytest.raises(SystemExit) as failed:
        main(["database", "init", str(other)])
    assert failed.value.code == 2
    assert capsys.readouterr().err.startswith("facilitator: error:")
