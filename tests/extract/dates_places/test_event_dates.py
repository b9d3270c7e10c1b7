"""Dates of events and agreements: the normalisation table, the choice among disagreeing dates,
one-sentence cases through the real pipeline, and event coreference by date and place."""

from __future__ import annotations

import json
import tempfile

import pytest

from extract.dates_places.date_expressions import choose_date, dates_agree, normalise_event_date
from extract.mentions.keys import is_generic_name
from extract.pipeline import extract_articles
from extract.types import Article, ArticleResult, Entity, EntityType
from graph.run.cache import ResultCache

# A Wednesday: Tuesday is the day before, the coming Monday five days on.
WEDNESDAY = "2018-11-07"

# (date expression, article date, future tense, expected)
NORMALISATION = [
    # absolute dates, with or without an article date
    ("July 14, 2015", None, False, "2015-07-14"),
    ("14 July 2015", WEDNESDAY, False, "2015-07-14"),
    ("July 2015", None, False, "2015-07"),
    ("2016", None, False, "2016"),
    ("early 2015", None, False, "2015"),
    ("the summer of 2015", None, False, "2015"),
    ("December 1987", WEDNESDAY, False, "1987-12"),
    ("2015-07-14", None, False, "2015-07-14"),
    ("February 30, 2015", None, False, None),
    ("between 2014 and 2016", None, False, None),
    ("annual", WEDNESDAY, False, None),
    ("two-day", WEDNESDAY, False, None),
    # no year: the year nearest the article date, nothing without one
    ("July 7", "2017-07-08", False, "2017-07-07"),
    ("December 30", "2019-01-02", False, "2018-12-30"),
    ("March", WEDNESDAY, False, "2019-03"),
    ("July 7", None, False, None),
    ("March", None, False, None),
    # weekdays against the article date
    ("Tuesday", WEDNESDAY, False, "2018-11-06"),
    ("Wednesday", WEDNESDAY, False, "2018-11-07"),
    ("Thursday", WEDNESDAY, False, "2018-11-01"),
    ("Monday", WEDNESDAY, True, "2018-11-12"),
    ("Tuesday night", WEDNESDAY, False, "2018-11-06"),
    ("last Wednesday", WEDNESDAY, False, "2018-10-31"),
    ("next Wednesday", WEDNESDAY, False, "2018-11-14"),
    ("Tuesday", None, False, None),
    # days, weeks, months and years relative to the article date
    ("yesterday", WEDNESDAY, False, "2018-11-06"),
    ("today", WEDNESDAY, False, "2018-11-07"),
    ("tomorrow", WEDNESDAY, False, "2018-11-08"),
    ("last night", WEDNESDAY, False, "2018-11-06"),
    ("three days ago", WEDNESDAY, False, "2018-11-04"),
    ("two years ago", WEDNESDAY, False, "2016"),
    ("last week", "2018-11-21", False, "2018-11"),
    ("last week", WEDNESDAY, False, None),  # Oct 29 - Nov 4 spans two months
    ("last month", WEDNESDAY, False, "2018-10"),
    ("earlier this month", WEDNESDAY, False, "2018-11"),
    ("last year", WEDNESDAY, False, "2017"),
    ("next year", WEDNESDAY, False, "2019"),
    ("last November", WEDNESDAY, False, "2017-11"),
    ("last October", WEDNESDAY, False, "2018-10"),
    ("next January", WEDNESDAY, False, "2019-01"),
    ("yesterday", None, False, None),
    ("last year", None, False, None),
]


@pytest.mark.parametrize(("text", "article_date", "future", "expected"), NORMALISATION)
def test_normalisation(text: str, article_date: str | None, future: bool, expected: str) -> None:
    assert normalise_event_date(text, article_date, future=future) == expected


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2016", "2016-11-08"], "2016-11-08"),  # the most precise
        (["2016-11-09", "2016-11-08", "2017"], "2016-11-08"),  # then the earliest
        (["2015-07", "2016"], "2015-07"),  # conflicting: still the most precise
        ([None, "", "2014"], "2014"),
        ([None], None),
    ],
)
def test_conflicting_dates_choose_the_most_precise_then_the_earliest(
    dates: list[str | None], expected: str | None
) -> None:
    assert choose_date(dates) == expected
    assert choose_date(reversed(dates)) == expected


def test_dates_agree_when_one_contains_the_other() -> None:
    assert dates_agree("2016", "2016-11-08")
    assert dates_agree("2016-11", "2016-11-08")
    assert not dates_agree("2016-11-08", "2016-11-09")
    assert not dates_agree("2016", None)


