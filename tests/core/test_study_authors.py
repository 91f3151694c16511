""" "The authors of the research published this month in the journal X" are unnamed people,
not X."""

from __future__ import annotations

from desktop.core.quotes import find_quotes


def test_authors_of_a_study_in_a_journal_are_not_the_journal() -> None:
    text = (
        "Cannabis use disorder is rising, a study found. The authors of the research "
        "published this month in the journal Dalby Psychiatry argued that the climb is "
        "“a potential public health concern for the states.”"
    )
    quote = find_quotes(text).quotes[0]
    assert quote.speaker is None
    assert quote.cue is not None and quote.cue.startswith("The authors of the research")


def test_the_authors_speak_through_the_lead_author_the_article_names() -> None:
    text = (
        "“It is a step, not a cure,” said Dr. Helena Marsh, a cardiologist at the Corbridge "
        "University School of Medicine and the study’s lead author. Patients on the drug had "
        "more kidney problems. In the paper, the authors wrote that the findings “should not "
        "be extended to patients with failing kidneys.”"
    )
    assert find_quotes(text).quotes[-1].speaker == "Helena Marsh"


def test_a_trial_named_again_and_again_is_no_company() -> None:
    text = (
        "The KESTREL-3 trial enrolled 4,100 patients. Results of the KESTREL-3 trial were "
        "presented on Sunday. KESTREL-3 met the main goal. Ostrander Pharmaceuticals, "
        "which makes the drug, said it would seek approval this year. “It is too early to "
        "discuss pricing,” a company spokeswoman said in an email."
    )
    assert find_quotes(text).quotes[-1].speaker == "Ostrander Pharmaceuticals"


def test_the_researchers_speak_through_the_one_who_led_the_team() -> None:
    text = (
        "Seagrass buries more carbon than thought, a study found. The team, led by marine "
        "ecologist Hanne Aukvik of the University of Vestmark, took 112 sediment cores. In "
        "the paper, the researchers wrote that “regional budgets are likely to be biased "
        "low by a factor of two.”"
    )
    assert find_quotes(text).quotes[-1].speaker == "Hanne Aukvik"


def test_co_author_is_a_title_not_part_of_the_name() -> None:
    text = (
        "The team studied 112 cores. Co-author Tobias Lind said the next step is to set "
        "traps. “Jo is right, and we have already ordered the traps,” he said."
    )
    assert find_quotes(text).quotes[-1].speaker == "Tobias Lind"


def test_the_authors_are_the_pair_the_article_names_for_the_study() -> None:
    # "‘…,’ the authors write … The study, by Dr Ann Lee of … and Dr Bo Kim of …, found"
    text = (
        "Traffic noise is making bumblebees worse at their job, according to a new study. "
        "‘Bees foraging in parks with sustained traffic noise visited 31 per cent fewer "
        "flowers per hour,’ the authors write in the Northern Journal of Ecology. The study, "
        "by Dr Tessa Marr of the University of Westmarch and Dr Lars Brekken of Skarvheim "
        "University, found that bees in noisy parks hovered more."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Tessa Marr and Lars Brekken"]


def test_the_researchers_in_their_paper_are_the_pair_too() -> None:
    # "In their paper, the researchers argue that ‘…’": a subject before the quote
    text = (
        "Traffic noise is making bumblebees worse at their job. The study, by Dr Tessa "
        "Marr of the University of Westmarch and Dr Lars Brekken of Skarvheim University, "
        "found that bees in noisy parks hovered more. Dr Marr said she lives by a ring road. "
        "In their paper, the researchers argue that ‘noise should be considered a "
        "pollinator stressor in its own right, alongside pesticides’. They acknowledge "
        "that vibration may explain part of the effect."
    )
    assert find_quotes(text).quotes[-1].speaker == "Tessa Marr and Lars Brekken"


def test_a_new_study_in_a_journal_finds_is_its_two_authors() -> None:
    # "A new study in the Journal of Ecology finds that “…”": the study's authors, not
    # the journal that printed it
    text = (
        "Traffic noise is making bumblebees worse at their job. A new study in the "
        "Northern Journal of Ecology finds that bees in loud parks “visited 31 per cent "
        "fewer flowers per hour” than bees in quiet ones.\n\nThe study, by Dr Tessa Marr "
        "of the University of Westmarch and Dr Lars Brekken of Skarvheim University, "
        "tracked 600 bees."
    )
    assert find_quotes(text).quotes[0].speaker == "Tessa Marr and Lars Brekken"


def test_a_study_led_by_one_with_another_is_theirs() -> None:
    # "The work was led by Tessa Marr, a …, with Lars Brekken of …": both wrote it
    text = (
        "Traffic noise is making bumblebees worse at their job. A new study in the "
        "Northern Journal of Ecology finds that bees in loud parks “visited 31 per cent "
        "fewer flowers per hour” than bees in quiet ones. The work was led by Tessa Marr, a "
        "behavioural ecologist at the University of Westmarch, with Lars Brekken of "
        "Skarvheim University."
    )
    assert find_quotes(text).quotes[0].speaker == "Tessa Marr and Lars Brekken"


def test_they_write_after_work_led_by_one_with_another() -> None:
    # "The work was led by Tessa Marr, a …, with Lars Brekken of …. … they write": both
    text = (
        "Traffic noise is making bumblebees worse at their job. The work was led by Tessa "
        "Marr, a behavioural ecologist at the University of Westmarch, with Lars Brekken of "
        "Skarvheim University. Marr said she lives by a ring road.\n\nThe team filmed bees "
        "in 24 parks. “We cannot exclude the possibility that vibration explains part of "
        "the effect,” they write."
    )
    assert find_quotes(text).quotes[-1].speaker == "Tessa Marr and Lars Brekken"


def test_the_authors_are_the_pair_who_led_the_study() -> None:
    text = (
        "Mayor Ruth Anker opened the clinic. Tessa Marr and Lars Brekken, both of Westmarch "
        "University, led the study. “Our results show a clear benefit for older patients,” the "
        "authors wrote."
    )
    assert find_quotes(text).quotes[-1].speaker == "Tessa Marr and Lars Brekken"


def test_the_authors_are_never_the_journal_that_published_them() -> None:
    text = (
        "The findings were published in The Westmarch Lancet on Thursday. “Our results show a "
        "clear benefit for older patients,” the authors wrote."
    )
    assert find_quotes(text).quotes[-1].speaker is None


def test_the_authors_of_a_report_by_a_body_are_that_body() -> None:
    text = (
        "Mayor Ruth Anker spoke first. The report by the Westmarch Institute was released on "
        "Monday. “Inflation will stay high well into next year,” the authors wrote."
    )
    assert find_quotes(text).quotes[-1].speaker == "Westmarch Institute"


def test_a_lead_author_and_colleagues_wrote_is_the_lead_author() -> None:
    text = (
        "Eating within an eight-hour window helped people lose weight at first, a trial "
        "found.\n\n“Participants in the time-restricted group lost 1.9 kilograms more at six "
        "months,” Ines Marrow and colleagues wrote in Metabolism Reports."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Ines Marrow"]


def test_the_journal_is_the_journal_of_something_named_before() -> None:
    text = (
        "The Journal of Coastal Hepatology has retracted a 2020 paper about liver scarring.\n\n"
        "“The editors no longer have confidence in the integrity of the data,” the journal "
        "said in its retraction notice."
    )
    assert [q.speaker for q in find_quotes(text).quotes] == ["Journal of Coastal Hepatology"]
