"""Bodies that "they" and "it" go on with: a body the article writes of as one ("Harbour
Records have denied it", "Harbour Records, which …"), the body an appositive names, a body
named with the noun a spokesperson's cue uses, and never a place or a time zone."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text).quotes]


LABEL_ROW = (
    "Mara Quell's first five albums came out on Harbour Records, which a fund bought in "
    "May.\n\n"
    "Harbour Records have denied any wrongdoing more than once.\n\n"
    "“We never told Mara she could not sing at the awards,” they said in a "
    "post on their site from an office in the US on Friday.\n\n"
    "A second post followed this week.\n\n"
    "“We will let the show be streamed with her songs,” it says.\n\n"
    "The company that runs the awards, Dick Lane Productions, says nothing is settled "
    "yet.\n\n"
    "“Any final agreement must be made with her management team,” they said.\n"
)


def test_they_and_it_go_on_with_the_body_not_the_place_in_a_prepositional_phrase() -> None:
    assert speakers(LABEL_ROW) == [
        "Harbour Records",
        "Harbour Records",
        "Dick Lane Productions",
    ]


def test_they_is_not_the_body_whose_staff_the_sentence_names() -> None:
    """Guard: "Not all Kestrel News staffers were upset … one insider …": "they" is the
    unnamed insider, not the network."""
    text = (
        "Some Kestrel News staffers took the night calmly, however, with one insider "
        "praising the host.\n\n"
        "“It is not our job to silence a candidate we dislike,” they told the Courier.\n"
    )
    assert speakers(text) == [None]


def test_a_spokesman_for_the_council_is_the_council_named_as_an_object() -> None:
    """Guard: "by the Northern Dairy Council" is not the sentence's subject, yet the
    spokesman's council is that body."""
    text = (
        "The study was part-funded by the Northern Dairy Council, an industry body.\n\n"
        "Dr Ines Moll, who was not involved, said the result was modest.\n\n"
        "A spokesman for the council said: “The council had no role in the design of the "
        "study.”\n"
    )
    assert speakers(text)[-1] == "Northern Dairy Council"


def test_the_institutes_news_release_is_the_institute_not_a_time_zone() -> None:
    text = (
        "February 20, 2025 · 5:02 PM ET\n\n"
        "Researchers at the Vellby Institute of Health followed 41,000 adults for seven "
        "years.\n\n"
        "After the researchers accounted for smoking, the gap narrowed to 13 percent, "
        "according to the paper in the Journal of Food Studies.\n\n"
        "The institute’s news release said pickles “may help protect against chest "
        "infections in older adults.”\n"
    )
    assert speakers(text) == ["Vellby Institute of Health"]


def test_an_envoy_to_a_country_is_named_without_the_country() -> None:
    text = (
        "Norway’s ambassador to Britain Ola Brekke has said that Norway has the “full "
        "resolve and power” to end the dispute.\n\n"
        "Brekke warned: “Our ships are already there in the fjords. They are ready.”\n"
    )
    assert speakers(text) == ["Ola Brekke", "Ola Brekke"]


def test_the_company_is_the_subject_with_no_first_name_before_its_chief() -> None:
    text = (
        "Halvorsen Biotherapeutics raised the price of its drug by 40 percent. Chief "
        "executive Martin Aldecott said: “This is what innovation costs.” In an emailed "
        "statement, the company said that “no patient will be turned away because of cost.”"
    )
    assert find_quotes(text).quotes[-1].speaker == "Halvorsen Biotherapeutics"


def test_they_goes_on_with_a_speaker_that_has_no_first_name() -> None:
    text = (
        "Jas Kaur, 34, finished in four hours. ‘It was baking out there,’ she said.\n\n"
        "Ravensby Runs said in a statement that they would ‘review every aspect’ of the "
        "event.\n\n"
        "‘Our thoughts are with Mr Fenn and his family,’ they said.\n"
    )
    assert find_quotes(text).quotes[-1].speaker == "Ravensby Runs"


def test_a_body_named_at_a_sentence_end_ends_there() -> None:
    # "headlined by the band Halfmoon Quiet. In a statement …": the band, without "In"
    text = (
        "About 18,000 people had bought tickets for the festival, which was to be "
        "headlined by the local band Halfmoon Quiet. In a statement, the organisers "
        "cancelled it.\n\nThe band posted a message to fans on Saturday. “Absolutely "
        "heartbroken,” the band wrote."
    )
    assert find_quotes(text).quotes[-1].speaker == "Halfmoon Quiet"


def test_the_promoter_is_the_body_the_article_calls_the_organisers() -> None:
    # "Organisers Lantern Vale Live announced …": "the promoter said" is that body
    text = (
        "Fernvale Festival has been cancelled four days before it was due to open. "
        "Organisers Lantern Vale Live announced the decision at 8am on Wednesday.\n\n"
        "In a statement, the promoter said: “It is with a heavy heart that we have taken "
        "the decision to cancel this year's festival.”"
    )
    assert find_quotes(text).quotes[-1].speaker == "Lantern Vale Live"
