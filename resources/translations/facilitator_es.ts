<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation>Temas permanentes abordados</translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation>Espacio marca, Intro confirma.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Programme imported before</source>
        <translation>Programa ya importado</translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation>Este programa ya se importó, como reunión {0} («{1}»). ¿Abrir esa reunión, o importar de nuevo el programa como reunión nueva?</translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation>&amp;Abrir la reunión {0}</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>&amp;Importar de nuevo</translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation>Revisar el programa importado</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>No se puede crear la reunión</translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation>No se puede unir a la reunión</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>No se puede abrir la reunión</translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation>Esta reunión está dañada</translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation>Las copias de seguridad están en {0}.</translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation>Abrir en modo de solo &amp;lectura hasta el evento {0}</translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation>hasta el evento {0}; el evento {1} está dañado. Aquí no se puede cambiar nada; restaure una copia de seguridad para continuar la reunión.</translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation>No se puede ensayar</translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation>una copia de práctica en el día de la reunión, {0}, desde las {1}; nada de lo que se haga aquí se conserva</translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation>una copia de práctica (no se conserva)</translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation>Cambiar el nombre de la reunión</translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation>Nombre en la lista:</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>No se puede duplicar</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>¿Eliminar la reunión?</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation>¿Eliminar «{0}» ({1}) y todo lo registrado en ella? Antes se hace una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation>Se eliminó «{0}». La copia de seguridad hecha antes es {1}.</translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation>¿Abrirla en modo de solo lectura, para consultarla y exportarla?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>¿Abrirla en modo de solo lectura?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>¿Abrir la copia de seguridad más reciente?</translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation>Abriendo la base de datos de reuniones…</translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation>Algo salió mal al enumerar las reuniones; los detalles están en {0}.</translation>
    </message>
