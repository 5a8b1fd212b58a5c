"""What the rapporteurs can do to the interventions, checked against the live state; and the
draft a new capture starts from.

As in :mod:`facilitator.core.queue.commands`: each command takes the current
:class:`MeetingState`, ``now`` and the ``actor`` (the rapporteur), and returns the one
:class:`EventRecord` to append (``seq`` 0), or raises an :class:`InterventionError` whose message
the UI says in its language. One command, one event, one undo step.

* :func:`log_intervention` takes an :class:`InterventionDraft` (what the capture pane holds);
* :func:`edit_intervention` takes the fields to change (field → new value, see
  :data:`~facilitator.core.interventions.fields.FIELDS`) and journals only those that differ;
* :func:`delete_intervention` marks it deleted, :func:`restore_intervention` brings it back;
* :func:`prefill` builds the draft of the next capture from the floor.

Decisions where the issue is silent:

* **The summary may be empty**: capturing must take seconds, so a rapporteur can save who spoke
  and write the summary later (the record shows the intervention without one). It is stored
  exactly as typed (no trimming, NUL, RTL, markup and all), up to :data:`MAX_SUMMARY` characters;
  only text that cannot be saved at all (an unpaired surrogate) is refused.
* **The speaker** is captured as given: name, organization, category and room/online are copied
  from the participant when one is chosen (and can be changed), so the record says what the
  rapporteur wrote even if the registration is corrected later. A name is required: a participant,
  or a typed name ("Unidentified speaker" if need be).
* **Tags**: new tags must name segments of the programme as it is now; tags an intervention
  already has are kept by an edit even if their segment was removed since.
* **Guiding questions** are chosen as (segment id, question index) pairs from the tagged
  segments' questions (a Q&A's tag brings its panel's questions); the question's text is kept
  with them (see :class:`~facilitator.core.interventions.fields.QuestionRef`).
* **Answers** link only an answer (kind "Answer (panellist)") to questions (kind "Question", not
  deleted). Changing an answer's kind to another unlinks its questions (in the same edit, so the
  history shows it and undo restores it). A question that is later deleted or changes kind is no
  longer counted as answered or unanswered; the answer's link to it is kept.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from facilitator.core.errors import CommandError, Phrase
from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.events import (
    InterventionDeleted,
    InterventionEdited,
    InterventionLogged,
    InterventionRestored,
)
from facilitator.core.interventions.fields import (
    FIELDS,
    InterventionFields,
    InterventionKind,
    QuestionPair,
    QuestionRef,
)
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.state import panel_of
from facilitator.core.interventions.table import InterventionTable
from facilitator.core.interventions.values import Intervention
from facilitator.core.journal.codec import codec_of, decode_time
from facilitator.core.journal.event import Event, to_record
from facilitator.core.journal.record import EventRecord
from facilitator.core.participants.data import MAX_TEXT, savable
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.core.programme import Person, Programme, SegmentKind
from facilitator.core.queue.reducer import queue_of
from facilitator.core.queue.state import QueueState
from facilitator.core.queue.values import Speaker, SpeakerList

#: The longest summary kept, in characters (about a megabyte of text; a rapporteur never nears it).
MAX_SUMMARY = 1 << 20


# ============================================================================ errors
class InterventionError(CommandError):
    """A refused command on the interventions."""


class NoSuchInterventionError(InterventionError):
    """An intervention id the meeting does not know."""


class InterventionDeletedError(InterventionError):
    """Editing or deleting a deleted intervention, or restoring one that is not deleted."""


class SpeakerFieldError(InterventionError):
    """No name, an unknown participant or queue entry, a category or attendance not known."""


class TagError(InterventionError):
    """No tag, or a tag naming no segment of the programme."""


class KindError(InterventionError):
    """A kind that is not one of the five."""


class GuidingQuestionError(InterventionError):
    """A guiding question that is not among the tagged segments' questions."""


class AnswerError(InterventionError):
    """Answers linked from what is not an answer, or to what is not a question."""


class SummaryError(InterventionError):
    """A summary that is not text, too long, or that cannot be saved."""


class TimeError(InterventionError):
    """A time without its time zone, or an end before the start."""


class FlagError(InterventionError):
    """A flag that is neither yes nor no."""


class NothingChangedError(InterventionError):
    """An edit that changes nothing."""


