"""The review inbox: the region's submissions, filtered, re-screened and checked for conflicts, as one table.

:func:`build_inbox` is the whole of ``ralzuid:reviewinbox`` after the features were read from the service.
Output columns: :data:`INBOX_COLUMNS` (``plankaart_soort`` and ``plankaart_status`` feed the regional plankaart:
every candidate drawn as a snellaadlocatie, its current advice and review status in the table) plus one
``verschil_<criterion>`` column per criterion ("old → new" where the status differs between the two re-screenings,
else empty); geometry in RD New. ``buiten_gemeente`` is a conflict unless the gemeente confirmed the site
as cross-border in the gemeente where it lies (a confirmation naming another gemeente is stale); a confirmed one
has ``grensoverschrijdend`` (where it lies, as confirmed) and no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from ral_zuid_plugin.core.progress import Progress, SilentProgress, SubProgress, check_cancelled
from ral_zuid_plugin.core.review.conflicts import DEFAULT_NEAR_M, DEFAULT_SAME_SITE_M, find_conflicts
from ral_zuid_plugin.core.review.rescreen import ReferenceCache, rescreen
from ral_zuid_plugin.core.review.rule_archive import RuleArchive
from ral_zuid_plugin.core.review.submissions import InboxFilter, Submissions
from ral_zuid_plugin.core.screening.region import Region
from ral_zuid_plugin.core.submission.candidates import confirmation_holds

INBOX_COLUMNS = (
    "feature_id",
    "kandidaat_id",
    "naam",
    "gemeentecode",
    "gemeentenaam",
    "submission_id",
    "ingediend",
    "versie",
    "vermogen_kw",
    "aantal_laadpunten",
    "doelgroepen",
    "locatietype",
    "review_status",
    "review_opmerking",
    "review_beoordelaar",
    "review_datum",
    "advies_ingediend",
    "score_ingediend",
    "regels_versie",
    "regels_herkend",
    "advies_eigen_versie",
    "score_eigen_versie",
    "huidige_versie",
    "advies_huidig",
    "score_huidig",
    "advies_gewijzigd",
    "aantal_verschillen",
    "verschillen",
    "ligt_in",
    "buiten_gemeente",
    "grensoverschrijdend",
    "nabij_andere_gemeente",
    "zelfde_locatie",
    "aantal_conflicten",
    "plankaart_soort",
    "plankaart_status",
)


@dataclass
class Inbox:
    frame: gpd.GeoDataFrame
    criterion_ids: list[str]
    total_on_service: int
    skipped: list[tuple[str, str]]


def build_inbox(
    submissions: Submissions,
    filters: InboxFilter,
    archive: RuleArchive,
    region: Region,
    near_m: float = DEFAULT_NEAR_M,
    same_site_m: float = DEFAULT_SAME_SITE_M,
    references: ReferenceCache | None = None,
    progress: Progress | None = None,
) -> Inbox:
    """Filter, locate, find conflicts (among *all* submissions, so a filtered inbox still sees the neighbours of
    other gemeenten) and re-screen the kept candidates."""
    progress = progress or SilentProgress()
    everything = submissions.frame
    xy_all = submissions.xy().reshape(-1, 2)
    # once: shapely 1.8 costs ~0.5 s per 10,000 points; a candidate on its own gemeente's border lies in it
    located_code, located_name = region.locate_claimed(xy_all, everything["gemeentecode"].to_numpy(dtype=object))
    conflicts = find_conflicts(
        xy_all,
        everything["feature_id"].to_numpy(dtype=object),
        everything["gemeentecode"].to_numpy(dtype=object),
        located_code,
        located_name,
        near_m=near_m,
        same_site_m=same_site_m,
        # confirmed only where the confirmation names the gemeente the point lies in now (not a stale one)
        cross_border=np.array(
            [confirmation_holds(m, c) for m, c in zip(everything["grensoverschrijdend"].tolist(), located_code)],
            dtype=bool,
        ),
    )
    check_cancelled(progress)
    keep = filters.mask(everything)
    kept = submissions.subset(keep)
    rows = np.flatnonzero(keep)
    progress.set_progress(10.0)
    result = rescreen(
        kept, archive, region, references, SubProgress(progress, 10.0, 95.0), (located_code[rows], located_name[rows])
    )
    frame = kept.frame
    out = pd.DataFrame(
        {
            "feature_id": frame["feature_id"],
            "kandidaat_id": frame["kandidaat_id"],
            "naam": frame["naam"],
            "gemeentecode": frame["gemeentecode"],
            "gemeentenaam": frame["gemeentenaam"],
            "submission_id": frame["submission_id"],
            "ingediend": frame["ingediend"].dt.strftime("%Y-%m-%dT%H:%M:%SZ").fillna(""),
            "versie": frame["version"],
            "vermogen_kw": frame["vermogen_kw"],
            "aantal_laadpunten": frame["aantal_laadpunten"],
            "doelgroepen": frame["doelgroepen"],
            "locatietype": frame["locatietype"],
            "review_status": frame["review_status"],
            "review_opmerking": frame["review_opmerking"],
            "review_beoordelaar": frame["review_beoordelaar"],
            "review_datum": frame["review_datum"],
            "advies_ingediend": frame["advies"],
            "score_ingediend": frame["score"],
            "regels_versie": frame["regels_versie"],
            "regels_herkend": result.rules_match,
            "advies_eigen_versie": result.own_advice,
            "score_eigen_versie": result.own_score,
            "huidige_versie": archive.current.version,
            "advies_huidig": result.current_advice,
            "score_huidig": result.current_score,
        }
    )
    out["advies_gewijzigd"] = (result.own_version != "") & (result.own_advice != result.current_advice)
    compared = result.own_version != ""  # no own-version re-screening, no differences
    changed: dict[str, np.ndarray] = {}
    for ident in result.criterion_ids:
        old, new = result.own_statuses[ident], result.current_statuses[ident]
        mask = compared & (old != new)
        changed[ident] = np.where(mask, old.astype(object) + " → " + new.astype(object), "").astype(object)
    pieces = [np.where(changed[i] != "", (i + ": ") + changed[i], "").astype(object) for i in result.criterion_ids]
    out["aantal_verschillen"] = np.sum([p != "" for p in pieces], axis=0).astype(int) if pieces else 0
    out["verschillen"] = ["; ".join(p for p in row if p) for row in zip(*pieces)] if pieces else ""
    out["ligt_in"] = [
        "{} ({})".format(name, code) if code else "" for code, name in zip(located_code[rows], located_name[rows])
    ]
    out["buiten_gemeente"] = conflicts.outside[rows]
    # a confirmed cross-border site: where it lies, as the gemeente confirmed it (no conflict); empty otherwise
    confirmed = conflicts.confirmed_cross_border[rows]
    out["grensoverschrijdend"] = np.where(confirmed, frame["grensoverschrijdend"].to_numpy(dtype=object), "")
    out["nabij_andere_gemeente"] = [", ".join(conflicts.near_other[i]) for i in rows.tolist()]
    out["zelfde_locatie"] = [", ".join(conflicts.same_site[i]) for i in rows.tolist()]
    out["aantal_conflicten"] = conflicts.count()[rows]
    # for the regional plankaart (ralzuid:planmap with REGIO, PV30 or PV31): type and status columns its table shows
    out["plankaart_soort"] = ["snellaadlocatie, advies " + (a or "-") for a in result.current_advice.tolist()]
    out["plankaart_status"] = "kandidaat, " + frame["review_status"].astype(str)
    for ident in result.criterion_ids:
        out["verschil_" + ident] = changed[ident]
    progress.set_progress(100.0)
    return Inbox(
        gpd.GeoDataFrame(out, geometry=frame.geometry.values, crs=frame.crs),
        result.criterion_ids,
        len(everything),
        submissions.skipped,
    )
