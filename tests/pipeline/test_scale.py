"""Scale paths give the same rows as one process: worker processes, a Dask cluster on
loopback; the pre-filter and the cached attribute ruler change no event."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dotterel.store import Store
from tests.conftest import EXAMPLES
from tests.helpers import rows


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    """The single-process path, run in a fresh process like the workers compared with it
    (so all of them read the same knowledge files, even while someone edits them)."""
    path = tmp_path_factory.mktemp("single") / "one.duckdb"
    done = subprocess.run(
        [sys.executable, "-c", "from dotterel.cli import main; main()", "ingest", str(EXAMPLES),
         "--db", str(path), "-j", "1", "--no-progress"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, DOTTEREL_NO_PROGRESS="1"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    store = Store(path, read_only=True)
    yield store
    store.close()


def _events(coder, arts):
    return [json.dumps(e.to_dict(explain=True), sort_keys=True)
            for ca in coder.code_articles(arts) for e in ca.events]  # fmt: skip


TAIL = """Russian forces shelled Kharkiv on Monday, Ukrainian officials said.

The city has been a target since the spring.

Residents queued for bread in the cold. Prices were high."""
# one paragraph, no line breaks: the sentences after the last that can hold an event (and
# a margin of right context) are cut (prefilter.Prefilter._sentence_tail)
ONE_LINE = (
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said. "
    "The city has been a target since the spring and many of its residents have left. "
    "Residents queued for bread in the cold outside the few shops still open in the centre. "
    "Prices were high and the queues were long, and the weather was grey and wet all day. "
    "Schools in the north of the city stayed closed for the third week in a row. "
    "Buses ran to a reduced timetable and the trams were not running at all."
)


def test_the_prefilter_keeps_the_new_constructions(coder):
    from dotterel.prefilter import Prefilter

    pf = Prefilter(coder.lexicon, kb=coder.kb)
    for text in (
        "Israel will not hesitate to act again, the minister said.",
        "The army would not hesitate to respond.",
        "Opposition MPs staged a walk-out from parliament.",
        "The rebels took Bukavu in February.",
    ):
        assert pf.can_hold_event(pf.tokenizer(text)), text


def test_dask_local_cluster_gives_the_same_rows(tmp_path, single):
    import dask.distributed as distributed  # a dev dependency: never skipped

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)  # fmt: skip
    try:
        with Store(tmp_path / "dask.duckdb") as store:
            report = store.ingest([str(EXAMPLES)], dask=cluster.scheduler_address, batch=3,
                                  shard_dir=str(tmp_path / "shards"))  # fmt: skip
            assert report.batches == 4  # 10 articles in shards of 3
            assert not list((tmp_path / "shards").iterdir())  # merged shards are removed
            assert rows(store) == rows(single)
            again = store.ingest([str(EXAMPLES)], dask=cluster.scheduler_address)
            assert again.articles == 0 and rows(store) == rows(single)
    finally:
        cluster.close()


def test_leftover_shards_are_merged_once(tmp_path, single):
    """Shards a killed Dask run wrote but did not merge are merged at the next run."""
    from dotterel.cluster import merge_leftovers
    from dotterel.read import ReadOptions, iter_inputs
    from dotterel.workers import CoderSpec, shard_chunk

    arts = [a for a in iter_inputs([str(EXAMPLES)], ReadOptions()) if hasattr(a, "text")]
    shards = tmp_path / "shards"
    shards.mkdir()
    shard_chunk(CoderSpec(), arts[:4], str(shards), "run-00000001")
    shard_chunk(CoderSpec(), arts[2:], str(shards), "run-00000002")  # overlapping batches
    (shards / "run-00000003.articles.parquet").write_bytes(b"half-written")  # no siblings
    with Store(tmp_path / "s.duckdb") as store:
        assert merge_leftovers(store, shards) == 10
        assert not list(shards.iterdir())
        assert rows(store)["articles"] == rows(single)["articles"]
        assert rows(store)["events"] == rows(single)["events"]


def test_worker_processes_give_the_same_rows(tmp_path, single):
    with Store(tmp_path / "pool.duckdb") as store:
        store.ingest([str(EXAMPLES)], jobs=2, batch=2)
        assert rows(store) == rows(single)


def test_prefilter_changes_no_event(coder):
    from dotterel.model import Article
    from dotterel.pipeline import Coder
    from dotterel.read import ReadOptions, iter_inputs

    arts = [a for a in iter_inputs([str(EXAMPLES)], ReadOptions()) if hasattr(a, "text")]
    arts.append(Article("tail", TAIL, published=None))
    arts.append(
        Article("none", "The weather was mild.\n\nResidents queued for bread.", published=None)
    )
    fast = Coder(kb=coder.kb, lexicon=coder.lexicon, prefilter=True)
    assert _events(fast, arts) == _events(coder, arts)
    st = fast._prefilter.stats
    assert 0 < st["parsed"] < st["paragraphs"]  # something was skipped
    coded = {c.article.id: c for c in fast.code_articles(arts[-2:])}
    assert coded["tail"].parsed_sentences < coded["tail"].sentences
    assert coded["none"].parsed_sentences == 0 and coded["none"].events == []


def test_prefilter_cuts_a_text_without_paragraph_breaks_by_sentences(coder):
    from dotterel.model import Article
    from dotterel.pipeline import Coder

    late = ONE_LINE.replace(
        "Buses ran to a reduced timetable",
        "Ukraine said Russian drones struck a power plant, and buses ran",
    )
    arts = [Article("oneline", ONE_LINE, published=None), Article("late", late, published=None)]
    fast = Coder(kb=coder.kb, lexicon=coder.lexicon, prefilter=True)
    assert _events(fast, arts) == _events(coder, arts)
    coded = {c.article.id: c for c in fast.code_articles(arts)}
    one = coded["oneline"]
    assert one.events and one.parsed_sentences < one.sentences  # the tail was not parsed
    assert one.sentences == 6
    # an event in the last sentence: nothing to cut
    assert coded["late"].parsed_sentences == coded["late"].sentences


def test_prefilter_reads_lemmas_not_surface_forms(coder):
    from dotterel.prefilter import Prefilter

    pf = Prefilter(coder.lexicon, kb=coder.kb)
    assert "strike" in pf.lemmas("struck")
    assert "shell" in pf.lemmas("shelled") and "stop" in pf.lemmas("stopped")
    assert "seize" in pf.lemmas("seized") and "fly" in pf.lemmas("flew")
    tok = pf.tokenizer
    assert pf.can_hold_event(tok("Israeli jets struck targets near Damascus."))
    assert pf.can_hold_event(tok("The minister said Iran has to stop enrichment."))
    # a naming verb makes an ACCUSE without a pattern (events/extract/nominal.py NAMING)
    assert pf.can_hold_event(tok("The Kenyan president described the killings as cowardly."))
    assert not pf.can_hold_event(tok("The weather was mild and the markets were busy."))


def test_spacy_shortcuts_give_identical_docs():
    import spacy

    from dotterel.nlp import MODEL
    from dotterel.read import ReadOptions, iter_inputs
    from dotterel.speedups import CachedAttributeRuler, install

    texts = [a.text for a in iter_inputs([str(EXAMPLES)], ReadOptions()) if hasattr(a, "text")]
    texts += ["There are gon na be talks, y'all said, and there is no deal.", "Let's go!"]
    plain, fast = spacy.load(MODEL), spacy.load(MODEL)
    assert install(fast) and isinstance(fast.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert fast.pipe_names == plain.pipe_names

    def sig(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
                for t in doc]  # fmt: skip

    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert sig(a) == sig(b)


def test_ingest_dask_local_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from dotterel.cli import main

    feed = tmp_path / "two.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (
        {"id": "a", "text": "Russia expelled two Estonian diplomats on Monday.", "published": "2024-02-07"},
        {"id": "b", "text": "Iran criticised Israel on Tuesday.", "published": "2024-02-07"},
    )) + "\n")  # fmt: skip
    db = tmp_path / "d.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db), "--dask-local", "1",
                                    "--no-progress"])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "+2 articles" in res.stderr
    with Store(db, read_only=True) as s:
        assert s.counts()["events"] >= 2
