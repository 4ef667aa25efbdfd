"""Downloads kept in a folder of the user's QGIS profile, each with when, where from and under which licence.

One entry is two files: ``<key>.geojson`` (the features as received, RFC 7946 shape with RD New coordinates)
and ``<key>.json`` (metadata). Both are written to a temporary file and moved into place, metadata last, so a
half-written download is never taken for a whole one.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ral_zuid_plugin.core.atomic_files import write_text_atomically


@dataclass
class CacheMeta:
    dataset: str
    url: str
    fetched_at: str
    """UTC time of the download, ISO 8601."""
    licence: str
    attribution: str
    count: int

    def fetched_date(self) -> str:
        return self.fetched_at[:10]

    def age_days(self, now: datetime | None = None) -> float:
        fetched = datetime.fromisoformat(self.fetched_at)
        return ((now or datetime.now(timezone.utc)) - fetched).total_seconds() / 86400.0


def _safe_key(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", key)


class DownloadCache:
    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _paths(self, key: str) -> tuple[Path, Path]:
        name = _safe_key(key)
        return self.folder / (name + ".geojson"), self.folder / (name + ".json")

    def get(self, key: str) -> tuple[list[dict[str, Any]], CacheMeta] | None:
        """The cached features and metadata, or ``None`` when there is no whole entry."""
        data_path, meta_path = self._paths(key)
        if not (data_path.is_file() and meta_path.is_file()):
            return None
        try:
            meta = CacheMeta(**json.loads(meta_path.read_text(encoding="utf-8")))
            features = json.loads(data_path.read_text(encoding="utf-8"))["features"]
        except (ValueError, TypeError, KeyError, OSError):
            return None
        if len(features) != meta.count:
            return None
        return features, meta

    def put(self, key: str, features: list[dict[str, Any]], meta: CacheMeta) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data_path, meta_path = self._paths(key)
        self._write(data_path, {"type": "FeatureCollection", "features": features})
        self._write(meta_path, asdict(meta))

    def _write(self, target: Path, content: dict) -> None:
        write_text_atomically(target, lambda stream: json.dump(content, stream, ensure_ascii=False))


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
