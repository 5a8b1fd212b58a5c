"""A first draft of the Co-Chairs' summary, built from the record, for a person to edit (issue 19).

After a Constructive Dialogue the Secretariat writes the Co-Chairs' summary from the record. This
module lays that draft out the way such summaries are, from what the record holds and nothing else
(no sentence is invented about what was said: every point is a summary as the rapporteurs captured
it, every figure is counted from the record):

* **Introduction**: the meeting, its date, venue and format; the participants registered by
  stakeholder category and in the room or online, and how many took the floor;
* **each agenda item**: who briefed (the briefings and remarks, as the programme words them); each
  panel with its moderator and panellists, what the panel said outside its Q&A, the questions
  raised in its Q&A, grouped, with the number of interventions and the categories that raised
  them, and the answers; each standing item's guiding questions with the points made under each;
  the points made in its other segments;
* **recommendations and follow-ups**: the interventions captured as recommendations or flagged for
  follow-up;
* **annex**: the list of speakers (attributed) or the number of speakers, turns and interventions
  by stakeholder category (unattributed, Chatham House rule).

Questions are grouped by the answers that took them up: the questions one answer (or several
answers together) addressed are one group, with those answers under it; questions nobody answered
form the last group. That is the grouping the panel made itself, which a draft can know without
reading the questions.

It is a list of the record's layout blocks (:mod:`~facilitator.formats.record.layout`): the Word
writer writes it as plain, editable paragraphs in Word's own styles
(:func:`~facilitator.formats.record.docx_writer.summary_docx_bytes`), and the export window
previews it like the record. An unattributed record gives an unattributed draft: the record has
already replaced every name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from facilitator.core.interventions.fields import InterventionKind
from facilitator.core.record import (
    InterventionRecord,
    ItemRecord,
    PanelRecord,
    QuestionAnswers,
    Record,
    StandingItemRecord,
)
from facilitator.formats.record.catalogue import Catalogue
from facilitator.formats.record.files import for_right_to_left, isolate, right_to_left
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Heading,
    ListItem,
    Paragraph,
    RecordLayout,
    Run,
    Table,
    in_direction,
)
from facilitator.formats.record.localise import catalogue_of, question_heading
from facilitator.formats.record.tables import TableData

TITLE = "Co-Chairs' summary (draft)"
INTRODUCTION = "Introduction"
RECOMMENDATIONS = "Recommendations and follow-up"
SPEAKERS_ANNEX = "Annex: list of speakers"
CATEGORIES_ANNEX = "Annex: participation by stakeholder category"
NO_POINTS = "No points were recorded."
NOT_ANSWERED = "Not answered during the session: {questions} ({categories})"
_DRAFT_NOTE = (
    "A draft prepared from the session record, for the Co-Chairs and the Secretariat to edit."
    " The points are the summaries as they were captured."
)
#: The kinds of segment whose titles say who briefed.
_BRIEFINGS = ("Briefing", "Remarks")


def summary_layout(record: Record) -> RecordLayout:
    """The draft as blocks, with the record's page furniture words."""
    title = " ".join(record.meeting.title.split())
    cat = catalogue_of(record.language)
    if cat.right_to_left:
        title = for_right_to_left(title)
    return RecordLayout(
        tuple(summary_blocks(record)),
        f"{title} — {cat(TITLE)}",
        cat("Page {page} of {pages}"),
        record.language,
    )


def summary_blocks(record: Record) -> list[Block]:
    """The draft's content, in order (see the module docstring)."""
    cat = catalogue_of(record.language)
    out: list[Block] = [
        Heading(0, record.meeting.title, captured=True),
        Paragraph((Run(cat(TITLE), bold=True),)),
        Paragraph((Run(cat(_DRAFT_NOTE), italic=True),)),
        Heading(1, cat(INTRODUCTION)),
        *_introduction(record, cat),
    ]
    for item in record.items:
        out += _item(record, item, cat)
    out += _recommendations(record, cat)
    out += _annex(record, cat)
    return in_direction(out, record.language)


# ----------------------------------------------------------------------------- introduction
def _introduction(record: Record, cat: Catalogue) -> list[Block]:
    meeting = record.meeting
    held = cat("The meeting was held on {date}", date=cat.on_date(meeting.date))
    if meeting.venue:
        held += cat(" at {venue}", venue=cat.captured(meeting.venue))
    if meeting.format:
        held += _format_phrase(meeting.format, cat)
        if meeting.platform and meeting.format != cat("In person"):
            platform = cat.captured(meeting.platform)
            held += cat(" (online participation through {platform})", platform=platform)
    out: list[Block] = [Paragraph((Run(held + cat("."), captured=True),))]
    attendance = record.attendance
    if attendance.registered:
        places = [
            cat(
                "{count} in the room" if row.key == "room" else "{count} online",
                count=cat.number(row.registered),
            )
            for row in attendance.by_attendance
            if row.registered
        ]
        categories = [
            f"{row.label} {cat.number(row.registered)}"
            for row in attendance.by_category
            if row.registered
        ]
        joiner = cat(", ")
        text = (
            cat.plural("{n} participants registered", attendance.registered)
            + (cat(" (") + joiner.join(places) + cat(")") if places else "")
            + (
                cat(": by stakeholder category, {categories}", categories=joiner.join(categories))
                if categories
                else ""
            )
            + cat(". ")
            + cat.plural("{n} participants took the floor.", attendance.heard)
        )
        out.append(Paragraph((Run(text),)))
    else:
        out.append(Paragraph((Run(cat("No participants were registered.")),)))
    return out


