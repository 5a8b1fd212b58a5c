"""The record in French, Spanish, Arabic, Chinese and Russian (issue 20).

Each format is exported in each language and read back (the Word XML, the PDF's text as
``pdftotext`` extracts it, the HTML's text, the Markdown, the CSV files, the draft of the
Co-Chairs' summary): no English text of the record writers' catalogue is left in it, and its
headings, dates and the unattributed wording are in that language. The catalogue itself is
complete: every message has a translation in each of the five with the same fields, every plural
message the forms of each language's rule. The PDF draws every character (its fonts have the
Arabic and Chinese glyphs: no glyph is missing), and an Arabic Word document's paragraphs and
tables run right to left.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import re
import string
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from facilitator.__main__ import RECORD_LANGUAGES, main
from facilitator.core.record import CategoryTime, Record
from facilitator.formats.record.catalogue import (
    COMPLETE,
    LANGUAGES,
    PLURAL_FORMS,
    Catalogue,
    messages,
    plurals,
)
from facilitator.formats.record.chart import text_of
from facilitator.formats.record.export import render_parts
from facilitator.formats.record.files import FSI, PDI, cells, for_right_to_left, right_to_left
from facilitator.formats.record.localise import in_language
from tests.formats.secretariat_meeting import Ran, record, run_secretariat_meeting
from tests.pdf_reading import squeeze
from tests.programs import pdftotext, program, run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRANSLATED = ("fr", "es", "ar", "zh", "ru")


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ran]:
    result = run_secretariat_meeting(tmp_path_factory.mktemp("languages"))
    yield result
    result.db.close()


# ----------------------------------------------------------------------------- the catalogue
def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", COMPLETE[1:])
def test_every_message_has_a_translation_with_the_same_fields(language: str) -> None:
    missing = [msgid for msgid, texts in messages().items() if language not in texts]
    assert missing == [], f"no {LANGUAGES[language]} for these record messages"
    for msgid, texts in messages().items():
        assert _fields(texts[language]) == _fields(msgid), (language, msgid)


@pytest.mark.parametrize("language", COMPLETE)
def test_every_plural_message_has_its_forms(language: str) -> None:
    for msgid, forms in plurals().items():
        assert language in forms, (language, msgid)
        assert len(forms[language]) == PLURAL_FORMS[language], (language, msgid)
        for form in forms[language]:
            assert _fields(form) == _fields(msgid), (language, msgid, form)


def test_the_command_line_offers_the_catalogue_s_languages() -> None:
    assert tuple(LANGUAGES) == RECORD_LANGUAGES


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", ["0 turns", "1 turn", "2 turns"]),
        ("fr", ["0 tour", "1 tour", "2 tours"]),  # French: 0 and 1 are singular
        ("es", ["0 turnos", "1 turno", "2 turnos"]),
    ],
)
def test_plural_forms_follow_each_language_s_rule(language: str, counts: list[str]) -> None:
    cat = Catalogue(language)
    assert [cat.plural("{n} turns", n) for n in (0, 1, 2)] == counts


def test_russian_and_arabic_plural_rules_pick_their_forms() -> None:
    from facilitator.formats.record.catalogue import PLURAL_RULES

    assert [PLURAL_RULES["ru"](n) for n in (1, 2, 5, 11, 21, 22, 25)] == [0, 1, 2, 2, 0, 1, 2]
    assert [PLURAL_RULES["ar"](n) for n in (0, 1, 2, 3, 11, 100)] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        (
            "ru",
            {1: "1 вопрос", 3: "3 вопроса", 5: "5 вопросов", 11: "11 вопросов", 21: "21 вопрос"},
        ),
        (
            "ar",
            {2: "2 سؤالان", 3: "3 أسئلة", 10: "10 أسئلة", 11: "11 سؤالاً", 100: "100 سؤال"},
        ),
        ("zh", {1: "1个问题", 12: "12个问题"}),
    ],
)
def test_arabic_chinese_and_russian_counts_take_their_forms(
    language: str, counts: dict[int, str]
) -> None:
    cat = Catalogue(language)
    assert {n: cat.plural("{n} questions", n) for n in counts} == counts
    if language == "ru":  # a sentence agrees with its count too
        assert cat.plural("{n} participants took the floor.", 21) == "Выступил 21 участник."
        assert cat.plural("{n} participants took the floor.", 3) == "Выступили 3 участника."


@pytest.mark.parametrize(
    ("language", "date", "time", "number"),
    [
        ("en", "Wednesday 10 July 2024", "10:00", "12345"),
        ("fr", "mercredi 10 juillet 2024", "10 h 00", "12\u202f345"),
        ("es", "miércoles, 10 de julio de 2024", "10:00", "12\u00a0345"),
        ("ru", "среда, 10 июля 2024 г.", "10:00", "12\u00a0345"),
        ("zh", "2024年7月10日星期三", "10:00", "12345"),
        ("ar", "الأربعاء 10 تموز/يوليه 2024", "10:00", "12345"),  # the UN's months, 0-9 digits
    ],
)
def test_dates_times_and_numbers_follow_the_language(
    language: str, date: str, time: str, number: str
) -> None:
    cat = Catalogue(language)
    assert cat.long_date(dt.date(2024, 7, 10)) == date
    assert cat.time(dt.time(10, 0)) == time
    assert cat.number(12345) == number


def test_arabic_months_are_the_un_s_and_a_russian_sentence_says_when() -> None:
    arabic = Catalogue("ar")
    assert arabic.long_date(dt.date(2024, 1, 1)) == "الاثنين 1 كانون الثاني/يناير 2024"
    assert arabic.long_date(dt.date(2024, 6, 30)) == "الأحد 30 حزيران/يونيه 2024"
    russian = Catalogue("ru")
    assert russian.on_date(dt.date(2024, 7, 9)) == "во вторник, 9 июля 2024 года"
    assert russian.on_date(dt.date(2024, 7, 10)) == "в среду, 10 июля 2024 года"
    assert Catalogue("fr").on_date(dt.date(2024, 7, 10)) == "mercredi 10 juillet 2024"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown record language"):
        Catalogue("xx")


def test_english_is_the_record_itself(ran: Ran) -> None:
    built = record(ran)
    assert in_language(built, "en") is built
    french = in_language(built, "fr")
    assert in_language(french, "fr") is french
    with pytest.raises(ValueError, match="already"):
        in_language(french, "es")


# ----------------------------------------------------------------------------- read back
def _strings(value: object) -> Iterator[str]:
    """Every string a record holds (walked as its dataclasses are)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list, frozenset)):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


