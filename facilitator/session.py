"""One open meeting: commands checked by the core, committed by the store, then folded.

This is the only path by which anything happens in a meeting, for the GUI, the CLI and the tests:

1. a command function from :mod:`facilitator.core.agenda.commands` (or a later slice's) checks the
   request against the current state and returns the event to append, or raises a
   :class:`~facilitator.core.errors.CommandError` (nothing is written);
2. the store commits the event (``synchronous=FULL``) and gives it its ``seq``, or raises a
   :class:`~facilitator.store.errors.StoreError` (nothing is written, nothing is applied);
3. only then is the event folded into the live state and the listeners told.

So the state a user sees never runs ahead of what is on disk. The module is Qt-free; the GUI
wraps it in a controller that turns the listener calls into Qt signals.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Concatenate, ParamSpec

from facilitator.core.agenda import commands
from facilitator.core.agenda.reducer import AGENDA
from facilitator.core.agenda.state import AgendaState
from facilitator.core.agenda.values import SegmentStatus, SittingStatus
from facilitator.core.clock import Clock, ClockJump, SystemClock
from facilitator.core.errors import CommandError, MalformedEventError, Phrase
from facilitator.core.fold.clash import first_clash
from facilitator.core.fold.engine import Folder, fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.fold.undo import Redone, Undone
from facilitator.core.interventions import commands as intervention_commands
from facilitator.core.interventions.commands import InterventionDraft
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Programme
from facilitator.core.queue import commands as queue_commands
from facilitator.core.queue import floor_commands
from facilitator.core.queue.floor_events import BalanceMeasure
from facilitator.seat import REFUSED, Role, SeatUndo, may_run
from facilitator.store import fold_cache
from facilitator.store.database import Database
from facilitator.store.errors import DamagedMeeting, JournalMoved, StoreError
from facilitator.store.records import KeptSummary, LoadedMeeting, MeetingStatus, MeetingSummary

log = logging.getLogger(__name__)
P = ParamSpec("P")
Listener = Callable[[EventRecord, MeetingState], None]
Command = Callable[Concatenate[MeetingState, P], EventRecord]

#: A fold snapshot is kept once this many events came since the last (see save_snapshot_if_due).
SNAPSHOT_EVERY = 500


@dataclass(frozen=True, slots=True)
class MeetingOverview:
    """A meeting as the start screen lists it: where it stopped, in words (a phrase the start
    screen says in its language; ``str()`` is the English)."""

    summary: MeetingSummary
    where: Phrase
    paused: bool = False  # a segment is paused: the list says "paused", not "running"
    title: str = ""  # the name in the list: the one given (renamed), else the programme's now
    date: dt.date | None = None  # the meeting's date as its programme says now
    damaged_at: int | None = None  # the first event that cannot be read, if any

    @property
    def status(self) -> str:
        """The status as the list shows it: planned, running, paused or ended."""
        if self.damaged_at is not None:
            return "damaged"
        return "paused" if self.paused else self.summary.status.value


#: The events that can change what the start screen shows of a meeting (its agenda's, which
#: the programme's edits are, and an undo or redo of any step): after each, the session keeps
#: the meeting's summary (:meth:`MeetingSession._keep_summary`).
SUMMARY_KINDS: frozenset[str] = frozenset(
    (*(cls.type_name for cls in AGENDA.events), Undone.type_name, Redone.type_name)
)


def overview(db: Database) -> list[MeetingOverview]:
    """Every meeting, newest first, with where it stopped, from the summary its sessions kept.
    A meeting without a current one (an upgraded database, a seat that stopped between an event
    and its summary) is folded once, and its summary kept for the next time. A damaged meeting
    is listed as damaged, with what to do; it never hides the others."""
    rows = []
    for kept in reversed(db.kept_summaries(SUMMARY_KINDS)):
        if kept.damaged_at is not None:
            rows.append(_damaged(kept.summary, kept.damaged_at))
            continue
        listed = _from_summary(kept) if kept.current else None
        rows.append(listed if listed is not None else _folded(db, kept.summary))
    return rows


def summary_of(state: MeetingState, original_title: str) -> dict[str, Any]:
    """What the start screen shows of a meeting in ``state``, as its row keeps it (JSON)."""
    date = state.programme.date
    where = where_it_stopped(state)
    return {
        "where": where.english,  # what an earlier version lists
        "where_phrase": _phrase_data(where),
        "paused": state.agenda.current is not None and state.agenda.paused,
        "title": state.programme.title,
        "date": None if date is None else date.isoformat(),
        "original_title": original_title,
    }


def _from_summary(kept: KeptSummary) -> MeetingOverview | None:
    """The meeting as its kept summary says (None for a summary this version cannot read)."""
    data, summary = kept.data or {}, kept.summary
    try:
        if "damaged_at" in data:
            return _damaged(summary, int(data["damaged_at"]))
        date = data["date"]
        # Meeting data edited in the programme editor is journaled: the list follows it, but a
        # name the Co-Chairs gave the meeting in the list stays.
        renamed = summary.title != data["original_title"]
        where = _phrase_from_data(data.get("where_phrase"))
        if where is None:
            return None
        return MeetingOverview(
            summary,
            where,
            bool(data["paused"]),
            summary.title if renamed else str(data["title"]),
            None if date is None else dt.date.fromisoformat(date),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _folded(db: Database, summary: MeetingSummary) -> MeetingOverview:
    """The meeting as the fold of its journal says, its summary kept (when the database can be
    written) so that the next listing needs no fold."""
    data: dict[str, Any]
    status: MeetingStatus | None = None
    try:
        loaded = db.load_meeting(summary.id)
        state = fold(loaded.programme, loaded.events)
    except MalformedEventError as exc:
        listed, data, seq = _damaged(summary, exc.seq or 0), {"damaged_at": exc.seq or 0}, 0
    except DamagedMeeting as exc:
        listed, data, seq = _damaged(summary, exc.seq), {"damaged_at": exc.seq}, 0
    else:
        # The status as the journal says it (a seat stopped before writing it is healed).
        status = status_of(state.agenda)
        summary = replace(summary, status=status)
        data, seq = summary_of(state, loaded.programme.title), state.last_seq
        listed = _from_summary(KeptSummary(summary, data, seq, True)) or _damaged(summary, 0)
    if not db.read_only:
        try:
            db.keep_summary(summary.id, data, seq or summary.event_count, status)
        except StoreError:  # busy, a full disk: the next listing folds it again
            log.warning("the summary of meeting %s was not kept", summary.id, exc_info=True)
    return listed


def _keep_damage(db: Database, meeting_id: int, seq: int, last: int) -> None:
    """Keep as the meeting's summary that its event ``seq`` is damaged (the start screen says
    so without reading its journal), unless the database cannot be written now."""
    if db.read_only:
        return
    try:
        db.keep_summary(meeting_id, {"damaged_at": seq}, last)
    except StoreError:
        log.warning("the damage of meeting %s was not kept", meeting_id, exc_info=True)


def _damaged(summary: MeetingSummary, seq: int) -> MeetingOverview:
    return MeetingOverview(
        summary,
        Phrase(
            "damaged at event {seq}: open it read-only up to event {previous}, or restore a backup",
            seq=str(seq),
            previous=str(seq - 1),
        ),
        title=summary.title,
        date=summary.date,
        damaged_at=seq,
    )


def where_it_stopped(state: MeetingState) -> Phrase:
    """Where the meeting stopped, for the start screen: "running: Panel 2", "not started"."""
    return _where(state)


def _phrase_data(phrase: Phrase) -> dict[str, Any]:
    """A phrase of where a meeting stopped as JSON: its template and its values (texts)."""
    return {"template": phrase.template, "values": {k: str(v) for k, v in phrase.params.items()}}


def _phrase_from_data(data: object) -> Phrase | None:
    """The phrase :func:`_phrase_data` kept; None for anything else (a summary an earlier
    version kept has none: the meeting is folded once and its summary kept again)."""
    if not isinstance(data, dict):
        return None
    template, values = data.get("template"), data.get("values")
    if not isinstance(template, str) or not isinstance(values, dict):
        return None
    return Phrase.kept(template, {str(k): str(v) for k, v in values.items()})


def _where(state: MeetingState) -> Phrase:
    """Where the meeting is: "running: Panel 2", "not started"…"""
    agenda = state.agenda
    if agenda.current is not None:
        title = state.programme.segment(agenda.current).display_title
        if agenda.paused:
            return Phrase("paused in: {segment}", segment=title)
        return Phrase("running: {segment}", segment=title)
    if not agenda.started:
        return Phrase("not started")
    upcoming = agenda.next_id()
    if upcoming is None:
        return Phrase("ended")
    return Phrase("before: {segment}", segment=state.programme.segment(upcoming).display_title)


#: How often a command is checked again when other seats keep appending before it (each time
#: folding theirs first); then the user is asked to try again.
STALE_ATTEMPTS = 5


def stale_words(state: MeetingState, other: EventRecord) -> Phrase:
    """Why a command was not taken: what another seat did first, in words the user can act on
    (``str()`` in English)."""
    who: str | Phrase = other.actor or Phrase("Another seat")
    agenda = state.agenda
    if other.type in ("SegmentStarted", "SegmentFinished") and agenda.current is not None:
        title = state.programme.segment(agenda.current).display_title
        return Phrase(
            "The meeting has already moved to {segment} ({seat} was first); your step was not"
            " taken.",
            segment=title,
            seat=who,
        )
    if other.type.startswith(("Segment", "Sitting")):
        return Phrase(
            "{seat} has just changed the agenda ({where}); your step was not taken. Look at the"
            " agenda and try again.",
            seat=who,
            where=_where(state),
        )
    if other.type.startswith("Intervention"):
        return Phrase(
            "{seat} has just changed this intervention; your change was not saved. Open it again"
            " to see theirs, then make yours.",
            seat=who,
        )
    if other.type in ("Undone", "Redone"):
        return Phrase(
            "{seat} has just undone or redone a step; look at the meeting and try again.",
            seat=who,
        )
    return Phrase(
        "{seat} has just changed the speakers' list; your step was not taken. Look at the list"
        " and try again.",
        seat=who,
    )


class ReadOnlyMeetingError(StoreError):
    """A change asked of a meeting open read-only (up to the event before a damaged one)."""

    def __init__(self, until: int) -> None:
        self.phrase = Phrase(
            "This meeting is open read-only, up to event {event} (the next one is damaged):"
            " nothing can be changed. Restore a backup to go on with it.",
            event=until,
        )
        super().__init__(self.phrase.english)


def default_actor() -> str:
    """Who is at the keyboard, when the settings do not say."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


