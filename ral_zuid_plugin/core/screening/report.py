"""Readable HTML: one report per screened candidate, and an overview of a rule file.

Reports are self-contained HTML (inline CSS, no scripts) that an analyst can attach to a
submission. Every report names the rule file, its version and its sha256. Files are written
to a temporary name and moved into place, so a half-written report never exists.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from ral_zuid_plugin.core.atomic_files import publish, temporary_file_beside
from ral_zuid_plugin.core.filenames import report_filename
from ral_zuid_plugin.core.i18n import language, tr
from ral_zuid_plugin.core.screening import wording
from ral_zuid_plugin.core.screening.rules import RuleSet, Thresholds, localized

COLOURS = {
    "voldoet": "#1a9641",
    "aandachtspunt": "#f4a020",
    "voldoet niet": "#d7191c",
    "niet beoordeeld": "#9e9e9e",
    "positief": "#1a9641",
    "nader onderzoek": "#f4a020",
    "negatief": "#d7191c",
    "buiten regio": "#616161",
}
REFERRAL_COLOUR = "#2b6cb0"

_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; max-width: 60em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: 4px 6px;
vertical-align: top; text-align: left; font-size: 0.92em; } th { background: #f0f0f0; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 10px; color: #fff; font-weight: bold; }
.small { color: #555; font-size: 0.85em; } code { font-size: 0.9em; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _badge(code: str, label: str) -> str:
    return '<span class="badge" style="background:{}">{}</span>'.format(COLOURS.get(code, REFERRAL_COLOUR), _e(label))


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        "<style>{style}</style></head><body>{body}</body></html>\n"
    ).format(lang=language(), title=_e(title), style=_STYLE, body=body)


def candidate_report_html(record: dict) -> str:
    """HTML report for one candidate record (:meth:`ScreeningResult.record`)."""
    rules = record["regels"]
    score = "-" if record["score"] is None else wording.format_number(record["score"], 1)
    facts = [
        (tr("Candidate id"), record["kandidaat_id"]),
        (tr("Proposed power"), wording.format_quantity(record["vermogen_kw"], "kW")),
        (tr("Number of charge points"), record["aantal_laadpunten"]),
        (tr("Target groups"), ", ".join(wording.group_label(g) for g in record["doelgroepen"].split(","))),
        (tr("Land ownership"), record["grondeigendom"]),
        (tr("Location type"), record["locatietype"] or "-"),
        (tr("Remarks"), record["opmerkingen"] or "-"),
        (tr("Position (RD New)"), "{}, {}".format(record["x_rd"], record["y_rd"])),
        (
            tr("Lies in gemeente"),
            "{} ({})".format(record["locatie_gemeentenaam"], record["locatie_gemeentecode"])
            if record.get("locatie_gemeentecode")
            else tr("outside Noord-Brabant and Limburg")
            if "locatie_gemeentecode" in record and record["advies"] == "buiten regio"
            else "-",
        ),
        (tr("Notes on the input"), record["notities"] or "-"),
    ]
    rows = []
    for item in record["criteria"]:
        value = "-" if item["value"] is None else wording.format_quantity(item["value"], item["unit"])
        if item["value"] is not None and item["kind"] == "inside_polygon":
            value = tr("inside") if item["value"] >= 0.5 else tr("outside")
        rows.append(
            "<tr><td>{text}{ko}</td><td>{value}</td><td>{status}</td><td>{reason}</td>"
            '<td class="small">{source}{data}</td></tr>'.format(
                text=_e(item["text"]),
                ko=" <b>{}</b>".format(_e(tr("(knock-out)"))) if item["knockout"] else "",
                value=_e(value),
                status=_badge(item["status"], wording.status_label(item["status"])),
                reason=_e(item["reason"]),
                source=_e(item["source"]),
                data=("<br>" + _e(tr("Data: {source}").format(source=item["data_attribution"])))
                if item["data_attribution"]
                else "",
            )
        )
    needed = record.get("nodig_voor_positief") or []
    sentences = [item["reason"] for item in record["criteria"]]
    body = [
        "<h1>{}</h1>".format(_e(tr("Fast-charge site screening: {name}").format(name=record["naam"]))),
        "<p>{} {} &nbsp; {}</p>".format(
            _e(tr("Advice:")),
            _badge(record["advies"], record.get("advies_label") or wording.advice_label(record["advies"])),
            _e(tr("Score: {score} of 100").format(score=score)),
        ),
        "<p><b>{}</b></p>".format(_e(record.get("advies_reden", ""))),
    ]
    if record["advies"] != "positief":
        body += [
            "<h2>{}</h2>".format(_e(tr("What is needed to become positive"))),
            "<ul>{}</ul>".format("".join("<li>{}</li>".format(_e(item)) for item in needed)) if needed else "<p>-</p>",
        ]
    body += [
        "<h2>{}</h2>".format(_e(tr("Assessment per criterion"))),
        "<ul>{}</ul>".format("".join("<li>{}.</li>".format(_e(sentence.rstrip("."))) for sentence in sentences)),
        "<h2>{}</h2>".format(_e(tr("Candidate"))),
        "<table>{}</table>".format("".join("<tr><th>{}</th><td>{}</td></tr>".format(_e(k), _e(v)) for k, v in facts)),
        "<h2>{}</h2>".format(_e(tr("Criteria in detail"))),
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>".format(
            _e(tr("Criterion")), _e(tr("Value")), _e(tr("Status")), _e(tr("Reason")), _e(tr("Source")), "".join(rows)
        ),
        "<h2>{}</h2>".format(_e(tr("How the advice is decided"))),
        "<p>{}</p>".format(_e(rules["advies_regel"])),
        "<h2>{}</h2>".format(_e(tr("Rule file"))),
        "<p>{title}<br><code>{name}</code>, {version_label} {version}<br>sha256 <code>{sha}</code></p>".format(
            title=_e(rules["titel"]),
            name=_e(rules["bestand"]),
            version_label=_e(tr("version")),
            version=_e(rules["versie"]),
            sha=_e(rules["sha256"]),
        ),
        '<p class="small">{}</p>'.format(
            _e(tr("Made with the RAL Zuid QGIS plugin; it supports the review by the expertisecentrum."))
        ),
    ]
    return _page(record["naam"], "\n".join(body))


def _threshold_cell(thresholds: Thresholds | None, per_group: dict, unit: str) -> str:
    def one(table: Thresholds) -> str:
        def sign(inclusive: bool) -> str:
            if table.better == "higher":
                return "≥" if inclusive else ">"
            return "≤" if inclusive else "<"

        return "{} {} {}; {} {} {}".format(
            wording.status_label("voldoet"),
            sign(table.inclusive),
            wording.format_quantity(table.voldoet, unit),
            wording.status_label("aandachtspunt"),
            sign(table.aandachtspunt_inclusive),
            wording.format_quantity(table.aandachtspunt, unit),
        )

    if thresholds is not None:
        return _e(one(thresholds))
    return "<br>".join(
        "{}: {}".format(_e(wording.group_label(group)), _e(one(table))) for group, table in per_group.items()
    )


def rules_overview_html(rules: RuleSet) -> str:
    """HTML overview of a rule file: every criterion with layer, measure, thresholds, weight and source."""
    rows = []
    for criterion in rules.criteria:
        if criterion.outcomes:
            rule_text = _e(
                "{}: {}; {}: {}".format(
                    tr("inside"),
                    wording.status_label(criterion.outcomes["inside"]),
                    tr("outside"),
                    wording.status_label(criterion.outcomes["outside"]),
                )
            )
        elif criterion.categories:
            rule_text = "<br>".join(
                "{}: {}{}".format(
                    _e(k),
                    _e(wording.status_label(v)),
                    " &rarr; " + _e(wording.advice_label(criterion.category_referrals[k], rules))
                    if k in criterion.category_referrals
                    else "",
                )
                for k, v in criterion.categories.items()
            )
            rule_text += "<br>{}: {}".format(
                _e(tr("other")), _e(wording.status_label(criterion.other_category or "aandachtspunt"))
            )
        else:
            rule_text = _threshold_cell(criterion.thresholds, criterion.thresholds_per_group, criterion.unit)
        if criterion.referral:
            rule_text += "<br>{} &rarr; {}".format(
                _e(", ".join(wording.status_label(v) for v in criterion.referral["when"])),
                _e(wording.advice_label(criterion.referral["advice"], rules)),
            )
        measure = wording.kind_label(criterion.kind)
        if criterion.radius_m:
            measure += " ({})".format(wording.format_quantity(criterion.radius_m, "m"))
        if criterion.value_field:
            measure += " [{}]".format(criterion.value_field)
        rows.append(
            "<tr><td><code>{id}</code><br>{text}{ko}</td><td><code>{layer}</code></td><td>{measure}</td>"
            "<td>{rule}</td><td>{groups}</td><td>{weight}</td><td class='small'>{source}</td></tr>".format(
                id=_e(criterion.id),
                text=_e(criterion.label()),
                ko=" <b>{}</b>".format(_e(tr("(knock-out)"))) if criterion.knockout else "",
                layer=_e(criterion.layer),
                measure=_e(measure),
                rule=rule_text,
                groups=_e(", ".join(wording.group_label(g) for g in criterion.target_groups)),
                weight=_e(wording.format_number(criterion.weight, 1)),
                source=_e(localized(criterion.source)),
            )
        )
    sources = "".join(
        "<li><b>{}</b>: {}{}</li>".format(
            _e(key),
            _e(item.get("title", "")),
            (" — " + _e(item["note"])) if item.get("note") else "",
        )
        for key, item in rules.sources.items()
    )
    body = [
        "<h1>{}</h1>".format(_e(localized(rules.title))),
        "<p><code>{}</code>, {} {}, {} {}, {}<br>sha256 <code>{}</code></p>".format(
            _e(rules.file_name),
            _e(tr("version")),
            _e(rules.version),
            _e(tr("published")),
            _e(rules.published),
            _e(rules.publisher),
            _e(rules.sha256),
        ),
        "<p>{}</p>".format(_e(localized(rules.description))),
        "<h2>{}</h2>".format(_e(tr("Criteria"))),
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>".format(
            _e(tr("Criterion")),
            _e(tr("Layer")),
            _e(tr("Measure")),
            _e(tr("Thresholds")),
            _e(tr("Target groups")),
            _e(tr("Weight")),
            _e(tr("Source")),
            "".join(rows),
        ),
        "<h2>{}</h2>".format(_e(tr("How the advice is decided"))),
        "<p>{}</p>".format(_e(localized(rules.advice.description))),
        "<ul>{}</ul>".format(
            "".join(
                "<li><b>{}</b>: {}</li>".format(_e(localized(item["text"])), _e(localized(item["explanation"])))
                for item in rules.advice.referrals.values()
            )
        ),
        "<h2>{}</h2>".format(_e(tr("Sources"))),
        "<ul>{}</ul>".format(sources),
        "<h2>{}</h2>".format(_e(tr("Changes"))),
        "<ul>{}</ul>".format(
            "".join(
                "<li><b>{} ({})</b>: {}</li>".format(
                    _e(item["version"]), _e(item["date"]), _e(localized(item["changes"]))
                )
                for item in rules.changelog
            )
        ),
    ]
    return _page(localized(rules.title), "\n".join(body))


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder, then move it into place."""
    path = Path(path)
    temporary = temporary_file_beside(path)
    try:
        with open(temporary, "w", encoding="utf-8") as stream:
            stream.write(text)
        publish(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return path


def write_candidate_reports(records: list[dict], folder: str | Path) -> list[Path]:
    """One ``<kandidaat_id>.html`` per record in ``folder`` (Windows-safe: see :func:`report_filename`)."""
    return [
        write_text_atomic(Path(folder) / report_filename(record["kandidaat_id"]), candidate_report_html(record))
        for record in records
    ]
