"""The dask runner on a LocalCluster finds what the serial run finds, as a Parquet table DuckDB reads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from distributed import Client, LocalCluster

from claimcheck.dask import check_to_parquet, schema
from claimcheck.runner import build_report, run_check

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CORPORA = [str(EVAL / "dev"), str(EVAL / "dev2")]


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local


def serial_findings(paths: list[str]) -> list[tuple]:
    report = build_report(paths)
    return sorted((doc.path, f.code, f.severity, f.message, tuple(map(tuple, f.spans)))
                  for doc in report.documents for f in doc.findings)


def table_findings(folder: Path) -> list[tuple]:
    found = duckdb.sql(f"SELECT article, code, severity, message, spans FROM '{folder}/*.parquet'").fetchall()
    return sorted((a, c, s, m, tuple((span["start"], span["end"]) for span in spans)) for a, c, s, m, spans in found)


def test_the_dev_corpora_on_a_cluster_give_the_serial_findings(cluster, tmp_path):
    with Client(cluster) as client:
        run = check_to_parquet([*CORPORA, str(EVAL / "missing.md")], str(tmp_path / "findings"), client=client,
                               partition_size=8)
    expected = serial_findings(CORPORA)
    assert run.documents == 48 and run.findings == len(expected) > 50
    assert [(Path(e.path).name, e.message) for e in run.errors] == [("missing.md", "no such file or directory")]
    assert table_findings(tmp_path / "findings") == expected
    parts = sorted(p.name for p in (tmp_path / "findings").iterdir())
    assert parts == [f"part-{i:05d}.parquet" for i in range(6)]
    columns = duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path}/findings/*.parquet'").fetchall()
    assert [c[0] for c in columns] == schema().names


def test_values_hold_the_quantities_a_finding_involves(cluster, tmp_path):
    article = EVAL / "dev" / "m04-half-constellation.md"
    with Client(cluster) as client:
        check_to_parquet([str(article)], str(tmp_path / "t"), client=client)
    (values,), = duckdb.sql(f"SELECT \"values\" FROM '{tmp_path}/t/*.parquet' WHERE code = 'CC103'").fetchall()
    report = build_report([str(article)]).documents[0]
    finding, = [f for f in report.findings if f.code == "CC103"]
    quantities = {q.id: q for q in report.quantities}
    assert [(v["quantity"], v["text"], v["value"], v["unit"]) for v in values] == [
        (qid, quantities[qid].text, quantities[qid].value, quantities[qid].unit) for qid in finding.quantities]


def test_check_dask_writes_the_table_and_exits_as_check_does(cluster, tmp_path):
    out = tmp_path / "seeds.parquet"
    (out).mkdir()
    (out / "part-00007.parquet").write_text("left from an earlier, larger run")
    inputs = [str(ROOT / "seeds"), str(EVAL / "dev" / "m04-half-constellation.md")]
    code = run_check(inputs, fmt=None, output=str(out), fail_on=None, published=None,
                     suites=[], facts=[], dask=cluster.scheduler_address)
    assert code == 1  # a part-whole error in m04
    assert table_findings(out) == serial_findings(inputs)
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet"]
