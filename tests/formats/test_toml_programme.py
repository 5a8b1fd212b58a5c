"""Programmes as TOML files: a layout people can edit, exact round trips, errors that name the line,
and saves that a crash cannot half-write."""

from __future__ import annotations

import datetime as dt
import os
import stat
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.programme import AgendaItem, Programme, ProgrammeError, Segment, SegmentKind
from facilitator.core.programme_codec import programme_to_data
from facilitator.formats.programme.files import read_programme
from facilitator.formats.programme.toml_file import dumps_toml, loads_toml, read_toml, write_toml
from tests.core.test_programme_codec import (
    HYPOTHESIS,
    HYPOTHESIS_PROGRAMMES,
    TOML_LIKE,
    full_programme,
    mutated_data,
    programmes,
)

SMALL = Programme(
    title="Constructive Dialogue",
    date=dt.date(2024, 7, 10),
    timezone="Europe/Vienna",
    sittings=full_programme().sittings,
    items=(
        AgendaItem(
            id="item-1",
            number="I",
            title="Opening",
            notes=("Remarks by the Co-Chairs",),
            segments=(Segment("seg-1", SegmentKind.REMARKS, "Opening remarks", 15),),
        ),
    ),
)

SMALL_TOML = """\
# Facilitator programme. Times are local to `timezone`, written "HH:MM".
# Segment kinds: remarks, briefing, interventions, panel, qa, standing_item, discussion, other.
# Ids may be left out of new items and segments; do not change existing ones.

format_version = 1
title = "Constructive Dialogue"
date = "2024-07-10"
timezone = "Europe/Vienna"

[[sittings]]
start = "10:00"
end = "13:00"

[[sittings]]
start = "15:00"
end = "18:00"

[[items]]
id = "item-1"
number = "I"
title = "Opening"
notes = [
    "Remarks by the Co-Chairs",
]

[[items.segments]]
id = "seg-1"
kind = "remarks"
title = "Opening remarks"
planned_minutes = 15
"""

SEGMENT_TOML = """\
title = "T"

[[items]]
title = "A"

[[items.segments]]
kind = "remarks"
title = "x"
"""


def toml_error(text: str, *, source: str | None = "p.toml") -> ProgrammeError:
    with pytest.raises(ProgrammeError) as info:
        loads_toml(text, source=source)
    return info.value


# ==================================================================== layout and round trips
def test_small_programme_layout_is_fixed_and_readable() -> None:
    assert dumps_toml(SMALL) == SMALL_TOML


def test_every_segment_is_its_own_section_even_when_short() -> None:
    """tomli_w alone would write short segments as inline tables; a person editing the file should
    always find ``[[items.segments]]``, with its people below it."""
    text = dumps_toml(full_programme())
    headers = [line for line in text.splitlines() if line.startswith("[")]
    assert headers == [
        "[[sittings]]",
        "[[sittings]]",
        "[[items]]",
        "[[items.segments]]",
        "[[items]]",
        "[[items.segments]]",
        "[items.segments.moderator]",
        "[[items.segments.panellists]]",
        "[[items.segments.panellists]]",
        "[[items.segments.panellists]]",
        "[[items.segments]]",
        "[[items]]",
        "[[items.segments]]",
        "[[items]]",
    ]
    assert "{" not in text.replace("{}", "")  # no inline tables


def test_full_programme_round_trips_through_toml() -> None:
    programme = full_programme()
    text = dumps_toml(programme)
    assert tomllib.loads(text) == programme_to_data(programme)
    assert loads_toml(text) == programme


@HYPOTHESIS_PROGRAMMES
@given(programmes())
def test_any_valid_programme_round_trips_through_toml_text(programme: Programme) -> None:
    text = dumps_toml(programme)
    assert tomllib.loads(text) == programme_to_data(programme)
    assert loads_toml(text) == programme


