"""Documents as speakers: a draft, a guidance or a report speaks for whoever issued it."""

from __future__ import annotations

from desktop.core.model import Quote
from desktop.core.quotes import find_quotes


def quotes_of(text: str) -> list[Quote]:
    return list(find_quotes(text).quotes)


def test_a_party_to_a_case_is_not_the_author_of_the_court_draft() -> None:
    text = (
        "The Norland Supreme Court may soon strike down the ferry rules, according to a "
        "leaked draft ruling seen by the Harbour Courier. The court is expected to rule "
        "on Marek v. Westmark Ferry Company before July. “We hold that the rules must "
        "fall,” the draft document says, citing two earlier rulings."
    )
    assert quotes_of(text)[0].speaker == "Norland Supreme Court"


def test_a_party_to_a_case_still_speaks_for_itself() -> None:
    text = (
        "The Norland Supreme Court heard Marek v. Westmark Ferry Company on Monday.\n\n"
        "“We expect to win on every count,” the Westmark Ferry Company said."
    )
    assert quotes_of(text)[0].speaker == "Westmark Ferry Company"


def test_a_report_from_a_body_that_found_something_speaks_for_it() -> None:
    text = (
        "Senator Ivo Brandt has made a fortune from ferries.\n\n"
        "There is ample evidence of neglect, including a March report from the Harbour "
        "Safety Board, which found that most crews blamed “pressure to keep every boat "
        "sailing” for skipped checks.\n\n"
        "Brandt has denied any wrongdoing."
    )
    assert quotes_of(text)[0].speaker == "Harbour Safety Board"


def test_the_investigation_found_is_the_study_named_with_its_authors() -> None:
    text = (
        "Senator Ivo Brandt has made a fortune from ferries.\n\n"
        "A new report from Tide Research and the Coast Ledger on the lines that made his "
        "fortune found that his firms ignored dozens of safety warnings.\n\n"
        "Since he joined the Senate, the investigation found, he has “earned more than "
        "$2 million” from those firms."
    )
    assert quotes_of(text)[0].speaker == "Tide Research and the Coast Ledger"


