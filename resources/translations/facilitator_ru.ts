<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Programme imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigClock</name>
    <message>
        <source>Segment clock</source>
        <translation>Таймер части</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Panel {0}</source>
        <translation>Групповая дискуссия {0}</translation>
    </message>
    <message>
        <source>Standing item {0}</source>
        <translation>Постоянный пункт {0}</translation>
    </message>
    <message>
        <source>Sitting {n} {start}–{end}: {used} of {capacity} min</source>
        <translation>Заседание {n} {start}–{end}: {used} из {capacity} мин</translation>
    </message>
    <message>
        <source> — runs {late} min over</source>
        <translation> — превышение на {late} мин</translation>
    </message>
    <message>
        <source> — full</source>
        <translation> — заполнено</translation>
    </message>
    <message>
        <source> — {free} min free</source>
        <translation> — свободно {free} мин</translation>
    </message>
    <message>
        <source>{title} ends at {end}, {late} min after the sitting ends</source>
        <translation>{title} заканчивается в {end}, через {late} мин после окончания заседания</translation>
    </message>
    <message>
        <source> (and {n} more after it, until {end})</source>
        <translation> (и еще {n} после него, до {end})</translation>
    </message>
    <message>
        <source>{title} ({minutes} min) does not fit in the {free} min left and moves to sitting {to}</source>
        <translation>{title} ({minutes} мин) не умещается в оставшиеся {free} мин и переносится на заседание {to}</translation>
    </message>
    <message>
        <source>No sittings are set: {planned} min planned.</source>
        <translation>Заседания не заданы: запланировано {planned} мин.</translation>
    </message>
    <message>
        <source>The plan is {over} min longer than the day ({planned} of {cap} min).</source>
        <translation>Программа длиннее дня на {over} мин ({planned} из {cap} мин).</translation>
    </message>
    <message>
        <source>The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out.</source>
        <translation>Программа ({planned} из {cap} мин) умещается в день, но не в заседания в их нынешнем распределении.</translation>
    </message>
    <message>
        <source>The plan fills the day exactly ({cap} min).</source>
        <translation>Программа точно заполняет день ({cap} мин).</translation>
    </message>
    <message>
        <source>The plan fits, with {free} min to spare ({planned} of {cap} min).</source>
        <translation>Программа умещается, запас {free} мин ({planned} из {cap} мин).</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>(category)</source>
        <translation>(категория)</translation>
    </message>
    <message>
        <source>(room / online)</source>
        <translation>(в зале / онлайн)</translation>
    </message>
    <message>
        <source>Tags: type to filter, Space ticks</source>
        <translation>Темы: введите текст для фильтра, Пробел — отметить</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Guiding questions answered</source>
        <translation>Рассмотренные руководящие вопросы</translation>
    </message>
    <message>
        <source>Questions this answer answers</source>
        <translation>Вопросы, на которые дан этот ответ</translation>
    </message>
    <message>
        <source>Summary (Ctrl+Enter saves)</source>
        <translation>Резюме (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up needed</source>
        <translation>Требуются &amp;последующие меры</translation>
    </message>
    <message>
        <source>Q&amp;uotable</source>
        <translation>Для &amp;цитирования</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New from the floor (Ctrl+Shift+F)</source>
        <translation>Новое от текущего оратора (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Оратор:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>&amp;Резюме:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Т&amp;емы:</translation>
    </message>
    <message>
        <source>Guiding &amp;questions:</source>
        <translation>Руководящие &amp;вопросы:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Ответы:</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Редактирование: {0}</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Новое выступление</translation>
    </message>
    <message>
        <source>Q{0}. {1}</source>
        <translation>В{0}. {1}</translation>
    </message>
    <message>
        <source>Saved the changes to {0}.</source>
        <translation>Изменения в {0} сохранены.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>Выступление сохранено.</translation>
    </message>
    <message>
        <source>{0} (restored draft)</source>
        <translation>{0} (восстановленный черновик)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Where the keys work: anywhere in the console window (the menu entries), only in the capture pane (and its fields), or only in the interventions list.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Совещание</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Ораторы</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>The menus, in the menu bar&apos;s order (Help follows them; see facilitator.ui.help). Where each context&apos;s keys are said to work, in the shortcuts sheet.</extracomment>
        <translation>Везде</translation>
    </message>
    <message>
        <source>In the capture pane</source>
        <translation>В панели записи</translation>
    </message>
    <message>
        <source>In the interventions list</source>
        <translation>В списке выступлений</translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>&amp;Экспорт отчета…</translation>
    </message>
    <message>
        <source>Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview</source>
        <translation>Экспорт отчета о совещании (Word, PDF, HTML, Markdown, CSV, JSON) с предварительным просмотром</translation>
    </message>
    <message>
        <source>&amp;Rehearse this meeting…</source>
        <translation>&amp;Репетиция совещания…</translation>
    </message>
    <message>
        <source>Run through this meeting on a practice copy, on its day&apos;s clock; nothing is kept</source>
        <translation>Провести совещание на учебной копии по времени его дня; ничего не сохраняется</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Совещания…</translation>
    </message>
    <message>
        <source>Back to the list of meetings (asks first while the meeting is under way)</source>
        <translation>Вернуться к списку совещаний (с подтверждением, если совещание идет)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit Facilitator (the meeting is saved)</source>
        <translation>Выйти из Facilitator (совещание сохраняется)</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>&amp;Начать / приостановить</translation>
    </message>
    <message>
        <source>Start the next segment, or pause and resume the current one</source>
        <translation>Начать следующую часть или приостановить и возобновить текущую</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>Старт/пауза</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>С&amp;ледующая часть</translation>
    </message>
    <message>
        <source>Finish this segment and start the next</source>
        <translation>Завершить эту часть и начать следующую</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Наза&amp;д</translation>
    </message>
    <message>
        <source>Go back to the previous segment; its clock resumes</source>
        <translation>Вернуться к предыдущей части; ее время снова идет</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Jump to segment…</source>
        <translation>Перейти к &amp;части…</translation>
    </message>
    <message>
        <source>Start any segment of the day</source>
        <translation>Начать любую часть дня</translation>
    </message>
    <message>
        <source>Jump…</source>
        <translation>Перейти…</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>Продлить на &amp;1 минуту</translation>
    </message>
    <message>
        <source>Give the current segment one more minute</source>
        <translation>Добавить текущей части одну минуту</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>Продлить на &amp;5 минут</translation>
    </message>
    <message>
        <source>Give the current segment five more minutes</source>
        <translation>Добавить текущей части пять минут</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 мин</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 minute</source>
        <translation>Сократить на 1 м&amp;инуту</translation>
    </message>
    <message>
        <source>Take one minute from the current segment</source>
        <translation>Сократить текущую часть на одну минуту</translation>
    </message>
    <message>
        <source>&amp;Finish segment</source>
        <translation>Завер&amp;шить часть</translation>
    </message>
    <message>
        <source>Finish the current segment without starting the next</source>
        <translation>Завершить текущую часть, не начиная следующую</translation>
    </message>
    <message>
        <source>&amp;End the sitting</source>
        <translation>&amp;Закрыть заседание</translation>
    </message>
    <message>
        <source>End the sitting under way (lunch, or the day)</source>
        <translation>Закрыть текущее заседание (обеденный перерыв или конец дня)</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>Закрыть заседание</translation>
    </message>
    <message>
        <source>&amp;Call the next speaker</source>
        <translation>&amp;Предоставить слово следующему оратору</translation>
    </message>
    <message>
        <source>Give the floor to the first speaker waiting; their clock starts</source>
        <translation>Предоставить слово первому оратору в очереди; его время пошло</translation>
    </message>
    <message>
        <source>Call the selected speaker</source>
        <translation>Предоставить слово выбранному оратору</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list</source>
        <translation>Предоставить слово оратору, выбранному в списке</translation>
    </message>
    <message>
        <source>&amp;Hold / resume the speaker</source>
        <translation>&amp;Остановить / возобновить время оратора</translation>
    </message>
    <message>
        <source>Hold the speaker&apos;s clock (interpretation, connection) and resume it</source>
        <translation>Остановить время оратора (устный перевод, связь) и возобновить его</translation>
    </message>
    <message>
        <source>Give the speaker 30 s more</source>
        <translation>Дать оратору еще 30 с</translation>
    </message>
    <message>
        <source>Extend the speaker&apos;s time by 30 s</source>
        <translation>Продлить время оратора на 30 с</translation>
    </message>
    <message>
        <source>&amp;Finish the speaker</source>
        <translation>&amp;Завершить выступление</translation>
    </message>
    <message>
        <source>The speaker has finished</source>
        <translation>Оратор закончил выступление</translation>
    </message>
    <message>
        <source>&amp;Skip (one place down)</source>
        <translation>Пропусти&amp;ть (на одно место ниже)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) one place down</source>
        <translation>Переместить выбранного оратора (или выступающего) на одно место ниже</translation>
    </message>
    <message>
        <source>&amp;Defer to the end</source>
        <translation>Перенести в коне&amp;ц</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) to the end</source>
        <translation>Перенести выбранного оратора (или выступающего) в конец списка</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <source>Take the selected speaker (or the one on the floor) off the list</source>
        <translation>Снять выбранного оратора (или выступающего) со списка</translation>
    </message>
    <message>
        <source>Put &amp;back on the list</source>
        <translation>&amp;Вернуть в список</translation>
    </message>
    <message>
        <source>Put a withdrawn or finished speaker back at the end of the list</source>
        <translation>Вернуть снятого или выступившего оратора в конец списка</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>Переместить выбранного оратора на одно место выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>Переместить выбранного оратора на одно место ниже</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>В &amp;начало списка</translation>
    </message>
    <message>
        <source>Move the selected speaker to the top of the list</source>
        <translation>Переместить выбранного оратора в начало списка</translation>
    </message>
    <message>
        <source>Those not yet heard today first</source>
        <translation>Сначала те, кто сегодня еще не выступал</translation>
    </message>
    <message>
        <source>Reorder the list: speakers not yet heard today first</source>
        <translation>Изменить порядок списка: сначала ораторы, которые сегодня еще не выступали</translation>
    </message>
    <message>
        <source>Alternate room and online</source>
        <translation>Чередовать зал и онлайн</translation>
    </message>
    <message>
        <source>Reorder the list to alternate speakers in the room and online</source>
        <translation>Изменить порядок списка, чередуя ораторов в зале и онлайн</translation>
    </message>
    <message>
        <source>&amp;Balance the list</source>
        <translation>С&amp;балансировать список</translation>
    </message>
    <message>
        <source>Reorder the list so that the stakeholder group least heard so far speaks next (by turns or speaking time, as chosen in the speakers dock)</source>
        <translation>Изменить порядок списка так, чтобы следующей выступала группа заинтересованных сторон, которую до сих пор слушали меньше всех (по числу выступлений или по времени, как выбрано на панели ораторов)</translation>
    </message>
    <message>
        <source>&amp;Point of order</source>
        <translation>По порядку ве&amp;дения заседания</translation>
    </message>
    <message>
        <source>Give the floor at once to a point of order (1:00); the speaker resumes after it</source>
        <translation>Немедленно предоставить слово по порядку ведения заседания (1:00); затем оратор продолжает</translation>
    </message>
    <message>
        <source>Right of repl&amp;y</source>
        <translation>Право на отв&amp;ет</translation>
    </message>
    <message>
        <source>Give the floor at once to a right of reply (2:00); the speaker resumes after it</source>
        <translation>Немедленно предоставить слово в порядке осуществления права на ответ (2:00); затем оратор продолжает</translation>
    </message>
    <message>
        <source>&amp;Add a speaker…</source>
        <translation>Доб&amp;авить оратора…</translation>
    </message>
    <message>
        <source>Type a registered name, or “Name, Organization” for a guest</source>
        <translation>Введите имя зарегистрированного участника или «Имя, Организация» для гостя</translation>
    </message>
    <message>
        <source>Standing items &amp;addressed…</source>
        <translation>Рассматриваемые постоянные п&amp;ункты…</translation>
    </message>
    <message>
        <source>Which standing items the selected speaker will address</source>
        <translation>Какие постоянные пункты затронет выбранный оратор</translation>
    </message>
    <message>
        <source>Speaking &amp;limit…</source>
        <translation>&amp;Регламент…</translation>
    </message>
    <message>
        <source>Set the speaking time per speaker for this list</source>
        <translation>Установить время выступления для каждого оратора этого списка</translation>
    </message>
    <message>
        <source>Close / reopen the &amp;list</source>
        <translation>Закрыть / открыть списо&amp;к</translation>
    </message>
    <message>
        <source>Close the list to new requests, or reopen it</source>
        <translation>Закрыть список для новых заявок или открыть его снова</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Импорт регистраций…</translation>
    </message>
    <message>
        <source>Add participants from a registration list (.csv, .xlsx)</source>
        <translation>Добавить участников из регистрационного списка (.csv, .xlsx)</translation>
    </message>
    <message>
        <source>&amp;New intervention from the floor</source>
        <translation>&amp;Новое выступление текущего оратора</translation>
    </message>
    <message>
        <source>Start capturing the speaker on the floor, prefilled</source>
        <translation>Начать запись выступления текущего оратора с предзаполненными полями</translation>
    </message>
    <message>
        <source>Go to the &amp;capture</source>
        <translation>Перейти к &amp;записи</translation>
    </message>
    <message>
        <source>Move the keyboard to the summary of the intervention being captured</source>
        <translation>Перевести ввод с клавиатуры в резюме записываемого выступления</translation>
    </message>
    <message>
        <source>Go to the &amp;interventions</source>
        <translation>Перейти к &amp;выступлениям</translation>
    </message>
    <message>
        <source>Find, review and edit what was captured</source>
        <translation>Искать, просматривать и править записанное</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ваше &amp;имя…</translation>
    </message>
    <message>
        <source>The name recorded with everything you do and capture (a rapporteur&apos;s name)</source>
        <translation>Имя, которое записывается вместе с каждым вашим действием и записью (например, имя докладчика)</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>Сохранить выступление</translation>
    </message>
    <message>
        <source>Save the intervention being captured</source>
        <translation>Сохранить записываемое выступление</translation>
    </message>
    <message>
        <source>Leave the field</source>
        <translation>Выйти из поля</translation>
    </message>
    <message>
        <source>Leave a field: the single keys are the Co-Chair&apos;s again</source>
        <translation>Выйти из поля: одиночные клавиши снова служат сопредседателям</translation>
    </message>
    <message>
        <source>Delete the intervention</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <source>Delete the selected intervention (Ctrl+Z undoes)</source>
        <translation>Удалить выбранное выступление (Ctrl+Z — отменить)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo this seat&apos;s last action</source>
        <translation>Отменить последнее действие этого рабочего места</translation>
    </message>
    <message>
        <source>Redo what this seat undid</source>
        <translation>Повторить то, что отменило это рабочее место</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step…</source>
        <translation>Отменить шаг другого рабочего места…</translation>
    </message>
    <message>
        <source>Undo the latest step of another seat, named with who took it (asks first)</source>
        <translation>Отменить последний шаг другого рабочего места с указанием автора (с подтверждением)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>Изменить про&amp;грамму…</translation>
    </message>
    <message>
        <source>Edit items and segments</source>
        <translation>Изменить пункты и части</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;Экран зала</translation>
    </message>
    <message>
        <source>Show or hide the display for the room, full screen on the last screen</source>
        <translation>Показать или скрыть экран для зала (во весь экран на последнем мониторе)</translation>
    </message>
    <message>
        <source>Go to the &amp;agenda</source>
        <translation>Перейти к &amp;повестке дня</translation>
    </message>
    <message>
        <source>Move the keyboard to the agenda (Enter starts the selected segment)</source>
        <translation>Перевести ввод с клавиатуры в повестку дня (Enter — начать выбранную часть)</translation>
    </message>
    <message>
        <source>Go to the &amp;speakers</source>
        <translation>Перейти к &amp;ораторам</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of speakers</source>
        <translation>Перевести ввод с клавиатуры в список ораторов</translation>
    </message>
    <message>
        <source>Facilitator — console</source>
        <extracomment>Words of a banner: as they are, or a function that says them in the interface&apos;s language. The console built again in another language (View → Language), which takes this one&apos;s place on the same controller (ui/relanguage.py); whoever wired this one wires it too.</extracomment>
        <translation>Facilitator — пульт</translation>
    </message>
    <message>
        <source>Time in the meeting&apos;s time zone</source>
        <translation>Время в часовом поясе совещания</translation>
    </message>
    <message>
        <source>Running offset</source>
        <translation>Опережение или отставание</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Recorded as: {0}</source>
        <translation>Записывается от имени: {0}</translation>
    </message>
    <message>
        <source>Select an intervention in the list first.</source>
        <translation>Сначала выберите выступление в списке.</translation>
    </message>
    <message>
        <source>Room display &amp;screen</source>
        <translation>&amp;Монитор экрана зала</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>Отменить: {0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>Повторить: {0}</translation>
    </message>
    <message>
        <source>Undo {0}’s step: {1}…</source>
        <translation>Отменить шаг ({0}): {1}…</translation>
    </message>
    <message>
        <source>No other seat has a step to undo.</source>
        <translation>На других рабочих местах нет шагов для отмены.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>ТОЛЬКО ЧТЕНИЕ</translation>
    </message>
    <message>
        <source>NOT CONNECTED — the other seats&apos; changes are not reaching this one ({0}). Reconnecting by itself; keys that change the meeting are refused meanwhile, and what you type is kept.</source>
        <translation>НЕТ СВЯЗИ — изменения с других рабочих мест не доходят до этого ({0}). Связь восстанавливается автоматически; до тех пор клавиши, изменяющие совещание, не действуют, а введенный текст сохраняется.</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (Ctrl+2, then the arrows).</source>
        <translation>Сначала выберите оратора в списке (Ctrl+2, затем стрелки).</translation>
    </message>
    <message>
        <source>There is no segment to keep a list of speakers for.</source>
        <translation>Нет части, для которой можно вести список ораторов.</translation>
    </message>
    <message>
        <source>{0} registered participants match “{1}”. Pick one from the list (Down, then Enter), or type more of the name.</source>
        <translation>Под «{1}» подходят зарегистрированные участники: {0}. Выберите одного из списка (стрелка вниз, затем Enter) или введите имя полнее.</translation>
    </message>
    <message>
        <source>“{0}” is not a registered participant. Choose a name from the list, or add a guest as “Name, Organization”.</source>
        <translation>«{0}» не является зарегистрированным участником. Выберите имя из списка или добавьте гостя в виде «Имя, Организация».</translation>
    </message>
    <message>
        <source>There is no segment to set a speaking limit for.</source>
        <translation>Нет части, для которой можно установить регламент.</translation>
    </message>
    <message>
        <source>Write the limit as minutes:seconds, e.g. 2:30.</source>
        <translation>Введите регламент в формате минуты:секунды, например 2:30.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>A widget&apos;s place in its window: each step the child&apos;s class and its rank among the parent&apos;s children of that class (a console built again is built in the same order).</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Как в системе ({0})</translation>
    </message>
    <message>
        <source>An export is being written. Choose the language again when it is done; the choice is kept for the next start too.</source>
        <translation>Идет запись экспорта. Выберите язык снова, когда она завершится; выбор также сохранится до следующего запуска.</translation>
    </message>
    <message>
        <source>The language could not be changed; the console goes on as it was, the meeting untouched. Details are in {0}.</source>
        <translation>Не удалось сменить язык; пульт работает как прежде, совещание не затронуто. Подробности: {0}.</translation>
    </message>
</context>
<context>
    <name>DisplaySeat</name>
    <message>
        <source>Room display — {0}</source>
        <translation>Экран зала — {0}</translation>
    </message>
    <message>
        <source>Not connected to the meeting ({0}); reconnecting. The clocks run on from the last events received.</source>
        <translation>Нет связи с заседанием ({0}); идёт переподключение. Часы идут от последних полученных событий.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session record</source>
        <extracomment>How long the choices must settle (a few boxes unticked in a row) before the preview is built. The preview is built at most once per this interval, however fast captures come in. A long record&apos;s preview stops after this many entries and rows per table (see formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts). Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that holds a zero-width space. The last part of the preview given to :meth:`show_parts` is in. An export that ended after the dialog was closed: (sentence, is_error), for the console.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FairFloor</name>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Non-binary or other</source>
        <translation>Небинарный или иное</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>Не молодежь</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>The groups as the heading of a count (&quot;Women: 3&quot;): plural-safe in every language.</extracomment>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>число выступлений</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>время выступлений</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}: {count}</translation>
    </message>
    <message>
        <source>Balance the list by %1 (%2)</source>
        <translation>Баланс списка по критерию «%1» (%2)</translation>
    </message>
    <message>
        <source>Remove the budget of %1</source>
        <translation>Снять лимит времени: %1</translation>
    </message>
    <message>
        <source>Budget of %1: %2 min</source>
        <translation>Лимит времени, %1: %2 мин</translation>
    </message>
    <message>
        <source>%1: over budget by %2 (%3 of %4)</source>
        <translation>%1: лимит превышен на %2 (%3 из %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left</source>
        <translation>%1: использовано %2 из %3, осталось %4</translation>
    </message>
    <message>
        <source>, a limit of %1 fits the %2 waiting</source>
        <translation>, регламент %1 подходит для ожидающих (%2)</translation>
    </message>
    <message>
        <source>, no limit fits the %1 waiting</source>
        <translation>, ни один регламент не подходит для ожидающих (%1)</translation>
    </message>
    <message>
        <source>No time budgets for this segment.</source>
        <translation>Для этой части лимиты времени не заданы.</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>Лимиты: %1</translation>
    </message>
    <message>
        <source>%1 heard</source>
        <translation>заслушано %1</translation>
    </message>
    <message>
        <source>%1 next: %2, the only group waiting</source>
        <translation>Далее — %1: %2, единственная группа в очереди</translation>
    </message>
    <message>
        <source>%1 next: %2 against %3 for %4</source>
        <translation>Далее — %1: %2 против %3 у группы «%4»</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>Баланс по</translation>
    </message>
    <message>
        <source>Balance the list</source>
        <translation>Сбалансировать список</translation>
    </message>
    <message>
        <source>Put the stakeholder group least heard so far next (Ctrl+B)</source>
        <translation>Следующей дать слово группе заинтересованных сторон, которую до сих пор слушали меньше всех (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Группа заинтересованных сторон</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Budget in minutes (0: none)</source>
        <translation>Лимит в минутах (0 — без лимита)</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>Задать лимит</translation>
    </message>
    <message>
        <source>The group&apos;s speaking time for this segment (0: no budget)</source>
        <translation>Время выступлений группы в этой части (0 — без лимита)</translation>
    </message>
    <message>
        <source>Time budgets</source>
        <translation>Лимиты времени</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Who has the floor?</source>
        <translation>Кому предоставляется слово?</translation>
    </message>
    <message>
        <source>%1: %2 resumes after it (X)</source>
        <translation>%1: затем продолжит %2 (X)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab (Alt+W) before keeping the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Jump to segment</source>
        <translation>Перейти к части</translation>
    </message>
    <message>
        <source>Type to filter, Enter to start</source>
        <translation>Введите текст для фильтра, Enter — начать</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished">Повестка дня</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished">Замечания</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished">Брифинг</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished">Выступления</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished">Групповая дискуссия</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation type="unfinished">Вопросы и ответы</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation type="unfinished">Постоянный пункт</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished">Обсуждение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Другое</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation type="unfinished">Повестка дня</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation type="unfinished">Заседание {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation type="unfinished">Заседание {number}</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished">тип</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Find in summaries, speakers, organizations…</source>
        <translation>Поиск по резюме, ораторам, организациям…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0} из %n выступления</numerusform>
            <numerusform>{0} из %n выступлений</numerusform>
            <numerusform>{0} из %n выступлений</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>История — {0}</translation>
    </message>
    <message>
        <source>No question has been asked yet in {0}.</source>
        <translation>{0}: вопросов пока не задано.</translation>
    </message>
    <message>
        <source>Every question of {0} has an answer.</source>
        <translation>{0}: на все вопросы даны ответы.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} и еще %n</numerusform>
            <numerusform>{0} и еще %n</numerusform>
            <numerusform>{0} и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered in {0}: {1} — {2}</source>
        <translation>{0}, без ответа: {1} — {2}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <extracomment>More changed interventions than this (a review catching up after its dock was hidden): filter again, one reset, rather than a row signal each. Search texts normalised per idle moment (about a millisecond&apos;s work).</extracomment>
        <translation>последующие меры</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>для цитирования</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display</source>
        <translation>Экран зала</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Следующие ораторы</translation>
    </message>
    <message>
        <source>Next speakers:</source>
        <translation>Следующие ораторы:</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Optional: a short label for the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> мин</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Type to find a key or an action</source>
        <translation>Введите клавишу или действие для поиска</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>on the floor</source>
        <extracomment>The list the dock shows: the floor&apos;s, else the current segment&apos;s, else the next one&apos;s. The light or dark roles the rows are painted in (the panel sets them with the theme). The roles the table answers (every other one is None).</extracomment>
        <translation>выступает</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удален)</translation>
    </message>
    <message>
        <source>Nobody heard yet today.</source>
        <translation>Сегодня еще никто не выступал.</translation>
    </message>
    <message>
        <source>Heard today: {0}</source>
        <translation>Выступили сегодня: {0}</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>Таймер оратора</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair needs at a glance is the place, the name, the stakeholder category and the state; the category goes last, in a dock too narrow for anything else (a tab on a small screen).</extracomment>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>Who has been heard today</source>
        <translation>Кто выступил сегодня</translation>
    </message>
    <message>
        <source>Add a speaker (A): type a name and Enter; a guest as “Name, Organization”</source>
        <translation>Добавить оратора (A): введите имя и нажмите Enter; гостя — в виде «Имя, Организация»</translation>
    </message>
    <message>
        <source>(removed segment)</source>
        <translation>(удаленная часть)</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list closed</source>
        <translation>Ораторы — {0} · регламент {1} · список закрыт</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list open</source>
        <translation>Ораторы — {0} · регламент {1} · список открыт</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>Слово никому не предоставлено</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n оратор в очереди</numerusform>
            <numerusform>%n оратора в очереди</numerusform>
            <numerusform>%n ораторов в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source> · list closed</source>
        <translation> · список закрыт</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Programmes (*.txt *.md *.docx *.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished">идет</translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished">на паузе</translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished">&amp;Совещание</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Вид</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
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
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Завершайте</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>Совещание закончилось</translation>
    </message>
    <message>
        <source>Break — between sittings</source>
        <translation>Перерыв — между заседаниями</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>Между частями</translation>
    </message>
    <message>
        <source>Paused — on time</source>
        <translation>Пауза — по графику</translation>
    </message>
    <message>
        <source>Paused — warning</source>
        <translation>Пауза — внимание</translation>
    </message>
    <message>
        <source>Paused — wrap up</source>
        <translation>Пауза — завершайте</translation>
    </message>
    <message>
        <source>Paused — overtime</source>
        <translation>Пауза — превышение</translation>
    </message>
    <message>
        <source>Overtime {clock}</source>
        <translation>Превышение {clock}</translation>
    </message>
    <message>
        <source>On time — {clock} left</source>
        <translation>По графику — осталось {clock}</translation>
    </message>
    <message>
        <source>Warning — {clock} left</source>
        <translation>Внимание — осталось {clock}</translation>
    </message>
    <message>
        <source>Wrap up — {clock} left</source>
        <translation>Завершайте — осталось {clock}</translation>
    </message>
    <message>
        <source>used {used} of {allotted}</source>
        <translation>использовано {used} из {allotted}</translation>
    </message>
    <message>
        <source>Held — {clock}</source>
        <translation>Остановлено — {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>Пауза — {clock}</translation>
    </message>
    <message>
        <source>Held — {clock} left</source>
        <translation>Остановлено — осталось {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock} left</source>
        <translation>Пауза — осталось {clock}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>осталось {clock}</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>отставание {minutes}</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>опережение {minutes}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>по графику</translation>
    </message>
    <message>
        <source>ended on time</source>
        <translation>закончилось вовремя</translation>
    </message>
    <message>
        <source>ended {minutes} late</source>
        <translation>закончилось с опозданием на {minutes}</translation>
    </message>
    <message>
        <source>ended {minutes} early</source>
        <translation>закончилось на {minutes} раньше</translation>
    </message>
    <message>
        <source>{minutes} over: cut {minutes} from the remaining segments</source>
        <translation>превышение на {minutes}: сократите оставшиеся части на {minutes}</translation>
    </message>
    <message>
        <source>{minutes} over</source>
        <translation>превышение на {minutes}</translation>
    </message>
    <message>
        <source>ends {minutes} early</source>
        <translation>закончится на {minutes} раньше</translation>
    </message>
    <message>
        <source>ends on time</source>
        <translation>закончится вовремя</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Заседание {number}</translation>
    </message>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Заседание {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Rehearse it on today&apos;s date: File → Rehearse this meeting (Ctrl+Shift+R)</source>
        <translation>Отрепетируйте его на сегодняшнюю дату: Файл → Репетиция совещания (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>{sitting}: {verdict}</source>
        <translation>{sitting}: {verdict}</translation>
    </message>
    <message>
        <source>{sitting} ends {end} (hard end {hard_end}): {verdict}</source>
        <translation>{sitting} закончится в {end} (крайний срок {hard_end}): {verdict}</translation>
    </message>
    <message>
        <source>This meeting is on {date}</source>
        <translation>Дата совещания: {date}</translation>
    </message>
    <message>
        <source>Up next: {title} at {time}</source>
        <translation>Далее: {title} в {time}</translation>
    </message>
    <message>
        <source>Up next: {title}</source>
        <translation>Далее: {title}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Затем: {title} в {time}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Затем: {title}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершен</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n оратор в очереди</numerusform>
            <numerusform>%n оратора в очереди</numerusform>
            <numerusform>%n ораторов в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} at {limit} (+{overrun} average overrun)</source>
        <translation>{minutes} при регламенте {limit} (среднее превышение +{overrun})</translation>
    </message>
    <message>
        <source>{minutes} at {limit}</source>
        <translation>{minutes} при регламенте {limit}</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>{minutes} left to the sitting&apos;s hard end</source>
        <translation>до крайнего срока окончания заседания {minutes}</translation>
    </message>
    <message>
        <source>{minutes} left</source>
        <translation>осталось {minutes}</translation>
    </message>
    <message>
        <source>all fit</source>
        <translation>времени хватит всем</translation>
    </message>
    <message>
        <source>a limit of {limit} would fit</source>
        <translation>подойдет регламент {limit}</translation>
    </message>
    <message>
        <source>none fits, even at {limit}</source>
        <translation>не хватит даже при регламенте {limit}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>input on related activities</source>
        <translation>информация о смежной деятельности</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>room or online</source>
        <translation>зал или онлайн</translation>
    </message>
    <message>
        <source>queue entry</source>
        <translation>запись в списке</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>руководящие вопросы</translation>
    </message>
    <message>
        <source>answers to</source>
        <translation>ответ на</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>резюме</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>последующие меры</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>для цитирования</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>{name}’s {kind}</source>
        <translation>{kind} — {name}</translation>
    </message>
    <message>
        <source>an unnamed speaker’s {kind}</source>
        <translation>{kind} неназванного оратора</translation>
    </message>
    <message>
        <source>Start ({segment})</source>
        <translation>Начало ({segment})</translation>
    </message>
    <message>
        <source>Next ({segment})</source>
        <translation>Следующая часть ({segment})</translation>
    </message>
    <message>
        <source>Back ({segment})</source>
        <translation>Возврат ({segment})</translation>
    </message>
    <message>
        <source>Jump ({segment})</source>
        <translation>Переход ({segment})</translation>
    </message>
    <message>
        <source>Pause ({segment})</source>
        <translation>Пауза ({segment})</translation>
    </message>
    <message>
        <source>Resume ({segment})</source>
        <translation>Возобновление ({segment})</translation>
    </message>
    <message>
        <source>Finish ({segment})</source>
        <translation>Завершение ({segment})</translation>
    </message>
    <message>
        <source>Extend by {amount} ({segment})</source>
        <translation>Продление на {amount} ({segment})</translation>
    </message>
    <message>
        <source>Shorten by {amount} ({segment})</source>
        <translation>Сокращение на {amount} ({segment})</translation>
    </message>
    <message>
        <source>Start of {sitting}</source>
        <translation>Начало: {sitting}</translation>
    </message>
    <message>
        <source>End of {sitting}</source>
        <translation>Закрытие: {sitting}</translation>
    </message>
    <message>
        <source>Programme edit</source>
        <translation>Изменение программы</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>Импорт %n участника</numerusform>
            <numerusform>Импорт %n участников</numerusform>
            <numerusform>Импорт %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest {name}</source>
        <translation>Гость {name}</translation>
    </message>
    <message>
        <source>New participant {name}</source>
        <translation>Новый участник {name}</translation>
    </message>
    <message>
        <source>Edit of {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>Move {name} to the top</source>
        <translation>{name} — в начало списка</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Перемещение: {name}</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Предоставление слова: {name}</translation>
    </message>
    <message>
        <source>Hold {name}</source>
        <translation>Остановка времени: {name}</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>Возобновление времени: {name}</translation>
    </message>
    <message>
        <source>Finish {name}</source>
        <translation>Завершение выступления: {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>Пропуск: {name}</translation>
    </message>
    <message>
        <source>Defer {name}</source>
        <translation>Перенос в конец: {name}</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>Снятие: {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Возвращение в список: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>Queue {name} ({segment})</source>
        <translation>Запись в список: {name} ({segment})</translation>
    </message>
    <message>
        <source>Reorder the list ({segment})</source>
        <translation>Изменение порядка списка ({segment})</translation>
    </message>
    <message>
        <source>Not yet heard first ({segment})</source>
        <translation>Сначала не выступавшие ({segment})</translation>
    </message>
    <message>
        <source>Alternate room and online ({segment})</source>
        <translation>Чередование зала и онлайн ({segment})</translation>
    </message>
    <message>
        <source>Close the list ({segment})</source>
        <translation>Закрытие списка ({segment})</translation>
    </message>
    <message>
        <source>Reopen the list ({segment})</source>
        <translation>Открытие списка ({segment})</translation>
    </message>
    <message>
        <source>Speaking limit {limit} ({segment})</source>
        <translation>Регламент {limit} ({segment})</translation>
    </message>
    <message>
        <source>Extend {name} by {amount}</source>
        <translation>Продление на {amount}: {name}</translation>
    </message>
    <message>
        <source>Shorten {name} by {amount}</source>
        <translation>Сокращение на {amount}: {name}</translation>
    </message>
    <message>
        <source>Capture of {what}</source>
        <translation>Запись: {what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit of {what} ({fields})</source>
        <translation>Изменение: {what} ({fields})</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>Изменение: {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Удаление: {what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>Восстановление: {what}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Отменить: {action}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Повторить: {action}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, строка {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Строка {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>REHEARSAL — </source>
        <translation>РЕПЕТИЦИЯ — </translation>
    </message>
    <message>
        <source>READ-ONLY — </source>
        <translation>ТОЛЬКО ЧТЕНИЕ — </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Сочетания клавиш…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;О программе Facilitator</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Facilitator {0}</source>
        <translation>Facilitator {0}</translation>
    </message>
    <message>
        <source>Runs a live UN meeting (agenda, clocks, speakers, room display) and produces its record.</source>
        <translation>Ведение совещаний ООН в реальном времени (повестка дня, таймеры, ораторы, экран зала) и подготовка отчета.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Папка данных: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Backups: {0}</source>
        <translation>Резервные копии: {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>Журналы: {0}</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>О программе Facilitator</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Speaking limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Time per speaker (m:ss):</source>
        <translation>Время на оратора (м:сс):</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>Выйти из совещания?</translation>
    </message>
    <message>
        <source>“{0}” is under way. Leave it for the list of meetings? Its clocks go on, and the room display closes until you open the meeting again.</source>
        <translation>«{0}» идет. Выйти к списку совещаний? Время продолжит идти, а экран зала закроется, пока вы снова не откроете совещание.</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step?</source>
        <translation>Отменить шаг другого рабочего места?</translation>
    </message>
    <message>
        <source>The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.</source>
        <translation>Последний шаг ({0}): «{1}». Отменить его? На том рабочем месте будет видно, что шаг отменен.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Научные круги</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Структура ООН</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>в зале</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Room or online as a column or a count says it (&quot;3 Room · 2 Online&quot;).</extracomment>
        <translation>в зале</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Answer (panellist)</source>
        <translation>Ответ (участник дискуссии)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Input on related activities</source>
        <translation>Информация о смежной деятельности</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Групповая дискуссия</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Постоянный пункт</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>выступает</translation>
    </message>
    <message>
        <source>held</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>выступил</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>снят</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Завершайте</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>записано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>Meeting data</source>
        <translation>Данные совещания</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Proceedings (agenda items and interventions)</source>
        <translation>Ход работы (пункты повестки дня и выступления)</translation>
    </message>
    <message>
        <source>Annex: timetable planned and actual</source>
        <translation>Приложение: плановое и фактическое расписание</translation>
    </message>
    <message>
        <source>Annex: list of speakers</source>
        <translation>Приложение: список ораторов</translation>
    </message>
    <message>
        <source>Annex: speaking time by stakeholder category</source>
        <translation>Приложение: время выступлений по категориям заинтересованных сторон</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>PDF, A4 (.pdf)</source>
        <translation>PDF, A4 (.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (.html)</source>
        <translation>Веб-страница, один файл (.html)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (.csv)</source>
        <translation>Таблицы CSV для электронных таблиц (.csv)</translation>
    </message>
    <message>
        <source>JSON, complete and re-importable (.json)</source>
        <translation>JSON, полный, для повторного импорта (.json)</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; summary, draft (Word .docx)</source>
        <translation>Резюме сопредседателей, проект (Word .docx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>Категория заинтересованных сторон</translation>
    </message>
    <message>
        <source>Attendance (room/online)</source>
        <translation>Участие (в зале/онлайн)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующая</translation>
    </message>
</context>
</TS>
