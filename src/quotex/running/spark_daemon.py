"""Spark's Python daemon for quotex: the pipeline loaded once, then every Python worker forked from it.

Spark starts one daemon a Python executable on each executor (`python -m <spark.python.daemon.module>`)
and forks a Python worker from it for each task slot it needs. pyspark's own daemon imports
nothing before it forks, so each worker would import spaCy and load the pipeline for itself
(seconds of CPU, for every worker of every executor). This one loads the pipeline that
`PRELOAD_ENV` names first, then runs pyspark's daemon: each worker starts with the pipeline in
its memory, shared with the daemon's until written to, as `quotex extract --jobs N` forks its
workers (`quotex.running.parallel`). `quotex.running.spark.session` sets it up; a pipeline that
cannot be loaded here is left to the worker, which reports why as it always does.
"""

from __future__ import annotations

import json
import os

from quotex.running.config import PipelineConfig

MODULE = __name__
PRELOAD_ENV = "QUOTEX_SPARK_PRELOAD"  # the PipelineConfig's fields, as JSON
# Spark keeps one daemon for each set of environment variables its Python runners give. Those of
# DataFrame steps (mapInArrow and the like: all that quotex runs) add this one (with Spark's
# default settings); those of the RDD API do not. A daemon without it serves RDD jobs
# (pyspark's createDataFrame of a list pickles its rows in one, and users' RDD code), which need
# no pipeline: loading one there cost seconds of CPU a session for nothing. Where it is missing
# from DataFrame steps too (simplified tracebacks turned off), workers load the pipeline themselves.
DATAFRAME_ENV = "SPARK_SIMPLIFIED_TRACEBACK"


def describe(pipeline: PipelineConfig) -> str:
    """`pipeline` as the value of `PRELOAD_ENV`."""
    return json.dumps({name: getattr(pipeline, name) for name in pipeline.__dataclass_fields__}, sort_keys=True)


def preload() -> None:
    """Load the pipeline `PRELOAD_ENV` names into this process, as a worker would, when this
    daemon serves DataFrame steps (`DATAFRAME_ENV`)."""
    described = os.environ.get(PRELOAD_ENV)
    if not described or DATAFRAME_ENV not in os.environ:
        return
    from quotex.running.spark import worker_extractor

    try:
        worker_extractor(PipelineConfig(**json.loads(described)), counted=False)
    except Exception:  # noqa: BLE001 # the worker loads it again and reports the failure with the job
        return


def main() -> None:
    from pyspark.daemon import manager

    preload()
    manager()


if __name__ == "__main__":
    main()
