"""History shows values as a clerk reads them, and an action keeps its own name."""

from __future__ import annotations

from core import i18n
from core.demo import fill_demo
from core.members import units
from core.notices import queries, service
from core.safety import history


def test_dates_and_times_in_history_are_written_as_the_language_writes_them(db):
    """An issued notice's history reads 2014年3月10日 10:00, not 2014-03-10T10:00:00."""
    fill_demo(db)
    issued = next(n for n in (service.get_notice(db, i) for i in queries.notice_ids(db)) if n.status == "issued")
    shown = [(c.old_text(), c.new_text()) for c in history.record_history(db, "notices", issued.id)]
    flat = " ".join(a + " " + b for a, b in shown)
    assert "T10:00" not in flat and not any("-" in v and v[:4].isdigit() and v[4] == "-" for pair in shown
                                              for v in pair)
    i18n.set_language("en")
    assert history.display_value("issued_at", "2014-03-10T10:00:00") == "Mar 10, 2014 10:00"
    i18n.set_language("zh-Hans")
    assert history.display_value("doc_date", "2014-03-10") == "2014年3月10日"


def test_issuing_inside_a_larger_action_keeps_that_action_s_name(db):
    """Demo data issue notices inside one action: that action stays 'Fill … demo data', it is not
    renamed after the last notice issued, and a unit's history names the right action."""
    fill_demo(db)
    unit_id = db.query_one("SELECT id FROM units ORDER BY id LIMIT 1")[0]
    actions = {str(c.action) for c in history.record_history(db, "units", unit_id)}
    assert not any(a.startswith("发布通知") for a in actions), actions
    unit = units.get_unit(db, unit_id)
    units.update_unit(db, unit_id, {**unit.__dict__, "address": "北京市海淀区"})
    assert any(str(c.action).startswith("编辑成员单位") for c in history.record_history(db, "units", unit_id))
