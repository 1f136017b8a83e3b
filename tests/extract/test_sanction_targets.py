"""Sanctions that name companies, ships and people, and rates paid without an imposer named."""

from __future__ import annotations

from datetime import date

from extract.helpers import facts_of


def _sanctions(text: str, published: date = date(2025, 10, 27)) -> set[tuple]:
    return {
        (t.imposer, t.target, t.target_group, t.status)
        for t in facts_of(text, published=published).tariffs
    }


def test_sanctioned_people_are_the_group_and_their_country_the_target():
    assert _sanctions(
        "On Friday the Treasury's Office of Foreign Assets Control sanctioned Gustavo Petro, "
        "his wife, his eldest son and Interior Minister Armando Benedetti."
    ) == {
        (
            "USA",
            "COL",
            "Gustavo Petro, his wife, his eldest son and Interior Minister Armando Benedetti",
            "imposed",
        )
    }


def test_sanctioned_companies_keep_their_country_and_which_ones_they_are():
    facts = _sanctions(
        "On Wednesday the U.S. Treasury imposed sanctions on a Chinese refinery and a network of "
        "tankers accused of moving Iranian crude."
    )
    # The country is the one the head words name ("Chinese"), not the crude's.
    assert facts == {
        (
            "USA",
            "CHN",
            "Chinese refinery and a network of tankers accused of moving Iranian crude",
            "imposed",
        )
    }


def test_a_country_or_a_sector_stays_a_country_target():
    assert _sanctions("The EU imposed sanctions on Russia on Friday.") == {
        ("EU", "RUS", None, "imposed")
    }
    assert _sanctions("Britain sanctioned two Israeli ministers on Tuesday.") == {
        ("GBR", "ISR", "two Israeli ministers", "imposed")
    }


def test_the_same_companies_are_the_ones_named_before():
    facts = _sanctions(
        "Washington imposed sanctions on Russia's Rosneft and Lukoil on Wednesday. "
        "Britain sanctioned the same two companies last week."
    )
    assert facts == {
        ("USA", "RUS", None, "imposed"),
        ("GBR", "RUS", None, "imposed"),
    }


def test_sanctions_announced_by_the_treasury_are_americas_unless_his_majestys():
    assert {
        i
        for i, *_ in _sanctions(
            "Sanctions on Russia's two largest oil companies, Rosneft and Lukoil, announced by "
            "the Treasury on Oct. 22, took effect on Friday."
        )
    } == {"USA"}
    assert {
        i for i, *_ in _sanctions("HM Treasury imposed sanctions on two Russian banks on Monday.")
    } == {"GBR"}


def test_added_to_a_sanctions_list_is_imposed_on_those_added():
    assert _sanctions(
        "On June 21, 2024, South Korea added two Russian vessels and three Russian entities to its "
        "unilateral sanctions list."
    ) == {("KOR", "RUS", "two Russian vessels and three Russian entities", "imposed")}


def test_whoever_is_under_sanctions_is_their_target():
    expected = {("EU", "RUS", "Sergey Lavrov", "imposed")}
    assert _sanctions("Lavrov is under EU sanctions.") == expected
    assert _sanctions("Sergei Lavrov, who is under EU sanctions, flew to Malta.") == expected
    # The adjunct names the imposer here, not the target ("EU adopts new Russia sanctions").
    assert _sanctions("The EU adopted new Russia sanctions on Friday.") == {
        ("EU", "RUS", None, "imposed")
    }


def test_off_the_list_is_lifted_and_a_headline_is_the_same_fact_as_the_text():
    facts = facts_of(
        "Dodik off the US sanctions list\n\n"
        "The US Treasury lifted sanctions on Bosnian Serb leader Milorad Dodik, members of his "
        "family and several associated companies on Friday.",
        published=date(2025, 10, 27),
    )
    assert [(t.imposer, t.target, t.status, len(t.evidence)) for t in facts.tariffs] == [
        ("USA", "BIH", "lifted", 2)
    ]
    assert "members of his family" in (facts.tariffs[0].target_group or "")


