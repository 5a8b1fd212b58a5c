"""The session record as three CSV files: interventions, speakers, timetable.

UTF-8 with a byte-order mark (so that Excel reads accents right), comma-separated, one header row.
Every text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or their
full-width forms) is prefixed with ``'`` so that a spreadsheet never runs it as a formula; a number
("-3", a delay of three minutes early) is not text and is written as it is, so that a spreadsheet
reads it as a number (a column of delays can be summed and sorted).

``interventions.csv`` is complete: an answer's ``answers_questions`` lists the ids of the questions
it answers (the record shows the link by structure, an answer under each of its questions).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from facilitator.core.record import Record
from facilitator.formats.record.files import ExportError, write_files
from facilitator.formats.record.localise import catalogue_of

NAMES = ("interventions", "speakers", "timetable")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
#: A plain decimal number, as a spreadsheet reads one: nothing it would run.
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def neutralise(value: object) -> str:
    """A cell's text, made inert for spreadsheets: text a spreadsheet would run as a formula gets
    a leading ``'``; numbers (``-3``) are left as they are, so that they stay numbers."""
    text = "" if value is None else str(value)
    if not text.startswith(_DANGEROUS) or _NUMBER.fullmatch(text):
        return text
    return "'" + text


def _answered(record: Record) -> dict[str, list[str]]:
    """The ids of the questions each answer answers, by the answer's id (from the record's panels,
    where each answer is under every question it answers)."""
    found: dict[str, list[str]] = {}
    for item in record.items:
        for panel in item.panels:
            for qa in panel.questions:
                for answer in qa.answers:
                    ids = found.setdefault(answer.id, [])
                    if qa.question.id not in ids:
                        ids.append(qa.question.id)
    return found


def _csv(record: Record, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV file's text; its columns named in the record's language."""
    cat = catalogue_of(record.language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(cat(h)) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def _iso(record: Record, moment: dt.datetime | None) -> str:
    return record.local(moment).isoformat(timespec="seconds") if moment is not None else ""


def interventions_csv(record: Record) -> str:
    answered = _answered(record)
    cat = catalogue_of(record.language)
    yes, no = cat("yes"), cat("no")
    return _csv(
        record,
        (
            "id",
            "speaker",
            "organization",
            "category",
            "room_or_online",
            "kind",
            "segments",
            "guiding_questions",
            "answers_questions",
            "summary",
            "start",
            "end",
            "follow_up",
            "quotable",
        ),
        (
            (
                e.id,
                e.speaker,
                e.organization,
                e.category,
                e.attendance,
                e.kind,
                "; ".join(e.tags),
                "; ".join(e.guiding_questions),
                "; ".join(answered.get(e.id, ())),
                e.summary,
                _iso(record, e.start),
                _iso(record, e.end),
                yes if e.follow_up else no,
                yes if e.quotable else no,
            )
            for e in record.interventions()
        ),
    )


def speakers_csv(record: Record) -> str:
    return _csv(
        record,
        (
            "number",
            "speaker",
            "organization",
            "category",
            "room_or_online",
            "segment",
            "start",
            "spoken_seconds",
            "allotted_seconds",
            "overtime_seconds",
            "kind",
        ),
        (
            (
                s.number,
                s.speaker,
                s.organization,
                s.category,
                s.attendance,
                s.segment,
                _iso(record, s.start),
                s.spoken_seconds,
                s.allotted_seconds,
                s.overtime_seconds,
                s.kind,  # "Point of order", "Right of reply"; empty for a speech
            )
            for s in record.speakers
        ),
    )


def timetable_csv(record: Record) -> str:
    return _csv(
        record,
        (
            "item",
            "segment",
            "kind",
            "status",
            "planned_start",
            "planned_end",
            "planned_minutes",
            "actual_start",
            "actual_end",
            "actual_minutes",
            "delay_minutes",
        ),
        (
            (
                s.item_title,
                s.title,
                s.kind,
                catalogue_of(record.language)(s.status),
                _iso(record, s.planned_start),
                _iso(record, s.planned_end),
                s.planned_minutes,
                _iso(record, s.actual_start),
                _iso(record, s.actual_end),
                "" if s.actual_minutes is None else s.actual_minutes,
                "" if s.delay_minutes is None else s.delay_minutes,
            )
            for s in record.timetable
        ),
    )


def csv_paths(path: Path | str) -> dict[str, Path]:
    """Where the three files go: into the folder ``path`` ("interventions.csv"…), or, when
    ``path`` ends in ".csv", next to it with its name as a prefix ("x.csv" →
    "x-interventions.csv"…)."""
    target = Path(path)
    if target.suffix.lower() == ".csv":
        return {n: target.with_name(f"{target.stem}-{n}.csv") for n in NAMES}
    return {n: target / f"{n}.csv" for n in NAMES}


def csv_parts(record: Record) -> dict[str, bytes]:
    """The three files' bytes (UTF-8 with a byte order mark, for spreadsheets), by name."""
    texts = {
        "interventions": interventions_csv(record),
        "speakers": speakers_csv(record),
        "timetable": timetable_csv(record),
    }
    return {n: texts[n].encode("utf-8-sig") for n in NAMES}


def write_csv(record: Record, path: Path | str) -> list[Path]:
    """Write the three files (see :func:`csv_paths`; a missing folder is created when its parent
    exists); all are written to temporary files before any is moved into place. Raises
    :class:`ExportError` when they cannot be written."""
    return write_csv_parts(csv_parts(record), path)


def write_csv_parts(parts: Mapping[str, bytes], path: Path | str) -> list[Path]:
    """:func:`write_csv` of the files :func:`csv_parts` made."""
    paths = csv_paths(path)
    folder = paths["interventions"].parent
    created = False
    if Path(path).suffix.lower() != ".csv" and not folder.exists() and folder.parent.is_dir():
        with contextlib.suppress(OSError):  # if it fails, write_files says why
            folder.mkdir()
            created = True
    try:
        return write_files([(paths[n], parts[n]) for n in NAMES])
    except ExportError:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
