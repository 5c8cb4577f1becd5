<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>app</name>
    <message>
      <location filename="../core/forms/returns.py" />
      <source> (was 「{header}」)</source>
      <translation>（原為「{header}」）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>(no notice)</source>
      <translation>（無通知）</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>(not imported)</source>
      <translation>（不匯入）</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>--limit must be 1 or more</source>
      <translation>--limit 須為 1 或更大</translation>
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
      <translation>入會徵集不面向成員單位：請自行選擇收件人。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>A cell the check marks can be corrected here: double-click it (or press F2) and type. The corrected value is imported; the file is not changed.</source>
      <translation>檢查標出的儲存格可以在這裡更正：按兩下（或按 F2）後輸入。匯入的是更正後的值；檔案本身不會改動。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>A copy was saved to {path}.</source>
      <translation>副本已儲存到 {path}。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>A draft notice 关于召开…的通知 with the meeting's facts filled in; finish and issue it in Notices</source>
      <translation>生成一份已填好會議資訊的「關於召開…的通知」草稿，請到「通知」中完善併發布</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>A file kept with the notice (listed as 附件; the file is not printed)</source>
      <translation>隨通知儲存的檔案（列入附件說明，檔案本身不列印）</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>A folder of them…</source>
      <translation>整個資料夾…</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>A message to the chosen units or contacts, without a document.</source>
      <translation>給所選單位或聯絡人的郵件（不附公文）。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>A new notice from a document written in WPS or Word (or drop the file on the list), checked in the editor before it is saved</source>
      <translation>依據在 WPS 或 Word 中寫好的文件新增通知（也可把檔案拖到清單上），儲存前在編輯器中核對</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>A nomination that was decided ({state}) cannot be edited.</source>
      <translation>已作出決定（{state}）的推薦不能再修改。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>A row of {table} ({rowid}) points to a missing row of {parent}.</source>
      <translation>{table} 中的一行（{rowid}）指向 {parent} 中不存在的記錄。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>A saved search named {name} exists already: choose another name.</source>
      <translation>已有名為 {name} 的儲存的搜尋，請換一個名稱。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>A saved search named {name} exists already: rename it first.</source>
      <translation>已有名為 {name} 的儲存的搜尋，請先將其改名。</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>About</source>
      <translation>關於</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>About (id)</source>
      <translation>關於（編號）</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>About Alliance Secretariat</source>
      <translation>關於聯盟秘書處</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Academia</source>
      <translation>學</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Achievements</source>
      <translation>主要成果、著作與獲獎情況</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Action item</source>
      <translation>督辦事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Action items</source>
      <translation>督辦事項</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Active</source>
      <translation>在冊</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units</source>
      <translation>在冊成員單位</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by level</source>
      <translation>在冊成員單位（按會員類別）</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by region</source>
      <translation>在冊成員單位（按地區）</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Active member units by type</source>
      <translation>在冊成員單位（按單位性質）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Add</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add a decision to {title}</source>
      <translation>為{title}新增決定事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add action item to {title}</source>
      <translation>為{title}新增督辦事項</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add agenda item</source>
      <translation>新增議題</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add agenda item {name}</source>
      <translation>新增議題{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Add as contact of this unit</source>
      <translation>新增為該單位的聯絡人</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Add contact {name}</source>
      <translation>新增聯絡人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/members/unit_contacts.py" />
      <source>Add contact…</source>
      <translation>新增聯絡人…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add decision</source>
      <translation>新增決定事項</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Add decision…</source>
      <translation>新增決定事項…</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Add expert {name}</source>
      <translation>新增專家 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Add file…</source>
      <translation>新增檔案…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest</source>
      <translation>新增來賓</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Add guest {name} to {title}</source>
      <translation>為{title}新增來賓{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Add guest…</source>
      <translation>新增來賓…</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Add progress note to {text}</source>
      <translation>為督辦事項「{text}」新增進展</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Add recipients…</source>
      <translation>新增收件人…</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Add standards group member {name}</source>
      <translation>新增標準組成員 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Add text…</source>
      <translation>新增文字…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Add to committee…</source>
      <translation>加入專業委員會…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Add {count} units to a professional committee</source>
      <translation>將 {count} 家單位加入專業委員會</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Address of the unit</source>
      <translation>單位地址</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Addressees</source>
      <translation>主送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Administrative position</source>
      <translation>行政職務</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Adopted</source>
      <translation>已審定</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>After</source>
      <translation>修改後</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Agenda and decisions</source>
      <translation>議題與決定事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Agenda item</source>
      <translation>議題</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda item:</source>
      <translation>議題：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Agenda items</source>
      <translation>議題</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>All calls</source>
      <translation>全部徵集</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All committees</source>
      <translation>全部專業委員會</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>All files (*)</source>
      <translation>所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>All kinds</source>
      <translation>全部類型</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>All levels</source>
      <translation>全部會員類別</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>All meetings</source>
      <translation>全部會議</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>All member units</source>
      <translation>全部會員單位</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>All messages</source>
      <translation>全部郵件</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All regions</source>
      <translation>全部地區</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All sides</source>
      <translation>全部類別</translation>
    </message>
    <message>
      <source>All states</source>
      <translation type="vanished">全部狀態</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>All statuses</source>
      <translation>全部狀態</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>All terms</source>
      <translation>全部任期</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>All types</source>
      <translation>全部單位性質</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>All years</source>
      <translation>全部年份</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Alliance</source>
      <translation>聯盟資訊</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Alliance Secretariat</source>
      <translation>聯盟秘書處</translation>
    </message>
    <message>
      <source>Alliance Secretariat {version}
Member units, contacts and the work of the secretariat, on one local file.

Database: {path}</source>
      <translation type="vanished">聯盟秘書處 {version}
成員單位、聯絡人和秘書處日常工作，全部儲存在一個本地檔案中。

資料庫：{path}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>Alliance Secretariat {version}: member units, contacts and the work of the secretariat.</source>
      <translation>聯盟秘書處 {version}：成員單位、聯絡人和秘書處日常工作。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Alliance Secretariat — {file}</source>
      <translation>聯盟秘書處 — {file}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Alliance name (Simplified)</source>
      <translation>聯盟名稱（簡體）</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Alliance name (Traditional)</source>
      <translation>聯盟名稱（繁體）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Alliance settings</source>
      <translation>聯盟設定</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Alliance settings…</source>
      <translation>聯盟設定…</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Already recorded</source>
      <translation>已有記錄</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Already recorded: {where}. Nothing was saved; compare the two and record it anyway only if it is another person or unit.</source>
      <translation>已有記錄：{where}。未儲存任何內容；請對照兩者，確認是另一人或另一單位時再堅持錄入。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Already recorded?</source>
      <translation>是否已有記錄？</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>An action item of {meeting} is done but has no date; the day of its last change is used.</source>
      <translation>{meeting}的一項督辦事項已完成但沒有完成日期；已取其最後修改的日期。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>An action was left open by a crash; it is closed now.</source>
      <translation>程式異常退出時留下了一個未結束的操作，現已關閉。</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>An attachment typed here, laid out after the notice</source>
      <translation>在此輸入的附件，排在通知正文之後</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>An issued notice cannot be changed: make a correction instead.</source>
      <translation>已發布的通知不能修改，請改用「更正」。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Approval by the council</source>
      <translation>理事會審批意見</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve</source>
      <translation>審定</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approve the minutes of {title}</source>
      <translation>審定{title}紀要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve the minutes? Approved minutes are frozen: the meeting's record (attendance, agenda, decisions, action items) can then only change through a correction, a new version that keeps this one.</source>
      <translation>審定紀要嗎？審定後紀要即凍結：會議記錄（出席、議題、決定事項、督辦事項）只能通過更正修改，更正會生成新版本並保留本版。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Approve {name}</source>
      <translation>批准 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Approved</source>
      <translation>通過</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Approved on</source>
      <translation>審定日期</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Approve…</source>
      <translation>審定…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Areas of expertise</source>
      <translation>擅長領域</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Association</source>
      <translation>行業協會</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>At most messages a minute (0: no limit)</source>
      <translation>每分鐘最多傳送（0：不限）</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Attach files</source>
      <translation>選擇附件檔案</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Attach scanned copy to {name}</source>
      <translation>為 {name} 附加掃描件</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Attach scan…</source>
      <translation>附加掃描件…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Attach the blank forms of its calls: {forms}</source>
      <translation>附上使用本通知的徵集的空白表格：{forms}</translation>
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
      <translation>附件超過大小限制：{details} 只有在郵件伺服器接受這麼大的郵件時才可仍然放入寄件匣。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Attendance</source>
      <translation>出席情況</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Attendance (%)</source>
      <translation>出席率（%）</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Attendance rate of meetings held (%)</source>
      <translation>已召開會議的出席率（%）</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Attending without a vote</source>
      <translation>列席</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Attends for</source>
      <translation>代為出席</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Attends for the selected invitee</source>
      <translation>代所選受邀人出席</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Attends for…</source>
      <translation>代為出席…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic</source>
      <translation>自動</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Automatic backup every (minutes)</source>
      <translation>自動備份間隔（分鐘）</translation>
    </message>
    <message>
      <location filename="../ui/safety/auto_backup.py" />
      <source>Automatic backup failed: {reason}</source>
      <translation>自動備份失敗：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic: {file}</source>
      <translation>自動：{file}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Automatic: {file}, drawn bold (no 小标宋 font found)</source>
      <translation>自動：{file}，以粗體顯示（找不到小標宋字型）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Back to draft</source>
      <translation>退回草稿</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Back to my database</source>
      <translation>返回我的資料庫</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Back up now</source>
      <translation>立即備份</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backing up…</source>
      <translation>正在備份…</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Backup folder</source>
      <translation>備份資料夾</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backup written to {path}</source>
      <translation>備份已儲存到 {path}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Backups</source>
      <translation>備份</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Backups are kept in {folder}. Change the folder (for example a second drive or a USB stick) in File → Settings.</source>
      <translation>備份儲存在 {folder}。可在「檔案 → 設定」中更換資料夾（例如另一塊硬碟或隨身碟）。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Backups…</source>
      <translation>備份…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Batch export…</source>
      <translation>批次匯出…</translation>
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
      <translation>預設情況下，聯絡人的錯誤儲存格留空並列出；單位和聯絡人照常匯入。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>By membership level, then surname strokes (姓氏笔画)</source>
      <translation>按會員類別，再按姓氏筆畫</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>By pinyin</source>
      <translation>按拼音</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Call</source>
      <translation>徵集</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Call for</source>
      <translation>徵集類別</translation>
    </message>
    <message>
      <source>Call for nominations</source>
      <translation type="vanished">徵集</translation>
    </message>
    <message>
      <source>Call for nominations: {title}</source>
      <translation type="vanished">徵集：{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Call {id} does not exist.</source>
      <translation>徵集 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Call: {title}</source>
      <translation>徵集：{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Calls</source>
      <translation>徵集</translation>
    </message>
    <message>
      <source>Calls for nominations</source>
      <translation type="vanished">徵集</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Calls: {count}</source>
      <translation>徵集：{count} 項</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Cannot be recorded: {count} problems</source>
      <translation>無法登記：{count} 個問題</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Cannot undo: {action}</source>
      <translation>無法復原：{action}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Capital</source>
      <translation>資本</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting</source>
      <translation>轉入會議議程</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Carry into a meeting…</source>
      <translation>轉入會議議程…</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Carry open action items into {title}</source>
      <translation>將未完成督辦事項列入{title}議程</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Chair unit</source>
      <translation>理事長單位</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Chaired by</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Change</source>
      <translation>變更</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change level…</source>
      <translation>修改會員類別…</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Change member unit {name}</source>
      <translation>修改成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change status…</source>
      <translation>修改狀態…</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change the membership level of {count} units</source>
      <translation>修改 {count} 家單位的會員類別</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Change the status of {count} units</source>
      <translation>修改 {count} 家單位的狀態</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Change {count} member units</source>
      <translation>批量修改 {count} 家成員單位</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Changes</source>
      <translation>修改記錄</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Characters</source>
      <translation>簡繁體</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Check</source>
      <translation>檢查</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Check database</source>
      <translation>檢查資料庫</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Check database…</source>
      <translation>檢查資料庫…</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>Check: {warning}</source>
      <translation>請核對：{warning}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Checking the rows…</source>
      <translation>正在檢查資料列…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Choose PNG image…</source>
      <translation>選擇 PNG 圖片…</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>Choose a copy other than the file itself.</source>
      <translation>請選擇該檔案以外的副本。</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Choose a copy to restore</source>
      <translation>選擇要恢復的副本</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Choose a meeting to see it here.</source>
      <translation>選中一個會議，在此查看詳情。</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>Choose a nomination to see it here.</source>
      <translation>選擇一份推薦，在此查看。</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Choose addressee units</source>
      <translation>選擇主送單位</translation>
    </message>
    <message>
      <location filename="../ui/common/date_field.py" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>從日曆中選擇（Alt+↓）</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Choose the column that holds the unit name.</source>
      <translation>請選擇包含單位名稱的欄。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Choose units…</source>
      <translation>選擇單位…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Circulate for comments</source>
      <translation>發出徵求意見</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Circulate the minutes of {title}</source>
      <translation>{title}紀要徵求意見</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Circulated for comments</source>
      <translation>徵求意見</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Circulated on</source>
      <translation>徵求意見日期</translation>
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
      <translation>關閉</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Close (Esc)</source>
      <translation>關閉（Esc）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Close without saving</source>
      <translation>不儲存並關閉</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Close without saving? What you changed in this notice is lost.</source>
      <translation>不儲存就關閉嗎？對本通知所做的修改將會遺失。</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Column {column} ({header}): {reason}</source>
      <translation>{column} 欄（{header}）：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Column {column}: this value can be imported.</source>
      <translation>{column} 欄：這個值可以匯入。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Column {column}: {reason}</source>
      <translation>{column} 欄：{reason}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Columns {first} and {second} are both named {header}; nothing was imported. Rename one of them in the file, or import the file in the program's window, where each column's field can be chosen.</source>
      <translation>{first} 欄和 {second} 欄都名為「{header}」，未匯入任何內容。請在檔案中重新命名其中一欄，或在程式視窗中匯入該檔案，在那裡可以為每欄選擇欄位。</translation>
    </message>
    <message>
      <source>Committee</source>
      <translation type="vanished">專業委員會</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Committee meeting</source>
      <translation>專委會會議</translation>
    </message>
    <message>
      <location filename="../core/members/committees.py" />
      <source>Committee {id} does not exist.</source>
      <translation>專業委員會 {id} 不存在。</translation>
    </message>
    <message>
      <source>Committee:</source>
      <translation type="vanished">專業委員會：</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Committees to join</source>
      <translation>擬參加專業委員會</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Compare with what is recorded; tick the form to record it anyway.</source>
      <translation>請與已有記錄對照；如仍要登記，請勾選該表格。</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Computer / account</source>
      <translation>電腦 / 帳戶</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>Connected to {host}: the server accepted the login.</source>
      <translation>已連線到 {host}：伺服器接受了登入。</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Connecting to {host}…</source>
      <translation>正在連線 {host}…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Contact</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact columns are chosen but none holds the contact's name; choose the column with the contact name, or do not import the contact columns.</source>
      <translation>已選擇聯絡人相關欄，但沒有一欄是聯絡人姓名；請選擇聯絡人姓名所在的欄，或不匯入聯絡人相關欄。</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact e-mail</source>
      <translation>聯絡人電子郵件</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact gender</source>
      <translation>聯絡人性別</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact mobile</source>
      <translation>聯絡人手機</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact name</source>
      <translation>聯絡人姓名</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact office phone</source>
      <translation>聯絡人辦公電話</translation>
    </message>
    <message>
      <source>Contact person</source>
      <translation type="vanished">聯絡人</translation>
    </message>
    <message>
      <source>Contact position</source>
      <translation type="vanished">聯絡人職務</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Contact professional title</source>
      <translation>聯絡人職稱</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Contact {id} does not exist.</source>
      <translation>聯絡人 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Contact's position</source>
      <translation>聯絡人職務</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Contact: {name}</source>
      <translation>聯絡人：{name}</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Contacts</source>
      <translation>聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Contacts ({count})</source>
      <translation>聯絡人（{count} 人）</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Contacts shown: {count}</source>
      <translation>顯示聯絡人：{count} 位</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Convening notice</source>
      <translation>會議通知</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Conversion corrections</source>
      <translation>轉換修正</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Converted text</source>
      <translation>轉換結果</translation>
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
      <translation>正確寫法</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Correct the minutes of {title}</source>
      <translation>更正{title}紀要</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Corrected here (the file is not changed).</source>
      <translation>已在此更正（檔案未改動）。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Correction of</source>
      <translation>更正對象</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Correction of {number} (version {version}). When it is issued it takes over the number, and the earlier version is kept as superseded.</source>
      <translation>{number} 的更正版本（第 {version} 版）。發布後將沿用該文號，原版本保留並標記為「已被更正」。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Council meeting</source>
      <translation>理事會</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Council unit</source>
      <translation>理事單位</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>Counting…</source>
      <translation>正在統計……</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Create a new database…</source>
      <translation>新增資料庫…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Create convening notice</source>
      <translation>產生會議通知</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Create draft notice {title}</source>
      <translation>起草通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Create meeting {title}</source>
      <translation>新增會議{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Create the convening notice of {title}</source>
      <translation>產生{title}的會議通知</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Created</source>
      <translation>建立</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Creating a record cannot be reverted here; delete the record instead.</source>
      <translation>建立記錄無法在此撤回；請直接刪除該記錄。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Current field of work</source>
      <translation>現從事專業</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Data folder:</source>
      <translation>資料夾：</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Database file:</source>
      <translation>資料庫檔案：</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Database: {path}</source>
      <translation>資料庫：{path}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date founded</source>
      <translation>成立時間</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date of application</source>
      <translation>申請日期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Date of birth</source>
      <translation>出生年月</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Date of the level/status change</source>
      <translation>類別/狀態變更日期</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Date of the minutes</source>
      <translation>紀要日期</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Date the title was awarded</source>
      <translation>評定時間</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Deadline</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Decided on</source>
      <translation>決定日期</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Decision</source>
      <translation>決定事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Decision number</source>
      <translation>決定事項序號</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Decisions (numbered through the meeting)</source>
      <translation>決定事項（全會統一編號）</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Degree</source>
      <translation>學位</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete a progress note</source>
      <translation>刪除進展記錄</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete action item of {title}</source>
      <translation>刪除{title}的督辦事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete agenda item {name}</source>
      <translation>刪除議題{name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete call {name}</source>
      <translation>刪除徵集 {name}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Delete contact {name}</source>
      <translation>刪除聯絡人 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Delete decision {number} of {title}</source>
      <translation>刪除{title}的第{number}項決定事項</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Delete deleted items for good ({count})</source>
      <translation>永久刪除已刪除項目（{count} 項）</translation>
    </message>
    <message>
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history.</source>
      <translation type="vanished">要永久刪除列表中的全部項目嗎？刪除前會先做備份；刪除後無法在此恢復，修改記錄中也不再保留。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete every item in this list for good? A backup is made first; after that the items cannot be restored from here, and they leave the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久刪除清單中的所有項目？刪除前會先備份；之後這些項目無法在此還原，也會從變更歷史中移除。此前的操作也將無法復原。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete expert {name}</source>
      <translation>刪除專家 {name}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete for good</source>
      <translation>永久刪除</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete for good…</source>
      <translation>永久刪除…</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Delete meeting {name}</source>
      <translation>刪除會議{name}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Delete member unit {name}</source>
      <translation>刪除成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete nomination {name}</source>
      <translation>刪除推薦 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Delete notice {name}</source>
      <translation>刪除通知 {name}</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Delete saved search {name}</source>
      <translation>刪除儲存的搜尋 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete standards group member {name}</source>
      <translation>刪除標準組成員 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Delete the action item {item}?</source>
      <translation>刪除督辦事項「{item}」？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete the agenda item {title}?</source>
      <translation>刪除議題「{title}」？</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Delete the contact {name} ({unit})? It can be restored from Deleted items.</source>
      <translation>刪除聯絡人 {name}（{unit}）？之後可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Delete the member unit {name} and its contacts? It can be restored from Deleted items.</source>
      <translation>刪除成員單位 {name} 及其聯絡人？之後可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete the nomination of {name}? It can be restored from Deleted items.</source>
      <translation>刪除 {name} 的推薦嗎？可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Delete the notice “{title}”? It can be restored from Deleted items; its number is never given again.</source>
      <translation>刪除通知「{title}」？之後可在「已刪除項目」中恢復；其文號不會再分配給其他通知。</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Delete the saved search {name}? It can be restored from Deleted items.</source>
      <translation>刪除儲存的搜尋 {name}？之後可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete the selected items for good (Del)</source>
      <translation>永久刪除選取的項目（Del）</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete these {count} items for good? A backup is made first; after that they cannot be restored from here, and they leave the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久刪除這 {count} 個項目？刪除前會先備份；之後這些項目無法在此還原，也會從變更歷史中移除。此前的操作也將無法復原。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Delete this decision? The others are numbered again.</source>
      <translation>刪除這條決定事項？其餘事項將重新編號。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete {count} calls</source>
      <translation>刪除 {count} 項徵集</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Delete {count} contacts</source>
      <translation>刪除 {count} 位聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Delete {count} contacts? They can be restored from Deleted items.</source>
      <translation>刪除 {count} 位聯絡人？之後可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete {count} experts</source>
      <translation>刪除 {count} 位專家</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Delete {count} meetings</source>
      <translation>刪除 {count} 個會議</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Delete {count} member units</source>
      <translation>刪除 {count} 家成員單位</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Delete {count} member units and their contacts? They can be restored from Deleted items.</source>
      <translation>刪除 {count} 家成員單位及其聯絡人？之後可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Delete {count} nominations</source>
      <translation>刪除 {count} 份推薦</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Delete {count} nominations? They can be restored from Deleted items.</source>
      <translation>刪除 {count} 份推薦嗎？可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Delete {count} notices</source>
      <translation>刪除 {count} 份通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Delete {count} notices? They can be restored from Deleted items; their numbers are never given again.</source>
      <translation>刪除 {count} 份通知？之後可在「已刪除項目」中恢復；其文號不會再分配給其他通知。</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Delete {count} people from this list? They can be restored from Deleted items.</source>
      <translation>從名單中刪除 {count} 人嗎？可在「已刪除項目」中恢復。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Delete {count} saved searches</source>
      <translation>刪除 {count} 個儲存的搜尋</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Delete {count} standards group members</source>
      <translation>刪除 {count} 位標準組成員</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Delete {record}</source>
      <translation>刪除{record}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Delete “{name}” for good? A backup is made first; after that it cannot be restored from here, and it leaves the change history. Nothing done before can be undone afterwards.</source>
      <translation>永久刪除「{name}」？刪除前會先備份；之後它無法在此還原，也會從變更歷史中移除。此前的操作也將無法復原。</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Deleted</source>
      <translation>已刪除</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Deleted at</source>
      <translation>刪除時間</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Deleted items</source>
      <translation>已刪除項目</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Deleted items…</source>
      <translation>已刪除項目…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Demo data added: {units} member units, {contacts} contacts.</source>
      <translation>已新增示範資料：成員單位 {units} 家，聯絡人 {contacts} 位。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Demo data written to {path}: {units} member units, {contacts} contacts.</source>
      <translation>示範資料已寫入 {path}：成員單位 {units} 家，聯絡人 {contacts} 位。</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>Details</source>
      <translation>詳情</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Details were written to {path}.</source>
      <translation>詳細資訊已寫入 {path}。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Differences (the office's record was kept):</source>
      <translation>差異（已保留辦公室的記錄）：</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Discard</source>
      <translation>放棄修改</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Discussion</source>
      <translation>討論情況</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Discussion notes of the selected item</source>
      <translation>所選議題的討論記錄</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Do not approve {name}</source>
      <translation>不通過 {name}</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Do not type numbers: give each paragraph its level (Ctrl+0 paragraph, Ctrl+1 to Ctrl+4 headings); the numbers are added by the program.</source>
      <translation>無需輸入序號：為每段設定層級即可（Ctrl+0 為正文段落，Ctrl+1 至 Ctrl+4 為各級標題），序號由程式自動加上。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Document number</source>
      <translation>發文字號</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Document numbers look like {example}</source>
      <translation>發文字號範例：{example}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Document-number prefix</source>
      <translation>機關代字</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Documents ({patterns})</source>
      <translation>文件 ({patterns})</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Done as recorded by</source>
      <translation>確認人</translation>
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
      <translation>復原督辦事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Drop action item: {text}</source>
      <translation>撤銷督辦事項：{text}</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Dropped</source>
      <translation>已撤銷</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Drop…</source>
      <translation>撤銷事項…</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Dry run, nothing written. {summary}</source>
      <translation>試執行，未寫入任何內容。{summary}</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>Dry run, nothing written: {good} of {total} forms could be recorded in {call} ({bad} with problems, {duplicates} recorded already).</source>
      <translation>試運行，未寫入任何內容：{total} 份表格中有 {good} 份可登記到「{call}」（{bad} 份有問題，{duplicates} 份已有記錄）。</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="vanished">完成時限</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Due date</source>
      <translation>完成時限</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Duplicate</source>
      <translation>複製</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Duplicate notice {title}</source>
      <translation>複製通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>E-mail (SMTP)</source>
      <translation>電子郵件（SMTP）</translation>
    </message>
    <message>
      <source>E-mail for {what} is not available yet in this version.</source>
      <translation type="vanished">本版本尚未提供{what}的郵件功能。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>E-mail is being sent already (by another window or command on this database). Wait until it has finished.</source>
      <translation>郵件正在傳送中（由本資料庫的另一個視窗或命令傳送），請等其完成。</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>E-mail messages</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>E-mail problem</source>
      <translation>信箱問題</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail the invitees…</source>
      <translation>給受邀人員發郵件…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail the units invited…</source>
      <translation>給受邀單位發郵件…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>E-mail…</source>
      <translation>發郵件…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Edit</source>
      <translation>編輯</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit action item of {title}</source>
      <translation>修改{title}的督辦事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit agenda item {name}</source>
      <translation>修改議題{name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Edit call {name}</source>
      <translation>修改徵集 {name}</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Edit call…</source>
      <translation>修改徵集…</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Edit contact {name}</source>
      <translation>編輯聯絡人 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Edit decision</source>
      <translation>修改決定事項</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Edit decision {number} of {title}</source>
      <translation>修改{title}的第{number}項決定事項</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Edit expert {name}</source>
      <translation>修改專家 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Edit meeting {title}</source>
      <translation>修改會議{title}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Edit member unit {name}</source>
      <translation>編輯成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Edit nomination {name}</source>
      <translation>修改推薦 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Edit notice {title}</source>
      <translation>編輯通知 {title}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Edit standards group member {name}</source>
      <translation>修改標準組成員 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Edit the alliance settings</source>
      <translation>修改聯盟設定</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Edit the minutes of {title}</source>
      <translation>修改{title}紀要</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Education</source>
      <translation>學歷</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Employer</source>
      <translation>工作單位</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Empty</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Empty deleted items ({count})</source>
      <translation>清空已刪除項目（{count} 項）</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Empty deleted items older than (days)</source>
      <translation>自動清除已刪除項目（天數）</translation>
    </message>
    <message>
      <source>Empty the trash ({count} items)</source>
      <translation type="vanished">清空已刪除項目（{count} 項）</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Empty: the date of the notice</source>
      <translation>留空則與成文日期相同</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Empty: today ({date})</source>
      <translation>留空即為今天（{date}）</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Empty…</source>
      <translation>清空…</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Ends at</source>
      <translation>結束時間</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Enter: show every match in the list</source>
      <translation>Enter：在清單中顯示全部結果</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Enterprise</source>
      <translation>企業</translation>
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
      <translation>全部修改紀錄（何時、何人修改）</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Every contact of each unit (not only the primary contact)</source>
      <translation>每個單位的全部聯絡人（不只是主要聯絡人）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Every member unit</source>
      <translation>全部成員單位</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation>Excel 活頁簿 (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Excused</source>
      <translation>請假</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Expert group</source>
      <translation>專家組</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Expert nomination form</source>
      <translation>專家推薦表</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Expert pool</source>
      <translation>專家庫</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Expert pool by side</source>
      <translation>專家庫（政產學研用資本）</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Expert side</source>
      <translation>專家類別</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Expert sides</source>
      <translation>專家類別</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Experts</source>
      <translation>專家</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Experts: {count}</source>
      <translation>專家：{count} 位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation type="vanished">匯出 PDF</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Export PDFs</source>
      <translation>批次匯出 PDF</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation type="vanished">匯出 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export every selected notice as PDF into a folder</source>
      <translation>將選取的通知逐份匯出為 PDF，儲存到一個資料夾</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export meeting package</source>
      <translation>匯出會議簽到包</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export meeting package…</source>
      <translation>匯出會議簽到包…</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Export member units</source>
      <translation>匯出成員單位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Export member units…</source>
      <translation>匯出成員單位…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Export notice</source>
      <translation>匯出通知</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export sign-in results</source>
      <translation>匯出簽到結果</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Export sign-in results…</source>
      <translation>匯出簽到結果…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export the notice as a PDF, or as a Word document to edit in WPS or Word</source>
      <translation>將通知匯出為 PDF，或匯出為 Word 文件在 WPS 或 Word 中編輯</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Export:</source>
      <translation>匯出：</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting the PDF…</source>
      <translation>正在匯出 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting the Word document…</source>
      <translation>正在匯出 Word 文件…</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Exporting {count} notices…</source>
      <translation>正在匯出 {count} 份通知…</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Exporting…</source>
      <translation>正在匯出…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Failed</source>
      <translation>傳送失敗</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Failed: {address}: {reason}</source>
      <translation>失敗：{address}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Fax</source>
      <translation>傳真</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Field and research direction</source>
      <translation>專業領域/研究方向</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Fields</source>
      <translation>欄位</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>File:</source>
      <translation>檔案：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Files (.pdf, .xlsx)…</source>
      <translation>檔案（.pdf、.xlsx）…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Fill this empty database with demo data</source>
      <translation>在空資料庫中填入示範資料</translation>
    </message>
    <message>
      <location filename="../core/demo.py" />
      <source>Fill with demo data</source>
      <translation>填入示範資料</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Filter</source>
      <translation>篩選</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Filter (Ctrl+F)</source>
      <translation>篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Filter by name, short name or credit code</source>
      <translation>按名稱、簡稱或信用代碼篩選</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Filter by name, short name, credit code or contact (Ctrl+F)</source>
      <translation>按名稱、簡稱、信用代碼或聯絡人篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Filter by name, unit or field (Ctrl+F)</source>
      <translation>按姓名、單位或領域篩選 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Filter by name, unit, field or e-mail (Ctrl+F)</source>
      <translation>按姓名、單位、領域或電子郵件篩選 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Filter by name, unit, position or e-mail (Ctrl+F)</source>
      <translation>按姓名、單位、職務或電子郵件篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Filter by recipient, unit or subject (Ctrl+F)</source>
      <translation>按收件人、單位或主題篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Filter by title, addressees or text (Ctrl+F)</source>
      <translation>按標題、主送或正文篩選（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Filter meetings: title, place, chair… (Ctrl+F)</source>
      <translation>篩選會議：名稱、地點、主持人…（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Filter: item, unit or person</source>
      <translation>篩選：事項、單位或責任人</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>First review by the secretariat</source>
      <translation>秘書處初審意見</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Fit width</source>
      <translation>符合寬度</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Folder for the drafts</source>
      <translation>草稿儲存資料夾</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Folder:</source>
      <translation>資料夾：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Follow-up</source>
      <translation>督辦</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Follow-up of action items</source>
      <translation>督辦事項跟蹤</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Font file</source>
      <translation>字型檔案</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Fonts</source>
      <translation>字型</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>For a message that may have been sent: you found it arrived</source>
      <translation>用於「可能已發出」的郵件：您已確認對方收到</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Foreign language</source>
      <translation>外語語種</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Form</source>
      <translation>表格</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Form values</source>
      <translation>表格內容</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Formal check</source>
      <translation>形式審查</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Forms (*.pdf *.xlsx);;All files (*)</source>
      <translation>表格 (*.pdf *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>From a document</source>
      <translation>從文件新增</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>From the {what}: {value}</source>
      <translation>取自{what}：{value}</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>From {count} units: {names}</source>
      <translation>來自 {count} 家單位：{names}</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>From: {value}</source>
      <translation>寄件人：{value}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Gender</source>
      <translation>性別</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>General assembly</source>
      <translation>會員大會</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Give the saved search a name.</source>
      <translation>請為儲存的搜尋取個名稱。</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Government</source>
      <translation>政</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Government body</source>
      <translation>政府機構</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Graduation date</source>
      <translation>畢業時間</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Guest</source>
      <translation>來賓</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Heading {level}  {example}</source>
      <translation>{level} 級標題  {example}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Highest degree</source>
      <translation>最高學位</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Highest education</source>
      <translation>最高學歷</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>History</source>
      <translation>歷史</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Holds</source>
      <translation>內容</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>ID</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>ID card number</source>
      <translation type="vanished">身分證號</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>ID number</source>
      <translation>身分證號</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Import member units</source>
      <translation>匯入成員單位</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>Import member units from {file}</source>
      <translation>從 {file} 匯入成員單位</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Import member units…</source>
      <translation>匯入成員單位…</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Import returned forms</source>
      <translation>匯入收回的表格</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Import {count} returned forms</source>
      <translation>匯入 {count} 份收回的表格</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>Imported from {file}</source>
      <translation>從 {file} 匯入</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Imported. {summary}</source>
      <translation>匯入完成。{summary}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Importing…</source>
      <translation>正在匯入…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>In employment</source>
      <translation>是否在職</translation>
    </message>
    <message>
      <source>In review</source>
      <translation type="vanished">評審</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Include mobiles, e-mail addresses and ID numbers (personal data)</source>
      <translation>包含手機、電子郵件和身分證號（個人資訊）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Include the contacts' mobile numbers? They are personal data; leave them out unless the recipient needs them.</source>
      <translation>是否包含聯絡人的手機號碼？手機號碼屬於個人資訊，除非接收方確實需要，否則請不要匯出。</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Industry</source>
      <translation>產</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Insert a field…</source>
      <translation>插入欄位…</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Installed: data in the user's data folder.</source>
      <translation>安裝版：資料儲存在目前使用者的資料夾中。</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Intended work areas</source>
      <translation>擬參加的工作方向</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Investment fund</source>
      <translation>投資機構</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite</source>
      <translation>邀請</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite a committee to {title}</source>
      <translation>邀請專業委員會參加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite member units</source>
      <translation>邀請成員單位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite units by level to {title}</source>
      <translation>按會員類別邀請單位參加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite units…</source>
      <translation>邀請單位…</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite {count} people to {title}</source>
      <translation>邀請 {count} 人參加{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Invite {count} units to {title}</source>
      <translation>邀請 {count} 家單位參加{title}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Invite:</source>
      <translation>邀請：</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Invitees</source>
      <translation>邀請人數</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Invitees and attendance</source>
      <translation>受邀人與出席</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Invitees of the meeting</source>
      <translation>會議受邀人員</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Invitees who have not replied yet</source>
      <translation>尚未回覆的受邀人員</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue</source>
      <translation>發布</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Issue notice {number}</source>
      <translation>發布通知 {number}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Issue notice {title}</source>
      <translation>發布通知 {title}</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue the notice “{title}”? It gets the next document number of {year} and can no longer be changed afterwards.</source>
      <translation>發布通知「{title}」？將為其分配 {year} 年的下一個文號，發布後不能再修改。</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Issue this correction of {number}? It takes over that number, the earlier version is kept as superseded, and the correction can no longer be changed afterwards.</source>
      <translation>發布 {number} 的更正版本？更正版本將沿用該文號，原版本保留並標記為「已被更正」；發布後不能再修改。</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>Issued</source>
      <translation>已發布</translation>
    </message>
    <message>
      <source>Issued as {number} (version {version}) on {date}. An issued notice can no longer be changed: press Correct… to make a corrected version.</source>
      <translation type="vanished">已於 {date} 發布，文號 {number}（第 {version} 版）。已發布的通知不能再修改：如需改動，請點選「更正…」製作更正版本。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Issued as {number} (version {version}) on {date}: read-only. To correct it, press Correct…: a new version is made as a draft, and when it is issued it takes over the number.</source>
      <translation>已於 {date} 發布，文號 {number}（第 {version} 版），唯讀。如需更正，請點「更正…」：將產生一個新版本草稿，發布後沿用原文號。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Issued as {number}.</source>
      <translation>已發布，文號為 {number}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Issued at</source>
      <translation>發布時間</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Issuer mark</source>
      <translation>發文機關標誌</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Issue…</source>
      <translation>發布…</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Issuing office</source>
      <translation>印發機關</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>It ends with the blank forms of its calls: {forms}</source>
      <translation>文末附有其徵集的空白表格：{forms}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Join date</source>
      <translation>入會日期</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Joined</source>
      <translation>入會</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Joined in {year}</source>
      <translation>{year} 年入會</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Keep the most recent backups</source>
      <translation>保留最近的備份份數</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Keep this list's filter under a name, to reopen it from the sidebar</source>
      <translation>以名稱儲存此清單的篩選條件，之後可從側欄重新開啟</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="vanished">類別</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Kind of meeting</source>
      <translation>會議類型</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Laying out the pages…</source>
      <translation>正在排版…</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Leave a role empty to use the fonts found on this computer. A chosen font file (TrueType .ttf or .ttc) is a setting of this computer and user; it is not saved in the database.</source>
      <translation>留空則使用本機上找到的字型。指定的字型檔案（TrueType .ttf 或 .ttc）只對本機的目前使用者有效，不儲存在資料庫中。</translation>
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
      <translation>已略去但不拒絕該列的內容（聯絡人錯誤儲存格、合計列、註釋）：</translation>
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
      <translation>類別與狀態</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Level and status over time</source>
      <translation>會員類別與狀態的變化（生效日期與原因）</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Level of the paragraph at the cursor</source>
      <translation>插入點所在段落的層級</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Level-1 headings (黑体)</source>
      <translation>一級標題（黑體）</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Level-2 headings (楷体)</source>
      <translation>二級標題（楷體）</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Level:</source>
      <translation>層級：</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Licences of the libraries and fonts this program carries:</source>
      <translation>本程式所附程式庫和字型的授權條款：</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Link a notice to meeting {title}</source>
      <translation>為會議{title}關聯通知</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>List</source>
      <translation>清單</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Made at</source>
      <translation>備份時間</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Main achievements, publications and awards</source>
      <translation>主要成果、著作與獲獎情況</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Main business</source>
      <translation>主營業務</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Main business and profile of the unit</source>
      <translation>主營業務/單位簡介</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Main work experience</source>
      <translation>主要工作經歷</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Make a call first (New call), then record what comes back for it.</source>
      <translation>請先新增徵集，再登記收到的推薦表。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Make a new draft version of an issued notice; it takes over the number when it is issued</source>
      <translation>為已發布的通知建立新的草稿版本；該版本發布後沿用原文號</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Make a new draft version of the approved minutes? The approved version stays as it is until the correction is approved.</source>
      <translation>為已審定的紀要生成新的草稿版本嗎？更正審定前，已審定的版本保持不變。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Make a new draft version of this notice; it takes over the number when it is issued</source>
      <translation>為本通知建立新的草稿版本；該版本發布後沿用原文號</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Mark action item done: {text}</source>
      <translation>督辦事項已完成：{text}</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Mark as sent</source>
      <translation>標記為已傳送</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done</source>
      <translation>標記完成</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Mark done…</source>
      <translation>標記完成…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Mark {count} e-mails as sent</source>
      <translation>將 {count} 封郵件標記為已傳送</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>May have been sent</source>
      <translation>可能已發出</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Meeting</source>
      <translation>會議</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meeting attendees</source>
      <translation>參會人員</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Meeting or notice of the decision</source>
      <translation>決定的會議或通知</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Meeting packages (*{suffix})</source>
      <translation>會議簽到包 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Meeting time</source>
      <translation>會議時間</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Meeting {id} does not exist (it may have been deleted).</source>
      <translation>會議 {id} 不存在（可能已被刪除）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>Meeting {id} does not exist.</source>
      <translation>會議 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>Meeting {id} packaged for sign-in: {count} invitees, written to {path}</source>
      <translation>會議 {id} 的簽到包已產生：{count} 名參會人員，已寫入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Meeting: {title}</source>
      <translation>會議：{title}</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>Meetings</source>
      <translation>會議</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Meetings a month</source>
      <translation>每月會議數</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Meetings a year</source>
      <translation>每年會議數</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Member lists (*.xlsx *.csv *.txt);;All files (*)</source>
      <translation>成員名單 (*.xlsx *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Member number</source>
      <translation>會員編號</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Member representatives present or observing, of those invited; guests are not counted.</source>
      <translation>受邀會員代表中出席或列席者所佔比例；來賓不計入。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Member unit</source>
      <translation>會員單位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Member unit {id} does not exist.</source>
      <translation>成員單位 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>Member unit: {name}</source>
      <translation>成員單位：{name}</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>Member units</source>
      <translation>成員單位</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>Member units joined and left by year</source>
      <translation>各年度入會與退出的成員單位</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Member units shown: {count}</source>
      <translation>顯示成員單位：{count} 家</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Member units, contacts and the work of the secretariat, on one local file.</source>
      <translation>成員單位、聯絡人和秘書處的日常工作，全部儲存在一個本機檔案中。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>Member units: {count}</source>
      <translation>成員單位：{count} 家</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Membership</source>
      <translation>入會申請</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Membership application form</source>
      <translation>成員單位入會申請表</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Membership level</source>
      <translation>會員類別</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Membership level applied for</source>
      <translation>申請會員類別</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results</source>
      <translation>合併簽到結果</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merge sign-in results into {title}</source>
      <translation>合併{title}的簽到結果</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Merge sign-in results…</source>
      <translation>合併簽到結果…</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Merged into {title}: {signins} sign-ins, {undone} sign-ins undone, {walk_ins} walk-ins, {statuses} attendance changes.</source>
      <translation>已合併到{title}：簽到 {signins} 人次，取消簽到 {undone} 人次，現場登記 {walk_ins} 人，出席情況變更 {statuses} 處。</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Message</source>
      <translation>郵件</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Messages shown: {count}</source>
      <translation>顯示郵件：{count}</translation>
    </message>
    <message>
      <source>Messages shown: {count} (waiting {queued}, failed {failed}, may have been sent {uncertain}, sent {sent})</source>
      <translation type="vanished">顯示郵件：{count}（待發 {queued}，失敗 {failed}，可能已發出 {uncertain}，已傳送 {sent}）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Minutes</source>
      <translation>紀要</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF</source>
      <translation>紀要 PDF</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes PDF…</source>
      <translation>紀要 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes for Word</source>
      <translation>紀要 Word 文件</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes for Word…</source>
      <translation>紀要 Word 文件…</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>Minutes of meeting {id} written to {path}</source>
      <translation>會議 {id} 的紀要已寫入 {path}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Minutes status</source>
      <translation>紀要狀態</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Minutes taken by</source>
      <translation>記錄人</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Minutes, version {version}: {state}</source>
      <translation>紀要第 {version} 版：{state}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Mobile</source>
      <translation>手機</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Mode:</source>
      <translation>執行方式：</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Move agenda item {name}</source>
      <translation>調整議題{name}的順序</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move the meeting {title} and everything recorded about it to Deleted items?</source>
      <translation>把會議「{title}」及其全部記錄移到「已刪除項目」？</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Move to</source>
      <translation>轉為</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Move {count} meetings and everything recorded about them to Deleted items?</source>
      <translation>把 {count} 次會議及其全部記錄移到「已刪除項目」？</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Name of the saved search:</source>
      <translation>儲存的搜尋名稱：</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>Name or title</source>
      <translation>名稱或標題</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Name, pinyin or initials (cq → 重庆), text of a notice…</source>
      <translation>名稱、拼音或首字母（cq → 重慶）、通知正文……</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Name, pinyin, initials or unit — Enter signs in</source>
      <translation>姓名、拼音、首字母或單位 — 按回車簽到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Name:</source>
      <translation>名稱：</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Names not to convert</source>
      <translation>不轉換的名稱</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Names separated by ， or 、</source>
      <translation>多個名稱用「，」或「、」分隔</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>New call {name}</source>
      <translation>新增徵集 {name}</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>New call…</source>
      <translation>新增徵集…</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>New contact</source>
      <translation>新增聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>New database</source>
      <translation>新增資料庫</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>New database…</source>
      <translation>新增資料庫…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>New from file…</source>
      <translation>從檔案新增…</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>New from pasted text…</source>
      <translation>從貼上的文字新增…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>New meeting</source>
      <translation>新增會議</translation>
    </message>
    <message>
      <location filename="../ui/members/editor.py" />
      <source>New member unit</source>
      <translation>新增成員單位</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>New membership level:</source>
      <translation>新的會員類別：</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>New message…</source>
      <translation>新郵件…</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>New notice</source>
      <translation>新增通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>New notice from a file</source>
      <translation>從檔案新增通知</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>New notice from pasted text</source>
      <translation>從貼上的文字新增通知</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>New status:</source>
      <translation>新的狀態：</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>New…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>No Chinese TrueType font was found, so the PDF cannot be written. On Windows the system fonts FangSong, SimSun, SimHei and KaiTi are used; on Linux install the packages fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-lxgw-wenkai and fonts-hanazono, or choose font files in the settings.</source>
      <translation>找不到中文 TrueType 字型，無法產生 PDF。Windows 使用系統內建的仿宋、宋體、黑體和楷體；Linux 請安裝 fonts-arphic-uming、fonts-arphic-ukai、fonts-wqy-zenhei、fonts-lxgw-wenkai 和 fonts-hanazono 套件，或在設定中指定字型檔案。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>No calls for nominations yet. Press New call to make one (the expert group, the standards group or new members), then record what comes back.</source>
      <translation>還沒有徵集。點選「新增徵集」（專家組、標準組或新成員入會），然後登記收回的表格。</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>No contacts yet. Press New (Ctrl+N) to add a contact to a member unit.</source>
      <translation>還沒有聯絡人。點選「新增」（Ctrl+N）為成員單位新增聯絡人。</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>No e-mail yet. Write one from a notice (Notices → E-mail…) or from units chosen in the member list; set the mail account in File → Settings first.</source>
      <translation>還沒有郵件。可從通知（通知 → 發郵件…）或在會員單位清單中選擇單位後撰寫；請先在「檔案 → 設定」中設定郵件帳戶。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>No meetings yet: New… records one, from its invitation to approved minutes.</source>
      <translation>還沒有會議：點「新增…」記錄一次會議，從邀請到紀要審定。</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>No member units yet. Press New (Ctrl+N) to register one, import a member list from File → Import, or try the program with Help → Fill this empty database with demo data.</source>
      <translation>還沒有成員單位。點選「新增」（Ctrl+N）登記一家，或透過「檔案 → 匯入」匯入成員名單，也可以用「說明 → 在空資料庫中填入示範資料」試用本程式。</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>No notices yet. Press New (Ctrl+N) to draft one. Before the first one is issued, set the alliance's names, document-number prefix and seal in File → Alliance settings.</source>
      <translation>還沒有通知。點選「新增」（Ctrl+N）起草一份。發布第一份通知前，請在「檔案 → 聯盟設定」中設定聯盟名稱、機關代字和印章。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>No reply</source>
      <translation>未回覆</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>No seal</source>
      <translation>無印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>No seal image yet: add one in File → Alliance settings.</source>
      <translation>尚未設定印章圖片：請在「檔案 → 聯盟設定」中新增。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>No secure connection to {host} (port {port}): check SSL or STARTTLS and the port ({reason}).</source>
      <translation>無法與 {host}（埠 {port}）建立安全連線：請檢查 SSL 或 STARTTLS 及埠（{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>No title was found in the text: the file name is used as the title.</source>
      <translation>文中未找到標題，已用檔名作為標題。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Nobody found: check the spelling, or add a walk-in</source>
      <translation>未找到：請檢查輸入，或進行現場登記</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Nobody here yet. Approved nominations join automatically; New (Ctrl+N) adds someone directly.</source>
      <translation>這裡還沒有人。評審通過的推薦會自動加入；也可點選「新增」(Ctrl+N) 直接添加。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Nobody invited yet.</source>
      <translation>尚未邀請任何人。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Nobody invited yet: Invite units… or Add guest…</source>
      <translation>尚未邀請任何人：請點「邀請單位…」或「添加來賓…」</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Nobody to write to: none of the chosen units has a contact with an e-mail address ({names}).</source>
      <translation>沒有收件人：所選單位都沒有留有電子郵件地址的聯絡人（{names}）。</translation>
    </message>
    <message>
      <source>Nobody to write to: none of the chosen units has a contact with an e-mail address.</source>
      <translation type="vanished">沒有收件人：所選單位都沒有留有電子郵件地址的聯絡人。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Nobody to write to: the recipients chosen name no unit or contact (for a reminder: everyone has answered).</source>
      <translation>沒有收件人：所選收件人中沒有任何單位或聯絡人（如為提醒：各單位均已回覆）。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Nominating unit</source>
      <translation>推薦單位</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Nomination</source>
      <translation>推薦</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Nomination {id} does not exist.</source>
      <translation>推薦 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Nomination: {call}</source>
      <translation>推薦：{call}</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>Nominations and applications</source>
      <translation>推薦與申請</translation>
    </message>
    <message>
      <location filename="../core/overview/calls.py" />
      <source>Nominations and applications by state</source>
      <translation>推薦與申請（依狀態）</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Nominations and applications shown: {count}</source>
      <translation>顯示的推薦與申請：{count} 份</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Nominations and applications: {count}</source>
      <translation>推薦與申請：{count} 份</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>None (only a server on this computer)</source>
      <translation>無（僅限本機上的伺服器）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>None (the alliance as a whole)</source>
      <translation>無（聯盟整體）</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>Not answered yet: {count} of {targeted} units</source>
      <translation>尚未報送：{targeted} 家單位中的 {count} 家</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Not approved</source>
      <translation>不通過</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Note</source>
      <translation>附註</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Nothing could be read: {problems}</source>
      <translation>沒有讀到任何表格：{problems}</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Nothing found for {text}.</source>
      <translation>沒有找到與 {text} 相符的內容。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Nothing has come back yet. Press Record (Ctrl+N) to enter a returned form.</source>
      <translation>尚未收到任何表格。點選「登記」(Ctrl+N) 錄入收回的表格。</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Nothing matches the filter.</source>
      <translation>沒有符合篩選條件的記錄。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Nothing new for {title}: these results were merged before.</source>
      <translation>{title}沒有新的簽到結果：這些結果此前已經合併過。</translation>
    </message>
    <message>
      <location filename="../ui/common/drops.py" />
      <source>Nothing was imported from {files}. Drop returned forms (.pdf or .xlsx, or a folder of them) anywhere on the window, a member list (.xlsx or .csv) on the Member units page, or a document (.docx, .md or .txt) on the Notices page.</source>
      <translation>沒有匯入 {files}。可以拖放到視窗上的有：交回的表格（.pdf 或 .xlsx，或裝有它們的資料夾），拖到任意頁面；成員名單（.xlsx 或 .csv），拖到「成員單位」頁面；文件（.docx、.md 或 .txt），拖到「通知」頁面。</translation>
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
      <translation>通知 {id} 已寫入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Notice {number}: {title}</source>
      <translation>通知 {number}：{title}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Notice {number}: {title} (read-only)</source>
      <translation>通知 {number}：{title}（唯讀）</translation>
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
      <translation>各年度通知（按狀態）</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Notices shown: {count}</source>
      <translation>顯示通知：{count} 份</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="vanished">序號</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Number line of the minutes</source>
      <translation>紀要期號</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Number of employees</source>
      <translation>員工人數</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Number or date line:</source>
      <translation>期號或日期行：</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>OK</source>
      <translation>確定</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Office phone</source>
      <translation>辦公電話</translation>
    </message>
    <message>
      <source>Office telephone</source>
      <translation type="vanished">辦公電話</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Only an issued notice can be corrected; a draft can simply be edited.</source>
      <translation>只有已發布的通知才能更正；草稿直接編輯即可。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only approved minutes can be corrected; a draft can simply be edited.</source>
      <translation>只有已審定的紀要才需要更正；草稿可以直接修改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only circulated minutes can go back to draft.</source>
      <translation>只有徵求意見中的紀要才能退回草稿。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Only draft minutes can be circulated for comments.</source>
      <translation>只有草稿紀要才能徵求意見。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package</source>
      <translation>開啟會議簽到包</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open a meeting package…</source>
      <translation>開啟會議簽到包…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items</source>
      <translation>未完成督辦事項</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>Open action items ({count})</source>
      <translation>未完成的督辦事項（{count}）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Open action items of every meeting, overdue first</source>
      <translation>所有會議的未完成督辦事項，逾期的在前</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Open another file…</source>
      <translation>開啟其他檔案…</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Open anyway</source>
      <translation>仍然開啟</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Open data folder</source>
      <translation>開啟資料夾</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Open database</source>
      <translation>開啟資料庫</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Open database…</source>
      <translation>開啟資料庫…</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>Open meeting package {title}</source>
      <translation>開啟會議簽到包{title}</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Open read-only</source>
      <translation>唯讀開啟</translation>
    </message>
    <message>
      <location filename="../ui/members/unit_contacts.py" />
      <source>Open the selected contact (Enter)</source>
      <translation>開啟選取的聯絡人（Enter）</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>Open, not yet due</source>
      <translation>未完成、未到期</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Opened on</source>
      <translation>發佈日期</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Open…</source>
      <translation>開啟…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Opinion of the applicant</source>
      <translation>申請單位意見</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Opinion of the recommending unit</source>
      <translation>推薦單位意見</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Order</source>
      <translation>順序</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Order of the attendee lists:</source>
      <translation>出席名單排序：</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Organiser</source>
      <translation>承辦單位</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Other meeting</source>
      <translation>其他會議</translation>
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
      <translation>概覽</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>PDF (GB/T 9704, for sending and printing)</source>
      <translation>PDF（GB/T 9704 版式，用於傳送和列印）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>PDF saved: {path}</source>
      <translation>PDF 已儲存：{path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>PNG images (*.png)</source>
      <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
      <source>PNG pictures (*.png)</source>
      <translation type="vanished">PNG 圖片 (*.png)</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>PNG…</source>
      <translation>PNG…</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Page numbers (宋体)</source>
      <translation>頁碼（宋體）</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Pages: {count}</source>
      <translation>共 {count} 頁</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Paragraph</source>
      <translation>正文段落</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Password</source>
      <translation>密碼</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Password of {user} on {host}:</source>
      <translation>{host} 上 {user} 的密碼：</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Paste the whole notice as written in WPS or Word: title, addressees, text with its numbered headings (一、 （一） 1. （1）), attachment note, signature and date. The notice editor then opens with what was recognised, for you to check before saving.</source>
      <translation>貼上在 WPS 或 Word 中寫好的整篇通知：標題、主送機關、帶序號（一、 （一） 1. （1））的正文、附件說明、署名和日期。隨後會在通知編輯器中開啟辨識結果，請核對後再儲存。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Permanently deleted:</source>
      <translation>已永久刪除：</translation>
    </message>
    <message>
      <source>Permanently deleted: {units} member units, {contacts} contacts, {notices} notices.</source>
      <translation type="vanished">已永久刪除：成員單位 {units} 家，聯絡人 {contacts} 位，通知 {notices} 份。</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="vanished">責任人</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Personal data</source>
      <translation>個人資訊</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Personal pledge</source>
      <translation>本人承諾</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Place</source>
      <translation>地點</translation>
    </message>
    <message>
      <location filename="../ui/common/messages.py" />
      <source>Please confirm</source>
      <translation>請確認</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>Please correct: {problems}</source>
      <translation>請更正：{problems}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Political status</source>
      <translation>政治面貌</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Port</source>
      <translation>埠</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>Portable: data, settings and backups stay in the program's folder.</source>
      <translation>可攜版：資料、設定和備份都儲存在程式所在的資料夾中。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Position</source>
      <translation>職務</translation>
    </message>
    <message>
      <source>Position of the contact</source>
      <translation type="vanished">聯絡人職務</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Position of the legal representative</source>
      <translation>法定代表人職務</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Position:</source>
      <translation>職務：</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Postal address</source>
      <translation>通訊地址</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Postcode</source>
      <translation>郵政編碼</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Presented by</source>
      <translation>彙報人</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Presented by:</source>
      <translation>彙報人：</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Press Preview to see exactly what each recipient gets.</source>
      <translation>按「預覽」檢視每位收件人將收到的確切內容。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Preview</source>
      <translation>預覽</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Preview and print…</source>
      <translation>預覽和列印…</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Preview: {title}</source>
      <translation>預覽：{title}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Primary contact</source>
      <translation>主要聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Primary contacts only</source>
      <translation>僅主要聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Print</source>
      <translation>列印</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Print the seal over the signature</source>
      <translation>在署名處加蓋印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Printed above the date; usually the alliance's name</source>
      <translation>印在成文日期上方，通常為聯盟名稱</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Printed on</source>
      <translation>印發日期</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <location filename="../ui/common/messages.py" />
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Professional committee</source>
      <translation>專業委員會</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Professional committee:</source>
      <translation>專業委員會：</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Professional committees</source>
      <translation>專業委員會</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Professional title</source>
      <translation>職稱</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Proficiency</source>
      <translation>熟練程度</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Progress</source>
      <translation>進展</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note</source>
      <translation>進展記錄</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress note…</source>
      <translation>進展記錄…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Progress on {item}:</source>
      <translation>「{item}」的進展：</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Publish list</source>
      <translation>公佈名單</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Publish list…</source>
      <translation>公佈名單…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put the selected open items on another meeting's agenda</source>
      <translation>把所選未完成事項列入另一次會議的議程</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Put them on the agenda of:</source>
      <translation>列入以下會議的議程：</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>Put {field} back to “{value}”?</source>
      <translation>將{field}改回「{value}」？</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Queue</source>
      <translation>放入寄件匣</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Queue {count} e-mails: {title}</source>
      <translation>將 {count} 封郵件放入寄件匣：{title}</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Queued at</source>
      <translation>放入時間</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Read from the pasted text. Check the title, addressees, heading levels, attachments, signature and date, then save.</source>
      <translation>已從貼上的文字讀取。請核對標題、主送機關、標題層級、附件、署名和日期，然後儲存。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Read from {file}. Check the title, addressees, heading levels, attachments, signature and date, then save.</source>
      <translation>已從 {file} 讀取。請核對標題、主送機關、標題層級、附件、署名和日期，然後儲存。</translation>
    </message>
    <message>
      <location filename="../ui/notices/from_file.py" />
      <source>Read the text</source>
      <translation>讀取文字</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Read-only view of the backup {path}</source>
      <translation>正在唯讀查看備份 {path}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Reading {file}…</source>
      <translation>正在讀取 {file}…</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Ready</source>
      <translation>可以登記</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Reason for the change</source>
      <translation>變更原因</translation>
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
      <translation type="vanished">推薦單位</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Record</source>
      <translation>登記</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>Record anyway</source>
      <translation>仍然登記</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>Record nomination {name}</source>
      <translation>登記推薦 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Record the attendance of {count} invitees at {title}</source>
      <translation>登記{title} {count} 名參會人員的出席情況</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Record the reply of {count} invitees to {title}</source>
      <translation>登記{title} {count} 名受邀人員的回執</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Record {id} does not exist.</source>
      <translation>記錄 {id} 不存在。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>Recorded already? {where}</source>
      <translation>是否已有記錄？{where}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Recorded by (your name):</source>
      <translation>記錄人（您的姓名）：</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Record…</source>
      <translation>登記…</translation>
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
      <translation>聯絡人儲存格有誤時拒絕整列</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Region</source>
      <translation>地區</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Register member unit {name}</source>
      <translation>登記成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Registered capital</source>
      <translation>註冊資本</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>Remind the units not answered yet…</source>
      <translation>提醒尚未報送的單位…</translation>
    </message>
    <message>
      <location filename="../ui/mail/entry.py" />
      <source>Remind those who have not replied…</source>
      <translation>提醒尚未回覆的人員…</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Remove from committee…</source>
      <translation>移出專業委員會…</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Remove {count} e-mails from the outbox</source>
      <translation>從寄件匣移除 {count} 封郵件</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Remove {count} invitees from {title}</source>
      <translation>從{title}移除 {count} 名受邀人員</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Rename agenda item</source>
      <translation>修改議題名稱</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>Rename attachment</source>
      <translation>重新命名附件</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Rename saved search</source>
      <translation>重新命名儲存的搜尋</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Rename saved search {name}</source>
      <translation>重新命名儲存的搜尋 {name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Rename…</source>
      <translation>重新命名…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Reopen</source>
      <translation>重新開啟</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Reopen action item: {text}</source>
      <translation>重新開啟督辦事項：{text}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Repair</source>
      <translation>修復</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Repair what can be repaired safely?</source>
      <translation>修復可以安全修復的問題嗎？</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>Repaired: {what}</source>
      <translation>已修復：{what}</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Replace</source>
      <translation>替換</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Replace the current data by the backup of {when}? The current state is backed up first, so this can be reversed.</source>
      <translation>用 {when} 的備份取代目前資料？取代前會先備份目前狀態，可以撤回。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Reply</source>
      <translation>回執</translation>
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
      <translation>責任人</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>Responsible unit</source>
      <translation>責任單位</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Restore</source>
      <translation>恢復</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>Restore a copy…</source>
      <translation>恢復副本…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore call {name}</source>
      <translation>恢復徵集 {name}</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Restore contact {name}</source>
      <translation>恢復聯絡人 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore expert {name}</source>
      <translation>恢復專家 {name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Restore meeting {name}</source>
      <translation>恢復會議{name}</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Restore member unit {name}</source>
      <translation>恢復成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore nomination {name}</source>
      <translation>恢復推薦 {name}</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Restore notice {name}</source>
      <translation>恢復通知 {name}</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Restore saved search {name}</source>
      <translation>恢復儲存的搜尋 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore standards group member {name}</source>
      <translation>恢復標準組成員 {name}</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Restore the selected items (Enter)</source>
      <translation>恢復選取的項目（Enter）</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore {count} calls</source>
      <translation>恢復 {count} 項徵集</translation>
    </message>
    <message>
      <location filename="../core/members/contacts.py" />
      <source>Restore {count} contacts</source>
      <translation>恢復 {count} 位聯絡人</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore {count} experts</source>
      <translation>恢復 {count} 位專家</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Restore {count} meetings</source>
      <translation>恢復 {count} 個會議</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Restore {count} member units</source>
      <translation>恢復 {count} 家成員單位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Restore {count} nominations</source>
      <translation>恢復 {count} 份推薦</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Restore {count} notices</source>
      <translation>恢復 {count} 份通知</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Restore {count} saved searches</source>
      <translation>恢復 {count} 個儲存的搜尋</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Restore {count} standards group members</source>
      <translation>恢復 {count} 位標準組成員</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>Restore {record}</source>
      <translation>還原{record}</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>Restored {path}: {units} member units, {contacts} contacts. The file it replaced could not be backed up (damaged); it was kept as {kept}.</source>
      <translation>已恢復 {path}：{units} 家成員單位，{contacts} 位聯絡人。被取代的檔案已損壞，無法備份，已保留為 {kept}。</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>Restored {path}: {units} member units, {contacts} contacts. The state before was backed up first.</source>
      <translation>已恢復 {path}：成員單位 {units} 家，聯絡人 {contacts} 位。恢復前的狀態已先行備份。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Restore…</source>
      <translation>恢復…</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Result</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Return the minutes of {title} to draft</source>
      <translation>將{title}紀要退回草稿</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Return {name} for completion</source>
      <translation>退回 {name} 補充材料</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Returned for completion</source>
      <translation>退回補充</translation>
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
      <translation>撤回這項修改</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>Revert {field} of {name}</source>
      <translation>撤回 {name} 的{field}</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Review</source>
      <translation>評審</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Reviewer notes</source>
      <translation>評審意見</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Review…</source>
      <translation>評審…</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Role</source>
      <translation>擔任角色</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}, column {column} ({header}): {reason}</source>
      <translation>第 {row} 列，{column} 欄（{header}）：{reason}</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}, column {column}: {reason}</source>
      <translation>第 {row} 列，{column} 欄：{reason}</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Row {row}: {reason}</source>
      <translation>第 {row} 列：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Rows that will not be imported:</source>
      <translation>以下資料列不會匯入：</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>SMTP server</source>
      <translation>SMTP 伺服器</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>SSL (implicit TLS, port 465)</source>
      <translation>SSL（隱式 TLS，埠 465）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>STARTTLS (port 587)</source>
      <translation>STARTTLS（埠 587）</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>Save</source>
      <translation>儲存</translation>
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
      <translation>另存附件檔案</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Save and issue…</source>
      <translation>儲存並發布…</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>Save and preview</source>
      <translation>儲存並預覽</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Save as Excel…</source>
      <translation>儲存為 Excel…</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Save as PDF</source>
      <translation>另存為 PDF</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Save as PDF…</source>
      <translation>另存為 PDF…</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Save drafts to folder…</source>
      <translation>草稿儲存到資料夾…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>Save notes</source>
      <translation>儲存記錄</translation>
    </message>
    <message>
      <location filename="../ui/overview/saved_searches.py" />
      <source>Save search</source>
      <translation>儲存搜尋</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>Save search {name}</source>
      <translation>儲存搜尋 {name}</translation>
    </message>
    <message>
      <location filename="../ui/common/list_view.py" />
      <source>Save search…</source>
      <translation>儲存搜尋…</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart as a picture</source>
      <translation>將圖表儲存為圖片</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart's numbers</source>
      <translation>儲存圖表資料</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>Save the chart's numbers as an Excel workbook</source>
      <translation>將圖表資料儲存為 Excel 活頁簿</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>Saved searches</source>
      <translation>儲存的搜尋</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>Say whom to write to: all, level:…, committee:…, unit:&lt;id&gt; or contact:&lt;id&gt;, joined with commas.</source>
      <translation>請指定收件人：all、level:…、committee:…、unit:&lt;編號&gt; 或 contact:&lt;編號&gt;，用逗號分隔。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Scanned copy</source>
      <translation>掃描件</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
      <translation>掃描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有檔案 (*)</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Script:</source>
      <translation>簡繁：</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Seal</source>
      <translation>印章</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Seal image</source>
      <translation>印章圖片</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Sealed</source>
      <translation>加蓋印章</translation>
    </message>
    <message>
      <location filename="../ui/overview/window.py" />
      <source>Search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Search everything</source>
      <translation>全域搜尋</translation>
    </message>
    <message>
      <location filename="../ui/overview/window.py" />
      <source>Search everything…</source>
      <translation>全域搜尋…</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>Search units, contacts, notices, meetings… (Ctrl+K)</source>
      <translation>搜尋單位、聯絡人、通知、會議……（Ctrl+K）</translation>
    </message>
    <message>
      <source>Search units, contacts, notices… (Ctrl+K)</source>
      <translation type="vanished">搜尋單位、聯絡人、通知……（Ctrl+K）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Security</source>
      <translation>加密方式</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>Select a member unit to see it here.</source>
      <translation>選取一家成員單位，即可在此檢視其概況。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Select the items to delete for good first.</source>
      <translation>請先選取要永久刪除的項目。</translation>
    </message>
    <message>
      <location filename="../ui/deleted_items.py" />
      <source>Select the items to restore first.</source>
      <translation>請先選取要恢復的項目。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>Selection</source>
      <translation>所選單位</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send again</source>
      <translation>重新傳送</translation>
    </message>
    <message>
      <source>Send e-mail</source>
      <translation type="vanished">發郵件</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send now</source>
      <translation>立即傳送</translation>
    </message>
    <message>
      <location filename="../ui/notices/view.py" />
      <source>Send the notice to member units by e-mail, or save .eml drafts</source>
      <translation>用電子郵件把通知發給會員單位，或儲存為 .eml 草稿</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Send what waits in the outbox, in the background</source>
      <translation>在背景傳送寄件匣中待發的郵件</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Send {count} e-mails</source>
      <translation>傳送 {count} 封郵件</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Send {count} e-mails again</source>
      <translation>重新傳送 {count} 封郵件</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Send {name} to review</source>
      <translation>將 {name} 提交評審</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sender</source>
      <translation>寄件人</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sender address</source>
      <translation>寄件人地址</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Sender name</source>
      <translation>寄件人名稱</translation>
    </message>
    <message>
      <source>Sender's address</source>
      <translation type="vanished">寄件人地址</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sending</source>
      <translation>正在傳送</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Sending e-mail…</source>
      <translation>正在傳送郵件…</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Sending was cancelled; the rest waits in the outbox.</source>
      <translation>傳送已取消；其餘郵件留在寄件匣中待發。</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Sends apologies</source>
      <translation>請假</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sent</source>
      <translation>已傳送</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Sent at</source>
      <translation>傳送時間</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>Sent: {sent}. Failed: {failed}. May have been sent: {uncertain}. Still waiting: {waiting}.</source>
      <translation>已傳送：{sent}。失敗：{failed}。可能已發出：{uncertain}。仍待傳送：{waiting}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Serial number</source>
      <translation>序號</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Server: {host}:{port} ({security}); user: {user}; sender: {name} &lt;{address}&gt;</source>
      <translation>伺服器：{host}:{port}（{security}）；使用者：{user}；寄件人：{name} &lt;{address}&gt;</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>Set the document-number prefix (机关代字) in the alliance settings before issuing a notice.</source>
      <translation>發布通知前，請先在「聯盟設定」中設定機關代字。</translation>
    </message>
    <message>
      <location filename="../core/members/committees.py" />
      <source>Set the lead unit of committee {id}</source>
      <translation>設定專業委員會 {id} 的牽頭單位</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Set the sender's address first (Settings → E-mail).</source>
      <translation>請先設定寄件人地址（設定 → 電子郵件）。</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Settings…</source>
      <translation>設定…</translation>
    </message>
    <message>
      <location filename="../core/members/units.py" />
      <source>Short name</source>
      <translation>簡稱</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Shortcut: Ctrl+{digit}</source>
      <translation>快速鍵：Ctrl+{digit}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/followup.py" />
      <source>Show done and dropped</source>
      <translation>顯示已完成和已復原的</translation>
    </message>
    <message>
      <location filename="../ui/members/view.py" />
      <source>Show every year again</source>
      <translation>重新顯示所有年份</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Shown: {count}</source>
      <translation>顯示：{count} 人</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Show…</source>
      <translation>檢視…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign in (Enter)</source>
      <translation>簽到（回車）</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Sign in {name}</source>
      <translation>{name}簽到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign people in at the door: find them by name, pinyin, initials or unit</source>
      <translation>會場簽到：按姓名、拼音、首字母或單位查找</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in</source>
      <translation>簽到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in laptop</source>
      <translation>簽到筆記型電腦</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>Sign-in results (*{suffix})</source>
      <translation>簽到結果 (*{suffix})</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Sign-in results merged</source>
      <translation>簽到結果已合併</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF</source>
      <translation>簽到表 PDF</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Sign-in sheet PDF…</source>
      <translation>簽到表 PDF…</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>Sign-in sheet of meeting {id} written to {path}</source>
      <translation>會議 {id} 的簽到表已寫入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Sign-in: {title}</source>
      <translation>簽到：{title}</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>Signed by</source>
      <translation>發文機關署名</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Signed in</source>
      <translation>已簽到</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Signed in at</source>
      <translation>簽到時間</translation>
    </message>
    <message>
      <source>Signing body</source>
      <translation type="vanished">發文機關署名</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Simplified Chinese</source>
      <translation>簡體</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Skipped: {unit} {contact}: {reason}</source>
      <translation>已跳過：{unit} {contact}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Some messages carry more attachments than the limit set:
{details}
Many servers refuse messages that large. Queue them anyway?</source>
      <translation>有些郵件的附件超過了設定的大小限制：
{details}
很多伺服器會拒收這麼大的郵件。仍然放入寄件匣嗎？</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Some of these may have arrived already. Send them again all the same?</source>
      <translation>其中有些可能已經送達。仍然重新傳送嗎？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Someone attends in place of the selected invitee (代)</source>
      <translation>由他人代替所選受邀人出席（代）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Someone not invited: added and signed in now, offered as a new contact afterwards</source>
      <translation>未受邀的到場人員：現在登記並簽到，會後可新增為新聯絡人</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Specialty</source>
      <translation>從事專業</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard number</source>
      <translation>標準編號</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard title</source>
      <translation>標準名稱</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standard type</source>
      <translation>類型</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standards drafted or revised</source>
      <translation>參加過的標準制修訂情況</translation>
    </message>
    <message>
      <location filename="../core/calls/choices.py" />
      <source>Standards group</source>
      <translation>標準組</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Standards group members: {count}</source>
      <translation>標準組成員：{count} 位</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Standards group nomination form</source>
      <translation>標準組推薦表</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>Standards group roster</source>
      <translation>標準組名單</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Standing council meeting</source>
      <translation>常務理事會</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Standing council unit</source>
      <translation>常務理事單位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Start the formal check of {name}</source>
      <translation>開始對 {name} 形式審查</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>Starts and ends at</source>
      <translation>起止時間</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Starts at</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="vanished">狀態</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Subject</source>
      <translation>主題</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Subject studied</source>
      <translation>所學專業</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>Subject: {value}</source>
      <translation>主題：{value}</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Superseded</source>
      <translation>已被更正</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>Suspended</source>
      <translation>暫停</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Take unsent messages out of the outbox</source>
      <translation>把未傳送的郵件從寄件匣中移除</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>Take {count} units out of a professional committee</source>
      <translation>將 {count} 家單位移出專業委員會</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Take {count} unsent messages out of the outbox?</source>
      <translation>從寄件匣中移除 {count} 封未傳送的郵件嗎？</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Technical strengths</source>
      <translation>專業技術特長</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Technical title</source>
      <translation>技術職稱</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Telephone</source>
      <translation>聯絡電話</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Term end</source>
      <translation>任期截止</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>Term start</source>
      <translation>任期開始</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Terms ended</source>
      <translation>任期已滿</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Terms ending within 6 months</source>
      <translation>6 個月內任期屆滿</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Test the connection</source>
      <translation>測試連線</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Text</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That action item no longer exists.</source>
      <translation>該督辦事項已不存在。</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That agenda item no longer exists.</source>
      <translation>該議題已不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>That change cannot be reverted from here.</source>
      <translation>這項修改無法在此撤回。</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>That change is no longer in the history.</source>
      <translation>修改記錄中已沒有這項修改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>That decision no longer exists.</source>
      <translation>該決定事項已不存在。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>That invitee is no longer on the list.</source>
      <translation>該人員已不在參會名單中。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The Excel template for many nominations at once</source>
      <translation>Excel 範本（一次推薦多人）</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>The attached file is missing from the database.</source>
      <translation>資料庫中缺少該附件檔案。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup could not be written to {folder}: {reason}</source>
      <translation>無法將備份寫入 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup folder {folder} cannot be created: {reason}</source>
      <translation>無法建立備份資料夾 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>The backup folder {folder} holds too many backups of the same moment.</source>
      <translation>備份資料夾 {folder} 中同一時刻的備份過多。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>The backup of {when} was restored.</source>
      <translation>已恢復 {when} 的備份。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>The blank fillable forms of its calls</source>
      <translation>其徵集的空白可填寫表格</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The blank form as a fillable PDF</source>
      <translation>空白表格（可填寫的 PDF）</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The call's notice as PDF, and its attached files</source>
      <translation>徵集通知的 PDF 及其附件檔案</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The call's notice is still a draft: its PDF carries the word 草稿 (draft).</source>
      <translation>徵集通知仍是草稿：其 PDF 帶有「草稿」字樣。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The change log of “{table}” does not cover all its columns (undo would restore only part of a record); it is brought up to date.</source>
      <translation>「{table}」的變更紀錄沒有涵蓋全部欄位（復原只能還原紀錄的一部分）；已更新。</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>The changes of notices are recorded (Edit → Undo works), but this version cannot list them here yet.</source>
      <translation>通知的修改均有記錄（可用「編輯 → 復原」），但目前版本暫時無法在此列出。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>The characters in {file} cannot be read: it is not a text file in a known encoding (UTF-8, GB18030). Open it in Excel or WPS and save it as CSV UTF-8 or .xlsx.</source>
      <translation>無法讀取 {file} 中的文字：它不是已知編碼（UTF-8、GB18030）的文字檔。請用 Excel 或 WPS 開啟，另存為「CSV UTF-8」或 .xlsx。</translation>
    </message>
    <message>
      <location filename="../ui/overview/dashboard.py" />
      <source>The charts could not be counted: {error}</source>
      <translation>無法統計圖表：{error}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The check lists every row that cannot be imported, with its column and the reason.</source>
      <translation>檢查結果會列出每一個無法匯入的資料列，以及所在欄和原因。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The connection to {host} failed: {reason}</source>
      <translation>連線 {host} 失敗：{reason}</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The convening notice as PDF, and its attached files</source>
      <translation>會議通知的 PDF 及其附件檔案</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The convening notice is still a draft: its PDF carries the word 草稿 (draft).</source>
      <translation>會議通知仍是草稿：其 PDF 帶有「草稿」字樣。</translation>
    </message>
    <message>
      <source>The copy cannot be used: {reason}</source>
      <translation type="vanished">該副本無法使用：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>The damaged file was kept as {path}.</source>
      <translation>損壞的檔案已保留為 {path}。</translation>
    </message>
    <message>
      <location filename="../core/demo.py" />
      <source>The database already holds member units. Demo data can only be added to an empty database: create a new database file for the demo.</source>
      <translation>資料庫中已有成員單位。示範資料只能加入空資料庫：請為示範新增一個資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>The database cannot be opened</source>
      <translation>無法開啟資料庫</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} cannot be opened: the file or its folder cannot be reached.</source>
      <translation>無法開啟資料庫檔案 {path}：無法存取該檔案或其所在資料夾。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} cannot be read.</source>
      <translation>無法讀取資料庫檔案 {path}。</translation>
    </message>
    <message>
      <source>The database file {path} cannot be read: {reason}</source>
      <translation type="vanished">無法讀取資料庫檔案 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>The database file {path} cannot be written (it is read-only, or its folder or drive is): it is open read-only and nothing can be changed. To work on it, copy it to a writable folder and open the copy.</source>
      <translation>資料庫檔案 {path} 無法寫入（檔案本身、所在資料夾或磁碟機是唯讀的）：現以唯讀方式開啟，不能做任何修改。如需編輯，請將其複製到可寫的資料夾，再開啟副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} could not be read or written (an error of the disk, the USB stick or the network). Check the drive and try again.</source>
      <translation>無法讀寫資料庫檔案 {path}（磁碟、隨身碟或網路出錯）。請檢查磁碟機後再試。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} could not be used (SQLite error {code}).</source>
      <translation>無法使用資料庫檔案 {path}（SQLite 錯誤 {code}）。</translation>
    </message>
    <message>
      <source>The database file {path} could not be written: {reason}</source>
      <translation type="vanished">無法寫入資料庫檔案 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>The database file {path} does not exist.</source>
      <translation>資料庫檔案 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} does not exist. Check the name and the folder.</source>
      <translation>資料庫檔案 {path} 不存在。請檢查檔名和資料夾。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is busy: another program is writing to it. Wait a moment and try again.</source>
      <translation>資料庫檔案 {path} 正忙：另一個程式正在寫入。請稍候再試。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is damaged (SQLite's check finds broken pages). Nothing was written to it. Restore a backup (File → Backups, or the restore command); File → Save a copy keeps what can still be read.</source>
      <translation>資料庫檔案 {path} 已損壞（SQLite 檢查發現損壞的頁）。未向其寫入任何內容。請恢復備份（檔案 → 備份，或 restore 命令）；「檔案 → 另存副本」可儲存仍可讀取的內容。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is damaged, so nothing was written to it. Restore a backup (File → Backups, or the restore command).</source>
      <translation>資料庫檔案 {path} 已損壞，因此未向其寫入任何內容。請恢復備份（檔案 → 備份，或 restore 命令）。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is no longer there (was a USB stick removed?). Nothing was saved. Put it back and try again, or save everything to another file.</source>
      <translation>資料庫檔案 {path} 已不在原處（是否拔出了隨身碟？），未儲存任何內容。請將其放回原處後重試，或將全部內容儲存到另一個檔案。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is open read-only: nothing can be saved.</source>
      <translation>資料庫檔案 {path} 以唯讀方式開啟，無法儲存任何內容。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The database file {path} is read-only (or its folder is). Copy it to a writable folder and open the copy.</source>
      <translation>資料庫檔案 {path}（或其所在資料夾）是唯讀的。請將其複製到可寫的資料夾，再開啟副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The database file {path} is read-only: nothing can be saved. Copy it to a writable folder and open the copy.</source>
      <translation>資料庫檔案 {path} 是唯讀的，無法儲存任何內容。請將其複製到可寫的資料夾，再開啟副本。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The database is in good order.</source>
      <translation>資料庫狀態良好。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} is already open in another window of this program (process {pid}). Switch to that window, or close it first.</source>
      <translation>資料庫 {path} 已在本程式的另一個視窗中開啟（處理程序 {pid}）。請切換到那個視窗，或先將其關閉。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} is open in another window of this program (process {pid}). Close it there first, then try again.</source>
      <translation>資料庫 {path} 已在本程式的另一個視窗中開啟（處理程序 {pid}）。請先在那裡關閉，再試一次。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} seems to be open on the computer {host}. Close it there first, then try again.</source>
      <translation>資料庫 {path} 似乎正在電腦 {host} 上開啟。請先在那裡關閉，再試一次。</translation>
    </message>
    <message>
      <location filename="../core/safety/session.py" />
      <source>The database {path} seems to be open on the computer {host}. Opening it here too can lose changes.</source>
      <translation>資料庫 {path} 似乎正在電腦 {host} 上開啟。在此同時開啟可能導致修改丟失。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The disk holding {path} is full. Free some space and try again.</source>
      <translation>{path} 所在的磁碟已滿。請騰出一些空間後再試。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>The disk holding {path} is full: nothing was saved and the file is unchanged. Free some space and try again.</source>
      <translation>{path} 所在的磁碟已滿：未儲存任何內容，檔案保持不變。請騰出一些空間後再試。</translation>
    </message>
    <message>
      <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
      <translation type="vanished">{path} 所在磁碟已滿，未儲存任何內容。請釋放空間後重試。</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The document has no issuer mark (the red name at the top).</source>
      <translation>公文缺少發文機關標誌（頂部的紅色名稱）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The e-mail account is not complete: {problems}.</source>
      <translation>郵件帳戶設定不完整：{problems}。</translation>
    </message>
    <message>
      <location filename="../core/notices/export.py" />
      <source>The export was cancelled.</source>
      <translation>匯出已取消。</translation>
    </message>
    <message>
      <location filename="../core/safety/check.py" />
      <source>The file is damaged: SQLite's integrity check reports {count} problems (broken pages or indexes). Nothing can be repaired safely here; restore a backup (File → Backups, or the restore command).</source>
      <translation>檔案已損壞：SQLite 完整性檢查報告了 {count} 處問題（損壞的頁或索引）。此處無法安全修復；請恢復備份（檔案 → 備份，或 restore 命令）。</translation>
    </message>
    <message>
      <source>The file is damaged: {detail}. Restore a backup.</source>
      <translation type="vanished">檔案已損壞：{detail}。請恢復備份。</translation>
    </message>
    <message>
      <location filename="../ui/overview/chart_card.py" />
      <source>The file {path} could not be written.</source>
      <translation>無法寫入檔案 {path}。</translation>
    </message>
    <message>
      <location filename="../core/overview/export.py" />
      <source>The file {path} could not be written: {reason}</source>
      <translation>無法寫入檔案 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>The file {path} does not exist.</source>
      <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/overview/export.py" />
      <source>The file {path} exists already.</source>
      <translation>檔案 {path} 已存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>The files hold forms of several kinds; import them with a call named (--call).</source>
      <translation>這些檔案包含不同種類的表格；請指定徵集（--call）後匯入。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>The fillable form with each unit's own details already typed in</source>
      <translation>可填寫表格，已填好各單位自身資訊</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>The folder {folder} is read-only: a new database cannot be created there.</source>
      <translation>資料夾 {folder} 是唯讀的，無法在其中新增資料庫。</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>The font file chosen for {role} does not exist: {path}</source>
      <translation>為{role}指定的字型檔案不存在：{path}</translation>
    </message>
    <message>
      <location filename="../core/documents/pdffonts.py" />
      <source>The font file {path} changed while the PDF was being written. Export again.</source>
      <translation>寫入 PDF 期間字型檔案 {path} 已變更，請重新匯出。</translation>
    </message>
    <message>
      <location filename="../core/documents/fonts.py" />
      <source>The font file {path} is not a TrueType font (PostScript/CFF outlines cannot be embedded in a PDF). Choose a .ttf or .ttc file.</source>
      <translation>字型檔案 {path} 不是 TrueType 字型（PostScript/CFF 輪廓無法嵌入 PDF）。請選擇 .ttf 或 .ttc 檔案。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The heading “{text}” is numbered {label} in the notice ({typed} in the file).</source>
      <translation>標題「{text}」在通知中編為 {label}（原文為 {typed}）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>The import was cancelled; nothing was changed.</source>
      <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The lines above the title were kept at the start of the text: {lines}</source>
      <translation>標題上方的內容已保留在正文開頭：{lines}</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" />
      <source>The list of licences is missing from this installation: {path}</source>
      <translation>本安裝缺少授權條款清單：{path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/agenda_panel.py" />
      <source>The meeting decided:</source>
      <translation>會議決定：</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>The meeting has no convening notice: nothing is attached.</source>
      <translation>該會議沒有會議通知：不附帶任何檔案。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The meeting of {path} is not in this database; nothing was changed.</source>
      <translation>{path} 所屬的會議不在本資料庫中；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The meeting {title} is in the trash: restore it first; nothing was changed.</source>
      <translation>會議{title}在已刪除項目中：請先恢復；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/editor.py" />
      <source>The meeting's facts were changed but not saved. Close without saving them?</source>
      <translation>會議基本資訊已修改但未儲存。不儲存就關閉嗎？</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>The member list changed since the preview (a unit or contact was deleted); nothing was imported. Preview the file again.</source>
      <translation>預覽之後成員名單有變動（有單位或聯絡人被刪除），未匯入任何內容。請重新預覽該檔案。</translation>
    </message>
    <message>
      <source>The member list changed since the preview ({reason}); nothing was imported. Preview the file again.</source>
      <translation type="vanished">預覽之後成員名單有變動（{reason}），未匯入任何內容。請重新預覽該檔案。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>The member list changed since the preview; nothing was imported. Preview the file again.</source>
      <translation>預覽之後成員名單有變動，未匯入任何內容。請重新預覽該檔案。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>The message to {name} ({unit}) carries {size} of attachments; the limit set is {limit} MB.</source>
      <translation>發給 {name}（{unit}）的郵件附件共 {size}；設定的限制為 {limit} MB。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>The minutes as a Word document (.docx), for editing in WPS or Word</source>
      <translation>將紀要匯出為 Word 文件（.docx），在 WPS 或 Word 中編輯</translation>
    </message>
    <message>
      <location filename="../core/meetings/record.py" />
      <source>The minutes have no version {version}.</source>
      <translation>紀要沒有第 {version} 版。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>The minutes of {title} are approved and can no longer be changed. Make a correction (a new version of the minutes) to change them.</source>
      <translation>{title}的紀要已審定，不能再修改。如需修改，請更正紀要（產生新版本）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>The minutes of {title} are approved: there is nothing left to sign in.</source>
      <translation>{title}的紀要已審定：不再需要簽到。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>The name is too long: at most {max} characters.</source>
      <translation>名稱太長：最多 {max} 個字元。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>The notice as PDF, and its attached files</source>
      <translation>通知的 PDF 及其附件檔案</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The notice has no title.</source>
      <translation>通知沒有標題。</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>The notice {number} was issued and can no longer be changed. Make a correction to issue a corrected version.</source>
      <translation>通知 {number} 已發布，不能再修改。如需改動，請更正並發布更正版本。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>The package for {title} holds {count} invitees (names, units and positions only). Open it with this program on the sign-in laptop: Sign-in laptop → Open a meeting package.</source>
      <translation>「{title}」的簽到包包含 {count} 名受邀人（僅姓名、單位和職務）。請在簽到電腦上用本程式開啟：簽到電腦 → 開啟會議簽到包。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The password could not be stored: {reason}</source>
      <translation>密碼未能儲存：{reason}</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The password store could not be read: {reason}</source>
      <translation>無法讀取密碼儲存：{reason}</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>The pasted text holds binary data; paste the text of the notice only.</source>
      <translation>貼上的內容包含二進位資料，請只貼上通知的文字。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>The pasted text is too long to be a notice ({length} characters; at most {limit}).</source>
      <translation>貼上的文字太長，不像一份通知（{length} 個字元；最多 {limit} 個）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>The printable sign-in sheet (签到表) for meetings that sign on paper</source>
      <translation>可打印的簽到表，供紙質簽到的會議使用</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>The printer cannot be opened.</source>
      <translation>無法開啟印表機。</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>The program did not close properly last time. The database check found:</source>
      <translation>上次程式沒有正常關閉。資料庫檢查發現：</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The program stopped while this message was being handed to the server: it may have arrived. Check the Sent folder or ask the recipient, then send it again or mark it as sent.</source>
      <translation>程式在把這封郵件交給伺服器時中止：郵件可能已送達。請檢視「已傳送」資料夾或詢問收件人，然後重新傳送或標記為已傳送。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/recognise.py" />
      <source>The punctuation after the attachment names was left out, as GB/T 9704 asks: {marks}</source>
      <translation>依 GB/T 9704 的要求，已刪去附件名稱後的標點：{marks}</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>The same person or unit seems to be recorded already: {where}. Compare the values; record this one only if it is someone else.</source>
      <translation>同一人或同一單位似乎已有記錄：{where}。請對照各項內容，確認是另一人或另一單位時再登記。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>The saved search no longer exists.</source>
      <translation>該儲存的搜尋已不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>The scanned copy of the nomination {name} is missing; the link to it can be removed.</source>
      <translation>推薦 {name} 的掃描件已缺失；可以去掉對它的引用。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>The scanned, signed and stamped form</source>
      <translation>簽字蓋章後的掃描件</translation>
    </message>
    <message>
      <location filename="../core/documents/gbt9704.py" />
      <source>The seal image {path} does not exist.</source>
      <translation>印章圖片 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>The seal image {path} is too big (at most 4 MB).</source>
      <translation>印章圖片 {path} 太大（最大 4 MB）。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>The seal is printed over the signature of sealed notices. Use a PNG image with a transparent background, the seal about 4 cm across; it is kept in the database (and its backups).</source>
      <translation>加蓋印章的通知會在署名處印上印章。請使用透明背景的 PNG 圖片，印章直徑約 4 公分；圖片儲存在資料庫中（備份中也有）。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server name {host} cannot be found: no network, or the name is mistyped.</source>
      <translation>找不到伺服器 {host}：沒有網路，或名稱輸錯了。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the address {address}: {reply}</source>
      <translation>伺服器拒收地址 {address}：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the message: {reply}</source>
      <translation>伺服器拒收這封郵件：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server refused the sender address {address}: {reply}</source>
      <translation>伺服器拒絕寄件人地址 {address}：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} (port {port}) refused the connection: check the server name and port, or try again later.</source>
      <translation>伺服器 {host}（埠 {port}）拒絕連線：請檢查伺服器名稱和埠，或稍後再試。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} answered: {reply}</source>
      <translation>伺服器 {host} 回覆：{reply}</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} closed the connection.</source>
      <translation>伺服器 {host} 斷開了連線。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} did not answer in time: no network, or the server is busy.</source>
      <translation>伺服器 {host} 沒有及時回應：沒有網路，或伺服器繁忙。</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The server {host} did not prove who it is (its certificate: {reason}).</source>
      <translation>伺服器 {host} 無法證明其身份（憑證：{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The server {host} does not offer STARTTLS: choose SSL, or ask the provider.</source>
      <translation>伺服器 {host} 不支援 STARTTLS：請選擇 SSL，或諮詢郵件服務商。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>The server {host} refused the user name or password (it answered: {reply}). Check them in Settings → E-mail; some providers want an app password (授权码) instead of the web-mail password.</source>
      <translation>伺服器 {host} 拒絕了使用者名稱或密碼（回覆：{reply}）。請在「設定 → 電子郵件」中檢查；有些郵件服務商要求使用授權碼，而不是網頁郵件的登入密碼。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>The sign-in of {name} was undone.</source>
      <translation>已取消 {name} 的簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>The sign-in time of {name} at {meeting} does not match the sign-ins recorded; it is set again from them.</source>
      <translation>{meeting}中{name}的簽到時間與簽到記錄不符；已按簽到記錄重新設定。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>The stored file {name} is not attached to anything; it can be removed.</source>
      <translation>資料庫中儲存的檔案 {name} 未被任何附件使用，可以刪除。</translation>
    </message>
    <message>
      <location filename="../core/mail/compose.py" />
      <source>The subject is empty.</source>
      <translation>主題為空。</translation>
    </message>
    <message>
      <location filename="../core/calls/approval.py" />
      <source>The term ends ({end}) before it starts ({start}).</source>
      <translation>任期截止日期（{end}）早於開始日期（{start}）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>The units of a professional committee:</source>
      <translation>某專業委員會的單位：</translation>
    </message>
    <message>
      <location filename="../core/mail/sending.py" />
      <source>The whole message went to the server, but its answer never came ({reason}): it may have arrived. Check, then send it again or mark it as sent.</source>
      <translation>整封郵件已交給伺服器，但沒有收到伺服器的答覆（{reason}）：郵件可能已送達。請核實後重新傳送或標記為已傳送。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The {count} selected units</source>
      <translation>選取的 {count} 家單位</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>The {count} units the filter shows</source>
      <translation>篩選出的 {count} 家單位</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>The {what} {value} is used by several people: {names}.</source>
      <translation>{what} {value} 被多人使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/storage/registry.py" />
      <source>The {what} {value} is used by several records: {names}.</source>
      <translation>{what} {value} 被多筆紀錄使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>The {what} {value} is used by several saved searches: {names}.</source>
      <translation>{what} {value} 被多個儲存的搜尋使用：{names}。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>The {what} {value} is used by several units: {names}.</source>
      <translation>{what} {value} 被多家單位使用：{names}。</translation>
    </message>
    <message>
      <source>The {what} {value} is used by several units: {units}.</source>
      <translation type="vanished">{what} {value} 被多家單位使用：{units}。</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a day, for days</source>
      <translation>之後每天保留一份，保留天數</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a month, for months</source>
      <translation>之後每月保留一份，保留月數</translation>
    </message>
    <message>
      <location filename="../ui/safety/settings_dialog.py" />
      <source>Then one a week, for weeks</source>
      <translation>之後每週保留一份，保留週數</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>There is no call for the {kind} yet: make one first, or name one (--call).</source>
      <translation>還沒有「{kind}」的徵集：請先新增一個，或指定徵集（--call）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>There is no text to make a notice from.</source>
      <translation>沒有可用於產生通知的文字。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>These minutes are approved already.</source>
      <translation>該紀要已經審定。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>These units have no contact to invite; add one in Member units: {units}</source>
      <translation>以下單位沒有可邀請的聯絡人，請在「成員單位」中新增：{units}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>This action item is done already ({date}, {who}).</source>
      <translation>該督辦事項已完成（{date}，{who}）。</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>This computer has no password store the program can use, so the password cannot be kept; type it each time you send.</source>
      <translation>本機沒有程式可用的密碼儲存，密碼無法儲存；請在每次傳送時輸入密碼。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>This database holds the meeting {title} already (the package was opened here before, or this is the office database).</source>
      <translation>本資料庫中已有會議{title}（此簽到包曾在這裡開啟過，或這就是辦公室的資料庫）。</translation>
    </message>
    <message>
      <location filename="../ui/common/form.py" />
      <source>This field must be filled in.</source>
      <translation>此項必須填寫。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>This filter cannot be saved.</source>
      <translation>無法儲存此篩選條件。</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>This form</source>
      <translation>本表</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>This import has already been done; preview the file again to import it again.</source>
      <translation>這次匯入已經完成；如需再次匯入，請重新預覽該檔案。</translation>
    </message>
    <message>
      <location filename="../core/overview/saved_searches.py" />
      <source>This list's filters cannot be saved.</source>
      <translation>此清單的篩選條件不能儲存。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>This message has no value for {fields}: give it or take it out of the template.</source>
      <translation>這封郵件沒有 {fields} 的值：請填寫，或從範本中刪去。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>This unit {reason}</source>
      <translation>該單位{reason}</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Tick all shown</source>
      <translation>勾選全部顯示的單位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <location filename="../ui/notices/common.py" />
      <source>Title and issuer mark (小标宋)</source>
      <translation>標題和發文機關標誌（小標宋）</translation>
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
      <translation>合計</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Traditional Chinese (Hong Kong)</source>
      <translation>繁體（香港）</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Traditional Chinese (Taiwan)</source>
      <translation>繁體（臺灣）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Traditional characters</source>
      <translation>繁體轉換</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Traditional exports convert the text with OpenCC. Names listed here are never converted (people, companies, places); corrections replace a wrong conversion with the right text.</source>
      <translation>匯出繁體時用 OpenCC 轉換文字。此處列出的名稱（人名、公司名、地名）一律不轉換；轉換修正用正確寫法替換錯誤的轉換結果。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Traditional exports convert the text with OpenCC; the names in Alliance settings → Names not to convert stay as typed.</source>
      <translation>匯出繁體時用 OpenCC 轉換文字；「聯盟設定 → 不轉換的名稱」中的名稱保持原樣。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Type of employer</source>
      <translation>工作單位性質</translation>
    </message>
    <message>
      <source>Type of unit</source>
      <translation type="vanished">單位性質</translation>
    </message>
    <message>
      <location filename="../ui/contacts/editor.py" />
      <source>Type part of the unit name</source>
      <translation>輸入單位名稱的一部分</translation>
    </message>
    <message>
      <location filename="../ui/notices/body_editor.py" />
      <source>Type the text of the notice here, one paragraph per line.</source>
      <translation>在此輸入通知正文，每段一行。</translation>
    </message>
    <message>
      <source>Type to search member units, contacts and notices. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation type="vanished">輸入文字即可搜尋成員單位、聯絡人和通知。↑↓ 選擇，Enter 開啟，Esc 關閉。</translation>
    </message>
    <message>
      <source>Type to search member units, contacts, notices, meetings and action items. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation type="vanished">輸入文字即可搜尋成員單位、聯絡人、通知、會議和督辦事項。↑↓ 選擇，Enter 開啟，Esc 關閉。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>Type to search member units, contacts, notices, meetings, action items, nominations and experts. ↑↓ choose, Enter opens, Esc closes.</source>
      <translation>輸入文字即可搜尋成員單位、聯絡人、通知、會議、督辦事項、推薦與申請和專家。↑↓ 選擇，Enter 開啟，Esc 關閉。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Undo</source>
      <translation>復原</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo sign-in</source>
      <translation>取消簽到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Undo the sign-in of the selected arrival (or the last one)</source>
      <translation>取消所選到場人員（或最後一位）的簽到</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Undo the sign-in of {name}</source>
      <translation>取消{name}的簽到</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>Undo/redo stopped, nothing was changed: {detail} The file may have been altered by another program; run File → Check database.</source>
      <translation>復原/重做已停止，沒有做任何變更：{detail} 該檔案可能被其他程式改動過；請執行「檔案 → 檢查資料庫」。</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Undo: {action}</source>
      <translation>復原：{action}</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>Undone: {action}</source>
      <translation>已復原：{action}</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Unexpected error: {reason}</source>
      <translation>意外錯誤：{reason}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unified social credit code</source>
      <translation>統一社會信用代碼</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Unit</source>
      <translation>單位</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unit name</source>
      <translation>單位名稱</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Unit type</source>
      <translation>單位性質</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Unit:</source>
      <translation>單位：</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>Units already registered (same credit code or name):</source>
      <translation>已登記的單位（信用代碼或名稱相同）：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units chosen one by one:</source>
      <translation>逐個選擇的單位：</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Units chosen: {count}</source>
      <translation>已選單位：{count} 家</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>Units created: {created}; updated: {updated}; unchanged: {unchanged}; skipped as already registered: {skipped}. Contacts added: {added}; updated: {contacts_updated}. Rows with errors (not imported): {errors}.</source>
      <translation>新增單位 {created} 家；更新 {updated} 家；無變化 {unchanged} 家；已登記而略過 {skipped} 家。新增聯絡人 {added} 位；更新 {contacts_updated} 位。有錯誤（未匯入）的資料列：{errors} 列。</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Units invited to the call</source>
      <translation>徵集面向的單位</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>Units of these membership levels:</source>
      <translation>以下會員類別的單位：</translation>
    </message>
    <message>
      <location filename="../core/calls/mail.py" />
      <source>Units that have not answered yet</source>
      <translation>尚未報送的單位</translation>
    </message>
    <message>
      <location filename="../core/members/choices.py" />
      <source>University</source>
      <translation>高等院校</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>University graduated from</source>
      <translation>畢業院校</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>Unknown field {field} in the column choice.</source>
      <translation>欄的對應關係中有未知欄位 {field}。</translation>
    </message>
    <message>
      <location filename="../core/mail/templates.py" />
      <source>Unknown fields in the template: {fields}. Known fields: {known}.</source>
      <translation>範本中有未知欄位：{fields}。可用欄位：{known}。</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>Unknown kind of message: {kind}.</source>
      <translation>未知的郵件型別：{kind}。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_pdf.py" />
      <source>Unknown order {order}: choose level-strokes or pinyin.</source>
      <translation>未知的排序方式 {order}：請選擇 level-strokes 或 pinyin。</translation>
    </message>
    <message>
      <location filename="../core/forms/attachment.py" />
      <source>Unknown script {script}: choose hans, hant-tw or hant-hk.</source>
      <translation>未知的簡繁類型 {script}：請選擇 hans、hant-tw 或 hant-hk。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>Unlink a notice from meeting {title}</source>
      <translation>取消會議{title}與通知的關聯</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Unreadable image</source>
      <translation>圖片無法讀取</translation>
    </message>
    <message>
      <location filename="../ui/notices/unit_picker.py" />
      <source>Untick all</source>
      <translation>全部取消勾選</translation>
    </message>
    <message>
      <source>Up</source>
      <translation type="vanished">上移</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>Usage error: {detail} (see --help)</source>
      <translation>用法錯誤：{detail}（參見 --help）</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Use File → Check database to repair, or restore a backup from File → Backups.</source>
      <translation>請用「檔案 → 檢查資料庫」修復，或在「檔案 → 備份」中恢復備份。</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>User name</source>
      <translation>使用者名稱</translation>
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
      <translation>副理事長單位</translation>
    </message>
    <message>
      <location filename="../core/mail/outbox.py" />
      <source>Waiting</source>
      <translation>待傳送</translation>
    </message>
    <message>
      <location filename="../ui/mail/view.py" />
      <source>Waiting {queued}, failed {failed}, may have been sent {uncertain}, sent {sent}</source>
      <translation>待傳送 {queued}，失敗 {failed}，可能已發出 {uncertain}，已傳送 {sent}</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Walk-in</source>
      <translation>現場登記</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>Walk-in {name} at {title}</source>
      <translation>{title}現場登記{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/merge_report.py" />
      <source>Walk-ins: add them as contacts of their units?</source>
      <translation>現場登記的人員：是否新增為其單位的聯絡人？</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>Walk-in…</source>
      <translation>現場登記…</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>Warn about attachments over (MB)</source>
      <translation>附件超過此大小時提醒（MB）</translation>
    </message>
    <message>
      <location filename="../cli/database.py" />
      <source>Warning: the database file {path} is damaged (SQLite's check finds broken pages); what is shown may be incomplete. Restore a backup with the restore command.</source>
      <translation>警告：資料庫檔案 {path} 已損壞（SQLite 檢查發現損壞的頁），顯示的內容可能不完整。請用 restore 命令恢復備份。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>Warning: {warning}</source>
      <translation>警告：{warning}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>Website</source>
      <translation>單位網址</translation>
    </message>
    <message>
      <location filename="../ui/safety/history_widget.py" />
      <source>When</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="vanished">原因</translation>
    </message>
    <message>
      <location filename="../ui/meetings/actions_panel.py" />
      <source>Why is it dropped?</source>
      <translation>復原原因：</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Will attend</source>
      <translation>參加</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Window shown after {ms} ms; screenshot written to {path}</source>
      <translation>視窗在 {ms} 毫秒後顯示；截圖已儲存到 {path}</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>Without a prefix no notice can be issued.</source>
      <translation>未設定機關代字，將無法發布通知。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>Word document (.docx, for editing in WPS or Word)</source>
      <translation>Word 文件（.docx，在 WPS 或 Word 中編輯）</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Word document saved: {path}</source>
      <translation>Word 文件已儲存：{path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Word documents (*.docx)</source>
      <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
      <source>Work experience</source>
      <translation type="vanished">主要工作經歷</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Work history</source>
      <translation>工作簡歷</translation>
    </message>
    <message>
      <source>Work unit</source>
      <translation type="vanished">工作單位</translation>
    </message>
    <message>
      <location filename="../core/meetings/choices.py" />
      <source>Working meeting</source>
      <translation>工作會議</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>Writing drafts…</source>
      <translation>正在寫入草稿…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the minutes…</source>
      <translation>正在產生紀要…</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>Writing the sign-in sheet…</source>
      <translation>正在產生簽到表…</translation>
    </message>
    <message>
      <location filename="../ui/calls/pool_view.py" />
      <source>Written to {path}</source>
      <translation>已寫入 {path}</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>Wrote {path} ({size} KB)</source>
      <translation>已寫入 {path}（{size} KB）</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../core/forms/spec.py" />
      <source>Year published</source>
      <translation>發布年份</translation>
    </message>
    <message>
      <location filename="../ui/contacts/view.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>You are looking at a backup, read-only. Copy what you need, then go back to your database.</source>
      <translation>您正在唯讀查看一份備份。複製所需內容後，請返回您的資料庫。</translation>
    </message>
    <message>
      <location filename="../ui/notices/preview.py" />
      <source>Zoom:</source>
      <translation>縮放：</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>a blank form as PDF: fillable (default) or for printing</source>
      <translation>空白表格 PDF：可填寫（預設）或供列印</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a call for nominations (its blank form and Excel template attached)</source>
      <translation>徵集（附空白表格和 Excel 範本）</translation>
    </message>
    <message>
      <source>a call for nominations (not available yet)</source>
      <translation type="vanished">徵集通知（尚未提供）</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>a change of {table} cannot be read.</source>
      <translation>{table} 的一筆變更紀錄無法讀取。</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>a change of {table} names a column it does not have ({column}).</source>
      <translation>{table} 的一筆變更紀錄含有該表沒有的欄位（{column}）。</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>a draft notice from a document written elsewhere (.docx, .md, .txt); prints its id</source>
      <translation>依據在別處寫好的文件（.docx、.md、.txt）新增通知草稿，並輸出其編號</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a field value, e.g. 截止日期=2026年12月20日 (repeatable)</source>
      <translation>欄位的值，例如 截止日期=2026年12月20日（可重複）</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>a form filled from a nomination or application, as PDF</source>
      <translation>根據推薦或申請記錄填好的表格（PDF）</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>a form for printing and filling by hand (no fields, no typing font: much smaller)</source>
      <translation>供列印後手寫填寫的表格（無表單欄位、不嵌入輸入字型，檔案小得多）</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>a guest: no e-mail address in the member database</source>
      <translation>來賓：成員庫中沒有其電子郵件地址</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a meeting (its convening notice attached)</source>
      <translation>會議（附會議通知）</translation>
    </message>
    <message>
      <source>a meeting (not available yet)</source>
      <translation type="vanished">會議（尚未提供）</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>a meeting package</source>
      <translation>會議簽到包</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>a message without a document</source>
      <translation>不附公文的郵件</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>a mobile number</source>
      <translation>手機號碼</translation>
    </message>
    <message>
      <location filename="../core/exchange/left_out.py" />
      <source>a note under the table ({text}), left out</source>
      <translation>表格下方的說明（{text}），已略去</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>a notice needs some text before it is issued</source>
      <translation>通知發布前須填寫正文</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>a read or write error (SQLite error {code})</source>
      <translation>讀寫出錯（SQLite 錯誤 {code}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>a sign-in results file</source>
      <translation>簽到結果檔案</translation>
    </message>
    <message>
      <location filename="../core/exchange/left_out.py" />
      <source>a total row ({text}), left out</source>
      <translation>合計列（{text}），已略去</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>a unified social credit code</source>
      <translation>統一社會信用代碼</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>access denied or the drive is not available</source>
      <translation>沒有存取權限，或磁碟機無法使用</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>action item {name}</source>
      <translation>督辦事項{name}</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>agenda item {name}</source>
      <translation>議題{name}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>all contacts of each unit</source>
      <translation>每家單位的全部聯絡人</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>all, level:理事单位, committee:智能交通, unit:&lt;id&gt;, contact:&lt;id&gt;, joined with commas</source>
      <translation>all、level:理事單位、committee:智能交通、unit:&lt;編號&gt;、contact:&lt;編號&gt;，用逗號分隔</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>all, level:理事单位, committee:智能交通, unit:&lt;id&gt;, contact:&lt;id&gt;, joined with commas; for a call or a meeting also invited and unanswered</source>
      <translation>all、level:理事單位、committee:智能交通、unit:&lt;編號&gt;、contact:&lt;編號&gt;，以逗號連接；徵集或會議還可用 invited（受邀）和 unanswered（未回覆）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>選項有歧義：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <source>an ID card number</source>
      <translation type="vanished">身分證號</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>an ID number</source>
      <translation>身分證號</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>an e-mail address</source>
      <translation>電子郵件地址</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>another program is using it</source>
      <translation>另一個程式正在使用它</translation>
    </message>
    <message>
      <location filename="../ui/meetings/minutes_panel.py" />
      <source>approved on {date}</source>
      <translation>{date} 審定</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>at most N messages a minute</source>
      <translation>每分鐘最多傳送 N 封</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>at most this many results of each kind</source>
      <translation>每類最多顯示的結果數</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>attach nothing</source>
      <translation>不加附件</translation>
    </message>
    <message>
      <source>attach only these (repeatable): pdf = the blank fillable form, xlsx = the Excel template, notice = the notice (of a call, or a meeting's convening notice)</source>
      <translation type="vanished">只附帶這些檔案（可重複）：pdf = 可填寫的空白表格，xlsx = Excel 範本，notice = 通知（徵集通知或會議通知）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>attach only these (repeatable): pdf = the blank fillable form, xlsx = the Excel template, notice = the notice (of a call, or a meeting's convening notice), prefilled = the fillable form with each unit's own details typed in</source>
      <translation>只附帶這些檔案（可重複）：pdf = 可填寫的空白表格，xlsx = Excel 範本，notice = 通知（徵集通知或會議通知），prefilled = 已填好各單位自身資訊的可填寫表格</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>automatic</source>
      <translation>自動</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before bulk delete</source>
      <translation>批次刪除前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before emptying trash</source>
      <translation>清空已刪除項目前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before import</source>
      <translation>匯入前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before restore</source>
      <translation>恢復前</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>before upgrade</source>
      <translation>升級前</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>belongs to the unit in row {row}, which cannot be imported because of errors</source>
      <translation>屬於第 {row} 列的單位，該單位因有錯誤無法匯入</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>body template in a UTF-8 text file</source>
      <translation>正文範本（UTF-8 文字檔案）</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>by hand</source>
      <translation>手動</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>call {name}</source>
      <translation>徵集 {name}</translation>
    </message>
    <message>
      <source>calls for nominations</source>
      <translation type="vanished">徵集通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>calls for nominations (征集)</source>
      <translation>徵集（推薦與入會申請）</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>無法開啟「%(filename)s」：%(error)s</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>cannot be read: {reason}</source>
      <translation>無法讀取：{reason}</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>check character is wrong: the last character should be {expected}</source>
      <translation>校驗碼不正確：最後一位應為 {expected}</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>check digit is wrong: the last character should be {expected}</source>
      <translation>校驗碼不正確：最後一位應為 {expected}</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>check the database and repair what is safe to repair</source>
      <translation>檢查資料庫，並修復可以安全修復的問題</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>check the file and report, write nothing</source>
      <translation>只檢查檔案並報告，不寫入任何內容</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>check the files and report, write nothing</source>
      <translation>只檢查檔案並報告，不寫入</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>choose SSL, STARTTLS or none</source>
      <translation>請選擇 SSL、STARTTLS 或無</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>committee {name}</source>
      <translation>專業委員會 {name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>connect and log in to check the account</source>
      <translation>連線並登入以檢查帳戶</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>contact {name}</source>
      <translation>聯絡人 {name}</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>contains control characters that cannot be stored</source>
      <translation>含有無法儲存的控制字元</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>create a new database filled with realistic demo data</source>
      <translation>新增一個填有逼真示範資料的資料庫</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>create the database file of --db if it does not exist yet</source>
      <translation>--db 指定的資料庫檔案不存在時新建它</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>credit code</source>
      <translation>信用代碼</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>database file (default: the per-user or portable data folder)</source>
      <translation>資料庫檔案（預設：使用者資料資料夾或便攜模式的資料資料夾）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>decision {name}</source>
      <translation>決定事項{name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>demo needs --db FILE (a new file)</source>
      <translation>demo 需要 --db FILE（一個新檔案）</translation>
    </message>
    <message>
      <location filename="../core/exchange/grouping.py" />
      <source>differs from row {row} of the same unit ({value})</source>
      <translation>與同一單位第 {row} 列不一致（{value}）</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>differs from the code on record for {unit} ({code})</source>
      <translation>與已登記的 {unit} 的代碼不一致（{code}）</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>does not exist (moved or deleted?)</source>
      <translation>不存在（已被移動或刪除？）</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>does not match the birth date in the ID number</source>
      <translation>與身分證號中的出生日期不符</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>due {date}</source>
      <translation>{date} 前完成</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>e-mail to member units: drafts, outbox, sending</source>
      <translation>給會員單位的電子郵件：草稿、寄件匣、傳送</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>e-mail to {name}</source>
      <translation>發給 {name} 的郵件</translation>
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
      <translation>例如：中國智慧城市產業聯盟（以簡體輸入）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中国智慧城市产业联盟文件 (printed in red at the top)</source>
      <translation>例如：中國智慧城市產業聯盟文件（以紅字印在首頁頂端）</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中国智慧城市产业联盟秘书处</source>
      <translation>例如：中國智慧城市產業聯盟秘書處</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 中國智慧城市產業聯盟 (used in Traditional exports)</source>
      <translation>例如：中國智慧城市產業聯盟（用於繁體匯出）</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>e.g. 参会回执</source>
      <translation>例如：參會回執</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>e.g. 各成员单位</source>
      <translation>例如：各成員單位</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>e.g. 智慧城市联盟 → 智慧城市联盟〔2026〕1号</source>
      <translation>例如：智慧城市聯盟 → 智慧城市聯盟〔2026〕1號</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>each unit's primary contact</source>
      <translation>每家單位的主要聯絡人</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>every attachment needs a name</source>
      <translation>每個附件都須有名稱</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected at least one argument</source>
      <translation>至少需要一個參數值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected at most one argument</source>
      <translation>最多隻能有一個參數值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected one argument</source>
      <translation>需要一個參數值</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>expected {count} argument(s)</source>
      <translation>需要 {count} 個參數值</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>expert pool: {name} ({detail})</source>
      <translation>專家庫：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>expert {name}</source>
      <translation>專家 {name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>export member units and contacts to .xlsx or .csv</source>
      <translation>將成員單位和聯絡人匯出為 .xlsx 或 .csv</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)</source>
      <translation>hans = 簡體，hant-tw = 繁體（臺灣），hant-hk = 繁體（香港）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has columns this form does not have: {columns}. Use the template's headers unchanged</source>
      <translation>含有本表格沒有的欄：{columns}。請保持範本的欄標題不變</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no form fields (a scanned or printed document, or not a form). Enter it by hand, or ask the sender to fill the fillable form</source>
      <translation>沒有表單欄位（是掃描檔或列印件，或不是表格）。請手動輸入，或請寄件人填寫可填寫的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no form fields left: it was printed to PDF, flattened or scanned. Enter it by hand, or ask the sender to return the fillable form</source>
      <translation>表單欄位已不存在：檔案經過「列印為 PDF」、平面化或掃描。請手動輸入，或請寄件人寄回可填寫的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has no sheet with data</source>
      <translation>沒有包含資料的工作表</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>has the form's columns but no filled rows</source>
      <translation>欄位與表格相符，但沒有填寫任何列</translation>
    </message>
    <message>
      <location filename="../core/exchange/import_plan.py" />
      <source>has the same header as column {first}; it is not imported. Choose its field above the column, or rename it in the file.</source>
      <translation>與 {first} 欄的表頭相同，不會匯入。請在該欄上方為它選擇欄位，或在檔案中重新命名。</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>holds no real birth date ({date})</source>
      <translation>其中的出生日期無效（{date}）</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>holds {what}: was it typed in the wrong field?</source>
      <translation>填寫的是{what}：是否填錯了欄目？</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>ignored explicit argument %r</source>
      <translation>忽略了多餘的參數值 %r</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>import member units and contacts from .xlsx or .csv</source>
      <translation>從 .xlsx 或 .csv 匯入成員單位和聯絡人</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>import the good rows even when some rows have errors</source>
      <translation>即使部分資料列有錯誤，也匯入正確的資料列</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>include mobiles, e-mail addresses and ID numbers, left out by default</source>
      <translation>包含手機、電子郵件和身分證號（預設不包含）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>include personal data (mobile numbers), left out by default</source>
      <translation>包含個人資訊（手機號碼），預設不匯出</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>invitee {name}</source>
      <translation>參會人員{name}</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a PDF form, but not one of this program's forms</source>
      <translation>是 PDF 表格，但不是本程式的表格</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a damaged Excel file that cannot be read</source>
      <translation>是已損壞的 Excel 檔案，無法讀取</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a damaged PDF that cannot be read ({reason})</source>
      <translation>是已損壞的 PDF，無法讀取（{reason}）</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>is a mobile number ({number}), and the mobile column holds another one</source>
      <translation>是手機號碼（{number}），而手機欄中已有另一個號碼</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is a {found}, but a {expected} is expected here</source>
      <translation>是{found}，而此處需要的是{expected}</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is already used by {unit}</source>
      <translation>已被 {unit} 使用</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is also given to the unit in row {row}</source>
      <translation>與第 {row} 列的單位重複</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>is before the call opened ({date})</source>
      <translation>早於徵集發佈日期（{date}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>is before the start</source>
      <translation>早於開始時間</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>is before the term starts ({date})</source>
      <translation>早於任期開始日期（{date}）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is empty (0 bytes)</source>
      <translation>是空檔案（0 位元組）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is neither a PDF nor an Excel (.xlsx) file</source>
      <translation>既不是 PDF，也不是 Excel（.xlsx）檔案</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>is not a date; write it as 2013-11-06, 2013/11/6 or 2013年11月6日</source>
      <translation>不是日期；請寫作 2013-11-06、2013/11/6 或 2013年11月6日</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>is not a month; write it as 1975-03, 1975/3 or 1975年3月</source>
      <translation>不是年月；請寫成 1975-03、1975/3 或 1975年3月</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is not a template of this program's forms: its first row holds none of the forms' column headers</source>
      <translation>不是本程式表格的範本：第一列沒有表格的欄標題</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>is not a time of day; write it as 09:30</source>
      <translation>不是有效的時間；請寫成 09:30 的形式</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>is not a web address, e.g. www.example.com</source>
      <translation>不是網址，例如 www.example.com</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>is not a year, e.g. 2013</source>
      <translation>不是年份，例如 2013</translation>
    </message>
    <message>
      <location filename="../core/mail/message.py" />
      <source>is not an e-mail address, e.g. name@example.com</source>
      <translation>不是電子郵件地址，例如 name@example.com</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is protected by a password; ask the sender for a copy without one</source>
      <translation>受密碼保護；請寄件人提供不加密碼的副本</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>is required</source>
      <translation>為必填項</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>is required when a nomination is returned or not approved</source>
      <translation>退回補充或不通過時必須填寫</translation>
    </message>
    <message>
      <location filename="../core/exchange/matching.py" />
      <source>is the same registered unit ({unit}) as row {row}</source>
      <translation>與第 {row} 列是同一家已登記單位（{unit}）</translation>
    </message>
    <message>
      <location filename="../core/notices/service.py" />
      <source>is too long ({length} characters; at most {limit})</source>
      <translation>太長（{length} 個字元；最多 {limit} 個）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>is {size} MB; a returned form is at most {limit} MB, so it was not read</source>
      <translation>大小為 {size} MB；回收的表格最大 {limit} MB，因此未讀取</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>it does not exist (it may have been moved or renamed)</source>
      <translation>檔案不存在（可能已被移動或重新命名）</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>it is a folder</source>
      <translation>這是一個資料夾</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>its name is too long</source>
      <translation>檔名太長</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>kept in the system's password store</source>
      <translation>已儲存在系統密碼儲存中</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>lacks the required columns {columns}</source>
      <translation>缺少必填欄 {columns}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>language of messages and of the UI</source>
      <translation>提示訊息和介面的語言</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>leave out the blank forms of the calls that use this notice (by default the PDF ends with them as its attachments)</source>
      <translation>不附使用本通知的徵集的空白表格（預設作為附件附在 PDF 末尾）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>leave them as they are</source>
      <translation>保持不變</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list calls for nominations</source>
      <translation>列出徵集</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>list meetings</source>
      <translation>列出會議</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>list member units</source>
      <translation>列出成員單位</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list nominations and applications</source>
      <translation>列出推薦與申請</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>list notices</source>
      <translation>列出通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list the expert pool</source>
      <translation>列出專家庫</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>list the outbox and the sent log</source>
      <translation>列出寄件匣和傳送記錄</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>list the standards group roster</source>
      <translation>列出標準組名單</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>make a backup of the database now</source>
      <translation>立即備份資料庫</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>may only hold digits and the letters A–Y without I, O, S, V, Z (found {chars})</source>
      <translation>只能包含數字和字母 A–Y（不含 I、O、S、V、Z）（發現 {chars}）</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>meeting {name}</source>
      <translation>會議{name}</translation>
    </message>
    <message>
      <source>meetings</source>
      <translation type="vanished">會議</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>meetings (会议): list, sign-in packages</source>
      <translation>會議：清單、簽到包</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>meetings (会议): minutes and sign-in sheets</source>
      <translation>會議：紀要和簽到表</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>member number</source>
      <translation>會員編號</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>member unit {name}</source>
      <translation>成員單位 {name}</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>member units and their contacts</source>
      <translation>成員單位及其聯絡人</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>merge the sign-in results of a laptop into this database</source>
      <translation>將筆記型電腦上的簽到結果合併到本資料庫</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>minutes, version {name}</source>
      <translation>紀要第 {name} 版</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>more than {limit} rows: the rest of the sheet was not read</source>
      <translation>超過 {limit} 列：其餘各列未讀取</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be 11 digits starting with 1, e.g. 13812345678</source>
      <translation>應為以 1 開頭的 11 位數字，例如 13812345678</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be 17 digits followed by a digit or X</source>
      <translation>應為 17 位數字加一位數字或 X</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be 6 digits</source>
      <translation>應為 6 位數字</translation>
    </message>
    <message>
      <location filename="../core/validation.py" />
      <source>must be a landline with area code (010-12345678, extension after a dash) or a mobile number</source>
      <translation>應為帶區號的固定電話（010-12345678，分機號寫在短橫線後）或手機號碼</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be a whole number, e.g. 120</source>
      <translation>應為整數，例如 120</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must be one of: {options}</source>
      <translation>應為以下之一：{options}</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>must have 18 characters (has {length})</source>
      <translation>應為 18 位（現為 {length} 位）</translation>
    </message>
    <message>
      <location filename="../core/calls/people.py" />
      <source>must have 18 characters: 17 digits and a check digit or X</source>
      <translation>應為 18 位：17 位數字加一位校驗碼（數字或 X）</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>name</source>
      <translation>名稱</translation>
    </message>
    <message>
      <location filename="../core/safety/history.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>no contact</source>
      <translation>沒有聯絡人</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>no e-mail address</source>
      <translation>沒有電子郵件地址</translation>
    </message>
    <message>
      <location filename="../core/meetings/mail.py" />
      <source>no longer in the member database</source>
      <translation>已不在成員庫中</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>nomination {id}: {name} ({detail})</source>
      <translation>推薦 {id}：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>nomination {name}</source>
      <translation>推薦 {name}</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>nominations and applications</source>
      <translation>推薦與申請</translation>
    </message>
    <message>
      <location filename="../ui/members/detail_pane.py" />
      <source>none</source>
      <translation>無</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>not allowed with argument %s</source>
      <translation>不能與參數 %s 同時使用</translation>
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
      <translation>關閉時</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>one .eml draft per recipient, with the PDFs attached</source>
      <translation>每位收件人一份 .eml 草稿，附 PDF</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>one of the arguments %s is required</source>
      <translation>必須給出參數 %s 之一</translation>
    </message>
    <message>
      <source>one search across member units, contacts and notices (names also by pinyin and initials: cq finds 重庆)</source>
      <translation type="vanished">在成員單位、聯絡人和通知中統一搜尋（名稱也可用拼音和首字母：cq 可找到 重慶）</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>one search across member units, contacts, notices, meetings, action items, nominations and experts (names also by pinyin and initials: cq finds 重庆)</source>
      <translation>在成員單位、聯絡人、通知、會議、督辦事項、推薦與申請和專家中統一搜尋（名稱也可用拼音和首字母：cq 可找到 重慶）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only calls for this (expert, standards, membership)</source>
      <translation>只列此類徵集（expert 專家組、standards 標準組、membership 入會）</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>only meetings of this year</source>
      <translation>只列出該年度的會議</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>only meetings whose title, place or chair match</source>
      <translation>只列出名稱、地點或主持人相符的會議</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>only messages in this state (repeatable)</source>
      <translation>只列此狀態的郵件（可重複）</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>only notices of this year</source>
      <translation>只列出該年份的通知</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>only notices whose title or text match</source>
      <translation>只列出標題或正文匹配的通知</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only records whose name, unit or field match</source>
      <translation>只列姓名、單位或領域匹配的記錄</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>only report, change nothing</source>
      <translation>只報告，不做任何更改</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only terms ending on or before this date</source>
      <translation>只列任期在此日期或之前截止的</translation>
    </message>
    <message>
      <location filename="../cli/search.py" />
      <source>only this kind (may be given more than once)</source>
      <translation>只搜尋此類（可多次指定）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only this membership level (e.g. 理事单位 or council)</source>
      <translation>只列出該會員類別（例如 理事單位 或 council）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only this side (政, 产, 学, 研, 用, 资本)</source>
      <translation>只列此類別（政、產、學、研、用、資本）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only this state (e.g. 评审 or review)</source>
      <translation>只列此狀態（如 評審 或 review）</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only this status (e.g. 在册 or active)</source>
      <translation>只列出該狀態（例如 在冊 或 active）</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those of this call</source>
      <translation>只列此徵集的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those of this professional committee</source>
      <translation>只列此專業委員會的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those whose field or specialty contains this</source>
      <translation>只列專業領域或從事專業包含此內容的</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>only those whose work unit contains this</source>
      <translation>只列工作單位包含此內容的</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>only units whose name, code or contacts match</source>
      <translation>只列出名稱、代碼或聯絡人匹配的單位</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>options</source>
      <translation>選項</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>order of the attendee lists: level-strokes = by the unit's membership level, then by the strokes of the surname; pinyin = by pinyin</source>
      <translation>出席名單的排序：level-strokes = 先按單位的會員級別，再按姓氏筆畫；pinyin = 按拼音</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>overwrite FILE if it exists</source>
      <translation>FILE 已存在時覆蓋</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>overwrite OUT if it exists</source>
      <translation>OUT 已存在時覆蓋</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>positional arguments</source>
      <translation>位置參數</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>progress note {name}</source>
      <translation>進展記錄{name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>put one message per recipient in the outbox</source>
      <translation>為每位收件人產生一封郵件放入寄件匣</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>queue even attachments over the size limit</source>
      <translation>附件超過大小限制也放入寄件匣</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>read filled forms (.pdf or .xlsx, or a folder of them) back as nominations or applications</source>
      <translation>讀取填好的表格（.pdf 或 .xlsx，或其所在資料夾），登記為推薦或申請</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>read the password from standard input</source>
      <translation>從標準輸入讀取密碼</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>read the password from standard input instead of the keyring</source>
      <translation>從標準輸入讀取密碼，而不是從系統密碼儲存</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>refuse a row when a contact cell is wrong (by default the cell is left empty and listed)</source>
      <translation>聯絡人儲存格有誤時拒絕整列（預設將該儲存格留空並列出）</translation>
    </message>
    <message>
      <location filename="../core/mail/records.py" />
      <source>refused address {name}</source>
      <translation>被拒收的地址 {name}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>render the main window to a PNG and exit</source>
      <translation>將主視窗截圖儲存為 PNG 後退出</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>replace the database by a backup (the current state is backed up first)</source>
      <translation>用備份取代資料庫（先備份目前狀態）</translation>
    </message>
    <message>
      <location filename="../core/overview/records.py" />
      <source>saved search {name}</source>
      <translation>儲存的搜尋 {name}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>send what waits in the outbox</source>
      <translation>傳送寄件匣中待發的郵件</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>show a traceback on failure</source>
      <translation>出錯時顯示呼叫堆疊</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>show mobiles and ID numbers unmasked</source>
      <translation>完整顯示手機和身分證號（不遮蔽）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>show or set the SMTP account (the password goes to the keyring)</source>
      <translation>檢視或設定 SMTP 帳戶（密碼儲存在系統密碼儲存中）</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>show the program's version and exit</source>
      <translation>顯示程式版本並結束</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>show this help message and exit</source>
      <translation>顯示本說明並退出</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>sign-in at {name}</source>
      <translation>{name}的簽到</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>signed in at {time}</source>
      <translation>{time} 已簽到</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>size unknown</source>
      <translation>大小未知</translation>
    </message>
    <message>
      <location filename="../core/calls/records.py" />
      <source>standards group member {name}</source>
      <translation>標準組成員 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>standards group: {name} ({detail})</source>
      <translation>標準組：{name}（{detail}）</translation>
    </message>
    <message>
      <location filename="../ui/mail/account_section.py" />
      <source>stored in the system's password store, not in a file</source>
      <translation>儲存在系統密碼儲存中，不寫入檔案</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>subject template, e.g. {title} or 【{alliance}】{title}</source>
      <translation>主題範本，例如 {title} 或 【{alliance}】{title}</translation>
    </message>
    <message>
      <source>subject template, e.g. {标题}</source>
      <translation type="vanished">主題範本，例如 {标题}</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>system error {number}</source>
      <translation>系統錯誤 {number}</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>that agenda item no longer exists</source>
      <translation>該議題已不存在</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>that decision no longer exists</source>
      <translation>該決定事項已不存在</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>the .docx, Markdown or text file to read</source>
      <translation>要讀取的 .docx、Markdown 或文字檔</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>the Excel template for returning many forms at once</source>
      <translation>批次回收表格用的 Excel 範本</translation>
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
      <translation>其中的出生日期（{inside}）與出生年月 {birth} 不符</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>the call they answer (default: the newest call of the forms' kind)</source>
      <translation>表格所對應的徵集（預設：該類表格最新的徵集）</translation>
    </message>
    <message>
      <location filename="../core/storage/changes.py" />
      <source>the change log names a table that this program does not keep ({table}).</source>
      <translation>變更紀錄中有本程式不使用的資料表（{table}）。</translation>
    </message>
    <message>
      <location filename="../core/meetings/service.py" />
      <source>the committee does not exist</source>
      <translation>該專業委員會不存在</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>the contact does not exist (it may have been deleted)</source>
      <translation>該聯絡人不存在（可能已被刪除）</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>the database is busy or read-only</source>
      <translation>資料庫正忙或為唯讀</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk could not be read or written (it may be damaged or removed)</source>
      <translation>無法讀寫磁碟（磁碟可能已損壞或被移除）</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk is full</source>
      <translation>磁碟已滿</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>the disk is read-only</source>
      <translation>磁碟為唯讀</translation>
    </message>
    <message>
      <source>the expert pool</source>
      <translation type="vanished">專家庫</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>the folder for the drafts</source>
      <translation>草稿儲存的資料夾</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的參數：%s</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>the nomination and application forms as PDF and Excel files</source>
      <translation>推薦表和申請表的 PDF 與 Excel 檔案</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>the notice does not exist (it may have been deleted)</source>
      <translation>該通知不存在（可能已被刪除）</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>the notice to send (its PDF and files attached)</source>
      <translation>要傳送的通知（附其 PDF 和附件檔案）</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the port is a number from 1 to 65535</source>
      <translation>埠是 1 到 65535 之間的數字</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>the published list (名单) as .pdf or .xlsx</source>
      <translation>公佈的名單（.pdf 或 .xlsx）</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the sender's address is not an e-mail address</source>
      <translation>寄件人地址不是電子郵件地址</translation>
    </message>
    <message>
      <location filename="../core/mail/account.py" />
      <source>the server name is missing or not a host name</source>
      <translation>伺服器名稱缺失或不是主機名</translation>
    </message>
    <message>
      <source>the standards group roster</source>
      <translation type="vanished">標準組名單</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>the title of the notice (instead of the one found in the file)</source>
      <translation>通知標題（取代從檔案中辨識出的標題）</translation>
    </message>
    <message>
      <location filename="../core/meetings/agenda.py" />
      <source>the unit does not exist (it may have been deleted)</source>
      <translation>該單位不存在（可能已被刪除）</translation>
    </message>
    <message>
      <source>the view shown (with --screenshot)</source>
      <translation type="vanished">顯示的檢視（與 --screenshot 一起使用）</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>the view shown (with --screenshot): {views}</source>
      <translation>顯示的檢視（與 --screenshot 一起使用）：{views}</translation>
    </message>
    <message>
      <location filename="../cli/main.py" />
      <source>the view {view} is not available yet; available: {views}</source>
      <translation>檢視 {view} 暫不可用；可用檢視：{views}</translation>
    </message>
    <message>
      <location filename="../core/exchange/file_errors.py" />
      <source>there is no permission to use it</source>
      <translation>沒有使用它的權限</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>this version of the minutes (default: the latest)</source>
      <translation>紀要的這一版本（預設：最新版本）</translation>
    </message>
    <message>
      <location filename="../ui/calls/dialogs.py" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>unit name</source>
      <translation>單位名稱</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>未知的命令 %(parser_name)r（可選：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>unpacks to {size} MB; a returned sheet is at most {limit} MB, so it was not read</source>
      <translation>解壓後為 {size} MB；回收的表格最大 {limit} MB，因此未讀取</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>unrecognized arguments: %s</source>
      <translation>無法識別的參數：%s</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>update them with the values in the file</source>
      <translation>用檔案中的內容更新其資訊</translation>
    </message>
    <message>
      <location filename="../cli/argparse_text.py" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made by a newer version of this program (form version {found}); update the program to read it</source>
      <translation>由本程式的較新版本生成（表格版本 {found}）；請升級程式後再讀取</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made from an older version of the form (version {found}; now {current}). Send the current form and ask for it again</source>
      <translation>是舊版表格（版本 {found}；現行版本 {current}）。請寄送現行表格並請對方重新填寫</translation>
    </message>
    <message>
      <location filename="../core/forms/returns.py" />
      <source>was made from an older version of the template (version {found}; now {current}). Send the current template and ask for it again</source>
      <translation>是舊版範本（版本 {found}；現行版本 {current}）。請寄送現行範本並請對方重新填寫</translation>
    </message>
    <message>
      <location filename="../core/forms/values.py" />
      <source>was stored by Excel as a number, which loses the last digits of an ID number: format the column as text and type it again</source>
      <translation>被 Excel 存成了數字，身分證號的最後幾位會因此遺失：請把該欄設為文字格式後重新填寫</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>what to do with units already in the database (default: skip)</source>
      <translation>對資料庫中已有的單位如何處理（預設：跳過）</translation>
    </message>
    <message>
      <location filename="../cli/forms.py" />
      <source>whether the form asks for the ID card number: omit, optional (default) or required</source>
      <translation>表格是否收集身分證號：omit 不收集、optional 選填（預設）、required 必填</translation>
    </message>
    <message>
      <location filename="../cli/meetings.py" />
      <source>write a meeting package for a sign-in laptop</source>
      <translation>為簽到用筆記型電腦產生會議簽到包</translation>
    </message>
    <message>
      <source>write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout</source>
      <translation type="vanished">將會議紀要按 GB/T 9704 格式寫為 PDF</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout, or as .docx for WPS and Word</source>
      <translation>將會議紀要按 GB/T 9704 格式寫為 PDF，或寫為供 WPS 和 Word 編輯的 .docx</translation>
    </message>
    <message>
      <source>write a notice as PDF in the GB/T 9704 layout</source>
      <translation type="vanished">按 GB/T 9704 版式將通知輸出為 PDF</translation>
    </message>
    <message>
      <location filename="../cli/notices.py" />
      <source>write a notice as PDF in the GB/T 9704 layout, or as .docx for WPS and Word</source>
      <translation>按 GB/T 9704 版式將通知匯出為 PDF，或匯出為 .docx 供 WPS 和 Word 使用</translation>
    </message>
    <message>
      <location filename="../cli/safety.py" />
      <source>write the backup to FILE instead of the backup folder</source>
      <translation>將備份寫入 FILE，而不是備份資料夾</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>write the printable sign-in sheet (签到表) of a meeting as PDF</source>
      <translation>將會議的簽到表寫為可列印的 PDF</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>write to every contact of each unit, not only the primary contact</source>
      <translation>發給每個單位的全部聯絡人，不只是主要聯絡人</translation>
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
      <translation>{address} 不是電子郵件地址</translation>
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
      <translation>{counts}（另有已刪除項目 {deleted} 項）</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{count} PDF files were written to {folder}.</source>
      <translation>已將 {count} 個 PDF 檔案寫入 {folder}。</translation>
    </message>
    <message>
      <location filename="../core/overview/members.py" />
      <source>{count} active units without a region are not shown.</source>
      <translation>另有 {count} 家在冊單位未填地區，未列出。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{count} differences between the office and the laptop (see below).</source>
      <translation>辦公室與筆記型電腦的記錄有 {count} 處不一致（見下）。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} drafts written to {path}</source>
      <translation>已將 {count} 份草稿寫入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} drafts written to {path}. Open them in Outlook, Foxmail or Thunderbird to send them.</source>
      <translation>已將 {count} 份草稿寫入 {path}。用 Outlook、Foxmail 或 Thunderbird 開啟即可傳送。</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>{count} dropped action items are not shown.</source>
      <translation>另有 {count} 項已撤銷的督辦事項，未計入。</translation>
    </message>
    <message>
      <location filename="../core/safety/trash.py" />
      <source>{count} items</source>
      <translation>{count} 項</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} left out:</source>
      <translation>未包括 {count} 個：</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{count} meetings</source>
      <translation>{count} 次會議</translation>
    </message>
    <message>
      <location filename="../core/overview/meetings.py" />
      <source>{count} meetings without a date are not shown.</source>
      <translation>另有 {count} 場會議未填日期，未計入。</translation>
    </message>
    <message>
      <location filename="../ui/members/bulk_change.py" />
      <source>{count} member units changed</source>
      <translation>已修改 {count} 家成員單位</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} messages wait in the outbox. Send them from E-mail → Send now.</source>
      <translation>{count} 封郵件在寄件匣中待發。請在「電子郵件 → 立即傳送」中傳送。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} messages wait in the outbox; send them with: mail send</source>
      <translation>{count} 封郵件在寄件匣中待發；用 mail send 傳送</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{count} messages were being sent when the program stopped; they may have arrived: check, then send them again or mark them as sent in the outbox.</source>
      <translation>程式中止時有 {count} 封郵件正在傳送，可能已經送達：請核實，然後在寄件匣中重新傳送或標記為已傳送。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{count} notices are exported into this folder, one PDF each, named by number and title. Files already there are kept: a new file gets a number added to its name.</source>
      <translation>{count} 份通知將匯出到此資料夾，每份一個 PDF，以文號和標題命名。資料夾中已有的檔案不會被覆蓋：同名的新檔案會在名稱後加上編號。</translation>
    </message>
    <message>
      <location filename="../core/overview/notices.py" />
      <source>{count} notices without a date are not shown.</source>
      <translation>另有 {count} 份通知沒有日期，未列出。</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>{count} overdue action items</source>
      <translation>{count} 項督辦事項已逾期</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{count} pictures in the document were not carried over; attach them as files if they belong to the notice.</source>
      <translation>文件中的 {count} 張圖片未帶入；如屬於通知內容，請作為附件檔案新增。</translation>
    </message>
    <message>
      <location filename="../ui/mail/compose.py" />
      <source>{count} recipients.</source>
      <translation>共 {count} 位收件人。</translation>
    </message>
    <message>
      <location filename="../cli/members.py" />
      <source>{count} rows have errors (listed above); nothing was imported. Correct the file, or use --skip-bad-rows to import the other rows.</source>
      <translation>有 {count} 列有錯誤（見上文），未匯入任何內容。請修改檔案，或使用 --skip-bad-rows 匯入其餘資料列。</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{count} rows have errors and will be left out. Import the other rows?</source>
      <translation>有 {count} 列有錯誤，將不予匯入。是否匯入其餘資料列？</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{count} tables were read as lines of text, one line per row: check them.</source>
      <translation>{count} 個表格已按列讀成文字（每列一段），請核對。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>{count} units chosen</source>
      <translation>已選 {count} 家單位</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{count} walk-ins are not contacts yet: {names}.</source>
      <translation>{count} 名現場登記人員還不是聯絡人：{names}。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>{damaged} No backup was made: a copy of a damaged file would look like a good backup.</source>
      <translation>{damaged} 未製作備份：已損壞檔案的副本看起來會像一份完好的備份。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{done} of {total}</source>
      <translation>{done} / {total}</translation>
    </message>
    <message>
      <location filename="../core/exchange/columns.py" />
      <source>{field} is chosen for two columns ({first} and {second}); choose one.</source>
      <translation>「{field}」被選給了兩欄（{first} 和 {second}）；請只選一欄。</translation>
    </message>
    <message>
      <location filename="../core/exchange/grouping.py" />
      <source>{field}: {problem}</source>
      <translation>{field}：{problem}</translation>
    </message>
    <message>
      <location filename="../core/mail/sources.py" />
      <source>{files}: this message has no such attachment; it offers: {offered}.</source>
      <translation>{files}：此郵件沒有這樣的附件；可選的有：{offered}。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file} already exists. Choose another name, or confirm that it may be replaced.</source>
      <translation>{file} 已存在。請換一個名稱，或確認可以替換。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file (.csv).</source>
      <translation>無法匯入 {file}：請選擇 Excel 活頁簿（.xlsx）或 CSV 檔案（.csv）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be opened: {reason}</source>
      <translation>無法開啟 {file}：{reason}</translation>
    </message>
    <message>
      <source>{file} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation type="vanished">無法將 {file} 作為 Excel 活頁簿讀取（{reason}）。請用 Excel 或 WPS 開啟，重新另存為 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} cannot be read as an Excel workbook: it is damaged, or it is not a workbook. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation>無法將 {file} 作為 Excel 活頁簿讀取：檔案已損壞，或不是活頁簿。請用 Excel 或 WPS 開啟，重新另存為 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file} cannot be written: {reason}. If it is open in Excel or WPS, close it and try again.</source>
      <translation>無法寫入 {file}：{reason}。如果它正在 Excel 或 WPS 中開啟，請關閉後重試。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} does not look like a table saved as CSV (it holds binary data). Choose the .xlsx or .csv file of the member list.</source>
      <translation>{file} 看起來不是儲存為 CSV 的表格（含有二進位資料）。請選擇成員名單的 .xlsx 或 .csv 檔案。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/lines.py" />
      <source>{file} does not look like a text file (it holds binary data or characters in an unknown encoding). Choose a .docx, .md or .txt file, or save the document as .docx in WPS or Word.</source>
      <translation>{file} 不像是文字檔（含有二進位資料或無法辨識編碼的字元）。請選擇 .docx、.md 或 .txt 檔案，或在 WPS 或 Word 中將文件另存為 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} expands to {size} MB once opened (at most {limit} MB for a member list). Save only the member list in a workbook of its own, or as CSV.</source>
      <translation>{file} 開啟後展開為 {size} MB（成員名單最大 {limit} MB）。請將成員名單單獨另存為一個活頁簿，或另存為 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} has more than {limit} rows; a member list that long cannot be imported at once. Split it into several files.</source>
      <translation>{file} 超過 {limit} 列，無法一次匯入這麼長的成員名單。請拆分為幾個檔案。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} has no worksheet.</source>
      <translation>{file} 中沒有工作表。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} holds only a header row and no data rows to import.</source>
      <translation>{file} 只有表頭，沒有可匯入的資料列。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} holds {count} parts; a workbook with more than {limit} cannot be a member list.</source>
      <translation>{file} 包含 {count} 個組件；超過 {limit} 個組件的活頁簿不可能是成員名單。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} holds {size} MB of text (at most {limit} MB for a member list). Save only the member list in a workbook of its own, or as CSV.</source>
      <translation>{file} 包含 {size} MB 文字（成員名單最大 {limit} MB）。請將成員名單單獨另存為一個活頁簿，或另存為 CSV。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is a PDF: its text cannot be read back reliably. Open the original document (.docx) instead, or copy the text and use New from pasted text.</source>
      <translation>{file} 是 PDF 檔案，無法可靠地讀出其中文字。請改用原始文件（.docx），或複製文字後使用「從貼上的文字新增」。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is an RTF document. Open it in WPS or Word and save it as .docx.</source>
      <translation>{file} 是 RTF 文件。請在 WPS 或 Word 中開啟並另存為 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is an old-format (.xls) or password-protected workbook. Open it in Excel or WPS, remove the password if any, and save it as .xlsx or CSV.</source>
      <translation>{file} 是舊格式（.xls）或有密碼保護的活頁簿。請用 Excel 或 WPS 開啟，如有密碼請去除，再另存為 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is an old-format Excel file (.xls). Open it in Excel or WPS and save it as .xlsx or CSV, then import that file.</source>
      <translation>{file} 是舊格式的 Excel 檔案（.xls）。請用 Excel 或 WPS 開啟，另存為 .xlsx 或 CSV 後再匯入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is compressed {ratio} times ({size} MB once opened): that is not an ordinary workbook, and it is not read. Open it in Excel or WPS and save it again.</source>
      <translation>{file} 的壓縮比為 {ratio} 倍（開啟後 {size} MB）：這不是一般的活頁簿，不予讀取。請用 Excel 或 WPS 開啟後重新儲存。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is empty: it holds no rows to import.</source>
      <translation>{file} 是空的，沒有可匯入的資料列。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is empty: it holds no text.</source>
      <translation>{file} 是空的，沒有任何文字。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is not a Word document (.docx) or it is damaged. Open it in WPS or Word and save it again as .docx.</source>
      <translation>{file} 不是 Word 文件（.docx），或已損壞。請在 WPS 或 Word 中開啟並重新另存為 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is not a file.</source>
      <translation>{file} 不是檔案。</translation>
    </message>
    <message>
      <source>{file} is not a well-formed CSV file ({reason}).</source>
      <translation type="vanished">{file} 不是格式正確的 CSV 檔案（{reason}）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is not a well-formed CSV file: row {row} cannot be read (a quote may be missing). Open it in Excel or WPS and save it again as CSV.</source>
      <translation>{file} 不是格式正確的 CSV 檔案：第 {row} 列無法讀取（可能缺少引號）。請用 Excel 或 WPS 開啟，重新另存為 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS and save it again as .xlsx or CSV.</source>
      <translation>{file} 不是 Excel 活頁簿（.xlsx）或已損壞。請用 Excel 或 WPS 開啟，重新另存為 .xlsx 或 CSV。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is not an Excel workbook (.xlsx): it is another kind of document saved as a zip file. Choose the .xlsx or .csv file of the member list.</source>
      <translation>{file} 不是 Excel 活頁簿（.xlsx），而是以 zip 格式儲存的其他文件。請選擇成員名單的 .xlsx 或 .csv 檔案。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is protected by a password, or it is an old Word 97–2003 or WPS document. Open it in WPS or Word, remove the password if there is one, and save it as .docx.</source>
      <translation>{file} 設有密碼，或是舊版 Word 97–2003 / WPS 格式文件。請在 WPS 或 Word 中開啟，如有密碼請先取消，然後另存為 .docx。</translation>
    </message>
    <message>
      <location filename="../core/exchange/xlsx_reader.py" />
      <source>{file} is protected with a password. Open it in Excel or WPS, remove the password, save it, then import it.</source>
      <translation>{file} 設有密碼保護。請用 Excel 或 WPS 開啟，移除密碼並儲存，然後再匯入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is too big to be a member list ({size} MB; at most {limit} MB).</source>
      <translation>{file} 太大，不像是成員名單（{size} MB；最大 {limit} MB）。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file} is too big to be a member list.</source>
      <translation>{file} 太大，不像是成員名單。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/__init__.py" />
      <source>{file} is too large to be a notice ({size} MB; at most {limit} MB).</source>
      <translation>{file} 太大，不像一份通知（{size} MB；最大 {limit} MB）。</translation>
    </message>
    <message>
      <location filename="../core/notices/from_file/docx_reader.py" />
      <source>{file} is too large to read as a notice.</source>
      <translation>{file} 內容過大，無法作為通知讀取。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file}, row {row}, column {column}: a cell of {length} characters (at most {limit}). Shorten that cell and import the file again.</source>
      <translation>{file}，第 {row} 列，{column} 欄：儲存格有 {length} 個字元（最多 {limit} 個）。請縮短該儲存格後重新匯入。</translation>
    </message>
    <message>
      <location filename="../core/exchange/readers.py" />
      <source>{file}, row {row}: values beyond column {column}; a member list has at most {limit} columns.</source>
      <translation>{file}，第 {row} 列：{column} 欄之後還有內容；成員名單最多 {limit} 欄。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{file}: a form of another kind, not one of the call {call}</source>
      <translation>{file}：表格種類不符，不屬於徵集「{call}」</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>{file}: choose a name ending in .xlsx (Excel) or .csv.</source>
      <translation>{file}：請使用以 .xlsx（Excel）或 .csv 結尾的檔名。</translation>
    </message>
    <message>
      <location filename="../core/calls/published.py" />
      <source>{file}: choose a name ending in .xlsx (Excel) or .pdf.</source>
      <translation>{file}：請選擇以 .xlsx（Excel）或 .pdf 結尾的檔案名。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{file}: {name} is recorded already ({where}); left out. Compare them in the program's window to record it anyway.</source>
      <translation>{file}：{name} 已有記錄（{where}），未匯入。如需仍然登記，請在程式視窗中對照後登記。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{file}: {name} recorded as nomination {id}</source>
      <translation>{file}：{name} 已登記為推薦 {id}</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{file}: {problem}</source>
      <translation>{file}：{problem}</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{file}: {rows} rows{encoding}. Choose above each column which field it holds, then Check. Nothing is written before you press Import.</source>
      <translation>{file}：共 {rows} 列{encoding}。請在每欄上方選擇該欄對應的欄位，然後點選「檢查」。點選「匯入」之前不會寫入任何內容。</translation>
    </message>
    <message>
      <location filename="../cli/form_returns.py" />
      <source>{good} of {total} forms recorded in {call} ({bad} with problems, {duplicates} recorded already).</source>
      <translation>{total} 份表格中已有 {good} 份登記到「{call}」（{bad} 份有問題，{duplicates} 份已有記錄）。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/attendance_panel.py" />
      <source>{invited} invited — {summary}</source>
      <translation>已邀請 {invited} 人 — {summary}</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{item}: write a field as NAME=VALUE, e.g. 截止日期=2026年12月20日.</source>
      <translation>{item}：欄位請寫成 名稱=值，例如 截止日期=2026年12月20日。</translation>
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
      <translation>{meeting}有 {count} 項決定事項的序號都是 {number}；已按順序重新編號。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{names} is not one of the professional committees</source>
      <translation>{names} 不是本聯盟的專業委員會</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} ({unit}) is signed in {count} times at {meeting}; the first sign-in is kept.</source>
      <translation>{name}（{unit}）在{meeting}中簽到了 {count} 次；保留第一次簽到。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} added as a walk-in and signed in at {time}.</source>
      <translation>{name} 已現場登記，並於 {time} 簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} at {meeting} attends for someone of another meeting; the link is removed.</source>
      <translation>{meeting}中的{name}代為出席的是另一個會議的人員；已取消該關聯。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} attends {title} for {other}</source>
      <translation>{name}代{other}出席{title}</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{name} cannot be approved: it has not been reviewed (state: {state}). Move it to 评审 first.</source>
      <translation>{name} 不能批准：尚未評審（狀態：{state}）。請先轉入評審。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{name} cannot go from {old} to {new}.</source>
      <translation>{name} 不能從「{old}」轉為「{new}」。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} has not signed in.</source>
      <translation>{name}尚未簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} is on the list of {meeting} {count} times and signed in on each.</source>
      <translation>{name}在{meeting}的名單中出現 {count} 次，且每次都已簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} signed in already at {time}.</source>
      <translation>{name}已於 {time} 簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/records.py" />
      <source>{name} signed in at {meeting} but is not marked present; marked present.</source>
      <translation>{name}在{meeting}已簽到，但未標記為出席；已標記為出席。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} signed in at {time} already.</source>
      <translation>{name} 已於 {time} 簽到過。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{name} signed in at {time}.</source>
      <translation>{name} 已於 {time} 簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{name} signed in at {time}: undo the sign-in first.</source>
      <translation>{name}已於 {time} 簽到：請先取消簽到。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name} signed in twice ({first} and {second}); the first sign-in is kept.</source>
      <translation>{name}簽到了兩次（{first} 和 {second}）；保留第一次簽到。</translation>
    </message>
    <message>
      <location filename="../ui/calls/nominations_view.py" />
      <source>{name} was decided ({state}); a decided nomination is kept as it was. Undo the decision (Ctrl+Z) to change it.</source>
      <translation>{name} 已有結論（{state}）；已決定的推薦保持原樣。如需修改，請先復原該決定 (Ctrl+Z)。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name} was taken off the list at the office but signed in on the laptop: put back on the list.</source>
      <translation>{name}已在辦公室從名單中移除，但在筆記型電腦上簽到了：已重新列入名單。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>{name}: every value checked.</source>
      <translation>{name}：各項內容均已檢查。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{name}: the office recorded {office}, the laptop {laptop}; the office's is kept.</source>
      <translation>{name}：辦公室記錄為「{office}」，筆記型電腦記錄為「{laptop}」；保留辦公室的記錄。</translation>
    </message>
    <message>
      <location filename="../ui/calls/detail.py" />
      <source>{name}: {state}</source>
      <translation>{name}：{state}</translation>
    </message>
    <message>
      <location filename="../ui/notices/editor.py" />
      <source>{number}, version {version}: replaced by a corrected version. Kept on record; it can no longer be changed.</source>
      <translation>{number} 第 {version} 版：已被更正版本取代。本版本留檔備查，不能再修改。</translation>
    </message>
    <message>
      <location filename="../ui/notices/attachments.py" />
      <source>{number}. {name} (file, {size})</source>
      <translation>{number}. {name}（檔案，{size}）</translation>
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
      <translation>未完成督辦事項 {open} 項，其中逾期 {overdue} 項</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} already exists. Choose another name.</source>
      <translation>{path} 已存在。請換一個名稱。</translation>
    </message>
    <message>
      <location filename="../ui/notices/batch_export.py" />
      <source>{path} already exists. Replace it?</source>
      <translation>{path} 已存在。要替換嗎？</translation>
    </message>
    <message>
      <location filename="../ui/startup.py" />
      <source>{path} already exists. Use Open database to open it.</source>
      <translation>{path} 已存在。請用「開啟資料庫」開啟它。</translation>
    </message>
    <message>
      <location filename="../core/forms/pdf.py" />
      <source>{path} already exists; choose another name or allow replacing it.</source>
      <translation>{path} 已存在；請換一個名稱，或允許替換。</translation>
    </message>
    <message>
      <location filename="../core/safety/backups.py" />
      <source>{path} already exists; use --force to overwrite it.</source>
      <translation>{path} 已存在；如要覆蓋請使用 --force。</translation>
    </message>
    <message>
      <source>{path} cannot be opened as a database ({reason}). Open another file or restore a copy.</source>
      <translation type="vanished">無法將 {path} 作為資料庫開啟（{reason}）。請開啟其他檔案或恢復副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} cannot be opened.</source>
      <translation>無法開啟 {path}。</translation>
    </message>
    <message>
      <location filename="../cli/mail.py" />
      <source>{path} cannot be read as UTF-8 text: {reason}</source>
      <translation>{path} 無法作為 UTF-8 文字讀取：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} cannot be read.</source>
      <translation>無法讀取 {path}。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{path} cannot be read: {reason}</source>
      <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} cannot be written: it or its folder is read-only.</source>
      <translation>無法寫入 {path}：該檔案或其所在資料夾是唯讀的。</translation>
    </message>
    <message>
      <location filename="../core/forms/pdf.py" />
      <source>{path} cannot be written: {reason}</source>
      <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} could not be read or written (an error of the disk, the USB stick or the network).</source>
      <translation>無法讀寫 {path}（磁碟、隨身碟或網路出錯）。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} could not be used (SQLite error {code}).</source>
      <translation>無法使用 {path}（SQLite 錯誤 {code}）。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <location filename="../core/calls/returns.py" />
      <source>{path} holds no .pdf or .xlsx file.</source>
      <translation>{path} 中沒有 .pdf 或 .xlsx 檔案。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is a database of another program; it was not changed.</source>
      <translation>{path} 是其他程式的資料庫，未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_export.py" />
      <source>{path} is a folder, not a file.</source>
      <translation>{path} 是資料夾，不是檔案。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is an empty file (0 bytes), not a backup; nothing was restored.</source>
      <translation>{path} 是空檔案（0 位元組），不是備份；未恢復任何內容。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is an empty file (0 bytes), not a database; it was not changed. Check the name, or restore a backup.</source>
      <translation>{path} 是空檔案（0 位元組），不是資料庫；檔案未被改動。請檢查檔名，或恢復備份。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is damaged (SQLite's check finds broken pages); nothing was restored. Choose another backup.</source>
      <translation>{path} 已損壞（SQLite 檢查發現損壞的頁）；未恢復任何內容。請選擇其他備份。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is damaged or not a database file of this program.</source>
      <translation>{path} 已損壞，或不是本程式的資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is in use by another program. Wait a moment and try again.</source>
      <translation>{path} 正被另一個程式使用。請稍候再試。</translation>
    </message>
    <message>
      <location filename="../core/notices/alliance.py" />
      <source>{path} is not a PNG image. Save the seal as PNG with a transparent background.</source>
      <translation>{path} 不是 PNG 圖片。請將印章儲存為透明背景的 PNG 圖片。</translation>
    </message>
    <message>
      <location filename="../ui/notices/alliance_dialog.py" />
      <source>{path} is not a TrueType font (.ttf or .ttc).</source>
      <translation>{path} 不是 TrueType 字型（.ttf 或 .ttc）。</translation>
    </message>
    <message>
      <location filename="../core/storage/errors.py" />
      <source>{path} is not a database file of this program (it may be damaged). Open another file or restore a copy.</source>
      <translation>{path} 不是本程式的資料庫檔案（可能已損壞）。請開啟其他檔案或恢復副本。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is not a database file of this program; nothing was restored.</source>
      <translation>{path} 不是本程式的資料庫檔案；未恢復任何內容。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} is not a database of this program (another program's file, or empty); nothing was restored.</source>
      <translation>{path} 不是本程式的資料庫（是其他程式的檔案，或為空）；未恢復任何內容。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{path} is not {what} of this program; nothing was changed.</source>
      <translation>{path} 不是本程式的{what}；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} is of an older data version ({found}; this version uses {known}). Open it once in the program, which upgrades it (keeping a copy), and try again; the file was not changed.</source>
      <translation>{path} 的資料版本較舊（{found}；本版本使用 {known}）。請先在程式中開啟一次（程式會升級它並保留一份副本），再試一次；檔案未被改動。</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{path} is too big to attach ({size} MB; at most 50 MB).</source>
      <translation>{path} 太大，無法作為附件（{size} MB；最大 50 MB）。</translation>
    </message>
    <message>
      <location filename="../core/storage/database.py" />
      <source>{path} was written by a newer version of this program (data version {found}; this version knows up to {known}). Install the newer version to open it; the file was not changed.</source>
      <translation>{path} 由本程式的較新版本寫入（資料版本 {found}；本版本最高支援 {known}）。請安裝新版本後開啟；該檔案未做任何更改。</translation>
    </message>
    <message>
      <location filename="../core/storage/recovery.py" />
      <source>{path} was written by a newer version of this program (data version {found}; this version knows up to {known}); nothing was restored.</source>
      <translation>{path} 由本程式的較新版本寫入（資料版本 {found}；本版本最高支援 {known}）；未恢復任何內容。</translation>
    </message>
    <message>
      <location filename="../core/meetings/package.py" />
      <source>{path} was written by a newer version of this program; install it to read the file. Nothing was changed.</source>
      <translation>{path} 由本程式的更新版本寫入；請安裝新版本後再讀取。未作任何更改。</translation>
    </message>
    <message>
      <location filename="../core/notices/export.py" />
      <source>{path}: a notice is exported as .pdf or .docx.</source>
      <translation>{path}：通知只能匯出為 .pdf 或 .docx 檔案。</translation>
    </message>
    <message>
      <location filename="../cli/minutes.py" />
      <source>{path}: minutes and sign-in sheets are written as PDF; name the file .pdf.</source>
      <translation>{path}：紀要和簽到表只能寫為 PDF，請將檔案命名為 .pdf。</translation>
    </message>
    <message>
      <location filename="../core/meetings/minutes_source.py" />
      <source>{path}: minutes are exported as .pdf or .docx.</source>
      <translation>{path}：紀要只能匯出為 .pdf 或 .docx 檔案。</translation>
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
      <translation>{problem} 請在「檔案 → 設定」中設定帳戶。</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{reason} (the cell is left empty; the unit and the contact are imported)</source>
      <translation>{reason}（該儲存格留空；單位和聯絡人照常匯入）</translation>
    </message>
    <message>
      <location filename="../core/exchange/member_import.py" />
      <source>{reason} (the contact is left out; the unit is imported)</source>
      <translation>{reason}（該聯絡人未匯入；單位照常匯入）</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>{rows} rows ({units} member units, {contacts} contacts) written to {path}</source>
      <translation>已將 {rows} 列（成員單位 {units} 家，聯絡人 {contacts} 位）寫入 {path}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/signin.py" />
      <source>{signed} of {invited} signed in — {summary}</source>
      <translation>{invited} 人中已簽到 {signed} 人 — {summary}</translation>
    </message>
    <message>
      <location filename="../ui/meetings/view.py" />
      <source>{signins} sign-ins and {walk_ins} walk-ins written. Merge the file into the office database: Sign-in laptop → Merge sign-in results.</source>
      <translation>已寫入 {signins} 條簽到和 {walk_ins} 名現場登記人員。請把該檔案合併到辦公室的資料庫：簽到電腦 → 合併簽到結果。</translation>
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
      <translation>無法理解 {term}：請使用 all、level:…、committee:…、unit:&lt;編號&gt; 或 contact:&lt;編號&gt;。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: an id is a number.</source>
      <translation>{term}：編號應為數字。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such contact.</source>
      <translation>{term}：沒有這個聯絡人。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such member unit.</source>
      <translation>{term}：沒有這個會員單位。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such membership level.</source>
      <translation>{term}：沒有這個會員級別。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: no such professional committee.</source>
      <translation>{term}：沒有這個專業委員會。</translation>
    </message>
    <message>
      <location filename="../core/mail/selector.py" />
      <source>{term}: only a message about a call for nominations or a meeting has these recipients.</source>
      <translation>{term}：只有關於徵集或會議的郵件才有這類收件人。</translation>
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
      <translation>{title}不是從會議簽到包開啟的：其簽到記錄已在本資料庫中。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>{title}: this kind of record cannot be opened here yet.</source>
      <translation>{title}：此類記錄暫時無法在這裡開啟。</translation>
    </message>
    <message>
      <location filename="../ui/calls/returns_dialog.py" />
      <source>{total} forms read: {chosen} ticked to record, {bad} cannot be recorded.</source>
      <translation>共讀取 {total} 份表格：勾選登記 {chosen} 份，{bad} 份無法登記。</translation>
    </message>
    <message>
      <location filename="../ui/safety/backups_dialog.py" />
      <source>{units} member units, {contacts} contacts</source>
      <translation>成員單位 {units} 家，聯絡人 {contacts} 位</translation>
    </message>
    <message>
      <location filename="../core/meetings/attendance.py" />
      <source>{units} member units, {people} representatives present</source>
      <translation>{units} 家成員單位 {people} 名代表出席</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>{unit} has contacts but no primary contact.</source>
      <translation>{unit} 有聯絡人，但沒有主要聯絡人。</translation>
    </message>
    <message>
      <location filename="../core/records.py" />
      <source>{unit} has {count} primary contacts.</source>
      <translation>{unit} 有 {count} 位主要聯絡人。</translation>
    </message>
    <message>
      <location filename="../cli/calls.py" />
      <source>{value} is not a known {name}</source>
      <translation>{value} 不是已知的 {name}</translation>
    </message>
    <message>
      <location filename="../core/calls/pool.py" />
      <source>{value} is not one of the choices</source>
      <translation>{value} 不在可選項中</translation>
    </message>
    <message>
      <location filename="../core/calls/service.py" />
      <source>{value} is not one of the professional committees</source>
      <translation>{value} 不是聯盟的專業委員會</translation>
    </message>
    <message>
      <location filename="../core/safety/undo.py" />
      <source>“{action}” cannot be undone, nor anything done before it.</source>
      <translation>「{action}」無法復原，在它之前的操作也無法復原。</translation>
    </message>
    <message>
      <location filename="../ui/meetings/detail_pane.py" />
      <source>… and {count} more</source>
      <translation>……另有 {count} 項</translation>
    </message>
    <message>
      <location filename="../ui/exchange/import_dialog.py" />
      <source>… and {count} more.</source>
      <translation>……另有 {count} 筆。</translation>
    </message>
    <message>
      <location filename="../ui/overview/search_popup.py" />
      <source>↑↓ choose, Enter opens, Esc closes.</source>
      <translation>↑↓ 選擇，Enter 開啟，Esc 關閉。</translation>
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
      <translation>關於召開年度成員大會的通知
各成員單位：
一、會議時間
……
附件：1.參會回執
中國智慧城市產業聯盟
2026年3月5日</translation>
    </message>
  </context>
</TS>