# ============================================================================ the draft
@dataclass(frozen=True, slots=True)
class InterventionDraft(InterventionFields[QuestionPair]):
    """What the capture pane holds before it is saved: every field of an intervention but its id,
    its rapporteur and its time of capture. ``questions`` are (segment id, 0-based index) pairs.
    Values are checked by :func:`log_intervention`, not here."""


def draft_of(intervention: Intervention) -> InterventionDraft:
    """The draft to edit ``intervention`` in the capture pane."""
    values = intervention.values()
    values["questions"] = tuple((q.segment_id, q.index) for q in intervention.questions)
    return InterventionDraft(**values)


def as_draft(data: InterventionDraft | Mapping[str, Any]) -> InterventionDraft:
    """``data`` as a draft: a draft as it is, or a mapping of its fields (lists for tuples, enum
    values or members, datetimes or ISO texts). An unknown key is refused."""
    if isinstance(data, InterventionDraft):
        return data
    if not isinstance(data, Mapping):
        raise InterventionError("An intervention is given as a draft or a mapping of its fields.")
    unknown = sorted(str(k) for k in data if k not in FIELDS)
    if unknown:
        raise InterventionError("‘{field}’ is not a field of an intervention.", field=unknown[0])
    return InterventionDraft(**data)


def draft_to_data(draft: InterventionDraft) -> dict[str, Any]:
    """The draft as JSON data (what :mod:`facilitator.store.drafts` saves): each field in its
    payload form, the questions as [segment id, index] pairs."""
    return codec_of(InterventionDraft).encode(draft)


def draft_from_data(data: object) -> InterventionDraft:
    """A draft from :func:`draft_to_data`'s form, forgiving: what cannot be read (a damaged or
    older draft) is left at its default, never an error (an unreadable item of a list is left
    out), so that a crash never costs more than the unreadable part. The summary always comes
    back exactly."""
    draft: InterventionDraft = codec_of(InterventionDraft).decode_leniently(data)
    return draft


_CATEGORIES = {c.value: c for c in Category}
_ATTENDANCES = {a.value: a for a in Attendance}
_KINDS = {k.value: k for k in InterventionKind}


# ============================================================================ checks
def _record(event: Event, now: dt.datetime, actor: str) -> EventRecord:
    return to_record(event, at=now, actor=actor)


def _find(state: MeetingState, intervention_id: str) -> Intervention:
    found = (
        interventions_of(state).get(intervention_id) if isinstance(intervention_id, str) else None
    )
    if found is None:
        raise NoSuchInterventionError(
            "That intervention is not in the meeting (its capture may have been undone)."
        )
    return found


def _what(intervention: Intervention) -> Phrase:
    """ "Ms. A’s question (i-3)"."""
    if not intervention.name:
        return Phrase(
            "An unnamed speaker’s {kind} ({id})", kind=intervention.kind, id=intervention.id
        )
    return Phrase(
        "{speaker}’s {kind} ({id})",
        speaker=intervention.name,
        kind=intervention.kind,
        id=intervention.id,
    )


