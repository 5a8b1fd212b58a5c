"""The slices the fold uses by default, assembled in one place.

:mod:`facilitator.core.state` defines the fold and the agenda; each later slice lives in its own
module and imports names from ``state``. So that ``state`` need not import them back (a cycle),
the list of default slices is kept here, and :class:`~facilitator.core.state.Folder` and
:func:`~facilitator.core.state.fold` read it when no ``slices=`` is given. To add a slice, list it
here.
"""

from __future__ import annotations

from typing import Any

from facilitator.core.interventions import INTERVENTIONS
from facilitator.core.queue import QUEUE
from facilitator.core.state import AGENDA, Slice

#: The slices folded by default: the agenda, then the speaker queue (with the participants), then
#: the interventions the rapporteurs capture.
DEFAULT_SLICES: tuple[Slice[Any], ...] = (AGENDA, QUEUE, INTERVENTIONS)