@pytest.mark.parametrize("seed", ["seed_tip", "seed_som"])
def test_real_seeds_round_trip_through_a_file(
    seed: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    programme = read_programme(request.getfixturevalue(seed))
    path = tmp_path / "seed.toml"
    write_toml(programme, path)
    assert read_toml(path) == programme
    assert read_programme(path) == programme  # the format-sniffing reader opens it too


def test_hand_written_toml_with_native_dates_and_times() -> None:
    text = """\
title = "Smuggling of migrants"
date = 2024-07-15
timezone = "Europe/Vienna"
sittings = [{ start = 10:00:00, end = 13:00:00 }]

[[items]]
number = "I"
title = "Opening"

[[items.segments]]
kind = "remarks"
title = "Opening remarks"
planned_minutes = 10
scheduled_start = "10:00"
"""
    programme = loads_toml(text)
    assert programme.date == dt.date(2024, 7, 15)
    assert programme.sittings[0].start == dt.time(10, 0)
    assert programme.items[0].id == "item-1"
    assert programme.items[0].segments[0].id == "seg-1"
    assert programme.items[0].segments[0].scheduled_start == dt.time(10, 0)


# ============================================================================ errors
def test_missing_title() -> None:
    error = toml_error(SEGMENT_TOML.replace('title = "T"\n', ""))
    assert str(error) == "p.toml: title: missing"


def test_unknown_segment_kind() -> None:
    error = toml_error(SEGMENT_TOML.replace('"remarks"', '"speech"'))
    assert str(error).startswith('p.toml: items[0].segments[0].kind: unknown kind "speech"')
    assert "remarks, briefing, interventions, panel, qa, standing_item, discussion, other" in str(
        error
    )


def test_minutes_in_words() -> None:
    error = toml_error(SEGMENT_TOML + 'planned_minutes = "ten"\n')
    assert str(error) == (
        'p.toml: items[0].segments[0].planned_minutes: expected a whole number, got "ten"'
    )


def test_negative_minutes() -> None:
    error = toml_error(SEGMENT_TOML + "planned_minutes = -10\n")
    assert error.message == (
        "items[0].segments[0].planned_minutes: expected a whole number from 0 to 1440, got -10"
    )


def test_sitting_that_ends_before_it_starts() -> None:
    text = SEGMENT_TOML.replace(
        'title = "T"\n', 'title = "T"\nsittings = [{ start = "15:00", end = "13:00" }]\n'
    )
    assert str(toml_error(text)) == "p.toml: sitting 1 ends (13:00) before it starts (15:00)"


def test_misspelt_key() -> None:
    error = toml_error(SEGMENT_TOML + "plannd_minutes = 10\n")
    assert error.message.startswith(
        'items[0].segments[0]: unknown key "plannd_minutes" (did you mean "planned_minutes"?)'
    )


def test_q_and_a_for_a_missing_panel() -> None:
    text = SEGMENT_TOML.replace('kind = "remarks"', 'kind = "panel"\nnumber = 1') + (
        '\n[[items.segments]]\nkind = "qa"\ntitle = "Q&A"\nfor_panel = 3\n'
    )
    assert toml_error(text).message == (
        "in item 'A', segment 'Q&A': it follows panel 3, which is not in this item"
    )
    assert (
        loads_toml(text.replace("for_panel = 3", "for_panel = 1")).segment("seg-2").for_panel == 1
    )


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('title = "T"\n\n[[items]]\ntitle = Opening\n', 4, 9),
        ('title = "T"\n[[items]]\ntitle = "A"\ntitle = "B"\n', 4, 12),
        ('title = "T"\n[[items]\n', 2, 8),
    ],
)
def test_malformed_toml_names_the_line(text: str, line: int, column: int) -> None:
    error = toml_error(text)
    assert error.line == line
    assert str(error).startswith(f"p.toml:{line}: not valid TOML: ")
    assert str(error).endswith(f"(line {line}, column {column})")
    assert str(toml_error(text, source=None)).startswith(f"line {line}: not valid TOML")


def test_toml_that_ends_too_early_names_the_last_line() -> None:
    error = toml_error('title = "T"\nitems = [\n')
    assert error.line == 3
    assert "end of the file" in error.message


def test_toml_nested_too_deeply() -> None:
    error = toml_error("x = " + "[" * 100_000)
    assert error.message == "the TOML is nested too deeply to be a programme"


def test_toml_with_a_number_too_long_for_python() -> None:
    error = toml_error("x = " + "1" * 5000)
    assert error.message == "the TOML holds a number that is far too long"


# ============================================================================ fuzzing
@HYPOTHESIS
@given(st.text())
def test_any_text_gives_a_programme_or_a_programme_error(text: str) -> None:
    try:
        loads_toml(text, source="fuzz.toml")
    except ProgrammeError as exc:
        assert exc.source == "fuzz.toml"