def test_an_aside_after_the_target_adds_no_target():
    assert _sanctions(
        "In Brussels, the EU adopted its 14th package of sanctions against Russia on June 24, "
        "2024, including listings tied to arms shipments from North Korea."
    ) == {("EU", "RUS", None, "imposed")}


def _rates(text: str) -> set[tuple]:
    lead = "President Donald Trump imposed a 25% tariff on Canadian goods on Monday. "
    return {
        (t.imposer, t.target, t.rate_pct, t.status)
        for t in facts_of(lead + text, published=date(2025, 8, 8)).tariffs
        if t.target != "CAN"
    }


def test_a_quarter_of_their_value_is_a_rate():
    assert _rates("Mexican vehicles pay a quarter of their value at the border.") == {
        ("USA", "MEX", 25.0, "imposed")
    }


def test_european_makers_paying_a_rate_are_the_blocs():
    assert _rates("European steelmakers also face the 50% rate.") == {
        ("USA", "EU", 50.0, "imposed")
    }
    # Europeans facing odds are no tariff.
    assert _rates("European leaders face a 50% chance of failure.") == set()


def test_korean_alone_is_south_korean():
    assert _rates("Korean cars pay 15% now.") == {("USA", "KOR", 15.0, "imposed")}
    assert _rates("North Korean goods pay 15% now.") == {("USA", "PRK", 15.0, "imposed")}


def test_a_states_goods_are_its_countrys():
    assert _rates(
        "Queensland beef still faces the 10 per cent baseline tariff Washington imposed."
    ) == {("USA", "AUS", 10.0, "imposed")}


def test_a_leading_phrase_before_the_imposer_leaves_it_the_subject():
    assert _sanctions("For the first time, the EU has sanctioned two Chinese banks.") == {
        ("EU", "CHN", "two Chinese banks", "imposed")
    }
    assert _sanctions("In a rare step, the U.S. sanctioned Iran's oil ministry.") == {
        ("USA", "IRN", None, "imposed")
    }


def test_spy_units_and_their_officers_are_a_named_group_of_their_country():
    assert _sanctions(
        "Canada on Monday imposed sanctions on three units of China's state security service and "
        "20 of its officers, accusing them of plotting attacks abroad, hours after the European "
        "Union agreed new sanctions against Beijing."
    ) == {
        (
            "CAN",
            "CHN",
            "three units of China's state security service and 20 of its officers",
            "imposed",
        ),
        ("EU", "CHN", None, "imposed"),
    }


def test_where_a_sanctioned_firm_stands_and_what_it_is_belong_to_the_group():
    assert _sanctions(
        "Washington also sanctioned a steel plant in Turkey, the Karabuk mill run by Kardemir."
    ) == {("USA", "TUR", "steel plant in Turkey, the Karabuk mill", "imposed")}
    assert _sanctions(
        "Australia also sanctioned Red Dawn Media, a news agency it says Beijing funds."
    ) == {("AUS", None, "Red Dawn Media, a news agency", "imposed")}
    # "the company said" is a speaker, not what the firm is
    assert _sanctions("The US sanctioned Sovcomflot, the company said.") == {
        ("USA", None, "Sovcomflot", "imposed")
    }


def test_the_clause_telling_which_ones_gives_the_country_when_the_head_names_none():
    assert _sanctions(
        "Canada on Friday sanctioned 40 oil tankers that it says belong to Iran's shadow fleet."
    ) == {("CAN", "IRN", "40 oil tankers that it says belong", "imposed")}
    # the head's own country comes first
    assert _sanctions("Japan sanctioned a Turkish refinery that buys Russian crude on Friday.") == {
        ("JPN", "TUR", "Turkish refinery that buys Russian crude", "imposed")
    }


def test_states_joined_to_the_imposer_by_together_with_impose_it_too():
    facts = _sanctions(
        "France, together with Belgium, the Netherlands and Spain, has today sanctioned two "
        "Iranian government ministers."
    )
    assert {imposer for imposer, *_ in facts} == {"FRA", "BEL", "NLD", "ESP"}
    assert {target for _, target, *_ in facts} == {"IRN"}