def _format_phrase(label: str, cat: Catalogue) -> str:
    """ ", in a hybrid format" for the meeting's format (its label, in the record's language)."""
    for english, phrase in (
        ("Hybrid", ", in a hybrid format"),
        ("In person", ", in an in person format"),
        ("Online", ", in an online format"),
    ):
        if label == cat(english):
            return cat(phrase)
    return cat(", in {format} format", format=label)


# ----------------------------------------------------------------------------- agenda items
def _item(record: Record, item: ItemRecord, cat: Catalogue) -> list[Block]:
    out: list[Block] = [Heading(1, item.title, captured=True)]
    kinds = {cat(kind) for kind in _BRIEFINGS}
    briefings = [s.title for s in item.segments if s.kind in kinds]
    if briefings:
        out.append(
            Paragraph(
                (
                    Run(cat("Briefings and remarks: "), bold=True),
                    Run(cat("; ").join(briefings) + cat("."), captured=True),
                )
            )
        )
    for panel in item.panels:
        out += _panel(panel, cat)
    for standing in item.standing_items:
        out += _standing(standing, cat)
    for other in item.others:
        out += [
            Heading(2, other.title, captured=True),
            _tally(other.interventions, cat),
            _points(other.interventions, cat),
        ]
    return out


def _panel(panel: PanelRecord, cat: Catalogue) -> list[Block]:
    out: list[Block] = [Heading(2, panel.title, captured=True)]
    if panel.moderator:
        out.append(
            Paragraph((Run(cat("Moderator: "), bold=True), Run(panel.moderator, captured=True)))
        )
    if panel.panellists:
        out.append(
            Paragraph(
                (
                    Run(cat("Panellists: "), bold=True),
                    Run(cat("; ").join(panel.panellists) + cat("."), captured=True),
                )
            )
        )
    if panel.other:
        out += [
            Heading(3, cat("Statements")),
            _points(panel.other, cat),
        ]
    out.append(Heading(3, cat("Questions and answers")))
    if not panel.questions:
        out.append(Paragraph((Run(cat("No questions were recorded.")),)))
        return out
    asked = [qa.question for qa in panel.questions]
    raised = cat.plural(
        "{n} questions raised, {categories}.", len(asked), categories=_categories(asked, cat)
    )
    out.append(Paragraph((Run(raised),)))
    for questions, answers in question_groups(panel.questions):
        by = _categories(questions, cat)
        if answers:
            label = cat.plural(
                "{n} questions ({categories}), answered:", len(questions), categories=by
            )
        else:
            label = cat(
                NOT_ANSWERED,
                questions=cat.plural("{n} questions", len(questions)),
                categories=by,
            )
        out.append(Paragraph((Run(label, italic=True),)))
        out.append(BulletList(tuple(ListItem(_point(q, cat)) for q in questions), entries=True))
        if answers:
            out.append(Paragraph((Run(cat("Answers:"), italic=True),)))
            out.append(BulletList(tuple(ListItem(_point(a, cat)) for a in answers), entries=True))
    return out


def question_groups(
    questions: Sequence[QuestionAnswers],
) -> list[tuple[list[InterventionRecord], list[InterventionRecord]]]:
    """The questions grouped by the answers that took them up: questions that share an answer
    (directly, or through other questions) are one group, with all their answers; the questions
    nobody answered are the last group. Each group in the order its first question was asked."""
    groups: list[tuple[list[InterventionRecord], list[InterventionRecord]]] = []
    unanswered: list[InterventionRecord] = []
    where: dict[str, int] = {}  # an answer's id: its group
    for qa in questions:
        if not qa.answers:
            unanswered.append(qa.question)
            continue
        found = sorted({where[a.id] for a in qa.answers if a.id in where})
        if not found:
            groups.append(([], []))
            found = [len(groups) - 1]
        target = found[0]
        for other in reversed(found[1:]):  # merge groups this question links
            qs, ans = groups.pop(other)
            groups[target][0].extend(qs)
            groups[target][1].extend(ans)
            for a in ans:
                where[a.id] = target
        groups[target][0].append(qa.question)
        for answer in qa.answers:
            if answer.id not in where or where[answer.id] != target:
                if all(a.id != answer.id for a in groups[target][1]):
                    groups[target][1].append(answer)
                where[answer.id] = target
    if unanswered:
        groups.append((unanswered, []))
    return groups


