"""What the two real programmes must import to, field by field (shared by the text, DOCX and TOML
tests, so that all three formats are held to the same outline)."""

from __future__ import annotations

from typing import Any

TIP_TITLE = (
    "Constructive Dialogue on the UNTOC and Protocols' review process following the conclusion "
    "of the fourteenth meeting of the Working Group on Trafficking in Persons"
)
SOM_TITLE = (
    "Constructive Dialogue on the UNTOC and Protocols' review process following the conclusion "
    "of the eleventh meeting of the Working Group on the Smuggling of Migrants"
)

EXPECTED: dict[str, dict[str, Any]] = {
    "tip": {
        "title": TIP_TITLE,
        "date": "2024-07-10",
        "item_titles": [
            "Opening of the meeting",
            "Briefing on the developments and outcomes of the review process",
            "Spotlight on the 14th meeting of the Working Group on Trafficking in Persons",
            "Interactive exchange on relevant activities of non-governmental stakeholders",
            "Closing of the meeting",
        ],
        "panels": [
            "Trafficking in persons for the removal of organs and related conduct",
            "National issues and priorities concerning child trafficking",
        ],
        "question_counts": [3, 3, 3],
        "first_question": (
            "How can non-governmental stakeholders contribute to the universalization of the "
            "Trafficking in Persons Protocol?"
        ),
    },
    "som": {
        "title": SOM_TITLE,
        "date": "2024-07-15",
        "item_titles": [
            "Opening of the meeting",
            "Briefing on the developments and outcomes of the review process",
            "Spotlight on the 11th meeting of the Working Group on the Smuggling of Migrants",
            "Interactive exchange on relevant activities of non-governmental stakeholders",
            "Closing of the meeting",
        ],
        "panels": [
            "Preventing and combatting the smuggling of migrants through international cooperation "
            "while addressing its root causes, in line with the provisions of the United Nations "
            "Convention against Transnational Organized Crime and the Protocols thereto",
            "Protection and assistance measures for smuggled migrants",
        ],
        "question_counts": [4, 4, 5],
        "first_question": (
            "How can non-governmental stakeholders contribute to the universalization of the "
            "Smuggling of Migrants Protocol, and where do you see a particularly important role "
            "for civil society stakeholders in the provision of protection and assistance "
            "measures to smuggled migrants?"
        ),
    },
}


def assert_seed_outline(data: dict[str, Any], seed: str) -> None:
    """Assert a ``programme_to_dict`` outline against the seed's expected outline."""
    expected = EXPECTED[seed]
    assert data["title"] == expected["title"]
    assert data["date"] == expected["date"]
    assert data["timezone"] == "Europe/Vienna"
    assert data["sittings"] == [
        {"start": "10:00", "end": "13:00"},
        {"start": "15:00", "end": "18:00"},
    ]
    assert data["venue"] == "VIC Boardroom D"
    assert data["format"] == "hybrid"
    assert data["online_platform"] == "Microsoft Teams"
    items = data["items"]
    assert [i["number"] for i in items] == ["I", "II", "III", "IV", "V"]
    assert [i["title"] for i in items] == expected["item_titles"]
    kinds = [[s["kind"] for s in i["segments"]] for i in items]
    assert kinds == [
        ["remarks"],
        ["briefing", "interventions"],
        ["briefing", "panel", "qa", "panel", "qa"],
        ["standing_item", "standing_item", "standing_item"],
        ["remarks"],
    ]
    panels = [s for s in items[2]["segments"] if s["kind"] == "panel"]
    assert [p["number"] for p in panels] == [1, 2]
    assert [p["title"] for p in panels] == expected["panels"]
    qas = [s for s in items[2]["segments"] if s["kind"] == "qa"]
    assert [q["for_panel"] for q in qas] == [1, 2]
    standing = items[3]["segments"]
    assert [s["number"] for s in standing] == [1, 2, 3]
    assert [len(s["guiding_questions"]) for s in standing] == expected["question_counts"]
    assert standing[0]["guiding_questions"][0] == expected["first_question"]
    assert standing[0]["title"].startswith("Role of non-governmental stakeholders")
    assert standing[2]["title"].startswith("Gender, youth, human rights and victim-centred")
    for item in items:
        for segment in item["segments"]:
            assert segment["planned_minutes"] >= 5
            assert segment["panellists"] == []
            assert segment["moderator"] is None
            if segment["kind"] not in ("panel", "standing_item"):
                assert segment["number"] is None
            if segment["kind"] != "qa":
                assert segment["for_panel"] is None
    morning = sum(s["planned_minutes"] for i in items[:3] for s in i["segments"])
    total = sum(s["planned_minutes"] for i in items for s in i["segments"])
    assert total <= 360
    # The plan fills the day and splits at lunch after a segment boundary.
    assert total == 360
    assert morning in range(150, 300)
