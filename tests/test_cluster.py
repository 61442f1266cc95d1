"""docs/cluster.md's recipe on a real standalone Spark cluster: a master and two one-core workers
on loopback (tests/standalone.py), the wheels built, the environment packed and shipped with the
job, spark-submit in client mode; the records equal `quotex extract`'s, every field.

The most expensive test of the project (it installs an environment from PyPI and starts three
JVMs): it is marked `cluster`, and its corpus is just large enough to spread over several
partitions and both workers.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="needs the spark extra: pip install 'quotex[spark]'")
pytest.importorskip("venv_pack", reason="needs the spark extra: pip install 'quotex[spark]'")

from standalone import StandaloneCluster  # noqa: E402  (tests/, beside this file)
from test_spark import SEEDS, generated_article  # noqa: E402

pytestmark = [pytest.mark.cluster, pytest.mark.spark, pytest.mark.model]

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "scripts" / "cluster_recipe.sh"
DOC = ROOT / "docs" / "cluster.md"
GENERATED = 200  # short articles: with the seeds, Spark reads them in several partitions
RECIPE_TIMEOUT = 1500  # seconds: a bound, not a measure (PyPI, three JVMs, two executors)


@pytest.fixture(scope="module")
def standalone(request) -> StandaloneCluster:
    cluster = StandaloneCluster(workers=2, cores=1)
    request.addfinalizer(cluster.stop)  # however the tests end, even if start fails half-way
    return cluster.start()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, GENERATED generated articles (some in a sub-folder) and one file that is not text."""
    folder = tmp_path_factory.mktemp("cluster-corpus")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "more").mkdir()
    rng = random.Random(23)
    for number in range(GENERATED):
        place = folder / "more" if number % 10 == 0 else folder
        (place / f"gen_{number:03}.txt").write_text(generated_article(rng), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02PK binary\x00 data" * 20)
    return folder


@pytest.fixture(scope="module")
def recipe_run(request, standalone: StandaloneCluster, corpus: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """scripts/cluster_recipe.sh against the cluster, with this interpreter's spark-submit first on PATH."""
    work = Path(tempfile.mkdtemp(prefix="quotex-recipe-"))  # the environment and its archive: 1 GB, not kept
    request.addfinalizer(lambda: shutil.rmtree(work, ignore_errors=True))
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SPARK_", "PYSPARK_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)  # the job's Python is the packed environment's, nothing else
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    done = subprocess.run(
        ["bash", str(RECIPE), standalone.url, str(corpus), str(work)],
        env=env, capture_output=True, text=True, timeout=RECIPE_TIMEOUT,
    )
    return done, work


def test_the_recipe_on_a_standalone_cluster_gives_extracts_records(recipe_run, standalone: StandaloneCluster) -> None:
    done, work = recipe_run
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert "records equal to quotex extract's, every field" in done.stdout
    cluster = sorted((json.loads(line) for part in (work / "quotes").glob("part-*") for line in part.open()),
                     key=lambda r: (r["file"], r["start"], r["kind"]))
    assert len({r["file"] for r in cluster}) > GENERATED  # every article gave records
    assert all(r["speaker_id"] and r["quote_group"] for r in cluster if r["speaker"])
    assert len(list((work / "quotes").glob("part-*"))) >= 2  # spread over the two workers
    finished = standalone.status()["completedapps"]
    assert finished and all(app["state"] == "FINISHED" for app in finished)


def test_the_broken_file_is_one_error_line_under_spark_submit(recipe_run, corpus: Path) -> None:
    done, _ = recipe_run
    errors = [line for line in done.stdout.splitlines() if line.startswith("Error: ")]
    assert errors == [f"Error: {corpus / 'broken.txt'}: not a text file (binary content)"]


def test_the_doc_shows_the_recipe_the_script_runs(recipe_run) -> None:
    """The script reads its recipe out of docs/cluster.md: what it ran is the doc's block, line for line."""
    _, work = recipe_run
    block = re.search(r"<!-- recipe -->\n```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block is not None and (work / "recipe.sh").read_text(encoding="utf-8") == block.group(1)
    assert "venv-pack -p env" in block.group(1) and "spark.pyspark.driver.python" in block.group(1)
