"""Demo data: a smart-city industry alliance with about 80 member units.

:func:`fill_demo` fills an empty database in one transaction through the member
services (``validate_unit``/``insert_unit``, ``validate_contact``/``insert_contact``,
``apply_unit_update`` for dated level and status changes, committee lead units), so
search text, sort keys and history are exactly what clerks' own input would give.

Every name, credit code, phone number, e-mail address and web address here is
invented: credit codes have the right shape and check character but belong to no
one, mobiles come from the 1380000xxxx/1390000xxxx blocks, domains end in
``-demo``. Hong Kong, Macao and Taiwan members are written in Traditional
characters, as they write themselves.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from core.errors import UserError
from core.i18n import Msg, N_
from core.notices.demo import fill_demo_notices
from core.members.contacts import insert_contact, validate_contact
from core.members.units import apply_unit_update, insert_unit, validate_unit
from core.storage import committees as committee_store
from core.storage import units as unit_store
from core.storage.database import Database
from core.validation import USCC_ALPHABET, uscc_check_char

FOUNDED = dt.date(2013, 6, 18)  # the (invented) founding assembly of the demo alliance
LAST_DAY = dt.date(2026, 10, 31)  # fixed, so that a seed always gives the same data


@dataclass(frozen=True)
class DemoSummary:
    units: int
    contacts: int
    committees_with_lead: int
    level_changes: int
    status_changes: int
    notices: int = 0
    meetings: int = 0
    nominations: int = 0
    experts: int = 0
    standards_members: int = 0


@dataclass(frozen=True)
class _Region:
    province: str
    city: str
    area_code: str | None  # None: outside the mainland numbering plan
    digits: int  # local number length
    postcodes: tuple[str, ...]
    streets: tuple[str, ...]
    divisions: tuple[str, ...]  # administrative division codes used inside credit codes
    traditional: bool = False
    domain_suffix: str = "cn"
    address_prefix: str = ""
    phone_note: str = ""


REGIONS: dict[str, _Region] = {
    "bj": _Region("北京市", "北京市", "010", 8, ("100080", "100083", "100101", "100176", "100015"),
                  ("海淀区中关村大街", "海淀区学院路", "朝阳区望京街", "朝阳区酒仙桥路", "东城区东直门南大街",
                   "经济技术开发区科创十三街", "丰台区南四环西路"), ("110108", "110105", "110101", "110115"),
                  address_prefix="北京市"),
    "sh": _Region("上海市", "上海市", "021", 8, ("200030", "201203", "200120", "200433"),
                  ("浦东新区张江路", "浦东新区世纪大道", "徐汇区漕溪北路", "杨浦区国定路", "闵行区紫竹路"),
                  ("310115", "310104", "310110", "310112"), address_prefix="上海市"),
    "nj": _Region("江苏省", "南京市", "025", 8, ("211100", "210000", "210093", "210012"),
                  ("江宁区秣周东路", "江宁区诚信大道", "鼓楼区北京西路", "玄武区珠江路", "雨花台区软件大道"),
                  ("320115", "320106", "320102", "320114"), address_prefix="江苏省南京市"),
    "wx": _Region("江苏省", "无锡市", "0510", 8, ("214000", "214028", "214135"),
                  ("新吴区清源路", "滨湖区蠡湖大道", "梁溪区人民中路"), ("320214", "320211", "320213"),
                  address_prefix="江苏省无锡市"),
    "cc": _Region("吉林省", "长春市", "0431", 8, ("130012", "130033", "130021"),
                  ("朝阳区前进大街", "南关区人民大街", "净月区生态大街", "高新区硅谷大街"),
                  ("220104", "220102", "220173"), address_prefix="吉林省长春市"),
    "yj": _Region("吉林省", "延吉市", "0433", 7, ("133000", "133001"),
                  ("光明街", "人民路", "长白山西路", "公园路"), ("222401",), address_prefix="吉林省延吉市"),
    "zs": _Region("江西省", "樟树市", "0795", 7, ("331200",), ("药都南大道", "清江大道", "城北经济开发区盐化大道"),
                  ("360982",), address_prefix="江西省樟树市"),
    "bt": _Region("内蒙古自治区", "包头市", "0472", 7, ("014010", "014030", "014060"),
                  ("昆都仑区钢铁大街", "稀土高新区黄河大街", "青山区文化路"), ("150203", "150204", "150291"),
                  address_prefix="内蒙古自治区包头市"),
    "sz": _Region("广东省", "深圳市", "0755", 8, ("518057", "518048", "518129"),
                  ("南山区高新南七道", "南山区科苑路", "福田区深南大道", "龙岗区坂田街道五和大道"),
                  ("440305", "440304", "440307"), address_prefix="广东省深圳市"),
    "hz": _Region("浙江省", "杭州市", "0571", 8, ("310012", "310052", "311121"),
                  ("西湖区文三路", "滨江区网商路", "余杭区文一西路", "上城区钱江路"), ("330106", "330108", "330110"),
                  address_prefix="浙江省杭州市"),
    "cd": _Region("四川省", "成都市", "028", 8, ("610041", "610094", "610031"),
                  ("高新区天府大道中段", "武侯区人民南路四段", "锦江区东大街"), ("510107", "510104", "510109"),
                  address_prefix="四川省成都市"),
    "cq": _Region("重庆市", "重庆市", "023", 8, ("401122", "400039", "401147"),
                  ("渝北区金开大道", "两江新区星光大道", "九龙坡区科园一路"), ("500112", "500107"),
                  address_prefix="重庆市"),
    "hk": _Region("香港特别行政区", "香港特别行政区", None, 8, (), ("九龍觀塘海濱道", "新界沙田白石角科技大道", "灣仔港灣道",
                                              "九龍尖沙咀廣東道"), (), True, "com.hk", "香港",
                  "辦公電話：+852 {a} {b}"),
    "mo": _Region("澳门特别行政区", "澳门特别行政区", None, 8, (), ("新口岸宋玉生廣場", "氹仔偉龍馬路", "新馬路"), (), True, "com.mo",
                  "澳門", "辦公電話：+853 {a} {b}"),
    "tp": _Region("台湾省", "台北市", None, 8, (), ("信義區松仁路", "內湖區瑞光路", "大安區敦化南路二段"), (), True,
                  "com.tw", "臺北市", "辦公電話：+886 2 {a} {b}"),
}

# name, short name, unit type, region, level, committee codes of its fields
UNITS: list[tuple[str, str, str, str, str, tuple[str, ...]]] = [
    ("北京中城智联科技集团股份有限公司", "中城智联", "enterprise", "bj", "chair", ("community", "land", "traffic")),
    ("华东智慧城市研究院", "华东智城院", "research", "nj", "vice_chair", ("land", "community")),
    ("上海申联城市交通科技股份有限公司", "申联交通", "enterprise", "sh", "vice_chair", ("traffic",)),
    ("江苏宁电智能电网技术有限公司", "宁电智网", "enterprise", "nj", "vice_chair", ("grid",)),
    ("深圳鹏城智慧医疗科技有限公司", "鹏城医疗", "enterprise", "sz", "vice_chair", ("healthcare", "elderly")),
    ("华东城市科技大学", "华东城科大", "university", "sh", "vice_chair", ("education", "land")),
    ("无锡太湖水务物联网科技有限公司", "太湖水联", "enterprise", "wx", "standing", ("water", "environment")),
    ("长春北方环境监测技术有限公司", "北方环测", "enterprise", "cc", "standing", ("environment",)),
    ("成都锦城康养科技有限公司", "锦城康养", "enterprise", "cd", "standing", ("elderly", "healthcare")),
    ("杭州西溪智能家居有限公司", "西溪家居", "enterprise", "hz", "standing", ("home", "community")),
    ("江宁智能交通有限公司", "江宁智交", "enterprise", "nj", "standing", ("traffic",)),
    ("香港智慧城市聯盟有限公司", "香港智城聯盟", "association", "hk", "standing", ("community", "education")),
    ("重庆两江城市大数据有限公司", "两江大数据", "enterprise", "cq", "standing", ("land", "community")),
    ("包头稀土物联网研究院", "包头物联院", "research", "bt", "standing", ("grid", "environment")),
    ("吉林省城市信息技术研究所", "吉林城信所", "research", "cc", "standing", ("land", "traffic")),
    ("华创城市发展投资基金管理有限公司", "华创城投", "investment", "bj", "standing", ()),
    ("北京学联智慧教育科技有限公司", "学联智教", "enterprise", "bj", "council", ("education",)),
    ("上海浦江智慧水务有限公司", "浦江水务", "enterprise", "sh", "council", ("water",)),
    ("南京紫金城市安全技术有限公司", "紫金城安", "enterprise", "nj", "council", ("community", "environment")),
    ("无锡梁溪物联网产业发展中心", "梁溪物联中心", "government", "wx", "council", ("community", "home")),
    ("长春市智慧城市建设促进中心", "长春智城中心", "government", "cc", "council", ("land", "community")),
    ("延吉长白数字科技有限公司", "长白数科", "enterprise", "yj", "council", ("land", "traffic")),
    ("包头鹿城智能电力有限公司", "鹿城电力", "enterprise", "bt", "council", ("grid",)),
    ("深圳南山智能交通信号有限公司", "南山信号", "enterprise", "sz", "council", ("traffic",)),
    ("杭州钱塘城市大脑技术有限公司", "钱塘城脑", "enterprise", "hz", "council", ("traffic", "community")),
    ("成都天府智慧社区服务有限公司", "天府社区", "enterprise", "cd", "council", ("community", "elderly")),
    ("重庆山城智慧医疗研究院", "山城医研院", "research", "cq", "council", ("healthcare",)),
    ("蜀南数字科技大学", "蜀南数科大", "university", "cd", "council", ("education",)),
    ("浙江省城市物联网应用协会", "浙江物联协会", "association", "hz", "council", ("home", "community")),
    ("臺北智慧交通股份有限公司", "臺北智交", "enterprise", "tp", "council", ("traffic",)),
    ("香港維港智能物聯有限公司", "維港物聯", "enterprise", "hk", "council", ("home",)),
    ("江苏智城产业投资基金（有限合伙）", "江苏智城基金", "investment", "nj", "council", ()),
    ("吉东信息工程学院", "吉东信院", "university", "cc", "council", ("education", "land")),
    ("樟树市药都智慧城市运营有限公司", "药都智城", "enterprise", "zs", "council", ("community", "healthcare")),
    ("上海临港智慧能源科技有限公司", "临港能源", "enterprise", "sh", "council", ("grid",)),
    ("深圳前湾智能家居科技有限公司", "前湾家居", "enterprise", "sz", "council", ("home",)),
    ("北京朝阳城市感知技术有限公司", "朝阳感知", "enterprise", "bj", "member", ("environment",)),
    ("北京智慧国土规划设计院有限公司", "国土规划院", "enterprise", "bj", "member", ("land",)),
    ("北京银龄智慧养老服务有限公司", "银龄养老", "enterprise", "bj", "member", ("elderly",)),
    ("北京城市数字孪生研究所", "数字孪生所", "research", "bj", "member", ("land",)),
    ("上海徐汇社区云服务有限公司", "徐汇社区云", "enterprise", "sh", "member", ("community",)),
    ("上海浦东智慧医疗信息有限公司", "浦东医信", "enterprise", "sh", "member", ("healthcare",)),
    ("上海城市更新产业协会", "城市更新协会", "association", "sh", "member", ("land", "community")),
    ("南京秦淮智慧停车管理有限公司", "秦淮停车", "enterprise", "nj", "member", ("traffic",)),
    ("南京市江宁区智慧城市建设服务中心", "江宁智城中心", "government", "nj", "member", ("community",)),
    ("南京玄武水环境科技有限公司", "玄武水环境", "enterprise", "nj", "member", ("water", "environment")),
    ("无锡蠡湖智能养老科技有限公司", "蠡湖养老", "enterprise", "wx", "member", ("elderly",)),
    ("无锡新吴传感网络技术有限公司", "新吴传感", "enterprise", "wx", "member", ("environment", "home")),
    ("无锡市智慧教育发展中心", "无锡智教中心", "government", "wx", "member", ("education",)),
    ("长春净月智能交通工程有限公司", "净月交通", "enterprise", "cc", "member", ("traffic",)),
    ("长春北湖数字医疗科技有限公司", "北湖医疗", "enterprise", "cc", "member", ("healthcare",)),
    ("延吉市数字城市服务中心", "延吉数城中心", "government", "yj", "member", ("community", "land")),
    ("延边智慧城市产学研联合体", "延边联合体", "other", "yj", "member", ("traffic", "land")),
    ("樟树市信息化促进会", "樟树信促会", "association", "zs", "member", ("community",)),
    ("江西樟树清江智慧水务有限公司", "清江水务", "enterprise", "zs", "member", ("water",)),
    ("包头市大数据发展服务中心", "包头大数据中心", "government", "bt", "member", ("land",)),
    ("包头黄河智慧环保科技有限公司", "黄河环保", "enterprise", "bt", "member", ("environment",)),
    ("深圳南山城市感知研究院", "南山感知院", "research", "sz", "member", ("environment", "traffic")),
    ("深圳鹏湾康养科技有限公司", "鹏湾康养", "enterprise", "sz", "member", ("elderly",)),
    ("深圳城市创新天使投资基金管理有限公司", "深城天使", "investment", "sz", "member", ()),
    ("杭州西湖智慧教育科技有限公司", "西湖智教", "enterprise", "hz", "member", ("education",)),
    ("杭州滨江智慧社区科技有限公司", "滨江社区", "enterprise", "hz", "member", ("community",)),
    ("杭州余杭智能电表有限公司", "余杭电表", "enterprise", "hz", "member", ("grid", "home")),
    ("成都锦江水务信息技术有限公司", "锦江水务", "enterprise", "cd", "member", ("water",)),
    ("成都市智慧养老服务协会", "成都养老协会", "association", "cd", "member", ("elderly",)),
    ("四川天府城市规划研究院", "天府规划院", "research", "cd", "member", ("land",)),
    ("重庆渝北智能网联汽车测试有限公司", "渝北网联", "enterprise", "cq", "member", ("traffic",)),
    ("重庆嘉陵江环境监测有限公司", "嘉陵江环测", "enterprise", "cq", "member", ("environment", "water")),
    ("重庆两江智慧家居产业协会", "两江家居协会", "association", "cq", "member", ("home",)),
    ("香港城市創新投資基金有限公司", "香港城創基金", "investment", "hk", "member", ()),
    ("澳門智慧城市發展協會", "澳門智城協會", "association", "mo", "member", ("community", "education")),
    ("澳門濠江數據科技有限公司", "濠江數據", "enterprise", "mo", "member", ("land",)),
    ("財團法人臺北智慧城市研究院", "臺北智城院", "research", "tp", "member", ("healthcare", "community")),
    ("臺北雲端家居科技股份有限公司", "雲端家居", "enterprise", "tp", "member", ("home",)),
    ("北京燕山智慧电网设备有限公司", "燕山电网", "enterprise", "bj", "member", ("grid",)),
    ("上海申城智慧教育研究院", "申城教育院", "research", "sh", "member", ("education",)),
    ("江苏金陵智慧水利研究院", "金陵水利院", "research", "nj", "member", ("water",)),
    ("内蒙古草原云计算有限公司", "草原云", "enterprise", "bt", "member", ("land",)),
    ("延边智慧养老服务中心", "延边养老中心", "government", "yj", "member", ("elderly",)),
    ("浙江之江智能安防有限公司", "之江安防", "enterprise", "hz", "member", ("community", "home")),
]

# committee code -> the unit (by name) that leads it
LEADS = {
    "community": "北京中城智联科技集团股份有限公司",
    "land": "华东智慧城市研究院",
    "traffic": "上海申联城市交通科技股份有限公司",
    "grid": "江苏宁电智能电网技术有限公司",
    "healthcare": "深圳鹏城智慧医疗科技有限公司",
    "education": "华东城市科技大学",
    "water": "无锡太湖水务物联网科技有限公司",
    "environment": "长春北方环境监测技术有限公司",
    "elderly": "成都锦城康养科技有限公司",
    "home": "杭州西溪智能家居有限公司",
}

BUSINESS = {
    "traffic": "城市交通信号控制、智慧停车与交通大数据",
    "grid": "配用电自动化、智能电表与能源管理平台",
    "water": "供排水管网监测、智慧水务平台",
    "environment": "大气与水环境在线监测、环保物联网",
    "healthcare": "区域医疗信息平台、远程诊疗",
    "elderly": "居家与社区养老服务平台、适老化改造",
    "community": "智慧社区综合管理平台、城市运行管理",
    "home": "智能家居终端、家庭物联网",
    "education": "智慧校园、教育云平台",
    "land": "城市规划、地理信息与数字孪生城市",
}

# credit code: registration authority + kind, by unit type
CODE_KIND = {"enterprise": "91", "investment": "91", "university": "12", "research": "12",
             "government": "12", "association": "51", "other": "52"}

SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶"
            "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎常武乔贺赖龚文")
MALE = ("志强", "建国", "伟", "磊", "军", "勇", "海涛", "明", "浩然", "俊杰", "文博", "晓东", "国栋", "立新",
        "振华", "宇航", "鹏", "涛", "斌", "卫东", "承志", "德明", "家豪", "子健", "永刚", "建华", "光辉", "思远")
FEMALE = ("秀英", "丽", "静", "敏", "燕", "艳", "晓梅", "婷", "雪", "佳怡", "欣怡", "慧敏", "丽娟", "玉兰",
          "淑芬", "桂英", "雨桐", "梦瑶", "思琪", "晓琳", "红梅", "玉洁", "雅琴", "颖")
# names with characters that fonts, input methods and old encodings get wrong
RARE_NAMES = (("王志堃", "M"), ("李喆", "M"), ("张\U00020BB7祥", "M"), ("刘镕", "F"))

HEAD_POSITIONS = {
    "enterprise": ("总经理", "副总经理", "董事长", "技术总监", "总工程师"),
    "investment": ("合伙人", "总经理", "投资总监"),
    "university": ("副校长", "学院院长", "科技处处长", "教授"),
    "research": ("院长", "副院长", "首席专家"),
    "government": ("主任", "副主任"),
    "association": ("会长", "秘书长"),
    "other": ("主任", "秘书长"),
}
LIAISON_POSITIONS = {
    "enterprise": ("办公室主任", "市场部经理", "行政部经理", "战略发展部总监", "董事会秘书", "项目经理"),
    "investment": ("投资经理", "办公室主任", "风控总监"),
    "university": ("院长助理", "科研处副处长", "办公室主任", "学院办公室主任"),
    "research": ("院长助理", "科研管理部主任", "办公室主任", "综合部主任"),
    "government": ("综合科科长", "办公室主任", "信息科科长"),
    "association": ("副秘书长", "办公室主任", "会员部主任"),
    "other": ("办公室主任", "副秘书长"),
}
TITLES = {
    "enterprise": ("高级工程师", "正高级工程师", "工程师", "高级经济师", "经济师", "", ""),
    "investment": ("高级经济师", "经济师", "", ""),
    "university": ("教授", "副教授", "讲师", "研究员"),
    "research": ("研究员", "副研究员", "高级工程师", "助理研究员"),
    "government": ("高级工程师", "工程师", "经济师", ""),
    "association": ("高级经济师", "工程师", "", ""),
    "other": ("高级工程师", "副研究员", ""),
}

LEVEL_BELOW = {"vice_chair": "standing", "standing": "council", "council": "member"}
LEVEL_NAMES = {"chair": "理事长单位", "vice_chair": "副理事长单位", "standing": "常务理事单位",
               "council": "理事单位", "member": "会员单位"}

_s2t = None


def _traditional(text: str) -> str:
    global _s2t
    if _s2t is None:
        import opencc

        _s2t = opencc.OpenCC("s2t")
    return _s2t.convert(text)


def _ascii_pinyin(text: str, initials: bool = False) -> str:
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.FIRST_LETTER if initials else Style.NORMAL,
                        errors=lambda chunk: [c for c in chunk if c.isascii()])
    return "".join(p for p in parts if p.isascii() and p.isalnum()).lower()


def _org_code(rng: random.Random, modern: bool) -> str:
    """An organisation code (GB 11714 shape, own check character): 8 characters + 1."""
    if modern:  # codes issued since 2015 start with MA
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2)))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def _credit_code(rng: random.Random, kind: str, division: str, modern: bool) -> str:
    first17 = kind + division + _org_code(rng, modern)
    assert len(first17) == 17 and all(c in USCC_ALPHABET for c in first17)
    return first17 + uscc_check_char(first17)


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _local_number(rng: random.Random, digits: int) -> str:
    return str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))


class _Numbers:
    """Invented mobiles from the clearly unallocated 1380000xxxx / 1390000xxxx blocks, never twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(("1380000", "1390000")) + f"{self.rng.randint(0, 9999):04d}"
            if number not in self.used:
                self.used.add(number)
                return number


