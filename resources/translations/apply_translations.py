"""Put translations kept as data into the Qt Linguist sources (``facilitator_XX.ts``).

A data file (JSON) holds, for each message it translates, its context, its English source and
its translation in each of its languages; a plural message (``numerus="yes"``) holds a list, one
string per plural form of the language, in Qt's order (Arabic 6, Chinese 1, Russian 3). Every
message found is set and marked finished (``type="unfinished"`` removed); the others are left as
they are. So translations made outside Qt Linguist can be applied again after another branch has
changed the ``.ts`` files (new strings, a merge: take the other side's ``.ts``, extract with
``update.sh`` so that each message is plural or not as the code now says, apply, and extract again
to normalise)::

    bash resources/translations/update.sh
    python resources/translations/apply_translations.py             # every *.json beside it
    python resources/translations/apply_translations.py live_meeting_ar_zh_ru.json   # one (a
                                                      # bare name is a file beside the script)
    python resources/translations/apply_translations.py --check     # write nothing; exit 1 if a
                                                                     # .ts differs from the data
    bash resources/translations/update.sh                           # then, to normalise

Each translation is checked first, by the rules of tests/ui/test_languages.py: the same
placeholders as the source (``{0}``, ``{clock}``, ``%1``; ``%n`` may be left out of a plural
form), an accelerator ``&`` where the source has one and none where it has none (``&&`` is a
literal ampersand), and as many plural forms as the language has. A data file with a wrong
translation changes nothing. Messages of the data that a ``.ts`` no longer holds (a string
changed in the code) are listed, as are a ``.ts``'s messages in the data's contexts that the data
does not translate. Several data files are applied one after the other; a message that two of them
translate in the same language is refused (which one wins would depend on their order).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The data files applied when none is named, in order: interface_ar_zh_ru.json (the rest of the
#: interface in Arabic, Chinese and Russian: start screen, programme editor, export window,
#: dialogs, refusals), live_meeting_ar_zh_ru.json (the live meeting in those three),
#: words_plurals_fr_es_en.json (words.py's plural amounts). Their messages do not overlap.
DEFAULT = sorted(HERE.glob("*.json"))
#: Qt's plural forms per language (lrelease's numerus rules): how many ``<numerusform>``.
PLURAL_FORMS = {"ar": 6, "zh": 1, "ru": 3, "fr": 2, "es": 2, "en": 2}

Key = tuple[str, str]
Translation = str | list[str]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%n|%\d", text))


def has_accelerator(text: str) -> bool:
    return "&" in text.replace("&&", "")


def problems(code: str, context: str, source: str, text: Translation, plural: bool) -> list[str]:
    """What is wrong with ``text`` as the translation of ``source`` in ``code``; [] if nothing."""
    where = f"{code} {context}: {source!r}"
    forms = text if isinstance(text, list) else [text]
    wrong = []
    if plural != isinstance(text, list):
        wrong.append(f"{where}: {'a list of plural forms' if plural else 'one string'} wanted")
    if plural and len(forms) != PLURAL_FORMS.get(code, len(forms)):
        wrong.append(f"{where}: {len(forms)} plural forms, {PLURAL_FORMS[code]} wanted")
    wanted = placeholders(source)
    accelerator = has_accelerator(source.replace("Q&A", ""))
    for form in forms:
        if not form:
            wrong.append(f"{where}: empty")
        if placeholders(form) not in (wanted, [p for p in wanted if p != "%n"]):
            wrong.append(f"{where}: placeholders {placeholders(form)}, {wanted} wanted")
        if "Q&A" not in source and has_accelerator(form) != accelerator:
            wrong.append(f"{where}: {'one' if accelerator else 'no'} accelerator wanted: {form!r}")
        if form.replace("&&", "").count("&") > 1:
            wrong.append(f"{where}: more than one accelerator: {form!r}")
    return wrong


def _translated(message: ET.Element) -> bool:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [form.text for form in element.iter("numerusform")] or [element.text]
    return all(forms)


def _state(element: ET.Element) -> tuple[object, ...]:
    """A translation as it reads (whitespace between plural forms is layout, not text)."""
    text = element.text if element.text and element.text.strip() else None
    return element.get("type"), text, [form.text for form in element]


def load(path: Path) -> tuple[list[str], dict[Key, dict[str, Translation]]]:
    """(languages, {(context, source): {code: translation}}) of a data file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    table: dict[Key, dict[str, Translation]] = {}
    for entry in data["messages"]:
        key = (entry["context"], entry["source"])
        if key in table:
            raise SystemExit(f"{path.name}: {key} twice")
        table[key] = {code: entry[code] for code in data["languages"] if code in entry}
    return list(data["languages"]), table


