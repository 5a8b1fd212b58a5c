"""A programme as a readable outline for the terminal (``facilitator programme show``)."""

from __future__ import annotations

from facilitator.core.planning import planned_layout
from facilitator.core.programme import Programme, SegmentKind, minutes_of
from facilitator.formats.programme.report import day_text


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def outline_text(programme: Programme) -> str:
    """Title, meeting data, then each item with its segments, planned start and minutes."""
    out: list[str] = [programme.title, ""]
    facts = []
    if programme.date:
        facts.append(day_text(programme.date))
    if programme.sittings:
        facts.append(
            "; ".join(f"{s.start:%H:%M}–{s.end:%H:%M}" for s in programme.sittings)
            + (f" ({programme.timezone})" if programme.timezone else "")
        )
    if programme.format:
        facts.append(programme.format.value.replace("_", " "))
    if programme.venue:
        facts.append(programme.venue)
    if programme.online_platform:
        facts.append(f"online: {programme.online_platform}")
    if facts:
        out.append(" · ".join(facts))
    planned, capacity = programme.planned_minutes, programme.capacity_minutes
    if capacity:
        verdict = "fits" if planned <= capacity else f"{planned - capacity} min too long"
        out.append(f"Planned {planned} min of {capacity} min in the sittings: {verdict}")
    out.append("")
    segments = [s for _, s in programme.segments()]
    starts = planned_layout(
        [s.planned_minutes for s in segments],
        [minutes_of(s.scheduled_start) if s.scheduled_start else None for s in segments],
        [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings],
    )
    start_of = {s.id: start for s, start in zip(segments, starts, strict=True)}
    for item in programme.items:
        out.append(item.display_title)
        for segment in item.segments:
            out.append(
                f"  {_hhmm(start_of[segment.id])}  {segment.planned_minutes:>3} min  "
                f"{segment.kind.label:<13} {segment.display_title}"
            )
            if segment.moderator:
                out.append(f"{'':27}Moderator: {segment.moderator.display()}")
            role = "Panellist" if segment.kind is SegmentKind.PANEL else "Speaker"
            for person in segment.panellists:
                out.append(f"{'':27}{role}: {person.display()}")
            for number, question in enumerate(segment.guiding_questions, 1):
                out.append(f"{'':27}Q{number}. {question}")
        out.append("")
    return "\n".join(out)
