"""Opening programme files: encodings, formats chosen by content, and bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.core.programme import ProgrammeError, programme_to_dict
from facilitator.formats.programme.files import decode_text, read_programme
from tests.formats.seed_expectations import assert_seed_outline


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
)
def test_seed_in_any_common_encoding(seed_tip: Path, tmp_path: Path, encoding: str) -> None:
    text = seed_tip.read_text(encoding="utf-8")
    if encoding == "cp1252":
        text = text.replace("❖", "*").replace("–", "-")  # cp1252 has no ❖
    target = tmp_path / "programme.txt"
    target.write_bytes(text.encode(encoding))
    assert_seed_outline(programme_to_dict(read_programme(target)), "tip")


def test_cp1252_curly_quotes_survive(tmp_path: Path) -> None:
    target = tmp_path / "p.txt"
    target.write_bytes(
        "Dialogue on \u201cquotes\u201d\n\nI. Opening\nII. Closing\n".encode("cp1252")
    )
    assert read_programme(target).title == "Dialogue on \u201cquotes\u201d"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n\n   \n", "empty"),
        (bytes(range(256)) * 20, "not a text document"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (os.urandom(2048), ""),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    target = tmp_path / "bad programme.txt"
    target.write_bytes(content)
    with pytest.raises(ProgrammeError) as caught:
        read_programme(target)
    assert str(target) in str(caught.value)
    assert message in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeError, match="no such file"):
        read_programme(tmp_path / "nope.txt")
    with pytest.raises(ProgrammeError, match="folder"):
        read_programme(tmp_path)


def test_decode_refuses_nul_bytes() -> None:
    with pytest.raises(ProgrammeError, match="not a text document"):
        decode_text(b"I. Opening\x00\x00\x01\x02 of the meeting\x03\x04\x05\x06")
