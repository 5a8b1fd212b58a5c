"""How much of Facilitator each language covers: the interface's strings (the ``.ts`` sources,
plural forms counted once) and the record's messages (formats/record/catalogue.py), translated
against the total. The figures quoted in the README and in the issues come from here.

    python resources/translations/coverage.py            # a Markdown table
    python resources/translations/coverage.py --json     # the same, as JSON
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from facilitator.formats.record import catalogue  # noqa: E402
from facilitator.languages import LANGUAGES  # noqa: E402


def interface(code: str) -> tuple[int, int]:
    """(translated, total) of the interface's strings in ``code`` (English: all of them)."""
    root = ET.parse(ROOT / "resources" / "translations" / "facilitator_fr.ts").getroot()
    total = sum(1 for _ in root.iter("message"))
    if code == "en":
        return total, total
    root = ET.parse(ROOT / "resources" / "translations" / f"facilitator_{code}.ts").getroot()
    done = 0
    for message in root.iter("message"):
        element = message.find("translation")
        if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text for f in element.iter("numerusform")] or [element.text]
        done += all(forms)
    return done, total


def record(code: str) -> tuple[int, int]:
    """(translated, total) of the record's messages and plural messages in ``code``."""
    messages, plurals = catalogue.messages(), catalogue.plurals()
    total = len(messages) + len(plurals)
    if code == "en":
        return total, total
    done = sum(1 for texts in messages.values() if texts.get(code))
    done += sum(1 for forms in plurals.values() if forms.get(code))
    return done, total


def table() -> dict[str, dict[str, tuple[int, int]]]:
    return {code: {"interface": interface(code), "record": record(code)} for code in LANGUAGES}


def main(argv: list[str]) -> int:
    figures = table()
    if "--json" in argv:
        print(json.dumps(figures, indent=2))
        return 0
    print("| language | interface | record |")
    print("|---|---|---|")
    for code, parts in figures.items():
        cells = [f"{done} / {total}" for done, total in parts.values()]
        print(f"| {LANGUAGES[code]} ({code}) | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
