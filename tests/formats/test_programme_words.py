"""The words of programmes: Q&A after a panel however it is written, kinds from leading words
(never from a word elsewhere), dates in the six UN languages, times as French and Spanish write
them, and the vocabulary kept as data files."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.core.programme import SegmentKind
from facilitator.formats.programme import timetext
from facilitator.formats.programme.importer import import_text
from facilitator.formats.programme.lines import kind_of, people

QA_PHRASINGS = [
    "Followed by questions from the floor",
    "Followed by a Q&A session",
    "Followed by a question-and-answer session",
    "Followed by an interactive discussion",
    "Followed by comments and questions from participants",
    "Q&A",
    "Q & A with the panellists",
    "Questions and answers",
    "Questions from the floor",
    "Questions and comments from civil society participants",
    "Open floor for questions",
    "suivie d'une séance de questions-réponses",
    "suivie d’une séance de questions-réponses",
    "Questions-réponses avec la salle",
    "seguido de preguntas y respuestas",
    "Preguntas y respuestas",
    "Ronda de preguntas",
]


@pytest.mark.parametrize("phrase", QA_PHRASINGS)
def test_questions_after_a_panel_however_written(phrase: str) -> None:
    text = (
        "Expert meeting on firearms\n12 May 2025\n\n"
        "1. Opening\n"
        "2. Marking and record-keeping\n"
        "Panel 1: Marking at import\n"
        f"{phrase}\n"
        "3. Closing\n"
    )
    item = import_text(text).programme.items[1]
    assert [(s.kind, s.for_panel) for s in item.segments] == [
        (SegmentKind.PANEL, None),
        (SegmentKind.QA, 1),
    ]
    assert item.segments[1].title == phrase  # the document's words


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Welcome by the Co-Chairs of the Working Group on Firearms", SegmentKind.REMARKS),
        ("Opening remarks by the Chair of the Briefing Committee", SegmentKind.REMARKS),
        ("Briefing by the Vice-Chair", SegmentKind.BRIEFING),
        ("Keynote address on the Dialogue's outcomes", SegmentKind.BRIEFING),
        ("The Secretariat will provide an overview of the review", SegmentKind.BRIEFING),
        ("The Co-Chairs of the Dialogue will deliver introductory remarks", SegmentKind.REMARKS),
        ("Statements by Member States on interventions", SegmentKind.INTERVENTIONS),
        ("Interactive dialogue with experts", SegmentKind.DISCUSSION),
        ("Tour de table", SegmentKind.DISCUSSION),
        ("Mot de bienvenue de la Présidente", SegmentKind.REMARKS),
        ("Présentation par le Secrétariat", SegmentKind.BRIEFING),
        ("Palabras de clausura", SegmentKind.REMARKS),
        ("Exposición del Secretariado", SegmentKind.BRIEFING),
        ("Adoption of the agenda", None),
        ("A film on trafficking, followed by a dialogue", None),
    ],
)
def test_kinds_come_from_leading_words(line: str, kind: SegmentKind | None) -> None:
    assert kind_of(line) is kind


def test_a_word_in_the_meetings_name_does_not_make_the_opening_a_briefing() -> None:
    text = (
        "Informal briefing and dialogue on the statements of the Working Group\n"
        "3 June 2025\n\n"
        "I. Opening of the meeting\n"
        "II. Closing of the meeting\n"
        "Note: interventions from the floor are limited to three minutes.\n"
    )
    programme = import_text(text).programme
    assert [s.kind for _, s in programme.segments()] == [SegmentKind.REMARKS] * 2
    assert programme.items[1].notes == (
        "Note: interventions from the floor are limited to three minutes.",
    )


def test_speakers_under_any_segment_and_one_line_lists() -> None:
    text = (
        "Side event on cybercrime\n4 April 2025\n\n"
        "1. Opening\n"
        "- Ms. Jane Okafor, Director, Firearms Programme, UNODC\n"
        "- H.E. Mr. Arturo Pérez, Permanent Representative of Mexico\n"
        "2. Keynote address\n"
        "Dr. Amina Yusuf (University of Lagos)\n"
        "3. Panel discussion: Evidence across borders\n"
        "Panellists: Mr. B. Ortiz (NGO), Ms. C. Lindqvist (Academia); Prof. D. Chen\n"
    )
    items = import_text(text).programme.items
    assert [p.name for p in items[0].segments[0].panellists] == [
        "Ms. Jane Okafor",
        "H.E. Mr. Arturo Pérez",
    ]
    assert items[0].segments[0].panellists[0].organization == "Firearms Programme, UNODC"
    assert [p.name for p in items[1].segments[0].panellists] == ["Dr. Amina Yusuf"]
    assert [p.name for p in items[2].segments[0].panellists] == [
        "Mr. B. Ortiz",
        "Ms. C. Lindqvist",
        "Prof. D. Chen",
    ]
    assert [p.organization for p in people("Mr. B (NGO), Ms. C (Academia)")] == [
        "NGO",
        "Academia",
    ]


@pytest.mark.parametrize(
    "written",
    [
        "Wednesday, 10 July 2024",
        "July 10, 2024",
        "mercredi 10 juillet 2024",
        "miércoles, 10 de julio de 2024",
        "10 июля 2024 года",
        "الأربعاء، ١٠ تموز/يوليه ٢٠٢٤",
        "10 يوليو 2024",
        "2024年7月10日（星期三）",
        "2024-07-10",
    ],
)
def test_dates_in_the_six_languages(written: str) -> None:
    assert timetext.parse_date(written) == dt.date(2024, 7, 10)


@pytest.mark.parametrize(
    ("written", "ranges"),
    [
        ("de 10 heures à 13 heures et de 15 heures à 18 heures", [(600, 780), (900, 1080)]),
        ("10 h 00 – 13 h 00", [(600, 780)]),
        ("10h00-10h15", [(600, 615)]),
        ("de 10.00 a 13.00 horas", [(600, 780)]),
        ("10 AM – 1 PM; 3 PM – 6 PM (CEST)", [(600, 780), (900, 1080)]),
        ("2023-2024", []),
    ],
)
def test_time_ranges_as_languages_write_them(written: str, ranges: list[tuple[int, int]]) -> None:
    assert timetext.find_ranges(written) == ranges


def test_a_span_of_days_gives_both_days_in_order() -> None:
    assert [d for _, d in timetext.find_dates("8–9 July 2024")] == [
        dt.date(2024, 7, 8),
        dt.date(2024, 7, 9),
    ]


@pytest.mark.parametrize(
    ("line", "start", "end", "rest"),
    [
        ("10:00 – 10:10 CEST  Opening remarks", 600, 610, "Opening remarks"),
        (
            "10:40 – 11:30 hrs.  Panel I – Cross-border data",
            640,
            690,
            "Panel I – Cross-border data",
        ),
        ("10:00 – 10:15 (Vienna time) Opening", 600, 615, "Opening"),
        ("10.00 hrs Opening", 600, None, "Opening"),
        ("10:00 – 10:15 Estonia's statement", 600, 615, "Estonia's statement"),
    ],
)
def test_a_rows_time_and_its_zone_are_not_the_title(
    line: str, start: int, end: int | None, rest: str
) -> None:
    assert timetext.leading_time(line) == (start, end, rest)


def test_speakers_listed_without_honorifics() -> None:
    text = (
        "Side event on firearms\n5 June 2025\n\n"
        "1. Opening\n"
        "- Jane Okafor, Director, Firearms Programme, UNODC\n"
        "- Ana María García López, Ministry of Justice, Spain\n"
        "2. Panel discussion: Marking and tracing\n"
        "- Aiko Tanaka, National Police Agency, Japan\n"
        "- International Cooperation Unit, UNODC\n"
        "3. Closing\n"
    )
    items = import_text(text).programme.items
    assert [p.name for p in items[0].segments[0].panellists] == [
        "Jane Okafor",
        "Ana María García López",
    ]
    panel, unit = items[1].segments
    assert (panel.kind, panel.title, [p.name for p in panel.panellists]) == (
        SegmentKind.PANEL,
        "Marking and tracing",
        ["Aiko Tanaka"],
    )
    assert unit.title == "International Cooperation Unit, UNODC"  # an office, not a person
