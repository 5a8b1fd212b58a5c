"""The Word programmes of the programme corpus, built at test time with python-docx.

Each builder writes one programme the way a Secretariat officer lays it out in Word (a timetable
table, numbered headings through the style, list numbering, heading styles, a table per day) to the
path it is given; ``tests/formats/programmes/corpus/NAME.outline.toml`` says what it must import to.
The shapes are those of public UN and UNODC programmes; the people's names are invented.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from tests.formats.docx_builders import (
    ROMAN_LEVELS,
    add_numbering,
    add_rich_text,
    add_table,
    set_numbering,
)

_INDENT = Cm(1.27)


# ----------------------------------------------------------------------------- layout helpers
def _centered(
    document: DocxDocument, text: str, *, bold: bool = False, size: int | None = None
) -> Paragraph:
    """A centered Normal paragraph, as the lines of a programme's header are laid out."""
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    return paragraph


def _title(document: DocxDocument, *lines: str) -> None:
    """The meeting's title: centered bold lines, one paragraph each, a size above the text."""
    for line in lines:
        _centered(document, line, bold=True, size=14)


def _line(
    document: DocxDocument,
    text: str,
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    indent: int = 0,
) -> Paragraph:
    """A left-aligned paragraph in ``style`` (Normal by default), ``indent`` steps to the right."""
    paragraph = document.add_paragraph(style=style)
    add_rich_text(paragraph, text, bold=bold)
    if italic:
        for run in paragraph.runs:
            run.italic = True
    if indent:
        paragraph.paragraph_format.left_indent = _INDENT * indent
    return paragraph


def _timetable(
    document: DocxDocument, header: Sequence[str] | None, rows: Sequence[Sequence[str]]
) -> Table:
    """A "Table Grid" timetable: ``header`` (bold, repeated on each page, as Word marks a header
    row) above ``rows``; a cell's "\\n" starts a new paragraph in the cell."""
    add_table(document, [header, *rows] if header else rows)
    table = document.tables[-1]
    table.style = document.styles["Table Grid"]
    if header:
        row = table.rows[0]
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    return table


def _number_heading_styles(document: DocxDocument) -> int:
    """Word's numbered headings ("I. Heading 1, A. Heading 2, 1. Heading 3"): one multilevel list
    whose levels name the heading styles (``w:pStyle`` in each ``w:lvl``), and the list attached to
    the styles themselves (``w:numPr`` in the style's ``w:pPr`` in styles.xml), so that a heading
    paragraph is numbered without any ``w:numPr`` of its own. Return the list's ``numId``."""
    num_id = add_numbering(
        document, ROMAN_LEVELS, styles=["Heading1", "Heading2", "Heading3", None]
    )
    for level, name in enumerate(["Heading 1", "Heading 2", "Heading 3"]):
        num_pr = document.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        if level:  # Word writes no w:ilvl for level 0, which is the default
            num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
    return num_id


def _unnumbered(paragraph: Paragraph) -> None:
    """Word's "None" numbering on one paragraph of a numbered style: ``w:numId`` 0."""
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    )


def _page_header(document: DocxDocument, *lines: str) -> None:
    """Lines in the header of the page (a letterhead), right-aligned and small."""
    header = document.sections[0].header
    paragraphs = [header.paragraphs[0]] + [header.add_paragraph() for _ in lines[1:]]
    for paragraph, text in zip(paragraphs, lines, strict=True):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(text).font.size = Pt(9)


def _save(document: DocxDocument, path: Path) -> None:
    document.save(str(path))