_PANELLIST = re.compile(r"Panellist \d+")


def _captured(built: Record) -> str:
    """What was typed into the meeting (titles, names, questions, summaries): English there is the
    meeting's own, not the catalogue's. The core's labels (the catalogue's messages) are left
    out."""
    known = set(messages())
    return "\n".join(
        s for s in set(_strings(built)) if s not in known and not _PANELLIST.fullmatch(s)
    )


def _fragments(text: str) -> list[str]:
    """The literal parts of a message (its fields left out) that say something: four letters or
    more."""
    parts = [literal for literal, _, _, _ in string.Formatter().parse(text)]
    return [p.strip() for p in parts if sum(ch.isalpha() for ch in p) >= 4]


def _english_left(text: str, language: str, captured: str) -> list[str]:
    """The catalogue's English fragments found in ``text`` that the language says otherwise (and
    that the meeting's own text does not hold: an English title is the meeting's)."""
    flat = " ".join(text.split())
    sources: list[tuple[str, str]] = [
        (msgid, texts[language]) for msgid, texts in messages().items()
    ]
    for forms in plurals().values():
        every = "\n".join(forms[language])  # a fragment in any of its forms is the language's
        sources += [(english, every) for english in forms["en"]]
    found = []
    for english, translated in sources:
        for fragment in _fragments(english):
            if fragment in translated or re.search(
                rf"(?<!\w){re.escape(fragment)}(?!\w)", captured
            ):
                continue
            if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", flat):
                found.append(fragment)
    return sorted(set(found))


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [
            n for n in package.namelist() if re.fullmatch(r"word/(document|footer\d*)\.xml", n)
        ]
        texts = []
        for name in parts:
            root = etree.fromstring(package.read(name))
            for paragraph in root.iter(f"{W}p"):
                texts.append("".join(t.text or "" for t in paragraph.iter(f"{W}t")))
            texts += [i.text or "" for i in root.iter(f"{W}instrText")]
        return "\n".join(texts)