@dataclass
class Result:
    """What applying the data to one language's .ts did (or would do)."""

    set: int = 0  # messages of the data found in the .ts
    changed: int = 0  # of which translated otherwise before
    wrong: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # in the data, not in the .ts
    #: Untranslated in the .ts, in the data's contexts, and not in the data (a string added since).
    untranslated: list[str] = field(default_factory=list)


def apply(code: str, table: dict[Key, dict[str, Translation]], *, write: bool) -> Result:
    """Set the translations of ``code`` in its .ts; what was done (and what would be, unwritten)."""
    path = HERE / f"facilitator_{code}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {context for context, _ in table}
    seen: set[Key] = set()
    changed = 0
    wrong: list[str] = []
    untranslated: list[str] = []
    for context_element in root.iter("context"):
        context = context_element.findtext("name") or ""
        for message in context_element.iter("message"):
            source = message.findtext("source") or ""
            key = (context, source)
            if key not in table or code not in table[key]:
                if context in contexts and not _translated(message):
                    untranslated.append(f"{context}: {source!r}")
                continue
            seen.add(key)
            text = table[key][code]
            plural = message.get("numerus") == "yes"
            found = problems(code, context, source, text, plural)
            if found:
                wrong.extend(found)
                continue
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            before = _state(element)
            for child in list(element):
                element.remove(child)
            if plural:
                element.text = None
                for form in text:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = text  # type: ignore[assignment]
            element.attrib.pop("type", None)
            changed += before != _state(element)
    stale = sorted(f"{c}: {s!r}" for (c, s), t in table.items() if code in t and (c, s) not in seen)
    if write and not wrong and changed:
        ET.indent(tree, "    ")
        body = ET.tostring(root, encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        path.write_text(header + body + "\n", encoding="utf-8")
    return Result(len(seen), changed, wrong, stale, untranslated)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on a change")
    args = parser.parse_args(argv)
    # A bare name is a data file beside this script (``apply_translations.py interface_….json``).
    paths = [p if p.exists() or not (HERE / p).exists() else HERE / p for p in args.data]
    loaded = [(path, *load(path)) for path in paths]
    # Two data files translating one message would leave it to the order they are applied in.
    owner: dict[tuple[str, str, str], str] = {}
    twice = []
    for path, _, table in loaded:
        for key, texts in table.items():
            for code in texts:
                if (code, *key) in owner:
                    twice.append(f"{code} {key}: {owner[(code, *key)]} and {path.name}")
                owner[(code, *key)] = path.name
    if twice:
        print(f"translated in two data files ({len(twice)}):", *twice, sep="\n  ")
        return 2
    status = 0
    for path, languages, table in loaded:
        print(f"{path.name}:")
        results = {code: apply(code, table, write=False) for code in languages}
        wrong = [w for result in results.values() for w in result.wrong]
        if wrong:
            print(f"{path.name}: not applied, {len(wrong)} wrong translations:", *wrong, sep="\n  ")
            return 2
        for code in languages:
            result = results[code] if args.check else apply(code, table, write=True)
            verb = "would change" if args.check else "changed"
            print(f"  {code}: {result.set} messages set, {result.changed} {verb}")
            if result.stale:
                print(
                    f"    {len(result.stale)} in the data, not in the .ts:",
                    *result.stale,
                    sep="\n      ",
                )
            if result.untranslated:
                print(
                    f"    {len(result.untranslated)} untranslated, not in the data:",
                    *result.untranslated,
                    sep="\n      ",
                )
            if args.check and result.changed:
                status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
