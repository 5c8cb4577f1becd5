"""Large, realistic databases and import files for benchmarks.

``generate`` writes 20,000 units and about 60,000 contacts in seconds (200,000 and
600,000 in a few minutes; :func:`cached` keeps them under bench/out/): rows go in
with ``executemany`` inside one transaction instead of through the per-record
services, but every column holds what the services would store (folded
``search_text`` from :func:`core.text.search.build_search_text`, pinyin
``sort_key`` from :func:`core.text.pinyin.sort_key`, one primary contact per unit,
level/status history from the join date, committee lead units).

``write_xlsx`` writes a member list as clerks send it (Chinese headers) for the
import benchmark.

Everything is invented; credit codes have a valid check character only.

    python bench/generate.py out.sqlite3 [units]      # a database
    python bench/generate.py out.xlsx [rows]          # an import file

Names stay unique and realistic at any size: a name that is taken gets a district
(重庆市渝北区...) or another trade name, as real registers do.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.validation import uscc_check_char  # noqa: E402

# city, province, division code used in credit codes, telephone area code, postcode prefix
CITIES: list[tuple[str, str, str, str, str]] = [
    ("北京", "北京市", "110108", "010", "100"), ("上海", "上海市", "310115", "021", "200"),
    ("天津", "天津市", "120116", "022", "300"), ("重庆", "重庆市", "500112", "023", "401"),
    ("南京", "江苏省", "320115", "025", "211"), ("无锡", "江苏省", "320214", "0510", "214"),
    ("苏州", "江苏省", "320505", "0512", "215"), ("常州", "江苏省", "320411", "0519", "213"),
    ("南通", "江苏省", "320611", "0513", "226"), ("徐州", "江苏省", "320311", "0516", "221"),
    ("杭州", "浙江省", "330106", "0571", "310"), ("宁波", "浙江省", "330212", "0574", "315"),
    ("温州", "浙江省", "330302", "0577", "325"), ("合肥", "安徽省", "340104", "0551", "230"),
    ("福州", "福建省", "350102", "0591", "350"), ("厦门", "福建省", "350206", "0592", "361"),
    ("济南", "山东省", "370102", "0531", "250"), ("青岛", "山东省", "370212", "0532", "266"),
    ("郑州", "河南省", "410105", "0371", "450"), ("武汉", "湖北省", "420106", "027", "430"),
    ("长沙", "湖南省", "430104", "0731", "410"), ("广州", "广东省", "440106", "020", "510"),
    ("深圳", "广东省", "440305", "0755", "518"), ("东莞", "广东省", "441900", "0769", "523"),
    ("佛山", "广东省", "440604", "0757", "528"), ("珠海", "广东省", "440402", "0756", "519"),
    ("南宁", "广西壮族自治区", "450103", "0771", "530"), ("成都", "四川省", "510107", "028", "610"),
    ("贵阳", "贵州省", "520115", "0851", "550"), ("昆明", "云南省", "530102", "0871", "650"),
    ("西安", "陕西省", "610131", "029", "710"), ("兰州", "甘肃省", "620102", "0931", "730"),
    ("银川", "宁夏回族自治区", "640104", "0951", "750"), ("乌鲁木齐", "新疆维吾尔自治区", "650104", "0991", "830"),
    ("哈尔滨", "黑龙江省", "230103", "0451", "150"), ("长春", "吉林省", "220104", "0431", "130"),
    ("延吉", "吉林省", "222401", "0433", "133"), ("沈阳", "辽宁省", "210102", "024", "110"),
    ("大连", "辽宁省", "210204", "0411", "116"), ("石家庄", "河北省", "130102", "0311", "050"),
    ("太原", "山西省", "140105", "0351", "030"), ("呼和浩特", "内蒙古自治区", "150102", "0471", "010"),
    ("包头", "内蒙古自治区", "150203", "0472", "014"), ("南昌", "江西省", "360102", "0791", "330"),
    ("樟树", "江西省", "360982", "0795", "331"), ("海口", "海南省", "460106", "0898", "570"),
    ("西宁", "青海省", "630102", "0971", "810"), ("拉萨", "西藏自治区", "540102", "0891", "850"),
]
# written in Traditional characters; no mainland credit code or area code
TRADITIONAL_CITIES: list[tuple[str, str]] = [("香港", "香港"), ("澳门", "澳门"), ("台北", "台湾"), ("新竹", "台湾"),
                                             ("台中", "台湾"), ("高雄", "台湾")]

WORDS = ("华信 中科 恒通 天成 瑞达 联创 博远 正元 智达 启明 新航 凯盛 海纳 金桥 东方 长城 远景 云腾 卓越 鼎盛 同创 "
         "汇智 开元 宏图 睿思 星河 银河 朗坤 泰和 九州 万达信 创维新 安泰 华建 新华 方正德 光启 国信 中宇 融智 "
         "易联 思源 若水 明德 致远 辰光 青禾 蓝海 聚力 众合 嘉禾 永信 合力 拓维 鸿鹄 佳讯 捷通 慧聚 和润 盛景 "
         "知行 领航 力拓 腾越 润泽 光华 汉邦 迅达 天枢 北辰 南华 西部 中城 城联 数港 云图 金穗 百川 万象").split()
FIELDS = ("智能交通 智慧水务 智能电网 环境监测 智慧医疗 智慧养老 智慧社区 智能家居 智慧教育 地理信息 物联网 大数据 "
          "云计算 信息 电子 软件 网络 安防 能源 传感 通信 智能装备 数字城市 城市大脑 车联网 视觉 测绘 楼宇 "
          "停车 节能").split()
FIELD_SHORT = {f: (f[-2:] if len(f) > 2 else f) for f in FIELDS}
SUFFIXES = {
    "enterprise": ("科技有限公司", "技术有限公司", "科技股份有限公司", "系统工程有限公司", "科技发展有限公司",
                   "技术服务有限公司", "股份有限公司"),
    "research": ("研究院", "研究所", "工程技术研究中心", "技术研究院有限公司"),
    "university": ("大学", "学院", "职业技术学院"),
    "government": ("发展中心", "服务中心", "促进中心", "建设管理中心"),
    "association": ("协会", "产业协会", "促进会", "产业联盟"),
    "investment": ("创业投资有限公司", "产业投资基金管理有限公司", "股权投资基金（有限合伙）"),
    "other": ("产学研联合体", "创新联合实验室"),
}
UNIVERSITY_FIELDS = ("理工", "科技", "信息工程", "城市建设", "交通", "电子科技", "工程", "财经")
UNIT_TYPE_WEIGHTS = (("enterprise", 80), ("research", 6), ("university", 3), ("government", 4),
                     ("association", 3), ("investment", 3), ("other", 1))
UNIT_TYPE_LABELS = {"enterprise": "企业", "research": "科研院所", "university": "高等院校", "government": "政府机构",
                    "association": "行业协会", "investment": "投资机构", "other": "其他"}
CODE_KIND = {"enterprise": "91", "investment": "91", "university": "12", "research": "12",
             "government": "12", "association": "51", "other": "52"}
LEVEL_WEIGHTS = (("vice_chair", 0.2), ("standing", 2.0), ("council", 10.0), ("member", 87.8))
LEVEL_LABELS = {"chair": "理事长单位", "vice_chair": "副理事长单位", "standing": "常务理事单位", "council": "理事单位",
                "member": "会员单位"}

SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶"
            "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎常武乔贺赖龚文")
MALE_CHARS = "伟强磊军勇涛明超杰鹏华飞斌建国志刚海平东晓波宇浩然俊博文立新振兴宏永德光辉思远承泽子轩家豪"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英玲桂兰玉萍红梅雪琳晶婷慧颖佳怡欣悦雨桐梦瑶思琪淑芬洁倩雅琴"
RARE_GIVEN = ("志堃", "喆", "\U00020BB7祥", "镕")
_COMPANY = (("总经理", "副总经理", "办公室主任", "市场部经理", "技术总监", "总工程师", "行政部经理", "项目经理",
             "董事会秘书"), ("高级工程师", "正高级工程师", "工程师", "高级经济师", "经济师", "", ""))
POSITIONS_TITLES = {
    "enterprise": _COMPANY,
    "investment": (("合伙人", "投资总监", "投资经理", "办公室主任"), ("高级经济师", "经济师", "", "")),
    "university": (("副校长", "院长助理", "科研处处长", "办公室主任", "学院院长"), ("教授", "副教授", "讲师", "研究员")),
    "research": (("院长", "副院长", "院长助理", "科研管理部主任", "办公室主任"),
                 ("研究员", "副研究员", "助理研究员", "高级工程师")),
    "government": (("主任", "副主任", "综合科科长", "办公室主任"), ("高级工程师", "工程师", "经济师", "")),
    "association": (("会长", "秘书长", "副秘书长", "办公室主任"), ("高级经济师", "工程师", "", "")),
    "other": (("主任", "副秘书长", "办公室主任"), ("高级工程师", "副研究员", "")),
}
COMMITTEE_COUNT = 10
DISTRICTS = ("高新区", "经开区", "新区", "城东区", "城西区", "城南区", "城北区", "滨江区", "临港区", "江北区", "南湖区",
             "北湖区", "东湖区", "西湖区", "湖滨区", "开发区", "新城区", "老城区", "中心区", "港区", "空港新区",
             "科学城", "大学城", "软件园", "保税区", "自贸区", "东部新城", "西部新城", "南部新城", "北部新城")
OUT = ROOT / "bench" / "out"
GENERATOR_VERSION = 5  # bump when generated data changes: cached databases are made again


@dataclass(frozen=True)
class Generated:
    path: Path
    units: int
    contacts: int
    seconds: float


class _Factory:
    """Deterministic invented names, codes and people."""

    def __init__(self, seed: int) -> None:
        from pypinyin import lazy_pinyin

        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.codes: set[str] = set()
        self._lazy_pinyin = lazy_pinyin
        self._pinyin: dict[str, str] = {}
        self._s2t = None
        self.types = [t for t, _ in UNIT_TYPE_WEIGHTS]
        self.type_weights = [w for _, w in UNIT_TYPE_WEIGHTS]

    def pinyin(self, char: str) -> str:
        """Toneless pinyin of one character (cached), '' for characters pypinyin does not know."""
        syllable = self._pinyin.get(char)
        if syllable is None:
            syllable = "".join(p for p in self._lazy_pinyin(char) if p.isascii() and p.isalpha())
            self._pinyin[char] = syllable
        return syllable

    def traditional(self, text: str) -> str:
        if self._s2t is None:
            import opencc

            self._s2t = opencc.OpenCC("s2t")
        return self._s2t.convert(text)

    def unit(self) -> dict:
        rng = self.rng
        unit_type = rng.choices(self.types, self.type_weights)[0]
        traditional = rng.random() < 0.02
        for attempt in range(1000):
            if traditional:
                city, province = rng.choice(TRADITIONAL_CITIES)
                division = area = postcode_prefix = None
            else:
                city, province, division, area, postcode_prefix = rng.choice(CITIES)
            word = rng.choice(WORDS)
            field = rng.choice(FIELDS)
            suffix = rng.choice(SUFFIXES[unit_type])
            if unit_type == "university":
                name = f"{city}{word}{rng.choice(UNIVERSITY_FIELDS)}{suffix}"
                short = f"{word}{suffix[-2:]}"
            elif unit_type == "government":
                name = f"{city}{'' if traditional else '市'}{field}{suffix}"
                short = f"{city}{FIELD_SHORT[field]}中心"
            elif unit_type == "association":
                name = f"{city}{rng.choice(('', '' if traditional else '市'))}{field}{suffix}"
                short = f"{city}{FIELD_SHORT[field]}{suffix[-2:]}"
            else:
                name = f"{city}{word}{field}{suffix}"
                short = f"{word}{FIELD_SHORT[field]}"
            if attempt >= 5:  # taken: a district, then a second trade name, as registers do
                district = rng.choice(DISTRICTS)
                head = city + "市" if name.startswith(city + "市") else city
                rest = name[len(head):]
                if attempt >= 10 and not rest.startswith(tuple(WORDS)):
                    rest = rng.choice(WORDS) + rest
                name = head + ("" if traditional or head.endswith("市") else "市") + district + rest
            if traditional:
                name, short = self.traditional(name), self.traditional(short)
                if province == "台湾" and name.endswith("有限公司") and "股份" not in name:
                    name = name[:-4] + "股份有限公司"
            if name not in self.names:
                self.names.add(name)
                break
        else:  # pragma: no cover - the combinations run out only far beyond benchmark sizes
            raise RuntimeError("ran out of unit names")
        code = None
        if division:
            while code is None or code in self.codes:
                first17 = CODE_KIND[unit_type] + division + "".join(rng.choice("0123456789") for _ in range(9))
                code = first17 + uscc_check_char(first17)
            self.codes.add(code)
        initials = "".join(self.pinyin(c)[:1] for c in short) or "unit"
        tld = {"香港": "com.hk", "澳门": "com.mo", "台湾": "com.tw"}.get(province, "cn")
        if unit_type == "university":
            tld = "edu." + tld
        full_city = city if city in ("香港", "澳门") else city + "市"
        return {"name": name, "short_name": short, "unit_type": unit_type, "city": full_city, "place": city,
                "province": province, "credit_code": code, "area": area, "postcode_prefix": postcode_prefix,
                "traditional": traditional, "domain": f"{initials}{rng.randint(1, 999)}-demo.{tld}"}

    def person(self, rare: bool = False) -> tuple[str, str, str]:
        rng = self.rng
        gender = rng.choice("MF")
        if rare:
            given = rng.choice(RARE_GIVEN)
        else:
            chars = MALE_CHARS if gender == "M" else FEMALE_CHARS
            given = "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2, 2))))
        name = rng.choice(SURNAMES) + given
        local = "".join(self.pinyin(c) for c in name) + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
        return name, gender, local

    def mobile(self) -> str:
        return f"1{self.rng.choice('3456789')}{self.rng.randint(0, 999999999):09d}"


def _date(rng: random.Random) -> str:
    year = rng.randint(2013, 2026)
    month = rng.randint(1, 10 if year == 2026 else 12)
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def _derive_units(chunk: list[tuple]) -> list[tuple]:
    from core.storage.units import search_text
    from core.text.pinyin import sort_key

    return [(search_text(values, names), sort_key(values["name"]), sort_key(values["short_name"]))
            for values, names in chunk]


def _derive_contacts(chunk: list[tuple]) -> list[tuple]:
    from core.storage.contacts import document
    from core.text.pinyin import sort_key

    return [(document(*work), sort_key(work[0])) for work in chunk]


def _parallel(function, work: list, chunk: int = 2000) -> list:  # type: ignore[no-untyped-def]
    import multiprocessing
    import os

    chunks = [work[i:i + chunk] for i in range(0, len(work), chunk)]
    if len(chunks) < 2:
        return [r for c in chunks for r in function(c)]
    with multiprocessing.get_context("fork").Pool(min(4, os.cpu_count() or 1)) as pool:
        return [r for part in pool.map(function, chunks) for r in part]


def generate(path: str | Path, units: int = 20000, contacts_per_unit: int = 3, seed: int = 1) -> Generated:
    """Create a new database at ``path`` with ``units`` units and about ``units * contacts_per_unit`` contacts."""
    from core.storage import records, search_index
    from core.storage.contacts import CONTACT_COLUMNS
    from core.storage.database import open_database
    from core.storage.units import UNIT_COLUMNS

    started = time.perf_counter()
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    factory = _Factory(seed)
    rng = factory.rng
    stamp = records.now()
    levels = [lv for lv, _ in LEVEL_WEIGHTS]
    level_weights = [w for _, w in LEVEL_WEIGHTS]

    unit_rows: list[tuple] = []
    contact_rows: list[tuple] = []
    unit_work: list[tuple] = []
    contact_work: list[tuple] = []
    history_rows: list[tuple] = []
    membership: list[tuple[int, int]] = []
    per_year: dict[str, int] = {}
    top_units: list[int] = []
    contact_id = 0
    rare_every = max(1, units // 20)
    for unit_id in range(1, units + 1):
        u = factory.unit()
        level = "chair" if unit_id == 1 else rng.choices(levels, level_weights)[0]
        joined = "2013-06-18" if unit_id == 1 else _date(rng)
        year = joined[:4]
        per_year[year] = per_year.get(year, 0) + 1
        member_no = f"ZC-{year}-{per_year[year]:04d}"
        roll = rng.random()
        status = "left" if roll < 0.02 else "suspended" if roll < 0.05 else "active"
        if level in ("chair", "vice_chair", "standing"):
            status = "active"
            top_units.append(unit_id)
        if u["area"]:
            postcode = f"{u['postcode_prefix']}{rng.randint(0, 999):03d}"
            address = (f"{u['province'] if u['province'] != u['city'] else ''}{u['city']}"
                       f"{rng.choice(('高新区', '经济开发区', '新区', '中心区'))}{rng.choice(WORDS)}路{rng.randint(1, 999)}号")
        else:
            postcode = ""
            address = factory.traditional(f"{u['place']}{rng.choice(WORDS)}道{rng.randint(1, 999)}号")
        values = {
            "name": u["name"], "short_name": u["short_name"], "credit_code": u["credit_code"],
            "unit_type": u["unit_type"], "level": level, "province": u["province"], "city": u["city"],
            "address": address, "postcode": postcode, "website": f"www.{u['domain']}", "join_date": joined,
            "member_no": member_no, "status": status, "notes": "",
        }
        n_contacts = max(1, contacts_per_unit + rng.choice((-1, 0, 1)))
        names = []
        for i in range(n_contacts):
            contact_id += 1
            name, gender, local = factory.person(rare=(unit_id % rare_every == 0 and i == 1))
            if u["traditional"]:
                name = factory.traditional(name)
            names.append(name)
            positions, titles = POSITIONS_TITLES[u["unit_type"]]
            position = rng.choice(positions)
            if u["traditional"]:
                position = factory.traditional(position)
            email = f"{local}@{u['domain']}"
            office = ""
            if u["area"]:
                office = f"{u['area']}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"
                if rng.random() < 0.3:
                    office += f"-{rng.randint(800, 899)}"
            contact = {"unit_id": unit_id, "name": name, "gender": gender, "position": position,
                       "title": rng.choice(titles), "mobile": factory.mobile() if rng.random() < 0.9 else "",
                       "office_phone": office, "email": email, "is_primary": 1 if i == 0 else 0, "notes": ""}
            contact_rows.append((contact_id, *(contact[k] for k in CONTACT_COLUMNS), stamp, stamp))
            contact_work.append((name, email, position, contact["mobile"], u["name"], u["short_name"]))
        unit_rows.append((unit_id, *(values[k] for k in UNIT_COLUMNS), stamp, stamp))
        unit_work.append(({k: values[k] for k in ("name", "short_name", "credit_code", "member_no")}, names))
        history_rows.append((unit_id, joined, "level", None, level, "", stamp))
        history_rows.append((unit_id, joined, "status", None, "active", "", stamp))
        if status != "active":
            y, m, d = joined.split("-")
            changed = min(f"{int(y) + rng.randint(1, 3)}-{m}-{d}", "2026-10-31")
            history_rows.append((unit_id, max(changed, joined), "status", "active", status,
                                 "未按期缴纳会费，暂停会员资格。" if status == "suspended" else "申请退出联盟。", stamp))
        if status != "left":
            for committee in rng.sample(range(1, COMMITTEE_COUNT + 1), rng.choice((1, 1, 2, 2, 3))):
                membership.append((unit_id, committee))

    # the derived columns (pinyin sort keys, search documents) as the services compute them,
    # on every core: they are most of the work
    unit_rows = [row + extra for row, extra in zip(unit_rows, _parallel(_derive_units, unit_work))]
    contact_rows = [row + extra for row, extra in zip(contact_rows, _parallel(_derive_contacts, contact_work))]
    db = open_database(path)
    try:
        with db.transaction() as conn:
            for table in search_index.INDEXED:  # filled in one go at the end: several times faster
                search_index.drop(conn, table)
            unit_cols = ("id", *UNIT_COLUMNS, "created_at", "updated_at", "search_text", "sort_key", "short_sort_key")
            conn.executemany(f"INSERT INTO units ({', '.join(unit_cols)}) VALUES ({', '.join('?' * len(unit_cols))})",
                             unit_rows)
            contact_cols = ("id", *CONTACT_COLUMNS, "created_at", "updated_at", "search_text", "sort_key")
            conn.executemany(f"INSERT INTO contacts ({', '.join(contact_cols)}) "
                             f"VALUES ({', '.join('?' * len(contact_cols))})", contact_rows)
            conn.executemany("INSERT INTO unit_history (unit_id, changed_on, field, old_value, new_value, note, "
                             "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", history_rows)
            conn.executemany("INSERT INTO unit_committees (unit_id, committee_id) VALUES (?, ?)", membership)
            committee_ids = [r[0] for r in conn.execute("SELECT id FROM committees ORDER BY position")]
            for committee_id, unit_id in zip(committee_ids, rng.sample(top_units, min(len(top_units),
                                                                                     len(committee_ids)))):
                conn.execute("UPDATE committees SET lead_unit_id = ? WHERE id = ?", (unit_id, committee_id))
                conn.execute("INSERT OR IGNORE INTO unit_committees (unit_id, committee_id) VALUES (?, ?)",
                             (unit_id, committee_id))
            for table in search_index.INDEXED:
                search_index.create(conn, table)
    finally:
        db.close()
    return Generated(path, len(unit_rows), len(contact_rows), time.perf_counter() - started)


def cached(units: int, contacts_per_unit: int = 3) -> Path:
    """A generated database of ``units`` units kept in bench/out/ (made on first use)."""
    from core.storage.migrations import LATEST_VERSION

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"units-{units}-x{contacts_per_unit}-v{LATEST_VERSION}-g{GENERATOR_VERSION}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for stale in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            stale.unlink(missing_ok=True)
        made = generate(partial, units, contacts_per_unit)
        print(f"generated {made.units} units, {made.contacts} contacts in {made.seconds:.0f} s: {path.name}",
              flush=True)
        partial.rename(path)
    return path


NOTICE_TOPICS = ("召开{city}智慧城市建设座谈会", "缴纳{year}年度会费", "推荐{field}专家组成员", "开展{field}标准研制工作",
                 "公布{year}年度新增成员单位名单", "召开{field}专业委员会工作会议", "报送{year}年度工作总结",
                 "组织参加{city}{field}应用案例评选", "征集{field}解决方案", "调整{field}专业委员会牵头单位")


def add_notices(path: str | Path, count: int = 5000, seed: int = 5) -> int:
    """Add ``count`` notices (issued, a few drafts and superseded versions, 2013-2026) to a
    generated database, each with a body of several paragraphs, as the services store them."""
    from core.documents.model import Block
    from core.notices.service import blocks_to_json, format_number, search_text
    from core.storage import records, search_index
    from core.storage.database import open_database
    from core.text.pinyin import sort_key

    rng = random.Random(seed)
    stamp = records.now()
    serials: dict[int, int] = {}
    rows = []
    for _ in range(count):
        year = rng.randint(2013, 2026)
        city, field = rng.choice(CITIES)[0], rng.choice(FIELDS)
        title = "关于" + rng.choice(NOTICE_TOPICS).format(city=city, field=field, year=year) + "的通知"
        body = [Block("paragraph", f"各成员单位：为贯彻落实联盟理事会工作部署，推动{field}在{city}等城市的应用，"
                                   f"现将有关事项通知如下。"),
                Block("h1", "工作内容"),
                Block("paragraph", f"请各单位结合本单位在{field}方面的实践，于{year}年{rng.randint(1, 12)}月"
                                   f"{rng.randint(1, 28)}日前将材料报送联盟秘书处。"),
                Block("paragraph", f"联系人：{rng.choice(SURNAMES)}{rng.choice(MALE_CHARS)}，电话010-6{rng.randint(0, 9999999):07d}。")]
        roll = rng.random()
        status = "draft" if roll < 0.05 else "superseded" if roll < 0.08 else "issued"
        serial = None
        if status != "draft":
            serials[year] = serials.get(year, 0) + 1
            serial = serials[year]
        number = format_number("智慧城市联盟", year, serial) if serial else ""
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append((title, "各成员单位", blocks_to_json(body), "中国智慧城市产业联盟", date, status,
                     "智慧城市联盟" if serial else None, year if serial else None, serial,
                     stamp if serial else None, stamp, stamp, search_text(title, "各成员单位", body, number),
                     sort_key(title)))
    db = open_database(Path(path))
    try:
        with db.transaction() as conn:
            search_index.drop(conn, "notices")
            conn.executemany("INSERT INTO notices (title, addressees, body, signatory, doc_date, status, prefix, year, "
                             "serial, issued_at, created_at, updated_at, search_text, sort_key) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            search_index.create(conn, "notices")
    finally:
        db.close()
    return len(rows)


MEETING_TOPICS = ("{year}年度{field}专业委员会工作会议", "{city}{field}应用推进座谈会", "理事会{year}年第{n}次工作会议",
                  "{field}标准研制启动会", "{year}年度成员单位联络员会议", "{city}智慧城市建设经验交流会")
DECISIONS = ("同意成立{field}标准起草组，由牵头单位组织开展研制工作。", "同意{city}有关成员单位的入会申请，报理事会审批。",
             "由秘书处于会后两周内印发会议纪要。", "请各成员单位于{month}月底前报送{field}应用案例。")


def add_meetings(path: str | Path, count: int = 2000, seed: int = 7) -> int:
    """Add ``count`` meetings (2013-2026) to a generated database through the meeting services, in
    one action as the demo does: a few units' primary contacts invited, most present and signed in,
    two agenda items, a decision or two, action items done, dropped, open and overdue, minutes
    approved for the older ones. Also the demo's three calls with their nominations (experts by
    side, standards group, membership applications)."""
    from core.calls.demo import fill_demo_calls
    from core.meetings import agenda, attendance, service
    from core.storage.database import open_database

    rng = random.Random(seed)
    db = open_database(Path(path))
    try:
        unit_ids = [r[0] for r in db.query("SELECT id FROM units WHERE deleted_at IS NULL ORDER BY id LIMIT 5000")]
        kinds = ("council", "standing_council", "working", "committee", "other")
        with db.action("Add bench meetings"):
            for i in range(count):
                year = 2013 + i * 14 // count
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                city, field = rng.choice(CITIES)[0], rng.choice(FIELDS)
                chair = rng.choice(SURNAMES) + rng.choice(MALE_CHARS) + rng.choice(MALE_CHARS)
                m = service.create_meeting(db, {
                    "kind": rng.choice(kinds), "meeting_date": day, "start_time": "09:00", "end_time": "11:30",
                    "title": rng.choice(MEETING_TOPICS).format(year=year, field=field, city=city, n=i % 6 + 1),
                    "place": f"{city}市会议中心", "organiser": "联盟秘书处", "chair": chair, "recorder": "刘晓琳",
                    "notes": f"会议听取了{field}方面的工作汇报，研究了{city}合作事项。"})
                attendance.invite_units(db, m.id, rng.sample(unit_ids, rng.randint(3, 12)), people="primary")
                people = attendance.list_attendees(db, m.id)
                attendance.set_reply(db, [a.id for a in people], "attend")
                for a in people:
                    if rng.random() < 0.85:
                        attendance.sign_in(db, a.id, at=f"{day}T08:{rng.randint(30, 59):02d}:00", device="签到台")
                items = [agenda.add_agenda_item(db, m.id, f"{field}工作汇报", f"与会代表围绕{field}进行了讨论。", chair),
                         agenda.add_agenda_item(db, m.id, f"研究{city}合作事项", "", "秘书处")]
                for item in items[:rng.randint(1, 2)]:
                    agenda.add_decision(db, m.id, rng.choice(DECISIONS).format(
                        field=field, city=city, month=rng.randint(1, 12)), item.id)
                for k in range(rng.randint(1, 3)):
                    due = f"{min(year + 1, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    action = agenda.add_action_item(db, m.id, {
                        "text": f"落实{field}相关工作（第{k + 1}项）", "unit_name": "联盟秘书处",
                        "person": chair, "due_date": due, "agenda_item_id": items[0].id})
                    roll = rng.random()
                    if year < 2025 and roll < 0.8:
                        agenda.mark_done(db, action.id, chair, due)
                    elif roll < 0.85:
                        agenda.drop_action_item(db, action.id, chair, "情况变化，本事项撤销。")
                if year < 2026:
                    service.set_minutes_line(db, m.id, f"第{i + 1}期", day)
                    service.approve_minutes(db, m.id, approved_at=f"{day}T17:00:00")
            fill_demo_calls(db, seed)
    finally:
        db.close()
    return count


HEADERS = ("单位名称", "统一社会信用代码", "会员类别", "单位性质", "省份", "城市", "联系人", "手机", "电子邮箱")


def write_xlsx(path: str | Path, rows: int = 20000, seed: int = 2) -> Path:
    """An import file of ``rows`` new units, one contact each, as clerks' Excel sheets have it."""
    from openpyxl import Workbook

    factory = _Factory(seed)
    rng = factory.rng
    levels = [lv for lv, _ in LEVEL_WEIGHTS]
    level_weights = [w for _, w in LEVEL_WEIGHTS]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("成员单位")
    ws.append(list(HEADERS))
    for _ in range(rows):
        u = factory.unit()
        name, _gender, local = factory.person()
        if u["traditional"]:
            name = factory.traditional(name)
        ws.append([u["name"], u["credit_code"] or "", LEVEL_LABELS[rng.choices(levels, level_weights)[0]],
                   UNIT_TYPE_LABELS[u["unit_type"]], u["province"], u["city"], name,
                   factory.mobile(), f"{local}@{u['domain']}"])
    path = Path(path)
    wb.save(path)
    return path


def _main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    target = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 20000
    started = time.perf_counter()
    if target.suffix.lower() == ".xlsx":
        write_xlsx(target, count)
        print(f"{target}: {count} rows in {time.perf_counter() - started:.1f} s")
    else:
        result = generate(target, count)
        print(f"{target}: {result.units} units, {result.contacts} contacts in {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
