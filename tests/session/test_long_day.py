"""A simulated long day (issue 8): six hours, 300 speakers, 1,000 interventions, checked after
every event.

The bundled trafficking-in-persons programme (10 July 2024, Vienna) runs from start to end on a
real SQLite store, through :class:`MeetingSession` only, with a fake clock advanced by a seeded
random generator (the same day every run). Two seats share the store: the Co-Chairs' console
(agenda and speaker queue) and a rapporteur (captures), each folding what the other appended.

* **The morning sitting** (10:00-13:00): opening remarks, the Secretariat's briefings, the floor
  interventions, Panel 1 and its Q&A; the sitting is ended. **Lunch**: the rapporteur reviews
  and edits. **The afternoon sitting** (15:00-18:00): Panel 2 and its Q&A, the tour-de-table on
  the three standing items, closing remarks; the sitting is ended. Every segment runs.
* **300 speakers**: 270 registered (imported as one list: every stakeholder category, in the
  room and online, some declaring gender and youth) and 30 guests added on the day. Every one of
  them asks for the floor. The Co-Chairs call them in turn (or out of turn), hold their clock,
  extend them, skip, defer or withdraw them (waiting or on the floor), restore them, move them,
  put those not yet heard first, alternate room and online, close the list and set the limit
  that fits. Some overrun; some ask twice. Panellists answer the Q&A questions in batches.
* **1,000 interventions** captured by the rapporteur from the floor (the prefill is checked
  against the speaker on the floor): questions, answers linked to them, statements,
  recommendations, inputs on related activities, tagged to their segments and the standing items
  the speaker addressed, with the guiding questions they answer; summaries with markup, formulas,
  right-to-left text; some edited, deleted and restored, or deleted and undone.
* **Undo/redo**: Co-Chair steps undone and redone at random (the state after the undo must be
  the state before the step, after the redo the state after it); captures undone and retaken.

After **every** event the invariants of :mod:`tests.session.long_day_invariants` are checked
against the state of the seat that appended it: one floor, each entry in one place, every segment
and speaker clock, the interventions; the queue's figures after every event that changed the
queue; the session record every ``RECORD_EVERY`` events and after each undo and redo. Every
``FOLD_EVERY`` events, after each undo and redo, and at the end the journal is read back from the
store and folded, and must equal the live state; at the end the database is closed, reopened and
the meeting folded again. The last tests show that each checker fails on a broken state, and
record a bug the day does not check yet (a paused segment leaves the speaker's clock running).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from facilitator.core.agenda import timing
from facilitator.core.agenda.timing import Phase, TimingSettings
from facilitator.core.agenda.values import Run, SegmentStatus, SittingStatus
from facilitator.core.clock import FakeClock
from facilitator.core.errors import CommandError
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.commands import InterventionDraft
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import SegmentKind
from facilitator.core.queue.figures import queue_figures
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.timing import QueueSettings
from facilitator.core.queue.values import SpeakerStatus
from facilitator.core.record import build_record
from facilitator.formats.programme.files import read_programme
from facilitator.session import MeetingSession
from facilitator.store import open_database
from facilitator.store.database import Database
from facilitator.store.records import MeetingStatus
from tests.conftest import PROGRAMMES_DIR
from tests.session import long_day_invariants as inv

SEED = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"
VIENNA = ZoneInfo("Europe/Vienna")
RANDOM_SEED = 20240710

REGISTERED = 270
GUESTS = 30
SPEAKERS = REGISTERED + GUESTS
CAPTURES = 1000
#: Every commit of the store waits for the disk (synchronous=FULL); 2,400 of them cost seconds on
#: a busy CI machine. What survives a power cut is the store's and the kill test's business, not
#: this test's: here SQLite only writes through to the OS (WAL, synchronous=NORMAL).
PRAGMAS = {"synchronous": "NORMAL"}
#: The journal is re-read from the store and folded every this many events (and after each
#: undo/redo, and at the end). Every event would be ideal; it costs a full fold each time.
FOLD_EVERY = 100
#: The session record is built and checked every this many events (and after each undo/redo, and
#: at the end): with 1,000 interventions one build takes about 20 ms.
RECORD_EVERY = 10

CO_CHAIRS = ("p-1", "p-2")
SECRETARIAT = ("p-3", "p-4")
PANELS = {  # the panel, its Q&A, its moderator then its panellists
    "seg-5": ("seg-6", ("p-5", "p-6", "p-7", "p-8", "p-9")),
    "seg-7": ("seg-8", ("p-10", "p-11", "p-12", "p-13", "p-14")),
}
PANEL_OF_QA = {qa: panel for panel, (qa, _) in PANELS.items()}
DESIGNATED = {
    "seg-1": CO_CHAIRS,
    "seg-2": SECRETARIAT,
    "seg-4": SECRETARIAT[:1],
    "seg-5": PANELS["seg-5"][1],
    "seg-7": PANELS["seg-7"][1],
    "seg-12": CO_CHAIRS,
}
MORNING = ("seg-1", "seg-2", "seg-3", "seg-4", "seg-5", "seg-6")
AFTERNOON = ("seg-7", "seg-8", "seg-9", "seg-10", "seg-11", "seg-12")
STANDING = ("seg-9", "seg-10", "seg-11")
#: At the end of these segments a Co-Chair clicks by mistake, and takes it back.
AGENDA_SLIPS = {"seg-2": "next", "seg-4": "pause", "seg-6": "extend", "seg-8": "next"}

CATEGORY_WEIGHTS = {
    Category.NGO: 36,
    Category.ACADEMIA: 18,
    Category.PRIVATE_SECTOR: 12,
    Category.STATE_PARTY: 14,
    Category.INTERGOVERNMENTAL: 7,
    Category.UN_ENTITY: 7,
    Category.OTHER: 6,
}
SUMMARY_FLAVOURS = (
    "",
    " <b>bold</b> & <script>alert(1)</script>",
    " =SUM(A1:A9)",
    " — مكافحة الاتجار بالأشخاص",
    " « victims first »\nsecond line",
)
_ZERO = dt.timedelta(0)


def vienna(hour: int, minute: int = 0) -> dt.datetime:
    """A wall time on the meeting's day in Vienna, as the UTC instant the journal stores."""
    return dt.datetime(2024, 7, 10, hour, minute, tzinfo=VIENNA).astimezone(dt.UTC)