# ----------------------------------------------------------------------------- the builders
def table_time_item_speakers(path: Path) -> None:
    """An expert group meeting at the VIC whose programme is one bordered table with a header row
    "Time | Agenda item | Speakers", as UNODC expert group meetings and CND side events post
    them: times as "10:00 – 10:15", the speakers' cell holding one person per paragraph (name,
    then role and organization after a comma), the moderator among them as "Moderator: …"."""
    document = Document()
    _title(
        document,
        "Expert Group Meeting on Countering the Use of Virtual Assets by Organized Criminal Groups",
    )
    _centered(document, "Tuesday, 18 March 2025", bold=True)
    _centered(document, "10:00 – 13:00")
    _centered(document, "Venue: Conference Room M3, Vienna International Centre")
    _centered(document, "PROVISIONAL PROGRAMME", bold=True)
    _timetable(
        document,
        ["Time", "Agenda item", "Speakers"],
        [
            [
                "10:00 – 10:15",
                "Opening remarks",
                "H.E. Mr. Aurelio Brandt, Permanent Representative of Austria to the United"
                " Nations (Vienna)\n"
                "Ms. Ingrid Solvang, Director, Division for Treaty Affairs, UNODC",
            ],
            [
                "10:15 – 10:35",
                "Keynote address: Virtual assets and the changing economics of organized crime",
                "Prof. Miriam Adeyemi-Clarke, Centre for Financial Crime Studies",
            ],
            [
                "10:35 – 11:35",
                "Panel 1: Tracing and seizing virtual assets in organized crime investigations",
                "Moderator: Ms. Laila Haddad, Cybercrime and Anti-Money Laundering Section, UNODC\n"
                "Mr. Jonas Eriksen, Specialist, European Cybercrime Centre, Europol\n"
                "Dr. Priya Raman, Head, Financial Intelligence Unit\n"
                "Ms. Camila Ortega, Prosecutor, Office of the Attorney General",
            ],
            ["11:35 – 12:00", "Questions and answers", ""],
            [
                "12:00 – 12:45",
                "Interactive dialogue with Member States and observers",
                "Moderator: Ms. Laila Haddad, UNODC",
            ],
            [
                "12:45 – 13:00",
                "Closing remarks",
                "Ms. Ingrid Solvang, Director, Division for Treaty Affairs, UNODC",
            ],
        ],
    )
    _save(document, path)


def table_no_header(path: Path) -> None:
    """A COSP-style side event whose programme is a two-column table without a header row: the
    time in the first column, the entry in the second with the people under it in further
    paragraphs of the same cell ("Moderator: Ms. …", a speaker with role and organization), as in
    the side-event flyers circulated at the Conference of the States Parties to UNCAC."""
    document = Document()
    _page_header(document, "United Nations Office on Drugs and Crime")
    _title(
        document, "Beneficial ownership transparency as a tool", "for the recovery of stolen assets"
    )
    _centered(document, "Monday, 16 June 2025", bold=True)
    _centered(document, "13:20 – 14:50")
    _centered(document, "In-person event, Conference Room M7, Vienna International Centre")
    _line(document, "")
    _timetable(
        document,
        None,
        [
            [
                "13:20 – 13:30",
                "Opening remarks\n"
                "H.E. Mr. Tomasz Wierzbicki, Permanent Representative of Poland to the United"
                " Nations (Vienna)",
            ],
            [
                "13:30 – 13:45",
                'Presentation of the UNODC study "Beneficial ownership transparency in the'
                ' implementation review"\n'
                "Mr. Daniel Kpodo, Crime Prevention and Criminal Justice Officer, Corruption and"
                " Economic Crime Branch, UNODC",
            ],
            [
                "13:45 – 14:35",
                "Interactive dialogue with States parties and other stakeholders\n"
                "Moderator: Ms. Helga Lindqvist, Stolen Asset Recovery Initiative (StAR)",
            ],
            [
                "14:35 – 14:50",
                "Concluding remarks\n"
                "Ms. Elena Marchetti, Chief, Corruption and Economic Crime Branch, UNODC",
            ],
        ],
    )
    _save(document, path)


