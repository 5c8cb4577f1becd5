"""The 征集 page and the expert pool page: record a nomination in the editor (errors beside their
fields, the same person compared side by side), review with a reason, approve into the pool,
undo it from the Edit menu, the live count beside the list, filters, masking, publishing."""

from __future__ import annotations


from core.calls import pool, queries, service
from core.calls import nominations
from core.members import units
from tests.qt_helpers import in_modal_dialog, open_main_window, type_text


def _setup(db):
    unit = units.create_unit(db, {"name": "南京智能交通研究院", "short_name": "南京交研"})
    units.create_unit(db, {"name": "长春城市大数据有限公司"})
    call = service.create_call(db, {"kind": "expert", "title": "2013年专家组征集", "deadline": "2013-11-30"})
    return unit, call


def _page(qtbot, db, key):
    window = open_main_window(qtbot, db)
    window.show_view(key)
    return window, window.pages[key]


def test_recording_a_nomination_shows_errors_beside_fields_then_saves(qtbot, db):
    _unit, call = _setup(db)
    window, page = _page(qtbot, db, "nominations")
    page.call_combo.setCurrentIndex(page.call_combo.findData(call.id))

    def fill(dialog):
        type_text(dialog.inputs["name"], "张𠮷祥")
        type_text(dialog.inputs["mobile"], "1380000")
        dialog.save()  # no side, a short mobile: both said beside their fields, nothing lost
        assert dialog.isVisible()
        assert "11" in dialog.error_text("mobile") and dialog.error_text("side")
        assert dialog.inputs["name"].text() == "张𠮷祥"
        dialog.inputs["mobile"].setText("13800001234")
        dialog.inputs["side"].setCurrentIndex(dialog.inputs["side"].findData("academia"))
        dialog.inputs["nominating_unit"].setEditText("南京交研")
        dialog.save()
        assert not dialog.isVisible()

    in_modal_dialog(qtbot, page.new_item, fill)
    [n] = [nominations.get_nomination(db, i) for i in queries.nomination_ids(db)]
    assert (n.name, n.side, n.nominating_unit_id) == ("张𠮷祥", "academia", 1)
    assert page.model.count == 1
    assert "138****1234" in [page.model.index(0, c).data() for c in range(len(page.columns))]
    page.table.selectRow(0)
    assert "南京智能交通研究院" in page.detail.count.text() and "长春城市大数据有限公司" in page.detail.count.text()


def test_the_same_person_is_shown_side_by_side_and_cancel_saves_nothing(qtbot, db):
    _unit, call = _setup(db)
    nominations.record_nomination(db, call.id, {"name": "王芳", "side": "产", "mobile": "13800004321",
                                            "work_unit": "东南大学"})
    window, page = _page(qtbot, db, "nominations")
    page.call_combo.setCurrentIndex(page.call_combo.findData(call.id))
    compared = []

    def fill(dialog):
        type_text(dialog.inputs["name"], "王芳")
        dialog.inputs["mobile"].setText("13800004321")
        type_text(dialog.inputs["work_unit"], "东南大学信息学院")
        dialog.inputs["side"].setCurrentIndex(dialog.inputs["side"].findData("industry"))

        def compare(box):
            table = box.table
            rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                    for r in range(table.rowCount())}
            compared.append(rows)
            box.reject()

        in_modal_dialog(qtbot, dialog.save, compare)
        assert dialog.isVisible()  # cancelled: the editor stays with what was typed
        dialog.reject()

    in_modal_dialog(qtbot, page.new_item, fill)
    assert compared[0]["工作单位"] == ("东南大学信息学院", "东南大学")
    assert len(queries.nomination_ids(db)) == 1


def test_review_with_a_reason_then_approve_into_the_pool_and_undo(qtbot, db):
    _unit, call = _setup(db)
    n = nominations.record_nomination(db, call.id, {"name": "李静", "side": "用", "mobile": "13800005678",
                                                "committees": "智能交通"})
    window, page = _page(qtbot, db, "nominations")
    page.table.selectRow(0)
    assert page.review_button.isEnabled()

    def return_it(dialog):
        dialog.state.setCurrentIndex(dialog.state.findData("returned"))
        dialog.save()  # a return needs its reason
        assert dialog.isVisible() and dialog.error_text("reason")
        type_text(dialog.inputs["reason"], "推荐表未盖章")
        dialog.save()

    in_modal_dialog(qtbot, page.review, return_it)
    assert nominations.get_nomination(db, n.id).state_reason == "推荐表未盖章"
    for state in ("received", "formal_check", "review"):
        nominations.move_nomination(db, n.id, state)
    window.ctx.changed("nominations")
    page.table.selectRow(0)

    def approve(dialog):
        dialog.state.setCurrentIndex(dialog.state.findData("approved"))
        dialog.inputs["term_start"].setText("2014-01-01")
        dialog.inputs["term_end"].setText("2016-12-31")
        type_text(dialog.inputs["decision_ref"], "理事会第二次工作会议")
        dialog.save()

    in_modal_dialog(qtbot, page.review, approve)
    [expert_id] = queries.pool_ids(db, "experts")
    assert pool.get_person(db, "experts", expert_id).values["term_end"] == "2016-12-31"
    window.show_view("experts")
    assert window.pages["experts"].model.count == 1
    assert window.act_undo.text() == "撤销：批准 李静"
    window.act_undo.trigger()
    assert queries.pool_ids(db, "experts") == [] and window.pages["experts"].model.count == 0
    assert nominations.get_nomination(db, n.id).state == "review"


