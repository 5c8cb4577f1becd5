"""The 2013-11-06 council working meeting (domain notes) as ``Minutes``: for previews, the
benchmark and the tests. Names of people and most units are invented; the structure is real."""

from __future__ import annotations

import datetime as dt

from core.meetings.minutes_model import ActionItem, AgendaItem, Attendee, Decision, Minutes

ALLIANCE = "中国智慧城市产业联盟"
_LEVELS = ["chair", "vice_chair", "vice_chair", "standing", "standing", "standing"] + ["council"] * 14 + ["member"] * 20
_UNIT_WORDS = ["智慧城市研究院", "信息技术有限公司", "物联网科技有限公司", "软件股份有限公司", "大学信息学院",
               "通信设计院", "数据科技有限公司", "规划设计研究院"]
_PLACES = ["北京", "上海", "天津", "重庆", "南京", "无锡", "长春", "延吉", "包头", "樟树", "杭州", "深圳", "广州",
           "成都", "武汉", "西安", "济南", "沈阳", "厦门", "合肥"]
_SURNAMES = ["王", "丁", "马", "毛", "方", "孔", "尹", "叶", "司马", "欧阳", "吉", "刘", "李", "张", "陈", "郭",
             "董", "熊", "于", "余", "赵", "周", "吴", "郑", "孙", "钱", "朱", "何", "高", "罗"]
_GIVEN = ["志良", "堃", "喆", "明", "红", "伟", "宁", "力", "青", "𠮷", "犇", "镕", "建国", "晓燕", "海涛", "立新",
          "秀英", "文博", "子涵", "俊杰"]


def units(count: int = 40) -> list[tuple[str, str]]:
    """(name, level code) of ``count`` invented member units, highest level first."""
    out = []
    for k in range(count):
        out.append((f"{_PLACES[k % len(_PLACES)]}{_UNIT_WORDS[k % len(_UNIT_WORDS)]}",
                    _LEVELS[k % len(_LEVELS)]))
    return out


def people(count: int, unit_list: list[tuple[str, str]], offset: int = 0) -> list[Attendee]:
    out = []
    for k in range(count):
        unit, level = unit_list[(k + offset) % len(unit_list)]
        name = _SURNAMES[(k * 7 + offset) % len(_SURNAMES)] + _GIVEN[(k * 3 + offset) % len(_GIVEN)]
        out.append(Attendee(name, unit, level, title="代表"))
    return out


def sample_minutes(attendees: int = 60, status: str = "approved") -> Minutes:
    """The minutes of the council's first working meeting with ``attendees`` present."""
    unit_list = units(40)
    present = people(attendees, unit_list)
    present[0] = Attendee("王志良", unit_list[1][0], "vice_chair", title="副理事长")
    present[1] = Attendee("熊垓智", f"{ALLIANCE}秘书处", "chair", title="秘书长")
    if attendees > 3:
        present[3].substitute_for = "孙立新"
    absent = [Attendee("陈犇", unit_list[5][0], unit_list[5][1]), Attendee("欧阳明", unit_list[30][0], "member")]
    observers = [Attendee("周某", "国家标准化管理委员会"), Attendee("吴某", "国家标准化管理委员会")]
    items = [
        AgendaItem("会员管理中心工作情况",
                   "会员管理中心报告了与国家标准化管理委员会沟通的情况。联盟拟组建专家组和标准组，"
                   "由秘书处发出通知，附专家推荐表和标准组推荐表。"),
        AgendaItem("项目服务中心工作情况",
                   "项目服务中心报告了与长春市、延吉市、无锡市、南京市江宁区、樟树市、包头市签署合作协议的情况。"),
        AgendaItem("秘书长总结讲话",
                   "秘书长熊垓智对下一阶段工作作了部署，要求各中心按照会议议定事项抓好落实。"),
    ]
    decisions = [Decision(1, "同意组建专家组和标准组，由秘书处于11月内发出征集通知。"),
                 Decision(2, "专家组成员从政、产、学、研、用、资本六个方面推荐产生。"),
                 Decision(3, "11月至12月逐一跟进六个合作城市的协议落实情况，每月向理事会通报。")]
    actions = [ActionItem("起草并发出征集专家组和标准组成员的通知", f"{ALLIANCE}秘书处", "熊垓智",
                          dt.date(2013, 11, 15), "done"),
               ActionItem("汇总各成员单位推荐材料并提交理事会审议", "会员管理中心", "李喆", dt.date(2013, 12, 31), "open")]
    actions += [ActionItem(f"跟进{city}合作协议落实情况", "项目服务中心", "张堃", dt.date(2013, 12, 20),
                           "open" if k % 2 else "dropped" if k == 4 else "done")
                for k, city in enumerate(["长春市", "延吉市", "无锡市", "南京市江宁区", "樟树市", "包头市"])]
    return Minutes(
        alliance=ALLIANCE, meeting="理事会第一次工作会议", date=dt.date(2013, 11, 6), number="第1期",
        place="北京中兴大厦", chair="副理事长王志良", items=items, decisions=decisions, actions=actions, present=present, absent=absent,
        observers=observers, issuing_office=f"{ALLIANCE}秘书处", print_date=dt.date(2013, 11, 8),
        copies=["各理事单位", "国家标准化管理委员会"], status=status)  # type: ignore[arg-type]
