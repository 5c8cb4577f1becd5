"""Vocabularies of meetings, stored as stable codes and shown through the catalogs."""

from __future__ import annotations

from core.i18n import N_
from core.members.choices import Choice, Vocabulary

KINDS = Vocabulary([
    Choice("general_assembly", N_("General assembly"), ("会员大会", "成员大会", "全体会员大会", "成立大会")),
    Choice("council", N_("Council meeting"), ("理事会", "理事会会议")),
    Choice("standing_council", N_("Standing council meeting"), ("常务理事会", "常务理事会会议")),
    Choice("working", N_("Working meeting"), ("工作会议", "工作会")),
    Choice("committee", N_("Committee meeting"), ("专委会会议", "专业委员会会议", "专委会")),
    Choice("other", N_("Other meeting"), ("其他", "其它")),
])

# the invitee's answer to the invitation
REPLIES = Vocabulary([
    Choice("pending", N_("No reply"), ("未回复",)),
    Choice("attend", N_("Will attend"), ("参加", "出席")),
    Choice("leave", N_("Sends apologies"), ("请假",)),
])

# what happened on the day ('' = not yet known)
STATUSES = Vocabulary([
    Choice("present", N_("Present"), ("出席",)),
    Choice("observer", N_("Attending without a vote"), ("列席",)),
    Choice("leave", N_("Excused"), ("请假",)),
    Choice("absent", N_("Absent"), ("缺席",)),
])

ACTION_STATUSES = Vocabulary([
    Choice("open", N_("Open"), ("未完成", "进行中", "待办")),
    Choice("done", N_("Done"), ("已完成", "完成")),
    Choice("dropped", N_("Dropped"), ("已撤销", "撤销", "取消")),
])

MINUTES_STATUSES = Vocabulary([
    Choice("draft", N_("Draft"), ("草稿",)),
    Choice("circulated", N_("Circulated for comments"), ("征求意见", "征求意见稿")),
    Choice("approved", N_("Adopted"), ("已审定", "审定", "通过")),  # (a nomination's "Approved" is 通过)
    Choice("superseded", N_("Superseded"), ("已更正",)),
])

PRESENT = ("present", "observer")  # statuses of people who were there
