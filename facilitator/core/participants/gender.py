"""Gender and youth as a small fixed set, read from what registration lists write in the six UN
languages and their common abbreviations.

A participant's ``gender`` is kept as text in the journal (journals written before this module
hold free text: "female", "F", "femme", "mujer"); :func:`gender_of` maps it when it is read, so
that every figure counts one group per :class:`Gender` whatever the spelling. An import writes the
mapped value (``"woman"``…) and lists what it could not map in its report.

Decisions: "M" is a man (as on most forms; a Spanish "M" for *mujer* is rare next to F/M for
*femenino*/*masculino*); an answer that declines ("prefer not to say") and an empty cell are both
"not stated"; a text that is none of these is also counted as not stated, and the import report
names it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from enum import StrEnum

from facilitator.core.participants.values import Participant


class Gender(StrEnum):
    """The genders the figures and the record count."""

    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"  # non-binary, another gender
    NOT_STATED = "not_stated"

    @property
    def label(self) -> str:
        """In English, for the core's own texts ("Woman", "Not stated")."""
        return _LABELS[self]


_LABELS = {
    Gender.WOMAN: "Woman",
    Gender.MAN: "Man",
    Gender.OTHER: "Non-binary or other",
    Gender.NOT_STATED: "Not stated",
}


def _key(text: str) -> str:
    """``text`` case, accents and punctuation aside ("Féminin." → "feminin")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


#: The words of each gender, one language a line (" | " between words): English, French,
#: Spanish, Arabic, Chinese, Russian.
_GENDER_WORDS: dict[Gender, str] = {
    Gender.WOMAN: """
        woman | women | female | f | w | girl | ms | mrs | miss | cis woman
        femme | féminin | féminine | fille | mme | madame | mlle
        mujer | femenino | femenina | sra | señora | srta
        امرأة | إمرأة | أنثى | انثى | سيدة | مؤنث
        女 | 女性 | 女士 | 妇女
        женщина | женский | женская | жен | ж
    """,
    Gender.MAN: """
        man | men | male | m | boy | mr | cis man
        homme | masculin | h | garçon | monsieur
        hombre | masculino | varón | v | sr | señor
        رجل | ذكر | مذكر | سيد
        男 | 男性 | 男士 | 先生
        мужчина | мужской | муж | м
    """,
    Gender.OTHER: """
        other | non binary | nonbinary | nb | enby | x | another gender | gender diverse
        genderqueer | gender fluid | agender | third gender | diverse
        autre | non binaire | genre non binaire
        otro | otra | no binario | no binaria | otro género
        آخر | اخر | غير ثنائي | غير ثنائي الجنس
        其他 | 非二元 | 非二元性别 | 第三性别
        другое | другой | небинарный | небинарная | иное
    """,
    Gender.NOT_STATED: """
        not stated | not declared | undeclared | prefer not to say | prefer not to answer
        rather not say | undisclosed | n a | na | none | unknown
        non précisé | non déclaré | préfère ne pas répondre | je préfère ne pas répondre
        no declarado | no indicado | prefiero no decirlo | prefiero no decir
        prefiero no responder
        غير محدد | أفضل عدم الإجابة
        未说明 | 不愿透露 | 保密 | 未填写
        не указано | не указан | предпочитаю не отвечать | не скажу
    """,
}


def _words(text: str) -> list[str]:
    return [w.strip() for line in text.splitlines() for w in line.split("|") if w.strip()]


_WORDS: dict[str, Gender] = {
    _key(word): gender for gender, words in _GENDER_WORDS.items() for word in _words(words)
}


@functools.lru_cache(maxsize=512)
def parse_gender(text: str | None) -> Gender | None:
    """The gender ``text`` means, in any of the six UN languages or a common abbreviation; an
    empty text is :attr:`Gender.NOT_STATED`; None when it cannot be mapped."""
    if text is None:
        return Gender.NOT_STATED
    key = _key(text)
    if not key:
        return Gender.NOT_STATED
    found = _WORDS.get(key)
    if found is None and key.endswith("s"):
        found = _WORDS.get(key[:-1])
    return found


def gender_of(participant: Participant | None) -> Gender:
    """The participant's gender in the fixed set (free text of older journals mapped when read;
    text that maps to nothing is not stated)."""
    if participant is None:
        return Gender.NOT_STATED
    return parse_gender(participant.gender) or Gender.NOT_STATED


class Youth(StrEnum):
    """Youth as the figures and the record count it."""

    YOUTH = "youth"
    NOT_YOUTH = "not_youth"
    NOT_STATED = "not_stated"

    @property
    def label(self) -> str:
        return {"youth": "Youth", "not_youth": "Not youth", "not_stated": "Not stated"}[self.value]


def youth_of(participant: Participant | None) -> Youth:
    if participant is None or participant.youth is None:
        return Youth.NOT_STATED
    return Youth.YOUTH if participant.youth else Youth.NOT_YOUTH


#: Yes and no in the three UN languages the registration words do not know (English, French and
#: Spanish are there: :func:`facilitator.formats.registration.words.youth_value`).
_YOUTH_WORDS: dict[str, bool] = {
    _key(word): value
    for value, words in {
        True: "نعم | شباب | شاب | شابة | 是 | 是的 | 青年 | 对 | да | молодежь | молодой",
        False: "لا | ليس | 否 | 不是 | 不 | нет | не молодежь",
    }.items()
    for word in _words(words)
}


def youth_word(text: str) -> bool | None:
    """Yes (True) or no (False) for youth in Arabic, Chinese or Russian; None if neither."""
    return _YOUTH_WORDS.get(_key(text))