def registration(rng: random.Random) -> list[Participant]:
    """The registration list: Co-Chairs, the Secretariat, the panellists, then everyone else in
    every stakeholder category, about a third online; some declare gender and youth."""
    categories = list(CATEGORY_WEIGHTS)
    weights = list(CATEGORY_WEIGHTS.values())
    people = []
    for n in range(1, REGISTERED + 1):
        if n <= 2:
            category, attendance = Category.STATE_PARTY, Attendance.ROOM
        elif n <= 4:
            category, attendance = Category.UN_ENTITY, Attendance.ROOM
        elif n <= 14:
            category = rng.choice(
                (Category.ACADEMIA, Category.UN_ENTITY, Category.INTERGOVERNMENTAL, Category.NGO)
            )
            attendance = Attendance.ONLINE if n in (9, 14) else Attendance.ROOM
        else:
            category = rng.choices(categories, weights)[0]
            attendance = Attendance.ONLINE if rng.random() < 0.35 else Attendance.ROOM
        title = rng.choice(("Ms.", "Mr.", "Dr.", "Prof.", ""))
        people.append(
            Participant(
                f"p-{n}",
                f"{title} Speaker {n:03d}".strip(),
                f"{category.label} organization {n % 45}",
                category,
                attendance,
                rng.choice((None, None, "female", "Female", "male", "non-binary")),
                rng.choice((None, None, True, False)),
            )
        )
    return people


