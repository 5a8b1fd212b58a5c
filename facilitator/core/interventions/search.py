"""Finding interventions: the review's filters, and the questions of a Q&A still unanswered.

The review filters 10,000 interventions on every keystroke, so the text each one is searched in is
normalised once and cached: a :class:`SearchIndex` keeps, per intervention id, the intervention
object it was computed from and its normalised name and search text; an intervention replaced by
an edit is a new object and is normalised again, the others are not. A keystroke then costs one
substring test per intervention.

**Normalised** (:func:`normalise`): compatibility-decomposed (NFKD: full-width forms, ligatures),
accents and other combining marks removed (é → e; Arabic harakat and Hebrew points too), case
folded (ß → ss), bidirectional controls, joiners, soft hyphens and the Arabic tatweel dropped. A
query is normalised the same way and split into words; an intervention matches when each word is
in its text (name, organization and summary), in any order, in any script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from facilitator.core.fold.state import MeetingState
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.state import InterventionsState, qa_family
from facilitator.core.interventions.table import InterventionTable
from facilitator.core.interventions.values import Intervention
from facilitator.core.participants.values import Category

# ============================================================================ normalising
#: Code points that never matter to a search: bidi controls, joiners, soft hyphen, tatweel.
_INVISIBLE = (
    0x00AD,
    0x0640,
    0x061C,
    0x180E,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2070),
    0xFEFF,
)
_marks: frozenset[str] | None = None


def _strip_marks() -> frozenset[str]:
    """Every combining mark (categories Mn and Me) of the first two planes, and the invisible
    code points. Built once, on first use (about 30 ms)."""
    global _marks
    if _marks is None:
        category = unicodedata.category
        marks = {chr(cp) for cp in range(0x0300, 0x20000) if category(chr(cp)) in ("Mn", "Me")}
        marks.update(chr(cp) for cp in _INVISIBLE)
        _marks = frozenset(marks)
    return _marks


def normalise(text: str) -> str:
    """``text`` as searches compare it (see the module docstring)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # Only the few marks a text holds are removed, each by one fast pass (a translation table
    # would look up every character).
    for mark in _strip_marks().intersection(decomposed):
        decomposed = decomposed.replace(mark, "")
    return decomposed.casefold()


def terms(query: str) -> tuple[str, ...]:
    """A query's words, normalised (duplicates and words inside longer ones dropped)."""
    if not query or query.isspace():
        return ()
    words = sorted(set(normalise(query).split()), key=len, reverse=True)
    kept: list[str] = []
    for word in words:
        if not any(word in longer for longer in kept):
            kept.append(word)
    return tuple(kept)


# ============================================================================ the filter
class DeletedFilter(StrEnum):
    EXCLUDE = "exclude"  # the review's default
    INCLUDE = "include"
    ONLY = "only"  # the bin: what can be restored


@dataclass(frozen=True, slots=True)
class InterventionFilter:
    """What the review shows. Empty sets and None mean "any"; sets match any of their members.

    * ``tags``: segment ids (pass a Q&A with its panel, see :func:`qa_family`);
    * ``speaker``: a part of the speaker's name (case and accents ignored);
    * ``categories``: stakeholder categories (None stands for "not given");
    * ``text``: words to find in the summary, name and organization;
    * ``follow_up``, ``quotable``: the flags (True: flagged, False: not flagged);
    * ``rapporteur``: who captured it (exact);
    * ``deleted``: leave deleted ones out (default), include them, or show only them.
    """

    tags: frozenset[str] = frozenset()
    kinds: frozenset[InterventionKind] = frozenset()
    speaker: str = ""
    categories: frozenset[Category | None] = frozenset()
    text: str = ""
    follow_up: bool | None = None
    quotable: bool | None = None
    rapporteur: str | None = None
    deleted: DeletedFilter = DeletedFilter.EXCLUDE

    @property
    def active(self) -> bool:
        """Whether it hides anything but deleted interventions."""
        return self != InterventionFilter(deleted=self.deleted)


def _interventions(
    source: MeetingState | InterventionsState | Iterable[Intervention],
) -> Iterable[Intervention]:
    if isinstance(source, MeetingState):
        return interventions_of(source)
    return source


