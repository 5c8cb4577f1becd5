"""The import dialog: preview with a field per column, check report, import."""

from __future__ import annotations

import pytest

from core.exchange.readers import read_table
from core.members import queries
from core.settings import Settings
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.exchange.import_dialog import ImportDialog


@pytest.fixture
def ctx(qtbot, db):
    manager = LanguageManager(Settings())
    manager.apply("zh-Hans", remember=False)
    return AppContext(db, Settings(), manager)


def test_preview_maps_chinese_headers_and_check_reports_bad_rows(qtbot, ctx, tmp_path):
    """Chinese headers get their fields; the check names the bad row and column; nothing is written yet."""
    source = tmp_path / "名单.csv"
    source.write_text("单位名称,统一社会信用代码,联系人,手机\n无锡智慧水务有限公司,,周喆,13800001234\n"
                      "错误单位,123,李四,2\n", encoding="gb18030")
    dialog = ImportDialog(ctx, read_table(source))
    qtbot.addWidget(dialog)
    assert [c.currentData() for c in dialog.combos] == ["name", "credit_code", "contact_name", "contact_mobile"]
    assert dialog.preview.item(1, 0).text() == "无锡智慧水务有限公司"
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    report = dialog.report.toPlainText()
    assert "第 3 行" in report and "统一社会信用代码" in report
    assert queries.unit_ids(ctx.db) == []
    assert dialog.import_button.isEnabled()


def test_changing_a_column_choice_needs_a_new_check_and_import_writes(qtbot, ctx, tmp_path):
    """Changing a field choice disables Import until the next check; Import then writes the units."""
    source = tmp_path / "list.csv"
    source.write_text("单位名称,简称,备注\n延吉智慧社区服务中心,延吉智社,首批\n樟树智慧国土有限公司,樟树国土,\n",
                      encoding="utf-8-sig")
    dialog = ImportDialog(ctx, read_table(source))
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData(None))  # do not import the short names
    assert not dialog.import_button.isEnabled()
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    dialog.do_import()
    qtbot.waitUntil(lambda: dialog.done_counts is not None, timeout=10000)
    assert len(queries.unit_ids(ctx.db)) == 2
    assert "新建单位 2 家" in dialog.report.toPlainText()
    rows = queries.unit_rows(ctx.db, queries.unit_ids(ctx.db))
    assert {r.short_name for r in rows.values()} == {""}


def test_wrong_contact_cell_is_highlighted_and_listed_strict_refuses(qtbot, ctx, tmp_path):
    """A wrong mobile leaves the cell empty (yellow, listed, the unit is imported); with the strict box the row
    is refused (red); a total row is listed, not reported as a bad unit."""
    source = tmp_path / "名单.csv"
    source.write_text("单位名称,联系人,手机\n甲公司,张三,12345\n乙公司,李四,13800001234\n合计,2家,\n",
                      encoding="utf-8")
    dialog = ImportDialog(ctx, read_table(source))
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.error_rows == [] and dialog.plan.counts.units_created == 2
    report = dialog.report.toPlainText()
    assert "第 2 行" in report and "第 4 行" in report and "合计" in report
    cell = dialog.preview.item(1, 2)
    assert cell.background().color().red() == 255 and cell.background().color().blue() < 200
    assert "手机" in cell.toolTip()
    dialog.strict.setChecked(True)
    assert not dialog.import_button.isEnabled()
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dialog.plan.error_rows == [2] and dialog.plan.counts.units_created == 1
