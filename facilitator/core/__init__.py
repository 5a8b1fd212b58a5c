"""The meeting's logic, free of Qt and SQL: one folder per part of the live state.

* ``journal/``: the journal's record (:mod:`~facilitator.core.journal.record`), the typed
  :class:`~facilitator.core.journal.event.Event` and its registry, and the codec that derives an
  event's payload from its declaration (:mod:`~facilitator.core.journal.codec`);
* ``fold/``: the live state as a pure function of the programme and the journal: the slice
  protocol and the one dispatch style of reducers (``slice``), the engine with undo and redo
  (``engine``, ``undo``), the meeting's state (``state``), the default slices (``defaults``);
* ``agenda/``, ``queue/``, ``interventions/``: one slice each, with its values, events, state,
  reducer, and the commands, figures or searches that read it; ``participants/``: who can take
  the floor (folded by the queue);
* on top: the programme and its data form, the clock, the board the console shows, and the
  session record every export renders.
"""
