"""The notices module driven like a clerk drives it (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from core.documents import Block
from core.i18n import tr
from core.members import units
from core.notices import alliance, service
from core.settings import Settings
from ui.common.jobs import wait_for_jobs
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.notices.body_editor import BodyEditor
from ui.notices.preview import PreviewDialog

from tests.qt_helpers import in_modal_dialog, type_text  # noqa: E402

YEAR = dt.date.today().year
BODY = [Block("h1", "总体要求"), Block("paragraph", "坚持问题导向，聚焦共性难题。"),
        Block("h2", "加强组织领导。", tail="各成员单位要高度重视，明确专人负责。"), Block("h3", "时间安排")]


def answer_message_box(button_text: str | None = None) -> list[str]:
    """Press ``button_text`` (or OK) in the next message box, whenever it appears; returns its text."""
    texts: list[str] = []

    def poke():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poke)
            return
        texts.append(box.text())
        buttons = [b for b in box.buttons() if button_text is None or b.text() == button_text]
        (buttons[0] if buttons else box.buttons()[0]).click()

    QTimer.singleShot(0, poke)
    return texts


@pytest.fixture
def alliance_set(db):
    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "name_hant": "中國智慧城市產業聯盟",
                                "issuer_mark": "中国智慧城市产业联盟文件", "number_prefix": "智慧城市联盟",
                                "signatory": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处"})


@pytest.fixture
def window(qtbot, db, alliance_set):
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    win = MainWindow(AppContext(db, settings, manager))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_view("notices")
    return win


def make_notice(db, title: str, **extra) -> service.Notice:
    return service.create_notice(db, {**service.new_notice_defaults(db), "title": title, "body": BODY, **extra})


def select(page, notice_id: int) -> None:
    page.refresh()
    page.select_id(notice_id)


def column(page, notice_id: int, col: int) -> str:
    return page.model.index(page.model.row_of_id(notice_id), col).data()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_create_notice_in_editor_with_heading_level_shows_as_draft(qtbot, window, db):
    """Ctrl+N opens the editor; a Chinese title, a Ctrl+1 heading and a paragraph are saved as a draft."""
    page = window.pages["notices"]
    assert page.model.rowCount() == 0 and page.empty_hint.isVisible()

    def fill(dialog):
        type_text(dialog.findChild(QLineEdit, "field_title"), "关于召开年度成员大会的通知")
        body = dialog.findChild(QPlainTextEdit, "body_text")
        body.setFocus()
        qtbot.keyClick(body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        type_text(body, "总体要求")
        qtbot.keyClick(body, Qt.Key.Key_Return)
        type_text(body, "请各成员单位按时参会。")
        assert dialog.body.level_combo.currentIndex() == 0  # after a heading, Enter starts body text
        assert body.labels()[:2] == ["一、", ""]  # the gutter shows the generated number
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible(), [r.error.text() for r in dialog.rows.values() if r.error.text()]

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    assert page.model.rowCount() == 1
    notice_id = page.model.id_at(0)
    assert column(page, notice_id, 1) == "关于召开年度成员大会的通知"
    assert column(page, notice_id, 2) == tr("Draft")
    assert column(page, notice_id, 0) == ""  # no number before it is issued
    saved = service.get_notice(db, notice_id)
    assert saved.body == [Block("h1", "总体要求"), Block("paragraph", "请各成员单位按时参会。")]
    assert saved.addressees == "各成员单位"


def test_missing_title_is_shown_beside_the_field(qtbot, window, db):
    """Saving without a title keeps the dialog open with the message beside the title."""

    def fill(dialog):
        type_text(dialog.findChild(QPlainTextEdit, "body_text"), "正文。")
        dialog.save()
        assert dialog.isVisible()
        assert dialog.rows["title"].error.isVisibleTo(dialog) and dialog.error_text("title")
        assert dialog.body.blocks() == [Block("paragraph", "正文。")]
        asked = answer_message_box(tr("Discard"))
        dialog.reject()  # typed text is not thrown away without asking
        assert asked and not dialog.isVisible()

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    assert service.deleted_notices(db) == [] and window.pages["notices"].model.rowCount() == 0


def test_issue_gives_the_number_shown_in_the_list(qtbot, window, db):
    """Issue… asks first; then the list shows 智慧城市联盟〔year〕1号 and Issued."""
    notice = make_notice(db, "关于报送优秀案例的通知")
    page = window.pages["notices"]
    select(page, notice.id)
    assert page.issue_button.isEnabled() and not page.correct_button.isEnabled()
    asked = answer_message_box(tr("Issue"))
    page.issue_button.click()
    assert asked and "关于报送优秀案例的通知" in asked[0]
    assert column(page, notice.id, 0) == f"智慧城市联盟〔{YEAR}〕1号"
    assert column(page, notice.id, 2) == tr("Issued")
    assert not page.issue_button.isEnabled() and page.correct_button.isEnabled()


def test_issued_notice_opens_read_only_and_correct_makes_version_2(qtbot, window, db):
    """An issued notice cannot be edited; Correct… turns the dialog into an editable draft, version 2."""
    issued = service.issue_notice(db, make_notice(db, "关于开展标准宣贯培训的通知").id)
    page = window.pages["notices"]
    select(page, issued.id)

    def check(dialog):
        title = dialog.findChild(QLineEdit, "field_title")
        assert title.isReadOnly() and dialog.body.edit.isReadOnly()
        assert not dialog.save_button.isVisible() and dialog.close_button.isVisible()
        assert issued.doc_number in dialog.banner_label.text()
        assert issued.doc_number in dialog.windowTitle()
        dialog.correct_button.click()
        assert dialog.notice.version == 2 and dialog.notice.status == "draft"
        assert not title.isReadOnly() and dialog.save_button.isVisible()
        title.setText("关于开展标准宣贯培训的通知（更正）")
        dialog.save()

    in_modal_dialog(qtbot, page.edit_item, check)
    assert page.model.rowCount() == 2
    draft_id = next(i for i in page.model.ids if i != issued.id)
    assert column(page, draft_id, 3) == "2" and column(page, draft_id, 2) == tr("Draft")
    assert column(page, draft_id, 0) == issued.doc_number
    assert service.get_notice(db, issued.id).title == "关于开展标准宣贯培训的通知"  # the issued one is unchanged


def test_choose_units_fills_addressees_and_ids(qtbot, window, db):
    """Choose units… lists the member units, filters them, and fills the addressees with 、."""
    a = units.create_unit(db, {"name": "北京中关村智能交通有限公司"})
    b = units.create_unit(db, {"name": "成都智慧医疗集团"})
    units.create_unit(db, {"name": "无锡智能水务有限公司"})

    def fill(editor):
        def pick(picker):
            type_text(picker.filter_edit, "成都")
            picker.apply_filter()
            shown = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
            assert [i.text() for i in shown] == ["成都智慧医疗集团"]
            picker.tick_shown.click()
            picker.filter_edit.clear()
            picker.apply_filter()
            next(picker.list.item(i) for i in range(picker.list.count())
                 if picker.list.item(i).text() == "北京中关村智能交通有限公司").setCheckState(Qt.CheckState.Checked)
            picker.accept()

        in_modal_dialog(qtbot, editor.choose_units_button.click, pick)
        assert editor.addressees_edit.text() == "北京中关村智能交通有限公司、成都智慧医疗集团"
        type_text(editor.findChild(QLineEdit, "field_title"), "关于征集案例的通知")
        editor.save()

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    saved = service.get_notice(db, window.pages["notices"].model.id_at(0))
    assert saved.addressee_unit_ids == sorted([a.id, b.id])


def test_preview_renders_a4_pages_and_prints_them(qtbot, window, db, tmp_path):
    """The preview shows page images of A4 proportions; printing writes the same number of pages."""
    notice = make_notice(db, "关于召开年度成员大会的通知")
    dialog = PreviewDialog(window.ctx, notice.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.page_images) > 0, timeout=20000)
    image: QImage = dialog.page_images[0]
    assert abs(image.height() / image.width() - 297 / 210) < 0.01
    assert image.pixelColor(5, 5).name() == "#ffffff"  # paper, not an empty buffer
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(1.0))
    assert abs(dialog.page_images[0].deviceIndependentSize().width() - 210 / 25.4 * dialog.logicalDpiX()) < 3
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    dialog.print_to(printer)
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == len(dialog.pdf)
        assert abs(printed.pages[0].width - 595.3) < 1 and abs(printed.pages[0].height - 841.9) < 1
    dialog.close()


def test_export_pdf_writes_the_title_and_traditional_converts(qtbot, window, db, tmp_path):
    """Export PDF… writes a PDF with the title; the Traditional (Taiwan) choice gives 聯盟 and is remembered."""
    notice = service.issue_notice(db, make_notice(db, "关于召开联盟年度成员大会的通知").id)
    page = window.pages["notices"]
    select(page, notice.id)

    def export_to(path: Path, script: str):
        def fill(dialog):
            assert dialog.target_edit.text().endswith(".pdf")
            dialog.target_edit.setText(str(path))
            dialog.script_combo.setCurrentIndex(dialog.script_combo.findData(script))
            dialog.accept()

        in_modal_dialog(qtbot, page.export_button.click, fill)
        qtbot.waitUntil(path.exists, timeout=20000)
        wait_for_jobs()

    simplified = tmp_path / "simplified.pdf"
    export_to(simplified, "hans")
    text = pdf_text(simplified)
    assert "关于召开联盟年度成员大会的通知" in text and f"智慧城市联盟〔{YEAR}〕1号" in text
    traditional = tmp_path / "traditional.pdf"
    export_to(traditional, "hant-tw")
    text = pdf_text(traditional)
    assert "聯盟" in text and "关于" not in text and "中國智慧城市產業聯盟" in text
    assert window.ctx.settings.get("notice_script") == "hant-tw"

    def check_default(dialog):
        assert dialog.script_combo.currentData() == "hant-tw"  # the last choice is offered again
        assert Path(dialog.target_edit.text()).parent == tmp_path
        dialog.reject()

    in_modal_dialog(qtbot, page.export_button.click, check_default)


def test_export_as_word_document_for_wps(qtbot, window, db, tmp_path):
    """Export… with the Word format writes a .docx (the file name follows the format) whose text holds
    the title and the number; the format chosen is offered again next time."""
    from docx import Document

    notice = service.issue_notice(db, make_notice(db, "关于召开联盟年度成员大会的通知").id)
    page = window.pages["notices"]
    select(page, notice.id)
    target = tmp_path / "meeting.pdf"

    def fill(dialog):
        dialog.target_edit.setText(str(target))
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".docx"))
        assert dialog.target_edit.text().endswith("meeting.docx")
        dialog.accept()

    in_modal_dialog(qtbot, page.export_button.click, fill)
    out = tmp_path / "meeting.docx"
    qtbot.waitUntil(out.exists, timeout=20000)
    wait_for_jobs()
    text = "".join(p.text for p in Document(str(out)).paragraphs)
    assert "关于召开联盟年度成员大会的通知" in text and f"智慧城市联盟〔{YEAR}〕1号" in text

    def check_default(dialog):
        assert dialog.format_combo.currentData() == ".docx"
        assert dialog.target_edit.text().endswith(".docx")
        dialog.reject()

    in_modal_dialog(qtbot, page.export_button.click, check_default)


def test_batch_export_writes_one_pdf_per_selected_notice(qtbot, window, db, tmp_path):
    """Batch export… of 3 selected notices writes 3 PDF files into the folder and says so."""
    for title in ("关于召开年度成员大会的通知", "关于报送优秀案例的通知", "关于开展标准宣贯培训的通知"):
        make_notice(db, title)
    page = window.pages["notices"]
    page.refresh()
    page.table.selectAll()
    folder = tmp_path / "out"

    def fill(dialog):
        assert "3" in dialog.info.text()
        dialog.target_edit.setText(str(folder))
        dialog.accept()

    in_modal_dialog(qtbot, page.batch_button.click, fill)
    told = answer_message_box()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert sorted(p.suffix for p in folder.iterdir()) == [".pdf"] * 3
    assert "3" in told[0] and str(folder) in told[0]


def test_body_editor_round_trip_and_paste_recognises_numbering(qtbot):
    """blocks() gives back what set_blocks() loaded; pasting typed numbers gives heading levels."""
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks(BODY)
    assert editor.blocks() == BODY
    assert editor.edit.labels() == ["一、", "", "（一）", "1."]
    editor.set_blocks([])
    mime = QMimeData()
    mime.setText("一、总体要求\n（一）加强领导。各单位要……\n")
    editor.edit.insertFromMimeData(mime)
    assert editor.blocks() == [Block("h1", "总体要求"), Block("h2", "加强领导。", tail="各单位要……")]
    editor.edit.undo()  # the paste is one undo step
    assert editor.blocks() == []


def test_body_editor_level_shortcuts_and_copy_keep_levels(qtbot):
    """Ctrl+2 makes the paragraph a level-2 heading; copied text carries its numbers."""
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks([Block("paragraph", "加强组织领导。"), Block("paragraph", "做好材料报送。")])
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [b.kind for b in editor.blocks()] == ["h2", "h2"]
    assert editor.level_combo.currentIndex() == 2
    assert editor.edit.createMimeDataFromSelection().text() == "（一）加强组织领导。\n（二）做好材料报送。"
    editor.level_combo.setCurrentIndex(0)
    editor.level_combo.activated.emit(0)  # the level chosen in the combo applies to the selection
    assert [b.kind for b in editor.blocks()] == ["paragraph", "paragraph"]


def test_delete_then_restore_from_deleted_items(qtbot, window, db):
    """Delete asks first; the notice leaves the list and comes back from Deleted items → Notices."""
    notice = make_notice(db, "关于调整专业委员会设置的通知")
    page = window.pages["notices"]
    select(page, notice.id)
    asked = answer_message_box(tr("Delete"))
    page.delete_button.click()
    assert asked and "关于调整专业委员会设置的通知" in asked[0]
    assert page.model.rowCount() == 0

    def restore(dialog):
        dialog.tabs.setCurrentWidget(dialog.notices_table)
        assert dialog.notices_table.item(0, 0).text() == "关于调整专业委员会设置的通知"
        dialog.notices_table.selectRow(0)
        dialog.restore_selected()
        dialog.reject()

    in_modal_dialog(qtbot, window.act_deleted.trigger, restore)
    assert page.model.ids == [notice.id]


def test_alliance_settings_dialog_saves_seal_and_prefix(qtbot, window, db, tmp_path):
    """Alliance settings… saves the prefix and a seal image; new notices can then be sealed."""
    seal = tmp_path / "seal.png"
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    image.save(str(seal))

    def fill(dialog):
        prefix = dialog.inputs["number_prefix"]
        prefix.setText("")
        type_text(prefix, "智城盟")
        assert f"智城盟〔{YEAR}〕1号" in dialog.number_example.text()
        dialog.set_seal_file(str(seal))
        assert dialog.seal_view.pixmap() is not None and not dialog.seal_view.pixmap().isNull()
        dialog._add_term("王志良")
        dialog._add_correction("乾部", "干部")
        dialog.save()
        assert not dialog.isVisible(), [r.error.text() for r in dialog.rows.values() if r.error.text()]

    in_modal_dialog(qtbot, window.act_alliance.trigger, fill)
    saved = alliance.get_alliance(db)
    assert saved.number_prefix == "智城盟" and saved.seal_png == seal.read_bytes()
    assert saved.protected_terms == ["王志良"] and saved.corrections == {"乾部": "干部"}

    def check(editor):
        assert editor.sealed.isEnabled() and editor.sealed.isChecked()
        editor.reject()

    in_modal_dialog(qtbot, window.act_new.trigger, check)


def test_missing_font_file_is_named_beside_its_role(qtbot, window, db, tmp_path):
    """A font file that does not exist is refused beside its role; nothing is stored."""

    def fill(dialog):
        dialog.font_edits["hei"].setText(str(tmp_path / "nosuch.ttf"))
        dialog.save()
        assert dialog.isVisible() and "nosuch.ttf" in dialog.error_text("font_hei")
        dialog.reject()

    in_modal_dialog(qtbot, window.act_alliance.trigger, fill)
    assert window.ctx.settings.get("fonts") is None


def test_language_switch_relabels_the_notice_list(qtbot, window, db):
    """Switching to English relabels the columns, the statuses and the buttons at once."""
    make_notice(db, "关于召开年度成员大会的通知")
    page = window.pages["notices"]
    page.refresh()
    window.language_actions["en"].trigger()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Document number"
    assert page.model.index(0, 2).data() == "Draft"
    assert page.batch_button.text() == "Batch export…"
    assert window.act_alliance.text() == "Alliance settings…"
    assert window.sidebar.item(3).text() == "Notices"


def test_dialog_result_code_is_accepted_after_save(qtbot, window, db):
    """A saved draft closes the editor with Accepted and selects the new row."""

    def fill(dialog):
        type_text(dialog.findChild(QLineEdit, "field_title"), "关于年度总结的通知")
        dialog.save()

    dialog = in_modal_dialog(qtbot, window.act_new.trigger, fill)
    assert dialog.result() == QDialog.DialogCode.Accepted
    page = window.pages["notices"]
    assert page.selected_ids() == [page.model.id_at(0)]


def _mark_pixels(image: QImage) -> int:
    """Pixels of the draft mark's light grey (0.86), sampled on a grid."""
    count = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = image.pixelColor(x, y)
            count += c.red() == c.green() == c.blue() and 216 <= c.red() <= 222
    return count


def test_ctrl_p_previews_the_selected_notice_and_a_draft_shows_its_mark(qtbot, window, db):
    """Ctrl+P opens the preview of the selected notice; a draft's pages carry 草稿, an issued one's do not."""
    draft = make_notice(db, "关于召开年度成员大会的通知")
    issued = service.issue_notice(db, make_notice(db, "关于缴纳会费的通知").id)
    window.ctx.data_changed.emit("notices")
    page = window.pages["notices"]
    counts = {}
    for notice in (draft, issued):
        page.select_id(notice.id)
        assert window.act_preview.isEnabled()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

        def look(dialog, key=notice.status):
            qtbot.waitUntil(lambda: len(dialog.page_images) > 0, timeout=20000)
            counts[key] = _mark_pixels(dialog.page_images[0])

        in_modal_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier), look)
    assert counts["draft"] > 5 * max(counts["issued"], 1), counts  # text edges give a few of that grey too
