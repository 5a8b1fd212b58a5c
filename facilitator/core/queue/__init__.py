"""The lists of speakers: who asked for the floor, who has it, for how long. A slice of the fold.

Modelled on OpenSlides' list of speakers: any segment of the programme can have a list (keyed by
the segment's id: a Q&A, the interventions, each standing item of the tour-de-table). An entry of
a list is a :class:`~.values.Speaker`: one request for the floor by one participant, with its
status, the standing items they will address, a note, and its clock.

**The floor** is held by at most one speaker in the whole meeting (``QueueState.floor``), and
only in the current segment's list (the commands see to it; the slice ends the turn of whoever
has the floor when their segment stops being current: next, jump, finish, end of the sitting).
Calling a speaker finishes the turn of whoever had the floor.

**A speaker's clock** is like a segment's, and computed the same way (never counted): the runs of
their turn (a hold closes one, a resume opens the next; the segment's clock goes on meanwhile),
the limit of their list when they were first called plus extensions; ``remaining`` goes negative
in overtime, which counts up. A restored speaker called again resumes from the time they had used.

**Order**: each list keeps the ids of its waiting entries in order (a tuple), and all its entries
by id (a dict). A move touches the tuple only; an event copies at most one list's entries, so one
event costs O(n) in the length of one list with a small constant (about 20 µs for 1,000 speakers,
see ``tests/bench/test_bench_queue.py``).

Participants are folded by this slice too (:mod:`facilitator.core.participants`): the queue, its
undo labels ("Call Ms. A") and its figures read names from the same state.
"""
