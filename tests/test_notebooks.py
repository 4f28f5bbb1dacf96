"""The research notebooks (notebooks/*.ipynb) run top to bottom and draw their plots.

Each notebook is executed with nbclient in a fresh "python3" kernel, from notebooks/ as a user
would open it, with matplotlib's non-interactive backend. All three take about a minute.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NAMES = ("01-corpus.ipynb", "02-model.ipynb", "03-scan-a-folder.ipynb")
CELL_TIMEOUT = 180  # seconds per cell; the slowest (a folder scan with OCR) takes about 30


def code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def test_every_notebook_is_tested():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in code_cells(nb):
        assert not cell.outputs and cell.execution_count is None, (
            f"{name}: clear the outputs before committing"
        )


@pytest.mark.parametrize("name", NAMES)
def test_runs_and_plots(name, monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")  # the kernel inherits the environment
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(NOTEBOOKS)}},  # the kernel's working directory
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    cells = code_cells(nb)
    assert all(c.execution_count is not None for c in cells), f"{name}: not every cell ran"
    outputs = [o for c in cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, f"{name}: no plot was drawn"
