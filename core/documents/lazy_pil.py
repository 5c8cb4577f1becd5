"""reportlab imports Pillow's image module when it starts (for images: a notice's seal); here that
module is loaded when first used instead, so a document without images does not pay for it (some
60 ms of a fresh process's export). ``importlib.util.LazyLoader`` does it: the module object is
in place at once, its code runs at its first attribute access."""

from __future__ import annotations

import importlib.util
import sys


def defer_pil_image() -> None:
    """Put a lazily loaded ``PIL.Image`` in place unless it is imported already (or missing)."""
    if "PIL.Image" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("PIL.Image")
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    try:
        loader = importlib.util.LazyLoader(spec.loader)  # a loader without exec_module: TypeError
    except TypeError:
        return
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    loader.exec_module(module)
    sys.modules["PIL"].Image = module  # type: ignore[attr-defined]
