"""Running quotex: the Python API, one `PipelineConfig`, one `Selection`, worker processes,
signals, and the same extraction on Apache Spark."""
