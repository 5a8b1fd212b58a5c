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
from facilitator.formats.record.files import isolate, right_to_left
from facilitator.formats.record.layout import (
    Block,
    BulletList,
    Heading,
    ListItem,
    Paragraph,
    RecordLayout,
    Run,
    Table,
)
from facilitator.formats.record.tables import TableData

TITLE = "Co-Chairs' summary (draft)"
INTRODUCTION = "Introduction"
RECOMMENDATIONS = "Recommendations and follow-up"
SPEAKERS_ANNEX = "Annex: list of speakers"
CATEGORIES_ANNEX = "Annex: participation by stakeholder category"
NO_POINTS = "No points were recorded."
NOT_ANSWERED = "Not answered during the session"
#: The kinds of segment whose titles say who briefed.
_BRIEFINGS = ("Briefing", "Remarks")


def summary_layout(record: Record) -> RecordLayout:
    """The draft as blocks, with the record's page furniture words."""
    title = " ".join(record.meeting.title.split())
    return RecordLayout(
        tuple(summary_blocks(record)), f"{title} — {TITLE}", "Page {page} of {pages}"
    )


def summary_blocks(record: Record) -> list[Block]:
    """The draft's content, in order (see the module docstring)."""
    out: list[Block] = [
        Heading(0, record.meeting.title, captured=True),
        Paragraph((Run(TITLE, bold=True),)),
        Paragraph(
            (
                Run(
                    "A draft prepared from the session record, for the Co-Chairs and the "
                    "Secretariat to edit. The points are the summaries as they were captured.",
                    italic=True,
                ),
            )
        ),
        Heading(1, INTRODUCTION),
        *_introduction(record),
    ]
    for item in record.items:
        out += _item(record, item)
    out += _recommendations(record)
    out += _annex(record)
    return out


# ----------------------------------------------------------------------------- introduction
def _introduction(record: Record) -> list[Block]:
    meeting = record.meeting
    held = f"The meeting was held on {meeting.date.strftime('%A %-d %B %Y')}"
    if meeting.venue:
        held += f" at {meeting.venue}"
    if meeting.format:
        held += f", in {_a(meeting.format.lower())} format"
        if meeting.platform and meeting.format != "In person":
            held += f" (online participation through {meeting.platform})"
    out: list[Block] = [Paragraph((Run(held + ".", captured=True),))]
    attendance = record.attendance
    if attendance.registered:
        places = [
            f"{row.registered} {'in the room' if row.key == 'room' else row.label.lower()}"
            for row in attendance.by_attendance
            if row.registered
        ]
        categories = [
            f"{row.label} {row.registered}" for row in attendance.by_category if row.registered
        ]
        text = (
            f"{_count(attendance.registered, 'participant')} registered"
            + (f" ({', '.join(places)})" if places else "")
            + (f": by stakeholder category, {', '.join(categories)}" if categories else "")
            + f". {_count(attendance.heard, 'participant')} took the floor."
        )
        out.append(Paragraph((Run(text),)))
    else:
        out.append(Paragraph((Run("No participants were registered."),)))
    return out


# ----------------------------------------------------------------------------- agenda items
def _item(record: Record, item: ItemRecord) -> list[Block]:
    out: list[Block] = [Heading(1, item.title, captured=True)]
    briefings = [s.title for s in item.segments if s.kind in _BRIEFINGS]
    if briefings:
        out.append(
            Paragraph(
                (
                    Run("Briefings and remarks: ", bold=True),
                    Run("; ".join(briefings) + ".", captured=True),
                )
            )
        )
    for panel in item.panels:
        out += _panel(panel)
    for standing in item.standing_items:
        out += _standing(standing)
    for other in item.others:
        out += [
            Heading(2, other.title, captured=True),
            _tally(other.interventions),
            _points(other.interventions),
        ]
    return out


def _panel(panel: PanelRecord) -> list[Block]:
    out: list[Block] = [Heading(2, panel.title, captured=True)]
    if panel.moderator:
        out.append(Paragraph((Run("Moderator: ", bold=True), Run(panel.moderator, captured=True))))
    if panel.panellists:
        out.append(
            Paragraph(
                (
                    Run("Panellists: ", bold=True),
                    Run("; ".join(panel.panellists) + ".", captured=True),
                )
            )
        )
    if panel.other:
        out += [
            Heading(3, "Statements"),
            _points(panel.other),
        ]
    out.append(Heading(3, "Questions and answers"))
    if not panel.questions:
        out.append(Paragraph((Run("No questions were recorded."),)))
        return out
    asked = [qa.question for qa in panel.questions]
    out.append(Paragraph((Run(f"{_count(len(asked), 'question')} raised, {_categories(asked)}."),)))
    for questions, answers in question_groups(panel.questions):
        if answers:
            label = f"{_count(len(questions), 'question')} ({_categories(questions)}), answered:"
        else:
            label = (
                f"{NOT_ANSWERED}: {_count(len(questions), 'question')} ({_categories(questions)})"
            )
        out.append(Paragraph((Run(label, italic=True),)))
        out.append(BulletList(tuple(ListItem(_point(q)) for q in questions), entries=True))
        if answers:
            out.append(Paragraph((Run("Answers:", italic=True),)))
            out.append(BulletList(tuple(ListItem(_point(a)) for a in answers), entries=True))
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


