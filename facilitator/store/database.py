"""The meeting database: open it, and every command the app gives it, one transaction each.

Each method is one transaction: it returns only after the commit, or raises a
:class:`~facilitator.store.errors.StoreError` with everything rolled back. The UI never sees an ORM
object, only the plain values of :mod:`facilitator.store.records` and
:class:`~facilitator.core.journal.record.EventRecord`.

A :class:`Database` belongs to one thread (the UI's); it is not meant to be shared between threads.

Appending an event is the hot path (every click of a Co-Chair): one ``BEGIN IMMEDIATE``, one Core
``INSERT`` and a ``COMMIT`` that is on the disk when it returns (``synchronous=FULL``). The next
``seq`` comes from a per-meeting cache of the last one; the ``UNIQUE(meeting_id, seq)``
constraint is what guarantees it, so a stale cache (another seat appended meanwhile, on a shared
server) costs a retry, never a duplicate or a gap.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import threading
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    Table,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.core.clock import Clock, SystemClock
from facilitator.core.fold.bulk import bulk
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme_codec import programme_from_data, programme_to_data
from facilitator.store import backups as _backups
from facilitator.store import migrate
from facilitator.store.backup_names import BackupInfo, list_backups
from facilitator.store.backups import BACKUP_INTERVAL
from facilitator.store.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    WRITE,
    create_store_engine,
    is_sqlite,
    parse_url,
    sqlite_file,
)
from facilitator.store.errors import (
    BackupFailed,
    DamagedMeeting,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    JournalMoved,
    NotFacilitatorDatabase,
    StoreError,
    UnknownMeeting,
    translate,
)
from facilitator.store.file_check import check_sqlite_file
from facilitator.store.follow import channel
from facilitator.store.lock import InstanceLock, current_holder
from facilitator.store.models import EPOCH, Event, Meeting, from_micros
from facilitator.store.records import KeptSummary, LoadedMeeting, MeetingStatus, MeetingSummary

if TYPE_CHECKING:
    from facilitator.core.programme import Programme

log = logging.getLogger(__name__)

APPEND_ATTEMPTS = 10

_EVENTS = cast(Table, Event.__table__)
_MEETINGS = cast(Table, Meeting.__table__)
_INSERT_EVENT = insert(_EVENTS)
#: PostgreSQL only: wake the other seats' followers (store/follow.py), delivered at the commit.
_NOTIFY = text("SELECT pg_notify(:channel, CAST(:seq AS text))")
# Journal reads are the restart path (10,000 events in well under 0.5 s): the time column comes
# back as its raw integer and is converted here, once, without a per-row type hook.
_EVENT_COLUMNS = (
    Event.seq,
    Event.type,
    type_coerce(_EVENTS.c.at_us, BigInteger),
    Event.actor,
    Event.payload,
)
_decode_json = json.JSONDecoder().decode
_intern = sys.intern
_MICROSECOND = dt.timedelta(microseconds=1)


def open_database(
    url: str | URL | Path | None = None,
    *,
    clock: Clock | None = None,
    read_only: bool = False,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    backups: bool = True,
    backup_dir: Path | None = None,
    sqlite_pragmas: Mapping[str, int | str] | None = None,
    script_location: Path | None = None,
) -> Database:
    """Open (creating or upgrading as needed) the meeting database at ``url``.

    ``url`` is a SQLAlchemy URL (``sqlite:///PATH``, ``postgresql+psycopg://…``) or a plain file
    path, and defaults to the SQLite file in the user data folder (:mod:`facilitator.paths`).
    For a SQLite file this:

    1. takes the instance lock (:class:`DatabaseInUse` if another Facilitator has the file open;
       with ``read_only=True`` no lock is taken and the file is opened ``mode=ro``);
    2. checks the file read-only before anything writes to it: a SQLite header, then
       ``PRAGMA integrity_check`` (:class:`DatabaseCorrupt`, offering the newest backups);
    3. creates the schema in an empty file, or backs up an older one and upgrades it
       (:class:`DatabaseTooNew` for a schema newer than this version);
    4. takes a backup (``reason="open"``) unless ``backups=False`` or the database is new.

    ``sqlite_pragmas`` are set on every connection after the store's own (tests use
    ``max_page_count`` to fill the "disk"). ``script_location`` replaces the packaged migrations
    (tests only).
    """
    sa_url = parse_url(url or paths.default_database_url())
    clock = clock or SystemClock()
    backup_dir = backup_dir or paths.backup_dir()
    path = sqlite_file(sa_url) if is_sqlite(sa_url) else None
    lock: InstanceLock | None = None
    engine: Engine | None = None
    try:
        state: migrate.SchemaState | None = None
        revision: str | None = None
        if path is not None:
            if path.is_dir():
                raise StoreError(
                    f"{path} is a folder, not a meeting database. Give the path of a database"
                    " file.",
                    path=path,
                )
            if not read_only:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseReadOnly(path, detail=str(exc)) from exc
                # SQLite would open a read-only file without a word and fail at the first write;
                # say so now, while the user can still choose to open it read-only.
                for target in (path.parent, path):
                    if target.exists() and not os.access(target, os.W_OK):
                        raise DatabaseReadOnly(path, detail=f"{target} is not writable")
                lock = InstanceLock(path)
                lock.acquire()
            state, revision = check_sqlite_file(
                path, busy_timeout_ms=busy_timeout_ms, backup_dir=backup_dir
            )
            _refuse(state, revision, path=path, read_only=read_only)
        engine = create_store_engine(
            sa_url,
            read_only=read_only,
            busy_timeout_ms=busy_timeout_ms,
            sqlite_pragmas=sqlite_pragmas,
        )
        db = Database(
            engine,
            url=sa_url,
            path=path,
            clock=clock,
            read_only=read_only,
            busy_timeout_ms=busy_timeout_ms,
            backups=backups,
            backup_dir=backup_dir,
            lock=lock,
        )
        db._prepare_schema(state, revision, script_location=script_location)
        if state is not migrate.SchemaState.EMPTY and db.backups_enabled:
            try:
                db.backup_now("open")
            except BackupFailed as failed:  # a full disk: a warning, never a refusal to open
                log.warning("backup on open failed: %s", failed.detail or failed.message)
                db.notice = failed.message
        return db
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        if isinstance(exc, DBAPIError):
            error = translate(exc, path=path, timeout_ms=busy_timeout_ms, backup_dir=backup_dir)
            if error is not None:
                raise error from exc
        raise


class Database:
    """An open meeting database. Make one with :func:`open_database`; close it when done."""

    def __init__(
        self,
        engine: Engine,
        *,
        url: URL,
        path: Path | None,
        clock: Clock,
        read_only: bool,
        busy_timeout_ms: int,
        backups: bool,
        backup_dir: Path,
        lock: InstanceLock | None,
    ) -> None:
        self._engine = engine
        self.url = url
        self.path = path
        self.clock = clock
        self.read_only = read_only
        self.busy_timeout_ms = busy_timeout_ms
        self.backup_dir = backup_dir
        self._lock = lock
        self._sessions = sessionmaker(expire_on_commit=False)
        self._sqlite = is_sqlite(url)
        self.backups_enabled = backups and self._sqlite and path is not None and not read_only
        self._last_seq: dict[int, int] = {}
        self._changed = False  # anything written since the last backup?
        self._last_backup_at: dt.datetime | None = None
        # One backup at a time, and closing waits for the one under way (the app takes its
        # rolling backups on a worker thread, so that its clocks never wait for them).
        self._backup_lock = threading.RLock()
        self._closed = False
        self.notice: str | None = None
        #: The schema as opening found it, before any upgrade (None: not prepared here).
        self.schema_found: tuple[migrate.SchemaState, str | None] | None = None
        if read_only:
            holder = current_holder(path) if path is not None else None
            if holder is None:
                why = "as asked"
            elif holder > 0:
                why = f"because another Facilitator (process {holder}) is running it"
            else:
                why = "because another Facilitator is running it"
            self.notice = (
                f"This meeting database is open read-only, {why}. You can follow the meeting"
                " here, but nothing can be changed."
            )

    # ------------------------------------------------------------------------- housekeeping
    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for tests and tools; the app goes through the methods)."""
        return self._engine

    def close(self) -> None:
        """Back up what changed since the last backup, close every connection, release the lock."""
        with self._backup_lock:  # a backup under way (on a worker thread) ends first
            if self._closed:
                return
            try:
                if self.backups_enabled and self._changed:
                    try:
                        self.backup_now("close")
                    except BackupFailed as failed:  # a warning: every write is committed
                        log.warning("backup on close failed: %s", failed.detail or failed.message)
            finally:
                self._closed = True
                self._engine.dispose()
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("read-only" if self.read_only else "open")
        return f"<Database {self.url.render_as_string(hide_password=True)} {state}>"

    # -------------------------------------------------------------------------- transactions
    def _error(self, exc: BaseException) -> BaseException:
        return (
            translate(
                exc, path=self.path, timeout_ms=self.busy_timeout_ms, backup_dir=self.backup_dir
            )
            or exc
        )

    def _check_usable(self, *, write: bool) -> None:
        if self._closed:
            raise StoreError("This meeting database has been closed; open it again.")
        if write and self.read_only:
            raise DatabaseReadOnly(self.path, message=self.notice)

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Connection]:
        """A Core connection inside one transaction (``BEGIN IMMEDIATE`` when ``write``)."""
        self._check_usable(write=write)
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{WRITE: write})
                with conn.begin():
                    yield conn
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise self._error(exc) from exc
        if write:
            self._changed = True

    @contextmanager
    def _session(self, *, write: bool) -> Iterator[Session]:
        """An ORM session inside one transaction, committed when the block ends."""
        self._check_usable(write=write)
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{WRITE: write})
                with self._sessions(bind=conn) as session, session.begin():
                    yield session
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise self._error(exc) from exc
        if write:
            self._changed = True

    def _prepare_schema(
        self,
        state: migrate.SchemaState | None,
        revision: str | None,
        *,
        script_location: Path | None,
    ) -> None:
        if state is None:  # a server or an in-memory database: ask it
            with self._transaction(write=False) as conn:
                state, revision = migrate.schema_revision(conn)
            _refuse(state, revision, path=self.path, read_only=self.read_only)
        self.schema_found = (state, revision)  # what `facilitator database init` reports
        if state is migrate.SchemaState.CURRENT:
            return
        if state is migrate.SchemaState.OLDER:
            if self._sqlite and self.path is not None:
                self.backup_now(f"{_backups.UPGRADE_REASON_PREFIX}{revision}")
            else:
                log.warning("upgrading %s from %s without a backup", self, revision)
        try:
            if state is migrate.SchemaState.EMPTY and script_location is None:
                migrate.create_fresh(self._engine)
            else:
                migrate.upgrade(self._engine, script_location=script_location)
        except DBAPIError as exc:
            raise self._error(exc) from exc
        self._changed = False

    # ------------------------------------------------------------------------------ meetings
    def create_meeting(
        self, programme: Programme, *, status: MeetingStatus = MeetingStatus.PLANNED
    ) -> int:
        """Store a new meeting for ``programme``; its id."""
        encoded = _encode_programme(programme)
        now = self.clock.now()
        with self._session(write=True) as session:
            meeting = Meeting(
                title=programme.title,
                date=programme.date,
                status=MeetingStatus(status).value,
                programme=encoded,
                created_at=now,
                updated_at=now,
            )
            session.add(meeting)
            session.flush()
            meeting_id = meeting.id
        self._last_seq[meeting_id] = 0
        return meeting_id

    def create_meeting_with_journal(
        self,
        programme: Programme,
        events: Sequence[EventRecord],
        *,
        title: str | None = None,
        status: MeetingStatus = MeetingStatus.PLANNED,
    ) -> int:
        """A new meeting whose journal is ``events`` (numbered 1, 2, 3… in their order, with their
        own times and actors), in one transaction: all of it or nothing. Its id. For a meeting
        moved between machines or recreated from its record; ``title``: the name it had."""
        encoded = _encode_programme(programme)
        now = self.clock.now()
        with self._transaction(write=True) as conn:
            created = conn.execute(
                insert(_MEETINGS).values(
                    title=programme.title if title is None else title,
                    date=programme.date,
                    status=MeetingStatus(status).value,
                    programme=encoded,
                    created_at_us=now,
                    updated_at_us=now,
                )
            )
            key = created.inserted_primary_key
            assert key is not None  # an INSERT of one row always has one
            meeting_id = int(key[0])
            rows = [
                {
                    "meeting_id": meeting_id,
                    "seq": seq,
                    "type": record.type,
                    "at_us": record.at,
                    "actor": record.actor,
                    "payload": _encode_payload(record.payload),
                }
                for seq, record in enumerate(events, start=1)
            ]
            if rows:
                conn.execute(_INSERT_EVENT, rows)
        self._last_seq[meeting_id] = len(events)
        return meeting_id

    def list_meetings(self) -> list[MeetingSummary]:
        """Every meeting, oldest first, with when its journal last moved and how long it is."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(_summary_query().order_by(Meeting.id)).all()
        return [_summary(row) for row in rows]

    def kept_summaries(self, kinds: Collection[str]) -> list[KeptSummary]:
        """Every meeting, oldest first, with the summary its sessions kept (:meth:`keep_summary`)
        and whether it is current: kept as of an event of the journal, with no event of one of
        ``kinds`` (the types that can change it) after that one. No journal is read into Python:
        a SQLite file's payloads are checked in SQL (``json_valid``: 14 MB in 40 ms), so that a
        payload damaged on disk since its summary was kept still shows the meeting as damaged
        (a server has its own checks; there a damaged event is found when the meeting opens)."""
        later = (
            exists()
            .where(
                Event.meeting_id == Meeting.id,
                Event.seq > Meeting.summary_seq,
                Event.type.in_(sorted(kinds)),
            )
            .correlate(Meeting)
        )
        query = _summary_query().add_columns(Meeting.summary, Meeting.summary_seq, later)
        with self._transaction(write=False) as conn:
            rows = conn.execute(query.order_by(Meeting.id)).all()
            damaged: dict[int, int] = dict(conn.execute(_DAMAGED).all()) if self._sqlite else {}
        kept = []
        for row in rows:
            summary = _summary(row)
            data, seq, changed = row[6], row[7], bool(row[8])
            try:
                parsed = _decode_json(data) if data is not None else None
            except ValueError:
                parsed = None
            if not isinstance(parsed, dict):
                parsed = None
            current = (
                parsed is not None
                and seq is not None
                and seq <= summary.event_count
                and not changed
            )
            kept.append(KeptSummary(summary, parsed, seq, current, damaged.get(summary.id)))
        return kept

    def keep_summary(
        self,
        meeting_id: int,
        data: Mapping[str, Any],
        seq: int,
        status: MeetingStatus | None = None,
    ) -> None:
        """Keep what the start screen shows of the meeting (JSON ``data``) as of event ``seq``,
        and its ``status`` when given; unless a summary of a later event is kept already (a seat
        that was behind). One short write, after the event's own commit."""
        values: dict[str, Any] = {
            "summary": json.dumps(dict(data), ensure_ascii=False, separators=(",", ":")),
            "summary_seq": seq,
        }
        if status is not None:
            values["status"] = MeetingStatus(status).value
        with self._transaction(write=True) as conn:
            conn.execute(
                update(Meeting)
                .where(
                    Meeting.id == meeting_id,
                    or_(Meeting.summary_seq.is_(None), Meeting.summary_seq <= seq),
                )
                .values(**values)
            )

    def meeting_summary(self, meeting_id: int) -> MeetingSummary:
        with self._transaction(write=False) as conn:
            row = conn.execute(_summary_query().where(Meeting.id == meeting_id)).first()
        if row is None:
            raise UnknownMeeting(meeting_id)
        return _summary(row)

    def load_meeting(
        self, meeting_id: int, *, until: int | None = None, since: int | None = None
    ) -> LoadedMeeting:
        """The meeting's summary, programme and whole journal (up to event ``until`` when given:
        a damaged meeting opened up to the event before the damage; from the event after
        ``since`` when given: the rest of a journal whose start was folded before), read in one
        snapshot."""
        with self._transaction(write=False) as conn:
            row = conn.execute(_summary_query().where(Meeting.id == meeting_id)).first()
            if row is None:
                raise UnknownMeeting(meeting_id)
            programme_json = conn.execute(
                select(Meeting.programme).where(Meeting.id == meeting_id)
            ).scalar_one()
            query = select(*_EVENT_COLUMNS).where(Event.meeting_id == meeting_id)
            if until is not None:
                query = query.where(Event.seq <= until)
            if since is not None:
                query = query.where(Event.seq > since)
            with bulk():  # thousands of payloads read at once: no collector passes meanwhile
                rows = conn.execute(query.order_by(Event.seq)).all()
                events = _records(meeting_id, rows)
        if self.read_only:
            pass
        elif events or since is None:
            self._last_seq[meeting_id] = events[-1].seq if events else 0
        else:
            self._last_seq.pop(meeting_id, None)  # read from the journal at the next append
        return LoadedMeeting(
            summary=_summary(row),
            programme=_decode_programme(meeting_id, programme_json),
            events=events,
        )

    def _update_meeting(self, meeting_id: int, **fields: Any) -> None:
        """Set fields of the meeting's row (and when it changed), or :class:`UnknownMeeting`."""
        with self._session(write=True) as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise UnknownMeeting(meeting_id)
            for name, value in fields.items():
                setattr(meeting, name, value)
            meeting.updated_at = self.clock.now()

    def set_status(self, meeting_id: int, status: MeetingStatus | str) -> None:
        self._update_meeting(meeting_id, status=MeetingStatus(status).value)

    def rename_meeting(self, meeting_id: int, title: str) -> None:
        """The name the list of meetings shows (the record's title is the programme's)."""
        title = " ".join(title.split())
        if not title:
            raise StoreError("A meeting needs a name: type one, or press Esc to keep the old one.")
        self._update_meeting(meeting_id, title=title)

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete the meeting and its whole journal."""
        self._last_seq.pop(meeting_id, None)
        with self._transaction(write=True) as conn:
            deleted = conn.execute(delete(Meeting).where(Meeting.id == meeting_id)).rowcount
            if not deleted:
                raise UnknownMeeting(meeting_id)

    # ------------------------------------------------------------------------------- journal
    def append_event(
        self, meeting_id: int, record: EventRecord, *, after: int | None = None
    ) -> EventRecord:
        """Commit ``record`` at the end of the meeting's journal; the record as stored.

        The returned record has its ``seq`` and is exactly what :meth:`load_meeting` will give
        back (the payload as JSON round-trips it). ``record.seq`` is ignored. On any error nothing
        was written.

        ``after``: the last seq the command was checked against. The event is appended only if
        that is still the journal's last, read in the same transaction (under the meeting row's
        lock on a server); otherwise :class:`JournalMoved` says where the journal is, and nothing
        was written: the seat catches up and checks its command again.
        """
        payload = _encode_payload(record.payload)
        stored = EventRecord(
            type=record.type,
            at=record.at,
            actor=record.actor,
            payload=json.loads(payload),
        )
        last_error: IntegrityError | None = None
        for _attempt in range(APPEND_ATTEMPTS):
            # On a server, seats take turns on the meeting's row and read the true last seq;
            # SQLite's BEGIN IMMEDIATE already makes writers take turns, so the cache is enough.
            cached = self._last_seq.get(meeting_id) if self._sqlite else None
            try:
                with self._transaction(write=True) as conn:
                    last = cached if cached is not None else _last_seq(conn, meeting_id)
                    if after is not None and last != after:
                        raise JournalMoved(meeting_id, last)
                    conn.execute(
                        _INSERT_EVENT,
                        {
                            "meeting_id": meeting_id,
                            "seq": last + 1,
                            "type": stored.type,
                            "at_us": stored.at,
                            "actor": stored.actor,
                            "payload": payload,
                        },
                    )
                    if not self._sqlite:  # other seats' followers wake at the commit
                        conn.execute(_NOTIFY, {"channel": channel(meeting_id), "seq": last + 1})
            except IntegrityError as exc:
                # Someone else took that seq (or deleted the meeting): read the truth and retry.
                # With SQLite, a fresh read inside BEGIN IMMEDIATE cannot race, so a second
                # failure there is a bug, not a race.
                self._last_seq.pop(meeting_id, None)
                if cached is None and self._sqlite:
                    raise
                last_error = exc
                continue
            except JournalMoved:
                raise  # the cache was right (or read in this transaction): it stays
            except BaseException:
                self._last_seq.pop(meeting_id, None)
                raise
            self._last_seq[meeting_id] = last + 1
            return EventRecord(
                type=stored.type,
                at=stored.at,
                actor=stored.actor,
                payload=stored.payload,
                seq=last + 1,
            )
        raise DatabaseLocked(
            self.path, detail=f"no free seq after {APPEND_ATTEMPTS} attempts: {last_error}"
        )

    def events_since(self, meeting_id: int, seq: int) -> list[EventRecord]:
        """The meeting's events after ``seq``, in order (what another seat appended meanwhile)."""
        with self._transaction(write=False) as conn:
            rows = conn.execute(
                select(*_EVENT_COLUMNS)
                .where(Event.meeting_id == meeting_id, Event.seq > seq)
                .order_by(Event.seq)
            ).all()
            if not rows and _missing(conn, meeting_id):
                raise UnknownMeeting(meeting_id)
        return _records(meeting_id, rows)

    # ------------------------------------------------------------------------------- backups
    def backup_now(self, reason: str = "manual") -> Path:
        """Back up the live database now (SQLite online backup); the backup's path.

        Safe on a worker thread while other threads write: it reads on a connection of its own
        (in WAL mode, writers go on), one backup runs at a time, and :meth:`close` waits for it.
        What is committed while it runs counts as changed since it (the next one takes it)."""
        with self._backup_lock:
            if self._closed:
                raise StoreError("This meeting database has been closed; open it again.")
            if not self._sqlite or self.path is None:
                raise StoreError(
                    "Backups are taken of SQLite database files only; back up a database server"
                    " with its own tools."
                )
            now = self.clock.now()
            changed = self._changed
            self._changed = False  # before the copy starts: a write during it sets it again
            try:
                with self._engine.connect() as conn:
                    driver = conn.connection.driver_connection
                    assert driver is not None
                    info = _backups.take_backup(
                        driver, self.path, reason=reason, now=now, directory=self.backup_dir
                    )
            except BaseException:
                self._changed = self._changed or changed
                raise
            self._last_backup_at = now
            return info.path

    def backup_due(self, now: dt.datetime) -> bool:
        """Whether the app's timer should call :meth:`backup_now` (every :data:`BACKUP_INTERVAL`,
        and only when something changed since the last backup)."""
        if not self.backups_enabled or self._closed or not self._changed:
            return False
        return self._last_backup_at is None or now - self._last_backup_at >= BACKUP_INTERVAL

    def list_backups(self) -> list[BackupInfo]:
        """This database's backups, newest first."""
        if self.path is None:
            return []
        return list_backups(self.path, self.backup_dir)