def test_pool_page_filters_masks_and_switches_to_the_roster(qtbot, db):
    pool.create_person(db, "experts", {"name": "张伟", "side": "学", "mobile": "13800001234",
                                       "work_unit": "东南大学"})
    pool.create_person(db, "experts", {"name": "王芳", "side": "资本", "work_unit": "国开金融"})
    pool.create_person(db, "standards_members", {"name": "赵强", "work_unit": "标准院"})
    window, page = _page(qtbot, db, "experts")
    assert page.model.count == 2
    texts = [page.model.index(r, c).data() for r in range(2) for c in range(len(page.columns))]
    assert "138****1234" in texts and "13800001234" not in texts
    page.side_combo.setCurrentIndex(page.side_combo.findData("capital"))
    assert page.model.count == 1 and page.model.index(0, 0).data() == "王芳"
    type_text(page.filter_edit, "zw")
    page.side_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.count == 1 and page.model.index(0, 0).data() == "张伟")
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: not page._timer.isActive() and page.model.count == 2)
    page.pool_combo.setCurrentIndex(page.pool_combo.findData("standards_members"))
    qtbot.waitUntil(lambda: page.model.count == 1 and page.model.index(0, 0).data() == "赵强")
    assert page.table.isColumnHidden(1) and not page.side_combo.isVisible()
    qtbot.waitUntil(lambda: not page._timer.isActive())  # the filter's pending refresh ran


def test_the_pages_speak_traditional_and_english(qtbot, db):
    _setup(db)
    window, page = _page(qtbot, db, "nominations")
    window.ctx.language.apply("zh-Hant", remember=False)
    assert page.new_call_button.text() == "新增徵集…" and page.review_button.text() == "評審…"
    window.ctx.language.apply("en", remember=False)
    assert page.new_call_button.text() == "New call…"
    from ui.main_window import MODULES

    keys = [key for key, _label, _page in MODULES]
    assert window.sidebar.item(keys.index("nominations")).text() == "Calls"
    assert window.sidebar.item(keys.index("experts")).text() == "Experts"


def test_returned_forms_are_listed_compared_and_the_ticked_ones_recorded(qtbot, db, tmp_path):
    from PySide6.QtCore import Qt

    from tests.test_calls_forms import filled

    _unit, call = _setup(db)
    nominations.record_nomination(db, call.id, {"name": "李静", "side": "用", "mobile": "13900001111",
                                            "work_unit": "长春市城市管理局"})
    folder = tmp_path / "returns"
    folder.mkdir()
    filled(folder, file="a.pdf")
    filled(folder, file="b.pdf", name="李静", mobile="13900001111", email="lj@example.com")
    (folder / "c.pdf").write_bytes(b"not a form")
    window, page = _page(qtbot, db, "nominations")
    seen = {}

    def check(dialog):
        seen["status"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        assert dialog.table.item(0, 0).checkState() == Qt.CheckState.Checked  # a.pdf: ready
        assert dialog.table.item(1, 0).checkState() == Qt.CheckState.Unchecked  # b.pdf: 李静 is there
        dialog.table.selectRow(1)
        comparison = dialog.details.currentWidget().findChild(type(dialog.table), "comparison")
        rows = {comparison.item(r, 0).text(): comparison.item(r, 2).text() for r in range(comparison.rowCount())}
        seen["compared"] = rows
        dialog.record_button.click()

    in_modal_dialog(qtbot, lambda: page.import_returns([folder]), check)
    assert seen["status"][0] == "可以登记" and seen["status"][1].startswith("是否已有记录？推荐")
    assert seen["status"][2].startswith("无法登记")
    assert seen["compared"]["工作单位"] == "长春市城市管理局"
    assert sorted(queries.nomination_rows(db, queries.nomination_ids(db))[i]["name"]
                  for i in queries.nomination_ids(db)) == sorted(["李静", "王𠮷堃"])
    assert page.model.count == 2
