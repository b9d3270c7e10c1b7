"""Show that a change of code leaves the graph files byte for byte as they were.

Builds the same inputs twice, once with the code of a git revision (``--before``, checked out
into a temporary worktree) and once with the working tree, then compares every output file.
The inputs are ``make demo``'s (the seed articles when ../shared is present, and
examples/articles) and the first ``--reuters`` articles of the Reuters benchmark. Both builds
run without the result cache, so nothing computed by one is reused by the other.

Usage: python scripts/compare_builds.py --before bb8cf0f [--reuters 300]
Exit status 0 when every file is identical, 1 otherwise (the differing files are listed).
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


# How to start the CLI from a source tree: ``python -m newsgraph`` where the tree has it (its
# newsgraph package imports the tree's own extract and graph), else the older graph.cli entry.
def _cli(source_tree: Path) -> list[str]:
    if (source_tree / "newsgraph" / "__main__.py").is_file():
        return [sys.executable, "-m", "newsgraph"]
    code = "import sys; sys.argv[0] = 'newsgraph'; from graph.cli import main; main()"
    return [sys.executable, "-c", code]


def _inputs(workdir: Path, reuters: int) -> dict[str, list[str]]:
    demo = [str(ROOT / "examples" / "articles")]
    if (SHARED / "seeds").is_dir():
        demo.insert(0, str(SHARED / "seeds"))
    inputs = {"demo": demo}
    corpus = SHARED / "bench" / "reuters21578.jsonl"
    if reuters and corpus.is_file():
        sample = workdir / f"reuters-{reuters}.jsonl"
        with corpus.open(encoding="utf-8") as lines:
            sample.write_text("".join(itertools.islice(lines, reuters)), encoding="utf-8")
        inputs[f"reuters-{reuters}"] = [str(sample)]
    return inputs


def _build(source_tree: Path, paths: list[str], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(source_tree)}
    command = [
        *_cli(source_tree),
        "build",
        *paths,
        "--out",
        str(out),
        "--no-cache",
        "--skip-bad",
    ]
    subprocess.run(
        command,
        check=True,
        env=env,
        cwd=source_tree,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _differences(before: Path, after: Path) -> list[str]:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    return [
        name
        for name in names
        if not (before / name).is_file()
        or not (after / name).is_file()
        or not filecmp.cmp(before / name, after / name, shallow=False)
    ]


def main() -> int:
    """Build with both trees and list the files that differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision to compare against")
    parser.add_argument("--reuters", type=int, default=300, help="Reuters articles (0: none)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="compare-builds-") as tmp:
        workdir = Path(tmp)
        before_tree = workdir / "before"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(before_tree), options.before],
            check=True,
            cwd=ROOT,
        )
        try:
            failed = 0
            for name, paths in _inputs(workdir, options.reuters).items():
                _build(before_tree, paths, workdir / "out-before" / name)
                _build(ROOT, paths, workdir / "out-after" / name)
                differing = _differences(
                    workdir / "out-before" / name, workdir / "out-after" / name
                )
                files = sorted(p.name for p in (workdir / "out-after" / name).iterdir())
                verdict = "identical" if not differing else "DIFFERENT: " + ", ".join(differing)
                print(f"{name}: {len(files)} files ({', '.join(files)}) {verdict}")
                failed += bool(differing)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before_tree)], cwd=ROOT)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
