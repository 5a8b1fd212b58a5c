"""The words of registration lists: column headings and cell values in English, French and Spanish,
as the forms and spreadsheets of real meetings write them.

Everything is compared after :func:`fold`: lower case, accents off, punctuation as spaces. Values
are recognised by whole words and phrases ("un" is the United Nations, "fun" is not); when
several phrases match, the longest wins ("non-governmental" over "governmental").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

# ---------------------------------------------------------------------------------------------
# Text

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufeff\ufff9-\ufffb]")
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")
_NOT_WORD = re.compile(r"[\W_]+")


def clean(text: str) -> str:
    """``text`` on one line: trimmed, every run of spaces, tabs and line breaks made one space,
    NUL and the other control characters removed; nothing else changed (any script, direction
    marks, emoji). The same form as the meeting's own participants (``clean_text``)."""
    if not text.isprintable():
        text = _CONTROLS.sub("", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """``text`` for comparison: NFKC, case-folded, Latin accents off, every run of punctuation
    and spaces one space. Letters of every script are kept (marks of other scripts too)."""
    if text.isascii():
        return " ".join(_NOT_WORD.sub(" ", text.lower()).split())
    text = unicodedata.normalize("NFKD", text.casefold())
    text = unicodedata.normalize("NFKC", _LATIN_ACCENTS.sub("", text))
    # Punctuation, symbols and spaces become spaces; letters, digits and marks (the vowel signs
    # of Devanagari, say) stay.
    return " ".join(
        "".join(
            ch if ch.isalnum() or unicodedata.category(ch)[0] == "M" else " " for ch in text
        ).split()
    )


def identity_key(text: str) -> str:
    """The key under which two spellings of a name or organization count as the same: folded,
    or (for a name made only of symbols or emoji) the case-folded text itself."""
    return fold(text) or " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _split(text: str) -> tuple[str, ...]:
    """The phrases of a "a | b | c" list."""
    return tuple(phrase.strip() for phrase in text.split("|"))


def _phrases(table: dict[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    for value, phrases in table.items():
        for phrase in phrases:
            key = tuple(fold(phrase).split())
            assert key not in found or found[key] == value, phrase
            found[key] = value
    return found


def _matches(
    words: Sequence[str], phrases: dict[tuple[str, ...], str]
) -> list[tuple[int, int, str]]:
    """Every (start, end, value) of a phrase found among ``words``."""
    found = []
    n = len(words)
    for start in range(n):
        for end in range(start + 1, min(n, start + 6) + 1):
            value = phrases.get(tuple(words[start:end]))
            if value is not None:
                found.append((start, end, value))
    return found


def _longest(text: str, phrases: dict[tuple[str, ...], str]) -> str | None:
    words = fold(text).split()
    found = _matches(words, phrases)
    if not found:
        return None
    # The longest phrase in characters; on a tie, the first in the text.
    return max(found, key=lambda m: (len(" ".join(words[m[0] : m[1]])), -m[0]))[2]


# ---------------------------------------------------------------------------------------------
# Stakeholder categories (the keys are Category's member names)

_CATEGORY_WORDS: dict[str, Iterable[str]] = {
    "NGO": _split(
        "ngo | ngos | ong | ongs | cso | csos | nonprofit | non profit | not for profit | "
        "civil society | civil society organization | civil society organisation | "
        "société civile | sociedad civil | non governmental | nongovernmental | "
        "non gouvernemental | non gouvernementale | no gubernamental | sans but lucratif | "
        "sin fines de lucro | sin ánimo de lucro | foundation | fondation | fundación | "
        "association | asociación | charity | community based | faith based | grassroots | "
        "human rights defender | human rights defenders | survivor | survivors | "
        "survivor led | youth organization | youth organisation | women's organization | "
        "women's organisation | cbo | fbo"
    ),
    "ACADEMIA": _split(
        "academia | academic | academics | academy | academic institution | university | "
        "universities | université | universidad | universidade | universitaire | "
        "milieu universitaire | académique | académico | académica | mundo académico | "
        "college | school | research | researcher | researchers | research institute | "
        "research institution | research centre | research center | recherche | "
        "investigación | think tank | think tanks | scholar | student | students | étudiant | "
        "estudiante | scientific | science"
    ),
    "PRIVATE_SECTOR": _split(
        "private sector | private | business | businesses | company | companies | corporate | "
        "corporation | industry | industries | enterprise | enterprises | entreprise | "
        "entreprises | secteur privé | privé | privée | sector privado | privado | privada | "
        "empresa | empresas | for profit | firm | law firm | commercial | "
        "chamber of commerce | employer | employers | tech company | financial institution | "
        "bank"
    ),
    "STATE_PARTY": _split(
        "state party | states party | state parties | states parties | member state | "
        "member states | un member state | united nations member state | état partie | "
        "états parties | état membre | états membres | estado parte | estados partes | "
        "estado miembro | estados miembros | state | states | government | governments | "
        "governmental | gouvernement | gouvernemental | gobierno | gubernamental | "
        "national authority | national authorities | ministry | ministère | ministerio | "
        "permanent mission | mission permanente | misión permanente | delegation | "
        "délégation | delegación | public sector | public authority | law enforcement | "
        "parliament | parliamentarian | parlement | parlamento"
    ),
    "INTERGOVERNMENTAL": _split(
        "igo | igos | oig | intergovernmental | inter governmental | "
        "intergovernmental organization | intergovernmental organisation | "
        "intergouvernemental | intergouvernementale | intergubernamental | "
        "international organization | international organisation | "
        "organisation internationale | organización internacional | regional organization | "
        "regional organisation | organisation régionale | organización regional | "
        "european union | african union | council of europe | osce | interpol | europol | "
        "oas | asean | oecd"
    ),
    "UN_ENTITY": _split(
        "un | u n | united nations | nations unies | naciones unidas | onu | un entity | "
        "un entities | un agency | un agencies | un system | un body | un secretariat | "
        "united nations entity | united nations agency | united nations system | "
        "specialized agency | specialised agency | entité des nations unies | "
        "entidad de las naciones unidas | unodc | undp | unicef | unhcr | unfpa | unesco | "
        "unep | unops | unitar | unicri | ohchr | wfp | fao | ilo | iom | who | un women | "
        "unwomen | unaids | unctad | unu | un habitat | unido | ifad | iaea | itu | imo | "
        "icao | unoct | ocha | dppa | desa"
    ),
    "OTHER": _split(
        "other | others | autre | autres | otro | otros | otra | otras | individual | "
        "individuals | individuel | particulier | particular | independent | "
        "independent expert | expert | media | press | journalist | médias | prensa | "
        "trade union | trade unions | syndicat | sindicato | non state | non state actor"
    ),
}
_CATEGORY_PHRASES = _phrases(_CATEGORY_WORDS)

_NOT_GIVEN = frozenset(
    fold(word)  # "-", "?" and the like fold to ""
    for word in _split(
        " | n/a | na | n.a. | - | -- | ? | none | unknown | not specified | not applicable | "
        "prefer not to say | prefer not to answer | sans objet | non précisé | "
        "je préfère ne pas répondre | no aplica | prefiero no decirlo | "
        "prefiero no responder | ne souhaite pas répondre"
    )
)


def category_key(text: str) -> str | None:
    """The member name of the stakeholder category ``text`` names, or None when it names none
    of them (or nothing at all)."""
    return _longest(text, _CATEGORY_PHRASES)


# ---------------------------------------------------------------------------------------------
# Attendance

_ATTENDANCE_WORDS: dict[str, Iterable[str]] = {
    "ROOM": _split(
        "in person | inperson | in presence | en personne | en persona | presencial | "
        "presencialmente | présentiel | en présentiel | present | physical | physically | "
        "physique | présence physique | onsite | on site | sur place | in situ | room | "
        "in the room | salle | sala | vienna | vienne | viena | vic | boardroom | "
        "face to face | f2f | in person vienna | attending in person | conference room"
    ),
    "ONLINE": _split(
        "online | on line | virtual | virtually | virtuel | virtuelle | virtualmente | "
        "remote | remotely | remoto | a distance | à distance | distanciel | en distanciel | "
        "a distancia | en ligne | en línea | teams | ms teams | microsoft teams | zoom | "
        "webex | interactio | video | videoconference | video conference | visioconférence | "
        "videoconferencia | virtual room | online room"
    ),
}
_ATTENDANCE_PHRASES = _phrases(_ATTENDANCE_WORDS)


def attendance_key(text: str) -> str | None:
    """``"ROOM"`` or ``"ONLINE"``, or None when ``text`` says neither, or both ("in person or
    online", "hybrid")."""
    words = fold(text).split()
    found = _matches(words, _ATTENDANCE_PHRASES)
    # Keep only the phrases not inside a longer one ("virtual room" hides "room").
    outer = [m for m in found if not any(o != m and o[0] <= m[0] and m[1] <= o[1] for o in found)]
    values = {m[2] for m in outer}
    return values.pop() if len(values) == 1 else None


# ---------------------------------------------------------------------------------------------
# Youth

YOUTH_AGE_LIMIT = 30
"""Youth means under 30 (aged 29 or less), as the registration forms ask ("Youth (under 30)")."""

_YES = frozenset(
    fold(w)
    for w in _split(
        "yes | y | true | 1 | x | oui | o | si | sí | ja | youth | young | young person | "
        "jeune | joven | checked | vrai | verdadero | yes youth"
    )
)
_YES_SYMBOLS = frozenset("✓✔☑")
_NO = frozenset(
    fold(w)
    for w in _split(
        "no | n | false | 0 | non | not | nope | faux | falso | not youth | adult | adulte | adulto"
    )
)
_UNIT = r"(?:\s*(?:years?(?: old)?|yrs?|y\.?o\.?|ans|anos|años))?"
_AGE = re.compile(r"^(\d{1,3})(?:[.,]0+)?" + _UNIT + "$")
_RANGE = re.compile(r"^(\d{1,3})\s*(?:-|–|—|to|a|à|y)\s*(\d{1,3})" + _UNIT + "$")
_UNDER = re.compile(
    r"(?:^|\b)(?:under|below|less than|younger than|moins de|menos de|<|<=|≤)\s*(\d{1,3})"
    + _UNIT
    + r"(?:\b|$)"
)
_OVER = re.compile(
    r"(?:^|\b)(?:over|above|more than|older than|plus de|más de|mas de|>|>=|≥)\s*(\d{1,3})"
    + _UNIT
    + r"(?:\b|$)"
)
_PLUS = re.compile(r"^(\d{1,3})\s*\+$")


class Unknown:
    """The type of :data:`UNKNOWN`."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()
"""A value that is given but not understood."""


def not_given(text: str) -> bool:
    """Whether ``text`` says nothing: empty, only punctuation, "n/a", "none", "prefer not to
    say"…"""
    return fold(text) in _NOT_GIVEN


def youth_value(text: str, *, age_limit: int = YOUTH_AGE_LIMIT) -> bool | Unknown | None:
    """Whether ``text`` declares a young person: yes/no words in three languages, 1/0, an x or a
    tick, an age (youth when under ``age_limit``), an age range, "under 25", "over 30", "30+".
    None when nothing is declared ("", "n/a", "prefer not to say"); :data:`UNKNOWN` when it cannot
    tell (a date of birth, "maybe", an age range across the limit)."""
    raw = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    if raw in _YES_SYMBOLS:
        return True
    folded = fold(text)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    if folded in _NOT_GIVEN and not any(ch.isdigit() for ch in raw):
        return None
    match = _AGE.match(raw)
    if match:
        age = int(match.group(1))
        return age < age_limit if 2 <= age <= 120 else UNKNOWN
    match = _RANGE.match(raw)
    if match:
        low, high = int(match.group(1)), int(match.group(2))
        if low > high:
            return UNKNOWN
        if high < age_limit:
            return True
        return False if low >= age_limit else UNKNOWN
    match = _PLUS.match(raw)
    if match:  # N+: aged N at least
        return False if int(match.group(1)) >= age_limit else UNKNOWN
    under, over = _UNDER.search(raw), _OVER.search(raw)
    if under and not over:  # under N: aged N-1 at most ("Yes, I am under 30")
        return True if int(under.group(1)) <= age_limit else UNKNOWN
    if over and not under:  # over N: aged N+1 at least
        return False if int(over.group(1)) >= age_limit - 1 else UNKNOWN
    first = folded.split()[0] if folded else ""
    if first in {"yes", "oui", "si"}:
        return True
    if first in {"no", "non"}:
        return False
    return UNKNOWN


# ---------------------------------------------------------------------------------------------
# Column headings

FIELDS = (
    "name",
    "first_name",
    "last_name",
    "organization",
    "category",
    "attendance",
    "gender",
    "youth",
)
"""The fields a column can give, in the order a mapping step shows them."""

# For each field, the headings that name it. A heading that *is* one of these phrases names the
# field; one that *contains* one names it too, unless it also contains a word of _NOT_A_FIELD
# ("E-mail of participant" is not the name). When a heading contains phrases of several fields,
# the longest phrase wins, then the field listed first here ("Type of organization" is the
# category, "Name of organization" the organization).
_HEADER_WORDS: dict[str, Iterable[str]] = {
    "attendance": _split(
        "attendance | attend | attending | participation | participate | participating | "
        "mode | modality | modalité | modalidad | in person | online | onsite | on site | "
        "virtual | remote | présence | presence | presencial | format | venue | "
        "mode of participation | type of participation | participation type | "
        "participation mode | in person online | in person or online | en personne | "
        "en ligne | participer | participar | forme de participation | "
        "modalité de participation | modalidad de participación | tipo de participación | "
        "how will you attend | how will you participate | asistencia | connection"
    ),
    "category": _split(
        "category | catégorie | categoría | type | tipo | kind | sector | secteur | "
        "constituency | stakeholder | stakeholders | stakeholder type | stakeholder group | "
        "stakeholder category | type of stakeholder | type of organization | "
        "type of organisation | organization type | organisation type | type d'organisation | "
        "type d'organisme | type de partie prenante | catégorie de partie prenante | "
        "partie prenante | parties prenantes | tipo de organización | tipo de entidad | "
        "tipo de actor | grupo de interés | actor | entity type | affiliation type | "
        "category of stakeholder | stakeholder type category"
    ),
    "youth": _split(
        "youth | young | young person | jeune | jeunes | jeunesse | joven | jóvenes | "
        "juventud | age | âge | edad | age group | age range | tranche d'âge | grupo de edad | "
        "rango de edad | under 30 | youth under 30 | moins de 30 ans | menos de 30 años | "
        "are you under 30"
    ),
    "gender": ("gender", "sex", "genre", "sexe", "género", "sexo", "gender identity"),
    "organization": _split(
        "org | organization | organisation | organizations | organisations | organización | "
        "organizacion | organisme | organismo | entity | entité | entidad | affiliation | "
        "affiliated | institution | institución | company | employer | agency | employeur | "
        "empresa | delegation | délégation | delegación | representing | represented | "
        "on behalf of | au nom de | en nombre de | ngo | ong | stakeholder name | "
        "name of organization | name of organisation | organization name | organisation name | "
        "nom de l'organisation | nom de l organisme | nombre de la organización | "
        "organization entity | organisation entity | university | institution organization"
    ),
    "last_name": _split(
        "last name | lastname | surname | surnames | family name | family names | "
        "nom de famille | apellido | apellidos | primer apellido | last | family | name last | "
        "nom de famille"
    ),
    "first_name": _split(
        "first name | firstname | first names | given name | given names | forename | "
        "forenames | prénom | prénoms | primer nombre | first | given | name first | "
        "nombre de pila | nombre s"
    ),
    "name": _split(
        "name | names | full name | fullname | full names | participant | participants | "
        "participant name | participant's name | name of participant | "
        "name of the participant | participant full name | speaker | speaker name | delegate | "
        "delegate name | representative | name of representative | attendee | attendee name | "
        "registrant | contact | contact name | contact person | person | your name | "
        "name surname | first and last name | first name and last name | "
        "first name last name | name and surname | last name first name | surname name | nom | "
        "noms | nom complet | nom et prénom | nom et prénoms | prénom et nom | nom prénom | "
        "prénom nom | nom du participant | nom de la personne | nombre | nombres | "
        "nombre completo | nombre y apellido | nombre y apellidos | nombres y apellidos | "
        "apellido y nombre | apellidos y nombres | apellidos nombre | "
        "nombre del participante | name in full"
    ),
}
_HEADER_PHRASES: dict[tuple[str, ...], str] = {}
for _field in reversed(FIELDS):  # the earlier field keeps a phrase listed twice
    for _phrase in _HEADER_WORDS.get(_field, ()):
        _HEADER_PHRASES[tuple(fold(_phrase).split())] = _field
_FIELD_RANK = {
    f: i
    for i, f in enumerate(
        (
            "attendance",
            "category",
            "youth",
            "gender",
            "organization",
            "last_name",
            "first_name",
            "name",
        )
    )
}
_NOT_A_FIELD = frozenset(
    fold(word)
    for word in _split(
        "email | e mail | mail | emails | courriel | correo | phone | telephone | téléphone | "
        "teléfono | tel | mobile | cell | whatsapp | country | countries | pays | país | "
        "nationality | nationalité | nacionalidad | city | ville | ciudad | address | "
        "adresse | dirección | website | web | url | site | title | titre | título | "
        "position | job | function | fonction | función | cargo | poste | id | number | "
        "numéro | número | date | fecha | signature | comment | comments | remarks | "
        "observations | notes | note | badge | passport | passeport | pasaporte | code | "
        "time | timestamp | submitted | password | username | user | login | linkedin | "
        "twitter | handle | social | photo | picture | visa | dietary | language | langue | "
        "idioma | interpretation | consent | question | questions | topic | speaking | "
        "intervention | statement | panel | birth | naissance | nacimiento | bio | biography | "
        "description | logo | acronym | sigle | sigla | abbreviation | link | lien | enlace | "
        "hotel | flight"
    )
)
BARE_NAMES = frozenset({"name", "names", "nom", "noms", "nombre", "nombres"})


def header_field(header: str) -> tuple[str, int] | None:
    """The field a column heading names and how surely: 2 when the heading is one of the field's
    phrases, 1 when it contains one; None when it names no field."""
    words = fold(header).split()
    if not words:
        return None
    exact = _HEADER_PHRASES.get(tuple(words))
    if exact is not None:
        return exact, 2
    if any(word in _NOT_A_FIELD for word in words) or any(
        " ".join(words[i : i + 2]) in _NOT_A_FIELD for i in range(len(words) - 1)
    ):
        return None
    found = _matches(words, _HEADER_PHRASES)
    if not found:
        return None
    best = max(found, key=lambda m: (m[1] - m[0], -_FIELD_RANK[m[2]]))
    return best[2], 1
