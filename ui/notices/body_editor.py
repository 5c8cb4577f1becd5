"""The body editor of a notice: the clerk writes paragraphs and gives each a level;
the numbering (一、 （一） 1. （1）) is generated, never typed.

Each paragraph (text block) keeps its level in its block format (a custom
property), so it survives Enter, undo/redo and copy/paste inside the editor. A
gutter on the left shows the numbers the printed notice will carry; headings are
drawn bold (一、) or in a Kai face (（一）). Pasting plain text recognises typed
numbering (core ``blocks_from_text``) and turns it into levels.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QResizeEvent, QSyntaxHighlighter, QTextBlock,
    QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from core.documents import Block, blocks_from_text, number_headings
from core.i18n import tr

LEVEL_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
KINDS = ("paragraph", "h1", "h2", "h3", "h4")
EXAMPLES = ("", "一、", "（一）", "1.", "（1）")
KAI_FAMILIES = ["KaiTi", "楷体", "STKaiti", "Kaiti SC", "LXGW WenKai", "AR PL UKai CN"]
HEI_FAMILIES = ["SimHei", "黑体", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"]
GUTTER_COLOUR = QColor("#f3f3f3")
LABEL_COLOUR = QColor("#1f5fa8")
STRIP = " \t\u3000"


def level_of(block: QTextBlock) -> int:
    """0 for a paragraph, 1–4 for a heading level."""
    level = block.blockFormat().intProperty(LEVEL_PROPERTY)
    return level if 0 <= level < len(KINDS) else 0


def split_heading(kind: str, text: str) -> Block:
    """A heading paragraph that goes on after its first sentence keeps the rest as its
    run-in tail, as ``blocks_from_text`` does: ``加强领导。各单位要……``."""
    if kind != "paragraph":
        stop = text.find("。")
        if 0 <= stop < len(text) - 1:
            return Block(kind, text[:stop + 1], tail=text[stop + 1:].lstrip(STRIP))
    return Block(kind, text)


def heading_span(level: int, text: str) -> int:
    """How many characters of a paragraph are the heading itself (the rest is its tail)."""
    if not level:
        return 0
    stop = text.find("。")
    return stop + 1 if 0 <= stop < len(text) - 1 else len(text)


def level_font(base: QFont, level: int) -> QFont:
    font = QFont(base)
    if level == 1:
        font.setFamilies(HEI_FAMILIES + font.families())
        font.setBold(True)
    elif level == 2:
        font.setFamilies(KAI_FAMILIES + font.families())
        font.setBold(True)
    elif level == 3:
        font.setBold(True)  # a real or synthesised bold (CJK faces rarely have a demibold)
    return font


class LevelHighlighter(QSyntaxHighlighter):
    """Draws the heading part of each heading paragraph in its level's face."""

    def __init__(self, document: QTextDocument, editor: QPlainTextEdit) -> None:
        super().__init__(document)
        self.editor = editor

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        level = level_of(self.currentBlock())
        span = heading_span(level, text)
        if not span:
            return
        fmt = QTextCharFormat()
        font = level_font(self.editor.font(), level)
        fmt.setFontFamilies(font.families())
        fmt.setFontWeight(font.weight())
        self.setFormat(0, span, fmt)


