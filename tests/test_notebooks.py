"""Every notebook in notebooks/ runs top to bottom, and none is committed with outputs.

The notebooks execute in a real IPython kernel started with this interpreter (the venv's
python), not whatever ``python`` is first on PATH: the kernelspec ipykernel installs says
just ``python``, which on a developer machine can be a different installation without
newsgraph. Nothing is written back to the notebook files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
#: Seconds any one cell may take; building the sample corpus takes a few.
CELL_TIMEOUT = 240
#: Notebooks that read research data from ../shared (never shipped): skipped without it.
NEEDS_SHARED = {
    "04_reuters_1987.ipynb": REPO.parent / "shared" / "data" / "bench" / "reuters21578.jsonl",
}
#: Building 2,000 Reuters articles takes about five minutes on two cores when its cache is cold.
SLOW_CELL_TIMEOUT = {"04_reuters_1987.ipynb": 900}


class _ThisInterpreterKernels(KernelSpecManager):
    """Resolves every kernel name to an ipykernel run by the interpreter running the tests."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return KernelSpec(
            argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            display_name=f"Python ({sys.executable})",
            language="python",
            resource_dir=str(REPO),
        )


def test_there_are_notebooks() -> None:
    names = {path.name for path in NOTEBOOKS}
    assert {"01_quickstart.ipynb", "02_analysis.ipynb", "03_sparql_and_store.ipynb"} <= names
    assert "04_reuters_1987.ipynb" in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    dirty = [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)
    ]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_runs_top_to_bottom(path: Path) -> None:
    needed = NEEDS_SHARED.get(path.name)
    if needed is not None and not needed.is_file():
        pytest.skip(f"{needed} is not present (research data, not part of the repository)")
    before = path.read_bytes()
    notebook = nbformat.read(path, as_version=4)
    manager = KernelManager(kernel_name="python3", kernel_spec_manager=_ThisInterpreterKernels())
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=SLOW_CELL_TIMEOUT.get(path.name, CELL_TIMEOUT),
        # The notebook's own folder is its working directory, as in Jupyter.
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()  # raises CellExecutionError naming the cell and its traceback
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code_cells)
    errors = [
        output
        for cell in code_cells
        for output in cell.outputs
        if output.get("output_type") == "error"
    ]
    assert not errors
    # Every notebook shows something: at least one cell displays a result.
    assert any(cell.outputs for cell in code_cells)
    assert path.read_bytes() == before, "executing the notebook must not rewrite its file"