class LongDay:
    """The day's script, its two seats, and the checks run on every event."""

    def __init__(self, db: Database, meeting_id: int, clock: FakeClock, seed: int) -> None:
        self.db = db
        self.meeting_id = meeting_id
        self.clock = clock
        self.rng = random.Random(seed)
        self.chair = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        self.rapporteur = MeetingSession(db, meeting_id, clock=clock, actor="Rapporteur")
        self.programme = self.chair.programme
        # What the checks saw.
        self.checks = 0
        self.records = 0
        self.figures = 0
        self.folds = 0
        self.refused = 0
        self.stats: Counter[str] = Counter()
        self.latest: dict[str, MeetingState] = {}
        self.before = self.after = self.chair.state
        self.last_own: EventRecord | None = None
        self.journal_seq = 0  # the last seq appended by either seat
        self.checked: dict[str, MeetingState] = {}  # by seat, the last state checked
        for seat in (self.chair, self.rapporteur):
            self.latest[seat.actor] = seat.state
            seat.subscribe(self._listener(seat))
        # What the script knows of the day.
        self.pool: list[str] = []  # who has not asked for the floor yet ("guest-N" for guests)
        self.captured: dict[str, list[Any]] = {}  # id -> [deleted, summary]: what we expect
        self.pending_questions: dict[str, list[str]] = {"seg-6": [], "seg-8": []}
        self.trickle = 0  # requests still to come during the current segment

    # ------------------------------------------------------------------ the checks
    def _listener(self, seat: MeetingSession) -> Callable[[EventRecord, MeetingState], None]:
        def on_event(record: EventRecord, state: MeetingState) -> None:
            self.journal_seq = max(self.journal_seq, record.seq)
            previous = self.latest[seat.actor]
            self.latest[seat.actor] = state
            if record.actor != seat.actor:
                return  # the other seat's event, checked there when it was appended
            self.before, self.after, self.last_own = previous, state, record
            self.check(state, record)

        return on_event

    def check(self, state: MeetingState, record: EventRecord) -> None:
        """Every invariant, on the state just after ``record``.

        Two views cost more than the rest and are built less often: the queue's figures after
        every event that changed the queue (not after a capture, which leaves it as it was), and
        the session record (every intervention, every turn: about 20 ms at the end of the day)
        every ``RECORD_EVERY`` events, after each undo and redo, and at the end."""
        now = self.clock.now()
        checked = self.checked.get(record.actor)  # what this seat's checks passed on last
        self.checked[record.actor] = state
        inv.check_one_floor(state)
        inv.check_entries_in_one_place(state)
        inv.check_segment_clocks(state, now)
        inv.check_speaker_clocks(state, now, checked)
        inv.check_interventions(state, self.programme, checked)
        undo_redo = record.type in ("Undone", "Redone")
        with_record = undo_redo or record.seq % RECORD_EVERY == 0
        if with_record or checked is None or queue_of(checked) is not queue_of(state):
            figures = queue_figures(state, now)
            inv.check_queue_totals(figures)
            self.figures += 1
            if with_record:
                built = build_record(state, now)
                inv.check_record_totals(built)
                inv.check_views_agree(state, figures, built)
                self.records += 1
        self.checks += 1
        if undo_redo or record.seq % FOLD_EVERY == 0:
            self.check_fold(state)

    def check_fold(self, state: MeetingState) -> None:
        loaded = self.db.load_meeting(self.meeting_id)
        inv.check_journal_fold(loaded.events, loaded.programme, state)
        self.folds += 1

    # ------------------------------------------------------------------ acting
    def do(
        self, seat: MeetingSession, name: str, *args: Any, may_fail: bool = False, **kw: Any
    ) -> EventRecord | None:
        """Run a session command from ``seat`` (first folding what the other seat appended).
        A refusal is an error unless ``may_fail``; then nothing may have been written."""
        if seat.state.last_seq < self.journal_seq:
            seat.refresh()
        last = seat.state.last_seq
        try:
            record: EventRecord = getattr(seat, name)(*args, **kw)
        except CommandError:
            if not may_fail:
                raise
            self.refused += 1
            assert seat.state.last_seq == last, f"a refused {name} changed the state"
            assert self.db.events_since(self.meeting_id, last) == [], f"a refused {name} wrote"
            return None
        self.stats[name] += 1
        return record

    def chair_do(self, name: str, *args: Any, may_fail: bool = False, **kw: Any) -> Any:
        return self.do(self.chair, name, *args, may_fail=may_fail, **kw)

    def advance(self, seconds: float) -> None:
        """Time passes (to the millisecond, as a real clock's would)."""
        self.clock.advance(seconds=round(max(seconds, 0.0), 3))

    @property
    def state(self) -> MeetingState:
        """The whole meeting as the Co-Chairs' console has it (caught up with the rapporteur)."""
        if self.chair.state.last_seq < self.journal_seq:
            self.chair.refresh()
        return self.chair.state

    def undo_redo(self, seat: MeetingSession) -> None:
        """Undo the step ``seat`` just took, then redo it: the state must come back to exactly
        before the step, then to exactly after it."""
        assert self.last_own is not None and self.last_own.actor == seat.actor
        seat.refresh()
        assert seat.state.undo.undo_seq == self.last_own.seq
        before, after = self.before.slices, self.after.slices
        self.advance(self.rng.uniform(1, 4))
        self.do(seat, "undo")
        assert seat.state.slices == before, "undo did not bring back the state before the step"
        assert seat.state.undo.redo_seq is not None
        self.advance(self.rng.uniform(1, 4))
        self.do(seat, "redo")
        assert seat.state.slices == after, "redo did not bring back the state after the step"

    # ------------------------------------------------------------------ the day
    def run(self) -> None:
        rng = self.rng
        self.clock.set(vienna(9, 30))
        self.chair_do("import_participants", registration(rng), "registration.xlsx")
        general = [f"p-{n}" for n in range(15, REGISTERED + 1)]
        general += [f"guest-{n}" for n in range(1, GUESTS + 1)]
        rng.shuffle(general)
        self.pool = general
        self.queue_for(MORNING[0])

        self.clock.set(vienna(10, 0) - dt.timedelta(seconds=20))
        self.chair_do("start_sitting", 0)
        self.advance(20)
        self.chair_do("start")
        self.run_sitting(MORNING)
        self.chair_do("end_sitting")
        self.undo_redo(self.chair)  # the sitting's end taken back and done again
        assert self.state.agenda.sittings[0].status is SittingStatus.ENDED

        self.lunch()
        self.clock.set(max(self.clock.now(), vienna(15, 0) - dt.timedelta(minutes=5)))
        self.queue_for(AFTERNOON[0])
        self.clock.set(max(self.clock.now(), vienna(15, 0) - dt.timedelta(seconds=45)))
        self.chair_do("start_sitting", 1)
        self.advance(45)
        self.chair_do("start")
        self.run_sitting(AFTERNOON)
        self.chair_do("end_sitting")
        self.catch_up()

    def run_sitting(self, segments: tuple[str, ...]) -> None:
        for n, sid in enumerate(segments):
            if n:
                self.queue_for(sid)
                self.advance(self.rng.uniform(5, 40))
                self.chair_do("next")
            assert self.state.agenda.current == sid
            if sid in DESIGNATED:
                self.designated(sid)
            else:
                self.floor(sid)
            if sid in AGENDA_SLIPS:
                self.undo_redo_agenda(AGENDA_SLIPS[sid])

    def undo_redo_agenda(self, what: str) -> None:
        """A mistaken click on the agenda, taken back: a pause or an extension undone and
        redone, or a "Next" undone (the floor it ended comes back with it)."""
        if what == "next":
            before = self.state.slices
            self.chair_do("next")
            self.advance(self.rng.uniform(1, 5))
            self.chair_do("undo")
            assert self.state.slices == before, "undoing Next did not bring the segment back"
            self.stats["next undone"] += 1
            return
        record = self.chair_do(what, *((300,) if what == "extend" else ()), may_fail=True)
        if record is not None:
            self.undo_redo(self.chair)
            if what == "pause":
                self.advance(self.rng.uniform(5, 60))
                self.chair_do("resume")

    # ------------------------------------------------------------------ the lists
    def floor_minutes_left(self, sid: str) -> int:
        order = [s for s in (*MORNING, *AFTERNOON) if s not in DESIGNATED]
        return sum(self.programme.segment(s).planned_minutes for s in order[order.index(sid) :])

    def queue_for(self, sid: str) -> None:
        """Requests for the floor of ``sid`` that came in before it starts."""
        if sid in DESIGNATED:
            for pid in DESIGNATED[sid]:
                self.request(pid, sid)
            return
        share = self.programme.segment(sid).planned_minutes / self.floor_minutes_left(sid)
        quota = round(len(self.pool) * share)
        # Some ask during the segment; on the last open floor of the day everyone left asks now.
        self.trickle = 0 if share == 1 else quota - round(quota * 0.6)
        for _ in range(quota - self.trickle):
            self.request_from_pool(sid)

    def request(self, pid: str, sid: str, position: int | None = None) -> EventRecord | None:
        addresses: tuple[str, ...] = ()
        if sid in STANDING and self.rng.random() < 0.3:
            others = [s for s in STANDING if s != sid]
            addresses = tuple(self.rng.sample(others, self.rng.randint(1, 2)))
        note = self.rng.choice(("", "", "", "on behalf of a coalition", "wishes to show slides"))
        args = (pid, sid, position, addresses, note)
        record: EventRecord | None = self.chair_do("queue_speaker", *args, may_fail=True)
        return record

    def request_from_pool(self, sid: str) -> bool:
        """The next one who has not asked yet asks for the floor of ``sid`` (a guest is added on
        the fly). On a closed list the request is refused, nothing is written, and they will
        ask on a later list."""
        if not self.pool:
            return False
        who = self.pool.pop()
        if who.startswith("guest-"):
            n = int(who[6:])
            category = self.rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
            attendance = Attendance.ONLINE if self.rng.random() < 0.4 else Attendance.ROOM
            name, organization = f"Guest Speaker {n:02d}", f"Walk-in organization {n}"
            args = (name, organization, sid, attendance, category)
            record = self.chair_do("queue_guest", *args, may_fail=True)
        else:
            record = self.request(who, sid)
        if record is None:
            assert queue_of(self.state).list_of(sid).closed
            self.stats["refused: the list is closed"] += 1
            self.pool.insert(0, who)
            return False
        return True

    def repeat_request(self, sid: str) -> None:
        """Someone already heard today asks again."""
        queue = queue_of(self.state)
        heard = sorted(queue.heard_participants() - set(CO_CHAIRS))
        place = self.rng.randint(0, len(queue.list_of(sid).waiting))  # a place given by mistake
        if heard and self.request(self.rng.choice(heard), sid, place) is not None:
            self.chair_do("prefer_unheard", may_fail=True)  # those not yet heard go first

    # ------------------------------------------------------------------ segments
    def designated(self, sid: str) -> None:
        """Remarks, briefings, panels: the designated speakers, each for a share of the time."""
        segment = self.programme.segment(sid)
        allotted = segment.planned_minutes * 60
        speakers = DESIGNATED[sid]
        share = allotted // len(speakers)
        if segment.kind is SegmentKind.PANEL:  # the moderator opens briefly
            share = (allotted - 150) // (len(speakers) - 1)
        self.chair_do("set_speaking_limit", share, sid, may_fail=True)
        first = True
        while queue_of(self.state).list_of(sid).waiting:
            self.advance(self.rng.uniform(3, 20))
            self.chair_do("call_next")
            planned = 120 if (first and segment.kind is SegmentKind.PANEL) else share
            self.speak(planned * self.rng.uniform(0.8, 1.08), overrun_ok=False)
            self.captures(sid, self.rng.randint(1, 3), on_floor=True)
            self.chair_do("finish_speaker")
            first = False
        left = timing.segment_timing(self.state, sid, self.clock.now()).remaining
        self.advance(max(left.total_seconds(), 0) * self.rng.uniform(0.5, 1.0))

    def floor(self, sid: str) -> None:
        """A segment whose floor is open: the list, in turn, until it is empty or time is up."""
        rng = self.rng
        allotted = self.programme.segment(sid).planned_minutes * 60
        expected = len(queue_of(self.state).list_of(sid).waiting) + self.trickle
        limit = max(30, min(180, 5 * round(allotted * 0.8 / max(expected, 1) / 5)))
        self.chair_do("set_speaking_limit", limit, may_fail=True)
        if sid in PANEL_OF_QA:  # the Q&As alternate the room and online
            self.chair_do("alternate_room_online", may_fail=True)
        since_answers, answers_every = 0, rng.randint(4, 7)
        while True:
            state = self.state
            lst = queue_of(state).list_of(sid)
            remaining = timing.segment_timing(state, sid, self.clock.now()).remaining
            if remaining < dt.timedelta(minutes=-8):
                # Time is up. Those still waiting who have not been heard today ask again on
                # the next open floor.
                heard = queue_of(state).heard_participants()
                again = [lst.entries[e].participant_id for e in lst.waiting]
                again = [pid for pid in again if pid not in heard]
                self.pool.extend(reversed(again))
                self.stats["left waiting at the end of a segment"] += len(lst.waiting)
                break
            if not lst.waiting and queue_of(state).floor is None:
                if self.trickle > 0:
                    self.trickle -= 1
                    self.request_from_pool(sid)
                    continue
                break
            self.between_turns(sid)
            if sid in PANEL_OF_QA and since_answers >= answers_every:
                self.panel_answers(sid)
                since_answers, answers_every = 0, rng.randint(4, 7)
                continue
            if self.floor_turn(sid):
                since_answers += 1
            if self.trickle > 0 and rng.random() < 0.7:
                self.trickle -= 1
                self.request_from_pool(sid)
            if rng.random() < 0.04:
                self.repeat_request(sid)
        if sid in PANEL_OF_QA and self.pending_questions[sid]:
            self.panel_answers(sid)
        self.trickle = 0  # those who did not ask in time stay in the pool for the next lists

    def floor_turn(self, sid: str) -> bool:
        """One speaker from the list has the floor, speaks, and their turn ends somehow."""
        rng = self.rng
        self.advance(rng.uniform(1, 6))
        lst = queue_of(self.state).list_of(sid)
        if not lst.waiting:
            if queue_of(self.state).floor is not None:
                self.chair_do("finish_speaker")  # the last one was left on the floor
            return False
        if len(lst.waiting) >= 3 and rng.random() < 0.06:
            self.chair_do("call_speaker", rng.choice(lst.waiting[1:4]))
            self.stats["called out of turn"] += 1
        else:
            self.chair_do("call_next")
        if rng.random() < 0.02:
            self.undo_redo(self.chair)
        self.speak(None, overrun_ok=True)
        queue = queue_of(self.state)
        entry = queue.floor_speaker()
        assert entry is not None
        on_floor = rng.random() < 0.5
        if on_floor:
            self.captures(sid, 1, on_floor=True)
        end = rng.random()
        waiting = queue.list_of(sid).waiting
        if end < 0.74:
            self.chair_do("finish_speaker")
        elif end < 0.86 and waiting:
            self.stats["finished by calling the next"] += 1
        elif end < 0.91:
            self.chair_do("skip_speaker", entry.entry_id)
            self.stats["skipped on the floor"] += 1
        elif end < 0.96:
            self.chair_do("defer_speaker", entry.entry_id)
            self.stats["deferred on the floor"] += 1
        else:
            self.chair_do("withdraw_speaker", entry.entry_id)
            self.stats["withdrawn on the floor"] += 1
        count = rng.choice((1, 2, 2, 3, 3, 4, 5)) - (1 if on_floor else 0)
        self.captures(sid, count, on_floor=False, entry_id=entry.entry_id)
        return True

    def speak(self, seconds: float | None, *, overrun_ok: bool) -> None:
        """The speaker on the floor speaks (``seconds``, or a draw against their limit): some
        overrun and get extended, some have their clock held for a moment."""
        rng = self.rng
        queue = queue_of(self.state)
        lst, entry = queue.floor_list(), queue.floor_speaker()
        assert lst is not None and entry is not None
        limit = entry.allotted_seconds(lst.limit_seconds)
        overrun = overrun_ok and rng.random() < 0.18
        if seconds is None:
            seconds = limit * (rng.uniform(1.05, 1.7) if overrun else rng.uniform(0.35, 0.98))
        if overrun:
            self.stats["overran"] += 1
        if rng.random() < 0.08:
            part = seconds * rng.uniform(0.2, 0.7)
            self.advance(part)
            self.chair_do("toggle_speaker_hold")  # interpretation lost
            self.advance(rng.uniform(4, 30))
            self.chair_do("toggle_speaker_hold")
            self.stats["held"] += 1
            seconds -= part
        if overrun and rng.random() < 0.35:
            before = max(limit - entry.elapsed(self.clock.now()).total_seconds() - 5, 0)
            before = min(before, seconds)
            self.advance(before)
            self.chair_do("extend_speaker", rng.choice((15, 30, 60)))
            seconds -= before
        self.advance(seconds)

    def panel_answers(self, qa: str) -> None:
        """A panellist answers the questions asked so far (linked to them in the capture)."""
        rng = self.rng
        live = [q for q in self.pending_questions[qa] if not self.captured[q][0]]
        self.pending_questions[qa] = live
        if not live:
            return
        panellist = rng.choice(PANELS[PANEL_OF_QA[qa]][1][1:])
        lst = queue_of(self.state).list_of(qa)
        before = [e for e in lst.entries.values() if e.participant_id == panellist]
        waiting = [e for e in before if e.status is SpeakerStatus.WAITING]
        if waiting:
            self.chair_do("move_speaker_to_top", waiting[0].entry_id, may_fail=True)
        elif before and before[-1].status is SpeakerStatus.DONE and rng.random() < 0.5:
            self.chair_do("restore_speaker", before[-1].entry_id, 0)
            self.stats["panellist restored"] += 1
        elif self.request(panellist, qa, 0) is None:
            assert lst.closed, f"{panellist} could not be put on an open list"
            self.chair_do("reopen_list")  # the panellist answers even on a closed list
            assert self.request(panellist, qa, 0) is not None
            self.chair_do("close_list")
        self.advance(rng.uniform(2, 8))
        self.chair_do("call_next")
        floor = queue_of(self.state).floor_speaker()
        assert floor is not None and floor.participant_id == panellist
        self.chair_do("extend_speaker", 120)
        self.speak(rng.uniform(60, 200), overrun_ok=False)
        for _ in range(rng.randint(1, 3)):
            linked = rng.sample(live, min(len(live), rng.randint(1, 3)))
            self.captures(qa, 1, on_floor=True, kind=InterventionKind.ANSWER, answers=linked)
        self.pending_questions[qa] = [q for q in live if rng.random() < 0.2]
        self.chair_do("finish_speaker")

    # ------------------------------------------------------------------ the Co-Chairs' hands
    def between_turns(self, sid: str) -> None:
        """What else happens between two turns: the list is reordered, someone withdraws, the
        limit is adjusted, the segment is paused, a step is undone; the rapporteur edits."""
        rng = self.rng
        state = self.state
        lst = queue_of(state).list_of(sid)
        waiting = list(lst.waiting)
        r = rng.random()
        if r < 0.05 and waiting:
            self.chair_do("withdraw_speaker", rng.choice(waiting))
            self.stats["withdrawn waiting"] += 1
        elif r < 0.08 and waiting:
            self.chair_do("skip_speaker", may_fail=True)
        elif r < 0.11 and waiting:
            self.chair_do("defer_speaker", rng.choice(waiting), may_fail=True)
        elif r < 0.15 and waiting:
            move = rng.choice(("move_speaker_up", "move_speaker_down", "move_speaker_to_top"))
            self.chair_do(move, rng.choice(waiting), may_fail=True)
        elif r < 0.17:
            self.chair_do("prefer_unheard", may_fail=True)
        elif r < 0.19:
            self.chair_do("alternate_room_online", may_fail=True)
        elif r < 0.22:
            gone = [e.entry_id for e in lst.entries.values() if e.status is SpeakerStatus.WITHDRAWN]
            if gone:
                self.chair_do("restore_speaker", rng.choice(gone), may_fail=True)
        elif r < 0.24 and waiting:
            self.chair_do(
                "edit_speaker",
                rng.choice(waiting),
                None,
                f"note {rng.randint(1, 99)}",
                may_fail=True,
            )
        elif r < 0.29:
            self.adjust_limit(sid)
        elif r < 0.30 and state.agenda.running:
            self.chair_do("pause")
            self.advance(rng.uniform(20, 120))
            self.chair_do("resume")
            self.stats["segment paused"] += 1
        elif (
            r < 0.32
            and self.last_own is not None
            and self.last_own.actor == self.chair.actor
            and self.last_own.type not in ("Undone", "Redone")
        ):
            self.undo_redo(self.chair)
        elif r < 0.43:
            self.rapporteur_edits(1)

    def adjust_limit(self, sid: str) -> None:
        """The Co-Chair reads the figures: set the limit that fits, close the list when even
        the shortest limit would not, or give the segment five more minutes."""
        figures = queue_figures(self.state, self.clock.now(), sid)
        if figures.fits is False and figures.fitting_limit_seconds is not None:
            if figures.fitting_limit_seconds != figures.limit_seconds:
                self.chair_do("set_speaking_limit", figures.fitting_limit_seconds)
        elif figures.none_fits:
            if not queue_of(self.state).list_of(sid).closed:
                self.chair_do("close_list")
                self.stats["list closed"] += 1
            elif self.rng.random() < 0.5:
                self.chair_do("extend", 300)

    # ------------------------------------------------------------------ the rapporteur
    def captures(
        self,
        sid: str,
        count: int,
        *,
        on_floor: bool,
        entry_id: str | None = None,
        kind: InterventionKind | None = None,
        answers: list[str] | None = None,
    ) -> None:
        """``count`` interventions of the speaker on the floor (prefilled from it) or of the
        turn of ``entry_id`` that just ended."""
        rng = self.rng
        for _ in range(count):
            if len(self.captured) >= CAPTURES:
                return
            seat = self.rapporteur
            seat.refresh()
            state = seat.state
            queue = queue_of(state)
            if on_floor:
                draft = seat.intervention_prefill()
                floor = queue.floor_speaker()
                assert floor is not None
                assert draft.queue_entry == floor.entry_id
                assert draft.participant_id == floor.participant_id
                assert draft.tags[0] == sid and draft.end == self.clock.now()
                assert draft.start == floor.first_start
            else:
                assert entry_id is not None
                found = queue.find(entry_id)
                assert found is not None
                entry = found[1]
                person = queue.participant(entry.participant_id)
                assert person is not None
                draft = InterventionDraft(
                    participant_id=person.id,
                    queue_entry=entry_id,
                    start=entry.first_start,
                    end=entry.ended_at or self.clock.now(),
                    tags=tuple(dict.fromkeys((sid, *entry.addresses))),
                )
            segment_kind = self.programme.segment(sid).kind
            if kind is None:
                if segment_kind is SegmentKind.QA:
                    chosen = rng.choice(
                        (InterventionKind.QUESTION,) * 4 + (InterventionKind.STATEMENT,)
                    )
                elif segment_kind in (SegmentKind.STANDING_ITEM, SegmentKind.INTERVENTIONS):
                    chosen = rng.choice(
                        (
                            InterventionKind.STATEMENT,
                            InterventionKind.STATEMENT,
                            InterventionKind.RECOMMENDATION,
                            InterventionKind.RELATED_ACTIVITIES,
                        )
                    )
                else:
                    chosen = InterventionKind.STATEMENT
            else:
                chosen = kind
            tags = draft.tags
            if segment_kind is SegmentKind.QA and rng.random() < 0.5:
                tags = (*tags, PANEL_OF_QA[sid])
            questions = []
            for tag in tags:
                asked = self.programme.segment(tag).guiding_questions
                for index in range(len(asked)):
                    if rng.random() < 0.3:
                        questions.append((tag, index))
            n = len(self.captured) + 1
            summary = f"{chosen.word.capitalize()} {n} in {sid}" + rng.choice(SUMMARY_FLAVOURS)
            draft = replace(
                draft,
                kind=chosen,
                tags=tags,
                questions=tuple(questions),
                answers=tuple(answers or ()),
                summary=summary,
                follow_up=rng.random() < 0.1,
                quotable=rng.random() < 0.05,
            )
            self.advance(rng.uniform(0.1, 1.5))  # the rapporteur types while the floor goes on
            record = self.do(seat, "log_intervention", draft)
            assert record is not None
            iid = str(record.payload["id"])
            if rng.random() < 0.01:  # a capture saved by mistake: undone, then taken again
                self.advance(rng.uniform(1, 3))
                self.do(seat, "undo")
                assert interventions_of(seat.state).get(iid) is None
                self.stats["capture undone"] += 1
                record = self.do(seat, "log_intervention", draft)
                assert record is not None and str(record.payload["id"]) == iid
            self.captured[iid] = [False, summary]
            if chosen is InterventionKind.QUESTION and sid in self.pending_questions:
                self.pending_questions[sid].append(iid)

    def rapporteur_edits(self, count: int) -> None:
        """The rapporteur corrects earlier captures: summaries, flags, kinds, tags; deletes a
        few (undoing some of those at once), restores some."""
        rng = self.rng
        seat = self.rapporteur
        for _ in range(count):
            if not self.captured:
                return
            gone = [i for i, (deleted, _) in self.captured.items() if deleted]
            if gone and rng.random() < 0.15:
                self.advance(rng.uniform(0.5, 3))
                back = rng.choice(gone)
                self.do(seat, "restore_intervention", back)
                self.captured[back][0] = False
                continue
            iid = rng.choice(list(self.captured))
            if self.captured[iid][0]:
                continue
            r = rng.random()
            self.advance(rng.uniform(0.5, 3))
            if r < 0.15:
                self.do(seat, "delete_intervention", iid)
                if rng.random() < 0.4:
                    self.do(seat, "undo")
                    self.stats["delete undone"] += 1
                else:
                    self.captured[iid][0] = True
            elif r < 0.6:
                summary = f"{self.captured[iid][1]} (corrected {rng.randint(1, 9)})"
                self.do(seat, "edit_intervention", iid, summary=summary)
                if rng.random() < 0.1:
                    self.undo_redo(seat)
                self.captured[iid][1] = summary
            elif r < 0.8:
                current = interventions_of(seat.state).get(iid)
                assert current is not None
                self.do(seat, "edit_intervention", iid, follow_up=not current.follow_up)
            else:
                current = interventions_of(seat.state).get(iid)
                assert current is not None
                if current.kind is InterventionKind.STATEMENT:
                    self.do(seat, "edit_intervention", iid, kind=InterventionKind.RECOMMENDATION)
                elif current.kind is InterventionKind.RECOMMENDATION:
                    self.do(seat, "edit_intervention", iid, kind=InterventionKind.STATEMENT)
                else:
                    extra = rng.choice(STANDING)
                    self.do(
                        seat, "edit_intervention", iid, tags=(*current.tags, extra), may_fail=True
                    )

    def lunch(self) -> None:
        """Between the sittings the rapporteur reviews the morning's captures."""
        self.clock.advance(minutes=10)
        self.rapporteur_edits(40)

    def catch_up(self) -> None:
        """After the day the rapporteur completes the captures from their notes (the last turns
        of each segment), up to the day's 1,000."""
        heard = [
            (lst.segment_id, speaker.entry_id)
            for lst in queue_of(self.state).lists.values()
            for speaker in lst.heard()
        ]
        self.stats["captured during the day"] = len(self.captured)
        while len(self.captured) < CAPTURES:
            sid, entry_id = self.rng.choice(heard)
            self.captures(sid, 1, on_floor=False, entry_id=entry_id)
        self.rapporteur_edits(10)


