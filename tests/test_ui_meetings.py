"""The meetings module driven like a clerk drives it (pytest-qt, offscreen): a meeting made
in the editor, units invited, sign-in at the door by initials with Enter, undo and a
walk-in, the follow-up of action items, the minutes' states, packages for a laptop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from core.meetings import agenda, attendance, package, service
from core.members import contacts, units
from tests.qt_helpers import in_modal_dialog, open_main_window, type_text

TODAY = dt.date.today()


def unit_with_contact(db, name: str, person: str, level: str = "council") -> int:
    unit = units.create_unit(db, {"name": name, "level": level})
    contacts.create_contact(db, {"unit_id": unit.id, "name": person, "is_primary": True})
    return unit.id


@pytest.fixture
def meeting(db):
    unit_with_contact(db, "重慶智慧城市研究院", "王志良")
    unit_with_contact(db, "北京数字城市公司", "李明", level="member")
    created = service.create_meeting(db, {"kind": "council", "title": "理事会第一次工作会议",
                                          "meeting_date": "2013-11-06", "place": "北京中兴大厦"})
    attendance.invite_by_level(db, created.id, ["council", "member"])
    return created


def page_of(window):
    window.show_view("meetings")
    page = window.pages["meetings"]
    page.refresh()
    return page


@pytest.mark.parametrize("language, saved", [("zh-Hans", "新建"), ("en", "New")])
def test_new_meeting_in_the_editor_then_invite_units(qtbot, db, language, saved):
    """New… asks the facts (a missing title is named beside its field), saves the meeting and opens
    it on the attendance tab, where Invite units… by level invites the units' primary contacts."""
    unit_with_contact(db, "重慶智慧城市研究院", "王志良")
    window = open_main_window(qtbot, db, language)
    page = page_of(window)
    assert page.new_button.text().startswith(saved)
    failures, handled = [], []

    def then_next_dialog(previous, then):
        """Once the dialog after ``previous`` is up (the editor New… opens after saving), run ``then``."""
        def poke():
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is previous:
                QTimer.singleShot(20, poke)
                return
            try:
                then(dialog)
                handled.append(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported by the test, never a hang
                failures.append(exc)
            finally:
                if dialog.isVisible():
                    dialog.close()

        QTimer.singleShot(0, poke)

    def fill(editor):
        editor.date_edit.setText("2013-11-06")
        editor.save()
        assert editor.isVisible() and editor.error_text("title")  # the title is required
        type_text(editor.title_edit, "理事会第一次工作会议")
        editor.place.setText("北京中兴大厦")

        def invite(panel_editor):
            panel = panel_editor.panels["attendance"]
            assert panel_editor.tabs.currentWidget() is panel

            def choose(dialog):
                dialog.levels.item(3).setCheckState(Qt.CheckState.Checked)  # 理事单位
                dialog.accept()

            in_modal_dialog(qtbot, panel.invite_button.click, choose)
            assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "王志良"
            panel_editor.reject()

        then_next_dialog(editor, invite)
        editor.save()

    in_modal_dialog(qtbot, page.new_button.click, fill)
    assert failures == [] and handled, failures
    meetings = service.get_meeting(db, page.model.id_at(0))
    assert meetings.title == "理事会第一次工作会议" and meetings.place == "北京中兴大厦"
    assert [a.name for a in attendance.list_attendees(db, meetings.id)] == ["王志良"]


def test_sign_in_by_initials_enter_undo_and_walk_in(qtbot, db, meeting):
    """In sign-in mode wzl finds 王志良 (typed 重慶 finds the unit too), Enter signs him in with the time,
    the counts follow; Undo sign-in takes it back; a walk-in is added and signed in on the spot."""
    from ui.meetings.signin import SignInDialog

    window = open_main_window(qtbot, db)
    dialog = SignInDialog(window.ctx, meeting.id, window, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.search, "wzl")
    qtbot.waitUntil(lambda: dialog.matches.count() > 0
                    and dialog.matches.item(0).data(Qt.ItemDataRole.UserRole) is not None)
    assert dialog.matches.item(0).text().startswith("王志良")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    wang = next(a for a in attendance.list_attendees(db, meeting.id) if a.name == "王志良")
    assert wang.signed_in_at and wang.status == "present"
    assert "王志良" in dialog.message.text() and dialog.arrivals.count() == 1
    assert "1" in dialog.counts.text()
    assert dialog.search.text() == "" and dialog.matches.count() == 0  # ready for the next person
    type_text(dialog.search, "重庆")  # Simplified finds the unit typed in Traditional
    qtbot.waitUntil(lambda: dialog.matches.count() > 0)
    assert "王志良" in dialog.matches.item(0).text() and "✓" in dialog.matches.item(0).text()
    dialog.arrivals.setCurrentRow(0)
    dialog.undo_button.click()
    assert attendance.get_attendee(db, wang.id).signed_in_at is None
    assert dialog.arrivals.count() == 0

    def walk_in(guest):
        type_text(guest.name, "赵堃")
        type_text(guest.unit, "无锡物联网产业研究院")
        guest.accept()

    in_modal_dialog(qtbot, dialog.walk_in_button.click, walk_in)
    walkers = attendance.walk_ins_to_offer(db, meeting.id)
    assert [w.name for w in walkers] == ["赵堃"] and walkers[0].signed_in_at
    assert dialog.arrivals.count() == 1
    dialog.close()


def test_attendance_tab_sets_replies_and_status_with_counts(qtbot, db, meeting):
    """Selecting an invitee and choosing Attendance → Present updates the table and the live count."""
    from ui.meetings.editor import MeetingEditor

    window = open_main_window(qtbot, db)
    editor = MeetingEditor(window.ctx, meeting.id, window)
    qtbot.addWidget(editor)
    panel = editor.panels["attendance"]
    assert panel.table.rowCount() == 2
    panel.table.selectRow(0)
    panel.status_menu.findChild(type(panel.status_menu.actions()[0]), "status_present").trigger()
    present = [a for a in attendance.list_attendees(db, meeting.id) if a.status == "present"]
    assert len(present) == 1
    assert "1" in panel.counts.text() and panel.table.item(0, 4).text() == "出席"
    panel.table.selectRow(1)
    panel.reply_menu.findChild(type(panel.reply_menu.actions()[0]), "reply_leave").trigger()
    assert [a.reply for a in attendance.list_attendees(db, meeting.id) if a.id != present[0].id] == ["leave"]
    editor.close()


def test_followup_lists_overdue_first_and_marks_done_with_who(qtbot, db, meeting, monkeypatch):
    """The follow-up view lists the overdue item before the one due later, in red; Mark done… asks who,
    records when and by whom; the sidebar shows the overdue count and follows it."""
    from PySide6.QtWidgets import QInputDialog

    from ui.meetings.followup import FollowUpDialog

    late = agenda.add_action_item(db, meeting.id, {"text": "与六城市逐一跟进", "due_date": "2013-12-31",
                                                   "unit_name": "联盟秘书处"})
    later = agenda.add_action_item(db, meeting.id, {"text": "形成专家组名单",
                                                    "due_date": (TODAY + dt.timedelta(days=30)).isoformat()})
    window = open_main_window(qtbot, db)
    badge = window.sidebar.item(window.module_keys().index("meetings"))
    qtbot.waitUntil(lambda: badge.text() == "会议  1")  # one overdue item, shown once the window is up
    dialog = FollowUpDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [i.id for i in dialog.table.items_shown] == [late.id, later.id]
    assert dialog.table.item(0, 3).foreground().color().name() == "#b3261e"
    dialog.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("熊秘书", True))
    dialog.buttons.done_button.click()
    done = agenda.get_action_item(db, late.id)
    assert done.status == "done" and done.done_by == "熊秘书" and done.done_at
    assert [i.id for i in dialog.table.items_shown] == [later.id]
    assert badge.text() == "会议"
    dialog.close()


