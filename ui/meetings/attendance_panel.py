"""Invitees and attendance of one meeting: invite units (by level, committee or choice;
each unit's primary contact or all its contacts) and guests; replies, the status on the
day and substitutes; the live count「40 家成员单位 58 名代表出席」. Each change is saved
at once as one undoable action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLineEdit, QListWidget, QListWidgetItem, QMenu, QPushButton, QRadioButton, QTableWidget, QVBoxLayout, QWidget,
)

from core.i18n import N_, tr
from core.meetings import attendance
from core.meetings.choices import REPLIES, STATUSES
from core.members import committees
from core.members.choices import LEVELS
from ui.common.mnemonics import on_show
from ui.common.widgets import fill_items
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, attempt, cell, plain_label, reply_label, status_label, time_of

COLUMNS = (N_("Name"), N_("Unit"), N_("Position"), N_("Reply"), N_("Attendance"), N_("Attends for"),
           N_("Signed in"))


class InviteDialog(QDialog):
    """Whom to invite: units of some levels, a committee's units, or units picked one by one;
    and which of their people (the primary contact or all contacts)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.chosen_units: list[int] = []
        self.setWindowTitle(tr("Invite member units"))
        self.by_level, self.by_committee, self.by_choice = QRadioButton(), QRadioButton(), QRadioButton()
        for name, button in (("by_level", self.by_level), ("by_committee", self.by_committee),
                             ("by_choice", self.by_choice)):
            button.setObjectName(name)
        self.by_level.setChecked(True)
        self.levels = QListWidget()
        self.levels.setObjectName("levels")
        for code in LEVELS.codes():
            item = QListWidgetItem(LEVELS.label(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.levels.addItem(item)
        self.levels.setMaximumHeight(130)
        self.committee = QComboBox()
        self.committee.setObjectName("committee")
        fill_items(self.committee, [(c.name, c.id) for c in committees.list_committees(ctx.db)])
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choose_units")
        self.choose_button.clicked.connect(self._choose)
        self.chosen_label = plain_label()
        self.primary, self.everyone = QRadioButton(), QRadioButton()
        self.primary.setObjectName("primary")
        self.everyone.setObjectName("everyone")
        self.primary.setChecked(True)
        people = QButtonGroup(self)
        people.addButton(self.primary)
        people.addButton(self.everyone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Invite"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        layout = QVBoxLayout(self)
        self.by_level.setText(tr("Units of these membership levels:"))
        self.by_committee.setText(tr("The units of a professional committee:"))
        self.by_choice.setText(tr("Units chosen one by one:"))
        self.choose_button.setText(tr("Choose units…"))
        self.primary.setText(tr("each unit's primary contact"))
        self.everyone.setText(tr("all contacts of each unit"))
        layout.addWidget(self.by_level)
        layout.addWidget(self.levels)
        layout.addWidget(self.by_committee)
        layout.addWidget(self.committee)
        layout.addWidget(self.by_choice)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choose_button)
        choice_row.addWidget(self.chosen_label, 1)
        layout.addLayout(choice_row)
        layout.addWidget(plain_label(tr("Invite:"), bold=True))
        layout.addWidget(self.primary)
        layout.addWidget(self.everyone)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        from ui.notices.unit_picker import UnitPickerDialog

        picker = UnitPickerDialog(self.ctx, self.chosen_units, self)
        if picker.exec():
            self.chosen_units = picker.chosen_ids()
            self.chosen_label.setText(tr("{count} units chosen", count=len(self.chosen_units)))
            self.by_choice.setChecked(True)

    def people(self) -> str:
        return "all" if self.everyone.isChecked() else "primary"

    def checked_levels(self) -> list[str]:
        return [self.levels.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.levels.count())
                if self.levels.item(i).checkState() == Qt.CheckState.Checked]

    def invite(self, meeting_id: int) -> attendance.InviteResult | None:
        db = self.ctx.db
        if self.by_level.isChecked():
            levels = self.checked_levels()
            return attendance.invite_by_level(db, meeting_id, levels, self.people()) if levels else None
        if self.by_committee.isChecked():
            committee = self.committee.currentData()
            return attendance.invite_committee(db, meeting_id, committee, self.people()) if committee else None
        return attendance.invite_units(db, meeting_id, self.chosen_units, self.people()) if self.chosen_units else None


class GuestDialog(QDialog):
    """A guest typed in (列席 from another body), or someone attending for an invitee (代)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.setWindowTitle(title)
        self.name, self.unit, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("guest_name")
        self.unit.setObjectName("guest_unit")
        form = QFormLayout(self)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Unit:"), self.unit)
        form.addRow(tr("Position:"), self.position)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AttendancePanel(QWidget):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.counts = plain_label()
        self.counts.setObjectName("attendance_counts")
        font = self.counts.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.counts.setFont(font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("attendees")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 110), (3, 90), (4, 100), (5, 90), (6, 70)):
            self.table.setColumnWidth(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self._menu().exec(self.table.mapToGlobal(pos)))
        self.invite_button, self.guest_button = QPushButton(), QPushButton()
        self.reply_button, self.status_button = QPushButton(), QPushButton()
        self.substitute_button, self.remove_button = QPushButton(), QPushButton()
        for name, button in (("invite", self.invite_button), ("guest", self.guest_button),
                             ("reply", self.reply_button), ("status", self.status_button),
                             ("substitute", self.substitute_button), ("remove", self.remove_button)):
            button.setObjectName(name)
        self.invite_button.clicked.connect(self.invite)
        self.guest_button.clicked.connect(self.add_guest)
        self.substitute_button.clicked.connect(self.add_substitute)
        self.remove_button.clicked.connect(self.remove)
        self.reply_menu, self.status_menu = QMenu(self), QMenu(self)
        self.reply_button.setMenu(self.reply_menu)
        self.status_button.setMenu(self.status_menu)
        buttons = QHBoxLayout()
        for button in (self.invite_button, self.guest_button, self.reply_button, self.status_button,
                       self.substitute_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.data_changed.connect(lambda payload: touches(payload, MEETING_TABLES) and self.reload())
        ctx.language.changed.connect(lambda _l: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.invite_button.setText(tr("Invite units…"))
        self.guest_button.setText(tr("Add guest…"))
        self.reply_button.setText(tr("Reply"))
        self.status_button.setText(tr("Attendance"))
        self.substitute_button.setText(tr("Attends for…"))
        self.substitute_button.setToolTip(tr("Someone attends in place of the selected invitee (代)"))
        self.remove_button.setText(tr("Remove"))
        for menu, vocabulary, handler in ((self.reply_menu, REPLIES, self.set_reply),
                                          (self.status_menu, STATUSES, self.set_status)):
            menu.clear()
            for code in vocabulary.codes():
                action = menu.addAction(vocabulary.label(code))
                action.setObjectName(f"{'reply' if vocabulary is REPLIES else 'status'}_{code}")
                action.triggered.connect(lambda _c=False, code=code, handler=handler: handler(code))
        self.reload()

    def reload(self) -> None:
        try:
            people = attendance.list_attendees(self.ctx.db, self.meeting_id)
            counts = attendance.attendance_counts(self.ctx.db, self.meeting_id)
        except Exception:  # noqa: BLE001 - the meeting went to the trash while the editor was open
            return
        selected = set(self.selected_ids())
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            values = (person.name, person.unit_name, person.position, reply_label(person.reply),
                      status_label(person.status), person.substitute_for_name or "", time_of(person.signed_in_at))
            for column, text in enumerate(values):
                self.table.setItem(row, column, cell(text, person.id if column == 0 else None))
            if person.id in selected:
                self.table.selectRow(row)
        self.counts.setText(tr("{invited} invited — {summary}", invited=counts.invited, summary=counts.summary())
                            if counts.invited else tr("Nobody invited yet: Invite units… or Add guest…"))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows if self.table.item(r, 0)]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        writable = not self.ctx.db.read_only
        for button in (self.reply_button, self.status_button, self.remove_button):
            button.setEnabled(chosen and writable)
        self.substitute_button.setEnabled(len(self.selected_ids()) == 1 and writable)
        self.invite_button.setEnabled(writable)
        self.guest_button.setEnabled(writable)

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addMenu(self.reply_menu).setText(tr("Reply"))
        menu.addMenu(self.status_menu).setText(tr("Attendance"))
        menu.addAction(tr("Attends for…"), self.add_substitute).setEnabled(len(self.selected_ids()) == 1)
        menu.addAction(tr("Remove"), self.remove).setEnabled(bool(self.selected_ids()))
        return menu

    def _done(self, result: object) -> None:
        if result is not None:
            self.ctx.changed()

    def invite(self) -> None:
        dialog = InviteDialog(self.ctx, self)
        if dialog.exec():
            result = attempt(self, lambda: dialog.invite(self.meeting_id))
            if result is not None:
                self.ctx.changed()
                if result.without_contacts:
                    from ui.common.messages import show_info

                    show_info(self, tr("These units have no contact to invite; add one in Member units: {units}",
                                       units="、".join(result.without_contacts)))

    def add_guest(self) -> None:
        dialog = GuestDialog(tr("Add guest"), self)
        if dialog.exec() and dialog.name.text().strip():
            self._done(attempt(self, lambda: attendance.add_guest(
                self.ctx.db, self.meeting_id, dialog.name.text(), dialog.unit.text(), dialog.position.text())))

    def add_substitute(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = GuestDialog(tr("Attends for the selected invitee"), self)
        dialog.unit.setEnabled(False)
        if dialog.exec() and dialog.name.text().strip():
            self._done(attempt(self, lambda: attendance.set_substitute(
                self.ctx.db, self.meeting_id, ids[0], dialog.name.text(), dialog.position.text())))

    def set_reply(self, code: str) -> None:
        ids = self.selected_ids()
        if ids:
            attempt(self, lambda: attendance.set_reply(self.ctx.db, ids, code))
            self.ctx.changed()

    def set_status(self, code: str) -> None:
        ids = self.selected_ids()
        if ids:
            attempt(self, lambda: attendance.set_status(self.ctx.db, ids, code))
            self.ctx.changed()

    def remove(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._done(attempt(self, lambda: attendance.uninvite(self.ctx.db, ids)))
