"""The analyst's chain in the real QGIS desktop (Dutch profile, Xvfb): canvas styles and the plankaart (#18.5, #18.6).

Screenshots go to tests/artefacts/ (canvas_after_chain.png, plankaart_message.png, plankaart_blad01.png); with
`make docs-images` the canvas and the PDF's first page also to docs/images/, which show them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.qgis.docs_images import retake
from tests.qgis.packaged_plugin import ROOT, build_package, install_into_fresh_profile

ARTEFACTS = ROOT / "tests" / "artefacts"


def test_chain_in_the_dutch_desktop_styles_the_canvas_and_offers_the_pdf(tmp_path):
    config_root = tmp_path / "profiles-root"
    install_into_fresh_profile(build_package(), config_root, locale="nl")
    work = tmp_path / "werkmap"
    work.mkdir()
    report = work / "report.json"
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) X display, not offscreen
    env.update({"RALZUID_REPORT": str(report), "RALZUID_REPO": str(ROOT)})
    command = [
        *("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"),
        *("qgis.bin", "--nologo", "--noversioncheck"),
        *("--profiles-path", str(config_root)),
        *("--code", str(Path(__file__).with_name("desktop_plankaart_check.py"))),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=480, check=False)
    output = completed.stdout + completed.stderr
    assert report.is_file(), output[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "error" not in result, result.get("error")
    ARTEFACTS.mkdir(exist_ok=True)
    for name in ("canvas_after_chain.png", "plankaart_message.png"):
        shutil.copy(work / name, ARTEFACTS / name)
    pngs = result["planmap_pngs"]
    shutil.copy(pngs[0], ARTEFACTS / "plankaart_blad01.png")
    # The documentation's pictures are these screenshots (README, docs/plankaart.md): retaken with `make docs-images`.
    retake(work / "canvas_after_chain.png", "canvas_after_chain.png")
    # the first page of the PDF itself, as a reader sees it (pdftoppm, 100 dpi: A3 is 1654 x 1169 pixels)
    page = tmp_path / "plankaart_pdf_blad01"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", result["planmap_pdf"], str(page)],
        check=True,
    )
    shutil.copy(page.with_suffix(".png"), ARTEFACTS / "plankaart_pdf_blad01.png")
    retake(page.with_suffix(".png"), "plankaart_blad01.png")

    # The plankaart's default path is in the project's folder (the project was saved as werkmap/analyse.qgz).
    assert result["default_output"] == str(work / "plankaart.pdf")
    # After the desktop run the message bar offers to open the PDF.
    assert result["open_offer"] == ["PDF openen"]
    assert Path(result["planmap_pdf"]).is_file()
    # The layers panel's legends in Dutch only: the screening advice had "positief / positive".
    layers = result["layers"]
    advice = [labels for name, labels in layers.items() if name.startswith("Toets snellaadlocaties")]
    assert advice and advice[0] == ["positief", "nader onderzoek", "negatief", "verwijzing of buiten de regio"]
    labels = [label for layer_labels in layers.values() for label in layer_labels]
    assert not any(english in labels for english in ("positive", "further study", "negative")), labels
    # The measured laaddruk raster: meaning and unit in its name, no "Band 1: …" line with field names.
    raster = [name for name in layers if name.startswith("Laaddruk (gemeten): aansluituren per dag")]
    assert raster, list(layers)
    assert not any(label.startswith("Band") for label in layers[raster[0]]), layers[raster[0]]
    assert "Traceback" not in output, output[-3000:]