def _line(value: object, what: Phrase) -> str:
    """One line of text: whitespace runs become one space; at most MAX_TEXT characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise SpeakerFieldError("{field} must be text.", field=what)
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise SpeakerFieldError(
            "{field} is longer than {count} characters: shorten it.", field=what, count=MAX_TEXT
        )
    _savable(text, what, SpeakerFieldError)
    return text


def _savable(text: str, what: Phrase, error: type[InterventionError] = SummaryError) -> None:
    """Refuse text the journal cannot store (a lone surrogate cannot be written as UTF-8)."""
    if not savable(text):
        raise error(
            "{field} holds a character that cannot be saved (a broken surrogate pair): "
            "delete it and type it again.",
            field=what,
        )


def _opt_id(value: object, what: Phrase) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SpeakerFieldError("{field} must be an id.", field=what)
    return value


def _enum(value: object, members: Mapping[str, Any], refusal: InterventionError) -> Any:
    if value is None or value == "":
        return None
    found = members.get(value.value if hasattr(value, "value") else value)  # type: ignore[arg-type]
    if found is None:
        raise refusal
    return found


def _category(value: object) -> Category | None:
    found: Category | None = _enum(
        value, _CATEGORIES, SpeakerFieldError("Choose one of the stakeholder categories.")
    )
    return found


def _attendance(value: object) -> Attendance | None:
    found: Attendance | None = _enum(
        value,
        _ATTENDANCES,
        SpeakerFieldError("Say whether the speaker was in the room or online."),
    )
    return found


def _kind(value: object) -> InterventionKind:
    found: InterventionKind | None = _enum(
        value,
        _KINDS,
        KindError(
            "Choose the kind: question, statement, answer (panellist), recommendation, "
            "or input on related activities."
        ),
    )
    if found is None:
        raise KindError(
            "Choose the kind: question, statement, answer (panellist), recommendation, "
            "or input on related activities."
        )
    return found


def _time(value: object, what: Phrase) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return decode_time(value)
        except ValueError:
            raise TimeError(
                "{field} cannot be read: give the date, time and zone.", field=what
            ) from None
    if not isinstance(value, dt.datetime):
        raise TimeError("{field} must be a time.", field=what)
    if value.tzinfo is None or value.utcoffset() is None:
        raise TimeError("{field} has no time zone.", field=what)
    return value.astimezone(dt.UTC)


def _clock(value: dt.datetime, programme: Programme) -> str:
    return value.astimezone(programme.zone()).strftime("%H:%M:%S")


def _ids(value: object, what: Phrase, error: type[InterventionError]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = (value,)
    if not isinstance(value, Iterable) or not all(isinstance(v, str) and v for v in value):
        raise error("{field} must be a list of ids.", field=what)
    return tuple(dict.fromkeys(value))


def _bool(value: object, what: Phrase) -> bool:
    if not isinstance(value, bool):
        raise FlagError("“{field}” is either yes or no.", field=what)
    return value


def _summary(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SummaryError("The summary must be text.")
    if len(value) > MAX_SUMMARY:
        raise SummaryError(
            "The summary is longer than {count} characters: split it into two interventions or"
            " shorten it.",
            count=MAX_SUMMARY,
        )
    _savable(value, Phrase("The summary"))
    return value


def _related(state: MeetingState, tags: Sequence[str]) -> list[str]:
    """The segments whose guiding questions an intervention with ``tags`` can answer: its tags,
    and the panel of a tagged Q&A."""
    related = list(tags)
    for sid in tags:
        panel = panel_of(state.programme, sid)
        if panel is not None and panel.id not in related:
            related.append(panel.id)
    return related


def _question_pairs(value: object) -> list[tuple[str, int]]:
    if value is None:
        return []
    if not isinstance(value, Iterable) or isinstance(value, str | bytes):
        raise GuidingQuestionError("Choose guiding questions from the list.")
    pairs: list[tuple[str, int]] = []
    for item in value:
        sid: object
        index: object
        if isinstance(item, QuestionRef):
            sid, index = item.segment_id, item.index
        elif isinstance(item, Mapping):
            sid, index = item.get("segment_id"), item.get("index")
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 2:
            sid, index = item[0], item[1]
        else:
            raise GuidingQuestionError("Choose guiding questions from the list.")
        if not isinstance(sid, str) or isinstance(index, bool) or not isinstance(index, int):
            raise GuidingQuestionError("Choose guiding questions from the list.")
        pairs.append((sid, index))
    return list(dict.fromkeys(pairs))


def _clean(
    state: MeetingState, values: Mapping[str, Any], current: Intervention | None
) -> dict[str, Any]:
    """Every field of :data:`FIELDS` checked and normalised; values equal to ``current``'s (an
    edit) are kept without checking them against the state again."""
    queue = queue_of(state)
    agenda = state.agenda
    ivs = interventions_of(state)
    out: dict[str, Any] = {}

    def unchanged(name: str, value: Any) -> bool:
        return current is not None and getattr(current, name) == value

    # ---- the speaker
    pid = _opt_id(values["participant_id"], Phrase("The participant"))
    if pid is not None and not unchanged("participant_id", pid) and queue.participant(pid) is None:
        raise SpeakerFieldError(
            "That participant is not registered: choose another one, or type the speaker’s name."
        )
    out["participant_id"] = pid
    out["name"] = _line(values["name"], Phrase("The speaker’s name"))
    if not out["name"]:
        raise SpeakerFieldError("Say who spoke: choose a participant or type a name.")
    out["organization"] = _line(values["organization"], Phrase("The organization"))
    out["category"] = _category(values["category"])
    out["attendance"] = _attendance(values["attendance"])
    entry = _opt_id(values["queue_entry"], Phrase("The queue entry"))
    if entry is not None and not unchanged("queue_entry", entry) and queue.find(entry) is None:
        raise SpeakerFieldError(
            "That queue entry is on no list of speakers (it may have been undone)."
        )
    out["queue_entry"] = entry

    # ---- when
    start, end = (
        _time(values["start"], Phrase("The start time")),
        _time(values["end"], Phrase("The end time")),
    )
    if start is not None and end is not None and end < start:
        programme = state.programme
        raise TimeError(
            "The end ({end}) is before the start ({start}).",
            end=_clock(end, programme),
            start=_clock(start, programme),
        )
    out["start"], out["end"] = start, end

    # ---- what it addresses
    tags = _ids(values["tags"], Phrase("The tags"), TagError)
    if not tags:
        raise TagError("Tag the intervention with the segment it addresses (at least one).")
    kept = set(current.tags) if current is not None else set()
    for sid in tags:
        if sid not in kept and sid not in agenda.order:
            raise TagError("There is no segment ‘{segment}’ in the programme.", segment=sid)
    out["tags"] = tags
    kind = _kind(values["kind"])
    out["kind"] = kind

    refs: list[QuestionRef] = []
    had = {(q.segment_id, q.index): q for q in current.questions} if current is not None else {}
    related = _related(state, tags)
    for sid, index in _question_pairs(values["questions"]):
        if sid not in related:
            raise GuidingQuestionError(
                "That guiding question belongs to ‘{segment}’, which the intervention is not"
                " tagged with: add the tag first.",
                segment=ivs.tag(sid).label,
            )
        ref = had.get((sid, index))
        if ref is None:
            segment = ivs.index.segments.get(sid) if ivs.index is not None else None
            questions = segment.guiding_questions if segment is not None else ()
            if not 0 <= index < len(questions):
                raise GuidingQuestionError(
                    "‘{segment}’ has no guiding question {number}.",
                    segment=ivs.tag(sid).label,
                    number=index + 1,
                )
            ref = QuestionRef(sid, index, questions[index])
        refs.append(ref)
    out["questions"] = tuple(refs)

    answers = _ids(values["answers"], Phrase("The answers"), AnswerError)
    if answers and kind is not InterventionKind.ANSWER:
        raise AnswerError(
            "Only an answer (panellist) can be linked to the questions it answers: "
            "set its kind to “Answer (panellist)” first."
        )
    linked = set(current.answers) if current is not None else set()
    for qid in answers:
        if qid in linked:
            continue
        if current is not None and qid == current.id:
            raise AnswerError("An answer cannot answer itself.")
        question = ivs.get(qid)
        if question is None or question.deleted:
            raise AnswerError(
                "There is no intervention ‘{id}’ to answer (it may be deleted).", id=qid
            )
        if not question.is_question:
            raise AnswerError(
                "{intervention} is not a question: only questions are answered.",
                intervention=_what(question),
            )
    out["answers"] = answers

    out["summary"] = _summary(values["summary"])
    out["follow_up"] = _bool(values["follow_up"], Phrase("Follow-up"))
    out["quotable"] = _bool(values["quotable"], Phrase("Quotable"))
    return out


# ============================================================================ commands
def log_intervention(
    state: MeetingState,
    draft: InterventionDraft | Mapping[str, Any],
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Capture an intervention; the actor is its rapporteur. The new id ("i-N") is the event's
    ``payload["id"]``. The details of a chosen participant fill what the draft leaves empty."""
    draft = as_draft(draft)
    values = draft.values()
    pid = values["participant_id"]
    participant = queue_of(state).participant(pid) if isinstance(pid, str) and pid else None
    if participant is not None:
        _fill_from(values, participant, only_empty=True)
    clean = _clean(state, values, None)
    event = InterventionLogged(id=interventions_of(state).next_id(), **clean)
    return _record(event, now, actor)


