"""Hostile text × formats × modes: every string a rapporteur might paste, captured as a summary,
exported in every format, attributed and unattributed, and found again as itself (escaped as the
format escapes it, never as markup or a formula). The count of cells is asserted whole."""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import unicodedata
from pathlib import Path

import docx
import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.record import build_record
from facilitator.formats.programme.files import read_programme
from facilitator.formats.record.csv_writer import neutralise
from facilitator.formats.record.export import export_record
from facilitator.formats.record.files import clean, isolate
from facilitator.formats.record.markdown_writer import escape_block
from facilitator.session import MeetingSession
from facilitator.store import open_database
from tests.conftest import PROGRAMMES_DIR
from tests.pdf_reading import BODY, pdf_pages, squeeze

HOSTILE = [
    "<b>not bold</b> & <i>not italic</i>",
    '<script>alert("x")</script>',
    '<img src="x" onerror="alert(1)">',
    "&amp; &lt; &#x41; entities as typed",
    "=1+1 a formula",
    "+SUM(A1:A9) another",
    "-2+3 and a minus",
    "@SUM(A1) and an at",
    "\ttab first",
    "**not bold** _not italic_ `not code`",
    "# not a heading",
    "| not | a | table |",
    "[not a link](http://example.org)",
    "back\\slashes \\n and \\\\ two",
    "\"double\" 'single' “curly” «guillemets»",
    "مرحبا بالعالم — Arabic, right to left",
    "עברית גם כן",
    "中文摘要，没有空格也可以",
    "Ελληνικά και Кириллица",
    "emoji 🧭🌍👩🏽‍⚖️ and flags 🇦🇹",
    "combining: e\u0301 a\u0308 n\u0303",
    "zero\u200bwidth\u200djoiners",
    "bell\x07 and nul\x00 controls",
    "line one\r\nline two\rline three",
    "a" * 5000,
]
FORMATS = ("md", "html", "docx", "pdf", "csv", "json")


def _text(path: Path) -> str:
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        return "\n".join(p.text for p in document.paragraphs)
    if path.suffix == ".pdf":  # the text area: the line clipped above each page is not text
        return "".join(pdf_pages(path, BODY))
    return path.read_text(encoding="utf-8-sig")


def _found(fmt: str, summary: str, path: Path, text: str) -> bool:
    """Whether ``summary`` is in the file as the format shows a summary."""
    if fmt == "md":
        return all(line in text for line in escape_block(isolate(summary)))
    if fmt == "html":  # as typed: HTML may carry a control character XML may not
        plain = html.unescape(text)
        return all(line in plain for line in isolate(summary).splitlines() if line.strip())
    if fmt == "docx":
        return all(line in text for line in clean(isolate(summary)).splitlines() if line.strip())
    if fmt == "pdf":
        body = _drawn(squeeze(text))
        summary = _drawn(summary)
        words = clean(summary).split()
        rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in summary)
        if rtl:  # a PDF stores right-to-left words in visual order: word by word
            return all(squeeze(w) in body for w in words)
        return squeeze(clean(summary).replace("\ufffd", "")) in body.replace("\ufffd", "")
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return any(row.get("summary") == neutralise(summary) for row in csv.DictReader(handle))
    data = json.loads(text)
    return any(i["summary"] == summary for g in _json_entries(data) for i in g)
    raise AssertionError(fmt)


def _drawn(text: str) -> str:
    """What a PDF's text layer can give back: no format characters (they draw nothing) and no
    pictographs (colour emoji are drawn as pictures, with no text behind them: issue 19)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("Cf", "So", "Sk") and not "\ufe00" <= c <= "\ufe0f"
    )


def _json_entries(data: object) -> list[list[dict[str, object]]]:
    """Every list of intervention objects anywhere in the JSON record."""
    found: list[list[dict[str, object]]] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            if node and all(isinstance(x, dict) and "summary" in x for x in node):
                found.append(node)  # type: ignore[arg-type]
            for x in node:
                walk(x)
        elif isinstance(node, dict):
            for x in node.values():
                walk(x)

    walk(data)
    return found


@pytest.mark.slow
def test_every_hostile_text_in_every_format_and_mode(tmp_path: Path, qapp: object) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}", backups=False)
    meeting = db.create_meeting(
        read_programme(PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml")
    )
    clock = FakeClock(dt.datetime(2024, 7, 10, 8, 0, tzinfo=dt.UTC))
    session = MeetingSession(db, meeting, clock=clock, actor="Rapporteur")
    session.start()
    for n, summary in enumerate(HOSTILE, 1):
        session.log_intervention(
            {"name": f"Speaker {n}", "tags": ["seg-1"], "summary": summary.replace("\x00", "")}
        )
    summaries = [s.replace("\x00", "") for s in HOSTILE]  # NUL cannot be stored at all
    failed: list[tuple[str, str, str]] = []
    cells = 0
    for attributed in (True, False):
        mode = "attributed" if attributed else "unattributed"
        record = build_record(session.state, clock.now(), attributed=attributed)
        (tmp_path / mode).mkdir()
        for fmt in FORMATS:
            files = export_record(record, fmt, tmp_path / mode / f"record.{fmt}")
            for summary in summaries:
                cells += 1
                path = next(p for p in files if fmt != "csv" or "interventions" in p.name)
                if not _found(fmt, summary, path, _text(path)):
                    failed.append((mode, fmt, summary[:40]))
    db.close()
    assert cells == len(HOSTILE) * len(FORMATS) * 2 == 300
    assert failed == [], "\n".join(map(repr, failed))
