"""One name per thing: the names of the algorithms and the words the plugin uses for its concepts.

Display names in the Processing toolbox, the titles of the help pages, the RAL Zuid menu and the
documentation all take their names from here (the menu adds "…"), and a test checks that the help files
and translations agree. :data:`DUTCH_VARIANTS` lists words that once named the same thing twice; they
must not come back in Dutch texts.
"""

from __future__ import annotations

from ral_zuid_plugin.core.i18n import tr


def algorithm_names() -> dict[str, str]:
    """Display name of every algorithm by its id (``ralzuid:<id>``), in the user's language."""
    return {
        "regionmunicipalities": tr("Municipalities of the region"),
        "opendata": tr("Fetch open data"),
        "sessionindicators": tr("Charging session indicators (NAL)"),
        "chargingpressure": tr("Charging pressure map (measured)"),
        "prognosedpressure": tr("Prognosed charging pressure and gap"),
        "placementproposals": tr("Where to place laadpunten next (ranked areas)"),
        "fastchargescreening": tr("Screen fast-charge sites"),
        "fastchargerules": tr("Show fast-charge screening rules"),
        "zeslogistics": tr("Designate ZES charging sites"),
        "submissionpackage": tr("Build submission package"),
        "submit": tr("Submit to the expertisecentrum"),
        "reviewstatus": tr("Fetch review status of submitted candidates"),
        "planmap": tr("Plan map (plankaart) for the council"),
        "requestregister": tr("Charge point requests: register and lead time"),
        "reviewinbox": tr("Review inbox: all submissions of the region"),
        "reviewdecision": tr("Review decision: set the status of candidates"),
        "reviewreport": tr("Review report per month (xlsx)"),
    }


def algorithm_name(algorithm_id: str) -> str:
    """Display name of algorithm ``algorithm_id``; the id itself for an algorithm not (yet) listed."""
    return algorithm_names().get(algorithm_id, algorithm_id)


# Dutch word that must not be used -> the one name the plugin uses for that thing.
DUTCH_VARIANTS: dict[str, str] = {
    "screenen": "toetsen",
    "gescreend": "getoetst",
    "screening": "toets",
    "Sessie-indicatoren": "Laadsessie-indicatoren",
    "stilstand": "paalkleven",
    "kloguren": "klokuren",
    "Indieningspakket": "Aanmeldpakket",
    "gestyled": "getekend (in kleuren)",
    "gestileerd": "getekend (in kleuren)",
}
