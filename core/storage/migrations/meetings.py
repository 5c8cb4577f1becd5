"""Migrations of meetings (会议): invitations, attendance, agenda, decisions, action items, minutes."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script


def _v8_meetings(db: Database) -> None:
    """Meetings (会议): invitees and attendance with sign-ins, agenda items, decisions,
    action items with progress notes, minutes versions, linked notices, and the packages
    taken to a sign-in laptop (core.meetings)."""
    run_script(
        db,
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'working' CHECK (kind IN ('general_assembly', 'council',
                'standing_council', 'working', 'committee', 'other')),
            title TEXT NOT NULL,
            meeting_date TEXT,
            start_time TEXT,
            end_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            chair TEXT NOT NULL DEFAULT '',
            recorder TEXT NOT NULL DEFAULT '',
            committee_id INTEGER REFERENCES committees(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            package_of TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meetings_by_date ON meetings(deleted_at, meeting_date);

        CREATE TABLE meeting_minutes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            version INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved',
                'superseded')),
            number_line TEXT NOT NULL DEFAULT '',
            minutes_date TEXT,
            version_of INTEGER REFERENCES meeting_minutes(id) ON DELETE SET NULL,
            circulated_at TEXT,
            approved_at TEXT,
            snapshot TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (meeting_id, version)
        );

        CREATE TABLE meeting_notices (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'convening' CHECK (role IN ('convening', 'other')),
            PRIMARY KEY (meeting_id, notice_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_notices_by_notice ON meeting_notices(notice_id);

        CREATE TABLE meeting_attendees (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            uid TEXT NOT NULL UNIQUE,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            name TEXT NOT NULL DEFAULT '',
            unit_name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            is_guest INTEGER NOT NULL DEFAULT 0 CHECK (is_guest IN (0, 1)),
            walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
            reply TEXT NOT NULL DEFAULT 'pending' CHECK (reply IN ('pending', 'attend', 'leave')),
            status TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'present', 'observer', 'leave', 'absent')),
            substitute_for INTEGER REFERENCES meeting_attendees(id) ON DELETE SET NULL,
            signed_in_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_attendees_by_meeting ON meeting_attendees(meeting_id, sort_key);
        CREATE INDEX meeting_attendees_by_contact ON meeting_attendees(contact_id) WHERE contact_id IS NOT NULL;
        CREATE INDEX meeting_attendees_by_unit ON meeting_attendees(unit_id) WHERE unit_id IS NOT NULL;

        CREATE TABLE meeting_signins (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            attendee_id INTEGER NOT NULL REFERENCES meeting_attendees(id) ON DELETE CASCADE,
            signed_in_at TEXT NOT NULL,
            undone_at TEXT,
            device TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_signins_by_attendee ON meeting_signins(attendee_id, signed_in_at);
        CREATE INDEX meeting_signins_by_meeting ON meeting_signins(meeting_id);

        CREATE TABLE meeting_agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            presenter TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            carried_action_id INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meeting_agenda_items_by_meeting ON meeting_agenda_items(meeting_id, position);

        CREATE TABLE meeting_decisions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES meeting_agenda_items(id) ON DELETE SET NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meeting_decisions_by_meeting ON meeting_decisions(meeting_id, number);

        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES meeting_agenda_items(id) ON DELETE SET NULL,
            decision_id INTEGER REFERENCES meeting_decisions(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            unit_name TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            done_at TEXT,
            done_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX action_items_open_by_due ON action_items(due_date) WHERE status = 'open';
        CREATE INDEX action_items_by_meeting ON action_items(meeting_id, position);
        CREATE INDEX action_items_by_unit ON action_items(unit_id) WHERE unit_id IS NOT NULL;
        CREATE INDEX action_items_by_contact ON action_items(contact_id) WHERE contact_id IS NOT NULL;

        CREATE TABLE action_progress (
            id INTEGER PRIMARY KEY,
            action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
            note_date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX action_progress_by_item ON action_progress(action_item_id, note_date);

        CREATE TABLE meeting_packages (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in', 'merged')),
            package_uid TEXT NOT NULL,
            made_at TEXT NOT NULL,
            baseline TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX meeting_packages_by_meeting ON meeting_packages(meeting_id, direction);
        """,
    )
