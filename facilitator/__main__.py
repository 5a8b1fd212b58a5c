"""Command line: the GUI by default, and commands for programmes, meetings and records.

    facilitator                          start the app
    facilitator --open MEETING           start the app on a meeting's console
    facilitator programme show FILE      print a programme's outline (--json for data)
    facilitator programme import FILE    create a meeting from a programme, print its id
    facilitator meetings                 list meetings
    facilitator export MEETING --format docx|html|md|csv|json --output PATH [--unattributed]
                       [--language en|fr|es|ar|zh|ru]
                                         export a meeting's session record
    facilitator import-record FILE.json  recreate a meeting from a JSON record, print its id
    facilitator database init URL        create or upgrade the schema on a server (or a file)
    facilitator copy-meeting MEETING --to URL
                                         copy a meeting and its whole journal to another database

Every user-facing failure ends with one line on stderr and exit status 2; a traceback never reaches
the user (it goes to the log file instead).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import __version__, paths
from facilitator.crash_log import log_crash

if TYPE_CHECKING:
    from facilitator.formats.programme.report import ImportResult

_PROCESS_START = time.perf_counter()
EXIT_USAGE = 2


class UserError(Exception):
    """A failure the user can act on: printed as one line, exit status 2."""


def _global_options(*, defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes, before the command or after it.

    The main parser gives them their defaults; each command's parser leaves an option it was not
    given unset (``SUPPRESS``), so ``facilitator --database X meetings`` and ``facilitator
    meetings --database X`` mean the same and neither overwrites the other."""
    options = argparse.ArgumentParser(add_help=False)
    unset = {} if defaults else {"default": argparse.SUPPRESS}
    options.add_argument(
        "--database",
        metavar="URL",
        help="database: a SQLite file path or sqlite:///PATH, or postgresql://USER@HOST/NAME"
        " (default: a SQLite file in your user data folder)",
        **unset,  # type: ignore[arg-type]
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    common = _global_options(defaults=False)
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run a live UN meeting and produce its record.",
        parents=[_global_options(defaults=True)],
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--open",
        type=int,
        metavar="MEETING",
        dest="open_meeting",
        help="open this meeting's console at start (its id, as `facilitator meetings` lists it)",
    )
    parser.add_argument(
        "--role",
        choices=("co-chair", "rapporteur", "display"),
        help="this seat's role for the meetings it opens (default co-chair): a rapporteur"
        " captures and reviews; a display shows the room display alone, full screen, following"
        " the meeting, and takes no command (the projector's computer:"
        " --database URL --open MEETING --role display)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app on a bundled programme, report the time to first paint, and quit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    programme = commands.add_parser(
        "programme", help="read and import programmes", parents=[common]
    )
    programme_commands = programme.add_subparsers(dest="programme_command", metavar="ACTION")
    programme_commands.required = True
    show = programme_commands.add_parser(
        "show", help="print a programme's outline", parents=[common]
    )
    show.add_argument("file", type=Path, help="a .txt, .md, .docx or .toml programme")
    show.add_argument(
        "--json", action="store_true", help="print the outline and the import report as JSON"
    )
    do_import = programme_commands.add_parser(
        "import", help="create a meeting from a programme", parents=[common]
    )
    do_import.add_argument("file", type=Path)
    for command in (show, do_import):
        command.add_argument(
            "--day",
            type=int,
            metavar="N",
            help="which day of a programme that covers several (a meeting is one day)",
        )

    commands.add_parser("meetings", help="list meetings", parents=[common])

    export = commands.add_parser(
        "export", help="export a meeting's session record", parents=[common]
    )
    export.add_argument("meeting", type=int, metavar="MEETING", help="the meeting's id")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS, dest="export_format")
    export.add_argument(
        "--output", required=True, type=Path, help="the file (for csv: a folder, or X.csv)"
    )
    export.add_argument(
        "--unattributed",
        action="store_true",
        help="Chatham House rule: stakeholder categories only, no names",
    )
    export.add_argument(
        "--language",
        choices=RECORD_LANGUAGES,
        default="en",
        help="the record's language (English, French, Spanish; Arabic, Chinese and Russian give"
        " the headings, the rest in English); JSON stays in English, for re-import",
    )
    export.add_argument(
        "--accept-remaining",
        action="store_true",
        help="with --unattributed: write it even though the summaries still hold what looks like"
        " a name or an organization (they are listed otherwise, and nothing is written)",
    )
    import_record = commands.add_parser(
        "import-record",
        help="recreate a meeting from a JSON record, print its id",
        parents=[common],
    )
    import_record.add_argument("file", type=Path)

    copy = commands.add_parser(
        "copy-meeting",
        help="copy a meeting with its whole journal to another database (this laptop's file to"
        " the meeting's server, or back); the original is kept",
        parents=[common],
    )
    copy.add_argument("meeting", type=int, metavar="MEETING", help="the meeting's id")
    copy.add_argument("--to", required=True, metavar="URL", help="the database to copy it into")

    database = commands.add_parser("database", help="set up a meeting database")
    database_commands = database.add_subparsers(dest="database_command", metavar="ACTION")
    database_commands.required = True
    init = database_commands.add_parser(
        "init",
        help="create the tables on a server (or in a file), or bring them up to date, and say"
        " which",
    )
    init.add_argument(
        "url",
        metavar="URL",
        help="postgresql://USER@HOST/NAME?sslmode=require (the password from ~/.pgpass or"
        " PGPASSWORD, never on the command line), or a SQLite file",
    )
    return parser


