"""Cross-article entity resolution: decide which entity keys denote the same real-world thing.

Within one article the extractor already maps "Lavrov" to "Sergei Lavrov". Across articles a
bare surname or an acronym may be all an article says ("Trump", "DHS"), so before merging we
map such keys onto the fuller key they abbreviate, but only when the choice is unambiguous:

* a one-word person key maps to the single multi-word person key that ends with that word
  ("person/trump" → "person/donald-trump"); two candidates with different first names
  ("Donald Trump", "Melania Trump") leave it alone;
* an organisation whose label is an acronym maps to the single organisation whose initials
  spell it, or which lists it as an alias ("DHS" → "Department of Homeland Security").

The result is deterministic: it depends only on the set of entities, not their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from extract.types import Entity, EntityType

_MINOR_WORDS = {"of", "the", "for", "and", "on", "in", "to", "a", "an", "&"}
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


def resolve_keys(entities: Iterable[Entity]) -> dict[str, str]:
    """Map each entity key that abbreviates another to that fuller key (others are absent).

    >>> from extract.types import Entity, EntityType as T
    >>> resolve_keys([Entity("person/trump", "Trump", T.PERSON),
    ...               Entity("person/donald-trump", "Donald Trump", T.PERSON)])
    {'person/trump': 'person/donald-trump'}
    """
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_key[entity.key].append(entity)
    mapping: dict[str, str] = {}
    mapping.update(_resolve_surnames(sorted(by_key)))
    mapping.update(_resolve_acronyms(by_key))
    return dict(sorted(mapping.items()))


def _resolve_surnames(keys: list[str]) -> dict[str, str]:
    people = [key.split("/", 1)[1] for key in keys if key.startswith("person/")]
    full_by_surname: dict[str, list[str]] = defaultdict(list)
    for slug in people:
        parts = slug.split("-")
        if len(parts) > 1:
            full_by_surname[parts[-1]].append(slug)
    mapping = {}
    for slug in people:
        if "-" in slug:
            continue
        candidates = full_by_surname.get(slug, [])
        if len(_distinct_first_names(candidates)) == 1:
            mapping[f"person/{slug}"] = f"person/{max(candidates, key=lambda c: (len(c), c))}"
    return mapping


def _distinct_first_names(slugs: list[str]) -> set[str]:
    return {slug.split("-")[0] for slug in slugs}


def _initials(label: str) -> str:
    words = re.findall(r"[A-Za-z][\w'-]*", label)
    return "".join(w[0].upper() for w in words if w.lower() not in _MINOR_WORDS)


def _resolve_acronyms(by_key: dict[str, list[Entity]]) -> dict[str, str]:
    organisations = {
        key: group for key, group in by_key.items() if group[0].type is EntityType.ORGANIZATION
    }
    long_forms: dict[str, set[str]] = defaultdict(set)
    for key, group in organisations.items():
        for entity in group:
            for name in {entity.label, *entity.aliases}:
                if _ACRONYM.match(name):
                    if not _ACRONYM.match(entity.label):
                        long_forms[name.replace(".", "")].add(key)
                elif len(_initials(name)) > 1:
                    long_forms[_initials(name)].add(key)
    mapping = {}
    for key, group in sorted(organisations.items()):
        label = group[0].label
        if not _ACRONYM.match(label):
            continue
        candidates = long_forms.get(label.replace(".", ""), set()) - {key}
        if len(candidates) == 1:
            mapping[key] = candidates.pop()
    return mapping
