"""Demo meetings, recorded through the meeting services (inside the demo's one action):

* 2013-10-10 the founding assembly (成立大会);
* 2013-11-06 理事会第一次工作会议 at 北京中兴大厦 as domain.md tells it: about 60
  representatives of 40 member units (「40 家成员单位 58 名代表出席」), representatives of
  国家标准化管理委员会 attending without a vote, vice-chair 王志良 in the chair,
  secretary-general 熊垓智 summing up; the expert group and the standards group, the
  notice with its two nomination forms, agreements with six cities followed up;
* a dozen more meetings across 2013–2026 with done, dropped, open and overdue action items.
  The last ones are dated from today, so that some items are always overdue and one
  meeting is always ahead, its invitations half answered.

Names of people are invented (王志良 and 熊垓智 are the names domain.md gives).
Called by core.demo.fill_demo; returns the number of meetings made.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from core.meetings import agenda, attendance, service
from core.storage import meetings as store
from core.storage import units as unit_store
from core.storage.database import Database

SIX_CITIES = [("长春市", "长春市智慧城市建设促进中心"), ("延吉市", "延吉市数字城市服务中心"),
              ("无锡市", "无锡梁溪物联网产业发展中心"), ("南京市江宁区", "南京市江宁区智慧城市建设服务中心"),
              ("樟树市", "樟树市药都智慧城市运营有限公司"), ("包头市", "包头市大数据发展服务中心")]
SECRETARIAT = "联盟秘书处"
ADDED_CONTACTS: list[int] = []  # contacts the meetings needed (王志良), counted in the demo's summary
STANDARDS_BODY = "国家标准化管理委员会"


def _at(day: str, minutes_after_eight: int) -> str:
    moment = dt.datetime.fromisoformat(f"{day}T08:00:00") + dt.timedelta(minutes=minutes_after_eight)
    return moment.isoformat(timespec="seconds")


def _units_by_join(db: Database) -> list[Any]:
    """Live units, earliest members first (id, name, level, join_date)."""
    return store.units_by_join_date(db)


def _unit_id(db: Database, name: str) -> int | None:
    row = unit_store.find_active_by(db, "name", name)
    return row["id"] if row else None


def _notice_id(db: Database, title: str) -> int | None:
    from core.notices.queries import NoticeFilter, notice_ids, notice_rows

    ids = notice_ids(db, NoticeFilter(text=title))
    rows = notice_rows(db, ids)
    return next((i for i in ids if rows[i].title == title), None)


def _sign_in_everyone(db: Database, meeting_id: int, day: str, rng: random.Random, keep_out: set[int]) -> None:
    minute = 20
    for a in attendance.list_attendees(db, meeting_id):
        if a.id in keep_out or a.signed_in or a.substitute_for is not None:
            continue
        if a.status in ("leave", "absent"):
            continue
        minute += rng.choice((0, 1, 1, 2))
        attendance.sign_in(db, a.id, at=_at(day, minute), device="签到台")


def _founding_assembly(db: Database, rng: random.Random, units: list[Any]) -> int:
    day = "2013-10-10"
    m = service.create_meeting(db, {
        "kind": "general_assembly", "title": "中国智慧城市产业联盟成立大会", "meeting_date": day,
        "start_time": "09:00", "end_time": "12:00", "place": "北京国际会议中心", "organiser": "联盟筹备组",
        "chair": "王志良", "recorder": "刘晓琳", "notes": "首批成员单位代表及有关部门领导出席。"})
    attendance.invite_units(db, m.id, [u["id"] for u in units[:30]], people="primary")
    attendance.add_guest(db, m.id, "周建民", STANDARDS_BODY, "处长")
    attendance.add_guest(db, m.id, "孙立群", "工业和信息化部", "调研员")
    people = attendance.list_attendees(db, m.id)
    attendance.set_reply(db, [a.id for a in people], "attend")
    _sign_in_everyone(db, m.id, day, rng, set())
    items = [agenda.add_agenda_item(db, m.id, t, n, p) for t, n, p in (
        ("审议《中国智慧城市产业联盟章程》", "筹备组说明章程起草过程，与会代表逐条审议，无异议通过。", "联盟筹备组"),
        ("选举产生第一届理事会", "以无记名投票方式选举理事长单位、副理事长单位、常务理事单位和理事单位。", "监票人"),
        ("审议首批成员单位名单", "首批成员单位包括科研院所26家、企业80余家。", "联盟筹备组"))]
    for item, text in zip(items, ("审议通过《中国智慧城市产业联盟章程》。", "选举产生第一届理事会，王志良同志所在单位当选副理事长单位。",
                                  "审议通过首批成员单位名单，由秘书处发文公布。")):
        agenda.add_decision(db, m.id, text, item.id)
    notice = _notice_id(db, "关于公布中国智慧城市产业联盟首批成员单位名单的通知")
    action = agenda.add_action_item(db, m.id, {"text": "发文公布首批成员单位名单", "unit_name": SECRETARIAT,
                                               "person": "熊垓智", "due_date": "2013-10-20"})
    agenda.mark_done(db, action.id, "熊垓智", "2013-10-15")
    convening = _notice_id(db, "关于召开中国智慧城市产业联盟成立大会的通知")
    if convening:
        service.link_notice(db, m.id, convening, "convening")
    if notice:
        service.link_notice(db, m.id, notice, "other")
    service.set_minutes_line(db, m.id, "第1期", "2013-10-12")
    service.approve_minutes(db, m.id, approved_at="2013-10-14T10:00:00")
    return m.id


def _first_council_working_meeting(db: Database, rng: random.Random, units: list[Any]) -> int:
    """理事会第一次工作会议, 2013-11-06: 40 units, 58 representatives present, 列席 guests."""
    from core.members.contacts import insert_contact, validate_contact

    day = "2013-11-06"
    forty = units[:40]
    m = service.create_meeting(db, {
        "kind": "council", "title": "理事会第一次工作会议", "meeting_date": day, "start_time": "09:00",
        "end_time": "11:30", "place": "北京中兴大厦", "organiser": SECRETARIAT, "chair": "王志良",
        "recorder": "刘晓琳",
        "notes": "副理事长王志良主持会议，秘书长熊垓智作总结讲话。国家标准化管理委员会有关同志列席会议。"})
    # 王志良 represents a vice-chair unit (the demo's contacts are drawn at random: he is added to one)
    vice = next(u for u in forty if u["level"] == "vice_chair" and len(store.unit_contacts(db, u["id"])) < 4)
    chair_contact = next((c["id"] for c in store.unit_contacts(db, vice["id"]) if c["name"] == "王志良"), None)
    if chair_contact is None:
        website = unit_store.get(db, vice["id"])["website"] or "www.alliance-demo.cn"
        chair_contact = insert_contact(db, validate_contact({
            "unit_id": vice["id"], "name": "王志良", "gender": "M", "position": "副院长", "title": "研究员",
            "email": "wangzhiliang@" + website.removeprefix("www.")}))
        ADDED_CONTACTS.append(chair_contact)
    attendance.invite_contacts(db, m.id, [chair_contact])
    attendance.invite_units(db, m.id, [u["id"] for u in forty], people="primary")
    seconds: list[int] = []
    for u in forty:
        extra = [c["id"] for c in store.unit_contacts(db, u["id"]) if c["id"] not in store.invited_contacts(db, m.id)]
        if extra and len(seconds) < 20:
            seconds.append(extra[0])
    attendance.invite_contacts(db, m.id, seconds)
    people = attendance.list_attendees(db, m.id)  # 61 representatives of 40 units
    attendance.set_reply(db, [a.id for a in people], "attend")
    second_rows = [a for a in people if a.contact_id in set(seconds)]
    excused, absent, represented = second_rows[:2], second_rows[2], second_rows[3]
    attendance.set_reply(db, [a.id for a in excused] + [represented.id], "leave")
    attendance.set_status(db, [a.id for a in excused], "leave")
    attendance.set_status(db, [absent.id], "absent")
    attendance.set_substitute(db, m.id, represented.id, "陈思远", "工程师", sign_in_now=True, at=_at(day, 48))
    guests = [attendance.add_guest(db, m.id, name, STANDARDS_BODY, position)
              for name, position in (("周建民", "处长"), ("吴晓梅", "主任科员"))]
    guests.append(attendance.add_guest(db, m.id, "熊垓智", SECRETARIAT, "秘书长"))
    _sign_in_everyone(db, m.id, day, rng, set())
    # a mistaken sign-in, undone at the desk and signed in again
    someone = next(a for a in attendance.list_attendees(db, m.id) if a.signed_in and not a.is_guest)
    attendance.undo_sign_in(db, someone.id)
    attendance.sign_in(db, someone.id, at=_at(day, 55), device="签到台")

    items = [agenda.add_agenda_item(db, m.id, title, notes, presenter) for title, notes, presenter in (
        ("会员管理中心汇报与国家标准化管理委员会的沟通情况",
         "会员管理中心汇报了与国家标准化管理委员会就智慧城市标准体系建设开展沟通的情况。列席会议的国家标准化管理委员会"
         "同志介绍了有关工作安排，希望联盟发挥成员单位优势，参与标准研究。", "会员管理中心"),
        ("研究组建联盟专家组和标准组",
         "与会代表认为，组建专家组和标准组是联盟开展标准研究和咨询服务的基础。专家从政、产、学、研、用、资本六个方面推荐产生。"
         "会议同意由秘书处发布通知，附专家推荐表和标准组推荐表。", "秘书处"),
        ("项目服务中心汇报与六个城市签署合作协议情况",
         "项目服务中心汇报了与长春市、延吉市、无锡市、南京市江宁区、樟树市、包头市签署合作协议的进展，"
         "提出由各城市所在地成员单位配合开展对接。", "项目服务中心"),
        ("研究部署11—12月工作", "秘书长熊垓智作总结讲话，对11—12月重点工作作出部署。", "熊垓智"))]
    texts = ["同意组建中国智慧城市产业联盟专家组，专家从政、产、学、研、用、资本六个方面推荐产生。",
             "同意组建中国智慧城市产业联盟标准组，配合国家标准化管理委员会开展智慧城市标准研究。",
             "由秘书处发布《关于成立中国智慧城市产业联盟专家组和标准组的通知》，附专家推荐表和标准组推荐表，"
             "请各成员单位于2013年11月30日前报送。",
             "由项目服务中心牵头，与六个合作城市分别建立对接机制，于2013年12月底前完成首轮对接。"]
    decisions = [agenda.add_decision(db, m.id, t, items[i if i < 3 else 2].id) for i, t in
                 enumerate(texts)]
    decisions_by_item = {0: decisions[0], 1: decisions[2], 2: decisions[3]}
    notice_action = agenda.add_action_item(db, m.id, {
        "text": "印发关于成立专家组和标准组的通知（附专家推荐表、标准组推荐表）", "unit_name": SECRETARIAT,
        "person": "熊垓智", "due_date": "2013-11-10", "agenda_item_id": items[1].id,
        "decision_id": decisions_by_item[1].id})
    agenda.mark_done(db, notice_action.id, "熊垓智", "2013-11-07")
    collect = agenda.add_action_item(db, m.id, {
        "text": "汇总成员单位报送的推荐表，完成形式审查", "unit_name": SECRETARIAT, "person": "刘晓琳",
        "due_date": "2013-12-15", "agenda_item_id": items[1].id, "decision_id": decisions[0].id})
    agenda.add_progress(db, collect.id, "已收到推荐表37份，其中3份未加盖公章，已通知补正。", "2013-12-02")
    agenda.mark_done(db, collect.id, "刘晓琳", "2013-12-13")
    outcomes = [("done", "2013-12-20"), ("done", "2013-12-27"), ("done", "2014-01-08"), ("done", "2013-12-30"),
                ("dropped", "2014-03-01"), ("done", "2014-01-15")]
    for (city, unit_name), (outcome, when) in zip(SIX_CITIES, outcomes):
        unit_id = _unit_id(db, unit_name)
        contacts = store.unit_contacts(db, unit_id) if unit_id else []
        item = agenda.add_action_item(db, m.id, {
            "text": f"与{city}对接合作协议落实事项，形成对接纪要", "unit_id": unit_id,
            "contact_id": contacts[0]["id"] if contacts else None, "due_date": "2013-12-31",
            "agenda_item_id": items[2].id, "decision_id": decisions_by_item[2].id})
        agenda.add_progress(db, item.id, f"已与{city}有关部门召开第一次对接会。", "2013-11-28")
        if outcome == "done":
            agenda.mark_done(db, item.id, "项目服务中心", when)
        else:
            agenda.drop_action_item(db, item.id, "项目服务中心", f"{city}机构调整，协议由新的主管部门重新商定，本事项撤销。")
    convening = _notice_id(db, "关于召开联盟理事会第一次工作会议的通知")
    if convening:
        service.link_notice(db, m.id, convening, "convening")
    call = _notice_id(db, "关于成立中国智慧城市产业联盟专家组和标准组的通知")
    if call:
        service.link_notice(db, m.id, call, "other")
    service.set_minutes_line(db, m.id, "第2期", "2013-11-08")
    service.circulate_minutes(db, m.id)
    service.approve_minutes(db, m.id, approved_at="2013-11-12T10:00:00")
    return m.id


# kind, title, date, place, committee code or None, [(action text, due, outcome, done on)]
LATER = [
    ("standing_council", "常务理事会2014年第一次会议", "2014-01-10", "北京中兴大厦", None,
     [("印发《2014年工作要点》", "2014-01-15", "done", "2014-01-10"),
      ("启动2014年度会费收缴工作", "2014-03-31", "done", "2014-03-03")]),
    ("committee", "智能交通专业委员会2014年工作会议", "2014-06-20", "上海申联大厦", "traffic",
     [("编制城市交通信号控制系统技术规范（征求意见稿）", "2014-12-31", "done", "2015-01-20")]),
    ("council", "理事会2015年工作会议", "2015-03-18", "南京江宁开发区管委会", None,
     [("组织成员单位参加智慧城市试点申报", "2015-06-30", "done", "2015-06-12"),
      ("建立项目池、专利池、资本池工作机制", "2015-12-31", "dropped", "2016-03-01")]),
    ("general_assembly", "2016年度会员大会", "2016-12-15", "杭州国际博览中心", None,
     [("增补理事单位的审批手续", "2017-02-28", "done", "2017-02-20")]),
    ("committee", "智慧医疗专业委员会2018年会议", "2018-05-22", "深圳南山科技园", "healthcare",
     [("汇编区域医疗信息平台服务案例", "2018-10-31", "done", "2018-11-15")]),
    ("standing_council", "常务理事会2019年第二次会议", "2019-11-06", "北京中兴大厦", None,
     [("完成会员信息三年一次更新", "2020-03-31", "done", "2020-06-30")]),
    ("working", "标准组工作推进会", "2021-07-08", "线上会议", None,
     [("报送团体标准立项建议", "2021-09-30", "dropped", "2021-10-15")]),
    ("council", "理事会2023年第一次会议", "2023-04-12", "成都天府国际会议中心", None,
     [("修订联盟章程，提交会员大会审议", "2023-09-30", "open", None),
      ("完成2023年度财务审计", "2023-12-31", "done", "2024-01-20")]),
    ("general_assembly", "2024年度会员大会", "2024-12-10", "无锡太湖国际博览中心", None,
     [("编制联盟五年发展规划（2025—2029）", "2025-06-30", "done", "2025-07-10")]),
    ("committee", "智慧社区专业委员会2025年工作会议", "2025-09-16", "北京中城智联大厦", "community",
     [("形成智慧社区综合管理平台建设指南初稿", "2026-03-31", "open", None)]),
]


def _later_meeting(db: Database, rng: random.Random, units: list[Any], spec: tuple, committees: dict[str, int]
                   ) -> int:
    kind, title, day, place, committee, actions = spec
    m = service.create_meeting(db, {"kind": kind, "title": title, "meeting_date": day, "start_time": "09:30",
                                    "end_time": "11:30", "place": place, "organiser": SECRETARIAT,
                                    "chair": "王志良" if kind != "committee" else "", "recorder": "刘晓琳",
                                    "committee_id": committees.get(committee) if committee else None})
    if committee:
        attendance.invite_committee(db, m.id, committees[committee])
    else:
        pool = [u["id"] for u in units if u["join_date"] <= day]
        attendance.invite_units(db, m.id, rng.sample(pool, min(len(pool), rng.randint(12, 20))))
    people = attendance.list_attendees(db, m.id)
    attendance.set_reply(db, [a.id for a in people], "attend")
    if people:
        attendance.set_reply(db, [people[0].id], "leave")
        attendance.set_status(db, [people[0].id], "leave")
    if day <= dt.date.today().isoformat():
        _sign_in_everyone(db, m.id, day, rng, set())
        attendance.set_status(db, [a.id for a in attendance.list_attendees(db, m.id) if a.status == ""], "absent")
    item = agenda.add_agenda_item(db, m.id, "通报上次会议督办事项落实情况", "秘书处逐项通报落实情况。", SECRETARIAT)
    agenda.add_decision(db, m.id, f"原则通过{title}各项议题。", item.id)
    for text, due, outcome, done_on in actions:
        responsible = rng.choice(people) if people else None
        action = agenda.add_action_item(db, m.id, {
            "text": text, "unit_id": responsible.unit_id if responsible else None,
            "contact_id": responsible.contact_id if responsible else None, "due_date": due,
            "agenda_item_id": item.id})
        if outcome == "done":
            agenda.mark_done(db, action.id, "刘晓琳", done_on)
        elif outcome == "dropped":
            agenda.drop_action_item(db, action.id, "刘晓琳", "经会议研究，本事项不再推进。")
        else:
            agenda.add_progress(db, action.id, "已形成初稿，正在征求成员单位意见。", due)
    return m.id


def _recent_meetings(db: Database, rng: random.Random, units: list[Any], today: dt.date) -> list[int]:
    """Meetings dated from today: overdue and open items, circulated minutes, a meeting ahead."""
    made = []
    working_day = today - dt.timedelta(days=40)
    w = service.create_meeting(db, {
        "kind": "working", "title": "秘书处第四季度工作会议", "meeting_date": working_day.isoformat(),
        "start_time": "14:00", "end_time": "16:00", "place": "联盟秘书处会议室", "organiser": SECRETARIAT,
        "chair": "熊垓智", "recorder": "刘晓琳"})
    for name, unit in (("熊垓智", SECRETARIAT), ("刘晓琳", SECRETARIAT), ("高文博", "会员管理中心"),
                       ("何晓东", "项目服务中心")):
        attendance.add_guest(db, w.id, name, unit, status="present")
    item = agenda.add_agenda_item(db, w.id, "年度会员大会筹备工作", "讨论会议方案、材料分工和时间安排。", "熊垓智")
    agenda.add_decision(db, w.id, "年度会员大会筹备工作由秘书处统筹，各中心分工负责。", item.id)
    for text, days, person in (("起草理事会年度工作报告", -12, "高文博"), ("完成年度财务报告初稿", -3, "何晓东"),
                               ("确定会员大会会场并签订协议", 10, "刘晓琳"), ("印制会员大会材料", 25, "刘晓琳")):
        due = (today + dt.timedelta(days=days)).isoformat()
        action = agenda.add_action_item(db, w.id, {"text": text, "unit_name": SECRETARIAT, "person": person,
                                                   "due_date": due, "agenda_item_id": item.id})
        if days < 0:
            agenda.add_progress(db, action.id, "进度滞后，已提醒责任人。", (today - dt.timedelta(days=1)).isoformat())
    service.approve_minutes(db, w.id, approved_at=f"{(working_day + dt.timedelta(days=3)).isoformat()}T10:00:00")
    made.append(w.id)

    standing_day = today - dt.timedelta(days=10)
    s = service.create_meeting(db, {
        "kind": "standing_council", "title": f"常务理事会{standing_day.year}年第三次会议",
        "meeting_date": standing_day.isoformat(), "start_time": "09:30", "end_time": "11:30",
        "place": "南京江宁开发区管委会", "organiser": SECRETARIAT, "chair": "王志良", "recorder": "刘晓琳"})
    attendance.invite_by_level(db, s.id, ["chair", "vice_chair", "standing"])
    _sign_in_everyone(db, s.id, standing_day.isoformat(), rng, set())
    item = agenda.add_agenda_item(db, s.id, "审议增补理事单位建议名单", "秘书处介绍初审情况。", SECRETARIAT)
    agenda.add_decision(db, s.id, "同意将增补理事单位建议名单提交会员大会审议。", item.id)
    agenda.add_action_item(db, s.id, {"text": "向建议增补单位发送征求意见函", "unit_name": SECRETARIAT,
                                      "person": "刘晓琳", "due_date": (today + dt.timedelta(days=5)).isoformat(),
                                      "agenda_item_id": item.id})
    agenda.carry_open_items(db, s.id, [a.id for a in agenda.list_action_items(db, w.id) if a.overdue(today)])
    service.set_minutes_line(db, s.id, f"〔{standing_day.year}〕3号")
    service.circulate_minutes(db, s.id)
    made.append(s.id)

    ahead = today + dt.timedelta(days=17)
    g = service.create_meeting(db, {
        "kind": "general_assembly", "title": f"{ahead.year}年度会员大会", "meeting_date": ahead.isoformat(),
        "start_time": "09:00", "end_time": "17:00", "place": "南京国际博览中心", "organiser": SECRETARIAT,
        "chair": "王志良", "recorder": "刘晓琳"})
    attendance.invite_by_level(db, g.id, ["chair", "vice_chair", "standing", "council", "member"])
    people = attendance.list_attendees(db, g.id)
    rng.shuffle(people)
    attendance.set_reply(db, [a.id for a in people[: len(people) // 2]], "attend")
    attendance.set_reply(db, [a.id for a in people[len(people) // 2: len(people) // 2 + 5]], "leave")
    attendance.add_guest(db, g.id, "周建民", STANDARDS_BODY, "处长")
    for title in ("审议理事会年度工作报告", "审议年度财务报告", "审议增补理事单位名单"):
        agenda.add_agenda_item(db, g.id, title)
    notice = _notice_id(db, f"关于召开{ahead.year}年度会员大会的通知")
    if notice:
        service.link_notice(db, g.id, notice, "convening")
    made.append(g.id)
    return made


def fill_demo_meetings(db: Database, seed: int = 2013, today: dt.date | None = None) -> tuple[int, int]:
    """The demo meetings (see the module's docstring); returns how many meetings were made and how
    many contacts were added for them (王志良, the chair of 2013-11-06, joins a vice-chair unit)."""
    ADDED_CONTACTS.clear()
    from core.members.committees import list_committees

    rng = random.Random(seed)
    today = today or dt.date.today()
    units = _units_by_join(db)
    committees = {c.code: c.id for c in list_committees(db)}
    made = [_founding_assembly(db, rng, units), _first_council_working_meeting(db, rng, units)]
    for spec in LATER:
        meeting_id = _later_meeting(db, rng, units, spec, committees)
        if spec[2] < (today - dt.timedelta(days=60)).isoformat():
            service.approve_minutes(db, meeting_id, approved_at=f"{spec[2]}T17:00:00")
        made.append(meeting_id)
    made += _recent_meetings(db, rng, units, today)
    return len(made), len(ADDED_CONTACTS)
