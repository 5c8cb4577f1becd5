"""The vocabularies of calls and nominations: kinds, expert sides, review states.

Stored as stable English codes, shown through the translation catalogs; ``parse``
also reads the Chinese words of the forms (政/产/学/研/用/资本, 已收到...).
"""

from __future__ import annotations

from core.i18n import N_
from core.members.choices import Choice, Vocabulary

CALL_KINDS = Vocabulary([
    Choice("expert", N_("Expert group"), ("专家组", "专家", "专家推荐表")),
    Choice("standards", N_("Standards group"), ("标准组", "标准", "标准组推荐表")),
    Choice("membership", N_("Membership"), ("入会", "成员单位", "会员", "入会申请表", "成员单位入会申请表")),
])

SIDES = Vocabulary([  # the six sides experts are drawn from, in the order the alliance names them
    Choice("government", N_("Government"), ("政", "政府")),
    Choice("industry", N_("Industry"), ("产", "产业", "企业")),
    Choice("academia", N_("Academia"), ("学", "高校", "学术")),
    Choice("research", N_("Research"), ("研", "科研", "研究")),
    Choice("user", N_("Users"), ("用", "用户", "应用")),
    Choice("capital", N_("Capital"), ("资本", "投资", "资")),
])

SIDE_CHARACTERS = {"government": "政", "industry": "产", "academia": "学", "research": "研", "user": "用",
                   "capital": "资本"}

STATES = Vocabulary([
    Choice("received", N_("Received"), ("已收到", "收到")),
    Choice("formal_check", N_("Formal check"), ("形式审查",)),
    Choice("review", N_("Review"), ("评审", "评审中")),
    Choice("approved", N_("Approved"), ("通过", "已通过")),
    Choice("rejected", N_("Not approved"), ("不通过", "未通过")),
    Choice("returned", N_("Returned for completion"), ("退回补充", "退回")),
])

# where a nomination may go from each state (the review's rules)
TRANSITIONS = {
    "received": ("formal_check", "returned", "rejected"),
    "formal_check": ("review", "returned", "rejected"),
    "review": ("approved", "rejected", "returned"),
    "returned": ("received", "formal_check"),
    "approved": (),
    "rejected": (),
}
NEEDS_REASON = frozenset({"returned", "rejected"})
FINAL = frozenset({"approved", "rejected"})
