"""The live state of a meeting: a pure function of its programme and its journal.

``state = fold(programme, records)``; a running app keeps a :class:`~.engine.Folder` and applies
each newly committed record with :meth:`~.engine.Folder.apply`, without refolding.

**Slices.** The state is made of independent *slices*, each with its own immutable state value and
a reducer (:mod:`.slice`): the agenda, the speaker queue, the interventions. A slice names the
event classes it folds, and the folder routes each record to the slices that asked for its type.
A record no slice knows is kept and ignored. To add a slice, write it in its own folder and list
it in :data:`.defaults.DEFAULT_SLICES` (or pass ``slices=``).

**Undo / redo** are generic and live in the folder, not in the slices (:mod:`.engine`).
"""
