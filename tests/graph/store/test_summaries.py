"""The summary graph: kept up to date article by article, it equals one computed from scratch.

``graph.store.summaries`` changes the counts by what each write adds and removes;
``graph.store.summary_rebuild`` computes them in SPARQL over the whole default graph. After any
sequence of adds, re-adds, removes and re-keys the two must hold the same quads, and removing
an article must leave the store as if it had never been added.
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from extract.types import Article, ArticleResult, Entity, EntityType, Evidence, Relation
from graph.cli.main import app
from graph.run.corpus import iter_results
from graph.store.query import QueryError, plain_text, run_query
from graph.store.shipped import read_query
from graph.store.store import add_results, list_articles, open_store, remove_article
from graph.store.summaries import (
    ACTION_ARTICLES,
    ACTIONS,
    CONTESTED,
    COOCCURRENCES,
    STATEMENT_PARTS,
    SUMMARY_GRAPH,
    SUPPORTING_ARTICLES,
    VERB,
)
from graph.store.summary_rebuild import VERSION_MARKER, has_summaries, rebuild_summaries
from graph.store.summary_terms import DERIVED as DERIVED_FROM
from graph.store.summary_terms import EVIDENCE, NAME, SENTENCE
from graph.vocab.identity import entity_iri


def _iri(entity: Entity) -> str:
    return str(entity_iri(entity.key))


RU = Entity("country/RU", "Russia", EntityType.COUNTRY)
US = Entity("country/US", "United States", EntityType.COUNTRY)
UA = Entity("country/UA", "Ukraine", EntityType.COUNTRY)
DEAL = Entity("agreement/grain-deal", "grain deal", EntityType.AGREEMENT)
TALKS = Entity("event/peace-talks", "peace talks", EntityType.EVENT)


def _claim(
    article_id: str, subject: Entity, predicate: str, obj: Entity, *, negated: bool = False
) -> Relation:
    sentence = f"{subject.label} {'did not ' if negated else ''}{predicate} {obj.label}."
    evidence = Evidence(article_id, sentence, 0, len(sentence), "2024-03-01")
    return Relation(subject.key, predicate, obj.key, "036", negated, evidence)


def _result(article_id: str, entities: tuple[Entity, ...], *claims: Relation) -> ArticleResult:
    text = " ".join(claim.evidence.sentence for claim in claims) or "Nothing happened."
    return ArticleResult(Article(article_id, text, title=f"title {article_id}"), entities, claims)


def _contested_corpus() -> list[ArticleResult]:
    """Five articles with every kind of count: shared claims, acts, country pairs, backing
    and opposing statements (a negated backing verb among them), and a structural edge."""
    return [
        _result(
            "a1",
            (RU, US, DEAL),
            _claim("a1", RU, "proposed", DEAL),
            _claim("a1", US, "rejected", DEAL),
        ),
        _result(
            "a2",
            (RU, DEAL, UA),
            _claim("a2", RU, "proposed", DEAL),
            _claim("a2", UA, "signed", DEAL),
        ),
        _result("a3", (UA, DEAL, US), _claim("a3", UA, "agreed", DEAL, negated=True)),
        _result(
            "a4",
            (US, TALKS, RU),
            _claim("a4", US, "party_to", TALKS),
            _claim("a4", US, "welcomed", TALKS),
        ),
        _result("a5", (RU, US, UA)),
    ]


def _summary(store: ox.Store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, SUMMARY_GRAPH))


def _from_scratch(store: ox.Store) -> set[ox.Quad]:
    """The summary graph SPARQL computes from the store's default graph alone."""
    fresh = ox.Store()
    fresh.extend(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    rebuild_summaries(fresh)
    return _summary(fresh)


def _count(store: ox.Store, subject: str, predicate: ox.NamedNode) -> int | None:
    node = ox.NamedNode(f"https://newsgraph.dev/id/{subject}")
    for quad in store.quads_for_pattern(node, predicate, None, SUMMARY_GRAPH):
        return int(quad.object.value)
    return None


def test_counts_of_a_small_corpus(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, _contested_corpus())
    assert _summary(store) == _from_scratch(store)
    # Russia proposed the deal in two articles: one act (one statement), two articles.
    assert _count(store, "country/RU", ACTIONS) == 1
    assert _count(store, "country/RU", ACTION_ARTICLES) == 2
    # party_to is structural: the US acts twice (rejected, welcomed), not three times.
    assert _count(store, "country/US", ACTIONS) == 2
    statement = next(
        q.subject for q in store.quads_for_pattern(None, SUPPORTING_ARTICLES, None, SUMMARY_GRAPH)
    )
    assert (
        _count(
            store, statement.value.removeprefix("https://newsgraph.dev/id/"), SUPPORTING_ARTICLES
        )
        == 2
    )
    # RU and US are mentioned together in a1, a4 and a5.
    pairs = {
        int(q.object.value)
        for q in store.quads_for_pattern(None, COOCCURRENCES, None, SUMMARY_GRAPH)
    }
    assert 3 in pairs
    contested = {q.subject for q in store.quads_for_pattern(None, CONTESTED, None, SUMMARY_GRAPH)}
    assert contested == {ox.NamedNode("https://newsgraph.dev/id/agreement/grain-deal")}


def test_removing_and_readding_in_any_order_equals_a_fresh_store(tmp_path: Path) -> None:
    corpus = _contested_corpus()
    store = open_store(tmp_path / "store")
    add_results(store, corpus)
    before = set(store)
    shuffled = random.Random(17).sample(corpus, len(corpus))
    for result in shuffled[:3]:
        remove_article(store, result.article.id)
        assert _summary(store) == _from_scratch(store), result.article.id
    fresh = open_store(tmp_path / "fresh")
    add_results(fresh, shuffled[3:])
    assert set(store) == set(fresh)  # as if the removed articles had never been there
    for result in shuffled[:3]:
        add_results(store, [result])
        assert _summary(store) == _from_scratch(store), result.article.id
    assert set(store) == before
    add_results(store, corpus)  # re-adding unchanged articles changes nothing
    assert set(store) == before


def test_a_changed_article_moves_its_counts(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    corpus = _contested_corpus()
    add_results(store, corpus)
    # a1 now only says the US rejected the deal: Russia's proposal rests on a2 alone.
    add_results(store, [_result("a1", (US, DEAL), _claim("a1", US, "rejected", DEAL))])
    assert _summary(store) == _from_scratch(store)
    assert _count(store, "country/RU", ACTION_ARTICLES) == 1
    assert not list(store.quads_for_pattern(None, SUPPORTING_ARTICLES, None, SUMMARY_GRAPH))


def _copied_parts(store: ox.Store) -> dict[str, set[str]]:
    """The statement parts the summary graph copies, by statement, as their values' text."""
    parts: dict[str, set[str]] = {}
    for predicate in STATEMENT_PARTS:
        for quad in store.quads_for_pattern(None, predicate, None, SUMMARY_GRAPH):
            assert isinstance(quad.subject, ox.NamedNode)
            assert isinstance(quad.object, ox.NamedNode | ox.Literal)
            parts.setdefault(quad.subject.value, set()).add(quad.object.value)
    return parts


def _stated_parts(store: ox.Store, statement: ox.NamedNode) -> set[str]:
    return {
        str(plain_text(q.object))  # type: ignore[arg-type]
        for part in STATEMENT_PARTS
        for q in store.quads_for_pattern(statement, part, None, ox.DefaultGraph())
    }


def _summary_values(store: ox.Store, subject: ox.NamedNode, predicate: ox.NamedNode) -> set[str]:
    return {
        q.object.value for q in store.quads_for_pattern(subject, predicate, None, SUMMARY_GRAPH)
    }


def test_a_supported_statement_carries_its_parts_while_supported(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, _contested_corpus())
    proposal = next(
        q.subject for q in store.quads_for_pattern(None, SUPPORTING_ARTICLES, None, SUMMARY_GRAPH)
    )
    assert isinstance(proposal, ox.NamedNode)
    stated = _stated_parts(store, proposal)
    # Russia proposed the deal in a1 and a2: the copy is the statement's own four parts,
    # and its verb's name.
    assert _copied_parts(store)[proposal.value] == stated
    assert _summary_values(store, proposal, VERB) == {"proposed"}
    assert "https://newsgraph.dev/id/country/RU" in stated and "false" in stated
    remove_article(store, "a2")  # one article left: the count and the copy go together
    assert proposal.value not in _copied_parts(store)
    assert not _summary_values(store, proposal, VERB)
    assert _summary(store) == _from_scratch(store)
    add_results(store, [_contested_corpus()[1]])  # and come back with it
    assert _copied_parts(store)[proposal.value] == stated
    assert _summary(store) == _from_scratch(store)


def _claims_corpus() -> list[ArticleResult]:
    """A denial stated by two articles, a negated claim by one, and a plain act."""
    return [
        _result("c1", (RU, US, DEAL), _claim("c1", RU, "denied", DEAL)),
        _result(
            "c2",
            (RU, DEAL, UA),
            _claim("c2", RU, "denied", DEAL),
            _claim("c2", UA, "signed", DEAL, negated=True),
        ),
        _result("c3", (US, TALKS), _claim("c3", US, "welcomed", TALKS)),
    ]


def test_claims_carry_their_parts_and_evidence_while_stated(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, _claims_corpus())
    assert _summary(store) == _from_scratch(store)
    copied = _copied_parts(store)
    by_verb = {
        verb: {
            q.subject for q in store.quads_for_pattern(None, VERB, ox.Literal(verb), SUMMARY_GRAPH)
        }
        for verb in ("denied", "signed", "welcomed")
    }
    # The denial and the negated signing are claims; the welcome is neither claim nor shared.
    assert len(by_verb["denied"]) == len(by_verb["signed"]) == 1 and not by_verb["welcomed"]
    denial = next(iter(by_verb["denied"]))
    assert isinstance(denial, ox.NamedNode)
    assert copied[denial.value] == _stated_parts(store, denial)
    evidence = _summary_values(store, denial, EVIDENCE)
    assert len(evidence) == 2  # one sentence in each article
    articles = set().union(
        *(_summary_values(store, ox.NamedNode(e), DERIVED_FROM) for e in evidence)
    )
    assert articles == {f"https://newsgraph.dev/id/article/{a}" for a in ("c1", "c2")}
    sentences = set().union(*(_summary_values(store, ox.NamedNode(e), SENTENCE) for e in evidence))
    assert sentences == {"Russia denied grain deal."}
    # Both ends of every copied statement are named in the summary graph, and only those.
    named = {q.subject.value for q in store.quads_for_pattern(None, NAME, None, SUMMARY_GRAPH)}
    assert named == {_iri(e) for e in (RU, UA, DEAL)}
    remove_article(store, "c2")  # the negated signing goes, the denial keeps c1's evidence
    assert _summary(store) == _from_scratch(store)
    assert len(_summary_values(store, denial, EVIDENCE)) == 1
    named = {q.subject.value for q in store.quads_for_pattern(None, NAME, None, SUMMARY_GRAPH)}
    assert named == {_iri(e) for e in (RU, DEAL)}
    remove_article(store, "c1")
    assert _summary(store) == _from_scratch(store)
    assert not _copied_parts(store)
    assert not list(store.quads_for_pattern(None, NAME, None, SUMMARY_GRAPH))


def test_a_name_copy_follows_the_merged_name(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    add_results(store, _claims_corpus())
    # A later article names Russia at greater length: the merged name, and its copy, change.
    longer = Entity("country/RU", "Russian Federation", EntityType.COUNTRY)
    add_results(store, [_result("c4", (longer, US), _claim("c4", longer, "met", US))])
    assert _summary_values(store, ox.NamedNode(_iri(RU)), NAME) == {"Russian Federation"}
    assert _summary(store) == _from_scratch(store)
    remove_article(store, "c4")
    assert _summary_values(store, ox.NamedNode(_iri(RU)), NAME) == {"Russia"}
    assert _summary(store) == _from_scratch(store)


def test_the_sample_articles_one_by_one_and_removed(tmp_path: Path, examples_dir: Path) -> None:
    results = list(iter_results([examples_dir]))
    store = open_store(tmp_path / "store")
    for result in results:
        add_results(store, [result])
    assert _summary(store) == _from_scratch(store)
    assert len(_summary(store)) > 50
    for article_id in list_articles(store)[::2]:
        remove_article(store, article_id)
    assert _summary(store) == _from_scratch(store)


def test_an_old_store_gets_its_summaries_when_opened_for_writing(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = open_store(folder)
    add_results(store, _contested_corpus())
    expected = _summary(store)
    store.clear_graph(SUMMARY_GRAPH)  # as a store made before summaries
    store.flush()
    del store
    old = ox.Store.read_only(str(folder))
    assert not has_summaries(old)
    with pytest.raises(QueryError, match="newsgraph reindex"):
        run_query(read_query("07"), source=old)
    del old
    assert _summary(open_store(folder)) == expected


def test_cli_reindex(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = open_store(folder)
    add_results(store, _contested_corpus())
    expected = _summary(store)
    del store
    result = CliRunner().invoke(app, ["reindex", "--store", str(folder)])
    assert result.exit_code == 0, result.output
    assert "summary graph rebuilt" in result.output
    assert _summary(ox.Store.read_only(str(folder))) == expected
    missing = CliRunner().invoke(app, ["reindex", "--store", str(tmp_path / "nope")])
    assert missing.exit_code != 0 and "not a newsgraph store" in missing.output


def test_an_empty_store_needs_no_summaries_until_it_is_written() -> None:
    store = ox.Store()
    assert has_summaries(store)
    add_results(store, _contested_corpus()[:1])
    assert VERSION_MARKER in store


def test_rekeying_older_articles_moves_their_counts(tmp_path: Path) -> None:
    short = Entity("person/trump", "Trump", EntityType.PERSON)
    full = Entity("person/donald-trump", "Donald Trump", EntityType.PERSON)
    store = open_store(tmp_path / "store")
    add_results(store, [_result("b1", (short, DEAL), _claim("b1", short, "rejected", DEAL))])
    add_results(store, [_result("b2", (full, DEAL), _claim("b2", full, "rejected", DEAL))])
    add_results(store, [_result("b3", (RU, DEAL), _claim("b3", RU, "proposed", DEAL))])
    assert _summary(store) == _from_scratch(store)
    assert _count(store, "person/donald-trump", ACTION_ARTICLES) == 2
    assert _count(store, "person/trump", ACTIONS) is None
