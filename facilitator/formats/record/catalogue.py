"""The record's message catalogue: every word a record writer adds, in each language it ships in.

One catalogue for every record writer (Word, PDF, HTML, Markdown, CSV and the draft of the
Co-Chairs' summary): a message is known by its English text (as gettext knows it), and
:class:`Catalogue` gives it in one language, with its fields filled in (``str.format``). Counts
have plural forms (:meth:`Catalogue.plural`), chosen by each language's rule (French says
"1 participant", "0 participant"; English and Spanish "0 participants").

The six official languages of the United Nations are complete (a test fails when a message lacks
one of them): English, French and Spanish, and Arabic, Chinese and Russian as the Organization's
documents write them. Dates, times and numbers follow the language too: "Wednesday 10 July 2024",
"mercredi 10 juillet 2024" and "10 h 00", "miércoles, 10 de julio de 2024", "الأربعاء 10
تموز/يوليه 2024", "2024年7月10日星期三", "среда, 10 июля 2024 г." (the few rules by hand: no
locale data needed for six languages).

The catalogue is plain Python, not gettext ``.po`` files: nothing to compile at build or first
start, and mypy and the tests read it as they read the code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from facilitator.formats.record.files import for_right_to_left
from facilitator.languages import LANGUAGES as ALL_LANGUAGES

#: The record's languages (the export window's list): all six (facilitator/languages.py).
LANGUAGES = ALL_LANGUAGES
#: The languages every message is translated into: all six.
COMPLETE: tuple[str, ...] = tuple(LANGUAGES)
#: The languages written right to left.
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})
DEFAULT = "en"

# ----------------------------------------------------------------------------- messages
#: msgid (the English text) → {language: text}. English is the msgid itself.
_M: dict[str, dict[str, str]] = {}


def _msg(msgid: str, **texts: str) -> None:
    if msgid in _M:
        raise ValueError(f"message {msgid!r} given twice")
    _M[msgid] = texts


# The record's headings and page furniture.
_msg(
    "Meeting data",
    fr="Données de la réunion",
    es="Datos de la reunión",
    ar="بيانات الاجتماع",
    zh="会议信息",
    ru="Сведения о совещании",
)
_msg(
    "Attendance",
    fr="Participation",
    es="Asistencia",
    ar="الحضور",
    zh="出席情况",
    ru="Участники",
)
_msg("Annex", fr="Annexe", es="Anexo", ar="المرفق", zh="附件", ru="Приложение")
_msg(
    "Timetable: planned and actual",
    fr="Horaire : prévu et effectif",
    es="Horario: previsto y real",
    ar="الجدول الزمني: المخطط والفعلي",
    zh="时间表：计划与实际",
    ru="Расписание: план и факт",
)
_msg(
    "List of speakers",
    fr="Liste des orateurs",
    es="Lista de oradores",
    ar="قائمة المتكلمين",
    zh="发言者名单",
    ru="Список ораторов",
)
_msg(
    "Speaking time by stakeholder category",
    fr="Temps de parole par catégorie de parties prenantes",
    es="Tiempo de palabra por categoría de partes interesadas",
    ar="وقت الكلام حسب فئة أصحاب المصلحة",
    zh="按利益攸关方类别分列的发言时间",
    ru="Время выступлений по категориям заинтересованных сторон",
)
_msg(
    "Questions and answers",
    fr="Questions et réponses",
    es="Preguntas y respuestas",
    ar="الأسئلة والأجوبة",
    zh="问答",
    ru="Вопросы и ответы",
)
_msg(
    "Other interventions",
    fr="Autres interventions",
    es="Otras intervenciones",
    ar="مداخلات أخرى",
    zh="其他发言",
    ru="Другие выступления",
)
_msg(
    "Interventions on removed segments",
    fr="Interventions sur des segments supprimés",
    es="Intervenciones sobre segmentos suprimidos",
    ar="مداخلات بشأن أجزاء محذوفة",
    zh="关于已删除环节的发言",
    ru="Выступления по исключенным частям",
)
_msg(
    "Interventions not tagged to a segment",
    fr="Interventions non rattachées à un segment",
    es="Intervenciones no asignadas a un segmento",
    ar="مداخلات غير مرتبطة بجزء",
    zh="未归入任何环节的发言",
    ru="Выступления без привязки к части",
)
_msg(
    "{title} — {mode} record",
    fr="{title} — compte rendu {mode}",
    es="{title} — acta {mode}",
    ar="{title} — محضر {mode}",
    zh="{title} — {mode}记录",
    ru="{title} — протокол ({mode})",
)
_msg(
    "attributed",
    fr="nominatif",
    es="nominativa",
    ar="بذكر الأسماء",
    zh="具名",
    ru="с указанием имен",
)
_msg(
    "unattributed (Chatham House rule)",
    fr="anonyme (règle de Chatham House)",
    es="anónima (regla de Chatham House)",
    ar="دون ذكر الأسماء (قاعدة تشاتام هاوس)",
    zh="不具名（查塔姆研究所规则）",
    ru="без указания имен (правило Чатем-хауса)",
)
_msg(
    "Page {page} of {pages}",
    fr="Page {page} sur {pages}",
    es="Página {page} de {pages}",
    ar="الصفحة {page} من {pages}",
    zh="第 {page} 页，共 {pages} 页",
    ru="Страница {page} из {pages}",
)
_msg(
    "Co-Chairs' summary (draft)",
    fr="Résumé des coprésidents (projet)",
    es="Resumen de los copresidentes (borrador)",
    ar="موجز الرئيسين المشاركين (مسودة)",
    zh="联合主席总结（草稿）",
    ru="Резюме сопредседателей (проект)",
)
_msg(
    "Introduction",
    fr="Introduction",
    es="Introducción",
    ar="مقدمة",
    zh="导言",
    ru="Введение",
)
_msg(
    "Recommendations and follow-up",
    fr="Recommandations et suivi",
    es="Recomendaciones y seguimiento",
    ar="التوصيات والمتابعة",
    zh="建议和后续行动",
    ru="Рекомендации и последующие действия",
)
_msg(
    "Annex: list of speakers",
    fr="Annexe : liste des orateurs",
    es="Anexo: lista de oradores",
    ar="المرفق: قائمة المتكلمين",
    zh="附件：发言者名单",
    ru="Приложение: список ораторов",
)
_msg(
    "Annex: participation by stakeholder category",
    fr="Annexe : participation par catégorie de parties prenantes",
    es="Anexo: participación por categoría de partes interesadas",
    ar="المرفق: المشاركة حسب فئة أصحاب المصلحة",
    zh="附件：按利益攸关方类别分列的参与情况",
    ru="Приложение: участие по категориям заинтересованных сторон",
)
_msg(
    "Statements",
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
# A sentence's full stop, at the end of a paragraph and between two sentences (Chinese: "。").
_msg(".", fr=".", es=".")
_msg(". ", fr=". ", es=". ")

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
    fr="Motions d'ordre et droits de réponse",
    es="Cuestiones de orden y derechos de respuesta",
    ar="نقاط النظام وحق الرد",
    zh="程序问题和答辩权",
    ru="Выступления по порядку ведения заседания и права на ответ",
)
_msg(
    "Speaking time by gender and youth",
    fr="Temps de parole par genre et selon l'âge (jeunes)",
    es="Tiempo de palabra por género y juventud",
    ar="وقت الكلام حسب النوع الاجتماعي والشباب",
    zh="按性别和青年分列的发言时间",
    ru="Время выступлений в разбивке по полу и возрасту (молодежь)",
)
_msg(
    "Time budgets by stakeholder group",
    fr="Budgets de temps par groupe de parties prenantes",
    es="Presupuestos de tiempo por grupo de partes interesadas",
    ar="حصص الوقت حسب فئة أصحاب المصلحة",
    zh="按利益攸关方群体分列的时间配额",
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


# ----------------------------------------------------------------------------- ar, zh, ru
def _translate(language: str, texts: Mapping[str, str]) -> None:
    """Give the messages ``texts`` (msgid → text) in ``language``: each a message of the
    catalogue, not given in that language yet."""
    for msgid, text in texts.items():
        found = _M.get(msgid)
        if found is None:
            raise KeyError(f"no such record message: {msgid!r}")
        if language in found:
            raise ValueError(f"message {msgid!r} given twice in {language!r}")
        found[language] = text


# Arabic, as United Nations documents write it: الاجتماع (the meeting), الجلسة (a sitting),
# الجزء (a segment), المتكلم, المداخلة, المحضر, الرئيسان المشاركان; the Arabic comma and
# semicolon; Western digits.
_translate(
    "ar",
    {
        "Nobody took the floor from the list of speakers.": (
            "لم يأخذ الكلمة أي من المتكلمين المدرجين في القائمة."
        ),
        "Moderator:": "مدير الحوار:",
        "Panellists:": "أعضاء حلقة النقاش:",
        "No questions were recorded.": "لم تسجل أي أسئلة.",
        "No interventions were recorded.": "لم تسجل أي مداخلات.",
        "Q{number}. {question}": "السؤال {number}: {question}",
        "{question} (question since removed)": "{question} (سؤال حُذف لاحقاً)",
        " (": " (",
        ")": ")",
        ", ": "، ",
        " — on: ": " — بشأن: ",
        " — also on: ": " — وكذلك بشأن: ",
        "; ": "؛ ",
        ": ": ": ",
        ".": ".",
        ". ": ". ",
        # The tables.
        "Date": "التاريخ",
        "Venue": "المكان",
        "Format": "الصيغة",
        "Online platform": "المنصة الإلكترونية",
        "Time zone": "المنطقة الزمنية",
        "Record": "المحضر",
        "Sitting": "الجلسة",
        "Planned": "المخطط",
        "Actual": "الفعلي",
        "Actual start": "البداية الفعلية",
        "Actual end": "النهاية الفعلية",
        "Stakeholder category": "فئة أصحاب المصلحة",
        "Participants": "المشاركون",
        "Heard": "أخذوا الكلمة",
        "Total": "المجموع",
        "Room or online": "في القاعة أو عبر الإنترنت",
        "Segment": "الجزء",
        "Minutes (planned / used)": "الدقائق (المخططة / المستخدمة)",
        "Planned start": "البداية المخططة",
        "Planned end": "النهاية المخططة",
        "Delay (min)": "التأخير (دقائق)",
        "Speaker": "المتكلم",
        "Category": "الفئة",
        "Spoke": "مدة الكلام",
        "Limit": "الحد الزمني",
        "Over": "التجاوز",
        "Speakers": "المتكلمون",
        "Turns": "مرات أخذ الكلمة",
        "Speaking time": "وقت الكلام",
        "Organization": "المنظمة",
        "Interventions": "المداخلات",
        # What the core names.
        "NGO": "منظمة غير حكومية",
        "Academia": "الأوساط الأكاديمية",
        "Private sector": "القطاع الخاص",
        "State party": "دولة طرف",
        "Intergovernmental organization": "منظمة حكومية دولية",
        "UN entity": "كيان تابع للأمم المتحدة",
        "Other": "أخرى",
        "Room": "في القاعة",
        "Online": "عبر الإنترنت",
        "Question": "سؤال",
        "Statement": "بيان",
        "Answer (panellist)": "رد (عضو حلقة النقاش)",
        "Recommendation": "توصية",
        "Input on related activities": "مساهمة بشأن الأنشطة ذات الصلة",
        "Remarks": "ملاحظات",
        "Briefing": "إحاطة",
        "Panel": "حلقة نقاش",
        "Q&A": "أسئلة وأجوبة",
        "Standing item": "بند دائم",
        "Discussion": "مناقشة",
        "Hybrid": "مختلطة",
        "In person": "حضورية",
        "Sitting {number}": "الجلسة {number}",
        "{title} (removed)": "{title} (جزء محذوف)",
        # An unattributed record's speakers.
        "A representative of an NGO": "ممثل منظمة غير حكومية",
        "A representative of academia": "ممثل عن الأوساط الأكاديمية",
        "A representative of the private sector": "ممثل عن القطاع الخاص",
        "A representative of a State party": "ممثل دولة طرف",
        "A representative of an intergovernmental organization": "ممثل منظمة حكومية دولية",
        "A representative of a UN entity": "ممثل كيان تابع للأمم المتحدة",
        "A participant": "أحد المشاركين",
        "A panellist": "أحد أعضاء حلقة النقاش",
        "The moderator": "مدير الحوار",
        "Panellist {number}": "عضو حلقة النقاش {number}",
        # The chart's alternative text.
        "{label}: {minutes} min {seconds} s, {turns}": (
            "{label}: {minutes} دقيقة و{seconds} ثانية، {turns}"
        ),
        "Nobody spoke.": "لم يتكلم أحد.",
        # The CSV files' columns and values.
        "id": "id",
        "speaker": "المتكلم",
        "organization": "المنظمة",
        "category": "الفئة",
        "room_or_online": "في_القاعة_أو_عبر_الإنترنت",
        "kind": "النوع",
        "segments": "الأجزاء",
        "guiding_questions": "الأسئلة_التوجيهية",
        "answers_questions": "يجيب_عن_الأسئلة",
        "summary": "الموجز",
        "start": "البداية",
        "end": "النهاية",
        "follow_up": "المتابعة",
        "quotable": "قابل_للاقتباس",
        "number": "الرقم",
        "segment": "الجزء",
        "spoken_seconds": "ثواني_الكلام",
        "allotted_seconds": "الثواني_المخصصة",
        "overtime_seconds": "ثواني_التجاوز",
        "item": "البند",
        "status": "الحالة",
        "planned_start": "البداية_المخططة",
        "planned_end": "النهاية_المخططة",
        "planned_minutes": "الدقائق_المخططة",
        "actual_start": "البداية_الفعلية",
        "actual_end": "النهاية_الفعلية",
        "actual_minutes": "الدقائق_الفعلية",
        "delay_minutes": "دقائق_التأخير",
        "yes": "نعم",
        "no": "لا",
        "pending": "لم يبدأ",
        "running": "جارٍ",
        "paused": "متوقف مؤقتاً",
        "done": "انتهى",
        "skipped": "تم تخطيه",
        # The draft of the Co-Chairs' summary.
        "A draft prepared from the session record, for the Co-Chairs and the Secretariat to edit."
        " The points are the summaries as they were captured.": (
            "مسودة أعدت استناداً إلى محضر الاجتماع، ليتولى الرئيسان المشاركان والأمانة تحريرها."
            " والنقاط الواردة فيها هي الموجزات كما سجلت."
        ),
        "The meeting was held on {date}": "عقد الاجتماع يوم {date}",
        " at {venue}": " في {venue}",
        ", in a hybrid format": "، بصيغة مختلطة",
        ", in an in person format": "، بصيغة حضورية",
        ", in an online format": "، عبر الإنترنت",
        ", in {format} format": "، بصيغة {format}",
        " (online participation through {platform})": (
            " (مع إتاحة المشاركة عبر الإنترنت من خلال {platform})"
        ),
        "{count} in the room": "{count} في القاعة",
        "{count} online": "{count} عبر الإنترنت",
        ": by stakeholder category, {categories}": "؛ حسب فئة أصحاب المصلحة: {categories}",
        "No participants were registered.": "لم يسجل أي مشارك.",
        "Briefings and remarks: ": "الإحاطات والملاحظات: ",
        "Moderator: ": "مدير الحوار: ",
        "Panellists: ": "أعضاء حلقة النقاش: ",
        "Not answered during the session: {questions} ({categories})": (
            "لم يجب عنها خلال الاجتماع: {questions} ({categories})"
        ),
        "Answers:": "الردود:",
        "No points were recorded.": "لم تسجل أي نقاط.",
        "No recommendation or follow-up was flagged.": "لم يشر إلى أي توصية أو متابعة.",
        "recommendation": "توصية",
        "follow-up": "متابعة",
        "Nobody had the floor.": "لم يأخذ أحد الكلمة.",
        " ({kind}; no summary was captured)": " ({kind}؛ لم يسجل أي موجز)",
        "participants of no stated category": "مشاركين من دون فئة محددة",
        "by nobody": "من دون أي جهة",
        "by {categories}": "من جانب {categories}",
        "{first} and {last}": "{first} و{last}",
        # A fair floor.
        "Gender": "نوع الجنس",
        "Youth": "الشباب",
        "Woman": "امرأة",
        "Man": "رجل",
        "Non-binary or other": "غير ثنائي أو غير ذلك",
        "Not stated": "غير محدد",
        "Not youth": "من غير الشباب",
        "Stakeholder group": "فئة أصحاب المصلحة",
        "Budget": "الحصة",
        "Used": "المستخدم",
        "Left": "المتبقي",
        "over by {time}": "تجاوز بمقدار {time}",
        "Point of order": "نقطة نظام",
        "Right of reply": "حق الرد",
        "not named": "دون ذكر الاسم",
        "{kind}: {speaker}": "{kind}: {speaker}",
        "{time} — {kind} — {who}, {segment}, {spoken}": (
            "{time} — {kind} — {who}، {segment}، {spoken}"
        ),
        "; {name} resumed after it": "؛ ثم استؤنفت كلمة {name}",
    },
)

# Chinese, as United Nations documents write it: 会议 (the meeting), 第N场会议 (a sitting),
# 环节 (a segment), 发言者, 共同主席, 利益攸关方; full-width punctuation, no spaces around it.
_translate(
    "zh",
    {
        "Nobody took the floor from the list of speakers.": "名单上的发言者均未发言。",
        "Moderator:": "主持人：",
        "Panellists:": "小组成员：",
        "No questions were recorded.": "未记录任何提问。",
        "No interventions were recorded.": "未记录任何发言。",
        "Q{number}. {question}": "问题{number}：{question}",
        "{question} (question since removed)": "{question}（该问题后已删除）",
        " (": "（",
        ")": "）",
        ", ": "，",
        " — on: ": " — 涉及：",
        " — also on: ": " — 亦涉及：",
        "; ": "；",
        ": ": "：",
        ".": "。",
        ". ": "。",
        # The tables.
        "Date": "日期",
        "Venue": "地点",
        "Format": "形式",
        "Online platform": "在线平台",
        "Time zone": "时区",
        "Record": "记录方式",
        "Sitting": "场次",
        "Planned": "计划",
        "Actual": "实际",
        "Actual start": "实际开始",
        "Actual end": "实际结束",
        "Stakeholder category": "利益攸关方类别",
        "Participants": "与会者",
        "Heard": "已发言",
        "Total": "合计",
        "Room or online": "会场或在线",
        "Segment": "环节",
        "Minutes (planned / used)": "分钟（计划/实际）",
        "Planned start": "计划开始",
        "Planned end": "计划结束",
        "Delay (min)": "延迟（分钟）",
        "Speaker": "发言者",
        "Category": "类别",
        "Spoke": "发言时长",
        "Limit": "限时",
        "Over": "超时",
        "Speakers": "发言者人数",
        "Turns": "发言次数",
        "Speaking time": "发言时间",
        "Organization": "组织",
        "Interventions": "发言记录数",
        # What the core names.
        "NGO": "非政府组织",
        "Academia": "学术界",
        "Private sector": "私营部门",
        "State party": "缔约国",
        "Intergovernmental organization": "政府间组织",
        "UN entity": "联合国实体",
        "Other": "其他",
        "Room": "会场",
        "Online": "在线",
        "Question": "提问",
        "Statement": "陈述",
        "Answer (panellist)": "答复（小组成员）",
        "Recommendation": "建议",
        "Input on related activities": "相关活动情况介绍",
        "Remarks": "致辞",
        "Briefing": "通报",
        "Panel": "小组讨论",
        "Q&A": "问答",
        "Standing item": "常设项目",
        "Discussion": "讨论",
        "Hybrid": "混合",
        "In person": "现场",
        "Sitting {number}": "第{number}场会议",
        "{title} (removed)": "{title}（已删除）",
        # An unattributed record's speakers.
        "A representative of an NGO": "一个非政府组织的代表",
        "A representative of academia": "学术界的一名代表",
        "A representative of the private sector": "私营部门的一名代表",
        "A representative of a State party": "一个缔约国的代表",
        "A representative of an intergovernmental organization": "一个政府间组织的代表",
        "A representative of a UN entity": "一个联合国实体的代表",
        "A participant": "一名与会者",
        "A panellist": "一名小组成员",
        "The moderator": "主持人",
        "Panellist {number}": "小组成员{number}",
        # The chart's alternative text.
        "{label}: {minutes} min {seconds} s, {turns}": "{label}：{minutes}分{seconds}秒，{turns}",
        "Nobody spoke.": "无人发言。",
        # The CSV files' columns and values.
        "id": "id",
        "speaker": "发言者",
        "organization": "组织",
        "category": "类别",
        "room_or_online": "会场或在线",
        "kind": "类型",
        "segments": "所属环节",
        "guiding_questions": "指导性问题",
        "answers_questions": "回答的问题",
        "summary": "摘要",
        "start": "开始",
        "end": "结束",
        "follow_up": "后续行动",
        "quotable": "可引用",
        "number": "序号",
        "segment": "环节",
        "spoken_seconds": "发言秒数",
        "allotted_seconds": "分配秒数",
        "overtime_seconds": "超时秒数",
        "item": "项目",
        "status": "状态",
        "planned_start": "计划开始",
        "planned_end": "计划结束",
        "planned_minutes": "计划分钟数",
        "actual_start": "实际开始",
        "actual_end": "实际结束",
        "actual_minutes": "实际分钟数",
        "delay_minutes": "延迟分钟数",
        "yes": "是",
        "no": "否",
        "pending": "未开始",
        "running": "进行中",
        "paused": "已暂停",
        "done": "已完成",
        "skipped": "已跳过",
        # The draft of the Co-Chairs' summary.
        "A draft prepared from the session record, for the Co-Chairs and the Secretariat to edit."
        " The points are the summaries as they were captured.": (
            "本草稿根据会议记录编写，供共同主席和秘书处修改。各要点为记录时的摘要原文。"
        ),
        "The meeting was held on {date}": "会议于{date}举行",
        " at {venue}": "，地点为{venue}",
        ", in a hybrid format": "，采用混合形式",
        ", in an in person format": "，采用现场形式",
        ", in an online format": "，采用在线形式",
        ", in {format} format": "，采用{format}形式",
        " (online participation through {platform})": "（通过{platform}在线参会）",
        "{count} in the room": "会场{count}人",
        "{count} online": "在线{count}人",
        ": by stakeholder category, {categories}": "；按利益攸关方类别分列：{categories}",
        "No participants were registered.": "无人登记参会。",
        "Briefings and remarks: ": "通报和致辞：",
        "Moderator: ": "主持人：",
        "Panellists: ": "小组成员：",
        "Not answered during the session: {questions} ({categories})": (
            "会上未获答复：{questions}（{categories}）"
        ),
        "Answers:": "答复：",
        "No points were recorded.": "未记录任何要点。",
        "No recommendation or follow-up was flagged.": "未标记任何建议或后续行动。",
        "recommendation": "建议",
        "follow-up": "后续行动",
        "Nobody had the floor.": "无人发言。",
        " ({kind}; no summary was captured)": "（{kind}；未记录摘要）",
        "participants of no stated category": "未说明类别的与会者",
        "by nobody": "无人提出",
        "by {categories}": "来自{categories}",
        "{first} and {last}": "{first}和{last}",
        # A fair floor.
        "Gender": "性别",
        "Youth": "青年",
        "Woman": "女性",
        "Man": "男性",
        "Non-binary or other": "非二元或其他",
        "Not stated": "未说明",
        "Not youth": "非青年",
        "Stakeholder group": "利益攸关方群体",
        "Budget": "配额",
        "Used": "已用",
        "Left": "剩余",
        "over by {time}": "超出{time}",
        "Point of order": "程序问题",
        "Right of reply": "答辩权",
        "not named": "未具名",
        "{kind}: {speaker}": "{kind}：{speaker}",
        "{time} — {kind} — {who}, {segment}, {spoken}": "{time} — {kind} — {who}，{segment}，{spoken}",
        "; {name} resumed after it": "；随后{name}继续发言",
    },
)

# Russian, as United Nations documents write it: совещание (the meeting), заседание (a sitting),
# часть (a segment), оратор, сопредседатели, представитель неправительственной организации; "е"
# for "ё".
_translate(
    "ru",
    {
        "Nobody took the floor from the list of speakers.": (
            "Никто из ораторов, включенных в список, не выступил."
        ),
        "Moderator:": "Модератор:",
        "Panellists:": "Участники дискуссии:",
        "No questions were recorded.": "Вопросы не зафиксированы.",
        "No interventions were recorded.": "Выступления не зафиксированы.",
        "Q{number}. {question}": "Вопрос {number}. {question}",
        "{question} (question since removed)": "{question} (вопрос впоследствии исключен)",
        " (": " (",
        ")": ")",
        ", ": ", ",
        " — on: ": " — по вопросам: ",
        " — also on: ": " — также по вопросам: ",
        "; ": "; ",
        ": ": ": ",
        ".": ".",
        ". ": ". ",
        # The tables.
        "Date": "Дата",
        "Venue": "Место проведения",
        "Format": "Формат",
        "Online platform": "Онлайн-платформа",
        "Time zone": "Часовой пояс",
        "Record": "Протокол",
        "Sitting": "Заседание",
        "Planned": "По плану",
        "Actual": "Фактически",
        "Actual start": "Фактическое начало",
        "Actual end": "Фактическое окончание",
        "Stakeholder category": "Категория заинтересованных сторон",
        "Participants": "Участники",
        "Heard": "Выступили",
        "Total": "Итого",
        "Room or online": "В зале или онлайн",
        "Segment": "Часть",
        "Minutes (planned / used)": "Минуты (по плану / фактически)",
        "Planned start": "Начало по плану",
        "Planned end": "Окончание по плану",
        "Delay (min)": "Задержка (мин)",
        "Speaker": "Оратор",
        "Category": "Категория",
        "Spoke": "Время",
        "Limit": "Регламент",
        "Over": "Превышение",
        "Speakers": "Ораторы",
        "Turns": "Выступления",
        "Speaking time": "Время выступлений",
        "Organization": "Организация",
        "Interventions": "Зафиксированные выступления",
        # What the core names.
        "NGO": "НПО",
        "Academia": "Научные круги",
        "Private sector": "Частный сектор",
        "State party": "Государство-участник",
        "Intergovernmental organization": "Межправительственная организация",
        "UN entity": "Структура ООН",
        "Other": "Другое",
        "Room": "В зале",
        "Online": "Онлайн",
        "Question": "Вопрос",
        "Statement": "Заявление",
        "Answer (panellist)": "Ответ (участник дискуссии)",
        "Recommendation": "Рекомендация",
        "Input on related activities": "Информация о смежной деятельности",
        "Remarks": "Замечания",
        "Briefing": "Брифинг",
        "Panel": "Групповая дискуссия",
        "Q&A": "Вопросы и ответы",
        "Standing item": "Постоянный пункт",
        "Discussion": "Обсуждение",
        "Hybrid": "Гибридный",
        "In person": "Очный",
        "Sitting {number}": "Заседание {number}",
        "{title} (removed)": "{title} (часть исключена)",
        # An unattributed record's speakers.
        "A representative of an NGO": "Представитель неправительственной организации",
        "A representative of academia": "Представитель научных кругов",
        "A representative of the private sector": "Представитель частного сектора",
        "A representative of a State party": "Представитель государства-участника",
        "A representative of an intergovernmental organization": (
            "Представитель межправительственной организации"
        ),
        "A representative of a UN entity": (
            "Представитель структуры Организации Объединенных Наций"
        ),
        "A participant": "Участник",
        "A panellist": "Участник дискуссии",
        "The moderator": "Модератор",
        "Panellist {number}": "Участник дискуссии {number}",
        # The chart's alternative text.
        "{label}: {minutes} min {seconds} s, {turns}": "{label}: {minutes} мин {seconds} с, {turns}",
        "Nobody spoke.": "Никто не выступал.",
        # The CSV files' columns and values.
        "id": "id",
        "speaker": "оратор",
        "organization": "организация",
        "category": "категория",
        "room_or_online": "в_зале_или_онлайн",
        "kind": "вид",
        "segments": "части",
        "guiding_questions": "руководящие_вопросы",
        "answers_questions": "отвечает_на_вопросы",
        "summary": "резюме",
        "start": "начало",
        "end": "окончание",
        "follow_up": "последующие_действия",
        "quotable": "можно_цитировать",
        "number": "номер",
        "segment": "часть",
        "spoken_seconds": "секунды_выступления",
        "allotted_seconds": "отведено_секунд",
        "overtime_seconds": "превышение_секунд",
        "item": "пункт",
        "status": "статус",
        "planned_start": "начало_по_плану",
        "planned_end": "окончание_по_плану",
        "planned_minutes": "минуты_по_плану",
        "actual_start": "фактическое_начало",
        "actual_end": "фактическое_окончание",
        "actual_minutes": "фактические_минуты",
        "delay_minutes": "задержка_минут",
        "yes": "да",
        "no": "нет",
        "pending": "ожидается",
        "running": "идет",
        "paused": "приостановлено",
        "done": "завершено",
        "skipped": "пропущено",
        # The draft of the Co-Chairs' summary.
        "A draft prepared from the session record, for the Co-Chairs and the Secretariat to edit."
        " The points are the summaries as they were captured.": (
            "Проект, подготовленный на основе протокола совещания для редактирования"
            " сопредседателями и Секретариатом. Тезисы представляют собой резюме выступлений в том"
            " виде, в каком они были зафиксированы."
        ),
        "The meeting was held on {date}": "Совещание состоялось {date}",
        " at {venue}": " (место проведения: {venue})",
        ", in a hybrid format": ", в гибридном формате",
        ", in an in person format": ", в очном формате",
        ", in an online format": ", в онлайн-формате",
        ", in {format} format": ", формат: {format}",
        " (online participation through {platform})": " (онлайн-участие через платформу {platform})",
        "{count} in the room": "{count} в зале",
        "{count} online": "{count} онлайн",
        ": by stakeholder category, {categories}": (
            "; по категориям заинтересованных сторон: {categories}"
        ),
        "No participants were registered.": "Зарегистрированных участников нет.",
        "Briefings and remarks: ": "Брифинги и замечания: ",
        "Moderator: ": "Модератор: ",
        "Panellists: ": "Участники дискуссии: ",
        "Not answered during the session: {questions} ({categories})": (
            "Без ответа в ходе совещания: {questions} ({categories})"
        ),
        "Answers:": "Ответы:",
        "No points were recorded.": "Тезисы не зафиксированы.",
        "No recommendation or follow-up was flagged.": (
            "Рекомендации или последующие действия не отмечены."
        ),
        "recommendation": "рекомендация",
        "follow-up": "последующие действия",
        "Nobody had the floor.": "Слово никому не предоставлялось.",
        " ({kind}; no summary was captured)": " ({kind}; резюме не зафиксировано)",
        "participants of no stated category": "участники без указания категории",
        "by nobody": "ни от кого",
        "by {categories}": "по категориям: {categories}",
        "{first} and {last}": "{first} и {last}",
        # A fair floor.
        "Gender": "Пол",
        "Youth": "Молодежь",
        "Woman": "Женщина",
        "Man": "Мужчина",
        "Non-binary or other": "Небинарный или иное",
        "Not stated": "Не указано",
        "Not youth": "Не молодежь",
        "Stakeholder group": "Группа заинтересованных сторон",
        "Budget": "Лимит",
        "Used": "Использовано",
        "Left": "Осталось",
        "over by {time}": "превышение на {time}",
        "Point of order": "По порядку ведения заседания",
        "Right of reply": "Право на ответ",
        "not named": "имя не указано",
        "{kind}: {speaker}": "{kind}: {speaker}",
        "{time} — {kind} — {who}, {segment}, {spoken}": (
            "{time} — {kind} — {who}, {segment}, {spoken}"
        ),
        "; {name} resumed after it": "; после этого возобновлено выступление: {name}",
    },
)


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


def _plural_forms(language: str, forms: Mapping[str, tuple[str, ...]]) -> None:
    """Give the plural messages ``forms`` (the English plural → the forms, in the order of the
    language's rule: :data:`PLURAL_RULES`) in ``language``."""
    for msgid, chosen in forms.items():
        if language in _P[msgid]:
            raise ValueError(f"plural message {msgid!r} given twice in {language!r}")
        _P[msgid][language] = chosen


# Arabic: zero, one, two, few (3–10), many (11–99), other (100, 101…), as :func:`_arabic` counts;
# after a number from 3 to 10 the plural, from 11 to 99 the singular in the accusative ("12
# مشاركا"), from 100 the singular.
_plural_forms(
    "ar",
    {
        "{n} turns": (
            "أخذ الكلمة {n} مرة",
            "أخذ الكلمة {n} مرة",
            "أخذ الكلمة {n} مرتين",
            "أخذ الكلمة {n} مرات",
            "أخذ الكلمة {n} مرة",
            "أخذ الكلمة {n} مرة",
        ),
        "{n} participants registered": (
            "{n} مشارك مسجل",
            "{n} مشارك مسجل",
            "{n} مشاركان مسجلان",
            "{n} مشاركين مسجلين",
            "{n} مشاركاً مسجلاً",
            "{n} مشارك مسجل",
        ),
        "{n} participants took the floor.": (
            "أخذ الكلمة {n} مشارك.",
            "أخذ الكلمة {n} مشارك.",
            "أخذ الكلمة {n} مشاركان.",
            "أخذ الكلمة {n} مشاركين.",
            "أخذ الكلمة {n} مشاركاً.",
            "أخذ الكلمة {n} مشارك.",
        ),
        "{n} questions": (
            "{n} سؤال",
            "{n} سؤال",
            "{n} سؤالان",
            "{n} أسئلة",
            "{n} سؤالاً",
            "{n} سؤال",
        ),
        "{n} questions raised, {categories}.": (
            "طرح {n} سؤال، {categories}.",
            "طرح {n} سؤال، {categories}.",
            "طرح {n} سؤالان، {categories}.",
            "طرحت {n} أسئلة، {categories}.",
            "طرح {n} سؤالاً، {categories}.",
            "طرح {n} سؤال، {categories}.",
        ),
        "{n} questions ({categories}), answered:": (
            "{n} سؤال ({categories})، أجيب عنها:",
            "{n} سؤال ({categories})، أجيب عنه:",
            "{n} سؤالان ({categories})، أجيب عنهما:",
            "{n} أسئلة ({categories})، أجيب عنها:",
            "{n} سؤالاً ({categories})، أجيب عنها:",
            "{n} سؤال ({categories})، أجيب عنها:",
        ),
        "{n} interventions, {categories}.": (
            "{n} مداخلة، {categories}.",
            "{n} مداخلة، {categories}.",
            "{n} مداخلتان، {categories}.",
            "{n} مداخلات، {categories}.",
            "{n} مداخلة، {categories}.",
            "{n} مداخلة، {categories}.",
        ),
    },
)
# Chinese: one form.
_plural_forms(
    "zh",
    {
        "{n} turns": ("发言{n}次",),
        "{n} participants registered": ("已登记与会者{n}名",),
        "{n} participants took the floor.": ("共有{n}名与会者发言。",),
        "{n} questions": ("{n}个问题",),
        "{n} questions raised, {categories}.": ("共提出{n}个问题，{categories}。",),
        "{n} questions ({categories}), answered:": ("{n}个问题（{categories}），已获答复：",),
        "{n} interventions, {categories}.": ("{n}次发言，{categories}。",),
    },
)
# Russian: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25…), as :func:`_russian` counts.
_plural_forms(
    "ru",
    {
        "{n} turns": ("{n} выступление", "{n} выступления", "{n} выступлений"),
        "{n} participants registered": (
            "{n} зарегистрированный участник",
            "{n} зарегистрированных участника",
            "{n} зарегистрированных участников",
        ),
        "{n} participants took the floor.": (
            "Выступил {n} участник.",
            "Выступили {n} участника.",
            "Выступили {n} участников.",
        ),
        "{n} questions": ("{n} вопрос", "{n} вопроса", "{n} вопросов"),
        "{n} questions raised, {categories}.": (
            "Задан {n} вопрос, {categories}.",
            "Задано {n} вопроса, {categories}.",
            "Задано {n} вопросов, {categories}.",
        ),
        "{n} questions ({categories}), answered:": (
            "{n} вопрос ({categories}), на который дан ответ:",
            "{n} вопроса ({categories}), на которые даны ответы:",
            "{n} вопросов ({categories}), на которые даны ответы:",
        ),
        "{n} interventions, {categories}.": (
            "{n} выступление, {categories}.",
            "{n} выступления, {categories}.",
            "{n} выступлений, {categories}.",
        ),
    },
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
    "ar": (  # as the United Nations writes them: both names, "تموز/يوليه"
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
        "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    ),
    "zh": tuple(f"{n}月" for n in range(1, 13)),
    "ru": (  # in the genitive, as a date says them
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip
#: Russian weekdays after "в" ("в среду"): a sentence's date (:meth:`Catalogue.on_date`).
_RUSSIAN_ON_WEEKDAYS = (
    "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу",
    "в воскресенье",
)  # fmt: skip


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

    def captured(self, text: str) -> str:
        """Captured text (a name, a title, a question) to put in one of this language's messages:
        in a right-to-left language, isolated when it reads left to right, so that an English
        question's "?" stays at its end (:func:`~facilitator.formats.record.files.
        for_right_to_left`); otherwise as it is."""
        return for_right_to_left(text) if self.right_to_left else text

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
        2024", "الأربعاء 10 تموز/يوليه 2024" (Western digits, as the United Nations' Arabic
        documents write them), "2024年7月10日星期三", "среда, 10 июля 2024 г."."""
        day = _WEEKDAYS[self.language][date.weekday()]
        month = _MONTHS[self.language][date.month - 1]
        if self.language == "es":
            return f"{day}, {date.day} de {month} de {date.year}"
        if self.language == "zh":
            return f"{date.year}年{month}{date.day}日{day}"
        if self.language == "ru":
            return f"{day}, {date.day} {month} {date.year} г."
        return f"{day} {date.day} {month} {date.year}"

    def on_date(self, date: dt.date) -> str:
        """The long date as a sentence says when something happened ("The meeting was held on
        {date}"): the long date itself, but in Russian after "в", the weekday in the accusative
        and the year written out: "в среду, 10 июля 2024 года"."""
        if self.language == "ru":
            weekday = _RUSSIAN_ON_WEEKDAYS[date.weekday()]
            return f"{weekday}, {date.day} {_MONTHS['ru'][date.month - 1]} {date.year} года"
        return self.long_date(date)

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
