"""Every output is the old file or the complete new one; cancel leaves nothing new; clear folder messages.

Regression tests of issue 11, points 6, 7 and 8 (output folder).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = ROOT / "tests" / "data" / "sessions" / "elaad_small.csv"
SESSION_OUTPUTS = ("OUTPUT_POINTS", "OUTPUT_DAILY", "OUTPUT_AREAS", "OUTPUT_QUALITY", "OUTPUT_EXCLUDED")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gpkg_layers(path: Path) -> dict[str, int]:
    """Second method (GDAL, not QGIS): each table of the GeoPackage with its feature count."""
    dataset = ogr.Open(str(path))
    assert dataset is not None, f"{path} is not a readable GeoPackage"
    return {
        dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())
    }


def test_a_sink_replaces_the_old_file_only_when_complete(run_algorithm, tmp_path):
    target = tmp_path / "gemeenten.gpkg"
    run_algorithm("ralzuid:regionmunicipalities", {"GEMEENTECODE": "GM0772", "OUTPUT": str(target)})
    # the table keeps the file's name (the temporary copy was written under the target's own name)
    assert gpkg_layers(target) == {"gemeenten": 1}
    run_algorithm("ralzuid:regionmunicipalities", {"OUTPUT": str(target)})
    assert gpkg_layers(target) == {"gemeenten": 87}  # 87 municipalities in Noord-Brabant and Limburg (CBS 2023)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gemeenten.gpkg"]  # no temporary left behind


def test_a_temporary_output_from_the_dialog_is_loaded_once_without_a_not_generated_message(ralzuid_provider):
    # The toolbox dialog passes TEMPORARY_OUTPUT as a layer definition for the project. The plugin's sink asked
    # parameterAsOutputLayer first, which also registered "memory:Municipalities (CBS 2023)" for loading; that is
    # not the layer the sink made, so the dialog said "De volgende lagen werden niet juist gegenereerd" and never
    # signalled the run as finished (the RAL Zuid panel then did not record it). One layer, loaded, and no error.
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("ralzuid:regionmunicipalities")
    parameters = {"GEMEENTECODE": "GM0772", "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)}
    results, ok = algorithm.run(parameters, context, feedback)
    assert ok
    assert list(context.layersToLoadOnCompletion()) == [results["OUTPUT"]]
    assert handleAlgorithmResults(algorithm, context, feedback, False, results)
    loaded = list(project.mapLayers().values())
    assert [layer.featureCount() for layer in loaded] == [1]  # Eindhoven only


def test_a_cancelled_run_leaves_no_new_output_and_says_so(run_algorithm, tmp_path):
    """Cancel pressed after 80 % (the indicators are computed, the outputs are being written)."""
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg") for name in SESSION_OUTPUTS}
    outputs["OUTPUT_WORKBOOK"] = str(tmp_path / "monitor.xlsx")
    (tmp_path / "output_points.gpkg").write_bytes(b"an older file the user keeps")
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda percent: feedback.cancel() if percent >= 80 else None)
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm("ralzuid:sessionindicators", {"INPUT": [str(SESSIONS)], "MIN_CARDS": 1, **outputs}, feedback)
    assert str(raised.value) == "Cancelled by the user."  # Dutch: "Geannuleerd door de gebruiker."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output_points.gpkg"]
    assert (tmp_path / "output_points.gpkg").read_bytes() == b"an older file the user keeps"


def test_the_same_run_without_cancel_writes_every_output(run_algorithm, tmp_path):
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg") for name in SESSION_OUTPUTS}
    outputs["OUTPUT_WORKBOOK"] = str(tmp_path / "monitor.xlsx")
    run_algorithm("ralzuid:sessionindicators", {"INPUT": [str(SESSIONS)], "MIN_CARDS": 1, **outputs})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(Path(p).name for p in outputs.values())


def test_an_unwritable_output_folder_gets_a_message_naming_the_folder(run_algorithm, tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    os.seteuid(65534)  # the tests run as root, for whom no folder is read-only: act as 'nobody' meanwhile
    try:
        with pytest.raises(QgsProcessingException) as raised:
            run_algorithm("ralzuid:regionmunicipalities", {"OUTPUT": str(folder / "gemeenten.gpkg")})
        with pytest.raises(QgsProcessingException) as html:
            run_algorithm("ralzuid:fastchargerules", {"OUTPUT_HTML": str(folder / "regels.html")})
        with pytest.raises(QgsProcessingException) as below:  # a folder that would have to be made inside it
            run_algorithm("ralzuid:regionmunicipalities", {"OUTPUT": str(folder / "sub" / "gemeenten.gpkg")})
    finally:
        os.seteuid(0)
    for error, name in ((raised.value, "gemeenten.gpkg"), (html.value, "regels.html")):
        message = str(error)
        assert message == (
            f"The output {name} cannot be written: the folder {folder} does not accept new files (Permission denied)."
        )
    assert str(below.value).startswith("The output gemeenten.gpkg cannot be written: the folder ")
    assert list(folder.iterdir()) == []


KILLED_WRITER = """
import sys
sys.path.insert(0, {root!r})
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from ral_zuid_plugin.processing_provider.provider import RalZuidProvider
provider = RalZuidProvider()
QgsApplication.processingRegistry().addProvider(provider)
import processing
import time
started = time.monotonic()
processing.run("ralzuid:regionmunicipalities", {{"OUTPUT": {warmup!r}}})
print("ready", time.monotonic() - started, flush=True)
sys.stdin.readline()
while True:
    processing.run("ralzuid:regionmunicipalities", {{"OUTPUT": {target!r}}})
"""


def test_a_process_killed_at_random_moments_of_a_write_leaves_the_old_or_the_complete_new_file(tmp_path, run_algorithm):
    target = tmp_path / "gemeenten.gpkg"
    run_algorithm("ralzuid:regionmunicipalities", {"GEMEENTECODE": "GM0772", "OUTPUT": str(target)})
    old_bytes = target.read_bytes()
    old = sha256(target)
    script = tmp_path / "writer.py"
    warmup = tmp_path / "warmup" / "gemeenten.gpkg"
    warmup.parent.mkdir()
    script.write_text(KILLED_WRITER.format(root=str(ROOT), target=str(target), warmup=str(warmup)))
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), QT_QPA_PLATFORM="offscreen")
    rng = random.Random(11)
    outcomes = []
    for _kill in range(8):
        target.write_bytes(old_bytes)  # every kill starts from the old file
        process = subprocess.Popen([sys.executable, str(script)], env=env, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
        word, seconds = process.stdout.readline().split()
        assert word == "ready"
        process.stdin.write("go\n")
        process.stdin.flush()
        # one run took `seconds` (reading, writing, moving into place): kill somewhere in the first one or two
        time.sleep(rng.uniform(0.0, 1.5 * float(seconds)))
        process.send_signal(signal.SIGKILL)
        process.wait()
        layers = gpkg_layers(target)
        if sha256(target) == old:
            outcomes.append("old")
            assert layers == {"gemeenten": 1}
        else:
            outcomes.append("new")
            assert layers == {"gemeenten": 87}, layers  # complete, never empty or half-written
    print("after each SIGKILL:", outcomes)
    # leftovers of a kill are hidden temporaries only; the next run still works and cleans its own
    visible = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert visible == ["gemeenten.gpkg", "profile", "warmup", "writer.py"]
    assert "old" in outcomes  # at least one kill fell before the move: the write itself was interrupted