# ============================================================================ the day
@pytest.mark.slow
def test_a_long_day(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'long-day.sqlite3'}"
    clock = FakeClock(vienna(9, 0))
    with open_database(url, clock=clock, backups=False, sqlite_pragmas=PRAGMAS) as db:
        meeting_id = db.create_meeting(read_programme(SEED))
        day = LongDay(db, meeting_id, clock, RANDOM_SEED)
        day.run()
        chair, rapporteur = day.chair, day.rapporteur
        chair.refresh()
        rapporteur.refresh()
        final = chair.state
        assert rapporteur.state == final, "the two seats folded the journal differently"
        day.check_fold(final)
        now = clock.now()

        # Every event was checked once, by the seat that appended it.
        assert day.checks == final.last_seq
        # The whole day ran: both sittings ended, every segment done, the meeting ended.
        agenda = final.agenda
        assert [s.status for s in agenda.sittings] == [SittingStatus.ENDED] * 2
        assert all(s.status is SegmentStatus.DONE for s in agenda.segments())
        assert agenda.current is None
        assert db.meeting_summary(meeting_id).status is MeetingStatus.ENDED
        first, last = agenda.sittings
        assert first.started_at is not None and first.ended_at is not None
        assert last.started_at is not None and last.ended_at is not None
        assert vienna(9, 59) <= first.started_at and last.ended_at <= vienna(19, 0)
        day_length = (first.ended_at - first.started_at) + (last.ended_at - last.started_at)
        assert dt.timedelta(hours=5, minutes=30) <= day_length <= dt.timedelta(hours=7)

        # 300 speakers: every participant asked for the floor; nearly all were heard.
        queue = queue_of(final)
        assert len(queue.participants) == SPEAKERS
        assert sum(1 for p in queue.participants if p.guest) == GUESTS
        asked = {s.participant_id for lst in queue.lists.values() for s in lst.entries.values()}
        assert asked == {p.id for p in queue.participants}
        heard = queue.heard_participants()
        assert len(heard) >= 0.85 * SPEAKERS, len(heard)
        assert {p.category for p in queue.participants if p.id in heard} == set(Category)
        assert {p.attendance for p in queue.participants if p.id in heard} == set(Attendance)
        statuses = Counter(s.status for lst in queue.lists.values() for s in lst.entries.values())
        assert statuses[SpeakerStatus.WITHDRAWN] > 0
        assert statuses[SpeakerStatus.DONE] >= len(heard)

        # 1,000 interventions, as the script expects them (deleted ones kept, marked).
        ivs = interventions_of(final)
        assert len(ivs) == CAPTURES
        expected = {iid: (deleted, summary) for iid, (deleted, summary) in day.captured.items()}
        assert {i.id: (i.deleted, i.summary) for i in ivs} == expected
        kinds = Counter(i.kind for i in ivs.live())
        assert set(kinds) == set(InterventionKind), kinds
        assert sum(1 for i in ivs if i.edited) > 50
        assert any(i.questions for i in ivs) and any(i.answers for i in ivs)

        # The record: every live intervention once; the speakers' turns and their time.
        record = build_record(final, now)
        assert record.intervention_count == len(ivs.live())
        assert len(record.speakers) == sum(len(lst.heard()) for lst in queue.lists.values())
        assert any(s.overtime_seconds > 0 for s in record.speakers)
        unattributed = build_record(final, now, attributed=False)
        inv.check_record_totals(unattributed)
        assert unattributed.intervention_count == record.intervention_count

        # The script did what the docstring says.
        stats = day.stats
        for name in (
            "import_participants",
            "queue_speaker",
            "queue_guest",
            "call_next",
            "call_speaker",
            "finish_speaker",
            "skip_speaker",
            "defer_speaker",
            "withdraw_speaker",
            "restore_speaker",
            "toggle_speaker_hold",
            "extend_speaker",
            "set_speaking_limit",
            "prefer_unheard",
            "alternate_room_online",
            "edit_speaker",
            "log_intervention",
            "edit_intervention",
            "delete_intervention",
            "restore_intervention",
            "undo",
            "redo",
            "pause",
            "resume",
            "start_sitting",
            "end_sitting",
            "next undone",
            "overran",
            "held",
            "capture undone",
            "delete undone",
            "withdrawn on the floor",
            "skipped on the floor",
            "deferred on the floor",
        ):
            assert stats[name] > 0, f"the day never did {name!r}: {dict(stats)}"
        assert stats["move_speaker_up"] + stats["move_speaker_down"] + stats["move_speaker_to_top"]
        # The journal was folded and compared after each undo and redo, every FOLD_EVERY events,
        # and once more above; the record was built every RECORD_EVERY events and on each undo.
        journal = db.load_meeting(meeting_id).events
        undone = [e for e in journal if e.type in ("Undone", "Redone")]
        assert len(undone) == stats["undo"] + stats["redo"]
        assert day.folds == 1 + sum(
            1 for e in journal if e.type in ("Undone", "Redone") or e.seq % FOLD_EVERY == 0
        )
        assert day.records == sum(
            1 for e in journal if e.type in ("Undone", "Redone") or e.seq % RECORD_EVERY == 0
        )

    # Reopened, the database gives back exactly the same meeting.
    with open_database(url, clock=clock, backups=False, sqlite_pragmas=PRAGMAS) as db:
        again = MeetingSession(db, meeting_id, clock=clock, actor="Co-Chair")
        assert again.state == final
        loaded = db.load_meeting(meeting_id)
        inv.check_journal_fold(loaded.events, loaded.programme, final)
    print(  # shown with -s: what the day was made of
        f"\n{final.last_seq} events, {day.checks} checked, {day.folds} journal folds, "
        f"{day.refused} refused; {len(heard)} heard; {dict(sorted(stats.items()))}"
    )