#: What ``export --format`` takes: the record's formats (formats/record/export.py's keys) and
#: "summary-docx", the draft of the Co-Chairs' summary in Word.
EXPORT_FORMATS = ("docx", "pdf", "html", "md", "csv", "json", "summary-docx")
#: What ``export --language`` takes: the record's languages (formats/record/catalogue.py's).
RECORD_LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except UserError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        if _is_programme_error(exc):
            _fail(exc.describe())  # type: ignore[attr-defined]
        log = log_crash()
        _fail(f"unexpected error ({type(exc).__name__}: {exc}); details are in {log}", status=1)
    return 0


def _is_programme_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a ProgrammeError, without importing the programme model at start-up
    (11 ms before the start screen's first paint, which does not need it): one can only have
    been raised once its module was loaded."""
    module = sys.modules.get("facilitator.core.programme")
    return module is not None and isinstance(exc, module.ProgrammeError)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "programme":
        if args.programme_command == "show":
            return _programme_show(args.file, as_json=args.json, day=args.day)
        if args.programme_command == "import":
            return _programme_import(args.file, args.database, day=args.day)
    if args.command == "meetings":
        return _meetings(args.database)
    if args.command == "export":
        return _export(
            args.database,
            args.meeting,
            args.export_format,
            args.output,
            attributed=not args.unattributed,
            accept_remaining=args.accept_remaining,
            language=args.language,
        )
    if args.command == "import-record":
        return _import_record(args.database, args.file)
    if args.command == "database":
        return _database_init(args.url)
    if args.command == "copy-meeting":
        return _copy_meeting(args.database, args.meeting, args.to)
    from facilitator.ui.app import run_gui

    role = None
    if args.role:  # the core (the roles' module imports it) only when asked: start-up time
        from facilitator.seat import Role

        role = Role(args.role)
    return run_gui(
        database=args.database,
        smoke_test=args.smoke_test,
        started=_PROCESS_START,
        meeting=args.open_meeting,
        role=role,
    )


def _read(path: Path, *, day: int | None = None) -> ImportResult:
    """The programme and its import report; the report's warnings and the lines it did not
    understand go to stderr, so that they are seen and never mixed with the outline."""
    from facilitator.formats.programme.importer import import_programme

    result = import_programme(path, day=day)
    for line in result.report.lines_text():
        print(f"facilitator: {line}", file=sys.stderr)
    return result


def _programme_show(path: Path, *, as_json: bool, day: int | None = None) -> int:
    from facilitator.core.programme import programme_to_dict  # start-up: see _is_programme_error

    result = _read(path, day=day)
    programme = result.programme
    if as_json:
        data = programme_to_dict(programme)
        data["import_report"] = result.report.to_dict()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from facilitator.formats.programme.outline import outline_text

        sys.stdout.write(outline_text(programme))
    return 0


def _programme_import(path: Path, database: str | None, *, day: int | None = None) -> int:
    programme = _read(path, day=day).programme
    from facilitator.meetings import same_programme
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError

    try:
        db = open_database(database)
        try:
            before = same_programme(db, programme)
            meeting_id = db.create_meeting(programme)
        finally:
            db.close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    if before:
        numbers = ", ".join(str(n) for n in before)
        print(
            f"facilitator: note: this programme was imported before, as meeting {numbers};"
            f" meeting {meeting_id} is a new one",
            file=sys.stderr,
        )
    print(meeting_id)
    return 0


def _database_init(url: str) -> int:
    """Create or upgrade the schema, and say which (``facilitator database init URL``)."""
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError
    from facilitator.store.migrate import HEAD, SchemaState

    try:
        db = open_database(url, backups=False)
        try:
            found = db.schema_found
            shown = db.url.render_as_string(hide_password=True)
            meetings = len(db.list_meetings())
        finally:
            db.close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    state, revision = found if found is not None else (SchemaState.CURRENT, HEAD)
    if state is SchemaState.EMPTY:
        print(f"Created the Facilitator tables (schema {HEAD}) in {shown}.")
    elif state is SchemaState.OLDER:
        print(f"Upgraded {shown} from schema {revision} to {HEAD}; its {meetings} meeting(s) kept.")
    else:
        print(f"{shown} is up to date (schema {HEAD}), with {meetings} meeting(s).")
    if not shown.startswith("sqlite"):  # a file is one machine's; a server is for seats
        print(f"Seats join with: facilitator --database '{shown}'")
    return 0


def _copy_meeting(database: str | None, meeting_id: int, target: str) -> int:
    """Copy a meeting to another database; print its id there."""
    from facilitator.meetings import MeetingCopyError, copy_meeting
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError

    if not _database_exists(database):
        raise UserError(f"there is no meeting {meeting_id}: the database has no meetings yet")
    try:
        # Read-only: the copy works while the app has the meeting open (and changes nothing).
        with (
            open_database(database, read_only=True, backups=False) as source,
            open_database(target, backups=False) as destination,
        ):
            copy_id = copy_meeting(source, meeting_id, destination)
            shown = destination.url.render_as_string(hide_password=True)
            events = destination.meeting_summary(copy_id).event_count
    except (StoreError, MeetingCopyError) as exc:
        raise UserError(getattr(exc, "message", None) or str(exc)) from exc
    print(
        f"facilitator: meeting {meeting_id} copied to {shown} as meeting {copy_id}, with its"
        f" {events} event(s); the original is kept as it was",
        file=sys.stderr,
    )
    print(copy_id)
    return 0


def _meetings(database: str | None) -> int:
    meetings = _list_meetings(database) if _database_exists(database) else []
    if not meetings:
        print("No meetings yet. Create one with: facilitator programme import FILE")
        return 0
    rows = [("ID", "DATE", "STATUS", "LAST EVENT (UTC)", "TITLE")]
    for m in meetings:
        last = m.last_event_at.strftime("%Y-%m-%d %H:%M:%S") if m.last_event_at else "-"
        rows.append((str(m.id), str(m.date or "-"), m.status, last, m.title))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    return 0


def _database_exists(database: str | None) -> bool:
    """False for a SQLite file that was never created (a server database always exists)."""
    from facilitator.store.engine import is_sqlite, parse_url, sqlite_file
    from facilitator.store.errors import StoreError

    try:
        url = parse_url(database or paths.default_database_url())
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    if not is_sqlite(url):
        return True
    file = sqlite_file(url)
    return file is None or file.exists()


def _list_meetings(database: str | None) -> list[Any]:
    """Read-only, so that the list works while the app has the meeting open."""
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError

    try:
        db = open_database(database, read_only=True, backups=False)
        try:
            return db.list_meetings()
        finally:
            db.close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def _export(
    database: str | None,
    meeting_id: int,
    fmt: str,
    output: Path,
    *,
    attributed: bool,
    accept_remaining: bool = False,
    language: str = "en",
) -> int:
    if not _database_exists(database):
        raise UserError(f"there is no meeting {meeting_id}: the database has no meetings yet")
    from facilitator.core.clock import SystemClock
    from facilitator.core.fold.engine import fold
    from facilitator.core.record import build_record
    from facilitator.formats.record.export import export_record
    from facilitator.formats.record.files import ExportError
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError

    try:
        db = open_database(database, read_only=True, backups=False)
        try:
            loaded = db.load_meeting(meeting_id)
        finally:
            db.close()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    from facilitator.core.errors import MalformedEventError
    from facilitator.store.errors import DamagedMeeting

    try:
        state = fold(loaded.programme, loaded.events)
    except MalformedEventError as exc:
        raise UserError(DamagedMeeting(meeting_id, exc.seq).message) from exc
    record = build_record(state, SystemClock().now(), attributed=attributed)
    if not attributed and not accept_remaining:
        from facilitator.core.record import vocabulary

        remaining = record.remaining_names(vocabulary(state.programme))
        if remaining:
            listed = "; ".join(f"“{name}”" for name in remaining[:40])
            more = f" and {len(remaining) - 40} more" if len(remaining) > 40 else ""
            raise UserError(
                f"the unattributed record still holds what looks like a name or an"
                f" organization: {listed}{more}. Withhold them in the summaries (or register"
                " them), or export with --accept-remaining to keep them. Nothing was written."
            )
    try:
        written = export_record(
            record,
            fmt,
            output,
            programme=loaded.programme,
            journal=loaded.events,
            language=language,
        )
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    for path in written:
        print(path)
    return 0


def _import_record(database: str | None, path: Path) -> int:
    from facilitator.formats.record.json_file import RecordImportError
    from facilitator.meetings import import_record
    from facilitator.store.database import open_database
    from facilitator.store.errors import StoreError

    try:
        db = open_database(database)
        try:
            meeting_id = import_record(path, db)
        finally:
            db.close()
    except (StoreError, RecordImportError) as exc:
        raise UserError(str(exc)) from exc
    print(meeting_id)
    return 0


def _fail(message: str, status: int = EXIT_USAGE) -> None:
    print(f"facilitator: error: {message}", file=sys.stderr)
    raise SystemExit(status)


if __name__ == "__main__":
    raise SystemExit(main())