def _html_text(data: bytes) -> str:
    text = re.sub(r"<style>.*?</style>|<[^>]+>", "\n", data.decode("utf-8"), flags=re.S)
    return html.unescape(text)


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "record.pdf"
    path.write_bytes(data)
    return pdftotext(path)


def _read(key: str, parts: dict[str, bytes], tmp_path: Path) -> str:
    if key in ("docx", "summary-docx"):
        return _docx_text(parts[""])
    if key == "pdf":
        return _pdf_text(parts[""], tmp_path)
    if key == "html":
        return _html_text(parts[""])
    if key == "csv":
        return "\n".join(p.decode("utf-8-sig") for p in parts.values())
    return parts[""].decode("utf-8")


EXPECTED = {
    "fr": ("Données de la réunion", "mercredi 10 juillet 2024", "Un représentant d'une ONG"),
    "es": ("Datos de la reunión", "miércoles, 10 de julio de 2024", "Un representante de una ONG"),
    "ar": ("بيانات الاجتماع", "الأربعاء 10 تموز/يوليه 2024", "ممثل منظمة غير حكومية"),
    "zh": ("会议信息", "2024年7月10日星期三", "一个非政府组织的代表"),
    "ru": (
        "Сведения о совещании",
        "среда, 10 июля 2024 г.",
        "Представитель неправительственной организации",
    ),
}
SUMMARY_EXPECTED = {
    "fr": (
        "Résumé des coprésidents (projet)",
        "La réunion s'est tenue le mercredi 10 juillet 2024",
    ),
    "es": (
        "Resumen de los copresidentes (borrador)",
        "La reunión se celebró el miércoles, 10 de julio de 2024",
    ),
    "ar": ("موجز الرئيسين المشاركين (مسودة)", "عقد الاجتماع يوم الأربعاء 10 تموز/يوليه 2024"),
    "zh": ("联合主席总结（草稿）", "会议于2024年7月10日星期三举行，地点为VIC Boardroom D"),
    "ru": ("Резюме сопредседателей (проект)", "Совещание состоялось в среду, 10 июля 2024 года"),
}


def _holds(text: str, expected: str) -> bool:
    """Whether ``text`` holds ``expected``, whitespace and direction controls aside (a PDF's
    Chinese is spaced from its digits, "2024 年 7 月"; its Arabic comes with embedding marks)."""
    return squeeze(expected) in squeeze(text)


@pytest.mark.parametrize("attributed", [True, False], ids=["attributed", "unattributed"])
@pytest.mark.parametrize("key", ["docx", "pdf", "html", "md", "csv", "summary-docx"])
@pytest.mark.parametrize("language", TRANSLATED)
def test_each_format_reads_back_in_the_language(
    ran: Ran, tmp_path: Path, language: str, key: str, attributed: bool
) -> None:
    built = record(ran, attributed=attributed)
    text = _read(key, render_parts(built, key, language=language), tmp_path)
    assert _english_left(text, language, _captured(built)) == []
    heading, date, unattributed = EXPECTED[language]
    if key in ("docx", "pdf", "html", "md"):
        assert _holds(text, heading) and _holds(text, date), (heading, date)
        if not attributed:
            assert _holds(text, unattributed)
        else:
            assert not _holds(text, unattributed)
    if key == "summary-docx":
        for expected in SUMMARY_EXPECTED[language]:
            assert _holds(text, expected), expected
    if key == "csv" and not attributed:
        assert _holds(text, unattributed)


def test_the_english_check_catches_english(ran: Ran, tmp_path: Path) -> None:
    built = record(ran, attributed=False)
    text = _read("md", render_parts(built, "md"), tmp_path)
    left = _english_left(text, "fr", _captured(built))
    assert "Meeting data" in left and "A representative of an NGO" in left


def test_csv_columns_and_values_are_in_the_language(ran: Ran) -> None:
    parts = render_parts(record(ran), "csv", language="es")
    rows = list(csv.reader(io.StringIO(parts["interventions"].decode("utf-8-sig"))))
    assert rows[0][:3] == ["id", "orador", "organizacion"]
    assert {row[rows[0].index("seguimiento")] for row in rows[1:]} <= {"sí", "no"}


