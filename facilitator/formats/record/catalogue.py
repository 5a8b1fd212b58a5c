"""The record's message catalogue: every word a record writer adds, in each language it ships in.

One catalogue for every record writer (Word, PDF, HTML, Markdown, CSV and the draft of the
Co-Chairs' summary): a message is known by its English text (as gettext knows it), and
:class:`Catalogue` gives it in one language, with its fields filled in (``str.format``). Counts
have plural forms (:meth:`Catalogue.plural`), chosen by each language's rule (French says
"1 participant", "0 participant"; English and Spanish "0 participants").

English, French and Spanish are complete (a test fails when a message lacks one of them); Arabic,
Chinese and Russian give at least the record's headings and page furniture, and fall back to
English for the rest. Dates, times and numbers follow the language too: "Wednesday 10 July 2024",
"mercredi 10 juillet 2024" and "10 h 00", "miércoles, 10 de julio de 2024" (the few rules by hand:
no locale data needed for six languages).

The catalogue is plain Python, not gettext ``.po`` files: nothing to compile at build or first
start, and mypy and the tests read it as they read the code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from facilitator.languages import LANGUAGES as ALL_LANGUAGES

#: The record's languages (the export window's list): all six (facilitator/languages.py).
LANGUAGES = ALL_LANGUAGES
#: The languages every message is translated into.
COMPLETE: tuple[str, ...] = ("en", "fr", "es")
#: The languages that give at least the headings (:data:`HEADINGS`); English for the rest.
HEADINGS_ONLY: tuple[str, ...] = ("ar", "zh", "ru")
#: The languages written right to left.
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})
DEFAULT = "en"

# ----------------------------------------------------------------------------- messages
#: msgid (the English text) → {language: text}. English is the msgid itself.
_M: dict[str, dict[str, str]] = {}
#: The msgids that Arabic, Chinese and Russian must give (the record's headings).
HEADINGS: set[str] = set()


def _msg(msgid: str, *, heading: bool = False, **texts: str) -> None:
    if msgid in _M:
        raise ValueError(f"message {msgid!r} given twice")
    _M[msgid] = texts
    if heading:
        HEADINGS.add(msgid)


# The record's headings and page furniture (every language).
_msg(
    "Meeting data",
    heading=True,
    fr="Données de la réunion",
    es="Datos de la reunión",
    ar="بيانات الاجتماع",
    zh="会议信息",
    ru="Сведения о заседании",
)
_msg(
    "Attendance",
    heading=True,
    fr="Participation",
    es="Asistencia",
    ar="الحضور",
    zh="出席情况",
    ru="Участники",
)
_msg("Annex", heading=True, fr="Annexe", es="Anexo", ar="المرفق", zh="附件", ru="Приложение")
_msg(
    "Timetable: planned and actual",
    heading=True,
    fr="Horaire : prévu et effectif",
    es="Horario: previsto y real",
    ar="الجدول الزمني: المقرر والفعلي",
    zh="时间表：计划与实际",
    ru="Расписание: план и факт",
)
_msg(
    "List of speakers",
    heading=True,
    fr="Liste des orateurs",
    es="Lista de oradores",
    ar="قائمة المتكلمين",
    zh="发言者名单",
    ru="Список ораторов",
)
_msg(
    "Speaking time by stakeholder category",
    heading=True,
    fr="Temps de parole par catégorie de parties prenantes",
    es="Tiempo de palabra por categoría de partes interesadas",
    ar="وقت الكلام حسب فئة أصحاب المصلحة",
    zh="按利益攸关方类别分列的发言时间",
    ru="Время выступлений по категориям заинтересованных сторон",
)
_msg(
    "Questions and answers",
    heading=True,
    fr="Questions et réponses",
    es="Preguntas y respuestas",
    ar="الأسئلة والأجوبة",
    zh="问答",
    ru="Вопросы и ответы",
)
_msg(
    "Other interventions",
    heading=True,
    fr="Autres interventions",
    es="Otras intervenciones",
    ar="مداخلات أخرى",
    zh="其他发言",
    ru="Другие выступления",
)
_msg(
    "Interventions on removed segments",
    heading=True,
    fr="Interventions sur des segments supprimés",
    es="Intervenciones sobre segmentos suprimidos",
    ar="مداخلات بشأن أجزاء محذوفة",
    zh="关于已删除环节的发言",
    ru="Выступления по исключённым частям",
)
_msg(
    "Interventions not tagged to a segment",
    heading=True,
    fr="Interventions non rattachées à un segment",
    es="Intervenciones no asignadas a un segmento",
    ar="مداخلات غير مرتبطة بجزء",
    zh="未归入任何环节的发言",
    ru="Выступления без привязки к части",
)
_msg(
    "{title} — {mode} record",
    heading=True,
    fr="{title} — compte rendu {mode}",
    es="{title} — acta {mode}",
    ar="{title} — محضر {mode}",
    zh="{title} — {mode}记录",
    ru="{title} — протокол ({mode})",
)
_msg(
    "attributed",
    heading=True,
    fr="nominatif",
    es="nominativa",
    ar="بذكر الأسماء",
    zh="具名",
    ru="с указанием имён",
)
_msg(
    "unattributed (Chatham House rule)",
    heading=True,
    fr="anonyme (règle de Chatham House)",
    es="anónima (regla de Chatham House)",
    ar="دون ذكر الأسماء (قاعدة تشاتام هاوس)",
    zh="不具名（查塔姆研究所规则）",
    ru="без указания имён (правило Чатем-хауса)",
)
_msg(
    "Page {page} of {pages}",
    heading=True,
    fr="Page {page} sur {pages}",
    es="Página {page} de {pages}",
    ar="الصفحة {page} من {pages}",
    zh="第 {page} 页，共 {pages} 页",
    ru="Страница {page} из {pages}",
)
_msg(
    "Co-Chairs' summary (draft)",
    heading=True,
    fr="Résumé des coprésidents (projet)",
    es="Resumen de los copresidentes (borrador)",
    ar="موجز الرئيسين المشاركين (مسودة)",
    zh="联合主席总结（草稿）",
    ru="Резюме сопредседателей (проект)",
)
_msg(
    "Introduction",
    heading=True,
    fr="Introduction",
    es="Introducción",
    ar="مقدمة",
    zh="导言",
    ru="Введение",
)
_msg(
    "Recommendations and follow-up",
    heading=True,
    fr="Recommandations et suivi",
    es="Recomendaciones y seguimiento",
    ar="التوصيات والمتابعة",
    zh="建议和后续行动",
    ru="Рекомендации и последующие действия",
)
_msg(
    "Annex: list of speakers",
    heading=True,
    fr="Annexe : liste des orateurs",
    es="Anexo: lista de oradores",
    ar="المرفق: قائمة المتكلمين",
    zh="附件：发言者名单",
    ru="Приложение: список ораторов",
)
_msg(
    "Annex: participation by stakeholder category",
    heading=True,
    fr="Annexe : participation par catégorie de parties prenantes",
    es="Anexo: participación por categoría de partes interesadas",
    ar="المرفق: المشاركة حسب فئة أصحاب المصلحة",
    zh="附件：按利益攸关方类别分列的参与情况",
    ru="Приложение: участие по категориям заинтересованных сторон",
)
_msg(
    "Statements",
    heading=True,
    fr="Déclarations",
    es="Declaraciones",
    ar="البيانات",
    zh="发言",
    ru="Заявления",
)

# Notices and labels in the proceedings.
_msg(
    "Nobody took the floor from the list of speakers.",
    fr="Personne n'a pris la parole sur la liste des orateurs.",
    es="Nadie tomó la palabra de la lista de oradores.",
)
_msg("Moderator:", fr="Modération :", es="Moderación:")
_msg("Panellists:", fr="Intervenants :", es="Panelistas:")
_msg(
    "No questions were recorded.",
    fr="Aucune question n'a été consignée.",
    es="No se registró ninguna pregunta.",
)
_msg(
    "No interventions were recorded.",
    fr="Aucune intervention n'a été consignée.",
    es="No se registró ninguna intervención.",
)
_msg("Q{number}. {question}", fr="Q{number}. {question}", es="P{number}. {question}")
_msg(
    "{question} (question since removed)",
    fr="{question} (question supprimée depuis)",
    es="{question} (pregunta suprimida posteriormente)",
)
# An entry's line: "Name (organization, category, room), kind — on: Q; Q: summary".
_msg(" (", fr=" (", es=" (")
_msg(")", fr=")", es=")")
_msg(", ", fr=", ", es=", ")
_msg(" — on: ", fr=" — sur : ", es=" — sobre: ")
_msg(" — also on: ", fr=" — également sur : ", es=" — también sobre: ")
_msg("; ", fr=" ; ", es="; ")
_msg(": ", fr=" : ", es=": ")

# The tables.
for _en, _fr, _es in (
    ("Date", "Date", "Fecha"),
    ("Venue", "Lieu", "Lugar"),
    ("Format", "Format", "Formato"),
    ("Online platform", "Plateforme en ligne", "Plataforma en línea"),
    ("Time zone", "Fuseau horaire", "Huso horario"),
    ("Record", "Compte rendu", "Acta"),
    ("Sitting", "Séance", "Sesión"),
    ("Planned", "Prévu", "Previsto"),
    ("Actual", "Effectif", "Real"),
    ("Actual start", "Début effectif", "Inicio real"),
    ("Actual end", "Fin effective", "Fin real"),
    ("Stakeholder category", "Catégorie de parties prenantes", "Categoría de partes interesadas"),
    ("Participants", "Participants", "Participantes"),
    ("Heard", "Ont pris la parole", "Tomaron la palabra"),
    ("Total", "Total", "Total"),
    ("Room or online", "Salle ou en ligne", "Sala o en línea"),
    ("Segment", "Segment", "Segmento"),
    ("Minutes (planned / used)", "Minutes (prévues / utilisées)", "Minutos (previstos / usados)"),
    ("Planned start", "Début prévu", "Inicio previsto"),
    ("Planned end", "Fin prévue", "Fin prevista"),
    ("Delay (min)", "Retard (min)", "Retraso (min)"),
    ("Speaker", "Orateur", "Orador"),
    ("Category", "Catégorie", "Categoría"),
    ("Spoke", "A parlé", "Habló"),
    ("Limit", "Limite", "Límite"),
    ("Over", "Dépassement", "Exceso"),
    ("Speakers", "Orateurs", "Oradores"),
    ("Turns", "Tours de parole", "Turnos"),
    ("Speaking time", "Temps de parole", "Tiempo de palabra"),
    ("Organization", "Organisation", "Organización"),
    ("Interventions", "Interventions", "Intervenciones"),
    # What the core names: the categories, the attendance, the kinds of intervention and of
    # segment, the meeting's format.
    ("NGO", "ONG", "ONG"),
    ("Academia", "Milieu universitaire", "Sector académico"),
    ("Private sector", "Secteur privé", "Sector privado"),
    ("State party", "État partie", "Estado parte"),
    ("Intergovernmental organization", "Organisation intergouvernementale", "Organización intergubernamental"),
    ("UN entity", "Entité des Nations Unies", "Entidad de las Naciones Unidas"),
    ("Other", "Autre", "Otro"),
    ("Room", "Salle", "Sala"),
    ("Online", "En ligne", "En línea"),
    ("Question", "Question", "Pregunta"),
    ("Statement", "Déclaration", "Declaración"),
    ("Answer (panellist)", "Réponse (intervenant)", "Respuesta (panelista)"),
    ("Recommendation", "Recommandation", "Recomendación"),
    ("Input on related activities", "Contribution sur des activités connexes", "Aporte sobre actividades conexas"),
    ("Remarks", "Allocution", "Declaración"),
    ("Briefing", "Exposé", "Exposición informativa"),
    ("Panel", "Table ronde", "Mesa redonda"),
    ("Q&A", "Questions-réponses", "Preguntas y respuestas"),
    ("Standing item", "Point permanent", "Tema permanente"),
    ("Discussion", "Débat", "Debate"),
    ("Hybrid", "Hybride", "Híbrido"),
    ("In person", "En présentiel", "Presencial"),
    ("Sitting {number}", "Séance {number}", "Sesión {number}"),
    ("{title} (removed)", "{title} (supprimé)", "{title} (suprimido)"),
    # An unattributed record's speakers.
    ("A representative of an NGO", "Un représentant d'une ONG", "Un representante de una ONG"),
    ("A representative of academia", "Un représentant du milieu universitaire", "Un representante del sector académico"),
    ("A representative of the private sector", "Un représentant du secteur privé", "Un representante del sector privado"),
    ("A representative of a State party", "Un représentant d'un État partie", "Un representante de un Estado parte"),
    (
        "A representative of an intergovernmental organization",
        "Un représentant d'une organisation intergouvernementale",
        "Un representante de una organización intergubernamental",
    ),
    ("A representative of a UN entity", "Un représentant d'une entité des Nations Unies", "Un representante de una entidad de las Naciones Unidas"),
    ("A participant", "Un participant", "Un participante"),
    ("A panellist", "Un intervenant", "Un panelista"),
    ("The moderator", "Le modérateur", "El moderador"),
    ("Panellist {number}", "Intervenant {number}", "Panelista {number}"),
    # The chart's alternative text.
    ("{label}: {minutes} min {seconds} s, {turns}", "{label} : {minutes} min {seconds} s, {turns}", "{label}: {minutes} min {seconds} s, {turns}"),
    ("Nobody spoke.", "Personne n'a pris la parole.", "Nadie tomó la palabra."),
    # The CSV files' columns (identifiers: lower case, no spaces) and yes/no.
    ("id", "id", "id"),
    ("speaker", "orateur", "orador"),
    ("organization", "organisation", "organizacion"),
    ("category", "categorie", "categoria"),
    ("room_or_online", "salle_ou_en_ligne", "sala_o_en_linea"),
    ("kind", "type", "tipo"),
    ("segments", "segments_lies", "segmentos"),
    ("guiding_questions", "questions_directrices", "preguntas_orientativas"),
    ("answers_questions", "repond_aux_questions", "responde_a_preguntas"),
    ("summary", "resume", "resumen"),
    ("start", "debut", "inicio"),
    ("end", "fin", "fin"),
    ("follow_up", "suivi", "seguimiento"),
    ("quotable", "citable", "citable"),
    ("number", "numero", "numero"),
    ("segment", "segment", "segmento"),
    ("spoken_seconds", "secondes_de_parole", "segundos_hablados"),
    ("allotted_seconds", "secondes_allouees", "segundos_asignados"),
    ("overtime_seconds", "secondes_de_depassement", "segundos_de_exceso"),
    ("item", "point", "tema"),
    ("status", "statut", "estado"),
    ("planned_start", "debut_prevu", "inicio_previsto"),
    ("planned_end", "fin_prevue", "fin_prevista"),
    ("planned_minutes", "minutes_prevues", "minutos_previstos"),
    ("actual_start", "debut_effectif", "inicio_real"),
    ("actual_end", "fin_effective", "fin_real"),
    ("actual_minutes", "minutes_utilisees", "minutos_usados"),
    ("delay_minutes", "retard_minutes", "retraso_minutos"),
    ("yes", "oui", "sí"),
    ("no", "non", "no"),
    ("pending", "à venir", "pendiente"),
    ("running", "en cours", "en curso"),
    ("paused", "en pause", "en pausa"),
    ("done", "terminé", "terminado"),
    ("skipped", "sauté", "omitido"),
    # The draft of the Co-Chairs' summary.
    (
        "A draft prepared from the session record, for the Co-Chairs and the Secretariat to edit."
        " The points are the summaries as they were captured.",
        "Projet établi à partir du compte rendu de la séance, que les coprésidents et le"
        " Secrétariat modifieront. Les points sont les résumés tels qu'ils ont été saisis.",
        "Borrador preparado a partir del acta de la sesión, para que los copresidentes y la"
        " Secretaría lo editen. Los puntos son los resúmenes tal como se registraron.",
    ),
    ("The meeting was held on {date}", "La réunion s'est tenue le {date}", "La reunión se celebró el {date}"),
    (" at {venue}", " ({venue})", " en {venue}"),
    (", in a hybrid format", ", en format hybride", ", en formato híbrido"),
    (", in an in person format", ", en présentiel", ", de forma presencial"),
    (", in an online format", ", en ligne", ", en línea"),
    (", in {format} format", ", au format {format}", ", en formato {format}"),
    (
        " (online participation through {platform})",
        " (participation en ligne via {platform})",
        " (participación en línea a través de {platform})",
    ),
    ("{count} in the room", "{count} en salle", "{count} en la sala"),
    ("{count} online", "{count} en ligne", "{count} en línea"),
    (
        ": by stakeholder category, {categories}",
        " ; par catégorie de parties prenantes : {categories}",
        "; por categoría de partes interesadas: {categories}",
    ),
    ("No participants were registered.", "Aucun participant n'était inscrit.", "No había participantes inscritos."),
    ("Briefings and remarks: ", "Exposés et allocutions : ", "Exposiciones y declaraciones: "),
    ("Moderator: ", "Modération : ", "Moderación: "),
    ("Panellists: ", "Intervenants : ", "Panelistas: "),
    (
        "Not answered during the session: {questions} ({categories})",
        "Sans réponse pendant la séance : {questions} ({categories})",
        "Sin respuesta durante la sesión: {questions} ({categories})",
    ),
    ("Answers:", "Réponses :", "Respuestas:"),
    ("No points were recorded.", "Aucun point n'a été consigné.", "No se registró ningún punto."),
    (
        "No recommendation or follow-up was flagged.",
        "Aucune recommandation ni aucun suivi n'a été signalé.",
        "No se señaló ninguna recomendación ni seguimiento.",
    ),
    ("recommendation", "recommandation", "recomendación"),
    ("follow-up", "suivi", "seguimiento"),
    ("Nobody had the floor.", "Personne n'a eu la parole.", "Nadie tuvo la palabra."),
    (" ({kind}; no summary was captured)", " ({kind} ; aucun résumé n'a été saisi)", " ({kind}; no se registró ningún resumen)"),
    ("participants of no stated category", "participants sans catégorie déclarée", "participantes sin categoría declarada"),
    ("by nobody", "par personne", "por nadie"),
    ("by {categories}", "par {categories}", "por {categories}"),
    ("{first} and {last}", "{first} et {last}", "{first} y {last}"),
):  # fmt: skip
    _msg(_en, fr=_fr, es=_es)

# A fair floor (issue 21): gender and youth, budgets, points of order and rights of reply.
_msg(
    "Points of order and rights of reply",
    heading=True,
    fr="Motions d'ordre et droits de réponse",
    es="Cuestiones de orden y derechos de respuesta",
    ar="نقاط النظام وحق الرد",
    zh="程序问题和答辩权",
    ru="Выступления по порядку ведения заседания и права на ответ",
)
_msg(
    "Speaking time by gender and youth",
    heading=True,
    fr="Temps de parole par genre et selon l'âge (jeunes)",
    es="Tiempo de palabra por género y juventud",
    ar="وقت الكلام حسب النوع الاجتماعي والشباب",
    zh="按性别和青年分列的发言时间",
    ru="Время выступлений в разбивке по полу и молодежи",
)
_msg(
    "Time budgets by stakeholder group",
    heading=True,
    fr="Budgets de temps par groupe de parties prenantes",
    es="Presupuestos de tiempo por grupo de partes interesadas",
    ar="ميزانيات الوقت حسب فئة أصحاب المصلحة",
    zh="按利益攸关方群体分列的时间预算",
    ru="Лимиты времени по группам заинтересованных сторон",
)
for _en, _fr, _es in (
    ("Gender", "Genre", "Género"),
    ("Youth", "Jeunes", "Jóvenes"),
    ("Woman", "Femme", "Mujer"),
    ("Man", "Homme", "Hombre"),
    ("Non-binary or other", "Non binaire ou autre", "No binario u otro"),
    ("Not stated", "Non précisé", "No indicado"),
    ("Not youth", "Non jeunes", "No jóvenes"),
    ("Stakeholder group", "Groupe de parties prenantes", "Grupo de partes interesadas"),
    ("Budget", "Budget", "Presupuesto"),
    ("Used", "Utilisé", "Utilizado"),
    ("Left", "Restant", "Restante"),
    ("over by {time}", "dépassé de {time}", "superado en {time}"),
    ("Point of order", "Motion d'ordre", "Cuestión de orden"),
    ("Right of reply", "Droit de réponse", "Derecho de respuesta"),
    ("not named", "non nommé", "sin nombre"),
    ("{kind}: {speaker}", "{kind} : {speaker}", "{kind}: {speaker}"),
    (
        "{time} — {kind} — {who}, {segment}, {spoken}",
        "{time} — {kind} — {who}, {segment}, {spoken}",
        "{time} — {kind} — {who}, {segment}, {spoken}",
    ),
    ("; {name} resumed after it", " ; {name} a repris ensuite", "; {name} continuó después"),
):  # fmt: skip
    _msg(_en, fr=_fr, es=_es)

# ----------------------------------------------------------------------------- plurals
#: msgid (the English plural) → {language: its forms, in the order of its plural rule}; English
#: forms are (one, other).
_P: dict[str, dict[str, tuple[str, ...]]] = {}


def _plural_msg(one: str, other: str, **forms: tuple[str, ...]) -> None:
    _P[other] = {"en": (one, other), **forms}


_plural_msg("{n} turn", "{n} turns", fr=("{n} tour", "{n} tours"), es=("{n} turno", "{n} turnos"))
_plural_msg(
    "{n} participant registered",
    "{n} participants registered",
    fr=("{n} participant inscrit", "{n} participants inscrits"),
    es=("{n} participante inscrito", "{n} participantes inscritos"),
)
_plural_msg(
    "{n} participant took the floor.",
    "{n} participants took the floor.",
    fr=("{n} participant a pris la parole.", "{n} participants ont pris la parole."),
    es=("{n} participante tomó la palabra.", "{n} participantes tomaron la palabra."),
)
_plural_msg(
    "{n} question",
    "{n} questions",
    fr=("{n} question", "{n} questions"),
    es=("{n} pregunta", "{n} preguntas"),
)
_plural_msg(
    "{n} question raised, {categories}.",
    "{n} questions raised, {categories}.",
    fr=("{n} question posée, {categories}.", "{n} questions posées, {categories}."),
    es=("{n} pregunta formulada, {categories}.", "{n} preguntas formuladas, {categories}."),
)
_plural_msg(
    "{n} question ({categories}), answered:",
    "{n} questions ({categories}), answered:",
    fr=("{n} question ({categories}), avec réponse :", "{n} questions ({categories}), avec réponse :"),
    es=("{n} pregunta ({categories}), respondida:", "{n} preguntas ({categories}), respondidas:"),
)  # fmt: skip
_plural_msg(
    "{n} intervention, {categories}.",
    "{n} interventions, {categories}.",
    fr=("{n} intervention, {categories}.", "{n} interventions, {categories}."),
    es=("{n} intervención, {categories}.", "{n} intervenciones, {categories}."),
)


def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _french(n: int) -> int:
    return 0 if n in (0, 1) else 1


def _russian(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _arabic(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if 11 <= n % 100 <= 99:
        return 4
    return 5


#: Each language's plural rule: a count → the index of its form.
PLURAL_RULES: Mapping[str, Callable[[int], int]] = {
    "en": _one_other,
    "fr": _french,
    "es": _one_other,
    "ru": _russian,
    "ar": _arabic,
    "zh": lambda n: 0,
}
#: How many plural forms each language has.
PLURAL_FORMS: Mapping[str, int] = {"en": 2, "fr": 2, "es": 2, "ru": 3, "ar": 6, "zh": 1}

# ----------------------------------------------------------------------------- dates
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "zh": tuple(f"{n}月" for n in range(1, 13)),
    "ru": (  # in the genitive, as a date says them
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The record's messages, dates, times and numbers in one ``language`` (a code of
    :data:`LANGUAGES`)."""

    language: str = DEFAULT

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ValueError(f"unknown record language {self.language!r}: use one of {known}")

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def __call__(self, msgid: str, **fields: object) -> str:
        """The message ``msgid`` in this language (English where it has none), its fields
        filled in."""
        texts = _M.get(msgid)
        if texts is None:
            raise KeyError(f"no such record message: {msgid!r}")
        text = texts.get(self.language, msgid)
        return text.format(**fields) if fields else text

    def plural(self, msgid: str, n: int, **fields: object) -> str:
        """The plural message ``msgid`` (its English plural) for the count ``n``, which fills
        ``{n}`` (as this language writes numbers)."""
        forms = _P[msgid]
        language = self.language if self.language in forms else "en"
        chosen = forms[language]
        index = min(PLURAL_RULES[language](n), len(chosen) - 1)
        return chosen[index].format(n=self.number(n), **fields)

    def number(self, n: int) -> str:
        """A whole number: "1234" in English (as the record always wrote it), "1 234" in French
        (a narrow no-break space), "1234" and "12 345" in Spanish."""
        text = f"{abs(n):,}"
        if self.language in ("en", "zh", "ar"):
            text = str(abs(n))
        elif self.language == "fr":
            text = text.replace(",", "\u202f")
        elif self.language == "es":
            text = text.replace(",", "\u00a0") if abs(n) >= 10_000 else str(abs(n))
        elif self.language == "ru":
            text = text.replace(",", "\u00a0")
        return ("-" if n < 0 else "") + text

    def long_date(self, date: dt.date) -> str:
        """ "Wednesday 10 July 2024", "mercredi 10 juillet 2024", "miércoles, 10 de julio de
        2024"."""
        day = _WEEKDAYS[self.language][date.weekday()]
        month = _MONTHS[self.language][date.month - 1]
        if self.language == "es":
            return f"{day}, {date.day} de {month} de {date.year}"
        if self.language == "zh":
            return f"{date.year}年{month}{date.day}日{day}"
        if self.language == "ru":
            return f"{day}, {date.day} {month} {date.year} г."
        if self.language == "ar":
            return f"{day} {date.day} {month} {date.year}"
        return f"{day} {date.day} {month} {date.year}"

    def time(self, moment: dt.datetime | dt.time) -> str:
        """A time of day: "10:00"; "10 h 00" in French."""
        if self.language == "fr":
            return f"{moment.hour} h {moment.minute:02d}"
        return f"{moment.hour:02d}:{moment.minute:02d}"


ENGLISH_CATALOGUE = Catalogue()


def messages() -> Mapping[str, Mapping[str, str]]:
    """Every message, by msgid (for the tests: each shipped language gives each)."""
    return _M


def plurals() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """Every plural message, by its English plural, with each language's forms."""
    return _P
