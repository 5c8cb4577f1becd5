"""Meetings (会议): the list with a detail pane, the meeting editor (facts, invitees and
attendance, agenda and decisions, action items, minutes), sign-in at the door, the
follow-up of action items across meetings, and meeting packages for a sign-in laptop."""
