""" "A company spokesperson said" goes to the latest subject the article writes of as a
body ("Dalmo founder Ann Berg", "Dalmo is based in Lund"), before an older organisation."""

from __future__ import annotations

import pytest

from desktop.core.quotes import find_quotes

QUOTE = "A company spokesperson said in a written reply that “we are helping the inquiry fully.”"


def test_company_named_as_a_body_just_before_is_the_one_speaking() -> None:
    text = (
        "The Lund State Attorney General is looking into Dalmo, the paper said. The questions "
        "include whether Dalmo founder Ann Berg engaged in self-dealing.\n\n"
        "Dalmo is headquartered in Lund. " + QUOTE
    )
    assert find_quotes(text).quotes[0].speaker == "Dalmo"


def test_a_person_just_before_is_not_the_company() -> None:
    text = "Ann Berg runs Dalmo Group. Tom Lee visited Lund on Monday. " + QUOTE
    assert find_quotes(text).quotes[0].speaker == "Dalmo Group"


def test_a_trust_spokesperson_speaks_for_the_trust_named_before() -> None:
    text = (
        "Inspectors said the Fenby Health Trust had hidden 4,200 patients from its figures.\n\n"
        "Marek Wolny, 71, waited eleven months for a scan. “I was patient,” he said.\n\n"
        "A trust spokesperson said: “We accept the findings in full and have commissioned a "
        "review.”"
    )
    assert find_quotes(text).quotes[-1].speaker == "Fenby Health Trust"


