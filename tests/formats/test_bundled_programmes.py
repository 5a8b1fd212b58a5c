"""The seed programmes bundled in data/programmes: the same outline as the documents, with a plan
a Co-Chair would accept."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.planning import planned_layout
from facilitator.core.programme import SegmentKind, minutes_of, programme_to_dict
from facilitator.formats.programme.files import read_programme
from facilitator.formats.programme.toml_file import dumps_toml, read_toml
from tests.conftest import PROGRAMMES_DIR, SEED_SOM, SEED_TIP
from tests.formats.seed_expectations import assert_seed_outline

BUNDLED = {
    "tip": (PROGRAMMES_DIR / "2024-07-10-trafficking-in-persons.toml", SEED_TIP),
    "som": (PROGRAMMES_DIR / "2024-07-15-smuggling-of-migrants.toml", SEED_SOM),
}


@pytest.mark.parametrize("seed", sorted(BUNDLED))
def test_bundled_toml_has_the_seed_outline(seed: str) -> None:
    toml_path, text_path = BUNDLED[seed]
    programme = read_toml(toml_path)
    data = programme_to_dict(programme)
    assert_seed_outline(data, seed)
    # Apart from the planned minutes and the Co-Chairs' short labels, it is exactly what the
    # importer reads from the document: the titles are the document's own words.
    from_text = programme_to_dict(read_programme(text_path))
    labels = [s.pop("label") for i in data["items"] for s in i["segments"]]
    assert "Opening remarks by the Co-Chairs" in labels
    for outline in (data, from_text):
        for item in outline["items"]:
            for segment in item["segments"]:
                segment.pop("planned_minutes")
                segment.pop("label", None)
    assert data == from_text


@pytest.mark.parametrize("seed", sorted(BUNDLED))
def test_bundled_plan_is_one_a_co_chair_accepts(seed: str) -> None:
    programme = read_toml(BUNDLED[seed][0])
    segments = [s for _, s in programme.segments()]
    starts = planned_layout(
        [s.planned_minutes for s in segments],
        [None] * len(segments),
        [(minutes_of(s.start), minutes_of(s.end)) for s in programme.sittings],
    )
    by_title = {
        s.display_title: (start, s.planned_minutes)
        for s, start in zip(segments, starts, strict=True)
    }
    assert by_title["Opening remarks by the Co-Chairs"] == (600, 10)
    assert by_title["Q&A on Panel 1"][0] + by_title["Q&A on Panel 1"][1] == 780  # lunch at 13:00
    assert by_title["Closing remarks by the Co-Chairs"] == (1070, 10)  # ends at 18:00
    panels = [s.planned_minutes for s in segments if s.kind is SegmentKind.PANEL]
    assert all(45 <= m <= 60 for m in panels)


@pytest.mark.parametrize("seed", sorted(BUNDLED))
def test_bundled_file_is_written_as_the_writer_writes_it(seed: str) -> None:
    path: Path = BUNDLED[seed][0]
    assert dumps_toml(read_toml(path)) == path.read_text(encoding="utf-8")