def test_json_stays_in_the_core_s_english_for_re_import(ran: Ran) -> None:
    english = render_parts(record(ran), "json")[""]
    assert render_parts(record(ran), "json", language="fr")[""] == english


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("ar", ("بيانات الاجتماع", "الحضور", "المرفق")),
        ("zh", ("会议信息", "出席情况", "附件")),
        ("ru", ("Сведения о совещании", "Участники", "Приложение")),
    ],
)
def test_arabic_chinese_and_russian_headings_come_out_of_the_pdf(
    ran: Ran, tmp_path: Path, language: str, headings: tuple[str, ...]
) -> None:
    text = squeeze(_read("pdf", render_parts(record(ran), "pdf", language=language), tmp_path))
    for heading in headings:
        assert squeeze(heading) in text, heading


def test_an_arabic_record_runs_right_to_left(ran: Ran) -> None:
    page = render_parts(record(ran), "html", language="ar")[""].decode("utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    with zipfile.ZipFile(io.BytesIO(render_parts(record(ran), "docx", language="ar")[""])) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
    assert 'w:val="ar-SA"' in styles and "<w:bidi/>" in styles


def _style_bidi(style: Any) -> bool | None:
    """Whether a Word style (or the one it is based on…) sets its paragraphs right to left; None
    when none of them says."""
    while style is not None:
        ppr = style.element.pPr
        found = ppr.find(f"{W}bidi") if ppr is not None else None
        if found is not None:
            return found.get(f"{W}val") not in ("0", "false", "off")
        style = style.base_style
    return None


def _runs_right_to_left(paragraph: Any) -> bool:
    """Whether a Word paragraph runs right to left: its own ``w:bidi``, else its style's."""
    ppr = paragraph._p.pPr
    own = ppr.find(f"{W}bidi") if ppr is not None else None
    if own is not None:
        return own.get(f"{W}val") not in ("0", "false", "off")
    return bool(_style_bidi(paragraph.style))


@pytest.mark.parametrize("key", ["docx", "summary-docx"])
@pytest.mark.parametrize(("language", "rtl"), [("ar", True), ("zh", False), ("ru", False)])
def test_an_arabic_word_document_runs_right_to_left_and_the_others_do_not(
    ran: Ran, key: str, language: str, rtl: bool
) -> None:
    document = docx.Document(io.BytesIO(render_parts(record(ran), key, language=language)[""]))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    assert len(paragraphs) > 50
    if rtl:
        assert all(_runs_right_to_left(p) for p in paragraphs)
    else:  # only the Arabic summary the meeting captured runs right to left
        bidi = [p.text for p in paragraphs if _runs_right_to_left(p)]
        assert bidi and all(right_to_left(text) for text in bidi), bidi
        assert len(bidi) < len(paragraphs) / 10
    assert document.tables  # the speakers' annex (the summary's too)
    for table in document.tables:  # the first column at the right
        assert (table._tbl.tblPr.find(f"{W}bidiVisual") is not None) is rtl
    text = "\n".join(p.text for p in paragraphs)
    assert _holds(text, EXPECTED[language][0] if key == "docx" else SUMMARY_EXPECTED[language][0])


def test_in_an_arabic_record_english_keeps_its_full_stop_and_arabic_runs_bare(ran: Ran) -> None:
    """An English summary in an Arabic record is isolated (its full stop stays at its end, not
    at its left); the Arabic wording and an Arabic speaker's label are not (LibreOffice drew the
    colon after an isolate of Arabic over it); a delay reads "-5", left to right."""
    text = render_parts(record(ran, attributed=False), "md", language="ar")[""].decode("utf-8")
    english = "Trafficking officials need efficient, affordable offices."
    assert f"{FSI}{english}{PDI}" in text
    assert "**ممثل منظمة غير حكومية** (" in text  # bare, not "⁨ممثل…⁩"
    assert "\u2066-5\u2069" in text
    french = render_parts(record(ran, attributed=False), "md", language="fr")[""].decode("utf-8")
    assert english in french and FSI + english not in french  # a left-to-right record: as it is


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("offices.", f"{FSI}offices.{PDI}"),
        (f"{FSI}ليلى حداد{PDI}", "ليلى حداد"),  # isolate()'s isolate of Arabic, taken off
        (f"{FSI}Amélie (شبكة){PDI}", f"{FSI}Amélie (شبكة){PDI}"),  # reads left to right: kept
        ("First.\r\nSecond.", f"{FSI}First.{PDI}\r\n{FSI}Second.{PDI}"),  # CR LF outside
        ("ليلى \u202eabc", f"{FSI}ليلى \u202eabc{PDI}"),  # an override stays inside an isolate
        ("\u2066-5\u2069", "\u2066-5\u2069"),
        ("12:00", "12:00"),
    ],
)
def test_captured_text_in_a_right_to_left_record(text: str, shown: str) -> None:
    assert for_right_to_left(text) == shown