_LINES = dumps_toml(full_programme()).splitlines()


@HYPOTHESIS
@given(st.lists(st.sampled_from(_LINES) | st.text(max_size=12), max_size=60))
def test_shuffled_programme_lines_give_a_programme_or_a_programme_error(lines: list[str]) -> None:
    try:
        loads_toml("\n".join(lines))
    except ProgrammeError as exc:
        assert exc.message


def _without_none(value: Any) -> Any:
    """TOML has no null: drop None from generated data before writing it with tomli_w."""
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value if v is not None]
    return value


@HYPOTHESIS
@given(
    st.dictionaries(st.sampled_from(["title", "items", "sittings", "date"]) | st.text(), TOML_LIKE)
)
def test_any_toml_document_gives_a_programme_or_a_programme_error(data: dict[str, Any]) -> None:
    try:
        text = tomli_w.dumps(_without_none(data))
    except (TypeError, ValueError):  # values TOML cannot hold (huge ints): not our input
        return
    try:
        loads_toml(text)
    except ProgrammeError as exc:
        assert exc.message


@HYPOTHESIS_PROGRAMMES
@given(mutated_data())
def test_a_valid_toml_programme_with_wrong_parts(data: dict[str, Any]) -> None:
    """Reaches every field of the reader with TOML-native wrong values (dates, times, floats)."""
    try:
        text = tomli_w.dumps(_without_none(data))
    except (TypeError, ValueError):
        return
    try:
        loads_toml(text)
    except ProgrammeError as exc:
        assert exc.message


# ============================================================================ files
def test_read_toml_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SMALL_TOML.encode("utf-8"))
    assert read_toml(path) == SMALL


def test_read_toml_refuses_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(SMALL_TOML.replace("Opening", "Ouverture é").encode("latin-1"))
    with pytest.raises(ProgrammeError) as info:
        read_toml(path)
    assert info.value.source == str(path)
    assert info.value.line == 21  # the item's title
    assert "not UTF-8 text (byte 0xe9)" in info.value.message


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "this is a folder, not a programme file"),
    ],
)
def test_read_toml_file_problems(tmp_path: Path, make: Any, message: str) -> None:
    path = tmp_path / "missing.toml"
    make(path)
    with pytest.raises(ProgrammeError) as info:
        read_toml(path)
    assert str(info.value) == f"{path}: {message}"


def test_read_toml_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(SEGMENT_TOML + "plannd_minutes = 10\n", encoding="utf-8")
    with pytest.raises(ProgrammeError) as info:
        read_toml(path)
    assert str(info.value).startswith(f"{path}: items[0].segments[0]: unknown key")


def test_write_toml_writes_the_programme_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "programme.toml"
    write_toml(full_programme(), path)
    assert read_toml(path) == full_programme()
    write_toml(SMALL, path)
    assert path.read_text(encoding="utf-8") == SMALL_TOML
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.toml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_write_toml_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "programme.toml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_toml(SMALL, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_write_toml_syncs_the_data_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace_file(src: Any, dst: Any) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace_file)
    write_toml(SMALL, tmp_path / "programme.toml")
    assert calls[:2] == ["fsync", "replace"]


def test_a_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "programme.toml"
    write_toml(SMALL, path)

    def disk_full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_toml(full_programme(), path)
    assert path.read_text(encoding="utf-8") == SMALL_TOML
    assert sorted(p.name for p in tmp_path.iterdir()) == ["programme.toml"]


@pytest.mark.parametrize(
    ("programme", "message"),
    [
        (replace(SMALL, items=()), "cannot save this programme: the programme has no agenda items"),
        (
            replace(SMALL, title="T\ud800"),
            "cannot save this programme: title: contains a character that is not valid text",
        ),
    ],
    ids=["invalid", "unstorable-text"],
)
def test_write_toml_refuses_what_it_could_not_read_back(
    tmp_path: Path, programme: Programme, message: str
) -> None:
    path = tmp_path / "programme.toml"
    with pytest.raises(ProgrammeError) as info:
        write_toml(programme, path)
    assert info.value.message == message
    assert list(tmp_path.iterdir()) == []