# (name, text, article date, entity key, expected date)
SENTENCES = [
    (
        "summit-on-day-verb",
        "Leaders met at the G20 summit in Hamburg on July 7.",
        "2017-07-08",
        "event/g20-summit",
        "2017-07-07",
    ),
    (
        "talks-on-weekday",
        "Russia and Spain held bilateral talks in Madrid on Tuesday.",
        WEDNESDAY,
        "event/talks-on-weekday--bilateral-talks",
        "2018-11-06",
    ),
    (
        "weekday-without-article-date",
        "Russia and Spain held bilateral talks in Madrid on Tuesday.",
        None,
        "event/weekday-without-article-date--bilateral-talks",
        None,
    ),
    (
        "year-in-name",
        "The 2016 presidential election was won by a Republican.",
        None,
        "event/2016-presidential-election",
        "2016",
    ),
    (
        "signed-in-year",
        "Peru and Chile signed a joint fisheries treaty in 2015.",
        None,
        "agreement/joint-fisheries-treaty",
        "2015",
    ),
    (
        "signed-month-year-passive",
        "The Caracas Accord was signed by Peru and Chile in March 2011.",
        WEDNESDAY,
        "agreement/caracas-accord",
        "2011-03",
    ),
    (
        "future-weekday",
        "Putin and Trump will hold a summit in Helsinki on Monday.",
        WEDNESDAY,
        "event/helsinki-summit",
        "2018-11-12",
    ),
    (
        "possessor-month",
        "Catalonia's independence referendum last October was illegal, Spain said.",
        WEDNESDAY,
        "event/catalonia-independence-referendum",
        "2018-10",
    ),
    # The date of criticising or of speaking is not the occasion's.
    (
        "criticism-date-is-not-the-agreement-date",
        "Trump criticized the Paris Agreement on Tuesday.",
        WEDNESDAY,
        "agreement/paris-agreement",
        None,
    ),
    (
        "speech-after-talks",
        "Lavrov said on Tuesday following the talks in Madrid that ties were good.",
        WEDNESDAY,
        "event/madrid-talks",
        None,
    ),
]


@pytest.fixture(scope="module")
def sentence_results() -> dict[str, ArticleResult]:
    articles = [Article(id=name, text=text, date=date) for name, text, date, _, _ in SENTENCES]
    return {r.article.id: r for r in extract_articles(articles)}


@pytest.mark.parametrize(
    ("name", "key", "expected"),
    [(name, key, expected) for name, _, _, key, expected in SENTENCES],
    ids=[case[0] for case in SENTENCES],
)
def test_sentence_date(
    sentence_results: dict[str, ArticleResult], name: str, key: str, expected: str | None
) -> None:
    entities = {e.key: e for e in sentence_results[name].entities}
    assert key in entities, sorted(entities)
    assert entities[key].date == expected


def test_only_events_and_agreements_have_dates(sentence_results: dict[str, ArticleResult]) -> None:
    for result in sentence_results.values():
        for entity in result.entities:
            if entity.type not in (EntityType.EVENT, EntityType.AGREEMENT):
                assert entity.date is None, entity


