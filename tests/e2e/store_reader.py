"""Run as its own process: what a meeting's store holds, read from the file alone.

    python -m tests.e2e.store_reader URL MEETING_ID

prints, as JSON, the segment running, who has the floor and the live
interventions, from the journal folded afresh. The rehearsals compare it with what the console
showed before it quit: nothing the console acknowledged may live only in the quitting process.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from facilitator.core.fold.engine import fold
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.queue.reducer import queue_of
from facilitator.store import open_database


def summary(state: MeetingState) -> dict[str, Any]:
    """The facts compared across the restart (also called on the console's own state)."""
    queue = queue_of(state)
    speaker = queue.floor_speaker()
    return {
        "current": state.agenda.current,
        "floor": None if speaker is None else queue.name(speaker.participant_id),
        "interventions": [(i.id, i.summary) for i in interventions_of(state).live()],
    }


def main(url: str, meeting_id: int) -> dict[str, Any]:
    with open_database(url, read_only=True, backups=False) as db:
        loaded = db.load_meeting(meeting_id)
    return summary(fold(loaded.programme, loaded.events))


if __name__ == "__main__":
    json.dump(main(sys.argv[1], int(sys.argv[2])), sys.stdout, ensure_ascii=False)
