"""A Co-Chair who never stops clicking: appends events in a loop until it is killed.

    python tests/store/kill_script.py DB_PATH

To keep fifty kills fast, this process imports the app once and then serves as a template: each
``run FIRST_N`` line on stdin forks a worker process, announced as ``child PID``. The worker opens
the database (creating it, and its meeting, if need be), prints ``open MEETING_ID``, then appends
``event(FIRST_N)``, ``event(FIRST_N + 1)``, … and prints each record *as returned by the store*, as
one JSON line, flushed: a printed line is a command the UI would have shown as done. When the
worker dies (``test_kill.py`` SIGKILLs it), this process prints ``reaped PID SIGNAL``; everything
the worker printed comes before that line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.store import open_database
from tests.store.helpers import event, programme, record_to_json, url_of


def work(path: Path, first: int) -> None:
    db = open_database(url_of(path))
    meetings = db.list_meetings()
    meeting_id = meetings[0].id if meetings else db.create_meeting(programme())
    print(f"open {meeting_id}", flush=True)
    for n in range(first, first + 1_000_000):
        stored = db.append_event(meeting_id, event(n))
        print(json.dumps(record_to_json(stored), ensure_ascii=False), flush=True)


def main() -> None:
    path = Path(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command != "run":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            status = 0
            try:
                work(path, int(args[0]))
            except BaseException as exc:
                print(f"failed {type(exc).__name__}: {exc}", flush=True)
                status = 1
            finally:
                os._exit(status)
        print(f"child {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        print(f"reaped {pid} {signal}", flush=True)


if __name__ == "__main__":
    main()
