"""Registration lists: reading CSV and Excel files, guessing the column mapping, importing rows
into participants with a report of what was refused, and every kind of bad file (issue 5)."""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.participants.data import cleaned, participant_from_data
from facilitator.core.participants.values import Attendance, Category, Participant
from facilitator.formats.registration import table as registration_table
from facilitator.formats.registration.lists import (
    FIELDS,
    ImportReport,
    Mapping,
    RegistrationError,
    Table,
    guess_mapping,
    import_registrations,
    list_sheets,
    read_registrations,
    read_table,
)
from facilitator.formats.registration.words import (
    attendance_key,
    category_key,
    identity_key,
    youth_value,
)
from tests.formats.registration_builders import (
    HEADERS,
    ROWS,
    Formula,
    csv_bytes,
    many_rows,
    set_cached_values,
    use_shared_strings,
    write_csv,
    write_xlsx,
)

SAMPLES = Path(__file__).parent / "registrations"


def _import(path: Path, **kwargs: object) -> ImportReport:
    return read_registrations(path, **kwargs)[2]  # type: ignore[arg-type]


def _names(report: ImportReport) -> list[str]:
    return [p.name for p in report.participants]


# ------------------------------------------------------------------------------------ CSV


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_any_common_encoding_and_delimiter(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(
        tmp_path / "list.csv", [HEADERS, *ROWS], encoding=encoding, delimiter=delimiter
    )
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.rows == ROWS
    assert table.row_numbers == [2, 3, 4, 5]
    report = import_registrations(table, guess_mapping(table.headers))
    assert (report.rejected, report.duplicates, report.notes) == ([], [], [])
    assert report.participants == [
        Participant(
            "", "José Müller", "Fondation Œuvre", Category.NGO, Attendance.ROOM, "man", False
        ),
        Participant(
            "",
            "Zoë François",
            "Université de Genève",
            Category.ACADEMIA,
            Attendance.ONLINE,
            "woman",
            True,
        ),
        Participant(
            "", "Ana Pérez", "Acme S.A.", Category.PRIVATE_SECTOR, Attendance.ONLINE, None, None
        ),
        Participant(
            "",
            "Kwame Mensah",
            "Republic of Ghana",
            Category.STATE_PARTY,
            Attendance.ROOM,
            "man",
            False,
        ),
    ]
    assert report.summary == "4 participants to import from list.csv."


def test_committed_samples(tmp_path: Path) -> None:
    """Two small lists as registration systems export them: French headings in Windows-1252 with
    semicolons and a title line, and an English UTF-8 list with BOM and a sep= line."""
    french = _import(SAMPLES / "inscriptions_fr_cp1252.csv")
    assert [(p.name, p.organization, p.category, p.attendance) for p in french.participants] == [
        ("Élodie Marchand", "Association Sœurs du Monde", Category.NGO, Attendance.ROOM),
        ("Hervé N'Diaye", "Université Cheikh Anta Diop", Category.ACADEMIA, Attendance.ONLINE),
        ("Chloé Bézier", "Ministère de la Justice", Category.STATE_PARTY, Attendance.ROOM),
    ]
    assert [p.youth for p in french.participants] == [True, None, False]
    assert [(r.row_number, r.reason) for r in french.rejected] == [(6, "the name is empty")]

    english = _import(SAMPLES / "registrations_sep_line.csv")
    assert _names(english) == ["Maria Santos", "Tariq Al-Amin", "Olena Kovalenko"]
    assert [p.category for p in english.participants] == [
        Category.INTERGOVERNMENTAL,
        Category.UN_ENTITY,
        Category.NGO,
    ]
    assert english.participants[1].attendance is Attendance.ONLINE


def test_csv_quoted_fields_with_delimiters_and_line_breaks(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "q.csv",
        [
            ["Name", "Organization", "Category"],
            ["Dupont, Jean", "ONG; Terre & Mer", "NGO"],
            ["Ana\nPérez", 'The "Best" Co.', "Business"],
            ["Li Wei", "Peking University", "Academia"],
        ],
        delimiter=";",
    )
    table = read_table(path)
    assert table.row_numbers == [2, 3, 5]  # the record of line 3 ends on line 4
    report = import_registrations(table, guess_mapping(table.headers))
    assert [(p.name, p.organization) for p in report.participants] == [
        ("Dupont, Jean", "ONG; Terre & Mer"),
        ("Ana Pérez", 'The "Best" Co.'),
        ("Li Wei", "Peking University"),
    ]


def test_delimiter_is_sniffed_past_commas_in_values(tmp_path: Path) -> None:
    rows = [["Name", "Organization", "Type"]] + [
        [f"Doe, J{i}", f"Org {i}, Inc.", "NGO"] for i in range(5)
    ]
    path = tmp_path / "semi.csv"
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Name", "Organization", "Type"]
    assert table.rows[0] == ["Doe, J0", "Org 0, Inc.", "NGO"]


def test_utf16_without_bom_and_big_endian(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(csv_bytes([HEADERS, *ROWS], encoding=encoding, delimiter="\t"))
        assert read_table(path).rows == ROWS


def test_ragged_rows_are_padded_and_blank_lines_skipped(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "Name,Organization,,\n\nAna,Org A\n,,,\nBob,Org B,NGO,extra,more\n", encoding="utf-8"
    )
    table = read_table(path)
    assert table.headers == ["Name", "Organization", "Column C", "Column D", "Column E"]
    assert table.rows == [
        ["Ana", "Org A", "", "", ""],
        ["Bob", "Org B", "NGO", "extra", "more"],
    ]
    assert table.row_numbers == [3, 5]


# ------------------------------------------------------------------------------------ Excel


def test_xlsx_formulas_are_never_evaluated_and_text_stays_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "Registrations": [
                ["Name", "Organization", "Category", "Gender", "Youth"],
                ['=HYPERLINK("http://evil.example","click")', "+33 1 23", "NGO", "@handle", "no"],
                ["=cmd|' /C calc'!A0", "-2+3", "Academia", "", ""],
                ["Bo", "Org", "NGO", "", Formula("=1+1")],
            ]
        },
    )
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    assert ws is not None
    ws_cell = ws["E4"]
    assert ws_cell.data_type == "f"  # a real formula, with no saved value
    table = read_table(path)
    assert table.rows == [
        ['=HYPERLINK("http://evil.example","click")', "+33 1 23", "NGO", "@handle", "no"],
        ["=cmd|' /C calc'!A0", "-2+3", "Academia", "", ""],
        ["Bo", "Org", "NGO", "", ""],  # the formula had no saved value: nothing, not 2
    ]
    report = import_registrations(table, guess_mapping(table.headers))
    assert [(p.name, p.organization, p.gender) for p in report.participants] == [
        ('=HYPERLINK("http://evil.example","click")', "+33 1 23", None),  # not a gender
        ("=cmd|' /C calc'!A0", "-2+3", None),
        ("Bo", "Org", None),
    ]
    assert report.participants[2].youth is None