def test_words_quoted_again_without_a_cue_keep_their_first_speaker() -> None:
    text = (
        "Harbour master Ilse Dorn spoke to the board on Monday.\n\n"
        "Dorn said the crews face “pressure to keep every boat sailing” each winter. "
        "Minister Oskar Venn rejected that.\n\n"
        "“Pressure to keep every boat sailing” is a polite way of saying Venn cut the budget."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ilse Dorn", "Ilse Dorn"]


def test_a_brief_from_a_body_that_argues_something_speaks_for_it() -> None:
    text = (
        "Professor Nadia Sorel studies faith and law.\n\n"
        "“Faith shapes how people weigh these choices,” she said.\n\n"
        "A brief from the Society for Open Courts and other groups argues that the law "
        "rests on “one creed,” and that “the state has no business enforcing the creed of "
        "whoever holds power.”"
    )
    assert quotes_of(text)[-1].speaker == "Society for Open Courts"


def test_a_body_that_labelled_a_plan_gave_it_the_quoted_name() -> None:
    text = (
        "Governor Ilse Dorn wanted to buy ferries while prices were low.\n\n"
        "The plan was stopped cold by the Harbour Alliance, which labelled Dorn's plan "
        "a “$2 billion gift to the shipyards.”"
    )
    assert quotes_of(text)[0].speaker == "Harbour Alliance"


def test_words_a_source_document_puts_on_someone_are_its_filers() -> None:
    text = (
        "Police said Dylan Crane, 22, was arrested at the pier.\n\n"
        "According to a criminal complaint filed Sunday by the Corvell County District "
        "Attorney’s Office, Crane “fired at least 30 flares from a stolen launcher” that he had "
        "bought in March."
    )
    (quote,) = find_quotes(text).quotes
    assert quote.speaker == "Corvell County District Attorney’s Office"


def test_the_statement_after_a_body_named_late_in_the_sentence_is_that_bodys() -> None:
    # "…, the US military announced in a statement. “…,” the statement said": the military's
    text = (
        "Two service members died when their helicopter went down near Kessa, the US military "
        "announced in a statement late on Thursday.\n\n"
        "“Investigators are still working out why the aircraft came down, and nothing so far "
        "points to hostile action,” the statement said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["US military"]


def test_the_statement_someone_issued_in_the_sentence_before_is_theirs() -> None:
    # "X issued a written statement within an hour. “…,” the statement said": X's words
    text = (
        "The judge struck the fishing ban down on Monday. Attorney General Ken Dorrow issued a "
        "written statement within an hour of the ruling. “The ruling ignores the will of the "
        "people, and it will not stand,” the statement said. That evening, Dorrow went further."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ken Dorrow"]


def test_the_statement_an_office_issued_in_the_sentence_before_is_the_offices() -> None:
    # "Later, the sheriff’s office issued a written statement … “…,” the statement said":
    # the office named in full before, not the sheriff or her lieutenant quoted earlier
    text = (
        "Lt. Amos Petrel, who leads the Brackwater County Sheriff’s Office major crimes unit, "
        "said the search had ended.\n\nSheriff Nola Venn said no one else was sought. “There "
        "is no outstanding suspect,” Venn said.\n\nLater that evening, the sheriff’s office "
        "issued a written statement asking witnesses to call its tip line. “Any detail, however "
        "small, may help us,” the statement said."
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["Nola Venn", "Brackwater County Sheriff’s Office"]


def test_the_statement_read_for_someone_is_hers_whom_the_pronoun_means() -> None:
    # "… and her victim personal statement was read to the court. “…,” the statement said"
    text = (
        "The man was jailed on Friday. His mother, Sue Pell, was too unwell to attend, and her "
        "victim personal statement was read to the court by Ms Dunn. “I still set a place "
        "for him at dinner every Sunday,” the statement said. His sister read her own words."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Sue Pell"]


def test_the_memo_is_its_writers_not_the_paper_that_first_reported_it() -> None:
    # "a memo … first reported by The Ledger Line … Kowalczyk wrote in the memo. … The memo
    # told workers": Kowalczyk's memo
    text = (
        "The layoffs were announced in a memo sent to staff early Wednesday that was first "
        "reported by The Ledger Line. “We are reducing the size of our team by about 1,500 "
        "roles,” Adrian Kowalczyk wrote in the memo. The company had 14,200 employees. The "
        "memo told workers: “If you are affected, you will receive an email within the hour.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Adrian Kowalczyk"] * 2


def test_a_message_someone_sent_speaks_for_its_sender_not_its_reader() -> None:
    text = (
        "The Harlow Student Union has backed the strike. Later, the city’s MP, Joanna Pellow, "
        "sent a message of support, which was read to the crowd by Dr Fiona Renn. “I stand "
        "with every member of staff who is fighting for their job,” the message said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Joanna Pellow"]


def test_a_text_someone_sent_is_theirs_when_it_read() -> None:
    text = (
        "Garrow will be 66 before he can even ask the Parole Board to free him. The court "
        "heard Garrow sent a chilling text to a pal 40 minutes before the attack. It read: "
        "“He’s not walking away from this one.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Garrow"]


def test_the_order_she_signed_is_hers() -> None:
    text = (
        "Gov. Elaine Marten spoke at a news conference in Redstone. The executive order she "
        "signed Wednesday morning frees up state money and National Guard troops. The order "
        "said the fire posed “an imminent threat to life and property across the county.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Elaine Marten"]


def test_a_memo_introduced_with_its_length_and_a_time_is_its_senders() -> None:
    text = (
        "Halcyra Inc will cut 4,200 jobs, chief executive Graham Voll told employees on "
        "Tuesday. In a 1,400-word memo sent to staff shortly after 6 a.m. Pacific time, Voll "
        "said the company had grown too fast. “That is on me,” Voll wrote. The memo said the "
        "cuts would fall most heavily on the smart-home division. “We are removing layers, "
        "not just people,” the memo said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Graham Voll", "Graham Voll"]


def test_a_judge_named_with_her_district_is_the_judge_who_wrote() -> None:
    text = (
        "U.S. District Judge Miriam Castell of the Western District of Washington granted the "
        "injunction. In a 48-page opinion, Castell rejected the administration’s argument. "
        "“The Constitution assigns the manner of elections to the states,” the judge wrote."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Miriam Castell"]


def test_an_editorial_is_the_papers_that_published_it() -> None:
    text = (
        "The Harcombe Clarion, the student newspaper that broke the story in January, "
        "published an editorial Tuesday night. “President Ashby did the right thing today,” "
        "the editorial said. Professor Ines Marr of the Faculty Senate said she agreed."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Harcombe Clarion"]


def test_a_report_released_by_a_body_after_a_comma_is_the_bodys() -> None:
    text = (
        "The inspection report, released by the Merriam County Department of Public Health "
        "on Thursday, makes for difficult reading. “Evidence of rodent activity was observed "
        "in the dry storage area,” the report said."
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Merriam County Department of Public Health"]


def test_the_letter_goes_on_in_the_words_of_who_wrote_it() -> None:
    text = (
        "Her resignation was announced in a letter, sent late in the afternoon. “I can no "
        "longer lead Harcombe without becoming a distraction,” Margaret Ashby, the president "
        "of Harcombe University, wrote to her campus on Tuesday. “I made mistakes as a young "
        "scholar,” the letter went on."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Margaret Ashby", "Margaret Ashby"]


def test_a_statement_from_her_read_aloud_by_another_is_hers() -> None:
    text = (
        "The union's president, Gloria Tenby, is recovering from knee surgery. A statement "
        "from her was read aloud by the union's communications director, Ray Dunford. "
        "“Missouri's constitution is not a suggestion.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Gloria Tenby"]


def test_that_prediction_came_from_names_the_speaker_before() -> None:
    text = (
        "Conrad Valen spoke for an hour. “We're going to win Pennsylvania, and we're going to "
        "win it big.” That prediction came from Sheila Orton, Valen's campaign manager, who "
        "spoke to reporters before the rally."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Sheila Orton"]


def test_the_question_came_from_names_who_asked_it() -> None:
    text = (
        '"For years we were told to sit down," said Brandi Collins, founder of the group '
        'Missouri Parents First. "My daughter’s school lost its reading specialist last '
        'year. Now they want to take more?" The question came from Hector Salaz, a father '
        "of two who drove two hours to join the protest."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Brandi Collins", "Hector Salaz"]


def test_a_notice_a_company_filed_is_the_company_s_not_someone_unnamed() -> None:
    text = (
        "Arbeth Pharmaceuticals recalled lots of Neurovale, according to a notice the company "
        "filed with the drug regulator. The notice said tablets from the affected lots “may "
        "contain up to 1.4 times the labeled dose, which could lead to dizziness.”"
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Arbeth Pharmaceuticals"]


def test_the_report_is_the_bodys_that_produced_it_titled_in_apposition() -> None:
    # "The report, “Warming and the Economy,” was produced by the … Board": its author
    text = (
        "Energy producers blasted a new federal climate report on Tuesday. The report, "
        "“Warming and the Harbour Economy,” was produced by the National Climate Science "
        "Board, a panel of 41 scientists. “The costs of inaction now exceed the costs of "
        "transition in every region studied,” the report said."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["National Climate Science Board"]


def test_it_finds_that_after_a_titled_report_is_the_reports_author() -> None:
    # "The report, “…,” was produced by X. It finds that warming is “…,” and it concludes
    # that “…”": both quotes are the report's, so its author's
    text = (
        "Energy producers blasted a new federal climate report on Tuesday. The report, "
        "“Warming and the Harbour Economy,” was produced by the National Climate Science "
        "Board, a panel of 41 scientists. It finds that warming is “likely to exceed 1.8 "
        "degrees Celsius by 2040,” and it concludes that “the costs of inaction now exceed "
        "the costs of transition.”"
    )
    speakers = [q.speaker for q in find_quotes(text).quotes]
    assert speakers == ["National Climate Science Board"] * 2


def test_the_report_of_a_body_with_a_joined_name_is_that_whole_body() -> None:
    # "Fiscal Policy" alone names nothing; the owner keeps its "for" and "of"
    text = (
        "Lawmakers in Wexham passed the tax cut on Monday.\n\nThe Center for Fiscal Policy’s "
        "report concluded that “the tax cut will mostly benefit the wealthy.” The Bank of "
        "Nordland’s letter warned that “rates cannot stay this low for long.”"
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Center for Fiscal Policy", "Bank of Nordland"]


def test_the_body_that_released_the_report_named_at_its_head_speaks_for_it() -> None:
    # the sentence's own subject is the report; its publisher, not the mayor, speaks
    text = (
        "Mayor Ana Lindqvist defended the tax cut on Monday.\n\nThe report, released by the "
        "Center for Fiscal Policy on Tuesday, concluded that “the tax cut will mostly "
        "benefit the wealthy.” A study published by the Harlow Institute in May found that "
        "“most tenants pay too much for too little.”"
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Center for Fiscal Policy", "Harlow Institute"]


def test_the_post_is_theirs_who_wrote_on_social_media_just_before() -> None:
    # the mayor is named first and in focus; the post is the council leader's
    text = (
        "Mayor Lena Kross praised the police. Council leader Rhys Banner wrote on Facebook on "
        "Sunday night. “We will not be bullied by anyone in this town,” the post read.\n\n"
        "Kross said nothing more. Banner tweeted again on Monday. “Nor will we back down "
        "on the budget,” the tweet read."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Rhys Banner", "Rhys Banner"]


def test_a_statement_put_out_by_someone_s_office_is_that_person_s() -> None:
    text = (
        "Councillor Tom Reyes criticised Mayor Dan Lowe on Monday. In response, Lowe’s office "
        "released a statement. “The councillor knows nothing about leadership,” the statement "
        "said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Dan Lowe"]


def test_a_body_that_responded_in_a_statement_speaks_in_the_statement() -> None:
    # "The Embassy of the Istrel Federation responded within hours in a statement … “…,” the
    # statement said": the embassy, not the department named before it
    text = (
        "The Treasury Department imposed sanctions on Monday. In a statement, the department "
        "said the companies had moved crude through “a shadow fleet of tankers”.\n\n"
        "Oil prices rose. The Embassy of the Tarsland Federation responded within hours in a "
        "statement posted "
        "to its website. “The Federation has survived worse,” the statement said."
    )
    assert find_quotes(text).quotes[-1].speaker == "Embassy of the Tarsland Federation"