def _standing(standing: StandingItemRecord) -> list[Block]:
    out: list[Block] = [Heading(2, standing.title, captured=True)]
    for group in standing.groups:
        if group.question is None and not group.interventions:
            continue
        out.append(Heading(3, group.heading, captured=group.question is not None))
        if group.interventions:
            out += [_tally(group.interventions), _points(group.interventions)]
        else:
            out.append(Paragraph((Run(NO_POINTS),)))
    return out


# ----------------------------------------------------------------------------- recommendations
def _recommendations(record: Record) -> list[Block]:
    flagged = [
        e
        for e in record.interventions()
        if e.kind_value == InterventionKind.RECOMMENDATION.value or e.follow_up
    ]
    out: list[Block] = [Heading(1, RECOMMENDATIONS)]
    if not flagged:
        return [*out, Paragraph((Run("No recommendation or follow-up was flagged."),))]
    items = []
    for entry in flagged:
        marks = []
        if entry.kind_value == InterventionKind.RECOMMENDATION.value:
            marks.append("recommendation")
        if entry.follow_up:
            marks.append("follow-up")
        where = f" ({'; '.join(entry.tags)})" if entry.tags else ""
        items.append(ListItem((*_point(entry), Run(f" [{', '.join(marks)}{where}]", italic=True))))
    out.append(BulletList(tuple(items), entries=True))
    return out


# ----------------------------------------------------------------------------- annex
def _annex(record: Record) -> list[Block]:
    if record.attributed:
        if not record.speakers:
            return [Heading(1, SPEAKERS_ANNEX), Paragraph((Run("Nobody had the floor."),))]
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
        columns = ("#", "Speaker", "Organization", "Category", "Segment")
        return [Heading(1, SPEAKERS_ANNEX), Table(TableData(columns, listed))]
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
    counts = ("Stakeholder category", "Speakers", "Turns", "Interventions")
    return [Heading(1, CATEGORIES_ANNEX), Table(TableData(counts, rows))]


# ----------------------------------------------------------------------------- helpers
def _who(entry: InterventionRecord) -> str:
    """The speaker as the draft names them: "Name (Organization)", or the record's unattributed
    wording ("A representative of an NGO")."""
    name = isolate(entry.speaker)
    return f"{name} ({isolate(entry.organization)})" if entry.organization else name


def _point(entry: InterventionRecord) -> tuple[Run, ...]:
    """A point: who made it, then their summary as captured (its own right-to-left paragraph
    when it is in a right-to-left script)."""
    summary = entry.summary.strip()
    runs = [Run(_who(entry), bold=True, captured=True)]
    if not summary:
        return (*runs, Run(f" ({entry.kind.lower()}; no summary was captured)"))
    return (
        *runs,
        Run(": "),
        Run(isolate(summary), captured=True, multiline=True, rtl=right_to_left(summary)),
    )


def _points(entries: Sequence[InterventionRecord]) -> Block:
    if not entries:
        return Paragraph((Run(NO_POINTS),))
    return BulletList(tuple(ListItem(_point(e)) for e in entries), entries=True)


def _tally(entries: Sequence[InterventionRecord]) -> Paragraph:
    """ "3 interventions, by NGO (2) and academia (1)."."""
    return Paragraph((Run(f"{_count(len(entries), 'intervention')}, {_categories(entries)}."),))


def _categories(entries: Iterable[InterventionRecord]) -> str:
    """The categories that made ``entries``, with how many each: "by NGO (2) and academia (1)"."""
    counts: dict[str, int] = {}
    for entry in entries:
        label = entry.category or "participants of no stated category"
        counts[label] = counts.get(label, 0) + 1
    named = [
        f"{label[0].lower() + label[1:] if label[1:2].islower() else label} ({n})"
        for label, n in counts.items()
    ]
    if not named:
        return "by nobody"
    joined = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"by {joined}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word
