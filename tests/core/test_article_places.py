"""Countries and towns no list knows are places, not speakers: the article shows it by
"in Korvany", "the president of Korvany", "the Lusk foreign ministry" or a demonym
("Korvanian"). A lede's "the president" is the person the article then names
speaking. Companies and people keep their quotes."""

from __future__ import annotations

from desktop.core.article_places import article_places
from desktop.core.quotes import find_quotes

_INTERVIEW = (
    "Korvany’s president tells Lusk: ‘We will not be rushed’\n\n"
    "The president of Korvany has said her country will not bow to pressure from its "
    "neighbour Lusk, in her first interview since the border was closed.\n\n"
    "Speaking to the broadcaster KTV on Sunday, Edda Varnholm said: ‘We are a small "
    "country, but we are not a frightened one.’\n\n"
    "Asked by the presenter, Mira Stenn, whether talks were over, the president replied: "
    "‘The door to Lusk is shut, but it has a handle on both sides.’\n\n"
    "Lusk answered within hours. Piet Oranje, a spokesman for the Lusk foreign ministry, "
    "said the remarks were unhelpful. A Korvanian energy official said Korvany had gas "
    "until ‘the end of March, if the weather holds’."
)


def test_an_invented_country_is_a_place_and_its_president_the_named_leader() -> None:
    quotes = find_quotes(_INTERVIEW).quotes
    door = next(q for q in quotes if q.text.startswith("The door to Lusk"))
    assert door.speaker == "Edda Varnholm"
    assert all(q.speaker not in ("Lusk", "Korvany", "Korvanian") for q in quotes)


def test_places_come_from_the_articles_own_uses() -> None:
    places = article_places(_INTERVIEW, ["Korvany", "Lusk", "Korvanian", "Stenn"], [])
    assert {"korvany", "lusk", "korvanian"} <= places
    assert "stenn" not in places


def test_a_company_with_a_stake_in_it_and_a_person_named_in_full_keep_their_quotes() -> None:
    text = (
        "Bramble Capital put $2 billion into Quillo last year and holds a stake in Quillo "
        "now. Quillo’s venture capital arm will close.\n\n"
        "“We are cooperating with the inquiry,” said a Quillo spokesperson.\n\n"
        "Voters have little confidence in Dunmore, polls show. Ada Dunmore, the mayor, "
        "was unmoved. “I was elected to do this,” Dunmore said."
    )
    places = article_places(text, ["Quillo", "Dunmore"], ["Ada Dunmore"])
    assert places == frozenset()
    quotes = find_quotes(text).quotes
    assert quotes[0].speaker == "Quillo"
    assert quotes[1].speaker == "Ada Dunmore"


def test_a_firm_named_alone_after_its_full_name_is_no_place() -> None:
    # "inside Skyvane" reads like "in Sarkand", but the article named Skyvane Airways
    text = (
        "Skyvane Airways agreed on Tuesday to buy Corrick Air. “The combination creates a "
        "stronger airline,” Skyvane said in a statement. The deal, code-named Kestrel inside "
        "Skyvane, was negotiated over four months."
    )
    assert find_quotes(text).quotes[0].speaker == "Skyvane Airways"
