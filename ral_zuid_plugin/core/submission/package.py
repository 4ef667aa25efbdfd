"""The submission package: one zip that always exists on disk, whatever happens to the online channel.

Contents: ``kandidaten.gpkg`` (candidates with every screening result and the rule file's name, version and
checksum), ``aanmeldformulier.xlsx`` (intake form), ``aanmelding.json`` (the validated submission document),
``rapporten/<kandidaat_id>.html`` (screening reports), ``plankaart.pdf`` (when given) and ``manifest.json``
(schema and plugin version, gemeentecode, submission id, created time and the sha256 of every file).
Everything is validated first, written into a temporary folder, zipped to a temporary file and only then moved
into place, so a failure never leaves a half-written package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ral_zuid_plugin.core.atomic_files import publish, temporary_folder_beside
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.filenames import report_filename
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.submission.candidates import as_feature, candidate_records
from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.spreadsheet import write_intake_form
from ral_zuid_plugin.core.submission.validation import (
    SCHEMA_VERSION,
    SubmissionInvalidError,
    ValidationProblem,
    validation_problems,
)

GEOPACKAGE = "kandidaten.gpkg"
INTAKE_FORM = "aanmeldformulier.xlsx"
DOCUMENT = "aanmelding.json"
PLANMAP = "plankaart.pdf"
MANIFEST = "manifest.json"
REPORTS = "rapporten"


@dataclass
class SubmissionPackage:
    """What was written: the zip, the validated document and the features to send online."""

    path: Path
    submission_id: str
    document: dict[str, Any]
    manifest: dict[str, Any]
    features: list[dict[str, Any]] = field(default_factory=list)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def submission_id_for(gemeentecode: str, created: dt.datetime) -> str:
    return "{}-{}".format(gemeentecode.strip().upper(), created.strftime("%Y%m%dT%H%M%SZ"))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def submission_document(records: list[dict[str, Any]], contact: ContactDetails, created: dt.datetime) -> dict[str, Any]:
    """The submission as the JSON document the schema describes."""
    code = contact.gemeentecode.strip().upper()
    return {
        "schema_version": SCHEMA_VERSION,
        "submission_id": submission_id_for(code, created),
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "gemeentecode": code,
        "contact": contact.as_dict(),
        "candidates": records,
    }


def _attachment_problems(
    records: list[dict[str, Any]], reports_dir: Path | None, planmap_pdf: Path | None
) -> list[ValidationProblem]:
    problems = []
    if reports_dir is not None:
        if not reports_dir.is_dir():
            problems.append(
                ValidationProblem("", "reports", tr("the folder {path} does not exist").format(path=reports_dir))
            )
        else:
            for row, record in enumerate(records, start=1):
                kandidaat_id = record.get("kandidaat_id")
                if kandidaat_id and not (reports_dir / report_filename(kandidaat_id)).is_file():
                    problems.append(
                        ValidationProblem(
                            str(kandidaat_id),
                            "rapport",
                            tr("no screening report {name} in {folder}").format(
                                name=report_filename(kandidaat_id), folder=reports_dir
                            ),
                            row,
                        )
                    )
    if planmap_pdf is not None:
        if not planmap_pdf.is_file():
            problems.append(
                ValidationProblem("", "plankaart", tr("the file {path} does not exist").format(path=planmap_pdf))
            )
        else:
            with open(planmap_pdf, "rb") as handle:
                if handle.read(5) != b"%PDF-":
                    problems.append(
                        ValidationProblem("", "plankaart", tr("{name} is not a PDF file").format(name=planmap_pdf.name))
                    )
    return problems


def prepare_submission(
    frame,
    contact: ContactDetails,
    *,
    reports_dir: Path | None = None,
    planmap_pdf: Path | None = None,
    created: dt.datetime | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any], list[ValidationProblem]]:
    """Candidate records, the submission document and every validation problem (empty when valid)."""
    records = candidate_records(frame)
    document = submission_document(records, contact, created or utc_now())
    problems = validation_problems(document) + _attachment_problems(records, reports_dir, planmap_pdf)
    return records, document, problems


def _write_geopackage(frame, path: Path, document: dict[str, Any]) -> None:
    layer = frame.drop(columns=[c for c in ("fid",) if c in frame.columns]).copy()
    if layer.crs is not None and layer.crs.to_string() != RD_NEW:
        layer = layer.to_crs(RD_NEW)
    layer["gemeentecode"] = document["gemeentecode"]
    layer["submission_id"] = document["submission_id"]
    layer.to_file(str(path), driver="GPKG", layer="kandidaten")


def build_package(
    frame,
    contact: ContactDetails,
    output_zip: Path,
    *,
    plugin_version: str,
    reports_dir: Path | None = None,
    planmap_pdf: Path | None = None,
    created: dt.datetime | None = None,
    progress: Progress | None = None,
) -> SubmissionPackage:
    """Validate, then write the package zip to ``output_zip`` atomically. Raises :class:`SubmissionInvalidError`."""
    progress = progress or SilentProgress()
    output_zip = Path(output_zip)
    reports_dir = Path(reports_dir) if reports_dir else None
    planmap_pdf = Path(planmap_pdf) if planmap_pdf else None
    records, document, problems = prepare_submission(
        frame, contact, reports_dir=reports_dir, planmap_pdf=planmap_pdf, created=created
    )
    if problems:
        raise SubmissionInvalidError(problems)
    progress.set_progress(10)
    workdir = temporary_folder_beside(output_zip)
    temp_zip = workdir / output_zip.name
    try:
        _write_geopackage(frame, workdir / GEOPACKAGE, document)
        check_cancelled(progress)
        progress.set_progress(40)
        submission_info = {
            "submission_id": document["submission_id"],
            "created": document["created"],
            "schema_version": SCHEMA_VERSION,
            "plugin_version": plugin_version,
        }
        write_intake_form(workdir / INTAKE_FORM, records, document["contact"], submission_info)
        (workdir / DOCUMENT).write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        progress.set_progress(60)
        if reports_dir is not None:
            (workdir / REPORTS).mkdir()
            for record in records:
                check_cancelled(progress)
                source = reports_dir / report_filename(record["kandidaat_id"])
                target = workdir / REPORTS / report_filename(record["kandidaat_id"])
                shutil.copyfile(source, target)
        if planmap_pdf is not None:
            shutil.copyfile(planmap_pdf, workdir / PLANMAP)
        files = sorted(p for p in workdir.rglob("*") if p.is_file())
        manifest = {
            **submission_info,
            "gemeentecode": document["gemeentecode"],
            "candidate_count": len(records),
            "rules": sorted({(r["regels_bestand"], r["regels_versie"], r["regels_sha256"]) for r in records}),
            "files": [
                {"path": p.relative_to(workdir).as_posix(), "bytes": p.stat().st_size, "sha256": sha256_of(p)}
                for p in files
            ],
        }
        manifest["rules"] = [{"bestand": b, "versie": v, "sha256": s} for b, v, s in manifest["rules"]]
        (workdir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        progress.set_progress(80)
        with zipfile.ZipFile(temp_zip, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in [*files, workdir / MANIFEST]:
                archive.write(path, path.relative_to(workdir).as_posix())
        check_cancelled(progress)
        publish(temp_zip, output_zip, now=True)  # the outbox reads the package back in the same run
    except OSError as error:
        raise RalZuidError(
            tr("Could not write the submission package {path}: {error}").format(
                path=output_zip, error=error.strerror or error
            )
        ) from error
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    progress.set_progress(100)
    features = [
        as_feature(r, document["gemeentecode"], document["submission_id"], document["contact"], document["created"])
        for r in records
    ]
    return SubmissionPackage(output_zip, document["submission_id"], document, manifest, features)


def read_package(path: Path) -> SubmissionPackage:
    """Open a package written by :func:`build_package`, check it and rebuild the features to send.

    Nothing in a package is trusted: the checksums must match, the manifest must cover ``aanmelding.json``
    and agree with it, and the document is validated again against the schema and the rules of
    ``submissionpackage`` (ids, also after mapping to server ids, and charge card ids anywhere in the text).
    A package changed by hand and re-hashed is therefore refused just like one built from bad data.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            entries = manifest.get("files") if isinstance(manifest, dict) else None
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise KeyError("files")
            for entry in entries:
                if hashlib.sha256(archive.read(entry["path"])).hexdigest() != entry["sha256"]:
                    raise RalZuidError(
                        tr("The package {name} is damaged: {file} does not match its checksum.").format(
                            name=path.name, file=entry["path"]
                        )
                    )
            if DOCUMENT not in {entry["path"] for entry in entries}:
                raise RalZuidError(
                    tr("The package {name} is damaged: its manifest does not cover {file}.").format(
                        name=path.name, file=DOCUMENT
                    )
                )
            document = json.loads(archive.read(DOCUMENT))
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile) as error:
        raise RalZuidError(
            tr("{name} is not a RAL Zuid submission package ({error}).").format(name=path.name, error=error)
        ) from error
    if not isinstance(document, dict):
        raise RalZuidError(
            tr("{name} is not a RAL Zuid submission package ({error}).").format(
                name=path.name, error=tr("{file} holds no JSON object").format(file=DOCUMENT)
            )
        )
    problems = validation_problems(document)
    for key in ("submission_id", "gemeentecode"):
        if manifest.get(key) != document.get(key):
            problems.append(
                ValidationProblem(
                    "",
                    key,
                    tr("differs between {manifest} and {document}").format(manifest=MANIFEST, document=DOCUMENT),
                )
            )
    if problems:
        error = SubmissionInvalidError(problems)
        raise RalZuidError(tr("The package {name} was not sent. {reason}").format(name=path.name, reason=error.message))
    features = [
        as_feature(r, document["gemeentecode"], document["submission_id"], document["contact"], document["created"])
        for r in document["candidates"]
    ]
    return SubmissionPackage(path, document["submission_id"], document, manifest, features)
