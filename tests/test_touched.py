"""What an action changed, as the lists are told (core.storage.touched): the tables, and for
each the columns its updates changed, or None when rows were added or removed."""

from __future__ import annotations

from core.members import contacts, queries, units
from core.safety import undo
from core.storage.touched import Touched, alters


def test_take_touched_names_the_columns_an_edit_changed(db):
    unit = units.create_unit(db, {"name": "重庆华信智能科技有限公司"})
    contact = contacts.create_contact(db, {"unit_id": unit.id, "name": "王伟"})
    created = db.take_touched()
    assert created >= {"units", "contacts"} and created.columns["units"] is None  # rows added
    assert created.columns["contacts"] is None
    contacts.update_contact(db, contact.id, {**contacts.get_contact(db, contact.id).__dict__, "position": "总经理"})
    edited = db.take_touched()
    assert edited == {"contacts"}
    assert "position" in edited.columns["contacts"] and "deleted_at" not in edited.columns["contacts"]
    units.delete_units(db, [unit.id])  # to the trash: an update of deleted_at
    assert "deleted_at" in db.take_touched().columns["units"]
    assert db.take_touched() == set()


def test_undo_tells_the_same(db):
    """Undoing an action touches what it touched: a creation undone removes rows."""
    unit = units.create_unit(db, {"name": "北京智源数据有限公司"})
    db.take_touched()
    undo.undo(db)
    touched = db.take_touched()
    assert "units" in touched and touched.columns["units"] is None
    assert unit.id not in queries.unit_ids(db)


def test_several_actions_are_told_together(db):
    unit = units.create_unit(db, {"name": "深圳数港科技有限公司"})
    db.take_touched()
    values = units.get_unit(db, unit.id).__dict__
    units.update_unit(db, unit.id, {**values, "address": "深圳市南山区"})
    units.update_unit(db, unit.id, {**values, "address": "深圳市福田区", "website": "https://example.cn"})
    columns = db.take_touched().columns["units"]
    assert {"address", "website"} <= columns and "level" not in columns


def test_which_changes_alter_a_count():
    """A count reads its rows' trash state and its filter's fields: an edit of anything else does
    not alter it; rows added or removed, a text filter or a payload without detail always may."""
    plain = queries.count_reads(queries.UnitFilter())
    by_level = queries.count_reads(queries.UnitFilter(level="council"))
    people = queries.count_reads(queries.ContactFilter())
    address = Touched({"units": frozenset({"address", "search_text"})})
    assert not alters(address, plain) and not alters(address, by_level)
    level = Touched({"units": frozenset({"level"}), "unit_history": None})
    assert not alters(level, plain) and alters(level, by_level)
    assert alters(Touched({"units": frozenset({"deleted_at"})}), people)  # a deleted unit's contacts go too
    assert not alters(Touched({"contacts": frozenset({"position"})}), plain)
    assert alters(Touched({"units": None}), plain)
    assert alters(address, queries.count_reads(queries.UnitFilter(text="重庆")))  # None: a text filter
    assert alters("all", plain) and alters(frozenset({"units"}), plain)
