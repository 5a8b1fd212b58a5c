"""What the rapporteurs capture: the interventions, their history, as a slice of the fold.

An intervention is one thing one speaker said, as a rapporteur wrote it down: who spoke (a
participant, or a name typed as given: a panellist need not be registered), the queue entry it
came from, when, the segments it addresses (its *tags*: a tour-de-table speaker often covers two
standing items), its kind, the guiding questions it answers, the questions a panellist's answer
answers, a summary, two flags, and who captured it and when. Those fields are declared once
(:class:`~.fields.InterventionFields`) and shared by the draft, the event and the state's value.

Four events journal them (:mod:`.events`; :mod:`.commands` makes them):

* ``InterventionLogged``: a new intervention, every field;
* ``InterventionEdited``: only the fields that changed, with their new values (the old ones
  are in the state the edit applies to, so the history needs nothing more);
* ``InterventionDeleted`` and ``InterventionRestored``: the intervention is marked, never
  dropped (undoing a delete brings it back, and so does a restore after other steps).

**History.** Each intervention keeps its list of changes: who (the record's actor), when (the
record's time), what (field → old, new). An undone edit is not in it: undo means it did not happen.

**Tags to removed segments.** An intervention keeps its tags whatever happens to the programme; the
state remembers the title of every segment it has known, so a query can say "Panel 1 (removed)".

**Guiding questions** are kept as references (segment id, index, and the question's text when
captured): the index alone would silently point at another question after the programme is
edited, the text alone would break on a corrected typo. ``resolve_question`` finds it in the
programme as it is now (same place, moved, reworded, or removed).

**Storage.** 10,000 interventions must fold fast and a one-row change must cost little, while
reducers never mutate (the folder keeps snapshots): see :mod:`.table`.
"""
