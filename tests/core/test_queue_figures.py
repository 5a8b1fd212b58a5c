"""The queue's live figures, with exact numbers (see the tour-de-table in test_queue_commands for
the figures of who has been heard after a whole day)."""

from __future__ import annotations

from facilitator.core.agenda import commands as cmd
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.queue import commands as qc
from facilitator.core.queue.figures import HeardGroup, figures_segment, queue_figures
from facilitator.ui.words import figures_line
from tests.core.test_fold import Desk
from tests.core.test_queue import line_up, meeting


def overrun_forty(desk: Desk) -> None:
    """Two finished turns on standing item 1: 4:00 and 3:20 (overruns 1:00 and 0:20)."""
    line_up(desk, [1, 2])
    desk.do(qc.call_next)
    desk.advance(seconds=240)
    desk.do(qc.call_next)
    desk.advance(seconds=200)
    desk.do(qc.finish_speaker)


def test_seven_waiting_against_eighteen_minutes_left() -> None:
    desk = meeting(12)
    overrun_forty(desk)  # 440 s of the segment's 35 min used
    desk.do(cmd.extend, -580)  # 1520 s allotted: 1080 s (18 min) left
    line_up(desk, range(3, 10))
    f = queue_figures(desk.state, desk.clock.now())
    assert (f.segment_id, f.waiting, f.limit_seconds) == ("seg-9", 7, 180)
    assert (f.finished, f.average_overrun_seconds) == (2, 40)
    assert f.to_hear_seconds == 7 * (180 + 40) == 1540
    assert f.time_left_seconds == 1080 and f.fits is False
    # 1080 / 7 = 154 s each, less the 40 s they overrun: 114 s, floored to 1:45.
    assert f.fitting_limit_seconds == 105 and not f.none_fits
    assert figures_line(f) == (
        "7 waiting · 26 min at 3:00 (+0:40 average overrun) · 18 min left · "
        "a limit of 1:45 would fit"
    )

    # One of them speaking: what is left of their turn counts, and is set aside from the fit.
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    f = queue_figures(desk.state, desk.clock.now())
    assert (f.waiting, f.floor_remaining_seconds, f.time_left_seconds) == (6, 150, 1050)
    assert f.to_hear_seconds == 6 * 220 + 150 == 1470
    assert f.fitting_limit_seconds == 105  # (1050 - 150) / 6 - 40 = 110 → 1:45
    assert figures_line(f).startswith("6 waiting · 25 min at 3:00 (+0:40 average overrun)")

    # 3 min 30 s left: not even 0:30 each would fit.
    desk.do(cmd.extend, -840)
    f = queue_figures(desk.state, desk.clock.now())
    assert f.time_left_seconds == 210 and f.fitting_limit_seconds is None and f.none_fits
    assert figures_line(f).endswith(" · 4 min left · none fits, even at 0:30")

    # In overtime the segment has no time left; the speaker in overtime has none either.
    desk.advance(seconds=400)
    f = queue_figures(desk.state, desk.clock.now())
    assert (f.time_left_seconds, f.floor_remaining_seconds) == (0, 0)
    assert f.to_hear_seconds == 6 * 220 and f.none_fits


def test_the_fitting_limit_is_floored_to_fifteen_seconds_and_never_below_thirty() -> None:
    desk = meeting(12)
    line_up(desk, range(1, 11))  # 10 waiting, no overrun yet
    for left, fit in ((449, 30), (450, 45), (299, None), (300, 30), (1800, 180), (2100, 210)):
        desk.do(cmd.extend, left - desk.agenda.allotted_seconds("seg-9"))
        f = queue_figures(desk.state, desk.clock.now())
        assert f.time_left_seconds == left
        assert f.fitting_limit_seconds == fit, left
        assert f.none_fits is (fit is None)
    assert (
        f.fits is True and figures_line(f) == "10 waiting · 30 min at 3:00 · 35 min left · all fit"
    )


def test_a_list_limit_and_an_empty_list() -> None:
    desk = meeting(12)
    f = queue_figures(desk.state, desk.clock.now())
    assert f.waiting == 0 and f.to_hear_seconds == 0 and f.fitting_limit_seconds is None
    assert figures_line(f) == "No one waiting · 35 min left"
    desk.do(qc.set_speaking_limit, 120)
    line_up(desk, [1, 2, 3])
    f = queue_figures(desk.state, desk.clock.now())
    assert f.limit_seconds == 120 and f.to_hear_seconds == 360
    assert figures_line(f) == "3 waiting · 6 min at 2:00 · 35 min left · all fit"


