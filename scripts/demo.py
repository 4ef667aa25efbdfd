#!/usr/bin/env python3
"""``make demo``: run every RAL Zuid algorithm headless on the bundled sample data.

Each capability adds one file ``scripts/demo_steps/step_<NN>_<name>.py`` with a function
``run(demo: Demo) -> list[str]`` that runs its algorithms, writes into ``demo.output`` and
returns summary lines. Steps run in file-name order; later steps may use what earlier ones
stored in ``demo.results``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402


@dataclass
class Demo:
    output: Path
    sample_data: Path = ROOT / "sample_data"
    results: dict = field(default_factory=dict)

    def run(self, algorithm_id: str, parameters: dict) -> dict:
        import processing

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())


def demo_steps() -> list[Path]:
    return sorted((ROOT / "scripts" / "demo_steps").glob("step_*.py"))


def load_step(path: Path):
    spec = importlib.util.spec_from_file_location("demo_step_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def step_titles() -> dict[str, str]:
    """The heading of each step in the summary, in the demo's language (by the step file's name)."""
    from ral_zuid_plugin.core.i18n import tr

    return {
        "region_municipalities": tr("municipalities of the region"),
        "requests": tr("charge point requests"),
        "sessions": tr("charging sessions"),
        "open_data": tr("open data"),
        "charging_pressure": tr("charging pressure"),
        "fast_charge_screening": tr("fast-charge screening"),
        "zes_logistics": tr("ZES logistics"),
        "plan_map": tr("plan map"),
        "submission_package": tr("submission package"),
        "expertisecentrum": tr("expertisecentrum"),
    }


def parse_arguments(argv: list[str]) -> tuple[Path, str]:
    """``demo.py [output folder] [--language nl|en]``: Dutch (the users' language) unless English is asked.

    ``--taal`` is the same option; without either, the environment variable ``RALZUID_DEMO_LANGUAGE`` decides.
    """
    language = os.environ.get("RALZUID_DEMO_LANGUAGE") or "nl"
    rest: list[str] = []
    arguments = iter(argv[1:])
    for argument in arguments:
        if argument in ("--language", "--taal"):
            language = next(arguments, "nl")
        elif argument.startswith(("--language=", "--taal=")):
            language = argument.split("=", 1)[1]
        else:
            rest.append(argument)
    if language not in ("nl", "en"):
        raise SystemExit("--language must be nl or en, not {!r}".format(language))
    return Path(rest[0] if rest else "demo_output").resolve(), language


def main(argv: list[str]) -> int:
    output, language = parse_arguments(argv)
    output.mkdir(parents=True, exist_ok=True)
    # a QGIS profile of the demo's own (removed afterwards): step 70 stores its server accounts in the profile's
    # authentication database, never in the user's
    profile = tempfile.mkdtemp(prefix="ralzuid-demo-qgis-")
    try:
        return _run(output, language, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _run(output: Path, language: str, profile: str) -> int:
    app = QgsApplication([], False, profile)
    app.initQgis()
    from ral_zuid_plugin.adapters.translation import PluginTranslator

    translator = PluginTranslator()  # reports, reasons, workbooks and messages in the demo's language
    translator.install(language)
    from processing.core.Processing import Processing

    from ral_zuid_plugin.core.i18n import tr
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    Processing.initialize()
    provider = RalZuidProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    demo = Demo(output=output)
    summary: list[str] = []
    failed = False
    for path in demo_steps():
        started = time.perf_counter()
        key = path.stem.split("_", 2)[-1]
        title = step_titles().get(key, key.replace("_", " "))
        try:
            lines = load_step(path).run(demo)
        except Exception as error:  # noqa: BLE001 (report every failing step, then exit non-zero)
            failed = True
            summary.append(tr("[FAILED] {step}: {error}").format(step=title, error=error))
            continue
        seconds = "{:5.1f}".format(time.perf_counter() - started)
        summary.append("[{} s] {}".format(seconds.replace(".", ",") if language == "nl" else seconds, title))
        summary.extend("    " + line for line in lines)
    print(
        tr("RAL Zuid demo output folder: {folder} (language: {language}; --language en or --language nl)").format(
            folder=output, language=tr("Dutch") if language == "nl" else tr("English")
        )
    )
    print("\n".join(summary))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
