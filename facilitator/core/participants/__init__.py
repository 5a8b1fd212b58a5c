"""Who can take the floor: registered participants and guests added on the fly.

A participant has a stable id ("p-1", "p-2", … for those the meeting numbers; an importer may
bring its own), a name, an organization, a stakeholder category and an attendance (in the room or
online). Gender and youth are self-declared, optional, and used only for the balance figures.

Participants live in the journal like everything else, so they survive a crash and can be
undone (:mod:`.events`). Their plain-data form (:mod:`.data`) is what the journal stores and what
an importer produces. The folded registry (:mod:`.registry`) is part of the speaker queue's
state: the queue, its undo labels and its figures read names without a second copy.

``values`` and ``data`` import nothing of the fold, so an importer can use them alone.
"""