def _person(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    while True:
        gender = rng.choice("MF")
        name = rng.choice(SURNAMES) + rng.choice(MALE if gender == "M" else FEMALE)
        if name not in taken:
            return name, gender


def _plan_units(rng: random.Random) -> list[dict[str, Any]]:
    """Raw input for every unit (as a clerk would type it), in join-date order."""
    plans: list[dict[str, Any]] = []
    codes: set[str] = set()
    domains: set[str] = set()
    committee_codes = list(BUSINESS)
    no_code_unit = rng.choice([i for i, u in enumerate(UNITS) if u[4] == "member" and not REGIONS[u[3]].traditional])
    for index, (name, short, unit_type, region_key, level, fields) in enumerate(UNITS):
        region = REGIONS[region_key]
        if level in ("chair", "vice_chair", "standing"):
            joined = FOUNDED if level == "chair" else _date_between(rng, FOUNDED + dt.timedelta(days=1),
                                                                     dt.date(2013, 11, 6))
        elif level == "council":
            joined = _date_between(rng, dt.date(2013, 7, 1), dt.date(2019, 12, 31))
        else:
            joined = _date_between(rng, dt.date(2013, 9, 1), LAST_DAY)
        committees = set(fields) or {rng.choice(committee_codes)}
        if rng.random() < 0.2:
            committees.add(rng.choice(committee_codes))
        credit_code = None
        if not region.traditional and index != no_code_unit:
            while credit_code is None or credit_code in codes:
                credit_code = _credit_code(rng, CODE_KIND[unit_type], rng.choice(region.divisions),
                                           unit_type in ("enterprise", "investment") and joined.year >= 2016)
            codes.add(credit_code)
        slug = _ascii_pinyin(short, initials=True) or "unit"
        suffix = "edu." + region.domain_suffix if unit_type == "university" else region.domain_suffix
        domain = f"{slug}-demo.{suffix}"
        n = 2
        while domain in domains:
            domain = f"{slug}{n}-demo.{suffix}"
            n += 1
        domains.add(domain)
        street = rng.choice(region.streets)
        number = rng.randint(1, 999)
        if region.traditional:
            floor = rng.randint(2, 30)
            address = f"{region.address_prefix}{street}{number}號{floor}樓"
        else:
            building = rng.choice(("", f"{short}大厦", "科技园A座", "创新中心B座", "软件园二期"))
            floor = f"{rng.randint(2, 25)}层" if building else ""
            address = f"{region.address_prefix}{street}{number}号{building}{floor}"
        business = "、".join(BUSINESS[c] for c in fields)
        notes = f"主营业务：{business}。" if business and unit_type in ("enterprise", "research") else ""
        if index == no_code_unit:
            notes += "统一社会信用代码待补充（营业执照复印件未随申请表提交）。"
        if region.traditional:
            notes = _traditional(notes)
        plans.append({
            "order": index,
            "raw": {
                "name": name, "short_name": short, "credit_code": credit_code, "unit_type": unit_type,
                "level": level, "province": region.province, "city": region.city, "address": address,
                "postcode": rng.choice(region.postcodes) if region.postcodes else "",
                "website": f"www.{domain}", "join_date": joined.isoformat(), "status": "active", "notes": notes,
            },
            "committees": committees,
            "domain": domain,
            "region": region,
            "switchboard": _local_number(rng, region.digits),
        })
    plans.sort(key=lambda p: (p["raw"]["join_date"], p["order"]))
    per_year: dict[str, int] = {}
    for plan in plans:
        year = plan["raw"]["join_date"][:4]
        per_year[year] = per_year.get(year, 0) + 1
        plan["raw"]["member_no"] = f"ZC-{year}-{per_year[year]:03d}"
    return plans


def _plan_contacts(rng: random.Random, plan: dict[str, Any], numbers: _Numbers,
                   rare: tuple[str, str] | None) -> list[dict[str, Any]]:
    raw = plan["raw"]
    region: _Region = plan["region"]
    unit_type = raw["unit_type"]
    count = rng.choice((2, 2, 3, 3, 3, 4))
    taken: set[str] = set()
    liaison = rng.sample(LIAISON_POSITIONS[unit_type], len(LIAISON_POSITIONS[unit_type]))
    heads = rng.sample(HEAD_POSITIONS[unit_type], len(HEAD_POSITIONS[unit_type]))
    people: list[tuple[str, str, str, bool]] = []  # name, gender, position, primary
    for i in range(count):
        if i == 1 and rare is not None:
            name, gender = rare
        else:
            name, gender = _person(rng, taken)
        taken.add(name)
        # the primary contact is the unit's liaison; then its head; then whoever else deals with the alliance
        pool = liaison if i == 0 or (i > 1 and (not heads or rng.random() < 0.5)) else heads
        position = (pool or liaison or heads).pop()
        if raw["name"].endswith("研究所"):
            position = position.replace("院长", "所长")
        people.append((name, gender, position, i == 0))
    contacts: list[dict[str, Any]] = []
    locals_used: set[str] = set()
    for name, gender, position, primary in people:
        local = _ascii_pinyin(name) or "contact"
        if rng.random() < 0.3:
            local = _ascii_pinyin(name[0]) + _ascii_pinyin(name[1:], initials=True)
        base, n = local, 2
        while local in locals_used:
            local = f"{base}{n}"
            n += 1
        locals_used.add(local)
        office, notes = "", ""
        if region.area_code:
            if rng.random() < 0.5:
                office = f"{region.area_code}-{plan['switchboard']}转{rng.randint(800, 899)}"
            else:
                office = f"{region.area_code}-{_local_number(rng, region.digits)}"
        elif region.phone_note:
            notes = region.phone_note.format(a=rng.randint(2000, 3999), b=rng.randint(1000, 9999))
        title = rng.choice(TITLES[unit_type])
        if region.traditional:
            name, position, title = (_traditional(name), _traditional(position), _traditional(title))
        contacts.append({
            "name": name, "gender": gender, "position": position, "title": title,
            "mobile": numbers.mobile() if (primary or rng.random() < 0.85) else "",
            "office_phone": office, "email": f"{local}@{plan['domain']}", "is_primary": primary, "notes": notes,
        })
    return contacts


def is_empty(db: Database) -> bool:
    """True when the database holds no member unit, not even a deleted one."""
    return not unit_store.count_active(db) and not unit_store.deleted(db)


def fill_demo(db: Database, seed: int = 2013) -> DemoSummary:
    """Fill an empty database with the demo alliance; the same seed gives the same data.

    Raises :class:`UserError` if the database already holds member units (even
    deleted ones): demo data is never mixed with real data.
    """
    rng = random.Random(seed)
    plans = _plan_units(rng)
    numbers = _Numbers(rng)
    mainland = [i for i, p in enumerate(plans) if not p["region"].traditional]
    rare_at = dict(zip(rng.sample(mainland, len(RARE_NAMES)), RARE_NAMES))
    contact_plans = [_plan_contacts(rng, p, numbers, rare_at.get(i)) for i, p in enumerate(plans)]

    with db.action(N_("Fill with demo data")) as conn:
        if not is_empty(db):
            raise UserError(Msg("The database already holds member units. Demo data can only be added to an "
                                "empty database: create a new database file for the demo."))
        committee_ids = {r["code"]: r["id"] for r in committee_store.all_rows(conn)}
        unit_ids: dict[str, int] = {}
        values_by_name: dict[str, dict[str, Any]] = {}
        contacts = 0

        # a few units were promoted since they joined: they start one level lower
        promotable = [p for p in plans if p["raw"]["level"] in ("standing", "council")
                      and p["raw"]["name"] not in LEADS.values() and p["raw"]["join_date"] < "2021-01-01"]
        promoted = rng.sample(promotable, 3)
        promoted_names = {p["raw"]["name"] for p in promoted}
        for plan, planned_contacts in zip(plans, contact_plans):
            raw = dict(plan["raw"])
            raw["committee_ids"] = [committee_ids[c] for c in plan["committees"] if c in committee_ids]
            if raw["name"] in promoted_names:
                raw["level"] = LEVEL_BELOW[raw["level"]]
            values = validate_unit(raw)
            unit_id = insert_unit(db, values)
            unit_ids[values["name"]] = unit_id
            values_by_name[values["name"]] = values
            for raw_contact in planned_contacts:
                insert_contact(db, validate_contact({**raw_contact, "unit_id": unit_id}))
                contacts += 1

        for code, unit_name in LEADS.items():
            if code in committee_ids:
                committee_store.set_lead(conn, committee_ids[code], unit_ids[unit_name])

        # dated history: promotions, suspensions, a reinstatement, departures
        level_changes = status_changes = 0
        for plan in promoted:
            name = plan["raw"]["name"]
            joined = dt.date.fromisoformat(plan["raw"]["join_date"])
            when = _date_between(rng, joined + dt.timedelta(days=365), dt.date(2025, 12, 31))
            old = values_by_name[name]["level"]
            values = {**values_by_name[name], "level": plan["raw"]["level"]}
            note = (f"经{when.year}年度理事会审议通过，由{LEVEL_NAMES[old]}调整为{LEVEL_NAMES[values['level']]}。")
            apply_unit_update(db, unit_ids[name], values, when.isoformat(), note)
            values_by_name[name] = values
            level_changes += 1

        candidates = [p for p in plans if p["raw"]["level"] == "member" and p["raw"]["join_date"] < "2023-01-01"]
        chosen = rng.sample(candidates, 5)
        suspended, reinstated, left = chosen[:2], chosen[2], chosen[3:]
        plan_changes: list[tuple[dict[str, Any], str, str]] = []
        for plan in suspended:
            plan_changes.append((plan, "suspended", "连续两年未缴纳会费，经秘书处核实，暂停会员资格。"))
        plan_changes.append((reinstated, "suspended", "未按期缴纳会费，暂停会员资格。"))
        plan_changes.append((reinstated, "active", "已补缴会费，经秘书处确认恢复会员资格。"))
        for plan in left:
            plan_changes.append((plan, "left", "因业务调整申请退出联盟，经理事会同意，不再参加专业委员会活动。"))
        last_change: dict[str, dt.date] = {}
        for plan, status, note in plan_changes:
            name = plan["raw"]["name"]
            start = last_change.get(name, dt.date.fromisoformat(plan["raw"]["join_date"])) + dt.timedelta(days=300)
            when = _date_between(rng, start, start + dt.timedelta(days=700))
            when = min(when, LAST_DAY)
            last_change[name] = when
            values = {**values_by_name[name], "status": status}
            if status == "left":
                values["committee_ids"] = []
            apply_unit_update(db, unit_ids[name], values, when.isoformat(), note)
            values_by_name[name] = values
            status_changes += 1

        with_lead = sum(1 for r in committee_store.all_rows(conn) if r["lead_unit_id"] is not None)
        notices = fill_demo_notices(db)
        from core.meetings.demo import fill_demo_meetings

        meetings, meeting_contacts = fill_demo_meetings(db, seed)
        from core.calls.demo import fill_demo_calls

        calls = fill_demo_calls(db, seed)
    return DemoSummary(units=len(plans), contacts=contacts + meeting_contacts, committees_with_lead=with_lead,
                       level_changes=level_changes, status_changes=status_changes, notices=notices,
                       meetings=meetings, nominations=calls.nominations, experts=calls.experts,
                       standards_members=calls.standards_members)