def style_numbered_headings(path: Path) -> None:
    """An intersessional meeting of the CCPCJ typed on Word's numbered-heading set-up: "I." and
    "A." come from the multilevel list attached to the Heading 1 and Heading 2 styles (styles.xml),
    not from the paragraphs, while the title, date, sittings, venue, the time under each heading,
    the "Chaired by"/"Moderator:"/"Panellists:" lines and the lunch break are Normal paragraphs and
    are not numbered; the "Programme" heading has its numbering turned off (``w:numId`` 0)."""
    document = Document()
    _number_heading_styles(document)
    _title(
        document,
        "Commission on Crime Prevention and Criminal Justice",
        "Intersessional thematic discussion on trafficking in cultural property",
    )
    _centered(document, "Thursday, 16 October 2025", bold=True)
    _centered(document, "10:00 – 13:00 and 15:00 – 18:00")
    _centered(document, "Board Room B, Vienna International Centre")
    _unnumbered(document.add_paragraph("Programme", style="Heading 1"))

    document.add_paragraph("Opening of the meeting", style="Heading 1")
    _line(document, "10:00 – 10:15", bold=True)
    _line(
        document,
        "Chaired by H.E. Ms. Amara Delacroix, Chair of the Commission on Crime Prevention and"
        " Criminal Justice",
    )
    document.add_paragraph("Adoption of the agenda and organization of work", style="Heading 1")
    _line(document, "10:15 – 10:25", bold=True)

    document.add_paragraph("Trafficking in cultural property in the digital age", style="Heading 1")
    _line(
        document,
        "The morning session will look at how cultural property is offered, sold and laundered"
        " online, and at what law enforcement and the art market can do about it.",
    )
    document.add_paragraph("Keynote address", style="Heading 2")
    _line(document, "10:25 – 10:45", bold=True)
    _line(
        document, "Dr. Lucia Ferrante, Carabinieri Command for the Protection of Cultural Heritage"
    )
    document.add_paragraph(
        "Panel 1: Detecting trafficked cultural property online", style="Heading 2"
    )
    _line(document, "10:45 – 12:00", bold=True)
    _line(document, "Moderator: Ms. Keiko Arakawa, Culture Sector, UNESCO")
    _line(
        document,
        "Panellists: Mr. Henrik Dahl (INTERPOL), Ms. Noura Belkacem (Ministry of Culture),"
        " Prof. Samuel Otieno (University of Nairobi)",
    )
    document.add_paragraph("Questions and answers", style="Heading 2")
    _line(document, "12:00 – 13:00", bold=True)
    _line(document, "13:00 – 15:00 Lunch break", italic=True)

    document.add_paragraph("Exchange of views on international cooperation", style="Heading 1")
    _line(document, "15:00 – 17:30", bold=True)
    _line(document, "Moderator: Mr. Paolo Vendramin, First Vice-Chair of the Commission")
    document.add_paragraph("Closing of the meeting", style="Heading 1")
    _line(document, "17:30 – 18:00", bold=True)
    _save(document, path)


def list_numbering(path: Path) -> None:
    """An online briefing for civil society on the UNCAC review mechanism: the date, time and
    format in a borderless two-column table under the title, as Secretariat invitations do, and
    the agenda as a real Word list (numbering.xml, ``w:numPr`` on each paragraph) numbered "1.",
    with sub-items "(a)", "(b)" at its second level (lowerLetter, "(%2)") and the speakers as
    indented Normal paragraphs under the entry they speak to."""
    document = Document()
    _title(
        document,
        "Online briefing for civil society organizations on the Implementation Review Mechanism"
        " of the United Nations Convention against Corruption",
    )
    add_table(
        document,
        [
            ["Date:", "Thursday, 5 June 2025"],
            ["Time:", "14:00 – 15:30 (Vienna time)"],
            ["Format:", "Online, via Microsoft Teams"],
        ],
    )
    _centered(document, "AGENDA", bold=True)
    agenda = add_numbering(document, [("decimal", "%1."), ("lowerLetter", "(%2)")])

    def entry(text: str, level: int = 0) -> None:
        paragraph = _line(document, text, style="List Paragraph", bold=level == 0)
        set_numbering(paragraph, agenda, level=level)

    entry("Welcome and introductory remarks")
    _line(document, "Speaker: Ms. Hannah Vogel, Civil Society Unit, UNODC", indent=1)
    entry("The Implementation Review Mechanism: an overview")
    entry("Presentation of the second review cycle and its outcomes", level=1)
    _line(document, "Mr. Tobias Lindgren, Implementation Support Section, UNODC", indent=2)
    entry(
        "Presentation of the guidance note on the engagement of civil society in country visits",
        level=1,
    )
    _line(document, "Ms. Rukhsana Qureshi, Civil Society Unit, UNODC", indent=2)
    entry("Experiences of civil society in the review process")
    entry("Interventions by civil society organizations that took part in country visits", level=1)
    entry("Questions and answers", level=1)
    entry("Closing remarks")
    _save(document, path)