def _standing(standing: StandingItemRecord, cat: Catalogue) -> list[Block]:
    out: list[Block] = [Heading(2, standing.title, captured=True)]
    for group in standing.groups:
        if group.question is None and not group.interventions:
            continue
        heading = question_heading(group, cat)
        out.append(Heading(3, heading, captured=group.question is not None))
        if group.interventions:
            out += [_tally(group.interventions, cat), _points(group.interventions, cat)]
        else:
            out.append(Paragraph((Run(cat(NO_POINTS)),)))
    return out


# ----------------------------------------------------------------------------- recommendations
def _recommendations(record: Record, cat: Catalogue) -> list[Block]:
    flagged = [
        e
        for e in record.interventions()
        if e.kind_value == InterventionKind.RECOMMENDATION.value or e.follow_up
    ]
    out: list[Block] = [Heading(1, cat(RECOMMENDATIONS))]
    if not flagged:
        return [*out, Paragraph((Run(cat("No recommendation or follow-up was flagged.")),))]
    items = []
    for entry in flagged:
        marks = []
        if entry.kind_value == InterventionKind.RECOMMENDATION.value:
            marks.append(cat("recommendation"))
        if entry.follow_up:
            marks.append(cat("follow-up"))
        where = cat(" (") + cat("; ").join(entry.tags) + cat(")") if entry.tags else ""
        mark = Run(f" [{cat(', ').join(marks)}{where}]", italic=True)
        items.append(ListItem((*_point(entry, cat), mark)))
    out.append(BulletList(tuple(items), entries=True))
    return out


# ----------------------------------------------------------------------------- annex
def _annex(record: Record, cat: Catalogue) -> list[Block]:
    if record.attributed:
        if not record.speakers:
            return [
                Heading(1, cat(SPEAKERS_ANNEX)),
                Paragraph((Run(cat("Nobody had the floor.")),)),
            ]
        listed: tuple[tuple[str, ...], ...] = tuple(
            (
                str(s.number),
                s.speaker,
                s.organization,
                s.category,
                s.segment,
            )
            for s in record.speakers
        )
        columns = ("#", *(cat(c) for c in ("Speaker", "Organization", "Category", "Segment")))
        return [Heading(1, cat(SPEAKERS_ANNEX)), Table(TableData(columns, listed))]
    interventions = record.interventions()
    rows = tuple(
        (
            t.label,
            str(t.speakers),
            str(t.turns),
            str(sum(1 for e in interventions if e.category == t.label)),
        )
        for t in record.speaking_time
    )
    counts = tuple(cat(c) for c in ("Stakeholder category", "Speakers", "Turns", "Interventions"))
    return [Heading(1, cat(CATEGORIES_ANNEX)), Table(TableData(counts, rows))]


# ----------------------------------------------------------------------------- helpers
def _who(entry: InterventionRecord, cat: Catalogue) -> str:
    """The speaker as the draft names them: "Name (Organization)", or the record's unattributed
    wording ("A representative of an NGO")."""
    name = isolate(entry.speaker)
    if not entry.organization:
        return name
    return f"{name}{cat(' (')}{isolate(entry.organization)}{cat(')')}"


def _point(entry: InterventionRecord, cat: Catalogue) -> tuple[Run, ...]:
    """A point: who made it, then their summary as captured (its own right-to-left paragraph
    when it is in a right-to-left script)."""
    summary = entry.summary.strip()
    runs = [Run(_who(entry, cat), bold=True, captured=True)]
    if not summary:
        return (*runs, Run(cat(" ({kind}; no summary was captured)", kind=entry.kind.lower())))
    return (
        *runs,
        Run(cat(": ")),
        Run(isolate(summary), captured=True, multiline=True, rtl=right_to_left(summary)),
    )


def _points(entries: Sequence[InterventionRecord], cat: Catalogue) -> Block:
    if not entries:
        return Paragraph((Run(cat(NO_POINTS)),))
    return BulletList(tuple(ListItem(_point(e, cat)) for e in entries), entries=True)


def _tally(entries: Sequence[InterventionRecord], cat: Catalogue) -> Paragraph:
    """ "3 interventions, by NGO (2) and academia (1)."."""
    text = cat.plural(
        "{n} interventions, {categories}.", len(entries), categories=_categories(entries, cat)
    )
    return Paragraph((Run(text),))


def _categories(entries: Iterable[InterventionRecord], cat: Catalogue) -> str:
    """The categories that made ``entries``, with how many each: "by NGO (2) and academia (1)"."""
    counts: dict[str, int] = {}
    for entry in entries:
        label = entry.category or cat("participants of no stated category")
        counts[label] = counts.get(label, 0) + 1
    named = [
        (label[0].lower() + label[1:] if label[1:2].islower() else label)
        + f"{cat(' (')}{cat.number(n)}{cat(')')}"
        for label, n in counts.items()
    ]
    if not named:
        return cat("by nobody")
    if len(named) == 1:
        joined = named[0]
    else:
        joined = cat("{first} and {last}", first=cat(", ").join(named[:-1]), last=named[-1])
    return cat("by {categories}", categories=joined)
