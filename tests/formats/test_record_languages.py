"""The record in French and Spanish (and its headings in Arabic, Chinese and Russian), issue 20.

Each format is exported in each language and read back (the Word XML, the PDF's text as
``pdftotext`` extracts it, the HTML's text, the Markdown, the CSV files, the draft of the
Co-Chairs' summary): no English text of the record writers' catalogue is left in it, and its
headings, dates and the unattributed wording are in that language. The catalogue itself is
complete: every message has a French and a Spanish translation with the same fields, every plural
message its forms, every heading its Arabic, Chinese and Russian.
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

import pytest
from lxml import etree

from facilitator.__main__ import RECORD_LANGUAGES, main
from facilitator.core.record import Record
from facilitator.formats.record.catalogue import (
    COMPLETE,
    LANGUAGES,
    PLURAL_FORMS,
    Catalogue,
    messages,
    plurals,
)
from facilitator.formats.record.export import render_parts
from facilitator.formats.record.localise import in_language
from tests.formats.secretariat_meeting import Ran, record, run_secretariat_meeting
from tests.pdf_reading import squeeze
from tests.programs import pdftotext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRANSLATED = ("fr", "es")


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
    ("language", "date", "time", "number"),
    [
        ("en", "Wednesday 10 July 2024", "10:00", "12345"),
        ("fr", "mercredi 10 juillet 2024", "10 h 00", "12\u202f345"),
        ("es", "miércoles, 10 de julio de 2024", "10:00", "12\u00a0345"),
        ("ru", "среда, 10 июля 2024 г.", "10:00", "12\u00a0345"),
        ("zh", "2024年7月10日星期三", "10:00", "12345"),
    ],
)
def test_dates_times_and_numbers_follow_the_language(
    language: str, date: str, time: str, number: str
) -> None:
    cat = Catalogue(language)
    assert cat.long_date(dt.date(2024, 7, 10)) == date
    assert cat.time(dt.time(10, 0)) == time
    assert cat.number(12345) == number


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
        sources += list(zip(forms["en"], forms[language], strict=True))
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
}


@pytest.mark.parametrize("attributed", [True, False], ids=["attributed", "unattributed"])
@pytest.mark.parametrize("key", ["docx", "pdf", "html", "md", "csv", "summary-docx"])
@pytest.mark.parametrize("language", TRANSLATED)
def test_each_format_reads_back_in_the_language(
    ran: Ran, tmp_path: Path, language: str, key: str, attributed: bool
) -> None:
    built = record(ran, attributed=attributed)
    text = _read(key, render_parts(built, key, language=language), tmp_path)
    assert _english_left(text, language, _captured(built)) == []
    flat = " ".join(text.split())
    heading, date, unattributed = EXPECTED[language]
    if key in ("docx", "pdf", "html", "md"):
        assert heading in flat and date in flat
        if not attributed:
            assert unattributed in flat
    if key == "summary-docx":
        for expected in SUMMARY_EXPECTED[language]:
            assert expected in flat
    if key == "csv" and not attributed:
        assert unattributed in flat


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
