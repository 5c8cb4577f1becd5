"""Markdown -> lines: ``#`` headings give a depth, list markers and emphasis are markup
(dropped), links keep both their text and their address. Each source line is a line of
the notice, as in a plain-text file: Chinese notices are not wrapped by hand, and
joining lines would glue ``附件：`` items together."""

from __future__ import annotations

import re

from core.notices.from_file.lines import Line, clean, split_lines

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_ORDERED = re.compile(r"^\s*(\d{1,3})[.)]\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`]+)`")
_CENTER = re.compile(r"^<center>(.*)</center>$|^<p\s+align=[\"']?center[\"']?\s*>(.*)</p>$", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _link(m: re.Match[str]) -> str:
    text, url = m.group(1), m.group(2)
    return text if not url or url == text else f"{text}（{url}）"


def inline(text: str) -> str:
    """Emphasis and code marks dropped, links as ``text（address）``, escapes resolved."""
    text = _CODE.sub(lambda m: m.group(1).replace("*", "\x01").replace("_", "\x02"), text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    for _ in range(2):
        text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1), text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    text = _ESCAPE.sub(lambda m: m.group(1), text)
    return text.replace("\x01", "*").replace("\x02", "_")


def markdown_lines(text: str) -> list[Line]:
    out: list[Line] = []
    fence: str | None = None
    previous_blank = True
    for raw in split_lines(text):
        if fence is not None:
            if raw.strip().startswith(fence):
                fence = None
            elif clean(raw):
                out.append(Line(clean(raw)))
            continue
        m = _FENCE.match(raw)
        if m:
            fence = m.group(1)[0] * 3
            continue
        if not raw.strip():
            previous_blank = True
            continue
        setext = _SETEXT.match(raw)
        if setext and not previous_blank and out and out[-1].depth is None:  # the line above is a heading
            out[-1].depth = 1 if setext.group(1)[0] == "=" else 2
            continue
        previous_blank = False
        if _RULE.match(raw) or _TABLE_RULE.match(raw) and "|" in raw:
            continue
        line = _QUOTE.sub("", raw)
        heading = _ATX.match(line)
        if heading:
            body = clean(inline(heading.group(2) or ""))
            if body:
                out.append(Line(body, depth=len(heading.group(1))))
            continue
        centred = _CENTER.match(line.strip())
        if centred:
            line = centred.group(1) if centred.group(1) is not None else centred.group(2)
        line = _BULLET.sub("", line, count=1)
        line = _ORDERED.sub(lambda m: f"{m.group(1)}. ", line, count=1)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = "　".join(clean(cell) for cell in line.strip()[1:-1].split("|") if clean(cell))
        bold = bool(_STRONG.fullmatch(line.strip()))
        text_line = clean(inline(line))
        if text_line:
            out.append(Line(text_line, centred=bool(centred), bold=bold))
    return out
