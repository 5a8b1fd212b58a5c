"""Make the stored database of a released schema: ``python tests/store/make_schema_db.py 0001``.

Each file in ``tests/store/databases/<revision>.sqlite3`` is a database exactly as that version of
Facilitator left it, with meetings and events in it; ``test_migrations.py`` upgrades every one of
them and reads the data back. Make a file once, when a schema is about to be replaced (before
writing the migration that replaces it), and never regenerate it afterwards: it stands for the
databases that users already have.

The data is written with plain SQL for that revision's tables (not through today's API, which will
have moved on), and :func:`expected` says what today's API must read back from it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))

from facilitator.core.journal.record import EventRecord  # noqa: E402
from facilitator.core.programme import Programme  # noqa: E402
from tests.store.helpers import START, event, programme  # noqa: E402

DATABASES = HERE / "databases"


def database_path(revision: str) -> Path:
    return DATABASES / f"{revision}.sqlite3"


def _micros(value: dt.datetime) -> int:
    return (value - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)


def expected(revision: str) -> list[tuple[dict[str, Any], Programme, list[EventRecord]]]:
    """The meetings stored in ``revision``'s database: (summary fields, programme, events)."""
    first = programme()
    second = programme("Constructive dialogue on the smuggling of migrants")
    events = [
        EventRecord(e.type, e.at, e.actor, e.payload, seq=n)
        for n, e in enumerate((event(n) for n in range(1, 26)), 1)
    ]
    return [
        (
            {"id": 1, "title": first.title, "date": dt.date(2024, 7, 10), "status": "ended"},
            first,
            events,
        ),
        (
            {"id": 3, "title": second.title, "date": dt.date(2024, 7, 10), "status": "planned"},
            second,
            [],
        ),
    ]


def _fill_0001(connection: sqlite3.Connection) -> None:
    from facilitator.core.programme_codec import programme_to_data

    created = _micros(START)
    for ordinal, (fields, prog, events) in enumerate(expected("0001")):
        if ordinal == 1:
            # A deleted meeting in between: its id (2) must never come back.
            connection.execute(
                "INSERT INTO meetings (id, title, date, status, programme, created_at_us,"
                " updated_at_us) VALUES (2, 'deleted', NULL, 'planned', '{}', ?, ?)",
                (created, created),
            )
            connection.execute("DELETE FROM meetings WHERE id = 2")
        connection.execute(
            "INSERT INTO meetings (id, title, date, status, programme, created_at_us,"
            " updated_at_us) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                fields["id"],
                fields["title"],
                fields["date"].isoformat(),
                fields["status"],
                json.dumps(programme_to_data(prog), ensure_ascii=False, separators=(",", ":")),
                created,
                created,
            ),
        )
        for record in events:
            connection.execute(
                "INSERT INTO events (meeting_id, seq, type, at_us, actor, payload)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    fields["id"],
                    record.seq,
                    record.type,
                    _micros(record.at),
                    record.actor,
                    json.dumps(record.payload, ensure_ascii=False, separators=(",", ":")),
                ),
            )


def _fill_0002(connection: sqlite3.Connection) -> None:
    """As 0001, with the summary a 0002 session keeps on the meeting that has one: the planned
    meeting (3) was listed; the other (1) was not since the upgrade."""
    _fill_0001(connection)
    title = expected("0002")[1][1].title
    summary = {
        "where": "not started",
        "paused": False,
        "title": title,
        "date": "2024-07-10",
        "original_title": title,
    }
    connection.execute(
        "UPDATE meetings SET summary = ?, summary_seq = 0 WHERE id = 3",
        (json.dumps(summary, ensure_ascii=False, separators=(",", ":")),),
    )


FILLERS = {"0001": _fill_0001, "0002": _fill_0002}


def make(revision: str, target: Path | None = None) -> Path:
    from facilitator.store import migrate
    from facilitator.store.engine import create_store_engine, parse_url

    target = target or database_path(revision)
    if target.exists():
        raise SystemExit(f"{target} exists; stored databases are never regenerated")
    target.parent.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(parse_url(f"sqlite:///{target}"))
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")
        FILLERS[revision](connection)
        connection.execute("COMMIT")
        # One self-contained file in the repository: no -wal beside it.
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", choices=sorted(FILLERS))
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    print(make(args.revision, args.output))


if __name__ == "__main__":
    main()
