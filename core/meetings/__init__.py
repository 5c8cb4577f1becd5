"""Meetings (会议): the meetings themselves, invitees and attendance (sign-in on site or on
a laptop taken to the door), agenda items, decisions and action items followed to the end.

Modules: choices (vocabularies), service (meetings, minutes versions, notices),
attendance (invite, reply, status, sign-in, walk-ins, counts), signin_search,
agenda (agenda items, decisions, action items, progress notes), followup (across
meetings, overdue), record (the whole meeting as the minutes show it), package
(export to a laptop, results back, merge), records (record kinds), demo.
"""
