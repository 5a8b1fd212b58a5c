<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation>البنود الدائمة المتناولة</translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation>مفتاح المسافة للتأشير، وEnter للتأكيد.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Programme imported before</source>
        <translation>سبق استيراد البرنامج</translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation>سبق استيراد هذا البرنامج بوصفه الاجتماع {0} («{1}»). هل تريد فتح ذلك الاجتماع، أم استيراد البرنامج مجددًا بوصفه اجتماعًا جديدًا؟</translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation>&amp;فتح الاجتماع {0}</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>إعادة الا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation>مراجعة البرنامج المستورد</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>تعذّر إنشاء الاجتماع</translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation>تعذّر الانضمام إلى الاجتماع</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>تعذّر فتح الاجتماع</translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation>هذا الاجتماع تالف</translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation>النسخ الاحتياطية موجودة في {0}.</translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation>فتح للقراءة &amp;فقط حتى الحدث {0}</translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation>حتى الحدث {0}؛ الحدث {1} تالف. لا يمكن تغيير أي شيء هنا؛ استعد نسخة احتياطية لمواصلة الاجتماع.</translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation>تعذّر إجراء التمرين</translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation>نسخة تدريبية في يوم الاجتماع، {0}، ابتداءً من الساعة {1}؛ لا يُحفظ شيء مما يُجرى هنا</translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation>نسخة تدريبية (لا تُحفظ)</translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation>إعادة تسمية الاجتماع</translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation>الاسم في القائمة:</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>تعذّر النسخ</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>حذف الاجتماع؟</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation>حذف «{0}» ({1}) وكل ما سُجّل فيه؟ تُؤخذ نسخة احتياطية من قاعدة البيانات أولًا.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation>حُذف «{0}». النسخة الاحتياطية المأخوذة قبل الحذف هي {1}.</translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation>هل تريد فتح قاعدة البيانات للقراءة فقط، للاطلاع والتصدير؟</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>هل تريد فتح قاعدة البيانات للقراءة فقط؟</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>هل تريد فتح أحدث نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation>جارٍ فتح قاعدة بيانات الاجتماعات…</translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation>حدث خطأ أثناء عرض قائمة الاجتماعات؛ التفاصيل في {0}.</translation>
    </message>
