"""A font for the charts' Chinese labels: one the system has, for the UI's script."""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase

# sans-serif faces first (labels read better), for Simplified and Traditional
_PREFERRED = {
    "zh-Hans": ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                "WenQuanYi Micro Hei", "SimHei", "Noto Serif CJK SC", "AR PL UMing CN", "SimSun"),
    "zh-Hant": ("Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "WenQuanYi Zen Hei",
                "Noto Serif CJK TC", "AR PL UMing TW", "PMingLiU", "MingLiU"),
}


@functools.lru_cache(maxsize=4)
def _family(language: str) -> str | None:
    families = set(QFontDatabase.families())
    script = (QFontDatabase.WritingSystem.TraditionalChinese if language == "zh-Hant"
              else QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in _PREFERRED.get(language, ()) + _PREFERRED["zh-Hans"]:
        if name in families:
            return name
    chinese = [f for f in QFontDatabase.families(script)]
    sans = [f for f in chinese if "sans" in f.lower() or "hei" in f.lower()]
    return (sans or chinese or [None])[0]


def chart_font(language: str, point_size: float = 9.5) -> QFont:
    """The axes' font: a face that has Chinese glyphs (English too, for names in English), so
    labels are measured and drawn with the glyphs they show (no fallback boxes, no clipping)."""
    font = QFont()
    family = _family(language)
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSizeF(point_size)
    return font
