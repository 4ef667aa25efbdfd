"""Algorithm groups, one per capability. Group ids are stable API; names are translated."""

from __future__ import annotations

from ral_zuid_plugin.core.i18n import tr

REFERENCE = "reference"
SESSIONS = "sessions"
PRESSURE = "pressure"
FAST_CHARGING = "fastcharging"
LOGISTICS = "logistics"
SUBMISSIONS = "submissions"
PLAN_MAPS = "planmaps"
REVIEW = "expertisecentrum"


def group_name(group_id: str) -> str:
    names = {
        REFERENCE: tr("Reference data"),
        SESSIONS: tr("Charging sessions"),
        PRESSURE: tr("Charging pressure"),
        FAST_CHARGING: tr("Fast charging"),
        LOGISTICS: tr("ZES logistics"),
        SUBMISSIONS: tr("Submissions"),
        PLAN_MAPS: tr("Plan maps"),
        REVIEW: tr("Expertisecentrum"),
    }
    return names[group_id]