# ============================================================================ the checks can fail
@pytest.fixture
def short_day(tmp_path: Path) -> Iterator[tuple[LongDay, MeetingState]]:
    """A few minutes of a meeting: someone speaking (in overtime), two waiting, one capture."""
    url = f"sqlite:///{tmp_path / 'short.sqlite3'}"
    clock = FakeClock(vienna(10, 0))
    db = open_database(url, clock=clock, backups=False, sqlite_pragmas=PRAGMAS)
    meeting_id = db.create_meeting(read_programme(SEED))
    day = LongDay(db, meeting_id, clock, 1)
    day.chair_do("import_participants", registration(day.rng)[:6])
    for pid in ("p-1", "p-2", "p-3"):
        day.chair_do("queue_speaker", pid, "seg-1")
    day.chair_do("start_sitting", 0)
    day.chair_do("start")
    day.chair_do("call_next")
    day.advance(200)
    day.chair_do("finish_speaker")
    day.chair_do("call_next")
    day.advance(15 * 60)  # the opening remarks (10 min) and the speaker (3 min) in overtime
    day.rapporteur.refresh()
    draft = replace(day.rapporteur.intervention_prefill(), kind=InterventionKind.QUESTION)
    assert draft.participant_id == "p-2"
    day.do(day.rapporteur, "log_intervention", draft)
    state = day.state
    yield day, state
    db.close()