def test_which_list_the_figures_are_about() -> None:
    desk = meeting(12, segment=None)
    assert figures_segment(desk.state) == "seg-1"  # the next segment
    line_up(desk, [1, 2])
    assert queue_figures(desk.state, desk.clock.now()).waiting == 2
    f = queue_figures(desk.state, desk.clock.now(), "seg-6")  # any list, by name
    assert f.segment_id == "seg-6" and f.waiting == 0 and f.time_left_seconds == 35 * 60
    f = queue_figures(desk.state, desk.clock.now(), "not-in-the-programme")
    assert f.time_left_seconds is None and f.fits is None
    assert figures_line(f) == "No one waiting"
    desk.do(cmd.start)
    desk.do(qc.call_next)
    assert figures_segment(desk.state) == "seg-1"


def test_heard_today_counts_speakers_turns_and_time_by_group() -> None:
    desk = Desk()
    guests = [
        Participant("", "A", "NGO A", Category.NGO, Attendance.ONLINE, "Woman", True),
        Participant("", "B", "Uni B", Category.ACADEMIA, Attendance.ROOM, "woman", False),
        Participant("", "C", "UNODC", Category.UN_ENTITY, Attendance.ROOM, "Non-binary"),
        Participant("", "D", "State D", Category.STATE_PARTY, Attendance.ONLINE),
    ]
    desk.do(qc.import_participants, guests)
    desk.do(cmd.jump, "seg-9")
    line_up(desk, [1, 2, 3, 4])
    for seconds in (100, 200, 50):  # A, B, C; D is still speaking at the end
        desk.do(qc.call_next)
        desk.advance(seconds=seconds)
    desk.do(qc.call_next)
    desk.advance(seconds=30)
    desk.do(qc.pause_speaker)
    desk.advance(seconds=500)  # held: not speaking time
    desk.do(cmd.next_segment)  # D's turn ends with the segment
    desk.do(qc.queue_speaker, "p-1")
    desk.do(qc.call_next)  # A again, live
    desk.advance(seconds=20)
    f = queue_figures(desk.state, desk.clock.now())
    assert (f.heard_speakers, f.heard_turns, f.heard_seconds) == (4, 5, 400)
    assert {g.key: (g.speakers, g.turns, g.seconds) for g in f.by_category if g.turns} == {
        "ngo": (1, 2, 120),
        "academia": (1, 1, 200),
        "un_entity": (1, 1, 50),
        "state_party": (1, 1, 30),
    }
    assert f.by_attendance == (
        HeardGroup("room", "Room", 2, 2, 250),
        HeardGroup("online", "Online", 2, 3, 150),
    )
    # Genders in the fixed set ("Woman" and "woman" are one), in its order; youth where declared.
    assert f.by_gender == (
        HeardGroup("woman", "Woman", 2, 3, 320),
        HeardGroup("other", "Non-binary or other", 1, 1, 50),
    )
    assert f.gender_undeclared == 1
    assert f.by_youth == (
        HeardGroup("youth", "Youth", 1, 2, 120),
        HeardGroup("not_youth", "Not youth", 1, 1, 200),
    )
    assert f.youth_undeclared == 2
    assert f.by_gender[0].time == "5:20"
    # Four finished turns (A's second is live); B went 0:20 over: 20 / 4.
    assert (f.finished, f.average_overrun_seconds) == (4, 5)


def test_the_time_left_is_cut_to_the_sittings_hard_end() -> None:
    """At 12:43, a Q&A started late has 35 minutes on its own clock, but the morning sitting ends
    at 13:00: 17 minutes is what the list really has (as the day bar says)."""
    desk = meeting(12, segment=None)
    desk.clock.set(desk.clock.now().replace(hour=10, minute=43))  # 12:43 CEST
    desk.do(cmd.jump, "seg-6")  # Q&A on Panel 1: 35 minutes planned
    line_up(desk, range(1, 11))
    f = queue_figures(desk.state, desk.clock.now())
    assert f.segment_id == "seg-6" and f.waiting == 10
    assert f.time_left_seconds == 17 * 60 and f.hard_end is not None
    assert f.hard_end.astimezone(desk.state.programme.zone()).strftime("%H:%M") == "13:00"
    assert f.fits is False  # 30 min to hear them at 3:00
    assert f.fitting_limit_seconds == 90  # 1020 s / 10 = 102 s, floored to 1:30
    assert figures_line(f) == (
        "10 waiting · 30 min at 3:00 · 17 min left to the sitting's hard end · "
        "a limit of 1:30 would fit"
    )
    # Past the hard end nothing is left, whatever the segment's clock says.
    desk.advance(minutes=20)
    f = queue_figures(desk.state, desk.clock.now())
    assert f.time_left_seconds == 0 and f.none_fits