class SearchIndex:
    """The normalised texts of interventions, cached by the intervention object they came from.

    Keep one per open meeting (the review model does) and filter with it: only interventions
    captured or edited since the last filter are normalised again.
    """

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Intervention, str, str]] = {}

    def __len__(self) -> int:
        return len(self._cache)

    def texts(self, intervention: Intervention) -> tuple[str, str]:
        """(normalised name, normalised search text) of ``intervention``."""
        cached = self._cache.get(intervention.id)
        if cached is not None and cached[0] is intervention:
            return cached[1], cached[2]
        name = normalise(intervention.name)
        organization = normalise(intervention.organization)
        text = "\n".join((name, organization, normalise(intervention.summary)))
        self._cache[intervention.id] = (intervention, name, text)
        return name, text

    def warm(
        self,
        source: MeetingState | InterventionsState | Iterable[Intervention],
        limit: int | None = None,
    ) -> int:
        """Normalise the texts not cached yet, at most ``limit`` of them (the UI can do this in
        idle moments, so that the first keystroke finds them ready); how many it did."""
        done = 0
        cache = self._cache
        for intervention in _interventions(source):
            if limit is not None and done >= limit:
                break
            cached = cache.get(intervention.id)
            if cached is None or cached[0] is not intervention:
                self.texts(intervention)
                done += 1
        return done

    def prune(self, state: InterventionsState) -> None:
        """Forget the interventions ``state`` no longer has (an undone capture)."""
        table = state.table
        for iid in [i for i in self._cache if i not in table]:
            del self._cache[iid]

    def filter(
        self,
        source: MeetingState | InterventionsState | Iterable[Intervention],
        criteria: InterventionFilter,
    ) -> list[Intervention]:
        """The interventions of ``source`` that ``criteria`` lets through, in capture order."""
        words = terms(criteria.text)
        who = " ".join(normalise(criteria.speaker).split()) if criteria.speaker.strip() else ""
        passes = field_test(criteria)
        texts = self.texts
        found: list[Intervention] = []
        for i in _interventions(source):
            if not passes(i):
                continue
            if who or words:
                name, text = texts(i)
                if who and who not in name:
                    continue
                if words and not all(w in text for w in words):
                    continue
            found.append(i)
        return found

    def matches(self, intervention: Intervention, criteria: InterventionFilter) -> bool:
        """Whether one intervention passes (a one-row change of the review)."""
        return bool(self.filter((intervention,), criteria))


def field_test(criteria: InterventionFilter) -> Callable[[Intervention], bool]:
    """Whether an intervention passes ``criteria``'s tests of its fields (deleted or not, kind,
    tags, category, flags, rapporteur): everything but the texts, which each index matches in its
    own way. Built once per filter, with the criteria read once."""
    tags, kinds, categories = criteria.tags, criteria.kinds, criteria.categories
    follow_up, quotable = criteria.follow_up, criteria.quotable
    rapporteur = criteria.rapporteur
    show_deleted = criteria.deleted is not DeletedFilter.EXCLUDE
    only_deleted = criteria.deleted is DeletedFilter.ONLY

    def passes(i: Intervention) -> bool:
        if i.deleted:
            if not show_deleted:
                return False
        elif only_deleted:
            return False
        return not (
            (kinds and i.kind not in kinds)
            or (tags and tags.isdisjoint(i.tags))
            or (categories and i.category not in categories)
            or (follow_up is not None and i.follow_up is not follow_up)
            or (quotable is not None and i.quotable is not quotable)
            or (rapporteur is not None and i.rapporteur != rapporteur)
        )

    return passes