def test_the_airline_is_never_the_department_that_accused_it() -> None:
    # "The Department of Transportation accused the airline …. “…,” the airline said":
    # whatever the airline is, it is not the department
    text = (
        "The Department of Transportation accused the airline of abandoning its customers. "
        "Lines at the counters stretched the length of Terminal B. “We are working to restore "
        "our operation as quickly as possible,” the airline said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker != "Department of Transportation"


def test_a_department_spokesperson_is_no_airline_in_focus() -> None:
    text = (
        "SkyHarbor Airlines canceled 1,900 flights on Monday. Transportation Secretary Elaine "
        "Pritchard called the disruption unacceptable. The department said it had opened an "
        "investigation. “We are looking at whether the cancellations were within the "
        "airline’s control,” a department spokesperson said."
    )
    assert find_quotes(text).quotes[-1].speaker != "SkyHarbor Airlines"


def test_a_companys_chief_executive_is_the_one_who_holds_that_role() -> None:
    text = (
        "Chief Executive Bernadette Vos blamed a software failure. The airline canceled 1,900 "
        "flights. “I said it yesterday and I will say it again: I am deeply sorry,” SkyHarbor "
        "Airlines' chief executive told reporters on Monday."
    )
    assert find_quotes(text).quotes[0].speaker == "Bernadette Vos"


def test_the_spokesperson_is_the_body_whose_spokesperson_was_just_introduced() -> None:
    text = (
        "Lumenfield Software cut 1,500 jobs on Wednesday, in a memo first reported by The "
        "Ledger Line. A Lumenfield spokesperson confirmed that the memo was authentic. “We are "
        "committed to treating every departing colleague with respect,” the spokesperson said."
    )
    assert find_quotes(text).quotes[0].speaker == "Lumenfield Software"


def test_a_companys_chief_executive_is_the_one_said_to_lead_it() -> None:
    text = (
        "“I am deeply sorry to every family stuck in an airport tonight,” Harbourline Air's "
        "chief executive told reporters on Monday. The carrier canceled 1,900 flights. Maren "
        "Tolliver, who has led the regional airline since 2019, blamed a software failure."
    )
    assert find_quotes(text).quotes[0].speaker == "Maren Tolliver"


def test_the_club_is_not_its_supporters_trust() -> None:
    text = (
        "Harbor United have sacked their manager, Tom Reese. In a brief statement, the club "
        "said: “The club would like to thank Tom for his hard work.” The Harbor United "
        "Supporters’ Trust said: “This was overdue and we welcome it.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "Harbor United",
        "Harbor United Supporters’ Trust",
    ]


def test_an_office_whose_holder_is_never_named_speaks_as_the_office() -> None:
    text = (
        "Fire chief Marcus Hale said crews had no containment. “Every resource the state has "
        "is on the table,” the governor’s office said in a statement."
    )
    assert find_quotes(text).quotes[0].speaker == "Office of the Governor"


def test_the_spokesman_goes_on_for_the_office_he_was_introduced_for() -> None:
    text = (
        "Republicans gained two seats. A spokesman for the Nevada secretary of state’s office "
        "said clerks had until Nov. 12 to finish. “Every eligible ballot will be counted,” the "
        "spokesman said. A spokesman for the Pell County Clerk’s Office said: “We are on "
        "schedule.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == [
        "Nevada Secretary of State's Office",
        "Pell County Clerk’s Office",
    ]


def test_a_headline_side_named_by_one_word_is_not_its_supporters_trust() -> None:
    text = (
        "Harbor sack Tom Reese after 4-0 home defeat Chairman Ian Pell says “it had to be "
        "done” By Jo Fenn | Monday 3 November 2025 Harbor Town have sacked manager Tom Reese, "
        "two days after a heavy home defeat. The club confirmed the decision in a brief "
        "statement on Monday afternoon: “Harbor Town can confirm that Tom Reese has left his "
        "position.” Jan Moss, chair of the Harbor Town Supporters’ Trust, said the decision "
        "was right."
    )
    assert find_quotes(text).quotes[-1].speaker == "Harbor Town"


@pytest.mark.parametrize(
    "opening",
    [
        "The Treasury did not dispute the memo.",
        "Asked on Tuesday, the Treasury declined to comment.",
    ],
)
def test_a_spokesperson_speaks_for_the_treasury_that_just_acted(opening: str) -> None:
    # "Treasury" alone names a body; no list of company words marks it as one
    text = f"{opening} ‘We do not comment on leaked documents,’ a spokesperson said."
    assert find_quotes(text).quotes[0].speaker == "Treasury"


@pytest.mark.parametrize(
    "opening", ["A company spokeswoman defended", "A spokeswoman for the company defended"]
)
def test_she_after_an_unnamed_company_spokeswoman_is_the_company(opening: str) -> None:
    text = (
        "Tarrow Appliances will close its Fosse Road plant, the company said on Tuesday. Dave "
        "Ruddock, the union’s organiser, was angry.\n\n"
        f"{opening} the decision to tell staff by email. “We chose to tell colleagues before "
        "the news was public,” she said. “We understand how hard it was to receive.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tarrow Appliances"] * 2


def test_he_after_a_company_spokeswoman_is_not_her_company() -> None:
    text = (
        "The app, which owed customers £40m, was backed by Harcourt Ventures, a London fund. "
        "A Harcourt spokeswoman said the firm would not comment further.\n\n"
        "Back in Harwick, the 31-year-old nurse has started a spreadsheet of his emails to the "
        "administrators. ‘Four so far,’ he says."
    )
    assert find_quotes(text).quotes[0].speaker != "Harcourt Ventures"


def test_a_university_spokeswoman_speaks_for_the_university_named_long_before() -> None:
    text = (
        "Margaret Ashby, the president of Harcombe University, resigned on Tuesday. The "
        "Special Review Panel, three senior scholars, had found problems in her thesis. "
        + "The campus was quiet for much of the week, and lectures went ahead as planned. "
        * 40
        + "A university spokeswoman said Ashby would not be giving interviews. “Her letter "
        "is her last word on this,” the spokeswoman said."
    )
    assert find_quotes(text).quotes[0].speaker == "Harcombe University"


def test_a_statement_issued_in_the_name_of_a_named_president_is_his() -> None:
    text = (
        "The officer is on paid leave. “Our officer deserves the same presumption of "
        "innocence as every citizen,” the Corliss Police Benevolent Association said Monday "
        "in a statement issued in the name of its president, Dale Prewitt."
    )
    assert find_quotes(text).quotes[0].speaker == "Dale Prewitt"


def test_an_unnamed_department_spokesperson_is_the_department_their_words_name() -> None:
    text = (
        "Transportation Secretary Elaine Pritchet called the disruption unacceptable. “The "
        "Department of Transportation has opened an investigation into the cancellations,” a "
        "department spokesperson said."
    )
    assert find_quotes(text).quotes[0].speaker == "Department of Transportation"


def test_a_spokesman_of_a_body_called_by_its_clipped_name_is_that_body() -> None:
    # "Met" is the Metropolitan Police named before, not a body called "Met"
    text = (
        "The Metropolitan Police said a man had been arrested in Wexham.\n\nDet Supt Ann Cole "
        "said: “This was a horrific attack on a family in their own home.” A Met spokesman "
        "added: “Our enquiries are ongoing and we ask anyone with footage to call us.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Ann Cole", "Metropolitan Police"]


def test_a_carrier_named_air_is_a_body_the_statement_speaks_for() -> None:
    # "Northwind Air" is the airline; "Air Marshal" before a name is still a person's title
    text = (
        "Northwind Air chief executive Lars Berg apologised on Monday. “We let our customers "
        "down,” Berg said. The airline also said it would refund every ticket.\n\n“Every "
        "affected passenger will be refunded in full,” the statement said. Air Marshal Ann "
        "Lee, who sits on the safety board, said: “The checks were done properly.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Lars Berg", "Northwind Air", "Ann Lee"]
