"""Sign-in at the door (签到): a full-screen view in large type for a laptop at the entrance,
working with no network. Type a few characters of the name, its full pinyin or initials
(wzl → 王志良, 重庆 → 重慶), or the unit; Enter signs the first match in (its time kept);
walk-ins are added on the spot; a mistaken sign-in is undone. The counts and the list of
arrivals follow each sign-in. Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from core.i18n import format_date, tr
from core.meetings import attendance, service, signin_search
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.meetings.attendance_panel import GuestDialog
from ui.meetings.common import attempt, plain_label, time_of

BIG = 26  # points: the search box and the matches, readable at arm's length
SEARCH_DELAY_MS = 60


class SignInDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None,
                 full_screen: bool = True) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx, self.meeting_id = ctx, meeting_id
        self.meeting = service.get_meeting(ctx.db, meeting_id)
        self.setObjectName("signin")
        self.heading = plain_label(bold=True)
        self.counts = plain_label()
        self.counts.setObjectName("signin_counts")
        self.search = QLineEdit()
        self.search.setObjectName("signin_search")
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("signin_matches")
        self.message = plain_label()
        self.message.setObjectName("signin_message")
        self.arrivals = QListWidget()
        self.arrivals.setObjectName("signin_arrivals")
        self.arrivals_head = plain_label(bold=True)
        self.sign_button, self.undo_button, self.walk_in_button, self.close_button = (QPushButton() for _ in range(4))
        for name, button, handler in (("sign", self.sign_button, self.sign_in_current),
                                      ("undo_signin", self.undo_button, self.undo_sign_in),
                                      ("walk_in", self.walk_in_button, self.add_walk_in),
                                      ("close", self.close_button, self.accept)):
            button.setObjectName(name)
            button.clicked.connect(handler)
            button.setAutoDefault(False)
        big = QFont(self.font())
        big.setPointSize(BIG)
        for widget in (self.search, self.matches):
            widget.setFont(big)
        medium = QFont(self.font())
        medium.setPointSize(int(BIG * 0.7))
        for widget in (self.heading, self.counts, self.message, self.arrivals, self.sign_button, self.undo_button,
                       self.walk_in_button, self.close_button):
            widget.setFont(medium)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.matches, 1)
        left.addWidget(self.message)
        buttons = QHBoxLayout()
        for button in (self.sign_button, self.undo_button, self.walk_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.arrivals_head)
        right.addWidget(self.arrivals, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addLayout(body, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.sign_in_current)
        self.matches.itemActivated.connect(lambda _i: self.sign_in_current())
        for key in (QKeySequence(Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_Up)):
            QShortcut(key, self.search, lambda k=key: self._move(1 if k == QKeySequence(Qt.Key.Key_Down) else -1),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.last_signed: int | None = None
        ctx.language.changed.connect(lambda _l: self.retranslate())
        self.retranslate()
        if full_screen:
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.search.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Sign-in: {title}", title=self.meeting.title))
        self.heading.setText(f"{self.meeting.title}  {format_date(self.meeting.meeting_date)}")
        self.search.setPlaceholderText(tr("Name, pinyin, initials or unit — Enter signs in"))
        self.arrivals_head.setText(tr("Signed in"))
        self.sign_button.setText(tr("Sign in (Enter)"))
        self.undo_button.setText(tr("Undo sign-in"))
        self.undo_button.setToolTip(tr("Undo the sign-in of the selected arrival (or the last one)"))
        self.walk_in_button.setText(tr("Walk-in…"))
        self.walk_in_button.setToolTip(tr("Someone not invited: added and signed in now, offered as a new contact "
                                          "afterwards"))
        self.close_button.setText(tr("Close (Esc)"))
        self.find()
        self.refresh_arrivals()

    def _move(self, step: int) -> None:
        row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
        self.matches.setCurrentRow(row)

    def find(self) -> None:
        query = self.search.text().strip()
        self.matches.clear()
        if not query:
            return
        for hit in signin_search.search_invitees(self.ctx.db, self.meeting_id, query):
            text = hit.name + (f" — {hit.unit_name}" if hit.unit_name else "")
            if hit.position:
                text += f"（{hit.position}）"
            if hit.signed_in_at:
                text = "✓ " + text + "  " + tr("signed in at {time}", time=time_of(hit.signed_in_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit.attendee_id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        else:
            self.matches.addItem(tr("Nobody found: check the spelling, or add a walk-in"))
            self.matches.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def sign_in_current(self) -> None:
        item = self.matches.currentItem()
        attendee_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if attendee_id is None:
            return
        person = attendance.get_attendee(self.ctx.db, attendee_id)
        if person.signed_in_at:
            self.message.setText(tr("{name} signed in at {time} already.", name=person.name,
                                    time=time_of(person.signed_in_at)))
            return
        done = attempt(self, lambda: attendance.sign_in(self.ctx.db, attendee_id))
        if done is None:
            return
        self.last_signed = attendee_id
        self.ctx.changed()
        self.message.setText(tr("{name} signed in at {time}.", name=done.name, time=time_of(done.signed_in_at)))
        self.search.clear()
        self.matches.clear()  # ready for the next person at once
        self.refresh_arrivals()
        self.search.setFocus()

    def undo_sign_in(self) -> None:
        item = self.arrivals.currentItem()
        attendee_id = item.data(Qt.ItemDataRole.UserRole) if item else self.last_signed
        if attendee_id is None:
            return
        person = attempt(self, lambda: attendance.undo_sign_in(self.ctx.db, attendee_id))
        if person is not None:
            self.ctx.changed()
            self.message.setText(tr("The sign-in of {name} was undone.", name=person.name))
            self.last_signed = None
            self.refresh_arrivals()
            self.find()
        self.search.setFocus()

    def add_walk_in(self) -> None:
        dialog = GuestDialog(tr("Walk-in"), self)
        dialog.name.setText(self.search.text().strip() if not self.matches.count() or
                            self.matches.item(0).data(Qt.ItemDataRole.UserRole) is None else "")
        if dialog.exec() and dialog.name.text().strip():
            person = attempt(self, lambda: attendance.add_walk_in(self.ctx.db, self.meeting_id, dialog.name.text(),
                                                                  dialog.unit.text(), dialog.position.text()))
            if person is not None:
                self.last_signed = person.id
                self.ctx.changed()
                self.message.setText(tr("{name} added as a walk-in and signed in at {time}.", name=person.name,
                                        time=time_of(person.signed_in_at)))
                self.search.clear()
                self.refresh_arrivals()
        self.search.setFocus()

    def refresh_arrivals(self) -> None:
        people = [p for p in attendance.list_attendees(self.ctx.db, self.meeting_id) if p.signed_in_at]
        people.sort(key=lambda p: p.signed_in_at or "", reverse=True)  # the latest arrival on top
        self.arrivals.clear()
        for person in people:
            text = f"{time_of(person.signed_in_at)}  {person.name}" + (f" — {person.unit_name}"
                                                                       if person.unit_name else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(text)
            self.arrivals.addItem(item)
        counts = attendance.attendance_counts(self.ctx.db, self.meeting_id)
        self.counts.setText(tr("{signed} of {invited} signed in — {summary}", signed=counts.signed_in,
                               invited=counts.invited, summary=counts.summary()))