class TableIndex:
    """The review's index: every intervention of a table by its place in capture order, with its
    normalised texts, kept in step with the table by the places each event changed (see
    :func:`facilitator.core.fold.changes.what_changed`), so that a change costs one place and a
    filter is one pass over a list of texts.

    :meth:`filter` answers places, in capture order. The texts are normalised when a text filter
    first needs them (a review that is never searched never pays for it). A filter can be asked
    ``within`` the places of a previous one (:meth:`narrows`: a query typed one letter further
    can only find fewer), so each keystroke looks at what the last one found.
    """

    __slots__ = ("_items", "_names", "_table", "_texts", "_warmed")

    def __init__(self) -> None:
        self._table: InterventionTable | None = None
        self._items: list[Intervention] = []
        self._names: list[str | None] = []
        self._texts: list[str | None] = []
        self._warmed = 0  # every place before it was normalised once (see warm())

    def __len__(self) -> int:
        return len(self._items)

    def at(self, position: int) -> Intervention:
        return self._items[position]

    def position(self, intervention_id: str) -> int | None:
        """The place of ``intervention_id`` in capture order, if the table has it."""
        return None if self._table is None else self._table.position(intervention_id)

    def sync(self, table: InterventionTable, changed: Iterable[int] | None = None) -> None:
        """Follow ``table``: ``changed`` the places that changed since the last call (None: read
        it all again)."""
        if changed is None or self._table is None:
            self._items = list(table)
            self._names = [None] * len(self._items)
            self._texts = [None] * len(self._items)
            self._warmed = 0
        else:
            items, names, texts = self._items, self._names, self._texts
            for position in changed:
                intervention = table.at(position)
                if position < len(items):
                    if items[position] is intervention:
                        continue
                    items[position] = intervention
                    names[position] = texts[position] = None
                else:
                    assert position == len(items), "places are added in order"
                    items.append(intervention)
                    names.append(None)
                    texts.append(None)
        self._table = table

    def warm(self, limit: int) -> int:
        """Normalise the texts of up to ``limit`` more places (in idle moments, so that the first
        keystroke finds them ready); how many places are left to look at."""
        start = self._warmed
        end = min(len(self._items), start + limit)
        self._normalised(range(start, end))
        self._warmed = end
        return len(self._items) - end

    def _normalised(self, positions: Iterable[int]) -> None:
        items, names, texts = self._items, self._names, self._texts
        for p in positions:
            if texts[p] is None:
                i = items[p]
                name = normalise(i.name)
                names[p] = name
                texts[p] = "\n".join((name, normalise(i.organization), normalise(i.summary)))

    @staticmethod
    def narrows(before: InterventionFilter, after: InterventionFilter) -> bool:
        """Whether everything ``after`` lets through ``before`` let through too: the same
        criteria, and a text each of whose previous words is within one of its words."""
        if before == after:
            return True
        if replace(before, text="") != replace(after, text=""):
            return False
        new = terms(after.text)
        return all(any(old in word for word in new) for old in terms(before.text))

    def filter(
        self, criteria: InterventionFilter, within: Iterable[int] | None = None
    ) -> list[int]:
        """The places of the interventions that ``criteria`` lets through, in capture order
        (looking only at the places ``within``, if given, in capture order)."""
        items = self._items
        candidates: Iterable[int] = range(len(items)) if within is None else within
        words = terms(criteria.text)
        who = " ".join(normalise(criteria.speaker).split()) if criteria.speaker.strip() else ""
        if words:
            candidates = list(candidates)
            self._normalised(candidates)
            texts = self._texts
            for word in words:  # the longest first: it finds the fewest
                candidates = [p for p in candidates if word in texts[p]]  # type: ignore[operator]
        if who:
            candidates = list(candidates)
            self._normalised(candidates)
            names = self._names
            candidates = [p for p in candidates if who in names[p]]  # type: ignore[operator]
        passes = field_test(criteria)
        return [p for p in candidates if passes(items[p])]

    def matches(self, position: int, criteria: InterventionFilter) -> bool:
        """Whether the intervention at ``position`` passes (a one-row change of the review)."""
        return bool(self.filter(criteria, (position,)))


def filter_interventions(
    source: MeetingState | InterventionsState | Iterable[Intervention],
    criteria: InterventionFilter,
    index: SearchIndex | None = None,
) -> list[Intervention]:
    """:meth:`SearchIndex.filter` with ``index`` (a throw-away one if None: fine once, slow on
    every keystroke)."""
    return (index or SearchIndex()).filter(source, criteria)


# ============================================================================ questions and answers
def _family(state: MeetingState | InterventionsState, segment_id: str) -> frozenset[str]:
    ivs = interventions_of(state) if isinstance(state, MeetingState) else state
    programme = ivs.programme
    if programme is None:
        return frozenset((segment_id,))
    return frozenset(qa_family(programme, segment_id))


def questions_with_answers(
    state: MeetingState | InterventionsState, segment_id: str
) -> list[tuple[Intervention, list[Intervention]]]:
    """The questions (not deleted) tagged to a Q&A or its panel, each with the answers (not
    deleted) that answer it, in capture order: the record's "questions with their answers"."""
    ivs = interventions_of(state) if isinstance(state, MeetingState) else state
    family = _family(ivs, segment_id)
    answers: dict[str, list[Intervention]] = {}
    questions: list[Intervention] = []
    for i in ivs:
        if i.deleted:
            continue
        if i.kind is InterventionKind.ANSWER:
            for qid in i.answers:
                answers.setdefault(qid, []).append(i)
        elif i.kind is InterventionKind.QUESTION and not family.isdisjoint(i.tags):
            questions.append(i)
    return [(q, answers.get(q.id, [])) for q in questions]


def unanswered_questions(
    state: MeetingState | InterventionsState, segment_id: str
) -> list[Intervention]:
    """The questions (not deleted) tagged to a Q&A or its panel that no answer (not deleted)
    answers yet, in capture order."""
    return [q for q, answers in questions_with_answers(state, segment_id) if not answers]
