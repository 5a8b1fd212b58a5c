"""What must hold of a meeting's live state after every event, whatever the journal holds.

Each checker is a small function that raises :class:`AssertionError` saying what is wrong. They are
used by ``test_long_day.py`` after every event of a simulated six-hour day, and each is shown to
fail on a deliberately broken state there too (a checker that cannot fail proves nothing).

Checkers of the state take the :class:`MeetingState` (and ``now`` for the clocks); checkers of a
derived view (the queue's figures, the session record) take that view, so that a test can hand
them a broken one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable

from facilitator.core.agenda import timing
from facilitator.core.agenda.timing import Phase
from facilitator.core.agenda.values import Run, SegmentStatus, SittingStatus
from facilitator.core.fold.engine import fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.journal.record import EventRecord
from facilitator.core.programme import Programme
from facilitator.core.queue.figures import QueueFigures
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.timing import DEFAULT_QUEUE_SETTINGS, timing_of
from facilitator.core.queue.values import SpeakerStatus, entry_number
from facilitator.core.record import Record

_ZERO = dt.timedelta(0)


def _no_overlap(runs: Iterable[tuple[dt.datetime, dt.datetime | None]], now: dt.datetime) -> bool:
    """Whether the runs, sorted by start, never overlap (one may start when the other ends)."""
    ordered = sorted(runs, key=lambda r: r[0])
    for (_, end), (start, _) in itertools.pairwise(ordered):
        if (end if end is not None else now) > start:
            return False
    return True


# ============================================================================ the floor
def check_one_floor(state: MeetingState) -> None:
    """At most one speaker has the floor in the whole meeting, and the queue's ``floor`` names
    exactly that entry, in the list of the current segment.

    Why: the room hears one person at a time. Two entries "speaking" would run two speaker clocks
    at once (both counted as speaking time in the record), and the display would show one of
    them while the other silently accumulates time. A floor in a segment that is not current
    would keep a clock running after the Co-Chairs moved on."""
    queue = queue_of(state)
    on_floor = [
        (sid, speaker.entry_id, speaker.participant_id)
        for sid, lst in queue.lists.items()
        for speaker in lst.entries.values()
        if speaker.on_floor
    ]
    assert len(on_floor) <= 1, f"more than one speaker has the floor: {on_floor}"
    people = Counter(pid for _, _, pid in on_floor)
    assert all(n == 1 for n in people.values()), f"a participant has the floor twice: {people}"
    if queue.floor is None:
        assert not on_floor, f"{on_floor} speak while the queue says nobody has the floor"
        return
    assert [(sid, eid) for sid, eid, _ in on_floor] == [tuple(queue.floor)], (
        f"the floor is {tuple(queue.floor)} but the entries on it are {on_floor}"
    )
    assert queue.floor.segment_id == state.agenda.current, (
        f"the floor is in {queue.floor.segment_id}, the current segment is {state.agenda.current}"
    )


def check_entries_in_one_place(state: MeetingState) -> None:
    """Every entry is in exactly one list and in exactly one place of it: a waiting entry is in
    its list's order once, anything else (speaking, held, done, withdrawn) is not in it; a
    participant waits at most once per list; every entry's participant is registered, and entry
    ids are below the next one to be handed out.

    Why: an entry both waiting and speaking would be called twice; an entry in two lists would
    have two clocks and be counted twice as heard; a waiting entry missing from the order could
    never be called and would never be counted."""
    queue = queue_of(state)
    seen: dict[str, str] = {}
    for sid, lst in queue.lists.items():
        assert lst.segment_id == sid, f"the list of {sid} says it is {lst.segment_id}'s"
        assert len(set(lst.waiting)) == len(lst.waiting), f"{sid}: an entry waits twice"
        waiting = {e for e, s in lst.entries.items() if s.status is SpeakerStatus.WAITING}
        assert set(lst.waiting) == waiting, (
            f"{sid}: the waiting order {lst.waiting} is not the waiting entries {sorted(waiting)}"
        )
        waiters = Counter(lst.entries[e].participant_id for e in lst.waiting)
        assert all(n == 1 for n in waiters.values()), f"{sid}: someone waits twice: {waiters}"
        for entry_id, speaker in lst.entries.items():
            assert speaker.entry_id == entry_id
            assert entry_id not in seen, f"{entry_id} is in the lists of {seen[entry_id]} and {sid}"
            seen[entry_id] = sid
            assert speaker.participant_id in queue.participants, (
                f"{entry_id} names {speaker.participant_id}, who is not registered"
            )
            number = entry_number(entry_id)
            assert number is None or number < queue.next_entry, (
                f"{entry_id} is not below the next entry number {queue.next_entry}"
            )


# ============================================================================ the clocks
def check_segment_clocks(state: MeetingState, now: dt.datetime) -> None:
    """Every segment's clock as the console computes it (:func:`timing.segment_timing`): time
    used is never negative and never more than the wall time since the segment first started;
    time remaining is negative exactly when the phase is overtime; the clock runs exactly when
    the segment is running. Across segments: only one segment's clock runs at a time (their runs
    never overlap), so all the time used adds up to no more than the wall time since the first
    event; each run lies inside a sitting that was open; sittings end after they start and at
    most one is open.

    Why: "a timer drifts, jumps or resets" is one of the things that must never happen; a
    negative remaining time shown as "12:00" instead of "+12:00" hides an overrun, and two
    clocks running at once would make the timetable of the record claim more time than the day
    had."""
    agenda = state.agenda
    runs: list[Run] = []
    total = _ZERO
    for segment in agenda.segments():
        clock = timing.segment_timing(state, segment.segment_id, now)
        sid = segment.segment_id
        assert clock.elapsed >= _ZERO, f"{sid}: negative time used {clock.elapsed}"
        assert clock.allotted >= _ZERO, f"{sid}: negative allotment {clock.allotted}"
        assert segment.used >= _ZERO, f"{sid}: negative closed runs {segment.used}"
        assert (clock.remaining < _ZERO) == (clock.phase is Phase.OVERTIME), (
            f"{sid}: {clock.remaining} remaining in phase {clock.phase}"
        )
        if clock.phase is Phase.DANGER or clock.phase is Phase.WARNING:
            assert clock.remaining >= _ZERO
        assert clock.running == (segment.status is SegmentStatus.RUNNING), (
            f"{sid}: clock running={clock.running} but status {segment.status}"
        )
        if segment.runs:
            since = now - segment.runs[0].start
            assert clock.elapsed <= since, (
                f"{sid}: {clock.elapsed} used in {since} since it first started"
            )
            closed = [r for r in segment.runs if r.end is not None]
            assert sum((r.end - r.start for r in closed), _ZERO) == segment.used  # type: ignore[operator]
            assert all(r.end is not None for r in segment.runs[:-1]), f"{sid}: an open old run"
            for run in segment.runs:
                assert run.start <= now, f"{sid}: a run starts in the future"
                assert run.end is None or run.start <= run.end <= now, f"{sid}: run {run}"
        else:
            assert clock.elapsed == _ZERO and segment.status in (
                SegmentStatus.PENDING,
                SegmentStatus.SKIPPED,
            ), f"{sid}: never ran but is {segment.status} with {clock.elapsed} used"
        runs.extend(segment.runs)
        total += clock.elapsed
    open_runs = [r for r in runs if r.end is None]
    assert len(open_runs) == (1 if agenda.running else 0), f"open segment runs: {open_runs}"
    assert _no_overlap(runs, now), "two segments' clocks ran at the same time"
    if state.first_event_at is not None:
        assert total <= now - state.first_event_at, (
            f"{total} used by the segments in {now - state.first_event_at} of meeting"
        )

    windows = []
    for sitting in agenda.sittings:
        if sitting.ended_at is not None:
            assert sitting.started_at is not None and sitting.started_at <= sitting.ended_at
        if sitting.started_at is not None:
            windows.append((sitting.started_at, sitting.ended_at or now))
    assert sum(1 for s in agenda.sittings if s.status is SittingStatus.RUNNING) <= 1
    if windows:  # a programme with sittings counts time only while one is open
        for run in runs:
            end = run.end if run.end is not None else now
            assert any(a <= run.start and end <= b for a, b in windows), (
                f"segment time {run} counted outside every sitting {windows}"
            )


def check_speaker_clocks(
    state: MeetingState, now: dt.datetime, checked: MeetingState | None = None
) -> None:
    """Every speaker's clock as the queue computes it (:func:`timing_of`): time spoken is never
    negative and never more than the wall time since they were first called; their closed runs
    add up to their ``used``; a clock runs only for the one speaking (not held), and always
    for them unless their segment is paused; remaining is
    negative exactly in overtime; one who spoke or withdrew has an end. Across the meeting, no two
    speakers' clocks ever ran at the same time.

    ``checked``: a state already checked at an earlier ``now``; a list that is the very object
    checked there is read again only for a clock still running (the others cannot have changed).

    Why: the speaker's clock is what the room display shows and what the record's list of
    speakers reports as speaking time and overtime; two overlapping turns would count the same
    minute twice."""
    queue = queue_of(state)
    before = queue_of(checked).lists if checked is not None else {}
    all_runs: list[tuple[dt.datetime, dt.datetime | None]] = []
    for sid, lst in queue.lists.items():
        unchanged = before.get(sid) is lst
        for speaker in lst.entries.values():
            all_runs.extend(speaker.runs)
            if unchanged and speaker.open_since is None:
                continue
            eid = speaker.entry_id
            clock = timing_of(lst, speaker, now, DEFAULT_QUEUE_SETTINGS)
            assert clock.elapsed >= _ZERO, f"{eid}: negative time spoken"
            assert clock.allotted >= _ZERO, f"{eid}: negative allotment"
            assert (clock.remaining < _ZERO) == (clock.phase is Phase.OVERTIME), (
                f"{eid}: {clock.remaining} remaining in phase {clock.phase}"
            )
            # A clock runs only for the one speaking; theirs stops only while their segment is
            # paused (a pause is nobody's speaking time).
            paused = state.agenda.segment(sid).status is SegmentStatus.PAUSED
            speaking = speaker.status is SpeakerStatus.SPEAKING
            assert speaking or not clock.running, f"{eid}: clock running while {speaker.status}"
            if not paused:
                assert clock.running == speaking, f"{eid}: clock stopped while speaking"
            closed = [r for r in speaker.runs if r.end is not None]
            assert sum((r.end - r.start for r in closed), _ZERO) == speaker.used, (  # type: ignore[operator]
                f"{eid}: closed runs do not add up to {speaker.used}"
            )
            assert all(r.end is not None for r in speaker.runs[:-1]), f"{eid}: an open old run"
            if speaker.runs:
                assert clock.elapsed <= now - speaker.runs[0].start, f"{eid}: spoke too long"
                assert speaker.limit_seconds is not None, f"{eid}: called without a limit"
            else:
                assert clock.elapsed == _ZERO
            if speaker.status in (SpeakerStatus.DONE, SpeakerStatus.WITHDRAWN):
                assert speaker.ended_at is not None, f"{eid}: {speaker.status} with no end"
            if speaker.status is SpeakerStatus.SPEAKING:
                assert sid == state.agenda.current, f"{eid} speaks in {sid}, not current"
    assert _no_overlap(all_runs, now), "two speakers' clocks ran at the same time"


def check_speakers_within_their_segment(state: MeetingState, now: dt.datetime) -> None:
    """A speaker's clock runs only while the clock of the segment whose list they are on runs:
    every run of a speaker lies within a run of that segment.

    Why: when the Co-Chairs pause the meeting nobody speaks; time counted meanwhile would push
    the speaker into overtime on the room display and into the record's speaking time.

    (Not checked in the long day yet: the core lets a speaker's clock run on while the segment is
    paused; see ``test_a_paused_segment_stops_the_speakers_clock``.)"""
    queue = queue_of(state)
    for sid, lst in queue.lists.items():
        segment_runs = state.agenda.segment(sid).runs
        for speaker in lst.entries.values():
            for run in speaker.runs:
                end = run.end if run.end is not None else now
                assert any(
                    r.start <= run.start and end <= (r.end if r.end is not None else now)
                    for r in segment_runs
                ), f"{speaker.entry_id} spoke {run.start:%H:%M:%S}-{end:%H:%M:%S}, {sid} stopped"


# ============================================================================ totals
def check_queue_totals(figures: QueueFigures) -> None:
    """The queue's "heard today" figures add up: the groups by stakeholder category and by
    room/online each partition the speakers, turns and speaking time of the totals; turns finished
    never exceed turns heard; the time to hear those waiting is what its definition says.

    Why: the Co-Chairs balance the floor between categories from these figures, and the record
    reports them; a category table whose lines do not add up to its total is visibly wrong."""
    for name, groups in (("category", figures.by_category), ("attendance", figures.by_attendance)):
        assert sum(g.speakers for g in groups) == figures.heard_speakers, (
            f"speakers by {name} {[g.speakers for g in groups]} ≠ {figures.heard_speakers}"
        )
        assert sum(g.turns for g in groups) == figures.heard_turns, (
            f"turns by {name} {[g.turns for g in groups]} ≠ {figures.heard_turns}"
        )
        assert sum(g.seconds for g in groups) == figures.heard_seconds, (
            f"seconds by {name} {[g.seconds for g in groups]} sum to "
            f"{sum(g.seconds for g in groups)}, not {figures.heard_seconds}"
        )
        assert all(g.speakers <= g.turns for g in groups)
    assert figures.heard_speakers <= figures.heard_turns
    assert 0 <= figures.finished <= figures.heard_turns
    assert (
        figures.to_hear_seconds
        == figures.waiting * (figures.limit_seconds + figures.average_overrun_seconds)
        + figures.floor_remaining_seconds
    )
    assert figures.time_left_seconds is None or figures.time_left_seconds >= 0


def check_record_totals(record: Record) -> None:
    """The session record adds up: attendance rows (by category, by room/online) sum to the
    registered and heard totals, and nobody is heard who is not registered; speaking time by
    category sums to the turns of the list of speakers (time, turns, people); each turn's
    overtime is what its time and allotment say; the intervention count is the number of
    distinct interventions the record shows.

    Why: the record is the draft of the Co-Chairs' summary; a chart or a total that disagrees
    with the table under it is the first thing a reader notices."""
    att = record.attendance
    for name, rows in (("category", att.by_category), ("attendance", att.by_attendance)):
        assert sum(r.registered for r in rows) == att.registered, f"registered by {name}"
        assert sum(r.heard for r in rows) == att.heard, f"heard by {name}"
        assert all(0 <= r.heard <= r.registered for r in rows), f"heard > registered by {name}"
    assert att.heard <= att.registered

    speakers = record.speakers
    assert [s.number for s in speakers] == list(range(1, len(speakers) + 1))
    for s in speakers:
        assert s.spoken_seconds >= 0 and s.allotted_seconds >= 0
        assert s.overtime_seconds == max(s.spoken_seconds - s.allotted_seconds, 0)
    chart = record.speaking_time
    assert sum(c.turns for c in chart) == len(speakers), "turns by category"
    assert sum(c.seconds for c in chart) == sum(s.spoken_seconds for s in speakers), (
        f"speaking time by category {sum(c.seconds for c in chart)} s, turns "
        f"{sum(s.spoken_seconds for s in speakers)} s"
    )
    by_label = Counter(s.category for s in speakers)
    for c in chart:  # a speaker of no known category counts as "other"
        expected = by_label.get(c.label, 0) + (by_label.get("", 0) if c.key == "other" else 0)
        assert c.turns == expected, f"{c.key}: {c.turns} turns in the chart, {expected} listed"
    assert record.intervention_count == len(record.interventions()), (
        f"{record.intervention_count} interventions counted, {len(record.interventions())} shown"
    )
    for row in record.timetable:
        assert row.actual_seconds >= 0
        if row.actual_start is None:
            assert row.actual_seconds == 0


def check_views_agree(state: MeetingState, figures: QueueFigures, record: Record) -> None:
    """The console's figures, the record and the state count the same things: turns heard,
    participants heard, turns, people and speaking time by category, the live interventions.

    Why: the Co-Chairs read the figures during the day and the Secretariat the record after it;
    they must not tell two stories."""
    ivs = interventions_of(state)
    live = ivs.live()
    assert record.intervention_count == len(live)
    assert [e.id for e in record.interventions()] == [i.id for i in live], (
        "the record does not show exactly the live interventions"
    )
    assert figures.heard_turns == len(record.speakers)
    for group, bar in zip(figures.by_category, record.speaking_time, strict=True):
        assert (group.key, group.turns, group.speakers, group.seconds) == (
            bar.key,
            bar.turns,
            bar.speakers,
            bar.seconds,
        ), (
            f"{group.key}: figures {group.turns} turns/{group.speakers} people/{group.seconds} s,"
            f" record {bar.turns}/{bar.speakers}/{bar.seconds} s"
        )
    assert figures.heard_seconds == sum(s.spoken_seconds for s in record.speakers)
    assert figures.heard_speakers == len(queue_of(state).heard_participants())


def check_interventions(
    state: MeetingState, programme: Programme, checked: MeetingState | None = None
) -> None:
    """The captured interventions are consistent: ids unique and in capture order, below the next
    number; live plus deleted is all of them; only an answer links to questions, and to
    interventions that exist; every tag names a segment of the programme and every guiding
    question is found where it was captured (the programme is not edited in this day); each
    history starts with the capture and its lines say whether it is deleted now.

    ``checked``: a state already checked against the same ``programme``; the costlier checks of
    one intervention are skipped when it is the very object checked there (the state is
    immutable, so an intervention no event touched need not be read again).

    Why: the record groups interventions by tag and guiding question and pairs questions with
    answers; a dangling link or tag would drop an intervention from the record or show it twice."""
    ivs = interventions_of(state)
    if checked is not None and interventions_of(checked) is ivs:
        return  # no event touched the interventions since
    ids = [i.id for i in ivs]
    assert len(ids) == len(set(ids)) == len(ivs), "an intervention id twice"
    assert len(ivs.live()) + len(ivs.deleted()) == len(ivs)
    known = set(ids)
    before = interventions_of(checked).table if checked is not None else None
    segments = {s.id: s for _, s in programme.segments()}
    previous = 0
    for position, intervention in enumerate(ivs):
        iid = intervention.id
        number = int(iid[2:])
        assert number < ivs.next_number, f"{iid} ≥ next {ivs.next_number}"
        assert number > previous, f"{iid} out of capture order"
        previous = number
        if intervention.kind is not InterventionKind.ANSWER:
            assert not intervention.answers, f"{iid} links answers but is not one"
        for qid in intervention.answers:
            assert qid in known and qid != iid, f"{iid} answers {qid}, which does not exist"
        if before is not None and position < len(before) and before.at(position) is intervention:
            continue  # unchanged since it was checked
        assert intervention.tags and all(t in segments for t in intervention.tags), (
            f"{iid} is tagged {intervention.tags}"
        )
        for ref in intervention.questions:
            asked = segments[ref.segment_id].guiding_questions if ref.segment_id in segments else ()
            assert ref.index < len(asked) and asked[ref.index] == ref.text, (
                f"{iid}: guiding question {ref} is not where it was captured"
            )
        assert (
            intervention.start is None
            or intervention.end is None
            or (intervention.start <= intervention.end)
        ), f"{iid} ends before it starts"
        history = intervention.history
        assert history and history[0].action.value == "logged", f"{iid}: history {history}"
        deleted = False
        for change in history[1:]:
            for f in change.fields:
                if f.field == "deleted":
                    assert f.old == deleted, f"{iid}: history deletes it twice"
                    deleted = f.new
        assert deleted == intervention.deleted, f"{iid}: history says {deleted}"


# ============================================================================ the journal
def check_journal_fold(
    events: list[EventRecord], programme: Programme, state: MeetingState
) -> None:
    """Folding the journal as the store holds it gives exactly the live state (slices, undo and
    redo targets and labels, last seq, times).

    Why: the journal is the single source of truth; the live state is only a cache of its fold.
    If they differ, a restart after a crash would show the Co-Chairs another meeting than the
    one they were running."""
    assert events and events[-1].seq == state.last_seq, (
        f"the journal ends at {events[-1].seq if events else 0}, the state at {state.last_seq}"
    )
    folded = fold(programme, events)
    for name, value in state.slices.items():
        assert folded.slices[name] == value, f"the fold's {name} differs from the live state's"
    assert folded.slices.keys() == state.slices.keys()
    rest = ("undo", "last_seq", "first_event_at", "last_event_at", "ignored")
    assert [getattr(folded, f) for f in rest] == [getattr(state, f) for f in rest], (
        "the fold's undo/redo or times differ from the live state's"
    )