def _fill_from(values: dict[str, Any], participant: Participant, *, only_empty: bool) -> None:
    details = {
        "name": participant.name,
        "organization": participant.organization,
        "category": participant.category,
        "attendance": participant.attendance,
    }
    for key, value in details.items():
        if not only_empty or values.get(key) in (None, ""):
            values[key] = value


def edit_intervention(
    state: MeetingState,
    intervention_id: str,
    changes: Mapping[str, Any],
    *,
    now: dt.datetime,
    actor: str,
) -> EventRecord:
    """Change fields of an intervention (field → new value); only those that differ are
    journalled, and "Nothing changed." when none does. Choosing another participant (a new
    ``participant_id`` alone) takes their name, organization, category and attendance too."""
    current = _find(state, intervention_id)
    if current.deleted:
        raise InterventionDeletedError(
            "{intervention} is deleted: restore it to edit it.", intervention=_what(current)
        )
    if not isinstance(changes, Mapping):
        raise InterventionError("Give the changes as field → new value.")
    unknown = sorted(str(k) for k in changes if k not in FIELDS)
    if unknown:
        raise InterventionError("‘{field}’ is not a field of an intervention.", field=unknown[0])
    values = current.values()
    values.update(changes)
    pid = changes.get("participant_id")
    if isinstance(pid, str) and pid and pid != current.participant_id:
        participant = queue_of(state).participant(pid)
        if participant is not None:
            given = {k: v for k, v in changes.items() if k != "participant_id"}
            _fill_from(values, participant, only_empty=False)
            values.update(given)
    new_kind = _kind(values["kind"])
    if "kind" in changes and new_kind is not InterventionKind.ANSWER and "answers" not in changes:
        values["answers"] = ()  # no longer an answer: its links go (the history shows them)
    clean = _clean(state, values, current)
    diff = {name: clean[name] for name in FIELDS if clean[name] != getattr(current, name)}
    if not diff:
        raise NothingChangedError("Nothing changed.")
    return _record(InterventionEdited.of(current.id, diff), now, actor)


