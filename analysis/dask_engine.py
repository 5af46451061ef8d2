"""The Dask engine: the same per-batch function as the local engine, run on a Dask cluster.

Install the ``scale`` extra (``pip install column-analysis[scale]``). Without a scheduler
address a :class:`dask.distributed.LocalCluster` is started (one single-threaded worker
process per job) and closed afterwards. Batches are submitted in input order with at most
``2 * workers`` in flight and their results are gathered in the same order, so the tables equal
the local engine's row for row. On a 2-core laptop Dask's overhead can exceed its gain
(FIELD_NOTES 5); the point of this path is clusters.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Iterable, Iterator

from .errors import AnalysisError
from .pipeline import DEFAULT_BATCH_SIZE, Batch, analyze_batch, batched


def _client(scheduler: str | None, jobs: int | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is missing
        raise AnalysisError("the Dask engine needs the 'scale' extra: pip install 'column-analysis[scale]'") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (ValueError, OSError, TimeoutError) as exc:
            raise AnalysisError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
    workers = jobs or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def iter_batches_dask(docs: Iterable, jobs: int | None = None, profile: str = "news",
                      batch_size: int = DEFAULT_BATCH_SIZE, scheduler: str | None = None) -> Iterator[Batch]:
    """Like :func:`analysis.pipeline.iter_batches`, on Dask; yields batches in input order."""
    client, cluster = _client(scheduler, jobs)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or (jobs or 1))
        pending: deque = deque()
        for batch in batched(docs, batch_size):
            pending.append(client.submit(analyze_batch, batch, profile, pure=False))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