def headings_unnumbered(path: Path) -> None:
    """A CND side event laid out with heading styles and no numbering: the agency's name in the
    header of the page, each part of the event a Heading 1, the panels Heading 2, descriptions as
    Normal prose, and the speakers of the opening and of the keynote as "List Bullet" paragraphs,
    as side-event programmes at the Commission on Narcotic Drugs are often written."""
    document = Document()
    _page_header(document, "United Nations Office on Drugs and Crime")
    _title(
        document,
        "Youth at the centre of drug use prevention: evidence, engagement and partnerships",
    )
    _centered(document, "Wednesday, 12 March 2025", bold=True)
    _centered(document, "13:10 – 14:40")
    _centered(document, "Room M2, Vienna International Centre")

    document.add_paragraph("Opening remarks", style="Heading 1")
    _line(
        document,
        "H.E. Ms. Ingeborg Ruud, Permanent Representative of Norway to the United Nations (Vienna)",
        style="List Bullet",
    )
    _line(
        document,
        "Mr. Diego Salinas, Chief, Prevention, Treatment and Rehabilitation Section, UNODC",
        style="List Bullet",
    )
    document.add_paragraph("Keynote address", style="Heading 1")
    _line(
        document,
        "The keynote will present the latest evidence gathered for the International Standards"
        " on Drug Use Prevention, and what it says about programmes designed with young people.",
    )
    _line(document, "Prof. Amelia Hartmann, University of Vienna", style="List Bullet")

    document.add_paragraph("Partnerships for youth-led prevention", style="Heading 1")
    _line(
        document,
        "Two panels bring together youth organizations, Governments and international partners"
        " to share what has worked in schools, in communities and online.",
    )
    document.add_paragraph("Panel 1: Schools and communities", style="Heading 2")
    _line(document, "Moderator: Ms. Zanele Mokoena, UNODC Youth Forum")
    _line(
        document,
        "Panellists: Mr. Lukas Brenner (Austrian National Youth Council), Ms. Aiko Tanabe"
        " (Ministry of Health)",
    )
    document.add_paragraph("Panel 2: Families and digital environments", style="Heading 2")
    _line(
        document,
        "Panellists: Dr. Oluwaseun Bello (World Health Organization), Mr. Rafael Quiroga"
        " (Youth Initiative, UNODC)",
    )
    document.add_paragraph("Questions and answers", style="Heading 2")
    document.add_paragraph("Closing remarks", style="Heading 1")
    _save(document, path)


def two_days(path: Path) -> None:
    """A two-day expert group meeting: the title and the span of dates centered, then a
    "Day 1 – Wednesday, …" Heading 1 and a "Time | Session" table for each day, with the coffee
    and lunch breaks as rows of their own, as UNODC workshop and expert meeting agendas are set."""
    document = Document()
    _title(document, "Expert Group Meeting on Illicit Manufacturing of and Trafficking in Firearms")
    _centered(document, "Vienna, 24–25 September 2025", bold=True)
    _centered(document, "Conference Room C3, Vienna International Centre")
    _centered(document, "AGENDA", bold=True)

    document.add_paragraph("Day 1 – Wednesday, 24 September 2025", style="Heading 1")
    _timetable(
        document,
        ["Time", "Session"],
        [
            [
                "10:00 – 10:30",
                "Opening of the meeting\n"
                "Mr. Stefan Horvath, Chief, Firearms Trafficking Section, UNODC",
            ],
            ["10:30 – 11:00", "Adoption of the agenda and introduction of participants"],
            ["11:00 – 11:15", "Coffee break"],
            [
                "11:15 – 12:30",
                "Panel 1: Illicit manufacturing and conversion of firearms\n"
                "Moderator: Ms. Adriana Kovač, Firearms Trafficking Section, UNODC\n"
                "Panellists: Mr. Viktor Hallberg (Flemish Peace Institute), Ms. Adaeze Nwosu"
                " (National Commission on Small Arms)",
            ],
            ["12:30 – 14:00", "Lunch break"],
            [
                "14:00 – 15:15",
                "Panel 2: Diversion of firearms from legal to illicit markets\n"
                "Moderator: Mr. Julien Marchand, Small Arms Survey\n"
                "Panellists: Ms. Leila Farouk (Customs Administration), Dr. Marco Bianchi"
                " (Forensic Science Service)",
            ],
            ["15:15 – 16:00", "Questions from the floor"],
            ["16:00 – 17:00", "Tour de table: national experiences in tracing firearms"],
        ],
    )
    document.add_paragraph("Day 2 – Thursday, 25 September 2025", style="Heading 1")
    _timetable(
        document,
        ["Time", "Session"],
        [
            [
                "10:00 – 11:00",
                "Panel 3: Firearms trafficking through postal and express courier services\n"
                "Moderator: Ms. Adriana Kovač, UNODC",
            ],
            ["11:00 – 11:15", "Coffee break"],
            ["11:15 – 12:30", "Discussion of draft recommendations"],
            ["12:30 – 13:00", "Closing of the meeting"],
        ],
    )
    _save(document, path)