def delete_intervention(
    state: MeetingState, intervention_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Mark an intervention deleted (kept with its history; undo or restore brings it back)."""
    current = _find(state, intervention_id)
    if current.deleted:
        raise InterventionDeletedError(
            "{intervention} is already deleted.", intervention=_what(current)
        )
    return _record(InterventionDeleted(current.id), now, actor)


def restore_intervention(
    state: MeetingState, intervention_id: str, *, now: dt.datetime, actor: str
) -> EventRecord:
    """Bring back a deleted intervention (when undoing the delete is no longer the next undo)."""
    current = _find(state, intervention_id)
    if not current.deleted:
        raise InterventionDeletedError(
            "{intervention} is not deleted.", intervention=_what(current)
        )
    return _record(InterventionRestored(current.id), now, actor)


# ============================================================================ the prefill
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_PUNCTUATION = re.compile(r"[^\w\s]+")
_HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "madam",
        "madame",
        "hon",
        "he",
        "ambassador",
        "judge",
        "justice",
    }
)


def _name_key(name: str) -> frozenset[str]:
    """A name reduced for comparison: accents, case, punctuation and titles dropped; the words'
    order ignored ("H.E. Ms. Jane Doe" is "Doe, Jane")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = _PUNCTUATION.sub("", text).split()
    return frozenset(w for w in words if w not in _HONORIFICS)


def same_person(a: str, b: str) -> bool:
    """Whether two names are the same person's, as the programme and the registration write
    them."""
    key = _name_key(a)
    return bool(key) and key == _name_key(b)


def panellists_for(programme: Programme, segment_id: str) -> tuple[Person, ...]:
    """Who may answer in a segment: a panel's panellists and moderator, a Q&A's panel's (and its
    own, if the programme lists any)."""
    found = programme.find_segment(segment_id)
    if found is None:
        return ()
    segment = found[1]
    people: list[Person] = []
    for seg in (segment, panel_of(programme, segment_id)):
        if seg is None:
            continue
        people.extend(seg.panellists)
        if seg.moderator is not None:
            people.append(seg.moderator)
    return tuple(dict.fromkeys(people))


def guess_kind(programme: Programme, segment_id: str | None, name: str) -> InterventionKind:
    """The likely kind: in a Q&A, an answer from one of its panel's panellists (by name) and a
    question from anyone else; a statement everywhere else."""
    if segment_id is None:
        return InterventionKind.STATEMENT
    found = programme.find_segment(segment_id)
    if found is None or found[1].kind is not SegmentKind.QA:
        return InterventionKind.STATEMENT
    if name and any(same_person(name, p.name) for p in panellists_for(programme, segment_id)):
        return InterventionKind.ANSWER
    return InterventionKind.QUESTION


def _prefill_speaker(
    state: MeetingState, segment_id: str | None
) -> tuple[SpeakerList, Speaker] | None:
    """Whom the next capture is about: the speaker on the floor; else the last one heard on the
    segment's list if nothing was captured from their turn yet."""
    queue = queue_of(state)
    lst, speaker = queue.floor_list(), queue.floor_speaker()
    if lst is not None and speaker is not None:
        return lst, speaker
    if segment_id is None or segment_id not in queue.lists:
        return None
    lst = queue.lists[segment_id]
    heard = [s for s in lst.entries.values() if s.heard and s.runs and not s.on_floor]
    if not heard:
        return None
    last = max(heard, key=lambda s: (s.ended_at or s.last_start or _EPOCH, s.entry_id))
    if _CAPTURED.of(interventions_of(state).table).get(last.entry_id):
        return None
    return lst, last


class _CapturedEntries:
    """How many interventions (not deleted) were captured from each queue entry, for the
    prefill, which asks after every event whether the last turn heard was captured: followed
    from one table to the next by the places that changed (``changed_since``), not counted
    again over every intervention of the meeting each time."""

    def __init__(self) -> None:
        self._last: tuple[InterventionTable, dict[str, int]] = (InterventionTable.EMPTY, {})

    def of(self, table: InterventionTable) -> Mapping[str, int]:
        old, counts = self._last
        if table is old:
            return counts
        if len(table) < len(old):
            old, counts = InterventionTable.EMPTY, {}
        counts = dict(counts)  # never changed in place: a caller may hold the old one
        for place in table.changed_since(old):
            if place < len(old):
                _count(counts, old.at(place), -1)
            _count(counts, table.at(place), 1)
        self._last = (table, counts)
        return counts


def _count(counts: dict[str, int], intervention: Intervention, by: int) -> None:
    entry = intervention.queue_entry
    if entry is None or intervention.deleted:
        return
    n = counts.get(entry, 0) + by
    if n:
        counts[entry] = n
    else:
        counts.pop(entry, None)


_CAPTURED = _CapturedEntries()


def prefill(state: MeetingState, now: dt.datetime) -> InterventionDraft:
    """The draft a new capture starts from, filled from the floor:

    * the speaker on the floor (or, between turns, the last one heard on the current segment's
      list if none of their turn is captured yet): participant, name, organization, category,
      room/online, queue entry; start when first called, end now (or when they finished);
    * the tag of the segment they speak in (the current one; between segments the last one),
      then the standing items they said they would address;
    * the kind guessed by :func:`guess_kind` (in a Q&A: a question, or an answer from a
      panellist; elsewhere a statement).
    """
    agenda = state.agenda
    segment_id = agenda.current
    if segment_id is None and agenda.position in agenda.order:
        segment_id = agenda.position
    found = _prefill_speaker(state, segment_id)
    if found is None:
        alone = (segment_id,) if segment_id is not None else ()
        return InterventionDraft(tags=alone, kind=guess_kind(state.programme, segment_id, ""))
    lst, speaker = found
    queue: QueueState = queue_of(state)
    participant = queue.participant(speaker.participant_id)
    order = agenda.order
    tags: tuple[str, ...] = tuple(
        sid for sid in dict.fromkeys((lst.segment_id, *speaker.addresses)) if sid in order
    )
    name = participant.name if participant is not None else queue.name(speaker.participant_id)
    end = _turn_end(speaker, now)
    return InterventionDraft(
        participant_id=speaker.participant_id,
        name=name,
        organization=participant.organization if participant is not None else "",
        category=participant.category if participant is not None else None,
        attendance=participant.attendance if participant is not None else None,
        queue_entry=speaker.entry_id,
        start=speaker.first_start,
        end=end,
        tags=tags,
        kind=guess_kind(state.programme, lst.segment_id, name),
    )


def with_panel(state: MeetingState, draft: InterventionDraft) -> InterventionDraft:
    """The draft with the panel of each tagged Q&A added to its tags (the pane's "and its
    panel")."""
    tags = _related(state, draft.tags)
    return draft if tuple(tags) == draft.tags else replace(draft, tags=tuple(tags))


def _turn_end(speaker: Speaker, now: dt.datetime) -> dt.datetime | None:
    """When a speaker's turn ends: now while they have the floor, else when they finished."""
    return now if speaker.on_floor else speaker.ended_at


def ending_now(
    state: MeetingState, draft: InterventionDraft, now: dt.datetime
) -> InterventionDraft:
    """The draft as it is saved: a captured turn ends when its speaker's turn does (now if they
    still have the floor, else when they finished), not when the pane was prefilled."""
    if draft.queue_entry is None:
        return draft
    found = queue_of(state).find(draft.queue_entry)
    if found is None:
        return draft
    end = _turn_end(found[1], now)
    return draft if end is None else replace(draft, end=end)