def test_xlsx_as_excel_saves_it_with_shared_strings(tmp_path: Path) -> None:
    rows = [HEADERS, *ROWS, ["=SUM(1,2)", "  Spaced  Org ", "UN", "Zoom", "", "x"]]
    path = use_shared_strings(write_xlsx(tmp_path / "excel.xlsx", {"Sheet1": rows}))
    with zipfile.ZipFile(path) as archive:
        assert b"inlineStr" not in archive.read("xl/worksheets/sheet1.xml")
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.rows == [*ROWS, ["=SUM(1,2)", "  Spaced  Org ", "UN", "Zoom", "", "x"]]
    report = import_registrations(table, guess_mapping(table.headers))
    assert report.participants[-1] == Participant(
        "", "=SUM(1,2)", "Spaced Org", Category.UN_ENTITY, Attendance.ONLINE, None, True
    )


def test_xlsx_formula_gives_the_value_excel_saved(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "cached.xlsx",
        {
            "Sheet": [
                ["Name", "Organization", "Age"],
                ["Ana", Formula('=CONCAT("Org", " A")'), Formula("=20+5")],
                [Formula("=A2"), "Org B", Formula("=1+1")],
            ]
        },
    )
    set_cached_values(path, {"B2": "Org A", "C2": "25", "A3": "Ana (copy)"})
    table = read_table(path)
    assert table.rows == [["Ana", "Org A", "25"], ["Ana (copy)", "Org B", ""]]
    report = import_registrations(table, guess_mapping(table.headers))
    assert [(p.name, p.organization, p.youth) for p in report.participants] == [
        ("Ana", "Org A", True),
        ("Ana (copy)", "Org B", None),
    ]


def test_xlsx_cells_as_displayed_text(tmp_path: Path) -> None:
    import datetime as dt

    path = write_xlsx(
        tmp_path / "types.xlsx",
        {
            "S": [
                ["Name", "Organization", "Registered", "Age", "Youth", "Score", "Time"],
                ["Ana", "Org", dt.date(2024, 7, 10), 25, True, 0.1 + 0.2, dt.time(10, 15)],
                ["Bo", "Org", dt.datetime(2024, 7, 10, 9, 30), 31.0, False, 1e20, None],
                ["Cy", "Org", "#N/A", None, None, -3, None],
            ]
        },
    )
    table = read_table(path)
    assert table.rows == [
        ["Ana", "Org", "2024-07-10", "25", "TRUE", "0.3", "10:15"],
        ["Bo", "Org", "2024-07-10 09:30", "31", "FALSE", "1e+20", ""],
        ["Cy", "Org", "", "", "", "-3", ""],
    ]