def french_table(path: Path) -> None:
    """A French programme of a regional dialogue held at the VIC, laid out as a bordered table
    with the header row "Heure | Point de l'ordre du jour | Intervenants", French times
    ("10 h 00 – 10 h 15"), round tables with a "Modératrice :" line among the speakers, and a lunch
    break row, as French versions of UNODC regional meeting programmes are set."""
    document = Document()
    _title(
        document,
        "Dialogue régional sur la lutte contre le trafic illicite de migrants en Afrique de"
        " l'Ouest et du Centre",
    )
    _centered(document, "Mardi 14 octobre 2025", bold=True)
    _centered(document, "10 h 00 – 12 h 30 et 14 h 00 – 17 h 00")
    _centered(document, "Format hybride")
    _centered(document, "Salle de conférence C4, Centre international de Vienne")
    _centered(document, "PROGRAMME", bold=True)
    _timetable(
        document,
        ["Heure", "Point de l'ordre du jour", "Intervenants"],
        [
            [
                "10 h 00 – 10 h 15",
                "Ouverture",
                "M. Jean-Baptiste Kaboré, Directeur de la coopération internationale\n"
                "Mme Aminata Diallo-Traoré, Représentante régionale, ONUDC",
            ],
            [
                "10 h 15 – 10 h 45",
                "Présentation par le Secrétariat de l'étude régionale sur le trafic illicite de"
                " migrants",
                "M. Olivier Ndiaye, Spécialiste de la prévention du crime, ONUDC",
            ],
            [
                "10 h 45 – 11 h 45",
                "Table ronde 1 : Coopération judiciaire et échange d'informations",
                "Modératrice : Mme Claire Dubois-Ekwalla, Magistrate\n"
                "M. Karim Benali, Procureur, Parquet national financier\n"
                "Mme Fatou Sow, Commissaire de police, Office central de lutte contre la"
                " traite",
            ],
            ["11 h 45 – 12 h 30", "Questions-réponses", ""],
            ["12 h 30 – 14 h 00", "Pause déjeuner", ""],
            [
                "14 h 00 – 15 h 15",
                "Table ronde 2 : Protection et assistance aux migrants objet d'un trafic",
                "Modérateur : M. Ousmane Camara, Organisation internationale pour les migrations\n"
                "Mme Hélène Mbarga, Directrice, Centre d'accueil des migrants\n"
                "M. Issa Compaoré, Professeur, Université Joseph Ki-Zerbo",
            ],
            ["15 h 15 – 16 h 00", "Questions-réponses", ""],
            [
                "16 h 00 – 16 h 45",
                "Échange de vues sur les priorités de la coopération régionale",
                "",
            ],
            [
                "16 h 45 – 17 h 00",
                "Clôture",
                "Mme Aminata Diallo-Traoré, Représentante régionale, ONUDC",
            ],
        ],
    )
    _save(document, path)


