"""One open meeting: commands checked by the core, committed by the store, then folded.

This is the only path by which anything happens in a meeting, for the GUI, the CLI and the tests:

1. a command function from :mod:`facilitator.core.commands` (or a later slice's) checks the
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
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec

from facilitator.core import commands, intervention_commands, queue_commands
from facilitator.core.clock import Clock, ClockJump, SystemClock
from facilitator.core.errors import MalformedEventError
from facilitator.core.intervention_commands import InterventionDraft
from facilitator.core.journal import EventRecord
from facilitator.core.participants import Attendance, Category, Participant
from facilitator.core.programme import Programme
from facilitator.core.state import (
    AgendaState,
    Folder,
    MeetingState,
    SegmentStatus,
    SittingStatus,
    fold,
)
from facilitator.store.database import Database
from facilitator.store.errors import DamagedMeeting, StoreError
from facilitator.store.records import MeetingStatus, MeetingSummary

log = logging.getLogger(__name__)
P = ParamSpec("P")
Listener = Callable[[EventRecord, MeetingState], None]
Command = Callable[Concatenate[MeetingState, P], EventRecord]


@dataclass(frozen=True, slots=True)
class MeetingOverview:
    """A meeting as the start screen lists it: where it stopped, in words."""

    summary: MeetingSummary
    where: str
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


def overview(db: Database) -> list[MeetingOverview]:
    """Every meeting, newest first, with where it stopped (its journal folded). A damaged meeting
    is listed as damaged, with what to do; it never hides the others."""
    rows = []
    for summary in reversed(db.list_meetings()):
        try:
            loaded = db.load_meeting(summary.id)
            state = fold(loaded.programme, loaded.events)
        except MalformedEventError as exc:
            rows.append(_damaged(summary, exc.seq or 0))
            continue
        except DamagedMeeting as exc:
            rows.append(_damaged(summary, exc.seq))
            continue
        paused = state.agenda.current is not None and state.agenda.paused
        # Meeting data edited in the programme editor is journaled: the list follows it, but a
        # name the Co-Chairs gave the meeting in the list stays.
        renamed = summary.title != loaded.programme.title
        title = summary.title if renamed else state.programme.title
        rows.append(
            MeetingOverview(summary, where_it_stopped(state), paused, title, state.programme.date)
        )
    return rows


def _damaged(summary: MeetingSummary, seq: int) -> MeetingOverview:
    return MeetingOverview(
        summary,
        f"damaged at event {seq}: open it read-only up to event {seq - 1}, or restore a backup",
        title=summary.title,
        date=summary.date,
        damaged_at=seq,
    )


def where_it_stopped(state: MeetingState) -> str:
    agenda = state.agenda
    if agenda.current is not None:
        title = state.programme.segment(agenda.current).display_title
        return f"{'paused in' if agenda.paused else 'running'}: {title}"
    if not agenda.started:
        return "not started"
    upcoming = agenda.next_id()
    if upcoming is None:
        return "ended"
    return f"before: {state.programme.segment(upcoming).display_title}"


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
    ) -> None:
        """``until``: open the journal up to that event only, read-only (a damaged meeting, up
        to the event before the damage): every command is then refused in words."""
        loaded = db.load_meeting(meeting_id, until=until)
        self.db = db
        self.meeting_id = meeting_id
        self.clock = clock
        self.actor = actor or default_actor()
        self.status = loaded.summary.status
        self.original_programme = loaded.programme
        self.read_only_until = until
        self._folder = Folder(loaded.programme)
        try:
            self._folder.extend(loaded.events)
        except MalformedEventError as exc:  # readable JSON, but not the event it says it is
            raise DamagedMeeting(meeting_id, exc.seq or 0, detail=exc.message) from exc
        self._listeners: list[Listener] = []

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
            raise StoreError(
                f"This meeting is open read-only, up to event {self.read_only_until} (the next"
                " one is damaged): nothing can be changed. Restore a backup to go on with it."
            )
        record = command(self.state, *args, **kwargs)
        return self.append(record)

    def append(self, record: EventRecord) -> EventRecord:
        """Commit an already-checked event and fold it."""
        saved = self.db.append_event(self.meeting_id, record)
        if saved.seq != self.state.last_seq + 1:
            # Another seat appended meanwhile: fold its events first, in journal order.
            for missed in self.db.events_since(self.meeting_id, self.state.last_seq):
                if missed.seq < saved.seq:
                    self._folder.apply(missed)
                    for listener in list(self._listeners):
                        listener(missed, self.state)
        self._folder.apply(saved)
        self._update_status()
        for listener in list(self._listeners):
            listener(saved, self.state)
        return saved

    def refresh(self) -> list[EventRecord]:
        """Fold what other seats appended to the same journal since we last looked."""
        fresh = self.db.events_since(self.meeting_id, self.state.last_seq)
        for record in fresh:
            self._folder.apply(record)
            for listener in list(self._listeners):
                listener(record, self.state)
        return fresh

    def _stamp(self) -> dict[str, Any]:
        return {"now": self.clock.now(), "actor": self.actor}

    def _update_status(self) -> None:
        """Keep the meeting list's status in step with the journal (planned → running → ended)."""
        wanted = status_of(self.state.agenda)
        if wanted != self.status:
            self.db.set_status(self.meeting_id, wanted)
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
        return self.run(commands.undo, **self._stamp())

    def redo(self) -> EventRecord:
        return self.run(commands.redo, **self._stamp())

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
