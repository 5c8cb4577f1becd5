<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>app</name>
    <message>
      <location filename="../core/forms/returns.py" />
      <source> (was 「{header}」)</source>
      <translation>（原为「{header}」）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>(no notice)</source>
      <translation>（无通知）</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>(not imported)</source>
      <translation>（不导入）</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>--limit must be 1 or more</source>
      <translation>--limit 须为 1 或更大</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>18 characters, e.g. 91110108MA01ABCD1E</source>
      <translation>18 位，例如 91110108MA01ABCD1E</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>: {reason}</source>
      <translation>：{reason}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>; {count} attending without a vote</source>
      <translation>，{count} 名列席</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>A call for new members is addressed to no member units: choose the recipients.</source>
      <translation>入会征集不面向成员单位：请自行选择收件人。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>A cell the check marks can be corrected here: double-click it (or press F2) and type. The corrected value is imported; the file is not changed.</source>
      <translation>检查标出的单元格可以在这里更正：双击（或按 F2）后输入。导入的是更正后的值；文件本身不会改动。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>A copy was saved to {path}.</source>
      <translation>副本已保存到 {path}。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>A draft notice 关于召开…的通知 with the meeting's facts filled in; finish and issue it in Notices</source>
      <translation>生成一份已填好会议信息的“关于召开…的通知”草稿，请到“通知”中完善并发布</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>A file kept with the notice (listed as 附件; the file is not printed)</source>
      <translation>随通知保存的文件（列入附件说明，文件本身不打印）</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>A folder of them…</source>
      <translation>整个文件夹…</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>A message to the chosen units or contacts, without a document.</source>
      <translation>给所选单位或联系人的邮件（不附公文）。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>A new notice from a document written in WPS or Word (or drop the file on the list), checked in the editor before it is saved</source>
      <translation>根据在 WPS 或 Word 中写好的文档新建通知（也可把文件拖到列表上），保存前在编辑器中核对</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>A nomination that was decided ({state}) cannot be edited.</source>
      <translation>已作出决定（{state}）的推荐不能再修改。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>A row of {table} ({rowid}) points to a missing row of {parent}.</source>
      <translation>{table} 中的一行（{rowid}）指向 {parent} 中不存在的记录。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>A saved search named {name} exists already: choose another name.</source>
      <translation>已有名为 {name} 的保存的搜索，请换一个名称。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>A saved search named {name} exists already: rename it first.</source>
      <translation>已有名为 {name} 的保存的搜索，请先将其改名。</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>About (id)</source>
      <translation>关于（编号）</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>About Alliance Secretariat</source>
      <translation>关于联盟秘书处</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Academia</source>
      <translation>学</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Achievements</source>
      <translation>主要成果、著作与获奖情况</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Action item</source>
      <translation>督办事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Action items</source>
      <translation>督办事项</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Active</source>
      <translation>在册</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units</source>
      <translation>在册成员单位</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by level</source>
      <translation>在册成员单位（按会员类别）</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by region</source>
      <translation>在册成员单位（按地区）</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by type</source>
      <translation>在册成员单位（按单位性质）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add a decision to {title}</source>
      <translation>为{title}添加决定事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add action item to {title}</source>
      <translation>为{title}添加督办事项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add agenda item</source>
      <translation>添加议题</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add agenda item {name}</source>
      <translation>添加议题{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Add as contact of this unit</source>
      <translation>添加为该单位的联系人</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Add contact {name}</source>
      <translation>添加联系人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/members/unit_contacts.py" />
      <source>Add contact…</source>
      <translation>添加联系人…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add decision</source>
      <translation>添加决定事项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add decision…</source>
      <translation>添加决定事项…</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Add expert {name}</source>
      <translation>添加专家 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Add file…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest</source>
      <translation>添加来宾</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Add guest {name} to {title}</source>
      <translation>为{title}添加来宾{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest…</source>
      <translation>添加来宾…</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add progress note to {text}</source>
      <translation>为督办事项“{text}”添加进展</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Add recipients…</source>
      <translation>添加收件人…</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Add standards group member {name}</source>
      <translation>添加标准组成员 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Add text…</source>
      <translation>添加文字…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Add to committee…</source>
      <translation>加入专业委员会…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Add {count} units to a professional committee</source>
      <translation>将 {count} 家单位加入专业委员会</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Address of the unit</source>
      <translation>单位地址</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Addressees</source>
      <translation>主送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Administrative position</source>
      <translation>行政职务</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Adopted</source>
      <translation>已审定</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>After</source>
      <translation>修改后</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Agenda and decisions</source>
      <translation>议题与决定事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Agenda item</source>
      <translation>议题</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda item:</source>
      <translation>议题：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda items</source>
      <translation>议题</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>All calls</source>
      <translation>全部征集</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All committees</source>
      <translation>全部专业委员会</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>All levels</source>
      <translation>全部会员类别</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>All meetings</source>
      <translation>全部会议</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>All member units</source>
      <translation>全部会员单位</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>All messages</source>
      <translation>全部邮件</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All regions</source>
      <translation>全部地区</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All sides</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>All states</source>
      <translation type="vanished">全部状态</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All terms</source>
      <translation>全部任期</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All types</source>
      <translation>全部单位性质</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>All years</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Alliance</source>
      <translation>联盟信息</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Alliance Secretariat</source>
      <translation>联盟秘书处</translation>
    </message>
    <message>
      <source>Alliance Secretariat {version}
Member units, contacts and the work of the secretariat, on one local file.

Database: {path}</source>
      <translation type="vanished">联盟秘书处 {version}
成员单位、联系人和秘书处日常工作，全部保存在一个本地文件中。

数据库：{path}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>Alliance Secretariat {version}: member units, contacts and the work of the secretariat.</source>
      <translation>联盟秘书处 {version}：成员单位、联系人和秘书处日常工作。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Alliance Secretariat — {file}</source>
      <translation>联盟秘书处 — {file}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Alliance name (Simplified)</source>
      <translation>联盟名称（简体）</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Alliance name (Traditional)</source>
      <translation>联盟名称（繁体）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Alliance settings</source>
      <translation>联盟设置</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Alliance settings…</source>
      <translation>联盟设置…</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Already recorded</source>
      <translation>已有记录</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Already recorded: {where}. Nothing was saved; compare the two and record it anyway only if it is another person or unit.</source>
      <translation>已有记录：{where}。未保存任何内容；请对照两者，确认是另一人或另一单位时再坚持录入。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Already recorded?</source>
      <translation>是否已有记录？</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>An action item of {meeting} is done but has no date; the day of its last change is used.</source>
      <translation>{meeting}的一项督办事项已完成但没有完成日期；已取其最后修改的日期。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>An action was left open by a crash; it is closed now.</source>
      <translation>程序异常退出时留下了一个未结束的操作，现已关闭。</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>An attachment typed here, laid out after the notice</source>
      <translation>在此录入的附件，排在通知正文之后</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>An issued notice cannot be changed: make a correction instead.</source>
      <translation>已发布的通知不能修改，请改用“更正”。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Approval by the council</source>
      <translation>理事会审批意见</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve</source>
      <translation>审定</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approve the minutes of {title}</source>
      <translation>审定{title}纪要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve the minutes? Approved minutes are frozen: the meeting's record (attendance, agenda, decisions, action items) can then only change through a correction, a new version that keeps this one.</source>
      <translation>审定纪要吗？审定后纪要即冻结：会议记录（出席、议题、决定事项、督办事项）只能通过更正修改，更正会生成新版本并保留本版。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Approve {name}</source>
      <translation>批准 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Approved</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approved on</source>
      <translation>审定日期</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve…</source>
      <translation>审定…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Areas of expertise</source>
      <translation>擅长领域</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Association</source>
      <translation>行业协会</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>At most messages a minute (0: no limit)</source>
      <translation>每分钟最多发送（0：不限）</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Attach files</source>
      <translation>选择附件文件</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Attach scanned copy to {name}</source>
      <translation>为 {name} 附加扫描件</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Attach scan…</source>
      <translation>附加扫描件…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Attach the blank forms of its calls: {forms}</source>
      <translation>附上使用本通知的征集的空白表格：{forms}</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Attachment: {name}</source>
      <translation>附件：{name}</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Attachment: {name} ({size})</source>
      <translation>附件：{name}（{size}）</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Attachments over the size limit: {details} Queue anyway only if the server takes messages that large.</source>
      <translation>附件超过大小限制：{details} 只有在邮件服务器接受这么大的邮件时才可仍然放入发件箱。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Attendance (%)</source>
      <translation>出席率（%）</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Attendance rate of meetings held (%)</source>
      <translation>已召开会议的出席率（%）</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Attending without a vote</source>
      <translation>列席</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Attends for</source>
      <translation>代为出席</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Attends for the selected invitee</source>
      <translation>代所选受邀人出席</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Attends for…</source>
      <translation>代为出席…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Automatic backup every (minutes)</source>
      <translation>自动备份间隔（分钟）</translation>
    </message>
    <message>
      <location filename="../ui/safety/auto_backup.py" />
      <source>Automatic backup failed: {reason}</source>
      <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic: {file}</source>
      <translation>自动：{file}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic: {file}, drawn bold (no 小标宋 font found)</source>
      <translation>自动：{file}，加粗显示（未找到小标宋字体）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Back to draft</source>
      <translation>退回草稿</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Back to my database</source>
      <translation>返回我的数据库</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backup written to {path}</source>
      <translation>备份已保存到 {path}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backups are kept in {folder}. Change the folder (for example a second drive or a USB stick) in File → Settings.</source>
      <translation>备份保存在 {folder}。可在“文件 → 设置”中更换文件夹（例如另一块硬盘或U盘）。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Backups…</source>
      <translation>备份…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Batch export…</source>
      <translation>批量导出…</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Body text (仿宋)</source>
      <translation>正文（仿宋）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>By default a wrong contact cell is left empty and listed; the unit and the contact are imported.</source>
      <translation>默认情况下，联系人的错误单元格留空并列出；单位和联系人照常导入。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>By membership level, then surname strokes (姓氏笔画)</source>
      <translation>按会员类别，再按姓氏笔画</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>By pinyin</source>
      <translation>按拼音</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Call</source>
      <translation>征集</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Call for</source>
      <translation>征集类别</translation>
    </message>
    <message>
      <source>Call for nominations</source>
      <translation type="vanished">征集</translation>
    </message>
    <message>
      <source>Call for nominations: {title}</source>
      <translation type="vanished">征集：{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Call {id} does not exist.</source>
      <translation>征集 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Call: {title}</source>
      <translation>征集：{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Calls</source>
      <translation>征集</translation>
    </message>
    <message>
      <source>Calls for nominations</source>
      <translation type="vanished">征集</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Calls: {count}</source>
      <translation>征集：{count} 项</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Cannot be recorded: {count} problems</source>
      <translation>无法登记：{count} 个问题</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Cannot undo: {action}</source>
      <translation>无法撤销：{action}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Capital</source>
      <translation>资本</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting</source>
      <translation>转入会议议程</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting…</source>
      <translation>转入会议议程…</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Carry open action items into {title}</source>
      <translation>将未完成督办事项列入{title}议程</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Chair unit</source>
      <translation>理事长单位</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Chaired by</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change level…</source>
      <translation>修改会员类别…</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Change member unit {name}</source>
      <translation>修改成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change status…</source>
      <translation>修改状态…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change the membership level of {count} units</source>
      <translation>修改 {count} 家单位的会员类别</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change the status of {count} units</source>
      <translation>修改 {count} 家单位的状态</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Change {count} member units</source>
      <translation>批量修改 {count} 家成员单位</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Changes</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Characters</source>
      <translation>简繁体</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Check database</source>
      <translation>检查数据库</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Check database…</source>
      <translation>检查数据库…</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>Check: {warning}</source>
      <translation>请核对：{warning}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Checking the rows…</source>
      <translation>正在检查各行…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Choose PNG image…</source>
      <translation>选择 PNG 图片…</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>Choose a copy other than the file itself.</source>
      <translation>请选择该文件以外的副本。</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Choose a copy to restore</source>
      <translation>选择要恢复的副本</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Choose a meeting to see it here.</source>
      <translation>选中一个会议，在此查看详情。</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>Choose a nomination to see it here.</source>
      <translation>选择一份推荐，在此查看。</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Choose addressee units</source>
      <translation>选择主送单位</translation>
    </message>
    <message>
      <location filename="../ui/common/date_field.py" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>从日历中选择（Alt+↓）</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Choose the column that holds the unit name.</source>
      <translation>请选择包含单位名称的列。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Choose units…</source>
      <translation>选择单位…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Circulate for comments</source>
      <translation>发出征求意见</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Circulate the minutes of {title}</source>
      <translation>{title}纪要征求意见</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Circulated for comments</source>
      <translation>征求意见</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Circulated on</source>
      <translation>征求意见日期</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Close (Esc)</source>
      <translation>关闭（Esc）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Close without saving</source>
      <translation>不保存并关闭</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Close without saving? What you changed in this notice is lost.</source>
      <translation>不保存就关闭吗？对本通知所做的修改将会丢失。</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Column {column} ({header}): {reason}</source>
      <translation>{column} 列（{header}）：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Column {column}: this value can be imported.</source>
      <translation>{column} 列：这个值可以导入。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Column {column}: {reason}</source>
      <translation>{column} 列：{reason}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Columns {first} and {second} are both named {header}; nothing was imported. Rename one of them in the file, or import the file in the program's window, where each column's field can be chosen.</source>
      <translation>{first} 列和 {second} 列都名为“{header}”，未导入任何内容。请在文件中重命名其中一列，或在程序窗口中导入该文件，在那里可以为每列选择字段。</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation type="vanished">专业委员会</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Committee meeting</source>
      <translation>专委会会议</translation>
    </message>
    <message>
      <location filename="../core/members/committees.py" />
      <source>Committee {id} does not exist.</source>
      <translation>专业委员会 {id} 不存在。</translation>
    </message>
    <message>
      <source>Committee:</source>
      <translation type="vanished">专业委员会：</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Committees to join</source>
      <translation>拟参加专业委员会</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Compare with what is recorded; tick the form to record it anyway.</source>
      <translation>请与已有记录对照；如仍要登记，请勾选该表格。</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Computer / account</source>
      <translation>计算机 / 账户</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>Connected to {host}: the server accepted the login.</source>
      <translation>已连接到 {host}：服务器接受了登录。</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Connecting to {host}…</source>
      <translation>正在连接 {host}…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact columns are chosen but none holds the contact's name; choose the column with the contact name, or do not import the contact columns.</source>
      <translation>已选择联系人相关列，但没有一列是联系人姓名；请选择联系人姓名所在的列，或不导入联系人相关列。</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact e-mail</source>
      <translation>联系人电子邮箱</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact gender</source>
      <translation>联系人性别</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact mobile</source>
      <translation>联系人手机</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact name</source>
      <translation>联系人姓名</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact office phone</source>
      <translation>联系人办公电话</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation type="vanished">联系人</translation>
    </message>
    <message>
      <source>Contact position</source>
      <translation type="vanished">联系人职务</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact professional title</source>
      <translation>联系人职称</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Contact {id} does not exist.</source>
      <translation>联系人 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Contact's position</source>
      <translation>联系人职务</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Contact: {name}</source>
      <translation>联系人：{name}</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Contacts ({count})</source>
      <translation>联系人（{count} 人）</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Contacts shown: {count}</source>
      <translation>显示联系人：{count} 位</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Convening notice</source>
      <translation>会议通知</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Conversion corrections</source>
      <translation>转换修正</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Converted text</source>
      <translation>转换结果</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Copies to</source>
      <translation>抄送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Correct</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Correct (new version)…</source>
      <translation>更正（新版本）…</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Correct notice {number}</source>
      <translation>更正通知 {number}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Correct text</source>
      <translation>正确写法</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Correct the minutes of {title}</source>
      <translation>更正{title}纪要</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Corrected here (the file is not changed).</source>
      <translation>已在此更正（文件未改动）。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Correction of</source>
      <translation>更正对象</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Correction of {number} (version {version}). When it is issued it takes over the number, and the earlier version is kept as superseded.</source>
      <translation>{number} 的更正版本（第 {version} 版）。发布后将沿用该文号，原版本保留并标记为“已被更正”。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Council meeting</source>
      <translation>理事会</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Council unit</source>
      <translation>理事单位</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>Counting…</source>
      <translation>正在统计……</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Create a new database…</source>
      <translation>新建数据库…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Create convening notice</source>
      <translation>生成会议通知</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Create draft notice {title}</source>
      <translation>起草通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Create meeting {title}</source>
      <translation>新建会议{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Create the convening notice of {title}</source>
      <translation>生成{title}的会议通知</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Creating a record cannot be reverted here; delete the record instead.</source>
      <translation>创建记录无法在此撤回；请直接删除该记录。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Current field of work</source>
      <translation>现从事专业</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Data folder:</source>
      <translation>数据文件夹：</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Database file:</source>
      <translation>数据库文件：</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Database: {path}</source>
      <translation>数据库：{path}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date founded</source>
      <translation>成立时间</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date of application</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Date of birth</source>
      <translation>出生年月</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Date of the level/status change</source>
      <translation>类别/状态变更日期</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Date of the minutes</source>
      <translation>纪要日期</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date the title was awarded</source>
      <translation>评定时间</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Decision</source>
      <translation>决定事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Decision number</source>
      <translation>决定事项序号</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Decisions (numbered through the meeting)</source>
      <translation>决定事项（全会统一编号）</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Degree</source>
      <translation>学位</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete a progress note</source>
      <translation>删除进展记录</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete action item of {title}</source>
      <translation>删除{title}的督办事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete agenda item {name}</source>
      <translation>删除议题{name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete call {name}</source>
      <translation>删除征集 {name}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Delete contact {name}</source>
      <translation>删除联系人 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete decision {number} of {title}</source>
      <translation>删除{title}的第{number}项决定事项</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Delete deleted items for good ({count})</source>
      <translation>永久删除已删除项目（{count} 项）</translation>
    </message>
    <message>
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history.</source>
      <translation type="vanished">要永久删除列表中的全部项目吗？删除前会先做备份；删除后无法在此恢复，修改记录中也不再保留。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久删除列表中的所有项目？删除前会先备份；之后这些项目无法在此恢复，也会从变更历史中移除。此前的操作也将无法撤销。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete expert {name}</source>
      <translation>删除专家 {name}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete for good</source>
      <translation>永久删除</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete for good…</source>
      <translation>永久删除…</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Delete meeting {name}</source>
      <translation>删除会议{name}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Delete member unit {name}</source>
      <translation>删除成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete nomination {name}</source>
      <translation>删除推荐 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Delete notice {name}</source>
      <translation>删除通知 {name}</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Delete saved search {name}</source>
      <translation>删除保存的搜索 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete standards group member {name}</source>
      <translation>删除标准组成员 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Delete the action item {item}?</source>
      <translation>删除督办事项“{item}”？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete the agenda item {title}?</source>
      <translation>删除议题“{title}”？</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Delete the contact {name} ({unit})? It can be restored from Deleted items.</source>
      <translation>删除联系人 {name}（{unit}）？之后可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Delete the member unit {name} and its contacts? It can be restored from Deleted items.</source>
      <translation>删除成员单位 {name} 及其联系人？之后可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete the nomination of {name}? It can be restored from Deleted items.</source>
      <translation>删除 {name} 的推荐吗？可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Delete the notice “{title}”? It can be restored from Deleted items; its number is never given again.</source>
      <translation>删除通知“{title}”？之后可在“已删除项目”中恢复；其文号不会再分配给其他通知。</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Delete the saved search {name}? It can be restored from Deleted items.</source>
      <translation>删除保存的搜索 {name}？之后可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete the selected items for good (Del)</source>
      <translation>永久删除选中的项目（Del）</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete these {count} items for good? A backup is made first; after that they cannot be restored from here, and they leave the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久删除这 {count} 个项目？删除前会先备份；之后这些项目无法在此恢复，也会从变更历史中移除。此前的操作也将无法撤销。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete this decision? The others are numbered again.</source>
      <translation>删除这条决定事项？其余事项将重新编号。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete {count} calls</source>
      <translation>删除 {count} 项征集</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Delete {count} contacts</source>
      <translation>删除 {count} 位联系人</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Delete {count} contacts? They can be restored from Deleted items.</source>
      <translation>删除 {count} 位联系人？之后可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete {count} experts</source>
      <translation>删除 {count} 位专家</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Delete {count} meetings</source>
      <translation>删除 {count} 个会议</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Delete {count} member units</source>
      <translation>删除 {count} 家成员单位</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Delete {count} member units and their contacts? They can be restored from Deleted items.</source>
      <translation>删除 {count} 家成员单位及其联系人？之后可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete {count} nominations</source>
      <translation>删除 {count} 份推荐</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete {count} nominations? They can be restored from Deleted items.</source>
      <translation>删除 {count} 份推荐吗？可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Delete {count} notices</source>
      <translation>删除 {count} 份通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Delete {count} notices? They can be restored from Deleted items; their numbers are never given again.</source>
      <translation>删除 {count} 份通知？之后可在“已删除项目”中恢复；其文号不会再分配给其他通知。</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Delete {count} people from this list? They can be restored from Deleted items.</source>
      <translation>从名单中删除 {count} 人吗？可在“已删除项目”中恢复。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Delete {count} saved searches</source>
      <translation>删除 {count} 个保存的搜索</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete {count} standards group members</source>
      <translation>删除 {count} 位标准组成员</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Delete {record}</source>
      <translation>删除{record}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete “{name}” for good? A backup is made first; after that it cannot be restored from here, and it leaves the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久删除“{name}”？删除前会先备份；之后它无法在此恢复，也会从变更历史中移除。此前的操作也将无法撤销。</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Deleted at</source>
      <translation>删除时间</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Deleted items</source>
      <translation>已删除项目</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Deleted items…</source>
      <translation>已删除项目…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Demo data added: {units} member units, {contacts} contacts.</source>
      <translation>已添加演示数据：成员单位 {units} 家，联系人 {contacts} 位。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Demo data written to {path}: {units} member units, {contacts} contacts.</source>
      <translation>演示数据已写入 {path}：成员单位 {units} 家，联系人 {contacts} 位。</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Details were written to {path}.</source>
      <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Differences (the office's record was kept):</source>
      <translation>差异（已保留办公室的记录）：</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Discard</source>
      <translation>放弃修改</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Discussion</source>
      <translation>讨论情况</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Discussion notes of the selected item</source>
      <translation>所选议题的讨论记录</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Do not approve {name}</source>
      <translation>不通过 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Do not type numbers: give each paragraph its level (Ctrl+0 paragraph, Ctrl+1 to Ctrl+4 headings); the numbers are added by the program.</source>
      <translation>无需输入序号：为每段设置层级即可（Ctrl+0 为正文段落，Ctrl+1 至 Ctrl+4 为各级标题），序号由程序自动添加。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Document number</source>
      <translation>发文字号</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Document numbers look like {example}</source>
      <translation>发文字号示例：{example}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Document-number prefix</source>
      <translation>机关代字</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Documents ({patterns})</source>
      <translation>文档 ({patterns})</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Done as recorded by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Done {date}</source>
      <translation>{date} 完成</translation>
    </message>
    <message>
      <source>Down</source>
      <translation type="vanished">下移</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Drop action item</source>
      <translation>撤销督办事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Drop action item: {text}</source>
      <translation>撤销督办事项：{text}</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Dropped</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Drop…</source>
      <translation>撤销事项…</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Dry run, nothing written. {summary}</source>
      <translation>试运行，未写入任何内容。{summary}</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>Dry run, nothing written: {good} of {total} forms could be recorded in {call} ({bad} with problems, {duplicates} recorded already).</source>
      <translation>试运行，未写入任何内容：{total} 份表格中有 {good} 份可登记到“{call}”（{bad} 份有问题，{duplicates} 份已有记录）。</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="vanished">完成时限</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Due date</source>
      <translation>完成时限</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Duplicate</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Duplicate notice {title}</source>
      <translation>复制通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>E-mail (SMTP)</source>
      <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
      <source>E-mail for {what} is not available yet in this version.</source>
      <translation type="vanished">本版本尚未提供{what}的邮件功能。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>E-mail is being sent already (by another window or command on this database). Wait until it has finished.</source>
      <translation>邮件正在发送中（由本数据库的另一个窗口或命令发送），请等其完成。</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>E-mail messages</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>E-mail problem</source>
      <translation>邮箱问题</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail the invitees…</source>
      <translation>给受邀人员发邮件…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail the units invited…</source>
      <translation>给受邀单位发邮件…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail…</source>
      <translation>发邮件…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit action item of {title}</source>
      <translation>修改{title}的督办事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit agenda item {name}</source>
      <translation>修改议题{name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Edit call {name}</source>
      <translation>修改征集 {name}</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Edit call…</source>
      <translation>修改征集…</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Edit contact {name}</source>
      <translation>编辑联系人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Edit decision</source>
      <translation>修改决定事项</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit decision {number} of {title}</source>
      <translation>修改{title}的第{number}项决定事项</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Edit expert {name}</source>
      <translation>修改专家 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Edit meeting {title}</source>
      <translation>修改会议{title}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Edit member unit {name}</source>
      <translation>编辑成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Edit nomination {name}</source>
      <translation>修改推荐 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Edit notice {title}</source>
      <translation>编辑通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Edit standards group member {name}</source>
      <translation>修改标准组成员 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Edit the alliance settings</source>
      <translation>修改联盟设置</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Edit the minutes of {title}</source>
      <translation>修改{title}纪要</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Education</source>
      <translation>学历</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Employer</source>
      <translation>工作单位</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Empty</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Empty deleted items ({count})</source>
      <translation>清空已删除项目（{count} 项）</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Empty deleted items older than (days)</source>
      <translation>自动清除已删除项目（天数）</translation>
    </message>
    <message>
      <source>Empty the trash ({count} items)</source>
      <translation type="vanished">清空已删除项目（{count} 项）</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Empty: the date of the notice</source>
      <translation>留空则与成文日期相同</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Empty: today ({date})</source>
      <translation>留空即为今天（{date}）</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Empty…</source>
      <translation>清空…</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Ends at</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Enter: show every match in the list</source>
      <translation>回车：在列表中显示全部结果</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Enterprise</source>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Ethnic group</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation type="vanished">民族</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Every change, with who made it</source>
      <translation>全部修改记录（何时、何人修改）</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Every contact of each unit (not only the primary contact)</source>
      <translation>每个单位的全部联系人（不只是主要联系人）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Every member unit</source>
      <translation>全部成员单位</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation>Excel 工作簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Excused</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Expert group</source>
      <translation>专家组</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Expert nomination form</source>
      <translation>专家推荐表</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Expert pool</source>
      <translation>专家库</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Expert pool by side</source>
      <translation>专家库（政产学研用资本）</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Expert side</source>
      <translation>专家类别</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Expert sides</source>
      <translation>专家类别</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Experts</source>
      <translation>专家</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Experts: {count}</source>
      <translation>专家：{count} 位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation type="vanished">导出 PDF</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Export PDFs</source>
      <translation>批量导出 PDF</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation type="vanished">导出 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export every selected notice as PDF into a folder</source>
      <translation>将选中的通知逐份导出为 PDF，保存到一个文件夹</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export meeting package</source>
      <translation>导出会议签到包</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export meeting package…</source>
      <translation>导出会议签到包…</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Export member units</source>
      <translation>导出成员单位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Export member units…</source>
      <translation>导出成员单位…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Export notice</source>
      <translation>导出通知</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export sign-in results</source>
      <translation>导出签到结果</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export sign-in results…</source>
      <translation>导出签到结果…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export the notice as a PDF, or as a Word document to edit in WPS or Word</source>
      <translation>将通知导出为 PDF，或导出为 Word 文档在 WPS 或 Word 中编辑</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Export:</source>
      <translation>导出：</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting the PDF…</source>
      <translation>正在导出 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting the Word document…</source>
      <translation>正在导出 Word 文档…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting {count} notices…</source>
      <translation>正在导出 {count} 份通知…</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Failed</source>
      <translation>发送失败</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Failed: {address}: {reason}</source>
      <translation>失败：{address}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Fax</source>
      <translation>传真</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Field and research direction</source>
      <translation>专业领域/研究方向</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Files (.pdf, .xlsx)…</source>
      <translation>文件（.pdf、.xlsx）…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Fill this empty database with demo data</source>
      <translation>在空数据库中填入演示数据</translation>
    </message>
    <message>
      <location filename="../core/demo.py" />
      <source>Fill with demo data</source>
      <translation>填入演示数据</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Filter (Ctrl+F)</source>
      <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Filter by name, short name or credit code</source>
      <translation>按名称、简称或信用代码筛选</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Filter by name, short name, credit code or contact (Ctrl+F)</source>
      <translation>按名称、简称、信用代码或联系人筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Filter by name, unit or field (Ctrl+F)</source>
      <translation>按姓名、单位或领域筛选 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Filter by name, unit, field or e-mail (Ctrl+F)</source>
      <translation>按姓名、单位、领域或电子邮箱筛选 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Filter by name, unit, position or e-mail (Ctrl+F)</source>
      <translation>按姓名、单位、职务或邮箱筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Filter by recipient, unit or subject (Ctrl+F)</source>
      <translation>按收件人、单位或主题筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Filter by title, addressees or text (Ctrl+F)</source>
      <translation>按标题、主送或正文筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Filter meetings: title, place, chair… (Ctrl+F)</source>
      <translation>筛选会议：名称、地点、主持人…（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Filter: item, unit or person</source>
      <translation>筛选：事项、单位或责任人</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>First review by the secretariat</source>
      <translation>秘书处初审意见</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Folder for the drafts</source>
      <translation>草稿保存文件夹</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Folder:</source>
      <translation>文件夹：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Follow-up</source>
      <translation>督办</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Follow-up of action items</source>
      <translation>督办事项跟踪</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Font file</source>
      <translation>字体文件</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Fonts</source>
      <translation>字体</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>For a message that may have been sent: you found it arrived</source>
      <translation>用于“可能已发出”的邮件：您已确认对方收到</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Foreign language</source>
      <translation>外语语种</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Form</source>
      <translation>表格</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Form values</source>
      <translation>表格内容</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Formal check</source>
      <translation>形式审查</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Forms (*.pdf *.xlsx);;All files (*)</source>
      <translation>表格 (*.pdf *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>From a document</source>
      <translation>从文档新建</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>From the {what}: {value}</source>
      <translation>取自{what}：{value}</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>From {count} units: {names}</source>
      <translation>来自 {count} 家单位：{names}</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>From: {value}</source>
      <translation>发件人：{value}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>General assembly</source>
      <translation>会员大会</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Give the saved search a name.</source>
      <translation>请为保存的搜索起个名称。</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Government</source>
      <translation>政</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Government body</source>
      <translation>政府机构</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Graduation date</source>
      <translation>毕业时间</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Guest</source>
      <translation>来宾</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Heading {level}  {example}</source>
      <translation>{level} 级标题  {example}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Highest degree</source>
      <translation>最高学位</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Highest education</source>
      <translation>最高学历</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Holds</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>ID</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>ID card number</source>
      <translation type="vanished">身份证号</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Import member units</source>
      <translation>导入成员单位</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>Import member units from {file}</source>
      <translation>从 {file} 导入成员单位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Import member units…</source>
      <translation>导入成员单位…</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Import returned forms</source>
      <translation>导入收回的表格</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Import {count} returned forms</source>
      <translation>导入 {count} 份收回的表格</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>Imported from {file}</source>
      <translation>从 {file} 导入</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Imported. {summary}</source>
      <translation>导入完成。{summary}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>In employment</source>
      <translation>是否在职</translation>
    </message>
    <message>
      <source>In review</source>
      <translation type="vanished">评审</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Include mobiles, e-mail addresses and ID numbers (personal data)</source>
      <translation>包含手机、电子邮箱和身份证号（个人信息）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Include the contacts' mobile numbers? They are personal data; leave them out unless the recipient needs them.</source>
      <translation>是否包含联系人的手机号码？手机号码属于个人信息，除非接收方确实需要，否则请不要导出。</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Industry</source>
      <translation>产</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Insert a field…</source>
      <translation>插入字段…</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Installed: data in the user's data folder.</source>
      <translation>安装版：数据保存在当前用户的数据文件夹中。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Intended work areas</source>
      <translation>拟参加的工作方向</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Investment fund</source>
      <translation>投资机构</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite</source>
      <translation>邀请</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite a committee to {title}</source>
      <translation>邀请专业委员会参加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite member units</source>
      <translation>邀请成员单位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite units by level to {title}</source>
      <translation>按会员类别邀请单位参加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite units…</source>
      <translation>邀请单位…</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite {count} people to {title}</source>
      <translation>邀请 {count} 人参加{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite {count} units to {title}</source>
      <translation>邀请 {count} 家单位参加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite:</source>
      <translation>邀请：</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Invitees</source>
      <translation>邀请人数</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Invitees and attendance</source>
      <translation>受邀人与出席</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Invitees of the meeting</source>
      <translation>会议受邀人员</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Invitees who have not replied yet</source>
      <translation>尚未回复的受邀人员</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue</source>
      <translation>发布</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Issue notice {number}</source>
      <translation>发布通知 {number}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Issue notice {title}</source>
      <translation>发布通知 {title}</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue the notice “{title}”? It gets the next document number of {year} and can no longer be changed afterwards.</source>
      <translation>发布通知“{title}”？将为其分配 {year} 年的下一个文号，发布后不能再修改。</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue this correction of {number}? It takes over that number, the earlier version is kept as superseded, and the correction can no longer be changed afterwards.</source>
      <translation>发布 {number} 的更正版本？更正版本将沿用该文号，原版本保留并标记为“已被更正”；发布后不能再修改。</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>Issued</source>
      <translation>已发布</translation>
    </message>
    <message>
      <source>Issued as {number} (version {version}) on {date}. An issued notice can no longer be changed: press Correct… to make a corrected version.</source>
      <translation type="vanished">已于 {date} 发布，文号 {number}（第 {version} 版）。已发布的通知不能再修改：如需改动，请点击“更正…”制作更正版本。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Issued as {number} (version {version}) on {date}: read-only. To correct it, press Correct…: a new version is made as a draft, and when it is issued it takes over the number.</source>
      <translation>已于 {date} 发布，文号 {number}（第 {version} 版），只读。如需更正，请点“更正…”：将生成一个新版本草稿，发布后沿用原文号。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Issued as {number}.</source>
      <translation>已发布，文号为 {number}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Issued at</source>
      <translation>发布时间</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Issuer mark</source>
      <translation>发文机关标志</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Issue…</source>
      <translation>发布…</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Issuing office</source>
      <translation>印发机关</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>It ends with the blank forms of its calls: {forms}</source>
      <translation>文末附有其征集的空白表格：{forms}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Join date</source>
      <translation>入会日期</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Joined</source>
      <translation>入会</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Joined in {year}</source>
      <translation>{year} 年入会</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Keep the most recent backups</source>
      <translation>保留最近的备份份数</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Keep this list's filter under a name, to reopen it from the sidebar</source>
      <translation>以名称保存此列表的筛选条件，之后可从侧栏重新打开</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="vanished">类别</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Kind of meeting</source>
      <translation>会议类型</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Laying out the pages…</source>
      <translation>正在排版…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Leave a role empty to use the fonts found on this computer. A chosen font file (TrueType .ttf or .ttc) is a setting of this computer and user; it is not saved in the database.</source>
      <translation>留空则使用本机上找到的字体。指定的字体文件（TrueType .ttf 或 .ttc）只对本机的当前用户有效，不保存在数据库中。</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Left</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Left in {year}</source>
      <translation>{year} 年退出</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Left out without refusing the row (wrong contact cells, totals, notes):</source>
      <translation>已略去但不拒绝该行的内容（联系人错误单元格、合计行、注释）：</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Left out: {unit} {contact}: {reason}</source>
      <translation>未包括：{unit} {contact}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Legal representative</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Level and status</source>
      <translation>类别与状态</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Level and status over time</source>
      <translation>会员类别与状态的变化（生效日期与原因）</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Level of the paragraph at the cursor</source>
      <translation>光标所在段落的层级</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Level-1 headings (黑体)</source>
      <translation>一级标题（黑体）</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Level-2 headings (楷体)</source>
      <translation>二级标题（楷体）</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Level:</source>
      <translation>层级：</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Licences of the libraries and fonts this program carries:</source>
      <translation>本程序所带程序库和字体的许可协议：</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Link a notice to meeting {title}</source>
      <translation>为会议{title}关联通知</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Made at</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Main achievements, publications and awards</source>
      <translation>主要成果、著作与获奖情况</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Main business</source>
      <translation>主营业务</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Main business and profile of the unit</source>
      <translation>主营业务/单位简介</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Main work experience</source>
      <translation>主要工作经历</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Make a call first (New call), then record what comes back for it.</source>
      <translation>请先新建征集，再登记收到的推荐表。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Make a new draft version of an issued notice; it takes over the number when it is issued</source>
      <translation>为已发布的通知新建一个草稿版本；该版本发布后沿用原文号</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Make a new draft version of the approved minutes? The approved version stays as it is until the correction is approved.</source>
      <translation>为已审定的纪要生成新的草稿版本吗？更正审定前，已审定的版本保持不变。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Make a new draft version of this notice; it takes over the number when it is issued</source>
      <translation>为本通知新建一个草稿版本；该版本发布后沿用原文号</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Mark action item done: {text}</source>
      <translation>督办事项已完成：{text}</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Mark as sent</source>
      <translation>标记为已发送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done</source>
      <translation>标记完成</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done…</source>
      <translation>标记完成…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Mark {count} e-mails as sent</source>
      <translation>将 {count} 封邮件标记为已发送</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>May have been sent</source>
      <translation>可能已发出</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meeting attendees</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Meeting or notice of the decision</source>
      <translation>决定的会议或通知</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Meeting packages (*{suffix})</source>
      <translation>会议签到包 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Meeting time</source>
      <translation>会议时间</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Meeting {id} does not exist (it may have been deleted).</source>
      <translation>会议 {id} 不存在（可能已被删除）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Meeting {id} does not exist.</source>
      <translation>会议 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Meeting {id} packaged for sign-in: {count} invitees, written to {path}</source>
      <translation>会议 {id} 的签到包已生成：{count} 名参会人员，已写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Meeting: {title}</source>
      <translation>会议：{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meetings</source>
      <translation>会议</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Meetings a month</source>
      <translation>每月会议数</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Meetings a year</source>
      <translation>每年会议数</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Member lists (*.xlsx *.csv *.txt);;All files (*)</source>
      <translation>成员名单 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Member number</source>
      <translation>会员编号</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Member representatives present or observing, of those invited; guests are not counted.</source>
      <translation>受邀会员代表中出席或列席者所占比例；嘉宾不计入。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Member unit</source>
      <translation>会员单位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Member unit {id} does not exist.</source>
      <translation>成员单位 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Member unit: {name}</source>
      <translation>成员单位：{name}</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>Member units</source>
      <translation>成员单位</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Member units joined and left by year</source>
      <translation>各年度入会与退出的成员单位</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Member units shown: {count}</source>
      <translation>显示成员单位：{count} 家</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Member units, contacts and the work of the secretariat, on one local file.</source>
      <translation>成员单位、联系人和秘书处的日常工作，全部保存在一个本地文件中。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Member units: {count}</source>
      <translation>成员单位：{count} 家</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Membership</source>
      <translation>入会申请</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Membership application form</source>
      <translation>成员单位入会申请表</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Membership level</source>
      <translation>会员类别</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Membership level applied for</source>
      <translation>申请会员类别</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results</source>
      <translation>合并签到结果</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merge sign-in results into {title}</source>
      <translation>合并{title}的签到结果</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results…</source>
      <translation>合并签到结果…</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merged into {title}: {signins} sign-ins, {undone} sign-ins undone, {walk_ins} walk-ins, {statuses} attendance changes.</source>
      <translation>已合并到{title}：签到 {signins} 人次，撤销签到 {undone} 人次，现场登记 {walk_ins} 人，出席情况变更 {statuses} 处。</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Message</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Messages shown: {count}</source>
      <translation>显示邮件：{count}</translation>
    </message>
    <message>
      <source>Messages shown: {count} (waiting {queued}, failed {failed}, may have been sent {uncertain}, sent {sent})</source>
      <translation type="vanished">显示邮件：{count}（待发 {queued}，失败 {failed}，可能已发出 {uncertain}，已发送 {sent}）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Minutes</source>
      <translation>纪要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF</source>
      <translation>纪要 PDF</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF…</source>
      <translation>纪要 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes for Word</source>
      <translation>纪要 Word 文档</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes for Word…</source>
      <translation>纪要 Word 文档…</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>Minutes of meeting {id} written to {path}</source>
      <translation>会议 {id} 的纪要已写入 {path}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Minutes status</source>
      <translation>纪要状态</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Minutes taken by</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes, version {version}: {state}</source>
      <translation>纪要第 {version} 版：{state}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Mobile</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Mode:</source>
      <translation>运行方式：</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Move agenda item {name}</source>
      <translation>调整议题{name}的顺序</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move the meeting {title} and everything recorded about it to Deleted items?</source>
      <translation>把会议“{title}”及其全部记录移到“已删除项目”？</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Move to</source>
      <translation>转为</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move {count} meetings and everything recorded about them to Deleted items?</source>
      <translation>把 {count} 次会议及其全部记录移到“已删除项目”？</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Name of the saved search:</source>
      <translation>保存的搜索名称：</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>Name or title</source>
      <translation>名称或标题</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Name, pinyin or initials (cq → 重庆), text of a notice…</source>
      <translation>名称、拼音或首字母（cq → 重庆）、通知正文……</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Name, pinyin, initials or unit — Enter signs in</source>
      <translation>姓名、拼音、首字母或单位 — 按回车签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Names not to convert</source>
      <translation>不转换的名称</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Names separated by ， or 、</source>
      <translation>多个名称用“，”或“、”分隔</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>New call {name}</source>
      <translation>新建征集 {name}</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>New call…</source>
      <translation>新建征集…</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>New contact</source>
      <translation>新建联系人</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>New database</source>
      <translation>新建数据库</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>New database…</source>
      <translation>新建数据库…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>New from file…</source>
      <translation>从文件新建…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>New from pasted text…</source>
      <translation>从粘贴的文字新建…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>New meeting</source>
      <translation>新建会议</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>New member unit</source>
      <translation>新建成员单位</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>New membership level:</source>
      <translation>新的会员类别：</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>New message…</source>
      <translation>新邮件…</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>New notice</source>
      <translation>新建通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>New notice from a file</source>
      <translation>从文件新建通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>New notice from pasted text</source>
      <translation>从粘贴的文字新建通知</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>New status:</source>
      <translation>新的状态：</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>No Chinese TrueType font was found, so the PDF cannot be written. On Windows the system fonts FangSong, SimSun, SimHei and KaiTi are used; on Linux install the packages fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-lxgw-wenkai and fonts-hanazono, or choose font files in the settings.</source>
      <translation>找不到中文 TrueType 字体，无法生成 PDF。Windows 使用系统自带的仿宋、宋体、黑体和楷体；Linux 请安装 fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei、fonts-lxgw-wenkai 和 fonts-hanazono 软件包，或在设置中指定字体文件。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>No calls for nominations yet. Press New call to make one (the expert group, the standards group or new members), then record what comes back.</source>
      <translation>还没有征集。点击“新建征集”（专家组、标准组或新成员入会），然后登记收回的表格。</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>No contacts yet. Press New (Ctrl+N) to add a contact to a member unit.</source>
      <translation>还没有联系人。点击“新建”（Ctrl+N）为成员单位添加联系人。</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>No e-mail yet. Write one from a notice (Notices → E-mail…) or from units chosen in the member list; set the mail account in File → Settings first.</source>
      <translation>还没有邮件。可从通知（通知 → 发邮件…）或在会员单位列表中选择单位后撰写；请先在“文件 → 设置”中设置邮箱账户。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>No meetings yet: New… records one, from its invitation to approved minutes.</source>
      <translation>还没有会议：点“新建…”记录一次会议，从邀请到纪要审定。</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>No member units yet. Press New (Ctrl+N) to register one, import a member list from File → Import, or try the program with Help → Fill this empty database with demo data.</source>
      <translation>还没有成员单位。点击“新建”（Ctrl+N）登记一家，或通过“文件 → 导入”导入成员名单，也可以用“帮助 → 在空数据库中填入演示数据”试用本程序。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>No notices yet. Press New (Ctrl+N) to draft one. Before the first one is issued, set the alliance's names, document-number prefix and seal in File → Alliance settings.</source>
      <translation>还没有通知。点击“新建”（Ctrl+N）起草一份。发布第一份通知前，请在“文件 → 联盟设置”中设置联盟名称、机关代字和印章。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>No reply</source>
      <translation>未回复</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>No seal</source>
      <translation>无印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>No seal image yet: add one in File → Alliance settings.</source>
      <translation>尚未设置印章图片：请在“文件 → 联盟设置”中添加。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>No secure connection to {host} (port {port}): check SSL or STARTTLS and the port ({reason}).</source>
      <translation>无法与 {host}（端口 {port}）建立安全连接：请检查 SSL 或 STARTTLS 及端口（{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>No title was found in the text: the file name is used as the title.</source>
      <translation>文中未找到标题，已用文件名作为标题。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Nobody found: check the spelling, or add a walk-in</source>
      <translation>未找到：请检查输入，或进行现场登记</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Nobody here yet. Approved nominations join automatically; New (Ctrl+N) adds someone directly.</source>
      <translation>这里还没有人。评审通过的推荐会自动加入；也可点击“新建”(Ctrl+N) 直接添加。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Nobody invited yet.</source>
      <translation>尚未邀请任何人。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Nobody invited yet: Invite units… or Add guest…</source>
      <translation>尚未邀请任何人：请点“邀请单位…”或“添加来宾…”</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Nobody to write to: none of the chosen units has a contact with an e-mail address ({names}).</source>
      <translation>没有收件人：所选单位都没有留有电子邮箱的联系人（{names}）。</translation>
    </message>
    <message>
      <source>Nobody to write to: none of the chosen units has a contact with an e-mail address.</source>
      <translation type="vanished">没有收件人：所选单位都没有留有电子邮箱的联系人。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Nobody to write to: the recipients chosen name no unit or contact (for a reminder: everyone has answered).</source>
      <translation>没有收件人：所选收件人中没有任何单位或联系人（如为提醒：各单位均已回复）。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Nominating unit</source>
      <translation>推荐单位</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Nomination</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Nomination {id} does not exist.</source>
      <translation>推荐 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Nomination: {call}</source>
      <translation>推荐：{call}</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Nominations and applications</source>
      <translation>推荐与申请</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Nominations and applications by state</source>
      <translation>推荐与申请（按状态）</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Nominations and applications shown: {count}</source>
      <translation>显示的推荐与申请：{count} 份</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Nominations and applications: {count}</source>
      <translation>推荐与申请：{count} 份</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>None (only a server on this computer)</source>
      <translation>无（仅限本机上的服务器）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>None (the alliance as a whole)</source>
      <translation>无（联盟整体）</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>Not answered yet: {count} of {targeted} units</source>
      <translation>尚未报送：{targeted} 家单位中的 {count} 家</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Not approved</source>
      <translation>不通过</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Note</source>
      <translation>附注</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Nothing could be read: {problems}</source>
      <translation>没有读到任何表格：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Nothing found for {text}.</source>
      <translation>没有找到与 {text} 相符的内容。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Nothing has come back yet. Press Record (Ctrl+N) to enter a returned form.</source>
      <translation>尚未收到任何表格。点击“登记”(Ctrl+N) 录入收回的表格。</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Nothing matches the filter.</source>
      <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Nothing new for {title}: these results were merged before.</source>
      <translation>{title}没有新的签到结果：这些结果此前已经合并过。</translation>
    </message>
    <message>
      <location filename="../ui/common/drops.py" />
      <source>Nothing was imported from {files}. Drop returned forms (.pdf or .xlsx, or a folder of them) anywhere on the window, a member list (.xlsx or .csv) on the Member units page, or a document (.docx, .md or .txt) on the Notices page.</source>
      <translation>没有导入 {files}。可以拖放到窗口上的有：交回的表格（.pdf 或 .xlsx，或装有它们的文件夹），拖到任意页面；成员名单（.xlsx 或 .csv），拖到“成员单位”页面；文档（.docx、.md 或 .txt），拖到“通知”页面。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>Notice {id} does not exist.</source>
      <translation>通知 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>Notice {id} written to {path}</source>
      <translation>通知 {id} 已写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Notice {number}: {title}</source>
      <translation>通知 {number}：{title}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Notice {number}: {title} (read-only)</source>
      <translation>通知 {number}：{title}（只读）</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Notice: {title}</source>
      <translation>通知：{title}</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>Notices</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>Notices by year and state</source>
      <translation>各年度通知（按状态）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Notices shown: {count}</source>
      <translation>显示通知：{count} 份</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="vanished">序号</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Number line of the minutes</source>
      <translation>纪要期号</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Number of employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Number or date line:</source>
      <translation>期号或日期行：</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Office phone</source>
      <translation>办公电话</translation>
    </message>
    <message>
      <source>Office telephone</source>
      <translation type="vanished">办公电话</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Only an issued notice can be corrected; a draft can simply be edited.</source>
      <translation>只有已发布的通知才能更正；草稿直接编辑即可。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only approved minutes can be corrected; a draft can simply be edited.</source>
      <translation>只有已审定的纪要才需要更正；草稿可以直接修改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only circulated minutes can go back to draft.</source>
      <translation>只有征求意见中的纪要才能退回草稿。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only draft minutes can be circulated for comments.</source>
      <translation>只有草稿纪要才能征求意见。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package</source>
      <translation>打开会议签到包</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package…</source>
      <translation>打开会议签到包…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items</source>
      <translation>未完成督办事项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Open action items ({count})</source>
      <translation>未完成的督办事项（{count}）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items of every meeting, overdue first</source>
      <translation>所有会议的未完成督办事项，逾期的在前</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Open another file…</source>
      <translation>打开其他文件…</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Open anyway</source>
      <translation>仍然打开</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Open data folder</source>
      <translation>打开数据文件夹</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Open database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Open database…</source>
      <translation>打开数据库…</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Open meeting package {title}</source>
      <translation>打开会议签到包{title}</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Open read-only</source>
      <translation>只读打开</translation>
    </message>
    <message>
      <location filename="../ui/members/unit_contacts.py" />
      <source>Open the selected contact (Enter)</source>
      <translation>打开选中的联系人（Enter）</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Open, not yet due</source>
      <translation>未完成、未到期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Opened on</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Opinion of the applicant</source>
      <translation>申请单位意见</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Opinion of the recommending unit</source>
      <translation>推荐单位意见</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Order</source>
      <translation>顺序</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Order of the attendee lists:</source>
      <translation>出席名单排序：</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Organiser</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Other meeting</source>
      <translation>其他会议</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Overdue since {date}</source>
      <translation>自 {date} 起逾期</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>PDF (GB/T 9704, for sending and printing)</source>
      <translation>PDF（GB/T 9704 版式，用于发送和打印）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>PDF saved: {path}</source>
      <translation>PDF 已保存：{path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <source>PNG pictures (*.png)</source>
      <translation type="vanished">PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Page numbers (宋体)</source>
      <translation>页码（宋体）</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Pages: {count}</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Paragraph</source>
      <translation>正文段落</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Password of {user} on {host}:</source>
      <translation>{host} 上 {user} 的密码：</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Paste the whole notice as written in WPS or Word: title, addressees, text with its numbered headings (一、 （一） 1. （1）), attachment note, signature and date. The notice editor then opens with what was recognised, for you to check before saving.</source>
      <translation>粘贴在 WPS 或 Word 中写好的整篇通知：标题、主送机关、带序号（一、 （一） 1. （1））的正文、附件说明、署名和日期。随后会在通知编辑器中打开识别结果，请核对后再保存。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Permanently deleted:</source>
      <translation>已永久删除：</translation>
    </message>
    <message>
      <source>Permanently deleted: {units} member units, {contacts} contacts, {notices} notices.</source>
      <translation type="vanished">已永久删除：成员单位 {units} 家，联系人 {contacts} 位，通知 {notices} 份。</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="vanished">责任人</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Personal data</source>
      <translation>个人信息</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Personal pledge</source>
      <translation>本人承诺</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../ui/common/messages.py" />
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>Please correct: {problems}</source>
      <translation>请更正：{problems}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Political status</source>
      <translation>政治面貌</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Portable: data, settings and backups stay in the program's folder.</source>
      <translation>便携版：数据、设置和备份都保存在程序所在的文件夹中。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Position of the contact</source>
      <translation type="vanished">联系人职务</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Position of the legal representative</source>
      <translation>法定代表人职务</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Position:</source>
      <translation>职务：</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Postal address</source>
      <translation>通讯地址</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Postcode</source>
      <translation>邮政编码</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Presented by</source>
      <translation>汇报人</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Presented by:</source>
      <translation>汇报人：</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Press Preview to see exactly what each recipient gets.</source>
      <translation>按“预览”查看每位收件人将收到的确切内容。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Preview and print…</source>
      <translation>预览和打印…</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Preview: {title}</source>
      <translation>预览：{title}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Primary contact</source>
      <translation>主要联系人</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Primary contacts only</source>
      <translation>仅主要联系人</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Print the seal over the signature</source>
      <translation>在署名处加盖印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Printed above the date; usually the alliance's name</source>
      <translation>印在成文日期上方，通常为联盟名称</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Printed on</source>
      <translation>印发日期</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../ui/common/messages.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Professional committee</source>
      <translation>专业委员会</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Professional committee:</source>
      <translation>专业委员会：</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Professional committees</source>
      <translation>专业委员会</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Professional title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Proficiency</source>
      <translation>熟练程度</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Progress</source>
      <translation>进展</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note</source>
      <translation>进展记录</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note…</source>
      <translation>进展记录…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress on {item}:</source>
      <translation>“{item}”的进展：</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Publish list</source>
      <translation>公布名单</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Publish list…</source>
      <translation>公布名单…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put the selected open items on another meeting's agenda</source>
      <translation>把所选未完成事项列入另一次会议的议程</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put them on the agenda of:</source>
      <translation>列入以下会议的议程：</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Put {field} back to “{value}”?</source>
      <translation>将{field}改回“{value}”？</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Queue</source>
      <translation>放入发件箱</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Queue {count} e-mails: {title}</source>
      <translation>将 {count} 封邮件放入发件箱：{title}</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Queued at</source>
      <translation>放入时间</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Read from the pasted text. Check the title, addressees, heading levels, attachments, signature and date, then save.</source>
      <translation>已从粘贴的文字读取。请核对标题、主送机关、标题层级、附件、署名和日期，然后保存。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Read from {file}. Check the title, addressees, heading levels, attachments, signature and date, then save.</source>
      <translation>已从 {file} 读取。请核对标题、主送机关、标题层级、附件、署名和日期，然后保存。</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Read the text</source>
      <translation>读取文字</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Read-only view of the backup {path}</source>
      <translation>正在只读查看备份 {path}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Ready</source>
      <translation>可以登记</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Reason for the change</source>
      <translation>变更原因</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Receive {name} again</source>
      <translation>重新收到 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Received on</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>Received: {count}</source>
      <translation>已收到：{count} 份</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Recipient</source>
      <translation>收件人</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Recipients</source>
      <translation>收件人</translation>
    </message>
    <message>
      <source>Recommending unit</source>
      <translation type="vanished">推荐单位</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Record</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Record anyway</source>
      <translation>仍然登记</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Record nomination {name}</source>
      <translation>登记推荐 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Record the attendance of {count} invitees at {title}</source>
      <translation>登记{title} {count} 名参会人员的出席情况</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Record the reply of {count} invitees to {title}</source>
      <translation>登记{title} {count} 名受邀人员的回执</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Record {id} does not exist.</source>
      <translation>记录 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Recorded already? {where}</source>
      <translation>是否已有记录？{where}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Recorded by (your name):</source>
      <translation>记录人（您的姓名）：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Record…</source>
      <translation>登记…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Redo: {action}</source>
      <translation>重做：{action}</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Redone: {action}</source>
      <translation>已重做：{action}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Refuse rows with a wrong contact cell</source>
      <translation>联系人单元格有误时拒绝整行</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Region</source>
      <translation>地区</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Register member unit {name}</source>
      <translation>登记成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Registered capital</source>
      <translation>注册资本</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>Remind the units not answered yet…</source>
      <translation>提醒尚未报送的单位…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>Remind those who have not replied…</source>
      <translation>提醒尚未回复的人员…</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Remove from committee…</source>
      <translation>移出专业委员会…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Remove {count} e-mails from the outbox</source>
      <translation>从发件箱移除 {count} 封邮件</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Remove {count} invitees from {title}</source>
      <translation>从{title}移除 {count} 名受邀人员</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Rename agenda item</source>
      <translation>修改议题名称</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Rename attachment</source>
      <translation>重命名附件</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Rename saved search</source>
      <translation>重命名保存的搜索</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Rename saved search {name}</source>
      <translation>重命名保存的搜索 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Reopen action item: {text}</source>
      <translation>重新打开督办事项：{text}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Repair</source>
      <translation>修复</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Repair what can be repaired safely?</source>
      <translation>修复可以安全修复的问题吗？</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>Repaired: {what}</source>
      <translation>已修复：{what}</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Replace</source>
      <translation>替换</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Replace the current data by the backup of {when}? The current state is backed up first, so this can be reversed.</source>
      <translation>用 {when} 的备份替换当前数据？替换前会先备份当前状态，可以撤回。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Reply</source>
      <translation>回执</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Research</source>
      <translation>研</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Research institute</source>
      <translation>科研院所</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Responsible person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Responsible unit</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Restore a copy…</source>
      <translation>恢复副本…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore call {name}</source>
      <translation>恢复征集 {name}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Restore contact {name}</source>
      <translation>恢复联系人 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore expert {name}</source>
      <translation>恢复专家 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Restore meeting {name}</source>
      <translation>恢复会议{name}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Restore member unit {name}</source>
      <translation>恢复成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore nomination {name}</source>
      <translation>恢复推荐 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Restore notice {name}</source>
      <translation>恢复通知 {name}</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Restore saved search {name}</source>
      <translation>恢复保存的搜索 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore standards group member {name}</source>
      <translation>恢复标准组成员 {name}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Restore the selected items (Enter)</source>
      <translation>恢复选中的项目（Enter）</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore {count} calls</source>
      <translation>恢复 {count} 项征集</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Restore {count} contacts</source>
      <translation>恢复 {count} 位联系人</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore {count} experts</source>
      <translation>恢复 {count} 位专家</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Restore {count} meetings</source>
      <translation>恢复 {count} 个会议</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Restore {count} member units</source>
      <translation>恢复 {count} 家成员单位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore {count} nominations</source>
      <translation>恢复 {count} 份推荐</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Restore {count} notices</source>
      <translation>恢复 {count} 份通知</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Restore {count} saved searches</source>
      <translation>恢复 {count} 个保存的搜索</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore {count} standards group members</source>
      <translation>恢复 {count} 位标准组成员</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Restore {record}</source>
      <translation>恢复{record}</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>Restored {path}: {units} member units, {contacts} contacts. The file it replaced could not be backed up (damaged); it was kept as {kept}.</source>
      <translation>已恢复 {path}：{units} 家成员单位，{contacts} 位联系人。被替换的文件已损坏，无法备份，已保留为 {kept}。</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>Restored {path}: {units} member units, {contacts} contacts. The state before was backed up first.</source>
      <translation>已恢复 {path}：成员单位 {units} 家，联系人 {contacts} 位。恢复前的状态已先行备份。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Restore…</source>
      <translation>恢复…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Return the minutes of {title} to draft</source>
      <translation>将{title}纪要退回草稿</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Return {name} for completion</source>
      <translation>退回 {name} 补充材料</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Returned for completion</source>
      <translation>退回补充</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Returned forms: {call}</source>
      <translation>收回的表格：{call}</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Revert</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Revert this change</source>
      <translation>撤回这项修改</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Revert {field} of {name}</source>
      <translation>撤回 {name} 的{field}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Review</source>
      <translation>评审</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Reviewer notes</source>
      <translation>评审意见</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Review…</source>
      <translation>评审…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Role</source>
      <translation>担任角色</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}, column {column} ({header}): {reason}</source>
      <translation>第 {row} 行，{column} 列（{header}）：{reason}</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}, column {column}: {reason}</source>
      <translation>第 {row} 行，{column} 列：{reason}</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}: {reason}</source>
      <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Rows that will not be imported:</source>
      <translation>以下行不会导入：</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>SMTP server</source>
      <translation>SMTP 服务器</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>SSL (implicit TLS, port 465)</source>
      <translation>SSL（隐式 TLS，端口 465）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Save a copy as</source>
      <translation>另存副本</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Save a copy as…</source>
      <translation>另存副本…</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Save a copy of the attached file</source>
      <translation>另存附件文件</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Save and issue…</source>
      <translation>保存并发布…</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Save and preview</source>
      <translation>保存并预览</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Save as Excel…</source>
      <translation>保存为 Excel…</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Save drafts to folder…</source>
      <translation>草稿保存到文件夹…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Save notes</source>
      <translation>保存记录</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Save search</source>
      <translation>保存搜索</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Save search {name}</source>
      <translation>保存搜索 {name}</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Save search…</source>
      <translation>保存搜索…</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart as a picture</source>
      <translation>将图表保存为图片</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart's numbers</source>
      <translation>保存图表数据</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart's numbers as an Excel workbook</source>
      <translation>将图表数据保存为 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>Saved searches</source>
      <translation>保存的搜索</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>Say whom to write to: all, level:…, committee:…, unit:&lt;id&gt; or contact:&lt;id&gt;, joined with commas.</source>
      <translation>请指定收件人：all、level:…、committee:…、unit:&lt;编号&gt; 或 contact:&lt;编号&gt;，用逗号分隔。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Scanned copy</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
      <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Script:</source>
      <translation>简繁：</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Seal</source>
      <translation>印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Seal image</source>
      <translation>印章图片</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Sealed</source>
      <translation>加盖印章</translation>
    </message>
    <message>
      <location filename="../ui/overview/window.py" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Search everything</source>
      <translation>全局搜索</translation>
    </message>
    <message>
      <location filename="../ui/overview/window.py" />
      <source>Search everything…</source>
      <translation>全局搜索…</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>Search units, contacts, notices, meetings… (Ctrl+K)</source>
      <translation>搜索单位、联系人、通知、会议……（Ctrl+K）</translation>
    </message>
    <message>
      <source>Search units, contacts, notices… (Ctrl+K)</source>
      <translation type="vanished">搜索单位、联系人、通知……（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Security</source>
      <translation>加密方式</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Select a member unit to see it here.</source>
      <translation>选中一家成员单位，即可在此查看其概况。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Select the items to delete for good first.</source>
      <translation>请先选中要永久删除的项目。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Select the items to restore first.</source>
      <translation>请先选中要恢复的项目。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>Selection</source>
      <translation>所选单位</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send again</source>
      <translation>重新发送</translation>
    </message>
    <message>
      <source>Send e-mail</source>
      <translation type="vanished">发邮件</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send now</source>
      <translation>立即发送</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Send the notice to member units by e-mail, or save .eml drafts</source>
      <translation>用电子邮件把通知发给会员单位，或保存为 .eml 草稿</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send what waits in the outbox, in the background</source>
      <translation>在后台发送发件箱中待发的邮件</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Send {count} e-mails</source>
      <translation>发送 {count} 封邮件</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Send {count} e-mails again</source>
      <translation>重新发送 {count} 封邮件</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Send {name} to review</source>
      <translation>将 {name} 提交评审</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sender</source>
      <translation>发件人</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sender address</source>
      <translation>发件人地址</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Sender name</source>
      <translation>发件人名称</translation>
    </message>
    <message>
      <source>Sender's address</source>
      <translation type="vanished">发件人地址</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sending</source>
      <translation>正在发送</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Sending e-mail…</source>
      <translation>正在发送邮件…</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Sending was cancelled; the rest waits in the outbox.</source>
      <translation>发送已取消；其余邮件留在发件箱中待发。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Sends apologies</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sent at</source>
      <translation>发送时间</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Sent: {sent}. Failed: {failed}. May have been sent: {uncertain}. Still waiting: {waiting}.</source>
      <translation>已发送：{sent}。失败：{failed}。可能已发出：{uncertain}。仍待发送：{waiting}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Serial number</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Server: {host}:{port} ({security}); user: {user}; sender: {name} &lt;{address}&gt;</source>
      <translation>服务器：{host}:{port}（{security}）；用户：{user}；发件人：{name} &lt;{address}&gt;</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Set the document-number prefix (机关代字) in the alliance settings before issuing a notice.</source>
      <translation>发布通知前，请先在“联盟设置”中设置机关代字。</translation>
    </message>
    <message>
      <location filename="../core/members/committees.py" />
      <source>Set the lead unit of committee {id}</source>
      <translation>设置专业委员会 {id} 的牵头单位</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Set the sender's address first (Settings → E-mail).</source>
      <translation>请先设置发件人地址（设置 → 电子邮件）。</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Shortcut: Ctrl+{digit}</source>
      <translation>快捷键：Ctrl+{digit}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Show done and dropped</source>
      <translation>显示已完成和已撤销的</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Show every year again</source>
      <translation>重新显示所有年份</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Shown: {count}</source>
      <translation>显示：{count} 人</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Show…</source>
      <translation>查看…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign in (Enter)</source>
      <translation>签到（回车）</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Sign in {name}</source>
      <translation>{name}签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign people in at the door: find them by name, pinyin, initials or unit</source>
      <translation>会场签到：按姓名、拼音、首字母或单位查找</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in</source>
      <translation>签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in laptop</source>
      <translation>签到电脑</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in results (*{suffix})</source>
      <translation>签到结果 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Sign-in results merged</source>
      <translation>签到结果已合并</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF</source>
      <translation>签到表 PDF</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF…</source>
      <translation>签到表 PDF…</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>Sign-in sheet of meeting {id} written to {path}</source>
      <translation>会议 {id} 的签到表已写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign-in: {title}</source>
      <translation>签到：{title}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Signed by</source>
      <translation>发文机关署名</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Signed in</source>
      <translation>已签到</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Signed in at</source>
      <translation>签到时间</translation>
    </message>
    <message>
      <source>Signing body</source>
      <translation type="vanished">发文机关署名</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Simplified Chinese</source>
      <translation>简体</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Skipped: {unit} {contact}: {reason}</source>
      <translation>已跳过：{unit} {contact}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Some messages carry more attachments than the limit set:
{details}
Many servers refuse messages that large. Queue them anyway?</source>
      <translation>有些邮件的附件超过了设定的大小限制：
{details}
很多服务器会拒收这么大的邮件。仍然放入发件箱吗？</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Some of these may have arrived already. Send them again all the same?</source>
      <translation>其中有些可能已经送达。仍然重新发送吗？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Someone attends in place of the selected invitee (代)</source>
      <translation>由他人代替所选受邀人出席（代）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Someone not invited: added and signed in now, offered as a new contact afterwards</source>
      <translation>未受邀的到场人员：现在登记并签到，会后可添加为新联系人</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Specialty</source>
      <translation>从事专业</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard number</source>
      <translation>标准编号</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard title</source>
      <translation>标准名称</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standards drafted or revised</source>
      <translation>参加过的标准制修订情况</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Standards group</source>
      <translation>标准组</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Standards group members: {count}</source>
      <translation>标准组成员：{count} 位</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standards group nomination form</source>
      <translation>标准组推荐表</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Standards group roster</source>
      <translation>标准组名单</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Standing council meeting</source>
      <translation>常务理事会</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Standing council unit</source>
      <translation>常务理事单位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Start the formal check of {name}</source>
      <translation>开始对 {name} 形式审查</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Starts and ends at</source>
      <translation>起止时间</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Starts at</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="vanished">状态</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Subject</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Subject studied</source>
      <translation>所学专业</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Subject: {value}</source>
      <translation>主题：{value}</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Superseded</source>
      <translation>已被更正</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Suspended</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Take unsent messages out of the outbox</source>
      <translation>把未发送的邮件从发件箱中移除</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Take {count} units out of a professional committee</source>
      <translation>将 {count} 家单位移出专业委员会</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Take {count} unsent messages out of the outbox?</source>
      <translation>从发件箱中移除 {count} 封未发送的邮件吗？</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Technical strengths</source>
      <translation>专业技术特长</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Technical title</source>
      <translation>技术职称</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Telephone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Term end</source>
      <translation>任期截止</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Term start</source>
      <translation>任期开始</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Terms ended</source>
      <translation>任期已满</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Terms ending within 6 months</source>
      <translation>6 个月内任期届满</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Test the connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Text</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That action item no longer exists.</source>
      <translation>该督办事项已不存在。</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That agenda item no longer exists.</source>
      <translation>该议题已不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>That change cannot be reverted from here.</source>
      <translation>这项修改无法在此撤回。</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>That change is no longer in the history.</source>
      <translation>修改记录中已没有这项修改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That decision no longer exists.</source>
      <translation>该决定事项已不存在。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>That invitee is no longer on the list.</source>
      <translation>该人员已不在参会名单中。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The Excel template for many nominations at once</source>
      <translation>Excel 模板（一次推荐多人）</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>The attached file is missing from the database.</source>
      <translation>数据库中缺少该附件文件。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup could not be written to {folder}: {reason}</source>
      <translation>无法将备份写入 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup folder {folder} cannot be created: {reason}</source>
      <translation>无法创建备份文件夹 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup folder {folder} holds too many backups of the same moment.</source>
      <translation>备份文件夹 {folder} 中同一时刻的备份过多。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>The backup of {when} was restored.</source>
      <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>The blank fillable forms of its calls</source>
      <translation>其征集的空白可填写表格</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The blank form as a fillable PDF</source>
      <translation>空白表格（可填写的 PDF）</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The call's notice as PDF, and its attached files</source>
      <translation>征集通知的 PDF 及其附件文件</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The call's notice is still a draft: its PDF carries the word 草稿 (draft).</source>
      <translation>征集通知仍是草稿：其 PDF 带有“草稿”字样。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The change log of “{table}” does not cover all its columns (undo would restore only part of a record); it is brought up to date.</source>
      <translation>“{table}”的变更记录没有涵盖全部字段（撤销只能恢复记录的一部分）；已更新。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>The changes of notices are recorded (Edit → Undo works), but this version cannot list them here yet.</source>
      <translation>通知的修改均有记录（可用“编辑 → 撤销”），但当前版本暂时无法在此列出。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>The characters in {file} cannot be read: it is not a text file in a known encoding (UTF-8, GB18030). Open it in Excel or WPS and save it as CSV UTF-8 or .xlsx.</source>
      <translation>无法读取 {file} 中的文字：它不是已知编码（UTF-8、GB18030）的文本文件。请用 Excel 或 WPS 打开，另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>The charts could not be counted: {error}</source>
      <translation>无法统计图表：{error}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The check lists every row that cannot be imported, with its column and the reason.</source>
      <translation>检查结果将列出每个无法导入的行，以及所在列和原因。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The connection to {host} failed: {reason}</source>
      <translation>连接 {host} 失败：{reason}</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The convening notice as PDF, and its attached files</source>
      <translation>会议通知的 PDF 及其附件文件</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The convening notice is still a draft: its PDF carries the word 草稿 (draft).</source>
      <translation>会议通知仍是草稿：其 PDF 带有“草稿”字样。</translation>
    </message>
    <message>
      <source>The copy cannot be used: {reason}</source>
      <translation type="vanished">该副本无法使用：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>The damaged file was kept as {path}.</source>
      <translation>损坏的文件已保留为 {path}。</translation>
    </message>
    <message>
      <location filename="../core/demo.py" />
      <source>The database already holds member units. Demo data can only be added to an empty database: create a new database file for the demo.</source>
      <translation>数据库中已有成员单位。演示数据只能添加到空数据库中：请为演示新建一个数据库文件。</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>The database cannot be opened</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} cannot be opened: the file or its folder cannot be reached.</source>
      <translation>无法打开数据库文件 {path}：无法访问该文件或其所在文件夹。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} cannot be read.</source>
      <translation>无法读取数据库文件 {path}。</translation>
    </message>
    <message>
      <source>The database file {path} cannot be read: {reason}</source>
      <translation type="vanished">无法读取数据库文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>The database file {path} cannot be written (it is read-only, or its folder or drive is): it is open read-only and nothing can be changed. To work on it, copy it to a writable folder and open the copy.</source>
      <translation>数据库文件 {path} 无法写入（文件本身、所在文件夹或驱动器是只读的）：现以只读方式打开，不能做任何修改。如需编辑，请将其复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} could not be read or written (an error of the disk, the USB stick or the network). Check the drive and try again.</source>
      <translation>无法读写数据库文件 {path}（磁盘、U 盘或网络出错）。请检查驱动器后再试。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} could not be used (SQLite error {code}).</source>
      <translation>无法使用数据库文件 {path}（SQLite 错误 {code}）。</translation>
    </message>
    <message>
      <source>The database file {path} could not be written: {reason}</source>
      <translation type="vanished">无法写入数据库文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>The database file {path} does not exist.</source>
      <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} does not exist. Check the name and the folder.</source>
      <translation>数据库文件 {path} 不存在。请检查文件名和文件夹。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is busy: another program is writing to it. Wait a moment and try again.</source>
      <translation>数据库文件 {path} 正忙：另一个程序正在写入。请稍候再试。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is damaged (SQLite's check finds broken pages). Nothing was written to it. Restore a backup (File → Backups, or the restore command); File → Save a copy keeps what can still be read.</source>
      <translation>数据库文件 {path} 已损坏（SQLite 检查发现损坏的页）。未向其写入任何内容。请恢复备份（文件 → 备份，或 restore 命令）；“文件 → 另存副本”可保存仍可读取的内容。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is damaged, so nothing was written to it. Restore a backup (File → Backups, or the restore command).</source>
      <translation>数据库文件 {path} 已损坏，因此未向其写入任何内容。请恢复备份（文件 → 备份，或 restore 命令）。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is no longer there (was a USB stick removed?). Nothing was saved. Put it back and try again, or save everything to another file.</source>
      <translation>数据库文件 {path} 已不在原处（是否拔出了U盘？），未保存任何内容。请将其放回原处后重试，或将全部内容保存到另一个文件。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is open read-only: nothing can be saved.</source>
      <translation>数据库文件 {path} 以只读方式打开，无法保存任何内容。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is read-only (or its folder is). Copy it to a writable folder and open the copy.</source>
      <translation>数据库文件 {path}（或其所在文件夹）是只读的。请将其复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is read-only: nothing can be saved. Copy it to a writable folder and open the copy.</source>
      <translation>数据库文件 {path} 是只读的，无法保存任何内容。请将其复制到可写的文件夹，再打开副本。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The database is in good order.</source>
      <translation>数据库状态良好。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} is already open in another window of this program (process {pid}). Switch to that window, or close it first.</source>
      <translation>数据库 {path} 已在本程序的另一个窗口中打开（进程 {pid}）。请切换到那个窗口，或先将其关闭。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} is open in another window of this program (process {pid}). Close it there first, then try again.</source>
      <translation>数据库 {path} 已在本程序的另一个窗口中打开（进程 {pid}）。请先在那里关闭，再试一次。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} seems to be open on the computer {host}. Close it there first, then try again.</source>
      <translation>数据库 {path} 似乎正在计算机 {host} 上打开。请先在那里关闭，再试一次。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} seems to be open on the computer {host}. Opening it here too can lose changes.</source>
      <translation>数据库 {path} 似乎正在计算机 {host} 上打开。在此同时打开可能导致修改丢失。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The disk holding {path} is full. Free some space and try again.</source>
      <translation>{path} 所在的磁盘已满。请腾出一些空间后再试。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The disk holding {path} is full: nothing was saved and the file is unchanged. Free some space and try again.</source>
      <translation>{path} 所在的磁盘已满：未保存任何内容，文件保持不变。请腾出一些空间后再试。</translation>
    </message>
    <message>
      <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
      <translation type="vanished">{path} 所在磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The document has no issuer mark (the red name at the top).</source>
      <translation>公文缺少发文机关标志（顶部的红色名称）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The e-mail account is not complete: {problems}.</source>
      <translation>邮箱账户设置不完整：{problems}。</translation>
    </message>
    <message>
      <location filename="../core/notices/export.py" />
      <source>The export was cancelled.</source>
      <translation>导出已取消。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The file is damaged: SQLite's integrity check reports {count} problems (broken pages or indexes). Nothing can be repaired safely here; restore a backup (File → Backups, or the restore command).</source>
      <translation>文件已损坏：SQLite 完整性检查报告了 {count} 处问题（损坏的页或索引）。此处无法安全修复；请恢复备份（文件 → 备份，或 restore 命令）。</translation>
    </message>
    <message>
      <source>The file is damaged: {detail}. Restore a backup.</source>
      <translation type="vanished">文件已损坏：{detail}。请恢复备份。</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>The file {path} could not be written.</source>
      <translation>无法写入文件 {path}。</translation>
    </message>
    <message>
      <location filename="../core/overview/export.py" />
      <source>The file {path} could not be written: {reason}</source>
      <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>The file {path} does not exist.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/overview/export.py" />
      <source>The file {path} exists already.</source>
      <translation>文件 {path} 已存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>The files hold forms of several kinds; import them with a call named (--call).</source>
      <translation>这些文件包含不同种类的表格；请指定征集（--call）后导入。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The fillable form with each unit's own details already typed in</source>
      <translation>可填写表格，已填好各单位自身信息</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The folder {folder} is read-only: a new database cannot be created there.</source>
      <translation>文件夹 {folder} 是只读的，无法在其中新建数据库。</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>The font file chosen for {role} does not exist: {path}</source>
      <translation>为{role}指定的字体文件不存在：{path}</translation>
    </message>
    <message>
      <location filename="../core/documents/pdffonts.py" />
      <source>The font file {path} changed while the PDF was being written. Export again.</source>
      <translation>写入 PDF 期间字体文件 {path} 已更改，请重新导出。</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>The font file {path} is not a TrueType font (PostScript/CFF outlines cannot be embedded in a PDF). Choose a .ttf or .ttc file.</source>
      <translation>字体文件 {path} 不是 TrueType 字体（PostScript/CFF 轮廓无法嵌入 PDF）。请选择 .ttf 或 .ttc 文件。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The heading “{text}” is numbered {label} in the notice ({typed} in the file).</source>
      <translation>标题“{text}”在通知中编为 {label}（原文为 {typed}）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>The import was cancelled; nothing was changed.</source>
      <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The lines above the title were kept at the start of the text: {lines}</source>
      <translation>标题上方的内容已保留在正文开头：{lines}</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>The list of licences is missing from this installation: {path}</source>
      <translation>本安装缺少许可协议清单：{path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>The meeting decided:</source>
      <translation>会议决定：</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The meeting has no convening notice: nothing is attached.</source>
      <translation>该会议没有会议通知：不附带任何文件。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The meeting of {path} is not in this database; nothing was changed.</source>
      <translation>{path} 所属的会议不在本数据库中；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The meeting {title} is in the trash: restore it first; nothing was changed.</source>
      <translation>会议{title}在已删除项目中：请先恢复；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>The meeting's facts were changed but not saved. Close without saving them?</source>
      <translation>会议基本信息已修改但未保存。不保存就关闭吗？</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>The member list changed since the preview (a unit or contact was deleted); nothing was imported. Preview the file again.</source>
      <translation>预览之后成员名单有变动（有单位或联系人被删除），未导入任何内容。请重新预览该文件。</translation>
    </message>
    <message>
      <source>The member list changed since the preview ({reason}); nothing was imported. Preview the file again.</source>
      <translation type="vanished">预览之后成员名单有变动（{reason}），未导入任何内容。请重新预览该文件。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>The member list changed since the preview; nothing was imported. Preview the file again.</source>
      <translation>预览之后成员名单有变动，未导入任何内容。请重新预览该文件。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>The message to {name} ({unit}) carries {size} of attachments; the limit set is {limit} MB.</source>
      <translation>发给 {name}（{unit}）的邮件附件共 {size}；设定的限制为 {limit} MB。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>The minutes as a Word document (.docx), for editing in WPS or Word</source>
      <translation>将纪要导出为 Word 文档（.docx），在 WPS 或 Word 中编辑</translation>
    </message>
    <message>
      <location filename="../core/meetings/record.py" />
      <source>The minutes have no version {version}.</source>
      <translation>纪要没有第 {version} 版。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>The minutes of {title} are approved and can no longer be changed. Make a correction (a new version of the minutes) to change them.</source>
      <translation>{title}的纪要已审定，不能再修改。如需修改，请更正纪要（生成新版本）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The minutes of {title} are approved: there is nothing left to sign in.</source>
      <translation>{title}的纪要已审定：不再需要签到。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>The name is too long: at most {max} characters.</source>
      <translation>名称太长：最多 {max} 个字符。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>The notice as PDF, and its attached files</source>
      <translation>通知的 PDF 及其附件文件</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The notice has no title.</source>
      <translation>通知没有标题。</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>The notice {number} was issued and can no longer be changed. Make a correction to issue a corrected version.</source>
      <translation>通知 {number} 已发布，不能再修改。如需改动，请更正并发布更正版本。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>The package for {title} holds {count} invitees (names, units and positions only). Open it with this program on the sign-in laptop: Sign-in laptop → Open a meeting package.</source>
      <translation>“{title}”的签到包包含 {count} 名受邀人（仅姓名、单位和职务）。请在签到电脑上用本程序打开：签到电脑 → 打开会议签到包。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The password could not be stored: {reason}</source>
      <translation>密码未能保存：{reason}</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The password store could not be read: {reason}</source>
      <translation>无法读取密码存储：{reason}</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>The pasted text holds binary data; paste the text of the notice only.</source>
      <translation>粘贴的内容包含二进制数据，请只粘贴通知的文字。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>The pasted text is too long to be a notice ({length} characters; at most {limit}).</source>
      <translation>粘贴的文字太长，不像一份通知（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>The printable sign-in sheet (签到表) for meetings that sign on paper</source>
      <translation>可打印的签到表，供纸质签到的会议使用</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>The printer cannot be opened.</source>
      <translation>无法打开打印机。</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>The program did not close properly last time. The database check found:</source>
      <translation>上次程序没有正常关闭。数据库检查发现：</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The program stopped while this message was being handed to the server: it may have arrived. Check the Sent folder or ask the recipient, then send it again or mark it as sent.</source>
      <translation>程序在把这封邮件交给服务器时中止：邮件可能已送达。请查看“已发送”文件夹或询问收件人，然后重新发送或标记为已发送。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The punctuation after the attachment names was left out, as GB/T 9704 asks: {marks}</source>
      <translation>按 GB/T 9704 的要求，已去掉附件名称后的标点：{marks}</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>The same person or unit seems to be recorded already: {where}. Compare the values; record this one only if it is someone else.</source>
      <translation>同一人或同一单位似乎已有记录：{where}。请对照各项内容，确认是另一人或另一单位时再登记。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>The saved search no longer exists.</source>
      <translation>该保存的搜索已不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>The scanned copy of the nomination {name} is missing; the link to it can be removed.</source>
      <translation>推荐 {name} 的扫描件已缺失；可以去掉对它的引用。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>The scanned, signed and stamped form</source>
      <translation>签字盖章后的扫描件</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The seal image {path} does not exist.</source>
      <translation>印章图片 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>The seal image {path} is too big (at most 4 MB).</source>
      <translation>印章图片 {path} 太大（最大 4 MB）。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>The seal is printed over the signature of sealed notices. Use a PNG image with a transparent background, the seal about 4 cm across; it is kept in the database (and its backups).</source>
      <translation>加盖印章的通知会在署名处印上印章。请使用透明背景的 PNG 图片，印章直径约 4 厘米；图片保存在数据库中（备份中也有）。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server name {host} cannot be found: no network, or the name is mistyped.</source>
      <translation>找不到服务器 {host}：没有网络，或名称输错了。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the address {address}: {reply}</source>
      <translation>服务器拒收地址 {address}：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the message: {reply}</source>
      <translation>服务器拒收这封邮件：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the sender address {address}: {reply}</source>
      <translation>服务器拒绝发件人地址 {address}：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} (port {port}) refused the connection: check the server name and port, or try again later.</source>
      <translation>服务器 {host}（端口 {port}）拒绝连接：请检查服务器名称和端口，或稍后再试。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} answered: {reply}</source>
      <translation>服务器 {host} 回复：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} closed the connection.</source>
      <translation>服务器 {host} 断开了连接。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} did not answer in time: no network, or the server is busy.</source>
      <translation>服务器 {host} 没有及时响应：没有网络，或服务器繁忙。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} did not prove who it is (its certificate: {reason}).</source>
      <translation>服务器 {host} 无法证明其身份（证书：{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The server {host} does not offer STARTTLS: choose SSL, or ask the provider.</source>
      <translation>服务器 {host} 不支持 STARTTLS：请选择 SSL，或咨询邮箱服务商。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The server {host} refused the user name or password (it answered: {reply}). Check them in Settings → E-mail; some providers want an app password (授权码) instead of the web-mail password.</source>
      <translation>服务器 {host} 拒绝了用户名或密码（回复：{reply}）。请在“设置 → 电子邮件”中检查；有些邮箱服务商要求使用授权码，而不是网页邮箱的登录密码。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>The sign-in of {name} was undone.</source>
      <translation>已取消 {name} 的签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>The sign-in time of {name} at {meeting} does not match the sign-ins recorded; it is set again from them.</source>
      <translation>{meeting}中{name}的签到时间与签到记录不符；已按签到记录重新设定。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>The stored file {name} is not attached to anything; it can be removed.</source>
      <translation>数据库中存储的文件 {name} 未被任何附件使用，可以删除。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>The subject is empty.</source>
      <translation>主题为空。</translation>
    </message>
    <message>
      <location filename="../core/calls/approval.py" />
      <source>The term ends ({end}) before it starts ({start}).</source>
      <translation>任期截止日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>The units of a professional committee:</source>
      <translation>某专业委员会的单位：</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The whole message went to the server, but its answer never came ({reason}): it may have arrived. Check, then send it again or mark it as sent.</source>
      <translation>整封邮件已交给服务器，但没有收到服务器的答复（{reason}）：邮件可能已送达。请核实后重新发送或标记为已发送。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The {count} selected units</source>
      <translation>选中的 {count} 家单位</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The {count} units the filter shows</source>
      <translation>筛选出的 {count} 家单位</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>The {what} {value} is used by several people: {names}.</source>
      <translation>{what} {value} 被多人使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/storage/registry.py" />
      <source>The {what} {value} is used by several records: {names}.</source>
      <translation>{what} {value} 被多条记录使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>The {what} {value} is used by several saved searches: {names}.</source>
      <translation>{what} {value} 被多个保存的搜索使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>The {what} {value} is used by several units: {names}.</source>
      <translation>{what} {value} 被多家单位使用：{names}。</translation>
    </message>
    <message>
      <source>The {what} {value} is used by several units: {units}.</source>
      <translation type="vanished">{what} {value} 被多家单位使用：{units}。</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a day, for days</source>
      <translation>之后每天保留一份，保留天数</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a month, for months</source>
      <translation>之后每月保留一份，保留月数</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a week, for weeks</source>
      <translation>之后每周保留一份，保留周数</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>There is no call for the {kind} yet: make one first, or name one (--call).</source>
      <translation>还没有“{kind}”的征集：请先新建一个，或指定征集（--call）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>There is no text to make a notice from.</source>
      <translation>没有可用于生成通知的文字。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>These minutes are approved already.</source>
      <translation>该纪要已经审定。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>These units have no contact to invite; add one in Member units: {units}</source>
      <translation>以下单位没有可邀请的联系人，请在“成员单位”中添加：{units}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>This action item is done already ({date}, {who}).</source>
      <translation>该督办事项已完成（{date}，{who}）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>This computer has no password store the program can use, so the password cannot be kept; type it each time you send.</source>
      <translation>本机没有程序可用的密码存储，密码无法保存；请在每次发送时输入密码。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>This database holds the meeting {title} already (the package was opened here before, or this is the office database).</source>
      <translation>本数据库中已有会议{title}（此签到包曾在这里打开过，或这就是办公室的数据库）。</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>This field must be filled in.</source>
      <translation>此项必须填写。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>This filter cannot be saved.</source>
      <translation>无法保存此筛选条件。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>This form</source>
      <translation>本表</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>This import has already been done; preview the file again to import it again.</source>
      <translation>这次导入已经完成；如需再次导入，请重新预览该文件。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>This list's filters cannot be saved.</source>
      <translation>此列表的筛选条件不能保存。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>This message has no value for {fields}: give it or take it out of the template.</source>
      <translation>这封邮件没有 {fields} 的值：请填写，或从模板中删去。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>This unit {reason}</source>
      <translation>该单位{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Tick all shown</source>
      <translation>勾选全部显示的单位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Title and issuer mark (小标宋)</source>
      <translation>标题和发文机关标志（小标宋）</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="vanished">收件人</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>To: {value}</source>
      <translation>收件人：{value}</translation>
    </message>
    <message>
      <location filename="../core/overview/charts.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Traditional Chinese (Hong Kong)</source>
      <translation>繁体（香港）</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Traditional Chinese (Taiwan)</source>
      <translation>繁体（台湾）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Traditional characters</source>
      <translation>繁体转换</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Traditional exports convert the text with OpenCC. Names listed here are never converted (people, companies, places); corrections replace a wrong conversion with the right text.</source>
      <translation>导出繁体时用 OpenCC 转换文字。此处列出的名称（人名、公司名、地名）一律不转换；转换修正用正确写法替换错误的转换结果。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Traditional exports convert the text with OpenCC; the names in Alliance settings → Names not to convert stay as typed.</source>
      <translation>导出繁体时用 OpenCC 转换文字；“联盟设置 → 不转换的名称”中的名称保持原样。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Type of employer</source>
      <translation>工作单位性质</translation>
    </message>
    <message>
      <source>Type of unit</source>
      <translation type="vanished">单位性质</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Type part of the unit name</source>
      <translation>输入单位名称的一部分</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Type the text of the notice here, one paragraph per line.</source>
      <translation>在此输入通知正文，每段一行。</translation>
    </message>
    <message>
      <source>Type to search member units, contacts and notices. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation type="vanished">输入文字即可搜索成员单位、联系人和通知。↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
      <source>Type to search member units, contacts, notices, meetings and action items. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation type="vanished">输入文字即可搜索成员单位、联系人、通知、会议和督办事项。↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Type to search member units, contacts, notices, meetings, action items, nominations and experts. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation>输入文字即可搜索成员单位、联系人、通知、会议、督办事项、推荐与申请和专家。↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo sign-in</source>
      <translation>取消签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo the sign-in of the selected arrival (or the last one)</source>
      <translation>取消所选到场人员（或最后一位）的签到</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Undo the sign-in of {name}</source>
      <translation>撤销{name}的签到</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>Undo/redo stopped, nothing was changed: {detail} The file may have been altered by another program; run File → Check database.</source>
      <translation>撤销/重做已停止，没有做任何更改：{detail} 该文件可能被其他程序改动过；请运行“文件 → 检查数据库”。</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Undo: {action}</source>
      <translation>撤销：{action}</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Undone: {action}</source>
      <translation>已撤销：{action}</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Unexpected error: {reason}</source>
      <translation>意外错误：{reason}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unit type</source>
      <translation>单位性质</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Unit:</source>
      <translation>单位：</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Units already registered (same credit code or name):</source>
      <translation>已登记的单位（信用代码或名称相同）：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units chosen one by one:</source>
      <translation>逐个选择的单位：</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Units chosen: {count}</source>
      <translation>已选单位：{count} 家</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Units created: {created}; updated: {updated}; unchanged: {unchanged}; skipped as already registered: {skipped}. Contacts added: {added}; updated: {contacts_updated}. Rows with errors (not imported): {errors}.</source>
      <translation>新建单位 {created} 家；更新 {updated} 家；无变化 {unchanged} 家；已登记而跳过 {skipped} 家。新增联系人 {added} 位；更新 {contacts_updated} 位。有错误（未导入）的行：{errors} 行。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Units invited to the call</source>
      <translation>征集面向的单位</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units of these membership levels:</source>
      <translation>以下会员类别的单位：</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Units that have not answered yet</source>
      <translation>尚未报送的单位</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>University</source>
      <translation>高等院校</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>University graduated from</source>
      <translation>毕业院校</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Unknown field {field} in the column choice.</source>
      <translation>列的对应关系中有未知字段 {field}。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Unknown fields in the template: {fields}. Known fields: {known}.</source>
      <translation>模板中有未知字段：{fields}。可用字段：{known}。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>Unknown kind of message: {kind}.</source>
      <translation>未知的邮件类型：{kind}。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_pdf.py" />
      <source>Unknown order {order}: choose level-strokes or pinyin.</source>
      <translation>未知的排序方式 {order}：请选择 level-strokes 或 pinyin。</translation>
    </message>
    <message>
      <location filename="../core/forms/attachment.py" />
      <source>Unknown script {script}: choose hans, hant-tw or hant-hk.</source>
      <translation>未知的简繁类型 {script}：请选择 hans、hant-tw 或 hant-hk。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Unlink a notice from meeting {title}</source>
      <translation>取消会议{title}与通知的关联</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Unreadable image</source>
      <translation>图片无法读取</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Untick all</source>
      <translation>全部取消勾选</translation>
    </message>
    <message>
      <source>Up</source>
      <translation type="vanished">上移</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>Usage error: {detail} (see --help)</source>
      <translation>用法错误：{detail}（参见 --help）</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Use File → Check database to repair, or restore a backup from File → Backups.</source>
      <translation>请用“文件 → 检查数据库”修复，或在“文件 → 备份”中恢复备份。</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Users</source>
      <translation>用</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Version {version}</source>
      <translation>版本 {version}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Version {version}: {state}</source>
      <translation>第 {version} 版：{state}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Versions:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Vice-chair unit</source>
      <translation>副理事长单位</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Waiting</source>
      <translation>待发送</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Waiting {queued}, failed {failed}, may have been sent {uncertain}, sent {sent}</source>
      <translation>待发 {queued}，失败 {failed}，可能已发出 {uncertain}，已发送 {sent}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Walk-in</source>
      <translation>现场登记</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Walk-in {name} at {title}</source>
      <translation>{title}现场登记{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Walk-ins: add them as contacts of their units?</source>
      <translation>现场登记的人员：是否添加为其单位的联系人？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Walk-in…</source>
      <translation>现场登记…</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Warn about attachments over (MB)</source>
      <translation>附件超过此大小时提醒（MB）</translation>
    </message>
    <message>
      <location filename="../cli/database.py" />
      <source>Warning: the database file {path} is damaged (SQLite's check finds broken pages); what is shown may be incomplete. Restore a backup with the restore command.</source>
      <translation>警告：数据库文件 {path} 已损坏（SQLite 检查发现损坏的页），显示的内容可能不完整。请用 restore 命令恢复备份。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Warning: {warning}</source>
      <translation>警告：{warning}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Website</source>
      <translation>单位网址</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="vanished">原因</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Why is it dropped?</source>
      <translation>撤销原因：</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Will attend</source>
      <translation>参加</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Window shown after {ms} ms; screenshot written to {path}</source>
      <translation>窗口在 {ms} 毫秒后显示；截图已保存到 {path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Without a prefix no notice can be issued.</source>
      <translation>未设置机关代字，将无法发布通知。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Word document (.docx, for editing in WPS or Word)</source>
      <translation>Word 文档（.docx，在 WPS 或 Word 中编辑）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Word document saved: {path}</source>
      <translation>Word 文档已保存：{path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Word documents (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <source>Work experience</source>
      <translation type="vanished">主要工作经历</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Work history</source>
      <translation>工作简历</translation>
    </message>
    <message>
      <source>Work unit</source>
      <translation type="vanished">工作单位</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Working meeting</source>
      <translation>工作会议</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Writing drafts…</source>
      <translation>正在写入草稿…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the minutes…</source>
      <translation>正在生成纪要…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the sign-in sheet…</source>
      <translation>正在生成签到表…</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Written to {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>Wrote {path} ({size} KB)</source>
      <translation>已写入 {path}（{size} KB）</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Year published</source>
      <translation>发布年份</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>You are looking at a backup, read-only. Copy what you need, then go back to your database.</source>
      <translation>您正在只读查看一份备份。复制所需内容后，请返回您的数据库。</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Zoom:</source>
      <translation>缩放：</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>a blank form as PDF: fillable (default) or for printing</source>
      <translation>空白表格 PDF：可填写（默认）或供打印</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a call for nominations (its blank form and Excel template attached)</source>
      <translation>征集（附空白表格和 Excel 模板）</translation>
    </message>
    <message>
      <source>a call for nominations (not available yet)</source>
      <translation type="vanished">征集通知（尚未提供）</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>a change of {table} cannot be read.</source>
      <translation>{table} 的一条变更记录无法读取。</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>a change of {table} names a column it does not have ({column}).</source>
      <translation>{table} 的一条变更记录含有该表没有的字段（{column}）。</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>a draft notice from a document written elsewhere (.docx, .md, .txt); prints its id</source>
      <translation>根据在别处写好的文档（.docx、.md、.txt）新建通知草稿，并输出其编号</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a field value, e.g. 截止日期=2026年12月20日 (repeatable)</source>
      <translation>字段的值，例如 截止日期=2026年12月20日（可重复）</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>a form filled from a nomination or application, as PDF</source>
      <translation>根据推荐或申请记录填好的表格（PDF）</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>a form for printing and filling by hand (no fields, no typing font: much smaller)</source>
      <translation>供打印后手写填写的表格（无表单域、不嵌入录入字体，文件小得多）</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>a guest: no e-mail address in the member database</source>
      <translation>来宾：成员库中没有其电子邮箱</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a meeting (its convening notice attached)</source>
      <translation>会议（附会议通知）</translation>
    </message>
    <message>
      <source>a meeting (not available yet)</source>
      <translation type="vanished">会议（尚未提供）</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>a meeting package</source>
      <translation>会议签到包</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a message without a document</source>
      <translation>不附公文的邮件</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>a mobile number</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <location filename="../core/exchange/left_out.py" />
      <source>a note under the table ({text}), left out</source>
      <translation>表格下方的说明（{text}），已略去</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>a notice needs some text before it is issued</source>
      <translation>通知发布前须填写正文</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>a read or write error (SQLite error {code})</source>
      <translation>读写出错（SQLite 错误 {code}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>a sign-in results file</source>
      <translation>签到结果文件</translation>
    </message>
    <message>
      <location filename="../core/exchange/left_out.py" />
      <source>a total row ({text}), left out</source>
      <translation>合计行（{text}），已略去</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>a unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>access denied or the drive is not available</source>
      <translation>没有访问权限，或驱动器不可用</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>action item {name}</source>
      <translation>督办事项{name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>agenda item {name}</source>
      <translation>议题{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>all contacts of each unit</source>
      <translation>每家单位的全部联系人</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>all, level:理事单位, committee:智能交通, unit:&lt;id&gt;, contact:&lt;id&gt;, joined with commas</source>
      <translation>all、level:理事单位、committee:智能交通、unit:&lt;编号&gt;、contact:&lt;编号&gt;，用逗号分隔</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>all, level:理事单位, committee:智能交通, unit:&lt;id&gt;, contact:&lt;id&gt;, joined with commas; for a call or a meeting also invited and unanswered</source>
      <translation>all、level:理事单位、committee:智能交通、unit:&lt;编号&gt;、contact:&lt;编号&gt;，以逗号连接；征集或会议还可用 invited（受邀）和 unanswered（未回复）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项有歧义：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <source>an ID card number</source>
      <translation type="vanished">身份证号</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>an ID number</source>
      <translation>身份证号</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>an e-mail address</source>
      <translation>电子邮箱地址</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>another program is using it</source>
      <translation>另一个程序正在使用它</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>approved on {date}</source>
      <translation>{date} 审定</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>at most N messages a minute</source>
      <translation>每分钟最多发送 N 封</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>at most this many results of each kind</source>
      <translation>每类最多显示的结果数</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>attach nothing</source>
      <translation>不加附件</translation>
    </message>
    <message>
      <source>attach only these (repeatable): pdf = the blank fillable form, xlsx = the Excel template, notice = the notice (of a call, or a meeting's convening notice)</source>
      <translation type="vanished">只附带这些文件（可重复）：pdf = 可填写的空白表格，xlsx = Excel 模板，notice = 通知（征集通知或会议通知）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>attach only these (repeatable): pdf = the blank fillable form, xlsx = the Excel template, notice = the notice (of a call, or a meeting's convening notice), prefilled = the fillable form with each unit's own details typed in</source>
      <translation>只附带这些文件（可重复）：pdf = 可填写的空白表格，xlsx = Excel 模板，notice = 通知（征集通知或会议通知），prefilled = 已填好各单位自身信息的可填写表格</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before bulk delete</source>
      <translation>批量删除前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before emptying trash</source>
      <translation>清空已删除项目前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before import</source>
      <translation>导入前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>belongs to the unit in row {row}, which cannot be imported because of errors</source>
      <translation>属于第 {row} 行的单位，该单位因有错误无法导入</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>body template in a UTF-8 text file</source>
      <translation>正文模板（UTF-8 文本文件）</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>by hand</source>
      <translation>手动</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>call {name}</source>
      <translation>征集 {name}</translation>
    </message>
    <message>
      <source>calls for nominations</source>
      <translation type="vanished">征集通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>calls for nominations (征集)</source>
      <translation>征集（推荐与入会申请）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>cannot be read: {reason}</source>
      <translation>无法读取：{reason}</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>check character is wrong: the last character should be {expected}</source>
      <translation>校验码不正确：最后一位应为 {expected}</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>check digit is wrong: the last character should be {expected}</source>
      <translation>校验码不正确：最后一位应为 {expected}</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>check the database and repair what is safe to repair</source>
      <translation>检查数据库，并修复可以安全修复的问题</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>check the file and report, write nothing</source>
      <translation>只检查文件并报告，不写入任何内容</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>check the files and report, write nothing</source>
      <translation>只检查文件并报告，不写入</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>choose SSL, STARTTLS or none</source>
      <translation>请选择 SSL、STARTTLS 或无</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>committee {name}</source>
      <translation>专业委员会 {name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>connect and log in to check the account</source>
      <translation>连接并登录以检查账户</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>contact {name}</source>
      <translation>联系人 {name}</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>contains control characters that cannot be stored</source>
      <translation>含有无法保存的控制字符</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>create a new database filled with realistic demo data</source>
      <translation>新建一个填有逼真演示数据的数据库</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>create the database file of --db if it does not exist yet</source>
      <translation>--db 指定的数据库文件不存在时新建它</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>credit code</source>
      <translation>信用代码</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>database file (default: the per-user or portable data folder)</source>
      <translation>数据库文件（默认：用户数据文件夹或便携模式的数据文件夹）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>decision {name}</source>
      <translation>决定事项{name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>demo needs --db FILE (a new file)</source>
      <translation>demo 需要 --db FILE（一个新文件）</translation>
    </message>
    <message>
      <location filename="../core/exchange/grouping.py" />
      <source>differs from row {row} of the same unit ({value})</source>
      <translation>与同一单位第 {row} 行不一致（{value}）</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>differs from the code on record for {unit} ({code})</source>
      <translation>与已登记的 {unit} 的代码不一致（{code}）</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>does not exist (moved or deleted?)</source>
      <translation>不存在（已被移动或删除？）</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>does not match the birth date in the ID number</source>
      <translation>与身份证号中的出生日期不符</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>due {date}</source>
      <translation>{date} 前完成</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>e-mail to member units: drafts, outbox, sending</source>
      <translation>给会员单位的电子邮件：草稿、发件箱、发送</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>e-mail to {name}</source>
      <translation>发给 {name} 的邮件</translation>
    </message>
    <message>
      <source>e.g. 2026-03-05 or 2026年3月5日</source>
      <translation type="vanished">例如：2026-03-05 或 2026年3月5日</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>e.g. {date}</source>
      <translation>例如 {date}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中国智慧城市产业联盟</source>
      <translation>例如：中国智慧城市产业联盟</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中国智慧城市产业联盟文件 (printed in red at the top)</source>
      <translation>例如：中国智慧城市产业联盟文件（以红色印在首页顶部）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中国智慧城市产业联盟秘书处</source>
      <translation>例如：中国智慧城市产业联盟秘书处</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中國智慧城市產業聯盟 (used in Traditional exports)</source>
      <translation>联盟名称的繁体写法（用于繁体导出）</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>e.g. 参会回执</source>
      <translation>例如：参会回执</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>e.g. 各成员单位</source>
      <translation>例如：各成员单位</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 智慧城市联盟 → 智慧城市联盟〔2026〕1号</source>
      <translation>例如：智慧城市联盟 → 智慧城市联盟〔2026〕1号</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>each unit's primary contact</source>
      <translation>每家单位的主要联系人</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>every attachment needs a name</source>
      <translation>每个附件都须有名称</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected at least one argument</source>
      <translation>至少需要一个参数值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected at most one argument</source>
      <translation>最多只能有一个参数值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected one argument</source>
      <translation>需要一个参数值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected {count} argument(s)</source>
      <translation>需要 {count} 个参数值</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>expert pool: {name} ({detail})</source>
      <translation>专家库：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>expert {name}</source>
      <translation>专家 {name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>export member units and contacts to .xlsx or .csv</source>
      <translation>将成员单位和联系人导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)</source>
      <translation>hans = 简体，hant-tw = 繁体（台湾），hant-hk = 繁体（香港）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has columns this form does not have: {columns}. Use the template's headers unchanged</source>
      <translation>含有本表格没有的列：{columns}。请保持模板的列标题不变</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no form fields (a scanned or printed document, or not a form). Enter it by hand, or ask the sender to fill the fillable form</source>
      <translation>没有表单域（是扫描件或打印件，或不是表格）。请手工录入，或请发件人填写可填写的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no form fields left: it was printed to PDF, flattened or scanned. Enter it by hand, or ask the sender to return the fillable form</source>
      <translation>表单域已不存在：文件经过“打印为 PDF”、扁平化或扫描。请手工录入，或请发件人寄回可填写的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no sheet with data</source>
      <translation>没有包含数据的工作表</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has the form's columns but no filled rows</source>
      <translation>列与表格相符，但没有填写任何行</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>has the same header as column {first}; it is not imported. Choose its field above the column, or rename it in the file.</source>
      <translation>与 {first} 列的表头相同，不会导入。请在该列上方为它选择字段，或在文件中重命名。</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>holds no real birth date ({date})</source>
      <translation>其中的出生日期无效（{date}）</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>holds {what}: was it typed in the wrong field?</source>
      <translation>填写的是{what}：是否填错了栏目？</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>ignored explicit argument %r</source>
      <translation>忽略了多余的参数值 %r</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>import member units and contacts from .xlsx or .csv</source>
      <translation>从 .xlsx 或 .csv 导入成员单位和联系人</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>import the good rows even when some rows have errors</source>
      <translation>即使部分行有错误，也导入正确的行</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>include mobiles, e-mail addresses and ID numbers, left out by default</source>
      <translation>包含手机、电子邮箱和身份证号（默认不包含）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>include personal data (mobile numbers), left out by default</source>
      <translation>包含个人信息（手机号码），默认不导出</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>invitee {name}</source>
      <translation>参会人员{name}</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a PDF form, but not one of this program's forms</source>
      <translation>是 PDF 表格，但不是本程序的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a damaged Excel file that cannot be read</source>
      <translation>是已损坏的 Excel 文件，无法读取</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a damaged PDF that cannot be read ({reason})</source>
      <translation>是已损坏的 PDF，无法读取（{reason}）</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>is a mobile number ({number}), and the mobile column holds another one</source>
      <translation>是手机号码（{number}），而手机列中已有另一个号码</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a {found}, but a {expected} is expected here</source>
      <translation>是{found}，而此处需要的是{expected}</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is already used by {unit}</source>
      <translation>已被 {unit} 使用</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is also given to the unit in row {row}</source>
      <translation>与第 {row} 行的单位重复</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>is before the call opened ({date})</source>
      <translation>早于征集发布日期（{date}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>is before the start</source>
      <translation>早于开始时间</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>is before the term starts ({date})</source>
      <translation>早于任期开始日期（{date}）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is empty (0 bytes)</source>
      <translation>是空文件（0 字节）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is neither a PDF nor an Excel (.xlsx) file</source>
      <translation>既不是 PDF，也不是 Excel（.xlsx）文件</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>is not a date; write it as 2013-11-06, 2013/11/6 or 2013年11月6日</source>
      <translation>不是日期；请写作 2013-11-06、2013/11/6 或 2013年11月6日</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>is not a month; write it as 1975-03, 1975/3 or 1975年3月</source>
      <translation>不是年月；请写成 1975-03、1975/3 或 1975年3月</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is not a template of this program's forms: its first row holds none of the forms' column headers</source>
      <translation>不是本程序表格的模板：第一行没有表格的列标题</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>is not a time of day; write it as 09:30</source>
      <translation>不是有效的时间；请写成 09:30 的形式</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>is not a web address, e.g. www.example.com</source>
      <translation>不是网址，例如 www.example.com</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>is not a year, e.g. 2013</source>
      <translation>不是年份，例如 2013</translation>
    </message>
    <message>
      <location filename="../core/mail/message.py" />
      <source>is not an e-mail address, e.g. name@example.com</source>
      <translation>不是电子邮箱地址，例如 name@example.com</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is protected by a password; ask the sender for a copy without one</source>
      <translation>受密码保护；请发件人提供不加密码的副本</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>is required</source>
      <translation>为必填项</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>is required when a nomination is returned or not approved</source>
      <translation>退回补充或不通过时必须填写</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is the same registered unit ({unit}) as row {row}</source>
      <translation>与第 {row} 行是同一家已登记单位（{unit}）</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>is too long ({length} characters; at most {limit})</source>
      <translation>太长（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is {size} MB; a returned form is at most {limit} MB, so it was not read</source>
      <translation>大小为 {size} MB；回收的表格最大 {limit} MB，因此未读取</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>it does not exist (it may have been moved or renamed)</source>
      <translation>文件不存在（可能已被移动或重命名）</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>it is a folder</source>
      <translation>这是一个文件夹</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>its name is too long</source>
      <translation>文件名太长</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>kept in the system's password store</source>
      <translation>已保存在系统密码存储中</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>lacks the required columns {columns}</source>
      <translation>缺少必填列 {columns}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>language of messages and of the UI</source>
      <translation>提示信息和界面的语言</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>leave out the blank forms of the calls that use this notice (by default the PDF ends with them as its attachments)</source>
      <translation>不附使用本通知的征集的空白表格（默认作为附件附在 PDF 末尾）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>leave them as they are</source>
      <translation>保持不变</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list calls for nominations</source>
      <translation>列出征集</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>list meetings</source>
      <translation>列出会议</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>list member units</source>
      <translation>列出成员单位</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list nominations and applications</source>
      <translation>列出推荐与申请</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>list notices</source>
      <translation>列出通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list the expert pool</source>
      <translation>列出专家库</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>list the outbox and the sent log</source>
      <translation>列出发件箱和发送记录</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list the standards group roster</source>
      <translation>列出标准组名单</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>make a backup of the database now</source>
      <translation>立即备份数据库</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>may only hold digits and the letters A–Y without I, O, S, V, Z (found {chars})</source>
      <translation>只能包含数字和字母 A–Y（不含 I、O、S、V、Z）（发现 {chars}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>meeting {name}</source>
      <translation>会议{name}</translation>
    </message>
    <message>
      <source>meetings</source>
      <translation type="vanished">会议</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>meetings (会议): list, sign-in packages</source>
      <translation>会议：列表、签到包</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>meetings (会议): minutes and sign-in sheets</source>
      <translation>会议：纪要和签到表</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>member number</source>
      <translation>会员编号</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>member unit {name}</source>
      <translation>成员单位 {name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>member units and their contacts</source>
      <translation>成员单位及其联系人</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>merge the sign-in results of a laptop into this database</source>
      <translation>将笔记本电脑上的签到结果合并到本数据库</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>minutes, version {name}</source>
      <translation>纪要第 {name} 版</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>more than {limit} rows: the rest of the sheet was not read</source>
      <translation>超过 {limit} 行：其余各行未读取</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be 11 digits starting with 1, e.g. 13812345678</source>
      <translation>应为以 1 开头的 11 位数字，例如 13812345678</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be 17 digits followed by a digit or X</source>
      <translation>应为 17 位数字加一位数字或 X</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be 6 digits</source>
      <translation>应为 6 位数字</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be a landline with area code (010-12345678, extension after a dash) or a mobile number</source>
      <translation>应为带区号的固定电话（010-12345678，分机号写在短横线后）或手机号码</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be a whole number, e.g. 120</source>
      <translation>应为整数，例如 120</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be one of: {options}</source>
      <translation>应为以下之一：{options}</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must have 18 characters (has {length})</source>
      <translation>应为 18 位（现为 {length} 位）</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>must have 18 characters: 17 digits and a check digit or X</source>
      <translation>应为 18 位：17 位数字加一位校验码（数字或 X）</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>no contact</source>
      <translation>没有联系人</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>no e-mail address</source>
      <translation>没有电子邮箱</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>no longer in the member database</source>
      <translation>已不在成员库中</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>nomination {id}: {name} ({detail})</source>
      <translation>推荐 {id}：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>nomination {name}</source>
      <translation>推荐 {name}</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>nominations and applications</source>
      <translation>推荐与申请</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>not allowed with argument %s</source>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>notice {name}</source>
      <translation>通知 {name}</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>official notices (通知)</source>
      <translation>通知公文</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>on close</source>
      <translation>关闭时</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>one .eml draft per recipient, with the PDFs attached</source>
      <translation>每位收件人一份 .eml 草稿，附 PDF</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>one of the arguments %s is required</source>
      <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
      <source>one search across member units, contacts and notices (names also by pinyin and initials: cq finds 重庆)</source>
      <translation type="vanished">在成员单位、联系人和通知中统一搜索（名称也可用拼音和首字母：cq 可找到 重庆）</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>one search across member units, contacts, notices, meetings, action items, nominations and experts (names also by pinyin and initials: cq finds 重庆)</source>
      <translation>在成员单位、联系人、通知、会议、督办事项、推荐与申请和专家中统一搜索（名称也可用拼音和首字母：cq 可找到 重庆）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only calls for this (expert, standards, membership)</source>
      <translation>只列此类征集（expert 专家组、standards 标准组、membership 入会）</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>only meetings of this year</source>
      <translation>只列出该年度的会议</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>only meetings whose title, place or chair match</source>
      <translation>只列出名称、地点或主持人相符的会议</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>only messages in this state (repeatable)</source>
      <translation>只列此状态的邮件（可重复）</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>only notices of this year</source>
      <translation>只列出该年份的通知</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>only notices whose title or text match</source>
      <translation>只列出标题或正文匹配的通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only records whose name, unit or field match</source>
      <translation>只列姓名、单位或领域匹配的记录</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>only report, change nothing</source>
      <translation>只报告，不做任何更改</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only terms ending on or before this date</source>
      <translation>只列任期在此日期或之前截止的</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>only this kind (may be given more than once)</source>
      <translation>只搜索此类（可多次指定）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only this membership level (e.g. 理事单位 or council)</source>
      <translation>只列出该会员类别（例如 理事单位 或 council）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only this side (政, 产, 学, 研, 用, 资本)</source>
      <translation>只列此类别（政、产、学、研、用、资本）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only this state (e.g. 评审 or review)</source>
      <translation>只列此状态（如 评审 或 review）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only this status (e.g. 在册 or active)</source>
      <translation>只列出该状态（例如 在册 或 active）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those of this call</source>
      <translation>只列此征集的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those of this professional committee</source>
      <translation>只列此专业委员会的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those whose field or specialty contains this</source>
      <translation>只列专业领域或从事专业包含此内容的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those whose work unit contains this</source>
      <translation>只列工作单位包含此内容的</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only units whose name, code or contacts match</source>
      <translation>只列出名称、代码或联系人匹配的单位</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>order of the attendee lists: level-strokes = by the unit's membership level, then by the strokes of the surname; pinyin = by pinyin</source>
      <translation>出席名单的排序：level-strokes = 先按单位的会员级别，再按姓氏笔画；pinyin = 按拼音</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>overwrite FILE if it exists</source>
      <translation>FILE 已存在时覆盖</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>overwrite OUT if it exists</source>
      <translation>OUT 已存在时覆盖</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>progress note {name}</source>
      <translation>进展记录{name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>put one message per recipient in the outbox</source>
      <translation>为每位收件人生成一封邮件放入发件箱</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>queue even attachments over the size limit</source>
      <translation>附件超过大小限制也放入发件箱</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>read filled forms (.pdf or .xlsx, or a folder of them) back as nominations or applications</source>
      <translation>读取填好的表格（.pdf 或 .xlsx，或其所在文件夹），登记为推荐或申请</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>read the password from standard input</source>
      <translation>从标准输入读取密码</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>read the password from standard input instead of the keyring</source>
      <translation>从标准输入读取密码，而不是从系统密码存储</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>refuse a row when a contact cell is wrong (by default the cell is left empty and listed)</source>
      <translation>联系人单元格有误时拒绝整行（默认将该单元格留空并列出）</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>refused address {name}</source>
      <translation>被拒收的地址 {name}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>render the main window to a PNG and exit</source>
      <translation>将主窗口截图保存为 PNG 后退出</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>replace the database by a backup (the current state is backed up first)</source>
      <translation>用备份替换数据库（先备份当前状态）</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>saved search {name}</source>
      <translation>保存的搜索 {name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>send what waits in the outbox</source>
      <translation>发送发件箱中待发的邮件</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>show a traceback on failure</source>
      <translation>出错时显示调用栈</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>show mobiles and ID numbers unmasked</source>
      <translation>完整显示手机和身份证号（不打码）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>show or set the SMTP account (the password goes to the keyring)</source>
      <translation>查看或设置 SMTP 账户（密码保存在系统密码存储中）</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>show the program's version and exit</source>
      <translation>显示程序版本并退出</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>show this help message and exit</source>
      <translation>显示本帮助并退出</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>sign-in at {name}</source>
      <translation>{name}的签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>signed in at {time}</source>
      <translation>{time} 已签到</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>size unknown</source>
      <translation>大小未知</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>standards group member {name}</source>
      <translation>标准组成员 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>standards group: {name} ({detail})</source>
      <translation>标准组：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>stored in the system's password store, not in a file</source>
      <translation>保存在系统密码存储中，不写入文件</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>subject template, e.g. {title} or 【{alliance}】{title}</source>
      <translation>主题模板，例如 {title} 或 【{alliance}】{title}</translation>
    </message>
    <message>
      <source>subject template, e.g. {标题}</source>
      <translation type="vanished">主题模板，例如 {标题}</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>system error {number}</source>
      <translation>系统错误 {number}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>that agenda item no longer exists</source>
      <translation>该议题已不存在</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>that decision no longer exists</source>
      <translation>该决定事项已不存在</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>the .docx, Markdown or text file to read</source>
      <translation>要读取的 .docx、Markdown 或文本文件</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>the Excel template for returning many forms at once</source>
      <translation>批量回收表格用的 Excel 模板</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>the birth date inside ({date}) is not a real date</source>
      <translation>其中的出生日期（{date}）不是有效日期</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>the birth date inside ({date}) is not possible</source>
      <translation>其中的出生日期（{date}）不可能</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>the birth date inside ({inside}) does not match the date of birth {birth}</source>
      <translation>其中的出生日期（{inside}）与出生年月 {birth} 不符</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>the call they answer (default: the newest call of the forms' kind)</source>
      <translation>表格所对应的征集（默认：该类表格最新的征集）</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>the change log names a table that this program does not keep ({table}).</source>
      <translation>变更记录中有本程序不使用的数据表（{table}）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>the committee does not exist</source>
      <translation>该专业委员会不存在</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>the contact does not exist (it may have been deleted)</source>
      <translation>该联系人不存在（可能已被删除）</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>the database is busy or read-only</source>
      <translation>数据库正忙或为只读</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk could not be read or written (it may be damaged or removed)</source>
      <translation>无法读写磁盘（磁盘可能已损坏或被移除）</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk is read-only</source>
      <translation>磁盘为只读</translation>
    </message>
    <message>
      <source>the expert pool</source>
      <translation type="vanished">专家库</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>the folder for the drafts</source>
      <translation>草稿保存的文件夹</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>the nomination and application forms as PDF and Excel files</source>
      <translation>推荐表和申请表的 PDF 与 Excel 文件</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>the notice does not exist (it may have been deleted)</source>
      <translation>该通知不存在（可能已被删除）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>the notice to send (its PDF and files attached)</source>
      <translation>要发送的通知（附其 PDF 和附件文件）</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the port is a number from 1 to 65535</source>
      <translation>端口是 1 到 65535 之间的数字</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>the published list (名单) as .pdf or .xlsx</source>
      <translation>公布的名单（.pdf 或 .xlsx）</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the sender's address is not an e-mail address</source>
      <translation>发件人地址不是电子邮箱地址</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the server name is missing or not a host name</source>
      <translation>服务器名称缺失或不是主机名</translation>
    </message>
    <message>
      <source>the standards group roster</source>
      <translation type="vanished">标准组名单</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>the title of the notice (instead of the one found in the file)</source>
      <translation>通知标题（代替从文件中识别出的标题）</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>the unit does not exist (it may have been deleted)</source>
      <translation>该单位不存在（可能已被删除）</translation>
    </message>
    <message>
      <source>the view shown (with --screenshot)</source>
      <translation type="vanished">显示的视图（与 --screenshot 一起使用）</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>the view shown (with --screenshot): {views}</source>
      <translation>显示的视图（与 --screenshot 一起使用）：{views}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>the view {view} is not available yet; available: {views}</source>
      <translation>视图 {view} 暂不可用；可用视图：{views}</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>there is no permission to use it</source>
      <translation>没有使用它的权限</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>this version of the minutes (default: the latest)</source>
      <translation>纪要的这一版本（默认：最新版本）</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>unpacks to {size} MB; a returned sheet is at most {limit} MB, so it was not read</source>
      <translation>解压后为 {size} MB；回收的表格最大 {limit} MB，因此未读取</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>update them with the values in the file</source>
      <translation>用文件中的内容更新其信息</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made by a newer version of this program (form version {found}); update the program to read it</source>
      <translation>由本程序的较新版本生成（表格版本 {found}）；请升级程序后再读取</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made from an older version of the form (version {found}; now {current}). Send the current form and ask for it again</source>
      <translation>是旧版表格（版本 {found}；现行版本 {current}）。请发送现行表格并请对方重新填写</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made from an older version of the template (version {found}; now {current}). Send the current template and ask for it again</source>
      <translation>是旧版模板（版本 {found}；现行版本 {current}）。请发送现行模板并请对方重新填写</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>was stored by Excel as a number, which loses the last digits of an ID number: format the column as text and type it again</source>
      <translation>被 Excel 存成了数字，身份证号的最后几位会因此丢失：请把该列设为文本格式后重新填写</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>what to do with units already in the database (default: skip)</source>
      <translation>对数据库中已有的单位如何处理（默认：跳过）</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>whether the form asks for the ID card number: omit, optional (default) or required</source>
      <translation>表格是否收集身份证号：omit 不收集、optional 选填（默认）、required 必填</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>write a meeting package for a sign-in laptop</source>
      <translation>为签到用笔记本电脑生成会议签到包</translation>
    </message>
    <message>
      <source>write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout</source>
      <translation type="vanished">将会议纪要按 GB/T 9704 格式写为 PDF</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout, or as .docx for WPS and Word</source>
      <translation>将会议纪要按 GB/T 9704 格式写为 PDF，或写为供 WPS 和 Word 编辑的 .docx</translation>
    </message>
    <message>
      <source>write a notice as PDF in the GB/T 9704 layout</source>
      <translation type="vanished">按 GB/T 9704 版式将通知输出为 PDF</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>write a notice as PDF in the GB/T 9704 layout, or as .docx for WPS and Word</source>
      <translation>按 GB/T 9704 版式将通知导出为 PDF，或导出为 .docx 供 WPS 和 Word 使用</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>write the backup to FILE instead of the backup folder</source>
      <translation>将备份写入 FILE，而不是备份文件夹</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>write the printable sign-in sheet (签到表) of a meeting as PDF</source>
      <translation>将会议的签到表写为可打印的 PDF</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>write to every contact of each unit, not only the primary contact</source>
      <translation>发给每个单位的全部联系人，不只是主要联系人</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>{action} ({keys})</source>
      <translation>{action}（{keys}）</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{address} is not an e-mail address</source>
      <translation>{address} 不是电子邮箱地址</translation>
    </message>
    <message>
      <location filename="../core/mail/message.py" />
      <source>{address}: {problem}</source>
      <translation>{address}：{problem}</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>{category} · {series}: {count}</source>
      <translation>{category} · {series}：{count}</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>{category}: {count}</source>
      <translation>{category}：{count}</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>{counts} (and {deleted} deleted items)</source>
      <translation>{counts}（另有已删除项目 {deleted} 项）</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{count} PDF files were written to {folder}.</source>
      <translation>已将 {count} 个 PDF 文件写入 {folder}。</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>{count} active units without a region are not shown.</source>
      <translation>另有 {count} 家在册单位未填地区，未列出。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{count} differences between the office and the laptop (see below).</source>
      <translation>办公室与笔记本电脑的记录有 {count} 处不一致（见下）。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} drafts written to {path}</source>
      <translation>已将 {count} 份草稿写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} drafts written to {path}. Open them in Outlook, Foxmail or Thunderbird to send them.</source>
      <translation>已将 {count} 份草稿写入 {path}。用 Outlook、Foxmail 或 Thunderbird 打开即可发送。</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>{count} dropped action items are not shown.</source>
      <translation>另有 {count} 项已撤销的督办事项，未计入。</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>{count} items</source>
      <translation>{count} 项</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} left out:</source>
      <translation>未包括 {count} 个：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{count} meetings</source>
      <translation>{count} 次会议</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>{count} meetings without a date are not shown.</source>
      <translation>另有 {count} 个会议未填日期，未计入。</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>{count} member units changed</source>
      <translation>已修改 {count} 家成员单位</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} messages wait in the outbox. Send them from E-mail → Send now.</source>
      <translation>{count} 封邮件在发件箱中待发。请在“电子邮件 → 立即发送”中发送。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} messages wait in the outbox; send them with: mail send</source>
      <translation>{count} 封邮件在发件箱中待发；用 mail send 发送</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} messages were being sent when the program stopped; they may have arrived: check, then send them again or mark them as sent in the outbox.</source>
      <translation>程序中止时有 {count} 封邮件正在发送，可能已经送达：请核实，然后在发件箱中重新发送或标记为已发送。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{count} notices are exported into this folder, one PDF each, named by number and title. Files already there are kept: a new file gets a number added to its name.</source>
      <translation>{count} 份通知将导出到此文件夹，每份一个 PDF，以文号和标题命名。文件夹中已有的文件不会被覆盖：重名的新文件会在名称后加上编号。</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>{count} notices without a date are not shown.</source>
      <translation>另有 {count} 份通知没有日期，未列出。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>{count} overdue action items</source>
      <translation>{count} 项督办事项已逾期</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{count} pictures in the document were not carried over; attach them as files if they belong to the notice.</source>
      <translation>文档中的 {count} 张图片未带入；如属于通知内容，请作为附件文件添加。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} recipients.</source>
      <translation>共 {count} 位收件人。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>{count} rows have errors (listed above); nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
      <translation>有 {count} 行存在错误（见上文），未导入任何内容。请修改文件，或使用 --skip-bad-rows 导入其余各行。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{count} rows have errors and will be left out. Import the other rows?</source>
      <translation>有 {count} 行存在错误，将不予导入。是否导入其余各行？</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{count} tables were read as lines of text, one line per row: check them.</source>
      <translation>{count} 个表格已按行读成文字（每行一段），请核对。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>{count} units chosen</source>
      <translation>已选 {count} 家单位</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{count} walk-ins are not contacts yet: {names}.</source>
      <translation>{count} 名现场登记人员还不是联系人：{names}。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>{damaged} No backup was made: a copy of a damaged file would look like a good backup.</source>
      <translation>{damaged} 未制作备份：已损坏文件的副本看起来会像一份完好的备份。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{done} of {total}</source>
      <translation>{done} / {total}</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>{field} is chosen for two columns ({first} and {second}); choose one.</source>
      <translation>“{field}”被选给了两列（{first} 和 {second}）；请只选一列。</translation>
    </message>
    <message>
      <location filename="../core/exchange/grouping.py" />
      <source>{field}: {problem}</source>
      <translation>{field}：{problem}</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>{files}: this message has no such attachment; it offers: {offered}.</source>
      <translation>{files}：此邮件没有这样的附件；可选的有：{offered}。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file} already exists. Choose another name, or confirm that it may be replaced.</source>
      <translation>{file} 已存在。请换一个名称，或确认可以替换。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file (.csv).</source>
      <translation>无法导入 {file}：请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be opened: {reason}</source>
      <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
      <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation type="vanished">无法将 {file} 作为 Excel 工作簿读取（{reason}）。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be read as an Excel workbook: it is damaged, or it is not a workbook. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation>无法将 {file} 作为 Excel 工作簿读取：文件已损坏，或不是工作簿。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file} cannot be written: {reason}. If it is open in Excel or WPS, close it and try again.</source>
      <translation>无法写入 {file}：{reason}。如果它正在 Excel 或 WPS 中打开，请关闭后重试。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} does not look like a table saved as CSV (it holds binary data). Choose the .xlsx or .csv file of the member list.</source>
      <translation>{file} 看起来不是保存为 CSV 的表格（含有二进制数据）。请选择成员名单的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/lines.py" />
      <source>{file} does not look like a text file (it holds binary data or characters in an unknown encoding). Choose a .docx, .md or .txt file, or save the document as .docx in WPS or Word.</source>
      <translation>{file} 不像是文本文件（含有二进制数据或无法识别编码的字符）。请选择 .docx、.md 或 .txt 文件，或在 WPS 或 Word 中将文档另存为 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} expands to {size} MB once opened (at most {limit} MB for a member list). Save only the member list in a workbook of its own, or as CSV.</source>
      <translation>{file} 打开后展开为 {size} MB（成员名单最大 {limit} MB）。请将成员名单单独另存为一个工作簿，或另存为 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} has more than {limit} rows; a member list that long cannot be imported at once. Split it into several files.</source>
      <translation>{file} 超过 {limit} 行，无法一次导入这么长的成员名单。请拆分为几个文件。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} has no worksheet.</source>
      <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} holds only a header row and no data rows to import.</source>
      <translation>{file} 只有表头，没有可导入的数据行。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} holds {count} parts; a workbook with more than {limit} cannot be a member list.</source>
      <translation>{file} 包含 {count} 个部件；超过 {limit} 个部件的工作簿不可能是成员名单。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} holds {size} MB of text (at most {limit} MB for a member list). Save only the member list in a workbook of its own, or as CSV.</source>
      <translation>{file} 包含 {size} MB 文字（成员名单最大 {limit} MB）。请将成员名单单独另存为一个工作簿，或另存为 CSV。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is a PDF: its text cannot be read back reliably. Open the original document (.docx) instead, or copy the text and use New from pasted text.</source>
      <translation>{file} 是 PDF 文件，无法可靠地读出其中文字。请改用原始文档（.docx），或复制文字后使用“从粘贴的文字新建”。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is an RTF document. Open it in WPS or Word and save it as .docx.</source>
      <translation>{file} 是 RTF 文档。请在 WPS 或 Word 中打开并另存为 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is an old-format (.xls) or password-protected workbook. Open it in Excel or WPS, remove the password if any, and save it as .xlsx or CSV.</source>
      <translation>{file} 是旧格式（.xls）或有密码保护的工作簿。请用 Excel 或 WPS 打开，如有密码请去除，再另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is an old-format Excel file (.xls). Open it in Excel or WPS and save it as .xlsx or CSV, then import that file.</source>
      <translation>{file} 是旧格式的 Excel 文件（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is compressed {ratio} times ({size} MB once opened): that is not an ordinary workbook, and it is not read. Open it in Excel or WPS and save it again.</source>
      <translation>{file} 的压缩比为 {ratio} 倍（打开后 {size} MB）：这不是普通的工作簿，不予读取。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is empty: it holds no rows to import.</source>
      <translation>{file} 是空的，没有可导入的行。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is empty: it holds no text.</source>
      <translation>{file} 是空的，没有任何文字。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is not a Word document (.docx) or it is damaged. Open it in WPS or Word and save it again as .docx.</source>
      <translation>{file} 不是 Word 文档（.docx），或已损坏。请在 WPS 或 Word 中打开并重新另存为 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is not a file.</source>
      <translation>{file} 不是文件。</translation>
    </message>
    <message>
      <source>{file} is not a well-formed CSV file ({reason}).</source>
      <translation type="vanished">{file} 不是格式正确的 CSV 文件（{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is not a well-formed CSV file: row {row} cannot be read (a quote may be missing). Open it in Excel or WPS and save it again as CSV.</source>
      <translation>{file} 不是格式正确的 CSV 文件：第 {row} 行无法读取（可能缺少引号）。请用 Excel 或 WPS 打开，重新另存为 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation>{file} 不是 Excel 工作簿（.xlsx）或已损坏。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is not an Excel workbook (.xlsx): it is another kind of document saved as a zip file. Choose the .xlsx or .csv file of the member list.</source>
      <translation>{file} 不是 Excel 工作簿（.xlsx），而是以 zip 格式保存的其他文档。请选择成员名单的 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is protected by a password, or it is an old Word 97–2003 or WPS document. Open it in WPS or Word, remove the password if there is one, and save it as .docx.</source>
      <translation>{file} 设有密码，或是旧版 Word 97–2003 / WPS 格式文档。请在 WPS 或 Word 中打开，如有密码请先取消，然后另存为 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is protected with a password. Open it in Excel or WPS, remove the password, save it, then import it.</source>
      <translation>{file} 设有密码保护。请用 Excel 或 WPS 打开，去除密码并保存，然后再导入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is too big to be a member list ({size} MB; at most {limit} MB).</source>
      <translation>{file} 太大，不像是成员名单（{size} MB；最大 {limit} MB）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is too big to be a member list.</source>
      <translation>{file} 太大，不像是成员名单。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is too large to be a notice ({size} MB; at most {limit} MB).</source>
      <translation>{file} 太大，不像一份通知（{size} MB；最大 {limit} MB）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is too large to read as a notice.</source>
      <translation>{file} 内容过大，无法作为通知读取。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file}, row {row}, column {column}: a cell of {length} characters (at most {limit}). Shorten that cell and import the file again.</source>
      <translation>{file}，第 {row} 行，{column} 列：单元格有 {length} 个字符（最多 {limit} 个）。请缩短该单元格后重新导入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file}, row {row}: values beyond column {column}; a member list has at most {limit} columns.</source>
      <translation>{file}，第 {row} 行：{column} 列之后还有内容；成员名单最多 {limit} 列。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{file}: a form of another kind, not one of the call {call}</source>
      <translation>{file}：表格种类不符，不属于征集“{call}”</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>{file}: choose a name ending in .xlsx (Excel) or .csv.</source>
      <translation>{file}：请使用以 .xlsx（Excel）或 .csv 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file}: choose a name ending in .xlsx (Excel) or .pdf.</source>
      <translation>{file}：请选择以 .xlsx（Excel）或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{file}: {name} is recorded already ({where}); left out. Compare them in the program's window to record it anyway.</source>
      <translation>{file}：{name} 已有记录（{where}），未导入。如需仍然登记，请在程序窗口中对照后登记。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{file}: {name} recorded as nomination {id}</source>
      <translation>{file}：{name} 已登记为推荐 {id}</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{file}: {problem}</source>
      <translation>{file}：{problem}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{file}: {rows} rows{encoding}. Choose above each column which field it holds, then Check. Nothing is written before you press Import.</source>
      <translation>{file}：共 {rows} 行{encoding}。请在每列上方选择该列对应的字段，然后点击“检查”。点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{good} of {total} forms recorded in {call} ({bad} with problems, {duplicates} recorded already).</source>
      <translation>{total} 份表格中已有 {good} 份登记到“{call}”（{bad} 份有问题，{duplicates} 份已有记录）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>{invited} invited — {summary}</source>
      <translation>已邀请 {invited} 人 — {summary}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{item}: write a field as NAME=VALUE, e.g. 截止日期=2026年12月20日.</source>
      <translation>{item}：字段请写成 名称=值，例如 截止日期=2026年12月20日。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>{kind} ({count})</source>
      <translation>{kind}（{count}）</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>{kind}: {count}</source>
      <translation>{kind}：{count}</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>{label} *:</source>
      <translation>{label} *：</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>{label}:</source>
      <translation>{label}：</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>{list}: {name}</source>
      <translation>{list}：{name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{meeting} has {count} decisions numbered {number}; they are numbered again in order.</source>
      <translation>{meeting}有 {count} 项决定事项的序号都是 {number}；已按顺序重新编号。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{names} is not one of the professional committees</source>
      <translation>{names} 不是本联盟的专业委员会</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} ({unit}) is signed in {count} times at {meeting}; the first sign-in is kept.</source>
      <translation>{name}（{unit}）在{meeting}中签到了 {count} 次；保留第一次签到。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} added as a walk-in and signed in at {time}.</source>
      <translation>{name} 已现场登记，并于 {time} 签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} at {meeting} attends for someone of another meeting; the link is removed.</source>
      <translation>{meeting}中的{name}代为出席的是另一个会议的人员；已取消该关联。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} attends {title} for {other}</source>
      <translation>{name}代{other}出席{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{name} cannot be approved: it has not been reviewed (state: {state}). Move it to 评审 first.</source>
      <translation>{name} 不能批准：尚未评审（状态：{state}）。请先转入评审。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{name} cannot go from {old} to {new}.</source>
      <translation>{name} 不能从“{old}”转为“{new}”。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} has not signed in.</source>
      <translation>{name}尚未签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} is on the list of {meeting} {count} times and signed in on each.</source>
      <translation>{name}在{meeting}的名单中出现 {count} 次，且每次都已签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} signed in already at {time}.</source>
      <translation>{name}已于 {time} 签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} signed in at {meeting} but is not marked present; marked present.</source>
      <translation>{name}在{meeting}已签到，但未标记为出席；已标记为出席。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} signed in at {time} already.</source>
      <translation>{name} 已于 {time} 签到过。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} signed in at {time}.</source>
      <translation>{name} 已于 {time} 签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} signed in at {time}: undo the sign-in first.</source>
      <translation>{name}已于 {time} 签到：请先撤销签到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name} signed in twice ({first} and {second}); the first sign-in is kept.</source>
      <translation>{name}签到了两次（{first} 和 {second}）；保留第一次签到。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>{name} was decided ({state}); a decided nomination is kept as it was. Undo the decision (Ctrl+Z) to change it.</source>
      <translation>{name} 已有结论（{state}）；已决定的推荐保持原样。如需修改，请先撤销该决定 (Ctrl+Z)。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name} was taken off the list at the office but signed in on the laptop: put back on the list.</source>
      <translation>{name}已在办公室从名单中移除，但在笔记本电脑上签到了：已重新列入名单。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>{name}: every value checked.</source>
      <translation>{name}：各项内容均已检查。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name}: the office recorded {office}, the laptop {laptop}; the office's is kept.</source>
      <translation>{name}：办公室记录为“{office}”，笔记本电脑记录为“{laptop}”；保留办公室的记录。</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>{name}: {state}</source>
      <translation>{name}：{state}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>{number}, version {version}: replaced by a corrected version. Kept on record; it can no longer be changed.</source>
      <translation>{number} 第 {version} 版：已被更正版本取代。本版本留档备查，不能再修改。</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>{number}. {name} (file, {size})</source>
      <translation>{number}. {name}（文件，{size}）</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>{number}. {name} (typed text)</source>
      <translation>{number}. {name}（文字）</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>{old} → {new}</source>
      <translation>{old} → {new}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>{open} open action items, {overdue} of them overdue</source>
      <translation>未完成督办事项 {open} 项，其中逾期 {overdue} 项</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} already exists. Choose another name.</source>
      <translation>{path} 已存在。请换一个名称。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{path} already exists. Replace it?</source>
      <translation>{path} 已存在。要替换吗？</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>{path} already exists. Use Open database to open it.</source>
      <translation>{path} 已存在。请用“打开数据库”打开它。</translation>
    </message>
    <message>
      <location filename="../core/forms/pdf.py" />
      <source>{path} already exists; choose another name or allow replacing it.</source>
      <translation>{path} 已存在；请换一个名称，或允许替换。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>{path} already exists; use --force to overwrite it.</source>
      <translation>{path} 已存在；如要覆盖请使用 --force。</translation>
    </message>
    <message>
      <source>{path} cannot be opened as a database ({reason}). Open another file or restore a copy.</source>
      <translation type="vanished">无法将 {path} 作为数据库打开（{reason}）。请打开其他文件或恢复副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} cannot be opened.</source>
      <translation>无法打开 {path}。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{path} cannot be read as UTF-8 text: {reason}</source>
      <translation>{path} 无法作为 UTF-8 文本读取：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} cannot be read.</source>
      <translation>无法读取 {path}。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} cannot be written: it or its folder is read-only.</source>
      <translation>无法写入 {path}：该文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
      <location filename="../core/forms/pdf.py" />
      <source>{path} cannot be written: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} could not be read or written (an error of the disk, the USB stick or the network).</source>
      <translation>无法读写 {path}（磁盘、U 盘或网络出错）。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} could not be used (SQLite error {code}).</source>
      <translation>无法使用 {path}（SQLite 错误 {code}）。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{path} holds no .pdf or .xlsx file.</source>
      <translation>{path} 中没有 .pdf 或 .xlsx 文件。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is a database of another program; it was not changed.</source>
      <translation>{path} 是其他程序的数据库，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is an empty file (0 bytes), not a backup; nothing was restored.</source>
      <translation>{path} 是空文件（0 字节），不是备份；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is an empty file (0 bytes), not a database; it was not changed. Check the name, or restore a backup.</source>
      <translation>{path} 是空文件（0 字节），不是数据库；文件未被改动。请检查文件名，或恢复备份。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is damaged (SQLite's check finds broken pages); nothing was restored. Choose another backup.</source>
      <translation>{path} 已损坏（SQLite 检查发现损坏的页）；未恢复任何内容。请选择其他备份。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is damaged or not a database file of this program.</source>
      <translation>{path} 已损坏，或不是本程序的数据库文件。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is in use by another program. Wait a moment and try again.</source>
      <translation>{path} 正被另一个程序使用。请稍候再试。</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>{path} is not a PNG image. Save the seal as PNG with a transparent background.</source>
      <translation>{path} 不是 PNG 图片。请将印章保存为透明背景的 PNG 图片。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>{path} is not a TrueType font (.ttf or .ttc).</source>
      <translation>{path} 不是 TrueType 字体（.ttf 或 .ttc）。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is not a database file of this program (it may be damaged). Open another file or restore a copy.</source>
      <translation>{path} 不是本程序的数据库文件（可能已损坏）。请打开其他文件或恢复副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is not a database file of this program; nothing was restored.</source>
      <translation>{path} 不是本程序的数据库文件；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is not a database of this program (another program's file, or empty); nothing was restored.</source>
      <translation>{path} 不是本程序的数据库（是其他程序的文件，或为空）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{path} is not {what} of this program; nothing was changed.</source>
      <translation>{path} 不是本程序的{what}；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is of an older data version ({found}; this version uses {known}). Open it once in the program, which upgrades it (keeping a copy), and try again; the file was not changed.</source>
      <translation>{path} 的数据版本较旧（{found}；本版本使用 {known}）。请先在程序中打开一次（程序会升级它并保留一份副本），再试一次；文件未被改动。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{path} is too big to attach ({size} MB; at most 50 MB).</source>
      <translation>{path} 太大，无法作为附件（{size} MB；最大 50 MB）。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} was written by a newer version of this program (data version {found}; this version knows up to {known}). Install the newer version to open it; the file was not changed.</source>
      <translation>{path} 由本程序的较新版本写入（数据版本 {found}；本版本最高支持 {known}）。请安装新版本后打开；该文件未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} was written by a newer version of this program (data version {found}; this version knows up to {known}); nothing was restored.</source>
      <translation>{path} 由本程序的较新版本写入（数据版本 {found}；本版本最高支持 {known}）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{path} was written by a newer version of this program; install it to read the file. Nothing was changed.</source>
      <translation>{path} 由本程序的更新版本写入；请安装新版本后再读取。未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/notices/export.py" />
      <source>{path}: a notice is exported as .pdf or .docx.</source>
      <translation>{path}：通知只能导出为 .pdf 或 .docx 文件。</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>{path}: minutes and sign-in sheets are written as PDF; name the file .pdf.</source>
      <translation>{path}：纪要和签到表只能写为 PDF，请将文件命名为 .pdf。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_source.py" />
      <source>{path}: minutes are exported as .pdf or .docx.</source>
      <translation>{path}：纪要只能导出为 .pdf 或 .docx 文件。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{present} of {invited}</source>
      <translation>{present}/{invited}</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>{problem} ({hint})</source>
      <translation>{problem}（{hint}）</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>{problem} Set the account in File → Settings.</source>
      <translation>{problem} 请在“文件 → 设置”中设置账户。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{reason} (the cell is left empty; the unit and the contact are imported)</source>
      <translation>{reason}（该单元格留空；单位和联系人照常导入）</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{reason} (the contact is left out; the unit is imported)</source>
      <translation>{reason}（该联系人未导入；单位照常导入）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{rows} rows ({units} member units, {contacts} contacts) written to {path}</source>
      <translation>已将 {rows} 行（成员单位 {units} 家，联系人 {contacts} 位）写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{signed} of {invited} signed in — {summary}</source>
      <translation>{invited} 人中已签到 {signed} 人 — {summary}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{signins} sign-ins and {walk_ins} walk-ins written. Merge the file into the office database: Sign-in laptop → Merge sign-in results.</source>
      <translation>已写入 {signins} 条签到和 {walk_ins} 名现场登记人员。请把该文件合并到办公室的数据库：签到电脑 → 合并签到结果。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term} is not understood: use all, level:…, committee:…, unit:&lt;id&gt; or contact:&lt;id&gt;.</source>
      <translation>无法理解 {term}：请使用 all、level:…、committee:…、unit:&lt;编号&gt; 或 contact:&lt;编号&gt;。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: an id is a number.</source>
      <translation>{term}：编号应为数字。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such contact.</source>
      <translation>{term}：没有这个联系人。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such member unit.</source>
      <translation>{term}：没有这个会员单位。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such membership level.</source>
      <translation>{term}：没有这个会员级别。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such professional committee.</source>
      <translation>{term}：没有这个专业委员会。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: only a message about a call for nominations or a meeting has these recipients.</source>
      <translation>{term}：只有关于征集或会议的邮件才有这类收件人。</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>{text} is not a real date</source>
      <translation>{text} 不是有效日期</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>{text} is not a real month</source>
      <translation>{text} 不是有效的年月</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{title} was not opened from a meeting package: its sign-ins are in this database already.</source>
      <translation>{title}不是从会议签到包打开的：其签到记录已在本数据库中。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>{title}: this kind of record cannot be opened here yet.</source>
      <translation>{title}：此类记录暂时无法在这里打开。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>{total} forms read: {chosen} ticked to record, {bad} cannot be recorded.</source>
      <translation>共读取 {total} 份表格：勾选登记 {chosen} 份，{bad} 份无法登记。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>{units} member units, {contacts} contacts</source>
      <translation>成员单位 {units} 家，联系人 {contacts} 位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{units} member units, {people} representatives present</source>
      <translation>{units} 家成员单位 {people} 名代表出席</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>{unit} has contacts but no primary contact.</source>
      <translation>{unit} 有联系人，但没有主要联系人。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>{unit} has {count} primary contacts.</source>
      <translation>{unit} 有 {count} 位主要联系人。</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>{value} is not a known {name}</source>
      <translation>{value} 不是已知的 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>{value} is not one of the choices</source>
      <translation>{value} 不在可选项中</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{value} is not one of the professional committees</source>
      <translation>{value} 不是联盟的专业委员会</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>“{action}” cannot be undone, nor anything done before it.</source>
      <translation>“{action}”无法撤销，在它之前的操作也无法撤销。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>… and {count} more</source>
      <translation>……另有 {count} 项</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>… and {count} more.</source>
      <translation>……另有 {count} 条。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>↑↓ choose, Enter opens, Esc closes.</source>
      <translation>↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>关于召开年度成员大会的通知
各成员单位：
一、会议时间
……
附件：1.参会回执
中国智慧城市产业联盟
2026年3月5日</source>
      <translation>关于召开年度成员大会的通知
各成员单位：
一、会议时间
……
附件：1.参会回执
中国智慧城市产业联盟
2026年3月5日</translation>
    </message>
  </context>
</TS>