class _Gutter(QWidget):
    def __init__(self, editor: BodyTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.editor.paint_gutter(event)


class BodyTextEdit(QPlainTextEdit):
    """The text area with the numbering gutter; ``level_changed`` tells the level of
    the paragraph under the cursor."""

    level_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) + 2)
        self.setFont(font)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(6)
        self.gutter = _Gutter(self)
        self.highlighter = LevelHighlighter(self.document(), self)
        self.blockCountChanged.connect(lambda _n: self._update_margins())
        self.updateRequest.connect(lambda _rect, _dy: self.gutter.update())
        self.document().contentsChange.connect(self._contents_changed)
        self.cursorPositionChanged.connect(lambda: self.level_changed.emit(self.current_level()))
        self._update_margins()

    def _contents_changed(self, *_args: object) -> None:
        self.gutter.update()
        self.level_changed.emit(self.current_level())  # also after undo/redo of a level

    # -- levels ---------------------------------------------------------------------
    def current_level(self) -> int:
        return level_of(self.textCursor().block())

    def set_level(self, level: int) -> None:
        """Give every paragraph of the selection (or the one at the cursor) ``level``; one undo step."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            self._apply_level(QTextCursor(block), level)
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()
        self.level_changed.emit(self.current_level())

    def _apply_level(self, cursor: QTextCursor, level: int) -> None:
        fmt = QTextBlockFormat()
        fmt.setProperty(LEVEL_PROPERTY, level)
        cursor.mergeBlockFormat(fmt)
        self.highlighter.rehighlightBlock(cursor.block())
        self.gutter.update()

    # -- content as blocks ----------------------------------------------------------------
    def blocks(self) -> list[Block]:
        result: list[Block] = []
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text().replace("\u2028", "").strip(STRIP)
            if text:
                result.append(split_heading(KINDS[level_of(block)], text))
            block = block.next()
        return result

    def set_blocks(self, blocks: list[Block]) -> None:
        self.document().clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for i, b in enumerate(blocks):
            if i:
                cursor.insertBlock()
            self._apply_level(cursor, KINDS.index(b.kind))
            cursor.insertText(b.text + b.tail)
        if not blocks:
            self._apply_level(cursor, 0)
        cursor.endEditBlock()
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.highlighter.rehighlight()

    def labels(self) -> list[str]:
        """The generated number of each paragraph, as printed ('' for paragraphs)."""
        kinds = []
        block = self.document().firstBlock()
        while block.isValid():
            # an empty paragraph is dropped when saving: it takes no number
            kinds.append(Block(KINDS[level_of(block)] if block.text().strip(STRIP) else "paragraph"))
            block = block.next()
        return number_headings(kinds)

    # -- typing and pasting ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        digit = event.key() - Qt.Key.Key_0
        if mods == Qt.KeyboardModifier.ControlModifier and 0 <= digit < len(KINDS):
            self.set_level(digit)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isReadOnly() \
                and not mods & Qt.KeyboardModifier.ControlModifier:
            self.new_paragraph()
            event.accept()
            return
        super().keyPressEvent(event)

    def new_paragraph(self) -> None:
        """Enter: a new paragraph. After a heading it is body text; Enter at the start of a
        heading opens an empty body paragraph above it."""
        cursor = self.textCursor()
        level = level_of(cursor.block())
        at_end = cursor.atBlockEnd()
        at_start = cursor.atBlockStart() and not cursor.hasSelection() and cursor.block().length() > 1
        cursor.beginEditBlock()
        cursor.insertBlock()
        if level and at_end:
            self._apply_level(cursor, 0)
        elif level and at_start:
            self._apply_level(QTextCursor(cursor.block().previous()), 0)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            self.paste_text(source.text())
        else:
            super().insertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copied paragraphs carry their numbers, so pasting them (here or elsewhere) keeps the levels."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        labels = self.labels()
        parts: list[str] = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            lo, hi = max(start, block.position()), min(end, block.position() + block.length() - 1)
            text = block.text()[lo - block.position():hi - block.position()]
            if lo == block.position() and labels[block.blockNumber()]:
                text = labels[block.blockNumber()] + text
            parts.append(text)
            block = block.next()
        mime = QMimeData()
        mime.setText("\n".join(parts))
        return mime

    def paste_text(self, text: str) -> None:
        """Insert plain text; typed numbering becomes levels (one undo step)."""
        if self.isReadOnly():
            return
        blocks = blocks_from_text(text)
        cursor = self.textCursor()
        if not blocks:
            return
        if len(blocks) == 1 and blocks[0].kind == "paragraph":
            cursor.insertText(text if "\n" not in text and "\r" not in text else blocks[0].text)
            self.setTextCursor(cursor)
            return
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        if cursor.block().text().strip(STRIP):
            # land in an empty paragraph of its own: split at the cursor, keep the rest after the paste
            if not cursor.atBlockStart():
                cursor.insertBlock()
            if cursor.block().text():
                cursor.insertBlock()
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        elif cursor.block().text():
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        for i, b in enumerate(blocks):
            if i:
                cursor.insertBlock()
            self._apply_level(cursor, KINDS.index(b.kind))
            cursor.insertText(b.text + b.tail)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- the gutter -------------------------------------------------------------------------
    def gutter_width(self) -> int:
        return QFontMetrics(level_font(self.font(), 1)).horizontalAdvance("（十二）") + 16

    def _update_margins(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(), rect.height()))

    def changeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._update_margins()

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), GUTTER_COLOUR)
        labels = self.labels()
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        width = self.gutter.width() - 6
        height = self.fontMetrics().height()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > event.rect().bottom():
                break
            label = labels[block.blockNumber()]
            if block.isVisible() and geometry.bottom() >= event.rect().top() and label:
                painter.setFont(level_font(self.font(), level_of(block)))
                painter.setPen(LABEL_COLOUR)
                painter.drawText(QRect(0, int(geometry.top()), width, height),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            block = block.next()
        painter.end()


class BodyEditor(QWidget):
    """The level choice above the text; ``blocks()`` / ``set_blocks()`` give and take
    the notice body as core Blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = BodyTextEdit()
        self.edit.setObjectName("body_text")
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("body_level")
        self.level_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.level_label = QLabel()
        self.level_label.setBuddy(self.level_combo)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setWordWrap(True)
        for _ in KINDS:
            self.level_combo.addItem("")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.level_label)
        bar.addWidget(self.level_combo)
        bar.addWidget(self.hint, 1)
        bar.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.level_combo.activated.connect(self._level_chosen)
        self.edit.level_changed.connect(self._show_level)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.level_label.setText(tr("Level:"))
        self.level_combo.setItemText(0, tr("Paragraph"))
        for level in range(1, len(KINDS)):
            self.level_combo.setItemText(level, tr("Heading {level}  {example}", level=level,
                                                   example=EXAMPLES[level]))
        for level in range(len(KINDS)):
            self.level_combo.setItemData(level, tr("Shortcut: Ctrl+{digit}", digit=level),
                                         Qt.ItemDataRole.ToolTipRole)
        self.hint.setText(tr("Do not type numbers: give each paragraph its level (Ctrl+0 paragraph, Ctrl+1 to "
                             "Ctrl+4 headings); the numbers are added by the program."))
        self.level_combo.setToolTip(tr("Level of the paragraph at the cursor"))
        self.edit.setPlaceholderText(tr("Type the text of the notice here, one paragraph per line."))

    def _level_chosen(self, index: int) -> None:
        self.edit.set_level(index)
        self.edit.setFocus()

    def _show_level(self, level: int) -> None:
        self.level_combo.blockSignals(True)
        self.level_combo.setCurrentIndex(level)
        self.level_combo.blockSignals(False)

    def blocks(self) -> list[Block]:
        return self.edit.blocks()

    def set_blocks(self, blocks: list[Block]) -> None:
        self.edit.set_blocks(blocks)
        self._show_level(self.edit.current_level())

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.level_combo.setEnabled(not read_only)
        self.hint.setVisible(not read_only)