def test_the_hard_end_does_not_count_while_the_segment_ends_before_it() -> None:
    desk = meeting(12)  # standing item 1 at 10:00: 35 minutes, the sitting ends at 13:00
    f = queue_figures(desk.state, desk.clock.now())
    assert f.time_left_seconds == 35 * 60 and f.hard_end is None


# ------------------------------------------------------------------ the cache, over a real day
def _reference_heard(state, now):  # type: ignore[no-untyped-def]
    """Who has been heard, by a plain walk over every turn (what the cache must agree with)."""
    import collections

    from facilitator.core.queue.reducer import queue_of

    queue = queue_of(state)
    turns = []
    finished = overrun = 0
    for lst in queue.lists.values():
        for s in lst.entries.values():
            if s.heard and s.runs:
                micro = round(s.elapsed(now).total_seconds() * 1_000_000)
                turns.append((s, queue.participant(s.participant_id), micro // 1_000_000))
                if s.status.value == "done":
                    finished += 1
                    overrun += max(0, micro - s.limit(lst.limit_seconds) * 1_000_000)
    by_category: dict[str, list] = collections.defaultdict(lambda: [set(), 0, 0])
    by_gender: dict[str, list] = collections.defaultdict(lambda: [set(), 0, 0])
    for s, p, seconds in turns:
        for groups, key in (
            (by_category, (p.category.value if p else "other")),
            (by_gender, _gender_key(p)),
        ):
            if key is not None:
                groups[key][0].add(s.participant_id)
                groups[key][1] += 1
                groups[key][2] += seconds
    return {
        "speakers": len({s.participant_id for s, _, _ in turns}),
        "turns": len(turns),
        "seconds": sum(seconds for _, _, seconds in turns),
        "finished": finished,
        "overrun": overrun,
        "category": {k: (len(v[0]), v[1], v[2]) for k, v in by_category.items()},
        "gender": {k: (len(v[0]), v[1], v[2]) for k, v in by_gender.items()},
    }


def test_the_cache_agrees_with_a_walk_over_every_turn_all_day() -> None:
    """The realistic day (tests/bench/realistic.py: 300 speakers, undo and redo, two seats),
    folded event by event; every few events, and a few seconds later (the same state, the clock
    on), the figures kept by one long-lived cache equal a plain walk over every turn."""
    import datetime as dt

    from facilitator.core.fold.engine import Folder
    from facilitator.core.queue.figures import FiguresCache
    from tests.bench.realistic import day

    programme, records = day()
    folder = Folder(programme)
    cache = FiguresCache()
    checked = 0
    for n, record in enumerate(records):
        folder.apply(record)
        if n % 5 and n != len(records) - 1:
            continue
        for later in (0.0, 7.3):
            now = record.at + dt.timedelta(seconds=later)
            f = queue_figures(folder.state, now, cache=cache)
            expected = _reference_heard(folder.state, now)
            got = {
                "speakers": f.heard_speakers,
                "turns": f.heard_turns,
                "seconds": f.heard_seconds,
                "finished": f.finished,
                "overrun": None,
                "category": {
                    g.key: (g.speakers, g.turns, g.seconds) for g in f.by_category if g.turns
                },
                "gender": {g.key: (g.speakers, g.turns, g.seconds) for g in f.by_gender},
            }
            average = (
                (expected["overrun"] // expected["finished"] + 500_000) // 1_000_000
                if expected["finished"]
                else 0
            )
            assert f.average_overrun_seconds == average, n
            expected["overrun"] = None
            assert got == expected, n
            assert f == queue_figures(folder.state, now), n  # a fresh cache: the same figures
            checked += 1
    assert checked > 900 and f.heard_turns > 300


def _gender_key(p: Participant | None) -> str | None:
    from facilitator.core.participants.gender import Gender, gender_of

    found = gender_of(p)
    return None if found is Gender.NOT_STATED else found.value
