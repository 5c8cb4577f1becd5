"""After a save, delete or undo only the lists whose tables changed refresh, and they
re-read only the rows on screen."""

from __future__ import annotations

import pytest

from core.members import contacts, units
from core.notices import service
from core.settings import Settings
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, monkeypatch):
    from ui.safety import auto_backup

    monkeypatch.setattr(auto_backup, "TRASH_DELAY_MS", 10**8)  # not while the database closes after the test
    for i in range(250):
        unit = units.create_unit(db, {"name": f"测试单位{i:03d}有限公司"})
        if i < 3:
            contacts.create_contact(db, {"unit_id": unit.id, "name": f"联系人{i}"})
    service.create_notice(db, {"title": "关于召开年会的通知", "addressees": "各成员单位"})
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    win = MainWindow(AppContext(db, settings, manager))
    qtbot.addWidget(win)
    win.auto_backup.timer.stop()
    win.show()
    qtbot.waitExposed(win)
    win.show_view("members")
    win.ctx.db.take_touched()  # what the set-up did is not the test's business
    return win


def spy(window, monkeypatch) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Count reloads and record the ids each list reads rows for."""
    lists = {key: page for key, page in window.pages.items() if hasattr(page, "model")}  # not the dashboard
    reloads = {key: 0 for key in lists}
    fetched: dict[str, list[int]] = {key: [] for key in lists}
    for key, page in lists.items():
        original_reload, original_fetch = page.reload, page.model._fetch

        def reload(key=key, original=original_reload):
            reloads[key] += 1
            original()

        def fetch(ids, key=key, original=original_fetch):
            fetched[key].extend(ids)
            return original(ids)

        monkeypatch.setattr(page, "reload", reload)
        monkeypatch.setattr(page.model, "_fetch", fetch)
    return reloads, fetched


def test_saving_a_contact_refreshes_the_lists_that_show_contacts_only(qtbot, window, monkeypatch):
    """A contact saved: the contact and unit lists (which show contacts) refresh, the notice list does not;
    the unit list re-reads the rows on screen, not its 250 rows."""
    reloads, fetched = spy(window, monkeypatch)
    people = window.pages["contacts"]
    contact_id = people.model.id_at(0)
    contact = contacts.get_contact(window.ctx.db, contact_id)
    contacts.update_contact(window.ctx.db, contact_id, {**contact.__dict__, "name": "改名联系人"})
    window.ctx.changed("contacts")
    window.show_view("members")
    qtbot.wait(50)
    assert reloads == {"members": 1, "contacts": 1, "notices": 0, "nominations": 0, "experts": 0, "mail": 0, "meetings": 0}
    assert 0 < len(fetched["members"]) <= 100
    people_rows = [people.model.row_for(r).name for r in range(people.model.count)]
    assert "改名联系人" in people_rows


def test_saving_a_notice_leaves_member_lists_alone(qtbot, window, monkeypatch):
    reloads, _fetched = spy(window, monkeypatch)
    notice = service.create_notice(window.ctx.db, {"title": "第二份通知"})
    window.ctx.changed("notices")
    assert reloads == {"members": 0, "contacts": 0, "notices": 1, "nominations": 0, "experts": 0, "mail": 0, "meetings": 0}
    assert notice.id in window.pages["notices"].model.ids


def test_undo_refreshes_what_the_undone_action_touched(qtbot, window, monkeypatch):
    """Undoing a notice's creation refreshes the notice list only; undoing a unit's deletion
    refreshes the unit and contact lists only."""
    notice = service.create_notice(window.ctx.db, {"title": "将被撤销的通知"})
    unit_id = window.pages["members"].model.id_at(0)
    window.ctx.changed("notices")
    reloads, _fetched = spy(window, monkeypatch)
    window.undo()
    assert reloads == {"members": 0, "contacts": 0, "notices": 1, "nominations": 0, "experts": 0, "mail": 0, "meetings": 0}
    assert notice.id not in window.pages["notices"].model.ids
    units.delete_units(window.ctx.db, [unit_id])
    window.ctx.changed("units")
    assert reloads == {"members": 1, "contacts": 1, "notices": 1, "nominations": 0, "experts": 0, "mail": 0, "meetings": 0}
    window.undo()
    assert reloads == {"members": 2, "contacts": 2, "notices": 1, "nominations": 0, "experts": 0, "mail": 0, "meetings": 0}
    assert window.pages["members"].model.id_at(0) == unit_id


def test_reload_keeps_the_scroll_position(qtbot, window):
    """A change elsewhere does not throw the clerk back to the top of a long list."""
    page = window.pages["members"]
    page.table.scrollToBottom()
    qtbot.wait(20)
    position = page.table.verticalScrollBar().value()
    assert position > 0
    units.create_unit(window.ctx.db, {"name": "最后加入的单位"})
    window.ctx.changed("units")
    qtbot.wait(20)
    assert page.model.count == 251
    assert page.table.verticalScrollBar().value() >= position


def test_a_change_of_unknown_extent_refreshes_every_list(qtbot, window, monkeypatch):
    reloads, _fetched = spy(window, monkeypatch)
    window.ctx.data_changed.emit("all")
    assert reloads == {"members": 1, "contacts": 1, "notices": 1, "nominations": 1, "experts": 1, "mail": 1, "meetings": 1}


def listings(window, monkeypatch) -> dict[str, int]:
    """How often each list asks the core for its listing (its count) from now on."""
    asked = {key: 0 for key in ("members", "contacts")}
    for key in asked:
        model = window.pages[key].model
        original = model._query

        def query(sort, descending, key=key, original=original):
            asked[key] += 1
            return original(sort, descending)

        monkeypatch.setattr(model, "_query", query)
    return asked


def shown_rows(page) -> list:  # type: ignore[type-arg]
    return [page.model.row_for(r) for r in range(page.model.count)]


def test_an_edit_that_cannot_change_a_count_rereads_the_rows_on_screen_only(qtbot, window, monkeypatch):
    """A contact's position saved: neither the contact nor the unit list counts its rows again (a
    count of 600,000 contacts is most of the refresh), yet the new position is shown."""
    people = window.pages["contacts"]
    asked = listings(window, monkeypatch)
    contact_id = people.model.id_at(1)
    contact = contacts.get_contact(window.ctx.db, contact_id)
    contacts.update_contact(window.ctx.db, contact_id, {**contact.__dict__, "position": "新任总经理"})
    window.ctx.changed("contacts")
    qtbot.wait(20)
    assert asked == {"members": 0, "contacts": 0}
    assert people.model.count == 3
    assert [r.position for r in shown_rows(people) if r.id == contact_id] == ["新任总经理"]


def test_a_change_that_can_change_a_count_counts_again(qtbot, window, monkeypatch):
    """A unit moved to the trash: the unit list counts again (one fewer), and so does the contact
    list (a deleted unit's contacts are not listed); undone, both count again."""
    members, people = window.pages["members"], window.pages["contacts"]
    asked = listings(window, monkeypatch)
    unit_id = next(r.unit_id for r in shown_rows(people))
    units.delete_units(window.ctx.db, [unit_id])
    window.ctx.changed("units")
    assert asked == {"members": 1, "contacts": 1}
    assert members.model.count == 249 and unit_id not in members.model.ids
    assert people.model.count == 2
    window.undo()
    assert asked == {"members": 2, "contacts": 2}
    assert members.model.count == 250 and people.model.count == 3


def test_a_filtered_list_counts_again_when_a_filtered_column_changes(qtbot, window, monkeypatch):
    """The unit list filtered by level: a unit's address edited leaves the count alone; its level
    changed to another one takes it out of the list."""
    members = window.pages["members"]
    members.level_combo.setCurrentIndex(members.level_combo.findData("member"))
    qtbot.wait(20)
    before = members.model.count
    assert before > 0
    unit_id = members.model.id_at(0)
    asked = listings(window, monkeypatch)
    unit = units.get_unit(window.ctx.db, unit_id)
    units.update_unit(window.ctx.db, unit_id, {**unit.__dict__, "address": "重庆市渝北区星光大道1号"})
    window.ctx.changed("units")
    assert asked["members"] == 0 and members.model.count == before
    units.update_unit(window.ctx.db, unit_id, {**unit.__dict__, "level": "council"})
    window.ctx.changed("units")
    assert asked["members"] == 1 and members.model.count == before - 1
    assert unit_id not in members.model.ids
