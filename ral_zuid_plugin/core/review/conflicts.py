"""Conflicts between submissions that a reviewer must see.

- **near another gemeente's candidate**: a candidate of another gemeente lies within ``near_m`` metres;
- **same site twice**: another candidate (of any gemeente, under another id) lies within ``same_site_m`` metres,
  i.e. the same site was submitted twice;
- **outside its gemeente**: the point does not lie in the submitting gemeente (bundled CBS 2023 boundaries),
  unless the gemeente confirmed it as a cross-border site (``grensoverschrijdend`` in the submission, schema 1.1)
  in the gemeente where it lies (``confirmation_holds``): then it is reported as a *confirmed* cross-border site,
  not as a conflict.

Distances are straight-line in RD New. Each list names the other candidates by feature id, nearest first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

DEFAULT_NEAR_M = 500.0
DEFAULT_SAME_SITE_M = 25.0


@dataclass
class Conflicts:
    near_other: list[list[str]]
    """Per candidate: feature ids of other gemeenten's candidates within ``near_m``."""
    same_site: list[list[str]]
    """Per candidate: feature ids of other candidates within ``same_site_m``."""
    located_code: np.ndarray
    located_name: np.ndarray
    outside: np.ndarray
    """Per candidate: the point is not in the submitting gemeente, and the gemeente did not confirm that."""
    confirmed_cross_border: np.ndarray | None = None
    """Per candidate: the point is not in the submitting gemeente, as the gemeente confirmed (no conflict)."""

    def count(self) -> np.ndarray:
        return (
            np.array([len(a) > 0 for a in self.near_other], dtype=int)
            + np.array([len(a) > 0 for a in self.same_site], dtype=int)
            + self.outside.astype(int)
        )


def _pairs_within(xy: np.ndarray, distance: float) -> np.ndarray:
    if len(xy) < 2 or distance <= 0:
        return np.empty((0, 2), dtype=np.int64)
    return cKDTree(xy).query_pairs(distance, output_type="ndarray")


def _neighbours(pairs: np.ndarray, xy: np.ndarray, ids: np.ndarray, count: int) -> list[list[str]]:
    found: list[list[tuple[float, str]]] = [[] for _ in range(count)]
    if len(pairs):
        lengths = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
        for (a, b), length in zip(pairs.tolist(), lengths.tolist()):
            found[a].append((length, ids[b]))
            found[b].append((length, ids[a]))
    return [[ident for _, ident in sorted(items)] for items in found]


def find_conflicts(
    xy: np.ndarray,
    feature_ids: np.ndarray,
    gemeentecodes: np.ndarray,
    located_codes: np.ndarray,
    located_names: np.ndarray,
    near_m: float = DEFAULT_NEAR_M,
    same_site_m: float = DEFAULT_SAME_SITE_M,
    cross_border: np.ndarray | None = None,
) -> Conflicts:
    """The three conflicts for every candidate (``located_*``: the gemeente each point lies in, ``""`` outside;
    ``cross_border``: per candidate whether the gemeente confirmed it as a cross-border site)."""
    if not (np.isfinite(near_m) and near_m >= 0 and np.isfinite(same_site_m) and same_site_m >= 0):
        raise RalZuidError(tr("Conflict distances must be 0 metres or more."))
    count = len(xy)
    ids = np.asarray(feature_ids, dtype=object)
    codes = np.asarray(gemeentecodes, dtype=object)
    near = _pairs_within(xy, near_m)
    if len(near):
        near = near[codes[near[:, 0]] != codes[near[:, 1]]]
    same = _pairs_within(xy, same_site_m)
    located_codes = np.asarray(located_codes, dtype=object)
    elsewhere = located_codes != codes
    confirmed = np.zeros(count, dtype=bool) if cross_border is None else np.asarray(cross_border, dtype=bool)
    return Conflicts(
        near_other=_neighbours(near, xy, ids, count),
        same_site=_neighbours(same, xy, ids, count),
        located_code=located_codes,
        located_name=np.asarray(located_names, dtype=object),
        outside=elsewhere & ~confirmed,
        confirmed_cross_border=elsewhere & confirmed,
    )
