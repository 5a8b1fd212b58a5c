"""The programme corpus: every programme in ``tests/formats/programmes/corpus`` imports to the
outline written beside it (see that folder's README for the rules an outline follows)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from facilitator.core.programme import Programme, hhmm
from facilitator.formats.programme.importer import ImportResult, import_programme
from tests.formats.programme_corpus_docx import BUILDERS

CORPUS = Path(__file__).parent / "programmes" / "corpus"


def _cases() -> list[str]:
    return sorted(p.name.removesuffix(".outline.toml") for p in CORPUS.glob("*.outline.toml"))


def _source(name: str, tmp_path: Path) -> Path:
    if name in BUILDERS:
        target = tmp_path / f"{name}.docx"
        BUILDERS[name](target)
        return target
    found = [p for p in CORPUS.glob(f"{name}.*") if p.suffix in (".txt", ".md")]
    assert len(found) == 1, f"{name}: expected one .txt or .md beside its outline, found {found}"
    return found[0]


def test_the_corpus_is_large_and_varied() -> None:
    cases = _cases()
    assert len(cases) >= 20
    assert sum(name in BUILDERS for name in cases) >= 6, "Word programmes"
    assert all(name in cases for name in BUILDERS), "a Word builder without an outline"


@pytest.mark.parametrize("name", _cases())
def test_programme_imports_to_its_outline(name: str, tmp_path: Path) -> None:
    expected = tomllib.loads((CORPUS / f"{name}.outline.toml").read_text(encoding="utf-8"))
    result = import_programme(_source(name, tmp_path), day=expected.get("day"))
    assert outline_of(result, expected) == expected_outline(expected)


def expected_outline(expected: dict[str, Any]) -> dict[str, Any]:
    """The outline file as the comparison sees it (absent optional keys are not compared)."""
    out = dict(expected)
    out.pop("day", None)
    out["warnings"] = sorted(expected.get("warnings", []))
    out["date"] = expected["date"] or None
    return out


def outline_of(result: ImportResult, expected: dict[str, Any]) -> dict[str, Any]:
    """The imported programme in the outline file's shape, with just the keys ``expected`` has."""
    programme: Programme = result.programme
    report = result.report
    out: dict[str, Any] = {
        "title": programme.title,
        "date": programme.date.isoformat() if programme.date else None,
        "warnings": sorted({w.code for w in report.warnings}),
    }
    optional = {
        "sittings": lambda: [f"{hhmm(s.start)}-{hhmm(s.end)}" for s in programme.sittings],
        "timezone": lambda: programme.timezone,
        "venue": lambda: programme.venue,
        "format": lambda: programme.format.value if programme.format else None,
        "platform": lambda: programme.online_platform,
        "days": lambda: len(report.days),
        "unread": lambda: [
            want
            for want in expected["unread"]
            if any(text.startswith(want) for _, text in report.unread)
        ],
    }
    for key, value in optional.items():
        if key in expected:
            out[key] = value()
    out["items"] = [
        _item_outline(item, want)
        for item, want in zip(programme.items, expected["items"], strict=False)
    ]
    out["items"].extend({"missing": True} for _ in expected["items"][len(programme.items) :])
    out["items"].extend({"extra": item.title} for item in programme.items[len(expected["items"]) :])
    return out


def _item_outline(item: Any, want: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"title": item.title}
    if item.number is not None or "number" in want:
        out["number"] = item.number
    wanted = want.get("segments", [])
    segments = []
    for index, segment in enumerate(item.segments):
        ref = wanted[index] if index < len(wanted) else {}
        seg: dict[str, Any] = {"kind": segment.kind.value, "title": segment.title}
        if "start" in ref:
            seg["start"] = hhmm(segment.scheduled_start)
        if segment.number is not None or "number" in ref:
            seg["number"] = segment.number
        if segment.for_panel is not None or "for_panel" in ref:
            seg["for_panel"] = segment.for_panel
        if segment.panellists or "speakers" in ref:
            seg["speakers"] = [p.name for p in segment.panellists]
        if segment.moderator or "moderator" in ref:
            seg["moderator"] = segment.moderator.name if segment.moderator else None
        if segment.guiding_questions or "questions" in ref:
            seg["questions"] = len(segment.guiding_questions)
        segments.append(seg)
    out["segments"] = segments
    return out
