"""The pane beside the nominations: the selected nomination's values and review history, and the
live count of its call (what came back, from which units, who has not answered)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.calls import service
from core.calls import nominations
from core.calls.choices import SIDES, STATES
from core.errors import UserError
from core.i18n import format_date, tr
from ui.calls.dialogs import LABELS
from ui.calls.widgets import plain
from ui.common.detail_pane import DetailPane

SHOWN = ("work_unit", "side", "fields", "committees", "nominating_unit", "credit_code", "email", "received_on",
         "decided_on", "decision_ref")


class NominationDetail(DetailPane):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.nomination_id: int | None = None
        self.call_id: int | None = None
        self.reviews_head, self.reviews = plain(bold=True), plain()
        self.count_head, self.count = plain(bold=True), plain()
        self.count.setObjectName("call_count")
        self.add_section(self.reviews_head, self.reviews, self.count_head, self.count)
        self.finish()
        self.show_nomination(None, None)

    def show_nomination(self, nomination_id: int | None, call_id: int | None) -> None:
        self.nomination_id, self.call_id = nomination_id, call_id
        self.clear_facts()
        n = None
        if nomination_id is not None:
            try:
                n = nominations.get_nomination(self.ctx.db, nomination_id)
            except UserError:
                n = None
        if n is None:
            self.title.setText(tr("Choose a nomination to see it here."))
            self.reviews_head.hide()
            self.reviews.hide()
        else:
            self.title.setText(tr("{name}: {state}", name=n.name, state=STATES.label(n.state)))
            raw = nominations.nomination_as_raw(n)
            raw["decided_on"], raw["decision_ref"] = n.decided_on, n.decision_ref
            for key in SHOWN:
                value = raw.get(key)
                if key == "side" and value:
                    value = SIDES.label(value)
                if key in ("received_on", "decided_on"):
                    value = format_date(value) if value else ""
                if isinstance(value, list):
                    value = "、".join(value)
                if value:
                    self.facts.addRow(plain(tr("{label}:", label=tr(LABELS[key]))), plain(str(value)))
            self.reviews_head.setText(tr("Review"))
            lines = []
            for r in n.reviews:
                line = f"{format_date(r.on_date)}  {STATES.label(r.to_state)}"
                if r.reason:
                    line += tr(": {reason}", reason=r.reason)
                lines.append(line)
            self.reviews.setText("\n".join(lines))
            self.reviews_head.show()
            self.reviews.show()
            call_id = n.call_id
        self._show_count(call_id)

    def _show_count(self, call_id: int | None) -> None:
        if call_id is None:
            self.count_head.hide()
            self.count.hide()
            return
        try:
            count = service.call_count(self.ctx.db, call_id)
            call = service.get_call(self.ctx.db, call_id)
        except UserError:
            self.count_head.hide()
            self.count.hide()
            return
        self.count_head.setText(call.title)
        states = "、".join(f"{STATES.label(s)} {count.by_state[s]}" for s in STATES.codes() if count.by_state.get(s))
        lines = [tr("Received: {count}", count=count.total) + (f"（{states}）" if states else "")]
        if count.answered:
            lines.append(tr("From {count} units: {names}", count=len(count.answered),
                            names="、".join(f"{name} {n}" for _uid, name, n in count.answered[:12])
                            + ("…" if len(count.answered) > 12 else "")))
        if count.targeted:
            lines.append(tr("Not answered yet: {count} of {targeted} units", count=len(count.not_answered),
                            targeted=count.targeted))
            lines.append("、".join(name for _uid, name in count.not_answered[:30])
                         + ("…" if len(count.not_answered) > 30 else ""))
        self.count.setText("\n".join(lines))
        self.count_head.show()
        self.count.show()