def _with_queue(state: MeetingState, sid: str, **changes: Any) -> MeetingState:
    queue = queue_of(state)
    lst = replace(queue.lists[sid], **changes)
    return replace(
        state, slices={**state.slices, "queue": replace(queue, lists={**queue.lists, sid: lst})}
    )


def test_the_checks_pass_on_a_healthy_state(short_day: tuple[LongDay, MeetingState]) -> None:
    day, state = short_day
    assert day.checks == state.last_seq
    now = day.clock.now()
    assert timing.segment_timing(state, "seg-1", now).phase is Phase.OVERTIME
    floor = queue_of(state).floor_speaker()
    assert floor is not None and floor.remaining(now, 180) < _ZERO
    inv.check_speakers_within_their_segment(state, now)


def test_the_floor_check_catches_two_speakers(short_day: tuple[LongDay, MeetingState]) -> None:
    day, state = short_day
    lst = queue_of(state).lists["seg-1"]
    waiting = lst.entries[lst.waiting[0]]
    speaking = replace(waiting, status=SpeakerStatus.SPEAKING, runs=(Run(day.clock.now()),))
    bad = _with_queue(
        state, "seg-1", entries={**lst.entries, waiting.entry_id: speaking}, waiting=()
    )
    with pytest.raises(AssertionError, match="more than one speaker"):
        inv.check_one_floor(bad)
    elsewhere = replace(queue_of(state), floor=None)
    with pytest.raises(AssertionError, match="nobody has the floor"):
        inv.check_one_floor(replace(state, slices={**state.slices, "queue": elsewhere}))


