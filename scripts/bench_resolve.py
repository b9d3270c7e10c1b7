"""Benchmark cross-article resolution alone, on synthetic corpora of growing size.

Resolution runs once over the distinct entities of a whole corpus, so its cost must grow
about linearly with the corpus. This script builds deterministic synthetic corpora whose names
look like news (people with bare-surname, initial, title and middle-name variants and shared
surnames; organisations with acronyms; elections and summits with years and modifiers),
times ``resolve_entities`` on each, and prints entities per second per size: a flat rate
means linear cost.

Usage: .venv/bin/python scripts/bench_resolve.py --articles 1000,10000,50000
"""

from __future__ import annotations

import argparse
import random
import string
import time

from extract.mentions.keys import entity_key
from extract.types import Entity, EntityType
from graph.merge.resolve import resolve_entities

_PER_ARTICLE = 20  # entities per article, about what the extractor finds in a news story


def _word(rng: random.Random, length: int) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(
        rng.choice(string.ascii_lowercase) for _ in range(length - 1)
    )


def synthetic_entities(articles: int, seed: int = 7) -> list[Entity]:
    """``articles * 20`` entities drawn from name pools that grow with the corpus."""
    rng = random.Random(seed)
    people = max(50, articles // 2)
    surnames = [_word(rng, rng.randint(4, 9)) for _ in range(max(20, people // 3))]
    given = [_word(rng, rng.randint(3, 7)) for _ in range(300)]
    persons = [(rng.choice(given), rng.choice(surnames)) for _ in range(people)]
    organisations = [
        " ".join(_word(rng, rng.randint(4, 9)) for _ in range(rng.randint(2, 4)))
        for _ in range(max(20, articles // 5))
    ]
    entities = []
    for _ in range(articles * _PER_ARTICLE):
        kind = rng.random()
        if kind < 0.5:
            first, last = rng.choice(persons)
            label = rng.choice(
                [
                    f"{first} {last}",
                    last,
                    f"{first[0]}. {last}",
                    f"President {last}",
                    f"{first} {rng.choice(string.ascii_uppercase)}. {last}",
                    f"{first.upper()} {last}",
                ]
            )
            entities.append(Entity(entity_key(EntityType.PERSON, label), label, EntityType.PERSON))
        elif kind < 0.8:
            name = rng.choice(organisations)
            label = rng.choice([name, f"the {name}", "".join(w[0] for w in name.split())])
            entities.append(
                Entity(entity_key(EntityType.ORGANIZATION, label), label, EntityType.ORGANIZATION)
            )
        else:
            year = rng.randint(1990, 2024)
            place = rng.choice(["U.S.", "French", "German", "Russian", "Brazilian", ""])
            head = rng.choice(["election", "elections", "summit", "race", "talks"])
            kind_word = rng.choice(["presidential", "parliamentary", ""])
            label = " ".join(w for w in (str(year), place, kind_word, head) if w)
            entities.append(Entity(entity_key(EntityType.EVENT, label), label, EntityType.EVENT))
    return entities


def main() -> None:
    """Time ``resolve_entities`` per corpus size and print one line per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,10000", help="comma-separated sizes")
    args = parser.parse_args()
    print(
        f"{'articles':>9} {'entities':>9} {'distinct':>9} {'merges':>7} {'seconds':>8} {'ent/s':>9}"
    )
    for size in (int(part) for part in args.articles.split(",")):
        entities = synthetic_entities(size)
        distinct = len({entity.key for entity in entities})
        start = time.perf_counter()
        resolution = resolve_entities(entities)
        seconds = time.perf_counter() - start
        print(
            f"{size:>9} {len(entities):>9} {distinct:>9} {len(resolution.merges):>7} "
            f"{seconds:>8.2f} {len(entities) / seconds:>9.0f}"
        )


if __name__ == "__main__":
    main()
