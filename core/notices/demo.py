"""Demo notices: the 2013 call for the expert group and the standards group (〔2013〕5号,
two attachments), the notices before it, a long multi-page work plan, a corrected
notice and a draft. Called by core.demo.fill_demo inside its action."""

from __future__ import annotations

import tempfile
from pathlib import Path

from core.documents.model import Block
from core.documents.samples import ALLIANCE, sample_body
from core.notices import alliance, service
from core.notices.service import AttachmentItem
from core.storage.database import Database


def _seal_png() -> bytes:
    from core.documents.samples import make_seal_png

    with tempfile.TemporaryDirectory() as folder:
        return make_seal_png(Path(folder) / "seal.png").read_bytes()


def _form_body(fields: list[str]) -> list[Block]:
    return [Block("paragraph", "推荐表须由推荐单位加盖公章，逐项如实填写，不得空项；确无内容的填写“无”。"),
            Block("h1", "填写栏目"), *[Block("paragraph", f) for f in fields],
            Block("h1", "报送方式"),
            Block("paragraph", "填好的推荐表扫描后发送至联盟秘书处电子邮箱，原件寄送联盟秘书处。")]


EXPERT_FORM = ["姓名、性别、出生年月、民族、政治面貌，二寸免冠照片一张。",
               "最高学历、最高学位、毕业院校、所学专业。",
               "职称、职务、工作单位、单位性质，通讯地址、邮政编码、办公电话、手机、电子邮箱。",
               "专家类别（政、产、学、研、用、资本之一），专业领域和擅长领域。",
               "主要工作经历，主要成果、著作与获奖情况，推荐单位意见。"]
STANDARDS_FORM = ["姓名、性别、出生年月、民族，工作单位、单位性质、行政职务、技术职称及评定时间。",
                  "现从事专业、毕业院校、所学专业、学历、学位，外语语种和熟练程度。",
                  "专业技术特长、工作简历，参加过的标准制修订情况（标准名称、编号、类型、担任角色、发布年份）。",
                  "拟参加的工作方向，推荐单位意见。"]

EARLIER_2013 = [
    ("关于召开中国智慧城市产业联盟成立大会的通知", "2013-09-16",
     "经筹备组研究，定于2013年10月在北京召开中国智慧城市产业联盟成立大会。请各发起单位派一名负责同志参会，"
     "并于9月30日前将参会回执发送至筹备组。"),
    ("关于公布中国智慧城市产业联盟首批成员单位名单的通知", "2013-10-15",
     "经成立大会审议通过，现将联盟首批成员单位名单予以公布。首批成员单位包括科研院所26家、企业80余家，"
     "涵盖政、产、学、研、用、资本各方面。"),
    ("关于召开联盟理事会第一次工作会议的通知", "2013-10-28",
     "定于2013年11月6日在北京中兴大厦召开联盟理事会第一次工作会议，研究组建专家组和标准组、"
     "与合作城市签署协议等事项。请各理事单位派代表出席。"),
    ("关于缴纳2013年度会费的通知", "2013-11-01",
     "根据联盟章程和会费管理办法，请各成员单位按照会员类别于2013年12月31日前缴纳2013年度会费。"),
]


def fill_demo_notices(db: Database) -> int:
    """Alliance settings and the demo notices; returns how many notices were written."""
    alliance.save_alliance(db, {
        "name_hans": ALLIANCE, "name_hant": "中國智慧城市產業聯盟", "issuer_mark": f"{ALLIANCE}文件",
        "number_prefix": "智慧城市联盟", "signatory": ALLIANCE, "issuing_office": f"{ALLIANCE}秘书处",
        "seal_png": _seal_png(), "protected_terms": ["王志良", "熊垓智"], "corrections": {"頭發": "頭髮"},
    })
    base = service.new_notice_defaults(db)
    count = 0
    for title, date, text in EARLIER_2013:
        n = service.create_notice(db, {**base, "title": title, "doc_date": date, "body": [Block("paragraph", text)],
                                       "print_date": date})
        service.issue_notice(db, n.id, issued_at=f"{date}T10:00:00")
        count += 1
    call = service.create_notice(db, {
        **base, "title": f"关于成立{ALLIANCE}专家组和标准组的通知", "doc_date": "2013-11-07",
        "print_date": "2013-11-07", "body": sample_body(2),
        "note": "联系人：联盟秘书处 熊垓智，电话：010-62301234", "copies": "国家标准化管理委员会",
        "attachments": [AttachmentItem("text", f"{ALLIANCE}专家推荐表", _form_body(EXPERT_FORM)),
                        AttachmentItem("text", f"{ALLIANCE}标准组推荐表", _form_body(STANDARDS_FORM))]})
    service.issue_notice(db, call.id, issued_at="2013-11-07T10:00:00")  # 〔2013〕5号
    plan = service.create_notice(db, {
        **base, "title": f"关于印发《{ALLIANCE}2014年工作要点》的通知", "doc_date": "2014-01-10",
        "body": sample_body(6), "copies": "国家标准化管理委员会，工业和信息化部"})
    service.issue_notice(db, plan.id, issued_at="2014-01-10T10:00:00")
    dues = service.create_notice(db, {
        **base, "title": "关于缴纳2014年度会费的通知", "doc_date": "2014-03-03",
        "body": [Block("paragraph", "请各成员单位于2014年3月31日前缴纳2014年度会费。")]})
    dues = service.issue_notice(db, dues.id, issued_at="2014-03-03T10:00:00")
    corrected = service.correct_notice(db, dues.id)
    service.update_notice(db, corrected.id, {**corrected.__dict__, "doc_date": "2014-03-10", "body": [Block(
        "paragraph", "请各成员单位于2014年4月30日前缴纳2014年度会费（缴费期限较原通知延长一个月）。")]})
    service.issue_notice(db, corrected.id, issued_at="2014-03-10T10:00:00")
    service.create_notice(db, {
        **base, "title": "关于召开2026年度会员大会的通知", "addressees": "各成员单位",
        "body": [Block("paragraph", "联盟定于2026年12月在南京召开2026年度会员大会，审议理事会工作报告和财务报告，"
                                    "增补理事单位。具体事项另行通知。")]})
    return count + 5
