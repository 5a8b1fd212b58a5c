"""Where the meeting is on its agenda: :class:`AgendaState`, its queries and the changes each
agenda event makes (the reducer, :mod:`facilitator.core.agenda.reducer`, calls them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from facilitator.core.agenda.events import ClockAdjusted
from facilitator.core.agenda.values import (
    NEW_TRACK,
    ProgrammeIndex,
    SegmentState,
    SegmentStatus,
    SegmentTrack,
    SittingState,
    SittingStatus,
    short_title,
)
from facilitator.core.programme import Programme, Segment


@dataclass(frozen=True, slots=True)
class AgendaState:
    """Where the meeting is on its agenda. Immutable: every event makes a new one.

    ``current`` is the segment running or paused (None between segments, before the start, at
    lunch); ``position`` is the last segment that was current, from which next/back count.
    """

    programme: Programme
    tracks: Mapping[str, SegmentTrack]
    current: str | None
    paused: bool
    position: str | None
    sittings: tuple[SittingState, ...]
    index: ProgrammeIndex = field(compare=False, repr=False)
    #: Programme index of the furthest segment that has ever run (-1: none): those before it that
    #: never ran are skipped.
    furthest: int = field(default=-1, compare=False, repr=False)

    @classmethod
    def initial(cls, programme: Programme) -> AgendaState:
        sittings = tuple(SittingState(i) for i in range(len(programme.sittings)))
        return cls(programme, {}, None, False, None, sittings, ProgrammeIndex(programme))

    def _evolve(
        self,
        *,
        tracks: Mapping[str, SegmentTrack] | None = None,
        current: str | None = None,
        paused: bool = False,
        position: str | None = None,
        sittings: tuple[SittingState, ...] | None = None,
        furthest: int | None = None,
    ) -> AgendaState:
        """A copy with ``current``/``paused``/``position`` as given (all three, always)."""
        return AgendaState(
            self.programme,
            self.tracks if tracks is None else tracks,
            current,
            paused,
            position,
            self.sittings if sittings is None else sittings,
            self.index,
            self.furthest if furthest is None else furthest,
        )

    # ------------------------------------------------------------------ queries
    @property
    def running(self) -> bool:
        """Whether a segment's clock runs now."""
        return self.current is not None and not self.paused

    @property
    def started(self) -> bool:
        """Whether any segment has ever run."""
        return self.position is not None

    def track(self, segment_id: str) -> SegmentTrack:
        return self.tracks.get(segment_id, NEW_TRACK)

    @property
    def order(self) -> Mapping[str, int]:
        """Segment id → position in the programme (0-based)."""
        return self.index.order

    def status(self, segment_id: str) -> SegmentStatus:
        if segment_id == self.current:
            return SegmentStatus.PAUSED if self.paused else SegmentStatus.RUNNING
        track = self.tracks.get(segment_id)
        if track is not None and len(track.runs):
            return SegmentStatus.DONE
        if self.index.order.get(segment_id, -1) < self.furthest:
            return SegmentStatus.SKIPPED
        return SegmentStatus.PENDING

    def segment(self, segment_id: str) -> SegmentState:
        """The state of one segment (pending if the journal never touched it)."""
        track = self.track(segment_id)
        return SegmentState(
            segment_id,
            self.status(segment_id),
            track.runs.to_tuple(),
            track.extensions.to_tuple(),
            track.used,
            track.extension_seconds,
        )

    def segments(self) -> tuple[SegmentState, ...]:
        """Every segment of the programme, in order."""
        return tuple(self.segment(sid) for sid in self.index.ids)

    def current_segment(self) -> Segment | None:
        return None if self.current is None else self.index.segments.get(self.current)

    def title(self, segment_id: str) -> str:
        segment = self.index.segments.get(segment_id)
        return short_title(segment) if segment else segment_id

    def allotted_seconds(self, segment_id: str) -> int:
        """Planned minutes plus extensions, in seconds (never below zero)."""
        segment = self.index.segments.get(segment_id)
        planned = segment.planned_minutes * 60 if segment else 0
        return max(planned + self.track(segment_id).extension_seconds, 0)

    def next_id(self) -> str | None:
        """The segment ``next`` would start: the one after ``position`` (the first at the start)."""
        ids = self.index.ids
        if self.position is None:
            return ids[0] if ids else None
        index = self.index.order.get(self.position)
        if index is None:  # the last segment run was removed from the programme
            return next((sid for sid in ids if self.status(sid) is SegmentStatus.PENDING), None)
        return ids[index + 1] if index + 1 < len(ids) else None

    def previous_id(self) -> str | None:
        """The segment ``back`` would start: the one before the current one; between segments,
        the last one that ran (back re-opens it)."""
        if self.current is None:
            return self.position if self.position in self.index.order else None
        index = self.index.order.get(self.current)
        return self.index.ids[index - 1] if index else None

    def running_sitting(self) -> int | None:
        return next((s.index for s in self.sittings if s.status is SittingStatus.RUNNING), None)

    def next_sitting(self) -> int | None:
        """The first sitting not started yet."""
        return next((s.index for s in self.sittings if s.status is SittingStatus.NOT_STARTED), None)

    # ------------------------------------------------------------------ reducers
    def _stop_current(self, at: dt.datetime) -> dict[str, SegmentTrack]:
        tracks = dict(self.tracks)
        if self.current is not None and not self.paused:
            tracks[self.current] = self.track(self.current).stopped(at)
        return tracks

    def _open_sitting(self, at: dt.datetime) -> tuple[SittingState, ...] | None:
        """Sittings with the next one opened at ``at`` if none runs (a segment started outside any
        sitting opens it); None when nothing changes. On every start: kept free of frills."""
        first = None
        for sitting in self.sittings:
            if sitting.started_at is None:
                if first is None:
                    first = sitting.index
            elif sitting.ended_at is None:
                return None  # one runs
        if first is None:
            return None
        sittings = list(self.sittings)
        sittings[first] = SittingState(first, at)
        return tuple(sittings)

    def with_started(self, segment_id: str, at: dt.datetime) -> AgendaState:
        position = self.index.order.get(segment_id)
        if position is None:
            return self
        tracks = self._stop_current(at)
        tracks[segment_id] = tracks.get(segment_id, NEW_TRACK).started(at)
        return self._evolve(
            tracks=tracks,
            current=segment_id,
            position=segment_id,
            sittings=self._open_sitting(at),
            furthest=max(position, self.furthest),
        )

    def with_paused(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current or self.paused:
            return self
        return self._evolve(
            tracks=self._stop_current(at), current=self.current, paused=True, position=self.position
        )

    def with_resumed(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current or not self.paused:
            return self
        tracks = dict(self.tracks)
        tracks[segment_id] = self.track(segment_id).started(at)
        return self._evolve(
            tracks=tracks,
            current=segment_id,
            position=self.position,
            sittings=self._open_sitting(at),
        )

    def with_finished(self, segment_id: str, at: dt.datetime) -> AgendaState:
        if segment_id != self.current:
            return self
        return self._evolve(tracks=self._stop_current(at), position=self.position)

    def with_extended(self, segment_id: str, seconds: int) -> AgendaState:
        tracks = dict(self.tracks)
        tracks[segment_id] = self.track(segment_id).extended(seconds)
        return self._evolve(
            tracks=tracks, current=self.current, paused=self.paused, position=self.position
        )

    def with_clock_adjusted(self, event: ClockAdjusted) -> AgendaState:
        """A correction of the clock: the running segment keeps the time it had run."""
        if not event.corrects or self.current is None:
            return self
        tracks = dict(self.tracks)
        tracks[self.current] = self.track(self.current).moved(
            dt.timedelta(milliseconds=event.milliseconds)
        )
        return self._evolve(
            tracks=tracks, current=self.current, paused=self.paused, position=self.position
        )

    def with_sitting_started(self, index: int, at: dt.datetime) -> AgendaState:
        if not 0 <= index < len(self.sittings) or self.sittings[index].started_at is not None:
            return self
        sittings = list(self.sittings)
        sittings[index] = SittingState(index, at)
        return self._evolve(
            current=self.current,
            paused=self.paused,
            position=self.position,
            sittings=tuple(sittings),
        )

    def with_sitting_ended(self, index: int, at: dt.datetime) -> AgendaState:
        if not 0 <= index < len(self.sittings):
            return self
        sitting = self.sittings[index]
        if sitting.status is not SittingStatus.RUNNING or sitting.started_at is None:
            return self
        sittings = list(self.sittings)
        sittings[index] = SittingState(index, sitting.started_at, max(at, sitting.started_at))
        # Ending the sitting finishes the segment running (or paused) in it.
        return self._evolve(
            tracks=self._stop_current(at), position=self.position, sittings=tuple(sittings)
        )

    def with_programme(self, programme: Programme, at: dt.datetime) -> AgendaState:
        index = ProgrammeIndex(programme)
        order = index.order
        tracks = self.tracks
        current, paused = self.current, self.paused
        if current is not None and current not in order:  # the journal removed it: it ends here
            tracks = self._stop_current(at)
            current, paused = None, False
        count = len(programme.sittings)
        sittings = tuple(self.sittings[:count]) + tuple(
            SittingState(i) for i in range(len(self.sittings), count)
        )
        furthest = max(
            (order[sid] for sid, t in tracks.items() if sid in order and t.runs), default=-1
        )
        return AgendaState(
            programme, tracks, current, paused, self.position, sittings, index, furthest
        )