# ---------------------------------------------------------------------------------- helpers
def _refuse(
    state: migrate.SchemaState, revision: str | None, *, path: Path | None, read_only: bool
) -> None:
    """Raise if a database in ``state`` cannot be opened as asked (before anything is written)."""
    if state is migrate.SchemaState.NEWER:
        raise DatabaseTooNew(path, revision=revision or "?", head=migrate.HEAD)
    if state is migrate.SchemaState.FOREIGN:
        raise NotFacilitatorDatabase(path)
    if not read_only or state is migrate.SchemaState.CURRENT:
        return
    if state is migrate.SchemaState.EMPTY:
        raise StoreError(
            f"There is no meeting in the database{f' at {path}' if path else ''} yet (the file"
            " is empty). Create one first (facilitator programme import FILE, or start the app"
            " and open a programme), or choose another file.",
            path=path,
        )
    raise DatabaseReadOnly(
        path,
        message=(
            f"The meeting database{f' at {path}' if path else ''} was written by an older"
            " version of Facilitator and must be upgraded first, which needs it open for"
            " writing. Close the other Facilitator, then open it normally."
        ),
    )


# The first event of each meeting whose payload is not a JSON object: what _records would
# refuse (json_type() is only asked of valid JSON, where it cannot fail).
_DAMAGED = text(
    "SELECT meeting_id, min(seq) FROM events WHERE CASE WHEN json_valid(payload)"
    " THEN json_type(payload) != 'object' ELSE 1 END GROUP BY meeting_id"
)