def test_a_chinese_character_takes_two_cells() -> None:
    assert cells("NGO") == 3 and cells("非政府组织") == 10 and cells("НПО") == 3
    times = [CategoryTime("ngo", "非政府组织", 1, 1, 60), CategoryTime("x", "NGO", 1, 1, 30)]
    chinese, latin = text_of(times)[1:3]  # the text chart's bars start in the same column
    assert cells(chinese[: chinese.index("█")]) == cells(latin[: latin.index("█")]) == 12


def test_chinese_sentences_end_with_a_chinese_full_stop(ran: Ran) -> None:
    document = docx.Document(
        io.BytesIO(render_parts(record(ran), "summary-docx", language="zh")[""])
    )
    text = "\n".join(p.text for p in document.paragraphs)
    assert "采用混合形式（通过Microsoft Teams在线参会）。" in text
    assert "已登记与会者14名（会场13人，在线1人）；" in text
    assert "。共有14名与会者发言。" in text
    assert "." not in "".join(p.text for p in document.paragraphs[3:6])


def _missing_glyphs(pdf: Path, tmp_path: Path) -> int:
    """How many glyphs the PDF's text draws as a font's .notdef (glyph 0: the character was in
    no font Typst found), from its content streams (two-byte glyph codes, Identity-H)."""
    plain = tmp_path / f"{pdf.stem}-qdf.pdf"
    run(program("qpdf"), "--qdf", "--object-streams=disable", pdf, plain)
    data = plain.read_bytes()
    shows = re.findall(rb"\[(?:<[0-9A-Fa-f]+>|[-\d.\s])*\]\s*TJ|<[0-9A-Fa-f]+>\s*Tj", data)
    assert shows, "no text drawn"
    codes = [
        code
        for show in shows
        for hexa in re.findall(rb"<([0-9A-Fa-f]+)>", show)
        for code in re.findall(rb"[0-9A-Fa-f]{4}", hexa)
    ]
    return codes.count(b"0000")


def test_the_missing_glyph_check_finds_a_missing_glyph(tmp_path: Path) -> None:
    import typst

    source = tmp_path / "missing.typ"
    source.write_text('#set text(font: "Libertinus Serif")\nA \U00031350 B', encoding="utf-8")
    pdf = tmp_path / "missing.pdf"
    pdf.write_bytes(typst.compile(str(source)))
    assert _missing_glyphs(pdf, tmp_path) == 1


@pytest.mark.parametrize(
    ("language", "font"),
    [("ar", "Arabic"), ("zh", "(WenQuanYi|CJK|DroidSansFallback)"), ("ru", "LibertinusSerif")],
)
def test_the_pdf_draws_every_arabic_chinese_and_cyrillic_character(
    ran: Ran, tmp_path: Path, language: str, font: str
) -> None:
    for key in ("pdf",):
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(render_parts(record(ran, attributed=False), key, language=language)[""])
        assert _missing_glyphs(pdf, tmp_path) == 0
        fonts = run(program("pdffonts"), pdf)
        assert re.search(font, fonts), fonts
        text = pdftotext(pdf)
        for expected in EXPECTED[language]:
            assert _holds(text, expected), expected


def test_the_command_line_exports_in_a_language(ran: Ran, tmp_path: Path) -> None:
    url = f"sqlite:///{ran.db.path}"
    out = tmp_path / "r.md"
    args = ["--database", url, "export", str(ran.meeting_id), "--format", "md"]
    assert main([*args, "--output", str(out), "--language", "es"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## Datos de la reunión" in text and "- **Fecha:** miércoles" in text
    french = tmp_path / "f.md"
    assert main([*args, "--output", str(french), "--language", "fr"]) == 0
    assert "- **Date :** mercredi 10 juillet 2024" in french.read_text(encoding="utf-8")