def test_minutes_tab_approves_and_freezes_the_facts(qtbot, db, meeting, monkeypatch):
    """Approve… freezes the meeting: the facts become read-only and Correct makes version 2."""
    from ui.meetings import minutes_panel
    from ui.meetings.editor import MeetingEditor

    monkeypatch.setattr(minutes_panel, "confirm", lambda *a, **k: True)
    window = open_main_window(qtbot, db)
    editor = MeetingEditor(window.ctx, meeting.id, window)
    qtbot.addWidget(editor)
    panel = editor.panels["minutes"]
    panel.circulate_button.click()
    assert service.get_meeting(db, meeting.id).minutes.status == "circulated"
    panel.approve_button.click()
    assert service.get_meeting(db, meeting.id).frozen
    assert not editor.title_edit.isEnabled() and panel.correct_button.isEnabled()
    panel.correct_button.click()
    assert service.get_meeting(db, meeting.id).minutes.version == 2
    assert editor.title_edit.isEnabled()
    editor.close()


def test_minutes_pdf_from_the_minutes_tab(qtbot, db, meeting, tmp_path):
    """Minutes PDF… writes the minutes in the background; the PDF names the meeting."""
    import pdfplumber

    from core.notices import alliance
    from ui.common.jobs import wait_for_jobs
    from ui.meetings.editor import MeetingEditor

    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处"})
    window = open_main_window(qtbot, db)
    editor = MeetingEditor(window.ctx, meeting.id, window)
    qtbot.addWidget(editor)
    out = tmp_path / "minutes.pdf"
    editor.panels["minutes"].export_minutes(out)
    qtbot.waitUntil(out.exists, timeout=30000)
    wait_for_jobs()
    qtbot.waitUntil(lambda: str(out) in editor.panels["minutes"].saved.text())
    with pdfplumber.open(out) as pdf:
        assert "理事会第一次工作会议" in "".join(p.extract_text() or "" for p in pdf.pages).replace(" ", "")
    editor.close()