def _last_seq(conn: Connection, meeting_id: int) -> int:
    """The meeting's last seq, with its row locked until the commit (``FOR UPDATE`` on a server;
    SQLite renders no lock clause, its write transaction already excludes other writers)."""
    found = conn.execute(
        select(Meeting.id).where(Meeting.id == meeting_id).with_for_update()
    ).first()
    if found is None:
        raise UnknownMeeting(meeting_id)
    last = conn.execute(select(func.max(Event.seq)).where(Event.meeting_id == meeting_id))
    return int(last.scalar() or 0)


def _missing(conn: Connection, meeting_id: int) -> bool:
    return conn.execute(select(Meeting.id).where(Meeting.id == meeting_id)).first() is None


def _summary_query() -> Any:
    last_at = (
        select(Event.at)
        .where(Event.meeting_id == Meeting.id)
        .order_by(Event.seq.desc())
        .limit(1)
        .scalar_subquery()
    )
    count = select(func.count()).where(Event.meeting_id == Meeting.id).scalar_subquery()
    return select(Meeting.id, Meeting.title, Meeting.date, Meeting.status, last_at, count)


def _summary(row: Any) -> MeetingSummary:
    last_at = row[4]
    return MeetingSummary(
        id=row[0],
        title=row[1],
        date=row[2],
        status=MeetingStatus(row[3]),
        last_event_at=from_micros(last_at) if isinstance(last_at, int) else last_at,
        event_count=int(row[5]),
    )