def spanish(path: Path) -> None:
    """A Spanish programme of a regional expert meeting, the items numbered by hand ("1." typed in
    the text, no Word numbering), sub-entries as "List Bullet" paragraphs, round tables as
    "Mesa redonda 1: …" lines with "Moderadora: Sra. …" and "Ponentes:" lines under them and
    "seguido de preguntas y respuestas", as Spanish versions of UNODC programmes are written."""
    document = Document()
    _title(
        document,
        "Reunión regional de expertos sobre prevención del delito y justicia penal en América"
        " Latina y el Caribe",
    )
    _centered(document, "Jueves, 20 de noviembre de 2025", bold=True)
    _centered(document, "9:30 – 13:00 (hora de Viena)")
    _centered(
        document,
        "Formato híbrido: Sala de Juntas D del Centro Internacional de Viena y participación en"
        " línea a través de Zoom",
    )
    _centered(document, "PROGRAMA", bold=True)

    _line(document, "1. Apertura de la reunión", bold=True)
    _line(document, "Palabras de apertura de la Presidencia", style="List Bullet")
    _line(document, "Sr. Andrés Villalobos, Presidente del Grupo de Expertos", indent=1)
    _line(document, "2. Aprobación del programa", bold=True)
    _line(
        document,
        "3. Exposición del Secretariado sobre los resultados del examen regional",
        bold=True,
    )
    _line(document, "Sra. Lucía Paredes, Oficial de Prevención del Delito, UNODC", indent=1)
    _line(document, "4. Mesas redondas sobre cooperación internacional", bold=True)
    _line(
        document,
        "Mesa redonda 1: Cooperación policial y judicial frente a la delincuencia organizada"
        " transnacional",
        style="List Bullet",
    )
    _line(document, "Moderadora: Sra. Beatriz Olmedo, Fiscal Especializada", indent=1)
    _line(
        document,
        "Ponentes: Sr. Héctor Salgado (Fiscalía General), Sra. Mariana Cifuentes (Ministerio de"
        " Justicia), Dr. Emilio Zárate (Universidad Nacional)",
        indent=1,
    )
    _line(document, "seguido de preguntas y respuestas", italic=True, indent=1)
    _line(
        document,
        "Mesa redonda 2: Prevención del delito con participación de la juventud",
        style="List Bullet",
    )
    _line(
        document, "Moderador: Sr. Gabriel Echeverría, Observatorio de Seguridad Ciudadana", indent=1
    )
    _line(
        document,
        "Ponentes: Sra. Valentina Rojas (Red de Jóvenes), Sr. Joaquín Benítez (Ministerio del"
        " Interior)",
        indent=1,
    )
    _line(document, "seguido de preguntas y respuestas", italic=True, indent=1)
    _line(document, "5. Diálogo con la sociedad civil", bold=True)
    _line(document, "6. Clausura de la reunión", bold=True)
    _line(document, "Palabras de clausura", style="List Bullet")
    _save(document, path)


