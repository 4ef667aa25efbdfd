"""The ZES HTML report: zones, demand and gap, van pressure, assumptions with sources, ranked sites with reasons."""

from __future__ import annotations

import html
from pathlib import Path

from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.logistics.sites import ZesResult
from ral_zuid_plugin.core.screening import wording
from ral_zuid_plugin.core.screening.report import COLOURS, write_text_atomic
from ral_zuid_plugin.core.screening.rules import localized

MAX_SITES_PER_ZONE = 25

_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; max-width: 70em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: 4px 6px;
vertical-align: top; text-align: left; font-size: 0.9em; } th { background: #f0f0f0; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 10px; color: #fff; font-weight: bold; }
.small { color: #555; font-size: 0.85em; } .warn { background: #fff4e0; padding: 6px; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _n(value: float, decimals: int = 0) -> str:
    try:
        return wording.format_number(float(value), decimals)
    except (TypeError, ValueError):
        return "-"


def _badge(code: str) -> str:
    return '<span class="badge" style="background:{}">{}</span>'.format(
        COLOURS.get(code, "#666"), _e(wording.advice_label(code))
    )


def zes_report_html(result: ZesResult, municipality_name: str) -> str:
    rules = result.rules
    assumptions = result.assumptions
    parts = [
        "<h1>{}</h1>".format(_e(tr("ZES charging sites: {name}").format(name=municipality_name))),
        '<p class="small">{}</p>'.format(
            _e(
                tr("Rule file {name}, version {version}, sha256 {sha}").format(
                    name=rules.file_name, version=rules.version, sha=rules.sha256
                )
            )
        ),
        '<p class="small">{}</p>'.format(
            _e(
                tr("Assumptions {name}, version {version}, sha256 {sha}").format(
                    name=assumptions.file_name, version=assumptions.version, sha=assumptions.sha256
                )
            )
        ),
        "<p><i>{}</i></p>".format(
            _e(
                tr(
                    "Regional plan, building block city logistics > 3.5 t: 'Wijs laadlocaties aan bij ambities voor "
                    "ZES' (designate charging sites for ZES ambitions)."
                )
            )
        ),
    ]
    if result.messages:
        parts.append(
            '<div class="warn"><b>{}</b><ul>{}</ul></div>'.format(
                _e(tr("What is missing or assumed")), "".join("<li>{}</li>".format(_e(m)) for m in result.messages)
            )
        )
    parts.append("<h2>{}</h2>".format(_e(tr("Zero-emission zones"))))
    header = [
        tr("Zone"),
        tr("Valid from"),
        tr("Restricted"),
        tr("Electric vans 2030"),
        tr("Electric trucks 2030"),
        tr("Proposed points (depot / plaza / truck)"),
        tr("Existing fast / truck charging within 3 km"),
        tr("Van pressure on public points"),
    ]
    rows = []
    for _, zone in result.zones.iterrows():
        rows.append(
            [
                "{} ({})".format(zone["zone_naam"], zone["zone_id"]),
                zone["geldig_vanaf"][:10] + (" " + tr("(announced)") if zone["aangekondigd"] else ""),
                zone["beperking"],
                _n(zone["voertuigen_laadplein"]),
                _n(zone["voertuigen_vrachtwagen"]),
                "{} / {} / {}".format(zone["punten_depot"], zone["punten_laadplein"], zone["punten_vrachtwagen"]),
                "{} / {}".format(zone["bestaand_snellaad_3km"], zone["bestaand_vrachtlaad_3km"]),
                zone["bestelbusdruk"],
            ]
        )
    parts.append(_table(header, rows))
    parts.append("<h2>{}</h2>".format(_e(tr("Assumptions behind the estimates"))))
    items = ["<li>{}</li>".format(_e(localized(assumptions.forecast_source)))]
    for site_type in assumptions.site_types.values():
        for name, source in site_type.sources.items():
            items.append(
                "<li><b>{}</b>, {}: {}</li>".format(_e(localized(site_type.label)), _e(name), _e(localized(source)))
            )
    for name, source in assumptions.search_sources.items():
        items.append("<li>{}: {}</li>".format(_e(name), _e(localized(source))))
    parts.append("<ul>{}</ul>".format("".join(items)))
    parts.append("<h2>{}</h2>".format(_e(tr("Ranked sites per zone"))))
    for zone_id, group in result.sites.groupby("ze_zone_id", sort=False):
        parts.append("<h3>{}</h3>".format(_e(group["ze_zone_naam"].iloc[0] + " (" + zone_id + ")")))
        site_rows = []
        for _, site in group.head(MAX_SITES_PER_ZONE).iterrows():
            reasons = "".join(
                "<li>{}: {}</li>".format(
                    _e(wording.status_label(str(site[c.id + "_status"]))), _e(site[c.id + "_reden"])
                )
                for c in rules.criteria
            )
            site_rows.append(
                [
                    str(site["rang"]),
                    site["naam"],
                    _badge(str(site["advies"])),
                    _n(site["score"], 1),
                    str(site["aantal_laadpunten"]),
                    _n(site["kwh_per_dag"]),
                    "{} / {}".format(_n(site["afstand_snelladen_m"]), _n(site["afstand_vrachtladen_m"])),
                    "<ul>{}</ul>".format(reasons),
                ]
            )
        parts.append(
            _table(
                [
                    tr("Rank"),
                    tr("Site"),
                    tr("Advice"),
                    tr("Score"),
                    tr("Points"),
                    tr("kWh/day"),
                    tr("Nearest fast / truck charging (m)"),
                    tr("Reasons"),
                ],
                site_rows,
                raw_columns=(2, 7),
            )
        )
        if len(group) > MAX_SITES_PER_ZONE:
            parts.append(
                '<p class="small">{}</p>'.format(
                    _e(tr("{count} more sites in the output layer").format(count=len(group) - MAX_SITES_PER_ZONE))
                )
            )
    parts.append('<p class="small">{}: {}</p>'.format(_e(tr("Data")), _e(result.sites["bronnen"].iloc[0])))
    title = tr("ZES charging sites: {name}").format(name=municipality_name)
    return (
        '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        "<style>{style}</style></head><body>{body}</body></html>\n"
    ).format(lang=language(), title=_e(title), style=_STYLE, body="\n".join(parts))


def _table(header: list[str], rows: list[list[str]], raw_columns: tuple[int, ...] = ()) -> str:
    head = "".join("<th>{}</th>".format(_e(h)) for h in header)
    body = "".join(
        "<tr>{}</tr>".format("".join("<td>{}</td>".format(v if i in raw_columns else _e(v)) for i, v in enumerate(row)))
        for row in rows
    )
    return "<table><tr>{}</tr>{}</table>".format(head, body)


def write_zes_report(result: ZesResult, municipality_name: str, path: str | Path) -> Path:
    return write_text_atomic(path, zes_report_html(result, municipality_name))
