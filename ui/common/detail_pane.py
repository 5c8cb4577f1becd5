"""The frame of a detail pane beside a list: a scroll area holding a bold title, a form of
facts and the sections a module adds below them (plain text only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def plain_label(text: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # database text is shown as typed, never as HTML
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class DetailPane(QScrollArea):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(250)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.box = QVBoxLayout(body)
        self.title = plain_label(bold=True)
        self.title.setObjectName("detail_title")
        self.box.addWidget(self.title)
        self.facts = QFormLayout()
        self.box.addLayout(self.facts)
        self.setWidget(body)

    def add_section(self, *widgets: QWidget) -> None:
        """Widgets under the facts, in order; the pane's end keeps them at the top."""
        for widget in widgets:
            self.box.addWidget(widget)

    def finish(self) -> None:
        self.box.addStretch(1)

    def clear_facts(self) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
