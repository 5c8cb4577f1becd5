"""Alt+letter for every form label of a dialog (the label's buddy takes the focus), unique within
the dialog, in every language.

English labels get an ampersand at a letter of their own ("&Name:", "Short na&me:"). Chinese labels
follow the practice of Chinese Windows and Qt software: the letter is appended in brackets,
"名称(&N)：", and it is the letter the English label uses, found through the catalogs, so that a clerk
who switches language keeps the same keys where the dialog allows. Letters the dialog's buttons,
boxes and tabs already use (their own &) are left to them.

Labels are given their letters when the dialog is shown (:func:`on_show`) and again after each
retranslation (``assign``): their texts are set by the dialogs' own code, in any language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QGroupBox, QLabel, QTabWidget, QWidget

from core.i18n import known_source

_MARK = re.compile(r"\(&([A-Za-z0-9])\)|&([A-Za-z0-9])")
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # a Chinese label is marked "(&X)", even "SMTP 服务器(&S)"
_TAIL = re.compile(r"(\s*\*?\s*[:：]?\s*)$")  # " *:", "：", "" at the end of a label


def mnemonic_of(text: str) -> str | None:
    """The letter of ``text``'s Alt+letter ("&Name" -> "n", "名称(&N)" -> "n"); "&&" is an ampersand."""
    m = _MARK.search(text.replace("&&", ""))
    return (m.group(1) or m.group(2)).lower() if m else None


def plain(text: str) -> str:
    """``text`` without its Alt+letter mark."""
    return _MARK.sub(lambda m: "" if m.group(1) else m.group(2), text.replace("&&", "\0")).replace("\0", "&&")


def form_labels(root: QWidget) -> list[QLabel]:
    """The labels of ``root`` whose buddy takes the keyboard focus (a value shown as a label does not).
    A buddy that only holds fields ("Starts and ends at:" over two times) hands the focus to its first."""
    for form in root.findChildren(QFormLayout):  # a label put in a form row names that row's field
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and label.buddy() is None and field is not None and field is not label:
                label.setBuddy(field)
    found = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or isinstance(buddy, QLabel):  # a value shown as text is not typed into
            continue
        if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and buddy.focusProxy() is None:
            inner = next((w for w in buddy.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
                          and not isinstance(w, QLabel)), None)
            if inner is not None:
                buddy.setFocusProxy(inner)
        if buddy.focusPolicy() != Qt.FocusPolicy.NoFocus or buddy.focusProxy() is not None:
            found.append(label)
    return found


def _taken_by_others(root: QWidget, labels: list[QLabel]) -> set[str]:
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [g.title() for g in root.findChildren(QGroupBox)]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return {letter for text in texts if (letter := mnemonic_of(text))}


def _candidates(english: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9]+", english)
    first = [w[0].lower() for w in words]
    rest = [c.lower() for w in words for c in w[1:]]
    ordered = [*first, *rest, *"abcdefghijklmnopqrstuvwxyz"]
    return list(dict.fromkeys(c for c in ordered if c.isalnum()))


def _english_of(text: str) -> str:
    core = _TAIL.sub("", text).strip()
    if not _CJK.search(core):
        return core
    return known_source(core) or known_source(core + "：") or known_source(core + ":") or ""


def _marked(text: str, letter: str) -> str:
    core_end = _TAIL.search(text).start()  # type: ignore[union-attr]
    core, tail = text[:core_end], text[core_end:]
    if not _CJK.search(core):
        # at a word's start if it can be, else anywhere in the label
        for pattern in (rf"\b{letter}", letter):
            m = re.search(pattern, core, re.IGNORECASE)
            if m:
                return core[:m.start()] + "&" + core[m.start():] + tail
    return f"{core}(&{letter.upper()}){tail}"


def assign(root: QWidget) -> None:
    """Give each form label of ``root`` an Alt+letter no other label or button of ``root`` uses."""
    labels = form_labels(root)
    taken = _taken_by_others(root, labels)
    ours = []
    for label in labels:  # a letter a dialog gave on purpose ("&Name:") is kept; ours are given again
        text = label.text()
        letter = mnemonic_of(text)
        if letter is None or text == label.property("mnemonic_given"):
            ours.append(label)
        elif letter not in taken:
            taken.add(letter)
        else:
            ours.append(label)
    for label in ours:
        text = plain(label.text())
        choice = next((c for c in _candidates(_english_of(text)) if c not in taken), None)
        if choice is not None:
            taken.add(choice)
            text = _marked(text, choice)
        label.setText(text)
        label.setProperty("mnemonic_given", text)


class _OnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            assign(watched)
        return False


def on_show(dialog: QWidget) -> None:
    """Assign the dialog's Alt+letters each time it is shown."""
    watcher = _OnShow(dialog)
    dialog.installEventFilter(watcher)
