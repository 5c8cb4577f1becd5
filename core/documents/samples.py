"""Sample documents (the 2013 call for experts, the council's first minutes) and a
drawn seal: for previews, the benchmark and the tests. Nothing here is real data
beyond the public facts in the domain notes."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from core.documents.model import Attachment, Block, OfficialDocument

ALLIANCE = "中国智慧城市产业联盟"

_PARAGRAPHS = [
    "为贯彻落实联盟理事会第一次工作会议精神，进一步发挥成员单位在智慧城市标准研究、技术创新和应用推广中的作用，"
    "联盟秘书处决定组建专家组和标准组，现就推荐有关人员的事项通知如下。",
    "专家组由来自政府、产业、学术、研究、用户和资本六个方面的专家组成，负责对联盟重大事项、合作城市的顶层设计和项目方案提供咨询意见；"
    "标准组负责组织成员单位参与国家标准和行业标准的研究制定，对接国家标准化管理委员会的相关工作。",
    "各成员单位可推荐专家组成员一至二名、标准组成员一至三名。被推荐人应熟悉智慧城市相关领域，具有高级专业技术职称或者相当的管理经验，"
    "能够保证参加专家组或者标准组的活动。",
    "请各成员单位于2013年11月30日前将推荐表加盖单位公章后扫描发送至联盟秘书处电子邮箱secretariat@example.org，"
    "原件随后寄送联盟秘书处。推荐表可从联盟网站下载，格式应符合GB/T 9704-2012的要求。",
    "秘书处将对推荐材料进行形式审查，汇总后提交理事会审议，审议结果另行通知。",
]
_SECTIONS = ["总体要求", "推荐范围和条件", "推荐程序", "工作要求"]


def sample_body(pages: int = 3) -> list[Block]:
    """Headings and paragraphs filling roughly ``pages`` pages."""
    blocks: list[Block] = [Block("paragraph", _PARAGRAPHS[0])]
    rows = 4  # page 1 holds about 11 lines under the header; a section takes about 17
    k = 0
    while rows + 17 <= 11 + 22 * (pages - 1) - 4:
        blocks.append(Block("h1", _SECTIONS[k % len(_SECTIONS)]))
        blocks.append(Block("h2", "明确职责分工。", tail=_PARAGRAPHS[1 + k % 4]))
        blocks.append(Block("paragraph", _PARAGRAPHS[1 + (k + 1) % 4]))
        blocks.append(Block("h3", "加强沟通协调。", tail=_PARAGRAPHS[1 + (k + 2) % 4]))
        rows += 17
        k += 1
    return blocks


def sample_notice(pages: int = 3, seal: str | Path | None = None) -> OfficialDocument:
    return OfficialDocument(
        kind="notice",
        issuer_mark=f"{ALLIANCE}文件",
        doc_number="智慧城市联盟〔2013〕5号",
        title=f"{ALLIANCE}关于征集专家组和标准组成员的通知",
        addressees="各成员单位",
        body=sample_body(pages),
        attachments=[Attachment(f"{ALLIANCE}专家推荐表"), Attachment(f"{ALLIANCE}标准组推荐表")],
        signatory=ALLIANCE,
        date=dt.date(2013, 11, 6),
        seal_image=seal,
        note="联系人：熊垓智，电话：010-12345678",
        copies=["国家标准化管理委员会", "工业和信息化部"],
        issuing_office=f"{ALLIANCE}秘书处",
        print_date=dt.date(2013, 11, 7),
    )


def sample_minutes() -> OfficialDocument:
    return OfficialDocument(
        kind="minutes",
        issuer_mark=f"{ALLIANCE}理事会第一次工作会议纪要",
        minutes_number="第1期",
        body=[
            Block("paragraph", "2013年11月6日，中国智慧城市产业联盟理事会第一次工作会议在北京中兴大厦召开。"
                               "来自40家成员单位的约60名代表出席会议，国家标准化管理委员会有关同志列席会议。"
                               "会议由副理事长王志良主持，秘书长熊垓智作总结讲话。现将会议主要内容纪要如下。"),
            Block("h1", "会员管理中心工作情况"),
            Block("paragraph", "会员管理中心报告了与国家标准化管理委员会沟通的情况。会议同意组建专家组和标准组，"
                               "由秘书处发出通知，附专家推荐表和标准组推荐表。"),
            Block("h1", "项目服务中心工作情况"),
            Block("paragraph", "项目服务中心报告了与长春市、延吉市、无锡市、南京市江宁区、樟树市、包头市签署合作协议的情况，"
                               "会议要求于11月至12月逐一跟进落实。"),
        ],
        date=dt.date(2013, 11, 6),
        issuing_office=f"{ALLIANCE}秘书处",
        present=["王志良（副理事长）", "熊垓智（秘书长）", "中兴通讯股份有限公司 张堃", "北京邮电大学 李喆",
                 "中国电子技术标准化研究院 赵镕", "无锡市物联网产业研究院 吉𠮷"],
        absent=["某某科技有限公司 陈犇"],
        observers=["国家标准化管理委员会 周某"],
        copies=["联盟理事长单位", "各副理事长单位"],
    )


def make_seal_png(path: str | Path, size: int = 480) -> Path:
    """A red round seal with a star on a transparent background (a stand-in for a scan)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (220, 20, 30, 215)
    ring = size // 28
    draw.ellipse((ring, ring, size - ring, size - ring), outline=red, width=ring)
    c, r_out = size / 2, size * 0.17
    points = []
    for k in range(10):
        radius = r_out if k % 2 == 0 else r_out * 0.38
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((c + radius * math.cos(angle), c + radius * math.sin(angle)))
    draw.polygon(points, fill=red)
    path = Path(path)
    image.save(path)
    return path
