"""Search keys that let 重庆 find 重慶, ``chongqing`` and ``cq``.

Stored text stays as typed. For searching, each record also keeps a *search
document* (the ``search_text`` column):

* each searchable part *folded*: converted to Simplified with OpenCC (``t2s``),
  case-folded, white space removed, so either script finds either script;
* for names, their full pinyin (``chongqingshi``) and initials (``cqs``) as two
  more parts;
* parts separated by ``␟`` (so no match spans two), and every character followed
  by a space: ``重 庆 ␟ c h o n g q i n g ␟ c q``.

The spacing lets one index answer queries of any length: a word tokenizer sees
each character as a token (1-character queries), a trigram tokenizer sees every
2 characters of the original as one trigram (see core.storage.search_index).
A record matches a query when its document contains :func:`search_form` of the
query; both sides are spaced the same way, so this is exactly "the folded query
is a substring of one folded part".
"""

from __future__ import annotations

import functools

SEPARATOR = "\u241f"
_converter = None


def _t2s():
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return _converter


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The search form of ``text``: Simplified, lower case, no white space."""
    if not text:
        return ""
    folded = _t2s().convert(text) if not text.isascii() else text
    return "".join(folded.casefold().split())


# Names repeat close together (a unit and its contacts): a larger cache would only hold
# some 20 MB more through a large import.
@functools.lru_cache(maxsize=8192)
def pinyin_forms(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name: ``重慶市`` -> (``chongqingshi``, ``cqs``).

    Only syllables of Latin letters count (characters pypinyin does not know, digits
    and punctuation are left out); Latin words in the name count as one syllable.
    """
    from core.text.pinyin import sort_key

    syllables = [s for s in sort_key(fold(text)).split() if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


def _spaced(text: str) -> str:
    return " ".join(text)


def build_search_text(*parts: str | None, names: tuple[str | None, ...] | list[str | None] = ()) -> str:
    """The search document of a record: its folded ``parts``, plus pinyin and initials
    of its ``names`` (see the module's docstring)."""
    pieces = [fold(p) for p in parts if p]
    for name in names:
        if name:
            full, initials = pinyin_forms(name)
            if full:
                pieces += [full, initials]
    return _spaced(SEPARATOR.join(p for p in pieces if p))


def search_form(query: str) -> str | None:
    """What a record's search document must contain to match ``query``, or None for an empty query."""
    folded = fold((query or "").strip())
    return _spaced(folded) if folded else None


def matches(document: str, query: str) -> bool:
    """The definition of a match, for code that holds the document already."""
    form = search_form(query)
    return form is None or form in document
