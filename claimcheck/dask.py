"""An archive checked on a dask cluster, its findings written as a Parquet table.

    from claimcheck.dask import check_to_parquet

    run = check_to_parquet(["archive/"], "findings/", address="tcp://scheduler:8786")
    print(run.documents, run.findings, run.errors)

The paths are listed here, split into partitions of ``partition_size`` articles, and
mapped over a ``dask.bag``: each task checks its articles exactly as ``claimcheck check``
does and writes its findings as one file, ``part-00000.parquet``, ``part-00001.parquet``...
in the output folder (each written beside its final name and renamed, so a reader never
sees half a file). The folder is one table with a row per finding (``SCHEMA``), read as
it is by DuckDB (``SELECT * FROM 'findings/*.parquet'``), pandas
(``pandas.read_parquet("findings/")``) or pyarrow.

The workers read the articles and write the table themselves, so on a real cluster both
must be at paths every worker sees (a shared file system, or for the output any URI
pyarrow opens, such as ``s3://bucket/findings``). Needs ``pip install 'claimcheck[dask]'``.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError
from .models import DocumentReport, InputProblem
from .runner import CheckJob, check_path, inputs, load_rules

PART = "part-{:05d}.parquet"


@dataclass
class DaskRun:
    """What a run did: the table's folder, how many articles and findings, the inputs it could not check."""

    output: str
    documents: int = 0
    findings: int = 0
    severities: Counter = field(default_factory=Counter)  # of findings not suppressed in the article
    errors: list[InputProblem] = field(default_factory=list)


def schema():
    """The Parquet table: one row per finding."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64())])
    value = pa.struct([("quantity", pa.string()), ("text", pa.string()), ("value", pa.float64()),
                       ("iso", pa.string()), ("unit", pa.string())])
    return pa.schema([
        ("article", pa.string()), ("title", pa.string()), ("published", pa.string()),
        ("rule", pa.string()), ("code", pa.string()), ("severity", pa.string()), ("message", pa.string()),
        ("spans", pa.list_(span)), ("line", pa.int64()),
        ("values", pa.list_(value)),  # the quantities involved, as the text states them
        ("expected", pa.string()), ("observed", pa.string()), ("arithmetic", pa.string()),
        ("advice", pa.string()), ("claim", pa.string()), ("suppressed", pa.bool_()),
    ])


def rows(doc: DocumentReport) -> list[dict[str, Any]]:
    """A document report's findings as rows of the table."""
    quantities = {q.id: q for q in doc.quantities}
    out = []
    for f in doc.findings:
        values = []
        for qid in f.quantities:
            q = quantities.get(qid)
            if q is not None:
                number = isinstance(q.value, (int, float))
                values.append({"quantity": qid, "text": q.text, "value": float(q.value) if number else None,
                               "iso": None if number else str(q.value), "unit": q.unit})
        out.append({
            "article": doc.path, "title": doc.title, "published": doc.published,
            "rule": f.rule, "code": f.code, "severity": f.severity, "message": f.message,
            "spans": [{"start": a, "end": b} for a, b in f.spans], "line": f.line, "values": values,
            "expected": f.expected, "observed": f.observed, "arithmetic": f.arithmetic, "advice": f.advice,
            "claim": f.claim, "suppressed": f.suppressed,
        })
    return out


def _filesystem(output: str):
    import pyarrow.fs

    return pyarrow.fs.FileSystem.from_uri(output)


def _check_partition(part: tuple[int, list[str]], output: str, job: CheckJob) -> DaskRun:
    """On a worker: check one partition's articles and write their findings as one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    index, paths = part
    run = DaskRun(output)
    table: list[dict[str, Any]] = []
    for path in paths:
        outcome = check_path(path, job)
        if outcome.document is None:
            run.errors.append(outcome.problem)
            continue
        run.documents += 1
        found = rows(outcome.document)
        table.extend(found)
        run.findings += len(found)
        run.severities.update(r["severity"] for r in found if not r["suppressed"])
    fs, root = _filesystem(output)
    final = posixpath.join(root, PART.format(index))
    pq.write_table(pa.Table.from_pylist(table, schema=schema()), final + ".tmp", filesystem=fs)
    fs.move(final + ".tmp", final)
    return run


def _prepare(output: str) -> str:
    """The output as a URI the workers can open, its folder made and emptied of an earlier run's parts."""
    import pyarrow.fs

    if "://" not in output:
        output = os.path.abspath(output)
    fs, root = _filesystem(output)
    fs.create_dir(root, recursive=True)
    for info in fs.get_file_info(pyarrow.fs.FileSelector(root)):
        name = posixpath.basename(info.path)
        if name.startswith("part-") and name.endswith((".parquet", ".parquet.tmp")):
            fs.delete_file(info.path)
    return output


def _client(address: str | None):
    """A client for ``address`` ('local' starts a cluster on this machine), or None to use the current one."""
    from distributed import Client

    if address is None:
        return None
    return Client() if address == "local" else Client(address)  # Client(): a cluster it closes with itself


def check_to_parquet(paths: list[str], output: str, *, address: str | None = None, client=None,
                     published: dt.date | None = None, suites=(), facts=(), published_from_file: bool = False,
                     config=None, partition_size: int = 64) -> DaskRun:
    """Check every article below ``paths`` on a dask cluster and write the findings to ``output``.

    ``client`` is a ``distributed.Client`` to run on; without one, ``address`` names the
    scheduler to connect to ('local': a cluster on this machine), and without either the
    client already current in this process is used. Inputs that cannot be checked are
    listed in the returned ``DaskRun.errors``, not in the table.
    """
    try:
        import dask.bag as db
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as e:
        raise ConfigError(f"the dask runner needs `pip install 'claimcheck[dask]'` ({e.name} is missing)") from None
    if "-" in paths:
        raise ConfigError("the dask runner reads files and folders, not standard input")
    run = DaskRun(output)
    todo = []
    for path, problem in inputs(paths):
        if problem is None:
            todo.append(path)
        else:
            run.errors.append(InputProblem(path=path, message=problem.message))
    run.output = output = _prepare(output)
    job = CheckJob(published, published_from_file, tuple(suites), tuple(facts), config)
    load_rules(job)  # a bad suite or facts file is said here once, not by every worker for every article
    parts = [(i, todo[a:a + partition_size]) for i, a in enumerate(range(0, len(todo), partition_size))]
    if not parts:  # nothing to check: still an (empty) table, so that readers of it do not fail
        return _merged(run, [_check_partition((0, []), output, job)])
    own = _client(address) if client is None else None
    try:
        bag = db.from_sequence(parts, npartitions=len(parts)).map(_check_partition, output, job)
        client = client or own
        return _merged(run, client.compute(bag).result() if client is not None else bag.compute())
    finally:
        if own is not None:
            own.close()


def _merged(run: DaskRun, done: list[DaskRun]) -> DaskRun:
    for part in done:
        run.documents += part.documents
        run.findings += part.findings
        run.severities.update(part.severities)
        run.errors.extend(part.errors)
    run.errors.sort(key=lambda e: e.path)
    return run
