"""The numbers behind the ZES estimates (points, daily kWh), as a versioned and cited JSON file.

``resources/rules/zes_aannames_ral_zuid.json`` (schema ``zes_aannames.schema.json``) holds the plan's
2030 van and truck forecasts and, per site type (depot, laadplein, vrachtwagen), the power, the share
of the fleet's energy it serves, kWh per vehicle per day, kWh per charge point per day and how many
sites per zone receive the demand. Every number carries its source or says *aanname*.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.screening.rules import read_rule_json

DEFAULT_NAME = "zes_aannames_ral_zuid.json"
SCHEMA_NAME = "zes_aannames.schema.json"
SITE_TYPES = ("depot", "laadplein", "vrachtwagen")


@dataclass(frozen=True)
class SiteType:
    key: str
    label: dict
    doelgroep: str
    laadladder: str
    fleet: str
    power_kw: float
    share: float
    kwh_per_vehicle_day: float
    kwh_per_point_day: float
    sites_per_zone: int
    sources: dict


@dataclass(frozen=True)
class Assumptions:
    id: str
    version: str
    file_name: str
    sha256: str
    vans_2030: dict
    trucks_2030: dict
    forecast_source: dict
    site_types: dict
    search_distance_m: float
    cell_m: float
    truck_exit_m: float
    near_zone_m: float
    min_spacing_m: float
    road_snap_m: float
    search_sources: dict

    def fleet(self, fleet: str, province: str) -> float:
        table = self.vans_2030 if fleet == "vans" else self.trucks_2030
        return float(table.get(province, 0.0))


def load_assumptions(path: str | Path | None = None) -> Assumptions:
    path = Path(path) if path else resource_path("rules", DEFAULT_NAME)
    raw, data = read_rule_json(path)
    import jsonschema

    schema = json.loads(resource_path("rules", SCHEMA_NAME).read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(data), key=lambda e: list(map(str, e.path)))
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        where = ".".join(str(p) for p in error.absolute_path) or tr("(top level)")
        raise InputDataError(tr("field {field}: {message}").format(field=where, message=error.message), path=path)
    types = {}
    for key, item in data["site_types"].items():
        types[key] = SiteType(
            key=key,
            label=item["label"],
            doelgroep=item["doelgroep"],
            laadladder=item["laadladder"],
            fleet=item["fleet"],
            power_kw=float(item["vermogen_kw"]["value"]),
            share=float(item["share"]["value"]),
            kwh_per_vehicle_day=float(item["kwh_per_vehicle_day"]["value"]),
            kwh_per_point_day=float(item["kwh_per_point_day"]["value"]),
            sites_per_zone=int(item["sites_per_zone"]),
            sources={
                name: item[name]["source"]
                for name in ("vermogen_kw", "share", "kwh_per_vehicle_day", "kwh_per_point_day")
            },
        )
        if types[key].kwh_per_point_day <= 0:  # a divisor
            raise InputDataError(
                tr("field {field}: {message}").format(
                    field="site_types.{}.kwh_per_point_day".format(key), message=tr("must be more than 0")
                ),
                path=path,
            )
    search = data["search"]
    if float(search["cell_m"]["value"]) < 1:
        raise InputDataError(
            tr("field {field}: {message}").format(field="search.cell_m", message=tr("must be more than 0")), path=path
        )
    return Assumptions(
        id=data["id"],
        version=data["version"],
        file_name=path.name,
        sha256=hashlib.sha256(raw).hexdigest(),
        vans_2030=dict(data["forecast_2030"]["vans"]),
        trucks_2030=dict(data["forecast_2030"]["trucks"]),
        forecast_source=data["forecast_2030"]["source"],
        site_types=types,
        search_distance_m=float(search["distance_m"]["value"]),
        cell_m=float(search["cell_m"]["value"]),
        truck_exit_m=float(search["truck_exit_m"]["value"]),
        near_zone_m=float(search["near_zone_m"]["value"]),
        min_spacing_m=float(search["min_spacing_m"]["value"]),
        road_snap_m=float(search["road_snap_m"]["value"]),
        search_sources={key: value["source"] for key, value in search.items()},
    )