</context>
<context>
    <name>BigClock</name>
    <message>
        <source>Segment clock</source>
        <translation>Reloj del segmento</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Panel {0}</source>
        <translation>Mesa redonda {0}</translation>
    </message>
    <message>
        <source>Standing item {0}</source>
        <translation>Tema permanente {0}</translation>
    </message>
    <message>
        <source>Sitting {n} {start}–{end}: {used} of {capacity} min</source>
        <translation>Sesión {n} {start}–{end}: {used} de {capacity} min</translation>
    </message>
    <message>
        <source> — runs {late} min over</source>
        <translation> — se excede en {late} min</translation>
    </message>
    <message>
        <source> — full</source>
        <translation> — completa</translation>
    </message>
    <message>
        <source> — {free} min free</source>
        <translation> — {free} min libres</translation>
    </message>
    <message>
        <source>{title} ends at {end}, {late} min after the sitting ends</source>
        <translation>{title} termina a las {end}, {late} min después del fin de la sesión</translation>
    </message>
    <message>
        <source> (and {n} more after it, until {end})</source>
        <translation> (y {n} más después, hasta las {end})</translation>
    </message>
    <message>
        <source>{title} ({minutes} min) does not fit in the {free} min left and moves to sitting {to}</source>
        <translation>{title} ({minutes} min) no cabe en los {free} min restantes y pasa a la sesión {to}</translation>
    </message>
    <message>
        <source>No sittings are set: {planned} min planned.</source>
        <translation>No hay sesiones definidas: {planned} min previstos.</translation>
    </message>
    <message>
        <source>The plan is {over} min longer than the day ({planned} of {cap} min).</source>
        <translation>El programa excede la jornada en {over} min ({planned} de {cap} min).</translation>
    </message>
    <message>
        <source>The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out.</source>
        <translation>El programa ({planned} de {cap} min) cabría, pero no en las sesiones tal como están distribuidas.</translation>
    </message>
    <message>
        <source>The plan fills the day exactly ({cap} min).</source>
        <translation>El programa llena exactamente la jornada ({cap} min).</translation>
    </message>
    <message>
        <source>The plan fits, with {free} min to spare ({planned} of {cap} min).</source>
        <translation>El programa cabe, con {free} min de margen ({planned} de {cap} min).</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>(category)</source>
        <translation>(categoría)</translation>
    </message>
    <message>
        <source>(room / online)</source>
        <translation>(en la sala / en línea)</translation>
    </message>
    <message>
        <source>Tags: type to filter, Space ticks</source>
        <translation>Temas: escriba para filtrar, Espacio marca</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Guiding questions answered</source>
        <translation>Preguntas orientativas respondidas</translation>
    </message>
    <message>
        <source>Questions this answer answers</source>
        <translation>Preguntas que responde esta respuesta</translation>
    </message>
    <message>
        <source>Summary (Ctrl+Enter saves)</source>
        <translation>Resumen (Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up needed</source>
        <translation>Requiere &amp;seguimiento</translation>
    </message>
    <message>
        <source>Q&amp;uotable</source>
        <translation>&amp;Citable</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>New from the floor (Ctrl+Shift+F)</source>
        <translation>Nueva desde el uso de la palabra (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Orador:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Resu&amp;men:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>Guiding &amp;questions:</source>
        <translation>&amp;Preguntas orientativas:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Respuestas:</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Editando {0}</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nueva intervención</translation>
    </message>
    <message>
        <source>Q{0}. {1}</source>
        <translation>P{0}. {1}</translation>
    </message>
    <message>
        <source>Saved the changes to {0}.</source>
        <translation>Cambios en {0} guardados.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>Intervención guardada.</translation>
    </message>
    <message>
        <source>{0} (restored draft)</source>
        <translation>{0} (borrador restaurado)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Where the keys work: anywhere in the console window (the menu entries), only in the capture pane (and its fields), or only in the interventions list.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>The menus, in the menu bar&apos;s order (Help follows them; see facilitator.ui.help). Where each context&apos;s keys are said to work, in the shortcuts sheet.</extracomment>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>In the capture pane</source>
        <translation>En el panel de captura</translation>
    </message>
    <message>
        <source>In the interventions list</source>
        <translation>En la lista de intervenciones</translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>&amp;Exportar el acta…</translation>
    </message>
    <message>
        <source>Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview</source>
        <translation>Exportar el acta de la sesión (Word, PDF, HTML, Markdown, CSV, JSON), con vista previa</translation>
    </message>
    <message>
        <source>&amp;Rehearse this meeting…</source>
        <translation>&amp;Ensayar esta reunión…</translation>
    </message>
    <message>
        <source>Run through this meeting on a practice copy, on its day&apos;s clock; nothing is kept</source>
        <translation>Recorrer esta reunión en una copia de práctica, con el reloj de su día; no se conserva nada</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Reuniones…</translation>
    </message>
    <message>
        <source>Back to the list of meetings (asks first while the meeting is under way)</source>
        <translation>Volver a la lista de reuniones (pregunta antes mientras la reunión está en curso)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Facilitator (the meeting is saved)</source>
        <translation>Salir de Facilitator (la reunión queda guardada)</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>&amp;Iniciar / pausar</translation>
    </message>
    <message>
        <source>Start the next segment, or pause and resume the current one</source>
        <translation>Iniciar el segmento siguiente, o pausar y reanudar el segmento en curso</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>Iniciar/Pausar</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>Segmento &amp;siguiente</translation>
    </message>
    <message>
        <source>Finish this segment and start the next</source>
        <translation>Terminar este segmento e iniciar el siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous segment; its clock resumes</source>
        <translation>Volver al segmento anterior; su reloj se reanuda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Jump to segment…</source>
        <translation>&amp;Ir al segmento…</translation>
    </message>
    <message>
        <source>Start any segment of the day</source>
        <translation>Iniciar cualquier segmento del día</translation>
    </message>
    <message>
        <source>Jump…</source>
        <translation>Ir a…</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>Prolongar &amp;1 minuto</translation>
    </message>
    <message>
        <source>Give the current segment one more minute</source>
        <translation>Dar un minuto más al segmento en curso</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>Prolongar &amp;5 minutos</translation>
    </message>
    <message>
        <source>Give the current segment five more minutes</source>
        <translation>Dar cinco minutos más al segmento en curso</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 minute</source>
        <translation>A&amp;cortar 1 minuto</translation>
    </message>
    <message>
        <source>Take one minute from the current segment</source>
        <translation>Quitar un minuto al segmento en curso</translation>
    </message>
    <message>
        <source>&amp;Finish segment</source>
        <translation>&amp;Terminar el segmento</translation>
    </message>
    <message>
        <source>Finish the current segment without starting the next</source>
        <translation>Terminar el segmento en curso sin iniciar el siguiente</translation>
    </message>
    <message>
        <source>&amp;End the sitting</source>
        <translation>&amp;Levantar la sesión</translation>
    </message>
    <message>
        <source>End the sitting under way (lunch, or the day)</source>
        <translation>Levantar la sesión en curso (el almuerzo, o el día)</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>Levantar la sesión</translation>
    </message>
    <message>
        <source>&amp;Call the next speaker</source>
        <translation>&amp;Dar la palabra al siguiente orador</translation>
    </message>
    <message>
        <source>Give the floor to the first speaker waiting; their clock starts</source>
        <translation>Dar la palabra al primer orador en espera; su reloj se pone en marcha</translation>
    </message>
    <message>
        <source>Call the selected speaker</source>
        <translation>Dar la palabra al orador seleccionado</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list</source>
        <translation>Dar la palabra al orador seleccionado en la lista</translation>
    </message>
    <message>
        <source>&amp;Hold / resume the speaker</source>
        <translation>&amp;Detener / reanudar al orador</translation>
    </message>
    <message>
        <source>Hold the speaker&apos;s clock (interpretation, connection) and resume it</source>
        <translation>Detener el reloj del orador (interpretación, conexión) y reanudarlo</translation>
    </message>
    <message>
        <source>Give the speaker 30 s more</source>
        <translation>Dar 30 s más al orador</translation>
    </message>
    <message>
        <source>Extend the speaker&apos;s time by 30 s</source>
        <translation>Prolongar 30 s el tiempo del orador</translation>
    </message>
    <message>
        <source>&amp;Finish the speaker</source>
        <translation>&amp;Terminar la intervención</translation>
    </message>
    <message>
        <source>The speaker has finished</source>
        <translation>El orador ha terminado</translation>
    </message>
    <message>
        <source>&amp;Skip (one place down)</source>
        <translation>&amp;Saltar (un puesto más abajo)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) one place down</source>
        <translation>Bajar un puesto al orador seleccionado (o al que tiene la palabra)</translation>
    </message>
    <message>
        <source>&amp;Defer to the end</source>
        <translation>&amp;Aplazar al final</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) to the end</source>
        <translation>Pasar al final al orador seleccionado (o al que tiene la palabra)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Take the selected speaker (or the one on the floor) off the list</source>
        <translation>Retirar de la lista al orador seleccionado (o al que tiene la palabra)</translation>
    </message>
    <message>
        <source>Put &amp;back on the list</source>
        <translation>Volver a poner en la &amp;lista</translation>
    </message>
    <message>
        <source>Put a withdrawn or finished speaker back at the end of the list</source>
        <translation>Volver a poner al final de la lista a un orador retirado o que ya habló</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Subir un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Bajar un puesto al orador seleccionado</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>Pasar al &amp;primer puesto</translation>
    </message>
    <message>
        <source>Move the selected speaker to the top of the list</source>
        <translation>Pasar al orador seleccionado al primer puesto de la lista</translation>
    </message>
    <message>
        <source>Those not yet heard today first</source>
        <translation>Primero quienes aún no han hablado hoy</translation>
    </message>
    <message>
        <source>Reorder the list: speakers not yet heard today first</source>
        <translation>Reordenar la lista: primero los oradores que aún no han hablado hoy</translation>
    </message>
    <message>
        <source>Alternate room and online</source>
        <translation>Alternar sala y en línea</translation>
    </message>
    <message>
        <source>Reorder the list to alternate speakers in the room and online</source>
        <translation>Reordenar la lista para alternar oradores en la sala y en línea</translation>
    </message>
    <message>
        <source>&amp;Balance the list</source>
        <translation>E&amp;quilibrar la lista</translation>
    </message>
    <message>
        <source>Reorder the list so that the stakeholder group least heard so far speaks next (by turns or speaking time, as chosen in the speakers dock)</source>
        <translation>Reordenar la lista para que el grupo de partes interesadas menos escuchado hasta ahora hable a continuación (por turnos o tiempo de palabra, según lo elegido en el panel de oradores)</translation>
    </message>
    <message>
        <source>&amp;Point of order</source>
        <translation>&amp;Cuestión de orden</translation>
    </message>
    <message>
        <source>Give the floor at once to a point of order (1:00); the speaker resumes after it</source>
        <translation>Dar de inmediato la palabra para una cuestión de orden (1:00); el orador continúa después</translation>
    </message>
    <message>
        <source>Right of repl&amp;y</source>
        <translation>Derecho de res&amp;puesta</translation>
    </message>
    <message>
        <source>Give the floor at once to a right of reply (2:00); the speaker resumes after it</source>
        <translation>Dar de inmediato la palabra para un derecho de respuesta (2:00); el orador continúa después</translation>
    </message>
    <message>
        <source>&amp;Add a speaker…</source>
        <translation>&amp;Añadir un orador…</translation>
    </message>
    <message>
        <source>Type a registered name, or “Name, Organization” for a guest</source>
        <translation>Escriba un nombre inscrito, o «Nombre, Organización» para un invitado</translation>
    </message>
    <message>
        <source>Standing items &amp;addressed…</source>
        <translation>Temas permanentes &amp;abordados…</translation>
    </message>
    <message>
        <source>Which standing items the selected speaker will address</source>
        <translation>Qué temas permanentes abordará el orador seleccionado</translation>
    </message>
    <message>
        <source>Speaking &amp;limit…</source>
        <translation>&amp;Tiempo de palabra…</translation>
    </message>
    <message>
        <source>Set the speaking time per speaker for this list</source>
        <translation>Fijar el tiempo de palabra por orador para esta lista</translation>
    </message>
    <message>
        <source>Close / reopen the &amp;list</source>
        <translation>Cerrar / reabrir la &amp;lista</translation>
    </message>
    <message>
        <source>Close the list to new requests, or reopen it</source>
        <translation>Cerrar la lista a nuevas solicitudes, o reabrirla</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Importar inscripciones…</translation>
    </message>
    <message>
        <source>Add participants from a registration list (.csv, .xlsx)</source>
        <translation>Añadir participantes desde una lista de inscripción (.csv, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;New intervention from the floor</source>
        <translation>&amp;Nueva intervención desde el uso de la palabra</translation>
    </message>
    <message>
        <source>Start capturing the speaker on the floor, prefilled</source>
        <translation>Empezar a capturar al orador que tiene la palabra, prellenado</translation>
    </message>
    <message>
        <source>Go to the &amp;capture</source>
        <translation>Ir a la &amp;captura</translation>
    </message>
    <message>
        <source>Move the keyboard to the summary of the intervention being captured</source>
        <translation>Llevar el teclado al resumen de la intervención que se está capturando</translation>
    </message>
    <message>
        <source>Go to the &amp;interventions</source>
        <translation>Ir a las &amp;intervenciones</translation>
    </message>
    <message>
        <source>Find, review and edit what was captured</source>
        <translation>Buscar, revisar y editar lo capturado</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>The name recorded with everything you do and capture (a rapporteur&apos;s name)</source>
        <translation>El nombre registrado con todo lo que usted hace y captura (el nombre de un relator)</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Guardar la intervención</translation>
    </message>
    <message>
        <source>Save the intervention being captured</source>
        <translation>Guardar la intervención que se está capturando</translation>
    </message>
    <message>
        <source>Leave the field</source>
        <translation>Salir del campo</translation>
    </message>
    <message>
        <source>Leave a field: the single keys are the Co-Chair&apos;s again</source>
        <translation>Salir de un campo: las teclas simples vuelven a ser de los Copresidentes</translation>
    </message>
    <message>
        <source>Delete the intervention</source>
        <translation>Eliminar la intervención</translation>
    </message>
    <message>
        <source>Delete the selected intervention (Ctrl+Z undoes)</source>
        <translation>Eliminar la intervención seleccionada (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo this seat&apos;s last action</source>
        <translation>Deshacer la última acción de este puesto</translation>
    </message>
    <message>
        <source>Redo what this seat undid</source>
        <translation>Rehacer lo que este puesto deshizo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step…</source>
        <translation>Deshacer el paso de otro puesto…</translation>
    </message>
    <message>
        <source>Undo the latest step of another seat, named with who took it (asks first)</source>
        <translation>Deshacer el último paso de otro puesto, indicando quién lo dio (pide confirmación)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>Editar el &amp;programa…</translation>
    </message>
    <message>
        <source>Edit items and segments</source>
        <translation>Editar temas y segmentos</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>Pantalla de la &amp;sala</translation>
    </message>
    <message>
        <source>Show or hide the display for the room, full screen on the last screen</source>
        <translation>Mostrar u ocultar la pantalla para la sala, a pantalla completa en la última pantalla</translation>
    </message>
    <message>
        <source>Go to the &amp;agenda</source>
        <translation>Ir al &amp;orden del día</translation>
    </message>
    <message>
        <source>Move the keyboard to the agenda (Enter starts the selected segment)</source>
        <translation>Llevar el teclado al orden del día (Intro inicia el segmento seleccionado)</translation>
    </message>
    <message>
        <source>Go to the &amp;speakers</source>
        <translation>Ir a los &amp;oradores</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of speakers</source>
        <translation>Llevar el teclado a la lista de oradores</translation>
    </message>
    <message>
        <source>Facilitator — console</source>
        <extracomment>Words of a banner: as they are, or a function that says them in the interface&apos;s language. The console built again in another language (View → Language), which takes this one&apos;s place on the same controller (ui/relanguage.py); whoever wired this one wires it too.</extracomment>
        <translation>Facilitator — consola</translation>
    </message>
    <message>
        <source>Time in the meeting&apos;s time zone</source>
        <translation>Hora en el huso horario de la reunión</translation>
    </message>
    <message>
        <source>Running offset</source>
        <translation>Adelanto o retraso</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Recorded as: {0}</source>
        <translation>Registrado como: {0}</translation>
    </message>
    <message>
        <source>Select an intervention in the list first.</source>
        <translation>Seleccione primero una intervención en la lista.</translation>
    </message>
    <message>
        <source>Room display &amp;screen</source>
        <translation>Pantalla para la &amp;sala</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Deshacer: {0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Rehacer: {0}</translation>
    </message>
    <message>
        <source>Undo {0}’s step: {1}…</source>
        <translation>Deshacer el paso de {0}: {1}…</translation>
    </message>
    <message>
        <source>No other seat has a step to undo.</source>
        <translation>Ningún otro puesto tiene un paso que deshacer.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SOLO LECTURA</translation>
    </message>
    <message>
        <source>NOT CONNECTED — the other seats&apos; changes are not reaching this one ({0}). Reconnecting by itself; keys that change the meeting are refused meanwhile, and what you type is kept.</source>
        <translation>SIN CONEXIÓN — los cambios de los otros puestos no llegan a este ({0}). Se reconecta solo; mientras tanto se rechazan las teclas que cambian la reunión, y lo que escriba se conserva.</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (Ctrl+2, then the arrows).</source>
        <translation>Seleccione primero un orador en la lista (Ctrl+2, luego las flechas).</translation>
    </message>
    <message>
        <source>There is no segment to keep a list of speakers for.</source>
        <translation>No hay ningún segmento para el que llevar una lista de oradores.</translation>
    </message>
    <message>
        <source>{0} registered participants match “{1}”. Pick one from the list (Down, then Enter), or type more of the name.</source>
        <translation>{0} participantes inscritos coinciden con «{1}». Elija uno de la lista (Abajo, luego Intro), o escriba más del nombre.</translation>
    </message>
    <message>
        <source>“{0}” is not a registered participant. Choose a name from the list, or add a guest as “Name, Organization”.</source>
        <translation>«{0}» no es un participante inscrito. Elija un nombre de la lista, o añada un invitado como «Nombre, Organización».</translation>
    </message>
    <message>
        <source>There is no segment to set a speaking limit for.</source>
        <translation>No hay ningún segmento para el que fijar un tiempo de palabra.</translation>
    </message>
    <message>
        <source>Write the limit as minutes:seconds, e.g. 2:30.</source>
        <translation>Escriba el tiempo como minutos:segundos, por ejemplo 2:30.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>A widget&apos;s place in its window: each step the child&apos;s class and its rank among the parent&apos;s children of that class (a console built again is built in the same order).</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Como el sistema ({0})</translation>
    </message>
    <message>
        <source>An export is being written. Choose the language again when it is done; the choice is kept for the next start too.</source>
        <translation>Se está escribiendo una exportación. Vuelva a elegir el idioma cuando haya terminado; la elección también se conserva para el próximo inicio.</translation>
    </message>
    <message>
        <source>The language could not be changed; the console goes on as it was, the meeting untouched. Details are in {0}.</source>
        <translation>No se pudo cambiar el idioma; la consola sigue como estaba, sin que la reunión se vea afectada. Los detalles están en {0}.</translation>
    </message>
</context>
<context>
    <name>DisplaySeat</name>
    <message>
        <source>Room display — {0}</source>
        <translation>Pantalla de la sala — {0}</translation>
    </message>
    <message>
        <source>Not connected to the meeting ({0}); reconnecting. The clocks run on from the last events received.</source>
        <translation>Sin conexión con la reunión ({0}); reconectando. Los relojes siguen a partir de los últimos eventos recibidos.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session record</source>
        <extracomment>How long the choices must settle (a few boxes unticked in a row) before the preview is built. The preview is built at most once per this interval, however fast captures come in. A long record&apos;s preview stops after this many entries and rows per table (see formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts). Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that holds a zero-width space. The last part of the preview given to :meth:`show_parts` is in. An export that ended after the dialog was closed: (sentence, is_error), for the console.</extracomment>
        <translation>Exportar el acta de la sesión</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>Vista previa del acta</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation>Mostrar los archivos escritos en el gestor de archivos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation>Escribir el acta (Intro)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>&amp;Idioma del acta</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>El idioma del acta</translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation>{0} (títulos)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation>&amp;Nominativo: oradores por nombre y organización</translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation>&amp;Anónimo (regla de Chatham House)</translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation>Anónimo: ningún nombre ni organización aparece en ninguna parte, resúmenes incluidos; los oradores se indican por su categoría de partes interesadas.</translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation>Todavía parece un nombre o una organización (marcado: se omite):</translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation>Nombres que quedan en los resúmenes</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation>CSV y JSON siempre están completos: se exportan todas las secciones. El resumen de los Copresidentes toma lo que necesita de toda el acta.</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>Elegir la carpeta y el nombre del archivo</translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation>Tres archivos: {0}.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Esto es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Existe un archivo con este nombre y se reemplazará.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation>La vista previa muestra las primeras {0} de {1} entradas y {2} filas de cada tabla, para ser rápida; los archivos son {3} y las contendrán todas.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation>La vista previa muestra las primeras {0} de {1} entradas y {2} filas de cada tabla, para ser rápida; el archivo es {3} y las contendrá todas.</translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation>La vista previa muestra el contenido; los archivos son {0}.</translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation>La vista previa muestra el contenido; el archivo es {0}.</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Marque al menos una sección.</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation>No se pudo mostrar la vista previa ({0}).</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation>No se pudo mostrar la vista previa ({0}). Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation>Elija dónde guardar el acta.</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>Marque al menos una sección para exportar.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation>{0} archivos guardados en {1}:
{2}</translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation>Acta exportada: {0}</translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation>El acta no se exportó: {0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation>Algo inesperado salió mal y el acta no se exportó ({0}). Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation>No se pudo abrir la carpeta {0}.</translation>
    </message>
</context>
<context>
    <name>FairFloor</name>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary or other</source>
        <translation>No binario u otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>No jóvenes</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>The groups as the heading of a count (&quot;Women: 3&quot;): plural-safe in every language.</extracomment>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Cuestión de orden</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Derecho de respuesta</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>turnos de palabra</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>tiempo de palabra</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}: {count}</translation>
    </message>
    <message>
        <source>Balance the list by %1 (%2)</source>
        <translation>Equilibrar la lista (%1) (%2)</translation>
    </message>
    <message>
        <source>Remove the budget of %1</source>
        <translation>Suprimir el presupuesto de %1</translation>
    </message>
    <message>
        <source>Budget of %1: %2 min</source>
        <translation>Presupuesto de %1: %2 min</translation>
    </message>
    <message>
        <source>%1: over budget by %2 (%3 of %4)</source>
        <translation>%1: presupuesto superado en %2 (%3 de %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left</source>
        <translation>%1: %2 de %3 utilizados, quedan %4</translation>
    </message>
    <message>
        <source>, a limit of %1 fits the %2 waiting</source>
        <translation>, un límite de %1 cabe para los %2 inscritos</translation>
    </message>
    <message>
        <source>, no limit fits the %1 waiting</source>
        <translation>, ningún límite cabe para los %1 inscritos</translation>
    </message>
    <message>
        <source>No time budgets for this segment.</source>
        <translation>No hay presupuestos de tiempo para este segmento.</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>Presupuestos: %1</translation>
    </message>
    <message>
        <source>%1 heard</source>
        <translation>%1 escuchados</translation>
    </message>
    <message>
        <source>%1 next: %2, the only group waiting</source>
        <translation>%1 a continuación: %2, el único grupo inscrito</translation>
    </message>
    <message>
        <source>%1 next: %2 against %3 for %4</source>
        <translation>%1 a continuación: %2 frente a %3 de %4</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>Equilibrar según</translation>
    </message>
    <message>
        <source>Balance the list</source>
        <translation>Equilibrar la lista</translation>
    </message>
    <message>
        <source>Put the stakeholder group least heard so far next (Ctrl+B)</source>
        <translation>Dar la palabra a continuación al grupo de partes interesadas menos escuchado hasta ahora (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Budget in minutes (0: none)</source>
        <translation>Presupuesto en minutos (0: ninguno)</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Fijar el presupuesto</translation>
    </message>
    <message>
        <source>The group&apos;s speaking time for this segment (0: no budget)</source>
        <translation>El tiempo de palabra del grupo para este segmento (0: sin presupuesto)</translation>
    </message>
    <message>
        <source>Time budgets</source>
        <translation>Presupuestos de tiempo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Who has the floor?</source>
        <translation>¿Quién tiene la palabra?</translation>
    </message>
    <message>
        <source>%1: %2 resumes after it (X)</source>
        <translation>%1: %2 continúa después (X)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation>
            <numerusform>%n advertencia y {0}</numerusform>
            <numerusform>%n advertencias y {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n línea no comprendida</numerusform>
            <numerusform>%n líneas no comprendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab ({1}) before keeping the programme.</source>
        <translation>La importación encontró {0}: revíselas en la pestaña Advertencias de la importación ({1}) antes de conservar el programa.</translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation>Línea {0}: </translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation>Línea {0}, no comprendida: {1}</translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation>Se comprendieron todas las líneas del documento.</translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation>Lo que la importación encontró para revisar. Las líneas no comprendidas no están en ningún campo: copie a mano en el programa lo que importe.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation>p. ej. III</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>Una nota por línea</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation>Copresidente: dirige el orden del día y concede la palabra</translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation>Relator: captura y revisa</translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation>Pantalla de la sala: muestra la reunión, no recibe órdenes</translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation>Unirse a una reunión en un servidor</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation>el nombre o la dirección del servidor, p. ej. 10.0.0.5</translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation>su nombre, tal como lo mostrará el acta</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation>La contraseña viene del archivo de contraseñas de PostgreSQL (~/.pgpass) o de PGPASSWORD; Facilitator nunca la guarda.</translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation>C&amp;onectar y listar las reuniones</translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation>Reuniones en el servidor</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation>Escriba el nombre de la base de datos (la Secretaría lo facilita).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation>No se puede unir: el servidor no respondió como una base de datos de Facilitator ({0}). Compruebe el nombre del servidor, el puerto, la base de datos y el usuario (la Secretaría los facilita), y que este equipo está en la red de la reunión.</translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation>Todavía no hay ninguna reunión en este servidor: la Secretaría copia antes una (facilitator copy-meeting MEETING --to ADDRESS).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>%n reunión en el servidor.</numerusform>
            <numerusform>%n reuniones en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation>Escriba su nombre: cada evento registra quién lo hizo.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Jump to segment</source>
        <translation>Ir al segmento</translation>
    </message>
    <message>
        <source>Type to filter, Enter to start</source>
        <translation>Escriba para filtrar, Intro para iniciar</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation>Híbrido (en la sala y en línea)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation>La sesión {0} debe escribirse como 10:00–13:00 (una sesión por línea).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation>AAAA-MM-DD, p. ej. 2024-07-10</translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation>Una sesión por línea: 10:00–13:00</translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation>p. ej. Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Huso horario:</translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation>Se&amp;siones:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation>&amp;Plataforma en línea:</translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation>La fecha debe escribirse como 2024-07-10, o quedar vacía.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation>Editar el programa</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Añadir &amp;tema</translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation>Un nuevo tema del orden del día después del seleccionado</translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation>Añadir &amp;segmento</translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation>Un nuevo segmento después del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation>Quitar el tema o el segmento seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation>Subir la selección un puesto</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation>Bajar la selección un puesto</translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation>Conservar los cambios</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation>Seleccione un tema o un segmento para editarlo.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation>Conservar el programa editado (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation>Descartar las ediciones (Esc)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Exposición informativa</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Tema permanente</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation>&amp;Datos de la reunión</translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform ({0})</source>
        <translation>Título, fecha, huso horario, sesiones, lugar, formato, plataforma en línea ({0})</translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation>&amp;Advertencias de la importación</translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation>Lo que la importación encontró para revisar, y las líneas que no comprendió</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation>Del documento, línea {n}: «{text}»</translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation>Segmento (en curso: se puede cambiar pero no quitar)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation>El inicio previsto debe ser una hora como 10:30, o quedar vacío.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation>«{title}» está en curso y no se puede quitar. Termínelo o pase antes a otro segmento.</translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation>El tema «{title}» contiene el segmento en curso y no se puede quitar.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar el tema</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>¿Quitar «{title}» y su segmento?</numerusform>
            <numerusform>¿Quitar «{title}» y sus %n segmentos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation>No se pueden conservar estos cambios: {problem}</translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation>Editado. Ctrl+Intro conserva los cambios, Esc los descarta.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aún no hay cambios.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation>¿Descartar sus cambios en el programa?</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation>{kind} · en curso</translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation>En curso: no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Sesión {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation>El programa no tiene ningún segmento más que iniciar.</translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation>No hay ningún segmento después de «{segment}».</translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation>«{segment}» ya está en curso.</translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation>No hay ningún segmento en curso.</translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation>«{segment}» ya está en pausa.</translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation>La reunión no está en pausa.</translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation>No hay ningún segmento antes de «{segment}».</translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation>Todavía no se ha celebrado ningún segmento: no hay adónde volver.</translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation>El programa no contiene ningún segmento «{segment}».</translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation>«{segment}» es el segmento en curso: reanúdelo en su lugar.</translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation>No hay ningún segmento en curso: no hay nada que prolongar.</translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation>Prolongue un número entero de segundos distinto de cero.</translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation>Prolongue como máximo 24 horas cada vez.</translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation>«{segment}» tiene asignado {allotted}: no se puede acortar {shortening}.</translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation>El programa no prevé ninguna sesión.</translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation>No hay sesión {number}: el programa tiene {count}.</translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation>Todas las sesiones del programa ya han comenzado.</translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation>{sitting} ya ha comenzado.</translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation>{sitting} sigue en curso: levántela primero.</translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation>No hay ninguna sesión en curso.</translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation>{sitting} no está en curso.</translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation>El programa modificado no es válido: {reason}.</translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» está en pausa: no se puede quitar del programa. Pase primero a otro segmento.</translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» está en curso: no se puede quitar del programa. Pase primero a otro segmento.</translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation>El programa no ha cambiado.</translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation>No tiene nada que deshacer: el último paso es de {seat}. Para deshacerlo, use Edición &gt; Deshacer el paso de otro puesto (Ctrl+Alt+Z).</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation>Ese paso ya no se puede deshacer: ya se deshizo, o su puesto ha dado otro desde entonces. Vuelva a consultar Edición &gt; Deshacer el paso de otro puesto.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation>Una intervención se da como borrador o como correspondencia de sus campos.</translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation>«{field}» no es un campo de una intervención.</translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation>Esa intervención no figura en la reunión (puede que se haya deshecho su captura).</translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation>La intervención {id} de un orador sin nombre ({kind})</translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation>La intervención {id} de {speaker} ({kind})</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} debe ser texto.</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation>{field} tiene más de {count} caracteres: acorte el texto.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>{field} contiene un carácter que no se puede guardar (un par suplente roto): elimínelo y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation>{field} debe ser un identificador.</translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation>Elija una de las categorías de partes interesadas.</translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation>Indique si el orador estaba en la sala o en línea.</translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation>Elija el tipo: pregunta, declaración, respuesta (panelista), recomendación o aportación sobre actividades conexas.</translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation>{field} no se puede leer: indique la fecha, la hora y la zona horaria.</translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation>{field} debe ser una hora.</translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation>{field} no tiene zona horaria.</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field}: se espera una lista de identificadores.</translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation>«{field}» es sí o no.</translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation>El resumen debe ser texto.</translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation>El resumen tiene más de {count} caracteres: divídalo en dos intervenciones o acórtelo.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>El resumen</translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation>Elija las preguntas orientativas de la lista.</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>El participante</translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation>Ese participante no está inscrito: elija otro o escriba el nombre del orador.</translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation>El nombre del orador</translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation>Indique quién hizo uso de la palabra: elija un participante o escriba un nombre.</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>La organización</translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation>La inscripción en la lista</translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation>Esa inscripción no figura en ninguna lista de oradores (puede que se haya deshecho).</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>La hora de inicio</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>La hora de fin</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>El fin ({end}) es anterior al inicio ({start}).</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>Los temas</translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation>Asocie la intervención al segmento que aborda (al menos uno).</translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation>Esa pregunta orientativa corresponde a «{segment}», al que la intervención no está asociada: añada primero ese tema.</translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation>«{segment}» no tiene pregunta orientativa {number}.</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>Las respuestas</translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation>Solo una respuesta (panelista) puede vincularse a las preguntas que responde: asígnele primero el tipo «Respuesta (panelista)».</translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation>Una respuesta no puede responderse a sí misma.</translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation>No hay ninguna intervención «{id}» que responder (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation>{intervention} no es una pregunta: solo se responden las preguntas.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation>Citable</translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation>{intervention} está eliminada: restáurela para editarla.</translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation>Indique los cambios como campo → nuevo valor.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation>{intervention} ya está eliminada.</translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation>{intervention} no está eliminada.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>el género</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>{field} no es texto</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} está en blanco</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>{field} supera los {count} caracteres</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation>{field} contiene un carácter que no se puede guardar (un par sustituto roto): bórrelo y vuelva a escribirlo</translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation>la categoría no es una de las categorías de partes interesadas</translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation>la asistencia no es ni en la sala ni en línea</translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation>la condición de joven no es ni sí ni no</translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation>un participante no es un objeto</translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation>el identificador no es texto</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>el identificador está en blanco</translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation>la categoría {value} es desconocida</translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation>la asistencia {value} es desconocida</translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation>la condición de joven no es ni verdadera ni falsa</translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation>el indicador de invitado no es ni verdadero ni falso</translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation>el programa no tiene título</translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation>el programa no tiene ningún tema en el orden del día</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>zona horaria desconocida «{zone}»</translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation>la sesión {sitting} termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation>la sesión {sitting} empieza antes de que termine la sesión {previous}</translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation>el tema {item} del orden del día no tiene título</translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation>dos temas del orden del día comparten el identificador «{id}»</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation>en el tema «{item}», segmento «{segment}»</translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation>{where}: el identificador «{id}» se usa dos veces</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation>en el tema «{item}»: un segmento no tiene título</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation>{where}: los minutos previstos deben ser un número entero</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation>{where}: los minutos previstos deben estar entre 0 y 1440</translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation>{where}: un número debe estar entre 1 y 999</translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation>{where}: solo un segmento de preguntas y respuestas puede seguir a una mesa redonda</translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation>{where}: sigue a la mesa redonda {panel}, que no está en este tema</translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation>{where}: un panelista o moderador no tiene nombre</translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation>format_version: este archivo fue escrito por una versión más reciente de Facilitator (formato {found}); esta versión lee el formato {readable}, actualícela</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation>{path}: no debe estar en blanco (u omítalo)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>{path}: clave desconocida {key} (¿quería decir «{close}»?); las claves permitidas aquí son: {keys}</translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation>{path}: clave desconocida {key}; las claves permitidas aquí son: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>clave de primer nivel desconocida {key} (¿quería decir «{close}»?); las claves permitidas aquí son: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation>clave de primer nivel desconocida {key}; las claves permitidas aquí son: {keys}</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}: falta</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation>{path}: contiene un carácter que no es texto válido</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>un número entero mayor o igual que {low}</translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation>{path}: {number} es demasiado grande para un número</translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation>{path}: {value} no es una fecha válida</translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation>una hora local sin desfase UTC («10:00»)</translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation>{path}: {value} no es una hora del día</translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation>una hora («10:00»)</translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation>{path}: {what} desconocido {value}; se esperaba uno de: {allowed}</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>uno de: {allowed}</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation>{path}: zona horaria desconocida {zone} (se esperaba un nombre como «Europe/Vienna»)</translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation>una fecha («2024-07-10»)</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation>{path}: se esperaba {expected}, no {value}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>nada (null)</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>un número muy grande</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>una fecha y hora</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>la fecha {date}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>la hora {time}</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>un valor de tipo {type}</translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation>No hay ningún segmento en curso ni ninguno a continuación: elija el segmento al que corresponde esta lista.</translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation>No hay ningún segmento en curso: inicie uno antes de dar la palabra.</translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation>«{segment}» no es el segmento en curso: inícielo antes de dar la palabra desde su lista.</translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation>Ese orador no figura en ninguna lista de oradores (puede que se haya deshecho su inscripción).</translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation>{speaker} se ha retirado de la lista: vuelva a inscribirlo primero.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation>{speaker} tiene la palabra: solo se puede mover a los oradores en espera.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation>{speaker} tiene la palabra: solo se puede saltar a los oradores en espera.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation>{speaker} tiene la palabra: solo se puede aplazar a los oradores en espera.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation>{speaker} ya ha hecho uso de la palabra: solo se puede mover a los oradores en espera.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation>{speaker} ya ha hecho uso de la palabra: solo se puede saltar a los oradores en espera.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation>{speaker} ya ha hecho uso de la palabra: solo se puede aplazar a los oradores en espera.</translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation>Indique el puesto con un número entero.</translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation>La lista solo tiene un puesto.</translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation>Elija un puesto entre 1 y {count}.</translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation>Indique el nombre del invitado.</translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation>Indique la organización del invitado.</translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation>No se puede añadir al invitado: {reason}.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>La nota debe ser texto.</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation>La nota tiene más de {count} caracteres: acórtela.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>La nota contiene un carácter que no se puede guardar (un par suplente roto): elimínelo y vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation>La lista de oradores está vacía y cerrada.</translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation>La lista de oradores está vacía.</translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation>{speaker} ya tiene la palabra.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation>{speaker} ya ha hecho uso de la palabra: vuelva a inscribirlo en la lista para darle de nuevo la palabra.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation>El reloj de {speaker} ya está detenido.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation>El reloj de {speaker} no está detenido.</translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation>Prolongue a un orador como máximo una hora cada vez.</translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation>{speaker} tiene {allotted}: ese tiempo no se puede acortar {shortening}.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation>No hay nadie en espera: no hay nadie a quien saltar.</translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation>{speaker} es el único orador en espera: no hay nadie a quien pasar.</translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation>{speaker} ya está en el último puesto.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation>No hay nadie en espera: no hay nadie a quien aplazar.</translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation>{speaker} ya se ha retirado.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation>{speaker} ya ha hecho uso de la palabra: no hay nada que retirar.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation>{speaker} ya está en espera.</translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation>{speaker} tiene la palabra.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation>{speaker} ya está en espera en esta lista.</translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation>{speaker} ya está en el primer puesto.</translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation>{speaker} ya ocupa ese puesto.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation>Hay menos de dos oradores en espera: no hay nada que reordenar.</translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation>Quienes aún no han hablado hoy ya están en primer lugar.</translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation>La lista ya alterna entre la sala y en línea.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation>La lista de oradores de «{segment}» ya está cerrada.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation>La lista de oradores de «{segment}» está abierta.</translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation>Indique el tiempo de palabra como un número entero de segundos.</translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation>Un tiempo de palabra está comprendido entre {shortest} y {longest}.</translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation>El tiempo de palabra ya es de {limit}.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation>La lista de oradores de «{segment}» está cerrada: reábrala para añadir un orador.</translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation>Ese participante no está inscrito: importe la lista de inscripción o añada un invitado.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation>{participant} no se puede aceptar: {reason}.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation>El identificador «{id}» ya es el de {participant}.</translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation>Elija una categoría de partes interesadas, y sala o en línea.</translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation>Ese participante no está inscrito.</translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation>La lista de inscripción no contiene ningún participante.</translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation>La fila {row} de la lista no es un participante.</translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation>El participante {row}</translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation>El identificador «{id}» de {participant} ya es el de {other}: cada participante necesita su propio identificador.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation>El identificador «{id}» se ha asignado tanto a {participant} como a {other}: cada participante necesita su propio identificador.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation>Esperan menos de dos oradores: no hay nada que equilibrar.</translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation>La lista ya está equilibrada entre los grupos escuchados hasta ahora.</translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation>Solo una cuestión de orden o un derecho de respuesta interrumpe la lista.</translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation>Una cuestión de orden ya tiene la palabra: termínela primero.</translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation>Un derecho de respuesta ya tiene la palabra: termínelo primero.</translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation>Elija un grupo de partes interesadas.</translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation>Indique el tiempo asignado en minutos enteros.</translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation>Un tiempo asignado es de {hours} horas como máximo.</translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation>{group} no tiene tiempo asignado en este segmento.</translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation>El tiempo asignado a {group} ya es {clock}.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation>Una cuestión de orden tiene la palabra. Termínela primero.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation>Un derecho de respuesta tiene la palabra. Termínelo primero.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation>Una cuestión de orden tiene la palabra. Termínela primero: luego {name} reanudará.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation>Un derecho de respuesta tiene la palabra. Termínelo primero: luego {name} reanudará.</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation>no hay día {day}: el programa abarca {count} días</translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation>este programa abarca {count} días; se importó el día {day} ({label}). Importe los demás uno por uno, cada uno como una reunión propia</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation>no hay día {day}: el programa abarca un solo día</translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation>no se encontró ningún tema del orden del día: se esperaban temas numerados como «I. Apertura de la reunión» o «1. Apertura», títulos o filas con horario como «10:00 - 10:15 Apertura»</translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation>el documento no indica ninguna fecha: indique la fecha de la reunión en Datos de la reunión</translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation>el documento abarca varios días (del {first} al {last}) sin indicar qué entradas corresponden a cada día: se tomó el {first} como fecha de la reunión. Compruébela en Datos de la reunión e importe el programa de cada día como una reunión propia</translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation>el documento indica más de una fecha: se tomó el {date} como fecha de la reunión, no el {others}. Compruébela en Datos de la reunión</translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation>no se encontró ningún tema del orden del día</translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation>el documento se lee como {count} entradas del orden del día, más de las que caben en un día de reunión (como máximo {most}): ¿es el programa? Abra el programa propiamente dicho</translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation>el programa no tiene título antes de su primer tema del orden del día</translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation>el documento no indica sesiones ni horarios: indique las sesiones en Datos de la reunión; de lo contrario, el plan no puede situar el día</translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation>los horarios del programa llegan hasta las {latest} ({planned} minutos previstos), más allá de las sesiones ({sittings}, {capacity} minutos): compruebe las sesiones y los horarios en Datos de la reunión</translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation>el segmento «{title}» parece el nombre de una persona, no una entrada del orden del día: compruebe a dónde corresponde esta línea</translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation>esto parece el acta exportada de una reunión (contiene {sections}), no un programa: abra el programa con el que se celebró la reunión</translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation>el documento está demasiado anidado para leerlo</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation>no se pudo leer este documento de Word ({error}); ábralo en Word y vuelva a guardarlo como documento de Word (.docx)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation>esto es una carpeta, no un documento de Word</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation>este documento de Word está protegido con contraseña: ábralo en Word, quite la contraseña (Archivo &gt; Información &gt; Proteger documento) y guárdelo como .docx sin protección</translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation>esto es un documento antiguo de Word 97-2003 (.doc): ábralo en Word y guárdelo como .docx</translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation>esto es un documento de Word protegido con contraseña o un archivo .doc antiguo: ábralo en Word y guárdelo como documento de Word sin protección (.docx)</translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation>esto es {other}, no un documento de Word: ábralo y guarde el programa como .docx</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation>esto es un archivo zip, no un documento de Word (.docx); guarde el programa como .docx</translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation>este archivo está cifrado; guarde el programa como .docx sin protección</translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation>este documento es demasiado grande para ser un programa</translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation>un archivo de texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>un archivo OpenDocument</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un libro de Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>no se puede leer este archivo ({reason})</translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation>esto no es un documento de Word (.docx) o está dañado; ábralo en Word y vuelva a guardarlo como documento de Word (.docx)</translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation>este archivo de Office no es un documento de Word; guarde el programa como .docx</translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation>el documento tiene más de {most} párrafos, más de los que tiene el programa de una reunión: ¿es el programa? Abra el programa propiamente dicho</translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation>los programas en PDF no se pueden leer: ábralo y guárdelo como Word (.docx) o texto (.txt)</translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation>esto es una carpeta, no un archivo de programa</translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation>el archivo ocupa {size} MB: demasiado grande para ser un programa</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>permiso denegado: no se puede leer este archivo</translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation>esto no es un documento de texto; guarde el programa como .txt, .md o .docx</translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation>día {number}: {label}</translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation>día {number}: {label} ({date})</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>esto no es un documento de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation>el documento tiene {count} líneas, más de las que tiene el programa de una reunión (como máximo {most}): ¿es el programa? Abra el programa propiamente dicho</translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation>el TOML está demasiado anidado para ser un programa</translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation>el TOML contiene un número demasiado largo</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation>este archivo no es texto UTF-8 (byte 0x{byte}); guárdelo como UTF-8 en su editor</translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation>el archivo es demasiado grande para ser un programa</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation>TOML no válido: {reason} (línea {line_number}, columna {column})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation>TOML no válido: {reason} (al final del archivo, línea {line_number})</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>no se puede sobrescribir un valor</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>el carácter escapado no es un valor escalar Unicode</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>se esperaba «=» después de una clave en un par clave/valor</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>se esperaba «]» al final de una declaración de tabla</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>se esperaba «]]» al final de una declaración de matriz</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>se esperaba un salto de línea o el final del documento después de una instrucción</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>fecha o fecha y hora no válida</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>valor hexadecimal no válido</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>carácter inicial no válido para una parte de clave</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>instrucción no válida</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>matriz sin cerrar</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>tabla en línea sin cerrar</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation>no se puede declarar {key} dos veces</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation>no se puede modificar el espacio de nombres inmutable {key}</translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation>no se puede redefinir el espacio de nombres {key}</translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation>clave de tabla en línea duplicada {key}</translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation>se encontró un carácter no válido: {character}</translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation>carácter no permitido: {character}</translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation>se esperaba {expected}</translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation>no se puede guardar este programa: {reason}</translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation>no se puede guardar este programa: al volver a leerlo no sería idéntico</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>la misma persona que en la fila {row}</translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation>ya figura entre los participantes de la reunión</translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation>esta fila repite los encabezados de columna</translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation>categoría {value} no reconocida: Otra</translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation>asistencia {value} ni en la sala ni en línea: se toma como en la sala</translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation>género demasiado largo: se deja sin declarar</translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation>condición de joven {value} no comprendida: se deja sin declarar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation>ninguna columna indica el nombre del participante (columnas encontradas: {columns}): elija la columna del nombre en el paso de asignación de columnas</translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation>ninguna columna indica la organización (columnas encontradas: {columns}): elija la columna de la organización en el paso de asignación de columnas</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation>ninguna columna indica el nombre del participante ni la organización (columnas encontradas: {columns}): elija las columnas del nombre y de la organización en el paso de asignación de columnas</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation>el campo {field} está asignado a la columna {column}, pero la tabla solo tiene 1 columna</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation>el campo {field} está asignado a la columna {column}, pero la tabla solo tiene {count} columnas</translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation>el nombre y la organización están en blanco</translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation>género {value} no comprendido: se registra como no indicado</translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation>esto es un archivo de texto (CSV), no tiene ninguna hoja llamada {sheet}</translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation>esto es una carpeta, no una lista de inscripción</translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation>el archivo ocupa {size} MB, demasiado grande para ser una lista de inscripción</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>este archivo no existe</translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation>permiso denegado: no se puede leer este archivo (¿está abierto en otro programa?)</translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation>no se puede leer este archivo ({reason})</translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>este archivo de Excel está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña), guárdelo e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation>esto es un archivo de Excel en formato antiguo (.xls): ábralo en Excel y guárdelo como Libro de Excel (.xlsx) o CSV UTF-8, y luego importe ese archivo</translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>esto es un documento de Office en formato antiguo, no un libro: las listas de inscripción se leen de archivos de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation>el archivo tiene la extensión {suffix} pero contiene texto sin formato, no un libro de Excel: si es una exportación CSV, cámbiele el nombre a .csv e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation>esto no es un libro de Excel (puede estar dañado o descargado solo en parte): ábralo en Excel y vuelva a guardarlo como .xlsx o CSV UTF-8</translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>esto es un PDF: las listas de inscripción se leen de archivos de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation>esto es una página web o un archivo XML, no una tabla: ábralo en Excel y guárdelo como Libro de Excel (.xlsx) o CSV UTF-8</translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation>el texto de este archivo está en una codificación que no se puede reconocer: guárdelo desde Excel como CSV UTF-8 (o como .xlsx) e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>esto no es una tabla de texto (parece contener datos binarios): las listas de inscripción se leen de archivos de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation>este archivo no es una tabla CSV bien formada cerca de la línea {line} ({reason}): ábralo en Excel y vuelva a guardarlo como CSV UTF-8</translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation>la tabla tiene más de {most} filas: no es una lista de inscripción (compruebe que se eligió la hoja o el archivo correctos)</translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation>no se puede leer este archivo de Excel ({reason}); puede estar dañado o descargado solo en parte: ábralo en Excel, vuelva a guardarlo como .xlsx (o CSV UTF-8) e importe ese archivo</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation>un archivo OpenDocument (LibreOffice): guárdelo como .xlsx o CSV UTF-8</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation>esto es {what}, no un libro de Excel</translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation>este libro se descomprime en más de {size} MB: no es una lista de inscripción</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation>el libro no tiene ninguna hoja llamada {sheet} (sus hojas: {names})</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation>la hoja {sheet} está vacía</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation>todas las hojas del libro están vacías</translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation>el archivo tiene encabezados de columna pero ninguna inscripción debajo</translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation>dañada en el evento {seq}: ábrala en modo de solo lectura hasta el evento {previous} o restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation>en pausa durante: {segment}</translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation>en curso: {segment}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin comenzar</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation>antes de: {segment}</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>Otro puesto</translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation>La reunión ya ha pasado a {segment} ({seat} actuó primero); su paso no se ha tenido en cuenta.</translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation>{seat} acaba de modificar el orden del día ({where}); su paso no se ha tenido en cuenta. Consulte el orden del día y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>{seat} acaba de modificar esta intervención; su cambio no se ha guardado. Vuelva a abrirla para ver el suyo y luego haga el suyo propio.</translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation>{seat} acaba de deshacer o rehacer un paso; consulte la reunión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation>{seat} acaba de modificar la lista de oradores; su paso no se ha tenido en cuenta. Consulte la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation>Esta reunión está abierta en modo de solo lectura, hasta el evento {event} (el siguiente está dañado): no se puede cambiar nada. Restaure una copia de seguridad para continuarla.</translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation>Este puesto no puede hacer eso.</translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation>Los demás puestos están modificando la reunión muy rápido; no se ha guardado nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation>Este es el puesto de un relator: captura y revisa las intervenciones; son los Copresidentes quienes hacen avanzar el orden del día y dan la palabra. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation>Este puesto es la pantalla de la sala: muestra la reunión y no acepta ninguna orden.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listas de inscripción (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ningún archivo elegido.</translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Elegir un archivo… (Ctrl+O)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation>Filas no aceptadas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation>Filas no aceptadas, duplicados y valores no comprendidos:</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Lista de inscripción</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation>{0}: {1} filas, {2} columnas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>Columna {0}</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>Elija la columna para: {0}.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}, fila {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>%n participante para importar de {0}</numerusform>
            <numerusform>%n participantes para importar de {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation>Ningún participante para importar de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>%n valor no comprendido (se usó el valor predeterminado)</numerusform>
            <numerusform>%n valores no comprendidos (se usaron los valores predeterminados)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Find in summaries, speakers, organizations…</source>
        <translation>Buscar en resúmenes, oradores, organizaciones…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0} de %n intervención</numerusform>
            <numerusform>{0} de %n intervenciones</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>Historial — {0}</translation>
    </message>
    <message>
        <source>No question has been asked yet in {0}.</source>
        <translation>Aún no se ha hecho ninguna pregunta en {0}.</translation>
    </message>
    <message>
        <source>Every question of {0} has an answer.</source>
        <translation>Todas las preguntas de {0} tienen respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} y %n más</numerusform>
            <numerusform>{0} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered in {0}: {1} — {2}</source>
        <translation>Sin respuesta en {0}: {1} — {2}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <extracomment>More changed interventions than this (a review catching up after its dock was hidden): filter again, one reset, rather than a row signal each. Search texts normalised per idle moment (about a millisecond&apos;s work).</extracomment>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>citable</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>ENSAYO</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Próximos oradores</translation>
    </message>
    <message>
        <source>Next speakers:</source>
        <translation>Próximos oradores:</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Optional: a short label for the console</source>
        <translation>Opcional: una etiqueta corta para la consola</translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation>Lo que la consola y la pantalla de la sala muestran en lugar del título, p. ej. «Palabras de apertura de los Copresidentes»; el título sigue siendo el del documento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation>HH:MM, o vacío para continuar a continuación</translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation>Nombre, Cargo, Organización</translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation>Uno por línea: Nombre, Cargo, Organización</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation>&amp;Etiqueta corta:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Previsto:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation>&amp;Sigue a la mesa redonda:</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>&amp;Inicio previsto:</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>&amp;Moderador:</translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation>&amp;Panelistas:</translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation>&amp;Preguntas orientativas:</translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation>Mesa redonda {n} (no está en este tema)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to find a key or an action</source>
        <translation>Escriba para buscar una tecla o una acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Temas abordados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Habló</translation>
    </message>
    <message>
        <source>on the floor</source>
        <extracomment>The list the dock shows: the floor&apos;s, else the current segment&apos;s, else the next one&apos;s. The light or dark roles the rows are painted in (the panel sets them with the theme). The roles the table answers (every other one is None).</extracomment>
        <translation>en el uso de la palabra</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Nobody heard yet today.</source>
        <translation>Nadie ha hablado todavía hoy.</translation>
    </message>
    <message>
        <source>Heard today: {0}</source>
        <translation>Han hablado hoy: {0}</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>Reloj del orador</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair needs at a glance is the place, the name, the stakeholder category and the state; the category goes last, in a dock too narrow for anything else (a tab on a small screen).</extracomment>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Who has been heard today</source>
        <translation>Quién ha hablado hoy</translation>
    </message>
    <message>
        <source>Add a speaker (A): type a name and Enter; a guest as “Name, Organization”</source>
        <translation>Añadir un orador (A): escriba un nombre e Intro; un invitado como «Nombre, Organización»</translation>
    </message>
    <message>
        <source>(removed segment)</source>
        <translation>(segmento eliminado)</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list closed</source>
        <translation>Oradores — {0} · límite {1} · lista cerrada</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list open</source>
        <translation>Oradores — {0} · límite {1} · lista abierta</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source> · list closed</source>
        <translation> · lista cerrada</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Programmes (*.txt *.md *.docx *.toml);;All files (*)</source>
        <translation>Programas (*.txt *.md *.docx *.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation>prevista</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>Dónde se detuvo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation>Abrir la reunión (Intro)</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Ensayar</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation>Abrir un &amp;archivo de programa…</translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation>Iniciar una nueva reunión desde un archivo .txt, .md, .docx o .toml (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation>Abrir un archivo de programa… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation>&amp;Unirse a una reunión en un servidor…</translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation>Ocupar un puesto en una reunión dirigida en el servidor de la Secretaría</translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation>Unirse a una reunión en un servidor… (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation>Reuniones recientes (Ctrl+1)</translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation>Nueva reunión desde un programa (Ctrl+2)</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Abrir un programa</translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation>No se puede abrir este programa</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>¿Qué día?</translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation>Este programa abarca {n} días. Una reunión es un día: elija el día que se importará (importe los otros del mismo modo, como reuniones propias).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>La reunión ha terminado</translation>
    </message>
    <message>
        <source>Break — between sittings</source>
        <translation>Pausa — entre sesiones</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Entre segmentos</translation>
    </message>
    <message>
        <source>Paused — on time</source>
        <translation>En pausa — a tiempo</translation>
    </message>
    <message>
        <source>Paused — warning</source>
        <translation>En pausa — aviso</translation>
    </message>
    <message>
        <source>Paused — wrap up</source>
        <translation>En pausa — concluir</translation>
    </message>
    <message>
        <source>Paused — overtime</source>
        <translation>En pausa — tiempo excedido</translation>
    </message>
    <message>
        <source>Overtime {clock}</source>
        <translation>Tiempo excedido {clock}</translation>
    </message>
    <message>
        <source>On time — {clock} left</source>
        <translation>A tiempo — quedan {clock}</translation>
    </message>
    <message>
        <source>Warning — {clock} left</source>
        <translation>Aviso — quedan {clock}</translation>
    </message>
    <message>
        <source>Wrap up — {clock} left</source>
        <translation>Concluir — quedan {clock}</translation>
    </message>
    <message>
        <source>used {used} of {allotted}</source>
        <translation>{used} usados de {allotted}</translation>
    </message>
    <message>
        <source>Held — {clock}</source>
        <translation>Suspendido — {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>En pausa — {clock}</translation>
    </message>
    <message>
        <source>Held — {clock} left</source>
        <translation>Suspendido — quedan {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock} left</source>
        <translation>En pausa — quedan {clock}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>quedan {clock}</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>{minutes} de retraso</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>{minutes} de adelanto</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>ended on time</source>
        <translation>terminó a la hora</translation>
    </message>
    <message>
        <source>ended {minutes} late</source>
        <translation>terminó con {minutes} de retraso</translation>
    </message>
    <message>
        <source>ended {minutes} early</source>
        <translation>terminó con {minutes} de adelanto</translation>
    </message>
    <message>
        <source>{minutes} over: cut {minutes} from the remaining segments</source>
        <translation>{minutes} de exceso: recortar {minutes} de los segmentos restantes</translation>
    </message>
    <message>
        <source>{minutes} over</source>
        <translation>{minutes} de exceso</translation>
    </message>
    <message>
        <source>ends {minutes} early</source>
        <translation>termina con {minutes} de adelanto</translation>
    </message>
    <message>
        <source>ends on time</source>
        <translation>termina a la hora</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Sesión {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Rehearse it on today&apos;s date: File → Rehearse this meeting (Ctrl+Shift+R)</source>
        <translation>Ensáyela con la fecha de hoy: Archivo → Ensayar esta reunión (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>{sitting}: {verdict}</source>
        <translation>{sitting}: {verdict}</translation>
    </message>
    <message>
        <source>{sitting} ends {end} (hard end {hard_end}): {verdict}</source>
        <translation>{sitting} termina a las {end} (fin obligatorio {hard_end}): {verdict}</translation>
    </message>
    <message>
        <source>This meeting is on {date}</source>
        <translation>Esta reunión es el {date}</translation>
    </message>
    <message>
        <source>Up next: {title} at {time}</source>
        <translation>A continuación: {title} a las {time}</translation>
    </message>
    <message>
        <source>Up next: {title}</source>
        <translation>A continuación: {title}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Siguiente: {title} a las {time}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Siguiente: {title}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} at {limit} (+{overrun} average overrun)</source>
        <translation>{minutes} a {limit} (+{overrun} de exceso medio)</translation>
    </message>
    <message>
        <source>{minutes} at {limit}</source>
        <translation>{minutes} a {limit}</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Nadie en espera</translation>
    </message>
    <message>
        <source>{minutes} left to the sitting&apos;s hard end</source>
        <translation>{minutes} hasta el fin obligatorio de la sesión</translation>
    </message>
    <message>
        <source>{minutes} left</source>
        <translation>quedan {minutes}</translation>
    </message>
    <message>
        <source>all fit</source>
        <translation>caben todos</translation>
    </message>
    <message>
        <source>a limit of {limit} would fit</source>
        <translation>un tiempo de palabra de {limit} bastaría</translation>
    </message>
    <message>
        <source>none fits, even at {limit}</source>
        <translation>no caben, ni siquiera a {limit}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaración</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>input on related activities</source>
        <translation>aporte sobre actividades conexas</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>room or online</source>
        <translation>sala o en línea</translation>
    </message>
    <message>
        <source>queue entry</source>
        <translation>inscripción en la lista</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>preguntas orientadoras</translation>
    </message>
    <message>
        <source>answers to</source>
        <translation>responde a</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>citable</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>{name}’s {kind}</source>
        <translation>{kind} de {name}</translation>
    </message>
    <message>
        <source>an unnamed speaker’s {kind}</source>
        <translation>{kind} de un orador sin nombre</translation>
    </message>
    <message>
        <source>Start ({segment})</source>
        <translation>Iniciar ({segment})</translation>
    </message>
    <message>
        <source>Next ({segment})</source>
        <translation>Siguiente ({segment})</translation>
    </message>
    <message>
        <source>Back ({segment})</source>
        <translation>Atrás ({segment})</translation>
    </message>
    <message>
        <source>Jump ({segment})</source>
        <translation>Ir a ({segment})</translation>
    </message>
    <message>
        <source>Pause ({segment})</source>
        <translation>Pausa ({segment})</translation>
    </message>
    <message>
        <source>Resume ({segment})</source>
        <translation>Reanudar ({segment})</translation>
    </message>
    <message>
        <source>Finish ({segment})</source>
        <translation>Terminar ({segment})</translation>
    </message>
    <message>
        <source>Extend by {amount} ({segment})</source>
        <translation>Prolongar {amount} ({segment})</translation>
    </message>
    <message>
        <source>Shorten by {amount} ({segment})</source>
        <translation>Acortar {amount} ({segment})</translation>
    </message>
    <message>
        <source>Start of {sitting}</source>
        <translation>Apertura de la {sitting}</translation>
    </message>
    <message>
        <source>End of {sitting}</source>
        <translation>Cierre de la {sitting}</translation>
    </message>
    <message>
        <source>Programme edit</source>
        <translation>Modificación del programa</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>Importación de %n participante</numerusform>
            <numerusform>Importación de %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest {name}</source>
        <translation>Invitado {name}</translation>
    </message>
    <message>
        <source>New participant {name}</source>
        <translation>Nuevo participante {name}</translation>
    </message>
    <message>
        <source>Edit of {name}</source>
        <translation>Modificación de {name}</translation>
    </message>
    <message>
        <source>Move {name} to the top</source>
        <translation>Poner a {name} en primer lugar</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Mover a {name}</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Dar la palabra a {name}</translation>
    </message>
    <message>
        <source>Hold {name}</source>
        <translation>Suspender a {name}</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Reanudar a {name}</translation>
    </message>
    <message>
        <source>Finish {name}</source>
        <translation>Terminar a {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Saltar a {name}</translation>
    </message>
    <message>
        <source>Defer {name}</source>
        <translation>Pasar a {name} al final</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>Retirar a {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restablecer a {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Queue {name} ({segment})</source>
        <translation>Inscribir a {name} ({segment})</translation>
    </message>
    <message>
        <source>Reorder the list ({segment})</source>
        <translation>Reordenar la lista ({segment})</translation>
    </message>
    <message>
        <source>Not yet heard first ({segment})</source>
        <translation>Primero quienes no han hablado ({segment})</translation>
    </message>
    <message>
        <source>Alternate room and online ({segment})</source>
        <translation>Alternar sala y en línea ({segment})</translation>
    </message>
    <message>
        <source>Close the list ({segment})</source>
        <translation>Cerrar la lista ({segment})</translation>
    </message>
    <message>
        <source>Reopen the list ({segment})</source>
        <translation>Reabrir la lista ({segment})</translation>
    </message>
    <message>
        <source>Speaking limit {limit} ({segment})</source>
        <translation>Tiempo de palabra {limit} ({segment})</translation>
    </message>
    <message>
        <source>Extend {name} by {amount}</source>
        <translation>Prolongar a {name} {amount}</translation>
    </message>
    <message>
        <source>Shorten {name} by {amount}</source>
        <translation>Acortar a {name} {amount}</translation>
    </message>
    <message>
        <source>Capture of {what}</source>
        <translation>Registro de: {what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit of {what} ({fields})</source>
        <translation>Modificación de: {what} ({fields})</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>Modificación de: {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar: {what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>Restablecer: {what}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Rehacer: {action}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, línea {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>REHEARSAL — </source>
        <translation>ENSAYO — </translation>
    </message>
    <message>
        <source>READ-ONLY — </source>
        <translation>SOLO LECTURA — </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Acerca de Facilitator</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Facilitator {0}</source>
        <translation>Facilitator {0}</translation>
    </message>
    <message>
        <source>Runs a live UN meeting (agenda, clocks, speakers, room display) and produces its record.</source>
        <translation>Dirige en directo una reunión de las Naciones Unidas (orden del día, relojes, oradores, pantalla de la sala) y produce su acta.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Carpeta de datos: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>Backups: {0}</source>
        <translation>Copias de seguridad: {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>Registros: {0}</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Acerca de Facilitator</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Speaking limit</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Time per speaker (m:ss):</source>
        <translation>Tiempo por orador (m:ss):</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>¿Salir de la reunión?</translation>
    </message>
    <message>
        <source>“{0}” is under way. Leave it for the list of meetings? Its clocks go on, and the room display closes until you open the meeting again.</source>
        <translation>«{0}» está en curso. ¿Dejarlo por la lista de reuniones? Sus relojes siguen, y la pantalla de la sala se cierra hasta que vuelva a abrir la reunión.</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step?</source>
        <translation>¿Deshacer el paso de otro puesto?</translation>
    </message>
    <message>
        <source>The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.</source>
        <translation>El último paso de {0} es «{1}». ¿Deshacerlo? Su puesto lo verá deshecho.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Mundo académico</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>State party</source>
        <translation>Estado parte</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en la sala</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Room or online as a column or a count says it (&quot;3 Room · 2 Online&quot;).</extracomment>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Answer (panellist)</source>
        <translation>Respuesta (panelista)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Input on related activities</source>
        <translation>Aportación sobre actividades conexas</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Exposición informativa</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Tema permanente</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>en uso de la palabra</translation>
    </message>
    <message>
        <source>held</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>habló</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurada</translation>
    </message>
    <message>
        <source>Meeting data</source>
        <translation>Datos de la reunión</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Proceedings (agenda items and interventions)</source>
        <translation>Actuaciones (temas del orden del día e intervenciones)</translation>
    </message>
    <message>
        <source>Annex: timetable planned and actual</source>
        <translation>Anexo: horario previsto y real</translation>
    </message>
    <message>
        <source>Annex: list of speakers</source>
        <translation>Anexo: lista de oradores</translation>
    </message>
    <message>
        <source>Annex: speaking time by stakeholder category</source>
        <translation>Anexo: tiempo de palabra por categoría de partes interesadas</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento Word (.docx)</translation>
    </message>
    <message>
        <source>PDF, A4 (.pdf)</source>
        <translation>PDF, A4 (.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (.html)</source>
        <translation>Página web, un solo archivo (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (.csv)</source>
        <translation>Tablas CSV para hojas de cálculo (.csv)</translation>
    </message>
    <message>
        <source>JSON, complete and re-importable (.json)</source>
        <translation>JSON, completo y reimportable (.json)</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; summary, draft (Word .docx)</source>
        <translation>Resumen de los Copresidentes, borrador (Word .docx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>Categoría de partes interesadas</translation>
    </message>
    <message>
        <source>Attendance (room/online)</source>
        <translation>Asistencia (sala/en línea)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
</context>
</TS>