def _records(meeting_id: int, rows: Sequence[Any]) -> list[EventRecord]:
    """The rows as records; :class:`DamagedMeeting` names the first that cannot be read."""
    records = []
    for row in rows:
        try:
            records.append(_record(row))
        except (ValueError, TypeError, OverflowError) as exc:  # JSONDecodeError is a ValueError
            raise DamagedMeeting(meeting_id, int(row[0]), detail=repr(exc)) from exc
    return records


def _record(row: Any) -> EventRecord:
    seq, type_, at_us, actor, payload = row
    payload = _decode_json(payload)
    if not isinstance(payload, dict):
        raise ValueError("an event's payload is not a JSON object")
    return EventRecord(
        type=_intern(type_),  # a few dozen texts repeated over the whole journal: one copy each
        at=EPOCH + at_us * _MICROSECOND,
        actor=_intern(actor),
        payload=payload,
        seq=seq,
    )


def _encode_payload(payload: dict[str, Any]) -> str:
    if not isinstance(payload, dict):
        raise ValueError(f"an event payload must be a dict, not {type(payload).__name__}")
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"an event payload must be JSON data: {exc}") from exc
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # the last line of defence: the core refuses these first
        raise StoreError(
            "A text holds a character that cannot be saved (a broken surrogate pair): delete it"
            " and type it again. Nothing was saved.",
            detail=repr(exc),
        ) from exc
    return text


def _encode_programme(programme: Programme) -> str:
    return json.dumps(programme_to_data(programme), ensure_ascii=False, separators=(",", ":"))


def _decode_programme(meeting_id: int, text: str) -> Programme:
    try:
        return programme_from_data(json.loads(text), source=f"meeting {meeting_id}")
    except ValueError as exc:  # ProgrammeError is one, and so is a JSON decoding error
        raise StoreError(
            f"The programme of meeting {meeting_id} cannot be read by this version of"
            f" Facilitator ({exc}). Update Facilitator, or restore a backup.",
            detail=repr(exc),
        ) from exc