def constructive_dialogue(path: Path) -> None:
    """A Constructive Dialogue of the UNTOC review process as the Secretariat lays it out in Word:
    the title centered bold, date and sittings in one bold paragraph split by a line break, the
    format and venue lines, "PROGRAMME", the items "I." to "V." from an upper-Roman list
    (``w:numPr``, nothing typed), bullets for the sub-entries, "Panel 1: …" and "Followed by a Q&A
    session …" lines under the spotlight item, and a tour de table on standing agenda items whose
    "❖" is the Wingdings bullet of their list, each followed by its guiding questions."""
    document = Document()
    _title(
        document,
        "Constructive Dialogue on the UNTOC and Protocols' review process following the"
        " conclusion of the twelfth meeting of the Working Group on Firearms",
    )
    when = document.add_paragraph()
    when.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first = when.add_run("Tuesday, 10 June 2025")
    first.bold = True
    first.add_break()
    when.add_run("10 AM – 1 PM; 3 PM – 6 PM (CEST)").bold = True
    _centered(document, "Hybrid format")
    _centered(document, "(VIC Boardroom D and online participation through Microsoft Teams)")
    _centered(document, "PROGRAMME", bold=True)

    items = add_numbering(document, ROMAN_LEVELS)
    standing = add_numbering(document, [("bullet", "v")], fonts=["Wingdings"])

    def item(text: str) -> None:
        set_numbering(_line(document, text, style="List Paragraph", bold=True), items, level=0)

    def bullet(text: str) -> None:
        _line(document, text, style="List Bullet")

    def standing_item(text: str, questions: Sequence[str]) -> None:
        paragraph = _line(document, text, indent=1)
        set_numbering(paragraph, standing, level=0)
        _line(document, "Suggested guiding questions for the discussion:", italic=True, indent=1)
        for question in questions:
            _line(document, question, style="List Bullet 2")

    item("Opening of the meeting")
    bullet("The Co-Chairs of the Dialogue will deliver introductory remarks")
    item("Briefing on the developments and outcomes of the review process")
    bullet(
        "The Secretariat will provide an overview of the current status of the review process"
        " and present on the support provided to States parties in the framework of the UNTOC"
        " Review Mechanism"
    )
    bullet(
        "Interventions and/or questions from non-governmental stakeholders on the review process"
    )
    item("Spotlight on the 12th meeting of the Working Group on Firearms")
    bullet(
        "The Co-Chairs will brief participants about the developments and outcomes of the"
        " Working Group on Firearms"
    )
    bullet("Panel discussions to unpack the substantive topics:")
    _line(
        document,
        "Panel 1: Preventing the illicit manufacturing of firearms, including through new"
        " technologies",
        bold=True,
        indent=1,
    )
    _line(
        document,
        "Panellists: Mr. Viktor Hallberg (Flemish Peace Institute), Ms. Adaeze Nwosu (West"
        " Africa Action Network on Small Arms)",
        indent=1,
    )
    _line(
        document,
        "Followed by a Q&A session and collection of inputs on related activities",
        italic=True,
        indent=1,
    )
    _line(
        document,
        "Panel 2: Marking, record-keeping and tracing as tools to prevent diversion",
        bold=True,
        indent=1,
    )
    _line(
        document,
        "Followed by a Q&A session and collection of inputs on related activities",
        italic=True,
        indent=1,
    )
    item("Interactive exchange on relevant activities of non-governmental stakeholders")
    bullet(
        "Tour-de-table with interventions and contributions from stakeholders with a specific"
        " focus on three standing agenda items:"
    )
    standing_item(
        "Role of non-governmental stakeholders in the universalization and implementation of the"
        " Firearms Protocol, particularly with regard to the prevention of illicit manufacturing.",
        [
            "How can non-governmental stakeholders contribute to the universalization of the"
            " Firearms Protocol?",
            "How can cooperation between governmental and non-governmental stakeholders,"
            " including the private sector and industry, be improved to prevent the illicit"
            " manufacturing of firearms?",
            "What are the challenges and opportunities for non-governmental stakeholders in"
            " engaging with States parties on the implementation of the Firearms Protocol?",
        ],
    )
    standing_item(
        "States parties' technical assistance needs and non-governmental stakeholders'"
        " engagement/participation, particularly with regard to marking, record-keeping and"
        " tracing.",
        [
            "In what areas of implementation of the Firearms Protocol should States parties and"
            " UNODC expand the engagement of non-governmental stakeholders?",
            "In what parts of the Firearms Protocol do non-governmental stakeholders see the"
            " need for expanded technical assistance to States parties?",
        ],
    )
    standing_item(
        "Gender, youth and human rights-based approaches to prevent and counter the illicit"
        " manufacturing of and trafficking in firearms.",
        [
            "How do gender dimensions and age factors influence the demand for and misuse of"
            " illicit firearms?",
            "What role can young people play in preventing firearms trafficking and armed"
            " violence in their communities?",
            "What do human rights-based approaches to countering firearms trafficking look like,"
            " and what are their benefits and challenges?",
        ],
    )
    item("Closing of the meeting")
    bullet("The Co-Chairs of the Dialogue will deliver concluding remarks")
    _save(document, path)


BUILDERS: dict[str, Callable[[Path], None]] = {
    "docx_table_time_item_speakers": table_time_item_speakers,
    "docx_table_no_header": table_no_header,
    "docx_style_numbered_headings": style_numbered_headings,
    "docx_list_numbering": list_numbering,
    "docx_headings_unnumbered": headings_unnumbered,
    "docx_two_days": two_days,
    "docx_french_table": french_table,
    "docx_spanish": spanish,
    "docx_constructive_dialogue": constructive_dialogue,
}
