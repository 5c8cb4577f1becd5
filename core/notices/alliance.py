"""The alliance's own settings, kept in its database (they travel with backups):
names in both scripts, issuer mark, document-number prefix (机关代字), signing body,
seal image, issuing office (印发机关), and the script-conversion lists."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.errors import UserError
from core.i18n import Msg, N_
from core.storage import notices as store
from core.storage.database import Database
from core.validation import Collector, clean_text

MAX_SEAL_BYTES = 4 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

ALLIANCE_LABELS = {
    "name_hans": N_("Alliance name (Simplified)"),
    "name_hant": N_("Alliance name (Traditional)"),
    "issuer_mark": N_("Issuer mark"),
    "number_prefix": N_("Document-number prefix"),
    "signatory": N_("Signed by"),
    "issuing_office": N_("Issuing office"),
    "protected_terms": N_("Names not to convert"),
    "corrections": N_("Conversion corrections"),
}


@dataclass
class AllianceSettings:
    name_hans: str = ""
    name_hant: str = ""
    issuer_mark: str = ""
    number_prefix: str = ""
    signatory: str = ""
    issuing_office: str = ""
    seal_png: bytes | None = None
    protected_terms: list[str] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)


def get_alliance(db: Database) -> AllianceSettings:
    with db.lock:
        raw = store.settings(db)
    result = AllianceSettings(**{k: raw.get(k, "") for k in ("name_hans", "name_hant", "issuer_mark",
                                                             "number_prefix", "signatory", "issuing_office")})
    if raw.get("seal_png"):
        result.seal_png = base64.b64decode(raw["seal_png"])
    result.protected_terms = json.loads(raw.get("protected_terms") or "[]")
    result.corrections = json.loads(raw.get("corrections") or "{}")
    return result


def read_seal(path: str | Path) -> bytes:
    """The bytes of a seal image file, checked to be a PNG of sensible size."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
    if not data.startswith(PNG_SIGNATURE):
        raise UserError(Msg("{path} is not a PNG image. Save the seal as PNG with a transparent background.",
                            path=str(path)))
    if len(data) > MAX_SEAL_BYTES:
        raise UserError(Msg("The seal image {path} is too big (at most 4 MB).", path=str(path)))
    return data


def save_alliance(db: Database, raw: Mapping[str, Any]) -> AllianceSettings:
    """Save the settings typed in the alliance-settings dialog (one undoable action)."""
    c = Collector()
    values: dict[str, str] = {}
    for key in ("name_hans", "name_hant", "issuer_mark", "number_prefix", "signatory", "issuing_office"):
        values[key] = c.text(key, ALLIANCE_LABELS[key], raw.get(key, ""), 100)
    terms = [clean_text(t, 100) for t in raw.get("protected_terms", []) if str(t).strip()]
    values["protected_terms"] = json.dumps(sorted(set(terms)), ensure_ascii=False)
    corrections = {clean_text(k, 100): clean_text(v, 100) for k, v in dict(raw.get("corrections", {})).items()
                   if str(k).strip()}
    values["corrections"] = json.dumps(corrections, ensure_ascii=False, sort_keys=True)
    seal = raw.get("seal_png")
    values["seal_png"] = base64.b64encode(seal).decode("ascii") if seal else ""
    c.raise_if_any()
    with db.action(N_("Edit the alliance settings")) as conn:
        store.set_settings(conn, values)
    return get_alliance(db)


def settings_dict(settings: AllianceSettings) -> dict[str, Any]:
    return asdict(settings)
