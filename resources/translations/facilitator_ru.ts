<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation>Рассматриваемые постоянные пункты</translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation>Пробел — отметить, Enter — подтвердить.</translation>
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
        <translation>Программа уже импортировалась</translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation>Эта программа уже импортировалась как совещание {0} («{1}»). Открыть это совещание или импортировать программу заново как новое совещание?</translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation>&amp;Открыть совещание {0}</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>&amp;Импортировать заново</translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation>Проверка импортированной программы</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>Не удается создать совещание</translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation>Не удается присоединиться к совещанию</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Не удается открыть совещание</translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation>Это совещание повреждено</translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation>Резервные копии хранятся в папке {0}.</translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation>Открыть &amp;только для чтения до события {0}</translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation>до события {0}; событие {1} повреждено. Здесь ничего нельзя изменить; чтобы продолжить совещание, восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation>Не удается провести репетицию</translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation>учебная копия в день совещания, {0}, с {1}; ничего из сделанного здесь не сохраняется</translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation>учебная копия (не сохраняется)</translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation>Переименование совещания</translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation>Название в списке:</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Не удается создать копию</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Удалить совещание?</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation>Удалить «{0}» ({1}) и все, что в нем записано? Сначала будет создана резервная копия базы данных.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Не удается удалить</translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation>«{0}» удалено. Резервная копия, созданная перед удалением: {1}.</translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation>Открыть базу данных только для чтения, для просмотра и экспорта?</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Открыть базу данных только для чтения?</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>Открыть самую свежую резервную копию?</translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation>Открытие базы данных совещаний…</translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation>При составлении списка совещаний произошла ошибка; подробности: {0}.</translation>
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
        <translation>Экспорт отчета о совещании</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>Предварительный просмотр отчета</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>Идет экспорт</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Откр&amp;ыть папку</translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation>Показать записанные файлы в диспетчере файлов</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation>Записать отчет (Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Закрыть это окно (Esc)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>&amp;Язык отчета</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>Язык отчета</translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation>{0} (заголовки)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Режим</translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation>С указанием &amp;авторства: ораторы по имени и организации</translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation>&amp;Без указания авторства (правило Чатем-хауса)</translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation>Без указания авторства: имена и организации нигде не указываются, в том числе в резюме; ораторы обозначаются категорией заинтересованных сторон.</translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation>Похоже на имя или организацию (отмеченное будет скрыто):</translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation>Имена, оставшиеся в резюме</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Разде&amp;лы</translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation>CSV и JSON всегда полные: экспортируются все разделы. Резюме сопредседателей берет нужное из всего отчета.</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>Выбрать папку и имя файла</translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation>Три файла: {0}.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Это папка: добавьте имя файла.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>Файл с таким именем существует и будет заменен.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation>Для быстроты в просмотре показаны первые {0} из {1} записей и {2} строк каждой таблицы; формат файлов: {3}, в них войдет все.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation>Для быстроты в просмотре показаны первые {0} из {1} записей и {2} строк каждой таблицы; формат файла: {3}, в него войдет все.</translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation>В просмотре показано содержание; формат файлов: {0}.</translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation>В просмотре показано содержание; формат файла: {0}.</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Отметьте хотя бы один раздел.</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation>Не удалось показать просмотр ({0}).</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation>Не удалось показать просмотр ({0}). Подробности: {1}.</translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation>Выберите, где сохранить отчет.</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>Отметьте хотя бы один раздел для экспорта.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation>Сохранено файлов: {0} (папка {1}):
{2}</translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation>Отчет экспортирован: {0}</translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation>Отчет не экспортирован: {0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation>Произошла непредвиденная ошибка, отчет не экспортирован ({0}). Подробности: {1}.</translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation>Не удалось открыть папку {0}.</translation>
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
        <translation>
            <numerusform>%n предупреждение и {0}</numerusform>
            <numerusform>%n предупреждения и {0}</numerusform>
            <numerusform>%n предупреждений и {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n нераспознанная строка</numerusform>
            <numerusform>%n нераспознанные строки</numerusform>
            <numerusform>%n нераспознанных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab ({1}) before keeping the programme.</source>
        <translation>При импорте обнаружено: {0}. Проверьте их на вкладке «Предупреждения импорта» ({1}), прежде чем сохранить программу.</translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation>Строка {0}: </translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation>Строка {0}, не распознана: {1}</translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation>Все строки документа распознаны.</translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation>Что при импорте требует проверки. Нераспознанные строки не попали ни в одно поле: перенесите важное в программу вручную.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation>например, III</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>По одному примечанию в строке</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation>Сопредседатель: ведет повестку дня и предоставляет слово</translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation>Докладчик: записывает и просматривает</translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation>Экран зала: показывает совещание, команд не принимает</translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation>Присоединиться к совещанию на сервере</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation>имя или адрес сервера, например 10.0.0.5</translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation>ваше имя, как оно будет указано в отчете</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Бе&amp;зопасность:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation>Пароль берется из файла паролей PostgreSQL (~/.pgpass) или из PGPASSWORD; Facilitator никогда его не хранит.</translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation>&amp;Подключиться и показать совещания</translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation>Совещания на сервере</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Присоед&amp;иниться</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation>Введите имя базы данных (его сообщает Секретариат).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation>Не удается присоединиться: сервер не ответил как база данных Facilitator ({0}). Проверьте имя сервера, порт, базу данных и пользователя (их сообщает Секретариат), а также подключен ли этот компьютер к сети совещания.</translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation>На этом сервере еще нет совещаний: сначала Секретариат копирует туда совещание (facilitator copy-meeting MEETING --to ADDRESS).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>%n совещание на сервере.</numerusform>
            <numerusform>%n совещания на сервере.</numerusform>
            <numerusform>%n совещаний на сервере.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation>Введите свое имя: в каждом событии записывается, кто его выполнил.</translation>
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
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation>Смешанный (в зале и онлайн)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очный</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation>Заседание {0} нужно записать в виде 10:00–13:00 (по одному заседанию в строке).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation>ГГГГ-ММ-ДД, например 2024-07-10</translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation>По одному заседанию в строке: 10:00–13:00</translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation>например, Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation>&amp;Заседания:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation>&amp;Онлайн-платформа:</translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation>Дату нужно записать в виде 2024-07-10 или оставить пустой.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation>Изменение программы</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Добавить &amp;пункт</translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation>Новый пункт повестки дня после выбранного</translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation>Добавить &amp;часть</translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation>Новая часть после выбранной</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation>Удалить выбранный пункт или часть</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation>Переместить выделенное на одну позицию вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation>Переместить выделенное на одну позицию вниз</translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation>Выберите пункт или часть, чтобы изменить.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation>Сохранить измененную программу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation>Отменить изменения (Esc)</translation>
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
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка дня</translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation>Данные &amp;совещания</translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform ({0})</source>
        <translation>Название, дата, часовой пояс, заседания, место, формат, онлайн-платформа ({0})</translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation>Пр&amp;едупреждения импорта</translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation>Что при импорте требует проверки и какие строки не распознаны</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation>Из документа, строка {n}: «{text}»</translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation>Часть (идет сейчас: ее можно изменить, но нельзя удалить)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation>Плановое начало должно быть временем вида 10:30 или пустым.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Новая часть</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Не удается удалить</translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation>Часть «{title}» идет сейчас и не может быть удалена. Сначала завершите ее или перейдите к другой части.</translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation>Пункт «{title}» содержит идущую сейчас часть и не может быть удален.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удаление пункта</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>Удалить «{title}» и его %n часть?</numerusform>
            <numerusform>Удалить «{title}» и его %n части?</numerusform>
            <numerusform>Удалить «{title}» и его %n частей?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation>Не удается сохранить эти изменения: {problem}</translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation>Изменено. Ctrl+Enter — сохранить изменения, Esc — отменить.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отмена изменений</translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation>Отменить ваши изменения программы?</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation>{kind} · идет</translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation>Идет сейчас: удалить нельзя.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>Заседание {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>Заседание {number}</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation>В программе не осталось частей, которые можно начать.</translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation>После «{segment}» частей нет.</translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation>«{segment}» уже идет.</translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation>Ни одна часть не идет.</translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation>«{segment}» уже на паузе.</translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation>Совещание не на паузе.</translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation>Перед «{segment}» частей нет.</translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation>Ни одна часть еще не проводилась: возвращаться некуда.</translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation>В программе нет части «{segment}».</translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation>«{segment}» — текущая часть: возобновите ее.</translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation>Ни одна часть не идет: продлевать нечего.</translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation>Продлевайте на целое число секунд, отличное от нуля.</translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation>Продлевайте не более чем на 24 часа за раз.</translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation>На «{segment}» отведено {allotted}: сократить на {shortening} нельзя.</translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation>В программе нет заседаний.</translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation>Заседания {number} нет: число заседаний в программе — {count}.</translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation>Все заседания программы уже начались.</translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation>{sitting} уже началось.</translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation>{sitting} еще идет: сначала закройте его.</translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation>Ни одно заседание не идет.</translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation>{sitting} не идет.</translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation>Измененная программа недействительна: {reason}.</translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» на паузе: эту часть нельзя удалить из программы. Сначала перейдите к другой части.</translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» идет: эту часть нельзя удалить из программы. Сначала перейдите к другой части.</translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation>Программа не изменилась.</translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation>Вам нечего отменять: автор последнего шага — {seat}. Чтобы отменить его, выберите «Правка &gt; Отменить шаг другого рабочего места» (Ctrl+Alt+Z).</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation>Этот шаг уже нельзя отменить: он уже отменен или на том рабочем месте с тех пор сделан другой шаг. Снова откройте «Правка &gt; Отменить шаг другого рабочего места».</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation>Выступление передается как черновик или как набор его полей.</translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation>«{field}» не является полем выступления.</translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation>Этого выступления нет в совещании (возможно, его запись отменена).</translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation>{kind} неназванного оратора ({id})</translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation>{kind} оратора {speaker} ({id})</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: требуется текст.</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation>{field}: больше {count} символов; сократите текст.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>{field}: содержит символ, который нельзя сохранить (поврежденная суррогатная пара); удалите его и введите снова.</translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation>{field}: требуется идентификатор.</translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation>Выберите одну из категорий заинтересованных сторон.</translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation>Укажите, выступал оратор в зале или онлайн.</translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation>Выберите тип: вопрос, заявление, ответ (участник дискуссии), рекомендация или информация о смежной деятельности.</translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation>{field}: не удается прочитать; укажите дату, время и часовой пояс.</translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation>{field}: требуется время.</translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation>{field}: не указан часовой пояс.</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field}: требуется список идентификаторов.</translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation>«{field}»: только да или нет.</translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation>Резюме должно быть текстом.</translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation>Резюме длиннее {count} символов: разделите его на два выступления или сократите.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation>Выберите руководящие вопросы из списка.</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation>Этот участник не зарегистрирован: выберите другого или введите имя оратора.</translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation>Имя оратора</translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation>Укажите, кто выступал: выберите участника или введите имя.</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation>Запись в списке ораторов</translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation>Этой записи нет ни в одном списке ораторов (возможно, она отменена).</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Окончание ({end}) раньше начала ({start}).</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation>Отметьте часть, к которой относится выступление (хотя бы одну).</translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation>Этот руководящий вопрос относится к «{segment}», а выступление не отмечено этой темой: сначала добавьте ее.</translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation>В «{segment}» нет руководящего вопроса {number}.</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation>Связать с вопросами можно только ответ (участник дискуссии): сначала задайте тип «Ответ (участник дискуссии)».</translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation>Ответ не может отвечать сам на себя.</translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation>Нет выступления «{id}», на которое можно ответить (возможно, оно удалено).</translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation>{intervention} — не вопрос: ответы даются только на вопросы.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation>Для цитирования</translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation>{intervention}: выступление удалено; восстановите его, чтобы изменить.</translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation>Укажите изменения в виде «поле → новое значение».</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation>{intervention}: выступление уже удалено.</translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation>{intervention}: выступление не удалено.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>поле «{field}» не является текстом</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>пустое поле «{field}»</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>поле «{field}» длиннее {count} символов</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation>поле «{field}» содержит символ, который нельзя сохранить (поврежденная суррогатная пара): удалите его и введите снова</translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation>категория не входит в число категорий заинтересованных сторон</translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation>форма участия — ни «в зале», ни «онлайн»</translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation>признак «молодежь» — ни «да», ни «нет»</translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation>участник не является объектом</translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation>идентификатор не является текстом</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>идентификатор пуст</translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation>категория {value} неизвестна</translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation>форма участия {value} неизвестна</translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation>признак «молодежь» — ни true, ни false</translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation>признак «гость» — ни true, ни false</translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation>у программы нет названия</translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation>в программе нет пунктов повестки дня</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>неизвестный часовой пояс «{zone}»</translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation>заседание {sitting} заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation>заседание {sitting} начинается до окончания заседания {previous}</translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation>у пункта повестки дня {item} нет названия</translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation>у двух пунктов повестки дня одинаковый идентификатор «{id}»</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation>в пункте «{item}», часть «{segment}»</translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation>{where}: идентификатор «{id}» использован дважды</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation>в пункте «{item}»: у части нет названия</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation>{where}: плановое число минут должно быть целым</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation>{where}: плановое число минут должно быть от 0 до 1440</translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation>{where}: номер должен быть от 1 до 999</translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation>{where}: за групповой дискуссией может следовать только часть «Вопросы и ответы»</translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation>{where}: следует за групповой дискуссией {panel}, которой нет в этом пункте</translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation>{where}: у участника дискуссии или модератора нет имени</translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation>format_version: этот файл записан более новой версией Facilitator (формат {found}); эта версия читает формат {readable}, обновите программу</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation>{path}: не должно быть пустым (или опустите его)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>{path}: неизвестный ключ {key} (возможно, имелось в виду «{close}»?); здесь допустимы ключи: {keys}</translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation>{path}: неизвестный ключ {key}; здесь допустимы ключи: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>неизвестный ключ верхнего уровня {key} (возможно, имелось в виду «{close}»?); здесь допустимы ключи: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation>неизвестный ключ верхнего уровня {key}; здесь допустимы ключи: {keys}</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}: отсутствует</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation>{path}: содержит символ, не являющийся допустимым текстом</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>целое число от {low} до {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>целое число не меньше {low}</translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation>{path}: {number} — слишком большой номер</translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation>{path}: {value} — несуществующая дата</translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation>местное время без смещения UTC («10:00»)</translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation>{path}: {value} — не время суток</translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation>время («10:00»)</translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation>{path}: неизвестный {what} {value}; ожидается одно из: {allowed}</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>одно из: {allowed}</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation>{path}: неизвестный часовой пояс {zone} (ожидается имя вида «Europe/Vienna»)</translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation>дата («2024-07-10»)</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation>{path}: ожидается {expected}, получено: {value}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>ничего (null)</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>очень большое число</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>дата {date}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>время {time}</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>значение типа {type}</translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation>Ни одна часть не идет, и следующей нет: выберите часть, к которой относится этот список.</translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation>Ни одна часть не идет: начните часть, прежде чем предоставлять слово.</translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation>«{segment}» — не текущая часть: начните ее, прежде чем предоставлять слово по ее списку.</translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation>Этого оратора нет ни в одном списке ораторов (возможно, запись отменена).</translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation>{speaker}: запись в списке снята; сначала восстановите ее.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation>{speaker} выступает: перемещать можно только ожидающих.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation>{speaker} выступает: пропускать можно только ожидающих.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation>{speaker} выступает: переносить в конец можно только ожидающих.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation>{speaker}: выступление уже состоялось; перемещать можно только ожидающих.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation>{speaker}: выступление уже состоялось; пропускать можно только ожидающих.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation>{speaker}: выступление уже состоялось; переносить в конец можно только ожидающих.</translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation>Слово никому не предоставлено.</translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation>Укажите место целым числом.</translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation>В списке только одно место.</translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation>Выберите место от 1 до {count}.</translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation>Укажите имя гостя.</translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation>Укажите организацию гостя.</translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation>Не удается добавить гостя: {reason}.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>Примечание должно быть текстом.</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation>Примечание длиннее {count} символов: сократите его.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>Примечание содержит символ, который нельзя сохранить (поврежденная суррогатная пара): удалите его и введите снова.</translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation>Список ораторов пуст и закрыт.</translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation>Список ораторов пуст.</translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation>{speaker} уже выступает.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation>{speaker}: выступление уже состоялось; чтобы снова предоставить слово, верните оратора в список.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation>Таймер оратора {speaker} уже остановлен.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation>Таймер оратора {speaker} не остановлен.</translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation>Продлевайте время оратора не более чем на час за раз.</translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation>Время оратора {speaker} — {allotted}: сократить на {shortening} нельзя.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation>Никто не ожидает: пропускать некого.</translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation>{speaker} — единственный ожидающий: переходить не к кому.</translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation>{speaker} уже в конце списка.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation>Никто не ожидает: переносить некого.</translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation>{speaker}: запись уже снята.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation>{speaker}: выступление уже состоялось, снимать нечего.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation>{speaker} уже ожидает.</translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation>{speaker} выступает.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation>{speaker} уже ожидает в этом списке.</translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation>{speaker} уже в начале списка.</translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation>{speaker} уже на этом месте.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation>Ожидают меньше двух ораторов: переставлять нечего.</translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation>Еще не выступавшие сегодня уже в начале списка.</translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation>Список уже чередует зал и онлайн.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation>Список ораторов части «{segment}» уже закрыт.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation>Список ораторов части «{segment}» открыт.</translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation>Укажите регламент целым числом секунд.</translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation>Регламент — от {shortest} до {longest}.</translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation>Регламент уже {limit}.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation>Список ораторов части «{segment}» закрыт: откройте его снова, чтобы добавить оратора.</translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation>Этот участник не зарегистрирован: импортируйте регистрационный список или добавьте гостя.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation>Не удается принять запись ({participant}): {reason}.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation>Идентификатор «{id}» уже занят ({participant}).</translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation>Выберите категорию заинтересованных сторон и форму участия (в зале или онлайн).</translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation>Этот участник не зарегистрирован.</translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation>В регистрационном списке нет участников.</translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation>Строка {row} списка не является участником.</translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation>Участник {row}</translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation>Идентификатор «{id}» ({participant}) уже занят ({other}): у каждого участника должен быть свой идентификатор.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation>Идентификатор «{id}» присвоен двоим — {participant} и {other}: у каждого участника должен быть свой идентификатор.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation>Ожидают меньше двух ораторов: балансировать нечего.</translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation>Список уже сбалансирован между группами, выступавшими до сих пор.</translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation>Прервать список можно только выступлением по порядку ведения заседания или в порядке осуществления права на ответ.</translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation>Уже идет выступление по порядку ведения заседания: сначала завершите его.</translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation>Уже идет выступление в порядке осуществления права на ответ: сначала завершите его.</translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation>Выберите группу заинтересованных сторон.</translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation>Укажите лимит времени целым числом минут.</translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation>Лимит времени — не более {hours} ч.</translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation>Для группы «{group}» в этой части лимит времени не задан.</translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation>Лимит времени группы «{group}» уже {clock}.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation>Идет выступление по порядку ведения заседания. Сначала завершите его.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation>Идет выступление в порядке осуществления права на ответ. Сначала завершите его.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation>Идет выступление по порядку ведения заседания. Сначала завершите его: затем продолжит {name}.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation>Идет выступление в порядке осуществления права на ответ. Сначала завершите его: затем продолжит {name}.</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation>дня {day} нет: число дней в программе — {count}</translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation>число дней в программе — {count}; импортирован день {day} ({label}). Импортируйте остальные по одному, каждый как отдельное совещание</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation>дня {day} нет: программа рассчитана на один день</translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation>пункты повестки дня не найдены: ожидаются нумерованные пункты, например «I. Открытие совещания» или «1. Открытие», заголовки или строки со временем, например «10:00 - 10:15 Открытие»</translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation>в документе нет даты: укажите дату совещания в разделе «Данные совещания»</translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation>документ охватывает несколько дней (с {first} по {last}), но не указывает, какие записи к какому дню относятся: датой совещания принято {first}. Проверьте ее в разделе «Данные совещания» и импортируйте программу каждого дня как отдельное совещание</translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation>в документе указано несколько дат: датой совещания принято {date}, а не {others}. Проверьте ее в разделе «Данные совещания»</translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation>пункты повестки дня не найдены</translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation>в документе прочитано записей повестки дня: {count} — больше, чем вмещает день совещания (не более {most}): это действительно программа? Откройте саму программу</translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation>у программы нет названия перед первым пунктом повестки дня</translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation>в документе нет ни заседаний, ни времени: укажите заседания в разделе «Данные совещания», иначе план не сможет расположить день</translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation>время в программе доходит до {latest} (запланировано {planned} мин), за пределы заседаний ({sittings}, {capacity} мин): проверьте заседания и время в разделе «Данные совещания»</translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation>часть «{title}» похожа на имя человека, а не на запись повестки дня: проверьте, к чему относится эта строка</translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation>это похоже на экспортированный отчет совещания (в нем есть {sections}), а не на программу: откройте программу, по которой проводилось совещание</translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation>документ слишком глубоко вложен для чтения</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>документ пуст</translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation>не удалось прочитать этот документ Word ({error}); откройте его в Word и снова сохраните как документ Word (.docx)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation>это папка, а не документ Word</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation>этот документ Word защищен паролем: откройте его в Word, снимите пароль (Файл &gt; Сведения &gt; Защита документа) и сохраните как незащищенный .docx</translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation>это старый документ Word 97-2003 (.doc): откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation>это документ Word, защищенный паролем, или старый файл .doc: откройте его в Word и сохраните как незащищенный документ Word (.docx)</translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation>это {other}, а не документ Word: откройте его и сохраните программу как .docx</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation>это zip-архив, а не документ Word (.docx); сохраните программу как .docx</translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation>этот файл зашифрован; сохраните программу как незащищенный .docx</translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation>этот документ слишком велик для программы</translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation>текстовый файл OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>файл OpenDocument</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>презентация PowerPoint</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>не удается прочитать этот файл ({reason})</translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation>это не документ Word (.docx), или он поврежден; откройте его в Word и снова сохраните как документ Word (.docx)</translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation>этот файл Office не является документом Word; сохраните программу как .docx</translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation>в документе больше {most} абзацев — больше, чем в программе совещания: это действительно программа? Откройте саму программу</translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation>программы в формате PDF не читаются: откройте файл и сохраните его как Word (.docx) или текст (.txt)</translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation>это папка, а не файл программы</translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation>размер файла — {size} МБ: слишком велик для программы</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>доступ запрещен: не удается прочитать этот файл</translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation>это не текстовый документ; сохраните программу как .txt, .md или .docx</translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation>день {number}: {label}</translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation>день {number}: {label} ({date})</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>это не текстовый документ (содержит двоичные данные)</translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation>в документе строк: {count} — больше, чем в программе совещания (не более {most}): это действительно программа? Откройте саму программу</translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation>TOML слишком глубоко вложен для программы</translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation>TOML содержит слишком длинное число</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation>этот файл не является текстом в UTF-8 (байт 0x{byte}); сохраните его в UTF-8 в своем редакторе</translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation>файл слишком велик для программы</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation>недопустимый TOML: {reason} (строка {line_number}, столбец {column})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation>недопустимый TOML: {reason} (в конце файла, строка {line_number})</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>нельзя перезаписать значение</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>экранированный символ не является скалярным значением Unicode</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>после ключа в паре ключ/значение ожидается «=»</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>в конце объявления таблицы ожидается «]»</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>в конце объявления массива ожидается «]]»</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>после инструкции ожидается перевод строки или конец документа</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>недопустимая дата или дата и время</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>недопустимое шестнадцатеричное значение</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>недопустимый начальный символ части ключа</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>недопустимая инструкция</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>незакрытый массив</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>незакрытая встроенная таблица</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>незавершенная строка</translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation>нельзя объявить {key} дважды</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation>нельзя изменить неизменяемое пространство имен {key}</translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation>нельзя переопределить пространство имен {key}</translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation>повторяющийся ключ встроенной таблицы {key}</translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation>обнаружен недопустимый символ {character}</translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation>запрещенный символ {character}</translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation>ожидается {expected}</translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation>не удается сохранить эту программу: {reason}</translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation>не удается сохранить эту программу: при повторном чтении она не совпадет</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>тот же человек, что и в строке {row}</translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation>уже есть среди участников совещания</translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation>эта строка повторяет заголовки столбцов</translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation>категория {value} не распознана: «Другое»</translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation>форма участия {value} — ни «в зале», ни «онлайн»: принято «в зале»</translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation>значение пола слишком длинное: оставлено незаявленным</translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation>признак «молодежь» {value} не распознан: оставлен незаявленным</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation>ни один столбец не содержит имени участника (найдены столбцы: {columns}): выберите столбец имени на шаге сопоставления</translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation>ни один столбец не содержит организации (найдены столбцы: {columns}): выберите столбец организации на шаге сопоставления</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation>ни один столбец не содержит ни имени участника, ни организации (найдены столбцы: {columns}): выберите столбцы имени и организации на шаге сопоставления</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation>поле «{field}» сопоставлено столбцу {column}, но в таблице 1 столбец</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation>поле «{field}» сопоставлено столбцу {column}, но столбцов в таблице — {count}</translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation>имя и организация не заполнены</translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation>пол {value} не распознан: записано «Не указано»</translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation>это текстовый файл (CSV), в нем нет листа {sheet}</translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation>это папка, а не регистрационный список</translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation>размер файла — {size} МБ, слишком велик для регистрационного списка</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation>доступ запрещен: этот файл нельзя прочитать (не открыт ли он в другой программе?)</translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation>этот файл нельзя прочитать ({reason})</translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>этот файл Excel защищен паролем: откройте его в Excel, снимите пароль (Файл &gt; Сведения &gt; Защитить книгу &gt; Зашифровать с использованием пароля), сохраните и импортируйте снова</translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation>это файл Excel старого формата (.xls): откройте его в Excel и сохраните как «Книга Excel» (.xlsx) или CSV UTF-8, затем импортируйте новый файл</translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>это документ Office старого формата, а не книга: регистрационные списки читаются из файлов Excel (.xlsx) или CSV</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation>у файла расширение {suffix}, но он содержит обычный текст, а не книгу Excel: если это экспорт CSV, переименуйте его в .csv и импортируйте снова</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation>это не книга Excel (возможно, файл поврежден или загружен не полностью): откройте его в Excel и снова сохраните как .xlsx или CSV UTF-8</translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>это PDF: регистрационные списки читаются из файлов Excel (.xlsx) или CSV</translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation>это веб-страница или файл XML, а не таблица: откройте его в Excel и сохраните как «Книга Excel» (.xlsx) или CSV UTF-8</translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation>текст этого файла в нераспознаваемой кодировке: сохраните его из Excel как CSV UTF-8 (или .xlsx) и импортируйте снова</translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>это не текстовая таблица (похоже на двоичные данные): регистрационные списки читаются из файлов Excel (.xlsx) или CSV</translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation>этот файл не является правильной таблицей CSV около строки {line} ({reason}): откройте его в Excel и снова сохраните как CSV UTF-8</translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation>в таблице больше {most} строк: это не регистрационный список (проверьте, выбраны ли нужный лист или файл)</translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation>этот файл Excel нельзя прочитать ({reason}); возможно, он поврежден или загружен не полностью: откройте его в Excel, снова сохраните как .xlsx (или CSV UTF-8) и импортируйте новый файл</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation>файл OpenDocument (LibreOffice): сохраните его как .xlsx или CSV UTF-8</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP-архив</translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation>это {what}, а не книга Excel</translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation>эта книга после распаковки занимает больше {size} МБ: это не регистрационный список</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation>в книге нет листа {sheet} (ее листы: {names})</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation>лист {sheet} пуст</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation>все листы книги пусты</translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation>в файле есть заголовки столбцов, но под ними нет регистраций</translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation>повреждено на событии {seq}: откройте только для чтения до события {previous} или восстановите резервную копию</translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation>приостановлено: {segment}</translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation>идет: {segment}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation>перед: {segment}</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>Другое рабочее место</translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation>Совещание уже перешло к части {segment} (раньше вас: {seat}); ваш шаг не выполнен.</translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation>Повестка дня только что изменена ({seat}, {where}); ваш шаг не выполнен. Проверьте повестку дня и повторите попытку.</translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>Это выступление только что изменено ({seat}); ваше изменение не сохранено. Откройте его снова, чтобы увидеть чужое изменение, затем внесите свое.</translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation>Только что отменен или повторен шаг ({seat}); проверьте совещание и повторите попытку.</translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation>Список ораторов только что изменен ({seat}); ваш шаг не выполнен. Проверьте список и повторите попытку.</translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation>Это совещание открыто только для чтения до события {event} (следующее повреждено): ничего изменить нельзя. Чтобы продолжить его, восстановите резервную копию.</translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation>Это рабочее место не может этого сделать.</translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation>Другие рабочие места очень быстро меняют совещание; ничего не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation>Это рабочее место докладчика: здесь записывают и просматривают выступления, а повестку дня ведут и слово предоставляют сопредседатели. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation>Это рабочее место — экран зала: он показывает совещание и не принимает команд.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Регистрационные списки (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Импорт регистраций</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>Выбрать файл… (Ctrl+O)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation>Непринятые строки</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation>Непринятые строки, дубликаты и нераспознанные значения:</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>Регистрационный список</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation>{0}: строк — {1}, столбцов — {2}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>Столбец {0}</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>Выберите столбец для поля: {0}.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}, строка {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>списка</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>%n участник для импорта из {0}</numerusform>
            <numerusform>%n участника для импорта из {0}</numerusform>
            <numerusform>%n участников для импорта из {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation>Нет участников для импорта из {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n строка отклонена</numerusform>
            <numerusform>%n строки отклонены</numerusform>
            <numerusform>%n строк отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n дубликат пропущен</numerusform>
            <numerusform>%n дубликата пропущено</numerusform>
            <numerusform>%n дубликатов пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>%n значение не распознано (использовано значение по умолчанию)</numerusform>
            <numerusform>%n значения не распознаны (использованы значения по умолчанию)</numerusform>
            <numerusform>%n значений не распознано (использованы значения по умолчанию)</numerusform>
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
        <translation>Необязательно: краткое название для пульта</translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation>Что пульт и экран зала показывают вместо названия, например «Вступительное слово сопредседателей»; название остается как в документе</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation>ЧЧ:ММ или пусто — сразу после предыдущей</translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation>Имя, Должность, Организация</translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation>По одному в строке: Имя, Должность, Организация</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>По одному вопросу в строке</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation>Следует &amp;за дискуссией:</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>Пл&amp;ановое начало:</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>&amp;Модератор:</translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation>&amp;Участники дискуссии:</translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation>&amp;Руководящие вопросы:</translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation>Групповая дискуссия {n} (не в этом пункте)</translation>
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
        <translation>Программы (*.txt *.md *.docx *.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>Где остановлено</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation>Открыть совещание (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Репетиция</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Создать &amp;копию</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation>Открыть &amp;файл программы…</translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation>Начать новое совещание из файла .txt, .md, .docx или .toml (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation>Открыть файл программы… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation>&amp;Присоединиться к совещанию на сервере…</translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation>Занять рабочее место на совещании, которое ведется на сервере Секретариата</translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation>Присоединиться к совещанию на сервере… (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Совещание</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation>Недавние совещания (Ctrl+1)</translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation>Новое совещание из программы (Ctrl+2)</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>Открыть программу</translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation>Не удается открыть эту программу</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Какой день?</translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation>Число дней в этой программе: {n}. Совещание длится один день: выберите день для импорта (остальные импортируйте так же, каждый как отдельное совещание).</translation>
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