</context>
<context>
    <name>BigClock</name>
    <message>
        <source>Segment clock</source>
        <translation>ساعة الجزء</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Panel {0}</source>
        <translation>حلقة النقاش {0}</translation>
    </message>
    <message>
        <source>Standing item {0}</source>
        <translation>البند الدائم {0}</translation>
    </message>
    <message>
        <source>Sitting {n} {start}–{end}: {used} of {capacity} min</source>
        <translation>الجلسة {n} {start}–{end}: {used} من {capacity} دقيقة</translation>
    </message>
    <message>
        <source> — runs {late} min over</source>
        <translation> — تتجاوز الوقت بـ {late} دقيقة</translation>
    </message>
    <message>
        <source> — full</source>
        <translation> — ممتلئة</translation>
    </message>
    <message>
        <source> — {free} min free</source>
        <translation> — {free} دقيقة متاحة</translation>
    </message>
    <message>
        <source>{title} ends at {end}, {late} min after the sitting ends</source>
        <translation>ينتهي {title} في الساعة {end}، بعد {late} دقيقة من نهاية الجلسة</translation>
    </message>
    <message>
        <source> (and {n} more after it, until {end})</source>
        <translation> (و{n} غيره بعده، حتى {end})</translation>
    </message>
    <message>
        <source>{title} ({minutes} min) does not fit in the {free} min left and moves to sitting {to}</source>
        <translation>لا يتسع الوقت المتبقي ({free} دقيقة) لـ {title} ({minutes} دقيقة)، فيُنقل إلى الجلسة {to}</translation>
    </message>
    <message>
        <source>No sittings are set: {planned} min planned.</source>
        <translation>لم تُحدَّد أي جلسات: {planned} دقيقة مخططة.</translation>
    </message>
    <message>
        <source>The plan is {over} min longer than the day ({planned} of {cap} min).</source>
        <translation>يتجاوز البرنامج مدة اليوم بـ {over} دقيقة ({planned} من {cap} دقيقة).</translation>
    </message>
    <message>
        <source>The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out.</source>
        <translation>يتسع اليوم للبرنامج ({planned} من {cap} دقيقة)، ولكن ليس بتوزيع الجلسات الحالي.</translation>
    </message>
    <message>
        <source>The plan fills the day exactly ({cap} min).</source>
        <translation>يشغل البرنامج اليوم بالضبط ({cap} دقيقة).</translation>
    </message>
    <message>
        <source>The plan fits, with {free} min to spare ({planned} of {cap} min).</source>
        <translation>يتسع اليوم للبرنامج، مع {free} دقيقة فائضة ({planned} من {cap} دقيقة).</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>(category)</source>
        <translation>(الفئة)</translation>
    </message>
    <message>
        <source>(room / online)</source>
        <translation>(في القاعة / عبر الإنترنت)</translation>
    </message>
    <message>
        <source>Tags: type to filter, Space ticks</source>
        <translation>المواضيع: اكتب للتصفية، ومفتاح المسافة للتأشير</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Guiding questions answered</source>
        <translation>الأسئلة التوجيهية التي تمت الإجابة عنها</translation>
    </message>
    <message>
        <source>Questions this answer answers</source>
        <translation>الأسئلة التي يجيب عنها هذا الرد</translation>
    </message>
    <message>
        <source>Summary (Ctrl+Enter saves)</source>
        <translation>الموجز (Ctrl+Enter للحفظ)</translation>
    </message>
    <message>
        <source>F&amp;ollow-up needed</source>
        <translation>تلزم &amp;متابعة</translation>
    </message>
    <message>
        <source>Q&amp;uotable</source>
        <translation>قابل للا&amp;قتباس</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New from the floor (Ctrl+Shift+F)</source>
        <translation>مداخلة جديدة للمتكلم الحالي (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>المتكلم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>المو&amp;جز:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>الموا&amp;ضيع:</translation>
    </message>
    <message>
        <source>Guiding &amp;questions:</source>
        <translation>الأسئلة ال&amp;توجيهية:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>الإ&amp;جابات:</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>تعديل {0}</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>مداخلة جديدة</translation>
    </message>
    <message>
        <source>Q{0}. {1}</source>
        <translation>س{0}. {1}</translation>
    </message>
    <message>
        <source>Saved the changes to {0}.</source>
        <translation>حُفظت التعديلات على {0}.</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>حُفظت المداخلة.</translation>
    </message>
    <message>
        <source>{0} (restored draft)</source>
        <translation>{0} (مسودة مستعادة)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Where the keys work: anywhere in the console window (the menu entries), only in the capture pane (and its fields), or only in the interventions list.</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الا&amp;جتماع</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>المت&amp;كلمون</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>ال&amp;تدوين</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>The menus, in the menu bar&apos;s order (Help follows them; see facilitator.ui.help). Where each context&apos;s keys are said to work, in the shortcuts sheet.</extracomment>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <source>In the capture pane</source>
        <translation>في لوحة التدوين</translation>
    </message>
    <message>
        <source>In the interventions list</source>
        <translation>في قائمة المداخلات</translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>&amp;تصدير المحضر…</translation>
    </message>
    <message>
        <source>Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview</source>
        <translation>تصدير محضر الاجتماع (Word، PDF، HTML، Markdown، CSV، JSON)، مع معاينة</translation>
    </message>
    <message>
        <source>&amp;Rehearse this meeting…</source>
        <translation>&amp;إجراء تمرين على هذا الاجتماع…</translation>
    </message>
    <message>
        <source>Run through this meeting on a practice copy, on its day&apos;s clock; nothing is kept</source>
        <translation>تشغيل هذا الاجتماع على نسخة تدريبية وفق توقيت يومه؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>الا&amp;جتماعات…</translation>
    </message>
    <message>
        <source>Back to the list of meetings (asks first while the meeting is under way)</source>
        <translation>العودة إلى قائمة الاجتماعات (مع طلب التأكيد أثناء سير الاجتماع)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit Facilitator (the meeting is saved)</source>
        <translation>الخروج من Facilitator (يُحفظ الاجتماع)</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>&amp;بدء / إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Start the next segment, or pause and resume the current one</source>
        <translation>بدء الجزء التالي، أو إيقاف الجزء الجاري مؤقتًا واستئنافه</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>بدء/إيقاف مؤقت</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>Finish this segment and start the next</source>
        <translation>إنهاء هذا الجزء وبدء الجزء التالي</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Go back to the previous segment; its clock resumes</source>
        <translation>العودة إلى الجزء السابق؛ تُستأنف ساعته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>&amp;Jump to segment…</source>
        <translation>الانتقال إلى &amp;جزء…</translation>
    </message>
    <message>
        <source>Start any segment of the day</source>
        <translation>بدء أي جزء من أجزاء اليوم</translation>
    </message>
    <message>
        <source>Jump…</source>
        <translation>انتقال…</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>تمديد &amp;1 دقيقة</translation>
    </message>
    <message>
        <source>Give the current segment one more minute</source>
        <translation>إضافة دقيقة إلى الجزء الجاري</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>⁦+1⁩ د</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>تمديد &amp;5 دقائق</translation>
    </message>
    <message>
        <source>Give the current segment five more minutes</source>
        <translation>إضافة خمس دقائق إلى الجزء الجاري</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>⁦+5⁩ د</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 minute</source>
        <translation>تقصير دقيقة وا&amp;حدة</translation>
    </message>
    <message>
        <source>Take one minute from the current segment</source>
        <translation>خصم دقيقة من الجزء الجاري</translation>
    </message>
    <message>
        <source>&amp;Finish segment</source>
        <translation>إ&amp;نهاء الجزء</translation>
    </message>
    <message>
        <source>Finish the current segment without starting the next</source>
        <translation>إنهاء الجزء الجاري دون بدء الجزء التالي</translation>
    </message>
    <message>
        <source>&amp;End the sitting</source>
        <translation>ر&amp;فع الجلسة</translation>
    </message>
    <message>
        <source>End the sitting under way (lunch, or the day)</source>
        <translation>رفع الجلسة الجارية (لاستراحة الغداء أو في نهاية اليوم)</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>رفع الجلسة</translation>
    </message>
    <message>
        <source>&amp;Call the next speaker</source>
        <translation>إ&amp;عطاء الكلمة للمتكلم التالي</translation>
    </message>
    <message>
        <source>Give the floor to the first speaker waiting; their clock starts</source>
        <translation>إعطاء الكلمة لأول متكلم في الانتظار؛ وتبدأ ساعته</translation>
    </message>
    <message>
        <source>Call the selected speaker</source>
        <translation>إعطاء الكلمة للمتكلم المحدد</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list</source>
        <translation>إعطاء الكلمة للمتكلم المحدد في القائمة</translation>
    </message>
    <message>
        <source>&amp;Hold / resume the speaker</source>
        <translation>&amp;تعليق وقت المتكلم / استئنافه</translation>
    </message>
    <message>
        <source>Hold the speaker&apos;s clock (interpretation, connection) and resume it</source>
        <translation>تعليق ساعة المتكلم (بسبب الترجمة الشفوية أو الاتصال) ثم استئنافها</translation>
    </message>
    <message>
        <source>Give the speaker 30 s more</source>
        <translation>منح المتكلم 30 ثانية إضافية</translation>
    </message>
    <message>
        <source>Extend the speaker&apos;s time by 30 s</source>
        <translation>تمديد وقت المتكلم 30 ثانية</translation>
    </message>
    <message>
        <source>&amp;Finish the speaker</source>
        <translation>إ&amp;نهاء كلمة المتكلم</translation>
    </message>
    <message>
        <source>The speaker has finished</source>
        <translation>أنهى المتكلم كلمته</translation>
    </message>
    <message>
        <source>&amp;Skip (one place down)</source>
        <translation>ت&amp;خطي (مكان واحد إلى الأسفل)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) one place down</source>
        <translation>نقل المتكلم المحدد (أو صاحب الكلمة) مكانًا واحدًا إلى الأسفل</translation>
    </message>
    <message>
        <source>&amp;Defer to the end</source>
        <translation>تأ&amp;جيل إلى آخر القائمة</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) to the end</source>
        <translation>نقل المتكلم المحدد (أو صاحب الكلمة) إلى آخر القائمة</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;شطب</translation>
    </message>
    <message>
        <source>Take the selected speaker (or the one on the floor) off the list</source>
        <translation>شطب المتكلم المحدد (أو صاحب الكلمة) من القائمة</translation>
    </message>
    <message>
        <source>Put &amp;back on the list</source>
        <translation>إعادة إلى ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Put a withdrawn or finished speaker back at the end of the list</source>
        <translation>إعادة متكلم مشطوب أو أنهى كلمته إلى آخر القائمة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>نقل المتكلم المحدد مكانًا واحدًا إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>نقل المتكلم المحدد مكانًا واحدًا إلى الأسفل</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>نقل إلى &amp;رأس القائمة</translation>
    </message>
    <message>
        <source>Move the selected speaker to the top of the list</source>
        <translation>نقل المتكلم المحدد إلى رأس القائمة</translation>
    </message>
    <message>
        <source>Those not yet heard today first</source>
        <translation>من لم يتكلموا اليوم أولًا</translation>
    </message>
    <message>
        <source>Reorder the list: speakers not yet heard today first</source>
        <translation>إعادة ترتيب القائمة: المتكلمون الذين لم يتكلموا اليوم أولًا</translation>
    </message>
    <message>
        <source>Alternate room and online</source>
        <translation>التناوب بين القاعة والإنترنت</translation>
    </message>
    <message>
        <source>Reorder the list to alternate speakers in the room and online</source>
        <translation>إعادة ترتيب القائمة للتناوب بين المتكلمين في القاعة والمتكلمين عبر الإنترنت</translation>
    </message>
    <message>
        <source>&amp;Balance the list</source>
        <translation>موا&amp;زنة القائمة</translation>
    </message>
    <message>
        <source>Reorder the list so that the stakeholder group least heard so far speaks next (by turns or speaking time, as chosen in the speakers dock)</source>
        <translation>إعادة ترتيب القائمة بحيث تتكلم تاليًا فئة أصحاب المصلحة الأقل كلامًا حتى الآن (بحسب عدد مرات الكلام أو مدته، كما اختير في لوحة المتكلمين)</translation>
    </message>
    <message>
        <source>&amp;Point of order</source>
        <translation>نق&amp;طة نظام</translation>
    </message>
    <message>
        <source>Give the floor at once to a point of order (1:00); the speaker resumes after it</source>
        <translation>إعطاء الكلمة فورًا لنقطة نظام (1:00)؛ ثم يستأنف المتكلم كلمته</translation>
    </message>
    <message>
        <source>Right of repl&amp;y</source>
        <translation>&amp;حق الرد</translation>
    </message>
    <message>
        <source>Give the floor at once to a right of reply (2:00); the speaker resumes after it</source>
        <translation>إعطاء الكلمة فورًا لممارسة حق الرد (2:00)؛ ثم يستأنف المتكلم كلمته</translation>
    </message>
    <message>
        <source>&amp;Add a speaker…</source>
        <translation>إضافة مت&amp;كلم…</translation>
    </message>
    <message>
        <source>Type a registered name, or “Name, Organization” for a guest</source>
        <translation>اكتب اسمًا مسجلًا، أو «الاسم, المنظمة» لضيف</translation>
    </message>
    <message>
        <source>Standing items &amp;addressed…</source>
        <translation>البنود ال&amp;دائمة المتناولة…</translation>
    </message>
    <message>
        <source>Which standing items the selected speaker will address</source>
        <translation>البنود الدائمة التي سيتناولها المتكلم المحدد</translation>
    </message>
    <message>
        <source>Speaking &amp;limit…</source>
        <translation>&amp;مدة الكلمة…</translation>
    </message>
    <message>
        <source>Set the speaking time per speaker for this list</source>
        <translation>تحديد مدة الكلمة لكل متكلم في هذه القائمة</translation>
    </message>
    <message>
        <source>Close / reopen the &amp;list</source>
        <translation>إقفال القائمة / إعادة &amp;فتحها</translation>
    </message>
    <message>
        <source>Close the list to new requests, or reopen it</source>
        <translation>إقفال القائمة أمام طلبات جديدة، أو إعادة فتحها</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>است&amp;يراد التسجيلات…</translation>
    </message>
    <message>
        <source>Add participants from a registration list (.csv, .xlsx)</source>
        <translation>إضافة مشاركين من قائمة تسجيل (⁦.csv⁩، ⁦.xlsx⁩)</translation>
    </message>
    <message>
        <source>&amp;New intervention from the floor</source>
        <translation>مداخلة &amp;جديدة للمتكلم الحالي</translation>
    </message>
    <message>
        <source>Start capturing the speaker on the floor, prefilled</source>
        <translation>بدء تدوين مداخلة صاحب الكلمة، مع ملء البيانات مسبقًا</translation>
    </message>
    <message>
        <source>Go to the &amp;capture</source>
        <translation>الانتقال إلى ال&amp;تدوين</translation>
    </message>
    <message>
        <source>Move the keyboard to the summary of the intervention being captured</source>
        <translation>نقل لوحة المفاتيح إلى موجز المداخلة الجاري تدوينها</translation>
    </message>
    <message>
        <source>Go to the &amp;interventions</source>
        <translation>الانتقال إلى الم&amp;داخلات</translation>
    </message>
    <message>
        <source>Find, review and edit what was captured</source>
        <translation>البحث فيما دُوِّن ومراجعته وتعديله</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>ا&amp;سمك…</translation>
    </message>
    <message>
        <source>The name recorded with everything you do and capture (a rapporteur&apos;s name)</source>
        <translation>الاسم المسجَّل مع كل ما تقوم به وتدوّنه (اسم المقرر مثلًا)</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>حفظ المداخلة</translation>
    </message>
    <message>
        <source>Save the intervention being captured</source>
        <translation>حفظ المداخلة الجاري تدوينها</translation>
    </message>
    <message>
        <source>Leave the field</source>
        <translation>مغادرة الحقل</translation>
    </message>
    <message>
        <source>Leave a field: the single keys are the Co-Chair&apos;s again</source>
        <translation>مغادرة الحقل: تعود المفاتيح المفردة إلى أوامر الرئيسين المشاركين</translation>
    </message>
    <message>
        <source>Delete the intervention</source>
        <translation>حذف المداخلة</translation>
    </message>
    <message>
        <source>Delete the selected intervention (Ctrl+Z undoes)</source>
        <translation>حذف المداخلة المحددة (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo this seat&apos;s last action</source>
        <translation>التراجع عن آخر إجراء في هذه المحطة</translation>
    </message>
    <message>
        <source>Redo what this seat undid</source>
        <translation>إعادة ما تراجعت عنه هذه المحطة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step…</source>
        <translation>التراجع عن خطوة محطة أخرى…</translation>
    </message>
    <message>
        <source>Undo the latest step of another seat, named with who took it (asks first)</source>
        <translation>التراجع عن آخر خطوة لمحطة أخرى، مع ذكر من قام بها (مع طلب التأكيد)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>تعديل ال&amp;برنامج…</translation>
    </message>
    <message>
        <source>Edit items and segments</source>
        <translation>تعديل البنود والأجزاء</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>&amp;شاشة القاعة</translation>
    </message>
    <message>
        <source>Show or hide the display for the room, full screen on the last screen</source>
        <translation>إظهار شاشة القاعة أو إخفاؤها، بملء الشاشة على آخر شاشة</translation>
    </message>
    <message>
        <source>Go to the &amp;agenda</source>
        <translation>الانتقال إلى &amp;جدول الأعمال</translation>
    </message>
    <message>
        <source>Move the keyboard to the agenda (Enter starts the selected segment)</source>
        <translation>نقل لوحة المفاتيح إلى جدول الأعمال (Enter يبدأ الجزء المحدد)</translation>
    </message>
    <message>
        <source>Go to the &amp;speakers</source>
        <translation>الانتقال إلى المت&amp;كلمين</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of speakers</source>
        <translation>نقل لوحة المفاتيح إلى قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Facilitator — console</source>
        <extracomment>Words of a banner: as they are, or a function that says them in the interface&apos;s language. The console built again in another language (View → Language), which takes this one&apos;s place on the same controller (ui/relanguage.py); whoever wired this one wires it too.</extracomment>
        <translation>Facilitator — وحدة التحكم</translation>
    </message>
    <message>
        <source>Time in the meeting&apos;s time zone</source>
        <translation>الوقت بتوقيت المنطقة الزمنية للاجتماع</translation>
    </message>
    <message>
        <source>Running offset</source>
        <translation>التقدم أو التأخر عن الجدول</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>التدوين</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>Recorded as: {0}</source>
        <translation>يُسجَّل باسم: {0}</translation>
    </message>
    <message>
        <source>Select an intervention in the list first.</source>
        <translation>حدد مداخلة في القائمة أولًا.</translation>
    </message>
    <message>
        <source>Room display &amp;screen</source>
        <translation>&amp;موضع شاشة القاعة</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>تراجع: {0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>إعادة: {0}</translation>
    </message>
    <message>
        <source>Undo {0}’s step: {1}…</source>
        <translation>التراجع عن خطوة {0}: {1}…</translation>
    </message>
    <message>
        <source>No other seat has a step to undo.</source>
        <translation>لا توجد خطوة يمكن التراجع عنها في أي محطة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>NOT CONNECTED — the other seats&apos; changes are not reaching this one ({0}). Reconnecting by itself; keys that change the meeting are refused meanwhile, and what you type is kept.</source>
        <translation>غير متصل — لا تصل تعديلات المحطات الأخرى إلى هذه المحطة ({0}). تجري إعادة الاتصال تلقائيًا؛ وفي الأثناء تُرفض المفاتيح التي تغيّر الاجتماع، ويُحتفظ بما تكتبه.</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (Ctrl+2, then the arrows).</source>
        <translation>حدد متكلمًا في القائمة أولًا (Ctrl+2، ثم مفاتيح الأسهم).</translation>
    </message>
    <message>
        <source>There is no segment to keep a list of speakers for.</source>
        <translation>لا يوجد جزء يمكن إعداد قائمة متكلمين له.</translation>
    </message>
    <message>
        <source>{0} registered participants match “{1}”. Pick one from the list (Down, then Enter), or type more of the name.</source>
        <translation>يطابق «{1}» {0} من المشاركين المسجلين. اختر واحدًا من القائمة (السهم لأسفل، ثم Enter)، أو اكتب المزيد من الاسم.</translation>
    </message>
    <message>
        <source>“{0}” is not a registered participant. Choose a name from the list, or add a guest as “Name, Organization”.</source>
        <translation>«{0}» ليس مشاركًا مسجلًا. اختر اسمًا من القائمة، أو أضف ضيفًا بصيغة «الاسم, المنظمة».</translation>
    </message>
    <message>
        <source>There is no segment to set a speaking limit for.</source>
        <translation>لا يوجد جزء يمكن تحديد مدة الكلمة له.</translation>
    </message>
    <message>
        <source>Write the limit as minutes:seconds, e.g. 2:30.</source>
        <translation>اكتب المدة بصيغة دقائق:ثوانٍ، مثل 2:30.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>A widget&apos;s place in its window: each step the child&apos;s class and its rank among the parent&apos;s children of that class (a console built again is built in the same order).</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>حسب النظام ({0})</translation>
    </message>
    <message>
        <source>An export is being written. Choose the language again when it is done; the choice is kept for the next start too.</source>
        <translation>يجري الآن كتابة ملف مُصدَّر. اختر اللغة مجددًا عند انتهائه؛ ويُحتفظ بالاختيار أيضًا لبدء التشغيل التالي.</translation>
    </message>
    <message>
        <source>The language could not be changed; the console goes on as it was, the meeting untouched. Details are in {0}.</source>
        <translation>تعذّر تغيير اللغة؛ تستمر وحدة التحكم كما كانت دون أي مساس بالاجتماع. التفاصيل في {0}.</translation>
    </message>
</context>
<context>
    <name>DisplaySeat</name>
    <message>
        <source>Room display — {0}</source>
        <translation>شاشة القاعة — {0}</translation>
    </message>
    <message>
        <source>Not connected to the meeting ({0}); reconnecting. The clocks run on from the last events received.</source>
        <translation>لا اتصال بالاجتماع ({0})؛ جارٍ إعادة الاتصال. تستمر الساعات انطلاقاً من آخر الأحداث الواردة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session record</source>
        <extracomment>How long the choices must settle (a few boxes unticked in a row) before the preview is built. The preview is built at most once per this interval, however fast captures come in. A long record&apos;s preview stops after this many entries and rows per table (see formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts). Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that holds a zero-width space. The last part of the preview given to :meth:`show_parts` is in. An export that ended after the dialog was closed: (sentence, is_error), for the console.</extracomment>
        <translation>تصدير محضر الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>معاينة المحضر</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>التصدير جارٍ</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation>إظهار الملفات المكتوبة في مدير الملفات</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تص&amp;دير</translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation>كتابة المحضر (Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>إغلاق هذه النافذة (Esc)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;صيغة</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>&amp;لغة المحضر</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>لغة المحضر</translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation>{0} (العناوين فقط)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>ال&amp;نمط</translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation>منس&amp;وب: المتكلمون بالاسم والمنظمة</translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation>&amp;غير منسوب (قاعدة تشاتام هاوس)</translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation>غير منسوب: لا يظهر أي اسم أو منظمة في أي موضع، بما في ذلك الموجزات؛ ويُشار إلى المتكلمين بفئة أصحاب المصلحة.</translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation>ما زال يبدو اسمًا أو منظمة (المؤشَّر عليه يُحجب):</translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation>أسماء متبقية في الموجزات</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>الأ&amp;قسام</translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation>ملفات CSV وJSON كاملة دائمًا: تُصدَّر جميع الأقسام. ويأخذ موجز الرئيسين المشاركين ما يلزمه من المحضر بأكمله.</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>اختيار المجلد واسم الملف</translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation>ثلاثة ملفات: {0}.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>هذا مجلد: أضف اسم ملف.</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>يوجد ملف بهذا الاسم وسيُستبدل.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation>تعرض المعاينة أول {0} من أصل {1} من المُدخلات، و{2} من صفوف كل جدول، حفاظًا على السرعة؛ وصيغة الملفات {3}، وستتضمنها كلها.</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation>تعرض المعاينة أول {0} من أصل {1} من المُدخلات، و{2} من صفوف كل جدول، حفاظًا على السرعة؛ وصيغة الملف {3}، وسيتضمنها كلها.</translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation>تعرض المعاينة المحتوى؛ وصيغة الملفات {0}.</translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation>تعرض المعاينة المحتوى؛ وصيغة الملف {0}.</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>أشّر على قسم واحد على الأقل.</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation>تعذّر عرض المعاينة ({0}).</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation>تعذّر عرض المعاينة ({0}). التفاصيل في {1}.</translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation>اختر مكان حفظ المحضر.</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>أشّر على قسم واحد على الأقل لتصديره.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>جارٍ كتابة {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>حُفظ: {0}</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation>حُفظت الملفات ({0}) في {1}:
{2}</translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation>صُدِّر المحضر: {0}</translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation>لم يُصدَّر المحضر: {0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation>حدث خطأ غير متوقع ولم يُصدَّر المحضر ({0}). التفاصيل في {1}.</translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation>تعذّر فتح المجلد {0}.</translation>
    </message>
</context>
<context>
    <name>FairFloor</name>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Non-binary or other</source>
        <translation>غير ثنائي أو غير ذلك</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>من غير الشباب</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>The groups as the heading of a count (&quot;Women: 3&quot;): plural-safe in every language.</extracomment>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>كلمة</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>عدد مرات الكلام</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}: {count}</translation>
    </message>
    <message>
        <source>Balance the list by %1 (%2)</source>
        <translation>موازنة القائمة حسب %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the budget of %1</source>
        <translation>إلغاء الحصة الزمنية لفئة %1</translation>
    </message>
    <message>
        <source>Budget of %1: %2 min</source>
        <translation>الحصة الزمنية لفئة %1: %2 دقيقة</translation>
    </message>
    <message>
        <source>%1: over budget by %2 (%3 of %4)</source>
        <translation>%1: تجاوز الحصة بمقدار %2 (%3 من %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left</source>
        <translation>%1: استُخدم %2 من %3، ويتبقى %4</translation>
    </message>
    <message>
        <source>, a limit of %1 fits the %2 waiting</source>
        <translation>، ومدة %1 تكفي للمنتظرين وعددهم %2</translation>
    </message>
    <message>
        <source>, no limit fits the %1 waiting</source>
        <translation>، ولا تكفي أي مدة للمنتظرين وعددهم %1</translation>
    </message>
    <message>
        <source>No time budgets for this segment.</source>
        <translation>لا توجد حصص زمنية لهذا الجزء.</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>الحصص الزمنية: %1</translation>
    </message>
    <message>
        <source>%1 heard</source>
        <translation>%1 حتى الآن</translation>
    </message>
    <message>
        <source>%1 next: %2, the only group waiting</source>
        <translation>%1 تاليًا: %2، وهي الفئة الوحيدة المنتظرة</translation>
    </message>
    <message>
        <source>%1 next: %2 against %3 for %4</source>
        <translation>%1 تاليًا: %2 مقابل %3 لفئة %4</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>الموازنة حسب</translation>
    </message>
    <message>
        <source>Balance the list</source>
        <translation>موازنة القائمة</translation>
    </message>
    <message>
        <source>Put the stakeholder group least heard so far next (Ctrl+B)</source>
        <translation>إعطاء الدور التالي لفئة أصحاب المصلحة الأقل كلامًا حتى الآن (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Budget in minutes (0: none)</source>
        <translation>الحصة بالدقائق (0: بلا حصة)</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>تحديد الحصة</translation>
    </message>
    <message>
        <source>The group&apos;s speaking time for this segment (0: no budget)</source>
        <translation>وقت الكلام المخصص للفئة في هذا الجزء (0: بلا حصة)</translation>
    </message>
    <message>
        <source>Time budgets</source>
        <translation>الحصص الزمنية</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(غير مسمّى)</translation>
    </message>
    <message>
        <source>Who has the floor?</source>
        <translation>لمن الكلمة؟</translation>
    </message>
    <message>
        <source>%1: %2 resumes after it (X)</source>
        <translation>%1: يستأنف %2 كلمته بعدها (X)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation>
            <numerusform>لا تحذيرات و{0}</numerusform>
            <numerusform>تحذير واحد و{0}</numerusform>
            <numerusform>تحذيران و{0}</numerusform>
            <numerusform>%n تحذيرات و{0}</numerusform>
            <numerusform>%n تحذيرًا و{0}</numerusform>
            <numerusform>%n تحذير و{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>لا أسطر غير مفهومة</numerusform>
            <numerusform>سطر واحد غير مفهوم</numerusform>
            <numerusform>سطران غير مفهومين</numerusform>
            <numerusform>%n أسطر غير مفهومة</numerusform>
            <numerusform>%n سطرًا غير مفهوم</numerusform>
            <numerusform>%n سطر غير مفهوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab ({1}) before keeping the programme.</source>
        <translation>نتج عن الاستيراد {0}: راجعها في علامة التبويب «تحذيرات الاستيراد» ({1}) قبل الاحتفاظ بالبرنامج.</translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation>السطر {0}: </translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation>السطر {0}، غير مفهوم: ⁨{1}⁩</translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation>فُهمت جميع أسطر المستند.</translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation>ما وجده الاستيراد ويلزم التحقق منه. الأسطر غير المفهومة ليست في أي حقل: انسخ ما يهم منها إلى البرنامج يدويًا.</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation>مثل III</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>ملاحظة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation>رئيس مشارك: يدير جدول الأعمال ويعطي الكلمة</translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation>مقرر: يدوّن المداخلات ويراجعها</translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation>شاشة القاعة: تعرض الاجتماع ولا تتلقى أوامر</translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation>الانضمام إلى اجتماع على خادم</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation>اسم الخادم أو عنوانه، مثل 10.0.0.5</translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation>اسمك، كما سيظهر في المحضر</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>الأما&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>اس&amp;مك:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation>تُؤخذ كلمة المرور من ملف كلمات المرور الخاص بـ PostgreSQL (⁦~/.pgpass⁩) أو من PGPASSWORD؛ ولا يخزّنها Facilitator أبدًا.</translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation>الا&amp;تصال وعرض الاجتماعات</translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation>الاجتماعات على الخادم</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>ان&amp;ضمام</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation>اكتب اسم قاعدة البيانات (تقدمه الأمانة).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation>تعذّر الانضمام: لم يستجب الخادم بوصفه قاعدة بيانات Facilitator ({0}). تحقق من اسم الخادم والمنفذ وقاعدة البيانات والمستخدم (تقدمها الأمانة)، ومن أن هذا الحاسوب متصل بشبكة الاجتماع.</translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation>لا يوجد أي اجتماع على هذا الخادم بعد: تنسخ الأمانة اجتماعًا إليه أولًا (⁦facilitator copy-meeting MEETING --to ADDRESS⁩).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>لا اجتماعات على الخادم.</numerusform>
            <numerusform>اجتماع واحد على الخادم.</numerusform>
            <numerusform>اجتماعان على الخادم.</numerusform>
            <numerusform>%n اجتماعات على الخادم.</numerusform>
            <numerusform>%n اجتماعًا على الخادم.</numerusform>
            <numerusform>%n اجتماع على الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation>اكتب اسمك: يُسجَّل مع كل حدث اسم من قام به.</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Jump to segment</source>
        <translation>الانتقال إلى جزء</translation>
    </message>
    <message>
        <source>Type to filter, Enter to start</source>
        <translation>اكتب للتصفية، وEnter للبدء</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation>مختلط (في القاعة وعبر الإنترنت)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation>يجب كتابة الجلسة {0} بصيغة 10:00–13:00 (جلسة واحدة في كل سطر).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation>YYYY-MM-DD، مثل 2024-07-10</translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation>جلسة واحدة في كل سطر: 10:00–13:00</translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation>مثل Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>التا&amp;ريخ:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation>الج&amp;لسات:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation>ال&amp;منصة الإلكترونية:</translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation>يجب كتابة التاريخ بصيغة 2024-07-10، أو تركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation>تعديل البرنامج</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>إضافة &amp;بند</translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation>بند جديد في جدول الأعمال بعد البند المحدد</translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation>إضافة &amp;جزء</translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation>جزء جديد بعد الجزء المحدد</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation>إزالة البند أو الجزء المحدد</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation>نقل التحديد مكانًا واحدًا إلى الأعلى</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation>نقل التحديد مكانًا واحدًا إلى الأسفل</translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation>الاحتفاظ بالتغييرات</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation>حدد بندًا أو جزءًا لتعديله.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation>الاحتفاظ بالبرنامج المعدَّل (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation>تجاهل التعديلات (Esc)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>إحاطة</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>مداخلات</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>أسئلة وأجوبة</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>بند دائم</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>مناقشة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation>&amp;بيانات الاجتماع</translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform ({0})</source>
        <translation>العنوان والتاريخ والمنطقة الزمنية والجلسات والمكان والشكل والمنصة الإلكترونية ({0})</translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation>&amp;تحذيرات الاستيراد</translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation>ما وجده الاستيراد ويلزم التحقق منه، والأسطر التي لم يفهمها</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation>من المستند، السطر {n}: «⁨{text}⁩»</translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation>جزء (جارٍ الآن: يمكن تعديله ولكن لا يمكن إزالته)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation>يجب أن يكون موعد البدء المقرر وقتًا مثل 10:30، أو أن يُترك فارغًا.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>جزء جديد</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>تعذّرت الإزالة</translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation>«⁨{title}⁩» جارٍ الآن ولا يمكن إزالته. أنهِه أو انتقل إلى جزء آخر أولًا.</translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation>البند «⁨{title}⁩» يتضمن الجزء الجاري الآن ولا يمكن إزالته.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>إزالة البند</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>إزالة «⁨{title}⁩»؟</numerusform>
            <numerusform>إزالة «⁨{title}⁩» وجزئه؟</numerusform>
            <numerusform>إزالة «⁨{title}⁩» وجزأيه؟</numerusform>
            <numerusform>إزالة «⁨{title}⁩» وأجزائه الـ %n؟</numerusform>
            <numerusform>إزالة «⁨{title}⁩» وأجزائه الـ %n؟</numerusform>
            <numerusform>إزالة «⁨{title}⁩» وأجزائه الـ %n؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation>تعذّر الاحتفاظ بهذه التغييرات: {problem}</translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation>عُدِّل. Ctrl+Enter للاحتفاظ بالتغييرات، وEsc لتجاهلها.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>لا تغييرات بعد.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation>هل تريد تجاهل تغييراتك على البرنامج؟</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation>{kind} · جارٍ</translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation>جارٍ الآن: لا يمكن إزالته.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>الجلسة {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation>لم يبقَ في البرنامج أي جزء لبدئه.</translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation>لا يوجد جزء بعد «{segment}».</translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation>«{segment}» جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation>لا يوجد جزء جارٍ.</translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation>«{segment}» متوقف مؤقتًا بالفعل.</translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation>الاجتماع ليس متوقفًا مؤقتًا.</translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation>لا يوجد جزء قبل «{segment}».</translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation>لم يجرِ أي جزء بعد: لا يوجد ما يمكن العودة إليه.</translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation>لا يوجد في البرنامج جزء «{segment}».</translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation>«{segment}» هو الجزء الحالي: استأنفه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation>لا يوجد جزء جارٍ: لا يوجد ما يمكن تمديده.</translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation>مدّد بعدد صحيح من الثواني غير الصفر.</translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation>مدّد بما لا يتجاوز 24 ساعة في كل مرة.</translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation>خُصص لـ«{segment}» {allotted}: لا يمكن تقصيره بمقدار {shortening}.</translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation>لا توجد جلسات في البرنامج.</translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation>لا توجد الجلسة {number}: عدد جلسات البرنامج {count}.</translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation>بدأت جميع جلسات البرنامج بالفعل.</translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation>{sitting} بدأت بالفعل.</translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation>{sitting} لا تزال جارية: ارفعها أولًا.</translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation>لا توجد جلسة جارية.</translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation>{sitting} ليست جارية.</translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation>البرنامج المعدَّل غير صالح: {reason}.</translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» متوقف مؤقتًا: لا يمكن إزالته من البرنامج. انتقل إلى جزء آخر أولًا.</translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>«{segment}» جارٍ: لا يمكن إزالته من البرنامج. انتقل إلى جزء آخر أولًا.</translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation>لم يتغير البرنامج.</translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation>لا توجد خطوة لك للتراجع عنها: آخر خطوة قام بها {seat}. للتراجع عنها، استخدم تحرير &gt; التراجع عن خطوة محطة أخرى (Ctrl+Alt+Z).</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation>لم يعد من الممكن التراجع عن تلك الخطوة: فقد تم التراجع عنها بالفعل، أو قامت محطتها بخطوة أخرى منذ ذلك الحين. راجع تحرير &gt; التراجع عن خطوة محطة أخرى مجددًا.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation>تُقدَّم المداخلة في صورة مسودة أو تعيين لحقولها.</translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation>«{field}» ليس حقلًا من حقول المداخلة.</translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation>تلك المداخلة ليست في الاجتماع (ربما تم التراجع عن تدوينها).</translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation>{kind} لمتكلم غير مسمّى ({id})</translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation>{kind} من {speaker} ({id})</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: يجب أن يكون نصًا.</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation>يتجاوز عدد حروف {field} الحد الأقصى البالغ {count}: اختصر النص.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>في {field} حرف لا يمكن حفظه (زوج بديل تالف): احذفه واكتبه مجددًا.</translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation>{field}: يجب أن يكون معرِّفًا.</translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation>اختر إحدى فئات أصحاب المصلحة.</translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation>حدد ما إذا كان المتكلم في القاعة أو عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation>اختر النوع: سؤال، أو بيان، أو رد (عضو حلقة النقاش)، أو توصية، أو مساهمة بشأن الأنشطة ذات الصلة.</translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation>تتعذّر قراءة {field}: حدد التاريخ والوقت والمنطقة الزمنية.</translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation>{field}: يجب أن يكون وقتًا.</translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation>{field}: بلا منطقة زمنية.</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field}: يجب أن يكون قائمة معرِّفات.</translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation>«{field}»: إما نعم أو لا.</translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation>يجب أن يكون الموجز نصًا.</translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation>يتجاوز عدد حروف الموجز الحد الأقصى البالغ {count}: قسّمه على مداخلتين أو اختصره.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation>اختر الأسئلة التوجيهية من القائمة.</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation>ذلك المشارك غير مسجل: اختر مشاركًا آخر، أو اكتب اسم المتكلم.</translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation>اسم المتكلم</translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation>حدد من تكلم: اختر مشاركًا أو اكتب اسمًا.</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation>القيد في قائمة المتكلمين</translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation>ذلك القيد غير موجود في أي قائمة متكلمين (ربما تم التراجع عنه).</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>الانتهاء ({end}) قبل البدء ({start}).</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation>اربط المداخلة بالجزء الذي تتناوله (جزء واحد على الأقل).</translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation>ذلك السؤال التوجيهي تابع لـ«{segment}»، والمداخلة غير مرتبطة به: أضف هذا الموضوع أولًا.</translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation>لا يوجد في «{segment}» سؤال توجيهي رقم {number}.</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation>لا يُربط بالأسئلة التي يجيب عنها إلا الرد (عضو حلقة النقاش): اجعل نوعه «رد (عضو حلقة النقاش)» أولًا.</translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation>لا يمكن للرد أن يجيب عن نفسه.</translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation>لا توجد مداخلة «{id}» للرد عليها (ربما حُذفت).</translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation>{intervention} ليس سؤالًا: لا يُرد إلا على الأسئلة.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation>قابل للاقتباس</translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation>{intervention}: حُذفت المداخلة؛ استعدها لتعديلها.</translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation>قدّم التغييرات بصيغة الحقل ← القيمة الجديدة.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation>{intervention}: المداخلة محذوفة بالفعل.</translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation>{intervention}: المداخلة ليست محذوفة.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>قيمة حقل {field} ليست نصًا</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>حقل {field} فارغ</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>يتجاوز عدد حروف حقل {field} الحد الأقصى البالغ {count}</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation>في حقل {field} حرف لا يمكن حفظه (زوج بديل تالف): احذفه واكتبه مجددًا</translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation>الفئة ليست من فئات أصحاب المصلحة</translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation>الحضور ليس في القاعة ولا عبر الإنترنت</translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation>قيمة «الشباب» ليست نعم ولا لا</translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation>أحد المشاركين ليس كائنًا</translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation>المعرِّف ليس نصًا</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>المعرِّف فارغ</translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation>الفئة {value} غير معروفة</translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation>الحضور {value} غير معروف</translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation>قيمة «الشباب» ليست true ولا false</translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation>قيمة «ضيف» ليست true ولا false</translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation>البرنامج بلا عنوان</translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation>لا توجد بنود في جدول أعمال البرنامج</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>منطقة زمنية غير معروفة «{zone}»</translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation>تنتهي الجلسة {sitting} ({end}) قبل أن تبدأ ({start})</translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation>تبدأ الجلسة {sitting} قبل انتهاء الجلسة {previous}</translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation>بند جدول الأعمال {item} بلا عنوان</translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation>لبندين من بنود جدول الأعمال المعرِّف نفسه «{id}»</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation>في البند «{item}»، الجزء «{segment}»</translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation>{where}: المعرِّف «{id}» مستخدم مرتين</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation>في البند «{item}»: جزء بلا عنوان</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation>{where}: يجب أن تكون الدقائق المخططة عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation>{where}: يجب أن تكون الدقائق المخططة بين 0 و1440</translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation>{where}: يجب أن يكون الرقم بين 1 و999</translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation>{where}: لا يلي حلقة النقاش إلا جزء أسئلة وأجوبة</translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation>{where}: يلي حلقة النقاش {panel}، وهي ليست في هذا البند</translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation>{where}: أحد أعضاء حلقة النقاش أو مدير الحوار بلا اسم</translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation>format_version: كُتب هذا الملف بإصدار أحدث من Facilitator (الصيغة {found})؛ وهذا الإصدار يقرأ الصيغة {readable}، يُرجى التحديث</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation>{path}: يجب ألا يكون فارغًا (أو احذفه)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>{path}: مفتاح غير معروف {key} (هل تقصد «{close}»؟)؛ المفاتيح المسموح بها هنا: {keys}</translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation>{path}: مفتاح غير معروف {key}؛ المفاتيح المسموح بها هنا: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>مفتاح غير معروف في المستوى الأعلى {key} (هل تقصد «{close}»؟)؛ المفاتيح المسموح بها هنا: {keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation>مفتاح غير معروف في المستوى الأعلى {key}؛ المفاتيح المسموح بها هنا: {keys}</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}: مفقود</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation>{path}: يحتوي على حرف ليس نصًا صالحًا</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>عدد صحيح من {low} إلى {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>عدد صحيح لا يقل عن {low}</translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation>{path}: {number} أكبر من أن يكون رقمًا</translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation>{path}: {value} ليس تاريخًا حقيقيًا</translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation>وقت محلي دون فارق عن التوقيت العالمي المنسق («10:00»)</translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation>{path}: {value} ليس وقتًا من اليوم</translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation>وقت («10:00»)</translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation>{path}: {what} غير معروف {value}؛ المتوقع أحد ما يلي: {allowed}</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>أحد ما يلي: {allowed}</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation>{path}: منطقة زمنية غير معروفة {zone} (المتوقع اسم مثل «Europe/Vienna»)</translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation>تاريخ («2024-07-10»)</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation>{path}: المتوقع {expected}، والموجود {value}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>لا شيء (null)</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>عدد كبير جدًا</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>التاريخ {date}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>الوقت {time}</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>قيمة من النوع {type}</translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation>لا يوجد جزء جارٍ ولا جزء تالٍ: اختر الجزء الذي تخصه هذه القائمة.</translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation>لا يوجد جزء جارٍ: ابدأ جزءًا قبل إعطاء الكلمة.</translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation>«{segment}» ليس الجزء الحالي: ابدأه قبل إعطاء الكلمة من قائمته.</translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation>ذلك المتكلم غير موجود في أي قائمة متكلمين (ربما تم التراجع عن إدراجه).</translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation>شُطب {speaker} من القائمة: أعده إليها أولًا.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation>الكلمة مع {speaker}: لا يمكن نقل إلا المنتظرين.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation>الكلمة مع {speaker}: لا يمكن تخطي إلا المنتظرين.</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation>الكلمة مع {speaker}: لا يمكن تأجيل إلا المنتظرين.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation>سبق أن تكلم {speaker}: لا يمكن نقل إلا المنتظرين.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation>سبق أن تكلم {speaker}: لا يمكن تخطي إلا المنتظرين.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation>سبق أن تكلم {speaker}: لا يمكن تأجيل إلا المنتظرين.</translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation>لم تُعطَ الكلمة لأحد.</translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation>حدد المكان بعدد صحيح.</translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation>لا يوجد في القائمة سوى مكان واحد.</translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation>اختر مكانًا بين 1 و{count}.</translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation>أدخل اسم الضيف.</translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation>أدخل منظمة الضيف.</translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation>تتعذّر إضافة الضيف: {reason}.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>يجب أن تكون الملاحظة نصًا.</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation>يتجاوز عدد حروف الملاحظة الحد الأقصى البالغ {count}: اختصرها.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>في الملاحظة حرف لا يمكن حفظه (زوج بديل تالف): احذفه واكتبه مجددًا.</translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation>قائمة المتكلمين فارغة، وهي مقفلة.</translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation>قائمة المتكلمين فارغة.</translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation>الكلمة مع {speaker} بالفعل.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation>سبق أن تكلم {speaker}: أعده إلى القائمة لإعطائه الكلمة مجددًا.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation>ساعة {speaker} معلّقة بالفعل.</translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation>ساعة {speaker} غير معلّقة.</translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation>مدّد وقت المتكلم بما لا يتجاوز ساعة واحدة في كل مرة.</translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation>وقت {speaker} {allotted}: لا يمكن تقصيره بمقدار {shortening}.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation>لا أحد في الانتظار: لا يوجد من يمكن تخطيه.</translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation>{speaker} هو الوحيد في الانتظار: لا يوجد من يمكن الانتقال إليه.</translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation>{speaker} في آخر القائمة بالفعل.</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation>لا أحد في الانتظار: لا يوجد من يمكن تأجيله.</translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation>شُطب {speaker} بالفعل.</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation>سبق أن تكلم {speaker}: لا يوجد ما يمكن شطبه.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation>{speaker} في الانتظار بالفعل.</translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation>الكلمة مع {speaker}.</translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation>{speaker} في الانتظار في هذه القائمة بالفعل.</translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation>{speaker} في أول القائمة بالفعل.</translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation>{speaker} في ذلك المكان بالفعل.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation>في الانتظار أقل من اثنين: لا يوجد ما يُعاد ترتيبه.</translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation>من لم يتكلموا بعد اليوم في أول القائمة بالفعل.</translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation>القائمة تتناوب بالفعل بين القاعة والإنترنت.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation>قائمة المتكلمين في «{segment}» مقفلة بالفعل.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation>قائمة المتكلمين في «{segment}» مفتوحة.</translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation>حدد مدة الكلمة بعدد صحيح من الثواني.</translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation>تتراوح مدة الكلمة بين {shortest} و{longest}.</translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation>مدة الكلمة هي {limit} بالفعل.</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation>قائمة المتكلمين في «{segment}» مقفلة: أعد فتحها لإضافة متكلم.</translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation>ذلك المشارك غير مسجل: استورد قائمة التسجيل أو أضف ضيفًا.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation>تتعذّر إضافة {participant}: {reason}.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation>المعرِّف «{id}» مستخدم بالفعل لـ{participant}.</translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation>اختر فئة أصحاب المصلحة، وفي القاعة أو عبر الإنترنت.</translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation>ذلك المشارك غير مسجل.</translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation>لا يوجد مشاركون في قائمة التسجيل.</translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation>الصف {row} في القائمة ليس مشاركًا.</translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation>المشارك {row}</translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation>المعرِّف «{id}» الخاص بـ{participant} مستخدم بالفعل لـ{other}: يحتاج كل مشارك إلى معرِّف خاص به.</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation>المعرِّف «{id}» مُعطى لكل من {participant} و{other}: يحتاج كل مشارك إلى معرِّف خاص به.</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation>في الانتظار أقل من اثنين: لا يوجد ما يمكن موازنته.</translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation>القائمة متوازنة بالفعل بين الفئات التي تكلمت حتى الآن.</translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation>لا يقطع القائمة إلا نقطة نظام أو حق الرد.</translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation>الكلمة لنقطة نظام بالفعل: أنهِها أولًا.</translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation>الكلمة لممارسة حق الرد بالفعل: أنهِها أولًا.</translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation>اختر فئة من فئات أصحاب المصلحة.</translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation>حدد الحصة الزمنية بعدد صحيح من الدقائق.</translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation>لا تتجاوز الحصة الزمنية {hours} ساعة.</translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation>لا توجد حصة زمنية لفئة {group} في هذا الجزء.</translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation>الحصة الزمنية لفئة {group} هي {clock} بالفعل.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation>الكلمة لنقطة نظام. أنهِها أولًا.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation>الكلمة لممارسة حق الرد. أنهِها أولًا.</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation>الكلمة لنقطة نظام. أنهِها أولًا: ثم يستأنف {name} كلمته.</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation>الكلمة لممارسة حق الرد. أنهِها أولًا: ثم يستأنف {name} كلمته.</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation>لا يوجد يوم {day}: عدد أيام البرنامج {count}</translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation>عدد أيام هذا البرنامج {count}؛ وقد استُورد اليوم {day} ({label}). استورد الأيام الأخرى واحدًا تلو الآخر، كلًا منها اجتماعًا مستقلًا</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation>لا يوجد يوم {day}: البرنامج يغطي يومًا واحدًا</translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation>لم يُعثر على بنود جدول أعمال: المتوقع بنود مرقمة مثل «⁦I.⁩ افتتاح الاجتماع» أو «⁦1.⁩ الافتتاح»، أو عناوين، أو أسطر موقوتة مثل «⁦10:00 - 10:15⁩ الافتتاح»</translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation>لا يذكر المستند تاريخًا: حدد تاريخ الاجتماع في «بيانات الاجتماع»</translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation>يغطي المستند عدة أيام (من {first} إلى {last}) دون تحديد أي البنود في أي يوم: اعتُمد {first} تاريخًا للاجتماع. تحقق منه في «بيانات الاجتماع»، واستورد برنامج كل يوم بوصفه اجتماعًا مستقلًا</translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation>يذكر المستند أكثر من تاريخ: اعتُمد {date} تاريخًا للاجتماع، وليس {others}. تحقق منه في «بيانات الاجتماع»</translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation>لم يُعثر على بنود جدول أعمال</translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation>يُقرأ المستند على أنه {count} من بنود جدول الأعمال، وهو أكثر مما يتسع له يوم اجتماع (بحد أقصى {most}): هل هو البرنامج؟ افتح البرنامج نفسه</translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation>لا يوجد عنوان للبرنامج قبل أول بند في جدول الأعمال</translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation>لا يذكر المستند جلسات ولا أوقاتًا: حدد الجلسات في «بيانات الاجتماع»، وإلا فلا يمكن للخطة تحديد موقع اليوم</translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation>تمتد الأوقات في البرنامج حتى {latest} (المخطط {planned} دقيقة)، أي بعد الجلسات ({sittings}، {capacity} دقيقة): تحقق من الجلسات والأوقات في «بيانات الاجتماع»</translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation>يبدو الجزء «{title}» اسم شخص، لا بندًا في جدول الأعمال: تحقق من الموضع الصحيح لهذا السطر</translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation>يبدو هذا محضرًا مُصدَّرًا لاجتماع (يتضمن {sections})، لا برنامجًا: افتح البرنامج الذي أُدير الاجتماع على أساسه</translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation>المستند متداخل بعمق يتعذّر معه قراءته</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>المستند فارغ</translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation>تعذّرت قراءة مستند Word هذا ({error})؛ افتحه في Word واحفظه مجددًا بوصفه مستند Word (⁦.docx⁩)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation>هذا مجلد، وليس مستند Word</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation>مستند Word هذا محمي بكلمة مرور: افتحه في Word، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المستند)، واحفظه بصيغة ⁦.docx⁩ غير محمية</translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation>هذا مستند Word 97-2003 قديم (⁦.doc⁩): افتحه في Word واحفظه بصيغة ⁦.docx⁩</translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation>هذا مستند Word محمي بكلمة مرور أو ملف ⁦.doc⁩ قديم: افتحه في Word واحفظه بوصفه مستند Word غير محمي (⁦.docx⁩)</translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation>هذا {other}، وليس مستند Word: افتحه واحفظ البرنامج بصيغة ⁦.docx⁩</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation>هذا أرشيف zip، وليس مستند Word (⁦.docx⁩)؛ احفظ البرنامج بصيغة ⁦.docx⁩</translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation>هذا الملف مشفَّر؛ احفظ البرنامج بصيغة ⁦.docx⁩ غير محمية</translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation>هذا المستند أكبر بكثير من أن يكون برنامجًا</translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation>ملف نصي OpenDocument (⁦.odt⁩)</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>ملف OpenDocument</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>عرض تقديمي PowerPoint</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>تتعذّر قراءة هذا الملف ({reason})</translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation>هذا ليس مستند Word (⁦.docx⁩) أو أنه تالف؛ افتحه في Word واحفظه مجددًا بوصفه مستند Word (⁦.docx⁩)</translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation>ملف Office هذا ليس مستند Word؛ احفظ البرنامج بصيغة ⁦.docx⁩</translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation>يحتوي المستند على أكثر من {most} فقرة، وهو أكثر مما يحتويه برنامج اجتماع: هل هو البرنامج؟ افتح البرنامج نفسه</translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation>لا يمكن قراءة البرامج بصيغة PDF: افتحه واحفظه بصيغة Word (⁦.docx⁩) أو نص (⁦.txt⁩)</translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation>هذا مجلد، وليس ملف برنامج</translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation>حجم الملف {size} ميغابايت: أكبر من أن يكون برنامجًا</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>تم رفض الإذن: تتعذّر قراءة هذا الملف</translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation>هذا ليس مستندًا نصيًا؛ احفظ البرنامج بصيغة ⁦.txt⁩ أو ⁦.md⁩ أو ⁦.docx⁩</translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation>اليوم {number}: {label}</translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation>اليوم {number}: {label} ({date})</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>هذا ليس مستندًا نصيًا (يحتوي على بيانات ثنائية)</translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation>عدد أسطر المستند {count}، وهو أكثر مما يحتويه برنامج اجتماع (بحد أقصى {most}): هل هو البرنامج؟ افتح البرنامج نفسه</translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation>ملف TOML متداخل بعمق أكبر من أن يكون برنامجًا</translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation>يحتوي ملف TOML على عدد طويل جدًا</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation>هذا الملف ليس نصًا بترميز UTF-8 (البايت ⁦0x{byte}⁩)؛ احفظه بترميز UTF-8 في محرر النصوص</translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation>الملف أكبر من أن يكون برنامجًا</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation>ملف TOML غير صالح: {reason} (السطر {line_number}، العمود {column})</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation>ملف TOML غير صالح: {reason} (في نهاية الملف، السطر {line_number})</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>لا يمكن الكتابة فوق قيمة</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>الحرف المُهرَّب ليس قيمة Unicode عددية</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>المتوقع «=» بعد المفتاح في زوج مفتاح/قيمة</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>المتوقع «⁦]⁩» في نهاية تعريف الجدول</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>المتوقع «⁦]]⁩» في نهاية تعريف المصفوفة</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>المتوقع سطر جديد أو نهاية المستند بعد العبارة</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>تاريخ أو تاريخ ووقت غير صالح</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>قيمة ست عشرية غير صالحة</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>حرف أول غير صالح لجزء من مفتاح</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>عبارة غير صالحة</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>قيمة غير صالحة</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>مصفوفة غير مغلقة</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>جدول مضمَّن غير مغلق</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>سلسلة نصية غير منتهية</translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation>لا يمكن تعريف {key} مرتين</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation>لا يمكن تغيير مساحة الأسماء غير القابلة للتغيير {key}</translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation>لا يمكن إعادة تعريف مساحة الأسماء {key}</translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation>مفتاح مكرر في جدول مضمَّن {key}</translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation>عُثر على حرف غير صالح {character}</translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation>حرف غير مسموح به {character}</translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation>المتوقع {expected}</translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation>تعذّر حفظ هذا البرنامج: {reason}</translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation>تعذّر حفظ هذا البرنامج: لن يُقرأ مجددًا كما هو</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>الشخص نفسه الوارد في الصف {row}</translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation>موجود بالفعل ضمن المشاركين في الاجتماع</translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation>يكرر هذا الصف عناوين الأعمدة</translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation>الفئة {value} غير معروفة: أخرى</translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation>الحضور {value} ليس في القاعة ولا عبر الإنترنت: اعتُبر في القاعة</translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation>نوع الجنس طويل جدًا: تُرك غير مُعلن</translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation>قيمة «الشباب» {value} غير مفهومة: تُركت غير مُعلنة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation>لا يوجد عمود يعطي اسم المشارك (الأعمدة الموجودة: {columns}): اختر عمود الاسم في خطوة مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation>لا يوجد عمود يعطي المنظمة (الأعمدة الموجودة: {columns}): اختر عمود المنظمة في خطوة مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation>لا يوجد عمود يعطي اسم المشارك ولا المنظمة (الأعمدة الموجودة: {columns}): اختر عمودي الاسم والمنظمة في خطوة مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation>الحقل {field} مربوط بالعمود {column}، لكن الجدول فيه عمود واحد</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation>الحقل {field} مربوط بالعمود {column}، لكن عدد أعمدة الجدول {count}</translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation>الاسم والمنظمة فارغان</translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation>نوع الجنس {value} غير مفهوم: سُجّل «غير محدد»</translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation>هذا ملف نصي (CSV)، ولا توجد فيه ورقة باسم {sheet}</translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation>هذا مجلد، وليس قائمة تسجيل</translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation>حجم الملف {size} ميغابايت، أكبر من أن يكون قائمة تسجيل</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation>تم رفض الإذن: تتعذّر قراءة هذا الملف (هل هو مفتوح في برنامج آخر؟)</translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation>تتعذّر قراءة هذا الملف ({reason})</translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>ملف Excel هذا محمي بكلمة مرور: افتحه في Excel، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المصنف &gt; التشفير باستخدام كلمة مرور)، واحفظه ثم استورده مجددًا</translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation>هذا ملف Excel بصيغة قديمة (⁦.xls⁩): افتحه في Excel واحفظه بصيغة «مصنف Excel» (⁦.xlsx⁩) أو CSV UTF-8، ثم استورد الملف الجديد</translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>هذا مستند Office بصيغة قديمة، وليس مصنفًا: تُقرأ قوائم التسجيل من ملفات Excel (⁦.xlsx⁩) أو CSV</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation>امتداد اسم الملف ⁦{suffix}⁩ لكنه يحتوي على نص عادي، وليس مصنف Excel: إن كان ملف CSV مُصدَّرًا، فغيّر امتداده إلى ⁦.csv⁩ واستورده مجددًا</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation>هذا ليس مصنف Excel (ربما يكون تالفًا أو لم يُنزَّل إلا جزئيًا): افتحه في Excel واحفظه مجددًا بصيغة ⁦.xlsx⁩ أو CSV UTF-8</translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>هذا ملف PDF: تُقرأ قوائم التسجيل من ملفات Excel (⁦.xlsx⁩) أو CSV</translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation>هذه صفحة ويب أو ملف XML، وليست جدولًا: افتحه في Excel واحفظه بصيغة «مصنف Excel» (⁦.xlsx⁩) أو CSV UTF-8</translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation>نص هذا الملف بترميز لا يمكن التعرف عليه: احفظه من Excel بصيغة CSV UTF-8 (أو ⁦.xlsx⁩) واستورده مجددًا</translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>هذا ليس جدولًا نصيًا (يبدو أنه بيانات ثنائية): تُقرأ قوائم التسجيل من ملفات Excel (⁦.xlsx⁩) أو CSV</translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation>هذا الملف ليس جدول CSV سليم البنية قرب السطر {line} ({reason}): افتحه في Excel واحفظه مجددًا بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation>يحتوي الجدول على أكثر من {most} صف: هذه ليست قائمة تسجيل (تحقق من اختيار الورقة أو الملف الصحيح)</translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation>تتعذّر قراءة ملف Excel هذا ({reason})؛ ربما يكون تالفًا أو لم يُنزَّل إلا جزئيًا: افتحه في Excel، واحفظه مجددًا بصيغة ⁦.xlsx⁩ (أو CSV UTF-8) ثم استورد الملف الجديد</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation>ملف OpenDocument (LibreOffice): احفظه بصيغة ⁦.xlsx⁩ أو CSV UTF-8</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation>هذا {what}، وليس مصنف Excel</translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation>يتجاوز حجم هذا المصنف بعد فك ضغطه {size} ميغابايت: إنه ليس قائمة تسجيل</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation>لا توجد في المصنف ورقة باسم {sheet} (أوراقه: {names})</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation>الورقة {sheet} فارغة</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation>جميع أوراق المصنف فارغة</translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation>يحتوي الملف على عناوين أعمدة ولكن لا توجد تسجيلات تحتها</translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation>تالف عند الحدث {seq}: افتحه للقراءة فقط حتى الحدث {previous}، أو استعد نسخة احتياطية</translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation>متوقف مؤقتًا في: {segment}</translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation>جارٍ: {segment}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation>قبل: {segment}</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>محطة أخرى</translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation>انتقل الاجتماع بالفعل إلى {segment} (سبقك {seat})؛ لم تُنفَّذ خطوتك.</translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation>غيّر {seat} جدول الأعمال للتو ({where})؛ لم تُنفَّذ خطوتك. راجع جدول الأعمال وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>غيّر {seat} هذه المداخلة للتو؛ لم يُحفظ تغييرك. افتحها مجددًا لترى تغييره، ثم أجرِ تغييرك.</translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation>تراجع {seat} للتو عن خطوة أو أعادها؛ راجع الاجتماع وحاول مجددًا.</translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation>غيّر {seat} قائمة المتكلمين للتو؛ لم تُنفَّذ خطوتك. راجع القائمة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation>هذا الاجتماع مفتوح للقراءة فقط حتى الحدث {event} (الحدث التالي تالف): لا يمكن تغيير أي شيء. استعد نسخة احتياطية لمواصلته.</translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation>لا يمكن لهذه المحطة القيام بذلك.</translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation>تغيّر المحطات الأخرى الاجتماع بسرعة كبيرة؛ لم يُحفظ شيء. حاول مجددًا.</translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation>هذه محطة مقرر: تدوّن المداخلات وتراجعها، أما الرئيسان المشاركان فيسيّران جدول الأعمال ويعطيان الكلمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation>هذه المحطة هي شاشة القاعة: تعرض الاجتماع ولا تتلقى أوامر.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>قوائم التسجيل (*.csv *.xlsx *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>استيراد التسجيلات</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>لم يُختر أي ملف.</translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>اختيار ملف… (Ctrl+O)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation>الصفوف غير المأخوذة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation>الصفوف غير المأخوذة والمكررات والقيم غير المفهومة:</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>قائمة التسجيل</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation>الملف {0}: الصفوف {1}، الأعمدة {2}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>العمود {0}</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>اختر العمود المقابل لـ: {0}.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>الصف {0}: {1}</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation>الملف {0}، الصف {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>الملف {0}: {1}</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>القائمة</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>لا مشاركين للاستيراد من {0}</numerusform>
            <numerusform>مشارك واحد للاستيراد من {0}</numerusform>
            <numerusform>مشاركان للاستيراد من {0}</numerusform>
            <numerusform>%n مشاركين للاستيراد من {0}</numerusform>
            <numerusform>%n مشاركًا للاستيراد من {0}</numerusform>
            <numerusform>%n مشارك للاستيراد من {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation>لا يوجد مشاركون للاستيراد من {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>لم يُرفض أي صف</numerusform>
            <numerusform>رُفض صف واحد</numerusform>
            <numerusform>رُفض صفان</numerusform>
            <numerusform>رُفضت %n صفوف</numerusform>
            <numerusform>رُفض %n صفًا</numerusform>
            <numerusform>رُفض %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>لم يُستبعد أي تكرار</numerusform>
            <numerusform>استُبعد تكرار واحد</numerusform>
            <numerusform>استُبعد تكراران</numerusform>
            <numerusform>استُبعدت %n تكرارات</numerusform>
            <numerusform>استُبعد %n تكرارًا</numerusform>
            <numerusform>استُبعد %n تكرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>لا قيم غير مفهومة</numerusform>
            <numerusform>قيمة واحدة غير مفهومة (استُخدمت القيمة الافتراضية)</numerusform>
            <numerusform>قيمتان غير مفهومتين (استُخدمت القيم الافتراضية)</numerusform>
            <numerusform>%n قيم غير مفهومة (استُخدمت القيم الافتراضية)</numerusform>
            <numerusform>%n قيمة غير مفهومة (استُخدمت القيم الافتراضية)</numerusform>
            <numerusform>%n قيمة غير مفهومة (استُخدمت القيم الافتراضية)</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
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
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Find in summaries, speakers, organizations…</source>
        <translation>البحث في الموجزات والمتكلمين والمنظمات…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي موضوع</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0} من أصل %n مداخلة</numerusform>
            <numerusform>{0} من أصل مداخلة واحدة</numerusform>
            <numerusform>{0} من أصل مداخلتين</numerusform>
            <numerusform>{0} من أصل %n مداخلات</numerusform>
            <numerusform>{0} من أصل %n مداخلة</numerusform>
            <numerusform>{0} من أصل %n مداخلة</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>السجل — {0}</translation>
    </message>
    <message>
        <source>No question has been asked yet in {0}.</source>
        <translation>لم يُطرح أي سؤال بعد في {0}.</translation>
    </message>
    <message>
        <source>Every question of {0} has an answer.</source>
        <translation>تمت الإجابة عن كل أسئلة {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} و%n غيرها</numerusform>
            <numerusform>{0} وسؤال آخر</numerusform>
            <numerusform>{0} وسؤالان آخران</numerusform>
            <numerusform>{0} و%n أسئلة أخرى</numerusform>
            <numerusform>{0} و%n سؤالًا آخر</numerusform>
            <numerusform>{0} و%n سؤال آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered in {0}: {1} — {2}</source>
        <translation>بلا إجابة في {0}: {1} — {2}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <extracomment>More changed interventions than this (a review catching up after its dock was hidden): filter again, one reset, rather than a row signal each. Search texts normalised per idle moment (about a millisecond&apos;s work).</extracomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>قابل للاقتباس</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>المتكلمون التالون</translation>
    </message>
    <message>
        <source>Next speakers:</source>
        <translation>المتكلمون التالون:</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Optional: a short label for the console</source>
        <translation>اختياري: تسمية قصيرة لوحدة التحكم</translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation>ما تعرضه وحدة التحكم وشاشة القاعة بدلًا من العنوان، مثل «الملاحظات الافتتاحية للرئيسين المشاركين»؛ ويبقى العنوان بنص المستند</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation>HH:MM، أو فارغ ليتبع ما قبله مباشرة</translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation>الاسم, الصفة, المنظمة</translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation>واحد في كل سطر: الاسم, الصفة, المنظمة</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>سؤال واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation>التسمية ال&amp;قصيرة:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>ال&amp;مدة المخططة:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation>&amp;يلي حلقة النقاش:</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>موع&amp;د البدء المقرر:</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>مدير ال&amp;حوار:</translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation>أع&amp;ضاء حلقة النقاش:</translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation>الأسئلة التوجي&amp;هية:</translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation>حلقة النقاش {n} (ليست في هذا البند)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Type to find a key or an action</source>
        <translation>اكتب للبحث عن مفتاح أو إجراء</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>مدة الكلام</translation>
    </message>
    <message>
        <source>on the floor</source>
        <extracomment>The list the dock shows: the floor&apos;s, else the current segment&apos;s, else the next one&apos;s. The light or dark roles the rows are painted in (the panel sets them with the theme). The roles the table answers (every other one is None).</extracomment>
        <translation>صاحب الكلمة</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Nobody heard yet today.</source>
        <translation>لم يتكلم أحد بعد اليوم.</translation>
    </message>
    <message>
        <source>Heard today: {0}</source>
        <translation>تكلموا اليوم: {0}</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>ساعة المتكلم</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair needs at a glance is the place, the name, the stakeholder category and the state; the category goes last, in a dock too narrow for anything else (a tab on a small screen).</extracomment>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>Who has been heard today</source>
        <translation>من تكلموا اليوم</translation>
    </message>
    <message>
        <source>Add a speaker (A): type a name and Enter; a guest as “Name, Organization”</source>
        <translation>إضافة متكلم (A): اكتب اسمًا ثم Enter؛ والضيف بصيغة «الاسم, المنظمة»</translation>
    </message>
    <message>
        <source>(removed segment)</source>
        <translation>(جزء محذوف)</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list closed</source>
        <translation>المتكلمون — {0} · مدة الكلمة {1} · القائمة مقفلة</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list open</source>
        <translation>المتكلمون — {0} · مدة الكلمة {1} · القائمة مفتوحة</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>لم تُعطَ الكلمة لأحد</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>متكلم واحد في الانتظار</numerusform>
            <numerusform>متكلمان في الانتظار</numerusform>
            <numerusform>%n متكلمين في الانتظار</numerusform>
            <numerusform>%n متكلمًا في الانتظار</numerusform>
            <numerusform>%n متكلم في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source> · list closed</source>
        <translation> · القائمة مقفلة</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Programmes (*.txt *.md *.docx *.toml);;All files (*)</source>
        <translation>البرامج (*.txt *.md *.docx *.toml);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>أين توقف</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation>فتح الاجتماع (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;تمرين</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة تسمي&amp;ة…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation>فتح &amp;ملف برنامج…</translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation>بدء اجتماع جديد من ملف ⁦.txt⁩ أو ⁦.md⁩ أو ⁦.docx⁩ أو ⁦.toml⁩ (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation>فتح ملف برنامج… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation>الان&amp;ضمام إلى اجتماع على خادم…</translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation>شغل محطة في اجتماع يُدار على خادم الأمانة</translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation>الانضمام إلى اجتماع على خادم… (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الا&amp;جتماع</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation>الاجتماعات الأخيرة (Ctrl+1)</translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation>اجتماع جديد من برنامج (Ctrl+2)</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>فتح برنامج</translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation>تعذّر فتح هذا البرنامج</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>أي يوم؟</translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation>يغطي هذا البرنامج أيامًا عددها {n}. الاجتماع يوم واحد: اختر اليوم المراد استيراده (واستورد الأيام الأخرى بالطريقة نفسها، كلًا منها اجتماعًا مستقلًا).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
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
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd، d MMMM yyyy</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الوقت المحدد</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>اختتم</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>انتهى الاجتماع</translation>
    </message>
    <message>
        <source>Break — between sittings</source>
        <translation>استراحة — بين الجلستين</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>بين الأجزاء</translation>
    </message>
    <message>
        <source>Paused — on time</source>
        <translation>متوقف مؤقتًا — في الوقت المحدد</translation>
    </message>
    <message>
        <source>Paused — warning</source>
        <translation>متوقف مؤقتًا — تنبيه</translation>
    </message>
    <message>
        <source>Paused — wrap up</source>
        <translation>متوقف مؤقتًا — اختتم</translation>
    </message>
    <message>
        <source>Paused — overtime</source>
        <translation>متوقف مؤقتًا — تجاوز الوقت</translation>
    </message>
    <message>
        <source>Overtime {clock}</source>
        <translation>تجاوز الوقت ⁦{clock}⁩</translation>
    </message>
    <message>
        <source>On time — {clock} left</source>
        <translation>في الوقت المحدد — متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>Warning — {clock} left</source>
        <translation>تنبيه — متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>Wrap up — {clock} left</source>
        <translation>اختتم — متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>used {used} of {allotted}</source>
        <translation>استُخدم {used} من {allotted}</translation>
    </message>
    <message>
        <source>Held — {clock}</source>
        <translation>معلّق — ⁦{clock}⁩</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>متوقف مؤقتًا — ⁦{clock}⁩</translation>
    </message>
    <message>
        <source>Held — {clock} left</source>
        <translation>معلّق — متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock} left</source>
        <translation>متوقف مؤقتًا — متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>متبقٍّ {clock}</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>تأخر {minutes}</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>تقدم {minutes}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>ended on time</source>
        <translation>انتهت في الموعد</translation>
    </message>
    <message>
        <source>ended {minutes} late</source>
        <translation>انتهت متأخرة {minutes}</translation>
    </message>
    <message>
        <source>ended {minutes} early</source>
        <translation>انتهت قبل الموعد بـ {minutes}</translation>
    </message>
    <message>
        <source>{minutes} over: cut {minutes} from the remaining segments</source>
        <translation>تجاوز بـ {minutes}: اختصر {minutes} من الأجزاء المتبقية</translation>
    </message>
    <message>
        <source>{minutes} over</source>
        <translation>تجاوز بـ {minutes}</translation>
    </message>
    <message>
        <source>ends {minutes} early</source>
        <translation>تنتهي قبل الموعد بـ {minutes}</translation>
    </message>
    <message>
        <source>ends on time</source>
        <translation>تنتهي في الموعد</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>الجلسة {number}</translation>
    </message>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>الجلسة {number} ({start}–{end})</translation>
    </message>
    <message>
        <source>Rehearse it on today&apos;s date: File → Rehearse this meeting (Ctrl+Shift+R)</source>
        <translation>أجرِ تمرينًا عليه بتاريخ اليوم: ملف ← إجراء تمرين على هذا الاجتماع (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>{sitting}: {verdict}</source>
        <translation>{sitting}: {verdict}</translation>
    </message>
    <message>
        <source>{sitting} ends {end} (hard end {hard_end}): {verdict}</source>
        <translation>تنتهي {sitting} في {end} (الحد الأقصى {hard_end}): {verdict}</translation>
    </message>
    <message>
        <source>This meeting is on {date}</source>
        <translation>يُعقد هذا الاجتماع في {date}</translation>
    </message>
    <message>
        <source>Up next: {title} at {time}</source>
        <translation>التالي: {title} في الساعة {time}</translation>
    </message>
    <message>
        <source>Up next: {title}</source>
        <translation>التالي: {title}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>بعد ذلك: {title} في الساعة {time}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>بعد ذلك: {title}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>لا أحد في الانتظار</numerusform>
            <numerusform>متكلم واحد في الانتظار</numerusform>
            <numerusform>متكلمان في الانتظار</numerusform>
            <numerusform>%n متكلمين في الانتظار</numerusform>
            <numerusform>%n متكلمًا في الانتظار</numerusform>
            <numerusform>%n متكلم في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} at {limit} (+{overrun} average overrun)</source>
        <translation>{minutes} بمدة {limit} (⁦+{overrun}⁩ متوسط التجاوز)</translation>
    </message>
    <message>
        <source>{minutes} at {limit}</source>
        <translation>{minutes} بمدة {limit}</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>لا أحد في الانتظار</translation>
    </message>
    <message>
        <source>{minutes} left to the sitting&apos;s hard end</source>
        <translation>يتبقى {minutes} حتى الحد الأقصى لنهاية الجلسة</translation>
    </message>
    <message>
        <source>{minutes} left</source>
        <translation>يتبقى {minutes}</translation>
    </message>
    <message>
        <source>all fit</source>
        <translation>الوقت يكفي الجميع</translation>
    </message>
    <message>
        <source>a limit of {limit} would fit</source>
        <translation>مدة {limit} تكفي</translation>
    </message>
    <message>
        <source>none fits, even at {limit}</source>
        <translation>لا يكفي الوقت حتى بمدة {limit}</translation>
    </message>
    <message>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>input on related activities</source>
        <translation>مساهمة بشأن الأنشطة ذات الصلة</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>room or online</source>
        <translation>في القاعة أو عبر الإنترنت</translation>
    </message>
    <message>
        <source>queue entry</source>
        <translation>القيد في القائمة</translation>
    </message>
    <message>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>answers to</source>
        <translation>يجيب عن</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>قابل للاقتباس</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message>
        <source>{name}’s {kind}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <source>an unnamed speaker’s {kind}</source>
        <translation>{kind} متكلم غير مسمّى</translation>
    </message>
    <message>
        <source>Start ({segment})</source>
        <translation>بدء ({segment})</translation>
    </message>
    <message>
        <source>Next ({segment})</source>
        <translation>التالي ({segment})</translation>
    </message>
    <message>
        <source>Back ({segment})</source>
        <translation>رجوع ({segment})</translation>
    </message>
    <message>
        <source>Jump ({segment})</source>
        <translation>انتقال ({segment})</translation>
    </message>
    <message>
        <source>Pause ({segment})</source>
        <translation>إيقاف مؤقت ({segment})</translation>
    </message>
    <message>
        <source>Resume ({segment})</source>
        <translation>استئناف ({segment})</translation>
    </message>
    <message>
        <source>Finish ({segment})</source>
        <translation>إنهاء ({segment})</translation>
    </message>
    <message>
        <source>Extend by {amount} ({segment})</source>
        <translation>تمديد {amount} ({segment})</translation>
    </message>
    <message>
        <source>Shorten by {amount} ({segment})</source>
        <translation>تقصير {amount} ({segment})</translation>
    </message>
    <message>
        <source>Start of {sitting}</source>
        <translation>بدء {sitting}</translation>
    </message>
    <message>
        <source>End of {sitting}</source>
        <translation>رفع {sitting}</translation>
    </message>
    <message>
        <source>Programme edit</source>
        <translation>تعديل البرنامج</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>استيراد %n مشارك</numerusform>
            <numerusform>استيراد مشارك واحد</numerusform>
            <numerusform>استيراد مشاركَين</numerusform>
            <numerusform>استيراد %n مشاركين</numerusform>
            <numerusform>استيراد %n مشاركًا</numerusform>
            <numerusform>استيراد %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest {name}</source>
        <translation>الضيف {name}</translation>
    </message>
    <message>
        <source>New participant {name}</source>
        <translation>مشارك جديد: {name}</translation>
    </message>
    <message>
        <source>Edit of {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Move {name} to the top</source>
        <translation>نقل {name} إلى رأس القائمة</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>نقل {name}</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>إعطاء الكلمة لـ {name}</translation>
    </message>
    <message>
        <source>Hold {name}</source>
        <translation>تعليق وقت {name}</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>استئناف وقت {name}</translation>
    </message>
    <message>
        <source>Finish {name}</source>
        <translation>إنهاء كلمة {name}</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>تخطي {name}</translation>
    </message>
    <message>
        <source>Defer {name}</source>
        <translation>تأجيل {name} إلى آخر القائمة</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>شطب {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>إعادة {name} إلى القائمة</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Queue {name} ({segment})</source>
        <translation>إدراج {name} في القائمة ({segment})</translation>
    </message>
    <message>
        <source>Reorder the list ({segment})</source>
        <translation>إعادة ترتيب القائمة ({segment})</translation>
    </message>
    <message>
        <source>Not yet heard first ({segment})</source>
        <translation>من لم يتكلموا أولًا ({segment})</translation>
    </message>
    <message>
        <source>Alternate room and online ({segment})</source>
        <translation>التناوب بين القاعة والإنترنت ({segment})</translation>
    </message>
    <message>
        <source>Close the list ({segment})</source>
        <translation>إقفال القائمة ({segment})</translation>
    </message>
    <message>
        <source>Reopen the list ({segment})</source>
        <translation>إعادة فتح القائمة ({segment})</translation>
    </message>
    <message>
        <source>Speaking limit {limit} ({segment})</source>
        <translation>مدة الكلمة {limit} ({segment})</translation>
    </message>
    <message>
        <source>Extend {name} by {amount}</source>
        <translation>تمديد وقت {name} بمقدار {amount}</translation>
    </message>
    <message>
        <source>Shorten {name} by {amount}</source>
        <translation>تقصير وقت {name} بمقدار {amount}</translation>
    </message>
    <message>
        <source>Capture of {what}</source>
        <translation>تدوين {what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Edit of {what} ({fields})</source>
        <translation>تعديل {what} ({fields})</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>تعديل {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>حذف {what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>استعادة {what}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>تراجع: {action}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>إعادة: {action}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}، السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>REHEARSAL — </source>
        <translation>تمرين — </translation>
    </message>
    <message>
        <source>READ-ONLY — </source>
        <translation>للقراءة فقط — </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;حول Facilitator</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <source>Facilitator {0}</source>
        <translation>Facilitator {0}</translation>
    </message>
    <message>
        <source>Runs a live UN meeting (agenda, clocks, speakers, room display) and produces its record.</source>
        <translation>يدير اجتماعات الأمم المتحدة مباشرةً (جدول الأعمال والساعات والمتكلمون وشاشة القاعة) ويُعدّ محضرها.</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>مجلد البيانات: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <source>Backups: {0}</source>
        <translation>النسخ الاحتياطية: {0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>السجلات: {0}</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>حول Facilitator</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Speaking limit</source>
        <translation>مدة الكلمة</translation>
    </message>
    <message>
        <source>Time per speaker (m:ss):</source>
        <translation>الوقت لكل متكلم (د:ثث):</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>مغادرة الاجتماع؟</translation>
    </message>
    <message>
        <source>“{0}” is under way. Leave it for the list of meetings? Its clocks go on, and the room display closes until you open the meeting again.</source>
        <translation>«{0}» جارٍ الآن. هل تريد مغادرته والانتقال إلى قائمة الاجتماعات؟ تستمر ساعاته، وتُغلق شاشة القاعة إلى أن تفتح الاجتماع مجددًا.</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step?</source>
        <translation>التراجع عن خطوة محطة أخرى؟</translation>
    </message>
    <message>
        <source>The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.</source>
        <translation>آخر خطوة قام بها {0} هي «{1}». هل تريد التراجع عنها؟ ستظهر ملغاة في محطته.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>State party</source>
        <translation>دولة طرف</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Room or online as a column or a count says it (&quot;3 Room · 2 Online&quot;).</extracomment>
        <translation>في القاعة</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>Answer (panellist)</source>
        <translation>رد (عضو حلقة النقاش)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Input on related activities</source>
        <translation>مساهمة بشأن الأنشطة ذات الصلة</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>إحاطة</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>مداخلات</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>أسئلة وأجوبة</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>بند دائم</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>مناقشة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>held</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>تكلّم</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مشطوب</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيه</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الوقت المحدد</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>اختتم</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>دُوِّنت</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>عُدِّلت</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيدت</translation>
    </message>
    <message>
        <source>Meeting data</source>
        <translation>بيانات الاجتماع</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Proceedings (agenda items and interventions)</source>
        <translation>الأعمال (بنود جدول الأعمال والمداخلات)</translation>
    </message>
    <message>
        <source>Annex: timetable planned and actual</source>
        <translation>مرفق: الجدول الزمني المخطط والفعلي</translation>
    </message>
    <message>
        <source>Annex: list of speakers</source>
        <translation>مرفق: قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Annex: speaking time by stakeholder category</source>
        <translation>مرفق: وقت الكلام حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>مستند Word (.docx)</translation>
    </message>
    <message>
        <source>PDF, A4 (.pdf)</source>
        <translation>PDF، مقاس A4 (.pdf)</translation>
    </message>
    <message>
        <source>Web page, one file (.html)</source>
        <translation>صفحة ويب، ملف واحد (⁦.html⁩)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (.csv)</source>
        <translation>جداول CSV لبرامج جداول البيانات (⁦.csv⁩)</translation>
    </message>
    <message>
        <source>JSON, complete and re-importable (.json)</source>
        <translation>JSON، كامل وقابل لإعادة الاستيراد (⁦.json⁩)</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; summary, draft (Word .docx)</source>
        <translation>موجز الرئيسين المشاركين، مسودة (Word .docx)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Attendance (room/online)</source>
        <translation>الحضور (في القاعة/عبر الإنترنت)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالي</translation>
    </message>
</context>
</TS>