# Event coreference inside one article: (name, text, article date, events expected as
# {key: (date, sorted aliases)}); keys of article-scoped events start with the case name.
COREFERENCE = [
    (
        "same-day-talks-and-meeting",
        "Russia and Spain held bilateral talks in Madrid on Tuesday. Lavrov praised Spain "
        "during the Tuesday meeting.",
        WEDNESDAY,
        {
            "event/same-day-talks-and-meeting--bilateral-talks": (
                "2018-11-06",
                ["Tuesday meeting", "bilateral talks"],
            )
        },
    ),
    (
        "day-named-anaphor-without-article-date",
        "Russia and Spain opened the Madrid talks. Lavrov praised Spain during the Tuesday "
        "meeting.",
        None,
        {"event/madrid-talks": (None, ["Madrid talks", "Tuesday meeting"])},
    ),
    (
        "same-day-summit-and-meeting",
        "Kenya hosted the Nairobi summit on July 7. Uganda praised the July 7 meeting.",
        "2019-07-10",
        {"event/nairobi-summit": ("2019-07-07", ["July 7 meeting", "Nairobi summit"])},
    ),
    (
        "other-day-meeting-stays-apart",
        "Kenya hosted the Nairobi summit on July 7. Uganda praised the July 9 meeting.",
        "2019-07-10",
        {
            "event/nairobi-summit": ("2019-07-07", ["Nairobi summit"]),
            "event/july-9-meeting": ("2019-07-09", ["July 9 meeting"]),
        },
    ),
    (
        "conflicting-date-stays-apart",
        "Peru and Chile held talks in Lima on Monday. Bolivia hosted the talks on Friday.",
        "2019-07-10",
        {
            "event/lima-talks": ("2019-07-08", ["talks in Lima"]),
            "event/conflicting-date-stays-apart--talks": ("2019-07-05", ["talks"]),
        },
    ),
    (
        "same-day-possessive-meeting",
        "Russia and Spain held bilateral talks in Madrid on Tuesday. Lavrov praised Spain "
        "during Tuesday's meeting.",
        WEDNESDAY,
        {
            "event/same-day-possessive-meeting--bilateral-talks": (
                "2018-11-06",
                ["bilateral talks", "meeting"],
            )
        },
    ),
    (
        "other-day-possessive-meeting",
        "Russia and Spain held bilateral talks in Madrid on Monday. Lavrov hosted Tuesday's "
        "meeting.",
        WEDNESDAY,
        {
            "event/other-day-possessive-meeting--bilateral-talks": (
                "2018-11-05",
                ["bilateral talks"],
            ),
            "event/other-day-possessive-meeting--meeting": ("2018-11-06", ["meeting"]),
        },
    ),
    (
        "anaphor-without-date-joins",
        "Peru and Chile held talks in Lima on Monday. Bolivia welcomed the talks.",
        "2019-07-10",
        {"event/lima-talks": ("2019-07-08", ["talks", "talks in Lima"])},
    ),
    (
        "same-day-vote-and-referendum",
        "Chile held a referendum on Sunday. Peru criticized Sunday's vote.",
        "2019-07-10",
        {"event/same-day-vote-and-referendum--referendum": ("2019-07-07", ["referendum", "vote"])},
    ),
]


@pytest.fixture(scope="module")
def coreference_results() -> dict[str, ArticleResult]:
    articles = [Article(id=name, text=text, date=date) for name, text, date, _ in COREFERENCE]
    return {r.article.id: r for r in extract_articles(articles)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [(name, expected) for name, _, _, expected in COREFERENCE],
    ids=[case[0] for case in COREFERENCE],
)
def test_event_coreference_by_date(
    coreference_results: dict[str, ArticleResult],
    name: str,
    expected: dict[str, tuple[str | None, list[str]]],
) -> None:
    events = {
        e.key: (e.date, sorted(e.aliases))
        for e in coreference_results[name].entities
        if e.type is EntityType.EVENT
    }
    assert events == expected


def test_a_result_without_dates_loads_from_the_cache(tmp_path: object) -> None:
    """Results cached before dates existed have no "date" field: they load with none."""
    article = Article(id="a1", text="Talks ended.", date=WEDNESDAY)
    talks = Entity("event/a1--talks", "talks", EntityType.EVENT, ("talks",), date="2018-11-06")
    current = ArticleResult(article, (talks,))
    old = json.loads(json.dumps(current.to_dict()))
    del old["entities"][0]["date"]
    assert ArticleResult.from_dict(old).entities[0].date is None
    assert ArticleResult.from_dict(json.loads(json.dumps(current.to_dict()))) == current
    cache = ResultCache(tempfile.mkdtemp(), fingerprint="before-dates")
    cache.put(ArticleResult.from_dict(old))
    loaded = cache.get(article)
    assert loaded is not None and loaded.entities[0].date is None


def test_a_weekday_named_occasion_is_scoped_to_its_article() -> None:
    """ "the Tuesday meeting" of one article is not that of another; "the July 7 summit" and
    "the 2016 election" still name one occasion across articles."""
    texts = {
        "first": "Lavrov praised Spain during the Tuesday meeting in Madrid.",
        "second": "Kuleba criticized Hungary during the Tuesday meeting in Kyiv.",
    }
    results = list(extract_articles(Article(id=k, text=v) for k, v in texts.items()))
    keys = [{e.key for e in result.entities if e.type is EntityType.EVENT} for result in results]
    assert keys == [{"event/first--tuesday-meeting"}, {"event/second--tuesday-meeting"}]
    assert not is_generic_name("July 7 summit", "summit")
    assert not is_generic_name("2016 election", "election")
