"""Several seats as separate processes on a real PostgreSQL server (issue 18).

Each seat is its own Python process (``tests/session/seat_child.py``) with its own connection, as
on the Co-Chairs' and rapporteurs' machines: nothing is shared but the server.

* **Follow**: a Co-Chair's seat takes 1,000 steps; a second seat, woken by ``LISTEN``/``NOTIFY``,
  folds each of them. The latency of each (commit to folded on the other seat, both on
  CLOCK_MONOTONIC) is measured: p99 within a second (the target is 250 ms on a LAN).
* **The race**: two Co-Chairs press Next at the same moment, 200 times: the meeting moves exactly
  once each time, the other press is refused in words.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.formats.programme.files import read_programme
from facilitator.store import open_database
from tests.conftest import PROGRAMMES_DIR
from tests.postgres_server import postgres_server, restart

pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("seat_child.py")
SEED = PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


class Seat:
    """A seat process: one command per line in, one line out."""

    def __init__(self, url: str, meeting_id: int, actor: str, role: str = "co-chair") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), url, str(meeting_id), actor, role],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = self.read()
        assert ready.startswith("ready"), ready + self._stderr()

    def _stderr(self) -> str:
        return self.proc.stderr.read() if self.proc.stderr and self.proc.poll() is not None else ""

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the seat process ended: {self._stderr()}"
        return line.rstrip("\n")

    def ask(self, line: str) -> str:
        self.send(line)
        return self.read()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.send("quit")
        self.proc.communicate(timeout=60)


def _meeting(server: str) -> int:
    with open_database(server, backups=False) as db:
        return db.create_meeting(read_programme(SEED))


def test_a_seat_folds_another_seats_steps_within_a_second(server: str) -> None:
    meeting_id = _meeting(server)
    chair = Seat(server, meeting_id, "Co-Chair")
    follower = Seat(server, meeting_id, "Rapporteur")
    try:
        assert chair.ask("start").startswith("ok 1 ")
        steps = 1000
        follower.send(f"follow {steps + 1}")
        committed: dict[int, float] = {}
        for _ in range(steps):
            _, seq, at = chair.ask("toggle").split()  # pause, resume, pause…
            committed[int(seq)] = float(at)
        seen: dict[int, float] = {}
        while (line := follower.read()) != "done":
            _, seq, at = line.split()
            seen[int(seq)] = float(at)
        assert set(seen) == set(committed) | {1}  # every step, once
        latencies = sorted(seen[s] - committed[s] for s in committed)
        p50 = statistics.median(latencies)
        p99 = latencies[int(0.99 * len(latencies)) - 1]
        print(
            f"\nseat to seat over {steps} steps: p50 {p50 * 1000:.1f} ms,"
            f" p99 {p99 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
        )
        assert p99 <= 1.0, (p50, p99, latencies[-1])
    finally:
        chair.close()
        follower.close()


def test_two_co_chairs_pressing_next_together_move_the_meeting_once(server: str) -> None:
    meeting_id = _meeting(server)
    one = Seat(server, meeting_id, "Co-Chair A")
    two = Seat(server, meeting_id, "Co-Chair B")
    try:
        assert one.ask("start").startswith("ok")
        refusals: set[str] = set()
        for _ in range(200):
            for seat in (one, two):
                assert seat.ask("sync").startswith("at ")
            for seat in (one, two):  # both keys pressed before either answer is read
                seat.send("next")
            answers = [one.read(), two.read()]
            oks = [a for a in answers if a.startswith("ok")]
            assert len(oks) == 1, answers
            refused = next(a for a in answers if a.startswith("refused"))
            refusals.add(refused.split("(")[0])
            assert one.ask("sync").startswith("at ")
            back = one.ask("jump seg-1")  # back to the first segment, for the next race
            assert back.startswith("ok"), back
        with open_database(server, backups=False) as db:
            events = db.load_meeting(meeting_id).events
        starts = [e.payload["segment_id"] for e in events if e.type == "SegmentStarted"]
        assert starts.count("seg-2") == 200
        second = read_programme(SEED).segment("seg-2").display_title
        assert refusals == {f"refused The meeting has already moved to {second} "}
    finally:
        one.close()
        two.close()


def _undone(server: str, meeting_id: int, seq: int) -> int:
    """The step the Undone event ``seq`` undid."""
    with open_database(server, backups=False) as db:
        event = next(e for e in db.load_meeting(meeting_id).events if e.seq == seq)
    assert event.type == "Undone", event
    return int(event.payload["target_seq"])


def test_each_seat_undoes_its_own_step_and_another_seats_only_by_name(server: str) -> None:
    """Undo per seat, across processes: the Co-Chair's undo reaches the Co-Chair's own step
    even when the rapporteur's came after; the rapporteur's undo reaches theirs; and the
    Co-Chair undoes the rapporteur's step only through "undo another seat's step"."""
    meeting_id = _meeting(server)
    chair = Seat(server, meeting_id, "Ms. A (co-chair)")
    rapporteur = Seat(server, meeting_id, "Mr. B (rapporteur)")
    try:
        assert chair.ask("start").startswith("ok 1 ")
        mine = int(chair.ask("extend 60").split()[1])
        assert rapporteur.ask("sync").startswith("at ")
        theirs = int(rapporteur.ask("extend 120").split()[1])
        assert theirs > mine
        undo = chair.ask("undo")  # the chair has not even folded the rapporteur's step yet
        assert undo.startswith("ok"), undo
        assert _undone(server, meeting_id, int(undo.split()[1])) == mine
        undo = rapporteur.ask("undo")
        assert undo.startswith("ok"), undo
        assert _undone(server, meeting_id, int(undo.split()[1])) == theirs
        redo = rapporteur.ask("redo")
        assert redo.startswith("ok"), redo
        # Another seat's redo, not yet seen, may have brought back a step of the chair's: the
        # chair's undo is refused in words until it has seen it (its window follows within 1 s).
        assert chair.ask("undo").startswith("refused Mr. B (rapporteur) has just undone or redone")
        assert chair.ask("sync").startswith("at ")
        assert chair.ask("undo").startswith("ok")  # the chair's start (its only step left)
        assert rapporteur.ask("sync").startswith("at ")
        refused = rapporteur.ask("redo")  # the chair's undo is a new step: nothing to redo
        assert refused == "refused Nothing to redo.", refused
        other = chair.ask("undo_other")
        assert other.startswith("ok"), other
        assert _undone(server, meeting_id, int(other.split()[1])) == theirs
    finally:
        chair.close()
        rapporteur.close()


