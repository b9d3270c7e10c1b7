"""One resolver for entity names, in every command and API call: exact, alias, ambiguous, missing.

Each command that takes an entity (``explain``, ``view --around``) and each API call
(``neighbourhood``, ``show(around=…)``) is checked on the same four cases.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph import api
from graph.cli.main import app
from graph.explore.names import AmbiguousNameError, EntityNotFoundError, resolve_entity
from graph.export.json import write_json

runner = CliRunner()


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(articles={})
    people = {
        "person/baker": ("Baker", []),
        "person/james-baker": ("James Baker", ["Baker", "Jim Baker"]),
        "person/kenneth-baker": ("Kenneth Baker", ["Baker"]),
        "person/sergei-lavrov": ("Sergei Lavrov", ["Lavrov"]),
    }
    for key, (label, aliases) in people.items():
        graph.add_node(key, label=label, aliases=[label, *aliases], type="Person", articles=[])
    graph.add_node("organization/usair", label="USAir", aliases=["USAir"], type="Organization")
    graph.add_node("country/US", label="United States", aliases=["U.S."], type="Country")
    graph.add_edge("person/james-baker", "country/US", key="met", predicate="met", evidence=[])
    graph.add_edge("person/sergei-lavrov", "country/US", key="met", predicate="met", evidence=[])
    return graph


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    write_json(_graph(), path)
    return path


# ---- the resolver itself ----


def test_exact_key_then_label_then_alias() -> None:
    graph = _graph()
    assert resolve_entity(graph, "person/sergei-lavrov") == "person/sergei-lavrov"
    assert resolve_entity(graph, "sergei lavrov") == "person/sergei-lavrov"
    assert resolve_entity(graph, "Jim Baker") == "person/james-baker"


def test_ambiguous_lists_every_choice_best_connected_first() -> None:
    with pytest.raises(AmbiguousNameError) as raised:
        resolve_entity(_graph(), "Baker")
    # A label "Baker" (an unresolved surname) does not beat two aliases "Baker".
    keys = [c.key for c in raised.value.choices]
    assert keys == ["person/james-baker", "person/baker", "person/kenneth-baker"]
    assert "'Baker' names 3 entities" in str(raised.value)


def test_missing_gives_ranked_suggestions_not_a_guess() -> None:
    with pytest.raises(EntityNotFoundError) as raised:
        resolve_entity(_graph(), "USA")
    assert [c.key for c in raised.value.choices] == ["organization/usair"]
    assert "no entity named 'USA'; did you mean organization/usair" in str(raised.value)


# ---- newsgraph explain ----


@pytest.mark.parametrize(
    ("name", "key"),
    [("person/kenneth-baker", "person/kenneth-baker"), ("Lavrov", "person/sergei-lavrov")],
)
def test_explain_exact_and_alias(graph_file: Path, name: str, key: str) -> None:
    result = runner.invoke(app, ["explain", name, "-g", str(graph_file)])
    assert result.exit_code == 0 and result.stdout.startswith(key)


def test_explain_ambiguous_and_missing_exit_non_zero_with_one_line(graph_file: Path) -> None:
    result = runner.invoke(app, ["explain", "Baker", "-g", str(graph_file)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "person/james-baker" in result.stderr and "person/kenneth-baker" in result.stderr
    result = runner.invoke(app, ["explain", "USA", "-g", str(graph_file)])
    assert result.exit_code == 1 and "did you mean organization/usair" in result.stderr
    assert result.stderr.strip().count("\n") == 0


# ---- newsgraph view --around ----


def _view(graph_file: Path, name: str, out: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["view", str(graph_file), "--around", name, "-o", str(out)])
    return result.exit_code, result.stderr


@pytest.mark.parametrize("name", ["person/sergei-lavrov", "Lavrov"])
def test_view_around_exact_and_alias_selects_that_entity(
    graph_file: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "view.html"
    code, err = _view(graph_file, name, out)
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert '"focus":"person/sergei-lavrov"' in page
    assert "<title>Sergei Lavrov (2 hops)</title>" in page


def test_view_around_ambiguous_and_missing_write_nothing(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    code, err = _view(graph_file, "Baker", out)
    assert code == 1 and "names 3 entities" in err and "person/kenneth-baker" in err
    code, err = _view(graph_file, "USA", out)
    assert code == 1 and "no entity named 'USA'" in err and "organization/usair" in err
    assert not out.exists()


# ---- the API: neighbourhood and show ----


def test_api_neighbourhood_exact_and_alias() -> None:
    graph = _graph()
    assert sorted(api.neighbourhood(graph, "person/sergei-lavrov")) == sorted(
        api.neighbourhood(graph, "Lavrov")
    )
    assert "country/US" in api.neighbourhood(graph, "Lavrov")


def test_api_ambiguous_and_missing_raise_errors_listing_the_choices() -> None:
    graph = _graph()
    with pytest.raises(api.EntityNameError, match="person/kenneth-baker"):
        api.neighbourhood(graph, "Baker")
    with pytest.raises(LookupError, match="organization/usair"):
        api.show(graph, around="USA")


def test_api_show_around_an_alias_selects_it() -> None:
    view = api.show(_graph(), around="Lavrov")
    assert '"focus":"person/sergei-lavrov"' in view.html
