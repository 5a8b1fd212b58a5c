"""Registration files built by the tests: CSV in any encoding and .xlsx workbooks (openpyxl), so
that no binary sample has to be committed."""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

HEADERS = [
    "Full name",
    "Organisation",
    "Stakeholder type",
    "Participation (in person/online)",
    "Gender",
    "Youth (under 30)",
]
ROWS = [
    ["José Müller", "Fondation Œuvre", "NGO", "In person", "M", "no"],
    ["Zoë François", "Université de Genève", "Academia", "Online", "F", "yes"],
    ["Ana Pérez", "Acme S.A.", "Private sector", "Teams", "", ""],
    ["Kwame Mensah", "Republic of Ghana", "Member State", "Onsite", "Male", "45"],
]

_CATEGORIES = ["NGO", "Civil society", "Academia", "Private sector", "IGO", "UN entity", "Other"]
_ATTENDANCES = ["In person", "Online", "Zoom", "Onsite", "Virtual"]


def csv_bytes(
    rows: Sequence[Sequence[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    path.write_bytes(csv_bytes(rows, encoding=encoding, delimiter=delimiter))
    return path


class Formula(str):
    """A cell written as an Excel formula (a plain string starting with "=" is written as text,
    as Excel stores a typed "'=...")."""


def write_xlsx(
    path: Path,
    sheets: dict[str, Sequence[Sequence[object]]],
    *,
    hidden: Sequence[str] = (),
) -> Path:
    """A workbook with one sheet per entry (the first is the active one)."""
    from openpyxl import Workbook

    wb = Workbook()
    first = True
    for title, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = title
        for row in rows:
            ws.append([str(v) if isinstance(v, Formula) else v for v in row])
        for cells, row in zip(ws.iter_rows(), rows, strict=False):
            for cell, value in zip(cells, row, strict=False):
                if (
                    isinstance(value, str)
                    and value.startswith("=")
                    and not isinstance(value, Formula)
                ):
                    cell.data_type = "s"
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def set_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells (by coordinate, e.g. "D3") the value Excel would have saved with them
    (openpyxl writes formulas without one)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for coordinate, value in values.items():
        pattern = re.compile(rf'<c r="{coordinate}"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?')
        numeric = re.fullmatch(r"-?\d+(\.\d+)?", value) is not None
        kind = "" if numeric else ' t="str"'
        replacement = rf'<c r="{coordinate}"\1{kind}><f>\2</f><v>{value}</v>'
        sheet, count = pattern.subn(replacement, sheet)
        assert count == 1, coordinate
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def many_rows(count: int, *, seed: int = 7) -> list[list[str]]:
    """``count`` distinct registrations, plausible and varied."""
    rng = random.Random(seed)
    first = ["Ana", "José", "Zoë", "Kwame", "Li", "Fatima", "Olga", "Jean", "محمد", "Ngozi"]
    last = ["Pérez", "Müller", "Mensah", "Wang", "Haddad", "Ivanova", "Dupont", "Okafor"]
    rows = [list(HEADERS)]
    for i in range(count):
        rows.append(
            [
                f"{rng.choice(first)} {rng.choice(last)} {i}",
                f"Organization {i % 997}",
                rng.choice(_CATEGORIES),
                rng.choice(_ATTENDANCES),
                rng.choice(["F", "M", "", "Non-binary"]),
                rng.choice(["yes", "no", "", "27", "41"]),
            ]
        )
    return rows


def use_shared_strings(path: Path) -> Path:
    """Rewrite an openpyxl workbook the way Excel saves one: its texts in the shared-strings
    table rather than inline in the sheet."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match.group(3), len(strings))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{index}</v></c>'

    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        sheet = parts[name].decode("utf-8")
        sheet = re.sub(
            r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
            shared,
            sheet,
        )
        sheet = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"></c>', r'<c r="\1"\2/>', sheet)
        parts[name] = sheet.encode("utf-8")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'.encode(),
    )
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdShared" Type="{relation}" Target="sharedStrings.xml"/>'
        "</Relationships>".encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