def test_xlsx_first_visible_sheet_named_sheet_and_title_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Old": [["Name", "Organization"], ["Hidden Person", "Org"]],
            "Cover": [["Constructive Dialogue, 10 July 2024"], ["Prepared by the Secretariat"]],
            "Registrations": [
                ["Registration list"],
                [],
                ["Participant", "Entity", "Mode"],
                ["Ana", "Org A", "Online"],
                ["Bo", "Org B", "Room"],
            ],
            "Late": [["Name", "Organization"], ["Late Person", "Org"]],
        },
        hidden=["Old"],
    )
    assert list_sheets(path) == ["Cover", "Registrations", "Late"]
    table = read_table(path)
    assert table.sheet == "Registrations"
    assert table.header_row == 3
    assert table.headers == ["Participant", "Entity", "Mode"]
    assert table.row_numbers == [4, 5]
    assert [r[0] for r in read_table(path, sheet="Late").rows] == ["Late Person"]
    assert [r[0] for r in read_table(path, sheet="Old").rows] == ["Hidden Person"]
    with pytest.raises(RegistrationError, match=r"no sheet named 'Nope'.*'Registrations'"):
        read_table(path, sheet="Nope")
    with pytest.raises(RegistrationError, match="no sheet"):
        read_table(write_csv(tmp_path / "a.csv", [HEADERS, *ROWS]), sheet="Registrations")
    assert list_sheets(tmp_path / "a.csv") == []


def test_xlsx_without_recognisable_headings_takes_first_non_empty_visible_sheet(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "odd.xlsx",
        {"Empty": [], "Data": [["Who", "From where"], ["Ana", "Org"]]},
    )
    table = read_table(path)
    assert (table.sheet, table.headers) == ("Data", ["Who", "From where"])
    assert guess_mapping(table.headers).missing() == ["name", "organization"]


