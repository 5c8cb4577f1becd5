"""Shared by the import and export tests: files written as clerks send them, counts read back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from core.exchange.columns import propose_mapping
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import read_table
from core.storage.database import open_database
from core.validation import uscc_check_char


HEADER = ["单位名称", "统一社会信用代码", "会员类别", "城市", "联系人", "手机", "电子邮箱"]


def code(n: int) -> str:
    first = f"9111000{n:010d}"
    return first + uscc_check_char(first)


def new_db(tmp_path: Path, name: str = "t.sqlite3"):
    return open_database(tmp_path / name)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def import_file(db, path: Path, policy: str = "merge", **kwargs):
    table = read_table(path)
    plan = plan_import(db, table, propose_mapping(table.header), policy)
    return plan, apply_import(db, plan, **kwargs)


def units(db) -> list[str]:
    return [r[0] for r in db.query("SELECT name FROM units WHERE deleted_at IS NULL ORDER BY id")]


def contacts(db) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in db.query(
        "SELECT u.name, c.name, c.mobile, c.email FROM contacts c JOIN units u ON u.id = c.unit_id "
        "WHERE c.deleted_at IS NULL ORDER BY c.id")]


def row_count(db) -> int:
    return db.query_one("SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM contacts) "
                        "+ (SELECT count(*) FROM unit_history) + (SELECT count(*) FROM unit_committees)")[0]


RARE_ROWS = [HEADER,
             ["𠮷祥科技有限公司", code(1), "理事单位", "南京", "王堃", "13812345678", "kun@example.com"],
             ["喆远研究院", "", "会员单位", "长春", "陈喆", "13900001111", ""]]