def test_the_place_check_catches_an_entry_in_two_places(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    _, state = short_day
    lst = queue_of(state).lists["seg-1"]
    with pytest.raises(AssertionError, match="waits twice"):
        inv.check_entries_in_one_place(_with_queue(state, "seg-1", waiting=lst.waiting * 2))
    done = next(e for e in lst.entries.values() if e.status is SpeakerStatus.DONE)
    with pytest.raises(AssertionError, match="not the waiting entries"):
        inv.check_entries_in_one_place(
            _with_queue(state, "seg-1", waiting=(*lst.waiting, done.entry_id))
        )
    queue = queue_of(state)
    other = replace(lst, segment_id="seg-2")
    twice = replace(queue, lists={**queue.lists, "seg-2": other})
    with pytest.raises(AssertionError, match="is in the lists of"):
        inv.check_entries_in_one_place(replace(state, slices={**state.slices, "queue": twice}))


def test_the_segment_clock_check_catches_a_wrong_phase_and_negative_time(
    short_day: tuple[LongDay, MeetingState], monkeypatch: pytest.MonkeyPatch
) -> None:
    day, state = short_day
    now = day.clock.now()
    agenda = state.agenda
    track = agenda.tracks["seg-1"]
    negative = replace(
        agenda, tracks={**agenda.tracks, "seg-1": track._replace(used=-dt.timedelta(seconds=1))}
    )
    with pytest.raises(AssertionError, match="negative"):
        inv.check_segment_clocks(replace(state, slices={**state.slices, "agenda": negative}), now)
    with pytest.raises(AssertionError, match="since it first started"):
        inv.check_segment_clocks(state, now - dt.timedelta(minutes=20))  # before it started
    overlapping = replace(agenda, tracks={**agenda.tracks, "seg-2": track})
    with pytest.raises(AssertionError):
        inv.check_segment_clocks(
            replace(state, slices={**state.slices, "agenda": overlapping}), now
        )
    monkeypatch.setattr(TimingSettings, "phase", lambda self, remaining, allotted: Phase.NORMAL)
    with pytest.raises(AssertionError, match="remaining in phase normal"):
        inv.check_segment_clocks(state, now)


def test_the_speaker_clock_check_catches_a_wrong_phase_and_bad_sums(
    short_day: tuple[LongDay, MeetingState], monkeypatch: pytest.MonkeyPatch
) -> None:
    day, state = short_day
    now = day.clock.now()
    lst = queue_of(state).lists["seg-1"]
    done = next(e for e in lst.entries.values() if e.status is SpeakerStatus.DONE)
    wrong = replace(done, used=done.used + dt.timedelta(seconds=1))
    with pytest.raises(AssertionError, match="do not add up"):
        inv.check_speaker_clocks(
            _with_queue(state, "seg-1", entries={**lst.entries, done.entry_id: wrong}), now
        )
    floor = queue_of(state).floor_speaker()
    assert floor is not None
    early = replace(
        done,
        runs=(Run(floor.runs[0].start - dt.timedelta(seconds=5), now),),
        used=now - floor.runs[0].start + dt.timedelta(seconds=5),
    )
    with pytest.raises(AssertionError, match="at the same time"):
        inv.check_speaker_clocks(
            _with_queue(state, "seg-1", entries={**lst.entries, done.entry_id: early}), now
        )
    monkeypatch.setattr(QueueSettings, "phase", lambda self, remaining: Phase.DANGER)
    with pytest.raises(AssertionError, match="remaining in phase danger"):
        inv.check_speaker_clocks(state, now)


def test_the_totals_checks_catch_parts_that_do_not_add_up(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    day, state = short_day
    now = day.clock.now()
    figures = queue_figures(state, now)
    record = build_record(state, now)
    inv.check_queue_totals(figures)
    inv.check_record_totals(record)
    inv.check_views_agree(state, figures, record)
    ngo = figures.by_category[0]
    more = (replace(ngo, seconds=ngo.seconds + 1), *figures.by_category[1:])
    with pytest.raises(AssertionError, match="seconds by category"):
        inv.check_queue_totals(replace(figures, by_category=more))
    # One turn more in the total and in the first category: room and online no longer add up.
    one_more = (replace(ngo, turns=ngo.turns + 1), *figures.by_category[1:])
    with pytest.raises(AssertionError, match="turns by attendance"):
        inv.check_queue_totals(
            replace(figures, heard_turns=figures.heard_turns + 1, by_category=one_more)
        )
    with pytest.raises(AssertionError, match="interventions counted"):
        inv.check_record_totals(replace(record, intervention_count=record.intervention_count + 1))
    bar = record.speaking_time[0]
    chart = (replace(bar, seconds=bar.seconds + 1), *record.speaking_time[1:])
    with pytest.raises(AssertionError, match="speaking time by category"):
        inv.check_record_totals(replace(record, speaking_time=chart))
    rows = record.attendance.by_category
    fewer = (replace(rows[0], registered=rows[0].registered + 1), *rows[1:])
    with pytest.raises(AssertionError, match="registered by category"):
        inv.check_record_totals(
            replace(record, attendance=replace(record.attendance, by_category=fewer))
        )
    with pytest.raises(AssertionError):
        inv.check_views_agree(state, replace(figures, heard_turns=figures.heard_turns + 1), record)


def test_the_intervention_check_catches_a_dangling_answer(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    _, state = short_day
    ivs = interventions_of(state)
    question = ivs.table.at(0)
    for broken, message in (
        (replace(question, answers=("i-1",)), "not one"),
        (replace(question, kind=InterventionKind.ANSWER, answers=("i-99",)), "does not exist"),
        (replace(question, deleted=True), "history says"),
    ):
        table = ivs.table.with_replaced(broken)
        bad = replace(state, slices={**state.slices, "interventions": replace(ivs, table=table)})
        with pytest.raises(AssertionError, match=message):
            inv.check_interventions(bad, state.programme)


def test_the_journal_check_catches_a_state_the_journal_does_not_give(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    day, state = short_day
    loaded = day.db.load_meeting(day.meeting_id)
    inv.check_journal_fold(loaded.events, loaded.programme, state)
    with pytest.raises(AssertionError, match="the journal ends"):
        inv.check_journal_fold(loaded.events[:-1], loaded.programme, state)
    queue = queue_of(state)
    moved = replace(
        queue, lists={**queue.lists, "seg-1": replace(queue.lists["seg-1"], limit_seconds=99)}
    )
    with pytest.raises(AssertionError, match="queue differs"):
        inv.check_journal_fold(
            loaded.events, loaded.programme, replace(state, slices={**state.slices, "queue": moved})
        )


# ============================================================================ a pause and the floor
def test_a_paused_segment_stops_the_speakers_clock(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    """The Co-Chair pauses the meeting for ten minutes while someone has the floor: the segment's
    clock stops, and the speaker's too (nobody speaks): otherwise the room display would show them
    ten minutes further into overtime and the record would count the pause as speaking time."""
    day, _ = short_day
    floor = queue_of(day.state).floor_speaker()
    assert floor is not None
    spoken = floor.elapsed(day.clock.now())
    day.chair_do("pause")
    day.advance(600)
    now = day.clock.now()
    floor = queue_of(day.state).floor_speaker()
    assert floor is not None
    inv.check_speakers_within_their_segment(day.state, now)
    assert floor.elapsed(now) == spoken
    # The meeting resumes: the speaker speaks on from where they were.
    day.chair_do("resume")
    day.advance(30)
    floor = queue_of(day.state).floor_speaker()
    assert floor is not None and floor.status is SpeakerStatus.SPEAKING
    assert floor.elapsed(day.clock.now()) == spoken + dt.timedelta(seconds=30)


def test_a_held_speaker_stays_held_through_a_pause(
    short_day: tuple[LongDay, MeetingState],
) -> None:
    """A speaker held for a connection problem stays held when the meeting pauses and resumes:
    only the Co-Chair's H gives them their clock back."""
    day, _ = short_day
    day.chair_do("toggle_speaker_hold")
    floor = queue_of(day.state).floor_speaker()
    assert floor is not None and floor.held
    spoken = floor.elapsed(day.clock.now())
    day.chair_do("pause")
    day.advance(120)
    day.chair_do("resume")
    day.advance(60)
    floor = queue_of(day.state).floor_speaker()
    assert floor is not None and floor.held
    assert floor.elapsed(day.clock.now()) == spoken
