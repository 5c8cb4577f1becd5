"""Files dropped on the main window (simulated QDragEnterEvent / QDropEvent carrying file URLs):
returned forms become nominations through the 征集 page's own reading and review, a member list
dropped on the member units page opens the import preview, anything else is refused with a
message in the user's language and nothing changes."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from core.calls import queries, service
from core.forms import xlsx_template
from core.members import queries as unit_queries
from core.members import units
from tests.qt_helpers import in_modal_dialog, open_main_window
from tests.test_calls_forms import NAME, filled
from tests.test_ui_notices import answer_message_box


def mime_of(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def dropped(window, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(300, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def _setup(db):
    units.create_unit(db, {"name": "南京智能交通研究院", "short_name": "南京交研"})
    return service.create_call(db, {"kind": "expert", "title": "2013年专家组征集", "deadline": "2013-11-30"})


def names(db) -> list[str]:
    ids = queries.nomination_ids(db)
    rows = queries.nomination_rows(db, ids)
    return sorted(rows[i]["name"] for i in ids)


def test_forms_dropped_on_the_overview_are_reviewed_and_recorded_on_the_calls_page(qtbot, db, tmp_path):
    """Two filled PDFs and a photo dropped on the window while the overview shows: the 征集 page comes
    up with its review of returned forms: the form ready, the same person's second copy, the photo
    with its message; Record writes what is ticked, the photo is left where it was."""
    _setup(db)
    first = filled(tmp_path, file="wang.pdf")
    second = filled(tmp_path, file="li.pdf", name="李静", mobile="13900001111", email="lj@example.com")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a form")
    window = open_main_window(qtbot, db, view="overview")
    seen = {}

    def check(dialog):
        rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        seen["rows"] = rows
        dialog.table.selectRow(list(rows).index("photo.jpg"))
        seen["detail"] = dialog.details.currentWidget().text() if hasattr(dialog.details.currentWidget(), "text") \
            else ""
        dialog.record_button.click()
        seen["done"] = True

    def drop_and_wait():
        event = dropped(window, mime_of(first, second, photo))
        assert event.isAccepted()
        qtbot.waitUntil(lambda: seen.get("done", False), timeout=30000)

    in_modal_dialog(qtbot, drop_and_wait, check)
    assert window.module_keys()[window.sidebar.currentRow()] == "nominations"
    assert seen["rows"]["wang.pdf"] == "可以登记" and seen["rows"]["li.pdf"] == "可以登记"
    assert seen["rows"]["photo.jpg"].startswith("无法登记")
    assert "photo.jpg" in seen["detail"] and "PDF" in seen["detail"]
    assert names(db) == sorted([NAME, "李静"])
    assert photo.read_bytes().startswith(b"\xff\xd8")
    qtbot.waitUntil(lambda: window.pages["nominations"].model.count == 2, timeout=5000)


def test_a_member_list_dropped_on_the_member_units_page_opens_the_import_preview(qtbot, db, tmp_path):
    """A .csv dropped on the member units page opens the import dialog with its columns recognised;
    nothing is written until the clerk imports."""
    from ui.exchange.import_dialog import ImportDialog

    source = tmp_path / "名单.csv"
    source.write_text("单位名称,联系人,手机\n无锡智慧水务有限公司,周喆,13800001234\n", encoding="utf-8-sig")
    window = open_main_window(qtbot, db, view="members")
    seen = {}

    def check(dialog):
        seen["kind"] = type(dialog)
        seen["fields"] = [c.currentData() for c in dialog.combos]
        seen["first"] = dialog.preview.item(1, 0).text()
        dialog.reject()

    def drop_and_wait():
        dropped(window, mime_of(source))
        qtbot.waitUntil(lambda: "kind" in seen, timeout=30000)

    in_modal_dialog(qtbot, drop_and_wait, check)
    assert seen["kind"] is ImportDialog and seen["fields"] == ["name", "contact_name", "contact_mobile"]
    assert seen["first"] == "无锡智慧水务有限公司"
    assert unit_queries.unit_ids(db) == []


def test_the_forms_template_dropped_on_the_member_units_page_goes_to_the_returns(qtbot, db, tmp_path):
    """The forms' .xlsx template is told from a member list: dropped on the member units page it is
    read as returned forms (here: no filled rows, said per file), not as units."""
    _setup(db)
    sheet = tmp_path / "专家推荐表.xlsx"
    sheet.write_bytes(xlsx_template("expert"))
    window = open_main_window(qtbot, db, view="members")
    told = answer_message_box()
    dropped(window, mime_of(sheet))
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert "专家推荐表.xlsx" in told[0] and window.module_keys()[window.sidebar.currentRow()] == "nominations"
    assert unit_queries.unit_ids(db) == [1] and names(db) == []


def test_unknown_files_are_refused_with_a_message_and_nothing_changes(qtbot, db, tmp_path):
    """A photo and a .docx dropped on the calls page: a message in Chinese names them and says what
    can be dropped where; no page changes, nothing is recorded, the files stay as they were."""
    _setup(db)
    photo, letter = tmp_path / "合影.jpg", tmp_path / "说明.docx"
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    letter.write_bytes(b"PK\x03\x04 not really")
    window = open_main_window(qtbot, db, view="nominations")
    told = answer_message_box()
    dropped(window, mime_of(photo, letter))
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "合影.jpg" in told[0] and "说明.docx" in told[0]
    assert "没有导入" in told[0] and ".pdf" in told[0]
    assert window.module_keys()[window.sidebar.currentRow()] == "nominations"
    assert names(db) == [] and photo.read_bytes() == b"\xff\xd8\xff\xe0"


def test_a_drag_of_files_over_a_page_is_taken_by_the_window_but_not_a_drag_of_text(qtbot, db, tmp_path):
    """Dragged over the list of the calls page, files are accepted (the window takes what the page
    does not); dragged text or a web link is not."""
    _setup(db)
    window = open_main_window(qtbot, db, view="nominations")
    target = window.pages["nominations"].table.viewport()

    def enter(mime: QMimeData) -> bool:
        event = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
        return event.isAccepted()

    assert enter(mime_of(filled(tmp_path)))
    text = QMimeData()
    text.setText("王𠮷堃")
    assert not enter(text)
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/form.pdf")])
    assert not enter(link)
