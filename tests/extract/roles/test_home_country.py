"""State bodies and office holders the text leaves unplaced belong to the home country."""

from __future__ import annotations

from extract.pipeline import extract_articles
from extract.types import Article


def _affiliations(article: Article) -> set[tuple[str, str]]:
    result = next(iter(extract_articles([article])))
    return {(r.subject, r.object) for r in result.relations if r.predicate == "affiliated_with"}


def test_dateline_country_places_ministry_and_minister() -> None:
    text = (
        "Trade Minister Elena Vardy said the Trade Ministry would ask Canada to cut its "
        "lumber duties. Norway has long complained about them."
    )
    found = _affiliations(Article(id="oslo", text=text, title="TRADE TALKS", dateline="OSLO"))
    assert ("person/elena-vardy", "country/NO") in found
    assert any(s.startswith("organization/") and o == "country/NO" for s, o in found)


def test_no_home_country_from_an_international_seat() -> None:
    text = "Trade Minister Elena Vardy said Norway and Canada would meet again."
    found = _affiliations(Article(id="bxl", text=text, title="TALKS", dateline="BRUSSELS"))
    assert not any(s == "person/elena-vardy" for s, _ in found)


def test_a_common_word_capitalised_by_a_headline_names_no_country() -> None:
    text = "The Interior Ministry said the blast in Tromso killed ten. Norway mourned them."
    title = "Car bomb kills ten in Tromso, Norway"
    found = _affiliations(Article(id="car", text=text, title=title))
    assert ("organization/norway-interior-ministry", "country/NO") in found, found


def test_a_body_named_with_of_is_told_by_its_head_word() -> None:
    text = (
        "The Ministry of Fisheries said the quota would be cut. Norway's fleet objected. The "
        "Central Bank of the Nordic Clearing Union said nothing."
    )
    found = _affiliations(Article(id="osl", text=text, title="QUOTA", dateline="OSLO"))
    assert ("organization/ministry-of-fisheries", "country/NO") in found, found
    assert not any("clearing-union" in s and o == "country/NO" for s, o in found), found


def test_courts_and_houses_of_the_home_country() -> None:
    text = (
        "The High Court dismissed the appeal of the fishing firms. The House of Deputies will "
        "debate the quota on Monday, Norway's fisheries board said."
    )
    found = _affiliations(Article(id="court", text=text, title="QUOTA", dateline="OSLO"))
    assert ("organization/norway-high-court", "country/NO") in found, found
    assert ("organization/house-of-deputies", "country/NO") in found, found


def test_a_dateline_city_is_in_the_state_that_held_it_on_the_articles_date() -> None:
    text = "Deputy Prime Minister Ivo Marek said Yugoslavia would repay its debts on time."
    old = Article(id="bg87", text=text, title="DEBT", dateline="BELGRADE", date="1987-03-20")
    new = Article(id="bg19", text=text, title="DEBT", dateline="BELGRADE", date="2019-03-20")
    assert ("person/ivo-marek", "country/YU") in _affiliations(old)
    assert not any(o == "country/YU" for _, o in _affiliations(new))  # Serbia's, unnamed


def test_a_sentence_opening_in_a_place_is_that_places_countrys() -> None:
    text = (
        "The two leaders met in Singapore on Tuesday and Singapore hosted them. In Washington, "
        "Senate Republican leader Dale Pruitt criticized the statement."
    )
    title = "Leaders meet in Singapore"
    found = _affiliations(Article(id="sg", text=text, title=title))
    assert ("person/dale-pruitt", "country/US") in found, found
    assert not any(o == "country/SG" for _, o in found), found


def test_a_head_of_states_title_alone_is_the_home_countrys() -> None:
    text = (
        "The ministers met President Ramon Velasco at the palace. Venezuela hosted them. "
        "Texaco President Lee Kline also attended."
    )
    found = _affiliations(Article(id="ccs", text=text, title="OIL MEETING", dateline="CARACAS"))
    assert ("person/ramon-velasco", "country/VE") in found, found
    assert ("person/lee-kline", "country/VE") not in found, found


def test_the_home_country_named_only_in_the_title_counts_as_named() -> None:
    text = "Commerce Secretary Lyle Dent said housing starts rose two pct in February."
    article = Article(id="w", text=text, title="U.S. HOUSING STARTS RISE", dateline="WASHINGTON")
    assert ("person/lyle-dent", "country/US") in _affiliations(article)


def test_a_title_naming_the_home_only_as_where_or_a_named_body_before_president() -> None:
    text = (
        "Gold rose following a statement by President Ronald Keller that the deal was a "
        "mistake, dealers said. Sangri President Ali Waha said output would rise."
    )
    article = Article(id="hk", text=text, title="GOLD RISES IN HONG KONG", dateline="HONG KONG")
    found = _affiliations(article)
    assert not any(o == "country/HK" for _, o in found), found
