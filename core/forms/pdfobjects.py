"""Reading the field objects of a returned form quickly (pypdf stays in charge of the file).

pypdf parses objects byte by byte in Python: the ~100 widget dictionaries of a returned
form cost it 15-20 ms. :class:`Objects` parses a plain (uncompressed, unencrypted) object
with a few regular expressions where pypdf's cross-reference table says it is, and asks
pypdf for anything else: an object in an object stream, an encrypted file, an object that
is not where the table says, or anything this small parser does not know (it then gives
up on that object, never guesses). Values come back as plain Python: ``dict`` (keys like
``"/T"``), ``list``, :class:`Ref`, :class:`Name` (a ``str`` like ``"/Yes"``), :class:`PdfString`
(decoded by :func:`text` as pypdf decodes it), numbers, booleans, None.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WS = rb"[\x00\t\n\x0c\r ]"
_HEADER = re.compile(_WS + rb"*(\d+)" + _WS + rb"+(\d+)" + _WS + rb"*obj")
_SKIP = re.compile(rb"(?:" + _WS + rb"|%[^\r\n]*)*")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
            ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n?|[\s\S])")
MAX_DEPTH = 32


class Unsupported(Exception):
    """Not an object this parser reads: pypdf reads it."""


class Ref(NamedTuple):
    num: int
    gen: int


class Name(str):
    """A PDF name, as pypdf writes it: ``"/Yes"``."""


class PdfString(bytes):
    """A PDF string as written (a literal's bytes with their escapes, or a hex string's bytes already
    decoded: :class:`HexString`); :func:`text` decodes it."""

    def value(self) -> bytes:
        raw = _unescape(bytes(self))
        return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n") if b"\r" in raw else raw


class HexString(PdfString):
    def value(self) -> bytes:
        return bytes(self)


def text(value) -> str:
    """A value as text: strings decoded as pypdf decodes them (UTF-16 with its mark, else PDFDocEncoding)."""
    if value is None:
        return ""
    if isinstance(value, PdfString):
        from pypdf.generic import create_string_object

        return str(create_string_object(value.value()))
    return str(value)


def _unescape(raw: bytes) -> bytes:
    if b"\\" in raw:
        raw = _ESCAPE.sub(_unescape_one, raw)
    return raw


def _unescape_one(m: re.Match) -> bytes:
    token = m.group(1)
    first = token[0]
    if first in _ESCAPES:
        return _ESCAPES[first]
    if 0x30 <= first <= 0x37:
        return bytes((int(token, 8) & 0xFF,))
    if first in (0x0D, 0x0A):  # a line continued
        return b""
    return token  # any other escaped character stands for itself


_names: dict[bytes, Name] = {}


def _name(token: bytes) -> Name:
    found = _names.get(token)
    if found is not None:
        return found
    raw = token
    if b"#" in token:
        token = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes((int(m.group(1), 16),)), token)
    try:
        name = Name(token.decode("utf-8"))
    except UnicodeDecodeError:
        name = Name(token.decode("latin-1"))
    if len(_names) < 4096:
        _names[raw] = name
    return name


_REGULAR_END = rb"(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])"
_TOKEN = re.compile(
    rb"(?:" + _WS + rb"|%[^\r\n]*)*(?:(?P<dict><<)|(?P<end>>>)|(?P<array>\[)|(?P<close>\])"
    rb"|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"
    rb"|(?P<ref>(?P<num>\d+)" + _WS + rb"+(?P<gen>\d+)" + _WS + rb"+R" + _REGULAR_END + rb")"
    rb"|(?P<number>[+-]?(?:\d+\.?\d*|\.\d+))"
    rb"|\((?P<string>(?:[^()\\]|\\[\s\S])*)\)"
    rb"|<(?P<hex>[0-9A-Fa-f\x00\t\n\x0c\r ]*)>"
    rb"|(?P<word>true|false|null)" + _REGULAR_END + rb")")
_WORDS = {b"true": True, b"false": False, b"null": None}


def _value(data: bytes, pos: int):
    """The value starting at ``pos`` and where it ends. One regular expression reads each token;
    containers are kept on a stack (no recursion). A string holding unescaped parentheses, a
    stream or anything unknown is :class:`Unsupported`."""
    stack: list[list] = []  # [container, pending dictionary key]
    match = _TOKEN.match
    while True:
        m = match(data, pos)
        if m is None:
            raise Unsupported("unknown token")
        pos = m.end()
        kind = m.lastgroup
        if kind == "dict" or kind == "array":
            if len(stack) >= MAX_DEPTH:
                raise Unsupported("too deep")
            stack.append([{} if kind == "dict" else [], None])
            continue
        if kind == "end" or kind == "close":
            if not stack:
                raise Unsupported("unbalanced")
            container, key = stack.pop()
            if (kind == "end") != isinstance(container, dict) or key is not None:
                raise Unsupported("unbalanced")
            value = container
        elif kind == "name":
            value = _name(m.group("name"))
            if stack and stack[-1][1] is None and isinstance(stack[-1][0], dict):
                stack[-1][1] = value  # a key
                continue
        elif kind == "ref":
            value = Ref(int(m.group("num")), int(m.group("gen")))
        elif kind == "number":
            token = m.group("number")
            value = float(token) if b"." in token else int(token)
        elif kind == "string":
            value = PdfString(m.group("string"))
        elif kind == "hex":
            digits = re.sub(rb"[\x00\t\n\x0c\r ]", b"", m.group("hex"))
            value = HexString(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii")))
        else:
            value = _WORDS[m.group("word")]
        if not stack:
            return value, pos
        top = stack[-1]
        if isinstance(top[0], dict):
            if top[1] is None:
                raise Unsupported("dictionary key")
            top[0][top[1]] = value
            top[1] = None
        else:
            top[0].append(value)


def parse_object(data: bytes, offset: int, num: int) -> object:
    """The value of object ``num`` written at ``offset`` (``num 0 obj ... endobj``); streams are refused."""
    m = _HEADER.match(data, offset)
    if m is None or int(m.group(1)) != num:
        raise Unsupported("not the object the table names")
    value, pos = _value(data, m.end())
    pos = _SKIP.match(data, pos).end()
    if data[pos:pos + 6] != b"endobj":
        raise Unsupported("a stream, or more than one value")
    return value


def _plain(obj, depth: int = 0):
    """A pypdf object as the plain values of this module (references are not followed)."""
    from pypdf.generic import (ArrayObject, BooleanObject, ByteStringObject, DictionaryObject, FloatObject,
                               IndirectObject, NameObject, NullObject, NumberObject, TextStringObject)

    if depth > MAX_DEPTH:
        return None
    if isinstance(obj, IndirectObject):
        return Ref(obj.idnum, obj.generation)
    if isinstance(obj, DictionaryObject):
        return {str(k): _plain(v, depth + 1) for k, v in obj.items()}
    if isinstance(obj, ArrayObject):
        return [_plain(v, depth + 1) for v in obj]
    if isinstance(obj, NameObject):
        return Name(str(obj))
    if isinstance(obj, (TextStringObject, ByteStringObject)):
        return str(obj)
    if isinstance(obj, BooleanObject):
        return bool(obj)
    if isinstance(obj, (NumberObject, FloatObject)):
        return obj.as_numeric() if hasattr(obj, "as_numeric") else float(obj)
    if isinstance(obj, NullObject) or obj is None:
        return None
    return str(obj)


class Objects:
    """The objects of the file ``data`` (bytes, or the file mapped in memory) that ``reader`` (a pypdf
    PdfReader of the same file) opened."""

    def __init__(self, reader, data: bytes) -> None:
        self.reader, self.data = reader, data
        self.fast = not reader.is_encrypted
        self._cache: dict[Ref, object] = {}

    def get(self, ref):
        """The value of ``ref`` (a Ref, or a pypdf IndirectObject), or ``ref`` itself when it is a value."""
        from pypdf.generic import IndirectObject, PdfObject

        if isinstance(ref, IndirectObject):
            ref = Ref(ref.idnum, ref.generation)
        elif isinstance(ref, PdfObject):
            return _plain(ref)
        if not isinstance(ref, Ref):
            return ref
        found = self._cache.get(ref, self)
        if found is self:
            found = self._cache[ref] = self._load(ref)
        return found

    def pages(self) -> list[dict]:
        """The page dictionaries, in order (the page tree walked; a loop or a broken tree raises ValueError)."""
        out: list[dict] = []
        root = self.get(self.reader.trailer.raw_get("/Root"))
        todo = [self.get(root["/Pages"])] if isinstance(root, dict) and "/Pages" in root else []
        seen = 0
        while todo:
            node = todo.pop()
            seen += 1
            if not isinstance(node, dict) or seen > 10000:
                raise ValueError("broken page tree")
            kids = self.get(node.get("/Kids")) if "/Kids" in node else None
            if isinstance(kids, list):
                todo.extend(self.get(kid) for kid in reversed(kids))
            else:
                out.append(node)
        return out

    def _load(self, ref: Ref):
        reader = self.reader
        if self.fast and ref.num not in getattr(reader, "xref_objStm", {}):
            offset = reader.xref.get(ref.gen, {}).get(ref.num)
            if isinstance(offset, int):
                try:
                    return parse_object(self.data, offset, ref.num)
                except (Unsupported, ValueError, IndexError, AttributeError):
                    pass
        from pypdf.generic import IndirectObject

        return _plain(IndirectObject(ref.num, ref.gen, reader).get_object())