def status_of(agenda: AgendaState) -> MeetingStatus:
    """A meeting's status from its agenda: planned until started, ended when every segment is
    done or skipped or every sitting has ended, running in between. The one rule, for a session
    and for a meeting recreated from its record."""
    if not agenda.started:
        return MeetingStatus.PLANNED
    everything_done = all(
        agenda.status(s.id) in (SegmentStatus.DONE, SegmentStatus.SKIPPED)
        for _, s in agenda.programme.segments()
    )
    sittings_over = bool(agenda.sittings) and all(
        s.status is SittingStatus.ENDED for s in agenda.sittings
    )
    return MeetingStatus.ENDED if everything_done or sittings_over else MeetingStatus.RUNNING


class MeetingSession:
    """A meeting opened for work: its folded state, kept equal to its committed journal."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        *,
        clock: Clock,
        actor: str | None = None,
        until: int | None = None,
        role: Role = Role.CO_CHAIR,
    ) -> None:
        """``until``: open the journal up to that event only, read-only (a damaged meeting, up
        to the event before the damage): every command is then refused in words."""
        self.db = db
        self.meeting_id = meeting_id
        self.clock = clock
        self.actor = actor or default_actor()
        self.role = role  # what this seat may do (facilitator.seat.Role)
        self.read_only_until = until
        resumed = None if until is not None else self._resume()
        if resumed is None:
            loaded = db.load_meeting(meeting_id, until=until)
            folder = Folder(loaded.programme)
            records = loaded.events
        else:
            loaded, folder, records = resumed
        self.status = loaded.summary.status
        self.original_programme = loaded.programme
        self._folder = folder
        try:
            self._folder.extend(records)
        except MalformedEventError as exc:  # readable JSON, but not the event it says it is
            _keep_damage(db, meeting_id, exc.seq or 0, records[-1].seq)
            raise DamagedMeeting(meeting_id, exc.seq or 0, detail=exc.message) from exc
        #: The last record folded, and the last event of the last snapshot kept of the fold.
        self._last_record: EventRecord | None = records[-1] if records else None
        if resumed is not None and not records:
            self._last_record = resumed[0].events[0]
        self._snapshot_seq = 0 if resumed is None else resumed[0].events[0].seq
        self._listeners: list[Listener] = []

    def _resume(self) -> tuple[LoadedMeeting, Folder, list[EventRecord]] | None:
        """The meeting from its fold snapshot (:mod:`facilitator.store.fold_cache`), if one is
        kept and its journal still has the event the snapshot followed: the loaded meeting (its
        events from that one on), the folder resumed after it, and the events left to fold.
        None (fold the whole journal) otherwise."""
        cached = fold_cache.read(self.db, self.meeting_id)
        if cached is None:
            return None
        loaded = self.db.load_meeting(self.meeting_id, since=cached.seq - 1)
        events = loaded.events
        same = (
            bool(events)
            and events[0].seq == cached.seq
            and fold_cache.record_digest(events[0]) == cached.digest
        )
        snapshot = cached.snapshot() if same else None
        if snapshot is None:
            log.info("the fold snapshot of meeting %s no longer matches", self.meeting_id)
            fold_cache.forget(self.db, self.meeting_id)
            return None
        db, meeting_id = self.db, self.meeting_id
        try:
            folder = Folder.resume(
                loaded.programme, snapshot, lambda: db.events_since(meeting_id, 0)
            )
        except ValueError:
            return None
        return loaded, folder, events[1:]

    def save_snapshot(self) -> bool:
        """Keep the fold as it is now (:mod:`facilitator.store.fold_cache`), so that the next
        opening folds only what comes after. False when there is nothing new to keep, or it
        could not be written (the cache only saves time)."""
        last = self._last_record
        if (
            self.read_only_until is not None
            or last is None
            or last.seq != self.state.last_seq
            or last.seq == self._snapshot_seq
        ):
            return False
        if not fold_cache.write(self.db, self.meeting_id, self._folder.snapshot(), last):
            return False
        self._snapshot_seq = last.seq
        return True

    def save_snapshot_if_due(self) -> bool:
        """:meth:`save_snapshot` once enough events came since the last one: at least
        :data:`SNAPSHOT_EVERY`, and an eighth of the journal (writing one is about a third of
        the time its fold takes, so a long meeting keeps fewer)."""
        last = self.state.last_seq
        if last - self._snapshot_seq < max(SNAPSHOT_EVERY, last // 8):
            return False
        return self.save_snapshot()

    def close(self) -> None:
        """The meeting is closed on this seat: keep its fold for the next opening."""
        self.save_snapshot()

    # ------------------------------------------------------------------------------ reading
    @property
    def state(self) -> MeetingState:
        return self._folder.state

    @property
    def programme(self) -> Programme:
        return self.state.programme

    def now(self) -> dt.datetime:
        """The room's clock (core/clock.py); a jump of it is journaled as it is seen."""
        now = self.clock.now()
        if isinstance(self.clock, SystemClock) and self.clock.jumps:
            for jump in self.clock.take_jumps():
                self._journal_jump(jump)
        return now

    def _journal_jump(self, jump: ClockJump) -> None:
        """Record a jump of the clock, unless the store cannot take it now (read-only, busy):
        the clocks go on by the room's clock either way; only the record's note is missing."""
        if self.db.read_only or self.read_only_until is not None:
            return
        if not may_run(self.role, commands.clock_adjusted):
            return  # a rapporteur's or the display's seat: the Co-Chairs' seats journal theirs
        try:
            self.run(commands.clock_adjusted, jump, now=jump.at, actor=self.actor)
        except StoreError:
            log.warning("the clock jumped %+.0f s; not journaled", jump.seconds, exc_info=True)

    def check_clock(self) -> None:
        """When a seat opens the meeting for work: a clock set back while the app was closed reads
        earlier than the journal's last event; journal the jump, so that what runs keeps the
        time it had (rather than freezing until the clock catches up)."""
        jump = commands.clock_behind_journal(self.state, self.clock.now())
        if jump is not None:
            self._journal_jump(jump)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(record, state)`` after each event is committed and folded."""
        self._listeners.append(listener)

    def journal(self, until: int | None = None) -> list[EventRecord]:
        """The committed events this session has folded, in order (the JSON record's journal,
        with :attr:`original_programme`), or those up to event ``until``. Read from the store;
        raises StoreError if it cannot. With ``until`` it reads nothing else, so another thread
        may call it (the folded state is the GUI thread's, built as it changes)."""
        last = self.state.last_seq if until is None else until
        return [e for e in self.db.events_since(self.meeting_id, 0) if e.seq <= last]

    # ------------------------------------------------------------------------------ writing
    def run(self, command: Command[P], *args: P.args, **kwargs: P.kwargs) -> EventRecord:
        """Run a core command: check, commit, fold, notify. Returns the committed event."""
        if self.read_only_until is not None:
            raise ReadOnlyMeetingError(self.read_only_until)
        if not may_run(self.role, command):
            raise CommandError.saying(REFUSED.get(self.role, Phrase("This seat cannot do that.")))
        for _attempt in range(STALE_ATTEMPTS):
            checked = self.state
            try:
                record = command(checked, *args, **kwargs)
            except CommandError:
                # Refused against what this seat has folded: if other seats have moved the
                # meeting since, check again against it as it is; else the refusal stands.
                if self._caught_up():
                    continue
                raise
            try:
                return self.append(record, after=checked.last_seq)
            except JournalMoved:
                # Another seat appended after the state this command was checked against: fold
                # what it did (the windows show it), then refuse in words if it touched what the
                # command is about, else check the command again against the meeting as it is.
                theirs = self.refresh()
                other = first_clash(record, theirs)
                if other is not None:
                    raise CommandError.saying(stale_words(self.state, other)) from None
        raise CommandError(
            "The other seats are changing the meeting very fast; nothing was saved. Try again."
        )

    def _caught_up(self) -> bool:
        """Fold what other seats appended; whether there was anything (False when the store
        cannot be read just now: the seat's own view stands)."""
        try:
            return bool(self.refresh())
        except StoreError:
            return False

    def append(self, record: EventRecord, *, after: int | None = None) -> EventRecord:
        """Commit an already-checked event and fold it. ``after``: the last seq it was checked
        against (:class:`JournalMoved` if the journal has moved since; nothing written)."""
        saved = self.db.append_event(self.meeting_id, record, after=after)
        if saved.seq != self.state.last_seq + 1:
            # Another seat appended meanwhile: fold its events first, in journal order.
            for missed in self.db.events_since(self.meeting_id, self.state.last_seq):
                if missed.seq < saved.seq:
                    self._folder.apply(missed)
                    self._last_record = missed
                    for listener in list(self._listeners):
                        listener(missed, self.state)
        self._folder.apply(saved)
        self._last_record = saved
        self._keep_summary(saved)
        for listener in list(self._listeners):
            listener(saved, self.state)
        return saved

    def refresh(self) -> list[EventRecord]:
        """Fold what other seats appended to the same journal since we last looked."""
        fresh = self.db.events_since(self.meeting_id, self.state.last_seq)
        for record in fresh:
            self._folder.apply(record)
            self._last_record = record
            for listener in list(self._listeners):
                listener(record, self.state)
        return fresh

    def _stamp(self) -> dict[str, Any]:
        return {"now": self.clock.now(), "actor": self.actor}

    def _keep_summary(self, record: EventRecord) -> None:
        """After an event that can change what the start screen shows (:data:`SUMMARY_KINDS`),
        keep the meeting's summary and status on its row, so that the list needs no fold
        (planned → running → ended, where it stopped). A summary that cannot be written now is
        left stale: the start screen folds that meeting once instead."""
        if record.type not in SUMMARY_KINDS:
            return
        wanted = status_of(self.state.agenda)
        data = summary_of(self.state, self.original_programme.title)
        try:
            self.db.keep_summary(self.meeting_id, data, record.seq, wanted)
        except StoreError:
            log.warning("the summary of meeting %s was not kept", self.meeting_id, exc_info=True)
            return
        self.status = wanted

    # ---------------------------------------------------------------- the Co-Chairs' commands
    def start(self) -> EventRecord:
        return self.run(commands.start, **self._stamp())

    def toggle(self) -> EventRecord:
        return self.run(commands.toggle, **self._stamp())

    def pause(self) -> EventRecord:
        return self.run(commands.pause, **self._stamp())

    def resume(self) -> EventRecord:
        return self.run(commands.resume, **self._stamp())

    def finish(self) -> EventRecord:
        return self.run(commands.finish, **self._stamp())

    def next(self) -> EventRecord:
        return self.run(commands.next_segment, **self._stamp())

    def back(self) -> EventRecord:
        return self.run(commands.back, **self._stamp())

    def jump(self, segment_id: str) -> EventRecord:
        return self.run(commands.jump, segment_id, **self._stamp())

    def extend(self, seconds: int) -> EventRecord:
        return self.run(commands.extend, seconds, **self._stamp())

    def start_sitting(self, sitting: int | None = None) -> EventRecord:
        return self.run(commands.start_sitting, sitting, **self._stamp())

    def end_sitting(self, sitting: int | None = None) -> EventRecord:
        return self.run(commands.end_sitting, sitting, **self._stamp())

    def edit_programme(self, programme: Programme) -> EventRecord:
        return self.run(commands.edit_programme, programme, **self._stamp())

    def undo(self) -> EventRecord:
        """Undo this seat's own latest step (undo per seat)."""
        return self.run(commands.undo, **self._stamp())

    def undo_step(self, seq: int) -> EventRecord:
        """Undo another seat's latest step ``seq``, offered by name (:meth:`seat_undo`)."""
        return self.run(commands.undo_step, seq, **self._stamp())

    def redo(self) -> EventRecord:
        """Redo the step this seat most recently undid."""
        return self.run(commands.redo, **self._stamp())

    def seat_undo(self) -> SeatUndo:
        """What this seat's undo and redo would do, and the other seats' latest step, with their
        labels (what the Edit menu says)."""
        state = self.state
        tops = state.undo.of(self.actor)
        other = state.undo.latest_of_others(self.actor)
        label = self._folder.label_of
        return SeatUndo(
            None if tops.undo_seq is None else label(tops.undo_seq),
            None if tops.redo_seq is None else label(tops.redo_seq),
            None if other is None else (other[1], label(other[1]), other[0]),
        )

    # ---------------------------------------------------------------- the speaker queue
    # Speakers are named by entry id; lists by segment id (None: the current segment's list, or
    # between segments the next one's). See facilitator.core.queue_commands.
    def call_next(self, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.call_next, segment_id, **self._stamp())

    def call_speaker(self, entry_id: str) -> EventRecord:
        return self.run(queue_commands.call_speaker, entry_id, **self._stamp())

    def pause_speaker(self) -> EventRecord:
        return self.run(queue_commands.pause_speaker, **self._stamp())

    def resume_speaker(self) -> EventRecord:
        return self.run(queue_commands.resume_speaker, **self._stamp())

    def toggle_speaker_hold(self) -> EventRecord:
        return self.run(queue_commands.toggle_speaker_hold, **self._stamp())

    def extend_speaker(self, seconds: int) -> EventRecord:
        return self.run(queue_commands.extend_speaker, seconds, **self._stamp())

    def finish_speaker(self) -> EventRecord:
        return self.run(queue_commands.finish_speaker, **self._stamp())

    def skip_speaker(self, entry_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.skip_speaker, entry_id, **self._stamp())

    def defer_speaker(self, entry_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.defer_speaker, entry_id, **self._stamp())

    def withdraw_speaker(self, entry_id: str) -> EventRecord:
        return self.run(queue_commands.withdraw_speaker, entry_id, **self._stamp())

    def restore_speaker(self, entry_id: str, position: int | None = None) -> EventRecord:
        return self.run(queue_commands.restore_speaker, entry_id, position, **self._stamp())

    def move_speaker(self, entry_id: str, position: int) -> EventRecord:
        return self.run(queue_commands.move_speaker, entry_id, position, **self._stamp())

    def move_speaker_to_top(self, entry_id: str) -> EventRecord:
        return self.run(queue_commands.move_speaker_to_top, entry_id, **self._stamp())

    def move_speaker_up(self, entry_id: str) -> EventRecord:
        return self.run(queue_commands.move_speaker_up, entry_id, **self._stamp())

    def move_speaker_down(self, entry_id: str) -> EventRecord:
        return self.run(queue_commands.move_speaker_down, entry_id, **self._stamp())

    def prefer_unheard(self, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.prefer_unheard, segment_id, **self._stamp())

    def alternate_room_online(self, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.alternate_room_online, segment_id, **self._stamp())

    # A fair floor (issue 21): balance, points of order and rights of reply, budgets.
    def balance_list(
        self, measure: BalanceMeasure = BalanceMeasure.TURNS, segment_id: str | None = None
    ) -> EventRecord:
        return self.run(floor_commands.balance_list, measure, segment_id, **self._stamp())

    def point_of_order(self, participant_id: str = "") -> EventRecord:
        return self.run(floor_commands.point_of_order, participant_id, **self._stamp())

    def right_of_reply(self, participant_id: str = "") -> EventRecord:
        return self.run(floor_commands.right_of_reply, participant_id, **self._stamp())

    def set_budget(
        self, group: Category, seconds: int, segment_id: str | None = None
    ) -> EventRecord:
        return self.run(floor_commands.set_budget, group, seconds, segment_id, **self._stamp())

    def close_list(self, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.close_list, segment_id, **self._stamp())

    def reopen_list(self, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.reopen_list, segment_id, **self._stamp())

    def set_speaking_limit(self, seconds: int, segment_id: str | None = None) -> EventRecord:
        return self.run(queue_commands.set_speaking_limit, seconds, segment_id, **self._stamp())

    def queue_speaker(
        self,
        participant_id: str,
        segment_id: str | None = None,
        position: int | None = None,
        addresses: Sequence[str] = (),
        note: str = "",
    ) -> EventRecord:
        return self.run(
            queue_commands.queue_speaker,
            participant_id,
            segment_id,
            position,
            addresses,
            note,
            **self._stamp(),
        )

    def edit_speaker(
        self, entry_id: str, addresses: Sequence[str] | None = None, note: str | None = None
    ) -> EventRecord:
        return self.run(queue_commands.edit_speaker, entry_id, addresses, note, **self._stamp())

    def add_guest(
        self,
        name: str,
        organization: str,
        category: Category = Category.OTHER,
        attendance: Attendance = Attendance.ROOM,
    ) -> EventRecord:
        """The new participant's id is ``record.payload["participant"]["id"]``."""
        return self.run(
            queue_commands.add_guest, name, organization, category, attendance, **self._stamp()
        )

    def queue_guest(
        self,
        name: str,
        organization: str,
        segment_id: str | None = None,
        attendance: Attendance = Attendance.ROOM,
        category: Category = Category.OTHER,
    ) -> EventRecord:
        """Add a guest and put them on a list, in one line: two events (two undo steps). The list
        is checked first, so a closed list adds no guest."""
        queue_commands.check_can_queue(self.state, segment_id)
        added = self.add_guest(name, organization, category, attendance)
        return self.queue_speaker(str(added.payload["participant"]["id"]), segment_id)

    def add_participant(self, participant: Participant) -> EventRecord:
        return self.run(queue_commands.add_participant, participant, **self._stamp())

    def edit_participant(self, participant: Participant) -> EventRecord:
        return self.run(queue_commands.edit_participant, participant, **self._stamp())

    def import_participants(
        self, participants: Sequence[Participant], source: str = ""
    ) -> EventRecord:
        return self.run(queue_commands.import_participants, participants, source, **self._stamp())

    # ------------------------------------------------------------------------------ backups
    def backup_if_due(self, now: dt.datetime | None = None) -> bool:
        """Take the rolling backup when it is due at ``now`` (default: the clock's now; the GUI's
        timer asks every minute, reading the clock on its own thread, and backs up on another)."""
        if self.db.backup_due(now or self.clock.now()):
            self.db.backup_now("running")
            return True
        return False

    # ---------------------------------------------------------------- the interventions
    # The rapporteur is this session's actor. See facilitator.core.intervention_commands.
    def log_intervention(self, draft: InterventionDraft | Mapping[str, Any]) -> EventRecord:
        """Capture an intervention (a draft, or a mapping of its fields). The new id is
        ``record.payload["id"]``."""
        return self.run(intervention_commands.log_intervention, draft, **self._stamp())

    def edit_intervention(
        self, intervention_id: str, changes: Mapping[str, Any] | None = None, **more: Any
    ) -> EventRecord:
        """Change fields of an intervention: ``edit_intervention("i-3", summary="…")``, or with a
        mapping (``controller.act(lambda s: s.edit_intervention("i-3", {"summary": "…"}))``)."""
        fields = {**(changes or {}), **more}
        return self.run(
            intervention_commands.edit_intervention, intervention_id, fields, **self._stamp()
        )

    def delete_intervention(self, intervention_id: str) -> EventRecord:
        return self.run(intervention_commands.delete_intervention, intervention_id, **self._stamp())

    def restore_intervention(self, intervention_id: str) -> EventRecord:
        return self.run(
            intervention_commands.restore_intervention, intervention_id, **self._stamp()
        )

    def intervention_prefill(self) -> InterventionDraft:
        """The draft a new capture starts from, filled from the floor (nothing is written)."""
        return intervention_commands.prefill(self.state, self.clock.now())

    # ---------------------------------------------------------------- the capture pane's draft
    def draft_key(self) -> str:
        """The key of this meeting's drafts: its database and its id."""
        from pathlib import Path

        from facilitator.store import drafts

        url = self.db.url
        where = url.render_as_string(hide_password=True)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            where = str(Path(str(url.database)).resolve())  # however the file was named
        return drafts.meeting_key(where, self.meeting_id)

    def save_intervention_draft(self, data: Mapping[str, Any]) -> bool:
        """Keep what this rapporteur is typing (see facilitator.store.drafts); False when the
        same draft is already saved. Raises DraftError when it cannot be written."""
        from facilitator.store import drafts

        return drafts.save_draft(self.draft_key(), self.actor, data)

    def load_intervention_draft(self) -> dict[str, Any] | None:
        """This rapporteur's draft after a crash, or None; never raises."""
        from facilitator.store import drafts

        return drafts.load_draft(self.draft_key(), self.actor)

    def clear_intervention_draft(self) -> None:
        from facilitator.store import drafts

        drafts.clear_draft(self.draft_key(), self.actor)
