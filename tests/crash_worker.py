"""Work that tests/test_crash.py kills with SIGKILL at random moments.

    python tests/crash_worker.py import DB CSV   # import a 20,000-row member list, one transaction
    python tests/crash_worker.py edits DB        # edit units in a loop, one action each
    python tests/crash_worker.py backup DB DIR   # back up in a loop

Prints "ready" once the database is open, so the test kills during real work.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.storage.database import open_database  # noqa: E402


def main() -> None:
    mode, db_path = sys.argv[1], Path(sys.argv[2])
    db = open_database(db_path)
    print("ready", flush=True)
    if mode == "import":
        from core.exchange.columns import propose_mapping
        from core.exchange.member_import import apply_import, plan_import
        from core.exchange.readers import read_table

        table = read_table(sys.argv[3])
        plan = plan_import(db, table, propose_mapping(table.header), "skip")
        apply_import(db, plan)
        print("imported", flush=True)
    elif mode == "edits":
        from core.members import units
        from core.members.queries import unit_ids

        ids = unit_ids(db)
        i = 0
        while True:
            unit = units.get_unit(db, ids[i % len(ids)])
            # name and notes change together: after a kill they must still agree
            units.update_unit(db, unit.id, {**unit.__dict__, "name": f"编辑单位{unit.id}-{i}", "notes": str(i),
                                            "status": "suspended" if i % 2 else "active"})
            i += 1
    elif mode == "backup":
        from core.safety.backups import backup_now

        while True:
            backup_now(db, Path(sys.argv[3]), "auto")


if __name__ == "__main__":
    main()
