<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>app</name>
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
      <location filename="../core/meetings/attendance.py" />
      <source>; {count} attending without a vote</source>
      <translation>，{count} 名列席</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>A copy was saved to {path}.</source>
      <translation>副本已保存到 {path}。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>A draft notice 关于召开…的通知 with the meeting's facts filled in; finish and issue it in Notices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>A file kept with the notice (listed as 附件; the file is not printed)</source>
      <translation>随通知保存的文件（列入附件说明，文件本身不打印）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>A new notice from a document written in WPS or Word (or drop the file on the list), checked in the editor before it is saved</source>
      <translation>根据在 WPS 或 Word 中写好的文档新建通知（也可把文件拖到列表上），保存前在编辑器中核对</translation>
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
      <location filename="../ui/main_window.py" />
      <source>About</source>
      <translation>关于</translation>
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
      <location filename="../core/meetings/agenda.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Action item</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add agenda item {name}</source>
      <translation>添加议题{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Add as contact of this unit</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add decision…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Add file…</source>
      <translation>添加文件…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Add guest {name} to {title}</source>
      <translation>为{title}添加来宾{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add progress note to {text}</source>
      <translation>为督办事项“{text}”添加进展</translation>
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
      <location filename="../core/members/units.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Addressees</source>
      <translation>主送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>After</source>
      <translation>修改后</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Agenda and decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Agenda item</source>
      <translation>议题</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda item:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>All levels</source>
      <translation>全部会员类别</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>All meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All regions</source>
      <translation>全部地区</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All statuses</source>
      <translation>全部状态</translation>
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
      <location filename="../ui/notices/alliance_dialog.py" />
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
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approve the minutes of {title}</source>
      <translation>审定{title}纪要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve the minutes? Approved minutes are frozen: the meeting's record (attendance, agenda, decisions, action items) can then only change through a correction, a new version that keeps this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Approved</source>
      <translation>已审定</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approved on</source>
      <translation>审定日期</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Association</source>
      <translation>行业协会</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Attach files</source>
      <translation>选择附件文件</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Attendance</source>
      <translation>出席情况</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Attends for…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>By pinyin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Cannot undo: {action}</source>
      <translation>无法撤销：{action}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Carry open action items into {title}</source>
      <translation>将未完成督办事项列入{title}议程</translation>
    </message>
    <message>
      <location filename="../core/overview/charts.py" />
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
      <location filename="../ui/exchange/import_dialog.py" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Choose addressee units</source>
      <translation>选择主送单位</translation>
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Close without saving</source>
      <translation type="unfinished" />
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
      <location filename="../cli/members.py" />
      <source>Columns {first} and {second} are both named {header}; nothing was imported. Rename one of them in the file, or import the file in the program's window, where each column's field can be chosen.</source>
      <translation>{first} 列和 {second} 列都名为“{header}”，未导入任何内容。请在文件中重命名其中一列，或在程序窗口中导入该文件，在那里可以为每列选择字段。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Committee</source>
      <translation>专业委员会</translation>
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
      <location filename="../ui/members/bulk_change.py" />
      <source>Committee:</source>
      <translation>专业委员会：</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Computer / account</source>
      <translation>计算机 / 账户</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
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
      <location filename="../core/exchange/columns.py" />
      <source>Contact position</source>
      <translation>联系人职务</translation>
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Correct (new version)…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <location filename="../core/meetings/agenda.py" />
      <source>Date</source>
      <translation>日期</translation>
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
      <location filename="../core/meetings/agenda.py" />
      <source>Decision</source>
      <translation>决定事项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Decisions (numbered through the meeting)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
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
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history.</source>
      <translation type="vanished">要永久删除列表中的全部项目吗？删除前会先做备份；删除后无法在此恢复，修改记录中也不再保留。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久删除列表中的所有项目？删除前会先备份；之后这些项目无法在此恢复，也会从变更历史中移除。此前的操作也将无法撤销。</translation>
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
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Delete the action item {item}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete the agenda item {title}?</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete this decision? The others are numbered again.</source>
      <translation type="unfinished" />
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
      <location filename="../core/overview/saved_searches.py" />
      <source>Delete {count} saved searches</source>
      <translation>删除 {count} 个保存的搜索</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Delete {record}</source>
      <translation>删除{record}</translation>
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Do not type numbers: give each paragraph its level (Ctrl+0 paragraph, Ctrl+1 to Ctrl+4 headings); the numbers are added by the program.</source>
      <translation>无需输入序号：为每段设置层级即可（Ctrl+0 为正文段落，Ctrl+1 至 Ctrl+4 为各级标题），序号由程序自动添加。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Drop action item</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Dry run, nothing written. {summary}</source>
      <translation>试运行，未写入任何内容。{summary}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Due</source>
      <translation type="unfinished" />
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
      <location filename="../core/members/contacts.py" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
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
      <location filename="../core/members/contacts.py" />
      <source>Edit contact {name}</source>
      <translation>编辑联系人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Edit decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit decision {number} of {title}</source>
      <translation>修改{title}的第{number}项决定事项</translation>
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
      <location filename="../core/notices/service.py" />
      <source>Edit notice {title}</source>
      <translation>编辑通知 {title}</translation>
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
      <location filename="../ui/deleted_items.py" />
      <source>Empty</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Empty deleted items older than (days)</source>
      <translation>自动清除已删除项目（天数）</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Empty the trash ({count} items)</source>
      <translation>清空已删除项目（{count} 项）</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Empty: the date of the notice</source>
      <translation>留空则与成文日期相同</translation>
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
      <location filename="../ui/members/editor.py" />
      <source>Every change, with who made it</source>
      <translation>全部修改记录（何时、何人修改）</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export meeting package…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export sign-in results…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export the notice as a PDF, or as a Word document to edit in WPS or Word</source>
      <translation>将通知导出为 PDF，或导出为 Word 文档在 WPS 或 Word 中编辑</translation>
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
      <location filename="../core/members/choices.py" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>File:</source>
      <translation>文件：</translation>
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
      <location filename="../ui/contacts/view.py" />
      <source>Filter by name, unit, position or e-mail (Ctrl+F)</source>
      <translation>按姓名、单位、职务或邮箱筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Filter by title, addressees or text (Ctrl+F)</source>
      <translation>按标题、主送或正文筛选（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Filter meetings: title, place, chair… (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Filter: item, unit or person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Folder:</source>
      <translation>文件夹：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Follow-up of action items</source>
      <translation type="unfinished" />
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
      <location filename="../ui/notices/batch_export.py" />
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>From a document</source>
      <translation>从文档新建</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
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
      <location filename="../core/members/choices.py" />
      <source>Government body</source>
      <translation>政府机构</translation>
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
      <location filename="../cli/meetings.py" />
      <source>ID</source>
      <translation>编号</translation>
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
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Include the contacts' mobile numbers? They are personal data; leave them out unless the recipient needs them.</source>
      <translation>是否包含联系人的手机号码？手机号码属于个人信息，除非接收方确实需要，否则请不要导出。</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Installed: data in the user's data folder.</source>
      <translation>安装版：数据保存在当前用户的数据文件夹中。</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Investment fund</source>
      <translation>投资机构</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite a committee to {title}</source>
      <translation>邀请专业委员会参加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite member units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite units by level to {title}</source>
      <translation>按会员类别邀请单位参加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite units…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Invitees</source>
      <translation>邀请人数</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Invitees and attendance</source>
      <translation type="unfinished" />
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
      <location filename="../ui/notices/editor.py" />
      <source>Issued as {number} (version {version}) on {date}. An issued notice can no longer be changed: press Correct… to make a corrected version.</source>
      <translation>已于 {date} 发布，文号 {number}（第 {version} 版）。已发布的通知不能再修改：如需改动，请点击“更正…”制作更正版本。</translation>
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
      <location filename="../cli/meetings.py" />
      <source>Kind</source>
      <translation>类型</translation>
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
      <location filename="../ui/notices/view.py" />
      <source>Make a new draft version of an issued notice; it takes over the number when it is issued</source>
      <translation>为已发布的通知新建一个草稿版本；该版本发布后沿用原文号</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Make a new draft version of the approved minutes? The approved version stays as it is until the correction is approved.</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meeting attendees</source>
      <translation>参会人员</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Meeting packages (*{suffix})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Meeting {id} does not exist (it may have been deleted).</source>
      <translation>会议 {id} 不存在（可能已被删除）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/record.py" />
      <source>Meeting {id} does not exist.</source>
      <translation>会议 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Meeting {id} packaged for sign-in: {count} invitees, written to {path}</source>
      <translation>会议 {id} 的签到包已生成：{count} 名参会人员，已写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Meeting: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meetings</source>
      <translation>会议</translation>
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
      <location filename="../core/meetings/attendance.py" />
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
      <location filename="../core/members/units.py" />
      <source>Membership level</source>
      <translation>会员类别</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merge sign-in results into {title}</source>
      <translation>合并{title}的签到结果</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merged into {title}: {signins} sign-ins, {undone} sign-ins undone, {walk_ins} walk-ins, {statuses} attendance changes.</source>
      <translation>已合并到{title}：签到 {signins} 人次，撤销签到 {undone} 人次，现场登记 {walk_ins} 人，出席情况变更 {statuses} 处。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Minutes</source>
      <translation>纪要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
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
      <location filename="../ui/notices/attachments.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move the meeting {title} and everything recorded about it to Deleted items?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move {count} meetings and everything recorded about them to Deleted items?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <location filename="../ui/contacts/view.py" />
      <source>No contacts yet. Press New (Ctrl+N) to add a contact to a member unit.</source>
      <translation>还没有联系人。点击“新建”（Ctrl+N）为成员单位添加联系人。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>No meetings yet: New… records one, from its invitation to approved minutes.</source>
      <translation type="unfinished" />
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
      <location filename="../core/notices/from_file/__init__.py" />
      <source>No title was found in the text: the file name is used as the title.</source>
      <translation>文中未找到标题，已用文件名作为标题。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Nobody found: check the spelling, or add a walk-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Nobody invited yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Nobody invited yet: Invite units… or Add guest…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>None (the alliance as a whole)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Note</source>
      <translation>附注</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Nothing found for {text}.</source>
      <translation>没有找到与 {text} 相符的内容。</translation>
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
      <location filename="../ui/meetings/editor.py" />
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
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
      <location filename="../core/meetings/agenda.py" />
      <source>Number</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Number line of the minutes</source>
      <translation>纪要期号</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Number or date line:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Office phone</source>
      <translation>办公电话</translation>
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
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items</source>
      <translation>未完成督办事项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Open action items ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items of every meeting, overdue first</source>
      <translation type="unfinished" />
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
      <location filename="../ui/common/list_view.py" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Order</source>
      <translation>顺序</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Order of the attendee lists:</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Overdue since {date}</source>
      <translation type="unfinished" />
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
      <location filename="../ui/overview/chart_card.py" />
      <source>PNG pictures (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
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
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Personal data</source>
      <translation>个人信息</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
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
      <location filename="../ui/about_dialog.py" />
      <source>Portable: data, settings and backups stay in the program's folder.</source>
      <translation>便携版：数据、设置和备份都保存在程序所在的文件夹中。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Position:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/units.py" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
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
      <location filename="../core/members/units.py" />
      <source>Professional committees</source>
      <translation>专业委员会</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Professional title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Progress</source>
      <translation>进展</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress on {item}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put the selected open items on another meeting's agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put them on the agenda of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Put {field} back to “{value}”?</source>
      <translation>将{field}改回“{value}”？</translation>
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
      <location filename="../ui/members/editor.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Reason for the change</source>
      <translation>变更原因</translation>
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
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Recorded by (your name):</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Remove from committee…</source>
      <translation>移出专业委员会…</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Remove {count} invitees from {title}</source>
      <translation>从{title}移除 {count} 名受邀人员</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Rename agenda item</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <location filename="../core/members/contacts.py" />
      <source>Restore contact {name}</source>
      <translation>恢复联系人 {name}</translation>
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
      <location filename="../core/members/contacts.py" />
      <source>Restore {count} contacts</source>
      <translation>恢复 {count} 位联系人</translation>
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
      <location filename="../core/meetings/service.py" />
      <source>Return the minutes of {title} to draft</source>
      <translation>将{title}纪要退回草稿</translation>
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
      <location filename="../ui/notices/preview.py" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Save notes</source>
      <translation type="unfinished" />
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
      <source>Search units, contacts, notices… (Ctrl+K)</source>
      <translation>搜索单位、联系人、通知……（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Select a member unit to see it here.</source>
      <translation>选中一家成员单位，即可在此查看其概况。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Select the items to restore first.</source>
      <translation>请先选中要恢复的项目。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Sends apologies</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Serial number</source>
      <translation>序号</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Show every year again</source>
      <translation>重新显示所有年份</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign in (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Sign in {name}</source>
      <translation>{name}签到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign people in at the door: find them by name, pinyin, initials or unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in results (*{suffix})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Sign-in results merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>Sign-in sheet of meeting {id} written to {path}</source>
      <translation>会议 {id} 的签到表已写入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign-in: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Signed by</source>
      <translation>发文机关署名</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Signed in at</source>
      <translation>签到时间</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Signing body</source>
      <translation>发文机关署名</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Simplified Chinese</source>
      <translation>简体</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Someone attends in place of the selected invitee (代)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Someone not invited: added and signed in now, offered as a new contact afterwards</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/editor.py" />
      <source>Starts and ends at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Starts at</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Status</source>
      <translation>状态</translation>
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
      <location filename="../ui/members/bulk_change.py" />
      <source>Take {count} units out of a professional committee</source>
      <translation>将 {count} 家单位移出专业委员会</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
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
      <location filename="../core/meetings/records.py" />
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
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The check lists every row that cannot be imported, with its column and the reason.</source>
      <translation>检查结果将列出每个无法导入的行，以及所在列和原因。</translation>
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
      <source>The database file {path} does not exist.</source>
      <translation type="vanished">数据库文件 {path} 不存在。</translation>
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
      <location filename="../core/exchange/member_export.py" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The punctuation after the attachment names was left out, as GB/T 9704 asks: {marks}</source>
      <translation>按 GB/T 9704 的要求，已去掉附件名称后的标点：{marks}</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>The saved search no longer exists.</source>
      <translation>该保存的搜索已不存在。</translation>
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
      <location filename="../ui/meetings/signin.py" />
      <source>The sign-in of {name} was undone.</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>The units of a professional committee:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>This action item is done already ({date}, {who}).</source>
      <translation>该督办事项已完成（{date}，{who}）。</translation>
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
      <location filename="../core/meetings/service.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Title and issuer mark (小标宋)</source>
      <translation>标题和发文机关标志（小标宋）</translation>
    </message>
    <message>
      <location filename="../core/overview/charts.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Traditional Chinese (Hong Kong)</source>
      <translation>繁体（香港）</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
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
      <location filename="../ui/overview/search_popup.py" />
      <source>Type to search member units, contacts and notices. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation>输入文字即可搜索成员单位、联系人和通知。↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo the sign-in of the selected arrival (or the last one)</source>
      <translation type="unfinished" />
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
      <location filename="../core/members/units.py" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Unit type</source>
      <translation>单位性质</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Unit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Units already registered (same credit code or name):</source>
      <translation>已登记的单位（信用代码或名称相同）：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units chosen one by one:</source>
      <translation type="unfinished" />
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
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units of these membership levels:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>University</source>
      <translation>高等院校</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Unknown field {field} in the column choice.</source>
      <translation>列的对应关系中有未知字段 {field}。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_pdf.py" />
      <source>Unknown order {order}: choose level-strokes or pinyin.</source>
      <translation>未知的排序方式 {order}：请选择 level-strokes 或 pinyin。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_pdf.py" />
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
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Up</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Versions:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Vice-chair unit</source>
      <translation>副理事长单位</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Walk-in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/database.py" />
      <source>Warning: the database file {path} is damaged (SQLite's check finds broken pages); what is shown may be incomplete. Restore a backup with the restore command.</source>
      <translation>警告：数据库文件 {path} 已损坏（SQLite 检查发现损坏的页），显示的内容可能不完整。请用 restore 命令恢复备份。</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Website</source>
      <translation>单位网址</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Why is it dropped?</source>
      <translation type="unfinished" />
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
      <location filename="../ui/notices/batch_export.py" />
      <source>Word document saved: {path}</source>
      <translation>Word 文档已保存：{path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Word documents (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Working meeting</source>
      <translation>工作会议</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the minutes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the sign-in sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Year</source>
      <translation>年份</translation>
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
      <location filename="../core/meetings/package.py" />
      <source>a meeting package</source>
      <translation>会议签到包</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项有歧义：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>another program is using it</source>
      <translation>另一个程序正在使用它</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>approved on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>at most this many results of each kind</source>
      <translation>每类最多显示的结果数</translation>
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
      <location filename="../ui/safety/backups_dialog.py" />
      <source>by hand</source>
      <translation>手动</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>check character is wrong: the last character should be {expected}</source>
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
      <location filename="../core/records.py" />
      <source>committee {name}</source>
      <translation>专业委员会 {name}</translation>
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
      <location filename="../ui/meetings/detail_pane.py" />
      <source>due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>e.g. 2026-03-05 or 2026年3月5日</source>
      <translation>例如：2026-03-05 或 2026年3月5日</translation>
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
      <translation type="unfinished" />
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
      <location filename="../cli/members.py" />
      <source>export member units and contacts to .xlsx or .csv</source>
      <translation>将成员单位和联系人导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)</source>
      <translation>hans = 简体，hant-tw = 繁体（台湾），hant-hk = 繁体（香港）</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>has the same header as column {first}; it is not imported. Choose its field above the column, or rename it in the file.</source>
      <translation>与 {first} 列的表头相同，不会导入。请在该列上方为它选择字段，或在文件中重命名。</translation>
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
      <location filename="../core/exchange/member_import.py" />
      <source>is a mobile number ({number}), and the mobile column holds another one</source>
      <translation>是手机号码（{number}），而手机列中已有另一个号码</translation>
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
      <location filename="../core/meetings/service.py" />
      <source>is before the start</source>
      <translation>早于开始时间</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>is not a date; write it as 2013-11-06, 2013/11/6 or 2013年11月6日</source>
      <translation>不是日期；请写作 2013-11-06、2013/11/6 或 2013年11月6日</translation>
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
      <location filename="../core/validation.py" />
      <source>is not an e-mail address, e.g. name@example.com</source>
      <translation>不是电子邮箱地址，例如 name@example.com</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>is required</source>
      <translation>为必填项</translation>
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
      <location filename="../cli/main.py" />
      <source>language of messages and of the UI</source>
      <translation>提示信息和界面的语言</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>leave them as they are</source>
      <translation>保持不变</translation>
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
      <location filename="../cli/notices.py" />
      <source>list notices</source>
      <translation>列出通知</translation>
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
      <location filename="../core/records.py" />
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
      <location filename="../core/validation.py" />
      <source>must be 11 digits starting with 1, e.g. 13812345678</source>
      <translation>应为以 1 开头的 11 位数字，例如 13812345678</translation>
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
      <location filename="../core/validation.py" />
      <source>must have 18 characters (has {length})</source>
      <translation>应为 18 位（现为 {length} 位）</translation>
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
      <location filename="../cli/argparse_text.py" />
      <source>one of the arguments %s is required</source>
      <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>one search across member units, contacts and notices (names also by pinyin and initials: cq finds 重庆)</source>
      <translation>在成员单位、联系人和通知中统一搜索（名称也可用拼音和首字母：cq 可找到 重庆）</translation>
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
      <location filename="../cli/safety.py" />
      <source>only report, change nothing</source>
      <translation>只报告，不做任何更改</translation>
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
      <location filename="../cli/members.py" />
      <source>only this status (e.g. 在册 or active)</source>
      <translation>只列出该状态（例如 在册 或 active）</translation>
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
      <location filename="../cli/members.py" />
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
      <location filename="../cli/members.py" />
      <source>refuse a row when a contact cell is wrong (by default the cell is left empty and listed)</source>
      <translation>联系人单元格有误时拒绝整行（默认将该单元格留空并列出）</translation>
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
      <location filename="../cli/main.py" />
      <source>show a traceback on failure</source>
      <translation>出错时显示调用栈</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>size unknown</source>
      <translation>大小未知</translation>
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
      <location filename="../cli/argparse_text.py" />
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的参数：%s</translation>
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
      <location filename="../cli/members.py" />
      <source>what to do with units already in the database (default: skip)</source>
      <translation>对数据库中已有的单位如何处理（默认：跳过）</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>write a meeting package for a sign-in laptop</source>
      <translation>为签到用笔记本电脑生成会议签到包</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout</source>
      <translation>将会议纪要按 GB/T 9704 格式写为 PDF</translation>
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
      <location filename="../core/safety/trash.py" />
      <source>{count} items</source>
      <translation>{count} 项</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{count} meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>{count} member units changed</source>
      <translation>已修改 {count} 家成员单位</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{count} pictures in the document were not carried over; attach them as files if they belong to the notice.</source>
      <translation>文档中的 {count} 张图片未带入；如属于通知内容，请作为附件文件添加。</translation>
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
      <translation type="unfinished" />
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
      <location filename="../core/exchange/member_export.py" />
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
      <location filename="../core/exchange/member_export.py" />
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
      <location filename="../core/exchange/member_export.py" />
      <source>{file}: choose a name ending in .xlsx (Excel) or .csv.</source>
      <translation>{file}：请使用以 .xlsx（Excel）或 .csv 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{file}: {rows} rows{encoding}. Choose above each column which field it holds, then Check. Nothing is written before you press Import.</source>
      <translation>{file}：共 {rows} 行{encoding}。请在每列上方选择该列对应的字段，然后点击“检查”。点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>{invited} invited — {summary}</source>
      <translation type="unfinished" />
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
      <location filename="../ui/common/form.py" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} signed in at {time}.</source>
      <translation type="unfinished" />
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
      <location filename="../core/meetings/package.py" />
      <source>{name} was taken off the list at the office but signed in on the laptop: put back on the list.</source>
      <translation>{name}已在办公室从名单中移除，但在笔记本电脑上签到了：已重新列入名单。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name}: the office recorded {office}, the laptop {laptop}; the office's is kept.</source>
      <translation>{name}：办公室记录为“{office}”，笔记本电脑记录为“{laptop}”；保留办公室的记录。</translation>
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
      <translation type="unfinished" />
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
      <location filename="../core/meetings/minutes_pdf.py" />
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
      <location filename="../core/storage/recovery.py" />
      <source>{path} cannot be read.</source>
      <translation>无法读取 {path}。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} cannot be written: it or its folder is read-only.</source>
      <translation>无法写入 {path}：该文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_pdf.py" />
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
      <location filename="../core/meetings/package.py" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
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
      <location filename="../core/notices/service.py" />
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
      <location filename="../ui/meetings/view.py" />
      <source>{present} of {invited}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{signins} sign-ins and {walk_ins} walk-ins written. Merge the file into the office database: Sign-in laptop → Merge sign-in results.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>{text} is not a real date</source>
      <translation>{text} 不是有效日期</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{title} was not opened from a meeting package: its sign-ins are in this database already.</source>
      <translation>{title}不是从会议签到包打开的：其签到记录已在本数据库中。</translation>
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
      <location filename="../cli/members.py" />
      <source>{value} is not a known {name}</source>
      <translation>{value} 不是已知的 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{value} is not one of the choices</source>
      <translation>{value} 不在可选项中</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>“{action}” cannot be undone, nor anything done before it.</source>
      <translation>“{action}”无法撤销，在它之前的操作也无法撤销。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>… and {count} more</source>
      <translation type="unfinished" />
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
