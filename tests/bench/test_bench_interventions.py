"""The interventions' budgets (issue 6), the core's share of them, with 10,000 interventions:

* folding a journal of 10,000 captures (reopening the meeting; the day's whole journal of 100,000
  events must fold in 1 s);
* a filter keystroke in the review (free text over summaries, names and organizations, with the
  texts normalised once beforehand): ≤ 50 ms;
* one edit (a one-row change): the command's check, the incremental fold of its event and the new
  state: ≤ 16 ms; and a new capture the same;
* the memory the folded interventions take (the app's budget is 200 MB resident in all).

Figures: ``python3 -m pytest tests/bench/test_bench_interventions.py --benchmark-enable``.
"""

from __future__ import annotations

import gc
import json
import random
import tracemalloc
from dataclasses import replace
from itertools import count

from pytest_benchmark.fixture import BenchmarkFixture

from facilitator.core.fold.engine import Folder, fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions import commands as ic
from facilitator.core.interventions.events import InterventionEdited, InterventionLogged
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import INTERVENTIONS, interventions_of
from facilitator.core.interventions.search import InterventionFilter, SearchIndex
from facilitator.core.journal.event import to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.values import Attendance, Category
from tests.core.test_fold import TEN_AM
from tests.core.test_interventions import programme

INTERVENTIONS_COUNT = 10_000
FOLD_BUDGET_SECONDS = 1.0
KEYSTROKE_BUDGET_SECONDS = 0.050
UI_BUDGET_SECONDS = 0.016
MEMORY_BUDGET_BYTES = 200 * 1024 * 1024
PROGRAMME = programme()
SEGMENTS = [s.id for _, s in PROGRAMME.segments()]

#: What the summaries are made of: English, Spanish, French, Arabic and Hebrew words.
VOCABULARY = (
    "trafficking persons victims protection cooperation prosecution smuggling migrants border "
    "organized crime convention protocol review mechanism stakeholders civil society academia "
    "private sector technical assistance capacity building gender youth universalization "
    "implementation legislation data collection identification referral survivors support "
    "prevención víctimas cooperación justicia protección coopération société civile "
    "الاتجار بالبشر الضحايا التعاون حماية סחר בבני אדם הגנה נפגעים"
)
WORDS = tuple(VOCABULARY.split())


def _stored(record: EventRecord, seq: int) -> EventRecord:
    """The record as the store gives it back: numbered, its payload through JSON."""
    text = json.dumps(record.payload, ensure_ascii=False)
    return replace(record, seq=seq, payload=json.loads(text))


def build_journal(n: int = INTERVENTIONS_COUNT) -> list[EventRecord]:
    """``n`` captures by two rapporteurs: summaries of about 80 words (some 600 characters) in
    several languages, one or two tags, every kind."""
    rng = random.Random(6)
    records = []
    for i in range(1, n + 1):
        summary = " ".join(rng.choice(WORDS) for _ in range(80))
        tags = tuple(dict.fromkeys(rng.choice(SEGMENTS) for _ in range(rng.randint(1, 2))))
        event = InterventionLogged(
            f"i-{i}",
            f"p-{i % 700 + 1}",
            f"Speaker {i % 700 + 1} Ñúñez",
            f"Organization {i % 300}",
            list(Category)[i % 7],
            Attendance.ONLINE if i % 3 == 0 else Attendance.ROOM,
            None,
            TEN_AM,
            TEN_AM,
            tags,
            list(InterventionKind)[i % 5],
            (),
            (),
            summary,
            i % 11 == 0,
            i % 13 == 0,
        )
        actor = "Rapporteur A" if i % 2 else "Rapporteur B"
        records.append(_stored(to_record(event, at=TEN_AM, actor=actor), i))
    return records


RECORDS = build_journal()


def _folded() -> Folder:
    folder = Folder(PROGRAMME)
    folder.extend(RECORDS)
    return folder


def test_fold_10000_captures(benchmark: BenchmarkFixture) -> None:
    state = benchmark(fold, PROGRAMME, RECORDS)
    assert len(interventions_of(state)) == INTERVENTIONS_COUNT
    assert interventions_of(state).next_id() == f"i-{INTERVENTIONS_COUNT + 1}"
    if benchmark.enabled:
        assert benchmark.stats is not None and benchmark.stats.stats.min <= FOLD_BUDGET_SECONDS


def _warm_index(state: MeetingState) -> SearchIndex:
    index = SearchIndex()
    index.filter(state, InterventionFilter(text="x"))  # normalises every text once
    assert len(index) == INTERVENTIONS_COUNT
    return index


def test_normalise_10000_interventions_once(benchmark: BenchmarkFixture) -> None:
    """The first filter of a session normalises every text (later ones only what changed)."""
    state = _folded().state

    def first_filter() -> int:
        return len(SearchIndex().filter(state, InterventionFilter(text="survivors")))

    found = benchmark.pedantic(first_filter, rounds=3, iterations=1)  # type: ignore[no-untyped-call]
    assert 0 < found < INTERVENTIONS_COUNT


