"""E-mail to member units: recipients from a selector, templates, attachments, drafts
(.eml) for the clerk's mail program, and an outbox sent over SMTP (no Qt here).

selector.py   which contacts a SELECTOR names (all, level:, committee:, unit:, contact:)
templates.py  subject and body templates with fields ({单位名称} / {unit} ...), in a script
sources.py    what a message is about (a notice, a call, a meeting): fields, groups, attachments
compose.py    a plan: one prepared message per recipient, previews, size warnings
message.py    the MIME message (headers that cannot carry a line break, names clients read)
drafts.py     one .eml draft per recipient in a folder
account.py    the SMTP account (settings) and its password (the OS keyring)
outbox.py     queueing (one action), the outbox and sent log, the clerk's fixes
sending.py    the sender: claim, send, record; reconcile after a crash
"""