def test_xlsx_with_wrong_recorded_dimensions_is_read_whole(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dim.xlsx", {"S": [HEADERS, *ROWS]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert b'<dimension ref="A1:F5"/>' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'ref="A1:F5"', b'ref="A1:A1"')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert read_table(path).rows == ROWS


def test_xlsx_named_csv_and_csv_named_xlsx(tmp_path: Path) -> None:
    workbook = write_xlsx(tmp_path / "w.xlsx", {"S": [HEADERS, *ROWS]})
    renamed = tmp_path / "really a workbook.csv"
    renamed.write_bytes(workbook.read_bytes())
    assert read_table(renamed).rows == ROWS  # the content decides

    fake = write_csv(tmp_path / "export.xlsx", [HEADERS, *ROWS])
    with pytest.raises(RegistrationError) as caught:
        read_table(fake)
    assert str(fake) in str(caught.value)
    assert "plain text" in str(caught.value) and "rename it to .csv" in str(caught.value)


# ------------------------------------------------------------------------------------ bad files


def _ole(*streams: str) -> bytes:
    """The start of an OLE2 compound file naming ``streams`` in its directory (enough for the
    reader to tell an encrypted .xlsx from an old .xls)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    return header + b"".join(s.encode("utf-16-le") + bytes(64) for s in streams) + bytes(1024)


_BAD_FILES = [
    ("empty.csv", b"", "the file is empty"),
    ("blank.csv", b"\r\n  \n\t\n", "the file is empty"),
    ("bom.csv", codecs.BOM_UTF8, "the file is empty"),
    ("bom16.csv", codecs.BOM_UTF16_LE, "the file is empty"),
    ("only commas.csv", b",,,\n, ,\n", "the file is empty"),
    ("headings.csv", b"Name,Organization\n", "column headings but no registrations"),
    ("junk.csv", bytes(range(256)) * 20, "binary"),
    ("random.csv", os.urandom(4096), ""),
    ("secret.xlsx", _ole("EncryptionInfo", "EncryptedPackage"), "protected by a password"),
    ("secret.csv", _ole("EncryptedPackage"), "protected by a password"),
    ("old.xls", _ole("Workbook", "SummaryInformation"), "old-format Excel file (.xls)"),
    ("old.doc", _ole("WordDocument", "1Table"), "old-format Office document"),
    ("bom page.csv", codecs.BOM_UTF8 + b"<html><body>x</body></html>", "web page"),
    ("nul junk.csv", b"Name,Org\n" + bytes(200), "binary"),
    ("truncated.xlsx", b"PK\x03\x04" + os.urandom(300), "cannot be read"),
    ("notes.xlsx", b"\x00\x01\x02garbage\xff\xfe", "not an Excel workbook"),
    ("list.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("page.xls", b"<!DOCTYPE html><html><table><tr><td>x</td></tr></table>", "web page"),
    ("bad utf16.csv", codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8", "encoding"),
]


@pytest.mark.parametrize(
    ("name", "content", "message"), _BAD_FILES, ids=[name for name, _, _ in _BAD_FILES]
)
def test_bad_files_give_a_sentence_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RegistrationError) as caught:
        read_registrations(path)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(str(path) + ": ")
    assert message in str(caught.value)


def test_truncated_and_damaged_workbooks(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"S": [HEADERS, *ROWS]}).read_bytes()
    for cut in (len(good) // 3, len(good) - 30):
        path = tmp_path / f"cut{cut}.xlsx"
        path.write_bytes(good[:cut])
        with pytest.raises(RegistrationError, match=r"cut\d+\.xlsx: this Excel file cannot be"):
            read_table(path)
    # A sheet whose XML is broken.
    with zipfile.ZipFile(tmp_path / "good.xlsx") as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:-40]
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        for n, data in parts.items():
            archive.writestr(n, data)
    with pytest.raises(RegistrationError, match=r"broken\.xlsx: this Excel file cannot be read"):
        read_table(broken)


def test_other_zip_files_are_named(tmp_path: Path) -> None:
    for inner, what in (("word/document.xml", "Word document"), ("content.xml", "OpenDocument")):
        path = tmp_path / "list.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(inner, "<x/>")
        with pytest.raises(RegistrationError, match=what):
            read_table(path)


def test_missing_file_folder_and_size_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(RegistrationError, match="no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(RegistrationError, match="folder"):
        read_table(tmp_path)
    path = write_csv(tmp_path / "big.csv", [HEADERS, *ROWS * 5])
    monkeypatch.setattr(registration_table, "MAX_BYTES", 100)
    with pytest.raises(RegistrationError, match="too large"):
        read_table(path)
    monkeypatch.setattr(registration_table, "MAX_BYTES", 10**6)
    monkeypatch.setattr(registration_table, "MAX_ROWS", 10)
    with pytest.raises(RegistrationError, match="more than 10 rows"):
        read_table(path)
    xlsx = write_xlsx(tmp_path / "big.xlsx", {"S": [HEADERS, *ROWS * 5]})
    with pytest.raises(RegistrationError, match="more than 10 rows"):
        read_table(xlsx)
    monkeypatch.setattr(registration_table, "MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(RegistrationError, match="expands to more than"):
        read_table(xlsx)


# ------------------------------------------------------------------------------------ mapping


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Full name", "name"),
        ("Participant", "name"),
        ("NAME", "name"),
        ("Nom", "name"),
        ("Nombre", "name"),
        ("Nom et prénom du participant", "name"),
        ("Organisation", "organization"),
        ("Organization", "organization"),
        ("Entity", "organization"),
        ("Affiliation", "organization"),
        ("Organización", "organization"),
        ("Name of organization", "organization"),
        ("Organisation / Entité", "organization"),
        ("Stakeholder type", "category"),
        ("Category", "category"),
        ("Type", "category"),
        ("Type of organization", "category"),
        ("Catégorie", "category"),
        ("Participation (in person/online)", "attendance"),
        ("Mode", "attendance"),
        ("Mode de participation", "attendance"),
        ("In person or online?", "attendance"),
        ("Gender/Sex", "gender"),
        ("  gender ", "gender"),
        ("Sexe", "gender"),
        ("Youth (under 30)", "youth"),
        ("Age", "youth"),
        ("Edad", "youth"),
        ("First name", "first_name"),
        ("Prénom", "first_name"),
        ("Last name", "last_name"),
        ("SURNAME", "last_name"),
        ("Apellidos", "last_name"),
    ],
)
def test_headings_in_three_languages(header: str, field: str) -> None:
    mapping = guess_mapping(["Something else", header])
    assert mapping.column(field) == 1
    assert [f for f in FIELDS if mapping.column(f) is not None] == [field]


@pytest.mark.parametrize(
    "header",
    [
        "E-mail",
        "Email of the participant",
        "Country",
        "Job title",
        "Title",
        "Phone",
        "Organization e-mail",
        "Registration date",
        "Date of birth",
        "",
    ],
)
def test_headings_that_name_no_field(header: str) -> None:
    assert guess_mapping([header]) == Mapping()


def test_french_headings(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "inscriptions.csv",
        [
            [
                "Civilité",
                "Prénom",
                "Nom",
                "Organisation",
                "Catégorie",
                "Mode de participation",
                "Genre",
                "Âge",
                "Courriel",
            ],
            [
                "Mme",
                "Élodie",
                "Marchand",
                "Sœurs du Monde",
                "ONG",
                "En personne",
                "Femme",
                "28",
                "e@x.org",
            ],
            [
                "M.",
                "Hervé",
                "N'Diaye",
                "UCAD",
                "Milieu universitaire",
                "En ligne",
                "",
                "",
                "h@x.org",
            ],
        ],
        encoding="cp1252",
        delimiter=";",
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping == Mapping(
        first_name=1, last_name=2, organization=3, category=4, attendance=5, gender=6, youth=7
    )
    report = import_registrations(table, mapping)
    assert [(p.name, p.category, p.attendance, p.gender, p.youth) for p in report.participants] == [
        ("Élodie Marchand", Category.NGO, Attendance.ROOM, "woman", True),
        ("Hervé N'Diaye", Category.ACADEMIA, Attendance.ONLINE, None, None),
    ]


def test_spanish_headings_first_and_last_name() -> None:
    headers = [
        "Nombre",
        "Apellidos",
        "Organización",
        "Tipo de organización",
        "Modalidad",
        "Sexo",
        "Edad",
    ]
    mapping = guess_mapping(headers)
    assert mapping == Mapping(
        first_name=0, last_name=1, organization=2, category=3, attendance=4, gender=5, youth=6
    )
    table = Table(
        headers,
        [
            [
                "María José",
                "García López",
                "Fundación Luz",
                "Sociedad civil",
                "En línea",
                "Mujer",
                "24",
            ]
        ],
        "inscripciones.csv",
    )
    (person,) = import_registrations(table, mapping).participants
    assert person == Participant(
        "",
        "María José García López",
        "Fundación Luz",
        Category.NGO,
        Attendance.ONLINE,
        "woman",
        True,
    )


def test_first_and_last_name_columns_either_may_be_empty() -> None:
    headers = ["First name", "Last name", "Organization"]
    mapping = guess_mapping(headers)
    assert mapping == Mapping(first_name=0, last_name=1, organization=2)
    table = Table(
        headers,
        [["Ana", "Pérez", "A"], ["", "Okafor", "B"], ["Li", "", "C"], ["", "", "D"]],
        "x.csv",
    )
    report = import_registrations(table, mapping)
    assert _names(report) == ["Ana Pérez", "Okafor", "Li"]
    assert [(r.row_number, r.reason) for r in report.rejected] == [(5, "the name is empty")]


def test_name_column_wins_and_first_last_fill_in() -> None:
    headers = ["Name", "First name", "Last name", "Organization"]
    mapping = guess_mapping(headers)
    assert mapping == Mapping(name=0, first_name=1, last_name=2, organization=3)
    table = Table(headers, [["Dr Ana Pérez", "Ana", "Pérez", "A"], ["", "Bo", "Li", "B"]], "x")
    assert _names(import_registrations(table, mapping)) == ["Dr Ana Pérez", "Bo Li"]


def test_first_best_heading_wins_and_each_column_serves_once() -> None:
    mapping = guess_mapping(["Name (as in passport)", "Organization", "Name", "Full name"])
    assert mapping.name == 2
    assert mapping.organization == 1


def test_columns_recognised_by_their_values() -> None:
    headers = ["Who", "From", "Q1", "Q2"]
    rows = [
        ["Ana", "Org", "In person", "NGO"],
        ["Bo", "Org", "Online", "Academia"],
        ["Cy", "Org", "Zoom", "Private sector"],
        ["Di", "Org", "Onsite", "Member State"],
    ]
    assert guess_mapping(headers, rows) == Mapping(category=3, attendance=2)


def test_mapping_is_a_plain_editable_value() -> None:
    mapping = guess_mapping(HEADERS)
    assert mapping == Mapping(name=0, organization=1, category=2, attendance=3, gender=4, youth=5)
    edited = mapping.with_column("gender", None).with_column("name", 1)
    assert edited.gender is None and edited.name == 1
    assert dataclasses.replace(mapping, youth=None).youth is None
    assert Mapping.from_dict(mapping.to_dict()) == mapping
    assert Mapping.from_dict({"name": 0, "organization": "1", "bogus": 3, "youth": -1}) == (
        Mapping(name=0)
    )
    with pytest.raises(KeyError):
        mapping.with_column("email", 3)
    assert Mapping().missing() == ["name", "organization"]
    assert Mapping(last_name=0).missing() == ["organization"]
    assert Mapping(name=0, organization=1).complete


def test_missing_required_column_names_the_field_and_the_columns(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "no org.csv",
        [["Full name", "E-mail", "Country"], ["Ana", "a@x.org", "Peru"]],
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    with pytest.raises(RegistrationError) as caught:
        import_registrations(table, mapping)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert "organization" in message and "participant's name" not in message
    assert "“Full name”, “E-mail”, “Country”" in message
    with pytest.raises(RegistrationError, match="the participant's name and the organization"):
        import_registrations(table, Mapping())
    with pytest.raises(RegistrationError, match="column 7, but the table has 3 columns"):
        import_registrations(table, Mapping(name=0, organization=6))


# ------------------------------------------------------------------------------------ values


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("NGO", "NGO"),
        ("ngo", "NGO"),
        ("Civil society", "NGO"),
        ("CSO", "NGO"),
        ("Non-governmental organization", "NGO"),
        ("Organisation non gouvernementale", "NGO"),
        ("ONG", "NGO"),
        ("Academia", "ACADEMIA"),
        ("University", "ACADEMIA"),
        ("Research", "ACADEMIA"),
        ("Milieu universitaire", "ACADEMIA"),
        ("Private sector", "PRIVATE_SECTOR"),
        ("Business", "PRIVATE_SECTOR"),
        ("Company", "PRIVATE_SECTOR"),
        ("Sector privado", "PRIVATE_SECTOR"),
        ("Member State", "STATE_PARTY"),
        ("State party", "STATE_PARTY"),
        ("Government", "STATE_PARTY"),
        ("UN Member State", "STATE_PARTY"),
        ("IGO", "INTERGOVERNMENTAL"),
        ("Intergovernmental", "INTERGOVERNMENTAL"),
        ("Intergovernmental organization", "INTERGOVERNMENTAL"),
        ("UN", "UN_ENTITY"),
        ("UN entity", "UN_ENTITY"),
        ("United Nations Secretariat", "UN_ENTITY"),
        ("UNODC", "UN_ENTITY"),
        ("Other", "OTHER"),
        ("un_entity", "UN_ENTITY"),  # the enum's own values
        ("private_sector", "PRIVATE_SECTOR"),
        ("Fun", None),
        ("", None),
    ],
)
def test_category_words(text: str, category: str | None) -> None:
    assert category_key(text) == category


@pytest.mark.parametrize(
    ("text", "attendance"),
    [
        ("In person", "ROOM"),
        ("In-person", "ROOM"),
        ("Onsite", "ROOM"),
        ("Room", "ROOM"),
        ("In person (VIC, Boardroom D)", "ROOM"),
        ("En personne", "ROOM"),
        ("Presencial", "ROOM"),
        ("Online", "ONLINE"),
        ("Virtual", "ONLINE"),
        ("Remote", "ONLINE"),
        ("Teams", "ONLINE"),
        ("Zoom", "ONLINE"),
        ("Online (MS Teams)", "ONLINE"),
        ("Virtual room", "ONLINE"),
        ("En ligne", "ONLINE"),
        ("Hybrid", None),
        ("In person or online", None),
        ("", None),
    ],
)
def test_attendance_words(text: str, attendance: str | None) -> None:
    assert attendance_key(text) == attendance


@pytest.mark.parametrize(
    ("text", "youth"),
    [
        ("yes", True),
        ("Yes", True),
        ("TRUE", True),
        ("1", True),
        ("x", True),
        ("✓", True),
        ("Oui", True),
        ("Sí", True),
        ("under 30", True),
        ("Yes, I am under 30", True),
        ("29", True),
        ("18-24", True),
        ("<25", True),
        ("no", False),
        ("FALSE", False),
        ("0", False),
        ("Non", False),
        ("30", False),
        ("31 ans", False),
        ("over 30", False),
        ("30+", False),
        ("35-44", False),
        ("", None),
        ("n/a", None),
        ("-", None),
        ("Prefer not to say", None),
    ],
)
def test_youth_values(text: str, youth: bool | None) -> None:
    assert youth_value(text) is youth


@pytest.mark.parametrize("text", ["25-34", "1990-05-01", "maybe", "150", "over 20"])
def test_youth_values_not_understood(text: str) -> None:
    assert youth_value(text) not in (True, False, None)


def test_youth_age_limit_can_be_changed() -> None:
    table = Table(["Name", "Org", "Age"], [["A", "O", "30"], ["B", "O", "35"]], "x")
    mapping = guess_mapping(["Name", "Org", "Age"])
    assert mapping.organization == 1
    report = import_registrations(table, mapping, youth_age_limit=35)
    assert [p.youth for p in report.participants] == [True, False]


def test_defaults_and_notes_for_values_not_understood() -> None:
    table = Table(
        HEADERS,
        [
            ["Ana", "A", "", "", "", ""],
            ["Bo", "B", "Philanthropist", "Hybrid", "  ", "1990-05-01"],
            ["Cy", "C", "n/a", "?", "Prefer not to say", "prefer not to say"],
        ],
        "notes.csv",
    )
    report = import_registrations(table, guess_mapping(HEADERS))
    ana, bo, cy = report.participants
    assert (ana.category, ana.attendance, ana.gender, ana.youth) == (
        Category.OTHER,
        Attendance.ROOM,
        None,
        None,
    )
    assert (bo.category, bo.attendance, bo.gender, bo.youth) == (
        Category.OTHER,
        Attendance.ROOM,
        None,
        None,
    )
    assert (cy.category, cy.attendance, cy.gender, cy.youth) == (
        Category.OTHER,
        Attendance.ROOM,
        None,
        None,
    )
    assert [(n.row_number, n.field, n.value) for n in report.notes] == [
        (3, "category", "Philanthropist"),
        (3, "attendance", "Hybrid"),
        (3, "youth", "1990-05-01"),
    ]
    assert "taken as in the room" in report.notes[1].message
    assert report.summary == (
        "3 participants to import from notes.csv; 3 values not understood (defaults used)."
    )


def test_gender_and_youth_mapped_from_six_languages_and_unmapped_rows_reported() -> None:
    rows = [
        ["A", "O", "Non-binary", "yes"],
        ["B", "O", "femme", "oui"],
        ["C", "O", " Two-Spirit ", ""],
        ["D", "O", "Mujer", "sí"],
        ["E", "O", "ذكر", "نعم"],
        ["F", "O", "女", "否"],
        ["G", "O", "Мужчина", "да"],
        ["H", "O", "M", "maybe"],
        ["I", "O", "Prefer not to say", "n/a"],
    ]
    table = Table(["Name", "Organization", "Gender", "Youth"], rows, "x")
    report = import_registrations(table, guess_mapping(table.headers))
    assert [(p.gender, p.youth) for p in report.participants] == [
        ("other", True),
        ("woman", True),
        (None, None),
        ("woman", True),
        ("man", True),
        ("woman", False),
        ("man", True),
        ("man", None),
        (None, None),
    ]
    assert [(n.row_number, n.field, n.value, n.message) for n in report.notes] == [
        (4, "gender", "Two-Spirit", "gender 'Two-Spirit' not understood: recorded as not stated"),
        (9, "youth", "maybe", "youth 'maybe' not understood: left undeclared"),
    ]


# ------------------------------------------------------------------------------------ rows


def test_names_kept_exactly_in_any_script(tmp_path: Path) -> None:
    names = [
        "محمد عبد الله",  # Arabic, right to left
        "דוד כהן",  # Hebrew
        "王小明",
        "Nguyễn Thị Minh Khai",
        "Ana 🌍 Pérez",
        "\u200fرنا\u200f",  # with right-to-left marks
        "Zoë\u0301 Combining",
        "ALL CAPS NAME",
        "o'Brien-McDonald",
        "👩🏽‍⚖️",
    ]
    rows = [["Name", "Organization"]] + [[n, f"Org {i}"] for i, n in enumerate(names)]
    for encoding in ("utf-8", "utf-8-sig", "utf-16"):
        path = write_csv(tmp_path / f"{encoding}.csv", rows, encoding=encoding)
        assert _names(_import(path)) == names
    xlsx = write_xlsx(tmp_path / "names.xlsx", {"S": rows})
    assert _names(_import(xlsx)) == names


def test_a_stray_nul_in_a_csv_cell_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Name,Organization\nAna\x00 P\xc3\xa9rez,Org A\nBo,Org\x00 B\n")
    report = _import(path)
    assert [(p.name, p.organization) for p in report.participants] == [
        ("Ana Pérez", "Org A"),
        ("Bo", "Org B"),
    ]


def test_whitespace_trimmed_and_control_characters_removed() -> None:
    table = Table(
        ["Name", "Organization", "Gender"],
        [
            ["  Ana\x00 Pérez\t", "\ufeffOrg\x07 A ", "F\x1b"],
            ["Bo\r\nLi", "Org\u00a0B", ""],
            ["\x00\x01", "Org C", ""],
            ["Cy  Two   Spaces", "Org D", ""],
        ],
        "x",
    )
    report = import_registrations(table, guess_mapping(table.headers))
    assert [(p.name, p.organization, p.gender) for p in report.participants] == [
        ("Ana Pérez", "Org A", "woman"),
        ("Bo Li", "Org B", None),
        ("Cy Two Spaces", "Org D", None),
    ]
    assert [(r.row_number, r.reason) for r in report.rejected] == [(4, "the name is empty")]
    # The participants are already in the meeting's own clean form.
    assert all(cleaned(p) is p for p in report.participants)


def test_empty_names_and_organizations_are_rejected_with_reasons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "holes.csv",
        [
            ["Name", "Organization", "Email"],
            ["Ana", "Org A", "a@x"],
            ["", "Org B", "b@x"],
            ["Cy", "", "c@x"],
            ["", "", "d@x"],
            ["   ", "Org E", ""],
            ["Name", "Organization", ""],
            ["X" * 301, "Org G", ""],
            ["Gi", "Y" * 301, ""],
        ],
    )
    report = _import(path)
    assert _names(report) == ["Ana"]
    assert [(r.row_number, r.reason) for r in report.rejected] == [
        (3, "the name is empty"),
        (4, "the organization is empty"),
        (5, "the name and the organization are empty"),
        (6, "the name is empty"),
        (7, "this row repeats the column headings"),
        (8, "the name is longer than 300 characters"),
        (9, "the organization is longer than 300 characters"),
    ]
    assert report.rejected[0].raw == ("", "Org B", "b@x")
    assert report.summary == "1 participant to import from holes.csv; 7 rows rejected."


def test_duplicates_in_the_file_and_against_the_meeting() -> None:
    table = Table(
        ["Name", "Organization", "Mode"],
        [
            ["Ana Pérez", "ONG Sur", "Online"],
            ["ana perez", "ONG-Sur", "Room"],  # case, accents, punctuation
            ["Ana Pérez", "Other Org", "Room"],  # same name, other organization: not a duplicate
            ["  ANA   PÉREZ ", "ong sur", "Room"],
            ["Li Wei", "Peking University", "Room"],
            ["🙂", "Emoji Org", "Room"],
            ["🙃", "Emoji Org", "Room"],  # another emoji: another person
            ["🙂", "emoji org", "Room"],
        ],
        "dups.csv",
    )
    existing = [
        Participant("p-3", "Li Wei", "Peking University"),
        {"id": "p-9", "name": "Someone", "organization": "Else"},
    ]
    report = import_registrations(table, guess_mapping(table.headers), existing=existing)
    assert [(p.name, p.organization) for p in report.participants] == [
        ("Ana Pérez", "ONG Sur"),
        ("Ana Pérez", "Other Org"),
        ("🙂", "Emoji Org"),
        ("🙃", "Emoji Org"),
    ]
    assert report.participants[0].attendance is Attendance.ONLINE  # the first is kept
    assert [(d.row_number, d.first_row, d.existing_id, d.reason) for d in report.duplicates] == [
        (3, 2, None, "the same person as row 2"),
        (5, 2, None, "the same person as row 2"),
        (6, None, "p-3", "already among the meeting's participants"),
        (9, 7, None, "the same person as row 7"),
    ]
    assert report.summary == "4 participants to import from dups.csv; 4 duplicates left out."


def test_ten_thousand_rows(tmp_path: Path) -> None:
    rows = many_rows(10_000)
    rows.insert(500, ["", "Org X", "NGO", "", "", ""])
    rows.insert(600, list(rows[10]))
    for path in (
        write_csv(tmp_path / "big.csv", rows, encoding="utf-8-sig", delimiter=";"),
        write_xlsx(tmp_path / "big.xlsx", {"Registrations": rows}),
    ):
        table, _, report = read_registrations(path)
        assert len(table.rows) == 10_002
        assert len(report.participants) == 10_000
        assert [(r.row_number, r.reason) for r in report.rejected] == [(501, "the name is empty")]
        assert [(d.row_number, d.first_row) for d in report.duplicates] == [(601, 11)]
        assert report.row_numbers[:3] == [2, 3, 4]
        assert {p.category for p in report.participants} >= {Category.NGO, Category.UN_ENTITY}
        assert report.summary.startswith("10,000 participants to import from big.")


def test_report_is_plain_data_the_journal_takes() -> None:
    table = Table(HEADERS, ROWS, "x.csv")
    report = import_registrations(table, guess_mapping(HEADERS))
    data = report.participants_data()
    assert data[0] == {
        "id": "",
        "name": "José Müller",
        "organization": "Fondation Œuvre",
        "category": "ngo",
        "attendance": "room",
        "gender": "man",
        "youth": False,
    }
    assert [participant_from_data(d, require_id=False) for d in data] == report.participants


def test_table_built_by_hand_numbers_rows_after_the_headings() -> None:
    table = Table(["Name", "Organization"], [["", "A"], ["B", ""]], "hand")
    assert [table.row_number(i) for i in range(2)] == [2, 3]
    report = import_registrations(table, Mapping(name=0, organization=1))
    assert [r.row_number for r in report.rejected] == [2, 3]
    assert report.summary == "No participant to import from hand; 2 rows rejected."


def test_import_changes_nothing_it_is_given() -> None:
    rows = [list(r) for r in ROWS]
    table = Table(list(HEADERS), rows, "x")
    existing = [Participant("p-1", "José Müller", "Fondation Œuvre")]
    before = ([list(r) for r in rows], list(existing))
    import_registrations(table, guess_mapping(HEADERS), existing=existing)
    assert (table.rows, existing) == before


# ------------------------------------------------------------------------------------ properties

_cells = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12) | st.sampled_from(
    ["NGO", "Online", "yes", "=1+1", "", " ", "\x00", '"', ";", "\n"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_any_csv_text_gives_a_report_or_a_registration_error(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.csv"
        for encoding in ("utf-8", "utf-16"):
            path.write_bytes(text.encode(encoding))
            try:
                table, _, report = read_registrations(path)
            except RegistrationError as exc:
                assert str(exc).startswith(str(path))
                continue
            handled = len(report.participants) + len(report.rejected) + len(report.duplicates)
            assert handled == len(table.rows)
            assert all(p.name and p.organization for p in report.participants)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=300),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt", ""]),
)
def test_any_bytes_give_a_report_or_a_registration_error(data: bytes, suffix: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"any{suffix}"
        path.write_bytes(data)
        with contextlib.suppress(RegistrationError):
            read_registrations(path)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    grid=st.lists(st.lists(_cells, min_size=2, max_size=4), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_grid_round_trips_through_csv(grid: list[list[str]], delimiter: str) -> None:
    """Cells written by a CSV writer come back as written (when the delimiter is found), and
    every row is taken, rejected or a duplicate: nothing is lost silently."""
    import tempfile

    headers = ["Name", "Organization"]
    rows = [headers, *grid]
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "grid.csv", rows, delimiter=delimiter)
        try:
            table = read_table(path)
        except RegistrationError:
            return
        report = import_registrations(table, Mapping(name=0, organization=1))
        handled = len(report.participants) + len(report.rejected) + len(report.duplicates)
        assert handled == len(table.rows)
        keys = {(identity_key(p.name), identity_key(p.organization)) for p in report.participants}
        assert len(keys) == len(report.participants)  # no duplicate kept
        for p in report.participants:
            assert p.name and p.organization
            assert cleaned(p) is p  # one line, trimmed, no control characters