def test_minutes_for_word_beside_the_pdf(qtbot, db, meeting, tmp_path, monkeypatch):
    """Minutes for Word… offers a .docx (the name the clerk types gets .docx), written in the
    background; the document holds the minutes' mark and says where it went."""
    import docx

    from core.notices import alliance
    from ui.common.jobs import wait_for_jobs
    from ui.meetings import minutes_panel
    from ui.meetings.editor import MeetingEditor

    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处"})
    window = open_main_window(qtbot, db)
    editor = MeetingEditor(window.ctx, meeting.id, window)
    qtbot.addWidget(editor)
    asked = []

    def save_as(_parent, _title, proposed, pattern):
        asked.append((proposed, pattern))
        return str(tmp_path / "纪要"), pattern

    monkeypatch.setattr(minutes_panel.QFileDialog, "getSaveFileName", save_as)
    panel = editor.panels["minutes"]
    assert panel.docx_button.text() and panel.docx_button.parent() is panel.pdf_button.parent()
    panel.docx_button.click()
    out = tmp_path / "纪要.docx"
    qtbot.waitUntil(out.exists, timeout=30000)
    wait_for_jobs()
    qtbot.waitUntil(lambda: str(out) in panel.saved.text())
    assert asked[0][0].endswith("纪要.docx") and "*.docx" in asked[0][1]
    text = "".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "理事会第一次工作会议纪要" in text
    editor.close()


def test_package_round_trip_through_the_page(qtbot, db, meeting, tmp_path):
    """Export meeting package…, signed in on another database, results merged back: the merge report
    shows the sign-in, and merging again adds nothing."""
    from core.storage.database import open_database

    window = open_main_window(qtbot, db)
    page = page_of(window)
    page.select_id(meeting.id)
    pkg = tmp_path / f"m{package.PACKAGE_SUFFIX}"
    in_modal_dialog(qtbot, lambda: page.export_package(pkg), lambda box: box.accept())
    laptop = open_database(tmp_path / "laptop.sqlite3")
    copy_id = package.import_package(laptop, pkg)
    wang = next(a for a in attendance.list_attendees(laptop, copy_id) if a.name == "王志良")
    attendance.sign_in(laptop, wang.id)
    results = tmp_path / f"r{package.RESULTS_SUFFIX}"
    package.export_results(laptop, copy_id, results)
    laptop.conn.close()
    seen = in_modal_dialog(qtbot, lambda: page.merge_results(results), lambda report: report.reject())
    assert "1" in seen.findChild(QDialog.__base__, "merge_summary").text()
    in_modal_dialog(qtbot, lambda: page.merge_results(results), lambda report: report.reject())
    signed = [a for a in attendance.list_attendees(db, meeting.id) if a.signed_in_at]
    assert [a.name for a in signed] == ["王志良"]
