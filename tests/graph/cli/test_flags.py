"""Commands that agree: a short flag means one thing in every command that has it."""

from __future__ import annotations

from collections import defaultdict

import typer

from graph.cli.main import app


def _options() -> dict[str, dict[str, set[str]]]:
    """Short flag → long names → the commands using them."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for parameter in command.params:
            shorts = [o for o in parameter.opts if o.startswith("-") and not o.startswith("--")]
            longs = frozenset(o for o in parameter.opts if o.startswith("--"))
            for short in shorts:
                for long in longs:
                    found[short][long].add(name)
    return found


def test_every_short_flag_has_one_meaning_across_commands() -> None:
    for short, longs in _options().items():
        # Every command spelling the flag shares at least one long name with the others.
        shared = set.intersection(
            *({lg for lg, cmds in longs.items() if c in cmds} for c in set().union(*longs.values()))
        )
        assert shared, f"{short} means {dict(longs)}"


def test_the_flags_the_issue_named() -> None:
    options = _options()
    assert set(options["-f"]) == {"--format"}  # build's file formats, nothing else
    assert "--query-file" in options["-q"]  # view and query: a SPARQL file
    assert set(options["-g"]) == {"--graph"}  # explain, query, push: a graph file or folder
