"""The review's filters: by tag, kind, speaker, category, free text (any script, case and accents
ignored), flags, deleted or not; the search texts normalised once per intervention object; the
unanswered questions of a Q&A."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator.core.fold.engine import fold
from facilitator.core.interventions import commands as ic
from facilitator.core.interventions import search
from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.interventions.reducer import interventions_of
from facilitator.core.interventions.search import (
    DeletedFilter,
    InterventionFilter,
    SearchIndex,
    filter_interventions,
    normalise,
    terms,
    unanswered_questions,
)
from facilitator.core.interventions.values import Intervention
from facilitator.core.participants.values import Category
from tests.core.test_fold import Desk
from tests.core.test_interventions import PANEL_1, QA_1, capture_desk, get, ivs, log

ROWS: list[dict[str, Any]] = [
    {
        "name": "Dr. Ana María López",
        "organization": "Universidad de Chile",
        "category": Category.ACADEMIA,
        "tags": (QA_1,),
        "kind": InterventionKind.ANSWER,
        "summary": "La protección de las víctimas exige cooperación.",
        "quotable": True,
    },
    {
        "name": "Mr. Jürgen Straße",
        "organization": "Ärzte Verein",
        "category": Category.NGO,
        "tags": ("seg-9", "seg-10"),
        "summary": "Die STRASSE und die Grenze: Menschenhandel.",
        "follow_up": True,
    },
    {
        "name": "السيد أحمد",
        "organization": "منظمة غير حكومية",
        "category": Category.NGO,
        "tags": (QA_1,),
        "kind": InterventionKind.QUESTION,
        "summary": "مُكَافَحَة الاتجار بالبشر في المنطقة",  # with harakat
    },
    {
        "name": "גב׳ שרה",
        "organization": "ארגון",
        "category": None,
        "tags": ("seg-11",),
        "summary": "מְנִיעַת סחר בבני אדם",  # with niqqud
    },
    {
        "name": "Ms. Ｗｉｄｅ",  # full-width letters
        "organization": "Private Co.",
        "category": Category.PRIVATE_SECTOR,
        "tags": ("seg-9",),
        "kind": InterventionKind.RECOMMENDATION,
        "summary": "<script>alert(1)</script> =HYPERLINK() ‎right‏",
    },
]


def review_desk() -> tuple[Desk, list[str]]:
    desk = capture_desk(3)
    ids = [log(desk, **row) for row in ROWS]
    desk.do(ic.delete_intervention, ids[4])
    return desk, ids


def names(found: list[Intervention]) -> list[str]:
    return [i.id for i in found]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (InterventionFilter(), [0, 1, 2, 3]),
        (InterventionFilter(tags=frozenset({QA_1})), [0, 2]),
        (InterventionFilter(tags=frozenset({"seg-10", "seg-11"})), [1, 3]),
        (InterventionFilter(kinds=frozenset({InterventionKind.QUESTION})), [2]),
        (InterventionFilter(speaker="lopez"), [0]),
        (InterventionFilter(speaker="LÓPEZ"), [0]),
        (InterventionFilter(speaker="strasse"), [1]),  # ß folds to ss
        (InterventionFilter(speaker="jurgen"), [1]),
        (InterventionFilter(speaker="أحمد"), [2]),
        (InterventionFilter(speaker="chile"), []),  # the speaker filter reads names only
        (InterventionFilter(categories=frozenset({Category.NGO})), [1, 2]),
        (InterventionFilter(categories=frozenset({None})), [3]),
        (InterventionFilter(text="victimas cooperacion"), [0]),  # accents ignored, any order
        (InterventionFilter(text="cooperación VÍCTIMAS"), [0]),
        (InterventionFilter(text="chile"), [0]),  # the organization is searched too
        (InterventionFilter(text="strasse"), [1]),
        (InterventionFilter(text="straße grenze"), [1]),
        (InterventionFilter(text="aerzte"), []),
        (InterventionFilter(text="arzte"), [1]),
        (InterventionFilter(text="مكافحة"), [2]),  # harakat ignored
        (InterventionFilter(text="الاتجار"), [2]),
        (InterventionFilter(text="מניעת"), [3]),  # niqqud ignored
        (InterventionFilter(text="סחר"), [3]),
        (InterventionFilter(text="menschenhandel victims"), []),  # every word must be there
        (InterventionFilter(follow_up=True), [1]),
        (InterventionFilter(quotable=False), [1, 2, 3]),
        (InterventionFilter(text="wide"), []),  # deleted
        (InterventionFilter(text="wide", deleted=DeletedFilter.INCLUDE), [4]),
        (InterventionFilter(deleted=DeletedFilter.ONLY), [4]),
        (InterventionFilter(text="<script>", deleted=DeletedFilter.INCLUDE), [4]),
        (InterventionFilter(text="=hyperlink", deleted=DeletedFilter.INCLUDE), [4]),
        (InterventionFilter(text="right", deleted=DeletedFilter.INCLUDE), [4]),
        (InterventionFilter(rapporteur="Rapporteur A"), [0, 1, 2, 3]),
        (InterventionFilter(rapporteur="Rapporteur B"), []),
        (
            InterventionFilter(
                tags=frozenset({QA_1, PANEL_1}),
                kinds=frozenset({InterventionKind.ANSWER}),
                text="proteccion",
                quotable=True,
            ),
            [0],
        ),
    ],
)
def test_the_review_filters(criteria: InterventionFilter, expected: list[int]) -> None:
    desk, ids = review_desk()
    found = filter_interventions(desk.state, criteria)
    assert names(found) == [ids[n] for n in expected]
    index = SearchIndex()
    assert names(index.filter(ivs(desk), criteria)) == [ids[n] for n in expected]
    assert names(index.filter(list(ivs(desk)), criteria)) == [ids[n] for n in expected]


def test_normalising_text() -> None:
    assert normalise("Ünïcödé ÀÉÎÕÜ") == "unicode aeiou"
    assert normalise("STRASSE Straße") == "strasse strasse"
    assert normalise("ＷＩＤＥ ﬁ") == "wide fi"  # full-width forms, ligatures
    assert normalise("مُكَافَحَة") == "مكافحة" and normalise("عـــربي") == "عربي"  # tatweel
    assert normalise("מְנִיעַת") == "מניעת"
    assert normalise("a\u200fb\u202ec\u00add") == "abcd"
    assert normalise("=cmd <b>\x00") == "=cmd <b>\x00"
    assert terms("  Trafficking  traffick  victims ") == ("trafficking", "victims")
    assert terms("") == ()


def test_texts_are_normalised_once_per_intervention_object(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, ids = review_desk()
    index = SearchIndex()
    calls: list[str] = []
    real = search.normalise

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(search, "normalise", counting)
    index.filter(desk.state, InterventionFilter(text="x"))
    first = len(calls)
    assert first == 1 + 3 * 4  # the query, then name, organization, summary of each
    index.filter(desk.state, InterventionFilter(text="y"))
    assert len(calls) == first + 1  # the query only
    desk.do(ic.edit_intervention, ids[1], {"summary": "Neue Fassung."})
    found = index.filter(desk.state, InterventionFilter(text="fassung"))
    assert names(found) == [ids[1]] and len(calls) == first + 2 + 3  # only the edited one
    index.filter(desk.state, InterventionFilter(kinds=frozenset({InterventionKind.QUESTION})))
    assert len(calls) == first + 2 + 3  # no text: nothing to normalise
    assert len(index) == 4
    index.prune(interventions_of(fold(desk.programme, desk.journal[:3])))  # only the first
    assert len(index) == 1
    assert index.matches(get(desk, ids[0]), InterventionFilter(speaker="ana"))


def test_the_filter_is_active_when_it_hides_anything_but_deleted_ones() -> None:
    assert not InterventionFilter().active
    assert not InterventionFilter(deleted=DeletedFilter.INCLUDE).active
    assert InterventionFilter(text="x").active
    assert InterventionFilter(follow_up=False).active


def test_unanswered_questions_of_a_qa_and_its_panel() -> None:
    desk = capture_desk(3, QA_1)
    q1 = log(desk, tags=(QA_1,), kind=InterventionKind.QUESTION)
    q2 = log(desk, tags=(PANEL_1,), kind=InterventionKind.QUESTION)  # tagged to the panel
    q3 = log(desk, tags=("seg-8",), kind=InterventionKind.QUESTION)  # another Q&A
    log(desk, tags=(QA_1,), kind=InterventionKind.STATEMENT)
    assert [q.id for q in unanswered_questions(desk.state, QA_1)] == [q1, q2]
    assert [q.id for q in unanswered_questions(desk.state, PANEL_1)] == [q1, q2]
    assert [q.id for q in unanswered_questions(desk.state, "seg-8")] == [q3]
    answer = log(desk, tags=(QA_1,), kind=InterventionKind.ANSWER, answers=(q2, q3))
    assert [q.id for q in unanswered_questions(ivs(desk), QA_1)] == [q1]
    assert unanswered_questions(desk.state, "seg-8") == []
    desk.do(ic.delete_intervention, answer)
    assert [q.id for q in unanswered_questions(desk.state, QA_1)] == [q1, q2]


def test_the_index_can_be_warmed_in_idle_moments() -> None:
    desk, ids = review_desk()
    index = SearchIndex()
    assert index.warm(desk.state, limit=2) == 2
    assert index.warm(desk.state) == 3  # the deleted one too: it can be shown
    assert index.warm(desk.state) == 0
    desk.do(ic.edit_intervention, ids[0], {"summary": "Otra versión."})
    assert index.warm(ivs(desk)) == 1


def test_the_review_index_finds_what_the_search_index_finds_all_day() -> None:
    """TableIndex (the review's: places, kept in step by the places each event changed, texts
    normalised on demand or in idle moments) against SearchIndex (every intervention looked at),
    over the realistic day: the same interventions for each filter, at many points of the day."""
    from facilitator.core.fold.changes import what_changed
    from facilitator.core.fold.engine import Folder
    from facilitator.core.interventions.fields import InterventionKind
    from facilitator.core.interventions.reducer import interventions_of
    from facilitator.core.interventions.search import (
        DeletedFilter,
        InterventionFilter,
        SearchIndex,
        TableIndex,
    )
    from tests.bench.realistic import day

    programme, records = day()
    folder = Folder(programme)
    index, reference = TableIndex(), SearchIndex()
    criteria = [
        InterventionFilter(),
        InterventionFilter(text="the"),
        InterventionFilter(text="organ traff"),
        InterventionFilter(text="التعاون"),
        InterventionFilter(speaker="ms"),
        InterventionFilter(kinds=frozenset({InterventionKind.QUESTION})),
        InterventionFilter(tags=frozenset({"seg-9"}), follow_up=True),
        InterventionFilter(deleted=DeletedFilter.ONLY),
        InterventionFilter(deleted=DeletedFilter.INCLUDE, quotable=False),
    ]
    before = folder.state
    checked = 0
    for n, record in enumerate(records):
        folder.apply(record)
        changes = what_changed(before, folder.state)
        before = folder.state
        index.sync(interventions_of(folder.state).table, changes.interventions)
        if n == 1200:
            assert index.warm(300) > 0
        if n % 211 and record.type not in ("Undone", "InterventionDeleted"):
            continue
        for each in criteria:
            expected = [i.id for i in reference.filter(folder.state, each)]
            assert [index.at(p).id for p in index.filter(each)] == expected, (n, each)
        checked += 1
    assert checked > 15 and len(index) == len(interventions_of(folder.state))
    wide, narrow = InterventionFilter(text="tra"), InterventionFilter(text="traffick")
    assert TableIndex.narrows(wide, narrow) and not TableIndex.narrows(narrow, wide)
    assert index.filter(narrow, index.filter(wide)) == index.filter(narrow)
    while index.warm(500):
        pass
