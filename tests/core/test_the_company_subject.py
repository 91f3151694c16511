"""A sentence opening "The company …" is about the body named last, even as an object and
by a short form ("Kestrel" for "Kestrel Records"); "the statement read" then goes to it."""

from __future__ import annotations

from desktop.core.quotes import find_quotes

STORY = (
    "On Monday, Kestrel Records issued a statement about the tour.\n\n"
    "Dune Productions denied that it had settled anything.\n\n"
    "“At no time did we agree to this at all,” the production company said in another "
    "statement given to the Courier.\n\n"
    "On Thursday, Mara Holt accused Tom Berg and Kestrel of blocking her film.\n\n"
    "The company flatly denied the claims in a statement shared to its website.\n\n"
    "“We were shocked to see her posts yesterday,” the statement read."
)


def test_the_statement_after_the_company_sentence_is_that_company() -> None:
    quotes = find_quotes(STORY).quotes
    assert [q.speaker for q in quotes] == ["Dune Productions", "Kestrel Records"]


def test_without_the_company_sentence_the_earlier_statement_author_stays() -> None:
    text = STORY.replace("The company flatly denied the claims", "Holt repeated the claims")
    assert find_quotes(text).quotes[1].speaker == "Dune Productions"


def test_the_company_is_the_latest_body_named_even_without_a_body_word() -> None:
    text = (
        "The Coastal Waters Inspectorate said 3,000 fish died.\n\n"
        "In a statement, Brackley Water said it accepted the findings. “We are deeply sorry "
        "for the harm to the river,” the company said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Brackley Water"]


def test_the_company_is_no_body_merely_holding_the_word_the() -> None:
    text = (
        "Prosecutors for the Coastal Waters Inspectorate told the court that 3,000 fish "
        "died.\n\n"
        "In a statement, Brackley Water said it accepted the findings. “We are deeply sorry "
        "for the harm to the river,” the company said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Brackley Water"]


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in find_quotes(text).quotes if q.text.startswith(words))


def test_the_company_is_the_one_the_story_keeps_naming_not_its_investor() -> None:
    text = (
        "Brightlane lays off a third of its staff\n\n"
        "Brightlane, the delivery start-up, laid off 140 people on Tuesday.\n\n"
        "The cuts fall hardest on the operations teams, which grew fast after the "
        "start-up's funding round, led by Orrin Capital.\n\n"
        "The company said it would “focus on the cities where the numbers already work”.\n\n"
        "Brightlane will keep its offices in Leeds."
    )
    assert speaker_of(text, "focus on the cities") == "Brightlane"


def test_a_name_in_a_web_address_does_not_make_it_a_common_word() -> None:
    text = (
        "Kettle maker Tarnwell recalls 40,000 kettles\n\n"
        "Tarnwell is recalling 40,000 kettles. Owners can register at tarnwell.com/recall.\n\n"
        "Tarnwell said in a statement that a faulty seal was to blame. “We have replaced "
        "that supplier, and every kettle made since May uses a new seal,” the company said."
    )
    assert speaker_of(text, "We have replaced") == "Tarnwell"


def test_the_studio_or_the_airline_is_the_company_in_focus() -> None:
    text = (
        "Harbourlight Games released a patch for its sailing game on Friday, after players "
        "complained that the storms were unfair.\n\n"
        "The studio posted on X: “Patch 1.0.4 is live. Storms are now a little kinder.”"
    )
    assert speaker_of(text, "Patch 1.0.4") == "Harbourlight Games"


def test_a_job_written_before_a_name_that_opens_the_sentence_is_no_part_of_it() -> None:
    text = (
        "Publisher Northwake Interactive said the game would get “a full overhaul of its "
        "difficulty” in the spring."
    )
    assert speaker_of(text, "a full overhaul") == "Northwake Interactive"


def test_the_company_is_the_brand_not_its_numbered_product_line() -> None:
    text = (
        "Veyra is recalling every Ring 2 smart ring it has sold. The Veyra Ring 2 went on "
        "sale in September for $349. Veyra would not say how many rings it sold.\n\n"
        "In its recall notice, the company said: “We have received 212 reports of overheating.”"
    )
    assert speaker_of(text, "We have received") == "Veyra"


def test_the_company_is_not_its_product_nor_the_shares_of_it() -> None:
    text = (
        "Shares of Kettleby Pharmaceuticals fell 11 percent on Wednesday after the drugmaker "
        "recalled 14 lots of its best-selling epilepsy treatment, Calvane XR. Calvane "
        "generated $1.9 billion in sales last year, roughly a third of Kettleby’s revenue. "
        "“Patient safety is our first priority,” the company said in a statement. Kettleby "
        "traced the problem to a single tablet press."
    )
    assert speaker_of(text, "Patient safety") == "Kettleby Pharmaceuticals"


def test_a_place_based_brand_after_shares_of_is_the_brand() -> None:
    text = (
        "Sportswear maker Quarrow Apparel Inc said on Thursday it had ended its deal with the "
        'sprinter. "We expect our athletes to meet the highest standards," Quarrow said in a '
        "statement. Shares of Halverston-based Quarrow closed up 0.3% on Thursday. Quarrow's "
        "marketing chief declined to comment."
    )
    assert speaker_of(text, "We expect") == "Quarrow Apparel"


def test_a_company_whose_shares_fell_is_the_one_its_trade_noun_means() -> None:
    # no company word in its name, named only as the object of "shares in"
    text = (
        "Mayor Tom Reyes spoke first. Shares in Kestrel Vane fell 5 per cent on Monday. The "
        "drone maker said in a statement that the cuts were “a difficult decision for everyone "
        "here.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Kestrel Vane"]


def test_a_company_whose_head_acted_is_the_one_the_company_means() -> None:
    # no company word in its name: its chief executive, named with it, is the subject
    text = (
        "Kestrel Vane chief executive Lars Berg announced 200 job cuts on Monday. The company "
        "also said it would close its Tarn plant. “This was a difficult decision for all of "
        "us,” the company said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Kestrel Vane"]
