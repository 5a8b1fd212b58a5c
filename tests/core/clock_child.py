"""Run as its own process (under libfaketime): for each line read, the app's clock's reading and
the jumps it saw, as one line of JSON. See tests/core/test_clock_faketime.py."""

from __future__ import annotations

import json
import sys

from facilitator.core.clock import SystemClock


def main() -> None:
    clock = SystemClock()
    for _line in sys.stdin:
        now = clock.now()
        jumps = [[jump.seconds, jump.corrects] for jump in clock.take_jumps()]
        print(json.dumps({"now": now.isoformat(), "jumps": jumps}), flush=True)


if __name__ == "__main__":
    main()
