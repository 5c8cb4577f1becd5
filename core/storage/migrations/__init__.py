"""Numbered schema migrations.

``MIGRATIONS[n - 1]`` brings a file from version n-1 to n. Each runs inside one
transaction together with the ``PRAGMA user_version`` bump, so a crash leaves the
file at the old or the new version, never between. Never edit a released
migration: add the next one. tests/fixtures holds a database of each released
version and tests/test_storage.py upgrades each of them.

One module per feature holds its migrations (members.py, notices.py, search.py, meetings.py,
overview.py, calls.py, mail.py); this list puts them in their order. A new migration goes
into its feature's module (or a new one) and at the end of MIGRATIONS.
"""

from __future__ import annotations

from collections.abc import Callable

from core.storage.database import APPLICATION_ID, Database
from core.storage.migrations.calls import _v11_calls
from core.storage.migrations.mail import _v12_mail
from core.storage.migrations.meetings import _v8_meetings
from core.storage.migrations.members import (COMMITTEES, _v1_members, _v2_change_log, _v4_database_identity,
                                             _v6_undo_barriers, _v7_regions_one_spelling)
from core.storage.migrations.notices import _v3_notices
from core.storage.migrations.overview import _v9_overview, _v13_overview_meetings
from core.storage.migrations.search import (_v5_search_index, _v10_listing_by_id, _v14_search_in_name_order,
                                            _v15_search_grams)

__all__ = ["COMMITTEES", "LATEST_VERSION", "MIGRATIONS", "migrate"]


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_members, _v2_change_log, _v3_notices, _v4_database_identity, _v5_search_index, _v6_undo_barriers,
    _v7_regions_one_spelling, _v8_meetings, _v9_overview, _v10_listing_by_id,
    _v11_calls, _v12_mail, _v13_overview_meetings,
    _v14_search_in_name_order,
    _v15_search_grams,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(db: Database) -> int:
    """Apply the missing migrations in order; returns the version reached.

    After each migration the change-log triggers of every registered table are
    regenerated from its columns (core.storage.changes), so a migration that adds a
    column cannot leave undo restoring only part of a row.
    """
    from core.storage import changes

    version = db.schema_version()
    for number in range(version + 1, LATEST_VERSION + 1):
        with db.transaction() as conn:
            MIGRATIONS[number - 1](db)
            changes.install_all_triggers(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
    return db.schema_version()
