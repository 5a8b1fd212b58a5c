"""The Chatham House record names nobody, however the rapporteur wrote the name (the leaks an
independent check found: 131 hits for 22 names or organizations), and says what it cannot know."""

from __future__ import annotations

import unicodedata

import pytest

from facilitator.core.redaction import (
    REDACTED,
    Known,
    Redactor,
    remaining_names,
    remaining_names_in,
)

KNOWN = [
    Known("Ms. Amina Okonkwo-Ríos", "Sahel Rights Network (SRN)"),
    Known("Mr. Li Wei", "Tech Against Trafficking"),
    Known("Dr. Zoë Ångström", "Nordic Migration Forum"),
    Known("سلمى حداد", "الشبكة العربية"),
    Known("Mr. Jonas Berg", ""),
    # a moderator whose organization the programme gave as part of their role
    Known("", "Director"),
    Known("", "Balkan Anti-Slavery Coalition"),
]
R = Redactor(KNOWN)

LEAKS = {
    "bare acronym": ("The SRN asked about funding.", "SRN"),
    "without brackets": ("Sahel Rights Network asked.", "Sahel Rights Network"),
    "a distinctive word": ("the Sahel network proposed a study", "Sahel"),
    "half of a surname": ("Ms. Okonkwo said", "Okonkwo"),
    "the other half, no accent": ("as Rios put it", "Rios"),
    "a short name after a title": ("Mr. Li agreed with the panel.", "Li"),
    "accent-less": ("Zoe Angstrom replied", "Zoe Angstrom"),
    "decomposed": (unicodedata.normalize("NFD", "Zoë Ångström replied"), "Ångström"),
    "upper case": ("BERG objected", "BERG"),
    "possessive": ("Berg's proposal", "Berg"),
    "Arabic with و": ("وسلمى قالت إن", "سلمى"),
    "Arabic with ال": ("قالت الشبكة العربية", "الشبكة العربية"),
    "a role read as the organization": ("the Balkan coalition", "Balkan"),
    "an e-mail address": ("write to amina@srn.org for data", "amina@srn.org"),
    "a handle": ("follow @sahelrights online", "@sahelrights"),
}


@pytest.mark.parametrize("case", list(LEAKS))
def test_every_way_of_writing_a_known_name_is_withheld(case: str) -> None:
    text, leaked = LEAKS[case]
    redacted = R.text(text)
    assert leaked not in redacted and unicodedata.normalize("NFC", leaked) not in redacted
    assert REDACTED in redacted


def test_the_meetings_own_words_and_common_words_stay() -> None:
    text = (
        "He said trafficking in persons and the smuggling of migrants need a network of"
        " international cooperation; an Al Jazeera report was cited."
    )
    assert R.text(text) == text  # "He", "Al": short, no title; generic words: never alone
    formula = "=SUM(A1:A9) and @SUM(A1) typed into a summary"
    assert R.text(formula) == formula  # a spreadsheet formula is not a handle


def test_a_leak_count_over_every_case_is_zero() -> None:
    hits = sum(R.text(text).casefold().count(leaked.casefold()) for text, leaked in LEAKS.values())
    assert hits == 0


def test_what_no_redaction_can_know_is_listed() -> None:
    text = R.text(
        "Ms. Dupont of Amnesty International asked the Secretariat; contact: j.doe@example.org,"
        " @anon_ngo. Trafficking in Persons remains the subject."
    )
    found = remaining_names(text)
    assert "Ms. Dupont" in found
    assert any("Amnesty International" in f for f in found)
    assert "j.doe@example.org" not in text and REDACTED in text  # addresses go regardless
    assert remaining_names_in([text], ["Trafficking in Persons"]) == [
        f for f in found if f != "Trafficking in Persons"
    ]
