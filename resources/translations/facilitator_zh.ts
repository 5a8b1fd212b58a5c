<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressesDialog</name>
    <message>
        <source>Standing items addressed</source>
        <translation>涉及的常设项目</translation>
    </message>
    <message>
        <source>Space ticks, Enter confirms.</source>
        <translation>按空格键勾选，按 Enter 确认。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Programme imported before</source>
        <translation>日程安排此前已导入</translation>
    </message>
    <message>
        <source>This programme was imported before, as meeting {0} (“{1}”). Open that meeting, or import the programme again as a new meeting?</source>
        <translation>此日程安排此前已作为会议 {0}（“{1}”）导入。要打开该会议，还是将日程安排作为新会议重新导入？</translation>
    </message>
    <message>
        <source>&amp;Open meeting {0}</source>
        <translation>打开会议 {0}(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import again</source>
        <translation>重新导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check the imported programme</source>
        <translation>检查导入的日程安排</translation>
    </message>
    <message>
        <source>Cannot create the meeting</source>
        <translation>无法创建会议</translation>
    </message>
    <message>
        <source>Cannot join the meeting</source>
        <translation>无法加入会议</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>无法打开会议</translation>
    </message>
    <message>
        <source>This meeting is damaged</source>
        <translation>此会议已损坏</translation>
    </message>
    <message>
        <source>Backups are in {0}.</source>
        <translation>备份位于 {0}。</translation>
    </message>
    <message>
        <source>Open &amp;read-only up to event {0}</source>
        <translation>以只读方式打开至事件 {0}(&amp;R)</translation>
    </message>
    <message>
        <source>up to event {0}; event {1} is damaged. Nothing can be changed here; restore a backup to go on with the meeting.</source>
        <translation>至事件 {0}；事件 {1} 已损坏。此处无法作任何更改；请恢复备份以继续会议。</translation>
    </message>
    <message>
        <source>Cannot rehearse</source>
        <translation>无法演练</translation>
    </message>
    <message>
        <source>a practice copy on the meeting&apos;s day, {0}, from {1}; nothing done here is kept</source>
        <translation>会议当天（{0}）{1} 起的练习副本；此处所做的一切均不保留</translation>
    </message>
    <message>
        <source>a practice copy (not kept)</source>
        <translation>练习副本（不保留）</translation>
    </message>
    <message>
        <source>Rename the meeting</source>
        <translation>重命名会议</translation>
    </message>
    <message>
        <source>Name in the list:</source>
        <translation>列表中的名称：</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>删除会议？</translation>
    </message>
    <message>
        <source>Delete “{0}” ({1}) and everything recorded in it? A backup of the database is taken first.</source>
        <translation>删除“{0}”（{1}）及其中记录的所有内容？删除前会先备份数据库。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Deleted “{0}”. The backup taken first is {1}.</source>
        <translation>已删除“{0}”。删除前所做的备份为 {1}。</translation>
    </message>
    <message>
        <source>Open it read-only, to view and export?</source>
        <extracomment>How long an action waits for another program&apos;s hold on the database before it says &quot;busy&quot;: short, because it waits on the GUI thread, where the clocks are painted (5 s froze the window). The seat&apos;s name until somebody gives it one (Meeting → Seat name…, Ctrl+Shift+M): recorded with every event and shown in the review and the record, so never the computer&apos;s login name.</extracomment>
        <translation>以只读方式打开数据库，以便查看和导出？</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>以只读方式打开数据库？</translation>
    </message>
    <message>
        <source>Open the newest backup?</source>
        <translation>打开最新的备份？</translation>
    </message>
    <message>
        <source>Opening the meeting database…</source>
        <translation>正在打开会议数据库…</translation>
    </message>
    <message>
        <source>Something went wrong while listing the meetings; details are in {0}.</source>
        <translation>列出会议时出错；详情见 {0}。</translation>
    </message>
</context>
<context>
    <name>BigClock</name>
    <message>
        <source>Segment clock</source>
        <translation>环节计时器</translation>
    </message>
</context>
<context>
    <name>CapacityPanel</name>
    <message>
        <source>Panel {0}</source>
        <translation>小组讨论 {0}</translation>
    </message>
    <message>
        <source>Standing item {0}</source>
        <translation>常设项目 {0}</translation>
    </message>
    <message>
        <source>Sitting {n} {start}–{end}: {used} of {capacity} min</source>
        <translation>第{n}场会议 {start}–{end}：{used}/{capacity} 分钟</translation>
    </message>
    <message>
        <source> — runs {late} min over</source>
        <translation> — 超出 {late} 分钟</translation>
    </message>
    <message>
        <source> — full</source>
        <translation> — 已排满</translation>
    </message>
    <message>
        <source> — {free} min free</source>
        <translation> — 剩余 {free} 分钟</translation>
    </message>
    <message>
        <source>{title} ends at {end}, {late} min after the sitting ends</source>
        <translation>{title}于 {end} 结束，比本场会议结束时间晚 {late} 分钟</translation>
    </message>
    <message>
        <source> (and {n} more after it, until {end})</source>
        <translation>（其后还有 {n} 项，直至 {end}）</translation>
    </message>
    <message>
        <source>{title} ({minutes} min) does not fit in the {free} min left and moves to sitting {to}</source>
        <translation>{title}（{minutes} 分钟）超出剩余的 {free} 分钟，移至第{to}场会议</translation>
    </message>
    <message>
        <source>No sittings are set: {planned} min planned.</source>
        <translation>未设定会议场次：计划 {planned} 分钟。</translation>
    </message>
    <message>
        <source>The plan is {over} min longer than the day ({planned} of {cap} min).</source>
        <translation>计划比当天时长多 {over} 分钟（{planned}/{cap} 分钟）。</translation>
    </message>
    <message>
        <source>The plan ({planned} of {cap} min) would fit, but not in the sittings as laid out.</source>
        <translation>计划总时长（{planned}/{cap} 分钟）可以容纳，但按现有场次安排无法容纳。</translation>
    </message>
    <message>
        <source>The plan fills the day exactly ({cap} min).</source>
        <translation>计划正好排满当天（{cap} 分钟）。</translation>
    </message>
    <message>
        <source>The plan fits, with {free} min to spare ({planned} of {cap} min).</source>
        <translation>计划可以容纳，尚余 {free} 分钟（{planned}/{cap} 分钟）。</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>(category)</source>
        <translation>（类别）</translation>
    </message>
    <message>
        <source>(room / online)</source>
        <translation>（会场/在线）</translation>
    </message>
    <message>
        <source>Tags: type to filter, Space ticks</source>
        <translation>主题：输入以筛选，按空格键勾选</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Guiding questions answered</source>
        <translation>已回答的指导性问题</translation>
    </message>
    <message>
        <source>Questions this answer answers</source>
        <translation>此答复所回答的问题</translation>
    </message>
    <message>
        <source>Summary (Ctrl+Enter saves)</source>
        <translation>摘要（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <source>F&amp;ollow-up needed</source>
        <translation>需要后续跟进(&amp;O)</translation>
    </message>
    <message>
        <source>Q&amp;uotable</source>
        <translation>可引用(&amp;U)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>New from the floor (Ctrl+Shift+F)</source>
        <translation>为当前发言者新建（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>发言者：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>摘要(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Guiding &amp;questions:</source>
        <translation>指导性问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>正在编辑 {0}</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>新发言</translation>
    </message>
    <message>
        <source>Q{0}. {1}</source>
        <translation>问题 {0}：{1}</translation>
    </message>
    <message>
        <source>Saved the changes to {0}.</source>
        <translation>已保存对 {0} 的修改。</translation>
    </message>
    <message>
        <source>Intervention saved.</source>
        <translation>发言已保存。</translation>
    </message>
    <message>
        <source>{0} (restored draft)</source>
        <translation>{0}（已恢复的草稿）</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Where the keys work: anywhere in the console window (the menu entries), only in the capture pane (and its fields), or only in the interventions list.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>发言者(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>录入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <extracomment>The menus, in the menu bar&apos;s order (Help follows them; see facilitator.ui.help). Where each context&apos;s keys are said to work, in the shortcuts sheet.</extracomment>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>In the capture pane</source>
        <translation>在录入窗格中</translation>
    </message>
    <message>
        <source>In the interventions list</source>
        <translation>在发言列表中</translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>导出会议记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the session record (Word, PDF, HTML, Markdown, CSV, JSON), with a preview</source>
        <translation>导出会议记录（Word、PDF、HTML、Markdown、CSV、JSON），可预览</translation>
    </message>
    <message>
        <source>&amp;Rehearse this meeting…</source>
        <translation>演练此会议(&amp;R)…</translation>
    </message>
    <message>
        <source>Run through this meeting on a practice copy, on its day&apos;s clock; nothing is kept</source>
        <translation>在练习副本上按会议当天的时间走一遍此会议；不保留任何内容</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>会议列表(&amp;M)…</translation>
    </message>
    <message>
        <source>Back to the list of meetings (asks first while the meeting is under way)</source>
        <translation>返回会议列表（会议进行中时先确认）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Facilitator (the meeting is saved)</source>
        <translation>退出 Facilitator（会议已保存）</translation>
    </message>
    <message>
        <source>&amp;Start / pause</source>
        <translation>开始/暂停(&amp;S)</translation>
    </message>
    <message>
        <source>Start the next segment, or pause and resume the current one</source>
        <translation>开始下一环节，或暂停及继续当前环节</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>开始/暂停</translation>
    </message>
    <message>
        <source>&amp;Next segment</source>
        <translation>下一环节(&amp;N)</translation>
    </message>
    <message>
        <source>Finish this segment and start the next</source>
        <translation>结束本环节并开始下一环节</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous segment; its clock resumes</source>
        <translation>返回上一环节；其计时继续</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&amp;Jump to segment…</source>
        <translation>跳转到环节(&amp;J)…</translation>
    </message>
    <message>
        <source>Start any segment of the day</source>
        <translation>开始当天的任一环节</translation>
    </message>
    <message>
        <source>Jump…</source>
        <translation>跳转…</translation>
    </message>
    <message>
        <source>Extend by &amp;1 minute</source>
        <translation>延长 1 分钟(&amp;1)</translation>
    </message>
    <message>
        <source>Give the current segment one more minute</source>
        <translation>当前环节增加一分钟</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>Extend by &amp;5 minutes</source>
        <translation>延长 5 分钟(&amp;5)</translation>
    </message>
    <message>
        <source>Give the current segment five more minutes</source>
        <translation>当前环节增加五分钟</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 分钟</translation>
    </message>
    <message>
        <source>S&amp;horten by 1 minute</source>
        <translation>缩短 1 分钟(&amp;H)</translation>
    </message>
    <message>
        <source>Take one minute from the current segment</source>
        <translation>当前环节减少一分钟</translation>
    </message>
    <message>
        <source>&amp;Finish segment</source>
        <translation>结束环节(&amp;F)</translation>
    </message>
    <message>
        <source>Finish the current segment without starting the next</source>
        <translation>结束当前环节，不开始下一环节</translation>
    </message>
    <message>
        <source>&amp;End the sitting</source>
        <translation>结束本场会议(&amp;E)</translation>
    </message>
    <message>
        <source>End the sitting under way (lunch, or the day)</source>
        <translation>结束正在进行的这场会议（午休或当天结束）</translation>
    </message>
    <message>
        <source>End sitting</source>
        <translation>结束本场会议</translation>
    </message>
    <message>
        <source>&amp;Call the next speaker</source>
        <translation>请下一位发言者发言(&amp;C)</translation>
    </message>
    <message>
        <source>Give the floor to the first speaker waiting; their clock starts</source>
        <translation>请第一位等候的发言者发言；其计时开始</translation>
    </message>
    <message>
        <source>Call the selected speaker</source>
        <translation>请所选发言者发言</translation>
    </message>
    <message>
        <source>Give the floor to the speaker selected in the list</source>
        <translation>请名单中所选的发言者发言</translation>
    </message>
    <message>
        <source>&amp;Hold / resume the speaker</source>
        <translation>暂停/继续发言者计时(&amp;H)</translation>
    </message>
    <message>
        <source>Hold the speaker&apos;s clock (interpretation, connection) and resume it</source>
        <translation>暂停发言者计时（口译、连线问题）后再继续</translation>
    </message>
    <message>
        <source>Give the speaker 30 s more</source>
        <translation>给发言者增加 30 秒</translation>
    </message>
    <message>
        <source>Extend the speaker&apos;s time by 30 s</source>
        <translation>将发言者的时间延长 30 秒</translation>
    </message>
    <message>
        <source>&amp;Finish the speaker</source>
        <translation>结束发言(&amp;F)</translation>
    </message>
    <message>
        <source>The speaker has finished</source>
        <translation>发言者已发言完毕</translation>
    </message>
    <message>
        <source>&amp;Skip (one place down)</source>
        <translation>跳过（下移一位）(&amp;S)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) one place down</source>
        <translation>将所选发言者（或正在发言者）下移一位</translation>
    </message>
    <message>
        <source>&amp;Defer to the end</source>
        <translation>推迟到最后(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected speaker (or the one on the floor) to the end</source>
        <translation>将所选发言者（或正在发言者）移至名单末尾</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤出名单(&amp;W)</translation>
    </message>
    <message>
        <source>Take the selected speaker (or the one on the floor) off the list</source>
        <translation>将所选发言者（或正在发言者）从名单中撤出</translation>
    </message>
    <message>
        <source>Put &amp;back on the list</source>
        <translation>重新列入名单(&amp;B)</translation>
    </message>
    <message>
        <source>Put a withdrawn or finished speaker back at the end of the list</source>
        <translation>将已撤出或已发言的发言者重新列入名单末尾</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected speaker one place up</source>
        <translation>将所选发言者上移一位</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected speaker one place down</source>
        <translation>将所选发言者下移一位</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>移至首位(&amp;T)</translation>
    </message>
    <message>
        <source>Move the selected speaker to the top of the list</source>
        <translation>将所选发言者移至名单首位</translation>
    </message>
    <message>
        <source>Those not yet heard today first</source>
        <translation>今天尚未发言者优先</translation>
    </message>
    <message>
        <source>Reorder the list: speakers not yet heard today first</source>
        <translation>重新排列名单：今天尚未发言的发言者优先</translation>
    </message>
    <message>
        <source>Alternate room and online</source>
        <translation>会场与在线交替</translation>
    </message>
    <message>
        <source>Reorder the list to alternate speakers in the room and online</source>
        <translation>重新排列名单，使会场发言者与在线发言者交替</translation>
    </message>
    <message>
        <source>&amp;Balance the list</source>
        <translation>平衡名单(&amp;B)</translation>
    </message>
    <message>
        <source>Reorder the list so that the stakeholder group least heard so far speaks next (by turns or speaking time, as chosen in the speakers dock)</source>
        <translation>重新排列名单，让迄今发言最少的利益攸关方群体接着发言（按发言次数或发言时间，在发言者面板中选择）</translation>
    </message>
    <message>
        <source>&amp;Point of order</source>
        <translation>程序问题(&amp;P)</translation>
    </message>
    <message>
        <source>Give the floor at once to a point of order (1:00); the speaker resumes after it</source>
        <translation>立即就程序问题给予发言权（1:00）；之后发言者继续发言</translation>
    </message>
    <message>
        <source>Right of repl&amp;y</source>
        <translation>答辩权(&amp;Y)</translation>
    </message>
    <message>
        <source>Give the floor at once to a right of reply (2:00); the speaker resumes after it</source>
        <translation>立即给予答辩权发言（2:00）；之后发言者继续发言</translation>
    </message>
    <message>
        <source>&amp;Add a speaker…</source>
        <translation>添加发言者(&amp;A)…</translation>
    </message>
    <message>
        <source>Type a registered name, or “Name, Organization” for a guest</source>
        <translation>输入已登记的姓名，或为嘉宾输入“姓名, 组织”</translation>
    </message>
    <message>
        <source>Standing items &amp;addressed…</source>
        <translation>涉及的常设项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Which standing items the selected speaker will address</source>
        <translation>所选发言者将谈及的常设项目</translation>
    </message>
    <message>
        <source>Speaking &amp;limit…</source>
        <translation>发言时限(&amp;L)…</translation>
    </message>
    <message>
        <source>Set the speaking time per speaker for this list</source>
        <translation>设定此名单中每位发言者的发言时间</translation>
    </message>
    <message>
        <source>Close / reopen the &amp;list</source>
        <translation>截止/重新开放名单(&amp;L)</translation>
    </message>
    <message>
        <source>Close the list to new requests, or reopen it</source>
        <translation>截止名单，不再接受新的发言请求，或重新开放名单</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>导入报名名单(&amp;I)…</translation>
    </message>
    <message>
        <source>Add participants from a registration list (.csv, .xlsx)</source>
        <translation>从报名名单添加与会者（.csv、.xlsx）</translation>
    </message>
    <message>
        <source>&amp;New intervention from the floor</source>
        <translation>为当前发言者新建发言(&amp;N)</translation>
    </message>
    <message>
        <source>Start capturing the speaker on the floor, prefilled</source>
        <translation>开始录入正在发言者的发言，已预先填写</translation>
    </message>
    <message>
        <source>Go to the &amp;capture</source>
        <translation>转到录入(&amp;C)</translation>
    </message>
    <message>
        <source>Move the keyboard to the summary of the intervention being captured</source>
        <translation>将键盘焦点移至正在录入的发言摘要</translation>
    </message>
    <message>
        <source>Go to the &amp;interventions</source>
        <translation>转到发言列表(&amp;I)</translation>
    </message>
    <message>
        <source>Find, review and edit what was captured</source>
        <translation>查找、审阅和编辑已录入的内容</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>The name recorded with everything you do and capture (a rapporteur&apos;s name)</source>
        <translation>随您的每项操作和录入一并记录的姓名（例如报告员的姓名）</translation>
    </message>
    <message>
        <source>Save the intervention</source>
        <translation>保存发言</translation>
    </message>
    <message>
        <source>Save the intervention being captured</source>
        <translation>保存正在录入的发言</translation>
    </message>
    <message>
        <source>Leave the field</source>
        <translation>离开字段</translation>
    </message>
    <message>
        <source>Leave a field: the single keys are the Co-Chair&apos;s again</source>
        <translation>离开字段：单键重新用于共同主席的操作</translation>
    </message>
    <message>
        <source>Delete the intervention</source>
        <translation>删除发言</translation>
    </message>
    <message>
        <source>Delete the selected intervention (Ctrl+Z undoes)</source>
        <translation>删除所选发言（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo this seat&apos;s last action</source>
        <translation>撤销本席位的上一步操作</translation>
    </message>
    <message>
        <source>Redo what this seat undid</source>
        <translation>重做本席位撤销的操作</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step…</source>
        <translation>撤销其他席位的操作…</translation>
    </message>
    <message>
        <source>Undo the latest step of another seat, named with who took it (asks first)</source>
        <translation>撤销其他席位的最近一步操作，并注明操作者（先确认）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>编辑日程安排(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit items and segments</source>
        <translation>编辑议程项目和环节</translation>
    </message>
    <message>
        <source>&amp;Room display</source>
        <translation>会场显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the display for the room, full screen on the last screen</source>
        <translation>显示或隐藏会场显示，在最后一个屏幕上全屏</translation>
    </message>
    <message>
        <source>Go to the &amp;agenda</source>
        <translation>转到议程(&amp;A)</translation>
    </message>
    <message>
        <source>Move the keyboard to the agenda (Enter starts the selected segment)</source>
        <translation>将键盘焦点移至议程（按 Enter 开始所选环节）</translation>
    </message>
    <message>
        <source>Go to the &amp;speakers</source>
        <translation>转到发言者(&amp;S)</translation>
    </message>
    <message>
        <source>Move the keyboard to the list of speakers</source>
        <translation>将键盘焦点移至发言者名单</translation>
    </message>
    <message>
        <source>Facilitator — console</source>
        <extracomment>Words of a banner: as they are, or a function that says them in the interface&apos;s language. The console built again in another language (View → Language), which takes this one&apos;s place on the same controller (ui/relanguage.py); whoever wired this one wires it too.</extracomment>
        <translation>Facilitator — 控制台</translation>
    </message>
    <message>
        <source>Time in the meeting&apos;s time zone</source>
        <translation>会议所在时区的时间</translation>
    </message>
    <message>
        <source>Running offset</source>
        <translation>提前或滞后</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Recorded as: {0}</source>
        <translation>记录人：{0}</translation>
    </message>
    <message>
        <source>Select an intervention in the list first.</source>
        <translation>请先在列表中选择一条发言。</translation>
    </message>
    <message>
        <source>Room display &amp;screen</source>
        <translation>会场显示屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>Undo: {0}</source>
        <translation>撤销：{0}</translation>
    </message>
    <message>
        <source>Redo: {0}</source>
        <translation>重做：{0}</translation>
    </message>
    <message>
        <source>Undo {0}’s step: {1}…</source>
        <translation>撤销 {0} 的操作：{1}…</translation>
    </message>
    <message>
        <source>No other seat has a step to undo.</source>
        <translation>其他席位没有可撤销的操作。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>NOT CONNECTED — the other seats&apos; changes are not reaching this one ({0}). Reconnecting by itself; keys that change the meeting are refused meanwhile, and what you type is kept.</source>
        <translation>未连接 — 其他席位的更改未能到达本席位（{0}）。正在自动重新连接；在此期间，会更改会议的按键将被拒绝，您输入的内容会保留。</translation>
    </message>
    <message>
        <source>Select a speaker in the list first (Ctrl+2, then the arrows).</source>
        <translation>请先在名单中选择一位发言者（按 Ctrl+2，然后用方向键）。</translation>
    </message>
    <message>
        <source>There is no segment to keep a list of speakers for.</source>
        <translation>没有可设立发言者名单的环节。</translation>
    </message>
    <message>
        <source>{0} registered participants match “{1}”. Pick one from the list (Down, then Enter), or type more of the name.</source>
        <translation>有 {0} 位已登记的与会者与“{1}”匹配。请从列表中选择一位（按向下键，再按 Enter），或继续输入姓名。</translation>
    </message>
    <message>
        <source>“{0}” is not a registered participant. Choose a name from the list, or add a guest as “Name, Organization”.</source>
        <translation>“{0}”不是已登记的与会者。请从列表中选择姓名，或按“姓名, 组织”的格式添加嘉宾。</translation>
    </message>
    <message>
        <source>There is no segment to set a speaking limit for.</source>
        <translation>没有可设定发言时限的环节。</translation>
    </message>
    <message>
        <source>Write the limit as minutes:seconds, e.g. 2:30.</source>
        <translation>请按“分:秒”格式填写时限，例如 2:30。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>A widget&apos;s place in its window: each step the child&apos;s class and its rank among the parent&apos;s children of that class (a console built again is built in the same order).</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <source>An export is being written. Choose the language again when it is done; the choice is kept for the next start too.</source>
        <translation>正在写入导出文件。完成后请重新选择语言；此选择也会保留到下次启动。</translation>
    </message>
    <message>
        <source>The language could not be changed; the console goes on as it was, the meeting untouched. Details are in {0}.</source>
        <translation>无法更改语言；控制台保持原样继续运行，会议不受影响。详情见 {0}。</translation>
    </message>
</context>
<context>
    <name>DisplaySeat</name>
    <message>
        <source>Room display — {0}</source>
        <translation>会场显示 — {0}</translation>
    </message>
    <message>
        <source>Not connected to the meeting ({0}); reconnecting. The clocks run on from the last events received.</source>
        <translation>未连接到会议（{0}）；正在重新连接。时钟根据最后收到的事件继续运行。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the session record</source>
        <extracomment>How long the choices must settle (a few boxes unticked in a row) before the preview is built. The preview is built at most once per this interval, however fast captures come in. A long record&apos;s preview stops after this many entries and rows per table (see formats/record/preview.py: Qt sets that much HTML in a few milliseconds, in parts). Between two parts of a preview (see RecordPreview._add_part): a paragraph one pixel high that holds a zero-width space. The last part of the preview given to :meth:`show_parts` is in. An export that ended after the dialog was closed: (sentence, is_error), for the console.</extracomment>
        <translation>导出会议记录</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Preview of the record</source>
        <translation>会议记录预览</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the files written in the file manager</source>
        <translation>在文件管理器中显示已写入的文件</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Write the record (Enter)</source>
        <translation>写出会议记录（Enter）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>关闭此窗口（Esc）</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>Record &amp;language</source>
        <translation>会议记录语言(&amp;L)</translation>
    </message>
    <message>
        <source>The record&apos;s language</source>
        <translation>会议记录的语言</translation>
    </message>
    <message>
        <source>{0} (headings)</source>
        <translation>{0}（仅标题）</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Attributed: speakers by name and organization</source>
        <translation>具名：注明发言者姓名和组织(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unattributed (Chatham House rule)</source>
        <translation>不具名（查塔姆研究所规则）(&amp;U)</translation>
    </message>
    <message>
        <source>Unattributed: no name or organization appears anywhere, summaries included; speakers are shown by stakeholder category.</source>
        <translation>不具名：任何地方（包括摘要）均不出现姓名或组织；发言者以利益攸关方类别显示。</translation>
    </message>
    <message>
        <source>Still looks like a name or an organization (ticked: withheld):</source>
        <translation>看似仍为姓名或组织（勾选即隐去）：</translation>
    </message>
    <message>
        <source>Names left in the summaries</source>
        <translation>摘要中残留的姓名</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>CSV and JSON are always complete: every section is exported. The Co-Chairs&apos; summary takes what it needs from the whole record.</source>
        <translation>CSV 和 JSON 始终是完整的：导出所有章节。共同主席总结从整份会议记录中选取所需内容。</translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation>保存到(&amp;V)：</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder and the file name</source>
        <translation>选择文件夹和文件名</translation>
    </message>
    <message>
        <source>Three files: {0}.</source>
        <translation>三个文件：{0}。</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>这是一个文件夹：请添加文件名。</translation>
    </message>
    <message>
        <source>A file with this name exists and will be replaced.</source>
        <translation>已存在同名文件，将被替换。</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the files are {3} and will hold them all.</source>
        <translation>为保持速度，预览仅显示 {1} 条中的前 {0} 条及每个表格的前 {2} 行；文件格式为{3}，将包含全部内容。</translation>
    </message>
    <message>
        <source>Preview shows the first {0} of {1} entries and {2} rows of each table, to stay quick; the file is {3} and will hold them all.</source>
        <translation>为保持速度，预览仅显示 {1} 条中的前 {0} 条及每个表格的前 {2} 行；文件格式为{3}，将包含全部内容。</translation>
    </message>
    <message>
        <source>Preview shows the content; the files are {0}.</source>
        <translation>预览显示内容；文件格式为{0}。</translation>
    </message>
    <message>
        <source>Preview shows the content; the file is {0}.</source>
        <translation>预览显示内容；文件格式为{0}。</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>请至少勾选一个章节。</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}).</source>
        <translation>无法显示预览（{0}）。</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0}). The details are in {1}.</source>
        <translation>无法显示预览（{0}）。详情见 {1}。</translation>
    </message>
    <message>
        <source>Choose where to save the record.</source>
        <translation>请选择会议记录的保存位置。</translation>
    </message>
    <message>
        <source>Tick at least one section to export.</source>
        <translation>请至少勾选一个要导出的章节。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <source>Saved {0} files in {1}:
{2}</source>
        <translation>已在 {1} 中保存 {0} 个文件：
{2}</translation>
    </message>
    <message>
        <source>Record exported: {0}</source>
        <translation>会议记录已导出：{0}</translation>
    </message>
    <message>
        <source>The record was not exported: {0}</source>
        <translation>会议记录未导出：{0}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong and the record was not exported ({0}). The details are in {1}.</source>
        <translation>发生意外错误，会议记录未导出（{0}）。详情见 {1}。</translation>
    </message>
    <message>
        <source>Could not open the folder {0}.</source>
        <translation>无法打开文件夹 {0}。</translation>
    </message>
</context>
<context>
    <name>FairFloor</name>
    <message>
        <source>Woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Non-binary or other</source>
        <translation>非二元或其他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>Not youth</source>
        <translation>非青年</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>The groups as the heading of a count (&quot;Women: 3&quot;): plural-safe in every language.</extracomment>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>发言次数</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}：{count}</translation>
    </message>
    <message>
        <source>Balance the list by %1 (%2)</source>
        <translation>按%1平衡名单（%2）</translation>
    </message>
    <message>
        <source>Remove the budget of %1</source>
        <translation>取消%1的时间配额</translation>
    </message>
    <message>
        <source>Budget of %1: %2 min</source>
        <translation>%1的时间配额：%2 分钟</translation>
    </message>
    <message>
        <source>%1: over budget by %2 (%3 of %4)</source>
        <translation>%1：超出配额 %2（%3/%4）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used, %4 left</source>
        <translation>%1：已用 %2/%3，剩余 %4</translation>
    </message>
    <message>
        <source>, a limit of %1 fits the %2 waiting</source>
        <translation>，时限 %1 可容纳等候的 %2 人</translation>
    </message>
    <message>
        <source>, no limit fits the %1 waiting</source>
        <translation>，任何时限都无法容纳等候的 %1 人</translation>
    </message>
    <message>
        <source>No time budgets for this segment.</source>
        <translation>此环节没有时间配额。</translation>
    </message>
    <message>
        <source>Budgets: %1</source>
        <translation>时间配额：%1</translation>
    </message>
    <message>
        <source>%1 heard</source>
        <translation>已发言 %1</translation>
    </message>
    <message>
        <source>%1 next: %2, the only group waiting</source>
        <translation>接下来：%1，%2，是唯一等候的群体</translation>
    </message>
    <message>
        <source>%1 next: %2 against %3 for %4</source>
        <translation>接下来：%1，%2，而%4为 %3</translation>
    </message>
    <message>
        <source>Balance by</source>
        <translation>平衡依据</translation>
    </message>
    <message>
        <source>Balance the list</source>
        <translation>平衡名单</translation>
    </message>
    <message>
        <source>Put the stakeholder group least heard so far next (Ctrl+B)</source>
        <translation>让迄今发言最少的利益攸关方群体接着发言（Ctrl+B）</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>利益攸关方群体</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Budget in minutes (0: none)</source>
        <translation>配额（分钟；0 表示无配额）</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>设定配额</translation>
    </message>
    <message>
        <source>The group&apos;s speaking time for this segment (0: no budget)</source>
        <translation>该群体在本环节的发言时间（0 表示无配额）</translation>
    </message>
    <message>
        <source>Time budgets</source>
        <translation>时间配额</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未具名）</translation>
    </message>
    <message>
        <source>Who has the floor?</source>
        <translation>由谁发言？</translation>
    </message>
    <message>
        <source>%1: %2 resumes after it (X)</source>
        <translation>%1：之后由 %2 继续发言（X）</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>%n warning(s) and {0}</source>
        <extracomment>Which meeting field each meeting-level warning concerns.</extracomment>
        <translation>
            <numerusform>%n 条警告和 {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not understood</source>
        <translation>
            <numerusform>%n 行无法识别的内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The import has {0}: check them in the Import warnings tab ({1}) before keeping the programme.</source>
        <translation>导入发现 {0}：请先在“导入警告”选项卡（{1}）中检查，再保留日程安排。</translation>
    </message>
    <message>
        <source>Line {0}: </source>
        <translation>第 {0} 行：</translation>
    </message>
    <message>
        <source>Line {0}, not understood: {1}</source>
        <translation>第 {0} 行，无法识别：{1}</translation>
    </message>
    <message>
        <source>Every line of the document was understood.</source>
        <translation>文档的每一行均已识别。</translation>
    </message>
    <message>
        <source>What the import found to check. Lines not understood are in none of the fields: copy what matters into the programme by hand.</source>
        <translation>导入发现的待检查事项。无法识别的行不在任何字段中：请将其中重要的内容手动复制到日程安排中。</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>e.g. III</source>
        <extracomment>Kinds whose segments carry a number (&quot;Panel 2&quot;, &quot;Standing item 3&quot;).</extracomment>
        <translation>例如 III</translation>
    </message>
    <message>
        <source>One note per line</source>
        <translation>每行一条备注</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Co-Chair: runs the agenda and the floor</source>
        <translation>共同主席：掌控议程和发言</translation>
    </message>
    <message>
        <source>Rapporteur: captures and reviews</source>
        <translation>报告员：录入和审阅</translation>
    </message>
    <message>
        <source>Room display: shows the meeting, takes no command</source>
        <translation>会场显示：显示会议，不接受操作</translation>
    </message>
    <message>
        <source>Join a meeting on a server</source>
        <translation>加入服务器上的会议</translation>
    </message>
    <message>
        <source>the server&apos;s name or address, e.g. 10.0.0.5</source>
        <translation>服务器名称或地址，例如 10.0.0.5</translation>
    </message>
    <message>
        <source>your name, as the record will show it</source>
        <translation>您的姓名，将显示在会议记录中</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>The password comes from PostgreSQL&apos;s password file (~/.pgpass) or PGPASSWORD; Facilitator never stores it.</source>
        <translation>密码取自 PostgreSQL 的密码文件（~/.pgpass）或 PGPASSWORD；Facilitator 从不存储密码。</translation>
    </message>
    <message>
        <source>C&amp;onnect and list the meetings</source>
        <translation>连接并列出会议(&amp;O)</translation>
    </message>
    <message>
        <source>Meetings on the server</source>
        <translation>服务器上的会议</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (the Secretariat gives it).</source>
        <translation>请输入数据库名称（由秘书处提供）。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cannot join: the server did not answer as a Facilitator database ({0}). Check the server&apos;s name, the port, the database and the user (the Secretariat gives them), and that this computer is on the meeting&apos;s network.</source>
        <translation>无法加入：服务器未以 Facilitator 数据库的身份应答（{0}）。请检查服务器名称、端口、数据库和用户（由秘书处提供），并确认本计算机已接入会议网络。</translation>
    </message>
    <message>
        <source>There is no meeting on this server yet: the Secretariat copies one there first (facilitator copy-meeting MEETING --to ADDRESS).</source>
        <translation>此服务器上尚无会议：须先由秘书处复制一个会议到此服务器（facilitator copy-meeting MEETING --to ADDRESS）。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) on the server.</source>
        <translation>
            <numerusform>服务器上有 %n 个会议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your name: every event records who did it.</source>
        <translation>请输入您的姓名：每个事件都会记录操作者。</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Jump to segment</source>
        <translation>跳转到环节</translation>
    </message>
    <message>
        <source>Type to filter, Enter to start</source>
        <translation>输入以筛选，按 Enter 开始</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Hybrid (in the room and online)</source>
        <translation>混合（会场和在线）</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Sitting {0} must be written like 10:00–13:00 (one sitting a line).</source>
        <translation>第{0}场会议须按 10:00–13:00 的格式书写（每行一场）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-07-10</source>
        <translation>YYYY-MM-DD，例如 2024-07-10</translation>
    </message>
    <message>
        <source>One sitting a line: 10:00–13:00</source>
        <translation>每行一场：10:00–13:00</translation>
    </message>
    <message>
        <source>e.g. Microsoft Teams</source>
        <translation>例如 Microsoft Teams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Sittin&amp;gs:</source>
        <translation>场次(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Online &amp;platform:</source>
        <translation>在线平台(&amp;P)：</translation>
    </message>
    <message>
        <source>The date must be written like 2024-07-10, or empty.</source>
        <translation>日期须按 2024-07-10 的格式书写，或留空。</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit programme</source>
        <extracomment>Emitted after every edit, with the programme as it now is (it may be invalid).</extracomment>
        <translation>编辑日程安排</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加项目(&amp;I)</translation>
    </message>
    <message>
        <source>A new agenda item after the selected one</source>
        <translation>在所选项目之后新增一个议程项目</translation>
    </message>
    <message>
        <source>Add &amp;segment</source>
        <translation>添加环节(&amp;S)</translation>
    </message>
    <message>
        <source>A new segment after the selected one</source>
        <translation>在所选环节之后新增一个环节</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected item or segment</source>
        <translation>删除所选项目或环节</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selection one place up</source>
        <translation>将所选内容上移一位</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selection one place down</source>
        <translation>将所选内容下移一位</translation>
    </message>
    <message>
        <source>Keep changes</source>
        <translation>保留更改</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Select an item or a segment to edit it.</source>
        <translation>请选择一个项目或环节进行编辑。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Keep the edited programme (Ctrl+Enter)</source>
        <translation>保留编辑后的日程安排（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Discard the edits (Esc)</source>
        <translation>放弃编辑（Esc）</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>致辞</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>常设项目</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Meeting data</source>
        <translation>会议数据(&amp;M)</translation>
    </message>
    <message>
        <source>Title, date, time zone, sittings, venue, format, online platform ({0})</source>
        <translation>标题、日期、时区、场次、地点、形式、在线平台（{0}）</translation>
    </message>
    <message>
        <source>Import &amp;warnings</source>
        <translation>导入警告(&amp;W)</translation>
    </message>
    <message>
        <source>What the import found to check, and the lines it did not understand</source>
        <translation>导入发现的待检查事项，以及无法识别的行</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>From the document, line {n}: “{text}”</source>
        <translation>来自文档第 {n} 行：“{text}”</translation>
    </message>
    <message>
        <source>Segment (running now: it can be changed but not removed)</source>
        <translation>环节（正在进行：可以修改，但不能删除）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>The scheduled start must be a time like 10:30, or empty.</source>
        <translation>计划开始时间须为 10:30 这样的时间，或留空。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新环节</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>“{title}” is running now and cannot be removed. End it or move to another segment first.</source>
        <translation>“{title}”正在进行，不能删除。请先结束该环节或转到其他环节。</translation>
    </message>
    <message>
        <source>Item “{title}” holds the segment running now and cannot be removed.</source>
        <translation>项目“{title}”包含正在进行的环节，不能删除。</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message numerus="yes">
        <source>Remove “{title}” and its %n segment(s)?</source>
        <translation>
            <numerusform>删除“{title}”及其 %n 个环节？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot keep these changes: {problem}</source>
        <translation>无法保留这些更改：{problem}</translation>
    </message>
    <message>
        <source>Edited. Ctrl+Enter keeps the changes, Esc discards them.</source>
        <translation>已编辑。按 Ctrl+Enter 保留更改，按 Esc 放弃。</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚无更改。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard your changes to the programme?</source>
        <translation>放弃您对日程安排的更改？</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeModel</name>
    <message>
        <source>Agenda</source>
        <extracomment>The MIME type of a drag inside the agenda tree: the UTF-8 id of one item or segment. Emitted after every change, with the (possibly invalid) programme as it now is.</extracomment>
        <translation>议程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>{kind} · running</source>
        <translation>{kind} · 进行中</translation>
    </message>
    <message>
        <source>Running now: it cannot be removed.</source>
        <translation>正在进行：不能删除。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>第{number}场会议（{start}–{end}）</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>第{number}场会议</translation>
    </message>
    <message>
        <source>The programme has no segment left to start.</source>
        <translation>日程安排中已没有可开始的环节。</translation>
    </message>
    <message>
        <source>There is no segment after ‘{segment}’.</source>
        <translation>“{segment}”之后没有环节。</translation>
    </message>
    <message>
        <source>‘{segment}’ is already running.</source>
        <translation>“{segment}”已在进行。</translation>
    </message>
    <message>
        <source>No segment is running.</source>
        <translation>没有正在进行的环节。</translation>
    </message>
    <message>
        <source>‘{segment}’ is already paused.</source>
        <translation>“{segment}”已暂停。</translation>
    </message>
    <message>
        <source>The meeting is not paused.</source>
        <translation>会议未暂停。</translation>
    </message>
    <message>
        <source>There is no segment before ‘{segment}’.</source>
        <translation>“{segment}”之前没有环节。</translation>
    </message>
    <message>
        <source>No segment has run yet: there is nothing to go back to.</source>
        <translation>尚无环节进行过：无可返回。</translation>
    </message>
    <message>
        <source>There is no segment ‘{segment}’ in the programme.</source>
        <translation>日程安排中没有环节“{segment}”。</translation>
    </message>
    <message>
        <source>‘{segment}’ is the current segment: resume it instead.</source>
        <translation>“{segment}”是当前环节：请改为继续该环节。</translation>
    </message>
    <message>
        <source>No segment is running: there is nothing to extend.</source>
        <translation>没有正在进行的环节：无可延长。</translation>
    </message>
    <message>
        <source>Extend by a whole number of seconds other than zero.</source>
        <translation>请按非零的整数秒延长。</translation>
    </message>
    <message>
        <source>Extend by at most 24 hours at a time.</source>
        <translation>每次最多延长 24 小时。</translation>
    </message>
    <message>
        <source>‘{segment}’ has {allotted} allotted: it cannot be shortened by {shortening}.</source>
        <translation>“{segment}”分配的时间为 {allotted}：不能缩短 {shortening}。</translation>
    </message>
    <message>
        <source>The programme has no sittings.</source>
        <translation>日程安排中没有会议场次。</translation>
    </message>
    <message>
        <source>There is no sitting {number}: the programme has {count}.</source>
        <translation>没有第{number}场会议：日程安排共有 {count} 场。</translation>
    </message>
    <message>
        <source>Every sitting of the programme has already started.</source>
        <translation>日程安排中的所有场次均已开始。</translation>
    </message>
    <message>
        <source>{sitting} has already started.</source>
        <translation>{sitting}已经开始。</translation>
    </message>
    <message>
        <source>{sitting} is still running: end it first.</source>
        <translation>{sitting}仍在进行：请先结束。</translation>
    </message>
    <message>
        <source>No sitting is running.</source>
        <translation>没有正在进行的会议场次。</translation>
    </message>
    <message>
        <source>{sitting} is not running.</source>
        <translation>{sitting}未在进行。</translation>
    </message>
    <message>
        <source>The edited programme is not valid: {reason}.</source>
        <translation>编辑后的日程安排无效：{reason}。</translation>
    </message>
    <message>
        <source>‘{segment}’ is paused: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>“{segment}”已暂停：不能从日程安排中删除。请先转到其他环节。</translation>
    </message>
    <message>
        <source>‘{segment}’ is running: it cannot be removed from the programme. Move on to another segment first.</source>
        <translation>“{segment}”正在进行：不能从日程安排中删除。请先转到其他环节。</translation>
    </message>
    <message>
        <source>The programme has not changed.</source>
        <translation>日程安排未作更改。</translation>
    </message>
    <message>
        <source>Nothing of yours to undo: the latest step is {seat}&apos;s. To undo theirs, use Edit &gt; Undo another seat&apos;s step (Ctrl+Alt+Z).</source>
        <translation>您没有可撤销的操作：最近一步是 {seat} 的操作。如需撤销，请使用“编辑 &gt; 撤销其他席位的操作”（Ctrl+Alt+Z）。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>That step can no longer be undone: it was undone already, or its seat has taken another since. Look at Edit &gt; Undo another seat&apos;s step again.</source>
        <translation>该操作已无法撤销：它已被撤销，或其席位此后又进行了其他操作。请重新查看“编辑 &gt; 撤销其他席位的操作”。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>An intervention is given as a draft or a mapping of its fields.</source>
        <translation>发言须以草稿或字段映射的形式提供。</translation>
    </message>
    <message>
        <source>‘{field}’ is not a field of an intervention.</source>
        <translation>“{field}”不是发言的字段。</translation>
    </message>
    <message>
        <source>That intervention is not in the meeting (its capture may have been undone).</source>
        <translation>会议中没有该发言（其录入可能已被撤销）。</translation>
    </message>
    <message>
        <source>An unnamed speaker’s {kind} ({id})</source>
        <translation>未具名发言者的{kind}（{id}）</translation>
    </message>
    <message>
        <source>{speaker}’s {kind} ({id})</source>
        <translation>{speaker}的{kind}（{id}）</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}必须是文本。</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters: shorten it.</source>
        <translation>{field}超过 {count} 个字符：请缩短。</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>{field}含有无法保存的字符（损坏的代理对）：请删除后重新输入。</translation>
    </message>
    <message>
        <source>{field} must be an id.</source>
        <translation>{field}必须是标识符。</translation>
    </message>
    <message>
        <source>Choose one of the stakeholder categories.</source>
        <translation>请选择一个利益攸关方类别。</translation>
    </message>
    <message>
        <source>Say whether the speaker was in the room or online.</source>
        <translation>请说明发言者是在会场还是在线。</translation>
    </message>
    <message>
        <source>Choose the kind: question, statement, answer (panellist), recommendation, or input on related activities.</source>
        <translation>请选择类型：提问、陈述、答复（小组成员）、建议或相关活动情况介绍。</translation>
    </message>
    <message>
        <source>{field} cannot be read: give the date, time and zone.</source>
        <translation>无法读取{field}：请提供日期、时间和时区。</translation>
    </message>
    <message>
        <source>{field} must be a time.</source>
        <translation>{field}必须是时间。</translation>
    </message>
    <message>
        <source>{field} has no time zone.</source>
        <translation>{field}没有时区。</translation>
    </message>
    <message>
        <source>{field} must be a list of ids.</source>
        <translation>{field}必须是标识符列表。</translation>
    </message>
    <message>
        <source>“{field}” is either yes or no.</source>
        <translation>“{field}”只能为是或否。</translation>
    </message>
    <message>
        <source>The summary must be text.</source>
        <translation>摘要必须是文本。</translation>
    </message>
    <message>
        <source>The summary is longer than {count} characters: split it into two interventions or shorten it.</source>
        <translation>摘要超过 {count} 个字符：请拆分为两条发言或缩短。</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Choose guiding questions from the list.</source>
        <translation>请从列表中选择指导性问题。</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>That participant is not registered: choose another one, or type the speaker’s name.</source>
        <translation>该与会者未登记：请选择其他与会者，或输入发言者姓名。</translation>
    </message>
    <message>
        <source>The speaker’s name</source>
        <translation>发言者姓名</translation>
    </message>
    <message>
        <source>Say who spoke: choose a participant or type a name.</source>
        <translation>请说明发言者：选择一位与会者或输入姓名。</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>The queue entry</source>
        <translation>名单条目</translation>
    </message>
    <message>
        <source>That queue entry is on no list of speakers (it may have been undone).</source>
        <translation>该条目不在任何发言者名单上（可能已被撤销）。</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>结束时间（{end}）早于开始时间（{start}）。</translation>
    </message>
    <message>
        <source>The tags</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Tag the intervention with the segment it addresses (at least one).</source>
        <translation>请为发言标注其所涉及的环节（至少一个）。</translation>
    </message>
    <message>
        <source>That guiding question belongs to ‘{segment}’, which the intervention is not tagged with: add the tag first.</source>
        <translation>该指导性问题属于“{segment}”，而发言未标注该主题：请先添加该主题。</translation>
    </message>
    <message>
        <source>‘{segment}’ has no guiding question {number}.</source>
        <translation>“{segment}”没有第 {number} 个指导性问题。</translation>
    </message>
    <message>
        <source>The answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Only an answer (panellist) can be linked to the questions it answers: set its kind to “Answer (panellist)” first.</source>
        <translation>只有答复（小组成员）可以关联到其所答复的问题：请先将类型设为“答复（小组成员）”。</translation>
    </message>
    <message>
        <source>An answer cannot answer itself.</source>
        <translation>答复不能答复其自身。</translation>
    </message>
    <message>
        <source>There is no intervention ‘{id}’ to answer (it may be deleted).</source>
        <translation>没有可答复的发言“{id}”（可能已被删除）。</translation>
    </message>
    <message>
        <source>{intervention} is not a question: only questions are answered.</source>
        <translation>{intervention}不是提问：只有提问才能被答复。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Quotable</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>{intervention} is deleted: restore it to edit it.</source>
        <translation>{intervention}已删除：请恢复后再编辑。</translation>
    </message>
    <message>
        <source>Give the changes as field → new value.</source>
        <translation>请按“字段 → 新值”的形式提供更改。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>{intervention} is already deleted.</source>
        <translation>{intervention}已被删除。</translation>
    </message>
    <message>
        <source>{intervention} is not deleted.</source>
        <translation>{intervention}未被删除。</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>the gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>{field} is not text</source>
        <translation>{field}不是文本</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field}为空</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters</source>
        <translation>{field}超过 {count} 个字符</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be saved (a broken surrogate pair): delete it and type it again</source>
        <translation>{field}含有无法保存的字符（损坏的代理对）：请删除后重新输入</translation>
    </message>
    <message>
        <source>the category is not one of the stakeholder categories</source>
        <translation>类别不是利益攸关方类别之一</translation>
    </message>
    <message>
        <source>the attendance is neither in the room nor online</source>
        <translation>出席方式既不是会场也不是在线</translation>
    </message>
    <message>
        <source>the youth status is neither yes nor no</source>
        <translation>“青年”一项既非“是”也非“否”</translation>
    </message>
    <message>
        <source>a participant is not an object</source>
        <translation>某个与会者不是对象</translation>
    </message>
    <message>
        <source>the id is not text</source>
        <translation>标识符不是文本</translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation>标识符为空</translation>
    </message>
    <message>
        <source>the category {value} is not known</source>
        <translation>类别 {value} 未知</translation>
    </message>
    <message>
        <source>the attendance {value} is not known</source>
        <translation>出席方式 {value} 未知</translation>
    </message>
    <message>
        <source>the youth status is neither true nor false</source>
        <translation>“青年”一项既非 true 也非 false</translation>
    </message>
    <message>
        <source>the guest flag is neither true nor false</source>
        <translation>“嘉宾”标记既非 true 也非 false</translation>
    </message>
    <message>
        <source>the programme has no title</source>
        <translation>日程安排没有标题</translation>
    </message>
    <message>
        <source>the programme has no agenda items</source>
        <translation>日程安排中没有议程项目</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos;</source>
        <translation>未知时区“{zone}”</translation>
    </message>
    <message>
        <source>sitting {sitting} ends ({end}) before it starts ({start})</source>
        <translation>第{sitting}场会议的结束时间（{end}）早于开始时间（{start}）</translation>
    </message>
    <message>
        <source>sitting {sitting} starts before sitting {previous} ends</source>
        <translation>第{sitting}场会议在第{previous}场会议结束前开始</translation>
    </message>
    <message>
        <source>agenda item {item} has no title</source>
        <translation>议程项目 {item} 没有标题</translation>
    </message>
    <message>
        <source>two agenda items share the id &apos;{id}&apos;</source>
        <translation>两个议程项目使用同一标识符“{id}”</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;, segment &apos;{segment}&apos;</source>
        <translation>项目“{item}”中的环节“{segment}”</translation>
    </message>
    <message>
        <source>{where}: the id &apos;{id}&apos; is used twice</source>
        <translation>{where}：标识符“{id}”使用了两次</translation>
    </message>
    <message>
        <source>in item &apos;{item}&apos;: a segment has no title</source>
        <translation>项目“{item}”中：有环节没有标题</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be a whole number</source>
        <translation>{where}：计划分钟数必须是整数</translation>
    </message>
    <message>
        <source>{where}: planned minutes must be between 0 and 1440</source>
        <translation>{where}：计划分钟数必须在 0 到 1440 之间</translation>
    </message>
    <message>
        <source>{where}: a number must be between 1 and 999</source>
        <translation>{where}：编号必须在 1 到 999 之间</translation>
    </message>
    <message>
        <source>{where}: only a Q&amp;A segment can follow a panel</source>
        <translation>{where}：只有问答环节可以跟随小组讨论</translation>
    </message>
    <message>
        <source>{where}: it follows panel {panel}, which is not in this item</source>
        <translation>{where}：它跟随的小组讨论 {panel} 不在此项目中</translation>
    </message>
    <message>
        <source>{where}: a panellist or moderator has no name</source>
        <translation>{where}：有小组成员或主持人没有姓名</translation>
    </message>
    <message>
        <source>format_version: this file was written by a newer version of Facilitator (format {found}); this version reads format {readable}, please update</source>
        <translation>format_version：此文件由较新版本的 Facilitator 写入（格式 {found}）；本版本读取格式 {readable}，请更新</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>{path}: must not be empty (or leave it out)</source>
        <translation>{path}：不得为空（或省略该项）</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>日程安排</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>{path}: unknown key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>{path}：未知键 {key}（是否指“{close}”？）；此处允许的键为：{keys}</translation>
    </message>
    <message>
        <source>{path}: unknown key {key}; the keys allowed here are: {keys}</source>
        <translation>{path}：未知键 {key}；此处允许的键为：{keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key} (did you mean &quot;{close}&quot;?); the keys allowed here are: {keys}</source>
        <translation>未知顶层键 {key}（是否指“{close}”？）；此处允许的键为：{keys}</translation>
    </message>
    <message>
        <source>unknown top-level key {key}; the keys allowed here are: {keys}</source>
        <translation>未知顶层键 {key}；此处允许的键为：{keys}</translation>
    </message>
    <message>
        <source>{path}: missing</source>
        <translation>{path}：缺失</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>{path}: contains a character that is not valid text</source>
        <translation>{path}：含有不是有效文本的字符</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>不小于 {low} 的整数</translation>
    </message>
    <message>
        <source>{path}: {number} is too large for a number</source>
        <translation>{path}：{number} 作为编号过大</translation>
    </message>
    <message>
        <source>{path}: {value} is not a real date</source>
        <translation>{path}：{value} 不是有效日期</translation>
    </message>
    <message>
        <source>a local time without UTC offset (&quot;10:00&quot;)</source>
        <translation>不带 UTC 偏移的本地时间（“10:00”）</translation>
    </message>
    <message>
        <source>{path}: {value} is not a time of day</source>
        <translation>{path}：{value} 不是一天中的时间</translation>
    </message>
    <message>
        <source>a time (&quot;10:00&quot;)</source>
        <translation>时间（“10:00”）</translation>
    </message>
    <message>
        <source>{path}: unknown {what} {value}; expected one of: {allowed}</source>
        <translation>{path}：未知{what} {value}；应为以下之一：{allowed}</translation>
    </message>
    <message>
        <source>one of: {allowed}</source>
        <translation>以下之一：{allowed}</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>{path}: unknown time zone {zone} (expected a name like &quot;Europe/Vienna&quot;)</source>
        <translation>{path}：未知时区 {zone}（应为“Europe/Vienna”这样的名称）</translation>
    </message>
    <message>
        <source>a date (&quot;2024-07-10&quot;)</source>
        <translation>日期（“2024-07-10”）</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, got {value}</source>
        <translation>{path}：应为{expected}，实际为{value}</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>非常大的数</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>日期 {date}</translation>
    </message>
    <message>
        <source>the time {time}</source>
        <translation>时间 {time}</translation>
    </message>
    <message>
        <source>a value of type {type}</source>
        <translation>{type} 类型的值</translation>
    </message>
    <message>
        <source>No segment is running and none is next: choose the segment whose list this is.</source>
        <translation>没有正在进行的环节，也没有下一环节：请选择此名单所属的环节。</translation>
    </message>
    <message>
        <source>No segment is running: start one before giving the floor.</source>
        <translation>没有正在进行的环节：请先开始一个环节再给予发言权。</translation>
    </message>
    <message>
        <source>‘{segment}’ is not the current segment: start it before giving the floor from its list.</source>
        <translation>“{segment}”不是当前环节：请先开始该环节，再从其名单中给予发言权。</translation>
    </message>
    <message>
        <source>That speaker is on no list of speakers (it may have been undone).</source>
        <translation>该发言者不在任何发言者名单上（可能已被撤销）。</translation>
    </message>
    <message>
        <source>{speaker} has withdrawn from the list: put them back on it first.</source>
        <translation>{speaker}已撤出名单：请先将其重新列入。</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be moved.</source>
        <translation>{speaker}正在发言：只能移动等候中的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be skipped.</source>
        <translation>{speaker}正在发言：只能跳过等候中的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has the floor: only those waiting can be deferred.</source>
        <translation>{speaker}正在发言：只能推迟等候中的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be moved.</source>
        <translation>{speaker}已发言：只能移动等候中的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be skipped.</source>
        <translation>{speaker}已发言：只能跳过等候中的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: only those waiting can be deferred.</source>
        <translation>{speaker}已发言：只能推迟等候中的发言者。</translation>
    </message>
    <message>
        <source>No one has the floor.</source>
        <translation>目前无人发言。</translation>
    </message>
    <message>
        <source>Give the place as a whole number.</source>
        <translation>请以整数表示位置。</translation>
    </message>
    <message>
        <source>There is only one place on the list.</source>
        <translation>名单上只有一个位置。</translation>
    </message>
    <message>
        <source>Choose a place between 1 and {count}.</source>
        <translation>请选择 1 到 {count} 之间的位置。</translation>
    </message>
    <message>
        <source>Give the guest’s name.</source>
        <translation>请提供嘉宾姓名。</translation>
    </message>
    <message>
        <source>Give the guest’s organization.</source>
        <translation>请提供嘉宾所属组织。</translation>
    </message>
    <message>
        <source>The guest cannot be added: {reason}.</source>
        <translation>无法添加嘉宾：{reason}。</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>备注必须是文本。</translation>
    </message>
    <message>
        <source>The note is longer than {count} characters: shorten it.</source>
        <translation>备注超过 {count} 个字符：请缩短。</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved (a broken surrogate pair): delete it and type it again.</source>
        <translation>备注含有无法保存的字符（损坏的代理对）：请删除后重新输入。</translation>
    </message>
    <message>
        <source>The list of speakers is empty, and it is closed.</source>
        <translation>发言者名单为空，且已截止。</translation>
    </message>
    <message>
        <source>The list of speakers is empty.</source>
        <translation>发言者名单为空。</translation>
    </message>
    <message>
        <source>{speaker} already has the floor.</source>
        <translation>{speaker}已在发言。</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: put them back on the list to give them the floor again.</source>
        <translation>{speaker}已发言：如需再次给予发言权，请将其重新列入名单。</translation>
    </message>
    <message>
        <source>{speaker}’s clock is already held.</source>
        <translation>{speaker}的计时已暂停。</translation>
    </message>
    <message>
        <source>{speaker}’s clock is not held.</source>
        <translation>{speaker}的计时未暂停。</translation>
    </message>
    <message>
        <source>Extend a speaker by at most an hour at a time.</source>
        <translation>每次最多为发言者延长一小时。</translation>
    </message>
    <message>
        <source>{speaker} has {allotted}: that cannot be shortened by {shortening}.</source>
        <translation>{speaker}的时间为 {allotted}：不能缩短 {shortening}。</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to skip.</source>
        <translation>无人等候：没有可跳过的发言者。</translation>
    </message>
    <message>
        <source>{speaker} is the only one waiting: there is no one to skip to.</source>
        <translation>{speaker}是唯一等候的发言者：跳过后无人可接续。</translation>
    </message>
    <message>
        <source>{speaker} is already last.</source>
        <translation>{speaker}已排在最后。</translation>
    </message>
    <message>
        <source>No one is waiting: there is no one to defer.</source>
        <translation>无人等候：没有可推迟的发言者。</translation>
    </message>
    <message>
        <source>{speaker} has already withdrawn.</source>
        <translation>{speaker}已撤出。</translation>
    </message>
    <message>
        <source>{speaker} has already spoken: there is nothing to withdraw.</source>
        <translation>{speaker}已发言：无可撤出。</translation>
    </message>
    <message>
        <source>{speaker} is already waiting.</source>
        <translation>{speaker}已在等候。</translation>
    </message>
    <message>
        <source>{speaker} has the floor.</source>
        <translation>{speaker}正在发言。</translation>
    </message>
    <message>
        <source>{speaker} is already waiting on this list.</source>
        <translation>{speaker}已在此名单上等候。</translation>
    </message>
    <message>
        <source>{speaker} is already first.</source>
        <translation>{speaker}已排在首位。</translation>
    </message>
    <message>
        <source>{speaker} is already in that place.</source>
        <translation>{speaker}已在该位置。</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to reorder.</source>
        <translation>等候者少于两人：无需重新排序。</translation>
    </message>
    <message>
        <source>Those not yet heard today are already first.</source>
        <translation>今天尚未发言者已排在前面。</translation>
    </message>
    <message>
        <source>The list already alternates between the room and online.</source>
        <translation>名单已在会场与在线之间交替。</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is already closed.</source>
        <translation>“{segment}”的发言者名单已截止。</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is open.</source>
        <translation>“{segment}”的发言者名单是开放的。</translation>
    </message>
    <message>
        <source>Give the speaking limit as a whole number of seconds.</source>
        <translation>请以整数秒表示发言时限。</translation>
    </message>
    <message>
        <source>A speaking limit is between {shortest} and {longest}.</source>
        <translation>发言时限须在 {shortest} 到 {longest} 之间。</translation>
    </message>
    <message>
        <source>The speaking limit is already {limit}.</source>
        <translation>发言时限已是 {limit}。</translation>
    </message>
    <message>
        <source>The list of speakers of ‘{segment}’ is closed: reopen it to add a speaker.</source>
        <translation>“{segment}”的发言者名单已截止：如需添加发言者，请重新开放名单。</translation>
    </message>
    <message>
        <source>That participant is not registered: import the registration list or add a guest.</source>
        <translation>该与会者未登记：请导入报名名单或添加嘉宾。</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>{participant} cannot be taken: {reason}.</source>
        <translation>无法接受{participant}：{reason}。</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is already {participant}’s.</source>
        <translation>标识符“{id}”已属于{participant}。</translation>
    </message>
    <message>
        <source>Choose a stakeholder category and room or online.</source>
        <translation>请选择利益攸关方类别，以及会场或在线。</translation>
    </message>
    <message>
        <source>That participant is not registered.</source>
        <translation>该与会者未登记。</translation>
    </message>
    <message>
        <source>The registration list has no participants.</source>
        <translation>报名名单中没有与会者。</translation>
    </message>
    <message>
        <source>Row {row} of the list is not a participant.</source>
        <translation>名单第 {row} 行不是与会者。</translation>
    </message>
    <message>
        <source>Participant {row}</source>
        <translation>第 {row} 位与会者</translation>
    </message>
    <message>
        <source>The id ‘{id}’ of {participant} is already {other}’s: each participant needs an id of their own.</source>
        <translation>{participant}的标识符“{id}”已属于{other}：每位与会者都需要自己的标识符。</translation>
    </message>
    <message>
        <source>The id ‘{id}’ is given to both {participant} and {other}: each participant needs an id of their own.</source>
        <translation>标识符“{id}”同时分配给了{participant}和{other}：每位与会者都需要自己的标识符。</translation>
    </message>
    <message>
        <source>Fewer than two are waiting: there is nothing to balance.</source>
        <translation>等候者少于两人：无需平衡。</translation>
    </message>
    <message>
        <source>The list is already balanced between the groups heard so far.</source>
        <translation>名单在迄今已发言的群体之间已经平衡。</translation>
    </message>
    <message>
        <source>Only a point of order or a right of reply interrupts the list.</source>
        <translation>只有程序问题或答辩权可以打断名单。</translation>
    </message>
    <message>
        <source>A point of order already has the floor: finish it first.</source>
        <translation>程序问题发言已在进行：请先结束。</translation>
    </message>
    <message>
        <source>A right of reply already has the floor: finish it first.</source>
        <translation>答辩权发言已在进行：请先结束。</translation>
    </message>
    <message>
        <source>Choose a stakeholder group.</source>
        <translation>请选择一个利益攸关方群体。</translation>
    </message>
    <message>
        <source>Give the budget as a whole number of minutes.</source>
        <translation>请以整数分钟表示时间配额。</translation>
    </message>
    <message>
        <source>A budget is at most {hours} hours.</source>
        <translation>时间配额最多为 {hours} 小时。</translation>
    </message>
    <message>
        <source>{group} has no budget for this segment.</source>
        <translation>{group}在本环节没有时间配额。</translation>
    </message>
    <message>
        <source>The budget of {group} is already {clock}.</source>
        <translation>{group}的时间配额已是 {clock}。</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first.</source>
        <translation>程序问题发言正在进行。请先结束。</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first.</source>
        <translation>答辩权发言正在进行。请先结束。</translation>
    </message>
    <message>
        <source>A point of order has the floor. Finish it first: {name} then resumes.</source>
        <translation>程序问题发言正在进行。请先结束：之后由 {name} 继续发言。</translation>
    </message>
    <message>
        <source>A right of reply has the floor. Finish it first: {name} then resumes.</source>
        <translation>答辩权发言正在进行。请先结束：之后由 {name} 继续发言。</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers {count} days</source>
        <translation>没有第 {day} 天：日程安排共 {count} 天</translation>
    </message>
    <message>
        <source>this programme covers {count} days; day {day} ({label}) was imported. Import the others one at a time as meetings of their own</source>
        <translation>此日程安排共 {count} 天；已导入第 {day} 天（{label}）。请将其他日期逐一作为单独的会议导入</translation>
    </message>
    <message>
        <source>there is no day {day}: the programme covers one day</source>
        <translation>没有第 {day} 天：日程安排只有一天</translation>
    </message>
    <message>
        <source>no agenda items found: expected numbered items such as &apos;I. Opening of the meeting&apos; or &apos;1. Opening&apos;, headings, or timed rows such as &apos;10:00 - 10:15 Opening&apos;</source>
        <translation>未找到议程项目：应为带编号的项目，如“I. 会议开幕”或“1. 开幕”、标题，或带时间的行，如“10:00 - 10:15 开幕”</translation>
    </message>
    <message>
        <source>the document gives no date: set the meeting&apos;s date in Meeting data</source>
        <translation>文档未给出日期：请在“会议数据”中设定会议日期</translation>
    </message>
    <message>
        <source>the document covers several days ({first} to {last}) without saying which entries are on which day: {first} was taken as the meeting&apos;s date. Check it in Meeting data, and import each day&apos;s programme as a meeting of its own</source>
        <translation>文档涵盖多天（{first} 至 {last}），但未说明各条目属于哪一天：已采用 {first} 作为会议日期。请在“会议数据”中核对，并将每天的日程安排分别作为单独的会议导入</translation>
    </message>
    <message>
        <source>the document gives more than one date: {date} was taken as the meeting&apos;s date, not {others}. Check it in Meeting data</source>
        <translation>文档给出了不止一个日期：已采用 {date} 作为会议日期，而非 {others}。请在“会议数据”中核对</translation>
    </message>
    <message>
        <source>no agenda items found</source>
        <translation>未找到议程项目</translation>
    </message>
    <message>
        <source>the document reads as {count} agenda entries, more than a meeting&apos;s day holds (at most {most}): is it the programme? Open the programme itself</source>
        <translation>该文档读出 {count} 个议程条目，超过一天会议所能容纳的数量（最多 {most} 个）：这是日程安排吗？请打开日程安排本身</translation>
    </message>
    <message>
        <source>the programme has no title before its first agenda item</source>
        <translation>日程安排在第一个议程项目之前没有标题</translation>
    </message>
    <message>
        <source>the document gives no sittings and no times: set the sittings in Meeting data, or the plan cannot place the day</source>
        <translation>文档未给出会议场次和时间：请在“会议数据”中设定场次，否则无法安排当天的计划</translation>
    </message>
    <message>
        <source>the times in the programme run to {latest} ({planned} minutes planned), past the sittings ({sittings}, {capacity} minutes): check the sittings and the times in Meeting data</source>
        <translation>日程安排中的时间延续至 {latest}（计划 {planned} 分钟），超出了会议场次（{sittings}，{capacity} 分钟）：请在“会议数据”中核对场次和时间</translation>
    </message>
    <message>
        <source>the segment “{title}” looks like a person&apos;s name, not an agenda entry: check where this line belongs</source>
        <translation>环节“{title}”看起来像人名，而不是议程条目：请检查此行应属何处</translation>
    </message>
    <message>
        <source>this looks like a meeting&apos;s exported record (it has {sections}), not a programme: open the programme the meeting was run from</source>
        <translation>这看起来是导出的会议记录（含有{sections}），而不是日程安排：请打开该会议所依据的日程安排</translation>
    </message>
    <message>
        <source>the document is too deeply nested to read</source>
        <translation>文档嵌套过深，无法读取</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>this Word document could not be read ({error}); open it in Word and save it again as a Word document (.docx)</source>
        <translation>无法读取此 Word 文档（{error}）；请在 Word 中打开，并重新另存为 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is a folder, not a Word document</source>
        <translation>这是一个文件夹，而不是 Word 文档</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it as an unprotected .docx</source>
        <translation>此 Word 文档受密码保护：请在 Word 中打开，删除密码（文件 &gt; 信息 &gt; 保护文档），并另存为不受保护的 .docx</translation>
    </message>
    <message>
        <source>this is an old Word 97-2003 document (.doc): open it in Word and save it as .docx</source>
        <translation>这是旧版 Word 97-2003 文档（.doc）：请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <source>this is a password-protected Word document or an old .doc file: open it in Word and save it as an unprotected Word document (.docx)</source>
        <translation>这是受密码保护的 Word 文档或旧版 .doc 文件：请在 Word 中打开，并另存为不受保护的 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>this is {other}, not a Word document: open it and save the programme as .docx</source>
        <translation>这是{other}，而不是 Word 文档：请打开并将日程安排另存为 .docx</translation>
    </message>
    <message>
        <source>this is a zip archive, not a Word document (.docx); save the programme as .docx</source>
        <translation>这是 zip 压缩文件，而不是 Word 文档（.docx）；请将日程安排另存为 .docx</translation>
    </message>
    <message>
        <source>this file is encrypted; save the programme as an unprotected .docx</source>
        <translation>此文件已加密；请将日程安排另存为不受保护的 .docx</translation>
    </message>
    <message>
        <source>this document is far too large to be a programme</source>
        <translation>此文档过大，不可能是日程安排</translation>
    </message>
    <message>
        <source>an OpenDocument text file (.odt)</source>
        <translation>OpenDocument 文本文件（.odt）</translation>
    </message>
    <message>
        <source>an OpenDocument file</source>
        <translation>OpenDocument 文件</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>无法读取此文件（{reason}）</translation>
    </message>
    <message>
        <source>this is not a Word document (.docx) or it is damaged; open it in Word and save it again as a Word document (.docx)</source>
        <translation>这不是 Word 文档（.docx）或文档已损坏；请在 Word 中打开，并重新另存为 Word 文档（.docx）</translation>
    </message>
    <message>
        <source>this Office file is not a Word document; save the programme as .docx</source>
        <translation>此 Office 文件不是 Word 文档；请将日程安排另存为 .docx</translation>
    </message>
    <message>
        <source>the document has more than {most} paragraphs, more than a meeting&apos;s programme has: is it the programme? Open the programme itself</source>
        <translation>文档超过 {most} 个段落，多于会议日程安排的段落数：这是日程安排吗？请打开日程安排本身</translation>
    </message>
    <message>
        <source>PDF programmes cannot be read: open it and save it as Word (.docx) or text (.txt)</source>
        <translation>无法读取 PDF 格式的日程安排：请打开并另存为 Word（.docx）或文本（.txt）</translation>
    </message>
    <message>
        <source>this is a folder, not a programme file</source>
        <translation>这是一个文件夹，而不是日程安排文件</translation>
    </message>
    <message>
        <source>the file is {size} MB: too large to be a programme</source>
        <translation>文件大小为 {size} MB：过大，不可能是日程安排</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>权限被拒绝：无法读取此文件</translation>
    </message>
    <message>
        <source>this is not a text document; save the programme as .txt, .md or .docx</source>
        <translation>这不是文本文档；请将日程安排另存为 .txt、.md 或 .docx</translation>
    </message>
    <message>
        <source>day {number}: {label}</source>
        <translation>第 {number} 天：{label}</translation>
    </message>
    <message>
        <source>day {number}: {label} ({date})</source>
        <translation>第 {number} 天：{label}（{date}）</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>这不是文本文档（含有二进制数据）</translation>
    </message>
    <message>
        <source>the document has {count} lines, more than a meeting&apos;s programme has (at most {most}): is it the programme? Open the programme itself</source>
        <translation>文档有 {count} 行，多于会议日程安排的行数（最多 {most} 行）：这是日程安排吗？请打开日程安排本身</translation>
    </message>
    <message>
        <source>the TOML is nested too deeply to be a programme</source>
        <translation>TOML 嵌套过深，不可能是日程安排</translation>
    </message>
    <message>
        <source>the TOML holds a number that is far too long</source>
        <translation>TOML 中含有过长的数字</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte}); save it as UTF-8 in your editor</source>
        <translation>此文件不是 UTF-8 文本（字节 0x{byte}）；请在编辑器中另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is too large to be a programme</source>
        <translation>文件过大，不可能是日程安排</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (line {line_number}, column {column})</source>
        <translation>TOML 无效：{reason}（第 {line_number} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>not valid TOML: {reason} (at the end of the file, line {line_number})</source>
        <translation>TOML 无效：{reason}（位于文件末尾，第 {line_number} 行）</translation>
    </message>
    <message>
        <source>Cannot overwrite a value</source>
        <translation>不能覆盖值</translation>
    </message>
    <message>
        <source>Escaped character is not a Unicode scalar value</source>
        <translation>转义字符不是 Unicode 标量值</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after a key in a key/value pair</source>
        <translation>键值对中的键之后应为“=”</translation>
    </message>
    <message>
        <source>Expected &apos;]&apos; at the end of a table declaration</source>
        <translation>表声明的末尾应为“]”</translation>
    </message>
    <message>
        <source>Expected &apos;]]&apos; at the end of an array declaration</source>
        <translation>数组声明的末尾应为“]]”</translation>
    </message>
    <message>
        <source>Expected newline or end of document after a statement</source>
        <translation>语句之后应为换行或文档结尾</translation>
    </message>
    <message>
        <source>Invalid date or datetime</source>
        <translation>日期或日期时间无效</translation>
    </message>
    <message>
        <source>Invalid hex value</source>
        <translation>十六进制值无效</translation>
    </message>
    <message>
        <source>Invalid initial character for a key part</source>
        <translation>键部分的首字符无效</translation>
    </message>
    <message>
        <source>Invalid statement</source>
        <translation>语句无效</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>值无效</translation>
    </message>
    <message>
        <source>Unclosed array</source>
        <translation>数组未闭合</translation>
    </message>
    <message>
        <source>Unclosed inline table</source>
        <translation>内联表未闭合</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>Cannot declare {key} twice</source>
        <translation>不能两次声明 {key}</translation>
    </message>
    <message>
        <source>Cannot mutate immutable namespace {key}</source>
        <translation>不能修改不可变的命名空间 {key}</translation>
    </message>
    <message>
        <source>Cannot redefine namespace {key}</source>
        <translation>不能重新定义命名空间 {key}</translation>
    </message>
    <message>
        <source>Duplicate inline table key {key}</source>
        <translation>内联表中的键 {key} 重复</translation>
    </message>
    <message>
        <source>Found invalid character {character}</source>
        <translation>发现无效字符 {character}</translation>
    </message>
    <message>
        <source>Illegal character {character}</source>
        <translation>非法字符 {character}</translation>
    </message>
    <message>
        <source>Expected {expected}</source>
        <translation>应为 {expected}</translation>
    </message>
    <message>
        <source>cannot save this programme: {reason}</source>
        <translation>无法保存此日程安排：{reason}</translation>
    </message>
    <message>
        <source>cannot save this programme: it would not read back the same</source>
        <translation>无法保存此日程安排：重新读取后将不一致</translation>
    </message>
    <message>
        <source>the same person as row {row}</source>
        <translation>与第 {row} 行为同一人</translation>
    </message>
    <message>
        <source>already among the meeting&apos;s participants</source>
        <translation>已在会议与会者之列</translation>
    </message>
    <message>
        <source>this row repeats the column headings</source>
        <translation>此行重复了列标题</translation>
    </message>
    <message>
        <source>category {value} not recognised: Other</source>
        <translation>无法识别类别 {value}：归为“其他”</translation>
    </message>
    <message>
        <source>attendance {value} is neither in the room nor online: taken as in the room</source>
        <translation>出席方式 {value} 既不是会场也不是在线：按会场处理</translation>
    </message>
    <message>
        <source>gender too long: left undeclared</source>
        <translation>性别过长：留作未申报</translation>
    </message>
    <message>
        <source>youth {value} not understood: left undeclared</source>
        <translation>无法识别青年项 {value}：留作未申报</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name (columns found: {columns}): choose the column for name in the mapping step</source>
        <translation>没有列提供与会者姓名（找到的列：{columns}）：请在列对应步骤中选择姓名列</translation>
    </message>
    <message>
        <source>no column gives the organization (columns found: {columns}): choose the column for organization in the mapping step</source>
        <translation>没有列提供组织（找到的列：{columns}）：请在列对应步骤中选择组织列</translation>
    </message>
    <message>
        <source>no column gives the participant&apos;s name and the organization (columns found: {columns}): choose the column for name and organization in the mapping step</source>
        <translation>没有列提供与会者姓名和组织（找到的列：{columns}）：请在列对应步骤中选择姓名列和组织列</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has 1 column</source>
        <translation>{field}对应第 {column} 列，但表格只有 1 列</translation>
    </message>
    <message>
        <source>the {field} is mapped to column {column}, but the table has {count} columns</source>
        <translation>{field}对应第 {column} 列，但表格只有 {count} 列</translation>
    </message>
    <message>
        <source>the name and the organization are empty</source>
        <translation>姓名和组织均为空</translation>
    </message>
    <message>
        <source>gender {value} not understood: recorded as not stated</source>
        <translation>无法识别性别 {value}：记为“未说明”</translation>
    </message>
    <message>
        <source>this is a text (CSV) file, it has no sheet named {sheet}</source>
        <translation>这是文本（CSV）文件，没有名为 {sheet} 的工作表</translation>
    </message>
    <message>
        <source>this is a folder, not a registration list</source>
        <translation>这是一个文件夹，而不是报名名单</translation>
    </message>
    <message>
        <source>the file is {size} MB, too large to be a registration list</source>
        <translation>文件大小为 {size} MB，过大，不可能是报名名单</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied: this file cannot be read (is it open in another program?)</source>
        <translation>权限被拒绝：无法读取此文件（是否已在其他程序中打开？）</translation>
    </message>
    <message>
        <source>this file cannot be read ({reason})</source>
        <translation>无法读取此文件（{reason}）</translation>
    </message>
    <message>
        <source>this Excel file is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again</source>
        <translation>此 Excel 文件受密码保护：请在 Excel 中打开，删除密码（文件 &gt; 信息 &gt; 保护工作簿 &gt; 用密码进行加密），保存后重新导入</translation>
    </message>
    <message>
        <source>this is an old-format Excel file (.xls): open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then import that</source>
        <translation>这是旧格式的 Excel 文件（.xls）：请在 Excel 中打开，另存为“Excel 工作簿”（.xlsx）或 CSV UTF-8，然后导入该文件</translation>
    </message>
    <message>
        <source>this is an old-format Office document, not a workbook: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>这是旧格式的 Office 文档，而不是工作簿：报名名单须从 Excel（.xlsx）或 CSV 文件读取</translation>
    </message>
    <message>
        <source>the file is named {suffix} but holds plain text, not an Excel workbook: if it is a CSV export, rename it to .csv and import it again</source>
        <translation>文件扩展名为 {suffix}，但内容是纯文本，而不是 Excel 工作簿：如果这是导出的 CSV 文件，请将其重命名为 .csv 后重新导入</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (it may be damaged or only partly downloaded): open it in Excel and save it again as .xlsx or CSV UTF-8</source>
        <translation>这不是 Excel 工作簿（可能已损坏或未完整下载）：请在 Excel 中打开，并重新另存为 .xlsx 或 CSV UTF-8</translation>
    </message>
    <message>
        <source>this is a PDF: registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>这是 PDF 文件：报名名单须从 Excel（.xlsx）或 CSV 文件读取</translation>
    </message>
    <message>
        <source>this is a web page or XML file, not a table: open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8</source>
        <translation>这是网页或 XML 文件，而不是表格：请在 Excel 中打开，另存为“Excel 工作簿”（.xlsx）或 CSV UTF-8</translation>
    </message>
    <message>
        <source>the text of this file is in an encoding that cannot be recognised: save it from Excel as CSV UTF-8 (or as .xlsx) and import it again</source>
        <translation>此文件文本的编码无法识别：请从 Excel 另存为 CSV UTF-8（或 .xlsx）后重新导入</translation>
    </message>
    <message>
        <source>this is not a table of text (it looks like binary data): registration lists are read from Excel (.xlsx) or CSV files</source>
        <translation>这不是文本表格（看起来是二进制数据）：报名名单须从 Excel（.xlsx）或 CSV 文件读取</translation>
    </message>
    <message>
        <source>this file is not a well-formed CSV table near line {line} ({reason}): open it in Excel and save it again as CSV UTF-8</source>
        <translation>此文件在第 {line} 行附近不是格式正确的 CSV 表格（{reason}）：请在 Excel 中打开，并重新另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>the table has more than {most} rows: this is not a registration list (check that the right sheet or file was chosen)</source>
        <translation>表格超过 {most} 行：这不是报名名单（请检查所选工作表或文件是否正确）</translation>
    </message>
    <message>
        <source>this Excel file cannot be read ({reason}); it may be damaged or only partly downloaded: open it in Excel, save it again as .xlsx (or CSV UTF-8) and import that</source>
        <translation>无法读取此 Excel 文件（{reason}）；文件可能已损坏或未完整下载：请在 Excel 中打开，重新另存为 .xlsx（或 CSV UTF-8），然后导入该文件</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>an OpenDocument file (LibreOffice): save it as .xlsx or CSV UTF-8</source>
        <translation>OpenDocument 文件（LibreOffice）：请另存为 .xlsx 或 CSV UTF-8</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩文件</translation>
    </message>
    <message>
        <source>this is {what}, not an Excel workbook</source>
        <translation>这是{what}，而不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>this workbook expands to more than {size} MB: it is not a registration list</source>
        <translation>此工作簿解压后超过 {size} MB：不是报名名单</translation>
    </message>
    <message>
        <source>the workbook has no sheet named {sheet} (its sheets: {names})</source>
        <translation>工作簿中没有名为 {sheet} 的工作表（其工作表：{names}）</translation>
    </message>
    <message>
        <source>the sheet {sheet} is empty</source>
        <translation>工作表 {sheet} 为空</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheets are all empty</source>
        <translation>工作簿的所有工作表均为空</translation>
    </message>
    <message>
        <source>the file has column headings but no registrations under them</source>
        <translation>文件有列标题，但其下没有报名记录</translation>
    </message>
    <message>
        <source>damaged at event {seq}: open it read-only up to event {previous}, or restore a backup</source>
        <translation>在事件 {seq} 处损坏：请以只读方式打开至事件 {previous}，或恢复备份</translation>
    </message>
    <message>
        <source>paused in: {segment}</source>
        <translation>暂停于：{segment}</translation>
    </message>
    <message>
        <source>running: {segment}</source>
        <translation>进行中：{segment}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>before: {segment}</source>
        <translation>{segment}之前</translation>
    </message>
    <message>
        <source>Another seat</source>
        <translation>另一席位</translation>
    </message>
    <message>
        <source>The meeting has already moved to {segment} ({seat} was first); your step was not taken.</source>
        <translation>会议已转到{segment}（{seat}先行操作）；您的操作未被执行。</translation>
    </message>
    <message>
        <source>{seat} has just changed the agenda ({where}); your step was not taken. Look at the agenda and try again.</source>
        <translation>{seat}刚刚更改了议程（{where}）；您的操作未被执行。请查看议程后重试。</translation>
    </message>
    <message>
        <source>{seat} has just changed this intervention; your change was not saved. Open it again to see theirs, then make yours.</source>
        <translation>{seat}刚刚更改了此发言；您的更改未保存。请重新打开以查看对方的更改，然后再进行您的更改。</translation>
    </message>
    <message>
        <source>{seat} has just undone or redone a step; look at the meeting and try again.</source>
        <translation>{seat}刚刚撤销或重做了一步操作；请查看会议后重试。</translation>
    </message>
    <message>
        <source>{seat} has just changed the speakers&apos; list; your step was not taken. Look at the list and try again.</source>
        <translation>{seat}刚刚更改了发言者名单；您的操作未被执行。请查看名单后重试。</translation>
    </message>
    <message>
        <source>This meeting is open read-only, up to event {event} (the next one is damaged): nothing can be changed. Restore a backup to go on with it.</source>
        <translation>此会议以只读方式打开至事件 {event}（下一事件已损坏）：无法作任何更改。请恢复备份以继续。</translation>
    </message>
    <message>
        <source>This seat cannot do that.</source>
        <translation>本席位无法执行此操作。</translation>
    </message>
    <message>
        <source>The other seats are changing the meeting very fast; nothing was saved. Try again.</source>
        <translation>其他席位正在快速更改会议；未保存任何内容。请重试。</translation>
    </message>
    <message>
        <source>This is a rapporteur&apos;s seat: it captures and reviews the interventions, and the Co-Chairs move the agenda and give the floor. Nothing was changed.</source>
        <translation>这是报告员席位：负责录入和审阅发言，由共同主席推进议程并给予发言权。未作任何更改。</translation>
    </message>
    <message>
        <source>This seat is the room display: it shows the meeting and takes no command.</source>
        <translation>本席位是会场显示：仅显示会议，不接受操作。</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>报名名单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>导入报名名单</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>选择文件…（Ctrl+O）</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <source>Rows not taken</source>
        <translation>未采用的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rows not taken, duplicates and values not understood:</source>
        <translation>未采用的行、重复项和无法识别的值：</translation>
    </message>
    <message>
        <source>Registration list</source>
        <translation>报名名单</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2} columns</source>
        <translation>{0}：{1} 行，{2} 列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>Choose the column for: {0}.</source>
        <translation>请选择以下字段对应的列：{0}。</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2}</source>
        <translation>{0}，第 {1} 行：{2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>名单</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import from {0}</source>
        <translation>
            <numerusform>将从 {0} 导入 %n 名与会者</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant to import from {0}</source>
        <translation>{0} 中没有可导入的与会者</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>已略去 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not understood (defaults used)</source>
        <translation>
            <numerusform>%n 个值无法识别（已使用默认值）</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Find in summaries, speakers, organizations…</source>
        <translation>在摘要、发言者、组织中查找…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意主题</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n interventions</source>
        <translation>
            <numerusform>{0}/%n 条发言</numerusform>
        </translation>
    </message>
    <message>
        <source>History — {0}</source>
        <translation>历史记录 — {0}</translation>
    </message>
    <message>
        <source>No question has been asked yet in {0}.</source>
        <translation>{0}中尚未有人提问。</translation>
    </message>
    <message>
        <source>Every question of {0} has an answer.</source>
        <translation>{0}的所有问题均已得到答复。</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0}，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered in {0}: {1} — {2}</source>
        <translation>{0}中未答复：{1} — {2}</translation>
    </message>
    <message>
        <source>follow-up</source>
        <extracomment>More changed interventions than this (a review catching up after its dock was hidden): filter again, one reset, rather than a row signal each. Search texts normalised per idle moment (about a millisecond&apos;s work).</extracomment>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <source>Room display</source>
        <translation>会场显示</translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>Next speakers:</source>
        <translation>下一位发言者：</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <source>Optional: a short label for the console</source>
        <translation>可选：控制台上显示的简短标签</translation>
    </message>
    <message>
        <source>What the console and the room display show instead of the title, e.g. “Opening remarks by the Co-Chairs”; the title stays the document&apos;s words</source>
        <translation>控制台和会场显示用以代替标题的文字，例如“共同主席开幕致辞”；标题保留文档原文</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>HH:MM, or empty to follow on</source>
        <translation>HH:MM，留空则紧接上一环节</translation>
    </message>
    <message>
        <source>Name, Role, Organization</source>
        <translation>姓名, 职务, 组织</translation>
    </message>
    <message>
        <source>One per line: Name, Role, Organization</source>
        <translation>每行一人：姓名, 职务, 组织</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Short &amp;label:</source>
        <translation>简短标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>计划时长(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Follows panel:</source>
        <translation>跟随的小组讨论(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scheduled start:</source>
        <translation>计划开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Moderator:</source>
        <translation>主持人(&amp;M)：</translation>
    </message>
    <message>
        <source>Pa&amp;nellists:</source>
        <translation>小组成员(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Guiding questions:</source>
        <translation>指导性问题(&amp;G)：</translation>
    </message>
    <message>
        <source>Panel {n} (not in this item)</source>
        <translation>小组讨论 {n}（不在此项目中）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Type to find a key or an action</source>
        <translation>输入以查找按键或操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>涉及项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>发言时长</translation>
    </message>
    <message>
        <source>on the floor</source>
        <extracomment>The list the dock shows: the floor&apos;s, else the current segment&apos;s, else the next one&apos;s. The light or dark roles the rows are painted in (the panel sets them with the theme). The roles the table answers (every other one is None).</extracomment>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Nobody heard yet today.</source>
        <translation>今天尚无人发言。</translation>
    </message>
    <message>
        <source>Heard today: {0}</source>
        <translation>今天已发言：{0}</translation>
    </message>
    <message>
        <source>Speaker clock</source>
        <translation>发言者计时器</translation>
    </message>
    <message>
        <source>Speakers</source>
        <extracomment>Columns a narrow dock hides first, so that the names stay readable: what the Co-Chair needs at a glance is the place, the name, the stakeholder category and the state; the category goes last, in a dock too narrow for anything else (a tab on a small screen).</extracomment>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Who has been heard today</source>
        <translation>今天已发言者</translation>
    </message>
    <message>
        <source>Add a speaker (A): type a name and Enter; a guest as “Name, Organization”</source>
        <translation>添加发言者（A）：输入姓名后按 Enter；嘉宾格式为“姓名, 组织”</translation>
    </message>
    <message>
        <source>(removed segment)</source>
        <translation>（已删除的环节）</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list closed</source>
        <translation>发言者 — {0} · 时限 {1} · 名单已截止</translation>
    </message>
    <message>
        <source>Speakers — {0} · limit {1} · list open</source>
        <translation>发言者 — {0} · 时限 {1} · 名单开放</translation>
    </message>
    <message>
        <source>Nobody has the floor</source>
        <translation>目前无人发言</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候发言</numerusform>
        </translation>
    </message>
    <message>
        <source> · list closed</source>
        <translation> · 名单已截止</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Programmes (*.txt *.md *.docx *.toml);;All files (*)</source>
        <translation>日程安排 (*.txt *.md *.docx *.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>A meeting&apos;s status as the list says it (``MeetingOverview.status``).</extracomment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>停止位置</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <extracomment>View → Language: the app builds the start screen again in it (App.switch_start_language).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Open meeting (Enter)</source>
        <translation>打开会议（Enter）</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>演练(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Open programme &amp;file…</source>
        <translation>打开日程安排文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Start a new meeting from a .txt, .md, .docx or .toml file (Ctrl+O)</source>
        <translation>从 .txt、.md、.docx 或 .toml 文件新建会议（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open programme file… (Ctrl+O)</source>
        <translation>打开日程安排文件…（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Join a meeting on a server…</source>
        <translation>加入服务器上的会议(&amp;J)…</translation>
    </message>
    <message>
        <source>Take a seat at a meeting run on the Secretariat&apos;s server</source>
        <translation>在秘书处服务器上运行的会议中占用一个席位</translation>
    </message>
    <message>
        <source>Join a meeting on a server… (Ctrl+J)</source>
        <translation>加入服务器上的会议…（Ctrl+J）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Recent meetings (Ctrl+1)</source>
        <translation>最近的会议（Ctrl+1）</translation>
    </message>
    <message>
        <source>New meeting from a programme (Ctrl+2)</source>
        <translation>从日程安排新建会议（Ctrl+2）</translation>
    </message>
    <message>
        <source>Open programme</source>
        <translation>打开日程安排</translation>
    </message>
    <message>
        <source>Cannot open this programme</source>
        <translation>无法打开此日程安排</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>哪一天？</translation>
    </message>
    <message>
        <source>This programme covers {n} days. A meeting is one day: choose the day to import (import the others the same way, as meetings of their own).</source>
        <translation>此日程安排涵盖 {n} 天。一次会议为期一天：请选择要导入的日期（其他日期以同样方式各自导入为单独的会议）。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
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
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>yyyy年M月d日dddd</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>请收尾</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>The meeting has ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Break — between sittings</source>
        <translation>休会 — 两场会议之间</translation>
    </message>
    <message>
        <source>Between segments</source>
        <translation>两个环节之间</translation>
    </message>
    <message>
        <source>Paused — on time</source>
        <translation>已暂停 — 按时</translation>
    </message>
    <message>
        <source>Paused — warning</source>
        <translation>已暂停 — 提醒</translation>
    </message>
    <message>
        <source>Paused — wrap up</source>
        <translation>已暂停 — 请收尾</translation>
    </message>
    <message>
        <source>Paused — overtime</source>
        <translation>已暂停 — 超时</translation>
    </message>
    <message>
        <source>Overtime {clock}</source>
        <translation>超时 {clock}</translation>
    </message>
    <message>
        <source>On time — {clock} left</source>
        <translation>按时 — 剩余 {clock}</translation>
    </message>
    <message>
        <source>Warning — {clock} left</source>
        <translation>提醒 — 剩余 {clock}</translation>
    </message>
    <message>
        <source>Wrap up — {clock} left</source>
        <translation>请收尾 — 剩余 {clock}</translation>
    </message>
    <message>
        <source>used {used} of {allotted}</source>
        <translation>已用 {used}/{allotted}</translation>
    </message>
    <message>
        <source>Held — {clock}</source>
        <translation>已暂停计时 — {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>已暂停 — {clock}</translation>
    </message>
    <message>
        <source>Held — {clock} left</source>
        <translation>已暂停计时 — 剩余 {clock}</translation>
    </message>
    <message>
        <source>Paused — {clock} left</source>
        <translation>已暂停 — 剩余 {clock}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>剩余 {clock}</translation>
    </message>
    <message>
        <source>{minutes} behind</source>
        <translation>滞后 {minutes}</translation>
    </message>
    <message>
        <source>{minutes} ahead</source>
        <translation>提前 {minutes}</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>ended on time</source>
        <translation>按时结束</translation>
    </message>
    <message>
        <source>ended {minutes} late</source>
        <translation>晚 {minutes}结束</translation>
    </message>
    <message>
        <source>ended {minutes} early</source>
        <translation>提前 {minutes}结束</translation>
    </message>
    <message>
        <source>{minutes} over: cut {minutes} from the remaining segments</source>
        <translation>超出 {minutes}：请从剩余环节中削减 {minutes}</translation>
    </message>
    <message>
        <source>{minutes} over</source>
        <translation>超出 {minutes}</translation>
    </message>
    <message>
        <source>ends {minutes} early</source>
        <translation>将提前 {minutes}结束</translation>
    </message>
    <message>
        <source>ends on time</source>
        <translation>将按时结束</translation>
    </message>
    <message>
        <source>Sitting {number}</source>
        <translation>第{number}场会议</translation>
    </message>
    <message>
        <source>Sitting {number} ({start}–{end})</source>
        <translation>第{number}场会议（{start}–{end}）</translation>
    </message>
    <message>
        <source>Rehearse it on today&apos;s date: File → Rehearse this meeting (Ctrl+Shift+R)</source>
        <translation>可按今天的日期演练：文件 → 演练此会议（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>{sitting}: {verdict}</source>
        <translation>{sitting}：{verdict}</translation>
    </message>
    <message>
        <source>{sitting} ends {end} (hard end {hard_end}): {verdict}</source>
        <translation>{sitting}于 {end} 结束（最晚 {hard_end}）：{verdict}</translation>
    </message>
    <message>
        <source>This meeting is on {date}</source>
        <translation>本会议日期：{date}</translation>
    </message>
    <message>
        <source>Up next: {title} at {time}</source>
        <translation>接下来：{title}，{time}</translation>
    </message>
    <message>
        <source>Up next: {title}</source>
        <translation>接下来：{title}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>下一项：{title}，{time}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>下一项：{title}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候发言</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} at {limit} (+{overrun} average overrun)</source>
        <translation>按 {limit} 计需 {minutes}（平均超时 +{overrun}）</translation>
    </message>
    <message>
        <source>{minutes} at {limit}</source>
        <translation>按 {limit} 计需 {minutes}</translation>
    </message>
    <message>
        <source>No one waiting</source>
        <translation>无人等候</translation>
    </message>
    <message>
        <source>{minutes} left to the sitting&apos;s hard end</source>
        <translation>距本场会议最晚结束时间还剩 {minutes}</translation>
    </message>
    <message>
        <source>{minutes} left</source>
        <translation>剩余 {minutes}</translation>
    </message>
    <message>
        <source>all fit</source>
        <translation>全部可以发言</translation>
    </message>
    <message>
        <source>a limit of {limit} would fit</source>
        <translation>时限 {limit} 可容纳</translation>
    </message>
    <message>
        <source>none fits, even at {limit}</source>
        <translation>即使时限为 {limit} 也无法容纳</translation>
    </message>
    <message>
        <source>question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>input on related activities</source>
        <translation>相关活动情况介绍</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>room or online</source>
        <translation>会场或在线</translation>
    </message>
    <message>
        <source>queue entry</source>
        <translation>名单登记</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>指导性问题</translation>
    </message>
    <message>
        <source>answers to</source>
        <translation>答复的问题</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>quotable</source>
        <translation>可引用</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>{name}’s {kind}</source>
        <translation>{name}的{kind}</translation>
    </message>
    <message>
        <source>an unnamed speaker’s {kind}</source>
        <translation>一位未具名发言者的{kind}</translation>
    </message>
    <message>
        <source>Start ({segment})</source>
        <translation>开始（{segment}）</translation>
    </message>
    <message>
        <source>Next ({segment})</source>
        <translation>下一环节（{segment}）</translation>
    </message>
    <message>
        <source>Back ({segment})</source>
        <translation>返回（{segment}）</translation>
    </message>
    <message>
        <source>Jump ({segment})</source>
        <translation>跳转（{segment}）</translation>
    </message>
    <message>
        <source>Pause ({segment})</source>
        <translation>暂停（{segment}）</translation>
    </message>
    <message>
        <source>Resume ({segment})</source>
        <translation>继续（{segment}）</translation>
    </message>
    <message>
        <source>Finish ({segment})</source>
        <translation>结束（{segment}）</translation>
    </message>
    <message>
        <source>Extend by {amount} ({segment})</source>
        <translation>延长 {amount}（{segment}）</translation>
    </message>
    <message>
        <source>Shorten by {amount} ({segment})</source>
        <translation>缩短 {amount}（{segment}）</translation>
    </message>
    <message>
        <source>Start of {sitting}</source>
        <translation>{sitting}开始</translation>
    </message>
    <message>
        <source>End of {sitting}</source>
        <translation>{sitting}结束</translation>
    </message>
    <message>
        <source>Programme edit</source>
        <translation>日程安排修改</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participants</source>
        <translation>
            <numerusform>导入 %n 位与会者</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest {name}</source>
        <translation>嘉宾 {name}</translation>
    </message>
    <message>
        <source>New participant {name}</source>
        <translation>新与会者 {name}</translation>
    </message>
    <message>
        <source>Edit of {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Move {name} to the top</source>
        <translation>将 {name} 移至首位</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>请 {name} 发言</translation>
    </message>
    <message>
        <source>Hold {name}</source>
        <translation>暂停 {name} 的计时</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>继续 {name} 的计时</translation>
    </message>
    <message>
        <source>Finish {name}</source>
        <translation>结束 {name} 的发言</translation>
    </message>
    <message>
        <source>Skip {name}</source>
        <translation>跳过 {name}</translation>
    </message>
    <message>
        <source>Defer {name}</source>
        <translation>将 {name} 推迟到最后</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>撤出 {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>将 {name} 重新列入名单</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Queue {name} ({segment})</source>
        <translation>将 {name} 列入名单（{segment}）</translation>
    </message>
    <message>
        <source>Reorder the list ({segment})</source>
        <translation>重新排列名单（{segment}）</translation>
    </message>
    <message>
        <source>Not yet heard first ({segment})</source>
        <translation>尚未发言者优先（{segment}）</translation>
    </message>
    <message>
        <source>Alternate room and online ({segment})</source>
        <translation>会场与在线交替（{segment}）</translation>
    </message>
    <message>
        <source>Close the list ({segment})</source>
        <translation>截止名单（{segment}）</translation>
    </message>
    <message>
        <source>Reopen the list ({segment})</source>
        <translation>重新开放名单（{segment}）</translation>
    </message>
    <message>
        <source>Speaking limit {limit} ({segment})</source>
        <translation>发言时限 {limit}（{segment}）</translation>
    </message>
    <message>
        <source>Extend {name} by {amount}</source>
        <translation>将 {name} 的时间延长 {amount}</translation>
    </message>
    <message>
        <source>Shorten {name} by {amount}</source>
        <translation>将 {name} 的时间缩短 {amount}</translation>
    </message>
    <message>
        <source>Capture of {what}</source>
        <translation>录入{what}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit of {what} ({fields})</source>
        <translation>编辑{what}（{fields}）</translation>
    </message>
    <message>
        <source>Edit of {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>恢复{what}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>撤销：{action}</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>重做：{action}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}，第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>REHEARSAL — </source>
        <translation>演练 — </translation>
    </message>
    <message>
        <source>READ-ONLY — </source>
        <translation>只读 — </translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>关于 Facilitator(&amp;A)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Facilitator {0}</source>
        <translation>Facilitator {0}</translation>
    </message>
    <message>
        <source>Runs a live UN meeting (agenda, clocks, speakers, room display) and produces its record.</source>
        <translation>实时主持联合国会议（议程、计时、发言者、会场显示），并生成会议记录。</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>数据文件夹：{0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Backups: {0}</source>
        <translation>备份：{0}</translation>
    </message>
    <message>
        <source>Logs: {0}</source>
        <translation>日志：{0}</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>关于 Facilitator</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Speaking limit</source>
        <translation>发言时限</translation>
    </message>
    <message>
        <source>Time per speaker (m:ss):</source>
        <translation>每位发言者的时间（分:秒）：</translation>
    </message>
    <message>
        <source>Leave the meeting?</source>
        <translation>离开会议？</translation>
    </message>
    <message>
        <source>“{0}” is under way. Leave it for the list of meetings? Its clocks go on, and the room display closes until you open the meeting again.</source>
        <translation>“{0}”正在进行。是否离开并返回会议列表？会议计时继续，会场显示将关闭，直到您再次打开该会议。</translation>
    </message>
    <message>
        <source>Undo another seat&apos;s step?</source>
        <translation>撤销其他席位的操作？</translation>
    </message>
    <message>
        <source>The latest step of {0} is “{1}”. Undo it? They will see it undone on their seat.</source>
        <translation>{0} 的最近一步操作是“{1}”。要撤销吗？对方会在其席位上看到该操作已撤销。</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>学术界</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <source>State party</source>
        <translation>缔约国</translation>
    </message>
    <message>
        <source>Intergovernmental organization</source>
        <translation>政府间组织</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>联合国实体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>在会场</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Room</source>
        <extracomment>Room or online as a column or a count says it (&quot;3 Room · 2 Online&quot;).</extracomment>
        <translation>会场</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <source>Answer (panellist)</source>
        <translation>答复（小组成员）</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Input on related activities</source>
        <translation>相关活动情况介绍</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>致辞</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>常设项目</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>发言中</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已暂停计时</translation>
    </message>
    <message>
        <source>spoke</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤出</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待进行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>请收尾</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Meeting data</source>
        <translation>会议数据</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Proceedings (agenda items and interventions)</source>
        <translation>会议进程（议程项目和发言）</translation>
    </message>
    <message>
        <source>Annex: timetable planned and actual</source>
        <translation>附件：计划与实际时间表</translation>
    </message>
    <message>
        <source>Annex: list of speakers</source>
        <translation>附件：发言者名单</translation>
    </message>
    <message>
        <source>Annex: speaking time by stakeholder category</source>
        <translation>附件：按利益攸关方类别分列的发言时间</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>PDF, A4 (.pdf)</source>
        <translation>PDF，A4（.pdf）</translation>
    </message>
    <message>
        <source>Web page, one file (.html)</source>
        <translation>网页，单个文件（.html）</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown（.md）</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (.csv)</source>
        <translation>用于电子表格的 CSV 表（.csv）</translation>
    </message>
    <message>
        <source>JSON, complete and re-importable (.json)</source>
        <translation>JSON，完整且可重新导入（.json）</translation>
    </message>
    <message>
        <source>Co-Chairs&apos; summary, draft (Word .docx)</source>
        <translation>共同主席总结，草稿（Word .docx）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>利益攸关方类别</translation>
    </message>
    <message>
        <source>Attendance (room/online)</source>
        <translation>出席方式（会场/在线）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一项</translation>
    </message>
</context>
</TS>
