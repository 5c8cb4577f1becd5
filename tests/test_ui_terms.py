"""One English term for one thing: the English UI does not name a field two ways."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QLabel

from core.i18n import catalog_dir, read_catalog
from core.notices import alliance
from core.notices.service import NOTICE_LABELS

from tests.qt_helpers import open_main_window

# Same Chinese, rightly different English: a member's status and a menu command, a menu item and
# a dialog's button. (One and many, "notice" and "notices", count as the same term; so do "an ID
# number" and "ID number".)
DIFFERENT_ON_PURPOSE = [{"left", "quit"}, {"create a new database", "new database"},
                        # 请假 twice: an invitee's answer before the meeting, and the status on the day
                        {"send apologie", "excused"}]


def test_the_signature_field_has_one_english_name(qtbot, db):
    """The notice editor and the alliance settings both say "Signed by" (it was "Signing body" in one)."""
    from ui.notices.alliance_dialog import AllianceDialog
    from ui.notices.editor import NoticeEditor

    assert NOTICE_LABELS["signatory"] == alliance.ALLIANCE_LABELS["signatory"] == "Signed by"
    window = open_main_window(qtbot, db, "en")
    shown = []
    for dialog in (NoticeEditor(window.ctx, None), AllianceDialog(window.ctx)):
        qtbot.addWidget(dialog)
        shown.append({label.text() for label in dialog.findChildren(QLabel)})
    assert "Signed by:" in shown[0] and "Signed by:" in shown[1]
    assert not any("Signing body" in text for texts in shown for text in texts)


# Where one Chinese term had two English names (found when the meetings, calls, forms and e-mail
# modules met the rest), one was chosen: 状态 is "Status", 征集 "Call(s)", 专业委员会
# "Professional committee(s)"...; where the senses differ the Chinese differs too (撤销 "Undo", but
# 撤销事项 "Drop…" an action item; 入会 "Joined", but 入会申请 a call for "Membership"). A new clash fails.
TO_RECONCILE: list[set[str]] = []


def test_short_labels_sharing_a_translation_share_their_english():
    """Where the catalog gives two short English labels the same Chinese, the English says the same
    thing too (apart from the listed pairs that differ on purpose)."""
    catalog = read_catalog(catalog_dir() / "zh_Hans.ts")
    by_translation: dict[str, set[str]] = defaultdict(set)
    for source, translation in catalog.items():
        if "{" in source or len(source.split()) > 4:
            continue
        words = source.rstrip(":*…. ").replace("&", "").lower().split()
        if words and words[0] in ("a", "an", "the"):  # "an ID number" in a sentence is the "ID number"
            words = words[1:]
        # one and many are the same term, in any word ("Calls for nominations")
        by_translation[translation.rstrip("：:*…").strip()].add(" ".join(w.removesuffix("s") for w in words))
    clashes = [names for names in by_translation.values() if len(names) > 1 and names not in DIFFERENT_ON_PURPOSE
               and names not in TO_RECONCILE]
    assert clashes == []
