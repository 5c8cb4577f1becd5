"""Demo calls: the 2013 call for the expert group and the standards group (under notice
〔2013〕5号), with nominations in every review state, an expert pool covering all six sides,
a standards group roster, and the 2026 call for new members with applications.
Called by core.demo.fill_demo inside its action, through the services, so review history,
search text and approvals are what a clerk's own work would give.

Every person, ID number, mobile and credit code is invented: ID numbers have the right
check digit but belong to no one, mobiles come from the 1370000xxxx block."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from core.calls import service
from core.calls import nominations
from core.calls.choices import SIDES
from core.calls.people import id_check_char
from core.storage import calls as store
from core.storage.database import Database

COUNCIL_2 = "理事会第二次工作会议（2013年12月20日）"

FIELDS = {
    "government": ("智慧城市顶层设计", "城市规划与管理", "电子政务"),
    "industry": ("物联网终端与传感", "智能交通系统集成", "智能电网调度"),
    "academia": ("城市计算与大数据", "地理信息系统", "人工智能"),
    "research": ("信息安全", "通信网络", "标准化研究"),
    "user": ("城市运营管理", "公共服务应用", "智慧社区运营"),
    "capital": ("产业投资", "项目融资", "科技金融"),
}
WORK_UNITS = {
    "government": ("国家信息中心", "住房和城乡建设部科技与产业化发展中心", "南京市江宁区人民政府"),
    "industry": ("中兴通讯股份有限公司", "华为技术有限公司", "南京莱斯信息技术股份有限公司"),
    "academia": ("北京科技大学", "东南大学", "吉林大学"),
    "research": ("中国电子技术标准化研究院", "中国信息通信研究院", "中国科学院自动化研究所"),
    "user": ("长春市城市管理局", "无锡市公安局交通警察支队", "延吉市住房和城乡建设局"),
    "capital": ("国开金融有限责任公司", "中关村发展集团", "深圳市创新投资集团有限公司"),
}
TITLES = ("正高级工程师", "教授", "研究员", "高级工程师", "副教授", "副研究员", "高级经济师")
POSITIONS = ("总工程师", "院长", "副院长", "主任", "副主任", "处长", "总经理", "首席科学家", "所长")

# the states of the expert nominations, in order of receipt (approved ones cover all six sides)
EXPERT_STATES = (["approved"] * 14 + ["rejected"] * 3 + ["returned"] * 3 + ["review"] * 4 + ["formal_check"] * 3
                 + ["received"] * 3)
STANDARDS_STATES = ["approved"] * 9 + ["rejected", "returned", "review", "review", "formal_check", "received"]
RETURN_REASONS = ("推荐表未加盖推荐单位公章，请补盖后重新报送。", "缺少主要成果、著作与获奖情况，请补充。",
                  "身份证号与出生年月不一致，请核对后重新填写。")
REJECT_REASONS = ("研究方向与联盟专业委员会领域关联不大。", "从事本领域工作年限不足五年，暂不纳入。",
                  "本单位推荐人数超过名额，经评审择优推荐。")

APPLICANTS = (
    ("苏州智慧城市科技有限公司", "enterprise", "会员单位", "智能家居、智慧社区", "320505"),
    ("合肥城市云数据研究院", "research", "理事单位", "智能环保", "340104"),
    ("成都天府智能交通科技有限公司", "enterprise", "会员单位", "智能交通", "510107"),
    ("武汉光谷智慧医疗产业投资基金", "investment", "会员单位", "智慧医疗", "420111"),
    ("杭州城市大脑运营有限公司", "enterprise", "常务理事单位", "智能交通、智慧社区", "330106"),
    ("西安智慧教育研究中心", "research", "会员单位", "智慧教育", "610113"),
)
# none approved yet: the demo alliance keeps its 80 member units (the 2026 council has not met)
APPLICATION_STATES = ("review", "review", "rejected", "returned", "formal_check", "received")


@dataclass(frozen=True)
class DemoCalls:
    calls: int
    nominations: int
    experts: int
    standards_members: int


class _People:
    def __init__(self, rng: random.Random) -> None:
        from core.demo import FEMALE, MALE, SURNAMES

        self.rng, self.names, self.mobiles = rng, set(), set()
        self.surnames, self.male, self.female = SURNAMES, MALE, FEMALE

    def person(self) -> tuple[str, str]:
        while True:
            gender = self.rng.choice("MF")
            name = self.rng.choice(self.surnames) + self.rng.choice(self.male if gender == "M" else self.female)
            if name not in self.names:
                self.names.add(name)
                return name, gender

    def mobile(self) -> str:
        while True:
            number = f"1370000{self.rng.randint(0, 9999):04d}"
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def id_number(self, gender: str, born: dt.date) -> str:
        seq = self.rng.randint(10, 99) * 10 + (self.rng.choice((1, 3, 5, 7, 9)) if gender == "M"
                                                else self.rng.choice((0, 2, 4, 6, 8)))
        first17 = self.rng.choice(("110108", "320102", "220104", "310104")) + born.strftime("%Y%m%d") + f"{seq:03d}"
        return first17 + id_check_char(first17)


def _notice_id(db: Database, title_part: str) -> int | None:
    return next((i for i, title in ((r["id"], r["title"]) for r in store.notice_choices(db)) if title_part in title),
                None)


def _walk(db: Database, nomination_id: int, state: str, when: dt.date, rng: random.Random, reason_pool: dict) -> None:
    """Move a nomination along the review to ``state``, dated as a secretariat would."""
    day = when
    steps = {"received": [], "formal_check": ["formal_check"], "review": ["formal_check", "review"],
             "approved": ["formal_check", "review", "approved"], "rejected": ["formal_check", "review", "rejected"],
             "returned": ["returned"]}[state]
    for step in steps:
        day += dt.timedelta(days=rng.randint(1, 4))
        kwargs: dict = {}
        if step in ("approved", "rejected"):
            day = max(day, dt.date(2013, 12, 20)) if when.year == 2013 else day
            kwargs["decision_ref"] = COUNCIL_2 if when.year == 2013 else "2026年度理事会第三次会议"
        if step in ("returned", "rejected"):
            kwargs["reason"] = rng.choice(reason_pool[step])
        if step == "review":
            kwargs["reviewer_notes"] = "材料齐全，符合推荐条件，提交评审。"
        nominations.move_nomination(db, nomination_id, step, on_date=day.isoformat(), **kwargs)


def fill_demo_calls(db: Database, seed: int = 2013) -> DemoCalls:
    rng = random.Random(seed)
    people = _People(rng)
    notice = _notice_id(db, "专家组和标准组")
    units = [(r["id"], r["name"]) for r in store.targeted_units_all(db)]
    expert_call = service.create_call(db, {
        "kind": "expert", "title": "2013年联盟专家组专家推荐", "notice_id": notice, "opened_on": "2013-11-07",
        "deadline": "2013-11-30", "sides": SIDES.codes(),
        "notes": "各成员单位推荐1～2名专家，政、产、学、研、用、资本各方面均应有代表。"})
    standards_call = service.create_call(db, {
        "kind": "standards", "title": "2013年联盟标准组成员推荐", "notice_id": notice, "opened_on": "2013-11-07",
        "deadline": "2013-11-30", "committee_ids": [r["id"] for r in store.committees(db)][:5],
        "notes": "标准组成员应具有标准制修订工作经历。"})
    membership_call = service.create_call(db, {
        "kind": "membership", "title": "2026年新成员单位入会申请", "opened_on": "2026-03-01", "deadline": "2026-11-30",
        "notes": "常年受理，理事会审批后公布。"})
    committees = [r["name"] for r in store.committees(db)]
    reasons = {"returned": RETURN_REASONS, "rejected": REJECT_REASONS}
    count = 0
    sides = [s for s in SIDES.codes() for _ in range(3)]
    for i, state in enumerate(EXPERT_STATES):
        side = SIDES.codes()[i % 6] if state == "approved" else rng.choice(sides)
        name, gender = people.person()
        born = dt.date(rng.randint(1955, 1982), rng.randint(1, 12), rng.randint(1, 28))
        unit_id, unit_name = units[(i * 7) % len(units)]
        work_unit = rng.choice(WORK_UNITS[side])
        received = dt.date(2013, 11, 10) + dt.timedelta(days=i % 20)
        n = nominations.record_nomination(db, expert_call.id, {
            "name": name, "gender": gender, "birth_date": born.isoformat(), "ethnicity": "汉族",
            "id_number": people.id_number(gender, born) if i % 3 else "", "mobile": people.mobile(),
            "email": f"expert{i + 1:02d}@mail-demo.cn", "work_unit": work_unit, "side": side,
            "fields": rng.choice(FIELDS[side]), "title": rng.choice(TITLES), "position": rng.choice(POSITIONS),
            "committees": rng.sample(committees, rng.choice((1, 1, 2))), "nominating_unit_id": unit_id,
            "received_on": received.isoformat(), "work_history": "长期从事智慧城市相关领域的研究与实践工作。"})
        _walk(db, n.id, state, received, rng, reasons)
        count += 1
    for i, state in enumerate(STANDARDS_STATES):
        name, gender = people.person()
        born = dt.date(rng.randint(1960, 1985), rng.randint(1, 12), rng.randint(1, 28))
        unit_id, unit_name = units[(i * 5 + 3) % len(units)]
        received = dt.date(2013, 11, 12) + dt.timedelta(days=i)
        n = nominations.record_nomination(db, standards_call.id, {
            "name": name, "gender": gender, "birth_date": born.isoformat(), "mobile": people.mobile(),
            "email": f"std{i + 1:02d}@mail-demo.cn", "work_unit": unit_name, "nominating_unit_id": unit_id,
            "title": rng.choice(TITLES), "position": rng.choice(POSITIONS),
            "specialty": rng.choice(("物联网标准", "智能交通标准", "数据共享与交换", "信息安全标准", "城市评价指标")),
            "committees": rng.sample(committees[:5], 1), "received_on": received.isoformat()})
        _walk(db, n.id, state, received, rng, reasons)
        count += 1
    from core.demo import _credit_code

    for i, ((unit_name, unit_type, level, wanted, division), state) in enumerate(zip(APPLICANTS, APPLICATION_STATES)):
        name, gender = people.person()
        received = dt.date(2026, 3, 15) + dt.timedelta(days=30 * i)
        recommender_id, recommender = units[(i * 11) % len(units)]
        n = nominations.record_nomination(db, membership_call.id, {
            "name": unit_name, "credit_code": _credit_code(rng, "91" if unit_type in ("enterprise", "investment")
                                                           else "12", division, True),
            "unit_type": unit_type, "level": level, "committees": wanted, "contact_name": name,
            "contact_position": "办公室主任", "mobile": people.mobile(), "email": f"apply{i + 1}@mail-demo.cn",
            "legal_rep": people.person()[0], "nominating_unit": recommender, "nominating_unit_id": recommender_id,
            "business": "智慧城市相关产品研发与服务。", "received_on": received.isoformat()})
        _walk(db, n.id, state, received, rng, reasons)
        count += 1
    experts = len(store.pool_ids(db, "experts", {}))
    roster = len(store.pool_ids(db, "standards_members", {}))
    return DemoCalls(3, count, experts, roster)