def test_a_rapporteurs_seat_is_refused_the_agenda_and_the_floor(server: str) -> None:
    """A rapporteur's seat, its own process: Next, Space (pause), an extension, a jump and the
    floor's keys are refused in words and write nothing; its Co-Chair's seat moves the meeting."""
    meeting_id = _meeting(server)
    chair = Seat(server, meeting_id, "Ms. A (co-chair)")
    rapporteur = Seat(server, meeting_id, "Mr. B (rapporteur)", "rapporteur")
    try:
        assert chair.ask("start").startswith("ok 1 ")
        assert rapporteur.ask("sync") == "at 1"
        for key in ("next", "toggle", "back", "finish", "extend 60", "jump seg-3"):
            answer = rapporteur.ask(key)
            assert answer.startswith("refused This is a rapporteur's seat"), (key, answer)
        assert rapporteur.ask("undo_other").startswith("refused")  # the Co-Chairs' only
        assert rapporteur.ask("sync") == "at 1"  # nothing was written
        assert chair.ask("next").startswith("ok 2 ")
    finally:
        chair.close()
        rapporteur.close()


def test_the_server_restarted_under_two_seats_loses_and_doubles_nothing(server: str) -> None:
    """`pg_ctl restart` while two Co-Chairs keep pressing: a press the server did not take is
    refused in words; every press acknowledged ("ok") is in the journal once; nothing is applied
    twice; the seats carry on once the server is back."""
    meeting_id = _meeting(server)
    seats = [Seat(server, meeting_id, "Co-Chair A"), Seat(server, meeting_id, "Co-Chair B")]
    acknowledged: list[int] = []
    refused: list[str] = []
    presses = 0

    def press() -> bool:
        nonlocal presses
        seat = seats[presses % 2]
        seat.ask("sync")  # a live seat has folded the other's steps (it follows them)
        answer = seat.ask("extend 60")
        presses += 1
        if answer.startswith("ok"):
            acknowledged.append(int(answer.split()[1]))
            return True
        refused.append(answer)
        return False

    try:
        assert seats[0].ask("start").startswith("ok")
        for phase in range(3):
            calm = [press() for _ in range(20)]
            assert all(calm), refused[-3:]  # a server that is up takes every press
            if phase == 2:
                break
            restarter = threading.Thread(target=restart, args=(server,))
            restarter.start()
            while restarter.is_alive():  # the seats keep pressing while it restarts
                press()
            restarter.join()
    finally:
        for seat in seats:
            seat.close()
    with open_database(server, backups=False) as db:
        events = db.load_meeting(meeting_id).events
    seqs = [e.seq for e in events]
    assert seqs == list(range(1, len(seqs) + 1))
    assert set(acknowledged) <= set(seqs)
    stamps = [(e.actor, e.at) for e in events]
    assert len(stamps) == len(set(stamps)), "a press was applied twice"
    assert refused, "no press came while the server was down"
    down = ("restarting or was stopped", "cannot be reached")
    assert any(any(d in r for d in down) for r in refused), set(refused)
    # Else a press after the server came back, by a seat that could not follow the other's last
    # step while it was away: refused in words too, never taken blindly.
    stale = "has just changed the agenda"
    assert all(any(d in r for d in (*down, stale)) for r in refused), set(refused)
    assert len(acknowledged) >= 60


def test_a_seat_killed_mid_command_leaves_the_meeting_whole(server: str) -> None:
    """SIGKILL a Co-Chair's seat right after a key press, 15 times: its press is in the journal
    once or not at all, and the other seat carries on from a journal that folds."""
    from facilitator.core.fold.engine import fold

    meeting_id = _meeting(server)
    other = Seat(server, meeting_id, "Co-Chair B")
    try:
        assert other.ask("start").startswith("ok")
        for _ in range(15):
            killed = Seat(server, meeting_id, "Co-Chair A")
            killed.send("extend 60")  # killed wherever it has got to
            killed.proc.kill()
            killed.proc.communicate(timeout=60)
            assert other.ask("sync").startswith("at ")
            answer = other.ask("extend 60")
            assert answer.startswith("ok"), answer
    finally:
        other.close()
    with open_database(server, backups=False) as db:
        loaded = db.load_meeting(meeting_id)
    seqs = [e.seq for e in loaded.events]
    assert seqs == list(range(1, len(seqs) + 1))
    assert sum(1 for e in loaded.events if e.actor == "Co-Chair B") == 16
    assert fold(loaded.programme, loaded.events).last_seq == len(seqs)
