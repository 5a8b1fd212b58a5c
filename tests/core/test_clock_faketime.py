"""The room's clock in a real process whose wall clock is moved under it by libfaketime (Debian's
``faketime``), the monotonic clock left alone: what a process sees when NTP steps the clock or
somebody sets it. Before the rule of facilitator.core.clock, such a process stayed on the old time
until it was restarted."""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _libfaketime() -> str:
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1"))
    if not found:
        message = "libfaketime is not installed (Debian: faketime)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run installs it")
        pytest.skip(message)
    return found[0]


class Child:
    def __init__(self, process: subprocess.Popen[str], stamp: Path) -> None:
        self.process = process
        self.stamp = stamp

    def set_wall(self, when: str) -> None:
        """Move the process's wall clock (libfaketime reads the file at every call)."""
        self.stamp.write_text(f"@{when}\n", encoding="ascii")

    def read(self) -> tuple[dt.datetime, list[tuple[float, bool]]]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("now\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read() if self.process.stderr else ""
        data = json.loads(line)
        return dt.datetime.fromisoformat(data["now"]), [tuple(j) for j in data["jumps"]]


@pytest.fixture
def child(tmp_path: Path) -> Iterator[Child]:
    stamp = tmp_path / "faketime"
    stamp.write_text("@2024-07-10 08:00:00\n", encoding="ascii")  # 10:00 in Vienna
    env = {
        **os.environ,
        "LD_PRELOAD": _libfaketime(),
        "FAKETIME_TIMESTAMP_FILE": str(stamp),
        "FAKETIME_NO_CACHE": "1",
        "DONT_FAKE_MONOTONIC": "1",  # the steady clocks run on, as NTP or a person leaves them
        "TZ": "UTC",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.core.clock_child"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield Child(process, stamp)
    process.communicate(timeout=30)


def _near(moment: dt.datetime, hhmm: str) -> bool:
    wanted = dt.datetime.fromisoformat(f"2024-07-10T{hhmm}:00+00:00")
    return abs(moment - wanted) < dt.timedelta(seconds=5)


def test_a_real_process_follows_its_wall_clock_forward_and_back(child: Child) -> None:
    now, jumps = child.read()
    assert _near(now, "08:00") and jumps == []
    child.set_wall("2024-07-10 09:30:00")  # 90 minutes on: lunch, or NTP fixing a slow clock
    now, jumps = child.read()
    assert _near(now, "09:30")
    ((seconds, _corrects),) = jumps
    assert 5390 < seconds < 5410
    child.set_wall("2024-07-10 09:00:00")  # set back 30 minutes
    now, jumps = child.read()
    assert _near(now, "09:00")
    ((seconds, corrects),) = jumps
    assert -1810 < seconds < -1790 and corrects  # backwards: always a correction
    now, jumps = child.read()
    assert _near(now, "09:00") and jumps == []  # and steady from there
