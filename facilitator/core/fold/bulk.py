"""Making many long-lived objects at once (reading a journal, folding it) without the cycle
collector scanning them again and again.

The journal's records and the fold's values are trees of immutable values, never a reference
cycle, so the collector has nothing to find in them; left on, it rescans the growing heap every
few hundred allocations (about 40 % of a 100,000-event fold). :func:`bulk` pauses it, and at the
end moves what was made straight to the oldest generation: otherwise the first allocation after
the pause pays one scan of everything made during it (0.25 s after a 100,000-event fold), and
another when it is promoted again. The oldest generation is still scanned by the full
collections Python runs now and then, so a cycle made meanwhile is still freed, only later.
Reference counting frees everything else as usual.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Pause the cycle collector in the block; what it made is then old (see the module
    docstring). Nested blocks and a collector already off are left as they are."""
    if not gc.isenabled():
        yield
        return
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if frozen == 0:
            # freeze() moves every tracked object to the permanent generation, unfreeze() to the
            # oldest one: no scan at all. Skipped when something else froze objects on purpose.
            gc.freeze()
            gc.unfreeze()
        gc.enable()