def test_filter_keystroke_free_text_over_10000(benchmark: BenchmarkFixture) -> None:
    """A word being typed in the review's search box ("traffick"): every summary, name and
    organization searched."""
    state = _folded().state
    index = _warm_index(state)
    found = benchmark(index.filter, state, InterventionFilter(text="traffick"))
    assert 0 < len(found) < INTERVENTIONS_COUNT
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= KEYSTROKE_BUDGET_SECONDS


def test_filter_keystroke_three_words_any_script_over_10000(benchmark: BenchmarkFixture) -> None:
    """Three words, accents left out, one of them Arabic, with a tag and a kind."""
    state = _folded().state
    index = _warm_index(state)
    criteria = InterventionFilter(
        text="victimas cooperacion التعاون",
        kinds=frozenset({InterventionKind.QUESTION, InterventionKind.STATEMENT}),
    )
    found = benchmark(index.filter, state, criteria)
    assert 0 < len(found) < INTERVENTIONS_COUNT
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= KEYSTROKE_BUDGET_SECONDS


def test_filter_keystroke_speaker_over_10000(benchmark: BenchmarkFixture) -> None:
    state = _folded().state
    index = _warm_index(state)
    found = benchmark(index.filter, state, InterventionFilter(speaker="speaker 42 nunez"))
    assert 0 < len(found) < 100
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= KEYSTROKE_BUDGET_SECONDS


def test_reduce_one_edit_of_10000(benchmark: BenchmarkFixture) -> None:
    """The slice's reducer alone: one summary changed."""
    slice_ = interventions_of(_folded().state)
    event = InterventionEdited.of("i-5000", {"summary": "Changed.", "follow_up": True})
    record = to_record(event, at=TEN_AM, actor="Rapporteur A")
    edited = benchmark(INTERVENTIONS.apply, slice_, event, record)
    assert edited.get("i-5000").summary == "Changed."  # type: ignore[union-attr]
    if benchmark.enabled:
        # The median: over thousands of rounds the maximum is whatever else the machine did (a
        # cycle collection of the whole heap, another process).
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= UI_BUDGET_SECONDS


def test_edit_command_and_incremental_fold_of_10000(benchmark: BenchmarkFixture) -> None:
    """What an edit in place costs the core: check the edit, journal record, decode, fold, the
    new MeetingState, and refilter the one row (the store's commit is in test_bench_store)."""
    folder = _folded()
    index = _warm_index(folder.state)
    seqs = count(len(RECORDS) + 1)
    rng = random.Random(8)
    criteria = InterventionFilter(text="traffick")

    def edit() -> bool:
        iid = f"i-{rng.randint(1, INTERVENTIONS_COUNT)}"
        summary = f"Edited {next(seqs)}: trafficking in persons."
        record = ic.edit_intervention(
            folder.state, iid, {"summary": summary}, now=TEN_AM, actor="Rapporteur B"
        )
        folder.apply(_stored(record, record.seq or next(seqs)))
        row = interventions_of(folder.state).get(iid)
        assert row is not None
        return index.matches(row, criteria)

    assert benchmark(edit)
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= UI_BUDGET_SECONDS


def test_capture_command_and_incremental_fold_of_10000(benchmark: BenchmarkFixture) -> None:
    """A new capture (Ctrl+Enter) on top of 10,000: the command, its fold, the new state."""
    folder = _folded()
    seqs = count(len(RECORDS) + 1)
    draft = ic.InterventionDraft(
        name="Ms. New", tags=("seg-9", "seg-10"), summary="A new statement. " * 40
    )

    def capture() -> MeetingState:
        record = ic.log_intervention(folder.state, draft, now=TEN_AM, actor="Rapporteur A")
        folder.apply(_stored(record, next(seqs)))
        return folder.state

    state = benchmark.pedantic(capture, rounds=300, iterations=1)  # type: ignore[no-untyped-call]
    assert len(interventions_of(state)) > INTERVENTIONS_COUNT
    if benchmark.enabled:
        assert benchmark.stats is not None
        assert benchmark.stats.stats.median <= UI_BUDGET_SECONDS


def test_memory_of_10000_interventions_with_their_search_texts() -> None:
    """The folded state and the review's search index, measured by tracemalloc (not a timing:
    it runs with the unit tests too)."""
    gc.collect()
    tracemalloc.start()
    try:
        state = fold(PROGRAMME, RECORDS)
        index = _warm_index(state)
        current, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(index) == INTERVENTIONS_COUNT
    print(f"\n10,000 interventions folded and indexed: {current / 2**20:.1f} MiB")
    assert current <= MEMORY_BUDGET_BYTES / 4
