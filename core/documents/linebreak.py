"""Chinese line breaking (标点禁则) with real glyph widths, punctuation compression and justification.

Text is cut into units: one Chinese character, or a run of Latin letters/digits
(``2013``, ``GB/T 9704-2012`` - a space followed by a digit stays inside the run -,
``secretariat@example.org``, URLs). Units are glued into groups that cannot be
separated: closing punctuation sticks to what precedes it, opening punctuation to
what follows it. A line may end between two groups; inside a Latin run only after
one of ``/ . ? & = - _`` (as browsers break URLs: cheaply in a URL, as a last resort
in an e-mail address or a number), and at an arbitrary character only inside a
piece that is wider than a whole line.

The breaks of a paragraph are chosen together (a dynamic programme over the break
points, as in Knuth and Plass): every line is justified to the full width, so a
line that ends early is spread and one that is too long must be compressed. Full-
width punctuation can give up the empty half of its em box (标点挤压, W3C CLREQ):
the right half of a closing mark, the left half of an opening one, at the end of a
line and inside it. The programme picks the breaks whose lines are spread the
least, so a group pushed to the next line is answered by compressing punctuation or
by pulling a character back, and a short run before a long URL never stands alone:
the URL is broken instead. A justified line never has a gap wider than
``max_ratio`` times the normal pitch; when no break allows that (an unbreakable
run after a few characters), the line is left ragged at that spacing instead of
being torn apart. The last line of a paragraph is not justified.

Justification space is spread evenly over every gap, Latin letters included: a PDF
reader then sees even spacing and copies no false word spaces out of the line. Two
em dashes (——) are drawn touching, as one long dash.

Widths are measured character by character (``measure(ch, role)``, in points) plus
the base tracking ``track`` applied after every character; a line of 28 CJK
characters of 16 pt with the grid tracking of -0.21 pt measures exactly 156 mm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

CLOSING = set("，。、；：？！）】》」』”’…—〕〉｝］％‰℃·・｡､〙〗〛｠»›"
              ",.;:?!)]}%")
OPENING = set("（【《「『“‘〔〈｛［〘〖〚｟«‹([{")
EPS = 0.01
MAX_GAP_RATIO = 1.25          # widest gap on a justified line, in normal character pitches
URL_BREAKS = set("/.?&=-_")   # a Latin run may end a line after one of these
# Full-width marks whose empty half may be squeezed out, where the face does not say
# (Simplified practice: 。，、；： sit in the left half of the em box).
SQUEEZE_AFTER = set("，。、；：）】》」』”’〕〉｝］〙〗〛")
SQUEEZE_BEFORE = set("（【《「『“‘〔〈｛［〘〖〚")

# Costs of the line-breaking programme (in "badness" points).
_STRETCH = 2000.0      # times (extra space per gap / pitch)²
_SQUEEZE = 2.0         # per pitch of punctuation squeezed out (cheaper than any visible spread)
_URL_BREAK = 30.0      # a line break inside a URL
_RUN_BREAK = 500.0     # ... inside an e-mail address, a number, a code
_FORCED_BREAK = 5000.0  # ... at a letter, inside a piece wider than a line
_TOO_WIDE = 100000.0   # a line whose gaps would exceed the ratio

Span = tuple[str, str]  # (text, font role)
Char = tuple[str, str]  # (one character, font role)
# (ch, role) -> left and right side bearing of the glyph's ink, in points (None: unknown)
InkFn = Callable[[str, str], "tuple[float, float] | None"]


def is_latin(ch: str) -> bool:
    """Letters, digits and ASCII signs that form unbreakable runs (not spaces, not CJK)."""
    return ch > " " and ord(ch) < 0x2000 and ch not in "·" or ch in "\u2010\u2011\u2212"


@dataclass
class Line:
    chars: list[Char]
    indent: float      # x offset of the first character from the left of the text block
    natural: float     # sum of the glyph advances, without any tracking
    last: bool         # last line of its paragraph (not justified)
    advances: list[float] = field(default_factory=list)  # advance of each character
    adjust: list[float] = field(default_factory=list)    # space added after each character (< 0: squeezed)
    gaps: list[bool] = field(default_factory=list)       # the gap after character k takes justification
    max_spread: float = float("inf")                    # widest justification space per gap

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)

    def width(self, track: float) -> float:
        """Visible set width before justification: tracking between the characters, squeezes applied."""
        return self.natural + track * (len(self.chars) - 1) + sum(self.adjust)

    def spread(self, avail: float, track: float) -> float:
        """Justification space added to each stretchable gap (none on a paragraph's last line)."""
        n = len(self.chars)
        if n < 2:
            return 0.0
        slack = avail - self.width(track)
        count = sum(self.gaps[:n - 1]) or n - 1
        if self.last:  # not justified, only closed up by the grid's tracking to end on the edge
            return min(0.0, slack / count)
        return min(slack / count, self.max_spread)

    def offsets(self, avail: float, track: float, justify: bool = True) -> list[float]:
        """x of each character from the line's start."""
        spread = self.spread(avail, track) if justify else 0.0
        uniform = not any(self.gaps[:len(self.chars) - 1])
        xs, x = [], 0.0
        for k, advance in enumerate(self.advances):
            xs.append(x)
            x += advance + track + self.adjust[k] + (spread if self.gaps[k] or uniform else 0.0)
        return xs


def _units(text: str) -> list[tuple[int, int]]:
    """Index ranges of the unbreakable units of ``text``."""
    units: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if is_latin(text[i]):
            j = i + 1
            while j < n and (is_latin(text[j]) or (text[j] == " " and j + 1 < n and text[j + 1].isdigit())):
                j += 1
            units.append((i, j))
            i = j
        else:
            units.append((i, i + 1))
            i += 1
    return units


def break_groups(text: str) -> list[tuple[int, int]]:
    """Units glued by the 禁则: nothing breaks before a closing mark or after an opening one."""
    groups: list[list[int]] = []
    glue_next = False
    for start, end in _units(text):
        first, last = text[start], text[end - 1]
        if groups and (glue_next or first in CLOSING or first.isspace()):  # a space hangs on what precedes it
            groups[-1][1] = end
        else:
            groups.append([start, end])
        glue_next = last in OPENING
    return [(a, b) for a, b in groups]


def _is_url(run: str) -> bool:
    low = run.lower()
    return "://" in low or low.startswith("www.") or ("/" in run and "." in run and "@" not in run)


def run_break_points(run: str) -> list[int]:
    """Offsets inside a Latin run where a line may end: after / . ? & = - _ (not inside '//', '..')."""
    return [k for k in range(1, len(run))
            if run[k - 1] in URL_BREAKS and run[k] not in URL_BREAKS and run[k] not in CLOSING
            and not run[k].isspace()]


def break_points(text: str, narrowest: float, widths: Sequence[float]) -> dict[int, float]:
    """Where a line may end (before index k) and what it costs; absent = never."""
    points: dict[int, float] = {}
    groups = break_groups(text)
    for a, _b in groups[1:]:
        points[a] = 0.0
    for start, end in _units(text):
        if end - start < 2 or not is_latin(text[start]):
            continue
        run = text[start:end]
        wide = sum(widths[start:end]) > narrowest + EPS
        if not (wide or _is_url(run)):
            continue  # a number, an e-mail address, a code that fits on a line is never split
        cost = _URL_BREAK if _is_url(run) else _RUN_BREAK
        cuts = [start + k for k in run_break_points(run)]
        for cut in cuts:
            points.setdefault(cut, cost)
        # a piece between two allowed points wider than any line: cut it where it must be
        for a, b in zip([start, *cuts], [*cuts, end]):
            if sum(widths[a:b]) > narrowest + EPS:
                for k in range(a + 1, b):
                    points.setdefault(k, _FORCED_BREAK)
    return points


def break_lines(spans: Sequence[Span], measure: Callable[[str, str], float], width: float,
                first_indent: float = 0.0, indent: float = 0.0, track: float = 0.0,
                ink: InkFn | None = None, pitch: float | None = None,
                max_ratio: float = MAX_GAP_RATIO, stats: dict | None = None,
                nobreak: frozenset[int] | set[int] = frozenset()) -> list[Line]:
    """Break one paragraph (styled ``spans``) into lines of at most ``width`` points.

    ``nobreak``: indices before which no line may end (a person's name kept whole), unless
    nothing else fits.

    ``first_indent`` / ``indent``: offset of the first / the following lines. ``ink``
    tells where a glyph's ink lies (to know which half of a mark can be squeezed);
    ``pitch`` is the normal character pitch (default: the advance of 中 plus ``track``).
    """
    chars: list[Char] = [(ch, role) for text, role in spans for ch in text]
    text = "".join(c for c, _ in chars)
    n = len(chars)
    if not n or not text.strip():
        return []
    advances = [measure(c, r) for c, r in chars]
    if pitch is None:
        pitch = measure("中", chars[0][1]) + track
    max_spread = (max_ratio - 1.0) * pitch
    widths = [a + track for a in advances]
    squeeze, squeeze_before, adjust = _squeezes(chars, advances, pitch - track, ink)
    gaps = [k + 1 < n and not (text[k] in "—…" and text[k + 1] == text[k]) for k in range(n)]
    narrowest = width - max(first_indent, indent)
    points = break_points(text, narrowest, widths)
    for k in nobreak:
        points.pop(k, None)
    points[n] = 0.0
    # prefix sums: set width, squeezable amount, stretchable gaps
    pw, ps, pg = [0.0], [0.0], [0]
    for k in range(n):
        pw.append(pw[-1] + widths[k] + adjust[k])
        ps.append(ps[-1] + squeeze[k])
        pg.append(pg[-1] + gaps[k])
    best = _programme(text, points, pw, ps, pg, adjust, squeeze_before, width, first_indent, indent,
                      pitch, max_spread, stats)
    if n not in best:  # some piece did not fit anywhere (a Latin piece and marks glued to it): cut anywhere
        for k in range(1, n):
            points.setdefault(k, _FORCED_BREAK)
        best = _programme(text, points, pw, ps, pg, adjust, squeeze_before, width, first_indent, indent,
                          pitch, max_spread, stats)
    bounds = [n]
    while bounds[-1] > 0:
        bounds.append(best[bounds[-1]][1])
    bounds.reverse()
    lines: list[Line] = []
    for i, j in zip(bounds, bounds[1:]):
        s, t = i, j
        while s < t and text[s].isspace():
            s += 1
        while t > s and text[t - 1].isspace():
            t -= 1
        if t <= s:
            continue
        avail = width - (first_indent if i == 0 else indent)
        line_adjust = adjust[s:t]
        line_adjust[-1] = 0.0
        line = Line(chars[s:t], first_indent if i == 0 else indent, sum(advances[s:t]), j == n,
                    advances[s:t], line_adjust, [gaps[k] and k + 1 < t for k in range(s, t)], max_spread)
        _apply_squeeze(line, squeeze[s:t], squeeze_before[s:t], avail, track)
        lines.append(line)
    if lines:
        lines[-1].last = True
    return lines


def _programme(text, points, pw, ps, pg, adjust, squeeze_before, width, first_indent, indent, pitch,
               max_spread, stats) -> dict[int, tuple[float, int]]:
    """Cheapest way to reach each break point: {point: (cost, previous point)}."""
    n = len(text)
    order = sorted(points)
    best: dict[int, tuple[float, int]] = {0: (0.0, -1)}
    evaluations = 0
    count_points = len(order)
    lo = 0  # first index of ``order`` whose line from the current start stays within the spread limit
    for first, i in enumerate([0, *order]):  # ``order[first]`` is the first point after ``i``
        if i not in best or i == n:
            continue
        avail = width - (first_indent if i == 0 else indent)
        s = i
        while s < n and text[s].isspace():
            s += 1
        # lines ending before ``lo`` would be spread past the limit even with a gap after every
        # character: only the longest of them is looked at (a last resort); ``lo`` only moves on
        lo = max(lo, first)
        while lo < count_points and avail - (pw[order[lo]] - pw[s]) > max_spread * max(order[lo] - s - 1, 0) + EPS:
            lo += 1
        base = best[i][0]
        for index in range(max(first, lo - 1), count_points):  # (the paragraph's end is the last point)
            j = order[index]
            evaluations += 1
            t = j
            while t > s and text[t - 1].isspace():
                t -= 1
            if t <= s:
                continue
            set_width = pw[t] - pw[s] - adjust[t - 1]  # the last character's adjustment is dropped
            over = set_width - avail
            cost = base + points[j]
            if over > EPS:
                # marks inside the line give up their empty half (the last one keeps its box: the
                # line must end on the block's edge)
                if over > ps[t - 1] - ps[s] - squeeze_before[s] + EPS:
                    break  # too wide even squeezed, and longer lines only get wider
                cost += _SQUEEZE * over / pitch
            elif j != n:
                count = pg[t - 1] - pg[s] or (t - s - 1)
                spread = -over / count if count else float("inf")
                cost += _STRETCH * (min(spread, 10 * pitch) / pitch) ** 2
                if spread > max_spread + EPS:
                    cost += _TOO_WIDE
            old = best.get(j)
            if old is None or cost < old[0] - 1e-9:
                best[j] = (cost, i)
    if stats is not None:
        stats["evaluations"] = stats.get("evaluations", 0) + evaluations
    return best


def _squeezes(chars: list[Char], advances: list[float], em: float, ink: InkFn | None):
    """(squeezable amount of each character, the part of it taken before the character,
    fixed adjustments such as joined dashes)."""
    n = len(chars)
    squeeze, before, adjust = [0.0] * n, [0.0] * n, [0.0] * n
    for k, (ch, role) in enumerate(chars):
        if ch in CLOSING or ch in OPENING:
            adv = advances[k]
            if adv < 0.8 * em:
                continue
            side = None
            bearings = ink(ch, role) if ink else None
            if bearings is not None:
                left, right = bearings
                if adv - right <= 0.55 * adv:  # the ink sits in the left half
                    side = "after"
                elif left >= 0.45 * adv:     # ... in the right half
                    side = "before"
            elif ch in SQUEEZE_AFTER:
                side = "after"
            elif ch in SQUEEZE_BEFORE:
                side = "before"
            if side:
                squeeze[k] = adv / 2
                if side == "before":
                    before[k] = adv / 2
        if ch == "—" and k + 1 < n and chars[k + 1][0] == "—" and ink is not None:
            a, b = ink(ch, chars[k][1]) or (0.0, 0.0), ink("—", chars[k + 1][1]) or (0.0, 0.0)
            join = a[1] + b[0]  # right bearing of the first + left bearing of the second
            adjust[k] -= join  # the pair closes up; the space it gives goes half before, half after it
            if k > 0:
                adjust[k - 1] += join / 2
                adjust[k + 1] += join / 2
            else:
                adjust[k + 1] += join
    return squeeze, before, adjust


def _apply_squeeze(line: Line, squeeze: list[float], before: list[float], avail: float, track: float) -> None:
    """Squeeze punctuation until the line fits: adjacent marks first, then the others from the end."""
    over = line.width(track) + track - avail  # as the breaker measured: tracking after the last character too
    if over <= EPS:
        return
    n = len(line.chars)
    text = line.text
    pairs = [k for k in range(n) if squeeze[k] and (
        (k + 1 < n and not before[k] and (text[k + 1] in CLOSING or text[k + 1] in OPENING))
        or (k > 0 and before[k] and (text[k - 1] in CLOSING or text[k - 1] in OPENING)))]
    rest = [k for k in range(n - 2, -1, -1) if squeeze[k]]
    done: set[int] = set()
    for k in pairs + rest:
        if over <= EPS:
            break
        if k in done or k == n - 1 or (before[k] and k == 0):
            continue
        done.add(k)
        take = min(squeeze[k], over)
        if before[k]:
            line.adjust[k - 1] -= take
        else:
            line.adjust[k] -= take
        over -= take


def text_width(text: str, role: str, measure: Callable[[str, str], float], track: float = 0.0) -> float:
    """Visible width of ``text`` drawn with ``track`` (no tracking after the last character)."""
    if not text:
        return 0.0
    return sum(measure(c, role) for c in text) + track * (len(text) - 1)
